//! The CSV writer of the datasets' own layouts (`--schema acled`, `--schema
//! ged`): the header once, then one row per incident; a run without
//! incidents still gets the header.

use std::io::Write;

use kz_shared::{Error, Result};
use serde_json::Value;

pub struct Writer {
    header: &'static [&'static str],
    row: fn(&Value) -> Vec<String>,
    wrote_header: bool,
}

impl Writer {
    pub fn new(header: &'static [&'static str], row: fn(&Value) -> Vec<String>) -> Writer {
        Writer { header, row, wrote_header: false }
    }

    pub fn record(&mut self, inc: &Value, out: &mut dyn Write) -> Result<()> {
        let mut w = csv::Writer::from_writer(Vec::new());
        if !self.wrote_header {
            w.write_record(self.header).map_err(csv_error)?;
            self.wrote_header = true;
        }
        w.write_record((self.row)(inc)).map_err(csv_error)?;
        out.write_all(&w.into_inner().map_err(|e| Error::Other(e.to_string()))?)?;
        Ok(())
    }

    pub fn finish(self, out: &mut dyn Write) -> Result<()> {
        if !self.wrote_header {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(self.header).map_err(csv_error)?;
            out.write_all(&w.into_inner().map_err(|e| Error::Other(e.to_string()))?)?;
        }
        Ok(())
    }
}

fn csv_error(e: csv::Error) -> Error {
    Error::Other(e.to_string())
}
