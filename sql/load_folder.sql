-- load_folder.sql — a folder of .txt reports into a table `docs`, one row per document,
-- with what doc_info() reads from each: title, kind, region and its GB/T 2260 code,
-- reference year, date.  No metadata to type by hand.
--
--   sqlite3 panel.db -cmd ".parameter set @folder \"'/path/to/reports'\"" < sql/load_folder.sql
--
-- Without @folder it loads the samples in sql/sample (and its subfolders).  Where doc_info
-- finds no year, the last four-digit run of the file name is taken (hexi_2023.txt); set
-- it by hand otherwise: UPDATE docs SET year = 2022 WHERE file = '...'.
-- fsdir() and readfile() are functions of the sqlite3 shell.  Files in GB18030, GBK or Big5
-- are converted to UTF-8 (tongji_utf8()); UTF-8 ones are read as they are.
-- (run from the tongji folder; the copy make install puts in share/doc/tongji/sql loads the
-- installed extension and runs from anywhere; .bail on: a failed .load stops the script)
.bail on
.load ./dist/tongji
DROP TABLE IF EXISTS docs;
CREATE TABLE docs(
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,      -- the file name, without the folder
  title TEXT,              -- doc_info(): the document's title
  kind TEXT,               -- report, bulletin, news, other
  region TEXT,             -- the division it is from or about, and its code
  region_code TEXT,
  year INTEGER,            -- the reference year
  date TEXT,               -- the date it gives itself
  body TEXT NOT NULL       -- the text, UTF-8
);
WITH RECURSIVE f AS (
  SELECT name, data FROM fsdir(coalesce(@folder, 'sql/sample'))
  WHERE name LIKE '%.txt' AND data IS NOT NULL
),
-- the last run of four digits of the name: walk back from its end
d(name, data, k) AS (
  SELECT name, data, length(name) - 3 FROM f
  UNION ALL
  SELECT name, data, k - 1 FROM d
  WHERE k > 1 AND NOT (substr(name, k, 4) GLOB '[12][0-9][0-9][0-9]')
)
INSERT INTO docs(file, title, kind, region, region_code, year, date, body)
SELECT replace(name, rtrim(name, replace(name, '/', '')), ''),
       i.title, i.kind, i.region, i.region_code,
       coalesce(i.year, CASE WHEN substr(name, k, 4) GLOB '[12][0-9][0-9][0-9]' THEN CAST(substr(name, k, 4) AS INTEGER) END),
       i.date, tongji_utf8(data)
FROM d, doc_info(tongji_utf8(d.data)) i
WHERE k = 1 OR substr(name, k, 4) GLOB '[12][0-9][0-9][0-9]'
ORDER BY name;
.mode list
.separator " | "
SELECT file, kind, coalesce(region, '-'), year, length(body) AS characters FROM docs ORDER BY file;
