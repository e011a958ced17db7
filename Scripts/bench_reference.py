#!/usr/bin/env python3
"""The plain-Python reference of Scripts/bench.sh: count agency citations over a JSON Lines corpus.

    bench_reference.py CUES.txt CORPUS.jsonl

One `re` alternation of the cue phrases followed by an agency name, run over each article's
lower-cased text; prints articles read, articles crediting an agency, and the count per agency.
This is what a researcher would write first; the benchmark measures attribution against it.
"""
import json
import re
import sys
from collections import Counter

AGENCIES = ["antara", "reuters", "afp", "ap", "associated press", "xinhua", "bloomberg", "kyodo", "yonhap",
            "bernama", "anadolu", "tass", "sputnik", "dpa", "efe", "ansa", "upi", "interfax"]


def main():
    cues = [line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    cue_group = "|".join(sorted((re.escape(c) for c in cues), key=len, reverse=True))
    agency_group = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
    pattern = re.compile(r"\b(?:%s)\s*:?\s+(?:dari\s+)?(%s)\b" % (cue_group, agency_group))
    tag = re.compile(r"\((%s)(?: news)?\)" % agency_group)
    per_agency = Counter()
    articles = crediting = 0
    with open(sys.argv[2], encoding="utf-8") as corpus:
        for line in corpus:
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            articles += 1
            low = text.lower()
            found = {m.group(1) for m in pattern.finditer(low)} | {m.group(1) for m in tag.finditer(low)}
            if found:
                crediting += 1
                per_agency.update(found)
    print(f"articles {articles}, crediting an agency {crediting}")
    for name, count in per_agency.most_common():
        print(f"{name}\t{count}")


if __name__ == "__main__":
    main()
