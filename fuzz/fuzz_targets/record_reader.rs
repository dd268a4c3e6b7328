#![no_main]
//! Any bytes as one JSON Lines line: a record or a reason, never a panic;
//! a record written back parses to the same record.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(record) = kz_shared::record::parse_record(data) {
        let mut out = Vec::new();
        kz_shared::record::write_record(&mut out, &record).unwrap();
        let again = kz_shared::record::parse_record(out.strip_suffix(b"\n").unwrap()).unwrap();
        assert_eq!(again, record);
    }
});
