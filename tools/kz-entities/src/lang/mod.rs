//! What is particular to a language: word lists, patterns and rules. The
//! engine ([`crate::recognize`]) is language-neutral and asks the module of
//! the record's language to find and type the names no list has.

pub mod en;
pub mod ru;
