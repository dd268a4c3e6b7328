//! What a word is read as, so that small republishing edits disappear before
//! shingling: number words as their digits ("five" = "5", "семнадцати" =
//! "17"), units as their short form ("kilometres" = "km" = "километров"),
//! British spellings as American ones ("colour" = "color").
//!
//! Words are known by their hash ([`crate::text`] hashes them as it reads,
//! without building strings). English words are looked up in a table built
//! once from [`crate::lang::en`], behind a bit filter that rules out most
//! words with one load. Other words (Cyrillic) are read by
//! [`crate::lang::ru`] from their text, and the answer is kept in a small
//! per-thread cache keyed by the hash, so a frequent word is read once.

use std::sync::LazyLock;

use crate::lang;
use crate::text::{hash_word, FNV_OFFSET, FNV_PRIME};

/// What a word is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Canon {
    /// A number word with its value: read as its digits, and a number.
    Value(u32),
    /// A word counted as a number without a value of its own (hundreds,
    /// thousand, dozens), read as the word with this hash.
    Amount(u64),
    /// Read as the word with this hash.
    Word(u64),
    /// "cent": with "per" before it, "percent".
    Cent,
}

/// The hash of the digits of `value`, as the reader hashes "17".
pub fn value_hash(value: u32) -> u64 {
    let mut digits = [0u8; 10];
    let mut n = 0;
    let mut v = value;
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let fnv = digits[..n].iter().rev().fold(FNV_OFFSET, |h, &b| (h ^ b as u64).wrapping_mul(FNV_PRIME));
    crate::text::word_hash(fnv, n)
}

/// The English table: open addressing on the word hash, behind a bit filter.
pub struct Table {
    filter: Vec<u64>,
    keys: Vec<u64>,
    values: Vec<Canon>,
}

const FILTER_BITS: usize = 1 << 15;

impl Table {
    fn build(entries: Vec<(u64, Canon)>) -> Table {
        let capacity = (entries.len() * 2).next_power_of_two().max(64);
        let mut t = Table {
            filter: vec![0; FILTER_BITS / 64],
            keys: vec![0; capacity],
            values: vec![Canon::Cent; capacity],
        };
        for (key, value) in entries {
            t.filter[Self::filter_slot(key) / 64] |= 1 << (Self::filter_slot(key) % 64);
            let mut i = Self::home(key, capacity);
            while t.keys[i] != 0 && t.keys[i] != key {
                i = (i + 1) & (capacity - 1);
            }
            t.keys[i] = key;
            t.values[i] = value;
        }
        t
    }

    #[inline]
    fn filter_slot(key: u64) -> usize {
        (key >> 20) as usize & (FILTER_BITS - 1)
    }

    #[inline]
    fn home(key: u64, capacity: usize) -> usize {
        (key as usize) & (capacity - 1)
    }

    /// False when the ASCII word with hash `key` is surely not in the
    /// table (one load, most words).
    #[inline]
    pub fn may_have(&self, key: u64) -> bool {
        let slot = Self::filter_slot(key);
        self.filter[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// What the ASCII word with hash `key` is read as.
    #[inline]
    pub fn get(&self, key: u64) -> Option<Canon> {
        if !self.may_have(key) {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut i = Self::home(key, self.keys.len());
        loop {
            match self.keys[i] {
                0 => return None,
                k if k == key => return Some(self.values[i]),
                _ => i = (i + 1) & mask,
            }
        }
    }
}

static ENGLISH: LazyLock<Table> = LazyLock::new(|| {
    use kz_shared::words::{tens_number, unit_number, TENS_WORDS, UNIT_WORDS};
    let mut entries = Vec::new();
    for w in UNIT_WORDS.iter().chain(&TENS_WORDS) {
        let value = unit_number(w).or_else(|| tens_number(w)).expect("a number word has its value");
        entries.push((hash_word(w), Canon::Value(value)));
    }
    for &(w, reads) in lang::en::AMOUNT_WORDS {
        entries.push((hash_word(w), Canon::Amount(hash_word(reads))));
    }
    for &(w, reads) in lang::en::UNITS.iter().chain(lang::en::SPELLINGS) {
        entries.push((hash_word(w), Canon::Word(hash_word(reads))));
    }
    for family in lang::en::SPELLING_FAMILIES {
        for stem in family.stems {
            for suffix in family.suffixes {
                let british = format!("{stem}{}{suffix}", family.british);
                let american = format!("{stem}{}{suffix}", family.american);
                entries.push((hash_word(&british), Canon::Word(hash_word(&american))));
            }
        }
    }
    entries.push((hash_word("cent"), Canon::Cent));
    Table::build(entries)
});

/// Hashes (as read) of the abbreviations a full stop may follow inside a
/// sentence, and of single letters (initials), sorted.
pub static TITLES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let letters = ('a'..='z').chain('а'..='я').map(String::from);
    let mut v: Vec<u64> = lang::en::TITLES
        .iter()
        .chain(lang::ru::TITLES)
        .map(|w| hash_word(w))
        .chain(letters.map(|l| hash_word(&l)))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Hash of "per", which with "cent" after it is [`percent`].
pub static PER: LazyLock<u64> = LazyLock::new(|| hash_word("per"));
/// Hash of "percent", what "%", "per cent" and "pct" are read as.
pub static PERCENT: LazyLock<u64> = LazyLock::new(|| hash_word("percent"));

/// The table of ASCII words (fetch it once for many words).
#[inline]
pub fn english() -> &'static Table {
    &ENGLISH
}

/// What an ASCII word with hash `hash` is read as.
pub fn ascii(hash: u64) -> Option<Canon> {
    ENGLISH.get(hash)
}

/// Entries of the cache of non-ASCII words.
const CACHE_SIZE: usize = 1 << 13;

/// What non-ASCII words were read as, by their hash, so that a frequent
/// word is read once. There is one per thread, which the reader takes for
/// the time it reads a field ([`Cache::take`]): a look-up is then one load,
/// with no thread-local access per word.
#[derive(Debug, Clone, Default)]
pub struct Cache {
    slots: Vec<(u64, Option<Canon>)>,
}

thread_local! {
    static CACHE: std::cell::Cell<Cache> = std::cell::Cell::new(Cache::default());
}

impl Cache {
    /// This thread's cache (until it is [`Cache::put_back`]).
    #[inline]
    pub fn take() -> Cache {
        CACHE.with(|c| c.take())
    }

    /// Give this thread's cache back.
    #[inline]
    pub fn put_back(self) {
        CACHE.with(|c| c.set(self));
    }

    /// True when the non-ASCII word with hash `hash` was read before and
    /// is read as itself (most words, once seen).
    #[inline]
    pub fn is_plain(&self, hash: u64) -> bool {
        let Some(pair) = self.slots.get(Self::pair(hash)..Self::pair(hash) + 2) else { return false };
        hash != 0 && pair.iter().any(|&(h, reading)| h == hash && reading.is_none())
    }

    #[inline]
    fn pair(hash: u64) -> usize {
        (hash >> 7) as usize & (CACHE_SIZE - 2)
    }

    /// What a non-ASCII word is read as, given its hash and its text as
    /// written.
    #[inline]
    pub fn other(&mut self, hash: u64, text: &str) -> Option<Canon> {
        // Russian number and unit words are at most 14 letters long.
        if text.len() > 2 * 16 {
            return None;
        }
        if self.slots.is_empty() {
            self.slots = vec![(0, None); CACHE_SIZE];
        }
        // Two ways: two frequent words whose hashes share a slot would
        // otherwise push each other out, and be read again and again.
        let pair = Self::pair(hash);
        for slot in [pair, pair + 1] {
            if self.slots[slot].0 == hash && hash != 0 {
                return self.slots[slot].1;
            }
        }
        let answer = read_other(text);
        self.slots[pair + 1] = self.slots[pair];
        self.slots[pair] = (hash, answer);
        answer
    }
}

fn read_other(text: &str) -> Option<Canon> {
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ё' | 'Ё' => lower.push('е'),
            c => lower.extend(c.to_lowercase()),
        }
    }
    Some(match lang::ru::reading(&lower)? {
        lang::ru::Reading::Value(v) => Canon::Value(v),
        lang::ru::Reading::Amount(w) => Canon::Amount(hash_word(w)),
        lang::ru::Reading::Word(w) => Canon::Word(hash_word(w)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_words_are_found_and_others_are_not() {
        assert_eq!(ascii(hash_word("seventeen")), Some(Canon::Value(17)));
        assert_eq!(ascii(hash_word("ninety")), Some(Canon::Value(90)));
        assert_eq!(ascii(hash_word("kilometres")), Some(Canon::Word(hash_word("km"))));
        assert_eq!(ascii(hash_word("neighbouring")), Some(Canon::Word(hash_word("neighboring"))));
        assert_eq!(ascii(hash_word("hospitalised")), Some(Canon::Word(hash_word("hospitalized"))));
        assert_eq!(ascii(hash_word("dozens")), Some(Canon::Amount(hash_word("dozens"))));
        for w in ["police", "sevens", "none", "hour", "four-", "tour", "advertise", "km"] {
            assert_eq!(ascii(hash_word(w)), None, "{w}");
        }
    }

    #[test]
    fn cyrillic_words_are_read_and_cached() {
        let mut cache = Cache::default();
        let mut other = |h, text| cache.other(h, text);
        let h = hash_word("семнадцати");
        assert_eq!(other(h, "Семнадцати"), Some(Canon::Value(17)));
        assert_eq!(other(h, "Семнадцати"), Some(Canon::Value(17)));
        assert_eq!(other(hash_word("трёх"), "трёх"), Some(Canon::Value(3)));
        assert_eq!(other(hash_word("километров"), "километров"), Some(Canon::Word(hash_word("km"))));
        assert_eq!(other(hash_word("полиция"), "полиция"), None);
        assert!(cache.is_plain(hash_word("полиция")));
        assert!(!cache.is_plain(h), "a number word is not read as itself");
        assert!(!cache.is_plain(hash_word("задержан")), "not read yet");
    }

    #[test]
    fn values_hash_as_their_digits() {
        assert_eq!(value_hash(17), hash_word("17"));
        assert_eq!(value_hash(0), hash_word("0"));
        assert_eq!(value_hash(900), hash_word("900"));
    }
}
