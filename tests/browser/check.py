#!/usr/bin/env python3
"""Check the DOM that headless Chromium dumped of the example report
(run.sh writes DIR/dom.html, DIR/console.log and DIR/incidents.jsonl)."""
import html
import json
import re
import sys

out = sys.argv[1]
dom = open(f"{out}/dom.html", encoding="utf-8").read()
log = open(f"{out}/console.log", encoding="utf-8", errors="replace").read()
incidents = [json.loads(line) for line in open(f"{out}/incidents.jsonl", encoding="utf-8") if line.strip()]
failures = []


def fail(message):
    failures.append(message)


# No console message at all: the page logs nothing, so any line is an
# uncaught error or a request the Content-Security-Policy refused.
for line in log.splitlines():
    if "CONSOLE" in line or "Refused to" in line or "Uncaught" in line:
        fail(f"console: {line.strip()}")

m = re.search(r'<script type="application/json" id="check-result">(.*?)</script>', dom, re.S)
if not m:
    fail("the checks did not run (no check-result in the DOM)")
    result = {}
else:
    result = json.loads(m.group(1))
if result.get("ready") != "yes":
    fail(f"the page's script did not finish: ready={result.get('ready')!r}")
if not result.get("sentence") or result.get("sentence") not in (result.get("said") or ""):
    fail(f"a click on a figure did not show its sentence: {result.get('said')!r} vs {result.get('sentence')!r}")
if not result.get("highlighted") or not result.get("details_open"):
    fail("a click on a figure did not open and highlight its report")

# Every incident on the page, with its figures.
articles = dict(re.findall(r'<article class="incident" id="([^"]+)"(.*?)</article>', dom, re.S))
if len(articles) != len(incidents):
    fail(f"{len(articles)} incidents on the page, {len(incidents)} in the records")
for inc in incidents:
    body = articles.get(inc["incident"])
    if body is None:
        fail(f"incident {inc['incident']} is not on the page")
        continue
    text = html.unescape(re.sub(r"<[^>]+>", " ", body))
    place = (inc.get("place") or {}).get("name")
    if place and place not in text:
        fail(f"{inc['incident']}: place {place} not shown")
    # A chart per toll (killed, injured, detained, missing), a point per figure.
    reports = sum(1 for c in inc["claims"] for r in c["reports"]
                  if c["event"] in ("killed", "injured", "detained", "missing")
                  and any(r.get(k) is not None for k in ("value", "low", "high")))
    points = body.count('<circle class="pt')
    if points != reports:
        fail(f"{inc['incident']}: {points} points for {reports} reported figures")
    for c in inc["claims"]:
        latest = c.get("latest")
        if latest and f"latest {latest['value']}" not in text:
            fail(f"{inc['incident']}: {c['event']} {c['who_class']}: latest {latest['value']} not shown")
        for r in c["reports"]:
            if r["text"] not in text:
                fail(f"{inc['incident']}: sentence not on the page: {r['text'][:60]}")

# What the example articles tell (examples/README.md): a bombing in Taraz
# whose toll rose to eleven, and an attack near Shymkent on whose toll the
# outlets disagree.
taraz = [b for i, b in articles.items() if i.startswith("taraz-2021-08")]
if not taraz or "latest 11" not in taraz[0] or "rose over days" not in taraz[0]:
    fail("the Taraz bombing does not show its toll rising to 11")
shymkent = [b for i, b in articles.items() if i.startswith("shymkent-2019-03")]
if not shymkent or "sources disagree" not in shymkent[0]:
    fail("the Shymkent attack is not marked as disputed")
if result.get("filtered") != [i for i in articles if "karaganda" in i] or result.get("index_rows") != len(result.get("filtered") or []):
    fail(f"the filter 'karaganda' left {result.get('filtered')} ({result.get('index_rows')} index rows)")
if result.get("unfiltered") != len(incidents):
    fail("clearing the filter did not bring every incident back")
if "<svg class=\"map\"" not in dom or dom.count('class="dot ') < 1:
    fail("no map with dots")

if failures:
    print("test-browser: FAILED", file=sys.stderr)
    for f in failures:
        print("  " + f, file=sys.stderr)
    sys.exit(1)
print(f"test-browser: {len(incidents)} incidents, their figures and sentences on the page; no console message")
