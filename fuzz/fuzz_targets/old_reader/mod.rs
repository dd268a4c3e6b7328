//! The record reader before issue 21, the oracle of the `record_reader` fuzz
//! target: lines as `LineReader` split them (`read_until`, `\n` or `\r\n`,
//! a byte-order mark on the first line dropped), blank lines skipped, lone
//! surrogate escapes repaired, then `Record::parse`; a bad line is either
//! the error that stops the run or a line of the rejects file. Copied from
//! commit 06962c5 (shared/src/io.rs, record.rs, object.rs).

#![allow(dead_code)]

mod object;

use std::io::BufRead;

pub use object::Record;

/// What the old reader read: each record with its line number, the error
/// that stopped it (`in:LINE: what`), the rejects file, and the counts
/// (records, records repaired, lines rejected).
pub struct OldRead {
    pub records: Vec<(u64, Record)>,
    pub error: Option<String>,
    pub rejects: Vec<u8>,
    pub counts: (u64, u64, u64),
}

pub fn read(data: &[u8], rejects: bool) -> OldRead {
    let mut input = data;
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    let mut repair_buf = Vec::new();
    let (mut records, mut repaired, mut rejected) = (Vec::new(), 0u64, 0u64);
    let mut kept = Vec::new();
    let mut error = None;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf).unwrap() == 0 {
            break;
        }
        line_no += 1;
        let mut end = buf.len();
        if end > 0 && buf[end - 1] == b'\n' {
            end -= 1;
            if end > 0 && buf[end - 1] == b'\r' {
                end -= 1;
            }
        }
        let start = if line_no == 1 && buf[..end].starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        let line = &buf[start..end];
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let escapes = repair_lone_surrogates(line, &mut repair_buf);
        let line = if escapes > 0 {
            repaired += 1;
            &repair_buf[..]
        } else {
            line
        };
        match Record::parse(line) {
            Ok(record) => records.push((line_no, record)),
            Err(what) => {
                if rejects {
                    kept.extend_from_slice(&buf);
                    if !buf.ends_with(b"\n") {
                        kept.push(b'\n');
                    }
                    rejected += 1;
                } else {
                    error = Some(format!("in:{line_no}: {what}"));
                    break;
                }
            }
        }
    }
    let counts = (records.len() as u64, repaired, rejected);
    OldRead { records, error, rejects: kept, counts }
}

/// `repair_lone_surrogates` of shared/src/record.rs at commit 06962c5.
pub fn repair_lone_surrogates(line: &[u8], out: &mut Vec<u8>) -> u64 {
    let Some(first) = memchr::memmem::find(line, b"\\u") else {
        return 0;
    };
    let hex = |at: usize| -> Option<u32> {
        let digits = line.get(at..at + 4)?;
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let mut replaced = 0;
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
