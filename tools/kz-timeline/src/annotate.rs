//! `kz-timeline --annotate`: find the time expressions of a sentence and
//! resolve them against the publication date (or `--anchor`), and against
//! the last date the same document mentioned.
//!
//! One automaton of all kinds of time expression finds the candidates and
//! says which kind each is (compiled once); only then are the parts of that
//! one match captured, with that kind's small pattern. A cheap keyword
//! pre-check skips sentences that cannot hold any. Resolution is plain
//! civil-date arithmetic ([`crate::civil`]): no clock, no guessing. The
//! `times` field is written as JSON text, not built as values.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use kz_shared::json::{push_str, push_uint};
use kz_shared::offsets::CharOffsets;
use kz_shared::words::unit_number;
use kz_shared::Record;
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::backtrack::BoundedBacktracker;
use regex_automata::nfa::thompson::pikevm::PikeVM;
use regex_automata::nfa::thompson::NFA;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::{Anchored, Input};
use serde_json::{Map, Value};

use crate::civil::{days_in_month, shift_month_day, Date};
use crate::holidays;

/// What a value was resolved from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnchorKind {
    /// The record's `published` date.
    Published,
    /// The `--anchor DATE` option.
    Anchor,
    /// Absolute in the text, or relative to another date of the document.
    Text,
    /// Nothing to resolve from (value has `XXXX` or is null).
    None,
}

impl AnchorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AnchorKind::Published => "published",
            AnchorKind::Anchor => "anchor",
            AnchorKind::Text => "text",
            AnchorKind::None => "none",
        }
    }
}

/// One time expression found in a text. Offsets are bytes here; they become
/// characters when written.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMention {
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    pub granularity: &'static str,
    pub anchor: AnchorKind,
    /// `morning`, `night`, `15:00`…
    pub part_of_day: Option<String>,
    /// `early`, `mid`, `late`, `start`, `end`.
    pub modifier: Option<&'static str>,
    /// The date a source spoke on ("said on Friday"), not of what happened.
    pub report: bool,
}

/// A day the document mentioned; the year may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DayRef {
    year: Option<i32>,
    month: u8,
    day: u8,
}

impl DayRef {
    fn of(d: Date) -> Self {
        DayRef { year: Some(d.year), month: d.month, day: d.day }
    }

    fn shifted(self, days: i64) -> Option<DayRef> {
        match self.year {
            Some(y) => Some(DayRef::of(Date::new(y, self.month, self.day)?.add_days(days))),
            None => {
                let (month, day) = shift_month_day(self.month, self.day, days)?;
                Some(DayRef { year: None, month, day })
            }
        }
    }

    fn value(self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("XXXX-{:02}-{:02}", self.month, self.day),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reference {
    Unset,
    Known(DayRef),
    Lost,
}

impl Reference {
    fn known(self) -> Option<DayRef> {
        match self {
            Reference::Known(d) => Some(d),
            _ => None,
        }
    }

    fn full_date(self) -> Option<Date> {
        let r = self.known()?;
        Date::new(r.year?, r.month, r.day)
    }
}

/// Annotates the records of a stream, one document after another, keeping
/// the reference time of the current document.
pub struct Annotator {
    default_anchor: Option<Date>,
    doc: Option<String>,
    /// The last day the document mentioned; `Lost` after one that could not
    /// be placed ("on Sunday" with nothing to count from).
    reference: Reference,
    /// Year of the last full date the document wrote out.
    text_year: Option<i32>,
    /// Buffers reused from text to text.
    scratch: Scratch,
}

impl Annotator {
    pub fn new(default_anchor: Option<Date>) -> Self {
        Annotator {
            default_anchor,
            doc: None,
            reference: Reference::Unset,
            text_year: None,
            scratch: Scratch::default(),
        }
    }

    /// Add `times` to a record (an empty array when it has text but no
    /// time); records without text pass unchanged.
    pub fn annotate_record(&mut self, record: &mut Record, text: Option<&str>) {
        // A new document (or a record outside any document) starts afresh.
        let doc = record.get_str("doc");
        if doc.is_none() || doc.as_deref() != self.doc.as_deref() {
            self.doc = doc.map(|d| d.into_owned());
            self.reference = Reference::Unset;
            self.text_year = None;
        }
        let Some(text) = text else { return };
        let published = record.get_str("published").as_deref().and_then(Date::parse_iso);
        let mentions = self.scan(text, published);
        let mut json = Vec::with_capacity(2 + 160 * mentions.len());
        write_times(&mut json, text, &mentions);
        let json = String::from_utf8(json).expect("JSON of UTF-8 text is UTF-8");
        record.insert_json("times".into(), json);
    }

    /// The time expressions of one text of the current document.
    pub fn scan(&mut self, text: &str, published: Option<Date>) -> Vec<TimeMention> {
        if !may_hold_time(text) {
            return Vec::new();
        }
        let anchor = match (published, self.default_anchor) {
            (Some(d), _) => Some((d, AnchorKind::Published)),
            (None, Some(d)) => Some((d, AnchorKind::Anchor)),
            _ => None,
        };
        let mut scratch = std::mem::take(&mut self.scratch);
        let out = self.scan_candidates(text, anchor, &mut scratch);
        self.scratch = scratch;
        out
    }

    fn scan_candidates(
        &mut self,
        text: &str,
        anchor: Option<(Date, AnchorKind)>,
        scratch: &mut Scratch,
    ) -> Vec<TimeMention> {
        let raw = find_raw(text, scratch);
        if raw.is_empty() {
            return Vec::new();
        }
        let lower = &mut scratch.lower;
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        let merged = merge_clock_times(lower, raw);
        let mut out = Vec::with_capacity(merged.len());
        for r in merged {
            let caps = Caps::of(text, &r, &scratch.groups);
            let future = is_future(lower, r.start, r.end) || is_deadline(lower, &caps, r.start, r.end);
            let report = is_report(lower, r.start);
            let Some(mut m) = self.resolve(&caps, &r, anchor, future) else {
                continue;
            };
            m.report = report;
            if m.part_of_day.is_none() {
                m.part_of_day = r.clock.clone();
            } else if r.clock.is_some() {
                // A clock time says more than "evening".
                m.part_of_day = r.clock.clone();
            }
            out.push(m);
        }
        out
    }

    fn resolve(
        &mut self,
        c: &Caps,
        r: &Raw,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) -> Option<TimeMention> {
        let mut m = TimeMention {
            start: r.start,
            end: r.end,
            value: None,
            granularity: "day",
            anchor: AnchorKind::None,
            part_of_day: None,
            modifier: None,
            report: false,
        };
        let pod =
            |names: &[&str]| names.iter().find_map(|n| c.name(n)).map(|p| p.as_str().to_ascii_lowercase());
        let year_of = |name: &str| c.name(name).and_then(|y| y.as_str().parse::<i32>().ok());

        if c.name("iso").is_some() || c.name("num").is_some() {
            let (y, mo, d) = if c.name("iso").is_some() {
                (year_of("aY"), num(c, "aM"), num(c, "aD"))
            } else {
                (year_of("bY"), num(c, "bM"), num(c, "bD"))
            };
            // "31.02.2020" is not a date.
            let date = y.and_then(|y| Date::new(y, mo?, d?))?;
            self.set_day(DayRef::of(date), true);
            m.value = Some(date.to_string());
            m.anchor = AnchorKind::Text;
        } else if let Some(month) = c.name("cM").or(c.name("dM")) {
            let (dname, yname) = if c.name("cM").is_some() { ("cD", "cY") } else { ("dD", "dY") };
            let mo = month_number(month.as_str());
            let d = num(c, dname);
            m.part_of_day = pod(&["cpp", "dpp", "cP"]);
            m.modifier = c.name("cel").map(|e| modifier_of(e.as_str()));
            if let (Some(mo), Some(d)) = (mo, d) {
                self.month_day(&mut m, year_of(yname), mo, d, anchor, future);
            }
            // "29 February 2023", "June 31": not a date.
            m.value.as_ref()?;
        } else if let Some(month) = c.name("eM") {
            m.granularity = "month";
            m.modifier = c.name("eE").map(|e| modifier_of(e.as_str()));
            if let (Some(mo), Some(y)) = (month_number(month.as_str()), year_of("eY")) {
                m.value = Some(format!("{y:04}-{mo:02}"));
                m.anchor = AnchorKind::Text;
            }
        } else if let (Some(month), Some(d)) = (c.name("fM"), c.name("fD")) {
            // "by May 16": a month-day after a preposition.
            m.start = m.start.max(month.start());
            if let (Some(mo), Ok(d)) = (month_number(month.as_str()), d.as_str().parse::<u8>()) {
                self.month_day(&mut m, year_of("fY"), mo, d, anchor, future);
            }
            m.value.as_ref()?;
        } else if let (Some(month), Some(y)) = (c.name("fM"), year_of("fY")) {
            m.granularity = "month";
            m.modifier = c.name("fE").map(|e| modifier_of(e.as_str()));
            if c.name("fE").is_none() {
                m.start = month.start();
            }
            m.value = month_number(month.as_str()).map(|mo| format!("{y:04}-{mo:02}"));
            m.anchor = AnchorKind::Text;
        } else if let Some(month) = c.name("fM") {
            m.granularity = "month";
            if c.name("fE").is_none() {
                m.start = m.start.max(month.start());
            }
            m.modifier = c.name("fE").map(|e| modifier_of(e.as_str()));
            let q = c.name("fP").map(|p| p.as_str().to_ascii_lowercase());
            if let Some(mo) = month_number(month.as_str()) {
                self.month_alone(&mut m, mo, q.as_deref(), anchor, future);
            }
        } else if let Some(day) = c.name("gD") {
            m.part_of_day = pod(&["gpp", "gP"]);
            m.modifier = c.name("gE").map(|e| modifier_of(e.as_str()));
            let q = c.name("gQ").map(|p| p.as_str().to_ascii_lowercase());
            let wd = weekday_number(day.as_str());
            if let (Some((a, kind)), Some(wd)) = (anchor, wd) {
                let date = match q.as_deref() {
                    Some("last" | "past" | "previous") => a.weekday_on_or_before(wd, true),
                    Some("next" | "coming") => a.weekday_on_or_after(wd, true),
                    _ if future => a.weekday_on_or_after(wd, true),
                    _ => a.weekday_on_or_before(wd, false),
                };
                m.value = Some(date.to_string());
                m.anchor = kind;
                self.set_day(DayRef::of(date), false);
            } else {
                self.reference = Reference::Lost;
            }
        } else if let Some(name) = c.name("hN") {
            self.holiday(&mut m, c, name.as_str(), anchor, future);
        } else if let Some(rel) = c.name("rel") {
            m.part_of_day = pod(&["relP"]);
            self.relative(&mut m, &rel.as_str().to_ascii_lowercase(), anchor);
        } else if let Some(n) = c.name("cnt") {
            let unit = c.name("cntU").map_or("", |u| u.as_str()).to_ascii_lowercase();
            let dir = c.name("cntD").map_or("", |u| u.as_str()).to_ascii_lowercase();
            if let Some(n) = count_word(n.as_str()) {
                self.counted(&mut m, n, &unit, &dir, anchor);
            }
        } else if let Some(dec) = c.name("kD") {
            m.granularity = "decade";
            m.modifier = c.name("kE").map(|e| modifier_of(e.as_str()));
            m.value = Some(dec.as_str()[..3].to_string());
            m.anchor = AnchorKind::Text;
        } else if c.name("lN").is_some() || c.name("lW").is_some() {
            m.granularity = "century";
            m.modifier = c.name("lE").map(|e| modifier_of(e.as_str()));
            let n = match (c.name("lN"), c.name("lW")) {
                (Some(n), _) => n.as_str().parse::<u32>().ok(),
                (_, Some(w)) => century_word(w.as_str()),
                _ => None,
            };
            if let Some(n) = n.filter(|n| (1..=30).contains(n)) {
                m.value = Some(format!("{:02}", n - 1));
                m.anchor = AnchorKind::Text;
            }
        } else if c.name("clk").is_some() || c.name("clk24").is_some() || c.name("clkW").is_some() {
            m.granularity = "time";
        } else if let Some(y) = c.name("yr") {
            m.granularity = "year";
            m.value = Some(y.as_str().to_string());
            m.anchor = AnchorKind::Text;
        }
        Some(m)
    }

    fn set_day(&mut self, day: DayRef, explicit_year: bool) {
        self.reference = Reference::Known(day);
        if explicit_year {
            self.text_year = day.year;
        }
    }

    fn month_day(
        &mut self,
        m: &mut TimeMention,
        year: Option<i32>,
        mo: u8,
        d: u8,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) {
        if let Some(y) = year {
            if let Some(date) = Date::new(y, mo, d) {
                m.value = Some(date.to_string());
                m.anchor = AnchorKind::Text;
                self.set_day(DayRef::of(date), true);
            }
            return;
        }
        if d == 0 || d > days_in_month(2000, mo) {
            return;
        }
        if let Some((a, kind)) = anchor {
            if let Some(date) = pick_year(a, mo, d, future) {
                m.value = Some(date.to_string());
                m.anchor = kind;
                self.set_day(DayRef::of(date), false);
            }
        } else if let Some(date) = self.text_year.and_then(|y| Date::new(y, mo, d)) {
            m.value = Some(date.to_string());
            m.anchor = AnchorKind::Text;
            self.set_day(DayRef::of(date), false);
        } else {
            let day = DayRef { year: None, month: mo, day: d };
            m.value = Some(day.value());
            self.set_day(day, false);
        }
    }

    fn month_alone(
        &mut self,
        m: &mut TimeMention,
        mo: u8,
        q: Option<&str>,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) {
        let year = match anchor {
            Some((a, kind)) => {
                m.anchor = kind;
                Some(match q {
                    Some("last") if mo >= a.month => a.year - 1,
                    Some("last") => a.year,
                    Some("next") if mo <= a.month => a.year + 1,
                    Some("next" | "this") => a.year,
                    _ => pick_year(a, mo, 15, future).map_or(a.year, |d| d.year),
                })
            }
            None => {
                if self.text_year.is_some() {
                    m.anchor = AnchorKind::Text;
                }
                self.text_year
            }
        };
        m.value = Some(match year {
            Some(y) => format!("{y:04}-{mo:02}"),
            None => format!("XXXX-{mo:02}"),
        });
    }

    fn holiday(
        &mut self,
        m: &mut TimeMention,
        c: &Caps,
        name: &str,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) {
        let Some(key) = holidays::key_of(name) else {
            return;
        };
        let edge = c
            .name("hE")
            .map(|e| e.as_str().to_ascii_lowercase())
            .map(|e| e.split_whitespace().collect::<Vec<_>>().join(" "));
        let explicit = c.name("hY").and_then(|y| y.as_str().parse::<i32>().ok());
        // Which day of the holiday (or of the month of Ramadan) is meant.
        let day_in = |year: i32| -> Option<Date> {
            if key == "ramadan" {
                let (start, last) = holidays::ramadan_span(year)?;
                return match edge.as_deref() {
                    Some("eve") => Some(start.add_days(-1)),
                    Some("end" | "last day") => Some(last),
                    _ => Some(start),
                };
            }
            let d = holidays::in_year(key, year)?;
            Some(if edge.as_deref() == Some("eve") { d.add_days(-1) } else { d })
        };
        let ramadan_month = key == "ramadan" && edge.is_none();
        let (year, kind) = match (explicit, anchor) {
            (Some(y), _) => (Some(y), AnchorKind::Text),
            (None, Some((a, kind))) => {
                let this = day_in(a.year);
                let y = match this {
                    Some(d) if !future && d.to_days() - a.to_days() > 90 => a.year - 1,
                    Some(d) if future && a.to_days() - d.to_days() > 90 => a.year + 1,
                    _ => a.year,
                };
                (Some(y), kind)
            }
            (None, None) => (self.text_year, AnchorKind::Text),
        };
        if let Some(y) = year {
            if ramadan_month {
                if let Some((start, last)) = holidays::ramadan_span(y) {
                    m.granularity = "period";
                    m.value = Some(format!("{start}/{last}"));
                    m.anchor = kind;
                }
            } else if let Some(d) = day_in(y) {
                m.value = Some(d.to_string());
                m.anchor = kind;
                self.set_day(DayRef::of(d), false);
            }
        } else if let Some((mo, d)) = holidays::fixed(key) {
            // Same date every year: the month and day are known.
            let shift = if edge.as_deref() == Some("eve") { -1 } else { 0 };
            if let Some((mo, d)) = shift_month_day(mo, d, shift) {
                let day = DayRef { year: None, month: mo, day: d };
                m.value = Some(day.value());
                self.set_day(day, false);
            }
        }
        if ramadan_month && m.value.is_none() {
            m.granularity = "period";
        }
    }

    fn relative(&mut self, m: &mut TimeMention, rel: &str, anchor: Option<(Date, AnchorKind)>) {
        let rel: String = rel.split_whitespace().collect::<Vec<_>>().join(" ");
        let rel = rel.strip_prefix("on ").unwrap_or(&rel);
        // Counted from the last date the document mentioned.
        let from_reference: Option<i64> = match rel {
            "the day before" | "the previous day" | "a day earlier" => Some(-1),
            "the day after" | "the next day" | "the following day" | "a day later" => Some(1),
            "the same day"
            | "that same day"
            | "that day"
            | "earlier that day"
            | "later that day"
            | "earlier the same day"
            | "later the same day" => Some(0),
            _ => None,
        };
        if let Some(shift) = from_reference {
            self.count_from_reference(m, shift, anchor);
            return;
        }
        if let Some(unit) = rel
            .strip_prefix("the previous ")
            .or(rel.strip_prefix("the following "))
            .or(rel.strip_prefix("the next "))
            .or(rel.strip_prefix("the same "))
        {
            let sign = if rel.starts_with("the previous") {
                -1
            } else if rel.starts_with("the same") {
                0
            } else {
                1
            };
            let base = self.reference.full_date().map(|d| (d, AnchorKind::Text)).or(anchor);
            if let Some((b, kind)) = base {
                period(m, b, unit, sign);
                m.anchor = kind;
            } else {
                m.granularity = unit_granularity(unit);
            }
            return;
        }
        // Counted from the publication date (or --anchor).
        let part = match rel {
            "this morning" => Some("morning"),
            "this afternoon" => Some("afternoon"),
            "this evening" => Some("evening"),
            "tonight" | "overnight" | "last night" | "over the past night" => Some("night"),
            _ => None,
        };
        if let Some(p) = part {
            m.part_of_day.get_or_insert_with(|| p.to_string());
        }
        let Some((a, kind)) = anchor else {
            m.granularity = match rel.rsplit(' ').next() {
                Some(u @ ("week" | "month" | "year")) => unit_granularity(u),
                _ => "day",
            };
            return;
        };
        m.anchor = kind;
        let day = |m: &mut TimeMention, this: &mut Self, shift: i64| {
            let d = a.add_days(shift);
            m.value = Some(d.to_string());
            this.set_day(DayRef::of(d), false);
        };
        match rel {
            "today" | "earlier today" | "this morning" | "this afternoon" | "this evening" | "tonight" => {
                day(m, self, 0)
            }
            "yesterday" => day(m, self, -1),
            "tomorrow" => day(m, self, 1),
            "the day before yesterday" => day(m, self, -2),
            "the day after tomorrow" => day(m, self, 2),
            // The night that ended on the morning of publication.
            "overnight" | "last night" | "over the past night" => day(m, self, -1),
            _ => {
                let mut words = rel.split(' ');
                let first = words.next().unwrap_or("");
                let unit = rel.rsplit(' ').next().unwrap_or("");
                let sign = match first {
                    "last" | "past" | "previous" => -1,
                    "next" | "coming" | "following" => 1,
                    _ => 0,
                };
                if rel.starts_with("earlier this") {
                    m.modifier = Some("early");
                } else if rel.starts_with("later this") {
                    m.modifier = Some("late");
                }
                period(m, a, unit, sign);
            }
        }
    }

    fn count_from_reference(&mut self, m: &mut TimeMention, shift: i64, anchor: Option<(Date, AnchorKind)>) {
        let (base, kind) = match (self.reference, anchor) {
            (Reference::Known(r), _) => (r, AnchorKind::Text),
            (Reference::Unset, Some((a, kind))) => (DayRef::of(a), kind),
            _ => return,
        };
        if let Some(d) = base.shifted(shift) {
            m.value = Some(d.value());
            m.anchor = if d.year.is_some() { kind } else { AnchorKind::Text };
            self.reference = Reference::Known(d);
        } else {
            self.reference = Reference::Lost;
        }
    }

    fn counted(
        &mut self,
        m: &mut TimeMention,
        n: i64,
        unit: &str,
        dir: &str,
        anchor: Option<(Date, AnchorKind)>,
    ) {
        let unit = unit.trim_end_matches('s');
        let sign = match dir {
            "ago" | "earlier" | "before" => -1,
            _ => 1,
        };
        if dir == "ago" {
            let Some((a, kind)) = anchor else {
                m.granularity = unit_granularity(unit);
                return;
            };
            m.anchor = kind;
            shifted_period(m, a, unit, sign * n);
            if unit == "day" {
                self.set_day(
                    DayRef::of(Date::parse_iso(m.value.as_deref().unwrap_or("")).unwrap_or(a)),
                    false,
                );
            }
            return;
        }
        if unit == "day" || unit == "week" {
            let days = sign * n * if unit == "week" { 7 } else { 1 };
            self.count_from_reference(m, days, anchor);
            return;
        }
        let base = self.reference.full_date().map(|d| (d, AnchorKind::Text)).or(anchor);
        match base {
            Some((b, kind)) => {
                m.anchor = kind;
                shifted_period(m, b, unit, sign * n);
            }
            None => m.granularity = unit_granularity(unit),
        }
    }
}

fn unit_granularity(unit: &str) -> &'static str {
    match unit {
        "week" => "week",
        "month" => "month",
        "year" => "year",
        _ => "day",
    }
}

/// The week, month or year `sign` (-1, 0, 1) periods from `base`.
fn period(m: &mut TimeMention, base: Date, unit: &str, sign: i64) {
    shifted_period(m, base, unit, sign)
}

fn shifted_period(m: &mut TimeMention, base: Date, unit: &str, n: i64) {
    m.granularity = unit_granularity(unit);
    m.value = Some(match unit {
        "week" => {
            let (y, w) = base.add_days(7 * n).iso_week();
            format!("{y:04}-W{w:02}")
        }
        "month" => {
            let total = i64::from(base.year) * 12 + i64::from(base.month) - 1 + n;
            format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
        }
        "year" => format!("{:04}", i64::from(base.year) + n),
        _ => base.add_days(n).to_string(),
    });
}

/// The year of a month-day, near the anchor: a past-tense report means the
/// latest such day not more than 90 days after the anchor; a future one the
/// earliest not more than 90 days before it. (29 February goes to the
/// nearest leap year in that direction.)
fn pick_year(anchor: Date, month: u8, day: u8, future: bool) -> Option<Date> {
    let mut year = anchor.year;
    let probe = Date::new(2000, month, day)?;
    let this = Date::new(year, month, day.min(days_in_month(year, month)))?;
    let diff = this.to_days() - anchor.to_days();
    let step = if !future && diff > 90 {
        year -= 1;
        -1
    } else if future && diff < -90 {
        year += 1;
        1
    } else if future {
        1
    } else {
        -1
    };
    for _ in 0..8 {
        if let Some(d) = Date::new(year, probe.month, probe.day) {
            return Some(d);
        }
        year += step;
    }
    None
}

fn num(c: &Caps, name: &str) -> Option<u8> {
    c.name(name)?.as_str().parse().ok()
}

fn modifier_of(word: &str) -> &'static str {
    let w = word.to_ascii_lowercase();
    if w.starts_with("early") {
        "early"
    } else if w.starts_with("mid") || w.contains("middle") {
        "mid"
    } else if w.starts_with("late") {
        "late"
    } else if w.contains("beginning") || w.contains("start") {
        "start"
    } else {
        "end"
    }
}

fn month_number(word: &str) -> Option<u8> {
    Some(match &first_three_lower(word.trim_end_matches('.'))? {
        b"jan" => 1,
        b"feb" => 2,
        b"mar" => 3,
        b"apr" => 4,
        b"may" => 5,
        b"jun" => 6,
        b"jul" => 7,
        b"aug" => 8,
        b"sep" => 9,
        b"oct" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    })
}

/// The first three bytes of a word in ASCII lower case.
fn first_three_lower(word: &str) -> Option<[u8; 3]> {
    match word.as_bytes() {
        [a, b, c, ..] => Some([a.to_ascii_lowercase(), b.to_ascii_lowercase(), c.to_ascii_lowercase()]),
        _ => None,
    }
}

fn weekday_number(word: &str) -> Option<u8> {
    Some(match &first_three_lower(word)? {
        b"mon" => 0,
        b"tue" => 1,
        b"wed" => 2,
        b"thu" => 3,
        b"fri" => 4,
        b"sat" => 5,
        b"sun" => 6,
        _ => return None,
    })
}

/// The count of "three days ago": a number word, "a"/"an", or digits.
fn count_word(word: &str) -> Option<i64> {
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    word.parse().ok().or_else(|| unit_number(&word.to_ascii_lowercase()).map(i64::from))
}

fn century_word(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase().replace('-', " ");
    Some(match w.split_whitespace().collect::<Vec<_>>().join(" ").as_str() {
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "twenty first" => 21,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Finding candidates

/// Words without which a sentence holds no time expression (digits aside).
static KEYWORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostFirst)
        .build([
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
            "day",
            "night",
            "morning",
            "evening",
            "afternoon",
            "week",
            "month",
            "year",
            "tomorrow",
            "tonight",
            "ramadan",
            "ramazan",
            "eid",
            "kurban",
            "qurban",
            "oraza",
            "nauryz",
            "nowruz",
            "navruz",
            "nauruz",
            "century",
            "noon",
            "midnight",
        ])
        .expect("keyword automaton")
});

/// The cheap pre-check: a digit or a keyword somewhere in the text.
pub fn may_hold_time(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit()) || KEYWORDS.is_match(text)
}

const MON_FULL: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december";
const MON_ANY: &str = "january|february|march|april|may|june|july|august|september|october|\
november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const YEAR: &str = r"(?:1[6-9]|20)\d\d";
const POD: &str = "morning|afternoon|evening|night";

fn pod_prefix(x: &str) -> String {
    format!(r"(?:(?:early\s+|late\s+)?(?:in|on|during|at)\s+the\s+(?P<{x}pp>{POD})\s+of\s+)?")
}

/// The kinds of time expression, one pattern each, most specific first
/// (where two could start at the same place, the first one wins).
fn branch_patterns() -> Vec<String> {
    let branches = [
        r"(?P<iso>(?P<aY>\d{4})-(?P<aM>\d{2})-(?P<aD>\d{2}))\b".to_string(),
        r"(?P<num>(?P<bD>\d{1,2})[./](?P<bM>\d{1,2})[./](?P<bY>\d{4}))\b".to_string(),
        format!(
            r"(?:(?:on\s+)?the\s+(?P<hE>eve|first\s+day|start|beginning|end|last\s+day)\s+of\s+(?:the\s+)?)?(?P<hN>ramadan|ramazan|eid\s+(?:al|ul)[-\s]+(?:adha|fitr)|(?:kurban|qurban)[-\s]+(?:ait|ayt|bayram|bairam)|oraza[-\s]+(?:ait|ayt)|nauryz|nowruz|navruz|nauruz|independence\s+day|victory\s+day|constitution\s+day|republic\s+day|capital\s+day|unity\s+day|new\s+year['’]s\s+(?:day|eve))\b(?:,?\s+(?P<hY>{YEAR})\b)?"
        ),
        format!(
            r"{}(?:(?P<cel>early|late)\s+(?:on\s+)?)?(?P<cM>{MON_ANY})\b\.?\s+(?P<cD>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<cY>{YEAR})\b)?(?:\s+(?P<cP>{POD})\b)?",
            pod_prefix("c")
        ),
        format!(
            r"{}(?P<dD>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dM>{MON_ANY})\b\.?(?:,?\s+(?P<dY>{YEAR})\b)?",
            pod_prefix("d")
        ),
        format!(
            r"(?:(?P<eE>early|mid|late)[\s-]+)?(?P<eM>{MON_ANY})\b\.?,?\s+(?:of\s+)?(?P<eY>{YEAR})\b"
        ),
        format!(
            r"(?:(?P<fE>early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of)[\s-]+|(?P<fP>in|since|until|till|by|from|during|throughout|last|next|this|before|after)\s+)(?P<fM>{MON_FULL})\b(?:\s+(?P<fD>[0-3]?\d)(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<fY>{YEAR})\b)?"
        ),
        format!(
            r"{}(?:(?P<gQ>last|next|this|past|coming|previous)\s+|(?P<gE>early|late)\s+(?:on\s+)?)?(?P<gD>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?P<gP>{POD})\b)?",
            pod_prefix("g")
        ),
        format!(
            r"(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|the\s+day\s+before|the\s+previous\s+day|the\s+day\s+after|the\s+next\s+day|the\s+following\s+day|(?:on\s+)?(?:the|that)\s+same\s+day|(?:earlier|later)\s+(?:that|the\s+same)\s+day|that\s+day|a\s+day\s+(?:earlier|later)|yesterday|today|tomorrow|tonight|overnight|last\s+night|over\s+the\s+past\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|next|this|past|coming|previous|following)\s+(?:week|month|year)|the\s+(?:previous|following|next|same)\s+(?:week|month|year))\b(?:\s+(?P<relP>{POD})\b)?"
        ),
        r"(?P<cnt>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,3})\s+(?P<cntU>days|day|weeks|week|months|month|years|year)\s+(?P<cntD>later|earlier|after|before|ago|afterwards)\b".to_string(),
        r"(?:the\s+)?(?:(?P<kE>early|mid|late)[\s-]+)?(?P<kD>1[5-9]\d0|20\d0)['’]?s\b".to_string(),
        r"(?:the\s+)?(?:(?P<lE>early|mid|late)[\s-]+)?(?:(?P<lN>\d{1,2})(?:st|nd|rd|th)|(?P<lW>eighteenth|nineteenth|twentieth|twenty[-\s]first))\s+century\b".to_string(),
        r"(?P<clk>(?P<mH>1[0-2]|0?\d)(?:[:.](?P<mM>[0-5]\d))?\s*(?P<mAP>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b))|(?P<clk24>(?P<nH>[01]?\d|2[0-3]):(?P<nM>[0-5]\d))\b|(?P<clkW>noon|midday|midnight)\b".to_string(),
        format!(r"(?P<yr>{YEAR})\b"),
    ];
    // ASCII word boundaries and digits keep the regexes on their fast DFA
    // engines whatever the text (Unicode `\b` needs a slower one).
    branches
        .iter()
        .map(|b| format!(r"(?i)\b(?:{b})").replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]"))
        .collect()
}

/// Finds candidates: all the kinds at once, as one automaton, without
/// captures (cheap). It says which kind matched, so that only that kind's
/// small regex is run again, on the match alone, for its parts: capturing
/// with one big regex was most of the cost of the date reader.
static FINDER: LazyLock<Regex> = LazyLock::new(|| Regex::new_many(&branch_patterns()).expect("time regex"));

/// One kind of time expression: its regex, as the engines that capture
/// the parts of a match already found, and its named groups.
struct Branch {
    /// Fastest on a short match...
    backtrack: BoundedBacktracker,
    /// ...and this one for a match of any length.
    pikevm: PikeVM,
    /// (name, group index) of the named groups.
    names: Vec<(&'static str, usize)>,
}

static BRANCHES: LazyLock<Vec<Branch>> = LazyLock::new(|| {
    branch_patterns()
        .iter()
        .map(|p| {
            let nfa = NFA::new(p).expect("time regex");
            let names = nfa
                .group_info()
                .pattern_names(regex_automata::PatternID::ZERO)
                .enumerate()
                .filter_map(|(i, n)| Some((&*String::leak(n?.to_string()), i)))
                .collect();
            let backtrack = BoundedBacktracker::new_from_nfa(nfa.clone()).expect("backtracker");
            let pikevm = PikeVM::new_from_nfa(nfa).expect("pikevm");
            Branch { backtrack, pikevm, names }
        })
        .collect()
});

/// Buffers of the date reader, kept from text to text.
#[derive(Default)]
struct Scratch {
    /// Capture slots and search caches of each kind.
    slots: Vec<Slots>,
    backtrack: Vec<regex_automata::nfa::thompson::backtrack::Cache>,
    pikevm: Vec<regex_automata::nfa::thompson::pikevm::Cache>,
    /// Spans of the groups of all candidates of the current text.
    groups: Vec<Option<(usize, usize)>>,
    /// The text in ASCII lower case.
    lower: String,
}

/// The named parts of one candidate.
struct Caps<'t> {
    text: &'t str,
    names: &'static [(&'static str, usize)],
    groups: &'t [Option<(usize, usize)>],
}

/// A part of a candidate: byte span in the text.
#[derive(Debug, Clone, Copy)]
struct Part<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Part<'t> {
    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

impl<'t> Caps<'t> {
    fn of(text: &'t str, r: &Raw, groups: &'t [Option<(usize, usize)>]) -> Self {
        Caps { text, names: &BRANCHES[r.branch].names, groups: &groups[r.groups.clone()] }
    }

    fn name(&self, name: &str) -> Option<Part<'t>> {
        let &(_, i) = self.names.iter().find(|(n, _)| *n == name)?;
        let (start, end) = self.groups[i]?;
        Some(Part { text: self.text, start, end })
    }
}

impl std::ops::Index<&str> for Caps<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        self.name(name).map(|p| p.as_str()).unwrap_or_else(|| panic!("no group {name}"))
    }
}

/// A candidate before resolution: byte span (with a clock time merged in),
/// its kind and parts, and the clock time.
#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
    /// Index of its kind in [`BRANCHES`].
    branch: usize,
    /// Its groups in [`Scratch::groups`].
    groups: std::ops::Range<usize>,
    clock: Option<String>,
    is_clock: bool,
}

/// Words after which a bare four-digit number is a year.
const YEAR_WORDS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "of",
    "during",
    "before",
    "after",
    "between",
    "and",
    "to",
    "year",
    "early",
    "late",
    "mid",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "through",
    "throughout",
    "around",
    "circa",
    "c.",
];

fn find_raw(text: &str, scratch: &mut Scratch) -> Vec<Raw> {
    let branches = &*BRANCHES;
    if scratch.slots.is_empty() {
        scratch.slots = branches.iter().map(|b| b.backtrack.create_captures()).collect();
        scratch.backtrack = branches.iter().map(|b| b.backtrack.create_cache()).collect();
        scratch.pikevm = branches.iter().map(|b| b.pikevm.create_cache()).collect();
    }
    scratch.groups.clear();
    let mut out = Vec::new();
    for whole in FINDER.find_iter(text) {
        let branch = whole.pattern().as_usize();
        let slots = &mut scratch.slots[branch];
        // The kind's own regex on the match alone (look-arounds still see
        // the text around it) finds the same match, now with its parts.
        let input = Input::new(text).span(whole.range()).anchored(Anchored::Yes);
        let b = &branches[branch];
        if b.backtrack.try_search(&mut scratch.backtrack[branch], &input, slots).is_err() {
            // Longer than the backtracker keeps track of.
            b.pikevm.search(&mut scratch.pikevm[branch], &input, slots);
        }
        if slots.get_match().map(|m| m.range()) != Some(whole.range()) {
            debug_assert!(false, "kind {branch} does not match {:?} alone", &text[whole.range()]);
            continue;
        }
        let first = scratch.groups.len();
        scratch.groups.extend((0..slots.group_len()).map(|i| slots.get_group(i).map(|g| (g.start, g.end))));
        let r = Raw {
            start: whole.start(),
            end: whole.end(),
            branch,
            groups: first..scratch.groups.len(),
            clock: None,
            is_clock: false,
        };
        let c = Caps::of(text, &r, &scratch.groups);
        // "may" the verb is not May the month.
        let month = ["cM", "dM", "eM", "fM"].iter().find_map(|n| c.name(n));
        if let Some(mo) = month {
            if mo.as_str().eq_ignore_ascii_case("may") && !mo.as_str().starts_with('M') {
                continue;
            }
        }
        if c.name("yr").is_some() && !looks_like_year(text, whole.start(), whole.end()) {
            continue;
        }
        if c.name("num").is_some() && !plausible_numeric_date(&c) {
            continue;
        }
        let clock = clock_of(&c);
        // The optional dot after a month is for "Jan."; after a full name
        // ("on 5 January.") it ends the sentence and is not part of the date.
        let mut end = whole.end();
        if let Some(mo) = month {
            if mo.end() + 1 == end
                && text.as_bytes()[mo.end()] == b'.'
                && MON_FULL.split('|').any(|full| mo.as_str().eq_ignore_ascii_case(full))
            {
                end -= 1;
            }
        }
        out.push(Raw { end, is_clock: clock.is_some(), clock, ..r });
    }
    out
}

fn plausible_numeric_date(c: &Caps) -> bool {
    let d: u32 = c["bD"].parse().unwrap_or(0);
    let m: u32 = c["bM"].parse().unwrap_or(0);
    (1..=31).contains(&d) && (1..=12).contains(&m)
}

fn looks_like_year(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    // A currency sign, a number sign or a digit group just before: not a year.
    if before.ends_with(['$', '№', '#', '€', '£', '+'])
        || before.ends_with(", ") && {
            let t = before.trim_end_matches(", ");
            t.ends_with(|c: char| c.is_ascii_digit())
        }
    {
        return false;
    }
    let prev = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '-')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if YEAR_WORDS.contains(&prev.as_str()) {
        return true;
    }
    // Otherwise only where no noun follows: "(2011)", "2011.", end of text.
    let after = text[end..].trim_start_matches(' ');
    match after.chars().next() {
        None => true,
        Some(c) => matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?' | '"' | '”' | '’' | '\''),
    }
}

fn clock_of(c: &Caps) -> Option<String> {
    if c.name("clk").is_some() {
        let mut h: u32 = c["mH"].parse().ok()?;
        let m: u32 = c.name("mM").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let pm = c["mAP"].to_ascii_lowercase().starts_with('p');
        if h == 12 {
            h = 0;
        }
        if pm {
            h += 12;
        }
        Some(format!("{h:02}:{m:02}"))
    } else if c.name("clk24").is_some() {
        Some(format!("{:02}:{}", c["nH"].parse::<u32>().ok()?, &c["nM"]))
    } else {
        c.name("clkW").map(|w| match w.as_str().to_ascii_lowercase().as_str() {
            "midnight" => "00:00".to_string(),
            _ => "12:00".to_string(),
        })
    }
}

/// Text allowed between a clock time and its date: "11 p.m. on Wednesday",
/// "Friday at 15:00", "7 p.m. in the evening of the same day".
fn joins_clock_and_date(gap: &str) -> bool {
    let g = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
    let g: String = g.split_whitespace().collect::<Vec<_>>().join(" ");
    matches!(
        g.as_str(),
        "" | "at"
            | "on"
            | "of"
            | "around"
            | "about"
            | "at about"
            | "at around"
            | "shortly after"
            | "shortly before"
            | "after"
            | "before"
            | "by"
            | "in the morning of"
            | "in the afternoon of"
            | "in the evening of"
            | "in the night of"
            | "on the night of"
            | "on the evening of"
            | "on the morning of"
    )
}

fn merge_clock_times(lower: &str, raw: Vec<Raw>) -> Vec<Raw> {
    let mut out: Vec<Raw> = Vec::with_capacity(raw.len());
    let mut pending_clock: Option<Raw> = None;
    for r in raw {
        if r.is_clock {
            // Joins the date just before it, if any.
            if let Some(prev) = out.last_mut() {
                if !prev.is_clock && prev.clock.is_none() && joins_clock_and_date(&lower[prev.end..r.start]) {
                    prev.end = r.end;
                    prev.clock = r.clock;
                    continue;
                }
            }
            if let Some(p) = pending_clock.take() {
                out.push(p);
            }
            pending_clock = Some(r);
            continue;
        }
        let mut r = r;
        if let Some(p) = pending_clock.take() {
            if joins_clock_and_date(&lower[p.end..r.start]) {
                r.start = p.start;
                r.clock = p.clock;
                out.push(r);
                continue;
            }
            out.push(p);
        }
        out.push(r);
    }
    if let Some(p) = pending_clock {
        out.push(p);
    }
    out
}

// ---------------------------------------------------------------------------
// Tense and reporting

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Does the clause around the expression speak of the future? Looks back
/// to the start of the clause (60 bytes at most) and ahead to its end.
pub(crate) fn is_future(lower: &str, start: usize, end: usize) -> bool {
    let (before, after) = clause_around(lower, start, end);
    speaks_of_future(before) || speaks_of_future(after)
}

/// The clause around an expression, before and after it: back to a clause
/// mark (60 bytes at most), ahead to the next one or to "that" (40 at most).
fn clause_around(lower: &str, start: usize, end: usize) -> (&[u8], &[u8]) {
    let from = floor_boundary(lower, start.saturating_sub(60));
    let before = &lower.as_bytes()[from..start];
    let before = match (0..before.len()).rev().find(|&i| is_clause_mark(&before[i..])) {
        Some(i) => &before[i..],
        None => before,
    };
    let to = ceil_boundary(lower, end + 40);
    let after = &lower.as_bytes()[end..to];
    let after = match (0..after.len()).find(|&i| is_clause_mark(&after[i..])) {
        Some(i) => &after[..i],
        None => after,
    };
    let after = match find_bytes(after, b" that ") {
        Some(i) => &after[..i],
        None => after,
    };
    (before, after)
}

/// Is the expression the end of a state that still holds: a deadline, a
/// curfew, a closure ("the curfew stays in force until January 5", "must
/// leave by Friday", "schools are shut through Sunday")? Then it lies ahead
/// of the report, like a future-tense one.
///
/// The rule: "until", "till", "through" or "by" just before the date, a
/// verb of the present or an obligation in its clause (`is`, `are`,
/// `stays`, `remains`, `must`, `has`…), and no past-tense auxiliary (`was`,
/// `were`, `had`, `did`). So "had been held until March 3" and "police held
/// them until Friday" (no present verb to go by) stay in the past, and
/// "hit by Friday's storm" is no deadline.
fn is_deadline(lower: &str, c: &Caps, start: usize, end: usize) -> bool {
    // "until March 3" may be one match, the word leading it.
    let lead = match c.name("fP") {
        Some(p) => &lower.as_bytes()[p.start()..p.end()],
        None => last_word(&lower.as_bytes()[..start]),
    };
    if !matches!(lead, b"until" | b"till" | b"through" | b"by") {
        return false;
    }
    let rest = &lower[end..];
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return false;
    }
    let (before, after) = clause_around(lower, start, end);
    let words = || words_of(before).chain(words_of(after));
    let present = words().any(|w| {
        matches!(
            w,
            b"is"
                | b"are"
                | b"stays"
                | b"stay"
                | b"remains"
                | b"remain"
                | b"must"
                | b"should"
                | b"has"
                | b"have"
                | b"needs"
                | b"need"
                | b"lasts"
                | b"applies"
                | b"apply"
        )
    });
    present && !words().any(|w| matches!(w, b"was" | b"were" | b"had" | b"did"))
}

/// Words of lower-case text: runs of ASCII letters, digits and `'`.
fn words_of(s: &[u8]) -> impl Iterator<Item = &[u8]> {
    s.split(|&b| !(b.is_ascii_alphanumeric() || b == b'\'')).filter(|w| !w.is_empty())
}

/// The last word of a text (empty if it ends in something else than a
/// word and spaces).
fn last_word(s: &[u8]) -> &[u8] {
    let s = s.trim_ascii_end();
    let from = s.iter().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    &s[from..]
}

/// Does a clause mark (`, ; . : "` or `“`) begin here?
fn is_clause_mark(s: &[u8]) -> bool {
    match s.first() {
        Some(b',' | b';' | b'.' | b'"' | b':') => true,
        Some(0xe2) => s.starts_with("“".as_bytes()),
        _ => false,
    }
}

fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A future-tense word (`will`, `scheduled`, `…'ll`) or "is to"/"are to"
/// in lower-case text. Words are runs of ASCII letters, digits and `'`.
fn speaks_of_future(s: &[u8]) -> bool {
    let future_word = s.split(|&b| !(b.is_ascii_alphanumeric() || b == b'\'')).any(|w| {
        matches!(
            w,
            b"will"
                | b"won't"
                | b"shall"
                | b"would"
                | b"scheduled"
                | b"plans"
                | b"plan"
                | b"planned"
                | b"planning"
                | b"going"
                | b"expected"
                | b"upcoming"
                | b"due"
                | b"intends"
        ) || w.ends_with(b"'ll")
    });
    future_word || find_bytes(s, b" is to ").is_some() || find_bytes(s, b" are to ").is_some()
}

const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "told",
    "announced",
    "stated",
    "added",
    "declared",
    "confirmed",
    "claimed",
    "noted",
    "wrote",
    "informed",
    "explained",
    "tweeted",
];

/// Is this the date a source spoke on ("the agency reported Monday",
/// "said on Friday")?
fn is_report(lower: &str, start: usize) -> bool {
    let from = floor_boundary(lower, start.saturating_sub(40));
    // Bytes: a character outside ASCII separates words as a whole.
    let mut words = lower.as_bytes()[from..start]
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .skip_while(|w| matches!(*w, b"on" | b"late" | b"early" | b"in" | b"the"));
    words.next().is_some_and(|w| REPORT_VERBS.iter().any(|v| v.as_bytes() == w))
}

// ---------------------------------------------------------------------------
// Output

/// The `times` array of a record.
pub fn times_json(text: &str, mentions: &[TimeMention]) -> Value {
    times_value(text, mentions.to_vec())
}

fn times_value(text: &str, mentions: Vec<TimeMention>) -> Value {
    let mut chars = CharOffsets::new(text);
    let items = mentions
        .into_iter()
        .map(|m| {
            let (s, e) = chars.span(m.start, m.end);
            // Sized for every field at once: growing a map is most of its cost.
            let mut o = Map::with_capacity(9);
            o.insert("text".into(), Value::from(&text[m.start..m.end]));
            o.insert("start".into(), Value::from(s));
            o.insert("end".into(), Value::from(e));
            o.insert("value".into(), m.value.map_or(Value::Null, Value::String));
            o.insert("granularity".into(), Value::from(m.granularity));
            o.insert("anchor".into(), Value::from(m.anchor.as_str()));
            if let Some(p) = m.part_of_day {
                o.insert("part_of_day".into(), Value::String(p));
            }
            if let Some(md) = m.modifier {
                o.insert("mod".into(), Value::from(md));
            }
            if m.report {
                o.insert("report".into(), Value::from(true));
            }
            Value::Object(o)
        })
        .collect();
    Value::Array(items)
}

/// The `times` array as JSON text: the same bytes as serialising
/// [`times_json`], without building values.
fn write_times(out: &mut Vec<u8>, text: &str, mentions: &[TimeMention]) {
    let mut chars = CharOffsets::new(text);
    out.push(b'[');
    for (n, m) in mentions.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        let (s, e) = chars.span(m.start, m.end);
        out.extend_from_slice(b"{\"text\":");
        push_str(out, &text[m.start..m.end]);
        out.extend_from_slice(b",\"start\":");
        push_uint(out, s);
        out.extend_from_slice(b",\"end\":");
        push_uint(out, e);
        out.extend_from_slice(b",\"value\":");
        match &m.value {
            Some(v) => push_str(out, v),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"granularity\":");
        push_str(out, m.granularity);
        out.extend_from_slice(b",\"anchor\":");
        push_str(out, m.anchor.as_str());
        if let Some(p) = &m.part_of_day {
            out.extend_from_slice(b",\"part_of_day\":");
            push_str(out, p);
        }
        if let Some(md) = m.modifier {
            out.extend_from_slice(b",\"mod\":");
            push_str(out, md);
        }
        if m.report {
            out.extend_from_slice(b",\"report\":true");
        }
        out.push(b'}');
    }
    out.push(b']');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pubd(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    /// (text, value) of each expression in the sentences of one document.
    fn doc(published: Option<&str>, sentences: &[&str]) -> Vec<(String, Option<String>)> {
        let mut a = Annotator::new(None);
        let mut out = Vec::new();
        for s in sentences {
            for m in a.scan(s, published.and_then(pubd)) {
                out.push((s[m.start..m.end].to_string(), m.value));
            }
        }
        out
    }

    fn one(published: Option<&str>, sentence: &str) -> TimeMention {
        let mut a = Annotator::new(None);
        let ms = a.scan(sentence, published.and_then(pubd));
        assert_eq!(ms.len(), 1, "{sentence}: {ms:?}");
        ms.into_iter().next().unwrap()
    }

    fn value(published: Option<&str>, sentence: &str) -> Option<String> {
        one(published, sentence).value
    }

    #[test]
    fn full_dates_in_press_forms() {
        for s in [
            "The blast came on March 3, 2021, near the depot.",
            "The blast came on 3 March 2021 near the depot.",
            "The blast came on 3rd of March 2021 near the depot.",
            "Dated 03.03.2021 in the archive.",
            "Dated 03/03/2021 in the archive.",
            "Logged as 2021-03-03 by the court.",
            "On Mar. 3, 2021 the depot burned.",
        ] {
            let m = one(None, s);
            assert_eq!(m.value.as_deref(), Some("2021-03-03"), "{s}");
            assert_eq!(m.anchor, AnchorKind::Text);
            assert_eq!(m.granularity, "day");
        }
        // day.month.year, never month.day.year
        assert_eq!(value(None, "Filed on 12.04.2019.").as_deref(), Some("2019-04-12"));
        // impossible dates are not dates
        assert!(doc(None, &["Version 31.02.2020 was bad."]).is_empty());
    }

    #[test]
    fn a_very_long_match_is_still_read() {
        // Longer than the backtracker keeps track of: the PikeVM reads it.
        let text = format!("It began on March{}3, 2021.", " ".repeat(20_000));
        assert_eq!(value(None, &text).as_deref(), Some("2021-03-03"));
    }

    #[test]
    fn a_full_stop_after_a_month_name_is_not_part_of_the_date() {
        let mut a = Annotator::new(None);
        let text = "The court sat on 12 February. Jan. 9 came next, then 3 May.";
        let found = a.scan(text, Date::parse_iso("2020-03-01"));
        let spans: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(spans, ["12 February", "Jan. 9", "3 May"]);
        assert_eq!(found[0].value.as_deref(), Some("2020-02-12"));
    }

    #[test]
    fn month_day_takes_the_year_of_the_publication() {
        let m = one(Some("2018-09-20"), "Protesters gathered on September 18th outside the akimat.");
        assert_eq!(m.value.as_deref(), Some("2018-09-18"));
        assert_eq!(m.anchor, AnchorKind::Published);
        // Early January news about late December: the year before.
        assert_eq!(
            value(Some("2022-01-04"), "Fuel prices doubled on December 30.").as_deref(),
            Some("2021-12-30")
        );
        // A plan for next spring in a December report.
        assert_eq!(
            value(Some("2022-12-20"), "The trial will open on February 2.").as_deref(),
            Some("2023-02-02")
        );
        // No publication date: the year stays unknown.
        let m = one(None, "Miners walked out on July 9.");
        assert_eq!(m.value.as_deref(), Some("XXXX-07-09"));
        assert_eq!(m.anchor, AnchorKind::None);
    }

    #[test]
    fn a_full_date_in_the_text_gives_its_year_to_later_month_days() {
        let got = doc(None, &["The strike began on 4 May 2011.", "By May 16 it had spread."]);
        assert_eq!(got[1].1.as_deref(), Some("2011-05-16"));
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(doc(None, &["Officials may 5 times revise the count."]).is_empty());
        assert_eq!(doc(None, &["Talks ended in May."])[0].1.as_deref(), Some("XXXX-05"));
    }

    #[test]
    fn months_and_years_alone() {
        assert_eq!(value(None, "It was calm in October 2019.").as_deref(), Some("2019-10"));
        assert_eq!(value(None, "The plant closed in 1998.").as_deref(), Some("1998"));
        assert_eq!(value(None, "Founded (1994).").as_deref(), Some("1994"));
        let m = one(Some("2020-11-02"), "Tensions rose in early August.");
        assert_eq!(m.value.as_deref(), Some("2020-08"));
        assert_eq!(m.modifier, Some("early"));
        let m = one(Some("2021-02-10"), "The inquiry should end by mid-March, he said it would.");
        assert_eq!(m.value.as_deref(), Some("2021-03"));
        assert_eq!(m.modifier, Some("mid"));
        let m = one(None, "He was detained in late November.");
        assert_eq!((m.value.as_deref(), m.modifier), (Some("XXXX-11"), Some("late")));
    }

    #[test]
    fn counts_of_things_are_not_years() {
        assert!(doc(None, &["About 1500 people marched."]).is_empty());
        assert!(doc(None, &["Prices rose by $2000 overnight"]).len() == 1); // only "overnight"
        assert!(doc(None, &["Call 2020 for help now"]).is_empty());
    }

    #[test]
    fn decades_and_centuries() {
        let m = one(None, "Unrest of the 1990s returned.");
        assert_eq!((m.value.as_deref(), m.granularity), (Some("199"), "decade"));
        let m = one(None, "A fortress of the 19th century stands there.");
        assert_eq!((m.value.as_deref(), m.granularity), (Some("18"), "century"));
        let m = one(None, "Since the early twentieth century the town grew.");
        assert_eq!((m.value.as_deref(), m.modifier), (Some("19"), Some("early")));
    }

    #[test]
    fn weekdays_are_the_latest_on_or_before_publication() {
        // Published Tuesday 2019-07-16.
        let p = Some("2019-07-16");
        assert_eq!(value(p, "Riot police moved in on Saturday.").as_deref(), Some("2019-07-13"));
        assert_eq!(value(p, "Riot police moved in on Tuesday.").as_deref(), Some("2019-07-16"));
        assert_eq!(value(p, "It happened last Tuesday.").as_deref(), Some("2019-07-09"));
        // Future tense: the next one.
        assert_eq!(value(p, "The court will rule on Friday.").as_deref(), Some("2019-07-19"));
        assert_eq!(value(p, "They meet next Tuesday.").as_deref(), Some("2019-07-23"));
        // A past statement about a future act: the date of the act.
        let got = doc(p, &["The mayor said on Monday that the market will reopen on Thursday."]);
        assert_eq!(got[0].1.as_deref(), Some("2019-07-15"));
        assert_eq!(got[1].1.as_deref(), Some("2019-07-18"));
    }

    #[test]
    fn deadlines_and_states_that_still_hold_lie_ahead() {
        // A December report: the curfew ends in the new year.
        let p = Some("2021-12-20");
        assert_eq!(
            value(p, "The curfew stays in force until January 5 in the whole region.").as_deref(),
            Some("2022-01-05")
        );
        assert_eq!(
            value(p, "The state of emergency has been extended till 10 January.").as_deref(),
            Some("2022-01-10")
        );
        // Published Tuesday 16 July 2019: the coming days.
        let p = Some("2019-07-16");
        assert_eq!(value(p, "Traders must leave the bazaar by Friday.").as_deref(), Some("2019-07-19"));
        assert_eq!(value(p, "Schools are shut through Sunday.").as_deref(), Some("2019-07-21"));
        // Police said the road "is closed": reported speech about now.
        assert_eq!(
            value(p, "Police said the pass road is closed until Thursday.").as_deref(),
            Some("2019-07-18")
        );
    }

    #[test]
    fn past_states_and_other_bys_stay_in_the_past() {
        let p = Some("2021-12-20");
        // Past perfect about a past event: the March before.
        assert_eq!(
            value(p, "Rallies had been held until March 3 in the old town.").as_deref(),
            Some("2021-03-03")
        );
        assert_eq!(value(p, "By May 16 the strike had spread.").as_deref(), Some("2021-05-16"));
        let p = Some("2019-07-16");
        // No present verb to go by: as any past report.
        assert_eq!(value(p, "Police held the men until Friday.").as_deref(), Some("2019-07-12"));
        assert_eq!(value(p, "The curfew was in force until Sunday.").as_deref(), Some("2019-07-14"));
        // A possessive weekday after "by" is not a deadline.
        assert_eq!(value(p, "Roads are blocked by Friday's landslide.").as_deref(), Some("2019-07-12"));
    }

    #[test]
    fn weekdays_across_month_and_year_boundaries_and_leap_days() {
        // Published Monday 2 January 2023: "on Friday" is 30 December 2022.
        assert_eq!(value(Some("2023-01-02"), "Shots were fired on Friday.").as_deref(), Some("2022-12-30"));
        // Published Saturday 1 June 2024: "on Wednesday" is 29 May.
        assert_eq!(
            value(Some("2024-06-01"), "Police raided flats on Wednesday.").as_deref(),
            Some("2024-05-29")
        );
        // Published Friday 1 March 2024: "on Thursday" is the leap day.
        assert_eq!(value(Some("2024-03-01"), "Two were held on Thursday.").as_deref(), Some("2024-02-29"));
        // Future from 27 December 2021 (Monday): "on Sunday" is 2 January 2022.
        assert_eq!(
            value(Some("2021-12-27"), "Voting will take place on Sunday.").as_deref(),
            Some("2022-01-02")
        );
    }

    #[test]
    fn leap_days_without_a_year_go_to_a_leap_year() {
        assert_eq!(
            value(Some("2023-03-10"), "The fire started on February 29.").as_deref(),
            Some("2020-02-29")
        );
        assert_eq!(value(None, "It began on 29 February 2024.").as_deref(), Some("2024-02-29"));
        assert!(doc(None, &["It began on 29 February 2023."]).is_empty());
    }

    #[test]
    fn a_weekday_with_nothing_to_count_from_stays_null() {
        let m = one(None, "The square was cleared on Sunday morning.");
        assert_eq!(m.value, None);
        assert_eq!(m.anchor, AnchorKind::None);
        assert_eq!(m.part_of_day.as_deref(), Some("morning"));
        // --anchor fills in for a missing publication date.
        let mut a = Annotator::new(pubd("2022-01-07"));
        let m = &a.scan("The square was cleared on Wednesday.", None)[0];
        assert_eq!(m.value.as_deref(), Some("2022-01-05"));
        assert_eq!(m.anchor, AnchorKind::Anchor);
    }

    #[test]
    fn relative_days_count_from_publication() {
        let p = Some("2020-03-01");
        assert_eq!(value(p, "Two men were detained yesterday.").as_deref(), Some("2020-02-29"));
        assert_eq!(value(p, "The report is out today.").as_deref(), Some("2020-03-01"));
        assert_eq!(value(p, "Flights resume tomorrow.").as_deref(), Some("2020-03-02"));
        let m = one(p, "Shops were looted overnight.");
        assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2020-02-29"), Some("night")));
        let m = one(p, "Gunfire was heard last night.");
        assert_eq!(m.value.as_deref(), Some("2020-02-29"));
        let m = one(p, "Rallies resumed this morning.");
        assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2020-03-01"), Some("morning")));
        let m = one(p, "Arrests went on last week.");
        assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-W08"), "week"));
        let m = one(p, "Prices were raised earlier this month.");
        assert_eq!((m.value.as_deref(), m.granularity), (Some("2020-03"), "month"));
        assert_eq!(value(p, "It began three days ago.").as_deref(), Some("2020-02-27"));
        assert_eq!(value(p, "He was held fifteen days ago.").as_deref(), Some("2020-02-15"));
        assert_eq!(value(p, "She had left Seventeen days earlier.").as_deref(), Some("2020-02-13"));
        assert_eq!(value(p, "Turnout fell last year.").as_deref(), Some("2019"));
        // Nothing to count from.
        assert_eq!(value(None, "The report is out today."), None);
    }

    #[test]
    fn the_day_before_counts_from_the_last_date_mentioned() {
        // Publication is 10 May; the text speaks of 2 May.
        let got = doc(
            Some("2021-05-10"),
            &[
                "Clashes broke out on 2 May 2021 in the market.",
                "The day before, leaflets had been handed out.",
                "Two days later the army arrived.",
                "The next day roads were closed.",
            ],
        );
        assert_eq!(got[1].1.as_deref(), Some("2021-05-01"));
        assert_eq!(got[2].1.as_deref(), Some("2021-05-03"));
        assert_eq!(got[3].1.as_deref(), Some("2021-05-04"));
        // With no date in the text, from publication.
        assert_eq!(
            doc(Some("2021-05-10"), &["The day before, leaflets were seen."])[0].1.as_deref(),
            Some("2021-05-09")
        );
        // Unknown year: month-day arithmetic when it is safe.
        let got = doc(None, &["Crowds gathered on March 2.", "The day before, it rained."]);
        assert_eq!(got[1].1.as_deref(), Some("XXXX-03-01"));
        let got = doc(None, &["Crowds gathered on March 1.", "The day before, it rained."]);
        assert_eq!(got[1].1, None, "28 or 29 February: cannot tell");
        // After a weekday that could not be placed, the reference is lost.
        let got = doc(None, &["It began on June 3.", "On Sunday it spread.", "The next day it ended."]);
        assert_eq!(got[2].1, None);
        // A new document starts afresh.
        let mut a = Annotator::new(None);
        let mut r1: Record = serde_json::from_str(r#"{"doc":"a","text":"Seen on 4 June 2015."}"#).unwrap();
        let t = r1["text"].as_str().unwrap().to_string();
        a.annotate_record(&mut r1, Some(&t));
        let mut r2: Record =
            serde_json::from_str(r#"{"doc":"b","text":"The day before, nothing."}"#).unwrap();
        a.annotate_record(&mut r2, Some("The day before, nothing."));
        assert_eq!(r2["times"][0]["value"], Value::Null);
    }

    #[test]
    fn more_reference_time_and_weekday_forms() {
        let got = doc(
            Some("2022-01-10"),
            &[
                "Troops entered the city on 5 January 2022.",
                "A week later the curfew was lifted.",
                "The following day schools reopened.",
            ],
        );
        assert_eq!(got[1].1.as_deref(), Some("2022-01-12"));
        assert_eq!(got[2].1.as_deref(), Some("2022-01-13"));
        // "last Friday" seen from Tuesday 3 January 2023 is in the old year.
        assert_eq!(value(Some("2023-01-03"), "It was calm last Friday.").as_deref(), Some("2022-12-30"));
        // A possessive weekday is still the day.
        assert_eq!(
            value(Some("2019-03-15"), "Wednesday's attack left a crater.").as_deref(),
            Some("2019-03-13")
        );
        // "the day before" right after an explicit date in the same sentence.
        let got = doc(None, &["The vote was held on 10 January 2021; the day before, polls closed."]);
        assert_eq!(got[1].1.as_deref(), Some("2021-01-09"));
    }

    #[test]
    fn holidays_of_the_region() {
        let m = one(Some("2016-06-06"), "The attack on the eve of Ramadan shocked the city.");
        assert_eq!(m.value.as_deref(), Some("2016-06-05"));
        assert_eq!(
            value(Some("2013-10-20"), "Sheep prices rose before Kurban Ait.").as_deref(),
            Some("2013-10-15")
        );
        assert_eq!(
            value(None, "Celebrations of Eid al-Adha 2024 were muted.").as_deref(),
            Some("2024-06-16")
        );
        assert_eq!(
            value(Some("2019-03-25"), "Crowds filled squares for Nauryz.").as_deref(),
            Some("2019-03-22")
        );
        assert_eq!(value(None, "Crowds filled squares for Nowruz.").as_deref(), Some("XXXX-03-22"));
        assert_eq!(
            value(None, "Arrests on the eve of Independence Day followed.").as_deref(),
            Some("XXXX-12-15")
        );
        // A lunar holiday with no year cannot be placed.
        assert_eq!(value(None, "Mosques were full for Eid al-Fitr."), None);
        let m = one(Some("2016-06-20"), "Markets close early during Ramadan.");
        assert_eq!(m.value.as_deref(), Some("2016-06-06/2016-07-04"));
        assert_eq!(m.granularity, "period");
    }

    #[test]
    fn clock_times_are_kept_as_part_of_day() {
        let m = one(Some("2019-03-14"), "They struck shortly after 11 p.m. on Wednesday.");
        assert_eq!(m.value.as_deref(), Some("2019-03-13"));
        assert_eq!(m.part_of_day.as_deref(), Some("23:00"));
        let m = one(Some("2019-03-14"), "Voting closed on Wednesday at 20:00.");
        assert_eq!(m.part_of_day.as_deref(), Some("20:00"));
        let m = one(None, "Sirens sounded around 3 p.m. near the base.");
        assert_eq!((m.value, m.granularity, m.part_of_day.as_deref()), (None, "time", Some("15:00")));
        assert_eq!(one(None, "It ended at 12 a.m. sharp.").part_of_day.as_deref(), Some("00:00"));
        assert_eq!(one(None, "Crowds thinned by noon.").part_of_day.as_deref(), Some("12:00"));
        let m = one(Some("2022-01-07"), "Shooting resumed on the night of January 5.");
        assert_eq!((m.value.as_deref(), m.part_of_day.as_deref()), (Some("2022-01-05"), Some("night")));
    }

    #[test]
    fn report_dates_are_marked() {
        let got = Annotator::new(None)
            .scan("Gunmen attacked a checkpoint on Sunday, the agency reported Monday.", pubd("2016-06-06"));
        assert!(!got[0].report);
        assert!(got[1].report);
    }

    #[test]
    fn time_items_keep_their_field_order() {
        let ms = Annotator::new(None).scan("Late on Sunday evening, the agency said on 3 May 2020.", None);
        let v = times_json("Late on Sunday evening, the agency said on 3 May 2020.", &ms);
        let keys = |i: usize| v[i].as_object().unwrap().keys().cloned().collect::<Vec<_>>().join(",");
        assert_eq!(keys(0), "text,start,end,value,granularity,anchor,part_of_day,mod");
        assert_eq!(keys(1), "text,start,end,value,granularity,anchor,report");
        assert_eq!(v[1]["value"], "2020-05-03");
        assert_eq!(v[1]["start"], 43);
    }

    #[test]
    fn output_offsets_count_characters() {
        let text = "Жанаозен — clashes on 16 December 2011.";
        let ms = Annotator::new(None).scan(text, None);
        let v = times_json(text, &ms);
        let start = v[0]["start"].as_u64().unwrap() as usize;
        let end = v[0]["end"].as_u64().unwrap() as usize;
        let chars: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(chars, "16 December 2011");
        assert_eq!(v[0]["value"], "2011-12-16");
    }

    /// A candidate's span and its named parts with their spans.
    type Found = ((usize, usize), Vec<(String, (usize, usize))>);

    /// The candidates and parts found kind by kind.
    fn parts_by_kind(text: &str) -> Vec<Found> {
        let mut scratch = Scratch::default();
        let raw = find_raw(text, &mut scratch);
        raw.iter()
            .map(|r| {
                let c = Caps::of(text, r, &scratch.groups);
                let mut parts: Vec<(String, (usize, usize))> = c
                    .names
                    .iter()
                    .filter_map(|(n, _)| c.name(n).map(|p| (n.to_string(), (p.start(), p.end()))))
                    .collect();
                parts.sort();
                ((r.start, c.groups[0].unwrap().1), parts)
            })
            .collect()
    }

    /// The same from one regex of all kinds with captures, as the reader
    /// once did (the kinds as alternatives, in the same order).
    fn parts_by_one_regex(text: &str) -> Vec<Found> {
        let body: Vec<String> =
            branch_patterns().iter().map(|p| p.strip_prefix("(?i)").unwrap().to_string()).collect();
        let re = regex::Regex::new(&format!("(?i)(?:{})", body.join("|"))).unwrap();
        let names: Vec<&str> = re.capture_names().flatten().collect();
        let mut scratch = Scratch::default();
        let kept: Vec<(usize, usize)> =
            find_raw(text, &mut scratch).iter().map(|r| (r.start, r.end)).collect();
        re.captures_iter(text)
            .filter(|c| kept.iter().any(|k| k.0 == c.get(0).unwrap().start()))
            .map(|c| {
                let whole = c.get(0).unwrap();
                let mut parts: Vec<(String, (usize, usize))> = names
                    .iter()
                    .filter_map(|n| c.name(n).map(|m| (n.to_string(), (m.start(), m.end()))))
                    .collect();
                parts.sort();
                ((whole.start(), whole.end()), parts)
            })
            .collect()
    }

    #[test]
    fn kinds_found_apart_match_one_regex_of_all_kinds() {
        for text in [
            "On the night of January 5, 2022 at 11 p.m. shots rang out; the day before, 3 were held.",
            "Since 1991 and in the 1990s, the early twentieth century; 12.03.2019 and 2019-03-12.",
            "Late on Wednesday morning, two days later, next week, on the eve of Ramadan 2016.",
            "The may 5 vote, in mid-March, by May 16, in May 2011, 3rd of May, noon and 20:00.",
        ] {
            assert_eq!(parts_by_kind(text), parts_by_one_regex(text), "{text}");
        }
    }

    /// Time the stages of the date reader on a file of sentence records:
    /// `KZ_BENCH=path cargo test --release -p kz-timeline --lib stage_timings -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn stage_timings() {
        let Ok(path) = std::env::var("KZ_BENCH") else { return };
        let data = std::fs::read_to_string(path).unwrap();
        let records: Vec<Record> = data.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let texts: Vec<(String, Option<Date>)> = records
            .iter()
            .map(|r| {
                let t = r["text"].as_str().unwrap_or("").to_string();
                (t, r.get("published").and_then(Value::as_str).and_then(Date::parse_iso))
            })
            .collect();
        let mb = data.len() as f64 / 1e6;
        let report = |what: &str, t: std::time::Instant| {
            let s = t.elapsed().as_secs_f64();
            eprintln!("{what:<28} {s:>7.3} s {:>8.1} MB/s of records", mb / s);
        };
        LazyLock::force(&FINDER);
        LazyLock::force(&BRANCHES);
        let t = std::time::Instant::now();
        let mut n = 0;
        for (text, _) in &texts {
            n += FINDER.find_iter(text.as_str()).count();
        }
        report("find", t);
        let t = std::time::Instant::now();
        let mut scratch = Scratch::default();
        for (text, _) in &texts {
            n += find_raw(text, &mut scratch).len();
        }
        report("find + parts", t);
        let t = std::time::Instant::now();
        let mut a = Annotator::new(None);
        let mut all = Vec::new();
        for (text, p) in &texts {
            all.push(a.scan(text, *p));
        }
        report("scan", t);
        let t = std::time::Instant::now();
        for ((text, _), ms) in texts.iter().zip(&all) {
            n += times_json(text, ms).as_array().map_or(0, Vec::len);
        }
        report("times_json", t);
        let mut records = records;
        let t = std::time::Instant::now();
        let mut a = Annotator::new(None);
        for r in &mut records {
            let text = r.get("text").and_then(Value::as_str).map(str::to_string);
            a.annotate_record(r, text.as_deref());
        }
        report("annotate_record (+ copy)", t);
        eprintln!("({n})");
    }

    /// The clause test as first written, on strings and chars.
    fn is_future_as_written(lower: &str, start: usize, end: usize) -> bool {
        const WORDS: &[&str] = &[
            "will",
            "won't",
            "shall",
            "would",
            "scheduled",
            "plans",
            "plan",
            "planned",
            "planning",
            "going",
            "expected",
            "upcoming",
            "due",
            "intends",
        ];
        let from = floor_boundary(lower, start.saturating_sub(60));
        let before = &lower[from..start];
        let before = match before.rfind([',', ';', '.', '“', '"', ':']) {
            Some(i) => &before[i..],
            None => before,
        };
        let to = ceil_boundary(lower, end + 40);
        let after = &lower[end..to];
        let after = match after.find([',', ';', '.', '“', '"', ':']) {
            Some(i) => &after[..i],
            None => after,
        };
        let after = after.split(" that ").next().unwrap_or(after);
        let has = |s: &str| {
            s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
                .any(|w| WORDS.contains(&w) || w.ends_with("'ll"))
                || s.contains(" is to ")
                || s.contains(" are to ")
        };
        has(before) || has(after)
    }

    proptest::proptest! {
        #[test]
        fn the_clause_test_reads_as_written(s in "(\\PC|due |will |won't |they'll |Plans |is to |are to | that |, |; |“|”|М|\\.|\"|:|on Friday|June 5| ){0,40}") {
            let lower = s.to_ascii_lowercase();
            for r in find_raw(&s, &mut Scratch::default()) {
                proptest::prop_assert_eq!(
                    is_future(&lower, r.start, r.end),
                    is_future_as_written(&lower, r.start, r.end)
                );
            }
        }

        #[test]
        fn never_panics_and_spans_are_valid(s in "(\\PC|on Monday|June 5|the day before|3 p.m.|29 February|1999| ){0,30}", p in proptest::option::of(0i64..40000)) {
            let published = p.map(|d| Date::from_days(d - 10000));
            let mut a = Annotator::new(None);
            for m in a.scan(&s, published) {
                proptest::prop_assert!(m.start < m.end && m.end <= s.len());
                proptest::prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
            proptest::prop_assert_eq!(parts_by_kind(&s), parts_by_one_regex(&s));

            let ms = a.scan(&s, published);
            let v = times_json(&s, &ms);
            let mut written = Vec::new();
            write_times(&mut written, &s, &ms);
            proptest::prop_assert_eq!(String::from_utf8(written).unwrap(), v.to_string());
            let n = s.chars().count() as u64;
            for t in v.as_array().unwrap() {
                proptest::prop_assert!(t["end"].as_u64().unwrap() <= n);
            }
        }
    }
}
