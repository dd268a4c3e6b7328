//! `--format geojson|html`, `--format csv --schema acled|ged` and `--from
//! incidents`, run as a user runs them, on two invented reports of one
//! incident and a report of another with no place.

use assert_cmd::Command;
use serde_json::{json, Value};

fn tool() -> Command {
    Command::cargo_bin("kz-timeline").unwrap()
}

/// Sentence records as kz-split | kz-entities | kz-numbers give them.
fn sentences() -> String {
    let aktau = json!({"text": "Aktau", "type": "GPE", "name": "Aktau", "start": 0, "end": 5,
                       "id": "geonames:610612", "country": "KZ", "lat": 43.66105, "lon": 51.17392});
    let killed = |n: u32, text: &str| {
        json!([{"text": text, "start": 0, "end": text.len(), "value": n, "low": null, "high": null,
                "qualifier": "exact", "kind": "count", "unit": null, "event": "killed",
                "who": "people", "who_class": "people", "part_of": null}])
    };
    let recs = [
        json!({"doc": "gulf-news", "published": "2023-05-09", "source": "Gulf News", "para": 1, "sent": 0,
               "text": "Aktau: a gas cylinder blew up in a market on Monday, killing three traders.",
               "entities": [aktau], "numbers": killed(3, "three")}),
        json!({"doc": "caspian-post", "published": "2023-05-10", "source": "Caspian Post", "para": 1, "sent": 0,
               "text": "Aktau: the blast in the market on Monday killed five people, officials said on Tuesday.",
               "entities": [aktau], "numbers": killed(5, "five")}),
        json!({"doc": "rumour", "published": "2023-06-02", "source": "Rumour Mill", "para": 1, "sent": 0,
               "text": "Two guards were killed on Friday, a blogger wrote.",
               "entities": [], "numbers": killed(2, "Two")}),
    ];
    recs.iter().map(|r| r.to_string() + "\n").collect()
}

fn run(args: &[&str]) -> (String, String) {
    let out = tool().args(args).write_stdin(sentences()).assert().success();
    let o = out.get_output();
    (String::from_utf8(o.stdout.clone()).unwrap(), String::from_utf8(o.stderr.clone()).unwrap())
}

#[test]
fn geojson_has_a_point_per_placed_incident_and_counts_the_others() {
    let (out, err) = run(&["--format", "geojson"]);
    let fc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert_eq!(features.len(), 1, "{out}");
    assert_eq!(features[0]["geometry"], json!({"type": "Point", "coordinates": [51.17392, 43.66105]}));
    let p = &features[0]["properties"];
    assert_eq!(p["place"], "Aktau");
    assert_eq!(p["admin1"], "Mangystau Region");
    assert_eq!(p["killed_latest"], 5);
    assert_eq!(p["sources"], 2);
    assert!(err.contains("1 incident without coordinates left out of the GeoJSON (1 written)"), "{err}");
}

#[test]
fn date_view_geojson_is_a_multipoint_per_placed_date() {
    let (out, _) = run(&["--by", "date", "--format", "geojson"]);
    let fc: Value = serde_json::from_str(&out).unwrap();
    let features = fc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    assert!(features.iter().all(|f| f["geometry"]["type"] == "MultiPoint"));
    assert!(features.iter().any(|f| f["properties"]["date"] == "2023-05-08"), "{out}");
}

#[test]
fn acled_and_ged_layouts_have_one_row_per_incident() {
    let (acled, _) = run(&["--format", "csv", "--schema", "acled"]);
    let rows: Vec<&str> = acled.lines().collect();
    assert!(rows[0].starts_with("event_id_cnty,event_date,time_precision,event_type,"));
    assert!(rows[0].ends_with(",source,notes,fatalities"));
    let market = rows.iter().find(|r| r.contains("Aktau")).unwrap();
    assert!(market.contains(",Mangystau Region,,Aktau,43.66105,51.17392,"), "{market}");
    assert!(market.contains("Gulf News; Caspian Post"));
    let (ged, _) = run(&["--format", "csv", "--schema", "ged"]);
    let rows: Vec<&str> = ged.lines().collect();
    assert_eq!(rows.len(), 3, "{ged}");
    assert!(rows[0].starts_with("relid,date_start,date_end,date_prec,where_prec,adm_1,adm_2,"));
}

#[test]
fn html_is_one_page_with_every_incident() {
    let (out, _) = run(&["--format", "html"]);
    assert!(out.starts_with("<!DOCTYPE html>") && out.trim_end().ends_with("</html>"));
    assert_eq!(out.matches("<article class=\"incident\"").count(), 2);
    assert!(out.contains("the blast in the market on Monday killed five people"));
}

#[test]
fn saved_incidents_render_as_a_fresh_run_does() {
    let (incidents, _) = run(&[]);
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("incidents.jsonl");
    std::fs::write(&saved, &incidents).unwrap();
    for args in
        [vec!["--format", "geojson"], vec!["--format", "html"], vec!["--format", "csv", "--schema", "ged"]]
    {
        let (fresh, _) = run(&args);
        let mut again = vec!["--from", "incidents", saved.to_str().unwrap()];
        again.extend(&args);
        let out = tool().args(&again).assert().success();
        assert_eq!(String::from_utf8(out.get_output().stdout.clone()).unwrap(), fresh, "{args:?}");
    }
    // --drop-undated applies to saved incidents too.
    let mut undated = incidents.clone();
    undated.push_str(&json!({"incident": "x-undated", "start": null, "claims": []}).to_string());
    std::fs::write(&saved, &undated).unwrap();
    let out = tool()
        .args([
            "--from",
            "incidents",
            saved.to_str().unwrap(),
            "--format",
            "csv",
            "--schema",
            "acled",
            "--drop-undated",
        ])
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("x-undated"));
}

#[test]
fn sentences_given_as_incidents_stop_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sentences.jsonl");
    std::fs::write(&file, sentences()).unwrap();
    let out =
        tool().args(["--from", "incidents", file.to_str().unwrap(), "--format", "html"]).assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("sentences.jsonl:1: not an incident record"), "{err}");
}

#[test]
fn options_that_do_not_go_together_are_usage_errors() {
    for args in [
        vec!["--format", "jsonl", "--schema", "acled"],
        vec!["--format", "geojson", "--schema", "ged"],
        vec!["--by", "date", "--format", "html"],
        vec!["--by", "date", "--format", "csv", "--schema", "acled"],
        vec!["--from", "incidents"],
        vec!["--from", "incidents", "--format", "md"],
        vec!["--from", "incidents", "--by", "date", "--format", "geojson"],
        vec!["--annotate", "--format", "html"],
    ] {
        let out = tool().args(&args).write_stdin(sentences()).assert().code(2);
        assert!(!out.get_output().stderr.is_empty(), "{args:?}");
    }
}
