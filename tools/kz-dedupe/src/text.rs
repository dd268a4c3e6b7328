//! Normalised words of a key, hashed as they are read (no string is built
//! per word or per shingle).
//!
//! A word is a run of letters and digits, lower-cased. Everything else
//! (whitespace, punctuation, Unicode quotes and dashes) only separates words,
//! so "Police said – “calm”" and "police said - \"calm\"" give the same words.
//! Apostrophes inside a word are dropped ("Wednesday’s" = "Wednesday's" =
//! "wednesdays"); a comma between digits is a thousands separator ("1,500" =
//! "1500") and a full stop between digits is kept ("1.5" ≠ "15"). Digits are
//! kept: "6 killed" and "17 killed" are different words.

/// A 64-bit finaliser (MurmurHash3's fmix64): every input bit flips about half
/// of the output bits. Fast, and good enough for min-hashing and tables.
#[inline]
pub fn mix64(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x
}

/// Hash of a string (for `--within` values and the like).
pub fn hash_str(s: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
    }
    mix64(h ^ s.len() as u64)
}

use std::sync::LazyLock;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The word that separates two `--key` fields, so that "a" + "b c" and
/// "a b" + "c" differ.
const FIELD_SEPARATOR: u64 = 0x9e37_79b9_7f4a_7c15;

fn word_hash(fnv: u64, len: usize) -> u64 {
    mix64(fnv ^ (len as u64).rotate_left(56))
}

/// Numbers written as words count as numbers too ("eighteen wounded" is not
/// a copy of "nineteen wounded").
static NUMBER_WORDS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let words = "zero one two three four five six seven eight nine ten eleven twelve thirteen \
                 fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty \
                 sixty seventy eighty ninety hundred hundreds thousand thousands million millions \
                 dozen dozens";
    let mut hashes: Vec<u64> = words
        .split_whitespace()
        .map(|w| {
            let fnv = w.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
            word_hash(fnv, w.len())
        })
        .collect();
    hashes.sort_unstable();
    hashes
});

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// The words of one record's keys: their hashes in order, plus the hashes of
/// the words that contain a digit (the record's numbers).
#[derive(Debug, Default, Clone)]
pub struct Words {
    pub hashes: Vec<u64>,
    pub numbers: Vec<u64>,
}

impl Words {
    pub fn clear(&mut self) {
        self.hashes.clear();
        self.numbers.clear();
    }

    /// Add the words of one key field (after a separator if there were
    /// fields before it).
    pub fn add_field(&mut self, text: &str, first: bool) {
        if !first {
            self.hashes.push(FIELD_SEPARATOR);
        }
        let mut h = FNV_OFFSET;
        let mut len = 0usize;
        let mut digits = false;
        let mut prev_digit = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let code = if c.is_ascii() {
                if c.is_ascii_alphanumeric() {
                    Some(c.to_ascii_lowercase() as u64)
                } else {
                    None
                }
            } else if c.is_alphanumeric() {
                Some(0)
            } else {
                None
            };
            match code {
                Some(0) => {
                    // Non-ASCII letter or digit: feed its lower case.
                    for l in c.to_lowercase() {
                        h = (h ^ l as u64).wrapping_mul(FNV_PRIME);
                    }
                    len += 1;
                    let d = c.is_numeric();
                    digits |= d;
                    prev_digit = d;
                }
                Some(code) => {
                    h = (h ^ code).wrapping_mul(FNV_PRIME);
                    len += 1;
                    let d = c.is_ascii_digit();
                    digits |= d;
                    prev_digit = d;
                }
                None => {
                    let next = chars.peek().copied();
                    if len > 0 {
                        if is_apostrophe(c) && next.is_some_and(char::is_alphanumeric) {
                            continue;
                        }
                        if prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                            if c == ',' {
                                continue;
                            }
                            if c == '.' {
                                h = (h ^ b'.' as u64).wrapping_mul(FNV_PRIME);
                                continue;
                            }
                        }
                        self.end_word(h, len, digits);
                    }
                    h = FNV_OFFSET;
                    len = 0;
                    digits = false;
                    prev_digit = false;
                }
            }
        }
        if len > 0 {
            self.end_word(h, len, digits);
        }
    }

    fn end_word(&mut self, h: u64, len: usize, digits: bool) {
        let word = word_hash(h, len);
        self.hashes.push(word);
        if digits || ((3..=9).contains(&len) && NUMBER_WORDS.binary_search(&word).is_ok()) {
            self.numbers.push(word);
        }
    }

    /// Hash of the whole normalised key: equal for exact duplicates.
    pub fn exact_hash(&self) -> u64 {
        let mut h = 0x1234_5678_9abc_def1u64;
        for &w in &self.hashes {
            h = (h.rotate_left(23) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
        mix64(h ^ self.hashes.len() as u64)
    }

    /// Hashes of the word shingles of `size` words, sorted and without
    /// repeats, into `out`. The shingles run over the start and the end of
    /// the key (padded with `size - 1` boundary marks on each side), so every
    /// word is in `size` shingles wherever it stands: changing the last word
    /// of a short sentence ("… borders China and Uzbekistan" / "… and
    /// Tajikistan") weighs as much as changing one in the middle. A key of
    /// one word still has `size` shingles.
    pub fn shingles(&self, size: usize, out: &mut Vec<u64>) {
        out.clear();
        let words = &self.hashes;
        if words.is_empty() {
            return;
        }
        let size = size.max(1);
        let pad = size - 1;
        let total = words.len() + 2 * pad;
        let word_at = |i: usize| {
            if i < pad {
                START_MARK
            } else if i >= pad + words.len() {
                END_MARK
            } else {
                words[i - pad]
            }
        };
        for start in 0..=total - size {
            let mut h = 0x51_7cc1_b727_220au64 ^ size as u64;
            for i in start..start + size {
                h = (h.rotate_left(27) ^ word_at(i)).wrapping_mul(0x2545_f491_4f6c_dd1d);
            }
            out.push(mix64(h));
        }
        out.sort_unstable();
        out.dedup();
    }
}

const START_MARK: u64 = 0x5354_4152_545f_6d6b;
const END_MARK: u64 = 0x454e_445f_6d61_726b;

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<u64> {
        let mut w = Words::default();
        w.add_field(text, true);
        w.hashes
    }

    fn same(a: &str, b: &str) -> bool {
        words(a) == words(b)
    }

    #[test]
    fn case_quotes_dashes_whitespace_and_punctuation_do_not_matter() {
        assert!(same("Police said – “calm”.", "police  said - \"CALM\""));
        assert!(same("Wednesday’s attack", "Wednesday's attack"));
        assert!(same("\tTwo   men\nwere held!", "two men were held"));
        assert!(same("АЛМАТЫ, Қазақстан", "алматы қазақстан"));
    }

    #[test]
    fn digits_are_kept() {
        assert!(!same("6 killed", "17 killed"));
        assert!(!same("1.5 km", "15 km"));
        assert!(same("1,500 people", "1500 people"));
        let mut w = Words::default();
        w.add_field("Four killed, 3 hurt on 5 June", true);
        assert_eq!(w.numbers.len(), 3, "four, 3 and 5");
        w.clear();
        w.add_field("Eighteen were wounded; dozens fled", true);
        assert_eq!(w.numbers.len(), 2);
    }

    #[test]
    fn words_are_not_glued_across_punctuation() {
        assert!(!same("a.b", "ab"));
        assert!(same("a.b", "a b"));
        assert_eq!(words("...").len(), 0);
    }

    #[test]
    fn key_fields_are_kept_apart() {
        let mut a = Words::default();
        a.add_field("a", true);
        a.add_field("b c", false);
        let mut b = Words::default();
        b.add_field("a b", true);
        b.add_field("c", false);
        assert_ne!(a.exact_hash(), b.exact_hash());
    }

    #[test]
    fn short_texts_still_get_shingles_and_edges_count() {
        let mut w = Words::default();
        w.add_field("He said.", true);
        let mut out = Vec::new();
        w.shingles(3, &mut out);
        // ^ ^ he, ^ he said, he said $, said $ $
        assert_eq!(out.len(), 4);
        let mut v = Words::default();
        v.add_field("She said.", true);
        let mut out2 = Vec::new();
        v.shingles(3, &mut out2);
        assert_ne!(out, out2);
        let shared = out.iter().filter(|s| out2.contains(s)).count();
        assert_eq!(shared, 1, "only `said $ $`");
        w.clear();
        w.add_field("one two three four", true);
        w.shingles(3, &mut out);
        assert_eq!(out.len(), 6);
        w.shingles(1, &mut out);
        assert_eq!(out.len(), 4);
    }
}
