//! Reading documents: raw text files (one document each), JSON Lines and
//! CSV (one document a line or row). One document is held at a time.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use kz_shared::error::{warn, Error, Result};
use kz_shared::io::{Input, LineReader, Output};
use kz_shared::record::repair_lone_surrogates;
use kz_shared::Record;
use serde_json::Value;

use crate::dates::parse_date_exact;
use crate::layout::Meta;
use crate::units::{id_of, Document};

/// The format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One article per file, UTF-8 text.
    Text,
    /// One JSON object a line, the text in `--field`.
    Jsonl,
    /// A header row, then one article a row, the text in the `--field` column.
    Csv,
}

impl Format {
    /// The format given, or the one the file name says (`.jsonl`, `.ndjson`,
    /// `.csv`), or text.
    pub fn of(input: &Input, given: Option<Format>) -> Format {
        if let Some(f) = given {
            return f;
        }
        let ext = input.path().and_then(Path::extension).and_then(|e| e.to_str()).unwrap_or("");
        let is = |name: &str| ext.eq_ignore_ascii_case(name);
        if is("jsonl") || is("ndjson") {
            Format::Jsonl
        } else if is("csv") {
            Format::Csv
        } else {
            Format::Text
        }
    }
}

/// Each input in order: the FILE arguments (`-` is standard input), then
/// the files named in `list` (`--files-from`), one path a line, each name
/// read only when the file before it is done. With neither, standard input.
/// Only the current name is held, so a list of any length takes no memory.
pub fn each_input(
    args: &[PathBuf],
    list: Option<&Path>,
    mut each: impl FnMut(&Input) -> Result<()>,
) -> Result<()> {
    if args.is_empty() && list.is_none() {
        return each(&Input::Stdin);
    }
    for path in args {
        let input = if path.as_os_str() == "-" { Input::Stdin } else { Input::Path(path.clone()) };
        each(&input)?;
    }
    let Some(list) = list else {
        return Ok(());
    };
    let what = format!("--files-from {}", list.display());
    let reader: Box<dyn BufRead> = if list.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(BufReader::new(File::open(list).map_err(|e| Error::io(&what, e))?))
    };
    let mut lines = LineReader::new(reader);
    while let Some(line) = lines.next_line().map_err(|e| Error::io(&what, e))? {
        // Empty lines (a trailing one, a blank between groups) name nothing.
        if !line.is_empty() {
            each(&Input::Path(path_of(line)))?;
        }
    }
    Ok(())
}

/// A file name as the list gives it, byte for byte where the system allows.
#[cfg(unix)]
fn path_of(name: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(name))
}

#[cfg(not(unix))]
fn path_of(name: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(name).into_owned())
}

/// The document id of a file: its name without directory and extension.
pub fn stem(input: &Input) -> String {
    match input.path() {
        None => "stdin".to_string(),
        Some(p) => {
            p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| p.display().to_string())
        }
    }
}

/// Raw bytes to document text: the BOM dropped, invalid UTF-8 replaced with
/// U+FFFD, CRLF turned into LF. Returns the text and how many invalid
/// sequences were replaced.
pub fn decode(mut bytes: Vec<u8>) -> (String, usize) {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let (mut text, bad) = match String::from_utf8(bytes) {
        Ok(s) => (s, 0),
        Err(e) => {
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let bad = lossy.matches('\u{FFFD}').count();
            (lossy, bad.max(1))
        }
    };
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        text = text.replace("\r\n", "\n");
    }
    (text, bad)
}

/// The bytes of a file: one allocation of the size the file has when
/// opened, filled by as few reads as the system allows. A regular file read
/// to that size is done (no read to see the end: four system calls a file,
/// not five, which counts over tens of thousands of small articles); a file
/// that reports no size (a pipe, `/proc`) is read to its end.
pub fn read_file(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = File::open(path)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // Reading through `take` stops at the size without asking the system
    // for the end, and fills the buffer without zeroing it first.
    (&mut file).take(size).read_to_end(&mut bytes)?;
    if size == 0 {
        file.read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// A raw text file as one document.
pub fn read_text(input: &Input) -> Result<Document> {
    let bytes = match input.path() {
        Some(path) => read_file(path).map_err(|e| Error::io(input.name(), e))?,
        None => input.read_all()?,
    };
    let (text, bad) = decode(bytes);
    if bad > 0 {
        warn(format_args!("{}: invalid UTF-8 replaced with U+FFFD ({bad} place(s))", input.name()));
    }
    Ok(Document { id: stem(input), text, ..Document::default() })
}

/// Where a bad line or row goes: an error, or the rejects file.
pub struct Rejects {
    out: Option<Output>,
    count: u64,
}

impl Rejects {
    pub fn new(path: Option<&Path>) -> Result<Self> {
        Ok(Rejects { out: path.map(|p| Output::create(Some(p))).transpose()?, count: 0 })
    }

    /// Keep `raw` in the rejects file, or fail with `input:line: message`.
    fn reject(&mut self, input: &Input, line: u64, message: String, raw: &[u8]) -> Result<()> {
        let Some(out) = self.out.as_mut() else {
            return Err(Error::data(input.name(), line, message));
        };
        out.write_all(raw)?;
        if !raw.ends_with(b"\n") {
            out.write_all(b"\n")?;
        }
        self.count += 1;
        Ok(())
    }

    /// Lines and rows rejected so far.
    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn finish(mut self) -> Result<()> {
        if let Some(out) = self.out.take() {
            out.finish()?;
            if self.count > 0 {
                warn(format_args!("{} bad line(s) written to the rejects file", self.count));
            }
        }
        Ok(())
    }
}

/// What a record of a JSONL or CSV input becomes. Most items are
/// documents, so the enum is as large as one rather than boxing each.
#[allow(clippy::large_enum_variant)]
pub enum Item {
    /// A document to split.
    Doc(Document),
    /// A record without the text field (missing, null, a number): written
    /// out unchanged.
    PassThrough(Record),
}

/// Make a document of a record: the text field becomes the text; `id`,
/// `title`, `published`, `source`, `url`, `dateline`, `dateline_text`,
/// `lang` become metadata; the
/// other fields stay, in order, to be copied onto every output record.
pub fn document_of(mut record: Record, field: &str, fallback_id: impl FnOnce() -> String) -> Item {
    let text = match record.get(field) {
        Some(Value::String(_)) => match record.remove(field) {
            Some(Value::String(s)) => s,
            _ => unreachable!("checked above"),
        },
        _ => return Item::PassThrough(record),
    };
    let id = record
        .remove("id")
        .as_ref()
        .and_then(id_of)
        .or_else(|| record.get("doc").and_then(id_of))
        .unwrap_or_else(fallback_id);
    let mut take = |name: &str| match record.get(name) {
        Some(Value::String(s)) if !s.trim().is_empty() => match record.remove(name) {
            Some(Value::String(s)) => Some(s),
            _ => None,
        },
        _ => None,
    };
    let mut meta = Meta {
        title: take("title"),
        published: take("published"),
        source: take("source"),
        url: take("url"),
        dateline: take("dateline"),
        dateline_text: take("dateline_text"),
        lang: take("lang"),
    };
    if let Some(p) = meta.published.as_deref() {
        if let Some(iso) = parse_date_exact(p).and_then(|d| d.iso()) {
            meta.published = Some(iso);
        }
    }
    Item::Doc(Document { id, text, meta, extra: record })
}

/// Why a line is not a record (the messages of kz_shared's reader).
fn parse_object(line: &[u8]) -> std::result::Result<Record, String> {
    Record::parse(line)
}

/// Each record of a JSON Lines input, in order.
pub fn read_jsonl(
    input: &Input,
    field: &str,
    rejects: &mut Rejects,
    mut each: impl FnMut(Item) -> Result<()>,
) -> Result<()> {
    let name = stem(input);
    let mut lines = LineReader::new(input.open()?);
    let mut repaired = Vec::new();
    // Records with lone surrogate escapes, the escapes, the first line.
    let (mut records, mut escapes, mut first) = (0u64, 0u64, 0u64);
    loop {
        let line = match lines.next_line() {
            Ok(Some(line)) => line,
            Ok(None) => break,
            Err(e) => return Err(Error::io(input.name(), e)),
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let replaced = repair_lone_surrogates(line, &mut repaired);
        let line = if replaced > 0 {
            if records == 0 {
                first = lines.line_number();
            }
            records += 1;
            escapes += replaced;
            &repaired[..]
        } else {
            line
        };
        let parsed = parse_object(line);
        let number = lines.line_number();
        match parsed {
            Ok(record) => each(document_of(record, field, || format!("{name}:{number}")))?,
            Err(message) => rejects.reject(input, number, message, lines.raw_line())?,
        }
    }
    if records > 0 {
        warn(format_args!(
            "{name}: {records} record(s) held {escapes} lone UTF-16 surrogate escape(s) (first at {name}:{first}); \
             each was read and written as U+FFFD",
            name = input.name()
        ));
    }
    Ok(())
}

/// Each row of a CSV input (with a header row), in order. Every column
/// becomes a field; a row with the wrong number of fields or invalid UTF-8
/// is bad input.
pub fn read_csv(
    input: &Input,
    field: &str,
    rejects: &mut Rejects,
    mut each: impl FnMut(Item) -> Result<()>,
) -> Result<()> {
    let name = stem(input);
    let (tee, tail) = Tee::new(input.open()?);
    let mut reader = csv::ReaderBuilder::new().flexible(true).has_headers(true).from_reader(tee);
    let csv_error = |e: csv::Error| {
        let line = e.position().map_or(0, |p| p.line());
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Error::io(input.name(), io),
            other => Error::data(input.name(), line, format!("bad CSV: {other:?}")),
        }
    };
    let headers: Vec<String> = match reader.byte_headers() {
        Ok(h) => h
            .iter()
            .enumerate()
            .map(|(k, h)| {
                let h = String::from_utf8_lossy(h);
                let h = if k == 0 { h.trim_start_matches('\u{feff}') } else { &h };
                h.to_string()
            })
            .collect(),
        Err(e) => return Err(csv_error(e)),
    };
    if headers.is_empty() || (headers.len() == 1 && headers[0].is_empty()) {
        return Ok(());
    }
    if !headers.iter().any(|h| h == field) {
        warn(format_args!(
            "{}: no column named \"{field}\" (the text column is set with --field)",
            input.name()
        ));
    }
    let mut row = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut row) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => return Err(csv_error(e)),
        }
        let line = row.position().map_or(0, |p| p.line());
        let (start, end) = (row.position().map_or(0, |p| p.byte()), reader.position().byte());
        // A quote not closed as CSV closes it swallows the rows after it.
        if let Some(opened) = tail.broken_quote(start, end, line) {
            let raw = tail.bytes(start, end);
            let message = format!(
                "a quoted field opened on line {opened} is never closed (a quote inside a field is written \"\"); \
                 it would swallow the rows after it"
            );
            rejects.reject(input, opened, message, &raw)?;
            tail.forget(end);
            continue;
        }
        tail.forget(end);
        if row.len() == 1 && row.get(0).is_some_and(<[u8]>::is_empty) {
            continue;
        }
        let problem = if row.len() != headers.len() {
            Some(format!("expected {} fields, found {}", headers.len(), row.len()))
        } else {
            row.iter()
                .position(|f| std::str::from_utf8(f).is_err())
                .map(|k| format!("invalid UTF-8 in column \"{}\"", headers[k]))
        };
        if let Some(message) = problem {
            let mut raw = csv::Writer::from_writer(Vec::new());
            raw.write_byte_record(&row).map_err(csv_error)?;
            let raw = raw.into_inner().map_err(|e| Error::io(input.name(), e.into_error()))?;
            rejects.reject(input, line, message, &raw)?;
            continue;
        }
        let mut record = Record::new();
        for (h, f) in headers.iter().zip(row.iter()) {
            let value = String::from_utf8_lossy(f).into_owned();
            record.insert(h.clone(), Value::String(value));
        }
        each(document_of(record, field, || format!("{name}:{line}")))?;
    }
}

/// The bytes the CSV reader has read and not yet passed, so that the row
/// that ends the input can be looked at as it was written.
struct Tee<R> {
    inner: R,
    tail: Tail,
}

/// Shared between the [`Tee`] inside the CSV reader and the loop that reads
/// rows from it.
#[derive(Clone, Default)]
struct Tail(std::rc::Rc<std::cell::RefCell<TailBytes>>);

#[derive(Default)]
struct TailBytes {
    /// Input offset of `bytes[0]`.
    base: u64,
    bytes: Vec<u8>,
    at_end: bool,
}

impl<R: Read> Tee<R> {
    fn new(inner: R) -> (Self, Tail) {
        let tail = Tail::default();
        (Tee { inner, tail: tail.clone() }, tail)
    }
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(out)?;
        let mut tail = self.tail.0.borrow_mut();
        tail.bytes.extend_from_slice(&out[..n]);
        tail.at_end |= n == 0 && !out.is_empty();
        Ok(n)
    }
}

impl Tail {
    /// The input's bytes from `start` to `end` (offsets), as far as kept.
    fn bytes(&self, start: u64, end: u64) -> Vec<u8> {
        let tail = self.0.borrow();
        let from = start.saturating_sub(tail.base) as usize;
        let to = (end.saturating_sub(tail.base) as usize).min(tail.bytes.len());
        tail.bytes.get(from..to).unwrap_or_default().to_vec()
    }

    /// Bytes before `end` are no longer needed.
    fn forget(&self, end: u64) {
        let mut tail = self.0.borrow_mut();
        let n = (end.saturating_sub(tail.base) as usize).min(tail.bytes.len());
        tail.bytes.drain(..n);
        tail.base += n as u64;
    }

    /// For the row from `start` to `end` (offsets; `line` its first line):
    /// the line where a quoted field opens that is not closed as CSV
    /// closes it (see [`broken_quote`]).
    fn broken_quote(&self, start: u64, end: u64, line: u64) -> Option<u64> {
        let tail = self.0.borrow();
        let from = start.checked_sub(tail.base)? as usize;
        let to = (end.saturating_sub(tail.base) as usize).min(tail.bytes.len());
        let at_end = tail.at_end && to == tail.bytes.len();
        broken_quote(tail.bytes.get(from..to)?, at_end).map(|lines_before| line + lines_before)
    }
}

/// Whether a CSV row as written has a quoted field that is not closed as
/// CSV closes it: by a quote followed by a comma, a line end or the end of
/// the input. A quote left open runs to the end of the input, or is "closed"
/// by the opening quote of a later row's field; either way the rows after it
/// are swallowed into one field. The answer is the number of line breaks
/// before the quote that opened the field.
fn broken_quote(row: &[u8], at_end: bool) -> Option<u64> {
    let mut in_quotes = false;
    let mut field_start = true;
    let mut opened_at = 0;
    let mut i = 0;
    while i < row.len() {
        let b = row[i];
        if in_quotes {
            if b == b'"' {
                match row.get(i + 1) {
                    Some(b'"') => i += 1,
                    Some(b',' | b'\n' | b'\r') | None => in_quotes = false,
                    Some(_) => return Some(lines_before(row, opened_at)),
                }
            }
        } else if b == b'"' && field_start {
            in_quotes = true;
            opened_at = i;
        }
        field_start = matches!(b, b',' | b'\n' | b'\r') && !in_quotes;
        i += 1;
    }
    (in_quotes && at_end).then(|| lines_before(row, opened_at))
}

fn lines_before(row: &[u8], at: usize) -> u64 {
    row[..at].iter().filter(|&&b| b == b'\n').count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_left_open_is_found_with_its_line() {
        assert_eq!(broken_quote(b"1,\"closed\",x\n", true), None);
        assert_eq!(broken_quote(b"1,\"two\nlines \"\"quoted\"\"\"\n", false), None);
        assert_eq!(broken_quote(b"1,\"never closed\n2,b,c\n", true), Some(0));
        assert_eq!(broken_quote(b"1,a\nb,\"open\n", true), Some(1));
        // Closed by the next row's opening quote: the rows run together.
        assert_eq!(broken_quote(b"1,\"open\n2,\"next row\"\n", false), Some(0));
        // A quote inside an unquoted field is text, not an opening.
        assert_eq!(broken_quote(b"1,5\" tall,x\n", true), None);
    }

    #[test]
    fn decoding_drops_the_bom_and_crlf_and_replaces_bad_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb".to_vec()), ("a\nb".to_string(), 0));
        let (text, bad) = decode(b"caf\xE9 \xFF!".to_vec());
        assert_eq!(text, "caf\u{FFFD} \u{FFFD}!");
        assert_eq!(bad, 2);
    }

    #[test]
    fn files_are_read_whole_whatever_size_they_report() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let text = "Line one.\n".repeat(10_000);
        std::fs::write(&path, &text).unwrap();
        assert_eq!(read_file(&path).unwrap(), text.as_bytes());
        std::fs::write(&path, "").unwrap();
        assert!(read_file(&path).unwrap().is_empty());
        // Files that report no size still have content.
        #[cfg(target_os = "linux")]
        assert!(String::from_utf8(read_file(Path::new("/proc/self/status")).unwrap())
            .unwrap()
            .contains("Pid:"));
    }

    #[test]
    fn formats_from_extensions() {
        let f = |p: &str| Format::of(&Input::Path(p.into()), None);
        assert_eq!(f("a.jsonl"), Format::Jsonl);
        assert_eq!(f("a.NDJSON"), Format::Jsonl);
        assert_eq!(f("a.csv"), Format::Csv);
        assert_eq!(f("a.txt"), Format::Text);
        assert_eq!(f("a"), Format::Text);
        assert_eq!(Format::of(&Input::Stdin, Some(Format::Csv)), Format::Csv);
    }

    #[test]
    fn records_become_documents() {
        let rec: Record = serde_json::from_str(
            r#"{"lang":"en","id":7,"text":"Hi.","published":"5 May 2020","title":"T","n":1}"#,
        )
        .unwrap();
        let Item::Doc(doc) = document_of(rec, "text", || "x".into()) else { panic!("a document") };
        assert_eq!(doc.id, "7");
        assert_eq!(doc.text, "Hi.");
        assert_eq!(doc.meta.published.as_deref(), Some("2020-05-05"));
        assert_eq!(doc.meta.title.as_deref(), Some("T"));
        assert_eq!(doc.meta.lang.as_deref(), Some("en"));
        assert_eq!(serde_json::to_string(&doc.extra).unwrap(), r#"{"n":1}"#);
    }

    #[test]
    fn records_without_text_pass_through() {
        let rec: Record = serde_json::from_str(r#"{"text":null,"a":1}"#).unwrap();
        assert!(matches!(document_of(rec, "text", || "x".into()), Item::PassThrough(_)));
    }
}
