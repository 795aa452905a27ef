/*
 * ind.h — what the stages of indicators() share (the core's internals; the
 * glue never sees it).  For each sentence, the stages are:
 *
 *   candidates  ind_candidates.c  the sentence's values and rank words, its
 *                                 clauses and status cues; which values are
 *                                 indicators (ind_choose)
 *   reading     ind_reading.c     the words between a value and the start of
 *                                 its clause, read backwards: its kind, sign,
 *                                 basis, and the span its subject is in
 *   subject     ind_subject.c     the subject: lists shared by 分别, vague
 *                                 heads, counted nouns, bare heads, table cells
 *               ind_table.c       a table cell's unit, kind and measure, from
 *                                 the table's header
 *   time        ind_time.c        the period, the status, the dates
 *   rows        indicators.c      the row, then its concept and region
 *                                 (labels.c)
 *
 * ind_text.c holds the small readers of the sentence the stages share.
 */
#ifndef TONGJI_IND_H
#define TONGJI_IND_H

#include "internal.h"

/* How many values or periods a value looks past for a neighbour (the next
 * value, the period that governs it, the start of a list): enough for any
 * sentence written by a person, and what keeps a sentence of thousands of
 * values (a table without punctuation) linear. */
#define TJ_LOOK 64
#define TJ_MAX_SUBJECT 96 /* characters; the subjects of the dev gold have at most 63 */
#define TJ_MAX_PARTS 16   /* parts a 分别 list can hand out */
#define TJ_SHARE_SUBJECT 24 /* characters: the things a share opening its clause is of (96.2%的养老机构…) */

/* ---- what ind_table.c keeps from one cell of a table to the next ---------- */
#define TJ_MAX_CELLS 24
typedef struct tj_cell {
    uint32_t a, b;   /* bytes */
    uint32_t x0, x1; /* display columns (an ideograph is two wide), in a table set with spaces */
} tj_cell;
/* What a column's header says. */
typedef struct tj_column {
    int role;            /* TJ_TH_* of its word, 0 for none */
    const char *basis;   /* 比上年 of 比上年增长 */
    const char *measure; /* 产量: what the row's label is a name of */
    const tj_word *unit; /* 亿元 of 绝对数（亿元）, or % */
    int power;           /* the magnitude before the unit: 4 for 万 */
} tj_column;
typedef struct tj_table_memo {
    size_t row;                       /* the line of the row below, (size_t)-1 = none */
    size_t nr;                        /* its cells */
    int set;                          /* how they are set (ind_table.c) */
    tj_cell rc[TJ_MAX_CELLS];
    const tj_word *row_unit;          /* what its cell of units says, NULL for none */
    int row_power;
    long head;                        /* the line of its table's header, -1 = none */
    size_t nh;                        /* the header's cells and what they say */
    tj_cell hc[TJ_MAX_CELLS];
    tj_column col[TJ_MAX_CELLS];
    long unit_col;                    /* the header's column of units, -1 = none */
    const char *measure;              /* the measure a column names (产量), NULL for none */
    tj_str total;                     /* the label of the table's first row, which 城市 narrows */
} tj_table_memo;

/* The sentence being read. */
typedef struct ictx {
    tj_doc *d;
    const tj_lexicon *lx;
    const unsigned char *s;
    size_t n;
    uint32_t s0, s1;
    size_t pa, pb;  /* its periods */
    uint32_t *seps; /* clause separator positions in the sentence */
    size_t nseps, seps_cap;
    const tj_quantity **cand; /* the sentence's quantities and rank words, in order */
    size_t ncand, cand_cap;
    tj_quantity *ranks; /* rank words of the sentence (首位, 榜首) as quantities */
    size_t nranks, ranks_cap;
    /* status cues of the sentence: the state after each, by where it ends */
    struct status_event {
        uint32_t end;
        uint8_t st, strong;
        uint8_t done; /* the state is a cue's of what has happened (已): no date makes it a goal */
        uint8_t says; /* the cue is a verb of who forecasts (TJ_SCF_SAYS) */
    } * ev;
    size_t nev, ev_cap;
    uint8_t *plan;     /* per section: what its heading says it states (see ind_section_mood) */
    int32_t section;   /* the sentence's section */
    size_t li;         /* a line of the sentence, moved forward by ind_line_of */
    const uint8_t *ok; /* which candidates are indicators, once chosen */
    size_t mark_next;  /* the first mark of the next sentence is at or after it (sentences come in order) */
    size_t mark_end;   /* and the marks of this one end before it */
    int has_noise;     /* the document has lines of furniture (page footers): subjects may hold one */
    tj_table_memo tab; /* the last table row read (ind_table.c) */
} ictx;

/* What the words before a value say of it (ind_read_left). */
typedef struct reading {
    uint8_t kind; /* TJ_K_* */
    int8_t sign;  /* -1 for a fall */
    uint32_t subj0, subj1;
    uint32_t basis0, basis1; /* basis span, or basis_word */
    const char *basis_word;
    uint32_t scope0, scope1;
    int distributed; /* 分别 was seen */
    int level;       /* 提高到 X */
    int has_verb;    /* a word said what kind of value it is */
    int no_period;   /* 前值 49.5: the value of an earlier period */
    int bound;       /* 低于1000万辆: a qualifier the comparison word gives */
    int from;        /* 由 从 before it: the first value of 由X增加到Y */
    int multiple;    /* 是十年前的3倍: the basis is what the value multiplies, and its time not the value's */
    int rate_noun; /* 增速 增幅 降幅 named the kind: a level it reaches is a rate of change (增速回落至3%) */
} reading;

/* The parts of a list of subjects (A、B和C分别…). */
typedef struct subj_list {
    tj_str parts[TJ_MAX_PARTS];
    tj_str scope[TJ_MAX_PARTS];
    int n;
    int cycle; /* the values go round the parts twice: 分别从209元、280元提高到217元、290元 */
} subj_list;

/* What the values of a sentence hand on from one to the next. */
typedef struct sent_state {
    tj_str prev_subj, prev_scope;
    long prev_row, first_row; /* index of the sentence's last and first rows, -1 = none */
    uint32_t prev_clause;     /* the clause of the last row */
    uint32_t prev_end;        /* the end of the last value read */
    int prev_from;            /* the last row was the first value of 由X增加到Y */
    int prev_rate;            /* the last row was a rate of growth named by a noun (增速从5%…) */
    subj_list dist;           /* the parts of a 分别 list being handed out */
    int dist_next;
} sent_state;

/* One value and what the stages found out about it. */
typedef struct value_ctx {
    size_t k; /* its index among the sentence's candidates */
    const tj_quantity *q;
    uint32_t cs, ce;   /* its clause */
    uint32_t from;     /* where reading its subject may start */
    uint32_t near;     /* the clause, as far back as a subject reaches */
    reading r;         /* the words before it */
    const tj_quantity *next_ok; /* the next value that is an indicator, NULL if none */
} value_ctx;

static inline uint32_t cp_at(const ictx *c, size_t i, size_t *nx) {
    if (i >= c->n) {
        *nx = i;
        return 0;
    }
    return tj_decode(c->s, c->n, i, nx);
}

static inline uint32_t cp_before(const ictx *c, size_t i, size_t *st) {
    if (i == 0) {
        *st = 0;
        return 0;
    }
    return tj_cp_before(c->s, c->n, i, st);
}

static inline tj_str span_str(const ictx *c, uint32_t a, uint32_t b) {
    tj_str r = {NULL, 0};
    if (b > a) {
        r.p = (const char *)c->s + a;
        r.n = b - a;
    }
    return r;
}

static inline int is_blank(uint32_t ch) { return tj_is_space(ch) || tj_is_newline(ch); }

/* The role (TJ_FW_*) of the function word at byte i, its length in *len;
 * -1 for none. */
static inline int fw_at(const ictx *c, size_t i, size_t *len) {
    const tj_word *w = tj_ws_at(&c->lx->function_words, c->s, c->n, i, len);
    return w ? w->tag : -1;
}
/* The role of the function word that ends at byte i; -1 for none. */
static inline int fw_before(const ictx *c, size_t i, size_t *len) {
    const tj_word *w = tj_ws_before(&c->lx->function_words, c->s, i, len);
    return w ? w->tag : -1;
}

/* ---- ind_table.c: what a table's header says ----------------------------- */
/* A value in a cell of table row L whose label is label: its kind, unit and
 * value as the table's header gives them (a column of units, of change…),
 * and the subject (the label, with the measure its column names). */
tj_str ind_table_cell(ictx *c, const tj_line *L, const tj_quantity *q, tj_indicator *row, tj_str label);

/* ---- ind_text.c: readers of the sentence ---------------------------------- */
const tj_line *ind_line_of(ictx *c, uint32_t b);
void ind_trim(const ictx *c, uint32_t *a, uint32_t *b);
uint32_t ind_clause_start(const ictx *c, uint32_t i);
uint32_t ind_clause_end(const ictx *c, uint32_t i);
size_t ind_period_ending_after(const ictx *c, uint32_t b);
const tj_period *ind_period_ending_at(const ictx *c, uint32_t e);
const tj_period *ind_period_starting_at(const ictx *c, uint32_t b);
uint32_t ind_str_chars(const tj_str *x);
tj_str ind_concat(ictx *c, tj_str a, tj_str b);
/* x read whole across its line breaks and spaces (本⏎专科学生 → 本专科学生) into
 * buf[0..cap): its length, or 0 when that changes nothing or it does not fit. */
size_t ind_unwrapped(tj_str x, char *buf, size_t cap);
tj_str ind_make_subject(ictx *c, uint32_t a, uint32_t b);
/* [a, b) without a page footer or other furniture inside it. */
tj_str ind_plain_span(ictx *c, uint32_t a, uint32_t b);
tj_str ind_last_chars(const ictx *c, tj_str x, uint32_t k);
uint32_t ind_past_period(const ictx *c, const tj_period *p, uint32_t lim);
/* The label of a table row: its first cell, without the marks around it (#住宅)
 * and with a name spread over the cell's width joined (林    业 -> 林业); *end:
 * where it ends in the text. */
tj_str ind_table_label(const ictx *c, const tj_line *L, uint32_t *end);
int ind_in_text(const ictx *c, tj_str x);
int ind_quantity_starting_at(const ictx *c, uint32_t b);
/* The start of the verb of stepping up when [a, e) ends with the levels it
 * passed (地区生产总值连续|迈上4个万亿元台阶), else e. */
uint32_t ind_before_levels_passed(const ictx *c, uint32_t a, uint32_t e);
/* Is q one of the values listed from the one that starts at b (46503元和
 * 16935元: only list marks between them)? */
int ind_listed_from(const ictx *c, uint32_t b, const tj_quantity *q);
/* How many values, from candidate k to the clause's end at ce, stand side by
 * side with only list separators between them and nothing after them
 * (人均住房面积32.9平方米、37.1平方米，); 0 when they do not. */
int ind_juxtaposed_values(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce);
int ind_list_then_each(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce);
int ind_values_left_in_clause(const ictx *c, const uint8_t *ok, size_t k, uint32_t ce);
/* Back from b over the tail words whose tag is in tags (TJ_TW_BIT of each)
 * and that have min_len bytes or more, while keep bytes at least stay after
 * a: 10件民生实事[全面]完成, 区域创新能力[升至]全国第二. */
#define TJ_TW_BIT(t) (1u << (t))
uint32_t ind_back_over_tail(const ictx *c, uint32_t a, uint32_t b, unsigned tags, size_t min_len, uint32_t keep);
/* The next member of a |-separated list of names (a word's norm), *names moved past it. */
tj_str ind_next_member(const char **names);

/* ---- ind_candidates.c ------------------------------------------------------ */
int ind_scan_sentence(ictx *c, size_t qa, size_t qe);
int ind_followed_by_noun(const ictx *c, const tj_quantity *q);
int ind_count_by_magnitude(const ictx *c, const tj_quantity *q);
void ind_choose(ictx *c, const tj_quantity *const *cand, size_t n, uint8_t *ok);

/* ---- ind_reading.c --------------------------------------------------------- */
void ind_read_left(ictx *c, uint32_t cs, uint32_t vb, const tj_quantity *q, reading *r);
void ind_strip_lead(ictx *c, reading *r);
void ind_strip_span(ictx *c, uint32_t *a, uint32_t *b);
int ind_vague(ictx *c, uint32_t a, uint32_t b);
int ind_basis_phrase(const ictx *c, uint32_t a, uint32_t b);
tj_str ind_comparison_clause(ictx *c, uint32_t before);
const tj_word *ind_bare_head(const ictx *c, tj_str x);

/* ---- ind_subject.c --------------------------------------------------------- */
void ind_split_parts(ictx *c, uint32_t a, uint32_t b, subj_list *out, int conj);
void ind_enumerated_parts(ictx *c, uint32_t a, uint32_t b, int want, subj_list *out);
tj_str ind_right_subject(ictx *c, const tj_quantity *q, uint32_t ce, const tj_quantity *next);
/* The subject and scope of value v (and the kind, sign and basis a list or the
 * previous value hands on to row). */
void ind_subject(ictx *c, sent_state *ss, value_ctx *v, tj_indicator *row);

/* ---- ind_time.c ------------------------------------------------------------ */
int ind_status_at(const ictx *c, uint32_t upto);
int ind_status_done_at(const ictx *c, uint32_t upto);
int ind_status_event(ictx *c, int tag, unsigned flags, uint32_t end);
/* The end of the last verb of who forecasts (韩国财政部预计|…) in [a, b), or 0. */
uint32_t ind_forecaster_end(const ictx *c, uint32_t a, uint32_t b);
int ind_section_mood(ictx *c, int32_t id);
const tj_period *ind_period_for(ictx *c, const tj_quantity *q, uint32_t ce, const reading *r);
const tj_period *ind_doc_period_at(const tj_doc *d, uint32_t b);
int ind_endpoint_dates(const ictx *c, const tj_indicator *start, tj_indicator *row);
void ind_span_ends(const tj_period *p, int first, tj_indicator *row);
void ind_date_row(const ictx *c, tj_indicator *row, const tj_period *p, const tj_sentence *sen);
int ind_status_by_dates(const ictx *c, tj_indicator *row);

#endif
