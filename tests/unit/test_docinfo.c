/* test_docinfo.c — doc_info(): title, kind, region, year and date from a
 * document's opening lines.  Each case renders "title|kind|code|year|date"
 * (empty for NULL).  The documents are written here, in the styles the
 * contract names: titles broken over lines or spaced out, datelines, issuers,
 * signatures, news timestamps, navigation that is not a title. */
#include "unit.h"

static const char *render(const char *text) {
    static char out[1024];
    tj_doc *d = unit_analyze(text, 0, TJ_LAYER_DOCINFO);
    const tj_docinfo *i = &d->info;
    char date[16];
    const char *dt = tj_date_format(i->date, date);
    char region[16] = "", year[16] = "";
    if (i->region) snprintf(region, sizeof region, "%d", (int)i->region);
    if (i->year) snprintf(year, sizeof year, "%d", i->year);
    snprintf(out, sizeof out, "%s|%s|%s|%s|%s", i->title.p ? unit_str(i->title) : "", tj_doc_kind_name(i->kind),
             region, year, dt ? dt : "");
    tj_doc_free(d);
    return out;
}

static const struct {
    const char *text, *want;
} CASES[] = {
    /* a report: title with year and place, dateline, signature */
    {"2026年江东省政府工作报告\n——2026年1月20日在江苏省第十四届人民代表大会第五次会议上\n江苏省省长 某某\n"
     "各位代表：\n现在，我代表省人民政府，向大会报告工作。",
     "2026年江东省政府工作报告|report|320000|2026|2026-01-20"},
    /* the title names no year or place: both from the dateline */
    {"政府工作报告\n——2025年1月22日在湖南省第十四届\n人民代表大会第三次会议上\n湖南省省长 某某\n各位代表：\n现在……",
     "政府工作报告|report|430000|2025|2025-01-22"},
    /* a title spaced out, a dateline with dashes, a district */
    {"政 府 工 作 报 告\n\n----2015年2月5日在海拉尔区第十四届人民代表大会第四次会议上\n\n"
     "海拉尔区人民政府区长　　某某\n\n各位代表：\n",
     "政府工作报告|report|150702|2015|2015-02-05"},
    /* no title: the dateline opens the document; the city before the district yields to it */
    {"　—2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n海拉尔区人民政府区长 某某\n各位代表:\n",
     "|report|150702|2019|2019-03-04"},
    /* a date in Chinese numerals */
    {"2026年陇西省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n",
     "2026年陇西省政府工作报告|report|620000|2026|2026-01-27"},
    /* the State Council: the country */
    {"1990年中华人民共和国国务院政府工作报告\n\n各位代表：\n现在，我代表国务院向大会作政府工作报告。",
     "1990年中华人民共和国国务院政府工作报告|report|100000|1990|"},
    {"Report on the Work of the Government (2024)\n\nFellow Deputies,\n\nOn behalf of the State Council, I will "
     "now report to you on the work of the government for your deliberation.",
     "Report on the Work of the Government (2024)|report|100000|2024|"},
    /* site navigation before the title, a source line after it */
    {"下载\n打印\n全屏\n【字号：\n加大\n】\n2026年天津市政府工作报告\n——2026年1月21日在天津市第十八届人民代表大会"
     "第五次会议上\n来源：天津日报\n各位代表：\n",
     "2026年天津市政府工作报告|report|120000|2026|2026-01-21"},
    /* a breadcrumb and a publication timestamp */
    {"当前位置：\n首页\n>\n政务信息\n>\n本地要闻\n2025年宁夏回族自治区政府工作报告\n发表时间：\n2025-02-09 09:45:30\n"
     "来源：\n宁夏日报\n各位代表：\n",
     "2025年宁夏回族自治区政府工作报告|report|640000|2025|2025-02-09"},
    /* a bulletin: Markdown title, issuer, date */
    {"# 2021年绵阳市国民经济和社会发展统计公报\n\n绵阳市统计局 国家统计局绵阳调查队\n\n2022年3月25日\n\n"
     "2021年，面对复杂严峻的国际环境，全市经济稳中有进。",
     "2021年绵阳市国民经济和社会发展统计公报|bulletin|510700|2021|2022-03-25"},
    /* a title broken over two lines, a note mark after it */
    {"黔东南苗族侗族自治州\n\n2016年国民经济和社会发展统计公报①\n\n黔东南州统计局\n\n2017年3月16日\n\n"
     "2016年，在州委、州政府的正确领导下，全州经济平稳增长。",
     "黔东南苗族侗族自治州2016年国民经济和社会发展统计公报|bulletin|522600|2016|2017-03-16"},
    /* no title: an issuer by its short name, the year from the first sentence */
    {"                 黔东南州统计局\n                  2024年5月7日\n\n\n   2023年，在省委省政府的坚强领导下，全\n"
     "州上下深入贯彻党的二十大精神。",
     "|bulletin|522600|2023|2024-05-07"},
    /* spaces inside the title and the date */
    {"2023 年周口市国民经济和社会发展统计公报\n           周口市统计局\n          2024 年 4 月 29 日\n\n  2023 年，"
     "面对国内外复杂形势，全市经济运行持续向好。",
     "2023年周口市国民经济和社会发展统计公报|bulletin|411600|2023|2024-04-29"},
    /* news: a timestamp in RFC form; the year from the date */
    {"1-7月 西安市经济延续稳定恢复态势\nTue, 24 Aug 2021 03:37:22 GMT\n\n　　原标题：1-7月西安市经济延续稳定恢复态势\n"
     "　　本报讯（记者 某某）8月23日，西安市统计局发布1-7月经济运行情况表明，前7个月，西安市生产稳中有升，需求持续增长。",
     "1-7月西安市经济延续稳定恢复态势|news|610100|2021|2021-08-24"},
    /* news: a province by its short name */
    {"1-2月广东经济数据出炉：工业、投资同比增长均超三成\nWed, 24 Mar 2021 03:46:53 GMT\n\n　　2021年1-2月，广东经济持续"
     "稳定恢复。",
     "1-2月广东经济数据出炉：工业、投资同比增长均超三成|news|440000|2021|2021-03-24"},
    /* a digest of many places: no region */
    {"27省份一季度GDP出炉：广东稳居首位，安徽首超上海\nMon, 26 Apr 2021 12:01:40 GMT\n\n　　来源：《某某周刊》\n"
     "　　截至4月26日，至少已有27个省份发布了一季度GDP数据。",
     "27省份一季度GDP出炉：广东稳居首位，安徽首超上海|news||2021|2021-04-26"},
    /* a daily digest: its date in the title */
    {"\n\n# 财经早餐 2024年8月1日 星期四\n\n## 08-01 06:30 Wind\n\n## 热点聚焦\n1. 美联储继续按兵不动。",
     "财经早餐2024年8月1日星期四|news||2024|2024-08-01"},
    /* an article without source or date: other; the city it keeps naming */
    {"\n绘出新画卷\n\n(上接封面)\n\n突出抓实体经济——\n\n实体经济是青岛的立市之本。青岛坚持把发展经济的着力点放在实体经济上。"
     "一年来，青岛新签约项目68个，青岛港吞吐量居前，青岛的工业投资增长。上海合作组织峰会在青岛举行。",
     "绘出新画卷|other|370200||"},
    /* nothing to go by */
    {"全年增长5%。", "|other|||"},
    {"", "|other|||"},
};

/* The country is no dominant region; a document naming places now and then has none. */
static void dominance(void) {
    static char doc[16384] = "热点聚焦\n";
    for (int k = 0; k < 40; k++)
        strcat(doc, "美联储按兵不动，市场预期九月降息，美元指数回落，黄金价格上涨，原油期货下跌，港股三大指数走强。");
    strcat(doc, "上海发文促进科创企业发展。上海证券交易所公告。上海某公司回购。北京出台新政。");
    CHECK_STR("doc_info", "a digest", render(doc), "热点聚焦|other|||");
}

void test_docinfo(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++)
        CHECK_STR("doc_info", CASES[k].text, render(CASES[k].text), CASES[k].want);
    dominance();
}
