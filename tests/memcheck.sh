#!/bin/sh
# make memcheck: representative work under valgrind --leak-check=full; any
# memory error or definite/indirect leak fails (valgrind exits 99), and so
# does a crash; SQL errors the tests expect (the shell exits 1) do not.
# Prints "N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
SHARED=${SHARED:-../shared}
VG="valgrind -q --suppressions=tests/valgrind.supp --leak-check=full --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect --error-exitcode=99"
pass=0
fail=0
run() { # NAME COMMAND...: fails when valgrind reports (exit 99) or the program crashes
  name=$1
  shift
  "$@" >build/memcheck.out 2>&1
  rc=$?
  if [ "$rc" -ne 99 ] && [ "$rc" -lt 128 ]; then
    pass=$((pass + 1))
    echo "ok   $name"
  else
    fail=$((fail + 1))
    echo "FAIL $name"
    head -30 build/memcheck.out
  fi
}
mkdir -p build
run "C unit tests of the core" $VG ./build/tests/unit_tests
for f in tests/sql/*.sql; do
  run "$f" sh -c "$VG sqlite3 :memory: < $f"
done
# every function over a real document, or the sample
doc=sql/sample/linjiang_2023.txt
[ -f "$SHARED/corpus/docs/034_bulletin_chengdu_2022.txt" ] && doc=$SHARED/corpus/docs/034_bulletin_chengdu_2022.txt
cat > build/memcheck.sql <<SQL
.load ./dist/tongji
CREATE TABLE d(body);
INSERT INTO d VALUES (CAST(readfile('$doc') AS TEXT)), (readfile('$doc')), (NULL), (x'ff80e4b8');
SELECT count(*) FROM d, sentences(d.body);
SELECT count(*) FROM d, quantities(d.body);
SELECT count(*) FROM d, periods(d.body, 2022);
SELECT count(*) FROM d, indicators(d.body, 2022);
SELECT count(*) FROM d, sections(d.body);
SELECT count(*) FROM d, indicators(d.body) i JOIN sections(d.body) s ON s.id = i.section;
SELECT cn_number('8203.2亿'), cn_number(x'ff'), cn_number(NULL);
SELECT sum(length(tongji_html(d.body, 2022))) FROM d;
SELECT * FROM indicators(1);
SQL
run "every function over $doc" sh -c "$VG sqlite3 :memory: < build/memcheck.sql"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
