//! Command-line behaviour of kz-split, run as a user runs it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn tool() -> Command {
    Command::cargo_bin("kz-split").unwrap()
}

fn records(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}

fn run_ok(args: &[&str], stdin: &[u8]) -> Vec<Value> {
    let out = tool().args(args).write_stdin(stdin.to_vec()).assert().success();
    records(&out.get_output().stdout)
}

fn texts(recs: &[Value]) -> Vec<&str> {
    recs.iter().map(|r| r["text"].as_str().unwrap()).collect()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

#[test]
fn version_and_help_work() {
    tool().arg("--version").assert().success();
    tool()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains("Exit status"))
        .stdout(predicate::str::contains("jq"));
}

#[test]
fn a_raw_article_gives_metadata_and_sentences() {
    let article = "Bridge Closed After Blast in Aktau\n\nBy Caspian Courier\n\n12 May 2021\n\n\
An explosion damaged a bridge in Aktau on Tuesday. Two people were hurt.\n\n\
Police said the blast was caused by gas.\n\nShare this article\n";
    let recs = run_ok(&[], article.as_bytes());
    assert_eq!(
        texts(&recs),
        [
            "Bridge Closed After Blast in Aktau",
            "An explosion damaged a bridge in Aktau on Tuesday.",
            "Two people were hurt.",
            "Police said the blast was caused by gas."
        ]
    );
    for r in &recs {
        assert_eq!(r["doc"], "stdin");
        assert_eq!(r["title"], "Bridge Closed After Blast in Aktau");
        assert_eq!(r["source"], "Caspian Courier");
        assert_eq!(r["published"], "2021-05-12");
    }
    let paras: Vec<u64> = recs.iter().map(|r| r["para"].as_u64().unwrap()).collect();
    assert_eq!(paras, [0, 1, 1, 2]);
    let sents: Vec<u64> = recs.iter().map(|r| r["sent"].as_u64().unwrap()).collect();
    assert_eq!(sents, [0, 1, 2, 3]);
}

#[test]
fn offsets_point_into_the_text_without_bom_and_with_lf() {
    let article = "\u{feff}Flood Warning in Oral\r\n\r\nRivers rose in the night.\r\nRoads were shut.\r\n";
    let recs = run_ok(&[], article.as_bytes());
    let doc = "Flood Warning in Oral\n\nRivers rose in the night.\nRoads were shut.\n";
    let chars: Vec<char> = doc.chars().collect();
    for r in &recs {
        let (a, b) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        let slice: String = chars[a..b].iter().collect();
        assert_eq!(slice.replace('\n', " "), r["text"].as_str().unwrap());
    }
    assert_eq!(texts(&recs), ["Flood Warning in Oral", "Rivers rose in the night.", "Roads were shut."]);
}

#[test]
fn the_example_articles_split_correctly() {
    let dir = examples();
    let out = tool()
        .arg(dir.join("shymkent-herald.txt"))
        .arg(dir.join("shymkent-wire.txt"))
        .arg(dir.join("karaganda-rally.txt"))
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    let of = |doc: &str| -> Vec<&Value> { recs.iter().filter(|r| r["doc"] == doc).collect() };

    let herald = of("shymkent-herald");
    assert_eq!(herald[0]["title"], "Gunmen Attack Police Post Near Shymkent");
    assert_eq!(herald[0]["source"], "Steppe Herald");
    assert_eq!(herald[0]["published"], "2019-03-14");
    assert!(herald.iter().all(|r| r["published"] == "2019-03-14"));
    let herald_text: Vec<&str> = herald.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert!(herald_text.contains(
        &"\"The situation is under control,\" said Col. Yerlan Zhaksybekov, a spokesman for the police of Turkistan region."
    ));
    assert!(herald_text.iter().all(|t| !t.contains("Read more") && !t.contains("Share this")));

    let wire = of("shymkent-wire");
    assert_eq!(wire[0]["dateline"], "Almaty");
    assert_eq!(wire[0]["dateline_text"], "ALMATY, March 15, 2019, Kazinform");
    assert_eq!(wire[0]["published"], "2019-03-15");
    assert_eq!(wire[0]["source"], "Kazinform");
    assert!(wire[0].get("title").is_none());
    assert!(wire[0]["text"].as_str().unwrap().starts_with("Five people died in Wednesday's attack"));

    let rally = of("karaganda-rally");
    assert_eq!(rally[0]["title"], "Hundreds Detained After Miners' Rally in Karaganda");
    assert_eq!(rally[0]["published"], "2020-10-04");
    let last = rally.last().unwrap()["text"].as_str().unwrap();
    assert_eq!(
        last,
        "Deputy akim of Karaganda region Nurlan Abenov said the authorities would meet union leaders next week."
    );
    assert_eq!(rally.len(), 7, "headline and six sentences");
}

#[test]
fn keep_boilerplate_keeps_it() {
    let article = "Intro sentence here.\n\nLast line of text.\n\n***\n\nShare this article\n";
    let recs = run_ok(&["--keep-boilerplate"], article.as_bytes());
    assert_eq!(texts(&recs), ["Intro sentence here.", "Last line of text.", "***", "Share this article"]);
    let recs = run_ok(&[], article.as_bytes());
    assert_eq!(texts(&recs), ["Intro sentence here.", "Last line of text."]);
}

#[test]
fn units_para_and_doc() {
    let article = "Fire in Taraz Market\n\nA fire broke out. It spread fast.\n\nNobody died.\n";
    let paras = run_ok(&["--unit", "para"], article.as_bytes());
    assert_eq!(texts(&paras), ["Fire in Taraz Market", "A fire broke out. It spread fast.", "Nobody died."]);
    let docs = run_ok(&["--unit", "doc"], article.as_bytes());
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["text"], "A fire broke out. It spread fast.\n\nNobody died.");
    assert_eq!(docs[0]["title"], "Fire in Taraz Market");
}

#[test]
fn published_option_fills_only_undated_documents() {
    let dir = tempfile::tempdir().unwrap();
    let dated = write(dir.path(), "dated.txt", b"1 March 2020\n\nShots were fired.\n");
    let undated = write(dir.path(), "undated.txt", b"Shots were fired.\n");
    let out = tool().args(["--published", "2021-07-08"]).arg(&dated).arg(&undated).assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs[0]["published"], "2020-03-01");
    assert_eq!(recs[1]["published"], "2021-07-08");
    assert_eq!(recs[1]["doc"], "undated");
    tool().args(["--published", "someday"]).write_stdin("x").assert().code(2);
}

#[test]
fn jsonl_documents_keep_their_fields() {
    let input = concat!(
        r#"{"id":"a1","lang":"en","text":"Troops arrived. Shops closed.","url":"https://x.example/1","published":"2022-01-05T08:00:00Z","tags":["kz"]}"#,
        "\n",
        r#"{"text":"No id here."}"#,
        "\n",
        r#"{"id":"skip","text":null,"note":1}"#,
        "\n"
    );
    let recs = run_ok(&["--from", "jsonl"], input.as_bytes());
    assert_eq!(recs.len(), 4);
    assert_eq!(recs[0]["doc"], "a1");
    assert_eq!(recs[0]["lang"], "en");
    assert_eq!(recs[0]["tags"][0], "kz");
    assert_eq!(recs[0]["url"], "https://x.example/1");
    assert_eq!(recs[0]["published"], "2022-01-05");
    assert_eq!(recs[1]["text"], "Shops closed.");
    assert_eq!(recs[1]["lang"], "en");
    assert_eq!(recs[2]["doc"], "stdin:2");
    assert_eq!(
        serde_json::to_string(&recs[3]).unwrap(),
        r#"{"id":"skip","text":null,"note":1}"#,
        "a record without text passes through unchanged"
    );
}

#[test]
fn jsonl_is_recognised_by_extension_and_bad_lines_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "news.jsonl", b"{\"text\":\"Fine.\"}\n{\"text\": oops}\n[1,2]\n");
    tool().arg(&file).assert().code(1).stderr(predicate::str::contains("news.jsonl:2: invalid JSON"));
    let nonobject = write(dir.path(), "other.ndjson", b"\n[1,2]\n");
    tool()
        .arg(&nonobject)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("other.ndjson:2: expected a JSON object, found an array"));
}

#[test]
fn rejects_collect_bad_lines_and_rows() {
    let dir = tempfile::tempdir().unwrap();
    let jsonl = write(dir.path(), "in.jsonl", b"{\"text\":\"One.\"}\nnot json\r\n42\n{\"text\":\"Two.\"}\n");
    let csv = write(dir.path(), "in.csv", b"id,text\nc1,Three.\nc2,Four.,extra\nc3,Five.\n");
    let rejects = dir.path().join("rejects.txt");
    let out = tool()
        .arg(&jsonl)
        .arg(&csv)
        .arg("--rejects")
        .arg(&rejects)
        .assert()
        .success()
        .stderr(predicate::str::contains("3 bad line(s)"));
    let recs = records(&out.get_output().stdout);
    assert_eq!(texts(&recs), ["One.", "Two.", "Three.", "Five."]);
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "not json\r\n42\nc2,Four.,extra\n");
}

#[test]
fn csv_documents() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "export.csv",
        "\u{feff}id,body,outlet,published\nr1,\"Police came. They left.\nLater, all was calm.\",Steppe Post,03.02.2021\n"
            .as_bytes(),
    );
    let out = tool().arg(&csv).args(["--field", "body"]).assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(texts(&recs), ["Police came.", "They left.", "Later, all was calm."]);
    assert_eq!(recs[0]["doc"], "r1");
    assert_eq!(recs[0]["outlet"], "Steppe Post");
    assert_eq!(recs[0]["published"], "2021-02-03");
    // A malformed row names file and line.
    let bad = write(dir.path(), "bad.csv", b"id,text\na,Fine.\nb,Too,many\n");
    tool()
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.csv:3: expected 2 fields, found 3"));
    tool()
        .args(["--from", "csv"])
        .write_stdin("id,text\nz,Read from stdin.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"doc\":\"z\""));
}

#[test]
fn invalid_utf8_is_replaced_and_reported_once_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad =
        write(dir.path(), "bad.txt", b"Caf\xe9 owners fled. Then \xff\xfe police came.\n\nMore \xff text.\n");
    let good = write(dir.path(), "good.txt", b"All fine here.\n");
    let out = tool().arg(&bad).arg(&good).assert().success();
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.matches("invalid UTF-8").count(), 1, "{stderr}");
    assert!(stderr.contains("bad.txt"), "{stderr}");
    let recs = records(&out.get_output().stdout);
    assert!(recs[0]["text"].as_str().unwrap().contains('\u{FFFD}'));
    assert_eq!(recs.last().unwrap()["text"], "All fine here.");
}

#[test]
fn empty_input_gives_no_records() {
    tool().write_stdin("").assert().success().stdout("");
    tool().write_stdin("\n\n  \n").assert().success().stdout("");
    tool().args(["--from", "jsonl"]).write_stdin("").assert().success().stdout("");
    tool().args(["--from", "csv"]).write_stdin("").assert().success().stdout("");
}

#[test]
fn missing_file_is_an_error() {
    tool()
        .arg("/nonexistent/kz-split-input.txt")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("kz-split-input.txt"));
}

#[test]
fn output_file_is_written_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    std::fs::write(&target, "old\n").unwrap();
    // A failing run leaves the old file as it was, and no temporary file.
    tool()
        .args(["--from", "jsonl", "-o"])
        .arg(&target)
        .write_stdin("{\"text\":\"A.\"}\nbroken\n")
        .assert()
        .code(1);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    tool().arg("-o").arg(&target).write_stdin("Fresh text.").assert().success().stdout("");
    let recs = records(&std::fs::read(&target).unwrap());
    assert_eq!(texts(&recs), ["Fresh text."]);
}

#[test]
fn many_files_keep_their_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for i in 0..400 {
        let body = format!("Report number {i} begins. It has a second sentence.\n");
        paths.push(write(dir.path(), &format!("r{i:04}.txt"), body.as_bytes()));
    }
    let out = tool().args(&paths).assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), 800);
    for (i, pair) in recs.chunks(2).enumerate() {
        assert_eq!(pair[0]["doc"], format!("r{i:04}"));
        assert_eq!(pair[1]["doc"], format!("r{i:04}"));
    }
}

#[test]
fn a_large_document_between_small_ones_keeps_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let small = "A short report. It has two sentences.\n";
    let large = "Police closed the road near the border. Traffic stopped.\n\n".repeat(100_000);
    let a = write(dir.path(), "a.txt", small.as_bytes());
    let b = write(dir.path(), "b.txt", large.as_bytes());
    let c = write(dir.path(), "c.txt", small.as_bytes());
    let out = tool().arg(&a).arg(&b).arg(&c).assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), 2 + 200_000 + 2);
    assert_eq!(recs[0]["doc"], "a");
    assert_eq!(recs[2]["doc"], "b");
    assert_eq!(recs[200_001]["doc"], "b");
    assert_eq!(recs[200_002]["doc"], "c");
}

#[test]
fn closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "Police detained several people in the square. Shops stayed closed.\n\n";
    let big = write(dir.path(), "big.txt", paragraph.repeat(200_000).as_bytes());
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_kz-split"))
        .arg(&big)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close our end, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// Wait for a child, killing it and failing after `secs` seconds.
fn wait_or_kill(child: &mut std::process::Child, secs: u64) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("kz-split did not end after its reader went away");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn closed_pipe_with_many_files_ends_quietly_and_promptly() {
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "Police detained several people in the square. Shops stayed closed.\n\n";
    let body = paragraph.repeat(1_500);
    let paths: Vec<PathBuf> =
        (0..300).map(|i| write(dir.path(), &format!("a{i:03}.txt"), body.as_bytes())).collect();
    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_kz-split"))
        .args(&paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let status = wait_or_kill(&mut child, 60);
    assert_eq!(status.code(), Some(0));
}

#[test]
fn stdin_dash_and_files_mix() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "one.txt", b"From a file.\n");
    let mut cmd = tool();
    cmd.arg(&f).arg("-").write_stdin("From stdin.");
    let out = cmd.assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(texts(&recs), ["From a file.", "From stdin."]);
    assert_eq!(recs[1]["doc"], "stdin");
    let _ = std::io::stdout().flush();
}

#[test]
fn files_from_a_list_reads_them_after_the_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), "first.txt", b"Named on the command line.\n");
    let a = write(dir.path(), "a.txt", b"Listed first.\n");
    let b = write(dir.path(), "b b.txt", b"Listed second, with a space in the name.\n");
    // CRLF line ends and empty lines are allowed in the list.
    let list = format!("{}\r\n\n{}\n", a.display(), b.display());
    let list = write(dir.path(), "names.lst", list.as_bytes());
    let out = tool().arg(&first).arg("--files-from").arg(&list).assert().success();
    let recs = records(&out.get_output().stdout);
    assert_eq!(
        texts(&recs),
        ["Named on the command line.", "Listed first.", "Listed second, with a space in the name."]
    );
    assert_eq!(recs[2]["doc"], "b b");
}

#[test]
fn files_from_stdin_does_not_also_read_stdin_as_input() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<PathBuf> = (0..3)
        .map(|i| write(dir.path(), &format!("r{i}.txt"), format!("Report {i} is short.\n").as_bytes()))
        .collect();
    let list: String = names.iter().map(|p| format!("{}\n", p.display())).collect();
    let recs = run_ok(&["--files-from", "-"], list.as_bytes());
    assert_eq!(texts(&recs), ["Report 0 is short.", "Report 1 is short.", "Report 2 is short."]);
    assert_eq!(recs[0]["doc"], "r0");
    // Relative names are relative to the working directory, as on the command line.
    let out = tool().current_dir(dir.path()).args(["--files-from", "-"]).write_stdin("r1.txt\n").assert();
    assert_eq!(texts(&records(&out.success().get_output().stdout)), ["Report 1 is short."]);
}

#[test]
fn files_from_errors_name_the_list_or_the_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    tool()
        .args(["--files-from", "/nonexistent/kz-split-names.lst"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--files-from /nonexistent/kz-split-names.lst"));
    let list = write(dir.path(), "names.lst", b"/nonexistent/kz-split-listed.txt\n");
    tool()
        .arg("--files-from")
        .arg(&list)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/nonexistent/kz-split-listed.txt"));
    // Standard input cannot be the list and an input at once.
    tool().args(["--files-from", "-", "-"]).write_stdin("").assert().code(2);
}

/// The names of a record's fields, in order.
fn field_names(line: &str) -> Vec<String> {
    let v: serde_json::Map<String, Value> = serde_json::from_str(line).unwrap();
    v.keys().cloned().collect()
}

#[test]
fn every_record_gets_the_language_of_its_document() {
    let dir = tempfile::tempdir().unwrap();
    let en = write(
        dir.path(),
        "en.txt",
        "Flood in Oral\n\nThe river rose overnight and roads were shut.\n".as_bytes(),
    );
    let ru = write(
        dir.path(),
        "ru.txt",
        "Паводок в Уральске\n\nРека поднялась за ночь, дороги закрыты. В городе работает ДЧС.\n".as_bytes(),
    );
    let kk = write(dir.path(), "kk.txt", "Орал қаласында су тасқыны болды, жолдар жабылды.\n".as_bytes());
    let und = write(dir.path(), "und.txt", "2016 — 17\n".as_bytes());
    let out = tool().arg(&en).arg(&ru).arg(&kk).arg(&und).assert().success();
    let recs = records(&out.get_output().stdout);
    let lang_of = |doc: &str| -> Vec<&str> {
        recs.iter().filter(|r| r["doc"] == doc).map(|r| r["lang"].as_str().unwrap()).collect()
    };
    assert_eq!(lang_of("en"), ["en", "en"]);
    assert_eq!(lang_of("ru"), ["ru", "ru", "ru"]);
    assert_eq!(lang_of("kk"), ["kk"]);
    assert_eq!(lang_of("und"), ["und"]);
    // `lang` comes right after `doc`, before the other metadata.
    let first = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let names = field_names(first.lines().next().unwrap());
    assert_eq!(names[..3], ["doc", "lang", "title"]);
}

#[test]
fn lang_option_and_the_input_field_decide_before_the_text() {
    // --lang sets the language of documents whose input gives none.
    let recs = run_ok(&["--lang", "ru"], b"Police came at night.\n");
    assert_eq!(recs[0]["lang"], "ru");
    let recs = run_ok(&["--unit", "doc", "--lang", "KK"], b"Police came at night.\n");
    assert_eq!(recs[0]["lang"], "kk");
    tool().args(["--lang", "fr"]).write_stdin("x").assert().code(2).stderr(predicate::str::contains("fr"));
    // A JSONL record's own `lang` is kept as written, even over --lang;
    // a record without one gets --lang or the detected language.
    let input = concat!(
        r#"{"id":"a","lang":"ru-KZ","text":"Police came at night."}"#,
        "\n",
        r#"{"id":"b","text":"Полиция приехала ночью."}"#,
        "\n",
        r#"{"id":"c","lang":null,"text":"Police came at night."}"#,
        "\n"
    );
    let recs = run_ok(&["--from", "jsonl"], input.as_bytes());
    let langs: Vec<&str> = recs.iter().map(|r| r["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["ru-KZ", "ru", "en"]);
    let recs = run_ok(&["--from", "jsonl", "--lang", "en"], input.as_bytes());
    let langs: Vec<&str> = recs.iter().map(|r| r["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["ru-KZ", "en", "en"]);
    // CSV too.
    let recs = run_ok(&["--from", "csv"], "id,lang,text\nr,kk,Police came.\n".as_bytes());
    assert_eq!(recs[0]["lang"], "kk");
}

#[test]
fn the_russian_example_articles_split_correctly() {
    let dir = examples();
    let out = tool()
        .arg(dir.join("shymkent-ru.txt"))
        .arg(dir.join("aktau-brawl-ru.txt"))
        .arg(dir.join("almaty-gas-ru.txt"))
        .assert()
        .success();
    let recs = records(&out.get_output().stdout);
    assert!(recs.iter().all(|r| r["lang"] == "ru"));
    let of = |doc: &str| -> Vec<&Value> { recs.iter().filter(|r| r["doc"] == doc).collect() };

    let shymkent = of("shymkent-ru");
    assert_eq!(shymkent[0]["published"], "2019-03-14", "the same day as the English report");
    assert_eq!(shymkent[0]["dateline"], "Шымкент");
    assert_eq!(shymkent[0]["dateline_text"], "ШЫМКЕНТ, 14 марта. КазТАГ");
    assert_eq!(shymkent[0]["source"], "КазТАГ");
    let text: Vec<&str> = shymkent.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert!(text[1].starts_with("Четыре человека погибли"));
    assert!(text.iter().any(|t| t.ends_with("полковник Е. Жаксыбеков.")));
    assert!(text.iter().all(|t| !t.contains("Читайте также") && !t.contains("Ctrl+Enter")));

    let aktau = of("aktau-brawl-ru");
    assert_eq!(
        (aktau[0]["source"].as_str(), aktau[0]["published"].as_str()),
        (Some("Айгерим Сейтова"), Some("2021-08-22"))
    );
    let text: Vec<&str> = aktau.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert!(text.contains(&"Возбуждено уголовное дело по ч. 2 ст. 293 УК (хулиганство)."));
    assert!(text.iter().all(|t| !t.starts_with("Фото:") && !t.contains("Telegram") && *t != "Поделиться"));

    let gas = of("almaty-gas-ru");
    assert_eq!(gas[0]["published"], "2021-06-05");
    assert_eq!(gas[0]["source"], "Интерфакс-Казахстан");
    assert_eq!(gas.len(), 9, "headline and eight sentences");
}
