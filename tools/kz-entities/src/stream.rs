//! The read-annotate-write loop, in three threads: one reads and parses
//! records, this one annotates them in order (names are remembered per
//! document, so the order matters), and one serialises and writes them.
//! Parsing and writing JSON cost about as much as finding the names, so on
//! two cores this nearly halves the wall time of a run.

use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::thread;

use kz_shared::io::Output;
use kz_shared::record::{write_record, TextField};
use kz_shared::{CommonArgs, Error, Record, RecordReader, Result};
use serde_json::Value;

/// Records travel in batches, to keep the channels cheap.
const BATCH: usize = 256;
/// Batches in flight between two threads.
const DEPTH: usize = 8;

enum ToWriter {
    Batch(Vec<Record>),
    /// Everything was read: the output may be put in place.
    Done,
}

/// Reads and parses records; a bad line ends the stream with its error.
fn read_records(args: CommonArgs, tx: SyncSender<Result<Vec<Record>>>) {
    let result = (|| -> Result<()> {
        let mut reader = RecordReader::open(&args)?;
        let mut batch = Vec::with_capacity(BATCH);
        while let Some(record) = reader.next_record()? {
            batch.push(record);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if tx.send(Ok(full)).is_err() {
                    return Ok(());
                }
            }
        }
        if !batch.is_empty() && tx.send(Ok(batch)).is_err() {
            return Ok(());
        }
        reader.finish()?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = tx.send(Err(e));
    }
}

/// Writes records; the output is put in place only on `Done`.
fn write_records(output: Option<std::path::PathBuf>, rx: Receiver<ToWriter>) -> Result<()> {
    let mut out = Output::create(output.as_deref())?;
    for message in rx {
        match message {
            ToWriter::Batch(batch) => {
                for record in &batch {
                    write_record(&mut out, record)?;
                }
            }
            ToWriter::Done => return out.finish(),
        }
    }
    // Reading stopped on an error: leave any old output file alone.
    Ok(())
}

/// Like `kz_shared::record::annotate_stream`, with reading and writing in
/// their own threads.
pub fn annotate_stream_threaded(
    args: &CommonArgs,
    mut annotate: impl FnMut(&mut Record, Option<&str>),
) -> Result<()> {
    let (read_tx, read_rx) = sync_channel::<Result<Vec<Record>>>(DEPTH);
    let (write_tx, write_rx) = sync_channel::<ToWriter>(DEPTH);
    let reader_args = args.clone();
    let reader = thread::spawn(move || read_records(reader_args, read_tx));
    let output = args.output.clone();
    let writer = thread::spawn(move || write_records(output, write_rx));

    let mut field = TextField::new(&args.field);
    // Ok(true): all read and annotated; Ok(false): the writer hung up.
    let annotated = (|| -> Result<bool> {
        for batch in read_rx.iter() {
            let mut batch = batch?;
            for record in &mut batch {
                // Take the text out while the record is edited; put it back after.
                let text = match field.get(record) {
                    Some(_) => match record.get_mut(&args.field) {
                        Some(Value::String(s)) => Some(std::mem::take(s)),
                        _ => None,
                    },
                    None => None,
                };
                annotate(record, text.as_deref());
                if let Some(text) = text {
                    if let Some(Value::String(s)) = record.get_mut(&args.field) {
                        *s = text;
                    }
                }
            }
            if write_tx.send(ToWriter::Batch(batch)).is_err() {
                return Ok(false);
            }
        }
        Ok(true)
    })();

    let join = |handle: thread::JoinHandle<Result<()>>| {
        handle.join().unwrap_or_else(|_| Err(Error::io("output", std::io::Error::other("writer failed"))))
    };
    match annotated {
        Ok(true) => {
            let _ = reader.join();
            field.finish();
            // If the writer has already failed, its error is the one to report.
            let _ = write_tx.send(ToWriter::Done);
            drop(write_tx);
            join(writer)
        }
        Ok(false) => {
            drop(write_tx);
            drop(read_rx);
            let _ = reader.join();
            join(writer)
        }
        Err(e) => {
            drop(write_tx);
            drop(read_rx);
            let _ = reader.join();
            let _ = join(writer);
            Err(e)
        }
    }
}
