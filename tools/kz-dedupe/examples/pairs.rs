//! Every pair of records that kz-dedupe's engine finds alike (LSH
//! candidates, then confirmation, the numbers rule), for measuring a setting
//! against labelled pairs:
//!
//! ```sh
//! cargo run --release -p kz-dedupe --example pairs -- --measure containment --threshold 0.6 \
//!     < sentences.jsonl > pairs.tsv
//! ```
//!
//! Reads JSON Lines (the `text` field, or `--field NAME`), prints
//! `EARLIER<TAB>LATER<TAB>SIMILARITY` with 0-based line numbers.

use std::io::{BufRead, Write};

use kz_dedupe::engine::{all_pairs, Settings};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let containment = value("--measure").as_deref() == Some("containment");
    let threshold: f64 =
        value("--threshold").map_or(if containment { 0.6 } else { 0.8 }, |t| t.parse().unwrap());
    let field = value("--field").unwrap_or_else(|| "text".into());
    let mut settings = if containment { Settings::containment(threshold) } else { Settings::new(threshold) };
    if let Some(n) = value("--shingle") {
        settings.shingle = n.parse().unwrap();
    }
    if let Some(n) = value("--sketch") {
        settings.sketch = n.parse().unwrap();
    }
    if let Some(n) = value("--min-words") {
        settings.min_words = n.parse().unwrap();
    }
    if let Some(r) = value("--max-ratio") {
        settings.max_ratio = r.parse().unwrap();
        if containment {
            settings.banding = kz_dedupe::sketch::Banding::for_containment(threshold, settings.guard());
        }
    }
    settings.numbers_must_agree = !args.iter().any(|a| a == "--numbers-may-differ");
    let texts: Vec<String> = std::io::stdin()
        .lock()
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            v[&field].as_str().unwrap_or("").to_string()
        })
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut out = std::io::stdout().lock();
    for (a, b, s) in all_pairs(&refs, &settings) {
        writeln!(out, "{a}\t{b}\t{s:.4}").unwrap();
    }
}
