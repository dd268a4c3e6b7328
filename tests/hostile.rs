//! Hostile input, fed to every tool: each either gives correct output, or an
//! error naming the input and line with exit 1, or (with --rejects) keeps the
//! bad line verbatim and goes on. Never a panic, never a silently lost record.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use kz_tests::{bin, records, run, spawn, Run};
use serde_json::{json, Map, Value};

/// A tool as the tests run it: the streaming ones keep one output record per
/// input record (kz-dedupe with --mark keeps duplicates too).
struct Tool {
    name: &'static str,
    args: &'static [&'static str],
}

const STREAMING: &[Tool] = &[
    Tool { name: "kz-entities", args: &[] },
    Tool { name: "kz-numbers", args: &[] },
    Tool { name: "kz-timeline", args: &["--annotate"] },
    Tool { name: "kz-dedupe", args: &["--mark"] },
];

/// Every tool that reads JSON Lines, with the arguments that make it do so.
const JSONL_READERS: &[Tool] = &[
    Tool { name: "kz-split", args: &["--from", "jsonl"] },
    Tool { name: "kz-entities", args: &[] },
    Tool { name: "kz-numbers", args: &[] },
    Tool { name: "kz-timeline", args: &["--annotate"] },
    Tool { name: "kz-timeline", args: &[] },
    Tool { name: "kz-dedupe", args: &[] },
];

fn run_tool(tool: &Tool, extra: &[&str], input: &[u8]) -> Run {
    let mut args: Vec<&str> = tool.args.to_vec();
    args.extend_from_slice(extra);
    let r = run(tool.name, &args, input);
    assert!(!r.stderr.contains("panicked"), "{} panicked: {}", tool.name, r.stderr);
    r
}

fn assert_data_error(tool: &Tool, r: &Run, place: &str, what: &str) {
    assert_eq!(r.code, Some(1), "{} {:?}: exit {:?}, stderr {}", tool.name, tool.args, r.code, r.stderr);
    let expected = format!("{}: {place}: ", tool.name);
    assert!(
        r.stderr.contains(&expected) && r.stderr.contains(what),
        "{} {:?}: stderr should contain `{expected}…{what}`, got: {}",
        tool.name,
        tool.args,
        r.stderr
    );
}

const GOOD: &str = r#"{"doc":"d1","text":"Two people were detained in Taraz on Monday."}"#;

#[test]
fn invalid_json_stops_with_input_and_line() {
    for tool in JSONL_READERS {
        let input = format!("{GOOD}\n{{\"text\": \"unfinished\n");
        let r = run_tool(tool, &[], input.as_bytes());
        assert_data_error(tool, &r, "<stdin>:2", "invalid JSON");
    }
}

#[test]
fn a_value_that_is_not_an_object_is_an_error() {
    for tool in JSONL_READERS {
        let r = run_tool(tool, &[], b"[\"a list\"]\n");
        assert_data_error(tool, &r, "<stdin>:1", "expected a JSON object, found an array");
        let r = run_tool(tool, &[], b"\n\n\"a string\"\n");
        assert_data_error(tool, &r, "<stdin>:3", "found a string");
    }
}

#[test]
fn invalid_utf8_in_json_lines_names_the_line() {
    for tool in JSONL_READERS {
        let mut input = format!("{GOOD}\n{GOOD}\n").into_bytes();
        input.extend_from_slice(b"{\"text\":\"caf\xe9\"}\n");
        let r = run_tool(tool, &[], &input);
        assert_data_error(tool, &r, "<stdin>:3", "invalid UTF-8");
    }
}

#[test]
fn nesting_beyond_the_parser_limit_is_an_error_not_a_crash() {
    let deep = format!("{{\"text\":\"x\",\"n\":{}{}}}\n", "[".repeat(100_000), "]".repeat(100_000));
    for tool in JSONL_READERS {
        let r = run_tool(tool, &[], deep.as_bytes());
        assert_data_error(tool, &r, "<stdin>:1", "recursion limit");
    }
}

#[test]
fn errors_in_a_named_file_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("batch.jsonl");
    std::fs::write(&path, format!("{GOOD}\n{GOOD}\n{GOOD}\n{{]\n")).unwrap();
    for tool in JSONL_READERS {
        let r = run_tool(tool, &[path.to_str().unwrap()], b"");
        assert_data_error(tool, &r, &format!("{}:4", path.display()), "invalid JSON");
    }
}

/// A file with every kind of bad line between good ones, a BOM, CRLF, blank
/// lines and a last line without its newline.
fn mixed_input() -> (Vec<u8>, usize, Vec<u8>) {
    let mut input = Vec::new();
    let mut good = 0;
    let mut bad = Vec::new();
    input.extend_from_slice(b"\xEF\xBB\xBF");
    for i in 0..6 {
        let line = json!({"doc": format!("m{i}"), "text": format!("Record {i}: {} were hurt.", i + 3)});
        input.extend_from_slice(line.to_string().as_bytes());
        input.extend_from_slice(if i % 2 == 0 { b"\r\n" } else { b"\n" });
        good += 1;
        let broken: &[u8] = match i {
            0 => b"{\"text\": oops}\n",
            1 => b"42\n",
            2 => b"{\"text\":\"\xff\xfe\"}\n",
            3 => b"\n   \n",
            4 => b"[{\"text\":\"in a list\"}]\r\n",
            _ => b"",
        };
        input.extend_from_slice(broken);
        if !broken.iter().all(u8::is_ascii_whitespace) {
            bad.extend_from_slice(broken);
        }
    }
    let last = json!({"doc": "last", "text": "No newline at the end."}).to_string();
    input.extend_from_slice(last.as_bytes());
    good += 1;
    (input, good, bad)
}

#[test]
fn rejects_keep_bad_lines_verbatim_and_nothing_is_lost() {
    let (input, good, bad) = mixed_input();
    for tool in STREAMING {
        let dir = tempfile::tempdir().unwrap();
        let rejects = dir.path().join("rejects.txt");
        let r = run_tool(tool, &["--rejects", rejects.to_str().unwrap()], &input);
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        let out = records(&r.stdout);
        let kept = std::fs::read(&rejects).unwrap();
        assert_eq!(kept, bad, "{}: rejects file", tool.name);
        let rejected = kept.split(|&b| b == b'\n').filter(|l| !l.is_empty()).count();
        assert_eq!(out.len() + rejected, good + rejected, "{}: lines in = lines out + rejected", tool.name);
        assert_eq!(out.len(), good, "{}", tool.name);
        assert_eq!(out[0]["doc"], "m0", "{}: the BOM is not part of the first record", tool.name);
        assert_eq!(out.last().unwrap()["doc"], "last", "{}: the unterminated last line counts", tool.name);
    }
}

#[test]
fn awkward_text_fields_pass_through_unchanged() {
    let odd = [
        json!({"doc": "a", "id": 1}),
        json!({"doc": "b", "text": null}),
        json!({"doc": "c", "text": 17}),
        json!({"doc": "d", "text": ["Six", "killed"]}),
        json!({"doc": "e", "text": {"nested": "Six killed"}}),
    ];
    let input: String = odd.iter().map(|v| format!("{v}\n")).collect();
    for tool in STREAMING {
        let r = run_tool(tool, &[], input.as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        let out = records(&r.stdout);
        assert_eq!(out.len(), odd.len(), "{}", tool.name);
        for (got, want) in out.iter().zip(&odd) {
            assert_eq!(&Value::Object(got.clone()), want, "{}", tool.name);
        }
    }
}

#[test]
fn a_field_that_no_record_has_gets_a_warning() {
    for tool in STREAMING {
        let r = run_tool(tool, &["--field", "body"], format!("{GOOD}\n").as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert!(r.stderr.contains("warning") && r.stderr.contains("body"), "{}: {}", tool.name, r.stderr);
        let out = records(&r.stdout);
        assert_eq!(Value::Object(out[0].clone()), serde_json::from_str::<Value>(GOOD).unwrap());
    }
}

#[test]
fn unknown_fields_keep_their_values_and_order() {
    let line = r#"{"zeta":{"b":[1,{"c":null}],"a":"é"},"doc":"u1","big":98765432109876543210987654321,"price":1.50,"text":"Three soldiers were killed in Aktobe on 5 June 2016.","alpha":true}"#;
    let original: Map<String, Value> = serde_json::from_str(line).unwrap();
    for tool in STREAMING {
        let r = run_tool(tool, &[], format!("{line}\n").as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        let out = &records(&r.stdout)[0];
        let kept: Vec<(&String, &Value)> = out.iter().filter(|(k, _)| original.contains_key(*k)).collect();
        let want: Vec<(&String, &Value)> = original.iter().collect();
        assert_eq!(kept, want, "{}", tool.name);
        assert!(r.stdout.contains("98765432109876543210987654321"), "{}: big integer changed", tool.name);
    }
}

/// Check every annotation of a record: `text[start:end]`, counted in
/// characters, is the annotation's own text.
fn assert_offsets_exact(tool: &str, record: &Map<String, Value>, field: &str) {
    let text: Vec<char> = record[field].as_str().unwrap().chars().collect();
    for (key, value) in record {
        let Some(items) = value.as_array() else { continue };
        for item in items {
            let (Some(start), Some(end), Some(mention)) = (
                item.get("start").and_then(Value::as_u64),
                item.get("end").and_then(Value::as_u64),
                item.get("text").and_then(Value::as_str),
            ) else {
                continue;
            };
            let (start, end) = (start as usize, end as usize);
            assert!(start <= end && end <= text.len(), "{tool}: {key} span {start}..{end} out of range");
            let slice: String = text[start..end].iter().collect();
            assert_eq!(slice, mention, "{tool}: {key} offsets do not point at the mention");
        }
    }
}

const STRANGE_TEXT: &str = "\u{0}\u{7}🙂 Six people were killed in Алматы and at least nine injured on \
     June 5, 2016 — שלום مرحبا, cafe\u{301} e\u{301}\u{301} 👨‍👩‍👧 President Kassym-Jomart Tokayev said \
     on Monday\u{200f} that 3,000 people were detained in Almaty.\u{1b}[0m";

#[test]
fn offsets_stay_character_offsets_with_strange_characters() {
    let record = json!({"doc": "s", "published": "2016-06-06", "text": STRANGE_TEXT});
    for tool in STREAMING {
        let r = run_tool(tool, &[], format!("{record}\n").as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        let out = records(&r.stdout);
        assert_eq!(out.len(), 1, "{}", tool.name);
        assert_eq!(out[0]["text"], STRANGE_TEXT, "{}: the text itself is untouched", tool.name);
        assert_offsets_exact(tool.name, &out[0], "text");
    }
}

#[test]
fn split_offsets_point_into_the_document_with_strange_characters() {
    let doc = json!({"id": "s", "text": format!("{STRANGE_TEXT}\n\nA second paragraph. 🙂 It ends here.")});
    let r =
        run_tool(&Tool { name: "kz-split", args: &["--from", "jsonl"] }, &[], format!("{doc}\n").as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let text: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    let mut last_end = 0;
    for rec in records(&r.stdout) {
        let (start, end) = (rec["start"].as_u64().unwrap() as usize, rec["end"].as_u64().unwrap() as usize);
        assert!(last_end <= start && start <= end && end <= text.len(), "{start}..{end}");
        let slice: String = text[start..end].iter().collect();
        let squeezed = slice.split_whitespace().collect::<Vec<_>>().join(" ");
        let said = rec["text"].as_str().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(squeezed, said);
        last_end = end;
    }
}

#[test]
fn a_fifty_megabyte_line_goes_through() {
    let blob = "x".repeat(50 * 1024 * 1024);
    let line = format!("{{\"text\":\"Four were detained.\",\"html\":\"{blob}\"}}\n");
    for tool in STREAMING {
        let r = run_tool(tool, &[], line.as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert_eq!(r.stdout.lines().count(), 1, "{}", tool.name);
        assert!(r.stdout.len() > blob.len(), "{}", tool.name);
    }
}

#[test]
fn a_megabyte_without_punctuation_does_not_hang() {
    let words = ["police", "said", "Almaty", "two", "men", "on", "Monday", "and", "then", "the"];
    let text: String = (0..170_000).map(|i| words[i % words.len()]).collect::<Vec<_>>().join(" ");
    let record = json!({"doc": "long", "text": text});
    for tool in STREAMING {
        let r = run_tool(tool, &[], format!("{record}\n").as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert_eq!(records(&r.stdout).len(), 1, "{}", tool.name);
    }
    let r = run("kz-split", &[], text.as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(!records(&r.stdout).is_empty());
}

#[test]
fn whitespace_only_text_is_fine() {
    for tool in STREAMING {
        let r = run_tool(tool, &[], b"{\"text\":\"  \\n\\t \\r\\n\"}\n");
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert_eq!(records(&r.stdout).len(), 1, "{}", tool.name);
    }
    let r = run("kz-split", &[], b" \n\n\t\n \r\n");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"));
}

#[test]
fn empty_input_gives_empty_output() {
    for tool in JSONL_READERS {
        let r = run_tool(tool, &[], b"");
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert_eq!(r.stdout, "", "{}", tool.name);
    }
}

/// `tool | head -1`: the tool ends quietly with status 0.
#[test]
fn a_closed_pipe_ends_quietly() {
    let many: String = (0..60_000)
        .map(|i| format!("{{\"doc\":\"p{i}\",\"text\":\"Line {i} of a long stream.\"}}\n"))
        .collect();
    for tool in STREAMING {
        let (mut child, feeder) = spawn(tool.name, tool.args, many.as_bytes());
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
        // the reader is dropped here: the pipe is closed
        let out = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        assert!(first.starts_with('{'), "{}", tool.name);
        assert_eq!(out.status.code(), Some(0), "{}", tool.name);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{}", tool.name);
    }
}

/// A tool killed halfway leaves the old `-o` file as it was.
#[test]
fn output_files_are_never_left_half_written() {
    for tool in STREAMING {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.jsonl");
        std::fs::write(&target, "previous run\n").unwrap();
        let mut child = Command::new(bin(tool.name))
            .args(tool.args)
            .args(["-o", target.to_str().unwrap()])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        for i in 0..20_000 {
            writeln!(stdin, "{{\"doc\":\"k{i}\",\"text\":\"Record {i}: nine were injured.\"}}").unwrap();
        }
        stdin.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
        child.kill().unwrap();
        child.wait().unwrap();
        drop(stdin);
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous run\n", "{}", tool.name);

        let r = run_tool(tool, &["-o", target.to_str().unwrap()], format!("{GOOD}\n").as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert_eq!(r.stdout, "", "{}: -o writes nothing to stdout", tool.name);
        assert_eq!(records(&std::fs::read_to_string(&target).unwrap()).len(), 1, "{}", tool.name);
    }
}

#[test]
fn invalid_utf8_in_raw_text_is_replaced_and_reported_once_per_file() {
    let dir = tempfile::tempdir().unwrap();
    let one = dir.path().join("one.txt");
    let two = dir.path().join("two.txt");
    std::fs::write(&one, b"Police detained caf\xe9 owners.\n\nThe \xff\xfe court met.\n").unwrap();
    std::fs::write(&two, b"Nine were \xc3 injured.\n").unwrap();
    let r = run("kz-split", &[one.to_str().unwrap(), two.to_str().unwrap()], b"");
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr.matches("one.txt").count(), 1, "{}", r.stderr);
    assert_eq!(r.stderr.matches("two.txt").count(), 1, "{}", r.stderr);
    let texts: Vec<String> =
        records(&r.stdout).iter().map(|r| r["text"].as_str().unwrap().to_string()).collect();
    assert!(texts.iter().any(|t| t.contains('\u{fffd}')), "{texts:?}");
}

// --- Nothing skipped or misread in silence -------------------------------

/// A scraper cut an emoji in half: the text holds a lone surrogate escape.
const CUT_EMOJI: &str = r#"{"doc":"d1","text":"Six people were killed in Taraz. \ud83d"}"#;

#[test]
fn a_lone_surrogate_is_read_as_a_replacement_character_and_reported() {
    let input = format!("{GOOD}\n{CUT_EMOJI}\n{CUT_EMOJI}\n");
    for tool in JSONL_READERS.iter().filter(|t| t.name != "kz-split") {
        let r = run_tool(tool, &[], input.as_bytes());
        assert_eq!(r.code, Some(0), "{} {:?}: {}", tool.name, tool.args, r.stderr);
        // One warning for the input, naming the first line and the count.
        let warning = format!(
            "{}: warning: <stdin>: 2 record(s) held 2 lone UTF-16 surrogate escape(s) (first at <stdin>:2)",
            tool.name
        );
        assert!(r.stderr.contains(&warning), "{} {:?}: {}", tool.name, tool.args, r.stderr);
        assert_eq!(r.stderr.matches("surrogate").count(), 1, "{}", r.stderr);
        // What comes out is JSON that strict readers (serde_json, jq) accept.
        for line in r.stdout.lines() {
            serde_json::from_str::<Value>(line).unwrap_or_else(|e| panic!("{}: {e}: {line}", tool.name));
            assert!(!line.contains("\\ud83d"), "{}: {line}", tool.name);
        }
    }
    // And the text is read like any other: the count is found.
    let r = run("kz-numbers", &[], format!("{CUT_EMOJI}\n").as_bytes());
    let out = records(&r.stdout);
    assert_eq!(out[0]["text"], "Six people were killed in Taraz. \u{fffd}");
    let numbers = out[0]["numbers"].as_array().expect("numbers");
    assert_eq!(numbers[0]["value"], 6);
    assert_eq!(numbers[0]["event"], "killed");
}

#[test]
fn quiet_silences_warnings_and_stats_prints_a_summary() {
    let input = format!("{GOOD}\n{CUT_EMOJI}\nnot json\n");
    for tool in STREAMING {
        let dir = tempfile::tempdir().unwrap();
        let rejects = dir.path().join("rejects.txt");
        let rejects = rejects.to_str().unwrap();
        let r = run_tool(tool, &["--quiet", "--rejects", rejects], input.as_bytes());
        assert_eq!(r.code, Some(0), "{}: {}", tool.name, r.stderr);
        assert_eq!(r.stderr, "", "{}: --quiet still printed", tool.name);
        let r = run_tool(tool, &["--stats", "--rejects", rejects], input.as_bytes());
        assert!(
            r.stderr.contains(&format!("{}: 2 records, 1 with replaced characters, 1 rejected", tool.name)),
            "{}: {}",
            tool.name,
            r.stderr
        );
    }
}

/// Two documents' sentences, as kz-split | kz-numbers would give them.
fn two_documents() -> Vec<String> {
    let mut lines = Vec::new();
    for (doc, published, place) in [("a", "2022-01-06", "Almaty"), ("b", "2022-01-07", "Taraz")] {
        for (sent, text) in [
            format!("Six people were killed in {place} on Wednesday."),
            format!("Police in {place} detained 12 people."),
        ]
        .iter()
        .enumerate()
        {
            lines.push(
                json!({"doc": doc, "published": published, "para": 1, "sent": sent, "text": text})
                    .to_string(),
            );
        }
    }
    lines
}

#[test]
fn a_document_split_in_two_stops_the_timeline_with_the_fix() {
    let lines = two_documents();
    let together = lines.join("\n") + "\n";
    for view in [&["--by", "incident"][..], &["--by", "date"][..]] {
        let r = run("kz-timeline", view, together.as_bytes());
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        // a, b, a: the first document comes back after the second.
        let shuffled = [&lines[0], &lines[2], &lines[1], &lines[3]].map(|s| s.as_str()).join("\n") + "\n";
        let r = run("kz-timeline", view, shuffled.as_bytes());
        assert_eq!(r.code, Some(1), "{view:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(
                "kz-timeline: <stdin>:3: document \"a\" seen again after \"b\": records of a document must be together (sort them with"
            ),
            "{}",
            r.stderr
        );
    }
}

/// kz-entities remembers a document's names (a later "Ospanov" is the
/// "Marat Ospanov" named before): a document that comes back would restart
/// that memory in silence, so it stops with the same message as the
/// timeline. The tools that keep no memory across records go on.
#[test]
fn a_document_split_in_two_stops_kz_entities_with_the_fix() {
    let lines = two_documents();
    let shuffled = [&lines[0], &lines[2], &lines[1], &lines[3]].map(|s| s.as_str()).join("\n") + "\n";
    let r = run("kz-entities", &[], shuffled.as_bytes());
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "kz-entities: <stdin>:3: document \"a\" seen again after \"b\": records of a document must be together (sort them with"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty() || r.stdout.lines().count() <= 2, "{}", r.stdout);
    for tool in ["kz-numbers", "kz-split"] {
        let r = run(tool, &[], shuffled.as_bytes());
        assert_eq!(r.code, Some(0), "{tool}: {}", r.stderr);
        assert!(r.stderr.is_empty(), "{tool}: {}", r.stderr);
    }
}

#[test]
fn fields_in_the_wrong_shape_are_warned_about_once_a_kind() {
    let lines = [
        r#"{"doc":"a","published":"2022-01-06","text":"Six people were killed in Almaty.","numbers":"six killed"}"#,
        r#"{"doc":"a","published":"2022-01-06","text":"Four were hurt.","numbers":[{"value":"4","event":"injured"}],"entities":7}"#,
        r#"{"doc":"b","published":"garbage","text":"Two were detained in Taraz.","times":{"value":"2022"}}"#,
    ];
    let input = lines.join("\n") + "\n";
    for view in ["incident", "date"] {
        let r = run("kz-timeline", &["--by", view], input.as_bytes());
        assert_eq!(r.code, Some(0), "{}", r.stderr);
        for warning in [
            "kz-timeline: warning: 1 record has a \"numbers\" field that is not an array of objects (first at <stdin>:1); they count no claims",
            "kz-timeline: warning: 1 record has a \"numbers\" field that has items whose value, low or high is not a number (first at <stdin>:2)",
            "kz-timeline: warning: 1 record has a \"entities\" field that is not an array of objects (first at <stdin>:2)",
            "kz-timeline: warning: 1 record has a \"times\" field that is not an array of objects (first at <stdin>:3)",
            "kz-timeline: warning: 1 record has a \"published\" field that is not a date (first at <stdin>:3)",
        ] {
            assert!(r.stderr.contains(warning), "{view}: missing `{warning}` in:\n{}", r.stderr);
        }
        let r = run("kz-timeline", &["--by", view, "--strict"], input.as_bytes());
        assert_eq!(r.code, Some(1));
        assert!(
            r.stderr.contains("<stdin>:1: a \"numbers\" field that is not an array of objects (--strict)"),
            "{}",
            r.stderr
        );
        let r = run("kz-timeline", &["--by", view, "--quiet"], input.as_bytes());
        assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""));
    }
}

#[test]
fn a_published_date_in_words_dates_the_report() {
    let input =
        r#"{"doc":"a","published":"June 6, 2016","text":"Six people were killed in Aktobe on Sunday."}"#;
    let r = run("kz-timeline", &["--by", "date"], format!("{input}\n").as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(!r.stderr.contains("published"), "{}", r.stderr);
    // Sunday before Monday 6 June 2016.
    assert_eq!(records(&r.stdout)[0]["date"], "2016-06-05", "{}", r.stdout);
}

#[test]
fn dedupe_within_a_document_is_right_when_the_document_comes_back() {
    // kz-dedupe --within doc keys its comparisons by the doc's value, not by
    // arrival: a document split in two still finds its own repeats, and
    // never another document's.
    let sentence =
        "The regional akimat said on Monday that eleven people had been taken to hospital in Taraz.";
    let lines = [
        json!({"doc": "a", "sent": 0, "text": sentence}),
        json!({"doc": "b", "sent": 0, "text": sentence}),
        json!({"doc": "a", "sent": 1, "text": sentence}),
    ];
    let input = lines.iter().map(Value::to_string).collect::<Vec<_>>().join("\n") + "\n";
    let r = run("kz-dedupe", &["--within", "doc", "--mark"], input.as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let out = records(&r.stdout);
    assert!(out[0].get("dup_of").is_none() && out[1].get("dup_of").is_none(), "{}", r.stdout);
    assert_eq!(out[2]["dup_of"]["doc"], "a", "{}", r.stdout);
}

#[test]
fn a_csv_quote_never_closed_is_an_error_not_a_merge() {
    let csv = "id,text\n1,\"Six people were killed in Taraz.\n2,\"Police detained 12 people.\"\n";
    let r = run("kz-split", &["--from", "csv"], csv.as_bytes());
    assert_eq!(r.code, Some(1), "{}", r.stderr);
    assert!(
        r.stderr.contains("kz-split: <stdin>:2: a quoted field opened on line 2 is never closed"),
        "{}",
        r.stderr
    );
    // A quoted field over several lines, closed, is fine.
    let good = "id,text\n1,\"Six people were killed.\nTwo were hurt.\"\n2,\"Police detained 12 people.\"\n";
    let r = run("kz-split", &["--from", "csv", "--unit", "doc"], good.as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(records(&r.stdout).len(), 2);
    // With --rejects, the row that never closes goes there and the rest is split.
    let dir = tempfile::tempdir().unwrap();
    let rejects = dir.path().join("rejects.csv");
    let csv = "id,text\n1,\"Police detained 12 people.\"\n2,\"Six people were killed.\n3,\"more\"\n";
    let r = run(
        "kz-split",
        &["--from", "csv", "--unit", "doc", "--rejects", rejects.to_str().unwrap()],
        csv.as_bytes(),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(records(&r.stdout).len(), 1);
    assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "2,\"Six people were killed.\n3,\"more\"\n");
}

#[test]
fn kz_split_reads_lone_surrogates_in_json_lines_and_is_quiet_when_asked() {
    let input = format!("{CUT_EMOJI}\n{CUT_EMOJI}\n");
    let r = run("kz-split", &["--from", "jsonl"], input.as_bytes());
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(
        r.stderr.contains("kz-split: warning: <stdin>: 2 record(s) held 2 lone UTF-16 surrogate escape(s) (first at <stdin>:1)"),
        "{}",
        r.stderr
    );
    let out = records(&r.stdout);
    assert!(out.iter().any(|r| r["text"] == "Six people were killed in Taraz."), "{}", r.stdout);
    for line in r.stdout.lines() {
        serde_json::from_str::<Value>(line).unwrap();
    }
    let r = run("kz-split", &["--from", "jsonl", "--quiet"], input.as_bytes());
    assert_eq!((r.code, r.stderr.as_str()), (Some(0), ""));
    let r = run("kz-split", &["--from", "jsonl", "--stats"], input.as_bytes());
    assert!(r.stderr.contains("kz-split: 2 documents, 0 rejected"), "{}", r.stderr);
}
