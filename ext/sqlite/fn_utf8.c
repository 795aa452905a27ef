/* fn_utf8.c — tongji_utf8(document [, encoding]): Chinese text in GB18030,
 * GBK, GB2312 or Big5 as UTF-8 (the conversion is the core's, encoding.c,
 * with the C library's iconv); the encoding is guessed when omitted.  And the
 * message every function gives a document that is mostly not UTF-8. */
#include <stdio.h>
#include <string.h>

#include "glue.h"

int tj_not_utf8_error(char *buf, size_t cap, const char *fn, const void *text, size_t n) {
    const unsigned char *s = text;
    if (!tj_mostly_not_utf8(s, n)) return 0;
    /* only a document that reads as Chinese in another encoding: other
     * bytes are read as they are (invalid UTF-8 matches nothing) */
    const char *enc = tj_guess_encoding(s, n);
    if (!enc) return 0;
    (void)snprintf(buf, cap, "%s(): the document is not UTF-8 (it looks like %s): convert it with tongji_utf8(document)", fn,
             enc);
    return 1;
}

/* An error naming the encoding the document is not (at byte bad + 1, or as
 * a whole when bad is (size_t)-1). */
static void not_that(sqlite3_context *ctx, const char *enc, size_t bad) {
    char msg[256];
    if (bad == (size_t)-1)
        (void)snprintf(msg, sizeof msg, "tongji_utf8(): the document is not valid %s", enc);
    else
        (void)snprintf(msg, sizeof msg, "tongji_utf8(): the document is not %s: byte %zu is no character of it", enc, bad + 1);
    sqlite3_result_error(ctx, msg, -1);
}

void tj_fn_utf8(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    int t = sqlite3_value_type(argv[0]);
    if (t == SQLITE_NULL) return;
    if (t != SQLITE_TEXT && t != SQLITE_BLOB) {
        sqlite3_result_error(ctx, "tongji_utf8(): document must be TEXT or BLOB", -1);
        return;
    }
    int n;
    const unsigned char *s = (const unsigned char *)tj_arg_bytes(argv[0], t, &n);
    if (!s && n > 0) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (!s) s = (const unsigned char *)"";
    const char *enc = argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL ? (const char *)sqlite3_value_text(argv[1]) : NULL;
    if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL && !enc) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    size_t high, invalid;
    tj_utf8_stats(s, (size_t)n, &high, &invalid);
    int utf8 = enc ? !sqlite3_stricmp(enc, "UTF-8") || !sqlite3_stricmp(enc, "UTF8") : invalid == 0;
    if (utf8) {
        if (invalid) {
            not_that(ctx, "UTF-8", (size_t)-1);
            return;
        }
        size_t skip = n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0; /* a BOM */
        sqlite3_result_text64(ctx, (const char *)s + skip, (sqlite3_uint64)((size_t)n - skip), SQLITE_TRANSIENT,
                              SQLITE_UTF8);
        return;
    }
    if (!enc) enc = tj_guess_encoding(s, (size_t)n);
    if (!enc) {
        sqlite3_result_error(ctx, "tongji_utf8(): the document is not UTF-8, GB18030 or Big5 text; name its encoding",
                             -1);
        return;
    }
    size_t len, bad;
    char *out = tj_to_utf8(enc, s, (size_t)n, &len, &bad);
    if (!out) {
        if (bad != (size_t)-1) {
            not_that(ctx, enc, bad);
        } else if (!tj_encoding_known(enc)) {
            char msg[160];
            (void)snprintf(msg, sizeof msg, "tongji_utf8(): unknown encoding '%.100s'", enc);
            sqlite3_result_error(ctx, msg, -1);
        } else {
            sqlite3_result_error_nomem(ctx);
        }
        return;
    }
    sqlite3_result_text64(ctx, out, (sqlite3_uint64)len, tj_free, SQLITE_UTF8);
}
