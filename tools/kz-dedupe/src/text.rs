//! Normalised words of a key, hashed as they are read (no string is built
//! per word or per shingle).
//!
//! A word is a run of letters and digits, lower-cased, `ё` read as `е`.
//! Everything else (whitespace, punctuation, Unicode quotes and dashes) only
//! separates words, so "Police said – “calm”" and "police said - \"calm\""
//! give the same words. Apostrophes inside a word are dropped ("Wednesday’s"
//! = "Wednesday's" = "wednesdays"). Digits are kept: "6 killed" and "17
//! killed" are different words. Inside a number, a comma or a space before a
//! group of three digits separates thousands ("1,500" = "1500" = "1 500"),
//! and a full stop or another comma is a decimal point ("1.5" = "1,5" ≠
//! "15"). Digits followed by letters are two words ("100km" = "100 km"), and
//! "%" is the word "percent".
//!
//! Then each word is read as [`crate::canon`] says: number words as their
//! digits ("five" = "5", "twenty-five" = "25", "семнадцати" = "17"), units
//! as their short form ("kilometres" = "km"), British spellings as American
//! ones. Agency tags at the start and end of a key are left out before all
//! this ([`crate::tags`]).

use crate::canon::{self, Canon};

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

pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
pub const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The word that separates two `--key` fields, so that "a" + "b c" and
/// "a b" + "c" differ.
const FIELD_SEPARATOR: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash of a word from the FNV hash of its lower-case characters and
/// their count.
#[inline]
pub fn word_hash(fnv: u64, len: usize) -> u64 {
    mix64(fnv ^ (len as u64).rotate_left(56))
}

/// The hash of a word as the reader hashes it (lower case, `ё` as `е`), for
/// tables of words.
pub fn hash_word(word: &str) -> u64 {
    let mut w = Word::EMPTY;
    for c in word.chars() {
        if c.is_ascii() {
            w.feed(c.to_ascii_lowercase() as u64, c.is_ascii_digit());
        } else {
            w.feed_char(c);
        }
    }
    word_hash(w.fnv, w.len)
}

/// `c.is_alphanumeric()`, answered without the Unicode tables for the
/// commonest non-ASCII characters of the news: the basic Cyrillic letters
/// (U+0400–U+045F, all letters) and general punctuation (U+2000–U+206F:
/// spaces, dashes, quotes, none a letter or a digit). The tables are a
/// search per character, half the work on Russian text.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0x400..=0x45f => true,
        0x2000..=0x206f => false,
        _ => c.is_alphanumeric(),
    }
}

/// `c.is_numeric()`, with the fast answers of [`is_alphanumeric`].
#[inline]
pub fn is_numeric(c: char) -> bool {
    match c as u32 {
        0x400..=0x45f | 0x2000..=0x206f => false,
        _ => c.is_numeric(),
    }
}

/// The lower case of a basic Cyrillic letter (U+0400–U+045F), which is
/// one character: Ѐ–Џ are 0x50 below their small letters, А–Я 0x20.
#[inline]
pub fn cyrillic_lower(c: char) -> Option<char> {
    let code = c as u32;
    let lower = match code {
        0x400..=0x40f => code + 0x50,
        0x410..=0x42f => code + 0x20,
        0x430..=0x45f => code,
        _ => return None,
    };
    char::from_u32(lower)
}

/// The basic Cyrillic letter (U+0400–U+045F) whose UTF-8 bytes start at
/// `bytes[i]`, as [`Word::feed_char`] reads it: in lower case, `ё` as `е`.
/// Most letters of Russian text come here, so it is one table load.
#[inline]
fn cyrillic_letter(bytes: &[u8], i: usize) -> Option<char> {
    let lead = bytes[i];
    // 0xd0 and 0xd1 lead U+0400–U+047F.
    if lead & 0xfe != 0xd0 {
        return None;
    }
    let next = *bytes.get(i + 1)?;
    let lower = CYRILLIC_READ[((lead as usize & 1) << 6) | (next as usize & 0x3f)];
    (lower != '\0').then_some(lower)
}

/// How [`cyrillic_letter`] reads U+0400 + i (U+0400–U+047F): the lower
/// case of a basic Cyrillic letter, `е` for `ё`; NUL for the others.
static CYRILLIC_READ: [char; 128] = {
    let mut table = ['\0'; 128];
    let mut k = 0;
    while k < 128 {
        let code = 0x400 + k as u32;
        let lower = match code {
            0x401 | 0x451 => 0x435,
            0x400..=0x40f => code + 0x50,
            0x410..=0x42f => code + 0x20,
            0x430..=0x45f => code,
            _ => 0,
        };
        table[k] = match char::from_u32(lower) {
            Some(c) => c,
            None => '\0',
        };
        k += 1;
    }
    table
};

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02bc}')
}

/// Spaces that may group the digits of a number ("3 000", "3 000").
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// True when `bytes[i..]` starts with exactly three digits: a group of
/// thousands after a separator ("1,500" but not "1,5" or "1,5000").
fn group_follows(bytes: &[u8], i: usize) -> bool {
    bytes.len() >= i + 3
        && bytes[i..i + 3].iter().all(u8::is_ascii_digit)
        && !bytes.get(i + 3).is_some_and(u8::is_ascii_digit)
}

/// True when a number read so far (`written`) can take a group of
/// thousands after it: digits only, the last run of one to three ("3", "3
/// 000"; not "2016", not "1.5").
fn groups_so_far(written: &str) -> bool {
    let run = written.bytes().rev().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&run) && written.chars().all(|c| c.is_ascii_digit() || is_group_space(c) || c == ',')
}

/// A name read whose hash is not yet known.
const NAME_PENDING: u64 = 0;

/// Characters after which a capitalised word may start a sentence or a
/// quotation, and is no name.
fn is_sentence_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ':' | '…' | '"' | '“' | '„' | '«' | '(' | '\n')
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
/// the words that are numbers (digits, number words, amounts).
#[derive(Debug, Default, Clone)]
pub struct Words {
    pub hashes: Vec<u64>,
    pub numbers: Vec<u64>,
    /// The value of the last word when it was a number word that a smaller
    /// one after it completes ("twenty" "five" = 25, "сто" "двадцать" = 120).
    last_value: Option<u32>,
    /// The words with the boundary marks around them, for [`Words::shingles`].
    padded: Vec<u64>,
    /// Also collect the names: capitalised words that do not start a
    /// sentence (set before reading).
    pub names_wanted: bool,
    /// Hashes of the names read.
    pub names: Vec<u64>,
    /// The next word starts a sentence (or a quotation, or a field).
    sentence_start: bool,
    /// Words read, and how many of them are lower-case words of five
    /// letters or more (with names wanted).
    words_read: u32,
    long_lower: u32,
    /// What non-ASCII words were read as: this thread's cache while a
    /// field is read, empty otherwise.
    cache: canon::Cache,
}

/// The word being read.
struct Word {
    fnv: u64,
    len: usize,
    digits: bool,
    prev_digit: bool,
    ascii: bool,
    /// Byte offset of its first character in the text.
    start: usize,
}

impl Word {
    const EMPTY: Word =
        Word { fnv: FNV_OFFSET, len: 0, digits: false, prev_digit: false, ascii: true, start: 0 };

    /// An empty word that would start at `start`.
    #[inline]
    fn at(start: usize) -> Word {
        Word { start, ..Word::EMPTY }
    }

    #[inline]
    fn feed(&mut self, code: u64, digit: bool) {
        self.fnv = (self.fnv ^ code).wrapping_mul(FNV_PRIME);
        self.len += 1;
        self.digits |= digit;
        self.prev_digit = digit;
    }

    /// A non-ASCII letter or digit: its lower case (one or more characters)
    /// counts as one; `ё` is read as `е`.
    fn feed_char(&mut self, c: char) {
        let c = if matches!(c, 'ё' | 'Ё') { 'е' } else { c };
        if let Some(l) = cyrillic_lower(c) {
            self.fnv = (self.fnv ^ l as u64).wrapping_mul(FNV_PRIME);
        } else {
            for l in c.to_lowercase() {
                self.fnv = (self.fnv ^ l as u64).wrapping_mul(FNV_PRIME);
            }
        }
        self.len += 1;
        let digit = is_numeric(c);
        self.digits |= digit;
        self.prev_digit = digit;
        self.ascii = false;
    }

    /// A non-ASCII letter already in lower case (one character, no digit).
    #[inline]
    fn feed_letter(&mut self, lower: char) {
        self.fnv = (self.fnv ^ lower as u64).wrapping_mul(FNV_PRIME);
        self.len += 1;
        self.prev_digit = false;
        self.ascii = false;
    }

    /// A decimal point inside a number ("1.5" ≠ "15").
    fn feed_point(&mut self) {
        self.fnv = (self.fnv ^ b'.' as u64).wrapping_mul(FNV_PRIME);
    }
}

/// A number word `last` that `value` after it completes: "twenty" "five",
/// "сто" "двадцать", "сто двадцать" "пять" (not "five" "three").
fn completes(last: u32, value: u32) -> bool {
    if last < 20 || value == 0 {
        return false;
    }
    let mut place = 1;
    while last % (place * 10) == 0 {
        place *= 10;
    }
    value < place
}

impl Words {
    pub fn clear(&mut self) {
        self.hashes.clear();
        self.numbers.clear();
        self.last_value = None;
        self.names.clear();
        self.words_read = 0;
        self.long_lower = 0;
    }

    /// True when every word but short ones (in, of, the, and) is
    /// capitalised, as in a headline in title case or a line in capitals:
    /// capitals say nothing about names there.
    pub fn title_case(&self) -> bool {
        self.words_read >= 3 && self.long_lower == 0
    }

    /// Add the words of one key field (after a separator if there were
    /// fields before it).
    pub fn add_field(&mut self, text: &str, first: bool) {
        if !first {
            self.hashes.push(FIELD_SEPARATOR);
            self.last_value = None;
        }
        let text = crate::tags::strip(text);
        self.cache = canon::Cache::take();
        self.read_field(text);
        std::mem::take(&mut self.cache).put_back();
    }

    /// [`Self::add_field`] after the tags are stripped, with the cache
    /// taken.
    fn read_field(&mut self, text: &str) {
        let english = canon::english();
        self.sentence_start = true;
        let bytes = text.as_bytes();
        let mut word = Word::EMPTY;
        let mut i = 0;
        // Byte by byte for ASCII (most text), decoding only other characters.
        while i < bytes.len() {
            let class = ASCII_CLASS[bytes[i] as usize];
            let (c, width) = match class {
                NOT_ASCII => {
                    // A basic Cyrillic letter, read from its two bytes.
                    if let Some(lower) = cyrillic_letter(bytes, i) {
                        if word.prev_digit {
                            self.end_word(&word, text, i, english);
                            word = Word::at(i);
                        }
                        word.feed_letter(lower);
                        i += 2;
                        // and the rest of a run of them
                        while i < bytes.len() {
                            let Some(lower) = cyrillic_letter(bytes, i) else { break };
                            word.feed_letter(lower);
                            i += 2;
                        }
                        continue;
                    }
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if is_alphanumeric(c) {
                        let digit = is_numeric(c);
                        // Digits then letters are two words: "100км" = "100 км".
                        if word.prev_digit && !digit {
                            self.end_word(&word, text, i, english);
                            word = Word::at(i);
                        }
                        word.feed_char(c);
                        i += c.len_utf8();
                        continue;
                    }
                    (c, c.len_utf8())
                }
                // A space after a word that is not a number (most
                // separators) only ends the word: none of the checks below
                // can apply to it.
                0 if bytes[i] == b' ' && !word.prev_digit => {
                    if word.len > 0 {
                        self.end_word(&word, text, i, english);
                    }
                    i += 1;
                    word = Word::at(i);
                    continue;
                }
                0 => (bytes[i] as char, 1),
                code => {
                    let digit = code.is_ascii_digit();
                    // "100km" = "100 km"
                    if word.prev_digit && !digit {
                        self.end_word(&word, text, i, english);
                        word = Word::at(i);
                    }
                    word.feed(code as u64, digit);
                    i += 1;
                    if !digit {
                        // The rest of a run of ASCII letters, which needs
                        // none of the checks above.
                        while let Some(&b) = bytes.get(i) {
                            let code = ASCII_CLASS[b as usize];
                            if !code.is_ascii_lowercase() {
                                break;
                            }
                            word.fnv = (word.fnv ^ code as u64).wrapping_mul(FNV_PRIME);
                            word.len += 1;
                            i += 1;
                        }
                    }
                    continue;
                }
            };
            // A separator: it ends the word, but for an apostrophe inside a
            // word and a comma, full stop or space inside a number.
            let end = i;
            i += width;
            if word.len > 0 {
                let next = match bytes.get(i) {
                    None => None,
                    Some(&b) if b < 0x80 => Some(b as char),
                    Some(_) => text[i..].chars().next(),
                };
                if is_apostrophe(c) && next.is_some_and(is_alphanumeric) {
                    continue;
                }
                if word.prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                    if c == ',' {
                        // "1,500" is 1500, "1,5" is 1.5
                        if !group_follows(bytes, i) {
                            word.feed_point();
                        }
                        continue;
                    }
                    if c == '.' {
                        word.feed_point();
                        continue;
                    }
                    // "3 000" is 3000, but not "2016 300"
                    if is_group_space(c) && group_follows(bytes, i) && groups_so_far(&text[word.start..end]) {
                        continue;
                    }
                }
                self.end_word(&word, text, end, english);
            }
            word = Word::at(i);
            if c == '%' {
                self.push(*canon::PERCENT, false);
            }
            if self.names_wanted && is_sentence_mark(c) {
                // but a full stop after a title or an initial ("Col. Aidos")
                let title =
                    c == '.' && self.hashes.last().is_some_and(|h| canon::TITLES.binary_search(h).is_ok());
                self.sentence_start = !title;
            }
        }
        if word.len > 0 {
            self.end_word(&word, text, text.len(), english);
        }
    }

    #[inline]
    fn push(&mut self, hash: u64, number: bool) {
        self.hashes.push(hash);
        if number {
            self.numbers.push(hash);
        }
        self.last_value = None;
        if let Some(name) = self.names.last_mut() {
            if *name == NAME_PENDING {
                // a number word ("Five" after a comma) is a number, not a name
                if number {
                    self.names.pop();
                } else {
                    *name = hash;
                }
            }
        }
    }

    /// A word read, which ends at byte `end` of `text` (non-ASCII words are
    /// read from their text).
    #[inline(always)]
    fn end_word(&mut self, word: &Word, text: &str, end: usize, english: &canon::Table) {
        let hash = word_hash(word.fnv, word.len);
        // Most words are ASCII words that are neither numbers nor in the
        // table, and with names not wanted they are only pushed: that is
        // done here, in the reading loop, and the rest out of it.
        if !word.digits && !self.names_wanted {
            // (a non-ASCII word already read as itself is as common in
            // Russian text)
            let plain = if word.ascii { !english.may_have(hash) } else { self.cache.is_plain(hash) };
            if plain {
                self.sentence_start = false;
                self.push(hash, false);
                return;
            }
        }
        self.end_other_word(word, text, end, english, hash);
    }

    /// [`Self::end_word`] for all but the commonest words.
    #[inline(never)]
    fn end_other_word(&mut self, word: &Word, text: &str, end: usize, english: &canon::Table, hash: u64) {
        let initial = std::mem::replace(&mut self.sentence_start, false);
        if word.digits {
            self.push(hash, true);
            return;
        }
        if self.names_wanted {
            self.read_name(word, text, initial);
        }
        let reading =
            if word.ascii { english.get(hash) } else { self.cache.other(hash, &text[word.start..end]) };
        match reading {
            None => self.push(hash, false),
            Some(Canon::Value(value)) => {
                let value = match self.last_value {
                    Some(last) if completes(last, value) => {
                        self.hashes.pop();
                        self.numbers.pop();
                        last + value
                    }
                    _ => value,
                };
                self.push(canon::value_hash(value), true);
                self.last_value = Some(value);
            }
            Some(Canon::Amount(h)) => self.push(h, true),
            Some(Canon::Word(h)) => self.push(h, false),
            Some(Canon::Cent) => {
                if self.hashes.last() == Some(&*canon::PER) {
                    self.hashes.pop();
                    self.push(*canon::PERCENT, false);
                } else {
                    self.push(hash, false);
                }
            }
        }
    }

    /// Count a word read (not a number) and, if it is capitalised and does
    /// not start a sentence, keep it as a name, as it will be pushed.
    fn read_name(&mut self, word: &Word, text: &str, initial: bool) {
        self.words_read += 1;
        let capital = if word.ascii {
            text.as_bytes()[word.start].is_ascii_uppercase()
        } else {
            text[word.start..].chars().next().is_some_and(char::is_uppercase)
        };
        if !capital && word.len >= 5 {
            self.long_lower += 1;
        }
        if capital && !initial {
            // the hash the word is read as, known once it is pushed
            self.names.push(NAME_PENDING);
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
    pub fn shingles(&mut self, size: usize, out: &mut Vec<u64>) {
        out.clear();
        if self.hashes.is_empty() {
            return;
        }
        let size = size.max(1);
        let pad = size - 1;
        let padded = &mut self.padded;
        padded.clear();
        padded.extend(std::iter::repeat(START_MARK).take(pad));
        padded.extend_from_slice(&self.hashes);
        padded.extend(std::iter::repeat(END_MARK).take(pad));
        let seed = 0x51_7cc1_b727_220au64 ^ size as u64;
        let step = |h: u64, w: u64| (h.rotate_left(27) ^ w).wrapping_mul(0x2545_f491_4f6c_dd1d);
        if size == 3 {
            out.extend(padded.windows(3).map(|w| mix64(step(step(step(seed, w[0]), w[1]), w[2]))));
        } else {
            out.extend(padded.windows(size).map(|w| mix64(w.iter().fold(seed, |h, &x| step(h, x)))));
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

    #[test]
    fn fast_character_classes_are_unicodes() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            if let Some(l) = cyrillic_lower(c) {
                assert_eq!(c.to_lowercase().collect::<Vec<_>>(), vec![l], "{c:?}");
            }
        }
        assert_eq!(cyrillic_lower('Ж'), Some('ж'));
        assert_eq!(cyrillic_lower('Ї'), Some('ї'));
        assert_eq!(cyrillic_lower('Қ'), None);
        // Read from the bytes, each Cyrillic character as feed_char reads it.
        for c in ('\u{400}'..='\u{4ff}').chain(['é', 'ü', '€', '—']) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let (mut fast, mut slow) = (Word::EMPTY, Word::EMPTY);
            match cyrillic_letter(bytes, 0) {
                Some(l) => {
                    fast.feed_letter(l);
                    slow.feed_char(c);
                    assert_eq!((fast.fnv, fast.len, fast.digits), (slow.fnv, slow.len, slow.digits), "{c:?}");
                }
                None => assert!(!('\u{400}'..='\u{45f}').contains(&c), "{c:?}"),
            }
        }
    }

    /// The words read character by character, the rules written plainly:
    /// the byte-wise reader must give the same hashes.
    fn reference(text: &str) -> (Vec<u64>, Vec<u64>) {
        let text = crate::tags::strip(text);
        let mut out = Words::default();
        let mut word = Word::EMPTY;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let digit_at = |k: usize| chars.get(k).is_some_and(|&(_, n)| n.is_ascii_digit());
        let mut k = 0;
        while k < chars.len() {
            let (at, c) = chars[k];
            k += 1;
            if c.is_alphanumeric() {
                let digit = c.is_numeric();
                if word.prev_digit && !digit {
                    out.end_word(&word, text, at, canon::english());
                    word = Word::EMPTY;
                }
                if word.len == 0 {
                    word.start = at;
                }
                if c.is_ascii() {
                    word.feed(c.to_ascii_lowercase() as u64, digit);
                } else {
                    word.feed_char(c);
                }
                continue;
            }
            let next = chars.get(k).map(|&(_, n)| n);
            if word.len > 0 {
                if is_apostrophe(c) && next.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                if word.prev_digit && digit_at(k) {
                    let group = digit_at(k) && digit_at(k + 1) && digit_at(k + 2) && !digit_at(k + 3);
                    if c == ',' {
                        if !group {
                            word.feed_point();
                        }
                        continue;
                    }
                    if c == '.' {
                        word.feed_point();
                        continue;
                    }
                    let written = &text[word.start..at];
                    let run = written.chars().rev().take_while(|d| d.is_ascii_digit()).count();
                    let only_groups =
                        written.chars().all(|d| d.is_ascii_digit() || is_group_space(d) || d == ',');
                    if is_group_space(c) && group && (1..=3).contains(&run) && only_groups {
                        continue;
                    }
                }
                out.end_word(&word, text, at, canon::english());
                word = Word::EMPTY;
            }
            if c == '%' {
                out.push(*canon::PERCENT, false);
            }
        }
        if word.len > 0 {
            out.end_word(&word, text, text.len(), canon::english());
        }
        (out.hashes, out.numbers)
    }

    proptest! {
        #[test]
        fn bytewise_reader_matches_the_reference(text in proptest::collection::vec(prop_oneof![
            "[a-zA-Z]{1,6}",
            "[0-9]{1,4}",
            "[0-9]{1,3}[,.][0-9]{1,4}",
            "[0-9]{1,3}[ \u{a0}\u{202f}][0-9]{2,4}",
            "[0-9]{1,3}[a-zA-Zа-яё]{1,3}",
            "[a-zA-Z]{1,4}['’ʼ][a-zA-Z]{0,2}",
            "[ ,.;%'’ʼ–—“”-]",
            "[а-яәіңғүұқөһёАӘІҢЁ]{1,4}",
            "five|twenty|ninety|hundred|per|cent|kilometres|colour|сто|двадцать|пять|семнадцати|трёх|км|тыс",
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

    #[test]
    fn numbers_read_alike_in_words_and_digits() {
        assert!(same("Five policemen were hurt", "5 policemen were hurt"));
        assert!(same("twenty-five wounded", "25 wounded"));
        assert!(same("Thirty-two dead in prison riot", "32 dead in prison riot"));
        assert!(!same("five three", "53"));
        assert!(same("zero casualties", "0 casualties"));
        // and they stay numbers, so a copy must agree on them
        let mut w = Words::default();
        w.add_field("twenty-five wounded, dozens held", true);
        assert_eq!(w.numbers, words("25 dozens"));
    }

    #[test]
    fn units_written_together_apart_or_in_full() {
        let km = words("a convoy 100 km from the border");
        for v in [
            "a convoy 100km from the border",
            "a convoy 100 kilometres from the border",
            "a convoy 100 kilometers from the border",
            "A convoy 100 KM from the border",
        ] {
            assert_eq!(words(v), km, "{v}");
        }
        assert!(same("17 kilometres (11 miles)", "17km (11mi)"));
        assert!(same("turnout of 10%", "turnout of 10 per cent"));
        assert!(same("turnout of 10 percent", "turnout of 10pct"));
        assert!(!same("a 100 km road", "a 100 m road"));
    }

    #[test]
    fn thousands_and_decimals_in_either_style() {
        assert!(same("1,500 people", "1500 people"));
        assert!(same("1 500 people", "1500 people"));
        assert!(same("1\u{a0}500 people", "1500 people"));
        assert!(same("3 000 000 tenge", "3000000 tenge"));
        assert!(same("1,5 млн", "1.5 млн"));
        assert!(!same("1,5 млн", "15 млн"));
        // a year and a count side by side stay two numbers
        assert!(!same("in 2016 300 people", "in 2016300 people"));
    }

    #[test]
    fn british_and_american_spellings_read_alike() {
        assert!(same("the neighbouring district", "the neighboring district"));
        assert!(same("three were hospitalised", "three were hospitalized"));
        assert!(same("the defence ministry", "the defense ministry"));
        assert!(same("the city centre", "the city center"));
        assert!(same("an armoured vehicle", "an armored vehicle"));
        assert!(same("a grey minivan", "a gray minivan"));
        // words that only look like them are left alone
        assert!(!same("four hours", "for hours"));
        assert!(!same("they advertise", "they advertize"));
    }

    #[test]
    fn cyrillic_yo_and_russian_number_words() {
        assert!(same("Ещё трёх задержали", "еще трех задержали"));
        assert!(same("семнадцать раненых", "17 раненых"));
        assert!(same("двое задержанных", "2 задержанных"));
        assert!(same("сто двадцать пять человек", "125 человек"));
        assert!(same("в 100 километрах от границы", "в 100 км от границы"));
        assert!(same("в 100км от границы", "в 100 км от границы"));
        assert!(same("15 тыс. человек", "15 тысяч человек"));
        let mut w = Words::default();
        w.add_field("погибли семнадцать, ранены девятнадцать человек", true);
        assert_eq!(w.numbers, words("17 19"));
        w.clear();
        w.add_field("десятки задержанных", true);
        assert_eq!(w.numbers.len(), 1);
    }

    #[test]
    fn agency_tags_are_not_words() {
        assert!(same("TARAZ, June 5 (Reuters) - Two men were detained.", "Two men were detained. — AP"));
        assert!(same("ТАРАЗ, 5 июня. /ТАСС/. Задержаны двое.", "Задержаны двое. – КазТАГ"));
    }

    fn names(text: &str) -> Vec<u64> {
        let mut w = Words { names_wanted: true, ..Words::default() };
        w.add_field(text, true);
        let mut n = w.names.clone();
        n.sort_unstable();
        if w.title_case() {
            n.clear();
        }
        n
    }

    fn sorted(text: &str) -> Vec<u64> {
        let mut v = words(text);
        v.sort_unstable();
        v
    }

    #[test]
    fn names_are_capitalised_words_inside_a_sentence() {
        assert_eq!(
            names("Police in Taraz reported that Col. Aidos Karimov questioned Mr. Omarov."),
            sorted("Taraz Col Aidos Karimov Mr Omarov")
        );
        // not the first word, nor one after a full stop, a colon or a quote
        assert_eq!(names("Two died. Police said: “Nothing is known.”"), sorted(""));
        assert_eq!(names("Полиция задержала в г. Алматы двух жителей Шымкента."), sorted("Алматы Шымкента"));
        // a headline in title case has none to tell
        assert!(names("Raid in Mangystau Region Leaves Thirteen Injured").is_empty());
        // numbers are numbers: "Five" inside a sentence is no name
        assert_eq!(names("They reported that Five were wounded in Osh."), sorted("Osh"));
    }
}
