/* test_numerals.c — cn_number's parser: every form in the spec, exactly. */
#include <math.h>
#include <stdint.h>

#include "unit.h"

typedef struct {
    const char *in;
    char type; /* 'i' INTEGER, 'r' REAL, 'n' not a number */
    int64_t i;
    double r;
} num_case;

static const num_case CASES[] = {
    /* arabic, ASCII and full-width */
    {"0", 'i', 0, 0},
    {"7", 'i', 7, 0},
    {"123", 'i', 123, 0},
    {"１２３", 'i', 123, 0},
    {"０", 'i', 0, 0},
    {"９８７６", 'i', 9876, 0},
    {"007", 'i', 7, 0},
    {"2022", 'i', 2022, 0},
    {"1,234", 'i', 1234, 0},
    {"1,234,567", 'i', 1234567, 0},
    {"1,234.5", 'r', 0, 1234.5},
    {"12,345,678.25", 'r', 0, 12345678.25},
    {"12,34", 'n', 0, 0},
    {"1,2345", 'n', 0, 0},
    {"1,23", 'n', 0, 0},
    {",123", 'n', 0, 0},
    {"1,,234", 'n', 0, 0},
    {"3.14", 'r', 0, 3.14},
    {"0.1", 'r', 0, 0.1},
    {"0.10", 'r', 0, 0.1},
    {"13.7", 'r', 0, 13.7},
    {"25.0", 'i', 25, 0},
    {"100.00", 'i', 100, 0},
    {"０．５", 'r', 0, 0.5},
    {"１．５", 'r', 0, 1.5},
    {"１２．３４", 'r', 0, 12.34},
    {".5", 'n', 0, 0},
    {"5.", 'n', 0, 0},
    {"1.2.3", 'n', 0, 0},
    {"1..2", 'n', 0, 0},
    /* signs */
    {"-3", 'i', -3, 0},
    {"负3", 'i', -3, 0},
    {"负3.5", 'r', 0, -3.5},
    {"−3.5", 'r', 0, -3.5},
    {"－７", 'i', -7, 0},
    {"+5", 'i', 5, 0},
    {"＋5", 'i', 5, 0},
    {"正5", 'i', 5, 0},
    {"-0", 'i', 0, 0},
    {"--3", 'n', 0, 0},
    {"3-", 'n', 0, 0},
    {"负", 'n', 0, 0},
    {"负十", 'i', -10, 0},
    {"负百分之三", 'i', -3, 0},
    /* spaces around */
    {" 42 ", 'i', 42, 0},
    {"　42　", 'i', 42, 0},
    {"\n42\n", 'i', 42, 0},
    {"\t1.5\t", 'r', 0, 1.5},
    {"4 2", 'n', 0, 0},
    {"", 'n', 0, 0},
    {"   ", 'n', 0, 0},
    /* garbage */
    {"abc", 'n', 0, 0},
    {"12abc", 'n', 0, 0},
    {"abc12", 'n', 0, 0},
    {"约3", 'n', 0, 0},
    {"3个", 'n', 0, 0},
    {"1e5", 'n', 0, 0},
    {"0x10", 'n', 0, 0},
    {"Ⅳ", 'n', 0, 0},
    {"%", 'n', 0, 0},
    {"3%%", 'n', 0, 0},
    {"百分之", 'n', 0, 0},
    {"点五", 'n', 0, 0},
    {"一点", 'n', 0, 0},
    {"十十", 'n', 0, 0},
    {"百千", 'n', 0, 0},
    {"亿亿", 'n', 0, 0},
    {"3万万", 'n', 0, 0},
    {"300多万", 'n', 0, 0},
    {"二十大", 'n', 0, 0},
    {"\xff"
     "12",
     'n', 0, 0},
    {"12\xff", 'n', 0, 0},
    {"1\xe4\xb8", 'n', 0, 0},
    /* magnitude words after digits */
    {"3万", 'i', 30000, 0},
    {"1.4万", 'i', 14000, 0},
    {"8203.2亿", 'i', 820320000000, 0},
    {"1.2万亿", 'i', 1200000000000, 0},
    {"5.2万亿", 'i', 5200000000000, 0},
    {"5千万", 'i', 50000000, 0},
    {"3百万", 'i', 3000000, 0},
    {"2十", 'i', 20, 0},
    {"20817.5 亿", 'i', 2081750000000, 0},
    {"20817.5亿", 'i', 2081750000000, 0},
    {"866.60 万", 'i', 8666000, 0},
    {"0.5亿", 'i', 50000000, 0},
    {"0.01万", 'i', 100, 0},
    {"0.00001万", 'r', 0, 0.1},
    {"3万4000", 'i', 34000, 0},
    {"1亿2000万", 'i', 120000000, 0},
    {"３万４０００", 'i', 34000, 0},
    {"1,234万", 'i', 12340000, 0},
    {"12.34567万", 'r', 0, 123456.7},
    {"1.23456789亿", 'i', 123456789, 0},
    {"1.4萬", 'i', 14000, 0},
    {"2億", 'i', 200000000, 0},
    {"3 万", 'i', 30000, 0},
    /* percent forms */
    {"12.5%", 'r', 0, 12.5},
    {"１２．５％", 'r', 0, 12.5},
    {"５‰", 'i', 5, 0},
    {"百分之十二点五", 'r', 0, 12.5},
    {"百分之五", 'i', 5, 0},
    {"百分之一百", 'i', 100, 0},
    {"百分之0.5", 'r', 0, 0.5},
    {"百分之三十", 'i', 30, 0},
    {"千分之三", 'i', 3, 0},
    /* CJK positional */
    {"一", 'i', 1, 0},
    {"二", 'i', 2, 0},
    {"九", 'i', 9, 0},
    {"十", 'i', 10, 0},
    {"十一", 'i', 11, 0},
    {"十五", 'i', 15, 0},
    {"二十", 'i', 20, 0},
    {"二十一", 'i', 21, 0},
    {"九十九", 'i', 99, 0},
    {"一百", 'i', 100, 0},
    {"一百零五", 'i', 105, 0},
    {"一百一十", 'i', 110, 0},
    {"一百十", 'i', 110, 0},
    {"一千零一", 'i', 1001, 0},
    {"一千零一十", 'i', 1010, 0},
    {"一万零三百", 'i', 10300, 0},
    {"一万零五", 'i', 10005, 0},
    {"三千五百亿", 'i', 350000000000, 0},
    {"两千零二十二", 'i', 2022, 0},
    {"十二万三千四百五十六点七", 'r', 0, 123456.7},
    {"十万", 'i', 100000, 0},
    {"一百万", 'i', 1000000, 0},
    {"三百五十万", 'i', 3500000, 0},
    {"四亿五千万", 'i', 450000000, 0},
    {"一亿二千万", 'i', 120000000, 0},
    {"十亿", 'i', 1000000000, 0},
    {"一百亿", 'i', 10000000000, 0},
    {"一千二百亿", 'i', 120000000000, 0},
    {"三万亿", 'i', 3000000000000, 0},
    {"十二万三千亿", 'i', 12300000000000, 0},
    {"十二亿三千四百五十六万七千八百九十", 'i', 1234567890, 0},
    {"九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", 'i', 9999999999999999, 0},
    {"一亿", 'i', 100000000, 0},
    {"一万", 'i', 10000, 0},
    {"两万五千", 'i', 25000, 0},
    {"两", 'i', 2, 0},
    {"兩", 'i', 2, 0},
    {"两百", 'i', 200, 0},
    {"两千", 'i', 2000, 0},
    {"两亿", 'i', 200000000, 0},
    /* colloquial tails: 一万五 = 15000 */
    {"一万五", 'i', 15000, 0},
    {"三千五", 'i', 3500, 0},
    {"一百五", 'i', 150, 0},
    {"两千五", 'i', 2500, 0},
    {"一千二", 'i', 1200, 0},
    /* digit by digit, 〇 and 零 */
    {"二〇二二", 'i', 2022, 0},
    {"一九八二", 'i', 1982, 0},
    {"二〇〇〇", 'i', 2000, 0},
    {"二零二二", 'i', 2022, 0},
    {"一二三", 'i', 123, 0},
    {"零", 'i', 0, 0},
    {"〇", 'i', 0, 0},
    {"○", 'i', 0, 0},
    /* decimals with 点 */
    {"零点五", 'r', 0, 0.5},
    {"三点一四", 'r', 0, 3.14},
    {"三点五万", 'i', 35000, 0},
    {"一点二亿", 'i', 120000000, 0},
    {"十点五", 'r', 0, 10.5},
    {"二十三点零", 'i', 23, 0},
    {"零点零一", 'r', 0, 0.01},
    /* 大写 numerals */
    {"壹佰贰拾叁", 'i', 123, 0},
    {"贰拾", 'i', 20, 0},
    {"叁仟", 'i', 3000, 0},
    {"玖万", 'i', 90000, 0},
    {"拾", 'i', 10, 0},
    {"壹万贰仟叁佰肆拾伍", 'i', 12345, 0},
    {"陆佰柒拾捌", 'i', 678, 0},
    {"壹亿", 'i', 100000000, 0},
    {"肆拾伍萬", 'i', 450000, 0},
    {"伍佰億", 'i', 50000000000, 0},
    {"貳拾", 'i', 20, 0},
    {"陸", 'i', 6, 0},
    {"捌", 'i', 8, 0},
    {"柒拾", 'i', 70, 0},
    /* 64-bit limits and overflow */
    {"9223372036854775807", 'i', INT64_MAX, 0},
    {"-9223372036854775808", 'i', INT64_MIN, 0},
    {"9223372036854775808", 'r', 0, 9223372036854775808.0},
    {"99999999999999999999", 'r', 0, 1e20},
    {"123456789012345678901234567890", 'r', 0, 1.2345678901234568e29},
    {"0.1234567890123456789012", 'r', 0, 0.12345678901234568},
    {"1000000000000亿", 'r', 0, 1e20},
    {"九百万亿", 'i', 900000000000000, 0},
    {"922.3372036854775807亿", 'r', 0, 92233720368.54775807},
};

static void run_cases(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++) {
        const num_case *c = &CASES[k];
        tj_dec v;
        int ok = tj_parse_number_text(c->in, strlen(c->in), &v);
        if (c->type == 'n') {
            CHECK(!ok, "cn_number(%s) should be NULL", c->in);
            continue;
        }
        if (!ok) {
            CHECK(0, "cn_number(%s) returned NULL", c->in);
            continue;
        }
        int64_t iv;
        int is_int = tj_dec_to_int64(&v, &iv);
        if (c->type == 'i') {
            CHECK(is_int && iv == c->i, "cn_number(%s) = %s%lld, want INTEGER %lld", c->in, is_int ? "" : "REAL ",
                  is_int ? (long long)iv : 0LL, (long long)c->i);
        } else {
            double dv = tj_dec_to_double(&v);
            CHECK(!is_int && dv == c->r, "cn_number(%s) = %.17g (int %d), want REAL %.17g", c->in, dv, is_int, c->r);
        }
    }
}

/* A huge number is not finite as a double: the scalar returns NULL for it. */
static void run_overflow(void) {
    char big[512];
    big[0] = '1';
    memset(big + 1, '0', 400);
    big[401] = 0;
    tj_dec v;
    CHECK(tj_parse_number_text(big, strlen(big), &v), "1e400 parses");
    CHECK(isinf(tj_dec_to_double(&v)), "1e400 is not finite");
    int64_t iv;
    CHECK(!tj_dec_to_int64(&v, &iv), "1e400 is no int64");
}

/* Exact scaling: no 820320000000.0001. */
static void run_exact(void) {
    static const char *const in[] = {"8203.2亿", "0.3亿", "1.1万", "2.675万", "33.3亿", "0.07万", "4.35亿"};
    static const double want[] = {820320000000.0, 30000000.0, 11000.0, 26750.0, 3330000000.0, 700.0, 435000000.0};
    for (size_t k = 0; k < N_ELEMS(in); k++) {
        tj_dec v;
        CHECK(tj_parse_number_text(in[k], strlen(in[k]), &v) && tj_dec_to_double(&v) == want[k], "%s exact", in[k]);
    }
}

/* tj_dec_times multiplies exactly, and refuses to overflow (2×66万千瓦). */
static void run_times(void) {
    tj_dec v;
    CHECK(tj_parse_number_text("66万", strlen("66万"), &v) && tj_dec_times(&v, 2) && tj_dec_to_double(&v) == 1320000.0,
          "66万 × 2");
    CHECK(tj_parse_number_text("8203.2亿", strlen("8203.2亿"), &v) && tj_dec_times(&v, 3) &&
              tj_dec_to_double(&v) == 2460960000000.0,
          "8203.2亿 × 3 exact");
    v.mant = UINT64_MAX / 2 + 1;
    v.exp = 0;
    uint64_t before = v.mant;
    CHECK(!tj_dec_times(&v, 2) && v.mant == before, "an overflowing product is refused and the value kept");
}

/* tj_dec_format gives the shortest decimal text. */
static void run_format(void) {
    static const struct {
        const char *in, *out;
    } F[] = {{"8203.2亿", "820320000000"}, {"13.7", "13.7"},           {"负3", "-3"}, {"0.05", "0.05"},
             {"1.4万", "14000"},           {"百分之十二点五", "12.5"}, {"0", "0"},    {"0.00001万", "0.1"}};
    for (size_t k = 0; k < N_ELEMS(F); k++) {
        tj_dec v;
        char buf[64] = "";
        if (tj_parse_number_text(F[k].in, strlen(F[k].in), &v)) tj_dec_format(&v, buf, sizeof buf);
        CHECK(!strcmp(buf, F[k].out), "format(%s) = %s, want %s", F[k].in, buf, F[k].out);
    }
}

/* Scanning numerals inside running text. */
static void run_scan(void) {
    static const struct {
        const char *text;
        const char *numeral; /* expected text of the numeral ("" = none) */
        double value;
        int over; /* 多/余 inside */
    } S[] = {
        {"300多万亩", "300多万", 3000000, 1},
        {"1000余万元", "1000余万", 10000000, 1},
        {"三百多万人", "三百多万", 3000000, 1},
        {"十多万", "十多万", 100000, 1},
        {"80余次", "80", 80, 0},
        {"300多家", "300", 300, 0},
        {"20817.5 亿元", "20817.5 亿", 2081750000000, 0},
        {"1267.8\n亿元", "1267.8\n亿", 1267.8e8, 0},
        {"1267.8\n\n亿元", "1267.8\n\n亿", 1267.8e8, 0},
        {"1267.8\n   亿元", "1267.8", 1267.8, 0},
        {"2022年", "2022", 2022, 0},
        {"二〇二二年", "二〇二二", 2022, 0},
        {"十三五", "十三", 13, 0},
        {"5.2万亿元", "5.2万亿", 5.2e12, 0},
        {"13.7%和", "13.7", 13.7, 0},
        {"1.5.", "1.5", 1.5, 0},
        {"12,345人", "12,345", 12345, 0},
        {"12,34人", "12", 12, 0},
        {"亿万富翁", "亿", 1e8, 0},
        {"5亿万", "5亿", 5e8, 0},
        {"abc", "", 0, 0},
    };
    for (size_t k = 0; k < N_ELEMS(S); k++) {
        tj_numeral num;
        const unsigned char *s = (const unsigned char *)S[k].text;
        size_t n = strlen(S[k].text);
        int ok = tj_numeral_scan(s, n, 0, TJ_NUM_SPACES, NULL, NULL, &num);
        if (!*S[k].numeral) {
            CHECK(!ok, "no numeral in %s", S[k].text);
            continue;
        }
        if (!ok) {
            CHECK(0, "numeral in %s", S[k].text);
            continue;
        }
        size_t want = strlen(S[k].numeral);
        CHECK(num.end == want && !memcmp(s, S[k].numeral, want), "numeral of %s ends at %zu, want %zu", S[k].text,
              num.end, want);
        if (S[k].value) CHECK(tj_dec_to_double(&num.val) == S[k].value, "value of %s", S[k].text);
        CHECK(num.over_inside == S[k].over, "over_inside of %s", S[k].text);
    }
}

/* tj_format_double writes what printf's %.15g writes in the C locale (this
 * process never sets another), for values of every order of magnitude. */
static void run_format_double(void) {
    static const double V[] = {0,       1,         -1,         0.5,       5.5,        820320000000.0, 1e15,  1e14,
                               123456789012345.0,  1234567890123456.0,   0.0001,    0.00001,        1e-5,  1.5e-7,
                               -0.000123, 2.35,    0.1 + 0.2, 1.0 / 3.0, 99.95,      1e300,          -2e-300,
                               4.2e20,  -57.3,     100,        1e100,     6.02214076e23};
    char got[64], want[64];
    for (size_t k = 0; k < N_ELEMS(V); k++) {
        tj_format_double(V[k], got, sizeof got);
        snprintf(want, sizeof want, "%.15g", V[k]);
        CHECK_STR("format_double", want, got, want);
    }
    unsigned long long x = 88172645463325252ull; /* xorshift: doubles of every exponent */
    for (int k = 0; k < 2000; k++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v = (double)(x >> 11) / (double)(1ull << 53) * 1e6;
        v = (k % 3 == 0) ? v * 1e-9 : (k % 3 == 1) ? v * 1e9 : v;
        if (k & 1) v = -v;
        tj_format_double(v, got, sizeof got);
        snprintf(want, sizeof want, "%.15g", v);
        CHECK(!strcmp(got, want), "format_double(%.17g): got %s, want %s", v, got, want);
    }
}

void test_numerals(void) {
    run_format_double();
    run_cases();
    run_overflow();
    run_exact();
    run_times();
    run_format();
    run_scan();
}
