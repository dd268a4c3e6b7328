//! `--format csv --schema acled`: one row per incident in the columns of an
//! ACLED export, so that kz's incidents can be set beside ACLED's own.
//!
//! Columns (ACLED's names; `event_id_cnty` holds kz's incident id):
//! event_id_cnty, event_date, time_precision, event_type, sub_event_type,
//! actor1, inter1, actor2, inter2, country, admin1, admin2, location,
//! latitude, longitude, geo_precision, source, notes, fatalities.
//! README.md maps each column to kz's fields.

use serde_json::Value;

use super::fields::{
    country_name, figure, list, lon_lat, num, opt_figure, period, place, sources_or_docs, text,
};
use super::regions::admin1;
use super::tolls::total;

pub const HEADER: [&str; 19] = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
];

/// ACLED's event date: the day; for a week or a month known only as such,
/// its middle day (with time_precision 2 or 3). A year alone, an unknown
/// year or no date: empty.
pub(crate) fn event_date(inc: &Value) -> String {
    let start = text(inc, "start").unwrap_or("");
    match period(start) {
        Some((first, last)) if text(inc, "granularity") != Some("year") && start.len() != 4 => {
            first.add_days((last.to_days() - first.to_days()) / 2).to_string()
        }
        _ => String::new(),
    }
}

/// (name, inter) of an actor.
type Actor<'a> = (&'a str, u64);

/// actor1 and actor2 by ACLED's conventions for each event type; ACLED
/// says the order implies no direction, kz puts the side that acted first.
pub(crate) fn actors(inc: &Value) -> (Option<Actor<'_>>, Option<Actor<'_>>) {
    let all: Vec<Actor> = list(inc, "actors")
        .iter()
        .filter_map(|a| Some((text(a, "name")?, a.get("inter").and_then(Value::as_u64).unwrap_or(0))))
        .collect();
    let find = |inters: &[u64], not: Option<Actor>| {
        inters.iter().find_map(|&i| all.iter().copied().find(|a| a.1 == i && Some(*a) != not))
    };
    let event_type = text(inc, "event_type").unwrap_or("");
    let sub = text(inc, "sub_event_type").unwrap_or("");
    // (actor1 preferences, actor2 preferences) by inter code: 1 state
    // forces, 2 rebels, 3 political militias, 4 identity militias, 5
    // rioters, 6 protesters, 7 civilians, 8 external forces.
    let (first, second): (&[u64], &[u64]) = match event_type {
        "Protests" if sub == "Peaceful protest" => (&[6], &[]),
        "Protests" => (&[6], &[1]),
        "Riots" => (&[5, 6], &[1, 7]),
        "Strategic developments" => (&[1], &[3, 2, 4, 6, 5, 7, 8]),
        "Violence against civilians" => (&[3, 2, 4, 5, 8, 1], &[7, 6]),
        "Explosions/Remote violence" => (&[2, 3, 4, 8, 1], &[7, 1]),
        "Battles" => (&[2, 3, 4, 8], &[1, 2, 3, 4, 8]),
        _ => (&[1, 2, 3, 4, 5, 6, 7, 8], &[1, 2, 3, 4, 5, 6, 7, 8]),
    };
    let a1 = find(first, None).or_else(|| all.first().copied());
    let a2 = find(second, a1);
    (a1, a2)
}

/// ACLED's fatalities: the most conservative killed figure; 0 when no
/// report gives one (ACLED's convention for "no fatalities reported").
pub(crate) fn fatalities(inc: &Value) -> f64 {
    total(inc, "killed").and_then(|t| t.conservative).unwrap_or(0.0)
}

/// The sentence that tells the incident: the first dated by its own words
/// in a report of it, else the first of a report of it, else the first.
pub(crate) fn telling_sentence(inc: &Value) -> Option<&str> {
    let docs: Vec<&str> = super::fields::strings(inc, "docs");
    let events = list(inc, "events");
    let of_report = |e: &&Value| text(e, "doc").is_some_and(|d| docs.contains(&d));
    events
        .iter()
        .filter(of_report)
        .find(|e| text(e, "dated_by") == Some("text"))
        .or_else(|| events.iter().find(of_report))
        .or_else(|| events.first())
        .and_then(|e| text(e, "text"))
}

/// What the single fatalities figure hides: each toll's best, range and
/// latest figure, and whether it rose or is disputed.
pub(crate) fn toll_note(inc: &Value) -> String {
    let mut parts = Vec::new();
    for event in ["killed", "injured", "detained"] {
        let Some(t) = total(inc, event) else { continue };
        let Some(best) = t.best else { continue };
        let mut s = format!("{event} {}", figure(best));
        if t.low != t.high {
            s.push_str(&format!(" ({}-{})", opt_figure(t.low), opt_figure(t.high)));
        }
        if let Some(l) = t.latest.filter(|&l| l != best) {
            s.push_str(&format!(", latest {}", figure(l)));
        }
        if t.rising {
            s.push_str(", rose over days");
        }
        if t.conflict {
            s.push_str(", sources disagree");
        }
        parts.push(s);
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("[kz: {}]", parts.join("; "))
    }
}

pub(super) fn row(inc: &Value) -> Vec<String> {
    let place = place(inc);
    let coords = place.and_then(lon_lat);
    let small = |k: &str| num(inc, k).map(figure).unwrap_or_default();
    let (a1, a2) = actors(inc);
    let actor = |a: Option<Actor>| a.map(|a| (a.0.to_string(), a.1.to_string())).unwrap_or_default();
    let ((actor1, inter1), (actor2, inter2)) = (actor(a1), actor(a2));
    let country = text(inc, "country")
        .or_else(|| place.and_then(|p| p.get("country")).and_then(Value::as_str))
        .map(|c| country_name(c).to_string())
        .unwrap_or_default();
    let time_precision = if event_date(inc).is_empty() { String::new() } else { small("time_precision") };
    let notes = [telling_sentence(inc).unwrap_or(""), &toll_note(inc)]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    vec![
        text(inc, "incident").unwrap_or("").to_string(),
        event_date(inc),
        time_precision,
        text(inc, "event_type").unwrap_or("").to_string(),
        text(inc, "sub_event_type").unwrap_or("").to_string(),
        actor1,
        inter1,
        actor2,
        inter2,
        country,
        place.and_then(admin1).map(|r| r.0).unwrap_or_default(),
        String::new(),
        place.and_then(|p| p.get("name")).and_then(Value::as_str).unwrap_or("").to_string(),
        coords.map(|c| c.1.to_string()).unwrap_or_default(),
        coords.map(|c| c.0.to_string()).unwrap_or_default(),
        small("geo_precision"),
        sources_or_docs(inc).join("; "),
        notes,
        figure(fatalities(inc)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn actor(name: &str, inter: u64) -> Value {
        json!({"name": name, "type": "x", "inter": inter})
    }

    #[test]
    fn dates_known_to_the_week_or_month_take_its_middle_day() {
        let d = |start: &str, g: &str| event_date(&json!({"start": start, "granularity": g}));
        assert_eq!(d("2019-03-13", "day"), "2019-03-13");
        assert_eq!(d("2019-03", "month"), "2019-03-16");
        assert_eq!(d("2019-06", "month"), "2019-06-15");
        assert_eq!(d("2021-W01", "week"), "2021-01-07");
        assert_eq!(d("2011", "year"), "");
        assert_eq!(d("XXXX-03-13", "day"), "");
        assert_eq!(event_date(&json!({"start": null})), "");
    }

    #[test]
    fn actors_are_ordered_by_the_event_type() {
        let police = actor("Police Forces of Kazakhstan", 1);
        let group = actor("Unidentified Armed Group (Kazakhstan)", 3);
        let civilians = actor("Civilians (Kazakhstan)", 7);
        let protesters = actor("Protesters (Kazakhstan)", 6);
        let of = |t: &str, sub: &str, list: Vec<&Value>| {
            let inc = json!({"event_type": t, "sub_event_type": sub, "actors": list});
            let (a, b) = actors(&inc);
            (a.map(|a| a.1), b.map(|b| b.1))
        };
        let all = vec![&police, &group, &civilians];
        assert_eq!(of("Explosions/Remote violence", "Suicide bomb", all.clone()), (Some(3), Some(7)));
        assert_eq!(of("Battles", "Armed clash", all.clone()), (Some(3), Some(1)));
        assert_eq!(of("Violence against civilians", "Attack", all.clone()), (Some(3), Some(7)));
        assert_eq!(of("Strategic developments", "Arrests", all), (Some(1), Some(3)));
        assert_eq!(
            of("Protests", "Protest with intervention", vec![&police, &protesters]),
            (Some(6), Some(1))
        );
        assert_eq!(of("Protests", "Peaceful protest", vec![&police, &protesters]), (Some(6), None));
        // A bomb with no named group: the first actor, and the victims.
        assert_eq!(of("Explosions/Remote violence", "x", vec![&civilians]), (Some(7), None));
        assert_eq!(of("", "", vec![]), (None, None));
    }

    #[test]
    fn a_row_has_every_column_and_the_conservative_toll() {
        let inc = json!({
            "incident": "taraz-2021-08-26", "start": "2021-08-26", "end": "2021-08-29", "granularity": "day",
            "time_precision": 1, "geo_precision": 1, "country": "KZ",
            "place": {"name": "Taraz", "id": "geonames:1516905", "lat": 42.89799, "lon": 71.37334, "country": "KZ"},
            "event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
            "actors": [actor("Police Forces of Kazakhstan", 1), actor("Civilians (Kazakhstan)", 7)],
            "sources": ["Courier", "Wire"], "docs": ["c", "w"],
            "events": [{"doc": "old", "text": "Years ago…", "dated_by": "text"},
                       {"doc": "c", "text": "A bomb went off at the market.", "dated_by": "text"}],
            "claims": [{"event": "killed", "who_class": "people", "low": 4, "best": 9, "high": 9,
                        "conflict": false, "rising": true, "latest": {"value": 9}}]
        });
        let r = row(&inc);
        assert_eq!(r.len(), HEADER.len());
        let col = |name: &str| r[HEADER.iter().position(|h| *h == name).unwrap()].as_str();
        assert_eq!(col("event_date"), "2021-08-26");
        assert_eq!(col("country"), "Kazakhstan");
        assert_eq!(col("admin1"), "Jambyl Region");
        assert_eq!((col("latitude"), col("longitude")), ("42.89799", "71.37334"));
        assert_eq!(col("actor1"), "Police Forces of Kazakhstan");
        assert_eq!(col("actor2"), "Civilians (Kazakhstan)");
        assert_eq!(col("source"), "Courier; Wire");
        assert_eq!(col("notes"), "A bomb went off at the market. [kz: killed 9 (4-9), rose over days]");
        assert_eq!(col("fatalities"), "9");
        // No killed figure at all: ACLED writes 0.
        assert_eq!(fatalities(&json!({"claims": []})), 0.0);
    }
}
