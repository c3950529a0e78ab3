#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Trendboard's benchmarks, each figure beside its target (issue 25). Not a test, not in CI.
#   benchmarks/run.sh [--scale N | --all] [--quick] [--batch-only]
# --scale N   runs on a database N times the bundled one (written once by scale_db.py into
#             build/bench/, never committed); targets are those of 1x, or of 1000x for N > 1.
# --all       runs at 1x, 100x and 1000x in turn (the scaled databases are written the first time:
#             about 45 minutes for 1000x).
# --quick     skips the slow figures (one process per exhibit, edits at 1,000 and 10,000 values).
# --batch-only  only the batch export rows: the batch, one process per exhibit, matplotlib.
# Builds build/ with -DTRENDBOARD_BENCHMARKS=ON (the trendboard-bench target) when needed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build}
scale=1
quick=0
batch_only=0
all=0
while [ $# -gt 0 ]; do
    case $1 in
    --scale) scale=${2:?--scale needs N}; shift 2 ;;
    --all) all=1; shift ;;
    --quick) quick=1; shift ;;
    --batch-only) batch_only=1; shift ;;
    *) echo "usage: $0 [--scale N | --all] [--quick] [--batch-only]" >&2; exit 2 ;;
    esac
done
if [ "$all" = 1 ]; then
    more=()
    [ "$quick" = 1 ] && more+=(--quick)
    [ "$batch_only" = 1 ] && more+=(--batch-only)
    for n in 1 100 1000; do
        "$0" --scale "$n" "${more[@]}"
        echo
    done
    exit 0
fi
[[ $scale =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --scale takes a whole number, not '$scale'" >&2; exit 2; }

if [ ! -x "$build/benchmarks/trendboard-bench" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DTRENDBOARD_BENCHMARKS=ON >/dev/null
    cmake --build "$build" --parallel 2 --target trendboard trendboard-bench >/dev/null
fi
app=$build/trendboard
bench=$build/benchmarks/trendboard-bench
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings and the analyst layer of a throwaway home: the user's are never read or touched.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

db=$("$app" --db-path)
if [ "$scale" -gt 1 ]; then
    mkdir -p "$build/bench"
    big=$build/bench/trendboard-${scale}x.sqlite
    if [ ! -f "$big" ] || [ "$big" -ot "$db" ]; then
        echo "writing a ${scale}x database (once): $big" >&2
        python3 "$here/scale_db.py" "$db" "$big" "$scale" >&2
    fi
    db=$big
fi
export TRENDBOARD_DB=$db

# Wall milliseconds of a command, the median of $runs runs.
runs=3
ms() {
    local times=() t0 t1
    for _ in $(seq $runs); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { echo "run.sh: failed: $*" >&2; return 1; }
        t1=$(date +%s%N)
        times+=($(((t1 - t0) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}
# Peak resident memory of a command, in MB.
peak() {
    /usr/bin/time -f '%M' -o "$work/mem" "$@" >/dev/null 2>&1 || true
    echo $(($(tail -1 "$work/mem") / 1024))
}
row() { printf '%-44s %12s   %s\n' "$1" "$2" "$3"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
target() { [ "$scale" -gt 1 ] && echo "$2" || echo "$1"; }

echo "Trendboard benchmarks at ${scale}x ($(sqlite3 "$db" 'SELECT COUNT(*) FROM exhibit' 2>/dev/null || echo '?') exhibits), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
row "figure" "measured" "target"

if [ "$batch_only" = 0 ]; then
    start=$(ms "$app" --snapshot "$work/s.png" --section 2)
    bare=$(ms "$bench" --bare-chart)
    row "start to first painted tab (--snapshot)" "${start} ms" "$(target '<= 1.3x bare' '<= 1000 ms')"
    row "  bare Qt Charts process" "${bare} ms" "x$(ratio "$start" "$bare") of it"

    layers=10,100,1000,10000
    [ "$quick" = 1 ] && layers=10,100
    "$bench" --layers "$layers" --repeats 9 2>/dev/null >"$work/bench.tsv"
    get() { awk -F'\t' -v k="$1" '$1 == k { print $2 }' "$work/bench.tsv"; }
    row "  start in process (window + tab painted)" "$(get start_in_process) ms" ""
    row "exhibit switch (median)" "$(get exhibit_switch) ms" "$(target '<= 10 ms' '<= 20 ms')"
    row "  of which the exhibit's read (exhibitData)" "$(get exhibit_read) ms" ""
    row "search keystroke (median)" "$(get search_keystroke) ms" "$(target '<= 1 ms' '<= 30 ms')"
    row "  tabs' counts set when typing pauses" "$(get tabs_relabelled_on_pause) ms" ""
    row "  list ranked when typing pauses (median)" "$(get search_ranked_on_pause) ms" "(thousands of hits only)"
    row "peak memory: window, every tab visited" "$(get peak_memory_all_tabs | cut -d. -f1) MB" "$(target '<= 60 MB' '<= 250 MB')"
    awk -F'\t' '$1 ~ /^edit_refresh_/ { sub("edit_refresh_", "", $1); print $1, $2 }' \
        "$work/bench.tsv" | while read -r n v; do
        row "edit + refresh, layer of $n values" "$v ms" "<= 16 ms"
        row "  points of the edited exhibit (fill-ins too)" "$(get "edit_points_$n" | cut -d. -f1)" ""
        row "  Compare tab shown after those edits" "$(get "compare_show_$n") ms" ""
        row "  edit of a value the shown Compare tab draws" "$(get "compare_edit_refresh_$n") ms" "<= 16 ms"
    done
fi

# One exhibit of p. 97 by its id: --page exports every exhibit of the page, and a scaled
# database has a thousand copies of each there.
slide_id=$("$app" --list | awk -F'\t' '!id && $1 ~ /^p097-/ { id = $1 } END { print id }')
slide=$(ms "$app" --export-png "$work/one.png" --exhibit "$slide_id" --size 1920x1080)
row "one slide (--export-png, whole process)" "${slide} ms" ""
row "--list (whole process)" "$(ms "$app" --list) ms" ""
row "--search nvidia (whole process)" "$(ms "$app" --search nvidia) ms" ""
row "--compare revenue (whole process)" "$(ms "$app" --compare revenue --entities NVIDIA,Microsoft) ms" ""

runs=1
# The batch's targets are the report's: a scaled database would export thousands of slides.
if [ "$scale" -gt 1 ]; then
    row "batch: --export-all" "skipped" "(a scaled database: its targets are at 1x)"
else
    batch=$(ms "$app" --export-all "$work/all" --format png)
    n=$(find "$work/all" -name '*.png' | wc -l)
    row "batch: --export-all, $n PNG slides" "${batch} ms" ""
    if [ "$quick" = 0 ]; then
        mkdir -p "$work/each"
        t0=$(date +%s%N)
        "$app" --list | tail -n +2 | cut -f1 | while read -r id; do
            "$app" --export-png "$work/each/$id.png" --exhibit "$id" --size 1920x1080 >/dev/null 2>&1 || true
        done
        each=$((($(date +%s%N) - t0) / 1000000))
        row "  one process per exhibit" "${each} ms" ">= 2x: x$(ratio "$each" "$batch")"
    else
        row "  one process per exhibit" "skipped" "(--quick)"
    fi
    # Debian's python3-matplotlib: /usr/bin/python3's, whatever python3 comes first on PATH.
    py=python3
    [ -x /usr/bin/python3 ] && py=/usr/bin/python3
    if "$py" -c 'import matplotlib' 2>/dev/null; then
        "$app" --export-csv "$work/all.csv" --all >/dev/null
        t0=$(date +%s%N)
        "$py" "$here/matplotlib_batch.py" "$work/all.csv" "$work/mpl" >/dev/null
        mpl=$((($(date +%s%N) - t0) / 1000000))
        row "  matplotlib, the same exhibits from the CSV" "${mpl} ms" ">= 3x: x$(ratio "$mpl" "$batch")"
    else
        row "  matplotlib" "skipped" "python3-matplotlib is not installed"
    fi
fi
[ "$batch_only" = 1 ] && exit 0
row "peak memory: --snapshot --section 2" "$(peak "$app" --snapshot "$work/m.png" --section 2) MB" "$(target '<= 60 MB' '<= 250 MB')"
row "peak memory: --list" "$(peak "$app" --list) MB" "$(target '<= 60 MB' '<= 250 MB')"
row "peak memory: --search nvidia" "$(peak "$app" --search nvidia) MB" "$(target '<= 60 MB' '<= 250 MB')"
row "peak memory: --export-csv --all" "$(peak "$app" --export-csv "$work/m.csv" --all) MB" "$(target '<= 60 MB' '<= 250 MB')"
row "peak memory: --compare revenue" "$(peak "$app" --compare revenue --entities NVIDIA,Microsoft) MB" "$(target '<= 60 MB' '<= 250 MB')"
if [ "$scale" -eq 1 ]; then
    row "peak memory: --export-all (PNG)" "$(peak "$app" --export-all "$work/m" --format png) MB" "<= 60 MB"
fi
