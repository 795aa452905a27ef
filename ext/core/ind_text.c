/* ind_text.c — small readers of the sentence that the stages of indicators() share. */
#include "ind.h"

/* The line that holds byte b, for positions that only move forward within a
 * sentence (its values, in order); starts from the sentence's first line. */
const tj_line *ind_line_of(ictx *c, uint32_t b) {
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

/* Trim spaces, line breaks and quotes-free punctuation from both ends. */
void ind_trim(const ictx *c, uint32_t *a, uint32_t *b) {
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
uint32_t ind_clause_start(const ictx *c, uint32_t i) {
    size_t k = sep_after(c, i);
    return k && c->seps ? c->seps[k - 1] : c->s0;
}

uint32_t ind_clause_end(const ictx *c, uint32_t i) {
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
size_t ind_period_ending_after(const ictx *c, uint32_t b) {
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
const tj_period *ind_period_ending_at(const ictx *c, uint32_t e) {
    size_t k = ind_period_ending_after(c, e);
    return k > c->pa && c->d->periods[k - 1].b1 == e ? &c->d->periods[k - 1] : NULL;
}

const tj_period *ind_period_starting_at(const ictx *c, uint32_t b) {
    size_t k = ind_period_ending_after(c, b);
    return k < c->pb && c->d->periods[k].b0 == b ? &c->d->periods[k] : NULL;
}

uint32_t ind_str_chars(const tj_str *x) {
    uint32_t k = 0;
    size_t i = 0, nx;
    while (i < x->n) {
        tj_decode((const unsigned char *)x->p, x->n, i, &nx);
        i = nx;
        k++;
    }
    return k;
}

size_t ind_unwrapped(tj_str x, char *buf, size_t cap) {
    if (!x.p || x.n > cap) return 0;
    size_t n = tj_clean_phrase((const unsigned char *)x.p, x.n, 0, buf, cap);
    return n == x.n ? 0 : n;
}

tj_str ind_concat(ictx *c, tj_str a, tj_str b) {
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

/* A page footer or other furniture inside [a, b) (a phrase wrapped across a
 * PDF page): 1, with the text around it [a, *l1) and [*r0, b), without the
 * line breaks around it (*l1 == a: the footer comes first); 0 when none. */
static int furniture_inside(const ictx *c, uint32_t a, uint32_t b, uint32_t *l1, uint32_t *r0) {
    const tj_line *L = a < b && c->has_noise ? tj_line_at(c->d, a) : NULL;
    const tj_priv *pv = tj_priv_of(c->d);
    for (size_t li = L ? (size_t)(L - pv->lines) : pv->nlines; li < pv->nlines && pv->lines[li].b0 < b; li++) {
        const tj_line *N = &pv->lines[li];
        if (N->kind != TJ_LINE_NOISE || N->b1 >= b || (N->b0 <= a && a >= N->b1)) continue;
        uint32_t l = N->b0 <= a ? a : N->b0, r = N->b1; /* N->b0 <= a: a page footer first: — 10 — */
        while (l > a && (c->s[l - 1] == '\n' || c->s[l - 1] == '\f' || c->s[l - 1] == '\r' || c->s[l - 1] == ' '))
            l--;
        while (r < b && (c->s[r] == '\n' || c->s[r] == '\f' || c->s[r] == '\r' || c->s[r] == ' '))
            r++;
        *l1 = l;
        *r0 = r;
        return 1;
    }
    return 0;
}

tj_str ind_plain_span(ictx *c, uint32_t a, uint32_t b) {
    uint32_t l1, r0;
    if (!furniture_inside(c, a, b, &l1, &r0)) return span_str(c, a, b);
    return ind_concat(c, span_str(c, a, l1), ind_plain_span(c, r0, b));
}

#define TJ_VERB_LOOK 36 /* bytes before the subject's end an empty verb is looked for (what is measured is short) */

/* Empty verbs between the one who acts and what is measured, each of two
 * characters or more (失业人员[实现]再就业, 产业园[累计完成]投资): [*v0, *v1). */
static int empty_verb_inside(const ictx *c, uint32_t a, uint32_t b, uint32_t *v0, uint32_t *v1) {
    size_t nx, len;
    uint32_t i = a;
    int before = 0;
    if (b > a + TJ_VERB_LOOK) { /* from the character at TJ_VERB_LOOK bytes before the end, well inside the span */
        i = (uint32_t)tj_prev(c->s, b - TJ_VERB_LOOK + 1);
        before = 2;
    }
    for (; i < b; i = (uint32_t)nx, before++) {
        uint32_t ch = cp_at(c, i, &nx);
        const tj_word *w = before < 2 ? NULL : tj_ws_at_cp(&c->lx->function_words, c->s, b, i, ch, &len);
        if (!w || w->tag != TJ_FW_EMPTY_VERB || i + len >= b) continue;
        size_t al;
        const tj_word *adv = tj_ws_before(&c->lx->tail_words, c->s, i, &al);
        if (adv && adv->tag == TJ_TW_ADV) return 0; /* 基本完成, 已完成: the predicate, not a noun's verb */
        uint32_t e = i + (uint32_t)len;
        while (e < b && fw_at(c, e, &len) == TJ_FW_EMPTY_VERB) /* 累计完成 */
            e += (uint32_t)len;
        if (e >= b || tj_doc_charlen(c->d, e, b) < 2) return 0;
        *v0 = i;
        *v1 = e;
        return 1;
    }
    return 0;
}

/* Where the text after a time expression p goes on (before lim): past a 前
 * after the end of a time (年底|前|要清偿: by then, a word of neither the
 * time, as written, nor the subject). */
uint32_t ind_past_period(const ictx *c, const tj_period *p, uint32_t lim) {
    size_t len;
    const tj_word *by = p->open_start ? tj_ws_at(&c->lx->period_suffix, c->s, lim, p->b1, &len) : NULL;
    return by && by->tag == TJ_PW_AGO ? p->b1 + (uint32_t)len : p->b1;
}

/* The subject span [a, b) without the time expressions inside it:
 * 生活补贴全年人均 -> 生活补贴人均, 中国 7 月官方制造业 PMI -> 中国 官方制造业 PMI. */
tj_str ind_make_subject(ictx *c, uint32_t a, uint32_t b) {
    tj_str r = span_str(c, a, b);
    uint32_t l1, r0;
    if (furniture_inside(c, a, b, &l1, &r0))
        return l1 > a ? ind_concat(c, ind_make_subject(c, a, l1), ind_make_subject(c, r0, b)) : ind_make_subject(c, r0, b);
    for (size_t k = ind_period_ending_after(c, a); k < c->pb && c->d->periods[k].b0 < b; k++) {
        const tj_period *p = &c->d->periods[k];
        if (p->b0 <= a || p->b1 >= b || (p->flags & TJ_PF_NAME)) continue;
        size_t tl;
        const tj_word *to = tj_ws_before(&c->lx->tail_words, c->s, p->b0, &tl);
        if (to && to->tag == TJ_TW_TO && p->b0 - tl > a) continue; /* 结转到第七个五年计划期间续建: where to */
        tj_str left = span_str(c, a, p->b0), rest = ind_make_subject(c, ind_past_period(c, p, b), b);
        return ind_concat(c, left, rest);
    }
    uint32_t v0, v1;
    if (empty_verb_inside(c, a, b, &v0, &v1)) return ind_concat(c, span_str(c, a, v0), span_str(c, v1, b));
    return r;
}

/* How many characters past k a phrase may have and be kept whole rather than
 * cut inside a word (社区干部生活补贴和环卫工人工资标准, not 活补贴和…), and how far
 * after the cut a word that ends something (的 等 ：) is looked for to
 * start after it (投资4500万元的|伊敏河沿河道路工程, not 万元的伊敏河…). */
enum { TJ_CUT_SLACK = 8, TJ_CUT_LOOK = 4 };

/* Where a phrase may start at byte i of s[0..n): after a word that ends
 * something (的 等, a label's ：), not one inside a list (和 、: 市场机制和宏观
 * 调控手段 is one phrase) unless the cut falls on it, nor a closing mark
 * (“一张图”试点省份: the name goes with it); 0 if none ends at i. */
static size_t start_after(const ictx *c, const unsigned char *s, size_t n, size_t i, int at_cut) {
    size_t len, sl;
    if (at_cut && tj_ws_at(&c->lx->list_separators, s, n, i, &sl)) return i + sl; /* no phrase starts with 和 */
    const tj_word *w = tj_ws_at(&c->lx->function_words, s, n, i, &len);
    if (w && (w->tag == TJ_FW_OF || w->tag == TJ_FW_ETC)) return i + len;
    w = tj_ws_at(&c->lx->lead_marks, s, n, i, &len);
    if (!w || w->tag != TJ_LM_LABEL || tj_ws_at(&c->lx->list_separators, s, n, i, &sl)) return 0;
    return i + len;
}

/* The mark that opens a name the cut at byte i of s falls in or right
 * after (重点实施了|“县中振兴”工程: the quote), not more than TJ_CUT_SLACK
 * characters before i; i if none. */
static size_t opener_before(const ictx *c, const unsigned char *s, size_t n, size_t i) {
    size_t open = i, len, nx;
    int k = 0;
    for (size_t j = 0; j < i; j = nx, k++) {
        const tj_word *w;
        if (tj_ws_at(&c->lx->trail_marks, s, n, j, &len)) {
            open = j;
            k = 0;
        } else if ((w = tj_ws_at(&c->lx->lead_marks, s, n, j, &len)) && w->tag == TJ_LM_CLOSE && j + len < i) {
            open = i; /* closed before the cut */
        }
        tj_decode(s, n, j, &nx);
    }
    return open < i && k <= TJ_CUT_SLACK ? open : i;
}

/* About the last k characters of x: from right after a word that ends
 * something just after the cut, else the whole when it is a little longer,
 * else the last k, or from the mark that opens a name the cut falls in. */
tj_str ind_last_chars(const ictx *c, tj_str x, uint32_t k) {
    uint32_t n = ind_str_chars(&x);
    if (n <= k) return x;
    const unsigned char *s = (const unsigned char *)x.p;
    size_t i = 0, nx;
    for (uint32_t m = 0; m < n - k; m++) {
        tj_decode(s, x.n, i, &nx);
        i = nx;
    }
    i = opener_before(c, s, x.n, i);
    size_t j = i;
    for (int step = 0; step < TJ_CUT_LOOK && j < x.n; step++, j = nx) {
        size_t from = start_after(c, s, x.n, j, !step);
        if (from && from < x.n) return (tj_str){x.p + from, (uint32_t)(x.n - from)};
        tj_decode(s, x.n, j, &nx);
    }
    if (n - k <= TJ_CUT_SLACK) return x;
    return (tj_str){x.p + i, (uint32_t)(x.n - i)};
}

/* Where the cell that starts at a ends: at a tab, a mark or a space after
 * its text, or two spaces inside it; a cell opened by a separator (| 渔  业 |)
 * ends only at the next one or a tab. */
static uint32_t cell_end(const ictx *c, const tj_line *L, uint32_t *a) {
    uint32_t i = *a;
    size_t nx, len, st;
    int piped = 0;
    while (i < L->c1) {
        uint32_t ch = cp_at(c, i, &nx);
        const tj_word *mark = tj_is_space(ch) ? NULL : tj_ws_at(&c->lx->cell_marks, c->s, L->c1, i, &len);
        if (mark) nx = i + len; /* 其中： */
        int gap = tj_is_space(ch) || mark, separator = mark && mark->tag == TJ_CM_SEPARATOR;
        if (i > *a && (piped ? separator || ch == '\t' : gap)) break;
        if (i == *a && gap) {
            piped |= separator;
            *a = (uint32_t)nx;
        } else if (!piped && ch == '\t') {
            break;
        }
        i = (uint32_t)nx;
    }
    while (piped && i > *a) { /* | **总指数** |: the marks and spaces before the separator */
        if (tj_ws_before(&c->lx->cell_marks, c->s, i, &len) && i - len >= *a)
            i -= (uint32_t)len;
        else if (tj_is_space(tj_cp_before(c->s, i, i, &st)))
            i = (uint32_t)st;
        else
            break;
    }
    if (piped) return i;
    for (uint32_t j = *a; j + 1 < i; j++)
        if (c->s[j] == ' ' && c->s[j + 1] == ' ') return j;
    return i;
}

tj_str ind_table_label(const ictx *c, const tj_line *L, uint32_t *end) {
    uint32_t a = L->lab1 > L->c0 ? L->lab1 : L->c0, b = cell_end(c, L, &a); /* after its numbering (1.食品烟酒) */
    ind_trim((ictx *)c, &a, &b);
    *end = b;
    size_t nx, nx2;
    /* a name of two characters spread over the cell's width (林    业), not
     * a name of one and its unit (纱    吨) */
    if (a < b && tj_is_han(cp_at(c, a, &nx)) && nx == b) {
        uint32_t a2 = b;
        size_t ul;
        while (a2 < L->c1 && c->s[a2] == ' ')
            a2++;
        if (a2 > b && a2 < L->c1 && tj_is_han(cp_at(c, a2, &nx2)) &&
            (nx2 >= L->c1 || c->s[nx2] == ' ' || c->s[nx2] == '\t') &&
            !tj_ws_at(&c->lx->units, c->s, nx2, a2, &ul)) {
            *end = (uint32_t)nx2;
            return ind_concat((ictx *)c, span_str(c, a, b), span_str(c, a2, (uint32_t)nx2));
        }
    }
    return span_str(c, a, b);
}

/* The first candidate that starts at byte b or after it. */
static size_t candidate_from(const ictx *c, uint32_t b) {
    size_t lo = 0, hi = c->ncand;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->cand[mid]->b0 < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Does a value of the sentence that is an indicator start at byte b? */
int ind_quantity_starting_at(const ictx *c, uint32_t b) {
    size_t k = candidate_from(c, b);
    return k < c->ncand && c->cand[k]->b0 == b && (!c->ok || c->ok[k]);
}

int ind_listed_from(const ictx *c, uint32_t b, const tj_quantity *q) {
    size_t k = candidate_from(c, b);
    if (k >= c->ncand || c->cand[k]->b0 != b) return 0;
    for (size_t j = k + 1; j < c->ncand && c->cand[j]->b0 <= q->b0; j++) {
        if (!tj_only_list_separator(c->lx, c->s, c->cand[j - 1]->b1, c->cand[j]->b0)) return 0;
        if (c->cand[j] == q) return 1;
    }
    return 0;
}

/* The values that are indicators from candidate k to the clause end ce,
 * counted up to one more than a list can hold (no 分别 spreads further). */
int ind_values_left_in_clause(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce) {
    int want = 0;
    for (size_t j = k; j < c->ncand && c->cand[j]->b0 < ce && want <= TJ_MAX_PARTS; j++)
        want += ok[j];
    return want;
}

uint32_t ind_back_over_tail(const ictx *c, uint32_t a, uint32_t b, unsigned tags, size_t min_len, uint32_t keep) {
    size_t len;
    const tj_word *w;
    while ((w = tj_ws_before(&c->lx->tail_words, c->s, b, &len)) != NULL && (tags & TJ_TW_BIT(w->tag)) &&
           len >= min_len && b - len >= (size_t)a + keep)
        b -= (uint32_t)len;
    return b;
}

tj_str ind_next_member(const char **names) {
    const char *m = *names, *bar = strchr(m, '|');
    tj_str member = {m, (uint32_t)(bar ? (size_t)(bar - m) : strlen(m))};
    *names = bar ? bar + 1 : m + member.n;
    return member;
}

int ind_juxtaposed_values(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce) {
    int n = 1;
    size_t last = k;
    for (size_t j = k + 1; j < c->ncand && c->cand[j]->b0 < ce && n <= TJ_MAX_PARTS; j++) {
        if (!ok[j]) return 0;
        if (!tj_only_list_separator(c->lx, c->s, c->cand[last]->b1, c->cand[j]->b0)) return 0;
        last = j;
        n++;
    }
    uint32_t e = c->cand[last]->b1;
    size_t nx;
    while (e < ce && is_blank(cp_at(c, e, &nx))) /* nothing after the last but the clause's end */
        e = (uint32_t)nx;
    return n > 1 && e >= ce ? n : 0;
}

/* Is the value k the first of a list (values joined by list marks only)
 * that a word of 分别 follows (由46503元和16935元|分别|增加到…)?  The list
 * goes one to each part of the subject, as a 分别 before it would. */
int ind_list_then_each(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce) {
    size_t last = k, len;
    for (size_t j = k + 1; j < c->ncand && c->cand[j]->b0 < ce; j++) {
        if (!ok[j] || !tj_only_list_separator(c->lx, c->s, c->cand[last]->b1, c->cand[j]->b0)) break;
        last = j;
    }
    const tj_word *w = last > k ? tj_ws_at(&c->lx->tail_words, c->s, ce, c->cand[last]->b1, &len) : NULL;
    return w && (w->arg & TJ_TWF_EACH);
}

/* Is x a span of the document's text (not a subject composed in the arena)? */
int ind_in_text(const ictx *c, tj_str x) {
    uintptr_t p = (uintptr_t)x.p, s = (uintptr_t)c->d->s;
    return x.p && p >= s && p - s < c->d->n;
}
