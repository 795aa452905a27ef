#!/bin/sh
# The static library: tests/static/main.c linked with dist/libtongji.a and
# SQLite, tongji registered by sqlite3_auto_extension().  Prints "N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
CC=${CC:-cc}
mkdir -p build/tests
if $CC -std=c11 -Wall -Wextra -Iext -o build/tests/static_demo tests/static/main.c dist/libtongji.a \
     -lsqlite3 $(pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8) -lm &&
   out=$(./build/tests/static_demo) &&
   [ "$out" = "$(cat tests/static/expected.txt)" ]; then
  echo "ok   a program linked with libtongji.a: $out"
  echo "1 passed, 0 failed"
else
  echo "FAIL the static library (got: ${out:-nothing})"
  echo "0 passed, 1 failed"
  exit 1
fi
