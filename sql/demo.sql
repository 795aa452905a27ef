-- tongji demo: what the functions find in a sample year-end review.
-- Run from the project root:  make demo   (or: sqlite3 < sql/demo.sql)
-- Text columns come last: the sqlite3 shell counts a Chinese character as
-- one column, so anything printed after one would not line up.
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
.print '== indicators(): what is measured, where, when, compared with what (reference year 2023)'
SELECT kind, value, unit, period, status, scope, basis, subject
FROM indicators(readfile('sql/sample/linjiang_2023.txt'), 2023);

.print
.print '== a panel over several documents: load texts into a table, then join'
CREATE TABLE docs(city TEXT, year INTEGER, body TEXT);
INSERT INTO docs VALUES ('临江市', 2023, readfile('sql/sample/linjiang_2023.txt')),
                        ('河西市', 2023, readfile('sql/sample/hexi_2023.txt'));
SELECT d.city, i.kind, i.value, i.unit, i.subject
FROM docs d, indicators(d.body, d.year) i
WHERE i.subject LIKE '%进出口%' OR i.subject LIKE '%就业%'
ORDER BY i.subject, d.city;

.print
.print '== quantities(): every number with its unit'
SELECT kind, value, value_max, qualifier, unit, currency, text
FROM quantities(readfile('sql/sample/linjiang_2023.txt')) LIMIT 12;

.print
.print '== periods(): time expressions and their dates (reference year 2023)'
SELECT period_start, period_end, kind, text FROM periods(readfile('sql/sample/linjiang_2023.txt'), 2023);

.print
.print '== tongji_html(): the report with every indicator marked (open it in a browser)'
SELECT 'wrote build/linjiang_2023.html: ' ||
       writefile('build/linjiang_2023.html', tongji_html(readfile('sql/sample/linjiang_2023.txt'), 2023)) || ' bytes'
       AS page;
