#!/usr/bin/env bash
# Scores the tracer on a gold file of ../shared/gold with ../shared/tools/score.py.
#   Scripts/eval.sh [GOLD.jsonl] [--errors] [--require figure=min,...]
# Builds release, feeds the gold's articles (id, title, text only) to `attribution trace --format jsonl`,
# and prints score.py's table.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
gold=${1:-$shared/gold/dev.jsonl}
shift || true
cd "$here"
swift build -c release --product attribution >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/tools/gold_input.py" "$gold" > "$tmp/in.jsonl"
.build/release/attribution trace "$tmp/in.jsonl" --format jsonl > "$tmp/out.jsonl"
# score.py matches quoted names in set order: a fixed hash seed makes its figures repeatable.
PYTHONHASHSEED=0 python3 "$shared/tools/score.py" --gold "$gold" --system "$tmp/out.jsonl" "$@"
