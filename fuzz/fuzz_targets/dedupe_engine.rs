#![no_main]
//! Any texts through the deduplicator: no panic; a text kept before comes
//! back as its duplicate of similarity 1, a copy stays a copy, and every
//! outcome names a group that exists.

use kz_dedupe::engine::{Deduper, Outcome, Settings};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, Vec<&str>)| {
    let (threshold, texts) = input;
    // thresholds from 0.05 to 1
    let threshold = (threshold % 20 + 1) as f64 / 20.0;
    let mut deduper = Deduper::new(Settings::new(threshold));
    let mut groups = 0u32;
    let mut outcomes: Vec<(usize, Outcome)> = Vec::new();
    for (i, text) in texts.iter().enumerate() {
        let outcome = deduper.add([*text], Some(0));
        match outcome {
            Outcome::Kept { group } => {
                assert_eq!(group, groups);
                groups += 1;
            }
            Outcome::Duplicate { group, similarity } => {
                assert!(group < groups);
                assert!(similarity + 1e-9 >= threshold && similarity <= 1.0, "{similarity}");
            }
            Outcome::NotCompared => {}
        }
        if let Some((_, earlier)) = outcomes.iter().find(|(j, _)| texts[*j] == *text) {
            // The same text meets the same candidates again (and maybe more).
            match (*earlier, outcome) {
                (Outcome::NotCompared, o) => assert_eq!(o, Outcome::NotCompared),
                (Outcome::Kept { group }, o) => assert_eq!(o, Outcome::Duplicate { group, similarity: 1.0 }),
                (Outcome::Duplicate { similarity: before, .. }, Outcome::Duplicate { similarity, .. }) => {
                    assert!(similarity >= before)
                }
                (_, o) => panic!("a repeated text was {o:?}"),
            }
        }
        outcomes.push((i, outcome));
    }
});
