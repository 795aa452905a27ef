/*
 * regions.h — China's administrative divisions (GB/T 2260) and finding their
 * names in text.  The table itself is generated (regions_data.c, from
 * ext/data/gen_regions.py); the matcher is built once per environment.
 */
#ifndef TONGJI_REGIONS_H
#define TONGJI_REGIONS_H

#include <stddef.h>
#include <stdint.h>

#include "wordset.h"

enum { TJ_RL_COUNTRY = 0, TJ_RL_PROVINCE, TJ_RL_PREFECTURE, TJ_RL_COUNTY };

#define TJ_REGION_CHINA 100000

typedef struct tj_region {
    const char *name;
    int32_t code;    /* GB/T 2260, e.g. 370200 */
    int32_t parent;  /* the enclosing division's code, 0 for the country */
    uint8_t level;   /* TJ_RL_* */
    uint8_t in_text; /* 0: the name is a common word (城区, 新城区), never looked for in text */
} tj_region;

typedef struct tj_region_alias {
    const char *name; /* a short name: 广东, 青岛, 黔东南州 */
    int32_t code;
} tj_region_alias;

extern const tj_region TJ_REGIONS[]; /* sorted by code */
extern const size_t TJ_NREGIONS;
extern const tj_region_alias TJ_REGION_ALIASES[];
extern const size_t TJ_NREGION_ALIASES;

/* Every name a text may use for a division: full names (but those marked
 * not in_text: 城区, 新城区), short names, and the extra
 * words given (中华人民共和国, 国务院: tj_word.arg is the code).  A word's tag
 * is the first of its candidates in cand[], arg their number. */
typedef struct tj_region_names {
    tj_wordset ws;
    tj_word *words;
    size_t nwords;
    int32_t *cand; /* region codes, grouped by name */
} tj_region_names;

int tj_region_names_init(tj_region_names *rn, const tj_word *extra, size_t nextra); /* 0 or -1 */
void tj_region_names_free(tj_region_names *rn);

/* The division of a code, or NULL. */
const tj_region *tj_region_by_code(int32_t code);
/* Is inner the division outer or inside it? */
int tj_region_within(int32_t inner, int32_t outer);
/* The division a matched name stands for: of its candidates, the one inside
 * `context` (a document's region, 0 = none) if any, else the one of the
 * highest level; 0 when two of the same level remain (朝阳区 of Beijing and
 * of Changchun, without context). */
int32_t tj_region_pick(const tj_region_names *rn, const tj_word *w, int32_t context);

#endif
