//! The renderings of the example articles' incidents: the ACLED and GED
//! CSVs read back with the csv crate, the GeoJSON checked against RFC 7946,
//! the report self-contained, and the README's jq recipe for the places of
//! a corpus. The incident records come from the built pipeline; the
//! renderers are called as `--format` calls them (on those records' JSON).

use kz_tests::{pipeline, records, repo_root};
use kz_timeline::render::{Kind, Renderer, View};
use serde_json::{Map, Value};

fn examples() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files
}

/// The sentence records of the examples (kz-split | kz-entities | kz-numbers).
fn sentences() -> String {
    let files = examples();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    pipeline(&[("kz-split", &files), ("kz-entities", &[]), ("kz-numbers", &[])], b"").stdout
}

fn view(args: &[&str]) -> (String, Vec<Map<String, Value>>) {
    let s = sentences();
    let out = kz_tests::run("kz-timeline", args, s.as_bytes());
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let recs = records(&out.stdout);
    (s, recs)
}

fn render(kind: Kind, view: View, recs: &[Map<String, Value>], observed: &str) -> String {
    let mut r = Renderer::new(kind, view);
    for line in observed.lines() {
        r.observe(&line.parse().unwrap());
    }
    let mut out = Vec::new();
    for rec in recs {
        r.record(Value::Object(rec.clone()), &mut out).unwrap();
    }
    r.finish(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn incident<'a>(recs: &'a [Map<String, Value>], prefix: &str) -> &'a Map<String, Value> {
    recs.iter()
        .find(|r| r["incident"].as_str().is_some_and(|i| i.starts_with(prefix)))
        .unwrap_or_else(|| panic!("no incident {prefix}*"))
}

fn claim<'a>(inc: &'a Map<String, Value>, event: &str, who: &str) -> &'a Value {
    inc["claims"].as_array().unwrap().iter().find(|c| c["event"] == event && c["who_class"] == who).unwrap()
}

fn read_csv(text: &str) -> (Vec<String>, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader.records().map(Result::unwrap).collect();
    (header, rows)
}

fn cell<'a>(header: &[String], row: &'a csv::StringRecord, name: &str) -> &'a str {
    &row[header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"))]
}

fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

#[test]
fn the_acled_csv_of_the_examples_reads_back_as_their_incidents() {
    let (_, recs) = view(&["--by", "incident"]);
    let (header, rows) = read_csv(&render(Kind::Acled, View::Incident, &recs, ""));
    assert_eq!(
        header,
        [
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
            "fatalities"
        ]
    );
    assert_eq!(rows.len(), recs.len());
    for (rec, row) in recs.iter().zip(&rows) {
        assert_eq!(cell(&header, row, "event_id_cnty"), rec["incident"]);
        assert_eq!(cell(&header, row, "event_type"), rec["event_type"].as_str().unwrap_or(""));
        if let Some(place) = rec["place"].as_object() {
            assert_eq!(cell(&header, row, "location"), place["name"]);
            if let Some(lat) = place["lat"].as_f64() {
                assert_eq!(num(cell(&header, row, "latitude")), lat);
                assert_eq!(num(cell(&header, row, "longitude")), place["lon"].as_f64().unwrap());
            }
        }
    }
    // The Taraz bombing: a toll that rose from four to eleven over four days,
    // on which the latest reports agree, counts eleven; the wire copy is no
    // fifth source.
    let taraz = incident(&recs, "taraz-2021-08");
    let row = rows.iter().find(|r| cell(&header, r, "event_id_cnty") == taraz["incident"]).unwrap();
    let killed = claim(taraz, "killed", "people");
    assert_eq!(killed["latest"]["value"], 11);
    assert_eq!(num(cell(&header, row, "fatalities")), 11.0);
    assert_eq!(cell(&header, row, "event_date"), taraz["start"]);
    assert_eq!(cell(&header, row, "time_precision"), taraz["time_precision"].to_string());
    assert_eq!(cell(&header, row, "geo_precision"), taraz["geo_precision"].to_string());
    assert_eq!(cell(&header, row, "country"), "Kazakhstan");
    assert_eq!(cell(&header, row, "admin1"), "Jambyl Region");
    assert_eq!(cell(&header, row, "admin2"), "");
    let sources: Vec<&str> = cell(&header, row, "source").split("; ").collect();
    let expected: Vec<&str> =
        taraz["sources"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
    assert_eq!(sources, expected);
    assert!(cell(&header, row, "notes").contains("Taraz"));
    // The Shymkent attack, on whose toll the outlets disagree: ACLED's most
    // conservative figure, the smaller one.
    let shymkent = incident(&recs, "shymkent-2019-03");
    let row = rows.iter().find(|r| cell(&header, r, "event_id_cnty") == shymkent["incident"]).unwrap();
    let killed = claim(shymkent, "killed", "people");
    assert_eq!(killed["conflict"], true);
    assert_eq!(num(cell(&header, row, "fatalities")), killed["low"].as_f64().unwrap());
    assert_eq!(cell(&header, row, "admin1"), "Shymkent");
}

#[test]
fn the_ged_csv_of_the_examples_reads_back_as_their_incidents() {
    let (_, recs) = view(&["--by", "incident"]);
    let (header, rows) = read_csv(&render(Kind::Ged, View::Incident, &recs, ""));
    assert_eq!(
        header,
        [
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
            "source_article"
        ]
    );
    assert_eq!(rows.len(), recs.len());
    let shymkent = incident(&recs, "shymkent-2019-03");
    let row = rows.iter().find(|r| cell(&header, r, "relid") == shymkent["incident"]).unwrap();
    assert_eq!(cell(&header, row, "date_start"), shymkent["start"]);
    assert_eq!(cell(&header, row, "date_end"), shymkent["end"]);
    assert_eq!(cell(&header, row, "date_prec"), shymkent["date_prec"].to_string());
    assert_eq!(cell(&header, row, "where_prec"), shymkent["where_prec"].to_string());
    let killed = claim(shymkent, "killed", "people");
    for k in ["best", "low", "high"] {
        assert_eq!(num(cell(&header, row, k)), killed[k].as_f64().unwrap(), "{k}");
    }
    // "Among the dead were two police officers and a bus driver."
    let side = |who: &str| claim(shymkent, "killed", who)["best"].as_f64().unwrap();
    assert_eq!(num(cell(&header, row, "deaths_a")), side("security_forces"));
    assert_eq!(num(cell(&header, row, "deaths_b")), side("militants"));
    assert_eq!(num(cell(&header, row, "deaths_civilians")), side("civilians"));
    assert!(num(cell(&header, row, "deaths_unknown")) >= 0.0);
    for doc in shymkent["docs"].as_array().unwrap() {
        assert!(cell(&header, row, "source_article").contains(doc.as_str().unwrap()), "{doc}");
    }
}

/// RFC 7946 checks of one feature: (type, geometry, coordinates order and
/// ranges, properties).
fn check_feature(f: &Value) -> Vec<(f64, f64)> {
    let f = f.as_object().expect("a feature is an object");
    assert_eq!(f["type"], "Feature");
    assert!(!f.contains_key("crs"), "RFC 7946 has no crs");
    if let Some(id) = f.get("id") {
        assert!(id.is_string() || id.is_number(), "id: {id}");
    }
    assert!(f["properties"].is_object());
    let g = f["geometry"].as_object().expect("a geometry");
    let position = |p: &Value| {
        let p = p.as_array().expect("a position is an array");
        assert!(p.len() == 2 || p.len() == 3, "{p:?}");
        let (lon, lat) = (p[0].as_f64().unwrap(), p[1].as_f64().unwrap());
        assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat), "{lon} {lat}");
        (lon, lat)
    };
    match g["type"].as_str().unwrap() {
        "Point" => vec![position(&g["coordinates"])],
        "MultiPoint" => g["coordinates"].as_array().unwrap().iter().map(position).collect(),
        t => panic!("geometry {t}"),
    }
}

#[test]
fn the_geojson_of_the_examples_is_rfc_7946_with_a_point_per_placed_incident() {
    let (_, recs) = view(&["--by", "incident"]);
    let fc: Value = serde_json::from_str(&render(Kind::Geojson, View::Incident, &recs, "")).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    assert!(fc.get("crs").is_none());
    let features = fc["features"].as_array().unwrap();
    let placed: Vec<&Map<String, Value>> =
        recs.iter().filter(|r| r["place"].get("lat").is_some_and(Value::is_number)).collect();
    assert_eq!(features.len(), placed.len());
    assert!(!features.is_empty());
    for (f, rec) in features.iter().zip(placed) {
        let points = check_feature(f);
        // Longitude first: Kazakhstan lies east of 46°E and north of 40°N,
        // so the order is plain from the values.
        assert_eq!(points, [(rec["place"]["lon"].as_f64().unwrap(), rec["place"]["lat"].as_f64().unwrap())]);
        assert!(points[0].0 > points[0].1);
        let p = f["properties"].as_object().unwrap();
        assert_eq!(p["incident"], rec["incident"]);
        assert_eq!(f["id"], rec["incident"]);
        // Flat properties for an attribute table: scalars, but the nested
        // claims and actors.
        for (k, v) in p {
            assert!(!v.is_object() && (!v.is_array() || k == "claims" || k == "actors"), "{k}: {v}");
        }
        assert_eq!(p["claims"], rec["claims"]);
        for k in [
            "killed_latest",
            "killed_best",
            "injured_latest",
            "injured_best",
            "detained_latest",
            "detained_best",
        ] {
            assert!(p[k].is_null() || p[k].is_number(), "{k}");
        }
        assert_eq!(p["sources"], rec["sources"].as_array().unwrap().len());
        assert!(p["conflict"].is_boolean());
    }
    let taraz = features
        .iter()
        .find(|f| f["properties"]["incident"].as_str().unwrap().starts_with("taraz-2021"))
        .unwrap();
    assert_eq!(taraz["properties"]["killed_latest"], 11);
    assert_eq!(taraz["properties"]["admin1"], "Jambyl Region");
}

#[test]
fn the_geojson_of_the_date_view_puts_each_date_at_its_places() {
    let (sentences, recs) = view(&["--by", "date"]);
    let fc: Value = serde_json::from_str(&render(Kind::Geojson, View::Date, &recs, &sentences)).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert!(!features.is_empty());
    for f in features {
        assert_eq!(f["geometry"]["type"], "MultiPoint");
        assert!(!check_feature(f).is_empty());
    }
    let day =
        features.iter().find(|f| f["properties"]["date"] == "2019-03-13").expect("the Shymkent attack's day");
    assert!(day["properties"]["places"].as_str().unwrap().contains("Shymkent"));
}

#[test]
fn the_report_of_the_examples_is_one_self_contained_page() {
    let (_, recs) = view(&["--by", "incident"]);
    let html = render(Kind::Html, View::Incident, &recs, "");
    for rec in &recs {
        assert!(html
            .contains(&format!("<article class=\"incident\" id=\"{}\"", rec["incident"].as_str().unwrap())));
    }
    // Every link stays in the page; nothing is loaded.
    for attr in ["href=\"", "src=\"", "xlink:href=\""] {
        for at in html.match_indices(attr) {
            assert!(html[at.0 + attr.len()..].starts_with('#'), "{}", &html[at.0..at.0 + 60]);
        }
    }
    assert!(!html.contains("@import") && !html.contains("url("));
}

/// The README's recipe for kz-entities users: the places of a corpus as
/// GeoJSON points with mention counts.
#[test]
fn the_readme_jq_recipe_maps_the_places_of_a_corpus() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let at = readme.find("<!-- recipe: places.geojson").expect("the recipe's marker in README.md");
    let rest = &readme[at..];
    let start = rest.find("jq -n '").expect("jq -n '…'") + "jq -n '".len();
    let program = &rest[start..start + rest[start..].find('\'').unwrap()];
    let sentences = sentences();
    // What the recipe must count: each place entity with coordinates, by id.
    let mut expected: Vec<(String, u64)> = Vec::new();
    for rec in records(&sentences) {
        for e in rec.get("entities").and_then(Value::as_array).into_iter().flatten() {
            if e["lat"].is_number() && e["lon"].is_number() {
                let key = e["id"].as_str().or(e["name"].as_str()).unwrap().to_string();
                match expected.iter_mut().find(|x| x.0 == key) {
                    Some(x) => x.1 += 1,
                    None => expected.push((key, 1)),
                }
            }
        }
    }
    assert!(expected.len() >= 3, "{expected:?}");
    let jq = std::process::Command::new("jq").arg("--version").output();
    if jq.is_err() {
        eprintln!("skipped running the recipe: jq is not installed");
        return;
    }
    let mut child = std::process::Command::new("jq")
        .args(["-n", program])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(sentences.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let fc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(fc["type"], "FeatureCollection");
    let features = fc["features"].as_array().unwrap();
    assert_eq!(features.len(), expected.len());
    for f in features {
        check_feature(f);
        let p = &f["properties"];
        let key = p["id"].as_str().or(p["name"].as_str()).unwrap();
        let n = expected.iter().find(|x| x.0 == key).unwrap_or_else(|| panic!("{key} not expected")).1;
        assert_eq!(p["mentions"], n, "{key}");
    }
}
