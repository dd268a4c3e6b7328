//! Whether a text holds any of a list of words (as substrings): the test
//! every text without a digit goes through before it is tokenized, so the
//! sentences that hold no number cost little more than their reading.
//!
//! The automaton is aho-corasick's DFA for the words (standard semantics:
//! any match will do), copied once into a table of its own: one look-up per
//! byte and a single comparison (state 0 is "a word was seen"), with none of
//! the general search's work per byte (bounds of the search, special
//! states, a match's end). The answers are the DFA's: see the tests.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// A compiled list of words to look for anywhere in a text.
pub(crate) struct AnyWord {
    /// The class of each byte: bytes every state treats alike share one.
    class: [u8; 256],
    /// Transitions, a row of `width` per state, each the offset of the
    /// next state's row; the row at 0 is the state after a match.
    next: Vec<u32>,
    /// Offset of the row of the start state.
    start: u32,
}

impl AnyWord {
    /// The automaton of `words`, matched as written, or with ASCII letters
    /// in either case when `ascii_case_insensitive`.
    pub(crate) fn new<I, P>(words: I, ascii_case_insensitive: bool) -> AnyWord
    where
        I: IntoIterator<Item = P>,
        P: AsRef<[u8]>,
    {
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(ascii_case_insensitive)
            .build(words)
            .expect("the words build a DFA");
        let start = dfa.start_state(Anchored::No).expect("an unanchored start state");
        // Number the states reachable from the start, match states all as
        // 0 (the search stops there), in the order they are found. A
        // state's number is kept at its id (ids are offsets into the DFA's
        // table: a list indexed by them is small, and faster than a hash).
        // Nothing 256 wide is kept per state: the tables are built from the
        // DFA itself, in a few kilobytes (a tool's memory is counted).
        const UNSEEN: u32 = u32::MAX;
        let mut index: Vec<u32> = Vec::new();
        let mut states = Vec::new();
        let mut number = |to: StateID, states: &mut Vec<StateID>| -> u32 {
            if dfa.is_match(to) {
                return 0;
            }
            let sid = to.as_usize();
            if sid >= index.len() {
                index.resize(sid + 1, UNSEEN);
            }
            if index[sid] == UNSEEN {
                states.push(to);
                index[sid] = states.len() as u32;
            }
            index[sid]
        };
        number(start, &mut states);
        // Every state's next states, folded byte by byte into a hash of the
        // byte's column (the same column: the same class).
        let mut hashes = [0u64; 256];
        let mut k = 0;
        while k < states.len() {
            let sid = states[k];
            for (b, h) in (0..=255u8).zip(hashes.iter_mut()) {
                let to = number(dfa.next_state(Anchored::No, sid, b), &mut states);
                *h = (h.rotate_left(5) ^ u64::from(to)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            }
            k += 1;
        }
        let same_column = |x: u8, y: u8| {
            states.iter().all(|&sid| {
                let (a, b) = (dfa.next_state(Anchored::No, sid, x), dfa.next_state(Anchored::No, sid, y));
                a == b || (dfa.is_match(a) && dfa.is_match(b))
            })
        };
        // Classes of bytes: those whose column is the same in every row.
        let mut class = [0u8; 256];
        let mut representative: Vec<u8> = Vec::new();
        for b in 0..=255u8 {
            let found = representative
                .iter()
                .position(|&r| hashes[usize::from(r)] == hashes[usize::from(b)] && same_column(r, b));
            class[usize::from(b)] = match found {
                Some(c) => c as u8,
                None => {
                    representative.push(b);
                    (representative.len() - 1) as u8
                }
            };
        }
        let width = representative.len() as u32;
        // Row 0, after a match, stays there whatever comes; then the states
        // in their order.
        let mut next = vec![0u32; representative.len()];
        let number = |to: StateID| if dfa.is_match(to) { 0 } else { index[to.as_usize()] };
        for &sid in &states {
            for &r in &representative {
                next.push(number(dfa.next_state(Anchored::No, sid, r)) * width);
            }
        }
        AnyWord { class, next, start: width }
    }

    /// Whether `text` holds any of the words.
    #[inline]
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let mut s = self.start;
        for &b in text.as_bytes() {
            s = self.next[(s + u32::from(self.class[usize::from(b)])) as usize];
            if s == 0 {
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;
    use proptest::prelude::*;

    const WORDS: &[&str] = &["one", "th ", "tieth", "no ", "kill", "custody", "ab", "b"];

    fn reference(ci: bool) -> AhoCorasick {
        AhoCorasick::builder()
            .ascii_case_insensitive(ci)
            .match_kind(MatchKind::Standard)
            .build(WORDS)
            .unwrap()
    }

    #[test]
    fn finds_what_the_words_find() {
        let any = AnyWord::new(WORDS, true);
        for text in ["", "o", "On", "ONE", "someone", "With it", "twentieth", "No man", "nob", "a", "B"] {
            assert_eq!(any.is_match(text), reference(true).is_match(text), "{text:?}");
        }
        assert!(AnyWord::new(WORDS, true).is_match("KILLED"));
        assert!(!AnyWord::new(WORDS, false).is_match("KILLED"));
        assert!(AnyWord::new(["погиб"], false).is_match("Двое погибли"));
        assert!(!AnyWord::new(["погиб"], false).is_match("Двое пострадали, ПОГИБ"));
    }

    proptest! {
        #[test]
        fn answers_as_aho_corasick_does(text in "[a-zA-Z hotnieukl,.]{0,40}", ci in any::<bool>()) {
            prop_assert_eq!(AnyWord::new(WORDS, ci).is_match(&text), reference(ci).is_match(&text));
        }

        #[test]
        fn answers_as_aho_corasick_does_on_any_text(text in "\\PC{0,60}") {
            prop_assert_eq!(AnyWord::new(WORDS, true).is_match(&text), reference(true).is_match(&text));
        }
    }
}
