//! [`Record`]: one JSON object of a JSON Lines stream, read lazily.
//!
//! Most fields of a record are only carried through a tool: the title, the
//! source, the entities another tool added. Parsing them into a tree and
//! serialising them again is most of the cost of a tool that touches one or
//! two fields, so a record keeps the line it was read from, and each field as
//! the slice of that line that holds its value. A field is parsed only when a
//! tool asks for it, and written back byte for byte unless the tool set or
//! edited it. Its JSON syntax is still checked in full when the line is read
//! (by [`crate::scan`], one pass; serde_json only words the message of a
//! line refused): a record is either a valid object or a rejected line.
//!
//! Lines read together share one text ([`Record::scan_in`]); a record whose
//! only change is fields added at the end is written as its line's bytes
//! plus them ([`Record::write_line`]).

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};
use std::ops::Range;
use std::sync::Arc;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::scan::scan_object;

/// A JSON object whose fields keep their order, and whose values stay as
/// written until a tool reads or changes them.
#[derive(Clone, Default)]
pub struct Record {
    /// The text holding the line the record was read from (the line, or a
    /// block of lines read together); empty for a record built by a tool.
    /// Every position in the record counts from its start.
    line: Arc<str>,
    fields: Vec<Field>,
    /// Set while the line's fields are all still as read and in order, and
    /// the line is written compactly (no space between its top-level
    /// tokens, no key with escapes, no repeated key): the line's bytes are
    /// then what the field-by-field writer would write for them, so they are
    /// written as they stand, and only the fields added since are written
    /// one by one.
    verbatim: Option<Verbatim>,
    /// A filter of the keys the record holds: the [`key_bit`] of each is
    /// set (all bits when not worked out). A tool adding its own field looks
    /// for a key the record lacks, as a rule, and the filter answers that
    /// without reading every key in the line, which another thread scanned.
    key_filter: u64,
}

/// The line's body (from its opening brace to before its closing one) and
/// how many fields it holds: the first of [`Record::fields`].
#[derive(Clone)]
struct Verbatim {
    body: Range<usize>,
    fields: usize,
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
    /// The value's JSON text in the line, parsed the first time it is read;
    /// `plain`: a string without escapes, read straight from the line.
    InLine { text: Range<usize>, plain: bool, parsed: OnceCell<Box<Value>> },
    /// A value set or edited by the tool (boxed: most fields are never
    /// parsed, and a record's fields stay small to allocate and move).
    Set(Box<Value>),
    /// JSON text the tool wrote itself ([`Record::insert_json`]).
    Written { json: String, parsed: OnceCell<Box<Value>> },
}

/// Fields beyond this many are checked for duplicate keys with a hash map,
/// so a hostile line with a million keys is not quadratic.
const LINEAR_KEY_CHECK: usize = 16;

/// Fields a record read from a line has room for beyond its own.
const ROOM: usize = 4;

impl Record {
    pub fn new() -> Self {
        Record::default()
    }

    /// Parse one line (without its newline) into a record, or say why it is
    /// not one: invalid UTF-8, invalid JSON (with the column), or not an object.
    pub fn parse(line: &[u8]) -> Result<Record, String> {
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => Self::parse_with(line, &mut scratch),
            // Only if parsing re-entered itself, which it does not.
            Err(_) => Self::parse_with(line, &mut Scratch::default()),
        })
    }

    /// [`Record::parse`] with the reader's own scratch space.
    pub(crate) fn parse_with(line: &[u8], scratch: &mut Scratch) -> Result<Record, String> {
        let text = crate::utf8::validate(line)
            .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to() + 1))?;
        match Self::scan(text, scratch) {
            Some((record, _)) => Ok(record),
            None => Self::parse_slowly(text),
        }
    }

    /// The fast path: the scanner's record, and whether the line holds a
    /// surrogate escape (which the reader repairs first), or `None` when the
    /// scanner refuses the line (or a key cannot be decoded): then
    /// [`Record::parse_slowly`] says why.
    pub(crate) fn scan(text: &str, scratch: &mut Scratch) -> Option<(Record, bool)> {
        Self::scan_in(&Arc::from(text), 0..text.len(), scratch)
    }

    /// [`Record::scan`] of the line at `range` in a block of lines read
    /// together: the record shares the block instead of copying its line.
    pub(crate) fn scan_in(
        block: &Arc<str>,
        range: Range<usize>,
        scratch: &mut Scratch,
    ) -> Option<(Record, bool)> {
        let bytes = block.as_bytes();
        // A field list of a record done with, with room for the fields a
        // tool adds, so that adding them moves nothing.
        let mut fields: Vec<Field> = scratch.pool.pop().unwrap_or_default();
        fields.reserve(LINEAR_KEY_CHECK + ROOM);
        // Repeated keys are found as the fields come, while they are few and
        // none has escapes (the rule): keys are then their bytes, and a
        // 64-bit filter on length and first byte spares most comparisons.
        // Past that, one pass at the end decides.
        let (mut seen, mut repeated, mut later) = (0u64, false, false);
        let shape = scan_object(&bytes[range.clone()], range.start, |raw| {
            let value = Slot::InLine { text: raw.value, plain: raw.plain_string, parsed: OnceCell::new() };
            later |= raw.key_escaped || fields.len() >= LINEAR_KEY_CHECK;
            if !later {
                let key = &bytes[raw.key.clone()];
                let bit = key_bit(key);
                if seen & bit != 0 {
                    let same = |f: &Field| matches!(&f.key, Key::InLine(r) if &bytes[r.clone()] == key);
                    if let Some(i) = fields.iter().position(same) {
                        fields[i].value = value;
                        repeated = true;
                        return;
                    }
                }
                seen |= bit;
            }
            fields.push(Field { key: Key::InLine(raw.key), value });
        });
        let Some(shape) = shape else {
            fields.clear();
            scratch.pool.push(fields);
            return None;
        };
        if later {
            let (unique, again) = unique_keys(block, fields)?;
            fields = unique;
            repeated |= again;
        }
        let verbatim =
            (shape.compact && !repeated).then_some(Verbatim { body: shape.body, fields: fields.len() });
        // Past the linear check the filter was not kept up: it knows nothing.
        let keys = if later { u64::MAX } else { seen };
        Some((Record { line: Arc::clone(block), fields, verbatim, key_filter: keys }, shape.surrogates))
    }

    /// The line through serde_json: for the message when the scanner
    /// refuses it (and, should the two ever disagree, the record serde_json
    /// reads).
    fn parse_slowly(text: &str) -> Result<Record, String> {
        if text.trim_start().starts_with('{') {
            let line: Arc<str> = Arc::from(text);
            match scan_fields(&line) {
                Ok(fields) => return Ok(Record { line, fields, verbatim: None, key_filter: u64::MAX }),
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
        self.touch(i);
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
        self.str_at(self.position(key)?)
    }

    /// [`Record::get_str`] of the field at `i`.
    pub(crate) fn str_at(&self, i: usize) -> Option<Cow<'_, str>> {
        match &self.fields[i].value {
            Slot::InLine { text, plain, parsed } => {
                if *plain {
                    return Some(Cow::Borrowed(&self.line[text.start + 1..text.end - 1]));
                }
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
        self.str_detached_at(self.position(key)?)
    }

    /// [`Record::get_str_detached`] of the field at `i`.
    pub(crate) fn str_detached_at(&self, i: usize) -> Option<DetachedStr> {
        match &self.fields[i].value {
            Slot::InLine { text, plain, parsed } => {
                if *plain {
                    return Some(DetachedStr::InLine(Arc::clone(&self.line), text.start + 1..text.end - 1));
                }
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
        self.put(key, Slot::Set(Box::new(value)));
    }

    /// Set a field to JSON text the tool wrote itself, in its place if the
    /// record has it, else at the end: for tools that write their fields
    /// straight from their own structures instead of building a `Value`.
    /// `json` must be one valid JSON value.
    pub fn insert_json(&mut self, key: String, json: String) {
        debug_assert!(serde_json::from_str::<serde::de::IgnoredAny>(&json).is_ok(), "not JSON: {json}");
        self.put(key, Slot::Written { json, parsed: OnceCell::new() });
    }

    fn put(&mut self, key: String, value: Slot) {
        match self.position(&key) {
            Some(i) => {
                self.touch(i);
                self.fields[i].value = value;
            }
            None => {
                self.key_filter |= key_bit(key.as_bytes());
                self.fields.push(Field { key: Key::Owned(key), value });
            }
        }
    }

    /// Take a field out; the others keep their order.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.position(key)?;
        self.touch(i);
        let field = self.fields.remove(i);
        Some(match field.value {
            Slot::Set(value) => *value,
            Slot::Written { json, parsed } => {
                parsed.into_inner().map_or_else(|| parse_in_line(&json), |v| *v)
            }
            Slot::InLine { text, parsed, .. } => {
                parsed.into_inner().map_or_else(|| parse_in_line(&self.line[text]), |v| *v)
            }
        })
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| key_of(&self.line, &f.key))
    }

    /// Fields in order, each value parsed on first use.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        (0..self.fields.len()).map(|i| (key_of(&self.line, &self.fields[i].key), self.value_at(i)))
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
            (key_of(&self.line, &f.key), json)
        })
    }

    /// The record as a plain JSON object (every field parsed).
    pub fn into_map(self) -> Map<String, Value> {
        let mut map = Map::new();
        for i in 0..self.fields.len() {
            map.insert(key_of(&self.line, &self.fields[i].key).to_string(), self.value_at(i).clone());
        }
        map
    }

    /// Write the record as one JSON line: fields as read are copied from the
    /// line, fields set by the tool are serialised. A record whose only
    /// change is fields added at the end is written as its line's bytes up
    /// to the closing brace, then the new fields.
    pub fn write_line(&self, out: &mut (impl Write + ?Sized)) -> io::Result<()> {
        let mut from = 0;
        match &self.verbatim {
            Some(verbatim) => {
                out.write_all(self.line[verbatim.body.clone()].as_bytes())?;
                from = verbatim.fields;
            }
            None => out.write_all(b"{")?,
        }
        for (i, field) in self.fields.iter().enumerate().skip(from) {
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
                Slot::Set(value) => serde_json::to_writer(&mut *out, &**value)?,
            }
        }
        out.write_all(b"}\n")
    }

    fn position(&self, key: &str) -> Option<usize> {
        if self.key_filter & key_bit(key.as_bytes()) == 0 {
            return None;
        }
        self.fields.iter().position(|f| self.is_key(f, key))
    }

    /// Whether `field` is named `key`.
    #[inline]
    fn is_key(&self, field: &Field, key: &str) -> bool {
        let name = match &field.key {
            Key::InLine(range) => self.line.as_bytes().get(range.clone()).unwrap_or_default(),
            Key::Owned(name) => name.as_bytes(),
        };
        // Keys are short: the length and the first byte spare most calls
        // to `memcmp`.
        name.len() == key.len() && name.first() == key.as_bytes().first() && name == key.as_bytes()
    }

    /// Where `key` stands, looked for first at `hint` (where it stood in the
    /// previous record of a stream, as a rule).
    pub(crate) fn position_from(&self, key: &str, hint: usize) -> Option<usize> {
        match self.fields.get(hint) {
            Some(f) if self.is_key(f, key) => Some(hint),
            _ => self.position(key),
        }
    }

    /// The field at `i` is about to change: the line is no longer written
    /// as it stands if the field is one of the line's.
    fn touch(&mut self, i: usize) {
        if self.verbatim.as_ref().is_some_and(|v| i < v.fields) {
            self.verbatim = None;
        }
    }

    fn value_at(&self, i: usize) -> &Value {
        match &self.fields[i].value {
            Slot::InLine { text, parsed, .. } => {
                parsed.get_or_init(|| Box::new(parse_in_line(&self.line[text.clone()])))
            }
            Slot::Written { json, parsed } => parsed.get_or_init(|| Box::new(parse_in_line(json))),
            Slot::Set(value) => value,
        }
    }

    fn set_slot(&mut self, i: usize) -> &mut Value {
        let slot = &mut self.fields[i].value;
        let value = match slot {
            Slot::Set(_) => None,
            Slot::InLine { text, parsed, .. } => {
                Some(parsed.take().unwrap_or_else(|| Box::new(parse_in_line(&self.line[text.clone()]))))
            }
            Slot::Written { json, parsed } => {
                Some(parsed.take().unwrap_or_else(|| Box::new(parse_in_line(json))))
            }
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

/// What the reader reuses from line to line: the field lists of records
/// done with ([`Scratch::recycle`]), so that a record
/// read costs no allocation of its own in a steady stream.
#[derive(Default)]
pub(crate) struct Scratch {
    pool: Vec<Vec<Field>>,
}

/// Field lists kept for reuse, at most: two batches' worth (a batch of
/// spent records refills it; the next batch read empties it).
const POOL: usize = 512;

impl Scratch {
    /// Take back the records a tool is done with.
    pub(crate) fn recycle(&mut self, records: &mut Vec<Record>) {
        for record in records.drain(..) {
            let mut fields = record.fields;
            if self.pool.len() < POOL && fields.capacity() <= 4 * LINEAR_KEY_CHECK {
                fields.clear();
                self.pool.push(fields);
            }
        }
    }
}

thread_local! {
    /// Fields found by the scanner, reused from line to line by
    /// [`Record::parse`].
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

fn key_of<'a>(line: &'a str, key: &'a Key) -> &'a str {
    match key {
        Key::InLine(range) => &line[range.clone()],
        Key::Owned(key) => key,
    }
}

/// A bit for a key, from its length and first byte: keys with different
/// bits are different.
#[inline]
fn key_bit(key: &[u8]) -> u64 {
    let first = key.first().copied().unwrap_or(0) as usize;
    1 << ((key.len().wrapping_mul(7) ^ first) & 63)
}

/// Fields with keys decoded (escapes) and repeated keys merged (first
/// place, last value), and whether any key was repeated; `None` if a key
/// cannot be decoded (a lone surrogate: serde_json then says why).
fn unique_keys(line: &str, fields: Vec<Field>) -> Option<(Vec<Field>, bool)> {
    let mut unique: Vec<Field> = Vec::with_capacity(fields.len() + ROOM);
    let mut index: HashMap<String, usize> = HashMap::with_capacity(fields.len());
    let mut repeated = false;
    for field in fields {
        let key = match field.key {
            Key::InLine(range) if line[range.clone()].contains('\\') => {
                Key::Owned(serde_json::from_str::<String>(&line[range.start - 1..range.end + 1]).ok()?)
            }
            key => key,
        };
        let name = key_of(line, &key);
        match index.get(name) {
            Some(&i) => {
                unique[i].value = field.value;
                repeated = true;
            }
            None => {
                index.insert(name.to_string(), unique.len());
                unique.push(Field { key, value: field.value });
            }
        }
    }
    Some((unique, repeated))
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
        let fields = map
            .into_iter()
            .map(|(k, v)| Field { key: Key::Owned(k), value: Slot::Set(Box::new(v)) })
            .collect();
        Record { line: Arc::from(""), fields, verbatim: None, key_filter: u64::MAX }
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
            let value =
                Slot::InLine { text: self.range_of(raw.get()), plain: false, parsed: OnceCell::new() };
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn written(record: &Record) -> String {
        let mut out = Vec::new();
        record.write_line(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fields_as_read_are_written_byte_for_byte() {
        let line = r#"{"a": [1, 2.50 ,{"b" : null}], "big":123456789012345678901234567890,"t":"x\u00e9"}"#;
        let record = Record::parse(line.as_bytes()).unwrap();
        assert_eq!(
            written(&record),
            "{\"a\":[1, 2.50 ,{\"b\" : null}],\"big\":123456789012345678901234567890,\"t\":\"x\\u00e9\"}\n"
        );
        assert_eq!(record.raw("a"), Some(r#"[1, 2.50 ,{"b" : null}]"#));
        assert_eq!(record["t"], "xé");
    }

    #[test]
    fn edited_and_new_fields_are_serialised_in_place() {
        let mut record = Record::parse(br#"{"a":1,"b":{"c":2},"d":3}"#).unwrap();
        record.get_mut("b").unwrap()["c"] = json!(5);
        record.insert("d".into(), json!("new"));
        record.insert("e".into(), json!([true]));
        assert_eq!(record.raw("b"), None);
        assert_eq!(written(&record), "{\"a\":1,\"b\":{\"c\":5},\"d\":\"new\",\"e\":[true]}\n");
        assert_eq!(record.remove("a"), Some(json!(1)));
        assert_eq!(record.keys().collect::<Vec<_>>(), ["b", "d", "e"]);
    }

    #[test]
    fn fields_written_by_the_tool_are_copied_and_readable() {
        let mut record = Record::parse(br#"{"a":1,"n":[]}"#).unwrap();
        record.insert_json("n".into(), r#"[{"v": 2}]"#.into());
        record.insert_json("s".into(), r#""x y""#.into());
        assert_eq!(written(&record), "{\"a\":1,\"n\":[{\"v\": 2}],\"s\":\"x y\"}\n");
        assert_eq!(record["n"][0]["v"], 2);
        assert_eq!(record.get_str("s").as_deref(), Some("x y"));
        record.get_mut("n").unwrap()[0]["v"] = json!(3);
        assert_eq!(written(&record), "{\"a\":1,\"n\":[{\"v\":3}],\"s\":\"x y\"}\n");
    }

    #[test]
    fn a_repeated_key_keeps_its_first_place_and_last_value() {
        let record = Record::parse(br#"{"a":1,"b":2,"a":3}"#).unwrap();
        assert_eq!(written(&record), "{\"a\":3,\"b\":2}\n");
        // The same with enough keys to switch to the hashed check.
        let many: Vec<String> = (0..40).map(|i| format!("\"k{}\":{i}", i % 30)).collect();
        let record = Record::parse(format!("{{{}}}", many.join(",")).as_bytes()).unwrap();
        assert_eq!(record.len(), 30);
        assert_eq!(record["k3"], 33);
        assert_eq!(record["k29"], 29);
    }

    #[test]
    fn keys_with_escapes_are_decoded_and_written_escaped() {
        let record = Record::parse(br#"{"q\"k":1,"\u0074ext":"hi"}"#).unwrap();
        assert_eq!(record.get_str("text").as_deref(), Some("hi"));
        assert_eq!(written(&record), "{\"q\\\"k\":1,\"text\":\"hi\"}\n");
    }

    #[test]
    fn strings_are_borrowed_unless_they_have_escapes() {
        let record = Record::parse(br#"{"plain":"a b","esc":"a\nb","num":4}"#).unwrap();
        assert!(matches!(record.get_str("plain"), Some(Cow::Borrowed("a b"))));
        assert_eq!(record.get_str("esc").as_deref(), Some("a\nb"));
        assert_eq!(record.get_str("num"), None);
        let detached = record.get_str_detached("plain").unwrap();
        drop(record);
        assert_eq!(&*detached, "a b");
    }

    #[test]
    fn nesting_is_limited_as_serde_json_limits_it() {
        let nested = |depth: usize| format!("{{\"a\":{}{}}}", "[".repeat(depth), "]".repeat(depth));
        let record = Record::parse(nested(MAX_FIELD_DEPTH).as_bytes()).unwrap();
        assert!(record["a"].is_array());
        let err = Record::parse(nested(MAX_FIELD_DEPTH + 1).as_bytes()).unwrap_err();
        assert!(err.contains("recursion limit exceeded"), "{err}");
        // Brackets inside strings are text, not nesting.
        let text = format!("{{\"a\":[\"{}\"]}}", "[".repeat(500));
        assert!(Record::parse(text.as_bytes()).is_ok());
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        assert_eq!(Record::parse(b"[1]").unwrap_err(), "expected a JSON object, found an array");
        assert!(Record::parse(b"{\"a\":1} x").unwrap_err().starts_with("invalid JSON at column 9"));
        assert!(Record::parse(b"{\"a\":tru}").unwrap_err().starts_with("invalid JSON"));
        assert!(Record::parse(b"  {\"a\":1}  ").is_ok());
    }

    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            "[a-z\"\\\\\u{0}-\u{1f}é😀 ]{0,8}".prop_map(Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
                prop::collection::vec(("[a-c\"]{0,3}", inner), 0..4)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_object_reads_and_writes_back_the_same(
            fields in prop::collection::vec(("[a-d\\\\\"é]{0,3}", json_value()), 0..6)
        ) {
            let map: Map<String, Value> = fields.into_iter().collect();
            let line = serde_json::to_string(&map).unwrap();
            let record = Record::parse(line.as_bytes()).unwrap();
            prop_assert_eq!(written(&record), format!("{line}\n"));
            for (key, value) in &map {
                prop_assert_eq!(record.get(key), Some(value));
            }
            prop_assert_eq!(record.into_map(), map);
        }

        /// The key filter never hides a field: look-ups, insertions and
        /// removals agree with a plain list, for lines with repeated keys,
        /// escaped keys and more keys than the linear check handles.
        #[test]
        fn look_ups_agree_with_a_plain_list_of_fields(
            fields in prop::collection::vec(("[ab\\\\é]{0,2}|k[0-9]{1,2}", any::<u8>()), 0..40),
            edits in prop::collection::vec(("[abé]{0,2}|k[0-9]{1,2}", any::<bool>()), 0..12),
        ) {
            let body: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("{}:{v}", serde_json::to_string(k).unwrap().replace('a', "\\u0061")))
                .collect();
            let mut record = Record::parse(format!("{{{}}}", body.join(",")).as_bytes()).unwrap();
            let mut model: Vec<(String, Value)> = Vec::new();
            for (key, value) in &fields {
                match model.iter_mut().find(|(k, _)| k == key) {
                    Some(field) => field.1 = Value::from(*value),
                    None => model.push((key.clone(), Value::from(*value))),
                }
            }
            for (n, (key, insert)) in edits.iter().enumerate() {
                let at = model.iter().position(|(k, _)| k == key);
                prop_assert_eq!(record.get(key), at.map(|i| &model[i].1));
                if *insert {
                    record.insert_json(key.clone(), n.to_string());
                    match at {
                        Some(i) => model[i].1 = Value::from(n),
                        None => model.push((key.clone(), Value::from(n))),
                    }
                } else {
                    prop_assert_eq!(record.remove(key), at.map(|i| model.remove(i).1));
                }
                prop_assert_eq!(record.get(key).is_some(), *insert);
            }
            prop_assert_eq!(record.keys().collect::<Vec<_>>(), model.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>());
        }
    }
}
