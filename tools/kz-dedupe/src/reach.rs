//! The summaries' bound (`Settings::may_reach`) as a table: for two
//! complete sketches of `n` and `m` values, the least number of shared
//! values at which the pair may reach the threshold. Every candidate the
//! LSH bands bring (dozens per record on repetitive text) is checked
//! against it; the table replaces a floating-point division per candidate
//! with one load from a 64 KB table (the row of a record's length is
//! four cache lines), and answers exactly as the
//! division does (the measure grows with the shared values, so the
//! answer is "at least this many"). The summaries' tests (that they rule
//! out no pair the sketches would confirm) are here too.

use crate::engine::{Settings, Summary};

pub struct Reach {
    /// `need[n << 8 | m]`: the least shared values at which two complete
    /// sketches of `n` and `m` values (each at most 255, the sketch size's
    /// limit) may reach the threshold, or `min(n, m) + 1` when no count
    /// can (which fits: with 255 values each, all shared reach it). Zero
    /// (the check passes) for lengths above the sketch size, which no
    /// sketch has, and for empty sketches, which are not compared.
    need: Box<[u8; 1 << 16]>,
}

impl Reach {
    pub fn new(settings: &Settings) -> Reach {
        let k = settings.sketch.min(u8::MAX as usize);
        let mut need = Box::new([0u8; 1 << 16]);
        for n in 1..=k {
            for m in 1..=k {
                need[n << 8 | m] = Self::least(settings, n, m) as u8;
            }
        }
        Reach { need }
    }

    /// The least `both` in 0..=min(n, m) that may reach the threshold
    /// (min(n, m) + 1 if none), by bisection: the test is monotone in `both`.
    fn least(settings: &Settings, n: usize, m: usize) -> usize {
        let (mut lo, mut hi) = (0, n.min(m) + 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if settings.shared_may_reach(mid, n, m) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }

    /// `Settings::may_reach`, answered from the table.
    #[inline(always)]
    pub fn may_reach(&self, a: Summary, b: Summary, check_numbers: bool) -> bool {
        if check_numbers && a.numbers_conflict(b) {
            return false;
        }
        if !a.has_bloom() || !b.has_bloom() {
            return true;
        }
        // (lengths are 8 bits: the index is in bounds)
        let need = self.need[(a.len() << 8 | b.len()) & 0xffff] as usize;
        // At most min(a.len() - only in a, b.len() - only in b) values are
        // shared (`Summary::most_shared`). Bits are counted in software
        // (the baseline x86-64 has no instruction for it), and most
        // candidates fail on the first side: the second is counted only
        // for the others.
        a.len() >= need + a.only_here(b) && b.len() >= need + b.only_here(a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::numbers_conflict;
    use crate::sketch::SketchRef;

    /// The table answers as the division does, for every pair of sketch
    /// lengths and every count of shared values, with both measures at
    /// thresholds where the answer turns on rounding (0.8 = 4/5) and not.
    #[test]
    fn the_table_answers_as_the_division() {
        for t in [0.2, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0] {
            for settings in [Settings::new(t), Settings::containment(t)] {
                let reach = Reach::new(&settings);
                let k = settings.sketch;
                assert!(reach.need[k + 1..256].iter().all(|&n| n == 0), "longer than a sketch: no bound");
                for n in 1..=k {
                    for m in 1..=k {
                        for both in 0..=n.min(m) {
                            let table = both >= reach.need[n << 8 | m] as usize;
                            assert_eq!(
                                table,
                                settings.shared_may_reach(both, n, m),
                                "t {t} {:?} n {n} m {m} both {both}",
                                settings.measure
                            );
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        /// The summaries rule out no pair that the sketches would confirm,
        /// whatever the sets, their completeness, the measure and the
        /// threshold: a pair they pass is confirmed or not on its sketches
        /// exactly as before.
        #[test]
        fn summaries_rule_out_no_pair_the_sketches_confirm(
            x in proptest::collection::btree_set(0u32..200, 1..70),
            y in proptest::collection::btree_set(0u32..200, 1..70),
            complete in (proptest::bool::ANY, proptest::bool::ANY),
            xn in proptest::collection::btree_set(proptest::num::u32::ANY, 0..4),
            yn in proptest::collection::btree_set(proptest::num::u32::ANY, 0..4),
            shared_numbers in proptest::bool::ANY,
            containment in proptest::bool::ANY,
            t in proptest::sample::select(vec![0.2, 0.5, 0.6, 0.8, 0.9, 1.0]),
            near in 0usize..4,
        ) {
            // Mostly pairs near each other, where the bounds are tight.
            let y: std::collections::BTreeSet<u32> = match near {
                0 => y,
                1 => x.iter().copied().chain(y.iter().copied().take(3)).collect(),
                2 => x.iter().copied().enumerate().filter(|(i, _)| i % 7 != 3).map(|(_, v)| v).collect(),
                _ => x.clone(),
            };
            let settings = if containment { Settings::containment(t) } else { Settings::new(t) };
            let k = settings.sketch;
            let cut = |v: &std::collections::BTreeSet<u32>, whole: bool| -> Vec<u32> {
                v.iter().copied().take(if whole { usize::MAX } else { k }).collect()
            };
            let (xs, ys) = (cut(&x, complete.0 || x.len() <= k), cut(&y, complete.1 || y.len() <= k));
            let (ca, cb) = (xs.len() == x.len(), ys.len() == y.len());
            let a = SketchRef { mins: &xs, complete: ca, size: x.len() as u32 };
            let b = SketchRef { mins: &ys, complete: cb, size: y.len() as u32 };
            let mut xn: Vec<u32> = xn.into_iter().collect();
            let yn: Vec<u32> = yn.into_iter().collect();
            if shared_numbers {
                xn = yn.clone();
            }
            let (sa, sb) = (Summary::new(&xs, ca, Some(&xn)), Summary::new(&ys, cb, Some(&yn)));
            if settings.similarity_at_least(a, b).is_some() {
                proptest::prop_assert!(settings.may_reach(sa, sb, false));
                if !numbers_conflict(&xn, &yn) {
                    proptest::prop_assert!(settings.may_reach(sa, sb, true));
                }
            }
            // the table answers as the division
            let reach = Reach::new(&settings);
            for check in [false, true] {
                proptest::prop_assert_eq!(reach.may_reach(sa, sb, check), settings.may_reach(sa, sb, check));
            }
            // too many numbers to keep: no conflict
            proptest::prop_assert!(!Summary::new(&xs, ca, None).numbers_conflict(sb));
            let equal = xs == ys && ca == cb && xn == yn;
            proptest::prop_assert!(!equal || sa.same_sketch(sb), "equal records, different summaries");
        }
    }

    #[test]
    fn summaries_rule_out_sketches_far_apart_and_numbers_in_conflict() {
        let settings = Settings::new(0.8);
        let x: Vec<u32> = (0..20).collect();
        let y: Vec<u32> = (20..40).collect();
        let (sx, sy) = (Summary::new(&x, true, Some(&[])), Summary::new(&y, true, Some(&[])));
        assert!(!settings.may_reach(sx, sy, true));
        assert!(settings.may_reach(sx, sx, true));
        // the same sketches, numbers that do not contain each other (number
        // hashes are spread over all 32 bits)
        let (six, seventeen) = (0x1234_5678, 0xa987_6543);
        let (n6, n17) = (Summary::new(&x, true, Some(&[six])), Summary::new(&x, true, Some(&[seventeen])));
        assert!(!settings.may_reach(n6, n17, true));
        assert!(settings.may_reach(n6, n17, false));
        assert!(settings.may_reach(n6, Summary::new(&x, true, Some(&[six, seventeen])), true));
        // incomplete sketches are left to their merge
        let (ix, iy) = (Summary::new(&x, false, None), Summary::new(&y, false, None));
        assert!(settings.may_reach(ix, iy, true));
    }
}
