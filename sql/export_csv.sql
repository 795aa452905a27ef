-- export_csv.sql — the indicator panel (see indicator_panel.sql) to a CSV file with a
-- header row, UTF-8, one row per indicator, for a spreadsheet, pandas or R; its last
-- column is the sentence the value was read from.
--
--   sqlite3 panel.db < sql/export_csv.sql        (writes indicator_panel.csv)
.headers on
.mode csv
.once indicator_panel.csv
SELECT document, year, section, subject, concept, region, region_code, scope, kind, value,
       value_max, qualifier, unit, currency, basis, period, period_start, period_end,
       period_source, status, text, sentence
FROM indicator_panel ORDER BY document, start;
.headers off
.mode list
SELECT 'wrote indicator_panel.csv: ' || count(*) || ' rows' FROM indicator_panel;
