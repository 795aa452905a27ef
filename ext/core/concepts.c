/* concepts.c — the concept table (generated from ext/data/concepts.tsv at
 * build time) and the hash of its names. */
#include "concepts.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

#include "text.h"

const tj_concept TJ_CONCEPTS[] = {
#include "concepts_data.inc"
};
const size_t TJ_NCONCEPTS = sizeof TJ_CONCEPTS / sizeof TJ_CONCEPTS[0];

static uint64_t hash_bytes(const char *p, size_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211ULL;
    return h;
}

static struct tj_concept_slot *find_slot(const tj_concept_names *cn, const char *s, size_t n, uint64_t h) {
    size_t k = (size_t)h & cn->mask;
    while (cn->slot[k].concept >= 0) {
        const struct tj_concept_slot *sl = &cn->slot[k];
        if (sl->hash == h && sl->len == n && !memcmp(cn->strings + sl->off, s, n)) break;
        k = (k + 1) & cn->mask;
    }
    return &cn->slot[k];
}

/* Add one name, cleaned; the first concept to claim a name keeps it. */
static void add_name(tj_concept_names *cn, size_t *used, const char *name, size_t n, int32_t concept) {
    /* the words point into the strings: one NUL-terminated copy each */
    char *dst = cn->strings + *used;
    size_t len = tj_clean_phrase((const unsigned char *)name, n, TJ_CLEAN_NOTES, dst, n);
    if (!len) return;
    uint64_t h = hash_bytes(dst, len);
    struct tj_concept_slot *sl = find_slot(cn, dst, len, h);
    if (sl->concept >= 0) return;
    sl->hash = h;
    sl->off = (uint32_t)*used;
    sl->len = (uint32_t)len;
    sl->concept = concept;
    dst[len] = 0;
    cn->words[cn->nwords++] = (tj_word){dst, (int)concept, 0, NULL, NULL};
    *used += len + 1;
}

int tj_concept_names_init(tj_concept_names *cn) {
    memset(cn, 0, sizeof *cn);
    size_t names = 0, bytes = 0;
    for (size_t k = 0; k < TJ_NCONCEPTS; k++) {
        const char *a = TJ_CONCEPTS[k].aliases;
        names += 2;
        for (const char *p = a; *p; p++)
            names += *p == '|';
        bytes += strlen(TJ_CONCEPTS[k].name_zh) + strlen(a) + 2;
    }
    size_t size = 16;
    while (size < 2 * names)
        size <<= 1;
    cn->mask = size - 1;
    cn->slot = tj_malloc(size * sizeof *cn->slot);
    cn->strings = tj_malloc(bytes + names);
    cn->words = tj_malloc(names * sizeof *cn->words);
    if (!cn->slot || !cn->strings || !cn->words) {
        tj_concept_names_free(cn);
        return -1;
    }
    for (size_t k = 0; k < size; k++)
        cn->slot[k].concept = -1;
    size_t used = 0;
    for (size_t k = 0; k < TJ_NCONCEPTS; k++) {
        const char *name = TJ_CONCEPTS[k].name_zh, *a = TJ_CONCEPTS[k].aliases;
        add_name(cn, &used, name, strlen(name), (int32_t)k);
        while (*a) {
            const char *bar = strchr(a, '|');
            size_t len = bar ? (size_t)(bar - a) : strlen(a);
            add_name(cn, &used, a, len, (int32_t)k);
            a += len + (bar != NULL);
        }
    }
    if (tj_wordset_init(&cn->ws, cn->words, cn->nwords)) {
        tj_concept_names_free(cn);
        return -1;
    }
    return 0;
}

void tj_concept_names_free(tj_concept_names *cn) {
    tj_wordset_free(&cn->ws);
    tj_free(cn->words);
    tj_free(cn->slot);
    tj_free(cn->strings);
    memset(cn, 0, sizeof *cn);
}

int tj_concept_find(const tj_concept_names *cn, const char *s, size_t n) {
    if (!cn->slot || !n) return -1;
    return find_slot(cn, s, n, hash_bytes(s, n))->concept;
}
