//! `--format html`: a single self-contained page (inline CSS, JavaScript
//! and SVG; a Content-Security-Policy that forbids every network request).
//!
//! The incidents in time order, as the view writes them. On top: a map
//! with a dot per incident, an index table, a filter. For each incident:
//! its dates, place, kind, actors and sources, the sentence that tells
//! it, a chart per claim (see [`super::chart`]) and a table of every
//! report with its sentence; a click on a point of a chart shows the
//! sentence behind that figure. The page, the stylesheet and the script
//! are the asset files of `src/render/assets/`.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write;

use kz_shared::Result;
use serde_json::Value;

use super::acled::telling_sentence;
use super::chart::{self, Days};
use super::fields::{country_name, figure, flag, list, lon_lat, num, place, report_value, strings, text};
use super::map::{self, Dot};
use super::regions::admin1;
use super::tolls::{total, Toll};
use crate::civil::Date;

const PAGE: &str = include_str!("assets/report.html");
const CSS: &str = include_str!("assets/report.css");
const JS: &str = include_str!("assets/report.js");

/// Escape text for HTML content and attribute values.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Write the template with each `{{name}}` replaced by its value (values
/// are not scanned again).
fn fill(template: &str, values: &[(&str, &str)], out: &mut dyn Write) -> std::io::Result<()> {
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.write_all(&rest.as_bytes()[..open])?;
        let after = &rest[open + 2..];
        match after
            .find("}}")
            .and_then(|close| values.iter().find(|v| v.0 == &after[..close]).map(|v| (close, v.1)))
        {
            Some((close, value)) => {
                out.write_all(value.as_bytes())?;
                rest = &after[close + 2..];
            }
            None => {
                out.write_all(b"{{")?;
                rest = after;
            }
        }
    }
    out.write_all(rest.as_bytes())
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month(m: u8) -> &'static str {
    MONTHS[usize::from(m.clamp(1, 12)) - 1]
}

/// Dates as a reader wants them: "26–29 Aug 2021", "30 Dec 2021 – 2 Jan
/// 2022", "Mar 2019", "2011", "13 Mar (year unknown)", "undated".
pub(crate) fn dates(start: Option<&str>, end: Option<&str>) -> String {
    let Some(start) = start else { return "undated".into() };
    let day = |s: &str| Date::parse_iso(s).filter(|_| s.len() == 10);
    if let Some(a) = day(start) {
        let b = end.and_then(day).filter(|b| *b > a);
        return match b {
            None => format!("{} {} {}", a.day, month(a.month), a.year),
            Some(b) if (a.year, a.month) == (b.year, b.month) => {
                format!("{}–{} {} {}", a.day, b.day, month(a.month), a.year)
            }
            Some(b) if a.year == b.year => {
                format!("{} {} – {} {} {}", a.day, month(a.month), b.day, month(b.month), a.year)
            }
            Some(b) => {
                format!("{} {} {} – {} {} {}", a.day, month(a.month), a.year, b.day, month(b.month), b.year)
            }
        };
    }
    let parts: Vec<&str> = start.split('-').collect();
    match parts.as_slice() {
        ["XXXX", m, d] => match (m.parse::<u8>(), d.parse::<u8>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} (year unknown)", month(m)),
            _ => start.to_string(),
        },
        ["XXXX", m] => match m.parse::<u8>() {
            Ok(m @ 1..=12) => format!("{} (year unknown)", month(m)),
            _ => start.to_string(),
        },
        [y, m] if y.len() == 4 && m.len() == 2 => match m.parse::<u8>() {
            Ok(m @ 1..=12) => format!("{} {y}", month(m)),
            _ => start.to_string(),
        },
        _ => start.to_string(),
    }
}

/// The CSS class of an ACLED event type (its colour on the map).
fn type_class(event_type: Option<&str>) -> &'static str {
    match event_type {
        Some("Explosions/Remote violence") => "t-explosions",
        Some("Battles") => "t-battles",
        Some("Violence against civilians") => "t-violence",
        Some("Riots") => "t-riots",
        Some("Protests") => "t-protests",
        Some("Strategic developments") => "t-strategic",
        _ => "t-other",
    }
}

/// The order claims are shown in: killed, injured, detained, missing, then
/// the rest; the total (people) before its classes.
fn claim_rank(c: &Value) -> (u8, u8) {
    let event = match text(c, "event") {
        Some("killed") => 0,
        Some("injured") => 1,
        Some("detained") => 2,
        Some("missing") => 3,
        _ => 4,
    };
    (event, u8::from(text(c, "who_class") != Some("people")))
}

/// The events that get a chart: tolls. Other counts (people involved,
/// evacuated) get a line of text.
fn is_toll(event: &str) -> bool {
    matches!(event, "killed" | "injured" | "detained" | "missing")
}

fn who(c: &Value) -> String {
    text(c, "who_class").unwrap_or("").replace('_', " ")
}

fn toll_cell(t: Option<Toll>) -> String {
    match t.and_then(|t| t.best.map(|b| (b, t))) {
        None => String::new(),
        Some((b, t)) if t.conflict => {
            format!("{}<span class=\"warn\" title=\"sources disagree\">*</span>", figure(b))
        }
        Some((b, _)) => figure(b),
    }
}

/// The report, built an incident at a time: each card is written as its
/// incident comes, and only what the top of the page needs is kept.
#[derive(Default)]
pub struct Page {
    incidents: usize,
    /// Rows of the reports' tables so far (their ids are r0, r1, …).
    rows: usize,
    index: String,
    cards: String,
    dots: Vec<Dot>,
    docs: HashSet<String>,
    sources: HashSet<String>,
    first: Option<String>,
    last: Option<String>,
}

impl Page {
    pub fn new() -> Page {
        Page::default()
    }

    /// Add an incident (an incident record as JSON).
    pub fn add(&mut self, inc: &Value) {
        self.incidents += 1;
        card(inc, self);
    }

    /// Write the page.
    pub fn finish(mut self, out: &mut dyn Write) -> Result<()> {
        let n = self.incidents;
        let placed = self.dots.len();
        let (map_svg, outside) = map::svg(std::mem::take(&mut self.dots));
        let span = match (&self.first, &self.last) {
            (Some(a), Some(b)) if a != b => format!(", {} to {}", esc(a), esc(b)),
            (Some(a), _) => format!(", {}", esc(a)),
            _ => String::new(),
        };
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let summary = format!(
            "{n} incident{} from {} document{} by {} source{}{span}.",
            plural(n),
            self.docs.len(),
            plural(self.docs.len()),
            self.sources.len(),
            plural(self.sources.len()),
        );
        let shown = placed - outside;
        let mut caption = format!("{shown} of {n} incidents on the map");
        if n > shown {
            let _ = write!(caption, " ({} without coordinates or outside it)", n - shown);
        }
        caption.push_str(". Dot size: people killed (best estimate). Click a dot for its incident.");
        fill(
            PAGE,
            &[
                ("css", CSS),
                ("js", JS),
                ("defs", &chart::grid()),
                ("summary", &summary),
                ("shown", &n.to_string()),
                ("map", &map_svg),
                ("map_caption", &caption),
                ("index", &self.index),
                ("cards", &self.cards),
            ],
            out,
        )?;
        Ok(())
    }
}

/// Write the report of `incidents` (incident records as JSON).
pub fn write(incidents: &[Value], out: &mut dyn Write) -> Result<()> {
    let mut page = Page::new();
    for inc in incidents {
        page.add(inc);
    }
    page.finish(out)
}

fn card(inc: &Value, page: &mut Page) {
    let id = text(inc, "incident").unwrap_or("incident");
    let start = text(inc, "start");
    let when = dates(start, text(inc, "end"));
    if start.is_some_and(|s| !s.starts_with("XXXX")) {
        if page.first.is_none() {
            page.first = Some(dates(start, None));
        }
        page.last = Some(dates(text(inc, "end").or(start), None));
    }
    let place_obj = place(inc);
    let place_name = place_obj.and_then(|p| p.get("name")).and_then(Value::as_str);
    let country = text(inc, "country").map(country_name);
    let region = place_obj.and_then(admin1).map(|r| r.0);
    let where_ = match (place_name, &region, country) {
        (Some(p), Some(r), Some(c)) if r != p => format!("{p}, {r}, {c}"),
        (Some(p), _, Some(c)) => format!("{p}, {c}"),
        (Some(p), _, None) => p.to_string(),
        (None, _, Some(c)) => format!("somewhere in {c}"),
        (None, _, None) => "place unknown".to_string(),
    };
    let event_type = text(inc, "event_type");
    let kind = match (event_type, text(inc, "sub_event_type")) {
        (Some(t), Some(s)) => format!("{t} · {s}"),
        (Some(t), None) => t.to_string(),
        _ if text(inc, "event_type_rule") == Some("accident") => "accident (no ACLED type)".to_string(),
        _ => "kind not known".to_string(),
    };
    let docs = strings(inc, "docs");
    let mentioned = strings(inc, "mentioned_in");
    let sources = strings(inc, "sources");
    for d in docs.iter().chain(&mentioned) {
        if !page.docs.contains(*d) {
            page.docs.insert(d.to_string());
        }
    }
    for s in &sources {
        if !page.sources.contains(*s) {
            page.sources.insert(s.to_string());
        }
    }
    let mut claims: Vec<&Value> = list(inc, "claims").iter().collect();
    claims.sort_by_key(|c| claim_rank(c));
    let conflict = claims.iter().any(|c| flag(c, "conflict"));
    let killed = total(inc, "killed");
    // Map and index.
    if let Some((lon, lat)) = place_obj.and_then(lon_lat) {
        let k = killed.and_then(|t| t.best).unwrap_or(0.0);
        page.dots.push(Dot {
            id: id.to_string(),
            lon: lon.as_f64().unwrap_or(0.0),
            lat: lat.as_f64().unwrap_or(0.0),
            radius: 3.5 + 1.6 * k.max(0.0).sqrt(),
            class: type_class(event_type),
            title: format!(
                "{} · {when} · {kind}{}",
                place_name.unwrap_or(""),
                if k > 0.0 { format!(" · killed {}", figure(k)) } else { String::new() }
            ),
            place: place_name.unwrap_or("").to_string(),
        });
    }
    let _ = write!(
        page.index,
        "<tr data-for=\"{eid}\"><td>{}</td><td><a href=\"#{eid}\">{}</a></td><td><span class=\"sw {}\"></span>{}</td>\
         <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
        esc(&when),
        esc(place_name.or(country).unwrap_or("?")),
        type_class(event_type),
        esc(event_type.unwrap_or("")),
        toll_cell(killed),
        toll_cell(total(inc, "injured")),
        toll_cell(total(inc, "detained")),
        eid = esc(id),
    );
    // The card.
    let search = [id, place_name.unwrap_or(""), region.as_deref().unwrap_or(""), &kind, &when]
        .into_iter()
        .chain(sources.iter().copied())
        .chain(docs.iter().copied())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut card = String::new();
    let c = &mut card;
    let _ = write!(
        c,
        "<article class=\"incident\" id=\"{eid}\" data-search=\"{}\"{}>\n<h2><span class=\"sw {}\"></span>{} <span class=\"when\">{}</span>{}</h2>\n",
        esc(&search),
        if conflict { " data-conflict=\"\"" } else { "" },
        type_class(event_type),
        esc(&where_),
        esc(&when),
        if conflict { " <span class=\"conflict\" title=\"the current figures of some toll differ between sources\">sources disagree</span>" } else { "" },
        eid = esc(id),
    );
    let actors: Vec<String> = list(inc, "actors").iter().filter_map(|a| text(a, "name")).map(esc).collect();
    let _ = write!(c, "<p class=\"meta\"><span class=\"kind\">{}</span>", esc(&kind));
    if !actors.is_empty() {
        let _ = write!(c, " · {}", actors.join(", "));
    }
    let _ = write!(c, "<br>");
    if !docs.is_empty() {
        let _ = write!(c, "{} report{}", docs.len(), if docs.len() == 1 { "" } else { "s" });
        if !sources.is_empty() {
            let _ = write!(c, " by {}", esc(&sources.join(", ")));
        }
    }
    if !mentioned.is_empty() {
        let _ = write!(
            c,
            "{}mentioned in the background of {}",
            if docs.is_empty() { "" } else { "; " },
            esc(&mentioned.join(", "))
        );
    }
    let _ = writeln!(c, " · <code>{}</code></p>", esc(id));
    if let Some(s) = telling_sentence(inc) {
        let _ = writeln!(c, "<p class=\"lede\">{}</p>", esc(s));
    }
    // Colours: one per source of the incident, in order of appearance.
    let mut palette: Vec<String> = Vec::new();
    for cl in &claims {
        for r in list(cl, "reports") {
            let s = text(r, "source").or(text(r, "doc")).unwrap_or("").to_string();
            if !palette.contains(&s) {
                palette.push(s);
            }
        }
    }
    let colour = |s: &str| palette.iter().position(|p| p == s).unwrap_or(0) % 8;
    // Rows of the reports table, numbered across claims.
    let mut rows = String::new();
    let mut k = 0;
    let mut others: Vec<String> = Vec::new();
    if !claims.is_empty() {
        let days = Days::of(inc).unwrap_or(Days { first: 0, last: 0, undated: true });
        let _ = writeln!(c, "<div class=\"claims\">");
        for cl in &claims {
            let reports = list(cl, "reports");
            let ids: Vec<String> = (page.rows..page.rows + reports.len()).map(|i| format!("r{i}")).collect();
            page.rows += reports.len();
            let event = text(cl, "event").unwrap_or("");
            let t = super::tolls::of_claim(cl);
            let mut cap = format!("<b>{}</b> <span class=\"who\">{}</span> ", esc(event), esc(&who(cl)));
            if let Some(b) = t.best {
                let _ = write!(cap, "best <b>{}</b>", figure(b));
                if t.low != t.high {
                    let _ = write!(
                        cap,
                        " <span class=\"range\">({}–{})</span>",
                        t.low.map(figure).unwrap_or_default(),
                        t.high.map(figure).unwrap_or_default()
                    );
                }
            }
            if let Some(l) = cl.get("latest").filter(|l| l.is_object()) {
                if let (Some(v), Some(d)) = (num(l, "value"), text(l, "as_of")) {
                    let src = text(l, "source").or(text(l, "doc")).unwrap_or("");
                    let _ = write!(
                        cap,
                        " · latest {} on {} ({})",
                        figure(v),
                        esc(&dates(Some(d), None)),
                        esc(src)
                    );
                }
            }
            if t.rising {
                cap.push_str(" · <span class=\"rose\">rose over days</span>");
            }
            if t.conflict {
                cap.push_str(" <span class=\"conflict\" title=\"the current figures differ between sources\">disputed</span>");
            }
            if is_toll(event) {
                let _ = writeln!(
                    c,
                    "<figure class=\"claim{}\">{}<figcaption>{cap}</figcaption><p class=\"said\" hidden></p></figure>",
                    if t.conflict { " disputed" } else { "" },
                    chart::svg(cl, days, &ids, &colour),
                );
            } else {
                others.push(cap);
            }
            for (r, rid) in reports.iter().zip(&ids) {
                report_row(&mut rows, r, rid, event, &who(cl));
            }
            k += reports.len();
        }
        let _ = writeln!(c, "</div>");
        if !others.is_empty() {
            let _ = writeln!(c, "<p class=\"others\">Other figures: {}</p>", others.join("; "));
        }
        let legend: Vec<String> = palette
            .iter()
            .enumerate()
            .map(|(i, s)| format!("<span class=\"key c{}\"></span>{}", i % 8, esc(s)))
            .collect();
        let _ = writeln!(c, "<p class=\"sources\">{}</p>", legend.join(" "));
        let _ = write!(
            c,
            "<details class=\"reports\"><summary>The {k} reported figure{} and their sentences</summary>\n\
             <table><thead><tr><th>Claim</th><th>Source</th><th>Published</th><th>Figure</th><th>Note</th><th>Sentence</th></tr></thead><tbody>\n{rows}</tbody></table></details>\n",
            if k == 1 { "" } else { "s" }
        );
    } else {
        let _ = writeln!(c, "<p class=\"none\">No casualty or detention figure.</p>");
    }
    c.push_str("</article>\n");
    page.cards.push_str(&card);
}

fn report_row(rows: &mut String, r: &Value, rid: &str, event: &str, who: &str) {
    let source = text(r, "source").or(text(r, "doc")).unwrap_or("");
    let published = text(r, "as_of").map(|d| dates(Some(d), None)).unwrap_or_else(|| "no date".into());
    let mut value = report_value(r).map(figure).unwrap_or_else(|| "?".into());
    if let Some(q) = text(r, "qualifier").filter(|q| *q != "exact") {
        let _ = write!(value, " <span class=\"q\">{}</span>", esc(&q.replace('_', " ")));
    }
    let mut notes: Vec<String> = Vec::new();
    if flag(r, "superseded") {
        notes.push("superseded".into());
    }
    if let Some(of) = r.get("copy_of").filter(|c| !c.is_null()) {
        notes.push(format!("copy of {}", text(of, "doc").unwrap_or("another report")));
    }
    if flag(r, "subtotal") {
        notes.push("part of a total".into());
    }
    if flag(r, "additional") {
        notes.push("adds to a figure".into());
    }
    if flag(r, "partial") {
        notes.push("one site".into());
    }
    if flag(r, "background") {
        notes.push("background".into());
    }
    // End tags of cells and rows are left out, as HTML allows: a large
    // report has tens of thousands of rows.
    let _ = writeln!(
        rows,
        "<tr id=\"{}\"{}><td>{} {}<td class=\"src\">{}<td class=\"pub\">{}<td class=\"n\">{value}<td>{}<td class=\"sent\">{}",
        esc(rid),
        if flag(r, "superseded") || r.get("copy_of").is_some_and(|c| !c.is_null()) { " class=\"faded\"" } else { "" },
        esc(event),
        esc(who),
        esc(source),
        esc(&published),
        esc(&notes.join(", ")),
        esc(text(r, "text").unwrap_or("")),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dates_read_as_a_person_writes_them() {
        assert_eq!(dates(Some("2021-08-26"), Some("2021-08-29")), "26–29 Aug 2021");
        assert_eq!(dates(Some("2021-08-26"), Some("2021-08-26")), "26 Aug 2021");
        assert_eq!(dates(Some("2021-12-30"), Some("2022-01-02")), "30 Dec 2021 – 2 Jan 2022");
        assert_eq!(dates(Some("2021-08-30"), Some("2021-09-02")), "30 Aug – 2 Sep 2021");
        assert_eq!(dates(Some("2019-03"), Some("2019-03")), "Mar 2019");
        assert_eq!(dates(Some("XXXX-03-13"), None), "13 Mar (year unknown)");
        assert_eq!(dates(Some("2011"), Some("2011")), "2011");
        assert_eq!(dates(None, None), "undated");
    }

    #[test]
    fn the_template_is_filled_once() {
        let mut out = Vec::new();
        fill("a{{x}}b{{y}}c{{z}}", &[("x", "{{y}}"), ("y", "2")], &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a{{y}}b2c{{z}}");
    }

    fn incident() -> Value {
        json!({"incident": "aral-2020-02-03", "start": "2020-02-03", "end": "2020-02-04",
               "place": {"name": "Aral", "id": "geonames:1521293", "lat": 46.8, "lon": 61.66},
               "country": "KZ", "event_type": "Riots", "sub_event_type": "Mob violence",
               "actors": [{"name": "Rioters (Kazakhstan)", "inter": 5}],
               "docs": ["one", "two"], "sources": ["First <Outlet>", "Second"],
               "events": [{"doc": "one", "text": "A crowd set cars alight & threw stones.", "dated_by": "text"}],
               "claims": [{"event": "injured", "who_class": "people", "low": 3, "best": 3, "high": 6,
                           "conflict": true, "rising": false,
                           "latest": {"value": 6, "as_of": "2020-02-04", "doc": "two", "source": "Second"},
                           "reports": [
                             {"doc": "one", "source": "First <Outlet>", "as_of": "2020-02-03", "value": 3, "qualifier": "exact", "text": "Three were hurt."},
                             {"doc": "two", "source": "Second", "as_of": "2020-02-04", "value": 6, "qualifier": "at_least", "text": "At least six were hurt."}]}]})
    }

    #[test]
    fn a_page_holds_each_incident_its_charts_and_sentences_and_nothing_from_outside() {
        let mut out = Vec::new();
        write(&[incident()], &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<article class=\"incident\" id=\"aral-2020-02-03\""));
        assert!(html.contains("3–4 Feb 2020"));
        assert!(html.contains("data-conflict"));
        assert!(html.contains("A crowd set cars alight &amp; threw stones."));
        assert!(html.contains("First &lt;Outlet&gt;"));
        assert!(html.contains("<tr id=\"r1\""));
        assert!(html.contains("data-row=\"r1\""));
        assert!(html.contains("At least six were hurt."));
        assert!(html.contains("href=\"#aral-2020-02-03\""));
        assert!(html.contains("Natural Earth"));
        // Nothing is fetched: no URL but the page's own anchors.
        for bad in ["http://", "https://", "src=", "@import", "url("] {
            assert!(!html.contains(bad), "{bad}");
        }
        assert!(html.contains("Content-Security-Policy"));
        assert!(!html.contains("{{"), "a placeholder was left");
    }

    #[test]
    fn an_empty_run_is_still_a_page() {
        let mut out = Vec::new();
        write(&[], &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains("0 incidents"));
        assert!(html.trim_end().ends_with("</html>"));
    }
}
