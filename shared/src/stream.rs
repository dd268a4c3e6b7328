//! The read-annotate-write loop of a tool that adds fields to records, in
//! three threads: one reads and parses records, the caller's thread
//! annotates them in order (a tool may remember things from record to
//! record, so the order matters), and one serialises and writes them.
//! Parsing and writing JSON cost about as much as annotating, so on two
//! cores this nearly halves the wall time of a run.
//!
//! The contract is the one a plain loop would keep: records stay in order;
//! the first error stops the run and is the one reported (a bad line names
//! its input and line); the `-o` file and the `--rejects` file are put in
//! place only when everything went well; a closed output pipe stops every
//! thread promptly and is reported as a broken pipe (quiet exit 0 through
//! [`crate::error::run`]).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use crate::cli::CommonArgs;
use crate::doc_order::DocOrder;
use crate::error::{Error, Result};
use crate::io::{Input, Output};
use crate::record::{write_record, Position, Record, RecordReader, TextField};

/// Records travel in batches, to keep the channels cheap.
const BATCH: usize = 256;
/// Batches in flight between two threads.
const DEPTH: usize = 4;
/// How long a run that stops early waits for the reader to notice. The
/// reader may be blocked reading a pipe nobody writes to any more; then the
/// run ends without it (the process exits, and the thread with it).
const READER_GRACE: Duration = Duration::from_millis(200);

enum ToWriter {
    Batch(Vec<Record>),
    /// Everything was read and annotated: the output may be put in place.
    Done,
}

/// The loop of a tool that adds fields to each record: read, let `annotate`
/// edit the record (it gets the record's text, if any), write. Records
/// without the text field are passed to `annotate` with `None`. An error
/// from `annotate` stops the run with that error; a `-o` file is then left
/// as it was.
pub fn annotate_stream(
    args: &CommonArgs,
    annotate: impl FnMut(&mut Record, Option<&str>) -> Result<()>,
) -> Result<()> {
    let output = args.output.clone();
    annotate_into(args, move || Output::create(output.as_deref()), None, annotate)
}

/// [`annotate_stream`] for a tool that remembers a document from record to
/// record (kz-entities): a document whose records come back after another
/// document's stops the run with an error at that record, which says how to
/// mend the input, rather than restarting the tool's memory in silence.
pub fn annotate_documents(
    args: &CommonArgs,
    annotate: impl FnMut(&mut Record, Option<&str>) -> Result<()>,
) -> Result<()> {
    let output = args.output.clone();
    annotate_into(args, move || Output::create(output.as_deref()), Some(DocOrder::new()), annotate)
}

/// [`annotate_stream`] with the output opened by `open_output`, in the
/// writer's thread (stdout's lock must be taken where it is used).
fn annotate_into(
    args: &CommonArgs,
    open_output: impl FnOnce() -> Result<Output> + Send + 'static,
    mut order: Option<DocOrder>,
    mut annotate: impl FnMut(&mut Record, Option<&str>) -> Result<()>,
) -> Result<()> {
    // A file that cannot be created is reported before any input is read,
    // rejects file first, as a plain loop would.
    let mut reader = ReadAhead::start(args, |_, _: &mut ()| ())?;
    let (writer_opened_tx, writer_opened) = sync_channel::<Result<()>>(1);
    let (write_tx, write_rx) = sync_channel::<ToWriter>(DEPTH);
    let spent = reader.spent.clone();
    let writer = thread::spawn(move || write_records(open_output, writer_opened_tx, write_rx, spent));

    let mut field = TextField::new(&args.field);
    let annotated = opened(&writer_opened)
        .and_then(|()| annotate_batches(&mut field, order.as_mut(), &mut annotate, &mut reader, &write_tx));
    match annotated {
        Ok(true) => {
            field.finish();
            // The reader closes the rejects file only now that all went well.
            if let Err(e) = reader.finish() {
                drop(write_tx);
                let _ = join(writer, "writer");
                return Err(e);
            }
            // If the writer has already failed, its error is the one to report.
            let _ = write_tx.send(ToWriter::Done);
            drop(write_tx);
            join(writer, "writer")
        }
        Ok(false) => {
            // The writer stopped (closed pipe, full disk): its error is the news.
            drop((write_tx, reader));
            join(writer, "writer")
        }
        Err(e) => {
            drop((write_tx, reader));
            let _ = join(writer, "writer");
            Err(e)
        }
    }
}

/// Annotate batches in order and hand them to the writer. `Ok(true)`: all
/// read and annotated; `Ok(false)`: the writer hung up; `Err`: a bad line
/// (from the reader) or an error from `annotate`.
fn annotate_batches(
    field: &mut TextField,
    mut order: Option<&mut DocOrder>,
    annotate: &mut impl FnMut(&mut Record, Option<&str>) -> Result<()>,
    reader: &mut ReadAhead<()>,
    writer: &SyncSender<ToWriter>,
) -> Result<bool> {
    while let Some(mut batch) = reader.next_batch()? {
        let mut records = std::mem::take(&mut batch.records);
        if let Some(order) = order.as_deref_mut() {
            for (record, &(input, line)) in records.iter().zip(&batch.positions) {
                // A record without a doc is a document of its own.
                match record.get_str("doc") {
                    Some(doc) => {
                        order.see(&doc, || Position { input: reader.input_name(input).to_string(), line })?;
                    }
                    None => order.interrupt(),
                }
            }
        }
        reader.recycle(batch);
        for record in &mut records {
            let text = field.get_detached(record);
            annotate(record, text.as_deref())?;
        }
        if writer.send(ToWriter::Batch(records)).is_err() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Writes records; the output is put in place only on `Done`. Records
/// written go back to the reading thread (`spent`), which reuses what they
/// hold (and frees the rest where it was allocated, which costs less).
fn write_records(
    open_output: impl FnOnce() -> Result<Output>,
    opened: SyncSender<Result<()>>,
    messages: Receiver<ToWriter>,
    spent: SyncSender<Vec<Record>>,
) -> Result<()> {
    let mut out = match open_output() {
        Ok(out) => out,
        Err(e) => {
            let _ = opened.send(Err(e));
            return Ok(());
        }
    };
    let _ = opened.send(Ok(()));
    for message in messages {
        match message {
            ToWriter::Batch(batch) => {
                for record in &batch {
                    write_record(&mut out, record)?;
                }
                let _ = spent.try_send(batch);
            }
            ToWriter::Done => return out.finish(),
        }
    }
    // The run stopped early: leave any old output file alone.
    Ok(())
}

/// Whether a thread could open its file (`--rejects`, or `-o`).
fn opened(news: &Receiver<Result<()>>) -> Result<()> {
    news.recv()
        .unwrap_or_else(|_| Err(Error::Other("internal error: a thread ended before it started".into())))
}

/// Wait for a thread; a panic in it becomes an error, not a panic here.
fn join(handle: JoinHandle<Result<()>>, which: &str) -> Result<()> {
    handle
        .join()
        .unwrap_or_else(|_| Err(Error::Other(format!("internal error: the {which} thread panicked"))))
}

/// Give the reader a moment to stop (and discard its rejects file), without
/// hanging on an input that is still open but silent.
fn join_briefly(reader: JoinHandle<Result<()>>) {
    let deadline = Instant::now() + READER_GRACE;
    while !reader.is_finished() {
        if Instant::now() >= deadline {
            return;
        }
        thread::sleep(Duration::from_millis(1));
    }
    let _ = reader.join();
}

/// Records read ahead with what a tool computes from each on its own.
///
/// The reading thread of [`annotate_stream`] (with nothing to prepare), and
/// of a tool whose decisions must be made in order (kz-dedupe compares each
/// record with those kept before it) but whose per-record work need not be:
/// a thread reads and parses the records and calls `prepare` on each, so the
/// caller's thread is left only the part that must be in order. The values
/// are reused from batch to batch (hand each batch back with
/// [`ReadAhead::recycle`]), so a `prepare` that fills buffers allocates only
/// while they grow.
///
/// Errors come in order, after the good records before them, as from
/// [`RecordReader`]; the rejects file is put in place by
/// [`ReadAhead::finish`] only, so a run that stops early leaves none.
pub struct ReadAhead<T> {
    batches: Receiver<Result<Prepared<T>>>,
    recycled: SyncSender<Prepared<T>>,
    /// Records done with, for the reading thread to reuse.
    spent: SyncSender<Vec<Record>>,
    finish: SyncSender<()>,
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<Result<()>>>,
    input_names: Vec<String>,
}

/// A batch of records read ahead, each with its input (an index into the
/// inputs given), its line number and its prepared value.
pub struct Prepared<T> {
    pub records: Vec<Record>,
    pub positions: Vec<(usize, u64)>,
    /// `values[i]` goes with `records[i]`; there may be more values than
    /// records (left from a fuller batch, kept for their buffers).
    pub values: Vec<T>,
}

impl<T: Default + Send + 'static> ReadAhead<T> {
    /// Open the inputs and start reading; an error opening the rejects file
    /// is returned here.
    pub fn start(args: &CommonArgs, prepare: impl FnMut(&Record, &mut T) + Send + 'static) -> Result<Self> {
        let stop = Arc::new(AtomicBool::new(false));
        let (batch_tx, batches) = sync_channel(DEPTH);
        // One more than can be in flight, so handing a batch back never blocks.
        let (recycled, recycled_rx) = sync_channel(DEPTH + 2);
        let (spent, spent_rx) = sync_channel(DEPTH + 2);
        let (finish, finish_rx) = sync_channel::<()>(1);
        let (opened_tx, opened_rx) = sync_channel::<Result<()>>(1);
        let input_names = Input::list(&args.inputs).iter().map(Input::name).collect();
        let reader = {
            let (args, stop) = (args.clone(), Arc::clone(&stop));
            thread::spawn(move || {
                let channels =
                    Channels { opened: opened_tx, batches: batch_tx, recycled: recycled_rx, spent: spent_rx };
                read_prepared(&args, &stop, prepare, channels, finish_rx)
            })
        };
        let ahead = ReadAhead { batches, recycled, spent, finish, stop, reader: Some(reader), input_names };
        opened(&opened_rx)?;
        Ok(ahead)
    }

    /// The next batch, `None` at the end of the input, or the error that
    /// ended it.
    pub fn next_batch(&mut self) -> Result<Option<Prepared<T>>> {
        match self.batches.recv() {
            Ok(batch) => batch.map(Some),
            Err(_) => Ok(None),
        }
    }

    /// Hand a batch back once its records are taken, for its buffers.
    pub fn recycle(&self, mut batch: Prepared<T>) {
        if !batch.records.is_empty() {
            let _ = self.spent.try_send(std::mem::take(&mut batch.records));
        }
        batch.positions.clear();
        let _ = self.recycled.try_send(batch);
    }

    /// The name of input `index` as messages give it.
    pub fn input_name(&self, index: usize) -> &str {
        self.input_names.get(index).map_or("", String::as_str)
    }

    /// After the last batch: close the rejects file (putting it in place).
    pub fn finish(mut self) -> Result<()> {
        let _ = self.finish.send(());
        match self.reader.take() {
            Some(reader) => join(reader, "reader"),
            None => Ok(()),
        }
    }
}

impl<T> Drop for ReadAhead<T> {
    fn drop(&mut self) {
        // Stopped early (an error, a closed pipe): the reader may be blocked
        // on a full channel or a silent input; stop it without waiting long.
        if let Some(reader) = self.reader.take() {
            self.stop.store(true, Ordering::Relaxed);
            // Unblock a reader waiting to send: empty the channel.
            while self.batches.try_recv().is_ok() {}
            join_briefly(reader);
        }
    }
}

/// The read-ahead thread's channels: news of the opening, batches out,
/// batches and records back.
struct Channels<T> {
    opened: SyncSender<Result<()>>,
    batches: SyncSender<Result<Prepared<T>>>,
    recycled: Receiver<Prepared<T>>,
    spent: Receiver<Vec<Record>>,
}

/// The read-ahead thread: batches of records with their positions and
/// prepared values, in buffers handed back when the caller can spare them.
fn read_prepared<T: Default>(
    args: &CommonArgs,
    stop: &AtomicBool,
    mut prepare: impl FnMut(&Record, &mut T),
    channels: Channels<T>,
    finish: Receiver<()>,
) -> Result<()> {
    let Channels { opened, batches, recycled, spent } = channels;
    let mut reader = match RecordReader::open(args) {
        Ok(reader) => reader,
        Err(e) => {
            let _ = opened.send(Err(e));
            return Ok(());
        }
    };
    let _ = opened.send(Ok(()));
    let fresh = || Prepared {
        records: Vec::with_capacity(BATCH),
        positions: Vec::with_capacity(BATCH),
        values: Vec::with_capacity(BATCH),
    };
    let mut batch = fresh();
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        match reader.next_record() {
            Ok(Some(record)) => {
                let i = batch.records.len();
                if batch.values.len() == i {
                    batch.values.push(T::default());
                }
                prepare(&record, &mut batch.values[i]);
                batch.records.push(record);
                batch.positions.push((reader.input_index(), reader.line_number()));
                if batch.records.len() == BATCH {
                    let mut next = recycled.try_recv().unwrap_or_else(|_| fresh());
                    // annotate_stream hands its records on and the batch back
                    // without them; they come back written.
                    while let Ok(mut records) = spent.try_recv() {
                        reader.recycle(&mut records);
                        if next.records.capacity() < BATCH {
                            next.records = records;
                        }
                    }
                    next.records.reserve(BATCH);
                    if batches.send(Ok(std::mem::replace(&mut batch, next))).is_err() {
                        return Ok(());
                    }
                }
            }
            Ok(None) => break,
            Err(e) => {
                // The good records before the bad line go first, as a plain loop would.
                if !batch.records.is_empty() && batches.send(Ok(batch)).is_err() {
                    return Ok(());
                }
                let _ = batches.send(Err(e));
                return Ok(());
            }
        }
    }
    if !batch.records.is_empty() && batches.send(Ok(batch)).is_err() {
        return Ok(());
    }
    drop(batches);
    if finish.recv().is_ok() {
        reader.finish()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    fn args(inputs: Vec<PathBuf>, output: Option<PathBuf>) -> CommonArgs {
        CommonArgs { inputs, output, field: "text".to_string(), ..Default::default() }
    }

    fn numbered(n: usize) -> String {
        (0..n).map(|i| format!("{{\"i\":{i},\"text\":\"record {i}\"}}\n")).collect()
    }

    fn write_input(dir: &Path, content: &str) -> PathBuf {
        let path = dir.join("in.jsonl");
        std::fs::write(&path, content).unwrap();
        path
    }

    #[test]
    fn records_keep_their_order_over_many_batches() {
        let dir = tempfile::tempdir().unwrap();
        let n = BATCH * (DEPTH + 3) + 17;
        let input = write_input(dir.path(), &numbered(n));
        let output = dir.path().join("out.jsonl");
        let mut seen = 0u64;
        annotate_stream(&args(vec![input], Some(output.clone())), |record, text| {
            assert_eq!(record["i"].as_u64(), Some(seen));
            // The text is lent to the closure, and back in the record after.
            assert_eq!(text, Some(format!("record {seen}").as_str()));
            record.insert("seen".into(), serde_json::Value::from(seen));
            seen += 1;
            Ok(())
        })
        .unwrap();
        let lines: Vec<Record> = std::fs::read_to_string(&output)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), n);
        for (i, record) in lines.iter().enumerate() {
            assert_eq!(record["i"].as_u64(), Some(i as u64));
            assert_eq!(record["seen"].as_u64(), Some(i as u64));
            assert_eq!(record["text"].as_str(), Some(format!("record {i}").as_str()));
        }
    }

    #[test]
    fn an_error_from_the_closure_stops_the_run_and_leaves_the_old_output() {
        let dir = tempfile::tempdir().unwrap();
        let input = write_input(dir.path(), &numbered(BATCH * 4));
        let output = dir.path().join("out.jsonl");
        std::fs::write(&output, "previous run\n").unwrap();
        let mut calls = 0;
        let err = annotate_stream(&args(vec![input], Some(output.clone())), |_, _| {
            calls += 1;
            if calls == BATCH + 5 {
                return Err(Error::Other("the annotator gave up".into()));
            }
            Ok(())
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "the annotator gave up");
        assert_eq!(calls, BATCH + 5, "no record is annotated after the error");
        assert_eq!(std::fs::read_to_string(&output).unwrap(), "previous run\n");
        // Only the input and the old output: no temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

        let fresh = dir.path().join("fresh.jsonl");
        let input = dir.path().join("in.jsonl");
        let result =
            annotate_stream(&args(vec![input], Some(fresh.clone())), |_, _| Err(Error::Other("no".into())));
        assert!(result.is_err());
        assert!(!fresh.exists());
    }

    #[test]
    fn a_bad_line_is_reported_with_its_input_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let good = BATCH * 2 + 3;
        let input =
            write_input(dir.path(), &format!("{}{{\"text\": oops}}\n{}", numbered(good), numbered(9)));
        let output = dir.path().join("out.jsonl");
        let mut annotated = 0;
        let err = annotate_stream(&args(vec![input], Some(output.clone())), |_, _| {
            annotated += 1;
            Ok(())
        })
        .unwrap_err();
        let message = err.to_string();
        assert!(message.contains(&format!("in.jsonl:{}: invalid JSON", good + 1)), "{message}");
        assert!(matches!(err, Error::Data { .. }), "{err:?}");
        assert_eq!(annotated, good, "the records before the bad line were annotated");
        assert!(!output.exists());
    }

    #[test]
    fn a_missing_input_is_reported_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.jsonl");
        let err = annotate_stream(&args(vec![missing], None), |_, _| Ok(())).unwrap_err();
        assert!(err.to_string().contains("missing.jsonl"), "{err}");
    }

    #[test]
    fn rejects_are_kept_and_the_stream_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let input = write_input(dir.path(), &format!("{}not json\n{}", numbered(BATCH), numbered(3)));
        let output = dir.path().join("out.jsonl");
        let rejects = dir.path().join("rejects.txt");
        let mut common = args(vec![input], Some(output.clone()));
        common.rejects = Some(rejects.clone());
        annotate_stream(&common, |_, _| Ok(())).unwrap();
        assert_eq!(std::fs::read_to_string(&output).unwrap().lines().count(), BATCH + 3);
        assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "not json\n");
    }

    /// A record as a read-ahead run gave it: input, line, its `i`, the
    /// prepared value.
    type Seen = (String, u64, u64, u64);

    /// Everything a read-ahead run gave, or the error that ended it.
    fn read_ahead_all(common: &CommonArgs) -> (Vec<Seen>, Option<Error>) {
        let mut ahead = ReadAhead::start(common, |record, value: &mut u64| {
            *value = record["i"].as_u64().unwrap() * 10;
        })
        .unwrap();
        let mut seen = Vec::new();
        loop {
            match ahead.next_batch() {
                Ok(Some(mut batch)) => {
                    for (n, record) in batch.records.drain(..).enumerate() {
                        let (input, line) = batch.positions[n];
                        let name = ahead.input_name(input).rsplit('/').next().unwrap().to_string();
                        seen.push((name, line, record["i"].as_u64().unwrap(), batch.values[n]));
                    }
                    ahead.recycle(batch);
                }
                Ok(None) => break,
                Err(e) => return (seen, Some(e)),
            }
        }
        ahead.finish().unwrap();
        (seen, None)
    }

    #[test]
    fn read_ahead_keeps_order_positions_and_values_over_inputs_and_batches() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_input(dir.path(), &numbered(BATCH * (DEPTH + 3) + 5));
        let second = dir.path().join("second.jsonl");
        // a blank line is no record but still counts as a line
        std::fs::write(&second, format!("\n{}", numbered(3))).unwrap();
        let (seen, error) = read_ahead_all(&args(vec![first, second], None));
        assert!(error.is_none());
        let n = BATCH * (DEPTH + 3) + 5;
        assert_eq!(seen.len(), n + 3);
        for (k, (input, line, i, value)) in seen.iter().enumerate() {
            let (want_input, want_line, want_i) = if k < n {
                ("in.jsonl", k as u64 + 1, k as u64)
            } else {
                ("second.jsonl", (k - n) as u64 + 2, (k - n) as u64)
            };
            assert_eq!(
                (input.as_str(), *line, *i, *value),
                (want_input, want_line, want_i, want_i * 10),
                "record {k}"
            );
        }
    }

    #[test]
    fn read_ahead_reports_a_bad_line_after_the_records_before_it_and_keeps_rejects() {
        let dir = tempfile::tempdir().unwrap();
        let good = BATCH + 7;
        let input = write_input(dir.path(), &format!("{}[1, 2]\n{}", numbered(good), numbered(2)));
        let (seen, error) = read_ahead_all(&args(vec![input.clone()], None));
        assert_eq!(seen.len(), good);
        let message = error.unwrap().to_string();
        assert!(message.contains(&format!("in.jsonl:{}:", good + 1)), "{message}");

        let rejects = dir.path().join("rejects.txt");
        let mut common = args(vec![input], None);
        common.rejects = Some(rejects.clone());
        let (seen, error) = read_ahead_all(&common);
        assert!(error.is_none());
        assert_eq!(seen.len(), good + 2);
        assert_eq!(std::fs::read_to_string(&rejects).unwrap(), "[1, 2]\n");
    }

    #[test]
    fn read_ahead_dropped_early_stops_without_leaving_a_rejects_file() {
        let dir = tempfile::tempdir().unwrap();
        let input = write_input(dir.path(), &format!("bad\n{}", numbered(BATCH * (DEPTH + 8))));
        let rejects = dir.path().join("rejects.txt");
        let mut common = args(vec![input], None);
        common.rejects = Some(rejects.clone());
        let mut ahead = ReadAhead::start(&common, |_, _: &mut ()| ()).unwrap();
        let batch = ahead.next_batch().unwrap().unwrap();
        assert_eq!(batch.records.len(), BATCH);
        let started = Instant::now();
        drop(ahead);
        assert!(started.elapsed() < Duration::from_secs(2));
        assert!(!rejects.exists(), "a run that stopped early keeps no rejects file");
    }

    /// Fills a fifo with records until its reader goes away; keeps it open
    /// (and silent) for `linger` after `limit` records, if there is a limit.
    #[cfg(unix)]
    fn fifo_feeder(dir: &Path, limit: Option<usize>, linger: Duration) -> (PathBuf, JoinHandle<usize>) {
        use std::io::Write;
        let fifo = dir.join("input.fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let path = fifo.clone();
        let feeder = thread::spawn(move || {
            let mut pipe = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
            let mut sent = 0;
            while limit.map_or(true, |n| sent < n) {
                let line = format!("{{\"i\":{sent},\"text\":\"record {sent}\"}}\n");
                if pipe.write_all(line.as_bytes()).is_err() {
                    return sent; // the run closed its input: it stopped reading
                }
                sent += 1;
            }
            thread::sleep(linger);
            sent
        });
        (fifo, feeder)
    }

    /// Accepts a few bytes, then fails as a pipe whose reader went away.
    struct ClosedPipe(usize);

    impl std::io::Write for ClosedPipe {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.0);
            self.0 -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// `tool | head -1` while the input is still being fed: the run ends
    /// with the broken pipe (a quiet exit), and the reader stops reading too.
    #[test]
    #[cfg(unix)]
    fn a_closed_output_pipe_stops_the_run_and_the_reader() {
        let dir = tempfile::tempdir().unwrap();
        let (fifo, feeder) = fifo_feeder(dir.path(), None, Duration::ZERO);
        let started = Instant::now();
        let err = annotate_into(
            &args(vec![fifo], None),
            || Ok(Output::from_writer(ClosedPipe(1000))),
            None,
            |_, _| Ok(()),
        )
        .unwrap_err();
        assert!(err.is_broken_pipe(), "{err}");
        // The input is closed once the reader stopped: the feeder ends.
        while !feeder.is_finished() {
            assert!(started.elapsed() < Duration::from_secs(10), "the reader kept reading");
            thread::sleep(Duration::from_millis(5));
        }
        assert!(feeder.join().unwrap() > 0);
    }

    /// An output that fails at once must not leave the run waiting on an
    /// input that is still open but silent, as a slow producer's would be.
    #[test]
    #[cfg(unix)]
    fn a_writer_that_stops_early_does_not_wait_for_a_silent_input() {
        let dir = tempfile::tempdir().unwrap();
        let (fifo, _feeder) = fifo_feeder(dir.path(), Some(BATCH * 3), Duration::from_secs(8));
        let nowhere = dir.path().join("no-such-dir").join("out.jsonl");
        let started = Instant::now();
        let err = annotate_stream(&args(vec![fifo], Some(nowhere)), |_, _| Ok(())).unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(4), "took {:?}", started.elapsed());
        assert!(err.to_string().contains("no-such-dir"), "{err}");
    }
}
