//! kz-numbers: Find numbers, quantities with units, and casualty claims (killed, injured, detained).
//!
//! The binary is a thin wrapper around [`cli::run`]; the work lives in this library.

pub mod cli;
