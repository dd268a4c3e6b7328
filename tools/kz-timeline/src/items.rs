//! Arrays of objects in a record's fields (`entities`, `numbers`, `times`),
//! read straight from their JSON text, as far as the timeline reads them.
//!
//! The timeline reads a few fields of each item and skips the others
//! (offsets, the matched text, kinds it does not use). A serde-derived
//! struct read through `serde_json` costs several times this reader, which
//! only looks for the ends of what it skips.
//!
//! What an item holds is exactly what the code before this reader got: it
//! read the array as borrowed structs (`Vec<T>` of `Option<&str>`,
//! `Option<f64>`, ...) and, when that failed (a string with escapes, a
//! field of another type, a repeated field, an item that is no object), read
//! each field of the parsed value leniently (what is not of the expected
//! type is absent, a repeated field's last value counts). The two differ
//! only in how a number is read: serde_json's own parser when the typed
//! read succeeded, Rust's (`str::parse`, the way `serde_json::Number` reads
//! its text with `arbitrary_precision`) otherwise. So this reader notes
//! whether the typed read would have succeeded ([`Items::typed`]) and reads
//! numbers accordingly ([`Num::get`]).

use std::borrow::Cow;

use crate::view::Json;

/// A field's value, as an item takes it.
pub(crate) enum Val<'a> {
    /// A string, borrowed when it has no escapes.
    Str(Cow<'a, str>),
    /// A number, as written.
    Num(&'a str),
    Bool(bool),
    Null,
    /// An array or an object.
    Nested,
}

/// An item of an array: which fields it reads, and how it takes them.
pub(crate) trait Item<'a>: Default {
    /// The number (below 32) of a field the item reads, `None` for a field
    /// it skips.
    fn slot(key: &str) -> Option<u32>;
    /// Take the value of field `slot`; whether it has the type the typed
    /// read expects.
    fn set(&mut self, slot: u32, value: Val<'a>) -> bool;
}

/// The items of an array.
pub(crate) struct Items<T> {
    pub(crate) list: Vec<T>,
    /// Whether the typed read of the array would have succeeded.
    pub(crate) typed: bool,
}

/// A number of an item, with what each reading of it gives.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num<'a> {
    text: &'a str,
    /// serde_json's reading (`None` when it refuses the number).
    serde: Option<f64>,
    /// The two readings agree (a plain decimal of few digits).
    exact: bool,
}

impl Num<'_> {
    /// The number as the code before this reader read it.
    pub(crate) fn get(&self, typed: bool) -> Option<f64> {
        if typed || self.exact {
            self.serde
        } else {
            self.text.parse::<f64>().ok().filter(|x| x.is_finite())
        }
    }
}

/// A string field: borrowed strings only, for the typed read.
#[inline]
pub(crate) fn take_str<'a>(value: Val<'a>, out: &mut Option<Cow<'a, str>>) -> bool {
    match value {
        Val::Str(s) => {
            let borrowed = matches!(s, Cow::Borrowed(_));
            *out = Some(s);
            borrowed
        }
        Val::Null => {
            *out = None;
            true
        }
        _ => {
            *out = None;
            false
        }
    }
}

/// A number field read as `f64`.
#[inline]
pub(crate) fn take_f64<'a>(value: Val<'a>, out: &mut Option<Num<'a>>) -> bool {
    match value {
        Val::Num(text) => {
            let num = match plain_decimal(text) {
                Some(x) => Num { text, serde: Some(x), exact: true },
                None => Num { text, serde: serde_json::from_str::<f64>(text).ok(), exact: false },
            };
            *out = Some(num);
            num.serde.is_some()
        }
        Val::Null => {
            *out = None;
            true
        }
        _ => {
            *out = None;
            false
        }
    }
}

/// A number field read as `u64`: both reads take digits alone.
#[inline]
pub(crate) fn take_u64(value: Val, out: &mut Option<u64>) -> bool {
    match value {
        Val::Num(text) => {
            *out = text.parse::<u64>().ok();
            out.is_some()
        }
        Val::Null => {
            *out = None;
            true
        }
        _ => {
            *out = None;
            false
        }
    }
}

#[inline]
pub(crate) fn take_bool(value: Val, out: &mut Option<bool>) -> bool {
    match value {
        Val::Bool(b) => {
            *out = Some(b);
            true
        }
        Val::Null => {
            *out = None;
            true
        }
        _ => {
            *out = None;
            false
        }
    }
}

/// Powers of ten a double holds exactly.
const POW10: [f64; 16] =
    [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/// A non-negative decimal of at most 15 digits, without exponent (`17`,
/// `43.34116`): its digits and the power of ten are exact doubles, so their
/// quotient is the correctly rounded value, which both serde_json and
/// `str::parse` give for it.
fn plain_decimal(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let (mut sig, mut digits, mut frac, mut dot) = (0u64, 0usize, 0usize, false);
    for &c in b {
        match c {
            b'0'..=b'9' => {
                sig = sig * 10 + u64::from(c - b'0');
                digits += 1;
                if dot {
                    frac += 1;
                }
                if digits > 15 {
                    return None;
                }
            }
            b'.' if !dot && digits > 0 => dot = true,
            _ => return None,
        }
    }
    if digits == 0 || (dot && frac == 0) {
        return None;
    }
    Some(sig as f64 / POW10[frac])
}

/// What reading a field gave.
pub(crate) enum Read<T> {
    /// The record has no such field.
    Absent,
    /// The field is no array.
    NotArray,
    Items(Items<T>),
}

/// The items of a record's field (as [`crate::view::Fields`] found it). A
/// field the tool set (it sets none of the arrays it reads) is read from its
/// JSON text, written into `spare`.
pub(crate) fn read<'a, T: Item<'a>>(field: Option<Json<'a>>, spare: &'a mut String) -> Read<T> {
    match field {
        None => Read::Absent,
        Some(Json::Text(json)) => read_json(json),
        Some(Json::Value(value)) => {
            *spare = value.to_string();
            read_json(spare)
        }
    }
}

/// The items of the JSON text of an array (any other value: not an array;
/// text that is no JSON, which a record's field never is: no items).
pub(crate) fn read_json<'a, T: Item<'a>>(json: &'a str) -> Read<T> {
    let i = ws(json.as_bytes(), 0);
    if json.as_bytes().get(i) != Some(&b'[') {
        return Read::NotArray;
    }
    match array(json, i) {
        Some(items) => Read::Items(items),
        None => Read::NotArray,
    }
}

// The reader works on positions (kept in registers, where a cursor struct
// behind a reference is read and written back at every step): each
// function takes where a value starts and gives where it ends, `None` for
// text that is no JSON.

/// Past JSON whitespace.
#[inline(always)]
fn ws(b: &[u8], mut i: usize) -> usize {
    while let Some(&c) = b.get(i) {
        if c > b' ' || !matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            break;
        }
        i += 1;
    }
    i
}

/// The array at `i` (its `[`), which must end the text.
fn array<'a, T: Item<'a>>(s: &'a str, i: usize) -> Option<Items<T>> {
    let b = s.as_bytes();
    let mut items = Items { list: Vec::new(), typed: true };
    let mut i = ws(b, i + 1);
    if *b.get(i)? == b']' {
        i += 1;
    } else {
        loop {
            if *b.get(i)? == b'{' {
                let mut item = T::default();
                let (end, typed) = object(s, i, &mut item)?;
                items.typed &= typed;
                items.list.push(item);
                i = end;
            } else {
                // Not an object: every field absent.
                i = skip_value(b, i)?;
                items.list.push(T::default());
                items.typed = false;
            }
            i = ws(b, i);
            match *b.get(i)? {
                b',' => i = ws(b, i + 1),
                b']' => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (ws(b, i) == b.len()).then_some(items)
}

/// The object at `i` (its `{`) into `item`: where it ends, and whether the
/// typed read takes it.
fn object<'a, T: Item<'a>>(s: &'a str, i: usize, item: &mut T) -> Option<(usize, bool)> {
    let b = s.as_bytes();
    let (mut typed, mut seen) = (true, 0u32);
    let mut i = ws(b, i + 1);
    if *b.get(i)? == b'}' {
        return Some((i + 1, true));
    }
    loop {
        if *b.get(i)? != b'"' {
            return None;
        }
        let (end, escaped) = string_end(b, i)?;
        let slot = if escaped { T::slot(&decode(s, i, end)?) } else { T::slot(s.get(i + 1..end - 1)?) };
        i = ws(b, end);
        if *b.get(i)? != b':' {
            return None;
        }
        i = ws(b, i + 1);
        match slot {
            Some(slot) => {
                // A repeated field fails the typed read; the last counts.
                typed &= seen & (1 << slot) == 0;
                seen |= 1 << slot;
                let (end, value) = value(s, i)?;
                typed &= item.set(slot, value);
                i = end;
            }
            None => i = skip_value(b, i)?,
        }
        i = ws(b, i);
        match *b.get(i)? {
            b',' => i = ws(b, i + 1),
            b'}' => return Some((i + 1, typed)),
            _ => return None,
        }
    }
}

/// Where the string at `i` (its opening quote) ends (after its closing
/// quote), and whether it has escapes.
#[inline]
fn string_end(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let mut at = i + 1;
    let mut escaped = false;
    loop {
        at = quote_or_backslash(b, at)?;
        if b[at] == b'"' {
            return Some((at + 1, escaped));
        }
        escaped = true;
        at += 2;
    }
}

/// The string literal at `start..end`, decoded.
fn decode<'a>(s: &str, start: usize, end: usize) -> Option<Cow<'a, str>> {
    serde_json::from_str::<String>(s.get(start..end)?).ok().map(Cow::Owned)
}

/// The value at `i`, and where it ends.
#[inline]
fn value(s: &str, i: usize) -> Option<(usize, Val<'_>)> {
    let b = s.as_bytes();
    Some(match *b.get(i)? {
        b'"' => {
            let (end, escaped) = string_end(b, i)?;
            let text = if escaped { decode(s, i, end)? } else { Cow::Borrowed(s.get(i + 1..end - 1)?) };
            (end, Val::Str(text))
        }
        b'[' | b'{' => (skip_value(b, i)?, Val::Nested),
        b't' => (literal(b, i, b"true")?, Val::Bool(true)),
        b'f' => (literal(b, i, b"false")?, Val::Bool(false)),
        b'n' => (literal(b, i, b"null")?, Val::Null),
        _ => {
            let end = number_end(b, i)?;
            (end, Val::Num(s.get(i..end)?))
        }
    })
}

#[inline]
fn literal(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    b.get(i..)?.starts_with(word).then_some(i + word.len())
}

#[inline]
fn number_end(b: &[u8], i: usize) -> Option<usize> {
    let mut end = i;
    while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = b.get(end) {
        end += 1;
    }
    (end > i).then_some(end)
}

/// Where the value at `i` ends, without reading it.
fn skip_value(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' => string_end(b, i).map(|(end, _)| end),
        b'[' | b'{' => {
            let (mut depth, mut i) = (0usize, i);
            loop {
                match *b.get(i)? {
                    b'"' => {
                        i = string_end(b, i)?.0;
                        continue;
                    }
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        b't' => literal(b, i, b"true"),
        b'f' => literal(b, i, b"false"),
        b'n' => literal(b, i, b"null"),
        _ => number_end(b, i),
    }
}

/// The first `"` or `\` at or after `at`: eight bytes at a time (strings
/// are short, too short for `memchr` to pay for its set-up).
#[inline]
fn quote_or_backslash(b: &[u8], mut at: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(at..at + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let (q, s) = (w ^ (ONES * u64::from(b'"')), w ^ (ONES * u64::from(b'\\')));
        // A zero byte of `q` or `s` sets its high bit here (a byte after a
        // zero one may be set wrongly too, never one before it).
        let hit = ((q.wrapping_sub(ONES) & !q) | (s.wrapping_sub(ONES) & !s)) & HIGH;
        if hit != 0 {
            return Some(at + (hit.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    b.get(at..)?.iter().position(|&c| c == b'"' || c == b'\\').map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default, Debug)]
    struct Probe<'a> {
        name: Option<Cow<'a, str>>,
        lat: Option<Num<'a>>,
        part_of: Option<u64>,
        flag: Option<bool>,
    }

    impl<'a> Item<'a> for Probe<'a> {
        fn slot(key: &str) -> Option<u32> {
            Some(match key {
                "name" => 0,
                "lat" => 1,
                "part_of" => 2,
                "flag" => 3,
                _ => return None,
            })
        }
        fn set(&mut self, slot: u32, value: Val<'a>) -> bool {
            match slot {
                0 => take_str(value, &mut self.name),
                1 => take_f64(value, &mut self.lat),
                2 => take_u64(value, &mut self.part_of),
                _ => take_bool(value, &mut self.flag),
            }
        }
    }

    fn items(json: &str) -> Option<Items<Probe<'_>>> {
        match read_json::<Probe>(json) {
            Read::Items(items) => Some(items),
            _ => None,
        }
    }

    #[test]
    fn reads_the_fields_it_knows_and_skips_the_rest() {
        let json =
            r#" [ {"skip":{"a":["}",1]},"name":"Osh","lat":40.5,"part_of":1,"flag":true} , {"x":"y"} ] "#;
        let it = items(json).unwrap();
        assert!(it.typed);
        assert_eq!(it.list.len(), 2);
        assert_eq!(it.list[0].name.as_deref(), Some("Osh"));
        assert_eq!(it.list[0].lat.unwrap().get(true), Some(40.5));
        assert_eq!(it.list[0].part_of, Some(1));
        assert_eq!(it.list[0].flag, Some(true));
        assert!(it.list[1].name.is_none());
    }

    #[test]
    fn what_the_typed_read_refuses_is_noted() {
        // An escape, a field of another type, a repeated field, an item that
        // is no object: each makes the read lenient.
        for json in [
            r#"[{"name":"O\"sh"}]"#,
            r#"[{"name":5}]"#,
            r#"[{"name":"a","name":"b"}]"#,
            r#"[{"name":"a"},7]"#,
            r#"[{"part_of":1.0}]"#,
            r#"[{"lat":"40"}]"#,
            r#"[{"lat":1e400}]"#,
        ] {
            let it = items(json).unwrap();
            assert!(!it.typed, "{json}");
        }
        let it = items(r#"[{"name":"O\"sh","flag":null},3,{"name":"a","name":"b"}]"#).unwrap();
        assert_eq!(it.list[0].name.as_deref(), Some("O\"sh"));
        assert!(it.list[1].name.is_none());
        // The last of a repeated field counts.
        assert_eq!(it.list[2].name.as_deref(), Some("b"));
        // Nothing the typed read refuses elsewhere: unknown fields, null.
        assert!(items(r#"[{"x":"\u0041","name":null,"lat":null}]"#).unwrap().typed);
    }

    #[test]
    fn numbers_read_as_each_read_did() {
        let it = items(r#"[{"lat":1e400},{"lat":43.34116},{"lat":-7}]"#).unwrap();
        assert!(!it.typed);
        assert_eq!(it.list[0].lat.unwrap().get(false), None);
        assert_eq!(it.list[1].lat.unwrap().get(false), Some(43.34116));
        assert_eq!(it.list[2].lat.unwrap().get(false), Some(-7.0));
        let it = items(r#"[{"lat":12345678901234567890.5},{"lat":0.1},{"lat":2.5e3}]"#).unwrap();
        assert!(it.typed);
        for (item, text) in it.list.iter().zip(["12345678901234567890.5", "0.1", "2.5e3"]) {
            assert_eq!(item.lat.unwrap().get(true), serde_json::from_str::<f64>(text).ok());
        }
        assert_eq!(plain_decimal("43.34116"), Some(43.34116));
        assert_eq!(plain_decimal("0"), Some(0.0));
        assert_eq!(plain_decimal("1."), None);
        assert_eq!(plain_decimal("1234567890123456"), None);
    }

    #[test]
    fn quotes_and_backslashes_are_found_in_any_chunk() {
        let text = "abcdefghijklmnopqrstuvwxyz\u{e9}\u{44f}";
        for at in 0..text.len() {
            for mark in [b'"', b'\\'] {
                let mut b = text.as_bytes().to_vec();
                b[at] = mark;
                for from in 0..=at {
                    assert_eq!(quote_or_backslash(&b, from), Some(at), "{at} {from}");
                }
                assert_eq!(quote_or_backslash(&b, at + 1), None);
            }
        }
    }

    #[test]
    fn what_is_no_array_is_said_so() {
        for json in ["null", "{}", "\"[\"", "5", "[1,", "[{\"a\":1}] x"] {
            assert!(matches!(read_json::<Probe>(json), Read::NotArray), "{json}");
        }
        assert_eq!(items("[]").unwrap().list.len(), 0);
    }
}
