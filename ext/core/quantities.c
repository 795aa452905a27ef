/*
 * quantities.c — every number with its unit (spec: functions.md quantities(),
 * indicators.md value/qualifier/unit/currency).
 *
 * One forward scan; time expressions (periods, found first), page furniture,
 * heading labels and names in quotes or book-title marks are stepped over.  At
 * a digit, a CJK numeral or one of 第 前 百分之 数 上 一半 翻 it reads
 *
 *   [qualifier] [sign] NUMBER [多|余] [UNIT[/UNIT]] [qualifier] [— NUMBER [UNIT]]
 *
 * and keeps it unless it is part of a name (4号线, 十三届, 5G, 世界500强,
 * “十四五”), a base (每千人口, 万元GDP能耗), or 一 used as an article (一个中心).
 */
#include "internal.h"

typedef struct qctx {
    tj_doc *d;
    const tj_lexicon *lx;
    const unsigned char *s;
    size_t n;
    uint32_t floor; /* end of the previous quantity: a qualifier may not reach back past it */
} qctx;

static uint32_t cp_at(const qctx *c, size_t i, size_t *nx) {
    if (i >= c->n) {
        *nx = i;
        return 0;
    }
    return tj_decode(c->s, c->n, i, nx);
}

static uint32_t cp_before(const qctx *c, size_t i, size_t *st) {
    if (i == 0) {
        *st = 0;
        return 0;
    }
    return tj_cp_before(c->s, c->n, i, st);
}

/* Past the marks around a cell's or a line's text (**bold**) from i, before lim. */
static size_t past_marks(const qctx *c, size_t i, size_t lim) {
    size_t len;
    while (i < lim && tj_ws_at(&c->lx->cell_marks, c->s, lim, i, &len))
        i += len;
    return i;
}

/* The literal w (of length l) at i; *end after it.  Called through lit(),
 * which takes the length of a string literal at compile time. */
static inline int lit_n(const qctx *c, size_t i, const char *w, size_t l, size_t *end) {
    if (i + l <= c->n && memcmp(c->s + i, w, l) == 0) {
        *end = i + l;
        return 1;
    }
    return 0;
}
#define lit(c, i, w, end) lit_n((c), (i), ("" w), sizeof(w) - 1, (end))

/* A qualifier word after a number that the number takes (以上, 左右 …): not
 * 内 (年内), 多 or 余, which the numeral reader handles itself. */
static int takes_qualifier_after(const tj_word *qa) {
    return qa && !(qa->arg & (TJ_QAF_TIME_ONLY | TJ_QAF_NUMERAL));
}

/* Does a unit that begins with a magnitude character (千瓦, 百分点) start at i?
 * Keeps the numeral reader from taking that 千 or 百 as a magnitude. */
static int unit_probe(const void *ctx, const unsigned char *s, size_t n, size_t i) {
    const qctx *c = ctx;
    size_t len;
    return tj_ws_at(&c->lx->units, s, n, i, &len) != NULL;
}

/* Is [b, e) a magnitude run only (万, 千亿), with no digit? */
static int bare_magnitude(const qctx *c, const tj_numeral *num, int ten_is_magnitude) {
    if (num->form != TJ_FORM_CJK) return 0;
    size_t i = num->start, nx;
    while (i < num->digits_end) {
        uint32_t ch = tj_decode(c->s, c->n, i, &nx);
        if (tj_is_cjk_digit(ch)) return 0;
        /* 十万 is a hundred thousand, but after 数 or 几 (数十万) 十 is a magnitude */
        if (tj_cjk_unit_power(ch) == 1 && i == num->start && !ten_is_magnitude) return 0;
        i = nx;
    }
    return 1;
}

/* A Latin-letter word starting at i (5G, 4K, km): its end. */
static size_t latin_run(const qctx *c, size_t i) {
    size_t nx;
    while (i < c->n) {
        uint32_t ch = cp_at(c, i, &nx);
        if (!tj_is_latin(ch) && ch != 0xB2 && ch != 0xB3 && !(tj_digit_value(ch) >= 0)) break;
        i = nx;
    }
    return i;
}

typedef struct unit_match {
    const tj_word *w;
    size_t end;
    const char *norm; /* may be an arena string for compounds */
    int compound;
} unit_match;

/* The unit at i, with a compound second half (元/吨, 微克/立方米). */
static int read_unit(qctx *c, size_t i, unit_match *u) {
    size_t len, nx;
    memset(u, 0, sizeof *u);
    const tj_word *w = tj_ws_at(&c->lx->units, c->s, c->n, i, &len);
    if (!w) return 0;
    uint32_t first = cp_at(c, i, &nx);
    if (tj_is_latin(first) && latin_run(c, i) != i + len) return 0; /* 5G is no unit, nor 5kmh */
    u->w = w;
    u->end = i + len;
    u->norm = w->norm;
    /* a second unit after / or 每 */
    size_t j = u->end, k;
    uint32_t sl = cp_at(c, j, &k);
    if (sl == '/' || sl == 0xFF0F) {
        size_t len2;
        const tj_word *w2 = tj_ws_at(&c->lx->units, c->s, c->n, k, &len2);
        if (!w2) w2 = tj_ws_at(&c->lx->per_units, c->s, c->n, k, &len2); /* 元/月 */
        if (w2 && w2->tag != TJ_Q_PERCENT) {
            size_t a = strlen(w->norm), b = strlen(w2->norm);
            char *z = tj_arena_alloc(c->d->arena, a + b + 2);
            if (z) {
                memcpy(z, w->norm, a);
                z[a] = '/';
                memcpy(z + a + 1, w2->norm, b + 1);
                u->norm = z;
                u->end = k + len2;
                u->compound = 1;
            }
        }
    }
    return 1;
}

/* 成 after 一…十: tenths as a percentage (两成 = 20 %), not 一成不变. */
static int tenths(const qctx *c, const tj_numeral *num, size_t i, size_t *end) {
    if (num->has_point || num->magnitude) return 0;
    int64_t v;
    if (!tj_dec_to_int64(&num->val, &v) || v < 1 || v > 10) return 0;
    size_t e;
    if (!lit(c, i, "成", &e)) return 0;
    size_t x;
    if (lit(c, e, "不变", &x)) return 0;
    *end = e;
    return 1;
}

/* The value of a numeral read at i; 0 when none (or not a quantity). */
static int read_number(qctx *c, size_t i, tj_numeral *num) {
    return tj_numeral_scan(c->s, c->n, i, TJ_NUM_SPACES, unit_probe, c, num);
}

static void set_value(tj_quantity *q) {
    q->value = tj_dec_to_double(&q->val);
    q->value_max = q->has_max ? tj_dec_to_double(&q->val_max) : 0;
}

/* The numeral of a rank after 第 or 前 at j: a whole number without a
 * magnitude, not a sequence of digits (第一二 is no rank). */
static int rank_numeral(const qctx *c, size_t j, tj_numeral *num) {
    return tj_numeral_scan(c->s, c->n, j, TJ_NUM_NO_MAGNITUDE, NULL, NULL, num) && !num->has_point &&
           !num->cjk_sequence;
}

/* Fill q as the rank [i, e) whose numeral num was read at j. */
static int set_rank(tj_quantity *q, size_t i, size_t j, size_t e, const tj_numeral *num, int qualifier) {
    q->b0 = (uint32_t)i;
    q->b1 = (uint32_t)e;
    q->num0 = (uint32_t)j;
    q->num1 = (uint32_t)num->end;
    q->val = num->val;
    q->kind = TJ_Q_ORDINAL;
    q->qualifier = (uint8_t)qualifier;
    return 1;
}

/* 第七, 第四位, 第12位; not 第一产业, 第三届, 第一次. */
static int read_ordinal(qctx *c, size_t i, tj_quantity *q) {
    size_t j, e;
    if (!lit(c, i, "第", &j)) return 0;
    tj_numeral num;
    if (!rank_numeral(c, j, &num)) return 0;
    e = num.end;
    size_t x, nx, st, y;
    if (lit(c, e, "位", &x) || lit(c, e, "名", &x)) {
        e = x;
    } else if (lit(c, e, "次", &x)) {
        /* 连续第十九次上调 counts the times (a count, no rank); 第十二次全国代表大会 is a name */
        if (!(i >= 6 && lit(c, i - 6, "连续", &y))) return 0;
        set_rank(q, i, j, x, &num, TJ_QUAL_NONE);
        q->kind = TJ_Q_COUNT;
        q->unit = "次";
        q->unit0 = (uint32_t)e;
        q->unit1 = (uint32_t)x;
        return 1;
    } else {
        uint32_t nc = cp_at(c, e, &nx);
        if (tj_is_han(nc) || tj_is_latin(nc) || tj_digit_value(nc) >= 0) return 0;
        /* 第一、二轮 and 第一，注重…: an enumeration, not a rank */
        if (nc == 0x3001 && (tj_is_cjk_digit(cp_at(c, nx, &y)) || tj_digit_value(cp_at(c, nx, &y)) >= 0)) return 0;
        uint32_t pc = cp_before(c, i, &st);
        if ((nc == 0xFF0C || nc == ',' || nc == 0x3001) &&
            (pc == 0 || pc == '\n' || tj_is_space(pc) || tj_is_terminator(pc) || pc == 0xFF1A || pc == ':' ||
             pc == 0xFF1B || pc == ';' || pc == '*' || pc == '#'))
            return 0;
    }
    return set_rank(q, i, j, e, &num, TJ_QUAL_NONE);
}

/* 前十强, 前三, 前10位: a rank with an upper bound. */
static int read_top(qctx *c, size_t i, tj_quantity *q) {
    size_t j, e, x, nx;
    if (!lit(c, i, "前", &j)) return 0;
    tj_numeral num;
    if (!rank_numeral(c, j, &num)) return 0;
    e = num.end;
    if (lit(c, e, "强", &x) || lit(c, e, "位", &x) || lit(c, e, "名", &x)) {
        e = x;
    } else {
        uint32_t nc = cp_at(c, e, &nx);
        if (tj_is_han(nc) || tj_is_latin(nc) || tj_digit_value(nc) >= 0) return 0;
    }
    return set_rank(q, i, j, e, &num, TJ_QUAL_UNDER);
}

/* 翻一番 (100 %), 翻两番 (300 %), 翻番. */
static int read_doubling(qctx *c, size_t i, tj_quantity *q) {
    size_t j, e;
    if (!lit(c, i, "翻", &j)) return 0;
    int times = 1;
    if (lit(c, j, "番", &e)) {
        times = 1;
    } else {
        tj_numeral num;
        int64_t v;
        if (!tj_numeral_scan(c->s, c->n, j, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &num) || !tj_dec_to_int64(&num.val, &v) ||
            v < 1 || v > 5 || !lit(c, num.end, "番", &e))
            return 0;
        times = (int)v;
    }
    q->b0 = (uint32_t)i;
    q->b1 = (uint32_t)e;
    q->num0 = (uint32_t)i;
    q->num1 = (uint32_t)e;
    q->val.mant = ((UINT64_C(1) << times) - 1) * 100;
    q->kind = TJ_Q_PERCENT;
    q->unit = "%";
    q->flags |= TJ_QF_DOUBLING;
    return 1;
}

/* Look back from b for a qualifier word (约 近 超过 …), over spaces. */
static int qualifier_before(qctx *c, size_t b, size_t *start) {
    size_t at = b, st, len;
    while (at > c->floor) {
        uint32_t pc = cp_before(c, at, &st);
        if (!tj_is_space(pc)) break;
        at = st;
    }
    const tj_word *w = tj_ws_before(&c->lx->qual_before, c->s, at, &len);
    if (!w || !w->tag || at - len < c->floor) return 0;
    *start = at - len;
    return w->tag;
}

/* The end of a second unit in brackets after the unit that ends at e, which
 * counts the same things another way (47.63万户（套）, 1万套（间）), else e. */
static size_t alternative_unit_end(qctx *c, size_t e) {
    size_t nx, x;
    unit_match alt;
    if (!tj_is_open_paren(cp_at(c, e, &nx)) || !read_unit(c, nx, &alt) || alt.compound) return e;
    return tj_is_close_paren(cp_at(c, alt.end, &x)) ? x : e;
}

/* How many times its first end a range's second may be after a verb of
 * change (增加1.7万至23.3万人 is no range). */
#define TJ_RANGE_SPREAD 4.0

/* Is a verb of change (增加 下降) right before byte b, blanks apart? */
static int change_before(const qctx *c, size_t b) {
    size_t len;
    const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, tj_back_over_spaces(c->s, c->n, b), &len);
    return tj_tw_changes(w);
}

/* Everything after the number: 多/余, unit, qualifier, range. */
static int read_rest(qctx *c, tj_numeral *num, tj_quantity *q, int percent_prefix, int permille) {
    size_t e = num->end, k, x, nx;
    int cjk = num->form == TJ_FORM_CJK;
    if (num->over_inside) q->qualifier = TJ_QUAL_OVER;
    /* a name right after the number: 4号线, 十三届, 2.0版 */
    size_t len;
    const tj_word *nm = tj_ws_at(&c->lx->name_after, c->s, c->n, e, &len);
    if (nm && (!nm->arg || cjk) && !percent_prefix) return 0;
    size_t x0;
    if (lit(c, e, "强", &x0)) { /* 世界500强 is a name; 挤进十强 a rank */
        size_t len0;
        if (!tj_ws_before(&c->lx->rank_verbs, c->s, q->b0, &len0)) return 0;
        q->kind = TJ_Q_ORDINAL;
        q->qualifier = TJ_QUAL_UNDER;
        q->val = num->val;
        q->b1 = (uint32_t)x0;
        return 1;
    }
    k = tj_skip_gap(c->s, c->n, e);
    unit_match u;
    int have_unit = 0;
    if (percent_prefix) {
        q->kind = TJ_Q_PERCENT;
        q->unit = permille ? "\xE2\x80\xB0" : "%";
    } else {
        /* 80余次, 5万余个, 20来个 */
        size_t kk = k;
        uint32_t qc = cp_at(c, kk, &nx);
        if ((qc == 0x591A /* 多 */ || qc == 0x4F59 /* 余 */ || qc == 0x6765 /* 来 */ || qc == 0x51E0 /* 几 */) &&
            read_unit(c, nx, &u)) {
            q->qualifier = qc == 0x6765 ? TJ_QUAL_APPROX : TJ_QUAL_OVER;
            k = nx;
        }
        if (tenths(c, num, k, &x)) {
            tj_dec_shift(&num->val, 1);
            q->kind = TJ_Q_PERCENT;
            q->unit = "%";
            q->unit0 = (uint32_t)k;
            q->unit1 = (uint32_t)x;
            e = x;
        } else if (read_unit(c, k, &u)) {
            have_unit = 1;
            q->kind = (uint8_t)u.w->tag;
            q->unit = u.norm;
            q->currency = u.w->extra;
            q->unit0 = (uint32_t)k;
            q->unit1 = (uint32_t)u.end;
            if (u.w->arg & TJ_UF_QUAL_MASK) q->qualifier = (uint8_t)(u.w->arg & TJ_UF_QUAL_MASK);
            q->unit_flags = (uint16_t)(u.w->arg & ~TJ_UF_QUAL_MASK);
            e = alternative_unit_end(c, u.end);
        } else {
            uint32_t nc = cp_at(c, e, &nx);
            if (tj_is_latin(nc)) return 0;                                   /* 5G, 4K, 3D */
            if (cjk && num->magnitude < 4 && !(num->val.exp >= 4)) return 0; /* 两岸, 三农: no unit, no quantity */
            q->kind = TJ_Q_NUMBER;
        }
    }
    /* 10年期国债, 20万吨级泊位, 0.1微克攻坚行动: part of a name */
    if (have_unit && tj_ws_at(&c->lx->unit_name_after, c->s, c->n, e, &len)) return 0;
    /* 一 as an article: 一个中心, 一批项目, 一次性, 一匹“黑马” */
    if (cjk && have_unit && num->cjk_chars == 1 && !num->magnitude && num->val.mant == 1 &&
        (q->kind == TJ_Q_COUNT ||
         (q->kind == TJ_Q_MEASURE && (q->unit_flags & (TJ_UF_TIME | TJ_UF_ARTICLE))))) {
        uint32_t nc = cp_at(c, e, &nx);
        if (tj_is_han(nc) || nc == 0x201C) {
            size_t y;
            const tj_word *qa = tj_qual_after_at(c->lx, c->s, c->n, e, &y);
            if (!qa || qa->tag == TJ_QUAL_OVER) return 0;
        }
    }
    /* qualifier after: 5%左右, 1100万人以上, 30天内 */
    const tj_word *qa = tj_qual_after_at(c->lx, c->s, c->n, e, &len);
    if (qa) {
        int is_within = (qa->arg & TJ_QAF_TIME_ONLY) != 0;
        int is_more = (qa->arg & TJ_QAF_NUMERAL) != 0;
        if ((!is_within || (q->unit_flags & TJ_UF_TIME)) && !(is_more && q->qualifier)) {
            if (!q->qualifier || !is_more) q->qualifier = (uint8_t)qa->tag;
            e += len;
        }
    }
    /* range: 5%—6%, 3至5个, 10—15万元, 百分之四到五; news writes numbers
     * apart (增长 10% 至 12%): blanks around 至 and 到, never around a dash (a
     * table's columns: 1.5   -2.3) */
    size_t ml, r1 = e, nx2;
    const tj_word *rm = tj_ws_at(&c->lx->range_marks, c->s, c->n, e, &ml);
    if (!rm) {
        size_t w0 = tj_skip_spaces(c->s, c->n, e);
        rm = w0 > e ? tj_ws_at(&c->lx->range_marks, c->s, c->n, w0, &ml) : NULL;
        if (rm && rm->tag != TJ_RM_WORD) rm = NULL;
        r1 = w0;
    }
    /* 增加10万亿韩元至168.6万亿韩元, 增加1.7万至23.3万人: after a verb of change,
     * 至 may lead from what an amount changed by to the level reached: so when
     * the first has its own unit or the second is many times it (a range's ends
     * are of one size: 增长3至5个; rates are ranges, 增长10%至12%) */
    int by_to =
        rm && rm->tag == TJ_RM_WORD && q->kind != TJ_Q_PERCENT && q->kind != TJ_Q_POINTS && change_before(c, q->b0);
    if (by_to && have_unit) rm = NULL;
    if (rm) {
        r1 += ml;
        if (rm->tag == TJ_RM_WORD) r1 = tj_skip_spaces(c->s, c->n, r1);
        tj_numeral n2;
        size_t p2 = r1, y;
        if (percent_prefix && lit(c, p2, "百分之", &y)) p2 = y;
        uint32_t c2 = cp_at(c, p2, &nx2);
        int same_form = cjk ? (tj_is_cjk_digit(c2) || tj_cjk_unit_power(c2) == 1) : tj_digit_value(c2) >= 0;
        /* the second number must not begin a time expression (5%—2022年) */
        size_t lo = 0, hi = c->d->nperiods; /* the first period that starts at or after p2 */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (c->d->periods[mid].b0 < p2)
                lo = mid + 1;
            else
                hi = mid;
        }
        int in_period = lo < c->d->nperiods && c->d->periods[lo].b0 == p2;
        size_t nx3;
        if (same_form && !in_period && read_number(c, p2, &n2) && !n2.over_inside &&
            !(cp_at(c, n2.end, &nx3) == '-' && tj_digit_value(cp_at(c, nx3, &nx3)) >= 0)) {
            size_t e2 = n2.end, k2 = tj_skip_gap(c->s, c->n, e2);
            unit_match u2;
            int unit2 = 0;
            if (!percent_prefix && read_unit(c, k2, &u2)) {
                unit2 = 1;
                e2 = u2.end;
            }
            int ok = 1;
            if (unit2 && have_unit && strcmp(u2.norm, q->unit) != 0) ok = 0;
            if (!unit2 && !have_unit && !percent_prefix && q->kind != TJ_Q_NUMBER) ok = 0;
            if (ok) {
                tj_dec v1 = num->val, v2 = n2.val;
                if (!num->magnitude && n2.magnitude) tj_dec_shift(&v1, n2.magnitude); /* 10—15万元 */
                double d1 = tj_dec_to_double(&v1), d2 = tj_dec_to_double(&v2);
                if (d2 > d1 && !(by_to && d2 > TJ_RANGE_SPREAD * d1)) {
                    num->val = v1;
                    q->val_max = v2;
                    q->has_max = 1;
                    q->qualifier = TJ_QUAL_RANGE;
                    if (unit2 && !have_unit) {
                        q->kind = (uint8_t)u2.w->tag;
                        q->unit = u2.norm;
                        q->currency = u2.w->extra;
                        q->unit0 = (uint32_t)k2;
                        q->unit1 = (uint32_t)u2.end;
                        q->unit_flags = (uint16_t)(u2.w->arg & ~TJ_UF_QUAL_MASK);
                    }
                    e = e2;
                    const tj_word *qa2 = tj_qual_after_at(c->lx, c->s, c->n, e, &len);
                    if (qa2 && (qa2->tag == TJ_QUAL_APPROX)) e += len; /* 5%—6%左右 */
                }
            }
        }
    }
    q->val = num->val;
    q->b1 = (uint32_t)e;
    return 1;
}

static int step_before(const qctx *c, size_t i);
static void count_units(const qctx *c, tj_quantity *q, size_t st, uint32_t prev);

/* Is the line that starts at i (after a line break) the subscript of a Latin
 * letter that ends the line before (广义货币M\n2\n增长, a PDF's M₂)? */
static int subscript_after_letter(const qctx *c, size_t i) {
    size_t st;
    uint32_t p = cp_before(c, i, &st);
    while (st > 0 && tj_is_newline(p))
        p = cp_before(c, st, &st);
    return tj_is_latin(p);
}

/* A quantity starting at i (the first character of its number or of 第, 前,
 * 百分之, 数, 上, 一半, 翻).  Fills q and returns 1. */
static int read_quantity(qctx *c, size_t i, tj_quantity *q) {
    memset(q, 0, sizeof *q);
    size_t j, st, len;
    uint32_t prev = cp_before(c, i, &st);
    if (read_ordinal(c, i, q) || read_top(c, i, q) || read_doubling(c, i, q)) {
        set_value(q);
        return 1;
    }
    if (tj_ws_at(&c->lx->name_phrases, c->s, c->n, i, &len)) return 0;
    if (tj_digit_value(cp_at(c, i, &j)) >= 0 && tj_ws_before(&c->lx->name_before, c->s, i, &len)) return 0; /* 注1 */
    int percent_prefix = 0, permille = 0, loose = 0;
    size_t num_at = i;
    if (lit(c, i, "百分之", &j)) {
        percent_prefix = 1;
        num_at = j;
    } else if (lit(c, i, "千分之", &j)) {
        percent_prefix = permille = 1;
        num_at = j;
    } else if (lit(c, i, "一半", &j)) {
        q->b0 = (uint32_t)i;
        q->b1 = (uint32_t)j;
        q->num0 = (uint32_t)i;
        q->num1 = (uint32_t)j;
        q->val.mant = 50;
        q->kind = TJ_Q_PERCENT;
        q->unit = "%";
        const tj_word *qa = tj_qual_after_at(c->lx, c->s, c->n, j, &len);
        if (takes_qualifier_after(qa)) {
            q->qualifier = (uint8_t)qa->tag;
            q->b1 = (uint32_t)(j + len);
        }
        size_t qs;
        int qb = qualifier_before(c, i, &qs);
        if (qb && !q->qualifier) {
            q->qualifier = (uint8_t)qb;
            q->b0 = (uint32_t)qs;
        }
        set_value(q);
        return 1;
    } else if (lit(c, i, "数", &j) || lit(c, i, "上", &j) || lit(c, i, "几", &j)) {
        const tj_word *tw = tj_ws_before(&c->lx->tail_words, c->s, j, &len);
        if (tw && (tw->arg & TJ_TWF_STEP) && j - len < i) return 0; /* 迈上万亿元台阶: 上 is the verb's */
        loose = 1; /* 数百亿, 上千家, 几十个: a magnitude with no digit */
        num_at = j;
    }
    tj_numeral num;
    if (!read_number(c, num_at, &num)) return 0;
    int cjk = num.form == TJ_FORM_CJK;
    /* inside a longer token: PM2.5, G20, 12:30, 0x1F */
    if (!cjk && !percent_prefix) {
        if (tj_is_latin(prev) || prev == '.' || prev == '/' || prev == ':' || prev == 0xFF1A || prev == '_' ||
            prev == '#' || prev == '@' || prev == '=' || prev == '&' || prev == '\\')
            return 0;
        size_t after, la;
        uint32_t nc = cp_at(c, num.digits_end, &after);
        if (nc == ':' && tj_digit_value(cp_at(c, after, &la)) >= 0) return 0;       /* 06:30 */
        if (tj_is_newline(prev) && tj_is_newline(nc) && subscript_after_letter(c, i)) return 0; /* M\n2\n: M2 */
        if (num.int_digits >= 2 && !num.has_point && c->s[num_at] == '0') return 0; /* 08, 007: a code */
        if (tj_ws_at_cp(&c->lx->times_marks, c->s, c->n, num.digits_end, nc, &la) &&
            tj_digit_value(cp_at(c, num.digits_end + la, &la)) >= 0)
            return 0; /* 2×66万千瓦: the number of units, each of the size after it */
        /* (1) [2] ［3］: enumerations and footnote marks */
        if ((tj_is_open_paren(prev) || prev == '[' || prev == 0x3010 || prev == 0xFF3B) &&
            (tj_is_close_paren(nc) || nc == ']' || nc == 0x3011 || nc == 0xFF3D))
            return 0;
        /* 400-820-9463, 08-15: a group of a dash-joined code */
        if (nc == '-' && tj_digit_value(cp_at(c, after, &la)) >= 0) {
            size_t k = after;
            while (tj_digit_value(cp_at(c, k, &la)) >= 0)
                k = la;
            if (cp_at(c, k, &la) == '-') return 0;
        }
        if (prev == '-' && st > 0) {
            size_t st2;
            if (tj_digit_value(cp_before(c, st, &st2)) >= 0) return 0;
        }
        /* 2、 at the start of a line (2**、 with Markdown's emphasis between): a list marker */
        size_t lm = tj_ws_may_hold(c->lx->cell_marks.fbloom, nc) ? past_marks(c, num.digits_end, c->n) : num.digits_end;
        uint32_t mc = lm > num.digits_end ? cp_at(c, lm, &la) : nc;
        if ((mc == 0x3001 || (nc == '.' && tj_is_space(cp_at(c, after, &la)))) && !num.has_point) {
            size_t b = st, st2;
            uint32_t pc = prev;
            while (b > 0 && (tj_is_space(pc) || pc == '*' || pc == '#')) {
                pc = cp_before(c, b, &st2);
                b = st2;
            }
            if (pc == 0 || pc == '\n' || b == 0) return 0;
        }
    }
    if (cjk && !percent_prefix) {
        if (num.cjk_sequence) return 0; /* 二〇二二 without 年, 三五 */
        size_t nx0;
        uint32_t c0 = cp_at(c, num_at, &nx0);
        if (num.cjk_chars == 1 && !tj_is_cjk_digit(c0)
                ? 0
                : num.cjk_chars == 1 && c0 != 0x4E00 && c0 != 0x4E8C && c0 != 0x4E09 && c0 != 0x56DB && c0 != 0x4E94 &&
                      c0 != 0x516D && c0 != 0x4E03 && c0 != 0x516B && c0 != 0x4E5D && c0 != 0x4E24 && c0 != 0x96F6 &&
                      c0 != 0x3007)
            return 0; /* a lone 陆 or 伍 is a name (陆家嘴), not 大写 six */
        size_t nx;
        uint32_t nc = cp_at(c, num.end, &nx);
        if (tj_is_cjk_digit(nc) || (tj_cjk_unit_power(nc) && !unit_probe(c, c->s, c->n, num.end)))
            return 0; /* 十四五 */
        if (tj_is_cjk_digit(prev) || tj_cjk_unit_power(prev)) return 0;
        if (prev == 0x3001 /* 、 */) { /* 第一、二轮, 一、二、三产业: the rest of a list of ordinals */
            size_t st2;
            uint32_t pp = cp_before(c, st, &st2);
            if (tj_is_cjk_digit(pp) || tj_cjk_unit_power(pp) == 1) return 0;
        }
    }
    /* 第十四个: an ordinal read_ordinal did not take is no quantity either */
    if (prev == 0x7B2C /* 第 */) return 0;
    /* a base, not a quantity: 每千人口, 每10万人 */
    if (prev == 0x6BCF /* 每 */ && !loose && !percent_prefix) return 0;
    int bare = bare_magnitude(c, &num, loose);
    if (loose && !bare) return 0;
    q->num0 = (uint32_t)num_at;
    q->num1 = (uint32_t)num.digits_end;
    q->b0 = (uint32_t)i;
    if (!read_rest(c, &num, q, percent_prefix, permille)) return 0;
    if (cjk) q->flags |= TJ_QF_CJK;
    /* qualifier and sign before the number */
    size_t qs;
    int qb = 0;
    if (loose) {
        q->qualifier = TJ_QUAL_OVER;
    } else {
        /* sign */
        uint32_t sc = prev;
        if (!percent_prefix && (sc == 0x8D1F /* 负 */ || sc == 0x2212 || sc == 0xFF0D || sc == '-')) {
            size_t st2;
            uint32_t pp = cp_before(c, st, &st2);
            size_t wl;
            if ((!(sc == '-' || sc == 0xFF0D) ||
                 !(tj_digit_value(pp) >= 0 || tj_is_latin(pp) || pp == ')' || pp == '%')) &&
                !tj_ws_before(&c->lx->sign_words, c->s, q->b0, &wl)) { /* 税负5700亿元 */
                if (st >= c->floor) {
                    q->val.neg = 1;
                    q->b0 = (uint32_t)st;
                }
            }
        }
        qb = qualifier_before(c, q->b0, &qs);
        if (qb && q->qualifier != TJ_QUAL_RANGE) {
            q->qualifier = (uint8_t)qb;
            q->b0 = (uint32_t)qs;
            q->flags |= TJ_QF_PREFIX_QUAL;
        }
    }
    /* 万元GDP能耗, 万众: a magnitude alone needs 近/超/突破… or 数/上 */
    if (bare && !loose && !qb && !step_before(c, q->b0)) return 0;
    if (q->b0 == i && !percent_prefix && q->unit1 > q->unit0) count_units(c, q, st, prev);
    if (q->val_max.neg != q->val.neg && q->has_max) q->val_max.neg = q->val.neg;
    set_value(q);
    return 1;
}

/* 2×66万千瓦: a count of like units written before a times mark; the
 * quantity is all of them (1320000 千瓦), its text from the count on.
 * prev: the character before the quantity, at st. */
static void count_units(const qctx *c, tj_quantity *q, size_t st, uint32_t prev) {
    size_t len;
    if (!tj_ws_at_cp(&c->lx->times_marks, c->s, q->b0, st, prev, &len) || st + len != q->b0) return;
    size_t k = st, b = k;
    while (b > c->floor && tj_is_ascii_digit(c->s[b - 1]) && k - b < 4)
        b--;
    if (b == k || (b > c->floor && (tj_is_ascii_digit(c->s[b - 1]) || c->s[b - 1] == '.'))) return;
    uint64_t n = 0;
    for (size_t j = b; j < k; j++)
        n = n * 10 + (uint64_t)(c->s[j] - '0');
    tj_dec v = q->val, vm = q->val_max;
    if (!n || !tj_dec_times(&v, n) || (q->has_max && !tj_dec_times(&vm, n))) return;
    q->val = v;
    q->val_max = vm;
    q->b0 = (uint32_t)b;
}

/* Does a verb of a level reached (迈上) end at i? */
static int step_before(const qctx *c, size_t i) {
    size_t len;
    const tj_word *tw = tj_ws_before(&c->lx->tail_words, c->s, i, &len);
    return tw && (tw->arg & TJ_TWF_STEP);
}

/* Fraction: 三分之一, 2/3 is not read (a date or a code as often as not). */
static int read_fraction(qctx *c, size_t i, tj_quantity *q) {
    tj_numeral a, b;
    size_t j, st, nx;
    /* 1/3, 1/10: small whole numbers on both sides of a slash (not 2022/10/1);
     * first a cheap look for the slash after the digits */
    size_t k = i;
    while (k < c->n && tj_digit_value(cp_at(c, k, &nx)) >= 0)
        k = nx;
    if (k > i && k < c->n && c->s[k] == '/' && tj_digit_value(cp_before(c, i, &st)) < 0 &&
        cp_before(c, i, &st) != '/' &&
        tj_numeral_scan(c->s, c->n, i, TJ_NUM_NO_MAGNITUDE | TJ_NUM_NO_CJK, NULL, NULL, &a) && !a.has_point &&
        a.int_digits <= 2 && cp_at(c, a.end, &nx) == '/' &&
        tj_numeral_scan(c->s, c->n, nx, TJ_NUM_NO_MAGNITUDE | TJ_NUM_NO_CJK, NULL, NULL, &b) && !b.has_point &&
        b.int_digits <= 2 && cp_at(c, b.end, &j) != '/' && tj_digit_value(cp_at(c, b.end, &j)) < 0) {
        double x = tj_dec_to_double(&a.val), y = tj_dec_to_double(&b.val);
        if (x > 0 && y > x) {
            memset(q, 0, sizeof *q);
            q->b0 = q->num0 = (uint32_t)i;
            q->b1 = q->num1 = (uint32_t)b.end;
            q->kind = TJ_Q_NUMBER;
            q->value = x / y;
            size_t len;
            const tj_word *qa = tj_qual_after_at(c->lx, c->s, c->n, b.end, &len);
            if (takes_qualifier_after(qa)) {
                q->qualifier = (uint8_t)qa->tag;
                q->b1 = (uint32_t)(b.end + len);
            }
            size_t qs;
            int qb = qualifier_before(c, i, &qs);
            if (qb && !q->qualifier) {
                q->qualifier = (uint8_t)qb;
                q->b0 = (uint32_t)qs;
            }
            return 1;
        }
    }
    if (!tj_is_cjk_digit(cp_at(c, i, &nx)) && !tj_cjk_unit_power(cp_at(c, i, &nx))) return 0; /* 三分之一 */
    if (!tj_numeral_scan(c->s, c->n, i, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &a) || a.form != TJ_FORM_CJK ||
        a.cjk_sequence || !lit(c, a.end, "分之", &j))
        return 0;
    if (a.cjk_chars == 1 && a.val.mant != 10 &&
        (a.val.exp == 2 || a.val.exp == 3 || a.val.mant == 100 || a.val.mant == 1000))
        return 0; /* 百分之, 千分之: percentages, read elsewhere */
    if (!tj_numeral_scan(c->s, c->n, j, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &b) || b.form != TJ_FORM_CJK) return 0;
    double den = tj_dec_to_double(&a.val), numer = tj_dec_to_double(&b.val);
    if (den <= 0) return 0;
    memset(q, 0, sizeof *q);
    q->b0 = (uint32_t)i;
    q->b1 = (uint32_t)b.end;
    q->num0 = (uint32_t)i;
    q->num1 = (uint32_t)b.end;
    q->kind = TJ_Q_NUMBER;
    q->value = numer / den;
    size_t len, qs;
    const tj_word *qa = tj_qual_after_at(c->lx, c->s, c->n, b.end, &len);
    if (takes_qualifier_after(qa)) {
        q->qualifier = (uint8_t)qa->tag;
        q->b1 = (uint32_t)(b.end + len);
    }
    int qb = qualifier_before(c, i, &qs);
    if (qb && !q->qualifier) {
        q->qualifier = (uint8_t)qb;
        q->b0 = (uint32_t)qs;
    }
    /* exact value lost: keep it in val as a decimal approximation */
    q->val.mant = 0;
    return 1;
}

/* Can a quantity start with ch?  (Folded into TJ_CC_QUANTITY.) */
int tj_quantity_may_start(uint32_t ch) {
    if (tj_digit_value(ch) >= 0 || tj_is_cjk_digit(ch) || tj_cjk_unit_power(ch)) return 1;
    switch (ch) {
    case 0x7B2C: /* 第 */
    case 0x524D: /* 前 */
    case 0x6570: /* 数 */
    case 0x4E0A: /* 上 */
    case 0x7FFB: /* 翻 */
    case 0x51E0: /* 几 */ return 1;
    default: return 0;
    }
}

/* The end of a short quoted name (“十四五”, “5个1”) or of a book title
 * (《…》) that starts at i; i when there is none. */
static size_t name_end(const qctx *c, size_t i, uint32_t open) {
    uint32_t close = open == 0x201C ? 0x201D : 0x300B;
    int limit = open == 0x201C ? 12 : 60, k = 0;
    size_t j = i, nx;
    while (j < c->n && k <= limit) {
        uint32_t ch = cp_at(c, j, &nx);
        if (ch == close) return nx;
        if (open == 0x201C && (tj_is_terminator(ch) || ch == 0xFF0C || ch == ',')) break;
        if (ch == '\n' && open != 0x201C) break;
        j = nx;
        if (!tj_is_space(ch) && !tj_is_newline(ch)) k++; /* “确\n\n保”: a PDF wrap inside */
    }
    return i;
}

/* Can a quantity start at a CJK numeral at i?  A CJK numeral with no unit
 * is no quantity (两岸, 三农, 统一) unless it names 万 or 亿, so the run of
 * numeral characters must reach a magnitude or be followed (across a PDF
 * wrap) by a unit or by one of the words the readers take after a numeral:
 * 点 (a decimal point) 分之 成 半 倍 番 多 余 几 来 强 % ‰.  *run_end is set to the end of the run.
 * Keep this in step with read_quantity and read_fraction. */
static int cjk_may_start(const qctx *c, const tj_env *env, size_t i, size_t *run_end) {
    size_t k = i, nx, len;
    int big = 0, chars = 0;
    while (k < c->n) {
        uint32_t ch = cp_at(c, k, &nx);
        unsigned cls = tj_cls(env, ch);
        if (!(cls & TJ_CC_NUMERAL)) break;
        if (tj_cjk_unit_power(ch) >= 4) big = 1;
        chars++;
        k = nx;
    }
    *run_end = k;
    /* a numeral is short; a run of more numeral characters than any numeral
     * has (一二三四…, 万万万…) is skipped whole, so that no scan starts at
     * each of its characters */
    if (chars > TJ_MAX_NUMERAL_CHARS) return 0;
    if (big) return 1;
    size_t g = tj_skip_gap(c->s, c->n, k);
    if (tj_ws_at(&c->lx->units, c->s, c->n, g, &len)) return 1;
    switch (cp_at(c, g, &nx)) {
    case 0x5F3A: /* 强: 挤进十强 */
    case 0x51E0: /* 几: 十几个 */
    case 0x6765: /* 来: 十来个 */
    case 0x70B9: /* 点: 三点五亿, 两点 */
    case 0x5206: /* 分 */
    case 0x6210: /* 成 */
    case 0x534A: /* 半 */
    case 0x500D: /* 倍 */
    case 0x756A: /* 番 */
    case 0x591A: /* 多 */
    case 0x4F59: /* 余 */
    case '%':
    case 0xFF05:
    case 0x2030: return 1;
    default: return 0;
    }
}

/* Where the number of a caption that opens line L stands (表3 2020年主要农产品
 *产量, **表****3), or (size_t)-1 when the line opens with none. */
static size_t caption_number_at(const qctx *c, const tj_line *L) {
    size_t cl, k = past_marks(c, L->c0, L->c1);
    const tj_word *cap = k < L->c1 ? tj_ws_at(&c->lx->heading_marks, c->s, L->c1, k, &cl) : NULL;
    return cap && cap->tag == TJ_HM_CAPTION ? past_marks(c, k + cl, L->c1) : (size_t)-1;
}

/* The bytes of q's text after the digits it starts with (the magnitude of
 * 3500万: 万), up to `end`. */
static tj_str after_digits(const qctx *c, const tj_quantity *q, uint32_t end) {
    size_t i = q->b0, nx;
    while (i < end && (tj_digit_value(cp_at(c, i, &nx)) >= 0 || c->s[i] == '.'))
        i = nx;
    return (tj_str){(const char *)c->s + i, (uint32_t)(end > i ? end - i : 0)};
}

/* 3500万、2300万人次; 10.6万、3.8万、3.3万平方公里: a number of a list without a
 * unit takes the unit of the next one, when it is written at the same
 * magnitude (not 12、15亿元, where 12 is not 12 yuan). */
static void share_units(const qctx *c) {
    tj_doc *d = c->d;
    for (size_t k = d->nquantities - 1; k > 0 && k < d->nquantities; k--) {
        tj_quantity *q = &d->quantities[k - 1];
        const tj_quantity *nq = &d->quantities[k];
        size_t nx;
        if (q->kind != TJ_Q_NUMBER || q->unit || !nq->unit || nq->kind == TJ_Q_NUMBER ||
            tj_digit_value(cp_at(c, q->b0, &nx)) < 0 || !tj_only_list_separator(c->lx, c->s, q->b1, nq->b0))
            continue;
        /* the next one's magnitude: before its unit, or all of it when it took the unit from its own next */
        tj_str m1 = after_digits(c, q, q->b1), m2 = after_digits(c, nq, nq->unit1 > nq->unit0 ? nq->unit0 : nq->b1);
        if (m1.n != m2.n || memcmp(m1.p, m2.p, m1.n) != 0) continue;
        q->kind = nq->kind;
        q->unit = nq->unit;
        q->currency = nq->currency;
        q->unit_flags = nq->unit_flags;
    }
}

int tj_build_quantities(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    qctx c = {d, &pv->env->lex, d->s, d->n, 0};
    size_t pi = 0, li = 0, mi = 0, nx, cjk_skip = 0;
    size_t caption_li = (size_t)-1, caption_at = (size_t)-1; /* the line last looked at for a caption */
    /* only marked characters start a quantity or a name; `i` is where the
     * scan has got to, marks before it are passed over */
    size_t i = 0;
    while (mi < pv->nmarks) {
        const tj_mark *mk = &pv->marks[mi];
        if (mk->b < i) {
            mi++;
            continue;
        }
        i = mk->b;
        /* step over periods, furniture lines and heading labels */
        while (pi < d->nperiods && d->periods[pi].b1 <= i)
            pi++;
        if (pi < d->nperiods && d->periods[pi].b0 <= i) {
            i = d->periods[pi].b1;
            continue;
        }
        while (li < pv->nlines && pv->lines[li].b1 < i)
            li++;
        if (li < pv->nlines) {
            const tj_line *L = &pv->lines[li];
            if (L->kind == TJ_LINE_NOISE && i >= L->b0) {
                i = L->b1 + 1;
                continue;
            }
            if (L->lab1 && i >= L->c0 && i < L->lab1) { /* the numbering of a heading or a list item */
                i = L->lab1;
                continue;
            }
            if (li != caption_li) { /* once per line: where a caption's number would stand */
                caption_li = li;
                caption_at = caption_number_at(&c, L);
            }
            if (i == caption_at) { /* 表3 2020年…, **表****3 */
                size_t k = i;
                while (k < L->c1 && (tj_cls(pv->env, cp_at(&c, k, &nx)) & TJ_CC_NUMERAL))
                    k = nx;
                if (k > i) {
                    i = k;
                    continue;
                }
            }
        }
        uint32_t ch = mk->cp;
        nx = i + tj_mark_len(mk);
        if (ch == 0x201C || ch == 0x300A) { /* “…” and 《…》 names */
            size_t e = name_end(&c, nx, ch);
            if (e > nx) {
                i = e;
                continue;
            }
        }
        if (!(mk->cls & TJ_CC_QUANTITY) || i < cjk_skip) {
            i = nx;
            continue;
        }
        if ((mk->cls & (TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)) && !(mk->cls & TJ_CC_ARABIC)) {
            size_t e;
            if (!cjk_may_start(&c, pv->env, i, &e)) {
                cjk_skip = e; /* no position in this run starts a quantity either */
                i = nx;
                continue;
            }
        } else if (!(mk->cls & TJ_CC_NUMERAL)) {
            /* 上千 数百 几十 前三 第一 翻一番: a numeral follows */
            size_t n2;
            uint32_t next = cp_at(&c, nx, &n2);
            if (!(tj_cls(pv->env, next) & TJ_CC_NUMERAL) && !(ch == 0x7FFB /* 翻 */ && next == 0x756A /* 番 */)) {
                i = nx;
                continue;
            }
        }
        tj_quantity q;
        if (read_fraction(&c, i, &q) || read_quantity(&c, i, &q)) {
            tj_quantity *slot = TJ_PUSH(d->quantities, d->nquantities, pv->q_cap);
            if (!slot) return -1;
            *slot = q;
            c.floor = q.b1;
            i = q.b1 > i ? q.b1 : nx;
            continue;
        }
        /* skip the rest of a numeral we did not take */
        if (tj_digit_value(ch) >= 0) {
            while (i < d->n && (tj_digit_value(tj_decode(d->s, d->n, i, &nx)) >= 0 || d->s[i] == '.'))
                i = nx;
            continue;
        }
        i = nx;
    }
    share_units(&c);
    return 0;
}
