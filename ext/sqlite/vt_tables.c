/*
 * vt_tables.c — the tables tongji ships to join with: tongji_concepts (the
 * concept vocabulary) and tongji_regions (China's administrative divisions).
 * Eponymous read-only virtual tables without arguments; an equality on the
 * first column (code) is a lookup, anything else a scan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/concepts.h"
#include "../core/regions.h"
#include "glue.h"

/* A table of rows known at build time. */
typedef struct tj_table {
    const char *name;
    const char *schema;
    int ncols; /* the named column numbers' count, checked against the schema */
    size_t (*count)(void);
    void (*column)(sqlite3_context *ctx, size_t row, int col);
    long (*find)(const char *code); /* the row whose code it is, or -1 */
} tj_table;

typedef struct table_vtab {
    sqlite3_vtab base;
    const tj_table *def;
} table_vtab;

typedef struct table_cursor {
    sqlite3_vtab_cursor base;
    size_t row, end;
} table_cursor;

/* ---- tongji_regions ------------------------------------------------------ */

enum { REG_COL_CODE, REG_COL_NAME, REG_COL_LEVEL, REG_COL_PARENT, REG_NCOLS };

static size_t regions_count(void) { return TJ_NREGIONS; }

static void regions_column(sqlite3_context *ctx, size_t row, int col) {
    const tj_region *r = &TJ_REGIONS[row];
    switch (col) {
    case REG_COL_CODE: tj_result_region_code(ctx, r->code); break;
    case REG_COL_NAME: sqlite3_result_text(ctx, r->name, -1, SQLITE_STATIC); break;
    case REG_COL_LEVEL: tj_result_opt_text(ctx, tj_region_level_name(r->code)); break;
    case REG_COL_PARENT: tj_result_region_code(ctx, r->parent); break;
    }
}

static long regions_find(const char *code) {
    char *end;
    long v = strtol(code, &end, 10);
    if (end == code || *end || strlen(code) != 6) return -1;
    const tj_region *r = tj_region_by_code((int32_t)v);
    return r ? (long)(r - TJ_REGIONS) : -1;
}

static const tj_table REGIONS = {
    .name = "tongji_regions",
    .schema = "CREATE TABLE x(code TEXT, name TEXT, level TEXT, parent TEXT)",
    .ncols = REG_NCOLS,
    .count = regions_count,
    .column = regions_column,
    .find = regions_find,
};

/* ---- tongji_concepts ----------------------------------------------------- */

enum { CON_COL_CODE, CON_COL_NAME_ZH, CON_COL_ALIASES, CON_COL_NAME_EN, CON_COL_MEASURE, CON_COL_UNIT, CON_COL_WDI, CON_NCOLS };

static size_t concepts_count(void) { return TJ_NCONCEPTS; }

static void text_or_null(sqlite3_context *ctx, const char *s) { tj_result_opt_text(ctx, s && *s ? s : NULL); }

static void concepts_column(sqlite3_context *ctx, size_t row, int col) {
    const tj_concept *c = &TJ_CONCEPTS[row];
    switch (col) {
    case CON_COL_CODE: text_or_null(ctx, c->code); break;
    case CON_COL_NAME_ZH: text_or_null(ctx, c->name_zh); break;
    case CON_COL_ALIASES: text_or_null(ctx, c->aliases); break;
    case CON_COL_NAME_EN: text_or_null(ctx, c->name_en); break;
    case CON_COL_MEASURE: text_or_null(ctx, c->measure); break;
    case CON_COL_UNIT: text_or_null(ctx, c->unit); break;
    case CON_COL_WDI: text_or_null(ctx, c->wdi); break;
    }
}

static long concepts_find(const char *code) {
    for (size_t k = 0; k < TJ_NCONCEPTS; k++)
        if (!strcmp(TJ_CONCEPTS[k].code, code)) return (long)k;
    return -1;
}

static const tj_table CONCEPTS = {
    .name = "tongji_concepts",
    .schema = "CREATE TABLE x(code TEXT, name_zh TEXT, aliases TEXT, name_en TEXT, measure TEXT, unit TEXT, wdi TEXT)",
    .ncols = CON_NCOLS,
    .count = concepts_count,
    .column = concepts_column,
    .find = concepts_find,
};

/* ---- the module ---------------------------------------------------------- */

static int table_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **ppVtab,
                         char **pzErr) {
    (void)argc;
    (void)argv;
    const tj_table *def = aux;
    int rc = sqlite3_declare_vtab(db, def->schema);
    if (rc != SQLITE_OK) {
        *pzErr = sqlite3_mprintf("%s: cannot declare its table: %s", def->name, sqlite3_errmsg(db));
        return rc;
    }
    rc = sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    if (rc != SQLITE_OK) return rc;
    table_vtab *v = sqlite3_malloc(sizeof *v);
    if (!v) return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->def = def;
    *ppVtab = &v->base;
    return SQLITE_OK;
}

static int table_disconnect(sqlite3_vtab *pVtab) {
    sqlite3_free(pVtab);
    return SQLITE_OK;
}

static int table_open(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor) {
    (void)pVtab;
    table_cursor *c = sqlite3_malloc(sizeof *c);
    if (!c) return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *ppCursor = &c->base;
    return SQLITE_OK;
}

static int table_close(sqlite3_vtab_cursor *cur) {
    sqlite3_free(cur);
    return SQLITE_OK;
}

/* idxNum 1: argv[0] is the code looked up; 0: every row. */
static int table_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc, sqlite3_value **argv) {
    (void)idxStr;
    table_cursor *c = (table_cursor *)cur;
    const tj_table *def = ((table_vtab *)cur->pVtab)->def;
    c->row = 0;
    c->end = def->count();
    if (idxNum == 1 && argc >= 1) {
        const char *code = (const char *)sqlite3_value_text(argv[0]);
        if (!code && sqlite3_value_type(argv[0]) != SQLITE_NULL) return SQLITE_NOMEM;
        long r = code ? def->find(code) : -1;
        c->row = r < 0 ? 0 : (size_t)r;
        c->end = r < 0 ? 0 : (size_t)r + 1;
    }
    return SQLITE_OK;
}

static int table_next(sqlite3_vtab_cursor *cur) {
    ((table_cursor *)cur)->row++;
    return SQLITE_OK;
}

static int table_eof(sqlite3_vtab_cursor *cur) {
    const table_cursor *c = (const table_cursor *)cur;
    return c->row >= c->end;
}

static int table_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col) {
    ((table_vtab *)cur->pVtab)->def->column(ctx, ((table_cursor *)cur)->row, col);
    return SQLITE_OK;
}

static int table_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid) {
    *pRowid = (sqlite3_int64)((table_cursor *)cur)->row + 1;
    return SQLITE_OK;
}

static int table_best_index(sqlite3_vtab *pVtab, sqlite3_index_info *info) {
    const tj_table *def = ((table_vtab *)pVtab)->def;
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *k = &info->aConstraint[i];
        if (k->iColumn == 0 && k->op == SQLITE_INDEX_CONSTRAINT_EQ && k->usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->idxNum = 1;
            info->estimatedCost = 1.0;
            info->estimatedRows = 1;
            info->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
            return SQLITE_OK;
        }
    }
    info->idxNum = 0;
    info->estimatedCost = (double)def->count();
    info->estimatedRows = (sqlite3_int64)def->count();
    return SQLITE_OK;
}

static const sqlite3_module TABLE_MODULE = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous only */
    .xConnect = table_connect,
    .xBestIndex = table_best_index,
    .xDisconnect = table_disconnect,
    .xDestroy = table_disconnect,
    .xOpen = table_open,
    .xClose = table_close,
    .xFilter = table_filter,
    .xNext = table_next,
    .xEof = table_eof,
    .xColumn = table_column,
    .xRowid = table_rowid,
};

int tj_register_tables(sqlite3 *db) {
    if (tj_schema_columns(REGIONS.schema) != REGIONS.ncols || tj_schema_columns(CONCEPTS.schema) != CONCEPTS.ncols)
        return SQLITE_INTERNAL;
    int rc = sqlite3_create_module_v2(db, REGIONS.name, &TABLE_MODULE, (void *)&REGIONS, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_create_module_v2(db, CONCEPTS.name, &TABLE_MODULE, (void *)&CONCEPTS, NULL);
    return rc;
}
