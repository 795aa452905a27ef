/*
 * indicators.c — the statistical values a document states (spec:
 * indicators.md).  Built on quantities (values, units, qualifiers), periods
 * (times and their dates), sentences and sections.
 *
 * For every quantity that is an indicator, the clause before it is read
 * backwards: qualifiers, verbs and comparisons between the subject and the
 * value say what kind of value it is (a change, a share, a rank, a level) and
 * what it is compared with; what remains, without its scope word (全市) and
 * leading connectives (其中, 累计), is the subject.  A subject left empty or
 * vague (总量) is carried from the sentence's previous value; `A、B分别增长
 * x和y` hands one part to each value; a count whose noun follows it
 * (29个新启动…项目) takes its subject from the right.
 */
#include "internal.h"

typedef struct ictx {
    tj_doc *d;
    const tj_lexicon *lx;
    const unsigned char *s;
    size_t n;
    /* the sentence being read */
    uint32_t s0, s1;
    size_t pa, pb;  /* its periods */
    uint32_t *seps; /* clause separator positions in the sentence */
    size_t nseps, seps_cap;
    const tj_quantity **cand; /* the sentence's quantities and rank words, in order */
    size_t ncand, cand_cap;
    tj_quantity *ranks; /* rank words of the sentence (首位, 榜首) as quantities */
    size_t nranks, ranks_cap;
    /* status cues of the sentence: the state after each, by where it ends */
    struct status_event {
        uint32_t end;
        uint8_t st, strong;
    } * ev;
    size_t nev, ev_cap;
    uint8_t *plan;   /* per section: is it a section of plans (see plan_section) */
    int32_t section; /* the sentence's section */
    size_t li;       /* a line of the sentence, moved forward by line_of */
    const uint8_t *ok; /* which candidates are indicators, once chosen */
} ictx;

/* How many values or periods a value looks past for a neighbour (the next
 * value, the period that governs it, the start of a list): enough for any
 * sentence written by a person, and what keeps a sentence of thousands of
 * values (a table without punctuation) linear. */
#define TJ_LOOK 64
#define TJ_MAX_SUBJECT 96 /* characters; the subjects of the dev gold have at most 63 */

/* The line that holds byte b, for positions that only move forward within a
 * sentence (its values, in order); starts from the sentence's first line. */
static const tj_line *line_of(ictx *c, uint32_t b) {
    const tj_priv *pv = tj_priv_of(c->d);
    if (c->li >= pv->nlines || pv->lines[c->li].b0 > b) {
        const tj_line *L = tj_line_at(c->d, b);
        c->li = L ? (size_t)(L - pv->lines) : 0;
        return L;
    }
    while (c->li + 1 < pv->nlines && pv->lines[c->li + 1].b0 <= b)
        c->li++;
    return &pv->lines[c->li];
}

static uint32_t cp_at(const ictx *c, size_t i, size_t *nx) {
    if (i >= c->n) {
        *nx = i;
        return 0;
    }
    return tj_decode(c->s, c->n, i, nx);
}

static uint32_t cp_before(const ictx *c, size_t i, size_t *st) {
    if (i == 0) {
        *st = 0;
        return 0;
    }
    return tj_cp_before(c->s, c->n, i, st);
}

static tj_str span_str(const ictx *c, uint32_t a, uint32_t b) {
    tj_str r = {NULL, 0};
    if (b > a) {
        r.p = (const char *)c->s + a;
        r.n = b - a;
    }
    return r;
}

static int is_blank(uint32_t ch) { return tj_is_space(ch) || tj_is_newline(ch); }

/* Trim spaces, line breaks and quotes-free punctuation from both ends. */
static void trim(const ictx *c, uint32_t *a, uint32_t *b) {
    size_t nx, st;
    while (*a < *b) {
        uint32_t ch = cp_at(c, *a, &nx);
        if (!is_blank(ch) && ch != 0x3001 && ch != 0xFF0C && ch != ',' && ch != '*') break;
        *a = (uint32_t)nx;
    }
    while (*b > *a) {
        uint32_t ch = cp_before(c, *b, &st);
        if (!is_blank(ch) && ch != 0x3001 && ch != 0xFF0C && ch != ',' && ch != '*') break;
        *b = (uint32_t)st;
    }
}

/* Index of the first separator position > i (seps are in order). */
static size_t sep_after(const ictx *c, uint32_t i) {
    size_t lo = 0, hi = c->nseps;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->seps[mid] <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Start of the clause that contains byte i (within the sentence). */
static uint32_t clause_start(const ictx *c, uint32_t i) {
    size_t k = sep_after(c, i);
    return k && c->seps ? c->seps[k - 1] : c->s0;
}

static uint32_t clause_end(const ictx *c, uint32_t i) {
    size_t k = sep_after(c, i);
    if (k < c->nseps) {
        /* the separator's own start */
        size_t st;
        cp_before(c, c->seps[k], &st);
        return (uint32_t)st;
    }
    return c->s1;
}

/* Index of the first period of the sentence whose end is > b (the periods
 * are in order and do not overlap, so their ends are in order too). */
static size_t period_ending_after(const ictx *c, uint32_t b) {
    size_t lo = c->pa, hi = c->pb;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->d->periods[mid].b1 <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A period of the sentence that ends exactly at byte e, or NULL. */
static const tj_period *period_ending_at(const ictx *c, uint32_t e) {
    size_t k = period_ending_after(c, e);
    return k > c->pa && c->d->periods[k - 1].b1 == e ? &c->d->periods[k - 1] : NULL;
}

static const tj_period *period_starting_at(const ictx *c, uint32_t b) {
    size_t k = period_ending_after(c, b);
    return k < c->pb && c->d->periods[k].b0 == b ? &c->d->periods[k] : NULL;
}

/* ---- what a quantity says about itself -------------------------------- */

typedef struct reading {
    uint8_t kind; /* TJ_K_* */
    int8_t sign;  /* -1 for a fall */
    uint32_t subj0, subj1;
    uint32_t basis0, basis1; /* basis span, or basis_word */
    const char *basis_word;
    uint32_t scope0, scope1;
    int distributed; /* 分别 was seen */
    int level;       /* 提高到 X */
    int has_verb;    /* a word said what kind of value it is */
    int no_period;   /* 前值 49.5: the value of an earlier period */
    int bound;       /* 低于1000万辆: a qualifier the comparison word gives */
} reading;

/* Read backwards from the value at vb to the clause start cs. */
static void read_left(ictx *c, uint32_t cs, uint32_t vb, const tj_quantity *q, reading *r) {
    memset(r, 0, sizeof *r);
    r->kind = TJ_K_AMOUNT;
    r->sign = 1;
    uint32_t e = vb;
    size_t len, st;
    int verb_seen = 0, de_seen = 0;
    /* tail words, from the value backwards */
    for (;;) {
        while (e > cs) {
            uint32_t ch = cp_before(c, e, &st);
            if (!is_blank(ch)) break;
            e = (uint32_t)st;
        }
        if (e <= cs) break;
        const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, e, &len);
        if (w && e - len >= cs && w->tag != TJ_TW_STOP) {
            switch (w->tag) {
            case TJ_TW_UP:
            case TJ_TW_DOWN:
                if (verb_seen) goto done;
                verb_seen = 1;
                r->has_verb = 1;
                if (!r->level) {
                    r->kind = TJ_K_CHANGE;
                    r->sign = w->tag == TJ_TW_DOWN ? -1 : 1;
                }
                break;
            case TJ_TW_NOUN_UP:
            case TJ_TW_NOUN_DOWN:
                if (verb_seen && r->kind != TJ_K_AMOUNT) goto done;
                verb_seen = 1;
                r->has_verb = 1;
                r->kind = TJ_K_CHANGE;
                r->sign = w->tag == TJ_TW_NOUN_DOWN ? -1 : 1;
                break;
            case TJ_TW_TO:
                if (verb_seen) goto done;
                r->level = 1;
                break;
            case TJ_TW_LEVEL:
                if (verb_seen && r->kind == TJ_K_CHANGE) goto done;
                r->has_verb = 1;
                if (!strncmp(w->w, "分别", 6) || !strncmp(w->w, "均", 3)) r->distributed = !strncmp(w->w, "分别", 6);
                if (!strcmp(w->w, "前值")) r->no_period = 1;
                break;
            case TJ_TW_ADV:
                if (!strcmp(w->w, "分别") || !strcmp(w->w, "分别比")) r->distributed = 1;
                if (!strcmp(w->w, "同比") || !strcmp(w->w, "环比") || !strcmp(w->w, "年均") ||
                    !strcmp(w->w, "两年平均") || !strcmp(w->w, "三年平均"))
                    if (!r->basis_word && !r->basis1) r->basis_word = w->w;
                break;
            case TJ_TW_SHARE:
                r->kind = TJ_K_SHARE;
                verb_seen = 1;
                r->has_verb = 1;
                break;
            case TJ_TW_RANK:
                verb_seen = 1;
                r->has_verb = 1;
                break;
            case TJ_TW_DE:
                if (de_seen) goto done;
                de_seen = 1;
                break;
            default: goto done;
            }
            e -= (uint32_t)len;
            continue;
        }
        /* a comparison: 比上年, 较去年同期, 与2021年底相比 */
        const tj_period *p = period_ending_at(c, e);
        if (p && (p->flags & TJ_PF_BASIS)) {
            size_t cl;
            uint32_t b = p->b0;
            while (b > cs && is_blank(cp_before(c, b, &st)))
                b = (uint32_t)st;
            if (tj_ws_before(&c->lx->basis_cues, c->s, b, &cl)) b -= (uint32_t)cl;
            if (!r->basis1 && !r->basis_word) {
                r->basis0 = b;
                r->basis1 = p->b1;
            }
            e = b;
            continue;
        }
        if (p && !(p->flags & TJ_PF_NAME)) { /* 2022年 right before the value */
            e = p->b0;
            continue;
        }
        const tj_line *L = tj_line_at(c->d, e - 1);
        if (L && L->kind == TJ_LINE_NOISE && L->b0 < e && L->b0 >= cs) { /* a page footer inside: — 2 — */
            e = L->b0;
            continue;
        }
        break;
    }
done:
    r->subj1 = e;
    r->subj0 = cs;
    /* a share: X占Y的 — the subject is X, the whole Y */
    uint32_t i = cs;
    size_t nx;
    uint32_t share_at = 0, diff_at = 0, rank_at = 0;
    int diff_sign = 1;
    size_t share_len = 0, diff_len = 0, rank_len = 0;
    while (i < r->subj1) {
        const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, r->subj1, i, &len);
        if (w && (w->tag == TJ_TW_DIFF_UP || w->tag == TJ_TW_DIFF_DOWN)) {
            diff_at = i;
            diff_len = len;
            diff_sign = w->tag == TJ_TW_DIFF_DOWN ? -1 : 1;
        } else if (w && w->tag == TJ_TW_SHARE && !strcmp(w->w, "占")) {
            share_at = i;
            share_len = len;
        } else if (w && w->tag == TJ_TW_RANK && q->kind == TJ_Q_ORDINAL) {
            rank_at = i;
            rank_len = len;
        }
        if (w) {
            i += (uint32_t)len;
            continue;
        }
        cp_at(c, i, &nx);
        i = (uint32_t)nx;
    }
    if (q->kind == TJ_Q_ORDINAL) {
        r->kind = TJ_K_RANK;
        r->sign = 1;
        if (rank_at) {
            r->basis0 = rank_at + (uint32_t)rank_len;
            r->basis1 = r->subj1;
            r->basis_word = NULL;
            r->subj1 = rank_at;
        }
    } else if (diff_at) {
        /* 高于全国0.4个百分点: a difference from 全国 */
        r->kind = TJ_K_CHANGE;
        r->sign = (int8_t)diff_sign;
        r->basis0 = diff_at + (uint32_t)diff_len;
        r->basis1 = r->subj1;
        r->basis_word = NULL;
        r->subj1 = diff_at;
        /* 比全国指标高出1个百分点: the compared thing is after 比 */
        uint32_t b0 = r->basis0, b1 = r->basis1;
        trim(c, &b0, &b1);
        int found_cmp = b1 > b0;
        if (b1 <= b0) {
            for (uint32_t k2 = cs; k2 < diff_at; k2 = (uint32_t)nx) {
                size_t bl;
                uint32_t ch2 = cp_at(c, k2, &nx);
                if ((ch2 == 0x6BD4 /* 比 */ || ch2 == 0x8F83 /* 较 */) &&
                    tj_ws_at(&c->lx->basis_cues, c->s, diff_at, k2, &bl)) {
                    r->basis0 = k2 + (uint32_t)bl;
                    r->basis1 = diff_at;
                    r->subj1 = k2;
                    found_cmp = 1;
                    break;
                }
            }
        }
        if (!found_cmp) { /* 首次低于1000万辆: a bound, not a difference */
            r->kind = TJ_K_AMOUNT;
            r->sign = 1;
            r->basis0 = r->basis1 = 0;
            r->bound = diff_sign < 0 ? TJ_QUAL_UNDER : TJ_QUAL_OVER;
        }
    } else if (share_at) {
        r->kind = TJ_K_SHARE;
        r->basis0 = share_at + (uint32_t)share_len;
        r->basis1 = r->subj1;
        r->basis_word = NULL;
        r->subj1 = share_at;
    } else {
        /* 比全国高1.8个百分点 */
        size_t bl;
        uint32_t k = cs;
        while (k < r->subj1) {
            if (tj_ws_at(&c->lx->basis_cues, c->s, r->subj1, k, &bl) && (c->s[k] == 0xE6 || c->s[k] == 0xE8)) {
                /* 比 (E6 AF 94) or 较 (E8 BE 83) followed by the compared thing and 高/低 */
                uint32_t m = vb;
                while (m > k && is_blank(cp_before(c, m, &st)))
                    m = (uint32_t)st;
                uint32_t last = cp_before(c, m, &st);
                if (last == 0x9AD8 /* 高 */ || last == 0x4F4E /* 低 */ || last == 0x591A /* 多 */ ||
                    last == 0x5C11 /* 少 */ || last == 0x5FEB /* 快 */ || last == 0x6162 /* 慢 */) {
                    r->kind = TJ_K_CHANGE;
                    r->sign = (last == 0x4F4E || last == 0x5C11 || last == 0x6162) ? -1 : 1;
                    r->basis0 = k + (uint32_t)bl;
                    r->basis1 = (uint32_t)st;
                    r->basis_word = NULL;
                    r->subj1 = k;
                    break;
                }
            }
            cp_at(c, k, &nx);
            k = (uint32_t)nx;
        }
    }
    if (q->kind == TJ_Q_ORDINAL || diff_at || share_at) r->has_verb = 1;
    /* 分别占…: an adverb left at the end of the subject */
    for (;;) {
        uint32_t e2 = r->subj1;
        while (e2 > r->subj0 && is_blank(cp_before(c, e2, &st)))
            e2 = (uint32_t)st;
        const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, e2, &len);
        if (!w || w->tag != TJ_TW_ADV || e2 - len < r->subj0) break;
        if (!strcmp(w->w, "分别") || !strcmp(w->w, "分别比")) r->distributed = 1;
        r->subj1 = e2 - (uint32_t)len;
    }
    /* 平均压减时间58%: a change verb with its object before the value */
    if (!r->has_verb) {
        uint32_t k = r->subj1, lim = 0;
        for (int m = 0; m < 6 && k > r->subj0; m++) {
            cp_before(c, k, &st);
            k = (uint32_t)st;
        }
        lim = k;
        for (uint32_t j = lim; j < r->subj1;) {
            const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, r->subj1, j, &len);
            if (w && (w->tag == TJ_TW_UP || w->tag == TJ_TW_DOWN) && w->arg == 1 && q->kind != TJ_Q_COUNT) {
                r->kind = TJ_K_CHANGE;
                r->sign = w->tag == TJ_TW_DOWN ? -1 : 1;
                r->has_verb = 1;
                break;
            }
            if (w) {
                j += (uint32_t)len;
                continue;
            }
            cp_at(c, j, &nx);
            j = (uint32_t)nx;
        }
    }
    /* 完成年度投资进度的111.8%: progress against a plan is a share */
    if (de_seen && q->unit && !strcmp(q->unit, "%") && r->kind == TJ_K_AMOUNT) {
        for (uint32_t j = r->subj0; j + 6 <= r->subj1; j = (uint32_t)nx) {
            if (!memcmp(c->s + j, "完成", 6)) {
                r->kind = TJ_K_SHARE;
                r->basis0 = j + 6;
                r->basis1 = r->subj1;
                r->basis_word = NULL;
                r->subj1 = j;
                break;
            }
            cp_at(c, j, &nx);
        }
    }
    /* 翻一番: a change of 100 % */
    if (c->s[q->b0] == 0xE7 && !memcmp(c->s + q->b0, "翻", 3)) r->kind = TJ_K_CHANGE;
    if (r->level && r->kind == TJ_K_CHANGE) r->kind = TJ_K_AMOUNT;
}

/* Strip what opens the subject span: periods, scope words, connectives. */
static void strip_lead(ictx *c, reading *r) {
    size_t len, nx;
    for (;;) {
        trim(c, &r->subj0, &r->subj1);
        if (r->subj0 >= r->subj1) return;
        const tj_period *p = period_starting_at(c, r->subj0);
        if (p && p->b1 <= r->subj1) {
            r->subj0 = p->b1;
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
        w = tj_ws_at(&c->lx->lead_words, c->s, r->subj1, r->subj0, &len);
        if (w && w->tag == TJ_LW_LEAD) { /* not 再就业, which only starts like 再 */
            r->subj0 += (uint32_t)len;
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
        if (ch == 0xFF1A || ch == ':' || ch == 0x2014 || ch == '*' || ch == '#') { /* ：—— **bold** */
            r->subj0 = (uint32_t)nx;
            continue;
        }
        /* 2、 5. : a list marker */
        if (tj_digit_value(ch) >= 0) {
            size_t j = r->subj0, jn;
            while (j < r->subj1 && tj_digit_value(cp_at(c, j, &jn)) >= 0)
                j = jn;
            uint32_t m = cp_at(c, j, &jn);
            if (j - r->subj0 <= 2 && (m == 0x3001 || m == '.' || m == 0xFF0E)) {
                r->subj0 = (uint32_t)jn;
                continue;
            }
        }
        break;
    }
    trim(c, &r->subj0, &r->subj1);
}

/* [*a, *b) with what opens it stripped (strip_lead on a span alone). */
static void strip_span(ictx *c, uint32_t *a, uint32_t *b) {
    reading r;
    memset(&r, 0, sizeof r);
    r.subj0 = *a;
    r.subj1 = *b;
    strip_lead(c, &r);
    *a = r.subj0;
    *b = r.subj1;
}

/* Is the subject only a word that points back (总量, 数量)? */
static int vague(ictx *c, uint32_t a, uint32_t b) {
    if (a >= b) return 1;
    size_t len;
    const tj_word *w = tj_ws_at(&c->lx->vague_heads, c->s, b, a, &len);
    return w && a + len == b;
}

/* ---- which quantities are indicators ----------------------------------- */

/* Is a quantity followed by the noun it counts (29个新启动…项目, 1804 家 A 股上市公司),
 * rather than by a verb, a conjunction or punctuation? */
static int followed_by_noun(const ictx *c, const tj_quantity *q) {
    size_t nx, len;
    size_t i = q->b1;
    while (i < c->n && tj_is_space(cp_at(c, i, &nx)))
        i = nx;
    uint32_t ch = cp_at(c, i, &nx);
    if (ch == 0x7684 /* 的 */ || ch == 0x548C /* 和 */ || ch == 0x53CA /* 及 */ || ch == 0x4E0E /* 与 */ ||
        ch == 0x6216 /* 或 */ || ch == 0x7B49 /* 等 */)
        return 0;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, c->n, i, &len);
    if (w && w->tag != TJ_TW_STOP && w->tag != TJ_TW_DE) return 0; /* 居于全国首位, 增长157.71% */
    if (tj_ws_at(&c->lx->basis_cues, c->s, c->n, i, &len)) return 0;
    return tj_is_han(ch) || tj_is_latin(ch) || tj_digit_value(ch) >= 0 || ch == 0x201C;
}

/* The Latin word next to a quantity (26 Apr 2021): a date or a code. */
static int next_to_latin_word(const ictx *c, const tj_quantity *q) {
    size_t i = q->b1, nx, st;
    while (i < c->n && tj_is_space(cp_at(c, i, &nx)))
        i = nx;
    if (i > q->b1 && tj_is_latin(cp_at(c, i, &nx)) && q->kind == TJ_Q_NUMBER) return 1;
    size_t b = q->b0;
    while (b > 0 && tj_is_space(cp_before(c, b, &st)))
        b = st;
    return b < q->b0 && tj_is_latin(cp_before(c, b, &st)) && q->kind == TJ_Q_NUMBER;
}

/* Is q inside a bracket on its line: (17国), （含不满 16 周岁） */
static int in_brackets(const ictx *c, const tj_quantity *q) {
    /* a byte scan, 40 characters each way: the brackets and the line break
     * are ( ) \n and （ ） (EF BC 88, EF BC 89), whose bytes nothing else has */
    const unsigned char *s = c->s;
    size_t i = q->b0;
    int k = 0, open = 0;
    while (i > c->s0 && k < 40) {
        unsigned char b = s[--i];
        if (b == ')' || b == '\n' || (b == 0x89 && i >= 2 && s[i - 1] == 0xBC && s[i - 2] == 0xEF)) return 0;
        if (b == '(' || (b == 0x88 && i >= 2 && s[i - 1] == 0xBC && s[i - 2] == 0xEF)) {
            open = 1;
            break;
        }
        if ((b & 0xC0) != 0x80) k++;
    }
    if (!open) return 0;
    size_t j = q->b1;
    k = 0;
    while (j < c->s1 && k < 40) {
        unsigned char b = s[j];
        if (b == '(' || b == '\n' || (b == 0xEF && j + 2 < c->s1 && s[j + 1] == 0xBC && s[j + 2] == 0x88)) return 0;
        if (b == ')' || (b == 0xEF && j + 2 < c->s1 && s[j + 1] == 0xBC && s[j + 2] == 0x89)) return 1;
        if ((b & 0xC0) != 0x80) k++;
        j++;
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
static void choose(ictx *c, const tj_quantity *const *cand, size_t n, uint8_t *ok) {
    const tj_doc *d = c->d;
    size_t nx, st;
    const size_t qa = 0, qe = n;
    for (size_t k = qa; k < qe; k++) {
        const tj_quantity *q = cand[k];
        uint8_t v = 1;
        uint32_t after = cp_at(c, q->b1, &nx);
        const tj_line *L = line_of(c, q->b0);
        int32_t sid = c->section;                 /* a heading ends a sentence: its values share its section */
        if (L && (L->kind == TJ_LINE_TITLE || L->kind == TJ_LINE_FRONT)) v = 0; /* the title, a dateline */
        if (sid && q->b0 < d->sections[sid - 1].h1 && q->b0 >= d->sections[sid - 1].h0 && !d->sections[sid - 1].label.p)
            v = 0;                    /* an unnumbered heading (海南省增速排名第二) restates its text */
        if (in_brackets(c, q)) v = 0; /* (17国) */
        if (q->unit && !strcmp(q->unit, "年")) v = 0; /* 五年, 二十八年: spans of time */
        /* 16-59 岁, 60 周岁及以上: age brackets define a population */
        if (q->unit && (!strcmp(q->unit, "岁") || !strcmp(q->unit, "周岁")) && q->qualifier) v = 0;
        if (q->kind == TJ_Q_NUMBER && !q->unit) {
            int64_t iv;
            if (tj_dec_to_int64(&q->val, &iv) && iv >= 1000 && iv <= 2999 && q->val.exp >= 0) v = 0; /* a year */
            if (followed_by_noun(c, q) && tj_is_han(after)) v = 0; /* 2.0任务, 100强: part of a name */
        }
        if (next_to_latin_word(c, q)) v = 0;
        if (q->kind == TJ_Q_ORDINAL) {
            uint32_t b1 = cp_before(c, q->b0, &st), b2 = cp_before(c, st, &st);
            if (after == 0x7684 /* 的 */ || (b1 == 0x5728 /* 在 */ && (b2 == 0x653E /* 放 */ || b2 == 0x6446 /* 摆 */)))
                v = 0; /* 放在第一位, 第一位的工作 */
        }
        ok[k - qa] = v;
    }
    for (size_t k = qa; k < qe; k++) {
        const tj_quantity *q = cand[k];
        if (!ok[k - qa] || q->kind == TJ_Q_ORDINAL) continue;
        uint32_t ce = clause_end(c, q->b0);
        const tj_quantity *later = NULL;
        size_t lk = 0;
        for (size_t j = k + 1; j < qe && cand[j]->b0 < ce && j <= k + TJ_LOOK; j++)
            if (ok[j - qa]) {
                later = cand[j];
                lk = j;
                break;
            }
        uint32_t after = cp_at(c, q->b1, &nx);
        /* thresholds: 50亿元以上大项目68个, 一百万吨以上的大型矿井 */
        if ((q->qualifier == TJ_QUAL_OVER || q->qualifier == TJ_QUAL_UNDER) && followed_by_noun(c, q) &&
            q->kind != TJ_Q_COUNT) {
            ok[k - qa] = 0;
            continue;
        }
        if (after == 0x7684 /* 的 */ && q->kind != TJ_Q_PERCENT) {
            size_t nx2;
            uint32_t a2 = cp_at(c, nx, &nx2);
            if ((tj_is_han(a2) || a2 == 0x201C) && (q->qualifier == TJ_QUAL_OVER || q->qualifier == TJ_QUAL_UNDER ||
                                                    (later && later->kind == TJ_Q_COUNT))) {
                ok[k - qa] = 0;
                continue;
            }
        }
        /* a count and its noun, then another value in the clause */
        if (q->kind == TJ_Q_COUNT && followed_by_noun(c, q) && later) {
            uint32_t gap = (uint32_t)tj_doc_charlen(d, q->b1, later->b0);
            if (is_condition(c, later) && gap <= 8) {
                ok[lk - qa] = 0; /* 2个省份GDP超过2万亿元: the second is a condition */
            } else if (later->kind == TJ_Q_PERCENT || later->kind == TJ_Q_POINTS || later->kind == TJ_Q_ORDINAL) {
                ok[k - qa] = 0; /* 24条产业链营业收入增长6.4%: the first is part of the subject */
            }
        }
        /* 每个园区聚焦1个主导产业; 1个工作专班、1个发展规划…(“5个1”) */
        if (q->kind == TJ_Q_COUNT && q->value == 1) {
            uint32_t cs = clause_start(c, q->b0), w0 = q->b0 - cs > 96 ? q->b0 - 96 : cs;
            for (uint32_t i = w0; i + 3 <= q->b0; i++) /* 每 (E6 AF 8F), which stands close to its count */
                if (c->s[i] == 0xE6 && c->s[i + 1] == 0xAF && c->s[i + 2] == 0x8F) ok[k - qa] = 0;
            if (later && later->kind == TJ_Q_COUNT && later->value == 1) {
                ok[k - qa] = 0;
                ok[lk - qa] = 0;
            }
            for (size_t j = k; j-- > qa && cand[j]->b0 >= cs && j + TJ_LOOK >= k;) /* the last of such a list */
                if (cand[j]->kind == TJ_Q_COUNT && cand[j]->value == 1) {
                    ok[k - qa] = 0;
                    break;
                }
        }
    }
}

/* ---- status -------------------------------------------------------------- */

/* The status of a value at byte upto: the last cue before it in its sentence.
 * A goal or forecast cue holds until the next ；, a cue of what has happened
 * (已, 截至) ends it, and a list opener (预期目标是：) holds to the end.
 * *goals is set when the sentence opens a list of goals. */
static int status_at(const ictx *c, uint32_t upto) {
    size_t lo = 0, hi = c->nev; /* the last event that ends by upto */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->ev[mid].end <= upto)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? c->ev[lo - 1].st : TJ_S_ACTUAL;
}

/* Record a status cue (or a ；) that ends at `end`; tag is TJ_SC_*, or -1
 * for a semicolon. */
static int status_event(ictx *c, int tag, uint32_t end) {
    int st = c->nev ? c->ev[c->nev - 1].st : TJ_S_ACTUAL, strong = c->nev ? c->ev[c->nev - 1].strong : 0;
    switch (tag) {
    case TJ_SC_GOALS:
        strong = 1;
        st = TJ_S_TARGET;
        break;
    case TJ_SC_TARGET:
        if (!strong) st = TJ_S_TARGET;
        break;
    case TJ_SC_FORECAST:
        if (!strong) st = TJ_S_FORECAST;
        break;
    case TJ_SC_DONE:
    case -1:
        if (!strong) st = TJ_S_ACTUAL;
        break;
    default: return 0;
    }
    struct status_event *e = TJ_PUSH(c->ev, c->nev, c->ev_cap);
    if (!e) return -1;
    e->end = end;
    e->st = (uint8_t)st;
    e->strong = (uint8_t)strong;
    return 0;
}

/* Is a section, or one of its ancestors, a section of plans?  Each
 * section's answer is worked out once (c->plan: 0 unknown, 1 no, 2 yes). */
static int plan_section(ictx *c, int32_t id) {
    if (id <= 0) return 0;
    uint8_t *memo = &c->plan[id - 1];
    if (*memo) return *memo == 2;
    const tj_section *sc = &c->d->sections[id - 1];
    const unsigned char *t = (const unsigned char *)sc->title.p;
    int yes = 0;
    size_t len;
    for (size_t i = 0, nx; t && i < sc->title.n && !yes; i = nx) {
        if (tj_ws_at(&c->lx->plan_titles, t, sc->title.n, i, &len)) yes = 1;
        tj_decode(t, sc->title.n, i, &nx);
    }
    if (!yes) yes = plan_section(c, sc->parent);
    *memo = (uint8_t)(yes ? 2 : 1);
    return yes;
}

/* 与2021年底相比，…下降59.02元: a comparison stated in its own clause earlier
 * in the sentence. */
static tj_str comparison_clause(ictx *c, uint32_t before) {
    tj_str r = {NULL, 0};
    size_t len, e;
    /* the last such clause before the value: walk back from it */
    size_t last = period_ending_after(c, before);
    for (size_t k = last; k-- > c->pa && !r.p && k + TJ_LOOK >= last;) {
        const tj_period *p = &c->d->periods[k];
        if (!(p->flags & TJ_PF_BASIS)) continue;
        static const char *const CLOSE[] = {"相比", "相较", "比较", "对比"};
        for (size_t m = 0; m < sizeof CLOSE / sizeof CLOSE[0]; m++) {
            len = strlen(CLOSE[m]);
            if (p->b1 + len <= c->n && !memcmp(c->s + p->b1, CLOSE[m], len)) {
                uint32_t b = p->b0;
                size_t st, cl;
                while (b > c->s0 && is_blank(cp_before(c, b, &st)))
                    b = (uint32_t)st;
                if (tj_ws_before(&c->lx->basis_cues, c->s, b, &cl)) b -= (uint32_t)cl;
                e = p->b1 + len;
                r = span_str(c, b, (uint32_t)e);
            }
        }
    }
    return r;
}

/* The first cell of a table row (cells split by tabs, pipes or wide gaps). */
static tj_str table_label(const ictx *c, const tj_line *L) {
    uint32_t a = L->c0, i = a;
    size_t nx;
    while (i < L->c1) {
        uint32_t ch = cp_at(c, i, &nx);
        if (ch == '|' || ch == 0xFF5C || ch == '*' || tj_is_space(ch)) {
            if (i > a) break;
            a = (uint32_t)nx;
        } else if (ch == '\t') {
            break;
        }
        i = (uint32_t)nx;
    }
    /* two spaces also end the cell */
    for (uint32_t j = a; j + 1 < i; j++)
        if (c->s[j] == ' ' && c->s[j + 1] == ' ') {
            i = j;
            break;
        }
    uint32_t b = i;
    trim((ictx *)c, &a, &b);
    return span_str(c, a, b);
}

/* ---- building rows ------------------------------------------------------- */

static uint32_t str_chars(const tj_str *x) {
    uint32_t k = 0;
    size_t i = 0, nx;
    while (i < x->n) {
        tj_decode((const unsigned char *)x->p, x->n, i, &nx);
        i = nx;
        k++;
    }
    return k;
}

static tj_str concat(ictx *c, tj_str a, tj_str b) {
    if (!a.p) return b;
    if (!b.p) return a;
    if (a.p + a.n == b.p) { /* adjacent in the text */
        tj_str r = {a.p, a.n + b.n};
        return r;
    }
    char *o = tj_arena_alloc(c->d->arena, a.n + b.n);
    if (!o) return a;
    memcpy(o, a.p, a.n);
    memcpy(o + a.n, b.p, b.n);
    tj_str r = {o, a.n + b.n};
    return r;
}

/* The subject span [a, b) without the time expressions inside it:
 * 生活补贴全年人均 -> 生活补贴人均, 中国 7 月官方制造业 PMI -> 中国 官方制造业 PMI. */
static tj_str make_subject(ictx *c, uint32_t a, uint32_t b) {
    tj_str r = span_str(c, a, b);
    /* a page footer or other furniture inside (a subject wrapped across a PDF
     * page): the text around it, without the line breaks around it */
    const tj_line *L = a < b ? tj_line_at(c->d, a) : NULL;
    const tj_priv *pv = tj_priv_of(c->d);
    for (size_t li = L ? (size_t)(L - pv->lines) : pv->nlines; li < pv->nlines && pv->lines[li].b0 < b; li++) {
        const tj_line *N = &pv->lines[li];
        if (N->kind != TJ_LINE_NOISE || N->b0 <= a || N->b1 >= b) continue;
        uint32_t l1 = N->b0, r0 = N->b1;
        while (l1 > a && (c->s[l1 - 1] == '\n' || c->s[l1 - 1] == '\f' || c->s[l1 - 1] == '\r' || c->s[l1 - 1] == ' '))
            l1--;
        while (r0 < b && (c->s[r0] == '\n' || c->s[r0] == '\f' || c->s[r0] == '\r' || c->s[r0] == ' '))
            r0++;
        return concat(c, make_subject(c, a, l1), make_subject(c, r0, b));
    }
    for (size_t k = period_ending_after(c, a); k < c->pb && c->d->periods[k].b0 < b; k++) {
        const tj_period *p = &c->d->periods[k];
        if (p->b0 <= a || p->b1 >= b || (p->flags & TJ_PF_NAME)) continue;
        tj_str left = span_str(c, a, p->b0), rest = make_subject(c, p->b1, b);
        return concat(c, left, rest);
    }
    return r;
}

/* Is the subject only a head that says nothing alone (投资, 配租)? */
static int bare_head(const ictx *c, tj_str x) {
    size_t len;
    if (!x.p) return 0;
    const tj_word *w = tj_ws_at(&c->lx->bare_heads, (const unsigned char *)x.p, x.n, 0, &len);
    return w && len == x.n;
}

/* The last k characters of x. */
static tj_str last_chars(tj_str x, uint32_t k) {
    uint32_t n = str_chars(&x);
    if (n <= k) return x;
    size_t i = 0, nx;
    for (uint32_t m = 0; m < n - k; m++) {
        tj_decode((const unsigned char *)x.p, x.n, i, &nx);
        i = nx;
    }
    tj_str r = {x.p + i, (uint32_t)(x.n - i)};
    return r;
}

/* A convention that tells two values apart: 扣除留抵退税因素后, 按自然口径计算. */
static int basis_phrase(const ictx *c, uint32_t a, uint32_t b) {
    size_t len;
    if (b <= a) return 0;
    const tj_word *w = tj_ws_at(&c->lx->basis_words, c->s, b, a, &len);
    if (w && a + len == b) return 1;
    static const char *const OPEN[] = {"扣除", "剔除", "按", "以", "若按", "如按", "考虑"};
    static const char *const CLOSE[] = {"后", "计算", "影响", "口径", "计价", "因素"};
    int open = 0, close = 0;
    for (size_t k = 0; k < sizeof OPEN / sizeof OPEN[0]; k++) {
        size_t l = strlen(OPEN[k]);
        if (b - a >= l && !memcmp(c->s + a, OPEN[k], l)) open = 1;
    }
    for (size_t k = 0; k < sizeof CLOSE / sizeof CLOSE[0]; k++) {
        size_t l = strlen(CLOSE[k]);
        if (b - a >= l && !memcmp(c->s + b - l, CLOSE[k], l)) close = 1;
    }
    return open && close && b - a <= 60;
}

#define TJ_MAX_PARTS 16 /* parts a 分别 list can hand out */

typedef struct subj_list {
    tj_str parts[TJ_MAX_PARTS];
    tj_str scope[TJ_MAX_PARTS];
    int n;
} subj_list;

/* The values that are indicators from candidate k to the clause end ce,
 * counted up to one more than a list can hold (no 分别 spreads further). */
static int values_left_in_clause(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce) {
    int want = 0;
    for (size_t j = k; j < c->ncand && c->cand[j]->b0 < ce && want <= TJ_MAX_PARTS; j++)
        want += ok[j];
    return want;
}

/* Split "A、B和C" into parts (for 分别); conj: also at 和 及 与. */
static void split_parts(ictx *c, uint32_t a, uint32_t b, subj_list *out, int conj) {
    out->n = 0;
    uint32_t i = a, p0 = a;
    size_t nx;
    int depth = 0;
    while (i < b && out->n < 15) {
        uint32_t ch = cp_at(c, i, &nx);
        if (ch == 0x201C || ch == 0xFF08 || ch == '(' || ch == 0x300A) depth++;
        if ((ch == 0x201D || ch == 0xFF09 || ch == ')' || ch == 0x300B) && depth) depth--;
        size_t y;
        int sep = !depth && (ch == 0x3001 ||
                             (conj && (ch == 0x548C /* 和 */ || ch == 0x53CA /* 及 */ || ch == 0x4E0E /* 与 */)) ||
                             ch == 0xFF0C || ch == ',');
        if (ch == 0x53CA && (tj_ws_at(&c->lx->qual_after, c->s, b, nx, &y) || cp_at(c, nx, &y) == 0x5176 /* 其 */))
            sep = 0; /* 二级及以上, 及其 */
        if (sep) {
            uint32_t x0 = p0, x1 = i;
            trim(c, &x0, &x1);
            if (x1 > x0) out->parts[out->n++] = span_str(c, x0, x1);
            p0 = (uint32_t)nx;
        }
        i = (uint32_t)nx;
    }
    uint32_t x0 = p0, x1 = b;
    trim(c, &x0, &x1);
    if (x1 > x0) out->parts[out->n++] = span_str(c, x0, x1);
    if (out->n < 2) return;
    /* the parts share a head the last one carries: 门诊、住院次均费用,
     * 成都直管区、成都东部新区完成投资 */
    tj_str last = out->parts[out->n - 1];
    /* parts that already end alike (…投资、…投资) have their heads */
    tj_str first = out->parts[0];
    size_t st1, st2;
    uint32_t e1 = tj_cp_before((const unsigned char *)first.p, first.n, first.n, &st1);
    uint32_t e2 = tj_cp_before((const unsigned char *)last.p, last.n, last.n, &st2);
    if (e1 == e2) return;
    /* the head: after an empty verb in the last part (完成投资 -> 投资), else
     * the last part without its first word (two characters or a quote) */
    const unsigned char *lp = (const unsigned char *)last.p;
    size_t hi = 0, hn;
    int found = 0;
    for (size_t x = 0; x + 6 <= last.n; x = hn) {
        if (!memcmp(lp + x, "完成", 6) || !memcmp(lp + x, "实现", 6) || !memcmp(lp + x, "累计", 6)) {
            hi = x + 6;
            found = 1;
        }
        tj_decode(lp, last.n, x, &hn);
    }
    tj_str head;
    if (found) {
        head.p = last.p + hi;
        head.n = (uint32_t)(last.n - hi);
        out->parts[out->n - 1].n = (uint32_t)(hi - 6); /* the last part without 完成投资 */
        out->parts[out->n - 1] = concat(c, out->parts[out->n - 1], head);
    } else {
        /* as many characters as the first part has (饮料类、烟酒类商品零售 ->
         * 商品零售), or two when the first part is long */
        uint32_t k = 0, fk = str_chars(&first), lk = str_chars(&last);
        uint32_t skip = fk + 1 < lk ? fk : 2;
        size_t h0 = 0;
        /* the first part's last character again in the last part: the head
         * follows it (高技术制造业、装备制造业增加值 -> 增加值) */
        size_t fst;
        uint32_t fe = tj_cp_before((const unsigned char *)first.p, first.n, first.n, &fst);
        size_t found_at = 0;
        for (size_t x = 0; x < last.n; x = hn) {
            uint32_t ch = tj_decode(lp, last.n, x, &hn);
            if (ch == fe && hn < last.n) found_at = hn;
        }
        size_t hl;
        const tj_word *hw = tj_ws_before(&c->lx->list_heads, lp, last.n, &hl);
        if (found_at) {
            h0 = found_at;
        } else if (hw && hl < last.n) { /* 蔬菜及食用菌、中草药材、园林水果产量: a head of measure */
            h0 = last.n - hl;
        } else if (last.n >= 3 && !memcmp(lp, "\xE2\x80\x9C", 3)) { /* a quoted word */
            const char *q = memchr(last.p + 3, 0xE2, last.n - 3);
            while (q && !(q + 2 < last.p + last.n && (unsigned char)q[1] == 0x80 && (unsigned char)q[2] == 0x9D))
                q = memchr(q + 1, 0xE2, (size_t)(last.p + last.n - q - 1));
            h0 = q ? (size_t)(q - last.p) + 3 : last.n;
        } else {
            while (h0 < last.n && k < skip) {
                tj_decode(lp, last.n, h0, &hn);
                h0 = hn;
                k++;
            }
        }
        if (h0 >= last.n || str_chars(&last) < 4) return;
        head.p = last.p + h0;
        head.n = (uint32_t)(last.n - h0);
    }
    for (int k = 0; k < out->n - 1; k++)
        out->parts[k] = concat(c, out->parts[k], head);
}

/* A subject that names a whole by its parts' number (三次产业对经济增长的贡献率
 * 分别为a、b、c): one part per member of the whole (第一产业对经济增长的贡献率…),
 * when the whole has as many members as there are values. */
static void enumerated_parts(ictx *c, uint32_t a, uint32_t b, int want, subj_list *out) {
    size_t len;
    out->n = 0;
    for (uint32_t i = a; i < b && !out->n; i = (uint32_t)tj_ws_next(c->s, b, i)) {
        const tj_word *w = tj_ws_at(&c->lx->enumerations, c->s, b, i, &len);
        if (!w || w->arg != want || want > TJ_MAX_PARTS) continue;
        tj_str before = span_str(c, a, i), after = span_str(c, i + (uint32_t)len, b);
        const char *m = w->norm; /* the members, |-separated */
        for (int k = 0; k < want && *m; k++) {
            const char *bar = strchr(m, '|');
            tj_str member = {m, (uint32_t)(bar ? (size_t)(bar - m) : strlen(m))};
            out->parts[out->n++] = concat(c, concat(c, before, member), after);
            m = bar ? bar + 1 : m + member.n;
        }
        if (out->n != want) out->n = 0;
    }
}

/* The counted noun after a count: 29个[新启动城中村改造项目]已启动签约. */
static tj_str right_subject(ictx *c, const tj_quantity *q, uint32_t ce, const tj_quantity *next) {
    uint32_t a = q->b1, b = ce;
    if (next && next->b0 < b) b = next->b0;
    trim(c, &a, &b);
    /* at most 16 characters, up to the next item of a list (、 和 及 与)
     * or a verb that ends the noun (达 增长) */
    size_t i = a, nx, len;
    int k = 0;
    while (i < b && k < 16) {
        uint32_t ch = cp_at(c, i, &nx);
        /* 29个新启动城中村改造项目[已启动签约]: the predicate begins */
        if (k >= 2 &&
            (ch == 0x5DF2 /* 已 */ || ch == 0x5C06 /* 将 */ || ch == 0x5747 /* 均 */ || ch == 0x6B63 /* 正 */))
            break;
        if (k && (ch == 0x3001 || ch == 0x548C || ch == 0x53CA || ch == 0x4E0E)) {
            /* the next item of a list of values (80项…和60项…), or a verb (…、达14.2万亿元) */
            const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, b, nx, &len);
            int value_next = 0;
            size_t lo = 0, hi = c->ncand; /* a candidate starting at nx? */
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (c->cand[mid]->b0 < nx)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < c->ncand && c->cand[lo]->b0 == nx) value_next = 1;
            if (value_next || (w && w->tag != TJ_TW_STOP && w->tag != TJ_TW_DE)) break;
        }
        i = nx;
        k++;
    }
    return span_str(c, a, (uint32_t)i);
}

/* Does a value of the sentence that is an indicator start at byte b? */
static int quantity_starting_at(const ictx *c, uint32_t b) {
    size_t lo = 0, hi = c->ncand;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->cand[mid]->b0 < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->ncand && c->cand[lo]->b0 == b && (!c->ok || c->ok[lo]);
}

/* The period of a value: the nearest before it in the sentence, else the
 * first after it in its clause; not a comparison or a title. */
static const tj_period *period_for(ictx *c, const tj_quantity *q, uint32_t ce) {
    size_t st;
    /* the nearest before it that may govern it: walk back from the value */
    size_t last = period_ending_after(c, q->b0);
    for (size_t k = last; k-- > c->pa && k + TJ_LOOK >= last;) {
        const tj_period *p = &c->d->periods[k];
        /* 较去年同期的 700 家: the period of that value */
        uint32_t e = p->b1;
        uint32_t ch = cp_at(c, e, &st);
        if (ch == 0x7684 /* 的 */) {
            size_t nx2 = st;
            while (nx2 < q->b0 && is_blank(cp_at(c, nx2, &st)))
                nx2 = st;
            if (nx2 == q->b0) return p;
            /* 由一九八○年的X增加到Y: that period belongs to X, not to Y */
            if (quantity_starting_at(c, (uint32_t)nx2)) continue;
        }
        if (p->flags & (TJ_PF_BASIS | TJ_PF_NAME)) continue;
        return p;
    }
    size_t first = period_ending_after(c, q->b1);
    for (size_t k = first; k < c->pb && c->d->periods[k].b0 < ce && k < first + TJ_LOOK; k++) {
        const tj_period *p = &c->d->periods[k];
        if (p->b0 < q->b1 || p->b0 >= ce) continue;
        if (p->flags & (TJ_PF_BASIS | TJ_PF_NAME)) continue;
        return p;
    }
    return NULL;
}

/* ---- dates: the four rules of indicators.md ---------------------------- */

/* The first period that starts at byte b, or NULL (periods are in order). */
static const tj_period *period_at(const tj_doc *d, uint32_t b) {
    size_t lo = 0, hi = d->nperiods;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->periods[mid].b0 < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nperiods && d->periods[lo].b0 == b ? &d->periods[lo] : NULL;
}

/* The time expression a paragraph opens with (过去一年，…; 5. 7月以来有…): at
 * its first words, after a numbering label, spaces and Markdown marks. */
static const tj_period *paragraph_opener(const ictx *c, const tj_sentence *first) {
    uint32_t i = first->b0;
    const tj_line *L = tj_line_at(c->d, i);
    if (L && L->lab1 > i && L->lab1 <= first->b1) i = L->lab1;
    size_t nx;
    while (i < first->b1) {
        uint32_t ch = cp_at(c, i, &nx);
        if (!is_blank(ch) && ch != '*' && ch != '#') break;
        i = (uint32_t)nx;
    }
    const tj_period *p = period_at(c->d, i);
    return p && !(p->flags & (TJ_PF_BASIS | TJ_PF_NAME)) ? p : NULL;
}

/* Is the basis an average over years (年均, 五年平均)? */
static int average_basis(const ictx *c, tj_str basis) {
    size_t len;
    const tj_word *w = basis.p ? tj_ws_at(&c->lx->basis_words, (const unsigned char *)basis.p, basis.n, 0, &len) : NULL;
    return w && w->tag == TJ_BW_AVERAGE && len == basis.n;
}

static void whole_years(int y0, int y1, int32_t *start, int32_t *end) {
    *start = y0 ? (int32_t)(y0 * 10000 + 101) : 0;
    *end = y1 ? (int32_t)(y1 * 10000 + 1231) : 0;
}

/* The nearest heading above byte b that names a year or a span of years: the
 * year, or the span for an average over years (or when it names only that). */
static int heading_dates(const ictx *c, uint32_t b, int average, int32_t *start, int32_t *end) {
    const tj_priv *pv = tj_priv_of(c->d);
    if (!pv->sec_time) return 0;
    for (int32_t id = tj_section_at(c->d, b); id > 0; id = c->d->sections[id - 1].parent) {
        const tj_sec_time *st = &pv->sec_time[id - 1];
        if (st->y0 && (average || !st->year)) {
            whole_years(st->y0, st->y1, start, end);
            return 1;
        }
        if (st->year) {
            whole_years(st->year, st->year, start, end);
            return 1;
        }
    }
    return 0;
}

/* The document's own period: a bulletin's year; in a work report the year
 * under review for what happened, the reference year for goals. */
static int document_dates(const ictx *c, int status, int32_t *start, int32_t *end) {
    const tj_doc *d = c->d;
    int y = 0;
    if (d->info.kind == TJ_DOC_BULLETIN)
        y = d->info.year ? d->info.year : d->ref_year;
    else if (d->info.kind == TJ_DOC_REPORT && d->ref_year)
        y = status == TJ_S_ACTUAL ? d->ref_year - 1 : d->ref_year;
    whole_years(y, y, start, end);
    return y != 0;
}

/* period_start, period_end and period_source of a row whose period (as
 * written in its sentence) is p: the first of the four rules that dates it. */
static void date_row(const ictx *c, tj_indicator *row, const tj_period *p, const tj_sentence *sen) {
    tj_time_ctx t;
    tj_time_context(c->d, row->b0, &t);
    t.past = row->status == TJ_S_ACTUAL;
    int32_t a = 0, b = 0;
    int src = 0;
    if (p) { /* 1. the text; a period without dates (目前) ends the search */
        tj_period_dates(p, &t, &a, &b);
        src = TJ_PS_TEXT;
    } else {
        const tj_period *o = sen->para ? paragraph_opener(c, &c->d->sentences[sen->para - 1]) : NULL;
        if (o) tj_period_dates(o, &t, &a, &b);
        if (a || b)
            src = TJ_PS_PARAGRAPH; /* 2. the time the paragraph opens with */
        else if (heading_dates(c, row->b0, average_basis(c, row->basis), &a, &b))
            src = TJ_PS_HEADING; /* 3. the nearest heading naming a year or a span */
        else if (document_dates(c, row->status, &a, &b))
            src = TJ_PS_DOCUMENT; /* 4. the document's own period */
    }
    row->period_start = a;
    row->period_end = b;
    row->period_source = (uint8_t)(a || b ? src : 0);
}

/* What the dates of a row say of its status, once dated: a goal stated for
 * a time already past (由一九八○年的X增加到Y, 从2020年的82.4岁提升至…, in a
 * section of plans) is what happened; in a work report, what is dated after
 * the year under review (一九八五年…达到…, 第六个五年计划的基本任务 in a report
 * of 1982) is a goal.  Returns 1 when the status changed (and the row must be
 * dated again: a work report's dates depend on it). */
static int status_by_dates(const ictx *c, tj_indicator *row) {
    const tj_doc *d = c->d;
    int ref = d->ref_year;
    if (!ref) return 0;
    int32_t year_start = ref * 10000 + 101, review_end = (ref - 1) * 10000 + 1231;
    if (row->status == TJ_S_TARGET && row->period_source == TJ_PS_TEXT && row->period_end &&
        row->period_end < year_start) {
        row->status = TJ_S_ACTUAL;
        return 1;
    }
    if (row->status == TJ_S_ACTUAL && d->info.kind == TJ_DOC_REPORT &&
        (row->period_end > review_end || (!row->period_end && row->period_start >= year_start))) {
        row->status = TJ_S_TARGET;
        return 1;
    }
    return 0;
}

/* A rank word (首位, 榜首, 冠军) after a verb of ranking in its clause:
 * 居全国首位, 位居榜首, 稳居…全球榜首. */
static int rank_word_at(ictx *c, uint32_t i, size_t *len) {
    const tj_word *w = tj_ws_at(&c->lx->rank_words, c->s, c->s1, i, len);
    if (!w) return 0;
    uint32_t cs = clause_start(c, i), b = i;
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

/* One pass over the sentence, its quantities [qa, qe) known: the clause
 * separators (not those inside brackets: 固定资产投资（不含农户，下同）), the
 * status cues, and the rank words outside quantities; then the candidates,
 * quantities and rank words merged in document order.  Cues and rank words
 * are read greedily from the left, each with a cursor of its own. */
static int scan_sentence(ictx *c, size_t qa, size_t qe) {
    c->nseps = c->nev = c->ncand = c->nranks = 0;
    const tj_priv *pv = tj_priv_of(c->d);
    size_t len, qk = qa;
    size_t cue_next = c->s0;     /* where the next status cue may start */
    size_t rank_next = cue_next; /* and the next rank word */
    int depth = 0;
    /* only marked characters open a cue or a rank word, or separate clauses */
    for (size_t mi = tj_mark_from(pv, c->s0); mi < pv->nmarks && pv->marks[mi].b < c->s1; mi++) {
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
            if (w) {
                if (status_event(c, w->tag, (uint32_t)(i + len))) return -1;
                cue_next = i + len;
            } else if (cls & TJ_CC_SEMICOLON) {
                if (status_event(c, -1, (uint32_t)nx)) return -1;
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
        if (ch == 0xFF08 || ch == '(')
            depth++;
        else if ((ch == 0xFF09 || ch == ')') && depth)
            depth--;
        else if (ch == '\n')
            depth = 0;
        /* a pair of dashes separates too (not one: 2021—2025年) */
        int dashes = (cls & TJ_CC_DASH) && mi + 1 < pv->nmarks && pv->marks[mi + 1].b == nx &&
                     (pv->marks[mi + 1].cls & TJ_CC_DASH);
        if (dashes) {
            nx += tj_mark_len(&pv->marks[++mi]);
        }
        if (((cls & (TJ_CC_CLAUSE | TJ_CC_TERMINATOR)) || dashes) && !depth) {
            uint32_t *slot = TJ_PUSH(c->seps, c->nseps, c->seps_cap);
            if (!slot) return -1;
            *slot = (uint32_t)nx;
        }
    }
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

int tj_build_indicators(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    ictx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.lx = &pv->env->lex;
    c.s = d->s;
    c.n = d->n;
    size_t qi = 0, pi = 0;
    int list_status = 0; /* a list of goals continues into the next sentences */
    uint32_t list_para = 0;
    int32_t list_section = 0;
    int rc = -1;
    tj_labeler labeler; /* what labelling carries from row to row */
    tj_labeler_init(d, &labeler);
    if (d->nsections && !(c.plan = calloc(d->nsections, 1))) goto out;
    for (size_t si = 0; si < d->nsentences; si++) {
        const tj_sentence *sen = &d->sentences[si];
        c.s0 = sen->b0;
        c.s1 = sen->b1;
        while (pi < d->nperiods && d->periods[pi].b0 < c.s0)
            pi++;
        c.pa = pi;
        size_t pe = pi;
        while (pe < d->nperiods && d->periods[pe].b1 <= c.s1)
            pe++;
        c.pb = pe;
        while (qi < d->nquantities && d->quantities[qi].b0 < c.s0)
            qi++;
        size_t qe = qi;
        while (qe < d->nquantities && d->quantities[qe].b1 <= c.s1)
            qe++;
        c.section = sen->section;
        c.li = (size_t)-1;
        if (scan_sentence(&c, qi, qe)) goto out;
        /* a list of goals goes on in the sentences of its paragraph */
        int opens_goals = c.nev && c.ev[c.nev - 1].strong;
        if (list_status) {
            int gap = 0;
            for (uint32_t j = list_para; j < c.s0; j++)
                if (d->s[j] == '\n') gap++;
            if (gap > 1 || sen->section != list_section) list_status = 0;
        }
        uint8_t okbuf[256], *ok = c.ncand <= sizeof okbuf ? okbuf : malloc(c.ncand);
        if (!ok) goto out;
        choose(&c, c.cand, c.ncand, ok);
        c.ok = ok;
        c.li = (size_t)-1; /* the rows below walk the values again from the start */
        tj_str prev_subj = {NULL, 0}, prev_scope = {NULL, 0};
        long prev_row_i = -1, sent_first = (long)d->nindicators;
        uint32_t prev_clause = 0;
        subj_list dist; /* only dist.n is read before a part is written */
        dist.n = 0;
        int dist_next = 0;
        uint32_t prev_end = 0;
        int any = 0;
        for (size_t k = 0; k < c.ncand; k++) {
            const tj_quantity *q = c.cand[k];
            uint32_t cs = clause_start(&c, q->b0), ce = clause_end(&c, q->b0);
            if (!ok[k]) continue;
            uint32_t from = cs > prev_end ? cs : prev_end;
            /* a subject is a phrase: what is read for it ends at most
             * TJ_MAX_SUBJECT characters before the value (a clause of a
             * megabyte with no punctuation is no subject) */
            uint32_t far = q->b0;
            for (int m = 0; m < TJ_MAX_SUBJECT && far > cs; m++)
                far = (uint32_t)tj_prev(c.s, far);
            if (far > from) from = far;
            uint32_t near = far > cs ? far : cs; /* the clause, as far back as a subject reaches */
            reading r;
            read_left(&c, from, q->b0, q, &r);
            strip_lead(&c, &r);
            tj_indicator *row = TJ_PUSH(d->indicators, d->nindicators, pv->i_cap);
            if (!row) {
                c.ok = NULL;
                if (ok != okbuf) free(ok);
                goto out;
            }
            memset(row, 0, sizeof *row);
            row->b0 = q->b0;
            row->b1 = q->b1;
            row->sentence = (int32_t)(si + 1);
            row->section = sen->section;
            row->kind = r.kind;
            row->value = q->value * (r.sign < 0 && q->value > 0 ? -1 : 1);
            row->has_max = q->has_max;
            row->value_max = q->has_max ? q->value_max * (r.sign < 0 && q->value_max > 0 ? -1 : 1) : 0;
            row->qualifier = q->qualifier ? q->qualifier : (uint8_t)r.bound;
            row->unit = q->kind == TJ_Q_ORDINAL ? NULL : q->unit;
            row->currency = q->currency;
            if (r.basis1 > r.basis0) {
                uint32_t b0 = r.basis0, b1 = r.basis1;
                trim(&c, &b0, &b1);
                row->basis = span_str(&c, b0, b1);
            } else if (r.basis_word) {
                row->basis.p = r.basis_word;
                row->basis.n = (uint32_t)strlen(r.basis_word);
            } else if (r.kind == TJ_K_CHANGE) {
                row->basis = comparison_clause(&c, q->b0);
            }
            /* subject */
            /* 扣除留抵退税因素后增长5.8%: a convention, not a subject */
            if (basis_phrase(&c, r.subj0, r.subj1)) {
                row->basis = span_str(&c, r.subj0, r.subj1);
                r.subj1 = r.subj0;
            }
            tj_str subj = make_subject(&c, r.subj0, r.subj1);
            tj_str scope = r.scope1 ? span_str(&c, r.scope0, r.scope1) : (tj_str){NULL, 0};
            int is_vague = vague(&c, r.subj0, r.subj1);
            int same_clause = prev_row_i >= 0 && prev_clause == cs;
            int in_group = 0;
            /* the next value that is an indicator bounds a noun read to the right */
            const tj_quantity *next_ok = NULL;
            for (size_t j = k + 1; j < c.ncand && j <= k + TJ_LOOK; j++)
                if (ok[j]) {
                    next_ok = c.cand[j];
                    break;
                }
            int noun_after = followed_by_noun(&c, q);
            /* a value with no verb of its own shares the previous one's: 分别增长13.7%和25.0% */
            if (r.level && same_clause && d->indicators[prev_row_i].kind == TJ_K_SHARE)
                row->kind = TJ_K_SHARE; /* 占比由X提高到Y */
            {
                /* 以58.3%的增速: the noun after the value says it is a change */
                size_t nd, len2;
                if (cp_at(&c, q->b1, &nd) == 0x7684) {
                    const tj_word *w2 = tj_ws_at(&c.lx->tail_words, c.s, c.n, nd, &len2);
                    if (!w2) {
                        size_t nd2;
                        cp_at(&c, nd, &nd2);
                        w2 = tj_ws_at(&c.lx->tail_words, c.s, c.n, nd2, &len2); /* 的同比增速 */
                        if (w2 && w2->tag != TJ_TW_NOUN_UP && w2->tag != TJ_TW_NOUN_DOWN) w2 = NULL;
                    }
                    if (w2 && (w2->tag == TJ_TW_NOUN_UP || w2->tag == TJ_TW_NOUN_DOWN)) {
                        row->kind = TJ_K_CHANGE;
                        r.has_verb = 1;
                    }
                }
            }
            if (!r.has_verb && same_clause) {
                const tj_indicator *pr = &d->indicators[prev_row_i];
                row->kind = pr->kind;
                if (pr->value < 0 && row->value > 0) row->value = -row->value;
                if (pr->has_max && pr->value_max < 0 && row->value_max > 0) row->value_max = -row->value_max;
                if (!row->basis.p) row->basis = pr->basis;
                in_group = dist.n > 1 && dist_next > 0 && dist_next < dist.n && is_vague;
            }
            if (r.distributed && !is_vague) {
                /* how many values share this 分别 */
                int want = values_left_in_clause(&c, ok, k, ce);
                split_parts(&c, r.subj0, r.subj1, &dist, 1);
                if (dist.n != want) split_parts(&c, r.subj0, r.subj1, &dist, 0);
                if (dist.n != want) enumerated_parts(&c, r.subj0, r.subj1, want, &dist);
                if (dist.n != want) dist.n = 0;
                for (int m = 0; m < dist.n; m++)
                    dist.scope[m] = m == 0 ? scope : (tj_str){NULL, 0};
                dist_next = 0;
                in_group = dist.n > 1;
            } else if (r.distributed && is_vague && dist.n > 1) {
                dist_next = 0; /* 分别占全市增加值的6.1%和33.2%: the same parts again */
                in_group = 1;
            } else if (r.distributed && is_vague) {
                /* 互联网…、软件…服务业，持续较快增长，同比分别增长15.9%和37.5%:
                 * the parts are in an earlier clause of the sentence */
                int want = values_left_in_clause(&c, ok, k, ce);
                uint32_t e0 = cs;
                int back = 0; /* clauses looked back at */
                while (e0 > c.s0 && want > 1 && want <= TJ_MAX_PARTS && back++ < TJ_MAX_PARTS) {
                    size_t st0;
                    cp_before(&c, e0, &st0);
                    uint32_t b0 = clause_start(&c, (uint32_t)st0), p0 = b0, p1 = (uint32_t)st0;
                    strip_span(&c, &p0, &p1);
                    split_parts(&c, p0, p1, &dist, 0);
                    if (dist.n == want) break;
                    dist.n = 0;
                    e0 = b0;
                }
                if (dist.n != want && want > 1 && sent_first >= 0) {
                    /* 接待游客9.6亿人次，旅游收入1.2万亿元，分别增长10.4%、12.1%:
                     * the subjects of the values stated before, in order */
                    tj_str subs[TJ_MAX_PARTS];
                    int ns = 0, steps = 0;
                    for (long j = (long)d->nindicators - 2;
                         j >= sent_first && ns < want && ns < TJ_MAX_PARTS && steps++ < TJ_LOOK; j--) {
                        tj_str x = d->indicators[j].subject;
                        if (!x.p || (ns && subs[ns - 1].n == x.n && !memcmp(subs[ns - 1].p, x.p, x.n))) continue;
                        subs[ns++] = x;
                    }
                    if (ns == want) {
                        dist.n = want;
                        for (int m = 0; m < want; m++)
                            dist.parts[m] = subs[want - 1 - m];
                    }
                }
                for (int m = 0; m < dist.n; m++)
                    dist.scope[m] = (tj_str){NULL, 0};
                dist_next = 0;
                in_group = dist.n > 1;
            } else if (is_vague && dist.n > 1 && !same_clause) {
                /* 两年平均增长15.5%和16.0%: a new clause with as many values as parts */
                int want = values_left_in_clause(&c, ok, k, ce);
                if (want == dist.n) {
                    dist_next = 0;
                    in_group = 1;
                }
            }
            if (in_group) {
                int m = dist_next < dist.n ? dist_next : dist.n - 1;
                subj = dist.parts[m];
                scope = dist.scope[m];
                dist_next++;
            } else if (is_vague) {
                if (noun_after) {
                    subj = right_subject(&c, q, ce, next_ok);
                } else if (prev_subj.p) {
                    subj = prev_subj;
                    if (!scope.p && q->kind != TJ_Q_ORDINAL) scope = prev_scope; /* a rank's field is its basis */
                } else if (cs > c.s0 && !(k > 0 && c.cand[k - 1]->b0 >= clause_start(&c, cs - 1))) {
                    /* 其中医药生物行业入围公司数量最多，有18家: the clause before,
                     * when it states no value itself */
                    uint32_t p0 = clause_start(&c, cs - 1), p1 = cs;
                    size_t st0;
                    cp_before(&c, p1, &st0);
                    p1 = (uint32_t)st0;
                    strip_span(&c, &p0, &p1);
                    subj = last_chars(make_subject(&c, p0, p1), 16);
                } else {
                    subj = (tj_str){NULL, 0};
                }
            } else if (noun_after && q->kind != TJ_Q_PERCENT && q->kind != TJ_Q_POINTS && q->kind != TJ_Q_NUMBER &&
                       (q->kind == TJ_Q_COUNT || r.has_verb || str_chars(&subj) <= 4)) {
                /* 推出113条创新举措: the verb and the counted noun; a list of
                 * examples before (海尔智家、赛轮…等3家企业) is left out */
                tj_str right = right_subject(&c, q, ce, next_ok);
                int examples =
                    r.subj1 > r.subj0 && tj_contains(c.s + r.subj0, r.subj1 - r.subj0, "\xE3\x80\x81", 3); /* 、 */
                size_t st0;
                if (cp_before(&c, r.subj1, &st0) == 0x7B49 /* 等 */) examples = 1;
                subj = examples ? right : concat(&c, last_chars(subj, 6), right);
            } else if (bare_head(&c, subj)) {
                /* 完成投资1770.45亿元, 配租1528套: a bare head takes the sentence's topic */
                tj_str topic = {NULL, 0};
                size_t st0, nd;
                uint32_t after = cp_at(&c, q->b1, &nd);
                int clause_first =
                    cs == c.s0 || c.s[cs - 1] == ';' || (cs >= 3 && !memcmp(c.s + cs - 3, "\xEF\xBC\x9B", 3)); /* ； */
                if (after == 0x7684 /* 的 */) {
                    /* 投资3.3亿元的机场快速路建成通车 */
                    tj_quantity tmp = *q;
                    tmp.b1 = (uint32_t)nd;
                    topic = last_chars(right_subject(&c, &tmp, ce, next_ok), 10);
                } else if (clause_first && ce < c.s1) {
                    /* 投资3600万元，完成…既有建筑节能改造 */
                    uint32_t t0 = ce, t1;
                    cp_at(&c, t0, &nd);
                    t0 = (uint32_t)nd;
                    t1 = clause_end(&c, t0);
                    trim(&c, &t0, &t1);
                    strip_span(&c, &t0, &t1);
                    topic = last_chars(make_subject(&c, t0, t1), 12);
                } else if (prev_subj.p) {
                    topic = prev_subj;
                } else if (c.nseps && c.seps[0] <= cs) {
                    uint32_t t0 = c.s0, t1;
                    cp_before(&c, c.seps[0], &st0);
                    t1 = (uint32_t)st0;
                    strip_span(&c, &t0, &t1); /* 截至11月底，完成投资…: a time is no topic */
                    if (t1 > t0) topic = span_str(&c, t0, t1);
                }
                if (topic.p) subj = concat(&c, topic, subj);
            }
            /* a cell of a table row: the row's label is its subject */
            const tj_line *tl = line_of(&c, q->b0);
            if (tl && tl->kind == TJ_LINE_TABLE) {
                tj_str label = table_label(&c, tl);
                if (label.p && (const unsigned char *)label.p + label.n <= c.s + q->b0) {
                    subj = label;
                    scope = (tj_str){NULL, 0};
                }
            }
            row->subject = subj;
            row->scope = scope;
            prev_subj = subj;
            prev_scope = scope;
            prev_row_i = (long)(d->nindicators - 1);
            prev_clause = cs;
            /* period */
            const tj_period *p = r.no_period ? NULL : period_for(&c, q, ce);
            if (p) row->period = span_str(&c, p->b0, p->b1);
            /* status */
            int st = status_at(&c, q->b0);
            if (st == TJ_S_ACTUAL && (list_status || plan_section(&c, sen->section))) st = TJ_S_TARGET;
            row->status = (uint8_t)st;
            date_row(&c, row, p, sen);
            if (status_by_dates(&c, row)) date_row(&c, row, p, sen);
            if (tj_label_row(d, row, near, r.subj1 > near ? r.subj1 : near, &labeler)) {
                c.ok = NULL;
                if (ok != okbuf) free(ok);
                goto out;
            }
            prev_end = q->b1;
            any = 1;
        }
        (void)any;
        c.ok = NULL;
        if (ok != okbuf) free(ok);
        if (opens_goals) {
            list_status = 1;
            list_section = sen->section;
        }
        if (list_status) list_para = c.s1;
    }
    rc = 0;
out:
    free(c.seps);
    free(c.ev);
    free(c.plan);
    free(c.cand);
    free(c.ranks);
    return rc;
}
