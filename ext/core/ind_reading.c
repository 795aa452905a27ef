/* ind_reading.c — stage 2 of indicators(): the words between a value and
 * the start of its clause, read backwards (verbs, adverbs, comparisons): the
 * value's kind, sign and basis, and the span its subject is in, without what
 * opens it (times, scope words, connectives).  Every word is asked of a table
 * in lexicon.c by its role. */
#include "ind.h"

/* Back from e over blanks, not below cs. */
static uint32_t back_over_blanks(const ictx *c, uint32_t cs, uint32_t e) {
    size_t st;
    while (e > cs && is_blank(cp_before(c, e, &st)))
        e = (uint32_t)st;
    return e;
}

/* How far back from a value a line break that splits a word is looked for
 * (characters), and the bytes before the break a word may take. */
#define TJ_WRAP_CHARS 3
#define TJ_WRAP_BYTES 24

/* The tail word that ends at e across a line break a few characters
 * before it, as in text from a PDF (第三产业增加值758.14亿元，增\n长3.9%), or
 * NULL: *len is its length in the text, break included. */
static const tj_word *word_across_break(const ictx *c, uint32_t cs, uint32_t e, size_t *len) {
    /* t: where the text of the line after the break starts, a few
     * characters before e; p: before its indent */
    uint32_t t = e, p;
    size_t st;
    for (int k = 0; k < TJ_WRAP_CHARS && t > cs && !is_blank(cp_before(c, t, &st)); k++)
        t = (uint32_t)st;
    for (p = t; p > cs && tj_is_space(cp_before(c, p, &st));) /* the line's indent */
        p = (uint32_t)st;
    if (p <= cs || t == e || !tj_is_newline(cp_before(c, p, &st))) return NULL;
    uint32_t q = back_over_blanks(c, cs, p); /* the end of the line before */
    if (q <= cs || q + TJ_WRAP_BYTES < p) return NULL;
    unsigned char buf[2 * TJ_WRAP_BYTES + 16];
    uint32_t from = q > cs + TJ_WRAP_BYTES ? q - TJ_WRAP_BYTES : cs;
    while (from < q && !tj_charmap_starts(&c->d->cmap, from)) /* whole characters */
        from++;
    size_t nb = q - from, na = e - t;
    if (nb + na > sizeof buf) return NULL;
    memcpy(buf, c->s + from, nb);
    memcpy(buf + nb, c->s + t, na);
    const tj_word *w = tj_ws_before(&c->lx->tail_words, buf, nb + na, len);
    if (!w || *len <= na) return NULL; /* none, or not across the break */
    *len += t - q;
    return w;
}

/* The tail word that ends at e; one that a line break splits is read whole
 * (下\n降 is 下降, not 降). */
static const tj_word *tail_word_before(const ictx *c, uint32_t cs, uint32_t e, int wrapped, size_t *len) {
    size_t wl;
    const tj_word *across = wrapped ? word_across_break(c, cs, e, &wl) : NULL;
    if (across) {
        *len = wl;
        return across;
    }
    return tj_ws_before(&c->lx->tail_words, c->s, e, len);
}

/* The lead word that opens [a, b), read whole across a line break right
 * after it (有\n色金属 is 有色, a word, not the lead word 有): NULL when the
 * words across the break are no lead word. */
static const tj_word *lead_word_at(const ictx *c, uint32_t a, uint32_t b, size_t *len) {
    const tj_word *w = tj_ws_at(&c->lx->lead_words, c->s, b, a, len);
    if (!w) return NULL;
    size_t nx;
    uint32_t e = a + (uint32_t)*len, t = e;
    while (t < b && tj_is_space(cp_at(c, t, &nx)))
        t = (uint32_t)nx;
    if (t >= b || !tj_is_newline(cp_at(c, t, &nx))) return w;
    t = (uint32_t)nx;
    while (t < b && is_blank(cp_at(c, t, &nx))) /* the next line's indent */
        t = (uint32_t)nx;
    unsigned char buf[2 * TJ_WRAP_BYTES];
    size_t na = *len, nb = b - t < TJ_WRAP_BYTES ? b - t : TJ_WRAP_BYTES, wl;
    if (na > TJ_WRAP_BYTES) return w;
    memcpy(buf, c->s + a, na);
    memcpy(buf + na, c->s + t, nb);
    const tj_word *across = tj_ws_at(&c->lx->lead_words, buf, na + nb, 0, &wl);
    return across && wl > na && across->tag != TJ_LW_LEAD ? across : w;
}

/* A basis word that stands right before the verb (同比, 五年平均) ending at e. */
static const tj_word *basis_adverb_before(const ictx *c, uint32_t cs, uint32_t e, size_t *len) {
    const tj_word *w = tj_ws_before(&c->lx->basis_words, c->s, e, len);
    return w && (w->arg & TJ_BWF_ADVERB) && e - *len >= cs ? w : NULL;
}

/* A basis word read before the verb: its name (两年分别平均 is 两年平均), and
 * 分别 when it holds one. */
static void take_basis_word(reading *r, const tj_word *bw) {
    if (!r->basis_word && !r->basis1) r->basis_word = bw->norm ? bw->norm : bw->w;
    if (bw->arg & TJ_BWF_EACH) r->distributed = 1;
}

static void note_adverb(reading *r, const tj_word *w) {
    if (w->arg & TJ_TWF_EACH) r->distributed = 1;
    if (w->arg & TJ_TWF_ALL) r->distributed = 0;
    if (w->arg & TJ_TWF_PRIOR) r->no_period = 1;
    if (w->arg & TJ_TWF_FROM) r->from = 1;
}

/* What one tail word says; 0 when it ends the reading (a second verb). */
static int take_tail_word(reading *r, const tj_word *w, int *verb_seen, int *de_seen) {
    switch (w->tag) {
    case TJ_TW_UP:
    case TJ_TW_DOWN:
        if (*verb_seen) return 0;
        *verb_seen = r->has_verb = 1;
        if (!r->level) {
            r->kind = TJ_K_CHANGE;
            r->sign = w->tag == TJ_TW_DOWN ? -1 : 1;
        }
        return 1;
    case TJ_TW_NOUN_UP:
    case TJ_TW_NOUN_DOWN:
        if (*verb_seen && r->kind != TJ_K_AMOUNT) return 0;
        *verb_seen = r->has_verb = r->rate_noun = 1;
        r->kind = TJ_K_CHANGE;
        r->sign = w->tag == TJ_TW_NOUN_DOWN ? -1 : 1;
        return 1;
    case TJ_TW_TO:
        if (*verb_seen) return 0;
        r->level = 1;
        return 1;
    case TJ_TW_LEVEL:
        /* before a verb of change, an auxiliary goes with it (将增长, 力争增长,
         * 实现增长); another word of one character is the subject's (英伟达涨) */
        if (*verb_seen && r->kind == TJ_K_CHANGE && strlen(w->w) < 6 && !(w->arg & TJ_TWF_AUX)) return 0;
        r->has_verb = 1;
        note_adverb(r, w);
        return 1;
    case TJ_TW_ADV:
        note_adverb(r, w);
        return 1;
    case TJ_TW_SHARE:
        r->kind = TJ_K_SHARE;
        *verb_seen = r->has_verb = 1;
        return 1;
    case TJ_TW_RANK:
        *verb_seen = r->has_verb = 1;
        return 1;
    case TJ_TW_DE:
        if (*de_seen) return 0;
        *de_seen = 1;
        return 1;
    default: return 0;
    }
}

/* 比上年预算增加5038亿元: a figure of the time compared with (预算, 执行数)
 * ends the comparison; the time before it, compared with, or NULL. */
static const tj_period *compared_figure(const ictx *c, uint32_t cs, uint32_t e) {
    size_t len;
    const tj_word *w = tj_ws_before(&c->lx->basis_frames, c->s, e, &len);
    if (!w || w->tag != TJ_BF_FIGURE || e - len <= cs) return NULL;
    const tj_period *p = ind_period_ending_at(c, e - (uint32_t)len);
    return p && (p->flags & TJ_PF_BASIS) ? p : NULL;
}

/* Stage 1: the words between the value and its subject, read back from the
 * value at vb (verbs, adverbs, a basis: 比上年, 同比); returns where the
 * subject ends. */
static uint32_t read_tail(ictx *c, uint32_t cs, uint32_t vb, reading *r, int *de_seen) {
    uint32_t e = vb;
    /* a word split by a line break only where the clause has one */
    int wrapped = vb > cs && (memchr(c->s + cs, '\n', vb - cs) || memchr(c->s + cs, '\f', vb - cs));
    size_t len, fl;
    int verb_seen = 0;
    for (;;) {
        e = back_over_blanks(c, cs, e);
        if (e <= cs) return e;
        const tj_word *bw = basis_adverb_before(c, cs, e, &len);
        if (bw) { /* 同比增长, 五年平均增长 */
            take_basis_word(r, bw);
            e -= (uint32_t)len;
            continue;
        }
        const tj_word *w = tail_word_before(c, cs, e, wrapped, &len);
        if (tj_tw_changes(w) && *de_seen && fw_at(c, e, &fl) == TJ_FW_OF)
            return e; /* 价格下降的|有69个: the verb of those counted, not the value's */
        if (w && e - len >= cs && w->tag != TJ_TW_STOP) {
            if (!take_tail_word(r, w, &verb_seen, de_seen)) return e;
            e -= (uint32_t)len;
            continue;
        }
        const tj_word *qw = tj_ws_before(&c->lx->qual_before, c->s, e, &len);
        if (qw && (qw->arg & TJ_QBF_BEFORE_VERB) && verb_seen && e - len >= cs) { /* 至少增长2% */
            if (!r->bound) r->bound = qw->tag;
            e -= (uint32_t)len;
            continue;
        }
        /* a comparison: 比上年, 较去年同期, 与2021年底相比, 比上年预算 */
        const tj_period *p = ind_period_ending_at(c, e);
        if (!p) p = compared_figure(c, cs, e);
        if (p && (p->flags & TJ_PF_BASIS)) {
            size_t cl;
            uint32_t b = back_over_blanks(c, cs, p->b0);
            if (tj_basis_cue_before(c->lx, c->s, b, &cl)) b -= (uint32_t)cl;
            if (!r->basis1 && !r->basis_word) {
                r->basis0 = b;
                r->basis1 = e;
            }
            e = b;
            continue;
        }
        if (p && !(p->flags & TJ_PF_NAME)) { /* 2022年 right before the value */
            e = p->b0;
            continue;
        }
        const tj_line *L = c->has_noise ? tj_line_at(c->d, e - 1) : NULL;
        if (L && L->kind == TJ_LINE_NOISE && L->b0 < e && L->b0 >= cs) { /* a page footer inside: — 2 — */
            e = L->b0;
            continue;
        }
        return e;
    }
}

/* The words of relation inside the subject span: 占 (a share), 高于 (a
 * difference), 居 (a rank's field). */
typedef struct relations {
    uint32_t share_at, diff_at, rank_at;
    size_t share_len, diff_len, rank_len;
    int diff_sign;
} relations;

static void find_relations(const ictx *c, const reading *r, const tj_quantity *q, relations *rel) {
    memset(rel, 0, sizeof *rel);
    rel->diff_sign = 1;
    size_t len, nx;
    for (uint32_t i = r->subj0; i < r->subj1;) {
        const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, r->subj1, i, &len);
        if (w && (w->tag == TJ_TW_DIFF_UP || w->tag == TJ_TW_DIFF_DOWN)) {
            rel->diff_at = i;
            rel->diff_len = len;
            rel->diff_sign = w->tag == TJ_TW_DIFF_DOWN ? -1 : 1;
        } else if (w && w->tag == TJ_TW_SHARE && (w->arg & TJ_TWF_OWNER)) {
            rel->share_at = i;
            rel->share_len = len;
        } else if (w && w->tag == TJ_TW_RANK && q->kind == TJ_Q_ORDINAL) {
            rel->rank_at = i;
            rel->rank_len = len;
        }
        if (w) {
            i += (uint32_t)len;
            continue;
        }
        cp_at(c, i, &nx);
        i = (uint32_t)nx;
    }
}

/* The subject ends at a, what follows up to its old end is the basis. */
static void basis_from(reading *r, uint32_t a, size_t len) {
    r->basis0 = a + (uint32_t)len;
    r->basis1 = r->subj1;
    r->basis_word = NULL;
    r->subj1 = a;
}

/* 比 or 较 (TJ_BCF_THAN) at k, before lim: its length, else 0. */
static size_t than_at(const ictx *c, uint32_t k, uint32_t lim) {
    size_t bl;
    const tj_word *w = tj_basis_cue_at(c->lx, c->s, lim, k, &bl);
    return w && (w->arg & TJ_BCF_THAN) ? bl : 0;
}

/* 高于全国0.4个百分点: a difference from what follows 高于; 比全国指标高出1个
 * 百分点: from what follows 比; 首次低于1000万辆: no comparison, a bound. */
static void read_difference(const ictx *c, reading *r, const relations *rel) {
    size_t nx;
    r->kind = TJ_K_CHANGE;
    r->sign = (int8_t)rel->diff_sign;
    uint32_t cs = r->subj0;
    basis_from(r, rel->diff_at, rel->diff_len);
    uint32_t b0 = r->basis0, b1 = r->basis1;
    ind_trim(c, &b0, &b1);
    if (b1 > b0) return;
    for (uint32_t k = cs; k < rel->diff_at; k = (uint32_t)nx) {
        size_t bl = than_at(c, k, rel->diff_at);
        if (bl) {
            r->basis0 = k + (uint32_t)bl;
            r->basis1 = rel->diff_at;
            r->subj1 = k;
            return;
        }
        cp_at(c, k, &nx);
    }
    r->kind = TJ_K_AMOUNT;
    r->sign = 1;
    r->basis0 = r->basis1 = 0;
    r->bound = rel->diff_sign < 0 ? TJ_QUAL_UNDER : TJ_QUAL_OVER;
}

/* b without an adverb that spreads the values over a list (分别, 均) ending
 * the stretch [a, b): 比各项贷款平均增速分别高4.2和0.7个百分点. */
static uint32_t without_spreading_adverb(const ictx *c, uint32_t a, uint32_t b) {
    size_t len;
    const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, b, &len);
    return w && (w->arg & (TJ_TWF_EACH | TJ_TWF_ALL)) && b - len > a ? b - (uint32_t)len : b;
}

/* 比全国高1.8个百分点: 比 in the subject span, a comparative right before
 * the value. */
static void read_comparative(const ictx *c, reading *r, uint32_t vb) {
    size_t nx, cl;
    uint32_t m = back_over_blanks(c, r->subj0, vb);
    const tj_word *cmp = tj_ws_before(&c->lx->comparatives, c->s, m, &cl);
    if (!cmp || m - cl < r->subj0) return;
    for (uint32_t k = r->subj0; k < r->subj1; k = (uint32_t)nx) {
        size_t bl = than_at(c, k, r->subj1);
        if (bl) {
            r->kind = TJ_K_CHANGE;
            r->sign = cmp->tag == TJ_CMP_LESS ? -1 : 1;
            r->basis0 = k + (uint32_t)bl;
            r->basis1 = without_spreading_adverb(c, r->basis0, m - (uint32_t)cl);
            r->basis_word = NULL;
            r->subj1 = k;
            return;
        }
        cp_at(c, k, &nx);
    }
}

/* 农村集体资产总量全国第一, 区域创新能力升至全国第二: with no word of rank, a
 * field right before the rank is its basis, and the verb that reached it
 * is no part of the subject. */
static void rank_field(const ictx *c, reading *r) {
    size_t len;
    uint32_t e = back_over_blanks(c, r->subj0, r->subj1);
    if (!tj_ws_before(&c->lx->rank_fields, c->s, e, &len) || e - len <= r->subj0) return;
    r->basis0 = e - (uint32_t)len;
    r->basis1 = e;
    r->basis_word = NULL;
    r->subj1 = ind_back_over_tail(
        c, r->subj0, e - (uint32_t)len,
        TJ_TW_BIT(TJ_TW_TO) | TJ_TW_BIT(TJ_TW_UP) | TJ_TW_BIT(TJ_TW_RANK) | TJ_TW_BIT(TJ_TW_LEVEL), 0, 1);
}

/* 排名提升至全国第六位: of a rank's basis read after its word of rank, the
 * verb that reached the rank is no part; the field is the basis. */
static void field_after_verb(const ictx *c, reading *r) {
    size_t len;
    uint32_t e = back_over_blanks(c, r->basis0, r->basis1);
    if (!tj_ws_before(&c->lx->rank_fields, c->s, e, &len) || e - len <= r->basis0) return;
    uint32_t f = e - (uint32_t)len;
    uint32_t v =
        ind_back_over_tail(c, r->basis0, f, TJ_TW_BIT(TJ_TW_TO) | TJ_TW_BIT(TJ_TW_UP) | TJ_TW_BIT(TJ_TW_LEVEL), 0, 0);
    uint32_t a = r->basis0, b = v;
    ind_trim(c, &a, &b);
    if (v < f && a >= b) r->basis0 = f;
}

/* Stage 2: what the subject span holds besides the subject: a rank's field,
 * a difference's or a share's basis, a comparison. */
static void read_relations(const ictx *c, reading *r, const tj_quantity *q, uint32_t vb) {
    relations rel;
    find_relations(c, r, q, &rel);
    if (q->kind == TJ_Q_ORDINAL) {
        r->kind = TJ_K_RANK;
        r->sign = 1;
        if (rel.rank_at) {
            basis_from(r, rel.rank_at, rel.rank_len);
            field_after_verb(c, r);
        } else {
            rank_field(c, r);
        }
    } else if (rel.diff_at) {
        read_difference(c, r, &rel);
    } else if (rel.share_at) {
        r->kind = TJ_K_SHARE;
        basis_from(r, rel.share_at, rel.share_len);
        /* 约占全国1/10: the qualifier before the verb is the value's */
        size_t ql;
        uint32_t e = back_over_blanks(c, r->subj0, r->subj1);
        const tj_word *qw = tj_ws_before(&c->lx->qual_before, c->s, e, &ql);
        if (qw && qw->tag && e - ql >= r->subj0) {
            if (!r->bound) r->bound = qw->tag;
            r->subj1 = e - (uint32_t)ql;
        }
    } else {
        read_comparative(c, r, vb);
    }
    if (q->kind == TJ_Q_ORDINAL || rel.diff_at || rel.share_at) r->has_verb = 1;
}

/* 实际使用外资连续8年, 总量连续37年: a streak at the end of the subject says how
 * long, not what (连续 and a number of years, months or quarters).  Read
 * backwards: the unit of time, the numeral, then the word of the streak. */
static void strip_streak(const ictx *c, reading *r) {
    size_t len, st;
    uint32_t e = back_over_blanks(c, r->subj0, r->subj1);
    const tj_word *u = tj_ws_before(&c->lx->units, c->s, e, &len);
    if (!u || !(u->arg & (TJ_UF_TIME | TJ_UF_YEARS)) || e - len <= r->subj0) return;
    uint32_t j = e - (uint32_t)len, num = j;
    const tj_env *env = tj_priv_of(c->d)->env;
    for (;;) { /* 8, 十九, 多 */
        size_t ql;
        if (j > r->subj0 && (tj_cls(env, cp_before(c, j, &st)) & TJ_CC_NUMERAL)) {
            j = (uint32_t)st;
        } else if (tj_qual_after_before(c->lx, c->s, j, &ql) && j - ql > r->subj0) {
            j -= (uint32_t)ql;
        } else {
            break;
        }
    }
    const tj_word *w = j < num ? tj_ws_before(&c->lx->tail_words, c->s, j, &len) : NULL;
    if (w && (w->arg & TJ_TWF_STREAK) && j - len >= r->subj0)
        r->subj1 = j - (uint32_t)len; /* 连续16年位居全国首位: no subject of its own */
}

/* 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: the levels passed on the
 * way (a verb of stepping up, then a noun of level) are no part of the subject. */
uint32_t ind_before_levels_passed(const ictx *c, uint32_t a, uint32_t e) {
    size_t len, wl, st;
    uint32_t b = e;
    ind_trim(c, &a, &b);
    const tj_word *fw = tj_ws_before(&c->lx->function_words, c->s, b, &len);
    if (!fw || fw->tag != TJ_FW_LEVEL_NOUN || b - len <= a) return e;
    for (uint32_t j = b - (uint32_t)len; j > a; j = (uint32_t)st) {
        const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, j, &wl);
        if (w && (w->arg & TJ_TWF_STEP) && j - wl > a) return j - (uint32_t)wl;
        cp_before(c, j, &st);
    }
    return e;
}

static void strip_levels_passed(const ictx *c, reading *r) {
    r->subj1 = ind_before_levels_passed(c, r->subj0, r->subj1);
}

/* Stage 3: adverbs left at the end of the subject (分别占…, 同比). */
static void strip_trailing_adverbs(const ictx *c, reading *r) {
    size_t len;
    for (;;) {
        uint32_t e = back_over_blanks(c, r->subj0, r->subj1);
        const tj_word *bw = basis_adverb_before(c, r->subj0, e, &len);
        if (bw) {
            take_basis_word(r, bw);
            r->subj1 = e - (uint32_t)len;
            continue;
        }
        const tj_period *p = ind_period_ending_at(c, e); /* 油价2025年|低于80美元: the time, not the subject */
        if (p && p->b0 > r->subj0 && !(p->flags & (TJ_PF_BASIS | TJ_PF_NAME))) {
            r->subj1 = p->b0;
            continue;
        }
        const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, e, &len);
        /* (and a word of one character that goes with a verb: 油价将|低于80美元) */
        if (!w || (w->tag != TJ_TW_ADV && !(w->arg & TJ_TWF_AUX)) || e - len < r->subj0) return;
        if (w->arg & TJ_TWF_EACH) r->distributed = 1;
        r->subj1 = e - (uint32_t)len;
    }
}

/* 平均压减时间58%: a change verb with its object between it and the value
 * (within the subject's last six characters). */
static void verb_with_object(const ictx *c, reading *r, const tj_quantity *q) {
    if (r->has_verb || q->kind == TJ_Q_COUNT) return;
    size_t st, len, nx;
    uint32_t k = r->subj1;
    for (int m = 0; m < 6 && k > r->subj0; m++) {
        cp_before(c, k, &st);
        k = (uint32_t)st;
    }
    for (uint32_t j = k; j < r->subj1;) {
        const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, r->subj1, j, &len);
        if (tj_tw_changes(w) && (w->arg & TJ_TWF_OBJECT)) {
            r->kind = TJ_K_CHANGE;
            r->sign = w->tag == TJ_TW_DOWN ? -1 : 1;
            r->has_verb = 1;
            return;
        }
        if (w) {
            j += (uint32_t)len;
            continue;
        }
        cp_at(c, j, &nx);
        j = (uint32_t)nx;
    }
}

/* 完成年度投资进度的111.8%: progress against a plan is a share of it. */
static void progress_share(const ictx *c, reading *r, const tj_quantity *q, int de_seen) {
    if (!de_seen || q->kind != TJ_Q_PERCENT || r->kind != TJ_K_AMOUNT) return;
    size_t nx, len;
    for (uint32_t j = r->subj0; j < r->subj1; j = (uint32_t)nx) {
        const tj_word *w = tj_ws_at(&c->lx->function_words, c->s, r->subj1, j, &len);
        if (w && (w->arg & TJ_FWF_PROGRESS)) {
            r->kind = TJ_K_SHARE;
            basis_from(r, j, len);
            return;
        }
        cp_at(c, j, &nx);
    }
}

/* 是十年前的3倍, 相当于全国平均水平的1.5倍: a multiple of what stands between
 * the frame's word and 的, its basis (no period of the row's own: 是2012年的
 * 2.1倍 is not of 2012). */
static void multiple_of(const ictx *c, reading *r, const tj_quantity *q, int de_seen) {
    if (!de_seen || q->kind != TJ_Q_NUMBER || !q->unit || r->basis1 || r->basis_word) return;
    size_t nx, len;
    uint32_t at = 0, end = 0, de = back_over_blanks(c, r->subj0, q->b0);
    if (fw_before(c, de, &len) != TJ_FW_OF) return;
    de -= (uint32_t)len; /* the 的, after a period read off the span (是2012年的) */
    for (uint32_t j = r->subj0; j < de; j = (uint32_t)nx) { /* the last frame word */
        const tj_word *w = tj_ws_at(&c->lx->basis_frames, c->s, de, j, &len);
        if (w && w->tag == TJ_BF_MULTIPLE) {
            at = j;
            end = j + (uint32_t)len;
        }
        cp_at(c, j, &nx);
    }
    uint32_t b0 = end, b1 = de;
    ind_trim(c, &b0, &b1);
    if (!end || b1 <= b0 || tj_doc_charlen(c->d, b0, b1) > 12) return;
    r->basis0 = b0;
    r->basis1 = b1;
    if (at < r->subj1) r->subj1 = at; /* 是 may have been read off the span already */
    r->multiple = 1;
}

/* 覆盖全国75%的乡镇: a percentage of the thing named after it (to the end of
 * its clause, a short noun) is a share of that thing; a scope word right
 * before the value (全国) is the whole's scope. */
static void share_of_what_follows(ictx *c, reading *r, const tj_quantity *q) {
    size_t len, st;
    if (q->kind != TJ_Q_PERCENT || r->kind != TJ_K_AMOUNT || r->has_verb || fw_at(c, q->b1, &len) != TJ_FW_OF)
        return;
    uint32_t a = q->b1 + (uint32_t)len, b = ind_clause_end(c, a);
    ind_trim(c, &a, &b);
    if (b <= a || tj_doc_charlen(c->d, a, b) > 8 || ind_quantity_starting_at(c, a)) return;
    for (uint32_t i = a; i < b; i = (uint32_t)st) { /* a noun: Han characters only */
        if (!tj_is_han(cp_at(c, i, &st))) return;
    }
    uint32_t e = back_over_blanks(c, r->subj0, r->subj1), scope0 = 0;
    if (!r->scope1 && tj_ws_before(&c->lx->scope_words, c->s, e, &len) && e - len > r->subj0) {
        scope0 = e - (uint32_t)len;
        e = back_over_blanks(c, r->subj0, scope0);
    }
    if (fw_before(c, e, &len) != TJ_FW_PART_VERB) return; /* 覆盖, not 转让60%的股权 */
    r->kind = TJ_K_SHARE;
    r->has_verb = 1;
    r->basis0 = a;
    r->basis1 = b;
    r->basis_word = NULL;
    if (scope0) {
        r->scope0 = scope0;
        r->scope1 = r->subj1;
        r->subj1 = scope0;
    }
}

/* 自然增长率-0.57‰: a subject that names a rate of change (or a share) says
 * the kind when no verb did. */
static void rate_named(const ictx *c, reading *r) {
    size_t len;
    if (r->kind != TJ_K_AMOUNT || r->has_verb || r->level) return;
    uint32_t e = back_over_blanks(c, r->subj0, r->subj1);
    const tj_word *w = tj_ws_before(&c->lx->rate_nouns, c->s, e, &len);
    if (w && e - len >= r->subj0 && w->tag == TJ_K_CHANGE) r->kind = TJ_K_CHANGE;
}

/* 经济增长速度的调控目标: the goal set for it is no part of the indicator's name
 * (a status cue has made the value a target). */
static void strip_goal_head(const ictx *c, reading *r) {
    size_t len;
    uint32_t e = back_over_blanks(c, r->subj0, r->subj1);
    if (!tj_ws_before(&c->lx->goal_heads, c->s, e, &len) || e - len < r->subj0 + 6) return;
    r->subj1 = e - (uint32_t)len;
    /* 经济增长速度的调控目标定为8%: the goal of a rate of growth is a rate of growth */
    uint32_t h = back_over_blanks(c, r->subj0, r->subj1);
    size_t fl, rl;
    if (fw_before(c, h, &fl) == TJ_FW_OF) h -= (uint32_t)fl;
    const tj_word *rate = tj_ws_before(&c->lx->rate_nouns, c->s, h, &rl);
    if (rate && rate->tag == TJ_K_CHANGE && h - rl > r->subj0 && r->kind == TJ_K_AMOUNT) {
        r->kind = TJ_K_CHANGE;
        r->rate_noun = 1;
    }
    /* 广义货币M2增长目标为17%: the goal is a change */
    const tj_word *v = tj_ws_before(&c->lx->tail_words, c->s, r->subj1, &len);
    if (tj_tw_changes(v) && len >= 6 && r->subj1 - len >= r->subj0 + 6 && !r->level) {
        r->subj1 -= (uint32_t)len;
        r->kind = TJ_K_CHANGE;
        r->sign = v->tag == TJ_TW_DOWN ? -1 : 1;
        r->has_verb = 1; /* 广义货币M2[预期]增长目标 */
        r->subj1 = ind_back_over_tail(c, r->subj0, r->subj1, TJ_TW_BIT(TJ_TW_ADV) | TJ_TW_BIT(TJ_TW_LEVEL), 6, 6);
    }
}

/* Read backwards from the value at vb to the clause start cs: the value's
 * kind, sign and basis, and the span its subject is in. */
void ind_read_left(ictx *c, uint32_t cs, uint32_t vb, const tj_quantity *q, reading *r) {
    memset(r, 0, sizeof *r);
    r->kind = TJ_K_AMOUNT;
    r->sign = 1;
    int de_seen = 0;
    r->subj1 = read_tail(c, cs, vb, r, &de_seen);
    r->subj0 = cs;
    read_relations(c, r, q, vb);
    strip_levels_passed(c, r);
    strip_trailing_adverbs(c, r);
    strip_streak(c, r);
    strip_goal_head(c, r);
    verb_with_object(c, r, q);
    progress_share(c, r, q, de_seen);
    multiple_of(c, r, q, de_seen);
    share_of_what_follows(c, r, q);
    if (q->flags & TJ_QF_DOUBLING) r->kind = TJ_K_CHANGE; /* 翻一番: a change of 100 % */
    rate_named(c, r);
    if (r->level && r->kind == TJ_K_CHANGE && !r->rate_noun) r->kind = TJ_K_AMOUNT;
}

/* The length of a word at a that may stand before a time opening a subject
 * (到2030年, 在2025年), else 0. */
static size_t time_opener(const ictx *c, uint32_t a, uint32_t b) {
    size_t len;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, b, a, &len);
    if (w && w->tag == TJ_TW_TO) return len;
    w = tj_ws_at(&c->lx->basis_frames, c->s, b, a, &len);
    return w && w->tag == TJ_BF_SETTING_OPEN ? len : 0;
}

/* Strip what opens the subject span: periods, scope words, connectives. */
/* The end of the number of a point of a list and its verb at a (三是改造…,
 * 一要新建…: a numeral of up to three characters, then a lead word that
 * makes a point), when something follows them before b; else 0. */
static size_t point_of_list(ictx *c, uint32_t a, uint32_t b) {
    size_t j = a, nx, len;
    for (int k = 0; k < 3 && j < b; k++) {
        uint32_t ch = cp_at(c, j, &nx);
        if (!tj_is_cjk_digit(ch) && tj_cjk_unit_power(ch) != 1) break;
        j = nx;
    }
    if (j == a) return 0;
    const tj_word *w = tj_ws_at(&c->lx->lead_words, c->s, b, j, &len);
    if (!w || !(w->tag == TJ_LW_POINT || (w->tag == TJ_LW_LEAD && (w->arg & TJ_LWF_POINT))) || j + len >= b) return 0;
    return j + len;
}

/* The end of a verb of forecasting in [a, b) after the one who forecasts
 * and before what is forecast, named anew (韩国财政部预计|2025年债务…), or
 * a: not a noun of forecasting (机构对CPI的预测均值, 此前预测区间上限: after 的,
 * or after nothing but a lead word), nor a forecast of the thing before it
 * (该项目预计全年可实现产值: a verb or a cue follows). */
static uint32_t past_forecaster(const ictx *c, uint32_t a, uint32_t b) {
    uint32_t end = ind_forecaster_end(c, a, b);
    size_t len, ll;
    const tj_word *cue = end ? tj_ws_before(&c->lx->status_cues, c->s, end, &len) : NULL;
    if (!cue || end - len <= a) return a;
    uint32_t start = end - (uint32_t)len;
    if (fw_before(c, start, &ll) == TJ_FW_OF) return a;
    const tj_word *lead = tj_ws_at(&c->lx->lead_words, c->s, start, a, &ll);
    if (lead && lead->tag == TJ_LW_LEAD && a + ll == start) return a;
    uint32_t i = end;
    for (const tj_period *p; (p = ind_period_starting_at(c, i)) != NULL && p->b1 <= b;)
        i = p->b1;
    lead = tj_ws_at(&c->lx->lead_words, c->s, b, i, &ll);
    return (lead && lead->tag == TJ_LW_LEAD) || tj_ws_at(&c->lx->status_cues, c->s, b, i, &ll) ? a : end;
}

void ind_strip_lead(ictx *c, reading *r) {
    size_t len, nx;
    r->subj0 = past_forecaster(c, r->subj0, r->subj1); /* 韩国财政部预计|…: who forecasts is not what */
    for (;;) {
        ind_trim(c, &r->subj0, &r->subj1);
        if (r->subj0 >= r->subj1) return;
        const tj_period *p = ind_period_starting_at(c, r->subj0);
        if (p && p->b1 <= r->subj1) {
            r->subj0 = ind_past_period(c, p, r->subj1); /* 年底|前: by then */
            continue;
        }
        const tj_word *w = tj_ws_at(&c->lx->scope_words, c->s, r->subj1, r->subj0, &len);
        if (w && !r->scope1) {
            /* 全国 before 第一 is a field, not a scope; 全社会 is a name */
            r->scope0 = r->subj0;
            r->scope1 = r->subj0 + (uint32_t)len;
            r->subj0 += (uint32_t)len;
            continue;
        }
        size_t ol = time_opener(c, r->subj0, r->subj1);
        if (ol && (p = ind_period_starting_at(c, r->subj0 + (uint32_t)ol)) != NULL &&
            p->b1 <= r->subj1) { /* 到2030年人均地区生产总值, 在2025年政府支出 */
            r->subj0 = ind_past_period(c, p, r->subj1);
            continue;
        }
        w = lead_word_at(c, r->subj0, r->subj1, &len);
        if (w && w->tag == TJ_LW_LEAD) { /* not 再就业, which only starts like 再 */
            r->subj0 += (uint32_t)len;
            continue;
        }
        /* 广东完成规模以上工业增加值: the place that acts, and its empty verb */
        size_t pl;
        if (tj_ws_at(&tj_priv_of(c->d)->env->regions.ws, c->s, r->subj1, r->subj0, &pl) &&
            (w = tj_ws_at(&c->lx->function_words, c->s, r->subj1, r->subj0 + pl, &len)) != NULL &&
            w->tag == TJ_FW_EMPTY_VERB && r->subj0 + pl + len < r->subj1) {
            r->subj0 += (uint32_t)(pl + len);
            continue;
        }
        int32_t sid = tj_section_at(c->d, r->subj0);
        if (sid) { /* 4. 数据显示…: a heading's label */
            const tj_section *sc = &c->d->sections[sid - 1];
            if (sc->label.p && (const unsigned char *)sc->label.p == c->s + r->subj0) {
                r->subj0 += sc->label.n;
                continue;
            }
        }
        uint32_t ch = cp_at(c, r->subj0, &nx);
        if (!tj_is_han(ch) && tj_ws_at(&c->lx->lead_marks, c->s, r->subj1, r->subj0, &len)) { /* ：—— **bold** ”规划 */
            r->subj0 += (uint32_t)len;
            continue;
        }
        /* 2、 5. : a list marker (2**、 with Markdown's emphasis) */
        if (tj_digit_value(ch) >= 0) {
            size_t j = r->subj0, jn, ml;
            while (j < r->subj1 && tj_digit_value(cp_at(c, j, &jn)) >= 0)
                j = jn;
            size_t digits = j - r->subj0;
            while (j < r->subj1 && tj_ws_at(&c->lx->cell_marks, c->s, r->subj1, j, &ml))
                j += ml;
            uint32_t m = cp_at(c, j, &jn);
            if (digits <= 2 && (m == 0x3001 || m == '.' || m == 0xFF0E)) {
                r->subj0 = (uint32_t)jn;
                continue;
            }
        }
        w = tj_ws_at(&c->lx->function_words, c->s, r->subj1, r->subj0, &len);
        if (w && w->tag == TJ_FW_LEVEL_NOUN) { /* 跃上1.4万亿斤|新台阶、亩产提升10.1斤: the value before's */
            r->subj0 += (uint32_t)len;
            continue;
        }
        size_t pe = point_of_list(c, r->subj0, r->subj1);
        if (pe) { /* 三是, 一要 */
            r->subj0 = (uint32_t)pe;
            continue;
        }
        break;
    }
    ind_trim(c, &r->subj0, &r->subj1);
}

/* [*a, *b) with what opens it stripped (strip_lead on a span alone). */
void ind_strip_span(ictx *c, uint32_t *a, uint32_t *b) {
    reading r;
    memset(&r, 0, sizeof r);
    r.subj0 = *a;
    r.subj1 = *b;
    ind_strip_lead(c, &r);
    *a = r.subj0;
    *b = r.subj1;
}

/* Is the subject only words that point back (总量, 数量; 总量和增速)? */
int ind_vague(ictx *c, uint32_t a, uint32_t b) {
    if (a >= b) return 1;
    size_t len, nx;
    for (;;) {
        if (!tj_ws_at(&c->lx->vague_heads, c->s, b, a, &len)) return 0;
        a += (uint32_t)len;
        if (a >= b) return 1;
        uint32_t ch = cp_at(c, a, &nx);
        if (ch == 0x3001 /* 、 */)
            a = (uint32_t)nx;
        else if (fw_at(c, a, &len) == TJ_FW_AND)
            a += (uint32_t)len;
        else
            return 0;
    }
}

/* A convention that tells two values apart: 扣除留抵退税因素后, 按自然口径计算. */
int ind_basis_phrase(const ictx *c, uint32_t a, uint32_t b) {
    size_t len;
    if (b <= a) return 0;
    const tj_word *w = tj_ws_at(&c->lx->basis_words, c->s, b, a, &len);
    if (w && a + len == b) return 1;
    w = tj_basis_cue_at(c->lx, c->s, b, a, &len); /* 较上一交易日, 比上周 */
    if (w && (w->arg & TJ_BCF_THAN)) {
        size_t pl;
        const tj_word *pt = tj_ws_at(&c->lx->basis_frames, c->s, b, a + len, &pl);
        if (pt && pt->tag == TJ_BF_POINT && a + len + pl == b) return 1;
    }
    const tj_word *open = tj_ws_at(&c->lx->basis_frames, c->s, b, a, &len);
    const tj_word *close = tj_ws_before(&c->lx->basis_frames, c->s, b, &len);
    return open && open->tag == TJ_BF_OPEN && close && close->tag == TJ_BF_CLOSE && b - a <= 60;
}

/* 与2021年底相比，…下降59.02元: a comparison stated in its own clause earlier
 * in the sentence. */
tj_str ind_comparison_clause(ictx *c, uint32_t before) {
    tj_str r = {NULL, 0};
    size_t len;
    /* the last such clause before the value: walk back from it */
    size_t last = ind_period_ending_after(c, before);
    for (size_t k = last; k-- > c->pa && !r.p && k + TJ_LOOK >= last;) {
        const tj_period *p = &c->d->periods[k];
        if (!(p->flags & TJ_PF_BASIS)) continue;
        const tj_word *w = tj_ws_at(&c->lx->basis_frames, c->s, c->n, p->b1, &len);
        if (!w || w->tag != TJ_BF_COMPARED) continue;
        size_t cl, st;
        uint32_t b = p->b0;
        while (b > c->s0 && is_blank(cp_before(c, b, &st)))
            b = (uint32_t)st;
        if (tj_basis_cue_before(c->lx, c->s, b, &cl)) b -= (uint32_t)cl;
        r = span_str(c, b, (uint32_t)(p->b1 + len));
    }
    return r;
}

/* Is the subject only a head that says nothing alone (投资, 配租)?  The
 * head's word, else NULL. */
const tj_word *ind_bare_head(const ictx *c, tj_str x) {
    size_t len;
    if (!x.p) return NULL;
    const tj_word *w = tj_ws_at(&c->lx->bare_heads, (const unsigned char *)x.p, x.n, 0, &len);
    if (w && len == x.n) return w;
    /* written across a line break (本⏎专科学生): the word read whole */
    char buf[64];
    size_t n = w || !memchr(x.p, '\n', x.n) ? 0 : ind_unwrapped(x, buf, sizeof buf); /* (a subject's cost) */
    if (!n) return NULL;
    w = tj_ws_at(&c->lx->bare_heads, (const unsigned char *)buf, n, 0, &len);
    return w && len == n ? w : NULL;
}
