-- join_regions.sql — the panel joined to a table of your own: here, regions with their
-- administrative codes, matched by the region's name in the file name.  Replace the
-- VALUES with your table (or .import a CSV of it).
--
--   sqlite3 panel.db < sql/join_regions.sql
DROP TABLE IF EXISTS regions;
CREATE TABLE regions(code TEXT PRIMARY KEY, name TEXT, pinyin TEXT, province TEXT);
INSERT INTO regions VALUES
  ('990101', '临江市', 'linjiang', '示例省'),
  ('990102', '河西区', 'hexi', '示例省');
.mode list
.separator " | "
-- growth of GDP and of foreign trade, by region code
SELECT r.code, r.name, p.subject, p.value || coalesce(p.unit, '') AS value, p.period
FROM indicator_panel p
JOIN regions r ON p.document LIKE r.pinyin || '%'
WHERE p.kind = 'change' AND (p.subject LIKE '%生产总值%' OR p.subject LIKE '%进出口%')
  AND p.status = 'actual'
ORDER BY r.code, p.subject;
