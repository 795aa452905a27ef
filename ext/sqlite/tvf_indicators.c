/* tvf_indicators.c — indicators(document [, year]): the statistical values a document states. */
#include "glue.h"

enum {
    IND_COL_ID,
    IND_COL_SECTION,
    IND_COL_SENTENCE,
    IND_COL_SUBJECT,
    IND_COL_SCOPE,
    IND_COL_KIND,
    IND_COL_VALUE,
    IND_COL_VALUE_MAX,
    IND_COL_QUALIFIER,
    IND_COL_UNIT,
    IND_COL_CURRENCY,
    IND_COL_BASIS,
    IND_COL_PERIOD,
    IND_COL_PERIOD_START,
    IND_COL_PERIOD_END,
    IND_COL_STATUS,
    IND_COL_TEXT,
    IND_COL_START,
    IND_COL_LENGTH,
    IND_COL_PERIOD_SOURCE,
    IND_COL_CONCEPT,
    IND_COL_REGION,
    IND_COL_REGION_CODE,
    IND_NCOLS
};

static int64_t id_base(const tj_doc *d) { return d->base.indicators; }

static size_t count(const tj_doc *d) { return d->nindicators; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_indicator *r = &d->indicators[row];
    switch (col) {
    case IND_COL_ID: sqlite3_result_int64(ctx, d->base.indicators + (sqlite3_int64)row + 1); break;
    case IND_COL_SECTION: tj_result_opt_int(ctx, r->section); break;
    case IND_COL_SENTENCE: tj_result_opt_int(ctx, r->sentence); break;
    case IND_COL_SUBJECT: tj_result_str(ctx, r->subject); break;
    case IND_COL_SCOPE: tj_result_str(ctx, r->scope); break;
    case IND_COL_KIND: tj_result_opt_text(ctx, tj_indicator_kind_name(r->kind)); break;
    case IND_COL_VALUE: sqlite3_result_double(ctx, r->value); break;
    case IND_COL_VALUE_MAX: tj_result_opt_double(ctx, r->has_max, r->value_max); break;
    case IND_COL_QUALIFIER: tj_result_opt_text(ctx, tj_qualifier_name(r->qualifier)); break;
    case IND_COL_UNIT: tj_result_opt_text(ctx, r->unit); break;
    case IND_COL_CURRENCY: tj_result_opt_text(ctx, r->currency); break;
    case IND_COL_BASIS: tj_result_str(ctx, r->basis); break;
    case IND_COL_PERIOD: tj_result_str(ctx, r->period); break;
    case IND_COL_PERIOD_START: tj_result_date(ctx, r->period_start); break;
    case IND_COL_PERIOD_END: tj_result_date(ctx, r->period_end); break;
    case IND_COL_STATUS: tj_result_opt_text(ctx, tj_status_name(r->status)); break;
    case IND_COL_TEXT: tj_result_span(ctx, d, r->b0, r->b1); break;
    case IND_COL_START: sqlite3_result_int64(ctx, tj_doc_charpos(d, r->b0)); break;
    case IND_COL_LENGTH: sqlite3_result_int64(ctx, tj_doc_charlen(d, r->b0, r->b1)); break;
    case IND_COL_PERIOD_SOURCE: tj_result_opt_text(ctx, tj_period_source_name(r->period_source)); break;
    case IND_COL_CONCEPT: tj_result_opt_text(ctx, tj_concept_code(r->concept)); break;
    case IND_COL_REGION: tj_result_opt_text(ctx, tj_region_name(r->region)); break;
    case IND_COL_REGION_CODE: tj_result_region_code(ctx, r->region); break;
    }
}

const tj_tvf tj_tvf_indicators = {
    .name = "indicators",
    .schema = "CREATE TABLE x(id INTEGER, section INTEGER, sentence INTEGER, subject TEXT, scope TEXT, kind TEXT,"
              " value REAL, value_max REAL, qualifier TEXT, unit TEXT, currency TEXT, basis TEXT, period TEXT,"
              " period_start TEXT, period_end TEXT, status TEXT, text TEXT, start INTEGER, length INTEGER,"
              " period_source TEXT, concept TEXT, region TEXT, region_code TEXT, document HIDDEN, year HIDDEN)",
    .ncols = IND_NCOLS,
    .nargs = 2,
    .layers = TJ_LAYER_INDICATORS,
    .count = count,
    .id_base = id_base,
    .column = column,
};
