/*
 * sentences.c — sentences (spec: functions.md, sentences()).
 *
 * A sentence ends at 。！？!? (closing quotes and brackets that follow belong
 * to it), at a heading, and at a line break that is not a soft wrap.  A line
 * break is a soft wrap when the line before ends in no terminator and is no
 * heading, and the next non-blank line starts no heading; blank lines may
 * stand between.  Three things the spec leaves open, decided here: table rows
 * (cells split by wide gaps, tabs or pipes) and the document's title line are
 * never joined to their neighbours, and page furniture (footers, navigation
 * words) makes no sentence of its own but does not break a wrapped one.
 */
#include "internal.h"

typedef struct builder {
    tj_doc *d;
    int open;
    uint32_t s0, last_end;
    size_t mi; /* the next mark to look at (lines are read in order) */
    /* paragraphs: the next sentence starting at or after para_from opens one;
     * para is the id of the sentence that opened the current one (0 = none) */
    uint32_t para_from;
    int32_t para;
} builder;

static int emit(builder *b, uint32_t s0, uint32_t s1) {
    tj_doc *d = b->d;
    const unsigned char *s = d->s;
    size_t nx, st;
    while (s0 < s1) {
        uint32_t c = tj_decode(s, s1, s0, &nx);
        if (!tj_is_space(c) && !tj_is_newline(c)) break;
        s0 = (uint32_t)nx;
    }
    while (s1 > s0) {
        uint32_t c = tj_cp_before(s, s1, s1, &st);
        if (!tj_is_space(c) && !tj_is_newline(c)) break;
        s1 = (uint32_t)st;
    }
    if (s1 <= s0) return 0;
    tj_sentence *t = TJ_PUSH(d->sentences, d->nsentences, tj_priv_of(d)->sen_cap);
    if (!t) return -1;
    t->b0 = s0;
    t->b1 = s1;
    t->section = tj_section_at(d, s0);
    if (s0 >= b->para_from) {
        b->para = (int32_t)d->nsentences;
        b->para_from = UINT32_MAX;
    }
    t->para = b->para;
    return 0;
}

/* Does line L open with a paragraph's indent: an ideographic space, a tab
 * or two spaces? */
static int indented(const unsigned char *s, const tj_line *L) {
    if (L->c0 <= L->b0) return 0;
    size_t i = L->b0, nx;
    int spaces = 0;
    while (i < L->c0) {
        uint32_t ch = tj_decode(s, L->c0, i, &nx);
        if (ch == 0x3000 || ch == '\t') return 1;
        if (ch == ' ' && ++spaces >= 2) return 1;
        i = nx;
    }
    return 0;
}

/* A heading, or a title line, alone: no paragraph. */
static int emit_apart(builder *b, uint32_t s0, uint32_t s1) {
    b->para_from = UINT32_MAX;
    b->para = 0;
    return emit(b, s0, s1);
}

static uint32_t skip_blank(const unsigned char *s, uint32_t i, uint32_t e) {
    size_t nx;
    while (i < e && tj_is_space(tj_decode(s, e, i, &nx)))
        i = (uint32_t)nx;
    return i;
}

static int ends_in_colon(const unsigned char *s, const tj_line *L) {
    size_t st;
    uint32_t c = L->c1 > L->c0 ? tj_cp_before(s, L->c1, L->c1, &st) : 0;
    return c == 0xFF1A || c == ':';
}

static int close_open(builder *b) {
    if (!b->open) return 0;
    b->open = 0;
    return emit(b, b->s0, b->last_end);
}

/* Split [from, to) at terminators; leaves a sentence open at the end.  The
 * terminators are found among the marks, so the text between them is not
 * decoded. */
static int scan_text(builder *b, uint32_t from, uint32_t to) {
    const unsigned char *s = b->d->s;
    const tj_priv *pv = tj_priv_of(b->d);
    size_t i = from, nx;
    while (b->mi < pv->nmarks && pv->marks[b->mi].b < from)
        b->mi++;
    while (i < to) {
        if (!b->open) { /* a sentence opens at the first character that is not a space */
            while (i < to && tj_is_space(tj_decode(s, to, i, &nx)))
                i = nx;
            if (i >= to) break;
            b->open = 1;
            b->s0 = (uint32_t)i;
        }
        while (b->mi < pv->nmarks &&
               (pv->marks[b->mi].b < i || (pv->marks[b->mi].b < to && !(pv->marks[b->mi].cls & TJ_CC_TERMINATOR))))
            b->mi++;
        if (b->mi >= pv->nmarks || pv->marks[b->mi].b >= to) break;
        size_t e = pv->marks[b->mi].b + tj_mark_len(&pv->marks[b->mi]);
        for (;;) { /* more terminators (？！) and closing quotes belong to it */
            if (e >= to) break;
            size_t en;
            uint32_t c2 = tj_decode(s, to, e, &en);
            if (!tj_is_closer(c2) && !tj_is_terminator(c2)) break;
            e = en;
        }
        b->open = 0;
        if (emit(b, b->s0, (uint32_t)e)) return -1;
        i = e;
    }
    if (b->open) b->last_end = to;
    return 0;
}

int tj_build_sentences(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    builder b = {d, 0, 0, 0, 0, UINT32_MAX, 0};
    int joinable = 0; /* the open sentence may continue on the next line */
    int blank_before = 0;
    for (size_t li = 0; li < pv->nlines; li++) {
        const tj_line *L = &pv->lines[li];
        if (L->blank) {
            blank_before = 1;
            continue;
        }
        if (L->kind == TJ_LINE_NOISE) continue; /* furniture: no sentence, no break */
        /* after a blank line, a line indented as a paragraph (　　煤炭工业…) opens one */
        if (blank_before && indented(d->s, L)) joinable = 0;
        blank_before = 0;
        if (L->heading) {
            if (close_open(&b)) return -1;
            const tj_section *sc = &d->sections[L->heading - 1];
            /* a heading with body text run in after it (5. 7月以来有748只…。分行业来看…) opens a paragraph */
            int run_in = skip_blank(d->s, sc->h1, L->c1) < L->c1;
            if (run_in) {
                b.para_from = L->c0;
                if (emit(&b, L->c0, sc->h1)) return -1;
            } else if (emit_apart(&b, L->c0, sc->h1)) {
                return -1;
            }
            if (scan_text(&b, sc->h1, L->c1)) return -1;
            joinable = 0;
            if (b.open) joinable = 1; /* body text run in after the heading */
            continue;
        }
        if (L->kind == TJ_LINE_TITLE || L->kind == TJ_LINE_FRONT) { /* a sentence of its own, opening no paragraph */
            if (close_open(&b)) return -1;
            b.para_from = UINT32_MAX;
            b.para = 0;
            if (scan_text(&b, L->c0, L->c1) || close_open(&b)) return -1;
            joinable = 0;
            continue;
        }
        if (L->kind == TJ_LINE_TABLE) { /* a sentence of its own, a paragraph of its own */
            if (close_open(&b)) return -1;
            b.para_from = L->c0;
            if (scan_text(&b, L->c0, L->c1) || close_open(&b)) return -1;
            joinable = 0;
            continue;
        }
        if (b.open && !joinable && close_open(&b)) return -1;
        if (!b.open) b.para_from = L->c0; /* a line break that is no soft wrap: a new paragraph */
        if (scan_text(&b, L->c0, L->c1)) return -1;
        /* a line that ends in a colon (各位代表：, 其中：) introduces what follows: no soft wrap */
        joinable = b.open && !ends_in_colon(d->s, L);
    }
    return close_open(&b);
}
