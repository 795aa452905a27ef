/* fuzz_sqlite.c — libFuzzer target through SQLite: the extension is compiled
 * in (SQLITE_CORE) and registered on an in-memory connection; the input is
 * bound as the document of every function, as TEXT and as a BLOB, and as the
 * argument of cn_number().  SQLite errors are fine; crashes, sanitizer
 * reports and rows whose text is not substr(document, start, length) are not. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!db) {
        if (sqlite3_open(":memory:", &db) != SQLITE_OK) abort();
        char *err = NULL;
        if (sqlite3_tongji_init(db, &err, NULL) != SQLITE_OK) abort();
    }
    for (int as_blob = 0; as_blob < 2; as_blob++)
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
    return 0;
}
