#![no_main]
//! Any text through the entity recogniser with the built-in gazetteer, alone
//! and then twice in one document (so the per-document memory of names is
//! used): JSON offsets exact. Each input starts with a record without `doc`,
//! which resets that memory, so a crash reproduces from its input alone.

use std::sync::{Mutex, OnceLock};

use kz_entities::annotate::Annotator;
use kz_entities::gazetteer::Gazetteer;
use kz_shared::Record;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

include!("common.rs");

static ANNOTATOR: OnceLock<Mutex<Annotator>> = OnceLock::new();

fuzz_target!(|text: &str| {
    let mut annotator =
        ANNOTATOR.get_or_init(|| Mutex::new(Annotator::new(Gazetteer::builtin()))).lock().unwrap();
    for doc in [None, Some("d"), Some("d")] {
        let mut record = Record::new();
        if let Some(doc) = doc {
            record.insert("doc".into(), Value::from(doc));
        }
        annotator.annotate(&mut record, Some(text));
        check_char_spans(text, &record["entities"]);
    }
});
