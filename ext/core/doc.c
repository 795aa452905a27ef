/* doc.c — the environment, the analysis pipeline and the line table. */
#include <stdio.h>

#include "internal.h"

tj_env *tj_env_new(const char **err) {
    tj_env *env = calloc(1, sizeof *env);
    if (!env) {
        *err = "out of memory";
        return NULL;
    }
    if (tj_patterns_compile(env, err)) {
        tj_env_free(env);
        return NULL;
    }
    if (tj_lexicon_init(&env->lex)) {
        *err = "out of memory";
        tj_env_free(env);
        return NULL;
    }
    return env;
}

void tj_env_free(tj_env *env) {
    if (!env) return;
    tj_patterns_free(env);
    tj_lexicon_free(&env->lex);
    free(env);
}

int tj_env_jit(const tj_env *env) { return env->jit; }

/* Lines: split at \n and \f (pdftotext's page break); content trimmed of
 * spaces, ideographic spaces, BOM and zero-width spaces. */
int tj_build_lines(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    const unsigned char *s = d->s;
    size_t n = d->n, i = 0;
    while (i <= n) {
        size_t b0 = i, e = i, nx;
        while (e < n && s[e] != '\n' && s[e] != '\f')
            e++;
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

tj_doc *tj_analyze(const tj_env *env, const char *text, size_t n, int year, unsigned layers) {
    tj_doc *d = calloc(1, sizeof *d);
    tj_priv *pv = calloc(1, sizeof *pv);
    tj_arena *arena = calloc(1, sizeof *arena);
    if (!d || !pv || !arena) {
        free(d);
        free(pv);
        free(arena);
        return NULL;
    }
    d->priv = pv;
    d->arena = arena;
    pv->env = env;
    d->s = (const unsigned char *)(text ? text : "");
    d->n = text ? tj_text_length(text, n) : 0;
    if (d->n > UINT32_MAX - 1) d->n = UINT32_MAX - 1; /* offsets are 32-bit; SQLite caps text far lower */
    d->year = year;
    /* dependencies between layers */
    if (layers & TJ_LAYER_INDICATORS) layers |= TJ_LAYER_QUANTITIES | TJ_LAYER_PERIODS | TJ_LAYER_SENTENCES;
    if (layers & TJ_LAYER_QUANTITIES) layers |= TJ_LAYER_PERIODS; /* times are not quantities */
    if (layers & TJ_LAYER_PERIODS) layers |= TJ_LAYER_SECTIONS;
    if (layers & TJ_LAYER_SENTENCES) layers |= TJ_LAYER_SECTIONS;
    d->layers = layers;

    pv->md = pcre2_match_data_create(8, NULL);
    if (!pv->md || tj_charmap_build(&d->cmap, d->s, d->n) || tj_build_lines(d)) goto oom;
    if ((layers & TJ_LAYER_SECTIONS) && tj_build_sections(d)) goto oom;
    if ((layers & TJ_LAYER_SENTENCES) && tj_build_sentences(d)) goto oom;
    if ((layers & TJ_LAYER_PERIODS) && tj_build_periods(d)) goto oom;
    if ((layers & TJ_LAYER_QUANTITIES) && tj_build_quantities(d)) goto oom;
    if ((layers & TJ_LAYER_INDICATORS) && tj_build_indicators(d)) goto oom;
    if (pv->pcre_error) {
        PCRE2_UCHAR msg[64];
        pcre2_get_error_message(pv->pcre_error, msg, sizeof msg);
        snprintf(d->error, sizeof d->error, "PCRE2 matching failed: %s", (const char *)msg);
    }
    return d;
oom:
    tj_doc_free(d);
    return NULL;
}

void tj_doc_free(tj_doc *d) {
    if (!d) return;
    tj_priv *pv = tj_priv_of(d);
    if (pv) {
        pcre2_match_data_free(pv->md);
        free(pv->lines);
        free(pv);
    }
    tj_charmap_free(&d->cmap);
    if (d->arena) {
        tj_arena_free(d->arena);
        free(d->arena);
    }
    free(d->sections);
    free(d->sentences);
    free(d->quantities);
    free(d->periods);
    free(d->indicators);
    free(d);
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

const char *tj_quantity_kind_name(int k) { return k > 0 && k <= TJ_Q_NUMBER ? QKIND[k] : NULL; }
const char *tj_qualifier_name(int q) { return q > 0 && q <= TJ_QUAL_RANGE ? QUAL[q] : NULL; }
const char *tj_period_kind_name(int k) { return k > 0 && k <= TJ_P_YEARS ? PKIND[k] : NULL; }
const char *tj_indicator_kind_name(int k) { return k > 0 && k <= TJ_K_RANK ? IKIND[k] : NULL; }
const char *tj_status_name(int s) { return s > 0 && s <= TJ_S_FORECAST ? STATUS[s] : NULL; }

const char *tj_date_format(int32_t v, char *buf) {
    if (!v) return NULL;
    unsigned y = (unsigned)(v / 10000) % 10000u, m = (unsigned)(v / 100) % 100u, dd = (unsigned)v % 100u;
    snprintf(buf, 11, "%04u-%02u-%02u", y, m % 100u, dd % 100u);
    return buf;
}
