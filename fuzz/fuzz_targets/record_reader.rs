#![no_main]
//! The record reader against the one it replaced (issue 21), kept in
//! `old_reader/` as the oracle: any bytes, read as a JSON Lines input in
//! chunks and blocks of sizes the data picks, with and without a rejects
//! file, give the same records (line numbers, keys in order, raw values,
//! strings), the same error, the same rejects and counts, and the same bytes
//! out, as read and after the edits tools make (a field added, one replaced,
//! one removed). A line alone goes through `parse_record` too, and its
//! record written back parses to the same record.

#[path = "old_reader/mod.rs"]
mod old_reader;

use kz_shared::record::{parse_record, read_for_fuzzing, write_record};
use kz_shared::Record;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    kz_shared::error::set_quiet(true);
    let (chunk, block, data) = match data {
        [a, b, rest @ ..] => (1 + *a as usize % 64, 1 + (*b as usize % 16) * (*b as usize % 16) * 4, rest),
        _ => return,
    };
    for rejects in [false, true] {
        let new = read_for_fuzzing(data, chunk, block, rejects);
        let old = old_reader::read(data, rejects);
        assert_eq!(new.error, old.error);
        assert_eq!(new.rejects, old.rejects);
        let s = new.summary;
        assert_eq!((s.records, s.repaired, s.rejected), old.counts);
        assert_eq!(new.records.len(), old.records.len());
        for ((new_line, new), (old_line, old)) in new.records.into_iter().zip(old.records) {
            assert_eq!(new_line, old_line);
            same_record(new, old);
        }
    }
    // One line, as kz-split reads JSONL documents.
    let line = data.split(|&b| b == b'\n').next().unwrap_or_default();
    match (parse_record(line), old_reader::Record::parse(line)) {
        (Ok(new), Ok(old)) => {
            let written = written(&new);
            let again = parse_record(written.strip_suffix(b"\n").unwrap()).unwrap();
            assert_eq!(again, new);
            same_record(new, old);
        }
        (Err(new), Err(old)) => assert_eq!(new, old),
        (new, old) => panic!("new {:?}, old {:?}", new.map(|_| ()), old.map(|_| ())),
    }
});

fn written(record: &Record) -> Vec<u8> {
    let mut out = Vec::new();
    write_record(&mut out, record).unwrap();
    out
}

fn written_old(record: &old_reader::Record) -> Vec<u8> {
    let mut out = Vec::new();
    record.write_line(&mut out).unwrap();
    out
}

/// The same fields, read the same, written the same, edited the same.
fn same_record(mut new: Record, mut old: old_reader::Record) {
    assert_eq!(written(&new), written_old(&old));
    let keys: Vec<String> = old.keys().map(str::to_string).collect();
    assert_eq!(new.keys().collect::<Vec<_>>(), keys);
    for key in &keys {
        assert_eq!(new.raw(key), old.raw(key));
        assert_eq!(new.get_str(key), old.get_str(key));
        assert_eq!(new.get_str_detached(key).as_deref(), old.get_str_detached(key).as_deref());
    }
    // As an annotating tool: fields added at the end.
    new.insert_json("numbers".into(), r#"[{"text":"9","start":0}]"#.into());
    old.insert_json("numbers".into(), r#"[{"text":"9","start":0}]"#.into());
    new.insert("times".into(), Value::from(vec![1, 2]));
    old.insert("times".into(), Value::from(vec![1, 2]));
    assert_eq!(written(&new), written_old(&old));
    // A field of the line replaced, one read, one removed.
    if let Some(first) = keys.first() {
        assert_eq!(new.get(first), old.get(first));
        new.insert(first.clone(), Value::from("x"));
        old.insert(first.clone(), Value::from("x"));
        assert_eq!(written(&new), written_old(&old));
    }
    if let Some(last) = keys.last() {
        assert_eq!(new.remove(last), old.remove(last));
        assert_eq!(written(&new), written_old(&old));
    }
    if let Some(second) = keys.get(1) {
        if let (Some(n), Some(o)) = (new.get_mut(second), old.get_mut(second)) {
            assert_eq!(*n, *o);
            *n = Value::Null;
            *o = Value::Null;
        }
        assert_eq!(written(&new), written_old(&old));
    }
    assert_eq!(new.into_map(), old.into_map());
}
