// tongji for Node: the compiled SQLite extension inside the package, the
// sqlite-vec convention.
//
//   const Database = require("better-sqlite3");
//   const tongji = require("tongji");
//   const db = new Database(":memory:");
//   tongji.load(db);
//   db.prepare("SELECT subject, value FROM indicators(?)").all(text);
"use strict";
const fs = require("fs");
const path = require("path");

/** The path of the compiled extension, without its suffix (as SQLite takes it). */
function getLoadablePath() {
  for (const suffix of [".so", ".dylib", ".dll"]) {
    if (fs.existsSync(path.join(__dirname, "tongji" + suffix))) return path.join(__dirname, "tongji");
  }
  throw new Error("tongji: the compiled extension is not in " + __dirname);
}

/** Load tongji into a database that has loadExtension (better-sqlite3, node:sqlite). */
function load(db) {
  db.loadExtension(getLoadablePath());
}

module.exports = { load, getLoadablePath };
