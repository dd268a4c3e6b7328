//! `--format csv --schema ged`: one row per incident in the columns of UCDP
//! GED, so that kz's incidents can be set beside GED's own.
//!
//! Columns (GED's names; `relid` holds kz's incident id): relid,
//! date_start, date_end, date_prec, where_prec, adm_1, adm_2, latitude,
//! longitude, best, low, high, deaths_a, deaths_b, deaths_civilians,
//! deaths_unknown, source_article. README.md maps each column to kz's
//! fields.

use serde_json::Value;

use super::fields::{figure, list, lon_lat, num, opt_figure, period, place, strings, text};
use super::regions::admin1;
use super::tolls::{best_of, total};

pub const HEADER: [&str; 17] = [
    "relid",
    "date_start",
    "date_end",
    "date_prec",
    "where_prec",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "best",
    "low",
    "high",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "source_article",
];

/// GED's date_start and date_end: the incident's days; a week, month or
/// year known only as such spans it (as GED codes an uncertain date).
pub(crate) fn dates(inc: &Value) -> (String, String) {
    let first = text(inc, "start").and_then(period).map(|p| p.0);
    let last = text(inc, "end").or(text(inc, "start")).and_then(period).map(|p| p.1);
    match (first, last) {
        (Some(a), Some(b)) if a <= b => (a.to_string(), b.to_string()),
        (Some(a), _) => (a.to_string(), a.to_string()),
        _ => (String::new(), String::new()),
    }
}

/// Deaths by side, from the classes of the killed claims: side A the
/// state (security_forces), side B the armed group (militants), civilians
/// (civilians and protesters), and the rest of the total unknown.
pub(crate) fn deaths(inc: &Value) -> [Option<f64>; 4] {
    let Some(best) = total(inc, "killed").and_then(|t| t.best) else { return [None; 4] };
    let a = best_of(inc, "killed", &["security_forces"]);
    let b = best_of(inc, "killed", &["militants"]);
    let c = best_of(inc, "killed", &["civilians", "protesters"]);
    let known = a.unwrap_or(0.0) + b.unwrap_or(0.0) + c.unwrap_or(0.0);
    let zero = |x: Option<f64>| Some(x.unwrap_or(0.0));
    [zero(a), zero(b), zero(c), Some((best - known).max(0.0))]
}

/// Each report of the incident as GED lists its articles: "source, date
/// (document)", in the order of the incident's documents.
pub(crate) fn source_article(inc: &Value) -> String {
    let mut seen: Vec<(&str, Option<&str>, Option<&str>)> = Vec::new();
    for c in list(inc, "claims") {
        for r in list(c, "reports") {
            if let Some(doc) = text(r, "doc") {
                if !seen.iter().any(|s| s.0 == doc) {
                    seen.push((doc, text(r, "source"), text(r, "as_of")));
                }
            }
        }
    }
    let mut docs = strings(inc, "docs");
    docs.extend(strings(inc, "mentioned_in"));
    docs.iter()
        .map(|&doc| match seen.iter().find(|s| s.0 == doc) {
            Some((_, source, as_of)) => {
                let head: Vec<&str> = [*source, *as_of].into_iter().flatten().collect();
                if head.is_empty() {
                    doc.to_string()
                } else {
                    format!("{} ({doc})", head.join(", "))
                }
            }
            None => doc.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn row(inc: &Value) -> Vec<String> {
    let place = place(inc);
    let coords = place.and_then(lon_lat);
    let small = |k: &str| num(inc, k).map(figure).unwrap_or_default();
    let (start, end) = dates(inc);
    let date_prec = if start.is_empty() { String::new() } else { small("date_prec") };
    let killed = total(inc, "killed");
    let [a, b, c, unknown] = deaths(inc);
    vec![
        text(inc, "incident").unwrap_or("").to_string(),
        start,
        end,
        date_prec,
        small("where_prec"),
        place.and_then(admin1).map(|r| r.0).unwrap_or_default(),
        String::new(),
        coords.map(|c| c.1.to_string()).unwrap_or_default(),
        coords.map(|c| c.0.to_string()).unwrap_or_default(),
        opt_figure(killed.and_then(|t| t.best)),
        opt_figure(killed.and_then(|t| t.low)),
        opt_figure(killed.and_then(|t| t.high)),
        opt_figure(a),
        opt_figure(b),
        opt_figure(c),
        opt_figure(unknown),
        source_article(inc),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn killed(who: &str, best: u32) -> Value {
        json!({"event": "killed", "who_class": who, "low": best, "best": best, "high": best,
               "reports": [{"doc": "a", "source": "Outlet A", "as_of": "2019-03-14"}]})
    }

    #[test]
    fn uncertain_dates_span_their_period() {
        let d = |start: Value, end: Value| dates(&json!({"start": start, "end": end}));
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(d(json!("2019-03-13"), json!("2019-03-14")), pair("2019-03-13", "2019-03-14"));
        assert_eq!(d(json!("2019-03"), json!("2019-03")), pair("2019-03-01", "2019-03-31"));
        assert_eq!(d(json!("2011"), json!("2011")), pair("2011-01-01", "2011-12-31"));
        assert_eq!(d(json!("XXXX-03-13"), json!("XXXX-03-14")), pair("", ""));
        assert_eq!(d(json!(null), json!(null)), pair("", ""));
    }

    #[test]
    fn deaths_by_side_come_from_the_classes_and_the_rest_is_unknown() {
        let inc = json!({"claims": [killed("people", 9), killed("security_forces", 2), killed("militants", 3),
                                    killed("civilians", 1), killed("protesters", 1)]});
        assert_eq!(deaths(&inc), [Some(2.0), Some(3.0), Some(2.0), Some(2.0)]);
        // Sides from other reports than the total can add up to more: no
        // negative unknown.
        let inc = json!({"claims": [killed("people", 4), killed("security_forces", 2), killed("militants", 2),
                                    killed("civilians", 1)]});
        assert_eq!(deaths(&inc)[3], Some(0.0));
        assert_eq!(deaths(&json!({"claims": []})), [None; 4]);
    }

    #[test]
    fn articles_are_listed_by_outlet_and_date() {
        let inc = json!({"docs": ["a", "b"], "mentioned_in": ["c"], "claims": [killed("people", 1)]});
        assert_eq!(source_article(&inc), "Outlet A, 2019-03-14 (a); b; c");
    }

    #[test]
    fn a_row_has_every_column() {
        let inc = json!({"incident": "shymkent-2019-03-13", "start": "2019-03-13", "end": "2019-03-14",
                         "date_prec": 1, "where_prec": 2, "docs": ["a"],
                         "place": {"name": "Shymkent", "id": "geonames:1518980", "lat": 42.30988, "lon": 69.60042},
                         "claims": [killed("people", 4)]});
        let r = row(&inc);
        assert_eq!(r.len(), HEADER.len());
        assert_eq!(
            r,
            [
                "shymkent-2019-03-13",
                "2019-03-13",
                "2019-03-14",
                "1",
                "2",
                "Shymkent",
                "",
                "42.30988",
                "69.60042",
                "4",
                "4",
                "4",
                "0",
                "0",
                "0",
                "4",
                "Outlet A, 2019-03-14 (a)"
            ]
        );
    }
}
