/* fuzz_core.c — libFuzzer target for one layer of the core (TJ_FUZZ_LAYER:
 * 0 = cn_number's parser, else a TJ_LAYER_* bit).  The input is a document;
 * its first byte, when the input is long enough, picks the year argument.
 * Besides "no crash, no out-of-bounds read, no undefined behaviour" (the
 * sanitizers), every row must satisfy the invariants the SQL glue relies
 * on: spans inside the text, on character boundaries, rows in order,
 * parents and sections that exist.  A broken invariant aborts. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numerals.h"
#include "tongji_core.h"

#ifndef TJ_FUZZ_LAYER
#error "define TJ_FUZZ_LAYER"
#endif

static const tj_env *env;

#define REQUIRE(cond)                                                                   \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                    \
        }                                                                               \
    } while (0)

/* b is a byte offset on a character boundary of d (or its end). */
static int boundary(const tj_doc *d, uint32_t b) {
    if (b > d->n) return 0;
    if (b == 0 || b == d->n) return 1;
    return tj_doc_charlen(d, b, b + 1) == 1; /* a character starts at b */
}

static void span_ok(const tj_doc *d, uint32_t b0, uint32_t b1) {
    REQUIRE(b0 <= b1 && b1 <= d->n);
    if (!boundary(d, b0) || !boundary(d, b1)) {
        fprintf(stderr, "span [%u, %u) of %zu bytes:", b0, b1, d->n);
        for (uint32_t i = b0 > 4 ? b0 - 4 : 0; i < b1 + 4 && i < d->n; i++)
            fprintf(stderr, "%s%02x", i == b0 || i == b1 ? " | " : " ", d->s[i]);
        fputc('\n', stderr);
    }
    REQUIRE(boundary(d, b0) && boundary(d, b1));
    REQUIRE(tj_doc_charpos(d, b0) >= 1 && tj_doc_charlen(d, b0, b1) >= 0);
}

static void str_ok(tj_str s) { REQUIRE(s.p != NULL || s.n == 0); }

static void check(const tj_doc *d) {
    REQUIRE(d->n <= UINT32_MAX);
    if (d->layers & TJ_LAYER_DOCINFO) {
        const tj_docinfo *i = &d->info;
        str_ok(i->title);
        REQUIRE(i->kind >= TJ_DOC_REPORT && i->kind <= TJ_DOC_OTHER);
        REQUIRE(!i->region || tj_region_name(i->region) != NULL);
        REQUIRE(!i->year || (i->year >= 1000 && i->year <= 2999));
        REQUIRE(!i->date || (i->date >= 10000101 && i->date <= 29991231));
    }
    for (size_t k = 0; k < d->nsections; k++) {
        const tj_section *s = &d->sections[k];
        span_ok(d, s->b0, s->b1);
        span_ok(d, s->h0, s->h1);
        REQUIRE(s->parent >= 0 && (size_t)s->parent <= k);
        REQUIRE(s->level >= 1);
        if (k) REQUIRE(d->sections[k - 1].h0 < s->h0);
        str_ok(s->title);
        str_ok(s->label);
    }
    for (size_t k = 0; k < d->nsentences; k++) {
        const tj_sentence *s = &d->sentences[k];
        span_ok(d, s->b0, s->b1);
        REQUIRE(s->b0 < s->b1);
        REQUIRE(s->section >= 0 && (size_t)s->section <= d->nsections);
        REQUIRE(s->para >= 0 && (size_t)s->para <= k + 1);
        if (k) REQUIRE(d->sentences[k - 1].b1 <= s->b0);
    }
    for (size_t k = 0; k < d->nperiods; k++) {
        const tj_period *p = &d->periods[k];
        span_ok(d, p->b0, p->b1);
        REQUIRE(p->b0 < p->b1);
        if (k) REQUIRE(d->periods[k - 1].b1 <= p->b0);
        REQUIRE(!p->start || !p->end || p->start <= p->end);
    }
    for (size_t k = 0; k < d->nquantities; k++) {
        const tj_quantity *q = &d->quantities[k];
        span_ok(d, q->b0, q->b1);
        REQUIRE(q->b0 < q->b1);
        if (k) REQUIRE(d->quantities[k - 1].b1 <= q->b0);
        REQUIRE(!isnan(q->value));
    }
    for (size_t k = 0; k < d->nindicators; k++) {
        const tj_indicator *r = &d->indicators[k];
        span_ok(d, r->b0, r->b1);
        REQUIRE(r->sentence >= 1 && (size_t)r->sentence <= d->nsentences);
        REQUIRE(r->section >= 0 && (size_t)r->section <= d->nsections);
        REQUIRE(!isnan(r->value));
        REQUIRE(r->period_source <= TJ_PS_DOCUMENT && !r->period_source == (!r->period_start && !r->period_end));
        str_ok(r->subject);
        str_ok(r->scope);
        str_ok(r->basis);
        str_ok(r->period);
        if (k) REQUIRE(d->indicators[k - 1].b0 <= r->b0);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const unsigned layer = TJ_FUZZ_LAYER; /* an enum constant: chosen at run time, not by #if */
    if (layer == 0) {
        tj_dec v;
        if (tj_parse_number_text((const char *)data, size, &v)) {
            char buf[96];
            tj_dec_format(&v, buf, sizeof buf);
            REQUIRE(strlen(buf) < sizeof buf);
            (void)tj_dec_to_double(&v);
        }
        return 0;
    }
    if (!env) {
        const char *err;
        env = tj_env_new(&err);
        REQUIRE(env != NULL);
    }
    int year = size > 1 && data[0] < 16 ? 2000 + data[0] : 0;
    tj_doc *d = tj_analyze(env, (const char *)data, size, year, layer);
    REQUIRE(d != NULL);
    check(d);
    tj_doc_free(d);
    return 0;
}
