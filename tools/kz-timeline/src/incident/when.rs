//! Dates of units and incidents: a stretch of known days, a month and day
//! of unknown year, or nothing.

use crate::civil::{days_in_month, Date};
use crate::timeline::week_start;

/// How finely a date is known, finest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Gran {
    Day,
    Week,
    Period,
    Month,
    Year,
    Decade,
    Century,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// Known days, first and last (as [`Date::to_days`]).
    Known {
        first: i64,
        last: i64,
        gran: Gran,
    },
    /// The year unknown (`XXXX-06-05`, `XXXX-06`).
    Partial {
        month: u8,
        day: Option<u8>,
    },
    None,
}

impl When {
    pub(crate) fn day(d: Date) -> When {
        When::Known { first: d.to_days(), last: d.to_days(), gran: Gran::Day }
    }

    /// A date as the annotator writes it (value and granularity).
    pub(crate) fn of(value: Option<&str>, granularity: &str) -> When {
        let Some(v) = value else {
            return When::None;
        };
        if let Some(rest) = v.strip_prefix("XXXX-") {
            let mut parts = rest.split('-');
            let month = parts.next().and_then(|m| m.parse::<u8>().ok()).filter(|m| (1..=12).contains(m));
            let day = parts.next().and_then(|d| d.parse::<u8>().ok()).filter(|d| (1..=31).contains(d));
            return month.map_or(When::None, |month| When::Partial { month, day });
        }
        if let Some((a, b)) = v.split_once('/') {
            let (x, y) = (Self::of(Some(a), "day"), Self::of(Some(b), "day"));
            if let (When::Known { first, .. }, When::Known { last, .. }) = (x, y) {
                return When::Known { first, last, gran: Gran::Period };
            }
            return x;
        }
        let span = |a: Option<Date>, b: Option<Date>, gran| match (a, b) {
            (Some(a), Some(b)) => When::Known { first: a.to_days(), last: b.to_days(), gran },
            _ => When::None,
        };
        let year = |s: &str| s.parse::<i32>().ok();
        match granularity {
            "decade" => year(v).map_or(When::None, |d| {
                span(Date::new(d * 10, 1, 1), Date::new(d * 10 + 9, 12, 31), Gran::Decade)
            }),
            "century" => year(v).map_or(When::None, |c| {
                span(Date::new(c * 100, 1, 1), Date::new(c * 100 + 99, 12, 31), Gran::Century)
            }),
            "week" => match week_start(v).as_deref().and_then(Date::parse_iso) {
                Some(d) => span(Some(d), Some(d.add_days(6)), Gran::Week),
                None => When::None,
            },
            _ => match v.len() {
                4 => {
                    year(v).map_or(When::None, |y| span(Date::new(y, 1, 1), Date::new(y, 12, 31), Gran::Year))
                }
                7 => {
                    let (y, m) = (year(&v[..4]), v[5..].parse::<u8>().ok());
                    match (y, m) {
                        (Some(y), Some(m)) if (1..=12).contains(&m) => {
                            span(Date::new(y, m, 1), Date::new(y, m, days_in_month(y, m)), Gran::Month)
                        }
                        _ => When::None,
                    }
                }
                _ => Date::parse_iso(v.get(..10).unwrap_or(v)).map_or(When::None, When::day),
            },
        }
    }

    /// Whether a sentence dated `self` tells of an earlier incident than
    /// the document's main one (dated `main`): its days end before the
    /// main event's window opens; with the main event's year unknown, a
    /// date given only by its year (or decade, century), or another month.
    pub(crate) fn is_background_of(&self, main: &When, window: i64) -> bool {
        match (*self, *main) {
            (When::Known { last, .. }, When::Known { first, .. }) => last < first - window,
            (When::Known { gran, .. }, _) if gran >= Gran::Year => true,
            (When::Known { first, gran: Gran::Month, .. }, When::Partial { month, .. }) => {
                Date::from_days(first).month != month
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> i64 {
        Date::parse_iso(s).unwrap().to_days()
    }

    #[test]
    fn values_of_every_granularity_read_as_spans() {
        assert_eq!(
            When::of(Some("2016-06-05"), "day"),
            When::Known { first: d("2016-06-05"), last: d("2016-06-05"), gran: Gran::Day }
        );
        assert_eq!(
            When::of(Some("2016-02"), "month"),
            When::Known { first: d("2016-02-01"), last: d("2016-02-29"), gran: Gran::Month }
        );
        assert_eq!(
            When::of(Some("2011"), "year"),
            When::Known { first: d("2011-01-01"), last: d("2011-12-31"), gran: Gran::Year }
        );
        assert_eq!(
            When::of(Some("199"), "decade"),
            When::Known { first: d("1990-01-01"), last: d("1999-12-31"), gran: Gran::Decade }
        );
        assert_eq!(
            When::of(Some("2016-W23"), "week"),
            When::Known { first: d("2016-06-06"), last: d("2016-06-12"), gran: Gran::Week }
        );
        assert_eq!(When::of(Some("XXXX-06-08"), "day"), When::Partial { month: 6, day: Some(8) });
        assert_eq!(When::of(Some("XXXX-01"), "month"), When::Partial { month: 1, day: None });
        assert_eq!(When::of(None, "day"), When::None);
        assert_eq!(When::of(Some("garbage"), "day"), When::None);
    }

    #[test]
    fn background_is_what_ends_before_the_window() {
        let main = When::of(Some("2016-06-05"), "day");
        assert!(When::of(Some("2011"), "year").is_background_of(&main, 7));
        assert!(When::of(Some("2016-05-20"), "day").is_background_of(&main, 7));
        assert!(!When::of(Some("2016-05-30"), "day").is_background_of(&main, 7));
        assert!(!When::of(Some("2016"), "year").is_background_of(&main, 7));
        assert!(!When::of(Some("2016-06-12"), "day").is_background_of(&main, 7));
        let undated = When::of(Some("XXXX-01-06"), "day");
        assert!(When::of(Some("2011"), "year").is_background_of(&undated, 7));
        assert!(!When::of(Some("2022-01"), "month").is_background_of(&undated, 7));
        assert!(When::of(Some("2021-12"), "month").is_background_of(&undated, 7));
    }
}
