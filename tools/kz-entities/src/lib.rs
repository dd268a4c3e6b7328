//! kz-entities: Find people, organisations, places and groups, with canonical names and coordinates.
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in this library.

pub mod cli;
