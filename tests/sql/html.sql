-- tongji_html(): a page with one mark per indicator
.load ./dist/tongji
.mode list
WITH doc(d) AS (VALUES ('临江市年终综述

一、经济运行
全年地区生产总值增长5.2%，总量居全省第二位；进出口8203.2亿元。
力争明年增长5%以上。'))
SELECT (SELECT count(*) FROM doc, indicators(doc.d)) AS rows,
       (length(h) - length(replace(h, ' data-id=', ''))) / length(' data-id=') AS marks,
       h LIKE '<!DOCTYPE html>%</html>' || char(10) AS whole_page,
       h LIKE '%<h1>临江市年终综述</h1>%' AS title,
       h LIKE '%<h2 id="s1">一、经济运行</h2>%' AS heading,
       h LIKE '%<mark class="rank actual" data-id="2"%>第二位</mark>%' AS rank_mark,
       h LIKE '%class="change target"%' AS target
FROM doc, (SELECT tongji_html(d) AS h FROM doc);
SELECT tongji_html('a<b>&c') LIKE '%a&lt;b&gt;&amp;c%';
SELECT tongji_html(NULL) IS NULL;
SELECT tongji_html(1);
SELECT tongji_html('x', 99);
