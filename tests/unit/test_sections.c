/* test_sections.c — sections(): every heading style of sections.md, levels by
 * first appearance, and the lines that must never be headings.  A case
 * renders every heading as "level|label|title", joined by " ; ". */
#include "unit.h"

static const char *render(const char *text) {
    static char out[8192];
    tj_doc *d = unit_analyze(text, 0, TJ_LAYER_SECTIONS);
    size_t o = 0;
    out[0] = 0;
    for (size_t k = 0; k < d->nsections && o < sizeof out - 512; k++) {
        const tj_section *sc = &d->sections[k];
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%d|%.*s|%.*s", k ? " ; " : "", sc->level, (int)sc->label.n,
                              sc->label.p ? sc->label.p : "", (int)sc->title.n, sc->title.p ? sc->title.p : "");
    }
    tj_doc_free(d);
    return out;
}

static const struct {
    const char *text, *want;
} CASES[] = {
    /* an unnumbered heading that opens with a year; a date alone is none */
    {"政府工作报告\n\n2022年3月25日\n\n“十五五”时期的主要目标任务\n“十五五”时期，要努力实现以下目标任务，推动高质量发展"
     "取得新成效。"
     "\n2026年重点工作\n今年是“十五五”开局之年，重点抓好八个方面工作，确保完成全年目标任务。"
     "\n（一）放大促消费扩投资政策效应\n落实好更加积极的财政政策和适度宽松的货币政策。",
     "1||“十五五”时期的主要目标任务 ; 1||2026年重点工作 ; 2|（一）|放大促消费扩投资政策效应"},
    {"第一章 总则\n第一条 为规范统计工作，制定本办法。\n第二条 本办法适用于全市。\n第二章 统计调查\n第一节 "
     "调查项目\n正文内容在这里。\n第二节 调查方法\n正文内容在这里。",
     "1|第一章|总则 ; 2|第一条|为规范统计工作，制定本办法 ; 2|第二条|本办法适用于全市 ; 1|第二章|统计调查 ; "
     "2|第一节|调查项目 ; 2|第二节|调查方法"},
    {"一、综合\n全年增长。\n（一）工业\n工业增长。\n1."
     "规模以上工业\n增长。\n（1）轻工业\n增长。\n①食品\n增长。\n二、农业\n农业增长。",
     "1|一、|综合 ; 2|（一）|工业 ; 3|1.|规模以上工业 ; 4|（1）|轻工业 ; 5|①|食品 ; 1|二、|农业"},
    {"(一)工业\n正文。\n(二)农业\n正文。\n〔三〕服务业\n正文。", "1|(一)|工业 ; 1|(二)|农业 ; 1|〔三〕|服务业"},
    {"１．工业\n正文。\n２．农业\n正文。", "1|１．|工业 ; 1|２．|农业"},
    {"1. 中共中央政治局就推进现代边海空防建设进行第十六次集体学习。国家主席指出，要协调推进。\n\n2. "
     "国务院常务会议强调，要优化强化宏观政策，加大宏观调控力度，既要根据已出台政策的施行情况狠抓落实、加快进度，也要研"
     "究推出一批增量政策举措。集中资源力量攻关。",
     "1|1.|中共中央政治局就推进现代边海空防建设进行第十六次集体学习 ; "
     "1|2.|"
     "国务院常务会议强调，要优化强化宏观政策，加大宏观调控力度，既要根据已出台政策的施行情况狠抓落实、加快进度，也要研"
     "究推出一批增量政策举措"},
    {"绘出现代化国际大都市建设的新画卷\n\n(上接封面)\n\n突出抓实体经济和招商引资——\n\n聚焦高质量发展,"
     "坚持把发展经济的着力点放在实体经济上,加快构建现代产业体系\n\n实体经济是立市之本。\n\n——聚力攻坚破题,"
     "城市更新建设让市民群众出行更加顺心。\n\n正文内容很长很长。\n\n突出抓城市更新和城市建设——\n\n正文。",
     "1||突出抓实体经济和招商引资 ; 2|——|聚力攻坚破题,城市更新建设让市民群众出行更加顺心 ; "
     "1||突出抓城市更新和城市建设"},
    {"# 统计公报\n## 宏观\n1. 中国PMI为49.4。\n## 国内股市\n1. 港股走强。",
     "1||宏观 ; 2|1.|中国PMI为49.4 ; 1||国内股市 ; 2|1.|港股走强"},
    {"# 成都市统计公报\n\n## 一、综合\n正文。\n### （一）地区生产总值\n正文。\n## 二、农业\n正文。",
     "1|一、|综合 ; 2|（一）|地区生产总值 ; 1|二、|农业"},
    {"前言写在这里。\n\n广东省再拔头筹\n\n《中国经济周刊》记者梳理发现，截至4月26日，GDP总量超1万亿元的省份共8个。\n\n"
     "安徽省已赶超上海\n\n安徽省一季度的GDP为9529.1亿元，这一数据高出上海。",
     "1||广东省再拔头筹 ; 1||安徽省已赶超上海"},
    {"前言。\n1."
     "为加快推进产业结构调整和转型升级，全市各级各部门要认真贯彻落实有关决策部署和工作要求，不断提高工作质量。\n正文。",
     ""},
    {"前言。\n（一）着力稳定宏观经济大盘。全年国内生产总值增长5.2%"
     "。\n（二）坚定实施扩大内需战略。社会消费品零售总额增长7.2%。",
     "1|（一）|着力稳定宏观经济大盘 ; 1|（二）|坚定实施扩大内需战略"},
    {"前言。\n一、综    合\n正文内容。\n二、农    业\n正文内容。", "1|一、|综合 ; 1|二、|农业"},
    {"前言。\n一、综合\n全年增长。\n\n — 1 —\n\n表1 "
     "2022年地区生产总值\n图2：增长速度\n二、农业\n正文。\n-2-\n三、工业\n正文。",
     "1|一、|综合 ; 1|二、|农业 ; 1|三、|工业"},
    {"前言。\n一、综合\n价格情况如下。\n        一、食品烟酒                             99.2\n        二、衣着        "
     "                      101.3\n二、农业\n正文。",
     "1|一、|综合 ; 1|二、|农业"},
    {"标题在这里\n\n　　来源：《中国经济周刊》\n　　记者  "
     "王红茹丨北京报道\n　　截至4月26日，至少已有27个省份发布了一季度GDP数据。",
     ""},
    {"洛阳市统计公报\n一、综合\n正文很长。\n洛阳市2023年统计公报\n正文。\n二、农业\n正文。\n洛阳市2023年统计公报\n正文"
     "。\n三、工业\n洛阳市2023年统计公报\n正文。",
     "1|一、|综合 ; 1|二、|农业 ; 1|三、|工业"},
    {"统计公报\n一、综合\n全市地区生产总值①增长。\n二、农业\n正文。\n①本公报数据为初步统计数。\n②按照规定核算。",
     "1|一、|综合 ; 1|二、|农业"},
    {"各位代表：\n第一、严格控制固定资产投资规模。\n正文。\n第二、坚决调整和全面整顿现有企业。\n正文。",
     "1|第一、|严格控制固定资产投资规模 ; 1|第二、|坚决调整和全面整顿现有企业"},
    {"下载\n打印\n全屏\n2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第五次会议上\n北京市市长殷"
     "勇\n\n一、2025年工作回顾\n正文。",
     "1|一、|2025年工作回顾"},
    {"前言。\n二、民生\n改造老旧小区120个。\n表1 主要指标\n1.地区生产总值 5.0\n2.工业增加值 6.0\n三、农业\n粮食增产。",
     "1|二、|民生 ; 1|三、|农业"},
    {"前言。\n四、价格\n一、食品烟酒  99.2\n二、衣着  101.0\n五、人口\n正文。", "1|四、|价格 ; 1|五、|人口"},
    {"前言。\n1.5亿元用于支持企业。\n2.3亿元用于民生。", ""},
    {"\xEF\xBB\xBF一、综合\n正文。\n\xE3\x80\x80\xE3\x80\x80二、农业\n正文。", "1|一、|综合 ; 1|二、|农业"},
    {"前言。\n一、综合\n正文。\n（下转第二版）\n二、农业\n正文。", "1|一、|综合 ; 1|二、|农业"},
    {"前言。\n一、综合\n正文。\n（一）工业\n正文。\n二、农业\n正文。\n1.粮食\n正文。",
     "1|一、|综合 ; 2|（一）|工业 ; 1|二、|农业 ; 2|1.|粮食"},
    {"前言。\n1)工业\n正文。\n2)农业\n正文。", "1|1)|工业 ; 1|2)|农业"},
    {"前言。\n(1)工业\n正文。\n(2)农业\n正文。", "1|(1)|工业 ; 1|(2)|农业"},
    {"前言。\n1、美联储宣布维持利率不变，并表示将继续观察通胀走势和就业市场的变化情况再作决定。\n"
     "2、欧洲央行行长表示，欧元区经济增长前景仍面临较大不确定性，需要保持政策耐心和灵活性。",
     "1|1、|美联储宣布维持利率不变，并表示将继续观察通胀走势和就业市场的变化情况再作决定 ; "
     "1|2、|欧洲央行行长表示，欧元区经济增长前景仍面临较大不确定性，需要保持政策耐心和灵活性"},
    {"前言。\n第三节 调查方法\n正文。\n第四节 数据发布\n正文。", "1|第三节|调查方法 ; 1|第四节|数据发布"},
    {"前言。\n十二、旅游\n正文。\n十三、金融\n正文。", "1|十二、|旅游 ; 1|十三、|金融"},
    {"前言。\n一、综合\n正文。\n— 12 —\n二、农业\n正文。\n第 3 页\n三、工业\n正文。",
     "1|一、|综合 ; 1|二、|农业 ; 1|三、|工业"},
    {"前言。\n①工业\n正文。\n②农业\n正文。", "1|①|工业 ; 1|②|农业"},
    {"前言。\n一、综合\n正文。\n1、工业\n正文。\n2、农业\n正文。\n二、服务业\n正文。",
     "1|一、|综合 ; 2|1、|工业 ; 2|2、|农业 ; 1|二、|服务业"},
    /* issue 14: a report's title over its dateline is no section: the numbered parts are level 1 */
    {"首页\n>\n要闻\n某省政府工作报告\n发布时间：2026-02-09\n\n政府工作报告\n"
     "——2026年2月3日在某省第十四届人民代表大会第四次会议上\n省长 "
     "某某\n\n各位代表：\n\n现在，我代表省人民政府报告工作。\n\n"
     "一、2025年工作回顾\n\n过去一年经济平稳。\n\n（一）稳增长\n\n全年经济增长。\n\n二、2026年重点工作\n\n今年经济增长"
     "。\n",
     "1|一、|2025年工作回顾 ; 2|（一）|稳增长 ; 1|二、|2026年重点工作"},
    /* glossary entries are no headings; the glossary's line is a bare title (a new style: one level down) */
    {"一、工作回顾\n\n过去一年经济平稳。\n\n二、重点工作\n\n今年经济增长。\n\n名词解释\n\n"
     "1.“两重”：是指国家重大战略实施和重点领域安全能力建设。\n2.“两新”：是指大规模设备更新和消费品以旧换新。\n",
     "1|一、|工作回顾 ; 1|二、|重点工作 ; 2||名词解释"},
    {"一、综合\n\n全年经济平稳。\n\n注释：\n1.本公报中数据为初步统计数。\n2.地区生产总值按现价计算。\n", "1|一、|综合"},
    /* a word wrapped out of an open quotation onto a line of its own */
    {"一、综合\n\n全年经济平稳。\n\n全省推行企业找技术、成果找市场的“双向\n揭榜\n挂帅”机制，成效明显。\n",
     "1|一、|综合"},
    /* mixed styles: a style keeps the level it first took, a new one goes one below the section it is met
     * in — beside a dash-lead item, not inside it */
    {"一、发展回顾\n\n正文。\n\n——经济实力跃上新台阶。全年增长。\n\n（一）稳增长\n\n正文。\n\n二、重点工作\n\n正文。\n"
     "\n"
     "（一）扩内需\n\n正文。\n\n——消费提质。全年增长。\n",
     "1|一、|发展回顾 ; 2|——|经济实力跃上新台阶 ; 2|（一）|稳增长 ; 1|二、|重点工作 ; 2|（一）|扩内需 ; "
     "2|——|消费提质"},
    /* an annex: 附件N and its title (on the next line, or after a colon) are a heading of level 1, and the
     * headings inside take levels afresh (一、 is level 1 in the report, level 2 in the annex) */
    {"一、工作回顾\n\n正文。\n\n（一）稳增长\n\n正文。\n\n附件1\n2026年省十件民生实事\n坚持民生为大。\n"
     "一、提高低保标准\n正文。\n二、扩大托育服务\n正文。\n",
     "1|一、|工作回顾 ; 2|（一）|稳增长 ; 1|附件1|2026年省十件民生实事 ; 2|一、|提高低保标准 ; 2|二、|扩大托育服务"},
    {"一、工作回顾\n\n正文。\n\n附件\n\n十件民生实事\n\n一、提高低保标准\n正文。\n",
     "1|一、|工作回顾 ; 1|附件|十件民生实事 ; 2|一、|提高低保标准"},
    {"一、工作回顾\n\n正文。\n\n附件一：重点项目清单\n\n（一）交通\n正文。\n",
     "1|一、|工作回顾 ; 1|附件一|重点项目清单 ; 2|（一）|交通"},
    /* an annex that is a glossary: its entries are no headings; a second annex ends the glossary */
    {"一、工作回顾\n\n正文。\n\n附件2\n名词解释\n1.“两重”：是指重大战略。\n2.“两新”：是指设备更新。\n"
     "附件3\n重点工程\n1.交通工程\n正文。\n2.水利工程\n正文。\n",
     "1|一、|工作回顾 ; 1|附件2|名词解释 ; 1|附件3|重点工程 ; 2|1.|交通工程 ; 2|2.|水利工程"},
    /* no annex: a sentence about one, a word that begins like the label, a label with no title */
    {"一、工作回顾\n\n附件1所列项目已全部完工。\n\n附件材料\n\n正文。\n\n附件1\n", "1|一、|工作回顾"},
};

/* Spans: a section runs to the next heading of the same or a higher level;
 * its body is its own text; parents point up the tree. */
static void spans(void) {
    const char *doc =
        "标题\n\n一、综合\n全年增长5%。\n（一）工业\n工业增长6%。\n（二）农业\n农业增长3%。\n二、民生\n就业稳定。";
    tj_doc *d = unit_analyze(doc, 0, TJ_LAYER_SECTIONS);
    CHECK(d->nsections == 4, "four sections, got %zu", d->nsections);
    if (d->nsections == 4) {
        const tj_section *s1 = &d->sections[0], *s2 = &d->sections[1], *s3 = &d->sections[2], *s4 = &d->sections[3];
        CHECK(!strcmp(unit_span(d, s1->b0, s1->b1),
                      "一、综合\n全年增长5%。\n（一）工业\n工业增长6%。\n（二）农业\n农业增长3%。"),
              "section 1 span: [%s]", unit_span(d, s1->b0, s1->b1));
        CHECK(!strcmp(unit_span(d, s1->body0, s1->body1), "全年增长5%。"), "section 1 body: [%s]",
              unit_span(d, s1->body0, s1->body1));
        CHECK(!strcmp(unit_span(d, s2->b0, s2->b1), "（一）工业\n工业增长6%。"), "section 2 span");
        CHECK(!strcmp(unit_span(d, s4->body0, s4->body1), "就业稳定。"), "section 4 body");
        CHECK(s1->parent == 0 && s2->parent == 1 && s3->parent == 1 && s4->parent == 0, "parents");
        CHECK(tj_section_at(d, s3->b0 + 3) == 3 && tj_section_at(d, 0) == 0, "innermost section of a position");
    }
    tj_doc_free(d);
    /* a page footer that ends a body is not part of it */
    d = unit_analyze("前言。\n一、综合\n全年增长5%。\n— 2 —\n二、民生\n就业稳定。\n下载  打印\n", 0, TJ_LAYER_SECTIONS);
    CHECK(d->nsections == 2 && !strcmp(unit_span(d, d->sections[0].body0, d->sections[0].body1), "全年增长5%。") &&
              !strcmp(unit_span(d, d->sections[1].body0, d->sections[1].body1), "就业稳定。"),
          "bodies without footers");
    tj_doc_free(d);
    /* a run-in heading: the rest of the line is body */
    d = unit_analyze("前言。\n（一）着力稳定宏观经济大盘。全年增长5.2%。\n（二）扩大内需。", 0, TJ_LAYER_SECTIONS);
    CHECK(d->nsections == 2 && !strcmp(unit_span(d, d->sections[0].body0, d->sections[0].body1), "全年增长5.2%。"),
          "run-in body");
    tj_doc_free(d);
}

void test_sections(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++) {
        const char *got = render(CASES[k].text);
        CHECK_STR("sections", CASES[k].text, got, CASES[k].want);
    }
    spans();
}
