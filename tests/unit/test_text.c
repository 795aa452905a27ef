/* test_text.c — UTF-8 decoding and character offsets agree with SQLite. */
#include <stdlib.h>

#include "internal.h"
#include "unit.h"

/* SQLite's own rule (SQLITE_SKIP_UTF8): a byte >= 0xC0 and the continuation
 * bytes after it are one character; any other byte is one character. */
static size_t sqlite_chars(const unsigned char *s, size_t n) {
    size_t i = 0, c = 0;
    while (i < n) {
        if (s[i++] >= 0xC0)
            while (i < n && (s[i] & 0xC0) == 0x80)
                i++;
        c++;
    }
    return c;
}

static uint32_t rng = 12345;
static unsigned next_byte(void) {
    rng = rng * 1103515245u + 12345u;
    return (rng >> 16) & 0xFF;
}

static void charmap_matches_sqlite(void) {
    static const char *const fixed[] = {"",
                                        "a",
                                        "统计",
                                        "\xff\xfe",
                                        "\x80\x80\x80",
                                        "统\x80\x80计",
                                        "\xe4\xb8",
                                        "a\xe4\xb8"
                                        "b",
                                        "\xf0\x9f\x98\x80x",
                                        "\xc0\x80",
                                        "１２３"};
    for (size_t k = 0; k < N_ELEMS(fixed); k++) {
        const unsigned char *s = (const unsigned char *)fixed[k];
        size_t n = strlen(fixed[k]);
        tj_charmap m;
        CHECK(tj_charmap_build(&m, s, n) == 0, "charmap builds");
        int ok = 1;
        for (size_t b = 0; b <= n; b++)
            if (tj_charmap_count(&m, b) != sqlite_chars(s, b) && (b == n || (s[b] & 0xC0) != 0x80)) ok = 0;
        CHECK(ok, "charmap of fixed string %zu", k);
        tj_charmap_free(&m);
    }
    /* random bytes biased to UTF-8 lead/continuation bytes, many lengths */
    for (int round = 0; round < 60; round++) {
        size_t n = (size_t)(round * 37 % 500) + 1;
        unsigned char *s = malloc(n);
        for (size_t i = 0; i < n; i++) {
            unsigned r = next_byte();
            s[i] = r < 64    ? (unsigned char)('a' + r % 26)
                   : r < 160 ? (unsigned char)(0x80 | (r & 0x3F))
                             : (unsigned char)r;
        }
        tj_charmap m;
        tj_charmap_build(&m, s, n);
        int ok = 1;
        /* at every character start the count equals SQLite's count of the prefix */
        size_t i = 0;
        while (i < n) {
            if (tj_charmap_count(&m, i) != sqlite_chars(s, i)) ok = 0;
            size_t nx;
            tj_decode(s, n, i, &nx);
            i = nx;
        }
        if (tj_charmap_count(&m, n) != sqlite_chars(s, n)) ok = 0;
        CHECK(ok, "charmap of random string %d", round);
        tj_charmap_free(&m);
        free(s);
    }
}

/* Random well-formed UTF-8 (1- to 4-byte characters) of every length up to
 * 200, so the eight-bytes-at-a-time path and its tail are both exercised;
 * then the same text with a stray continuation byte put after an ASCII byte,
 * which must send the map to the exact rule. */
static size_t put_char(unsigned char *o, unsigned r) {
    switch (r % 4) {
    case 0: o[0] = (unsigned char)('a' + r % 26); return 1;
    case 1:
        o[0] = 0xC3;
        o[1] = (unsigned char)(0x80 | (r & 0x3F));
        return 2;
    case 2:
        o[0] = 0xE4 + (r & 3);
        o[1] = (unsigned char)(0x80 | ((r >> 2) & 0x3F));
        o[2] = 0x80 | (r & 0x3F);
        return 3;
    default:
        o[0] = 0xF0;
        o[1] = 0x9F;
        o[2] = 0x98;
        o[3] = (unsigned char)(0x80 | (r & 0x3F));
        return 4;
    }
}

/* The character count before every byte offset equals SQLite's count of
 * that prefix (inside a character too: the prefix ends in a truncated one). */
static int bits_match(const unsigned char *s, size_t n) {
    tj_charmap m;
    if (tj_charmap_build(&m, s, n)) return 0;
    int ok = 1;
    for (size_t b = 0; b <= n && ok; b++)
        if (tj_charmap_count(&m, b) != sqlite_chars(s, b)) ok = 0;
    tj_charmap_free(&m);
    return ok;
}

static void charmap_fast_path(void) {
    unsigned char buf[1024] = {0};
    int ok_valid = 1, ok_stray = 1;
    for (size_t want = 0; want <= 200; want++) {
        size_t n = 0;
        while (n < want)
            n += put_char(buf + n, next_byte() | (next_byte() << 8));
        if (!bits_match(buf, n)) ok_valid = 0;
        /* a stray continuation byte after the first ASCII byte */
        for (size_t i = 0; i < n; i++)
            if (buf[i] < 0x80) {
                memmove(buf + i + 2, buf + i + 1, n - i - 1);
                buf[i + 1] = 0x85;
                if (!bits_match(buf, n + 1)) ok_stray = 0;
                break;
            }
        /* and one at the very start */
        memmove(buf + 1, buf, n);
        buf[0] = 0xA0;
        if (!bits_match(buf, n + 1)) ok_stray = 0;
    }
    CHECK(ok_valid, "charmap of well-formed UTF-8, every length to 200");
    CHECK(ok_stray, "charmap with a stray continuation byte");
}

/* Does a word of ws start with code point cp? */
static int starts_a_word(const tj_wordset *ws, uint32_t cp) {
    for (size_t k = 0; k < ws->nwords; k++) {
        size_t nx;
        if (tj_decode((const unsigned char *)ws->words[k].w, strlen(ws->words[k].w), 0, &nx) == cp) return 1;
    }
    return 0;
}

/* May a time expression start with cp: the predicate, or a word of the time tables. */
static int time_may_start(uint32_t cp) {
    const tj_lexicon *lx = &unit_env->lex;
    return tj_period_may_start(cp) || starts_a_word(&lx->period_words, cp) || starts_a_word(&lx->period_prefix, cp) ||
           starts_a_word(&lx->span_words, cp);
}

/* The per-environment class table agrees with the predicates and tables it
 * is built from over the whole BMP (it is filled only in the blocks they can
 * accept). */
static void class_table(void) {
    int ok = 1;
    for (uint32_t cp = 0; cp < 0x10000 && ok; cp++) {
        unsigned want =
            (tj_digit_value(cp) >= 0 ? TJ_CC_ARABIC : 0) | (tj_cjk_digit_value(cp) >= 0 ? TJ_CC_CJK_DIGIT : 0) |
            (tj_cjk_unit_power(cp) ? TJ_CC_CJK_UNIT : 0) | (time_may_start(cp) ? TJ_CC_PERIOD : 0) |
            (tj_quantity_may_start(cp) ? TJ_CC_QUANTITY : 0) | (tj_is_terminator(cp) ? TJ_CC_TERMINATOR : 0);
        unsigned mask = TJ_CC_NUMERAL | TJ_CC_PERIOD | TJ_CC_QUANTITY | TJ_CC_TERMINATOR;
        if ((tj_cls(unit_env, cp) & mask) != want) {
            ok = 0;
            CHECK(0, "class of U+%04X: %u, want %u", (unsigned)cp, tj_cls(unit_env, cp), want);
        }
    }
    CHECK(ok, "class table matches its predicates");
    CHECK(tj_cls(unit_env, 0x1F600) == 0, "no class outside the BMP");
}

static void decode_cases(void) {
    static const struct {
        const char *s;
        uint32_t cp;
        size_t len;
    } D[] = {
        {"a", 'a', 1},
        {"统", 0x7EDF, 3},
        {"\xc3\xa9", 0xE9, 2},
        {"\xf0\x9f\x98\x80", 0x1F600, 4},
        {"\xff", TJ_BAD, 1},
        {"\x80", TJ_BAD, 1},
        {"\xe4\xb8", TJ_BAD, 2},
        {"\xc0\x80", TJ_BAD, 2},
        {"\xed\xa0\x80", TJ_BAD, 3},
        {"\xe7\xbb\x9f\x80", TJ_BAD, 4},
        {"\xf4\x90\x80\x80", TJ_BAD, 4},
        {"\xe0\x80\x80", TJ_BAD, 3},
        {"１", 0xFF11, 3},
    };
    for (size_t k = 0; k < N_ELEMS(D); k++) {
        size_t nx;
        uint32_t cp = tj_decode((const unsigned char *)D[k].s, strlen(D[k].s), 0, &nx);
        CHECK(cp == D[k].cp && nx == D[k].len, "decode case %zu: cp %x len %zu", k, cp, nx);
    }
    CHECK(tj_text_length("ab\0cd", 5) == 2, "text stops at NUL");
    CHECK(tj_text_length("abcd", 4) == 4, "text without NUL");
}

static void gap_cases(void) {
    static const struct {
        const char *s;
        size_t skip;
    } G[] = {{" 亿", 1},      {"　亿", 3},   {"\n亿", 1}, {"\n\n亿", 2},
             {"\n\n\n亿", 0}, {"\n  亿", 0}, {"亿", 0},   {" \n亿", 2}};
    for (size_t k = 0; k < N_ELEMS(G); k++)
        CHECK(tj_skip_gap((const unsigned char *)G[k].s, strlen(G[k].s), 0) == G[k].skip, "gap case %zu", k);
}

void test_text(void) {
    charmap_matches_sqlite();
    charmap_fast_path();
    class_table();
    decode_cases();
    gap_cases();
}
