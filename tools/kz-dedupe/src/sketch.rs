//! What is kept of a record to confirm a candidate (a bottom-k sketch of its
//! shingle set), and how candidates are found (MinHash with LSH banding).
//!
//! The sketch holds the k smallest 32-bit shingle hashes. A record with at
//! most k distinct shingles (a sentence of up to k + 2 words at the default
//! shingle size) is kept whole, so the Jaccard similarity of two such records
//! is computed exactly. Longer records are compared by the bottom-k estimate:
//! of the k smallest hashes of the union, the share found in both (standard
//! error about sqrt(J(1-J)/k): ±0.05 at J = 0.8 with k = 64).

use crate::text::mix64;

/// The candidate-search settings: `bands` LSH bands of `rows` min-hashes each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Banding {
    pub bands: usize,
    pub rows: usize,
}

/// Recall wanted at the threshold itself; pairs above it are found even more
/// surely.
const RECALL_AT_THRESHOLD: f64 = 0.995;

impl Banding {
    /// Probability that a pair of Jaccard similarity `j` shares a band.
    pub fn candidate_probability(&self, j: f64) -> f64 {
        1.0 - (1.0 - j.powi(self.rows as i32)).powi(self.bands as i32)
    }

    /// Bands and rows for a threshold: rows so that a pair at the threshold
    /// agrees on a whole band about 45% of the time (selective enough that
    /// unrelated records rarely meet; 2 to 16), then as few bands as give
    /// 99.5% recall at the threshold (each band costs a table entry per kept
    /// record).
    pub fn for_threshold(threshold: f64) -> Banding {
        let t = threshold.clamp(0.05, 0.99);
        // At most 16 rows: near 1 a pair at the threshold agrees on almost
        // every min-hash, so a few long bands are enough.
        // At least 2: a band of one min-hash is one shingle, and common
        // phrases ("according to the") would fill its buckets.
        let rows = ((0.45f64).ln() / t.ln()).round().clamp(2.0, 16.0) as usize;
        let per_band = t.powi(rows as i32);
        let bands = ((1.0 - RECALL_AT_THRESHOLD).ln() / (1.0 - per_band).ln()).ceil().max(1.0) as usize;
        Banding { bands, rows }
    }
}

/// The seeds of the min-hash functions: fixed, so runs are reproducible.
fn seed(i: usize) -> u64 {
    mix64(0x6b7a_2d64_6564_7570 ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// The multiplier of min-hash function `i` (odd, so the function permutes
/// the 64-bit values).
fn multiplier(i: usize) -> u64 {
    mix64(0x7065_726d_7574_6521 ^ (i as u64).wrapping_mul(0xd6e8_feb8_6659_fd93)) | 1
}

/// Computes LSH band keys from a sorted set of shingle hashes.
pub struct MinHasher {
    banding: Banding,
    seeds: Vec<u64>,
    multipliers: Vec<u64>,
    mins: Vec<u64>,
}

impl MinHasher {
    pub fn new(banding: Banding) -> Self {
        let n = banding.bands * banding.rows;
        MinHasher {
            banding,
            seeds: (0..n).map(seed).collect(),
            multipliers: (0..n).map(multiplier).collect(),
            mins: vec![0; n],
        }
    }

    pub fn banding(&self) -> Banding {
        self.banding
    }

    /// The band keys of a shingle set, each mixed with its band number and
    /// with `scope` (so `--within` keeps documents apart), into `out`.
    pub fn band_keys(&mut self, shingles: &[u64], scope: u64, out: &mut Vec<u64>) {
        out.clear();
        // The shingle hashes are already well mixed, so each function can be
        // one multiply-add (a permutation of the 64-bit values). One function
        // at a time over all shingles keeps its constants and its minimum in
        // registers (the other order is about twice the instructions).
        for ((m, &seed), &mult) in self.mins.iter_mut().zip(&self.seeds).zip(&self.multipliers) {
            *m = shingles.iter().fold(u64::MAX, |min, &s| min.min(s.wrapping_mul(mult).wrapping_add(seed)));
        }
        for (band, rows) in self.mins.chunks(self.banding.rows).enumerate() {
            let mut h = scope ^ (band as u64 + 1).wrapping_mul(0xd6e8_feb8_6659_fd93);
            for &m in rows {
                h = (h.rotate_left(31) ^ m).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            }
            out.push(mix64(h));
        }
    }
}

/// The key under which exact duplicates meet (the hash of the whole
/// normalised key, within its scope).
pub fn exact_key(exact_hash: u64, scope: u64) -> u64 {
    mix64(exact_hash ^ scope.rotate_left(17) ^ 0x0ddc_0ffe_e0dd_f00d)
}

/// A record's sketch, borrowed from wherever it is kept.
#[derive(Debug, Clone, Copy)]
pub struct SketchRef<'a> {
    /// Smallest 32-bit shingle hashes, ascending, no repeats.
    pub mins: &'a [u32],
    /// True when `mins` is the whole shingle set.
    pub complete: bool,
}

/// Build the bottom-k sketch of a sorted shingle set into `out`; returns
/// whether it is complete.
pub fn bottom_k(shingles: &[u64], k: usize, out: &mut Vec<u32>) -> bool {
    out.clear();
    // The shingles are sorted, so their top halves come out sorted too.
    for &s in shingles {
        let v = (s >> 32) as u32;
        if out.last() != Some(&v) {
            if out.len() == k {
                return false;
            }
            out.push(v);
        }
    }
    true
}

/// Jaccard similarity of two sketched sets: exact when both are complete,
/// the bottom-k estimate otherwise.
pub fn jaccard(a: SketchRef, b: SketchRef, k: usize) -> f64 {
    let (x, y) = (a.mins, b.mins);
    if a.complete && b.complete {
        let both = intersection(x, y);
        let union = x.len() + y.len() - both;
        return if union == 0 { 0.0 } else { both as f64 / union as f64 };
    }
    let (mut i, mut j) = (0, 0);
    let (mut union, mut both) = (0usize, 0usize);
    while union < k && (i < x.len() || j < y.len()) {
        let take_x = j >= y.len() || (i < x.len() && x[i] < y[j]);
        let take_y = i >= x.len() || (j < y.len() && y[j] < x[i]);
        if take_x && !take_y {
            i += 1;
        } else if take_y && !take_x {
            j += 1;
        } else {
            both += 1;
            i += 1;
            j += 1;
        }
        union += 1;
    }
    // An incomplete sketch has k values, so the union reaches k before it
    // runs out; the values seen are the union's k smallest.
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// Size of the intersection of two ascending lists (branch-free merge).
fn intersection(x: &[u32], y: &[u32]) -> usize {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        let (a, b) = (x[i], y[j]);
        both += (a == b) as usize;
        i += (a <= b) as usize;
        j += (b <= a) as usize;
    }
    both
}

/// An upper bound of the Jaccard similarity from the sizes alone (for
/// complete sketches: the smaller set inside the larger), to skip hopeless
/// candidates without merging.
pub fn jaccard_bound(a: SketchRef, b: SketchRef) -> f64 {
    if a.complete && b.complete {
        let (n, m) = (a.mins.len().min(b.mins.len()), a.mins.len().max(b.mins.len()));
        if m == 0 {
            0.0
        } else {
            n as f64 / m as f64
        }
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sketch(values: &[u32], complete: bool) -> SketchRef<'_> {
        SketchRef { mins: values, complete }
    }

    #[test]
    fn banding_gives_high_recall_at_the_threshold() {
        for t in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99] {
            let b = Banding::for_threshold(t);
            assert!(b.candidate_probability(t) >= RECALL_AT_THRESHOLD, "{t}: {b:?}");
            assert!(b.bands <= 20, "{t}: {b:?}");
            // and unrelated records (J = 0.1) rarely meet
            assert!(b.candidate_probability(0.1) < 0.6, "{t}: {b:?}");
        }
        assert_eq!(Banding::for_threshold(0.8), Banding { bands: 11, rows: 4 });
        let exact = Banding::for_threshold(1.0);
        assert!(exact.bands * exact.rows <= 64 && exact.candidate_probability(0.99) > 0.995, "{exact:?}");
    }

    #[test]
    fn complete_sketches_give_exact_jaccard() {
        let a = [1, 2, 3, 4, 5, 6, 7, 8];
        let b = [1, 2, 3, 4, 5, 6, 7, 9];
        // 7 shared of 9 distinct, even with k smaller than the union
        assert!((jaccard(sketch(&a, true), sketch(&b, true), 4) - 7.0 / 9.0).abs() < 1e-12);
        assert_eq!(jaccard(sketch(&a, true), sketch(&a, true), 4), 1.0);
        assert_eq!(jaccard(sketch(&[], true), sketch(&a, true), 4), 0.0);
    }

    #[test]
    fn incomplete_sketches_use_the_bottom_k_of_the_union() {
        let a = [1, 2, 3, 4];
        let b = [1, 3, 5, 6];
        // union's bottom 4: 1 2 3 4, of which 1 and 3 are in both
        assert_eq!(jaccard(sketch(&a, false), sketch(&b, false), 4), 0.5);
    }

    #[test]
    fn bottom_k_keeps_the_smallest_and_says_when_it_is_whole() {
        let shingles: Vec<u64> = (1..=10u64).map(|i| i << 32).collect();
        let mut out = Vec::new();
        assert!(!bottom_k(&shingles, 4, &mut out));
        assert_eq!(out, vec![1, 2, 3, 4]);
        assert!(bottom_k(&shingles, 10, &mut out));
        assert_eq!(out.len(), 10);
    }

    #[test]
    fn band_keys_are_deterministic_and_scoped() {
        let mut m = MinHasher::new(Banding { bands: 3, rows: 2 });
        let shingles = [10u64, 20, 30];
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        m.band_keys(&shingles, 0, &mut a);
        m.band_keys(&shingles, 0, &mut b);
        m.band_keys(&shingles, 1, &mut c);
        assert_eq!(a, b);
        assert_eq!(a.len(), 3);
        assert!(a.iter().all(|k| !c.contains(k)));
    }
}
