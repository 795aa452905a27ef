#!/bin/sh
# The Node example (sql/example.js) with better-sqlite3@12, installed with npm
# into build/node (a scratch folder) on first use.  Skipped cleanly where node
# or npm is missing or the npm registry cannot be reached.
# Prints "N passed, N failed".
cd "$(dirname "$0")/../.." || exit 2
dir=build/node
skip() {
  echo "skipped: $1"
  echo "0 passed, 0 failed"
  exit 0
}
command -v node >/dev/null 2>&1 || skip "node is not installed"
if [ ! -d "$dir/node_modules/better-sqlite3" ]; then
  command -v npm >/dev/null 2>&1 || skip "npm is not installed"
  mkdir -p "$dir"
  echo "installing better-sqlite3@12 into $dir (npm; builds its native module)"
  timeout 900 npm install --prefix "$dir" --no-audit --no-fund --loglevel=error better-sqlite3@12 >"$dir/npm.log" 2>&1 ||
    skip "npm install better-sqlite3@12 failed (registry unreachable?): see $dir/npm.log"
fi
out=$(NODE_PATH="$dir/node_modules" node sql/example.js 2>&1)
if [ "$out" = "$(cat tests/examples/example_js.expected)" ]; then
  echo "ok   node sql/example.js"
  echo "1 passed, 0 failed"
else
  echo "FAIL node sql/example.js"
  printf '%s\n' "$out" | diff tests/examples/example_js.expected - | head -20
  echo "0 passed, 1 failed"
  exit 1
fi
