//! Holidays the region's press dates events by ("on the eve of Ramadan",
//! "during Nauryz"), from the table in `data/holidays.tsv` (sources there).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::civil::Date;

const TABLE: &str = include_str!("../data/holidays.tsv");

struct Table {
    fixed: HashMap<&'static str, (u8, u8)>,
    by_year: HashMap<(i32, &'static str), (u8, u8)>,
}

static HOLIDAYS: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table { fixed: HashMap::new(), by_year: HashMap::new() };
    for line in TABLE.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(year), Some(name), Some(date)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Some((m, d)) = date.split_once('-') else {
            continue;
        };
        let (Ok(m), Ok(d)) = (m.parse::<u8>(), d.parse::<u8>()) else {
            continue;
        };
        match year {
            "*" => {
                t.fixed.insert(name, (m, d));
            }
            y => {
                if let Ok(y) = y.parse() {
                    t.by_year.insert((y, name), (m, d));
                }
            }
        }
    }
    t
});

/// The table key of a holiday as the press writes it, if known.
pub fn key_of(words: &str) -> Option<&'static str> {
    let w: String = words
        .chars()
        .map(|c| match c {
            '-' | '’' | '\'' => ' ',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let w = w.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match w.as_str() {
        "ramadan" | "ramazan" => "ramadan",
        "eid al fitr" | "eid ul fitr" | "oraza ait" | "oraza ayt" => "eid_al_fitr",
        "eid al adha" | "eid ul adha" | "kurban ait" | "kurban ayt" | "qurban ait" | "qurban ayt"
        | "kurban bayram" | "kurban bairam" => "eid_al_adha",
        "nauryz" | "nowruz" | "navruz" | "nauruz" | "nooruz" => "nauryz",
        "independence day" => "independence_day",
        "victory day" => "victory_day",
        "constitution day" => "constitution_day",
        "republic day" => "republic_day",
        "capital day" => "capital_day",
        "unity day" => "unity_day",
        "new year s day" => "new_year",
        "new year s eve" => "new_year_eve",
        _ => return None,
    })
}

/// Month and day of a holiday that falls on the same date every year.
pub fn fixed(key: &str) -> Option<(u8, u8)> {
    HOLIDAYS.fixed.get(key).copied()
}

/// The holiday's (main or first) day in `year`, if the table knows it.
pub fn in_year(key: &str, year: i32) -> Option<Date> {
    let (m, d) = fixed(key).or_else(|| HOLIDAYS.by_year.get(&(year, key)).copied())?;
    Date::new(year, m, d)
}

/// Ramadan is a month: its first day and the last day of the fast.
pub fn ramadan_span(year: i32) -> Option<(Date, Date)> {
    let start = in_year("ramadan", year)?;
    let fitr = in_year("eid_al_fitr", year)?;
    Some((start, fitr.add_days(-1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lunar_holidays_by_year_and_fixed_ones_every_year() {
        assert_eq!(in_year("ramadan", 2016).unwrap().to_string(), "2016-06-06");
        assert_eq!(in_year("eid_al_adha", 2013).unwrap().to_string(), "2013-10-15");
        assert_eq!(in_year("nauryz", 1999).unwrap().to_string(), "1999-03-22");
        assert_eq!(in_year("independence_day", 2021).unwrap().to_string(), "2021-12-16");
        assert_eq!(in_year("ramadan", 1990), None);
        assert_eq!(
            ramadan_span(2016).map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2016-06-06".into(), "2016-07-04".into()))
        );
    }

    #[test]
    fn spellings_of_the_press() {
        assert_eq!(key_of("Kurban Ait"), Some("eid_al_adha"));
        assert_eq!(key_of("Eid al-Adha"), Some("eid_al_adha"));
        assert_eq!(key_of("Nowruz"), Some("nauryz"));
        assert_eq!(key_of("Independence  Day"), Some("independence_day"));
        assert_eq!(key_of("Christmas"), None);
    }

    #[test]
    fn every_lunar_year_is_consistent() {
        // The fast lasts 29 or 30 days; Eid al-Adha is 67-69 days after Eid al-Fitr.
        for year in 2010..=2030 {
            let (start, last) = ramadan_span(year).unwrap();
            let fast = last.to_days() - start.to_days() + 1;
            assert!((29..=30).contains(&fast), "{year}: {fast}");
            let gap = in_year("eid_al_adha", year).unwrap().to_days()
                - in_year("eid_al_fitr", year).unwrap().to_days();
            assert!((67..=69).contains(&gap), "{year}: {gap}");
        }
    }
}
