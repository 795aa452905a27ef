-- outline.sql — the outline of every report in `docs`, indented by level, with the number
-- of indicators each section holds (its subsections included).
--
--   sqlite3 panel.db < sql/outline.sql
-- (run from the tongji folder; the copy make install puts in share/doc/tongji/sql loads the
-- installed extension and runs from anywhere; .bail on: a failed .load stops the script)
.bail on
.load ./dist/tongji
.mode list
WITH RECURSIVE
  s AS (SELECT d.id AS doc, d.file, x.* FROM docs d, sections(d.body) x),
  -- every section with each of its ancestors, itself included
  up(doc, id, anc) AS (
    SELECT doc, id, id FROM s
    UNION ALL
    SELECT up.doc, up.id, s.parent FROM up JOIN s ON s.doc = up.doc AND s.id = up.anc WHERE s.parent IS NOT NULL),
  counts AS (
    SELECT up.doc, up.anc AS id, count(*) AS n
    FROM docs d JOIN indicators(d.body) i JOIN up ON up.doc = d.id AND up.id = i.section
    GROUP BY up.doc, up.anc)
SELECT CASE WHEN s.id = 1 THEN '== ' || s.file || char(10) ELSE '' END
       || substr('            ', 1, (s.level - 1) * 2) || coalesce(s.label, '') || s.title
       || '  (' || coalesce(c.n, 0) || ')'
FROM s LEFT JOIN counts c ON c.doc = s.doc AND c.id = s.id
ORDER BY s.file, s.id;
