//! `kz-timeline --by incident`: one record per incident, its tolls
//! reconciled across outlets and days.
//!
//! Records stream in document order. Of each document only a compact
//! summary is kept when it ends: its *units* (the main incident it reports,
//! and each background paragraph about an earlier one), each with a date, a
//! place, the names it gives, its casualty figures and the cue words of what
//! happened, and the text of its dated or counted sentences. At the end the
//! units are grouped into incidents ([`group`]), their claims reconciled
//! ([`claims`]), their kind decided ([`kind`]) and the result written
//! ([`write`]).
//!
//! - [`cues`] and [`lang`]: the words that say what happened and who took part;
//! - [`place`]: places as kz-entities gives them, and when two may meet.

pub(crate) mod claims;
pub(crate) mod cues;
pub(crate) mod group;
pub(crate) mod kind;
pub(crate) mod lang;
pub(crate) mod place;
pub(crate) mod url;
pub(crate) mod when;
pub(crate) mod write;

use kz_shared::fxhash::HashMap;
use std::hash::Hasher;

use kz_shared::record::TextField;
use kz_shared::Record;
use serde_json::Value;

use crate::annotate::Annotator;
use crate::civil::Date;
use crate::items::{self, take_bool, take_f64, take_str, take_u64, Item, Num, Read, Val};
use crate::timeline::{own_date, own_date_of_mentions, DateKey, Strings, NONE};
use crate::view::{plain_count, Fields, Json};
use std::borrow::Cow;

use cues::Cues;
use place::{PlaceKind, Places};
use when::When;

/// The default `--window`: a week, so that raids and arrests in the days
/// after an attack belong to it.
pub const DEFAULT_WINDOW: i64 = 7;

/// A casualty figure as one sentence states it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Figure {
    /// killed, injured, detained, missing, … (as [`Strings`]), the classes
    /// of kz-numbers: wounded, hospitalized → injured; arrested → detained.
    pub(crate) event: u32,
    /// The word kz-numbers gave when it is not the class itself.
    pub(crate) event_word: Option<u32>,
    pub(crate) who_class: u32,
    pub(crate) value: Option<f64>,
    pub(crate) low: Option<f64>,
    pub(crate) high: Option<f64>,
    pub(crate) qualifier: Option<u32>,
    /// Part of a total ("including 11 attackers"): its own claim, never added.
    pub(crate) subtotal: bool,
    /// "five more", "a further two": adds to the document's other figure.
    pub(crate) additional: bool,
    /// A figure the report itself calls earlier, revised or retracted.
    pub(crate) superseded: bool,
    /// A figure for one site of several ("at another store, …").
    pub(crate) partial: bool,
}

/// What the output shows of a sentence: events and reports refer to it.
#[derive(Debug)]
pub(crate) struct Placed {
    pub(crate) doc: u32,
    /// The `sent` field as JSON text (as [`Strings`]).
    pub(crate) sent: u32,
    pub(crate) text: Box<str>,
    /// The record this one copies (`dup_of`, or the same sentence seen
    /// earlier), as JSON text (as [`Strings`]), and the sentence it copies
    /// when known.
    pub(crate) copy_of: Option<(u32, Option<u32>)>,
}

/// One sentence of the document being read.
#[derive(Debug)]
struct Sent {
    /// Index in [`Incidents::sentences`] when kept (dated or counted).
    placed: Option<u32>,
    own: Option<DateKey>,
    unresolved: bool,
    report_only: bool,
    para_date: Option<Option<DateKey>>,
    /// Places (as [`Places`]) and names (as [`Strings`]): ranges of the
    /// document's lists.
    places: std::ops::Range<usize>,
    names: std::ops::Range<usize>,
    figures: Vec<Figure>,
    cues: u32,
    headline: bool,
    /// Body sentences of the document before it.
    body: u32,
}

/// A unit: what one document says about one incident.
#[derive(Debug)]
pub(crate) struct Unit {
    pub(crate) doc: u32,
    pub(crate) order: u32,
    pub(crate) source: Option<u32>,
    /// The publication date, else the date the document's address gives:
    /// the date of its figures (`as_of`).
    pub(crate) published: Option<Date>,
    /// A background paragraph about an earlier incident.
    pub(crate) background: bool,
    pub(crate) when: When,
    /// The date as the annotator wrote it (as [`Strings`]).
    pub(crate) date: Option<DateKey>,
    /// Dated only by the publication date.
    pub(crate) by_published: bool,
    pub(crate) place: Option<u32>,
    /// Every place it names, best first (as [`Places`]).
    pub(crate) places: Vec<u32>,
    /// Countries it names (ISO codes, as [`Strings`]).
    pub(crate) countries: Vec<u32>,
    /// (name, is a person)
    pub(crate) names: Vec<(u32, bool)>,
    /// Entities of organisations (as [`Strings`]) for the actors.
    pub(crate) orgs: Vec<u32>,
    pub(crate) cues: u32,
    /// Sentences with each cue of what happened (see [`kind::Counts`]).
    pub(crate) counts: kind::Counts,
    pub(crate) near: bool,
    /// (sentence, its date, dated_by)
    pub(crate) events: Vec<(u32, Option<DateKey>, &'static str)>,
    /// (sentence, figure)
    pub(crate) reports: Vec<(u32, Figure)>,
}

impl Unit {
    /// The first day of its date, when its year is known.
    pub(crate) fn when_first(&self) -> Option<i64> {
        match self.when {
            When::Known { first, .. } => Some(first),
            _ => None,
        }
    }
}

/// Builds the incidents from records streamed in document order.
pub struct Incidents {
    annotator: Annotator,
    field: String,
    pub(crate) window: i64,
    pub(crate) strings: Strings,
    pub(crate) places: Places,
    cues: Cues,
    current_doc: Option<u32>,
    doc_order: u32,
    doc_body: u32,
    doc_source: Option<u32>,
    doc_published: Option<Date>,
    /// The date the document's `url` gives (`None` inside `Some` when it
    /// was read and gives none): the reports' date when no publication
    /// date is known.
    doc_url_date: Option<Option<Date>>,
    /// The day a wire dateline gives ("Москва. 7 апреля. INTERFAX.RU"),
    /// year unknown or known, read when the document has no publication
    /// date (`None` inside `Some` when it was read and gives none).
    doc_dateline_day: Option<Option<DateKey>>,
    pending: Vec<Sent>,
    doc_places: Vec<u32>,
    doc_names: Vec<(u32, bool)>,
    orgs: Vec<u32>,
    last_para: Option<u32>,
    last_para_date: Option<Option<DateKey>>,
    pub(crate) sentences: Vec<Placed>,
    pub(crate) units: Vec<Unit>,
    /// Normalised text of a counted sentence → the first sentence with it.
    seen_text: HashMap<u64, u32>,
    /// (doc, sent) of kept sentences → sentence, for `dup_of`.
    by_doc_sent: HashMap<(u32, u32), u32>,
}

impl Incidents {
    pub fn new(anchor: Option<Date>, field: &str, window: i64) -> Self {
        Incidents {
            annotator: Annotator::new(anchor),
            field: field.to_string(),
            window: window.max(0),
            strings: Strings::new(),
            places: Places::default(),
            cues: Cues::new(),
            current_doc: None,
            doc_order: 0,
            doc_body: 0,
            doc_source: None,
            doc_published: None,
            doc_url_date: None,
            doc_dateline_day: None,
            pending: Vec::new(),
            doc_places: Vec::new(),
            doc_names: Vec::new(),
            orgs: Vec::new(),
            last_para: None,
            last_para_date: None,
            sentences: Vec::new(),
            units: Vec::new(),
            seen_text: HashMap::default(),
            by_doc_sent: HashMap::default(),
        }
    }

    /// Take one record (annotated here when it has no `times`).
    pub fn add(&mut self, record: Record, field: &mut TextField) {
        let f = Fields::of(&record, Some(&self.field));
        self.add_fields(&record, f, field);
    }

    /// [`Incidents::add`] of a record whose fields were found already, its
    /// text in the field the view was made with (the input checks and the
    /// view read the same fields: one walk over the record serves both).
    pub(crate) fn add_fields(&mut self, record: &Record, f: Fields, field: &mut TextField) {
        let doc_name = f.doc.and_then(Json::str);
        // Records of a document come together: its id is the current one
        // when its name is (no hashing of the name again).
        let name = doc_name.as_deref().unwrap_or("");
        let doc = match self.current_doc {
            Some(current) if self.strings.get(current) == name => current,
            _ => self.strings.id(name),
        };
        if self.current_doc != Some(doc) {
            self.finish_doc();
            self.current_doc = Some(doc);
            self.doc_published = None;
            self.doc_url_date = None;
            self.doc_dateline_day = None;
            self.doc_source = None;
            self.doc_body = 0;
            // A paragraph's date never carries into the next document.
            self.last_para = None;
            self.last_para_date = None;
        }
        let own_text = f.text.and_then(Json::str);
        let has_text = field.get(record).is_some();
        // Records are not written out: the dates of a record without
        // `times` are read from the text and used as they are, not written
        // into the record as JSON and parsed back.
        let read = (f.times.is_none() && has_text).then(|| {
            let (published, lang) = (f.published, f.lang);
            self.annotator.mentions_of(
                doc_name.as_deref(),
                own_text.as_deref(),
                || published.and_then(Json::str),
                || lang.and_then(Json::str),
            )
        });
        if self.doc_published.is_none() {
            self.doc_published = f.published.and_then(Json::str).as_deref().and_then(Date::parse_iso);
        }
        if self.doc_url_date.is_none() {
            if let Some(u) = f.url.and_then(Json::str) {
                self.doc_url_date = Some(url::date_in_url(&u));
            }
        }
        if self.doc_dateline_day.is_none() && self.doc_published.is_none() {
            if let Some(t) = f.dateline_text.and_then(Json::str) {
                let lang = f.lang.and_then(Json::str).as_deref().and_then(kz_shared::lang::Lang::from_code);
                self.doc_dateline_day = Some(dateline_day(&t, lang, &mut self.strings));
            }
        }
        if self.doc_source.is_none() {
            self.doc_source = f.source.and_then(Json::str).map(|s| self.strings.id(&s));
        }
        let (para, headline) = match plain_count(f.para) {
            // Sentences of a paragraph come together too.
            Some(raw) => match self.last_para {
                Some(last) if self.strings.get(last) == raw => (Some(last), raw == "0"),
                _ => (Some(self.strings.id(raw)), raw == "0"),
            },
            None => {
                let para_value = record.get("para");
                let headline = para_value.and_then(Value::as_u64) == Some(0);
                (para_value.map(|p| self.strings.id(&p.to_string())), headline)
            }
        };
        let body = self.doc_body;
        if !headline {
            self.doc_body += 1;
        }
        if para != self.last_para || para.is_none() {
            self.last_para = para;
            self.last_para_date = None;
        }
        let (own, unresolved, report_only) = match &read {
            Some(mentions) => own_date_of_mentions(mentions, &mut self.strings),
            None => own_date(f.times, &mut self.strings),
        };
        let text = own_text.as_deref().unwrap_or("");
        let figures = figures(f.numbers, &mut self.strings, text);
        let para_date = self.last_para_date;
        if let Some(own) = own {
            self.last_para_date = Some(Some(own));
        } else if unresolved {
            self.last_para_date = Some(None);
        }
        let cues = self.cues.scan(text);
        let (p0, n0) = (self.doc_places.len(), self.doc_names.len());
        read_entities(
            f.entities,
            &mut self.strings,
            &mut self.places,
            &mut self.doc_places,
            &mut self.doc_names,
            &mut self.orgs,
        );
        let places = p0..self.doc_places.len();
        let names = n0..self.doc_names.len();
        let keep = own.is_some() || unresolved || !figures.is_empty();
        let placed = if keep {
            let sent = match plain_count(f.sent) {
                Some(raw) => self.strings.id(raw),
                None => {
                    let sent = record.get("sent").map_or_else(|| "null".to_string(), Value::to_string);
                    self.strings.id(&sent)
                }
            };
            let index = u32::try_from(self.sentences.len()).expect("fewer than 4 billion sentences");
            let copy_of = self.copy_of(f.dup_of.is_some().then_some(record), doc, text, !figures.is_empty());
            self.sentences.push(Placed { doc, sent, text: text.into(), copy_of });
            self.by_doc_sent.insert((doc, sent), index);
            Some(index)
        } else {
            None
        };
        if placed.is_none() && places.is_empty() && names.is_empty() && cues == 0 {
            return;
        }
        self.pending.push(Sent {
            placed,
            own,
            unresolved,
            report_only,
            para_date,
            places,
            names,
            figures,
            cues,
            headline,
            body,
        });
    }

    /// The record a counted sentence copies: `dup_of` (kz-dedupe --mark)
    /// when it names another document, else the first sentence of another
    /// document with the same normalised text (six words or more).
    fn copy_of(
        &mut self,
        record: Option<&Record>,
        doc: u32,
        text: &str,
        counted: bool,
    ) -> Option<(u32, Option<u32>)> {
        if let Some(dup) = record.and_then(|r| r.get("dup_of")).filter(|d| d.is_object()) {
            let other = dup.get("doc").and_then(Value::as_str).map(|d| self.strings.id(d));
            if other.is_some_and(|o| o != doc) {
                let sent = dup.get("sent").map(Value::to_string).map(|s| self.strings.id(&s));
                let target = other.zip(sent).and_then(|k| self.by_doc_sent.get(&k).copied());
                return Some((self.strings.id(&dup.to_string()), target));
            }
            return None;
        }
        if !counted {
            return None;
        }
        let (hash, words) = normalised_hash(text);
        if words < 6 {
            return None;
        }
        let index = self.sentences.len() as u32;
        match self.seen_text.get(&hash) {
            Some(&first) if self.sentences[first as usize].doc != doc => Some((NONE, Some(first))),
            Some(_) => None,
            None => {
                self.seen_text.insert(hash, index);
                None
            }
        }
    }

    /// Turn the document just read into units.
    fn finish_doc(&mut self) {
        let mut sents = std::mem::take(&mut self.pending);
        let orgs = std::mem::take(&mut self.orgs);
        let mut doc_places = std::mem::take(&mut self.doc_places);
        let mut doc_names = std::mem::take(&mut self.doc_names);
        if let Some(doc) = self.current_doc {
            if !sents.is_empty() {
                self.units_of(doc, &sents, &doc_places, &doc_names, orgs);
            }
        }
        sents.clear();
        doc_places.clear();
        doc_names.clear();
        self.pending = sents;
        self.doc_places = doc_places;
        self.doc_names = doc_names;
    }

    fn units_of(
        &mut self,
        doc: u32,
        sents: &[Sent],
        doc_places: &[u32],
        doc_names: &[(u32, bool)],
        orgs: Vec<u32>,
    ) {
        self.doc_order += 1;
        let strings = &self.strings;
        let when_of = |k: &DateKey| When::of(k.value.map(|v| strings.get(v)), strings.get(k.granularity));
        // The main event's date: as the date view's (the day with most
        // killed or injured figures, else the first day that is not only
        // when a source spoke), else the first such month or week, else
        // the publication date.
        let main_key = main_event_date(sents, strings, self.doc_published, self.window);
        let (main_when, main_key, by_published) = match main_key {
            Some(k) => (when_of(&k), Some(k), false),
            None => match self.doc_published {
                Some(d) => (
                    When::day(d),
                    Some(DateKey {
                        value: Some(self.strings.id(&d.to_string())),
                        granularity: crate::timeline::DAY,
                    }),
                    true,
                ),
                // The day of a wire dateline is the publication date,
                // its year often unknown.
                None => match self.doc_dateline_day.flatten() {
                    Some(k) => (when_of(&k), Some(k), true),
                    None => (When::None, None, false),
                },
            },
        };
        let strings = &self.strings;
        let when_of = |k: &DateKey| When::of(k.value.map(|v| strings.get(v)), strings.get(k.granularity));
        // Each sentence: its date and how it got it, and whether it is
        // background (a date that ends before the main event's window).
        let mut resolved: Vec<(Option<DateKey>, &'static str, bool)> = Vec::with_capacity(sents.len());
        for s in sents {
            let (key, by) = if let Some(own) = s.own {
                (Some(own), "text")
            } else if s.unresolved {
                (None, "unresolved")
            } else if let Some(Some(p)) = s.para_date {
                (Some(p), "paragraph")
            } else if let Some(None) = s.para_date {
                (None, "unresolved")
            } else if main_key.is_some() {
                (main_key, if by_published { "published" } else { "document" })
            } else {
                (None, "none")
            };
            let background = match key {
                Some(k) if (by == "text" || by == "paragraph") && !(by == "text" && s.report_only) => {
                    when_of(&k).is_background_of(&main_when, self.window)
                }
                _ => false,
            };
            resolved.push((key, by, background));
        }
        // The main unit, then one unit per background date.
        let mut groups: Vec<(Option<DateKey>, Vec<usize>)> = vec![(main_key, Vec::new())];
        for (i, &(key, _, background)) in resolved.iter().enumerate() {
            if !background {
                groups[0].1.push(i);
                continue;
            }
            match groups.iter_mut().skip(1).find(|(k, _)| *k == key) {
                Some(g) => g.1.push(i),
                None => groups.push((key, vec![i])),
            }
        }
        let main_place = self.best_place(sents, doc_places, &groups[0].1);
        for (n, (key, members)) in groups.into_iter().enumerate() {
            let background = n > 0;
            let mut unit = Unit {
                doc,
                order: self.doc_order,
                source: self.doc_source,
                published: self.doc_published.or(self.doc_url_date.flatten()),
                background,
                when: if background { key.map_or(When::None, |k| when_of(&k)) } else { main_when },
                date: key,
                by_published: !background && by_published,
                place: None,
                places: Vec::new(),
                countries: Vec::new(),
                names: Vec::new(),
                orgs: Vec::new(),
                cues: 0,
                counts: kind::Counts::default(),
                near: false,
                events: Vec::new(),
                reports: Vec::new(),
            };
            for &i in &members {
                let s = &sents[i];
                unit.cues |= s.cues;
                unit.counts.add(s.cues);
                for &name in &doc_names[s.names.clone()] {
                    if !unit.names.contains(&name) {
                        unit.names.push(name);
                    }
                }
                if let Some(p) = s.placed {
                    let (date, by, _) = resolved[i];
                    unit.events.push((p, date, by));
                    for f in &s.figures {
                        unit.reports.push((p, *f));
                    }
                }
            }
            // A background paragraph with no figures and no word of
            // violence or protest is history, not an incident.
            if background && unit.reports.is_empty() && unit.cues & kind::HAPPENED == 0 {
                continue;
            }
            let place = self.best_place(sents, doc_places, &members);
            unit.place = if background { place.or(main_place) } else { main_place };
            unit.places = self.ranked_places(sents, doc_places, &members);
            for &p in &unit.places.clone() {
                let c = self.places.get(p).country;
                if let Some(c) = c {
                    if !unit.countries.contains(&c) {
                        unit.countries.push(c);
                    }
                }
            }
            unit.places.retain(|&p| self.places.get(p).kind != PlaceKind::Country);
            unit.near = unit.place.is_some_and(|p| {
                members.iter().any(|&i| {
                    sents[i].cues & cues::NEAR != 0 && doc_places[sents[i].places.clone()].contains(&p)
                })
            });
            if !background {
                unit.orgs = orgs.clone();
            }
            self.units.push(unit);
        }
    }

    /// Places of some sentences of a document, the most prominent first:
    /// a mention counts 1, 3 in the headline, 2 in the lead (the first two
    /// sentences after it), one more in a sentence with figures; countries
    /// last, as they are not places.
    fn ranked_places(&self, sents: &[Sent], doc_places: &[u32], members: &[usize]) -> Vec<u32> {
        let mut score: Vec<(u32, u32, usize)> = Vec::new();
        for &n in members {
            let s = &sents[n];
            let lead = !s.headline && s.body < 2;
            let w = if s.headline {
                3
            } else if lead {
                2
            } else {
                1
            } + u32::from(!s.figures.is_empty());
            for &p in &doc_places[s.places.clone()] {
                match score.iter_mut().find(|e| e.0 == p) {
                    Some(e) => e.1 += w,
                    None => score.push((p, w, score.len())),
                }
            }
        }
        score.sort_by(|a, b| {
            let (ka, kb) = (self.places.get(a.0).kind, self.places.get(b.0).kind);
            (ka == PlaceKind::Country)
                .cmp(&(kb == PlaceKind::Country))
                .then(b.1.cmp(&a.1))
                .then(ka.rank().cmp(&kb.rank()))
                .then(a.2.cmp(&b.2))
        });
        score.into_iter().map(|e| e.0).collect()
    }

    /// The place of some sentences: the most prominent that is not a country.
    fn best_place(&self, sents: &[Sent], doc_places: &[u32], members: &[usize]) -> Option<u32> {
        let ranked = self.ranked_places(sents, doc_places, members);
        ranked.into_iter().find(|&p| self.places.get(p).kind != PlaceKind::Country)
    }

    /// Finish reading: the last document's units.
    pub(crate) fn finish(&mut self) {
        self.finish_doc();
        self.current_doc = None;
    }
}

/// A hash of a text's words in lower case, and how many words it has.
fn normalised_hash(text: &str) -> (u64, usize) {
    let mut h = kz_shared::fxhash::FxHasher::default();
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        let alphanumeric = if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() };
        if alphanumeric {
            if !in_word {
                words += 1;
                h.write_u32(' ' as u32);
            }
            in_word = true;
            if c.is_ascii() {
                h.write_u32(c.to_ascii_lowercase() as u32);
            } else {
                for l in c.to_lowercase() {
                    h.write_u32(l as u32);
                }
            }
        } else {
            in_word = false;
        }
    }
    (h.finish(), words)
}

/// The date of the document's main event: the day-precise date (year known
/// or not) its dated sentences give most killed or injured figures for
/// (the first on a tie); without such figures, the first day-precise date
/// that is not only when a source spoke; else the first such month, week or
/// period.
fn main_event_date(
    sents: &[Sent],
    strings: &Strings,
    published: Option<Date>,
    window: i64,
) -> Option<DateKey> {
    let mut counts: Vec<(DateKey, usize)> = Vec::new();
    for s in sents {
        let key = match (s.own, s.para_date) {
            (Some(k), _) if !s.report_only => k,
            (None, Some(Some(k))) if !s.unresolved => k,
            _ => continue,
        };
        if key.granularity != crate::timeline::DAY || key.value.is_none() {
            continue;
        }
        let harm = s.figures.iter().filter(|f| is_harm(strings.get(f.event))).count();
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += harm,
            None => counts.push((key, harm)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    if best > 0 {
        return counts.into_iter().find(|(_, n)| *n == best).map(|(k, _)| k);
    }
    counts.into_iter().next().map(|(k, _)| k).or_else(|| {
        sents.iter().find_map(|s| {
            s.own.filter(|k| {
                !s.report_only
                    && k.value.is_some()
                    && matches!(strings.get(k.granularity), "month" | "week" | "period")
                    && (s.headline || s.body < 2 || !s.figures.is_empty())
                    // A month that ended before the report's window is
                    // history it recalls, not its event.
                    && !published.is_some_and(|p| {
                        When::of(k.value.map(|v| strings.get(v)), strings.get(k.granularity))
                            .is_background_of(&When::day(p), window)
                    })
            })
        })
    })
}

/// The day a dateline names ("Москва. 7 апреля. INTERFAX.RU",
/// "BISHKEK, June 15 (Xinhua)"): `XXXX-MM-DD` without its year.
fn dateline_day(text: &str, lang: Option<kz_shared::lang::Lang>, strings: &mut Strings) -> Option<DateKey> {
    let mentions = Annotator::new(None).scan_in(text, None, lang);
    let m = mentions.iter().find(|m| m.granularity == "day" && m.value.is_some())?;
    Some(DateKey { value: Some(strings.id(m.value.as_deref()?)), granularity: crate::timeline::DAY })
}

fn is_harm(event: &str) -> bool {
    event == "killed" || event == "injured"
}

/// The class of an event word of kz-numbers, old or new: wounded, hurt,
/// hospitalized → injured; arrested → detained; dead, died → killed.
pub(crate) fn event_class(word: &str) -> &str {
    match word {
        "wounded" | "hurt" | "hospitalized" | "hospitalised" => "injured",
        "arrested" => "detained",
        "dead" | "died" => "killed",
        w => w,
    }
}

/// An item of `entities`, as far as the incident view reads it.
#[derive(Default)]
struct EntityItem<'a> {
    kind: Option<Cow<'a, str>>,
    name: Option<Cow<'a, str>>,
    text: Option<Cow<'a, str>>,
    /// Set on items kz-entities found in the `dateline` or `source` field:
    /// where the report was filed and who filed it, not what it tells.
    field: Option<Cow<'a, str>>,
    id: Option<Cow<'a, str>>,
    country: Option<Cow<'a, str>>,
    lat: Option<Num<'a>>,
    lon: Option<Num<'a>>,
}

impl<'a> Item<'a> for EntityItem<'a> {
    #[inline]
    fn slot(key: &str) -> Option<u32> {
        Some(match key {
            "type" => 0,
            "name" => 1,
            "text" => 2,
            "field" => 3,
            "id" => 4,
            "country" => 5,
            "lat" => 6,
            "lon" => 7,
            _ => return None,
        })
    }

    #[inline]
    fn set(&mut self, slot: u32, value: Val<'a>) -> bool {
        match slot {
            0 => take_str(value, &mut self.kind),
            1 => take_str(value, &mut self.name),
            2 => take_str(value, &mut self.text),
            3 => take_str(value, &mut self.field),
            4 => take_str(value, &mut self.id),
            5 => take_str(value, &mut self.country),
            6 => take_f64(value, &mut self.lat),
            _ => take_f64(value, &mut self.lon),
        }
    }
}

/// Places, names of people and organisations, and organisations of a
/// record's `entities`.
fn read_entities(
    field: Option<Json>,
    strings: &mut Strings,
    places: &mut Places,
    out_places: &mut Vec<u32>,
    names: &mut Vec<(u32, bool)>,
    orgs: &mut Vec<u32>,
) {
    let (p0, n0) = (out_places.len(), names.len());
    let mut spare = String::new();
    let Read::Items(items) = items::read::<EntityItem>(field, &mut spare) else {
        return;
    };
    let typed = items.typed;
    for e in items.list.iter().filter(|e| e.field.is_none()) {
        let Some(name) = e.name.as_deref().or(e.text.as_deref()) else {
            continue;
        };
        match e.kind.as_deref().unwrap_or("") {
            kind @ ("GPE" | "LOC" | "FAC") => {
                let at = e.lat.and_then(|x| x.get(typed)).zip(e.lon.and_then(|x| x.get(typed)));
                let p = places.intern(strings, kind, name, e.id.as_deref(), e.country.as_deref(), at);
                if !out_places[p0..].contains(&p) {
                    out_places.push(p);
                }
            }
            kind @ ("PERSON" | "ORG") => {
                let id = strings.id(name);
                let person = kind == "PERSON";
                if !names[n0..].contains(&(id, person)) {
                    names.push((id, person));
                }
                if !person && !orgs.contains(&id) {
                    orgs.push(id);
                }
            }
            _ => {}
        }
    }
}

/// An item of `numbers`, as far as the incident view reads it.
#[derive(Default)]
struct NumberItem<'a> {
    event: Option<Cow<'a, str>>,
    value: Option<Num<'a>>,
    low: Option<Num<'a>>,
    high: Option<Num<'a>>,
    who_class: Option<Cow<'a, str>>,
    part_of: Option<u64>,
    qualifier: Option<Cow<'a, str>>,
    subtotal: Option<bool>,
    additional: Option<bool>,
    superseded: Option<bool>,
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
            "subtotal" => 7,
            "additional" => 8,
            "superseded" => 9,
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
            6 => take_str(value, &mut self.qualifier),
            7 => take_bool(value, &mut self.subtotal),
            8 => take_bool(value, &mut self.additional),
            _ => take_bool(value, &mut self.superseded),
        }
    }
}

/// The casualty figures of a record's `numbers`: items with an `event`. A
/// part of a total of the same event and class is left out (it is counted
/// in the total); a part of another class is kept, marked as a subtotal.
fn figures(field: Option<Json>, strings: &mut Strings, text: &str) -> Vec<Figure> {
    if field.and_then(Json::raw).is_some_and(|json| !json.contains("\"event\"") && !json.contains('\\')) {
        return Vec::new();
    }
    let mut spare = String::new();
    let Read::Items(items) = items::read::<NumberItem>(field, &mut spare) else {
        return Vec::new();
    };
    let (typed, items) = (items.typed, items.list);
    let finite = |x: Option<Num>| x.and_then(|x| x.get(typed)).filter(|x| x.is_finite());
    fn class_of<'a, 'b>(n: &'b NumberItem<'a>) -> &'b str {
        n.who_class.as_deref().unwrap_or("people")
    }
    let partial = names_one_site(text);
    let mut out = Vec::new();
    for n in &items {
        let Some(word) = n.event.as_deref() else {
            continue;
        };
        let event = event_class(word);
        let (value, low, high) = (finite(n.value), finite(n.low), finite(n.high));
        if value.is_none() && low.is_none() && high.is_none() {
            continue;
        }
        let who_class = class_of(n);
        let total = n.part_of.and_then(|i| items.get(i as usize));
        if let Some(t) = total {
            if t.event.as_deref().map(event_class) == Some(event) && class_of(t) == who_class {
                continue;
            }
        }
        out.push(Figure {
            event: strings.id(event),
            event_word: (word != event).then(|| strings.id(word)),
            who_class: strings.id(who_class),
            value,
            low,
            high,
            qualifier: n.qualifier.as_deref().map(|q| strings.id(q)),
            subtotal: total.is_some() || n.subtotal == Some(true),
            additional: n.additional == Some(true),
            superseded: n.superseded == Some(true),
            partial,
        });
    }
    out
}

/// Whether a sentence gives its figures for one site of several: "at one
/// of the stores", "at another store", "a third group", "at the second
/// checkpoint" (English), "в другом магазине", "во втором" (Russian).
fn names_one_site(text: &str) -> bool {
    use std::sync::OnceLock;
    static SITE: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let ac = SITE.get_or_init(|| {
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build([
                "at one ",
                "at another ",
                "at the other ",
                "at the second ",
                "at the third ",
                "at a second ",
                "at a third ",
                "a second group",
                "a third group",
                "another group",
                "in a separate attack",
                "в другом ",
                "в одном из ",
                "во втором ",
                "в третьем ",
                "другая группа",
            ])
            .expect("site words build")
    });
    ac.is_match(text)
}

#[cfg(test)]
mod tests;
