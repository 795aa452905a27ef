-- sentences(): boundaries, offsets, sections, NULL, BLOB, joins, errors
.load ./dist/tongji
.mode list
.separator |
SELECT id, start, length, section, text FROM sentences('一、综合
全年地区生产总值增长5.2%。其中第一产业
增长3%！他说：“好。”

（一）工业
工业增加值1000亿元；增长6%。');
-- substr(document, start, length) = text for every row of the sample
SELECT count(*), sum(substr(d, start, length) = text) FROM (SELECT CAST(readfile('sql/sample/linjiang_2023.txt') AS TEXT) AS d), sentences(d);
-- readfile() returns a BLOB, whose substr() counts bytes: offsets are characters of the TEXT
SELECT count(*) FROM (SELECT readfile('sql/sample/linjiang_2023.txt') AS d), sentences(d) WHERE substr(CAST(d AS TEXT), start, length) = text;
-- NULL gives no rows; an empty text gives no rows
SELECT count(*) FROM sentences(NULL);
SELECT count(*) FROM sentences('');
-- a BLOB is read as UTF-8
SELECT text FROM sentences(CAST('甲。乙。' AS BLOB));
-- invalid UTF-8 is skipped, never a crash
SELECT count(*) FROM sentences(x'e794b2e38082ff80e4b9aee38082');
-- the document and its arguments as hidden columns
SELECT document FROM sentences('甲。') LIMIT 1;
-- joins: one call per row of docs
CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO docs VALUES (1, '甲。乙。'), (2, NULL), (3, '丙！丁？戊。');
SELECT d.id, s.id, s.text FROM docs d, sentences(d.body) s ORDER BY d.id, s.id;
SELECT d.id, count(s.id) FROM docs d LEFT JOIN sentences(d.body) s GROUP BY d.id;
SELECT id, (SELECT count(*) FROM sentences(body)) FROM docs;
-- errors name the function
SELECT * FROM sentences;
SELECT * FROM sentences(42);
SELECT * FROM sentences(4.5);
SELECT * FROM sentences('a', 'b');
