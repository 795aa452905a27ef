/* arena.c — bump allocation for strings the core builds, and array growth. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct tj_arena_block {
    struct tj_arena_block *next;
    size_t used, cap;
    char data[];
};

void *tj_arena_alloc(tj_arena *a, size_t n) {
    n = (n + 7) & ~(size_t)7;
    struct tj_arena_block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        b = tj_malloc(sizeof *b + cap);
        if (!b) {
            a->failed = 1; /* the analysis fails as a whole, never with a shorter string */
            return NULL;
        }
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

char *tj_arena_strndup(tj_arena *a, const char *p, size_t n) {
    char *r = tj_arena_alloc(a, n + 1);
    if (!r) return NULL;
    memcpy(r, p, n);
    r[n] = 0;
    return r;
}

/* Forget every string but keep the newest block for the next analysis. */
void tj_arena_reset(tj_arena *a) {
    a->failed = 0;
    struct tj_arena_block *b = a->head;
    if (!b) return;
    struct tj_arena_block *rest = b->next;
    b->next = NULL;
    b->used = 0;
    while (rest) {
        struct tj_arena_block *nx = rest->next;
        tj_free(rest);
        rest = nx;
    }
}

void tj_arena_free(tj_arena *a) {
    struct tj_arena_block *b = a->head;
    while (b) {
        struct tj_arena_block *nx = b->next;
        tj_free(b);
        b = nx;
    }
    a->head = NULL;
}

int tj_grow(void **arr, size_t *cap, size_t len, size_t elem) {
    if (len < *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    if (nc > SIZE_MAX / elem) return -1;
    void *p = tj_realloc(*arr, nc * elem);
    if (!p) return -1;
    *arr = p;
    *cap = nc;
    return 0;
}
