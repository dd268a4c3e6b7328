//! The LSH table: band key → the kept records filed under it.
//!
//! One flat open-addressing table of 8-byte entries, kept at most 85% full:
//! 9.4 to 19 bytes per entry (12.5 on average over the doublings), no
//! allocation per key. An entry holds a 32-bit fingerprint of the key and
//! the handle of a kept record. Entries come in buckets of eight, a cache
//! line: an entry goes to the first free slot of its home bucket, or of the
//! next bucket that has one, so an insertion moves no other entry. A full
//! bucket also holds a filter of eight bits, one per slot, marking the
//! fingerprints of the entries filed past it: a lookup goes on to the next
//! bucket only while its own bit is marked, so most read one cache line
//! (without the filter, a lookup in a table 85% full walked on through
//! three full buckets on average). The home bucket is derived from the
//! fingerprint alone so the table can grow without the full keys. Two keys
//! with the same fingerprint share their entries: that only adds
//! candidates, and every candidate is confirmed.

/// At most this many kept records are filed under one key. Template text
/// ("Photo: …", "Line 5 of …") would otherwise make one bucket that every
/// new record is compared with; past the cap a key adds no more records
/// (they are still filed under their other bands).
pub const MAX_PER_KEY: usize = 16;

/// Slots per bucket: 64 bytes, a cache line.
const WIDTH: usize = 8;

/// A bucket, aligned to a cache line. Its entries fill it from the start
/// (nothing is ever removed), so the first empty slot ends them.
///
/// A slot holds, from its top bit down: the fingerprint without its lowest
/// bit, which is always set (31 bits); a bit of the bucket's filter (bit
/// 32); the handle plus one (32 bits, never 0 in an entry, so a slot whose
/// low half is 0 is empty).
#[derive(Clone, Copy)]
#[repr(align(64))]
struct Bucket([u64; WIDTH]);

const EMPTY: Bucket = Bucket([0; WIDTH]);

/// The filter bit of a slot.
const PASSED: u64 = 1 << 32;

pub struct BandIndex {
    buckets: Vec<Bucket>,
    len: usize,
}

impl Default for BandIndex {
    fn default() -> Self {
        Self::new()
    }
}

impl BandIndex {
    pub fn new() -> Self {
        BandIndex { buckets: vec![EMPTY; 128], len: 0 }
    }

    fn fingerprint(key: u64) -> u32 {
        // The lowest bit is always set (as the fingerprints of the first
        // tables were, which tells two keys apart exactly as before).
        (key >> 32) as u32 | 1
    }

    /// The fingerprint as kept in a slot's top 31 bits.
    fn stored(fp: u32) -> u64 {
        (fp >> 1) as u64
    }

    fn home(fp: u32, buckets: usize) -> usize {
        ((fp as u64 * buckets as u64) >> 32) as usize
    }

    /// The slot whose filter bit stands for the fingerprint: from its low
    /// bits, as the high ones pick the home bucket (the entries filed past
    /// a bucket mostly share them).
    fn filter_slot(fp: u32) -> usize {
        (fp >> 1) as usize % WIDTH
    }

    /// Calls `found` with each record filed under `key` (in no particular
    /// order) and returns how many there were.
    pub fn lookup(&self, key: u64, mut found: impl FnMut(u32)) -> usize {
        let fp = Self::fingerprint(key);
        let (want, filter) = (Self::stored(fp), Self::filter_slot(fp));
        let mask = self.buckets.len() - 1;
        let mut b = Self::home(fp, self.buckets.len());
        let mut n = 0;
        loop {
            let slots = &self.buckets[b].0;
            // All eight slots, without stopping at the first empty one (a
            // test fewer per slot): an empty slot is all zeros, told from
            // an entry whose fingerprint is zero by its handle.
            for &slot in slots {
                if slot >> 33 == want && slot as u32 != 0 {
                    found(slot as u32 - 1);
                    n += 1;
                }
            }
            // Not full: no entry was filed past it. Full: an entry of this
            // key filed past it marked its bit.
            if slots[WIDTH - 1] as u32 == 0 || slots[filter] & PASSED == 0 {
                return n;
            }
            b = (b + 1) & mask;
        }
    }

    /// Read the home buckets of several keys at once, so that their cache
    /// misses overlap before the lookups walk them one by one, and the
    /// bucket after each: the keys that bring candidates are mostly those
    /// of many records, filed over two buckets or more.
    pub fn touch(&self, keys: impl IntoIterator<Item = u64>) {
        let mask = self.buckets.len() - 1;
        let sum = keys.into_iter().fold(0u64, |sum, key| {
            let home = Self::home(Self::fingerprint(key), self.buckets.len());
            sum.wrapping_add(self.buckets[home].0[0]).wrapping_add(self.buckets[(home + 1) & mask].0[0])
        });
        std::hint::black_box(sum);
    }

    /// File `record` (below `u32::MAX`) under `key`.
    pub fn insert(&mut self, key: u64, record: u32) {
        assert!(record < u32::MAX, "more than 4294967294 kept records");
        if (self.len + 1) * 20 > self.buckets.len() * WIDTH * 17 {
            self.grow();
        }
        let fp = Self::fingerprint(key);
        Self::put(&mut self.buckets, fp, Self::stored(fp) << 33 | (record as u64 + 1));
        self.len += 1;
    }

    /// Put an entry in the first free slot from its home bucket on, marking
    /// the full buckets it passes.
    fn put(buckets: &mut [Bucket], fp: u32, entry: u64) {
        let mask = buckets.len() - 1;
        let mut b = Self::home(fp, buckets.len());
        loop {
            let slots = &mut buckets[b].0;
            // Slots fill in order: a full bucket shows it in its last slot.
            if slots[WIDTH - 1] as u32 == 0 {
                // (a bucket with room has no filter bits yet)
                let free = slots.iter().position(|s| *s as u32 == 0).unwrap_or(WIDTH - 1);
                slots[free] = entry;
                return;
            }
            slots[Self::filter_slot(fp)] |= PASSED;
            b = (b + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let mut bigger = vec![EMPTY; self.buckets.len() * 2];
        for bucket in &self.buckets {
            for &slot in bucket.0.iter().take_while(|&&s| s as u32 != 0) {
                let fp = ((slot >> 33) << 1 | 1) as u32;
                Self::put(&mut bigger, fp, slot & !PASSED);
            }
        }
        self.buckets = bigger;
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.buckets.capacity() * std::mem::size_of::<Bucket>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keys that crowd a few home slots, filed until the table is as full
    /// as it gets: every lookup gives exactly the records filed under its
    /// key, as a map of lists would.
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
            assert!(
                index.len * 5 > index.buckets.len() * WIDTH * 4,
                "{distinct}: the table is over 80% full"
            );
            for (&fp, want) in &model {
                let mut got = Vec::new();
                index.lookup((fp as u64) << 32, |r| got.push(r));
                got.sort_unstable();
                assert_eq!(&got, want, "{distinct} keys, fingerprint {fp:x}");
            }
            assert_eq!(index.lookup(0x1234_5678_0000_0000, |_| ()), 0);
        }
    }

    #[test]
    fn finds_what_was_filed_after_growing() {
        let mut index = BandIndex::new();
        for r in 0..5000u32 {
            index.insert(crate::text::mix64(r as u64 % 700), r);
        }
        let mut got = Vec::new();
        index.lookup(crate::text::mix64(3), |r| got.push(r));
        got.sort_unstable();
        let want: Vec<u32> = (0..5000).filter(|r| r % 700 == 3).collect();
        assert_eq!(got, want);
        assert_eq!(index.lookup(crate::text::mix64(123_456), |_| ()), 0);
    }
}
