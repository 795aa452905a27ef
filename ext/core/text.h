/*
 * text.h — UTF-8 decoding and character offsets over a byte buffer.
 *
 * A "character" here is what SQLite counts in length() and substr(): a lead
 * byte >= 0xC0 together with every continuation byte (0x80-0xBF) that follows
 * it, or any other single byte.  Decoding follows the same boundaries, so a
 * span that starts and ends on decoded characters always maps to a whole
 * number of SQLite characters, even in invalid UTF-8.  Invalid sequences
 * decode to TJ_BAD and are treated as non-text by every scanner.
 */
#ifndef TONGJI_TEXT_H
#define TONGJI_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define TJ_BAD 0xFFFFFFFFu /* code point of an invalid byte sequence */

/* Bytes read from memory (memcpy) as a little-endian number. */
static inline uint64_t tj_le64(uint64_t w) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap64(w);
#else
    return w;
#endif
}
static inline uint32_t tj_le32(uint32_t w) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    return __builtin_bswap32(w);
#else
    return w;
#endif
}

/* The general case of tj_decode: 2- and 4-byte sequences and invalid bytes. */
uint32_t tj_decode_slow(const unsigned char *s, size_t n, size_t i, size_t *next);

/* Decode the character at s[i] (i < n); returns its code point or TJ_BAD and
 * stores the index just past it in *next.  ASCII and well-formed 3-byte
 * sequences (all of CJK) take the inline path; the rest is out of line. */
static inline uint32_t tj_decode(const unsigned char *s, size_t n, size_t i, size_t *next) {
    unsigned b = s[i];
    if (b < 0x80) {
        *next = i + 1;
        return b;
    }
    if ((b & 0xF0) == 0xE0 && i + 3 <= n && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80 &&
        (i + 3 == n || (s[i + 3] & 0xC0) != 0x80)) {
        uint32_t cp = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
        if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
            *next = i + 3;
            return cp;
        }
    }
    return tj_decode_slow(s, n, i, next);
}

/* Does p[0..len) contain the bytes of needle (nlen >= 1)?  memchr on the
 * first byte, then a compare: fast where the first byte is rare. */
static inline int tj_contains(const unsigned char *p, size_t len, const char *needle, size_t nlen) {
    const unsigned char *e = p + len;
    while (p + nlen <= e && (p = (const unsigned char *)memchr(p, (unsigned char)needle[0], (size_t)(e - p))) != NULL) {
        if (p + nlen <= e && memcmp(p, needle, nlen) == 0) return 1;
        p++;
    }
    return 0;
}

/* The byte length of the UTF-8 form of code point cp. */
static inline size_t tj_utf8_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

/* Index of the start of the character that ends at byte i (i > 0). */
static inline size_t tj_prev(const unsigned char *s, size_t i) {
    size_t j = i - 1;
    while (j > 0 && (s[j] & 0xC0) == 0x80)
        j--;
    /* a run of continuation bytes not led by a byte >= 0xC0 is single bytes */
    if (s[j] < 0xC0) return i - 1;
    return j;
}

/* Code point of the character ending at byte i, or 0 at the start. */
static inline uint32_t tj_cp_before(const unsigned char *s, size_t n, size_t i, size_t *start) {
    if (i == 0) {
        *start = 0;
        return 0;
    }
    size_t p = tj_prev(s, i), nx;
    *start = p;
    return tj_decode(s, n, p, &nx);
}

/* Character classes used throughout the scanners. */
static inline int tj_is_space(uint32_t c) { /* horizontal space, not a line break */
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == '\r' || c == 0xFEFF || c == '\v' ||
           (c >= 0x2000 && c <= 0x200D) || c == 0x2060 || c == 0x202F || c == 0x205F;
}
static inline int tj_is_newline(uint32_t c) { return c == '\n' || c == '\f' || c == 0x2028 || c == 0x2029; }

/* The end of the spaces (no line break) from byte i of s[0..n). */
static inline size_t tj_skip_spaces(const unsigned char *s, size_t n, size_t i) {
    size_t nx;
    while (i < n && tj_is_space(tj_decode(s, n, i, &nx)))
        i = nx;
    return i;
}

/* The start of the spaces (no line break) that end at byte i of s[0..n). */
static inline size_t tj_back_over_spaces(const unsigned char *s, size_t n, size_t i) {
    size_t st;
    while (i > 0 && tj_is_space(tj_cp_before(s, n, i, &st)))
        i = st;
    return i;
}

/* Sentence terminators: 。！？!? */
static inline int tj_is_terminator(uint32_t c) {
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?';
}
/* Closing quotes and brackets, which belong to the sentence they close. */
static inline int tj_is_closer(uint32_t c) {
    return c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F || c == 0xFF09 || c == ')' || c == 0x3011 ||
           c == 0x300B || c == '"' || c == '\'' || c == 0x3009;
}
/* Round brackets: （ ( and ） ) */
static inline int tj_is_open_paren(uint32_t c) { return c == 0xFF08 || c == '('; }
static inline int tj_is_close_paren(uint32_t c) { return c == 0xFF09 || c == ')'; }
static inline int tj_is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline int tj_is_wide_digit(uint32_t c) { return c >= 0xFF10 && c <= 0xFF19; }
static inline int tj_digit_value(uint32_t c) { /* arabic digit value or -1 */
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 0xFF10 && c <= 0xFF19) return (int)(c - 0xFF10);
    return -1;
}
static inline int tj_is_han(uint32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3007;
}
static inline int tj_is_latin(uint32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xFF21 && c <= 0xFF3A) ||
           (c >= 0xFF41 && c <= 0xFF5A);
}

/* Skip the white space PDF and OCR text puts between a number, its magnitude
 * word and its unit: spaces, and one wrapped line break (blank lines between
 * allowed) when the text goes on at the very start of the next line, as
 * pdftotext writes a wrapped sentence ("1267.8\n亿元").  Returns i when the
 * gap is not of that kind. */
static inline size_t tj_skip_gap(const unsigned char *s, size_t n, size_t i) {
    size_t j = i, nx;
    int breaks = 0;
    while (j < n) {
        uint32_t c = tj_decode(s, n, j, &nx);
        if ((c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF) {
            j = nx; /* zero-width characters are not there at all */
        } else if (tj_is_space(c)) {
            if (breaks) return i; /* indented next line: a table row, not a wrap */
            j = nx;
        } else if (c == '\n') {
            if (++breaks > 2) return i;
            j = nx;
            while (j < n && s[j] == '\r')
                j++;
        } else {
            break;
        }
    }
    return j;
}

/* Map from byte offsets to 1-based character positions, built in one pass.
 * A bit per byte marks character starts; a count per 64-byte block makes each
 * lookup O(1): 1/8 + 1/16 byte of memory per input byte. */
typedef struct tj_charmap {
    uint64_t *bits;   /* bit k of word w: byte 64*w+k starts a character */
    uint32_t *before; /* characters starting before block w */
    size_t n;
    size_t cap; /* words allocated (a map is rebuilt in place when it fits) */
} tj_charmap;

int tj_charmap_build(tj_charmap *m, const unsigned char *s, size_t n); /* 0 or -1 (OOM) */
/* The same into a map built before (or zeroed), reusing its memory. */
int tj_charmap_rebuild(tj_charmap *m, const unsigned char *s, size_t n);
void tj_charmap_free(tj_charmap *m);
/* The bits set in x, inline (without -mpopcnt, __builtin_popcountll is a call
 * into libgcc on every character offset a row reports). */
static inline uint32_t tj_popcount64(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (uint32_t)((x * 0x0101010101010101ULL) >> 56);
}

/* Number of characters that start before byte offset b (b <= n). */
static inline uint32_t tj_charmap_count(const tj_charmap *m, size_t b) {
    size_t w = b >> 6;
    unsigned k = (unsigned)(b & 63);
    uint32_t c = m->before[w];
    if (k) c += tj_popcount64(m->bits[w] & ((~0ULL) >> (64 - k)));
    return c;
}

/* Does a character start at byte b (b <= n; the end counts as a start)? */
static inline int tj_charmap_starts(const tj_charmap *m, size_t b) {
    return b >= m->n || ((m->bits[b >> 6] >> (b & 63)) & 1);
}

/* A phrase as a person would type it (a subject, a title): line breaks and
 * spaces dropped but one space between two ASCII characters (Report on the
 * Work), invalid bytes dropped; with TJ_CLEAN_NOTES also note marks
 * (①, [3], ［3］, 注1) and a bracketed abbreviation of ASCII letters
 * (（GDP）, (CPI)).  Writes at most cap bytes to out; returns the length. */
enum { TJ_CLEAN_NOTES = 1 };
size_t tj_clean_phrase(const unsigned char *s, size_t n, unsigned flags, char *out, size_t cap);

/* Length in bytes of the input up to its first NUL: SQLite's own text
 * functions (length, substr) stop there, so tongji does too. */
size_t tj_text_length(const char *s, size_t n);

#endif
