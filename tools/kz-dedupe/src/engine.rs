//! The streaming deduplicator: each record is compared with the records kept
//! before it (the first of each group); it joins the most similar one at or
//! above the threshold, or is kept and starts a group of its own.
//!
//! Groups are stars around their first record, never chains: a record that
//! resembles a duplicate but not the group's first record starts a new group,
//! so two different reports are not merged through a series of small edits.

use crate::index::{BandIndex, MAX_PER_KEY};
use crate::reach::Reach;
use crate::sketch::{
    bottom_k, containment, containment_at_least, containment_bound, exact_key, jaccard, jaccard_at_least,
    jaccard_bound, Banding, Guard, MinHasher, SketchRef, MAX_SIZE,
};
use crate::text::Words;

/// The numbers of a record are kept for at most this many distinct numbers;
/// beyond that (long documents) the numbers rule is not applied.
pub const MAX_NUMBERS: usize = 16;

/// With containment, names count with the numbers, for at most this many.
pub const MAX_FACTS: usize = 32;

/// How alike two records are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Shared shingles over all shingles of the two: a copy must be about
    /// as long as its source.
    Jaccard,
    /// Shared shingles over the shingles of the smaller (within
    /// [`Guard`]s): a copy may be cut short or lose a clause.
    Containment,
}

/// Containment: the smaller text counts as at least this many words. Below
/// ten words a sentence is mostly a formula ("the ministry said on Monday",
/// "the investigation continues") that many different reports share; on
/// the republished sentences of the development set, eight words let
/// template sentences through and twelve lost real copies.
pub const MIN_WORDS: usize = 10;

/// Containment: the smaller text counts as at least 1/MAX_RATIO of the
/// larger, so a copy may be cut to a third of its source but a one-line
/// brief is not a copy of a long report. It also bounds the least Jaccard
/// similarity of a pair at the threshold, and so the LSH bands needed.
pub const MAX_RATIO: f64 = 3.0;

#[derive(Debug, Clone)]
pub struct Settings {
    pub measure: Measure,
    pub threshold: f64,
    pub shingle: usize,
    /// Sketch size k (hashes kept per record).
    pub sketch: usize,
    pub banding: Banding,
    /// Near duplicates must agree on their numbers (one's numbers contain
    /// the other's).
    pub numbers_must_agree: bool,
    /// Containment: [`MIN_WORDS`].
    pub min_words: usize,
    /// Containment: [`MAX_RATIO`].
    pub max_ratio: f64,
}

impl Settings {
    /// Jaccard similarity at or above `threshold`.
    pub fn new(threshold: f64) -> Self {
        Settings {
            measure: Measure::Jaccard,
            threshold,
            shingle: 3,
            sketch: 64,
            banding: Banding::for_threshold(threshold),
            numbers_must_agree: true,
            min_words: MIN_WORDS,
            max_ratio: MAX_RATIO,
        }
    }

    /// Containment at or above `threshold`.
    pub fn containment(threshold: f64) -> Self {
        let mut s = Settings::new(threshold);
        s.measure = Measure::Containment;
        s.banding = Banding::for_containment(threshold, s.guard());
        s
    }

    /// The containment measure's guards, in shingles.
    pub fn guard(&self) -> Guard {
        Guard { min: self.min_words + self.shingle.max(1) - 1, max_ratio: self.max_ratio }
    }

    /// The measure of two sketched records.
    pub fn similarity(&self, a: SketchRef, b: SketchRef) -> f64 {
        match self.measure {
            Measure::Jaccard => jaccard(a, b, self.sketch),
            Measure::Containment => containment(a, b, self.sketch, self.guard()),
        }
    }

    /// False when the summaries of two records show that they cannot be
    /// duplicates: their numbers conflict (`check_numbers`), or their
    /// sketches are complete and share too few values to reach the
    /// threshold. The bounds are those [`Self::similarity_at_least`]
    /// computes with the most shared values, so it answers None whenever
    /// this answers false.
    /// (The matcher answers from a table, [`crate::reach::Reach`]; this is
    /// the rule it is tested against.)
    #[cfg(test)]
    pub(crate) fn may_reach(&self, a: Summary, b: Summary, check_numbers: bool) -> bool {
        if check_numbers && a.numbers_conflict(b) {
            return false;
        }
        let Some(both) = a.most_shared(b) else { return true };
        self.shared_may_reach(both, a.len(), b.len())
    }

    /// True when two complete sketches of `n` and `m` values that share
    /// `both` reach the threshold (more shared values reach it sooner).
    pub(crate) fn shared_may_reach(&self, both: usize, n: usize, m: usize) -> bool {
        let most = match self.measure {
            Measure::Jaccard => both as f64 / (n + m - both) as f64,
            Measure::Containment => both as f64 / self.guard().denominator(n, m),
        };
        most + 1e-9 >= self.threshold
    }

    /// The measure when it is at least the threshold, else None.
    pub(crate) fn similarity_at_least(&self, a: SketchRef, b: SketchRef) -> Option<f64> {
        let t = self.threshold;
        match self.measure {
            Measure::Jaccard => {
                if jaccard_bound(a, b) + 1e-9 < t {
                    return None;
                }
                jaccard_at_least(a, b, self.sketch, t)
            }
            Measure::Containment => {
                let guard = self.guard();
                if containment_bound(a, b, guard) + 1e-9 < t {
                    return None;
                }
                containment_at_least(a, b, self.sketch, t, guard)
            }
        }
    }
}

/// What became of a record.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Outcome {
    /// No key, no words, or no scope: passed through, never merged.
    NotCompared,
    /// Kept: the first record of group `group` (0-based, in order of appearance).
    Kept { group: u32 },
    /// A duplicate of the first record of `group`, with its similarity.
    Duplicate { group: u32, similarity: f64 },
}

/// One record's features, computed once and reused for every candidate.
#[derive(Default)]
pub struct Features {
    pub words: Words,
    shingles: Vec<u64>,
    pub sketch: Vec<u32>,
    pub complete: bool,
    /// Distinct shingles (at most [`MAX_SIZE`]).
    pub size: u32,
    /// Sorted distinct number hashes, or None when there are too many.
    pub numbers: Option<Vec<u32>>,
    /// The allocation of `numbers` while it is None.
    spare_numbers: Vec<u32>,
    pub exact_key: u64,
    pub band_keys: Vec<u64>,
    scope: u64,
    /// What candidates are first checked against.
    pub summary: Summary,
}

impl Features {
    /// Get ready to read a record's key texts into `words`.
    pub fn start(&mut self, settings: &Settings) {
        self.words.clear();
        // Containment counts names with the numbers: a copy keeps them.
        self.words.names_wanted = settings.measure == Measure::Containment && settings.numbers_must_agree;
    }

    /// Read a record's key texts (the first is the main one) and compute
    /// all but the band keys; false when there is nothing to compare.
    pub fn fill<'a>(
        &mut self,
        keys: impl IntoIterator<Item = &'a str>,
        settings: &Settings,
        scope: u64,
    ) -> bool {
        self.start(settings);
        for (i, text) in keys.into_iter().enumerate() {
            self.words.add_field(text, i == 0);
        }
        self.compute(settings, scope)
    }

    /// Compute from `words` (already filled), all but the band keys; false
    /// when there is nothing to compare (no words).
    pub fn compute(&mut self, settings: &Settings, scope: u64) -> bool {
        if self.words.hashes.is_empty() {
            return false;
        }
        self.words.shingles(settings.shingle, &mut self.shingles);
        self.complete = bottom_k(&self.shingles, settings.sketch, &mut self.sketch);
        self.size = (self.shingles.len() as u32).min(MAX_SIZE);
        // The list of the last record (or the spare one) is reused: no
        // allocation per record.
        let mut numbers = self.numbers.take().unwrap_or_else(|| std::mem::take(&mut self.spare_numbers));
        numbers.clear();
        numbers.extend(self.words.numbers.iter().map(|&n| (n >> 32) as u32));
        let most = if self.words.names_wanted {
            if !self.words.title_case() {
                numbers.extend(self.words.names.iter().map(|&n| (n >> 32) as u32));
            }
            MAX_FACTS
        } else {
            MAX_NUMBERS
        };
        numbers.sort_unstable();
        numbers.dedup();
        if numbers.len() <= most {
            self.numbers = Some(numbers);
        } else {
            self.spare_numbers = numbers;
        }
        self.summary = Summary::new(&self.sketch, self.complete, self.numbers.as_deref());
        self.exact_key = exact_key(self.words.exact_hash(), scope);
        self.scope = scope;
        self.band_keys.clear();
        true
    }

    /// Compute the LSH band keys (only needed when the record is not an
    /// exact duplicate; [`Deduper::add_features`] computes them if they are
    /// not yet).
    pub fn compute_band_keys(&mut self, minhasher: &mut MinHasher) {
        minhasher.band_keys(&self.shingles, self.scope, &mut self.band_keys);
    }

    /// The exact duplicate among the kept records `exact` (those filed
    /// under the exact key, in any order): the earliest whose sketch is the
    /// same (a hash collision would not be).
    pub fn exact_match(&self, kept: &Kept, exact: &[u32]) -> Option<u32> {
        let mine = self.sketch_ref();
        let mut first = None;
        for &h in exact {
            if first.is_some_and(|f| f < h) {
                continue;
            }
            // Equal sketches and numbers have equal summaries.
            if !kept.summary(h).same_sketch(self.summary) {
                continue;
            }
            let other = kept.sketch(h);
            if other.complete == mine.complete
                && other.mins == mine.mins
                && kept.numbers(h) == self.numbers.as_deref()
            {
                first = Some(h);
            }
        }
        first
    }

    /// The record's sketch.
    pub fn sketch_ref(&self) -> SketchRef<'_> {
        SketchRef { mins: &self.sketch, complete: self.complete, size: self.size }
    }

    /// All keys: the exact key first, then the band keys.
    pub fn keys(&self) -> impl Iterator<Item = u64> + '_ {
        std::iter::once(self.exact_key).chain(self.band_keys.iter().copied())
    }
}

/// True when neither record's numbers contain the other's: "6 killed" and
/// "17 killed" are different claims however alike the rest of the text.
/// A copy that lost a sentence (and its numbers) still agrees.
pub(crate) fn numbers_conflict(a: &[u32], b: &[u32]) -> bool {
    !(is_subset(a, b) || is_subset(b, a))
}

/// A kept record's numbers `b`, if it has them, do not conflict with `a`.
fn agree(a: &[u32], b: Option<&[u32]>) -> bool {
    b.map_or(true, |b| !numbers_conflict(a, b))
}

fn is_subset(small: &[u32], big: &[u32]) -> bool {
    small.iter().all(|x| big.binary_search(x).is_ok())
}

/// What is known of a record before its sketch is read, 16 bytes: enough to
/// rule out nearly every candidate without reading the record itself (on
/// the benchmark's sentences, 99% of the candidates the LSH bands bring),
/// so a candidate costs one load from a dense array instead of two or three
/// cache lines scattered over the kept records.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// One bit per sketch value (`v % 64`) for a complete sketch, else 0
    /// (a compared record has at least one shingle, so a complete sketch
    /// sets at least one bit).
    bloom: u64,
    /// The sketch length (low 8 bits), and above them one bit per number
    /// (24 bits; all of them when there are too many numbers to keep).
    facts: u32,
    /// Where the record's entry starts in [`Kept`]'s data.
    offset: u32,
}

const FACT_BITS: u32 = 24;
const ALL_FACTS: u32 = (1 << FACT_BITS) - 1;

impl Summary {
    pub(crate) fn new(sketch: &[u32], complete: bool, numbers: Option<&[u32]>) -> Summary {
        let bloom = if complete { sketch.iter().fold(0u64, |b, &v| b | 1 << (v % 64)) } else { 0 };
        let facts = match numbers {
            None => ALL_FACTS,
            // The number hashes are uniform: their top bits pick one of 24.
            Some(n) => n.iter().fold(0, |m, &v| m | 1 << ((v as u64 * FACT_BITS as u64) >> 32)),
        };
        Summary { bloom, facts: sketch.len() as u32 | facts << 8, offset: 0 }
    }

    pub(crate) fn len(self) -> usize {
        (self.facts & 0xff) as usize
    }

    /// False when the two records' sketches or numbers differ.
    pub(crate) fn same_sketch(self, other: Summary) -> bool {
        self.bloom == other.bloom && self.facts == other.facts
    }

    fn numbers(self) -> u32 {
        self.facts >> 8
    }

    /// True when the numbers of neither record can contain the other's:
    /// a number whose bit one has and the other lacks is one the other
    /// lacks. (A record with too many numbers has every bit.)
    pub(crate) fn numbers_conflict(self, other: Summary) -> bool {
        let (a, b) = (self.numbers(), other.numbers());
        a & !b != 0 && b & !a != 0
    }

    /// True for a complete sketch (whose bloom has a bit set).
    pub(crate) fn has_bloom(self) -> bool {
        self.bloom != 0
    }

    /// How many bits of this bloom the other lacks: at least that many of
    /// this sketch's values are not in the other.
    pub(crate) fn only_here(self, other: Summary) -> usize {
        (self.bloom & !other.bloom).count_ones() as usize
    }

    /// At most how many sketch values two complete sketches share: a bit
    /// set in one bloom only was set by at least one value of that sketch
    /// that the other lacks. None unless both sketches are complete.
    #[cfg(test)]
    pub(crate) fn most_shared(self, other: Summary) -> Option<usize> {
        if !self.has_bloom() || !other.has_bloom() {
            return None;
        }
        Some((self.len() - self.only_here(other)).min(other.len() - other.only_here(self)))
    }
}

/// The kept records' sketches and numbers, in one flat array, and their
/// [`Summary`]s in another. A kept record is known by its handle, which is
/// its group number (the index of its summary): a header (sketch length,
/// count of numbers, completeness, set size), its numbers, its sketch.
/// Handles grow in order of appearance: the smaller handle is the earlier.
#[derive(Default)]
pub struct Kept {
    data: Vec<u32>,
    summaries: Vec<Summary>,
}

const NO_NUMBERS: u32 = 0xff;
const COMPLETE: u32 = 1 << 16;
/// The set size is kept in the header's top bits.
const SIZE_SHIFT: u32 = 17;

impl Kept {
    pub fn len(&self) -> usize {
        self.summaries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.summaries.is_empty()
    }

    /// Keep a record; returns its group number, which is also its handle.
    fn push(&mut self, f: &Features) -> u32 {
        let offset = u32::try_from(self.data.len()).expect("more than 16 GiB of sketches");
        let group = u32::try_from(self.summaries.len()).expect("more than 4294967295 kept records");
        let numbers = f.numbers.as_ref().map_or(NO_NUMBERS, |n| n.len() as u32);
        let flags = f.sketch.len() as u32
            | (numbers << 8)
            | if f.complete { COMPLETE } else { 0 }
            | (f.size.min(MAX_SIZE) << SIZE_SHIFT);
        self.data.push(flags);
        if let Some(n) = &f.numbers {
            self.data.extend_from_slice(n);
        }
        self.data.extend_from_slice(&f.sketch);
        self.summaries.push(Summary { offset, ..f.summary });
        group
    }

    pub fn group(&self, handle: u32) -> u32 {
        handle
    }

    fn summary(&self, handle: u32) -> Summary {
        self.summaries[handle as usize]
    }

    pub fn numbers(&self, handle: u32) -> Option<&[u32]> {
        let at = self.summary(handle).offset as usize;
        let n = (self.data[at] >> 8) & 0xff;
        (n != NO_NUMBERS).then(|| &self.data[at + 1..at + 1 + n as usize])
    }

    pub fn sketch(&self, handle: u32) -> SketchRef<'_> {
        let at = self.summary(handle).offset as usize;
        let flags = self.data[at];
        let n = (flags >> 8) & 0xff;
        let start = at + 1 + if n == NO_NUMBERS { 0 } else { n as usize };
        let len = (flags & 0xff) as usize;
        SketchRef {
            mins: &self.data[start..start + len],
            complete: flags & COMPLETE != 0,
            size: flags >> SIZE_SHIFT,
        }
    }

    pub fn bytes(&self) -> usize {
        self.data.capacity() * 4 + self.summaries.capacity() * std::mem::size_of::<Summary>()
    }

    /// Read the summary of every candidate at once: the loads do not depend
    /// on each other, so their cache misses overlap instead of coming one
    /// after another in the filtering loop.
    fn touch_summaries(&self, handles: &[u32]) {
        let sum = handles.iter().fold(0u32, |sum, &h| sum.wrapping_add(self.summaries[h as usize].offset));
        std::hint::black_box(sum);
    }

    /// The same for the entries of the candidates left: a kept sentence
    /// spans two or three cache lines, all read.
    fn touch(&self, handles: &[u32]) {
        let Some(last) = self.data.len().checked_sub(1) else {
            return;
        };
        let mut sum = 0u32;
        for &h in handles {
            let at = self.summary(h).offset as usize;
            sum = sum.wrapping_add(self.data[at]);
            sum = sum.wrapping_add(self.data[(at + 16).min(last)]);
            sum = sum.wrapping_add(self.data[(at + 32).min(last)]);
        }
        std::hint::black_box(sum);
    }
}

/// Counters for `--stats`.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub records: u64,
    pub compared: u64,
    pub kept: u64,
    pub exact: u64,
    pub near: u64,
    pub candidates: u64,
}

/// Compares each new record with the kept ones and decides its outcome.
pub struct Matcher {
    pub settings: Settings,
    pub kept: Kept,
    pub stats: Stats,
    /// Count the distinct candidates in `stats` (for `--stats`; they are
    /// otherwise not told apart until the few left after the summaries).
    pub count_candidates: bool,
    seen: Seen,
    reach: Reach,
}

/// The candidates already met, to take each once: a small hash set of
/// handles, emptied slot by slot after each record (sorting the candidates
/// instead was a quarter of the work with containment's bands, whose
/// common keys bring the same records many times).
#[derive(Default)]
struct Seen {
    slots: Vec<u32>,
    used: Vec<usize>,
}

const NO_HANDLE: u32 = u32::MAX;

impl Seen {
    /// Keep the first of each handle in `candidates`, in order.
    fn dedup(&mut self, candidates: &mut Vec<u32>) {
        let want = (candidates.len() * 2).next_power_of_two().max(64);
        if self.slots.len() < want {
            self.slots = vec![NO_HANDLE; want];
        }
        let mask = self.slots.len() - 1;
        candidates.retain(|&c| {
            let mut i = (c.wrapping_mul(0x9e37_79b9) >> 7) as usize & mask;
            loop {
                match self.slots[i] {
                    NO_HANDLE => {
                        self.slots[i] = c;
                        self.used.push(i);
                        return true;
                    }
                    h if h == c => return false,
                    _ => i = (i + 1) & mask,
                }
            }
        });
        for &i in &self.used {
            self.slots[i] = NO_HANDLE;
        }
        self.used.clear();
    }
}

impl Matcher {
    pub fn new(settings: Settings) -> Self {
        assert!(settings.sketch <= u8::MAX as usize, "sketch size above 255");
        Matcher {
            kept: Kept::default(),
            stats: Stats::default(),
            count_candidates: true,
            seen: Seen::default(),
            reach: Reach::new(&settings),
            settings,
        }
    }

    /// Confirm the candidates (kept-record handles, any order, repeats
    /// allowed): the most similar at or above the threshold, earliest first on
    /// ties. Returns its handle and the similarity.
    pub fn best_match(&mut self, f: &Features, candidates: &mut Vec<u32>) -> Option<(u32, f64)> {
        if self.count_candidates {
            self.dedup(candidates);
            self.stats.candidates += candidates.len() as u64;
        }
        // Rule out on their summaries the candidates that cannot reach the
        // threshold (nearly all), reading the summaries at once (their
        // cache misses overlap), then the entries of the others. A record
        // met under several keys is checked again (cheaply: its summary is
        // in the cache), and only the few left are told apart.
        self.kept.touch_summaries(candidates);
        let (me, check_numbers) = (f.summary, self.settings.numbers_must_agree && f.numbers.is_some());
        let (reach, kept) = (&self.reach, &self.kept);
        // (a plain loop: `retain` called its closure out of line)
        let mut left = 0;
        for i in 0..candidates.len() {
            let c = candidates[i];
            if reach.may_reach(me, kept.summary(c), check_numbers) {
                candidates[left] = c;
                left += 1;
            }
        }
        candidates.truncate(left);
        if !self.count_candidates {
            self.dedup(candidates);
        }
        self.kept.touch(candidates);
        let mut best: Option<(u32, f64)> = None;
        let sketch = f.sketch_ref();
        let numbers = f.numbers.as_deref().filter(|_| self.settings.numbers_must_agree);
        for &c in candidates.iter() {
            // Nothing beats an identical record but an earlier one.
            if best.is_some_and(|(bc, bj)| bj >= 1.0 && c > bc) {
                continue;
            }
            if let Some(a) = numbers {
                if !agree(a, self.kept.numbers(c)) {
                    continue;
                }
            }
            let Some(j) = self.settings.similarity_at_least(sketch, self.kept.sketch(c)) else {
                continue;
            };
            // The most similar; of equals, the earliest (the smaller handle).
            if best.map_or(true, |(bc, bj)| j > bj || (j == bj && c < bc)) {
                best = Some((c, j));
            }
        }
        best
    }

    /// Keep the first of each handle in `candidates`. A few dozen are
    /// sorted; the hundreds that containment's bands bring go through a
    /// hash set (sorting them was a quarter of the work).
    fn dedup(&mut self, candidates: &mut Vec<u32>) {
        if candidates.len() <= 64 {
            candidates.sort_unstable();
            candidates.dedup();
        } else {
            self.seen.dedup(candidates);
        }
    }

    /// Record the outcome of a compared record: a duplicate of `best` (an
    /// exact one when `exact`), or kept (then also its handle).
    pub fn decide(&mut self, f: &Features, best: Option<(u32, f64)>, exact: bool) -> (Outcome, Option<u32>) {
        self.stats.compared += 1;
        match best {
            Some((handle, similarity)) => {
                let group = self.kept.group(handle);
                if exact {
                    self.stats.exact += 1;
                } else {
                    self.stats.near += 1;
                }
                (Outcome::Duplicate { group, similarity }, None)
            }
            None => {
                self.stats.kept += 1;
                let group = self.kept.push(f);
                (Outcome::Kept { group }, Some(group))
            }
        }
    }
}

/// The whole in-memory deduplicator: a matcher plus the LSH table.
pub struct Deduper {
    pub matcher: Matcher,
    pub index: BandIndex,
    pub minhasher: MinHasher,
    pub features: Features,
    candidates: Vec<u32>,
    filed: Vec<usize>,
}

impl Deduper {
    pub fn new(settings: Settings) -> Self {
        let minhasher = MinHasher::new(settings.banding);
        Deduper {
            matcher: Matcher::new(settings),
            index: BandIndex::new(),
            minhasher,
            features: Features::default(),
            candidates: Vec::new(),
            filed: Vec::new(),
        }
    }

    /// Compare one record given its key texts (None when it has none) and
    /// its scope (None when `--within` is set and the record lacks the field).
    pub fn add<'a>(&mut self, keys: impl IntoIterator<Item = &'a str>, scope: Option<u64>) -> Outcome {
        let Some(scope) = scope else {
            return self.add_features(None);
        };
        let mut features = std::mem::take(&mut self.features);
        let outcome = if features.fill(keys, &self.matcher.settings, scope) {
            self.add_features(Some(&mut features))
        } else {
            self.add_features(None)
        };
        self.features = features;
        outcome
    }

    /// Compare one record given its features, filled by [`Features::fill`]
    /// (None: a record not compared, counted only).
    pub fn add_features(&mut self, features: Option<&mut Features>) -> Outcome {
        self.add_features_before(features, None)
    }

    /// [`Self::add_features`], given also the exact key of the record that
    /// comes next, if known. Each record's first read is the table bucket
    /// of its exact key, far away in a large table: the next record's is
    /// read while this one waits for its own reads, so that it is there
    /// when its turn comes.
    pub fn add_features_before(&mut self, features: Option<&mut Features>, next: Option<u64>) -> Outcome {
        self.matcher.stats.records += 1;
        let Some(f) = features else { return Outcome::NotCompared };
        // An exact duplicate joins the earliest kept record with the same
        // normalised key, without the band search.
        self.candidates.clear();
        let exact_filed = self.index.lookup(f.exact_key, |c| self.candidates.push(c));
        if exact_filed > 0 {
            self.index.touch(next);
            if let Some(h) = f.exact_match(&self.matcher.kept, &self.candidates) {
                return self.matcher.decide(f, Some((h, 1.0)), true).0;
            }
        }
        if f.band_keys.is_empty() {
            f.compute_band_keys(&mut self.minhasher);
        }
        let next = next.filter(|_| exact_filed == 0);
        self.index.touch(f.band_keys.iter().copied().chain(next));
        self.filed.clear();
        self.filed.push(exact_filed);
        for &key in &f.band_keys {
            let n = self.index.lookup(key, |c| self.candidates.push(c));
            self.filed.push(n);
        }
        let best = self.matcher.best_match(f, &mut self.candidates);
        let (outcome, handle) = self.matcher.decide(f, best, false);
        if let Some(handle) = handle {
            for (key, &n) in f.keys().zip(&self.filed) {
                if n < MAX_PER_KEY {
                    self.index.insert(key, handle);
                }
            }
        }
        outcome
    }

    /// Bytes held by everything kept per record (sketches, numbers, table).
    pub fn bytes(&self) -> usize {
        self.matcher.kept.bytes() + self.index.bytes()
    }
}

/// Every pair of records at or above the threshold, found as the tool finds
/// them (LSH candidates, then confirmation; the numbers rule if the settings
/// say so; no limit per LSH key), for measuring accuracy against a
/// brute-force count or labelled pairs. Returns (earlier, later, similarity).
pub fn all_pairs(texts: &[&str], settings: &Settings) -> Vec<(usize, usize, f64)> {
    let mut minhasher = MinHasher::new(settings.banding);
    let mut matcher = Matcher::new(settings.clone());
    let mut buckets: std::collections::HashMap<u64, Vec<u32>> = Default::default();
    let mut pairs = Vec::new();
    let mut f = Features::default();
    // The text of each kept record (records without words are not kept).
    let mut text_of = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        f.start(settings);
        f.words.add_field(text, true);
        if !f.compute(settings, 0) {
            continue;
        }
        f.compute_band_keys(&mut minhasher);
        let mut candidates = Vec::new();
        for key in f.keys() {
            if let Some(b) = buckets.get(&key) {
                candidates.extend_from_slice(b);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let sketch = f.sketch_ref();
        for &c in &candidates {
            if settings.numbers_must_agree {
                if let (Some(a), Some(b)) = (f.numbers.as_deref(), matcher.kept.numbers(c)) {
                    if numbers_conflict(a, b) {
                        continue;
                    }
                }
            }
            let j = settings.similarity(sketch, matcher.kept.sketch(c));
            if j + 1e-9 >= settings.threshold {
                pairs.push((text_of[matcher.kept.group(c) as usize], i, j));
            }
        }
        text_of.push(i);
        let handle = matcher.kept.push(&f);
        for key in f.keys() {
            buckets.entry(key).or_default().push(handle);
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[&str], threshold: f64) -> Vec<Outcome> {
        let mut d = Deduper::new(Settings::new(threshold));
        texts.iter().map(|t| d.add([*t], Some(0))).collect()
    }

    #[test]
    fn exact_copies_after_normalisation_are_duplicates() {
        let out = run(
            &["Police detained two men in Taraz on Monday.", "police detained two men in  Taraz on Monday"],
            0.8,
        );
        assert_eq!(out[0], Outcome::Kept { group: 0 });
        assert_eq!(out[1], Outcome::Duplicate { group: 0, similarity: 1.0 });
    }

    #[test]
    fn short_sentences_with_different_words_stay_apart() {
        let out = run(&["He said.", "She said.", "He said.", "Police said.", "Police said so."], 0.8);
        assert_eq!(out[0], Outcome::Kept { group: 0 });
        assert_eq!(out[1], Outcome::Kept { group: 1 });
        assert_eq!(out[2], Outcome::Duplicate { group: 0, similarity: 1.0 });
        assert_eq!(out[3], Outcome::Kept { group: 2 });
        assert_eq!(out[4], Outcome::Kept { group: 3 });
    }

    #[test]
    fn a_different_number_is_a_different_claim() {
        // 32 words: one changed word leaves 31 of 34 shingles shared (0.84).
        let base = "Six people were killed and WORD were injured when a group of armed men attacked \
                    a traffic police post on the outskirts of Shymkent late on Wednesday night, \
                    the regional police said";
        let a = base.replace("WORD", "17");
        let out = run(&[&a, &base.replace("WORD", "19")], 0.8);
        assert_eq!(out[1], Outcome::Kept { group: 1 });
        // the same change to a word that is not a number is a near copy
        let out = run(&[&a, &a.replace("injured", "wounded")], 0.8);
        assert!(matches!(out[1], Outcome::Duplicate { group: 0, .. }), "{out:?}");
    }

    #[test]
    fn groups_are_stars_not_chains() {
        // b is 0.83-similar to a (last two words changed), c 0.83-similar to
        // b (first two changed), but c is only 0.68-similar to a.
        let words: Vec<String> = (1..=40).map(|i| format!("w{i}")).collect();
        let mut b = words.clone();
        b[38] = "x39".into();
        b[39] = "x40".into();
        let mut c = b.clone();
        c[0] = "y1".into();
        c[1] = "y2".into();
        let (a, b, c) = (words.join(" "), b.join(" "), c.join(" "));
        let out = run(&[&a, &b, &c], 0.8);
        assert!(matches!(out[1], Outcome::Duplicate { group: 0, .. }), "{out:?}");
        assert!(matches!(out[2], Outcome::Kept { .. }), "{out:?}");
    }

    #[test]
    fn records_without_words_are_not_compared() {
        let out = run(&["...", "..."], 0.8);
        assert_eq!(out, vec![Outcome::NotCompared, Outcome::NotCompared]);
    }

    fn run_with(texts: &[&str], settings: Settings) -> Vec<Outcome> {
        let mut d = Deduper::new(settings);
        texts.iter().map(|t| d.add([*t], Some(0))).collect()
    }

    fn copies(settings: Settings, source: &str, copy: &str) -> Option<f64> {
        match run_with(&[source, copy], settings)[1] {
            Outcome::Duplicate { group: 0, similarity } => Some(similarity),
            _ => None,
        }
    }

    const REPORT: &str = "Border guards detained three men who tried to cross into Kyrgyzstan with \
                          forty kilograms of hashish near the village of Karasu on Saturday night, \
                          the national security committee said in a statement on Monday.";

    #[test]
    fn a_copy_cut_short_is_one_by_containment_not_by_jaccard() {
        let cut = "Border guards detained three men who tried to cross into Kyrgyzstan with forty \
                   kilograms of hashish near the village of Karasu on Saturday night.";
        let c = copies(Settings::containment(0.6), REPORT, cut).expect("a cut copy");
        assert!(c > 0.85, "{c}");
        assert_eq!(copies(Settings::new(0.8), REPORT, cut), None);
        // whichever comes first
        assert!(copies(Settings::containment(0.6), cut, REPORT).is_some());
    }

    #[test]
    fn a_copy_with_a_clause_dropped() {
        let dropped = "Border guards detained three men who tried to cross into Kyrgyzstan with forty \
                       kilograms of hashish, the national security committee said in a statement on Monday.";
        assert!(copies(Settings::containment(0.6), REPORT, dropped).is_some());
        assert_eq!(copies(Settings::new(0.8), REPORT, dropped), None);
    }

    #[test]
    fn a_copy_with_its_units_and_numbers_rewritten() {
        let rewritten = "Border guards detained 3 men who tried to cross into Kyrgyzstan with 40kg of \
                         hashish near the village of Karasu on Saturday night, the National Security \
                         Committee said in a statement on Monday.";
        assert_eq!(copies(Settings::containment(0.6), REPORT, rewritten), Some(1.0));
        assert_eq!(copies(Settings::new(0.8), REPORT, rewritten), Some(1.0));
        // but another amount is another claim
        let other = rewritten.replace("40kg", "14kg");
        assert_eq!(copies(Settings::containment(0.6), REPORT, &other), None);
    }

    #[test]
    fn another_sentence_on_the_same_template_is_not_a_copy() {
        let a = "Police in Taraz detained a man suspected of setting fire to a car dealership on \
                 Tuesday, the regional police department said.";
        let b = "Police in Semey detained a man suspected of stealing cattle from a farm near the \
                 city on Sunday, the regional police department said.";
        assert_eq!(copies(Settings::containment(0.6), a, b), None);
        let short = "The regional police department said.";
        assert_eq!(copies(Settings::containment(0.6), a, short), None);
    }

    #[test]
    fn a_short_sentence_inside_a_long_one_is_not_a_copy() {
        let long = "Two men were detained after the shooting at the market, the police said on Monday.";
        // five words, and seven: under the ten words a short text counts as
        for short in ["The police said on Monday.", "Two men were detained after the shooting."] {
            assert_eq!(copies(Settings::containment(0.6), long, short), None, "{short}");
        }
        // a repeat of a short sentence is still a duplicate
        assert!(copies(
            Settings::containment(0.6),
            "The police said on Monday.",
            "the police said on Monday"
        )
        .is_some());
    }

    #[test]
    fn russian_numbers_in_words_and_digits_agree_and_differ_as_numbers() {
        let digits = "В результате нападения на пост 17 человек получили ранения, ещё двое погибли, \
                      сообщили в МВД республики.";
        let words = "В результате нападения на пост семнадцать человек получили ранения, еще 2 погибли, \
                     сообщили в МВД республики.";
        assert_eq!(copies(Settings::new(0.8), digits, words), Some(1.0));
        let other = words.replace("семнадцать", "девятнадцать");
        assert_eq!(copies(Settings::containment(0.6), digits, &other), None);
        assert_eq!(copies(Settings::new(0.5), digits, &other), None);
    }
}
