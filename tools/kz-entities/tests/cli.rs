//! Command-line behaviour of kz-entities, run as a user runs it.

use std::path::Path;

use assert_cmd::Command;
use proptest::prelude::*;
use serde_json::Value;

fn tool() -> Command {
    Command::cargo_bin("kz-entities").unwrap()
}

/// Records of an article as kz-split would give them: the headline is
/// paragraph 0, then one record a paragraph.
fn article_records(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let doc = path.file_stem().unwrap().to_str().unwrap();
    let mut out = String::new();
    for (para, block) in text.split("\n\n").map(str::trim).filter(|b| !b.is_empty()).enumerate() {
        let record = serde_json::json!({"doc": doc, "para": para, "text": block});
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

fn run_on(input: &str, args: &[&str]) -> Vec<Value> {
    let out = tool().args(args).write_stdin(input).assert().success();
    String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// (text, type, name) of every entity of every record.
fn mentions(records: &[Value]) -> Vec<(String, String, String)> {
    records
        .iter()
        .flat_map(|r| r["entities"].as_array().cloned().unwrap_or_default())
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_string(),
                e["type"].as_str().unwrap().to_string(),
                e["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn fixture(name: &str) -> Vec<(String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    mentions(&run_on(&article_records(&path), &[]))
}

fn expect(found: &[(String, String, String)], wanted: &[(&str, &str, &str)], not: &[&str]) {
    for (text, kind, name) in wanted {
        assert!(
            found.iter().any(|(t, k, n)| t == text && k == kind && n == name),
            "missing {text:?} {kind} {name:?} in {found:?}"
        );
    }
    for text in not {
        assert!(!found.iter().any(|(t, _, _)| t == text), "{text:?} is not a name: {found:?}");
    }
}

#[test]
fn version_and_help_work() {
    tool().arg("--version").assert().success();
    let out = tool().arg("--help").assert().success();
    let help = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(help.contains("Examples:") && help.contains("jq") && help.contains("Exit status"));
}

#[test]
fn article_about_a_checkpoint_attack_in_taraz() {
    let f = fixture("taraz-checkpoint.txt");
    expect(
        &f,
        &[
            ("TARAZ", "GPE", "Taraz"),
            ("Dzhambul", "GPE", "Taraz"),
            ("Gulnara Seitkaliyeva", "PERSON", "Gulnara Seitkaliyeva"),
            ("Seitkaliyeva", "PERSON", "Gulnara Seitkaliyeva"),
            ("Merke", "GPE", "Merke"),
            ("Jambyl region", "GPE", "Jambyl Region"),
            ("Kazinform", "ORG", "Kazinform"),
            ("Ministry of Internal Affairs", "ORG", "Ministry of Internal Affairs of Kazakhstan"),
            ("Yerzhan Sadenov", "PERSON", "Yerzhan Sadenov"),
            ("Astana", "GPE", "Astana"),
            ("Jambyl Defence Front", "ORG", "Jambyl Defence Front"),
            ("Vlast.kz", "ORG", "Vlast.kz"),
        ],
        &["Tuesday", "September", "Police", "We", "Gunmen", "Interior Minister"],
    );
}

#[test]
fn article_about_a_rally_in_uralsk() {
    let f = fixture("uralsk-rally.txt");
    expect(
        &f,
        &[
            ("Uralsk", "GPE", "Oral"),
            ("Oral", "GPE", "Oral"),
            ("Уральск", "GPE", "Oral"),
            ("Azattyq", "ORG", "Azattyq"),
            ("Serik Dauletkaliyev", "PERSON", "Serik Dauletkaliyev"),
            ("Dauletkaliyev", "PERSON", "Serik Dauletkaliyev"),
            ("Aigerim Tleuzhan", "PERSON", "Aigerim Tleuzhan"),
            ("Abai Avenue", "FAC", "Abai Avenue"),
            ("West Kazakhstan Region", "GPE", "West Kazakhstan Region"),
            ("Tokaev", "PERSON", "Kassym-Jomart Tokayev"),
            ("National Guard", "ORG", "National Guard of Kazakhstan"),
            ("KNB", "ORG", "National Security Committee of Kazakhstan"),
            ("Uyghur", "NORP", "Uyghur"),
            ("Almaty", "GPE", "Almaty"),
        ],
        &["Friday", "Saturday", "Activist", "More", "Dozens", "Held"],
    );
}

#[test]
fn article_about_a_strike_in_zhanaozen() {
    let f = fixture("zhanaozen-strike.txt");
    expect(
        &f,
        &[
            ("Zhanaozen", "GPE", "Zhanaozen"),
            ("Novy Uzen", "GPE", "Zhanaozen"),
            ("Tengrinews", "ORG", "Tengrinews"),
            ("Mangystau region", "GPE", "Mangystau Region"),
            ("Nurbol Kaliyev", "PERSON", "Nurbol Kaliyev"),
            ("Kaliyev", "PERSON", "Nurbol Kaliyev"),
            ("Alikhan Smaiylov", "PERSON", "Alikhan Smailov"),
            ("Smailov", "PERSON", "Alikhan Smailov"),
            ("Ministry of Energy", "ORG", "Ministry of Energy of Kazakhstan"),
            ("KazMunayGas", "ORG", "KazMunayGas"),
            ("Daniyar Ospanov", "PERSON", "Daniyar Ospanov"),
            ("Nazarbaiev", "PERSON", "Nursultan Nazarbayev"),
            ("Qasym-Zhomart Tokaiev", "PERSON", "Kassym-Jomart Tokayev"),
        ],
        &["Oil Workers", "Wednesday", "March", "Former President", "Prime Minister"],
    );
}

#[test]
fn offsets_count_characters() {
    let input = "{\"text\":\"«Ещё» — protests in Алматы and Almaty's centre\"}\n";
    let rec = &run_on(input, &[])[0];
    let text: Vec<char> = rec["text"].as_str().unwrap().chars().collect();
    for e in rec["entities"].as_array().unwrap() {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        let slice: String = text[s..t].iter().collect();
        assert_eq!(slice, e["text"].as_str().unwrap());
        assert_eq!(e["name"], "Almaty");
    }
    assert_eq!(rec["entities"].as_array().unwrap().len(), 2);
}

#[test]
fn records_without_text_pass_through_unchanged() {
    let input = "{\"doc\":\"x\",\"n\":1.50,\"big\":123456789012345678901234567890}\n\
                 {\"text\":null,\"z\":[1,{\"a\":\"é\"}]}\n\
                 {\"text\":42}\n";
    let out = tool().write_stdin(input).assert().success();
    assert_eq!(String::from_utf8(out.get_output().stdout.clone()).unwrap(), input);
}

#[test]
fn other_fields_keep_their_order_and_a_custom_field_is_read() {
    let input = "{\"id\":7,\"body\":\"Shots in Taraz\",\"after\":true}\n";
    let out = tool().args(["--field", "body"]).write_stdin(input).assert().success();
    let line = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(line.starts_with("{\"id\":7,\"body\":\"Shots in Taraz\",\"after\":true,\"entities\":[{\"text\":\"Taraz\",\"type\":\"GPE\",\"name\":\"Taraz\",\"start\":9,\"end\":14"), "{line}");
}

#[test]
fn gazetteer_file_adds_and_overrides_entries() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("extra.csv");
    std::fs::write(
        &csv,
        "name,type,aliases,lat,lon,id\n\
         Kok-Tobe,FAC,Koktobe;Kok Tobe,43.233,76.976,local:koktobe\n\
         Aktobe,GPE,Aqtobe City,50.3,57.2,local:aktobe\n",
    )
    .unwrap();
    let input = "{\"text\":\"A fire broke out on Koktobe, far from Aqtobe City.\"}\n";
    let rec = &run_on(input, &["--gazetteer", csv.to_str().unwrap()])[0];
    let e = rec["entities"].as_array().unwrap();
    assert_eq!(e[0]["name"], "Kok-Tobe");
    assert_eq!(e[0]["type"], "FAC");
    assert_eq!(e[0]["id"], "local:koktobe");
    assert_eq!(e[0]["lat"].as_f64(), Some(43.233));
    assert_eq!(e[1]["text"], "Aqtobe City");
    assert_eq!(e[1]["id"], "local:aktobe");
    assert_eq!(e[1]["country"], "KZ");
}

#[test]
fn a_bad_gazetteer_file_names_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(&csv, "Kok-Tobe,FAC,,43.2,76.9,x\nSomething,PLANET,,,,\n").unwrap();
    let out = tool().args(["--gazetteer", csv.to_str().unwrap()]).write_stdin("").assert().code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("bad.csv:2") && err.contains("PLANET"), "{err}");
}

#[test]
fn names_are_remembered_only_within_a_document() {
    let input =
        "{\"doc\":\"a\",\"text\":\"Businessman Ruslan Temirkhanov, the owner of a mine, was held.\"}\n\
                 {\"doc\":\"a\",\"text\":\"Temirkhanov denied it.\"}\n\
                 {\"doc\":\"b\",\"text\":\"Temirkhanov denied it.\"}\n";
    let recs = run_on(input, &[]);
    assert_eq!(recs[1]["entities"][0]["name"], "Ruslan Temirkhanov");
    assert_eq!(recs[2]["entities"].as_array().unwrap().len(), 0);
}

#[test]
fn headline_records_give_only_known_names() {
    let input = "{\"doc\":\"h\",\"para\":0,\"text\":\"Masked Raiders Hit Kostanay Bank\"}\n";
    let recs = run_on(input, &[]);
    let names: Vec<&str> =
        recs[0]["entities"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Kostanay"]);
}

#[test]
fn bad_input_names_the_line() {
    let out = tool().write_stdin("{\"text\":\"ok\"}\nnot json\n").assert().code(1);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains(":2:"), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Random text: never a panic, offsets in range and exactly the mention.
    #[test]
    fn offsets_are_valid_on_random_text(text in "([A-Z][a-z]{0,8}|[a-z]{1,6}|Алматы|Almaty's|Nur-Sultan|''s|[ ,.;:!?()“”'’-]|Ministry of|Square|é|[0-9]{1,3}|\n){0,40}") {
        let line = serde_json::json!({"text": text}).to_string() + "\n";
        let out = tool().write_stdin(line).assert().success();
        let rec: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let mut previous_end = 0;
        for e in rec["entities"].as_array().unwrap() {
            let s = e["start"].as_u64().unwrap() as usize;
            let t = e["end"].as_u64().unwrap() as usize;
            prop_assert!(s < t && t <= chars.len() && s >= previous_end);
            let slice: String = chars[s..t].iter().collect();
            prop_assert_eq!(slice.as_str(), e["text"].as_str().unwrap());
            previous_end = t;
        }
    }
}

#[test]
fn output_file_is_written_only_when_the_run_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    let many: String = (0..1000).map(|i| format!("{{\"n\":{i},\"text\":\"Shots in Taraz\"}}\n")).collect();
    tool().args(["-o", out.to_str().unwrap()]).write_stdin(many.clone()).assert().success();
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 1000);
    assert!(written.lines().last().unwrap().starts_with("{\"n\":999,"));
    // A bad line at the end: the old file stays as it was.
    tool().args(["-o", out.to_str().unwrap()]).write_stdin(format!("{many}oops\n")).assert().code(1);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
}

#[test]
fn rejects_keep_bad_lines_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let rejects = dir.path().join("bad.txt");
    let recs = run_on(
        "{\"text\":\"In Aktobe\"}\nnot json\n{\"text\":\"In Atyrau\"}\n",
        &["--rejects", rejects.to_str().unwrap()],
    );
    assert_eq!(recs.len(), 2);
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "not json\n");
}

#[test]
fn report_in_the_style_of_a_local_outlet_with_soviet_era_names() {
    let f = fixture("vlast-semey-raids.txt");
    expect(
        &f,
        &[
            ("Semey", "GPE", "Semey"),
            ("Semipalatinsk", "GPE", "Semey"),
            ("Ust-Kamenogorsk", "GPE", "Oskemen"),
            ("Oskemen", "GPE", "Oskemen"),
            ("Petropavlovsk", "GPE", "Petropavl"),
            ("Kostanai", "GPE", "Kostanay"),
            ("Aktyubinsk", "GPE", "Aktobe"),
            ("Alma-Ata", "GPE", "Almaty"),
            ("Nur-Sultan", "GPE", "Astana"),
            ("Kapchagay", "GPE", "Konaev"),
            ("Kassym-Zhomart Tokaev", "PERSON", "Kassym-Jomart Tokayev"),
            ("Nursultan Nazarbaev", "PERSON", "Nursultan Nazarbayev"),
            ("Elbasy", "PERSON", "Nursultan Nazarbayev"),
            ("Yevgeny Zhovtis", "PERSON", "Yevgeny Zhovtis"),
            ("Gulnara Zhuaspayeva", "PERSON", "Gulnara Zhuaspayeva"),
            ("KNB", "ORG", "National Security Committee of Kazakhstan"),
            ("Vlast.kz", "ORG", "Vlast.kz"),
            ("Radio Azattyk", "ORG", "Azattyq"),
            ("Kabanbay Batyr Avenue", "FAC", "Kabanbay Batyr Avenue"),
            ("East Kazakhstan region", "GPE", "East Kazakhstan Region"),
        ],
        &["Human", "Searches", "Residents", "Earlier"],
    );
}

#[test]
fn the_dateline_is_annotated_once_per_document_with_its_field_named() {
    let input = [
        r#"{"doc":"a","dateline":"BISHKEK (Reuters) -","para":1,"text":"Police came to Osh."}"#,
        r#"{"doc":"a","dateline":"BISHKEK (Reuters) -","para":2,"text":"Nobody was hurt."}"#,
        r#"{"doc":"b","dateline":"Tokmokabad, 3 May, Steppe Wire","para":1}"#,
        r#"{"doc":"b","dateline":"Tokmokabad, 3 May, Steppe Wire","para":1,"text":"Shops closed."}"#,
        r#"{"doc":"c","dateline":"АЛМАТЫ, 5 июня. КазТАГ –","para":1,"text":"Полиция приехала."}"#,
    ]
    .join("\n");
    let records = run_on(&input, &[]);
    let items = |i: usize| records[i]["entities"].as_array().cloned().unwrap_or_default();
    let from_dateline = |i: usize| -> Vec<(String, String, String, u64, u64)> {
        items(i)
            .iter()
            .filter(|e| e["field"] == "dateline")
            .map(|e| {
                let s = |k: &str| e[k].as_str().unwrap().to_string();
                (s("text"), s("type"), s("name"), e["start"].as_u64().unwrap(), e["end"].as_u64().unwrap())
            })
            .collect()
    };
    // First record of the document: the dateline's names first, offsets in the dateline.
    assert_eq!(
        from_dateline(0),
        [
            ("BISHKEK".into(), "GPE".into(), "Bishkek".into(), 0, 7),
            ("Reuters".into(), "ORG".into(), "Reuters".into(), 9, 16)
        ]
    );
    assert_eq!(items(0)[0]["country"], "KG");
    assert_eq!(items(0).last().unwrap()["text"], "Osh");
    assert!(items(0).last().unwrap().get("field").is_none());
    // Not again on the document's later records.
    assert!(from_dateline(1).is_empty());
    // A record without text passes unchanged; the next one of its document takes the dateline.
    assert!(records[2].get("entities").is_none());
    assert_eq!(
        from_dateline(3),
        [
            ("Tokmokabad".into(), "GPE".into(), "Tokmokabad".into(), 0, 10),
            ("Steppe Wire".into(), "ORG".into(), "Steppe Wire".into(), 19, 30)
        ]
    );
    // Cyrillic: the place in capitals takes its canonical name, the agency is an organisation.
    let ru = from_dateline(4);
    assert_eq!(ru[0], ("АЛМАТЫ".into(), "GPE".into(), "Almaty".into(), 0, 6));
    assert_eq!((ru[1].0.as_str(), ru[1].1.as_str()), ("КазТАГ", "ORG"));
}

#[test]
fn the_source_is_annotated_with_the_dateline_once_per_document() {
    let input = [
        r#"{"doc":"a","dateline":"Bishkek","source":"Reuters","para":1,"text":"Shops closed."}"#,
        r#"{"doc":"a","dateline":"Bishkek","source":"Reuters","para":2,"text":"Roads reopened."}"#,
        r#"{"doc":"b","source":"By Aigerim Tulegenova for Steppe Wire","para":1,"text":"It rained."}"#,
    ]
    .join("\n");
    let records = run_on(&input, &[]);
    let items = |i: usize| -> Vec<(String, String, String, String)> {
        records[i]["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let s = |k: &str| e[k].as_str().unwrap_or("").to_string();
                (s("field"), s("text"), s("type"), s("name"))
            })
            .collect()
    };
    assert_eq!(
        items(0),
        [
            ("dateline".into(), "Bishkek".into(), "GPE".into(), "Bishkek".into()),
            ("source".into(), "Reuters".into(), "ORG".into(), "Reuters".into())
        ]
    );
    assert!(items(1).is_empty());
    assert_eq!(
        items(2),
        [
            ("source".into(), "Aigerim Tulegenova".into(), "PERSON".into(), "Aigerim Tulegenova".into()),
            ("source".into(), "Steppe Wire".into(), "ORG".into(), "Steppe Wire".into())
        ]
    );
    assert_eq!(records[2]["entities"][0]["start"], 3);
}

/// A document whose records come back after another document's (a shuffled
/// or re-sorted input) would restart the memory of its names in silence:
/// the run stops at that line and says how to sort the input.
#[test]
fn a_document_that_comes_back_is_an_error_at_its_line() {
    let input = concat!(
        r#"{"doc":"a","text":"Police in Aktobe detained Marat Ospanov."}"#,
        "\n",
        r#"{"doc":"b","text":"A fire broke out in Almaty."}"#,
        "\n",
        r#"{"doc":"a","text":"Ospanov was released on Monday."}"#,
        "\n",
    );
    let out = tool().write_stdin(input).assert().failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("<stdin>:3:"), "{stderr}");
    assert!(stderr.contains("document \"a\" seen again after \"b\""), "{stderr}");
    assert!(stderr.contains("sort"), "{stderr}");
}

/// Documents in one piece and records without a doc between documents
/// pass; a record without a doc inside a document ends it (each such record
/// is a document of its own).
#[test]
fn documents_in_one_piece_and_records_without_doc_pass() {
    let input = concat!(
        r#"{"text":"A note with no document."}"#,
        "\n",
        r#"{"doc":"a","text":"Police in Aktobe detained Marat Ospanov."}"#,
        "\n",
        r#"{"doc":"a","text":"Ospanov was released on Monday."}"#,
        "\n",
        r#"{"doc":"b","text":"A fire broke out in Almaty."}"#,
        "\n",
    );
    let records = run_on(input, &[]);
    assert_eq!(records.len(), 4);
    let names: Vec<_> = mentions(&records[2..3]).into_iter().map(|(_, _, name)| name).collect();
    assert!(names.contains(&"Marat Ospanov".to_string()), "{names:?}");
}

#[test]
fn a_record_without_doc_inside_a_document_ends_it() {
    let input = concat!(
        r#"{"doc":"a","text":"Police in Aktobe detained Marat Ospanov."}"#,
        "\n",
        r#"{"text":"A note with no document."}"#,
        "\n",
        r#"{"doc":"a","text":"Ospanov was released on Monday."}"#,
        "\n",
    );
    let out = tool().write_stdin(input).assert().failure();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("<stdin>:3:"), "{stderr}");
    assert!(stderr.contains("seen again after a record without a doc"), "{stderr}");
}

#[test]
fn the_documents_address_names_its_country_for_bodies_named_first() {
    let input = concat!(
        r#"{"doc":"a","url":"https://example.org/news/2021/v-tadzhikistane-zaderzhali-troih","text":"Об этом сообщили в Минздраве."}"#,
        "\n",
        r#"{"doc":"b","url":"https://example.org/news/2021/pozhar-na-rynke","text":"Об этом сообщили в Минздраве."}"#,
        "\n"
    );
    let out = Command::cargo_bin("kz-entities").unwrap().write_stdin(input).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains("Ministry of Health of Tajikistan"), "{}", lines[0]);
    assert!(lines[1].contains("Ministry of Health of Kazakhstan"), "{}", lines[1]);
}

#[test]
fn a_source_in_title_case_finds_the_acronym_the_list_has_in_capitals() {
    // kz-split writes a wire's `/КАБАР/` as the source `Кабар`; the list
    // knows BelTA as `БЕЛТА`; an agency no list has gets Latin letters.
    let input = concat!(
        r#"{"doc":"a","source":"Белта","text":"Митинг прошёл спокойно."}"#,
        "\n",
        r#"{"doc":"b","source":"Степной Вестник","text":"Митинг прошёл спокойно."}"#,
        "\n"
    );
    let out = Command::cargo_bin("kz-entities").unwrap().write_stdin(input).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains(r#""name":"BelTA""#), "{}", lines[0]);
    assert!(lines[1].contains(r#""name":"Stepnoy Vestnik""#), "{}", lines[1]);
}
