/* text.c — character map (byte offset -> character position) and input length. */
#include "text.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

uint32_t tj_decode_slow(const unsigned char *s, size_t n, size_t i, size_t *next) {
    unsigned b = s[i];
    if (b < 0x80) {
        *next = i + 1;
        return b;
    }
    if (b < 0xC0) { /* stray continuation byte: one character on its own */
        *next = i + 1;
        return TJ_BAD;
    }
    size_t j = i + 1;
    while (j < n && (s[j] & 0xC0) == 0x80)
        j++;
    *next = j;
    size_t len = j - i;
    uint32_t cp;
    if (b < 0xE0) {
        if (len != 2 || b < 0xC2) return TJ_BAD;
        cp = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
    } else if (b < 0xF0) {
        if (len != 3) return TJ_BAD;
        cp = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return TJ_BAD;
    } else if (b < 0xF5) {
        if (len != 4) return TJ_BAD;
        cp = ((b & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF) return TJ_BAD;
    } else {
        return TJ_BAD;
    }
    return cp;
}

/* The exact rule, one byte at a time: a byte >= 0xC0 starts a character and
 * takes every continuation byte after it; any other byte is a character. */
static void charmap_exact(tj_charmap *m, const unsigned char *s, size_t n) {
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
}

/* Eight bytes at a time: in well-formed text a byte starts a character
 * exactly when it is not a continuation byte (10xxxxxx).  That differs from
 * the exact rule only where a continuation byte follows an ASCII byte (or
 * opens the text); returns 0 when that happens, and the caller falls back. */
static int charmap_fast(tj_charmap *m, const unsigned char *s, size_t n) {
    const uint64_t H = 0x8080808080808080ULL;
    uint64_t stray = 0;
    unsigned prev_hi = 0; /* bit 7 of the byte before the chunk (0: ASCII or none) */
    size_t i = 0, words = (n >> 6) + 1;
    /* whole 64-byte blocks: each map word is written once, from eight chunks */
    for (size_t wi = 0; wi + 1 < words; wi++) {
        uint64_t word = 0;
        for (unsigned k = 0; k < 8; k++, i += 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            w = tj_le64(w);                           /* byte k of the chunk is bits 8k..8k+7 */
            uint64_t cont = w & ~(w << 1) & H;        /* bit 7 of each continuation byte */
            uint64_t prev = ((w << 8) | prev_hi) & H; /* bit 7 of each byte's predecessor */
            stray |= cont & ~prev;
            uint64_t start = (~cont & H) >> 7; /* 1 in each byte that starts a character */
            word |= ((start * 0x0102040810204080ULL) >> 56) << (8 * k);
            prev_hi = (unsigned)(w >> 56) & 0x80;
        }
        m->bits[wi] = word;
    }
    /* the last, partial block (possibly empty) */
    m->bits[words - 1] = 0;
    for (; i < n; i++) {
        unsigned b = s[i];
        int is_cont = (b & 0xC0) == 0x80;
        if (is_cont && !prev_hi) stray = 1;
        if (!is_cont) m->bits[i >> 6] |= 1ULL << (i & 63);
        prev_hi = b & 0x80;
    }
    return stray == 0;
}

int tj_charmap_build(tj_charmap *m, const unsigned char *s, size_t n) {
    memset(m, 0, sizeof *m);
    return tj_charmap_rebuild(m, s, n);
}

int tj_charmap_rebuild(tj_charmap *m, const unsigned char *s, size_t n) {
    size_t words = (n >> 6) + 1;
    m->n = n;
    if (words > m->cap || !m->bits) {
        tj_charmap_free(m);
        m->bits = tj_malloc(words * sizeof *m->bits);
        m->before = tj_malloc(words * sizeof *m->before);
        if (!m->bits || !m->before) {
            tj_charmap_free(m);
            return -1;
        }
        m->cap = words;
    }
    if (!charmap_fast(m, s, n)) {
        memset(m->bits, 0, words * sizeof *m->bits);
        charmap_exact(m, s, n);
    }
    uint32_t acc = 0;
    for (size_t w = 0; w < words; w++) {
        m->before[w] = acc;
        acc += tj_popcount64(m->bits[w]);
    }
    return 0;
}

void tj_charmap_free(tj_charmap *m) {
    tj_free(m->bits);
    tj_free(m->before);
    m->bits = NULL;
    m->before = NULL;
    m->cap = 0;
}

size_t tj_text_length(const char *s, size_t n) {
    const char *z = memchr(s, 0, n);
    return z ? (size_t)(z - s) : n;
}

static int ascii_alnum(uint32_t c) { return c < 0x80 && ((c | 32) - 'a' < 26u || c - '0' < 10u); }

/* 注, the one ideograph that may open a note (注1). */
static int is_note_word(uint32_t c) { return c == 0x6CE8; }

/* A note mark or a bracketed ASCII abbreviation at i, whose character c ends
 * at nx: its end, else i. */
static size_t note_end(const unsigned char *s, size_t n, size_t i, uint32_t c, size_t nx) {
    size_t j;
    if (c >= 0x2460 && c <= 0x2473) return nx; /* ① … ⑳ */
    int open = c == '[' || c == 0xFF3B ? 1 : tj_is_open_paren(c) ? 2 : 0;
    if (is_note_word(c)) { /* 注1 */
        j = nx;
        while (j < n && tj_digit_value(tj_decode(s, n, j, &nx)) >= 0)
            j = nx;
        return j > i + 3 && (j >= n || !tj_is_han(tj_decode(s, n, j, &nx))) ? j : i;
    }
    if (!open) return i;
    /* [3] ［3］: digits; （GDP） (CPI): ASCII letters and digits, a letter among them */
    int digits = 0, letters = 0;
    for (j = nx; j < n; j = nx) {
        c = tj_decode(s, n, j, &nx);
        if ((open == 1 && (c == ']' || c == 0xFF3D)) || (open == 2 && tj_is_close_paren(c)))
            return (open == 1 ? digits && !letters : letters) ? nx : i;
        if (tj_digit_value(c) >= 0)
            digits++;
        else if (ascii_alnum(c) || c == '.' || c == '&')
            letters++;
        else
            return i;
    }
    return i;
}

/* Is s[0..n) only ideographs, none of which may open a note (注1)?  Most
 * phrases are, and are then copied as they stand. */
static int plain_phrase(const unsigned char *s, size_t n, unsigned flags) {
    for (size_t i = 0, nx; i < n; i = nx) {
        uint32_t c = tj_decode(s, n, i, &nx);
        if (!tj_is_han(c) || ((flags & TJ_CLEAN_NOTES) && is_note_word(c))) return 0;
    }
    return 1;
}

size_t tj_clean_phrase(const unsigned char *s, size_t n, unsigned flags, char *out, size_t cap) {
    if (n <= cap && plain_phrase(s, n, flags)) {
        memcpy(out, s, n);
        return n;
    }
    size_t o = 0, i = 0, nx;
    uint32_t prev = 0; /* the last character written */
    int gap = 0;       /* spaces or line breaks skipped since it */
    while (i < n) {
        uint32_t c = tj_decode(s, n, i, &nx);
        if (flags & TJ_CLEAN_NOTES) {
            size_t e = note_end(s, n, i, c, nx);
            if (e > i) {
                i = e;
                continue;
            }
        }
        if (!tj_is_han(c)) { /* most of a phrase is ideographs: kept as they are */
            if (tj_is_space(c) || tj_is_newline(c) || c == TJ_BAD) {
                gap |= tj_is_newline(c) ? 2 : 1;
                i = nx;
                continue;
            }
            /* Report on the Work; but a PDF's subscript on a line of its own joins (M\n2\n -> M2) */
            int subscript = gap == 2 && tj_is_latin(prev) && tj_is_ascii_digit(c);
            if (gap && !subscript && o && prev < 0x80 && c < 0x80 && o < cap) out[o++] = ' ';
        }
        gap = 0;
        if (o + (nx - i) > cap) break;
        while (i < nx) /* a character: a few bytes */
            out[o++] = (char)s[i++];
        prev = c;
    }
    return o;
}
