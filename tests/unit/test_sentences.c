/* test_sentences.c — sentence boundaries, soft wraps, headings. */
#include "unit.h"

/* Sentences of text joined by " | ". */
static const char *split(const char *text, size_t n) {
    static char out[8192];
    tj_doc *d = tj_analyze(unit_env, text, n, 0, TJ_LAYER_SENTENCES);
    size_t o = 0;
    out[0] = 0;
    for (size_t k = 0; d && k < d->nsentences; k++) {
        const tj_sentence *t = &d->sentences[k];
        if (k) o += (size_t)snprintf(out + o, sizeof out - o, " | ");
        o += (size_t)snprintf(out + o, sizeof out - o, "%s", unit_span(d, t->b0, t->b1));
    }
    tj_doc_free(d);
    return out;
}

static const struct {
    const char *text, *want;
} CASES[] = {
    /* terminators */
    {"甲。乙！丙？丁!戊?", "甲。 | 乙！ | 丙？ | 丁! | 戊?"},
    {"全年增长5%。", "全年增长5%。"},
    {"没有句号", "没有句号"},
    {"真的吗？！是的。", "真的吗？！ | 是的。"},
    /* closing quotes and brackets belong to the sentence */
    {"他说：“好。”然后走了。", "他说：“好。” | 然后走了。"},
    {"（见附件。）下一句。", "（见附件。） | 下一句。"},
    {"《报告》指出：“增长5%！”", "《报告》指出：“增长5%！”"},
    /* clauses are not sentences */
    {"甲增长5%；乙增长6%。", "甲增长5%；乙增长6%。"},
    {"甲增长5%,乙增长6%;丙增长7%。", "甲增长5%,乙增长6%;丙增长7%。"},
    /* soft wraps keep the line break */
    {"全年实现地区生产总\n值20817.5亿元。", "全年实现地区生产总\n值20817.5亿元。"},
    {"前言。\n同比增长\n\n8.6%。", "前言。 | 同比增长\n\n8.6%。"},
    {"甲\n乙\n丙。", "甲\n乙\n丙。"},
    {"前言。\n增长\n\n — 2 —\n4.5%。", "前言。 | 增长\n\n — 2 —\n4.5%。"},
    {"前言。\n经济增速是综合性指标，今年预期目标设定\n\xe2\x80\x8b\n为6%以上。",
     "前言。 | 经济增速是综合性指标，今年预期目标设定\n\xe2\x80\x8b\n为6%以上。"},
    /* the document's title line is a sentence of its own */
    {"绘出现代化国际大都市建设的新画卷\n\n(上接封面)\n\n实体经济是立市之本。",
     "绘出现代化国际大都市建设的新画卷 | 实体经济是立市之本。"},
    /* the issuer is a line of the document's opening: a sentence of its own, not wrapped into the body */
    {"2023年洛阳市统计公报\n洛阳市统计局\n\n全年增长5%。", "2023年洛阳市统计公报 | 洛阳市统计局 | 全年增长5%。"},
    /* hard breaks */
    {"第一段。\n第二段", "第一段。 | 第二段"},
    {"第一段。\n\n第二段。", "第一段。 | 第二段。"},
    {"他说“好。”\n下一段。", "他说“好。” | 下一段。"},
    /* headings end sentences, before and after */
    {"导语\n一、综合\n正文。", "导语 | 一、综合 | 正文。"},
    {"一、综合\n全年增长5%。\n二、工业\n工业增长6%。", "一、综合 | 全年增长5%。 | 二、工业 | 工业增长6%。"},
    {"（一）着力稳定宏观经济大盘。全年增长5%。", "（一）着力稳定宏观经济大盘。 | 全年增长5%。"},
    {"（一）着力稳定大盘。全年国内生产总值增长\n8%。", "（一）着力稳定大盘。 | 全年国内生产总值增长\n8%。"},
    {"突出抓实体经济——\n\n聚焦高质量发展。", "突出抓实体经济—— | 聚焦高质量发展。"},
    {"## 宏观\n1. 中国PMI为49.4。\n2. 央行开展逆回购。", "## 宏观 | 1. 中国PMI为49.4。 | 2. 央行开展逆回购。"},
    /* white space and empties */
    {"", ""},
    {"   \n\n　　\n", ""},
    {"　　第一句。　　第二句。", "第一句。 | 第二句。"},
    {"。", "。"},
    {"甲。\r\n乙。\r\n", "甲。 | 乙。"},
    /* table rows are never joined */
    {"表头说明\n地区生产总值      20817.5      2.8\n第一产业      588.4      3.8\n注释。",
     "表头说明 | 地区生产总值      20817.5      2.8 | 第一产业      588.4      3.8 | 注释。"},
    /* web-page furniture makes no sentence */
    {"下载\n打印\n全屏\n正文第一句。", "正文第一句。"},
    /* invalid UTF-8 is text that never crashes */
    {"\xff\xfe。abc", "\xff\xfe。 | abc"},
    {"甲\xe4\xb8。乙。", "甲\xe4\xb8。 | 乙。"},
};

static void boundaries(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++) {
        const char *got = split(CASES[k].text, strlen(CASES[k].text));
        CHECK(!strcmp(got, CASES[k].want), "sentences case %zu:\n  got  [%s]\n  want [%s]", k, got, CASES[k].want);
    }
    /* the document ends at its first NUL, as SQLite's text functions do */
    const char nul[] = "前。\0后。";
    CHECK(!strcmp(split(nul, sizeof nul - 1), "前。"), "NUL ends the text");
}

static void section_ids(void) {
    tj_doc *d = unit_analyze("前言。\n一、综合\n甲。\n（一）工业\n乙。\n二、农业\n丙。", 0, TJ_LAYER_SENTENCES);
    static const int want[] = {0, 1, 1, 2, 2, 3, 3};
    CHECK(d->nsentences == N_ELEMS(want), "7 sentences, got %zu", d->nsentences);
    for (size_t k = 0; k < d->nsentences && k < N_ELEMS(want); k++)
        CHECK(d->sentences[k].section == want[k], "sentence %zu section %d want %d", k + 1, d->sentences[k].section,
              want[k]);
    tj_doc_free(d);
}

/* Every sentence is a whole number of characters and the character
 * positions grow with the byte positions. */
static void offsets(void) {
    const char *text = "　　全市地区生产总值5.2万亿元、增长5.4%。\n\n其中：一般公共预算收入增长4.8%！\xff结束";
    tj_doc *d = unit_analyze(text, 0, TJ_LAYER_SENTENCES);
    int64_t last = 0;
    int ok = 1;
    for (size_t k = 0; k < d->nsentences; k++) {
        int64_t p = tj_doc_charpos(d, d->sentences[k].b0);
        if (p <= last) ok = 0;
        last = p;
    }
    CHECK(ok && d->nsentences == 3, "positions grow (%zu sentences)", d->nsentences);
    CHECK(tj_doc_charpos(d, d->sentences[0].b0) == 3, "first sentence starts at character 3");
    CHECK(tj_doc_charlen(d, d->sentences[0].b0, d->sentences[0].b1) == 22, "first sentence is 22 characters, got %lld",
          (long long)tj_doc_charlen(d, d->sentences[0].b0, d->sentences[0].b1));
    tj_doc_free(d);
}

void test_sentences(void) {
    boundaries();
    section_ids();
    offsets();
}
