-- tongji demo: what the functions find in a sample year-end review.
-- Run from the project root:  make demo   (or: sqlite3 < sql/demo.sql)
-- Text columns come last: the sqlite3 shell counts a Chinese character as
-- one column, so anything printed after one would not line up.
.bail on
.load ./dist/tongji
.mode column
.headers on

SELECT tongji_version() AS version;

.print
.print '== cn_number(): numerals as written in Chinese text'
SELECT cn_number(column1) AS value, typeof(cn_number(column1)) AS type, column1 AS text
FROM (VALUES ('三千五百亿'), ('8203.2亿'), ('1.4万'), ('两千零二十二'), ('十二万三千四百五十六点七'),
             ('二〇二二'), ('百分之十二点五'), ('１２３'), ('1,234.5'), ('壹佰贰拾叁'), ('负3'), ('不是数字'));

.print
.print '== sentences() of sql/sample/linjiang_2023.txt'
SELECT id, section, start, length, substr(text, 1, 40) || CASE WHEN length(text) > 40 THEN '…' ELSE '' END AS text
FROM sentences(readfile('sql/sample/linjiang_2023.txt'));

.print
.print '== sections(): the outline of the report'
SELECT id, parent, level, substr('          ', 1, (level - 1) * 2) || coalesce(label, '') || title AS heading
FROM sections(readfile('sql/sample/linjiang_2023.txt'));

.print
.print '== doc_info(): each sample document as a row (title, kind, region, year, date)'
SELECT i.kind, i.region_code, i.year, i.date, replace(d.name, 'sql/sample/', '') AS file, i.region
FROM fsdir('sql/sample') d, doc_info(d.data) i WHERE d.name LIKE '%.txt' ORDER BY d.name;

.print
.print '== indicators(): what is measured, where, when (no year given: doc_info finds it)'
SELECT kind, value, unit, period_start, period_end, period_source AS source, status, region_code,
       concept, subject
FROM indicators(readfile('sql/sample/linjiang_2023.txt'));

.print
.print '== a panel over several documents: GDP growth by province, joined with tongji_regions'
CREATE TABLE docs(file TEXT, body TEXT);
INSERT INTO docs SELECT name, data FROM fsdir('sql/sample/provinces') WHERE name LIKE '%.txt';
SELECT r.code, substr(i.period_start, 1, 4) AS year, i.value AS growth, i.status, r.name
FROM docs d, indicators(d.body) i JOIN tongji_regions r ON r.code = i.region_code
WHERE i.concept = 'gdp' AND i.kind = 'change' AND r.level = 'province'
ORDER BY r.code, year;

.print
.print '== quantities(): every number with its unit'
SELECT kind, value, value_max, qualifier, unit, currency, text
FROM quantities(readfile('sql/sample/linjiang_2023.txt')) LIMIT 12;

.print
.print '== periods(): time expressions and their dates'
SELECT period_start, period_end, kind, text FROM periods(readfile('sql/sample/linjiang_2023.txt'));

.print
.print '== tongji_html(): the report with every indicator marked (open it in a browser)'
SELECT 'wrote build/linjiang_2023.html: ' ||
       writefile('build/linjiang_2023.html', tongji_html(readfile('sql/sample/linjiang_2023.txt'))) || ' bytes'
       AS page;
