/* tvf_quantities.c — quantities(document): every number with its unit. */
#include "glue.h"

static size_t count(const tj_doc *d) { return d->nquantities; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_quantity *q = &d->quantities[row];
    switch (col) {
    case 0: sqlite3_result_int64(ctx, (sqlite3_int64)row + 1); break;
    case 1: tj_result_opt_text(ctx, tj_quantity_kind_name(q->kind)); break;
    case 2: sqlite3_result_double(ctx, q->value); break;
    case 3: tj_result_opt_double(ctx, q->has_max, q->value_max); break;
    case 4: tj_result_opt_text(ctx, tj_qualifier_name(q->qualifier)); break;
    case 5: tj_result_opt_text(ctx, q->unit); break;
    case 6: tj_result_opt_text(ctx, q->currency); break;
    case 7: tj_result_span(ctx, d, q->b0, q->b1); break;
    case 8: sqlite3_result_int64(ctx, tj_doc_charpos(d, q->b0)); break;
    case 9: sqlite3_result_int64(ctx, tj_doc_charlen(d, q->b0, q->b1)); break;
    }
}

const tj_tvf tj_tvf_quantities = {
    .name = "quantities",
    .schema = "CREATE TABLE x(id INTEGER, kind TEXT, value REAL, value_max REAL, qualifier TEXT, unit TEXT,"
              " currency TEXT, text TEXT, start INTEGER, length INTEGER, document HIDDEN)",
    .ncols = 10,
    .nargs = 1,
    .layers = TJ_LAYER_QUANTITIES,
    .count = count,
    .column = column,
};
