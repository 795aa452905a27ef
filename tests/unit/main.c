/* main.c — runs every suite of core unit tests; prints "N passed, N failed". */
#include <math.h>
#include <stdlib.h>

#include "unit.h"

int unit_passed, unit_failed;
const tj_env *unit_env;

tj_doc *unit_analyze(const char *text, int year, unsigned layers) {
    tj_doc *d = tj_analyze(unit_env, text, strlen(text), year, layers);
    if (!d) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return d;
}

const char *unit_span(const tj_doc *d, uint32_t b0, uint32_t b1) {
    static char buf[4096];
    size_t n = b1 - b0 < sizeof buf - 1 ? b1 - b0 : sizeof buf - 1;
    memcpy(buf, d->s + b0, n);
    buf[n] = 0;
    return buf;
}

const char *unit_str(tj_str s) {
    static char buf[4096];
    if (!s.p) return "(null)";
    size_t n = s.n < sizeof buf - 1 ? s.n : sizeof buf - 1;
    memcpy(buf, s.p, n);
    buf[n] = 0;
    return buf;
}

static void fmt_value(char *buf, size_t cap, double v) {
    if (v == floor(v) && fabs(v) < 1e18)
        snprintf(buf, cap, "%lld", (long long)v);
    else
        snprintf(buf, cap, "%.15g", v);
}

const char *unit_value(double v, int has_max, double v_max) {
    static char buf[160];
    fmt_value(buf, 64, v);
    if (has_max) {
        size_t n = strlen(buf);
        buf[n] = ':';
        fmt_value(buf + n + 1, sizeof buf - n - 1, v_max);
    }
    return buf;
}

int main(void) {
    const char *err;
    tj_env *env = tj_env_new(&err);
    if (!env) {
        fprintf(stderr, "tj_env_new: %s\n", err);
        return 2;
    }
    unit_env = env;
    test_text();
    test_numerals();
    test_sentences();
    test_sections();
    test_quantities();
    test_periods();
    test_indicators();
    test_docinfo();
    test_dates();
    test_labels();
    test_roles();
    test_stream();
    tj_env_free(env);
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return unit_failed ? 1 : 0;
}
