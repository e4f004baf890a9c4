# Shared helpers of the benchmark scripts (sourced by bench/run.sh, bench/memory_scaling.sh and
# bench/incremental.sh; not run on its own).
#
# Environment (all optional):
#   CRISIS_BIN          use this crisis-timeline binary instead of building the release preset
#   CRISIS_SHARED_DIR   the shared folder holding tools/peers/ (default: ../shared beside the repo)
#   CRISIS_BENCH_CACHE  where corpora and the peers' node_modules go
#                       (default: ${XDG_CACHE_HOME:-$HOME/.cache}/crisis-timeline-bench)
#   BENCH_BUILD_JOBS    parallel jobs for the release build (default: the build tool's own)

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_SHARED=${CRISIS_SHARED_DIR:-$BENCH_ROOT/../shared}
BENCH_CACHE=${CRISIS_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crisis-timeline-bench}
BENCH_REF=2022-01-27     # make_corpus.py's default reference date; chrono gets the same
BENCH_SEED=20220127      # make_corpus.py's default seed

say() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# Sets BIN to the crisis-timeline binary: $CRISIS_BIN, or the release preset (configured when
# build/release does not exist yet, then brought up to date; only the CLI target is built).
bench_binary() {
    if [[ -n ${CRISIS_BIN:-} ]]; then
        [[ -x $CRISIS_BIN ]] || die "CRISIS_BIN=$CRISIS_BIN is not an executable"
        BIN=$(cd "$(dirname "$CRISIS_BIN")" && pwd)/$(basename "$CRISIS_BIN")
        return
    fi
    command -v cmake >/dev/null || die "cmake is missing (scripts/install-deps.sh installs it)"
    if [[ ! -f $BENCH_ROOT/build/release/CMakeCache.txt ]]; then
        say "configuring the release preset (build/release)"
        (cd "$BENCH_ROOT" && cmake --preset release >&2) || die "cmake --preset release failed"
    fi
    say "building the release preset"
    (cd "$BENCH_ROOT" && cmake --build --preset release --target crisis-timeline \
        ${BENCH_BUILD_JOBS:+-j "$BENCH_BUILD_JOBS"} >&2) || die "cmake --build --preset release failed"
    BIN=$BENCH_ROOT/build/release/crisis-timeline
}

# bench_corpus N [SEED] [NAME]: sets CORPUS to a folder holding exactly the N generated articles
# (doc_*.txt; the generator's gold.jsonl and MANIFEST are moved one level up, so that the folder
# holds articles only), generating it unless an identical one is cached. Sets CORPUS_BYTES.
bench_corpus() {
    local n=$1 seed=${2:-$BENCH_SEED} name=${3:-corpus-n$1-s${2:-$BENCH_SEED}}
    local gen=$BENCH_SHARED/tools/peers/make_corpus.py
    local dir=$BENCH_CACHE/$name
    local want="args: --n $n --size 3000 --seed $seed --ref $BENCH_REF"
    CORPUS=$dir/docs
    if [[ -f $dir/MANIFEST ]] && grep -qxF -- "$want" "$dir/MANIFEST" \
        && [[ $(find "$CORPUS" -maxdepth 1 -name 'doc_*.txt' | wc -l) -eq $n ]]; then
        say "corpus: $CORPUS (cached)"
    else
        [[ -f $gen ]] || die "no corpus generator at $gen (set CRISIS_SHARED_DIR)"
        say "generating $n articles into $CORPUS"
        rm -rf "$dir" && mkdir -p "$dir"
        python3 "$gen" --out "$CORPUS" --n "$n" --size 3000 --seed "$seed" --ref "$BENCH_REF" >&2 \
            || die "make_corpus.py failed"
        mv "$CORPUS/MANIFEST" "$CORPUS/gold.jsonl" "$dir/"
    fi
    CORPUS_BYTES=$(find "$CORPUS" -maxdepth 1 -name 'doc_*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
    cat "$CORPUS"/doc_*.txt >/dev/null  # every run then reads from a warm page cache
}

# Sets PEERS_NODE to a folder where `npm ci` installed bench/peers/package-lock.json (chrono-node),
# reinstalling only when the lock file changed.
bench_peers() {
    command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed for the peers"
    PEERS_NODE=$BENCH_CACHE/peers
    export PEERS_NODE
    mkdir -p "$PEERS_NODE"
    if ! cmp -s "$BENCH_ROOT/bench/peers/package-lock.json" "$PEERS_NODE/.installed-lock" \
        || [[ ! -f $PEERS_NODE/node_modules/chrono-node/package.json ]]; then
        say "installing the peers (npm ci) into $PEERS_NODE"
        cp "$BENCH_ROOT/bench/peers/package.json" "$BENCH_ROOT/bench/peers/package-lock.json" "$PEERS_NODE/"
        (cd "$PEERS_NODE" && npm ci --no-audit --no-fund --loglevel=error >&2) || die "npm ci failed"
        cp "$BENCH_ROOT/bench/peers/package-lock.json" "$PEERS_NODE/.installed-lock"
    fi
    CHRONO_VERSION=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$PEERS_NODE/node_modules/chrono-node/package.json" | head -n1)
    CHRONO_RUN=$BENCH_SHARED/tools/peers/chrono_run.mjs
    [[ -f $CHRONO_RUN ]] || die "no chrono harness at $CHRONO_RUN (set CRISIS_SHARED_DIR)"
}

# measure RESULTS LABEL STDOUT STDERR -- COMMAND...: runs COMMAND once with stdout and stderr to
# the given files, and appends "LABEL wall_seconds peak_rss_kB" to RESULTS. Peak RSS comes from
# GNU time (/usr/bin/time, Debian package "time"). A failing command stops the benchmark.
measure() {
    local results=$1 label=$2 out=$3 err=$4
    shift 5
    local tfile
    tfile=$(mktemp)
    local t0=$EPOCHREALTIME
    local status=0
    /usr/bin/time -f '%M' -o "$tfile" "$@" >"$out" 2>"$err" || status=$?
    local t1=$EPOCHREALTIME
    if ((status != 0)); then
        tail -n 5 "$err" >&2
        rm -f "$tfile"
        die "$label failed with status $status: $*"
    fi
    printf '%s %s %s\n' "$label" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}')" \
        "$(tail -n1 "$tfile")" >>"$results"
    rm -f "$tfile"
}

# Prints "nproc, CPU model".
bench_machine() {
    local model
    model=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -n1)
    [[ -n $model ]] || model=$(uname -m)
    printf '%s cores (nproc), %s' "$(nproc)" "$model"
}

bench_require_time() {
    [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (Debian package 'time'; scripts/install-deps.sh --test installs it)"
}
