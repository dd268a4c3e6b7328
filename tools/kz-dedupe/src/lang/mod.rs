//! What is particular to a language: the words that republishers write in
//! more than one way, and what each is read as. The engine ([`crate::canon`])
//! builds its tables from these; a further language goes beside them.

pub mod agencies;
pub mod en;
pub mod ru;
