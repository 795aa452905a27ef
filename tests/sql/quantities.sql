-- quantities(): every number with its unit, exact
.load ./dist/tongji
.mode list
.separator |
SELECT id, kind, value, value_max, qualifier, unit, currency, text, start, length FROM quantities(
  '1—10月，全市外贸进出口8203.2亿元人民币，同比增长6.8%，高于全省2.1个百分点；新签约50亿元以上大项目68个，'
  || '设计年产能近2亿片，播种面积300多万亩，总量居全国第四位，增长5%—6%，占比超五成。党的二十大，地铁4号线，5G基站。');
-- exact decimal scaling
SELECT value = 820320000000 FROM quantities('8203.2亿元') ;
-- all sums of money, with currencies
SELECT text, value, currency FROM quantities('实际使用外资49.3亿美元，成交1188.67 亿港元，营收568 亿新台币。') WHERE kind = 'money';
-- no quantity in a name or a date
SELECT count(*) FROM quantities('2022年7月31日，“十四五”规划，十三届一次全会，世界500强，每千人口');
-- NULL and errors
SELECT count(*) FROM quantities(NULL);
SELECT * FROM quantities(1);
SELECT * FROM quantities;
