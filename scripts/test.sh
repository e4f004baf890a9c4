#!/usr/bin/env bash
# Every test: installs what is missing, then
#   1. the ci preset (optimised, warnings as errors): unit, end-to-end, consumer and browser tests
#   2. the asan preset (address + undefined behaviour sanitizers): the unit and end-to-end tests
#   3. the fuzz preset (clang, libFuzzer): a short run of each fuzz target over its corpus
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
start=$(date +%s)
jobs=$(nproc)
step() { echo; echo "=== $* ($(( $(date +%s) - start ))s)"; }

step "installing dependencies"
bash scripts/install-deps.sh --test

step "ci preset: build"
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$jobs"
step "ci preset: tests"
ctest --preset ci -j "$jobs"

step "asan preset: build"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
step "asan preset: tests"
ctest --preset asan -j "$jobs" -E '^(browser|consumer)\.'

if [ -f tests/fuzz/CMakeLists.txt ]; then
  step "fuzz preset: build and smoke runs"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs"
  bash tests/fuzz/smoke.sh build/fuzz
fi

step "all tests passed in $(( $(date +%s) - start ))s"
