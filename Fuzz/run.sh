#!/usr/bin/env bash
# Fuzzes the library's entry points for SECONDS (default 120) from the committed seeds, with
# AddressSanitizer, and fails on any finding: a crash, a broken invariant (Fuzz/FuzzChecks.swift),
# an input that takes over 20 s (a stall) or 3 GB. Findings are kept in .build/fuzz/findings
# with the run's log; reproduce one with `.build/fuzz/attribution-fuzz FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
bin=$(Fuzz/build.sh)
findings=.build/fuzz/findings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$findings"
mkdir -p "$findings"
cp Fuzz/seeds/* "$work/"
status=0
SWIFT_BACKTRACE=enable=no "$bin" "$work" -max_total_time="$seconds" -max_len=16384 -timeout=20 \
    -rss_limit_mb=3072 -artifact_prefix="$findings/" -print_final_stats=1 > "$findings/log" 2>&1 || status=$?
grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|^Done ' "$findings/log" || true
if [ "$status" -ne 0 ] || [ -n "$(find "$findings" -type f ! -name log)" ]; then
    grep -aE 'fuzz invariant|runtime failure|Fatal error|ERROR: |SUMMARY' "$findings/log" | head -n 20
    for file in "$findings"/*-*; do
        [ -f "$file" ] || continue
        echo "== finding $file (first 256 bytes)"
        head -c 256 "$file" | od -c | head -n 20
    done
    echo "fuzzing found a problem (exit $status); see $findings"
    exit 1
fi
echo "fuzzing: no finding in $seconds s"
