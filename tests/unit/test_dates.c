/* test_dates.c — how tongji dates a value (indicators.md, period_start rules
 * 1-4) and how the time expressions of a work report take their years.  Each
 * case renders every indicator of its document as "text:start:end:source"
 * (empty for NULL), joined by " ; ".  The documents are written here. */
#include "unit.h"

static const char *render(const char *text, int year) {
    static char out[4096];
    tj_doc *d = unit_analyze(text, year, TJ_LAYER_INDICATORS);
    size_t o = 0;
    out[0] = 0;
    char b1[16], b2[16];
    for (size_t k = 0; k < d->nindicators && o < sizeof out - 256; k++) {
        const tj_indicator *r = &d->indicators[k];
        const char *s = tj_date_format(r->period_start, b1), *e = tj_date_format(r->period_end, b2);
        const char *src = tj_period_source_name(r->period_source);
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s:%s:%s:%s", k ? " ; " : "", unit_span(d, r->b0, r->b1),
                              s ? s : "", e ? e : "", src ? src : "");
    }
    tj_doc_free(d);
    return out;
}

#define REPORT "2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n"
#define BULLETIN "2023年某市国民经济和社会发展统计公报\n某市统计局\n2024年3月20日\n\n"

static const struct {
    int year;
    const char *text, *want;
} CASES[] = {
    /* 1. the text: a written year wins; 今年 is the reference year */
    {2022, "2021年全市生产总值增长5%。", "5%:2021-01-01:2021-12-31:text"},
    {2022, "今年以来，出口增长6%。", "6%:2022-01-01::text"},
    {2022, "截至11月底，新增就业3万人。", "3万人::2022-11-30:text"},
    /* a period without dates ends the search */
    {2022, "2021年工作回顾\n目前，全市共有企业300家。", "300家:::"},
    /* a yearless period takes its heading's year */
    {2026, "一、2025年工作回顾\n全年生产总值增长5%。", "5%:2025-01-01:2025-12-31:text"},
    /* in a work report without such a heading: the year before for what happened, the year itself for goals */
    {0, REPORT "一、过去工作回顾\n全年生产总值增长5.4%。\n三、今后工作安排\n全年生产总值增长5%左右。",
     "5.4%:2025-01-01:2025-12-31:text ; 5%左右:2026-01-01:2026-12-31:text"},
    /* not in a report: the reference year */
    {2022, "全年生产总值增长5%。", "5%:2022-01-01:2022-12-31:text"},
    /* 一年来, 五年来 in a report: the years under review */
    {0, REPORT "一年来，新增就业5万人。五年来，生产总值年均增长6%。",
     "5万人:2025-01-01:2025-12-31:text ; 6%:2021-01-01:2025-12-31:text"},
    {0, REPORT "过去五年，粮食产量年均增长2%。", "2%:2021-01-01:2025-12-31:text"},
    /* a span of years without years takes the heading's span of that length */
    {1982, "第六个五年计划的基本任务\n五年内新建住宅二亿平方米。五年投资一百七十九亿元。",
     "二亿平方米:1981-01-01:1985-12-31:text ; 一百七十九亿元:1981-01-01:1985-12-31:text"},
    {2022, "“十四五”以来，新增企业5万家。", "5万家:2021-01-01::text"},
    /* 去年同期: the part of the year spoken of last, a year earlier */
    {2021, "一季度，安徽省GDP为9529.1亿元。而在去年同期，安徽省GDP为7821.3亿元。",
     "9529.1亿元:2021-01-01:2021-03-31:text ; 7821.3亿元:2020-01-01:2020-03-31:text"},
    /* 2. the paragraph: the time it opens with, also for its later sentences */
    {2022, "2021年，全市经济平稳。生产总值增长5%。\n新增就业3万人。",
     "5%:2021-01-01:2021-12-31:paragraph ; 3万人:::"},
    {2022, "年末常住人口866万人，城镇化率70%。", "866万人::2022-12-31:text ; 70%::2022-12-31:text"},
    {2024, "1. 数据显示，股市平稳。\n5. 7月以来有748只个股获得机构调研。其中电子行业117只。",
     "748只:2024-07-01::text ; 117只:2024-07-01::paragraph"},
    /* a wrapped line is no paragraph break */
    {2022, "经济运行平稳。\n全年经济平稳，新增就业\n3万人。城镇化率\n\n提高1个百分点。",
     "3万人:2022-01-01:2022-12-31:text ; 1个百分点:2022-01-01:2022-12-31:paragraph"},
    /* 3. the heading: the nearest naming a year or a span */
    {2026, "一、2025年工作回顾\n（一）经济平稳\n粮食产量稳定在120万吨。", "120万吨:2025-01-01:2025-12-31:heading"},
    {2026, "一、“十四五”时期发展成就\n粮食产量稳定在120万吨。", "120万吨:2021-01-01:2025-12-31:heading"},
    {2026, "一、过去五年工作回顾\n粮食产量稳定在120万吨。", "120万吨:2021-01-01:2025-12-31:heading"},
    /* a heading with one year and a span: the year, but the span for an average over years */
    {2026, "一、2025年和“十四五”时期工作回顾\n粮食产量达到120万吨，生产总值年均增长5.5%。",
     "120万吨:2025-01-01:2025-12-31:heading ; 5.5%:2021-01-01:2025-12-31:heading"},
    /* 4. the document: a bulletin's year; a report's year under review, or its year for goals */
    {0, BULLETIN "一、综合\n粮食产量120万吨，增长2%。",
     "120万吨:2023-01-01:2023-12-31:document ; 2%:2023-01-01:2023-12-31:document"},
    {0, REPORT "粮食产量稳定在120万吨。我们要新增就业5万人。",
     "120万吨:2025-01-01:2025-12-31:document ; 5万人:2026-01-01:2026-12-31:document"},
    /* other documents have no period of their own */
    {2022, "新增就业3万人。", "3万人:::"},
    {0, "新增就业3万人。", "3万人:::"},
};

/* Without the year argument the reference year is doc_info's; the same rows
 * come out as with that year passed. */
static void without_year(void) {
    const char *doc = REPORT "一、2025年工作回顾\n全年生产总值增长5.4%。\n三、2026年工作安排\n今年生产总值增长5%左右。";
    char with[4096];
    snprintf(with, sizeof with, "%s", render(doc, 2026));
    CHECK_STR("dates without the year", doc, render(doc, 0), with);
    /* a text with neither a year of its own nor doc_info's: the year its expressions name */
    CHECK_STR("dates", "text year", render("2022年工作开局之际，…。全年新增就业3万人。", 0),
              "3万人:2022-01-01:2022-12-31:text");
}

void test_dates(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++)
        CHECK_STR("dates", CASES[k].text, render(CASES[k].text, CASES[k].year), CASES[k].want);
    without_year();
}
