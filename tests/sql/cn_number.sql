-- cn_number(): every numeral form of the spec, exact, with its type
.load ./dist/tongji
.mode list
.separator |
SELECT column1, cn_number(column1), typeof(cn_number(column1)) FROM (VALUES
  ('三千五百亿'), ('1.4万'), ('两千零二十二'), ('十二万三千四百五十六点七'), ('二〇二二'),
  ('百分之十二点五'), ('１２３'), ('1,234.5'), ('壹佰贰拾叁'), ('负3'), ('8203.2亿'),
  ('5.2万亿'), ('3万4000'), (' 42 '), ('25.0'), ('12.5%'), ('五‰'),
  ('abc'), (''), ('12,34'), ('300多万'), ('1e5'), ('9223372036854775807'), ('9223372036854775808'));
SELECT cn_number(NULL) IS NULL, cn_number(42), cn_number(4.5), cn_number(CAST('１．５' AS BLOB));
SELECT cn_number(x'ff3132');
SELECT cn_number('1' || printf('%.400c', '0')) IS NULL;
SELECT cn_number();
SELECT cn_number(1, 2);
