//! Renderers of the incident records for the tools analysts look with: a
//! map file ([`geojson`]), the datasets' own CSV layouts ([`acled`], [`ged`])
//! and a one-page HTML report ([`html`]).
//!
//! They read incident records *as their documented JSON* (the lines that
//! `--by incident` writes; for GeoJSON also the entries of `--by date`),
//! not the incident module's types: the same code renders a fresh run and
//! a saved or hand-corrected incidents file (`--from incidents`).
//!
//! - [`fields`]: lenient accessors of the JSON, numbers as written;
//! - [`tolls`]: one figure per event from the claims of each class, and the
//!   most conservative of them;
//! - [`regions`]: the region (admin1) of a place, from `data/admin1.tsv`;
//! - [`chart`] and [`map`]: the SVG of the report.
//!
//! All but the report stream their output; the report writes each card as
//! its incident comes and holds the page until the end (the map and index
//! come first).

pub mod acled;
pub(crate) mod chart;
pub(crate) mod fields;
pub mod ged;
pub mod geojson;
pub mod html;
pub(crate) mod map;
pub(crate) mod regions;
pub mod table;
pub(crate) mod tolls;

use std::io::Write;

use kz_shared::{Error, Record, Result};
use serde_json::Value;

/// What to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An RFC 7946 FeatureCollection.
    Geojson,
    /// The columns of an ACLED export.
    Acled,
    /// The columns of UCDP GED.
    Ged,
    /// A single self-contained HTML page.
    Html,
}

/// Which records the renderer gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Incident records (`--by incident`).
    Incident,
    /// Date entries (`--by date`): GeoJSON only.
    Date,
}

impl Kind {
    /// Whether this kind renders records of `view`.
    pub fn supports(self, view: View) -> bool {
        view == View::Incident || self == Kind::Geojson
    }
}

enum State {
    Geojson(geojson::Writer),
    Table(table::Writer),
    Html(Box<html::Page>),
}

/// Renders records one at a time (all but the report stream them out).
pub struct Renderer {
    view: View,
    state: State,
    /// Coordinates of the places the sentence records name, for the date
    /// entries (which give only names).
    places: geojson::PlaceIndex,
}

impl Renderer {
    pub fn new(kind: Kind, view: View) -> Renderer {
        let state = match kind {
            Kind::Geojson => State::Geojson(geojson::Writer::new(view)),
            Kind::Acled => State::Table(table::Writer::new(&acled::HEADER, acled::row)),
            Kind::Ged => State::Table(table::Writer::new(&ged::HEADER, ged::row)),
            Kind::Html => State::Html(Box::default()),
        };
        Renderer { view, state, places: geojson::PlaceIndex::default() }
    }

    /// Note what a sentence record says of its places (used by the GeoJSON
    /// of `--by date` only; a no-op otherwise).
    pub fn observe(&mut self, record: &Record) {
        if self.view == View::Date && matches!(self.state, State::Geojson(_)) {
            self.places.observe(record);
        }
    }

    /// Whether [`Renderer::observe`] does anything.
    pub fn observes(&self) -> bool {
        self.view == View::Date && matches!(self.state, State::Geojson(_))
    }

    /// Render one record. A record that is not of the expected kind is an
    /// [`Error::Other`] naming what is missing.
    pub fn record(&mut self, record: Value, out: &mut dyn Write) -> Result<()> {
        check(&record, self.view)?;
        match &mut self.state {
            State::Geojson(w) => w.record(&record, &self.places, out),
            State::Table(w) => w.record(&record, out),
            State::Html(page) => {
                page.add(&record);
                Ok(())
            }
        }
    }

    /// Write what is still held and the end of the document.
    pub fn finish(self, out: &mut dyn Write) -> Result<()> {
        match self.state {
            State::Geojson(w) => w.finish(out),
            State::Table(w) => w.finish(out),
            State::Html(page) => page.finish(out),
        }
    }
}

/// A record of the wrong kind (sentences given to `--from incidents`, or
/// an entry of `--by date` given as an incident) stops the run.
fn check(record: &Value, view: View) -> Result<()> {
    let Some(obj) = record.as_object() else {
        return Err(Error::Other("not a JSON object".into()));
    };
    let (key, what) = match view {
        View::Incident => ("incident", "an incident record (kz-timeline --by incident)"),
        View::Date => ("date", "a date entry (kz-timeline --by date)"),
    };
    if !obj.contains_key(key) || !obj.get("claims").is_some_and(Value::is_array) {
        return Err(Error::Other(format!("not {what}: it has no `{key}` or no `claims` array")));
    }
    Ok(())
}

/// A writer that hands each complete JSON line written to it to a
/// [`Renderer`]: the JSONL writer of a view writes into it, and the
/// renderer's output goes to `out`.
pub struct Lines<'a> {
    renderer: &'a mut Renderer,
    out: &'a mut dyn Write,
    buf: Vec<u8>,
    error: Option<Error>,
}

impl<'a> Lines<'a> {
    pub fn new(renderer: &'a mut Renderer, out: &'a mut dyn Write) -> Lines<'a> {
        Lines { renderer, out, buf: Vec::new(), error: None }
    }

    /// The error a line met, if any (the writer reports it as an I/O error).
    pub fn finish(mut self) -> Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        if !self.buf.iter().all(u8::is_ascii_whitespace) {
            let line = std::mem::take(&mut self.buf);
            self.line(&line)?;
        }
        Ok(())
    }

    fn line(&mut self, line: &[u8]) -> Result<()> {
        let value: Value = serde_json::from_slice(line).map_err(|e| Error::Other(e.to_string()))?;
        self.renderer.record(value, self.out)
    }
}

impl Write for Lines<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        // Only the new bytes are searched: the view writes a line in many
        // small pieces.
        let mut rest = bytes;
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            self.buf.extend_from_slice(&rest[..end]);
            rest = &rest[end + 1..];
            let line = std::mem::take(&mut self.buf);
            let done = self.line(&line);
            self.buf = line;
            self.buf.clear();
            if let Err(e) = done {
                let message = e.to_string();
                self.error = Some(e);
                return Err(std::io::Error::other(message));
            }
        }
        self.buf.extend_from_slice(rest);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests;
