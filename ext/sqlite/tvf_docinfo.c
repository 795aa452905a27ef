/* tvf_docinfo.c — doc_info(document): one row about the document as a whole. */
#include "glue.h"

enum { DOC_COL_TITLE, DOC_COL_KIND, DOC_COL_REGION, DOC_COL_REGION_CODE, DOC_COL_YEAR, DOC_COL_DATE, DOC_NCOLS };

static size_t count(const tj_doc *d) {
    (void)d;
    return 1;
}

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    (void)row;
    const tj_docinfo *i = &d->info;
    switch (col) {
    case DOC_COL_TITLE: tj_result_str(ctx, i->title); break;
    case DOC_COL_KIND: tj_result_opt_text(ctx, tj_doc_kind_name(i->kind)); break;
    case DOC_COL_REGION: tj_result_opt_text(ctx, tj_region_name(i->region)); break;
    case DOC_COL_REGION_CODE: tj_result_region_code(ctx, i->region); break;
    case DOC_COL_YEAR: tj_result_opt_int(ctx, i->year); break;
    case DOC_COL_DATE: tj_result_date(ctx, i->date); break;
    }
}

const tj_tvf tj_tvf_docinfo = {
    .name = "doc_info",
    .schema = "CREATE TABLE x(title TEXT, kind TEXT, region TEXT, region_code TEXT, year INTEGER, date TEXT,"
              " document HIDDEN)",
    .ncols = DOC_NCOLS,
    .nargs = 1,
    .layers = TJ_LAYER_DOCINFO,
    .mode = TJ_TVF_FIRST_WINDOW,
    .count = count,
    .column = column,
};
