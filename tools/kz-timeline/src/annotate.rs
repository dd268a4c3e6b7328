//! `kz-timeline --annotate`: find the time expressions of a sentence and
//! resolve them against the publication date (or `--anchor`), and against
//! the last date the same document mentioned.
//!
//! This is the engine, the same for every language: the record's `lang`
//! (else the language of its text) picks the rules of [`crate::dates`],
//! which find the candidates and say what each one means (a day of a
//! month, a weekday, "two days later"…); the engine joins clock times to
//! their dates, resolves each reading with plain civil-date arithmetic
//! ([`crate::civil`]: no clock, no guessing) and keeps the reference time of
//! the document. A cheap keyword pre-check skips sentences that cannot hold
//! any time expression. The `times` field is written as JSON text, not built
//! as values.

use std::borrow::Cow;

use kz_shared::json::{push_str, push_uint};
use kz_shared::lang::Lang;
use kz_shared::offsets::CharOffsets;
use kz_shared::Record;
use serde_json::{Map, Value};

use crate::civil::{days_in_month, shift_month_day, Date};
use crate::dates::{self, Dir, Edge, Raw, Rel, Rules, Scratch, Unit, What, Which, Year};
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
    /// Texts of the document read so far.
    texts: u32,
    /// Which of them set the reference with a date of the calendar (a day
    /// of a month, a weekday, a holiday), if the last one that set it did.
    calendar_at: Option<u32>,
    /// A month of a year that opened a sentence ("In October 2002, …") and
    /// the text it opened: days counted from it in that text or the next
    /// ("Two days later, …") lie in it; a one-sentence aside sets no scene
    /// for what comes after.
    period: Option<(i32, u8, u32)>,
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
            texts: 0,
            calendar_at: None,
            period: None,
            scratch: Scratch::default(),
        }
    }

    /// Add `times` to a record (an empty array when it has text but no
    /// time); records without text pass unchanged. The record's `lang`
    /// (`en`, `ru`, `kk`) picks the rules; without it, the text's own
    /// language does.
    pub fn annotate_record(&mut self, record: &mut Record, text: Option<&str>) {
        let Some(text) = text else {
            self.mentions_of_record(record, None);
            return;
        };
        let mentions = self.mentions_of_record(record, Some(text));
        let mut json = Vec::with_capacity(2 + 160 * mentions.len());
        write_times(&mut json, text, &mentions);
        let json = String::from_utf8(json).expect("JSON of UTF-8 text is UTF-8");
        record.insert_json("times".into(), json);
    }

    /// The time expressions [`Annotator::annotate_record`] would write as
    /// `times`, for a view that reads them and writes no record.
    pub(crate) fn mentions_of_record(&mut self, record: &Record, text: Option<&str>) -> Vec<TimeMention> {
        let field = |key: &str| record.get_str(key);
        self.mentions_of(field("doc").as_deref(), text, || field("published"), || field("lang"))
    }

    /// [`Annotator::mentions_of_record`] of a record's `doc`, text,
    /// `published` and `lang` (the last two read when needed).
    pub(crate) fn mentions_of<'r>(
        &mut self,
        doc: Option<&str>,
        text: Option<&str>,
        published: impl FnOnce() -> Option<Cow<'r, str>>,
        lang: impl FnOnce() -> Option<Cow<'r, str>>,
    ) -> Vec<TimeMention> {
        // A new document (or a record outside any document) starts afresh.
        if doc.is_none() || doc != self.doc.as_deref() {
            self.doc = doc.map(str::to_string);
            self.reference = Reference::Unset;
            self.text_year = None;
            self.texts = 0;
            self.calendar_at = None;
            self.period = None;
        }
        let Some(text) = text else { return Vec::new() };
        let published = published().as_deref().and_then(Date::parse_iso);
        // Only a text with a letter outside ASCII can need other rules.
        let lang = if text.is_ascii() { None } else { lang().as_deref().and_then(Lang::from_code) };
        self.scan_in(text, published, lang)
    }

    /// The time expressions of one text of the current document, in the
    /// language of the text.
    pub fn scan(&mut self, text: &str, published: Option<Date>) -> Vec<TimeMention> {
        self.scan_in(text, published, None)
    }

    /// The time expressions of one text of the current document, read with
    /// the rules of `lang` (of the text's own language when `None` or
    /// unknown).
    pub fn scan_in(&mut self, text: &str, published: Option<Date>, lang: Option<Lang>) -> Vec<TimeMention> {
        self.texts += 1;
        let rules = dates::rules_for(text, lang);
        if !rules.may_hold_time(text) {
            return Vec::new();
        }
        let anchor = match (published, self.default_anchor) {
            (Some(d), _) => Some((d, AnchorKind::Published)),
            (None, Some(d)) => Some((d, AnchorKind::Anchor)),
            _ => None,
        };
        let mut scratch = std::mem::take(&mut self.scratch);
        let out = self.scan_candidates(rules, text, anchor, &mut scratch);
        self.scratch = scratch;
        out
    }

    fn scan_candidates(
        &mut self,
        rules: &dyn Rules,
        text: &str,
        anchor: Option<(Date, AnchorKind)>,
        scratch: &mut Scratch,
    ) -> Vec<TimeMention> {
        let mut lower = std::mem::take(&mut scratch.lower);
        let raw = if rules.reads_lower() {
            rules.lower(text, &mut lower);
            dates::find_raw(rules, text, &lower, scratch)
        } else {
            let raw = dates::find_raw(rules, text, text, scratch);
            if !raw.is_empty() {
                rules.lower(text, &mut lower);
            }
            raw
        };
        let mut out = Vec::with_capacity(raw.len());
        let mut whats = Vec::with_capacity(raw.len());
        if !raw.is_empty() {
            for r in dates::join_times(rules, &lower, raw) {
                let future = rules.is_future(&lower, r.start, r.end, &r.reading);
                let report = rules.is_report(&lower, r.start, r.end);
                let before = self.reference;
                let resolved = self.resolve(&r, anchor, future);
                // A month of a year that opens the sentence sets the scene
                // for days counted next ("In October 2002, … Two days
                // later, …"). A year alone does not: "In 2008, a similar
                // attack …" is most often an aside.
                match r.reading.what {
                    What::MonthOfYear { year, month } if opens_sentence(text, r.start) => {
                        self.period = Some((year, month, self.texts));
                    }
                    _ => {}
                }
                if self.reference != before {
                    let calendar = matches!(
                        r.reading.what,
                        What::Date(_) | What::MonthDay { .. } | What::Weekday { .. } | What::Holiday { .. }
                    );
                    self.calendar_at = calendar.then_some(self.texts);
                }
                let Some(mut m) = resolved else {
                    continue;
                };
                m.report = report;
                if r.clock.is_some() {
                    // A clock time says more than "evening".
                    m.part_of_day = r.clock;
                } else if m.part_of_day.is_none() {
                    m.part_of_day = r.joined_part.map(String::from);
                }
                out.push(m);
                whats.push(r.reading.what);
            }
            agree_weekday_and_date(text, &mut out, &whats);
        }
        scratch.lower = lower;
        out
    }

    fn resolve(&mut self, r: &Raw, anchor: Option<(Date, AnchorKind)>, future: bool) -> Option<TimeMention> {
        let rd = &r.reading;
        let mut m = TimeMention {
            start: if r.joined_before { r.start } else { r.start.max(rd.start_at.unwrap_or(0)) },
            end: r.end,
            value: None,
            granularity: "day",
            anchor: AnchorKind::None,
            part_of_day: rd.part_of_day.map(String::from),
            modifier: rd.modifier,
            report: false,
        };
        match rd.what {
            What::Invalid => return None,
            What::Date(date) => {
                self.set_day(DayRef::of(date), true);
                m.value = Some(date.to_string());
                m.anchor = AnchorKind::Text;
            }
            What::MonthDay { year, month, day } => {
                self.month_day(&mut m, year, month, day, anchor, future);
                // "29 February 2023", "June 31": not a date.
                m.value.as_ref()?;
            }
            What::MonthOfYear { year, month } => {
                m.granularity = "month";
                m.value = Some(format!("{year:04}-{month:02}"));
                m.anchor = AnchorKind::Text;
            }
            What::Month { month, which, year } => {
                m.granularity = "month";
                self.month_alone(&mut m, month, which, year, anchor, future);
            }
            What::Weekday { weekday, which } => {
                let wd = weekday.wrapping_sub(1);
                if let (Some((a, kind)), true) = (anchor, wd < 7) {
                    let date = match which {
                        Some(Which::Last) => a.weekday_on_or_before(wd, true),
                        Some(Which::Next) => a.weekday_on_or_after(wd, true),
                        _ if future => a.weekday_on_or_after(wd, true),
                        _ => a.weekday_on_or_before(wd, false),
                    };
                    m.value = Some(date.to_string());
                    m.anchor = kind;
                    self.set_day(DayRef::of(date), false);
                } else {
                    self.reference = Reference::Lost;
                }
            }
            What::Holiday { key, edge, year } => self.holiday(&mut m, key, edge, year, anchor, future),
            What::Relative(rel) => self.relative(&mut m, rel, anchor, future),
            What::Counted { n, unit, dir } => self.counted(&mut m, n, unit, dir, anchor),
            What::Decade(d) => {
                m.granularity = "decade";
                m.value = Some(format!("{d:03}"));
                m.anchor = AnchorKind::Text;
            }
            What::Century(n) => {
                m.granularity = "century";
                if let Some(n) = n.filter(|n| (1..=30).contains(n)) {
                    m.value = Some(format!("{:02}", n - 1));
                    m.anchor = AnchorKind::Text;
                }
            }
            What::Clock => m.granularity = "time",
            What::Year(y) => {
                m.granularity = "year";
                m.value = Some(format!("{y:04}"));
                m.anchor = AnchorKind::Text;
            }
        }
        Some(m)
    }

    fn set_day(&mut self, day: DayRef, explicit_year: bool) {
        self.reference = Reference::Known(day);
        self.period = None;
        if explicit_year {
            self.text_year = day.year;
        }
    }

    fn month_day(
        &mut self,
        m: &mut TimeMention,
        year: Year,
        mo: u8,
        d: u8,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) {
        let year = match (year, anchor) {
            (Year::Given(y), _) => Some((y, AnchorKind::Text)),
            // "6 сентября прошлого года": the year before the anchor's.
            (Year::FromAnchor(n), Some((a, kind))) => Some((a.year + n, kind)),
            (Year::FromAnchor(_), None) => {
                if (1..=days_in_month(2000, mo)).contains(&d) {
                    let day = DayRef { year: None, month: mo, day: d };
                    m.value = Some(day.value());
                    self.set_day(day, false);
                }
                return;
            }
            (Year::Unknown, _) => None,
        };
        if let Some((y, kind)) = year {
            if let Some(date) = Date::new(y, mo, d) {
                m.value = Some(date.to_string());
                m.anchor = kind;
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
        which: Option<Which>,
        year: Year,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) {
        let year = match anchor {
            Some((a, kind)) => {
                m.anchor = kind;
                Some(match (year, which) {
                    (Year::Given(y), _) => y,
                    (Year::FromAnchor(n), _) => a.year + n,
                    (_, Some(Which::Last)) if mo >= a.month => a.year - 1,
                    (_, Some(Which::Last)) => a.year,
                    (_, Some(Which::Next)) if mo <= a.month => a.year + 1,
                    (_, Some(Which::Next | Which::This)) => a.year,
                    _ => pick_year(a, mo, 15, future).map_or(a.year, |d| d.year),
                })
            }
            None => match year {
                Year::Given(y) => {
                    m.anchor = AnchorKind::Text;
                    Some(y)
                }
                Year::FromAnchor(_) => None,
                Year::Unknown => {
                    if self.text_year.is_some() {
                        m.anchor = AnchorKind::Text;
                    }
                    self.text_year
                }
            },
        };
        m.value = Some(match year {
            Some(y) => format!("{y:04}-{mo:02}"),
            None => format!("XXXX-{mo:02}"),
        });
    }

    fn holiday(
        &mut self,
        m: &mut TimeMention,
        key: &'static str,
        edge: Option<Edge>,
        explicit: Option<i32>,
        anchor: Option<(Date, AnchorKind)>,
        future: bool,
    ) {
        if key.is_empty() {
            return;
        }
        // Which day of the holiday (or of the month of Ramadan) is meant.
        let day_in = |year: i32| -> Option<Date> {
            if key == "ramadan" {
                let (start, last) = holidays::ramadan_span(year)?;
                return match edge {
                    Some(Edge::Eve) => Some(start.add_days(-1)),
                    Some(Edge::End) => Some(last),
                    _ => Some(start),
                };
            }
            let d = holidays::in_year(key, year)?;
            Some(if edge == Some(Edge::Eve) { d.add_days(-1) } else { d })
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
            let shift = if edge == Some(Edge::Eve) { -1 } else { 0 };
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

    fn relative(&mut self, m: &mut TimeMention, rel: Rel, anchor: Option<(Date, AnchorKind)>, future: bool) {
        match rel {
            // Counted from the last date the document mentioned.
            Rel::FromReference(shift) => self.count_from_reference(m, shift, anchor),
            Rel::ReferencePeriod(unit, sign) => {
                let base = self.reference.full_date().map(|d| (d, AnchorKind::Text)).or(anchor);
                if let Some((b, kind)) = base {
                    shifted_period(m, b, unit, sign);
                    m.anchor = kind;
                } else {
                    m.granularity = unit_granularity(unit);
                }
            }
            // Counted from the publication date (or --anchor).
            Rel::Today(shift) => {
                if let Some((a, kind)) = anchor {
                    m.anchor = kind;
                    let d = a.add_days(shift);
                    m.value = Some(d.to_string());
                    self.set_day(DayRef::of(d), false);
                }
            }
            Rel::AnchorPeriod(unit, sign) => match anchor {
                Some((a, kind)) => {
                    m.anchor = kind;
                    shifted_period(m, a, unit, sign);
                }
                None => {
                    m.granularity = unit_granularity(unit);
                    m.modifier = None;
                }
            },
            Rel::DayBefore => {
                let recent = self.calendar_at.is_some_and(|at| at + 1 >= self.texts);
                match (self.reference, anchor) {
                    (Reference::Known(_), _) if recent => self.count_from_reference(m, -1, anchor),
                    (_, Some((a, kind))) => {
                        let d = a.add_days(-1);
                        m.value = Some(d.to_string());
                        m.anchor = kind;
                        self.set_day(DayRef::of(d), false);
                    }
                    _ => self.count_from_reference(m, -1, anchor),
                }
            }
            Rel::ThisNight => {
                let shift = if future { 0 } else { -1 };
                self.relative(m, Rel::Today(shift), anchor, future);
            }
        }
    }

    fn count_from_reference(&mut self, m: &mut TimeMention, shift: i64, anchor: Option<(Date, AnchorKind)>) {
        if let Some((year, month, _)) = self.period.filter(|&(_, _, at)| at + 1 >= self.texts) {
            // Within that month, as far as can be told.
            m.anchor = AnchorKind::Text;
            m.granularity = "month";
            m.value = Some(format!("{year:04}-{month:02}"));
            return;
        }
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
        unit: Unit,
        dir: Dir,
        anchor: Option<(Date, AnchorKind)>,
    ) {
        let sign = match dir {
            Dir::Ago | Dir::Earlier => -1,
            Dir::Later => 1,
        };
        if dir == Dir::Ago {
            let Some((a, kind)) = anchor else {
                m.granularity = unit_granularity(unit);
                return;
            };
            m.anchor = kind;
            shifted_period(m, a, unit, sign * n);
            if unit == Unit::Day {
                self.set_day(
                    DayRef::of(Date::parse_iso(m.value.as_deref().unwrap_or("")).unwrap_or(a)),
                    false,
                );
            }
            return;
        }
        if unit == Unit::Day || unit == Unit::Week {
            let days = sign * n * if unit == Unit::Week { 7 } else { 1 };
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

/// Whether the time expression at byte `start` opens its sentence: nothing
/// but a preposition before it ("In October 2002, …", "В 2004 году …").
fn opens_sentence(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else { return false };
    let before = before.trim();
    before.is_empty()
        || ["in", "by", "during", "back in", "в", "во", "к"].iter().any(|w| before.eq_ignore_ascii_case(w))
        || before == "В"
        || before == "Во"
}

/// "On Sunday, June 5, 2016", "в четверг, 5 августа": a weekday written
/// just before the date it names takes that date (when the date falls on
/// that weekday), however far the date lies from the anchor.
fn agree_weekday_and_date(text: &str, out: &mut [TimeMention], whats: &[What]) {
    for i in 1..out.len() {
        let (What::Weekday { weekday, .. }, What::Date(_) | What::MonthDay { .. }) =
            (&whats[i - 1], &whats[i])
        else {
            continue;
        };
        let gap = &text[out[i - 1].end..out[i].start];
        if !gap.chars().all(|c| c.is_whitespace() || c == ',') {
            continue;
        }
        let Some(date) = out[i].value.as_deref().and_then(Date::parse_iso) else {
            continue;
        };
        if date.weekday() + 1 == *weekday && out[i - 1].value.as_deref() != out[i].value.as_deref() {
            out[i - 1].value = out[i].value.clone();
            out[i - 1].anchor = out[i].anchor;
        }
    }
}

fn unit_granularity(unit: Unit) -> &'static str {
    match unit {
        Unit::Week => "week",
        Unit::Month => "month",
        Unit::Year => "year",
        Unit::Day => "day",
    }
}

/// The day, week, month or year `n` of them from `base`.
fn shifted_period(m: &mut TimeMention, base: Date, unit: Unit, n: i64) {
    m.granularity = unit_granularity(unit);
    m.value = Some(match unit {
        Unit::Week => {
            let (y, w) = base.add_days(7 * n).iso_week();
            format!("{y:04}-W{w:02}")
        }
        Unit::Month => {
            let total = i64::from(base.year) * 12 + i64::from(base.month) - 1 + n;
            format!("{:04}-{:02}", total.div_euclid(12), total.rem_euclid(12) + 1)
        }
        Unit::Year => format!("{:04}", i64::from(base.year) + n),
        Unit::Day => base.add_days(n).to_string(),
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

/// The cheap pre-check: could the text hold a time expression in any
/// language the reader knows (a digit, or a month, weekday or other time
/// word)?
pub fn may_hold_time(text: &str) -> bool {
    dates::may_hold_time_any(text)
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
pub(crate) mod test_util {
    //! Helpers of the tests of every language.
    use super::*;

    pub(crate) fn pubd(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    /// (text, value) of each expression in the sentences of one document.
    pub(crate) fn doc(published: Option<&str>, sentences: &[&str]) -> Vec<(String, Option<String>)> {
        let mut a = Annotator::new(None);
        let mut out = Vec::new();
        for s in sentences {
            for m in a.scan(s, published.and_then(pubd)) {
                out.push((s[m.start..m.end].to_string(), m.value));
            }
        }
        out
    }

    pub(crate) fn one(published: Option<&str>, sentence: &str) -> TimeMention {
        let mut a = Annotator::new(None);
        let ms = a.scan(sentence, published.and_then(pubd));
        assert_eq!(ms.len(), 1, "{sentence}: {ms:?}");
        ms.into_iter().next().unwrap()
    }

    pub(crate) fn value(published: Option<&str>, sentence: &str) -> Option<String> {
        one(published, sentence).value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut n = 0;
        let mut scratch = Scratch::default();
        for (text, _) in texts.iter().take(1) {
            n += dates::find_raw(dates::rules_for(text, None), text, text, &mut scratch).len();
        }
        let t = std::time::Instant::now();
        for (text, _) in &texts {
            let rules = dates::rules_for(text, None);
            if rules.reads_lower() {
                rules.lower(text, &mut scratch.lower);
                let lower = std::mem::take(&mut scratch.lower);
                n += dates::find_raw(rules, text, &lower, &mut scratch).len();
                scratch.lower = lower;
            } else {
                n += dates::find_raw(rules, text, text, &mut scratch).len();
            }
        }
        report("find + read", t);
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

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_are_valid(s in "(\\PC|on Monday|June 5|the day before|3 p.m.|29 February|1999|5 июня|в ночь на|вчера| ){0,30}", p in proptest::option::of(0i64..40000)) {
            let published = p.map(|d| Date::from_days(d - 10000));
            let mut a = Annotator::new(None);
            for m in a.scan(&s, published) {
                proptest::prop_assert!(m.start < m.end && m.end <= s.len());
                proptest::prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            }
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
