/* test_roles.c — every word of the tables whose words play a role
 * (lexicon.c), put through the code path that uses that role.  Each word
 * goes into a sentence written for its role; the test checks what the role
 * promises.  So a word added to a table is tested with no other edit, and a
 * role that code stops asking the table for fails here. */
#include <stdlib.h>

#include "internal.h"
#include "unit.h"

/* The sentence made of a, the word w and b (static buffer). */
static const char *with(const char *a, const char *w, const char *b) {
    static char buf[1024];
    snprintf(buf, sizeof buf, "%s%s%s", a, w, b);
    return buf;
}

/* Row k of the text's indicators (NULL when there are fewer), the document
 * in *dp to free. */
static const tj_indicator *row_of(const char *text, int year, size_t k, tj_doc **dp) {
    *dp = unit_analyze(text, year, TJ_LAYER_INDICATORS);
    return k < (*dp)->nindicators ? &(*dp)->indicators[k] : NULL;
}

/* The subject of row r for a message's "%.*s" (empty when there is no row). */
#define SUBJECT_ARGS(r) (r) ? (int)(r)->subject.n : 0, (r) && (r)->subject.p ? (r)->subject.p : ""

static int str_is(tj_str s, const char *want) { return s.p && s.n == strlen(want) && !memcmp(s.p, want, s.n); }

static int str_has(tj_str s, const char *part) {
    size_t n = strlen(part);
    for (uint32_t i = 0; s.p && i + n <= s.n; i++)
        if (!memcmp(s.p + i, part, n)) return 1;
    return 0;
}

/* 同比增长, 五年平均增长: a basis word before the verb is the row's basis;
 * a convention (按可比价格计算) standing as its own clause is too. */
static void basis_words(void) {
    const tj_wordset *ws = &unit_env->lex.basis_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = (w->arg & TJ_BWF_ADVERB) ? with("工业增加值", w->w, "增长5%。")
                                                     : with("工业增加值增长3%，", w->w, "增长5%。");
        const tj_indicator *r = row_of(text, 2024, (w->arg & TJ_BWF_ADVERB) ? 0 : 1, &d);
        CHECK(r && str_is(r->basis, w->norm ? w->norm : w->w) && r->kind == TJ_K_CHANGE, "basis word %s: %s", w->w,
              text);
        tj_doc_free(d);
    }
}

/* 比上年, 较2021年底: a time after a basis cue is what the value is compared
 * with, not its period; 比全国高1.8个百分点: after 比/较 (TJ_BCF_THAN) the
 * compared thing, then a comparative. */
static void basis_cues(void) {
    const tj_wordset *ws = &unit_env->lex.basis_cues;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text;
        const tj_indicator *r;
        if (w->tag == TJ_BC_WORD) { /* a look-alike: no comparison */
            text = with("优良水体", w->w, "提高2.3个百分点。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && !r->basis.p && r->value == 2.3, "look-alike %s: %s", w->w, text);
            tj_doc_free(d);
            continue;
        }
        text = with("工业增加值", w->w, "2022年增长5%。");
        r = row_of(text, 2024, 0, &d);
        CHECK(r && str_has(r->basis, "2022年") && !str_is(r->period, "2022年"), "basis cue %s: %s", w->w, text);
        tj_doc_free(d);
        if (!(w->arg & TJ_BCF_THAN)) continue;
        text = with("工业增加值", w->w, "全国高1.5个百分点。");
        r = row_of(text, 2024, 0, &d);
        CHECK(r && r->kind == TJ_K_CHANGE && r->value == 1.5 && str_is(r->basis, "全国"), "than %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* 比全国高/低1.5个百分点: the comparative gives the sign. */
static void comparatives(void) {
    const tj_wordset *ws = &unit_env->lex.comparatives;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("工业增加值比全国", w->w, "1.5个百分点。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        double want = w->tag == TJ_CMP_LESS ? -1.5 : 1.5;
        CHECK(r && r->kind == TJ_K_CHANGE && r->value == want && str_is(r->subject, "工业增加值"), "comparative %s: %s",
              w->w, text);
        tj_doc_free(d);
    }
}

/* The first quantity of a text, or NULL (the document in *dp). */
static const tj_quantity *quantity_of(const char *text, tj_doc **dp) {
    *dp = unit_analyze(text, 2024, TJ_LAYER_QUANTITIES);
    return (*dp)->nquantities ? &(*dp)->quantities[0] : NULL;
}

/* Units with a role: a span of time takes 内 (30天内); years and ages are
 * never indicators; 度 and 点 after 一 are an article. */
static void unit_roles(void) {
    const tj_wordset *ws = &unit_env->lex.units;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text;
        if (w->arg & TJ_UF_TIME) { /* (30日内, 30年内 are read as times first: a span within) */
            text = with("审批时间压缩到30", w->w, "内完成。");
            const tj_quantity *q = quantity_of(text, &d);
            int as_time = !q && d->nperiods == 1;
            CHECK(as_time || (q && q->qualifier == TJ_QUAL_UNDER && (q->unit_flags & TJ_UF_TIME)), "time unit %s: %s",
                  w->w, text);
            tj_doc_free(d);
        }
        if (w->arg & TJ_UF_YEARS) {
            text = with("全市干部奋斗了二十八", w->w, "。");
            d = unit_analyze(text, 2024, TJ_LAYER_INDICATORS);
            CHECK(d->nindicators == 0, "years %s: %s", w->w, text);
            tj_doc_free(d);
        }
        if (w->arg & TJ_UF_AGE) {
            text = with("全市16-59", w->w, "人口占60%。");
            d = unit_analyze(text, 2024, TJ_LAYER_INDICATORS);
            CHECK(d->nindicators == 1 && d->indicators[0].value == 60, "age %s: %s", w->w, text);
            tj_doc_free(d);
        }
        if (w->arg & TJ_UF_RATING) {
            text = with("新建22个750", w->w, "电网工程。");
            d = unit_analyze(text, 2024, TJ_LAYER_INDICATORS);
            CHECK(d->nindicators == 1 && d->indicators[0].value == 22, "rating %s: %s", w->w, text);
            tj_doc_free(d);
        }
        if (w->arg & TJ_UF_TIMES) {
            const tj_indicator *r;
            text = with("全年先后4", w->w, "降低存款准备金率。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && r->value == 4 && str_is(r->subject, "降低存款准备金率"), "times %s: %s", w->w, text);
            tj_doc_free(d);
        }
        if (w->arg & TJ_UF_ARTICLE) {
            text = with("经济一", w->w, "回落。");
            const tj_quantity *q = quantity_of(text, &d);
            CHECK(!q, "article unit %s: %s", w->w, text);
            tj_doc_free(d);
        }
    }
}

/* Qualifiers before a number, and those of them that may stand before the
 * verb (至少增长2%). */
static void qualifiers_before(void) {
    const tj_wordset *ws = &unit_env->lex.qual_before;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (!w->tag) continue; /* a look-alike */
        tj_doc *d;
        const char *text = with("粮食产量", w->w, "7亿吨。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && r->qualifier == w->tag, "qualifier %s: %s", w->w, text);
        tj_doc_free(d);
        if (!(w->arg & TJ_QBF_BEFORE_VERB)) continue;
        text = with("粮食产量", w->w, "增长2%。");
        r = row_of(text, 2024, 0, &d);
        CHECK(r && r->qualifier == w->tag && r->kind == TJ_K_CHANGE && str_is(r->subject, "粮食产量"),
              "qualifier before the verb %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* Heads that point back: the value takes the subject named before; a head
 * of a share (这个比例) makes a share. */
static void vague_heads(void) {
    const tj_wordset *ws = &unit_env->lex.vague_heads;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("全市民营经济增加值占比40%，", w->w, "提高到45%。");
        const tj_indicator *r = row_of(text, 2024, 1, &d);
        CHECK(r && str_is(r->subject, "民营经济增加值") && r->value == 45, "vague head %s: %s", w->w, text);
        if (r && w->tag == TJ_K_SHARE) CHECK(r->kind == TJ_K_SHARE, "vague share %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* Status cues before a value: a goal, a forecast, what happened; a
 * look-alike (重要, 稳预期) is none. */
static void status_cues(void) {
    const tj_wordset *ws = &unit_env->lex.status_cues;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("全市", w->w, "地区生产总值增长5%。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        int want = w->tag == TJ_SC_FORECAST                          ? TJ_S_FORECAST
                   : w->tag == TJ_SC_TARGET || w->tag == TJ_SC_GOALS ? TJ_S_TARGET
                                                                     : TJ_S_ACTUAL;
        CHECK(r && r->status == want, "status cue %s: %s: got %s, want %s", w->w, text,
              r ? tj_status_name(r->status) : "no row", tj_status_name(want));
        tj_doc_free(d);
        if (!(w->arg & TJ_SCF_SAYS)) continue;
        /* a verb of who forecasts: the one before it is no part of the subject, and a 将 after it keeps the
         * forecast */
        text = with("国际机构", w->w, "中国经济将增长5%。");
        r = row_of(text, 2024, 0, &d);
        CHECK(r && str_is(r->subject, "中国经济") && r->status == TJ_S_FORECAST, "forecaster %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* Scope words before a subject: the row's scope. */
static void scope_words(void) {
    const tj_wordset *ws = &unit_env->lex.scope_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("", w->w, "地区生产总值增长5%。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && str_is(r->scope, w->w) && str_is(r->subject, "地区生产总值"), "scope %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* The sections of a text: the labels, joined by " ". */
static const char *labels_of(const char *text) {
    static char out[512];
    tj_doc *d = unit_analyze(text, 0, TJ_LAYER_SECTIONS);
    size_t o = 0;
    out[0] = 0;
    for (size_t k = 0; k < d->nsections && o < sizeof out - 64; k++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", k ? " " : "", unit_str(d->sections[k].label));
    tj_doc_free(d);
    return out;
}

/* Heading marks: a chapter's word names its label, a bracket opens a
 * numbered label, a caption is no heading, a glossary's items are none. */
static void heading_marks(void) {
    const tj_wordset *ws = &unit_env->lex.heading_marks;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        char text[512], want[128];
        switch (w->tag) {
        case TJ_HM_CHAPTER:
            snprintf(text, sizeof text, "第一%s 总则\n\n总的规定写在这里。\n\n第二%s 分则\n\n分别的规定写在这里。\n", w->w,
                     w->w);
            snprintf(want, sizeof want, "第一%s 第二%s", w->w, w->w);
            CHECK_STR("chapter word", w->w, labels_of(text), want);
            break;
        case TJ_HM_OPEN:
            snprintf(text, sizeof text, "%s一）综合\n\n全年经济运行平稳。\n\n%s二）农业\n\n全年粮食增产。\n", w->w, w->w);
            snprintf(want, sizeof want, "%s一） %s二）", w->w, w->w);
            CHECK_STR("opening bracket", w->w, labels_of(text), want);
            break;
        case TJ_HM_CAPTION:
            snprintf(text, sizeof text, "一、综合\n\n全年经济运行平稳。\n\n%s1 主要指标\n\n二、农业\n\n全年粮食增产。\n", w->w);
            CHECK_STR("caption", w->w, labels_of(text), "一、 二、");
            break;
        case TJ_HM_GLOSSARY:
            snprintf(text, sizeof text,
                     "一、综合\n\n全年经济运行平稳。\n\n%s：\n1.“两重”：是指重大战略实施和重点领域安全能力建设。\n"
                     "2.“两新”：是指大规模设备更新和消费品以旧换新。\n",
                     w->w);
            CHECK_STR("glossary", w->w, labels_of(text), "一、");
            break;
        case TJ_HM_ANNEX:
            snprintf(text, sizeof text, "一、综合\n\n全年经济运行平稳。\n\n%s2\n重点工程清单\n一、交通工程\n正文。\n",
                     w->w);
            snprintf(want, sizeof want, "一、 %s2 一、", w->w);
            CHECK_STR("annex", w->w, labels_of(text), want);
            break;
        default: break; /* 第 and the dashes: by their styles, in test_sections.c */
        }
    }
}

/* Function words, each by its role. */
static void function_words(void) {
    const tj_wordset *ws = &unit_env->lex.function_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const tj_indicator *r;
        const char *text;
        switch (w->tag) {
        case TJ_FW_AND: /* joins the parts a 分别 hands out */
            text = with("全市工业投资", w->w, "服务业投资分别增长13.7%和25.0%。");
            r = row_of(text, 2024, 1, &d);
            CHECK(r && str_is(r->subject, "服务业投资"), "and %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_ADVERB: /* the predicate begins: the counted noun ends */
            text = with("目前，29个新建项目", w->w, "启动签约。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && str_is(r->subject, "新建项目"), "adverb %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_MAKE: /* 建设…示范区，…: a zone made is not the actor of the clause after it */
            text = with("2023年青岛市国民经济和社会发展统计公报\n青岛市统计局\n\n全年", w->w,
                        "全国首个交通强国示范区，高速公路通车里程新增30公里。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && r->region == 370200, "make %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_SET: /* 年初确定的目标，…: when a goal was set, not the value's time */
            text = with("全面实现年初", w->w, "的主要目标，地区生产总值增长5%。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && !r->period.p, "set %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_PUT: /* 放在第一位 is no rank */
            text = with("全市把稳就业", w->w, "第一位。");
            d = unit_analyze(text, 2024, TJ_LAYER_INDICATORS);
            CHECK(d->nindicators == 0, "put %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_EMPTY_VERB: /* 甲区、乙区完成投资: the head after the verb is shared */
            text = with("甲区、乙区", w->w, "投资分别为5亿元和6亿元。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && str_is(r->subject, "甲区投资"), "empty verb %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_EACH: /* 每个园区聚焦1个产业: no indicator */
            text = with("", w->w, "个园区聚焦1个主导产业。");
            d = unit_analyze(text, 2024, TJ_LAYER_INDICATORS);
            CHECK(d->nindicators == 0, "each %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_LEVEL_NOUN: /* 迈上1万亿元台阶: a level, no counted noun */
            text = with("全市经济总量迈上1万亿元", w->w, "。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && str_is(r->subject, "经济总量"), "level noun %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_PART_VERB: /* 覆盖全市75%的乡镇: a share of the 乡镇 */
            text = with("5G网络", w->w, "全市75%的乡镇。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && r->kind == TJ_K_SHARE && str_is(r->basis, "乡镇"), "part verb %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_BOUND: /* 起售价11.98万元起: a bound, no counted noun */
            text = with("新车起售价11.98万元", w->w, "。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && str_is(r->subject, "新车起售价"), "bound %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_FW_GIVE: /* 为困难群众发放生活补贴100万元: what is given */
            text = with("全年为困难群众", w->w, "生活补贴100万元。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && str_is(r->subject, "生活补贴"), "give %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        default: break;
        }
        if (w->arg & TJ_FWF_GOES_ON) { /* a short line ending with it is no heading */
            char doc[256];
            snprintf(doc, sizeof doc, "一、综合\n\n全年经济运行平稳。\n\n今年的重点工作%s\n\n全年经济运行平稳，各项指标好于预期。\n",
                     w->w);
            CHECK_STR("goes on", w->w, labels_of(doc), "一、");
        }
    }
}

/* Span words: 过去五年, 近三年, 这五年 are times; 比前五年 a basis. */
static void span_words(void) {
    const tj_wordset *ws = &unit_env->lex.span_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        char span[64];
        snprintf(span, sizeof span, "%s五年", w->w);
        const char *text = w->tag == TJ_SW_PRIOR ? with("城乡居民储蓄存款比", span, "增长2.3倍。")
                                                 : with("", span, "，地区生产总值年均增长5%。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        if (w->tag == TJ_SW_PRIOR)
            CHECK(r && str_has(r->basis, span) && str_is(r->subject, "城乡居民储蓄存款"), "prior span %s: %s", w->w,
                  text);
        else
            CHECK(r && str_is(r->period, span), "span %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* “六五”时期: the plan's years from its table row. */
static void plan_names(void) {
    const tj_wordset *ws = &unit_env->lex.plan_names;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("“", w->w, "”时期，全国粮食产量年均增长5%。");
        const tj_indicator *r = row_of(text, 2030, 0, &d);
        CHECK(r && r->period_start == w->arg * 10000 + 101 && r->period_end == (w->arg + 4) * 10000 + 1231,
              "plan %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* 其中，城市上涨0.1%: a subgroup narrows the subject named before. */
static void subgroups(void) {
    const tj_wordset *ws = &unit_env->lex.subgroups;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        char want[64];
        snprintf(want, sizeof want, "%s居民消费价格", w->w);
        const char *text = with("全年全市居民消费价格涨幅与上年持平。其中，", w->w, "上涨0.1%。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && str_is(r->subject, want), "subgroup %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* A heading's words say what its section states: a weak cue (安排) makes
 * a goal in a section of plans, not in one of review. */
static void plan_titles(void) {
    const tj_wordset *ws = &unit_env->lex.plan_titles;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("一、", w->w, "\n\n中央财政安排就业资金426亿元。\n");
        const tj_indicator *r = row_of(text, 2026, 0, &d);
        CHECK(r && r->status == (w->tag == TJ_PT_PLAN ? TJ_S_TARGET : TJ_S_ACTUAL), "plan title %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* 该项支出: the subject named before; a look-alike (该项目) is a subject. */
static void demonstratives(void) {
    const tj_wordset *ws = &unit_env->lex.demonstratives;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("全年财政支出2000亿元，其中教育支出500亿元，", w->w, "支出增长5%。");
        const tj_indicator *r = row_of(text, 2024, 2, &d);
        if (w->tag)
            CHECK(r && str_is(r->subject, "教育支出"), "demonstrative %s: %s", w->w, text);
        else
            CHECK(r && str_has(r->subject, w->w), "look-alike %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* 迈上1万亿元台阶: a verb of a level reached, even before 万亿 alone. */
static void step_verbs(void) {
    const tj_wordset *ws = &unit_env->lex.tail_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (!(w->arg & TJ_TWF_STEP)) continue;
        tj_doc *d;
        const char *text = with("全省经济总量", w->w, "万亿元台阶。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && str_is(r->subject, "经济总量") && r->value == 1e12, "step %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* 参保人数 after a named insurance scheme: the scheme's. */
static void bare_heads(void) {
    const tj_wordset *ws = &unit_env->lex.bare_heads;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (!w->norm) continue;
        tj_doc *d;
        char named[64];
        snprintf(named, sizeof named, "农村养老%s", w->norm);
        char buf[256];
        snprintf(buf, sizeof buf, "%s工作全面开展，%s达到8000人。", named, w->w);
        const tj_indicator *r = row_of(buf, 2024, 0, &d);
        CHECK(r && str_has(r->subject, named) && str_has(r->subject, w->w), "bare head %s: %s", w->w, buf);
        tj_doc_free(d);
    }
}

/* 扣除留抵退税因素后 (an opening and a closing word): a convention, the
 * basis; 与2021年底相比: a comparison; 在执行中: a setting, no subject;
 * 比上年预算: a figure of the time compared with, in the basis; 是2012年的
 * 2.1倍: a multiple of what follows the word. */
static void basis_frames(void) {
    const tj_wordset *ws = &unit_env->lex.basis_frames;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        char phrase[128];
        const char *text;
        const tj_indicator *r;
        switch (w->tag) {
        case TJ_BF_OPEN:
        case TJ_BF_CLOSE:
            snprintf(phrase, sizeof phrase, "%s留抵退税%s", w->tag == TJ_BF_OPEN ? w->w : "扣除",
                     w->tag == TJ_BF_CLOSE ? w->w : "计算");
            text = with("全市一般公共预算收入增长3%，", phrase, "增长5.8%。");
            r = row_of(text, 2024, 1, &d);
            CHECK(r && str_is(r->basis, phrase), "frame %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_BF_COMPARED:
            snprintf(phrase, sizeof phrase, "与2021年底%s", w->w);
            text = with("截至10月底，", phrase, "，全市贷款余额增长5%。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && str_is(r->basis, phrase), "compared %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_BF_SETTING_OPEN:
        case TJ_BF_SETTING_CLOSE:
            snprintf(phrase, sizeof phrase, "%s执行%s", w->tag == TJ_BF_SETTING_OPEN ? w->w : "在",
                     w->tag == TJ_BF_SETTING_CLOSE ? w->w : "中");
            text = with("地区生产总值平均每年递增4%，", phrase, "争取达到5%。");
            r = row_of(text, 2024, 1, &d);
            CHECK(r && str_is(r->subject, "地区生产总值"), "setting %s: %s", w->w, text);
            tj_doc_free(d);
            break;
        case TJ_BF_MULTIPLE:
            text = with("全市旅游收入120亿元，", w->w, "2012年的2.1倍。");
            r = row_of(text, 2022, 1, &d);
            CHECK(r && str_is(r->basis, "2012年") && str_is(r->subject, "旅游收入") && !r->period.p,
                  "multiple %s: %s -> %.*s", w->w, text, SUBJECT_ARGS(r));
            tj_doc_free(d);
            break;
        case TJ_BF_FIGURE:
            snprintf(phrase, sizeof phrase, "比上年%s", w->w);
            text = with("全市一般公共预算支出", phrase, "增长4%。");
            r = row_of(text, 2024, 0, &d);
            CHECK(r && r->kind == TJ_K_CHANGE && str_is(r->basis, phrase) && str_is(r->subject, "一般公共预算支出"),
                  "figure %s: %s -> %.*s", w->w, text, SUBJECT_ARGS(r));
            tj_doc_free(d);
            break;
        default: break;
        }
    }
}

/* Does the first row of text have the value v and the subject want?  The
 * role and word name a failure. */
static void check_first_row(const char *role, const char *word, const char *text, double v, const char *want) {
    tj_doc *d;
    const tj_indicator *r = row_of(text, 2024, 0, &d);
    CHECK(r && r->value == v && str_is(r->subject, want), "%s %s: %s -> %.*s", role, word, text, SUBJECT_ARGS(r));
    tj_doc_free(d);
}

/* 投资3亿元的滨河公园建成通车: a stage after a project's name (an adverb
 * before a stage) is no part of the name an investment is about. */
static void stage_words(void) {
    const tj_wordset *ws = &unit_env->lex.stage_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = w->tag == TJ_ST_VERB ? with("投资3亿元的滨河公园", w->w, "。")
                                                : with("投资3亿元的滨河公园", w->w, "投入使用。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && str_is(r->subject, "滨河公园投资"), "stage %s: %s", w->w, text);
        tj_doc_free(d);
        /* and ends the noun a count counts: 5个滨河公园|建成通车 */
        text = w->tag == TJ_ST_VERB ? with("全年5个滨河公园", w->w, "。") : with("全年5个滨河公园", w->w, "投入使用。");
        check_first_row("stage", w->w, text, 5, "滨河公园");
    }
}

/* After a counted noun, a verb of level of two characters or more begins
 * the predicate (28个试点城市|实现…), and the adverbs before it go with it
 * (10件民生实事[全面]|完成). */
static void counted_noun_predicates(void) {
    const tj_wordset *ws = &unit_env->lex.tail_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (w->tag == TJ_TW_LEVEL && strlen(w->w) >= 6 && !w->arg) /* 分别为, 迈上: their own paths */
            check_first_row("predicate", w->w, with("全年28个试点城市", w->w, "全域覆盖。"), 28, "试点城市");
        if (w->tag == TJ_TW_ADV && !w->arg) /* 分别, 由: their own paths */
            check_first_row("adverb", w->w, with("全年10件民生实事", w->w, "完成。"), 10, "民生实事");
    }
}

/* A lead word opens a clause and is no part of its subject (全市[完成]工业投资…,
 * [建成]5个…), nor is the point of a list (三是, 一要). */
static void lead_words(void) {
    const tj_wordset *ws = &unit_env->lex.lead_words;
    for (size_t k = 0; k < ws->nwords; k++)
        if (ws->words[k].tag == TJ_LW_LEAD)
            check_first_row("lead", ws->words[k].w, with("全年，", ws->words[k].w, "工业投资增长5%。"), 5, "工业投资");
    /* after a numeral, a word that makes the point of a list goes with it (三是, 一要) */
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (w->tag == TJ_LW_POINT || (w->tag == TJ_LW_LEAD && (w->arg & TJ_LWF_POINT)))
            check_first_row("point", w->w, with("全年，三", w->w, "新建学校10所。"), 10, "新建学校");
    }
}

/* A verb of change that a line break splits (text from a PDF: 下\n降1.5%) is
 * read whole: the row is a change, and no half of the verb is in its subject. */
static void verbs_across_lines(void) {
    const tj_wordset *ws = &unit_env->lex.tail_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if ((w->tag != TJ_TW_UP && w->tag != TJ_TW_DOWN) || strlen(w->w) < 6 || w->arg) continue;
        char text[256];
        snprintf(text, sizeof text, "全县粮食产量比上年%.3s\n  %s1.5%%。", w->w, w->w + 3);
        tj_doc *d;
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && r->kind == TJ_K_CHANGE && str_is(r->subject, "粮食产量") && str_is(r->basis, "比上年"),
              "verb across lines %s: %s -> %.*s", w->w, text, SUBJECT_ARGS(r));
        tj_doc_free(d);
    }
}

/* Before a verb of change, a word of level that goes with it (将 要 再 and
 * every word of two characters or more: 力争 实现) is no part of the subject;
 * another word of one character is (英伟达涨5%). */
static void auxiliaries(void) {
    const tj_wordset *ws = &unit_env->lex.tail_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (w->tag != TJ_TW_LEVEL || (w->arg & ~(unsigned)TJ_TWF_AUX)) continue;
        int goes_with_verb = strlen(w->w) >= 6 || (w->arg & TJ_TWF_AUX);
        char want[64];
        snprintf(want, sizeof want, "粮食产量%s", goes_with_verb ? "" : w->w);
        tj_doc *d;
        const char *text = with("全年粮食产量", w->w, "增长2%。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && r->kind == TJ_K_CHANGE && r->value == 2 && str_is(r->subject, want), "auxiliary %s: %s -> %.*s",
              w->w, text, SUBJECT_ARGS(r));
        tj_doc_free(d);
    }
}

/* A mark before a subject (：, ——, a closing quote) is no part of it. */
static void lead_marks(void) {
    const tj_wordset *ws = &unit_env->lex.lead_marks;
    for (size_t k = 0; k < ws->nwords; k++)
        check_first_row("lead mark", ws->words[k].w, with("全年", ws->words[k].w, "工业投资增长5%。"), 5, "工业投资");
}

/* A mark that opens something (“, （) ends a counted noun before it. */
static void trail_marks(void) {
    const tj_wordset *ws = &unit_env->lex.trail_marks;
    for (size_t k = 0; k < ws->nwords; k++)
        check_first_row("trail mark", ws->words[k].w, with("全年318个老旧小区改造项目", ws->words[k].w, "当年开工。"),
                        318, "老旧小区改造项目");
}

/* A number of a list takes the unit of the next one across any list separator. */
static void list_separators(void) {
    const tj_wordset *ws = &unit_env->lex.list_separators;
    for (size_t k = 0; k < ws->nwords; k++) {
        tj_doc *d;
        const char *text = with("耕地、林地面积分别减少10.6万", ws->words[k].w, "3.8万平方公里。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && r->value == -106000 && r->unit && !strcmp(r->unit, "平方公里"), "list separator %s: %s",
              ws->words[k].w, text);
        tj_doc_free(d);
    }
}

/* A place that acts and its empty verb open no subject (广东完成规模以上工业增加值);
 * the place is the row's region. */
static void empty_verbs(void) {
    const tj_wordset *ws = &unit_env->lex.function_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (w->tag != TJ_FW_EMPTY_VERB) continue;
        tj_doc *d;
        const char *text = with("一季度，广东省", w->w, "规模以上工业增加值7860亿元。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(r && str_is(r->subject, "规模以上工业增加值") && r->region &&
                  !strcmp(tj_region_name(r->region), "广东省"),
              "empty verb %s: %s -> %.*s", w->w, text, SUBJECT_ARGS(r));
        tj_doc_free(d);
    }
}

/* After a slash, a word a unit is counted per makes a compound unit (元/月). */
static void per_units(void) {
    const tj_wordset *ws = &unit_env->lex.per_units;
    for (size_t k = 0; k < ws->nwords; k++) {
        tj_doc *d;
        char want[64];
        snprintf(want, sizeof want, "元/%s", ws->words[k].norm);
        const tj_indicator *r = row_of(with("全市最低生活保障标准为645元/", ws->words[k].w, "。"), 2024, 0, &d);
        CHECK(r && r->value == 645 && r->unit && !strcmp(r->unit, want), "per unit %s", ws->words[k].w);
        tj_doc_free(d);
    }
}

/* A goal's head at the end of a subject names the goal, not the indicator. */
static void goal_heads(void) {
    const tj_wordset *ws = &unit_env->lex.goal_heads;
    for (size_t k = 0; k < ws->nwords; k++)
        check_first_row("goal head", ws->words[k].w, with("今年粮食产量", ws->words[k].w, "为7亿吨。"), 7e8, "粮食产量");
}

/* A whole named by its members' number shares a 分别 out to its members
 * (城乡居民人均可支配收入分别增长… -> 城镇居民…, 农村居民…). */
static void enumerations(void) {
    const tj_wordset *ws = &unit_env->lex.enumerations;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        char text[256], want[64];
        int o = snprintf(text, sizeof text, "%s人均收入分别增长", w->w);
        for (int m = 0; m < w->arg; m++)
            o += snprintf(text + o, sizeof text - (size_t)o, "%s%d%%", m ? "、" : "", m + 1);
        snprintf(text + o, sizeof text - (size_t)o, "。");
        tj_doc *d = unit_analyze(text, 2024, TJ_LAYER_INDICATORS);
        const char *names = w->norm;
        for (int m = 0; m < w->arg; m++) {
            const char *bar = strchr(names, '|');
            size_t l = bar ? (size_t)(bar - names) : strlen(names);
            snprintf(want, sizeof want, "%.*s人均收入", (int)l, names);
            const tj_indicator *r = (size_t)m < d->nindicators ? &d->indicators[m] : NULL;
            CHECK(r && str_is(r->subject, want), "enumeration %s, member %d: %s", w->w, m + 1, text);
            names = bar ? bar + 1 : names + l;
        }
        tj_doc_free(d);
    }
}

/* A field right before a rank, with no word of rank, is the rank's basis
 * (农村集体资产总量全国第一), also after a verb and a streak (连续9年升至全国第二). */
static void rank_fields(void) {
    const tj_wordset *ws = &unit_env->lex.rank_fields;
    for (size_t k = 0; k < ws->nwords; k++) {
        static const char *const FORMS[] = {"全年粮食产量%s第一。", "全年粮食产量连续9年升至%s第二。"};
        for (size_t t = 0; t < 2; t++) {
            char buf[256];
            snprintf(buf, sizeof buf, FORMS[t], ws->words[k].w);
            tj_doc *d;
            const tj_indicator *r = row_of(buf, 2024, 0, &d);
            CHECK(r && r->kind == TJ_K_RANK && str_is(r->subject, "粮食产量") && str_is(r->basis, ws->words[k].w),
                  "rank field %s: %s -> %.*s", ws->words[k].w, buf, SUBJECT_ARGS(r));
            tj_doc_free(d);
        }
    }
}

/* Before a cue of a goal, a word that makes it a noun (行动计划) sets no goal:
 * the values after it are what happened. */
static void cue_nouns(void) {
    const tj_wordset *ws = &unit_env->lex.cue_noun_before;
    for (size_t k = 0; k < ws->nwords; k++) {
        tj_doc *d;
        const char *text = with("2025年，全市三年", ws->words[k].w, "计划深入实施，新增龙头企业74家。");
        const tj_indicator *r = row_of(text, 2026, 0, &d);
        CHECK(r && r->status == TJ_S_ACTUAL, "cue noun %s: %s", ws->words[k].w, text);
        tj_doc_free(d);
    }
}

/* A mark around a table cell's text is no part of the row's label; a separator
 * (| 住  宅 |) bounds a cell whose text has spaces inside. */
static void cell_marks(void) {
    const tj_wordset *ws = &unit_env->lex.cell_marks;
    for (size_t k = 0; k < ws->nwords; k++) {
        char text[256];
        const char *m = ws->words[k].w;
        if (ws->words[k].tag == TJ_CM_SEPARATOR) /* between cells: 住  宅 is one cell's text */
            snprintf(text, sizeof text, "表1 主要指标\n%s指标%s数量%s\n%s住  宅%s897.5%s\n", m, m, m, m, m, m);
        else
            snprintf(text, sizeof text, "表1 主要指标\n指标    数量\n%s住宅    897.5\n", m);
        check_first_row("cell mark", m, text, 897.5, "住宅");
    }
}

/* A word of a table's header says what the cells of its column are: units
 * (单位), changes (增长, with the basis 比上年 when written), shares (比重),
 * or a measure the row's label names (产量) when it names none by itself. */
static void table_heads(void) {
    const tj_wordset *ws = &unit_env->lex.table_heads;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        char text[256];
        tj_doc *d;
        if (w->tag == TJ_TH_UNIT)
            snprintf(text, sizeof text, "表1 主要指标\n指标\t%s\t本年\n钢材\t万吨\t12.5\n", w->w);
        else if (w->tag == TJ_TH_MEASURE) /* a label that names no concept by itself: 汽车 */
            snprintf(text, sizeof text, "表1 主要指标\n指标\t%s\n汽车\t12.5\n", w->w);
        else
            snprintf(text, sizeof text, "表1 主要指标\n指标\t%s（%%）\n钢材\t12.5\n", w->w);
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        char subject[64];
        snprintf(subject, sizeof subject, "%s", w->tag == TJ_TH_MEASURE ? "汽车" : "钢材");
        if (w->tag == TJ_TH_MEASURE) strncat(subject, w->w, sizeof subject - strlen(subject) - 1);
        int kind = w->tag == TJ_TH_CHANGE ? TJ_K_CHANGE : w->tag == TJ_TH_SHARE ? TJ_K_SHARE : TJ_K_AMOUNT;
        double value = w->tag == TJ_TH_UNIT ? 125000 : 12.5;
        const char *unit = w->tag == TJ_TH_UNIT ? "吨" : w->tag == TJ_TH_MEASURE ? NULL : "%";
        CHECK(r && r->kind == kind && r->value == value && str_is(r->subject, subject) &&
                  (unit ? r->unit && !strcmp(r->unit, unit) : !r->unit) &&
                  (w->extra ? str_is(r->basis, w->extra) : !r->basis.p),
              "table head %s: %s -> %.*s", w->w, text, SUBJECT_ARGS(r));
        tj_doc_free(d);
    }
}

/* A name that opens with a numeral (三次产业, 零部件) is no quantity. */
static void name_phrases(void) {
    const tj_wordset *ws = &unit_env->lex.name_phrases;
    const char *a = "拓展";
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with(a, w->w, "领域。");
        const tj_quantity *q = quantity_of(text, &d);
        CHECK(!q || q->b0 != strlen(a), "name phrase %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* After a number and its unit, a word of a name (10年期, 20万吨级) makes
 * them part of it: no quantity, and no indicator row. */
static void unit_names(void) {
    const tj_wordset *ws = &unit_env->lex.unit_name_after;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = with("建成20万吨", w->w, "码头。");
        const tj_quantity *q = quantity_of(text, &d);
        CHECK(!q, "unit name %s: %s", w->w, text);
        tj_doc_free(d);
        text = with("建成20万吨", w->w, "码头，港口吞吐量增长5%。");
        const tj_indicator *r = row_of(text, 2024, 0, &d);
        CHECK(d->nindicators == 1 && r && r->value == 5, "unit name %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* A foreign economy at the head of a subject (美国GDP) is a place name for
 * the concept and no division; before a flow with a partner (美国进出口) it is
 * the partner of the document's own trade. */
static void foreign_economies(void) {
    const tj_wordset *ws = &unit_env->lex.not_divisions;
    const char *city = "2023年青岛市国民经济和社会发展统计公报\n\n";
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        if (w->tag != TJ_ND_FOREIGN) continue;
        tj_doc *d;
        char text[512];
        snprintf(text, sizeof text, "%s%sGDP增长5%%。", city, w->w);
        const tj_indicator *r = row_of(text, 2023, 0, &d);
        CHECK(r && r->concept && !strcmp(tj_concept_code(r->concept), "gdp") && !r->region, "foreign %s: %s", w->w,
              text);
        tj_doc_free(d);
        const tj_wordset *fs = &unit_env->lex.partner_flows;
        for (size_t f = 0; f < fs->nwords; f++) {
            snprintf(text, sizeof text, "%s%s%s增长5%%。", city, w->w, fs->words[f].w);
            r = row_of(text, 2023, 0, &d);
            CHECK(r && r->region == 370200, "partner %s%s: %s", w->w, fs->words[f].w, text);
            tj_doc_free(d);
        }
    }
}

/* 崂山区至胶东机场铁路: a route, whose places are not what a value is about;
 * a look-alike (崂山区至今) leaves the place what it is about. */
static void route_joiners(void) {
    const tj_wordset *ws = &unit_env->lex.route_joiners;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        char text[512];
        snprintf(text, sizeof text,
                 "2023年青岛市国民经济和社会发展统计公报\n\n推动崂山区%s胶东机场铁路纳规，高铁里程达800公里。", w->w);
        const tj_indicator *r = row_of(text, 2023, 0, &d);
        CHECK(r && r->region == (w->tag ? 370200 : 370212), "route joiner %s: %s", w->w, text);
        tj_doc_free(d);
    }
}

/* A range mark between two numbers makes a range (of values, and of months);
 * blanks may stand around a word (至 到), never around a dash. */
static void range_marks(void) {
    const tj_wordset *ws = &unit_env->lex.range_marks;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const tj_quantity *q = quantity_of(with("规模10", w->w, "20亿元"), &d);
        CHECK(q && q->qualifier == TJ_QUAL_RANGE && q->value_max == 2000000000, "range mark %s", w->w);
        tj_doc_free(d);
        char spaced[64];
        snprintf(spaced, sizeof spaced, " %s ", w->w);
        q = quantity_of(with("规模10", spaced, "20亿元"), &d);
        CHECK(q && (q->qualifier == TJ_QUAL_RANGE) == (w->tag == TJ_RM_WORD), "range mark with blanks %s", w->w);
        tj_doc_free(d);
        d = unit_analyze(with("2022年1月", w->w, "10月"), 0, TJ_LAYER_PERIODS); /* periods read the same marks */
        const tj_period *p = d->nperiods == 1 ? &d->periods[0] : NULL;
        CHECK(p && p->m0 == 1 && p->m1 == 10 && p->start == 20220101 && p->end == 20221031, "months range %s", w->w);
        tj_doc_free(d);
    }
}

/* A percentage that opens its clause and is followed by 的 is a share of what
 * follows (96.2%的养老机构开展医养结合服务), unless what follows names a rate
 * (58.3%的同比增速, 7%左右的速度) or a goal (13%左右的预期目标). */
static void rate_nouns_and_goals(void) {
    const tj_wordset *sets[] = {&unit_env->lex.rate_nouns, &unit_env->lex.goal_heads};
    for (size_t t = 0; t < 2; t++)
        for (size_t k = 0; k < sets[t]->nwords; k++) {
            const char *w = sets[t]->words[k].w;
            tj_doc *d;
            const tj_indicator *r = row_of(with("全省有5%的企业", w, "提高。"), 2024, 0, &d);
            CHECK(!r || r->kind != TJ_K_SHARE, "rate or goal %s: no share", w);
            tj_doc_free(d);
        }
    tj_doc *d;
    const tj_indicator *r = row_of("全省有5%的企业开展研发。", 2024, 0, &d);
    CHECK(r && r->kind == TJ_K_SHARE && str_is(r->subject, "企业开展研发"), "share of what follows: %.*s",
          SUBJECT_ARGS(r));
    tj_doc_free(d);
}

/* A word that ends in 负 (税负 减负) makes it no minus sign before a number. */
static void sign_words(void) {
    const tj_wordset *ws = &unit_env->lex.sign_words;
    for (size_t k = 0; k < ws->nwords; k++) {
        tj_doc *d;
        const tj_quantity *q = quantity_of(with("全年", ws->words[k].w, "500亿元。"), &d);
        CHECK(q && q->value == 50000000000.0, "sign word %s", ws->words[k].w);
        tj_doc_free(d);
    }
    tj_doc *d;
    const tj_quantity *q = quantity_of("增长负0.5%。", &d);
    CHECK(q && q->value == -0.5, "负 alone is a minus sign");
    tj_doc_free(d);
}

/* Qualifiers after a number: each qualifies (5%左右, 100多家, 30天内); a
 * look-alike (tag 0: 多式联运) is the noun's, no qualifier. */
static void qualifiers_after(void) {
    const tj_wordset *ws = &unit_env->lex.qual_after;
    for (size_t k = 0; k < ws->nwords; k++) {
        const tj_word *w = &ws->words[k];
        tj_doc *d;
        const char *text = !w->tag                       ? with("打造5条", w->w, "示范线路。")
                           : (w->arg & TJ_QAF_NUMERAL)   ? with("新增100", w->w, "家企业。")
                           : (w->arg & TJ_QAF_TIME_ONLY) ? with("在30天", w->w, "办结。")
                                                         : with("增长5%", w->w, "。");
        const tj_quantity *q = quantity_of(text, &d);
        CHECK(q && q->qualifier == (w->tag ? w->tag : 0) && (w->tag || q->value == 5), "qualifier after %s: %s", w->w,
              text);
        tj_doc_free(d);
    }
}

/* A times mark between a count and a size (2×66万千瓦): one quantity of all
 * the units, its text from the count; the count is no quantity of its own. */
static void times_marks(void) {
    const tj_wordset *ws = &unit_env->lex.times_marks;
    for (size_t k = 0; k < ws->nwords; k++) {
        tj_doc *d;
        const char *text = with("建设2", ws->words[k].w, "66万千瓦机组。");
        const tj_quantity *q = quantity_of(text, &d);
        CHECK(q && d->nquantities == 1 && q->value == 1320000.0 && q->b0 == strlen("建设"), "times mark %s: %s",
              ws->words[k].w, text);
        tj_doc_free(d);
    }
}

void test_roles(void) {
    basis_words();
    basis_cues();
    comparatives();
    unit_roles();
    qualifiers_before();
    vague_heads();
    status_cues();
    scope_words();
    heading_marks();
    function_words();
    span_words();
    plan_names();
    subgroups();
    demonstratives();
    step_verbs();
    bare_heads();
    basis_frames();
    counted_noun_predicates();
    lead_words();
    verbs_across_lines();
    cell_marks();
    auxiliaries();
    lead_marks();
    trail_marks();
    list_separators();
    empty_verbs();
    per_units();
    goal_heads();
    enumerations();
    rank_fields();
    cue_nouns();
    table_heads();
    name_phrases();
    unit_names();
    foreign_economies();
    stage_words();
    plan_titles();
    route_joiners();
    range_marks();
    rate_nouns_and_goals();
    sign_words();
    times_marks();
    qualifiers_after();
}
