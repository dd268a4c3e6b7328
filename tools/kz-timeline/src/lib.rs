//! kz-timeline: resolve dates against the publication date and build a
//! timeline that reconciles sources.
//!
//! - [`annotate`]: time expressions of a sentence, resolved (`--annotate`);
//! - `dates`: what the date reader knows of each language (English,
//!   Russian): patterns, words, tense;
//! - [`timeline`]: one entry per date, with the claims of every outlet (`--by date`);
//! - [`incident`]: one record per incident, its tolls reconciled (`--by incident`);
//! - [`checks`]: documents kept together, fields in the right shape, `published` read;
//! - [`render`]: incident records as GeoJSON, ACLED and GED CSV, and an HTML report;
//! - [`civil`]: hand-written calendar arithmetic (no clock, deterministic);
//! - [`holidays`]: the holiday table of the region, with its sources.
//!
//! The binary is a thin wrapper around [`cli::run`].

pub mod annotate;
pub mod checks;
pub mod civil;
pub mod cli;
mod dates;
pub mod holidays;
pub mod incident;
mod items;
pub mod render;
pub mod timeline;
mod view;
