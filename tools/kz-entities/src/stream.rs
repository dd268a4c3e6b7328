//! The read-annotate-write loop, in two threads: this one reads, parses and
//! annotates records in order (names are remembered per document, so the
//! order matters); a second one serialises and writes them. On two cores
//! this nearly halves the wall time of a run.

use std::sync::mpsc::sync_channel;
use std::thread;

use kz_shared::io::Output;
use kz_shared::record::{write_record, TextField};
use kz_shared::{CommonArgs, Error, Record, RecordReader, Result};
use serde_json::Value;

/// Records go to the writer in batches, to keep the channel cheap.
const BATCH: usize = 256;

enum Message {
    Batch(Vec<Record>),
    /// Everything was read: the output may be put in place.
    Done,
}

/// Like `kz_shared::record::annotate_stream`, with the writing in a thread.
pub fn annotate_stream_threaded(
    args: &CommonArgs,
    mut annotate: impl FnMut(&mut Record, Option<&str>),
) -> Result<()> {
    let mut reader = RecordReader::open(args)?;
    let path = args.output.clone();
    let (tx, rx) = sync_channel::<Message>(16);
    let writer = thread::spawn(move || -> Result<()> {
        let mut out = Output::create(path.as_deref())?;
        for message in rx {
            match message {
                Message::Batch(batch) => {
                    for record in &batch {
                        write_record(&mut out, record)?;
                    }
                }
                Message::Done => return out.finish(),
            }
        }
        // The reader stopped on an error: leave any old output file alone.
        Ok(())
    });

    let mut field = TextField::new(&args.field);
    let read = (|| -> Result<bool> {
        let mut batch = Vec::with_capacity(BATCH);
        while let Some(mut record) = reader.next_record()? {
            // Take the text out while the record is edited; put it back after.
            let text = match field.get(&record) {
                Some(_) => match record.get_mut(&args.field) {
                    Some(Value::String(s)) => Some(std::mem::take(s)),
                    _ => None,
                },
                None => None,
            };
            annotate(&mut record, text.as_deref());
            if let Some(text) = text {
                if let Some(Value::String(s)) = record.get_mut(&args.field) {
                    *s = text;
                }
            }
            batch.push(record);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if tx.send(Message::Batch(full)).is_err() {
                    return Ok(false);
                }
            }
        }
        if !batch.is_empty() && tx.send(Message::Batch(batch)).is_err() {
            return Ok(false);
        }
        Ok(true)
    })();

    let join = |writer: thread::JoinHandle<Result<()>>| {
        writer.join().unwrap_or_else(|_| Err(Error::io("output", std::io::Error::other("writer failed"))))
    };
    match read {
        Ok(true) => {
            field.finish();
            reader.finish()?;
            // If the writer has already failed, its error is the one to report.
            let _ = tx.send(Message::Done);
            drop(tx);
            join(writer)
        }
        Ok(false) => {
            drop(tx);
            join(writer)
        }
        Err(e) => {
            drop(tx);
            let _ = join(writer);
            Err(e)
        }
    }
}
