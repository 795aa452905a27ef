/*
 * internal.h — what the stages of the core share and the glue never sees:
 * the environment (word tables, compiled patterns), the line table, the
 * arena and growable arrays.
 */
#ifndef TONGJI_INTERNAL_H
#define TONGJI_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "concepts.h"
#include "lexicon.h"
#include "regions.h"
#include "tongji_core.h"
#include "wordset.h"

/* ---- compiled patterns (patterns.c) ------------------------------------ */
enum {
    TJ_PAT_HEAD_CHAPTER, /* 第一章 第三节 第二部分 */
    TJ_PAT_HEAD_ORD,     /* 第一、 第二， (an ordinal enumeration) */
    TJ_PAT_HEAD_CJK,     /* 一、 */
    TJ_PAT_HEAD_PCJK,    /* （一） (一) 〔一〕 */
    TJ_PAT_HEAD_NUM,     /* 1. 1、 １． */
    TJ_PAT_HEAD_PNUM,    /* （1） (1) 1) */
    TJ_PAT_HEAD_CIRCLED, /* ① */
    TJ_PAT_HEAD_DASH,    /* —— lead */
    TJ_PAT_HEAD_MD,      /* ## */
    TJ_PAT_JUMP,         /* (上接封面) （下转第二版） */
    TJ_PAT_CAPTION,      /* 表1 图2： */
    TJ_PAT_COUNT
};

struct tj_env {
    pcre2_general_context *gctx; /* PCRE2 allocates through the core's allocator */
    pcre2_code *pat[TJ_PAT_COUNT];
    int jit;
    tj_lexicon lex;
    tj_region_names regions;   /* names of China's divisions (regions.c) */
    tj_concept_names concepts; /* names and aliases of the concepts (concepts.c) */
    /* the first two characters of every division's name, zone word and scope
     * word, hashed to one bit: the place scanner looks up only where a name
     * can start (a first character alone says little: 39% of the Chinese
     * characters of a report begin some division's name) */
    uint64_t place_pairs[1024];
    uint16_t *cls; /* TJ_CC_* flags of every BMP code point, see tj_cls() */
    /* A finished analysis kept for the next one on the same connection: its
     * arrays keep their capacity, so a query over many documents allocates
     * (and has the kernel fault in) its memory once.  The environment is used
     * by one thread at a time (SQLite serialises the calls on a connection),
     * so this needs no lock; it is reached through a pointer because
     * tj_analyze takes a const environment. */
    struct tj_pool {
        tj_doc *spare;
    } * pool;
};

/* Character classes the scanners look for, one table lookup instead of a
 * chain of comparisons.  The table is derived once per environment from the
 * predicates and word tables that define each class. */
enum {
    TJ_CC_ARABIC = 1,      /* 0-9 ０-９ */
    TJ_CC_CJK_DIGIT = 2,   /* 零〇一…九 两 壹…玖 */
    TJ_CC_CJK_UNIT = 4,    /* 十 百 千 万 亿 (and 拾 佰 仟 萬 億) */
    TJ_CC_PERIOD = 8,      /* may start a time expression (tj_period_may_start, or a word of the time tables) */
    TJ_CC_QUANTITY = 16,   /* may start a quantity (tj_quantity_may_start) */
    TJ_CC_TERMINATOR = 32, /* 。！？!? */
    TJ_CC_CLAUSE = 64,     /* ，,；;：: (clause separators besides the terminators) */
    TJ_CC_SEMICOLON = 128, /* ；; */
    TJ_CC_BRACKET = 256,   /* （ ( ） ) */
    TJ_CC_NEWLINE = 512,   /* \n */
    TJ_CC_BOOK = 1024,     /* 《 》 */
    TJ_CC_QUOTE = 2048,    /* “ */
    TJ_CC_CUE = 4096,      /* first character of a status cue or a rank word */
    TJ_CC_PLACE = 8192,    /* first character of a division's name, a zone word or a scope word */
    TJ_CC_DASH = 16384, /* — (two of them, ——, part a sentence: 乡村振兴也跑出了好成绩——全年引进…) */
};
#define TJ_CC_NUMERAL (TJ_CC_ARABIC | TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)

/* No CJK numeral is longer (一千二百三十四万五千六百七十八亿… stays well under);
 * a longer run of numeral characters is debris, and the scanners skip it
 * whole rather than try a numeral at each of its characters. */
#define TJ_MAX_NUMERAL_CHARS 40
static inline unsigned tj_cls(const tj_env *env, uint32_t cp) { return cp < 0x10000 ? env->cls[cp] : 0; }
static inline uint32_t tj_pair_hash(uint32_t a, uint32_t b) { return ((a * 2654435761u) ^ (b * 2246822519u)) >> 16; }
/* May a place name, zone word or scope word start with a followed by b? */
static inline int tj_may_be_place(const tj_env *env, uint32_t a, uint32_t b) {
    uint32_t h = tj_pair_hash(a, b);
    return (int)((env->place_pairs[h >> 6] >> (h & 63)) & 1u);
}
int tj_period_may_start(uint32_t cp);
int tj_quantity_may_start(uint32_t cp);

int tj_patterns_compile(tj_env *env, const char **err);
void tj_patterns_free(tj_env *env);
struct tj_priv;
/* Anchored match of pattern p at byte i of s[0..n): 1 and *end set when it
 * matches, 0 when not.  A PCRE2 error (not NOMATCH) is recorded in
 * pv->pcre_error and counts as no match. */
int tj_pat_match_at(const tj_env *env, int p, struct tj_priv *pv, const unsigned char *s, size_t n, size_t i,
                    size_t *end);

/* ---- arena ------------------------------------------------------------- */
struct tj_arena {
    struct tj_arena_block *head;
    int failed; /* an allocation failed since the last reset: the analysis must fail */
};
void *tj_arena_alloc(tj_arena *a, size_t n);
char *tj_arena_strndup(tj_arena *a, const char *p, size_t n);
void tj_arena_reset(tj_arena *a);
void tj_arena_free(tj_arena *a);

/* ---- growable arrays --------------------------------------------------- */
/* Ensure room for one more element in (*arr, *len, *cap); 0 or -1. */
int tj_grow(void **arr, size_t *cap, size_t len, size_t elem);
#define TJ_PUSH(arr, len, cap)                                                                                         \
    (((len) < (cap) || !tj_grow((void **)&(arr), &(cap), (len), sizeof *(arr))) ? &(arr)[(len)++] : NULL)

/* ---- lines --------------------------------------------------------------- */
/* TJ_LINE_FRONT: a line of the document's opening other than its title (a
 * dateline, the issuer, a date, a byline): a sentence of its own, no values. */
enum { TJ_LINE_TEXT = 0, TJ_LINE_NOISE, TJ_LINE_TABLE, TJ_LINE_TITLE, TJ_LINE_FRONT };

typedef struct tj_line {
    uint32_t b0, b1; /* the line without its line break */
    uint32_t c0, c1; /* content: without leading/trailing spaces */
    uint32_t nchars; /* characters of content */
    uint8_t blank;
    uint8_t kind;    /* TJ_LINE_*: set by the sections stage */
    uint8_t page;    /* a page's footer or running header (noise): text and tables go on past it */
    uint8_t glossary; /* in a glossary (after 名词解释, 注释): definitions, set by the sections stage */
    int32_t heading; /* id of the section whose heading starts here, 0 = none */
    uint32_t lab1; /* end of a numbering label at the line's start (一、 1. （2）), heading or list item; 0 = none */
} tj_line;

/* A marked character: one whose class is not empty, found by the single
 * decoding pass over the text (tj_build_marks).  The scanners of the later
 * stages walk the marks instead of decoding the text again. */
typedef struct tj_mark {
    uint32_t b;   /* byte offset */
    uint16_t cp;  /* code point (marked characters are all in the BMP) */
    uint16_t cls; /* TJ_CC_* */
} tj_mark;

/* Bytes of the UTF-8 encoding of a BMP code point. */
static inline uint32_t tj_mark_len(const tj_mark *m) { return (uint32_t)tj_utf8_len(m->cp); }

/* The time a heading names (一、2025年工作回顾, “十四五”时期发展成就), per section. */
typedef struct tj_sec_time {
    int16_t year;   /* one year, 0 = none */
    int16_t y0, y1; /* a span of years, 0 = none */
} tj_sec_time;

/* ---- windows of a long document (stream.c) --------------------------------
 * A long document is analysed a window at a time (about 256 KiB of whole
 * paragraphs), so that rows come out while the rest waits, SQLite can
 * interrupt between windows, and memory follows the window, not the
 * document.  What a window needs of the windows before it is carried. */
#define TJ_CARRY_DEPTH 64

/* A section still open where the last window ended. */
typedef struct tj_carry_section {
    int32_t id; /* its id in the document */
    int32_t level, style;
    tj_str label, title; /* copies the stream owns */
    tj_sec_time time;
    uint8_t has_sub; /* a subsection has been met: its own text has ended */
    size_t rec;      /* its record in the sections being gathered (tj_sections_all) */
} tj_carry_section;

typedef struct tj_carry {
    int first;      /* this is the document's first window */
    int levels[32]; /* the level each heading style took, 0 = not met */
    int nopen;
    tj_carry_section open[TJ_CARRY_DEPTH]; /* outermost first */
    tj_str title;                          /* the document's title line: running page headers repeat it */
    uint32_t inline_marks;                 /* bit k: the circled numeral k+1 was used inline */
    int64_t footnote_next;
    tj_docinfo info; /* of the first window */
    int ref_year, ref_known;
    char topic[48]; /* what the last window's rows were about (tj_labeler) */
    size_t ntopic;
    /* how many of each came before this window: the bases of its ids */
    int64_t chars, sections, sentences, quantities, periods, indicators;
} tj_carry;

/* Per-analysis private state. */
typedef struct tj_priv {
    tj_carry *carry; /* a window of a long document (NULL: the whole text) */
    const tj_env *env;
    pcre2_match_data *md;
    int pcre_error; /* first PCRE2 error code met, 0 = none */
    int oom;        /* PCRE2 ran out of memory: the analysis fails */
    tj_line *lines;
    size_t nlines, lines_cap;
    tj_mark *marks; /* in text order */
    size_t nmarks, marks_cap;
    size_t sec_cap, sen_cap, q_cap, p_cap, i_cap;
    tj_sec_time *sec_time; /* per section (periods stage) */
    size_t sec_time_cap;
} tj_priv;

static inline tj_priv *tj_priv_of(const tj_doc *d) { return (tj_priv *)d->priv; }

/* Index of the first mark at or after byte b. */
static inline size_t tj_mark_from(const tj_priv *pv, uint32_t b) {
    size_t lo = 0, hi = pv->nmarks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (pv->marks[mid].b < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A document to analyse into (the connection's spare one, or a new one). */
tj_doc *tj_doc_new(const tj_env *env);
/* Analyse text[0..n) into d; carry: a window of a long document (stream.c),
 * NULL for a whole text.  0, or -1 when memory runs out. */
int tj_analyze_into(tj_doc *d, const char *text, size_t n, int year, unsigned layers, tj_carry *carry);

/* Stages (each returns 0, or -1 when memory runs out). */
int tj_build_lines(tj_doc *d);
int tj_build_marks(tj_doc *d, unsigned mask); /* marks the characters with a class in mask */
int tj_build_sections(tj_doc *d);
int tj_build_sentences(tj_doc *d);
int tj_build_quantities(tj_doc *d);
int tj_build_periods(tj_doc *d);
int tj_build_indicators(tj_doc *d);
int tj_build_docinfo(tj_doc *d, int with_region);
/* Mark the lines of the document's opening (datelines, issuers, dates,
 * bylines) TJ_LINE_FRONT; part of the sections stage (docinfo.c). */
void tj_mark_front_lines(tj_doc *d);
/* The places, zones and area words a stretch of text names (labels.c). */
typedef struct tj_places {
    int32_t head;   /* the division named at the start, 0 = none */
    int32_t first;  /* the first division named, 0 = none */
    int32_t last;   /* the last division named, 0 = none */
    int distinct;   /* how many different divisions */
    int owner_zone; /* a zone, company or economic region owns what follows */
    int actor;      /* what was named last: 0 nothing, 1 a division, 2 a zone, 3 a whole-area scope, 4 the country */
    int zone_at_end; /* a zone word ends the stretch (owner of whatever text follows it) */
    int foreign_head; /* a foreign economy opens the stretch and owns what follows (美国CPI) */
    int fresh;        /* in: start again after each ； (the places before it said nothing of what follows) */
    int cut;          /* out: a ； was met */
} tj_places;

/* What labelling the rows of a document carries from row to row: what they
 * spoke of last (GDP, for a subject that is only a place), and the places of
 * the sentence before the last clause looked at (rows of one clause share it). */
typedef struct tj_labeler {
    char topic[48];
    size_t ntopic;
    uint32_t before0, before1; /* the stretch `before` describes (grown as the rows of a sentence move on) */
    tj_places before;
    int32_t context_sentence; /* the sentence (1-based) whose context region is known, 0 = none */
    int32_t context;          /* and that region */
} tj_labeler;
/* A finished row's cleaned subject, concept and region; [clause0, clause1)
 * is the text of its clause before the value's verbs (labels.c).  0 or -1. */
int tj_label_row(tj_doc *d, tj_indicator *row, uint32_t clause0, uint32_t clause1, tj_labeler *lb);
/* A labeler for a document: its first topic is the first concept its title names. */
void tj_labeler_init(const tj_doc *d, tj_labeler *lb);

/* The time context of byte b: the reference year, the year and the span the
 * nearest headings above it name, the kind of document (periods.c). */
void tj_time_context(const tj_doc *d, uint32_t b, tj_time_ctx *t);

/* The line that contains byte b. */
const tj_line *tj_line_at(const tj_doc *d, uint32_t b);

#endif
