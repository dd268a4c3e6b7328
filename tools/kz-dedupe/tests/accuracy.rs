//! The pairs kz-dedupe finds (LSH candidates, then confirmation) against a
//! brute-force exact Jaccard, and containment, over the same word shingles,
//! on a few thousand generated records with near duplicates at every level
//! of similarity (and, for containment, copies cut short or with a clause
//! dropped).

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use kz_dedupe::engine::{all_pairs, Settings, MAX_RATIO, MIN_WORDS};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn vocabulary() -> Vec<String> {
    let syllables = ["ka", "zu", "mi", "tor", "al", "ben", "so", "rit", "ul", "pe", "dan", "go", "ny", "esh"];
    let mut words = Vec::new();
    for a in syllables {
        for b in syllables {
            for c in ["", "a", "in", "ov"] {
                words.push(format!("{a}{b}{c}"));
            }
        }
    }
    words
}

/// Base records of 2 to 120 words (some shorter than a shingle, some longer
/// than the sketch), each followed by copies with 0 to 40% of their words
/// substituted, inserted or deleted, and copies of copies.
fn generate(n: usize, seed: u64) -> Vec<String> {
    generate_with(n, seed, false)
}

/// As [`generate`]; with `cuts`, some copies are also cut short (a third
/// to all of their words kept, from the start or the end) or lose a run of
/// words in the middle, as republishers do.
fn generate_with(n: usize, seed: u64, cuts: bool) -> Vec<String> {
    let vocab = vocabulary();
    let mut rng = Rng(seed);
    let word = |rng: &mut Rng| {
        // skewed towards common words, as text is
        let r = rng.below(vocab.len()).min(rng.below(vocab.len()));
        vocab[r].clone()
    };
    let mut records: Vec<Vec<String>> = Vec::new();
    while records.len() < n {
        let len = match rng.below(10) {
            0 => 2 + rng.below(4),
            1 | 2 => 60 + rng.below(60),
            _ => 8 + rng.below(45),
        };
        let base: Vec<String> = (0..len).map(|_| word(&mut rng)).collect();
        let family_start = records.len();
        records.push(base);
        for _ in 0..rng.below(6) {
            let parent = records[family_start + rng.below(records.len() - family_start)].clone();
            let mut copy = parent;
            if cuts && copy.len() > 3 {
                let len = copy.len();
                match rng.below(4) {
                    0 => copy.truncate(len / 3 + rng.below(len - len / 3)),
                    1 => {
                        copy.drain(..rng.below(len * 2 / 3));
                    }
                    2 => {
                        let at = rng.below(len / 2);
                        let run = 1 + rng.below(len / 3);
                        copy.drain(at..(at + run).min(len - 1));
                    }
                    _ => {}
                }
            }
            let edits = rng.below(copy.len() * 2 / 5 + 1);
            for _ in 0..edits {
                let at = rng.below(copy.len());
                match rng.below(3) {
                    0 => copy[at] = word(&mut rng),
                    1 => copy.insert(at, word(&mut rng)),
                    _ if copy.len() > 1 => {
                        copy.remove(at);
                    }
                    _ => {}
                }
            }
            records.push(copy);
        }
    }
    records.truncate(n);
    records.into_iter().map(|w| w.join(" ")).collect()
}

/// Shingle set of a text of single-space-separated words, as strings hashed
/// by the standard library: independent of the tool's own hashing. Like the
/// tool, the shingles run over the start and end of the text.
fn shingles(text: &str, size: usize) -> Vec<u64> {
    // padded with boundary marks, as kz-dedupe shingles
    let pad = vec!["^"; size - 1];
    let end = vec!["$"; size - 1];
    let words: Vec<&str> = pad.into_iter().chain(text.split(' ')).chain(end).collect();
    let mut set: Vec<u64> = words
        .windows(size)
        .map(|w| {
            let mut h = DefaultHasher::new();
            w.join(" ").hash(&mut h);
            h.finish()
        })
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}

/// Exact Jaccard of every pair that shares a shingle (the others are 0).
fn brute_force(texts: &[String], size: usize) -> HashMap<(usize, usize), f64> {
    brute_force_by(texts, size, |a, b, both| both as f64 / (a + b - both) as f64)
}

/// Exact containment as kz-dedupe defines it, of every pair that shares a
/// shingle: the shared shingles over the smaller set, which counts as at
/// least `MIN_WORDS` words' shingles (or the larger set, if smaller) and at
/// least 1/`MAX_RATIO` of the larger.
fn brute_force_containment(texts: &[String], size: usize) -> HashMap<(usize, usize), f64> {
    let min = (MIN_WORDS + size - 1) as f64;
    brute_force_by(texts, size, |a, b, both| {
        let (small, large) = (a.min(b) as f64, a.max(b) as f64);
        both as f64 / small.max(large / MAX_RATIO).max(min.min(large))
    })
}

fn brute_force_by(
    texts: &[String],
    size: usize,
    measure: impl Fn(usize, usize, usize) -> f64,
) -> HashMap<(usize, usize), f64> {
    let sets: Vec<Vec<u64>> = texts.iter().map(|t| shingles(t, size)).collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, set) in sets.iter().enumerate() {
        for &s in set {
            postings.entry(s).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in postings.values() {
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    shared.into_iter().map(|((a, b), both)| ((a, b), measure(sets[a].len(), sets[b].len(), both))).collect()
}

/// Precision, recall and F1 of the pairs found against the true ones.
fn score(
    truth: &HashMap<(usize, usize), f64>,
    found: Vec<(usize, usize, f64)>,
    threshold: f64,
    what: &str,
) -> f64 {
    let want: HashSet<(usize, usize)> =
        truth.iter().filter(|(_, &j)| j >= threshold - 1e-9).map(|(&p, _)| p).collect();
    let got: HashSet<(usize, usize)> = found.into_iter().map(|(a, b, _)| (a, b)).collect();
    let hits = want.intersection(&got).count() as f64;
    let precision = hits / got.len().max(1) as f64;
    let recall = hits / want.len().max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    // near the threshold too, so the test means something
    let close = truth.values().filter(|&&j| (j - threshold).abs() < 0.1).count();
    eprintln!(
        "{what} {threshold}: {} true pairs ({close} within 0.1 of it), {} found; \
         precision {precision:.4} recall {recall:.4} F1 {f1:.4}",
        want.len(),
        got.len()
    );
    assert!(want.len() >= 300 && close >= 100, "too few pairs to measure: {}", want.len());
    f1
}

#[test]
fn pairs_agree_with_brute_force_jaccard() {
    let texts = generate(3000, 0x5eed_1234);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let truth = brute_force(&texts, 3);
    for threshold in [0.5, 0.8, 0.9] {
        let settings = Settings { numbers_must_agree: false, ..Settings::new(threshold) };
        let f1 = score(&truth, all_pairs(&refs, &settings), threshold, "jaccard");
        assert!(f1 >= 0.98, "threshold {threshold}: F1 {f1:.4}");
    }
}

/// Containment at the documented thresholds: 0.6 (the default, the setting
/// for syndication across outlets), 0.5 and 0.8.
#[test]
fn pairs_agree_with_brute_force_containment() {
    let texts = generate_with(3000, 0xc0_4a1e, true);
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let truth = brute_force_containment(&texts, 3);
    for threshold in [0.5, 0.6, 0.8] {
        let settings = Settings { numbers_must_agree: false, ..Settings::containment(threshold) };
        let f1 = score(&truth, all_pairs(&refs, &settings), threshold, "containment");
        assert!(f1 >= 0.99, "threshold {threshold}: F1 {f1:.4}");
    }
}

#[test]
fn exact_scores_for_sentence_sized_records() {
    // Records within the sketch size get the exact Jaccard, not an estimate.
    let texts = generate(400, 7);
    let short: Vec<&str> = texts.iter().map(String::as_str).filter(|t| t.split(' ').count() <= 60).collect();
    let owned: Vec<String> = short.iter().map(|s| s.to_string()).collect();
    let truth = brute_force(&owned, 3);
    for (a, b, j) in all_pairs(&short, &Settings { numbers_must_agree: false, ..Settings::new(0.5) }) {
        let want = truth[&(a, b)];
        assert!((j - want).abs() < 1e-9, "{a} {b}: {j} vs {want}");
    }
}

#[test]
fn exact_containment_for_sentence_sized_records() {
    let texts = generate_with(400, 11, true);
    let short: Vec<&str> = texts.iter().map(String::as_str).filter(|t| t.split(' ').count() <= 60).collect();
    let owned: Vec<String> = short.iter().map(|s| s.to_string()).collect();
    let truth = brute_force_containment(&owned, 3);
    let settings = Settings { numbers_must_agree: false, ..Settings::containment(0.5) };
    let pairs = all_pairs(&short, &settings);
    assert!(pairs.len() > 50);
    for (a, b, c) in pairs {
        let want = truth[&(a, b)];
        assert!((c - want).abs() < 1e-9, "{a} {b}: {c} vs {want}");
    }
}
