-- indicators(): the rows an analyst would copy by hand
.load ./dist/tongji
.mode list
.separator |
SELECT id, section, sentence, subject, scope, kind, value, value_max, qualifier, unit, currency, basis, period,
       period_start, period_end, status, text, start, length
FROM indicators('一、经济运行
1—10月，全市工业投资、服务业投资分别增长13.7%和25.0%；全市外贸进出口8203.2亿元人民币，同比增长6.8%。
截至11月底，全市城镇新增就业36.37万人，总量居全省第一。
二、预期目标
今年的主要预期目标是：地区生产总值增长6%左右；城镇新增就业9万人以上。', 2022);
-- every row's text is at its offsets, in the sample
SELECT count(*), sum(substr(d, start, length) = text) FROM (SELECT CAST(readfile('sql/sample/linjiang_2023.txt') AS TEXT) AS d), indicators(d, 2023);
-- sections and sentences agree with sections() and sentences()
SELECT count(*) FROM (SELECT CAST(readfile('sql/sample/linjiang_2023.txt') AS TEXT) AS d) x, indicators(x.d, 2023) i
WHERE i.sentence NOT IN (SELECT id FROM sentences(x.d)) OR (i.section IS NOT NULL AND i.section NOT IN (SELECT id FROM sections(x.d)));
-- a panel over several documents
CREATE TABLE docs(city TEXT, year INTEGER, body TEXT);
INSERT INTO docs VALUES ('甲市', 2022, '全年地区生产总值增长5.2%，外贸进出口1200亿元。'),
                        ('乙市', 2023, '全年地区生产总值增长4.8%，外贸进出口860.5亿元。'),
                        ('丙市', 2023, NULL);
SELECT d.city, i.subject, i.kind, i.value, i.unit, i.period_start FROM docs d, indicators(d.body, d.year) i ORDER BY d.city, i.id;
-- NULL, empty, errors
SELECT count(*) FROM indicators(NULL);
SELECT count(*) FROM indicators('');
SELECT * FROM indicators('全年增长5%', 12);
SELECT * FROM indicators(42);
SELECT * FROM indicators;
-- a join whose WHERE has an OR still plans (the argument is not offered to every branch)
SELECT d.city, i.kind, i.value FROM docs d, indicators(d.body, d.year) i WHERE i.kind = 'change' OR i.unit = '元' ORDER BY d.city, i.id;
