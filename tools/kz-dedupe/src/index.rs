//! The LSH table: band key → the kept records filed under it.
//!
//! One flat open-addressing table of 8-byte slots (a 32-bit fingerprint of the
//! key and the 32-bit handle of a kept record), kept at most 85% full: 9.4 to
//! 19 bytes per entry (12.5 on average over the doublings), no allocation per
//! key. The home slot is derived from the
//! fingerprint alone so the table can grow without the full keys. Two keys
//! with the same fingerprint share their entries: that only adds candidates,
//! and every candidate is confirmed.

/// At most this many kept records are filed under one key. Template text
/// ("Photo: …", "Line 5 of …") would otherwise make one bucket that every
/// new record is compared with; past the cap a key adds no more records
/// (they are still filed under their other bands).
pub const MAX_PER_KEY: usize = 16;

pub struct BandIndex {
    slots: Vec<u64>,
    len: usize,
}

impl Default for BandIndex {
    fn default() -> Self {
        Self::new()
    }
}

impl BandIndex {
    pub fn new() -> Self {
        BandIndex { slots: vec![0; 1024], len: 0 }
    }

    fn fingerprint(key: u64) -> u32 {
        // Never 0, so 0 can mean an empty slot.
        (key >> 32) as u32 | 1
    }

    fn home(fp: u32, capacity: usize) -> usize {
        ((fp as u64 * capacity as u64) >> 32) as usize
    }

    /// How far an entry at slot `at` is from its home slot.
    fn displacement(entry: u64, at: usize, mask: usize) -> usize {
        at.wrapping_sub(Self::home((entry >> 32) as u32, mask + 1)) & mask
    }

    /// Calls `found` with each record filed under `key` (in the order they
    /// were filed) and returns how many there were.
    pub fn lookup(&self, key: u64, mut found: impl FnMut(u32)) -> usize {
        let fp = Self::fingerprint(key);
        let mask = self.slots.len() - 1;
        let mut i = Self::home(fp, self.slots.len());
        let mut n = 0;
        // Entries are kept in the order of their home slots along each run,
        // so the walk ends at the first entry whose home is past this key's:
        // a few slots even at 85% load, where plain linear probing walks to
        // the end of the run.
        for distance in 0.. {
            let slot = self.slots[i];
            if slot == 0 {
                break;
            }
            if (slot >> 32) as u32 == fp {
                found(slot as u32);
                n += 1;
            } else if Self::displacement(slot, i, mask) < distance {
                break;
            }
            i = (i + 1) & mask;
        }
        n
    }

    /// Read the home slots of several keys at once, so that their cache
    /// misses overlap before the lookups walk them one by one.
    pub fn touch(&self, keys: &[u64]) {
        let mut sum = 0u64;
        let mask = self.slots.len() - 1;
        for &key in keys {
            let home = Self::home(Self::fingerprint(key), self.slots.len());
            // Walks often reach the next cache line: read it too.
            sum = sum.wrapping_add(self.slots[home]);
            sum = sum.wrapping_add(self.slots[(home + 8) & mask]);
        }
        std::hint::black_box(sum);
    }

    /// File `record` under `key`.
    pub fn insert(&mut self, key: u64, record: u32) {
        if (self.len + 1) * 20 > self.slots.len() * 17 {
            self.grow();
        }
        Self::put(&mut self.slots, ((Self::fingerprint(key) as u64) << 32) | record as u64);
        self.len += 1;
    }

    /// Put an entry after every entry whose home slot is not past its own
    /// (after the key's earlier entries: filing order), shifting the rest of
    /// the run one slot on.
    fn put(slots: &mut [u64], entry: u64) {
        let mask = slots.len() - 1;
        let mut i = Self::home((entry >> 32) as u32, slots.len());
        let mut distance = 0;
        while slots[i] != 0 && Self::displacement(slots[i], i, mask) >= distance {
            i = (i + 1) & mask;
            distance += 1;
        }
        let mut carry = entry;
        while carry != 0 {
            std::mem::swap(&mut slots[i], &mut carry);
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let mut bigger = vec![0u64; self.slots.len() * 2];
        // Re-insert in slot order from an empty slot: the entries of one key
        // come in filing order, and `put` keeps it.
        let start = self.slots.iter().position(|&s| s == 0).unwrap_or(0);
        let n = self.slots.len();
        for k in 0..n {
            let slot = self.slots[(start + k) % n];
            if slot != 0 {
                Self::put(&mut bigger, slot);
            }
        }
        self.slots = bigger;
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.slots.capacity() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys that crowd a few home slots, filed until the table is as full
    /// as it gets: every lookup gives exactly the records filed under its
    /// key, in filing order, as a map of lists would.
    #[test]
    fn agrees_with_a_map_when_crowded_and_full() {
        use std::collections::HashMap;
        for distinct in [3u64, 40, 700, 20_000] {
            let mut index = BandIndex::new();
            let mut model: HashMap<u32, Vec<u32>> = HashMap::new();
            for r in 0..27_000u32 {
                // Keys whose fingerprints share their top bits share home slots.
                let k = crate::text::mix64(r as u64 * 2_654_435_761 % distinct);
                let key = if r % 3 == 0 { k & 0xff00_0000_ffff_ffff } else { k };
                index.insert(key, r);
                model.entry(BandIndex::fingerprint(key)).or_default().push(r);
            }
            assert!(index.len * 5 > index.slots.len() * 4, "{distinct}: the table is over 80% full");
            for (&fp, want) in &model {
                let mut got = Vec::new();
                index.lookup((fp as u64) << 32, |r| got.push(r));
                assert_eq!(&got, want, "{distinct} keys, fingerprint {fp:x}");
            }
            assert_eq!(index.lookup(0x1234_5678_0000_0000, |_| ()), 0);
        }
    }

    #[test]
    fn finds_what_was_filed_in_order_after_growing() {
        let mut index = BandIndex::new();
        for r in 0..5000u32 {
            index.insert(crate::text::mix64(r as u64 % 700), r);
        }
        let mut got = Vec::new();
        index.lookup(crate::text::mix64(3), |r| got.push(r));
        let want: Vec<u32> = (0..5000).filter(|r| r % 700 == 3).collect();
        assert_eq!(got, want);
        assert_eq!(index.lookup(crate::text::mix64(123_456), |_| ()), 0);
    }
}
