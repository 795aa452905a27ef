/* numerals.c — arabic, CJK and mixed numerals, exact decimal values. */
#include "numerals.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static const double POW10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                               1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static void dec_normalize(tj_dec *d) {
    if (d->mant == 0) {
        d->exp = 0;
        return;
    }
    while (d->exp < 0 && d->mant % 10 == 0) {
        d->mant /= 10;
        d->exp++;
    }
}

double tj_dec_to_double(const tj_dec *d) {
    double v;
    if (d->mant < (1ULL << 53) && d->exp >= -22 && d->exp <= 22) {
        /* both operands exact: one correctly rounded operation */
        v = d->exp >= 0 ? (double)d->mant * POW10[d->exp] : (double)d->mant / POW10[-d->exp];
    } else {
        char buf[48];
        (void)snprintf(buf, sizeof buf, "%lluE%d", (unsigned long long)d->mant, d->exp);
        v = strtod(buf, NULL);
    }
    return d->neg ? -v : v;
}

int tj_dec_to_int64(const tj_dec *d, int64_t *out) {
    tj_dec t = *d;
    dec_normalize(&t);
    if (t.exp < 0 || t.inexact) return 0;
    uint64_t m = t.mant;
    for (int k = 0; k < t.exp; k++) {
        if (m > UINT64_MAX / 10) return 0;
        m *= 10;
    }
    if (t.neg) {
        if (m > (uint64_t)INT64_MAX + 1) return 0;
        *out = m == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX) return 0;
        *out = (int64_t)m;
    }
    return 1;
}

void tj_dec_shift(tj_dec *d, int k) {
    if (d->mant) d->exp += k;
}

/* Multiply m by 10^k; 0 on overflow. */
static int mul_pow10(uint64_t *m, int k) {
    while (k-- > 0) {
        if (*m > UINT64_MAX / 10) return 0;
        *m *= 10;
    }
    return 1;
}

int tj_dec_times(tj_dec *d, uint64_t n) {
    if (d->mant > UINT64_MAX / n) return 0;
    d->mant *= n;
    return 1;
}

tj_dec tj_dec_add(tj_dec a, tj_dec b) {
    if (a.mant == 0) return b;
    if (b.mant == 0) return a;
    if (a.exp < b.exp) {
        tj_dec t = a;
        a = b;
        b = t;
    }
    /* a has the larger exponent: scale it down to b's, or drop b's digits */
    uint64_t am = a.mant;
    while (a.exp > b.exp) {
        if (mul_pow10(&am, 1)) {
            a.exp--;
        } else {
            b.mant /= 10;
            b.exp++;
            b.inexact = 1;
        }
        a.mant = am;
    }
    tj_dec r = {0, a.exp, a.neg, (unsigned char)(a.inexact | b.inexact)};
    if (a.neg == b.neg) {
        r.mant = a.mant + b.mant;
        if (r.mant < a.mant) { /* carry out: drop one digit */
            r.mant = a.mant / 10 + b.mant / 10;
            r.exp++;
            r.inexact = 1;
        }
    } else if (a.mant >= b.mant) {
        r.mant = a.mant - b.mant;
    } else {
        r.mant = b.mant - a.mant;
        r.neg = b.neg;
    }
    dec_normalize(&r);
    return r;
}

void tj_dec_format(const tj_dec *d, char *buf, size_t cap) {
    tj_dec t = *d;
    dec_normalize(&t);
    char digits[32];
    (void)snprintf(digits, sizeof digits, "%llu", (unsigned long long)t.mant);
    size_t nd = strlen(digits), o = 0;
    char tmp[400];
    if (t.neg && t.mant) tmp[o++] = '-';
    if (t.exp >= 0) {
        if (t.exp > 300) {
            (void)snprintf(buf, cap, "%s%sE%d", t.neg ? "-" : "", digits, t.exp);
            return;
        }
        memcpy(tmp + o, digits, nd);
        o += nd;
        if (t.mant)
            for (int k = 0; k < t.exp; k++)
                tmp[o++] = '0';
    } else {
        int frac = -t.exp;
        if (frac > 300) {
            (void)snprintf(buf, cap, "%s%sE%d", t.neg ? "-" : "", digits, t.exp);
            return;
        }
        if ((size_t)frac >= nd) {
            tmp[o++] = '0';
            tmp[o++] = '.';
            for (size_t k = nd; k < (size_t)frac; k++)
                tmp[o++] = '0';
            memcpy(tmp + o, digits, nd);
            o += nd;
        } else {
            memcpy(tmp + o, digits, nd - (size_t)frac);
            o += nd - (size_t)frac;
            tmp[o++] = '.';
            memcpy(tmp + o, digits + nd - frac, (size_t)frac);
            o += (size_t)frac;
        }
    }
    tmp[o] = 0;
    (void)snprintf(buf, cap, "%s", tmp);
}

/* %.15g of v, always with '.' for the decimal point: printf's radix
 * character follows the process's locale (5,5 under de_DE), and a
 * deterministic SQL function must not.  The digits are printf's (%.14e); the
 * layout is %g's: fixed for exponents -4 … 14, else d.ddde±XX. */
void tj_format_double(double v, char *buf, size_t cap) {
    if (cap == 0) return;
    if (v != v || v - v != 0) { /* NaN, ±inf: never a row's value */
        (void)snprintf(buf, cap, "%s", v != v ? "nan" : v < 0 ? "-inf" : "inf");
        return;
    }
    char e[48], dig[24] = {0};
    (void)snprintf(e, sizeof e, "%.14e", v);
    const char *p = e;
    int neg = *p == '-', nd = 0;
    if (neg) p++;
    while (*p && *p != 'e' && *p != 'E') {
        if (*p >= '0' && *p <= '9' && nd < 20) dig[nd++] = *p;
        p++;
    }
    int x = *p ? atoi(p + 1) : 0;
    while (nd > 1 && dig[nd - 1] == '0')
        nd--;
    char out[64];
    size_t o = 0;
    if (neg) out[o++] = '-';
    if (x < -4 || x >= 15) {
        out[o++] = dig[0];
        if (nd > 1) {
            out[o++] = '.';
            for (int k = 1; k < nd; k++)
                out[o++] = dig[k];
        }
        o += (size_t)snprintf(out + o, sizeof out - o, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    } else if (x >= 0) {
        for (int k = 0; k <= x; k++)
            out[o++] = (char)(k < nd ? dig[k] : '0');
        if (nd > x + 1) {
            out[o++] = '.';
            for (int k = x + 1; k < nd; k++)
                out[o++] = dig[k];
        }
    } else {
        out[o++] = '0';
        out[o++] = '.';
        for (int k = 0; k < -x - 1; k++)
            out[o++] = '0';
        for (int k = 0; k < nd; k++)
            out[o++] = dig[k];
    }
    out[o] = 0;
    (void)snprintf(buf, cap, "%s", out);
}

/* ---- character classes ------------------------------------------------ */

int tj_cjk_digit_value(uint32_t c) {
    switch (c) {
    case 0x96F6: /* 零 */
    case 0x3007: /* 〇 */
    case 0x25CB: /* ○, used for 〇 in some texts */ return 0;
    case 0x4E00: /* 一 */
    case 0x58F9: /* 壹 */
    case 0x5F0C: /* 弌 */ return 1;
    case 0x4E8C: /* 二 */
    case 0x8D30: /* 贰 */
    case 0x8CB3: /* 貳 */
    case 0x4E24: /* 两 */
    case 0x5169: /* 兩 */ return 2;
    case 0x4E09: /* 三 */
    case 0x53C1: /* 叁 */
    case 0x53C3: /* 參 */ return 3;
    case 0x56DB: /* 四 */
    case 0x8086: /* 肆 */ return 4;
    case 0x4E94: /* 五 */
    case 0x4F0D: /* 伍 */ return 5;
    case 0x516D: /* 六 */
    case 0x9646: /* 陆 */
    case 0x9678: /* 陸 */ return 6;
    case 0x4E03: /* 七 */
    case 0x67D2: /* 柒 */ return 7;
    case 0x516B: /* 八 */
    case 0x634C: /* 捌 */ return 8;
    case 0x4E5D: /* 九 */
    case 0x7396: /* 玖 */ return 9;
    default: return -1;
    }
}

int tj_is_cjk_digit(uint32_t c) { return tj_cjk_digit_value(c) >= 0; }

int tj_cjk_unit_power(uint32_t c) {
    switch (c) {
    case 0x5341: /* 十 */
    case 0x62FE: /* 拾 */ return 1;
    case 0x767E: /* 百 */
    case 0x4F70: /* 佰 */ return 2;
    case 0x5343: /* 千 */
    case 0x4EDF: /* 仟 */ return 3;
    case 0x4E07: /* 万 */
    case 0x842C: /* 萬 */ return 4;
    case 0x4EBF: /* 亿 */
    case 0x5104: /* 億 */ return 8;
    default: return 0;
    }
}

#define CP_POINT 0x70B9 /* 点 */
#define CP_DUO 0x591A   /* 多 */
#define CP_YU 0x4F59    /* 余 */

static uint64_t ipow10(int k) {
    uint64_t r = 1;
    while (k-- > 0)
        r *= 10;
    return r;
}

/* ---- arabic ------------------------------------------------------------ */

static void push_digit(tj_dec *d, int v, int after_point) {
    if (d->mant <= (UINT64_MAX - 9) / 10) {
        d->mant = d->mant * 10 + (uint64_t)v;
        if (after_point) d->exp--;
    } else {
        d->inexact = 1;
        if (!after_point) d->exp++;
    }
}

/* Arabic digits with thousands separators and a decimal point. */
static size_t scan_arabic(const unsigned char *s, size_t n, size_t i, tj_numeral *o) {
    size_t j = i, nx, nx0;
    int int_digits = 0, seen_point = 0;
    tj_dec d = {0, 0, 0, 0};
    for (;;) {
        if (j >= n) break;
        uint32_t c = tj_decode(s, n, j, &nx);
        int v = tj_digit_value(c);
        if (v >= 0) {
            push_digit(&d, v, seen_point);
            if (!seen_point && int_digits < 255) int_digits++;
            j = nx;
            continue;
        }
        if (!seen_point && (c == '.' || c == 0xFF0E) && int_digits > 0) {
            size_t k;
            if (nx < n && tj_digit_value(tj_decode(s, n, nx, &k)) >= 0) {
                seen_point = 1;
                j = nx;
                continue;
            }
            break;
        }
        /* a separator: ',' after ASCII digits, '，' or ',' between full-width ones */
        if ((c == ',' || (c == 0xFF0C && tj_is_wide_digit(tj_decode(s, n, tj_prev(s, j), &nx0)))) && !seen_point &&
            int_digits > 0) {
            /* a separator only before exactly three digits not followed by a digit */
            size_t k = nx, cnt = 0, kn;
            while (cnt < 4 && k < n) {
                if (tj_digit_value(tj_decode(s, n, k, &kn)) < 0) break;
                cnt++;
                k = kn;
            }
            if (cnt == 3) {
                j = nx;
                continue;
            }
            break;
        }
        break;
    }
    if (j == i) return i;
    o->val = d;
    o->int_digits = (unsigned char)int_digits;
    o->has_point = (unsigned char)seen_point;
    o->form = TJ_FORM_ARABIC;
    return j;
}

/* ---- CJK ----------------------------------------------------------------- */

/* Read a CJK numeral: positional (三千五百亿, 两千零二十二, 十二万三千…点七) or
 * digit-by-digit (二〇二二).  Stops before the first character that would make
 * it ill-formed.  Returns the end index (i when there is no numeral). */
static size_t scan_cjk(const unsigned char *s, size_t n, size_t i, tj_numeral *o, tj_unit_probe unit_at,
                       const void *ctx) {
    uint64_t big = 0, mid = 0, sec = 0; /* parts of 亿 and above, of 万, below 万 */
    int num = -1;                       /* pending digit */
    int last_sec_unit = 9;              /* smallest unit used in the section */
    int mid_done = 0, big_done = 0;     /* 万 / 亿 already closed a group */
    int seen_unit = 0, sequence = 0, zero_pending = 0, last_unit = 0;
    int chars = 0, overflow = 0;
    tj_dec seq = {0, 0, 0, 0};
    size_t j = i, end = i, nx;
    while (j < n) {
        uint32_t c = tj_decode(s, n, j, &nx);
        int dv = tj_cjk_digit_value(c);
        int up = dv < 0 ? tj_cjk_unit_power(c) : 0;
        if (dv >= 0) {
            if (num >= 0 || (sequence && !seen_unit)) {
                /* two digits in a row: only a digit-by-digit numeral allows it */
                if (seen_unit) break;
                if (!sequence) {
                    sequence = 1;
                    seq.mant = (uint64_t)num;
                }
                push_digit(&seq, dv, 0);
                num = dv;
            } else {
                if (dv == 0) {
                    if (!seen_unit)
                        num = 0; /* 〇 as the first digit of a sequence */
                    else
                        zero_pending = 1;
                } else {
                    num = dv;
                }
            }
            chars++;
            j = end = nx;
            last_unit = 0;
            continue;
        }
        if (up == 0 || sequence) break;
        if (up <= 3 && unit_at && unit_at(ctx, s, n, j)) break; /* 四十万千瓦: 千瓦 is the unit */
        /* 两 alone before a unit is fine; 零 then a unit is not */
        if (up <= 3) {
            if (up >= last_sec_unit) break; /* 十百 is not a numeral */
            if (num == 0 && !zero_pending) break;
            uint64_t m = num > 0 ? (uint64_t)num : 1;
            sec += m * ipow10(up);
            last_sec_unit = up;
        } else if (up == 4) {
            if (mid_done || last_unit == 8) break; /* 亿万 is an idiom */
            uint64_t g = sec + (num > 0 ? (uint64_t)num : 0);
            if (g == 0 && num < 0) g = 1; /* 万 alone: one 万 */
            mid = g * 10000;
            sec = 0;
            mid_done = 1;
            last_sec_unit = 9;
        } else { /* 亿 */
            if (big_done) break;
            uint64_t g = mid + sec + (num > 0 ? (uint64_t)num : 0);
            if (g == 0 && num < 0) g = 1;
            if (g > UINT64_MAX / 100000000ULL) {
                overflow = 1;
                break;
            }
            big = g * 100000000ULL;
            mid = sec = 0;
            mid_done = 0;
            big_done = 1;
            last_sec_unit = 9;
        }
        num = -1;
        zero_pending = 0;
        seen_unit = 1;
        last_unit = up;
        chars++;
        j = end = nx;
    }
    if (chars == 0) return i;
    /* a lone 零 or 〇 is zero; a lone 两 reads as 2 (两成, 两倍) */
    tj_dec d = {0, 0, 0, (unsigned char)overflow};
    if (sequence) {
        d = seq;
    } else {
        uint64_t tail = num > 0 ? (uint64_t)num : 0;
        /* colloquial 一万五 = 15000, 三千五 = 3500: a final digit straight after
         * 百/千/万 counts in the next lower place */
        if (num > 0 && last_unit == 0 && !zero_pending && end > i) {
            /* find the unit just before the final digit */
            size_t ps;
            uint32_t pc = tj_cp_before(s, n, end, &ps);
            (void)pc;
            uint32_t uc = ps > i ? tj_cp_before(s, n, ps, &ps) : 0;
            int pu = tj_cjk_unit_power(uc);
            if (pu >= 2 && pu <= 4) tail = (uint64_t)num * ipow10(pu - 1);
        }
        d.mant = big + mid + sec + tail;
    }
    o->val = d;
    o->cjk_sequence = (unsigned char)sequence;
    o->cjk_chars = (unsigned char)(chars > 255 ? 255 : chars);
    o->form = TJ_FORM_CJK;
    /* decimals: 点 followed by CJK digits */
    if (end < n) {
        uint32_t c = tj_decode(s, n, end, &nx);
        if (c == CP_POINT && nx < n) {
            size_t k = nx, kn;
            tj_dec f = d;
            int got = 0;
            while (k < n) {
                int v = tj_cjk_digit_value(tj_decode(s, n, k, &kn));
                if (v < 0) break;
                push_digit(&f, v, 1);
                got = 1;
                k = kn;
            }
            if (got) {
                o->val = f;
                o->has_point = 1;
                end = k;
            }
        }
    }
    return end;
}

/* Magnitude words after digits: 十 百 千 万 亿 and runs of them (千万, 万亿). */
static size_t scan_magnitude(const unsigned char *s, size_t n, size_t i, tj_unit_probe unit_at, const void *ctx,
                             int *power) {
    size_t j = i, nx;
    int p = 0, last = 99, count = 0;
    while (j < n) {
        uint32_t c = tj_decode(s, n, j, &nx);
        int up = tj_cjk_unit_power(c);
        if (!up) break;
        if (unit_at && unit_at(ctx, s, n, j)) break; /* 千瓦, 百分点, … */
        /* 十 百 千 must come before 万/亿 and in falling order: 千万, 百亿, 万亿 */
        if (up <= 3 && last <= 3) break;
        if (up == 4 && last == 4) break;
        if (up == 8 && last == 8) break;
        if (up == 4 && last == 8) break; /* 亿万 is an idiom, not a magnitude */
        p += up;
        last = up;
        count++;
        j = nx;
        if (count == 3) break;
    }
    *power = p;
    return j;
}

/* 四亿二千多万: the magnitude after 多 scales only the section of the CJK
 * numeral below it (二千 -> 二千万), not its higher sections (四亿): 1 when
 * done that way, 0 when the whole value is to be scaled. */
static int shift_low_section(tj_numeral *out, int power) {
    if (out->form != TJ_FORM_CJK || !out->over_inside || out->val.exp != 0 || power <= 0 || power > 8) return 0;
    uint64_t base = 1;
    for (int k = 0; k < power; k++)
        base *= 10;
    uint64_t m = out->val.mant, low = m % base, high = m - low;
    if (!high || low > (UINT64_MAX - high) / base) return 0;
    out->val.mant = high + low * base;
    return 1;
}

int tj_numeral_scan(const unsigned char *s, size_t n, size_t i, unsigned flags, tj_unit_probe unit_at,
                    const void *probe_ctx, tj_numeral *out) {
    memset(out, 0, sizeof *out);
    out->start = i;
    size_t nx;
    if (i >= n) return 0;
    uint32_t c = tj_decode(s, n, i, &nx);
    size_t end;
    if (tj_digit_value(c) >= 0) {
        end = scan_arabic(s, n, i, out);
    } else if (!(flags & TJ_NUM_NO_CJK) && (tj_is_cjk_digit(c) || tj_cjk_unit_power(c))) {
        end = scan_cjk(s, n, i, out, unit_at, probe_ctx);
    } else {
        return 0;
    }
    if (end == i) return 0;
    out->digits_end = end;
    out->end = end;
    if (flags & TJ_NUM_NO_MAGNITUDE) return 1;

    /* 300多万, 1000余万: 多/余 between the digits and a magnitude word */
    size_t k = (flags & TJ_NUM_SPACES) ? tj_skip_gap(s, n, end) : end;
    if (k < n) {
        uint32_t q = tj_decode(s, n, k, &nx);
        if ((q == CP_DUO || q == CP_YU) && nx < n) {
            size_t kn;
            uint32_t m = tj_decode(s, n, nx, &kn);
            int up = tj_cjk_unit_power(m);
            if (up >= 4 || (up >= 1 && out->form == TJ_FORM_ARABIC && !(unit_at && unit_at(probe_ctx, s, n, nx)))) {
                out->over_inside = 1;
                out->over_pos = k;
                out->over_end = nx;
                k = nx;
            }
        }
    }
    int power = 0;
    /* a CJK numeral reads its own 万/亿; a magnitude word follows it only after
     * a decimal part (三点五万) or 多/余 (三百多万) */
    size_t mend = k;
    if (out->form == TJ_FORM_ARABIC || out->has_point || out->over_inside)
        mend = scan_magnitude(s, n, k, unit_at, probe_ctx, &power);
    if (mend > k) {
        if (!shift_low_section(out, power)) tj_dec_shift(&out->val, power);
        out->magnitude = power;
        out->end = mend;
        if (out->form == TJ_FORM_ARABIC) out->form = TJ_FORM_MIXED;
        /* 3万4000, 1亿2000万: a smaller arabic number straight after 万/亿 */
        if ((power == 4 || power == 8) && !out->over_inside && !out->has_point) {
            tj_numeral rest;
            if (mend < n && tj_digit_value(tj_decode(s, n, mend, &nx)) >= 0 &&
                tj_numeral_scan(s, n, mend, flags | TJ_NUM_NO_CJK, unit_at, probe_ctx, &rest) && !rest.has_point &&
                rest.magnitude < power) {
                tj_dec lim = {1, power, 0, 0};
                double rv = tj_dec_to_double(&rest.val), lv = tj_dec_to_double(&lim);
                if (rv < lv) {
                    out->val = tj_dec_add(out->val, rest.val);
                    out->end = rest.end;
                }
            }
        }
    } else if (out->over_inside) {
        out->over_inside = 0;
    }
    return 1;
}

/* ---- whole-text parse for cn_number ---------------------------------- */

static int match_lit(const unsigned char *s, size_t n, size_t i, const char *lit, size_t *after) {
    size_t l = strlen(lit);
    if (i + l <= n && memcmp(s + i, lit, l) == 0) {
        *after = i + l;
        return 1;
    }
    return 0;
}

static size_t skip_all_space(const unsigned char *s, size_t n, size_t i) {
    size_t nx;
    while (i < n) {
        uint32_t c = tj_decode(s, n, i, &nx);
        if (!tj_is_space(c) && !tj_is_newline(c)) break;
        i = nx;
    }
    return i;
}

int tj_parse_number_text(const char *text, size_t n, tj_dec *out) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = skip_all_space(s, n, 0), a;
    while (n > i) { /* trim trailing space */
        size_t p = tj_prev(s, n), nx;
        uint32_t c = tj_decode(s, n, p, &nx);
        if (!tj_is_space(c) && !tj_is_newline(c)) break;
        n = p;
    }
    if (i >= n) return 0;
    int neg = 0;
    if (match_lit(s, n, i, "-", &a) || match_lit(s, n, i, "\xE2\x88\x92", &a) /* − */ ||
        match_lit(s, n, i, "\xEF\xBC\x8D", &a) /* － */ || match_lit(s, n, i, "\xE8\xB4\x9F", &a) /* 负 */) {
        neg = 1;
        i = a;
    } else if (match_lit(s, n, i, "+", &a) || match_lit(s, n, i, "\xEF\xBC\x8B", &a) /* ＋ */ ||
               match_lit(s, n, i, "\xE6\xAD\xA3", &a) /* 正 */) {
        i = a;
    }
    int percent_prefix = 0;
    if (match_lit(s, n, i, "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B", &a) || /* 百分之 */
        match_lit(s, n, i, "\xE5\x8D\x83\xE5\x88\x86\xE4\xB9\x8B", &a)) { /* 千分之 */
        percent_prefix = 1;
        i = a;
    }
    tj_numeral num;
    if (!tj_numeral_scan(s, n, i, TJ_NUM_SPACES, NULL, NULL, &num)) return 0;
    if (num.over_inside) return 0; /* 300多万 is not one number */
    i = num.end;
    if (!percent_prefix && i < n &&
        (match_lit(s, n, i, "%", &a) || match_lit(s, n, i, "\xEF\xBC\x85", &a) /* ％ */ ||
         match_lit(s, n, i, "\xE2\x80\xB0", &a) /* ‰ */)) {
        i = a;
    }
    if (i != n) return 0;
    *out = num.val;
    out->neg = (unsigned char)(neg && num.val.mant != 0);
    return 1;
}
