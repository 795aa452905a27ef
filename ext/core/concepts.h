/*
 * concepts.h — the vocabulary of indicator concepts (gdp, retail_sales, cpi…),
 * from ext/data/concepts.tsv, and finding the concept a subject names.
 */
#ifndef TONGJI_CONCEPTS_H
#define TONGJI_CONCEPTS_H

#include <stddef.h>
#include <stdint.h>

#include "wordset.h"

typedef struct tj_concept {
    const char *code, *name_zh, *aliases, *name_en, *measure, *unit, *wdi; /* aliases: |-separated */
} tj_concept;

extern const tj_concept TJ_CONCEPTS[]; /* in the order of concepts.tsv */
extern const size_t TJ_NCONCEPTS;

/* Every name and alias of every concept, cleaned as subjects are
 * (tj_clean_phrase with note marks), in a hash table. */
typedef struct tj_concept_names {
    struct tj_concept_slot {
        uint64_t hash;
        uint32_t off, len; /* the name in strings */
        int32_t concept;   /* index in TJ_CONCEPTS, -1 = empty slot */
    } * slot;
    size_t mask;
    char *strings;
    /* the same names as words, to find one inside a text: tag = concept index */
    tj_word *words;
    size_t nwords;
    tj_wordset ws;
} tj_concept_names;

int tj_concept_names_init(tj_concept_names *cn); /* 0 or -1 */
void tj_concept_names_free(tj_concept_names *cn);
/* The concept whose name or alias is exactly s[0..n) (cleaned), or -1. */
int tj_concept_find(const tj_concept_names *cn, const char *s, size_t n);

#endif
