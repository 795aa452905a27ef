// recognizers.js — Microsoft Recognizers-Text (zh-cn) over the same sample
// tongji's peer benchmark reads: number, number with unit (currency and
// dimension), percentage, datetime.  Prints "<model>\t<KB/s>" per model and
// for all four run one after the other ("all"), KB = 1000 bytes of UTF-8.
//   node recognizers.js FILE...
'use strict';
const fs = require('fs');
const R = require('@microsoft/recognizers-text-suite');
const culture = R.Culture.Chinese;

const texts = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const models = [
  ['number', (t) => R.recognizeNumber(t, culture)],
  ['number-with-unit', (t) => R.recognizeCurrency(t, culture).concat(R.recognizeDimension(t, culture))],
  ['percentage', (t) => R.recognizePercentage(t, culture)],
  ['datetime', (t) => R.recognizeDateTime(t, culture)],
];

let total = 0;
for (const [name, run] of models) {
  run('预热：2022年增长5%，8203.2亿元，3公里。'); // the first call builds the model
  const t0 = process.hrtime.bigint();
  let found = 0;
  for (const t of texts) found += run(t).length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  total += s;
  console.log(`${name}\t${(bytes / s / 1000).toFixed(1)}\t${found}`);
}
console.log(`all\t${(bytes / total / 1000).toFixed(1)}`);
