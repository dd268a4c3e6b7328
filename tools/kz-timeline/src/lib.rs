//! kz-timeline: Resolve dates against the publication date and build a timeline that reconciles sources.
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in this library.

pub mod cli;
