//! From a document to output records: its layout, its units (sentences,
//! paragraphs or the whole text) and their JSON lines.
//!
//! Records are written straight as JSON text: the fields shared by all the
//! records of a document (`doc`, metadata, the input's other fields) are
//! serialised once per document, then each unit adds `para`, `sent`,
//! `start`, `end` and `text`.

use std::io::{self, Write};

use kz_shared::Record;
use serde_json::Value;

use crate::layout::{Analyzer, Layout, Meta, Options};
use crate::sentences::{self, is_line_break};
use kz_shared::json;
use kz_shared::lang::{self, Lang};
use kz_shared::offsets::CharOffsets;

/// What one output record holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Unit {
    /// One record per sentence (the headline is one too, `para` 0).
    Sentence,
    /// One record per paragraph (the headline is `para` 0).
    Para,
    /// One record per document: the article text without metadata and
    /// boilerplate, paragraphs separated by a blank line.
    Doc,
}

/// One input document.
#[derive(Debug, Default)]
pub struct Document {
    /// The `doc` field of its records.
    pub id: String,
    /// The document text that offsets count into.
    pub text: String,
    /// Metadata the input gave (JSONL or CSV fields); the text fills the rest.
    pub meta: Meta,
    /// Other fields of the input, copied onto every record.
    pub extra: Record,
}

/// Field names kz-split writes itself; input fields of these names are not
/// copied.
const OWN_FIELDS: [&str; 12] = [
    "doc",
    "lang",
    "title",
    "published",
    "source",
    "url",
    "dateline",
    "para",
    "sent",
    "start",
    "end",
    "text",
];

/// Characters of a document's text that [`lang::detect`] looks at: the
/// language of a report is plain from its first paragraphs, and reading no
/// further keeps the cost of a long document flat.
const DETECT_CHARS: usize = 600;

/// The language of a document's text, from its first [`DETECT_CHARS`]
/// characters.
pub fn detect_lang(text: &str) -> Lang {
    let mut end = text.len().min(DETECT_CHARS * 2);
    // Past the headline and the date lines, into the text.
    if end < text.len() {
        // Cut at a character boundary; two bytes a character is a fair
        // guess for Cyrillic text and reads further in Latin.
        while !text.is_char_boundary(end) {
            end -= 1;
        }
    }
    let text = &text[..end];
    // Text without a lead byte of the Cyrillic block (0xD0-0xD3) has no
    // Cyrillic letter for `detect` to count: it is English once it has
    // enough Latin letters, which its first 64 bytes tell as well as the whole
    // (the same answer, from a tenth of the bytes).
    if !crate::lang::any_byte(text.as_bytes(), |b| b.wrapping_sub(0xD0) < 4) {
        let mut head = text.len().min(LATIN_HEAD);
        while !text.is_char_boundary(head) {
            head -= 1;
        }
        if lang::detect(&text[..head]) == Lang::En {
            return Lang::En;
        }
    }
    lang::detect(text)
}

/// Bytes of a Latin text's start that [`detect_lang`] looks at first.
const LATIN_HEAD: usize = 64;

/// Turns documents into records, reusing its buffers from one to the next.
pub struct Splitter {
    pub unit: Unit,
    pub keep_boilerplate: bool,
    /// `published` for documents that state none.
    pub default_published: Option<String>,
    /// The language of documents whose input gives none (`--lang`); when
    /// `None`, detected from each document's text.
    pub lang: Option<Lang>,
    analyzer: Analyzer,
    layout: Layout,
    sentences: Vec<(usize, usize)>,
    prefix: Vec<u8>,
    normalised: String,
}

impl Splitter {
    pub fn new(unit: Unit, keep_boilerplate: bool, default_published: Option<String>) -> Self {
        Splitter {
            unit,
            keep_boilerplate,
            default_published,
            lang: None,
            analyzer: Analyzer::default(),
            layout: Layout::default(),
            sentences: Vec::new(),
            prefix: Vec::new(),
            normalised: String::new(),
        }
    }

    /// Write the records of one document.
    pub fn write(&mut self, doc: &Document, out: &mut impl Sink) -> io::Result<()> {
        let text = doc.text.as_str();
        let options = Options { keep_boilerplate: self.keep_boilerplate, find_headline: true };
        self.analyzer.analyse(text, options, &mut self.layout);
        let mut meta = doc.meta.clone();
        meta.fill_with(std::mem::take(&mut self.layout.meta));
        if meta.published.is_none() {
            meta.published.clone_from(&self.default_published);
        }
        if meta.lang.is_none() {
            let lang = self.lang.unwrap_or_else(|| detect_lang(text));
            meta.lang = Some(lang.code().to_string());
        }
        self.write_prefix(doc, &meta)?;

        let mut chars = CharOffsets::new(text);
        let mut sent = 0usize;
        if let (Some((a, b)), true) = (self.layout.headline, self.unit != Unit::Doc) {
            let (ca, cb) = chars.span(a, b);
            let headline = &text[a..b];
            let headline = Text { slice: headline, may_break: true };
            write_unit(out.buf(), &self.prefix, Some(0), Some(0), ca, cb, headline, &mut self.normalised);
            out.record_done()?;
            sent += 1;
        }
        match self.unit {
            Unit::Sentence => {
                for (p, &(a, b)) in self.layout.paragraphs.iter().enumerate() {
                    self.sentences.clear();
                    sentences::split(text, a, b, &mut self.sentences);
                    // A sentence has a line break only if its paragraph has.
                    let breaks = has_break(&text[a..b]);
                    // In an ASCII paragraph characters are bytes: one count
                    // for the paragraph's start does for all its sentences.
                    let ascii_from = text[a..b].is_ascii().then(|| {
                        let ca = chars.char_of(a);
                        chars.skip_ascii(b, ca + (b - a));
                        (a, ca)
                    });
                    for &(s, e) in &self.sentences {
                        let (cs, ce) = match ascii_from {
                            Some((a, ca)) => (ca + (s - a), ca + (e - a)),
                            None => chars.span(s, e),
                        };
                        write_unit(
                            out.buf(),
                            &self.prefix,
                            Some(p + 1),
                            Some(sent),
                            cs,
                            ce,
                            Text { slice: &text[s..e], may_break: breaks },
                            &mut self.normalised,
                        );
                        out.record_done()?;
                        sent += 1;
                    }
                }
            }
            Unit::Para => {
                for (p, &(a, b)) in self.layout.paragraphs.iter().enumerate() {
                    let (ca, cb) = chars.span(a, b);
                    write_unit(
                        out.buf(),
                        &self.prefix,
                        Some(p + 1),
                        None,
                        ca,
                        cb,
                        Text { slice: &text[a..b], may_break: true },
                        &mut self.normalised,
                    );
                    out.record_done()?;
                }
            }
            Unit::Doc => {
                let paras = &self.layout.paragraphs;
                if let (Some(&(a, _)), Some(&(_, b))) = (paras.first(), paras.last()) {
                    let mut body = String::with_capacity(b - a);
                    for (k, &(s, e)) in paras.iter().enumerate() {
                        if k > 0 {
                            body.push_str("\n\n");
                        }
                        normalise_into(&text[s..e], &mut body);
                    }
                    let (ca, cb) = chars.span(a, b);
                    let buf = out.buf();
                    buf.push(b'{');
                    buf.extend_from_slice(&self.prefix);
                    buf.extend_from_slice(b"\"start\":");
                    json::push_uint(buf, ca);
                    buf.extend_from_slice(b",\"end\":");
                    json::push_uint(buf, cb);
                    buf.extend_from_slice(b",\"text\":");
                    json::push_str(buf, &body);
                    buf.extend_from_slice(b"}\n");
                    out.record_done()?;
                }
            }
        }
        Ok(())
    }

    /// `"doc":…,"lang":…,"title":…,…,<extra fields>,` once per document.
    fn write_prefix(&mut self, doc: &Document, meta: &Meta) -> io::Result<()> {
        let p = &mut self.prefix;
        p.clear();
        p.extend_from_slice(b"\"doc\":");
        json::push_str(p, &doc.id);
        for (name, value) in [
            ("lang", &meta.lang),
            ("title", &meta.title),
            ("published", &meta.published),
            ("source", &meta.source),
            ("url", &meta.url),
            ("dateline", &meta.dateline),
            ("dateline_text", &meta.dateline_text),
        ] {
            if let Some(v) = value {
                p.push(b',');
                json::push_str(p, name);
                p.push(b':');
                json::push_str(p, v);
            }
        }
        for (name, json) in doc.extra.json_fields() {
            if OWN_FIELDS.contains(&name) {
                continue;
            }
            p.push(b',');
            json::push_str(p, name);
            p.push(b':');
            json.write(p)?;
        }
        p.push(b',');
        Ok(())
    }
}

/// Where records go: appended to a buffer that is all the output of a batch,
/// or to one that is written out whenever it fills (a large document, whose
/// records are never all held at once).
pub trait Sink {
    /// The buffer records are appended to.
    fn buf(&mut self) -> &mut Vec<u8>;
    /// Called after each record.
    fn record_done(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Sink for Vec<u8> {
    fn buf(&mut self) -> &mut Vec<u8> {
        self
    }
}

/// A sink that writes its buffer to `out` every 64 KiB; call
/// [`Streamed::finish`] after the last record.
pub struct Streamed<'a, W: Write> {
    buf: Vec<u8>,
    out: &'a mut W,
}

const STREAM_CHUNK: usize = 64 * 1024;

impl<'a, W: Write> Streamed<'a, W> {
    pub fn new(out: &'a mut W) -> Self {
        Streamed { buf: Vec::with_capacity(2 * STREAM_CHUNK), out }
    }

    /// Write what is left.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }
}

impl<W: Write> Sink for Streamed<'_, W> {
    fn buf(&mut self) -> &mut Vec<u8> {
        &mut self.buf
    }
    fn record_done(&mut self) -> io::Result<()> {
        if self.buf.len() >= STREAM_CHUNK {
            self.out.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }
}

/// A record's text: the slice of the document with every whitespace run
/// that contains a line break collapsed to one space.
pub fn normalise(slice: &str) -> String {
    let mut out = String::with_capacity(slice.len());
    normalise_into(slice, &mut out);
    out
}

fn normalise_into(slice: &str, out: &mut String) {
    if !has_break(slice) {
        out.push_str(slice);
        return;
    }
    let mut run_start: Option<usize> = None;
    let mut run_breaks = false;
    let mut copied = 0;
    for (k, c) in slice.char_indices() {
        if c.is_whitespace() {
            if run_start.is_none() {
                run_start = Some(k);
                run_breaks = false;
            }
            run_breaks |= is_line_break(c);
        } else if let Some(rs) = run_start.take() {
            if run_breaks {
                out.push_str(&slice[copied..rs]);
                out.push(' ');
                copied = k;
            }
        }
    }
    match run_start {
        Some(rs) if run_breaks => {
            out.push_str(&slice[copied..rs]);
            out.push(' ');
        }
        _ => out.push_str(&slice[copied..]),
    }
}

fn has_break(s: &str) -> bool {
    crate::scan::LINE_BREAK.in_bytes(s.as_bytes())
}

/// The text of a record, and whether it may hold a line break (false when
/// its paragraph has none, which saves a search per sentence).
struct Text<'a> {
    slice: &'a str,
    may_break: bool,
}

#[allow(clippy::too_many_arguments)]
fn write_unit(
    out: &mut Vec<u8>,
    prefix: &[u8],
    para: Option<usize>,
    sent: Option<usize>,
    start: usize,
    end: usize,
    text: Text,
    buf: &mut String,
) {
    out.push(b'{');
    out.extend_from_slice(prefix);
    if let Some(p) = para {
        out.extend_from_slice(b"\"para\":");
        json::push_uint(out, p);
        out.push(b',');
    }
    if let Some(s) = sent {
        out.extend_from_slice(b"\"sent\":");
        json::push_uint(out, s);
        out.push(b',');
    }
    out.extend_from_slice(b"\"start\":");
    json::push_uint(out, start);
    out.extend_from_slice(b",\"end\":");
    json::push_uint(out, end);
    out.extend_from_slice(b",\"text\":");
    if text.may_break && has_break(text.slice) {
        buf.clear();
        normalise_into(text.slice, buf);
        json::push_str(out, buf);
    } else {
        json::push_str(out, text.slice);
    }
    out.extend_from_slice(b"}\n");
}

/// Write a record that had no text to split, unchanged.
pub fn write_passthrough(out: &mut impl Write, record: &Record) -> io::Result<()> {
    record.write_line(out)
}

/// A JSON value as a document id: strings as they are, numbers as written.
pub fn id_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_collapse_other_spaces_stay() {
        assert_eq!(normalise("a\n\nb"), "a b");
        assert_eq!(normalise("a \r\n  b"), "a b");
        assert_eq!(normalise("a  b\tc"), "a  b\tc");
        assert_eq!(normalise("a\u{a0}\nb\n"), "a b ");
    }

    fn records(text: &str, unit: Unit) -> Vec<Value> {
        let mut s = Splitter::new(unit, false, Some("2020-01-01".into()));
        let doc = Document { id: "d".into(), text: text.into(), ..Document::default() };
        let mut out = Vec::new();
        s.write(&doc, &mut out).unwrap();
        out.split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_slice(l).unwrap())
            .collect()
    }

    #[test]
    fn sentence_records_carry_metadata_and_offsets() {
        let text = "Storm Hits Aktau\n\nWind tore roofs off. Nobody was hurt.\n\nSchools closed.";
        let recs = records(text, Unit::Sentence);
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0]["para"], 0);
        assert_eq!(recs[0]["text"], "Storm Hits Aktau");
        assert_eq!(recs[2]["text"], "Nobody was hurt.");
        assert_eq!((recs[2]["para"].as_u64(), recs[2]["sent"].as_u64()), (Some(1), Some(2)));
        assert_eq!(recs[3]["para"], 2);
        for r in &recs {
            assert_eq!(r["title"], "Storm Hits Aktau");
            assert_eq!(r["published"], "2020-01-01");
            let (a, b) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
            let slice: String = text.chars().skip(a).take(b - a).collect();
            assert_eq!(normalise(&slice), r["text"].as_str().unwrap());
        }
    }

    #[test]
    fn paragraph_and_document_units() {
        let text = "Storm Hits Aktau\n\nWind tore roofs off. Nobody\nwas hurt.\n\nSchools closed.";
        let paras = records(text, Unit::Para);
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[1]["text"], "Wind tore roofs off. Nobody was hurt.");
        assert!(paras[1].get("sent").is_none());
        let docs = records(text, Unit::Doc);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0]["text"], "Wind tore roofs off. Nobody was hurt.\n\nSchools closed.");
        assert_eq!(docs[0]["title"], "Storm Hits Aktau");
    }

    #[test]
    fn offsets_across_ascii_and_other_paragraphs() {
        let text = "Police came. They left.\n\nАлматы: всё спокойно. Полиция ушла.\n\nShops opened. «Fine», he said.\n\nAll quiet.";
        let recs = records(text, Unit::Sentence);
        assert_eq!(recs.len(), 7);
        for r in &recs {
            let (a, b) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
            let slice: String = text.chars().skip(a).take(b - a).collect();
            assert_eq!(slice, r["text"].as_str().unwrap());
        }
    }

    #[test]
    fn character_offsets_count_code_points() {
        let text = "Алматы: всё спокойно. Полиция ушла.";
        let recs = records(text, Unit::Sentence);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[1]["start"], 22);
        assert_eq!(recs[1]["end"], 35);
    }
}
