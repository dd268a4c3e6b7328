//! Records in, records with an `entities` array out.

use kz_shared::offsets::CharOffsets;
use kz_shared::Record;
use serde::Serialize;
use serde_json::Value;

use crate::gazetteer::Gazetteer;
use crate::recognize::{Mention, Recognizer};

/// Adds `entities` to records, remembering the names of the current
/// document (the `doc` field) and forgetting them when the document changes.
pub struct Annotator {
    recognizer: Recognizer,
    doc: Option<String>,
    /// The `entities` JSON of the record at hand, reused from record to record.
    json: String,
}

impl Annotator {
    pub fn new(gazetteer: Gazetteer) -> Self {
        Annotator { recognizer: Recognizer::new(gazetteer), doc: None, json: String::new() }
    }

    /// Annotate one record whose text is `text` (records without text are
    /// left alone).
    pub fn annotate(&mut self, record: &mut Record, text: Option<&str>) {
        let same_doc = match record.get("doc") {
            Some(Value::String(s)) => self.doc.as_deref() == Some(s.as_str()),
            Some(Value::Null) | None => false,
            Some(other) => self.doc.as_deref() == Some(other.to_string().as_str()),
        };
        // Without a doc field every record is its own document.
        if !same_doc {
            self.recognizer.new_document();
            self.doc = match record.get("doc") {
                Some(Value::String(s)) => Some(s.clone()),
                Some(Value::Null) | None => None,
                Some(other) => Some(other.to_string()),
            };
        }
        let Some(text) = text else { return };
        let headline = record.get("para").and_then(Value::as_i64) == Some(0);
        let mentions = self.recognizer.find(text, headline);
        write_entities(text, &mentions, &mut self.json);
        record.insert_json("entities".to_string(), self.json.clone());
    }

    pub fn find(&mut self, text: &str) -> Vec<Mention> {
        self.recognizer.find(text, false)
    }
}

/// One item of the `entities` array, in the order its fields are written.
#[derive(Serialize)]
struct EntityJson<'a> {
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    name: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
}

/// The `entities` array as JSON text, with character offsets, into `out`
/// (cleared first).
pub fn write_entities(text: &str, mentions: &[Mention], out: &mut String) {
    let mut offsets = CharOffsets::new(text);
    let coordinates = |m: &Mention| match (m.lat, m.lon) {
        (Some(lat), Some(lon)) if lat.is_finite() && lon.is_finite() => (Some(lat), Some(lon)),
        _ => (None, None),
    };
    let items: Vec<EntityJson> = mentions
        .iter()
        .map(|m| {
            let (lat, lon) = coordinates(m);
            EntityJson {
                text: &text[m.start..m.end],
                kind: m.kind.label(),
                name: &m.name,
                start: offsets.char_of(m.start),
                end: offsets.char_of(m.end),
                id: m.id.as_deref(),
                country: m.country.as_deref(),
                lat,
                lon,
            }
        })
        .collect();
    let mut bytes = std::mem::take(out).into_bytes();
    bytes.clear();
    serde_json::to_writer(&mut bytes, &items).expect("writing JSON to memory cannot fail");
    // serde_json writes UTF-8 only.
    *out = String::from_utf8(bytes).unwrap_or_default();
}
