/* tvf_sentences.c — sentences(document): id, text, start, length, section. */
#include "glue.h"

enum { SEN_COL_ID, SEN_COL_TEXT, SEN_COL_START, SEN_COL_LENGTH, SEN_COL_SECTION, SEN_NCOLS };

static int64_t id_base(const tj_doc *d) { return d->base.sentences; }

static size_t count(const tj_doc *d) { return d->nsentences; }

static void column(sqlite3_context *ctx, const tj_doc *d, size_t row, int col) {
    const tj_sentence *t = &d->sentences[row];
    switch (col) {
    case SEN_COL_ID: sqlite3_result_int64(ctx, d->base.sentences + (sqlite3_int64)row + 1); break;
    case SEN_COL_TEXT: tj_result_span(ctx, d, t->b0, t->b1); break;
    case SEN_COL_START: sqlite3_result_int64(ctx, tj_doc_charpos(d, t->b0)); break;
    case SEN_COL_LENGTH: sqlite3_result_int64(ctx, tj_doc_charlen(d, t->b0, t->b1)); break;
    case SEN_COL_SECTION: tj_result_opt_int(ctx, t->section); break;
    }
}

const tj_tvf tj_tvf_sentences = {
    .name = "sentences",
    .schema = "CREATE TABLE x(id INTEGER, text TEXT, start INTEGER, length INTEGER, section INTEGER,"
              " document HIDDEN)",
    .ncols = SEN_NCOLS,
    .nargs = 1,
    .layers = TJ_LAYER_SENTENCES,
    .count = count,
    .id_base = id_base,
    .column = column,
};
