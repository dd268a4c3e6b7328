//! kz-split: Split raw articles (text, JSON Lines, CSV) into documents, paragraphs or sentences with metadata.
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in this library.

pub mod cli;
