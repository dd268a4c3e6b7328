//! One error type, printed once as `tool: message`, carrying its exit code.
//!
//! Exit codes: 0 success (also after a closed output pipe), 1 bad data or I/O,
//! 2 usage (clap uses 2 for its own errors too).

use std::fmt;
use std::io;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

pub type Result<T, E = Error> = std::result::Result<T, E>;

pub const EXIT_DATA: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

#[derive(Debug)]
pub enum Error {
    /// Bad input at a known place: `input:line: message`.
    Data { input: String, line: u64, message: String },
    /// An I/O failure on a named file or stream.
    Io { what: String, source: io::Error },
    /// Options that make no sense together, or a value clap could not check.
    Usage(String),
    /// Anything else worth stopping for.
    Other(String),
}

impl Error {
    pub fn data(input: impl Into<String>, line: u64, message: impl Into<String>) -> Self {
        Error::Data { input: input.into(), line, message: message.into() }
    }

    pub fn io(what: impl Into<String>, source: io::Error) -> Self {
        Error::Io { what: what.into(), source }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => EXIT_USAGE,
            _ => EXIT_DATA,
        }
    }

    /// True when the error is only the reader of our output going away
    /// (`kz-split big.txt | head -1`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Data { input, line, message } => write!(f, "{input}:{line}: {message}"),
            Error::Io { what, source } => write!(f, "{what}: {source}"),
            Error::Usage(m) | Error::Other(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    /// Unnamed I/O errors come from writing our output (stdout or `-o`).
    fn from(source: io::Error) -> Self {
        Error::Io { what: "output".into(), source }
    }
}

static TOOL: OnceLock<String> = OnceLock::new();

/// The name messages start with (`kz-split: …`).
pub fn tool_name() -> &'static str {
    TOOL.get().map(String::as_str).unwrap_or("kz")
}

static QUIET: AtomicBool = AtomicBool::new(false);

/// `--quiet`: warnings are no longer printed (errors still are).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Print a warning as `tool: warning: message`, unless `--quiet`; the work goes on.
pub fn warn(message: impl fmt::Display) {
    if !QUIET.load(Ordering::Relaxed) {
        eprintln!("{}: warning: {message}", tool_name());
    }
}

/// Run a tool's body and turn its result into an exit code: errors are
/// printed once as `tool: message`; a closed output pipe ends quietly with 0.
pub fn run(tool: &str, body: impl FnOnce() -> Result<()>) -> ExitCode {
    let _ = TOOL.set(tool.to_string());
    match body() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{tool}: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_errors_name_input_and_line() {
        let e = Error::data("news.jsonl", 7, "not JSON");
        assert_eq!(e.to_string(), "news.jsonl:7: not JSON");
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(Error::Usage("bad".into()).exit_code(), 2);
    }

    #[test]
    fn broken_pipe_is_recognised_and_other_io_is_not() {
        let pipe = Error::from(io::Error::from(io::ErrorKind::BrokenPipe));
        assert!(pipe.is_broken_pipe());
        let other = Error::io("a.txt", io::Error::from(io::ErrorKind::NotFound));
        assert!(!other.is_broken_pipe());
        assert_eq!(run("kz-test", || Err(pipe)), ExitCode::SUCCESS);
    }
}
