-- tongji_utf8(): GB18030, GBK, GB2312 and Big5 text as UTF-8; the encoding guessed when omitted
.load ./dist/tongji
.mode list
-- 全年地区生产总值增长5.2% in GBK, 全年地區生產總值增長5.2% in Big5 (bytes from Python's codecs)
SELECT 'gbk guessed', tongji_utf8(x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225') = '全年地区生产总值增长5.2%';
SELECT 'big5 guessed', tongji_utf8(x'a5fea67ea661b0cfa5cdb2a3c160adc8bc57aaf8352e3225') = '全年地區生產總值增長5.2%';
SELECT 'gbk named', tongji_utf8(x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225', 'GBK') = '全年地区生产总值增长5.2%';
SELECT 'gb2312 named', tongji_utf8(x'cdb3bcc6b9abb1a8', 'gb2312') = '统计公报';
SELECT 'gb18030 four bytes', tongji_utf8(x'a2e3bacd95328236', 'GB18030') = '€和𠀀';
SELECT 'utf-8 as it is', tongji_utf8('全年增长5%') = '全年增长5%', tongji_utf8(CAST('全年增长5%' AS BLOB)) = '全年增长5%';
SELECT 'a BOM dropped', tongji_utf8(x'efbbbf' || CAST('增长' AS BLOB)) = '增长';
SELECT 'null', tongji_utf8(NULL) IS NULL;
-- …5.2%。 (a1a3: 。) converted, then read: one row, 5.2
SELECT 'rows after conversion', count(*), max(value) FROM indicators(tongji_utf8(x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225a1a3'));
SELECT tongji_utf8(x'c8abc4ea', 'KLINGON');
SELECT tongji_utf8(x'ff41', 'GBK');
SELECT tongji_utf8(1);
-- a document that is mostly not UTF-8: an error naming what it looks like, not rows of U+FFFD
SELECT count(*) FROM indicators(x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225a1a3' || x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225a1a3');
SELECT count(*) FROM sentences(x'a5fea67ea661b0cfa5cdb2a3c160adc8bc57aaf8352e3225' || x'a5fea67ea661b0cfa5cdb2a3c160adc8bc57aaf8352e3225' || x'a5fea67ea661b0cfa5cdb2a3c160adc8bc57aaf8352e3225');
SELECT length(tongji_html(x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225a1a3' || x'c8abc4eab5d8c7f8c9fab2fad7dcd6b5d4f6b3a4352e3225a1a3'));
