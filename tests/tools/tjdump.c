/*
 * tjdump — print what the core finds in a file, without SQLite (a developer
 * tool: `build/tjdump sections FILE [YEAR]`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tongji_core.h"

static char *slurp(const char *path, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
        len += r;
        if (len == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    *n = len;
    return buf;
}

static void span(const tj_doc *d, uint32_t a, uint32_t b) {
    for (uint32_t i = a; i < b; i++) putchar(d->s[i] == '\n' ? ' ' : d->s[i]);
}

static void str(tj_str s) {
    if (!s.p) {
        fputs("NULL", stdout);
        return;
    }
    fwrite(s.p, 1, s.n, stdout);
}

static double seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* `tjdump time FILE`: the cost of each layer, as the difference between the
 * best of five runs with and without it (a profiling aid, not a benchmark). */
static int time_layers(const tj_env *env, const char *text, size_t n, int year) {
    static const struct {
        const char *name;
        unsigned layers;
    } STEPS[] = {{"lines", 0},
                 {"+sections", TJ_LAYER_SECTIONS},
                 {"+sentences", TJ_LAYER_SENTENCES},
                 {"+periods", TJ_LAYER_SENTENCES | TJ_LAYER_PERIODS},
                 {"+quantities", TJ_LAYER_SENTENCES | TJ_LAYER_QUANTITIES},
                 {"+indicators", TJ_LAYER_INDICATORS}};
    double prev = 0;
    for (size_t k = 0; k < sizeof STEPS / sizeof STEPS[0]; k++) {
        double best = 1e30;
        for (int r = 0; r < 15; r++) {
            double t0 = seconds();
            tj_doc *d = tj_analyze(env, text, n, year, STEPS[k].layers);
            double t = seconds() - t0;
            if (!d) return 1;
            tj_doc_free(d);
            if (t < best) best = t;
        }
        printf("%-12s %7.1f ns/byte  (cumulative %6.1f MB/s)\n", STEPS[k].name, (best - prev) * 1e9 / (double)n,
               (double)n / best / 1e6);
        prev = best;
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: tjdump sections|sentences|quantities|periods|indicators FILE [YEAR]\n");
        return 2;
    }
    size_t n;
    char *text = slurp(argv[2], &n);
    if (!text) {
        perror(argv[2]);
        return 1;
    }
    int year = argc > 3 ? atoi(argv[3]) : 0;
    const char *err;
    tj_env *env = tj_env_new(&err);
    if (!env) return 1;
    const char *what = argv[1];
    if (!strcmp(what, "time")) return time_layers(env, text, n, year);
    int quiet = !strncmp(what, "run-", 4); /* run-indicators: analyse, print nothing (for perf stat) */
    if (quiet) what += 4;
    unsigned layers = !strcmp(what, "sections")     ? TJ_LAYER_SECTIONS
                      : !strcmp(what, "sentences")  ? TJ_LAYER_SENTENCES
                      : !strcmp(what, "quantities") ? TJ_LAYER_QUANTITIES
                      : !strcmp(what, "periods")    ? TJ_LAYER_PERIODS
                                                    : TJ_LAYER_INDICATORS;
    tj_doc *d = tj_analyze(env, text, n, year, layers);
    if (!d) return 1;
    if (quiet) layers = 0;
    char b1[16], b2[16];
    if (layers == TJ_LAYER_SECTIONS) {
        for (size_t k = 0; k < d->nsections; k++) {
            const tj_section *s = &d->sections[k];
            printf("%zu\t%d\t%d\t", k + 1, s->parent, s->level);
            str(s->label);
            putchar('\t');
            str(s->title);
            printf("\t%lld\n", (long long)tj_doc_charpos(d, s->b0));
        }
    } else if (layers == TJ_LAYER_SENTENCES) {
        for (size_t k = 0; k < d->nsentences; k++) {
            printf("%zu\t%d\t", k + 1, d->sentences[k].section);
            span(d, d->sentences[k].b0, d->sentences[k].b1);
            putchar('\n');
        }
    } else if (layers == TJ_LAYER_QUANTITIES) {
        for (size_t k = 0; k < d->nquantities; k++) {
            const tj_quantity *q = &d->quantities[k];
            printf("%zu\t%s\t%.17g\t%s\t%s\t%s\t", k + 1, tj_quantity_kind_name(q->kind), q->value,
                   q->qualifier ? tj_qualifier_name(q->qualifier) : "", q->unit ? q->unit : "NULL",
                   q->currency ? q->currency : "");
            span(d, q->b0, q->b1);
            printf("\t%lld\n", (long long)tj_doc_charpos(d, q->b0));
        }
    } else if (layers == TJ_LAYER_PERIODS) {
        for (size_t k = 0; k < d->nperiods; k++) {
            const tj_period *p = &d->periods[k];
            const char *s1 = tj_date_format(p->start, b1), *s2 = tj_date_format(p->end, b2);
            printf("%zu\t%s\t%s\t%s\t", k + 1, tj_period_kind_name(p->kind), s1 ? s1 : "NULL", s2 ? s2 : "NULL");
            span(d, p->b0, p->b1);
            putchar('\n');
        }
    } else if (layers) {
        for (size_t k = 0; k < d->nindicators; k++) {
            const tj_indicator *r = &d->indicators[k];
            printf("%zu\t", k + 1);
            span(d, r->b0, r->b1);
            printf("\t%s\t%.17g\t%s\t", tj_indicator_kind_name(r->kind), r->value, r->unit ? r->unit : "NULL");
            str(r->subject);
            putchar('\t');
            str(r->scope);
            putchar('\t');
            str(r->basis);
            putchar('\t');
            str(r->period);
            printf("\t%s\n", tj_status_name(r->status));
        }
    }
    tj_doc_free(d);
    tj_env_free(env);
    free(text);
    return 0;
}
