//! Lists of words asked about every word of a text (titles, months, words
//! that never name anything), told quickly in any ASCII case.

use crate::gazetteer::FastMap;
use crate::tokens::{lower_hash, Token};

/// A list of lower-case words, looked up in any ASCII case by the hash of
/// the word in lower case (the lists of a hundred words and more are asked
/// about every capitalised word).
pub(crate) struct WordSet {
    words: FastMap<&'static str>,
    /// The shapes the words have (see [`shape`]): most words asked about
    /// have none of them and are answered without a hash.
    shapes: [u64; 64],
}

/// A word's length (up to 15), first byte and last byte (their low bits, in
/// either ASCII case), as one of the 4096 bits of [`WordSet::shapes`]: two
/// words equal in any ASCII case have the same shape. (The last byte tells
/// apart most capitalised words of a list's lengths and first letters.)
#[inline]
fn shape(word: &str) -> usize {
    let bytes = word.as_bytes();
    let (first, last) = match (bytes.first(), bytes.last()) {
        (Some(&f), Some(&l)) => (usize::from(f | 0x20) & 31, usize::from(l | 0x20) & 7),
        _ => (0, 0),
    };
    (word.len().min(15) << 8) | (last << 5) | first
}

impl WordSet {
    pub(crate) fn new(words: &[&'static str]) -> Self {
        let mut set = FastMap::default();
        let mut shapes = [0u64; 64];
        for &w in words {
            let before = set.insert(lower_hash(w), w);
            assert!(!matches!(before, Some(b) if b != w), "two words of a list hash alike: {w}");
            let s = shape(w);
            shapes[s >> 6] |= 1 << (s & 63);
        }
        WordSet { words: set, shapes }
    }

    /// (Inlined: most words asked about are told by their shape alone,
    /// cheaper than a call; the hash and the map are looked at out of line.)
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let s = shape(word);
        self.shapes[s >> 6] & (1 << (s & 63)) != 0 && self.contains_hashed(word)
    }

    #[inline(never)]
    fn contains_hashed(&self, word: &str) -> bool {
        self.words.get(&lower_hash(word)).is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    /// Whether the word `t` is in the list.
    #[inline]
    pub(crate) fn has(&self, t: &Token, text: &str) -> bool {
        self.contains(t.text(text))
    }
}

/// Whether `word` (in any case) is in `list`, for lists of a few words
/// (longer ones are a [`WordSet`]).
pub(crate) fn is(word: &str, list: &[&str]) -> bool {
    let Some(first) = word.as_bytes().first() else {
        return false;
    };
    let first = first.to_ascii_lowercase();
    list.iter().any(|w| w.len() == word.len() && w.as_bytes()[0] == first && w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::{NEVER, STARTERS, TITLES};

    #[test]
    fn word_sets_match_in_any_case_and_only_whole_words() {
        let set = WordSet::new(&["minister", "the", "the", "kazakh"]);
        for w in ["minister", "Minister", "MINISTER", "The", "kazakh"] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["ministers", "minist", "", "th", "Kazakhs", "министр"] {
            assert!(!set.contains(w), "{w}");
        }
        // Words longer than the shapes tell, and words of one shape.
        let long = WordSet::new(&["counterintelligence", "counterterrorism", "mayor"]);
        for w in ["COUNTERINTELLIGENCE", "Counterterrorism", "Mayor", "mayoR"] {
            assert!(long.contains(w), "{w}");
        }
        for w in ["counterintelligencer", "counterterrorisms", "Mayer", "major", "Mayors", "mayo"] {
            assert!(!long.contains(w), "{w}");
        }
        assert!(STARTERS.contains("The") && TITLES.contains("minister") && !NEVER.contains("Almaty"));
    }
}
