//! Records in, records with an `entities` array out.

use kz_shared::offsets::CharOffsets;
use kz_shared::Record;
use serde_json::{Map, Number, Value};

use crate::gazetteer::Gazetteer;
use crate::recognize::{Mention, Recognizer};

/// Adds `entities` to records, remembering the names of the current
/// document (the `doc` field) and forgetting them when the document changes.
pub struct Annotator {
    recognizer: Recognizer,
    doc: Option<String>,
}

impl Annotator {
    pub fn new(gazetteer: Gazetteer) -> Self {
        Annotator { recognizer: Recognizer::new(gazetteer), doc: None }
    }

    /// Annotate one record whose text is `text` (records without text are
    /// left alone).
    pub fn annotate(&mut self, record: &mut Record, text: Option<&str>) {
        let doc = match record.get("doc") {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        };
        // Without a doc field every record is its own document.
        if doc.is_none() || doc != self.doc {
            self.recognizer.new_document();
            self.doc = doc;
        }
        let Some(text) = text else { return };
        let headline = record.get("para").and_then(Value::as_i64) == Some(0);
        let mentions = self.recognizer.find(text, headline);
        let value = entities_value(text, mentions);
        record.insert("entities".to_string(), value);
    }

    pub fn find(&mut self, text: &str) -> Vec<Mention> {
        self.recognizer.find(text, false)
    }
}

fn number(x: f64) -> Value {
    Number::from_f64(x).map_or(Value::Null, Value::Number)
}

/// The `entities` array, with character offsets.
pub fn entities_value(text: &str, mentions: Vec<Mention>) -> Value {
    let mut offsets = CharOffsets::new(text);
    let mut list = Vec::with_capacity(mentions.len());
    for m in mentions {
        let mut e = Map::with_capacity(9);
        e.insert("text".into(), Value::String(text[m.start..m.end].to_string()));
        e.insert("type".into(), Value::String(m.kind.label().to_string()));
        e.insert("name".into(), Value::String(m.name));
        e.insert("start".into(), Value::from(offsets.char_of(m.start)));
        e.insert("end".into(), Value::from(offsets.char_of(m.end)));
        if let Some(id) = m.id {
            e.insert("id".into(), Value::String(id));
        }
        if let Some(c) = m.country {
            e.insert("country".into(), Value::String(c));
        }
        if let (Some(lat), Some(lon)) = (m.lat, m.lon) {
            e.insert("lat".into(), number(lat));
            e.insert("lon".into(), number(lon));
        }
        list.push(Value::Object(e));
    }
    Value::Array(list)
}
