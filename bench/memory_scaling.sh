#!/usr/bin/env bash
# Memory scaling: peak RSS of `build` (and of the streaming `extract`) for N and FACTOR×N
# articles, next to what the run found (event mentions, events) and the text size. The claim to
# check: memory grows with the events, not with the text. Prints a Markdown table on stdout.
#
#   bench/memory_scaling.sh                      N = 2,000 and 20,000 articles, 3 runs each
#   bench/memory_scaling.sh --n 500 --factor 10 --runs 1 --jobs 2
#
# Same environment as bench/run.sh (CRISIS_BIN, CRISIS_BENCH_CACHE, CRISIS_SHARED_DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

n=2000 factor=10 runs=3 jobs=2
while (($#)); do
    case $1 in
        --n) n=$2; shift ;;
        --factor) factor=$2; shift ;;
        --runs) runs=$2; shift ;;
        --jobs | -j) jobs=$2; shift ;;
        -h | --help) usage 0 ;;
        *) printf 'bench/memory_scaling.sh: unknown argument %s\n' "$1" >&2; usage 2 ;;
    esac
    shift
done

bench_require_time
bench_binary
work=$(mktemp -d "${TMPDIR:-/tmp}/crisis-mem.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The fixed cost: the binary, its embedded tables and the gazetteer, for one small article.
printf 'date 2022-01-27\nRussia warned NATO on Wednesday.\n' >"$work/one.txt"
measure "$work/base" base /dev/null /dev/null -- "$BIN" build "$work/one.txt" -o "$work/one" -j "$jobs" --quiet

rows=()
for size in "$n" "$((n * factor))"; do
    bench_corpus "$size"
    : >"$work/r$size"
    for ((r = 1; r <= runs; r++)); do
        say "$size articles, run $r/$runs: build -j $jobs and extract -j $jobs"
        rm -rf "$work/out"
        measure "$work/r$size" build /dev/null "$work/build.err" -- \
            "$BIN" build "$CORPUS" -o "$work/out" -j "$jobs"
        measure "$work/r$size" extract /dev/null /dev/null -- "$BIN" extract "$CORPUS" -j "$jobs"
    done
    # "N articles read, K skipped, M event mentions merged into E events; open ..."
    counts=$(python3 -c '
import re, sys
m = re.search(r"(\d+) articles read, \d+ skipped, (\d+) event mentions merged into (\d+) events",
              open(sys.argv[1], encoding="utf-8").read())
print(*m.groups())' "$work/build.err")
    rows+=("$size $CORPUS_BYTES $counts $(stat -c %s "$work/out/timeline.json") $work/r$size")
done

python3 - "$work/base" "${rows[@]}" <<'EOF'
import statistics, sys
base_kib = float(open(sys.argv[1]).read().split()[2])
def medians(path):
    got = {}
    for line in open(path):
        label, wall, rss = line.split()
        got.setdefault(label, []).append(float(rss))
    return {k: statistics.median(v) for k, v in got.items()}
rows = []
for arg in sys.argv[2:]:
    n, nbytes, arts, mentions, events, json_bytes, path = arg.split()
    m = medians(path)
    rows.append(dict(n=int(n), mb=int(nbytes) / 1e6, mentions=int(mentions), events=int(events),
                     json_mb=int(json_bytes) / 1e6, build=m["build"] / 1024, extract=m["extract"] / 1024))
base = base_kib / 1024
print(f"Fixed cost (build of one article): {base:.0f} MiB peak RSS.")
print()
print("| articles | text MB | event mentions | events | timeline.json MB | build peak RSS MiB | build RSS above fixed, per mention | extract peak RSS MiB |")
print("|--:|--:|--:|--:|--:|--:|--:|--:|")
for r in rows:
    per = (r["build"] - base) * 1024 * 1024 / max(r["mentions"], 1)
    print(f"| {r['n']:,} | {r['mb']:.1f} | {r['mentions']:,} | {r['events']:,} | {r['json_mb']:.1f} | "
          f"{r['build']:.0f} | {per:,.0f} B | {r['extract']:.0f} |")
a, b = rows[0], rows[-1]
def ratio(k):
    return b[k] / a[k] if a[k] else float("nan")
print()
print(f"×{ratio('mb'):.1f} text and ×{ratio('mentions'):.1f} event mentions (×{ratio('events'):.1f} merged events) "
      f"gave ×{ratio('build'):.2f} build peak RSS (×{(b['build'] - base) / max(a['build'] - base, 1e-9):.2f} above the fixed cost) "
      f"and ×{ratio('extract'):.2f} extract peak RSS.")
EOF
