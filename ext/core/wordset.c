/* wordset.c — hash of first/last code point -> words, longest first. */
#include "wordset.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#include "text.h"

static uint32_t first_cp(const char *w) {
    size_t nx;
    return tj_decode((const unsigned char *)w, strlen(w), 0, &nx);
}

/* The second code point of a word, 0 for a one-character word. */
static uint32_t second_cp(const char *w) {
    size_t n = strlen(w), nx, nx2;
    tj_decode((const unsigned char *)w, n, 0, &nx);
    return nx < n ? tj_decode((const unsigned char *)w, n, nx, &nx2) : 0;
}

static uint32_t last_cp(const char *w) {
    size_t n = strlen(w), st;
    return tj_cp_before((const unsigned char *)w, n, n, &st);
}

static uint32_t hash_cp(uint32_t cp) { return cp * 2654435761u; }

/* Sorting context: qsort has no user pointer, so sort (key, len, index) triples. */
typedef struct {
    uint32_t cp, cp2, len, idx; /* cp2: the second code point (forward side only) */
} sort_item;

static int cmp_items(const void *a, const void *b) {
    const sort_item *x = a, *y = b;
    if (x->cp != y->cp) return x->cp < y->cp ? -1 : 1;
    if (x->cp2 != y->cp2) return x->cp2 < y->cp2 ? -1 : 1;
    if (x->len != y->len) return x->len > y->len ? -1 : 1; /* longest first */
    return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

static int build_side(tj_wordset *ws, int last, uint32_t **order, tj_ws_slot **slots) {
    uint64_t *bloom = last ? ws->bbloom : ws->fbloom;
    size_t n = ws->nwords;
    sort_item *items = tj_malloc((n ? n : 1) * sizeof *items);
    *order = tj_malloc((n ? n : 1) * sizeof **order);
    *slots = tj_calloc((size_t)ws->mask + 1, sizeof **slots);
    if (!items || !*order || !*slots) {
        tj_free(items);
        return -1;
    }
    for (size_t k = 0; k < n; k++) {
        items[k].cp = last ? last_cp(ws->words[k].w) : first_cp(ws->words[k].w);
        items[k].cp2 = last ? 0 : second_cp(ws->words[k].w);
        items[k].len = ws->len[k];
        items[k].idx = (uint32_t)k;
    }
    qsort(items, n, sizeof *items, cmp_items);
    for (size_t k = 0; k < n; k++) {
        (*order)[k] = items[k].idx;
        if (!last) ws->fcp2[k] = items[k].cp2;
        uint32_t cp = items[k].cp;
        bloom[(cp >> 6) & 63] |= 1ULL << (cp & 63);
        uint32_t h = hash_cp(cp) & ws->mask;
        while ((*slots)[h].count && (*slots)[h].cp != cp)
            h = (h + 1) & ws->mask;
        if (!(*slots)[h].count) {
            (*slots)[h].cp = cp;
            (*slots)[h].off = (uint32_t)k;
        }
        (*slots)[h].count++;
    }
    tj_free(items);
    return 0;
}

int tj_wordset_init(tj_wordset *ws, const tj_word *words, size_t nwords) {
    memset(ws, 0, sizeof *ws);
    ws->words = words;
    ws->nwords = nwords;
    uint32_t slots = 16;
    while (slots < nwords * 2 + 2)
        slots <<= 1;
    ws->mask = slots - 1;
    ws->len = tj_malloc((nwords ? nwords : 1) * sizeof *ws->len);
    ws->fcp2 = tj_malloc((nwords ? nwords : 1) * sizeof *ws->fcp2);
    if (!ws->len || !ws->fcp2) {
        tj_wordset_free(ws);
        return -1;
    }
    for (size_t k = 0; k < nwords; k++) {
        const unsigned char *w = (const unsigned char *)words[k].w;
        size_t l = strlen(words[k].w), nx, nx2;
        ws->len[k] = (uint16_t)l;
        uint32_t a = tj_decode(w, l, 0, &nx);
        if (nx >= l) {
            ws->sbloom[(a >> 6) & 63] |= 1ULL << (a & 63);
        } else {
            uint32_t key = tj_ws_pair_key(a, tj_decode(w, l, nx, &nx2));
            ws->pbloom[(key >> 6) & 63] |= 1ULL << (key & 63);
        }
    }
    if (build_side(ws, 0, &ws->fwd, &ws->fslots) || build_side(ws, 1, &ws->bwd, &ws->bslots)) {
        tj_wordset_free(ws);
        return -1;
    }
    return 0;
}

void tj_wordset_free(tj_wordset *ws) {
    tj_free(ws->len);
    tj_free(ws->fcp2);
    tj_free(ws->fwd);
    tj_free(ws->bwd);
    tj_free(ws->fslots);
    tj_free(ws->bslots);
    memset(ws, 0, sizeof *ws);
}

static const tj_ws_slot *find_slot(const tj_ws_slot *slots, uint32_t mask, uint32_t cp) {
    uint32_t h = hash_cp(cp) & mask;
    while (slots[h].count) {
        if (slots[h].cp == cp) return &slots[h];
        h = (h + 1) & mask;
    }
    return NULL;
}

/* Words are a few bytes long: a loop beats a call to memcmp. */
static inline int same_bytes(const unsigned char *a, const char *b, size_t l) {
    for (size_t k = 0; k < l; k++)
        if (a[k] != (unsigned char)b[k]) return 0;
    return 1;
}

/* The words of a slot whose second code point is cp2 (or that have none,
 * cp2 = 0): the range [*lo, *hi) of fwd, found by binary search. */
static void second_range(const tj_wordset *ws, const tj_ws_slot *sl, uint32_t cp2, uint32_t *lo, uint32_t *hi) {
    uint32_t a = sl->off, b = sl->off + sl->count;
    while (a < b) {
        uint32_t mid = (a + b) / 2;
        if (ws->fcp2[mid] < cp2)
            a = mid + 1;
        else
            b = mid;
    }
    *lo = a;
    while (b < sl->off + sl->count && ws->fcp2[b] == cp2)
        b++;
    *hi = b < a ? a : b;
}

static const tj_word *match_range(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, uint32_t lo,
                                  uint32_t hi, size_t *len) {
    for (uint32_t k = lo; k < hi; k++) {
        uint32_t w = ws->fwd[k];
        size_t l = ws->len[w];
        if (i + l <= n && same_bytes(s + i, ws->words[w].w, l)) {
            *len = l;
            return &ws->words[w];
        }
    }
    return NULL;
}

/* A slot of a few words is read in order; a slot of many (the names that
 * begin with 新) is narrowed by the second character first. */
#define TJ_WS_SHORT_SLOT 8

const tj_word *tj_ws_lookup_at(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, uint32_t cp,
                               size_t *len) {
    if (!ws->fslots) return NULL;
    const tj_ws_slot *sl = find_slot(ws->fslots, ws->mask, cp);
    if (!sl) return NULL;
    if (sl->count <= TJ_WS_SHORT_SLOT) { /* the longest of the few */
        const tj_word *best = NULL;
        for (uint32_t k = sl->off; k < sl->off + sl->count; k++) {
            uint32_t w = ws->fwd[k];
            size_t l = ws->len[w];
            if ((!best || l > *len) && i + l <= n && same_bytes(s + i, ws->words[w].w, l)) {
                best = &ws->words[w];
                *len = l;
            }
        }
        return best;
    }
    size_t nx, nx2;
    tj_decode(s, n, i, &nx);
    uint32_t cp2 = nx < n ? tj_decode(s, n, nx, &nx2) : 0, lo, hi;
    const tj_word *w = NULL;
    if (cp2) { /* longer words first: any of them beats a word of one character */
        second_range(ws, sl, cp2, &lo, &hi);
        w = match_range(ws, s, n, i, lo, hi, len);
    }
    if (!w) {
        second_range(ws, sl, 0, &lo, &hi);
        w = match_range(ws, s, n, i, lo, hi, len);
    }
    return w;
}

const tj_word *tj_ws_lookup_before(const tj_wordset *ws, const unsigned char *s, size_t i, uint32_t cp, size_t *len) {
    if (!ws->bslots) return NULL;
    const tj_ws_slot *sl = find_slot(ws->bslots, ws->mask, cp);
    if (!sl) return NULL;
    for (uint32_t k = 0; k < sl->count; k++) {
        uint32_t w = ws->bwd[sl->off + k];
        size_t l = ws->len[w];
        if (l <= i && same_bytes(s + i - l, ws->words[w].w, l)) {
            *len = l;
            return &ws->words[w];
        }
    }
    return NULL;
}
