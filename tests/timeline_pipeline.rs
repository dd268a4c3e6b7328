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
