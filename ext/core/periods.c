/*
 * periods.c — time expressions and their dates (spec: functions.md periods(),
 * indicators.md "period").
 *
 * One forward scan stops at digits, CJK numerals and the first characters of
 * time words, and tries to read
 *
 *   [截至|截止|从|自]  CORE  [以来|起|末|底]
 *
 * where CORE is a year (2022年, 二〇二二年, 2021—2025年), a year with a
 * part (2022年7月, 2022年1—10月, 2021第一季度), a relative year with a part
 * (今年前11个月, 去年四季度), a part alone (7月, 1—10月, 前三季度, 上半年,
 * 7月31日), a plan period (“十四五”时期, 六五计划期间), a span back from
 * now (过去五年, 近三年, 五年来) or a time word (全年, 年末, 目前, 当日).
 * Dates are resolved afterwards: a written year wins, 今年/去年 are relative
 * to the year argument, and other yearless expressions take the year of the
 * nearest enclosing heading that names one, else the year argument.
 */
#include "internal.h"

typedef struct pctx {
    const unsigned char *s;
    size_t n;
    const tj_lexicon *lx;
    const tj_env *env;
} pctx;

static uint32_t cp_at(const pctx *c, size_t i, size_t *nx) {
    if (i >= c->n) {
        *nx = i;
        return 0;
    }
    return tj_decode(c->s, c->n, i, nx);
}

/* The literal w (of length l) at i; *end after it.  Called through lit(),
 * which takes the length of a string literal at compile time. */
static inline int lit_n(const pctx *c, size_t i, const char *w, size_t l, size_t *end) {
    if (i + l <= c->n && memcmp(c->s + i, w, l) == 0) {
        *end = i + l;
        return 1;
    }
    return 0;
}
#define lit(c, i, w, end) lit_n((c), (i), ("" w), sizeof(w) - 1, (end))

static size_t sp(const pctx *c, size_t i) { return tj_skip_spaces(c->s, c->n, i); }

/* A range mark between two numbers (1月至10月, 7月1-28日): a word of the
 * range marks, the table quantities read too. */
static int range_sep(const pctx *c, size_t i, size_t *end) {
    size_t len;
    if (!tj_ws_at(&c->lx->range_marks, c->s, c->n, i, &len)) return 0;
    *end = i + len;
    return 1;
}

/* A small whole number, 0-99: one or two digits, or a CJK numeral. */
static int small_num(const pctx *c, size_t i, int *v, size_t *end) {
    tj_numeral num;
    if (!tj_numeral_scan(c->s, c->n, i, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &num)) return 0;
    if (num.has_point || num.cjk_sequence) return 0;
    if (num.form == TJ_FORM_ARABIC && num.int_digits > 2) return 0;
    int64_t x;
    if (!tj_dec_to_int64(&num.val, &x) || x < 0 || x > 99) return 0;
    *v = (int)x;
    *end = num.end;
    return 1;
}

/* A calendar year: four digits 1000-2999, or four CJK digits (二〇二二). */
static int year_num(const pctx *c, size_t i, int *y, size_t *end) {
    tj_numeral num;
    if (!tj_numeral_scan(c->s, c->n, i, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &num)) return 0;
    if (num.has_point) return 0;
    if (num.form == TJ_FORM_ARABIC ? num.int_digits != 4 : (!num.cjk_sequence || num.cjk_chars != 4)) return 0;
    int64_t x;
    if (!tj_dec_to_int64(&num.val, &x) || x < 1000 || x > 2999) return 0;
    *y = (int)x;
    *end = num.end;
    return 1;
}

static void months(tj_period *p, int m0, int m1, int kind) {
    p->m0 = (uint8_t)m0;
    p->m1 = (uint8_t)m1;
    p->kind = (uint8_t)kind;
}

/* 季度 or, after 第, 季. */
static int quarter_word(const pctx *c, size_t i, int allow_short, size_t *end) {
    if (lit(c, i, "季度", end)) return 1;
    return allow_short && lit(c, i, "季", end);
}

/* 月 and an optional 份. */
static int month_word(const pctx *c, size_t i, size_t *end) {
    if (!lit(c, i, "月", end)) return 0;
    size_t e;
    if (lit(c, *end, "份", &e)) *end = e;
    return 1;
}

/* The length of a span word (近5日, 过去7日) or a streak word (连续4日) right
 * before the number at i, which then counts days or years rather than naming
 * a day of the month or a span of its own; 0 if none. */
static size_t counted_before(const pctx *c, size_t i) {
    size_t len;
    if (tj_ws_before(&c->lx->span_words, c->s, i, &len)) return len;
    const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, i, &len);
    return w && (w->arg & TJ_TWF_STREAK) ? len : 0;
}

/* A part of a year: months, a month and day, quarters, halves, 前N个月. */
static int parse_part(const pctx *c, size_t i, tj_period *p, size_t *end) {
    size_t j, k, e;
    int a, b;
    const tj_word *w;
    size_t len;
    if ((w = tj_ws_at(&c->lx->period_words, c->s, c->n, i, &len)) && w->tag == TJ_PW_HALF) {
        months(p, w->arg == 1 ? 1 : 7, w->arg == 1 ? 6 : 12, TJ_P_HALF);
        *end = i + len;
        return 1;
    }
    if (lit(c, i, "前", &j) && small_num(c, sp(c, j), &a, &k) && a >= 1) {
        k = sp(c, k);
        if ((lit(c, k, "个月", &e) || lit(c, k, "月", &e)) && a <= 12) { /* 前11个月 */
            months(p, 1, a, TJ_P_MONTHS);
            *end = e;
            return 1;
        }
        if (quarter_word(c, k, 1, &e) && a <= 4) { /* 前三季度 */
            months(p, 1, 3 * a, TJ_P_QUARTER);
            *end = e;
            return 1;
        }
        return 0;
    }
    if (lit(c, i, "第", &j)) { /* 第一季度, 第二季 */
        if (small_num(c, sp(c, j), &a, &k) && a >= 1 && a <= 4 && quarter_word(c, sp(c, k), 1, &e)) {
            months(p, 3 * a - 2, 3 * a, TJ_P_QUARTER);
            *end = e;
            return 1;
        }
        return 0;
    }
    if (!small_num(c, i, &a, &j)) return 0;
    j = sp(c, j);
    if (quarter_word(c, j, 0, &e) && a >= 1 && a <= 4) { /* 一季度 */
        months(p, 3 * a - 2, 3 * a, TJ_P_QUARTER);
        *end = e;
        return 1;
    }
    if (month_word(c, j, &e) && a >= 1 && a <= 12) {
        size_t m_end = e;
        k = sp(c, e);
        /* 7月31日 */
        if (small_num(c, k, &b, &e) && b >= 1 && b <= 31) {
            size_t d_end = sp(c, e);
            if (lit(c, d_end, "日", &e) || lit(c, d_end, "号", &e)) {
                months(p, a, a, TJ_P_DAY);
                p->d0 = p->d1 = (uint8_t)b;
                /* 11月6日至10日 */
                size_t e4;
                int d2;
                if (range_sep(c, e, &e4) && small_num(c, sp(c, e4), &d2, &e4) && d2 > b && d2 <= 31 &&
                    lit(c, sp(c, e4), "日", &e4)) {
                    p->d1 = (uint8_t)d2;
                    e = e4;
                }
                *end = e;
                return 1;
            }
        }
        /* 7月1-28日, 10月24-25日 */
        int d0;
        size_t e3;
        if (small_num(c, k, &d0, &e3) && d0 >= 1 && range_sep(c, sp(c, e3), &e3) && small_num(c, sp(c, e3), &b, &e3) &&
            b > d0 && b <= 31 && (lit(c, sp(c, e3), "日", &e) || lit(c, sp(c, e3), "号", &e))) {
            months(p, a, a, TJ_P_DAY);
            p->d0 = (uint8_t)d0;
            p->d1 = (uint8_t)b;
            *end = e;
            return 1;
        }
        /* 1月至10月, 1月—10月 */
        if (range_sep(c, k, &e) && small_num(c, sp(c, e), &b, &e) && b > a && b <= 12 && month_word(c, sp(c, e), &e)) {
            months(p, a, b, TJ_P_MONTHS);
            *end = e;
            return 1;
        }
        months(p, a, a, TJ_P_MONTH);
        *end = m_end;
        return 1;
    }
    /* 1—10月, 1至10月, 一至三季度 */
    if (range_sep(c, j, &e) && small_num(c, sp(c, e), &b, &e) && b > a) {
        k = sp(c, e);
        if (month_word(c, k, &e) && a >= 1 && b <= 12) {
            months(p, a, b, TJ_P_MONTHS);
            *end = e;
            return 1;
        }
        if (quarter_word(c, k, 0, &e) && a >= 1 && b <= 4) {
            months(p, 3 * a - 2, 3 * b, TJ_P_QUARTER);
            *end = e;
            return 1;
        }
        return 0;
    }
    /* 31日: a day of a month the text does not name (not 号: 4号线, nor
     * 一日游: arabic digits only) */
    if (lit(c, j, "日", &e) && a >= 1 && a <= 31 && tj_digit_value(cp_at(c, i, &k)) >= 0) {
        p->kind = TJ_P_DAY;
        p->d0 = p->d1 = (uint8_t)a;
        p->no_dates = 1;
        *end = e;
        return 1;
    }
    return 0;
}

/* The first year of the plan numbered nplan (PLAN_NAMES), 0 if unknown. */
static int plan_first_year(const pctx *c, int nplan) {
    const tj_wordset *ws = &c->lx->plan_names;
    for (size_t k = 0; k < ws->nwords; k++)
        if (ws->words[k].tag == nplan) return ws->words[k].arg;
    return 0;
}

/* 第六个五年计划期间, 第六个五年计划: the plan's number, *j after it; 0 = none. */
static int ordinal_plan(const pctx *c, size_t *j, size_t *end) {
    size_t k, e;
    tj_numeral num;
    int64_t x;
    if (!tj_numeral_scan(c->s, c->n, *j, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &num) || num.form != TJ_FORM_CJK ||
        !tj_dec_to_int64(&num.val, &x) || !lit(c, num.end, "个五年", &k))
        return 0;
    int plan_word = lit(c, k, "计划", &e) || lit(c, k, "规划", &e);
    if (plan_word) k = e;
    if (!lit(c, k, "期间", end) && !lit(c, k, "时期", end)) {
        if (!plan_word) return 0;
        *end = k; /* 第六个五年计划: the plan names its years */
    }
    return x > 0 && x < 100 ? (int)x : 0;
}

/* “十四五”时期, 十四五期间, 六五计划, “十四五”以来: the plan's number; 0 = none. */
static int named_plan(const pctx *c, size_t j, int quoted, size_t *end) {
    size_t len, k, e;
    const tj_word *w = tj_ws_at(&c->lx->plan_names, c->s, c->n, j, &len);
    if (!w) return 0;
    j += len;
    if (quoted && lit(c, j, "\xE2\x80\x9D", &k)) j = k; /* ” */
    int plan_word = 0;
    if (lit(c, j, "计划", &k) || lit(c, j, "规划", &k)) {
        plan_word = 1;
        j = k;
    }
    /* 十四五时期; 六五计划 (the early plans are named this way); “十四五”以来
     * (the suffix makes it open-ended) */
    if (lit(c, j, "期间", &e) || lit(c, j, "时期", &e)) {
        *end = e;
        return w->tag;
    }
    if (!(plan_word && !quoted && w->tag <= 9) && !lit(c, j, "以来", &k)) return 0;
    *end = j;
    return w->tag;
}

/* Plan periods: “十四五”时期, 十四五期间, 六五计划(期间), 第六个五年计划期间,
 * “五五”期间; the years from the PLAN_NAMES table. */
static int parse_plan(const pctx *c, size_t i, tj_period *p, size_t *end) {
    size_t j = i, k;
    int quoted = 0, nplan;
    if (lit(c, j, "\xE2\x80\x9C", &k)) { /* “ */
        quoted = 1;
        j = k;
    }
    if (lit(c, j, "第", &k)) {
        j = k;
        nplan = ordinal_plan(c, &j, end);
    } else {
        nplan = named_plan(c, j, quoted, end);
    }
    int y0 = nplan ? plan_first_year(c, nplan) : 0;
    if (!y0) return 0;
    p->kind = TJ_P_YEARS;
    p->y0 = (int16_t)y0;
    p->y1 = (int16_t)(y0 + 4);
    return 1;
}

/* Does a word that sums up a span stand at i (…支出五年累计7.79万亿元), or a
 * verb of change over it (…收入五年增长30.8%)? */
static int sums_up(const pctx *c, size_t i) {
    size_t len;
    const tj_word *w = tj_ws_at(&c->lx->function_words, c->s, c->n, i, &len);
    if (w && (w->arg & TJ_FWF_CUMULATIVE)) return 1;
    w = tj_ws_at(&c->lx->tail_words, c->s, c->n, i, &len);
    return tj_tw_changes(w) && len >= 6;
}

/* A span of years right after the name of what it measures, summed or
 * changed over it: 支出五年累计…, 收入五年增长30.8% (not 连续5年增长, a streak;
 * not 前四年累计, nor 、5年提升 after a list's value). */
static int span_after_subject(const pctx *c, size_t i, size_t after, uint32_t pc) {
    return tj_is_han(pc) && sums_up(c, after) && !counted_before(c, i);
}

/* A span counted back from now: 过去五年, 近三年, 五年来, 五年内. */
static int parse_span(const pctx *c, size_t i, tj_period *p, size_t *end) {
    size_t j = i, k, e, len;
    int a;
    const tj_word *sw = tj_ws_at(&c->lx->span_words, c->s, c->n, j, &len);
    if (sw) j += len;
    int back = sw && sw->tag == TJ_SW_BACK, recent = sw && sw->tag == TJ_SW_RECENT;
    int this_span = sw && sw->tag == TJ_SW_THIS; /* 这五年 */
    /* 比前五年: the span before (a comparison only; 前三年 alone may be the first three) */
    int prior = sw && sw->tag == TJ_SW_PRIOR && i && tj_basis_cue_before(c->lx, c->s, i, &len);
    if (sw && !back && !recent && !this_span && !prior) return 0;
    if (!small_num(c, j, &a, &k) || a < 1) return 0;
    k = sp(c, k);
    if (!lit(c, k, "年", &e)) return 0;
    size_t after = e;
    const tj_word *sfx = tj_ws_at(&c->lx->period_suffix, c->s, c->n, after, &len);
    if (!sw && sfx && sfx->tag == TJ_PW_AGO && a <= 100) { /* 五年前, 比十年前: the year that many years back */
        p->kind = TJ_P_YEAR;
        p->rel = (int8_t)-a;
        *end = after + len;
        return 1;
    }
    p->kind = TJ_P_YEARS;
    if (lit(c, after, "多来", &e)) { /* 三年多来 */
        p->no_dates = 1;
        *end = e;
        return 1;
    }
    p->span = (uint8_t)a;
    if (back) {
        p->span_kind = TJ_SPAN_BACK;
        *end = after;
        return 1;
    }
    if (lit(c, after, "来", &e) || lit(c, after, "以来", &e)) {
        p->span_kind = TJ_SPAN_SINCE;
        *end = e;
        return 1;
    }
    if (lit(c, after, "内", &e) || lit(c, after, "以内", &e)) {
        p->span_kind = TJ_SPAN_WITHIN;
        *end = e;
        return 1;
    }
    if (recent || this_span || prior) {
        p->no_dates = 1;
        *end = after;
        return 1;
    }
    /* 五年投资一百七十九亿元, 十年增加近70万亿元, …，5年增长18.7%: a span of
     * years opening a clause (not an item after 、, whose value before would
     * take it for its period) */
    size_t st;
    uint32_t pc = i ? tj_cp_before(c->s, c->n, i, &st) : 0;
    uint32_t nc = cp_at(c, after, &k);
    if (a <= 10 &&
        (pc == 0 || tj_is_space(pc) || (tj_cls(c->env, pc) & (TJ_CC_CLAUSE | TJ_CC_TERMINATOR | TJ_CC_NEWLINE)) ||
         span_after_subject(c, i, after, pc)) &&
        tj_is_han(nc) && !tj_ws_at(&c->lx->name_after, c->s, c->n, e - 3, &len) &&
        !tj_ws_at(&c->lx->period_suffix, c->s, c->n, after, &len) && !lit(c, after, "分别平均", &k) &&
        !lit(c, after, "平均", &k)) {
        p->span_kind = TJ_SPAN_BARE;
        *end = after;
        return 1;
    }
    return 0;
}

/* The core of a time expression at i. */
static int parse_core(const pctx *c, size_t i, tj_period *p, size_t *end) {
    size_t len, j, k, e;
    const tj_word *w = tj_ws_at(&c->lx->period_words, c->s, c->n, i, &len);
    if (w) {
        j = i + len;
        switch (w->tag) {
        case TJ_PW_REL:
        case TJ_PW_PAST_YEAR:
            p->rel = (int8_t)w->arg;
            p->kind = TJ_P_YEAR;
            if (w->tag == TJ_PW_REL) {
                k = sp(c, j);
                tj_period part = *p;
                if (parse_part(c, k, &part, &e)) { /* 今年前11个月, 去年四季度 */
                    *p = part;
                    *end = e;
                    return 1;
                }
                const tj_word *w2 = tj_ws_at(&c->lx->period_words, c->s, c->n, j, &len);
                if (w2 && (w2->tag == TJ_PW_YEAR_END || w2->tag == TJ_PW_YEAR_START)) { /* 去年年底 */
                    p->kind = w2->tag == TJ_PW_YEAR_END ? TJ_P_TO_DATE : TJ_P_DAY;
                    if (w2->tag == TJ_PW_YEAR_END)
                        p->open_start = 1;
                    else
                        p->m0 = p->m1 = p->d0 = p->d1 = 1;
                    *end = j + len;
                    return 1;
                }
                if (lit(c, j, "同期", &e)) { /* 去年同期: the same part of last year */
                    p->same_part = 1;
                    j = e;
                }
            }
            *end = j;
            return 1;
        case TJ_PW_YEARLESS:
            p->yearless = 1;
            p->kind = TJ_P_YEAR;
            *end = j;
            return 1;
        case TJ_PW_HALF: p->yearless = 1; return parse_part(c, i, p, end);
        case TJ_PW_YEAR_END:
            p->yearless = 1;
            p->kind = TJ_P_TO_DATE;
            p->open_start = 1;
            *end = j;
            return 1;
        case TJ_PW_YEAR_START:
            p->yearless = 1;
            p->kind = TJ_P_DAY;
            p->m0 = p->m1 = 1;
            p->d0 = p->d1 = 1;
            *end = j;
            return 1;
        case TJ_PW_YEAR_TO_DATE: /* 年内 */
            p->yearless = 1;
            p->kind = TJ_P_TO_DATE;
            p->open_end = 1;
            *end = j;
            return 1;
        case TJ_PW_YEAR_SO_FAR: /* 一年来 */
            p->yearless = 1;
            p->past = 1;
            p->kind = TJ_P_YEAR;
            *end = j;
            return 1;
        case TJ_PW_NOW:
        case TJ_PW_VAGUE_SINCE:
            p->kind = TJ_P_TO_DATE;
            p->no_dates = 1;
            *end = j;
            return 1;
        case TJ_PW_DAY:
            p->kind = TJ_P_DAY;
            p->no_dates = 1;
            *end = j;
            return 1;
        case TJ_PW_MONTH:
            p->kind = TJ_P_MONTH;
            p->no_dates = 1;
            *end = j;
            return 1;
        case TJ_PW_CENTURY_END:
            p->kind = TJ_P_TO_DATE;
            p->open_start = 1;
            p->yearless = 2; /* the last year of the reference year's century */
            *end = j;
            return 1;
        default: break;
        }
    }
    int y, y1;
    if (year_num(c, i, &y, &j)) {
        k = sp(c, j);
        if (lit(c, k, "年", &e)) {
            p->y0 = (int16_t)y;
            p->kind = TJ_P_YEAR;
            j = e;
            if (lit(c, j, "度", &e)) j = e;
            /* 2021年—2025年, 一九五三年到一九八〇年 */
            if (range_sep(c, sp(c, j), &e) && year_num(c, sp(c, e), &y1, &e) && y1 > y && lit(c, sp(c, e), "年", &e)) {
                p->y1 = (int16_t)y1;
                p->kind = TJ_P_YEARS;
                *end = e;
                return 1;
            }
            tj_period part = *p;
            if (parse_part(c, sp(c, j), &part, &e)) { /* 2022年7月, 2022年1—10月 */
                *p = part;
                *end = e;
                return 1;
            }
            if (lit(c, j, "同期", &e)) { /* 2019年同期: the same part of that year */
                p->same_part = 1;
                j = e;
            }
            *end = j;
            return 1;
        }
        if (lit(c, k, "财年", &e)) { /* 2024财年 */
            p->y0 = (int16_t)y;
            p->kind = TJ_P_YEAR;
            *end = e;
            return 1;
        }
        /* 2024-25年: the second year in two digits */
        int yy;
        size_t e2;
        if (range_sep(c, k, &e2) && small_num(c, e2, &yy, &e) && e - e2 == 2 && lit(c, sp(c, e), "年", &e) &&
            y / 100 * 100 + yy > y) {
            p->y0 = (int16_t)y;
            p->y1 = (int16_t)(y / 100 * 100 + yy);
            p->kind = TJ_P_YEARS;
            *end = e;
            return 1;
        }
        /* 2021—2025年 */
        if (range_sep(c, k, &e) && year_num(c, sp(c, e), &y1, &e) && y1 > y && lit(c, sp(c, e), "年", &e)) {
            p->y0 = (int16_t)y;
            p->y1 = (int16_t)y1;
            p->kind = TJ_P_YEARS;
            *end = e;
            return 1;
        }
        /* 2021第一季度: a year without 年 before a quarter or half */
        tj_period part = *p;
        if ((lit(c, k, "第", &e) || tj_ws_at(&c->lx->period_words, c->s, c->n, k, &len)) &&
            parse_part(c, k, &part, &e) && (part.kind == TJ_P_QUARTER || part.kind == TJ_P_HALF)) {
            *p = part;
            p->y0 = (int16_t)y;
            *end = e;
            return 1;
        }
        return 0;
    }
    if (parse_plan(c, i, p, end)) return 1;
    if (parse_span(c, i, p, end)) return 1;
    if (parse_part(c, i, p, end)) {
        p->yearless = 1;
        return 1;
    }
    return 0;
}

/* A whole time expression at i: prefix, core, suffix. */
static int parse_period(const pctx *c, size_t i, tj_period *p) {
    memset(p, 0, sizeof *p);
    p->rel = TJ_REL_NONE;
    size_t len, j = i, e;
    int to_date = 0, from = 0;
    const tj_word *w = tj_ws_at(&c->lx->period_prefix, c->s, c->n, i, &len);
    if (w) {
        j = sp(c, i + len);
        if (w->tag == TJ_PW_TO_DATE)
            to_date = 1;
        else
            from = 1;
    }
    if (!parse_core(c, j, p, &e)) {
        if (!w || !parse_core(c, i, p, &e)) return 0; /* 从 etc. may be the start of a word */
        j = i;
        to_date = from = 0;
    }
    size_t start = (to_date || from) ? i : j;
    /* suffixes */
    const tj_word *sfx = tj_ws_at(&c->lx->period_suffix, c->s, c->n, e, &len);
    if (sfx) {
        switch (sfx->tag) {
        case TJ_PW_SINCE:
            if (!p->no_dates || p->kind == TJ_P_YEARS || p->kind == TJ_P_TO_DATE) {
                p->open_end = 1;
                p->kind = TJ_P_TO_DATE;
                e += len;
            }
            break;
        case TJ_PW_ONWARD:
            if (p->kind == TJ_P_DAY || p->kind == TJ_P_MONTH || p->kind == TJ_P_YEAR) {
                p->open_end = 1;
                p->kind = TJ_P_TO_DATE;
                e += len;
                from = 0;
            }
            break;
        case TJ_PW_END:
            if ((p->kind == TJ_P_YEAR || p->kind == TJ_P_MONTH || p->kind == TJ_P_QUARTER || p->kind == TJ_P_HALF ||
                 p->kind == TJ_P_YEARS) &&
                !p->no_dates) {
                if (p->kind == TJ_P_YEARS && p->y1) { /* “十四五”末: the end of the last year */
                    p->y0 = p->y1;
                    p->y1 = 0;
                }
                p->m0 = p->m1;
                p->d0 = 0;
                p->open_start = 1;
                p->kind = TJ_P_TO_DATE;
                e += len;
                size_t e5;
                if (lit(c, e, "以来", &e5)) { /* 2005年2月底以来: from that day on */
                    p->open_start = 0;
                    p->open_end = 1;
                    p->d0 = 32; /* the last day of the month, read by resolve() */
                    e = e5;
                }
            }
            break;
        default: break;
        }
    }
    if (from && !p->open_end) { /* 从/自 without 起 or 以来 is not part of it */
        start = j;
    } else if (to_date) {
        p->open_start = 1;
        p->kind = TJ_P_TO_DATE;
    }
    p->b0 = (uint32_t)start;
    p->b1 = (uint32_t)e;
    return 1;
}

/* Characters that can begin a time expression. */
/* Can a time expression start with ch other than with a word of the time
 * tables (PERIOD_WORDS, PERIOD_PREFIX, SPAN_WORDS: the class table marks
 * their first characters as well)?  A numeral, 第 before a numeral (第一季度),
 * “ before a plan (“十四五”).  (Folded into TJ_CC_PERIOD.) */
int tj_period_may_start(uint32_t ch) {
    return tj_digit_value(ch) >= 0 || tj_is_cjk_digit(ch) || ch == 0x5341 /* 十 */ || ch == 0x7B2C /* 第 */ ||
           ch == 0x201C /* “ */;
}

static int days_in_month(int y, int m) {
    static const int D[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return D[(m - 1) % 12];
}

void tj_time_context(const tj_doc *d, uint32_t b, tj_time_ctx *t) {
    const tj_priv *pv = tj_priv_of(d);
    memset(t, 0, sizeof *t);
    t->ref = d->ref_year;
    t->report = d->info.kind == TJ_DOC_REPORT;
    if (!pv->sec_time) return;
    for (int32_t id = tj_section_at(d, b); id > 0 && !(t->head_year && t->span0); id = d->sections[id - 1].parent) {
        const tj_sec_time *st = &pv->sec_time[id - 1];
        if (!t->head_year) t->head_year = st->year;
        if (!t->span0 && st->y0) {
            t->span0 = st->y0;
            t->span1 = st->y1;
        }
    }
}

/* A period inside a heading: what the heading names, for the values below it. */
static void note_heading_time(tj_doc *d, const tj_period *p) {
    tj_priv *pv = tj_priv_of(d);
    int32_t id = tj_section_at(d, p->b0);
    if (!id || (p->flags & (TJ_PF_BASIS | TJ_PF_NAME)) || !p->start || !p->end) return;
    const tj_section *sc = &d->sections[id - 1];
    if (p->b0 < sc->h0 || p->b1 > sc->h1) return;
    tj_sec_time *st = &pv->sec_time[id - 1];
    int y0 = p->start / 10000, y1 = p->end / 10000;
    int whole = p->start % 10000 == 101 && p->end % 10000 == 1231;
    if (!whole) return;
    if (y0 == y1 && !st->year) st->year = (int16_t)y0;
    if (y0 < y1 && !st->y0) {
        st->y0 = (int16_t)y0;
        st->y1 = (int16_t)y1;
    }
}

static int32_t ymd(int y, int m, int dd) { return (int32_t)(y * 10000 + m * 100 + dd); }

/* The first and last year of a span counted in the text (五年来), or 0. */
static int span_years(const tj_period *p, const tj_time_ctx *t, int *y0, int *y1) {
    int n = p->span;
    if (t->span0 && t->span1 - t->span0 + 1 == n && p->span_kind != TJ_SPAN_BACK) { /* the heading's span */
        *y0 = t->span0;
        *y1 = t->span1;
        return 1;
    }
    if (!t->ref) return 0;
    if (p->span_kind == TJ_SPAN_BACK || ((p->span_kind == TJ_SPAN_SINCE || p->span_kind == TJ_SPAN_BARE) && t->report)) {
        *y0 = t->ref - n; /* the years before the reference year */
        *y1 = t->ref - 1;
        return 1;
    }
    if (p->span_kind == TJ_SPAN_SINCE) { /* up to the reference year */
        *y0 = t->ref - n + 1;
        *y1 = t->ref;
        return 1;
    }
    return 0;
}

/* The year a yearless expression (全年, 1—10月, 一年来) takes: the nearest
 * heading's, else in a work report the year before the reference year for
 * what looks back, else the reference year. */
static int yearless_year(const tj_period *p, const tj_time_ctx *t) {
    if (t->head_year) return t->head_year;
    if (!t->ref) return 0;
    return t->report && (p->past || t->past) ? t->ref - 1 : t->ref;
}

void tj_period_dates(const tj_period *p, const tj_time_ctx *t, int32_t *start, int32_t *end) {
    *start = *end = 0;
    if (p->no_dates) return;
    int y0 = 0, y1 = 0;
    if (p->y0) {
        y0 = p->y0;
        y1 = p->y1 ? p->y1 : y0;
    } else if (p->span) {
        if (!span_years(p, t, &y0, &y1)) return;
    } else if (p->rel != TJ_REL_NONE) {
        if (!t->ref) return;
        y0 = y1 = t->ref + p->rel;
    } else if (p->yearless == 2) {
        if (!t->ref) return;
        y0 = y1 = ((t->ref - 1) / 100 + 1) * 100;
    } else if (p->yearless || p->m0) {
        y0 = y1 = yearless_year(p, t);
    }
    if (!y0) return;
    int m0 = p->m0 ? p->m0 : 1, m1 = p->m1 ? p->m1 : 12;
    int d0 = p->d0 && !(p->kind == TJ_P_YEARS) ? p->d0 : 1;
    if (d0 == 32) d0 = days_in_month(y0, m0);
    int d1 = p->d1 && !(p->kind == TJ_P_YEARS) ? p->d1 : days_in_month(y1, m1);
    if (!p->open_start) *start = ymd(y0, m0, d0);
    if (!p->open_end) *end = ymd(y1, m1, d1);
}

/* What may come right after the numeral that opens a time expression
 * (2022年, 2024财年, 2021第一季度, 一季度, 7月, 31日, 4号, 六五计划,
 * 十四五时期/期间, 1—10月, 2021上半年).  A numeral followed by anything else
 * starts no time expression, so the parsers are not tried on it. */
static int may_follow_numeral(const tj_env *env, uint32_t ch) {
    switch (ch) {
    case 0x5E74: /* 年 */
    case 0x8D22: /* 财 */
    case 0x7B2C: /* 第 */
    case 0x5B63: /* 季 */
    case 0x6708: /* 月 */
    case 0x65E5: /* 日 */
    case 0x53F7: /* 号 */
    case 0x8BA1: /* 计 */
    case 0x89C4: /* 规 */
    case 0x671F: /* 期 */
    case 0x65F6: /* 时 */
    case 0x2014: /* — */
    case 0x2013:
    case 0x2015:
    case '-':
    case '~':
    case 0xFF5E:
    case 0x301C:
    case 0xFF0D:
    case 0x81F3: /* 至 */
    case 0x5230: /* 到 */ return 1;
    default: return (tj_cls(env, ch) & TJ_CC_PERIOD) != 0; /* 上半年 after a year */
    }
}

/* Can the parsers read a time expression at i, whose first character is
 * not a numeral?  Only through one of their entry forms: a time word or a
 * prefix of the word tables (今年, 截至), a span word before a numeral (前三季度,
 * 近三年, 这五年, 过去五年), 第 before a numeral (第一季度) and “ before a plan
 * (“十四五”).
 * Keep this in step with parse_period and parse_core. */
static int word_may_start(const pctx *c, size_t i, uint32_t ch, size_t nx) {
    size_t len, n2;
    uint32_t next = cp_at(c, nx, &n2);
    if ((tj_ws_may_start2(&c->lx->period_words, ch, next) && tj_ws_at(&c->lx->period_words, c->s, c->n, i, &len)) ||
        (tj_ws_may_start2(&c->lx->period_prefix, ch, next) && tj_ws_at(&c->lx->period_prefix, c->s, c->n, i, &len)))
        return 1;
    if (tj_ws_at(&c->lx->span_words, c->s, c->n, i, &len)) { /* 过去五年, 近三年, 前三季度 */
        uint32_t after = cp_at(c, i + len, &n2);
        return (tj_cls(c->env, after) & TJ_CC_NUMERAL) != 0;
    }
    switch (ch) {
    case 0x7B2C: /* 第 */ return (tj_cls(c->env, next) & TJ_CC_NUMERAL) != 0;
    case 0x201C: /* “ */ return next == 0x7B2C || (tj_cls(c->env, next) & (TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)) != 0;
    default: return 0;
    }
}

/* The end of the run of numeral characters (digits, CJK numerals, decimal
 * points, spaces) that starts at i. */
static size_t numeral_run_end(const tj_env *env, const unsigned char *s, size_t n, size_t i, int *too_long) {
    size_t nx;
    int cjk = 0; /* CJK numeral characters in a row */
    *too_long = 0;
    while (i < n) {
        uint32_t ch = tj_decode(s, n, i, &nx);
        unsigned cls = tj_cls(env, ch);
        if (!(cls & (TJ_CC_ARABIC | TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)) && ch != '.' && ch != 0xFF0E && !tj_is_space(ch))
            break;
        cjk = (cls & (TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)) ? cjk + 1 : 0;
        if (cjk > TJ_MAX_NUMERAL_CHARS) *too_long = 1;
        i = nx;
    }
    return i;
}

/* Every time expression, in order, its dates not yet known. */
static int find_periods(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    pctx c = {d->s, d->n, &pv->env->lex, pv->env};
    int book = 0;       /* inside 《…》 */
    size_t run_end = 0; /* the numeral run i is in, when it opens no time expression */
    size_t mi = 0;      /* the marked characters: no time expression starts elsewhere */
    while (mi < pv->nmarks) {
        const tj_mark *mk = &pv->marks[mi++];
        size_t i = mk->b;
        uint32_t ch = mk->cp;
        if (ch == 0x300A)
            book++;
        else if (ch == 0x300B && book > 0)
            book--;
        else if (ch == '\n')
            book = 0;
        unsigned cls = mk->cls;
        if (!(cls & TJ_CC_PERIOD) || i < run_end) continue;
        if (cls & (TJ_CC_ARABIC | TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)) {
            int too_long;
            size_t e = numeral_run_end(pv->env, d->s, d->n, i, &too_long), en;
            if (too_long || e >= d->n || !may_follow_numeral(pv->env, tj_decode(d->s, d->n, e, &en))) {
                run_end = e; /* no position inside this run starts a time expression either */
                continue;
            }
        } else if (!word_may_start(&c, i, ch, i + tj_mark_len(mk))) {
            continue;
        }
        /* not inside a run of digits or letters: 12022年 is no year */
        tj_period p;
        size_t st;
        uint32_t prev = tj_cp_before(d->s, d->n, i, &st);
        if ((tj_digit_value(prev) >= 0 || tj_is_latin(prev) || prev == '.') && tj_digit_value(ch) >= 0) continue;
        if (!parse_period(&c, i, &p)) continue;
        if (prev == 0x63D0 /* 提 */ && ch == 0x524D /* 前 */) continue; /* 提前两个月: ahead of time */
        if (p.kind == TJ_P_DAY && p.no_dates && tj_digit_value(ch) >= 0) { /* 近5日: days counted, read whole */
            uint32_t b0 = p.b0 - (uint32_t)counted_before(&c, i);
            if (!d->nperiods || d->periods[d->nperiods - 1].b1 <= b0) p.b0 = b0; /* not into 3年前|28日 */
        }
        /* a number right after is part of something else: 2022年3 */
        if (book) p.flags |= TJ_PF_NAME;
        size_t cue_len, at = p.b0;
        int breaks = 0;
        while (at > 0) { /* skip spaces back, and one line break (比\n上年: a line wrapped in a PDF) */
            uint32_t pc = tj_cp_before(d->s, d->n, at, &st);
            if (tj_is_newline(pc) && !breaks++) {
                at = st;
                continue;
            }
            if (!tj_is_space(pc)) break;
            at = st;
        }
        if (tj_basis_cue_before(&pv->env->lex, d->s, at, &cue_len)) p.flags |= TJ_PF_BASIS;
        /* 比上年全年: a time right after a compared time is compared too */
        if (d->nperiods && (d->periods[d->nperiods - 1].flags & TJ_PF_BASIS) && d->periods[d->nperiods - 1].b1 == at)
            p.flags |= TJ_PF_BASIS;
        tj_period *slot = TJ_PUSH(d->periods, d->nperiods, pv->p_cap);
        if (!slot) return -1;
        *slot = p;
        while (mi < pv->nmarks && pv->marks[mi].b < p.b1) /* on after it */
            mi++;
    }
    return 0;
}

/* A reference year for a text that states none where doc_info looks (a
 * newspaper review without a dateline): the year its own time expressions
 * name most often (not those of comparisons or names); the later on a tie. */
static int text_year(const tj_doc *d) {
    int year[8] = {0}, count[8] = {0}, used = 0;
    for (size_t k = 0; k < d->nperiods; k++) {
        const tj_period *p = &d->periods[k];
        if (!p->y0 || p->y1 || (p->flags & (TJ_PF_BASIS | TJ_PF_NAME))) continue;
        int j = 0;
        while (j < used && year[j] != p->y0)
            j++;
        if (j == used) {
            if (used == 8) continue;
            year[used++] = p->y0;
        }
        count[j]++;
    }
    int best = -1;
    for (int j = 0; j < used; j++)
        if (best < 0 || count[j] > count[best] || (count[j] == count[best] && year[j] > year[best])) best = j;
    return best < 0 ? 0 : year[best];
}

/* 去年同期, 2019年同期: the part of the year the text spoke of last (一季度,
 * 年内) in the same section, in that other year. */
static void same_part_of(const tj_doc *d, size_t k, tj_period *p) {
    int32_t sec = tj_section_at(d, p->b0);
    for (size_t j = k; j-- > 0 && k - j <= 64;) {
        const tj_period *o = &d->periods[j];
        if (o->same_part || (o->flags & TJ_PF_NAME) || o->no_dates || o->kind == TJ_P_YEARS) continue;
        if (tj_section_at(d, o->b0) != sec) break;
        p->m0 = o->m0;
        p->m1 = o->m1;
        p->d0 = o->d0;
        p->d1 = o->d1;
        p->open_start = o->open_start;
        p->open_end = o->open_end;
        return;
    }
    p->no_dates = 1;
}

/* The dates of every period, in order: a heading's, once dated, dates the
 * yearless expressions below it. */
static void date_periods(tj_doc *d) {
    for (size_t k = 0; k < d->nperiods; k++) {
        tj_period *p = &d->periods[k];
        if (p->same_part) same_part_of(d, k, p);
        tj_time_ctx t;
        tj_time_context(d, p->b0, &t);
        tj_period_dates(p, &t, &p->start, &p->end);
        if (d->nsections) note_heading_time(d, p);
    }
}

int tj_build_periods(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    if (d->nsections) {
        if (d->nsections > pv->sec_time_cap) {
            tj_sec_time *st = tj_realloc(pv->sec_time, d->nsections * sizeof *st);
            if (!st) return -1;
            pv->sec_time = st;
            pv->sec_time_cap = d->nsections;
        }
        memset(pv->sec_time, 0, d->nsections * sizeof *pv->sec_time);
        /* the sections a window of a long document opens inside (the first
         * ones) keep the times their headings named */
        const tj_carry *cy = pv->carry;
        for (int k = 0; cy && !cy->first && k < cy->nopen && (size_t)k < d->nsections; k++)
            pv->sec_time[k] = cy->open[k].time;
    }
    if (find_periods(d)) return -1;
    int ref_fixed = pv->carry && !pv->carry->first && pv->carry->ref_known; /* the first window chose it */
    if (!d->ref_year && !ref_fixed) d->ref_year = text_year(d);
    date_periods(d);
    return 0;
}
