//! Civil (proleptic Gregorian) dates, written out by hand: the few operations
//! the resolver needs (days between dates, weekdays, ISO weeks) and nothing
//! that could ever read the clock. Output is the same whatever day it runs.

use std::fmt;

/// A calendar day. Ordered chronologically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None` (30 February, month 13…).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && (1..=9999).contains(&year);
        valid.then_some(Date { year, month, day })
    }

    /// `YYYY-MM-DD`, also the start of a longer ISO timestamp
    /// (`2016-06-06T10:00:00Z`), as `published` fields sometimes are.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && b[10].is_ascii_digit() {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (`civil_from_days`).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }

    /// ISO 8601 week-numbering year and week (1..=53).
    pub fn iso_week(self) -> (i32, u8) {
        // The week belongs to the year of its Thursday.
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// The latest day with `weekday` on or before `self` (or strictly before).
    pub fn weekday_on_or_before(self, weekday: u8, strictly: bool) -> Date {
        let mut back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        if strictly && back == 0 {
            back = 7;
        }
        self.add_days(-back)
    }

    /// The earliest day with `weekday` on or after `self` (or strictly after).
    pub fn weekday_on_or_after(self, weekday: u8, strictly: bool) -> Date {
        let mut ahead = (i64::from(weekday) - i64::from(self.weekday())).rem_euclid(7);
        if strictly && ahead == 0 {
            ahead = 7;
        }
        self.add_days(ahead)
    }
}

impl Date {
    /// `YYYY-MM-DD` as bytes, digit by digit, in the usual range (years 0
    /// to 9999): dates are written by the million.
    pub fn iso(&self) -> Option<[u8; 10]> {
        if (0..=9999).contains(&self.year) && self.month <= 99 && self.day <= 99 {
            let (y, m, d) = (self.year as u32, u32::from(self.month), u32::from(self.day));
            let digit = |n: u32| b'0' + n as u8;
            return Some([
                digit(y / 1000),
                digit(y / 100 % 10),
                digit(y / 10 % 10),
                digit(y % 10),
                b'-',
                digit(m / 10),
                digit(m % 10),
                b'-',
                digit(d / 10),
                digit(d % 10),
            ]);
        }
        None
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = self.iso() {
            return f.write_str(std::str::from_utf8(&text).expect("ASCII digits"));
        }
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Month-day arithmetic when the year is unknown: the answer only if it is
/// the same in a leap year and a common one (1 March minus a day is not).
pub fn shift_month_day(month: u8, day: u8, days: i64) -> Option<(u8, u8)> {
    let common = Date::new(2001, month, day)?.add_days(days);
    let leap = Date::new(2000, month, day)?.add_days(days);
    // A leap-only date (29 February) has no common-year twin.
    ((common.month, common.day) == (leap.month, leap.day)).then_some((common.month, common.day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn dates_are_written_as_iso_8601() {
        for (y, m, d, text) in [
            (2016, 6, 5, "2016-06-05"),
            (999, 12, 31, "0999-12-31"),
            (-44, 3, 15, "-044-03-15"),
            (12345, 1, 2, "12345-01-02"),
        ] {
            assert_eq!(Date { year: y, month: m, day: d }.to_string(), text);
        }
    }
    #[test]
    fn day_numbers_round_trip_across_centuries() {
        for days in (-800_000..800_000).step_by(97) {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days() - d("2000-02-28").to_days(), 2);
        assert_eq!(d("1900-03-01").to_days() - d("1900-02-28").to_days(), 1);
    }

    #[test]
    fn validity_and_leap_years() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(2016, 4, 31).is_none());
        assert!(Date::new(2016, 13, 1).is_none());
        assert_eq!(Date::parse_iso("2016-06-06T10:00:00Z"), Some(d("2016-06-06")));
        assert_eq!(Date::parse_iso("2016-6-6"), None);
        assert_eq!(Date::parse_iso("2016-06-061"), None);
    }

    #[test]
    fn weekdays_and_weeks() {
        assert_eq!(d("2016-06-05").weekday(), 6); // a Sunday
        assert_eq!(d("2019-03-13").weekday(), 2); // a Wednesday
        assert_eq!(d("2016-06-06").iso_week(), (2016, 23));
        assert_eq!(d("2021-01-01").iso_week(), (2020, 53));
        assert_eq!(d("2024-12-30").iso_week(), (2025, 1));
    }

    #[test]
    fn weekday_search_crosses_month_and_year_ends() {
        // Monday 2 January 2023: the Friday before is 30 December 2022.
        assert_eq!(d("2023-01-02").weekday_on_or_before(4, false), d("2022-12-30"));
        // Wednesday 31 July 2024: the next Monday is 5 August.
        assert_eq!(d("2024-07-31").weekday_on_or_after(0, false), d("2024-08-05"));
        // Same weekday: on-or-before is the day itself, strictly is a week back.
        assert_eq!(d("2016-06-06").weekday_on_or_before(0, false), d("2016-06-06"));
        assert_eq!(d("2016-06-06").weekday_on_or_before(0, true), d("2016-05-30"));
        // Across a leap day.
        assert_eq!(d("2024-03-01").weekday_on_or_before(3, true), d("2024-02-29"));
    }

    #[test]
    fn month_day_shifts_without_a_year() {
        assert_eq!(shift_month_day(1, 6, -1), Some((1, 5)));
        assert_eq!(shift_month_day(1, 1, -1), Some((12, 31)));
        assert_eq!(shift_month_day(3, 1, -1), None);
        assert_eq!(shift_month_day(2, 28, 1), None);
        assert_eq!(shift_month_day(2, 27, 1), Some((2, 28)));
    }
}
