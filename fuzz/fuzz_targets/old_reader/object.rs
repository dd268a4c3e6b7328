//! The record reader's oracle: `shared/src/object.rs` as it was before the
//! scanner of issue 21 (commit 06962c5), unchanged but for this note and
//! its tests. Do not "fix" it: it is what the new reader is held to.
//!
//! [`Record`]: one JSON object of a JSON Lines stream, read lazily.
//!
//! Most fields of a record are only carried through a tool: the title, the
//! source, the entities another tool added. Parsing them into a tree and
//! serialising them again is most of the cost of a tool that touches one or
//! two fields, so a record keeps the line it was read from, and each field as
//! the slice of that line that holds its value. A field is parsed only when a
//! tool asks for it, and written back byte for byte unless the tool set or
//! edited it. Its JSON syntax is still checked in full when the line is read:
//! a record is either a valid object or a rejected line.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Arc;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// A JSON object whose fields keep their order, and whose values stay as
/// written until a tool reads or changes them.
#[allow(dead_code)]
#[derive(Clone, Default)]
pub struct Record {
    /// The line the record was read from; empty for a record built by a tool.
    line: Arc<str>,
    fields: Vec<Field>,
}

#[derive(Clone)]
struct Field {
    key: Key,
    value: Slot,
}

#[derive(Clone)]
enum Key {
    /// A key without escapes, as it stands in the line.
    InLine(Range<usize>),
    Owned(String),
}

#[derive(Clone)]
enum Slot {
    /// The value's JSON text in the line, parsed the first time it is read.
    InLine { text: Range<usize>, parsed: OnceCell<Value> },
    /// A value set or edited by the tool.
    Set(Value),
    /// JSON text the tool wrote itself ([`Record::insert_json`]).
    Written { json: String, parsed: OnceCell<Value> },
}

/// Fields beyond this many are checked for duplicate keys with a hash map,
/// so a hostile line with a million keys is not quadratic.
const LINEAR_KEY_CHECK: usize = 16;

impl Record {
    pub fn new() -> Self {
        Record::default()
    }

    /// Parse one line (without its newline) into a record, or say why it is
    /// not one: invalid UTF-8, invalid JSON (with the column), or not an object.
    pub fn parse(line: &[u8]) -> Result<Record, String> {
        let text = std::str::from_utf8(line)
            .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to() + 1))?;
        if text.trim_start().starts_with('{') {
            let line: Arc<str> = Arc::from(text);
            match scan_fields(&line) {
                Ok(fields) => return Ok(Record { line, fields }),
                Err(e) => return Err(json_error(&e)),
            }
        }
        // Not an object: let the full parser say what it is, or where it breaks.
        match serde_json::from_str::<Value>(text) {
            Ok(other) => Err(format!("expected a JSON object, found {}", kind_of(&other))),
            Err(e) => Err(json_error(&e)),
        }
    }

    pub fn len(&self) -> usize {
        self.fields.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    /// The field's value, parsed on first use.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.position(key).map(|i| self.value_at(i))
    }

    /// The field's value for editing: from now on it is written from the
    /// edited value, not from the line.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        let i = self.position(key)?;
        Some(self.set_slot(i))
    }

    /// The field's JSON text as it was read (or as the tool wrote it with
    /// [`Record::insert_json`]), if the tool has not set or edited it: for reading typed structures straight from the line with
    /// `serde_json::from_str`.
    pub fn raw(&self, key: &str) -> Option<&str> {
        match &self.fields[self.position(key)?].value {
            Slot::InLine { text, .. } => Some(&self.line[text.clone()]),
            Slot::Written { json, .. } => Some(json),
            Slot::Set(_) => None,
        }
    }

    /// The field's value if it is a string, borrowed from the line when it
    /// has no escapes (the common case), without building a `Value`.
    pub fn get_str(&self, key: &str) -> Option<Cow<'_, str>> {
        let i = self.position(key)?;
        match &self.fields[i].value {
            Slot::InLine { text, parsed } => {
                if let Some(value) = parsed.get() {
                    return value.as_str().map(Cow::Borrowed);
                }
                string_in(&self.line[text.clone()])
            }
            Slot::Written { json, .. } => string_in(json),
            Slot::Set(value) => value.as_str().map(Cow::Borrowed),
        }
    }

    /// A string field's value that does not borrow the record, so that a
    /// tool can read it while it edits the record. No copy unless the
    /// string has escapes or was set by the tool.
    pub fn get_str_detached(&self, key: &str) -> Option<DetachedStr> {
        let i = self.position(key)?;
        match &self.fields[i].value {
            Slot::InLine { text, parsed } => {
                if let Some(value) = parsed.get() {
                    return value.as_str().map(|s| DetachedStr::Owned(s.to_string()));
                }
                match string_in(&self.line[text.clone()])? {
                    Cow::Borrowed(inner) => {
                        // The inner text sits one quote in from the literal's start.
                        let start = text.start + 1;
                        Some(DetachedStr::InLine(Arc::clone(&self.line), start..start + inner.len()))
                    }
                    Cow::Owned(s) => Some(DetachedStr::Owned(s)),
                }
            }
            Slot::Written { json, .. } => string_in(json).map(|s| DetachedStr::Owned(s.into_owned())),
            Slot::Set(value) => value.as_str().map(|s| DetachedStr::Owned(s.to_string())),
        }
    }

    /// Set a field: in its place if the record has it, else at the end.
    pub fn insert(&mut self, key: String, value: Value) {
        match self.position(&key) {
            Some(i) => self.fields[i].value = Slot::Set(value),
            None => self.fields.push(Field { key: Key::Owned(key), value: Slot::Set(value) }),
        }
    }

    /// Set a field to JSON text the tool wrote itself, in its place if the
    /// record has it, else at the end: for tools that write their fields
    /// straight from their own structures instead of building a `Value`.
    /// `json` must be one valid JSON value.
    pub fn insert_json(&mut self, key: String, json: String) {
        debug_assert!(serde_json::from_str::<serde::de::IgnoredAny>(&json).is_ok(), "not JSON: {json}");
        let value = Slot::Written { json, parsed: OnceCell::new() };
        match self.position(&key) {
            Some(i) => self.fields[i].value = value,
            None => self.fields.push(Field { key: Key::Owned(key), value }),
        }
    }

    /// Take a field out; the others keep their order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.position(key)?;
        let field = self.fields.remove(i);
        Some(match field.value {
            Slot::Set(value) => value,
            Slot::Written { json, parsed } => parsed.into_inner().unwrap_or_else(|| parse_in_line(&json)),
            Slot::InLine { text, parsed } => {
                parsed.into_inner().unwrap_or_else(|| parse_in_line(&self.line[text]))
            }
        })
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| self.key_of(f))
    }

    /// Fields in order, each value parsed on first use.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        (0..self.fields.len()).map(|i| (self.key_of(&self.fields[i]), self.value_at(i)))
    }

    /// Fields in order with their JSON as it will be written: the text from
    /// the line for fields as read, the value for fields the tool set. For
    /// copying fields into another record without parsing them.
    pub fn json_fields(&self) -> impl Iterator<Item = (&str, FieldJson<'_>)> {
        self.fields.iter().map(|f| {
            let json = match &f.value {
                Slot::InLine { text, .. } => FieldJson::Text(&self.line[text.clone()]),
                Slot::Written { json, .. } => FieldJson::Text(json),
                Slot::Set(value) => FieldJson::Value(value),
            };
            (self.key_of(f), json)
        })
    }

    /// The record as a plain JSON object (every field parsed).
    pub fn into_map(self) -> Map<String, Value> {
        let mut map = Map::new();
        for i in 0..self.fields.len() {
            map.insert(self.key_of(&self.fields[i]).to_string(), self.value_at(i).clone());
        }
        map
    }

    /// Write the record as one JSON line: fields as read are copied from the
    /// line, fields set by the tool are serialised.
    pub fn write_line(&self, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
        out.write_all(b"{")?;
        for (i, field) in self.fields.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            match &field.key {
                // A key without escapes needs none written: JSON strings
                // cannot hold raw quotes, backslashes or control characters.
                Key::InLine(range) => {
                    out.write_all(b"\"")?;
                    out.write_all(self.line[range.clone()].as_bytes())?;
                    out.write_all(b"\":")?;
                }
                Key::Owned(key) => {
                    serde_json::to_writer(&mut *out, key.as_str())?;
                    out.write_all(b":")?;
                }
            }
            match &field.value {
                Slot::InLine { text, .. } => out.write_all(self.line[text.clone()].as_bytes())?,
                Slot::Written { json, .. } => out.write_all(json.as_bytes())?,
                Slot::Set(value) => serde_json::to_writer(&mut *out, value)?,
            }
        }
        out.write_all(b"}\n")
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.fields.iter().position(|f| self.key_of(f) == key)
    }

    fn key_of<'a>(&'a self, field: &'a Field) -> &'a str {
        match &field.key {
            Key::InLine(range) => &self.line[range.clone()],
            Key::Owned(key) => key,
        }
    }

    fn value_at(&self, i: usize) -> &Value {
        match &self.fields[i].value {
            Slot::InLine { text, parsed } => parsed.get_or_init(|| parse_in_line(&self.line[text.clone()])),
            Slot::Written { json, parsed } => parsed.get_or_init(|| parse_in_line(json)),
            Slot::Set(value) => value,
        }
    }

    fn set_slot(&mut self, i: usize) -> &mut Value {
        let slot = &mut self.fields[i].value;
        let value = match slot {
            Slot::Set(_) => None,
            Slot::InLine { text, parsed } => {
                Some(parsed.take().unwrap_or_else(|| parse_in_line(&self.line[text.clone()])))
            }
            Slot::Written { json, parsed } => Some(parsed.take().unwrap_or_else(|| parse_in_line(json))),
        };
        if let Some(value) = value {
            *slot = Slot::Set(value);
        }
        match slot {
            Slot::Set(value) => value,
            _ => unreachable!("the slot was just set"),
        }
    }
}

/// A field's value as [`Record::json_fields`] gives it.
pub enum FieldJson<'a> {
    /// Valid JSON text, as read.
    Text(&'a str),
    Value(&'a Value),
}

impl FieldJson<'_> {
    pub fn write(&self, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
        match self {
            FieldJson::Text(text) => out.write_all(text.as_bytes()),
            FieldJson::Value(value) => serde_json::to_writer(out, value).map_err(io::Error::from),
        }
    }
}

/// A string read from a record that can outlive the borrow of the record.
pub enum DetachedStr {
    InLine(Arc<str>, Range<usize>),
    Owned(String),
}

impl std::ops::Deref for DetachedStr {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            DetachedStr::InLine(line, range) => &line[range.clone()],
            DetachedStr::Owned(s) => s,
        }
    }
}

impl fmt::Debug for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl PartialEq for Record {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

/// `record["key"]`: the value, or `null` when the record has no such field
/// (as indexing a `serde_json::Value` does).
impl std::ops::Index<&str> for Record {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(key).unwrap_or(&NULL)
    }
}

impl From<Map<String, Value>> for Record {
    fn from(map: Map<String, Value>) -> Self {
        let fields =
            map.into_iter().map(|(k, v)| Field { key: Key::Owned(k), value: Slot::Set(v) }).collect();
        Record { line: Arc::from(""), fields }
    }
}

impl FromIterator<(String, Value)> for Record {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        let mut record = Record::new();
        for (key, value) in iter {
            record.insert(key, value);
        }
        record
    }
}

impl std::str::FromStr for Record {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Record::parse(s.as_bytes())
    }
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::<String, Value>::deserialize(deserializer).map(Record::from)
    }
}

impl From<Record> for Value {
    fn from(record: Record) -> Self {
        Value::Object(record.into_map())
    }
}

/// A field's value in the line is valid JSON (it was checked when the line
/// was read), so parsing it again cannot fail; `Null` is never reached.
fn parse_in_line(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// A JSON string literal's content: borrowed if it has no escapes.
fn string_in(text: &str) -> Option<Cow<'_, str>> {
    let inner = text.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains('\\') {
        return Some(Cow::Borrowed(inner));
    }
    serde_json::from_str::<String>(text).ok().map(Cow::Owned)
}

fn json_error(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let what = message.split(" at line ").next().unwrap_or(&message);
    format!("invalid JSON at column {}: {what}", e.column())
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Check the whole line as JSON and note where each top-level key and value
/// stands in it. A repeated key keeps its first place and its last value, as
/// serde_json's ordered map does.
fn scan_fields(line: &str) -> serde_json::Result<Vec<Field>> {
    let mut de = serde_json::Deserializer::from_str(line);
    let fields = de.deserialize_map(FieldsVisitor { line })?;
    de.end()?;
    Ok(fields)
}

/// serde_json stops at 128 levels of nesting, counting the record itself;
/// a field's value may then have 127. Its raw scan has no such limit, so the
/// limit is checked here: a field any tool can read is a field it can parse.
const MAX_FIELD_DEPTH: usize = 127;

fn too_deep(value: &str) -> bool {
    let bytes = value.as_bytes();
    if !matches!(bytes.first(), Some(b'[' | b'{')) {
        return false;
    }
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in bytes {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FIELD_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth -= 1,
            _ => {}
        }
    }
    false
}

struct FieldsVisitor<'a> {
    line: &'a str,
}

impl FieldsVisitor<'_> {
    /// Where a slice borrowed from the line stands in it.
    fn range_of(&self, s: &str) -> Range<usize> {
        let start = s.as_ptr() as usize - self.line.as_ptr() as usize;
        debug_assert!(start + s.len() <= self.line.len());
        start..start + s.len()
    }

    fn key_str<'k>(&'k self, key: &'k Key) -> &'k str {
        match key {
            Key::InLine(range) => &self.line[range.clone()],
            Key::Owned(key) => key,
        }
    }
}

impl<'de> Visitor<'de> for FieldsVisitor<'_> {
    type Value = Vec<Field>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<Field>, A::Error> {
        let mut fields: Vec<Field> = Vec::with_capacity(LINEAR_KEY_CHECK);
        let mut index: Option<HashMap<String, usize>> = None;
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let raw: &'de RawValue = map.next_value()?;
            if too_deep(raw.get()) {
                return Err(serde::de::Error::custom("recursion limit exceeded"));
            }
            let value = Slot::InLine { text: self.range_of(raw.get()), parsed: OnceCell::new() };
            let seen = match &index {
                Some(index) => index.get(&*key).copied(),
                None => fields.iter().position(|f| self.key_str(&f.key) == key),
            };
            if let Some(i) = seen {
                fields[i].value = value;
                continue;
            }
            if let Some(index) = &mut index {
                index.insert(key.to_string(), fields.len());
            }
            let key = match key {
                Cow::Borrowed(k) => Key::InLine(self.range_of(k)),
                Cow::Owned(k) => Key::Owned(k),
            };
            fields.push(Field { key, value });
            if index.is_none() && fields.len() > LINEAR_KEY_CHECK {
                index = Some(
                    fields.iter().enumerate().map(|(i, f)| (self.key_str(&f.key).to_string(), i)).collect(),
                );
            }
        }
        Ok(fields)
    }
}

/// Keys may be borrowed from the line (no escapes) or decoded (with escapes).
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(KeySeed)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}
