//! Command-line behaviour of kz-numbers, run as a user runs it, and three
//! reports written for these tests (tests/fixtures) read end to end.

use assert_cmd::Command;
use serde_json::{json, Value};

fn tool() -> Command {
    Command::cargo_bin("kz-numbers").unwrap()
}

fn run(input: &str) -> Vec<Value> {
    let out = tool().write_stdin(input).assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// A fixture as records, one a paragraph, as kz-split would give them.
fn fixture_records(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
        .map(|(i, p)| json!({"doc": name, "para": i, "text": p.replace('\n', " ")}).to_string() + "\n")
        .collect()
}

/// The casualty claims of a fixture as (text, event, value or low, who, part_of).
fn claims(name: &str) -> Vec<(String, String, i64, String, Option<u64>)> {
    run(&fixture_records(name))
        .iter()
        .flat_map(|r| r["numbers"].as_array().cloned().unwrap_or_default())
        .filter(|n| n.get("event").is_some())
        .map(|n| {
            let v = n["value"].as_i64().or(n["low"].as_i64()).unwrap_or(-1);
            (
                n["text"].as_str().unwrap().to_string(),
                n["event"].as_str().unwrap().to_string(),
                v,
                n["who"].as_str().unwrap().to_string(),
                n["part_of"].as_u64(),
            )
        })
        .collect()
}

fn c(
    text: &str,
    event: &str,
    v: i64,
    who: &str,
    part_of: Option<u64>,
) -> (String, String, i64, String, Option<u64>) {
    (text.into(), event.into(), v, who.into(), part_of)
}

#[test]
fn version_and_help_work() {
    tool().arg("--version").assert().success();
    let help = tool().arg("--help").assert().success().get_output().stdout.clone();
    let help = String::from_utf8(help).unwrap();
    assert!(help.contains("Examples:") && help.contains("Exit status"));
}

#[test]
fn strike_report() {
    assert_eq!(
        claims("aktau-strike.txt"),
        vec![
            c("Two", "killed", 2, "demonstrators", None),
            c("nearly 40", "injured", 40, "demonstrators", None),
            c("6", "injured", 6, "policemen", Some(1)),
            c("no fewer than 120", "detained", 120, "strikers", None),
            c("15", "other", 15, "them", Some(3)),
            c("11", "injured", 11, "people", None),
            c("three", "injured", 3, "them", Some(0)),
            c("No one", "missing", 0, "people", None),
        ]
    );
}

#[test]
fn hijacking_report() {
    assert_eq!(
        claims("taraz-bus.txt"),
        vec![
            // The passengers on the bus: a count of people with no event, no claim.
            c("two", "injured", 2, "commandos", None),
            // "a 67-year-old woman was taken to hospital"
            c("a", "injured", 1, "woman", None),
            c("a further two", "detained", 2, "men", None),
        ]
    );
    // The hotline number, the time and the age are read, but not as people.
    let records = run(&fixture_records("taraz-bus.txt"));
    let kinds: Vec<(String, String)> = records
        .iter()
        .flat_map(|r| r["numbers"].as_array().cloned().unwrap_or_default())
        .map(|n| (n["text"].as_str().unwrap().into(), n["kind"].as_str().unwrap().into()))
        .collect();
    for (text, kind) in [
        ("8 7172 71 24 05", "other"),
        ("around 7 a.m.", "time"),
        ("67-year-old", "age"),
        ("about 60 km", "distance"),
        ("second", "ordinal"),
        ("2019", "year"),
    ] {
        assert!(kinds.contains(&(text.into(), kind.into())), "{text} {kind}: {kinds:?}");
    }
}

#[test]
fn market_fire_report() {
    assert_eq!(
        claims("kyzylorda-market.txt"),
        vec![
            c("Three", "killed", 3, "people", None),
            c("three", "killed", 3, "traders", None),
            c("between 8 and 12", "injured", 8, "others", None),
            c("about 300", "other", 300, "people", None),
            c("Four", "injured", 4, "injured", None),
            c("one", "missing", 1, "injured", None),
            // "questioning five security guards": no claim, so "two of
            // them" has no total in the array.
            c("two", "detained", 2, "them", None),
        ]
    );
    let records = run(&fixture_records("kyzylorda-market.txt"));
    let money: Vec<Value> = records
        .iter()
        .flat_map(|r| r["numbers"].as_array().cloned().unwrap_or_default())
        .filter(|n| n["kind"] == "money")
        .map(|n| json!([n["value"], n["unit"], n["qualifier"]]))
        .collect();
    assert_eq!(money, vec![json!([1200000000, "KZT", "exact"]), json!([2500000, "USD", "about"])]);
}

#[test]
fn records_keep_their_fields_and_order() {
    let out =
        run("{\"z\":1,\"text\":\"Police detained 12 people.\",\"a\":[1.50]}\n{\"id\":2}\n{\"text\":null}\n");
    assert_eq!(out.len(), 3);
    let keys: Vec<&String> = out[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["z", "text", "a", "numbers"]);
    assert_eq!(out[0]["numbers"][0]["event"], "detained");
    assert_eq!(out[1], json!({"id": 2}));
    assert_eq!(out[2], json!({"text": null}));
}

#[test]
fn offsets_count_characters() {
    let out = run("{\"text\":\"В Алматы — 5 people were killed.\"}\n");
    let n = &out[0]["numbers"][0];
    assert_eq!((n["start"].as_u64(), n["end"].as_u64()), (Some(11), Some(12)));
    assert_eq!(n["text"], "5");
}

#[test]
fn another_field_can_be_read() {
    let out = run("{\"text\":\"nothing\",\"body\":\"Three guards were hurt.\"}\n");
    assert!(out[0].get("numbers").unwrap().as_array().unwrap().is_empty());
    let out = tool()
        .args(["--field", "body"])
        .write_stdin("{\"text\":\"nothing\",\"body\":\"Three guards were hurt.\"}\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["numbers"][0]["who_class"], "security_forces");
}

#[test]
fn bad_input_names_the_line() {
    tool()
        .write_stdin("{\"text\":\"1\"}\nnot json\n")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("<stdin>:2:"));
}

/// The jq example of --help (total killed per document) gives the numbers
/// an analyst expects. Skipped when jq is not installed.
#[test]
fn the_help_example_for_total_killed_works() {
    if std::process::Command::new("jq").arg("--version").output().is_err() {
        eprintln!("jq not found: skipped");
        return;
    }
    let mut input = fixture_records("kyzylorda-market.txt");
    input.push_str(&fixture_records("aktau-strike.txt"));
    let out = tool().write_stdin(input).assert().success().get_output().stdout.clone();
    let filter = "group_by(.doc) | map({doc: .[0].doc, killed: [.[].numbers[]? | select(.event==\"killed\" and .part_of==null and .subtotal!=true) | .value // .low] | add})";
    let mut jq = std::process::Command::new("jq")
        .args(["-c", "-s", filter])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    jq.stdin.take().unwrap().write_all(&out).unwrap();
    let result = jq.wait_with_output().unwrap();
    let v: Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(
        v,
        json!([
            {"doc": "aktau-strike.txt", "killed": 2},
            {"doc": "kyzylorda-market.txt", "killed": 6}
        ])
    );
}

#[test]
fn a_second_run_gives_the_same_records() {
    let once = tool()
        .write_stdin(fixture_records("aktau-strike.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let twice = tool().write_stdin(once.clone()).assert().success().get_output().stdout.clone();
    assert_eq!(String::from_utf8(once).unwrap(), String::from_utf8(twice).unwrap());
}

#[test]
fn official_breakdown_report() {
    // A toll broken down in the official style: the part named after the
    // group it belongs to, a policeman counted by "a", a verdict that is no harm.
    assert_eq!(
        claims("official-statement-toll.txt"),
        vec![
            c("225", "killed", 225, "people", None),
            c("225", "killed", 225, "people", None),
            c("19", "killed", 19, "law-enforcement officers", Some(0)),
            c("More than 4,500", "injured", 4500, "people", None),
            c("3,393", "injured", 3393, "law-enforcement officers", Some(2)),
            c("139", "killed", 139, "bodies", None),
            c("164", "killed", 164, "deaths", None),
            c("a", "killed", 1, "policeman", None),
            c("two", "injured", 2, "soldiers", None),
            c("1", "other", 1, "person", None),
        ]
    );
}

#[test]
fn rights_group_report_with_hedges_and_vague_amounts() {
    let got = claims("ngo-january-events.txt");
    for want in [
        c("between 200 and 230", "killed", 200, "people", None),
        c("Several hundred", "injured", 200, "people", None),
        c("hundreds more", "injured", 200, "people", None),
        c("at least four", "killed", 4, "children", None),
        c("A number", "detained", -1, "journalists", None),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:?}");
    }
    // "1,200 criminal cases" and "a crowd" are no people.
    assert!(got.iter().all(|(_, _, _, who, _)| who != "criminal"));
}

#[test]
fn court_report_verdicts_labels_and_custody() {
    let got = claims("court-taldykorgan.txt");
    assert!(got.contains(&c("Four", "other", 4, "defendants", None)), "{got:?}");
    assert!(got.contains(&c("779", "detained", 779, "people", None)), "{got:?}");
    assert!(got.iter().all(|(text, ..)| text != "1,200" && text != "272"), "{got:?}");
}
