-- panel_pivot.sql — a concept × region × year panel from `indicator_panel` (see
-- indicator_panel.sql), pivoted so that each concept is a column: one row per region and
-- year, the values a report states for the whole year (growth rates in %, levels in base
-- units), actual values only.
--
--   sqlite3 panel.db < sql/panel_pivot.sql
.mode list
.separator " | "
.headers on
WITH yearly AS (
  SELECT region_code, region, substr(period_start, 1, 4) AS year, concept, kind, value
  FROM indicator_panel
  WHERE status = 'actual' AND region_code IS NOT NULL AND concept IS NOT NULL
    AND period_start LIKE '____-01-01' AND period_end = substr(period_start, 1, 4) || '-12-31')
SELECT region_code, region, year,
       max(CASE WHEN concept = 'gdp' AND kind = 'change' THEN value END) AS gdp_growth,
       max(CASE WHEN concept = 'retail_sales' AND kind = 'change' THEN value END) AS retail_growth,
       max(CASE WHEN concept = 'value_added_industry_above_scale' AND kind = 'change' THEN value END) AS industry_growth,
       max(CASE WHEN concept = 'new_urban_jobs' AND kind = 'amount' THEN value END) AS new_urban_jobs
FROM yearly
GROUP BY region_code, region, year
ORDER BY region_code, year;
