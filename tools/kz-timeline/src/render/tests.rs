//! The renderer fed through [`Lines`], as the command line does.

use std::io::Write;

use serde_json::json;

use super::{Kind, Lines, Renderer, View};

#[test]
fn lines_written_in_pieces_are_rendered_whole() {
    let mut r = Renderer::new(Kind::Acled, View::Incident);
    let mut out = Vec::new();
    {
        let mut lines = Lines::new(&mut r, &mut out);
        let one = json!({"incident": "a-2020-01-01", "start": "2020-01-01", "claims": []}).to_string() + "\n";
        let two = json!({"incident": "b-2020-01-02", "start": "2020-01-02", "claims": []}).to_string();
        let (x, y) = one.split_at(10);
        lines.write_all(x.as_bytes()).unwrap();
        lines.write_all(y.as_bytes()).unwrap();
        // The last line without its newline is rendered on finish.
        lines.write_all(two.as_bytes()).unwrap();
        lines.finish().unwrap();
    }
    r.finish(&mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows.len(), 3, "{text}");
    assert!(rows[0].starts_with("event_id_cnty,event_date,"));
    assert!(rows[1].starts_with("a-2020-01-01,2020-01-01,"));
    assert!(rows[2].starts_with("b-2020-01-02,2020-01-02,"));
}

#[test]
fn a_bad_line_stops_the_writer_with_its_error() {
    let mut r = Renderer::new(Kind::Ged, View::Incident);
    let mut out = Vec::new();
    let mut lines = Lines::new(&mut r, &mut out);
    assert!(lines.write_all(b"{\"date\":\"2020\",\"claims\":[]}\n").is_err());
    let err = lines.finish().unwrap_err();
    assert!(err.to_string().contains("not an incident record"), "{err}");
}

#[test]
fn only_geojson_renders_date_entries() {
    assert!(Kind::Geojson.supports(View::Date));
    for k in [Kind::Acled, Kind::Ged, Kind::Html] {
        assert!(!k.supports(View::Date) && k.supports(View::Incident));
    }
}

#[test]
fn a_csv_layout_without_incidents_is_its_header() {
    for (kind, first) in [(Kind::Acled, "event_id_cnty,"), (Kind::Ged, "relid,")] {
        let mut out = Vec::new();
        Renderer::new(kind, View::Incident).finish(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 1);
        assert!(text.starts_with(first), "{text}");
    }
}
