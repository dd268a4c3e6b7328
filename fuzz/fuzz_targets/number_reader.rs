#![no_main]
//! Any text through the number reader: spans valid, JSON offsets exact.

use kz_numbers::extract::Extractor;
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|text: &str| {
    let mut extractor = Extractor::new();
    let mentions = extractor.extract(text);
    for m in &mentions {
        check_byte_span(text, m.start, m.end);
    }
    check_char_spans(text, &kz_numbers::to_json(text, &mentions));
});
