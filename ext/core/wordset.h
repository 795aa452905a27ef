/*
 * wordset.h — fast lookup of the words of one table at a position of the text.
 *
 * A table is a static array of tj_word.  tj_wordset indexes it by the first
 * (and, for backward lookups, the last) code point of each word, longest
 * word first, so a lookup costs one hash probe and a few memcmp calls.
 * Wordsets are built once per connection (see env.c), never in globals.
 */
#ifndef TONGJI_WORDSET_H
#define TONGJI_WORDSET_H

#include <stddef.h>
#include <stdint.h>

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
    uint32_t off;   /* first index in order[] */
    uint32_t count; /* entries with that code point */
} tj_ws_slot;

typedef struct tj_wordset {
    const tj_word *words;
    size_t nwords;
    uint16_t *len; /* byte length of each word */
    uint32_t *fwd; /* word indexes sorted by first cp, longest first */
    uint32_t *bwd; /* word indexes sorted by last cp, longest first */
    tj_ws_slot *fslots, *bslots;
    uint32_t mask; /* slots - 1 */
} tj_wordset;

int tj_wordset_init(tj_wordset *ws, const tj_word *words, size_t nwords); /* 0 or -1 */
void tj_wordset_free(tj_wordset *ws);

/* Longest word that starts at byte i; its length in *len.  NULL if none. */
const tj_word *tj_ws_at(const tj_wordset *ws, const unsigned char *s, size_t n, size_t i, size_t *len);
/* Longest word that ends at byte i (just before it); NULL if none. */
const tj_word *tj_ws_before(const tj_wordset *ws, const unsigned char *s, size_t i, size_t *len);

#endif
