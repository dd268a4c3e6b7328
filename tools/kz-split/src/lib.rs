//! kz-split: split raw articles (text, JSON Lines, CSV) into documents,
//! paragraphs or sentences with metadata.
//!
//! - [`inputs`]: reading the three input formats, one document at a time;
//! - [`layout`]: metadata lines (headline, byline, date line, wire dateline,
//!   URLs), boilerplate and paragraphs of one document;
//! - [`dateline`]: wire datelines (place, date, agency) before the text;
//! - [`boilerplate`]: matching lines against site boilerplate patterns;
//! - [`dates`]: dates as news sites print them;
//! - [`lang`]: what is particular to each language (abbreviations, words
//!   that open sentences, boilerplate, date-line labels), one file each;
//! - [`sentences`]: sentence boundaries inside a paragraph;
//! - [`units`]: documents to JSON records (written with `kz_shared::json`);
//! - [`parallel`]: splitting on every core, output in input order;
//! - [`scan`]: byte searches on short haystacks.
//!
//! The binary is a thin wrapper around [`cli::run`].

pub mod boilerplate;
pub mod cli;
pub mod dateline;
pub mod dates;
pub mod inputs;
pub mod lang;
pub mod layout;
pub mod parallel;
pub mod scan;
pub mod sentences;
pub mod units;
