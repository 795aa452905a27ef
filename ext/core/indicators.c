/*
 * indicators.c — the statistical values a document states (spec:
 * indicators.md).  Built on quantities (values, units, qualifiers), periods
 * (times and their dates), sentences and sections.
 *
 * Sentence by sentence, the stages of ind.h: the candidates and which are
 * indicators; for each of them, its clause, the reading of the words before
 * it (kind, sign, basis, the span of its subject), its subject, its period,
 * status and dates; then the row, with its concept and region (labels.c).
 */
#include "ind.h"

/* The periods [pa, pb) and quantities [qi, qe) of the sentence [s0, s1). */
static void sentence_spans(ictx *c, const tj_sentence *sen, size_t *pi, size_t *qi, size_t *qe) {
    const tj_doc *d = c->d;
    c->s0 = sen->b0;
    c->s1 = sen->b1;
    while (*pi < d->nperiods && d->periods[*pi].b0 < c->s0)
        (*pi)++;
    c->pa = *pi;
    size_t pe = *pi;
    while (pe < d->nperiods && d->periods[pe].b1 <= c->s1)
        pe++;
    c->pb = pe;
    while (*qi < d->nquantities && d->quantities[*qi].b0 < c->s0)
        (*qi)++;
    *qe = *qi;
    while (*qe < d->nquantities && d->quantities[*qe].b1 <= c->s1)
        (*qe)++;
    c->section = sen->section;
    c->li = (size_t)-1;
}

/* 改造提升超5000个已建成自然村: a verb of change before a count of the noun
 * after it changes the things counted, not their number: the count is an
 * amount (with no basis: 比上年增加3个 is a change). */
static void counted_object(ictx *c, value_ctx *v) {
    reading *r = &v->r;
    if (r->kind != TJ_K_CHANGE || v->q->kind != TJ_Q_COUNT || r->basis1 > r->basis0 || r->basis_word) return;
    if (!ind_followed_by_noun(c, v->q)) return;
    r->kind = TJ_K_AMOUNT;
    r->sign = 1;
}

/* 96.2%的养老机构开展医养结合服务: a percentage that opens its clause (nothing
 * before it names a subject) and is followed by 的 is the share of those
 * things that do what the clause says: that is its subject. */
static void share_of_those_after(ictx *c, value_ctx *v) {
    reading *r = &v->r;
    size_t len;
    if (v->q->kind != TJ_Q_PERCENT || r->kind != TJ_K_AMOUNT || r->subj1 > r->subj0 ||
        fw_at(c, v->q->b1, &len) != TJ_FW_OF)
        return;
    if (r->bound || r->basis1 > r->basis0 || r->basis_word) return; /* 低于13%左右的预期目标 */
    uint32_t a = v->q->b1 + (uint32_t)len, b = v->ce;
    ind_trim(c, &a, &b);
    size_t chars = b > a ? tj_doc_charlen(c->d, a, b) : 0;
    if (chars < 2 || chars > TJ_SHARE_SUBJECT || ind_quantity_starting_at(c, a)) return;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, b, a, &len);
    if (w && w->tag != TJ_TW_STOP) return;  /* 实现38.6%的增长, 占比超过10%的有44种 */
    if (tj_ws_in(&c->lx->rate_nouns, c->s, a, b, -1) || tj_ws_in(&c->lx->goal_heads, c->s, a, b, -1))
        return; /* 58.3%的同比增速, 7%左右的速度: a rate, not a share; 13%左右的预期目标 */
    r->kind = TJ_K_SHARE;
    r->has_verb = 1;
    r->subj0 = a;
    r->subj1 = b;
}

/* Stage 2: the clause of candidate k and the words before it. */
static void read_value(ictx *c, const sent_state *ss, size_t k, value_ctx *v) {
    const tj_quantity *q = c->cand[k];
    v->k = k;
    v->q = q;
    v->cs = ind_clause_start(c, q->b0);
    v->ce = ind_clause_end(c, q->b0);
    v->from = v->cs > ss->prev_end ? v->cs : ss->prev_end;
    /* a subject is a phrase: what is read for it ends at most TJ_MAX_SUBJECT
     * characters before the value (a clause of a megabyte with no
     * punctuation is no subject) */
    uint32_t far = q->b0;
    for (int m = 0; m < TJ_MAX_SUBJECT && far > v->cs; m++)
        far = (uint32_t)tj_prev(c->s, far);
    if (far > v->from) v->from = far;
    v->near = far > v->cs ? far : v->cs;
    ind_read_left(c, v->from, q->b0, q, &v->r);
    ind_strip_lead(c, &v->r);
    counted_object(c, v);
    share_of_those_after(c, v);
    v->next_ok = NULL; /* the next value that is an indicator bounds a noun read to the right */
    for (size_t j = k + 1; j < c->ncand && j <= k + TJ_LOOK; j++)
        if (c->ok[j]) {
            v->next_ok = c->cand[j];
            break;
        }
}

/* Stage 4: the numbers of the row, with the kind, sign and basis the
 * reading found. */
static void value_row(ictx *c, const value_ctx *v, tj_indicator *row) {
    const tj_quantity *q = v->q;
    const reading *r = &v->r;
    row->b0 = q->b0;
    row->b1 = q->b1;
    row->kind = r->kind;
    row->value = q->value * (r->sign < 0 && q->value > 0 ? -1 : 1);
    row->has_max = q->has_max;
    row->value_max = q->has_max ? q->value_max * (r->sign < 0 && q->value_max > 0 ? -1 : 1) : 0;
    row->qualifier = q->qualifier ? q->qualifier : (uint8_t)r->bound;
    row->unit = q->kind == TJ_Q_ORDINAL ? NULL : q->unit;
    row->currency = q->currency;
    if (r->basis1 > r->basis0) {
        uint32_t b0 = r->basis0, b1 = r->basis1;
        ind_trim(c, &b0, &b1);
        row->basis = ind_plain_span(c, b0, b1);
    } else if (r->basis_word) {
        row->basis.p = r->basis_word;
        row->basis.n = (uint32_t)strlen(r->basis_word);
    } else if (r->kind == TJ_K_CHANGE) {
        row->basis = ind_comparison_clause(c, q->b0);
    }
}

/* Whether a list of goals (预期目标是：…) goes on into this sentence: within
 * its paragraph and section. */
typedef struct goal_list {
    int on;
    uint32_t para_end; /* the end of the last sentence of the list */
    int32_t section;
} goal_list;

static void goal_list_reaches(const tj_doc *d, goal_list *gl, const tj_sentence *sen) {
    if (!gl->on) return;
    int gap = 0;
    for (uint32_t j = gl->para_end; j < sen->b0; j++)
        if (d->s[j] == '\n') gap++;
    if (gap > 1 || sen->section != gl->section) gl->on = 0;
}

/* Stage 5: the period, status and dates of a row. */
static void time_of(ictx *c, const value_ctx *v, const sent_state *ss, const tj_sentence *sen, const goal_list *gl,
                    tj_indicator *row) {
    const tj_period *p = v->r.no_period ? NULL : ind_period_for(c, v->q, v->ce, &v->r);
    if (p) row->period = span_str(c, p->b0, p->b1);
    int st = ind_status_at(c, v->q->b0);
    /* in a list of goals or a section of plans, what is not said to have happened (已, 截至) is a goal */
    if (st == TJ_S_ACTUAL && !ind_status_done_at(c, v->q->b0) &&
        (gl->on || ind_section_mood(c, sen->section) == TJ_PT_PLAN))
        st = TJ_S_TARGET;
    row->status = (uint8_t)st;
    /* 由X增加到Y: Y is where X went */
    const tj_indicator *start = ss->prev_from && ss->prev_row >= 0 && ss->prev_clause == v->cs && v->r.level
                                    ? &c->d->indicators[ss->prev_row]
                                    : NULL;
    if (start && !p && ind_endpoint_dates(c, start, row)) return;
    int span_ends = p && (v->r.from || start); /* 从一九八○年至一九八五年，由X增加到Y */
    ind_date_row(c, row, p, sen);
    if (span_ends) ind_span_ends(p, v->r.from, row);
    if (!ind_status_done_at(c, v->q->b0) && ind_status_by_dates(c, row)) {
        ind_date_row(c, row, p, sen);
        if (span_ends) ind_span_ends(p, v->r.from, row);
    }
}

/* A bare number with nothing that says what it measures (no unit, no
 * subject) states no fact: no row. */
static int states_nothing(const tj_indicator *row) { return row->kind == TJ_K_AMOUNT && !row->unit && !row->subject.p; }

/* The rows of one sentence.  0, or -1 when memory runs out. */
static int sentence_rows(ictx *c, size_t si, goal_list *gl, tj_labeler *lb) {
    tj_doc *d = c->d;
    tj_priv *pv = tj_priv_of(d);
    const tj_sentence *sen = &d->sentences[si];
    sent_state ss;
    memset(&ss, 0, sizeof ss);
    ss.prev_row = -1;
    ss.first_row = (long)d->nindicators;
    for (size_t k = 0; k < c->ncand; k++) {
        if (!c->ok[k]) continue;
        value_ctx v;
        read_value(c, &ss, k, &v);
        tj_indicator *row = TJ_PUSH(d->indicators, d->nindicators, pv->i_cap);
        if (!row) return -1;
        memset(row, 0, sizeof *row);
        row->sentence = (int32_t)(si + 1);
        row->section = sen->section;
        value_row(c, &v, row);
        ind_subject(c, &ss, &v, row);
        if (states_nothing(row)) { /* 5118937 alone on a line, a cell's number that lost its row */
            d->nindicators--;
            continue;
        }
        time_of(c, &v, &ss, sen, gl, row);
        ss.prev_row = (long)(d->nindicators - 1);
        ss.prev_clause = v.cs;
        ss.prev_from = v.r.from;
        ss.prev_rate = v.r.rate_noun;
        if (tj_label_row(d, row, v.near, v.r.subj1 > v.near ? v.r.subj1 : v.near, lb)) return -1;
        ss.prev_end = v.q->b1;
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
    c.tab.row = (size_t)-1;
    c.tab.head = -1;
    size_t qi = 0, pi = 0, qe;
    goal_list gl = {0, 0, 0}; /* a list of goals continues into the next sentences */
    tj_labeler labeler;       /* what labelling carries from row to row */
    tj_labeler_init(d, &labeler);
    tj_carry *cy = pv->carry;
    if (cy && !cy->first && cy->ntopic) { /* what the window before was about */
        memcpy(labeler.topic, cy->topic, cy->ntopic);
        labeler.ntopic = cy->ntopic;
    }
    uint8_t okbuf[256], *ok = NULL;
    int rc = -1;
    if (d->nsections && !(c.plan = tj_calloc(d->nsections, 1))) goto out;
    for (size_t li = 0; li < pv->nlines && !c.has_noise; li++)
        c.has_noise = pv->lines[li].kind == TJ_LINE_NOISE;
    for (size_t si = 0; si < d->nsentences; si++) {
        const tj_sentence *sen = &d->sentences[si];
        sentence_spans(&c, sen, &pi, &qi, &qe);
        if (ind_scan_sentence(&c, qi, qe)) goto out; /* stage 1: the candidates */
        int opens_goals = c.nev && c.ev[c.nev - 1].strong;
        goal_list_reaches(d, &gl, sen);
        ok = c.ncand <= sizeof okbuf ? okbuf : tj_malloc(c.ncand);
        if (!ok) goto out;
        ind_choose(&c, c.cand, c.ncand, ok);
        c.ok = ok;
        c.li = (size_t)-1; /* the rows walk the values again from the start */
        if (sentence_rows(&c, si, &gl, &labeler)) goto out;
        c.ok = NULL;
        if (ok != okbuf) tj_free(ok);
        ok = NULL;
        if (opens_goals) {
            gl.on = 1;
            gl.section = sen->section;
        }
        if (gl.on) gl.para_end = c.s1;
    }
    if (cy) {
        memcpy(cy->topic, labeler.topic, labeler.ntopic);
        cy->ntopic = labeler.ntopic;
    }
    rc = 0;
out:
    if (ok != okbuf) tj_free(ok);
    tj_free(c.seps);
    tj_free(c.ev);
    tj_free(c.plan);
    tj_free(c.cand);
    tj_free(c.ranks);
    return rc;
}
