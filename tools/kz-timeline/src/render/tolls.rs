//! One toll per event (killed, injured, detained) from an incident's claims,
//! which come by event *and* class (people, civilians, security_forces,
//! militants, protesters).
//!
//! - The claim of class `people` is the incident's total when there is one
//!   (the classes are then its parts: "four killed, including two
//!   attackers").
//! - Without it, the claims of the classes add up ("three soldiers and two
//!   militants were killed": five).
//! - The most *conservative* figure (ACLED's rule for fatalities): the
//!   claim's `best` when its current figures agree (no `conflict`: one
//!   figure, or a toll that rose over days and whose latest figures
//!   agree); its `low` when outlets disagree on a toll that did not rise;
//!   when it both rose and is disputed, the smaller of `best` and `latest`
//!   (`low` may then be a figure that a later report overtook).

use serde_json::Value;

use super::fields::{flag, list, num, text};

/// The toll of one event.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct Toll {
    pub(crate) low: Option<f64>,
    pub(crate) best: Option<f64>,
    pub(crate) high: Option<f64>,
    pub(crate) latest: Option<f64>,
    pub(crate) conservative: Option<f64>,
    pub(crate) conflict: bool,
    pub(crate) rising: bool,
}

fn add(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x + y),
        (x, None) | (None, x) => x,
    }
}

/// The toll of one claim.
pub(crate) fn of_claim(c: &Value) -> Toll {
    let (low, best, high) = (num(c, "low"), num(c, "best"), num(c, "high"));
    let latest = c.get("latest").and_then(|l| num(l, "value"));
    let (conflict, rising) = (flag(c, "conflict"), flag(c, "rising"));
    let conservative = match (conflict, rising) {
        (false, _) => best.or(low),
        (true, false) => low.or(best),
        (true, true) => match (best, latest) {
            (Some(b), Some(l)) => Some(b.min(l)),
            (b, l) => b.or(l).or(low),
        },
    };
    Toll { low, best, high, latest, conservative, conflict, rising }
}

/// The claims of an incident for `event`.
pub(crate) fn claims<'a>(inc: &'a Value, event: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    list(inc, "claims").iter().filter(move |c| text(c, "event") == Some(event))
}

/// The toll of `event`: the `people` claim, else the sum of the classes;
/// `None` when no claim reports the event.
pub(crate) fn total(inc: &Value, event: &str) -> Option<Toll> {
    if let Some(c) = claims(inc, event).find(|c| text(c, "who_class") == Some("people")) {
        return Some(of_claim(c));
    }
    let mut sum: Option<Toll> = None;
    for c in claims(inc, event) {
        let t = of_claim(c);
        sum = Some(match sum {
            None => t,
            Some(s) => Toll {
                low: add(s.low, t.low),
                best: add(s.best, t.best),
                high: add(s.high, t.high),
                latest: add(s.latest, t.latest),
                conservative: add(s.conservative, t.conservative),
                conflict: s.conflict || t.conflict,
                rising: s.rising || t.rising,
            },
        });
    }
    sum
}

/// The best figure of `event` for the classes in `classes` (summed).
pub(crate) fn best_of(inc: &Value, event: &str, classes: &[&str]) -> Option<f64> {
    claims(inc, event)
        .filter(|c| text(c, "who_class").is_some_and(|w| classes.contains(&w)))
        .fold(None, |acc, c| add(acc, num(c, "best")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claim(who: &str, low: f64, best: f64, high: f64, latest: f64, conflict: bool, rising: bool) -> Value {
        json!({"event": "killed", "who_class": who, "low": low, "best": best, "high": high,
               "conflict": conflict, "rising": rising, "latest": {"value": latest}})
    }

    #[test]
    fn the_conservative_figure_follows_what_the_outlets_did() {
        // A toll that rose from 4 to 11 and on which the latest reports agree.
        assert_eq!(of_claim(&claim("people", 4.0, 11.0, 11.0, 11.0, false, true)).conservative, Some(11.0));
        // Three outlets that disagree (10, 12, 20): the smallest.
        assert_eq!(of_claim(&claim("people", 10.0, 12.0, 20.0, 20.0, true, false)).conservative, Some(10.0));
        // Rose and disputed: not the overtaken low.
        assert_eq!(of_claim(&claim("people", 1.0, 4.0, 5.0, 5.0, true, true)).conservative, Some(4.0));
        assert_eq!(of_claim(&claim("people", 1.0, 6.0, 6.0, 5.0, true, true)).conservative, Some(5.0));
    }

    #[test]
    fn the_people_claim_is_the_total_else_the_classes_add_up() {
        let with_total = json!({"claims": [
            claim("militants", 2.0, 2.0, 2.0, 2.0, false, false),
            claim("people", 4.0, 4.0, 4.0, 4.0, false, false),
            {"event": "injured", "who_class": "people", "low": 9, "best": 9, "high": 9},
        ]});
        assert_eq!(total(&with_total, "killed").unwrap().best, Some(4.0));
        assert_eq!(total(&with_total, "injured").unwrap().best, Some(9.0));
        assert_eq!(total(&with_total, "detained"), None);
        let classes = json!({"claims": [
            claim("security_forces", 3.0, 3.0, 3.0, 3.0, false, false),
            claim("militants", 2.0, 2.0, 4.0, 2.0, true, false),
        ]});
        let t = total(&classes, "killed").unwrap();
        assert_eq!(
            (t.low, t.best, t.high, t.conservative, t.conflict),
            (Some(5.0), Some(5.0), Some(7.0), Some(5.0), true)
        );
        assert_eq!(best_of(&classes, "killed", &["militants"]), Some(2.0));
        assert_eq!(best_of(&classes, "killed", &["civilians", "protesters"]), None);
    }
}
