/* ind_candidates.c — stage 1 of indicators(): the sentence's values and rank
 * words, its clause separators and status cues (one pass over its marks), and
 * which values are indicators. */
#include "ind.h"

/* A rank word (首位, 榜首, 冠军) after a verb of ranking in its clause:
 * 居全国首位, 位居榜首, 稳居…全球榜首. */
static int rank_word_at(ictx *c, uint32_t i, size_t *len) {
    const tj_word *w = tj_ws_at(&c->lx->rank_words, c->s, c->s1, i, len);
    if (!w) return 0;
    uint32_t cs = ind_clause_start(c, i), b = i;
    size_t st, l2;
    int k = 0;
    while (b > cs && k < 16) {
        const tj_word *v = tj_ws_before(&c->lx->tail_words, c->s, b, &l2);
        if (v && v->tag == TJ_TW_RANK) return 1;
        cp_before(c, b, &st);
        b = (uint32_t)st;
        k++;
    }
    return 0;
}

/* Does the mark s[i..nx) stand between two ASCII digits, part of a number
 * or a time of day rather than a clause's end (16:30, 1,000)? */
static int between_digits(const ictx *c, size_t i, size_t nx) {
    return nx == i + 1 && i > 0 && nx < c->n && tj_is_ascii_digit(c->s[i - 1]) && tj_is_ascii_digit(c->s[nx]);
}

/* Does the sentence tell of the past: in a section of review (2009年工作回顾)
 * or in a statistical bulletin (of the year past)? */
static int tells_the_past(ictx *c) {
    return ind_section_mood(c, c->section) == TJ_PT_REVIEW || c->d->info.kind == TJ_DOC_BULLETIN;
}

/* Is a status cue that ends at i a noun, not a verb that governs what
 * follows: before a mark that closes a name (六六就业稳岗计划”), or, in a
 * sentence of the past, before the end of its clause (实现年初确定的主要目标，
 * 国内生产总值增长7.8%; elsewhere 公布缩表计划，国债购买规模…减少 states the
 * plan)? */
static int cue_is_a_noun(ictx *c, size_t i) {
    size_t nx, len;
    const tj_word *m = tj_ws_at(&c->lx->lead_marks, c->s, c->s1, i, &len);
    if (m && m->tag == TJ_LM_CLOSE) return 1;
    int clause_ends =
        i >= c->s1 || (tj_cls(tj_priv_of(c->d)->env, cp_at(c, i, &nx)) & (TJ_CC_CLAUSE | TJ_CC_TERMINATOR));
    return clause_ends && tells_the_past(c);
}

/* One pass over the sentence, its quantities [qa, qe) known: the clause
 * separators (not those inside brackets: 固定资产投资（不含农户，下同）), the
 * status cues, and the rank words outside quantities; then the candidates,
 * quantities and rank words merged in document order.  Cues and rank words
 * are read greedily from the left, each with a cursor of its own. */
int ind_scan_sentence(ictx *c, size_t qa, size_t qe) {
    c->nseps = c->nev = c->ncand = c->nranks = 0;
    const tj_priv *pv = tj_priv_of(c->d);
    size_t len, qk = qa;
    size_t cue_next = c->s0;     /* where the next status cue may start */
    size_t rank_next = cue_next; /* and the next rank word */
    int depth = 0;
    /* only marked characters open a cue or a rank word, or separate clauses */
    size_t mi = c->mark_next;
    while (mi < pv->nmarks && pv->marks[mi].b < c->s0)
        mi++;
    c->mark_next = mi;
    for (; mi < pv->nmarks && pv->marks[mi].b < c->s1; mi++) {
        const tj_mark *mk = &pv->marks[mi];
        size_t i = mk->b, nx = i + tj_mark_len(mk);
        uint32_t ch = mk->cp;
        unsigned cls = mk->cls;
        uint32_t next = 0; /* the character after a cue's first one: most pairs start no word */
        if (cls & TJ_CC_CUE) {
            size_t n2;
            next = nx < c->s1 ? tj_decode(c->s, c->s1, nx, &n2) : 0;
        }
        if (i >= cue_next && (cls & (TJ_CC_CUE | TJ_CC_SEMICOLON))) {
            const tj_word *w = (cls & TJ_CC_CUE) && tj_ws_may_start2(&c->lx->status_cues, ch, next)
                                   ? tj_ws_at_cp(&c->lx->status_cues, c->s, c->s1, i, ch, &len)
                                   : NULL;
            size_t nl;
            if (w && w->tag == TJ_SC_TARGET && tj_ws_before(&c->lx->cue_noun_before, c->s, i, &nl))
                w = NULL; /* 行动计划: a plan named */
            if (w && cue_is_a_noun(c, i + len))
                w = NULL; /* 六六就业稳岗计划”; 实现年初确定的主要目标，国内生产总值增长7.8%: a noun */
            if (w && (w->arg & TJ_SCF_WEAK) && tells_the_past(c))
                w = NULL; /* 2009年工作回顾, a bulletin of the year past: 中央财政安排…资金426亿元 */
            if (w) {
                if (ind_status_event(c, w->tag, (unsigned)w->arg, (uint32_t)(i + len))) return -1;
                cue_next = i + len;
            } else if (cls & TJ_CC_SEMICOLON) {
                if (ind_status_event(c, -1, 0, (uint32_t)nx)) return -1;
            }
        }
        if (i >= rank_next && (cls & TJ_CC_CUE) && tj_ws_may_start2(&c->lx->rank_words, ch, next)) {
            while (qk < qe && c->d->quantities[qk].b1 <= i)
                qk++;
            if (qk < qe && c->d->quantities[qk].b0 <= i) { /* inside a quantity */
                rank_next = c->d->quantities[qk].b1;
            } else if (rank_word_at(c, (uint32_t)i, &len)) {
                tj_quantity *r = TJ_PUSH(c->ranks, c->nranks, c->ranks_cap);
                if (!r) return -1;
                memset(r, 0, sizeof *r);
                r->b0 = r->num0 = (uint32_t)i;
                r->b1 = r->num1 = (uint32_t)(i + len);
                r->kind = TJ_Q_ORDINAL;
                r->val.mant = 1;
                r->value = 1;
                rank_next = i + len;
            }
        }
        if (tj_is_open_paren(ch))
            depth++;
        else if (tj_is_close_paren(ch) && depth)
            depth--;
        else if (ch == '\n')
            depth = 0;
        /* a pair of dashes separates too (not one: 2021—2025年) */
        int dashes = (cls & TJ_CC_DASH) && mi + 1 < pv->nmarks && pv->marks[mi + 1].b == nx &&
                     (pv->marks[mi + 1].cls & TJ_CC_DASH);
        if (dashes) {
            nx += tj_mark_len(&pv->marks[++mi]);
        }
        if (((cls & (TJ_CC_CLAUSE | TJ_CC_TERMINATOR)) || dashes) && !depth && !between_digits(c, i, nx)) {
            uint32_t *slot = TJ_PUSH(c->seps, c->nseps, c->seps_cap);
            if (!slot) return -1;
            *slot = (uint32_t)nx;
        }
    }
    c->mark_end = mi;
    size_t rk = 0;
    qk = qa;
    while (qk < qe || rk < c->nranks) {
        const tj_quantity *q;
        if (rk >= c->nranks || (qk < qe && c->d->quantities[qk].b0 < c->ranks[rk].b0))
            q = &c->d->quantities[qk++];
        else
            q = &c->ranks[rk++];
        const tj_quantity **slot =
            TJ_PUSH(c->cand, c->ncand, c->cand_cap); // NOLINT(bugprone-sizeof-expression): an array of pointers
        if (!slot) return -1;
        *slot = q;
    }
    return 0;
}

/* Is a quantity followed by the noun it counts (29个新启动…项目, 1804 家 A 股上市公司),
 * rather than by a verb, a conjunction or punctuation? */
int ind_followed_by_noun(const ictx *c, const tj_quantity *q) {
    size_t nx, len;
    size_t i = tj_skip_spaces(c->s, c->n, q->b1);
    uint32_t ch = cp_at(c, i, &nx);
    const tj_word *fw = tj_ws_at(&c->lx->function_words, c->s, c->n, i, &len);
    if (fw && (fw->tag == TJ_FW_OF || fw->tag == TJ_FW_AND || fw->tag == TJ_FW_OR || fw->tag == TJ_FW_ETC ||
               fw->tag == TJ_FW_LEVEL_NOUN))
        return 0; /* 的 和 或 等; 10万亿元台阶 */
    if (fw && fw->tag == TJ_FW_BOUND && !tj_is_han(cp_at(c, i + len, &nx)))
        return 0; /* 11.98万元起, 从3000万元到8000万元不等 */
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, c->n, i, &len);
    /* 居于全国首位, 增长157.71%; but after a count of times a verb of change
     * is what was done so often (先后4次降低存款准备金率) */
    if (w && w->tag != TJ_TW_STOP && w->tag != TJ_TW_DE && !((q->unit_flags & TJ_UF_TIMES) && tj_tw_changes(w)))
        return 0;
    if (tj_basis_cue_at(c->lx, c->s, c->n, i, &len)) return 0;
    w = tj_ws_at(&c->lx->basis_words, c->s, c->n, i, &len);
    if (w && (w->arg & TJ_BWF_ADVERB)) return 0; /* 20%以上年均增长速度 */
    return tj_is_han(ch) || tj_is_latin(ch) || tj_digit_value(ch) >= 0 || ch == 0x201C;
}

/* A number with no unit whose last word is a magnitude (3万农民工,
 * 300多万各族群众): a count of the noun after it, not part of a name (2.0任务,
 * 100强). */
int ind_count_by_magnitude(const ictx *c, const tj_quantity *q) {
    size_t st;
    return q->kind == TJ_Q_NUMBER && !q->unit && tj_cjk_unit_power(cp_before(c, q->b1, &st)) >= 4;
}

/* The Latin word next to a quantity (26 Apr 2021): a date or a code. */
static int next_to_latin_word(const ictx *c, const tj_quantity *q) {
    size_t i = tj_skip_spaces(c->s, c->n, q->b1), nx, st;
    if (i > q->b1 && tj_is_latin(cp_at(c, i, &nx)) && q->kind == TJ_Q_NUMBER) return 1;
    size_t b = tj_back_over_spaces(c->s, c->n, q->b0);
    return b < q->b0 && tj_is_latin(cp_before(c, b, &st)) && q->kind == TJ_Q_NUMBER;
}

/* A number with no unit written onto the name before it and followed by a
 * verb of change and its value (科创50涨0.94%, 北证50跌0.39%) ends that name:
 * the value is the change's. */
static int ends_a_name(const ictx *c, const tj_quantity *q) {
    size_t st, len;
    if (q->kind != TJ_Q_NUMBER || q->unit || !tj_is_han(cp_before(c, q->b0, &st))) return 0;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, c->n, q->b1, &len);
    return tj_tw_changes(w) && ind_quantity_starting_at(c, (uint32_t)(q->b1 + len));
}

/* The number of characters in s[a..b), counted up to at most `most`. */
static int chars_upto(const unsigned char *s, size_t a, size_t b, int most) {
    int k = 0;
    for (; a < b && k < most; a++)
        k += (s[a] & 0xC0) != 0x80;
    return k;
}

/* The index of the first mark in [lo, hi) at or after byte b, else hi
 * (marks are in byte order). */
static size_t mark_at_or_after(const tj_priv *pv, size_t lo, size_t hi, uint32_t b) {
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pv->marks[mid].b < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* 迈上4个万亿元台阶, 连跨3个千亿级台阶: a count of the levels a value passed
 * (a magnitude, a unit or a class, then a noun of level), no value itself. */
static int counts_levels(const ictx *c, const tj_quantity *q) {
    const tj_env *env = tj_priv_of(c->d)->env;
    size_t i = q->b1, nx, len;
    for (int k = 0; k < 6 && i < c->s1; k++) {
        const tj_word *fw = tj_ws_at(&c->lx->function_words, c->s, c->s1, i, &len);
        if (fw && fw->tag == TJ_FW_LEVEL_NOUN) return k > 0;
        if (tj_cls(env, cp_at(c, i, &nx)) & TJ_CC_CJK_UNIT) {
            i = nx;
        } else if (tj_ws_at(&c->lx->units, c->s, c->s1, i, &len) ||
                   tj_ws_at(&c->lx->unit_name_after, c->s, c->s1, i, &len)) {
            i += len;
        } else {
            return 0;
        }
    }
    return 0;
}

/* Is q inside a bracket on its line: (17国), （含不满 16 周岁）— an opening
 * bracket less than TJ_BRACKET_REACH characters before it and a closing one
 * less than that after it, with no line break or other bracket between.
 * Brackets and line breaks are marks, so only they are looked at, and only
 * those within reach (a character has at most four bytes): a sentence of
 * thousands of values stays linear. */
#define TJ_BRACKET_REACH 40
static int in_brackets(const ictx *c, const tj_quantity *q) {
    const tj_priv *pv = tj_priv_of(c->d);
    const unsigned WALLS = TJ_CC_BRACKET | TJ_CC_NEWLINE;
    size_t m = mark_at_or_after(pv, c->mark_next, c->mark_end, q->b0), j;
    int open = 0;
    for (j = m; j-- > 0 && pv->marks[j].b >= c->s0 && q->b0 - pv->marks[j].b <= TJ_BRACKET_REACH * 4;) {
        const tj_mark *mk = &pv->marks[j];
        if (!(mk->cls & WALLS)) continue;
        if (chars_upto(c->s, mk->b + tj_mark_len(mk), q->b0, TJ_BRACKET_REACH) >= TJ_BRACKET_REACH) return 0;
        if (!tj_is_open_paren(mk->cp)) return 0; /* a closing one, a line break */
        open = 1;
        break;
    }
    if (!open) return 0;
    for (j = mark_at_or_after(pv, m, c->mark_end, q->b1); j < c->mark_end && pv->marks[j].b - q->b1 < TJ_BRACKET_REACH * 4;
         j++) {
        const tj_mark *mk = &pv->marks[j];
        if (!(mk->cls & WALLS)) continue;
        if (chars_upto(c->s, q->b1, mk->b, TJ_BRACKET_REACH) >= TJ_BRACKET_REACH) return 0;
        return tj_is_close_paren(mk->cp);
    }
    return 0;
}

/* Is the text between two quantities a condition on the second one
 * (2个省份GDP超过2万亿元, 32个行业增速高于20%)? */
static int is_condition(const ictx *c, const tj_quantity *q2) {
    if ((q2->flags & TJ_QF_PREFIX_QUAL) && (q2->qualifier == TJ_QUAL_OVER || q2->qualifier == TJ_QUAL_UNDER)) return 1;
    size_t len;
    uint32_t b = q2->b0, st;
    size_t s2;
    while (b > 0 && is_blank(cp_before(c, b, &s2)))
        b = (uint32_t)s2;
    st = b;
    const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, st, &len);
    return w && (w->tag == TJ_TW_DIFF_UP || w->tag == TJ_TW_DIFF_DOWN);
}

/* Decide which candidates cand[0..n) of the sentence are indicators. */
void ind_choose(ictx *c, const tj_quantity *const *cand, size_t n, uint8_t *ok) {
    const tj_doc *d = c->d;
    size_t nx, len;
    const size_t qa = 0, qe = n;
    for (size_t k = qa; k < qe; k++) {
        const tj_quantity *q = cand[k];
        uint8_t v = 1;
        const tj_line *L = ind_line_of(c, q->b0);
        int32_t sid = c->section;                 /* a heading ends a sentence: its values share its section */
        if (L && (L->kind == TJ_LINE_TITLE || L->kind == TJ_LINE_FRONT)) v = 0; /* the title, a dateline */
        /* a glossary's definitions count what a term names (［28］三个立法权, ［8］1+5+N); its notes may still
         * state a revised figure (经最终核实，2022年全市生产总值为5386.2亿元) */
        if (L && L->glossary && (q->kind == TJ_Q_COUNT || q->kind == TJ_Q_NUMBER)) v = 0;
        if (sid && q->b0 < d->sections[sid - 1].h1 && q->b0 >= d->sections[sid - 1].h0 && !d->sections[sid - 1].label.p)
            v = 0;                    /* an unnumbered heading (海南省增速排名第二) restates its text */
        if (in_brackets(c, q)) v = 0; /* (17国) */
        if (q->kind == TJ_Q_COUNT && counts_levels(c, q)) v = 0; /* 迈上4个万亿元台阶 */
        if (q->unit_flags & TJ_UF_YEARS) v = 0;  /* 五年, 二十八年: spans of time */
        if (q->unit_flags & TJ_UF_RATING) v = 0; /* 750千伏电网: a class of equipment */
        /* 16-59 岁, 60 周岁及以上: age brackets define a population */
        if ((q->unit_flags & TJ_UF_AGE) && q->qualifier) v = 0;
        if (q->kind == TJ_Q_NUMBER && !q->unit) {
            int64_t iv;
            if (tj_dec_to_int64(&q->val, &iv) && iv >= 1000 && iv <= 2999 && q->val.exp >= 0) v = 0; /* a year */
            if (ind_followed_by_noun(c, q) && tj_is_han(cp_at(c, q->b1, &nx)) && !ind_count_by_magnitude(c, q))
                v = 0; /* 2.0任务, 100强: part of a name */
        }
        if (next_to_latin_word(c, q) || ends_a_name(c, q)) v = 0;
        if (q->kind == TJ_Q_ORDINAL && (fw_at(c, q->b1, &len) == TJ_FW_OF || fw_before(c, q->b0, &len) == TJ_FW_PUT))
            v = 0; /* 第一位的工作, 放在第一位 */
        ok[k - qa] = v;
    }
    for (size_t k = qa; k < qe; k++) {
        const tj_quantity *q = cand[k];
        if (!ok[k - qa] || q->kind == TJ_Q_ORDINAL) continue;
        uint32_t ce = ind_clause_end(c, q->b0);
        const tj_quantity *later = NULL;
        size_t lk = 0;
        for (size_t j = k + 1; j < qe && cand[j]->b0 < ce && j <= k + TJ_LOOK; j++)
            if (ok[j - qa]) {
                later = cand[j];
                lk = j;
                break;
            }
        /* thresholds: 50亿元以上大项目68个, 一百万吨以上的大型矿井 */
        if ((q->qualifier == TJ_QUAL_OVER || q->qualifier == TJ_QUAL_UNDER) && ind_followed_by_noun(c, q) &&
            q->kind != TJ_Q_COUNT) {
            ok[k - qa] = 0;
            continue;
        }
        if (fw_at(c, q->b1, &len) == TJ_FW_OF && q->kind != TJ_Q_PERCENT) {
            size_t nx2;
            uint32_t a2 = cp_at(c, q->b1 + len, &nx2);
            if ((tj_is_han(a2) || a2 == 0x201C) && (q->qualifier == TJ_QUAL_OVER || q->qualifier == TJ_QUAL_UNDER ||
                                                    (later && later->kind == TJ_Q_COUNT))) {
                ok[k - qa] = 0;
                continue;
            }
        }
        /* a count and its noun, then another value in the clause */
        int count_of_noun = q->kind == TJ_Q_COUNT && ind_followed_by_noun(c, q);
        if (count_of_noun && later) {
            uint32_t gap = (uint32_t)tj_doc_charlen(d, q->b1, later->b0);
            if (is_condition(c, later) && gap <= 8) {
                ok[lk - qa] = 0; /* 2个省份GDP超过2万亿元: the second is a condition */
            } else if (later->kind == TJ_Q_PERCENT || later->kind == TJ_Q_POINTS || later->kind == TJ_Q_ORDINAL) {
                ok[k - qa] = 0; /* 24条产业链营业收入增长6.4%: the first is part of the subject */
            }
        }
        /* 每个园区聚焦1个主导产业; 1个工作专班、1个发展规划…(“5个1”) */
        if (q->kind == TJ_Q_COUNT && q->value == 1) {
            uint32_t cs = ind_clause_start(c, q->b0), w0 = q->b0 - cs > 96 ? q->b0 - 96 : cs;
            while (w0 < q->b0 && !tj_charmap_starts(&d->cmap, w0)) /* to a character's start */
                w0++;
            for (uint32_t i = w0; i < q->b0; i = (uint32_t)tj_ws_next(c->s, q->b0, i))
                if (fw_at(c, i, &len) == TJ_FW_EACH) ok[k - qa] = 0; /* 每, which stands close to its count */
            /* (not a list of counts after their nouns: 现代农业产业园1个、优势特色产业集群1个) */
            int before_noun = count_of_noun || (q->flags & TJ_QF_CJK); /* 储备一批、开工一批 */
            if (before_noun && later && later->kind == TJ_Q_COUNT && later->value == 1) {
                ok[k - qa] = 0;
                ok[lk - qa] = 0;
            }
            for (size_t j = k;
                 before_noun && j-- > qa && cand[j]->b0 >= cs && j + TJ_LOOK >= k;) /* the last of such a list */
                if (cand[j]->kind == TJ_Q_COUNT && cand[j]->value == 1) {
                    ok[k - qa] = 0;
                    break;
                }
        }
    }
}
