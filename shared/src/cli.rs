//! The options every kz tool takes. Tools flatten [`CommonArgs`] into their
//! own clap definition, so the names, help and behaviour are the same everywhere.

use std::path::PathBuf;

use clap::Args;

#[derive(Args, Debug, Clone, Default)]
pub struct CommonArgs {
    /// Input files; `-` or none reads standard input
    #[arg(value_name = "FILE")]
    pub inputs: Vec<PathBuf>,

    /// Write to FILE instead of standard output; the file is replaced only
    /// when the run succeeds (written to a temporary file, then renamed)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// The field that holds the text to read
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub field: String,

    /// Write bad input lines verbatim to FILE and go on, instead of stopping
    /// at the first one
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,

    /// Print no warnings and no closing summary (errors are still printed)
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Stop at the first record with a field in the wrong shape (a `numbers`
    /// that is not an array, a `published` that is not a date…) instead of
    /// warning and going on
    #[arg(long)]
    pub strict: bool,

    /// Print a closing summary on standard error (records read, with
    /// replaced characters, rejected), also when nothing went wrong
    #[arg(long)]
    pub stats: bool,
}

/// The part of every tool's `--help` that explains input errors and exit codes.
pub const EXIT_STATUS_HELP: &str = "\
Exit status: 0 on success (also when the reader of the output goes away, as
with `| head`); 1 on bad input or an I/O error, reported as TOOL: FILE:LINE:
WHAT; 2 on a usage error. With --rejects FILE, bad lines are written to FILE
unchanged and the run goes on.";
