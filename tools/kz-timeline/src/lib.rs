//! kz-timeline: resolve dates against the publication date and build a
//! timeline that reconciles sources.
//!
//! - [`annotate`]: time expressions of a sentence, resolved (`--annotate`);
//! - [`timeline`]: one entry per date, with the claims of every outlet (`--by date`);
//! - [`incident`]: one record per incident, its tolls reconciled (`--by incident`);
//! - [`render`]: incident records as GeoJSON, ACLED and GED CSV, and an HTML report;
//! - [`civil`]: hand-written calendar arithmetic (no clock, deterministic);
//! - [`holidays`]: the holiday table of the region, with its sources.
//!
//! The binary is a thin wrapper around [`cli::run`].

pub mod annotate;
pub mod civil;
pub mod cli;
pub mod holidays;
pub mod incident;
pub mod render;
pub mod timeline;
