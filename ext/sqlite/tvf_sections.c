/* tvf_sections.c — sections(document): the heading tree. */
#include "glue.h"

enum { SEC_COL_ID, SEC_COL_PARENT, SEC_COL_LEVEL, SEC_COL_LABEL, SEC_COL_TITLE, SEC_COL_START, SEC_COL_LENGTH, SEC_COL_BODY, SEC_NCOLS };

static size_t count(const tj_doc *d) { return d->nsections; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_section *s = &d->sections[row];
    switch (col) {
    case SEC_COL_ID: sqlite3_result_int64(ctx, (sqlite3_int64)row + 1); break;
    case SEC_COL_PARENT: tj_result_opt_int(ctx, s->parent); break;
    case SEC_COL_LEVEL: sqlite3_result_int64(ctx, s->level); break;
    case SEC_COL_LABEL: tj_result_str(ctx, s->label); break;
    case SEC_COL_TITLE: tj_result_str(ctx, s->title); break;
    case SEC_COL_START: sqlite3_result_int64(ctx, tj_doc_charpos(d, s->b0)); break;
    case SEC_COL_LENGTH: sqlite3_result_int64(ctx, tj_doc_charlen(d, s->b0, s->b1)); break;
    case SEC_COL_BODY: /* NULL when the heading is followed straight away by a subsection */
        if (s->body1 > s->body0)
            tj_result_span(ctx, d, s->body0, s->body1);
        else
            sqlite3_result_null(ctx);
        break;
    }
}

const tj_tvf tj_tvf_sections = {
    .name = "sections",
    .schema = "CREATE TABLE x(id INTEGER, parent INTEGER, level INTEGER, label TEXT, title TEXT, start INTEGER,"
              " length INTEGER, body TEXT, document HIDDEN)",
    .ncols = SEC_NCOLS,
    .nargs = 1,
    .layers = TJ_LAYER_SECTIONS,
    .mode = TJ_TVF_SECTIONS,
    .count = count,
    .column = column,
};
