/* tvf_quantities.c — quantities(document): every number with its unit. */
#include "glue.h"

enum { QTY_COL_ID, QTY_COL_KIND, QTY_COL_VALUE, QTY_COL_VALUE_MAX, QTY_COL_QUALIFIER, QTY_COL_UNIT, QTY_COL_CURRENCY, QTY_COL_TEXT, QTY_COL_START, QTY_COL_LENGTH, QTY_NCOLS };

static int64_t id_base(const tj_doc *d) { return d->base.quantities; }

static size_t count(const tj_doc *d) { return d->nquantities; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_quantity *q = &d->quantities[row];
    switch (col) {
    case QTY_COL_ID: sqlite3_result_int64(ctx, d->base.quantities + (sqlite3_int64)row + 1); break;
    case QTY_COL_KIND: tj_result_opt_text(ctx, tj_quantity_kind_name(q->kind)); break;
    case QTY_COL_VALUE: sqlite3_result_double(ctx, q->value); break;
    case QTY_COL_VALUE_MAX: tj_result_opt_double(ctx, q->has_max, q->value_max); break;
    case QTY_COL_QUALIFIER: tj_result_opt_text(ctx, tj_qualifier_name(q->qualifier)); break;
    case QTY_COL_UNIT: tj_result_opt_text(ctx, q->unit); break;
    case QTY_COL_CURRENCY: tj_result_opt_text(ctx, q->currency); break;
    case QTY_COL_TEXT: tj_result_span(ctx, d, q->b0, q->b1); break;
    case QTY_COL_START: sqlite3_result_int64(ctx, tj_doc_charpos(d, q->b0)); break;
    case QTY_COL_LENGTH: sqlite3_result_int64(ctx, tj_doc_charlen(d, q->b0, q->b1)); break;
    }
}

const tj_tvf tj_tvf_quantities = {
    .name = "quantities",
    .schema = "CREATE TABLE x(id INTEGER, kind TEXT, value REAL, value_max REAL, qualifier TEXT, unit TEXT,"
              " currency TEXT, text TEXT, start INTEGER, length INTEGER, document HIDDEN)",
    .ncols = QTY_NCOLS,
    .nargs = 1,
    .layers = TJ_LAYER_QUANTITIES,
    .count = count,
    .id_base = id_base,
    .column = column,
};
