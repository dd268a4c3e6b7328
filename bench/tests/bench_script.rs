//! The benchmark scripts run end to end on a tiny corpus against the debug
//! binaries (their timings are not checked), writing to a temporary report so
//! the real BENCHMARKS.md is never touched.

use std::path::{Path, PathBuf};
use std::process::Command;

const TOOLS: [&str; 5] = ["kz-split", "kz-entities", "kz-numbers", "kz-dedupe", "kz-timeline"];

/// The rows run.py writes, by the label in their benchmark column.
const ROWS: [&str; 10] = [
    "`kz-passthrough`",
    "`kz-split`",
    "`kz-entities`",
    "`kz-numbers`",
    "`kz-timeline --annotate`",
    "`kz-dedupe`",
    "`kz-passthrough (annotated)`",
    "`kz-timeline --by date`",
    "`kz-timeline --by incident`",
    "`pipeline: kz-split | kz-dedupe",
];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Where the binaries of this profile are: next to the test's deps/ folder.
fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        let dir = std::env::temp_dir().join(format!("kz-bench-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn python() -> Option<&'static str> {
    let ok = Command::new("python3").arg("--version").output().map(|o| o.status.success()).unwrap_or(false);
    ok.then_some("python3")
}

#[test]
fn bench_script_writes_a_row_per_tool_on_a_tiny_corpus() {
    let Some(python) = python() else {
        println!("SKIPPED: python3 is not on PATH; the bench scripts need it");
        return;
    };
    let bins = bin_dir();
    assert!(bins.join("kz-passthrough").exists(), "kz-passthrough is not built in {}", bins.display());
    let missing: Vec<_> = TOOLS.iter().filter(|t| !bins.join(t).exists()).collect();
    if !missing.is_empty() {
        // `cargo test -p kz-bench` alone does not build the tools' binaries;
        // `cargo test --workspace` does. Their rows then say "not built".
        println!("note: not built in {}: {missing:?}", bins.display());
    }
    let work = TempDir::new("run");
    let report = work.path().join("BENCHMARKS.md");
    let root = repo_root();

    let gen = Command::new(python)
        .arg(root.join("bench/gen_corpus.py"))
        .args(["--sizes", "0.2", "--work-dir"])
        .arg(work.path())
        .arg("--bin-dir")
        .arg(&bins)
        .output()
        .unwrap();
    assert!(gen.status.success(), "gen_corpus.py failed:\n{}", String::from_utf8_lossy(&gen.stderr));
    let raw = work.path().join("0.2mb/raw");
    let articles = std::fs::read_dir(&raw).unwrap().count();
    assert!(articles > 50, "only {articles} articles in {}", raw.display());
    for derived in ["sentences.jsonl", "annotated.jsonl", "corpus.json"] {
        let path = work.path().join("0.2mb").join(derived);
        assert!(path.exists(), "{} was not made", path.display());
    }

    let run = Command::new(python)
        .arg(root.join("bench/run.py"))
        .args(["--sizes", "0.2", "--runs", "1", "--work-dir"])
        .arg(work.path())
        .arg("--bin-dir")
        .arg(&bins)
        .arg("--out")
        .arg(&report)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "run.py failed:\n{stderr}");
    let text = std::fs::read_to_string(&report).unwrap();
    for row in ROWS {
        assert!(
            text.lines().any(|l| l.starts_with("| 0.2 MB | ") && l.contains(row)),
            "no result row for {row} in:\n{text}"
        );
    }
    assert!(text.contains("## Targets"), "no targets table in:\n{text}");
    assert!(text.contains("Machine: "), "no machine line in:\n{text}");
    // The baseline always runs, so its row has figures.
    let baseline = text.lines().find(|l| l.contains("| `kz-passthrough` |")).unwrap();
    assert!(baseline.ends_with("| ok |"), "baseline row: {baseline}");
    for tool in TOOLS.iter().filter(|t| bins.join(t).exists()) {
        let row = text.lines().find(|l| l.contains(&format!("| `{tool}")));
        assert!(
            row.is_some_and(|r| !r.contains("not built")),
            "{tool} is built but its row says otherwise:\n{text}"
        );
    }
    let results = work.path().join("results.json");
    assert!(results.exists(), "results.json was not written");

    // A run compared with itself: every figure the same, ratio 1.
    let compare =
        Command::new(python).arg(root.join("bench/compare.py")).arg(&results).arg(&results).output().unwrap();
    assert!(compare.status.success(), "compare.py failed:\n{}", String::from_utf8_lossy(&compare.stderr));
    let table = String::from_utf8_lossy(&compare.stdout);
    let row = table.lines().find(|l| l.contains("| `kz-passthrough` |"));
    assert!(row.is_some_and(|r| r.contains("| 1.00 |")), "compare.py:\n{table}");
}

#[test]
fn generator_is_deterministic() {
    let Some(python) = python() else {
        println!("SKIPPED: python3 is not on PATH; the bench scripts need it");
        return;
    };
    let root = repo_root();
    let mut firsts = Vec::new();
    for i in 0..2 {
        let work = TempDir::new(&format!("gen{i}"));
        // A bin dir with no binaries: only the raw corpus and the fallbacks.
        let out = Command::new(python)
            .arg(root.join("bench/gen_corpus.py"))
            .args(["--sizes", "0.05", "--work-dir"])
            .arg(work.path())
            .arg("--bin-dir")
            .arg(work.path().join("no-binaries"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let dir = work.path().join("0.05mb");
        let mut names: Vec<_> =
            std::fs::read_dir(dir.join("raw")).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        let texts: Vec<String> =
            names.iter().map(|n| std::fs::read_to_string(dir.join("raw").join(n)).unwrap()).collect();
        let sentences = std::fs::read_to_string(dir.join("sentences.jsonl")).unwrap();
        assert!(sentences.lines().count() > 10);
        firsts.push((texts, sentences));
    }
    assert_eq!(firsts[0], firsts[1], "two runs of the generator differ");
}
