#!/bin/sh
# SQL tests: each tests/sql/NAME.sql runs in the sqlite3 shell from the project
# root; its output (stdout and stderr) must equal tests/sql/NAME.expected.
# Prints "N passed, N failed".  With --update, rewrites the expected files.
# TJ_EXT=path loads that build instead of ./dist/tongji, and TJ_PRELOAD is put
# in LD_PRELOAD for the shell (the sanitizer layer: build/asan/tongji and the
# ASan runtime, which must come first in a process that is not built with it).
cd "$(dirname "$0")/.." || exit 2
TJ_EXT=${TJ_EXT:-./dist/tongji}
pass=0; fail=0
for f in tests/sql/*.sql; do
  exp="${f%.sql}.expected"
  out=$(sed "s#^\.load \./dist/tongji\$#.load $TJ_EXT#" "$f" | env ${TJ_PRELOAD:+LD_PRELOAD=$TJ_PRELOAD} sqlite3 :memory: 2>&1)
  if [ "$1" = "--update" ]; then printf '%s\n' "$out" > "$exp"; fi
  if [ -f "$exp" ] && [ "$out" = "$(cat "$exp")" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $f"
    printf '%s\n' "$out" | diff "$exp" - | head -20
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
