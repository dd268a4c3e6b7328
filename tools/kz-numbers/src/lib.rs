//! kz-numbers: find numbers, quantities with units, and casualty claims
//! (killed, injured, detained) in the text of each record.
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in
//! [`extract`] (the passes over a text), [`read`] (reading one number:
//! digits, units, qualifiers, ranges), [`around`] (the words around a count:
//! its noun, the verbs after and before it), [`claims`] (deciding who was
//! counted and what happened to them), [`lang`] (what each language writes:
//! word lists, number words, units; English and Russian) and [`tokens`];
//! [`to_json`] writes a record's `numbers` array.

pub mod around;
pub mod claims;
pub mod cli;
pub mod extract;
pub mod lang;
pub mod read;
pub mod tokens;

use kz_shared::offsets::CharOffsets;
use serde_json::{Map, Value};

pub use extract::{Extractor, Kind, Mention, People, Qualifier};
pub use lang::{Event, WhoClass};

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
                if let Some(d) = p.event.detail() {
                    o.insert("event_detail".into(), Value::from(d));
                }
                o.insert("who".into(), Value::from(p.who.as_str()));
                o.insert("who_class".into(), Value::from(p.who_class.as_str()));
                o.insert("part_of".into(), p.part_of.map_or(Value::Null, Value::from));
                if p.subtotal {
                    o.insert("subtotal".into(), Value::Bool(true));
                }
                if p.superseded {
                    o.insert("superseded".into(), Value::Bool(true));
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

/// The `numbers` array as JSON text, written straight from the mentions
/// without building a `Value` per number: the same bytes as serialising
/// [`to_json`], for the hot path.
pub fn write_numbers(out: &mut Vec<u8>, text: &str, mentions: &[Mention]) {
    use kz_shared::json::{push_int, push_str, push_uint};
    /// Integers without a fraction, like [`number`].
    fn num(out: &mut Vec<u8>, v: Option<f64>) {
        match v {
            Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => push_int(out, x as i64),
            Some(x) if x.is_finite() => {
                serde_json::to_writer(&mut *out, &x).expect("writing to memory");
            }
            _ => out.extend_from_slice(b"null"),
        }
    }
    let mut offsets = CharOffsets::new(text);
    out.push(b'[');
    for (i, m) in mentions.iter().enumerate() {
        let (start, end) = offsets.span(m.start, m.end);
        out.extend_from_slice(if i == 0 { b"{\"text\":" } else { b",{\"text\":" });
        push_str(out, &text[m.start..m.end]);
        out.extend_from_slice(b",\"start\":");
        push_uint(out, start);
        out.extend_from_slice(b",\"end\":");
        push_uint(out, end);
        out.extend_from_slice(b",\"value\":");
        num(out, m.value);
        out.extend_from_slice(b",\"low\":");
        num(out, m.low);
        out.extend_from_slice(b",\"high\":");
        num(out, m.high);
        out.extend_from_slice(b",\"qualifier\":");
        push_str(out, m.qualifier.as_str());
        out.extend_from_slice(b",\"kind\":");
        push_str(out, m.kind.as_str());
        out.extend_from_slice(b",\"unit\":");
        match m.unit {
            Some(unit) => push_str(out, unit),
            None => out.extend_from_slice(b"null"),
        }
        if let Some(p) = &m.people {
            out.extend_from_slice(b",\"event\":");
            push_str(out, p.event.as_str());
            if let Some(d) = p.event.detail() {
                out.extend_from_slice(b",\"event_detail\":");
                push_str(out, d);
            }
            out.extend_from_slice(b",\"who\":");
            push_str(out, p.who.as_str());
            out.extend_from_slice(b",\"who_class\":");
            push_str(out, p.who_class.as_str());
            out.extend_from_slice(b",\"part_of\":");
            match p.part_of {
                Some(k) => push_uint(out, k),
                None => out.extend_from_slice(b"null"),
            }
            if p.subtotal {
                out.extend_from_slice(b",\"subtotal\":true");
            }
            if p.superseded {
                out.extend_from_slice(b",\"superseded\":true");
            }
        }
        if m.additional {
            out.extend_from_slice(b",\"additional\":true");
        }
        if let Some(c) = &m.clock {
            out.extend_from_slice(b",\"clock\":");
            push_str(out, c.as_str());
        }
        out.push(b'}');
    }
    out.push(b']');
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ru;
