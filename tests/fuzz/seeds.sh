#!/bin/sh
# Seed corpus for the fuzz targets: slices of the real documents (where
# ../shared/corpus is present), the samples, the regression inputs and a few
# hand-made hostile strings.  Writes build/fuzz/seeds/.
cd "$(dirname "$0")/../.." || exit 2
SHARED=${SHARED:-../shared}
out=build/fuzz/seeds
rm -rf "$out" && mkdir -p "$out"
n=0
slice() { # FILE: 4 KB pieces, whole lines
  split -C 4096 -d -a 3 "$1" "$out/$(basename "$1" .txt)-"
}
if [ -d "$SHARED/corpus/docs" ]; then
  for f in "$SHARED"/corpus/docs/*.txt; do slice "$f"; done
fi
for f in sql/sample/*.txt; do slice "$f"; done
cp tests/fuzz/regressions/* "$out/" 2>/dev/null
printf '一、综合\n全年增长5.2%%，比上年提高0.3个百分点。\n（一）工业\n1—10月，规模以上工业增加值增长6%%。\n' > "$out/hand-1"
printf '\xff\xfe\x80一\xe4\xb8\n2022年\x00第一季度增长\x80%%' > "$out/hand-2"
printf '第第第第第第第第一、、、、——————万万万亿亿%%%%%%（（（（1）））' > "$out/hand-3"
printf '三分之一，百分之十二点五，近2亿片，5.5%%—6%%，居全省第一，前十强，翻一番' > "$out/hand-4"
echo "seeds: $(ls "$out" | wc -l) inputs in $out"
