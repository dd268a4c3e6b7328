//! Properties that hold for any input: sentence offsets are valid, in
//! order and non-overlapping, and the document text between them, with
//! line-break runs collapsed, is exactly the record's text.

use kz_split::units::{normalise, Document, Splitter, Unit};
use proptest::prelude::*;
use serde_json::Value;

fn split(text: &str, unit: Unit) -> Vec<Value> {
    let mut splitter = Splitter::new(unit, false, None);
    let doc = Document { id: "p".into(), text: text.into(), ..Document::default() };
    let mut out = Vec::new();
    splitter.write(&doc, &mut out).unwrap();
    String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Text made of pieces that stress the splitter: words, abbreviations,
/// numbers, end marks, quotes, brackets, line breaks, non-ASCII letters.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The".to_string()),
        Just("police".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("p.m.".to_string()),
        Just("No. 5".to_string()),
        Just("3.5".to_string()),
        Just("1,200".to_string()),
        Just(".".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("?!".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("[...]".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("***".to_string()),
        Just("By Steppe Daily".to_string()),
        Just("June 6, 2016".to_string()),
        Just("ALMATY, May 1, 2020, Kazinform –".to_string()),
        Just("1. ".to_string()),
        Just("• ".to_string()),
        Just("Алматы".to_string()),
        Just("https://x.example/a.b".to_string()),
        "[a-zA-Z]{1,8}",
        "\\PC{1,3}",
    ];
    prop::collection::vec((piece, prop_oneof![Just(" "), Just(""), Just("\n")]), 0..60)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| p + s).collect())
}

fn check_spans(text: &str, recs: &[Value]) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    let mut last_end = 0usize;
    for r in recs {
        let a = r["start"].as_u64().unwrap() as usize;
        let b = r["end"].as_u64().unwrap() as usize;
        prop_assert!(a < b, "empty span {a}..{b}");
        prop_assert!(b <= chars.len(), "span past the end");
        prop_assert!(a >= last_end, "spans overlap or go back: {a} < {last_end}");
        last_end = b;
        let slice: String = chars[a..b].iter().collect();
        prop_assert_eq!(normalise(&slice), r["text"].as_str().unwrap());
        prop_assert_eq!(slice.trim(), slice.as_str(), "spans are trimmed");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn sentence_spans_are_valid_ordered_and_match_their_text(text in article()) {
        let recs = split(&text, Unit::Sentence);
        check_spans(&text, &recs)?;
        for (k, r) in recs.iter().enumerate() {
            prop_assert_eq!(r["sent"].as_u64().unwrap() as usize, k);
        }
    }

    #[test]
    fn paragraph_spans_are_valid_too(text in article()) {
        check_spans(&text, &split(&text, Unit::Para))?;
    }

    #[test]
    fn any_unicode_never_panics(text in "\\PC{0,200}") {
        check_spans(&text, &split(&text, Unit::Sentence))?;
    }
}
