/*
 * docinfo.c — the document as a whole (spec: functions.md, doc_info()): its
 * title, kind, region, reference year and date, read from its opening lines.
 *
 * The opening lines are those before the body: navigation, the title (maybe
 * broken over two lines), a dateline (——2026年1月27日在…会议上), the issuer
 * (成都市统计局), a signature (海南省省长 刘小明), a source or byline, a
 * timestamp.  The body begins at a salutation (各位代表：), a heading, or a line
 * of prose.  Each line gets one role, in stages: collect the opening lines,
 * then read the title, the date, the kind, the year and the region from them.
 */
#include "internal.h"

#define TJ_FRONT_LINES 16         /* opening lines read at most (navigation not counted) */
#define TJ_REGION_SCAN (64u << 10) /* bytes at the start of the text in which region names are counted */

enum { FM_SKIP = 0, FM_TITLE, FM_DATE, FM_DATELINE, FM_SIGNATURE, FM_ISSUER, FM_SOURCE, FM_BODY };

typedef struct front {
    uint32_t li[TJ_FRONT_LINES]; /* line indexes */
    uint8_t role[TJ_FRONT_LINES];
    int n;
    int32_t body; /* the first line of the body, -1 = none */
} front;

typedef struct dctx {
    tj_doc *d;
    const tj_lexicon *lx;
    const unsigned char *s;
} dctx;

static const tj_line *line(const dctx *c, uint32_t li) { return &tj_priv_of(c->d)->lines[li]; }

/* The first word of the doc_words table with tag `tag` inside [a, b). */
static int has_doc_word(const dctx *c, uint32_t a, uint32_t b, int tag) {
    size_t len, nx;
    for (uint32_t i = a; i < b; i = (uint32_t)nx) {
        const tj_word *w = tj_ws_at(&c->lx->doc_words, c->s, b, i, &len);
        if (w && w->tag == tag) return 1;
        tj_decode(c->s, b, i, &nx);
    }
    return 0;
}

/* Does [a, b) end with a word of the doc_words table with tag `tag`? */
static int ends_with_doc_word(const dctx *c, uint32_t a, uint32_t b, int tag) {
    size_t len;
    const tj_word *w = tj_ws_before(&c->lx->doc_words, c->s, b, &len);
    return w && w->tag == tag && b - len >= a;
}

/* Does [a, b) end as a title does (…报告, …统计公报), note marks (①) aside? */
static int ends_title(const dctx *c, uint32_t a, uint32_t b) {
    size_t st;
    uint32_t last = b > a ? tj_cp_before(c->s, b, b, &st) : 0;
    if (last >= 0x2460 && last <= 0x2473) b = (uint32_t)st;
    return ends_with_doc_word(c, a, b, TJ_DW_TITLE_END) || ends_with_doc_word(c, a, b, TJ_DW_REPORT) ||
           ends_with_doc_word(c, a, b, TJ_DW_BULLETIN);
}

static int count_han(const dctx *c, uint32_t a, uint32_t b, int *latin, int *punct) {
    size_t nx;
    int han = 0;
    *latin = *punct = 0;
    for (uint32_t i = a; i < b; i = (uint32_t)nx) {
        uint32_t ch = tj_decode(c->s, b, i, &nx);
        if (tj_is_han(ch)) han++;
        if (tj_is_latin(ch)) (*latin)++;
        if (tj_is_terminator(ch) || ch == 0xFF0C || ch == 0x3001) (*punct)++; /* 。，、 */
    }
    return han;
}

/* ---- dates ------------------------------------------------------------- */

static uint32_t skip_spaces(const dctx *c, uint32_t i, uint32_t b) { return (uint32_t)tj_skip_spaces(c->s, b, i); }

/* A whole number at i (arabic or CJK digits, 〇 as zero): its value, or -1. */
static int number_at(const dctx *c, uint32_t i, uint32_t b, uint32_t *end, int *digits) {
    tj_numeral num;
    if (i >= b || !tj_numeral_scan(c->s, b, i, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &num) || num.has_point) return -1;
    int64_t v;
    if (!tj_dec_to_int64(&num.val, &v) || v < 0 || v > 9999) return -1;
    *end = (uint32_t)num.end;
    *digits = num.form == TJ_FORM_ARABIC ? num.int_digits : num.cjk_sequence ? num.cjk_chars : 0;
    return (int)v;
}

static int literal(const dctx *c, uint32_t i, uint32_t b, const char *w, uint32_t *end) {
    size_t l = strlen(w);
    if (i + l > b || memcmp(c->s + i, w, l) != 0) return 0;
    *end = i + (uint32_t)l;
    return 1;
}

static int32_t valid_date(int y, int m, int d) {
    if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    return (int32_t)(y * 10000 + m * 100 + d);
}

/* 2026年1月27日, 二〇二六年一月二十七日, 2024 年 4 月 29 日 */
static int32_t date_cjk(const dctx *c, uint32_t i, uint32_t b) {
    uint32_t e;
    int dg, y = number_at(c, i, b, &e, &dg);
    if (y < 0 || dg != 4 || !literal(c, skip_spaces(c, e, b), b, "年", &e)) return 0;
    int m = number_at(c, skip_spaces(c, e, b), b, &e, &dg);
    if (m < 0 || !literal(c, skip_spaces(c, e, b), b, "月", &e)) return 0;
    int d = number_at(c, skip_spaces(c, e, b), b, &e, &dg);
    e = skip_spaces(c, e, b);
    if (d < 0 || !(literal(c, e, b, "日", &e) || literal(c, e, b, "号", &e))) return 0;
    return valid_date(y, m, d);
}

/* 2026-02-09, 2026/2/9, 2026.02.09 */
static int32_t date_iso(const dctx *c, uint32_t i, uint32_t b) {
    uint32_t e;
    int dg, y = number_at(c, i, b, &e, &dg);
    if (y < 0 || dg != 4 || e >= b) return 0;
    unsigned char sep = c->s[e];
    if (sep != '-' && sep != '/' && sep != '.') return 0;
    int m = number_at(c, e + 1, b, &e, &dg);
    if (m < 0 || dg > 2 || e >= b || c->s[e] != sep) return 0;
    int d = number_at(c, e + 1, b, &e, &dg);
    if (d < 0 || dg > 2 || (e < b && tj_digit_value(c->s[e]) >= 0)) return 0;
    return valid_date(y, m, d);
}

/* 24 Aug 2021 (Tue, 24 Aug 2021 03:37:22 GMT) */
static int32_t date_rfc(const dctx *c, uint32_t i, uint32_t b) {
    uint32_t e;
    int dg, d = number_at(c, i, b, &e, &dg);
    size_t len;
    if (d < 0 || dg > 2) return 0;
    e = skip_spaces(c, e, b);
    const tj_word *mon = tj_ws_at(&c->lx->month_names, c->s, b, e, &len);
    if (!mon) return 0;
    int y = number_at(c, skip_spaces(c, e + (uint32_t)len, b), b, &e, &dg);
    return dg == 4 ? valid_date(y, mon->arg, d) : 0;
}

/* The first date written in [a, b), yyyymmdd, or 0. */
static int32_t first_date(const dctx *c, uint32_t a, uint32_t b) {
    size_t nx;
    for (uint32_t i = a; i < b; i = (uint32_t)nx) {
        uint32_t ch = tj_decode(c->s, b, i, &nx);
        if (tj_digit_value(ch) < 0 && !tj_is_cjk_digit(ch)) continue;
        if (i > a && tj_digit_value(ch) >= 0 && tj_digit_value(tj_cp_before(c->s, b, i, &nx)) >= 0) {
            tj_decode(c->s, b, i, &nx);
            continue; /* inside a number */
        }
        tj_decode(c->s, b, i, &nx);
        int32_t v = date_cjk(c, i, b);
        if (!v) v = date_iso(c, i, b);
        if (!v) v = date_rfc(c, i, b);
        if (v) return v;
    }
    return 0;
}

/* The first year written in [a, b): 2026年, 二〇二六年, or a bare four-digit
 * year between non-digits in Latin text ((2024)); 0 if none. */
static int first_year(const dctx *c, uint32_t a, uint32_t b, int latin) {
    size_t nx;
    for (uint32_t i = a; i < b; i = (uint32_t)nx) {
        uint32_t ch = tj_decode(c->s, b, i, &nx);
        if (tj_digit_value(ch) < 0 && !tj_is_cjk_digit(ch)) continue;
        size_t st;
        if (i > a && (tj_digit_value(tj_cp_before(c->s, b, i, &st)) >= 0 ||
                      tj_is_cjk_digit(tj_cp_before(c->s, b, i, &st))))
            continue;
        uint32_t e;
        int dg, y = number_at(c, i, b, &e, &dg);
        if (y < 1000 || y > 2999 || dg != 4) continue;
        uint32_t e2;
        if (literal(c, skip_spaces(c, e, b), b, "年", &e2)) return y;
        if (latin && (e >= b || (tj_digit_value(c->s[e]) < 0 && !tj_is_han(tj_decode(c->s, b, e, &st))))) return y;
    }
    return 0;
}

/* ---- the opening lines ------------------------------------------------- */

/* A breadcrumb: 首页 > 政务信息 > 宁夏要闻, one item a line. */
static int is_breadcrumb_sep(const dctx *c, const tj_line *L) {
    if (L->blank) return 0;
    for (uint32_t i = L->c0; i < L->c1; i++)
        if (c->s[i] != '>' && c->s[i] != ' ') return 0;
    return 1;
}

/* The role of a line of the opening, before the title is known; first:
 * whether it is the first line with text. */
static int front_role(const dctx *c, const tj_line *L, int first) {
    uint32_t a = L->c0, b = L->c1;
    int latin, punct, han = count_han(c, a, b, &latin, &punct);
    if (has_doc_word(c, a, b, TJ_DW_SALUTATION)) return FM_BODY;
    /* a heading ends the opening, but for an unnumbered first line (# 2021年…统计公报) */
    if (L->heading && L->kind != TJ_LINE_TITLE && !(first && !c->d->sections[L->heading - 1].label.p)) return FM_BODY;
    if (L->nchars > 60) return FM_BODY;
    /* prose: a sentence, a long line, or a line that opens with a time and a comma (2023年，在…) */
    uint32_t e;
    int dg;
    if (number_at(c, a, b, &e, &dg) >= 0 && literal(c, skip_spaces(c, e, b), b, "年", &e) &&
        (literal(c, skip_spaces(c, e, b), b, "，", &e) || literal(c, skip_spaces(c, e, b), b, ",", &e)))
        return FM_BODY;
    if ((punct && tj_is_terminator(tj_cp_before(c->s, b, b, &(size_t){0}))) ||
        (han && punct >= 3))
        return FM_BODY;
    if (has_doc_word(c, a, b, TJ_DW_SOURCE)) return FM_SOURCE;
    if (has_doc_word(c, a, b, TJ_DW_DATELINE)) return FM_DATELINE;
    int32_t date = first_date(c, a, b);
    if (date && han <= 6 && L->nchars <= 40) return FM_DATE; /* 2024年5月7日, 2021-05-08 10:07:10 */
    if (L->kind == TJ_LINE_NOISE || L->kind == TJ_LINE_TABLE) return FM_SKIP;
    if (han == 0 && latin < 3) return FM_SKIP; /* 68020510, > */
    if (ends_with_doc_word(c, a, b, TJ_DW_STATS_ISSUER) || ends_with_doc_word(c, a, b, TJ_DW_ISSUER)) return FM_ISSUER;
    if (has_doc_word(c, a, b, TJ_DW_SIGNATURE) && L->nchars <= 24 && !has_doc_word(c, a, b, TJ_DW_TITLE_END))
        return FM_SIGNATURE;
    return FM_TITLE;
}

static void collect_front(const dctx *c, front *f) {
    const tj_priv *pv = tj_priv_of(c->d);
    f->n = 0;
    f->body = -1;
    for (size_t li = 0; li < pv->nlines && f->n < TJ_FRONT_LINES; li++) {
        const tj_line *L = &pv->lines[li];
        if (L->blank || is_breadcrumb_sep(c, L)) continue;
        /* the items of a breadcrumb stand between its separators */
        const tj_line *P = li > 0 ? &pv->lines[li - 1] : NULL, *N = li + 1 < pv->nlines ? &pv->lines[li + 1] : NULL;
        int role = (P && is_breadcrumb_sep(c, P)) || (N && is_breadcrumb_sep(c, N)) ? FM_SKIP : front_role(c, L, !f->n);
        if (role == FM_BODY) {
            f->body = (int32_t)li;
            return;
        }
        f->li[f->n] = (uint32_t)li;
        f->role[f->n++] = (uint8_t)role;
    }
}

/* ---- the title --------------------------------------------------------- */

/* Append [a, b) to the title in buf, without its Markdown marks, note marks
 * (①) and the spaces next to a Chinese character (政 府 工 作 报 告). */
static size_t append_clean(const dctx *c, uint32_t a, uint32_t b, char *buf, size_t n, size_t cap) {
    while (a < b && (c->s[a] == '#' || c->s[a] == '*' || c->s[a] == ' '))
        a++;
    while (b > a && (c->s[b - 1] == '*' || c->s[b - 1] == ' '))
        b--;
    return n + tj_clean_phrase(c->s + a, b - a, TJ_CLEAN_NOTES, buf + n, cap - n);
}

static int find_title(const dctx *c, const front *f, tj_docinfo *info, int *title_at) {
    *title_at = -1;
    for (int k = 0; k < f->n; k++) {
        if (f->role[k] != FM_TITLE) continue;
        const tj_line *L = line(c, f->li[k]);
        char buf[512];
        size_t n = append_clean(c, L->c0, L->c1, buf, 0, sizeof buf);
        /* a title broken over two lines: 黔东南苗族侗族自治州 / 2016年…统计公报 */
        if (k + 1 < f->n && f->role[k + 1] == FM_TITLE && !ends_title(c, L->c0, L->c1)) {
            const tj_line *M = line(c, f->li[k + 1]);
            if (ends_title(c, M->c0, M->c1)) n = append_clean(c, M->c0, M->c1, buf, n, sizeof buf);
        }
        if (!n) continue;
        char *t = tj_arena_strndup(c->d->arena, buf, n);
        if (!t) return -1;
        info->title.p = t;
        info->title.n = (uint32_t)n;
        *title_at = k;
        return 0;
    }
    return 0;
}

/* ---- kind, year, date ---------------------------------------------------- */

/* Does a line of the opening with role `role` (-1: any) hold a word with tag `tag`? */
static int has_word_in_front(const dctx *c, const front *f, int role, int tag) {
    for (int k = 0; k < f->n; k++)
        if ((role < 0 || f->role[k] == role) && has_doc_word(c, line(c, f->li[k])->c0, line(c, f->li[k])->c1, tag))
            return 1;
    return 0;
}

static void find_kind(const dctx *c, const front *f, tj_docinfo *info, int title_at) {
    const unsigned char *t = (const unsigned char *)info->title.p;
    dctx tc = *c;
    tc.s = t;
    int title_report = t && has_doc_word(&tc, 0, info->title.n, TJ_DW_REPORT);
    int title_bulletin = !title_report && t && has_doc_word(&tc, 0, info->title.n, TJ_DW_BULLETIN);
    /* the title first; then the opening lines: 政府工作报告, a dateline at a people's
     * congress (…在海拉尔区第十四届人民代表大会第六次会议上), 统计公报, an issuer of statistics */
    if (title_report || (!title_bulletin && (has_word_in_front(c, f, -1, TJ_DW_REPORT) ||
                                             has_word_in_front(c, f, FM_DATELINE, TJ_DW_CONGRESS)))) {
        info->kind = TJ_DOC_REPORT;
    } else if (title_bulletin || has_word_in_front(c, f, -1, TJ_DW_BULLETIN) ||
               has_word_in_front(c, f, FM_ISSUER, TJ_DW_STATS_ISSUER)) {
        info->kind = TJ_DOC_BULLETIN;
    } else {
        /* news: a source, a byline or a timestamp; or a date in its title */
        int news = title_at >= 0 && first_date(c, line(c, f->li[title_at])->c0, line(c, f->li[title_at])->c1);
        for (int k = 0; k < f->n && !news; k++)
            news = f->role[k] == FM_SOURCE || f->role[k] == FM_DATE;
        info->kind = news ? TJ_DOC_NEWS : TJ_DOC_OTHER;
    }
}

static void find_date(const dctx *c, const front *f, tj_docinfo *info) {
    for (int k = 0; k < f->n && !info->date; k++) {
        const tj_line *L = line(c, f->li[k]);
        info->date = first_date(c, L->c0, L->c1);
    }
}

static void find_year(const dctx *c, const front *f, tj_docinfo *info) {
    if (info->title.p) {
        dctx tc = *c;
        tc.s = (const unsigned char *)info->title.p;
        int latin, punct, han = count_han(&tc, 0, info->title.n, &latin, &punct);
        info->year = first_year(&tc, 0, info->title.n, han == 0);
    } else if (info->kind == TJ_DOC_BULLETIN && f->body >= 0) {
        const tj_line *L = line(c, (uint32_t)f->body); /* 2023年，在省委… */
        uint32_t e;
        int dg, y = number_at(c, L->c0, L->c1, &e, &dg);
        if (dg == 4 && y >= 1000 && y <= 2999 && literal(c, skip_spaces(c, e, L->c1), L->c1, "年", &e)) info->year = y;
    }
    if (!info->year && info->date) info->year = info->date / 10000;
}

/* ---- region ------------------------------------------------------------- */

/* The distinct divisions named in [a, b), up to max; returns how many.  A
 * division named right after one that holds it (呼伦贝尔市海拉尔区) replaces it. */
static int regions_in(const dctx *c, uint32_t a, uint32_t b, int32_t *out, int max) {
    const tj_region_names *rn = &tj_priv_of(c->d)->env->regions;
    int n = 0;
    size_t len, nx;
    uint32_t last_end = UINT32_MAX;
    for (uint32_t i = a; i < b; i = (uint32_t)nx) {
        const tj_word *w = tj_ws_at(&rn->ws, c->s, b, i, &len);
        if (w) {
            int32_t code = tj_region_pick(rn, w, n && last_end == i ? out[n - 1] : 0);
            int seen = 0;
            for (int k = 0; k < n; k++)
                seen |= out[k] == code;
            if (code && n && last_end == i && code != out[n - 1] && tj_region_within(code, out[n - 1])) {
                out[n - 1] = code;
                seen = 1;
            }
            if (code && !seen && n < max) out[n++] = code;
            last_end = i + (uint32_t)len;
            nx = i + len;
            continue;
        }
        tj_decode(c->s, b, i, &nx);
    }
    return n;
}

/* The division the text names far more often than any other (not the
 * country): at least three times, three times as often as the next, and
 * twice in a thousand characters (a digest names many places now and then). */
static int32_t dominant_region(const dctx *c) {
    const tj_env *env = tj_priv_of(c->d)->env;
    const tj_region_names *rn = &env->regions;
    uint32_t b = c->d->n < TJ_REGION_SCAN ? (uint32_t)c->d->n : TJ_REGION_SCAN;
    int32_t code[8] = {0};
    int count[8] = {0}, used = 0;
    size_t len, nx, chars = 0;
    for (uint32_t i = 0; i < b; i = (uint32_t)nx) {
        uint32_t ch = tj_decode(c->s, b, i, &nx);
        chars++;
        if (!(tj_cls(env, ch) & TJ_CC_PLACE)) continue;
        size_t nx2;
        uint32_t next = nx < b ? tj_decode(c->s, b, nx, &nx2) : 0;
        if (!tj_may_be_place(env, ch, next) && !tj_ws_may_hold(rn->ws.sbloom, ch))
            continue; /* most pairs start no name */
        const tj_word *w = tj_ws_lookup_at(&rn->ws, c->s, b, i, ch, &len);
        if (!w) continue;
        nx = i + len;
        int32_t r = tj_region_pick(rn, w, 0);
        if (!r || r == TJ_REGION_CHINA) continue;
        int k = 0;
        while (k < used && code[k] != r)
            k++;
        if (k == used) {
            if (used == 8) { /* keep the eight most named: replace the least */
                k = 0;
                for (int j = 1; j < 8; j++)
                    if (count[j] < count[k]) k = j;
                count[k] = 0;
            } else {
                used++;
            }
            code[k] = r;
        }
        count[k]++;
    }
    int top = -1, second = 0;
    for (int k = 0; k < used; k++)
        if (top < 0 || count[k] > count[top]) top = k;
    for (int k = 0; k < used; k++)
        if (k != top && count[k] > second) second = count[k];
    return top >= 0 && count[top] >= 3 && count[top] >= 3 * second && (size_t)count[top] * 500 >= chars ? code[top]
                                                                                                         : 0;
}

static void find_region(const dctx *c, const front *f, tj_docinfo *info, int title_at) {
    int32_t got[4];
    if (info->title.p) {
        dctx tc = *c;
        tc.s = (const unsigned char *)info->title.p;
        int n = regions_in(&tc, 0, info->title.n, got, 4);
        if (n == 1) info->region = got[0];
        if (n) return; /* several: a digest of many places */
    }
    for (int k = 0; k < f->n; k++) {
        if (k == title_at || f->role[k] == FM_SKIP) continue;
        const tj_line *L = line(c, f->li[k]);
        if (regions_in(c, L->c0, L->c1, got, 1)) {
            info->region = got[0];
            return;
        }
    }
    if (f->body >= 0) { /* the first line of the body, after a salutation: 现在，我代表国务院… */
        const tj_priv *pv = tj_priv_of(c->d);
        size_t li = (size_t)f->body;
        const tj_line *L = line(c, (uint32_t)li);
        if (has_doc_word(c, L->c0, L->c1, TJ_DW_SALUTATION))
            while (++li < pv->nlines && (L = &pv->lines[li])->blank)
                ;
        if (li >= pv->nlines) L = line(c, (uint32_t)f->body);
        if (regions_in(c, L->c0, L->c1, got, 4) == 1 && got[0] == TJ_REGION_CHINA) {
            info->region = got[0];
            return;
        }
    }
    info->region = dominant_region(c);
}

void tj_mark_front_lines(tj_doc *d) {
    dctx c = {d, &tj_priv_of(d)->env->lex, d->s};
    front f;
    collect_front(&c, &f);
    tj_line *lines = tj_priv_of(d)->lines;
    for (int k = 0; k < f.n; k++) {
        int r = f.role[k];
        if (r == FM_DATE || r == FM_DATELINE || r == FM_SIGNATURE || r == FM_ISSUER || r == FM_SOURCE)
            if (lines[f.li[k]].kind == TJ_LINE_TEXT && !lines[f.li[k]].heading) lines[f.li[k]].kind = TJ_LINE_FRONT;
    }
}

int tj_build_docinfo(tj_doc *d, int with_region) {
    dctx c = {d, &tj_priv_of(d)->env->lex, d->s};
    front f;
    tj_docinfo *info = &d->info;
    memset(info, 0, sizeof *info);
    collect_front(&c, &f);
    int title_at;
    if (find_title(&c, &f, info, &title_at)) return -1;
    find_date(&c, &f, info);
    find_kind(&c, &f, info, title_at);
    find_year(&c, &f, info);
    if (with_region) find_region(&c, &f, info, title_at);
    return 0;
}
