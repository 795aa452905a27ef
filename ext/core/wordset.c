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

/* The bytes of the character at s[i] (i < n), packed in a number: how a
 * lookup keys a word by its second character without decoding it (the
 * length from the lead byte; a cut or invalid sequence packs to a key no
 * word has, or to bytes compared in full later).  0 when i >= n. */
static inline uint32_t packed_char(const unsigned char *s, size_t n, size_t i, size_t *next) {
    if (i >= n) return 0;
    unsigned b = s[i];
    size_t l = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (i + l > n) l = n - i;
    uint32_t key = 0;
    for (size_t k = 0; k < l; k++)
        key = key << 8 | s[i + k];
    *next = i + l;
    return key;
}

/* The second character of a word, packed; 0 for a one-character word. */
static uint32_t second_key(const char *w) {
    size_t n = strlen(w), nx, nx2;
    tj_decode((const unsigned char *)w, n, 0, &nx);
    return packed_char((const unsigned char *)w, n, nx, &nx2);
}

static uint32_t last_cp(const char *w) {
    size_t n = strlen(w), st;
    return tj_cp_before((const unsigned char *)w, n, n, &st);
}

static uint32_t hash_key(uint32_t cp, uint32_t cp2) {
    uint32_t h = cp * 2654435761u ^ cp2 * 2246822519u;
    return h ^ (h >> 15);
}

/* Sorting context: qsort has no user pointer, so sort (key, len, index) triples. */
typedef struct {
    uint32_t cp, cp2, len, idx; /* cp2: the second character, packed (forward side only) */
} sort_item;

static int cmp_items(const void *a, const void *b) {
    const sort_item *x = a, *y = b;
    if (x->cp != y->cp) return x->cp < y->cp ? -1 : 1;
    if (x->cp2 != y->cp2) return x->cp2 < y->cp2 ? -1 : 1;
    if (x->len != y->len) return x->len > y->len ? -1 : 1; /* longest first */
    return x->idx < y->idx ? -1 : (x->idx > y->idx);
}

/* The sorted words of one side: by (first, second) code point on the
 * forward side, by the last one on the backward side; NULL on OOM. */
static sort_item *sorted_items(const tj_wordset *ws, int last) {
    size_t n = ws->nwords;
    sort_item *items = tj_malloc((n ? n : 1) * sizeof *items);
    if (!items) return NULL;
    for (size_t k = 0; k < n; k++) {
        items[k].cp = last ? last_cp(ws->words[k].w) : first_cp(ws->words[k].w);
        items[k].cp2 = last ? 0 : second_key(ws->words[k].w);
        items[k].len = ws->len[k];
        items[k].idx = (uint32_t)k;
    }
    qsort(items, n, sizeof *items, cmp_items);
    return items;
}

/* Enter the k-th sorted item in the hash of its key. */
static void add_to_slot(tj_ws_slot *slots, uint32_t mask, const sort_item *it, uint32_t k) {
    uint32_t h = hash_key(it->cp, it->cp2) & mask;
    while (slots[h].count && (slots[h].cp != it->cp || slots[h].cp2 != it->cp2))
        h = (h + 1) & mask;
    if (!slots[h].count) {
        slots[h].cp = it->cp;
        slots[h].cp2 = it->cp2;
        slots[h].off = k;
    }
    slots[h].count++;
}

static int build_side(tj_wordset *ws, int last) {
    size_t n = ws->nwords;
    uint64_t *bloom = last ? ws->bbloom : ws->fbloom;
    tj_ws_slot **slots = last ? &ws->bslots : &ws->fslots;
    sort_item *items = sorted_items(ws, last);
    *slots = tj_calloc((size_t)ws->mask + 1, sizeof **slots);
    if (last)
        ws->bwd = tj_malloc((n ? n : 1) * sizeof *ws->bwd);
    else
        ws->fwd = tj_malloc((n ? n : 1) * sizeof *ws->fwd);
    if (!items || !*slots || (last ? !ws->bwd : !ws->fwd)) {
        tj_free(items);
        return -1;
    }
    for (size_t k = 0; k < n; k++) {
        const sort_item *it = &items[k];
        if (last) {
            ws->bwd[k] = it->idx;
        } else {
            ws->fwd[k].w = ws->words[it->idx].w;
            ws->fwd[k].len = it->len;
            ws->fwd[k].idx = it->idx;
        }
        bloom[(it->cp >> 6) & 63] |= 1ULL << (it->cp & 63);
        add_to_slot(*slots, ws->mask, it, (uint32_t)k);
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
    if (!ws->len) {
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
            ws->mbloom[(a >> 6) & 63] |= 1ULL << (a & 63);
        }
    }
    if (build_side(ws, 0) || build_side(ws, 1)) {
        tj_wordset_free(ws);
        return -1;
    }
    return 0;
}

void tj_wordset_free(tj_wordset *ws) {
    tj_free(ws->len);
    tj_free(ws->fwd);
    tj_free(ws->bwd);
    tj_free(ws->fslots);
    tj_free(ws->bslots);
    memset(ws, 0, sizeof *ws);
}

static const tj_ws_slot *find_slot(const tj_ws_slot *slots, uint32_t mask, uint32_t cp, uint32_t cp2) {
    uint32_t h = hash_key(cp, cp2) & mask;
    while (slots[h].count) {
        if (slots[h].cp == cp && slots[h].cp2 == cp2) return &slots[h];
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

/* Longest first: the first word of the slot whose remaining bytes (past its
 * first two characters, known equal: `known` bytes) follow at s[i..n). */
static const tj_word *match_slot(const tj_wordset *ws, const tj_ws_slot *sl, const unsigned char *s, size_t n, size_t i,
                                 size_t known, size_t *len) {
    for (uint32_t k = sl->off; k < sl->off + sl->count; k++) {
        const tj_ws_entry *e = &ws->fwd[k];
        if (i + e->len <= n && same_bytes(s + i + known, e->w + known, e->len - known)) {
            *len = e->len;
            return &ws->words[e->idx];
        }
    }
    return NULL;
}

const tj_word *tj_ws_lookup_at(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, uint32_t cp,
                               size_t *len) {
    if (!ws->fslots) return NULL;
    size_t nx = i + tj_utf8_len(cp), nx2;
    if (tj_ws_may_hold(ws->mbloom, cp)) { /* a word of two characters or more beats a word of one */
        uint32_t cp2 = packed_char(s, n, nx, &nx2);
        const tj_ws_slot *sl = cp2 ? find_slot(ws->fslots, ws->mask, cp, cp2) : NULL;
        const tj_word *w = sl ? match_slot(ws, sl, s, n, i, nx2 - i, len) : NULL;
        if (w) return w;
    }
    if (!tj_ws_may_hold(ws->sbloom, cp)) return NULL;
    const tj_ws_slot *one = find_slot(ws->fslots, ws->mask, cp, 0);
    return one ? match_slot(ws, one, s, n, i, nx - i, len) : NULL;
}

const tj_word *tj_ws_lookup_before(const tj_wordset *ws, const unsigned char *s, size_t i, uint32_t cp, size_t *len) {
    if (!ws->bslots) return NULL;
    const tj_ws_slot *sl = find_slot(ws->bslots, ws->mask, cp, 0);
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
