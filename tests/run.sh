#!/bin/sh
# Runs every test layer of `make test` and ends with one line "N passed, N failed".
# Each layer prints its own "N passed, N failed" line; this script adds them up.
# Environment: PYTHON (default /usr/bin/python3), SHARED (default ../shared).
cd "$(dirname "$0")/.." || exit 2
PYTHON=${PYTHON:-/usr/bin/python3}
SHARED=${SHARED:-../shared}
export SHARED
total_pass=0
total_fail=0
log=$(mktemp)
skips=$(mktemp)
trap 'rm -f "$log" "$skips"' EXIT

# layer NAME COMMAND...: run it, echo its output, add its counts
layer() {
  name=$1
  shift
  echo "== $name"
  "$@" >"$log" 2>&1
  status=$?
  cat "$log"
  line=$(grep -E '[0-9]+ (passed|failed)' "$log" | tail -1)
  p=$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
  f=$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
  p=${p:-0}
  f=${f:-0}
  # a layer that exits non-zero without reporting a failure still fails once
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  total_pass=$((total_pass + p))
  total_fail=$((total_fail + f))
  # what a layer could not test here, by name (listed again at the end)
  grep -E '^(skipped|SKIPPED)' "$log" | sed "s|^|  $name: |" >>"$skips"
}

layer "C unit tests of the core" ./build/tests/unit_tests
layer "SQL tests (sqlite3 shell)" sh tests/run_sql.sh

# the same two under AddressSanitizer + UndefinedBehaviorSanitizer (gcc), with
# leak checking: any report fails the layer
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
layer "C unit tests under ASan+UBSan" ./build/asan/unit_tests
layer "SQL tests under ASan+UBSan" env TJ_EXT=./build/asan/tongji TJ_PRELOAD="$(${CC:-cc} -print-file-name=libasan.so)" \
  sh tests/run_sql.sh
# resource limits (issue 15): every allocation failure over every function and
# a real document gives SQLITE_NOMEM or the same rows, with no leak (ASan);
# then the heap limit and, timed without sanitizers, the interrupt
LIMITS_DOC=sql/sample/linjiang_2023.txt
if [ -f "$SHARED/corpus/docs/035_bulletin_luoyang_2023.txt" ]; then LIMITS_DOC=$SHARED/corpus/docs/035_bulletin_luoyang_2023.txt; fi
layer "Allocation failures and heap limit (ASan)" ./build/asan/limits "$LIMITS_DOC" alloc heap
unset ASAN_OPTIONS UBSAN_OPTIONS
layer "Interrupt from another thread" ./build/tests/limits "$LIMITS_DOC" interrupt
layer "Python tests ($PYTHON, pytest)" "$PYTHON" -m pytest -q -rs -p no:cacheprovider tests/py

# the dev-gold scores and their bars (tests/tools/eval.py), where ../shared is present
eval_layer() {
  if [ ! -d "$SHARED/corpus/dev" ]; then
    echo "skipped: $SHARED/corpus/dev not found"
    echo "0 passed, 0 failed"
    return 0
  fi
  # shellcheck disable=SC2086 # EVAL_ARGS is a list of arguments
  if "$PYTHON" tests/tools/eval.py $EVAL_ARGS; then
    echo "1 passed, 0 failed"
  else
    echo "0 passed, 1 failed"
    return 1
  fi
}
layer "Dev-gold scores (tests/tools/eval.py, ../shared/tools/score.py)" eval_layer
layer "Node example (better-sqlite3@12)" sh tests/node/run.sh
layer "Packages: pip, npm, sqlite-utils" sh tests/packages/run.sh
layer "Static library (sqlite3_auto_extension)" sh tests/static/run.sh
layer "make install / uninstall" sh tests/install/run.sh

# fuzzing: the regression inputs, then FUZZ_TEST_SECONDS per target (clang libFuzzer)
layer "Fuzzing (${FUZZ_TEST_SECONDS:-20} s per target)" sh tests/fuzz/run.sh "${FUZZ_TEST_SECONDS:-20}" $FUZZ_TARGETS

if [ -s "$skips" ]; then
  echo "== skipped"
  cat "$skips"
fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
