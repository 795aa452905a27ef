-- indicator_panel.sql — every indicator of every report in `docs` (see load_folder.sql)
-- as one table, with the top-level section it stands in: what is measured (subject and
-- its concept code), where (region and its GB/T 2260 code), when (period with its dates
-- and where they come from), kind, value, unit and status — and the sentence it was read
-- from, so that every row can be checked against its source.
--
--   sqlite3 panel.db < sql/indicator_panel.sql
-- (run from the tongji folder; the copy make install puts in share/doc/tongji/sql loads the
-- installed extension and runs from anywhere; .bail on: a failed .load stops the script)
.bail on
.load ./dist/tongji
DROP TABLE IF EXISTS indicator_panel;
CREATE TABLE indicator_panel AS
WITH RECURSIVE
  s AS (SELECT d.id AS doc, x.id, x.parent, x.title FROM docs d, sections(d.body) x),
  top(doc, id, top_title) AS (
    SELECT doc, id, title FROM s WHERE parent IS NULL
    UNION ALL
    SELECT s.doc, s.id, top.top_title FROM s JOIN top ON s.doc = top.doc AND s.parent = top.id),
  -- each document's sentences, read once
  sen AS MATERIALIZED (SELECT d.id AS doc, x.id, x.text FROM docs d, sentences(d.body) x)
SELECT d.file      AS document,
       d.year      AS year,
       top.top_title AS section,
       i.subject, i.concept, i.region, i.region_code, i.scope, i.kind, i.value, i.value_max,
       i.qualifier, i.unit, i.currency, i.basis, i.period, i.period_start, i.period_end,
       i.period_source, i.status, i.text, i.start, sen.text AS sentence
FROM docs d
JOIN indicators(d.body) i
LEFT JOIN top ON top.doc = d.id AND top.id = i.section
LEFT JOIN sen ON sen.doc = d.id AND sen.id = i.sentence
ORDER BY d.file, i.id;
CREATE INDEX indicator_panel_concept ON indicator_panel(concept, region_code);
.mode list
.separator " | "
SELECT document, count(*) AS indicators, count(concept) AS with_concept, count(DISTINCT concept) AS concepts,
       sum(status = 'target') AS targets
FROM indicator_panel GROUP BY document ORDER BY document;
-- one concept across the documents: GDP
SELECT document, region, kind, value, unit, period_start, period_end, status FROM indicator_panel
WHERE concept = 'gdp' ORDER BY document, start;
