//! The fields of a record the timeline reads, found in one pass over its
//! fields.
//!
//! Looking a field up walks the record's fields until it finds it (all of
//! them for a field the record lacks, as `times` in the pipeline), and a
//! record is looked up a dozen times as it is checked and read: one walk
//! that notes every field of interest costs less than two look-ups.

use std::borrow::Cow;

use kz_shared::record::FieldJson;
use kz_shared::Record;
use serde_json::Value;

/// A field's value: its JSON text as read, or the value the tool set.
#[derive(Clone, Copy)]
pub(crate) enum Json<'r> {
    Text(&'r str),
    Value(&'r Value),
}

impl<'r> Json<'r> {
    /// The value if it is a string (as [`Record::get_str`]).
    pub(crate) fn str(self) -> Option<Cow<'r, str>> {
        match self {
            Json::Text(text) => {
                let inner = text.strip_prefix('"')?.strip_suffix('"')?;
                if memchr::memchr(b'\\', inner.as_bytes()).is_none() {
                    return Some(Cow::Borrowed(inner));
                }
                serde_json::from_str::<String>(text).ok().map(Cow::Owned)
            }
            Json::Value(value) => value.as_str().map(Cow::Borrowed),
        }
    }

    /// The JSON text as read (as [`Record::raw`]).
    pub(crate) fn raw(self) -> Option<&'r str> {
        match self {
            Json::Text(text) => Some(text),
            Json::Value(_) => None,
        }
    }
}

/// The fields of a record the timeline reads.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fields<'r> {
    /// The text field (`--field`).
    pub(crate) text: Option<Json<'r>>,
    pub(crate) doc: Option<Json<'r>>,
    pub(crate) lang: Option<Json<'r>>,
    pub(crate) published: Option<Json<'r>>,
    pub(crate) source: Option<Json<'r>>,
    pub(crate) url: Option<Json<'r>>,
    pub(crate) dateline_text: Option<Json<'r>>,
    pub(crate) para: Option<Json<'r>>,
    pub(crate) sent: Option<Json<'r>>,
    pub(crate) times: Option<Json<'r>>,
    pub(crate) entities: Option<Json<'r>>,
    pub(crate) numbers: Option<Json<'r>>,
    pub(crate) dup_of: Option<Json<'r>>,
}

impl<'r> Fields<'r> {
    /// The fields of `record`, its text in field `text` (if asked for).
    pub(crate) fn of(record: &'r Record, text: Option<&str>) -> Self {
        let mut f = Fields::default();
        for (key, json) in record.json_fields() {
            let json = match json {
                FieldJson::Text(t) => Json::Text(t),
                FieldJson::Value(v) => Json::Value(v),
            };
            if text == Some(key) {
                f.text = Some(json);
            }
            let slot = match key {
                "doc" => &mut f.doc,
                "lang" => &mut f.lang,
                "published" => &mut f.published,
                "source" => &mut f.source,
                "url" => &mut f.url,
                "dateline_text" => &mut f.dateline_text,
                "para" => &mut f.para,
                "sent" => &mut f.sent,
                "times" => &mut f.times,
                "entities" => &mut f.entities,
                "numbers" => &mut f.numbers,
                "dup_of" => &mut f.dup_of,
                _ => continue,
            };
            *slot = Some(json);
        }
        f
    }
}

/// A field written as a plain count (`0`, `17`: digits, no leading zero,
/// short enough for a `u64`), as its JSON text: what `Value::to_string`
/// would give for it, without parsing it.
pub(crate) fn plain_count(field: Option<Json<'_>>) -> Option<&str> {
    let raw = field?.raw()?;
    let digits = !raw.is_empty() && raw.len() <= 18 && raw.bytes().all(|b| b.is_ascii_digit());
    (digits && (raw.len() == 1 || !raw.starts_with('0'))).then_some(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_read_as_the_record_reads_them() {
        let line =
            r#"{"doc":"d\u0031","text":"Osh","para":0,"sent":"x","times":[],"title":"T","numbers":null}"#;
        let mut record: Record = line.parse().unwrap();
        record.insert("published".into(), Value::from("2020-01-02"));
        for text in ["text", "title", "doc", "none"] {
            let f = Fields::of(&record, Some(text));
            assert_eq!(f.text.and_then(Json::str), record.get_str(text));
            assert_eq!(f.doc.and_then(Json::str), record.get_str("doc"));
            assert_eq!(f.doc.and_then(Json::str).as_deref(), Some("d1"));
            assert_eq!(f.published.and_then(Json::str).as_deref(), Some("2020-01-02"));
            assert_eq!(f.published.and_then(Json::raw), record.raw("published"));
            assert_eq!(f.numbers.and_then(Json::raw), Some("null"));
            assert_eq!(f.sent.and_then(Json::raw), Some("\"x\""));
            assert!(f.times.is_some() && f.source.is_none() && f.dup_of.is_none() && f.lang.is_none());
            assert_eq!(plain_count(f.para), Some("0"));
            assert_eq!(plain_count(f.sent), None);
        }
    }
}
