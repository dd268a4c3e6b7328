//! `kz-timeline` (default mode): one entry per date, oldest first, with the
//! sentences that happened then and the casualty claims of every outlet.
//!
//! Records are read one document at a time (they arrive together); of each
//! sentence only a compact summary is kept, and only when it is dated by its
//! own words or carries a claim. A document's summaries are placed when the
//! document ends, since an undated sentence may fall back on the date of the
//! document's main event.
//!
//! Memory grows with the dated sentences only, and little with each: its
//! text, and numbers for everything else (ids, sources, places, dates, event
//! names are kept once, in [`Strings`]). The output's JSON is built one
//! entry at a time, when it is written.

use kz_shared::fxhash::{HashMap, HashSet};
use std::io::Write;

use kz_shared::record::TextField;
use kz_shared::{Record, Result};
use serde_json::{Map, Value};

use crate::annotate::Annotator;
use crate::civil::Date;
use crate::items::{self, take_bool, take_f64, take_str, take_u64, Item, Num, Read, Val};
use crate::view::{plain_count, Fields, Json};
use std::borrow::Cow;

/// Output formats of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per date
    Jsonl,
    /// One row per claim, for spreadsheets
    Csv,
    /// A readable Markdown table, for a report
    Md,
}

/// What to do with dates of unknown year and undated sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Undated {
    Keep,
    Drop,
}

/// Strings met again and again (document ids, sources, places, dates, event
/// names), each kept once and referred to by number.
pub(crate) struct Strings {
    ids: HashMap<Box<str>, u32>,
    list: Vec<Box<str>>,
}

/// Numbers of the strings every timeline has.
pub(crate) const DAY: u32 = 0;
pub(crate) const NONE: u32 = 1;

impl Strings {
    pub(crate) fn new() -> Self {
        let mut s = Strings { ids: HashMap::default(), list: Vec::new() };
        let fixed = [s.id("day"), s.id("none"), s.id("killed"), s.id("injured")];
        assert_eq!(fixed, [DAY, NONE, KILLED, INJURED]);
        s
    }

    pub(crate) fn id(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = u32::try_from(self.list.len()).expect("fewer than 4 billion distinct strings");
        self.list.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    pub(crate) fn get(&self, id: u32) -> &str {
        &self.list[id as usize]
    }
}

/// A date as the annotator wrote it, with its granularity (as [`Strings`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct DateKey {
    pub(crate) value: Option<u32>,
    pub(crate) granularity: u32,
}

/// A casualty figure as one sentence states it.
#[derive(Debug, Clone, Copy)]
struct Figure {
    event: u32,
    who_class: u32,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<u32>,
    /// Part of a total given in the same sentence ("including 11 attackers").
    subtotal: bool,
}

/// What the timeline keeps of one sentence until its document ends.
#[derive(Debug)]
struct Sentence {
    placed: Placed,
    own: Option<DateKey>,
    /// True when the sentence names a date that could not be placed.
    unresolved: bool,
    /// The date of the latest dated sentence before it in its paragraph
    /// (`Some(None)` when that sentence named a date that could not be placed).
    para_date: Option<Option<DateKey>>,
    /// Whether its own date is only when a source spoke ("said on Friday").
    report_only: bool,
    places: Vec<u32>,
    figures: Vec<Figure>,
}

/// What the output shows of a sentence: events and reports refer to it.
#[derive(Debug)]
struct Placed {
    doc: u32,
    source: Option<u32>,
    /// The `sent` field as JSON text (as [`Strings`]).
    sent: u32,
    text: Box<str>,
}

struct Entry {
    key: DateKey,
    docs: Vec<u32>,
    sources: Vec<u32>,
    places: Vec<u32>,
    /// (sentence, dated_by)
    events: Vec<(u32, &'static str)>,
    /// (event, who_class) → (sentence, figure), in order of arrival.
    claims: Vec<Claim>,
}

struct Claim {
    event: u32,
    who_class: u32,
    reports: Vec<(u32, Figure)>,
}

/// Builds the timeline from records streamed in document order.
pub struct Timeline {
    annotator: Annotator,
    field: String,
    strings: Strings,
    current_doc: Option<u32>,
    doc_published: Option<Date>,
    pending: Vec<Sentence>,
    last_para: Option<u32>,
    last_para_date: Option<Option<DateKey>>,
    sentences: Vec<Placed>,
    entries: Vec<Entry>,
    entry_of: HashMap<DateKey, u32>,
    /// (entry, list, string) already listed: docs, sources and places.
    seen: HashSet<(u32, u8, u32)>,
}

impl Timeline {
    pub fn new(anchor: Option<Date>, field: &str) -> Self {
        Timeline {
            annotator: Annotator::new(anchor),
            field: field.to_string(),
            strings: Strings::new(),
            current_doc: None,
            doc_published: None,
            pending: Vec::new(),
            last_para: None,
            last_para_date: None,
            sentences: Vec::new(),
            entries: Vec::new(),
            entry_of: HashMap::default(),
            seen: HashSet::default(),
        }
    }

    /// Take one record (annotated here when it has no `times`).
    pub fn add(&mut self, record: Record, field: &mut TextField) {
        let f = Fields::of(&record, Some(&self.field));
        let doc_name = f.doc.and_then(Json::str);
        let doc = self.strings.id(doc_name.as_deref().unwrap_or(""));
        if self.current_doc != Some(doc) {
            self.finish_doc();
            self.current_doc = Some(doc);
            self.doc_published = None;
            // A paragraph's date never carries into the next document.
            self.last_para = None;
            self.last_para_date = None;
        }
        let has_text = field.get(&record).is_some();
        // Records are not written out: the dates of a record without
        // `times` are used as the date reader found them.
        let text = f.text.and_then(Json::str);
        let read = (f.times.is_none() && has_text).then(|| {
            let (published, lang) = (f.published, f.lang);
            self.annotator.mentions_of(
                doc_name.as_deref(),
                text.as_deref(),
                || published.and_then(Json::str),
                || lang.and_then(Json::str),
            )
        });
        if self.doc_published.is_none() {
            self.doc_published = f.published.and_then(Json::str).as_deref().and_then(Date::parse_iso);
        }
        let para = match plain_count(f.para) {
            Some(raw) => Some(self.strings.id(raw)),
            None => record.get("para").map(|p| self.strings.id(&p.to_string())),
        };
        if para != self.last_para || para.is_none() {
            self.last_para = para;
            self.last_para_date = None;
        }
        let (own, unresolved, report_only) = match &read {
            Some(mentions) => own_date_of_mentions(mentions, &mut self.strings),
            None => own_date(f.times, &mut self.strings),
        };
        let figures = figures(f.numbers, &mut self.strings);
        let keep = own.is_some() || unresolved || !figures.is_empty();
        let para_date = self.last_para_date;
        if let Some(own) = own {
            self.last_para_date = Some(Some(own));
        } else if unresolved {
            self.last_para_date = Some(None);
        }
        if !keep {
            return;
        }
        let sent = match plain_count(f.sent) {
            Some(raw) => self.strings.id(raw),
            None => {
                let sent = record.get("sent").map_or_else(|| "null".to_string(), Value::to_string);
                self.strings.id(&sent)
            }
        };
        let placed = Placed {
            doc,
            source: f.source.and_then(Json::str).map(|s| self.strings.id(&s)),
            sent,
            text: text.as_deref().unwrap_or("").into(),
        };
        self.pending.push(Sentence {
            placed,
            para_date,
            places: places(f.entities, &mut self.strings),
            own,
            unresolved,
            report_only,
            figures,
        });
    }

    /// Place the sentences of the document just read.
    fn finish_doc(&mut self) {
        let sentences = std::mem::take(&mut self.pending);
        if sentences.is_empty() {
            return;
        }
        let main_event = main_event_date(&sentences);
        let main = main_event.or_else(|| {
            self.doc_published
                .map(|d| DateKey { value: Some(self.strings.id(&d.to_string())), granularity: DAY })
        });
        let main_by = if main_event.is_some() { "document" } else { "published" };
        for s in sentences {
            let (key, dated_by) = if let Some(own) = s.own {
                (own, "text")
            } else if s.unresolved {
                (UNDATED, "unresolved")
            } else if let Some(Some(p)) = s.para_date {
                (p, "paragraph")
            } else if let Some(None) = s.para_date {
                (UNDATED, "unresolved")
            } else if let Some(m) = main {
                (m, main_by)
            } else {
                (UNDATED, "none")
            };
            self.place(key, dated_by, s);
        }
    }

    fn place(&mut self, key: DateKey, dated_by: &'static str, s: Sentence) {
        let index = *self.entry_of.entry(key).or_insert_with(|| {
            self.entries.push(Entry {
                key,
                docs: Vec::new(),
                sources: Vec::new(),
                places: Vec::new(),
                events: Vec::new(),
                claims: Vec::new(),
            });
            (self.entries.len() - 1) as u32
        });
        let entry = &mut self.entries[index as usize];
        let seen = &mut self.seen;
        let mut add = |kind: u8, list: &mut Vec<u32>, item: u32| {
            if seen.insert((index, kind, item)) {
                list.push(item);
            }
        };
        add(0, &mut entry.docs, s.placed.doc);
        if let Some(src) = s.placed.source {
            add(1, &mut entry.sources, src);
        }
        for &p in &s.places {
            add(2, &mut entry.places, p);
        }
        let sentence = u32::try_from(self.sentences.len()).expect("fewer than 4 billion sentences");
        self.sentences.push(s.placed);
        entry.events.push((sentence, dated_by));
        for f in s.figures {
            match entry.claims.iter_mut().find(|c| (c.event, c.who_class) == (f.event, f.who_class)) {
                Some(c) => c.reports.push((sentence, f)),
                None => entry.claims.push(Claim {
                    event: f.event,
                    who_class: f.who_class,
                    reports: vec![(sentence, f)],
                }),
            }
        }
    }

    /// An entry as JSON values: (date, granularity, docs, sources, places,
    /// events, claims).
    fn entry_json(&self, entry: &Entry) -> EntryJson {
        let s = &self.strings;
        let strings = |ids: &[u32]| Value::Array(ids.iter().map(|&i| Value::from(s.get(i))).collect());
        let events = entry
            .events
            .iter()
            .map(|&(i, dated_by)| {
                let p = &self.sentences[i as usize];
                let mut ev = Map::new();
                ev.insert("doc".into(), Value::from(s.get(p.doc)));
                ev.insert("sent".into(), sent_json(s, p));
                ev.insert("text".into(), Value::from(&*p.text));
                ev.insert("dated_by".into(), Value::from(dated_by));
                Value::Object(ev)
            })
            .collect();
        let claims = entry.claims.iter().map(|c| claim_json(s, &self.sentences, c)).collect();
        EntryJson {
            granularity: s.get(entry.key.granularity).to_string(),
            docs: strings(&entry.docs),
            sources: strings(&entry.sources),
            places: strings(&entry.places),
            events,
            claims,
        }
    }

    /// Write one entry as a JSON line, straight from the compact form: the
    /// same bytes as serialising [`Timeline::entry_json`], without building it.
    fn write_entry(&self, out: &mut impl Write, entry: &Entry) -> serde_json::Result<()> {
        let s = &self.strings;
        let mut w = JsonWriter(out);
        w.raw("{\"date\":")?;
        match entry.key.value {
            Some(v) => w.str(s.get(v))?,
            None => w.raw("null")?,
        }
        w.raw(",\"granularity\":")?;
        w.str(s.get(entry.key.granularity))?;
        for (name, list) in [("docs", &entry.docs), ("sources", &entry.sources), ("places", &entry.places)] {
            w.raw(&format!(",\"{name}\":["))?;
            for (n, &id) in list.iter().enumerate() {
                w.comma(n)?;
                w.str(s.get(id))?;
            }
            w.raw("]")?;
        }
        w.raw(",\"events\":[")?;
        for (n, &(i, dated_by)) in entry.events.iter().enumerate() {
            let p = &self.sentences[i as usize];
            w.comma(n)?;
            w.raw("{\"doc\":")?;
            w.str(s.get(p.doc))?;
            w.raw(",\"sent\":")?;
            w.raw(s.get(p.sent))?;
            w.raw(",\"text\":")?;
            w.str(&p.text)?;
            w.raw(",\"dated_by\":")?;
            w.str(dated_by)?;
            w.raw("}")?;
        }
        w.raw("],\"claims\":[")?;
        for (n, c) in entry.claims.iter().enumerate() {
            let stats = claim_stats(&self.sentences, c);
            w.comma(n)?;
            w.raw("{\"event\":")?;
            w.str(s.get(c.event))?;
            w.raw(",\"who_class\":")?;
            w.str(s.get(c.who_class))?;
            w.raw(",\"low\":")?;
            w.value(&num_json(stats.low))?;
            w.raw(",\"best\":")?;
            w.value(&num_json(stats.best))?;
            w.raw(",\"high\":")?;
            w.value(&num_json(stats.high))?;
            w.raw(",\"reports\":[")?;
            for (n, (i, f)) in c.reports.iter().enumerate() {
                let p = &self.sentences[*i as usize];
                w.comma(n)?;
                w.raw("{\"doc\":")?;
                w.str(s.get(p.doc))?;
                w.raw(",\"source\":")?;
                w.opt_str(p.source.map(|x| s.get(x)))?;
                w.raw(",\"sent\":")?;
                w.raw(s.get(p.sent))?;
                w.raw(",\"value\":")?;
                w.opt_num(f.value)?;
                if f.low.is_some() || f.high.is_some() {
                    w.raw(",\"low\":")?;
                    w.opt_num(f.low)?;
                    w.raw(",\"high\":")?;
                    w.opt_num(f.high)?;
                }
                w.raw(",\"qualifier\":")?;
                w.opt_str(f.qualifier.map(|q| s.get(q)))?;
                if f.subtotal {
                    w.raw(",\"subtotal\":true")?;
                }
                w.raw(",\"text\":")?;
                w.str(&p.text)?;
                w.raw("}")?;
            }
            w.raw(if stats.conflict { "],\"conflict\":true}" } else { "],\"conflict\":false}" })?;
        }
        w.raw("]}\n")
    }

    fn date_of(&self, key: DateKey) -> DateText {
        DateText {
            value: key.value.map(|v| self.strings.get(v).to_string()),
            granularity: self.strings.get(key.granularity).to_string(),
        }
    }

    /// Write the timeline, oldest date first.
    pub fn write(mut self, out: &mut impl Write, format: Format, undated: Undated) -> Result<()> {
        self.finish_doc();
        let mut order: Vec<(SortKey, usize)> =
            self.entries.iter().enumerate().map(|(i, e)| (sort_key(&self.date_of(e.key)), i)).collect();
        order.sort_by(|a, b| a.0.cmp(&b.0));
        let order = order.into_iter().filter(|(s, _)| undated == Undated::Keep || s.0 == 0);
        let mut csv_out = (format == Format::Csv).then(|| {
            let mut w = csv::Writer::from_writer(Vec::new());
            let _ = w.write_record([
                "date",
                "granularity",
                "event",
                "who_class",
                "low",
                "best",
                "high",
                "conflict",
                "reports",
                "docs",
                "sources",
            ]);
            w
        });
        if format == Format::Md {
            writeln!(
                out,
                "| Date | What | Low | Best | High | Conflict | Reports |\n|---|---|---:|---:|---:|---|---|"
            )?;
        }
        for (_, i) in order {
            if format == Format::Jsonl {
                self.write_entry(out, &self.entries[i]).map_err(std::io::Error::from)?;
                continue;
            }
            let entry = self.entry_json(&self.entries[i]);
            let claims = entry.claims;
            let key = self.date_of(self.entries[i].key);
            match format {
                Format::Jsonl => {
                    let mut o = Map::new();
                    o.insert("date".into(), key.value.clone().map_or(Value::Null, Value::from));
                    o.insert("granularity".into(), Value::from(entry.granularity.as_str()));
                    o.insert("docs".into(), entry.docs);
                    o.insert("sources".into(), entry.sources);
                    o.insert("places".into(), entry.places);
                    o.insert("events".into(), Value::Array(entry.events));
                    o.insert("claims".into(), Value::Array(claims));
                    serde_json::to_writer(&mut *out, &o).map_err(std::io::Error::from)?;
                    out.write_all(b"\n")?;
                }
                Format::Csv => {
                    let w = csv_out.as_mut().expect("csv writer");
                    for c in &claims {
                        let docs: Vec<&str> = c["reports"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|r| r["doc"].as_str())
                            .collect();
                        let mut sources: Vec<&str> = Vec::new();
                        for r in c["reports"].as_array().into_iter().flatten() {
                            if let Some(s) = r["source"].as_str() {
                                if !sources.contains(&s) {
                                    sources.push(s);
                                }
                            }
                        }
                        let mut udocs: Vec<&str> = Vec::new();
                        for d in docs.iter() {
                            if !udocs.contains(d) {
                                udocs.push(d);
                            }
                        }
                        w.write_record([
                            key.value.as_deref().unwrap_or(""),
                            entry.granularity.as_str(),
                            c["event"].as_str().unwrap_or(""),
                            c["who_class"].as_str().unwrap_or(""),
                            &plain(&c["low"]),
                            &plain(&c["best"]),
                            &plain(&c["high"]),
                            &plain(&c["conflict"]),
                            &docs.len().to_string(),
                            &udocs.join(" "),
                            &sources.join(" "),
                        ])
                        .map_err(|e| kz_shared::Error::Other(e.to_string()))?;
                    }
                    // Out entry by entry, not held to the end.
                    let done = std::mem::replace(w, csv::Writer::from_writer(Vec::new()));
                    let bytes = done.into_inner().map_err(|e| kz_shared::Error::Other(e.to_string()))?;
                    out.write_all(&bytes)?;
                }
                Format::Md => {
                    let date = key.value.as_deref().unwrap_or("undated");
                    if claims.is_empty() {
                        let what = entry
                            .events
                            .first()
                            .and_then(|e| e["text"].as_str())
                            .map(|t| md_cell(&excerpt(t, 90)))
                            .unwrap_or_default();
                        writeln!(
                            out,
                            "| {date} | {what} |  |  |  |  | {} |",
                            md_cell(&joined(&entry.docs, ", "))
                        )?;
                    }
                    for c in &claims {
                        let docs: Vec<String> = c["reports"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .map(|r| {
                                let who = r["source"].as_str().or(r["doc"].as_str()).unwrap_or("");
                                format!("{who}: {}", plain(&r["value"]))
                            })
                            .collect();
                        writeln!(
                            out,
                            "| {date} | {} ({}) | {} | {} | {} | {} | {} |",
                            c["event"].as_str().unwrap_or(""),
                            c["who_class"].as_str().unwrap_or(""),
                            plain(&c["low"]),
                            plain(&c["best"]),
                            plain(&c["high"]),
                            if c["conflict"] == Value::Bool(true) { "yes" } else { "no" },
                            md_cell(&docs.join("; ")),
                        )?;
                    }
                }
            }
        }
        if let Some(w) = csv_out {
            let bytes = w.into_inner().map_err(|e| kz_shared::Error::Other(e.to_string()))?;
            out.write_all(&bytes)?;
        }
        Ok(())
    }
}

/// Writes JSON pieces with serde_json's own escaping and number format.
pub(crate) struct JsonWriter<'w, W: Write>(pub(crate) &'w mut W);

impl<W: Write> JsonWriter<'_, W> {
    pub(crate) fn raw(&mut self, s: &str) -> serde_json::Result<()> {
        self.0.write_all(s.as_bytes()).map_err(serde_json::Error::io)
    }

    pub(crate) fn str(&mut self, s: &str) -> serde_json::Result<()> {
        // Most strings need no escape: written as they stand, quoted.
        if needs_no_escape(s.as_bytes()) {
            let w = &mut *self.0;
            return (|| {
                w.write_all(b"\"")?;
                w.write_all(s.as_bytes())?;
                w.write_all(b"\"")
            })()
            .map_err(serde_json::Error::io);
        }
        serde_json::to_writer(&mut *self.0, s)
    }

    pub(crate) fn opt_str(&mut self, s: Option<&str>) -> serde_json::Result<()> {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    pub(crate) fn value(&mut self, v: &Value) -> serde_json::Result<()> {
        serde_json::to_writer(&mut *self.0, v)
    }

    pub(crate) fn opt_num(&mut self, x: Option<f64>) -> serde_json::Result<()> {
        match x {
            // A whole number as `num_json` writes it, without the `Value`.
            Some(x) if x.fract() == 0.0 && x.abs() < 9e15 => self.int(x as i64),
            Some(x) => self.value(&num_json(x)),
            None => self.raw("null"),
        }
    }

    /// A whole number, digit by digit (as `Display` writes it, without
    /// the formatting machinery: figures are written by the million).
    pub(crate) fn int(&mut self, x: i64) -> serde_json::Result<()> {
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        let mut n = x.unsigned_abs();
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if x < 0 {
            self.0.write_all(b"-").map_err(serde_json::Error::io)?;
        }
        self.0.write_all(&buf[at..]).map_err(serde_json::Error::io)
    }

    /// A date as a JSON string (as its `Display`).
    pub(crate) fn date(&mut self, d: crate::civil::Date) -> serde_json::Result<()> {
        match d.iso() {
            Some(text) => {
                let mut quoted = [b'"'; 12];
                quoted[1..11].copy_from_slice(&text);
                self.0.write_all(&quoted).map_err(serde_json::Error::io)
            }
            None => self.str(&d.to_string()),
        }
    }

    /// The comma before item `n` of a list.
    pub(crate) fn comma(&mut self, n: usize) -> serde_json::Result<()> {
        if n > 0 {
            self.raw(",")?;
        }
        Ok(())
    }
}

/// Whether serde_json writes `bytes` as they stand inside quotes: no `"`,
/// no `\\`, no control character. Eight bytes at a time.
pub(crate) fn needs_no_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let (q, b) = (w ^ (ONES * u64::from(b'"')), w ^ (ONES * u64::from(b'\\')));
        // The high bit of a byte that is zero in `q` or `b`, or below 0x20
        // in `w` (a byte of 0x80 or more is none of these).
        let hit =
            (q.wrapping_sub(ONES) & !q) | (b.wrapping_sub(ONES) & !b) | (w.wrapping_sub(ONES * 0x20) & !w);
        if hit & HIGH != 0 {
            return false;
        }
    }
    chunks.remainder().iter().all(|&c| c >= 0x20 && c != b'"' && c != b'\\')
}

/// The key of sentences without a date.
const UNDATED: DateKey = DateKey { value: None, granularity: NONE };

/// A date key as text, for sorting.
struct DateText {
    value: Option<String>,
    granularity: String,
}

/// One entry of the output, as JSON values.
struct EntryJson {
    granularity: String,
    docs: Value,
    sources: Value,
    places: Value,
    events: Vec<Value>,
    claims: Vec<Value>,
}

fn joined(list: &Value, sep: &str) -> String {
    let items: Vec<&str> = list.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    items.join(sep)
}

pub(crate) fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

pub(crate) fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub(crate) fn excerpt(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// An item of `times`, as far as the timeline reads it.
struct TimeItem<'a> {
    value: Option<&'a str>,
    granularity: Option<&'a str>,
    report: Option<bool>,
}

/// An item of `times` as [`items`] reads it.
#[derive(Default)]
struct TimeField<'a> {
    value: Option<Cow<'a, str>>,
    granularity: Option<Cow<'a, str>>,
    report: Option<bool>,
}

impl<'a> Item<'a> for TimeField<'a> {
    #[inline]
    fn slot(key: &str) -> Option<u32> {
        Some(match key {
            "value" => 0,
            "granularity" => 1,
            "report" => 2,
            _ => return None,
        })
    }

    #[inline]
    fn set(&mut self, slot: u32, value: Val<'a>) -> bool {
        match slot {
            0 => take_str(value, &mut self.value),
            1 => take_str(value, &mut self.granularity),
            _ => take_bool(value, &mut self.report),
        }
    }
}

/// The sentence's own date (of its `times`): the first placed date that is
/// not only when a source spoke, preferring days; else the first placed
/// date at all.
pub(crate) fn own_date(times: Option<Json>, strings: &mut Strings) -> (Option<DateKey>, bool, bool) {
    let mut spare = String::new();
    match items::read::<TimeField>(times, &mut spare) {
        Read::Items(items) => {
            let list: Vec<TimeItem> = items
                .list
                .iter()
                .map(|t| TimeItem {
                    value: t.value.as_deref(),
                    granularity: t.granularity.as_deref(),
                    report: t.report,
                })
                .collect();
            own_date_of(&list, strings)
        }
        Read::Absent | Read::NotArray => (None, false, false),
    }
}

/// [`own_date`] of the `times` the annotator would write for `mentions`.
pub(crate) fn own_date_of_mentions(
    mentions: &[crate::annotate::TimeMention],
    strings: &mut Strings,
) -> (Option<DateKey>, bool, bool) {
    let items: Vec<TimeItem> = mentions
        .iter()
        .map(|m| TimeItem {
            value: m.value.as_deref(),
            granularity: Some(m.granularity),
            report: Some(m.report),
        })
        .collect();
    own_date_of(&items, strings)
}

fn own_date_of(times: &[TimeItem], strings: &mut Strings) -> (Option<DateKey>, bool, bool) {
    let mut dates = Vec::new();
    let mut unplaced = false;
    for t in times {
        let gran = t.granularity.unwrap_or("");
        if gran == "time" {
            continue;
        }
        match t.value {
            Some(v) => dates.push((v, gran, t.report.unwrap_or(false))),
            None => unplaced = true,
        }
    }
    if dates.is_empty() {
        return (None, unplaced, false);
    }
    let pick = dates
        .iter()
        .find(|(_, g, r)| !r && *g == "day")
        .or_else(|| dates.iter().find(|(_, _, r)| !r))
        .unwrap_or(&dates[0]);
    let key = DateKey { value: Some(strings.id(pick.0)), granularity: strings.id(pick.1) };
    (Some(key), false, pick.2)
}

/// The date of the document's main event: the day-precise date its dated
/// sentences give most killed or injured figures for (the first such on a
/// tie); without such figures, the first day-precise date of the document
/// that is not only a report date (the lead of a news report states the
/// event), else the first day-precise date at all.
fn main_event_date(sentences: &[Sentence]) -> Option<DateKey> {
    let mut counts: Vec<(DateKey, usize)> = Vec::new();
    for s in sentences {
        let key = match (s.own, s.para_date) {
            (Some(k), _) if !s.report_only => k,
            (None, Some(Some(k))) if !s.unresolved => k,
            _ => continue,
        };
        if key.granularity != DAY {
            continue;
        }
        let harm = s.figures.iter().filter(|f| f.event == KILLED || f.event == INJURED).count();
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += harm,
            None => counts.push((key, harm)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    if best > 0 {
        return counts.into_iter().find(|(_, n)| *n == best).map(|(k, _)| k);
    }
    counts
        .into_iter()
        .next()
        .map(|(k, _)| k)
        .or_else(|| sentences.iter().find_map(|s| s.own.filter(|k| k.granularity == DAY)))
}

/// An item of `entities`, as far as the timeline reads it.
#[derive(Default)]
struct EntityItem<'a> {
    kind: Option<Cow<'a, str>>,
    name: Option<Cow<'a, str>>,
    text: Option<Cow<'a, str>>,
    /// Set on items kz-entities found in the `dateline` or `source` field:
    /// where the report was filed and who filed it, not what it tells.
    field: Option<Cow<'a, str>>,
}

impl<'a> Item<'a> for EntityItem<'a> {
    #[inline]
    fn slot(key: &str) -> Option<u32> {
        Some(match key {
            "type" => 0,
            "name" => 1,
            "text" => 2,
            "field" => 3,
            _ => return None,
        })
    }

    #[inline]
    fn set(&mut self, slot: u32, value: Val<'a>) -> bool {
        match slot {
            0 => take_str(value, &mut self.kind),
            1 => take_str(value, &mut self.name),
            2 => take_str(value, &mut self.text),
            _ => take_str(value, &mut self.field),
        }
    }
}

fn places(entities: Option<Json>, strings: &mut Strings) -> Vec<u32> {
    let mut spare = String::new();
    let Read::Items(items) = items::read::<EntityItem>(entities, &mut spare) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for e in items.list.iter().filter(|e| e.field.is_none()) {
        if !matches!(e.kind.as_deref().unwrap_or(""), "GPE" | "LOC" | "FAC") {
            continue;
        }
        if let Some(name) = e.name.as_deref().or(e.text.as_deref()) {
            let id = strings.id(name);
            if !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

/// An item of `numbers`, as far as the timeline reads it.
#[derive(Default)]
struct NumberItem<'a> {
    event: Option<Cow<'a, str>>,
    value: Option<Num<'a>>,
    low: Option<Num<'a>>,
    high: Option<Num<'a>>,
    who_class: Option<Cow<'a, str>>,
    part_of: Option<u64>,
    qualifier: Option<Cow<'a, str>>,
}

impl<'a> Item<'a> for NumberItem<'a> {
    #[inline]
    fn slot(key: &str) -> Option<u32> {
        Some(match key {
            "event" => 0,
            "value" => 1,
            "low" => 2,
            "high" => 3,
            "who_class" => 4,
            "part_of" => 5,
            "qualifier" => 6,
            _ => return None,
        })
    }

    #[inline]
    fn set(&mut self, slot: u32, value: Val<'a>) -> bool {
        match slot {
            0 => take_str(value, &mut self.event),
            1 => take_f64(value, &mut self.value),
            2 => take_f64(value, &mut self.low),
            3 => take_f64(value, &mut self.high),
            4 => take_str(value, &mut self.who_class),
            5 => take_u64(value, &mut self.part_of),
            _ => take_str(value, &mut self.qualifier),
        }
    }
}

/// Numbers of the events that make a document's main event.
const KILLED: u32 = 2;
const INJURED: u32 = 3;

/// The casualty figures of a record's `numbers`: items with an `event`. A
/// part of a total of the same event and class is left out (it is counted
/// in the total); a part of another class is kept, marked as a subtotal.
fn figures(numbers: Option<Json>, strings: &mut Strings) -> Vec<Figure> {
    // Most sentences' numbers are not casualty figures: no "event" key (and
    // no escape that could spell one) means nothing to read.
    if numbers.and_then(Json::raw).is_some_and(|json| !json.contains("\"event\"") && !json.contains('\\')) {
        return Vec::new();
    }
    let mut spare = String::new();
    let Read::Items(items) = items::read::<NumberItem>(numbers, &mut spare) else {
        return Vec::new();
    };
    let (typed, items) = (items.typed, items.list);
    let finite = |x: Option<Num>| x.and_then(|x| x.get(typed)).filter(|x| x.is_finite());
    fn class_of<'a, 'b>(n: &'b NumberItem<'a>) -> &'b str {
        n.who_class.as_deref().unwrap_or("people")
    }
    let mut out = Vec::new();
    for n in &items {
        let Some(event) = n.event.as_deref() else {
            continue;
        };
        let (value, low, high) = (finite(n.value), finite(n.low), finite(n.high));
        if value.is_none() && low.is_none() && high.is_none() {
            continue;
        }
        let who_class = class_of(n);
        let total = n.part_of.and_then(|i| items.get(i as usize));
        if let Some(t) = total {
            if t.event.as_deref() == Some(event) && class_of(t) == who_class {
                continue;
            }
        }
        out.push(Figure {
            event: strings.id(event),
            who_class: strings.id(who_class),
            value,
            low,
            high,
            qualifier: n.qualifier.as_deref().map(|q| strings.id(q)),
            subtotal: total.is_some(),
        });
    }
    out
}

pub(crate) fn num_json(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

/// One claim: what the outlets say about one (event, class) on one date.
///
/// Each document counts once, with its largest figure (a report that gives
/// a total and a detail counts the total). `low` is the smallest lower bound
/// and `high` the largest upper bound any document gives; `best` is the
/// median of the documents' figures, the lower of the two middle ones when
/// their number is even (the conservative choice ACLED makes); `conflict`
/// is true when documents give different figures.
/// What the documents say together about one claim.
struct ClaimStats {
    low: f64,
    best: f64,
    high: f64,
    conflict: bool,
}

fn claim_stats(sentences: &[Placed], claim: &Claim) -> ClaimStats {
    // Per document: (point, low, high).
    let mut per_doc: Vec<(u32, f64, f64, f64)> = Vec::new();
    for (i, f) in &claim.reports {
        let doc = sentences[*i as usize].doc;
        let point = f.value.or(f.low).or(f.high).unwrap_or(0.0);
        let low = f.low.or(f.value).unwrap_or(point).min(point);
        let high = f.high.or(f.value).unwrap_or(point).max(point);
        match per_doc.iter_mut().find(|(d, ..)| *d == doc) {
            Some(e) => {
                e.1 = e.1.max(point);
                e.2 = e.2.min(low);
                e.3 = e.3.max(high);
            }
            None => per_doc.push((doc, point, low, high)),
        }
    }
    let low = per_doc.iter().map(|e| e.2).fold(f64::INFINITY, f64::min);
    let high = per_doc.iter().map(|e| e.3).fold(f64::NEG_INFINITY, f64::max);
    let mut points: Vec<f64> = per_doc.iter().map(|e| e.1).collect();
    points.sort_by(f64::total_cmp);
    let best = points[(points.len() - 1) / 2];
    let conflict = points.windows(2).any(|w| w[0] != w[1]);
    ClaimStats { low, best, high, conflict }
}

fn claim_json(strings: &Strings, sentences: &[Placed], claim: &Claim) -> Value {
    let reports = &claim.reports;
    let ClaimStats { low, best, high, conflict } = claim_stats(sentences, claim);
    let mut o = Map::new();
    o.insert("event".into(), Value::from(strings.get(claim.event)));
    o.insert("who_class".into(), Value::from(strings.get(claim.who_class)));
    o.insert("low".into(), num_json(low));
    o.insert("best".into(), num_json(best));
    o.insert("high".into(), num_json(high));
    let reports: Vec<Value> = reports
        .iter()
        .map(|(i, f)| {
            let p = &sentences[*i as usize];
            let mut o = Map::new();
            o.insert("doc".into(), Value::from(strings.get(p.doc)));
            o.insert("source".into(), p.source.map_or(Value::Null, |s| Value::from(strings.get(s))));
            o.insert("sent".into(), sent_json(strings, p));
            o.insert("value".into(), f.value.map_or(Value::Null, num_json));
            if f.low.is_some() || f.high.is_some() {
                o.insert("low".into(), f.low.map_or(Value::Null, num_json));
                o.insert("high".into(), f.high.map_or(Value::Null, num_json));
            }
            o.insert("qualifier".into(), f.qualifier.map_or(Value::Null, |q| Value::from(strings.get(q))));
            if f.subtotal {
                o.insert("subtotal".into(), Value::from(true));
            }
            o.insert("text".into(), Value::from(&*p.text));
            Value::Object(o)
        })
        .collect();
    o.insert("reports".into(), Value::Array(reports));
    o.insert("conflict".into(), Value::from(conflict));
    Value::Object(o)
}

/// The `sent` of a sentence as it was read.
fn sent_json(strings: &Strings, p: &Placed) -> Value {
    serde_json::from_str(strings.get(p.sent)).unwrap_or(Value::Null)
}

/// (0 dated, 1 year unknown, 2 undated), then the first day the value
/// covers, then finer dates after coarser ones that start the same day.
type SortKey = (u8, String, u8, String);

fn sort_key(k: &DateText) -> SortKey {
    let Some(v) = &k.value else {
        return (2, String::new(), 0, String::new());
    };
    let rank = match k.granularity.as_str() {
        "century" => 0,
        "decade" => 1,
        "year" => 2,
        "month" => 3,
        "week" => 4,
        "period" => 5,
        _ => 6,
    };
    if let Some(rest) = v.strip_prefix("XXXX") {
        return (1, rest.to_string(), rank, v.clone());
    }
    let start = match k.granularity.as_str() {
        "century" => format!("{v}00-01-01"),
        "decade" => format!("{v}0-01-01"),
        "week" => week_start(v).unwrap_or_else(|| v.clone()),
        _ => {
            let head = v.split('/').next().unwrap_or(v);
            match head.len() {
                4 => format!("{head}-01-01"),
                7 => format!("{head}-01"),
                _ => head.to_string(),
            }
        }
    };
    (0, start, rank, v.clone())
}

/// The Monday of an ISO week `YYYY-Www`.
pub(crate) fn week_start(v: &str) -> Option<String> {
    let (y, w) = v.split_once("-W")?;
    let (y, w): (i32, i64) = (y.parse().ok()?, w.parse().ok()?);
    let jan4 = Date::new(y, 1, 4)?;
    let week1 = jan4.add_days(-i64::from(jan4.weekday()));
    Some(week1.add_days(7 * (w - 1)).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(records: &[Value], format: Format, undated: Undated) -> String {
        let mut t = Timeline::new(None, "text");
        let mut field = TextField::new("text");
        for r in records {
            t.add(Record::from(r.as_object().unwrap().clone()), &mut field);
        }
        let mut out = Vec::new();
        t.write(&mut out, format, undated).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn entries(records: &[Value]) -> Vec<Value> {
        run(records, Format::Jsonl, Undated::Keep).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }

    fn killed(n: u64) -> Value {
        json!({"text": n.to_string(), "value": n, "low": n, "high": n, "qualifier": "exact",
               "event": "killed", "who": "people", "who_class": "people"})
    }

    /// Two outlets on one clash in Taraz, in words of our own.
    fn two_reports() -> Vec<Value> {
        vec![
            json!({"doc": "a", "para": 1, "sent": 0, "source": "Steppe Daily", "published": "2021-09-14",
                   "text": "Guards and smugglers fought at a border post near Taraz on Sunday.",
                   "entities": [{"text": "Taraz", "type": "GPE", "name": "Taraz"}]}),
            json!({"doc": "a", "para": 1, "sent": 1, "source": "Steppe Daily", "published": "2021-09-14",
                   "text": "Seven people died, among them three smugglers.",
                   "numbers": [killed(7), {"text": "three", "value": 3, "qualifier": "exact", "event": "killed",
                               "who_class": "militants", "part_of": 0}]}),
            json!({"doc": "a", "para": 2, "sent": 2, "source": "Steppe Daily", "published": "2021-09-14",
                   "text": "Customs officials said on Monday that the post had reopened."}),
            json!({"doc": "b", "para": 1, "sent": 0, "source": "Wire KZ", "published": "2021-09-13",
                   "text": "At least nine people were killed in the border clash on Sunday.",
                   "numbers": [{"text": "At least nine", "value": 9, "low": 9, "high": null, "qualifier": "at_least",
                                "event": "killed", "who_class": "people"}]}),
            json!({"doc": "b", "para": 2, "sent": 1, "source": "Wire KZ", "published": "2021-09-13",
                   "text": "Eleven were hurt.",
                   "numbers": [{"text": "Eleven", "value": 11, "qualifier": "exact", "event": "injured", "who_class": "people"}]}),
            json!({"doc": "c", "para": 1, "sent": 0, "text": "Nobody knows when the well was dug."}),
            json!({"doc": "d", "para": 1, "sent": 0, "text": "Dozens were detained on Friday.",
                   "numbers": [{"text": "Dozens", "value": null, "low": 24, "qualifier": "approx_word",
                                "event": "detained", "who_class": "people"}]}),
        ]
    }

    #[test]
    fn outlets_on_one_date_are_reconciled() {
        let e = entries(&two_reports());
        let dates: Vec<&Value> = e.iter().map(|x| &x["date"]).collect();
        assert_eq!(dates, [&json!("2021-09-12"), &json!("2021-09-13"), &Value::Null]);
        let day = &e[0];
        assert_eq!(day["docs"], json!(["a", "b"]));
        assert_eq!(day["sources"], json!(["Steppe Daily", "Wire KZ"]));
        assert_eq!(day["places"], json!(["Taraz"]));
        let claims = day["claims"].as_array().unwrap();
        let people = claims.iter().find(|c| c["event"] == "killed" && c["who_class"] == "people").unwrap();
        assert_eq!(
            (people["low"].clone(), people["best"].clone(), people["high"].clone()),
            (json!(7), json!(7), json!(9))
        );
        assert_eq!(people["conflict"], true);
        assert_eq!(people["reports"].as_array().unwrap().len(), 2);
        // The subtotal is its own claim and never adds to the total.
        let militants = claims.iter().find(|c| c["who_class"] == "militants").unwrap();
        assert_eq!(militants["best"], 3);
        assert_eq!(militants["reports"][0]["subtotal"], true);
        // A sentence without a date of its own takes its paragraph's, then the
        // document's main event.
        let by: Vec<&str> =
            day["events"].as_array().unwrap().iter().map(|e| e["dated_by"].as_str().unwrap()).collect();
        assert_eq!(by, ["text", "paragraph", "text", "document"]);
        let injured = claims.iter().find(|c| c["event"] == "injured").unwrap();
        assert_eq!(injured["conflict"], false);
        // A report date stays its own entry.
        assert_eq!(e[1]["events"][0]["text"], "Customs officials said on Monday that the post had reopened.");
        // No date anywhere: undated, at the end, vague amounts by their bound.
        let undated = &e[2];
        assert_eq!(undated["claims"][0]["best"], 24);
        assert_eq!(undated["events"][0]["dated_by"], "unresolved");
    }

    #[test]
    fn the_same_figure_everywhere_is_no_conflict() {
        let recs = vec![
            json!({"doc": "x", "para": 1, "text": "Four were killed on 3 May 2022.", "numbers": [killed(4)]}),
            json!({"doc": "y", "para": 1, "text": "Four died on 3 May 2022.", "numbers": [killed(4)]}),
            json!({"doc": "z", "para": 1, "text": "The toll on 3 May 2022 was six.", "numbers": [killed(6)]}),
        ];
        let e = entries(&recs[..2]);
        assert_eq!(e[0]["claims"][0]["conflict"], false);
        let e = entries(&recs);
        let c = &e[0]["claims"][0];
        assert_eq!(
            (c["low"].clone(), c["best"].clone(), c["high"].clone(), c["conflict"].clone()),
            (json!(4), json!(4), json!(6), json!(true))
        );
    }

    #[test]
    fn a_paragraph_date_does_not_carry_into_the_next_document() {
        let recs = vec![
            json!({"doc": "a", "para": 1, "text": "Four were killed on 3 May 2022.", "numbers": [killed(4)]}),
            json!({"doc": "b", "para": 1, "text": "Nobody says when.", "numbers": [killed(1)]}),
        ];
        let e = entries(&recs);
        assert_eq!(e.len(), 2);
        assert_eq!(e[1]["date"], Value::Null);
    }

    #[test]
    fn unknown_years_and_undated_go_last_or_away() {
        let recs = vec![
            json!({"doc": "p", "para": 1, "text": "A strike began on June 2."}),
            json!({"doc": "q", "para": 1, "text": "The mine opened in 1957."}),
            json!({"doc": "r", "para": 1, "text": "Something happened on Tuesday.", "numbers": [killed(1)]}),
        ];
        let e = entries(&recs);
        let dates: Vec<Value> = e.iter().map(|x| x["date"].clone()).collect();
        assert_eq!(dates, [json!("1957"), json!("XXXX-06-02"), Value::Null]);
        let kept = run(&recs, Format::Jsonl, Undated::Drop);
        assert_eq!(kept.lines().count(), 1);
    }

    #[test]
    fn records_already_annotated_are_not_annotated_again() {
        let recs = vec![json!({"doc": "s", "text": "No date words here.",
            "times": [{"text": "x", "start": 0, "end": 1, "value": "2001-02-03", "granularity": "day", "anchor": "text"}]})];
        assert_eq!(entries(&recs)[0]["date"], "2001-02-03");
    }

    #[test]
    fn csv_has_one_row_per_claim_and_md_a_table() {
        let csv = run(&two_reports(), Format::Csv, Undated::Keep);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next().unwrap(),
            "date,granularity,event,who_class,low,best,high,conflict,reports,docs,sources"
        );
        assert!(csv.contains("2021-09-12,day,killed,people,7,7,9,true,2,a b,Steppe Daily Wire KZ"), "{csv}");
        assert_eq!(csv.lines().count(), 1 + 4);
        let md = run(&two_reports(), Format::Md, Undated::Drop);
        assert!(md.starts_with("| Date | What |"));
        assert!(
            md.contains("| 2021-09-12 | killed (people) | 7 | 7 | 9 | yes | Steppe Daily: 7; Wire KZ: 9 |"),
            "{md}"
        );
    }

    #[test]
    fn fields_of_unexpected_shape_are_read_leniently() {
        // A figure given as text, an index that is not one, a null flag,
        // an entity without a type: the rest of the record still counts.
        let recs = vec![json!({"doc": "e", "para": 1, "sent": 4, "text": "Five died; 'seven', said others.",
            "times": [{"value": "2020-01-05", "granularity": "day", "report": null}],
            "entities": [{"name": "Aral"}, {"type": "GPE", "text": "Oral"}],
            "numbers": [{"value": 5, "event": "killed", "part_of": -1},
                        {"value": "seven", "event": "killed"}]})];
        let e = entries(&recs);
        assert_eq!(e[0]["date"], "2020-01-05");
        assert_eq!(e[0]["places"], json!(["Oral"]));
        assert_eq!(e[0]["claims"][0]["best"], 5);
        assert_eq!(e[0]["claims"][0]["reports"].as_array().unwrap().len(), 1);
        assert_eq!(e[0]["events"][0]["sent"], 4);
    }

    #[test]
    fn json_lines_are_written_as_their_values_serialise() {
        let mut recs = two_reports();
        recs.push(json!({"doc": "f", "para": 1, "sent": "s\u{e9}\"1\"", "source": "Q\tR",
            "text": "Quotes \"and\" tabs\t on 4 May 2020: 2.5 killed, between 3 and 4 hurt.",
            "numbers": [{"value": 2.5, "event": "killed", "qualifier": null},
                        {"low": 3, "high": 4, "value": null, "event": "injured", "part_of": 0}]}));
        let mut t = Timeline::new(None, "text");
        let mut field = TextField::new("text");
        for r in &recs {
            t.add(Record::from(r.as_object().unwrap().clone()), &mut field);
        }
        t.finish_doc();
        for entry in &t.entries {
            let e = t.entry_json(entry);
            let date = t.date_of(entry.key);
            let mut o = Map::new();
            o.insert("date".into(), date.value.map_or(Value::Null, Value::from));
            o.insert("granularity".into(), Value::from(e.granularity));
            o.insert("docs".into(), e.docs);
            o.insert("sources".into(), e.sources);
            o.insert("places".into(), e.places);
            o.insert("events".into(), Value::Array(e.events));
            o.insert("claims".into(), Value::Array(e.claims));
            let mut direct = Vec::new();
            t.write_entry(&mut direct, entry).unwrap();
            assert_eq!(String::from_utf8(direct).unwrap(), format!("{}\n", Value::Object(o)));
        }
    }

    #[test]
    fn strings_without_escapes_are_told_apart_as_serde_json_does() {
        let base = "Almaty, 5 June: police \u{430}\u{431} \u{2014} twelve";
        for at in 0..base.len() {
            for c in [b'"', b'\\', b'\n', 0x1f, 0x00, 0x7f, b' ', b'A'] {
                let mut b = base.as_bytes().to_vec();
                if !base.is_char_boundary(at) || !base.is_char_boundary(at + 1) {
                    continue;
                }
                b[at] = c;
                let s = String::from_utf8(b).unwrap();
                let plain = serde_json::to_string(&s).unwrap() == format!("\"{s}\"");
                assert_eq!(needs_no_escape(s.as_bytes()), plain, "{s:?}");
                let mut out = Vec::new();
                JsonWriter(&mut out).str(&s).unwrap();
                assert_eq!(out, serde_json::to_vec(&s).unwrap());
            }
        }
        let mut out = Vec::new();
        let mut w = JsonWriter(&mut out);
        for x in [0.0, -0.0, 17.0, -3.0, 2.5, 8.9e15, 1e300] {
            w.opt_num(Some(x)).unwrap();
            w.raw(",").unwrap();
        }
        let want: String = [0.0, -0.0, 17.0, -3.0, 2.5, 8.9e15, 1e300]
            .iter()
            .map(|&x| format!("{},", num_json(x)))
            .collect();
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }

    #[test]
    fn weeks_and_coarse_dates_sort_by_their_first_day() {
        let k = |v: &str, g: &str| sort_key(&DateText { value: Some(v.into()), granularity: g.into() });
        assert!(k("2016", "year") < k("2016-01", "month"));
        assert!(k("2016-06", "month") < k("2016-06-01", "day"));
        assert!(k("2016-W23", "week") < k("2016-06-07", "day"));
        assert!(k("199", "decade") < k("1991", "year"));
        assert_eq!(week_start("2016-W23").as_deref(), Some("2016-06-06"));
    }
}
