#![no_main]
//! Any text through the time-expression reader, with and without a
//! publication date: spans valid, JSON offsets exact, no panic in date arithmetic.

use kz_timeline::annotate::{times_json, Annotator};
use kz_timeline::civil::Date;
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|text: &str| {
    for published in [None, Date::new(2016, 6, 6), Date::new(2024, 2, 29), Date::new(1, 1, 1)] {
        let mut annotator = Annotator::new(None);
        let mentions = annotator.scan(text, published);
        for m in &mentions {
            check_byte_span(text, m.start, m.end);
        }
        check_char_spans(text, &times_json(text, &mentions));
    }
});
