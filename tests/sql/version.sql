-- tongji_version() is 'v' + VERSION; tongji_debug() names its parts
.load ./dist/tongji
SELECT tongji_version() = 'v' || trim(readfile('VERSION'), char(10));
SELECT tongji_debug() LIKE 'tongji v%' AND tongji_debug() LIKE '%PCRE2 10.%' AND tongji_debug() LIKE '%JIT on%';
SELECT name, narg, flags & 0x800 > 0 AS deterministic, flags & 0x200000 > 0 AS innocuous
FROM pragma_function_list WHERE name IN ('cn_number', 'tongji_version', 'tongji_debug') ORDER BY name;
SELECT name FROM pragma_module_list WHERE name IN ('sentences', 'sections', 'quantities', 'periods', 'indicators') ORDER BY name;
