//! Lenient accessors of incident records: a field that is missing, `null`
//! or of another type reads as absent, so that a hand-edited file or a
//! record of a later version (with fields added) still renders.

use serde_json::{Map, Number, Value};

use crate::civil::{days_in_month, Date};

/// `v[key]` as a string.
pub(crate) fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// `v[key]` as a number.
pub(crate) fn num(v: &Value, key: &str) -> Option<f64> {
    v.get(key).and_then(Value::as_f64).filter(|x| x.is_finite())
}

/// `v[key]` as an array (empty when absent).
pub(crate) fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// `v[key]` as an object.
pub(crate) fn object<'a>(v: &'a Value, key: &str) -> Option<&'a Map<String, Value>> {
    v.get(key).and_then(Value::as_object)
}

/// `v[key]` as a boolean (false when absent).
pub(crate) fn flag(v: &Value, key: &str) -> bool {
    v.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// The strings of an array field.
pub(crate) fn strings<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    list(v, key).iter().filter_map(Value::as_str).collect()
}

/// A figure as people write it: `11`, `2.5`; integers without `.0`.
pub(crate) fn figure(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// A figure as a JSON number: an integer when it is one.
pub(crate) fn figure_json(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
}

/// An optional figure, empty when absent.
pub(crate) fn opt_figure(x: Option<f64>) -> String {
    x.map(figure).unwrap_or_default()
}

/// A report's figure: its value, else its lower bound ("hundreds"), else
/// its upper bound.
pub(crate) fn report_value(r: &Value) -> Option<f64> {
    num(r, "value").or_else(|| num(r, "low")).or_else(|| num(r, "high"))
}

/// The place of an incident (`place`, an object), when it has one.
pub(crate) fn place(inc: &Value) -> Option<&Map<String, Value>> {
    object(inc, "place")
}

/// (longitude, latitude) of a place object as JSON numbers, when both are
/// there and in range.
pub(crate) fn lon_lat(place: &Map<String, Value>) -> Option<(&Number, &Number)> {
    let get = |k: &str| match place.get(k) {
        Some(Value::Number(n)) => n.as_f64().filter(|x| x.is_finite()).map(|x| (n, x)),
        _ => None,
    };
    let ((lat, y), (lon, x)) = (get("lat")?, get("lon")?);
    ((-90.0..=90.0).contains(&y) && (-180.0..=180.0).contains(&x)).then_some((lon, lat))
}

/// The first and last day of the period a date value names: a day
/// (`2016-06-05`), an ISO week (`2016-W23`), a month (`2016-06`) or a year
/// (`2016`). Unknown years (`XXXX-06-05`), decades and centuries name none.
pub(crate) fn period(value: &str) -> Option<(Date, Date)> {
    let b = value.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r.clone()).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    match b.len() {
        10 => Date::parse_iso(value).map(|d| (d, d)),
        8 if digits(0..4) && &b[4..6] == b"-W" && digits(6..8) => {
            let monday = Date::parse_iso(&crate::timeline::week_start(value)?)?;
            Some((monday, monday.add_days(6)))
        }
        7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
            let (y, m) = (value[..4].parse().ok()?, value[5..].parse().ok()?);
            Some((Date::new(y, m, 1)?, Date::new(y, m, days_in_month(y, m))?))
        }
        4 if digits(0..4) => {
            let y = value.parse().ok()?;
            Some((Date::new(y, 1, 1)?, Date::new(y, 12, 31)?))
        }
        _ => None,
    }
}

/// English names of the countries of the region (ISO 3166-1 alpha-2): the
/// incident view's, and a few more that reports name as origins.
pub(crate) fn country_name(code: &str) -> &str {
    match code {
        "PK" => "Pakistan",
        "IN" => "India",
        "US" => "United States",
        "GB" => "United Kingdom",
        c => crate::incident::place::country_name(c),
    }
}

/// The sources of an incident, else its documents.
pub(crate) fn sources_or_docs(inc: &Value) -> Vec<&str> {
    let sources = strings(inc, "sources");
    if sources.is_empty() {
        strings(inc, "docs")
    } else {
        sources
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn figures_are_written_as_people_write_them() {
        assert_eq!(figure(11.0), "11");
        assert_eq!(figure(2.5), "2.5");
        assert_eq!(figure(0.0), "0");
        assert_eq!(opt_figure(None), "");
        assert_eq!(figure_json(11.0).to_string(), "11");
        assert_eq!(figure_json(2.5).to_string(), "2.5");
    }

    #[test]
    fn coordinates_out_of_range_or_missing_are_no_point() {
        let p = json!({"lat": 42.9, "lon": 71.37});
        let (lon, lat) = lon_lat(p.as_object().unwrap()).unwrap();
        assert_eq!((lon.to_string(), lat.to_string()), ("71.37".into(), "42.9".into()));
        assert!(lon_lat(json!({"lat": 142.9, "lon": 71.37}).as_object().unwrap()).is_none());
        assert!(lon_lat(json!({"lat": null, "lon": 71.37}).as_object().unwrap()).is_none());
        assert!(lon_lat(json!({"lat": "42", "lon": 71.37}).as_object().unwrap()).is_none());
    }

    #[test]
    fn a_period_runs_from_its_first_to_its_last_day() {
        let p = |v: &str| period(v).map(|(a, b)| (a.to_string(), b.to_string()));
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(p("2016-06-05"), pair("2016-06-05", "2016-06-05"));
        assert_eq!(p("2016-02"), pair("2016-02-01", "2016-02-29"));
        assert_eq!(p("2016"), pair("2016-01-01", "2016-12-31"));
        // ISO week 1 of 2021 began on Monday 4 January.
        assert_eq!(p("2021-W01"), pair("2021-01-04", "2021-01-10"));
        assert_eq!(p("XXXX-06-05"), None);
        assert_eq!(p("199"), None);
        assert_eq!(p("2016-13"), None);
    }

    #[test]
    fn a_report_without_a_value_is_read_by_its_bound() {
        assert_eq!(report_value(&json!({"value": null, "low": 200})), Some(200.0));
        assert_eq!(report_value(&json!({"value": 7})), Some(7.0));
        assert_eq!(report_value(&json!({"value": null})), None);
    }
}
