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
struct NumberWords {
    /// Their hashes, sorted.
    sorted: Vec<u64>,
    /// A bit per value of a hash's low 10 bits, set for the number words':
    /// most words are ruled out by one load, without the search.
    filter: [u64; 16],
}

static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let words = "zero one two three four five six seven eight nine ten eleven twelve thirteen \
                 fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty \
                 sixty seventy eighty ninety hundred hundreds thousand thousands million millions \
                 dozen dozens";
    let mut sorted: Vec<u64> = words
        .split_whitespace()
        .map(|w| {
            let fnv = w.bytes().fold(FNV_OFFSET, |h, b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
            word_hash(fnv, w.len())
        })
        .collect();
    sorted.sort_unstable();
    let mut filter = [0u64; 16];
    for &h in &sorted {
        filter[(h >> 6) as usize & 15] |= 1 << (h & 63);
    }
    NumberWords { sorted, filter }
});

impl NumberWords {
    fn contains(&self, word: u64, len: usize) -> bool {
        (3..=9).contains(&len)
            && self.filter[(word >> 6) as usize & 15] & (1 << (word & 63)) != 0
            && self.sorted.binary_search(&word).is_ok()
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// What an ASCII byte is to a word: its lower case if it is a letter or a
/// digit, 0 if it separates words; non-ASCII bytes are [`NOT_ASCII`].
static ASCII_CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        class[b] = if c >= 0x80 {
            NOT_ASCII
        } else if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            0
        };
        b += 1;
    }
    class
};
const NOT_ASCII: u8 = 0xff;

/// The words of one record's keys: their hashes in order, plus the hashes of
/// the words that contain a digit (the record's numbers).
#[derive(Debug, Default, Clone)]
pub struct Words {
    pub hashes: Vec<u64>,
    pub numbers: Vec<u64>,
}

/// The word being read.
struct Word {
    fnv: u64,
    len: usize,
    digits: bool,
    prev_digit: bool,
}

impl Word {
    const EMPTY: Word = Word { fnv: FNV_OFFSET, len: 0, digits: false, prev_digit: false };

    #[inline]
    fn feed(&mut self, code: u64, digit: bool) {
        self.fnv = (self.fnv ^ code).wrapping_mul(FNV_PRIME);
        self.len += 1;
        self.digits |= digit;
        self.prev_digit = digit;
    }

    /// A non-ASCII letter or digit: its lower case (one or more characters)
    /// counts as one.
    fn feed_char(&mut self, c: char) {
        for l in c.to_lowercase() {
            self.fnv = (self.fnv ^ l as u64).wrapping_mul(FNV_PRIME);
        }
        self.len += 1;
        let digit = c.is_numeric();
        self.digits |= digit;
        self.prev_digit = digit;
    }
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
        let number_words = &*NUMBER_WORDS;
        let bytes = text.as_bytes();
        let mut word = Word::EMPTY;
        let mut i = 0;
        // Byte by byte for ASCII (most text), decoding only other characters.
        while i < bytes.len() {
            let class = ASCII_CLASS[bytes[i] as usize];
            let (c, width) = match class {
                NOT_ASCII => {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if c.is_alphanumeric() {
                        word.feed_char(c);
                        i += c.len_utf8();
                        continue;
                    }
                    (c, c.len_utf8())
                }
                0 => (bytes[i] as char, 1),
                code => {
                    word.feed(code as u64, code.is_ascii_digit());
                    i += 1;
                    continue;
                }
            };
            // A separator: it ends the word, but for an apostrophe inside a
            // word and a comma or full stop between digits.
            i += width;
            if word.len > 0 {
                let next = match bytes.get(i) {
                    None => None,
                    Some(&b) if b < 0x80 => Some(b as char),
                    Some(_) => text[i..].chars().next(),
                };
                if is_apostrophe(c) && next.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                if word.prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                    if c == ',' {
                        continue;
                    }
                    if c == '.' {
                        word.fnv = (word.fnv ^ b'.' as u64).wrapping_mul(FNV_PRIME);
                        continue;
                    }
                }
                self.end_word(&word, number_words);
            }
            word = Word::EMPTY;
        }
        if word.len > 0 {
            self.end_word(&word, number_words);
        }
    }

    fn end_word(&mut self, word: &Word, number_words: &NumberWords) {
        let hash = word_hash(word.fnv, word.len);
        self.hashes.push(hash);
        if word.digits || number_words.contains(hash, word.len) {
            self.numbers.push(hash);
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
    use proptest::prelude::*;

    /// The words as first written, character by character: the byte-wise
    /// reader must give the same hashes.
    fn reference(text: &str) -> (Vec<u64>, Vec<u64>) {
        let mut out = Words::default();
        let mut word = Word::EMPTY;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c.is_ascii_alphanumeric() {
                word.feed(c.to_ascii_lowercase() as u64, c.is_ascii_digit());
            } else if !c.is_ascii() && c.is_alphanumeric() {
                word.feed_char(c);
            } else {
                let next = chars.peek().copied();
                if word.len > 0 {
                    if is_apostrophe(c) && next.is_some_and(char::is_alphanumeric) {
                        continue;
                    }
                    if word.prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                        if c == ',' {
                            continue;
                        }
                        if c == '.' {
                            word.fnv = (word.fnv ^ b'.' as u64).wrapping_mul(FNV_PRIME);
                            continue;
                        }
                    }
                    out.end_word(&word, &NUMBER_WORDS);
                }
                word = Word::EMPTY;
            }
        }
        if word.len > 0 {
            out.end_word(&word, &NUMBER_WORDS);
        }
        (out.hashes, out.numbers)
    }

    proptest! {
        #[test]
        fn bytewise_reader_matches_the_reference(text in proptest::collection::vec(prop_oneof![
            "[a-zA-Z]{1,6}",
            "[0-9]{1,4}",
            "[0-9]{1,3}[,.][0-9]{1,3}",
            "[a-zA-Z]{1,4}['’ʼ][a-zA-Z]{0,2}",
            "[ ,.;'’ʼ–—“”-]",
            "[а-яәіңғүұқөһАӘІҢ]{1,4}",
            "İ|ß|ǅ|٣|Ⅻ|\\PC",
        ], 0..30).prop_map(|tokens| tokens.concat())) {
            let mut w = Words::default();
            w.add_field(&text, true);
            prop_assert_eq!((w.hashes, w.numbers), reference(&text));
        }
    }

    #[test]
    fn number_words_are_found_and_others_are_not() {
        let mut w = Words::default();
        w.add_field("seven killed, dozens hurt, twentyone held, sevens none", true);
        // seven and dozens; not "twentyone", "sevens" or "none"
        assert_eq!(w.numbers.len(), 2);
    }

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
