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
        let month = match c.kind() {
            K_MONTH_DAY => c.name("cM"),
            K_DAY_MONTH => c.name("dM"),
            K_MONTH_YEAR => c.name("eM"),
            K_MONTH => c.name("fM"),
            _ => None,
        };
        if let Some(mo) = month {
            if mo.as_str().eq_ignore_ascii_case("may") && !mo.as_str().starts_with('M') {
                return None;
            }
        }
        if c.kind() == K_YEAR && !looks_like_year(text, start, end) {
            return None;
        }
        if c.kind() == K_NUM && !plausible_numeric_date(c) {
            return None;
        }
        let clock = if c.kind() == K_CLOCK { clock_of(c) } else { None };
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

    let kind = c.kind();
    if kind == K_ISO || kind == K_NUM {
        let (y, mo, d) = if kind == K_ISO {
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
    if kind == K_MONTH_DAY || kind == K_DAY_MONTH {
        let (m, d, y) = if kind == K_MONTH_DAY { ("cM", "cD", "cY") } else { ("dM", "dD", "dY") };
        let mut r = Reading::of(month_day(year_of(y), month(m), num(d)));
        r.part_of_day = pod(&["cpp", "dpp", "cP"]);
        r.modifier = modifier("cel");
        return r;
    }
    if kind == K_MONTH_YEAR {
        let mo = month("eM").unwrap_or(0);
        let mut r = Reading::of(match year_of("eY") {
            Some(year) => What::MonthOfYear { year, month: mo },
            None => What::Invalid,
        });
        r.modifier = modifier("eE");
        return r;
    }
    if let (K_MONTH, Some(m)) = (kind, c.name("fM")) {
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
                let p = c.str("fP");
                let which = if p.eq_ignore_ascii_case("last") {
                    Some(Which::Last)
                } else if p.eq_ignore_ascii_case("next") {
                    Some(Which::Next)
                } else if p.eq_ignore_ascii_case("this") {
                    Some(Which::This)
                } else {
                    None
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
    if let (K_WEEKDAY, Some(day)) = (kind, c.name("gD")) {
        let q = c.str("gQ");
        let is = |w: &[&str]| w.iter().any(|w| q.eq_ignore_ascii_case(w));
        let which = if is(&["last", "past", "previous"]) {
            Some(Which::Last)
        } else if is(&["next", "coming"]) {
            Some(Which::Next)
        } else {
            None
        };
        let weekday = weekday_number(day.as_str()).unwrap_or(0);
        let mut r = Reading::of(What::Weekday { weekday, which });
        r.part_of_day = pod(&["gpp", "gP"]);
        r.modifier = modifier("gE");
        return r;
    }
    if let (K_HOLIDAY, Some(name)) = (kind, c.name("hN")) {
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
    if let (K_RELATIVE, Some(rel)) = (kind, c.name("rel")) {
        let rel = rel.as_str().to_ascii_lowercase();
        let rel: String = rel.split_whitespace().collect::<Vec<_>>().join(" ");
        let (what, implied, modifier) = relative(rel.strip_prefix("on ").unwrap_or(&rel));
        let mut r = Reading::of(What::Relative(what));
        r.part_of_day = pod(&["relP"]).or(implied);
        r.modifier = modifier;
        return r;
    }
    if let (K_COUNTED, Some(n)) = (kind, c.name("cnt")) {
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
    if let (K_DECADE, Some(dec)) = (kind, c.name("kD")) {
        let mut r = Reading::of(What::Decade(dec.as_str()[..3].parse().unwrap_or(0)));
        r.modifier = modifier("kE");
        return r;
    }
    if kind == K_CENTURY {
        let n = match (c.name("lN"), c.name("lW")) {
            (Some(n), _) => n.as_str().parse::<u32>().ok(),
            (_, Some(w)) => century_word(w.as_str()),
            _ => None,
        };
        let mut r = Reading::of(What::Century(n));
        r.modifier = modifier("lE");
        return r;
    }
    if kind == K_CLOCK {
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
    ["morning", "afternoon", "evening", "night"].into_iter().find(|p| word.eq_ignore_ascii_case(p))
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

// The kinds, by their index in [`branch_patterns`].
const K_ISO: usize = 0;
const K_NUM: usize = 1;
const K_HOLIDAY: usize = 2;
const K_MONTH_DAY: usize = 3;
const K_DAY_MONTH: usize = 4;
const K_MONTH_YEAR: usize = 5;
const K_MONTH: usize = 6;
const K_WEEKDAY: usize = 7;
const K_RELATIVE: usize = 8;
const K_COUNTED: usize = 9;
const K_DECADE: usize = 10;
const K_CENTURY: usize = 11;
const K_CLOCK: usize = 12;
const K_YEAR: usize = 13;

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
            r"{}(?:(?P<cel>early|late)\s+(?:on\s+)?)?(?P<cM>{MON_ANY})\b\.?\s+(?P<cD>[0-3]?\d)(?:st|nd|rd|th)?\b(?:(?:(?:\s*[-–—]\s*|\s+(?:and|to|&)\s+)[0-3]?\d(?:st|nd|rd|th)?\b)?,?\s+(?P<cY>{YEAR})\b)?(?:\s+(?P<cP>{POD})\b)?",
            pod_prefix("c")
        ),
        format!(
            r"{}(?P<dD>[0-3]?\d)(?:st|nd|rd|th)?(?:(?:\s*[-–—]\s*|\s+(?:and|to|&)\s+)[0-3]?\d(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?P<dM>{MON_ANY})\b\.?(?:,?\s+(?P<dY>{YEAR})\b)?",
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
    debug_assert!(branches[K_YEAR].contains("<yr>") && branches[K_CLOCK].contains("<clk>"));
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
    let (before, after) = clause_around(lower, start, end, 60, 40, is_clause_mark, b" that ");
    (before.as_bytes(), after.as_bytes())
}

/// Is the expression the end of a state that still holds: a deadline, a
/// curfew, a closure ("the curfew stays in force until January 5", "must
/// leave by Friday", "schools are shut through Sunday")? Then it lies ahead
/// of the report, like a future-tense one.
///
/// The rule: "until", "till", "through" or "by" just before the date, and
/// either a verb of the present or an obligation in its clause (`is`,
/// `are`, `stays`, `remains`, `must`, `has`…) and no past-tense auxiliary
/// (`was`, `were`, `had`, `did`), or a measure set to run until then
/// (`imposed`, `extended`, `postponed`, `adjourned`, `remanded`, `given`,
/// a `deadline`…: "a curfew was imposed until Sunday") and no past perfect.
/// So "had been held until March 3" and "police held them until Friday" (no
/// present verb nor measure to go by) stay in the past, and "hit by
/// Friday's storm" is no deadline.
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
    if present && !words().any(|w| matches!(w, b"was" | b"were" | b"had" | b"did")) {
        return true;
    }
    let measure = words().any(|w| {
        matches!(
            w,
            b"imposed"
                | b"introduced"
                | b"declared"
                | b"extended"
                | b"prolonged"
                | b"postponed"
                | b"adjourned"
                | b"delayed"
                | b"suspended"
                | b"remanded"
                | b"ordered"
                | b"banned"
                | b"closed"
                | b"shut"
                | b"given"
                | b"deadline"
                | b"ultimatum"
        )
    });
    measure && !words().any(|w| matches!(w, b"had" | b"did"))
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
    // The words of the clause (runs of letters, digits and apostrophes),
    // told by a table: this runs for every date found, on 100 bytes.
    let mut i = 0;
    while i < s.len() {
        while i < s.len() && !WORD_BYTE[usize::from(s[i])] {
            i += 1;
        }
        let start = i;
        while i < s.len() && WORD_BYTE[usize::from(s[i])] {
            i += 1;
        }
        if is_future_word(&s[start..i]) {
            return true;
        }
    }
    find_bytes(s, b" is to ").is_some() || find_bytes(s, b" are to ").is_some()
}

/// A word that puts its clause in the future.
fn is_future_word(w: &[u8]) -> bool {
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
}

/// The bytes of a word for [`speaks_of_future`]: ASCII letters and digits,
/// and the apostrophe.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'\'';
        b += 1;
    }
    t
};

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
#[path = "en_tests.rs"]
mod tests;
