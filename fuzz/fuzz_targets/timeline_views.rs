#![no_main]
//! Random well-formed records (documents together, as the tools require)
//! with random `numbers`, `times`, `entities`, `published` and `dup_of`
//! fields, in any shape, through the checks and both aggregating views of
//! kz-timeline in every format: no panic; the JSON Lines output is JSON; and
//! every document that gave a well-formed casualty figure is accounted for
//! in the output of each view.

use std::collections::BTreeSet;

use kz_shared::record::{Position, TextField};
use kz_shared::Record;
use kz_timeline::checks::InputChecks;
use kz_timeline::incident::Incidents;
use kz_timeline::timeline::{Format, Timeline, Undated};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

const TEXTS: &[&str] = &[
    "Six people were killed in Almaty on Wednesday.",
    "Police detained 12 protesters in Taraz on January 5, 2022.",
    "The toll rose to 17, the ministry said on Friday.",
    "In 2011, an attack in Aktobe left seven dead.",
    "Накануне в Актобе погибли шесть человек.",
    "No one was hurt.",
    "",
    "Dozens were wounded near the akimat building two days later.",
];
const PLACES: &[&str] = &["Almaty", "Taraz", "Aktobe", "Aktobe Region", "Kazakhstan", "Bishkek"];
const EVENTS: &[&str] = &["killed", "injured", "detained", "arrested", "hospitalized", "other", "", "involved"];
const CLASSES: &[&str] = &["people", "civilians", "security_forces", "militants", "protesters", "aliens"];
const DATES: &[&str] = &["2022-01-05", "2016-06-06", "XXXX-06-05", "2011", "2022-01", "nonsense", "2024-02-30"];

/// Bytes read one at a time; zeros when they run out.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn next(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        *first
    }
    fn pick<'s>(&mut self, list: &[&'s str]) -> &'s str {
        list[self.next() as usize % list.len()]
    }
    fn number(&mut self) -> String {
        match self.next() % 8 {
            0 => "\"5\"".into(),
            1 => "null".into(),
            2 => "1e400".into(),
            3 => "-3".into(),
            4 => "12345678901234567890".into(),
            5 => "0.5".into(),
            _ => (self.next() as u32 * 7).to_string(),
        }
    }
}

fn numbers(b: &mut Bytes) -> (String, bool) {
    match b.next() % 6 {
        0 => ("\"six killed\"".into(), false),
        1 => ("{\"value\":6}".into(), false),
        2 => ("[]".into(), false),
        _ => {
            let n = 1 + b.next() % 4;
            let mut items = Vec::new();
            let mut figure = false;
            for i in 0..n {
                let event = b.pick(EVENTS);
                let value = b.number();
                let part_of = if b.next() % 4 == 0 { format!(",\"part_of\":{}", b.next() % 5) } else { String::new() };
                let superseded = if b.next() % 5 == 0 { ",\"superseded\":true" } else { "" };
                figure |= event == "killed" && value.chars().all(|c| c.is_ascii_digit()) && part_of.is_empty() && superseded.is_empty() && i == 0;
                items.push(format!(
                    "{{\"text\":\"x\",\"value\":{value},\"low\":{},\"event\":\"{event}\",\"who_class\":\"{}\",\"qualifier\":\"exact\"{part_of}{superseded}}}",
                    b.number(),
                    b.pick(CLASSES)
                ));
            }
            (format!("[{}]", items.join(",")), figure)
        }
    }
}

fn times(b: &mut Bytes) -> Option<String> {
    match b.next() % 4 {
        0 => None,
        1 => Some("{\"value\":\"2022\"}".into()),
        _ => Some(format!(
            "[{{\"text\":\"t\",\"value\":\"{}\",\"granularity\":\"{}\",\"report\":{}}}]",
            b.pick(DATES),
            b.pick(&["day", "month", "year", "time", "week"]),
            b.next() % 2 == 0
        )),
    }
}

fn entities(b: &mut Bytes) -> Option<String> {
    match b.next() % 4 {
        0 => None,
        1 => Some("7".into()),
        _ => {
            let place = b.pick(PLACES);
            Some(format!(
                "[{{\"text\":\"{place}\",\"type\":\"{}\",\"name\":\"{place}\",\"lat\":43.2,\"lon\":76.9,\"country\":\"KZ\",\"id\":\"geonames:{}\"}}]",
                b.pick(&["GPE", "LOC", "FAC", "ORG", "PERSON"]),
                b.next()
            ))
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut b = Bytes(data);
    let mut lines = Vec::new();
    let mut counted_docs = BTreeSet::new();
    let (mut doc, mut sent) = (0u32, 0u32);
    let records = 1 + data.len().min(400) / 8;
    for _ in 0..records {
        if b.next() % 3 == 0 {
            doc += 1;
            sent = 0;
        }
        let mut fields = vec![format!("\"doc\":\"d{doc}\"")];
        match b.next() % 4 {
            0 => {}
            1 => fields.push("\"published\":\"June 6, 2016\"".into()),
            2 => fields.push(format!("\"published\":\"{}\"", b.pick(DATES))),
            _ => fields.push("\"published\":null".into()),
        }
        fields.push(format!("\"source\":\"{}\"", b.pick(&["Reuters", "Kazinform", "AP"])));
        fields.push(format!("\"para\":{},\"sent\":{sent}", b.next() % 3));
        fields.push(format!("\"text\":{}", serde_json::to_string(b.pick(TEXTS)).unwrap()));
        let (numbers, figure) = numbers(&mut b);
        fields.push(format!("\"numbers\":{numbers}"));
        if let Some(t) = times(&mut b) {
            fields.push(format!("\"times\":{t}"));
        }
        if let Some(e) = entities(&mut b) {
            fields.push(format!("\"entities\":{e}"));
        }
        if b.next() % 6 == 0 {
            fields.push(format!("\"dup_of\":{{\"doc\":\"d{}\",\"sent\":0}}", b.next() % 4));
        }
        if figure {
            counted_docs.insert(format!("d{doc}"));
        }
        lines.push(format!("{{{}}}", fields.join(",")));
        sent += 1;
    }
    let window = i64::from(b.next() % 15);
    // JSON Lines, whose output is checked, most of the time.
    let format = [Format::Jsonl, Format::Jsonl, Format::Csv, Format::Md][b.next() as usize % 4];
    {
        let mut checks = InputChecks::new(false);
        let mut field = TextField::new("text");
        let mut incidents = Incidents::new(None, "text", window);
        let mut timeline = Timeline::new(None, "text");
        for (i, line) in lines.iter().enumerate() {
            let mut record: Record = line.parse().expect("the generator writes JSON objects");
            let at = || Position { input: "fuzz".into(), line: i as u64 + 1 };
            checks.check(&mut record, at).expect("documents are together and --strict is off");
            incidents.add(record.clone(), &mut field);
            timeline.add(record, &mut field);
        }
        let mut by_incident = Vec::new();
        incidents.write_incidents(&mut by_incident, format, Undated::Keep).unwrap();
        let mut by_date = Vec::new();
        timeline.write(&mut by_date, format, Undated::Keep).unwrap();
        if format != Format::Jsonl {
            return;
        }
        for out in [&by_incident, &by_date] {
            let mut seen = BTreeSet::new();
            for line in std::str::from_utf8(out).unwrap().lines() {
                let v: Value = serde_json::from_str(line).expect("a JSON line");
                let docs = ["docs", "mentioned_in"].iter().filter_map(|k| v[*k].as_array()).flatten();
                let reports = v["claims"].as_array().into_iter().flatten().filter_map(|c| c["reports"].as_array()).flatten();
                for d in docs.chain(reports.map(|r| &r["doc"])) {
                    if let Some(d) = d.as_str() {
                        seen.insert(d.to_string());
                    }
                }
            }
            let lost: Vec<_> = counted_docs.difference(&seen).collect();
            assert!(lost.is_empty(), "documents with a killed figure missing from the output: {lost:?}\n{lines:#?}");
        }
    }
});
