//! kz-dedupe: Find exact and near-duplicate records (syndicated articles, repeated sentences).
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in this library.

pub mod cli;
