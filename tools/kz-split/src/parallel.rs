//! Splitting on every core while output keeps the input's order.
//!
//! The main thread reads documents and writes output; worker threads turn
//! batches of documents into JSON lines. Batches are numbered and written in
//! that order. At most a few batches are in flight at once, so memory stays
//! flat whatever the size of the input; their output buffers go back to the
//! workers once written, instead of being allocated and grown afresh.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use kz_shared::{Error, Result};

use crate::inputs::Item;
use crate::units::{write_passthrough, Splitter, Streamed};

/// Text bytes gathered before a batch is handed to a worker.
const BATCH_BYTES: usize = 256 * 1024;
const BATCH_ITEMS: usize = 512;
/// Output buffers up to this size are reused from batch to batch.
const SPARE_MAX: usize = 4 * 1024 * 1024;
/// Documents larger than this are split on the main thread and written as
/// they go, so that their output is never held in memory whole.
const LARGE_DOCUMENT: usize = 4 * 1024 * 1024;

/// A batch: its number, its items, and an emptied output buffer to fill
/// (handed back and forth, so batches do not grow fresh buffers).
type Job = (u64, Vec<Item>, Vec<u8>);
type Done = (u64, std::result::Result<Vec<u8>, String>);

pub struct Pool {
    jobs: Option<SyncSender<Job>>,
    done: Receiver<Done>,
    workers: Vec<JoinHandle<()>>,
    batch: Vec<Item>,
    batch_bytes: usize,
    sent: u64,
    written: u64,
    ready: BTreeMap<u64, Vec<u8>>,
    /// Output buffers already written, emptied, for the next batches.
    spare: Vec<Vec<u8>>,
    max_in_flight: u64,
    /// Set once writing or a worker failed: the error went to the caller,
    /// and what is still in flight is dropped, never waited for.
    failed: bool,
    /// The main thread's own splitter, for large documents.
    local: Splitter,
}

fn run_batch(splitter: &mut Splitter, items: Vec<Item>, mut out: Vec<u8>) -> io::Result<Vec<u8>> {
    for item in items {
        match item {
            Item::Doc(doc) => splitter.write(&doc, &mut out)?,
            Item::PassThrough(record) => write_passthrough(&mut out, &record)?,
        }
    }
    Ok(out)
}

fn worker(jobs: Arc<Mutex<Receiver<Job>>>, done: Sender<Done>, mut splitter: Splitter) {
    loop {
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, items, out)) = job else {
            return;
        };
        let result =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_batch(&mut splitter, items, out)));
        let result = match result {
            Ok(Ok(bytes)) => Ok(bytes),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("internal error while splitting a document".to_string()),
        };
        if done.send((seq, result)).is_err() {
            return;
        }
    }
}

impl Pool {
    /// `threads` workers, each with a splitter made by `make`.
    pub fn new(threads: usize, make: impl Fn() -> Splitter) -> Pool {
        let threads = threads.max(1);
        let (job_tx, job_rx) = mpsc::sync_channel::<Job>(threads);
        let (done_tx, done_rx) = mpsc::channel::<Done>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let workers = (0..threads)
            .map(|_| {
                let jobs = Arc::clone(&job_rx);
                let done = done_tx.clone();
                let splitter = make();
                std::thread::spawn(move || worker(jobs, done, splitter))
            })
            .collect();
        Pool {
            jobs: Some(job_tx),
            done: done_rx,
            workers,
            batch: Vec::new(),
            batch_bytes: 0,
            sent: 0,
            written: 0,
            ready: BTreeMap::new(),
            spare: Vec::new(),
            max_in_flight: 2 * threads as u64 + 1,
            failed: false,
            local: make(),
        }
    }

    /// Queue one item; full batches go to the workers.
    pub fn push(&mut self, item: Item, out: &mut impl Write) -> Result<()> {
        if let Item::Doc(doc) = &item {
            if doc.text.len() > LARGE_DOCUMENT {
                // Everything before it goes out first, in order.
                self.send_batch(out)?;
                while self.written < self.sent {
                    self.receive(out, true)?;
                }
                let mut sink = Streamed::new(out);
                let result = self.local.write(doc, &mut sink).and_then(|()| sink.finish());
                self.failed |= result.is_err();
                return Ok(result?);
            }
        }
        self.batch_bytes += match &item {
            Item::Doc(doc) => doc.text.len() + 64,
            Item::PassThrough(_) => 64,
        };
        self.batch.push(item);
        if self.batch_bytes >= BATCH_BYTES || self.batch.len() >= BATCH_ITEMS {
            self.send_batch(out)?;
        }
        Ok(())
    }

    fn send_batch(&mut self, out: &mut impl Write) -> Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        while self.sent - self.written >= self.max_in_flight {
            self.receive(out, true)?;
        }
        let next = Vec::with_capacity(self.batch.len());
        let items = std::mem::replace(&mut self.batch, next);
        // Records take about three times the bytes of their text.
        let buffer = self.spare.pop().unwrap_or_else(|| Vec::with_capacity(3 * self.batch_bytes));
        self.batch_bytes = 0;
        let sent = match self.jobs.as_ref() {
            Some(jobs) => jobs.send((self.sent, items, buffer)).is_ok(),
            None => false,
        };
        if !sent {
            self.failed = true;
            return Err(stopped());
        }
        self.sent += 1;
        // Write whatever is done, without waiting.
        while self.receive(out, false)? {}
        Ok(())
    }

    /// Take one finished batch (waiting for it if `wait`) and write every
    /// batch that is now next in order. False when nothing was there.
    fn receive(&mut self, out: &mut impl Write, wait: bool) -> Result<bool> {
        let result = self.receive_inner(out, wait);
        self.failed |= result.is_err();
        result
    }

    fn receive_inner(&mut self, out: &mut impl Write, wait: bool) -> Result<bool> {
        let done = if wait {
            match self.done.recv() {
                Ok(done) => done,
                Err(_) => return Err(stopped()),
            }
        } else {
            match self.done.try_recv() {
                Ok(done) => done,
                Err(mpsc::TryRecvError::Empty) => return Ok(false),
                Err(mpsc::TryRecvError::Disconnected) => return Err(stopped()),
            }
        };
        let (seq, result) = done;
        let bytes = result.map_err(Error::Other)?;
        self.ready.insert(seq, bytes);
        while let Some(mut bytes) = self.ready.remove(&self.written) {
            out.write_all(&bytes)?;
            self.written += 1;
            // Kept for reuse unless a batch of big documents made it big:
            // memory stays what ordinary batches need.
            if bytes.capacity() <= SPARE_MAX {
                bytes.clear();
                self.spare.push(bytes);
            }
        }
        Ok(true)
    }

    /// Send the last batch, write everything, and stop the workers. After
    /// a failure (already reported) it only stops the workers.
    pub fn finish(mut self, out: &mut impl Write) -> Result<()> {
        if self.failed {
            // Dropping the job queue ends the workers; their results are
            // not wanted.
            self.jobs = None;
            return Ok(());
        }
        self.send_batch(out)?;
        while self.written < self.sent {
            self.receive(out, true)?;
        }
        self.jobs = None;
        for w in self.workers.drain(..) {
            let _ = w.join();
        }
        Ok(())
    }
}

fn stopped() -> Error {
    Error::Other("a worker thread stopped unexpectedly".to_string())
}

/// Worker threads to use: the cores there are, at most four.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4)
}
