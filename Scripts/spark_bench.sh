#!/usr/bin/env bash
# Throughput of the Spark stats job in local mode against one `attribution stats` process on the
# same file, and whether their outputs are byte-identical.
#   [MASTER=local[2]] [PARTITIONS=N] [REPEAT=N] Scripts/spark_bench.sh [SIZE_MB]
# Builds release, makes (or reuses) the corpus of bench.sh (../shared/corpus concatenated to at
# least SIZE_MB, default 1024), and times, one after another: `attribution stats` at one and at
# all cores, `Scripts/spark_stats.py` on one record (Spark's start-up, paid once a job), and
# `Scripts/spark_stats.py --master MASTER --partitions N` on the corpus (N: PARTITIONS, default
# one per 64 MB; Hadoop cuts local files at 32 MB at most, so the job may make more). REPEAT runs
# N rounds of the four (default 1) and keeps each one's best wall time, so that the shared
# machine's drift falls on all alike. Needs pyspark 4 and Java 17. Prints one table.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$root/../shared}
size_mb=${1:-1024}
master=${MASTER:-local[2]}
work=$root/.build/bench
mkdir -p "$work"
cd "$root"
export SPARK_LOCAL_IP=127.0.0.1

swift build -c release --product attribution >/dev/null
bin=$root/.build/release/attribution

corpus=$work/corpus-${size_mb}mb.jsonl
if [ ! -s "$corpus" ]; then
    parts=("$shared/corpus/id.jsonl" "$shared/corpus/en.jsonl" "$shared/corpus/polnear.jsonl")
    : > "$corpus.tmp"
    while [ "$(stat -c %s "$corpus.tmp")" -lt $((size_mb * 1048576)) ]; do cat "${parts[@]}" >> "$corpus.tmp"; done
    mv "$corpus.tmp" "$corpus"
fi
bytes=$(stat -c %s "$corpus")
articles=$(wc -l < "$corpus")
partitions=${PARTITIONS:-$(( (bytes + 33554431) / 33554432 ))}
head -n 1 "$corpus" > "$work/one.jsonl"

jobs=$(nproc)
names=("attribution stats --jobs 1" "attribution stats --jobs $jobs" "spark_stats.py, start-up (1 record)"
    "spark_stats.py --master $master, $partitions partitions")
log=$work/time.log
timed() { # index: runs command number index once, its wall time into $log, its output into $work/out-index
    case $1 in
        0) /usr/bin/time -f "%e" -o "$log" "$bin" stats "$corpus" --jobs 1 --format json ;;
        1) /usr/bin/time -f "%e" -o "$log" "$bin" stats "$corpus" --jobs "$jobs" --format json ;;
        2) /usr/bin/time -f "%e" -o "$log" python3 Scripts/spark_stats.py "$work/one.jsonl" --master "$master" ;;
        3) /usr/bin/time -f "%e" -o "$log" python3 Scripts/spark_stats.py "$corpus" --master "$master" \
            --partitions "$partitions" ;;
    esac > "$work/out-$1" 2> "$work/err-$1"
}
"$bin" stats "$corpus" --jobs 1 --format json > /dev/null  # warm the page cache
walls=("" "" "" "")
for round in $(seq "${REPEAT:-1}"); do
    for i in 0 1 2 3; do
        timed "$i"
        wall=$(cat "$log")
        if [ -z "${walls[$i]}" ] || awk -v a="$wall" -v b="${walls[$i]}" 'BEGIN { exit !(a < b) }'; then walls[$i]=$wall; fi
    done
done
cmp -s "$work/out-0" "$work/out-3" && same=identical || same=DIFFERENT
made=$(grep -o 'in [0-9]* partitions' "$work/err-3" | grep -o '[0-9]*' || echo "?")
names[3]="spark_stats.py --master $master, $made partitions"
echo "corpus: $(awk -v b="$bytes" 'BEGIN { printf "%.0f MB", b / 1048576 }'), $articles articles; $(nproc) cores; $(date -u +%Y-%m-%d); best of ${REPEAT:-1} round(s)"
printf '%-52s %9s %9s %12s\n' command "wall s" "MB/s" "articles/s"
for i in 0 1 3; do
    awk -v n="${names[$i]}" -v w="${walls[$i]}" -v b="$bytes" -v a="$articles" 'BEGIN {
        printf "%-52s %9.2f %9.1f %12.0f\n", n, w, b / 1048576 / w, a / w }'
done
printf '%-52s %9.2f\n' "${names[2]}" "${walls[2]}"
awk -v one="${walls[0]}" -v all="${walls[1]}" -v spark="${walls[3]}" -v start="${walls[2]}" -v j="$jobs" 'BEGIN {
    printf "spark local mode vs one process at %d cores: %.2fx its wall time (%.2fx less start-up)\n", j, spark / all, (spark - start) / all
    printf "spark local mode vs one process at 1 core: %.2fx its wall time\n", spark / one }'
echo "spark output against one process: $same"
[ "$same" = identical ]
