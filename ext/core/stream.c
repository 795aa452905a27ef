/* stream.c — a long document a window at a time.
 *
 * A window is about TJ_WINDOW bytes of whole paragraphs: it ends after a
 * blank line if one comes within TJ_WINDOW_SLACK bytes, else after a line
 * that ends a sentence, else after any line, else after a sentence, else at
 * a character.  Each window is analysed by the same stages as a whole text
 * (tj_analyze_into), with what it needs of the windows before it carried in
 * a tj_carry: the sections it opens inside, the levels the heading styles
 * took, doc_info and the reference year of the first window, the topic of
 * the last rows.  A text of up to TJ_WINDOW + TJ_WINDOW_SLACK bytes is one
 * window, analysed exactly as tj_analyze does.
 *
 * The rows of a window use the window's own numbering while it is analysed;
 * finish_window turns them into the document's (ids and character offsets)
 * and fills the carry for the next window. */
#include "internal.h"

#define TJ_WINDOW ((size_t)256 << 10)
#define TJ_WINDOW_SLACK ((size_t)64 << 10)

struct tj_stream {
    const tj_env *env;
    const unsigned char *s;
    size_t n; /* bytes up to the first NUL */
    int year;
    unsigned layers;
    size_t next;  /* where the next window starts */
    int started;  /* a window has been analysed */
    int failed;   /* memory ran out */
    tj_doc *doc;  /* the current window */
    tj_carry carry;
    tj_arena *keep[2]; /* the carried strings: the current window's, and the next one's */
    int which;
    tj_doc *all; /* sections being gathered (tj_sections_all), or NULL */
};

/* Does the line break at s[i] end a sentence (。！？ before it)? */
static int ends_sentence_at(const unsigned char *s, size_t lo, size_t i) {
    while (i > lo && (s[i - 1] == ' ' || s[i - 1] == '\r' || s[i - 1] == '\t'))
        i--;
    if (i > lo && (s[i - 1] == '!' || s[i - 1] == '?')) return 1;
    if (i < lo + 3) return 0;
    const unsigned char *p = s + i - 3;
    return (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x82) || /* 。 */
           (p[0] == 0xEF && p[1] == 0xBC && (p[2] == 0x81 || p[2] == 0x9F)); /* ！ ？ */
}

/* Where the window that starts at w0 ends. */
static size_t window_end(const unsigned char *s, size_t n, size_t w0) {
    if (n - w0 <= TJ_WINDOW + TJ_WINDOW_SLACK) return n;
    size_t lo = w0 + TJ_WINDOW, hi = lo + TJ_WINDOW_SLACK;
    size_t any_line = 0, sentence_line = 0, sentence = 0;
    for (size_t i = lo; i < hi; i++) {
        if (s[i] == '\n') {
            size_t j = i + 1;
            while (j < hi && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
                j++;
            if (j < hi && s[j] == '\n') return j + 1; /* a blank line: a paragraph ends */
            if (!any_line) any_line = i + 1;
            if (!sentence_line && ends_sentence_at(s, lo, i)) sentence_line = i + 1;
        } else if (!sentence && i + 3 <= hi && s[i] == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x82) {
            sentence = i + 3; /* 。 */
        }
    }
    if (sentence_line) return sentence_line;
    if (any_line) return any_line;
    if (sentence) return sentence;
    /* a character's start, as SQLite counts characters: a byte that continues none */
    size_t i = hi;
    while (i > lo && (s[i] & 0xC0) == 0x80)
        i--;
    return i;
}

tj_stream *tj_stream_open(const tj_env *env, const char *text, size_t n, int year, unsigned layers) {
    tj_stream *st = tj_calloc(1, sizeof *st);
    if (!st) return NULL;
    st->env = env;
    st->s = (const unsigned char *)(text ? text : "");
    st->n = text ? tj_text_length(text, n) : 0;
    if (st->n > UINT32_MAX - 1) st->n = UINT32_MAX - 1;
    st->year = year;
    st->layers = layers;
    st->doc = tj_doc_new(env);
    st->keep[0] = tj_calloc(1, sizeof *st->keep[0]);
    st->keep[1] = tj_calloc(1, sizeof *st->keep[1]);
    if (!st->doc || !st->keep[0] || !st->keep[1]) {
        tj_stream_close(st);
        return NULL;
    }
    return st;
}

void tj_stream_close(tj_stream *st) {
    if (!st) return;
    tj_doc_free(st->doc);
    for (int k = 0; k < 2; k++)
        if (st->keep[k]) {
            tj_arena_free(st->keep[k]);
            tj_free(st->keep[k]);
        }
    tj_free(st);
}

int tj_stream_failed(const tj_stream *st) { return st->failed; }

/* A copy of x the stream keeps (in arena a); NULL stays NULL. */
static tj_str keep_str(tj_arena *a, tj_str x) {
    if (!x.p) return x;
    char *p = tj_arena_strndup(a, x.p, x.n);
    return p ? (tj_str){p, x.n} : (tj_str){NULL, 0};
}

/* The document's id of the window's section id L, m of whose first ones
 * were carried in. */
static int32_t doc_section(const tj_carry *cy, int m, int32_t L) {
    if (L <= 0) return 0;
    if (L <= m) return cy->open[L - 1].id;
    return (int32_t)(cy->sections + (L - m));
}

/* The window's rows in the document's numbering. */
static void renumber(tj_doc *d, const tj_carry *cy, int m) {
    int32_t sen_base = (int32_t)cy->sentences;
    for (size_t k = 0; k < d->nsentences; k++) {
        tj_sentence *t = &d->sentences[k];
        t->section = doc_section(cy, m, t->section);
        if (t->para) t->para += sen_base;
    }
    for (size_t k = 0; k < d->nindicators; k++) {
        tj_indicator *r = &d->indicators[k];
        r->section = doc_section(cy, m, r->section);
        if (r->sentence) r->sentence += sen_base;
    }
}

/* Does a section of the window (id L) have a subsection in it? */
static int has_subsection(const tj_doc *d, int32_t L) {
    for (size_t k = (size_t)L; k < d->nsections; k++)
        if (d->sections[k].parent == L) return 1;
    return 0;
}

/* Gathering sections: the window's new sections become records of the
 * document's; those carried in get the ends this window gives them. */
static int gather_sections(tj_stream *st, const tj_doc *d, int m, size_t w0) {
    tj_doc *all = st->all;
    tj_priv *apv = tj_priv_of(all);
    const tj_carry *cy = &st->carry;
    for (size_t k = 0; k < d->nsections; k++) {
        const tj_section *sc = &d->sections[k];
        int32_t L = (int32_t)k + 1;
        if (L <= m) { /* open before this window: its end (so far) is here */
            tj_section *r = &all->sections[cy->open[k].rec];
            r->b1 = (uint32_t)(w0 + sc->b1);
            if (!cy->open[k].has_sub) r->body1 = (uint32_t)(w0 + sc->body1);
            continue;
        }
        tj_section *r = TJ_PUSH(all->sections, all->nsections, apv->sec_cap);
        if (!r) return -1;
        *r = *sc;
        r->b0 = (uint32_t)(w0 + sc->b0);
        r->b1 = (uint32_t)(w0 + sc->b1);
        r->h0 = (uint32_t)(w0 + sc->h0);
        r->h1 = (uint32_t)(w0 + sc->h1);
        r->body0 = (uint32_t)(w0 + sc->body0);
        r->body1 = (uint32_t)(w0 + sc->body1);
        r->parent = doc_section(cy, m, sc->parent);
        r->label = keep_str(all->arena, sc->label);
        r->title = keep_str(all->arena, sc->title);
        if ((sc->label.p && !r->label.p) || (sc->title.p && !r->title.p)) return -1;
    }
    return 0;
}

/* The carry for the next window: the sections open at this one's end (the
 * last section and its ancestors), the counts, doc_info. */
static int carry_on(tj_stream *st, const tj_doc *d, int m) {
    tj_carry *cy = &st->carry;
    const tj_priv *pv = tj_priv_of(d);
    tj_arena *a = st->keep[st->which ^ 1];
    tj_arena_reset(a);
    tj_carry_section open[TJ_CARRY_DEPTH] = {0};
    int nopen = 0;
    int32_t chain[TJ_CARRY_DEPTH];
    for (int32_t L = (int32_t)d->nsections; L > 0 && nopen < TJ_CARRY_DEPTH; L = d->sections[L - 1].parent)
        chain[nopen++] = L;
    size_t new_rec = st->all ? st->all->nsections - (d->nsections - (size_t)m) : 0;
    for (int k = 0; k < nopen; k++) {
        int32_t L = chain[nopen - 1 - k]; /* outermost first */
        const tj_section *sc = &d->sections[L - 1];
        tj_carry_section *o = &open[k];
        memset(o, 0, sizeof *o);
        o->id = doc_section(cy, m, L);
        o->level = sc->level;
        o->style = sc->style;
        o->label = keep_str(a, sc->label);
        o->title = keep_str(a, sc->title);
        if ((sc->label.p && !o->label.p) || (sc->title.p && !o->title.p)) return -1;
        if (pv->sec_time && (st->layers & TJ_LAYER_PERIODS)) o->time = pv->sec_time[L - 1];
        o->has_sub = (L <= m && cy->open[L - 1].has_sub) || has_subsection(d, L);
        o->rec = L <= m ? cy->open[L - 1].rec : new_rec + (size_t)(L - m - 1);
    }
    memcpy(cy->open, open, (size_t)nopen * sizeof *open);
    cy->nopen = nopen;
    if (cy->first) {
        cy->info = d->info;
        cy->info.title = keep_str(a, d->info.title);
        if (d->info.title.p && !cy->info.title.p) return -1;
        cy->ref_year = d->ref_year;
        cy->ref_known = 1;
    } else {
        tj_str title = cy->info.title;
        cy->info.title = keep_str(a, title); /* into the arena that stays */
        if (title.p && !cy->info.title.p) return -1;
    }
    st->which ^= 1;
    cy->chars += tj_charmap_count(&d->cmap, d->n);
    cy->sections += (int64_t)d->nsections - m;
    cy->sentences += (int64_t)d->nsentences;
    cy->quantities += (int64_t)d->nquantities;
    cy->periods += (int64_t)d->nperiods;
    cy->indicators += (int64_t)d->nindicators;
    return 0;
}

const tj_doc *tj_stream_next(tj_stream *st) {
    if (st->failed || (st->started && st->next >= st->n)) return NULL;
    size_t w0 = st->next, w1 = window_end(st->s, st->n, w0);
    tj_carry *cy = &st->carry;
    cy->first = w0 == 0;
    int m = cy->first ? 0 : cy->nopen; /* sections carried in: the window's first ones */
    if (tj_analyze_into(st->doc, (const char *)st->s + w0, w1 - w0, st->year, st->layers, cy) ||
        (st->all && gather_sections(st, st->doc, m, w0))) {
        st->failed = 1;
        return NULL;
    }
    renumber(st->doc, cy, m);
    if (w1 < st->n && carry_on(st, st->doc, m)) { /* (nothing to carry past the last window) */
        st->failed = 1;
        return NULL;
    }
    st->next = w1;
    st->started = 1;
    return st->doc;
}

tj_doc *tj_sections_all(const tj_env *env, const char *text, size_t n) {
    tj_stream *st = tj_stream_open(env, text, n, 0, TJ_LAYER_SECTIONS);
    if (!st) return NULL;
    tj_doc *all = tj_doc_new(env);
    if (!all) {
        tj_stream_close(st);
        return NULL;
    }
    tj_analyze_into(all, "", 0, 0, 0, NULL); /* empty: a document of the sections gathered */
    all->s = st->s;
    all->n = st->n;
    st->all = all;
    int failed = tj_charmap_rebuild(&all->cmap, all->s, all->n) != 0;
    while (!failed && tj_stream_next(st)) {
    }
    failed |= st->failed; /* (the ends the last window gave are the document's) */
    tj_stream_close(st);
    if (failed) {
        tj_doc_free(all);
        return NULL;
    }
    return all;
}
