//! kz-dedupe: find exact and near-duplicate records (syndicated articles,
//! repeated sentences).
//!
//! - [`text`]: normalised words of a key, hashed without building strings.
//! - [`canon`]: what a word is read as (number words as digits, units as
//!   their short form, British spellings as American ones), from the word
//!   lists of [`lang`].
//! - [`tags`]: agency tags and datelines at the start and end of a story,
//!   left out before the words are read.
//! - [`sketch`]: bottom-k sketches (confirmation) and MinHash LSH band keys
//!   (candidates, by densified one-permutation hashing).
//! - [`index`]: the flat LSH table of band key → kept records.
//! - [`reach`]: the least shared sketch values a candidate needs, as a
//!   table (no division per candidate).
//! - [`engine`]: the streaming deduplicator (groups around their first record).
//! - [`keys`]: `--emit-keys` / `--from-keys`, for an external candidate search.
//!
//! The binary is a thin wrapper around [`cli::run`], which reads records
//! and computes their features in a thread of their own
//! ([`kz_shared::stream::ReadAhead`]) and compares them in order in its own.

pub mod canon;
pub mod cli;
pub mod engine;
pub mod index;
pub mod keys;
pub mod lang;
pub mod reach;
pub mod sketch;
pub mod tags;
pub mod text;
