/* tvf_indicators.c — indicators(document [, year]): the statistical values a document states. */
#include "glue.h"

static size_t count(const tj_doc *d) { return d->nindicators; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_indicator *r = &d->indicators[row];
    switch (col) {
    case 0: sqlite3_result_int64(ctx, (sqlite3_int64)row + 1); break;
    case 1: tj_result_opt_int(ctx, r->section); break;
    case 2: tj_result_opt_int(ctx, r->sentence); break;
    case 3: tj_result_str(ctx, r->subject); break;
    case 4: tj_result_str(ctx, r->scope); break;
    case 5: tj_result_opt_text(ctx, tj_indicator_kind_name(r->kind)); break;
    case 6: sqlite3_result_double(ctx, r->value); break;
    case 7: tj_result_opt_double(ctx, r->has_max, r->value_max); break;
    case 8: tj_result_opt_text(ctx, tj_qualifier_name(r->qualifier)); break;
    case 9: tj_result_opt_text(ctx, r->unit); break;
    case 10: tj_result_opt_text(ctx, r->currency); break;
    case 11: tj_result_str(ctx, r->basis); break;
    case 12: tj_result_str(ctx, r->period); break;
    case 13: tj_result_date(ctx, r->period_start); break;
    case 14: tj_result_date(ctx, r->period_end); break;
    case 15: tj_result_opt_text(ctx, tj_status_name(r->status)); break;
    case 16: tj_result_span(ctx, d, r->b0, r->b1); break;
    case 17: sqlite3_result_int64(ctx, tj_doc_charpos(d, r->b0)); break;
    case 18: sqlite3_result_int64(ctx, tj_doc_charlen(d, r->b0, r->b1)); break;
    }
}

const tj_tvf tj_tvf_indicators = {
    .name = "indicators",
    .schema = "CREATE TABLE x(id INTEGER, section INTEGER, sentence INTEGER, subject TEXT, scope TEXT, kind TEXT,"
              " value REAL, value_max REAL, qualifier TEXT, unit TEXT, currency TEXT, basis TEXT, period TEXT,"
              " period_start TEXT, period_end TEXT, status TEXT, text TEXT, start INTEGER, length INTEGER,"
              " document HIDDEN, year HIDDEN)",
    .ncols = 19,
    .nargs = 2,
    .layers = TJ_LAYER_INDICATORS,
    .count = count,
    .column = column,
};
