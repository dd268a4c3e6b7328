#![no_main]
//! Any bytes as one JSON Lines line: a record or a reason, never a panic.
//! A record written back parses to the same record; read lazily (raw text,
//! borrowed strings) it agrees with the fully parsed map; edited (a field
//! removed, one set from JSON text) it writes what the map would.

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(mut record) = kz_shared::record::parse_record(data) else { return };
    let mut out = Vec::new();
    kz_shared::record::write_record(&mut out, &record).unwrap();
    let again = kz_shared::record::parse_record(out.strip_suffix(b"\n").unwrap()).unwrap();
    assert_eq!(again, record);

    let mut map = record.clone().into_map();
    assert_eq!(record.len(), map.len());
    for (key, value) in &map {
        if let Some(raw) = record.raw(key) {
            assert_eq!(&serde_json::from_str::<Value>(raw).unwrap(), value);
        }
        if let Some(s) = record.get_str(key) {
            assert_eq!(value.as_str(), Some(&*s));
        }
    }
    let first = map.keys().next().cloned();
    if let Some(first) = first {
        assert_eq!(record.remove(&first), map.shift_remove(&first));
    }
    record.insert_json("numbers".into(), r#"[{"text":"9","start":0}]"#.into());
    map.insert("numbers".into(), serde_json::json!([{"text":"9","start":0}]));
    let mut edited = Vec::new();
    kz_shared::record::write_record(&mut edited, &record).unwrap();
    let mut expected = serde_json::to_vec(&map).unwrap();
    expected.push(b'\n');
    assert_eq!(
        serde_json::from_slice::<Value>(&edited).unwrap(),
        serde_json::from_slice::<Value>(&expected).unwrap()
    );
});
