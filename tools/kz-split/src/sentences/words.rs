//! Word lists for the sentence scanner: words of up to sixteen bytes packed
//! into one integer and kept in a small open-addressed hash table, so that
//! a look-up is a multiply, a shift and a compare or two, with no
//! allocation and no call. The scanner asks about the word before nearly
//! every full stop and the word after many of them.

/// A word of up to sixteen bytes packed into one integer (its bytes, little
/// end first, zero-padded).
pub(crate) fn pack(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut key = 0u128;
    for (k, &b) in word.iter().enumerate() {
        key |= u128::from(b) << (8 * k);
    }
    Some(key)
}

/// [`pack`] of an ASCII word lower-cased: the key of a word as the lists
/// hold it, straight from the text's bytes. `None` for a longer word or one
/// with a byte beyond ASCII (those go through `lang::lower`).
#[inline]
pub(crate) fn ascii_lower_key(word: &[u8]) -> Option<u128> {
    if word.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    let mut high = 0u8;
    for (d, &s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
        high |= s;
    }
    (high < 0x80).then(|| u128::from_le_bytes(buf))
}

/// Packed words with a value each, in an open-addressed table (linear
/// probing, at most a quarter full). The key 0, the empty word, marks a
/// free slot; no listed word is empty.
pub(crate) struct KeyMap<V: Copy> {
    slots: Vec<(u128, V)>,
    shift: u32,
}

impl<V: Copy> KeyMap<V> {
    /// The table of `entries`; of a key given twice, the first value is kept.
    pub(crate) fn new(entries: &[(u128, V)], filler: V) -> Self {
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut map = KeyMap { slots: vec![(0, filler); size], shift: 64 - size.trailing_zeros() };
        for &(key, value) in entries {
            assert_ne!(key, 0, "no listed word is empty");
            let mut i = map.slot(key);
            loop {
                match map.slots[i].0 {
                    0 => {
                        map.slots[i] = (key, value);
                        break;
                    }
                    k if k == key => break,
                    _ => i = (i + 1) & (size - 1),
                }
            }
        }
        map
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        let (lo, hi) = (key as u64, (key >> 64) as u64);
        let h = lo.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ hi.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        (h >> self.shift) as usize
    }

    /// The value of `key`, if it is in the table.
    #[inline]
    pub(crate) fn get(&self, key: u128) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, v) = self.slots[i];
            // A free slot first: the empty word (key 0) is in no table.
            if k == 0 {
                return None;
            }
            if k == key {
                return Some(v);
            }
            i = (i + 1) & mask;
        }
    }
}

/// A word list for fast look-ups of lower-case words: words of up to
/// sixteen bytes packed into a [`KeyMap`], longer ones sorted as they are.
pub(crate) struct WordList {
    short: KeyMap<()>,
    long: Vec<&'static str>,
}

impl WordList {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a &'static str>) -> Self {
        let (mut short, mut long) = (Vec::new(), Vec::new());
        for &w in words {
            match pack(w.as_bytes()) {
                Some(key) => short.push((key, ())),
                None => long.push(w),
            }
        }
        long.sort_unstable();
        long.dedup();
        WordList { short: KeyMap::new(&short, ()), long }
    }

    /// Whether the list holds `word` (lower case).
    pub(crate) fn contains(&self, word: &str) -> bool {
        match pack(word.as_bytes()) {
            Some(key) => self.contains_key(key),
            None => self.long.binary_search(&word).is_ok(),
        }
    }

    /// Whether the list holds the word packed as `key`.
    #[inline]
    pub(crate) fn contains_key(&self, key: u128) -> bool {
        self.short.get(key).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_keys() {
        assert_eq!(pack(b"ab"), Some(0x6261));
        assert_eq!(pack(&[b'x'; 17]), None);
        assert_eq!(ascii_lower_key(b"Gen"), pack(b"gen"));
        assert_eq!(ascii_lower_key("Ген".as_bytes()), None);
        assert_eq!(ascii_lower_key(b"ABCDEFGHIJKLMNOP"), pack(b"abcdefghijklmnop"));
    }

    #[test]
    fn maps_find_what_they_hold_and_nothing_else() {
        let words: Vec<String> = (0..500).map(|n| format!("w{n}")).collect();
        let entries: Vec<(u128, usize)> =
            words.iter().enumerate().map(|(n, w)| (pack(w.as_bytes()).unwrap(), n)).collect();
        let mut with_repeat = entries.clone();
        with_repeat.push((pack(b"w7").unwrap(), 9999));
        let map = KeyMap::new(&with_repeat, 0);
        for (n, w) in words.iter().enumerate() {
            assert_eq!(map.get(pack(w.as_bytes()).unwrap()), Some(n), "{w}");
        }
        for miss in ["w500", "x1", "w", "a long word here", "ж", ""] {
            assert_eq!(map.get(pack(miss.as_bytes()).unwrap()), None, "{miss}");
        }
        let list = WordList::new(&["the", "он", "a word longer than sixteen bytes"]);
        assert!(list.contains("the") && list.contains("он"));
        assert!(list.contains("a word longer than sixteen bytes"));
        assert!(!list.contains("th") && !list.contains("a word longer than sixteen byte"));
        assert!(!list.contains("") && !list.contains_key(0), "the empty word is no free slot");
    }
}
