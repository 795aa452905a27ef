/*
 * vtab.c — one implementation of an eponymous table-valued function, shared
 * by sentences(), sections(), quantities(), periods(), indicators() and
 * doc_info(); each supplies a tj_tvf with its schema and a column callback.
 *
 * xFilter copies the argument into cursor-owned memory and analyses its
 * first window (tj_stream); xNext moves along the window's rows and, past
 * its last, analyses the next window.  So a long document's rows come out
 * as SQLite asks for them, SQLite's interrupt and progress checks run
 * between windows, and memory follows the window, not the document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "glue.h"

typedef struct tvf_vtab {
    sqlite3_vtab base;
    const tj_tvf *def;
    tj_conn *conn;
} tvf_vtab;

/* Module aux data: the definition and the connection context. */
typedef struct tvf_aux {
    const tj_tvf *def;
    tj_conn *conn;
} tvf_aux;

typedef struct tvf_cursor {
    sqlite3_vtab_cursor base;
    char *text; /* copy of the document argument */
    size_t ntext, text_cap;
    int is_blob;
    int year; /* 0 = none */
    tj_stream *stream; /* the document's windows */
    const tj_doc *doc; /* the current window (the stream's), or the gathered sections (owned) */
    tj_doc *owned;
    size_t row, nrows; /* in the current window */
} tvf_cursor;

static int tvf_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **ppVtab, char **pzErr) {
    (void)argc;
    (void)argv;
    const tj_tvf *def = ((const tvf_aux *)aux)->def;
    tj_conn *conn = ((const tvf_aux *)aux)->conn;
    int rc = sqlite3_declare_vtab(db, def->schema);
    if (rc != SQLITE_OK) {
        *pzErr = sqlite3_mprintf("%s(): cannot declare its table: %s", def->name, sqlite3_errmsg(db));
        return rc;
    }
    rc = sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    if (rc != SQLITE_OK) return rc;
    tvf_vtab *v = sqlite3_malloc(sizeof *v);
    if (!v) return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->def = def;
    v->conn = conn;
    *ppVtab = &v->base;
    return SQLITE_OK;
}

static int tvf_disconnect(sqlite3_vtab *pVtab) {
    sqlite3_free(pVtab);
    return SQLITE_OK;
}

static int tvf_open(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
    (void)pVtab;
    tvf_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *ppCursor = &c->base;
    return SQLITE_OK;
}

/* The cursor's copy of a document lives in a buffer the connection keeps
 * between queries (documents up to this size), so that a query over many
 * documents, or one run again, does not allocate fresh memory (and have the
 * kernel clear it) for each. */
#define TJ_SPARE_TEXT_MAX ((size_t)32 << 20)

static char *text_buffer(tj_conn *conn, size_t need, size_t *cap) {
    if (conn->spare_text && conn->spare_cap >= need) {
        char *p = conn->spare_text;
        *cap = conn->spare_cap;
        conn->spare_text = NULL;
        conn->spare_cap = 0;
        return p;
    }
    char *p = sqlite3_malloc64(need);
    *cap = p ? need : 0;
    return p;
}

static void text_release(tj_conn *conn, char *p, size_t cap) {
    if (!p) return;
    if (cap <= TJ_SPARE_TEXT_MAX && cap > conn->spare_cap) {
        sqlite3_free(conn->spare_text);
        conn->spare_text = p;
        conn->spare_cap = cap;
    } else {
        sqlite3_free(p);
    }
}

/* Free what a previous xFilter computed; used by xFilter and xClose. */
static void tvf_reset(tvf_cursor *c) {
    tj_stream_close(c->stream);
    c->stream = NULL;
    tj_doc_free(c->owned);
    c->owned = NULL;
    c->doc = NULL;
    text_release(((tvf_vtab *)c->base.pVtab)->conn, c->text, c->text_cap);
    c->text = NULL;
    c->text_cap = 0;
    c->ntext = 0;
    c->year = 0;
    c->row = c->nrows = 0;
}

static int tvf_close(sqlite3_vtab_cursor *cur) {
    tvf_reset((tvf_cursor *)cur);
    sqlite3_free(cur);
    return SQLITE_OK;
}

static int cursor_error(tvf_cursor *c, const char *fmt, const char *name, const char *detail) {
    sqlite3_vtab *vt = c->base.pVtab;
    sqlite3_free(vt->zErrMsg);
    vt->zErrMsg = sqlite3_mprintf(fmt, name, detail);
    return vt->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

static const char *type_name(int t) {
    switch (t) {
    case SQLITE_INTEGER: return "INTEGER";
    case SQLITE_FLOAT: return "REAL";
    case SQLITE_TEXT: return "TEXT";
    case SQLITE_BLOB: return "BLOB";
    default: return "NULL";
    }
}

int tj_arg_year(sqlite3_value *y, int *year) {
    *year = 0;
    if (sqlite3_value_type(y) == SQLITE_NULL) return 1;
    sqlite3_int64 yr = sqlite3_value_int64(y);
    if (sqlite3_value_numeric_type(y) != SQLITE_INTEGER || yr < 1000 || yr > 9999) return 0;
    *year = (int)yr;
    return 1;
}

const char *tj_arg_bytes(sqlite3_value *v, int type, int *n) {
    const char *p = type == SQLITE_BLOB ? sqlite3_value_blob(v) : (const char *)sqlite3_value_text(v);
    *n = sqlite3_value_bytes(v); /* after the pointer: text() may convert */
    return p;
}

static int next_window(tvf_cursor *c, const tj_tvf *def);

/* idxNum bits (set by xBestIndex, read by xFilter):
 *   bit 0 (1): the document argument is constrained (argv[0]); when it is
 *              clear, the argument is missing and xFilter reports the error
 *   bit 1 (2): the year argument is constrained (the next argv) */
static int tvf_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv) {
    (void)idxStr;
    tvf_cursor *c = (tvf_cursor *)cur;
    tvf_vtab *v = (tvf_vtab *)cur->pVtab;
    const tj_tvf *def = v->def;
    tvf_reset(c);
    if (!(idxNum & 1) || argc < 1) return cursor_error(c, "%s(): the document argument is missing%s", def->name, "");
    sqlite3_value *doc = argv[0];
    if ((idxNum & 2) && argc >= 2) {
        if (!tj_arg_year(argv[1], &c->year))
            return cursor_error(c, "%s(): year must be an integer between 1000 and 9999%s", def->name, "");
    }
    int t = sqlite3_value_type(doc);
    if (t == SQLITE_NULL) return SQLITE_OK; /* NULL input: no rows */
    if (t != SQLITE_TEXT && t != SQLITE_BLOB)
        return cursor_error(c, "%s(): document must be TEXT or BLOB, not %s", def->name, type_name(t));
    int n;
    const char *p = tj_arg_bytes(doc, t, &n);
    if (!p && n > 0) return SQLITE_NOMEM;
    c->text = text_buffer(v->conn, (size_t)n + 1, &c->text_cap);
    if (!c->text) return SQLITE_NOMEM;
    if (n > 0 && p) memcpy(c->text, p, (size_t)n);
    c->text[n] = 0;
    c->ntext = (size_t)n;
    c->is_blob = t == SQLITE_BLOB;
    char msg[256];
    if (tj_not_utf8_error(msg, sizeof msg, def->name, c->text, c->ntext)) { /* GBK bytes: no rows of U+FFFD */
        int rc = cursor_error(c, "%s%s", msg, "");
        tvf_reset(c);
        return rc;
    }
    if (def->mode == TJ_TVF_SECTIONS) {
        c->owned = tj_sections_all(v->conn->env, c->text, c->ntext);
        if (!c->owned) {
            tvf_reset(c);
            return SQLITE_NOMEM;
        }
        c->doc = c->owned;
        c->nrows = def->count(c->doc);
        c->row = 0;
        return SQLITE_OK;
    }
    c->stream = tj_stream_open(v->conn->env, c->text, c->ntext, c->year, def->layers);
    if (!c->stream) {
        tvf_reset(c);
        return SQLITE_NOMEM;
    }
    return next_window(c, def);
}

/* Analyse windows until one has rows, or the document ends (doc NULL). */
static int next_window(tvf_cursor *c, const tj_tvf *def) {
    c->row = c->nrows = 0;
    for (;;) {
        if (def->mode == TJ_TVF_FIRST_WINDOW && c->doc) {
            c->doc = NULL; /* doc_info: the opening only */
            return SQLITE_OK;
        }
        c->doc = tj_stream_next(c->stream);
        if (!c->doc) return tj_stream_failed(c->stream) ? SQLITE_NOMEM : SQLITE_OK;
        if (c->doc->error[0]) {
            int rc = cursor_error(c, "%s(): %s", def->name, c->doc->error);
            c->doc = NULL;
            return rc;
        }
        c->nrows = def->count(c->doc);
        if (c->nrows) return SQLITE_OK;
    }
}

static int tvf_next(sqlite3_vtab_cursor *cur) {
    tvf_cursor *c = (tvf_cursor *)cur;
    if (++c->row < c->nrows || !c->stream) return SQLITE_OK;
    return next_window(c, ((tvf_vtab *)cur->pVtab)->def);
}

static int tvf_eof(sqlite3_vtab_cursor *cur) {
    tvf_cursor *c = (tvf_cursor *)cur;
    return !c->doc || c->row >= c->nrows;
}

static int tvf_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
    tvf_cursor *c = (tvf_cursor *)cur;
    const tj_tvf *def = ((tvf_vtab *)cur->pVtab)->def;
    if (col < def->ncols) {
        def->column(ctx, c->doc, c->row, col);
    } else if (col == def->ncols) { /* document */
        if (!c->text)
            sqlite3_result_null(ctx);
        else if (c->is_blob)
            sqlite3_result_blob(ctx, c->text, (int)c->ntext, SQLITE_TRANSIENT);
        else
            sqlite3_result_text(ctx, c->text, (int)c->ntext, SQLITE_TRANSIENT);
    } else { /* year */
        tj_result_opt_int(ctx, c->year);
    }
    return SQLITE_OK;
}

static int tvf_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
    tvf_cursor *c = (tvf_cursor *)cur;
    const tj_tvf *def = ((tvf_vtab *)cur->pVtab)->def;
    *pRowid = (def->id_base && c->doc ? def->id_base(c->doc) : 0) + (sqlite3_int64)c->row + 1;
    return SQLITE_OK;
}

/* Use the EQ constraints on the HIDDEN argument columns.  A constraint that
 * exists but is not usable yet (the right side of a join not yet known)
 * makes this plan impossible: SQLITE_CONSTRAINT lets the planner try another
 * order.  A missing document argument is an error. */
static int tvf_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *info) {
    tvf_vtab *v = (tvf_vtab *)pVtab;
    const tj_tvf *def = v->def;
    int which[2] = {-1, -1}; /* constraint index of each argument: document, year */
    unsigned unusable = 0;
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *k = &info->aConstraint[i];
        int a = k->iColumn - def->ncols;
        if (a < 0 || a >= def->nargs || a >= 2 || k->op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
        if (!k->usable)
            unusable |= 1u << a;
        else if (which[a] < 0)
            which[a] = i;
    }
    for (int a = 0; a < def->nargs && a < 2; a++)
        if (which[a] < 0 && (unusable & (1u << a))) return SQLITE_CONSTRAINT;
    if (which[0] < 0) {
        /* No document.  Planning may be only trying one branch of an OR
         * (WHERE i.kind = 'rank' OR …), where the argument's constraint is
         * not offered; erroring here would fail a valid join.  So this plan
         * is made prohibitively expensive, and if it is ever run (the
         * argument really is missing) xFilter reports the error. */
        info->idxNum = 0;
        info->estimatedCost = 1e99;
        info->estimatedRows = 2147483647;
        return SQLITE_OK;
    }
    int idx = 0, argv_index = 1;
    for (int a = 0; a < def->nargs; a++) {
        if (which[a] < 0) continue;
        info->aConstraintUsage[which[a]].argvIndex = argv_index++;
        info->aConstraintUsage[which[a]].omit = 1;
        idx |= 1 << a;
    }
    info->idxNum = idx;
    info->estimatedCost = 1000.0;
    info->estimatedRows = 1000;
    /* rows come out in id order */
    if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == 0 && !info->aOrderBy[0].desc) info->orderByConsumed = 1;
    return SQLITE_OK;
}

static const sqlite3_module TVF_MODULE = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous only */
    .xConnect = tvf_connect,
    .xBestIndex = tvf_best_index,
    .xDisconnect = tvf_disconnect,
    .xDestroy = tvf_disconnect,
    .xOpen = tvf_open,
    .xClose = tvf_close,
    .xFilter = tvf_filter,
    .xNext = tvf_next,
    .xEof = tvf_eof,
    .xColumn = tvf_column,
    .xRowid = tvf_rowid,
};

static void tvf_aux_free(void *p) {
    tvf_aux *a = p;
    tj_conn_unref(a->conn);
    sqlite3_free(a);
}

int tj_schema_columns(const char *schema) {
    int n = 1;
    for (const char *p = strchr(schema, '('); p && *p; p++)
        n += *p == ',';
    return n;
}

int tj_register_tvf(sqlite3 *db, const tj_tvf *def, tj_conn *conn) {
    /* the named column numbers of a descriptor must match its schema */
    if (tj_schema_columns(def->schema) != def->ncols + def->nargs) return SQLITE_INTERNAL;
    tvf_aux *a = sqlite3_malloc(sizeof *a);
    if (!a) return SQLITE_NOMEM;
    a->def = def;
    a->conn = tj_conn_ref(conn);
    /* on failure SQLite calls the destructor itself */
    return sqlite3_create_module_v2(db, def->name, &TVF_MODULE, a, tvf_aux_free);
}

/* ---- column helpers ------------------------------------------------------ */

void tj_result_span(sqlite3_context *ctx, const tj_doc *d, uint32_t b0, uint32_t b1) {
    sqlite3_result_text(ctx, (const char *)d->s + b0, (int)(b1 - b0), SQLITE_TRANSIENT);
}

void tj_result_str(sqlite3_context *ctx, tj_str s) {
    if (!s.p)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, s.p, (int)s.n, SQLITE_TRANSIENT);
}

void tj_result_date(sqlite3_context *ctx, int32_t v) {
    char buf[16];
    const char *t = tj_date_format(v, buf);
    if (!t)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, t, 10, SQLITE_TRANSIENT);
}

void tj_result_opt_double(sqlite3_context *ctx, int has, double v) {
    if (has)
        sqlite3_result_double(ctx, v);
    else
        sqlite3_result_null(ctx);
}

void tj_result_opt_int(sqlite3_context *ctx, int64_t v) {
    if (!v)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_int64(ctx, v);
}

void tj_result_opt_text(sqlite3_context *ctx, const char *s) {
    if (!s)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text(ctx, s, -1, SQLITE_STATIC);
}

void tj_result_region_code(sqlite3_context *ctx, int32_t code) {
    char buf[8];
    if (code <= 0 || code > 999999) {
        sqlite3_result_null(ctx);
        return;
    }
    for (int k = 5; k >= 0; k--, code /= 10) /* six digits, by hand: every row has one */
        buf[k] = (char)('0' + code % 10);
    sqlite3_result_text(ctx, buf, 6, SQLITE_TRANSIENT);
}
