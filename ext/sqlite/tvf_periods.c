/* tvf_periods.c — periods(document [, year]): every time expression. */
#include "glue.h"

static size_t count(const tj_doc *d) { return d->nperiods; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_period *p = &d->periods[row];
    switch (col) {
    case 0: sqlite3_result_int64(ctx, (sqlite3_int64)row + 1); break;
    case 1: tj_result_span(ctx, d, p->b0, p->b1); break;
    case 2: sqlite3_result_int64(ctx, tj_doc_charpos(d, p->b0)); break;
    case 3: sqlite3_result_int64(ctx, tj_doc_charlen(d, p->b0, p->b1)); break;
    case 4: tj_result_date(ctx, p->start); break;
    case 5: tj_result_date(ctx, p->end); break;
    case 6: tj_result_opt_text(ctx, tj_period_kind_name(p->kind)); break;
    }
}

const tj_tvf tj_tvf_periods = {
    .name = "periods",
    .schema = "CREATE TABLE x(id INTEGER, text TEXT, start INTEGER, length INTEGER, period_start TEXT,"
              " period_end TEXT, kind TEXT, document HIDDEN, year HIDDEN)",
    .ncols = 7,
    .nargs = 2,
    .layers = TJ_LAYER_PERIODS,
    .count = count,
    .column = column,
};
