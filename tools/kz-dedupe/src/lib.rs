//! kz-dedupe: find exact and near-duplicate records (syndicated articles,
//! repeated sentences).
//!
//! - [`text`]: normalised words of a key, hashed without building strings.
//! - [`sketch`]: bottom-k sketches (confirmation) and MinHash LSH band keys
//!   (candidates).
//! - [`index`]: the flat LSH table of band key → kept records.
//! - [`engine`]: the streaming deduplicator (groups around their first record).
//! - [`keys`]: `--emit-keys` / `--from-keys`, for an external candidate search.
//!
//! The binary is a thin wrapper around [`cli::run`].

pub mod cli;
pub mod engine;
pub mod index;
pub mod keys;
pub mod sketch;
pub mod text;
