//! Inputs, a reusable line reader, and output written atomically.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Read buffers are large: records are small and many, and fewer syscalls
/// is most of what a streaming tool can win on I/O.
const READ_BUFFER: usize = 256 * 1024;
const WRITE_BUFFER: usize = 256 * 1024;

/// One input: a named file or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Stdin,
    Path(PathBuf),
}

impl Input {
    /// The inputs named on the command line: nothing or `-` means stdin.
    pub fn list(paths: &[PathBuf]) -> Vec<Input> {
        if paths.is_empty() {
            return vec![Input::Stdin];
        }
        paths
            .iter()
            .map(|p| if p.as_os_str() == "-" { Input::Stdin } else { Input::Path(p.clone()) })
            .collect()
    }

    /// The name used in messages: the path as given, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::Path(p) => p.display().to_string(),
        }
    }

    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::Stdin => None,
            Input::Path(p) => Some(p),
        }
    }

    /// Open for [`LineReader`], which reads in blocks of its own: the
    /// reader's buffer is small, as it is bypassed.
    pub(crate) fn open_for_lines(&self) -> Result<Box<dyn BufRead>> {
        Ok(match self {
            Input::Stdin => Box::new(BufReader::with_capacity(8 * 1024, io::stdin())),
            Input::Path(p) => {
                let file = File::open(p).map_err(|e| Error::io(self.name(), e))?;
                Box::new(BufReader::with_capacity(8 * 1024, file))
            }
        })
    }

    /// Open for buffered reading.
    pub fn open(&self) -> Result<Box<dyn BufRead>> {
        Ok(match self {
            Input::Stdin => Box::new(BufReader::with_capacity(READ_BUFFER, io::stdin())),
            Input::Path(p) => {
                let file = File::open(p).map_err(|e| Error::io(self.name(), e))?;
                Box::new(BufReader::with_capacity(READ_BUFFER, file))
            }
        })
    }

    /// Read the whole input as bytes (raw articles are one document each).
    pub fn read_all(&self) -> Result<Vec<u8>> {
        let mut bytes = Vec::new();
        self.open()?.read_to_end(&mut bytes).map_err(|e| Error::io(self.name(), e))?;
        Ok(bytes)
    }
}

/// Lines of one input, one at a time, from a block buffer: a line that lies
/// whole in the buffer (nearly all of them) is lent from there, not copied.
///
/// A line is returned without its `\n` or `\r\n`; the last line may lack a
/// newline. A UTF-8 byte-order mark at the start of the input is dropped.
pub struct LineReader<R> {
    reader: R,
    /// `buf[start..end]` is read and not yet returned; the last line
    /// returned, newline included, is `buf[line..start]`.
    buf: Vec<u8>,
    line: usize,
    start: usize,
    end: usize,
    /// `buf[..scanned]` holds no newline past `start` (a long line arriving
    /// in pieces is not searched again from its beginning).
    scanned: usize,
    eof: bool,
    number: u64,
    /// Bytes asked for at least in one read ([`READ_BUFFER`]; less when
    /// fuzzing, so that small inputs cost small buffers).
    pub(crate) read_size: usize,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(reader: R) -> Self {
        LineReader {
            reader,
            buf: Vec::new(),
            line: 0,
            start: 0,
            end: 0,
            scanned: 0,
            eof: false,
            number: 0,
            read_size: READ_BUFFER,
        }
    }

    /// Number of the line last returned (1-based).
    pub fn line_number(&self) -> u64 {
        self.number
    }

    pub fn next_line(&mut self) -> io::Result<Option<&[u8]>> {
        Ok(self.next_line_and_raw()?.map(|(line, _)| line))
    }

    /// [`LineReader::next_line`], and the line as read (newline included).
    pub(crate) fn next_line_and_raw(&mut self) -> io::Result<Option<(&[u8], &[u8])>> {
        let newline = loop {
            if let Some(at) = memchr::memchr(b'\n', &self.buf[self.scanned..self.end]) {
                break Some(self.scanned + at);
            }
            self.scanned = self.end;
            if self.eof || !self.fill()? {
                self.eof = true;
                break None;
            }
        };
        let (line, next) = match newline {
            Some(at) => (self.start, at + 1),
            None if self.start < self.end => (self.start, self.end),
            None => return Ok(None),
        };
        self.line = line;
        self.start = next;
        self.scanned = next;
        self.number += 1;
        let mut end = next;
        if newline.is_some() {
            end -= 1;
            if end > line && self.buf[end - 1] == b'\r' {
                end -= 1;
            }
        }
        let mut from = line;
        if self.number == 1 && self.buf[from..end].starts_with(b"\xEF\xBB\xBF") {
            from += 3;
        }
        Ok(Some((&self.buf[from..end], &self.buf[line..next])))
    }

    /// Whole lines not yet returned, as they stand in the buffer (newlines
    /// included; the last line of the input may lack its own): up to `max`
    /// bytes, but at least one line however long. Empty at the end of the
    /// input. They stay unread until [`LineReader::skip`] says how many
    /// bytes were taken.
    pub(crate) fn whole_lines(&mut self, max: usize) -> io::Result<&[u8]> {
        let newline = loop {
            if let Some(at) = memchr::memchr(b'\n', &self.buf[self.scanned..self.end]) {
                break self.scanned + at;
            }
            self.scanned = self.end;
            if self.eof || !self.fill()? {
                self.eof = true;
                return Ok(&self.buf[self.start..self.end]);
            }
        };
        let limit = self.end.min(self.start + max);
        let cut = match memchr::memrchr(b'\n', &self.buf[newline..limit.max(newline)]) {
            Some(last) => newline + last + 1,
            None => newline + 1,
        };
        Ok(&self.buf[self.start..cut])
    }

    /// Take `bytes` bytes of [`LineReader::whole_lines`], holding `lines`
    /// lines.
    pub(crate) fn skip(&mut self, bytes: usize, lines: u64) {
        self.start += bytes;
        self.line = self.start;
        self.scanned = self.scanned.max(self.start);
        self.number += lines;
    }

    /// Read more into the buffer, keeping the line not yet returned; false
    /// at the end of the input.
    fn fill(&mut self) -> io::Result<bool> {
        // Keep what is not returned yet (the last line returned is dropped:
        // raw_line() is only asked for before the next call).
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.scanned -= self.start;
            self.line = 0;
            self.start = 0;
        }
        // Reads of at least READ_BUFFER bytes go past a BufReader's own
        // buffer, straight into this one.
        if self.buf.len() - self.end < self.read_size {
            // Room for one more read; a line longer than that (the part kept)
            // doubles the buffer, so that a huge line is not copied over and
            // over as it grows.
            let doubled = if self.end > self.read_size { 2 * self.buf.len() } else { 0 };
            let size = (self.end + self.read_size).max(doubled);
            self.buf.resize(size, 0);
        }
        loop {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(0) => return Ok(false),
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// The raw bytes of the line last returned, newline included: what
    /// `--rejects` keeps verbatim.
    pub fn raw_line(&self) -> &[u8] {
        &self.buf[self.line..self.start]
    }
}

/// Where output goes: stdout, or a file written atomically (a temp file in the
/// same directory, renamed over the target only when everything was written).
pub struct Output {
    writer: BufWriter<Box<dyn Write>>,
    pending: Option<(tempfile::TempPath, PathBuf)>,
}

impl Output {
    /// `None` or `-` is stdout.
    pub fn create(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Self::stdout()),
            Some(p) if p.as_os_str() == "-" => Ok(Self::stdout()),
            Some(p) => {
                let dir = match p.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let name = p.display().to_string();
                let mut builder = tempfile::Builder::new();
                builder.prefix(".kz-partial-");
                // Not the temp file's 0600: a new file gets the usual mode
                // (0666 less the umask), a replaced one keeps its own.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let mode = std::fs::metadata(p).map(|m| m.permissions().mode() & 0o7777).unwrap_or(0o666);
                    builder.permissions(std::fs::Permissions::from_mode(mode));
                }
                let tmp = builder.tempfile_in(dir).map_err(|e| Error::io(&name, e))?;
                let (file, temp_path) = tmp.into_parts();
                Ok(Output {
                    writer: BufWriter::with_capacity(WRITE_BUFFER, Box::new(file)),
                    pending: Some((temp_path, p.to_path_buf())),
                })
            }
        }
    }

    pub fn stdout() -> Output {
        Output {
            writer: BufWriter::with_capacity(WRITE_BUFFER, Box::new(io::stdout().lock())),
            pending: None,
        }
    }

    /// An output into any writer (tests stand in for stdout with it).
    pub(crate) fn from_writer(writer: impl Write + 'static) -> Output {
        Output { writer: BufWriter::with_capacity(WRITE_BUFFER, Box::new(writer)), pending: None }
    }

    /// Flush, and put a file output in place. Without this call a file
    /// output is discarded and the old file (if any) stays as it was.
    pub fn finish(mut self) -> Result<()> {
        self.writer.flush()?;
        if let Some((temp, target)) = self.pending.take() {
            let name = target.display().to_string();
            // Data must reach the disk before the rename makes it visible.
            if let Ok(file) = File::open(&temp) {
                let _ = file.sync_all();
            }
            temp.persist(&target).map_err(|e| Error::io(name, e.error))?;
        }
        Ok(())
    }
}

// Inlined: records are written field by field, and whether the call to the
// buffer was inlined otherwise changed with the size of the tool's own code
// (2-3% of kz-timeline --annotate's instructions).
impl Write for Output {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer.write(buf)
    }
    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer.write_all(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(bytes: &[u8]) -> Vec<Vec<u8>> {
        let mut r = LineReader::new(bytes);
        let mut out = Vec::new();
        while let Some(l) = r.next_line().unwrap() {
            out.push(l.to_vec());
        }
        out
    }

    #[test]
    fn strips_newlines_crlf_and_a_leading_bom() {
        assert_eq!(lines(b"\xEF\xBB\xBFa\r\nb\nc"), vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]);
        assert_eq!(lines(b"x\n\ny\n"), vec![b"x".to_vec(), b"".to_vec(), b"y".to_vec()]);
        assert!(lines(b"").is_empty());
    }

    #[test]
    fn a_bom_after_the_first_line_is_kept() {
        assert_eq!(lines(b"a\n\xEF\xBB\xBFb")[1], b"\xEF\xBB\xBFb".to_vec());
    }

    #[cfg(unix)]
    #[test]
    fn output_files_get_the_usual_mode_and_replaced_ones_keep_theirs() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        let out = Output::create(Some(&path)).unwrap();
        out.finish().unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        // 0666 less the umask, as a shell redirection would create it.
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        if let Some(umask) = status.lines().find_map(|l| l.strip_prefix("Umask:")) {
            let umask = u32::from_str_radix(umask.trim(), 8).unwrap();
            assert_eq!(mode, 0o666 & !umask, "{mode:o}");
        }
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let out = Output::create(Some(&path)).unwrap();
        out.finish().unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
    }

    #[test]
    fn dash_and_nothing_mean_stdin() {
        assert_eq!(Input::list(&[]), vec![Input::Stdin]);
        assert_eq!(Input::list(&["-".into(), "a".into()]), vec![Input::Stdin, Input::Path("a".into())]);
    }

    #[test]
    fn file_output_appears_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.jsonl");
        std::fs::write(&target, "old\n").unwrap();
        {
            let mut out = Output::create(Some(&target)).unwrap();
            out.write_all(b"new\n").unwrap();
            out.flush().unwrap();
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
            // dropped without finish(): the old file stays, no temp file is left
        }
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        let mut out = Output::create(Some(&target)).unwrap();
        out.write_all(b"new\n").unwrap();
        out.finish().unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new\n");
    }
}
