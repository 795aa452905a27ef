#!/bin/sh
# bench/peers/run.sh — Microsoft Recognizers-Text beside tongji, on the same
# sample, in one run: the first 4 KB (whole lines) of every corpus document.
# Skipped cleanly when node/npm or the npm registry is not there.
#   SHARED=../shared sh bench/peers/run.sh
set -u
SHARED=${SHARED:-../shared}
DOCS=$SHARED/corpus/docs
PEERS=${TJ_PEERS_DIR:-build/peers}
PKG=@microsoft/recognizers-text-suite@1.3.1

echo
echo "peers: Microsoft Recognizers-Text (zh-cn) beside tongji"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "peers: node/npm not installed; skipped"; exit 0
fi
if [ ! -d "$PEERS/node_modules/@microsoft/recognizers-text-suite" ]; then
  mkdir -p "$PEERS"
  if ! timeout 600 npm install --prefix "$PEERS" --no-audit --no-fund --loglevel=error "$PKG" >"$PEERS/npm.log" 2>&1; then
    echo "peers: npm install $PKG failed (registry unreachable?); skipped — see $PEERS/npm.log"; exit 0
  fi
fi
SAMPLE=$PEERS/sample
rm -rf "$SAMPLE" && mkdir -p "$SAMPLE"
if [ -d "$DOCS" ]; then
  for f in "$DOCS"/*.txt; do head -c 4096 "$f" | sed '$d' > "$SAMPLE/$(basename "$f")"; done
else
  for f in sql/sample/*.txt; do cp "$f" "$SAMPLE/"; done
fi
BYTES=$(cat "$SAMPLE"/*.txt | wc -c)
echo "sample: $(ls "$SAMPLE" | wc -l) documents, $BYTES bytes"
NODE_PATH="$PEERS/node_modules" node bench/peers/recognizers.js "$SAMPLE"/*.txt > "$PEERS/rt.tsv" || {
  echo "peers: Recognizers-Text failed; skipped"; exit 0; }
./build/bench --runs 5 --quick "$SAMPLE"/*.txt > "$PEERS/tj.tsv" || exit 1
awk -F'\t' '
  FNR == NR { tj[$1] = $2; next }
  { rt[$1] = $2; found[$1] = $3; order[++n] = $1 }
  END {
    printf "%-34s %12s\n", "", "KB/s"
    for (k = 1; k <= n; k++) printf "%-34s %12.1f %s\n", "Recognizers-Text " order[k], rt[order[k]], (found[order[k]] != "" ? "(" found[order[k]] " found)" : "")
    printf "%-34s %12.1f\n", "tongji quantities()", tj["quantities"]
    printf "%-34s %12.1f\n", "tongji indicators()", tj["indicators"]
    best = 0
    for (k = 1; k <= n; k++) if (order[k] != "all" && rt[order[k]] > best) { best = rt[order[k]]; bname = order[k] }
    printf "ratio: tongji indicators() / Recognizers-Text, all four models   = %.0fx\n", tj["indicators"] / rt["all"]
    printf "ratio: tongji indicators() / Recognizers-Text %s alone (fastest) = %.0fx\n", bname, tj["indicators"] / best
    printf "ratio: tongji quantities() / Recognizers-Text number alone       = %.0fx\n", tj["quantities"] / rt["number"]
  }' "$PEERS/tj.tsv" "$PEERS/rt.tsv"
