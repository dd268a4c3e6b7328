#!/usr/bin/env bash
# What `make test-scale` needs, installed when missing:
# - GNU parallel: Debian's package `parallel` (apt-get, as root); otherwise stop.
# - Java 17 or newer for Spark: never installed here; stop with a message when missing.
# - PySpark (scale/requirements.txt) from PyPI into scale/.venv (git-ignored).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
VENV=$REPO/scale/.venv
say() { echo "test-scale: $*" >&2; }

if ! parallel --version 2>/dev/null | grep -q '^GNU parallel'; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing GNU parallel (Debian package parallel, with apt-get)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends parallel >/dev/null
  else
    say "GNU parallel is not installed, and installing it needs root and apt-get:"
    say "install it (Debian/Ubuntu: apt-get install parallel; elsewhere: the package \`parallel\`) and run again"
    exit 1
  fi
  parallel --version 2>/dev/null | grep -q '^GNU parallel' || { say "\`parallel\` is not GNU parallel (moreutils' has the same name)"; exit 1; }
fi

if ! command -v java >/dev/null; then
  say "java is not installed: Spark needs Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless)."
  say "The Spark test cannot run without it; stopping (this is a failure, not a pass)."
  exit 1
fi
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  say "java is version ${java_major:-unknown}; Spark 4 needs 17 or newer"
  exit 1
fi

want=$(sed -n 's/^pyspark==//p' "$REPO/scale/requirements.txt")
if ! "$VENV/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$want')" 2>/dev/null; then
  say "installing PySpark $want from PyPI into scale/.venv (about 450 MB, once)"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REPO/scale/requirements.txt"
fi
