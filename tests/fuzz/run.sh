#!/bin/sh
# tests/fuzz/run.sh SECONDS TARGET...: replay the regression inputs through
# every target, then fuzz each target for SECONDS from the seed corpus (and
# what earlier runs found, kept in build/fuzz/corpus/TARGET).  Prints
# "N passed, N failed": one per target.
cd "$(dirname "$0")/../.." || exit 2
secs=$1
shift
sh tests/fuzz/seeds.sh >/dev/null
pass=0
fail=0
for t in "$@"; do
  bin=build/fuzz/fuzz_$t
  dir=build/fuzz/corpus/$t
  mkdir -p "$dir"
  log=build/fuzz/$t.log
  ok=1
  if ls tests/fuzz/regressions/* >/dev/null 2>&1; then
    "$bin" tests/fuzz/regressions/* >"$log" 2>&1 || ok=0
  fi
  if [ $ok = 1 ]; then
    "$bin" -max_total_time="$secs" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -dict=tests/fuzz/tongji.dict -artifact_prefix=build/fuzz/ "$dir" build/fuzz/seeds >"$log" 2>&1 || ok=0
  fi
  runs=$(grep -E 'stat::number_of_executed_units' "$log" | grep -oE '[0-9]+$')
  if [ $ok = 1 ]; then
    pass=$((pass + 1))
    echo "fuzz $t: ${secs}s, ${runs:-?} inputs, nothing found"
  else
    fail=$((fail + 1))
    echo "FAIL fuzz $t: see $log"
    grep -E 'ERROR|SUMMARY|invariant|runtime error' "$log" | head -5
    ls build/fuzz/crash-* build/fuzz/leak-* build/fuzz/timeout-* 2>/dev/null | head -3
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
