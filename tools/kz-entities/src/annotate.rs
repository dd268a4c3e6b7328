//! Records in, records with an `entities` array out.

use std::borrow::Cow;

use kz_shared::json::{push_str, push_uint};
use kz_shared::lang::{detect, Lang};
use kz_shared::offsets::CharOffsets;
use kz_shared::Record;
use serde_json::Value;

use crate::gazetteer::{Gazetteer, Kind};
use crate::recognize::{Mention, Recognizer};
use crate::tokens::is_cyrillic_lead;

/// Adds `entities` to records, remembering the names of the current
/// document (the `doc` field) and forgetting them when the document changes.
pub struct Annotator {
    recognizer: Recognizer,
    doc: Option<String>,
    /// The document's `dateline` and `source` are still to be annotated
    /// (on its first record with a text).
    dateline_pending: bool,
    /// The `entities` JSON of the record at hand, reused from record to record.
    json: Vec<u8>,
    /// The JSON of the known names met so far.
    fragments: Fragments,
}

/// The JSON of each known name's fields, written at its first mention and
/// copied at the next ones (a name, its id and its coordinates, the floats
/// above all, cost more to write than to copy): by gazetteer entry, the
/// quoted name and, from `split` on, `,"id":…,"country":…,"lat":…,"lon":…`.
#[derive(Default)]
struct Fragments {
    by_entry: Vec<Option<(Box<[u8]>, usize)>>,
}

impl Annotator {
    pub fn new(gazetteer: Gazetteer) -> Self {
        Annotator {
            recognizer: Recognizer::new(gazetteer),
            doc: None,
            dateline_pending: false,
            json: Vec::new(),
            fragments: Fragments::default(),
        }
    }

    /// Annotate one record whose text is `text` (records without text are
    /// left alone).
    pub fn annotate(&mut self, record: &mut Record, text: Option<&str>) {
        // A string is read without a copy; another value by its JSON text.
        let doc: Option<Cow<str>> = match record.get_str("doc") {
            Some(s) => Some(s),
            None => match record.get("doc") {
                Some(Value::Null) | None => None,
                Some(other) => Some(Cow::Owned(other.to_string())),
            },
        };
        // Without a doc field every record is its own document.
        if doc.is_none() || self.doc.as_deref() != doc.as_deref() {
            self.recognizer.new_document();
            self.doc = doc.map(Cow::into_owned);
            self.dateline_pending = true;
            if let Some(url) = record.get_str("url") {
                self.recognizer.document_address(&url);
            }
        }
        let Some(text) = text else { return };
        self.json.clear();
        self.json.push(b'[');
        if std::mem::take(&mut self.dateline_pending) {
            if let Some(dateline) = record.get_str("dateline") {
                let mentions = self.recognizer.find_dateline(&dateline);
                push_items(&dateline, &mentions, Some("dateline"), &mut self.fragments, None, &mut self.json);
            }
            if let Some(source) = record.get_str("source") {
                let mentions = self.recognizer.find_source(&source);
                push_items(&source, &mentions, Some("source"), &mut self.fragments, None, &mut self.json);
            }
        }
        // `para` read from its JSON text, as `Value::as_i64` reads a number
        // (serde_json keeps the digits as written), without building a `Value`.
        let headline = record.raw("para").is_some_and(|p| p.parse::<i64>() == Ok(0));
        // The record's language picks the rules; without a `lang` field, its text tells.
        // A text without a Cyrillic letter is read by the English rules
        // whatever its `lang` (the Russian rules work on Cyrillic words), so
        // the field is read, and the letters counted, only for one with them.
        let lang = if text.is_ascii() || !text.bytes().any(is_cyrillic_lead) {
            Lang::En
        } else {
            record.get_str("lang").and_then(|l| Lang::from_code(&l)).unwrap_or_else(|| detect(text))
        };
        let mentions = self.recognizer.find_in_sparse(text, headline, lang);
        let recognizer = Some(&self.recognizer);
        push_items(text, &mentions, None, &mut self.fragments, recognizer, &mut self.json);
        self.json.push(b']');
        // Only ASCII punctuation was added around strings.
        let json = String::from_utf8(self.json.clone()).expect("JSON text is UTF-8");
        record.insert_json("entities".to_string(), json);
    }

    pub fn find(&mut self, text: &str) -> Vec<Mention> {
        self.recognizer.find(text, false)
    }
}

/// The `entities` array as JSON text, with character offsets, into `out`
/// (cleared first): for each mention `text`, `type`, `name`, `start`, `end`,
/// and `id`, `country`, `lat`, `lon` when known. Written straight into bytes,
/// as serde_json would write them.
pub fn write_entities(text: &str, mentions: &[Mention], out: &mut Vec<u8>) {
    out.clear();
    out.push(b'[');
    push_items(text, mentions, None, &mut Fragments::default(), None, out);
    out.push(b']');
}

/// Appends the items of `mentions` to an array open in `out` (a comma first
/// unless the array is still empty). With `field`, each item says which
/// field of the record its offsets count in (`"field":"dateline"`). With
/// `sparse`, the mentions of gazetteer entries came without the entries'
/// fields (`Recognizer::find_in_sparse`), which it fills.
fn push_items(
    text: &str,
    mentions: &[Mention],
    field: Option<&str>,
    fragments: &mut Fragments,
    sparse: Option<&Recognizer>,
    out: &mut Vec<u8>,
) {
    let mut offsets = CharOffsets::new(text);
    for m in mentions {
        out.extend_from_slice(if out.last() == Some(&b'[') { b"{\"text\":" } else { b",{\"text\":" });
        push_str(out, &text[m.start..m.end]);
        out.extend_from_slice(type_and_name(m.kind));
        let fragment = m.entry.map(|e| fragments.of(e, m, sparse));
        let (name, tail): (&[u8], &[u8]) = match fragment {
            Some((json, split)) => json.split_at(*split),
            None => (&[], &[]),
        };
        if fragment.is_some() {
            out.extend_from_slice(name);
        } else {
            push_str(out, &m.name);
        }
        out.extend_from_slice(b",\"start\":");
        push_uint(out, offsets.char_of(m.start));
        out.extend_from_slice(b",\"end\":");
        push_uint(out, offsets.char_of(m.end));
        if let Some(field) = field {
            out.extend_from_slice(b",\"field\":");
            push_str(out, field);
        }
        if fragment.is_some() {
            out.extend_from_slice(tail);
        } else {
            push_known(m, out);
        }
        out.push(b'}');
    }
}

/// `,"type":"…","name":` for a mention of `kind`, in one piece (copied
/// once rather than in three). A label is capital letters: quoted as it
/// stands.
fn type_and_name(kind: Kind) -> &'static [u8] {
    match kind {
        Kind::Person => b",\"type\":\"PERSON\",\"name\":",
        Kind::Org => b",\"type\":\"ORG\",\"name\":",
        Kind::Gpe => b",\"type\":\"GPE\",\"name\":",
        Kind::Loc => b",\"type\":\"LOC\",\"name\":",
        Kind::Fac => b",\"type\":\"FAC\",\"name\":",
        Kind::Norp => b",\"type\":\"NORP\",\"name\":",
        Kind::Event => b",\"type\":\"EVENT\",\"name\":",
    }
}

/// The fields of `m` after its offsets: `id`, `country`, `lat`, `lon`
/// when known.
fn push_known(m: &Mention, out: &mut Vec<u8>) {
    if let Some(id) = &m.id {
        out.extend_from_slice(b",\"id\":");
        push_str(out, id);
    }
    if let Some(country) = &m.country {
        out.extend_from_slice(b",\"country\":");
        push_str(out, country);
    }
    if let (Some(lat), Some(lon)) = (m.lat, m.lon) {
        if lat.is_finite() && lon.is_finite() {
            out.extend_from_slice(b",\"lat\":");
            serde_json::to_writer(&mut *out, &lat).expect("writing to memory");
            out.extend_from_slice(b",\"lon\":");
            serde_json::to_writer(&mut *out, &lon).expect("writing to memory");
        }
    }
}

impl Fragments {
    /// The JSON of entry `e`, written from `m` (a mention of it with its
    /// fields unchanged, or filled by `sparse`) the first time.
    fn of(&mut self, e: u32, m: &Mention, sparse: Option<&Recognizer>) -> &(Box<[u8]>, usize) {
        let i = e as usize;
        if self.by_entry.len() <= i {
            self.by_entry.resize(i + 1, None);
        }
        self.by_entry[i].get_or_insert_with(|| {
            let mut filled;
            let m = match sparse {
                Some(recognizer) => {
                    filled = m.clone();
                    recognizer.fill(&mut filled);
                    &filled
                }
                None => m,
            };
            let mut json = Vec::new();
            push_str(&mut json, &m.name);
            let split = json.len();
            push_known(m, &mut json);
            (json.into_boxed_slice(), split)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn mention(start: usize, end: usize, name: &str) -> Mention {
        Mention {
            start,
            end,
            kind: Kind::Gpe,
            name: name.into(),
            id: None,
            country: None,
            lat: None,
            lon: None,
            entry: None,
        }
    }

    #[test]
    fn entities_are_written_as_serde_json_writes_them() {
        let text = "В «Алматы» \"Shymkent\" 👍 Tokayev";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            (s, s + w.len())
        };
        let (a, b) = at("Алматы");
        let mut almaty = mention(a, b, "Almaty");
        (almaty.id, almaty.country, almaty.lat, almaty.lon) =
            (Some("Q35493".into()), Some("KZ".into()), Some(43.2567), Some(76.9286));
        let (a, b) = at("\"Shymkent\"");
        let mut quoted = mention(a, b, "Shym\"kent\\");
        quoted.lat = Some(f64::NAN); // not finite: no coordinates at all
        quoted.lon = Some(69.6);
        let (a, b) = at("Tokayev");
        let mut person = mention(a, b, "Kassym-Jomart Tokayev");
        person.kind = Kind::Person;
        let mut out = Vec::new();
        write_entities(text, &[almaty, quoted, person], &mut out);
        let expected = json!([
            {"text": "Алматы", "type": "GPE", "name": "Almaty", "start": 3, "end": 9,
             "id": "Q35493", "country": "KZ", "lat": 43.2567, "lon": 76.9286},
            {"text": "\"Shymkent\"", "type": "GPE", "name": "Shym\"kent\\", "start": 11, "end": 21},
            {"text": "Tokayev", "type": "PERSON", "name": "Kassym-Jomart Tokayev", "start": 24, "end": 31},
        ]);
        assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&expected).unwrap());
        write_entities(text, &[], &mut Vec::new());
        let mut empty = b"old".to_vec();
        write_entities(text, &[], &mut empty);
        assert_eq!(empty, b"[]");
    }

    #[test]
    fn each_kind_is_written_with_its_label() {
        for kind in [Kind::Person, Kind::Org, Kind::Gpe, Kind::Loc, Kind::Fac, Kind::Norp, Kind::Event] {
            let written = format!(",\"type\":{},\"name\":", serde_json::to_string(kind.label()).unwrap());
            assert_eq!(type_and_name(kind), written.as_bytes(), "{kind:?}");
        }
    }

    #[test]
    fn a_known_name_is_written_alike_from_its_prepared_json() {
        let text = "Aktau, then Aktau again, then the renamed Aktau";
        let mut known = mention(0, 5, "Aktau");
        (known.id, known.country, known.lat, known.lon, known.entry) =
            (Some("Q1".into()), Some("KZ".into()), Some(43.65), Some(51.2), Some(7));
        let again = Mention { start: 12, end: 17, ..known.clone() };
        // A mention renamed after it was found no longer carries its entry.
        let renamed =
            Mention { start: 42, end: 47, name: "Aktau Port".into(), id: None, entry: None, ..known.clone() };
        let mentions = [known, again, renamed];
        let mut fragments = Fragments::default();
        let mut cached = b"[".to_vec();
        push_items(text, &mentions, None, &mut fragments, None, &mut cached);
        cached.push(b']');
        let plain: Vec<Mention> = mentions.iter().cloned().map(|m| Mention { entry: None, ..m }).collect();
        let mut expected = Vec::new();
        write_entities(text, &plain, &mut expected);
        assert_eq!(String::from_utf8(cached).unwrap(), String::from_utf8(expected).unwrap());
        assert!(fragments.by_entry[7].is_some());
    }
}
