#!/usr/bin/env bash
# Linear time, per cue family: an article made of one family's cue repeated to SMALL_MB and to
# FACTOR times that (default 1 MB and 4 MB), `attribution stats --jobs 1` timed on each, and
# the ratio of the times checked against FACTOR * SLACK (default 4 * 1.25: a 4x larger text may
# cost at most 5x the time; the issue's bar is 12x for 10x). A family whose larger article takes
# under half a second passes: at such times the ratio is noise.
#   [REPEAT=N] [SMALL_MB=1] [FACTOR=4] [SLACK=1.25] [TIMEOUT=300] [FAMILIES="relay speech"] Scripts/linearity.sh
# Each time is the best of REPEAT runs (default 2; the machine is shared), less the start-up
# time of a one-line article. A run over TIMEOUT
# seconds is stopped and fails its family. Prints a table; exits 1 when any family is
# super-linear. The articles are generated here, from phrases written for this repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
small_mb=${SMALL_MB:-1}
factor=${FACTOR:-4}
slack=${SLACK:-1.25}
repeat=${REPEAT:-2}
limit=${TIMEOUT:-300}
work=$root/.build/linearity
mkdir -p "$work"

swift build -c release --product attribution >/dev/null
bin=$root/.build/release/attribution

# family <TAB> the unit repeated (\n is a line break; {Name} a new made-up two-word name each
# time, so that the text names thousands of sources). The speech unit has no full stop, so
# that the whole text is one sentence.
units=$(
    cat <<'UNITS'
plain	Harga beras di pasar induk naik pekan ini karena pasokan dari petani turun 
relay	dilansir dari Reuters 
relay-sentences	Harga naik, dilansir dari Reuters. 
speech	kata Budi kepada Reuters seperti dilansir dari AFP 
quote	"Harga naik," ujar Menteri Perdagangan Budi Santoso. 
citation	menurut laporan surat kabar Kompas 
report	Kompas melaporkan, demikian laporan Tempo 
descriptor	kantor berita Xinhua surat kabar Kompas 
english	according to Reuters, told AFP, as reported by the Daily Gazette newspaper 
glued	DilansirdetikNewsdariAntara kepadadetikcom 
names	Menteri Budi Santoso Wijaya Kusuma Dewi Lestari 
footer	Sumber: Antara\n
footer-tayang	Berita ini telah tayang di Kontan.co.id\n
dateline	JAKARTA, KOMPAS.com - Harga naik.\n
agency-dateline	Jakarta (ANTARA) - 
photo	Foto: ANTARA/Seno\n
sign-off	(Antara) (ant/sya) 
furniture	Baca juga: Harga Emas Turun\n
tokenized	Jakarta , CNN Indonesia - - kata Budi , ( ANTARA News ) 
glued-nospace	dilansirReutersdariAFPkepadadetikcom
names-quoted	kata {Name}, 
names-relayed	dilansir dari surat kabar {Name} 
names-footer	Sumber: {Name}\n
UNITS
)

only=${FAMILIES:-}
printf '%s\n' "$units" > "$work/units.tsv"
python3 - "$work" "$small_mb" "$factor" <<'PY'
import random, string, sys
work, small_mb, factor = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])

def word(rng, n):
    return rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.ascii_lowercase) for _ in range(n))

for line in open(work + "/units.tsv", encoding="utf-8"):
    family, unit = line.rstrip("\n").split("\t")
    unit = unit.replace("\\n", "\n")
    for label, size in (("small", small_mb), ("large", small_mb * factor)):
        target = int(size * 1048576)
        if "{Name}" in unit:
            rng = random.Random(family)
            parts, length = [], 0
            while length < target:
                part = unit.replace("{Name}", word(rng, 5) + " " + word(rng, 6))
                parts.append(part)
                length += len(part.encode())
            text = "".join(parts)
        else:
            text = unit * (target // len(unit.encode()) + 1)
        text = text.encode()[:target].decode("utf-8", "ignore")
        open("%s/%s-%s.txt" % (work, family, label), "w", encoding="utf-8").write(text)
PY

# The best wall time of REPEAT runs, or "timeout".
best() {
    local file=$1 best="" start end t
    for _ in $(seq "$repeat"); do
        start=$(date +%s.%N)
        if ! timeout "$limit" "$bin" stats --jobs 1 --max-article 1G "$file" >/dev/null 2>&1; then
            echo timeout
            return
        fi
        end=$(date +%s.%N)
        best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; if (b == "" || t < b) b = t; print b }')
    done
    printf '%.3f' "$best"
}

bound=$(awk -v f="$factor" -v s="$slack" 'BEGIN { print f * s }')
# The start-up (tables, tracer) is timed on a one-line article and taken off every time.
printf 'Harga naik.\n' > "$work/empty.txt"
startup=$(best "$work/empty.txt")
printf '%s MB and %s MB articles; stats --jobs 1; best of %s; start-up %s s taken off; bound %.2fx; %s\n' \
    "$small_mb" "$(awk -v a="$small_mb" -v f="$factor" 'BEGIN { print a * f }')" "$repeat" "$startup" "$bound" \
    "$(date -u +%F)"
printf '%-18s %10s %10s %8s  %s\n' family "small s" "large s" ratio verdict
failed=0
while IFS=$'\t' read -r family _; do
    if [ -n "$only" ] && [[ " $only " != *" $family "* ]]; then continue; fi
    small=$(best "$work/$family-small.txt")
    large=$(best "$work/$family-large.txt")
    if [ "$small" != timeout ]; then small=$(awk -v t="$small" -v s="$startup" 'BEGIN { printf "%.3f", t - s }'); fi
    if [ "$large" != timeout ]; then large=$(awk -v t="$large" -v s="$startup" 'BEGIN { printf "%.3f", t - s }'); fi
    if [ "$small" = timeout ] || [ "$large" = timeout ]; then
        printf '%-18s %10s %10s %8s  %s\n' "$family" "$small" "$large" - "FAIL (over ${limit} s)"
        failed=1
        continue
    fi
    # Times of a few tens of milliseconds are mostly noise: the ratio counts from 50 ms on, and
    # a family whose larger article takes under half a second passes whatever its ratio.
    ratio=$(awk -v s="$small" -v l="$large" 'BEGIN { print l / (s > 0.05 ? s : 0.05) }')
    verdict=ok
    if awk -v r="$ratio" -v b="$bound" -v l="$large" 'BEGIN { exit !(r > b && l >= 0.5) }'; then
        verdict="FAIL (super-linear)"
        failed=1
    fi
    printf '%-18s %10s %10s %7.2fx  %s\n' "$family" "$small" "$large" "$ratio" "$verdict"
done < "$work/units.tsv"
exit "$failed"
