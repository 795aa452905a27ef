/*
 * numerals.h — numbers as written in Chinese text, parsed exactly.
 *
 * A value is kept as an integer mantissa and a power of ten; magnitude words
 * (十 百 千 万 亿 and their combinations) only move the exponent, so
 * 8203.2亿 is 82032 x 10^7 and becomes 820320000000.0 with a single, correctly
 * rounded conversion at the end.
 */
#ifndef TONGJI_NUMERALS_H
#define TONGJI_NUMERALS_H

#include <stddef.h>
#include <stdint.h>

typedef struct tj_dec {
    uint64_t mant; /* value = (neg ? -1 : 1) * mant * 10^exp */
    int exp;
    unsigned char neg;
    unsigned char inexact; /* digits beyond 19 significant ones were dropped */
} tj_dec;

double tj_dec_to_double(const tj_dec *d);
/* 1 and *out set when the value is whole and fits in int64, else 0. */
int tj_dec_to_int64(const tj_dec *d, int64_t *out);
/* value * 10^k (k may be negative). */
void tj_dec_shift(tj_dec *d, int k);
/* a + b, exactly when both mantissas allow it. */
tj_dec tj_dec_add(tj_dec a, tj_dec b);
/* d * n for a whole n > 0: 1, or 0 and d unchanged when the mantissa would overflow. */
int tj_dec_times(tj_dec *d, uint64_t n);
/* Shortest decimal text of the value ("820320000000", "13.7", "-3"). */
void tj_dec_format(const tj_dec *d, char *buf, size_t cap);
/* v as printf's %.15g writes it in the C locale (a '.' whatever the process's
 * locale): the page's numbers, the same digits as SQLite's REAL text. */
void tj_format_double(double v, char *buf, size_t cap);

/* How a numeral was written. */
enum { TJ_FORM_ARABIC = 1, TJ_FORM_CJK = 2, TJ_FORM_MIXED = 3 };

typedef struct tj_numeral {
    tj_dec val;
    size_t start, end;          /* bytes: the numeral, magnitude words included */
    size_t digits_end;          /* end of the digits, before any magnitude word */
    int magnitude;              /* power of ten added by magnitude words after digits */
    unsigned char form;         /* TJ_FORM_* */
    unsigned char int_digits;   /* arabic: digits before the point (1234.5 -> 4) */
    unsigned char has_point;    /* a decimal point was written */
    unsigned char cjk_sequence; /* digit-by-digit CJK numeral: 二〇二二 */
    unsigned char cjk_chars;    /* number of CJK numeral characters */
    unsigned char over_inside;  /* 多/余 between digits and magnitude: 300多万 */
    size_t over_pos, over_end;  /* where that 多/余 is */
} tj_numeral;

/* Flags for tj_numeral_scan. */
enum {
    TJ_NUM_NO_CJK = 1,       /* arabic digits only */
    TJ_NUM_NO_MAGNITUDE = 2, /* do not read magnitude words after the digits */
    TJ_NUM_SPACES = 4,       /* allow spaces between digits and magnitude word */
};

/* Is this code point a character that can start or continue a numeral? */
int tj_is_cjk_digit(uint32_t c);    /* 零〇一…九 两 壹…玖 */
int tj_cjk_digit_value(uint32_t c); /* 0-9 or -1 */
int tj_cjk_unit_power(uint32_t c);  /* 十 1, 百 2, 千 3, 万 4, 亿 8, else 0 */

/* Read the numeral starting at byte i.  Returns 1 and fills *out when one is
 * there, 0 otherwise.  `unit_at` (may be NULL) tells whether a unit word
 * begins at a position, so that 千 of 千瓦 is not read as a magnitude. */
typedef int (*tj_unit_probe)(const void *ctx, const unsigned char *s, size_t n, size_t i);
int tj_numeral_scan(const unsigned char *s, size_t n, size_t i, unsigned flags, tj_unit_probe unit_at,
                    const void *probe_ctx, tj_numeral *out);

/* The value of a whole text that is one number (cn_number): optional sign,
 * optional 百分之, a numeral with magnitude words, optional % or ‰; spaces
 * around allowed.  Returns 1 and fills *out, or 0 when the text is not one
 * number. */
int tj_parse_number_text(const char *text, size_t n, tj_dec *out);

#endif
