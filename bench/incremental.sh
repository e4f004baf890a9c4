#!/usr/bin/env bash
# Incremental runs: `build --cache DIR` over a large corpus plus 1% new articles, against a cold
# build of the same articles. Each run adds a fresh 1% (another generator seed: "today's
# articles") to a cache primed with the base corpus, and checks that the cached build writes
# exactly the bytes of the cold one. Prints a Markdown table on stdout.
#
#   bench/incremental.sh                         20,000 articles + 200 new, 3 runs
#   bench/incremental.sh --n 2000 --new 20 --runs 1 --jobs 2
#
# Same environment as bench/run.sh (CRISIS_BIN, CRISIS_BENCH_CACHE, CRISIS_SHARED_DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

n=20000 new="" runs=3 jobs=2
while (($#)); do
    case $1 in
        --n) n=$2; shift ;;
        --new) new=$2; shift ;;
        --runs) runs=$2; shift ;;
        --jobs | -j) jobs=$2; shift ;;
        -h | --help) usage 0 ;;
        *) printf 'bench/incremental.sh: unknown argument %s\n' "$1" >&2; usage 2 ;;
    esac
    shift
done
[[ -n $new ]] || new=$(((n + 99) / 100))

bench_require_time
bench_binary
bench_corpus "$n"
base=$CORPUS base_bytes=$CORPUS_BYTES
work=$(mktemp -d "${TMPDIR:-/tmp}/crisis-incr.XXXXXX")
trap 'rm -rf "$work"' EXIT
cache=$work/cache
results=$work/results
: >"$results"

# cached LABEL ARGS...: a timed build with --cache; records how many articles it analysed (the
# cache records it wrote: a record is written only when an article is not found in the cache).
cached() {
    local label=$1
    shift
    touch "$work/mark"
    measure "$results" "$label" /dev/null "$work/err" -- "$BIN" build "$@" -j "$jobs" --quiet --cache "$cache"
    printf '%s-analysed %s\n' "$label" "$(find "$cache" -name '*.json' -newer "$work/mark" | wc -l)" >>"$results"
}

say "priming the cache with the $n base articles"
cached prime "$base" -o "$work/prime"

identical=0
for ((r = 1; r <= runs; r++)); do
    # Another seed gives other articles; the folder name keeps their paths (part of the key) apart.
    bench_corpus "$new" "$r" "today-$new-seed$r"
    today=$CORPUS today_bytes=$CORPUS_BYTES
    say "run $r/$runs: cold build of $n + $new articles"
    rm -rf "$work/cold" "$work/warm" "$work/again"
    measure "$results" cold /dev/null "$work/err" -- \
        "$BIN" build "$base" "$today" -o "$work/cold" -j "$jobs" --quiet
    say "run $r/$runs: the same with --cache (only the $new new articles are analysed)"
    cached warm "$base" "$today" -o "$work/warm"
    say "run $r/$runs: again, nothing new"
    cached again "$base" "$today" -o "$work/again"
    if diff -r -q "$work/cold" "$work/warm" >&2 && diff -r -q "$work/cold" "$work/again" >&2; then
        identical=$((identical + 1))
    fi
done
records=$(find "$cache" -name '*.json' | wc -l)
cache_mb=$(du -sm "$cache" | cut -f1)

python3 - "$results" <<EOF
import statistics, sys
rows, analysed = {}, {}
for line in open(sys.argv[1]):
    label, *vals = line.split()
    if label.endswith("-analysed"):
        analysed.setdefault(label[:-9], []).append(int(vals[0]))
    else:
        rows.setdefault(label, []).append((float(vals[0]), float(vals[1]) / 1024))
n, new, runs, jobs = $n, $new, $runs, $jobs
mb = ($base_bytes + $today_bytes) / 1e6
cold = statistics.median(w for w, _ in rows["cold"])
print(f"Machine: $(bench_machine). $("$BIN" --version). build -j {jobs}, medians of {runs} run{'s' if runs > 1 else ''}; "
      f"{n:,} base articles + {new:,} new ones ({mb:.1f} MB).")
print()
print("| run | articles analysed (cache records written) | wall s | speed-up vs cold | peak RSS MiB |")
print("|---|--:|--:|--:|--:|")
def row(label, what, expected):
    w = statistics.median(x for x, _ in rows[label])
    done = analysed.get(label)
    count = f"{statistics.median(done):,.0f}" if done else f"{expected:,}"
    rss = statistics.median(x for _, x in rows[label])
    print(f"| {what} | {count} | {w:.2f} | {cold / w:.1f}× | {rss:.0f} |")
row("prime", "first run with \`--cache\`: base only, fills the cache", n)
row("cold", f"cold: base + {new:,} new, no cache", n + new)
row("warm", f"\`--cache\`: base + {new:,} new (1%)", new)
row("again", "\`--cache\`: the same again, nothing new", 0)
print()
print(f"Cache after the runs: $records records, $cache_mb MB. Cached outputs byte-identical to the cold build "
      f"in $identical of {runs} run{'s' if runs > 1 else ''}.")
EOF
