#!/bin/sh
# make install / make uninstall into a scratch DESTDIR: the files land where
# PREFIX says, the installed extension loads, a program builds against the
# installed header, library and pkg-config file, and uninstall removes them.
# Prints "N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
pass=0
fail=0
check() { # NAME COMMAND...
  name=$1
  shift
  if "$@" >"$dest/out" 2>&1; then
    pass=$((pass + 1))
    echo "ok   $name"
  else
    fail=$((fail + 1))
    echo "FAIL $name"
    head -5 "$dest/out"
  fi
}
prefix=/opt/tongji-test
make --no-print-directory -s install DESTDIR="$dest" PREFIX="$prefix" >"$dest/install.log" 2>&1 || { cat "$dest/install.log"; }
root="$dest$prefix"
check "files in place" test -x "$root/lib/tongji.so" -a -f "$root/lib/libtongji.a" -a -f "$root/include/tongji.h" \
  -a -f "$root/lib/pkgconfig/tongji.pc" -a -f "$root/share/doc/tongji/functions/indicators.md" \
  -a -f "$root/share/doc/tongji/sql/load_folder.sql"
check "the installed extension loads" sh -c "sqlite3 :memory: '.load $root/lib/tongji' 'SELECT tongji_version()' | grep -q '^v'"
check "pkg-config knows it" sh -c "PKG_CONFIG_PATH=$root/lib/pkgconfig pkg-config --modversion tongji | grep -qx \"\$(cat VERSION)\""
check "a program builds against the installed files" sh -c "cc -std=c11 -I$root/include -o $dest/demo tests/static/main.c \
  $root/lib/libtongji.a -lsqlite3 -lpcre2-8 -lm && $dest/demo"
# the installed scripts load the installed extension and read the installed samples;
# run from another folder (DESTDIR stands in front of the paths here)
check "installed scripts name the installed paths" sh -c "grep -qx '.load $prefix/lib/tongji' $root/share/doc/tongji/sql/demo.sql &&
  ! grep -q 'dist/tongji' $root/share/doc/tongji/sql/*.sql && grep -q \"'$prefix/share/doc/tongji/sql/sample\" $root/share/doc/tongji/sql/demo.sql"
check "an installed script runs from anywhere" sh -c "cd $dest && sed 's|$prefix|$root|g' $root/share/doc/tongji/sql/demo.sql |
  sqlite3 :memory: | grep -q 'v$(cat VERSION)'"
check "a failed .load stops the script (.bail on)" sh -c "cd $dest && ! sqlite3 :memory: < $root/share/doc/tongji/sql/demo.sql >$dest/bail.out 2>&1 &&
  ! grep -q 'cn_number' $dest/bail.out"
make --no-print-directory -s uninstall DESTDIR="$dest" PREFIX="$prefix" >/dev/null 2>&1
check "uninstall removes them" sh -c "! find $root -type f | grep -q ."
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
