// tongji from Node with better-sqlite3 (v12; v13 needs a newer Node than 20):
// a panel of indicators from a folder of reports.
//
//   npm install better-sqlite3@12
//   node sql/example.js [FOLDER]         (default: sql/sample)
'use strict';
const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

const folder = process.argv[2] || path.join(__dirname, 'sample');
const db = new Database(':memory:');
db.loadExtension(path.join(__dirname, '..', 'dist', 'tongji')); // SQLite adds the .so

db.exec('CREATE TABLE docs(file TEXT, body TEXT)');
const insert = db.prepare('INSERT INTO docs VALUES (?, ?)');
for (const name of fs.readdirSync(folder).filter((n) => n.endsWith('.txt')).sort())
  insert.run(name, fs.readFileSync(path.join(folder, name), 'utf8'));

console.log(db.prepare('SELECT tongji_version() AS v').get().v);
// no year to type: indicators() dates each row from the document (doc_info)
const rows = db.prepare(`
  SELECT d.file, i.subject, i.concept, i.region_code, i.kind, i.value, i.unit, i.period_start, i.period_end
  FROM docs d, indicators(d.body) i
  WHERE i.concept = 'foreign_trade' AND i.status = 'actual'
  ORDER BY d.file, i.id`).all();
for (const r of rows)
  console.log([r.file, r.subject, r.concept, r.region_code || '-', r.kind, r.value, r.unit || '', r.period_start,
    r.period_end].join(' | '));

// one indicator as an object: column names are its keys
console.log(db.prepare('SELECT * FROM indicators(?, 2023) LIMIT 1').get('全年地区生产总值增长5.2%。'));
