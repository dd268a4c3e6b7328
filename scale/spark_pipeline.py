#!/usr/bin/env python3
"""The kz pipeline on Apache Spark, with the output of the single process.

    kz-split --files-from LIST | kz-dedupe | kz-entities | kz-numbers \\
        | kz-timeline --annotate > annotated.jsonl
    kz-timeline annotated.jsonl > timeline.jsonl

is run as:

1. kz-split in the executors (RDD.pipe), over partitions of the article list:
   a partition holds whole articles, so whole documents.
2. kz-dedupe across partitions: `--emit-keys` in the executors (record
   numbers made global by adding the partition's offset), the keys grouped
   by Spark (groupByKey), and `--from-keys` confirming the candidates in one
   process: only the records that share a key with another record go through
   it (the others are kept by the plain run and decide nothing for anyone);
   the records it drops are then dropped from the partitions in place.
3. kz-entities | kz-numbers | kz-timeline --annotate in the executors
   (RDD.pipe) over the same partitions, after a check that no document is
   cut across partitions (their memory of a document's names and dates
   would otherwise restart at the cut, silently).
4. the timeline: the annotated records gathered in one place, in order, and
   read by one kz-timeline process per view (see README, "Beyond one
   machine", for why, and for what it costs).

The binaries are the tools themselves, reaching the executors as files
(SparkContext.addFile) or at a path that every host has (--bin-dir with
--no-ship); nothing of them is rewritten here. The Python code only moves
lines, numbers them, and reads the `doc` field and kz-dedupe's verdicts.

    python3 scale/spark_pipeline.py --files-from LIST --out DIR [--master local[2]]
"""

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time
from array import array
from bisect import bisect_left
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOLS = ["kz-split", "kz-dedupe", "kz-entities", "kz-numbers", "kz-timeline"]

# The timeline views: output file -> kz-timeline options. A new view of
# kz-timeline is one more line here (and the test compares it too).
TIMELINE_VIEWS = {
    "timeline.jsonl": [],
    # "timeline-incidents.jsonl": ["--by", "incident"],  # once kz-timeline has --by incident
}

# The doc field of a kz-split record: it is written first.
DOC_RE = re.compile(r'^\{"doc":("(?:[^"\\]|\\.)*")')


def log(msg):
    print(f"spark_pipeline: {msg}", file=sys.stderr, flush=True)


def die(msg, code=1):
    print(f"spark_pipeline: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


def doc_of(line):
    m = DOC_RE.match(line)
    if m:
        return json.loads(m.group(1))
    if '"doc"' not in line:
        return None
    # `doc` elsewhere in the record (written by something other than kz-split).
    try:
        doc = json.loads(line).get("doc")
    except (ValueError, AttributeError):
        return None
    return doc if doc is None or isinstance(doc, str) else json.dumps(doc)


def shell_stage(commands):
    """A pipe stage: the tools from $KZ_BIN, joined by pipes, run by bash with
    pipefail (a failing tool fails the task, not only the last one)."""
    parts = []
    for argv in commands:
        parts.append(" ".join(['"$KZ_BIN"/' + shlex.quote(argv[0])] + [shlex.quote(a) for a in argv[1:]]))
    script = "set -o pipefail; " + " | ".join(parts)
    return shlex.join(["/bin/bash", "-c", script])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files-from", required=True,
                    help="the articles (raw text files), one path a line, in the order of the output; "
                         "the paths must be readable on every executor")
    ap.add_argument("--out", required=True, help="output folder (annotated.jsonl, timeline*.jsonl)")
    ap.add_argument("--master", help="Spark master (default: spark-submit's, else local[2])")
    ap.add_argument("--partitions", type=int, default=0,
                    help="partitions of the article list (default: 2 x the default parallelism)")
    ap.add_argument("--bin-dir", default=os.environ.get("KZ_BIN_DIR", str(REPO / "target" / "release")),
                    help="where the kz binaries are (default $KZ_BIN_DIR, else target/release)")
    ap.add_argument("--no-ship", action="store_true",
                    help="do not send the binaries with addFile: --bin-dir is a path on every host")
    ap.add_argument("--dedupe-opt", action="append", default=[],
                    help="an option for both kz-dedupe runs (repeat: --dedupe-opt=--threshold --dedupe-opt=0.9)")
    ap.add_argument("--keep-stages", action="store_true",
                    help="also write sentences.jsonl (kz-split) and deduped.jsonl (kz-dedupe) to --out")
    ap.add_argument("--stats", action="store_true",
                    help="print the bytes each shuffle wrote (local masters: read from the shuffle files)")
    ap.add_argument("--cut-inside-documents", action="store_true",
                    help="(for the test that shows the check works) re-cut the records into partitions "
                         "by count before the annotators, ignoring documents")
    args = ap.parse_args()

    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        die("java is not installed (Spark needs Java 17 or newer): install it "
            "(Debian: apt-get install openjdk-17-jre-headless) and run again")
    bin_dir = Path(args.bin_dir).resolve()
    for t in TOOLS:
        if not (bin_dir / t).is_file():
            die(f"{bin_dir / t} is missing: build the tools first (make release)")
    paths = [p for p in Path(args.files_from).read_text(encoding="utf-8").splitlines() if p]
    if not paths:
        die(f"{args.files_from}: no article paths")
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)

    # Python workers run this interpreter; string hashing is the same in all.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ.setdefault("PYTHONHASHSEED", "0")
    from pyspark import SparkConf, SparkContext, SparkFiles, StorageLevel

    conf = SparkConf()
    if args.master or not conf.contains("spark.master"):
        conf.setMaster(args.master or "local[2]")
    if conf.get("spark.master").startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    conf = (conf.setAppName("kz")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.executorEnv.PYTHONHASHSEED", os.environ["PYTHONHASHSEED"]))
    local_dir = None
    if args.stats and conf.get("spark.master").startswith("local"):
        local_dir = out_dir / ".spark-local"
        shutil.rmtree(local_dir, ignore_errors=True)
        conf.set("spark.local.dir", str(local_dir)).set("spark.cleaner.referenceTracking", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    started = time.time()
    try:
        run(sc, args, paths, bin_dir, out_dir, SparkFiles, StorageLevel)
        if local_dir:
            shuffle_stats(local_dir, len(paths))
    finally:
        sc.stop()
    log(f"done in {time.time() - started:.1f} s")


def run(sc, args, paths, bin_dir, out_dir, SparkFiles, StorageLevel):
    # Where the executors find the binaries.
    if args.no_ship:
        kz_bin = str(bin_dir)
    else:
        for t in TOOLS:
            sc.addFile(str(bin_dir / t))
        # Files added with addFile land in SparkFiles' directory: in local
        # mode the driver's (the executors are threads of it); on a cluster,
        # each executor's working directory, where its Python workers run.
        kz_bin = SparkFiles.getRootDirectory() if sc.master.startswith("local[") or sc.master == "local" else "."
    env = {"KZ_BIN": kz_bin, "PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C"}

    def pipe(rdd, *commands):
        return rdd.pipe(shell_stage(commands), env=env, checkCode=True)

    n_parts = args.partitions or 2 * sc.defaultParallelism
    n_parts = max(1, min(n_parts, len(paths)))
    dedupe_opts = list(args.dedupe_opt)

    # 1. kz-split in the executors; a partition is a slice of the article list.
    articles = sc.parallelize(paths, n_parts)
    sentences = pipe(articles, ["kz-split", "--files-from", "-"]).persist(StorageLevel.MEMORY_AND_DISK)
    counts = sentences.mapPartitionsWithIndex(lambda i, it: [(i, sum(1 for _ in it))]).collect()
    offsets, total = {}, 0
    for i, n in sorted(counts):
        offsets[i] = total
        total += n
    log(f"{len(paths)} articles, {total} records in {n_parts} partitions")
    if args.keep_stages:
        write_lines(out_dir / "sentences.jsonl", sentences.toLocalIterator(prefetchPartitions=True))

    # Records numbered 1.. in stream order: (n, line).
    def number(i, it, offsets=offsets):
        n = offsets[i]
        for line in it:
            n += 1
            yield (n, line)

    numbered = sentences.mapPartitionsWithIndex(number, preservesPartitioning=True)

    # 2. kz-dedupe. Keys in the executors; record numbers made global.
    def globalise(i, it, offsets=offsets):
        base = offsets[i]
        for line in it:
            key, _, n = line.partition("\t")
            yield (key, base + int(n))

    keys = pipe(sentences, ["kz-dedupe", "--emit-keys", *dedupe_opts]).mapPartitionsWithIndex(globalise)
    # The shuffle: records grouped by key; keys of one record only dropped.
    groups = (keys.groupByKey()
              .mapValues(lambda ns: sorted(set(ns)))
              .filter(lambda kv: len(kv[1]) > 1)
              .persist(StorageLevel.MEMORY_AND_DISK))
    # Candidates: the records in some group, in stream order. The driver
    # holds their numbers (8 bytes each) and renumbers them 1.. for
    # --from-keys; the executors get them as a bitmap of all records.
    cands = array("q", groups.flatMap(lambda kv: kv[1]).distinct().sortBy(lambda n: n)
                  .toLocalIterator(prefetchPartitions=True))
    log(f"{len(cands)} records share a key with another")

    dropped = []
    if cands:
        work = out_dir / ".dedupe"
        work.mkdir(exist_ok=True)
        keys_path = work / "keys.tsv"
        # The shared keys in key order, members renumbered (what --from-keys reads).
        with open(keys_path, "w", encoding="ascii") as f:
            for key, ns in groups.sortByKey().toLocalIterator(prefetchPartitions=True):
                for n in ns:
                    f.write(f"{key}\t{bisect_left(cands, n) + 1}\n")
        cand_bits = sc.broadcast(bitmap(cands, total))
        cand_records = numbered.filter(lambda nl: has(cand_bits.value, nl[0])).values()
        # The candidate records in stream order, through one kz-dedupe.
        verdicts = confirm(bin_dir, dedupe_opts, keys_path, cand_records.toLocalIterator(prefetchPartitions=True))
        if len(verdicts) != len(cands):
            die(f"kz-dedupe --from-keys gave {len(verdicts)} records for {len(cands)}")
        dropped = [n for n, dup in zip(cands, verdicts) if dup]
        shutil.rmtree(work)
    log(f"{len(dropped)} duplicates dropped")
    drop_bits = sc.broadcast(bitmap(dropped, total))
    deduped = numbered.filter(lambda nl: not has(drop_bits.value, nl[0])).values()
    if args.keep_stages:
        write_lines(out_dir / "deduped.jsonl", deduped.toLocalIterator(prefetchPartitions=True))

    if args.cut_inside_documents:
        kept = total - len(dropped)
        per = max(1, -(-kept // n_parts))
        deduped = (deduped.zipWithIndex().map(lambda li: (li[1], li[0]))
                   .repartitionAndSortWithinPartitions(n_parts, lambda i: min(i // per, n_parts - 1))
                   .values())
    deduped = deduped.persist(StorageLevel.MEMORY_AND_DISK)
    check_whole_documents(deduped)

    # 3. The annotators in the executors, over partitions of whole documents.
    annotated = pipe(deduped, ["kz-entities"], ["kz-numbers"], ["kz-timeline", "--annotate"])
    annotated_path = out_dir / "annotated.jsonl"
    n_ann = write_lines(annotated_path, annotated.toLocalIterator(prefetchPartitions=True))
    log(f"{n_ann} annotated records -> {annotated_path}")

    # 4. The timeline, from the annotated records gathered here.
    for name, opts in TIMELINE_VIEWS.items():
        run_tool([str(bin_dir / "kz-timeline"), *opts, "-o", str(out_dir / name), str(annotated_path)])
        log(f"kz-timeline {' '.join(opts)} -> {out_dir / name}")


def shuffle_stats(local_dir, articles):
    """The shuffle files Spark wrote (compressed, as it stores them), per shuffle."""
    sizes = {}
    for p in Path(local_dir).rglob("shuffle_*.data"):
        shuffle = int(p.name.split("_")[1])
        sizes[shuffle] = sizes.get(shuffle, 0) + p.stat().st_size
    for shuffle, size in sorted(sizes.items()):
        log(f"shuffle {shuffle}: {size} bytes written, {size / articles:.0f} per article")
    total = sum(sizes.values())
    log(f"shuffles: {total} bytes written, {total / articles:.0f} per article")


def check_whole_documents(rdd):
    """Stops when a document's records are in more than one partition, or
    not together in one (kz-entities and kz-timeline keep what they learnt
    of a document until the next one starts)."""
    def runs(i, it):
        last = object()
        k = 0
        for line in it:
            doc = doc_of(line)
            if doc != last:
                if doc is not None:
                    yield (doc, [(i, k)])
                last = doc
            k += 1

    bad = (rdd.mapPartitionsWithIndex(runs)
           .reduceByKey(lambda a, b: a + b)
           .filter(lambda kv: len(kv[1]) > 1)
           .take(3))
    if bad:
        doc, where = bad[0]
        where = sorted(where)
        places = ", ".join(f"partition {p} record {k + 1}" for p, k in where[:4])
        die(f'document "{doc}" is cut: its records are in {len(where)} places ({places}); '
            f"the records of a document must be together in one partition "
            f"({len(bad)}{'+' if len(bad) == 3 else ''} documents so)")


def confirm(bin_dir, dedupe_opts, keys_path, records):
    """Runs kz-dedupe --from-keys --mark on the candidate records (in stream
    order) and returns, for each, whether it is a duplicate."""
    argv = [str(bin_dir / "kz-dedupe"), "--from-keys", str(keys_path), "--mark", *dedupe_opts]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    failure = []

    def feed():
        try:
            for line in records:
                proc.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        except Exception as e:  # raised below, once kz-dedupe has ended
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    t = threading.Thread(target=feed)
    t.start()
    # --mark keeps every record, in order, and gives duplicates `dup_of`.
    verdicts = ["dup_of" in json.loads(out) for out in proc.stdout]
    t.join()
    if proc.wait() != 0:
        die(f"kz-dedupe --from-keys failed (exit {proc.returncode})")
    if failure:
        raise failure[0]
    return verdicts


def bitmap(numbers, total):
    bits = bytearray((total + 8) // 8)
    for n in numbers:
        bits[n >> 3] |= 1 << (n & 7)
    return bytes(bits)


def has(bits, n):
    return (bits[n >> 3] >> (n & 7)) & 1 == 1


def write_lines(path, lines):
    tmp = Path(str(path) + ".tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line)
            f.write("\n")
            n += 1
    tmp.replace(path)
    return n


def run_tool(argv):
    proc = subprocess.run(argv)
    if proc.returncode != 0:
        die(f"{' '.join(argv)} failed (exit {proc.returncode})")


if __name__ == "__main__":
    main()
