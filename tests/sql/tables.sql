-- tongji_concepts, tongji_regions and the concept/region columns of indicators()
.load ./dist/tongji
.mode list
.separator |
SELECT 'regions', count(*) > 3000, sum(level = 'province'), sum(level = 'country') FROM tongji_regions;
SELECT 'country', code, name, level, parent IS NULL FROM tongji_regions WHERE code = '100000';
SELECT 'a district', code, name, level, parent FROM tongji_regions WHERE code = '150702';
SELECT 'its province', p.name FROM tongji_regions c JOIN tongji_regions m ON m.code = c.parent
  JOIN tongji_regions p ON p.code = m.parent WHERE c.code = '150702';
SELECT 'no such code', count(*) FROM tongji_regions WHERE code = '999999';
SELECT 'special regions', group_concat(name, ',') FROM tongji_regions WHERE code IN ('710000', '810000', '820000');
SELECT 'concepts', count(*) > 380, count(DISTINCT code) = count(*) FROM tongji_concepts;
SELECT 'gdp', name_zh, name_en LIKE 'Gross domestic product%', measure, unit, wdi FROM tongji_concepts WHERE code = 'gdp';
SELECT 'aliases', instr(aliases, '|地区生产总值|') > 0 FROM tongji_concepts WHERE code = 'gdp';
SELECT 'no wdi is NULL', count(*) > 0 FROM tongji_concepts WHERE wdi IS NULL;
-- the row columns, and joins with both tables
SELECT i.text, i.concept, i.region, i.region_code, c.wdi, r.level
FROM indicators('2025年江西省政府工作报告
——2025年1月16日在江西省第十四届人民代表大会第四次会议上
各位代表：
一、2024年工作回顾
全省地区生产总值增长5.1%，南昌市地区生产总值增长5.3%，全国居民消费价格上涨0.2%，赣江新区投资增长9%。') i
LEFT JOIN tongji_concepts c ON c.code = i.concept LEFT JOIN tongji_regions r ON r.code = i.region_code;
-- the tables take no argument
SELECT * FROM tongji_regions('x');
