-- sections(): the heading tree of a document
.load ./dist/tongji
.mode list
.separator |
SELECT id, parent, level, label, title, start, length, body FROM sections('临江市年终综述

一、经济运行
全年增长5%。
（一）工业
工业增长6%。
（二）农    业
农业增长3%。
二、民生
（一）着力稳定就业。城镇新增就业9万人。');
-- an outline with indentation
SELECT substr('          ', 1, (level - 1) * 2) || coalesce(label, '') || title FROM sections(readfile('sql/sample/linjiang_2023.txt'));
-- start and length cover the section's text
SELECT count(*), sum(substr(d, start, length) LIKE coalesce(label, '') || '%') FROM (SELECT CAST(readfile('sql/sample/linjiang_2023.txt') AS TEXT) AS d), sections(d);
-- indicators joined to their top-level section, at any depth
WITH RECURSIVE doc(d) AS (SELECT CAST(readfile('sql/sample/linjiang_2023.txt') AS TEXT)),
  s AS (SELECT sec.* FROM doc, sections(doc.d) sec),
  top(id, top_id) AS (SELECT id, id FROM s WHERE parent IS NULL
                      UNION ALL SELECT s.id, top.top_id FROM s JOIN top ON s.parent = top.id)
SELECT t.title AS part, count(*) AS indicators
FROM doc, indicators(doc.d, 2023) i JOIN top ON top.id = i.section JOIN s t ON t.id = top.top_id
GROUP BY top.top_id ORDER BY top.top_id;
-- page footers, navigation and table rows under a caption are never headings; a body ends before a footer
SELECT id, level, label, title, body FROM sections('前言。
一、经济运行
全年增长5%。
— 2 —
二、民生
表1 主要指标
1.地区生产总值 5.0
2.工业增加值 6.0
三、价格
一、食品烟酒  99.2
二、衣着  101.0
四、农业
粮食增产。
下载  打印');
SELECT count(*) FROM sections(NULL);
SELECT * FROM sections(1);
