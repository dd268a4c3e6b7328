//! Helpers for the cross-tool tests: where the built binaries are, how to run
//! a pipeline of them, and the clap definitions of all five tools.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;

/// The five tools, with their clap definitions (for man pages and help checks).
pub fn tools() -> Vec<(&'static str, clap::Command)> {
    vec![
        ("kz-split", kz_split::cli::command()),
        ("kz-entities", kz_entities::cli::command()),
        ("kz-numbers", kz_numbers::cli::command()),
        ("kz-dedupe", kz_dedupe::cli::command()),
        ("kz-timeline", kz_timeline::cli::command()),
    ]
}

/// The repository's top directory.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Path of a built binary of the workspace (same profile as this test).
/// `cargo test --workspace` builds them, since every tool crate has
/// integration tests of its own.
pub fn bin(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let path = dir.join(name);
    assert!(path.exists(), "{} is not built: run `cargo build --workspace` first", path.display());
    path
}

/// Output of a command fed `input` on stdin, with its stderr and status.
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
}

/// Start one tool with its stdout and stderr piped, and a thread feeding it
/// `input` on stdin (the feeder stops quietly if the tool stops reading).
pub fn spawn(name: &str, args: &[&str], input: &[u8]) -> (Child, JoinHandle<()>) {
    let mut child = Command::new(bin(name))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    (child, feeder)
}

/// Run one tool with arguments and stdin.
pub fn run(name: &str, args: &[&str], input: &[u8]) -> Run {
    let (child, feeder) = spawn(name, args, input);
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}

/// Run a pipeline: the first stage gets `args`, the others none beyond their own.
pub fn pipeline(stages: &[(&str, &[&str])], input: &[u8]) -> Run {
    let mut data = input.to_vec();
    let mut last = None;
    for (name, args) in stages {
        let r = run(name, args, &data);
        assert_eq!(r.code, Some(0), "{name} failed: {}", r.stderr);
        data = r.stdout.clone().into_bytes();
        last = Some(r);
    }
    last.expect("a pipeline has at least one stage")
}

/// Parse JSON Lines output into records.
pub fn records(stdout: &str) -> Vec<serde_json::Map<String, serde_json::Value>> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON object: {e}: {l}")))
        .collect()
}
