#!/usr/bin/env bash
# make test-scale: the README's recipes for GNU parallel and Spark ("Beyond one
# machine"), run for real on the example articles and on a generated corpus,
# compared byte for byte with the single process; and checks that a cut
# inside a document is caught. Nothing is sorted: every recipe keeps order.
#
# Environment: KZ_BIN_DIR (the binaries; default target/release),
# SCALE_WORK (default target/scale), SCALE_GEN_MB (generated corpus, MB of
# raw text; default 10, about 3,500 articles).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
export KZ_BIN_DIR=${KZ_BIN_DIR:-$REPO/target/release}
WORK=${SCALE_WORK:-$REPO/target/scale}
GEN_MB=${SCALE_GEN_MB:-10}
export LC_ALL=C
# GNU parallel runs a --sshlogin job through $SHELL; where it is unset (a CI
# container without a login shell) the jobs give nothing and exit 0, and
# where it is sh they lose PATH. ssh logins have a shell; so does this test.
export SHELL=/bin/bash

bash "$REPO/scale/setup.sh"
for t in kz-split kz-entities kz-numbers kz-dedupe kz-timeline; do
  [ -x "$KZ_BIN_DIR/$t" ] || { echo "test-scale: $KZ_BIN_DIR/$t is missing (make release)" >&2; exit 1; }
done
export PATH="$KZ_BIN_DIR:$PATH"
unset PARALLEL

# The recipes exactly as README.md shows them (checked below), each run in a
# folder of its own that holds articles.txt or sentences.jsonl.
recipe() {
  sed -n "s/^$1: //p" <<'EOF'
single: kz-split --files-from articles.txt | kz-dedupe | kz-entities | kz-numbers | kz-timeline --annotate > annotated.jsonl
single-timeline: kz-timeline annotated.jsonl > timeline.jsonl
files: parallel --pipe -k -N 200 'kz-split --files-from - | kz-entities | kz-numbers | kz-timeline --annotate' < articles.txt > annotated.jsonl
docs: parallel --pipe -k --group-by 's/^\{"doc":("(?:[^"\\]|\\.)*").*/$1/s' 'kz-entities | kz-numbers | kz-timeline --annotate' < sentences.jsonl > annotated.jsonl
hosts: parallel -S 2/host1,2/host2 --pipe -k --group-by 's/^\{"doc":("(?:[^"\\]|\\.)*").*/$1/s' 'kz-entities | kz-numbers | kz-timeline --annotate' < sentences.jsonl > annotated.jsonl
spark: scale/.venv/bin/python scale/spark_pipeline.py --master 'local[2]' --files-from articles.txt --out spark
EOF
}

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAILED: $*"; }

# same LABEL EXPECTED ACTUAL: byte for byte, and not vacuously.
same() {
  if [ ! -s "$2" ]; then
    bad "$1: the single process gave nothing ($2)"
  elif cmp -s "$2" "$3"; then
    ok "$1 ($(wc -l < "$3") lines, same bytes)"
  else
    bad "$1: differs from the single process: $(cmp "$2" "$3" 2>&1 | head -n 1)"
  fi
}

# run DIR NAME: the recipe NAME in DIR (stdout and stderr to DIR/NAME.log).
run() {
  local cmd
  cmd=$(recipe "$2")
  (cd "$1" && bash -o pipefail -c "$cmd") > "$1/$2.log" 2>&1
}

for name in single single-timeline files docs hosts spark; do
  line=$(recipe "$name")
  if grep -qxF -- "$line" "$REPO/README.md"; then
    ok "README shows the recipe '$name' as the test runs it"
  else
    bad "README.md has no line: $line"
  fi
done

# corpus NAME FILE...: a folder per recipe, the article list in each.
corpus() {
  local dir=$WORK/$1
  shift
  rm -rf "$dir"
  mkdir -p "$dir"/{ref,files,docs,docs-small,hosts,spark-run,cut}
  printf '%s\n' "$@" | sort > "$dir/articles.txt"
  for d in ref files spark-run; do cp "$dir/articles.txt" "$dir/$d/"; done
  ln -s "$REPO/scale" "$dir/spark-run/scale"
  echo "$dir"
}

# check_corpus LABEL DIR HOSTS: every recipe on the corpus in DIR; HOSTS: how
# many of the two ssh hosts must get jobs (the examples make one block).
check_corpus() {
  local label=$1 dir=$2 t0 hosts
  echo "== $label: $(wc -l < "$dir/articles.txt") articles"
  # The single process: the five tools, and the stateless chain alone.
  t0=$SECONDS
  run "$dir/ref" single || { bad "$label: single process failed (see $dir/ref/single.log)"; return; }
  run "$dir/ref" single-timeline || { bad "$label: kz-timeline failed"; return; }
  kz-split --files-from "$dir/articles.txt" > "$dir/ref/sentences.jsonl"
  kz-entities "$dir/ref/sentences.jsonl" | kz-numbers | kz-timeline --annotate > "$dir/ref/stateless.jsonl"
  for d in docs docs-small hosts cut; do cp "$dir/ref/sentences.jsonl" "$dir/$d/"; done
  # The --group-by recipe reads `doc` at the start of each record.
  if grep -qv '^{"doc":"' "$dir/ref/sentences.jsonl"; then
    bad "$label: a kz-split record does not start with its doc field: $(grep -v '^{"doc":"' "$dir/ref/sentences.jsonl" | head -c 200)"
  else ok "$label: every kz-split record starts with its doc field"; fi
  echo "   single process: $((SECONDS - t0)) s"

  t0=$SECONDS
  if run "$dir/files" files; then
    same "$label: parallel, blocks of article files" "$dir/ref/stateless.jsonl" "$dir/files/annotated.jsonl"
  else bad "$label: parallel (files) failed: $(tail -n 3 "$dir/files/files.log")"; fi
  if run "$dir/docs" docs; then
    same "$label: parallel --group-by doc" "$dir/ref/stateless.jsonl" "$dir/docs/annotated.jsonl"
  else bad "$label: parallel (docs) failed: $(tail -n 3 "$dir/docs/docs.log")"; fi
  # The same recipe with 250 kB blocks, so that blocks are cut often (about 110 cuts).
  if PARALLEL="--block 250k" run "$dir/docs-small" docs; then
    same "$label: parallel --group-by doc, 250 kB blocks" "$dir/ref/stateless.jsonl" "$dir/docs-small/annotated.jsonl"
  else bad "$label: parallel (docs, small blocks) failed: $(tail -n 3 "$dir/docs-small/docs.log")"; fi
  # --sshlogin: GNU parallel's remote path, with an ssh stand-in that runs
  # the command here (scale/fake-ssh); both "hosts" must get jobs.
  rm -f "$dir/hosts/ssh.log"
  if FAKE_SSH_LOG="$dir/hosts/ssh.log" PARALLEL="--ssh $REPO/scale/fake-ssh" run "$dir/hosts" hosts; then
    same "$label: parallel --sshlogin (2 hosts)" "$dir/ref/stateless.jsonl" "$dir/hosts/annotated.jsonl"
    hosts=$(sort -u "$dir/hosts/ssh.log" | tr '\n' ' ')
    if [ "$(sort -u "$dir/hosts/ssh.log" | wc -l)" -ge "$3" ]; then
      ok "$label: --sshlogin jobs went to $hosts"
    else bad "$label: --sshlogin jobs went to $hosts only"; fi
  else bad "$label: parallel (hosts) failed: $(tail -n 3 "$dir/hosts/hosts.log")"; fi
  echo "   GNU parallel: $((SECONDS - t0)) s"

  t0=$SECONDS
  if run "$dir/spark-run" spark; then
    same "$label: Spark, annotated records" "$dir/ref/annotated.jsonl" "$dir/spark-run/spark/annotated.jsonl"
    for view in "$dir"/ref/timeline*.jsonl; do
      same "$label: Spark, $(basename "$view")" "$view" "$dir/spark-run/spark/$(basename "$view")"
    done
  else bad "$label: Spark failed: $(grep -v WARN "$dir/spark-run/spark.log" | tail -n 5)"; fi
  echo "   Spark: $((SECONDS - t0)) s"
}

# The example articles.
ex=$(corpus examples "$REPO"/examples/*.txt)
check_corpus "examples" "$ex" 1

# Spark with executors in processes of their own, as on a cluster
# (local-cluster: two executors of one core): the binaries reach them with
# addFile, in each executor's working directory.
if (cd "$ex/spark-run" && scale/.venv/bin/python scale/spark_pipeline.py --master 'local-cluster[2,1,1024]' \
      --files-from articles.txt --out spark-cluster) > "$ex/spark-run/spark-cluster.log" 2>&1; then
  same "examples: Spark local-cluster, annotated records" "$ex/ref/annotated.jsonl" "$ex/spark-run/spark-cluster/annotated.jsonl"
  same "examples: Spark local-cluster, timeline.jsonl" "$ex/ref/timeline.jsonl" "$ex/spark-run/spark-cluster/timeline.jsonl"
else bad "Spark local-cluster failed: $(grep -v WARN "$ex/spark-run/spark-cluster.log" | tail -n 5)"; fi

# A cut inside a document is caught. GNU parallel, one record per block
# (what --pipe without --group-by may do): the output must differ, and the
# comparison must say so.
if (cd "$ex/cut" && parallel --pipe -k -N 1 'kz-entities | kz-numbers | kz-timeline --annotate' \
      < sentences.jsonl > annotated.jsonl) 2> "$ex/cut/parallel.log"; then
  if cmp -s "$ex/ref/stateless.jsonl" "$ex/cut/annotated.jsonl"; then
    bad "parallel with blocks cut inside documents gave the same bytes: the comparison shows nothing"
  else
    ok "parallel with blocks cut inside documents differs, and the comparison catches it"
  fi
else bad "parallel -N 1 failed: $(tail -n 3 "$ex/cut/parallel.log")"; fi
# Spark, the records re-cut into partitions by count: the pipeline stops.
if (cd "$ex/spark-run" && scale/.venv/bin/python scale/spark_pipeline.py --master 'local[2]' \
      --files-from articles.txt --out spark-cut --cut-inside-documents) > "$ex/cut/spark.log" 2>&1; then
  bad "Spark with partitions cut inside documents ran to the end"
elif grep -q 'is cut: its records are in' "$ex/cut/spark.log"; then
  ok "Spark with partitions cut inside documents stops: $(grep -o 'document "[^"]*" is cut[^(]*' "$ex/cut/spark.log" | head -n 1)"
else
  bad "Spark with partitions cut inside documents failed otherwise: $(tail -n 3 "$ex/cut/spark.log")"
fi

# A generated corpus (bench/gen_corpus.py: news-like articles, one in ten
# republished with small changes, so kz-dedupe has work across partitions).
gen=$WORK/gen-raw
rm -rf "$gen" && mkdir -p "$gen"
python3 -c "import sys; sys.path.insert(0, sys.argv[1]); import gen_corpus, pathlib; gen_corpus.generate_raw(pathlib.Path(sys.argv[2]), float(sys.argv[3]))" \
  "$REPO/bench" "$gen" "$GEN_MB"
gd=$(corpus "generated" "$gen"/raw/*.txt)
check_corpus "generated, $GEN_MB MB" "$gd" 2

echo "test-scale: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
