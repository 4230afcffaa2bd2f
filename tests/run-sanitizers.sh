#!/bin/bash
# Builds Convene with AddressSanitizer (and LeakSanitizer) and
# UndefinedBehaviorSanitizer in _asan, and runs test suites there: any
# report fails the test that caused it.
#
#     tests/run-sanitizers.sh [SUITE…]      (default: model cli print gui)
#
# Leaks inside system libraries are suppressed by tests/lsan.supp, each
# entry with its reason; a leak with a Convene frame is a bug. GUI tests run
# with GDK_DEBUG=gl-disable (Mesa's GL keeps memory of its own), and without
# leak checking (see below).
set -euo pipefail
cd "$(dirname "$0")/.."

build="${ASAN_BUILD_DIR:-_asan}"
if [ "$#" -eq 0 ]; then
  set -- model cli print gui
fi

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug >/dev/null
fi

# never fast_unwind_on_malloc=0 for GTK: twenty times slower here, and it deadlocked GTK before
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export GDK_DEBUG=gl-disable
export G_SLICE=always-malloc
# GIO loads the modules it finds (dconf's GSettings backend comes with GTK)
# and keeps them for the life of the process; their stacks end in GLib,
# which has no frame pointers, so no suppression can name them. The tests
# use GSettings' memory backend and local files: they need no module.
GIO_MODULE_DIR=$(mktemp -d)
export GIO_MODULE_DIR
trap 'rmdir "$GIO_MODULE_DIR"' EXIT

# GTK's file chooser (the export test opens one) leaves objects behind in
# GTK, GIO and libcloudproviders, and without GTK's debug symbols (or with
# fast_unwind_on_malloc=0, which makes the suite twenty times slower) their
# stacks cannot be told from Convene's: the gui suite runs with
# AddressSanitizer and UndefinedBehaviorSanitizer, without leak checking.
status=0
args=()
for suite in "$@"; do
  if [ "$suite" = gui ]; then
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" \
      meson test -C "$build" --print-errorlogs --timeout-multiplier 3 --suite gui || status=1
  else
    args+=(--suite "$suite")
  fi
done
if [ "${#args[@]}" -gt 0 ]; then
  meson test -C "$build" --print-errorlogs --timeout-multiplier 3 "${args[@]}" || status=1
fi
exit "$status"
