//! A one-line progress display on long runs: bytes read of the total when
//! the inputs are files, throughput and time left. Shown only when standard
//! error is a terminal (never in a pipeline's log or a CI run) and not with
//! `--quiet`; drawn by indicatif at most a few times a second, and fed in
//! steps of a mebibyte, so it costs nothing a benchmark can see.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::io::Input;

/// Bytes gathered before the bar is told: one atomic add per mebibyte.
const STEP: u64 = 1 << 20;

/// Progress over a tool's inputs; does nothing when not shown.
#[derive(Debug, Default)]
pub struct Progress {
    bar: Option<ProgressBar>,
    pending: u64,
}

impl Progress {
    /// Progress over `inputs`, shown when standard error is a terminal and
    /// `quiet` is off.
    pub fn for_inputs(inputs: &[Input], quiet: bool) -> Progress {
        if !wanted(std::io::stderr().is_terminal(), quiet) {
            return Progress::default();
        }
        let total = total_bytes(inputs);
        let bar = match total {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                .with_style(
                    ProgressStyle::with_template(
                        "{prefix} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} {eta} left",
                    )
                    .expect("a valid template")
                    .progress_chars("=> "),
                ),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
                ProgressStyle::with_template("{prefix} {spinner} {bytes} read, {binary_bytes_per_sec}")
                    .expect("a valid template"),
            ),
        };
        bar.set_prefix(crate::error::tool_name());
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress { bar: Some(bar), pending: 0 }
    }

    /// `bytes` more were read.
    #[inline]
    pub fn advance(&mut self, bytes: u64) {
        if let Some(bar) = &self.bar {
            self.pending += bytes;
            if self.pending >= STEP {
                bar.inc(self.pending);
                self.pending = 0;
            }
        }
    }

    /// The run is over: the line is cleared, so what the tool prints next
    /// (a summary, an error) starts on a clean line.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    pub fn is_shown(&self) -> bool {
        self.bar.is_some()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Shown at a terminal unless `--quiet`.
fn wanted(stderr_is_terminal: bool, quiet: bool) -> bool {
    stderr_is_terminal && !quiet
}

/// The inputs' total size, when every one is a regular file.
fn total_bytes(inputs: &[Input]) -> Option<u64> {
    inputs.iter().try_fold(0u64, |sum, input| {
        let meta = std::fs::metadata(input.path()?).ok()?;
        meta.is_file().then(|| sum + meta.len())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_only_at_a_terminal_and_not_when_quiet() {
        assert!(wanted(true, false));
        assert!(!wanted(true, true));
        assert!(!wanted(false, false));
        // Tests run with stderr captured: nothing is drawn and advancing is free.
        let mut p = Progress::for_inputs(&[Input::Stdin], false);
        assert!(!p.is_shown());
        p.advance(10 << 20);
        p.finish();
    }

    #[test]
    fn the_total_is_known_for_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.jsonl");
        let b = dir.path().join("b.jsonl");
        std::fs::write(&a, "12345").unwrap();
        std::fs::write(&b, "123").unwrap();
        assert_eq!(total_bytes(&[Input::Path(a.clone()), Input::Path(b)]), Some(8));
        assert_eq!(total_bytes(&[Input::Path(a.clone()), Input::Stdin]), None);
        assert_eq!(total_bytes(&[Input::Path(dir.path().join("missing"))]), None);
    }
}
