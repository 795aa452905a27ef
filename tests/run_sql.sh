#!/bin/sh
# SQL tests: each tests/sql/NAME.sql runs in the sqlite3 shell from the project
# root; its output (stdout and stderr) must equal tests/sql/NAME.expected.
# Prints "N passed, N failed".  With --update, rewrites the expected files.
cd "$(dirname "$0")/.." || exit 2
pass=0; fail=0
for f in tests/sql/*.sql; do
  exp="${f%.sql}.expected"
  out=$(sqlite3 :memory: < "$f" 2>&1)
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
