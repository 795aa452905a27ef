-- gdp_by_province.sql — GDP growth by province from a folder of provincial reports
-- (`docs`, see load_folder.sql), joined with tongji_regions: the province's name and
-- level from the table, the growth and its year from the reports.
--
--   sqlite3 panel.db < sql/gdp_by_province.sql
-- (run from the tongji folder; the copy make install puts in share/doc/tongji/sql loads the
-- installed extension and runs from anywhere; .bail on: a failed .load stops the script)
.bail on
.load ./dist/tongji
.mode list
.separator " | "
SELECT r.code, r.name, i.value || '%' AS growth, substr(i.period_start, 1, 4) AS year, i.status
FROM docs d, indicators(d.body) i
JOIN tongji_regions r ON r.code = i.region_code
WHERE i.concept = 'gdp' AND i.kind = 'change' AND i.unit = '%' AND r.level = 'province'
ORDER BY r.code, year, i.status;
