#!/usr/bin/env python3
"""Throughput and memory of every kz tool, against the pass-through limit.

    python3 bench/run.py --sizes 10 200 [--russian-mb 10] [--runs 3]
                         [--bin-dir target/release] [--out BENCHMARKS.md]
                         [--work-dir target/bench]

For each corpus size (MB of raw article text, made by bench/gen_corpus.py and
cached under the work dir) it measures each tool alone on its natural input,
the five-tool pipeline, and kz-passthrough (the shared record reader and
writer doing nothing else) on the same JSONL, in the same run. It reports MB/s
of input, records/s, peak RSS and CPU time (getrusage of each child), the
median of --runs runs (output to /dev/null, after a warm-up run that keeps
the output), each tool's throughput as a ratio of the pass-through
measured in the same run, checks the targets of the benchmark issue, and
writes the tables to BENCHMARKS.md (keeping the peers section that
bench/peers.py writes). The same benchmarks then run on a Russian corpus
(--russian-mb, 10 MB unless 0), with the work each tool did counted from its
output (sentences, entities, casualty claims, dated sentences, incidents), so
that a tool that read Russian text and found nothing in it shows. Standard
library only.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_corpus  # noqa: E402

REPO = gen_corpus.REPO
MB = 1_000_000
MIB = 1 << 20
PEERS_BEGIN = "<!-- peers:begin -->"
PEERS_END = "<!-- peers:end -->"

# (key, label, binary, extra args, input kind). Input kinds: "raw" (the
# article files), "sentences" (kz-split's JSONL), "annotated" (sentences
# through kz-entities | kz-numbers | kz-timeline --annotate).
BENCHES = [
    ("passthrough", "kz-passthrough", "kz-passthrough", [], "sentences"),
    ("split", "kz-split", "kz-split", [], "raw"),
    ("entities", "kz-entities", "kz-entities", [], "sentences"),
    ("numbers", "kz-numbers", "kz-numbers", [], "sentences"),
    ("annotate", "kz-timeline --annotate", "kz-timeline", ["--annotate"], "sentences"),
    ("dedupe", "kz-dedupe", "kz-dedupe", [], "sentences"),
    # The measure for syndication across outlets (no target of its own).
    ("dedupe-containment", "kz-dedupe --measure containment", "kz-dedupe", ["--measure", "containment"],
     "sentences"),
    ("passthrough-annotated", "kz-passthrough (annotated)", "kz-passthrough", [], "annotated"),
    ("timeline", "kz-timeline --by date", "kz-timeline", ["--by", "date"], "annotated"),
    ("incidents", "kz-timeline --by incident", "kz-timeline", ["--by", "incident"], "annotated"),
]
# The five tools, as an analyst chains them on raw articles.
PIPELINE = [("kz-split", []), ("kz-dedupe", []), ("kz-entities", []), ("kz-numbers", []),
            ("kz-timeline", [])]
PIPELINE_LABEL = "pipeline: " + " | ".join(" ".join([b, *a]) for b, a in PIPELINE)

# The issue's targets (2 cores, one process per tool, 200 MB corpus).
TARGETS = {
    "split": {"mbps": 150, "flat": 5},
    "entities": {"mbps": 60, "ratio": 0.25, "flat": 5},
    "numbers": {"mbps": 60, "ratio": 0.25, "flat": 5},
    "annotate": {"mbps": 60, "ratio": 0.25, "flat": 5},
    "dedupe": {"mbps": 25, "ratio": 0.1, "bytes_per_kept": 300},
    "timeline": {"mbps": 30, "per_dated": True},
    # Issue 14: the incident view at no less than half the date view's speed.
    "incidents": {"mbps": 15, "per_dated": True},
    "pipeline": {"mbps": 20, "sum_rss": True},
}


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


# GNU time reports the peak RSS of a child it forked itself. A child forked
# straight from this Python process would not do: Linux carries the high-water
# RSS across exec, so every tool would show at least Python's own RSS.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def measure(argvs, stdin_path, stdout_path, cwd=None, timeout=None):
    """Runs a pipeline of commands (one or more argv lists) with the first
    reading stdin_path and the last writing stdout_path. Returns wall time,
    CPU time and peak RSS per process, and the exit statuses."""
    procs = []
    err_files = []
    stat_files = []
    if GNU_TIME:
        wrapped = []
        for argv in argvs:
            fd, stat_path = tempfile.mkstemp(prefix="kz-bench-time-")
            os.close(fd)
            stat_files.append(stat_path)
            wrapped.append([GNU_TIME, "-f", "%M %U %S", "-o", stat_path, *argv])
        argvs = wrapped
    start = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as inp, open(stdout_path, "wb") as out:
        prev = inp
        for i, argv in enumerate(argvs):
            last = i == len(argvs) - 1
            err = tempfile.TemporaryFile()
            err_files.append(err)
            p = subprocess.Popen(argv, stdin=prev, stdout=out if last else subprocess.PIPE,
                                 stderr=err, cwd=cwd if i == 0 else None,
                                 preexec_fn=gen_corpus.big_args if i == 0 else None)
            if prev is not inp:
                prev.close()  # the child holds it now
            prev = p.stdout
            procs.append(p)
        timed_out = []

        def kill_all():
            timed_out.append(True)
            for p in procs:
                try:
                    p.kill()
                except OSError:
                    pass

        timer = threading.Timer(timeout, kill_all) if timeout else None
        if timer:
            timer.start()
        results = {}
        pending = {p.pid: p for p in procs}
        while pending:
            pid, status, usage = os.wait4(-1, 0)
            if pid not in pending:
                continue
            p = pending.pop(pid)
            p.returncode = os.waitstatus_to_exitcode(status)
            results[pid] = (p.returncode, usage, time.perf_counter() - start)
        wall = max(r[2] for r in results.values())
        if timer:
            timer.cancel()
    stats = []
    for i, (p, err) in enumerate(zip(procs, err_files)):
        code, usage, _ = results[p.pid]
        err.seek(0)
        text = err.read().decode("utf-8", "replace").strip()
        err.close()
        cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024
        if stat_files:
            lines = Path(stat_files[i]).read_text().split("\n")
            os.unlink(stat_files[i])
            try:
                kib, user, system = [ln for ln in lines if ln.strip()][-1].split()
                cpu, rss = float(user) + float(system), int(kib) * 1024
            except (IndexError, ValueError):
                pass  # killed before time could write: keep wait4's figures
        stats.append({"code": code, "cpu": cpu, "rss": rss, "stderr": text})
    return {"wall": wall, "procs": stats, "timed_out": bool(timed_out)}


def warm(paths):
    """Reads the inputs once so every run starts from the page cache."""
    for p in paths:
        with open(p, "rb") as f:
            while f.read(1 << 22):
                pass


def machine():
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / (1 << 20):.0f} GiB"
    except OSError:
        pass

    def out(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO,
                                  check=False).stdout.strip()
        except OSError:
            return ""

    commit = out(["git", "rev-parse", "--short", "HEAD"])
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "rustc": out(["rustc", "--version"]) or "unknown",
        "commit": commit or "unknown",
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def first_error(proc_stats):
    for s in proc_stats:
        if s["code"] != 0:
            line = (s["stderr"].splitlines() or [f"exit {s['code']}"])[0]
            return f"exit {s['code']}: {line[:140]}"
    return None


def work_counts(key, path):
    """What a tool found, counted from its output (a warm-up run's): the
    proof that it did its work on the corpus and not just copy records."""
    n = 0
    c = {}

    def add(name, k=1):
        c[name] = c.get(name, 0) + k

    with open(path, encoding="utf-8") as f:
        for line in f:
            n += 1
            if key in ("passthrough", "passthrough-annotated", "dedupe", "dedupe-containment"):
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                add("bad lines")
                continue
            if not isinstance(rec, dict):
                continue
            if key == "split":
                add("lang " + str(rec.get("lang")))
                if rec.get("dateline"):
                    add("dateline")
                if rec.get("published"):
                    add("published")
            elif key == "entities":
                for e in rec.get("entities") or []:
                    add("entities")
                    add("type " + str(e.get("type")))
            elif key == "numbers":
                for x in rec.get("numbers") or []:
                    add("numbers")
                    if x.get("event"):
                        add("claims")
                        add("event " + str(x["event"]))
            elif key == "annotate":
                times = rec.get("times") or []
                add("times", len(times))
                if any(isinstance(t, dict) and t.get("value") for t in times):
                    add("dated")
            elif key in ("timeline", "incidents", "pipeline"):
                claims = rec.get("claims") or []
                add("claims", len(claims))
                for cl in claims:
                    if isinstance(cl, dict):
                        add("event " + str(cl.get("event")))
    c["records"] = n
    return c


def bench_size(mb, args, lang="en"):
    info = gen_corpus.ensure_corpus(mb, args.work_dir, args.bin_dir, log=log, lang=lang)
    cdir = Path(info["dir"])
    raw = cdir / "raw"
    names = gen_corpus.raw_files(cdir)
    inputs = {
        "raw": {"bytes": info["raw_bytes"], "paths": [raw / n for n in names]},
        "sentences": {"bytes": info["sentences_bytes"], "paths": [cdir / "sentences.jsonl"]},
        "annotated": {"bytes": info["annotated_bytes"], "paths": [cdir / "annotated.jsonl"]},
    }
    outdir = cdir / "out"
    outdir.mkdir(exist_ok=True)
    bin_dir = Path(args.bin_dir).resolve()

    # The article names go in a list file, as an analyst with an archive would
    # pass them (`find | kz-split --files-from -`): tens of thousands of names
    # as arguments would cost memory in argument parsing, not in splitting.
    raw_list = cdir / "raw.list"
    raw_list.write_text("".join(n + "\n" for n in names))

    def cmd(binary, extra, kind):
        exe = str(bin_dir / binary)
        if kind == "raw":
            # Relative names, read in `raw`: `doc` is the file stem.
            return [exe, *extra, "--files-from", str(raw_list.resolve())], raw
        return [exe, *extra, str(inputs[kind]["paths"][0])], None

    jobs = []
    for key, label, binary, extra, kind in BENCHES:
        if not (bin_dir / binary).exists():
            jobs.append({"key": key, "label": label, "kind": kind, "missing": binary})
            continue
        argv, cwd = cmd(binary, extra, kind)
        jobs.append({"key": key, "label": label, "kind": kind, "argvs": [argv], "cwd": cwd})
    missing = [b for b, _ in PIPELINE if not (bin_dir / b).exists()]
    if missing:
        jobs.append({"key": "pipeline", "label": PIPELINE_LABEL, "kind": "raw",
                     "missing": ", ".join(missing)})
    else:
        first, cwd = cmd(PIPELINE[0][0], PIPELINE[0][1], "raw")
        rest = [[str(bin_dir / b), *a] for b, a in PIPELINE[1:]]
        jobs.append({"key": "pipeline", "label": PIPELINE_LABEL, "kind": "raw",
                     "argvs": [first, *rest], "cwd": cwd})

    warm(p for k in inputs.values() for p in k["paths"])
    for job in jobs:
        job["runs"] = []
    # Run 0 is a warm-up that writes each output to out/ (for the record
    # counts and for inspection); the timed runs write to /dev/null, so that
    # the page cache writing back gigabytes of earlier outputs to disk (and
    # truncating last run's file) is not timed as the tool's work.
    for run in range(args.runs + 1):
        for job in jobs:
            if "missing" in job or job.get("failed"):
                continue
            if args.only and job["key"] not in args.only and not job["key"].startswith("passthrough"):
                continue
            out_path = outdir / f"{job['key']}.jsonl"
            which = "warm-up, output kept" if run == 0 else f"run {run}/{args.runs}"
            log(f"{'' if lang == 'en' else lang + ' '}{mb:g} MB, {which}: {job['label']}")
            try:
                m = measure(job["argvs"], None, out_path if run == 0 else os.devnull,
                            cwd=job["cwd"], timeout=args.timeout)
            except OSError as e:  # e.g. a command line too long for the system
                m = {"timed_out": False, "procs": [{"code": -1, "stderr": f"cannot start: {e}"}]}
            err = "timed out" if m["timed_out"] else first_error(m["procs"])
            if err:
                job["failed"] = err
                log(f"  failed: {err}")
                continue
            if run == 0 and lang != "en" and out_path.exists():
                # What the tool found in the text (the English corpus is
                # counted by records only: at 200 MB its outputs take
                # gigabytes to parse).
                job["work"] = work_counts(job["key"], out_path)
            if run == 0 and args.discard_outputs and out_path.exists():
                # Counted now, then dropped: the outputs of a 200 MB run
                # take about 8 GB.
                job["out_records"] = gen_corpus.count_lines(out_path)
                out_path.unlink()
            if run > 0:
                job["runs"].append(m)
        # Output records (kept by kz-dedupe, sentences of kz-split) once.
    for job in jobs:
        out_path = outdir / f"{job['key']}.jsonl"
        if job["runs"] and out_path.exists():
            job["out_records"] = gen_corpus.count_lines(out_path)
    return info, jobs, inputs


def summarise(mb, info, jobs, inputs, lang="en"):
    """One row per job: medians over runs, ratio to the pass-through of the same run."""
    by_key = {j["key"]: j for j in jobs}
    rows = []
    for job in jobs:
        in_bytes = inputs[job["kind"]]["bytes"]
        row = {"lang": lang, "size": mb, "key": job["key"], "label": job["label"], "kind": job["kind"],
               "input_mb": in_bytes / MB}
        if job.get("work") is not None:
            row["work"] = job["work"]
        if "missing" in job:
            row["status"] = f"not built ({job['missing']})"
            rows.append(row)
            continue
        if not job["runs"] and not job.get("failed"):
            row["status"] = "not measured (--only)"
            rows.append(row)
            continue
        if job.get("failed") and not job["runs"]:
            row["status"] = "failed: " + job["failed"]
            rows.append(row)
            continue
        runs = job["runs"]
        walls = [r["wall"] for r in runs]
        row["wall"] = statistics.median(walls)
        row["mbps"] = in_bytes / MB / row["wall"]
        row["cpu"] = statistics.median(sum(p["cpu"] for p in r["procs"]) for r in runs)
        row["rss"] = max(sum(p["rss"] for p in r["procs"]) for r in runs)
        row["mb_per_cpu_s"] = in_bytes / MB / row["cpu"] if row["cpu"] > 0 else None
        if len(runs[0]["procs"]) > 1:
            row["stage_cpu"] = [statistics.median(r["procs"][i]["cpu"] for r in runs)
                                for i in range(len(runs[0]["procs"]))]
            row["stage_rss"] = [max(r["procs"][i]["rss"] for r in runs)
                                for i in range(len(runs[0]["procs"]))]
        if job["kind"] == "raw":
            records = info["sentences"] if job["key"] == "pipeline" else job.get("out_records", 0)
        elif job["kind"] == "annotated":
            records = info["annotated"]
        else:
            records = info["sentences"]
        row["records"] = records
        row["rps"] = records / row["wall"]
        row["out_records"] = job.get("out_records")
        base = by_key.get("passthrough-annotated" if job["kind"] == "annotated" else "passthrough")
        if job["kind"] != "raw" and base and base.get("runs") and job["key"] != base["key"]:
            ratios = [base["runs"][i]["wall"] / runs[i]["wall"]
                      for i in range(min(len(runs), len(base["runs"])))]
            row["ratio"] = statistics.median(ratios)
        row["status"] = "ok" if not job.get("failed") else "partly failed: " + job["failed"]
        rows.append(row)
    return rows


def cell(text):
    """Text for a Markdown table cell: a `|` would end the cell, even in code."""
    return text.replace("|", "\\|")


def fmt(x, spec):
    return "—" if x is None else format(x, spec)


def check_targets(rows_by_size, info_by_size):
    """The issue's targets at the largest size; memory flatness between the
    smallest and largest. Returns table lines and a list of targets not met."""
    sizes = sorted(rows_by_size)
    big, small = sizes[-1], sizes[0]
    rows = {r["key"]: r for r in rows_by_size[big]}
    small_rows = {r["key"]: r for r in rows_by_size[small]}
    lines = ["| tool | target | measured | met |", "|---|---|---|---|"]
    not_met = []

    def add(label, target, measured, ok):
        mark = "n/a" if ok is None else ("met" if ok else "**not met**")
        lines.append(f"| {label} | {target} | {measured} | {mark} |")
        if ok is False:
            not_met.append(f"{label}: {target} (measured {measured})")

    for key, t in TARGETS.items():
        r = rows.get(key)
        label = r["label"] if r else key
        if key == "pipeline":
            label = "five-tool pipeline"
        if not r or "mbps" not in r:
            add(label, "runs", r["status"] if r else "not measured", False)
            continue
        add(label, f"≥ {t['mbps']} MB/s", f"{r['mbps']:.1f} MB/s", r["mbps"] >= t["mbps"])
        if "ratio" in t:
            ratio = r.get("ratio")
            add(label, f"≥ {t['ratio']}× pass-through", fmt(ratio, ".2f") + "×",
                None if ratio is None else ratio >= t["ratio"])
        if "flat" in t:
            s = small_rows.get(key)
            if big == small or not s or "rss" not in s:
                add(label, f"peak RSS flat (±{t['flat']} MB)", "one size only", None)
            else:
                diff = (r["rss"] - s["rss"]) / MIB
                add(label, f"peak RSS at {small:g} MB and {big:g} MB within {t['flat']} MB",
                    f"{s['rss'] / MIB:.1f} → {r['rss'] / MIB:.1f} MiB ({diff:+.1f})",
                    abs(diff) <= t["flat"])
        if "bytes_per_kept" in t:
            kept = r.get("out_records") or 0
            per = r["rss"] / kept if kept else None
            measured = (f"{per:.0f} B/record ({r['rss'] / MIB:.1f} MiB / {kept} kept)"
                        if per is not None else "nothing kept")
            s = small_rows.get(key)
            if big != small and s and s.get("out_records") and s.get("rss") and kept > s["out_records"]:
                marginal = (r["rss"] - s["rss"]) / (kept - s["out_records"])
                measured += f"; marginal {marginal:.0f} B/record"
            add(label, f"≤ {t['bytes_per_kept']} bytes of peak RSS per record kept", measured,
                None if per is None else per <= t["bytes_per_kept"])
        if t.get("per_dated"):
            dated = info_by_size[big].get("dated", 0)
            measured = f"{r['rss'] / MIB:.1f} MiB peak, {dated} dated sentences"
            if dated:
                measured += f" ({r['rss'] / dated:.0f} B each)"
            add(label, "memory proportional to dated sentences only", measured, None)
        if t.get("sum_rss"):
            solo = [rows.get(k) for k in ("split", "dedupe", "entities", "numbers", "timeline")]
            if all(x and "rss" in x for x in solo):
                total = sum(x["rss"] for x in solo)
                add(label, "peak RSS ≤ sum of the tools alone",
                    f"{r['rss'] / MIB:.1f} MiB (sum alone {total / MIB:.1f} MiB)",
                    r["rss"] <= total * 1.1 + 5 * MIB)
    return lines, not_met


def fmt_work(r):
    """The work a tool did, from its output's counts, for the Russian table."""
    w = r.get("work")
    if not w:
        return "—"
    key = r["key"]
    n = w.get("records", 0)
    if key == "split":
        ru = w.get("lang ru", 0)
        return (f"{n:,} sentences ({ru:,} `lang: ru`); {w.get('dateline', 0):,} with a dateline, "
                f"{w.get('published', 0):,} with `published`")
    if key == "entities":
        types = sorted(((v, k[5:]) for k, v in w.items() if k.startswith("type ")), reverse=True)
        return (f"{w.get('entities', 0):,} entities (" + ", ".join(f"{t} {v:,}" for v, t in types[:5]) + ")")
    if key == "numbers":
        events = sorted(((v, k[6:]) for k, v in w.items() if k.startswith("event ")), reverse=True)
        return (f"{w.get('claims', 0):,} casualty claims of {w.get('numbers', 0):,} numbers ("
                + ", ".join(f"{e} {v:,}" for v, e in events) + ")")
    if key == "annotate":
        return f"{w.get('dated', 0):,} of {n:,} sentences dated; {w.get('times', 0):,} time expressions"
    if key.startswith("dedupe"):
        return f"{n:,} sentences kept"
    if key == "timeline":
        return f"{n:,} dates, {w.get('claims', 0):,} claims"
    if key in ("incidents", "pipeline"):
        return f"{n:,} incidents, {w.get('claims', 0):,} claims"
    return f"{n:,} records"


def render_russian(rows, info, en_rows):
    """The Russian section: corpus, results with the work each tool did, and
    the checks that it did some. Returns (lines, work checks not met)."""
    mb = info["size"]
    by_key = {r["key"]: r for r in rows}
    en = {r["key"]: r for r in en_rows} if en_rows else {}
    en_size = en_rows[0]["size"] if en_rows else None
    notes = "; ".join(info.get("annotated_notes") or [])
    out = [
        "## Russian",
        "",
        f"The same benchmarks on {mb:g} MB of Russian articles (`bench/corpus_ru.py`, seeded, its own "
        "templates and vocabularies: reports of attacks, unrest, rallies, brawls, fires, gas explosions "
        "and road accidents with declined place names, people with initials, casualty figures in digits, "
        "in cardinals of every case and collective numerals, with qualifiers, subtotals and superseded "
        "tolls, dates in words, wire datelines and date lines; about one article in ten republished by "
        "another outlet with small edits); `--russian-mb` sets the size, cached under "
        "`target/bench/ru-<N>mb/`. Cyrillic takes two bytes a letter in UTF-8, so a Russian MB holds "
        "about half the characters of an English one.",
        "",
        f"- Corpus: {info['docs']:,} articles ({info['republished']:,} republished), "
        f"{info['raw_bytes'] / MB:.1f} MB raw text, {info['sentences']:,} sentences "
        f"({info['sentences_from']}), sentence JSONL {info['sentences_bytes'] / MB:.1f} MB, annotated "
        f"JSONL {info['annotated_bytes'] / MB:.1f} MB{' (' + notes + ')' if notes else ''}, "
        f"{info.get('dated', 0):,} dated sentences; the generator wrote "
        f"{info.get('planted_claims', 0):,} casualty figures into the text.",
        "",
        f"| size | benchmark | input | MB/s | MB per CPU s | English MB per CPU s"
        f"{f' ({en_size:g} MB)' if en_size is not None else ''} | records/s | × pass-through "
        "| peak RSS MiB | CPU s | work done (from the warm-up output) | status |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        kind = {"raw": "raw text", "sentences": "sentence JSONL", "annotated": "annotated JSONL"}[r["kind"]]
        status = r["status"]
        if r.get("stage_cpu"):
            status += "; CPU s by stage " + " / ".join(f"{c:.2f}" for c in r["stage_cpu"])
        e = en.get(r["key"], {})
        out.append(
            f"| {mb:g} MB | `{cell(r['label'])}` | {kind}, {r['input_mb']:.1f} MB | {fmt(r.get('mbps'), '.1f')} "
            f"| {fmt(r.get('mb_per_cpu_s'), '.1f')} | {fmt(e.get('mb_per_cpu_s'), '.1f')} "
            f"| {fmt(r.get('rps'), ',.0f')} | {fmt(r.get('ratio'), '.2f')} "
            f"| {fmt(r['rss'] / MIB if 'rss' in r else None, '.1f')} | {fmt(r.get('cpu'), '.2f')} "
            f"| {fmt_work(r)} | {status} |")

    # The tools must have found something in Russian text, or the figures
    # above measure nothing.
    checks = []
    failed = []

    def check(label, measured, ok):
        checks.append(f"| {label} | {measured} | {'n/a' if ok is None else ('met' if ok else '**not met**')} |")
        if ok is False:
            failed.append(f"Russian: {label} (measured {measured})")

    def work(key):
        r = by_key.get(key)
        return r.get("work") if r else None

    w = work("split")
    if w:
        n, ru = w.get("records", 0), w.get("lang ru", 0)
        check("kz-split: sentences, nearly all `lang: ru`", f"{ru:,} of {n:,} `ru`",
              n > 0 and ru >= 0.95 * n)
    w = work("entities")
    if w:
        check("kz-entities: entities found", f"{w.get('entities', 0):,}", w.get("entities", 0) > 0)
    w = work("numbers")
    if w:
        planted = info.get("planted_claims") or 0
        found = w.get("claims", 0)
        share = f" ({found / planted:.0%} of the {planted:,} the generator wrote)" if planted else ""
        check("kz-numbers: casualty claims found", f"{found:,}{share}", found > 0)
        killed = w.get("event killed", 0)
        check("kz-numbers: killed, injured and detained all found",
              f"{killed:,} / {w.get('event injured', 0):,} / {w.get('event detained', 0):,}",
              all(w.get(f"event {e}", 0) > 0 for e in ("killed", "injured", "detained")))
    w = work("annotate")
    if w:
        check("kz-timeline --annotate: sentences dated", f"{w.get('dated', 0):,}", w.get("dated", 0) > 0)
    w = work("dedupe")
    if w:
        n = info["sentences"]
        kept = w.get("records", 0)
        check("kz-dedupe: repeated sentences dropped", f"{kept:,} of {n:,} kept", 0 < kept < n)
    w = work("incidents")
    if w:
        check("kz-timeline --by incident: incidents with claims",
              f"{w.get('records', 0):,} incidents, {w.get('claims', 0):,} claims", w.get("claims", 0) > 0)
    if checks:
        out += ["", "Work done on the Russian corpus:", "", "| check | measured | met |", "|---|---|---|",
                *checks]
    out.append("")
    return out, failed


def render(mach, args, rows_by_size, info_by_size, ru=None):
    sizes = sorted(rows_by_size)
    ru_lines, ru_failed = render_russian(ru["rows"], ru["info"], rows_by_size[sizes[0]]) if ru else ([], [])
    out = [
        "# Benchmarks",
        "",
        "<!-- Generated by bench/run.py (`make bench`); do not edit by hand. -->",
        "",
        f"- Machine: {mach['cores']} cores, {mach['cpu']}, {mach['memory']}, {mach['os']}",
        f"- Date: {mach['date']}; commit {mach['commit']}; {mach['rustc']}; load average "
        f"at the end {mach['load']} (1, 5, 15 min: other work on the machine slows every figure)",
        f"- Command: `python3 bench/run.py --sizes {' '.join(f'{s:g}' for s in sizes)} "
        f"--russian-mb {args.russian_mb:g} --runs {args.runs}` (what `make bench` runs); binaries from "
        f"`{args.bin_dir_display}`",
        "- MB = 10⁶ bytes of input; RSS in MiB; times are wall clock, median of the runs, "
        "output to `/dev/null` (a warm-up run before them writes each output under "
        "`target/bench/<N>mb/out/`, where the record counts come from: writing gigabytes to "
        "the page cache would time the disk, not the tool) "
        "(`MB per CPU s` divides by user + system time instead, which other load on the machine "
        "disturbs less; a multi-threaded tool can use more CPU than wall time); "
        "`× pass-through` is the tool's throughput divided by that of `kz-passthrough` "
        "(the shared reader and writer doing nothing else) on the same input in the same run.",
        "",
        "## Corpus",
        "",
        "Generated by `bench/gen_corpus.py` (seeded; its own templates and vocabularies; about one "
        "article in ten a near-duplicate republication), cached under `target/bench/`.",
        "",
        "| size | articles | raw text | sentences (made by) | sentence JSONL | annotated JSONL "
        "| dated sentences |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        i = info_by_size[s]
        notes = "; ".join(i.get("annotated_notes") or [])
        out.append(
            f"| {s:g} MB | {i['docs']} ({i['republished']} republished) | {i['raw_bytes'] / MB:.1f} MB "
            f"| {i['sentences']} ({i['sentences_from']}) | {i['sentences_bytes'] / MB:.1f} MB "
            f"| {i['annotated_bytes'] / MB:.1f} MB{' (' + notes + ')' if notes else ''} | {i.get('dated', 0)} |")
    out += [
        "",
        "## Results",
        "",
        "| size | benchmark | input | MB/s | records/s | × pass-through | peak RSS MiB | CPU s "
        "| MB per CPU s | status |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in sizes:
        for r in rows_by_size[s]:
            kind = {"raw": "raw text", "sentences": "sentence JSONL",
                    "annotated": "annotated JSONL"}[r["kind"]]
            status = r["status"]
            if r["key"].startswith("dedupe") and r.get("out_records") is not None:
                status += f" ({r['out_records']} kept)"
            if r["key"] == "split" and r.get("out_records") is not None:
                status += f" ({r['out_records']} sentences)"
            if r.get("stage_cpu"):
                status += "; CPU s by stage " + " / ".join(f"{c:.2f}" for c in r["stage_cpu"])
                status += "; RSS MiB by stage " + " / ".join(f"{m / MIB:.0f}" for m in r["stage_rss"])
            out.append(
                f"| {s:g} MB | `{cell(r['label'])}` | {kind}, {r['input_mb']:.1f} MB | {fmt(r.get('mbps'), '.1f')} "
                f"| {fmt(r.get('rps'), ',.0f')} | {fmt(r.get('ratio'), '.2f')} "
                f"| {fmt(r['rss'] / MIB if 'rss' in r else None, '.1f')} | {fmt(r.get('cpu'), '.2f')} "
                f"| {fmt(r.get('mb_per_cpu_s'), '.1f')} | {status} |")
    lines, not_met = check_targets(rows_by_size, info_by_size)
    not_met = not_met + ru_failed
    big = sizes[-1]
    out += [
        "",
        f"## Targets ({big:g} MB corpus; memory compared across "
        f"{' and '.join(f'{s:g} MB' for s in sorted({sizes[0], big}))})",
        "",
        *lines,
        "",
    ]
    if big < 200:
        out += [f"Measured on a {big:g} MB corpus; the targets are stated for 200 MB.", ""]
    out += ["Targets not met: " + ("none." if not not_met else ""), ""]
    out += [f"- {n}" for n in not_met]
    if not_met:
        out.append("")
    out += pipeline_bound(rows_by_size[big], info_by_size[big], mach)
    out += ru_lines
    return "\n".join(out), not_met


def pipeline_bound(rows, info, mach):
    """Why the pipeline runs at the speed it does, from this run's figures:
    its stages' CPU time shared by the cores bounds it, and the pass-through
    alone over the JSONL the four JSONL stages read sets a floor under that
    time whatever the tools do."""
    by_key = {r["key"]: r for r in rows}
    pipe, passthrough = by_key.get("pipeline"), by_key.get("passthrough")
    if not pipe or not pipe.get("stage_cpu") or not passthrough or not passthrough.get("mb_per_cpu_s"):
        return []
    raw_mb = info["raw_bytes"] / MB
    cores = mach["cores"] if isinstance(mach.get("cores"), int) else 2
    cpu = sum(pipe["stage_cpu"])
    jsonl_per_raw = info["sentences_bytes"] / info["raw_bytes"]
    # Each of the four JSONL stages reads and writes at least the sentences.
    floor = 4 * jsonl_per_raw / passthrough["mb_per_cpu_s"]
    return [
        "### What bounds the pipeline",
        "",
        f"Its five processes used {cpu:.1f} s of CPU for {raw_mb:.0f} MB of raw text, "
        f"{cpu / raw_mb:.3f} CPU s per MB; {cores} cores can give at most "
        f"{cores * raw_mb / cpu:.1f} MB/s (measured {pipe['mbps']:.1f}). "
        f"Each MB of raw text becomes {jsonl_per_raw:.1f} MB of sentence JSONL, which four "
        f"JSONL stages each parse and write again: at the pass-through's "
        f"{passthrough['mb_per_cpu_s']:.0f} MB per CPU s that alone takes {floor:.3f} CPU s "
        f"per MB of raw text, a ceiling of {cores / floor:.0f} MB/s before any tool does its work "
        f"(and annotated records are larger still). 20 MB/s of raw text would leave the tools "
        f"{max(0.0, cores / 20 - floor):.3f} CPU s per MB between them, so on {cores} cores the "
        f"target cannot be met as stated, however fast each tool is. Counted in MB of sentence "
        f"JSONL, as the other targets are, the pipeline runs at "
        f"{pipe['mbps'] * jsonl_per_raw:.1f} MB/s.",
        "",
    ]


def write_report(path, text):
    """Writes the report, keeping the peers section of the previous one."""
    path = Path(path)
    peers = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if PEERS_BEGIN in old and PEERS_END in old:
            peers = old[old.index(PEERS_BEGIN):old.index(PEERS_END) + len(PEERS_END)]
    body = text.rstrip("\n") + "\n"
    if peers:
        body += "\n" + peers + "\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(body, encoding="utf-8")
    tmp.replace(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", nargs="+", type=float, default=[10.0, 200.0],
                    help="corpus sizes in MB (default: 10 200)")
    ap.add_argument("--russian-mb", type=float, default=10.0, metavar="MB",
                    help="size of the Russian corpus the same benchmarks run on (default: 10; 0: none)")
    ap.add_argument("--runs", type=int, default=3, help="runs per benchmark; the median is reported")
    ap.add_argument("--bin-dir", default=str(REPO / "target" / "release"),
                    help="directory of the kz binaries (default: target/release)")
    ap.add_argument("--work-dir", default=str(REPO / "target" / "bench"),
                    help="where corpora and outputs go (default: target/bench)")
    ap.add_argument("--out", default=str(REPO / "BENCHMARKS.md"), help="report to write")
    ap.add_argument("--json", help="also write the raw results here (default: <work-dir>/results.json)")
    ap.add_argument("--only", nargs="+", metavar="KEY",
                    choices=[b[0] for b in BENCHES] + ["pipeline"],
                    help="measure these only (keys: %(choices)s); the pass-through always runs")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds before a run is killed")
    ap.add_argument("--discard-outputs", action="store_true",
                    help="delete each warm-up output once its records are counted (saves disk: "
                         "about 8 GB at 200 MB)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.russian_mb < 0:
        ap.error("--russian-mb must be 0 (none) or more")
    bin_dir = Path(args.bin_dir)
    try:
        args.bin_dir_display = str(bin_dir.resolve().relative_to(REPO))
    except ValueError:
        args.bin_dir_display = str(bin_dir)
    if not (bin_dir / "kz-passthrough").exists():
        sys.exit(f"bench: {bin_dir}/kz-passthrough is not built (run `make release`)")
    rows_by_size, info_by_size = {}, {}
    for mb in sorted(set(args.sizes)):
        info, jobs, inputs = bench_size(mb, args)
        info_by_size[mb] = info
        rows_by_size[mb] = summarise(mb, info, jobs, inputs)
    ru = None
    if args.russian_mb > 0:
        info, jobs, inputs = bench_size(args.russian_mb, args, lang="ru")
        info["size"] = args.russian_mb
        ru = {"info": info, "rows": summarise(args.russian_mb, info, jobs, inputs, lang="ru")}
    mach = machine()
    text, not_met = render(mach, args, rows_by_size, info_by_size, ru)
    write_report(args.out, text)
    json_path = Path(args.json or Path(args.work_dir) / "results.json")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    corpus = {f"{k:g}": v for k, v in info_by_size.items()}
    rows = [r for s in sorted(rows_by_size) for r in rows_by_size[s]]
    if ru:
        corpus[f"ru-{args.russian_mb:g}"] = ru["info"]
        rows += ru["rows"]
    json_path.write_text(json.dumps({"machine": mach, "corpus": corpus, "rows": rows,
                                     "not_met": not_met}, indent=1))
    print(text)
    log(f"wrote {args.out}")


if __name__ == "__main__":
    main()
