//! Command-line behaviour of kz-timeline, run as a user runs it.

use assert_cmd::Command;
use serde_json::Value;

fn tool() -> Command {
    Command::cargo_bin("kz-timeline").unwrap()
}

fn lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn version_and_help_work() {
    tool().arg("--version").assert().success();
    let help = tool().arg("--help").assert().success().get_output().stdout.clone();
    let help = String::from_utf8(help).unwrap();
    assert!(help.contains("Examples:") && help.contains("Exit status") && help.contains("jq"));
}

#[test]
fn annotate_adds_times_and_keeps_other_fields_in_order() {
    let input = concat!(
        r#"{"z":1,"doc":"a","published":"2023-04-12","text":"Police dispersed the crowd on Monday.","nested":{"k":[1,2]}}"#,
        "\n",
        r#"{"doc":"a","text":5}"#,
        "\n"
    );
    let out = tool().arg("--annotate").write_stdin(input).assert().success();
    let recs = lines(&out.get_output().stdout);
    let keys: Vec<&str> = recs[0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["z", "doc", "published", "text", "nested", "times"]);
    assert_eq!(recs[0]["times"][0]["value"], "2023-04-10");
    assert_eq!(recs[0]["times"][0]["anchor"], "published");
    assert_eq!(recs[1], serde_json::json!({"doc":"a","text":5}));
}

#[test]
fn anchor_option_is_used_only_without_published() {
    let input = concat!(
        r#"{"doc":"a","text":"Shops closed yesterday."}"#,
        "\n",
        r#"{"doc":"b","published":"2020-01-01","text":"Shops closed yesterday."}"#,
        "\n"
    );
    let out = tool().args(["--annotate", "--anchor", "2022-01-07"]).write_stdin(input).assert().success();
    let recs = lines(&out.get_output().stdout);
    assert_eq!(recs[0]["times"][0]["value"], "2022-01-06");
    assert_eq!(recs[0]["times"][0]["anchor"], "anchor");
    assert_eq!(recs[1]["times"][0]["value"], "2019-12-31");
    tool().args(["--annotate", "--anchor", "2022-02-30"]).assert().code(2);
}

#[test]
fn output_is_the_same_whatever_the_day() {
    // No publication date, no anchor: nothing is read from the clock.
    let input = r#"{"doc":"a","text":"Gunfire was heard today and on Friday."}"#;
    let out = tool().arg("--annotate").write_stdin(input).assert().success();
    let recs = lines(&out.get_output().stdout);
    assert_eq!(recs[0]["times"][0]["value"], Value::Null);
    assert_eq!(recs[0]["times"][1]["value"], Value::Null);
}

#[test]
fn timeline_annotates_plain_sentences_itself() {
    let input = concat!(
        r#"{"doc":"a","para":1,"sent":0,"published":"2021-08-02","text":"Flooding hit Uralsk on Saturday."}"#,
        "\n",
        r#"{"doc":"b","para":1,"sent":0,"text":"Nothing dates this one."}"#,
        "\n"
    );
    let out = tool().args(["--by", "date"]).write_stdin(input).assert().success();
    let recs = lines(&out.get_output().stdout);
    assert_eq!(recs.len(), 1, "sentences without date or claim are not events");
    assert_eq!(recs[0]["date"], "2021-07-31");
    assert_eq!(recs[0]["events"][0]["dated_by"], "text");
}

#[test]
fn formats_and_undated_options() {
    let input = concat!(
        r#"{"doc":"a","para":1,"text":"Three were hurt on 2 May 2020.","numbers":[{"value":3,"event":"injured","who_class":"people","qualifier":"exact"}]}"#,
        "\n",
        r#"{"doc":"b","para":1,"text":"Two were hurt on Sunday.","numbers":[{"value":2,"event":"injured","who_class":"people","qualifier":"exact"}]}"#,
        "\n"
    );
    let csv = tool().args(["--by", "date", "--format", "csv"]).write_stdin(input).assert().success();
    let csv = String::from_utf8(csv.get_output().stdout.clone()).unwrap();
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.lines().nth(1).unwrap().starts_with("2020-05-02,day,injured,people,3,3,3,false"));
    let md = tool()
        .args(["--by", "date", "--format", "md", "--drop-undated"])
        .write_stdin(input)
        .assert()
        .success();
    let md = String::from_utf8(md.get_output().stdout.clone()).unwrap();
    assert_eq!(md.lines().count(), 3, "{md}");
    tool().args(["--annotate", "--format", "csv"]).assert().code(2);
    tool().args(["--keep-undated", "--drop-undated"]).assert().code(2);
}

#[test]
fn bad_lines_name_input_and_line_and_rejects_go_on() {
    let input = "{\"doc\":\"a\",\"text\":\"On 1 May 2020.\"}\nnot json\n";
    tool().write_stdin(input).assert().code(1).stderr(predicates_like("<stdin>:2:"));
    let dir = tempfile::tempdir().unwrap();
    let rejects = dir.path().join("bad.txt");
    tool().args(["--annotate", "--rejects"]).arg(&rejects).write_stdin(input).assert().success();
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "not json\n");
}

fn predicates_like(s: &'static str) -> impl predicates::Predicate<[u8]> {
    predicates::function::function(move |out: &[u8]| String::from_utf8_lossy(out).contains(s))
}

#[test]
fn incidents_are_the_default_and_the_window_an_option() {
    let input = concat!(
        r#"{"doc":"a","para":1,"sent":0,"published":"2021-08-02","text":"Two were hurt in a brawl in Oral on Saturday.","entities":[{"text":"Oral","type":"GPE","name":"Oral","id":"geonames:608668","country":"KZ","lat":51.25,"lon":51.43}],"numbers":[{"value":2,"event":"injured","who_class":"people"}]}"#,
        "\n",
        r#"{"doc":"b","para":1,"sent":0,"published":"2021-08-20","text":"Five were hurt in a brawl in Oral on Wednesday.","entities":[{"text":"Oral","type":"GPE","name":"Oral","id":"geonames:608668","country":"KZ","lat":51.25,"lon":51.43}],"numbers":[{"value":5,"event":"injured","who_class":"people"}]}"#,
        "\n"
    );
    let out = tool().write_stdin(input).assert().success();
    let recs = lines(&out.get_output().stdout);
    let ids: Vec<&str> = recs.iter().map(|r| r["incident"].as_str().unwrap()).collect();
    assert_eq!(ids, ["oral-2021-07-31", "oral-2021-08-18"]);
    let out = tool().args(["--window", "30"]).write_stdin(input).assert().success();
    assert_eq!(lines(&out.get_output().stdout).len(), 1);
    let out = tool().args(["--by", "date"]).write_stdin(input).assert().success();
    assert!(lines(&out.get_output().stdout).iter().all(|r| r.get("date").is_some()));
    tool().args(["--window", "-1"]).write_stdin(input).assert().code(2);
    tool().args(["--window", "x"]).write_stdin(input).assert().code(2);
    tool().args(["--annotate", "--by", "incident"]).write_stdin(input).assert().code(2);
}
