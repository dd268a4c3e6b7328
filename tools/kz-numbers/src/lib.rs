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
mod prefilter;
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
/// [`to_json`], for the hot path. Written into a `String` (only ASCII is
/// added around the text's own strings), so the caller need not check the
/// bytes again. Keys and the names of kinds, qualifiers and events go in
/// as whole pieces (none needs escaping: see the tests), and the fixed
/// text between two values is one piece: a mention is about fifteen
/// copies, not twenty-five.
pub fn write_numbers(out: &mut String, text: &str, mentions: &[Mention]) {
    let mut offsets = CharOffsets::new(text);
    // Room for the usual mention (keys, values, a claim: about 180 bytes),
    // so that the copies below seldom grow the string.
    out.reserve(2 + 256 * mentions.len());
    out.push('[');
    for (i, m) in mentions.iter().enumerate() {
        let (start, end) = offsets.span(m.start, m.end);
        out.push_str(if i == 0 { "{\"text\":" } else { ",{\"text\":" });
        push_json_str(out, &text[m.start..m.end]);
        out.push_str(",\"start\":");
        push_uint(out, start as u64);
        out.push_str(",\"end\":");
        push_uint(out, end as u64);
        out.push_str(",\"value\":");
        push_number(out, m.value);
        out.push_str(",\"low\":");
        push_number(out, m.low);
        out.push_str(",\"high\":");
        push_number(out, m.high);
        out.push_str(qualifier_piece(m.qualifier));
        out.push_str(kind_piece(m.kind));
        match m.unit {
            Some(unit) => push_json_str(out, unit),
            None => out.push_str("null"),
        }
        if let Some(p) = &m.people {
            out.push_str(event_piece(p.event));
            push_json_str(out, &p.who);
            out.push_str(who_class_piece(p.who_class));
            match p.part_of {
                Some(k) => push_uint(out, k as u64),
                None => out.push_str("null"),
            }
            if p.subtotal {
                out.push_str(",\"subtotal\":true");
            }
            if p.superseded {
                out.push_str(",\"superseded\":true");
            }
        }
        if m.additional {
            out.push_str(",\"additional\":true");
        }
        if let Some(c) = &m.clock {
            out.push_str(",\"clock\":");
            push_json_str(out, c);
        }
        out.push('}');
    }
    out.push(']');
}

/// `,"qualifier":"NAME","kind":"` for the name [`Qualifier::as_str`] gives.
fn qualifier_piece(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => ",\"qualifier\":\"exact\",\"kind\":\"",
        Qualifier::AtLeast => ",\"qualifier\":\"at_least\",\"kind\":\"",
        Qualifier::MoreThan => ",\"qualifier\":\"more_than\",\"kind\":\"",
        Qualifier::About => ",\"qualifier\":\"about\",\"kind\":\"",
        Qualifier::UpTo => ",\"qualifier\":\"up_to\",\"kind\":\"",
        Qualifier::LessThan => ",\"qualifier\":\"less_than\",\"kind\":\"",
        Qualifier::Range => ",\"qualifier\":\"range\",\"kind\":\"",
        Qualifier::ApproxWord => ",\"qualifier\":\"approx_word\",\"kind\":\"",
    }
}

/// `NAME","unit":` for the name [`Kind::as_str`] gives.
fn kind_piece(k: Kind) -> &'static str {
    match k {
        Kind::Count => "count\",\"unit\":",
        Kind::Money => "money\",\"unit\":",
        Kind::Distance => "distance\",\"unit\":",
        Kind::Percent => "percent\",\"unit\":",
        Kind::Age => "age\",\"unit\":",
        Kind::Year => "year\",\"unit\":",
        Kind::Ordinal => "ordinal\",\"unit\":",
        Kind::Time => "time\",\"unit\":",
        Kind::Other => "other\",\"unit\":",
    }
}

/// `,"event":"CLASS"` (and `,"event_detail":"DETAIL"` when there is one),
/// then `,"who":`: the names [`Event::as_str`] and [`Event::detail`] give.
fn event_piece(e: Event) -> &'static str {
    match e {
        Event::Killed => ",\"event\":\"killed\",\"who\":",
        Event::Beheaded => ",\"event\":\"killed\",\"event_detail\":\"beheaded\",\"who\":",
        Event::Injured => ",\"event\":\"injured\",\"who\":",
        Event::Hospitalized => ",\"event\":\"injured\",\"event_detail\":\"hospitalized\",\"who\":",
        Event::Casualties => ",\"event\":\"injured\",\"event_detail\":\"casualties\",\"who\":",
        Event::Detained => ",\"event\":\"detained\",\"who\":",
        Event::Arrested => ",\"event\":\"detained\",\"event_detail\":\"arrested\",\"who\":",
        Event::Missing => ",\"event\":\"missing\",\"who\":",
        Event::Involved => ",\"event\":\"involved\",\"who\":",
        Event::Other => ",\"event\":\"other\",\"who\":",
        Event::Evacuated => ",\"event\":\"other\",\"event_detail\":\"evacuated\",\"who\":",
        Event::Sentenced => ",\"event\":\"other\",\"event_detail\":\"sentenced\",\"who\":",
        Event::Fined => ",\"event\":\"other\",\"event_detail\":\"fined\",\"who\":",
        Event::Released => ",\"event\":\"other\",\"event_detail\":\"released\",\"who\":",
        Event::AtLarge => ",\"event\":\"other\",\"event_detail\":\"at_large\",\"who\":",
        Event::Charged => ",\"event\":\"other\",\"event_detail\":\"charged\",\"who\":",
        Event::Hostage => ",\"event\":\"other\",\"event_detail\":\"hostage\",\"who\":",
    }
}

/// `,"who_class":"NAME","part_of":` for the name [`WhoClass::as_str`] gives.
fn who_class_piece(c: WhoClass) -> &'static str {
    match c {
        WhoClass::Civilians => ",\"who_class\":\"civilians\",\"part_of\":",
        WhoClass::SecurityForces => ",\"who_class\":\"security_forces\",\"part_of\":",
        WhoClass::Militants => ",\"who_class\":\"militants\",\"part_of\":",
        WhoClass::Protesters => ",\"who_class\":\"protesters\",\"part_of\":",
        WhoClass::People => ",\"who_class\":\"people\",\"part_of\":",
    }
}

/// Bytes a JSON string must escape: controls, the quotation mark and the
/// backslash.
static ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b < 0x20 || b == b'"' as usize || b == b'\\' as usize;
        b += 1;
    }
    table
};

/// `s` as a JSON string, escaped as serde_json escapes it. Most strings
/// here (a few words of the text) need no escape and are copied whole.
fn push_json_str(out: &mut String, s: &str) {
    // One look-up per byte, folded without a branch (the strings are short).
    if !s.bytes().fold(false, |found, b| found | ESCAPE[usize::from(b)]) {
        out.reserve(s.len() + 2);
        out.push('"');
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut escaped = Vec::with_capacity(s.len() + 8);
    kz_shared::json::push_str(&mut escaped, s);
    out.push_str(std::str::from_utf8(&escaped).expect("escaped JSON is UTF-8"));
}

/// `n` in decimal.
fn push_uint(out: &mut String, n: u64) {
    let digit = |d: u64| char::from(b'0' + d as u8);
    // Offsets and indexes: mostly one to three digits, written at once.
    if n < 10 {
        out.push(digit(n));
    } else if n < 100 {
        out.push(digit(n / 10));
        out.push(digit(n % 10));
    } else if n < 1000 {
        out.push(digit(n / 100));
        out.push(digit(n / 10 % 10));
        out.push(digit(n % 10));
    } else {
        let mut digits = [0u8; 20];
        let (mut n, mut k) = (n, digits.len());
        while n > 0 {
            k -= 1;
            digits[k] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        for &d in &digits[k..] {
            out.push(char::from(d));
        }
    }
}

/// A number like [`number`]: integers without a fraction, others as
/// serde_json writes them, `null` for none (and NaN, infinities).
fn push_number(out: &mut String, v: Option<f64>) {
    match v {
        None => out.push_str("null"),
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => {
            let n = x as i64;
            if n < 0 {
                out.push('-');
            }
            push_uint(out, n.unsigned_abs());
        }
        Some(x) if x.is_finite() => out.push_str(&serde_json::to_string(&x).expect("a finite number")),
        Some(_) => out.push_str("null"),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ru;
