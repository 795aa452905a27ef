/*
 * glue.h — what the SQLite side of tongji shares: the per-connection context
 * and the description of one table-valued function.
 */
#ifndef TONGJI_GLUE_H
#define TONGJI_GLUE_H

#ifdef SQLITE_CORE
#include <sqlite3.h>
#else
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#endif

#include "../core/tongji_core.h"

/* Per-connection context: the core environment (word tables, compiled and
 * JIT-compiled patterns), shared by every function and module of the
 * connection and freed by the last destructor SQLite calls. */
typedef struct tj_conn {
    tj_env *env;
    int refs;
    /* the buffer of the last document copied by a cursor, kept for the next
     * (see vtab.c); SQLite runs the calls on one connection one at a time */
    char *spare_text;
    size_t spare_cap;
} tj_conn;

tj_conn *tj_conn_ref(tj_conn *c);
void tj_conn_unref(void *c);

/* tongji_html(document [, year]) (fn_html.c) */
void tj_fn_html(sqlite3_context *ctx, int argc, sqlite3_value **argv);
/* tongji_utf8(document [, encoding]) (fn_utf8.c) */
void tj_fn_utf8(sqlite3_context *ctx, int argc, sqlite3_value **argv);
/* A document that is mostly not UTF-8: 1 and the message for function fn in
 * buf, naming the encoding it looks like; else 0. */
int tj_not_utf8_error(char *buf, size_t cap, const char *fn, const void *text, size_t n);

/* How a function reads its document: a window at a time (rows come out as
 * SQLite asks for them), the first window only (doc_info: the opening), or
 * every section gathered first (sections: a section's end may lie windows
 * after its heading). */
enum { TJ_TVF_WINDOWS = 0, TJ_TVF_FIRST_WINDOW, TJ_TVF_SECTIONS };

/* A table-valued function.  Its visible columns come first, then nargs
 * HIDDEN argument columns (document, then year when nargs == 2).  count and
 * column read one window's rows; row is the index in the window (its id is
 * id_base(d) + row + 1). */
typedef struct tj_tvf {
    const char *name;
    const char *schema; /* CREATE TABLE x(...) */
    int ncols;          /* visible columns */
    int nargs;          /* HIDDEN argument columns; the first is required */
    unsigned layers;    /* TJ_LAYER_* the rows need */
    int mode;           /* TJ_TVF_* */
    size_t (*count)(const tj_doc *d);
    int64_t (*id_base)(const tj_doc *d); /* the rows of the windows before; NULL: 0 */
    void (*column)(sqlite3_context *ctx, const tj_doc *d, size_t row, int col);
} tj_tvf;

int tj_register_tvf(sqlite3 *db, const tj_tvf *def, tj_conn *conn);
/* tongji_concepts and tongji_regions (vt_tables.c) */
int tj_register_tables(sqlite3 *db);
/* Columns declared by a schema "CREATE TABLE x(a, b, …)": its commas plus one. */
int tj_schema_columns(const char *schema);

/* Arguments shared by the functions.  tj_arg_year: the year argument into
 * *year (0 for NULL); 0 when it is not an integer from 1000 to 9999.
 * tj_arg_bytes: the bytes of a TEXT or BLOB value of that type, their
 * number in *n (NULL with *n > 0: out of memory). */
int tj_arg_year(sqlite3_value *y, int *year);
const char *tj_arg_bytes(sqlite3_value *v, int type, int *n);

/* Column helpers shared by the descriptors. */
void tj_result_span(sqlite3_context *ctx, const tj_doc *d, uint32_t b0, uint32_t b1);
void tj_result_str(sqlite3_context *ctx, tj_str s);
void tj_result_date(sqlite3_context *ctx, int32_t yyyymmdd);
void tj_result_opt_int(sqlite3_context *ctx, int64_t v);            /* 0 -> NULL */
void tj_result_opt_text(sqlite3_context *ctx, const char *s);       /* NULL -> NULL */
void tj_result_opt_double(sqlite3_context *ctx, int has, double v); /* !has -> NULL */
void tj_result_region_code(sqlite3_context *ctx, int32_t code);     /* 0 -> NULL, else '370200' */

extern const tj_tvf tj_tvf_sentences;
extern const tj_tvf tj_tvf_sections;
extern const tj_tvf tj_tvf_quantities;
extern const tj_tvf tj_tvf_periods;
extern const tj_tvf tj_tvf_indicators;
extern const tj_tvf tj_tvf_docinfo;

#endif
