/* unit.h — a minimal table-driven test harness for the core. */
#ifndef TONGJI_UNIT_H
#define TONGJI_UNIT_H

#include <stdio.h>
#include <string.h>

#include "tongji_core.h"

extern int unit_passed, unit_failed;
extern const tj_env *unit_env;

#define CHECK(cond, ...)                                                                                               \
    do {                                                                                                               \
        if (cond) {                                                                                                    \
            unit_passed++;                                                                                             \
        } else {                                                                                                       \
            unit_failed++;                                                                                             \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                                                       \
            fprintf(stderr, __VA_ARGS__);                                                                              \
            fputc('\n', stderr);                                                                                       \
        }                                                                                                              \
    } while (0)

/* A rendered result against its expectation; `what` and `input` name the case. */
#define CHECK_STR(what, input, got, want)                                                                              \
    CHECK(!strcmp((got), (want)), "%s(%s):\n  got  [%s]\n  want [%s]", (what), (input), (got), (want))

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Suites, one per file. */
void test_text(void);
void test_numerals(void);
void test_sentences(void);
void test_sections(void);
void test_quantities(void);
void test_periods(void);
void test_indicators(void);
void test_docinfo(void);
void test_dates(void);
void test_labels(void);
void test_roles(void);
void test_stream(void);

/* Helpers. */
tj_doc *unit_analyze(const char *text, int year, unsigned layers);
/* The text of a span as a NUL-terminated string (static buffer). */
const char *unit_span(const tj_doc *d, uint32_t b0, uint32_t b1);
const char *unit_str(tj_str s);
/* A value as the tests write it: an integer without a point, else 15
 * significant digits; with its maximum after a colon (static buffer). */
const char *unit_value(double v, int has_max, double v_max);

#endif
