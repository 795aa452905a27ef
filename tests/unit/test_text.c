/* test_text.c — UTF-8 decoding and character offsets agree with SQLite. */
#include <stdlib.h>

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
    decode_cases();
    gap_cases();
}
