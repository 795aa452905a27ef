/* tvf_periods.c — periods(document [, year]): every time expression. */
#include "glue.h"

enum { PER_COL_ID, PER_COL_TEXT, PER_COL_START, PER_COL_LENGTH, PER_COL_PERIOD_START, PER_COL_PERIOD_END, PER_COL_KIND, PER_NCOLS };

static int64_t id_base(const tj_doc *d) { return d->base.periods; }

static size_t count(const tj_doc *d) { return d->nperiods; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_period *p = &d->periods[row];
    switch (col) {
    case PER_COL_ID: sqlite3_result_int64(ctx, d->base.periods + (sqlite3_int64)row + 1); break;
    case PER_COL_TEXT: tj_result_span(ctx, d, p->b0, p->b1); break;
    case PER_COL_START: sqlite3_result_int64(ctx, tj_doc_charpos(d, p->b0)); break;
    case PER_COL_LENGTH: sqlite3_result_int64(ctx, tj_doc_charlen(d, p->b0, p->b1)); break;
    case PER_COL_PERIOD_START: tj_result_date(ctx, p->start); break;
    case PER_COL_PERIOD_END: tj_result_date(ctx, p->end); break;
    case PER_COL_KIND: tj_result_opt_text(ctx, tj_period_kind_name(p->kind)); break;
    }
}

const tj_tvf tj_tvf_periods = {
    .name = "periods",
    .schema = "CREATE TABLE x(id INTEGER, text TEXT, start INTEGER, length INTEGER, period_start TEXT,"
              " period_end TEXT, kind TEXT, document HIDDEN, year HIDDEN)",
    .ncols = PER_NCOLS,
    .nargs = 2,
    .layers = TJ_LAYER_PERIODS,
    .count = count,
    .id_base = id_base,
    .column = column,
};
