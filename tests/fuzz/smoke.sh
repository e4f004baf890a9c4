#!/usr/bin/env bash
# A short run of every fuzz target over its seed corpus (and its saved regressions), for the
# README's test command:   bash tests/fuzz/smoke.sh BUILD_DIR [SECONDS_PER_TARGET]
# BUILD_DIR is the fuzz preset's build folder (build/fuzz). Exits non-zero on any finding; the
# crashing input is saved under BUILD_DIR/fuzz-artifacts/. New inputs found go to a scratch
# folder, never into the checked-in corpus.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:?usage: smoke.sh BUILD_DIR [SECONDS_PER_TARGET]}"
seconds="${2:-20}"
targets=(fuzz_ingest fuzz_temporal fuzz_pipeline)
artifacts="$build/fuzz-artifacts"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/crisis-fuzz-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
for t in "${targets[@]}"; do
  bin="$build/tests/fuzz/$t"
  if [ ! -x "$bin" ]; then echo "fuzz smoke: FAIL $t: no binary at $bin (build the fuzz preset)"; failed=1; continue; fi
  dirs=("$scratch/$t" "$here/corpus/$t")
  mkdir -p "$scratch/$t"
  if [ -d "$here/regressions/$t" ]; then dirs+=("$here/regressions/$t"); fi
  log="$scratch/$t.log"
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
         -artifact_prefix="$artifacts/$t-" "${dirs[@]}" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [ "$status" -ne 0 ]; then
    echo "fuzz smoke: FAIL $t (exit $status); last lines of its log:"
    tail -n 40 "$log" | sed 's/^/    /'
    failed=1
  else
    echo "fuzz smoke: ok $t (${runs:-?} runs in ${seconds}s, ${speed:-?} exec/s)"
  fi
done
if [ "$failed" -ne 0 ]; then echo "fuzz smoke: FAILED (inputs in $artifacts)"; exit 1; fi
echo "fuzz smoke: PASS (${#targets[@]} targets, ${seconds}s each, no findings)"
