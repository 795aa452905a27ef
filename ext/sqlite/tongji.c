/*
 * tongji.c — the extension's entry point and its scalar functions.
 *
 *   .load ./dist/tongji          (entry point sqlite3_tongji_init)
 *
 * Built with -DSQLITE_CORE (libtongji.a) the same entry point can be handed to
 * sqlite3_auto_extension() by a program that links SQLite itself.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#ifdef SQLITE_CORE
#include <sqlite3.h>
#else
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#endif

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "glue.h"

#ifndef TONGJI_VERSION
#error "TONGJI_VERSION must come from the VERSION file (see Makefile)"
#endif
#ifndef TONGJI_BUILD_DATE
#define TONGJI_BUILD_DATE __DATE__ " " __TIME__
#endif

#define FN_FLAGS (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)
#define TJ_MIN_SQLITE 3031000 /* the oldest SQLite tongji loads into */

/* ---- per-connection context ------------------------------------------- */

tj_conn *tj_conn_ref(tj_conn *c) {
    c->refs++;
    return c;
}

void tj_conn_unref(void *p) {
    tj_conn *c = p;
    if (--c->refs == 0) {
        tj_env_free(c->env);
        sqlite3_free(c->spare_text);
        sqlite3_free(c);
    }
}

/* ---- scalar functions --------------------------------------------------- */

static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    (void)argv;
    sqlite3_result_text(ctx, "v" TONGJI_VERSION, -1, SQLITE_STATIC);
}

static void fn_debug(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    (void)argv;
    tj_conn *c = sqlite3_user_data(ctx);
    char pcre[64] = "";
    pcre2_config(PCRE2_CONFIG_VERSION, pcre);
    uint32_t jit_avail = 0;
    pcre2_config(PCRE2_CONFIG_JIT, &jit_avail);
    char *s = sqlite3_mprintf("tongji v%s\nbuilt %s\nSQLite %s (headers), %s (runtime)\nPCRE2 %s\nJIT %s",
                              TONGJI_VERSION, TONGJI_BUILD_DATE, SQLITE_VERSION, sqlite3_libversion(), pcre,
                              jit_avail && tj_env_jit(c->env) ? "on" : "off");
    if (!s) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_text(ctx, s, -1, sqlite3_free);
}

/* cn_number(text): the value of a whole numeric expression, NULL otherwise. */
static void fn_cn_number(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    int t = sqlite3_value_type(argv[0]);
    if (t == SQLITE_NULL) return;
    if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) { /* already a number */
        sqlite3_result_value(ctx, argv[0]);
        return;
    }
    const char *p =
        t == SQLITE_BLOB ? (const char *)sqlite3_value_blob(argv[0]) : (const char *)sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    if (!p) {
        if (n) sqlite3_result_error_nomem(ctx);
        return;
    }
    tj_dec v;
    if (!tj_parse_number_text(p, tj_text_length(p, (size_t)n), &v)) return;
    int64_t i;
    if (tj_dec_to_int64(&v, &i)) {
        sqlite3_result_int64(ctx, i);
        return;
    }
    double dv = tj_dec_to_double(&v);
    if (isfinite(dv)) sqlite3_result_double(ctx, dv); /* beyond a double's range: NULL */
}

/* ---- registration ------------------------------------------------------- */

/* The core allocates through SQLite: its heap limits and counters see it. */
static void *sq_malloc(size_t n) { return sqlite3_malloc64(n); }
static void *sq_realloc(void *p, size_t n) { return sqlite3_realloc64(p, n); }
static void sq_free(void *p) { sqlite3_free(p); }

static int add_function(sqlite3 *db, const char *name, int nargs, void (*fn)(sqlite3_context *, int, sqlite3_value **),
                        tj_conn *conn) {
    /* on failure SQLite calls the destructor, which drops this reference */
    return sqlite3_create_function_v2(db, name, nargs, FN_FLAGS, tj_conn_ref(conn), fn, NULL, NULL, tj_conn_unref);
}

/* The one symbol the shared library exports; everything else is built with
 * -fvisibility=hidden, so calls inside the library are direct. */
#if defined(_WIN32)
#define TJ_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define TJ_EXPORT __attribute__((visibility("default")))
#else
#define TJ_EXPORT
#endif

TJ_EXPORT int sqlite3_tongji_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);
TJ_EXPORT int sqlite3_tongji_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi) {
#ifndef SQLITE_CORE
    SQLITE_EXTENSION_INIT2(pApi);
#else
    (void)pApi;
#endif
    /* SQLITE_INNOCUOUS and sqlite3_vtab_config(SQLITE_VTAB_INNOCUOUS) came in 3.31.0 */
    if (sqlite3_libversion_number() < TJ_MIN_SQLITE) {
        if (pzErrMsg)
            *pzErrMsg = sqlite3_mprintf("tongji: SQLite %s is too old; 3.31.0 or later is needed", sqlite3_libversion());
        return SQLITE_ERROR;
    }
    const char *err = NULL;
    tj_set_allocator(sq_malloc, sq_realloc, sq_free); /* the core's memory is SQLite's */
    tj_conn *conn = sqlite3_malloc(sizeof *conn);
    if (!conn) return SQLITE_NOMEM;
    memset(conn, 0, sizeof *conn);
    conn->refs = 1; /* held by this function until the end */
    conn->env = tj_env_new(&err);
    if (!conn->env) {
        sqlite3_free(conn);
        if (err == tj_err_nomem) return SQLITE_NOMEM;
        if (pzErrMsg) *pzErrMsg = sqlite3_mprintf("tongji: %s", err ? err : "cannot initialise");
        return SQLITE_ERROR;
    }
    static const tj_tvf *const TVFS[] = {&tj_tvf_sentences, &tj_tvf_quantities, &tj_tvf_periods, &tj_tvf_indicators,
                                         &tj_tvf_sections, &tj_tvf_docinfo};
    int rc = add_function(db, "tongji_version", 0, fn_version, conn);
    if (rc == SQLITE_OK) rc = add_function(db, "tongji_debug", 0, fn_debug, conn);
    if (rc == SQLITE_OK) rc = add_function(db, "cn_number", 1, fn_cn_number, conn);
    if (rc == SQLITE_OK) rc = add_function(db, "tongji_html", 1, tj_fn_html, conn);
    if (rc == SQLITE_OK) rc = add_function(db, "tongji_html", 2, tj_fn_html, conn);
    if (rc == SQLITE_OK) rc = add_function(db, "tongji_utf8", 1, tj_fn_utf8, conn);
    if (rc == SQLITE_OK) rc = add_function(db, "tongji_utf8", 2, tj_fn_utf8, conn);
    for (size_t k = 0; rc == SQLITE_OK && k < sizeof TVFS / sizeof TVFS[0]; k++)
        rc = tj_register_tvf(db, TVFS[k], conn);
    if (rc == SQLITE_OK) rc = tj_register_tables(db);
    if (rc != SQLITE_OK && rc != SQLITE_NOMEM && pzErrMsg)
        *pzErrMsg = sqlite3_mprintf("tongji: cannot register its functions: %s", sqlite3_errstr(rc));
    tj_conn_unref(conn);
    return rc;
}
