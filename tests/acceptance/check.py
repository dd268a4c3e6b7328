#!/usr/bin/env python3
"""Compare the scorer's summary (its last line, JSON) with the thresholds kept
in this directory. The thresholds are a ratchet: raise them as scores rise,
never lower them. Exit 1 when any score is below its threshold."""
import json
import sys
from pathlib import Path

thresholds = json.loads((Path(__file__).parent / "thresholds.json").read_text())
lines = [l for l in sys.stdin.read().splitlines() if l.strip()]
if not lines:
    sys.exit("acceptance: the scorer printed nothing")
scores = json.loads(lines[-1])
failed = False
for name, floor in sorted(thresholds.items()):
    got = scores.get(name)
    ok = got is not None and got + 1e-9 >= floor
    failed |= not ok
    print(f"{'ok ' if ok else 'LOW'} {name:28s} {got if got is not None else 'missing':>8} (threshold {floor})")
rises = [n for n, f in thresholds.items() if (scores.get(n) or 0) > f + 1e-9]
if rises:
    print("scores above their thresholds (raise them in tests/acceptance/thresholds.json):", ", ".join(sorted(rises)))
sys.exit(1 if failed else 0)
