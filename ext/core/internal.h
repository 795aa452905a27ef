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

#include "lexicon.h"
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
    pcre2_code *pat[TJ_PAT_COUNT];
    int jit;
    tj_lexicon lex;
};

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
};
void *tj_arena_alloc(tj_arena *a, size_t n);
char *tj_arena_strndup(tj_arena *a, const char *p, size_t n);
void tj_arena_free(tj_arena *a);

/* ---- growable arrays --------------------------------------------------- */
/* Ensure room for one more element in (*arr, *len, *cap); 0 or -1. */
int tj_grow(void **arr, size_t *cap, size_t len, size_t elem);
#define TJ_PUSH(arr, len, cap) (tj_grow((void **)&(arr), &(cap), (len), sizeof *(arr)) ? NULL : &(arr)[(len)++])

/* ---- lines --------------------------------------------------------------- */
enum { TJ_LINE_TEXT = 0, TJ_LINE_NOISE, TJ_LINE_TABLE, TJ_LINE_TITLE };

typedef struct tj_line {
    uint32_t b0, b1; /* the line without its line break */
    uint32_t c0, c1; /* content: without leading/trailing spaces */
    uint32_t nchars; /* characters of content */
    uint8_t blank;
    uint8_t kind;    /* TJ_LINE_*: set by the sections stage */
    int32_t heading; /* id of the section whose heading starts here, 0 = none */
} tj_line;

/* Per-analysis private state. */
typedef struct tj_priv {
    const tj_env *env;
    pcre2_match_data *md;
    int pcre_error; /* first PCRE2 error code met, 0 = none */
    tj_line *lines;
    size_t nlines, lines_cap;
    size_t sec_cap, sen_cap, q_cap, p_cap, i_cap;
} tj_priv;

static inline tj_priv *tj_priv_of(const tj_doc *d) { return (tj_priv *)d->priv; }

/* Stages (each returns 0, or -1 when memory runs out). */
int tj_build_lines(tj_doc *d);
int tj_build_sections(tj_doc *d);
int tj_build_sentences(tj_doc *d);
int tj_build_quantities(tj_doc *d);
int tj_build_periods(tj_doc *d);
int tj_build_indicators(tj_doc *d);

/* The line that contains byte b. */
const tj_line *tj_line_at(const tj_doc *d, uint32_t b);

#endif
