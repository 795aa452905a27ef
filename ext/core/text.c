/* text.c — character map (byte offset -> character position) and input length. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

int tj_charmap_build(tj_charmap *m, const unsigned char *s, size_t n) {
    size_t words = (n >> 6) + 1;
    m->n = n;
    m->bits = calloc(words, sizeof *m->bits);
    m->before = malloc(words * sizeof *m->before);
    if (!m->bits || !m->before) {
        tj_charmap_free(m);
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        m->bits[i >> 6] |= 1ULL << (i & 63);
        if (s[i] < 0xC0) {
            i++;
        } else {
            i++;
            while (i < n && (s[i] & 0xC0) == 0x80)
                i++;
        }
    }
    uint32_t acc = 0;
    for (size_t w = 0; w < words; w++) {
        m->before[w] = acc;
        acc += (uint32_t)__builtin_popcountll(m->bits[w]);
    }
    return 0;
}

void tj_charmap_free(tj_charmap *m) {
    free(m->bits);
    free(m->before);
    m->bits = NULL;
    m->before = NULL;
}

size_t tj_text_length(const char *s, size_t n) {
    const char *z = memchr(s, 0, n);
    return z ? (size_t)(z - s) : n;
}
