//! What is kept of a record to confirm a candidate (a bottom-k sketch of its
//! shingle set), and how candidates are found (MinHash with LSH banding).
//!
//! The sketch holds the k smallest 32-bit shingle hashes. A record with at
//! most k distinct shingles (a sentence of up to k + 2 words at the default
//! shingle size) is kept whole, so the Jaccard similarity of two such records
//! is computed exactly. Longer records are compared by the bottom-k estimate:
//! of the k smallest hashes of the union, the share found in both (standard
//! error about sqrt(J(1-J)/k): ±0.05 at J = 0.8 with k = 64).
//!
//! The other measure, containment ([`containment_at_least`]), is the share
//! of the smaller set found in the larger, with two guards ([`Guard`]): the
//! smaller counts as at least `min` shingles and at least 1/`max_ratio` of
//! the larger. Its LSH banding ([`Banding::for_containment`]) rests on the
//! Jaccard similarity that containment and those guards imply at the least.

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
        Self::with_rows(t, rows)
    }

    /// As few bands of `rows` min-hashes as give 99.5% recall at Jaccard `j`.
    fn with_rows(j: f64, rows: usize) -> Banding {
        let per_band = j.powi(rows as i32);
        let bands = ((1.0 - RECALL_AT_THRESHOLD).ln() / (1.0 - per_band).ln()).ceil().max(1.0) as usize;
        Banding { bands, rows }
    }

    /// Bands and rows for a containment threshold under `guard`: those of
    /// the least Jaccard similarity a pair at the threshold can have,
    /// [`Guard::least_jaccard`]. When that is low (below 0.45: a pair at the
    /// threshold that differs in size), bands of two min-hashes would need
    /// many more bands than bands of one (38 instead of 12 at 0.36; 130
    /// instead of 24 at 0.2), so bands are of one min-hash each, and the
    /// candidates they bring are bounded by the table's limit per key.
    pub fn for_containment(threshold: f64, guard: Guard) -> Banding {
        let j = guard.least_jaccard(threshold.clamp(0.05, 1.0)).clamp(0.02, 0.99);
        if j >= 0.45 {
            Self::for_threshold(j)
        } else {
            Self::with_rows(j, 1)
        }
    }
}

/// The guards of the containment measure against short texts and texts of
/// very different size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Guard {
    /// The smaller set counts as at least this many shingles (or as the
    /// larger, if that is smaller): a short text contained in a long one is
    /// not a copy of it.
    pub min: usize,
    /// The smaller set counts as at least 1/`max_ratio` of the larger: a
    /// text is a copy of a longer one only if the longer is at most about
    /// this many times its size.
    pub max_ratio: f64,
}

impl Guard {
    /// What the smaller of two sets of sizes `a` and `b` counts as.
    pub fn denominator(&self, a: usize, b: usize) -> f64 {
        let (s, l) = (a.min(b) as f64, a.max(b) as f64);
        s.max(l / self.max_ratio).max((self.min as f64).min(l))
    }

    /// The least Jaccard similarity of two sets whose guarded containment
    /// is `c`: with D the denominator, the intersection is at least c·D,
    /// the smaller set at most D and the larger at most max_ratio·D, so
    /// J = |A∩B| / (|A| + |B| - |A∩B|) ≥ c / (1 + max_ratio - c).
    pub fn least_jaccard(&self, c: f64) -> f64 {
        c / (1.0 + self.max_ratio - c)
    }
}

/// Computes LSH band keys from a sorted set of shingle hashes, by
/// one-permutation hashing with optimal densification (Shrivastava, ICML
/// 2017) instead of one hash function per min-hash.
///
/// The hash space is cut into as many bins as there are min-hashes; a
/// shingle falls in the bin its hash lies in, and a bin's min-hash is its
/// smallest shingle. As the shingles are sorted, one walk gives every bin:
/// O(shingles + bins) instead of O(shingles × bins). A bin no shingle fell
/// in borrows the min-hash of a non-empty bin picked by a probe sequence of
/// its own, the same for every record, so that a pair of records agrees on
/// each min-hash with probability equal to their Jaccard similarity, as
/// with independent functions, and short records (fewer shingles than bins)
/// do not borrow from neighbouring bins, which would make the bands agree or
/// disagree together.
pub struct MinHasher {
    banding: Banding,
    mins: Vec<u64>,
    filled: Vec<bool>,
    /// The probe sequence of each bin, `MAX_PROBES` bins each.
    probes: Vec<u16>,
    /// With at most 64 bins: the min-hashes and the probe sequences (as
    /// bytes) in arrays of 64, indexed with no bounds to check.
    small_mins: Box<[u64; 64]>,
    small_probes: Box<[[u8; MAX_PROBES as usize]; 64]>,
}

/// Probes an empty bin makes at random before it takes the next non-empty
/// bin round the circle (only sets of a shingle or two get that far).
const MAX_PROBES: u64 = 64;

impl MinHasher {
    pub fn new(banding: Banding) -> Self {
        let n = banding.bands * banding.rows;
        assert!(n <= 1 << 16, "at most 65536 min-hashes");
        let probes = (0..n as u64)
            .flat_map(|i| {
                (1..=MAX_PROBES).map(move |t| Self::bin(mix64(i << 32 ^ t ^ 0x6f70_6864_656e_7365), n) as u16)
            })
            .collect::<Vec<u16>>();
        let mut small_probes = Box::new([[0u8; MAX_PROBES as usize]; 64]);
        if n <= 64 {
            for (bin, sequence) in probes.chunks(MAX_PROBES as usize).enumerate() {
                for (to, &from) in small_probes[bin].iter_mut().zip(sequence) {
                    *to = from as u8;
                }
            }
        }
        MinHasher {
            banding,
            mins: vec![0; n],
            filled: vec![false; n],
            probes,
            small_mins: Box::new([0; 64]),
            small_probes,
        }
    }

    pub fn banding(&self) -> Banding {
        self.banding
    }

    /// The bin of a value among `bins` equal ranges of the 64-bit space.
    fn bin(value: u64, bins: usize) -> usize {
        ((value as u128 * bins as u128) >> 64) as usize
    }

    /// The band keys of a shingle set (sorted ascending), each mixed with its
    /// band number and with `scope` (so `--within` keeps documents apart),
    /// into `out`.
    pub fn band_keys(&mut self, shingles: &[u64], scope: u64, out: &mut Vec<u64>) {
        out.clear();
        if shingles.is_empty() {
            return;
        }
        if self.mins.len() <= 64 {
            self.band_keys_small(shingles, scope, out);
        } else {
            self.band_keys_any(shingles, scope, out);
        }
    }

    /// [`Self::band_keys`] for any number of bins (`shingles` not empty).
    fn band_keys_any(&mut self, shingles: &[u64], scope: u64, out: &mut Vec<u64>) {
        let bins = self.mins.len();
        self.filled.fill(false);
        for &s in shingles {
            let b = Self::bin(s, bins);
            if !self.filled[b] {
                self.filled[b] = true;
                self.mins[b] = s;
            }
        }
        for i in 0..bins {
            if self.filled[i] {
                continue;
            }
            let sequence = &self.probes[i * MAX_PROBES as usize..(i + 1) * MAX_PROBES as usize];
            let probe = match sequence.iter().find(|&&j| self.filled[j as usize]) {
                Some(&j) => j as usize,
                None => (i..bins).chain(0..i).find(|&j| self.filled[j]).unwrap_or(i),
            };
            self.mins[i] = self.mins[probe];
        }
        Self::hash_bands(&self.mins, self.banding.rows, scope, out);
    }

    /// [`Self::band_keys`] for at most 64 bins (the default settings of
    /// both measures): which bins are filled is one word, so a probe is a
    /// bit test instead of a load, and the first filled bin round the
    /// circle is found by counting zeros.
    fn band_keys_small(&mut self, shingles: &[u64], scope: u64, out: &mut Vec<u64>) {
        let bins = self.mins.len();
        let mins = &mut self.small_mins;
        let mut filled = 0u64;
        for &s in shingles {
            // (`& 63`: in bounds, as bins <= 64)
            let b = Self::bin(s, bins) & 63;
            if filled & (1 << b) == 0 {
                filled |= 1 << b;
                mins[b] = s;
            }
        }
        let all = if bins == 64 { u64::MAX } else { (1u64 << bins) - 1 };
        let mut empty = !filled & all;
        while empty != 0 {
            let i = empty.trailing_zeros() as usize & 63;
            empty &= empty - 1;
            let probe = match self.small_probes[i].iter().find(|&&j| filled >> j & 1 != 0) {
                Some(&j) => j as usize,
                // The next filled bin at or after i, else the first one
                // (shingles is not empty, so some bin is filled).
                None => {
                    let after = filled & !((1u64 << i) - 1);
                    if after != 0 {
                        after.trailing_zeros() as usize
                    } else {
                        filled.trailing_zeros() as usize
                    }
                }
            };
            mins[i] = mins[probe & 63];
        }
        Self::hash_bands(&self.small_mins[..bins], self.banding.rows, scope, out);
    }

    /// Mix each band's min-hashes with its band number and `scope`.
    fn hash_bands(mins: &[u64], rows: usize, scope: u64, out: &mut Vec<u64>) {
        for (band, rows) in mins.chunks(rows).enumerate() {
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
    /// How many shingles the set has (at most [`MAX_SIZE`]; `mins.len()` for
    /// a complete sketch).
    pub size: u32,
}

/// Set sizes above this are taken as this (a document of 32,000 words).
pub const MAX_SIZE: u32 = (1 << 15) - 1;

impl SketchRef<'_> {
    /// The size of the set, as the containment measure counts it.
    fn set_size(&self) -> usize {
        if self.complete {
            self.mins.len()
        } else {
            (self.size as usize).max(self.mins.len())
        }
    }
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
    jaccard_at_least(a, b, k, 0.0).unwrap_or(0.0)
}

/// [`jaccard`] when it is at least `threshold` (less 1e-9, for rounding),
/// else None. Most candidates are below the threshold, and the merge stops
/// as soon as too many values were found in one sketch only.
pub fn jaccard_at_least(a: SketchRef, b: SketchRef, k: usize, threshold: f64) -> Option<f64> {
    let (x, y) = (a.mins, b.mins);
    // Slightly below the threshold, so no pair at it is cut short by rounding.
    let t = (threshold - 1e-6).max(0.0);
    if a.complete && b.complete {
        // both / (|x| + |y| - both) >= t  <=>  both >= t (|x| + |y|) / (1 + t)
        let need = (t * (x.len() + y.len()) as f64 / (1.0 + t)).floor() as usize;
        let both = intersection_at_least(x, y, need)?;
        let union = x.len() + y.len() - both;
        let j = if union == 0 { 0.0 } else { both as f64 / union as f64 };
        return (j + 1e-9 >= threshold).then_some(j);
    }
    // Of the union's k smallest values, at most this many may be in one
    // sketch only.
    let max_missing = ((1.0 - t) * k as f64).floor() as usize;
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
        if union - both > max_missing {
            return None;
        }
    }
    // An incomplete sketch has k values, so the union reaches k before it
    // runs out; the values seen are the union's k smallest.
    let j = if union == 0 { 0.0 } else { both as f64 / union as f64 };
    (j + 1e-9 >= threshold).then_some(j)
}

/// Guarded containment of two sketched sets (the share of the smaller in
/// the larger, the smaller counting as [`Guard::denominator`]): exact when
/// both are complete. Otherwise estimated below the smaller of the two
/// sketches' largest values, where both sketches hold every value of their
/// sets: the values there are the same share of each set, and a value is in
/// both sets exactly when it is in both sketches, so the intersection is the
/// values found in both over that share (counted over both sets' values at
/// once, the sizes being known: a smaller error than the smaller set's
/// values alone give, F1 0.990 → 0.994 at 0.6 in `tests/accuracy.rs`).
/// Never below the Jaccard estimate of the same pair (the k
/// smallest values of the union).
pub fn containment(a: SketchRef, b: SketchRef, k: usize, guard: Guard) -> f64 {
    containment_at_least(a, b, k, 0.0, guard).unwrap_or(0.0)
}

/// [`containment`] when it is at least `threshold` (less 1e-9, for
/// rounding), else None; the merge stops once neither the containment nor
/// the Jaccard estimate can reach it.
pub fn containment_at_least(
    a: SketchRef,
    b: SketchRef,
    k: usize,
    threshold: f64,
    guard: Guard,
) -> Option<f64> {
    let t = (threshold - 1e-6).max(0.0);
    let (x, y) = (a.mins, b.mins);
    if a.complete && b.complete {
        let d = guard.denominator(x.len(), y.len());
        let need = (t * d).ceil() as usize;
        let both = intersection_at_least(x, y, need)?;
        let c = both as f64 / d;
        return (c + 1e-9 >= threshold).then_some(c);
    }
    // Both sketches hold every value of their sets up to `tau`.
    let last = |s: &SketchRef| if s.complete { u32::MAX } else { s.mins.last().copied().unwrap_or(0) };
    let tau = last(&a).min(last(&b));
    let (sa, sb) = (a.set_size(), b.set_size());
    let d = guard.denominator(sa, sb);
    // The intersection is estimated as `both` over the share of the values
    // sampled (the same share of each set): both · (|A| + |B|) / sampled.
    let estimate = |both: f64, only: f64| {
        let sampled = 2.0 * both + only;
        if sampled == 0.0 {
            0.0
        } else {
            // (an intersection is no larger than the smaller set)
            (both * (sa + sb) as f64 / sampled).min(sa.min(sb) as f64) / d
        }
    };
    let max_missing = ((1.0 - t) * k as f64).floor() as usize;
    let (mut i, mut j) = (0, 0);
    let (mut both, mut only_x, mut only_y) = (0usize, 0usize, 0usize);
    // The Jaccard estimate: the first k values of the union.
    let (mut union_k, mut both_k) = (0usize, 0usize);
    loop {
        let (xi, yj) = (x.get(i).filter(|&&v| v <= tau), y.get(j).filter(|&&v| v <= tau));
        match (xi, yj) {
            (None, None) => break,
            (Some(&u), Some(&v)) if u == v => {
                both += 1;
                i += 1;
                j += 1;
                if union_k < k {
                    both_k += 1;
                }
            }
            (Some(&u), Some(&v)) if u < v => {
                only_x += 1;
                i += 1;
            }
            (Some(_), None) => {
                only_x += 1;
                i += 1;
            }
            _ => {
                only_y += 1;
                j += 1;
            }
        }
        union_k = (union_k + 1).min(k);
        if union_k - both_k > max_missing {
            // The Jaccard estimate cannot reach the threshold; nor can the
            // containment if every value left were in both.
            let most = (both + (x.len() - i).min(y.len() - j)) as f64;
            if estimate(most, (only_x + only_y) as f64) + 1e-9 < t {
                return None;
            }
        }
    }
    let c = estimate(both as f64, (only_x + only_y) as f64);
    let jaccard = if union_k == 0 { 0.0 } else { both_k as f64 / union_k as f64 };
    let c = c.max(jaccard);
    (c + 1e-9 >= threshold).then_some(c)
}

/// An upper bound of the guarded containment from the sizes alone (for
/// complete sketches), to skip hopeless candidates without merging.
pub fn containment_bound(a: SketchRef, b: SketchRef, guard: Guard) -> f64 {
    if a.complete && b.complete {
        let (n, m) = (a.mins.len(), b.mins.len());
        if n == 0 || m == 0 {
            0.0
        } else {
            n.min(m) as f64 / guard.denominator(n, m)
        }
    } else {
        1.0
    }
}

/// Size of the intersection of two ascending lists (branch-free merge), or
/// None once it cannot reach `need`.
fn intersection_at_least(x: &[u32], y: &[u32], need: usize) -> Option<usize> {
    let (Some(spare_x), Some(spare_y)) = (x.len().checked_sub(need), y.len().checked_sub(need)) else {
        return None;
    };
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        let (a, b) = (x[i], y[j]);
        both += (a == b) as usize;
        i += (a <= b) as usize;
        j += (b <= a) as usize;
        // Values passed and not shared can no longer be.
        if i - both > spare_x || j - both > spare_y {
            return None;
        }
    }
    Some(both)
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
        SketchRef { mins: values, complete, size: values.len() as u32 }
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

    /// The merge that stops early gives the full merge's answer: the same
    /// similarity at or above the threshold, None below it.
    fn check_early_stop(x: &[u32], y: &[u32], complete: (bool, bool), k: usize, t: f64) {
        let (a, b) = (sketch(x, complete.0), sketch(y, complete.1));
        let full = {
            // the plain merge, as a reference
            if complete.0 && complete.1 {
                let both = x.iter().filter(|v| y.binary_search(v).is_ok()).count();
                let union = x.len() + y.len() - both;
                if union == 0 {
                    0.0
                } else {
                    both as f64 / union as f64
                }
            } else {
                let mut union: Vec<u32> = x.iter().chain(y).copied().collect();
                union.sort_unstable();
                union.dedup();
                union.truncate(k);
                let both = union.iter().filter(|v| x.contains(v) && y.contains(v)).count();
                if union.is_empty() {
                    0.0
                } else {
                    both as f64 / union.len() as f64
                }
            }
        };
        let want = (full + 1e-9 >= t).then_some(full);
        assert_eq!(jaccard_at_least(a, b, k, t), want, "{x:?} {y:?} {complete:?} k {k} t {t}");
        assert_eq!(jaccard(a, b, k), full);
    }

    proptest::proptest! {
        #[test]
        fn stopping_early_changes_no_answer(
            x in proptest::collection::btree_set(0u32..60, 0..40),
            y in proptest::collection::btree_set(0u32..60, 0..40),
            complete in (proptest::bool::ANY, proptest::bool::ANY),
            t in proptest::sample::select(vec![0.0, 0.3, 0.5, 0.75, 0.8, 0.9, 0.95, 1.0]),
        ) {
            let (x, y): (Vec<u32>, Vec<u32>) = (x.into_iter().collect(), y.into_iter().collect());
            // an incomplete sketch holds k values: cut both to the smaller
            let k = if complete.0 && complete.1 { 64 } else { x.len().min(y.len()).max(1) };
            let cut = |v: &[u32], whole: bool| if whole { v.to_vec() } else { v[..v.len().min(k)].to_vec() };
            check_early_stop(&cut(&x, complete.0), &cut(&y, complete.1), complete, k, t);
        }
    }

    #[test]
    fn pairs_at_exactly_the_threshold_pass() {
        // 8 shared of 10: J = 0.8 exactly, in both kinds of sketch
        let x: Vec<u32> = (0..9).collect();
        let y: Vec<u32> = (1..10).collect();
        assert_eq!(jaccard_at_least(sketch(&x, true), sketch(&y, true), 64, 0.8), Some(0.8));
        assert_eq!(jaccard_at_least(sketch(&x, true), sketch(&y, true), 64, 0.81), None);
        let y: Vec<u32> = (0..8).chain([20, 21]).collect();
        let x: Vec<u32> = (0..10).collect();
        assert_eq!(jaccard_at_least(sketch(&x, false), sketch(&y, false), 10, 0.8), Some(0.8));
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

    /// Two random sets of `n` elements each sharing `shared`, sorted.
    fn pair_of_sets(n: usize, shared: usize, seed: u64) -> (Vec<u64>, Vec<u64>) {
        let mut state = seed;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix64(state)
        };
        let common: Vec<u64> = (0..shared).map(|_| next()).collect();
        let mut a: Vec<u64> = common.iter().copied().chain((shared..n).map(|_| next())).collect();
        let mut b: Vec<u64> = common.iter().copied().chain((shared..n).map(|_| next())).collect();
        a.sort_unstable();
        b.sort_unstable();
        (a, b)
    }

    /// Share of pairs at similarity `shared / (2n - shared)` that meet in
    /// at least one band.
    fn measured_recall(banding: Banding, n: usize, shared: usize, trials: u64) -> f64 {
        let mut m = MinHasher::new(banding);
        let (mut ka, mut kb) = (Vec::new(), Vec::new());
        let mut met = 0;
        for t in 0..trials {
            let (a, b) = pair_of_sets(n, shared, t * 7919 + n as u64);
            m.band_keys(&a, 0, &mut ka);
            m.band_keys(&b, 0, &mut kb);
            met += ka.iter().zip(&kb).any(|(x, y)| x == y) as u64;
        }
        met as f64 / trials as f64
    }

    #[test]
    fn pairs_at_the_threshold_meet_whatever_their_size() {
        // J = 0.8 (8 of every 9 elements shared), from sentence-sized sets
        // to document-sized ones; the design recall is 99.5%.
        let banding = Banding::for_threshold(0.8);
        for n in [9, 18, 27, 45, 90, 270] {
            let recall = measured_recall(banding, n, n * 8 / 9, 4000);
            eprintln!("n {n}: recall {recall:.4} at J 0.8");
            assert!(recall >= 0.99, "{n} elements: recall {recall} at J = 0.8");
        }
        // and pairs well below it rarely meet (J = 0.25: 2 of every 5 shared)
        for n in [10, 40, 200] {
            let recall = measured_recall(banding, n, n * 2 / 5, 4000);
            eprintln!("n {n}: meet {recall:.4} at J 0.25");
            assert!(recall <= 0.25, "{n} elements: {recall} meet at J = 0.25");
        }
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

    #[test]
    fn band_keys_of_up_to_64_bins_are_those_of_the_general_walk() {
        for banding in
            [Banding { bands: 11, rows: 4 }, Banding { bands: 28, rows: 1 }, Banding { bands: 8, rows: 8 }]
        {
            let mut m = MinHasher::new(banding);
            // From one shingle (most bins borrow, some past their probes) to
            // more shingles than bins.
            for n in [1usize, 2, 3, 5, 17, 40, 64, 200] {
                for seed in 0..20u64 {
                    let mut shingles: Vec<u64> = (0..n as u64).map(|i| mix64(seed << 20 ^ i)).collect();
                    shingles.sort_unstable();
                    let (mut small, mut any) = (Vec::new(), Vec::new());
                    m.band_keys(&shingles, seed, &mut small);
                    m.band_keys_any(&shingles, seed, &mut any);
                    assert_eq!(small, any, "{banding:?}, {n} shingles");
                    assert_eq!(small.len(), banding.bands);
                }
            }
        }
    }

    const GUARD: Guard = Guard { min: 4, max_ratio: 3.0 };

    fn exact_containment(x: &[u32], y: &[u32], guard: Guard) -> f64 {
        let both = x.iter().filter(|v| y.binary_search(v).is_ok()).count();
        if x.is_empty() || y.is_empty() {
            return 0.0;
        }
        both as f64 / guard.denominator(x.len(), y.len())
    }

    #[test]
    fn containment_is_the_share_of_the_smaller_within_its_guards() {
        let long: Vec<u32> = (0..12).collect();
        // a cut copy: 6 of the long set's 12, all of them in it
        let cut: Vec<u32> = (0..6).collect();
        let c = containment(sketch(&cut, true), sketch(&long, true), 64, GUARD);
        assert_eq!(c, 1.0);
        assert!((jaccard(sketch(&cut, true), sketch(&long, true), 64) - 0.5).abs() < 1e-12);
        // cut to a quarter: the smaller counts as a third of the larger
        let quarter: Vec<u32> = (0..3).collect();
        let c = containment(sketch(&quarter, true), sketch(&long, true), 64, GUARD);
        assert!((c - 3.0 / 4.0).abs() < 1e-12, "{c}");
        // short sets count as at least `min`, unless the other is shorter still
        let two: Vec<u32> = vec![1, 2];
        let three: Vec<u32> = vec![1, 2, 3];
        let c = containment(sketch(&two, true), sketch(&three, true), 64, GUARD);
        assert!((c - 2.0 / 3.0).abs() < 1e-12, "{c}");
        assert_eq!(containment(sketch(&two, true), sketch(&two, true), 64, GUARD), 1.0);
        assert_eq!(containment(sketch(&[], true), sketch(&two, true), 64, GUARD), 0.0);
    }

    #[test]
    fn containment_of_long_sets_is_estimated_from_their_sampled_values() {
        // the smaller set inside the larger: every value of it that the
        // union's bottom-k holds is in the larger's sketch
        let big: Vec<u32> = (0..300).map(|i| i * 7).collect();
        let small: Vec<u32> = (0..150).map(|i| i * 14).collect();
        let (a, b) = (
            SketchRef { mins: &small[..64], complete: false, size: 150 },
            SketchRef { mins: &big[..64], complete: false, size: 300 },
        );
        assert_eq!(containment(a, b, 64, GUARD), 1.0);
        assert!(jaccard(a, b, 64) < 0.6);
        // half of the smaller set elsewhere: about one half
        let other: Vec<u32> = (0..150).map(|i| if i % 2 == 0 { i * 14 } else { i * 14 + 1 }).collect();
        let c = containment(SketchRef { mins: &other[..64], complete: false, size: 150 }, b, 64, GUARD);
        assert!((c - 0.5).abs() < 0.1, "{c}");
    }

    proptest::proptest! {
        /// Whatever the sets, sketches and guards, containment is never
        /// below the Jaccard similarity of the same pair, and the early stop
        /// changes no answer.
        #[test]
        fn containment_is_at_least_jaccard_and_stops_early_alike(
            x in proptest::collection::btree_set(0u32..80, 0..50),
            y in proptest::collection::btree_set(0u32..80, 0..50),
            complete in (proptest::bool::ANY, proptest::bool::ANY),
            min in 1usize..20,
            max_ratio in proptest::sample::select(vec![1.0, 1.5, 2.0, 3.0, 10.0]),
            t in proptest::sample::select(vec![0.0, 0.3, 0.5, 0.6, 0.8, 1.0]),
        ) {
            let guard = Guard { min, max_ratio };
            let (x, y): (Vec<u32>, Vec<u32>) = (x.into_iter().collect(), y.into_iter().collect());
            let k = if complete.0 && complete.1 { 64 } else { x.len().min(y.len()).max(1) };
            let cut = |v: &[u32], whole: bool| if whole { v.to_vec() } else { v[..v.len().min(k)].to_vec() };
            let (xs, ys) = (cut(&x, complete.0), cut(&y, complete.1));
            let a = SketchRef { mins: &xs, complete: complete.0, size: x.len() as u32 };
            let b = SketchRef { mins: &ys, complete: complete.1, size: y.len() as u32 };
            let c = containment(a, b, k, guard);
            let j = jaccard(a, b, k);
            proptest::prop_assert!(c + 1e-12 >= j, "containment {} < jaccard {}", c, j);
            proptest::prop_assert!(c <= 1.0 + 1e-12);
            let want = (c + 1e-9 >= t).then_some(c);
            proptest::prop_assert_eq!(containment_at_least(a, b, k, t, guard), want);
            if complete.0 && complete.1 {
                proptest::prop_assert!((c - exact_containment(&x, &y, guard)).abs() < 1e-12);
                proptest::prop_assert!(containment_bound(a, b, guard) + 1e-12 >= c);
            }
        }
    }

    /// Two random sets: the smaller of `n` elements, the larger of `n *
    /// ratio`, sharing `shared` (all taken from the smaller).
    fn nested_sets(n: usize, ratio: usize, shared: usize, seed: u64) -> (Vec<u64>, Vec<u64>) {
        let (mut a, mut b) = pair_of_sets(n, shared, seed);
        let mut state = seed ^ 0xabcd;
        b.extend((n..n * ratio).map(|_| {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            mix64(state)
        }));
        a.sort_unstable();
        b.sort_unstable();
        (a, b)
    }

    #[test]
    fn containment_banding_finds_pairs_at_the_threshold_and_the_largest_ratio() {
        let guard = Guard { min: 12, max_ratio: 3.0 };
        for t in [0.5, 0.6, 0.8] {
            let banding = Banding::for_containment(t, guard);
            assert!(banding.candidate_probability(guard.least_jaccard(t)) >= RECALL_AT_THRESHOLD, "{t}");
            // the worst case: containment t, the larger three times the smaller
            for n in [12, 30, 90] {
                let shared = (t * n as f64).ceil() as usize;
                let mut m = MinHasher::new(banding);
                let (mut ka, mut kb) = (Vec::new(), Vec::new());
                let trials = 3000;
                let mut met = 0;
                for trial in 0..trials {
                    let (a, b) = nested_sets(n, 3, shared, trial * 31 + n as u64);
                    m.band_keys(&a, 0, &mut ka);
                    m.band_keys(&b, 0, &mut kb);
                    met += ka.iter().zip(&kb).any(|(x, y)| x == y) as u64;
                }
                let recall = met as f64 / trials as f64;
                eprintln!("t {t} n {n}: {banding:?} recall {recall:.4}");
                assert!(recall >= 0.985, "t {t}, {n} and {} elements: recall {recall}", 3 * n);
            }
        }
        assert_eq!(Banding::for_containment(0.6, guard), Banding { bands: 28, rows: 1 });
        // near 1, with sizes close to each other, bands of several rows again
        let close = Guard { min: 12, max_ratio: 1.2 };
        assert!(Banding::for_containment(0.95, close).rows >= 2);
    }
}
