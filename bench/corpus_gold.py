#!/usr/bin/env python3
"""Scores `crisis-timeline dates` on a generated corpus against the generator's own gold.

../shared/tools/peers/make_corpus.py writes gold.jsonl beside the docs/ folder it makes: one
record per time expression it inserted ({"file", "text", "start" (a character offset), "kind",
"value"}). An expression counts as right when a timex that `dates` printed overlaps it (by bytes)
and one of the overlapping timexes has the gold value; as missed when none overlaps.

    crisis-timeline dates CORPUS/docs > dates.jsonl
    python3 bench/corpus_gold.py CORPUS/gold.jsonl dates.jsonl [--examples KIND [--limit N]]

Prints the accuracy, then the wrong or missed expressions by kind (the generator's name of the
form: "on_weekday", "us_slash", ...), most first. With --examples KIND, prints that kind's
misses with their context instead.
"""
import argparse
import collections
import json
import os
import sys


def load_gold(path):
    by_file = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            g = json.loads(line)
            if g.get("value") is not None:
                by_file[g["file"]].append(g)
    return by_file


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("dates", help="the JSON Lines output of `crisis-timeline dates DOCS_DIR`")
    ap.add_argument("--examples", metavar="KIND", help="print the misses of this kind with their context")
    ap.add_argument("--limit", type=int, default=20)
    args = ap.parse_args()

    docs = os.path.join(os.path.dirname(os.path.abspath(args.gold)), "docs")
    gold = load_gold(args.gold)
    right = wrong = missed = shown = 0
    total, bad = collections.Counter(), collections.Counter()
    with open(args.dates, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            name = os.path.basename(record["file"])
            if name not in gold:
                continue
            with open(os.path.join(docs, name), encoding="utf-8") as d:
                text = d.read()
            found = [(t["start"], t["end"], t["value"], t["text"]) for t in record["timexes"]]
            for g in gold[name]:
                start = len(text[: g["start"]].encode("utf-8"))
                end = start + len(g["text"].encode("utf-8"))
                hits = [(v, s) for a, b, v, s in found if a < end and start < b]
                total[g["kind"]] += 1
                if any(v == g["value"] for v, _ in hits):
                    right += 1
                    continue
                bad[g["kind"]] += 1
                if hits:
                    wrong += 1
                else:
                    missed += 1
                if args.examples == g["kind"] and shown < args.limit:
                    shown += 1
                    context = text[max(0, g["start"] - 80): g["start"] + len(g["text"]) + 30].replace("\n", " ")
                    print(f"{g['text']!r} gold {g['value']} | found {hits} | {context}")
    if args.examples:
        return 0
    n = right + wrong + missed
    if n == 0:
        print("no gold expression matched a file of the dates output", file=sys.stderr)
        return 1
    print(f"right {right}, wrong {wrong}, missed {missed} of {n}: value accuracy {100.0 * right / n:.2f}%")
    for kind, count in bad.most_common():
        print(f"  {kind}: {count} of {total[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
