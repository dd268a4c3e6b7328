//! English: the kinds of time expression the English-language press writes,
//! read into [`Reading`]s, and its tense and reporting words.
//!
//! The patterns read the text itself, case-insensitively, with ASCII word
//! boundaries (they keep the regexes on their fast DFA engines whatever the
//! text; a Unicode `\b` needs a slower one).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use kz_shared::words::{month_number, unit_number, weekday_number};

use super::{
    clause_around, find_bytes, floor_boundary, Caps, Dir, Edge, Found, Kinds, Reading, Rel, Rules, Unit,
    What, Which, Year,
};
use crate::civil::Date;
use crate::holidays;

pub(crate) struct English;

impl Rules for English {
    fn id(&self) -> usize {
        0
    }

    fn may_hold_time(&self, text: &str) -> bool {
        text.bytes().any(|b| b.is_ascii_digit()) || KEYWORDS.is_match(text)
    }

    fn lower(&self, text: &str, out: &mut String) {
        out.clear();
        out.push_str(text);
        out.make_ascii_lowercase();
    }

    fn reads_lower(&self) -> bool {
        false
    }

    fn kinds(&self) -> &Kinds {
        &KINDS
    }

    fn read(&self, text: &str, c: &Caps, start: usize, end: usize) -> Option<Found> {
        // "may" the verb is not May the month.
        let month = ["cM", "dM", "eM", "fM"].iter().find_map(|n| c.name(n));
        if let Some(mo) = month {
            if mo.as_str().eq_ignore_ascii_case("may") && !mo.as_str().starts_with('M') {
                return None;
            }
        }
        if c.has("yr") && !looks_like_year(text, start, end) {
            return None;
        }
        if c.has("num") && !plausible_numeric_date(c) {
            return None;
        }
        let clock = clock_of(c);
        // The optional dot after a month is for "Jan."; after a full name
        // ("on 5 January.") it ends the sentence and is not part of the date.
        let mut end = end;
        if let Some(mo) = month {
            if mo.end() + 1 == end
                && text.as_bytes()[mo.end()] == b'.'
                && MON_FULL.split('|').any(|full| mo.as_str().eq_ignore_ascii_case(full))
            {
                end -= 1;
            }
        }
        let reading = reading_of(c);
        let joins = clock.is_some();
        Some(Found { end, reading, clock, joins, alone: true })
    }

    fn joins_across(&self, gap: &str) -> bool {
        joins_clock_and_date(gap)
    }

    fn is_future(&self, lower: &str, start: usize, end: usize, reading: &Reading) -> bool {
        is_future(lower, start, end) || is_deadline(lower, reading.lead, start, end)
    }

    fn is_report(&self, lower: &str, start: usize, _end: usize) -> bool {
        is_report(lower, start)
    }
}

// ---------------------------------------------------------------------------
// Reading a match

/// What a match says, from its parts.
fn reading_of(c: &Caps) -> Reading {
    let year_of = |name: &str| c.name(name).and_then(|y| y.as_str().parse::<i32>().ok());
    let num = |name: &str| c.name(name).and_then(|n| n.as_str().parse::<u8>().ok());
    let pod = |names: &[&str]| names.iter().find_map(|n| c.name(n)).and_then(|p| part_of_day(p.as_str()));
    let modifier = |name: &str| c.name(name).map(|e| modifier_of(e.as_str()));
    let month = |name: &str| c.name(name).and_then(|m| month_number(m.as_str().trim_end_matches('.')));

    if c.has("iso") || c.has("num") {
        let (y, mo, d) = if c.has("iso") {
            (year_of("aY"), num("aM"), num("aD"))
        } else {
            (year_of("bY"), num("bM"), num("bD"))
        };
        // "31.02.2020" is not a date.
        return Reading::of(match y.and_then(|y| Date::new(y, mo?, d?)) {
            Some(date) => What::Date(date),
            None => What::Invalid,
        });
    }
    if c.has("cM") || c.has("dM") {
        let (m, d, y) = if c.has("cM") { ("cM", "cD", "cY") } else { ("dM", "dD", "dY") };
        let mut r = Reading::of(month_day(year_of(y), month(m), num(d)));
        r.part_of_day = pod(&["cpp", "dpp", "cP"]);
        r.modifier = modifier("cel");
        return r;
    }
    if let Some(mo) = month("eM") {
        let mut r = Reading::of(match year_of("eY") {
            Some(year) => What::MonthOfYear { year, month: mo },
            None => What::Invalid,
        });
        r.modifier = modifier("eE");
        return r;
    }
    if let Some(m) = c.name("fM") {
        let mo = month("fM").unwrap_or(0);
        if c.has("fD") {
            // "by May 16": a month-day after a preposition.
            let mut r = Reading::of(month_day(year_of("fY"), Some(mo), num("fD")));
            r.start_at = Some(m.start());
            r.lead = c.name("fP").map(|p| p.span());
            return r;
        }
        let mut r = Reading::of(match year_of("fY") {
            Some(year) => What::MonthOfYear { year, month: mo },
            None => {
                let which = match c.str("fP").to_ascii_lowercase().as_str() {
                    "last" => Some(Which::Last),
                    "next" => Some(Which::Next),
                    "this" => Some(Which::This),
                    _ => None,
                };
                What::Month { month: mo, which, year: Year::Unknown }
            }
        });
        r.modifier = modifier("fE");
        if !c.has("fE") {
            r.start_at = Some(m.start());
        }
        r.lead = c.name("fP").map(|p| p.span());
        return r;
    }
    if let Some(day) = c.name("gD") {
        let which = match c.str("gQ").to_ascii_lowercase().as_str() {
            "last" | "past" | "previous" => Some(Which::Last),
            "next" | "coming" => Some(Which::Next),
            _ => None,
        };
        let weekday = weekday_number(day.as_str()).unwrap_or(0);
        let mut r = Reading::of(What::Weekday { weekday, which });
        r.part_of_day = pod(&["gpp", "gP"]);
        r.modifier = modifier("gE");
        return r;
    }
    if let Some(name) = c.name("hN") {
        let edge = c.name("hE").map(|e| {
            let e = e.as_str().to_ascii_lowercase();
            match e.split_whitespace().next().unwrap_or("") {
                "eve" => Edge::Eve,
                "end" | "last" => Edge::End,
                _ => Edge::Start,
            }
        });
        return Reading::of(match holidays::key_of(name.as_str()) {
            Some(key) => What::Holiday { key, edge, year: year_of("hY") },
            None => What::Holiday { key: "", edge, year: None },
        });
    }
    if let Some(rel) = c.name("rel") {
        let rel = rel.as_str().to_ascii_lowercase();
        let rel: String = rel.split_whitespace().collect::<Vec<_>>().join(" ");
        let (what, implied, modifier) = relative(rel.strip_prefix("on ").unwrap_or(&rel));
        let mut r = Reading::of(What::Relative(what));
        r.part_of_day = pod(&["relP"]).or(implied);
        r.modifier = modifier;
        return r;
    }
    if let Some(n) = c.name("cnt") {
        let unit = unit_of(c.str("cntU").to_ascii_lowercase().trim_end_matches('s'));
        let dir = match c.str("cntD").to_ascii_lowercase().as_str() {
            "ago" => Dir::Ago,
            "earlier" | "before" => Dir::Earlier,
            _ => Dir::Later,
        };
        return Reading::of(match count_word(n.as_str()) {
            Some(n) => What::Counted { n, unit, dir },
            None => What::Invalid,
        });
    }
    if let Some(dec) = c.name("kD") {
        let mut r = Reading::of(What::Decade(dec.as_str()[..3].parse().unwrap_or(0)));
        r.modifier = modifier("kE");
        return r;
    }
    if c.has("lN") || c.has("lW") {
        let n = match (c.name("lN"), c.name("lW")) {
            (Some(n), _) => n.as_str().parse::<u32>().ok(),
            (_, Some(w)) => century_word(w.as_str()),
            _ => None,
        };
        let mut r = Reading::of(What::Century(n));
        r.modifier = modifier("lE");
        return r;
    }
    if c.has("clk") || c.has("clk24") || c.has("clkW") {
        return Reading::of(What::Clock);
    }
    Reading::of(match year_of("yr") {
        Some(y) => What::Year(y),
        None => What::Invalid,
    })
}

fn month_day(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> What {
    match (month, day) {
        (Some(month), Some(day)) => {
            What::MonthDay { year: year.map_or(Year::Unknown, Year::Given), month, day }
        }
        _ => What::MonthDay { year: Year::Unknown, month: 0, day: 0 },
    }
}

/// A relative expression (lower case, single spaces, no leading "on"):
/// what it counts from, the part of the day it implies, its modifier.
fn relative(rel: &str) -> (Rel, Option<&'static str>, Option<&'static str>) {
    // Counted from the last date the document mentioned.
    match rel {
        "the day before" | "the previous day" | "a day earlier" => {
            return (Rel::FromReference(-1), None, None)
        }
        "the day after" | "the next day" | "the following day" | "a day later" => {
            return (Rel::FromReference(1), None, None)
        }
        "the same day"
        | "that same day"
        | "that day"
        | "earlier that day"
        | "later that day"
        | "earlier the same day"
        | "later the same day" => return (Rel::FromReference(0), None, None),
        _ => {}
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
        return (Rel::ReferencePeriod(unit_of(unit), sign), None, None);
    }
    // Counted from the publication date (or --anchor).
    let part = match rel {
        "this morning" => Some("morning"),
        "this afternoon" => Some("afternoon"),
        "this evening" => Some("evening"),
        "tonight" | "overnight" | "last night" | "over the past night" => Some("night"),
        _ => None,
    };
    let days = match rel {
        "today" | "earlier today" | "this morning" | "this afternoon" | "this evening" | "tonight" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        "the day before yesterday" => Some(-2),
        "the day after tomorrow" => Some(2),
        // The night that ended on the morning of publication.
        "overnight" | "last night" | "over the past night" => Some(-1),
        _ => None,
    };
    if let Some(d) = days {
        return (Rel::Today(d), part, None);
    }
    let first = rel.split(' ').next().unwrap_or("");
    let unit = unit_of(rel.rsplit(' ').next().unwrap_or(""));
    let sign = match first {
        "last" | "past" | "previous" => -1,
        "next" | "coming" | "following" => 1,
        _ => 0,
    };
    let modifier = if rel.starts_with("earlier this") {
        Some("early")
    } else if rel.starts_with("later this") {
        Some("late")
    } else {
        None
    };
    (Rel::AnchorPeriod(unit, sign), part, modifier)
}

fn unit_of(word: &str) -> Unit {
    match word {
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => Unit::Day,
    }
}

fn part_of_day(word: &str) -> Option<&'static str> {
    Some(match word.to_ascii_lowercase().as_str() {
        "morning" => "morning",
        "afternoon" => "afternoon",
        "evening" => "evening",
        "night" => "night",
        _ => return None,
    })
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
// Patterns

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
pub(crate) fn branch_patterns() -> Vec<String> {
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

static KINDS: LazyLock<Kinds> = LazyLock::new(|| Kinds::new(branch_patterns()));

// ---------------------------------------------------------------------------
// Filters

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

fn plausible_numeric_date(c: &Caps) -> bool {
    let d: u32 = c.str("bD").parse().unwrap_or(0);
    let m: u32 = c.str("bM").parse().unwrap_or(0);
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
    if c.has("clk") {
        let mut h: u32 = c.str("mH").parse().ok()?;
        let m: u32 = c.name("mM").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let pm = c.str("mAP").to_ascii_lowercase().starts_with('p');
        if h == 12 {
            h = 0;
        }
        if pm {
            h += 12;
        }
        Some(format!("{h:02}:{m:02}"))
    } else if c.has("clk24") {
        Some(format!("{:02}:{}", c.str("nH").parse::<u32>().ok()?, c.str("nM")))
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

// ---------------------------------------------------------------------------
// Tense and reporting

/// Does the clause around the expression speak of the future? Looks back
/// to the start of the clause (60 bytes at most) and ahead to its end.
pub(crate) fn is_future(lower: &str, start: usize, end: usize) -> bool {
    let (before, after) = clause(lower, start, end);
    speaks_of_future(before) || speaks_of_future(after)
}

/// The clause around an expression, before and after it: back to a clause
/// mark (60 bytes at most), ahead to the next one or to "that" (40 at most).
fn clause(lower: &str, start: usize, end: usize) -> (&[u8], &[u8]) {
    clause_around(lower, start, end, 60, 40, is_clause_mark, b" that ")
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
fn is_deadline(lower: &str, lead: Option<(usize, usize)>, start: usize, end: usize) -> bool {
    // "until March 3" may be one match, the word leading it.
    let lead = match lead {
        Some((s, e)) => &lower.as_bytes()[s..e],
        None => last_word(&lower.as_bytes()[..start]),
    };
    if !matches!(lead, b"until" | b"till" | b"through" | b"by") {
        return false;
    }
    let rest = &lower[end..];
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return false;
    }
    let (before, after) = clause(lower, start, end);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::test_util::*;
    use crate::annotate::{AnchorKind, Annotator};
    use crate::dates::{ceil_boundary, parts_by_kind, parts_by_one_regex, Scratch};
    use kz_shared::Record;
    use serde_json::Value;

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
    fn kinds_found_apart_match_one_regex_of_all_kinds() {
        for text in [
            "On the night of January 5, 2022 at 11 p.m. shots rang out; the day before, 3 were held.",
            "Since 1991 and in the 1990s, the early twentieth century; 12.03.2019 and 2019-03-12.",
            "Late on Wednesday morning, two days later, next week, on the eve of Ramadan 2016.",
            "The may 5 vote, in mid-March, by May 16, in May 2011, 3rd of May, noon and 20:00.",
        ] {
            assert_eq!(parts_by_kind(&English, text), parts_by_one_regex(&English, text), "{text}");
        }
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
            for r in crate::dates::find_raw(&English, &s, &s, &mut Scratch::default()) {
                proptest::prop_assert_eq!(
                    is_future(&lower, r.start, r.end),
                    is_future_as_written(&lower, r.start, r.end)
                );
            }
        }

        #[test]
        fn kinds_found_apart_match_one_regex_on_any_text(s in "(\\PC|on Monday|June 5|the day before|3 p.m.|29 February|1999| ){0,30}") {
            proptest::prop_assert_eq!(parts_by_kind(&English, &s), parts_by_one_regex(&English, &s));
        }
    }
}
