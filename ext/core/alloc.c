/* alloc.c — every allocation of the core goes through here.  The glue points
 * it at SQLite's allocator (sqlite3_malloc64 …) when the extension loads, so
 * that SQLite's heap limits, its memory counters and a test allocator that
 * fails on purpose all see the core's memory; alone, the core uses libc. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "tongji_core.h"

static void *libc_malloc(size_t n) { return malloc(n); }
static void *libc_realloc(void *p, size_t n) { return realloc(p, n); }
static void libc_free(void *p) { free(p); }

/* Set once per process before any analysis (and to the same functions each
 * time the extension is loaded again); read with relaxed atomics so that a
 * second load while another thread analyses is no data race. */
static void *(*g_malloc)(size_t) = libc_malloc;
static void *(*g_realloc)(void *, size_t) = libc_realloc;
static void (*g_free)(void *) = libc_free;

void tj_set_allocator(void *(*m)(size_t), void *(*r)(void *, size_t), void (*f)(void *)) {
    if (!m || !r || !f) {
        m = libc_malloc;
        r = libc_realloc;
        f = libc_free;
    }
    __atomic_store_n(&g_malloc, m, __ATOMIC_RELAXED);
    __atomic_store_n(&g_realloc, r, __ATOMIC_RELAXED);
    __atomic_store_n(&g_free, f, __ATOMIC_RELAXED);
}

void *tj_malloc(size_t n) { return __atomic_load_n(&g_malloc, __ATOMIC_RELAXED)(n ? n : 1); }

void *tj_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) return NULL;
    void *p = tj_malloc(count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

void *tj_realloc(void *p, size_t n) { return __atomic_load_n(&g_realloc, __ATOMIC_RELAXED)(p, n ? n : 1); }

void tj_free(void *p) {
    if (p) __atomic_load_n(&g_free, __ATOMIC_RELAXED)(p);
}
