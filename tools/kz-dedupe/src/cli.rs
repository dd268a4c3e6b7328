//! Command-line definition and wiring of kz-dedupe.

use std::io::Write;
use std::path::PathBuf;

use clap::{ArgAction, CommandFactory, Parser};
use kz_shared::error::warn;
use kz_shared::io::{Input, Output};

use kz_shared::record::write_record;
use kz_shared::stream::ReadAhead;
use kz_shared::{CommonArgs, Error, Record, Result};
use serde_json::{Map, Value};

use crate::engine::{Deduper, Features, Matcher, Outcome, Settings};
use crate::keys::{write_keys, KeyGroups};
use crate::sketch::{Banding, MinHasher};
use crate::text::hash_str;

const AFTER_HELP: &str = "\
Examples:
  # drop repeated sentences, keeping the first of each group
  kz-split reports/*.txt | kz-dedupe > unique.jsonl

  # keep everything, mark copies, and list which sentence each one copies
  kz-split reports/*.txt | kz-dedupe --mark \\
    | jq -c 'select(.dup_of) | {doc, sent, dup_of, similarity}'

  # syndicated articles: one line per group of near-identical documents
  kz-split --unit doc reports/*.txt | kz-dedupe --key title --key text --clusters \\
    | jq -c '{size, members: [.members[].doc]}'

  # paragraphs repeated inside the same article only
  kz-split --unit para reports/*.txt | kz-dedupe --within doc --mark | jq -c 'select(.dup_of)'

  # syndication across outlets: copies cut short, with a clause dropped or
  # edited count too (containment; 0.6 for sentences, --threshold 0.7 for documents)
  kz-split reports/*.txt | kz-dedupe --measure containment --mark

  # the candidate search done by sort (or Spark, Hadoop): same result as the plain run
  kz-dedupe --emit-keys sentences.jsonl | LC_ALL=C sort -S 1G > keys.tsv
  kz-dedupe --from-keys keys.tsv --mark sentences.jsonl > marked.jsonl

How it works: the key is normalised (case, Unicode quotes and dashes,
whitespace and punctuation do not count, nor agency tags and datelines at
its start and end; number words read as digits, units as their short form,
British spellings as American; digits count) and cut into shingles of
--shingle words, running over its start and end so that every word is in as
many shingles wherever it stands. Exact duplicates share the hash of the
normalised key; near duplicates are found by MinHash (one-permutation
hashing, densified) with LSH banding chosen from the threshold (99.5% recall
at the threshold itself; for containment, at the least Jaccard similarity a
pair at the threshold can have), and every candidate is confirmed on its
sketch: the similarity is exact for records of up to --sketch shingles
(sentences) and estimated for longer ones. Near duplicates must also agree
on their numbers, digits or words (one's numbers contain the other's), so
\"6 killed\" never copies \"17 killed\"; with containment, on their names
(capitalised words inside a sentence) too.
A record joins the most similar earlier kept record (an exact copy, the
earliest with the same normalised key); groups never chain. Template text
is bounded: at most 16 kept records are filed under one LSH key.
Records without a key field, or with no words in it, pass through unmerged.

Memory: per kept record, its sketch (4 bytes per shingle hash, at most
4 x --sketch = 256 bytes; about 100 for a sentence of 25 words), its numbers
(4 bytes each), a 4-byte header, a 16-byte summary that rules out most
candidates without reading the rest, and one 8-byte table slot per LSH band
plus one for the exact key (12 at the default threshold, 29 with containment
at 0.6) in a table kept at most 85% full; with --mark or --clusters also its
id. Duplicates cost nothing (with --clusters, their ids). About 250 bytes
held and 280 bytes of peak memory per kept sentence, so ten million kept
sentences fit in about 3 GiB. --stats prints the figure for a run.";

#[derive(Parser, Debug)]
#[command(
    name = "kz-dedupe",
    version,
    about = "Find exact and near-duplicate records (syndicated articles, repeated sentences)",
    long_about = "Find exact and near-duplicate records (syndicated articles, repeated sentences).\n\n\
By default the first record of each group of duplicates is kept and the others are dropped; \
--mark keeps every record and marks the copies; --clusters lists the groups.",
    after_long_help = format!("{AFTER_HELP}\n\n{}", kz_shared::cli::EXIT_STATUS_HELP)
)]
pub struct Cli {
    #[command(flatten)]
    pub common: CommonArgs,

    /// Field(s) to compare; repeat for several (`--key title --key text`).
    /// Default: the --field (text)
    #[arg(long = "key", value_name = "NAME", action = ArgAction::Append)]
    pub keys: Vec<String>,

    /// How alike two records are: `jaccard`, the shingles they share over
    /// all their shingles (a copy is about as long as its source), or
    /// `containment`, the shingles they share over those of the shorter (a
    /// copy may be cut short or lose a clause; the shorter counts as at least
    /// 10 words and a third of the longer). `similarity` reports this measure
    #[arg(long, value_enum, default_value_t = MeasureArg::Jaccard)]
    pub measure: MeasureArg,

    /// Similarity of the shingle sets (by --measure) at or above which two
    /// records are duplicates (1 = same shingles) [default: 0.8 for
    /// jaccard, 0.6 for containment]
    #[arg(long, value_name = "T", value_parser = parse_threshold)]
    pub threshold: Option<f64>,

    /// Words per shingle (shingles run over the start and end of the key, so
    /// a one-word key has some too)
    #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub shingle: u16,

    /// Shingle hashes kept per record to confirm candidates: exact Jaccard up
    /// to this many shingles, an estimate beyond (4 bytes each)
    #[arg(long, value_name = "K", default_value_t = 64, value_parser = clap::value_parser!(u16).range(8..=255))]
    pub sketch: u16,

    /// LSH bands (default: chosen from the threshold); needs --rows
    #[arg(long, value_name = "B", requires = "rows", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub bands: Option<u16>,

    /// Min-hashes per LSH band (default: chosen from the threshold); needs --bands
    #[arg(long, value_name = "R", requires = "bands", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub rows: Option<u16>,

    /// Compare only records with the same value of FIELD (`--within doc`:
    /// repeats inside one document); records without it pass through
    #[arg(long, value_name = "FIELD")]
    pub within: Option<String>,

    /// Keep every record; add `cluster` (group number, from 1) to compared
    /// records and `dup_of` (the first record's doc and sent or para, or its
    /// line) and `similarity` to duplicates
    #[arg(long, conflicts_with_all = ["clusters", "emit_keys"])]
    pub mark: bool,

    /// Print one line per group of two or more: cluster, size, members
    /// (doc/sent or line; similarity to the first)
    #[arg(long, conflicts_with = "emit_keys")]
    pub clusters: bool,

    /// Print the LSH keys of each record (KEY<TAB>RECORD-NUMBER) for an
    /// external engine to group, instead of deduplicating
    #[arg(long, conflicts_with = "from_keys")]
    pub emit_keys: bool,

    /// Take the candidates from FILE (--emit-keys output grouped by key,
    /// e.g. with LC_ALL=C sort) instead of finding them; use the same
    /// options as for --emit-keys
    #[arg(long, value_name = "FILE")]
    pub from_keys: Option<PathBuf>,

    /// Let near duplicates differ in their numbers (and, with containment,
    /// their names)
    #[arg(long)]
    pub numbers_may_differ: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasureArg {
    Jaccard,
    Containment,
}

/// The default threshold of each measure.
pub const JACCARD_THRESHOLD: f64 = 0.8;
pub const CONTAINMENT_THRESHOLD: f64 = 0.6;

fn parse_threshold(s: &str) -> std::result::Result<f64, String> {
    let t: f64 = s.parse().map_err(|_| format!("`{s}` is not a number"))?;
    if t > 0.0 && t <= 1.0 {
        Ok(t)
    } else {
        Err("the threshold must be above 0 and at most 1".into())
    }
}

/// The clap definition, also used to generate the man page.
pub fn command() -> clap::Command {
    Cli::command()
}

impl Cli {
    fn settings(&self) -> Settings {
        let mut s = match self.measure {
            MeasureArg::Jaccard => Settings::new(self.threshold.unwrap_or(JACCARD_THRESHOLD)),
            MeasureArg::Containment => Settings::containment(self.threshold.unwrap_or(CONTAINMENT_THRESHOLD)),
        };
        s.shingle = self.shingle as usize;
        s.sketch = self.sketch as usize;
        if let (Some(bands), Some(rows)) = (self.bands, self.rows) {
            s.banding = Banding { bands: bands as usize, rows: rows as usize };
        }
        s.numbers_must_agree = !self.numbers_may_differ;
        s
    }

    fn key_names(&self) -> Vec<String> {
        if self.keys.is_empty() {
            vec![self.common.field.clone()]
        } else {
            self.keys.clone()
        }
    }
}

/// The id of a record for `dup_of` and `--clusters`: its `doc` and `sent`
/// (or `para`) fields, or where it was read.
fn record_id(record: &Record, input: &str, line: u64, several_inputs: bool) -> Map<String, Value> {
    let mut id = Map::new();
    // Sentences are known by doc and sent, paragraphs by doc and para.
    for field in ["doc", "sent", "para"] {
        if field == "para" && id.contains_key("sent") {
            break;
        }
        if let Some(v) = record.get(field) {
            if !v.is_null() {
                id.insert(field.into(), v.clone());
            }
        }
    }
    if id.is_empty() {
        if several_inputs {
            id.insert("input".into(), input.into());
        }
        id.insert("line".into(), line.into());
    }
    id
}

fn rounded(similarity: f64) -> Value {
    Value::from((similarity * 1000.0).round() / 1000.0)
}

/// Ids of the kept records, as JSON text in one buffer.
#[derive(Default)]
struct Ids {
    text: String,
    ends: Vec<usize>,
}

impl Ids {
    fn push(&mut self, id: &Map<String, Value>) {
        self.text.push_str(&Value::Object(id.clone()).to_string());
        self.ends.push(self.text.len());
    }

    fn get(&self, i: u32) -> Value {
        let i = i as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        serde_json::from_str(&self.text[start..self.ends[i]]).unwrap_or(Value::Null)
    }

    fn bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 8
    }
}

enum Search {
    Memory(Box<Deduper>),
    Keys { groups: KeyGroups, matcher: Box<Matcher>, kept_as: Vec<u32> },
    Emit,
}

const NOT_KEPT: u32 = u32::MAX;

/// What the read-ahead thread makes of a record.
#[derive(Default)]
struct Ahead {
    /// The record has at least one key field.
    has_key: bool,
    /// It has words to compare (and a scope): `features` are filled.
    compared: bool,
    features: Features,
}

impl Ahead {
    fn prepare(&mut self, record: &Record, keys: &[String], within: Option<&str>, settings: &Settings) {
        let scope = match within {
            None => Some(0),
            Some(field) => match record.get(field) {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(hash_str(s)),
                Some(other) => Some(hash_str(&other.to_string())),
            },
        };
        self.features.start(settings);
        let mut found = 0;
        for key in keys {
            // Borrowed from the line unless the text has escapes: no copy per record.
            if let Some(text) = record.get_str(key) {
                if scope.is_some() {
                    self.features.words.add_field(&text, found == 0);
                }
                found += 1;
            }
        }
        self.has_key = found > 0;
        self.compared = match scope {
            Some(scope) if self.has_key => self.features.compute(settings, scope),
            _ => false,
        };
    }
}

pub fn run(cli: Cli) -> Result<()> {
    let settings = cli.settings();
    let keys = cli.key_names();
    let several_inputs = Input::list(&cli.common.inputs).len() > 1;
    let mut search = if cli.emit_keys {
        Search::Emit
    } else if let Some(path) = &cli.from_keys {
        let groups = KeyGroups::read(&Input::list(std::slice::from_ref(path)).remove(0))?;
        Search::Keys { groups, matcher: Box::new(Matcher::new(settings.clone())), kept_as: Vec::new() }
    } else {
        Search::Memory(Box::new(Deduper::new(settings.clone())))
    };
    // The distinct candidates are counted only for --stats.
    match &mut search {
        Search::Memory(d) => d.matcher.count_candidates = cli.common.stats,
        Search::Keys { matcher, .. } => matcher.count_candidates = cli.common.stats,
        Search::Emit => {}
    }

    // Reading, parsing and the per-record features (the bulk of the work)
    // are done in a thread of their own; this one compares in order.
    let mut reader = {
        let (keys, within, settings) = (keys.clone(), cli.within.clone(), settings.clone());
        // --emit-keys prints every record's band keys: they are computed
        // here. A plain run computes them in the comparing thread, and only
        // for records that are not exact duplicates (a third of the
        // benchmark's sentences), which also shares the work between the
        // two threads more evenly; --from-keys takes its candidates from the
        // file and needs none.
        let mut minhasher = cli.emit_keys.then(|| MinHasher::new(settings.banding));
        ReadAhead::start(&cli.common, move |record, ahead: &mut Ahead| {
            ahead.prepare(record, &keys, within.as_deref(), &settings);
            if let (true, Some(minhasher)) = (ahead.compared, &mut minhasher) {
                ahead.features.compute_band_keys(minhasher);
            }
        })?
    };
    let mut out = Output::create(cli.common.output.as_deref())?;
    let need_ids = cli.mark || cli.clusters;
    let mut ids = Ids::default();
    // --clusters: (group, id, similarity) of each duplicate.
    let mut members: Vec<(u32, Map<String, Value>, f64)> = Vec::new();
    let mut groups_with_copies = 0u64;
    let mut records: u64 = 0;
    let mut with_key: u64 = 0;
    let mut candidates = Vec::new();
    let mut exact = Vec::new();

    while let Some(mut batch) = reader.next_batch()? {
        // The records stay in the batch: handed back with it, they are
        // reused and freed by the reading thread, where they were allocated
        // (dropping them here cost this thread 2% of its work, and the
        // reader its allocations).
        for (i, record) in batch.records.iter_mut().enumerate() {
            let (this, after) = batch.values[i..].split_at_mut(1);
            let ahead = &mut this[0];
            let (input, line) = batch.positions[i];
            records += 1;
            with_key += ahead.has_key as u64;
            let features = ahead.compared.then_some(&mut ahead.features);

            let outcome = match &mut search {
                Search::Memory(d) => {
                    let next = after.first().filter(|a| a.compared).map(|a| a.features.exact_key);
                    d.add_features_before(features, next)
                }
                Search::Emit => {
                    if let Some(features) = features {
                        write_keys(&mut out, features.exact_key, &features.band_keys, records)?;
                    }
                    continue;
                }
                Search::Keys { groups, matcher, kept_as } => {
                    matcher.stats.records += 1;
                    kept_as.push(NOT_KEPT);
                    let record_no = u32::try_from(records)
                        .map_err(|_| Error::Other("--from-keys handles at most 4294967295 records".into()))?;
                    match features {
                        None => Outcome::NotCompared,
                        Some(features) => {
                            let kept_of = |r: u32| {
                                let k = kept_as[r as usize - 1];
                                (k != NOT_KEPT).then_some(k)
                            };
                            groups.candidates(record_no, kept_of, &mut exact, &mut candidates);
                            let (best, is_exact) = match features.exact_match(&matcher.kept, &exact) {
                                Some(h) => (Some((h, 1.0)), true),
                                None => {
                                    candidates.extend_from_slice(&exact);
                                    (matcher.best_match(features, &mut candidates), false)
                                }
                            };
                            let (outcome, handle) = matcher.decide(features, best, is_exact);
                            if let Some(handle) = handle {
                                kept_as[records as usize - 1] = handle;
                            }
                            outcome
                        }
                    }
                }
            };

            if need_ids {
                if let Outcome::Kept { .. } = outcome {
                    ids.push(&record_id(record, reader.input_name(input), line, several_inputs));
                }
            }
            if cli.clusters {
                if let Outcome::Duplicate { group, similarity } = outcome {
                    let id = record_id(record, reader.input_name(input), line, several_inputs);
                    members.push((group, id, similarity));
                }
                continue;
            }
            match outcome {
                Outcome::NotCompared => write_record(&mut out, record)?,
                Outcome::Kept { group } => {
                    if cli.mark {
                        // A record marked by an earlier run may be kept now.
                        record.remove("dup_of");
                        record.remove("similarity");
                        record.insert("cluster".into(), (group as u64 + 1).into());
                    }
                    write_record(&mut out, record)?;
                }
                Outcome::Duplicate { group, similarity } => {
                    if cli.mark {
                        record.insert("dup_of".into(), ids.get(group));
                        record.insert("similarity".into(), rounded(similarity));
                        record.insert("cluster".into(), (group as u64 + 1).into());
                        write_record(&mut out, record)?;
                    }
                }
            }
        }
        reader.recycle(batch);
    }

    if cli.clusters {
        members.sort_by_key(|m| m.0);
        let mut i = 0;
        while i < members.len() {
            let group = members[i].0;
            let mut list = vec![ids.get(group)];
            while i < members.len() && members[i].0 == group {
                let (_, id, similarity) = &mut members[i];
                let mut id = std::mem::take(id);
                id.insert("similarity".into(), rounded(*similarity));
                list.push(Value::Object(id));
                i += 1;
            }
            let mut line = Map::new();
            line.insert("cluster".into(), (group as u64 + 1).into());
            line.insert("size".into(), list.len().into());
            line.insert("members".into(), Value::Array(list));
            write_record(&mut out, &Record::from(line))?;
            groups_with_copies += 1;
        }
    }

    if records > 0 && with_key == 0 {
        warn(format_args!(
            "no record had a string field {}; records were passed through unchanged",
            keys.iter().map(|k| format!("\"{k}\"")).collect::<Vec<_>>().join(" or ")
        ));
    }
    if cli.common.stats {
        let (stats, bytes) = match &search {
            Search::Memory(d) => (Some(d.matcher.stats.clone()), d.bytes()),
            Search::Keys { matcher, kept_as, .. } => {
                (Some(matcher.stats.clone()), matcher.kept.bytes() + kept_as.capacity() * 4)
            }
            Search::Emit => (None, 0),
        };
        if let Some(s) = stats {
            let bytes = bytes + ids.bytes();
            let per_kept = if s.kept > 0 { bytes as f64 / s.kept as f64 } else { 0.0 };
            eprintln!(
                "kz-dedupe: {} records, {} compared, {} kept, {} exact and {} near duplicates{}; \
                 {} candidates confirmed; {} bytes held, {:.0} per kept record",
                s.records,
                s.compared,
                s.kept,
                s.exact,
                s.near,
                if cli.clusters { format!(" in {groups_with_copies} groups") } else { String::new() },
                s.candidates,
                bytes,
                per_kept
            );
        }
    }
    reader.finish()?;
    out.flush()?;
    out.finish()
}
