/* ind_time.c — stage 5 of indicators(): the period that governs a value,
 * its status (actual, target, forecast) and its dates (the four rules of
 * indicators.md, period_start). */
#include "ind.h"

/* How many of the sentence's status events end by byte upto. */
static size_t events_by(const ictx *c, uint32_t upto) {
    size_t lo = 0, hi = c->nev; /* the last event that ends by upto */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->ev[mid].end <= upto)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The status of a value at byte upto: the last cue before it in its sentence.
 * A goal or forecast cue holds until the next ；, a cue of what has happened
 * (已, 截至) ends it, and a list opener (预期目标是：) holds to the end. */
int ind_status_at(const ictx *c, uint32_t upto) {
    size_t k = events_by(c, upto);
    return k ? c->ev[k - 1].st : TJ_S_ACTUAL;
}

/* Is the status at upto a cue's of what has happened (从2002年1月1日起，关税总水平
 * 已由15.3%降到12%: a date after the year under review makes no goal of it)? */
int ind_status_done_at(const ictx *c, uint32_t upto) {
    size_t k = events_by(c, upto);
    return k && c->ev[k - 1].done;
}

/* Record a status cue (or a ；) that ends at `end`; tag is TJ_SC_*, or -1
 * for a semicolon; flags: the cue's TJ_SCF_*. */
int ind_status_event(ictx *c, int tag, unsigned flags, uint32_t end) {
    int st = c->nev ? c->ev[c->nev - 1].st : TJ_S_ACTUAL, strong = c->nev ? c->ev[c->nev - 1].strong : 0;
    int done = 0;
    switch (tag) {
    case TJ_SC_GOALS:
        strong = 1;
        st = TJ_S_TARGET;
        break;
    case TJ_SC_TARGET: /* (将 after 预计 is the forecast's: 预计…比重将上升至48.3%) */
        if (!strong && !((flags & TJ_SCF_WEAK) && st == TJ_S_FORECAST)) st = TJ_S_TARGET;
        break;
    case TJ_SC_FORECAST:
        if (!strong) st = TJ_S_FORECAST;
        break;
    case TJ_SC_DONE:
    case -1:
        if (!strong) st = TJ_S_ACTUAL;
        done = tag == TJ_SC_DONE && !strong;
        break;
    default: return 0;
    }
    struct status_event *e = TJ_PUSH(c->ev, c->nev, c->ev_cap);
    if (!e) return -1;
    e->end = end;
    e->st = (uint8_t)st;
    e->strong = (uint8_t)strong;
    e->done = (uint8_t)done;
    e->says = (flags & TJ_SCF_SAYS) != 0;
    return 0;
}

uint32_t ind_forecaster_end(const ictx *c, uint32_t a, uint32_t b) {
    if (b <= a) return 0;
    for (size_t k = events_by(c, b - 1); k-- > 0 && c->ev[k].end > a;) /* the last first, back to a */
        if (c->ev[k].says) return c->ev[k].end;
    return 0;
}

/* What a section's own heading says it states: TJ_PT_PLAN, TJ_PT_REVIEW or 0. */
static int title_mood(const ictx *c, const tj_section *sc) {
    const unsigned char *t = (const unsigned char *)sc->title.p;
    size_t len;
    for (size_t i = 0, nx; t && i < sc->title.n; i = nx) {
        const tj_word *w = tj_ws_at(&c->lx->plan_titles, t, sc->title.n, i, &len);
        if (w) return w->tag;
        tj_decode(t, sc->title.n, i, &nx);
    }
    return 0;
}

/* A top-level part of a work report with no mood of its own after a part of
 * plans goes on with them (2015年工作总体部署, then 三、把改革开放扎实推向纵深:
 * the year's tasks): TJ_PT_PLAN when the nearest part before it that has a
 * mood, known or said by its heading, states plans.  A walk back, no
 * recursion: a document may have thousands of parts. */
static int after_plans(const ictx *c, int32_t id) {
    for (int32_t b = id - 1; b > 0; b--) {
        const tj_section *sc = &c->d->sections[b - 1];
        if (sc->parent) continue;
        int m = c->plan[b - 1] ? c->plan[b - 1] - 1 : title_mood(c, sc);
        if (m || c->plan[b - 1]) return m == TJ_PT_PLAN ? TJ_PT_PLAN : 0;
    }
    return 0;
}

/* What a section states by its heading or the nearest ancestor's that says
 * it: TJ_PT_PLAN, TJ_PT_REVIEW or 0.  Each section's answer is worked out
 * once (c->plan: 0 unknown, else the answer + 1). */
int ind_section_mood(ictx *c, int32_t id) {
    if (id <= 0) return 0;
    uint8_t *memo = &c->plan[id - 1];
    if (*memo) return *memo - 1;
    const tj_section *sc = &c->d->sections[id - 1];
    int mood = title_mood(c, sc);
    if (!mood) mood = ind_section_mood(c, sc->parent);
    if (!mood && !sc->parent && c->d->info.kind == TJ_DOC_REPORT) mood = after_plans(c, id);
    *memo = (uint8_t)(mood + 1);
    return mood;
}

/* Where the text goes on after the time expression p: past a 的 (*of = 1)
 * and blanks, up to lim. */
static uint32_t after_period(const ictx *c, const tj_period *p, uint32_t lim, int *of) {
    size_t fl, st;
    uint32_t i = p->b1;
    *of = fw_at(c, i, &fl) == TJ_FW_OF;
    if (*of) i += (uint32_t)fl;
    while (i < lim && is_blank(cp_at(c, i, &st)))
        i = (uint32_t)st;
    return i;
}

/* Does a value follow the time expression p right away, after a 的 (是十年前的3倍,
 * 2012年的2.1倍)?  The time is that value's. */
static int leads_a_value(const ictx *c, const tj_period *p) {
    int of;
    return ind_quantity_starting_at(c, after_period(c, p, (uint32_t)c->n, &of));
}

/* Does a value's starting point open the period p (由去年同期, 从2020年)? */
static int opens_from(const ictx *c, const tj_period *p) {
    size_t len;
    const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, p->b0, &len);
    if (w && (w->arg & TJ_TWF_FROM)) return 1;
    w = tj_ws_at(&c->lx->period_prefix, c->s, c->n, p->b0, &len);
    return w && w->tag == TJ_PW_FROM;
}

/* i, past a verb of change that may stand there (由上年|下降|2.3%). */
static uint32_t past_change_verb(const ictx *c, uint32_t i) {
    size_t len;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, c->n, i, &len);
    return tj_tw_changes(w) ? i + (uint32_t)len : i;
}

/* Is the period p the time of what the value multiplies (是十年前的3倍)?
 * (Not of a basis in general: 比一九八○年的七千一百五十九亿元 is of 1980.) */
static int in_multiple_basis(const tj_period *p, const reading *r) {
    return r->multiple && p->b0 >= r->basis0 && p->b1 <= r->basis1;
}

/* Does a time in a clause before the value's say something else than when
 * the value was: a streak (终结连续4日净卖出: how long something went on
 * there), or a time followed by a verb of setting and 的 (年初确定的主要目标,
 * 去年制定的计划: when a goal was set)? */
static int dates_something_else(const ictx *c, const tj_period *p) {
    size_t len, ol;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, p->b1, p->b0, &len);
    if (w && (w->arg & TJ_TWF_STREAK)) return 1;
    return fw_at(c, p->b1, &ol) == TJ_FW_SET && fw_at(c, p->b1 + ol, &len) == TJ_FW_OF;
}

/* The period of a value: the nearest before it in the sentence, else the
 * first after it in its clause; not a comparison, a title or the time of
 * what the value multiplies. */
const tj_period *ind_period_for(ictx *c, const tj_quantity *q, uint32_t ce, const reading *r) {
    /* the nearest before it that may govern it: walk back from the value */
    size_t last = ind_period_ending_after(c, q->b0);
    uint32_t value_clause = ind_clause_start(c, q->b0);
    for (size_t k = last; k-- > c->pa && k + TJ_LOOK >= last;) {
        const tj_period *p = &c->d->periods[k];
        /* a comparison's time, a name's: no value's, but 较去年同期的 700 家 */
        int other = (p->flags & (TJ_PF_BASIS | TJ_PF_NAME)) != 0;
        size_t fl;
        if (other && fw_at(c, p->b1, &fl) != TJ_FW_OF) continue;
        int of;
        uint32_t nx2 = after_period(c, p, q->b0, &of);
        if (in_multiple_basis(p, r)) continue;
        if (of && nx2 == q->b0) return p; /* 较去年同期的 700 家: the period of that value */
        if (other) continue;
        /* 由一九八○年的X增加到Y, 由去年同期39.7%提高到43.8%, 由上年下降2.3%转为增长8.5%: that
         * period belongs to X, not to Y */
        uint32_t x = past_change_verb(c, nx2);
        int from = opens_from(c, p);
        if (x != q->b0 && (of || from) && ind_quantity_starting_at(c, x)) {
            if (from && ind_listed_from(c, x, q)) return p; /* 从2021年的X和Y: Y's too */
            continue;
        }
        /* 结转到第七个五年计划期间续建的有…: where to, not when */
        size_t tl;
        const tj_word *to = tj_ws_before(&c->lx->tail_words, c->s, p->b0, &tl);
        if (to && to->tag == TJ_TW_TO && nx2 != q->b0 && !of && p->b0 - tl > ind_clause_start(c, p->b0)) continue;
        if (p->b1 <= value_clause && dates_something_else(c, p)) continue; /* 终结连续4日…, 年初确定的… */
        return p;
    }
    size_t first = ind_period_ending_after(c, q->b1);
    for (size_t k = first; k < c->pb && c->d->periods[k].b0 < ce && k < first + TJ_LOOK; k++) {
        const tj_period *p = &c->d->periods[k];
        if (p->b0 < q->b1 || p->b0 >= ce) continue;
        if (p->flags & (TJ_PF_BASIS | TJ_PF_NAME)) continue;
        if (leads_a_value(c, p)) continue; /* …1.6万户、是十年前的3倍: the time of the value after it */
        return p;
    }
    return NULL;
}

/* The time expression of the document that starts at byte b, or NULL. */
const tj_period *ind_doc_period_at(const tj_doc *d, uint32_t b) {
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
    const tj_period *p = ind_doc_period_at(c->d, i);
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
void ind_date_row(const ictx *c, tj_indicator *row, const tj_period *p, const tj_sentence *sen) {
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
int ind_status_by_dates(const ictx *c, tj_indicator *row) {
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

/* 从2020年的82.4岁提升至83.9岁: the end of a change from a value dated in the
 * past, with no time of its own, is what that change came to — it happened,
 * by the document's time (a work report's year under review).  1 when the
 * row is dated so. */
int ind_endpoint_dates(const ictx *c, const tj_indicator *start, tj_indicator *row) {
    const tj_doc *d = c->d;
    if (!d->ref_year || start->period_source != TJ_PS_TEXT || !start->period_end ||
        start->period_end >= d->ref_year * 10000 + 101)
        return 0;
    row->status = TJ_S_ACTUAL;
    int32_t a = 0, b = 0;
    if (document_dates(c, TJ_S_ACTUAL, &a, &b)) {
        row->period_start = a;
        row->period_end = b;
        row->period_source = TJ_PS_DOCUMENT;
    }
    return 1;
}

/* 从一九八○年至一九八五年，由X增加到Y: over a span of written years, the
 * first value of a change is the first year's, its end the last year's. */
void ind_span_ends(const tj_period *p, int first, tj_indicator *row) {
    if (!p->y0 || p->y1 <= p->y0 || p->m0 || p->m1) return;
    int y = first ? p->y0 : p->y1;
    whole_years(y, y, &row->period_start, &row->period_end);
}
