#!/usr/bin/env bash
# The throughput benchmark: crisis-timeline `dates` (its analysis on one thread) and `build` (every
# stage and every export, -j 2) against chrono-node on the same generated corpus, in the same run.
# Prints a Markdown table (medians of several runs) on stdout; progress goes to stderr.
#
#   bench/run.sh                 20,000 articles (~63 MB), 5 runs of each
#   bench/run.sh --quick         2,000 articles, 1 run: a smoke test of the whole harness
#   bench/run.sh --runs 3 --n 5000 --jobs 4 --no-chrono --output table.md
#   bench/run.sh --no-build      dates against chrono-node only (quicker: build runs every stage;
#                                see bench/README.md)
#
# It builds the release preset when needed (or uses $CRISIS_BIN), generates the corpus with
# ../shared/tools/peers/make_corpus.py into ${XDG_CACHE_HOME:-~/.cache}/crisis-timeline-bench
# (once; it is deterministic) and installs chrono-node there with `npm ci` from
# bench/peers/package-lock.json. See bench/README.md for what each figure means.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

runs=5 n=20000 jobs=2 chrono=1 build=1 output=""
while (($#)); do
    case $1 in
        --runs) runs=$2; shift ;;
        --n) n=$2; shift ;;
        --jobs | -j) jobs=$2; shift ;;
        --quick) n=2000 runs=1 ;;
        --no-chrono) chrono=0 ;;
        --no-build) build=0 ;;
        --output | -o) output=$2; shift ;;
        -h | --help) usage 0 ;;
        *) printf 'bench/run.sh: unknown argument %s\n' "$1" >&2; usage 2 ;;
    esac
    shift
done
[[ $runs =~ ^[1-9][0-9]*$ && $n =~ ^[1-9][0-9]*$ && $jobs =~ ^[1-9][0-9]*$ ]] \
    || die "--runs, --n and --jobs take positive numbers"

bench_require_time
bench_binary
bench_corpus "$n"
((chrono)) && bench_peers

work=$(mktemp -d "${TMPDIR:-/tmp}/crisis-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
results=$work/results
: >"$results"

# `dates` is one thread by construction; pass -j 1 as well if this version has the option.
dates_jobs=()
if "$BIN" dates -j 1 --help >/dev/null 2>&1; then dates_jobs=(-j 1); fi

# An untimed first pass: checks that every article is read and counts what was found.
say "checking the corpus with dates"
"$BIN" dates "${dates_jobs[@]}" "$CORPUS" >"$work/dates.ndjson" || die "dates failed on $CORPUS"
dates_counts=$(python3 -c '
import json, sys
a = t = 0
for line in open(sys.argv[1], encoding="utf-8"):
    a += 1; t += len(json.loads(line)["timexes"])
print(a, t)' "$work/dates.ndjson")
rm -f "$work/dates.ndjson"
[[ ${dates_counts%% *} -eq $n ]] || die "dates printed ${dates_counts%% *} records for $n articles"

for ((r = 1; r <= runs; r++)); do
    say "run $r/$runs: dates"
    measure "$results" dates /dev/null "$work/dates.err" -- "$BIN" dates "${dates_jobs[@]}" "$CORPUS"
    if ((build)); then
        say "run $r/$runs: build -j $jobs"
        rm -rf "$work/out"
        measure "$results" build /dev/null "$work/build.err" -- "$BIN" build "$CORPUS" -o "$work/out" -j "$jobs"
    fi
    if ((chrono)); then
        say "run $r/$runs: chrono-node"
        measure "$results" chrono "$work/chrono.json" "$work/chrono.err" -- \
            node "$CHRONO_RUN" --ref "$BENCH_REF" --bench "$CORPUS"
        python3 -c '
import json, sys
j = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
print("chrono-parse", j["elapsed_s"], j["bytes"], j["matches"], j["docs"])' "$work/chrono.json" >>"$results"
    fi
done
build_summary="" out_bytes=0
if ((build)); then
    build_summary=$(tail -n1 "$work/build.err")
    out_bytes=$(du -sb "$work/out" | cut -f1)
fi

CHRONO_VERSION=${CHRONO_VERSION:-}  # unset with --no-chrono; the table below expands it
table=$(python3 - "$results" <<EOF
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, *vals = line.split()
    rows.setdefault(label, []).append([float(v) for v in vals])
def med(label, i):
    return statistics.median(r[i] for r in rows[label])
def spread(label):
    ws = [r[0] for r in rows[label]]
    return f"{min(ws):.2f}–{max(ws):.2f}" if len(ws) > 1 else "–"
n, nbytes, runs, jobs = $n, $CORPUS_BYTES, $runs, $jobs
mb = nbytes / 1e6
dates_articles, dates_timexes = map(int, "$dates_counts".split())
print(f"Machine: $(bench_machine). $("$BIN" --version) (git $(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)).")
print(f"Corpus: make_corpus.py --n {n} (seed $BENCH_SEED, ref $BENCH_REF): {n:,} articles, {mb:.1f} MB. "
      f"Medians of {runs} run{'s' if runs > 1 else ''}, interleaved, warm page cache.")
print()
print("| command | threads | wall s (median) | range s | MB/s | articles/s | peak RSS MiB | found |")
print("|---|--:|--:|--:|--:|--:|--:|---|")
def row(name, threads, label, found, seconds=None):
    w = seconds if seconds is not None else med(label, 0)
    rss = med(label, 1) / 1024
    print(f"| {name} | {threads} | {w:.2f} | {spread(label)} | {mb / w:.1f} | {n / w:,.0f} | {rss:.0f} | {found} |")
    return mb / w
dates_mbs = row("\`crisis-timeline dates DIR\` (analysis on 1 thread, files read ahead on another)", 1, "dates",
                f"{dates_timexes:,} timexes")
build_mbs = None
if "build" in rows:
    summary = """$build_summary""".replace("crisis-timeline: ", "").split("; open")[0]
    build_mbs = row(f"\`crisis-timeline build DIR -o OUT -j {jobs}\` (all stages, all exports)", jobs, "build",
                    summary + f"; {$out_bytes / 1e6:.1f} MB written")
build_note = (f" **build: {build_mbs:.1f} MB/s end to end on {jobs} threads** (target ≥ 50 MB/s)."
              if build_mbs is not None else "")
if "chrono" in rows:
    parse = med("chrono-parse", 0)
    cbytes = rows["chrono-parse"][0][1]
    matches = int(rows["chrono-parse"][0][2])
    w = med("chrono", 0)
    rss = med("chrono", 1) / 1024
    chrono_mbs = cbytes / 1e6 / parse
    print(f"| chrono-node $CHRONO_VERSION \`chrono.parse\` (parse time only, files preloaded; whole process {w:.1f} s) "
          f"| 1 | {parse:.2f} | {spread('chrono-parse')} | {chrono_mbs:.1f} | {n / parse:,.0f} | {rss:.0f} | {matches:,} matches |")
    print()
    print(f"**dates / chrono-node: {dates_mbs / chrono_mbs:.1f}× the throughput, each analysing on one thread** "
          f"(target ≥ 25×; dates timed as a whole process, its files read on a second thread; chrono-node its "
          f"parse loop only)." + build_note)
elif build_note:
    print()
    print(build_note.strip())
EOF
)
printf '%s\n' "$table"
[[ -z $output ]] || printf '%s\n' "$table" >"$output"
