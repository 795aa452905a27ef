-- indicator_panel.sql — every indicator of every report in `docs` (see load_folder.sql)
-- as one table, with the top-level section it stands in.
--
--   sqlite3 panel.db < sql/indicator_panel.sql
-- (run from the tongji folder; after make install: .load /usr/local/lib/tongji)
.load ./dist/tongji
DROP TABLE IF EXISTS indicator_panel;
CREATE TABLE indicator_panel AS
WITH RECURSIVE
  s AS (SELECT d.id AS doc, x.id, x.parent, x.title FROM docs d, sections(d.body) x),
  top(doc, id, top_title) AS (
    SELECT doc, id, title FROM s WHERE parent IS NULL
    UNION ALL
    SELECT s.doc, s.id, top.top_title FROM s JOIN top ON s.doc = top.doc AND s.parent = top.id)
SELECT d.file      AS document,
       d.year      AS year,
       top.top_title AS section,
       i.subject, i.scope, i.kind, i.value, i.value_max, i.qualifier, i.unit, i.currency,
       i.basis, i.period, i.period_start, i.period_end, i.status,
       i.text, i.start
FROM docs d
JOIN indicators(d.body, d.year) i
LEFT JOIN top ON top.doc = d.id AND top.id = i.section
ORDER BY d.file, i.id;
CREATE INDEX indicator_panel_subject ON indicator_panel(subject);
.mode list
.separator " | "
SELECT document, count(*) AS indicators, count(DISTINCT subject) AS subjects,
       sum(status = 'target') AS targets
FROM indicator_panel GROUP BY document ORDER BY document;
-- the same subject in every report: foreign trade
SELECT document, kind, value, unit, period FROM indicator_panel
WHERE subject LIKE '%进出口%' ORDER BY document, kind;
