//! Properties every streaming tool keeps on random records: one record out
//! per record in, the fields it does not own unchanged and in order, the text
//! unchanged, and every annotation's character offsets selecting its text.

use kz_tests::{records, run};
use proptest::prelude::*;
use serde_json::{Map, Value};

const STREAMING: &[(&str, &[&str])] = &[
    ("kz-entities", &[]),
    ("kz-numbers", &[]),
    ("kz-timeline", &["--annotate"]),
    ("kz-dedupe", &["--mark"]),
];

/// Fields each tool adds (and so may own).
fn added_by(tool: &str) -> &'static [&'static str] {
    match tool {
        "kz-entities" => &["entities"],
        "kz-numbers" => &["numbers"],
        "kz-timeline" => &["times"],
        "kz-dedupe" => &["dup_of", "similarity", "cluster"],
        _ => &[],
    }
}

/// Words of news text, with the traps the tools look for, mixed with
/// characters that break naive offset handling.
fn text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Six",
        "people",
        "were",
        "killed",
        "in",
        "Almaty",
        "Алматы",
        "on",
        "June",
        "5,",
        "2016.",
        "at",
        "least",
        "nine",
        "injured",
        "Tokayev",
        "said",
        "Monday",
        "3,000",
        "detained",
        "the",
        "day",
        "before",
        "KNB",
        "Aktobe's",
        "120",
        "km",
        "17%",
        "dozens",
        "of",
        "rioters",
        "🙂",
        "e\u{301}",
        "\u{200f}",
        "\u{0}",
        "\t",
        "\n\n",
        "“quoted,”",
        "Mr.",
        "U.S.",
        "p.m.",
        "…",
        "Nur-Sultan",
        "Interior",
        "Ministry",
        "two",
        "more",
    ]);
    prop_oneof![
        3 => prop::collection::vec(words, 0..40).prop_map(|w| w.join(" ")),
        1 => "\\PC{0,80}",
    ]
}

/// Any JSON value, a few levels deep.
fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A record: a few unknown fields around `doc`, `published` and `text`.
fn record() -> impl Strategy<Value = Map<String, Value>> {
    (prop::collection::vec(("x[a-z]{1,5}", value()), 0..4), 0u8..3, text(), any::<bool>()).prop_map(
        |(extra, doc, text, dated)| {
            let mut r = Map::new();
            let (before, after) = extra.split_at(extra.len() / 2);
            for (k, v) in before {
                r.insert(k.clone(), v.clone());
            }
            r.insert("doc".into(), Value::from(format!("d{doc}")));
            if dated {
                r.insert("published".into(), Value::from("2022-01-07"));
            }
            r.insert("text".into(), Value::from(text));
            for (k, v) in after {
                r.insert(k.clone(), v.clone());
            }
            r
        },
    )
}

fn check(
    tool: &str,
    input: &[Map<String, Value>],
    output: &[Map<String, Value>],
) -> Result<(), TestCaseError> {
    prop_assert_eq!(output.len(), input.len(), "{}: one record out per record in", tool);
    for (inp, out) in input.iter().zip(output) {
        let kept: Vec<(&String, &Value)> = out.iter().filter(|(k, _)| inp.contains_key(*k)).collect();
        let want: Vec<(&String, &Value)> = inp.iter().collect();
        prop_assert_eq!(kept, want, "{}: fields it does not own are unchanged and in order", tool);
        for (k, _) in out.iter().filter(|(k, _)| !inp.contains_key(*k)) {
            prop_assert!(added_by(tool).contains(&k.as_str()), "{}: unexpected field {}", tool, k);
        }
        let chars: Vec<char> = out["text"].as_str().unwrap().chars().collect();
        for field in added_by(tool) {
            let Some(items) = out.get(*field).and_then(Value::as_array) else { continue };
            for item in items {
                let (s, e) =
                    (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
                prop_assert!(s <= e && e <= chars.len(), "{}: span {}..{} of {}", tool, s, e, chars.len());
                let slice: String = chars[s..e].iter().collect();
                prop_assert_eq!(item["text"].as_str().unwrap(), slice.as_str(), "{}: offsets", tool);
            }
        }
    }
    Ok(())
}

proptest! {
    // Each case starts four processes: keep the count modest.
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn streaming_tools_keep_records_fields_and_offsets(mut batch in prop::collection::vec(record(), 1..12)) {
        // A document's records together, as kz-entities requires (a stable sort).
        batch.sort_by(|a, b| a["doc"].as_str().cmp(&b["doc"].as_str()));
        let input: String = batch.iter().map(|r| format!("{}\n", Value::Object(r.clone()))).collect();
        for (tool, args) in STREAMING {
            let r = run(tool, args, input.as_bytes());
            prop_assert_eq!(r.code, Some(0), "{}: {}", tool, r.stderr);
            check(tool, &batch, &records(&r.stdout))?;
        }
    }
}
