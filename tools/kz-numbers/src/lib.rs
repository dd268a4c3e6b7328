//! kz-numbers: find numbers, quantities with units, and casualty claims
//! (killed, injured, detained) in the text of each record.
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in
//! [`extract`] (reading numbers and what they count), [`lexicon`] (the word
//! lists) and [`tokens`]; [`to_json`] writes a record's `numbers` array.

pub mod cli;
pub mod extract;
pub mod lexicon;
pub mod tokens;

use kz_shared::offsets::CharOffsets;
use serde_json::{Map, Value};

pub use extract::{Extractor, Kind, Mention, People, Qualifier};

/// A number as JSON: integers without a fraction, others as written by f64.
fn number(v: Option<f64>) -> Value {
    match v {
        None => Value::Null,
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Value::from(x as i64),
        Some(x) => serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number),
    }
}

/// The `numbers` array of a record: one object per mention, offsets in
/// characters of `text`.
pub fn to_json(text: &str, mentions: &[Mention]) -> Value {
    let mut offsets = CharOffsets::new(text);
    let items = mentions
        .iter()
        .map(|m| {
            let (start, end) = offsets.span(m.start, m.end);
            let mut o = Map::new();
            o.insert("text".into(), Value::from(&text[m.start..m.end]));
            o.insert("start".into(), Value::from(start));
            o.insert("end".into(), Value::from(end));
            o.insert("value".into(), number(m.value));
            o.insert("low".into(), number(m.low));
            o.insert("high".into(), number(m.high));
            o.insert("qualifier".into(), Value::from(m.qualifier.as_str()));
            o.insert("kind".into(), Value::from(m.kind.as_str()));
            o.insert("unit".into(), m.unit.map_or(Value::Null, Value::from));
            if let Some(p) = &m.people {
                o.insert("event".into(), Value::from(p.event.as_str()));
                o.insert("who".into(), Value::from(p.who.as_str()));
                o.insert("who_class".into(), Value::from(p.who_class.as_str()));
                o.insert("part_of".into(), p.part_of.map_or(Value::Null, Value::from));
            }
            if m.additional {
                o.insert("additional".into(), Value::Bool(true));
            }
            if let Some(c) = &m.clock {
                o.insert("clock".into(), Value::from(c.as_str()));
            }
            Value::Object(o)
        })
        .collect();
    Value::Array(items)
}

#[cfg(test)]
mod tests;
