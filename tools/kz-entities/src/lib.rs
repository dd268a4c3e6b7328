//! kz-entities: Find people, organisations, places and groups, with canonical names and coordinates.
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in this library:
//! [`tokens`] splits a text into words, [`skeleton`] reduces each word to a
//! transliteration key, [`gazetteer`] holds the embedded knowledge and finds
//! known names, [`recognize`] is the language-neutral engine that finds
//! the mentions of a text, [`lang`] holds what is particular to a language
//! (the rules that type the names no list has), and
//! [`annotate`] turns mentions into the `entities` field of a record.

pub mod annotate;
pub mod cli;
pub mod gazetteer;
pub mod lang;
pub mod recognize;
pub mod skeleton;
pub mod tokens;
mod wordset;
