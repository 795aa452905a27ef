-- load_folder.sql — a folder of .txt reports into a table `docs`.
--
--   sqlite3 panel.db -cmd ".parameter set @folder \"'/path/to/reports'\"" < sql/load_folder.sql
--
-- Without @folder it loads the samples in sql/sample.  The year of each report is taken
-- from its file name (the last four-digit run, as in hexi_2023.txt); where a name has no
-- year, set it by hand: UPDATE docs SET year = 2022 WHERE file = '...'.
-- fsdir() and readfile() are functions of the sqlite3 shell.
-- (run from the tongji folder; after make install: .load /usr/local/lib/tongji)
.load ./dist/tongji
DROP TABLE IF EXISTS docs;
CREATE TABLE docs(
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,      -- the file name, without the folder
  year INTEGER,            -- the report's year
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
INSERT INTO docs(file, year, body)
SELECT replace(name, rtrim(name, replace(name, '/', '')), ''),
       CASE WHEN substr(name, k, 4) GLOB '[12][0-9][0-9][0-9]' THEN CAST(substr(name, k, 4) AS INTEGER) END,
       CAST(data AS TEXT)
FROM d
WHERE k = 1 OR substr(name, k, 4) GLOB '[12][0-9][0-9][0-9]'
ORDER BY name;
.mode list
.separator " | "
SELECT file, year, length(body) AS characters FROM docs ORDER BY file;
