//! Records: JSON objects streamed one a line, edited in place, written back
//! with every field the tool did not touch unchanged and in order.

use std::borrow::Cow;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

use crate::cli::CommonArgs;
use crate::error::{warn, Error, Result};
use crate::io::{Input, LineReader, Output};
use crate::object::Scratch;
use crate::progress::Progress;

pub use crate::object::{DetachedStr, FieldJson, Record};

/// Where a record came from, for messages and for ids of last resort.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub input: String,
    pub line: u64,
}

/// Parse one line (without its newline) into a record, or say why it is not
/// one: invalid UTF-8, invalid JSON (with the column), or not an object.
pub fn parse_record(line: &[u8]) -> std::result::Result<Record, String> {
    Record::parse(line)
}

/// Streams records from the inputs in order. A line that is not a JSON
/// object stops the stream with `input:line: what`, unless a rejects file was
/// given: then the line goes there verbatim and the stream goes on. Blank
/// lines are not records and are skipped.
pub struct RecordReader {
    inputs: Vec<Input>,
    next_input: usize,
    current: Option<LineReader<Box<dyn BufRead>>>,
    current_name: String,
    records: u64,
    /// What becomes of a line that is not a plain record.
    parsed: LineParser,
    /// Lines read together, which the records made from them share.
    block: Option<Block>,
    /// The line number of the record last returned.
    line: u64,
    /// Bytes of lines read together ([`BLOCK`]; smaller when fuzzing).
    block_size: usize,
    summary: SummaryMode,
    progress: Progress,
}

/// Bytes of whole lines read together into one shared text: one allocation
/// and one copy for a few hundred sentence records. A record kept by a tool
/// keeps its block alive, so blocks stay small.
const BLOCK: usize = 32 * 1024;

/// Lines read together, and where the next one starts.
struct Block {
    text: Arc<str>,
    at: usize,
}

/// The lines that are not plain records (lone surrogates to repair, bad
/// JSON, invalid UTF-8) and what is counted of them.
struct LineParser {
    rejects: Option<Output>,
    rejected: u64,
    /// Lone surrogate escapes replaced, in all inputs and in the current one.
    repaired: Repairs,
    repaired_here: Repairs,
    /// A line repaired, reused from line to line.
    repair_buf: Vec<u8>,
    /// The scanner's fields and spent field lists, reused from line to line.
    scratch: Scratch,
}

impl LineParser {
    /// A line (`raw`: as read, newline included) as it has always been
    /// read: lone surrogates repaired, then parsed; a record, or `None` when
    /// the line went to the rejects file, or the error that stops the run.
    fn line(&mut self, line: &[u8], raw: &[u8], line_no: u64, input: &str) -> Result<Option<Record>> {
        let escapes = repair_lone_surrogates(line, &mut self.repair_buf);
        let line = if escapes > 0 {
            let here = &mut self.repaired_here;
            if here.records == 0 {
                here.first_line = line_no;
            }
            here.records += 1;
            here.escapes += escapes;
            self.repaired.records += 1;
            self.repaired.escapes += escapes;
            &self.repair_buf[..]
        } else {
            line
        };
        match Record::parse_with(line, &mut self.scratch) {
            Ok(record) => Ok(Some(record)),
            Err(what) => match self.rejects.as_mut() {
                Some(out) => {
                    out.write_all(raw)?;
                    if !raw.ends_with(b"\n") {
                        out.write_all(b"\n")?;
                    }
                    self.rejected += 1;
                    Ok(None)
                }
                None => Err(Error::data(input, line_no, what)),
            },
        }
    }
}

/// Lone UTF-16 surrogate escapes replaced by U+FFFD: records touched,
/// escapes replaced, and the line of the first.
#[derive(Debug, Default, Clone, Copy)]
struct Repairs {
    records: u64,
    escapes: u64,
    first_line: u64,
}

/// When the closing summary (`records, replaced, rejected`) is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SummaryMode {
    /// When anything was replaced or rejected and standard error is a terminal.
    #[default]
    Terminal,
    /// Always (`--stats`).
    Always,
    /// Never (`--quiet`).
    Never,
}

impl SummaryMode {
    pub fn from_args(args: &CommonArgs) -> Self {
        if args.quiet {
            SummaryMode::Never
        } else if args.stats {
            SummaryMode::Always
        } else {
            SummaryMode::Terminal
        }
    }
}

/// What a reader saw, for the closing summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadSummary {
    pub records: u64,
    pub repaired: u64,
    pub rejected: u64,
}

impl RecordReader {
    pub fn new(inputs: Vec<Input>, rejects: Option<&Path>) -> Result<Self> {
        let rejects = rejects.map(|p| Output::create(Some(p))).transpose()?;
        Ok(RecordReader {
            inputs,
            next_input: 0,
            current: None,
            current_name: String::new(),
            records: 0,
            parsed: LineParser {
                rejects,
                rejected: 0,
                repaired: Repairs::default(),
                repaired_here: Repairs::default(),
                repair_buf: Vec::new(),
                scratch: Scratch::default(),
            },
            block: None,
            line: 0,
            block_size: BLOCK,
            summary: SummaryMode::Never,
            progress: Progress::default(),
        })
    }

    /// The reader for a tool's common options (inputs, `--rejects`, and
    /// `--quiet`/`--stats` for the closing summary).
    pub fn open(args: &CommonArgs) -> Result<Self> {
        crate::error::set_quiet(args.quiet);
        let mut reader = Self::new(Input::list(&args.inputs), args.rejects.as_deref())?;
        reader.summary = SummaryMode::from_args(args);
        reader.progress = Progress::for_inputs(&reader.inputs, args.quiet);
        Ok(reader)
    }

    /// What was read so far.
    pub fn summary(&self) -> ReadSummary {
        ReadSummary {
            records: self.records,
            repaired: self.parsed.repaired.records,
            rejected: self.parsed.rejected,
        }
    }

    /// One warning for an input whose strings held lone surrogate escapes.
    fn end_of_input(&mut self) {
        let here = std::mem::take(&mut self.parsed.repaired_here);
        if here.records > 0 {
            warn(format_args!(
                "{name}: {records} record(s) held {escapes} lone UTF-16 surrogate escape(s) (first at {name}:{line}); \
                 each was read and written as U+FFFD",
                name = self.current_name,
                records = here.records,
                escapes = here.escapes,
                line = here.first_line,
            ));
        }
    }

    /// Where the record last returned came from.
    pub fn position(&self) -> Position {
        Position { input: self.current_name.clone(), line: self.line_number() }
    }

    pub fn input_name(&self) -> &str {
        &self.current_name
    }

    pub fn line_number(&self) -> u64 {
        if self.current.is_some() {
            self.line
        } else {
            0
        }
    }

    /// The index, in the inputs given, of the input the record last returned
    /// came from.
    pub fn input_index(&self) -> usize {
        self.next_input.saturating_sub(1)
    }

    /// Take back records a tool is done with, to reuse what they hold.
    pub(crate) fn recycle(&mut self, records: &mut Vec<Record>) {
        self.parsed.scratch.recycle(records);
    }

    /// Lines that went to the rejects file so far.
    pub fn rejected(&self) -> u64 {
        self.parsed.rejected
    }

    pub fn next_record(&mut self) -> Result<Option<Record>> {
        loop {
            if let Some(record) = self.next_in_block()? {
                return Ok(Some(record));
            }
            let Some(reader) = self.current.as_mut() else {
                let Some(input) = self.inputs.get(self.next_input) else {
                    return Ok(None);
                };
                self.next_input += 1;
                self.current_name = input.name();
                self.current = Some(LineReader::new(input.open_for_lines()?));
                self.line = 0;
                continue;
            };
            // Lines are taken a block at a time, one allocation for all of
            // them, unless the first line (which may start with a byte-order
            // mark) or a line that is not UTF-8 comes next.
            if reader.line_number() > 0 {
                let lines = reader
                    .whole_lines(self.block_size)
                    .map_err(|e| Error::io(self.current_name.clone(), e))?;
                let text = match crate::utf8::validate(lines) {
                    Ok(text) => Some(text).filter(|t| !t.is_empty()),
                    Err(e) => {
                        // The lines before the one that is not UTF-8.
                        let valid = &lines[..e.valid_up_to()];
                        let cut = memchr::memrchr(b'\n', valid).map_or(0, |at| at + 1);
                        std::str::from_utf8(&lines[..cut]).ok().filter(|t| !t.is_empty())
                    }
                };
                if let Some(text) = text {
                    let count = memchr::memchr_iter(b'\n', text.as_bytes()).count() as u64;
                    let (bytes, count) = match text.ends_with('\n') {
                        true => (text.len(), count),
                        false => (text.len(), count + 1), // the last line of the input
                    };
                    self.block = Some(Block { text: Arc::from(text), at: 0 });
                    reader.skip(bytes, count);
                    continue;
                }
            }
            let (line, raw) = match reader.next_line_and_raw() {
                Ok(Some(line)) => line,
                Ok(None) => {
                    self.current = None;
                    self.end_of_input();
                    continue;
                }
                Err(e) => return Err(Error::io(self.current_name.clone(), e)),
            };
            self.line += 1;
            self.progress.advance(line.len() as u64 + 1);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // The common case in one pass: valid UTF-8, a valid object, no
            // surrogate escape to repair.
            if let Ok(text) = crate::utf8::validate(line) {
                if let Some((record, false)) = Record::scan(text, &mut self.parsed.scratch) {
                    self.records += 1;
                    return Ok(Some(record));
                }
            }
            if let Some(record) = self.parsed.line(line, raw, self.line, &self.current_name)? {
                self.records += 1;
                return Ok(Some(record));
            }
        }
    }

    /// The next record of the current block, if it has more lines.
    fn next_in_block(&mut self) -> Result<Option<Record>> {
        let Some(block) = self.block.as_mut() else {
            return Ok(None);
        };
        let bytes = block.text.as_bytes();
        while block.at < bytes.len() {
            let from = block.at;
            let next = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |at| from + at + 1);
            block.at = next;
            self.line += 1;
            let mut end = next;
            if bytes[end - 1] == b'\n' {
                end -= 1;
                if end > from && bytes[end - 1] == b'\r' {
                    end -= 1;
                }
            }
            let line = &bytes[from..end];
            self.progress.advance(line.len() as u64 + 1);
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if let Some((record, false)) = Record::scan_in(&block.text, from..end, &mut self.parsed.scratch) {
                self.records += 1;
                return Ok(Some(record));
            }
            let record = self.parsed.line(line, &bytes[from..next], self.line, &self.current_name)?;
            if let Some(record) = record {
                self.records += 1;
                return Ok(Some(record));
            }
        }
        self.block = None;
        Ok(None)
    }

    /// Close the rejects file (putting it in place), report how many lines
    /// went there, and print the closing summary when it is wanted.
    pub fn finish(mut self) -> Result<u64> {
        self.progress.finish();
        if let Some(out) = self.parsed.rejects.take() {
            out.finish()?;
            if self.parsed.rejected > 0 {
                warn(format_args!("{} bad line(s) written to the rejects file", self.parsed.rejected));
            }
        }
        let summary = self.summary();
        let eventful = summary.repaired > 0 || summary.rejected > 0;
        let show = match self.summary {
            SummaryMode::Always => true,
            SummaryMode::Terminal => eventful && std::io::stderr().is_terminal(),
            SummaryMode::Never => false,
        };
        if show {
            eprintln!("{}: {}", crate::error::tool_name(), summary);
        }
        Ok(self.parsed.rejected)
    }
}

/// What [`read_for_fuzzing`] read.
#[doc(hidden)]
pub struct FuzzRead {
    /// Each record with its line number.
    pub records: Vec<(u64, Record)>,
    /// The error that stopped the reading, as `input:line: what`.
    pub error: Option<String>,
    pub rejects: Vec<u8>,
    pub summary: ReadSummary,
}

/// For the fuzz target of the record reader, which compares it with the
/// reader it replaced: `data` read as one input named `in`, handed over by
/// the input `chunk` bytes at a time (at least 1), in blocks of `block`
/// bytes, with or without a rejects file (kept in memory).
#[doc(hidden)]
pub fn read_for_fuzzing(data: &[u8], chunk: usize, block: usize, rejects: bool) -> FuzzRead {
    use std::sync::Mutex;
    /// The input, a few bytes per read.
    struct Chunked(Vec<u8>, usize, usize);
    impl std::io::Read for Chunked {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(self.1).min(self.0.len() - self.2);
            buf[..n].copy_from_slice(&self.0[self.2..self.2 + n]);
            self.2 += n;
            Ok(n)
        }
    }
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);
    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().map_err(|_| std::io::ErrorKind::Other)?.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let kept = Shared::default();
    let mut reader = RecordReader::new(Vec::new(), None).expect("no files to open");
    if rejects {
        reader.parsed.rejects = Some(Output::from_writer(kept.clone()));
    }
    reader.block_size = block;
    reader.current_name = "in".to_string();
    let input = Chunked(data.to_vec(), chunk.max(1), 0);
    let mut lines =
        LineReader::new(Box::new(std::io::BufReader::with_capacity(chunk.max(1), input)) as Box<dyn BufRead>);
    lines.read_size = 2 * chunk.max(1);
    reader.current = Some(lines);
    let mut records = Vec::new();
    let error = loop {
        match reader.next_record() {
            Ok(Some(record)) => records.push((reader.line_number(), record)),
            Ok(None) => break None,
            Err(e) => break Some(e.to_string()),
        }
    };
    let summary = reader.summary();
    if let Some(out) = reader.parsed.rejects.take() {
        let _ = out.finish();
    }
    let rejects = kept.0.lock().map(|v| v.clone()).unwrap_or_default();
    FuzzRead { records, error, rejects, summary }
}

impl std::fmt::Display for ReadSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} records, {} with replaced characters, {} rejected",
            thousands(self.records),
            thousands(self.repaired),
            thousands(self.rejected)
        )
    }
}

/// `1204331` as `1,204,331`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Replaces every lone UTF-16 surrogate escape (`\ud800` not followed by a
/// low surrogate, or a low one alone) in a JSON line by `\ufffd`, writing
/// the line into `out`; returns how many were replaced (0: `out` is not
/// touched and the line is fine as it is). Scrapers leave such escapes when
/// they cut an emoji in half; serde_json cannot read the string and jq
/// rejects the whole line, so they are repaired where the line is read. The
/// escape and its replacement have the same length, so nothing moves.
pub fn repair_lone_surrogates(line: &[u8], out: &mut Vec<u8>) -> u64 {
    // Most lines have no \u escape at all: one fast search decides.
    let Some(first) = memchr::memmem::find(line, b"\\u") else {
        return 0;
    };
    let hex = |at: usize| -> Option<u32> {
        let digits = line.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let mut replaced = 0;
    // Start at a backslash that is not itself escaped: count the ones before.
    let mut i = first;
    while i > 0 && line[i - 1] == b'\\' {
        i -= 1;
    }
    while i < line.len() {
        if line[i] != b'\\' {
            i += 1;
            continue;
        }
        if line.get(i + 1) != Some(&b'u') {
            i += 2;
            continue;
        }
        let Some(code) = hex(i + 2) else {
            i += 2;
            continue;
        };
        let lone = match code {
            0xD800..=0xDBFF => {
                let low = (line.get(i + 6..i + 8) == Some(b"\\u"))
                    .then(|| hex(i + 8))
                    .flatten()
                    .is_some_and(|c| (0xDC00..=0xDFFF).contains(&c));
                if low {
                    i += 12;
                    continue;
                }
                true
            }
            0xDC00..=0xDFFF => true,
            _ => false,
        };
        if lone {
            if replaced == 0 {
                out.clear();
                out.extend_from_slice(line);
            }
            out[i..i + 6].copy_from_slice(b"\\ufffd");
            replaced += 1;
        }
        i += 6;
    }
    replaced
}

/// Write one record as a line.
pub fn write_record(out: &mut (impl Write + ?Sized), record: &Record) -> Result<()> {
    record.write_line(out)?;
    Ok(())
}

/// Reads the text field of records, and remembers whether any record had it,
/// so that a mistyped `--field` gets a warning instead of silence.
pub struct TextField {
    name: String,
    records: u64,
    with_text: u64,
    /// Where the field stood in the last record that had it: records of a
    /// stream mostly share their layout.
    hint: usize,
}

impl TextField {
    pub fn new(name: &str) -> Self {
        TextField { name: name.to_string(), records: 0, with_text: 0, hint: 0 }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The field's text, if the record has it as a string. Records without
    /// it pass through the tools unchanged.
    pub fn get<'r>(&mut self, record: &'r Record) -> Option<Cow<'r, str>> {
        let text = self.find(record).and_then(|i| record.str_at(i));
        self.count(text)
    }

    /// The field's text, not borrowing the record, so the record can be
    /// edited while the text is read.
    pub fn get_detached(&mut self, record: &Record) -> Option<DetachedStr> {
        let text = self.find(record).and_then(|i| record.str_detached_at(i));
        self.count(text)
    }

    fn find(&mut self, record: &Record) -> Option<usize> {
        let i = record.position_from(&self.name, self.hint)?;
        self.hint = i;
        Some(i)
    }

    fn count<T>(&mut self, text: Option<T>) -> Option<T> {
        self.records += 1;
        self.with_text += text.is_some() as u64;
        text
    }

    /// Warn when records came but none had the field as a string.
    pub fn finish(&self) {
        if self.records > 0 && self.with_text == 0 {
            warn(format_args!(
                "no record had a string field \"{}\"; records were passed through unchanged",
                self.name
            ));
        }
    }
}

/// The read-annotate-write loop lives in [`crate::stream`]; it is kept
/// reachable here, where tools first looked for it.
pub use crate::stream::{annotate_documents, annotate_stream};

#[cfg(test)]
mod tests {
    use super::*;

    fn reader_over(content: &str, rejects: Option<&Path>) -> (tempfile::TempDir, RecordReader) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.jsonl");
        std::fs::write(&path, content).unwrap();
        let r = RecordReader::new(vec![Input::Path(path)], rejects).unwrap();
        (dir, r)
    }

    #[test]
    fn unknown_fields_keep_their_order_and_values() {
        let line = r#"{"z":1,"a":{"y":[1,2,{"q":null}],"b":"é"},"big":123456789012345678901234567890,"f":1.50,"neg":-0.0}"#;
        let rec = parse_record(line.as_bytes()).unwrap();
        let mut out = Vec::new();
        write_record(&mut out, &rec).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), format!("{line}\n"));
    }

    #[test]
    fn escapes_may_be_rewritten_but_strings_stay_the_same() {
        let line = r#"{"u":"\u00e9 \" \\ \/"}"#;
        let rec = parse_record(line.as_bytes()).unwrap();
        let mut out = Vec::new();
        write_record(&mut out, &rec).unwrap();
        let back: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(back["u"], "é \" \\ /");
    }

    #[test]
    fn bad_lines_name_the_input_and_line() {
        let (_d, mut r) = reader_over("{\"a\":1}\n\n[1,2]\n", None);
        assert!(r.next_record().unwrap().is_some());
        let err = r.next_record().unwrap_err().to_string();
        assert!(err.ends_with("in.jsonl:3: expected a JSON object, found an array"), "{err}");
    }

    #[test]
    fn invalid_json_reports_the_column() {
        let (_d, mut r) = reader_over("{\"a\":}\n", None);
        let err = r.next_record().unwrap_err().to_string();
        assert!(err.contains("in.jsonl:1: invalid JSON at column 6"), "{err}");
    }

    #[test]
    fn invalid_utf8_is_a_data_error() {
        // An escaped NUL is fine; a raw byte that is not UTF-8 is not.
        let (_d, mut r) = reader_over("{\"a\":\"\\u0000\"}\n", None);
        assert!(r.next_record().unwrap().is_some());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.jsonl");
        std::fs::write(&path, b"{\"a\":\"\xff\"}\n").unwrap();
        let mut r = RecordReader::new(vec![Input::Path(path)], None).unwrap();
        let err = r.next_record().unwrap_err().to_string();
        assert!(err.contains("bad.jsonl:1: invalid UTF-8"), "{err}");
    }

    #[test]
    fn rejects_keep_bad_lines_verbatim_and_the_stream_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let rejects = dir.path().join("rejects.txt");
        let (_d, mut r) = reader_over("{\"a\":1}\r\nnot json\r\n42\n{\"b\":2}\n{oops", Some(&rejects));
        let mut got = Vec::new();
        while let Some(rec) = r.next_record().unwrap() {
            got.push(rec);
        }
        assert_eq!(got.len(), 2);
        assert_eq!(r.finish().unwrap(), 3);
        assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "not json\r\n42\n{oops\n");
    }

    /// Lines read in blocks: records, line numbers, rejects and repairs are
    /// those of a line-by-line reading, whatever line a block ends at.
    #[test]
    fn many_blocks_read_as_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.jsonl");
        let mut content = b"\xEF\xBB\xBF{\"i\":0}\n".to_vec();
        let mut expected = vec![(1u64, "{\"i\":0}\n".to_string())];
        let mut line = 1;
        for i in 1..3000u64 {
            line += 1;
            match i % 500 {
                7 => content.extend_from_slice(b"{\"bad\":\"\xff\"}\n"),
                8 => content.extend_from_slice(b"{\"cut\":\r\n"),
                9 => content.extend_from_slice(b" \t\r\n"),
                10 => {
                    content.extend_from_slice(format!("{{\"i\":{i},\"t\":\"x\\ud800\"}}\r\n").as_bytes());
                    expected.push((line, format!("{{\"i\":{i},\"t\":\"x\\ufffd\"}}\n")));
                }
                _ => {
                    let text = "y".repeat((i % 97) as usize);
                    let record = format!("{{\"i\":{i},\"t\":\"{text}\"}}");
                    content.extend_from_slice(record.as_bytes());
                    content.push(b'\n');
                    expected.push((line, record + "\n"));
                }
            }
        }
        content.extend_from_slice(b"{\"last\":true}");
        expected.push((line + 1, "{\"last\":true}\n".to_string()));
        assert!(content.len() > 3 * BLOCK);
        std::fs::write(&path, &content).unwrap();
        let rejects = dir.path().join("rejects");
        let mut r = RecordReader::new(vec![Input::Path(path)], Some(&rejects)).unwrap();
        let mut got = Vec::new();
        while let Some(record) = r.next_record().unwrap() {
            let mut out = Vec::new();
            write_record(&mut out, &record).unwrap();
            got.push((r.line_number(), String::from_utf8(out).unwrap()));
        }
        assert_eq!(got, expected);
        assert_eq!(r.summary(), ReadSummary { records: expected.len() as u64, repaired: 6, rejected: 12 });
        r.finish().unwrap();
        let mut bad = Vec::new();
        for _ in 0..6 {
            bad.extend_from_slice(b"{\"bad\":\"\xff\"}\n{\"cut\":\r\n");
        }
        assert_eq!(std::fs::read(&rejects).unwrap(), bad);
    }

    fn repaired(line: &str) -> (String, u64) {
        let mut out = Vec::new();
        let n = repair_lone_surrogates(line.as_bytes(), &mut out);
        (if n == 0 { line.to_string() } else { String::from_utf8(out).unwrap() }, n)
    }

    #[test]
    fn lone_surrogate_escapes_become_replacement_characters() {
        assert_eq!(repaired(r#"{"t":"killed.\ud800"}"#), (r#"{"t":"killed.\ufffd"}"#.into(), 1));
        assert_eq!(repaired(r#"{"t":"\uDC01 a \ud83d"}"#), (r#"{"t":"\ufffd a \ufffd"}"#.into(), 2));
        // A whole pair, other escapes and an escaped backslash before "ud800" stay.
        for fine in [
            r#"{"t":"\ud83d\ude00 ok"}"#,
            r#"{"t":"\u00e9 \n \" x"}"#,
            r#"{"t":"C:\\ud800"}"#,
            r#"{"t":"\\\\ud800"}"#,
            r#"{"t":"no escapes"}"#,
        ] {
            assert_eq!(repaired(fine), (fine.to_string(), 0), "{fine}");
        }
        // An odd run of backslashes: the last one escapes the u.
        assert_eq!(repaired(r#"{"t":"\\\ud800"}"#).1, 1);
        // A high surrogate followed by another high one: both lone.
        assert_eq!(repaired(r#"{"t":"\ud800\ud801"}"#).1, 2);
        // Cut short at the end of the line: left for the parser to reject.
        assert_eq!(repaired(r#"{"t":"\ud8"#).1, 0);
    }

    #[test]
    fn a_record_with_a_lone_surrogate_is_read_with_its_text() {
        let (_d, mut r) = reader_over("{\"text\":\"Six were killed.\\ud800\"}\n{\"text\":\"fine\"}\n", None);
        let rec = r.next_record().unwrap().unwrap();
        assert_eq!(rec.get_str("text").as_deref(), Some("Six were killed.\u{fffd}"));
        let mut out = Vec::new();
        write_record(&mut out, &rec).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "{\"text\":\"Six were killed.\\ufffd\"}\n");
        assert!(r.next_record().unwrap().is_some());
        assert!(r.next_record().unwrap().is_none());
        assert_eq!(r.summary(), ReadSummary { records: 2, repaired: 1, rejected: 0 });
    }

    #[test]
    fn summaries_read_like_sentences() {
        let s = ReadSummary { records: 1_204_331, repaired: 2, rejected: 0 };
        assert_eq!(s.to_string(), "1,204,331 records, 2 with replaced characters, 0 rejected");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        let line = format!("{{\"a\":{deep}}}");
        assert!(parse_record(line.as_bytes()).unwrap_err().contains("recursion"));
    }

    #[test]
    fn text_field_counts_records_with_text() {
        let mut f = TextField::new("text");
        let with: Record = serde_json::from_str(r#"{"text":"hi"}"#).unwrap();
        let without: Record = serde_json::from_str(r#"{"text":5}"#).unwrap();
        assert_eq!(f.get(&with).as_deref(), Some("hi"));
        assert_eq!(f.get(&without), None);
        assert_eq!((f.records, f.with_text), (2, 1));
    }
}
