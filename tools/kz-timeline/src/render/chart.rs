//! The chart of one claim in the report: each report's figure at its
//! publication date (`as_of`), coloured by source, with the claim's
//! low–high band, its best estimate, the latest figure ringed, superseded
//! figures faded and copies hollow. Reports without a publication date
//! stand in a column of their own at the right ("n.d.").

use std::fmt::Write as _;

use serde_json::Value;

use super::fields::{figure, flag, list, num, report_value, text};
use super::html::esc;
use crate::civil::Date;

pub(crate) const WIDTH: f64 = 250.0;
pub(crate) const HEIGHT: f64 = 118.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 22.0;
/// Room for the column of undated reports.
const UNDATED: f64 = 30.0;

/// The days the charts of one incident share, so that they line up.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Days {
    pub(crate) first: i64,
    pub(crate) last: i64,
    pub(crate) undated: bool,
}

impl Days {
    /// The publication days of every report of an incident.
    pub(crate) fn of(inc: &Value) -> Option<Days> {
        let mut days: Option<(i64, i64)> = None;
        let mut undated = false;
        for c in list(inc, "claims") {
            for r in list(c, "reports") {
                match text(r, "as_of").and_then(Date::parse_iso) {
                    Some(d) => {
                        let d = d.to_days();
                        days = Some(days.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
                    }
                    None => undated = true,
                }
            }
        }
        match days {
            Some((first, last)) => Some(Days { first, last, undated }),
            None if undated => Some(Days { first: 0, last: 0, undated }),
            None => None,
        }
    }
}

/// The smallest 1, 2 or 5 times a power of ten at or above `x`.
pub(crate) fn nice_ceil(x: f64) -> f64 {
    if x <= 1.0 {
        return 1.0;
    }
    let p = 10f64.powf(x.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * p >= x {
            return m * p;
        }
    }
    10.0 * p
}

fn short_date(days: i64, with_year: bool) -> String {
    let d = Date::from_days(days);
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let m = MONTHS[usize::from(d.month.clamp(1, 12)) - 1];
    if with_year {
        format!("{} {m} {}", d.day, d.year)
    } else {
        format!("{} {m}", d.day)
    }
}

/// The grid lines every chart shares (0, half and the top of its scale),
/// defined once in the page and drawn with `<use href="#grid"/>`.
pub(crate) fn grid() -> String {
    let y = |f: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - f);
    let mut s = String::from(
        "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs><g id=\"grid\">",
    );
    for f in [0.0, 0.5, 1.0] {
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{LEFT}\" x2=\"{}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
            WIDTH - RIGHT,
            y(f),
            y(f)
        );
    }
    s.push_str("</g></defs></svg>");
    s
}

/// One report as the chart places it.
struct Point {
    row: String,
    x: f64,
    y: f64,
    value: f64,
    colour: usize,
    classes: String,
    title: String,
    latest: bool,
    copy: bool,
    source: String,
    day: Option<i64>,
}

/// The SVG of claim `claim`; `rows` gives the id of each report's row in
/// the incident's table, `colour` the colour index of a source.
pub(crate) fn svg(claim: &Value, days: Days, rows: &[String], colour: &dyn Fn(&str) -> usize) -> String {
    let reports = list(claim, "reports");
    let (low, best, high) = (num(claim, "low"), num(claim, "best"), num(claim, "high"));
    let latest = claim.get("latest").filter(|l| l.is_object());
    let mut top =
        [low, best, high, latest.and_then(|l| num(l, "value"))].into_iter().flatten().fold(0.0f64, f64::max);
    for r in reports {
        top = top.max(report_value(r).unwrap_or(0.0));
    }
    let ymax = nice_ceil(top * 1.1);
    let plot_right = WIDTH - RIGHT - if days.undated { UNDATED } else { 0.0 };
    let y = |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / ymax);
    let x = |d: Option<i64>| match d {
        None => WIDTH - RIGHT - UNDATED / 2.0 + 4.0,
        Some(_) if days.first == days.last => (LEFT + plot_right) / 2.0,
        Some(d) => {
            LEFT + 8.0
                + (plot_right - LEFT - 16.0) * (d - days.first) as f64 / (days.last - days.first) as f64
        }
    };
    let mut s = String::new();
    let _ = write!(s, "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">");
    // Grid (drawn once in the page, see [`grid`]) and y ticks.
    s.push_str("<use href=\"#grid\"/>");
    let ticks: &[f64] = if ymax >= 2.0 { &[0.0, 0.5, 1.0] } else { &[0.0, 1.0] };
    for t in ticks {
        let _ = write!(
            s,
            "<text class=\"t e\" x=\"{}\" y=\"{:.1}\">{}</text>",
            LEFT - 4.0,
            y(t * ymax) + 3.5,
            figure(t * ymax)
        );
    }
    // The band of the estimates and the best one.
    if let (Some(lo), Some(hi)) = (low, high) {
        let (y1, y2) = (y(hi), y(lo));
        let _ = write!(
            s,
            "<rect class=\"band\" x=\"{LEFT}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
            y1 - 1.0,
            plot_right - LEFT,
            (y2 - y1) + 2.0,
        );
    }
    if let Some(b) = best {
        let _ = write!(
            s,
            "<line class=\"best\" x1=\"{LEFT}\" x2=\"{plot_right:.1}\" y1=\"{:.1}\" y2=\"{:.1}\"/>",
            y(b),
            y(b),
        );
    }
    // X labels.
    let base = HEIGHT - 6.0;
    if days.first != 0 || days.last != 0 || !days.undated {
        let year = Date::from_days(days.first).year != Date::from_days(days.last).year;
        if days.first == days.last {
            let _ = write!(
                s,
                "<text class=\"t m\" x=\"{:.1}\" y=\"{base}\">{}</text>",
                x(Some(days.first)),
                short_date(days.first, true)
            );
        } else {
            let _ = write!(
                s,
                "<text class=\"t\" x=\"{:.1}\" y=\"{base}\">{}</text>\
                 <text class=\"t e\" x=\"{:.1}\" y=\"{base}\">{}</text>",
                x(Some(days.first)) - 6.0,
                short_date(days.first, year),
                x(Some(days.last)) + 6.0,
                short_date(days.last, true)
            );
        }
    }
    if days.undated {
        let ux = WIDTH - RIGHT - UNDATED / 2.0 + 4.0;
        let _ = write!(
            s,
            "<line class=\"grid\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{TOP}\" y2=\"{:.1}\" stroke-dasharray=\"2 2\"/>\
             <text class=\"t m\" x=\"{ux:.1}\" y=\"{base}\">n.d.</text>",
            plot_right + 4.0,
            plot_right + 4.0,
            HEIGHT - BOTTOM
        );
    }
    // The points.
    let latest_doc = latest.and_then(|l| text(l, "doc"));
    let latest_value = latest.and_then(|l| num(l, "value"));
    let mut latest_done = false;
    let mut points: Vec<Point> = Vec::new();
    for (i, r) in reports.iter().enumerate() {
        let Some(value) = report_value(r) else { continue };
        let day = text(r, "as_of").and_then(Date::parse_iso).map(Date::to_days);
        let copy = r.get("copy_of").is_some_and(|c| !c.is_null());
        let superseded = flag(r, "superseded");
        let part = flag(r, "subtotal") || flag(r, "additional") || flag(r, "partial");
        let source = text(r, "source").or(text(r, "doc")).unwrap_or("").to_string();
        let is_latest = !latest_done && !copy && latest_doc == text(r, "doc") && latest_value == Some(value);
        latest_done |= is_latest;
        let mut classes = String::from("pt");
        for (on, name) in [(superseded, " sup"), (copy, " copy"), (part, " part")] {
            if on {
                classes.push_str(name);
            }
        }
        let mut title = format!(
            "{} · {} · {}{}",
            source,
            text(r, "as_of").unwrap_or("no date"),
            figure(value),
            text(r, "qualifier").filter(|q| *q != "exact").map(|q| format!(" ({q})")).unwrap_or_default()
        );
        if superseded {
            title.push_str(" · superseded");
        }
        if let Some(of) = r.get("copy_of").and_then(|c| text(c, "doc")) {
            title.push_str(&format!(" · copy of {of}"));
        }
        if part {
            title.push_str(" · part of a total");
        }
        if is_latest {
            title.push_str(" · latest");
        }
        points.push(Point {
            row: rows.get(i).cloned().unwrap_or_default(),
            x: x(day),
            y: y(value),
            value,
            colour: colour(&source),
            classes,
            title,
            latest: is_latest,
            copy,
            source,
            day,
        });
    }
    // Points of one day side by side.
    let mut i = 0;
    while i < points.len() {
        let same: Vec<usize> =
            (i..points.len()).filter(|&j| (points[j].x - points[i].x).abs() < 0.5).collect();
        if same.len() > 1 && same[0] == i {
            let n = same.len() as f64;
            for (k, &j) in same.iter().enumerate() {
                points[j].x += (k as f64 - (n - 1.0) / 2.0) * 7.0_f64.min(24.0 / n);
            }
        }
        i += 1;
    }
    // A source's figure over the days (its largest of each day), joined.
    let mut sources: Vec<&str> = Vec::new();
    for p in &points {
        if !p.copy && !sources.contains(&p.source.as_str()) {
            sources.push(&p.source);
        }
    }
    for src in sources {
        let mut trail: Vec<(i64, &Point)> = Vec::new();
        for p in points.iter().filter(|p| p.source == src && !p.copy && !p.classes.contains("part")) {
            let Some(day) = p.day else { continue };
            match trail.iter_mut().find(|t| t.0 == day) {
                Some(t) if t.1.value < p.value => t.1 = p,
                Some(_) => {}
                None => trail.push((day, p)),
            }
        }
        if trail.len() > 1 {
            trail.sort_by_key(|t| t.0);
            let pts: Vec<String> = trail.iter().map(|t| format!("{:.1},{:.1}", t.1.x, t.1.y)).collect();
            let _ =
                write!(s, "<polyline class=\"trail c{}\" points=\"{}\"/>", trail[0].1.colour, pts.join(" "));
        }
    }
    for p in &points {
        if p.latest {
            let _ = write!(
                s,
                "<circle class=\"ring\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"7.5\"/>\
                 <text class=\"latest\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                p.x,
                p.y,
                p.x + 9.0,
                (p.y - 6.0).max(TOP + 2.0),
                figure(p.value)
            );
        }
    }
    for p in &points {
        let _ = write!(
            s,
            "<circle class=\"{} c{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"4.5\" data-row=\"{}\"><title>{}</title></circle>",
            p.classes,
            p.colour,
            p.x,
            p.y,
            esc(&p.row),
            esc(&p.title)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_scale_ends_on_a_round_figure() {
        assert_eq!(nice_ceil(0.0), 1.0);
        assert_eq!(nice_ceil(12.1), 20.0);
        assert_eq!(nice_ceil(4.4), 5.0);
        assert_eq!(nice_ceil(230.0), 500.0);
        assert_eq!(nice_ceil(100.0), 100.0);
    }

    fn claim() -> Value {
        json!({"event": "killed", "who_class": "people", "low": 4, "best": 11, "high": 11,
               "latest": {"value": 11, "as_of": "2021-08-29", "doc": "c"},
               "reports": [
                 {"doc": "a", "source": "A", "as_of": "2021-08-26", "value": 4, "qualifier": "at_least"},
                 {"doc": "b", "source": "B", "as_of": "2021-08-27", "value": 7, "superseded": false},
                 {"doc": "b", "source": "B", "as_of": "2021-08-27", "value": 5, "superseded": true},
                 {"doc": "d", "source": "D", "as_of": "2021-08-28", "value": 7, "copy_of": {"doc": "b", "sent": 0}},
                 {"doc": "c", "source": "C", "as_of": "2021-08-29", "value": 11},
                 {"doc": "e", "source": null, "as_of": null, "value": 9}]})
    }

    #[test]
    fn every_report_is_a_point_that_names_its_row() {
        let c = claim();
        let inc = json!({"claims": [c.clone()]});
        let days = Days::of(&inc).unwrap();
        assert!(days.undated && days.last - days.first == 3);
        let rows: Vec<String> = (0..6).map(|i| format!("r{i}")).collect();
        let svg = svg(&c, days, &rows, &|s| s.len());
        assert_eq!(svg.matches("<circle class=\"pt").count(), 6);
        for r in &rows {
            assert!(svg.contains(&format!("data-row=\"{r}\"")), "{r}");
        }
        // The superseded figure is faded, the copy hollow, the latest ringed once.
        assert!(svg.contains("class=\"pt sup c1\""));
        assert!(svg.contains("class=\"pt copy c1\""));
        assert_eq!(svg.matches("class=\"ring\"").count(), 1);
        assert!(svg.contains("C · 2021-08-29 · 11 · latest"));
        assert!(svg.contains("A · 2021-08-26 · 4 (at_least)"));
        assert!(svg.contains(">n.d.<"));
        assert!(svg.contains("<rect class=\"band\""));
        assert!(svg.contains("26 Aug") && svg.contains("29 Aug 2021"));
        // No source reported on two days: no trail.
        assert!(!svg.contains("<polyline"));
    }

    #[test]
    fn a_source_that_reported_on_several_days_gets_a_trail_of_its_largest_figures() {
        let c = json!({"reports": [
            {"doc": "a1", "source": "A", "as_of": "2021-08-26", "value": 4},
            {"doc": "a1", "source": "A", "as_of": "2021-08-26", "value": 2},
            {"doc": "a2", "source": "A", "as_of": "2021-08-28", "value": 9},
            {"doc": "b", "source": "B", "as_of": "2021-08-28", "value": 3},
            {"doc": "b", "source": "B", "as_of": "2021-08-28", "value": 1}]});
        let days = Days {
            first: Date::new(2021, 8, 26).unwrap().to_days(),
            last: Date::new(2021, 8, 28).unwrap().to_days(),
            undated: false,
        };
        let rows: Vec<String> = (0..5).map(|i| format!("r{i}")).collect();
        let svg = svg(&c, days, &rows, &|s| usize::from(s == "B"));
        assert_eq!(svg.matches("<polyline").count(), 1, "{svg}");
        let trail = svg.split("<polyline class=\"trail c0\" points=\"").nth(1).unwrap();
        assert_eq!(trail.split('"').next().unwrap().split(' ').count(), 2);
    }

    #[test]
    fn text_from_the_reports_is_escaped() {
        let c = json!({"reports": [{"doc": "x", "source": "<b>&\"", "as_of": "2020-01-01", "value": 1}]});
        let days = Days { first: 0, last: 0, undated: false };
        let svg = svg(&c, days, &["r0".into()], &|_| 0);
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("&lt;b&gt;&amp;&quot;"));
    }
}
