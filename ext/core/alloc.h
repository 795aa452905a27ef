/*
 * alloc.h — the core's allocator (alloc.c): libc by default, SQLite's once
 * the extension is loaded (tj_set_allocator in tongji_core.h).
 */
#ifndef TONGJI_ALLOC_H
#define TONGJI_ALLOC_H

#include <stddef.h>

void *tj_malloc(size_t n);
void *tj_calloc(size_t count, size_t size);
void *tj_realloc(void *p, size_t n);
void tj_free(void *p);

#endif
