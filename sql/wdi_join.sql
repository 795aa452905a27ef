-- wdi_join.sql — the panel's rows with the World Bank WDI series code of their concept
-- (tongji_concepts.wdi), so they can be set beside a WDI download (series code, country
-- or region, year).  Only concepts that have a WDI counterpart are kept; note that WDI
-- gives levels (GDP in current LCU, NY.GDP.MKTP.CN) where a report often gives growth.
--
--   sqlite3 panel.db < sql/wdi_join.sql
-- (run from the tongji folder; the copy make install puts in share/doc/tongji/sql loads the
-- installed extension and runs from anywhere; .bail on: a failed .load stops the script)
.bail on
.load ./dist/tongji
.mode list
.separator " | "
.headers on
SELECT c.wdi AS series_code, c.name_en AS series, p.region_code, p.region,
       substr(p.period_start, 1, 4) AS year, p.kind, p.value, p.unit
FROM indicator_panel p
JOIN tongji_concepts c ON c.code = p.concept
WHERE c.wdi IS NOT NULL AND p.status = 'actual' AND p.region_code IS NOT NULL
ORDER BY c.wdi, p.region_code, year, p.kind;
