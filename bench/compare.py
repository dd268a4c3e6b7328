#!/usr/bin/env python3
"""Two runs of bench/run.py side by side, as a Markdown table.

    python3 bench/compare.py OLD.json NEW.json

OLD.json and NEW.json are the raw results run.py writes (`--json`, default
`<work-dir>/results.json`), typically of two builds measured in the same
conditions (`--bin-dir`). `×` divides the new `MB per CPU s` by the old one:
CPU time is what other load on the machine disturbs least. Standard library
only.
"""

import json
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    # Rows of results written before the Russian section have no `lang`.
    old = {(r.get("lang", "en"), r["size"], r["key"]): r for r in json.load(open(sys.argv[1]))["rows"]}
    new = json.load(open(sys.argv[2]))["rows"]
    print("| size | benchmark | MB/s old → new | MB per CPU s old → new | × | peak RSS MiB old → new |")
    print("|---|---|---|---|---|---|")
    for r in new:
        lang = r.get("lang", "en")
        o = old.get((lang, r["size"], r["key"]))
        if not o or not r.get("mbps") or not o.get("mbps"):
            continue
        # A run too short for the CPU clock (10 ms ticks) has no MB per CPU s.
        cpu_old, cpu_new = o.get("mb_per_cpu_s"), r.get("mb_per_cpu_s")
        per_cpu = f"{cpu_old:.1f} → {cpu_new:.1f}" if cpu_old and cpu_new else "—"
        ratio = f"{cpu_new / cpu_old:.2f}" if cpu_old and cpu_new else "—"
        label = r["label"].replace("|", "\\|")
        size = f"{r['size']:g} MB" if lang == "en" else f"{lang} {r['size']:g} MB"
        print(f"| {size} | `{label}` | {o['mbps']:.1f} → {r['mbps']:.1f} | "
              f"{per_cpu} | {ratio} | "
              f"{o['rss'] / 2**20:.1f} → {r['rss'] / 2**20:.1f} |")


if __name__ == "__main__":
    main()
