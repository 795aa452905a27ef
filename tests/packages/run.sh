#!/bin/sh
# The three doors besides the shell's .load (README, "Install"), each as a
# user takes it, in scratch folders under build/:
#   python       make python-package; pip install --no-index --no-build-isolation
#                into a fresh venv (--system-site-packages: Debian's setuptools);
#                import tongji; tongji.load(conn); __version__ = tongji_version()
#   node         make node-package (npm pack); npm install of the tarball next
#                to better-sqlite3@12 (build/node, see tests/node/run.sh); load(db)
#   sqlite-utils insert-files a folder of reports, then a query through
#                --load-extension with --csv
# Prints "N passed, N failed"; a door that cannot be tested here (no npm, no
# registry) is named as skipped.
cd "$(dirname "$0")/../.." || exit 2
pass=0
fail=0
skipped=""
ok() {
  pass=$((pass + 1))
  echo "ok   $1"
}
bad() {
  fail=$((fail + 1))
  echo "FAIL $1"
  [ -f "$2" ] && tail -15 "$2"
}
log=build/packages.log
mkdir -p build

# ---- Python ----------------------------------------------------------------
venv=build/python-venv
rm -rf "$venv"
if make --no-print-directory -s python-package >"$log" 2>&1 &&
   /usr/bin/python3 -m venv --system-site-packages "$venv" >>"$log" 2>&1 &&
   "$venv/bin/pip" install --quiet --no-index --no-build-isolation build/python >>"$log" 2>&1; then
  out=$(cd build && "../$venv/bin/python" -c '
import sqlite3, tongji
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
tongji.load(db)
db.enable_load_extension(False)
assert tongji.__version__ == db.execute("SELECT tongji_version()").fetchone()[0], tongji.__version__
assert tongji.loadable_path().startswith(tongji.__path__[0])
print(db.execute("SELECT subject, value, unit FROM indicators(?)", ("全年地区生产总值增长5.2%。",)).fetchone())
' 2>&1)
  if [ "$out" = "('地区生产总值', 5.2, '%')" ]; then ok "pip install; import tongji; tongji.load(db): $out"; else
    echo "$out" >>"$log"
    bad "the Python package: $out" "$log"
  fi
else
  bad "building or installing the Python package" "$log"
fi

# ---- Node ------------------------------------------------------------------
dir=build/node
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  skipped="$skipped node(no node or npm)"
elif [ ! -d "$dir/node_modules/better-sqlite3" ] && ! sh tests/node/run.sh >/dev/null 2>&1; then
  skipped="$skipped node(better-sqlite3@12 not installable: registry unreachable?)"
elif [ ! -d "$dir/node_modules/better-sqlite3" ]; then
  skipped="$skipped node(better-sqlite3@12 not installable: registry unreachable?)"
else
  version=$(cat VERSION)
  if make --no-print-directory -s node-package >"$log" 2>&1 &&
     npm install --prefix "$dir" --no-audit --no-fund --offline --loglevel=error "$(pwd)/build/tongji-$version.tgz" >>"$log" 2>&1; then
    out=$(NODE_PATH="$dir/node_modules" node -e '
const Database = require("better-sqlite3");
const tongji = require("tongji");
const db = new Database(":memory:");
tongji.load(db);
const r = db.prepare("SELECT subject, value, unit FROM indicators(?)").get("全年地区生产总值增长5.2%。");
if (!tongji.getLoadablePath().includes("node_modules/tongji")) throw new Error(tongji.getLoadablePath());
console.log(JSON.stringify(r));
' 2>&1)
    if [ "$out" = '{"subject":"地区生产总值","value":5.2,"unit":"%"}' ]; then ok "npm install tongji; require(\"tongji\").load(db): $out"; else
      echo "$out" >>"$log"
      bad "the Node package: $out" "$log"
    fi
  else
    bad "packing or installing the Node package" "$log"
  fi
fi

# ---- sqlite-utils --------------------------------------------------------------
if ! command -v sqlite-utils >/dev/null 2>&1; then
  skipped="$skipped sqlite-utils(not installed: make deps-test installs it)"
else
  work=build/sqlite-utils
  rm -rf "$work" && mkdir -p "$work/reports"
  cp sql/sample/provinces/*.txt "$work/reports/"
  db="$work/reports.db"
  if sqlite-utils insert-files "$db" docs "$work"/reports/*.txt >"$log" 2>&1 &&
     out=$(sqlite-utils query "$db" --load-extension dist/tongji.so --csv \
       "SELECT d.path, i.region, i.value, i.period_start FROM docs d, indicators(d.content) i
        WHERE i.concept = 'gdp' AND i.kind = 'change' AND i.status = 'actual' ORDER BY d.path, i.id LIMIT 3" 2>>"$log" |
       tr -d '\r') &&
     [ "$(printf '%s\n' "$out" | head -1)" = "path,region,value,period_start" ] &&
     [ "$(printf '%s\n' "$out" | wc -l)" -ge 3 ]; then
    ok "sqlite-utils insert-files, then a query with --load-extension --csv ($(printf '%s\n' "$out" | sed -n 2p))"
  else
    echo "$out" >>"$log"
    bad "the sqlite-utils recipe" "$log"
  fi
fi

for s in $skipped; do echo "skipped: $s"; done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
