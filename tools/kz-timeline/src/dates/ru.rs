//! Russian: the kinds of time expression the Russian-language press of the
//! region writes ("5 июня 2016 года", "в ночь на 6 июня", "в начале
//! января", "в воскресенье", "накануне", "два дня назад", "в 1990-х", "около
//! 10 часов утра", "накануне Курбан айта"), read into [`Reading`]s, and its
//! tense and reporting words. Month, weekday and number words in every case
//! form come from [`kz_shared::words::ru`]; the patterns only find where they
//! may be.
//!
//! The patterns read the text in lower case (`ё` as `е`; every byte where it
//! was), with word boundaries of their own: a pattern takes in the character
//! before its first word (or the start of the text), and a match must end a
//! word, else it is tried shorter. (A Unicode `\b` would keep the regexes off
//! their fast DFA engines.)
//!
//! Conventions, the same as for English where English has the form:
//! - a span or a list of days is dated by its first day: "1-2 июля", "с 5
//!   по 10 июня", "24, 25 и 26 июня" → the 1st, the 5th, the 24th; "в ночь с 10 на 11 июня" → the 10th (with `night`); "в
//!   ночь на 11 июня" names one date, the 11th;
//! - "прошлого года", "этого года" after a month or a day count years from
//!   the anchor;
//! - "накануне" alone is "the day before": the day before the last date
//!   the document mentioned, else before the anchor; before a holiday
//!   ("накануне Наурыза") it is that holiday's eve;
//! - "утром", "вечером", "ночью" join the date next to them as its part of
//!   the day ("вечером 23 июня", "в воскресенье вечером"), and are no date
//!   alone;
//! - tense: a clause with a future word (`будет`, `состоится`, `пройдет`,
//!   `планируется`, `предстоит`…) speaks of the future; "до", "по" or "к"
//!   before a date with a word of a state that still holds (`действует`,
//!   `продлен`, `введен`, `останутся`, `должны`…) and no verb in the past
//!   (`-л`, `-ла`, `-ло`, `-ли`) is a deadline, which lies ahead too.

use std::sync::LazyLock;

use kz_shared::fxhash::HashSet;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use kz_shared::words::ru::{month_number, number_word, tens_number, weekday_number};

use super::{
    clause_around, floor_boundary, Caps, Dir, Edge, Found, Kinds, Reading, Rel, Rules, Unit, What, Which,
    Year,
};
use crate::civil::Date;

pub(crate) struct Russian;

impl Rules for Russian {
    fn id(&self) -> usize {
        1
    }

    fn may_hold_time(&self, text: &str) -> bool {
        text.bytes().any(|b| b.is_ascii_digit()) || KEYWORDS.is_match(text)
    }

    fn lower(&self, text: &str, out: &mut String) {
        lower(text, out)
    }

    fn reads_lower(&self) -> bool {
        true
    }

    fn kinds(&self) -> &Kinds {
        &KINDS
    }

    fn read(&self, text: &str, c: &Caps, start: usize, end: usize) -> Option<Found> {
        read(text, c, start, end)
    }

    fn joins_across(&self, gap: &str) -> bool {
        let g = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
        let g: String = g.split_whitespace().collect::<Vec<_>>().join(" ");
        matches!(
            g.as_str(),
            "" | "в"
                | "во"
                | "около"
                | "примерно в"
                | "приблизительно в"
                | "ориентировочно в"
                | "в районе"
                | "после"
                | "до"
                | "к"
                | "с"
                | "уже"
                | "ещё"
                | "еще"
        )
    }

    fn is_future(&self, lower: &str, start: usize, end: usize, reading: &Reading) -> bool {
        let (before, after) = clause(lower, start, end);
        let future = words_of(before).chain(words_of(after)).any(is_future_word);
        future || is_deadline(lower, reading.lead, start, end)
    }

    fn is_report(&self, lower: &str, start: usize, end: usize) -> bool {
        // The verb before ("сообщил в понедельник") or just after ("5 июня
        // сообщило агентство").
        // The words before it in its clause, nearest first.
        let from = floor_boundary(lower, start.saturating_sub(80));
        let before = &lower[from..start];
        // Marks begin characters: the cut is at one.
        let before = match (0..before.len()).rev().find(|&i| is_clause_mark(&before.as_bytes()[i..])) {
            Some(i) => &before[i..],
            None => before,
        };
        let mut prev = words_of(before).rev().filter(|w| !matches!(*w, "в" | "во" | "на")).peekable();
        // "продлен до 25 июня, сообщают…": a deadline, not the day of the report.
        if matches!(
            prev.peek(),
            Some(&("до" | "по" | "к" | "ко" | "с" | "со" | "после" | "около" | "вплоть"))
        ) {
            return false;
        }
        // "сообщило МВД в понедельник": the verb, and its source between.
        let before = prev.take(3).take_while(|w| *w != "что").any(is_report_word);
        // "20 мая сообщает агентство" (after a comma the verb is an aside).
        let to = super::ceil_boundary(lower, end + 40);
        let after = lower[end..to].trim_start_matches(' ');
        let after = !after.starts_with(|c: char| c.is_ascii_digit() || c == ',')
            && words_of(after).next().is_some_and(is_report_word);
        before || after
    }

    fn word_start(&self, hay: &str, start: usize) -> usize {
        // The character a pattern took in before its first word.
        match hay[start..].chars().next() {
            Some(c) if !is_word_char(c) => start + c.len_utf8(),
            _ => start,
        }
    }

    fn ends_word(&self, hay: &str, end: usize) -> bool {
        !hay[end..].chars().next().is_some_and(is_word_char)
    }

    fn retry_inside(&self) -> bool {
        true
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Lower case with `ё` as `е`, for Russian (and Kazakh) letters and ASCII;
/// every character keeps its length in bytes, so offsets stay valid.
///
/// Every letter it changes is ASCII or two bytes long (lead byte 0xD0 to
/// 0xD3): those are found by their bytes, and the runs between them (most
/// letters are small) are copied whole.
pub(crate) fn lower(text: &str, out: &mut String) {
    out.clear();
    out.reserve(text.len());
    let b = text.as_bytes();
    let (mut run, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        // The capitals: A-Z; Ѐ-Я (D0 80-AF); ё (D1 91); Ғ Қ Ң Ү Ұ Һ (D2 92,
        // 9A, A2, AE, B0, BA) and Ә Ө (D3 98, A8).
        let capital = match c {
            b'A'..=b'Z' => true,
            0xD0 => matches!(b.get(i + 1), Some(0x80..=0xAF)),
            0xD1 => b.get(i + 1) == Some(&0x91),
            0xD2 => matches!(b.get(i + 1), Some(0x92 | 0x9A | 0xA2 | 0xAE | 0xB0 | 0xBA)),
            0xD3 => matches!(b.get(i + 1), Some(0x98 | 0xA8)),
            _ => false,
        };
        if !capital {
            i += 1;
            continue;
        }
        let Some(ch) = text[i..].chars().next() else { break };
        out.push_str(&text[run..i]);
        out.push(lower_char(ch));
        i += ch.len_utf8();
        run = i;
    }
    out.push_str(&text[run..]);
    debug_assert_eq!(out.len(), text.len());
}

/// [`lower`] of one character.
pub(crate) fn lower_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'Ё' | 'ё' => 'е',
        // А-Я (U+0410..) are 32 below а-я; Ѐ-Џ (U+0400..) 80 below ѐ-џ;
        // every one of them has two bytes, as its lower case letter.
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        // Kazakh: Ғ Қ Ң Ү Ұ Һ Ә Ө, each followed by its lower case one.
        'Ғ' | 'Қ' | 'Ң' | 'Ү' | 'Ұ' | 'Һ' | 'Ә' | 'Ө' => char::from_u32(c as u32 + 1).unwrap_or(c),
        c => c,
    }
}

// ---------------------------------------------------------------------------
// Reading a match

fn read(text: &str, c: &Caps, start: usize, end: usize) -> Option<Found> {
    let year_of = |name: &str| c.name(name).and_then(|y| y.as_str().parse::<i32>().ok());
    // "5-го": the digits.
    let day_of = |name: &str| {
        c.name(name).and_then(|d| d.as_str().split(|c: char| !c.is_ascii_digit()).next()?.parse::<u8>().ok())
    };
    let month_of = |name: &str| c.name(name).and_then(|m| month_number(m.as_str().trim_end_matches('.')));
    let found = |r: Reading| Some(Found::new(end, r));

    if c.has("iso") || c.has("num") {
        let (y, mo, d) = if c.has("iso") {
            (year_of("aY"), day_of("aM"), day_of("aD"))
        } else {
            (year_of("bY"), day_of("bM"), day_of("bD"))
        };
        if !(1..=31).contains(&d.unwrap_or(0)) || !(1..=12).contains(&mo.unwrap_or(0)) {
            return None;
        }
        return found(Reading::of(match y.and_then(|y| Date::new(y, mo?, d?)) {
            Some(date) => What::Date(date),
            None => What::Invalid,
        }));
    }
    if let Some(name) = c.name("hN") {
        let key = holiday_key(name.as_str())?;
        // "Рамазан Рахимзода": a name, not the month of the fast.
        if key == "ramadan" && !c.has("hE") && !c.has("hX") && next_word_capitalised(text, name.end()) {
            return None;
        }
        let edge = c.name("hE").map(|e| edge_of(e.as_str()));
        return found(Reading::of(What::Holiday { key, edge, year: year_of("hY") }));
    }
    if c.has("nD") {
        // "в ночь на 6 июня": that date; "в ночь с 5 на 6 июня": the first.
        let (day, month) = match c.name("nF") {
            Some(_) => (day_of("nF"), month_of("nFM").or(month_of("nM"))),
            None => (day_of("nD"), month_of("nM")),
        };
        let mut r = Reading::of(month_day(year_of("nY"), c.name("nQ").map(|q| q.as_str()), month, day));
        r.part_of_day = Some("night");
        return found(r);
    }
    if let Some(w) = c.name("nW") {
        let first = c.name("nwF").unwrap_or(w);
        let mut r = Reading::of(What::Weekday { weekday: weekday_number(first.as_str())?, which: None });
        r.part_of_day = Some("night");
        return found(r);
    }
    if c.has("xM") {
        return found(Reading::of(month_day(year_of("xY"), None, month_of("xM"), day_of("xD"))));
    }
    if c.has("cM") {
        let day = day_of("cD1")
            .or(day_of("cD0"))
            .or(day_of("cL"))
            .or(day_of("cD"))
            .or(c.name("cW").and_then(|w| ordinal(w.as_str())));
        return found(Reading::of(month_day(
            year_of("cY"),
            c.name("cQ").map(|q| q.as_str()),
            month_of("cM"),
            day,
        )));
    }
    if let Some(mo) = month_of("eM") {
        let mut r = Reading::of(What::MonthOfYear { year: year_of("eY")?, month: mo });
        r.modifier = c.name("eE").map(|e| month_modifier(e.as_str()));
        if !c.has("eE") {
            r.start_at = c.name("eM").map(|m| m.start());
        }
        return found(r);
    }
    if let Some(m) = c.name("fM") {
        // A month alone needs a preposition or a part of it: "в мае",
        // "в начале января", "до конца июня" (not "Марта" the name).
        if !c.has("fP") && !c.has("fE") {
            return None;
        }
        let year = match c.name("fQ") {
            Some(q) => Year::FromAnchor(year_offset(q.as_str())),
            None => Year::Unknown,
        };
        let mut r = Reading::of(What::Month { month: month_number(m.as_str())?, which: None, year });
        r.modifier = c.name("fE").map(|e| month_modifier(e.as_str()));
        if !c.has("fE") {
            r.start_at = Some(m.start());
        }
        r.lead = c.name("fP").map(|p| p.span());
        return found(r);
    }
    if let Some(d) = c.name("gD") {
        if !c.has("gL") && !c.has("gQ") {
            return None;
        }
        // "в среду", "в пятницу" (accusative); "в среде" is "among".
        if matches!(c.str("gL"), "в" | "во")
            && !c.has("gQ")
            && d.as_str().ends_with('е')
            && !d.as_str().ends_with("нье")
        {
            return None;
        }
        let which = c.name("gQ").map(|q| which_of(q.as_str()));
        let mut r = Reading::of(What::Weekday { weekday: weekday_number(d.as_str())?, which });
        r.start_at = Some(c.name("gQ").unwrap_or(d).start());
        r.lead = c.name("gL").map(|p| p.span());
        return found(r);
    }
    if let Some(q) = c.name("rpQ") {
        let unit = if c.str("rpU") == "года" { Unit::Year } else { Unit::Month };
        let mut r = Reading::of(What::Relative(Rel::AnchorPeriod(unit, i64::from(year_offset(q.as_str())))));
        r.modifier = c.name("rpE").map(|e| month_modifier(e.as_str()));
        return found(r);
    }
    if let Some(rel) = c.name("rel") {
        let rel: String = rel.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
        let (what, part) = relative(&rel)?;
        let mut r = Reading::of(What::Relative(what));
        r.part_of_day = part;
        return found(r);
    }
    if c.has("kD") || c.has("kD2") || c.has("kD3") || c.has("kD4") {
        return found(Reading::of(counted(c)?));
    }
    if let Some(d) = c.name("dD") {
        let digits = d.as_str();
        let n: u16 = digits.parse().ok()?;
        let first3 = match digits.len() {
            4 => n / 10,
            // "90-х" are the 1990s; "00-х" and "10-х" this century's.
            _ if n >= 20 => 190 + n / 10,
            _ => 200 + n / 10,
        };
        let mut r = Reading::of(What::Decade(first3));
        r.modifier = c.name("dE").map(|e| period_modifier(e.as_str()));
        return found(r);
    }
    if c.has("lR") || c.has("lN") {
        let n = match c.name("lN") {
            Some(n) => n.as_str().parse::<u32>().ok(),
            None => roman(c.str("lR")),
        };
        let mut r = Reading::of(What::Century(n));
        r.modifier = c.name("lE").map(|e| period_modifier(e.as_str()));
        return found(r);
    }
    // "в 20.11.2019" is a date, not 20:11.
    if c.has("dH")
        && text[end..].starts_with('.')
        && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    if let Some(clock) = clock_of(c) {
        let mut r = Reading::of(What::Clock);
        r.start_at = ["tH", "dH", "hH", "pH", "qH", "wW"].iter().find_map(|n| c.name(n)).map(|p| p.start());
        return Some(Found { end, reading: r, clock: Some(clock), joins: true, alone: true });
    }
    if let Some(y) = c.name("yr") {
        if !c.has("yw") && !looks_like_year(text, start, end) {
            return None;
        }
        return found(Reading::of(What::Year(y.as_str().parse().ok()?)));
    }
    if let Some(p) = c.name("pod") {
        let part = part_of_day(p.as_str())?;
        // "объявил 24 марта днем траура": "днем" the noun ("as a day of").
        if p.as_str() == "днем" && next_word_is_genitive(text, end) {
            return None;
        }
        let mut r = Reading::of(What::Clock);
        r.part_of_day = Some(part);
        return Some(Found { end, reading: r, clock: None, joins: true, alone: false });
    }
    None
}

fn month_day(year: Option<i32>, rel_year: Option<&str>, month: Option<u8>, day: Option<u8>) -> What {
    let year = match (year, rel_year) {
        (Some(y), _) => Year::Given(y),
        (None, Some(q)) => Year::FromAnchor(year_offset(q)),
        _ => Year::Unknown,
    };
    match (month, day) {
        (Some(month), Some(day)) => What::MonthDay { year, month, day },
        _ => What::Invalid,
    }
}

/// The stems of the ordinals one to nineteen, twenty and thirty, longest
/// first ("пятнадцат" before "пят"), with their values: the days of a month
/// written in words ("двадцать четвертое марта"). (Ordinals are not among
/// the shared Russian words; only days need them.)
const ORDINALS: [(&str, u8); 21] = [
    ("одиннадцат", 11),
    ("двенадцат", 12),
    ("тринадцат", 13),
    ("четырнадцат", 14),
    ("пятнадцат", 15),
    ("шестнадцат", 16),
    ("семнадцат", 17),
    ("восемнадцат", 18),
    ("девятнадцат", 19),
    ("двадцат", 20),
    ("тридцат", 30),
    ("четверт", 4),
    ("перв", 1),
    ("втор", 2),
    ("трет", 3),
    ("пят", 5),
    ("шест", 6),
    ("седьм", 7),
    ("восьм", 8),
    ("девят", 9),
    ("десят", 10),
];

/// The day of an ordinal in words ("двадцать четвертое" → 24), lower case.
fn ordinal(words: &str) -> Option<u8> {
    let mut total = 0;
    for w in words.split_whitespace() {
        total += match w {
            "двадцать" => 20,
            "тридцать" => 30,
            _ => ORDINALS.iter().find(|(stem, _)| w.starts_with(stem)).map(|&(_, n)| n)?,
        };
    }
    (1..=31).contains(&total).then_some(total)
}

/// Years from the anchor's of "прошлого года", "этого года"…
fn year_offset(word: &str) -> i32 {
    if word.starts_with("позапрошл") {
        -2
    } else if word.starts_with("прошл") || word.starts_with("минувш") || word.starts_with("прошедш")
    {
        -1
    } else if ["следующ", "будущ", "наступающ", "предстоящ"].iter().any(|p| word.starts_with(p))
    {
        1
    } else {
        0
    }
}

fn which_of(word: &str) -> Which {
    if word.starts_with("прошл") || word.starts_with("минувш") || word.starts_with("прошедш")
    {
        Which::Last
    } else if word.starts_with("эт") || word.starts_with("нынешн") || word.starts_with("текущ") {
        Which::This
    } else {
        Which::Next
    }
}

/// The part of a month: "в начале" → `start`, "во второй половине" → `late`.
fn month_modifier(words: &str) -> &'static str {
    let w = words.split_whitespace().last().unwrap_or("");
    let first = words.split_whitespace().find(|w| !matches!(*w, "в" | "во" | "с" | "со" | "до" | "к"));
    match first.unwrap_or("") {
        "первой" => "early",
        "второй" => "late",
        "первых" => "start",
        "последних" | "последней" => "end",
        "третьей" => "late",
        _ if w.starts_with("начал") => "start",
        _ if w.starts_with("серед") => "mid",
        _ => "end",
    }
}

/// The part of a decade or century: "в начале 1990-х" → `early`.
fn period_modifier(word: &str) -> &'static str {
    let w = word.split_whitespace().last().unwrap_or("");
    if w.starts_with("начал") {
        "early"
    } else if w.starts_with("серед") {
        "mid"
    } else {
        "late"
    }
}

fn edge_of(words: &str) -> Edge {
    if words.contains("канун") || words.contains("накануне") {
        Edge::Eve
    } else if words.contains("конц") || words.contains("последн") {
        Edge::End
    } else {
        Edge::Start
    }
}

fn part_of_day(words: &str) -> Option<&'static str> {
    let w: String = words.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "утром"
        | "рано утром"
        | "ранним утром"
        | "на утро"
        | "утро"
        | "в утренние часы"
        | "в первой половине дня" => "morning",
        "днем" | "в обед" | "около полудня" | "в дневное время" | "во второй половине дня" => {
            "afternoon"
        }
        "вечером" | "поздно вечером" | "поздним вечером" | "в вечернее время" => {
            "evening"
        }
        "ночью" | "поздно ночью" | "глубокой ночью" | "в ночное время" => {
            "night"
        }
        _ => return None,
    })
}

/// A relative expression (lower case, single spaces): what it counts from
/// and the part of the day it implies.
fn relative(rel: &str) -> Option<(Rel, Option<&'static str>)> {
    let night = Some("night");
    Some(match rel {
        "позавчера" => (Rel::Today(-2), None),
        "вчера" => (Rel::Today(-1), None),
        "сегодня" => (Rel::Today(0), None),
        "завтра" => (Rel::Today(1), None),
        "послезавтра" => (Rel::Today(2), None),
        "сегодня ночью" | "этой ночью" | "сегодняшней ночью" | "в эту ночь" => {
            (Rel::ThisNight, night)
        }
        "минувшей ночью"
        | "прошлой ночью"
        | "прошедшей ночью"
        | "вчерашней ночью"
        | "в минувшую ночь"
        | "в прошлую ночь" => (Rel::Today(-1), night),
        "накануне" => (Rel::DayBefore, None),
        "днем ранее" | "днем раньше" | "за день до этого" | "за сутки до этого" => {
            (Rel::FromReference(-1), None)
        }
        "на следующий день"
        | "на другой день"
        | "на следующие сутки"
        | "днем позже"
        | "днем позднее"
        | "спустя день" => (Rel::FromReference(1), None),
        "на следующее утро" | "следующим утром" => {
            (Rel::FromReference(1), Some("morning"))
        }
        "в тот же день" | "в этот же день" | "в тот день" | "в этот день" | "тем же днем" => {
            (Rel::FromReference(0), None)
        }
        "в тот же вечер" | "тем же вечером" => {
            (Rel::FromReference(0), Some("evening"))
        }
        "в ту же ночь" | "той же ночью" => (Rel::FromReference(0), night),
        _ => {
            // "на прошлой неделе", "в этом месяце", "в прошлом году".
            let mut words = rel.split(' ');
            let (_, which, unit) = (words.next()?, words.next()?, words.next()?);
            let unit = match unit {
                "неделе" => Unit::Week,
                "месяце" => Unit::Month,
                "году" => Unit::Year,
                _ => return None,
            };
            (Rel::AnchorPeriod(unit, i64::from(year_offset(which))), None)
        }
    })
}

/// "два дня назад", "через неделю", "спустя три года", "за два дня до
/// этого", "двумя днями ранее".
fn counted(c: &Caps) -> Option<What> {
    let dir_word = ["kD", "kD2", "kD4"].iter().find_map(|n| c.name(n)).map_or("", |d| d.as_str());
    let dir = match dir_word {
        "назад" | "тому назад" => Dir::Ago,
        "ранее" | "раньше" => Dir::Earlier,
        _ if c.has("kD3") => Dir::Earlier,
        _ => Dir::Later,
    };
    let unit_word =
        ["kU", "kU2", "kU3", "kU4", "kU6", "kU7", "kU8", "kU9"].iter().find_map(|n| c.name(n))?.as_str();
    let n = match ["kN", "kN2", "kN3", "kN4"].iter().find_map(|n| c.name(n)) {
        Some(n) => count(n.as_str())?,
        None => 1,
    };
    // "полгода назад": six months.
    if unit_word == "полгода" {
        return Some(What::Counted { n: 6 * n, unit: Unit::Month, dir });
    }
    let unit = if unit_word.starts_with("дн") || unit_word.starts_with("ден") || unit_word.starts_with("сут")
    {
        Unit::Day
    } else if unit_word.starts_with("недел") {
        Unit::Week
    } else if unit_word.starts_with("месяц") {
        Unit::Month
    } else {
        Unit::Year
    };
    Some(What::Counted { n, unit, dir })
}

/// The value of a count: digits, or one or two number words ("двадцать
/// пять"), in any case.
fn count(words: &str) -> Option<i64> {
    if let Ok(n) = words.parse::<i64>() {
        return Some(n);
    }
    let mut total = 0;
    for w in words.split_whitespace() {
        total += i64::from(number_word(w).or_else(|| tens_number(w))?);
    }
    (total > 0).then_some(total)
}

fn roman(s: &str) -> Option<u32> {
    let mut total = 0;
    let mut prev = 0;
    for c in s.chars().rev() {
        let v = match c {
            'i' | 'і' => 1,
            'v' => 5,
            'x' | 'х' => 10,
            _ => return None,
        };
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total as u32)
}

fn clock_of(c: &Caps) -> Option<String> {
    let hm = |h: &str, m: &str| -> Option<(u32, u32)> {
        Some((h.parse().ok()?, if m.is_empty() { 0 } else { m.parse().ok()? }))
    };
    let (h, m, part) = if c.has("tH") {
        let (h, m) = hm(c.str("tH"), c.str("tM"))?;
        (h, m, "")
    } else if c.has("dH") {
        let (h, m) = hm(c.str("dH"), c.str("dM"))?;
        (h, m, "")
    } else if c.has("hH") {
        let (h, m) = hm(c.str("hH"), c.str("hM"))?;
        (h, m, c.str("hP"))
    } else if c.has("pH") {
        let (h, m) = hm(c.str("pH"), "")?;
        (h, m, c.str("pP"))
    } else if c.has("qH") {
        let (h, m) = hm(c.str("qH"), "")?;
        (h, m, c.str("qP"))
    } else if let Some(w) = c.name("wW") {
        return Some(if w.as_str().starts_with("полд") { "12:00" } else { "00:00" }.to_string());
    } else {
        return None;
    };
    // "3 часа дня" is 15:00, "11 вечера" 23:00, "2 часа ночи" 02:00.
    let h = match part {
        "дня" | "вечера" if h < 12 => h + 12,
        "ночи" if h == 12 => 0,
        "ночи" if (6..12).contains(&h) => h + 12,
        "утра" if h == 12 => 0,
        _ => h,
    };
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// The word after `at` looks like a noun or adjective in the genitive
/// ("траура", "памяти", "общенационального"), not a verb in the past
/// ("задержали", "произошла").
fn next_word_is_genitive(text: &str, at: usize) -> bool {
    let Some(word) = text.get(at..).and_then(|t| t.split_whitespace().next()) else {
        return false;
    };
    let mut w = String::new();
    lower(word.trim_end_matches(|c: char| !c.is_alphabetic()), &mut w);
    if w.chars().count() < 3 || is_past_verb(&w) {
        return false;
    }
    ["ого", "его", "ой", "ей", "а", "я", "ы", "и"].iter().any(|e| w.ends_with(e))
}

/// The word after `at` in the original text starts with a capital letter.
fn next_word_capitalised(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|t| t.trim_start_matches([' ', '\u{a0}']).chars().next())
        .is_some_and(char::is_uppercase)
}

/// A bare four-digit number without "год" after it is a year only where
/// Russian writes one so: "с 1930 по 1936 год", "1992-1997 гг.", "(2011)",
/// "в 2011." at a clause end; not "в 2000 тенге".
fn looks_like_year(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    if before.ends_with(['$', '№', '#', '€', '£', '+']) {
        return false;
    }
    let after = text[end..].trim_start_matches(' ');
    // The first of a pair: "1992-1997 гг.", "с 1930 по 1936 год".
    let then_year = |s: &str| s.trim_start().chars().take(4).filter(char::is_ascii_digit).count() == 4;
    if let Some(rest) = after.strip_prefix(['-', '–', '—']) {
        return then_year(rest);
    }
    for w in ["по ", "до ", "и ", "или "] {
        if let Some(rest) = after.strip_prefix(w) {
            return then_year(rest);
        }
    }
    match after.chars().next() {
        None => true,
        Some(c) => matches!(c, '.' | ',' | ';' | ':' | ')' | '!' | '?' | '"' | '»' | '”'),
    }
}

// ---------------------------------------------------------------------------
// Holidays

/// The table key of a holiday as the Russian (or Kazakh) press writes it, in
/// any case form (lower case).
fn holiday_key(name: &str) -> Option<&'static str> {
    let n: String = name.split([' ', '-']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    let first = n.split(' ').next().unwrap_or("");
    Some(match first {
        _ if first.starts_with("наурыз")
            || first.starts_with("навруз")
            || first.starts_with("новруз")
            || first.starts_with("нооруз") =>
        {
            "nauryz"
        }
        "курбан" => "eid_al_adha",
        "ораза" | "ураза" => "eid_al_fitr",
        "ид" if n.contains("фитр") => "eid_al_fitr",
        "ид" => "eid_al_adha",
        _ if first.starts_with("рамадан") || first.starts_with("рамазан") => "ramadan",
        _ if first.starts_with("рождеств") => "orthodox_christmas",
        _ if first.starts_with("новогодн") => "new_year_eve",
        _ if n.contains("независимости") => "independence_day",
        _ if n.contains("республики") => "republic_day",
        _ if n.contains("победы") => "victory_day",
        _ if n.contains("конституции") => "constitution_day",
        _ if n.contains("столицы") => "capital_day",
        _ if n.contains("единства") => "unity_day",
        _ if n.contains("защитника") => "defender_day",
        _ if n.contains(" год") => "new_year",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------
// Patterns

/// Words without which a sentence holds no time expression (digits aside),
/// in lower case and capitalised.
static KEYWORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = [
        "янв",
        "фев",
        "мар",
        "апр",
        "мая",
        "май",
        "мае",
        "маю",
        "маем",
        "июн",
        "июл",
        "авг",
        "сен",
        "окт",
        "ноя",
        "дек",
        "понедельник",
        "вторник",
        "сред",
        "четверг",
        "пятниц",
        "суббот",
        "воскресен",
        "вчера",
        "сегодня",
        "завтра",
        "накануне",
        "позавчера",
        "послезавтра",
        "недел",
        "месяц",
        "год",
        "лет",
        "сут",
        "ноч",
        "утр",
        "вечер",
        "днем",
        "днём",
        "день",
        "дня",
        "обед",
        "полдн",
        "полноч",
        "наурыз",
        "навруз",
        "новруз",
        "нооруз",
        "курбан",
        "ораза",
        "ураза",
        "рамадан",
        "рамазан",
        "рождеств",
        "век",
        "назад",
        "спустя",
        "через",
        "канун",
        "новогодн",
    ];
    let mut all = Vec::new();
    for w in words {
        all.push(w.to_string());
        let mut cs = w.chars();
        if let Some(f) = cs.next() {
            all.push(f.to_uppercase().chain(cs).collect());
        }
        all.push(w.to_uppercase());
    }
    AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostFirst).build(all).expect("keyword automaton")
});

/// Month names in every case form (read by `words::ru::month_number`).
const MONTH: &str = "(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ем|ь|я|ю|е)\
|(?:март|август)(?:ом|а|у|е)?|ма(?:ем|й|я|ю|е)";
/// Month names as above, or abbreviated with a full stop ("5 сент.").
const MONTH_ABBR: &str = "(?:янв|февр|фев|мар|апр|авг|сент|сен|окт|нояб|ноя|дек)\\.";
/// Weekday names in the singular case forms (read by `words::ru::weekday_number`).
const WEEKDAY: &str = "понедельник(?:ом|а|у|е)?|вторник(?:ом|а|у|е)?|сред(?:ой|а|у|е|ы)\
|четверг(?:ом|а|у|е)?|пятниц(?:ей|а|у|е|ы)|суббот(?:ой|а|у|е|ы)|воскресень(?:ем|е|я|ю)";
const YEAR: &str = "(?:1[6-9]|20)[0-9][0-9]";
/// "года", "году", "г.", "гг."…
const YEAR_WORD: &str = "годах|годам|годов|годом|годы|году|года|год|гг\\.|гг|г\\.|г";
/// "прошлого", "этого", "следующего" before "года".
const REL_YEAR: &str =
    "позапрошлого|прошлого|прошедшего|минувшего|этого|текущего|нынешнего|сего|следующего|будущего|наступающего";
/// A day of the month, with an ordinal ending ("5-го").
const DAY: &str = "[0-3]?[0-9](?:-?(?:го|е|ое|ого))?";
/// The start of a word: the start of the text, or a character that is not
/// part of a word (taken in by the match, and left out again).
const B: &str = "(?:^|[^0-9a-zа-яёәғқңөұүһі_])";

/// The kinds of time expression, one pattern each, most specific first
/// (where two could start at the same place, the first one wins).
pub(crate) fn branch_patterns() -> Vec<String> {
    let holidays = "наурыз(?:ом|а|е|у)?(?:\\s+мейрам[а-я]*)?|(?:навруз|новруз|нооруз)(?:ом|а|е|у)?\
|курбан[-\\s]+(?:айт|айыт|байрам)[а-я]{0,2}|(?:ораза|ураза)[-\\s]+(?:айт|айыт|байрам)[а-я]{0,2}\
|ид\\s+аль[-\\s]+(?:фитр|адха)[а-я]{0,2}|(?:рамадан|рамазан)(?:ом|а|е|у)?\
|(?:день|дня|дню|днем|дне)\\s+(?:независимости|республики|победы|конституции|столицы\
|единства\\s+народа(?:\\s+казахстана)?|защитника\\s+отечества)\
|(?:новый|нового|новому|новым)\\s+(?:годом|году|года|год)|новогодн(?:юю|яя|ей)\\s+ночь(?:ю)?\
|рождеств(?:ом|о|а|у|е)";
    let months = format!("(?:{MONTH})");
    // "двадцать четвертое", "первого": a day in words.
    let ordinal = format!(
        "(?:(?:двадцать|тридцать)\\s+)?(?:{})(?:ьего|ьему|ого|ому|ое|ье|ом|ем)",
        ORDINALS.iter().map(|(s, _)| *s).collect::<Vec<_>>().join("|")
    );
    let month_or_abbr = format!("(?:{MONTH}|{MONTH_ABBR})");
    let year_tail = |y: &str, q: &str| {
        format!(
            "(?:\\s*(?P<{y}>{YEAR})(?:-?(?:го|м|й))?(?:\\s*(?:{YEAR_WORD}))?|\\s+(?P<{q}>{REL_YEAR})\\s+(?:года|году))?"
        )
    };
    let mods = "начале|начала|начало|середине|середины|середина|конце|конца|конец|первой\\s+половине\
|второй\\s+половине|первых\\s+числах|последних\\s+числах|первой\\s+декаде|второй\\s+декаде\
|третьей\\s+декаде|последней\\s+декаде";
    let quals = "прошл(?:ый|ую|ое|ого|ой)|минувш(?:ий|ую|ее|его|ей)|прошедш(?:ий|ую|ее|его|ей)\
|следующ(?:ий|ую|ее|его|ей)|ближайш(?:ий|ую|ее|его|ей)|предстоящ(?:ий|ую|ее|его|ей)\
|грядущ(?:ий|ую|ее|его|ей)|будущ(?:ий|ую|ее|его|ей)|нынешн(?:ий|юю|ее|его|ей)|текущ(?:ий|ую|ее|его|ей)\
|этот|эту|это|этого|этой";
    let units = "дней|дня|день|суток|сутки|недель|недели|неделю|неделя|месяцев|месяца|месяц|лет|года|год";
    let one_unit = "неделю|месяц|год|сутки|день|полгода";
    let tens = "двадцать|двадцати|тридцать|тридцати|сорок|сорока|пятьдесят|пятидесяти";
    let number = format!("[0-9]{{1,3}}|(?:(?:{tens})\\s+)?[а-я]+");
    let branches = [
        // 0: 2016-06-05
        "(?P<iso>(?P<aY>[0-9]{4})-(?P<aM>[0-9]{2})-(?P<aD>[0-9]{2}))".to_string(),
        // 1: 05.06.2016 (г.)
        "(?P<num>(?P<bD>[0-9]{1,2})[./](?P<bM>[0-9]{1,2})[./](?P<bY>[0-9]{4}))(?:\\s*(?:года|г\\.))?".to_string(),
        // 2: накануне Курбан айта 2024 года
        format!(
            "(?:(?P<hE>накануне|в\\s+канун|кануне|канун|в\\s+первый\\s+день|в\\s+начале|в\\s+конце|в\\s+последний\\s+день|к\\s+концу)\\s+)?(?P<hX>(?:священного\\s+)?месяца\\s+|(?:священный\\s+)?месяц\\s+|праздника\\s+|праздник\\s+|праздником\\s+|празднике\\s+|в\\s+|во\\s+время\\s+)?(?P<hN>{holidays})(?:\\s+(?P<hY>{YEAR})(?:\\s*(?:года|году|г\\.))?)?"
        ),
        // 3: в ночь на 6 июня, в ночь с 5 на 6 июня (с 31 мая на 1 июня)
        format!(
            "в\\s+ночь\\s+(?:(?:с|со)\\s+(?P<nF>{DAY})(?:\\s+(?P<nFM>{months}))?\\s+)?на\\s+(?P<nD>{DAY})\\s+(?P<nM>{months}){}",
            year_tail("nY", "nQ")
        ),
        // 4: в ночь на воскресенье, в ночь с субботы на воскресенье
        format!("в\\s+ночь\\s+(?:(?:с|со)\\s+(?P<nwF>{WEEKDAY})\\s+)?на\\s+(?P<nW>{WEEKDAY})"),
        // 5: 5 июня 2016 года, 5-го июня, 1-2 июля, с 5 по 10 июня, 6 сентября прошлого года
        format!(
            "(?:(?P<cD0>{DAY})\\s*[-–—]\\s*|с\\s+(?P<cD1>{DAY})\\s+(?:по|до)\\s+|(?P<cL>{DAY})(?:\\s*,\\s*{DAY})*\\s+и\\s+)?(?:(?P<cD>{DAY})|(?P<cW>{ordinal}))\\s+(?P<cM>{month_or_abbr}){}",
            year_tail("cY", "cQ")
        ),
        // 5b: Май 19, 2022 (the order of English, in some date lines)
        format!("(?P<xM>{months})\\s+(?P<xD>[0-3]?[0-9]),?\\s+(?P<xY>{YEAR})(?:\\s*(?:года|г\\.))?"),
        // 6: в июне 2010 года, в начале января 2022 г.
        format!(
            "(?:(?P<eP>в|во|с|со|до|к|по)\\s+)?(?:(?P<eE>{mods})\\s+)?(?P<eM>{months})\\s+(?P<eY>{YEAR})(?:-?(?:го|м))?(?:\\s*(?:{YEAR_WORD}))?"
        ),
        // 7: в мае, в начале января, до конца июня, в ноябре прошлого года
        format!(
            "(?:(?P<fP>в|во|с|со|до|к|ко|по|после|около|начиная\\s+с|вплоть\\s+до|в\\s+течение|на\\s+протяжении|за)\\s+)?(?:(?P<fE>{mods})\\s+)?(?P<fM>{months})(?:\\s+(?P<fQ>{REL_YEAR})\\s+(?:года|году))?"
        ),
        // 8: в воскресенье, в минувшую субботу, до пятницы
        format!(
            "(?:(?P<gL>в|во|на|до|к|ко|с|со|по|после|перед)\\s+)?(?:(?P<gQ>{quals})\\s+)?(?P<gD>{WEEKDAY})"
        ),
        // 9: вчера, накануне, на следующий день, на прошлой неделе, минувшей ночью
        "(?P<rel>позавчера|послезавтра|вчерашней\\s+ночью|вчера|сегодня\\s+ночью|сегодняшней\\s+ночью|сегодня|завтра\
|накануне|на\\s+следующий\\s+день|на\\s+другой\\s+день|на\\s+следующее\\s+утро|следующим\\s+утром|на\\s+следующие\\s+сутки\
|в\\s+тот\\s+же\\s+день|в\\s+этот\\s+же\\s+день|в\\s+тот\\s+же\\s+вечер|в\\s+ту\\s+же\\s+ночь|в\\s+тот\\s+день|в\\s+этот\\s+день\
|тем\\s+же\\s+днем|тем\\s+же\\s+вечером|той\\s+же\\s+ночью\
|днем\\s+(?:ранее|раньше|позже|позднее)|спустя\\s+день|за\\s+(?:день|сутки)\\s+до\\s+этого\
|на\\s+(?:прошлой|минувшей|прошедшей|этой|текущей|нынешней|следующей|будущей|предстоящей)\\s+неделе\
|в\\s+(?:позапрошлом|прошлом|минувшем|прошедшем|этом|текущем|нынешнем|следующем|будущем)\\s+(?:месяце|году)\
|(?:минувшей|прошлой|прошедшей|этой)\\s+ночью|в\\s+(?:минувшую|прошлую|эту)\\s+ночь)"
            .to_string(),
        // 9b: в конце прошлого года, в начале этого месяца
        format!(
            "(?:(?:в|во|с|до|к)\\s+)?(?P<rpE>{mods})\\s+(?P<rpQ>{REL_YEAR})\\s+(?P<rpU>года|месяца)"
        ),
        // 10: два дня назад, через неделю, за три дня до этого, двумя днями ранее
        format!(
            "(?:(?P<kN>{number})\\s+(?P<kU>{units})|(?P<kU2>{one_unit}))\\s+(?P<kD>тому\\s+назад|назад|спустя)\
|(?P<kD2>через|спустя)\\s+(?:(?P<kN2>{number})\\s+(?P<kU3>{units})|(?P<kU4>{one_unit}))"
        ),
        // 11: за два дня до этого
        format!(
            "(?P<kD3>за)\\s+(?:(?P<kN3>{number})\\s+(?P<kU6>{units})|(?P<kU7>день|неделю|месяц|год|сутки))\\s+до\\s+(?:этого|того|этих\\s+событий)"
        ),
        // 12: двумя днями ранее
        "(?:(?P<kN4>[а-я]+)\\s+(?P<kU8>днями|неделями|месяцами|годами)|(?P<kU9>неделей|месяцем|годом))\\s+(?P<kD4>ранее|раньше|позже|позднее)".to_string(),
        // 13: в 1990-х, 90-е годы, в начале 2000-х
        "(?:(?:(?:в|во|с|до|к)\\s+)?(?P<dE>начале|середине|конце|начала|середины|конца)\\s+)?(?P<dD>(?:1[5-9]|20)[0-9]0|[0-9]0)-?(?:ых|ые|ым|ми|х|е)(?:\\s+(?:годах|годам|годов|годы|гг\\.|гг))?".to_string(),
        // 14: в XIX веке, 20-го века
        "(?:(?:(?:в|во|с|до|к)\\s+)?(?P<lE>начале|середине|конце|начала|середины|конца)\\s+)?(?:(?P<lR>[xviхі]{1,6})|(?P<lN>[0-9]{1,2})(?:-?(?:го|м|й))?)\\s+(?:вв\\.|века|веке|веку|веком|век|в\\.)".to_string(),
        // 15: 15:00; в 15.00; около 10 часов утра; в 9 вечера; в полночь
        "(?P<tH>[01]?[0-9]|2[0-3]):(?P<tM>[0-5][0-9])\
|(?P<tL>в|около|примерно\\s+в|приблизительно\\s+в|ориентировочно\\s+в|к|с|со|до|после|начиная\\s+с)\\s+(?:(?P<dH>[01]?[0-9]|2[0-3])\\.(?P<dM>[0-5][0-9])\
|(?P<hH>[01]?[0-9]|2[0-3])\\s*(?:часов|часа|час|ч\\.|ч)(?:\\s*(?P<hM>[0-5]?[0-9])\\s*(?:минут[аы]?|мин\\.|мин))?(?:\\s+(?P<hP>утра|дня|вечера|ночи))?\
|(?P<pH>[01]?[0-9]|2[0-3])\\s+(?P<pP>утра|вечера|ночи))\
|(?P<qH>[01]?[0-9]|2[0-3])\\s*(?:часов|часа|час)\\s+(?P<qP>утра|дня|вечера|ночи)\
|(?:(?:в|около|после|до|к)\\s+)?(?P<wW>полдень|полночь|полуночи)"
            .to_string(),
        // 16: 2011 года, в 2011 году, 1992-1997 гг.
        format!("(?P<yr>{YEAR})(?:-?(?:го|м|й|х))?(?:\\s*(?P<yw>{YEAR_WORD}))?"),
        // 17: утром, вечером, ночью: joined to the date next to them
        "(?P<pod>рано\\s+утром|ранним\\s+утром|поздно\\s+вечером|поздним\\s+вечером|поздно\\s+ночью|глубокой\\s+ночью\
|в\\s+утренние\\s+часы|в\\s+вечернее\\s+время|в\\s+ночное\\s+время|в\\s+дневное\\s+время|в\\s+обед|около\\s+полудня\
|в\\s+первой\\s+половине\\s+дня|во\\s+второй\\s+половине\\s+дня\
|на\\s+утро|утром|днем|вечером|ночью|утро)"
            .to_string(),
    ];
    branches.iter().map(|b| format!("{B}(?:{b})")).collect()
}

static KINDS: LazyLock<Kinds> = LazyLock::new(|| Kinds::new(branch_patterns()));

// ---------------------------------------------------------------------------
// Tense and reporting

/// Words of lower-case text: runs of letters, digits and `-`.
fn words_of(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !is_word_or_dash(c)).filter(|w| !w.is_empty())
}

/// A letter, a digit or `-` (as `char::is_alphanumeric` says, without its
/// tables for ASCII and the Russian alphabet).
#[inline]
fn is_word_or_dash(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '-'
    } else {
        matches!(c, 'А'..='я' | 'ё' | 'Ё') || c.is_alphanumeric()
    }
}

/// The clause around an expression, before and after it: back to a clause
/// mark (120 bytes, some 60 letters, at most), ahead to the next one or to
/// "что" (80 bytes at most). Cut at characters.
fn clause(lower: &str, start: usize, end: usize) -> (&str, &str) {
    clause_around(lower, start, end, 120, 80, is_clause_mark, " что ".as_bytes())
}

/// Does a clause mark (`, ; . : " ( )`, «ёлочки», “лапки”, a dash) begin
/// here?
fn is_clause_mark(s: &[u8]) -> bool {
    match s.first() {
        Some(b',' | b';' | b'.' | b'"' | b':' | b'(' | b')') => true,
        Some(0xc2) => s.starts_with("«".as_bytes()) || s.starts_with("»".as_bytes()),
        Some(0xe2) => {
            s.starts_with("“".as_bytes()) || s.starts_with("”".as_bytes()) || s.starts_with("—".as_bytes())
        }
        _ => false,
    }
}

/// A word of the future: the future of "быть" and of the verbs the press
/// dates plans with, and words of plans and schedules.
fn is_future_word(w: &str) -> bool {
    const PREFIXES: &[&str] = &["предстоящ", "грядущ", "запланирован", "намечен"];
    // Looked up in a set: the clause of every date has a dozen words.
    static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| FUTURE_WORDS.iter().copied().collect());
    WORDS.contains(w) || PREFIXES.iter().any(|p| w.starts_with(p))
}

/// The words [`is_future_word`] knows, besides its prefixes.
const FUTURE_WORDS: &[&str] = &[
    "будет",
    "будут",
    "буду",
    "будем",
    "будете",
    "станет",
    "станут",
    "состоится",
    "состоятся",
    "пройдет",
    "пройдут",
    "начнется",
    "начнутся",
    "продлится",
    "продлятся",
    "завершится",
    "завершатся",
    "продолжится",
    "продолжатся",
    "вступит",
    "вступят",
    "рассмотрит",
    "рассмотрят",
    "огласит",
    "огласят",
    "вынесет",
    "вынесут",
    "объявит",
    "объявят",
    "проведет",
    "проведут",
    "откроется",
    "откроются",
    "закроется",
    "закроются",
    "возобновится",
    "возобновятся",
    "останется",
    "останутся",
    "сохранится",
    "сохранятся",
    "планируется",
    "планируются",
    "планирует",
    "планируют",
    "назначено",
    "назначены",
    "намерен",
    "намерена",
    "намерены",
    "собирается",
    "собираются",
    "ожидается",
    "ожидаются",
    "предстоит",
    "предстоят",
];

/// A verb in the past tense: "был", "заявила", "произошло", "погибли",
/// "начался", "собрались" (a vowel, `л`, and an ending of gender or number;
/// nouns that end alike are left out).
fn is_past_verb(w: &str) -> bool {
    const NOT_VERBS: &[&str] = &[
        "около",
        "дело",
        "дела",
        "тело",
        "тела",
        "село",
        "села",
        "сила",
        "число",
        "или",
        "если",
        "мали",
        "бали",
        "канал",
        "генерал",
        "материал",
        "персонал",
        "отдел",
        "предел",
        "посол",
        "протокол",
        "аул",
        "кабул",
        "стамбул",
        "урал",
        "арал",
        "финал",
        "капитал",
        "сериал",
        "вокзал",
        "зал",
        "правила",
        "могила",
        "мало",
        "пол",
        "стол",
        "футбол",
        "орел",
        "козел",
        "котел",
        "весело",
        "тепло",
        "светло",
        "зло",
        "крыло",
    ];
    let stem = w
        .strip_suffix("ся")
        .or_else(|| w.strip_suffix("сь"))
        .map(|s| s.strip_suffix('а').or(s.strip_suffix('о')).or(s.strip_suffix('и')).unwrap_or(s))
        .unwrap_or(w);
    let stem = stem.strip_suffix(['а', 'о', 'и']).unwrap_or(stem);
    let Some(before_l) = stem.strip_suffix('л') else {
        return false;
    };
    w.chars().count() >= 3
        && before_l.ends_with(['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю', 'ш'])
        && !NOT_VERBS.contains(&w)
}

/// Is the expression the end of a state that still holds ("режим ЧП
/// продлен до 25 июня", "останутся под стражей до пятницы", "должны
/// покинуть здание к понедельнику")? "до", "по", "к" or "вплоть до" just
/// before it, a word of a state or an obligation in its clause, and no verb
/// in the past.
fn is_deadline(lower: &str, lead: Option<(usize, usize)>, start: usize, end: usize) -> bool {
    let lead = match lead {
        Some((s, e)) => &lower[s..e],
        None => {
            let from = floor_boundary(lower, start.saturating_sub(20));
            words_of(&lower[from..start]).next_back().unwrap_or("")
        }
    };
    if !matches!(lead, "до" | "по" | "к" | "ко" | "вплоть до") {
        return false;
    }
    let (before, after) = clause(lower, start, end);
    let words = || words_of(before).chain(words_of(after));
    const STATE: &[&str] = &[
        "действует",
        "действуют",
        "действовать",
        "продлен",
        "продлена",
        "продлено",
        "продлены",
        "продлили",
        "введен",
        "введена",
        "введено",
        "введены",
        "сохраняется",
        "сохраняются",
        "остается",
        "остаются",
        "останется",
        "останутся",
        "должен",
        "должна",
        "должно",
        "должны",
        "обязан",
        "обязаны",
        "закрыт",
        "закрыта",
        "закрыто",
        "закрыты",
        "запрещен",
        "запрещена",
        "запрещено",
        "запрещены",
        "приостановлен",
        "приостановлена",
        "приостановлено",
        "ограничен",
        "ограничено",
        "будет",
        "будут",
        "продлится",
        "продлятся",
        "арестован",
        "арестована",
        "арестованы",
        "задержан",
        "задержана",
        "задержаны",
    ];
    words().any(|w| STATE.contains(&w)) && !words().any(|w| is_past_verb(w) && w != "продлили")
}

/// A verb of reporting: "сообщил", "заявила", "сообщается", "передает".
fn is_report_word(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "сообщил",
        "сообща",
        "заявил",
        "заявля",
        "рассказал",
        "отметил",
        "уточнил",
        "подтвердил",
        "добавил",
        "объявил",
        "передает",
        "передают",
        "пишет",
        "пишут",
        "информировал",
        "информирует",
        "говорится",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
}

#[cfg(test)]
#[path = "ru_tests.rs"]
mod tests;
