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
       h LIKE '%<mark id="m2" class="rank actual" data-id="2"%>第二位</mark>%' AS rank_mark,
       h LIKE '%class="change target"%' AS target
FROM doc, (SELECT tongji_html(d) AS h FROM doc);
-- the table under the text: a row per indicator, each mark linked to its row and back;
-- the legend counts the kinds (amount 1, change 2, share 0, rank 1)
WITH doc(d) AS (VALUES ('临江市年终综述

一、经济运行
全年地区生产总值增长5.2%，总量居全省第二位；进出口8203.2亿元。
力争明年增长5%以上。'))
SELECT (length(h) - length(replace(h, '<tr id="r', ''))) / length('<tr id="r') AS table_rows,
       h LIKE '%<a class="ind" href="#r2"><mark id="m2"%' AS mark_to_row,
       h LIKE '%<tr id="r2" class="rank actual"><td><a href="#m2">2</a></td><td class="s">地区生产总值</td><td>rank</td>%' AS row_to_mark,
       h LIKE '%<mark class="amount">amount</mark><span class="n">1</span><mark class="change">change</mark><span class="n">2</span><mark class="share">share</mark><span class="n">0</span><mark class="rank">rank</mark><span class="n">1</span>%' AS legend_counts,
       h LIKE '%a target%a forecast%' AS legend_underlines,
       h NOT LIKE '%<script%' AND h NOT LIKE '%http%' AS standalone
FROM doc, (SELECT tongji_html(d) AS h FROM doc);
SELECT tongji_html('a<b>&c') LIKE '%a&lt;b&gt;&amp;c%';
SELECT tongji_html(NULL) IS NULL;
SELECT tongji_html(1);
SELECT tongji_html('x', 99);
