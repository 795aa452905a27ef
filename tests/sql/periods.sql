-- periods(): time expressions, with dates resolved from the year argument
.load ./dist/tongji
.mode list
.separator |
SELECT id, text, start, length, period_start, period_end, kind FROM periods(
  '今年以来，1—10月全市增长6%，前三季度增长5%，截至11月底新增就业36万人，比上年增长3%，2021—2025年，年末，去年同期，目前。', 2022);
-- without a year: the year doc_info() finds, else the year the text names (2022)
SELECT text, period_start, period_end FROM periods('2022年7月，7月，今年');
-- a text that names no year and has no year argument: only written years are dated
SELECT text, period_start, period_end FROM periods('7月，今年');
-- the year argument as a hidden column, and NULL
SELECT year, count(*) FROM periods('全年', 2023);
SELECT count(*) FROM periods('全年', NULL);
-- a yearless period takes the year of its heading
SELECT text, period_start FROM periods('一、2025年工作回顾
全年增长5%。
二、2026年重点工作
全年增长5%左右。', 2026);
-- errors name the function and the argument
SELECT * FROM periods('全年', 999);
SELECT * FROM periods('全年', 'abc');
SELECT * FROM periods('全年', 2022.5);
SELECT * FROM periods('全年', 2022, 3);
