/* fuzz_sqlite.c — libFuzzer target through SQLite: the extension is compiled
 * in (SQLITE_CORE) and registered on an in-memory connection; the input is
 * bound as the document of every function, as TEXT and as a BLOB, and as the
 * argument of cn_number().  SQLite errors are fine; crashes, sanitizer
 * reports and rows whose text is not substr(document, start, length) are not.
 *
 * Structure: a short input (what a fuzzer mostly makes) is also made into a
 * document of many sentences, paragraphs and sections — its first byte says
 * how many times the rest is repeated (2–17), with which separator (。 ，
 * ；, a line, a blank line) and under which headings (一、 （一） 1. ——, none),
 * numbered in turn — so the sentence, paragraph and section machinery and the
 * windows of long documents are reached from the first minute. */
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sqlite3_tongji_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

static sqlite3 *db;

static const char *const QUERIES[] = {
    "SELECT count(*), sum(length(text)) FROM sentences(?1)",
    "SELECT count(*), sum(value) FROM quantities(?1)",
    "SELECT count(*), max(start) FROM periods(?1, 2023)",
    "SELECT count(*), sum(value), group_concat(subject) FROM indicators(?1, 2023)",
    "SELECT count(*), max(level) FROM sections(?1)",
    "SELECT title, kind, region, region_code, year, date FROM doc_info(?1)",
    "SELECT count(*), max(period_start), group_concat(period_source) FROM indicators(?1)",
    "SELECT cn_number(?1)",
    "SELECT length(tongji_html(?1, 2023))",
    /* the offset rule, checked by SQLite itself */
    "SELECT count(*) FROM indicators(?1) WHERE substr(CAST(?1 AS TEXT), start, length) <> text",
    "SELECT count(*) FROM quantities(?1) WHERE substr(CAST(?1 AS TEXT), start, length) <> text",
};

/* The document made of the input (see above); its length, 0 for none. */
static size_t build_doc(const uint8_t *data, size_t size, char *out, size_t cap) {
    static const char *const SEP[] = {"\xe3\x80\x82", "\xef\xbc\x8c", "\xef\xbc\x9b", "\n", "\xe3\x80\x82\n\n"};
    static const char *const CJK[] = {"\xe4\xb8\x80", "\xe4\xba\x8c", "\xe4\xb8\x89", "\xe5\x9b\x9b", "\xe4\xba\x94",
                                      "\xe5\x85\xad", "\xe4\xb8\x83", "\xe5\x85\xab", "\xe4\xb9\x9d", "\xe5\x8d\x81"};
    if (size < 2) return 0;
    unsigned how = data[0], times = 2 + (how & 15), sep = (how >> 4) % 5, head = (how >> 6) & 3;
    size_t o = 0;
    for (unsigned k = 0; k < times; k++) {
        char h[32] = "";
        if (head == 1) snprintf(h, sizeof h, "%s\xe3\x80\x81", CJK[k % 10]);             /* 一、 */
        if (head == 2) snprintf(h, sizeof h, "\xef\xbc\x88%s\xef\xbc\x89", CJK[k % 10]); /* （一） */
        if (head == 3) snprintf(h, sizeof h, "%u.", k + 1);                              /* 1. */
        size_t hn = strlen(h), sn = strlen(SEP[sep]);
        if (o + hn + 1 + size - 1 + sn >= cap) break;
        if (hn) {
            memcpy(out + o, h, hn);
            o += hn;
            out[o++] = '\n';
        }
        memcpy(out + o, data + 1, size - 1);
        o += size - 1;
        memcpy(out + o, SEP[sep], sn);
        o += sn;
    }
    return o;
}

static void run_queries(const void *doc, size_t n, int as_blob);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!db) {
        if (sqlite3_open(":memory:", &db) != SQLITE_OK) abort();
        char *err = NULL;
        if (sqlite3_tongji_init(db, &err, NULL) != SQLITE_OK) abort();
    }
    run_queries(data, size, 0);
    run_queries(data, size, 1);
    static char built[1 << 16];
    size_t n = size <= 2048 ? build_doc(data, size, built, sizeof built) : 0;
    if (n) run_queries(built, n, 0);
    return 0;
}

/* Every query over doc[0..size), bound as TEXT or as a BLOB. */
static void run_queries(const void *doc, size_t size, int as_blob) {
    const uint8_t *data = doc;
    for (size_t q = 0; q < sizeof QUERIES / sizeof QUERIES[0]; q++) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db, QUERIES[q], -1, &st, NULL) != SQLITE_OK) abort();
        if (as_blob)
            sqlite3_bind_blob(st, 1, data, (int)size, SQLITE_STATIC);
        else
            sqlite3_bind_text(st, 1, (const char *)data, (int)size, SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            if (strstr(QUERIES[q], "<> text") && sqlite3_column_int64(st, 0) != 0 && memchr(data, 0, size) == NULL) {
                fprintf(stderr, "offset rule broken by query %zu\n", q);
                abort();
            }
        sqlite3_finalize(st);
    }
}
