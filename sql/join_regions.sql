-- join_regions.sql — the panel joined with tongji_regions, China's administrative
-- divisions: each row's region with its level and the province it lies in, so that
-- city and district reports roll up to their province.
--
--   sqlite3 panel.db < sql/join_regions.sql
-- (run from the tongji folder; the copy make install puts in share/doc/tongji/sql loads the
-- installed extension and runs from anywhere; .bail on: a failed .load stops the script)
.bail on
.load ./dist/tongji
.mode list
.separator " | "
WITH RECURSIVE up(code, province) AS (
  SELECT code, code FROM tongji_regions WHERE level = 'province'
  UNION ALL
  SELECT r.code, up.province FROM tongji_regions r JOIN up ON r.parent = up.code)
SELECT p.region_code, r.name, r.level, pr.name AS province, count(*) AS indicators,
       count(p.concept) AS with_concept
FROM indicator_panel p
JOIN tongji_regions r ON r.code = p.region_code
LEFT JOIN up ON up.code = r.code
LEFT JOIN tongji_regions pr ON pr.code = up.province
GROUP BY p.region_code ORDER BY p.region_code;
