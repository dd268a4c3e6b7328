//! kz-timeline at the end of the pipeline: two outlets report one attack
//! with different tolls, and the timeline shows where they disagree.

use kz_tests::{pipeline, records, repo_root};
use serde_json::Value;

fn path(rel: &str) -> String {
    repo_root().join(rel).display().to_string()
}

fn timeline_of(files: &[String]) -> Vec<serde_json::Map<String, Value>> {
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let run = pipeline(
        &[
            ("kz-split", &files),
            ("kz-entities", &[]),
            ("kz-numbers", &[]),
            ("kz-timeline", &["--annotate"]),
            ("kz-timeline", &["--by", "date"]),
        ],
        b"",
    );
    records(&run.stdout)
}

fn claim<'a>(entry: &'a serde_json::Map<String, Value>, event: &str, who: &str) -> &'a Value {
    entry["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["event"] == event && c["who_class"] == who)
        .unwrap_or_else(|| panic!("no {event}/{who} claim in {}", entry["claims"]))
}

#[test]
fn the_shymkent_reports_meet_on_the_day_of_the_attack() {
    let entries = timeline_of(&[path("examples/shymkent-herald.txt"), path("examples/shymkent-wire.txt")]);
    let day =
        entries.iter().find(|e| e["date"] == "2019-03-13").expect("an entry for Wednesday 13 March 2019");
    assert_eq!(day["granularity"], "day");
    assert_eq!(day["docs"], serde_json::json!(["shymkent-herald", "shymkent-wire"]));
    let killed = claim(day, "killed", "people");
    assert_eq!(killed["low"], 4);
    assert_eq!(killed["high"], 5);
    assert_eq!(killed["conflict"], true);
    let values: Vec<(&str, &Value)> = killed["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["doc"].as_str().unwrap(), &r["value"]))
        .collect();
    assert_eq!(values, [("shymkent-herald", &Value::from(4)), ("shymkent-wire", &Value::from(5))]);
    // "including two attackers" is a part of the four, not more dead.
    let best = killed["best"].as_i64().unwrap();
    assert!((4..=5).contains(&best));
    // Dates come oldest first; the one known only by its year comes first.
    let dates: Vec<String> = entries.iter().map(|e| e["date"].as_str().unwrap_or("").to_string()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
}

#[test]
fn csv_output_of_the_pipeline_has_the_conflict() {
    let files = [path("examples/shymkent-herald.txt"), path("examples/shymkent-wire.txt")];
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let run = pipeline(
        &[("kz-split", &files), ("kz-numbers", &[]), ("kz-timeline", &["--by", "date", "--format", "csv"])],
        b"",
    );
    assert!(
        run.stdout.lines().any(|l| l.starts_with("2019-03-13,day,killed,people,4,4,5,true,2,")),
        "{}",
        run.stdout
    );
}

/// The seed articles live outside the repository; skipped without them.
#[test]
fn the_seed_attack_in_aktobe_is_reconciled_when_the_seeds_are_present() {
    let seeds = repo_root().join("../shared/corpus/seeds");
    let Ok(dir) = std::fs::read_dir(&seeds) else {
        eprintln!("skipped: {} not found", seeds.display());
        return;
    };
    let mut files: Vec<String> = dir
        .filter_map(|e| e.ok())
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    let entries = timeline_of(&files);
    let day = entries.iter().find(|e| e["date"] == "2016-06-05").expect("2016-06-05");
    let killed = claim(day, "killed", "people");
    for doc in ["000_030ff8a70e6d5fbf", "002_8e51e3cd5027111f"] {
        assert!(
            killed["reports"].as_array().unwrap().iter().any(|r| r["doc"] == doc && r["value"] == 6),
            "{doc} in {killed}"
        );
    }
    assert_eq!(killed["best"], 6);
    let order: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["date"].as_str())
        .filter(|d| ["2016-06-05", "2016-06-06", "2016-06-08", "2016-06-12", "2016-06-14"].contains(d))
        .collect();
    assert_eq!(order, ["2016-06-05", "2016-06-06", "2016-06-08", "2016-06-12", "2016-06-14"]);
}

/// The example articles through the whole pipeline, grouped by incident.
fn incidents_of(files: &[String], extra: &[&str]) -> Vec<serde_json::Map<String, Value>> {
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let mut args = vec!["--by", "incident"];
    args.extend_from_slice(extra);
    let run = pipeline(
        &[("kz-split", &files), ("kz-entities", &[]), ("kz-numbers", &[]), ("kz-timeline", &args)],
        b"",
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    records(&run.stdout)
}

fn examples() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("examples"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files
}

fn incident<'a>(list: &'a [serde_json::Map<String, Value>], id: &str) -> &'a serde_json::Map<String, Value> {
    list.iter().find(|i| i["incident"] == id).unwrap_or_else(|| {
        let ids: Vec<&Value> = list.iter().map(|i| &i["incident"]).collect();
        panic!("no {id} in {ids:?}")
    })
}

#[test]
fn the_examples_make_six_incidents_with_their_tolls_over_time() {
    let list = incidents_of(&examples(), &[]);
    let ids: Vec<&str> = list.iter().map(|i| i["incident"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "taraz-2011",
            "shymkent-2019-03-13",
            "karaganda-2020-10-03",
            "almaty-2021-06-05",
            "aktau-2021-08-22",
            "taraz-2021-08-26"
        ]
    );
    // Three outlets over four days, the toll rising from four to eleven,
    // and a republication that is no fourth source.
    let taraz = incident(&list, "taraz-2021-08-26");
    assert_eq!(
        taraz["docs"],
        serde_json::json!(["taraz-courier", "taraz-daily", "taraz-times", "taraz-wire"])
    );
    assert_eq!(taraz["end"], "2021-08-29");
    assert_eq!(taraz["place"]["name"], "Taraz");
    assert_eq!(taraz["sub_event_type"], "Remote explosive/landmine/IED");
    let killed = claim(taraz, "killed", "people");
    assert_eq!(killed["latest"]["value"], 11);
    assert_eq!(killed["latest"]["as_of"], "2021-08-29");
    assert_eq!(killed["best"], 11);
    assert_eq!(killed["rising"], true);
    assert_eq!(killed["conflict"], false);
    assert_eq!(killed["counted_docs"], 3);
    let copies: Vec<&Value> = killed["reports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["doc"] == "taraz-daily")
        .map(|r| &r["copy_of"]["doc"])
        .collect();
    assert!(!copies.is_empty() && copies.iter().all(|d| *d == "taraz-wire"), "{copies:?}");
    // The wire story's background paragraph: the attack of 2011, an
    // incident of its own, mentioned and not reported by the wire.
    let old = incident(&list, "taraz-2011");
    assert_eq!(old["docs"], serde_json::json!([]));
    assert_eq!(old["mentioned_in"], serde_json::json!(["taraz-wire"]));
    assert_eq!(old["sub_event_type"], "Suicide bomb");
    assert!(!taraz["events"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["text"].as_str().unwrap().contains("2011")));
    // The undated notes join the attack on Shymkent by place, day and names,
    // and so does the Russian report.
    let shymkent = incident(&list, "shymkent-2019-03-13");
    assert_eq!(
        shymkent["docs"],
        serde_json::json!(["shymkent-herald", "shymkent-notes", "shymkent-ru", "shymkent-wire"])
    );
    assert_eq!(shymkent["event_type"], "Battles");
    let karaganda = incident(&list, "karaganda-2020-10-03");
    assert_eq!(karaganda["sub_event_type"], "Protest with intervention");
    // The gas explosion in a block of flats (a Russian report) is an
    // accident: kept, with its toll, but no ACLED type.
    let gas = incident(&list, "almaty-2021-06-05");
    assert_eq!((gas["event_type"].clone(), gas["event_type_rule"].clone()), (Value::Null, "accident".into()));
}

#[test]
fn the_incident_csv_has_a_row_per_claim_with_coordinates() {
    let files = examples();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let run = pipeline(
        &[
            ("kz-split", &files),
            ("kz-entities", &[]),
            ("kz-numbers", &[]),
            ("kz-timeline", &["--format", "csv"]),
        ],
        b"",
    );
    // No field of these rows holds a comma or a quote: split on commas.
    let mut lines = run.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header[0], "incident");
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let row = rows
        .iter()
        .find(|r| {
            r[0] == "taraz-2021-08-26" && r[col("event")] == "killed" && r[col("who_class")] == "people"
        })
        .expect("a row for Taraz's dead");
    assert_eq!(row.len(), header.len());
    assert_eq!(row[col("latitude")], "42.89799");
    assert_eq!(row[col("latest")], "11");
    assert_eq!(row[col("latest_as_of")], "2021-08-29");
}

/// The seed articles live outside the repository; skipped without them.
#[test]
fn the_seed_articles_make_two_incidents_when_the_seeds_are_present() {
    let seeds = repo_root().join("../shared/corpus/seeds");
    let Ok(dir) = std::fs::read_dir(&seeds) else {
        eprintln!("skipped: {} not found", seeds.display());
        return;
    };
    let mut files: Vec<String> = dir
        .filter_map(|e| e.ok())
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    let list = incidents_of(&files, &[]);
    let reported: Vec<&serde_json::Map<String, Value>> =
        list.iter().filter(|i| !i["docs"].as_array().unwrap().is_empty()).collect();
    assert_eq!(reported.len(), 2, "{list:?}");
    let aktobe = reported.iter().find(|i| i["place"]["name"] == "Aktobe").unwrap();
    assert_eq!(aktobe["start"], "2016-06-05");
    assert_eq!(aktobe["docs"].as_array().unwrap().len(), 3);
    let almaty = reported.iter().find(|i| i["place"]["name"] == "Almaty").unwrap();
    assert_eq!(almaty["docs"].as_array().unwrap().len(), 2);
}
