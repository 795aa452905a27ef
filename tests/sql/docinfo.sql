-- doc_info(): one row about the document; indicators() and periods() date rows without a year argument
.load ./dist/tongji
.mode list
.separator |
SELECT 'report', title, kind, region, region_code, year, date FROM doc_info('2026年某省政府工作报告
——2026年1月27日在山东省第十四届人民代表大会第四次会议上
山东省省长 某某
各位代表：
现在，我代表省人民政府，向大会报告工作。');
SELECT 'bulletin', title = '2023年洛阳市国民经济和社会发展统计公报', kind = 'bulletin', region = '洛阳市',
       region_code = '410300', year = 2023, date = '2024-04-30'
FROM doc_info('2023年洛阳市国民经济和社会发展统计公报①
洛阳市统计局
2024年4月30日
2023年，面对严峻复杂的国际国内环境，全市经济稳中有进。');
SELECT 'news', kind = 'news', region = '西安市', year = 2021, date = '2021-08-24'
FROM doc_info('1-7月 西安市经济延续稳定恢复态势
Tue, 24 Aug 2021 03:37:22 GMT
原标题：1-7月西安市经济延续稳定恢复态势');
SELECT 'spaced title', title = '政府工作报告', region_code = '150702' FROM doc_info('政 府 工 作 报 告
----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上');
-- NULL gives no row, a blob is text, wrong types are errors
SELECT count(*) FROM doc_info(NULL);
SELECT title FROM doc_info(CAST('2021年成都市国民经济和社会发展统计公报' AS BLOB));
SELECT * FROM doc_info(42);
SELECT * FROM doc_info;
-- a folder of reports: metadata without typing it
CREATE TABLE docs(file TEXT, body TEXT);
INSERT INTO docs VALUES ('a.txt', '2025年甲省政府工作报告
——2025年1月20日在江苏省第十四届人民代表大会第三次会议上
各位代表：
一、2024年工作回顾
全年地区生产总值增长5.8%。
三、2025年工作安排
地区生产总值增长5%左右。'),
                        ('b.txt', '2024年江西省国民经济和社会发展统计公报
江西省统计局
2025年3月20日
一、综合
全年地区生产总值增长5.1%。');
SELECT d.file, i.kind, i.region, i.region_code, i.year, i.date FROM docs d, doc_info(d.body) i ORDER BY d.file;
-- without a year, indicators() date their rows from the document: no year column needed
SELECT d.file, x.value, x.status, x.period_start, x.period_end, x.period_source
FROM docs d, indicators(d.body) x ORDER BY d.file, x.id;
SELECT 'same rows with the year', count(*) FROM docs d, indicators(d.body) a
  JOIN indicators(d.body, (SELECT year FROM doc_info(d.body))) b ON a.id = b.id
WHERE a.period_start IS b.period_start AND a.period_end IS b.period_end AND a.period_source IS b.period_source;
-- periods() too
SELECT text, period_start, period_end FROM periods((SELECT body FROM docs WHERE file = 'a.txt'));
