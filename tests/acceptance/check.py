#!/usr/bin/env python3
"""Compare the scorers' summaries with the thresholds kept in this directory.

Standard input holds score.py's report (its last line, JSON, is the summary);
`--incidents FILE` adds the report of incidents.py, whose figures are checked
as `incidents_<name>`. A threshold whose name ends in `_max` is a ceiling
(`incidents_mixed_max`: no more mixed groups than that); every other one a
floor. A figure written as "a/b" (spans covered) is read as the fraction a/b
(1.0 when b is 0). The thresholds are a ratchet: raise the floors as scores
rise, never lower them. Exit 1 when any score misses its threshold."""
import argparse
import json
import sys
from pathlib import Path


def summary(text, what):
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        sys.exit(f"acceptance: {what} printed nothing")
    return json.loads(lines[-1])


def number(v):
    if isinstance(v, str) and "/" in v:
        a, b = v.split("/", 1)
        return 1.0 if float(b) == 0 else float(a) / float(b)
    return v


ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--incidents", help="the report of ../shared/eval/incidents.py")
args = ap.parse_args()
thresholds = json.loads((Path(__file__).parent / "thresholds.json").read_text())
scores = summary(sys.stdin.read(), "the scorer")
if args.incidents:
    for k, v in summary(Path(args.incidents).read_text(), "the incident scorer").items():
        scores[f"incidents_{k}"] = v
failed = False
rises = []
for name, bound in sorted(thresholds.items()):
    ceiling = name.endswith("_max")
    key = name[: -len("_max")] if ceiling else name
    got = number(scores.get(key))
    if got is None:
        ok = False
    elif ceiling:
        ok = got <= bound + 1e-9
    else:
        ok = got + 1e-9 >= bound
        if got > bound + 1e-9:
            rises.append(name)
    failed |= not ok
    print(f"{'ok ' if ok else 'LOW'} {name:28s} {got if got is not None else 'missing':>8} "
          f"({'at most' if ceiling else 'threshold'} {bound})")
if rises:
    print("scores above their thresholds (raise them in tests/acceptance/thresholds.json):", ", ".join(sorted(rises)))
sys.exit(1 if failed else 0)
