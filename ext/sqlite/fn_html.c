/* fn_html.c — tongji_html(document [, year]): the document as a standalone
 * HTML page with every indicator marked (the page is built by the core,
 * html.c; this is the SQL side: arguments, errors, the result). */
#include <stdlib.h>

#include "glue.h"

void tj_fn_html(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    tj_conn *conn = sqlite3_user_data(ctx);
    int t = sqlite3_value_type(argv[0]);
    if (t == SQLITE_NULL) return; /* NULL document: NULL page */
    if (t != SQLITE_TEXT && t != SQLITE_BLOB) {
        sqlite3_result_error(ctx, "tongji_html(): document must be TEXT or BLOB", -1);
        return;
    }
    int year = 0;
    if (argc > 1 && !tj_arg_year(argv[1], &year)) {
        sqlite3_result_error(ctx, "tongji_html(): year must be an integer between 1000 and 9999", -1);
        return;
    }
    int n;
    const char *p = tj_arg_bytes(argv[0], t, &n);
    if (!p && n > 0) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    /* the page is longer than the document: one over SQLite's length limit
     * is refused before it is built */
    sqlite3 *db = sqlite3_context_db_handle(ctx);
    sqlite3_int64 limit = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1);
    if ((sqlite3_int64)n > limit) {
        sqlite3_result_error_toobig(ctx);
        return;
    }
    char not_utf8[256];
    if (tj_not_utf8_error(not_utf8, sizeof not_utf8, "tongji_html", p, (size_t)n)) {
        sqlite3_result_error(ctx, not_utf8, -1);
        return;
    }
    /* the value stays valid during this call, so no copy is needed */
    tj_doc *d = tj_analyze(conn->env, p ? p : "", (size_t)(n > 0 ? n : 0), year, TJ_LAYER_INDICATORS);
    if (!d) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (d->error[0]) {
        char *msg = sqlite3_mprintf("tongji_html(): %s", d->error);
        sqlite3_result_error(ctx, msg ? msg : "tongji_html(): failed", -1);
        sqlite3_free(msg);
        tj_doc_free(d);
        return;
    }
    size_t len;
    char *html = tj_html(d, &len);
    tj_doc_free(d);
    if (!html) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if ((sqlite3_int64)len > limit) {
        tj_free(html);
        sqlite3_result_error_toobig(ctx);
        return;
    }
    sqlite3_result_text64(ctx, html, len, tj_free, SQLITE_UTF8);
}
