#!/usr/bin/env bash
# make test-browser: the HTML report of the example articles, opened in a
# real browser (headless Chromium, from Debian's packages, installed when
# missing). Checks: no console message (errors, or a request the page's
# Content-Security-Policy refused), every incident and its figures on the
# page, a click on a figure shows its sentence, the filter works. Leaves
# the page, the DOM and a screenshot in target/browser/.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release}
out=${2:-target}/browser
mkdir -p "$out"

find_browser() {
  local c
  for c in chromium chromium-browser; do
    if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
  done
  return 1
}

if ! browser=$(find_browser); then
  if [ "$(id -u)" != 0 ]; then
    echo "test-browser: FAILED: Chromium is not installed, and installing it needs root (apt-get install chromium)" >&2
    exit 1
  fi
  echo "test-browser: installing Debian's chromium (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; then
    echo "test-browser: FAILED: apt-get could not install chromium" >&2
    exit 1
  fi
  browser=$(find_browser) || { echo "test-browser: FAILED: chromium installed but not found on PATH" >&2; exit 1; }
fi
echo "test-browser: $("$browser" --version 2>/dev/null || echo "$browser")"

# The report of the examples, and the incident records it shows.
"$bin/kz-split" examples/*.txt | "$bin/kz-entities" | "$bin/kz-numbers" > "$out/sentences.jsonl"
"$bin/kz-timeline" "$out/sentences.jsonl" > "$out/incidents.jsonl"
"$bin/kz-timeline" "$out/sentences.jsonl" --format html -o "$out/report.html"
# A copy with the checks appended after the page's own script: they click a
# figure and filter, and write what the page showed into the DOM.
python3 - "$out/report.html" tests/browser/check.js "$out/check.html" <<'PY'
import sys
page, script, dest = sys.argv[1:]
html = open(page, encoding="utf-8").read()
check = open(script, encoding="utf-8").read()
at = html.rindex("</body>")
open(dest, "w", encoding="utf-8").write(html[:at] + "<script>\n" + check + "</script>\n" + html[at:])
PY

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-sync --no-first-run --user-data-dir="$profile" --enable-logging=stderr --v=0)
url() { echo "file://$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }

# The console check must be able to fail: a page that logs an error shows
# up in the log, or this browser does not log to stderr and the test stops.
printf '<!DOCTYPE html><title>canary</title><script>console.error("kz-canary")</script>\n' > "$out/canary.html"
timeout 180 "$browser" "${flags[@]}" --virtual-time-budget=2000 --dump-dom "$(url "$out/canary.html")" \
  > /dev/null 2> "$out/canary.log" || true
if ! grep -q 'CONSOLE.*kz-canary' "$out/canary.log"; then
  echo "test-browser: FAILED: this chromium does not report console messages on stderr; cannot check the page" >&2
  exit 1
fi

timeout 180 "$browser" "${flags[@]}" --virtual-time-budget=5000 --dump-dom "$(url "$out/check.html")" \
  > "$out/dom.html" 2> "$out/console.log" || { echo "test-browser: FAILED: chromium exited with $?" >&2; tail -n 20 "$out/console.log" >&2; exit 1; }
python3 tests/browser/check.py "$out"

timeout 180 "$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,2200 \
  --screenshot="$(cd "$out" && pwd)/report.png" "$(url "$out/report.html")" > "$out/screenshot.log" 2>&1 \
  || { echo "test-browser: FAILED: no screenshot" >&2; tail -n 20 "$out/screenshot.log" >&2; exit 1; }
[ -s "$out/report.png" ] || { echo "test-browser: FAILED: empty screenshot" >&2; exit 1; }
echo "test-browser: passed; screenshot $out/report.png ($(wc -c < "$out/report.png") bytes), report $(wc -c < "$out/report.html") bytes"
