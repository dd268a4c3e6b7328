#![no_main]
//! Any text as a raw article: the layout's paragraphs and the sentences in
//! them are valid spans, in order, without overlap.

use kz_split::layout::{Analyzer, Layout, Options};
use libfuzzer_sys::fuzz_target;

include!("common.rs");

fuzz_target!(|text: &str| {
    let mut analyzer = Analyzer::default();
    let mut layout = Layout::default();
    for find_headline in [true, false] {
        let options = Options { keep_boilerplate: !find_headline, find_headline };
        analyzer.analyse(text, options, &mut layout);
        let mut last = 0;
        for &(start, end) in &layout.paragraphs {
            check_byte_span(text, start, end);
            assert!(start >= last, "paragraphs overlap");
            last = end;
            let mut sentences = Vec::new();
            kz_split::sentences::split(text, start, end, &mut sentences);
            let mut prev = start;
            for &(s, e) in &sentences {
                check_byte_span(text, s, e);
                assert!(s >= prev && e <= end && s < e, "sentence {s}..{e} in {start}..{end}");
                prev = e;
            }
        }
    }
});
