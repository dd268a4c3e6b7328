//! Whether a text holds any of a list of words (as substrings): the test
//! every text without a digit goes through before it is tokenized, so the
//! sentences that hold no number cost little more than their reading.
//!
//! The automaton is aho-corasick's DFA for the words (standard semantics:
//! any match will do), copied once into a table of its own: one look-up per
//! byte and a single comparison (state 0 is "a word was seen"), with none of
//! the general search's work per byte (bounds of the search, special
//! states, a match's end). The answers are the DFA's: see the tests.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};
use kz_shared::fxhash::HashMap;

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
        const UNSEEN: u32 = u32::MAX;
        let mut index: Vec<u32> = Vec::new();
        let mut number = |sid: usize, states: &mut Vec<_>, to| {
            if sid >= index.len() {
                index.resize(sid + 1, UNSEEN);
            }
            if index[sid] == UNSEEN {
                states.push(to);
                index[sid] = states.len() as u32;
            }
            index[sid]
        };
        let mut states = Vec::new();
        number(start.as_usize(), &mut states, start);
        // Next state of each state (by its number) for each byte; row 0,
        // after a match, stays there whatever comes.
        let mut rows: Vec<[u32; 256]> = vec![[0; 256]];
        let mut k = 0;
        while k < states.len() {
            let sid = states[k];
            let mut row = [0u32; 256];
            for b in 0..=255u8 {
                let to = dfa.next_state(Anchored::No, sid, b);
                if !dfa.is_match(to) {
                    row[usize::from(b)] = number(to.as_usize(), &mut states, to);
                }
            }
            rows.push(row);
            k += 1;
        }
        // Classes of bytes: those whose column is the same in every row.
        let mut class = [0u8; 256];
        let mut columns: HashMap<Vec<u32>, u8> = HashMap::default();
        let mut representative = Vec::new();
        for b in 0..256 {
            let column: Vec<u32> = rows.iter().map(|r| r[b]).collect();
            let n = columns.len();
            class[b] = *columns.entry(column).or_insert_with(|| {
                representative.push(b);
                u8::try_from(n).expect("at most 256 classes")
            });
        }
        let width = representative.len() as u32;
        let next = rows.iter().flat_map(|r| representative.iter().map(move |&b| r[b] * width)).collect();
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
