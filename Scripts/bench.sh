#!/usr/bin/env bash
# Throughput of `attribution stats` on a corpus of at least SIZE_MB (default 1024) built from
# ../shared/corpus, beside two references over the same file: ripgrep merely counting the cue
# phrases (the bare scan) and a plain Python `re` script doing the counting job.
#   [REPEAT=N] Scripts/bench.sh [SIZE_MB]
# REPEAT runs N rounds of the three fast commands (default 1) and keeps each one's best wall
# time: the machine is shared, and the best of a few interleaved runs is the least disturbed.
# The Python reference, which alone takes as long as a hundred of the others, runs in the first
# PY_REPEAT rounds only (default: REPEAT, at most 2).
# Needs ripgrep (apt-get install -y ripgrep) and GNU time (/usr/bin/time). Prints one table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
size_mb=${1:-1024}
work=$root/.build/bench
mkdir -p "$work"
cd "$root"

swift build -c release --product attribution >/dev/null
bin=$root/.build/release/attribution

# Copies of the sample corpus, each record's id given the copy's number (`id#3`): a real corpus
# does not repeat its ids, and repeated ones would each be warned of.
corpus=$work/corpus-${size_mb}mb-unique.jsonl
if [ ! -s "$corpus" ]; then
    parts=("$shared/corpus/id.jsonl" "$shared/corpus/en.jsonl" "$shared/corpus/polnear.jsonl")
    : > "$corpus.tmp"
    copy=0
    while [ "$(stat -c %s "$corpus.tmp")" -lt $((size_mb * 1048576)) ]; do
        copy=$((copy + 1))
        cat "${parts[@]}" | sed "s/^{\"id\": \"\([^\"]*\)\"/{\"id\": \"\1#$copy\"/" >> "$corpus.tmp"
    done
    mv "$corpus.tmp" "$corpus"
fi
bytes=$(stat -c %s "$corpus")
articles=$(wc -l < "$corpus")

# The cue phrases of the lexicon, one a line.
cues=$work/cues.txt
awk -F'\t' '!/^#/ && NF >= 3 && $1 != "phrase" { print $1 }' Sources/Attribution/Tables/cues.tsv | sort -u > "$cues"

jobs=$(nproc)
repeat=${REPEAT:-1}
py_repeat=${PY_REPEAT:-$((repeat < 2 ? repeat : 2))}
names=("attribution stats --jobs 1" "attribution stats --jobs $jobs" "rg -j1 --count-matches -i -F -f CUES"
    "python3 re reference")
timed() { # index: runs command number index once, timed into $log, output discarded
    case $1 in
        0) /usr/bin/time -f "%e %M" -o "$log" "$bin" stats "$corpus" --jobs 1 --format json ;;
        1) /usr/bin/time -f "%e %M" -o "$log" "$bin" stats "$corpus" --jobs "$jobs" --format json ;;
        2) /usr/bin/time -f "%e %M" -o "$log" rg -j1 --count-matches -i -F -f "$cues" "$corpus" ;;
        3) /usr/bin/time -f "%e %M" -o "$log" python3 Scripts/bench_reference.py "$cues" "$corpus" ;;
    esac > /dev/null
}
# Rounds of the commands, REPEAT times, so that a drift of the shared machine's speed falls on
# every command alike (Python in the first PY_REPEAT rounds); each keeps its best wall time and
# largest peak RSS.
best=("" "" "" "")
top=(0 0 0 0)
log=$work/time.log
"$bin" stats "$corpus" --jobs 1 --format json > /dev/null  # warm the page cache
for round in $(seq "$repeat"); do
    for i in 0 1 2 3; do
        [ "$i" -eq 3 ] && [ "$round" -gt "$py_repeat" ] && continue
        timed "$i"
        read -r wall rss < "$log"
        if [ -z "${best[$i]}" ] || awk -v a="$wall" -v b="${best[$i]}" 'BEGIN { exit !(a < b) }'; then best[$i]=$wall; fi
        [ "$rss" -gt "${top[$i]}" ] && top[$i]=$rss
    done
done
rows=()
for i in 0 1 2 3; do rows+=("${names[$i]}|${best[$i]}|${top[$i]}"); done

wall_of() { printf '%s\n' "${rows[@]}" | awk -F'|' -v n="$1" '$1 == n { print $2 }'; }
one=$(wall_of "attribution stats --jobs 1")
all=$(wall_of "attribution stats --jobs $jobs")
rg_wall=$(wall_of "rg -j1 --count-matches -i -F -f CUES")
py=$(wall_of "python3 re reference")

echo "corpus: $(awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 1048576 }'), $articles articles; $(nproc) cores; $(date -u +%Y-%m-%d); best of $repeat interleaved round(s), Python of $py_repeat"
printf '%-40s %9s %9s %12s %9s\n' command "wall s" "MB/s" "articles/s" "RSS MiB"
for row in "${rows[@]}"; do
    IFS='|' read -r name wall rss <<< "$row"
    awk -v n="$name" -v w="$wall" -v r="$rss" -v b="$bytes" -v a="$articles" 'BEGIN {
        printf "%-40s %9.2f %9.1f %12.0f %9.1f\n", n, w, b / 1048576 / w, a / w, r / 1024 }'
done
awk -v one="$one" -v all="$all" -v rg="$rg_wall" -v py="$py" -v j="$jobs" 'BEGIN {
    printf "stats --jobs 1 vs python: %.1fx faster (target >= 20x)\n", py / one
    printf "stats --jobs 1 vs ripgrep bare count: %.2fx its speed (target >= 0.5x)\n", rg / one
    printf "stats --jobs %d vs --jobs 1: %.2fx (target >= 1.6x)\n", j, one / all }'
