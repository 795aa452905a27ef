/* test_stream.c — a long document a window at a time (tj_stream) gives the
 * rows a whole-text analysis gives: the same values, subjects, dates and
 * statuses, the same ids of rows, sentences and sections, the same
 * character offsets; sections gathered over the windows (tj_sections_all)
 * are the whole text's. */
#include <stdlib.h>

#include "unit.h"

/* A report of about `bytes` bytes: parts and subsections numbered without
 * repeating a line (so no line looks like a running page header), each
 * paragraph stating values with times, goals and comparisons. */
static char *long_report(size_t bytes, size_t *len) {
    size_t cap = bytes + 4096, o = 0;
    char *t = malloc(cap);
    if (!t) return NULL;
    o += (size_t)snprintf(t + o, cap - o, "2026年某省政府工作报告\n\n各位代表：\n\n");
    static const char *const CJK[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    for (int part = 1; o < bytes; part++) {
        o += (size_t)snprintf(t + o, cap - o, "第%d部分 第%d年度工作\n\n", part, 2000 + part);
        for (int sub = 0; sub < 10 && o < bytes; sub++) {
            o += (size_t)snprintf(t + o, cap - o, "（%s）第%d项重点任务\n\n", CJK[sub], part * 10 + sub);
            for (int p = 0; p < 12 && o < bytes; p++) {
                int v = part * 131 + sub * 17 + p;
                o += (size_t)snprintf(t + o, cap - o,
                                      "2025年，全省地区生产总值达到%d.%d亿元，比上年增长%d.%d%%，其中第%d产业增加值增长%d%%。"
                                      "今年力争城镇新增就业%d万人以上，居民消费价格涨幅控制在3%%左右。\n\n",
                                      v, p % 10, 3 + p % 5, sub, 1 + p % 3, 2 + sub % 7, 5 + p);
            }
        }
    }
    *len = o;
    return t;
}

static int same_str(tj_str a, tj_str b) {
    return (!a.p && !b.p) || (a.p && b.p && a.n == b.n && !memcmp(a.p, b.p, a.n));
}

static void windows_equal_whole(void) {
    size_t n;
    char *text = long_report((size_t)1200 << 10, &n); /* about five windows */
    if (!text) return;
    tj_doc *whole = unit_analyze(text, 0, TJ_LAYER_INDICATORS);
    tj_stream *st = tj_stream_open(unit_env, text, n, 0, TJ_LAYER_INDICATORS);
    CHECK(st != NULL, "stream opened");
    size_t rows = 0, sens = 0, bad = 0, windows = 0;
    const tj_doc *w;
    while (st && (w = tj_stream_next(st)) != NULL) {
        windows++;
        CHECK(w->base.indicators == (int64_t)rows, "window %zu: row ids go on from %zu (base %lld)", windows, rows,
              (long long)w->base.indicators);
        for (size_t k = 0; k < w->nsentences && sens + k < whole->nsentences; k++) {
            const tj_sentence *a = &whole->sentences[sens + k], *b = &w->sentences[k];
            if (tj_doc_charpos(whole, a->b0) != tj_doc_charpos(w, b->b0) || a->section != b->section ||
                a->para != b->para)
                bad++;
        }
        sens += w->nsentences;
        for (size_t k = 0; k < w->nindicators && rows + k < whole->nindicators; k++) {
            const tj_indicator *a = &whole->indicators[rows + k], *b = &w->indicators[k];
            if (a->value != b->value || a->kind != b->kind || a->status != b->status ||
                a->period_start != b->period_start || a->period_end != b->period_end || a->section != b->section ||
                a->sentence != b->sentence || !same_str(a->subject, b->subject) || a->concept != b->concept ||
                tj_doc_charpos(whole, a->b0) != tj_doc_charpos(w, b->b0)) {
                if (bad++ < 3)
                    fprintf(stderr, "  row %zu differs: whole %s %g sec %d sen %d, window %s %g sec %d sen %d\n",
                            rows + k + 1, unit_str(a->subject), a->value, a->section, a->sentence,
                            unit_str(b->subject), b->value, b->section, b->sentence);
            }
        }
        rows += w->nindicators;
    }
    CHECK(st && !tj_stream_failed(st), "no failure");
    CHECK(windows >= 4, "a long document is read in windows (%zu)", windows);
    CHECK(rows == whole->nindicators, "as many rows: %zu and %zu", rows, whole->nindicators);
    CHECK(sens == whole->nsentences, "as many sentences: %zu and %zu", sens, whole->nsentences);
    CHECK(bad == 0, "%zu rows or sentences differ", bad);
    tj_stream_close(st);
    /* the sections gathered over the windows are the whole text's */
    tj_doc *all = tj_sections_all(unit_env, text, n);
    CHECK(all && all->nsections == whole->nsections, "as many sections: %zu and %zu", all ? all->nsections : 0,
          whole->nsections);
    size_t sbad = 0;
    for (size_t k = 0; all && k < all->nsections && k < whole->nsections; k++) {
        const tj_section *a = &whole->sections[k], *b = &all->sections[k];
        if (a->b0 != b->b0 || a->b1 != b->b1 || a->h1 != b->h1 || a->body0 != b->body0 || a->body1 != b->body1 ||
            a->parent != b->parent || a->level != b->level || !same_str(a->title, b->title))
            if (sbad++ < 3)
                fprintf(stderr, "  section %zu differs: [%u,%u) body [%u,%u) parent %d vs [%u,%u) body [%u,%u) parent %d\n",
                        k + 1, a->b0, a->b1, a->body0, a->body1, a->parent, b->b0, b->b1, b->body0, b->body1,
                        b->parent);
    }
    CHECK(sbad == 0, "%zu sections differ", sbad);
    tj_doc_free(all);
    tj_doc_free(whole);
    free(text);
}

/* A short text is one window, exactly the whole analysis; an empty one a window without rows. */
static void short_and_empty(void) {
    const char *t = "全年地区生产总值增长5%。";
    tj_stream *st = tj_stream_open(unit_env, t, strlen(t), 2024, TJ_LAYER_INDICATORS);
    const tj_doc *w = st ? tj_stream_next(st) : NULL;
    CHECK(w && w->nindicators == 1 && w->indicators[0].value == 5, "one window, one row");
    CHECK(st && !tj_stream_next(st) && !tj_stream_failed(st), "then the end");
    tj_stream_close(st);
    st = tj_stream_open(unit_env, "", 0, 0, TJ_LAYER_INDICATORS);
    w = st ? tj_stream_next(st) : NULL;
    CHECK(w && w->nindicators == 0, "an empty text: one window without rows");
    CHECK(st && !tj_stream_next(st), "then the end");
    tj_stream_close(st);
}

void test_stream(void) {
    short_and_empty();
    windows_equal_whole();
}
