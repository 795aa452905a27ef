/*
 * wordset.h — fast lookup of the words of one table at a position of the text.
 *
 * A table is a static array of tj_word.  tj_wordset indexes it by the first
 * two code points of each word (and, for backward lookups, the last one),
 * longest word first, so a lookup costs one or two hash probes and a
 * comparison of the bytes of a word or two.
 * Wordsets are built once per connection (see env.c), never in globals.
 */
#ifndef TONGJI_WORDSET_H
#define TONGJI_WORDSET_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

/* One entry of a word table.  `tag` and `arg` say what the word means in
 * its table; `norm` is an optional normalised form (unit 元 for 亿元人民币…),
 * `extra` a second string (an ISO currency code…). */
typedef struct tj_word {
    const char *w;
    int tag;
    int arg;
    const char *norm;
    const char *extra;
} tj_word;

typedef struct tj_ws_slot {
    uint32_t cp;    /* first (or last) code point; 0 = empty slot */
    uint32_t cp2;   /* forward side: the second code point, 0 for words of one character */
    uint32_t off;   /* first index in the side's order */
    uint32_t count; /* entries with that key */
} tj_ws_slot;

/* A word as the forward lookup reads it: its bytes, their length and its
 * index in the table, side by side (one load, no chase through the table). */
typedef struct tj_ws_entry {
    const char *w;
    uint32_t len;
    uint32_t idx;
} tj_ws_entry;

typedef struct tj_wordset {
    const tj_word *words;
    size_t nwords;
    uint16_t *len;      /* byte length of each word */
    tj_ws_entry *fwd;   /* words sorted by first cp, then second cp, longest first */
    uint32_t *bwd;      /* word indexes sorted by last cp, longest first */
    tj_ws_slot *fslots; /* keyed by the first two code points (one for a word of one character) */
    tj_ws_slot *bslots; /* keyed by the last code point */
    uint32_t mask;      /* slots - 1 */
    /* one bit per (code point mod 4096) of some first / last code point: most
     * positions of a text start no word, and one bit test says so */
    uint64_t fbloom[64], bbloom[64];
    /* the same for the first two code points of each word (and, in sbloom,
     * the first code point of each one-character word): a scanner that has
     * decoded two characters rules out most positions with one more test */
    uint64_t pbloom[64], sbloom[64];
    /* the first code point of each word of two characters or more: a lookup
     * probes the pairs only when one may start there */
    uint64_t mbloom[64];
} tj_wordset;

int tj_wordset_init(tj_wordset *ws, const tj_word *words, size_t nwords); /* 0 or -1 */
void tj_wordset_free(tj_wordset *ws);

/* The lookups behind tj_ws_at / tj_ws_before, once the bloom filter has let
 * the code point cp through. */
const tj_word *tj_ws_lookup_at(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, uint32_t cp,
                               size_t *len);
const tj_word *tj_ws_lookup_before(const tj_wordset *ws, const unsigned char *s, size_t i, uint32_t cp, size_t *len);

static inline int tj_ws_may_hold(const uint64_t *bloom, uint32_t cp) {
    return (int)((bloom[(cp >> 6) & 63] >> (cp & 63)) & 1u);
}
static inline uint32_t tj_ws_pair_key(uint32_t a, uint32_t b) { return ((a * 2654435761u) ^ (b * 40503u)) >> 20; }
/* May a word start with code point a followed by b? */
static inline int tj_ws_may_start2(const tj_wordset *ws, uint32_t a, uint32_t b) {
    return tj_ws_may_hold(ws->sbloom, a) || tj_ws_may_hold(ws->pbloom, tj_ws_pair_key(a, b));
}

/* Longest word that starts at byte i, whose code point cp the caller has
 * decoded already; its length in *len.  NULL if none. */
static inline const tj_word *tj_ws_at_cp(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, uint32_t cp,
                                         size_t *len) {
    if (cp == TJ_BAD || !tj_ws_may_hold(ws->fbloom, cp)) return NULL;
    return tj_ws_lookup_at(ws, s, n, i, cp, len);
}

/* Longest word that starts at byte i; its length in *len.  NULL if none. */
static inline const tj_word *tj_ws_at(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, size_t *len) {
    if (i >= n) return NULL;
    size_t nx;
    return tj_ws_at_cp(ws, s, n, i, tj_decode(s, n, i, &nx), len);
}

/* The first word of ws tagged tag (any tag when tag < 0) that starts in
 * s[a, b) and ends by b; NULL if none. */
static inline const tj_word *tj_ws_in(const tj_wordset *ws, const unsigned char *s, size_t a, size_t b, int tag) {
    size_t len, nx;
    for (size_t i = a; i < b; i = nx) {
        uint32_t cp = tj_decode(s, b, i, &nx);
        const tj_word *w = tj_ws_at_cp(ws, s, b, i, cp, &len);
        if (w && (tag < 0 || w->tag == tag)) return w;
    }
    return NULL;
}

/* The byte after the character at i (i < n). */
static inline size_t tj_ws_next(const unsigned char *s, size_t n, size_t i) {
    size_t nx;
    tj_decode(s, n, i, &nx);
    return nx;
}

/* Longest word that ends at byte i (just before it); NULL if none. */
static inline const tj_word *tj_ws_before(const tj_wordset *ws, const unsigned char *s, size_t i, size_t *len) {
    if (i == 0) return NULL;
    size_t st;
    uint32_t cp = tj_cp_before(s, i, i, &st);
    if (cp == TJ_BAD || !tj_ws_may_hold(ws->bbloom, cp)) return NULL;
    return tj_ws_lookup_before(ws, s, i, cp, len);
}

#endif
