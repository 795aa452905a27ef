/* doc.c — the environment, the analysis pipeline and the line table. */
#include <stdio.h>

#include "internal.h"

static void mark_first_chars(tj_env *env, const tj_wordset *ws, unsigned flag) {
    for (size_t k = 0; k < ws->nwords; k++) {
        size_t nx;
        const unsigned char *w = (const unsigned char *)ws->words[k].w;
        uint32_t cp = tj_decode(w, strlen(ws->words[k].w), 0, &nx);
        if (cp < 0x10000) env->cls[cp] |= (uint16_t)flag;
    }
}

/* The bit of the first two characters of every word of ws (a word of one
 * character, 港, is found by the wordset's own filter of such words). */
static void mark_place_pairs(tj_env *env, const tj_wordset *ws) {
    for (size_t k = 0; k < ws->nwords; k++) {
        const unsigned char *w = (const unsigned char *)ws->words[k].w;
        size_t n = strlen(ws->words[k].w), nx, nx2;
        uint32_t a = tj_decode(w, n, 0, &nx);
        if (nx >= n) continue;
        uint32_t h = tj_pair_hash(a, tj_decode(w, n, nx, &nx2));
        env->place_pairs[h >> 6] |= 1ULL << (h & 63);
    }
}

/* The class table.  Every character the predicates accept lies in these
 * blocks (ASCII, punctuation and circled numbers, CJK, full-width forms); a
 * unit test checks the whole BMP against the predicates. */
static void tj_classes_init(tj_env *env) {
    static const uint32_t BLOCKS[][2] = {{0x0000, 0x007F}, {0x2000, 0x33FF}, {0x4E00, 0x9FFF}, {0xFF00, 0xFFEF}};
    for (size_t b = 0; b < sizeof BLOCKS / sizeof BLOCKS[0]; b++)
        for (uint32_t cp = BLOCKS[b][0]; cp <= BLOCKS[b][1]; cp++)
            env->cls[cp] =
                (uint16_t)((tj_digit_value(cp) >= 0 ? TJ_CC_ARABIC : 0) |
                           (tj_cjk_digit_value(cp) >= 0 ? TJ_CC_CJK_DIGIT : 0) |
                           (tj_cjk_unit_power(cp) ? TJ_CC_CJK_UNIT : 0) | (tj_period_may_start(cp) ? TJ_CC_PERIOD : 0) |
                           (tj_quantity_may_start(cp) ? TJ_CC_QUANTITY : 0) |
                           (tj_is_terminator(cp) ? TJ_CC_TERMINATOR : 0));
    static const uint32_t CLAUSE[] = {0xFF0C, ',', 0xFF1B, ';', 0xFF1A, ':'};
    for (size_t k = 0; k < sizeof CLAUSE / sizeof CLAUSE[0]; k++)
        env->cls[CLAUSE[k]] |= TJ_CC_CLAUSE;
    env->cls[0xFF1B] |= TJ_CC_SEMICOLON;
    env->cls[';'] |= TJ_CC_SEMICOLON;
    env->cls[0xFF08] |= TJ_CC_BRACKET;
    env->cls['('] |= TJ_CC_BRACKET;
    env->cls[0xFF09] |= TJ_CC_BRACKET;
    env->cls[')'] |= TJ_CC_BRACKET;
    env->cls['\n'] |= TJ_CC_NEWLINE;
    env->cls[0x300A] |= TJ_CC_BOOK;
    env->cls[0x300B] |= TJ_CC_BOOK;
    env->cls[0x201C] |= TJ_CC_QUOTE;
    env->cls[0x2014] |= TJ_CC_DASH;
    mark_first_chars(env, &env->lex.period_words, TJ_CC_PERIOD);
    mark_first_chars(env, &env->lex.period_prefix, TJ_CC_PERIOD);
    mark_first_chars(env, &env->lex.span_words, TJ_CC_PERIOD);
    mark_first_chars(env, &env->lex.status_cues, TJ_CC_CUE);
    mark_first_chars(env, &env->lex.rank_words, TJ_CC_CUE);
    mark_first_chars(env, &env->regions.ws, TJ_CC_PLACE);
    mark_first_chars(env, &env->lex.not_divisions, TJ_CC_PLACE);
    mark_first_chars(env, &env->lex.scope_words, TJ_CC_PLACE);
    mark_place_pairs(env, &env->regions.ws);
    mark_place_pairs(env, &env->lex.not_divisions);
    mark_place_pairs(env, &env->lex.scope_words);
}

const char tj_err_nomem[] = "out of memory";

tj_env *tj_env_new(const char **err) {
    tj_env *env = tj_calloc(1, sizeof *env);
    if (!env) {
        *err = tj_err_nomem;
        return NULL;
    }
    if (tj_patterns_compile(env, err)) {
        tj_env_free(env);
        return NULL;
    }
    size_t nwords;
    const tj_word *country = tj_lexicon_region_words(&nwords);
    if (tj_lexicon_init(&env->lex) || tj_region_names_init(&env->regions, country, nwords) ||
        tj_concept_names_init(&env->concepts) || !(env->cls = tj_calloc(0x10000, sizeof *env->cls)) ||
        !(env->pool = tj_calloc(1, sizeof *env->pool))) {
        *err = tj_err_nomem;
        tj_env_free(env);
        return NULL;
    }
    tj_classes_init(env);
    return env;
}

static void doc_destroy(tj_doc *d);

void tj_env_free(tj_env *env) {
    if (!env) return;
    tj_patterns_free(env);
    tj_lexicon_free(&env->lex);
    tj_region_names_free(&env->regions);
    tj_concept_names_free(&env->concepts);
    tj_free(env->cls);
    if (env->pool && env->pool->spare) doc_destroy(env->pool->spare);
    tj_free(env->pool);
    tj_free(env);
}

int tj_env_jit(const tj_env *env) { return env->jit; }

/* Lines: split at \n and \f (pdftotext's page break); content trimmed of
 * spaces, ideographic spaces, BOM and zero-width spaces. */
int tj_build_lines(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    const unsigned char *s = d->s;
    size_t n = d->n, i = 0;
    int has_ff = n && memchr(s, '\f', n) != NULL;
    while (i <= n) {
        size_t b0 = i, e = n, nx;
        const unsigned char *nl = memchr(s + i, '\n', n - i), *ff;
        if (nl) e = (size_t)(nl - s);
        if (has_ff && (ff = memchr(s + i, '\f', e - i)) != NULL) e = (size_t)(ff - s); /* pdftotext's page break */
        tj_line *L = TJ_PUSH(pv->lines, pv->nlines, pv->lines_cap);
        if (!L) return -1;
        memset(L, 0, sizeof *L);
        L->b0 = (uint32_t)b0;
        L->b1 = (uint32_t)e;
        size_t c0 = b0, c1 = e;
        while (c0 < c1 && tj_is_space(tj_decode(s, c1, c0, &nx)))
            c0 = nx;
        while (c1 > c0) {
            size_t p = tj_prev(s, c1);
            if (!tj_is_space(tj_decode(s, c1, p, &nx))) break;
            c1 = p;
        }
        L->c0 = (uint32_t)c0;
        L->c1 = (uint32_t)c1;
        L->blank = c0 == c1;
        L->nchars = (uint32_t)tj_doc_charlen(d, (uint32_t)c0, (uint32_t)c1);
        if (e >= n) break;
        i = e + 1;
    }
    return 0;
}

/* The marks being written, in locals the compiler can keep in registers
 * (through pv it must reload them after every store). */
typedef struct mark_buf {
    tj_mark *m;
    size_t n, cap;
} mark_buf;

static int add_mark_slow(mark_buf *mb, size_t i, uint32_t cp, unsigned c) {
    if (tj_grow((void **)&mb->m, &mb->cap, mb->n, sizeof *mb->m)) return -1;
    mb->m[mb->n++] = (tj_mark){(uint32_t)i, (uint16_t)cp, (uint16_t)c};
    return 0;
}

static inline int add_mark(mark_buf *mb, size_t i, uint32_t cp, unsigned c) {
    if (mb->n == mb->cap) return add_mark_slow(mb, i, cp, c);
    mb->m[mb->n++] = (tj_mark){(uint32_t)i, (uint16_t)cp, (uint16_t)c};
    return 0;
}

/* The one decoding pass: every character with a class in mask becomes a
 * mark.  Runs of well-formed 3-byte sequences (Chinese text) are decoded four
 * bytes at a time, ASCII without a class is stepped over, and the rest goes
 * through tj_decode. */
int tj_build_marks(tj_doc *d, unsigned mask) {
    tj_priv *pv = tj_priv_of(d);
    const uint16_t *cls = pv->env->cls;
    const unsigned char *s = d->s;
    size_t n = d->n, i = 0, nx;
    mark_buf mb = {pv->marks, pv->nmarks, pv->marks_cap};
    int rc = -1;
    while (i < n) {
        /* lead 1110xxxx, two continuation bytes, and a fourth byte that
         * continues nothing */
        while (i + 4 <= n) {
            uint32_t w;
            memcpy(&w, s + i, 4);
            w = tj_le32(w);
            /* E1–EC and EE–EF lead only valid sequences; E0 (overlong) and
             * ED (surrogates) go the long way */
            if ((w & 0xC0C0F0u) != 0x8080E0u || ((w >> 24) & 0xC0u) == 0x80u || (w & 0xFFu) == 0xE0u ||
                (w & 0xFFu) == 0xEDu)
                break;
            uint32_t cp = ((w & 0x0Fu) << 12) | ((w & 0x3F00u) >> 2) | ((w >> 16) & 0x3Fu);
            unsigned c = cls[cp] & mask;
            if (c && add_mark(&mb, i, cp, c)) goto out;
            i += 3;
        }
        if (i >= n) break;
        /* most ASCII (letters, spaces) has no class; and of a run of ASCII
         * digits only the first is marked: no scanner starts inside one */
        if (s[i] < 0x80 &&
            (!(cls[s[i]] & mask) || (i > 0 && (unsigned)(s[i] - '0') < 10u && (unsigned)(s[i - 1] - '0') < 10u))) {
            i++;
            continue;
        }
        uint32_t cp = tj_decode(s, n, i, &nx);
        unsigned c = cp < 0x10000 ? cls[cp] & mask : 0;
        if (c && add_mark(&mb, i, cp, c)) goto out;
        i = nx;
    }
    rc = 0;
out:
    pv->marks = mb.m;
    pv->nmarks = mb.n;
    pv->marks_cap = mb.cap;
    return rc;
}

static void doc_clear(tj_doc *d);

/* A document: the connection's spare one, emptied, or a new one. */
static tj_doc *doc_new(const tj_env *env) {
    tj_doc *d = env->pool->spare;
    if (d) {
        env->pool->spare = NULL;
        doc_clear(d);
        return d;
    }
    d = tj_calloc(1, sizeof *d);
    tj_priv *pv = tj_calloc(1, sizeof *pv);
    tj_arena *arena = tj_calloc(1, sizeof *arena);
    if (pv) pv->md = pcre2_match_data_create(8, env->gctx);
    if (!d || !pv || !arena || !pv->md) {
        if (pv) pcre2_match_data_free(pv->md);
        tj_free(d);
        tj_free(pv);
        tj_free(arena);
        return NULL;
    }
    d->priv = pv;
    d->arena = arena;
    pv->env = env;
    return d;
}

/* Widen [*a, *b) to whole characters.  The scanners step by characters, but
 * a word or pattern matched by its bytes can end where SQLite's character
 * goes on: in invalid UTF-8, a character takes every continuation byte after
 * its lead, so the bytes of 内 followed by a stray 0x8C are one character.
 * Offsets and text must agree with substr(), so each span is snapped to the
 * characters around it. */
static void snap(const tj_doc *d, uint32_t *a, uint32_t *b) {
    while (*a > 0 && !tj_charmap_starts(&d->cmap, *a))
        (*a)--;
    while (*b < d->n && !tj_charmap_starts(&d->cmap, *b))
        (*b)++;
}

static void snap_sections(tj_doc *d) {
    for (size_t k = 0; k < d->nsections; k++) {
        tj_section *s = &d->sections[k];
        snap(d, &s->b0, &s->b1);
        snap(d, &s->h0, &s->h1);
        snap(d, &s->body0, &s->body1);
    }
}

static void snap_rows(tj_doc *d, unsigned layer) {
    if (layer == TJ_LAYER_SENTENCES)
        for (size_t k = 0; k < d->nsentences; k++)
            snap(d, &d->sentences[k].b0, &d->sentences[k].b1);
    if (layer == TJ_LAYER_PERIODS)
        for (size_t k = 0; k < d->nperiods; k++)
            snap(d, &d->periods[k].b0, &d->periods[k].b1);
    if (layer == TJ_LAYER_QUANTITIES)
        for (size_t k = 0; k < d->nquantities; k++) {
            tj_quantity *q = &d->quantities[k];
            snap(d, &q->b0, &q->b1);
            snap(d, &q->num0, &q->num1);
            if (q->unit1 > q->unit0) snap(d, &q->unit0, &q->unit1);
        }
    if (layer == TJ_LAYER_INDICATORS)
        for (size_t k = 0; k < d->nindicators; k++)
            snap(d, &d->indicators[k].b0, &d->indicators[k].b1);
}

/* Empty a document for its next analysis, keeping its arrays. */
static void doc_clear(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    d->nsections = d->nsentences = d->nquantities = d->nperiods = d->nindicators = 0;
    d->error[0] = 0;
    memset(&d->base, 0, sizeof d->base);
    pv->nlines = pv->nmarks = 0;
    pv->pcre_error = 0;
    pv->oom = 0;
    pv->carry = NULL;
    tj_arena_reset(d->arena);
}

tj_doc *tj_analyze(const tj_env *env, const char *text, size_t n, int year, unsigned layers) {
    tj_doc *d = doc_new(env);
    if (!d) return NULL;
    if (tj_analyze_into(d, text, n, year, layers, NULL)) {
        tj_doc_free(d);
        return NULL;
    }
    return d;
}

tj_doc *tj_doc_new(const tj_env *env) { return doc_new(env); }

/* Analyse text[0..n) into d (emptied first); carry: what a window of a long
 * document takes from the windows before it, NULL for a whole text.  0, or
 * -1 when memory ran out (d is then empty). */
int tj_analyze_into(tj_doc *d, const char *text, size_t n, int year, unsigned layers, tj_carry *carry) {
    tj_priv *pv = tj_priv_of(d);
    doc_clear(d);
    pv->carry = carry;
    int later = carry && !carry->first; /* a window after the first: the opening is behind */
    if (carry) {
        d->base.chars = carry->chars;
        d->base.sections = carry->sections;
        d->base.sentences = carry->sentences;
        d->base.quantities = carry->quantities;
        d->base.periods = carry->periods;
        d->base.indicators = carry->indicators;
    }
    d->s = (const unsigned char *)(text ? text : "");
    d->n = text ? tj_text_length(text, n) : 0;
    if (d->n > UINT32_MAX - 1) d->n = UINT32_MAX - 1; /* offsets are 32-bit; SQLite caps text far lower */
    d->year = year;
    /* dependencies between layers */
    if (layers & TJ_LAYER_INDICATORS) layers |= TJ_LAYER_QUANTITIES | TJ_LAYER_PERIODS | TJ_LAYER_SENTENCES;
    if (layers & TJ_LAYER_QUANTITIES) layers |= TJ_LAYER_PERIODS; /* times are not quantities */
    if (layers & TJ_LAYER_PERIODS) layers |= TJ_LAYER_SECTIONS;
    if (layers & TJ_LAYER_SENTENCES) layers |= TJ_LAYER_SECTIONS;
    if (layers & TJ_LAYER_INDICATORS) layers |= TJ_LAYER_DOCINFO; /* the kind of document, its region */
    /* the periods of a text without a year argument take doc_info's year; its
     * region (a scan of the text) is read only when something asks for it */
    int need_region = (layers & TJ_LAYER_DOCINFO) != 0;
    if ((layers & TJ_LAYER_PERIODS) && !year) layers |= TJ_LAYER_DOCINFO;
    if (layers & TJ_LAYER_DOCINFO) layers |= TJ_LAYER_SECTIONS;
    d->layers = layers;

    if (tj_charmap_rebuild(&d->cmap, d->s, d->n) || tj_build_lines(d)) goto oom;
    /* mark only what the layers asked for will look at */
    unsigned mask = 0;
    if (layers & TJ_LAYER_SENTENCES) mask |= TJ_CC_TERMINATOR;
    if (layers & TJ_LAYER_PERIODS) mask |= TJ_CC_PERIOD | TJ_CC_NUMERAL | TJ_CC_BOOK | TJ_CC_NEWLINE;
    if (layers & TJ_LAYER_QUANTITIES) mask |= TJ_CC_QUANTITY | TJ_CC_NUMERAL | TJ_CC_QUOTE | TJ_CC_BOOK;
    if (layers & TJ_LAYER_INDICATORS)
        mask |= TJ_CC_CUE | TJ_CC_SEMICOLON | TJ_CC_CLAUSE | TJ_CC_TERMINATOR | TJ_CC_BRACKET | TJ_CC_NEWLINE |
                TJ_CC_DASH;
    if (mask && tj_build_marks(d, mask)) goto oom;
    if (layers & TJ_LAYER_SECTIONS) {
        if (tj_build_sections(d)) goto oom;
        snap_sections(d);
        if (!later) tj_mark_front_lines(d);
    }
    memset(&d->info, 0, sizeof d->info);
    if (later)
        d->info = carry->info; /* doc_info reads the opening, which the first window had */
    else if ((layers & TJ_LAYER_DOCINFO) && tj_build_docinfo(d, need_region))
        goto oom;
    d->ref_year = year ? year : d->info.year;
    if (later && carry->ref_known) d->ref_year = carry->ref_year;
    static const unsigned ORDER[] = {TJ_LAYER_SENTENCES, TJ_LAYER_PERIODS, TJ_LAYER_QUANTITIES, TJ_LAYER_INDICATORS};
    static int (*const BUILD[])(tj_doc *) = {tj_build_sentences, tj_build_periods, tj_build_quantities,
                                             tj_build_indicators};
    for (size_t k = 0; k < sizeof ORDER / sizeof ORDER[0]; k++) {
        if (!(layers & ORDER[k])) continue;
        if (BUILD[k](d)) goto oom;
        snap_rows(d, ORDER[k]);
    }
    if (d->arena->failed || pv->oom) goto oom; /* a string could not be built: no row may be different */
    if (pv->pcre_error) {
        PCRE2_UCHAR msg[64];
        pcre2_get_error_message(pv->pcre_error, msg, sizeof msg);
        (void)snprintf(d->error, sizeof d->error, "PCRE2 matching failed: %s", (const char *)msg);
    }
    return 0;
oom:
    doc_clear(d);
    d->n = 0;
    return -1;
}

static void doc_destroy(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    if (pv) {
        pcre2_match_data_free(pv->md);
        tj_free(pv->lines);
        tj_free(pv->marks);
        tj_free(pv->sec_time);
        tj_free(pv);
    }
    tj_charmap_free(&d->cmap);
    if (d->arena) {
        tj_arena_free(d->arena);
        tj_free(d->arena);
    }
    tj_free(d->sections);
    tj_free(d->sentences);
    tj_free(d->quantities);
    tj_free(d->periods);
    tj_free(d->indicators);
    tj_free(d);
}

/* A finished analysis whose arrays hold up to this many bytes is kept for
 * the next one on its connection; a larger one's memory goes back at once
 * rather than stay with an idle connection. */
#define TJ_POOL_MAX_BYTES ((size_t)16 << 20)

/* The bytes a document's arrays hold (their capacity). */
static size_t doc_bytes(const tj_doc *d) {
    const tj_priv *pv = tj_priv_of(d);
    return pv->lines_cap * sizeof *pv->lines + pv->marks_cap * sizeof *pv->marks +
           pv->sec_cap * sizeof *d->sections + pv->sen_cap * sizeof *d->sentences +
           pv->q_cap * sizeof *d->quantities + pv->p_cap * sizeof *d->periods +
           pv->i_cap * sizeof *d->indicators + pv->sec_time_cap * sizeof *pv->sec_time +
           d->cmap.cap * (sizeof *d->cmap.bits + sizeof *d->cmap.before);
}

void tj_doc_free(tj_doc *d) {
    if (!d) return;
    struct tj_pool *pool = tj_priv_of(d)->env->pool;
    if (!pool->spare && doc_bytes(d) <= TJ_POOL_MAX_BYTES) {
        tj_arena_reset(d->arena); /* its newest block stays, the rest goes */
        pool->spare = d;
        return;
    }
    doc_destroy(d);
}

const tj_line *tj_line_at(const tj_doc *d, uint32_t b) {
    const tj_priv *pv = tj_priv_of(d);
    size_t lo = 0, hi = pv->nlines;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (pv->lines[mid].b0 <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &pv->lines[lo - 1] : NULL;
}

int32_t tj_section_at(const tj_doc *d, uint32_t b) {
    /* innermost = the last section (in document order) whose span holds b;
     * sections are sorted by start, so binary-search the last start <= b and
     * walk up the parents */
    size_t lo = 0, hi = d->nsections;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sections[mid].h0 <= b)
            lo = mid + 1;
        else
            hi = mid;
    }
    int32_t id = (int32_t)lo; /* id of the last section starting at or before b */
    while (id > 0) {
        const tj_section *sc = &d->sections[id - 1];
        if (b >= sc->h0 && b < sc->b1) return id;
        id = sc->parent;
    }
    return 0;
}

static const char *const QKIND[] = {NULL, "money", "percent", "points", "count", "measure", "ordinal", "number"};
static const char *const QUAL[] = {NULL, "approx", "over", "under", "range"};
static const char *const PKIND[] = {NULL, "year", "half", "quarter", "month", "months", "to_date", "day", "years"};
static const char *const IKIND[] = {NULL, "amount", "change", "share", "rank"};
static const char *const STATUS[] = {NULL, "actual", "target", "forecast"};
static const char *const DOCKIND[] = {NULL, "report", "bulletin", "news", "other"};
static const char *const PSOURCE[] = {NULL, "text", "paragraph", "heading", "document"};
static const char *const RLEVEL[] = {"country", "province", "prefecture", "county"};

const char *tj_quantity_kind_name(int k) { return k > 0 && k <= TJ_Q_NUMBER ? QKIND[k] : NULL; }
const char *tj_qualifier_name(int q) { return q > 0 && q <= TJ_QUAL_RANGE ? QUAL[q] : NULL; }
const char *tj_period_kind_name(int k) { return k > 0 && k <= TJ_P_YEARS ? PKIND[k] : NULL; }
const char *tj_indicator_kind_name(int k) { return k > 0 && k <= TJ_K_RANK ? IKIND[k] : NULL; }
const char *tj_status_name(int s) { return s > 0 && s <= TJ_S_FORECAST ? STATUS[s] : NULL; }
const char *tj_doc_kind_name(int k) { return k > 0 && k <= TJ_DOC_OTHER ? DOCKIND[k] : NULL; }
const char *tj_period_source_name(int s) { return s > 0 && s <= TJ_PS_DOCUMENT ? PSOURCE[s] : NULL; }

const char *tj_concept_code(int concept) {
    return concept > 0 && (size_t)concept <= TJ_NCONCEPTS ? TJ_CONCEPTS[concept - 1].code : NULL;
}

const char *tj_region_name(int32_t code) {
    const tj_region *r = code ? tj_region_by_code(code) : NULL;
    return r ? r->name : NULL;
}

const char *tj_region_level_name(int32_t code) {
    const tj_region *r = code ? tj_region_by_code(code) : NULL;
    return r && r->level <= TJ_RL_COUNTY ? RLEVEL[r->level] : NULL;
}

const char *tj_date_format(int32_t v, char *buf) {
    if (!v) return NULL;
    unsigned y = (unsigned)(v / 10000) % 10000u, m = (unsigned)(v / 100) % 100u, dd = (unsigned)v % 100u;
    /* YYYY-MM-DD by hand: this runs for every row's two dates */
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + dd / 10);
    buf[9] = (char)('0' + dd % 10);
    buf[10] = 0;
    return buf;
}
