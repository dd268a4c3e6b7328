//! A validating scanner for one JSON Lines record, in one pass over the line.
//!
//! It accepts exactly the lines that serde_json reads as an object (RFC 8259:
//! no comments, no trailing commas, numbers of any length as written, strings
//! without raw control characters, escapes `\" \\ \/ \b \f \n \r \t \uXXXX`),
//! with the nesting limit the reader has always had (127 levels inside a
//! field), and notes where each top-level key and value stands. It decides
//! only *whether* a line is a record: a line it refuses is handed to
//! serde_json again by the caller, for the message (`invalid JSON at column
//! 12: …`), so messages stay the ones users and scripts know.
//!
//! Why not serde_json for this too: with a `RawValue` per field it cost
//! about 22 instructions a byte of sentence JSONL, most of a pass-through's
//! time; this scanner costs about 8, UTF-8 check included, as fast as
//! serde_json checking a line without noting anything (README, "The record
//! reader"). Strings are looked at eight bytes at a time, long ones handed
//! to `memchr`; every other byte is touched once.
//!
//! The input is already valid UTF-8 (the caller checks that first), so
//! strings need no decoding here: only their ends, escapes and raw control
//! characters matter.

use std::ops::Range;

/// Nesting allowed inside one field's value: serde_json stops at 128 levels
/// counting the record itself, so a field any tool can read is one it can parse.
pub(crate) const MAX_FIELD_DEPTH: u32 = 127;

/// One top-level field as it stands in the line, as the scanner hands it
/// to its caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawField {
    /// The key between its quotes.
    pub key: Range<usize>,
    /// The key has escapes, so its text is not its name.
    pub key_escaped: bool,
    /// The value's JSON text, without the whitespace around it.
    pub value: Range<usize>,
    /// The value is a string without escapes: its content is `value` less
    /// the quotes.
    pub plain_string: bool,
}

/// What a successful scan found beyond the fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shape {
    /// From the opening brace to the closing one (excluded).
    pub body: Range<usize>,
    /// No whitespace between the top-level tokens and no key with escapes:
    /// `line[body]` is what the writer would write for the fields as read.
    pub compact: bool,
    /// A `\u` escape of a UTF-16 surrogate (paired or not) somewhere.
    pub surrogates: bool,
}

struct Scanner<'a> {
    b: &'a [u8],
    /// The line holds a byte below 0x20 (a raw tab, say): the stretches of
    /// long strings that `memchr` skips must be checked for them. Most lines
    /// hold none, and skip that check.
    controls: bool,
    surrogates: bool,
}

/// JSON's whitespace, as serde_json skips it.
#[inline]
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\t' | b'\r')
}

/// Scan `line` as one JSON object, handing each top-level field (repeated
/// keys included, in order) to `field`, with positions counted from `base`
/// (where the line stands in a larger text). `None`: not a valid JSON
/// object (ask serde_json why).
#[inline]
pub(crate) fn scan_object(line: &[u8], base: usize, mut field: impl FnMut(RawField)) -> Option<Shape> {
    // Vectorised by the compiler: no early exit.
    let controls = line.iter().fold(false, |seen, &c| seen | (c < 0x20));
    let mut s = Scanner { b: line, controls, surrogates: false };
    let b = line;
    // Whitespace between tokens is rare in JSON Lines: each place looks at
    // one byte, and skips whitespace only when that byte may be some (every
    // byte that starts a token is above the space).
    let mut compact = true;
    let mut token = |s: &Scanner, i: &mut usize| -> Option<u8> {
        let mut c = *b.get(*i)?;
        if c <= b' ' {
            *i = s.ws(*i);
            c = *b.get(*i)?;
            compact = false;
        }
        Some(c)
    };
    let open = s.ws(0);
    if b.get(open) != Some(&b'{') {
        return None;
    }
    let mut i = open + 1;
    let mut c = token(&s, &mut i)?;
    let mut escaped_keys = false;
    let close = if c == b'}' {
        i
    } else {
        loop {
            if c != b'"' {
                return None;
            }
            let key = i + 1;
            let (key_end, key_escaped) = s.string(key)?;
            escaped_keys |= key_escaped;
            i = key_end + 1;
            if token(&s, &mut i)? != b':' {
                return None;
            }
            i += 1;
            let (end, plain_string) = match token(&s, &mut i)? {
                b'"' => {
                    let (end, escaped) = s.string(i + 1)?;
                    (end + 1, !escaped)
                }
                b'{' | b'[' => (s.nested(i)?, false),
                // Numbers first, inline: most top-level scalars are.
                b'-' | b'0'..=b'9' => (s.number(i)?, false),
                _ => (s.scalar(i)?, false),
            };
            field(RawField {
                key: base + key..base + key_end,
                key_escaped,
                value: base + i..base + end,
                plain_string,
            });
            i = end;
            match token(&s, &mut i)? {
                b',' => {
                    i += 1;
                    c = token(&s, &mut i)?;
                }
                b'}' => break i,
                _ => return None,
            }
        }
    };
    let compact = compact && !escaped_keys;
    // Only whitespace may follow the object.
    if s.ws(close + 1) != b.len() {
        return None;
    }
    Some(Shape { body: base + open..base + close, compact, surrogates: s.surrogates })
}

impl Scanner<'_> {
    /// The first position at or after `i` that is not whitespace.
    #[inline]
    fn ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// A string whose opening quote is just before `i`: the position of its
    /// closing quote, and whether it has escapes. Keys and short values end
    /// within the first sixteen bytes, checked here eight at a time (keys
    /// like `"qualifier"` need the second word).
    #[inline(always)]
    fn string(&mut self, i: usize) -> Option<(usize, bool)> {
        let mut j = i;
        for _ in 0..2 {
            let Some(word) = self.b.get(j..j + 8) else { break };
            let found = special_bytes(u64::from_le_bytes(word.try_into().ok()?));
            if found != 0 {
                let at = j + (found.trailing_zeros() / 8) as usize;
                if self.b[at] == b'"' {
                    return Some((at, false));
                }
                return self.long_string(at);
            }
            j += 8;
        }
        self.long_string(j)
    }

    /// [`Scanner::string`] from `i` on, escapes included.
    #[inline(never)]
    fn long_string(&mut self, mut i: usize) -> Option<(usize, bool)> {
        let b = self.b;
        let mut escaped = false;
        loop {
            let at = self.special(i)?;
            match b[at] {
                b'"' => return Some((at, escaped)),
                b'\\' => {}
                _ => return None, // a raw control character
            }
            escaped = true;
            match *b.get(at + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i = at + 2,
                b'u' => {
                    let code = hex4(b.get(at + 2..at + 6)?)?;
                    self.surrogates |= (0xD800..=0xDFFF).contains(&code);
                    i = at + 6;
                }
                _ => return None,
            }
        }
    }

    /// The first quote, backslash or control character at or after `i`:
    /// eight bytes at a time for a while (most strings are short), then
    /// with `memchr`.
    #[inline]
    fn special(&self, i: usize) -> Option<usize> {
        let b = self.b;
        let mut j = i;
        while j < i + SWAR_BYTES {
            let Some(word) = b.get(j..j + 8) else { break };
            let found = special_bytes(u64::from_le_bytes(word.try_into().ok()?));
            if found != 0 {
                return Some(j + (found.trailing_zeros() / 8) as usize);
            }
            j += 8;
        }
        let rest = b.get(j..)?;
        let at = j + memchr::memchr2(b'"', b'\\', rest)?;
        if self.controls {
            if let Some(c) = b[j..at].iter().position(|&c| c < 0x20) {
                return Some(j + c);
            }
        }
        Some(at)
    }

    /// A number or a literal at `i`: the position after it.
    #[inline]
    fn scalar(&self, i: usize) -> Option<usize> {
        let b = self.b;
        match *b.get(i)? {
            b'-' | b'0'..=b'9' => self.number(i),
            b't' => literal(b, i, b"true"),
            b'f' => literal(b, i, b"false"),
            b'n' => literal(b, i, b"null"),
            _ => None,
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, of any length.
    #[inline(always)]
    fn number(&self, mut i: usize) -> Option<usize> {
        let b = self.b;
        if b[i] == b'-' {
            i += 1;
        }
        match *b.get(i)? {
            b'0' => i += 1,
            b'1'..=b'9' => i = self.digits(i + 1),
            _ => return None,
        }
        match b.get(i) {
            Some(b'.' | b'e' | b'E') => self.fraction(i),
            _ => Some(i),
        }
    }

    /// The first position at or after `i` that is not a digit.
    #[inline]
    fn digits(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    /// The fraction and exponent of a number, from `i`.
    fn fraction(&self, mut i: usize) -> Option<usize> {
        let b = self.b;
        let digits = |i: usize| {
            let end = self.digits(i);
            (end > i).then_some(end)
        };
        if b.get(i) == Some(&b'.') {
            i = digits(i + 1)?;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            i = digits(i)?;
        }
        Some(i)
    }

    /// The byte at `i`, or when it may be whitespace, the first byte after
    /// the whitespace there (moving `i` to it). Inside nested values the
    /// tokens mostly follow each other directly, and every byte that starts
    /// a token is above the space, so one comparison usually settles it.
    #[inline(always)]
    fn token(&self, i: &mut usize) -> Option<u8> {
        let c = *self.b.get(*i)?;
        if c > b' ' {
            return Some(c);
        }
        *i = self.ws(*i);
        self.b.get(*i).copied()
    }

    /// An array or object starting at `i`, nested at most
    /// [`MAX_FIELD_DEPTH`] deep: the position after it. The containers open
    /// are a stack of bits (1: object), as the limit keeps it under 128.
    /// The byte at `i` travels with it (`c`), so no token is read twice.
    fn nested(&mut self, mut i: usize) -> Option<usize> {
        let b = self.b;
        let mut stack: u128 = 0;
        let mut depth: u32 = 0;
        let mut c = *b.get(i)?;
        'value: loop {
            // A value at i, starting with c.
            match c {
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_FIELD_DEPTH {
                        return None;
                    }
                    let object = c == b'{';
                    stack = (stack << 1) | object as u128;
                    i += 1;
                    c = self.token(&mut i)?;
                    if object {
                        if c == b'"' {
                            (i, c) = self.member_key(i)?;
                            continue 'value;
                        }
                        if c != b'}' {
                            return None;
                        }
                    } else if c != b']' {
                        continue 'value;
                    }
                    // An empty container.
                    i += 1;
                    depth -= 1;
                    stack >>= 1;
                }
                b'"' => i = self.string(i + 1)?.0 + 1,
                b'-' | b'0'..=b'9' => i = self.number(i)?,
                _ => i = self.scalar(i)?,
            }
            // After a value: a comma, or the end of one container or more.
            loop {
                if depth == 0 {
                    return Some(i);
                }
                let object = stack & 1 == 1;
                match self.token(&mut i)? {
                    b',' => {
                        i += 1;
                        c = self.token(&mut i)?;
                        if object {
                            if c != b'"' {
                                return None;
                            }
                            (i, c) = self.member_key(i)?;
                        }
                        continue 'value;
                    }
                    b'}' if object => {}
                    b']' if !object => {}
                    _ => return None,
                }
                i += 1;
                depth -= 1;
                stack >>= 1;
            }
        }
    }

    /// `"key" :` at `i` (its opening quote) inside a nested object: the
    /// start of the value, and its first byte.
    #[inline(always)]
    fn member_key(&mut self, i: usize) -> Option<(usize, u8)> {
        let mut i = self.string(i + 1)?.0 + 1;
        if self.token(&mut i)? != b':' {
            return None;
        }
        i += 1;
        let c = self.token(&mut i)?;
        Some((i, c))
    }
}

/// How far into a string [`Scanner::special`] looks eight bytes at a time
/// before it hands the rest to `memchr`, whose start costs more.
const SWAR_BYTES: usize = 16;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` (little-endian) that is a quote, a
/// backslash or below 0x20; bits above the first such byte may be wrong, so
/// only the lowest set bit is to be read. The control test costs less than
/// a branch on [`Scanner::controls`], and on a line without control bytes
/// it finds nothing: no byte borrows unless one below it is under 0x20.
#[inline(always)]
fn special_bytes(w: u64) -> u64 {
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x;
    let quotes = zero_in(w ^ (ONES * b'"' as u64)) | zero_in(w ^ (ONES * b'\\' as u64));
    (quotes | (w.wrapping_sub(ONES * 0x20) & !w)) & HIGHS
}

#[inline]
fn literal<const N: usize>(b: &[u8], i: usize, word: &[u8; N]) -> Option<usize> {
    // As an array, compared in one or two loads rather than by `bcmp`.
    let found: [u8; N] = b.get(i..i + N)?.try_into().ok()?;
    (found == *word).then_some(i + N)
}

/// Four hex digits.
#[inline]
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |n, &d| Some(n << 4 | (d as char).to_digit(16)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(line: &str) -> Option<(Vec<RawField>, Shape)> {
        let mut fields = Vec::new();
        scan_object(line.as_bytes(), 0, |f| fields.push(f)).map(|shape| (fields, shape))
    }

    fn serde_accepts(line: &str) -> bool {
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line).is_ok()
    }

    #[test]
    fn fields_are_located() {
        let line = r#"{"a":1,"b":"x y","c":[1,{"d":null}],"e\"":"q\n"}"#;
        let (fields, shape) = scan(line).unwrap();
        let text = |r: &Range<usize>| &line[r.clone()];
        let got: Vec<_> =
            fields.iter().map(|f| (text(&f.key), f.key_escaped, text(&f.value), f.plain_string)).collect();
        assert_eq!(
            got,
            [
                ("a", false, "1", false),
                ("b", false, "\"x y\"", true),
                ("c", false, "[1,{\"d\":null}]", false),
                ("e\\\"", true, "\"q\\n\"", false),
            ]
        );
        assert_eq!(shape.body, 0..line.len() - 1);
        assert!(!shape.compact, "a key with escapes is not written as read");
        assert!(!shape.surrogates);
    }

    #[test]
    fn whitespace_between_fields_is_not_compact() {
        assert!(scan(r#"{"a":1,"b":[1, 2]}"#).unwrap().1.compact);
        for spaced in [r#"{ "a":1}"#, r#"{"a" :1}"#, r#"{"a": 1}"#, r#"{"a":1 }"#, r#"{"a":1 ,"b":2}"#] {
            assert!(!scan(spaced).unwrap().1.compact, "{spaced}");
        }
        // Around the braces it does not matter: the body is between them.
        let (_, shape) = scan("  {\"a\":1}\t ").unwrap();
        assert!(shape.compact);
        assert_eq!(shape.body, 2..8);
    }

    #[test]
    fn positions_count_from_the_base() {
        let mut fields = Vec::new();
        let shape = scan_object(br#"{"a":"b"}"#, 100, |f| fields.push(f)).unwrap();
        assert_eq!(shape.body, 100..108);
        assert_eq!((fields[0].key.clone(), fields[0].value.clone()), (102..103, 105..108));
    }

    #[test]
    fn surrogate_escapes_are_noticed() {
        assert!(scan(r#"{"a":"\ud83d\ude00"}"#).unwrap().1.surrogates);
        assert!(scan(r#"{"a":["\uDC00"]}"#).unwrap().1.surrogates);
        assert!(!scan(r#"{"a":"\u00e9\\ud800"}"#).unwrap().1.surrogates);
    }

    #[test]
    fn accepts_and_refuses_what_serde_json_does() {
        for line in [
            "{}",
            " {} ",
            "{\"a\":{}}",
            "{\"a\":[]}",
            "{\"a\":[ ]}",
            "{\"a\":-0.5e+10}",
            "{\"a\":123456789012345678901234567890}",
            "{\"a\":1E5,\"b\":0,\"c\":-0}",
            "{\"a\":\"\\/\\b\\f\\n\\r\\t\\\"\\\\\\u00FF\"}",
            "{\"a\":\"\u{7f}é😀\"}",
            "{\"a\":true,\"b\":false,\"c\":null}",
            "{\"a\":1,\"a\":2}",
            "{\r\"a\"\t:\n1}",
        ] {
            assert!(serde_accepts(line), "{line}");
            assert!(scan(line).is_some(), "{line}");
        }
        for line in [
            "",
            "[]",
            "1",
            "\"s\"",
            "{",
            "}",
            "{,}",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "{\"a\":1 \"b\":2}",
            "{a:1}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":.5}",
            "{\"a\":1e}",
            "{\"a\":+1}",
            "{\"a\":-}",
            "{\"a\":tru}",
            "{\"a\":fals}",
            "{\"a\":false",
            "{\"a\":1,\"b\":nullx}",
            "{\"a\":nul}",
            "{\"a\":NaN}",
            "{\"a\":[1,]}",
            "{\"a\":[1 2]}",
            "{\"a\":{\"b\"}}",
            "{\"a\":{\"b\":1,}}",
            "{\"a\":{1:2}}",
            "{\"a\":[}",
            "{\"a\":{]}",
            "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}",
            "{\"a\":\"\\u12g4\"}",
            "{\"a\":\"raw\u{1}control\"}",
            "{\"a\":\"tab\there\"}",
            "{\"a\":[\"\u{1f}\"]}",
            "{\"a\":\"unterminated}",
            "{\"a\":1}x",
            "{\"a\":1}{}",
            "{\"a\":1}\u{a0}",
            "\u{feff}{}",
            "{\"a\":1}\u{0}",
        ] {
            assert!(!serde_accepts(line), "{line}");
            assert!(scan(line).is_none(), "{line:?}");
        }
    }

    #[test]
    fn nested_values_with_and_without_whitespace() {
        // Compact and spaced forms of arrays of small objects, as kz-numbers
        // and kz-entities write them and as a person might.
        let ok = [
            r#"{"n":[{"text":"12","start":0,"end":2,"value":12,"low":null,"x":true,"y":false}]}"#,
            r#"{"n":[ { "text" : "12" , "start" :0,"end": 2 ,"value":-1.5e3 } , {} ]}"#,
            "{\"n\":[\t{\r\"a\"\n:\n1\n}\n]}",
            r#"{"n":[[],{},[{}],{"a":[]},{"a":{}},[[ ]],{ }]}"#,
            r#"{"n":[1,12,123,-0,0.5,1e2,123456789012345678901234]}"#,
            r#"{"n":{"a":1},"m":[0],"k":{"b":[2]}}"#,
            r#"{"n":[1],"m":{"a":12}}"#,
            r#"{"n":[{"qualifier":"approx_word","who_class":"people","a_long_key_name_here":"v"}]}"#,
            r#"{"n":[{"e\"sc":"q\n","\u00e9":"\ud83d\ude00"}]}"#,
            r#"{"n":["","a","exactly8","exactly_sixteen!","more than sixteen bytes"]}"#,
        ];
        for line in ok {
            assert!(serde_accepts(line), "{line}");
            let (fields, shape) = scan(line).unwrap_or_else(|| panic!("{line}"));
            // The field's value ends where the nested value does.
            let n = &fields[0];
            let value: serde_json::Value = serde_json::from_str(&line[n.value.clone()]).unwrap();
            let whole: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(value, whole["n"], "{line}");
            assert!(shape.compact, "whitespace inside a value keeps the line compact: {line}");
        }
        let bad = [
            r#"{"n":[{"a":1,}]}"#,
            r#"{"n":[{"a" 1}]}"#,
            r#"{"n":[{"a":}]}"#,
            r#"{"n":[{"a"}]}"#,
            r#"{"n":[{,"a":1}]}"#,
            r#"{"n":[{"a":1"b":2}]}"#,
            r#"{"n":[,1]}"#,
            r#"{"n":[1,,2]}"#,
            r#"{"n":[1}"#,
            r#"{"n":{"a":1]}"#,
            r#"{"n":[01]}"#,
            r#"{"n":[1.]}"#,
            r#"{"n":[-]}"#,
            r#"{"n":[1e+]}"#,
            r#"{"n":[tru]}"#,
            r#"{"n":[nulll]}"#,
            r#"{"n":[fals]}"#,
            r#"{"n":[false"#,
            r#"{"n":fals"#,
            r#"{"n":{"a":truee}}"#,
            r#"{"n":[nul"#,
            r#"{"n":{"a":1}"#,
            r#"{"n":[1"#,
            r#"{"n":[1 "#,
            r#"{"n":[1,"#,
            r#"{"n":{"a":"#,
            r#"{"n":{"a""#,
            r#"{"n":["abc"#,
            r#"{"n":["exactly_sixteen!"#,
            "{\"n\":[\u{1}1]}",
            "{\"n\":[1\u{1}]}",
            "{\"n\":{\"a\":\u{1}1}}",
            "{\"n\":{\"a\"\u{c}:1}}",
            "{\"n\":[\"ab\u{1f}cdefghijklmnopqrstuvwxyz\"]}",
            "{\"n\":[\"abcdefghijklmnopqrstuvwxyz\u{1}\"]}",
            "{\"n\":[\"abcdefghijklmnopqrs\u{1}\"]}",
            "{\"n\":[{\"k\u{9}\":1}]}",
        ];
        for line in bad {
            assert!(!serde_accepts(line), "{line:?}");
            assert!(scan(line).is_none(), "{line:?}");
        }
    }

    #[test]
    fn control_bytes_are_found_at_every_place_in_a_string() {
        // Each place in the first words, which the scanner reads eight bytes
        // at a time, and further on, where memchr does the looking.
        for len in 0..40 {
            for at in 0..=len {
                let mut text = "x".repeat(len);
                text.insert(at, '\u{1}');
                for line in [format!("{{\"a\":\"{text}\"}}"), format!("{{\"a\":[\"{text}\"]}}")] {
                    assert!(scan(&line).is_none(), "{line:?}");
                }
            }
            let clean = format!("{{\"a\":[\"{}\",1],\"b\":\"{}\"}}", "y".repeat(len), "z".repeat(len));
            assert!(scan(&clean).is_some(), "{clean}");
        }
    }

    #[test]
    fn nesting_stops_where_the_reader_always_stopped() {
        let nested = |depth: usize, open: &str, close: &str| {
            format!("{{\"a\":{}{}}}", open.repeat(depth), close.repeat(depth))
        };
        let depth = MAX_FIELD_DEPTH as usize;
        assert!(scan(&nested(depth, "[", "]")).is_some());
        assert!(scan(&nested(depth + 1, "[", "]")).is_none());
        let objects = |depth: usize| format!("{{\"a\":{}1{}}}", "{\"k\":".repeat(depth), "}".repeat(depth));
        assert!(scan(&objects(depth)).is_some());
        assert!(scan(&objects(depth + 1)).is_none());
        // Mixed, and with whitespace inside, at the limit and one past it.
        let mixed = |depth: usize| {
            let opens: String = (0..depth).map(|d| if d % 2 == 0 { "[ " } else { "{ \"k\" : " }).collect();
            let closes: String = (0..depth).rev().map(|d| if d % 2 == 0 { " ]" } else { " }" }).collect();
            format!("{{\"a\":{opens}0{closes}}}")
        };
        assert!(scan(&mixed(depth)).is_some());
        assert!(scan(&mixed(depth + 1)).is_none());
        // Many containers one after another are not nesting.
        let wide = format!("{{\"a\":[{}]}}", vec!["[[1]]"; 1000].join(","));
        assert!(scan(&wide).is_some());
    }
}
