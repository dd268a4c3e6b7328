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

    /// Calls `found` with each record filed under `key` (in the order they
    /// were filed) and returns how many there were.
    pub fn lookup(&self, key: u64, mut found: impl FnMut(u32)) -> usize {
        let fp = Self::fingerprint(key);
        let mask = self.slots.len() - 1;
        let mut i = Self::home(fp, self.slots.len());
        let mut n = 0;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return n;
            }
            if (slot >> 32) as u32 == fp {
                found(slot as u32);
                n += 1;
            }
            i = (i + 1) & mask;
        }
    }

    /// Read the home slots of several keys at once, so that their cache
    /// misses overlap before the lookups walk them one by one.
    pub fn touch(&self, keys: &[u64]) {
        let mut sum = 0u64;
        for &key in keys {
            sum = sum.wrapping_add(self.slots[Self::home(Self::fingerprint(key), self.slots.len())]);
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

    fn put(slots: &mut [u64], entry: u64) {
        let mask = slots.len() - 1;
        let mut i = Self::home((entry >> 32) as u32, slots.len());
        while slots[i] != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = entry;
    }

    fn grow(&mut self) {
        let mut bigger = vec![0u64; self.slots.len() * 2];
        // Re-insert in probe order from an empty slot, so entries of one key
        // keep their filing order.
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
