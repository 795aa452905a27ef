/* lexicon.c — the word tables.  Data only: each table is one array. */
#include "lexicon.h"

#include <string.h>

#include "tongji_core.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Units and classifiers.  tag: quantity kind; norm: the unit reported (as
 * written, with a suffix such as 人民币 folded); extra: ISO 4217 code; arg: a
 * qualifier the unit word carries (个多月: TJ_QUAL_OVER) and its TJ_UF_* roles
 * (a span of time, years, an age).  Magnitude words
 * (万, 亿…) are not units: 亿元 is 亿 + 元. */
#define MONEY(w, n, iso)                                                                                               \
    { w, TJ_Q_MONEY, 0, n, iso }
#define COUNT(w)                                                                                                       \
    { w, TJ_Q_COUNT, 0, w, 0 }
#define COUNT_WITH(w, flags)                                                                                           \
    { w, TJ_Q_COUNT, flags, w, 0 }
#define MEASURE(w)                                                                                                     \
    { w, TJ_Q_MEASURE, 0, w, 0 }
#define MEASURE_WITH(w, flags)                                                                                                 \
    { w, TJ_Q_MEASURE, flags, w, 0 }
#define MEASURE_AS(w, n)                                                                                               \
    { w, TJ_Q_MEASURE, 0, n, 0 }
static const tj_word UNITS[] = {
    /* money */
    MONEY("元人民币", "元", "CNY"),
    MONEY("元", "元", "CNY"),
    MONEY("人民币元", "元", "CNY"),
    MONEY("人民币", "元", "CNY"),
    MONEY("块钱", "元", "CNY"),
    MONEY("美元", "美元", "USD"),
    MONEY("美金", "美元", "USD"),
    MONEY("美分", "美分", "USD"),
    MONEY("欧元", "欧元", "EUR"),
    MONEY("港元", "港元", "HKD"),
    MONEY("港币", "港币", "HKD"),
    MONEY("日元", "日元", "JPY"),
    MONEY("日圆", "日元", "JPY"),
    MONEY("英镑", "英镑", "GBP"),
    MONEY("韩元", "韩元", "KRW"),
    MONEY("卢布", "卢布", "RUB"),
    MONEY("新台币", "新台币", "TWD"),
    MONEY("澳元", "澳元", "AUD"),
    MONEY("加元", "加元", "CAD"),
    MONEY("瑞士法郎", "瑞士法郎", "CHF"),
    MONEY("瑞郎", "瑞郎", "CHF"),
    MONEY("新加坡元", "新加坡元", "SGD"),
    MONEY("新元", "新元", "SGD"),
    MONEY("澳门元", "澳门元", "MOP"),
    MONEY("澳门币", "澳门币", "MOP"),
    MONEY("卢比", "卢比", "INR"),
    MONEY("泰铢", "泰铢", "THB"),
    MONEY("林吉特", "林吉特", "MYR"),
    MONEY("越南盾", "越南盾", "VND"),
    MONEY("新西兰元", "新西兰元", "NZD"),
    MONEY("挪威克朗", "挪威克朗", "NOK"), /* 14780亿挪威克朗 */
    MONEY("瑞典克朗", "瑞典克朗", "SEK"),
    MONEY("丹麦克朗", "丹麦克朗", "DKK"),
    MONEY("特别提款权", "特别提款权", "XDR"),
    /* percent and points */
    {"%", TJ_Q_PERCENT, 0, "%", 0},
    {"\xEF\xBC\x85", TJ_Q_PERCENT, 0, "%", 0},            /* ％ */
    {"\xE2\x80\xB0", TJ_Q_PERCENT, 0, "\xE2\x80\xB0", 0}, /* ‰ */
    {"个百分点", TJ_Q_POINTS, 0, "个百分点", 0},
    {"百分点", TJ_Q_POINTS, 0, "个百分点", 0},
    {"个基点", TJ_Q_POINTS, 0, "个基点", 0},
    {"基点", TJ_Q_POINTS, 0, "个基点", 0},
    {"bp", TJ_Q_POINTS, 0, "个基点", 0},
    {"BP", TJ_Q_POINTS, 0, "个基点", 0},
    /* multiples: a number, not a unit of measure */
    {"倍", TJ_Q_NUMBER, 0, "倍", 0},
    /* classifiers and counted nouns */
    COUNT("个"),
    COUNT("家"),
    COUNT("家庭"), /* 惠及2900多万家庭: not 万家 and a subject 庭 */
    COUNT("人"),
    {"人口", TJ_Q_COUNT, 0, "人", 0}, /* 近14亿人口 */
    COUNT("户"),
    COUNT("套"),
    COUNT("项"),
    COUNT_WITH("次", TJ_UF_TIMES), /* 先后4次|降低存款准备金率 */
    COUNT("台"),
    COUNT("所"),
    COUNT("辆"),
    COUNT("艘"),
    COUNT("架"),
    COUNT("列"),
    COUNT("座"),
    COUNT("处"),
    COUNT("条"),
    COUNT("部"),
    COUNT("张"),
    COUNT("名"),
    COUNT("位"),
    COUNT("件"),
    COUNT("批"),
    COUNT("人次"),
    COUNT("人天"), /* person-days: 接待海外旅游者人天数 */
    COUNT("床"),
    COUNT("间"),
    COUNT("册"),
    COUNT("篇"),
    COUNT("场"),
    COUNT("种"),
    COUNT("类"),
    COUNT("只"),
    COUNT("头"),
    COUNT("株"),
    COUNT("棵"),
    COUNT("片"),
    COUNT("份"),
    COUNT("本"),
    COUNT("首"),
    COUNT("支"),
    COUNT("门"),
    COUNT("块"),
    COUNT("栋"),
    COUNT("幢"),
    COUNT("宗"),
    COUNT("笔"),
    COUNT("单"),
    COUNT("例"),
    COUNT("起"),
    COUNT("枚"),
    COUNT("对"),
    COUNT("家次"),
    COUNT("户次"),
    COUNT("架次"),
    COUNT("车次"),
    COUNT("班次"),
    COUNT("批次"),
    COUNT("项次"),
    COUNT("艘次"),
    COUNT("辆次"),
    COUNT("场次"),
    COUNT("人日"),
    COUNT("个次"),
    COUNT("款"),
    COUNT("股"),
    COUNT("颗"),
    COUNT("根"),
    COUNT("盏"),
    COUNT("口"),
    COUNT("眼"),
    COUNT("段"),
    COUNT("道"),
    COUNT_WITH("轮", TJ_UF_TIMES),
    COUNT("趟"),
    COUNT("班"),
    COUNT("团"),
    COUNT("队"),
    COUNT("支队"),
    COUNT("匹"),
    COUNT("羽"),
    COUNT("尾"),
    COUNT("粒"),
    COUNT("袋"),
    COUNT("箱"),
    COUNT("瓶"),
    COUNT("盒"),
    COUNT("包"),
    COUNT("剂"),
    COUNT("剂次"),
    COUNT("人份"),
    COUNT("张次"),
    COUNT("件次"),
    COUNT("个人"),
    COUNT("名次"),
    COUNT("部门"),
    /* time spans */
    MEASURE_WITH("个月", TJ_UF_TIME),
    {"个多月", TJ_Q_MEASURE, TJ_QUAL_OVER | TJ_UF_TIME, "个月", 0},
    MEASURE_WITH("个小时", TJ_UF_TIME),
    MEASURE_WITH("小时", TJ_UF_TIME),
    MEASURE_WITH("个工作日", TJ_UF_TIME),
    MEASURE_WITH("工作日", TJ_UF_TIME),
    MEASURE_WITH("分钟", TJ_UF_TIME),
    MEASURE_WITH("秒", TJ_UF_TIME),
    MEASURE_WITH("秒钟", TJ_UF_TIME),
    MEASURE_WITH("天", TJ_UF_TIME),
    MEASURE_WITH("日", TJ_UF_TIME),
    MEASURE_WITH("周", TJ_UF_TIME),
    MEASURE_WITH("个星期", TJ_UF_TIME),
    MEASURE_WITH("星期", TJ_UF_TIME),
    MEASURE_WITH("年", TJ_UF_TIME | TJ_UF_YEARS),
    MEASURE_WITH("个季度", TJ_UF_TIME),
    MEASURE_WITH("岁", TJ_UF_AGE),
    MEASURE_WITH("周岁", TJ_UF_AGE),
    {"多岁", TJ_Q_MEASURE, TJ_UF_AGE, "多岁", 0},
    /* area, length, volume */
    MEASURE("平方米"),
    MEASURE("平方公里"),
    MEASURE("平方千米"),
    MEASURE("平方厘米"),
    MEASURE("亩"),
    MEASURE("亩次"), /* 农机作业服务面积60万亩次: an area worked, counted each time */
    MEASURE("公顷"),
    MEASURE("顷"),
    MEASURE("公里"),
    MEASURE("千米"),
    MEASURE("米"),
    MEASURE("厘米"),
    MEASURE("毫米"),
    MEASURE("微米"),
    MEASURE("英寸"),
    MEASURE("纳米"),
    MEASURE("海里"),
    MEASURE("英里"),
    MEASURE("延长米"),
    MEASURE("立方米"),
    MEASURE("立方英尺"),
    MEASURE("立方"),
    MEASURE("英尺"),
    MEASURE("盎司"),
    MEASURE("蒲式耳"),
    MEASURE("升"),
    MEASURE("毫升"),
    MEASURE("桶"),
    MEASURE("标方"),
    /* mass */
    MEASURE("吨"),
    MEASURE("千克"),
    MEASURE("公斤"),
    MEASURE("克"),
    MEASURE("毫克"),
    MEASURE("微克"),
    /* a concentration written in symbols (PM10浓度74μg/m3): as 微克/立方米 (μ Greek mu, µ the micro sign) */
    MEASURE_AS("μg/m3", "微克/立方米"),
    MEASURE_AS("µg/m3", "微克/立方米"),
    MEASURE_AS("μg/m³", "微克/立方米"),
    MEASURE_AS("µg/m³", "微克/立方米"),
    MEASURE("斤"),
    MEASURE("担"),
    MEASURE("吨标准煤"),
    MEASURE("吨标煤"),
    MEASURE("吨油当量"),
    MEASURE("吨二氧化碳当量"),
    MEASURE("吨公里"),
    MEASURE("人公里"),
    MEASURE("吨次"),
    /* energy, power, traffic */
    MEASURE("千瓦时"),
    MEASURE_AS("千瓦小时", "千瓦时"), /* 发电量592.4亿千瓦小时 */
    MEASURE("千瓦"),
    MEASURE("兆瓦时"),
    MEASURE("兆瓦"),
    MEASURE("吉瓦时"),
    MEASURE("吉瓦"),
    MEASURE("瓦时"),
    MEASURE("瓦"),
    MEASURE_WITH("度", TJ_UF_ARTICLE),
    MEASURE("千伏安时"),
    MEASURE("伏安时"),
    MEASURE("千伏安"),
    MEASURE_WITH("千伏", TJ_UF_RATING),
    MEASURE_WITH("伏", TJ_UF_RATING),
    MEASURE("千焦"),
    MEASURE("兆焦"),
    MEASURE("焦耳"),
    MEASURE("千卡"),
    MEASURE("大卡"),
    MEASURE("帕"),
    MEASURE("千帕"),
    MEASURE("兆帕"),
    MEASURE("赫兹"),
    MEASURE("兆赫"),
    MEASURE("马力"),
    MEASURE("标准箱"),
    MEASURE("标箱"),
    MEASURE("TEU"),
    MEASURE("蒸吨"),
    MEASURE("车公里"),
    MEASURE("分贝"),
    MEASURE("摄氏度"),
    MEASURE("级"),
    MEASURE("\xE2\x84\x83"), /* ℃ */
    MEASURE_WITH("点", TJ_UF_ARTICLE),
    MEASURE("GB"),
    MEASURE("TB"),
    MEASURE("PB"),
    MEASURE("EB"),
    MEASURE("ZB"),
    MEASURE("太字节"), /* data: 全国数据生产总量达32.85泽字节 */
    MEASURE("拍字节"),
    MEASURE("艾字节"),
    MEASURE("泽字节"),
    MEASURE("Gbps"),
    MEASURE("Mbps"),
    MEASURE("EFLOPS"),
    MEASURE("PFLOPS"),
    /* Latin abbreviations */
    MEASURE_AS("km", "km"),
    MEASURE_AS("kg", "kg"),
    MEASURE_AS("t", "t"),
    MEASURE_AS("m", "m"),
    MEASURE_AS("m2", "m2"),
    MEASURE_AS("m\xC2\xB2", "m\xC2\xB2"),
    MEASURE_AS("m3", "m3"),
    MEASURE_AS("m\xC2\xB3", "m\xC2\xB3"),
    MEASURE_AS("km2", "km2"),
    MEASURE_AS("km\xC2\xB2", "km\xC2\xB2"),
    MEASURE_AS("kW", "kW"),
    MEASURE_AS("kWh", "kWh"),
    MEASURE_AS("MW", "MW"),
    MEASURE_AS("MWh", "MWh"),
    MEASURE_AS("GW", "GW"),
    MEASURE_AS("GWh", "GWh"),
    MEASURE_AS("TWh", "TWh"),
    MEASURE_AS("ha", "ha"),
};

/* Words that qualify the number after them.  tag: TJ_QUAL_*; 0 marks a word
 * that only looks like one (签约 ends in 约, 经过 in 过), which wins by being
 * longer; arg: TJ_QBF_*. */
static const tj_word QUAL_BEFORE[] = {
    {"约", TJ_QUAL_APPROX, 0, 0, 0},
    {"大约", TJ_QUAL_APPROX, 0, 0, 0},
    {"约为", TJ_QUAL_APPROX, 0, 0, 0},
    {"近", TJ_QUAL_APPROX, 0, 0, 0},
    {"接近", TJ_QUAL_APPROX, 0, 0, 0},
    {"将近", TJ_QUAL_APPROX, 0, 0, 0},
    {"差不多", TJ_QUAL_APPROX, 0, 0, 0},
    {"近乎", TJ_QUAL_APPROX, 0, 0, 0},
    {"大概", TJ_QUAL_APPROX, 0, 0, 0},
    {"大致", TJ_QUAL_APPROX, 0, 0, 0},
    {"超", TJ_QUAL_OVER, 0, 0, 0},
    {"超过", TJ_QUAL_OVER, 0, 0, 0},
    {"突破", TJ_QUAL_OVER, 0, 0, 0},
    {"逾", TJ_QUAL_OVER, 0, 0, 0},
    {"过", TJ_QUAL_OVER, 0, 0, 0},
    {"超出", TJ_QUAL_OVER, 0, 0, 0},
    {"多达", TJ_QUAL_OVER, 0, 0, 0},
    {"至少", TJ_QUAL_OVER, TJ_QBF_BEFORE_VERB, 0, 0},
    {"不少于", TJ_QUAL_OVER, 0, 0, 0},
    {"不低于", TJ_QUAL_OVER, 0, 0, 0},
    {"不足", TJ_QUAL_UNDER, 0, 0, 0},
    {"不到", TJ_QUAL_UNDER, 0, 0, 0},
    {"少于", TJ_QUAL_UNDER, 0, 0, 0},
    {"未满", TJ_QUAL_UNDER, 0, 0, 0},
    {"不超过", TJ_QUAL_UNDER, 0, 0, 0},
    {"不高于", TJ_QUAL_UNDER, 0, 0, 0},
    {"至多", TJ_QUAL_UNDER, TJ_QBF_BEFORE_VERB, 0, 0},
    {"最多", TJ_QUAL_UNDER, TJ_QBF_BEFORE_VERB, 0, 0},
    {"最少", TJ_QUAL_OVER, TJ_QBF_BEFORE_VERB, 0, 0},
    /* look-alikes */
    {"签约", 0, 0, 0, 0},
    {"节约", 0, 0, 0, 0},
    {"预约", 0, 0, 0, 0},
    {"合约", 0, 0, 0, 0},
    {"制约", 0, 0, 0, 0},
    {"履约", 0, 0, 0, 0},
    {"违约", 0, 0, 0, 0},
    {"公约", 0, 0, 0, 0},
    {"集约", 0, 0, 0, 0},
    {"条约", 0, 0, 0, 0},
    {"契约", 0, 0, 0, 0},
    {"特约", 0, 0, 0, 0},
    {"相约", 0, 0, 0, 0},
    {"最近", 0, 0, 0, 0},
    {"附近", 0, 0, 0, 0},
    {"靠近", 0, 0, 0, 0},
    {"临近", 0, 0, 0, 0},
    {"贴近", 0, 0, 0, 0},
    {"邻近", 0, 0, 0, 0},
    {"就近", 0, 0, 0, 0},
    {"亲近", 0, 0, 0, 0},
    {"经过", 0, 0, 0, 0},
    {"通过", 0, 0, 0, 0},
    {"不过", 0, 0, 0, 0},
    {"越过", 0, 0, 0, 0},
    {"跨过", 0, 0, 0, 0},
    {"度过", 0, 0, 0, 0},
    {"渡过", 0, 0, 0, 0},
    {"错过", 0, 0, 0, 0},
    {"路过", 0, 0, 0, 0},
    {"走过", 0, 0, 0, 0},
    {"有过", 0, 0, 0, 0},
    {"做过", 0, 0, 0, 0},
    {"办过", 0, 0, 0, 0},
    {"赶超", 0, 0, 0, 0},
    {"过过", 0, 0, 0, 0},
    {"闯过", 0, 0, 0, 0},
    {"熬过", 0, 0, 0, 0},
    {"受过", 0, 0, 0, 0},
    {"去过", 0, 0, 0, 0},
};

/* Words after a number and its unit that qualify it.  tag: TJ_QUAL_*; arg:
 * TJ_QAF_*. */
static const tj_word QUAL_AFTER[] = {
    {"左右", TJ_QUAL_APPROX, 0, 0, 0},
    {"上下", TJ_QUAL_APPROX, 0, 0, 0},
    {"以上", TJ_QUAL_OVER, 0, 0, 0},
    {"及以上", TJ_QUAL_OVER, 0, 0, 0},
    {"及以下", TJ_QUAL_UNDER, 0, 0, 0},
    {"之上", TJ_QUAL_OVER, 0, 0, 0},
    {"多", TJ_QUAL_OVER, TJ_QAF_NUMERAL, 0, 0},
    {"余", TJ_QUAL_OVER, TJ_QAF_NUMERAL, 0, 0},
    {"有余", TJ_QUAL_OVER, 0, 0, 0},
    {"开外", TJ_QUAL_OVER, 0, 0, 0},
    {"以下", TJ_QUAL_UNDER, 0, 0, 0},
    {"以内", TJ_QUAL_UNDER, 0, 0, 0},
    {"之内", TJ_QUAL_UNDER, 0, 0, 0},
    {"内", TJ_QUAL_UNDER, TJ_QAF_TIME_ONLY, 0, 0},
    /* look-alikes (tag 0): words that begin like a qualifier and are none (打造5条多式联运示范线路) */
    {"多式", 0, 0, 0, 0},
    {"多功能", 0, 0, 0, 0},
    {"多元", 0, 0, 0, 0},
    {"多样", 0, 0, 0, 0},
    {"多层次", 0, 0, 0, 0},
    {"多渠道", 0, 0, 0, 0},
    {"多领域", 0, 0, 0, 0},
    {"多部门", 0, 0, 0, 0},
    {"多语种", 0, 0, 0, 0},
    {"多模态", 0, 0, 0, 0},
    {"内容", 0, 0, 0, 0},
    {"内需", 0, 0, 0, 0},
};

/* A number followed by one of these is part of a name: 4号线, 十三届,
 * 2.0版, 二期, 三环.  arg 1: only after a CJK numeral (二十大 but 6大领域). */
static const tj_word NAME_AFTER[] = {
    {"号", 0, 0, 0, 0},         {"届", 0, 0, 0, 0},     {"版", 0, 0, 0, 0},         {"期", 0, 0, 0, 0},
    {"环", 0, 0, 0, 0},         {"路", 0, 0, 0, 0},     {"中全会", 0, 0, 0, 0},     {"次全会", 0, 0, 0, 0},
    {"大", 0, 1, 0, 0},         {"线", 0, 0, 0, 0},     {"楼", 0, 0, 0, 0},         {"星级", 0, 0, 0, 0},
    {"A级", 0, 0, 0, 0},        {"中", 0, 1, 0, 0},     {"周年", 0, 0, 0, 0},       {"年规划", 0, 0, 0, 0},
    {"年计划", 0, 0, 0, 0},     {"年行动", 0, 0, 0, 0}, {"年攻坚", 0, 0, 0, 0},     {"年专项行动", 0, 0, 0, 0},
    {"年期", 0, 0, 0, 0}, /* 10年期国债 */
    {"年提升行动", 0, 0, 0, 0}, {"年倍增", 0, 0, 0, 0}, {"个五年", 0, 0, 0, 0},     {"指数", 0, 0, 0, 0},
    {"年平均", 0, 0, 0, 0},     {"年均", 0, 0, 0, 0},   {"篇文章", 0, 1, 0, 0},     {"级", 0, 1, 0, 0},
    {"型", 0, 0, 0, 0},         {"次会议", 0, 1, 0, 0}, {"次全体会议", 0, 1, 0, 0}, {"次代表大会", 0, 1, 0, 0},
    {"次党代会", 0, 1, 0, 0},   {"次全委会", 0, 1, 0, 0},   {"五规划", 0, 1, 0, 0}, {"五计划", 0, 1, 0, 0},     {"五时期", 0, 1, 0, 0},
    {"五期间", 0, 1, 0, 0},
};

/* Words right before a number in digits that make it a label, not a
 * quantity: 注1 (a note), 附件2. */
static const tj_word NAME_BEFORE[] = {
    {"注", 0, 0, 0, 0},
    {"附件", 0, 0, 0, 0},
    {"附表", 0, 0, 0, 0},
};

/* Verbs before N强 that make it a rank (挤进十强) rather than a name (世界500强). */
static const tj_word RANK_VERBS[] = {
    {"前", 0, 0, 0, 0},   {"进", 0, 0, 0, 0},   {"入", 0, 0, 0, 0},   {"跻身", 0, 0, 0, 0}, {"挤进", 0, 0, 0, 0},
    {"迈入", 0, 0, 0, 0}, {"位列", 0, 0, 0, 0}, {"居", 0, 0, 0, 0},   {"列", 0, 0, 0, 0},   {"排名", 0, 0, 0, 0},
    {"稳居", 0, 0, 0, 0}, {"保持", 0, 0, 0, 0}, {"进入", 0, 0, 0, 0}, {"入围", 0, 0, 0, 0}, {"跃居", 0, 0, 0, 0},
};

/* Slogans and names that begin with a numeral and a classifier. */
static const tj_word NAME_PHRASES[] = {
    {"三次产业", 0, 0, 0, 0},     {"五位一体", 0, 0, 0, 0},
    {"四个全面", 0, 0, 0, 0},     {"四个意识", 0, 0, 0, 0},
    {"四个自信", 0, 0, 0, 0},     {"两个维护", 0, 0, 0, 0},
    {"两个确立", 0, 0, 0, 0},     {"两个毫不动摇", 0, 0, 0, 0},
    {"四个中心", 0, 0, 0, 0},     {"四个服务", 0, 0, 0, 0},
    {"三个代表", 0, 0, 0, 0},     {"两个一百年", 0, 0, 0, 0},
    {"两个大局", 0, 0, 0, 0},     {"两个结合", 0, 0, 0, 0},
    {"三个务必", 0, 0, 0, 0},     {"两个先行", 0, 0, 0, 0},
    {"两个健康", 0, 0, 0, 0},     {"一国两制", 0, 0, 0, 0},
    {"一带一路", 0, 0, 0, 0},     {"一次性", 0, 0, 0, 0},
    {"一揽子", 0, 0, 0, 0},       {"一站式", 0, 0, 0, 0},
    {"一件事", 0, 0, 0, 0},       {"一张网", 0, 0, 0, 0},
    {"一张图", 0, 0, 0, 0},       {"一盘棋", 0, 0, 0, 0},
    {"一把手", 0, 0, 0, 0},       {"一条龙", 0, 0, 0, 0},
    {"八项规定", 0, 0, 0, 0},     {"两头", 0, 0, 0, 0},
    {"二次", 0, 0, 0, 0},         {"一点", 0, 0, 0, 0},
    {"两位数", 0, 0, 0, 0},       {"一系列", 0, 0, 0, 0},
    {"一批批", 0, 0, 0, 0},       {"一张张", 0, 0, 0, 0},
    {"一个个", 0, 0, 0, 0},       {"一项项", 0, 0, 0, 0},
    {"一座座", 0, 0, 0, 0},       {"一道道", 0, 0, 0, 0},
    {"一件件", 0, 0, 0, 0},       {"零部件", 0, 0, 0, 0},
    {"零配件", 0, 0, 0, 0},       {"一道", 0, 0, 0, 0},
    {"五项原则", 0, 0, 0, 0},     {"八项主张", 0, 0, 0, 0},
    {"两种资源", 0, 0, 0, 0},     {"两个市场", 0, 0, 0, 0},
    {"十种有色金属", 0, 0, 0, 0}, {"十种常用有色金属", 0, 0, 0, 0}, /* a statistical product: 十种有色金属产量 */
};

/* Words after a number and its unit that make them part of a name, not a
 * quantity: a maturity (10年期国债, 7天期逆回购), a class (20万吨级泊位,
 * 百万千瓦级机组), a campaign named by its goal (0.1微克攻坚行动), a survey by
 * its sample (1%人口抽样调查). */
static const tj_word UNIT_NAME_AFTER[] = {
    {"期", 0, 0, 0, 0},   {"级", 0, 0, 0, 0},           {"攻坚", 0, 0, 0, 0}, {"行动", 0, 0, 0, 0},
    {"战略", 0, 0, 0, 0}, {"人口抽样调查", 0, 0, 0, 0}, /* 1%人口抽样调查: the census between censuses */
};

/* Lines a saved web page or a news page shows around its text.  tag 1: a
 * word that fills the line alone (下载 打印 全屏, possibly several on a line);
 * tag 2: the start of a source, date or navigation line (来源：…, 当前位置…). */
static const tj_word NAV_LINES[] = {
    {"下载", 1, 0, 0, 0},     {"打印", 1, 0, 0, 0},     {"全屏", 1, 0, 0, 0},     {"收藏", 1, 0, 0, 0},
    {"字号", 1, 0, 0, 0},     {"分享", 1, 0, 0, 0},     {"关闭", 1, 0, 0, 0},     {"返回顶部", 1, 0, 0, 0},
    {"大", 1, 0, 0, 0},       {"中", 1, 0, 0, 0},       {"小", 1, 0, 0, 0},       {"【", 1, 0, 0, 0},
    {"】", 1, 0, 0, 0},       {"加大", 1, 0, 0, 0},     {"还原", 1, 0, 0, 0},     {"减小", 1, 0, 0, 0},
    {"无障碍", 1, 0, 0, 0},   {"【字号", 2, 0, 0, 0},   {"来源：", 2, 0, 0, 0},   {"来源:", 2, 0, 0, 0},
    {"时间：", 2, 0, 0, 0},   {"时间:", 2, 0, 0, 0},    {"发布时间", 2, 0, 0, 0}, {"作者：", 2, 0, 0, 0},
    {"作者:", 2, 0, 0, 0},    {"责任编辑", 2, 0, 0, 0}, {"编辑：", 2, 0, 0, 0},   {"编辑:", 2, 0, 0, 0},
    {"字号：", 2, 0, 0, 0},   {"浏览次数", 2, 0, 0, 0}, {"原标题", 2, 0, 0, 0},   {"【字体", 2, 0, 0, 0},
    {"当前位置", 2, 0, 0, 0}, {"首页", 2, 0, 0, 0},
};

/* Words of a byline or credit line (记者 王红茹丨北京报道): never a title. */
static const tj_word BYLINE_WORDS[] = {
    {"记者", 0, 0, 0, 0}, {"通讯员", 0, 0, 0, 0}, {"报道", 0, 0, 0, 0}, {"摄影", 0, 0, 0, 0},
    {"编辑", 0, 0, 0, 0}, {"作者", 0, 0, 0, 0},   {"供图", 0, 0, 0, 0}, {"来源", 0, 0, 0, 0},
    {"责编", 0, 0, 0, 0}, {"校对", 0, 0, 0, 0},   {"审核", 0, 0, 0, 0}, {"撰稿", 0, 0, 0, 0},
};

/* Time words that are a period by themselves.  tag: TJ_PW_*; arg as noted. */
static const tj_word PERIOD_WORDS[] = {
    {"今年", TJ_PW_REL, 0, 0, 0},
    {"本年", TJ_PW_REL, 0, 0, 0},
    {"本年度", TJ_PW_REL, 0, 0, 0},
    {"去年", TJ_PW_REL, -1, 0, 0},
    {"上年", TJ_PW_REL, -1, 0, 0},
    {"上一年", TJ_PW_REL, -1, 0, 0},
    {"上年度", TJ_PW_REL, -1, 0, 0},
    {"明年", TJ_PW_REL, 1, 0, 0},
    {"下一年", TJ_PW_REL, 1, 0, 0},
    {"前年", TJ_PW_REL, -2, 0, 0},
    {"全年", TJ_PW_YEARLESS, 0, 0, 0},
    {"当年", TJ_PW_YEARLESS, 0, 0, 0},
    {"年内", TJ_PW_YEAR_TO_DATE, 0, 0, 0},
    {"今年内", TJ_PW_YEAR_TO_DATE, 0, 0, 0},
    {"上半年", TJ_PW_HALF, 1, 0, 0},
    {"下半年", TJ_PW_HALF, 2, 0, 0},
    {"年末", TJ_PW_YEAR_END, 0, 0, 0},
    {"年底", TJ_PW_YEAR_END, 0, 0, 0},
    {"年初", TJ_PW_YEAR_START, 0, 0, 0},
    {"目前", TJ_PW_NOW, 0, 0, 0},
    {"当前", TJ_PW_NOW, 0, 0, 0},
    {"迄今", TJ_PW_NOW, 0, 0, 0},
    {"至今", TJ_PW_NOW, 0, 0, 0},
    {"现阶段", TJ_PW_NOW, 0, 0, 0},
    {"当日", TJ_PW_DAY, 0, 0, 0},
    {"当天", TJ_PW_DAY, 0, 0, 0},
    {"同日", TJ_PW_DAY, 0, 0, 0},
    {"次日", TJ_PW_DAY, 0, 0, 0},
    {"昨日", TJ_PW_DAY, 0, 0, 0},
    {"今日", TJ_PW_DAY, 0, 0, 0},
    {"昨天", TJ_PW_DAY, 0, 0, 0},
    {"今天", TJ_PW_DAY, 0, 0, 0},
    /* the days of the week (the news: 周四在岸人民币对美元收盘报7.1629) */
    {"周一", TJ_PW_DAY, 0, 0, 0},
    {"周二", TJ_PW_DAY, 0, 0, 0},
    {"周三", TJ_PW_DAY, 0, 0, 0},
    {"周四", TJ_PW_DAY, 0, 0, 0},
    {"周五", TJ_PW_DAY, 0, 0, 0},
    {"周六", TJ_PW_DAY, 0, 0, 0},
    {"周日", TJ_PW_DAY, 0, 0, 0},
    {"星期一", TJ_PW_DAY, 0, 0, 0},
    {"星期二", TJ_PW_DAY, 0, 0, 0},
    {"星期三", TJ_PW_DAY, 0, 0, 0},
    {"星期四", TJ_PW_DAY, 0, 0, 0},
    {"星期五", TJ_PW_DAY, 0, 0, 0},
    {"当月", TJ_PW_MONTH, 0, 0, 0},
    {"本月", TJ_PW_MONTH, 0, 0, 0},
    {"上月", TJ_PW_MONTH, 0, 0, 0},
    {"一年来", TJ_PW_YEAR_SO_FAR, 0, 0, 0},
    {"近年来", TJ_PW_VAGUE_SINCE, 0, 0, 0},
    {"多年来", TJ_PW_VAGUE_SINCE, 0, 0, 0},
    {"长期以来", TJ_PW_VAGUE_SINCE, 0, 0, 0},
    {"过去一年", TJ_PW_PAST_YEAR, -1, 0, 0},
    {"过去的一年", TJ_PW_PAST_YEAR, -1, 0, 0},
    {"本世纪末", TJ_PW_CENTURY_END, 0, 0, 0},
};

/* Words before a time expression that make it open-ended. */
static const tj_word PERIOD_PREFIX[] = {
    {"截至", TJ_PW_TO_DATE, 0, 0, 0},   {"截止", TJ_PW_TO_DATE, 0, 0, 0},   {"截止到", TJ_PW_TO_DATE, 0, 0, 0},
    {"截至到", TJ_PW_TO_DATE, 0, 0, 0}, {"截止至", TJ_PW_TO_DATE, 0, 0, 0}, {"从", TJ_PW_FROM, 0, 0, 0},
    {"自", TJ_PW_FROM, 0, 0, 0},
};

/* Words before a number of years or months that make a span of time:
 * 过去五年, 近三年, 这五年, 比前五年.  tag: TJ_SW_*. */
static const tj_word SPAN_WORDS[] = {
    {"过去的", TJ_SW_BACK, 0, 0, 0}, {"过去", TJ_SW_BACK, 0, 0, 0}, {"近", TJ_SW_RECENT, 0, 0, 0},
    {"这", TJ_SW_THIS, 0, 0, 0},     {"前", TJ_SW_PRIOR, 0, 0, 0},
};

/* Words after a time expression (前: 五年前 a year back, 年底前 by then; 前后,
 * around it, only begins like one: tag 0). */
static const tj_word PERIOD_SUFFIX[] = {
    {"以来", TJ_PW_SINCE, 0, 0, 0},  {"起", TJ_PW_ONWARD, 0, 0, 0}, {"开始", TJ_PW_ONWARD, 0, 0, 0},
    {"末", TJ_PW_END, 0, 0, 0},      {"底", TJ_PW_END, 0, 0, 0},    {"内", TJ_PW_WITHIN, 0, 0, 0},
    {"以内", TJ_PW_WITHIN, 0, 0, 0}, {"前", TJ_PW_AGO, 0, 0, 0},    {"前后", 0, 0, 0, 0},
};

/* A time expression right after one of these is what a value is compared
 * with (比上年, 与2021年底相比), not the period it is measured in.  arg:
 * TJ_BCF_*. */
static const tj_word BASIS_CUES[] = {
    {"比", 0, TJ_BCF_THAN, 0, 0},
    {"较", 0, TJ_BCF_THAN, 0, 0},
    {"与", 0, 0, 0, 0},
    {"同", 0, 0, 0, 0},
    {"跟", 0, 0, 0, 0},
    {"较之", 0, TJ_BCF_THAN, 0, 0},
    {"相较", 0, 0, 0, 0},
    {"相比", 0, 0, 0, 0},
    {"高于", 0, 0, 0, 0},
    {"低于", 0, 0, 0, 0},
    {"快于", 0, 0, 0, 0},
    {"慢于", 0, 0, 0, 0},
    {"好于", 0, 0, 0, 0},
    {"超过", 0, 0, 0, 0},
    {"相对于", 0, 0, 0, 0},
    {"对比", 0, 0, 0, 0},
    {"大于", 0, 0, 0, 0},
    {"小于", 0, 0, 0, 0},
    {"剔除", 0, 0, 0, 0},
    {"扣除", 0, 0, 0, 0},
    {"多于", 0, 0, 0, 0},
    {"少于", 0, 0, 0, 0},
    {"仅次于", 0, 0, 0, 0},
    {"赶超", 0, 0, 0, 0},
    /* look-alikes: words that begin like a cue and are none */
    {"比例", TJ_BC_WORD, 0, 0, 0},
    {"比重", TJ_BC_WORD, 0, 0, 0},
    {"比率", TJ_BC_WORD, 0, 0, 0},
    {"比值", TJ_BC_WORD, 0, 0, 0},
    {"比赛", TJ_BC_WORD, 0, 0, 0},
    {"比特币", TJ_BC_WORD, 0, 0, 0},
};

/* ---- indicators -------------------------------------------------------- */

/* Words that stand between a subject and its value (read backwards from the
 * value).  tag: TJ_TW_*; arg: TJ_TWF_* flags. */
#define TW(w, t)                                                                                                       \
    { w, t, 0, 0, 0 }
static const tj_word TAIL_WORDS[] = {
    /* rises */
    TW("增长", TJ_TW_UP),
    TW("增加", TJ_TW_UP),
    {"提高", TJ_TW_UP, TJ_TWF_OBJECT, 0, 0},
    TW("上升", TJ_TW_UP),
    {"扩大", TJ_TW_UP, TJ_TWF_OBJECT, 0, 0},
    {"拓展", TJ_TW_UP, TJ_TWF_OBJECT, 0, 0}, /* 事项从39个拓展到91个 */
    {"扩展", TJ_TW_UP, TJ_TWF_OBJECT, 0, 0},
    TW("增", TJ_TW_UP),
    TW("涨", TJ_TW_UP),
    {"提升", TJ_TW_UP, TJ_TWF_OBJECT, 0, 0},
    TW("上涨", TJ_TW_UP),
    TW("攀升", TJ_TW_UP),
    TW("跃升", TJ_TW_UP),
    TW("回升", TJ_TW_UP),
    TW("反弹", TJ_TW_UP),
    TW("多增", TJ_TW_UP),
    TW("增多", TJ_TW_UP),
    TW("上扬", TJ_TW_UP),
    TW("走高", TJ_TW_UP),
    TW("上调", TJ_TW_UP),
    TW("升", TJ_TW_UP),
    TW("增长了", TJ_TW_UP),
    TW("提高了", TJ_TW_UP),
    TW("增加了", TJ_TW_UP),
    TW("调升", TJ_TW_UP),
    TW("上升了", TJ_TW_UP),
    TW("递增", TJ_TW_UP),
    TW("增产", TJ_TW_UP),
    TW("扩张", TJ_TW_UP),
    TW("增收", TJ_TW_UP),
    TW("升值", TJ_TW_UP),
    TW("涨了", TJ_TW_UP),
    TW("收涨", TJ_TW_UP),
    /* falls */
    TW("下降", TJ_TW_DOWN),
    {"减少", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    {"降低", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    TW("回落", TJ_TW_DOWN),
    TW("下滑", TJ_TW_DOWN),
    TW("放缓", TJ_TW_DOWN), /* 增速放缓0.5个百分点 */
    TW("变缓", TJ_TW_DOWN),
    TW("趋缓", TJ_TW_DOWN),
    TW("减缓", TJ_TW_DOWN),
    TW("放慢", TJ_TW_DOWN),
    TW("加快", TJ_TW_UP),
    {"缩小", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    TW("减", TJ_TW_DOWN),
    TW("跌", TJ_TW_DOWN),
    TW("下跌", TJ_TW_DOWN),
    TW("收窄", TJ_TW_DOWN),
    TW("回调", TJ_TW_DOWN),
    TW("萎缩", TJ_TW_DOWN),
    TW("收缩", TJ_TW_DOWN),
    TW("降", TJ_TW_DOWN),
    TW("下调", TJ_TW_DOWN),
    TW("走低", TJ_TW_DOWN),
    TW("缩减", TJ_TW_DOWN),
    {"压减", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    {"压降", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0}, /* 融资平台退出213户、压降81.3% */
    {"压缩", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    {"削减", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    TW("下降了", TJ_TW_DOWN),
    TW("减少了", TJ_TW_DOWN),
    TW("降低了", TJ_TW_DOWN),
    TW("调贬", TJ_TW_DOWN),
    TW("贬值", TJ_TW_DOWN),
    TW("减产", TJ_TW_DOWN),
    TW("递减", TJ_TW_DOWN),
    {"缩短", TJ_TW_DOWN, TJ_TWF_OBJECT, 0, 0},
    TW("下行", TJ_TW_DOWN),
    TW("收跌", TJ_TW_DOWN),
    /* nouns that only look like the verbs */
    TW("增加值", TJ_TW_STOP),
    TW("占有率", TJ_TW_STOP), /* 替代品占有率达84%: a rate named, not 占 a share */
    TW("增长点", TJ_TW_STOP),
    TW("增量", TJ_TW_STOP),
    TW("净增", TJ_TW_UP),
    TW("净增加", TJ_TW_UP),
    TW("净减少", TJ_TW_DOWN),                     /* 土地面积分别净减少10.6万、3.8万平方公里 */
    {"分别新增", TJ_TW_LEVEL, TJ_TWF_EACH, 0, 0}, /* 新增 alone names (城镇新增就业) */
    TW("新增", TJ_TW_STOP),
    TW("增值税", TJ_TW_STOP),
    TW("减税", TJ_TW_STOP),
    TW("降费", TJ_TW_STOP),
    TW("减税降费", TJ_TW_STOP),
    TW("增加额", TJ_TW_STOP),
    TW("扩大内需", TJ_TW_STOP),
    TW("人均", TJ_TW_STOP),
    TW("预期性", TJ_TW_STOP), /* 13个预期性指标: a kind of indicator, no verb */
    TW("约束", TJ_TW_STOP),   /* 8个约束性指标: not 约 */
    TW("自然增长率", TJ_TW_STOP),
    TW("平均值", TJ_TW_STOP),
    TW("均值", TJ_TW_STOP),
    TW("均价", TJ_TW_STOP),
    TW("及以上", TJ_TW_STOP),
    /* rates of change named by a noun */
    TW("增速", TJ_TW_NOUN_UP),
    TW("增幅", TJ_TW_NOUN_UP),
    TW("涨幅", TJ_TW_NOUN_UP),
    TW("增长率", TJ_TW_NOUN_UP),
    TW("增长速度", TJ_TW_NOUN_UP),
    TW("增速为", TJ_TW_NOUN_UP),
    TW("增幅为", TJ_TW_NOUN_UP),
    TW("涨幅为", TJ_TW_NOUN_UP),
    TW("速度", TJ_TW_NOUN_UP),
    TW("速度是", TJ_TW_NOUN_UP),
    TW("降幅", TJ_TW_NOUN_DOWN),
    TW("跌幅", TJ_TW_NOUN_DOWN),
    TW("降幅为", TJ_TW_NOUN_DOWN),
    TW("降速", TJ_TW_NOUN_DOWN),
    /* levels */
    TW("为", TJ_TW_LEVEL),
    TW("是", TJ_TW_LEVEL),
    TW("达", TJ_TW_LEVEL),
    TW("达到", TJ_TW_LEVEL),
    TW("达到了", TJ_TW_LEVEL),
    TW("实现", TJ_TW_LEVEL),
    TW("完成", TJ_TW_LEVEL),
    TW("累计", TJ_TW_LEVEL),
    TW("共", TJ_TW_LEVEL),
    TW("共计", TJ_TW_LEVEL),
    TW("合计", TJ_TW_LEVEL),
    TW("总计", TJ_TW_LEVEL),
    TW("共有", TJ_TW_LEVEL),
    TW("有", TJ_TW_LEVEL),
    TW("计", TJ_TW_LEVEL),
    TW("在", TJ_TW_LEVEL),
    /* 在 before a noun's state: 2条在建国际海缆, 在校生, 在岗职工 (not 保持在) */
    TW("在建", TJ_TW_STOP),
    TW("在校", TJ_TW_STOP),
    TW("在岗", TJ_TW_STOP),
    TW("在册", TJ_TW_STOP),
    TW("在营", TJ_TW_STOP),
    TW("在园", TJ_TW_STOP),
    TW("在职", TJ_TW_STOP),
    TW("在读", TJ_TW_STOP),
    TW("保持在", TJ_TW_LEVEL),
    TW("稳定在", TJ_TW_LEVEL),
    TW("控制在", TJ_TW_LEVEL),
    TW("控制", TJ_TW_LEVEL),
    TW("维持在", TJ_TW_LEVEL),
    TW("高达", TJ_TW_LEVEL),
    TW("约为", TJ_TW_LEVEL),
    TW("报", TJ_TW_LEVEL),
    TW("收报", TJ_TW_LEVEL),
    TW("录得", TJ_TW_LEVEL),
    TW("实现了", TJ_TW_LEVEL),
    TW("完成了", TJ_TW_LEVEL),
    TW("达成", TJ_TW_LEVEL),
    TW("以", TJ_TW_LEVEL),
    TW("超", TJ_TW_LEVEL),
    TW("逾", TJ_TW_LEVEL),
    TW("有望", TJ_TW_LEVEL),
    TW("预计", TJ_TW_LEVEL),
    TW("可达", TJ_TW_LEVEL),
    TW("可", TJ_TW_LEVEL),
    {"将", TJ_TW_LEVEL, TJ_TWF_AUX, 0, 0},
    {"要", TJ_TW_LEVEL, TJ_TWF_AUX, 0, 0},
    TW("力争", TJ_TW_LEVEL),
    TW("确保", TJ_TW_LEVEL),
    TW("争取", TJ_TW_LEVEL),
    TW("了", TJ_TW_LEVEL),
    TW("约", TJ_TW_LEVEL),
    TW("就", TJ_TW_LEVEL),
    {"再", TJ_TW_LEVEL, TJ_TWF_AUX, 0, 0},
    {"又", TJ_TW_LEVEL, TJ_TWF_AUX, 0, 0},
    TW("并", TJ_TW_ADV),    /* 突破40万亿元并连续多年居世界首位: and, before the next verb */
    TW("并购", TJ_TW_STOP), /* (words that begin with it) */
    TW("并网", TJ_TW_STOP),
    TW("并联", TJ_TW_STOP),
    TW("并表", TJ_TW_STOP),
    TW("并行", TJ_TW_STOP),
    {"仅", TJ_TW_LEVEL, TJ_TWF_AUX, 0, 0},
    TW("只有", TJ_TW_LEVEL),
    {"只", TJ_TW_LEVEL, TJ_TWF_AUX, 0, 0},
    TW("总", TJ_TW_LEVEL),
    TW("共完成", TJ_TW_LEVEL),
    TW("调整为", TJ_TW_LEVEL), /* 标准分别调整为100平方米、110平方米 */
    TW("修正为", TJ_TW_LEVEL), /* 前值从升0.6%修正为升0.3%: a figure revised */
    TW("修正至", TJ_TW_LEVEL),
    TW("上修至", TJ_TW_LEVEL),
    TW("下修至", TJ_TW_LEVEL),
    TW("定为", TJ_TW_LEVEL), /* 调控目标定为8% */
    TW("定在", TJ_TW_LEVEL),
    TW("设定为", TJ_TW_LEVEL), /* not 设|定为 */
    TW("确定为", TJ_TW_LEVEL),
    TW("设定在", TJ_TW_LEVEL),
    TW("调整到", TJ_TW_LEVEL),
    TW("惠及", TJ_TW_LEVEL), /* 两项工程分别惠及3500万、2300万人次 */
    TW("折合", TJ_TW_LEVEL), /* 实际使用外资160.6亿美元、折合1148亿元人民币: the same value again */
    TW("累计完成", TJ_TW_LEVEL),
    TW("规模", TJ_TW_STOP),
    /* 提高到 X: a level */
    TW("到", TJ_TW_TO),
    TW("至", TJ_TW_TO),
    TW("成", TJ_TW_STOP),
    /* adverbs */
    {"分别", TJ_TW_ADV, TJ_TWF_EACH, 0, 0},
    {"均", TJ_TW_ADV, TJ_TWF_ALL, 0, 0},
    TW("各", TJ_TW_ADV),
    TW("都", TJ_TW_ADV),
    TW("也", TJ_TW_ADV),
    TW("已", TJ_TW_ADV),
    TW("已经", TJ_TW_ADV),
    TW("仍", TJ_TW_ADV),
    TW("还", TJ_TW_ADV),
    TW("继续", TJ_TW_ADV),
    TW("逐年", TJ_TW_ADV),
    TW("逐步", TJ_TW_ADV),
    TW("连年", TJ_TW_ADV),
    TW("仍然", TJ_TW_ADV),
    TW("不断", TJ_TW_ADV),
    TW("持续", TJ_TW_ADV),
    {"连续", TJ_TW_ADV, TJ_TWF_STREAK, 0, 0},
    TW("平均为", TJ_TW_LEVEL), /* not 均为 (城镇调查失业率平均为5.2%) */
    TW("平均达", TJ_TW_LEVEL),
    TW("平均达到", TJ_TW_LEVEL),
    {"迈上", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"跨上", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"站上", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"跃上", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"登上", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"跨过", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"跨越", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"连跨", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"跨入", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"迈入", TJ_TW_LEVEL, TJ_TWF_STEP, 0, 0},
    {"分别为", TJ_TW_LEVEL, TJ_TWF_EACH, 0, 0},
    {"分别达", TJ_TW_LEVEL, TJ_TWF_EACH, 0, 0},
    {"分别达到", TJ_TW_LEVEL, TJ_TWF_EACH, 0, 0},
    {"均为", TJ_TW_LEVEL, TJ_TWF_ALL, 0, 0},
    {"均达到", TJ_TW_LEVEL, TJ_TWF_ALL, 0, 0},
    TW("实际", TJ_TW_ADV),
    TW("首次", TJ_TW_ADV),
    TW("要求", TJ_TW_ADV), /* 六五计划期间要求每年递增…: required */
    TW("都是", TJ_TW_ADV), /* 都是平均每年递增百分之四 */
    TW("计划", TJ_TW_ADV), /* 粮食产量计划达到…: planned */
    TW("年计划", TJ_TW_STOP),
    TW("投资计划", TJ_TW_STOP),
    TW("安排", TJ_TW_LEVEL),
    TW("拟", TJ_TW_ADV),
    TW("名义", TJ_TW_ADV),
    TW("大幅", TJ_TW_ADV),
    TW("较快", TJ_TW_ADV),
    TW("稳步", TJ_TW_ADV),
    TW("快速", TJ_TW_ADV),
    TW("平均", TJ_TW_ADV),
    TW("平均每年", TJ_TW_ADV),
    TW("每年", TJ_TW_ADV),
    TW("每月", TJ_TW_ADV), /* what the value is per (标准从每人每月2375元提高到…): no part of the subject */
    TW("每人每月", TJ_TW_ADV),
    TW("每人每年", TJ_TW_ADV),
    TW("人均每月", TJ_TW_ADV),
    TW("人均每年", TJ_TW_ADV),
    TW("月人均", TJ_TW_ADV), /* …工资再次提高，月人均分别提高221元、90元 */
    TW("年人均", TJ_TW_ADV),
    TW("人均月", TJ_TW_ADV), /* 生活补贴人均月增200元 */
    TW("人均年", TJ_TW_ADV),
    TW("每天", TJ_TW_ADV), /* 各类市场主体每天新增4.5万户 */
    TW("平均每天", TJ_TW_ADV),
    TW("每日", TJ_TW_ADV),
    TW("每人", TJ_TW_ADV),
    TW("每升", TJ_TW_ADV), /* 92号汽油每升下调0.24元 (每股 is none: 每股收益 is a name) */
    TW("每吨", TJ_TW_ADV),
    TW("每公斤", TJ_TW_ADV),
    TW("每千克", TJ_TW_ADV),
    TW("每斤", TJ_TW_ADV),
    TW("每桶", TJ_TW_ADV),
    TW("每平方米", TJ_TW_ADV),
    {"分别比", TJ_TW_ADV, TJ_TWF_EACH, 0, 0},
    {"由", TJ_TW_ADV, TJ_TWF_FROM, 0, 0},
    {"从", TJ_TW_ADV, TJ_TWF_FROM, 0, 0},
    TW("按", TJ_TW_ADV),
    TW("大约", TJ_TW_ADV),
    TW("全部", TJ_TW_ADV), /* 民生实事全部完成 */
    TW("再次", TJ_TW_ADV),
    TW("全面", TJ_TW_ADV),
    TW("圆满", TJ_TW_ADV),
    TW("基本", TJ_TW_ADV),
    TW("如期", TJ_TW_ADV),
    TW("顺利", TJ_TW_ADV),
    TW("预期", TJ_TW_LEVEL),
    /* a consensus estimate (美国7月CPI同比升2.9%，预估升3%), as 预期; the
     * first release of the same period's value */
    TW("预估", TJ_TW_LEVEL),
    TW("初值", TJ_TW_LEVEL),
    TW("终值", TJ_TW_LEVEL), /* the final release: 6月终值升2.2% */
    TW("修正值", TJ_TW_LEVEL),
    {"前值", TJ_TW_LEVEL, TJ_TWF_PRIOR, 0, 0},
    /* shares */
    TW("占比", TJ_TW_SHARE),
    TW("比重", TJ_TW_SHARE),
    TW("所占比例", TJ_TW_SHARE),
    TW("所占比重", TJ_TW_SHARE),
    TW("份额", TJ_TW_SHARE),
    {"占", TJ_TW_SHARE, TJ_TWF_OWNER, 0, 0},
    TW("占比为", TJ_TW_SHARE),
    TW("比重为", TJ_TW_SHARE),
    TW("比重达", TJ_TW_SHARE),
    TW("比重达到", TJ_TW_SHARE),
    TW("占比达", TJ_TW_SHARE),
    TW("占比达到", TJ_TW_SHARE),
    /* ranks */
    TW("居", TJ_TW_RANK),
    TW("居民", TJ_TW_STOP), /* 近4万居民: a noun, not 居 */
    TW("认可", TJ_TW_STOP), /* 获国家层面认可: not 可 */
    TW("许可", TJ_TW_STOP),
    TW("位居", TJ_TW_RANK),
    TW("位列", TJ_TW_RANK),
    TW("排名", TJ_TW_RANK),
    TW("排", TJ_TW_RANK),
    TW("居于", TJ_TW_RANK),
    TW("排在", TJ_TW_RANK),
    TW("稳居", TJ_TW_RANK),
    TW("跃居", TJ_TW_RANK),
    TW("列", TJ_TW_RANK),
    TW("蝉联", TJ_TW_RANK),
    TW("问鼎", TJ_TW_RANK),
    TW("登顶", TJ_TW_RANK),
    TW("夺得", TJ_TW_RANK),
    TW("位于", TJ_TW_RANK),
    TW("名列", TJ_TW_RANK),
    TW("跻身", TJ_TW_RANK),
    TW("挤进", TJ_TW_RANK),
    TW("迈进", TJ_TW_RANK),
    TW("保持", TJ_TW_RANK),
    TW("稳坐", TJ_TW_RANK),
    TW("排名第", TJ_TW_RANK),
    TW("居前", TJ_TW_STOP),
    /* differences */
    TW("高于", TJ_TW_DIFF_UP),
    TW("快于", TJ_TW_DIFF_UP),
    TW("高出", TJ_TW_DIFF_UP),
    TW("多于", TJ_TW_DIFF_UP),
    TW("超出", TJ_TW_DIFF_UP),
    TW("好于", TJ_TW_DIFF_UP),
    TW("低于", TJ_TW_DIFF_DOWN),
    TW("慢于", TJ_TW_DIFF_DOWN),
    TW("低出", TJ_TW_DIFF_DOWN),
    TW("少于", TJ_TW_DIFF_DOWN),
    TW("的", TJ_TW_DE),
};

/* Words that open a clause but are not part of its subject (拟安排|财政赤字1.2万亿元).
 * tag: TJ_LW_*. */
static const tj_word LEAD_WORDS[] = {
    TW("其中", 0),
    TW("其中：", 0),
    TW("其中:", 0),
    TW("其次", 0),
    TW("同时", 0),
    TW("此外", 0),
    TW("另外", 0),
    TW("而", 0),
    TW("并", 0),
    TW("且", 0),
    TW("以及", 0),
    TW("也", 0),
    TW("还", 0),
    TW("并且", 0),
    TW("共", 0),
    TW("累计", 0),
    TW("完成", 0),
    TW("实现", 0),
    TW("达到", 0),
    TW("已", 0),
    TW("已经", 0),
    TW("拉动", 0),
    TW("带动", 0),
    TW("全部", 0),
    TW("总共", 0),
    TW("一共", 0),
    TW("合计", 0),
    TW("共计", 0),
    TW("年内", 0),
    TW("再", 0),
    TW("又", 0),
    TW("和", 0),
    TW("及", 0),
    TW("与", 0),
    TW("、", 0),
    TW("对", 0),
    TW("另", 0),
    TW("则", 0),
    TW("即", 0),
    TW("预计", 0),
    TW("力争", 0),
    TW("确保", 0),
    TW("计划", 0),
    TW("将", 0),
    {"要", TJ_LW_LEAD, TJ_LWF_POINT, 0, 0}, /* 一要新建学校10所 */
    TW("争取", 0),
    TW("有望", 0),
    TW("数据显示", 0),
    TW("统计显示", 0),
    TW("初步统计", 0),
    TW("据统计", 0),
    TW("经初步核算", 0),
    TW("把", 0),
    TW("使", 0),
    TW("让", 0),
    TW("为", 0),
    TW("给", 0),
    TW("尤其是", 0),
    TW("特别是", 0),
    TW("其中，", 0),
    TW("其中,", 0),
    TW("共有", 0),
    TW("拥有", 0),
    TW("现有", 0),
    TW("建成", 0),
    TW("拟安排", 0),
    TW("拟发行", 0),
    TW("此前", 0),
    TW("先后", 0),
    TW("包括", 0), /* 包括13个预期性指标 */
    TW("提出", 0), /* 提出国内生产总值增长8%左右 */
    TW("转为", 0), /* 由上年下降2.3%转为增长8.5% */
    TW("但", 0),
    TW("但是", 0),
    TW("只要", 0), /* 只要在2025年底前通胀收缩至2%: a condition's conjunction */
    TW("如果", 0),
    TW("假如", 0),
    TW("倘若", 0),
    TW("一旦", 0),
    TW("即使", 0),
    TW("虽然", 0),
    TW("尽管", 0),
    TW("是", TJ_LW_POINT), /* 三是改造老旧小区100个 */
    /* look-alikes: words that begin like a lead word and are none */
    TW("再就业", TJ_LW_WORD),
    TW("要求", TJ_LW_WORD),
    TW("有", 0),            /* 年末全州有大中型拖拉机3.2万台: there are */
    TW("有色", TJ_LW_WORD), /* (有色金属, 有线电视, 有效专利…: words) */
    TW("有线", TJ_LW_WORD),
    TW("有效", TJ_LW_WORD),
    TW("有机", TJ_LW_WORD),
    TW("有限", TJ_LW_WORD),
    TW("有关", TJ_LW_WORD),
    TW("有序", TJ_LW_WORD),
    TW("有力", TJ_LW_WORD),
    TW("有意", TJ_LW_WORD),
    TW("有害", TJ_LW_WORD),
    TW("有偿", TJ_LW_WORD),
    TW("有形", TJ_LW_WORD),
    TW("有益", TJ_LW_WORD),
    TW("有利", TJ_LW_WORD),
    TW("有所", TJ_LW_WORD),
    TW("有的", TJ_LW_WORD),
    TW("有些", TJ_LW_WORD),
    TW("有望", TJ_LW_WORD),
    TW("有待", TJ_LW_WORD),
    TW("并网", TJ_LW_WORD), /* (并网发电装机容量, 并购: words, not the lead word 并) */
    TW("并购", TJ_LW_WORD),
    TW("并联", TJ_LW_WORD),
    TW("并表", TJ_LW_WORD),
    TW("共建", TJ_LW_WORD), /* 对共建“一带一路”国家进出口 */
    TW("共建成", 0),        /* (but 全年共建成房屋: in all, built) */
    TW("共建设", 0),
    TW("共享", TJ_LW_WORD),
    TW("共同", TJ_LW_WORD),
};

/* Area and population words written before a subject.  tag: TJ_SCOPE_*:
 * the document's own area, or the country. */
static const tj_word SCOPE_WORDS[] = {
    TW("全市", TJ_SCOPE_WHOLE),     TW("全省", TJ_SCOPE_WHOLE),   TW("全区", TJ_SCOPE_WHOLE),
    TW("全县", TJ_SCOPE_WHOLE),     TW("全州", TJ_SCOPE_WHOLE),   TW("全盟", TJ_SCOPE_WHOLE),
    TW("全旗", TJ_SCOPE_WHOLE),     TW("全镇", TJ_SCOPE_WHOLE),   TW("全乡", TJ_SCOPE_WHOLE),
    TW("我市", TJ_SCOPE_WHOLE),     TW("我省", TJ_SCOPE_WHOLE),   TW("我区", TJ_SCOPE_WHOLE),
    TW("我县", TJ_SCOPE_WHOLE),     TW("我州", TJ_SCOPE_WHOLE),   TW("本市", TJ_SCOPE_WHOLE),
    TW("本省", TJ_SCOPE_WHOLE),     TW("本区", TJ_SCOPE_WHOLE),   TW("全自治区", TJ_SCOPE_WHOLE),
    TW("全疆", TJ_SCOPE_WHOLE),     TW("全区域", TJ_SCOPE_WHOLE), TW("全国", TJ_SCOPE_COUNTRY),
    TW("我国", TJ_SCOPE_COUNTRY),
};

/* What a value can be about that is no administrative division: a zone, a
 * company, an economic region.  Named as the owner or actor of what is
 * measured (成都高新区投资, 北京证券交易所上市公司, 通往东北的运煤能力), it
 * leaves the row without a region.  tag: TJ_NOT_DIVISION_* */
static const tj_word NOT_DIVISIONS[] = {
    TW("园区", TJ_ND_ANYWHERE),
    TW("产业园", TJ_ND_ANYWHERE),
    TW("科技园", TJ_ND_ANYWHERE),
    TW("工业园", TJ_ND_ANYWHERE),
    TW("物流园", TJ_ND_ANYWHERE),
    TW("创新公园", TJ_ND_ANYWHERE),
    TW("新区", TJ_ND_ANYWHERE),
    TW("高新区", TJ_ND_ANYWHERE),
    TW("开发区", TJ_ND_ANYWHERE),
    TW("经开区", TJ_ND_ANYWHERE),
    TW("示范区", TJ_ND_ANYWHERE),
    TW("试验区", TJ_ND_ANYWHERE),
    TW("自贸区", TJ_ND_ANYWHERE),
    TW("片区", TJ_ND_ANYWHERE),
    TW("自贸片区", TJ_ND_ANYWHERE),
    TW("综保区", TJ_ND_ANYWHERE),
    TW("保税区", TJ_ND_ANYWHERE),
    TW("合作区", TJ_ND_ANYWHERE),
    TW("集团", TJ_ND_ANYWHERE),
    TW("交易所", TJ_ND_ANYWHERE),
    TW("东北", TJ_ND_ANYWHERE),
    TW("长三角", TJ_ND_ANYWHERE),
    TW("珠三角", TJ_ND_ANYWHERE),
    TW("京津冀", TJ_ND_ANYWHERE),
    TW("大湾区", TJ_ND_ANYWHERE),
    TW("港", TJ_ND_AFTER_PLACE),
    TW("机场", TJ_ND_AFTER_PLACE),
    /* foreign countries and economies (the news' world briefs: 美国7月CPI, 欧元区GDP) */
    TW("美国", TJ_ND_FOREIGN),
    TW("英国", TJ_ND_FOREIGN),
    TW("日本", TJ_ND_FOREIGN),
    TW("德国", TJ_ND_FOREIGN),
    TW("法国", TJ_ND_FOREIGN),
    TW("意大利", TJ_ND_FOREIGN),
    TW("西班牙", TJ_ND_FOREIGN),
    TW("加拿大", TJ_ND_FOREIGN),
    TW("澳大利亚", TJ_ND_FOREIGN),
    TW("澳洲", TJ_ND_FOREIGN),
    TW("新西兰", TJ_ND_FOREIGN),
    TW("韩国", TJ_ND_FOREIGN),
    TW("印度", TJ_ND_FOREIGN),
    TW("俄罗斯", TJ_ND_FOREIGN),
    TW("巴西", TJ_ND_FOREIGN),
    TW("瑞士", TJ_ND_FOREIGN),
    TW("新加坡", TJ_ND_FOREIGN),
    TW("欧元区", TJ_ND_FOREIGN),
    TW("欧盟", TJ_ND_FOREIGN),
    TW("墨西哥", TJ_ND_FOREIGN),
    TW("土耳其", TJ_ND_FOREIGN),
};

/* Marks between the two numbers of a range (5%—6%, 3至5个, 百分之四到五,
 * 2018―2022年, 1月至10月: quantities and periods read them).
 * tag: TJ_RM_DASH, never with blanks around it (a table's columns: 1.5   -2.3),
 * or TJ_RM_WORD, with or without (news writes numbers apart: 增长 10% 至 12%). */
static const tj_word RANGE_MARKS[] = {
    TW("——", TJ_RM_DASH), TW("—", TJ_RM_DASH),  TW("–", TJ_RM_DASH),  TW("-", TJ_RM_DASH),
    TW("~", TJ_RM_DASH),  TW("～", TJ_RM_DASH), TW("〜", TJ_RM_DASH), TW("－", TJ_RM_DASH),
    TW("――", TJ_RM_DASH), TW("―", TJ_RM_DASH),  TW("至", TJ_RM_WORD), TW("到", TJ_RM_WORD),
};

/* Words that end in 负 (a burden), which before a number is then no minus
 * sign: 降低企业税负5700多亿元, 为企业减负500亿元. */
static const tj_word SIGN_WORDS[] = {
    TW("税负", 0), TW("减负", 0), TW("担负", 0), TW("胜负", 0), TW("抱负", 0), TW("辜负", 0),
};

/* Marks between a count of like units and the size of each (2×66万千瓦发电
 * 项目: two units of 660 MW); the count alone is no value. */
static const tj_word TIMES_MARKS[] = {
    TW("×", 0),
    TW("✕", 0),
};

/* Words that join two places into the name of a route (济南至宁津高速,
 * 日照至五莲铁路): neither place is what a value is about.  tag 1; 0 marks a
 * word that only begins like one (青岛至今). */
static const tj_word ROUTE_JOINERS[] = {
    TW("至", 1),   TW("到", 1),   TW("—", 1),    TW("至今", 0), TW("至此", 0),
    TW("至少", 0), TW("到期", 0), TW("到位", 0), TW("到达", 0),
};

/* Flows with a partner: a foreign name before one of these (欧盟进出口总额,
 * 对美国出口) is the partner of the document's own trade, not the economy
 * measured. */
static const tj_word PARTNER_FLOWS[] = {
    TW("进出口", 0), TW("出口", 0), TW("进口", 0), TW("贸易", 0), TW("投资", 0),
};

/* The stage a project has reached, written after its name (投资3.3亿元的
 * 机场快速路建成通车, 投资5900万元的亮化照明工程全部完工): the name is what an
 * amount of investment before it is about.  tag: TJ_ST_*. */
static const tj_word STAGE_WORDS[] = {
    TW("建成", TJ_ST_VERB),     TW("通车", TJ_ST_VERB),     TW("投产", TJ_ST_VERB),     TW("投用", TJ_ST_VERB),
    TW("投入使用", TJ_ST_VERB), TW("投入运营", TJ_ST_VERB), TW("建成运营", TJ_ST_VERB), TW("竣工", TJ_ST_VERB),
    TW("完工", TJ_ST_VERB),     TW("落地", TJ_ST_VERB),     TW("贯通", TJ_ST_VERB),     TW("开工", TJ_ST_VERB),
    TW("新开工", TJ_ST_VERB),   TW("开业", TJ_ST_VERB),     TW("启用", TJ_ST_VERB),     TW("交付使用", TJ_ST_VERB),
    TW("完成", TJ_ST_VERB),     TW("进展顺利", TJ_ST_VERB), TW("顺利推进", TJ_ST_VERB), TW("加快推进", TJ_ST_VERB),
    TW("开工建设", TJ_ST_VERB), TW("全部", TJ_ST_ADVERB),   TW("全面", TJ_ST_ADVERB),   TW("整体", TJ_ST_ADVERB),
    TW("基本", TJ_ST_ADVERB),   TW("如期", TJ_ST_ADVERB),   TW("年内", TJ_ST_ADVERB),   TW("当年", TJ_ST_ADVERB),
    TW("成功", TJ_ST_ADVERB),   TW("全线", TJ_ST_ADVERB),   TW("主体", TJ_ST_ADVERB),   TW("正式", TJ_ST_ADVERB),
    TW("顺利", TJ_ST_ADVERB),   TW("已", TJ_ST_ADVERB),     TW("已经", TJ_ST_ADVERB),   TW("相继", TJ_ST_ADVERB),
    TW("陆续", TJ_ST_ADVERB),   TW("加快", TJ_ST_ADVERB),   TW("扎实", TJ_ST_ADVERB),   TW("按期", TJ_ST_ADVERB),
};

/* Verbs that may open a subject but not the name of what it measures:
 * 实施棚户区改造 is the concept 棚户区改造.  (LEAD_WORDS are tried too.) */
static const tj_word CONCEPT_LEADS[] = {
    TW("实施", 0), TW("开展", 0), TW("推进", 0), TW("全年", 0), TW("年末", 0), TW("的", 0),
};

/* Heads of measure a list of subjects shares (蔬菜及食用菌、中草药材、园林水果
 * 产量分别增长…): attached to each part that lacks it. */
static const tj_word LIST_HEADS[] = {
    TW("产量", 0),
    TW("产值", 0),
    TW("增加值", 0),
    TW("零售额", 0),
    TW("销售额", 0),
    TW("营业收入", 0),
    TW("播种面积", 0),
    TW("投资", 0),
    /* trade: 对东盟、共建“一带一路”国家进出口总额 */
    TW("进出口总额", 0),
    TW("进出口额", 0),
    TW("进出口", 0),
    TW("出口额", 0),
    TW("进口额", 0),
    TW("出口", 0),
    TW("进口", 0),
    TW("贸易额", 0),
};

/* Wholes named by the number of their members (三次产业), for a list of as
 * many values (…分别为a、b、c).  arg: how many; norm: the members, |-separated. */
static const tj_word ENUMERATIONS[] = {
    {"三次产业", 0, 3, "第一产业|第二产业|第三产业", 0},
    {"一二三产业", 0, 3, "第一产业|第二产业|第三产业", 0},
    {"一二三产", 0, 3, "第一产业|第二产业|第三产业", 0},
    {"城乡居民", 0, 2, "城镇居民|农村居民", 0}, /* 城乡居民人均可支配收入分别增长4.4%、5.8% */
    {"城乡常住居民", 0, 2, "城镇常住居民|农村常住居民", 0},
    {"城乡低保", 0, 2, "城市低保|农村低保", 0}, /* 城乡低保标准分别提高9.97%和14.1% */
};

/* Nouns of a rate of something (湖北省GDP增速 is a row of GDP, a change or a
 * rank of its growth): left out of the key a concept is looked up by.  tag:
 * the kind of value they name (TJ_K_*). */
static const tj_word RATE_NOUNS[] = {
    TW("增速", TJ_K_CHANGE),     TW("增幅", TJ_K_CHANGE),    TW("增长率", TJ_K_CHANGE),
    TW("增长速度", TJ_K_CHANGE), TW("涨幅", TJ_K_CHANGE),    TW("占比", TJ_K_SHARE),
    TW("比重", TJ_K_SHARE),      TW("所占比重", TJ_K_SHARE), TW("速度", TJ_K_CHANGE),
};

/* Heads that point back to what the sentence measured before.  tag: the
 * kind of value they name (TJ_K_*), 0 for any. */
static const tj_word VAGUE_HEADS[] = {
    TW("总量", 0),
    TW("数量", 0),
    TW("规模", 0),
    TW("比例", TJ_K_SHARE),
    TW("这个比例", TJ_K_SHARE),
    TW("这一比例", TJ_K_SHARE),
    TW("这一数据", 0),
    TW("这一数字", 0),
    TW("总数", 0),
    TW("其", 0),
    TW("增速", TJ_K_CHANGE),
    TW("增幅", TJ_K_CHANGE),
    TW("占比", TJ_K_SHARE),
    TW("比重", TJ_K_SHARE),
    TW("金额", 0),
    TW("总额", 0),
    TW("该数据", 0),
    TW("这些", 0),
    TW("增量", 0),
};

/* Words that make a value a goal or a forecast.  tag: TJ_SC_*. */
static const tj_word STATUS_CUES[] = {
    /* openers of a list of goals: the rest of the sentence and of its paragraph */
    TW("目标是", TJ_SC_GOALS),
    TW("目标为", TJ_SC_GOALS),
    TW("目标：", TJ_SC_GOALS),
    TW("目标:", TJ_SC_GOALS),
    TW("目标是：", TJ_SC_GOALS),
    TW("目标如下", TJ_SC_GOALS),
    TW("目标确定为", TJ_SC_GOALS),
    TW("目标设定为", TJ_SC_GOALS),
    TW("预期目标是", TJ_SC_GOALS),
    TW("预期目标为", TJ_SC_GOALS),
    TW("预期目标：", TJ_SC_GOALS),
    TW("预期目标:", TJ_SC_GOALS),
    /* goals and forecasts up to the next ； */
    TW("力争", TJ_SC_TARGET),
    TW("确保", TJ_SC_TARGET),
    TW("计划", TJ_SC_TARGET),
    TW("预期目标", TJ_SC_TARGET),
    TW("要", TJ_SC_TARGET),
    {"将", TJ_SC_TARGET, TJ_SCF_WEAK, 0, 0},
    {"安排", TJ_SC_TARGET, TJ_SCF_WEAK, 0, 0},
    TW("目标", TJ_SC_TARGET),
    TW("拟", TJ_SC_TARGET),
    TW("今年要", TJ_SC_TARGET),
    TW("今年计划", TJ_SC_TARGET),
    TW("明年要", TJ_SC_TARGET),
    {"预计", TJ_SC_FORECAST, TJ_SCF_SAYS, 0, 0},
    {"预测", TJ_SC_FORECAST, TJ_SCF_SAYS, 0, 0},
    TW("有望", TJ_SC_FORECAST),
    TW("可望", TJ_SC_FORECAST),
    TW("可实现", TJ_SC_FORECAST),
    TW("可提供", TJ_SC_FORECAST),
    TW("预期", TJ_SC_FORECAST),
    {"预估", TJ_SC_FORECAST, TJ_SCF_SAYS, 0, 0},
    /* what has happened */
    TW("已", TJ_SC_DONE),
    TW("已经", TJ_SC_DONE),
    TW("截至", TJ_SC_DONE),
    TW("截止", TJ_SC_DONE),
    TW("前值", TJ_SC_DONE),
    TW("初值", TJ_SC_DONE),
    TW("终值", TJ_SC_DONE),
    TW("修正值", TJ_SC_DONE),
    /* look-alikes that state facts */
    TW("稳预期", TJ_SC_ACTUAL), /* 预期 is a forecast only as a verb of expectation */
    TW("好于预期", TJ_SC_ACTUAL),
    TW("超预期", TJ_SC_ACTUAL),
    TW("超出预期", TJ_SC_ACTUAL),
    TW("低于预期", TJ_SC_ACTUAL),
    TW("不及预期", TJ_SC_ACTUAL),
    TW("符合预期", TJ_SC_ACTUAL),
    TW("需要", TJ_SC_ACTUAL),
    TW("重要", TJ_SC_ACTUAL),
    TW("主要", TJ_SC_ACTUAL),
    TW("要求", TJ_SC_ACTUAL),
    TW("将近", TJ_SC_ACTUAL),
    TW("即将", TJ_SC_ACTUAL),
    TW("计划单列", TJ_SC_ACTUAL),
    TW("计划生育", TJ_SC_ACTUAL), /* 医疗卫生与计划生育: a field of spending */
    TW("规划建设", TJ_SC_ACTUAL),
    TW("要素", TJ_SC_ACTUAL),
    TW("纲要", TJ_SC_ACTUAL),
    TW("摘要", TJ_SC_ACTUAL),
    TW("纪要", TJ_SC_ACTUAL),
    TW("要点", TJ_SC_ACTUAL),
    TW("只要", TJ_SC_ACTUAL),
    TW("必要", TJ_SC_ACTUAL),
    TW("首要", TJ_SC_ACTUAL),
    TW("紧要", TJ_SC_ACTUAL),
    TW("将军", TJ_SC_ACTUAL),
    TW("安排部署", TJ_SC_ACTUAL),
    TW("计划经济", TJ_SC_ACTUAL),
    TW("虚拟", TJ_SC_ACTUAL),
    TW("模拟", TJ_SC_ACTUAL),
    TW("比拟", TJ_SC_ACTUAL),
    TW("拟人", TJ_SC_ACTUAL),
    TW("已知", TJ_SC_ACTUAL),
    TW("而已", TJ_SC_ACTUAL),
    TW("要闻", TJ_SC_ACTUAL),
    TW("政要", TJ_SC_ACTUAL),
    TW("目标群体", TJ_SC_ACTUAL),
    TW("预期寿命", TJ_SC_ACTUAL),
    TW("预期性", TJ_SC_ACTUAL), /* 预期性指标: a kind of indicator */
    TW("人均预期寿命", TJ_SC_ACTUAL),
    TW("超预期", TJ_SC_ACTUAL),
    TW("预期管理", TJ_SC_ACTUAL),
    TW("将其", TJ_SC_ACTUAL),
    TW("目标任务", TJ_SC_ACTUAL),
    TW("完成年度目标", TJ_SC_ACTUAL),
    TW("完成目标", TJ_SC_ACTUAL),
    TW("计划总投资", TJ_SC_ACTUAL),
    TW("计划的", TJ_SC_ACTUAL),
    TW("年计划", TJ_SC_ACTUAL),
    TW("计划进度", TJ_SC_ACTUAL),
    TW("投资计划", TJ_SC_ACTUAL),
};

/* Words that make a cue of a goal right after them a noun: 三年行动计划深入实施
 * names a plan, it sets no goal (the cue 计划 is read, then these before it). */
static const tj_word CUE_NOUN_BEFORE[] = {
    TW("行动", 0), TW("工作", 0), TW("发展", 0), TW("实施", 0), TW("五年", 0), TW("建设", 0),
};

/* Words of a heading that say what its section states: plans, every value
 * in it a goal (三、2026年工作安排, 三、2021年重点工作), or a review of what
 * happened (一、2009年工作回顾), where a weak cue (安排 将) is no goal.  The
 * nearest heading that says either holds.  tag: TJ_PT_*. */
static const tj_word PLAN_TITLES[] = {
    TW("工作安排", TJ_PT_PLAN),   TW("重点工作", TJ_PT_PLAN),     TW("主要任务", TJ_PT_PLAN),
    TW("工作部署", TJ_PT_PLAN),   TW("主要预期目标", TJ_PT_PLAN), TW("预期目标", TJ_PT_PLAN),
    TW("总体要求", TJ_PT_PLAN),   TW("工作建议", TJ_PT_PLAN),     TW("重点任务", TJ_PT_PLAN),
    TW("工作任务", TJ_PT_PLAN),   TW("发展目标", TJ_PT_PLAN),     TW("主要目标", TJ_PT_PLAN),
    TW("工作回顾", TJ_PT_REVIEW), TW("回顾", TJ_PT_REVIEW),       TW("过去一年", TJ_PT_REVIEW),
    TW("过去五年", TJ_PT_REVIEW), TW("总体部署", TJ_PT_PLAN),     TW("工作的建议", TJ_PT_PLAN),
};

/* Heads that say nothing alone: 完成投资X → whose investment?  A value with
 * only one of these before it takes the sentence's topic; norm: the word
 * that topic ends with, when the head belongs to one kind of thing (参保人数:
 * an insurance scheme, …保险). */
/* Words that point back to an earlier subject: 该项支出, 这方面的投资.  tag 1;
 * 0 marks a word that only begins like one (该项目). */
static const tj_word DEMONSTRATIVES[] = {
    TW("该项", 1),   TW("此项", 1),   TW("这项", 1),   TW("这方面的", 1), TW("这方面", 1),
    TW("这部分", 1), TW("该部分", 1), TW("这一块", 1), TW("此类", 1),     TW("该项目", 0),
    TW("此项目", 0), TW("这项目", 0),
};

static const tj_word BARE_HEADS[] = {
    TW("投资", 0),
    {"参保人数", 0, 0, "保险", 0},
    {"参保人员", 0, 0, "保险", 0},
    TW("资金", 0),
    TW("收入", 0),
    TW("产值", 0),
    TW("营收", 0),
    TW("利润", 0),
    TW("净利", 0),
    TW("增加值", 0),
    TW("规模", 0),
    TW("成交额", 0),
    TW("销售额", 0),
    TW("总额", 0),
    TW("余额", 0),
    TW("金额", 0),
    TW("产量", 0),
    TW("面积", 0),
    TW("人数", 0),
    TW("支出", 0),
    TW("税收", 0),
    TW("总投资", 0),
    TW("总产值", 0),
    TW("营业收入", 0),
    TW("总市值", 0),
    TW("市值", 0),
    TW("募集规模", 0),
    TW("完成投资", 0),
    TW("完成", 0),
    /* verbs whose object the sentence named before: 配租1528套 (公租房) */
    TW("配租", 0),
    TW("配售", 0),
    TW("开工", 0),
    TW("新开工", 0),
    TW("到位", 0), /* 外商直接投资保持增长势头，实际到位400多亿美元 */
    TW("实际到位", 0),
    TW("竣工", 0),
    TW("完工", 0),
    TW("建成", 0),
    TW("开通", 0),
    TW("交付", 0),
    TW("签约", 0),
    TW("落地", 0),
    TW("投产", 0),
    TW("新建", 0),
    TW("改造", 0),
    TW("续建", 0),
    /* what a school has, named after it: 普通高中83所，招生5.3万人，在校生15.6万人 */
    TW("招生", 0),
    TW("在校生", 0),
    TW("毕业生", 0),
    TW("专任教师", 0),
    TW("教职工", 0),
    TW("在校学生", 0),
    TW("在园幼儿", 0),
    TW("招生数", 0),
    TW("在校生数", 0),
    TW("在校学生数", 0),
    TW("毕业生数", 0),
    TW("研究生", 0),
    TW("本专科学生", 0),
    TW("本科生", 0),
    TW("专科生", 0),
    TW("博士研究生", 0),
    TW("硕士研究生", 0),
    TW("播种面积", 0), /* 粮食播种面积…，产量…: 粮食 is the topic */
    TW("种植面积", 0),
};

/* Ranks written without a numeral (the value is 1). */
static const tj_word RANK_WORDS[] = {
    TW("首位", 1),
    TW("榜首", 1),
    TW("冠军", 1),
    TW("第一位", 1),
};

/* Conventions that tell two values apart (basis).  tag: TJ_BW_*. */
#define BW_ADVERB(w, t)                                                                                                \
    { w, t, TJ_BWF_ADVERB, 0, 0 }
static const tj_word BASIS_WORDS[] = {
    BW_ADVERB("同比", TJ_BW_CONVENTION),
    BW_ADVERB("环比", TJ_BW_CONVENTION),
    BW_ADVERB("同口径", TJ_BW_CONVENTION), /* 一般公共预算收入同口径增长5.5%: on a like-for-like basis */
    BW_ADVERB("年均", TJ_BW_AVERAGE),
    BW_ADVERB("两年平均", TJ_BW_AVERAGE),
    BW_ADVERB("三年平均", TJ_BW_AVERAGE),
    BW_ADVERB("四年平均", TJ_BW_AVERAGE),
    BW_ADVERB("五年平均", TJ_BW_AVERAGE),
    /* 两年分别平均增长16.7%、20.0%: the basis (norm) with 分别 inside it */
    {"两年分别平均", TJ_BW_AVERAGE, TJ_BWF_ADVERB | TJ_BWF_EACH, "两年平均", 0},
    {"三年分别平均", TJ_BW_AVERAGE, TJ_BWF_ADVERB | TJ_BWF_EACH, "三年平均", 0},
    TW("按可比价格计算", TJ_BW_CONVENTION),
    TW("按自然口径计算", TJ_BW_CONVENTION),
    TW("按可比口径计算", TJ_BW_CONVENTION),
    TW("按同口径计算", TJ_BW_CONVENTION),
    TW("按现价计算", TJ_BW_CONVENTION),
    TW("按常住人口计算", TJ_BW_CONVENTION),
    TW("按户籍人口计算", TJ_BW_CONVENTION),
    TW("按美元计价", TJ_BW_CONVENTION),
    TW("以美元计价", TJ_BW_CONVENTION),
    TW("以人民币计价", TJ_BW_CONVENTION),
    TW("按人民币计价", TJ_BW_CONVENTION),
};

/* Words that open or close a phrase of convention (扣除留抵退税因素后,
 * 按可比价格计算), after a time a comparison (与2021年底相比), or a setting
 * that is no subject (在执行中).  tag: TJ_BF_*. */
static const tj_word BASIS_FRAMES[] = {
    TW("扣除", TJ_BF_OPEN),         TW("剔除", TJ_BF_OPEN),
    TW("按", TJ_BF_OPEN),           TW("以", TJ_BF_OPEN),
    TW("若按", TJ_BF_OPEN),         TW("如按", TJ_BF_OPEN),
    TW("考虑", TJ_BF_OPEN),         TW("后", TJ_BF_CLOSE),
    TW("计算", TJ_BF_CLOSE),        TW("影响", TJ_BF_CLOSE),
    TW("口径", TJ_BF_CLOSE),        TW("计价", TJ_BF_CLOSE),
    TW("因素", TJ_BF_CLOSE),        TW("相比", TJ_BF_COMPARED),
    TW("相较", TJ_BF_COMPARED),     TW("比较", TJ_BF_COMPARED),
    TW("对比", TJ_BF_COMPARED),     TW("在", TJ_BF_SETTING_OPEN),
    TW("中", TJ_BF_SETTING_CLOSE),  TW("之中", TJ_BF_SETTING_CLOSE),
    TW("下", TJ_BF_SETTING_CLOSE),  TW("之下", TJ_BF_SETTING_CLOSE),
    TW("预算", TJ_BF_FIGURE),       TW("预算数", TJ_BF_FIGURE),
    TW("执行数", TJ_BF_FIGURE),     TW("决算数", TJ_BF_FIGURE),
    TW("预算执行数", TJ_BF_FIGURE), TW("是", TJ_BF_MULTIPLE),
    TW("相当于", TJ_BF_MULTIPLE),   TW("上一交易日", TJ_BF_POINT),
    TW("前一交易日", TJ_BF_POINT),  TW("上个交易日", TJ_BF_POINT),
    TW("上周", TJ_BF_POINT),        TW("前一周", TJ_BF_POINT),
    TW("此前一周", TJ_BF_POINT),    TW("上周末", TJ_BF_POINT),
    TW("前一日", TJ_BF_POINT),      TW("上期", TJ_BF_POINT),
    TW("上一期", TJ_BF_POINT),
};

/* Words that name a part of a population or an area and, alone before a
 * value, narrow the subject named before (其中，城市下降0.1%，农村上涨0.1%). */
static const tj_word SUBGROUPS[] = {
    TW("城市", 0),
    TW("农村", 0),
    TW("城镇", 0),
    TW("乡村", 0),
    TW("城乡", 0),
    TW("男性", 0),
    TW("女性", 0),
    /* levels: 省级以上工程技术研究中心363个，其中国家级2个 */
    TW("国家级", 0),
    TW("省级", 0),
    TW("市级", 0),
    TW("县级", 0),
    TW("省级以上", 0),
    TW("省级及以上", 0),
    TW("市级以上", 0),
    TW("市级及以上", 0),
};

/* After 比/较 and the compared thing, the word that says which way a value
 * differs: 比全国高1.8个百分点.  tag: TJ_CMP_*. */
static const tj_word COMPARATIVES[] = {
    TW("高", TJ_CMP_MORE),   TW("多", TJ_CMP_MORE), TW("快", TJ_CMP_MORE), TW("加快", TJ_CMP_MORE),
    TW("低", TJ_CMP_LESS),   TW("少", TJ_CMP_LESS), TW("慢", TJ_CMP_LESS), TW("放缓", TJ_CMP_LESS),
    TW("回落", TJ_CMP_LESS), /* 比1-6月份加快0.1个百分点, 比上月回落0.2个百分点 */
};

/* Function words: what 的, 和, 已 … do where the rules meet them.  tag:
 * TJ_FW_*; arg: TJ_FWF_*. */
static const tj_word FUNCTION_WORDS[] = {
    {"的", TJ_FW_OF, TJ_FWF_GOES_ON, 0, 0},
    {"和", TJ_FW_AND, TJ_FWF_GOES_ON, 0, 0},
    {"及", TJ_FW_AND, TJ_FWF_GOES_ON, 0, 0},
    {"与", TJ_FW_AND, TJ_FWF_GOES_ON, 0, 0},
    TW("及其", TJ_FW_WORD), /* 企业及其员工: not a list of two */
    TW("或", TJ_FW_OR),
    TW("等", TJ_FW_ETC),
    TW("已", TJ_FW_ADVERB),
    TW("将", TJ_FW_ADVERB),
    TW("均", TJ_FW_ADVERB),
    TW("正", TJ_FW_ADVERB),
    TW("被", TJ_FW_ADVERB), /* 3处遗址被列为…: the passive begins the predicate */
    {"放在", TJ_FW_PUT, TJ_FWF_GOES_ON, 0, 0},
    {"摆在", TJ_FW_PUT, TJ_FWF_GOES_ON, 0, 0},
    {"完成", TJ_FW_EMPTY_VERB, TJ_FWF_PROGRESS, 0, 0},
    TW("实现", TJ_FW_EMPTY_VERB),
    {"累计", TJ_FW_EMPTY_VERB, TJ_FWF_CUMULATIVE, 0, 0},
    TW("每", TJ_FW_EACH),
    TW("发放", TJ_FW_GIVE),
    TW("拨付", TJ_FW_GIVE),
    TW("下达", TJ_FW_GIVE),
    TW("筹集", TJ_FW_GIVE),
    TW("兑现", TJ_FW_GIVE),
    /* verbs whose object a zone is (建设…省域示范区, 实施片区综合更新改造): the zone acts not */
    TW("建设", TJ_FW_MAKE),
    TW("打造", TJ_FW_MAKE),
    TW("实施", TJ_FW_MAKE),
    TW("开展", TJ_FW_MAKE),
    TW("推进", TJ_FW_MAKE),
    TW("创建", TJ_FW_MAKE),
    TW("申建", TJ_FW_MAKE),
    TW("争创", TJ_FW_MAKE),
    TW("设立", TJ_FW_MAKE),
    TW("组建", TJ_FW_MAKE),
    TW("加快", TJ_FW_MAKE),
    TW("抓好", TJ_FW_MAKE),
    TW("推动", TJ_FW_MAKE),
    TW("支持", TJ_FW_MAKE),
    TW("培育", TJ_FW_MAKE),
    TW("确定", TJ_FW_SET),
    TW("制定", TJ_FW_SET),
    TW("提出", TJ_FW_SET),
    TW("设定", TJ_FW_SET),
    TW("部署", TJ_FW_SET),
    TW("起", TJ_FW_BOUND),
    TW("起步", TJ_FW_BOUND),
    TW("不等", TJ_FW_BOUND),
    TW("台阶", TJ_FW_LEVEL_NOUN),
    TW("新台阶", TJ_FW_LEVEL_NOUN),
    TW("大台阶", TJ_FW_LEVEL_NOUN),
    TW("覆盖", TJ_FW_PART_VERB),
    TW("惠及", TJ_FW_PART_VERB),
    TW("涵盖", TJ_FW_PART_VERB),
    TW("辐射", TJ_FW_PART_VERB),
    TW("通达", TJ_FW_PART_VERB),
    TW("贡献", TJ_FW_PART_VERB),
    TW("贡献了", TJ_FW_PART_VERB),
    TW("大关", TJ_FW_LEVEL_NOUN),
    TW("关口", TJ_FW_LEVEL_NOUN),
    {"是", TJ_FW_VERB, TJ_FWF_GOES_ON | TJ_FWF_COPULA, 0, 0},
    {"为", TJ_FW_VERB, TJ_FWF_GOES_ON, 0, 0},
    {"在", TJ_FW_VERB, TJ_FWF_GOES_ON, 0, 0},
    {"对", TJ_FW_VERB, TJ_FWF_GOES_ON, 0, 0},
};

/* The five-year plans by their short names (“六五”时期, 十四五期间).  tag: the
 * plan's number; arg: its first year (the first five plans did not follow
 * each other year by year: 1963–1965 were years of adjustment). */
static const tj_word PLAN_NAMES[] = {
    {"一五", 1, 1953, 0, 0},    {"二五", 2, 1958, 0, 0},    {"三五", 3, 1966, 0, 0},    {"四五", 4, 1971, 0, 0},
    {"五五", 5, 1976, 0, 0},    {"六五", 6, 1981, 0, 0},    {"七五", 7, 1986, 0, 0},    {"八五", 8, 1991, 0, 0},
    {"九五", 9, 1996, 0, 0},    {"十五", 10, 2001, 0, 0},   {"十一五", 11, 2006, 0, 0}, {"十二五", 12, 2011, 0, 0},
    {"十三五", 13, 2016, 0, 0}, {"十四五", 14, 2021, 0, 0}, {"十五五", 15, 2026, 0, 0},
};

/* The marks around the text of a table's cell: rules drawn with pipes,
 * Markdown's emphasis, and the # of the statistical bulletins' tables that
 * marks a row as part of the one above (#住宅: of which, housing). */
static const tj_word CELL_MARKS[] = {
    TW("|", TJ_CM_SEPARATOR), TW("｜", TJ_CM_SEPARATOR), TW("*", TJ_CM_MARK), TW("#", TJ_CM_MARK),
    TW("＃", TJ_CM_MARK),     TW("其中：", TJ_CM_MARK),    TW("其中:", TJ_CM_MARK),
};

/* The words of a table's header: what the cells of a column are.  tag:
 * TJ_TH_*; extra: the basis of a column of change. */
static const tj_word TABLE_HEADS[] = {
    TW("单位", TJ_TH_UNIT),
    TW("计量单位", TJ_TH_UNIT),
    {"比上年增长", TJ_TH_CHANGE, 0, 0, "比上年"},
    {"比上年增减", TJ_TH_CHANGE, 0, 0, "比上年"},
    {"比上年上涨", TJ_TH_CHANGE, 0, 0, "比上年"},
    {"比上年末增长", TJ_TH_CHANGE, 0, 0, "比上年末"},
    {"同比增长", TJ_TH_CHANGE, 0, 0, "同比"},
    {"同比增减", TJ_TH_CHANGE, 0, 0, "同比"},
    TW("增长", TJ_TH_CHANGE),
    TW("增减", TJ_TH_CHANGE),
    TW("增速", TJ_TH_CHANGE),
    TW("增幅", TJ_TH_CHANGE),
    TW("上涨", TJ_TH_CHANGE),
    TW("涨幅", TJ_TH_CHANGE),
    TW("涨跌", TJ_TH_CHANGE),
    TW("比重", TJ_TH_SHARE),
    TW("占比", TJ_TH_SHARE),
    TW("产量", TJ_TH_MEASURE),
};

/* Marks that stand before a subject but are no part of it: a colon or dash
 * after a label, Markdown's emphasis (TJ_LM_LABEL), and what closes something
 * before it (“十四五”|规划: the plan's name is a time; （PM2.5）|年均浓度:
 * TJ_LM_CLOSE). */
static const tj_word LEAD_MARKS[] = {
    TW("：", TJ_LM_LABEL), TW(":", TJ_LM_LABEL),  TW("∶", TJ_LM_LABEL),  TW("—", TJ_LM_LABEL),
    TW("*", TJ_LM_LABEL),  TW("#", TJ_LM_LABEL),  TW("、", TJ_LM_LABEL), TW("”", TJ_LM_CLOSE),
    TW("’", TJ_LM_CLOSE),  TW("）", TJ_LM_CLOSE), TW(")", TJ_LM_CLOSE),  TW("」", TJ_LM_CLOSE),
    TW("』", TJ_LM_CLOSE), TW("》", TJ_LM_CLOSE), TW("】", TJ_LM_CLOSE), TW("〉", TJ_LM_CLOSE),
};

/* Marks that open something after them, so no subject ends with one
 * (318个老旧小区改造项目|“当年开工、当年完工”: the noun ends before the quote). */
static const tj_word TRAIL_MARKS[] = {
    TW("“", 0), TW("‘", 0), TW("（", 0), TW("(", 0), TW("「", 0), TW("『", 0), TW("《", 0), TW("【", 0), TW("〈", 0),
};

/* What stands between the numbers of a list that share the last one's unit
 * (3500万、2300万人次; 10.6万和3.8万平方公里). */
static const tj_word LIST_SEPARATORS[] = {
    TW("、", 0), TW("和", 0), TW("及", 0), TW("与", 0), TW("以及", 0), TW("或", 0),
    TW("∶", 0), /* the ratio sign: 三次产业比重为4.0∶37.7∶58.3 */
};

/* What a unit may be counted per after a slash, besides the units
 * themselves (645元/月, 元/人·年): words that are no unit of their own. */
static const tj_word PER_UNITS[] = {
    {"月", 0, 0, "月", 0}, {"日", 0, 0, "日", 0}, {"天", 0, 0, "天", 0}, {"周", 0, 0, "周", 0},
    {"人", 0, 0, "人", 0}, {"户", 0, 0, "户", 0}, {"亩", 0, 0, "亩", 0}, {"件", 0, 0, "件", 0},
};

/* Words that end a subject and name the goal set for the indicator, not
 * the indicator (经济增长速度的调控目标定为8%: 经济增长速度, a target). */
static const tj_word GOAL_HEADS[] = {
    TW("目标", 0), TW("调控目标", 0), TW("预期目标", 0), TW("控制目标", 0), TW("的目标", 0), TW("的调控目标", 0),
    TW("的预期目标", 0), TW("的控制目标", 0),
};

/* The fields a rank is in, when no word of rank comes before them
 * (农村集体资产总量全国第一, 区域创新能力升至全国第二). */
static const tj_word RANK_FIELDS[] = {
    TW("全国", 0), TW("全省", 0), TW("全市", 0), TW("全区", 0), TW("全州", 0), TW("全县", 0),
    TW("世界", 0), TW("全球", 0), TW("国内", 0), TW("省内", 0), TW("亚洲", 0),
};

/* The marks a heading's label opens with, the words that name a chapter's
 * level (第一编, 第二章, 第三节), and the lines that open a glossary (名词解释:
 * its numbered items are no headings).  tag: TJ_HM_*; arg: TJ_CH_*. */
static const tj_word HEADING_MARKS[] = {
    TW("第", TJ_HM_DI),
    TW("（", TJ_HM_OPEN),
    TW("(", TJ_HM_OPEN),
    TW("〔", TJ_HM_OPEN),
    TW("【", TJ_HM_OPEN),
    TW("—", TJ_HM_DASH),
    TW("―", TJ_HM_DASH),
    TW("─", TJ_HM_DASH),
    TW("－", TJ_HM_DASH),
    TW("附", TJ_HM_CAPTION),
    TW("附件", TJ_HM_ANNEX),
    TW("附录", TJ_HM_ANNEX),
    TW("表", TJ_HM_CAPTION),
    TW("图", TJ_HM_CAPTION),
    {"编", TJ_HM_CHAPTER, TJ_CH_BIAN, 0, 0},
    {"章", TJ_HM_CHAPTER, TJ_CH_ZHANG, 0, 0},
    {"节", TJ_HM_CHAPTER, TJ_CH_JIE, 0, 0},
    {"条", TJ_HM_CHAPTER, TJ_CH_TIAO, 0, 0},
    {"部分", TJ_HM_CHAPTER, TJ_CH_BUFEN, 0, 0},
    TW("名词解释", TJ_HM_GLOSSARY),
    TW("名词注释", TJ_HM_GLOSSARY),
    TW("名词术语解释", TJ_HM_GLOSSARY),
    TW("指标解释", TJ_HM_GLOSSARY),
    TW("注释", TJ_HM_GLOSSARY),
    TW("注解", TJ_HM_GLOSSARY),
    TW("附注", TJ_HM_GLOSSARY),
};

/* ---- the document as a whole (doc_info) -------------------------------- */

/* Words of a document's opening lines.  tag: TJ_DW_*. */
static const tj_word DOC_WORDS[] = {
    TW("政府工作报告", TJ_DW_REPORT),
    TW("Report on the Work of the Government", TJ_DW_REPORT),
    TW("统计公报", TJ_DW_BULLETIN),
    TW("统计局", TJ_DW_STATS_ISSUER),
    TW("调查队", TJ_DW_STATS_ISSUER),
    TW("报告", TJ_DW_TITLE_END),
    TW("公报", TJ_DW_TITLE_END),
    TW("各位代表", TJ_DW_SALUTATION),
    TW("Fellow Deputies", TJ_DW_SALUTATION),
    TW("同志们", TJ_DW_SALUTATION),
    TW("来源", TJ_DW_SOURCE),
    TW("原标题", TJ_DW_SOURCE),
    TW("本报讯", TJ_DW_SOURCE),
    TW("记者", TJ_DW_SOURCE),
    TW("通讯员", TJ_DW_SOURCE),
    TW("报道", TJ_DW_SOURCE),
    TW("摄影", TJ_DW_SOURCE),
    TW("责任编辑", TJ_DW_SOURCE),
    TW("会议上", TJ_DW_DATELINE),
    TW("大会上", TJ_DW_DATELINE),
    TW("会议", TJ_DW_MEETING),
    TW("省长", TJ_DW_SIGNATURE),
    TW("市长", TJ_DW_SIGNATURE),
    TW("区长", TJ_DW_SIGNATURE),
    TW("县长", TJ_DW_SIGNATURE),
    TW("州长", TJ_DW_SIGNATURE),
    TW("盟长", TJ_DW_SIGNATURE),
    TW("旗长", TJ_DW_SIGNATURE),
    TW("主席", TJ_DW_SIGNATURE),
    TW("总理", TJ_DW_SIGNATURE),
    TW("人民政府", TJ_DW_ISSUER),
    TW("人民代表大会", TJ_DW_CONGRESS),
    TW("People's Congress", TJ_DW_CONGRESS),
};

/* Names of the country that are no division's name.  arg: its code. */
static const tj_word REGION_WORDS[] = {
    {"中华人民共和国", 0, 100000, 0, 0},
    {"国务院", 0, 100000, 0, 0},
    {"State Council", 0, 100000, 0, 0},
};

/* Month names of a news timestamp (Tue, 24 Aug 2021 03:37:22 GMT).  arg: the month. */
static const tj_word MONTH_NAMES[] = {
    {"Jan", 0, 1, 0, 0}, {"Feb", 0, 2, 0, 0},  {"Mar", 0, 3, 0, 0},  {"Apr", 0, 4, 0, 0},
    {"May", 0, 5, 0, 0}, {"Jun", 0, 6, 0, 0},  {"Jul", 0, 7, 0, 0},  {"Aug", 0, 8, 0, 0},
    {"Sep", 0, 9, 0, 0}, {"Oct", 0, 10, 0, 0}, {"Nov", 0, 11, 0, 0}, {"Dec", 0, 12, 0, 0},
};

/* The country's names, for the region matcher (regions.c). */
const tj_word *tj_lexicon_region_words(size_t *n) {
    *n = N(REGION_WORDS);
    return REGION_WORDS;
}

int tj_lexicon_init(tj_lexicon *lx) {
    memset(lx, 0, sizeof *lx);
    if (tj_wordset_init(&lx->units, UNITS, N(UNITS)) || tj_wordset_init(&lx->nav_lines, NAV_LINES, N(NAV_LINES)) ||
        tj_wordset_init(&lx->period_words, PERIOD_WORDS, N(PERIOD_WORDS)) ||
        tj_wordset_init(&lx->period_prefix, PERIOD_PREFIX, N(PERIOD_PREFIX)) ||
        tj_wordset_init(&lx->period_suffix, PERIOD_SUFFIX, N(PERIOD_SUFFIX)) ||
        tj_wordset_init(&lx->span_words, SPAN_WORDS, N(SPAN_WORDS)) ||
        tj_wordset_init(&lx->basis_cues, BASIS_CUES, N(BASIS_CUES)) ||
        tj_wordset_init(&lx->qual_before, QUAL_BEFORE, N(QUAL_BEFORE)) ||
        tj_wordset_init(&lx->qual_after, QUAL_AFTER, N(QUAL_AFTER)) ||
        tj_wordset_init(&lx->name_after, NAME_AFTER, N(NAME_AFTER)) ||
        tj_wordset_init(&lx->name_phrases, NAME_PHRASES, N(NAME_PHRASES)) ||
        tj_wordset_init(&lx->partner_flows, PARTNER_FLOWS, N(PARTNER_FLOWS)) ||
        tj_wordset_init(&lx->route_joiners, ROUTE_JOINERS, N(ROUTE_JOINERS)) ||
        tj_wordset_init(&lx->range_marks, RANGE_MARKS, N(RANGE_MARKS)) ||
        tj_wordset_init(&lx->sign_words, SIGN_WORDS, N(SIGN_WORDS)) ||
        tj_wordset_init(&lx->times_marks, TIMES_MARKS, N(TIMES_MARKS)) ||
        tj_wordset_init(&lx->unit_name_after, UNIT_NAME_AFTER, N(UNIT_NAME_AFTER)) ||
        tj_wordset_init(&lx->name_before, NAME_BEFORE, N(NAME_BEFORE)) ||
        tj_wordset_init(&lx->rank_verbs, RANK_VERBS, N(RANK_VERBS)) ||
        tj_wordset_init(&lx->tail_words, TAIL_WORDS, N(TAIL_WORDS)) ||
        tj_wordset_init(&lx->lead_words, LEAD_WORDS, N(LEAD_WORDS)) ||
        tj_wordset_init(&lx->scope_words, SCOPE_WORDS, N(SCOPE_WORDS)) ||
        tj_wordset_init(&lx->not_divisions, NOT_DIVISIONS, N(NOT_DIVISIONS)) ||
        tj_wordset_init(&lx->rate_nouns, RATE_NOUNS, N(RATE_NOUNS)) ||
        tj_wordset_init(&lx->concept_leads, CONCEPT_LEADS, N(CONCEPT_LEADS)) ||
        tj_wordset_init(&lx->list_heads, LIST_HEADS, N(LIST_HEADS)) ||
        tj_wordset_init(&lx->enumerations, ENUMERATIONS, N(ENUMERATIONS)) ||
        tj_wordset_init(&lx->vague_heads, VAGUE_HEADS, N(VAGUE_HEADS)) ||
        tj_wordset_init(&lx->status_cues, STATUS_CUES, N(STATUS_CUES)) ||
        tj_wordset_init(&lx->rank_words, RANK_WORDS, N(RANK_WORDS)) ||
        tj_wordset_init(&lx->basis_words, BASIS_WORDS, N(BASIS_WORDS)) ||
        tj_wordset_init(&lx->bare_heads, BARE_HEADS, N(BARE_HEADS)) ||
        tj_wordset_init(&lx->stage_words, STAGE_WORDS, N(STAGE_WORDS)) ||
        tj_wordset_init(&lx->demonstratives, DEMONSTRATIVES, N(DEMONSTRATIVES)) ||
        tj_wordset_init(&lx->subgroups, SUBGROUPS, N(SUBGROUPS)) ||
        tj_wordset_init(&lx->plan_titles, PLAN_TITLES, N(PLAN_TITLES)) ||
        tj_wordset_init(&lx->function_words, FUNCTION_WORDS, N(FUNCTION_WORDS)) ||
        tj_wordset_init(&lx->comparatives, COMPARATIVES, N(COMPARATIVES)) ||
        tj_wordset_init(&lx->basis_frames, BASIS_FRAMES, N(BASIS_FRAMES)) ||
        tj_wordset_init(&lx->plan_names, PLAN_NAMES, N(PLAN_NAMES)) ||
        tj_wordset_init(&lx->heading_marks, HEADING_MARKS, N(HEADING_MARKS)) ||
        tj_wordset_init(&lx->cell_marks, CELL_MARKS, N(CELL_MARKS)) ||
        tj_wordset_init(&lx->table_heads, TABLE_HEADS, N(TABLE_HEADS)) ||
        tj_wordset_init(&lx->lead_marks, LEAD_MARKS, N(LEAD_MARKS)) ||
        tj_wordset_init(&lx->trail_marks, TRAIL_MARKS, N(TRAIL_MARKS)) ||
        tj_wordset_init(&lx->list_separators, LIST_SEPARATORS, N(LIST_SEPARATORS)) ||
        tj_wordset_init(&lx->per_units, PER_UNITS, N(PER_UNITS)) ||
        tj_wordset_init(&lx->goal_heads, GOAL_HEADS, N(GOAL_HEADS)) ||
        tj_wordset_init(&lx->rank_fields, RANK_FIELDS, N(RANK_FIELDS)) ||
        tj_wordset_init(&lx->cue_noun_before, CUE_NOUN_BEFORE, N(CUE_NOUN_BEFORE)) ||
        tj_wordset_init(&lx->byline_words, BYLINE_WORDS, N(BYLINE_WORDS)) ||
        tj_wordset_init(&lx->doc_words, DOC_WORDS, N(DOC_WORDS)) ||
        tj_wordset_init(&lx->month_names, MONTH_NAMES, N(MONTH_NAMES))) {
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
    tj_wordset_free(&lx->span_words);
    tj_wordset_free(&lx->basis_cues);
    tj_wordset_free(&lx->qual_before);
    tj_wordset_free(&lx->qual_after);
    tj_wordset_free(&lx->name_after);
    tj_wordset_free(&lx->name_phrases);
    tj_wordset_free(&lx->partner_flows);
    tj_wordset_free(&lx->route_joiners);
    tj_wordset_free(&lx->range_marks);
    tj_wordset_free(&lx->sign_words);
    tj_wordset_free(&lx->times_marks);
    tj_wordset_free(&lx->unit_name_after);
    tj_wordset_free(&lx->name_before);
    tj_wordset_free(&lx->rank_verbs);
    tj_wordset_free(&lx->tail_words);
    tj_wordset_free(&lx->lead_words);
    tj_wordset_free(&lx->scope_words);
    tj_wordset_free(&lx->not_divisions);
    tj_wordset_free(&lx->rate_nouns);
    tj_wordset_free(&lx->concept_leads);
    tj_wordset_free(&lx->list_heads);
    tj_wordset_free(&lx->enumerations);
    tj_wordset_free(&lx->vague_heads);
    tj_wordset_free(&lx->status_cues);
    tj_wordset_free(&lx->rank_words);
    tj_wordset_free(&lx->basis_words);
    tj_wordset_free(&lx->bare_heads);
    tj_wordset_free(&lx->stage_words);
    tj_wordset_free(&lx->demonstratives);
    tj_wordset_free(&lx->subgroups);
    tj_wordset_free(&lx->plan_titles);
    tj_wordset_free(&lx->function_words);
    tj_wordset_free(&lx->comparatives);
    tj_wordset_free(&lx->basis_frames);
    tj_wordset_free(&lx->plan_names);
    tj_wordset_free(&lx->heading_marks);
    tj_wordset_free(&lx->cell_marks);
    tj_wordset_free(&lx->table_heads);
    tj_wordset_free(&lx->lead_marks);
    tj_wordset_free(&lx->trail_marks);
    tj_wordset_free(&lx->list_separators);
    tj_wordset_free(&lx->per_units);
    tj_wordset_free(&lx->goal_heads);
    tj_wordset_free(&lx->rank_fields);
    tj_wordset_free(&lx->cue_noun_before);
    tj_wordset_free(&lx->byline_words);
    tj_wordset_free(&lx->doc_words);
    tj_wordset_free(&lx->month_names);
}

int tj_only_list_separator(const tj_lexicon *lx, const unsigned char *s, size_t a, size_t b) {
    size_t len, nx;
    int seps = 0;
    while (a < b) {
        uint32_t ch;
        if (tj_ws_at(&lx->list_separators, s, b, a, &len)) {
            a += len;
            seps++;
        } else if (ch = tj_decode(s, b, a, &nx), tj_is_space(ch) || tj_is_newline(ch)) {
            a = nx;
        } else {
            return 0;
        }
    }
    return seps == 1;
}
