/* lexicon.c — the word tables.  Data only: each table is one array. */
#include "lexicon.h"

#include <string.h>

#include "tongji_core.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Units and classifiers.  tag: quantity kind; norm: the unit reported (as
 * written, with a suffix such as 人民币 folded); extra: ISO 4217 code; arg: a
 * qualifier the unit word carries (个多月: TJ_QUAL_OVER).  Magnitude words
 * (万, 亿…) are not units: 亿元 is 亿 + 元. */
#define MONEY(w, n, iso) {w, TJ_Q_MONEY, 0, n, iso}
#define COUNT(w) {w, TJ_Q_COUNT, 0, w, 0}
#define MEASURE(w) {w, TJ_Q_MEASURE, 0, w, 0}
#define MEASURE_AS(w, n) {w, TJ_Q_MEASURE, 0, n, 0}
static const tj_word UNITS[] = {
    /* money */
    MONEY("元人民币", "元", "CNY"), MONEY("元", "元", "CNY"), MONEY("人民币元", "元", "CNY"),
    MONEY("人民币", "元", "CNY"), MONEY("块钱", "元", "CNY"), MONEY("美元", "美元", "USD"),
    MONEY("美金", "美元", "USD"), MONEY("美分", "美分", "USD"), MONEY("欧元", "欧元", "EUR"),
    MONEY("港元", "港元", "HKD"), MONEY("港币", "港币", "HKD"), MONEY("日元", "日元", "JPY"),
    MONEY("日圆", "日元", "JPY"), MONEY("英镑", "英镑", "GBP"), MONEY("韩元", "韩元", "KRW"),
    MONEY("卢布", "卢布", "RUB"), MONEY("新台币", "新台币", "TWD"), MONEY("澳元", "澳元", "AUD"),
    MONEY("加元", "加元", "CAD"), MONEY("瑞士法郎", "瑞士法郎", "CHF"), MONEY("瑞郎", "瑞郎", "CHF"),
    MONEY("新加坡元", "新加坡元", "SGD"), MONEY("新元", "新元", "SGD"), MONEY("澳门元", "澳门元", "MOP"),
    MONEY("澳门币", "澳门币", "MOP"), MONEY("卢比", "卢比", "INR"), MONEY("泰铢", "泰铢", "THB"),
    MONEY("林吉特", "林吉特", "MYR"), MONEY("越南盾", "越南盾", "VND"), MONEY("新西兰元", "新西兰元", "NZD"),
    MONEY("特别提款权", "特别提款权", "XDR"),
    /* percent and points */
    {"%", TJ_Q_PERCENT, 0, "%", 0}, {"\xEF\xBC\x85", TJ_Q_PERCENT, 0, "%", 0}, /* ％ */
    {"\xE2\x80\xB0", TJ_Q_PERCENT, 0, "\xE2\x80\xB0", 0},               /* ‰ */
    {"个百分点", TJ_Q_POINTS, 0, "个百分点", 0}, {"百分点", TJ_Q_POINTS, 0, "个百分点", 0},
    {"个基点", TJ_Q_POINTS, 0, "个基点", 0}, {"基点", TJ_Q_POINTS, 0, "个基点", 0},
    {"bp", TJ_Q_POINTS, 0, "个基点", 0}, {"BP", TJ_Q_POINTS, 0, "个基点", 0},
    /* multiples: a number, not a unit of measure */
    {"倍", TJ_Q_NUMBER, 0, "倍", 0},
    /* classifiers and counted nouns */
    COUNT("个"), COUNT("家"), COUNT("人"), COUNT("户"), COUNT("套"), COUNT("项"), COUNT("次"), COUNT("台"),
    COUNT("所"), COUNT("辆"), COUNT("艘"), COUNT("架"), COUNT("列"), COUNT("座"), COUNT("处"), COUNT("条"),
    COUNT("部"), COUNT("张"), COUNT("名"), COUNT("位"), COUNT("件"), COUNT("批"), COUNT("人次"), COUNT("床"),
    COUNT("间"), COUNT("册"), COUNT("篇"), COUNT("场"), COUNT("种"), COUNT("类"), COUNT("只"), COUNT("头"),
    COUNT("株"), COUNT("棵"), COUNT("片"), COUNT("份"), COUNT("本"), COUNT("首"), COUNT("支"), COUNT("门"),
    COUNT("块"), COUNT("栋"), COUNT("幢"), COUNT("宗"), COUNT("笔"), COUNT("单"), COUNT("例"), COUNT("起"),
    COUNT("枚"), COUNT("对"), COUNT("家次"), COUNT("户次"), COUNT("架次"), COUNT("车次"), COUNT("班次"),
    COUNT("批次"), COUNT("项次"), COUNT("艘次"), COUNT("辆次"), COUNT("场次"), COUNT("人日"), COUNT("个次"),
    COUNT("款"), COUNT("股"), COUNT("颗"), COUNT("根"), COUNT("盏"), COUNT("口"), COUNT("眼"), COUNT("段"),
    COUNT("道"), COUNT("轮"), COUNT("趟"), COUNT("班"), COUNT("团"), COUNT("队"), COUNT("支队"), COUNT("匹"),
    COUNT("羽"), COUNT("尾"), COUNT("粒"), COUNT("袋"), COUNT("箱"), COUNT("瓶"), COUNT("盒"), COUNT("包"),
    COUNT("剂"), COUNT("剂次"), COUNT("人份"), COUNT("张次"), COUNT("件次"), COUNT("个人"), COUNT("名次"),
    COUNT("部门"), COUNT("个村"), COUNT("村"), COUNT("镇"), COUNT("县"), COUNT("区"), COUNT("省"), COUNT("市"),
    /* time spans */
    MEASURE("个月"), {"个多月", TJ_Q_MEASURE, TJ_QUAL_OVER, "个月", 0}, MEASURE("个小时"), MEASURE("小时"),
    MEASURE("个工作日"), MEASURE("工作日"), MEASURE("分钟"), MEASURE("秒"), MEASURE("秒钟"), MEASURE("天"),
    MEASURE("日"), MEASURE("周"), MEASURE("个星期"), MEASURE("星期"), MEASURE("年"), MEASURE("个季度"),
    MEASURE("岁"), MEASURE("周岁"), MEASURE("多岁"),
    /* area, length, volume */
    MEASURE("平方米"), MEASURE("平方公里"), MEASURE("平方千米"), MEASURE("平方厘米"), MEASURE("亩"),
    MEASURE("公顷"), MEASURE("顷"), MEASURE("公里"), MEASURE("千米"), MEASURE("米"), MEASURE("厘米"),
    MEASURE("毫米"), MEASURE("微米"), MEASURE("英寸"), MEASURE("纳米"), MEASURE("海里"), MEASURE("英里"), MEASURE("延长米"),
    MEASURE("立方米"), MEASURE("立方"), MEASURE("升"), MEASURE("毫升"), MEASURE("桶"),
    MEASURE("标方"),
    /* mass */
    MEASURE("吨"), MEASURE("千克"), MEASURE("公斤"), MEASURE("克"), MEASURE("毫克"), MEASURE("微克"),
    MEASURE("斤"), MEASURE("担"), MEASURE("吨标准煤"), MEASURE("吨标煤"), MEASURE("吨油当量"),
    MEASURE("吨二氧化碳当量"), MEASURE("吨公里"), MEASURE("人公里"), MEASURE("吨次"),
    /* energy, power, traffic */
    MEASURE("千瓦时"), MEASURE("千瓦"), MEASURE("兆瓦时"), MEASURE("兆瓦"), MEASURE("吉瓦时"), MEASURE("吉瓦"),
    MEASURE("瓦时"), MEASURE("瓦"), MEASURE("度"), MEASURE("千伏安"), MEASURE("千伏"), MEASURE("伏"),
    MEASURE("千焦"), MEASURE("兆焦"), MEASURE("焦耳"), MEASURE("千卡"), MEASURE("大卡"), MEASURE("帕"),
    MEASURE("千帕"), MEASURE("兆帕"), MEASURE("赫兹"), MEASURE("兆赫"), MEASURE("马力"),
    MEASURE("标准箱"), MEASURE("标箱"), MEASURE("TEU"), MEASURE("蒸吨"), MEASURE("车公里"),
    MEASURE("分贝"), MEASURE("摄氏度"), MEASURE("级"), MEASURE("\xE2\x84\x83"), /* ℃ */
    MEASURE("点"), MEASURE("GB"), MEASURE("TB"), MEASURE("PB"), MEASURE("Gbps"), MEASURE("Mbps"),
    MEASURE("EFLOPS"), MEASURE("PFLOPS"),
    /* Latin abbreviations */
    MEASURE_AS("km", "km"), MEASURE_AS("kg", "kg"), MEASURE_AS("t", "t"), MEASURE_AS("m", "m"),
    MEASURE_AS("m2", "m2"), MEASURE_AS("m\xC2\xB2", "m\xC2\xB2"), MEASURE_AS("m3", "m3"),
    MEASURE_AS("m\xC2\xB3", "m\xC2\xB3"), MEASURE_AS("km2", "km2"), MEASURE_AS("km\xC2\xB2", "km\xC2\xB2"),
    MEASURE_AS("kW", "kW"), MEASURE_AS("kWh", "kWh"), MEASURE_AS("MW", "MW"), MEASURE_AS("MWh", "MWh"),
    MEASURE_AS("GW", "GW"), MEASURE_AS("GWh", "GWh"), MEASURE_AS("TWh", "TWh"), MEASURE_AS("ha", "ha"),
};

/* Words that qualify the number after them.  tag: TJ_QUAL_*; 0 marks a word
 * that only looks like one (签约 ends in 约, 经过 in 过), which wins by being
 * longer. */
static const tj_word QUAL_BEFORE[] = {
    {"约", TJ_QUAL_APPROX, 0, 0, 0},     {"大约", TJ_QUAL_APPROX, 0, 0, 0},   {"约为", TJ_QUAL_APPROX, 0, 0, 0},
    {"近", TJ_QUAL_APPROX, 0, 0, 0},     {"接近", TJ_QUAL_APPROX, 0, 0, 0},   {"将近", TJ_QUAL_APPROX, 0, 0, 0},
    {"差不多", TJ_QUAL_APPROX, 0, 0, 0}, {"近乎", TJ_QUAL_APPROX, 0, 0, 0},   {"大概", TJ_QUAL_APPROX, 0, 0, 0},
    {"大致", TJ_QUAL_APPROX, 0, 0, 0},   {"超", TJ_QUAL_OVER, 0, 0, 0},       {"超过", TJ_QUAL_OVER, 0, 0, 0},
    {"突破", TJ_QUAL_OVER, 0, 0, 0},     {"逾", TJ_QUAL_OVER, 0, 0, 0},       {"过", TJ_QUAL_OVER, 0, 0, 0},
    {"超出", TJ_QUAL_OVER, 0, 0, 0},     {"多达", TJ_QUAL_OVER, 0, 0, 0},     {"至少", TJ_QUAL_OVER, 0, 0, 0},
    {"不少于", TJ_QUAL_OVER, 0, 0, 0},   {"不低于", TJ_QUAL_OVER, 0, 0, 0},   {"不足", TJ_QUAL_UNDER, 0, 0, 0},
    {"不到", TJ_QUAL_UNDER, 0, 0, 0},    {"少于", TJ_QUAL_UNDER, 0, 0, 0},    {"未满", TJ_QUAL_UNDER, 0, 0, 0},
    {"不超过", TJ_QUAL_UNDER, 0, 0, 0},  {"不高于", TJ_QUAL_UNDER, 0, 0, 0},  {"至多", TJ_QUAL_UNDER, 0, 0, 0},
    {"最多", TJ_QUAL_UNDER, 0, 0, 0},
    /* look-alikes */
    {"签约", 0, 0, 0, 0}, {"节约", 0, 0, 0, 0}, {"预约", 0, 0, 0, 0}, {"合约", 0, 0, 0, 0}, {"制约", 0, 0, 0, 0},
    {"履约", 0, 0, 0, 0}, {"违约", 0, 0, 0, 0}, {"公约", 0, 0, 0, 0}, {"集约", 0, 0, 0, 0}, {"条约", 0, 0, 0, 0},
    {"契约", 0, 0, 0, 0}, {"特约", 0, 0, 0, 0}, {"相约", 0, 0, 0, 0}, {"最近", 0, 0, 0, 0}, {"附近", 0, 0, 0, 0},
    {"靠近", 0, 0, 0, 0}, {"临近", 0, 0, 0, 0}, {"贴近", 0, 0, 0, 0}, {"邻近", 0, 0, 0, 0}, {"就近", 0, 0, 0, 0},
    {"亲近", 0, 0, 0, 0}, {"经过", 0, 0, 0, 0}, {"通过", 0, 0, 0, 0}, {"不过", 0, 0, 0, 0}, {"越过", 0, 0, 0, 0},
    {"跨过", 0, 0, 0, 0}, {"度过", 0, 0, 0, 0}, {"渡过", 0, 0, 0, 0}, {"错过", 0, 0, 0, 0}, {"路过", 0, 0, 0, 0},
    {"走过", 0, 0, 0, 0}, {"有过", 0, 0, 0, 0}, {"做过", 0, 0, 0, 0}, {"办过", 0, 0, 0, 0}, {"赶超", 0, 0, 0, 0},
    {"过过", 0, 0, 0, 0}, {"闯过", 0, 0, 0, 0}, {"熬过", 0, 0, 0, 0}, {"受过", 0, 0, 0, 0}, {"去过", 0, 0, 0, 0},
};

/* Words after a number and its unit that qualify it.  tag: TJ_QUAL_*. */
static const tj_word QUAL_AFTER[] = {
    {"左右", TJ_QUAL_APPROX, 0, 0, 0}, {"上下", TJ_QUAL_APPROX, 0, 0, 0}, {"以上", TJ_QUAL_OVER, 0, 0, 0},
    {"之上", TJ_QUAL_OVER, 0, 0, 0},   {"多", TJ_QUAL_OVER, 0, 0, 0},     {"余", TJ_QUAL_OVER, 0, 0, 0},
    {"有余", TJ_QUAL_OVER, 0, 0, 0},   {"开外", TJ_QUAL_OVER, 0, 0, 0},   {"以下", TJ_QUAL_UNDER, 0, 0, 0},
    {"以内", TJ_QUAL_UNDER, 0, 0, 0},  {"之内", TJ_QUAL_UNDER, 0, 0, 0},  {"内", TJ_QUAL_UNDER, 0, 0, 0},
};

/* A number followed by one of these is part of a name: 4号线, 十三届,
 * 2.0版, 二期, 三环.  arg 1: only after a CJK numeral (二十大 but 6大领域). */
static const tj_word NAME_AFTER[] = {
    {"号", 0, 0, 0, 0}, {"届", 0, 0, 0, 0},   {"版", 0, 0, 0, 0},   {"期", 0, 0, 0, 0},   {"环", 0, 0, 0, 0},
    {"路", 0, 0, 0, 0}, {"中全会", 0, 0, 0, 0}, {"次全会", 0, 0, 0, 0}, {"大", 0, 1, 0, 0},  {"线", 0, 0, 0, 0},
    {"楼", 0, 0, 0, 0}, {"星级", 0, 0, 0, 0}, {"A级", 0, 0, 0, 0}, {"中", 0, 1, 0, 0},
    {"周年", 0, 0, 0, 0}, {"年规划", 0, 0, 0, 0}, {"年计划", 0, 0, 0, 0}, {"年行动", 0, 0, 0, 0},
    {"年攻坚", 0, 0, 0, 0}, {"年专项行动", 0, 0, 0, 0}, {"年提升行动", 0, 0, 0, 0}, {"年倍增", 0, 0, 0, 0},
    {"个五年", 0, 0, 0, 0}, {"指数", 0, 0, 0, 0}, {"级", 0, 1, 0, 0}, {"型", 0, 0, 0, 0},
    {"次会议", 0, 1, 0, 0}, {"次全体会议", 0, 1, 0, 0}, {"次代表大会", 0, 1, 0, 0}, {"次党代会", 0, 1, 0, 0}, {"五规划", 0, 1, 0, 0}, {"五计划", 0, 1, 0, 0}, {"五时期", 0, 1, 0, 0},
    {"五期间", 0, 1, 0, 0},
};

/* Verbs before N强 that make it a rank (挤进十强) rather than a name (世界500强). */
static const tj_word RANK_VERBS[] = {
    {"前", 0, 0, 0, 0},   {"进", 0, 0, 0, 0},   {"入", 0, 0, 0, 0},   {"跻身", 0, 0, 0, 0}, {"挤进", 0, 0, 0, 0},
    {"迈入", 0, 0, 0, 0}, {"位列", 0, 0, 0, 0}, {"居", 0, 0, 0, 0},   {"列", 0, 0, 0, 0},   {"排名", 0, 0, 0, 0},
    {"稳居", 0, 0, 0, 0}, {"保持", 0, 0, 0, 0}, {"进入", 0, 0, 0, 0}, {"入围", 0, 0, 0, 0}, {"跃居", 0, 0, 0, 0},
};

/* Slogans and names that begin with a numeral and a classifier. */
static const tj_word NAME_PHRASES[] = {
    {"三次产业", 0, 0, 0, 0}, {"五位一体", 0, 0, 0, 0}, {"四个全面", 0, 0, 0, 0}, {"四个意识", 0, 0, 0, 0},
    {"四个自信", 0, 0, 0, 0}, {"两个维护", 0, 0, 0, 0}, {"两个确立", 0, 0, 0, 0}, {"两个毫不动摇", 0, 0, 0, 0},
    {"四个中心", 0, 0, 0, 0}, {"四个服务", 0, 0, 0, 0}, {"三个代表", 0, 0, 0, 0}, {"两个一百年", 0, 0, 0, 0},
    {"两个大局", 0, 0, 0, 0}, {"两个结合", 0, 0, 0, 0}, {"三个务必", 0, 0, 0, 0}, {"两个先行", 0, 0, 0, 0},
    {"两个健康", 0, 0, 0, 0}, {"一国两制", 0, 0, 0, 0}, {"一带一路", 0, 0, 0, 0}, {"一次性", 0, 0, 0, 0},
    {"一揽子", 0, 0, 0, 0},   {"一站式", 0, 0, 0, 0},   {"一件事", 0, 0, 0, 0},   {"一张网", 0, 0, 0, 0},
    {"一张图", 0, 0, 0, 0},   {"一盘棋", 0, 0, 0, 0},   {"一把手", 0, 0, 0, 0},   {"一条龙", 0, 0, 0, 0},
    {"八项规定", 0, 0, 0, 0}, {"一系列", 0, 0, 0, 0},   {"一批批", 0, 0, 0, 0},   {"一张张", 0, 0, 0, 0},   {"一个个", 0, 0, 0, 0},
    {"一项项", 0, 0, 0, 0},   {"一座座", 0, 0, 0, 0},   {"一道道", 0, 0, 0, 0},   {"一件件", 0, 0, 0, 0},
};

/* Lines a saved web page or a news page shows around its text.  tag 1: a
 * word that fills the line alone (下载 打印 全屏, possibly several on a line);
 * tag 2: the start of a source, date or navigation line (来源：…, 当前位置…). */
static const tj_word NAV_LINES[] = {
    {"下载", 1, 0, 0, 0},     {"打印", 1, 0, 0, 0},     {"全屏", 1, 0, 0, 0},     {"收藏", 1, 0, 0, 0},
    {"字号", 1, 0, 0, 0},     {"分享", 1, 0, 0, 0},     {"关闭", 1, 0, 0, 0},     {"返回顶部", 1, 0, 0, 0},
    {"大", 1, 0, 0, 0},       {"中", 1, 0, 0, 0},       {"小", 1, 0, 0, 0},       {"【", 1, 0, 0, 0},
    {"】", 1, 0, 0, 0},       {"来源：", 2, 0, 0, 0},   {"来源:", 2, 0, 0, 0},    {"时间：", 2, 0, 0, 0},
    {"时间:", 2, 0, 0, 0},    {"发布时间", 2, 0, 0, 0}, {"作者：", 2, 0, 0, 0},   {"作者:", 2, 0, 0, 0},
    {"责任编辑", 2, 0, 0, 0}, {"编辑：", 2, 0, 0, 0},   {"编辑:", 2, 0, 0, 0},    {"字号：", 2, 0, 0, 0},
    {"浏览次数", 2, 0, 0, 0},
    {"【字体", 2, 0, 0, 0},   {"当前位置", 2, 0, 0, 0}, {"首页", 2, 0, 0, 0},
};

/* Time words that are a period by themselves.  tag: TJ_PW_*; arg as noted. */
static const tj_word PERIOD_WORDS[] = {
    {"今年", TJ_PW_REL, 0, 0, 0},          {"本年", TJ_PW_REL, 0, 0, 0},          {"本年度", TJ_PW_REL, 0, 0, 0},
    {"去年", TJ_PW_REL, -1, 0, 0},         {"上年", TJ_PW_REL, -1, 0, 0},         {"上一年", TJ_PW_REL, -1, 0, 0},
    {"上年度", TJ_PW_REL, -1, 0, 0},       {"明年", TJ_PW_REL, 1, 0, 0},          {"下一年", TJ_PW_REL, 1, 0, 0},
    {"前年", TJ_PW_REL, -2, 0, 0},         {"全年", TJ_PW_YEARLESS, 0, 0, 0},     {"当年", TJ_PW_YEARLESS, 0, 0, 0},
    {"年内", TJ_PW_YEARLESS, 0, 0, 0},     {"上半年", TJ_PW_HALF, 1, 0, 0},
    {"下半年", TJ_PW_HALF, 2, 0, 0},       {"年末", TJ_PW_YEAR_END, 0, 0, 0},     {"年底", TJ_PW_YEAR_END, 0, 0, 0},
    {"年初", TJ_PW_YEAR_START, 0, 0, 0},   {"目前", TJ_PW_NOW, 0, 0, 0},          {"当前", TJ_PW_NOW, 0, 0, 0},
    {"迄今", TJ_PW_NOW, 0, 0, 0},          {"至今", TJ_PW_NOW, 0, 0, 0},          {"现阶段", TJ_PW_NOW, 0, 0, 0},
    {"当日", TJ_PW_DAY, 0, 0, 0},          {"当天", TJ_PW_DAY, 0, 0, 0},          {"同日", TJ_PW_DAY, 0, 0, 0},
    {"次日", TJ_PW_DAY, 0, 0, 0},          {"昨日", TJ_PW_DAY, 0, 0, 0},          {"今日", TJ_PW_DAY, 0, 0, 0},
    {"昨天", TJ_PW_DAY, 0, 0, 0},          {"今天", TJ_PW_DAY, 0, 0, 0},          {"当月", TJ_PW_MONTH, 0, 0, 0},
    {"本月", TJ_PW_MONTH, 0, 0, 0},        {"上月", TJ_PW_MONTH, 0, 0, 0},        {"一年来", TJ_PW_VAGUE_SINCE, 0, 0, 0},
    {"近年来", TJ_PW_VAGUE_SINCE, 0, 0, 0}, {"多年来", TJ_PW_VAGUE_SINCE, 0, 0, 0}, {"长期以来", TJ_PW_VAGUE_SINCE, 0, 0, 0},
    {"过去一年", TJ_PW_PAST_YEAR, -1, 0, 0}, {"过去的一年", TJ_PW_PAST_YEAR, -1, 0, 0},
    {"本世纪末", TJ_PW_CENTURY_END, 0, 0, 0},
};

/* Words before a time expression that make it open-ended. */
static const tj_word PERIOD_PREFIX[] = {
    {"截至", TJ_PW_TO_DATE, 0, 0, 0}, {"截止", TJ_PW_TO_DATE, 0, 0, 0}, {"截止到", TJ_PW_TO_DATE, 0, 0, 0},
    {"截至到", TJ_PW_TO_DATE, 0, 0, 0}, {"截止至", TJ_PW_TO_DATE, 0, 0, 0}, {"从", TJ_PW_FROM, 0, 0, 0},
    {"自", TJ_PW_FROM, 0, 0, 0},
};

/* Words after a time expression. */
static const tj_word PERIOD_SUFFIX[] = {
    {"以来", TJ_PW_SINCE, 0, 0, 0}, {"起", TJ_PW_ONWARD, 0, 0, 0},  {"开始", TJ_PW_ONWARD, 0, 0, 0},
    {"末", TJ_PW_END, 0, 0, 0},     {"底", TJ_PW_END, 0, 0, 0},     {"内", TJ_PW_WITHIN, 0, 0, 0},
    {"以内", TJ_PW_WITHIN, 0, 0, 0},
};

/* A time expression right after one of these is what a value is compared
 * with (比上年, 与2021年底相比), not the period it is measured in. */
static const tj_word BASIS_CUES[] = {
    {"比", 0, 0, 0, 0},    {"较", 0, 0, 0, 0},    {"与", 0, 0, 0, 0},    {"同", 0, 0, 0, 0},
    {"跟", 0, 0, 0, 0},    {"较之", 0, 0, 0, 0},  {"相较", 0, 0, 0, 0},  {"相比", 0, 0, 0, 0},
    {"高于", 0, 0, 0, 0},  {"低于", 0, 0, 0, 0},  {"快于", 0, 0, 0, 0},  {"慢于", 0, 0, 0, 0},
    {"好于", 0, 0, 0, 0},  {"超过", 0, 0, 0, 0},  {"相对于", 0, 0, 0, 0}, {"对比", 0, 0, 0, 0},
};

int tj_lexicon_init(tj_lexicon *lx) {
    memset(lx, 0, sizeof *lx);
    if (tj_wordset_init(&lx->units, UNITS, N(UNITS)) || tj_wordset_init(&lx->nav_lines, NAV_LINES, N(NAV_LINES)) ||
        tj_wordset_init(&lx->period_words, PERIOD_WORDS, N(PERIOD_WORDS)) ||
        tj_wordset_init(&lx->period_prefix, PERIOD_PREFIX, N(PERIOD_PREFIX)) ||
        tj_wordset_init(&lx->period_suffix, PERIOD_SUFFIX, N(PERIOD_SUFFIX)) ||
        tj_wordset_init(&lx->basis_cues, BASIS_CUES, N(BASIS_CUES)) ||
        tj_wordset_init(&lx->qual_before, QUAL_BEFORE, N(QUAL_BEFORE)) ||
        tj_wordset_init(&lx->qual_after, QUAL_AFTER, N(QUAL_AFTER)) ||
        tj_wordset_init(&lx->name_after, NAME_AFTER, N(NAME_AFTER)) ||
        tj_wordset_init(&lx->name_phrases, NAME_PHRASES, N(NAME_PHRASES)) ||
        tj_wordset_init(&lx->rank_verbs, RANK_VERBS, N(RANK_VERBS))) {
        tj_lexicon_free(lx);
        return -1;
    }
    return 0;
}

void tj_lexicon_free(tj_lexicon *lx) {
    tj_wordset_free(&lx->units);
    tj_wordset_free(&lx->nav_lines);
    tj_wordset_free(&lx->period_words);
    tj_wordset_free(&lx->period_prefix);
    tj_wordset_free(&lx->period_suffix);
    tj_wordset_free(&lx->basis_cues);
    tj_wordset_free(&lx->qual_before);
    tj_wordset_free(&lx->qual_after);
    tj_wordset_free(&lx->name_after);
    tj_wordset_free(&lx->name_phrases);
    tj_wordset_free(&lx->rank_verbs);
}
