#!/usr/bin/env bash
# Linear time on adversarial single articles: is the time per MB flat from 1 MB to 50 MB?
#
#   bash bench/linear_time.sh            # prints a Markdown table on stdout, progress on stderr
#
# Three articles of one line each, at every size: "last last last ..." (every word a temporal
# trigger that anchors nothing), "1 2 3 ..." (every token a number a date might start with)
# and ordinary prose repeated (dates, actors and events in every sentence). Each is run through
# `dates` and `build` (all formats); the table gives the median wall time of BENCH_REPS runs and
# seconds per MB. A run longer than BENCH_TIMEOUT seconds (or over BENCH_MEM_MB of memory) is
# stopped and the larger sizes of that row are not tried: the row then says where time stopped
# being linear.
#
# Environment (all optional):
#   CRISIS_BIN      the binary (default build/release/crisis-timeline, which must exist)
#   BENCH_SIZES     sizes in MB (default "1 2 5 10 20 50"; fractions such as 0.25 work)
#   BENCH_REPS      runs per cell, the median is reported (default 3)
#   BENCH_TIMEOUT   seconds before a run is stopped (default 120)
#   BENCH_MEM_MB    address-space limit of a run in MB (default 8192)
#   BENCH_INPUTS    which articles (default "last digits prose")
#   BENCH_COMMANDS  which commands (default "dates build")
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${CRISIS_BIN:-$root/build/release/crisis-timeline}
[[ -x $bin ]] || { echo "linear_time: no binary at $bin (build the release preset or set CRISIS_BIN)" >&2; exit 1; }
sizes=(${BENCH_SIZES:-1 2 5 10 20 50})
reps=${BENCH_REPS:-3}
limit=${BENCH_TIMEOUT:-120}
mem_mb=${BENCH_MEM_MB:-8192}
inputs=(${BENCH_INPUTS:-last digits prose})
commands=(${BENCH_COMMANDS:-dates build})
work=$(mktemp -d "${TMPDIR:-/tmp}/crisis-linear.XXXXXX")
trap 'rm -rf "$work"' EXIT

# make_article KIND MB FILE: one line, "date 2022-01-27 " then the pattern up to MB megabytes.
make_article() {
    python3 - "$1" "$2" "$3" <<'PY'
import sys
kind, mb, path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
n = int(mb * 1024 * 1024)
prose = ("Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva on "
         "Friday, a week after the talks in Brussels. Lavrov demanded security guarantees from NATO last month. "
         "Germany halted the pipeline on Tuesday, and Britain sanctioned five Russian banks the following day. ")
with open(path, "w") as f:
    f.write("date 2022-01-27 ")
    if kind == "last":
        f.write(("last " * (n // 5 + 1))[:n])
    elif kind == "digits":
        out, size, i = [], 0, 1
        while size < n:
            s = str(i) + " "
            out.append(s)
            size += len(s)
            i += 1
        f.write("".join(out)[:n])
    else:
        f.write((prose * (n // len(prose) + 1))[:n])
    f.write("\n")
PY
}

# run_once CMD FILE: wall seconds of one run, or "stop" when it hit the time or memory limit.
run_once() {
    local cmd=$1 file=$2 t0 t1 status
    local args=("$cmd" --max-article-bytes 1000000000 "$file")
    [[ $cmd == build ]] && args+=(-o "$work/out" -q -j 1)
    t0=$(date +%s.%N)
    set +e
    (ulimit -v $((mem_mb * 1024)); exec timeout "$limit" "$bin" "${args[@]}") >/dev/null 2>"$work/err"
    status=$?
    set -e
    t1=$(date +%s.%N)
    if [[ $status -ne 0 ]]; then echo stop; return; fi
    echo "$t0 $t1" | awk '{printf "%.3f", $2 - $1}'
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

printf '| command | article |'
for mb in "${sizes[@]}"; do printf ' %s MB: s (s/MB) |' "$mb"; done
printf '\n|---|---|'
for _ in "${sizes[@]}"; do printf -- '---|'; done
printf '\n'
for kind in "${inputs[@]}"; do
    for mb in "${sizes[@]}"; do make_article "$kind" "$mb" "$work/$kind-$mb.txt"; done
    for cmd in "${commands[@]}"; do
        row="| $cmd | $kind |"
        stopped=""
        for mb in "${sizes[@]}"; do
            if [[ -n $stopped ]]; then row+=" – |"; continue; fi
            times=()
            for ((r = 0; r < reps; r++)); do
                t=$(run_once "$cmd" "$work/$kind-$mb.txt")
                if [[ $t == stop ]]; then stopped=1; break; fi
                times+=("$t")
            done
            if [[ -n $stopped ]]; then
                row+=" stopped (> ${limit} s or > ${mem_mb} MB) |"
                echo "linear_time: $cmd $kind $mb MB stopped: $(tail -c 300 "$work/err" | tr '\n' ' ')" >&2
                continue
            fi
            m=$(median "${times[@]}")
            row+=" $m ($(awk -v t="$m" -v mb="$mb" 'BEGIN {printf "%.3f", t / mb}')) |"
            echo "linear_time: $cmd $kind $mb MB: ${times[*]}" >&2
        done
        echo "$row"
    done
    rm -f "$work/$kind"-*.txt
done
