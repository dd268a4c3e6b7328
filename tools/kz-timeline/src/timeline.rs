//! `kz-timeline` (default mode): one entry per date, oldest first, with the
//! sentences that happened then and the casualty claims of every outlet.
//!
//! Records are read one document at a time (they arrive together); of each
//! sentence only a compact summary is kept, and only when it is dated by its
//! own words or carries a claim. A document's summaries are placed when the
//! document ends, since an undated sentence may fall back on the date of the
//! document's main event.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use kz_shared::record::TextField;
use kz_shared::{Record, Result};
use serde_json::{Map, Value};

use crate::annotate::Annotator;
use crate::civil::Date;

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

/// A date as the annotator wrote it, with its granularity.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct DateKey {
    value: Option<String>,
    granularity: String,
}

/// A casualty figure as one sentence states it.
#[derive(Debug, Clone)]
struct Figure {
    event: String,
    who_class: String,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Option<String>,
    /// Part of a total given in the same sentence ("including 11 attackers").
    subtotal: bool,
}

/// What the timeline keeps of one sentence.
#[derive(Debug)]
struct Sentence {
    doc: String,
    source: Option<String>,
    sent: Value,
    text: String,
    own: Option<DateKey>,
    /// True when the sentence names a date that could not be placed.
    unresolved: bool,
    /// The date of the latest dated sentence before it in its paragraph
    /// (`Some(None)` when that sentence named a date that could not be placed).
    para_date: Option<Option<DateKey>>,
    /// Whether its own date is only when a source spoke ("said on Friday").
    report_only: bool,
    places: Vec<String>,
    figures: Vec<Figure>,
}

#[derive(Default)]
struct Entry {
    granularity: String,
    docs: Vec<String>,
    sources: Vec<String>,
    places: Vec<String>,
    events: Vec<Value>,
    /// Docs, sources and places already listed (many documents share a date).
    seen: HashSet<(u8, String)>,
    /// (event, who_class) → reports, in order of arrival.
    claims: Vec<((String, String), Vec<Report>)>,
}

#[derive(Debug, Clone)]
struct Report {
    doc: String,
    source: Option<String>,
    sent: Value,
    text: String,
    figure: Figure,
}

/// Builds the timeline from records streamed in document order.
pub struct Timeline {
    annotator: Annotator,
    field: String,
    current_doc: Option<String>,
    doc_published: Option<Date>,
    pending: Vec<Sentence>,
    last_para: Option<Value>,
    last_para_date: Option<Option<DateKey>>,
    entries: HashMap<DateKey, Entry>,
}

impl Timeline {
    pub fn new(anchor: Option<Date>, field: &str) -> Self {
        Timeline {
            annotator: Annotator::new(anchor),
            field: field.to_string(),
            current_doc: None,
            doc_published: None,
            pending: Vec::new(),
            last_para: None,
            last_para_date: None,
            entries: HashMap::new(),
        }
    }

    /// Take one record (annotated here when it has no `times`).
    pub fn add(&mut self, mut record: Record, field: &mut TextField) {
        let doc = record.get("doc").and_then(Value::as_str).unwrap_or("").to_string();
        if self.current_doc.as_deref() != Some(doc.as_str()) {
            self.finish_doc();
            self.current_doc = Some(doc.clone());
            self.doc_published = None;
        }
        let has_text = field.get(&record).is_some();
        if !record.contains_key("times") && has_text {
            let text = record.get(&self.field).and_then(Value::as_str).map(str::to_string);
            self.annotator.annotate_record(&mut record, text.as_deref());
        }
        if self.doc_published.is_none() {
            self.doc_published = record.get("published").and_then(Value::as_str).and_then(Date::parse_iso);
        }
        let para = record.get("para").cloned();
        if para != self.last_para || para.is_none() {
            self.last_para = para;
            self.last_para_date = None;
        }
        let (own, unresolved, report_only) = own_date(&record);
        let figures = figures(&record);
        let s = Sentence {
            source: record.get("source").and_then(Value::as_str).map(str::to_string),
            sent: record.get("sent").cloned().unwrap_or(Value::Null),
            text: record.get(&self.field).and_then(Value::as_str).unwrap_or("").to_string(),
            para_date: self.last_para_date.clone(),
            places: places(&record),
            doc,
            own: own.clone(),
            unresolved,
            report_only,
            figures,
        };
        if let Some(own) = own {
            self.last_para_date = Some(Some(own));
        } else if unresolved {
            self.last_para_date = Some(None);
        }
        if s.own.is_some() || s.unresolved || !s.figures.is_empty() {
            self.pending.push(s);
        }
    }

    /// Place the sentences of the document just read.
    fn finish_doc(&mut self) {
        let sentences = std::mem::take(&mut self.pending);
        if sentences.is_empty() {
            return;
        }
        let main = main_event_date(&sentences).or_else(|| {
            self.doc_published.map(|d| DateKey { value: Some(d.to_string()), granularity: "day".into() })
        });
        let main_by = if main_event_date(&sentences).is_some() { "document" } else { "published" };
        for s in sentences {
            let (key, dated_by) = if let Some(own) = &s.own {
                (own.clone(), "text")
            } else if s.unresolved {
                (undated(), "unresolved")
            } else if let Some(Some(p)) = &s.para_date {
                (p.clone(), "paragraph")
            } else if let Some(None) = &s.para_date {
                (undated(), "unresolved")
            } else if let Some(m) = &main {
                (m.clone(), main_by)
            } else {
                (undated(), "none")
            };
            self.place(key, dated_by, s);
        }
    }

    fn place(&mut self, key: DateKey, dated_by: &str, s: Sentence) {
        let entry = self.entries.entry(key.clone()).or_default();
        entry.granularity = key.granularity.clone();
        let mut add = |kind: u8, list: &mut Vec<String>, item: &str| {
            if entry.seen.insert((kind, item.to_string())) {
                list.push(item.to_string());
            }
        };
        add(0, &mut entry.docs, &s.doc);
        if let Some(src) = &s.source {
            add(1, &mut entry.sources, src);
        }
        for p in &s.places {
            add(2, &mut entry.places, p);
        }
        let mut ev = Map::new();
        ev.insert("doc".into(), Value::from(s.doc.as_str()));
        ev.insert("sent".into(), s.sent.clone());
        ev.insert("text".into(), Value::from(s.text.as_str()));
        ev.insert("dated_by".into(), Value::from(dated_by));
        entry.events.push(Value::Object(ev));
        for f in s.figures {
            let group = (f.event.clone(), f.who_class.clone());
            let report = Report {
                doc: s.doc.clone(),
                source: s.source.clone(),
                sent: s.sent.clone(),
                text: s.text.clone(),
                figure: f,
            };
            match entry.claims.iter_mut().find(|(g, _)| *g == group) {
                Some((_, reports)) => reports.push(report),
                None => entry.claims.push((group, vec![report])),
            }
        }
    }

    /// Write the timeline, oldest date first.
    pub fn write(mut self, out: &mut impl Write, format: Format, undated: Undated) -> Result<()> {
        self.finish_doc();
        let mut entries: Vec<(SortKey, DateKey, Entry)> =
            self.entries.into_iter().map(|(k, e)| (sort_key(&k), k, e)).collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let entries = entries.into_iter().filter(|(s, _, _)| undated == Undated::Keep || s.0 == 0);
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
        for (_, key, entry) in entries {
            let claims: Vec<Value> = entry.claims.iter().map(claim_json).collect();
            match format {
                Format::Jsonl => {
                    let mut o = Map::new();
                    o.insert("date".into(), key.value.clone().map_or(Value::Null, Value::from));
                    o.insert("granularity".into(), Value::from(entry.granularity.as_str()));
                    o.insert("docs".into(), strings(&entry.docs));
                    o.insert("sources".into(), strings(&entry.sources));
                    o.insert("places".into(), strings(&entry.places));
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
                            md_cell(&entry.docs.join(", "))
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

fn undated() -> DateKey {
    DateKey { value: None, granularity: "none".into() }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

fn strings(v: &[String]) -> Value {
    Value::Array(v.iter().map(|s| Value::from(s.as_str())).collect())
}

fn plain(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn excerpt(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// The sentence's own date: the first placed date that is not only when a
/// source spoke, preferring days; else the first placed date at all.
fn own_date(record: &Record) -> (Option<DateKey>, bool, bool) {
    let Some(times) = record.get("times").and_then(Value::as_array) else {
        return (None, false, false);
    };
    let mut dates = Vec::new();
    let mut unplaced = false;
    for t in times {
        let gran = t.get("granularity").and_then(Value::as_str).unwrap_or("");
        if gran == "time" {
            continue;
        }
        match t.get("value").and_then(Value::as_str) {
            Some(v) => {
                let report = t.get("report").and_then(Value::as_bool).unwrap_or(false);
                dates.push((v, gran, report));
            }
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
    let key = DateKey { value: Some(pick.0.to_string()), granularity: pick.1.to_string() };
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
        let key = match (&s.own, &s.para_date) {
            (Some(k), _) if !s.report_only => k.clone(),
            (None, Some(Some(k))) if !s.unresolved => k.clone(),
            _ => continue,
        };
        if key.granularity != "day" {
            continue;
        }
        let harm = s.figures.iter().filter(|f| matches!(f.event.as_str(), "killed" | "injured")).count();
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
        .or_else(|| sentences.iter().find_map(|s| s.own.clone().filter(|k| k.granularity == "day")))
}

fn places(record: &Record) -> Vec<String> {
    let mut out = Vec::new();
    for e in record.get("entities").and_then(Value::as_array).into_iter().flatten() {
        let ty = e.get("type").and_then(Value::as_str).unwrap_or("");
        if !matches!(ty, "GPE" | "LOC" | "FAC") {
            continue;
        }
        if let Some(name) =
            e.get("name").and_then(Value::as_str).or_else(|| e.get("text").and_then(Value::as_str))
        {
            push_unique(&mut out, name);
        }
    }
    out
}

fn number(v: Option<&Value>) -> Option<f64> {
    v.and_then(Value::as_f64).filter(|x| x.is_finite())
}

/// The casualty figures of a record's `numbers`: items with an `event`. A
/// part of a total of the same event and class is left out (it is counted
/// in the total); a part of another class is kept, marked as a subtotal.
fn figures(record: &Record) -> Vec<Figure> {
    let Some(items) = record.get("numbers").and_then(Value::as_array) else {
        return Vec::new();
    };
    let class_of = |n: &Value| n.get("who_class").and_then(Value::as_str).unwrap_or("people").to_string();
    let mut out = Vec::new();
    for n in items {
        let Some(event) = n.get("event").and_then(Value::as_str) else {
            continue;
        };
        let value = number(n.get("value"));
        let low = number(n.get("low"));
        let high = number(n.get("high"));
        if value.is_none() && low.is_none() && high.is_none() {
            continue;
        }
        let who_class = class_of(n);
        let total = n.get("part_of").and_then(Value::as_u64).and_then(|i| items.get(i as usize));
        let subtotal = total.is_some();
        if let Some(t) = total {
            let same_event = t.get("event").and_then(Value::as_str) == Some(event);
            if same_event && class_of(t) == who_class {
                continue;
            }
        }
        out.push(Figure {
            event: event.to_string(),
            who_class,
            value,
            low,
            high,
            qualifier: n.get("qualifier").and_then(Value::as_str).map(str::to_string),
            subtotal,
        });
    }
    out
}

fn num_json(x: f64) -> Value {
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
fn claim_json(claim: &((String, String), Vec<Report>)) -> Value {
    let ((event, who), reports) = claim;
    // Per document: (point, low, high).
    let mut per_doc: Vec<(&str, f64, f64, f64)> = Vec::new();
    for r in reports {
        let f = &r.figure;
        let point = f.value.or(f.low).or(f.high).unwrap_or(0.0);
        let low = f.low.or(f.value).unwrap_or(point).min(point);
        let high = f.high.or(f.value).unwrap_or(point).max(point);
        match per_doc.iter_mut().find(|(d, ..)| *d == r.doc) {
            Some(e) => {
                e.1 = e.1.max(point);
                e.2 = e.2.min(low);
                e.3 = e.3.max(high);
            }
            None => per_doc.push((r.doc.as_str(), point, low, high)),
        }
    }
    let low = per_doc.iter().map(|e| e.2).fold(f64::INFINITY, f64::min);
    let high = per_doc.iter().map(|e| e.3).fold(f64::NEG_INFINITY, f64::max);
    let mut points: Vec<f64> = per_doc.iter().map(|e| e.1).collect();
    points.sort_by(f64::total_cmp);
    let best = points[(points.len() - 1) / 2];
    let conflict = points.windows(2).any(|w| w[0] != w[1]);
    let mut o = Map::new();
    o.insert("event".into(), Value::from(event.as_str()));
    o.insert("who_class".into(), Value::from(who.as_str()));
    o.insert("low".into(), num_json(low));
    o.insert("best".into(), num_json(best));
    o.insert("high".into(), num_json(high));
    let reports: Vec<Value> = reports
        .iter()
        .map(|r| {
            let mut o = Map::new();
            o.insert("doc".into(), Value::from(r.doc.as_str()));
            o.insert("source".into(), r.source.clone().map_or(Value::Null, Value::from));
            o.insert("sent".into(), r.sent.clone());
            let f = &r.figure;
            o.insert("value".into(), f.value.map_or(Value::Null, num_json));
            if f.low.is_some() || f.high.is_some() {
                o.insert("low".into(), f.low.map_or(Value::Null, num_json));
                o.insert("high".into(), f.high.map_or(Value::Null, num_json));
            }
            o.insert("qualifier".into(), f.qualifier.clone().map_or(Value::Null, Value::from));
            if f.subtotal {
                o.insert("subtotal".into(), Value::from(true));
            }
            o.insert("text".into(), Value::from(r.text.as_str()));
            Value::Object(o)
        })
        .collect();
    o.insert("reports".into(), Value::Array(reports));
    o.insert("conflict".into(), Value::from(conflict));
    Value::Object(o)
}

/// (0 dated, 1 year unknown, 2 undated), then the first day the value
/// covers, then finer dates after coarser ones that start the same day.
type SortKey = (u8, String, u8, String);

fn sort_key(k: &DateKey) -> SortKey {
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
fn week_start(v: &str) -> Option<String> {
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
            t.add(r.as_object().unwrap().clone(), &mut field);
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
    fn weeks_and_coarse_dates_sort_by_their_first_day() {
        let k = |v: &str, g: &str| sort_key(&DateKey { value: Some(v.into()), granularity: g.into() });
        assert!(k("2016", "year") < k("2016-01", "month"));
        assert!(k("2016-06", "month") < k("2016-06-01", "day"));
        assert!(k("2016-W23", "week") < k("2016-06-07", "day"));
        assert!(k("199", "decade") < k("1991", "year"));
        assert_eq!(week_start("2016-W23").as_deref(), Some("2016-06-06"));
    }
}
