//! The date a news address gives: when a page shows no publication date,
//! its address often does (`/2010/06/27/`, `/2022-07-18/`, `/20240624/`,
//! `/20100612-slug`, `/2010/0615/`, `2010-06/15`, `/2010/jun/18/`,
//! `2010apr07`, `la-xpm-2010-jun-15-…`).
//! The incident view takes it as the date of the report's figures (`as_of`)
//! and for nothing else: it is not a publication date the page states.

use crate::civil::Date;

/// The first date written in `url`'s path, if any. A date is a year
/// 1990–2099 followed by a month (digits or an English abbreviation) and a
/// day, joined by `/`, `-`, `_` or nothing; it must stand apart from other
/// digits (an id `001277371248373` is not a date), and the month and day
/// must make a real date. A year and month alone (`/2010/06/slug`) is not a
/// day and gives nothing.
pub(crate) fn date_in_url(url: &str) -> Option<Date> {
    // Skip the scheme and host: digits there are not dates.
    let path = match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            &rest[rest.find('/')?..]
        }
        None => url,
    };
    let b = path.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        let starts =
            (b[i] == b'1' && b.get(i + 1) == Some(&b'9')) || (b[i] == b'2' && b.get(i + 1) == Some(&b'0'));
        if starts
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
        {
            if let Some(d) = date_at(&b[i + 4..], year_of(&b[i..i + 4])) {
                return Some(d);
            }
        }
        i += 1;
    }
    None
}

fn year_of(digits: &[u8]) -> i32 {
    digits.iter().fold(0, |y, &d| y * 10 + i32::from(d - b'0'))
}

/// The month and day after a year (`rest` starts right after it).
fn date_at(rest: &[u8], year: i32) -> Option<Date> {
    if !(1990..=2099).contains(&year) {
        return None;
    }
    let sep = |c: u8| matches!(c, b'/' | b'-' | b'_');
    let (month, rest) = match rest.first() {
        Some(&c) if sep(c) => month_at(&rest[1..], Some(c))?,
        Some(c) if c.is_ascii_digit() || c.is_ascii_alphabetic() => month_at(rest, None)?,
        _ => return None,
    };
    let (day, rest) = match rest.first() {
        Some(&c) if sep(c) => two_digits(&rest[1..])?,
        Some(c) if c.is_ascii_digit() => two_digits(rest)?,
        _ => return None,
    };
    // The day ends the number: `/2010/06/275` is no date.
    if rest.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Date::new(year, month, day)
}

/// A month of two digits or three letters; with no separator before it
/// (`20100612`, `2010apr07`), digits must be two and letters three.
fn month_at(rest: &[u8], sep: Option<u8>) -> Option<(u8, &[u8])> {
    if rest.first().is_some_and(u8::is_ascii_digit) {
        let (m, after) = two_digits(rest)?;
        // `20100612` has no joint after the month; `/2010/06/15/`,
        // `2010-06/15` and `/2010/0615/` have one before it.
        match (sep, after.first()) {
            (None, Some(c)) if c.is_ascii_digit() => Some((m, after)),
            (Some(_), Some(b'/' | b'-' | b'_')) => Some((m, after)),
            (Some(b'/'), Some(c)) if c.is_ascii_digit() => Some((m, after)),
            _ => None,
        }
    } else {
        // The shared month words take the three-letter abbreviations.
        let m = kz_shared::words::month_number(std::str::from_utf8(rest.get(..3)?).ok()?)?;
        let after = &rest[3..];
        match (sep, after.first()) {
            (None, Some(c)) if c.is_ascii_digit() => Some((m, after)),
            (Some(s), Some(&c)) if c == s => Some((m, after)),
            _ => None,
        }
    }
}

fn two_digits(b: &[u8]) -> Option<(u8, &[u8])> {
    match b {
        [x, y, rest @ ..] if x.is_ascii_digit() && y.is_ascii_digit() => {
            Some(((x - b'0') * 10 + (y - b'0'), rest))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::date_in_url;

    fn d(url: &str) -> Option<String> {
        date_in_url(url).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_the_common_address_layouts() {
        assert_eq!(
            d("https://news.example.org/incidents/2011/03/09/4411-toll-climbs.html").as_deref(),
            Some("2011-03-09")
        );
        assert_eq!(
            d("https://kz.example.media/2019-11-02/chislo-postradavshih/amp").as_deref(),
            Some("2019-11-02")
        );
        assert_eq!(
            d("https://www.example.com/articles/5521/20181130/clashes-leave-dead.htm").as_deref(),
            Some("2018-11-30")
        );
        assert_eq!(
            d("http://www.example.tv/en/20150704-riot-police-border-village").as_deref(),
            Some("2015-07-04")
        );
        assert_eq!(
            d("https://www.example.co.uk/world/2016/aug/21/market-fire").as_deref(),
            Some("2016-08-21")
        );
        assert_eq!(
            d("http://example.net/2014sep03/border_post_attacked.html").as_deref(),
            Some("2014-09-03")
        );
        assert_eq!(
            d("https://www.example.com/archives/la-xpm-2013-feb-11-story.html").as_deref(),
            Some("2013-02-11")
        );
        assert_eq!(d("https://example.org/news_2017_05_30_mine_blast").as_deref(), Some("2017-05-30"));
        assert_eq!(
            d("http://english.example.com/world/p/2012/0724/516230.html").as_deref(),
            Some("2012-07-24")
        );
        assert_eq!(
            d("http://news.example.net/english/2012-07/24/c_131735.htm").as_deref(),
            Some("2012-07-24")
        );
    }

    #[test]
    fn ids_hosts_and_year_months_are_not_dates() {
        // A long id that happens to hold a year.
        assert_eq!(d("https://example-post.com/news/society/001277371248373"), None);
        assert_eq!(d("https://example.com/news/20191405/x"), None, "no 14th month");
        assert_eq!(d("https://example.com/news/2019/02/30/x"), None, "no 30 February");
        // A year and a month alone.
        assert_eq!(d("http://someblog.example.com/2016/06/toll-rises.html"), None);
        // Digits in the host are not read.
        assert_eq!(d("https://m20190412.example.com/story"), None);
        // A month and day glued together only after a slash.
        assert_eq!(d("https://example.com/2019-0412/x"), None);
        assert_eq!(d("https://example.com/2019/04123/x"), None);
        assert_eq!(d("https://example.com/a/320190412/x"), None);
        assert_eq!(d("https://example.com/a/2019041234/x"), None);
        assert_eq!(d("https://example.com/2019/mayor-speaks"), None);
        assert_eq!(d(""), None);
    }
}
