//! What the date reader knows of each language, and the machinery the
//! languages share.
//!
//! A language ([`Rules`]) says which texts may hold a time expression (a
//! cheap pre-check), gives the patterns of its kinds of expression, reads a
//! match into a language-neutral [`Reading`] ("the 5th of June, year
//! unknown", "the weekday before the anchor", "two days after the last date
//! mentioned"), and says whether the clause around it speaks of the future
//! and whether it dates a statement. The engine ([`crate::annotate`])
//! resolves readings against the anchor and the document; it knows no word
//! of any language. Adding Kazakh means adding `kk.rs` beside `en.rs` and
//! `ru.rs` and one line in [`rules_for`].
//!
//! Finding candidates: all kinds of one language at once, as one automaton
//! without captures (cheap), which says which kind matched; only that kind's
//! small regex is then run again, on the match alone, for its parts.

pub(crate) mod en;
pub(crate) mod ru;

use kz_shared::lang::{detect, Lang};
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::{self, PikeVM};
use regex_automata::nfa::thompson::NFA;
use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input};

use kz_shared::fxhash::HashMap;

use crate::civil::Date;

// ---------------------------------------------------------------------------
// What an expression says

/// A week, a month, a year or a day, as a unit of counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Which one of a weekday or month the text means: "last Friday", "next
/// June", "this Sunday"; `None` when tense decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Which {
    Last,
    Next,
    This,
}

/// The year of a month or a day, as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Year {
    /// Not written: picked near the anchor.
    Unknown,
    /// Written out: "5 June 2016".
    Given(i32),
    /// Years from the anchor's: "прошлого года" (-1), "этого года" (0).
    FromAnchor(i32),
}

/// Which day of a holiday (or of the month of Ramadan) is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    /// The day before it.
    Eve,
    /// Its first day ("the beginning of Ramadan").
    Start,
    /// Its last day ("the end of Ramadan").
    End,
}

/// Which way a counted span goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    /// Back from the anchor: "three days ago".
    Ago,
    /// Back from the last date mentioned: "two days earlier".
    Earlier,
    /// On from the last date mentioned: "two days later".
    Later,
}

/// A date counted from something else than the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rel {
    /// Days from the last day the document mentioned (or from the anchor):
    /// "the day before" (-1), "the next day" (1), "that day" (0).
    FromReference(i64),
    /// The week, month or year before (-1), after (1) or of (0) the last
    /// date mentioned (or the anchor): "the following week".
    ReferencePeriod(Unit, i64),
    /// Days from the anchor: "yesterday" (-1), "today" (0), "overnight" (-1).
    Today(i64),
    /// The week, month or year before (-1), after (1) or of (0) the anchor's:
    /// "last week", "this year".
    AnchorPeriod(Unit, i64),
    /// "This night" ("этой ночью"): in a report of the past, the night that
    /// ended on the morning of the anchor (dated by its evening, as
    /// "overnight"); in a clause of the future, the coming one.
    ThisNight,
    /// "The day before" as the Russian press writes "накануне": the day
    /// before the date the text just wrote (in this sentence or the one
    /// before), else the day before the anchor (the reporter's "yesterday").
    DayBefore,
}

/// What a time expression says, before it is resolved.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum What {
    /// A full date written out ("2016-06-05", "05.06.2016").
    Date(Date),
    /// Looked like a full date and is none ("31.02.2020"): dropped, with any
    /// clock time joined to it.
    Invalid,
    /// A day of a month ("June 5", "5 июня прошлого года"); dropped when it
    /// cannot be a date.
    MonthDay {
        year: Year,
        month: u8,
        day: u8,
    },
    /// A month of a year written out ("October 2019").
    MonthOfYear {
        year: i32,
        month: u8,
    },
    /// A month without its year ("in May", "last June", "в мае прошлого года").
    Month {
        month: u8,
        which: Option<Which>,
        year: Year,
    },
    /// A weekday, 1 = Monday to 7 = Sunday.
    Weekday {
        weekday: u8,
        which: Option<Which>,
    },
    /// A holiday of the table in `data/holidays.tsv`, by its key.
    Holiday {
        key: &'static str,
        edge: Option<Edge>,
        year: Option<i32>,
    },
    Relative(Rel),
    /// "three days ago", "two weeks later".
    Counted {
        n: i64,
        unit: Unit,
        dir: Dir,
    },
    /// A decade, as its first three digits ("199" for the 1990s).
    Decade(u16),
    /// A century by its ordinal (20 for the twentieth), if plausible.
    Century(Option<u32>),
    /// A clock time alone ("at 3 p.m."): no date.
    Clock,
    Year(i32),
}

/// A candidate read: what it says, and its parts the engine writes out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reading {
    pub what: What,
    /// `morning`, `afternoon`, `evening`, `night`.
    pub part_of_day: Option<&'static str>,
    /// `early`, `mid`, `late`, `start`, `end`.
    pub modifier: Option<&'static str>,
    /// The mention starts no earlier than here (a leading "in" or "by" the
    /// pattern needed is not part of it).
    pub start_at: Option<usize>,
    /// Byte span of a preposition the pattern took in ("until March 3"),
    /// for the deadline test.
    pub lead: Option<(usize, usize)>,
}

impl Reading {
    pub fn of(what: What) -> Self {
        Reading { what, part_of_day: None, modifier: None, start_at: None, lead: None }
    }
}

/// A candidate accepted by its language.
pub(crate) struct Found {
    /// Where it ends (a language may leave out a last character).
    pub end: usize,
    pub reading: Reading,
    /// A clock time ("15:00") it holds.
    pub clock: Option<String>,
    /// Whether it joins a date next to it rather than standing alone: clock
    /// times ("at 15:00 on Friday") and, in Russian, parts of the day
    /// ("вечером 5 июня").
    pub joins: bool,
    /// Whether it is written out when it joins nothing (a clock time is; a
    /// part of the day alone is not).
    pub alone: bool,
}

impl Found {
    pub fn new(end: usize, reading: Reading) -> Self {
        Found { end, reading, clock: None, joins: false, alone: true }
    }
}

/// A candidate before resolution: byte span (with the clock time or part of
/// the day joined to it) and what it says.
#[derive(Debug, Clone)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub reading: Reading,
    pub clock: Option<String>,
    /// A part of the day joined from next to it.
    pub joined_part: Option<&'static str>,
    /// Whether a clock time or part of the day before it was joined to it
    /// (the mention then starts with that).
    pub joined_before: bool,
    pub joins: bool,
    pub alone: bool,
}

// ---------------------------------------------------------------------------
// A language

/// What the date reader knows of one language.
pub(crate) trait Rules: Sync {
    /// Index of its buffers in [`Scratch`].
    fn id(&self) -> usize;
    /// The cheap pre-check: can `text` hold a time expression at all?
    fn may_hold_time(&self, text: &str) -> bool;
    /// `text` in lower case into `out`, every byte where it was (the clause
    /// tests read it; the patterns too when [`Rules::reads_lower`]).
    fn lower(&self, text: &str, out: &mut String);
    /// Whether the patterns read the lower-case text (else the text itself,
    /// case-insensitively).
    fn reads_lower(&self) -> bool;
    fn kinds(&self) -> &Kinds;
    /// What a match of kind `c` says, or `None` when it is no time
    /// expression after all.
    fn read(&self, text: &str, c: &Caps, start: usize, end: usize) -> Option<Found>;
    /// May a clock time or a part of the day join a date across `gap`
    /// (lower-case text between them)?
    fn joins_across(&self, gap: &str) -> bool;
    /// Does the clause around the expression speak of the future (or of a
    /// state that lasts until the date)?
    fn is_future(&self, lower: &str, start: usize, end: usize, reading: &Reading) -> bool;
    /// Is this the date a source spoke on ("said on Monday")?
    fn is_report(&self, lower: &str, start: usize, end: usize) -> bool;
    /// Where a match found at `start` begins (a pattern may take in the
    /// character before a word, as its boundary).
    fn word_start(&self, _hay: &str, start: usize) -> usize {
        start
    }
    /// Does a match ending at `end` end a word? If not, it is tried shorter.
    fn ends_word(&self, _hay: &str, _end: usize) -> bool {
        true
    }
    /// After a match that is no time expression, look again from its second
    /// character (else from its end).
    fn retry_inside(&self) -> bool {
        false
    }
}

/// The rules for a text: its record's `lang`, else the language of the text
/// itself. A text without a letter outside ASCII is read as English, whatever
/// its record says: no Russian word can be in it, and the English patterns
/// read its numeric dates alike. Kazakh is read with the Russian rules until
/// it has its own (its reports write Russian month names and numeric dates).
pub(crate) fn rules_for(text: &str, lang: Option<Lang>) -> &'static dyn Rules {
    let lang = match lang {
        _ if text.is_ascii() => return &en::English,
        Some(l) if l != Lang::Unknown => l,
        // Without a Cyrillic letter, no need to weigh the letters.
        _ if !has_cyrillic(text) => return &en::English,
        _ => detect(text),
    };
    match lang {
        Lang::En => &en::English,
        Lang::Ru | Lang::Kk => &ru::Russian,
        Lang::Unknown => {
            if has_cyrillic(text) {
                &ru::Russian
            } else {
                &en::English
            }
        }
    }
}

/// Any Cyrillic letter (U+0400..U+04FF: lead bytes 0xD0 to 0xD3).
fn has_cyrillic(text: &str) -> bool {
    text.bytes().any(|b| (0xD0..=0xD3).contains(&b))
}

/// The cheap pre-check of every language: can `text` hold a time
/// expression in any of them?
pub(crate) fn may_hold_time_any(text: &str) -> bool {
    en::English.may_hold_time(text) || (!text.is_ascii() && ru::Russian.may_hold_time(text))
}

// ---------------------------------------------------------------------------
// Finding candidates

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

/// The kinds of time expression of one language, compiled once.
pub(crate) struct Kinds {
    /// All kinds at once, without captures; says which kind matched.
    finder: Regex,
    branches: Vec<Branch>,
    /// The patterns, for tests.
    #[cfg_attr(not(test), allow(dead_code))]
    patterns: Vec<String>,
}

impl Kinds {
    /// Compiles the patterns, one per kind, most specific first (where two
    /// could start at the same place, the first one wins).
    pub fn new(patterns: Vec<String>) -> Kinds {
        let finder = Regex::new_many(&patterns).expect("time regex");
        let branches = patterns
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
            .collect();
        Kinds { finder, branches, patterns }
    }

    #[cfg(test)]
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }
}

/// Search caches of the kinds of one language.
struct KindScratch {
    slots: Vec<Slots>,
    backtrack: Vec<backtrack::Cache>,
    pikevm: Vec<pikevm::Cache>,
    /// The parts of matches read before (see [`capture`]).
    parts: PartsMemo,
}

impl KindScratch {
    fn new(kinds: &Kinds) -> Self {
        let b = &kinds.branches;
        KindScratch {
            slots: b.iter().map(|b| b.backtrack.create_captures()).collect(),
            backtrack: b.iter().map(|b| b.backtrack.create_cache()).collect(),
            pikevm: b.iter().map(|b| b.pikevm.create_cache()).collect(),
            parts: PartsMemo::default(),
        }
    }
}

/// The parts of matches already read, by what decides them: the kind, the
/// text of the match, and the characters on either side of it (the only
/// text outside the match the patterns' look-arounds, `\b` and `^`, can
/// see). The same expressions come back again and again ("on Monday", "last
/// week", "в понедельник"), and reading the parts of one costs a search
/// with captures; looking them up costs a hash of a few bytes.
#[derive(Default)]
struct PartsMemo {
    /// Key (see [`PartsMemo::key`]) → the slots, as offsets from the start
    /// of the match.
    map: HashMap<Box<str>, Box<[Option<usize>]>>,
    key: String,
}

/// Entries kept at most: the memo is emptied when full, so that its size
/// does not grow with the input.
const PARTS_MEMO: usize = 4096;

impl PartsMemo {
    /// The key of a match of kind `branch` at `range` of `hay`, written into
    /// [`PartsMemo::key`].
    fn key(&mut self, hay: &str, branch: usize, range: std::ops::Range<usize>) {
        let before = hay[..range.start].chars().next_back();
        let after = hay[range.end..].chars().next();
        self.key.clear();
        // The kind, then each side as a flag and a character.
        self.key.push(char::from_u32(branch as u32).unwrap_or(char::MAX));
        for side in [before, after] {
            self.key.push(if side.is_some() { '1' } else { '0' });
            self.key.push(side.unwrap_or('0'));
        }
        self.key.push_str(&hay[range]);
    }

    /// Fill `slots` from the memo, if it has the match.
    fn get(&mut self, hay: &str, branch: usize, range: std::ops::Range<usize>, slots: &mut Slots) -> bool {
        self.key(hay, branch, range.clone());
        let Some(offsets) = self.map.get(self.key.as_str()) else { return false };
        for (slot, offset) in slots.slots_mut().iter_mut().zip(offsets.iter()) {
            *slot = offset.and_then(|o| NonMaxUsize::new(range.start + o));
        }
        slots.set_pattern(Some(regex_automata::PatternID::ZERO));
        true
    }

    /// Keep the slots of the match whose key [`PartsMemo::get`] just wrote.
    fn put(&mut self, start: usize, slots: &Slots) {
        if self.map.len() >= PARTS_MEMO {
            self.map.clear();
        }
        let offsets = slots.slots().iter().map(|s| s.map(|p| p.get() - start)).collect();
        self.map.insert(self.key.as_str().into(), offsets);
    }
}

/// Buffers of the date reader, kept from text to text.
#[derive(Default)]
pub(crate) struct Scratch {
    /// Caches of each language's kinds, by [`Rules::id`].
    kinds: Vec<Option<KindScratch>>,
    /// The text in lower case.
    pub lower: String,
}

/// The named parts of one candidate.
pub(crate) struct Caps<'t> {
    hay: &'t str,
    /// Index of its kind in the language's patterns.
    kind: usize,
    names: &'t [(&'static str, usize)],
    slots: &'t Slots,
}

/// A part of a candidate: byte span in the text the patterns read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Part<'t> {
    hay: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Part<'t> {
    pub fn as_str(&self) -> &'t str {
        &self.hay[self.start..self.end]
    }
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn span(&self) -> (usize, usize) {
        (self.start, self.end)
    }
}

impl<'t> Caps<'t> {
    /// Index of the kind that matched, in the order of the patterns.
    pub fn kind(&self) -> usize {
        self.kind
    }

    pub fn name(&self, name: &str) -> Option<Part<'t>> {
        let name = name.as_bytes();
        // Short names: bytes compared here, not by a call per name.
        let &(_, i) = self.names.iter().find(|(n, _)| n.len() == name.len() && n.as_bytes() == name)?;
        let g = self.slots.get_group(i)?;
        Some(Part { hay: self.hay, start: g.start, end: g.end })
    }

    pub fn has(&self, name: &str) -> bool {
        self.name(name).is_some()
    }

    /// The part as a string (empty when absent).
    pub fn str(&self, name: &str) -> &'t str {
        self.name(name).map_or("", |p| p.as_str())
    }

    /// The named parts and their spans, sorted (for tests).
    #[cfg(test)]
    fn parts(&self) -> Vec<(String, (usize, usize))> {
        let mut parts: Vec<(String, (usize, usize))> = self
            .names
            .iter()
            .filter_map(|(n, _)| self.name(n).map(|p| (n.to_string(), (p.start, p.end))))
            .collect();
        parts.sort();
        parts
    }
}

/// The candidates of a text in one language, read. `hay` is the text the
/// patterns read (the text itself, or its lower case).
pub(crate) fn find_raw(rules: &dyn Rules, text: &str, hay: &str, scratch: &mut Scratch) -> Vec<Raw> {
    let kinds = rules.kinds();
    let id = rules.id();
    if scratch.kinds.len() <= id {
        scratch.kinds.resize_with(id + 1, || None);
    }
    let ks = scratch.kinds[id].get_or_insert_with(|| KindScratch::new(kinds));
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < hay.len() {
        let Some(whole) = kinds.finder.search(&Input::new(hay).span(pos..hay.len())) else {
            break;
        };
        let branch = whole.pattern().as_usize();
        let mut range = whole.range();
        if !rules.ends_word(hay, range.end) {
            match shorter(rules, kinds, ks, hay, branch, range.clone()) {
                Some(r) => range = r,
                None => {
                    pos = next_pos(rules, hay, whole.range());
                    continue;
                }
            }
        }
        let found = match capture(kinds, ks, hay, branch, range.clone()) {
            Some(c) => rules.read(text, &c, rules.word_start(hay, range.start), range.end),
            None => None,
        };
        let Some(found) = found else {
            pos = next_pos(rules, hay, whole.range());
            continue;
        };
        out.push(Raw {
            start: rules.word_start(hay, range.start),
            end: found.end,
            reading: found.reading,
            clock: found.clock,
            joined_part: None,
            joined_before: false,
            joins: found.joins,
            alone: found.alone,
        });
        pos = range.end.max(range.start + 1);
    }
    out
}

/// Where to look again after a match that was no time expression.
fn next_pos(rules: &dyn Rules, hay: &str, range: std::ops::Range<usize>) -> usize {
    if rules.retry_inside() {
        let first = hay[range.start..].chars().next().map_or(1, char::len_utf8);
        range.start + first
    } else {
        range.end.max(range.start + 1)
    }
}

/// The same kind's match, shorter, that ends a word: "5 июня 2016 г" of
/// "5 июня 2016 где" (an optional last part took in the start of a word).
fn shorter(
    rules: &dyn Rules,
    kinds: &Kinds,
    ks: &mut KindScratch,
    hay: &str,
    branch: usize,
    range: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let b = &kinds.branches[branch];
    let mut end = range.end;
    for _ in 0..4 {
        // The last word end before `end`.
        end = (range.start + 1..end).rev().find(|&p| hay.is_char_boundary(p) && rules.ends_word(hay, p))?;
        let input = Input::new(hay).span(range.start..end).anchored(Anchored::Yes);
        let slots = &mut ks.slots[branch];
        b.pikevm.search(&mut ks.pikevm[branch], &input, slots);
        let m = slots.get_match()?;
        if rules.ends_word(hay, m.end()) {
            return Some(m.range());
        }
        end = m.end();
    }
    None
}

/// The parts of a match of kind `branch` found by the finder: the kind's own
/// regex on the match alone (look-arounds still see the text around it)
/// finds the same match, now with its parts.
fn capture<'t>(
    kinds: &'t Kinds,
    ks: &'t mut KindScratch,
    hay: &'t str,
    branch: usize,
    range: std::ops::Range<usize>,
) -> Option<Caps<'t>> {
    let slots = &mut ks.slots[branch];
    let b = &kinds.branches[branch];
    if ks.parts.get(hay, branch, range.clone(), slots) {
        return Some(Caps { hay, kind: branch, names: &b.names, slots });
    }
    let input = Input::new(hay).span(range.clone()).anchored(Anchored::Yes);
    if b.backtrack.try_search(&mut ks.backtrack[branch], &input, slots).is_err() {
        // Longer than the backtracker keeps track of.
        b.pikevm.search(&mut ks.pikevm[branch], &input, slots);
    }
    if slots.get_match().map(|m| m.range()) != Some(range.clone()) {
        debug_assert!(false, "kind {branch} does not match {:?} alone", &hay[range]);
        return None;
    }
    ks.parts.put(range.start, slots);
    Some(Caps { hay, kind: branch, names: &b.names, slots })
}

/// Joins clock times and parts of the day to the date next to them ("11
/// p.m. on Wednesday", "Friday at 15:00", "вечером 5 июня"); a clock time
/// that joins nothing stays a mention of its own, a part of the day is
/// dropped.
pub(crate) fn join_times(rules: &dyn Rules, lower: &str, raw: Vec<Raw>) -> Vec<Raw> {
    fn takes(date: &Raw, t: &Raw) -> bool {
        if t.clock.is_some() {
            date.clock.is_none()
        } else {
            date.joined_part.is_none() && date.reading.part_of_day.is_none()
        }
    }
    fn join(date: &mut Raw, t: Raw) {
        if t.clock.is_some() {
            date.clock = t.clock;
        } else {
            date.joined_part = t.reading.part_of_day;
        }
    }
    if !raw.iter().any(|r| r.joins) {
        return raw;
    }
    let mut out: Vec<Raw> = Vec::with_capacity(raw.len());
    let mut pending: Option<Raw> = None;
    for r in raw {
        if r.joins {
            // Joins the date just before it, if any.
            if let Some(prev) = out.last_mut() {
                if !prev.joins && takes(prev, &r) && rules.joins_across(&lower[prev.end..r.start]) {
                    prev.end = r.end;
                    join(prev, r);
                    continue;
                }
            }
            if let Some(p) = pending.take() {
                if p.alone {
                    out.push(p);
                }
            }
            pending = Some(r);
            continue;
        }
        let mut r = r;
        if let Some(p) = pending.take() {
            if takes(&r, &p) && rules.joins_across(&lower[p.end..r.start]) {
                r.start = p.start;
                r.joined_before = true;
                join(&mut r, p);
                out.push(r);
                continue;
            }
            if p.alone {
                out.push(p);
            }
        }
        out.push(r);
    }
    if let Some(p) = pending {
        if p.alone {
            out.push(p);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Helpers of the languages

pub(crate) fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

pub(crate) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The clause around an expression, before and after it: back to a clause
/// mark (`back` bytes at most), ahead to the next one or to a word that
/// opens a new clause (`ahead` bytes at most). Marks begin characters, and
/// so does the opener (a space first), so both parts are cut at characters.
#[inline]
pub(crate) fn clause_around<'a>(
    lower: &'a str,
    start: usize,
    end: usize,
    back: usize,
    ahead: usize,
    is_mark: impl Fn(&[u8]) -> bool,
    opener: &[u8],
) -> (&'a str, &'a str) {
    let from = floor_boundary(lower, start.saturating_sub(back));
    let before = &lower[from..start];
    let before = match (0..before.len()).rev().find(|&i| is_mark(&before.as_bytes()[i..])) {
        Some(i) => &before[i..],
        None => before,
    };
    let to = ceil_boundary(lower, end + ahead);
    let after = &lower[end..to];
    let after = match (0..after.len()).find(|&i| is_mark(&after.as_bytes()[i..])) {
        Some(i) => &after[..i],
        None => after,
    };
    let after = match find_bytes(after.as_bytes(), opener) {
        Some(i) => &after[..i],
        None => after,
    };
    (before, after)
}

/// The named parts of every candidate of a text, kind by kind, as the
/// reader finds them (for the tests that check them against one regex of
/// all kinds).
#[cfg(test)]
pub(crate) type FoundParts = ((usize, usize), Vec<(String, (usize, usize))>);

#[cfg(test)]
pub(crate) fn parts_by_kind(rules: &dyn Rules, hay: &str) -> Vec<FoundParts> {
    let kinds = rules.kinds();
    let mut ks = KindScratch::new(kinds);
    let mut out = Vec::new();
    for whole in kinds.finder.find_iter(hay) {
        let branch = whole.pattern().as_usize();
        let c = capture(kinds, &mut ks, hay, branch, whole.range()).expect("kind matches alone");
        out.push(((whole.start(), whole.end()), c.parts()));
    }
    out
}

/// The same from one regex of all kinds with captures (the kinds as
/// alternatives, in the same order).
#[cfg(test)]
pub(crate) fn parts_by_one_regex(rules: &dyn Rules, hay: &str) -> Vec<FoundParts> {
    let body: Vec<String> =
        rules.kinds().patterns().iter().map(|p| p.strip_prefix("(?i)").unwrap_or(p).to_string()).collect();
    let flags = if rules.kinds().patterns()[0].starts_with("(?i)") { "(?i)" } else { "" };
    let re = regex::Regex::new(&format!("{flags}(?:{})", body.join("|"))).unwrap();
    let names: Vec<&str> = re.capture_names().flatten().collect();
    re.captures_iter(hay)
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
