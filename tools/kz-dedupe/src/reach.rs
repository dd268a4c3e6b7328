//! The summaries' bound ([`Settings::may_reach`]) as a table: for two
//! complete sketches of `n` and `m` values, the least number of shared
//! values at which the pair may reach the threshold. Every candidate the
//! LSH bands bring (dozens per record on repetitive text) is checked
//! against it; the table replaces a floating-point division per candidate
//! with one load from a few kilobytes, and answers exactly as the
//! division does (the measure grows with the shared values, so the
//! answer is "at least this many").

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

    /// [`Settings::may_reach`], answered from the table.
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
}
