/* encoding.c — Chinese text that is not UTF-8: how much of a text is invalid
 * UTF-8, which of the common legacy encodings (GB18030, which includes GBK
 * and GB2312; Big5) it most likely is, and its conversion to UTF-8 with the
 * C library's iconv. */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "tongji_core.h"

/* iconv_open's failure value, (iconv_t)-1, made once */
static int open_failed(iconv_t cd) {
    return cd == (iconv_t)-1; // NOLINT(performance-no-int-to-ptr): iconv's own error value
}

/* Bytes of s[0..n) outside ASCII, and how many of them are in no valid
 * UTF-8 sequence (as tj_decode reads them). */
void tj_utf8_stats(const unsigned char *s, size_t n, size_t *high, size_t *invalid) {
    size_t i = 0, nx;
    *high = *invalid = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t c = tj_decode(s, n, i, &nx);
        *high += nx - i;
        if (c == TJ_BAD) *invalid += nx - i;
        i = nx;
    }
}

int tj_mostly_not_utf8(const unsigned char *s, size_t n) {
    size_t high, invalid;
    /* its first 64 KiB say it; a first 4 KiB without an invalid byte, already
     * (cut where a character starts, or its last would count as invalid) */
    size_t head = n < 4096 ? n : 4096;
    while (head < n && head > 0 && (s[head] & 0xC0) == 0x80)
        head--;
    tj_utf8_stats(s, head, &high, &invalid);
    if (!invalid || head == n) return invalid >= 32 && invalid * 5 >= high;
    tj_utf8_stats(s, n < 65536 ? n : 65536, &high, &invalid);
    /* a fifth: GBK and Big5 bytes read as UTF-8 are partly well-formed (c8 ab is U+022B) */
    return invalid >= 32 && invalid * 5 >= high;
}

/* Characters that fill Chinese economic and government text: a decoding
 * that gives many of them is the right one. */
static const char COMMON[] = "的一是在了不和有为这中国年月日增长元亿万经济发展全市省区县人工作业产生企"
                             "投资建设项目总值比上同率出进口收入消费社会城镇农村新加快推动实施服务";

static int is_common(const unsigned char *c) {
    for (size_t k = 0; k + 3 <= sizeof COMMON - 1; k += 3)
        if (!memcmp(COMMON + k, c, 3)) return 1;
    return 0;
}

/* Converts s[0..n) from enc to UTF-8 with iconv: a tj_malloc'd string and
 * its length in *out_n, or NULL with *bad the offset of the first byte that
 * does not convert (or (size_t)-1 when enc is unknown or memory ran out). */
char *tj_to_utf8(const char *enc, const unsigned char *s, size_t n, size_t *out_n, size_t *bad) {
    *bad = (size_t)-1;
    iconv_t cd = iconv_open("UTF-8", enc);
    if (open_failed(cd)) return NULL;
    size_t cap = n * 2 + 16, used = 0;
    char *out = tj_malloc(cap + 1);
    char *in = (char *)s; /* iconv's prototype takes char **, it does not write the input */
    size_t left = n;
    while (out) {
        char *o = out + used;
        size_t room = cap - used;
        size_t r = iconv(cd, &in, &left, &o, &room);
        used = (size_t)(o - out);
        if (r != (size_t)-1) {
            char *o2 = out + used; /* flush a shift state */
            size_t room2 = cap - used;
            if (iconv(cd, NULL, NULL, &o2, &room2) != (size_t)-1) {
                used = (size_t)(o2 - out);
                break;
            }
        }
        if (errno != E2BIG) { /* EILSEQ, EINVAL: a byte that is no character of enc */
            *bad = (size_t)(in - (char *)s);
            tj_free(out);
            out = NULL;
            break;
        }
        char *grown = tj_realloc(out, cap * 2 + 1);
        if (!grown) {
            tj_free(out);
            out = NULL;
            break;
        }
        out = grown;
        cap *= 2;
    }
    iconv_close(cd);
    if (out) {
        out[used] = 0;
        *out_n = used;
    }
    return out;
}

int tj_encoding_known(const char *enc) {
    iconv_t cd = iconv_open("UTF-8", enc);
    if (open_failed(cd)) return 0;
    iconv_close(cd);
    return 1;
}

/* How well s decodes as enc: common characters per hundred bytes, -1 when
 * it does not decode.  Only the first 64 KiB are read. */
static long fit(const char *enc, const unsigned char *s, size_t n) {
    size_t len, bad;
    if (n > 65536) { /* cut where a character starts: at an ASCII byte */
        n = 65536;
        while (n > 0 && s[n - 1] >= 0x80)
            n--;
    }
    char *u = tj_to_utf8(enc, s, n, &len, &bad);
    if (!u) return -1;
    long common = 0;
    size_t i = 0, nx;
    const unsigned char *p = (const unsigned char *)u;
    while (i < len) {
        uint32_t c = tj_decode(p, len, i, &nx);
        if (c >= 0x4E00 && nx - i == 3 && is_common(p + i)) common++;
        i = nx;
    }
    tj_free(u);
    return n ? common * 100 / (long)n : 0;
}

const char *tj_guess_encoding(const unsigned char *s, size_t n) {
    static const char *const CANDIDATES[] = {"GB18030", "BIG5"};
    const char *best = NULL;
    long best_fit = 2; /* at least two common characters per hundred bytes: Chinese text */
    for (size_t k = 0; k < sizeof CANDIDATES / sizeof CANDIDATES[0]; k++) {
        long f = fit(CANDIDATES[k], s, n);
        if (f > best_fit) {
            best = CANDIDATES[k];
            best_fit = f;
        }
    }
    return best;
}
