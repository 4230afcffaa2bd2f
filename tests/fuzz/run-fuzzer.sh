#!/bin/bash
# Fuzzes the dataset loader with libFuzzer, under AddressSanitizer and
# UndefinedBehaviorSanitizer, for SECONDS (default 60), on JOBS processes
# (default: the number of cores).
#
#     tests/fuzz/run-fuzzer.sh [SECONDS] [JOBS]
#
# The build dir is _fuzz (clang, -Dfuzzing=true); the corpus grows in
# _fuzz/corpus, seeded from tests/data/*.json, data/bali-process.json and
# tests/fuzz/crashers. Anything that crashes, leaks or hangs is copied into
# tests/fuzz/crashers/ and the script exits 1. More options go to libFuzzer
# through FUZZ_ARGS (e.g. FUZZ_ARGS=-runs=1000000).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${1:-60}"
jobs="${2:-$(nproc)}"
build="${FUZZ_BUILD_DIR:-_fuzz}"

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dbuildtype=debugoptimized \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null
fi
meson compile -C "$build" fuzz-loader >/dev/null

top="$PWD"
corpus="$top/$build/corpus"
artifacts="$top/$build/artifacts"
rm -rf "$artifacts"
mkdir -p "$corpus" "$artifacts"
cp tests/data/*.json data/bali-process.json "$corpus/"
find tests/fuzz/crashers -type f ! -name README.md -exec cp {} "$corpus/" \;

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:allocator_may_return_null=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$top/tests/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export G_SLICE=always-malloc

# -timeout: a hang is a bug (the largest seed loads in milliseconds);
# -rss_limit_mb/-malloc_limit_mb: memory must stay bounded by the input.
# with -jobs, each job logs to fuzz-N.log in the working directory: the build dir
rm -f "$build"/fuzz*.log
status=0
# shellcheck disable=SC2086
(cd "$build" && ./tests/fuzz/fuzz-loader "$corpus" \
  -max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" \
  -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
  -dict="$top/tests/fuzz/dataset.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
  ${FUZZ_ARGS:-} >fuzz.log 2>&1) || status=$?

found=0
for f in "$artifacts"/*; do
  [ -f "$f" ] || continue
  cp "$f" tests/fuzz/crashers/
  echo "run-fuzzer: kept $(basename "$f") in tests/fuzz/crashers/" >&2
  found=1
done

# each job's figures are in its fuzz-N.log (and copied into fuzz.log): count them once
if ls "$build"/fuzz-[0-9]*.log >/dev/null 2>&1; then logs=("$build"/fuzz-[0-9]*.log); else logs=("$build/fuzz.log"); fi
runs=$(cat "${logs[@]}" | awk '/^stat::number_of_executed_units:/ { n += $2 } END { print n + 0 }')
echo "run-fuzzer: $runs executions in at most ${seconds}s on $jobs jobs; logs in $build/fuzz*.log"

if [ "$found" -ne 0 ] || [ "$status" -ne 0 ]; then
  echo "run-fuzzer: FAILED (exit status $status)" >&2
  exit 1
fi
