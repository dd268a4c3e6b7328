//! The record contract every kz tool shares.
//!
//! - [`record`]: a record is a JSON object whose fields keep their order and,
//!   until a tool reads or sets them, their exact text ([`Record`] parses a
//!   field only when asked for it), so fields a tool does not know pass through
//!   untouched; [`record::RecordReader`] streams records from files or stdin
//!   with line numbers, rejects and errors.
//! - [`stream`]: [`stream::annotate_stream`], the whole read-annotate-write loop
//!   of a tool that adds fields (reading and writing in their own threads), and
//!   [`stream::ReadAhead`], records read and prepared ahead in a thread for a
//!   tool that must decide in order (kz-dedupe).
//! - [`io`]: inputs (`-` or nothing is stdin), a reusable line reader, and an
//!   output that is stdout or a file replaced atomically.
//! - [`cli`]: the options every tool takes (`FILE…`, `-o`, `--field`, `--rejects`).
//! - [`error`]: one error type carrying its exit code, and [`error::run`], which
//!   prints it once as `tool: message` and ends quietly on a closed pipe.
//! - [`offsets`]: byte ↔ character offsets (records count characters, as jq and Python do).
//! - [`json`]: JSON strings and integers appended to a buffer, byte for byte as
//!   serde_json writes them, for the fields a tool writes on its hot path.
//! - [`words`]: month and weekday names and number words, read alike by every
//!   tool, in English and ([`words::ru`]) Russian.
//! - [`doc_order`]: notices a document whose records are not together.
//! - [`problems`]: fields in the wrong shape, counted and warned about once
//!   a kind (or an error with `--strict`).
//! - [`progress`]: a progress line at a terminal on long runs.
//! - [`lang`]: the language of a text (`lang` field), so tools pick their rules.
//! - [`fxhash`]: a fast hash for the tools' internal maps.

pub mod cli;
pub mod doc_order;
pub mod error;
pub mod fxhash;
pub mod io;
pub mod json;
pub mod lang;
mod object;
pub mod offsets;
pub mod problems;
pub mod progress;
pub mod record;
mod scan;
pub mod stream;
mod utf8;
pub mod words;

pub use cli::CommonArgs;
pub use error::{Error, Result};
pub use record::{Record, RecordReader};
