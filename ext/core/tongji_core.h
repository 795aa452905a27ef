/*
 * tongji_core.h — the extraction core: plain C over a UTF-8 byte buffer.
 *
 * Nothing here knows SQLite.  A caller creates one tj_env (word tables and
 * compiled PCRE2 patterns; read-only once built, so it may be shared by the
 * cursors of one connection) and, per document, calls tj_analyze() for the
 * layers it needs.  Rows are arrays in document order; every span is a byte
 * range of tj_doc.s, converted to 1-based character positions with
 * tj_doc_charpos().
 */
#ifndef TONGJI_CORE_H
#define TONGJI_CORE_H

#include <stddef.h>
#include <stdint.h>

#include "numerals.h"
#include "text.h"

typedef struct tj_env tj_env;

/* A piece of text: either a span of the document or a string the core built
 * (a subject with its shared head attached).  p == NULL means SQL NULL. */
typedef struct tj_str {
    const char *p;
    uint32_t n;
} tj_str;

/* Layers tj_analyze can compute; each pulls in what it depends on. */
enum {
    TJ_LAYER_SENTENCES = 1,
    TJ_LAYER_SECTIONS = 2,
    TJ_LAYER_QUANTITIES = 4,
    TJ_LAYER_PERIODS = 8,
    TJ_LAYER_INDICATORS = 16,
    TJ_LAYER_DOCINFO = 32,
};

/* ---- rows ---------------------------------------------------------------- */

typedef struct tj_section {
    uint32_t b0, b1;       /* the whole section: heading, body, subsections */
    uint32_t h0, h1;       /* the heading line (label + title) */
    uint32_t body0, body1; /* own text, up to the first subsection */
    tj_str label, title;
    int32_t parent; /* id of the enclosing section, 0 = none */
    int32_t level;
    int32_t style; /* internal: heading style */
} tj_section;

typedef struct tj_sentence {
    uint32_t b0, b1;
    int32_t section; /* id, 0 = none */
    int32_t para;    /* id of the sentence that opens its paragraph, 0 = none (a heading or title alone) */
} tj_sentence;

enum { TJ_Q_MONEY = 1, TJ_Q_PERCENT, TJ_Q_POINTS, TJ_Q_COUNT, TJ_Q_MEASURE, TJ_Q_ORDINAL, TJ_Q_NUMBER };
enum { TJ_QUAL_NONE = 0, TJ_QUAL_APPROX, TJ_QUAL_OVER, TJ_QUAL_UNDER, TJ_QUAL_RANGE };

typedef struct tj_quantity {
    uint32_t b0, b1;       /* text: qualifier + number + magnitude + unit */
    uint32_t num0, num1;   /* the number itself (first number of a range) */
    uint32_t unit0, unit1; /* the unit word as written (0,0 = none) */
    tj_dec val, val_max;
    double value, value_max;
    uint8_t kind;      /* TJ_Q_* */
    uint8_t qualifier; /* TJ_QUAL_* */
    uint8_t has_max;
    uint8_t flags;        /* internal: TJ_QF_* */
    uint16_t unit_flags;  /* internal: TJ_UF_* of the unit word (lexicon.h) */
    const char *unit;     /* normalised unit, NULL for none */
    const char *currency; /* ISO 4217 or NULL */
} tj_quantity;

enum { TJ_QF_CJK = 1, TJ_QF_BARE = 2, TJ_QF_PREFIX_QUAL = 4, TJ_QF_DOUBLING = 8 /* 翻一番 */ };

enum { TJ_P_YEAR = 1, TJ_P_HALF, TJ_P_QUARTER, TJ_P_MONTH, TJ_P_MONTHS, TJ_P_TO_DATE, TJ_P_DAY, TJ_P_YEARS };

typedef struct tj_period {
    uint32_t b0, b1;
    uint8_t kind;       /* TJ_P_* */
    uint8_t flags;      /* TJ_PF_*: how the expression is used in its sentence */
    int32_t start, end; /* resolved dates, yyyymmdd, 0 = NULL */
    /* what the expression says, before a year is chosen: */
    int16_t y0, y1;     /* written years (y1 > y0 for a span), 0 = none */
    int8_t rel;         /* 今年 0, 去年 -1, 明年 +1; TJ_REL_NONE = not relative */
    uint8_t yearless;   /* needs a year from the context (全年, 1—10月) */
    uint8_t m0, m1;     /* months 1-12, 0 = the whole year */
    uint8_t d0, d1;     /* days, 0 = the whole month */
    uint8_t open_start; /* 截至…, …末: no first day */
    uint8_t open_end;   /* …以来, …起: no last day */
    uint8_t no_dates;   /* 目前, 当日: dates cannot be known */
    uint8_t past;       /* 一年来: of the year under review (in a work report, the one before the reference year) */
    uint8_t span;       /* a span of years without written years (五年来, 过去五年): its length */
    uint8_t span_kind;  /* TJ_SPAN_*: how such a span finds its years */
    uint8_t same_part;  /* 去年同期: the part of the year spoken of last, in that year */
} tj_period;

/* Spans of years counted in the text, without written years. */
enum {
    TJ_SPAN_BACK = 1, /* 过去五年: the years before the reference year */
    TJ_SPAN_SINCE,    /* 五年来: the heading's span; in a work report the years before the reference year, else up to it */
    TJ_SPAN_BARE,     /* 五年 opening a clause: the heading's span; in a work report the years before the reference year */
    TJ_SPAN_WITHIN,   /* 五年内: the heading's span */
};

/* What dates a period in its context: the reference year, the year and the
 * span of years the nearest headings name, and what kind of document it is. */
typedef struct tj_time_ctx {
    int ref;          /* reference year, 0 = none */
    int head_year;    /* the year the nearest heading naming one names, 0 = none */
    int span0, span1; /* the span of years the nearest heading naming one names, 0 = none */
    int report;       /* a government work report: a value looking back is of the year before ref */
    int past;         /* the value is an actual one (in a report, of the year under review) */
} tj_time_ctx;

/* The dates of p (yyyymmdd, 0 = NULL) in context t. */
void tj_period_dates(const tj_period *p, const tj_time_ctx *t, int32_t *start, int32_t *end);

#define TJ_REL_NONE 127

/* TJ_PF_BASIS: part of a comparison (比上年, 与2021年底相比); TJ_PF_NAME: inside
 * a title or name (《…(2022—2024年)》).  Neither governs a value. */
enum { TJ_PF_BASIS = 1, TJ_PF_NAME = 2 };

enum { TJ_K_AMOUNT = 1, TJ_K_CHANGE, TJ_K_SHARE, TJ_K_RANK };
/* Where an indicator's dates come from (indicators.md, period_start rules 1-4). */
enum { TJ_PS_TEXT = 1, TJ_PS_PARAGRAPH, TJ_PS_HEADING, TJ_PS_DOCUMENT };
enum { TJ_S_ACTUAL = 1, TJ_S_TARGET, TJ_S_FORECAST };

typedef struct tj_indicator {
    int32_t section, sentence; /* ids, 0 = none */
    tj_str subject, scope, basis, period;
    uint8_t kind, status, qualifier, has_max;
    double value, value_max;
    const char *unit, *currency;
    int32_t period_start, period_end; /* yyyymmdd, 0 = NULL */
    uint8_t period_source;            /* TJ_PS_*, 0 = no dates */
    int16_t concept;                  /* 1 + index in the concept table (tj_concept_code), 0 = none */
    int32_t region;                   /* GB/T 2260 code of the division it is about, 0 = none */
    uint32_t b0, b1;                  /* text */
} tj_indicator;

/* The document as a whole (doc_info). */
enum { TJ_DOC_REPORT = 1, TJ_DOC_BULLETIN, TJ_DOC_NEWS, TJ_DOC_OTHER };

typedef struct tj_docinfo {
    tj_str title;   /* one line, spaces between Chinese characters removed; NULL if none */
    uint8_t kind;   /* TJ_DOC_* */
    int32_t region; /* GB/T 2260 code, 0 = none */
    int year;       /* reference year, 0 = none */
    int32_t date;   /* yyyymmdd, 0 = none */
} tj_docinfo;

/* ---- the analysed document ------------------------------------------- */

typedef struct tj_arena tj_arena;

typedef struct tj_doc {
    const unsigned char *s; /* the text (owned by the caller, must outlive doc) */
    size_t n;               /* bytes, up to the first NUL */
    int year;               /* the year argument, 0 = none */
    int ref_year;           /* the reference year: the argument, else info.year (0 = none) */
    unsigned layers;
    tj_docinfo info;        /* TJ_LAYER_DOCINFO */
    tj_charmap cmap;
    tj_arena *arena; /* strings built by the core */

    tj_section *sections;
    size_t nsections;
    tj_sentence *sentences;
    size_t nsentences;
    tj_quantity *quantities;
    size_t nquantities;
    tj_period *periods;
    size_t nperiods;
    tj_indicator *indicators;
    size_t nindicators;

    /* A window of a long document (tj_stream): s points into the document at
     * its window; these count what came before, so that ids and character
     * offsets are the document's.  All 0 for a whole text. */
    struct tj_bases {
        int64_t chars;
        int64_t sections, sentences, quantities, periods, indicators;
    } base;

    char error[96]; /* non-empty when the analysis failed (a PCRE2 error) */
    void *priv;     /* internal per-analysis state (match data, line table) */
} tj_doc;

/* Every allocation of the core goes through these three (libc's by
 * default): the SQLite glue passes SQLite's, so that its heap limits and
 * counters see the core.  Set before any environment is made. */
void tj_set_allocator(void *(*m)(size_t), void *(*r)(void *, size_t), void (*f)(void *));
void *tj_malloc(size_t n);
void tj_free(void *p);

/* Errors: the core returns NULL and sets *err to a static message;
 * tj_err_nomem (compare the pointer) when memory ran out. */
extern const char tj_err_nomem[];
tj_env *tj_env_new(const char **err);
void tj_env_free(tj_env *env);
/* "on" when PCRE2's JIT compiled every pattern. */
int tj_env_jit(const tj_env *env);

/* Analyse text[0..n) (it must stay alive and unchanged while the doc is
 * used).  year is 0 or 1000-9999.  Returns NULL only when memory runs out;
 * doc->error is set when pattern matching failed. */
tj_doc *tj_analyze(const tj_env *env, const char *text, size_t n, int year, unsigned layers);
void tj_doc_free(tj_doc *doc);

/* A long document a window at a time (stream.c): each call to tj_stream_next
 * analyses the next window (whole paragraphs, about 256 KiB) with what it
 * needs of the windows before it, and returns it (valid until the next call;
 * its ids and character offsets are the document's, see tj_doc.base), or
 * NULL at the end or when memory ran out (tj_stream_failed).  A text of up
 * to 320 KiB is one window, analysed exactly as tj_analyze does. */
typedef struct tj_stream tj_stream;
tj_stream *tj_stream_open(const tj_env *env, const char *text, size_t n, int year, unsigned layers);
const tj_doc *tj_stream_next(tj_stream *st);
int tj_stream_failed(const tj_stream *st);
void tj_stream_close(tj_stream *st);
/* Every section of a document, by windows as the stream finds them (the ids
 * of indicators() and sentences() refer to these): a document of sections
 * only, with the text's offsets.  NULL when memory runs out. */
tj_doc *tj_sections_all(const tj_env *env, const char *text, size_t n);

/* 1-based character position of byte b in the document, and character
 * length of [b0, b1). */
static inline int64_t tj_doc_charpos(const tj_doc *d, uint32_t b) {
    return d->base.chars + (int64_t)tj_charmap_count(&d->cmap, b) + 1;
}
static inline int64_t tj_doc_charlen(const tj_doc *d, uint32_t b0, uint32_t b1) {
    return (int64_t)tj_charmap_count(&d->cmap, b1) - (int64_t)tj_charmap_count(&d->cmap, b0);
}

/* The innermost section (id, 0 = none) that contains byte b. */
int32_t tj_section_at(const tj_doc *d, uint32_t b);

/* Names used in SQL for enum values. */
const char *tj_quantity_kind_name(int k);
const char *tj_qualifier_name(int q);
const char *tj_period_kind_name(int k);
const char *tj_indicator_kind_name(int k);
const char *tj_status_name(int s);
const char *tj_doc_kind_name(int k);
const char *tj_period_source_name(int s);
/* The code of an indicator's concept (gdp, cpi…), NULL for 0. */
const char *tj_concept_code(int concept);
/* A division's standard name, its level ("country", "province", "prefecture",
 * "county") and its parent's code; NULL / 0 for an unknown code. */
const char *tj_region_name(int32_t code);
const char *tj_region_level_name(int32_t code);
/* yyyymmdd -> "YYYY-MM-DD" into buf[11]; returns buf or NULL when d == 0. */
const char *tj_date_format(int32_t d, char *buf);

/* Text that is not UTF-8 (encoding.c).  tj_mostly_not_utf8: in its first 64
 * KiB, a fifth or more of the bytes outside ASCII (and 32 or more) are in no
 * valid UTF-8 sequence.  tj_guess_encoding: GB18030 (which includes GBK and GB2312) or
 * BIG5, whichever decodes the text into more of the characters common in
 * Chinese text; NULL when neither decodes it into Chinese text.  tj_to_utf8: the text converted
 * from enc (an iconv name) to UTF-8, NUL-terminated (free with tj_free), its
 * length in *out_n; NULL with *bad the offset of the first byte that is no
 * character of enc, or (size_t)-1 when enc is unknown or memory ran out. */
void tj_utf8_stats(const unsigned char *s, size_t n, size_t *high, size_t *invalid);
int tj_mostly_not_utf8(const unsigned char *s, size_t n);
const char *tj_guess_encoding(const unsigned char *s, size_t n);
char *tj_to_utf8(const char *enc, const unsigned char *s, size_t n, size_t *out_n, size_t *bad);
int tj_encoding_known(const char *enc); /* does iconv know it? */

/* A standalone HTML page of a document analysed with TJ_LAYER_INDICATORS:
 * headings, paragraphs and one <mark> per indicator (html.c).  Returns a
 * NUL-terminated string (free it with tj_free) and its length, or NULL when
 * memory runs out. */
char *tj_html(const tj_doc *d, size_t *len);

#endif
