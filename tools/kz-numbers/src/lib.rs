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
        // (from_f64 gives None for NaN and infinities: written as null)
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
            let mut o = Map::with_capacity(16);
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
                if p.subtotal {
                    o.insert("subtotal".into(), Value::Bool(true));
                }
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

/// The `numbers` array written straight from the mentions, without building
/// a `Value` per number: the same JSON as [`to_json`], for the hot path.
pub struct NumbersJson<'a> {
    pub text: &'a str,
    pub mentions: &'a [Mention],
}

impl serde::Serialize for NumbersJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        /// Integers without a fraction, like [`number`].
        struct Num(Option<f64>);
        impl serde::Serialize for Num {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self.0 {
                    None => s.serialize_none(),
                    Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(x as i64),
                    Some(x) if x.is_finite() => s.serialize_f64(x),
                    Some(_) => s.serialize_none(),
                }
            }
        }
        let mut offsets = CharOffsets::new(self.text);
        let mut seq = s.serialize_seq(Some(self.mentions.len()))?;
        for m in self.mentions {
            let (start, end) = offsets.span(m.start, m.end);
            struct Item<'b>(&'b str, &'b Mention, usize, usize);
            impl serde::Serialize for Item<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    let Item(text, m, start, end) = *self;
                    let mut o = s.serialize_map(None)?;
                    o.serialize_entry("text", &text[m.start..m.end])?;
                    o.serialize_entry("start", &start)?;
                    o.serialize_entry("end", &end)?;
                    o.serialize_entry("value", &Num(m.value))?;
                    o.serialize_entry("low", &Num(m.low))?;
                    o.serialize_entry("high", &Num(m.high))?;
                    o.serialize_entry("qualifier", m.qualifier.as_str())?;
                    o.serialize_entry("kind", m.kind.as_str())?;
                    o.serialize_entry("unit", &m.unit)?;
                    if let Some(p) = &m.people {
                        o.serialize_entry("event", p.event.as_str())?;
                        o.serialize_entry("who", p.who.as_str())?;
                        o.serialize_entry("who_class", p.who_class.as_str())?;
                        o.serialize_entry("part_of", &p.part_of)?;
                        if p.subtotal {
                            o.serialize_entry("subtotal", &true)?;
                        }
                    }
                    if m.additional {
                        o.serialize_entry("additional", &true)?;
                    }
                    if let Some(c) = &m.clock {
                        o.serialize_entry("clock", c.as_str())?;
                    }
                    o.end()
                }
            }
            seq.serialize_element(&Item(self.text, m, start, end))?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests;
