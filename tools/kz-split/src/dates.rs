//! Calendar dates as news sites print them: `June 06, 2016`, `6 June 2016`,
//! `06.06.2016` (day.month.year), `2016-06-06`, with or without a weekday,
//! and the year-less forms of wire datelines (`January 7`); in Russian `5
//! июня 2016`, `5 июня 2016 года`, `17 мая 2024 г.`, `понедельник, 5 июня`
//! (month and weekday names from `kz_shared::words::ru`).

use kz_shared::words;

use std::sync::LazyLock;

use crate::lang::{self, LANGUAGES};

/// A date read from text. The year is unknown in year-less datelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: Option<i32>,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// `YYYY-MM-DD`, when the year is known.
    pub fn iso(&self) -> Option<String> {
        let y = self.year?;
        let (Ok(year @ 0..=9999), month @ 0..=99, day @ 0..=99) = (u16::try_from(y), self.month, self.day)
        else {
            return Some(format!("{y:04}-{:02}-{:02}", self.month, self.day));
        };
        // Digits written straight out (`format!` costs a dozen times more,
        // once a document with a date).
        let digit = |n: u16| b'0' + (n % 10) as u8;
        let (month, day) = (u16::from(month), u16::from(day));
        let iso = [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        std::str::from_utf8(&iso).ok().map(str::to_string)
    }
}

fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 31,
    }
}

fn valid(year: Option<i32>, month: u8, day: u8) -> Option<Date> {
    let year_ok = year.map_or(true, |y| (1800..=2200).contains(&y));
    if year_ok && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
        Some(Date { year, month, day })
    } else {
        None
    }
}

/// A small cursor over ASCII-ish date text.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }

    fn digits(&mut self, min: usize, max: usize) -> Option<u32> {
        let run = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if run < min || run > max {
            return None;
        }
        let value = self.rest()[..run].parse().ok()?;
        self.pos += run;
        Some(value)
    }

    /// A run of letters (any script).
    fn word(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let run = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        if run == 0 {
            return None;
        }
        let w = &self.rest()[..run];
        self.pos += run;
        Some(w)
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.rest().as_bytes().first() == Some(&b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn spaces(&mut self) -> usize {
        let run = self.rest().bytes().take_while(|&b| b == b' ' || b == b'\t').count();
        self.pos += run;
        run
    }

    /// A month name (English or Russian, any case form), with the `.` of an
    /// abbreviation.
    fn month(&mut self) -> Option<u8> {
        let save = self.pos;
        let Some(m) = self.word().and_then(month_name) else {
            self.pos = save;
            return None;
        };
        // `Sept. 9`, `9 Sept. 2022`: the stop of an abbreviation, before a
        // number; another stop ends the dateline's date (`5 июня. КазТАГ`).
        let rest = self.rest().as_bytes();
        if rest.first() == Some(&b'.')
            && rest.get(1) == Some(&b' ')
            && rest.get(2).is_some_and(u8::is_ascii_digit)
        {
            self.pos += 1;
        }
        Some(m)
    }

    /// A day of month, with an optional ordinal suffix (`8th`, `5-го`).
    fn day(&mut self) -> Option<u8> {
        let save = self.pos;
        let Some(d) = self.digits(1, 2) else {
            self.pos = save;
            return None;
        };
        let before = self.pos;
        let hyphen = self.eat(b'-');
        if let Some(w) = self.word() {
            let suffix = if hyphen {
                matches!(w, "го" | "е" | "ое")
            } else {
                matches!(w.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
            };
            if !suffix {
                self.pos = before;
            }
        } else {
            self.pos = before;
        }
        if self.rest().bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()) {
            self.pos = save;
            return None;
        }
        Some(d as u8)
    }

    /// `, 2016` or ` 2016` after a day; restores the position when absent.
    fn year_after(&mut self) -> Option<i32> {
        let save = self.pos;
        self.eat(b',');
        if self.spaces() == 0 && self.pos == save {
            return None;
        }
        match self.digits(4, 4) {
            Some(y) if !self.rest().bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()) => {
                self.year_word();
                Some(y as i32)
            }
            _ => {
                self.pos = save;
                None
            }
        }
    }
}

impl Cursor<'_> {
    /// The Russian word for year after one: ` года`, ` г.`, `г.`.
    fn year_word(&mut self) {
        let save = self.pos;
        self.spaces();
        match self.word() {
            Some("года" | "год") => {}
            Some("г") => {
                self.eat(b'.');
            }
            _ => self.pos = save,
        }
    }
}

/// A weekday name, English (`Monday`, `Mon.`) or Russian (`понедельник`).
fn weekday(word: &str) -> Option<u8> {
    if word.is_ascii() {
        words::weekday_or_abbreviation_number(word)
    } else {
        words::ru::weekday_number(word)
    }
}

/// A month name, English (`June`, `Sept`) or Russian (`июня`, `мая`).
fn month_name(word: &str) -> Option<u8> {
    if word.is_ascii() {
        words::month_number(word)
    } else {
        words::ru::month_number(word)
    }
}

/// A date at the start of `s`: the date and the number of bytes it takes.
/// Forms: `2016-06-06`, `06.06.2016`, `June 6, 2016`, `June 6th 2016`,
/// `6 June 2016`, `Monday, June 6, 2016`, and without a year `June 6` or
/// `6 June`.
pub fn parse_date_prefix(s: &str) -> Option<(Date, usize)> {
    let mut c = Cursor { s, pos: 0 };
    // An optional weekday: `Monday, ` or `Mon. `
    let save = c.pos;
    if let Some(w) = c.word() {
        if weekday(w).is_some() {
            c.eat(b'.');
            c.eat(b',');
            if c.spaces() == 0 {
                c.pos = save;
            }
        } else {
            c.pos = save;
        }
    }
    let start = c.pos;
    // Numeric forms.
    if let Some(first) = c.digits(1, 4) {
        let len = c.pos - start;
        if len == 4 && c.eat(b'-') {
            let m = c.digits(1, 2)?;
            if !c.eat(b'-') {
                return None;
            }
            let d = c.digits(1, 2)?;
            if c.rest().bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                return None;
            }
            return valid(Some(first as i32), m as u8, d as u8).map(|date| (date, c.pos));
        }
        if len <= 2 && c.eat(b'.') {
            let m = c.digits(1, 2)?;
            if !c.eat(b'.') {
                return None;
            }
            let y = c.digits(4, 4)?;
            if c.rest().bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                return None;
            }
            return valid(Some(y as i32), m as u8, first as u8).map(|date| (date, c.pos));
        }
        if len <= 2 {
            // `6 June 2016`
            c.pos = start;
            let d = c.day()?;
            if c.spaces() == 0 {
                return None;
            }
            let m = c.month()?;
            let after_month = c.pos;
            let y = c.year_after();
            if y.is_none() {
                c.pos = after_month;
            }
            return valid(y, m, d).map(|date| (date, c.pos));
        }
        return None;
    }
    // `June 6, 2016`
    let m = c.month()?;
    if c.spaces() == 0 {
        return None;
    }
    let d = c.day()?;
    let after_day = c.pos;
    let y = c.year_after();
    if y.is_none() {
        c.pos = after_day;
    }
    valid(y, m, d).map(|date| (date, c.pos))
}

/// A date that fills the whole of `s` (surrounding spaces allowed), as in a
/// date line or a `published` field: `2016-06-06T10:00:00Z` counts too.
pub fn parse_date_exact(s: &str) -> Option<Date> {
    let s = s.trim();
    let (date, used) = parse_date_prefix(s)?;
    let rest = &s[used..];
    if rest.is_empty() || (rest.starts_with('T') && date.year.is_some()) {
        Some(date)
    } else {
        None
    }
}

/// A line that is only a date (with a year), perhaps labelled
/// (`Published: June 6, 2016`) and followed by a time (`06.06.2016 14:05`,
/// `June 6, 2016, 10:32 a.m. GMT`) or by more stamps of the same kind (`18
/// мая 2024, 09:33 18 мая 2024, 10:33`). A labelled line may lack the year
/// (`Modified 7 марта, 14:21`): it is a date line still, that dates nothing.
pub fn parse_date_line(line: &str) -> Option<Date> {
    // A date line has digits: a line without any is no date line (most
    // lines near the top of an article are not, and this is their quick
    // answer).
    if !lang::has_digit(line.as_bytes()) {
        return None;
    }
    let trimmed = line.trim();
    let start = may_start_date_line(trimmed);
    if start == Start::No {
        return None;
    }
    let mut s = if start == Start::Label { strip_label(trimmed) } else { trimmed };
    let labelled = s.len() != trimmed.len();
    // A time before the date: `10:15, 5 июня 2016`, `4:18 AM, Aug 30, 2016`.
    if let Some(k) = s.find(|c: char| !(c.is_ascii_digit() || c == ':')) {
        if k >= 4 && is_clock(&s[..k]) {
            s = s[k..].trim_start();
            for half in ["AM", "PM", "am", "pm", "a.m.", "p.m."] {
                if let Some(r) = s.strip_prefix(half) {
                    if !r.starts_with(char::is_alphanumeric) {
                        s = r;
                        break;
                    }
                }
            }
            s = s.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•'));
        }
    }
    let (date, used) = parse_date_prefix(s)?;
    if date.year.is_none() && !labelled {
        return None;
    }
    only_times(&s[used..]).then_some(date)
}

/// True when `rest` holds nothing but times of day, their decorations and
/// further dates (words listed as `time_words` of a language: `GMT`,
/// `года`, `мск`).
pub fn only_times(rest: &str) -> bool {
    let mut rest = rest;
    let mut buf = [0u8; 32];
    loop {
        rest = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '/' | '·' | '•')
        });
        if rest.is_empty() {
            return true;
        }
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some((_, used)) = parse_date_prefix(rest) {
                rest = &rest[used..];
                continue;
            }
        }
        let k = rest
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '/' | '·' | '•'))
            .unwrap_or(rest.len());
        let Some(lower) = lang::lower(&rest[..k], &mut buf) else {
            return false;
        };
        // A zone run into the next stamp, as scrapers join two spans:
        // `GMT2010-06-15 17:23:08`.
        if lower.len() > 3
            && (lower.starts_with("gmt") || lower.starts_with("utc"))
            && lower.as_bytes()[3].is_ascii_digit()
            && parse_date_prefix(&rest[3..]).is_some()
        {
            rest = &rest[3..];
            continue;
        }
        // A named zone: `(Beijing Time)`, `Moscow time`, `Astana time`.
        if rest.starts_with(char::is_uppercase) {
            let next = rest[k..].trim_start_matches([' ', '\u{a0}']);
            let n = next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len());
            if next[..n].eq_ignore_ascii_case("time") && n > 0 {
                rest = &next[n..];
                continue;
            }
        }
        let clock = lower.trim_end_matches(['a', 'p', 'm', '.']);
        let time = matches!(lower, "-" | "–" | "—")
            || LANGUAGES.iter().any(|l| l.time_words.contains(&lower))
            || lower.starts_with("utc+")
            || lower.starts_with("gmt+")
            || (!clock.is_empty()
                && clock.bytes().all(|b| b.is_ascii_digit() || b == b':')
                && clock.contains(':'))
            || is_dotted_clock(lower);
        if !time {
            return false;
        }
        rest = &rest[k..];
    }
}

/// A quick look at the first word: a digit, a month or weekday name, or
/// the first word of a label. Most lines near the top of an article are
/// sentences, and this is their answer.
fn may_start_date_line(line: &str) -> Start {
    let Some(first) = line.chars().next() else {
        return Start::No;
    };
    if first.is_ascii_digit() {
        return Start::Date;
    }
    let end = line.find(|c: char| !c.is_alphabetic()).unwrap_or(line.len());
    let word = &line[..end];
    if word.is_empty() {
        return Start::No;
    }
    if month_name(word).is_some() || weekday(word).is_some() {
        return Start::Date;
    }
    if word.len() > LABEL_WORD_MAX {
        return Start::No;
    }
    let mut buf = [0u8; LABEL_WORD_MAX];
    let label =
        lang::lower(word, &mut buf).is_some_and(|lower| LABEL_FIRST_WORDS.binary_search(&lower).is_ok());
    if label {
        Start::Label
    } else {
        Start::No
    }
}

/// How a line may start a date line.
#[derive(PartialEq, Eq)]
enum Start {
    No,
    /// With the date itself (a digit, a month or weekday name).
    Date,
    /// With a label before the date.
    Label,
}

/// Bytes of the longest first word of a date label.
const LABEL_WORD_MAX: usize = 32;

/// The first words of every language's date labels (`published`,
/// `опубликовано`), sorted.
static LABEL_FIRST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = LANGUAGES
        .iter()
        .flat_map(|l| l.date_labels)
        .map(|label| label.split([' ', ':']).next().unwrap_or(label))
        .collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// `s` without a label of any language before its date (`Published:`,
/// `Опубликовано:`).
fn strip_label(s: &str) -> &str {
    // The line's start lower-cased once (labels are at most 32 bytes).
    let mut buf = [0u8; 32];
    let mut head_end = s.len().min(buf.len());
    while !s.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let Some(head) = lang::lower(&s[..head_end], &mut buf) else {
        return s;
    };
    for label in LANGUAGES.iter().flat_map(|l| l.date_labels) {
        if s.len() > label.len() && head.starts_with(label) {
            // `Latest update : 2010-06-14`: a colon set apart from its label.
            let rest = s[label.len()..].trim_start();
            return rest.strip_prefix(':').map_or(rest, str::trim_start);
        }
    }
    s
}

/// `10.26`, as some sites write a time after the date (`Fri 13 May 2005
/// 10.26 EDT`): hours of one or two digits, a dot, two digits of minutes.
fn is_dotted_clock(t: &str) -> bool {
    match t.split_once('.') {
        Some((h, m)) => {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
                && h.parse::<u8>().is_ok_and(|h| h < 24)
                && m.parse::<u8>().is_ok_and(|m| m < 60)
        }
        None => false,
    }
}

/// `14:05`, `9:30`.
fn is_clock(t: &str) -> bool {
    match t.split_once(':') {
        Some((h, m)) => {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse_date_line(s).and_then(|d| d.iso())
    }

    #[test]
    fn iso_dates_have_four_digit_years_and_two_digit_months_and_days() {
        let date = |year, month, day| Date { year, month, day }.iso();
        assert_eq!(date(Some(2021), 3, 9).as_deref(), Some("2021-03-09"));
        assert_eq!(date(Some(1999), 12, 31).as_deref(), Some("1999-12-31"));
        assert_eq!(date(Some(987), 1, 1).as_deref(), Some("0987-01-01"));
        assert_eq!(date(Some(12345), 1, 1).as_deref(), Some("12345-01-01"));
        assert_eq!(date(Some(-5), 1, 1).as_deref(), Some("-005-01-01"));
        assert_eq!(date(Some(2020), 100, 7).as_deref(), Some("2020-100-07"));
        assert_eq!(date(None, 1, 1), None);
        for (y, m, d) in [(1800, 1, 1), (2200, 12, 31), (2024, 2, 29), (0, 0, 0), (9999, 99, 99)] {
            assert_eq!(date(Some(y), m, d), Some(format!("{y:04}-{m:02}-{d:02}")));
        }
    }

    #[test]
    fn the_usual_date_lines() {
        assert_eq!(iso("March 3, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("March 03, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("3 March 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("03.03.2021").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("2021-03-03").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("Wednesday, March 3, 2021").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("Sept. 9, 2022").as_deref(), Some("2022-09-09"));
        assert_eq!(iso("9th September 2022").as_deref(), Some("2022-09-09"));
    }

    #[test]
    fn day_month_year_with_dots_is_day_first() {
        assert_eq!(iso("11.02.2020").as_deref(), Some("2020-02-11"));
        assert_eq!(iso("31.12.2020").as_deref(), Some("2020-12-31"));
        assert_eq!(iso("12.31.2020"), None);
    }

    #[test]
    fn labels_and_times_around_the_date() {
        assert_eq!(iso("Published: 5 May 2019").as_deref(), Some("2019-05-05"));
        assert_eq!(iso("05.05.2019 14:05").as_deref(), Some("2019-05-05"));
        assert_eq!(iso("May 5, 2019, 10:32 a.m. GMT").as_deref(), Some("2019-05-05"));
        assert_eq!(iso("May 5, 2019 | 10:32").as_deref(), Some("2019-05-05"));
    }

    #[test]
    fn more_labels_zones_and_times_as_sites_print_them() {
        // A colon set apart from its label.
        assert_eq!(iso("Latest update : 2019-04-02").as_deref(), Some("2019-04-02"));
        assert_eq!(iso("Publication Date: Wed, 2019-04-03 18:40").as_deref(), Some("2019-04-03"));
        // A time of day with its half before the date.
        assert_eq!(iso("Posted at 7:05 PM, Apr 4, 2019").as_deref(), Some("2019-04-04"));
        assert_eq!(iso("Posted at 11:50 a.m., Apr 4, 2019").as_deref(), Some("2019-04-04"));
        // A time with a dot and a named zone after the date.
        assert_eq!(iso("Thu 4 Apr 2019 21.15 BST").as_deref(), Some("2019-04-04"));
        assert_eq!(iso("4 Apr 2019 08.05 EDT").as_deref(), Some("2019-04-04"));
        // Two stamps run together, the second in a named local time.
        assert_eq!(
            iso("2019-04-05 03:11:40 GMT2019-04-05 09:11:40 (Almaty Time)").as_deref(),
            Some("2019-04-05")
        );
        assert_eq!(iso("5 April 2019, 14:00 Moscow time").as_deref(), Some("2019-04-05"));
        // Not times: a dotted number that is no clock, a word that is no zone.
        assert_eq!(iso("4 Apr 2019 31.75 EDT"), None);
        assert_eq!(iso("4 Apr 2019 Heavy Rain"), None);
        // A Russian feminine label (`статья опубликована`).
        assert_eq!(iso("Опубликована 02.04.2019 в 09:30").as_deref(), Some("2019-04-02"));
    }

    #[test]
    fn sentences_and_impossible_dates_are_not_date_lines() {
        assert_eq!(iso("May 5, 2019 was a quiet day."), None);
        assert_eq!(iso("February 30, 2019"), None);
        assert_eq!(iso("June 6"), None, "a date line needs a year");
        assert_eq!(iso("Mayor Smith spoke"), None);
        assert_eq!(iso("12 people died"), None);
    }

    #[test]
    fn year_less_prefixes_for_datelines() {
        let (d, used) = parse_date_prefix("January 7. /TASS/.").unwrap();
        assert_eq!((d.year, d.month, d.day, used), (None, 1, 7, 9));
        let (d, used) = parse_date_prefix("June 14, 2016, Asia-Plus").unwrap();
        assert_eq!((d.iso().unwrap().as_str(), used), ("2016-06-14", 13));
    }

    #[test]
    fn russian_date_lines() {
        assert_eq!(iso("5 июня 2016").as_deref(), Some("2016-06-05"));
        assert_eq!(iso("5 июня 2016, 10:15").as_deref(), Some("2016-06-05"));
        assert_eq!(iso("5 июня 2016 года, 10:15").as_deref(), Some("2016-06-05"));
        assert_eq!(iso("17 мая 2024 г.").as_deref(), Some("2024-05-17"));
        assert_eq!(iso("17 мая 2024г.").as_deref(), Some("2024-05-17"));
        assert_eq!(iso("17 МАЯ 2024 Г. 09:40").as_deref(), Some("2024-05-17"));
        assert_eq!(iso("05.06.2016 10:15").as_deref(), Some("2016-06-05"));
        assert_eq!(iso("10:15, 5 июня 2016").as_deref(), Some("2016-06-05"));
        assert_eq!(iso("10:15 05.06.2016").as_deref(), Some("2016-06-05"));
        assert_eq!(iso("Понедельник, 6 июня 2016").as_deref(), Some("2016-06-06"));
        assert_eq!(iso("Опубликовано: 3 марта 2021 в 18:02 (мск)").as_deref(), Some("2021-03-03"));
        assert_eq!(iso("Дата публикации: 01.02.2022").as_deref(), Some("2022-02-01"));
        assert_eq!(iso("1-го сентября 2022 года").as_deref(), Some("2022-09-01"));
        assert_eq!(iso("5 июня 2016 года в Актобе погибли шесть человек"), None);
        assert_eq!(iso("5 июня"), None, "a date line needs a year");
        assert_eq!(
            iso("18 мая 2024, 09:33 18 мая 2024, 10:33 18 мая 2024, 11:33").as_deref(),
            Some("2024-05-18"),
            "stamps one after another"
        );
        assert!(parse_date_line("Изменено 7 марта, 14:21").is_some(), "a labelled line without a year");
        assert_eq!(iso("Modified 7 March, 14:21"), None);
        assert!(parse_date_line("7 марта, 14:21").is_none());
        assert_eq!(iso("31 июня 2016"), None);
    }

    #[test]
    fn russian_dates_without_a_year_for_datelines() {
        let (d, used) = parse_date_prefix("5 июня. КазТАГ – Текст").unwrap();
        assert_eq!((d.year, d.month, d.day, used), (None, 6, 5, "5 июня".len()));
        let (d, _) = parse_date_prefix("14 марта. ИНТЕРФАКС-КАЗАХСТАН").unwrap();
        assert_eq!((d.month, d.day), (3, 14));
        let (d, _) = parse_date_prefix("30 декабря").unwrap();
        assert_eq!((d.month, d.day), (12, 30));
    }

    #[test]
    fn exact_dates_in_fields() {
        assert_eq!(parse_date_exact("2016-06-06T10:00:00Z").unwrap().iso().unwrap(), "2016-06-06");
        assert_eq!(parse_date_exact(" 6 June 2016 ").unwrap().iso().unwrap(), "2016-06-06");
        assert!(parse_date_exact("soon").is_none());
    }
}
