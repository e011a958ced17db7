#!/usr/bin/env python3
"""Print the articles a gold file judges as tracer input (id, title, text only).

    eval_input.py GOLD.jsonl [--pages PAGES.jsonl] > input.jsonl

Texts come from ../shared/corpus (id.jsonl, en.jsonl) and ../shared/seeds, as
../shared/tools/gold_input.py reads them, and, for the ids of pages found on the web, from
PAGES.jsonl (one {"id", "url", "title", "text"} object a line; the texts are not in this repo).
The url is never passed on: the tracer judges the publisher from the text alone.
"""
import argparse
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get("SHARED", os.path.join(here, "..", "..", "shared"))
parser = argparse.ArgumentParser()
parser.add_argument("gold")
parser.add_argument("--pages")
args = parser.parse_args()
wanted = [json.loads(line)["id"] for line in open(args.gold, encoding="utf-8") if line.strip()]
want, rows = set(wanted), {}
for name in ("id.jsonl", "en.jsonl"):
    for line in open(os.path.join(shared, "corpus", name), encoding="utf-8"):
        record = json.loads(line)
        if record["id"] in want:
            rows[record["id"]] = {"id": record["id"], "title": record.get("title"), "text": record["text"]}
seeds = os.path.join(shared, "seeds")
for name in os.listdir(seeds):
    sid = os.path.splitext(name)[0]
    if sid in want:
        rows[sid] = {"id": sid, "title": None, "text": open(os.path.join(seeds, name), encoding="utf-8").read()}
if args.pages:
    for line in open(args.pages, encoding="utf-8"):
        record = json.loads(line)
        if record["id"] in want:
            rows[record["id"]] = {"id": record["id"], "title": record.get("title"), "text": record["text"]}
missing = [i for i in wanted if i not in rows]
if missing:
    sys.exit(f"eval_input.py: no text for {len(missing)} ids, e.g. {missing[0]} (pages need --pages)")
for i in wanted:
    print(json.dumps(rows[i], ensure_ascii=False))
