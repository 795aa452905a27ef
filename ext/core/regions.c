/* regions.c — the division table's lookups and the matcher of their names. */
#include "regions.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

const tj_region *tj_region_by_code(int32_t code) {
    size_t lo = 0, hi = TJ_NREGIONS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (TJ_REGIONS[mid].code < code)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < TJ_NREGIONS && TJ_REGIONS[lo].code == code ? &TJ_REGIONS[lo] : NULL;
}

int tj_region_within(int32_t inner, int32_t outer) {
    for (int hops = 0; inner && hops < 4; hops++) { /* county → prefecture → province → country */
        if (inner == outer) return 1;
        const tj_region *r = tj_region_by_code(inner);
        inner = r ? r->parent : 0;
    }
    return 0;
}

typedef struct name_code {
    const char *name;
    int32_t code;
} name_code;

static int cmp_name(const void *a, const void *b) {
    const name_code *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->code > y->code) - (x->code < y->code);
}

int tj_region_names_init(tj_region_names *rn, const tj_word *extra, size_t nextra) {
    memset(rn, 0, sizeof *rn);
    size_t cap = TJ_NREGIONS + TJ_NREGION_ALIASES + nextra, n = 0;
    name_code *all = tj_malloc(cap * sizeof *all);
    rn->words = tj_malloc(cap * sizeof *rn->words);
    rn->cand = tj_malloc(cap * sizeof *rn->cand);
    if (!all || !rn->words || !rn->cand) goto fail;
    for (size_t k = 0; k < TJ_NREGIONS; k++)
        if (TJ_REGIONS[k].in_text)
            all[n++] = (name_code){TJ_REGIONS[k].name, TJ_REGIONS[k].code};
    for (size_t k = 0; k < TJ_NREGION_ALIASES; k++)
        all[n++] = (name_code){TJ_REGION_ALIASES[k].name, TJ_REGION_ALIASES[k].code};
    for (size_t k = 0; k < nextra; k++)
        all[n++] = (name_code){extra[k].w, extra[k].arg};
    qsort(all, n, sizeof *all, cmp_name);
    for (size_t k = 0; k < n; k++) {
        rn->cand[k] = all[k].code;
        if (k && !strcmp(all[k - 1].name, all[k].name)) { /* one more candidate of the same name */
            rn->words[rn->nwords - 1].arg++;
            continue;
        }
        rn->words[rn->nwords++] = (tj_word){all[k].name, (int)k, 1, NULL, NULL};
    }
    tj_free(all);
    all = NULL;
    if (tj_wordset_init(&rn->ws, rn->words, rn->nwords)) goto fail;
    return 0;
fail:
    tj_free(all);
    tj_region_names_free(rn);
    return -1;
}

void tj_region_names_free(tj_region_names *rn) {
    tj_wordset_free(&rn->ws);
    tj_free(rn->words);
    tj_free(rn->cand);
    memset(rn, 0, sizeof *rn);
}

int32_t tj_region_pick(const tj_region_names *rn, const tj_word *w, int32_t context) {
    const int32_t *c = rn->cand + w->tag;
    int32_t best = 0;
    int best_level = 99, tie = 0;
    for (int pass = context ? 0 : 1; pass < 2; pass++) {
        for (int k = 0; k < w->arg; k++) {
            if (pass == 0 && !tj_region_within(c[k], context)) continue;
            const tj_region *r = tj_region_by_code(c[k]);
            int level = r ? r->level : TJ_RL_COUNTRY;
            if (level < best_level) {
                best = c[k];
                best_level = level;
                tie = 0;
            } else if (level == best_level && c[k] != best) {
                tie = 1;
            }
        }
        if (best) break;
    }
    return tie ? 0 : best;
}
