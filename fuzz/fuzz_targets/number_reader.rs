#![no_main]
//! Any text through the number reader: spans valid, JSON offsets exact, and
//! the fast writer writes what the JSON values say.

use kz_numbers::extract::Extractor;
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|text: &str| {
    let mut extractor = Extractor::new();
    let mentions = extractor.extract(text);
    for m in &mentions {
        check_byte_span(text, m.start, m.end);
    }
    let json = kz_numbers::to_json(text, &mentions);
    check_char_spans(text, &json);
    let mut fast = Vec::new();
    kz_numbers::write_numbers(&mut fast, text, &mentions);
    assert_eq!(fast, serde_json::to_vec(&json).unwrap());
});
