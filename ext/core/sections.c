/*
 * sections.c — headings and the section tree (spec: sections.md).
 *
 * Pass 1 reads every line and proposes a heading candidate with its style,
 * label, number and title; lines that are page furniture (footers, web-page
 * navigation, captions, continuation notes, running headers) are marked as
 * noise.  Pass 2 accepts numbered candidates that are short or continue a
 * numbering sequence.  Pass 3 assigns levels by first appearance of a style
 * (the reStructuredText rule) and computes spans.
 */
#include "internal.h"

enum {
    ST_NONE = 0,
    ST_CH_BIAN,
    ST_CH_ZHANG,
    ST_CH_JIE,
    ST_CH_TIAO,
    ST_CH_BUFEN,  /* 第X编/章/节/条/部分 */
    ST_ORD,       /* 第一、 */
    ST_CJK,       /* 一、 */
    ST_PCJK,      /* （一） */
    ST_NUM,       /* 1. 1、 */
    ST_PNUM,      /* （1） */
    ST_CIRCLED,   /* ① */
    ST_DASH_LEAD, /* ——… */
    ST_DASH_TAIL, /* …—— */
    ST_BARE,      /* a short title line */
    ST_ANNEX,     /* 附件1 (and its title): a part of its own, always level 1 */
    ST_MD1,       /* # … ######: ST_MD1 + k - 1 */
    ST_COUNT = ST_MD1 + 6
};

#define MAX_TITLE_SHORT 40 /* a numbered line is a heading when its title is this short… */
#define MAX_BARE 30        /* a bare title line is at most this long */
#define MAX_DASH_TAIL 40

typedef struct cand {
    uint32_t line;
    int style;
    int64_t number;       /* numbering value, -1 when none */
    uint32_t lab0, lab1;  /* label bytes (lab0 == lab1: none) */
    uint32_t tit0, tit1;  /* title bytes before normalisation */
    uint32_t h1;          /* end of the heading (after a run-in terminator) */
    uint32_t title_chars; /* characters of the title part, counted to MAX_TITLE_SHORT + 1 */
    uint8_t accepted;
} cand;

/* Last significant code point of [c0,c1), skipping closing quotes/brackets. */
static uint32_t last_sig(const unsigned char *s, uint32_t c0, uint32_t c1) {
    size_t e = c1, st;
    while (e > c0) {
        uint32_t c = tj_cp_before(s, e, e, &st);
        if (!tj_is_closer(c) && !(c == '*')) return c;
        e = st;
    }
    return 0;
}

static int ends_sentence(const unsigned char *s, const tj_line *L) {
    uint32_t c = last_sig(s, L->c0, L->c1);
    return tj_is_terminator(c) || c == 0x2026 /* … */;
}

static int starts_with(const unsigned char *s, size_t i, size_t e, const char *lit) {
    size_t l = strlen(lit);
    return i + l <= e && memcmp(s + i, lit, l) == 0;
}

static int ends_with(const unsigned char *s, size_t i, size_t e, const char *lit) {
    size_t l = strlen(lit);
    return e >= i + l && memcmp(s + e - l, lit, l) == 0;
}

static uint32_t skip_sp(const unsigned char *s, uint32_t i, uint32_t e) { return (uint32_t)tj_skip_spaces(s, e, i); }

/* Numeric value of the digits inside a label (一 in （一）, 12 in 12.). */
static int64_t label_number(const unsigned char *s, uint32_t a, uint32_t b) {
    size_t i = a, nx;
    while (i < b) {
        uint32_t c = tj_decode(s, b, i, &nx);
        if (tj_digit_value(c) >= 0 || tj_is_cjk_digit(c) || tj_cjk_unit_power(c) == 1) break;
        if (c >= 0x2460 && c <= 0x2473) return (int64_t)c - 0x2460 + 1;
        i = nx;
    }
    tj_numeral num;
    if (i < b && tj_numeral_scan(s, b, i, TJ_NUM_NO_MAGNITUDE, NULL, NULL, &num)) {
        int64_t v;
        if (tj_dec_to_int64(&num.val, &v)) return v;
    }
    return -1;
}

/* Page footer: "— 1 —", "-1-", "—   1—", "第 3 页", "3/12". */
static int is_footer(const unsigned char *s, const tj_line *L) {
    size_t i = L->c0, nx;
    int digits = 0, dashes = 0, other = 0;
    if (L->nchars > 24) return 0; /* a footer is a few digits, dashes and spaces */
    if (starts_with(s, i, L->c1, "第")) {
        /* 第 N 页 (共 M 页) */
        return L->nchars <= 14 && ends_with(s, L->c0, L->c1, "页");
    }
    while (i < L->c1) {
        uint32_t c = tj_decode(s, L->c1, i, &nx);
        if (tj_digit_value(c) >= 0)
            digits++;
        else if (c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D || c == 0x2500 || c == 0x2015 || c == 0x2012)
            dashes++;
        else if (!tj_is_space(c) && c != '/')
            other++;
        i = nx;
    }
    return digits >= 1 && digits <= 4 && dashes >= 1 && other == 0;
}

/* Rows of a table: cells separated by wide gaps or pipes or tabs.  A byte
 * scan: the separators are ASCII or U+3000 (E3 80 80), and the bytes of other
 * characters never look like them. */
/* Does line L open with a cell separator (| 粮食 | 1271601 |, a Markdown row)? */
static int opens_with_separator(const tj_doc *d, const tj_line *L) {
    size_t len;
    const tj_word *m = tj_ws_at(&tj_priv_of(d)->env->lex.cell_marks, d->s, L->c1, L->c0, &len);
    return m && m->tag == TJ_CM_SEPARATOR;
}

static int is_table_row(const tj_doc *d, const tj_line *L) {
    const unsigned char *s = d->s;
    if (opens_with_separator(d, L)) return 1;
    /* most lines have neither a tab nor two spaces in a row: say so fast */
    size_t len = L->c1 - L->c0;
    const unsigned char *p = s + L->c0;
    if (!memchr(p, '\t', len) && !tj_contains(p, len, "  ", 2) && !tj_contains(p, len, "\xE3\x80\x80", 3)) return 0;
    size_t i = L->c0;
    int gaps = 0, narrow = 0, run = 0, tabs = 0;
    while (i < L->c1) {
        unsigned char b = s[i];
        if (b == ' ' || b == '\t') {
            tabs += b == '\t';
            run++;
            i++;
            continue;
        }
        if (b == 0xE3 && i + 2 < L->c1 && s[i + 1] == 0x80 && s[i + 2] == 0x80) {
            run += 2;
            i += 3;
            continue;
        }
        if (run >= 3) gaps++;
        if (run >= 2) narrow++;
        run = 0;
        i++;
    }
    if (gaps >= 2 || tabs >= 1) return 1;
    /* "一、食品烟酒          99.2", "1.地区生产总值  5.0": a label, a gap, a number */
    if (narrow == 1) {
        size_t e = L->c1, st;
        int digits = 0;
        while (e > L->c0) {
            uint32_t c = tj_cp_before(s, e, e, &st);
            if (tj_digit_value(c) >= 0)
                digits++;
            else if (!(c == '.' || c == '%' || c == '-' || c == 0xFF0E || c == 0xFF05))
                break;
            e = st;
        }
        uint32_t c = tj_cp_before(s, e, e, &st);
        if (digits && (c == ' ' || c == 0x3000)) return 1;
    }
    return 0;
}

/* Whether the line's last visible character is a digit or a percent sign:
 * under a table caption, such lines are the table's rows. */
static int ends_in_number(const unsigned char *s, const tj_line *L) {
    size_t e = L->c1, st;
    while (e > L->c0) {
        uint32_t c = tj_cp_before(s, e, e, &st);
        if (!tj_is_space(c)) return tj_digit_value(c) >= 0 || c == '%' || c == 0xFF05 || c == 0x2030;
        e = st;
    }
    return 0;
}

/* Byline, source and date lines of news pages; web navigation. */
static int is_nav(const tj_doc *d, const tj_line *L) {
    const tj_lexicon *lx = &tj_priv_of(d)->env->lex;
    size_t len;
    const tj_word *w = tj_ws_at(&lx->nav_lines, d->s, L->c1, L->c0, &len);
    if (!w) return 0;
    if (w->tag == 1) { /* a whole line of navigation words: 下载 打印 全屏 */
        uint32_t i = L->c0;
        while (i < L->c1) {
            w = tj_ws_at(&lx->nav_lines, d->s, L->c1, i, &len);
            if (!w || w->tag != 1) return 0;
            i = skip_sp(d->s, i + (uint32_t)len, L->c1);
        }
        return 1;
    }
    return 1; /* tag 2: a prefix such as 来源： 记者 */
}

/* A byline or credit line of a news page: 记者 王红茹丨北京报道, 通讯员…, 摄影…. */
static int is_byline(const tj_doc *d, uint32_t a, uint32_t b) {
    const tj_wordset *ws = &tj_priv_of(d)->env->lex.byline_words;
    size_t nx, len;
    for (size_t i = a; i < b; i = nx) {
        if (tj_ws_at(ws, d->s, b, i, &len)) return 1;
        tj_decode(d->s, b, i, &nx);
    }
    return 0;
}

/* Strip end punctuation and spaces from a title, and a footnote mark ([2], ［2］). */
static void trim_title(const unsigned char *s, uint32_t a, uint32_t *b) {
    size_t st;
    while (*b > a) {
        uint32_t c = tj_cp_before(s, *b, *b, &st);
        if (c == ']' || c == 0xFF3D) {
            size_t k = st, ks;
            int digits = 0;
            for (int m = 0; m < 6 && k > a; m++) {
                uint32_t d = tj_cp_before(s, k, k, &ks);
                if (d == '[' || d == 0xFF3B) {
                    if (digits) {
                        *b = (uint32_t)ks;
                        if (*b > a && s[*b - 1] == '\\') (*b)--;
                    }
                    break;
                }
                if (tj_digit_value(d) >= 0)
                    digits++;
                else if (d != '\\')
                    break;
                k = ks;
            }
            if (*b < st) continue;
        }
        if (tj_is_space(c) || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':' ||
            c == 0x3001 || c == 0x2014 || c == 0x2015 || c == 0x2500 || c == '*' || c == 0x3002 || c == '.' ||
            c == 0xFF0E)
            *b = (uint32_t)st;
        else
            break;
    }
}

/* Characters of [a,b) that are not spaces; counting stops past `limit`. */
static uint32_t count_chars_upto(const unsigned char *s, uint32_t a, uint32_t b, uint32_t limit, uint32_t *han) {
    size_t i = a, nx;
    uint32_t n = 0, h = 0;
    while (i < b && n <= limit) {
        uint32_t c = tj_decode(s, b, i, &nx);
        if (tj_is_han(c)) { /* most are: no space */
            n++;
            h++;
        } else if (!tj_is_space(c)) {
            n++;
        }
        i = nx;
    }
    if (han) *han = h;
    return n;
}

/* Has [a,b) more than `limit` characters that are not spaces?  A byte scan:
 * a character starts at every byte that is no continuation byte; the lead
 * bytes of the non-ASCII spaces (C2, E2, E3, EF) are decoded to check. */
static int more_chars_than(const unsigned char *s, uint32_t a, uint32_t b, uint32_t limit) {
    uint32_t n = 0;
    for (uint32_t i = a; i < b; i++) {
        unsigned c = s[i];
        if (c < 0x80) {
            n += c != ' ' && c != '\t' && c != '\r' && c != '\v';
        } else if (c >= 0xC0) {
            if (c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF) {
                size_t nx;
                n += !tj_is_space(tj_decode(s, b, i, &nx));
            } else {
                n++;
            }
        }
        if (n > limit) return 1;
    }
    return 0;
}

static uint32_t count_chars(const unsigned char *s, uint32_t a, uint32_t b, uint32_t *han) {
    return count_chars_upto(s, a, b, UINT32_MAX - 1, han);
}

/* Does [a,b) contain sentence or clause punctuation? */
static int has_punct(const unsigned char *s, uint32_t a, uint32_t b) {
    size_t i = a, nx;
    while (i < b) {
        uint32_t c = tj_decode(s, b, i, &nx);
        if (tj_is_terminator(c) || c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' || c == 0xFF1A || c == ':' ||
            c == 0x2026)
            return 1;
        i = nx;
    }
    return 0;
}

/* What the first character of a line says about the patterns that can
 * match there (each heading pattern starts with one kind of character), so a
 * line of prose costs one decode instead of a PCRE2 call per style. */
enum { FC_DI = 1, FC_CJK = 2, FC_OPEN = 4, FC_DIGIT = 8, FC_CIRCLED = 16, FC_DASH = 32, FC_CAPTION = 64 };

static unsigned first_char_at(const tj_doc *d, uint32_t i, uint32_t e) {
    if (i >= e) return 0;
    const tj_env *env = tj_priv_of(d)->env;
    size_t nx, len;
    uint32_t f = tj_decode(d->s, e, i, &nx);
    unsigned k = 0;
    if (tj_cls(env, f) & (TJ_CC_CJK_DIGIT | TJ_CC_CJK_UNIT)) k |= FC_CJK;
    if (tj_cls(env, f) & TJ_CC_ARABIC) k |= FC_DIGIT;
    if (f >= 0x2460 && f <= 0x2473) k |= FC_CIRCLED; /* ① … ⑳ */
    const tj_word *w = tj_ws_at_cp(&env->lex.heading_marks, d->s, e, i, f, &len);
    if (w && len == nx - i) {
        static const unsigned MARK_KIND[] = {
            [TJ_HM_DI] = FC_DI,  [TJ_HM_OPEN] = FC_OPEN, [TJ_HM_DASH] = FC_DASH, [TJ_HM_CAPTION] = FC_CAPTION,
            [TJ_HM_CHAPTER] = 0, [TJ_HM_GLOSSARY] = 0,   [TJ_HM_ANNEX] = 0};
        k |= MARK_KIND[w->tag];
    }
    return k;
}

/* Labelled heading styles at the start of a line's content. */
static int match_label(const tj_doc *d, uint32_t i, uint32_t e, uint32_t *lab1) {
    tj_priv *pv = tj_priv_of(d);
    const tj_env *env = pv->env;
    static const struct {
        int pat, style;
        unsigned first; /* FC_* kinds its first character can be */
    } order[] = {
        {TJ_PAT_HEAD_CHAPTER, ST_CH_ZHANG, FC_DI},
        {TJ_PAT_HEAD_ORD, ST_ORD, FC_DI},
        {TJ_PAT_HEAD_PCJK, ST_PCJK, FC_OPEN},
        {TJ_PAT_HEAD_CJK, ST_CJK, FC_CJK},
        {TJ_PAT_HEAD_PNUM, ST_PNUM, FC_OPEN | FC_DIGIT},
        {TJ_PAT_HEAD_NUM, ST_NUM, FC_DIGIT},
        {TJ_PAT_HEAD_CIRCLED, ST_CIRCLED, FC_CIRCLED},
        {TJ_PAT_HEAD_DASH, ST_DASH_LEAD, FC_DASH},
    };
    unsigned first = first_char_at(d, i, e);
    if (!first) return ST_NONE;
    for (size_t k = 0; k < sizeof order / sizeof order[0]; k++) {
        size_t end;
        if (!(order[k].first & first)) continue;
        if (tj_pat_match_at(env, order[k].pat, pv, d->s, e, i, &end)) {
            *lab1 = (uint32_t)end;
            int st = order[k].style;
            if (st == ST_CH_ZHANG) { /* the last word names the level */
                size_t len;
                const tj_word *w = tj_ws_before(&env->lex.heading_marks, d->s, end, &len);
                if (w && w->tag == TJ_HM_CHAPTER) st = ST_CH_BIAN + (w->arg - TJ_CH_BIAN);
            }
            return st;
        }
    }
    return ST_NONE;
}

/* A table row's label opens with a numbering (| 1.食品烟酒 | 10.3 |, （1）粮食
 * 1.0, 一、农业 3.2): it is no value and no part of the label, as a list
 * item's is not. */
static void table_row_label(const tj_doc *d, tj_line *L) {
    const tj_lexicon *lx = &tj_priv_of(d)->env->lex;
    uint32_t i = L->c0, lab1;
    size_t len;
    for (;;) { /* the pipes, spaces and marks before the label */
        i = skip_sp(d->s, i, L->c1);
        if (i >= L->c1 || !tj_ws_at(&lx->cell_marks, d->s, L->c1, i, &len)) break;
        i += (uint32_t)len;
    }
    int style = i < L->c1 ? match_label(d, i, L->c1, &lab1) : ST_NONE;
    if (style != ST_NONE && style != ST_DASH_LEAD) L->lab1 = lab1;
}

_Static_assert(ST_COUNT <= 32, "tj_carry.levels holds every heading style");

/* A later window of a long document: the sections open where the last one
 * ended become this window's first sections (ids 1…, outermost first, spans
 * from its start), and the styles keep the levels they took. */
static int inject_open_sections(tj_doc *d, const tj_carry *cy, int *level_of, int32_t *stack, int *depth,
                                size_t *ns) {
    tj_priv *pv = tj_priv_of(d);
    for (int k = 0; k < ST_COUNT; k++)
        level_of[k] = cy->levels[k];
    for (int k = 0; k < cy->nopen; k++) {
        const tj_carry_section *o = &cy->open[k];
        tj_section *sc = TJ_PUSH(d->sections, *ns, pv->sec_cap);
        if (!sc) return -1;
        memset(sc, 0, sizeof *sc);
        sc->level = o->level;
        sc->style = o->style;
        sc->label = o->label;
        sc->title = o->title;
        sc->parent = *depth ? stack[*depth - 1] : 0;
        if (*depth < 64) stack[(*depth)++] = (int32_t)*ns;
    }
    d->nsections = *ns;
    return 0;
}

/* Remove spaces that stand between two Han characters: 综    合 -> 综合. */
static tj_str norm_title(tj_doc *d, uint32_t a, uint32_t b) {
    tj_str r = {(const char *)d->s + a, b - a};
    const unsigned char *s = d->s;
    size_t i = a, nx;
    int need = 0;
    uint32_t prev = 0;
    while (i < b) {
        uint32_t c = tj_decode(s, b, i, &nx);
        if (tj_is_space(c) && tj_is_han(prev)) {
            size_t j = nx, jn;
            while (j < b && tj_is_space(tj_decode(s, b, j, &jn)))
                j = jn;
            if (j < b && tj_is_han(tj_decode(s, b, j, &jn))) need = 1;
        }
        prev = c;
        i = nx;
    }
    if (!need) return r;
    char *o = tj_arena_alloc(d->arena, b - a + 1);
    if (!o) return r; /* out of memory: keep the title as written */
    size_t k = 0;
    i = a;
    prev = 0;
    while (i < b) {
        uint32_t c = tj_decode(s, b, i, &nx);
        int drop = 0;
        if (tj_is_space(c) && tj_is_han(prev)) {
            size_t j = nx, jn;
            while (j < b && tj_is_space(tj_decode(s, b, j, &jn)))
                j = jn;
            if (j < b && tj_is_han(tj_decode(s, b, j, &jn))) drop = 1;
        }
        if (!drop) {
            memcpy(o + k, s + i, nx - i);
            k += nx - i;
            prev = c;
        }
        i = nx;
    }
    r.p = o;
    r.n = (uint32_t)k;
    return r;
}

/* Propose a candidate for line li; 0 when the line is no heading. */
/* The number of digits that open s[i..e) when an ideograph follows them and
 * no digit stands later (2026年重点工作; not a date, 2022年3月25日), else 0. */
static uint32_t year_digits(const unsigned char *s, uint32_t i, uint32_t e) {
    uint32_t k = i;
    size_t nx;
    while (k < e && tj_is_ascii_digit(s[k]))
        k++;
    if (k == i || k >= e || !tj_is_han(tj_decode(s, e, k, &nx))) return 0;
    for (uint32_t j = k; j < e; j++)
        if (tj_is_ascii_digit(s[j])) return 0;
    return k - i;
}

static int propose(tj_doc *d, uint32_t li, cand *c) {
    tj_priv *pv = tj_priv_of(d);
    const tj_line *L = &pv->lines[li];
    const unsigned char *s = d->s;
    uint32_t i = L->c0, e = L->c1;
    memset(c, 0, sizeof *c);
    c->line = li;
    c->number = -1;
    int style = ST_NONE;
    /* Markdown: # … ###### */
    if (s[i] == '#') {
        size_t end;
        if (tj_pat_match_at(pv->env, TJ_PAT_HEAD_MD, pv, s, e, i, &end)) {
            style = ST_MD1 + (int)(end - i) - 1;
            i = skip_sp(s, (uint32_t)end, e);
        }
    }
    /* **bold** wrapper */
    if (starts_with(s, i, e, "**")) i = skip_sp(s, i + 2, e);
    if (ends_with(s, i, e, "**")) e -= 2;
    if (i >= e) return 0;
    uint32_t lab1 = i;
    int lst = match_label(d, i, e, &lab1);
    if (style != ST_NONE && lst != ST_NONE && lst != ST_DASH_LEAD) {
        /* ## 一、综合: a Markdown heading keeps its level, its numbering is the label */
        c->lab0 = i;
        c->lab1 = lab1;
        c->number = label_number(s, i, lab1);
        i = skip_sp(s, lab1, e);
        lst = ST_NONE;
    } else if (style != ST_NONE) {
        lst = ST_NONE;
    }
    if (lst != ST_NONE) {
        style = lst;
        c->lab0 = i;
        c->lab1 = lab1;
        if (style != ST_DASH_LEAD) c->number = label_number(s, i, lab1);
        i = skip_sp(s, lab1, e);
        if (style >= ST_CH_BIAN && style <= ST_CH_BUFEN && (starts_with(s, i, e, "：") || starts_with(s, i, e, ":")))
            i = skip_sp(s, i + (s[i] == ':' ? 1 : 3), e);
    }
    if (starts_with(s, i, e, "**")) i = skip_sp(s, i + 2, e); /* 1、 **交易商协会… */
    /* an unlabelled line is a heading only when short: a dash tail or a bare
     * title; say no to a paragraph before reading all of it */
    if (style == ST_NONE && !(ends_with(s, i, e, "——") || ends_with(s, i, e, "――")) &&
        more_chars_than(s, i, e, MAX_BARE))
        return 0;
    /* title: up to the first terminator (run-in heading) or the line end */
    uint32_t t1 = e, h1 = e;
    size_t k = i, nx;
    while (k < e) {
        uint32_t ch = tj_decode(s, e, k, &nx);
        if (tj_is_terminator(ch)) {
            t1 = (uint32_t)k;
            h1 = (uint32_t)nx;
            while (h1 < e && tj_is_closer(tj_decode(s, e, h1, &nx)))
                h1 = (uint32_t)nx;
            break;
        }
        k = nx;
    }
    if (style == ST_NONE) {
        /* dash tail: a short line ending in —— */
        uint32_t tt = e;
        if ((ends_with(s, i, tt, "——") || ends_with(s, i, tt, "――")) && t1 == e) {
            tt -= 6;
            if (count_chars_upto(s, i, tt, MAX_DASH_TAIL, NULL) <= MAX_DASH_TAIL && tt > i) style = ST_DASH_TAIL;
        }
        if (style == ST_NONE) {
            uint32_t han, nc = count_chars_upto(s, i, e, MAX_BARE, &han);
            han += year_digits(s, i, e); /* 2026年重点工作: a year's digits read as its words */
            if (nc > MAX_BARE || nc < 2 || has_punct(s, i, e) || han * 10 < nc * 6 || is_byline(d, i, e)) return 0;
            style = ST_BARE;
        }
    }
    c->style = style;
    c->tit0 = i;
    trim_title(s, i, &t1);
    c->tit1 = t1;
    c->h1 = h1 > t1 ? h1 : t1;
    if (style == ST_DASH_TAIL || style == ST_BARE) c->h1 = L->c1;
    c->title_chars = count_chars_upto(s, c->tit0, c->tit1, MAX_TITLE_SHORT, NULL); /* only compared with it */
    if (c->tit1 <= c->tit0) return 0;                                              /* a label alone is not a heading */
    if (style == ST_BARE) {
        /* 一是, 主要原因是: a clause that goes on, not a title */
        size_t len;
        const tj_word *w = tj_ws_before(&pv->env->lex.function_words, s, c->tit1, &len);
        if (w && (w->arg & TJ_FWF_GOES_ON)) return 0;
    }
    if (style == ST_DASH_LEAD) {
        /* ——2026年1月25日在…会议上: the report's occasion, not a heading */
        size_t fn;
        if (tj_digit_value(tj_decode(s, c->tit1, c->tit0, &fn)) >= 0) return 0;
        uint32_t f = tj_decode(s, c->tit1, c->tit0, &fn);
        size_t len;
        const tj_word *w = tj_ws_before(&pv->env->lex.doc_words, s, c->tit1, &len);
        if (tj_is_cjk_digit(f) && w && (w->tag == TJ_DW_DATELINE || w->tag == TJ_DW_MEETING)) return 0;
    }
    return 1;
}

/* Is line L only a word that opens a glossary (名词解释, **注释：**)? */
static int opens_glossary(const tj_doc *d, const tj_line *L) {
    const unsigned char *s = d->s;
    uint32_t i = L->c0, e = L->c1;
    size_t len, nx;
    while (i < e && (s[i] == '*' || s[i] == '#' || s[i] == ' '))
        i++;
    const tj_word *w = tj_ws_at(&tj_priv_of(d)->env->lex.heading_marks, s, e, i, &len);
    if (!w || w->tag != TJ_HM_GLOSSARY) return 0;
    for (i += (uint32_t)len; i < e; i = (uint32_t)nx) {
        uint32_t ch = tj_decode(s, e, i, &nx);
        if (ch != 0xFF1A && ch != ':' && ch != '*' && !tj_is_space(ch)) return 0; /* ： : ** */
    }
    return 1;
}

/* The end of an annex's label that opens line L (附件1, 附件二, 附件：; not
 * 附件材料, where an ideograph follows the word), past a colon after it; 0
 * when the line opens with none.  *lab1: the end of the label itself. */
static uint32_t annex_label(const tj_doc *d, const tj_line *L, uint32_t *lab1) {
    const tj_env *env = tj_priv_of(d)->env;
    const unsigned char *s = d->s;
    uint32_t i = L->c0, e = L->c1;
    size_t len, nx;
    const tj_word *w = tj_ws_at(&env->lex.heading_marks, s, e, i, &len);
    if (!w || w->tag != TJ_HM_ANNEX) return 0;
    uint32_t word_end = i = skip_sp(s, i + (uint32_t)len, e);
    while (i < e && (tj_cls(env, tj_decode(s, e, i, &nx)) & (TJ_CC_ARABIC | TJ_CC_CJK_DIGIT)))
        i = (uint32_t)nx;
    *lab1 = i;
    uint32_t ch = i < e ? tj_decode(s, e, i, &nx) : 0;
    if (i == word_end && tj_is_han(ch)) return 0; /* 附件材料: a word, not a label */
    if (ch == 0xFF1A || ch == ':') i = (uint32_t)nx;
    return skip_sp(s, i, e);
}

/* Is line li the label of an annex (附件1) with its title after it on the
 * line (附件1：名词解释) or alone on the next line with text (附件1⏎2026年省十
 * 件民生实事)?  c: the heading, on the title's line; the label's own line then
 * becomes furniture. */
static int propose_annex(tj_doc *d, uint32_t li, cand *c) {
    tj_priv *pv = tj_priv_of(d);
    tj_line *L = &pv->lines[li];
    uint32_t lab1, t0 = annex_label(d, L, &lab1);
    if (!t0) return 0;
    uint32_t tl = li;
    if (t0 >= L->c1) { /* the title is the next line with text */
        for (tl = li + 1; tl < pv->nlines && pv->lines[tl].blank; tl++)
            ;
        if (tl >= pv->nlines) return 0;
        t0 = pv->lines[tl].c0;
    }
    const tj_line *T = &pv->lines[tl];
    if (T->kind == TJ_LINE_NOISE || T->c1 <= t0 || ends_sentence(d->s, T) ||
        count_chars_upto(d->s, t0, T->c1, MAX_TITLE_SHORT, NULL) > MAX_TITLE_SHORT)
        return 0;
    memset(c, 0, sizeof *c);
    c->line = tl;
    c->style = ST_ANNEX;
    c->number = label_number(d->s, L->c0, lab1);
    c->lab0 = L->c0;
    c->lab1 = lab1;
    c->tit0 = t0;
    c->tit1 = T->c1;
    trim_title(d->s, t0, &c->tit1);
    c->h1 = T->c1;
    c->accepted = 1;
    if (tl != li) L->kind = TJ_LINE_NOISE;
    return c->tit1 > c->tit0;
}

/* Does the line before (prev) leave a quotation open (…“双向⏎揭榜⏎挂帅”)? */
static int leaves_quote_open(const tj_doc *d, const tj_line *prev) {
    int open = 0;
    size_t nx;
    for (uint32_t i = prev->c0; i < prev->c1; i = (uint32_t)nx) {
        uint32_t ch = tj_decode(d->s, prev->c1, i, &nx);
        if (ch == 0x201C) open = 1;
        if (ch == 0x201D) open = 0;
    }
    return open;
}

/* Does line N name the occasion of a report (——2026年2月3日在…会议上)? */
static int names_occasion(const tj_doc *d, const tj_line *N) {
    const tj_lexicon *lx = &tj_priv_of(d)->env->lex;
    size_t len, nx;
    if (N->nchars > 80) return 0;
    for (uint32_t i = N->c0; i < N->c1; i = (uint32_t)nx) {
        const tj_word *w = tj_ws_at(&lx->doc_words, d->s, N->c1, i, &len);
        if (w && w->tag == TJ_DW_DATELINE) return 1;
        tj_decode(d->s, N->c1, i, &nx);
    }
    return 0;
}

/* Is line li standing alone as a bare title: after a blank line, a paragraph
 * end or a heading, and followed by body text? */
static int bare_ok(const tj_doc *d, const cand *cs, size_t nc, size_t ci) {
    tj_priv *pv = tj_priv_of(d);
    const tj_line *lines = pv->lines;
    uint32_t li = cs[ci].line;
    /* previous line */
    if (li > 0) {
        const tj_line *P = &lines[li - 1];
        size_t pj = li;
        while (pj > 0 && (lines[pj - 1].blank || lines[pj - 1].kind == TJ_LINE_NOISE))
            pj--;
        /* a second title line (政府工作报告) or a signature under the title */
        if (pj > 0 && lines[pj - 1].kind == TJ_LINE_TITLE) return 0;
        if (pj > 0 && !lines[pj - 1].heading && lines[pj - 1].kind == TJ_LINE_TEXT &&
            !ends_sentence(d->s, &lines[pj - 1]) && lines[pj - 1].nchars > 0 && pj - 1 < li - 1 &&
            lines[pj - 1].c0 < lines[pj - 1].c1) {
            /* after blank lines, an unfinished line still wraps into this one only in PDF text;
             * a subtitle (——…会议上) above is no paragraph end either */
            size_t nx;
            uint32_t f = tj_decode(d->s, lines[pj - 1].c1, lines[pj - 1].c0, &nx);
            if (f == 0x2014 || f == 0x2015) return 0;
        }
        if (!P->blank && leaves_quote_open(d, P)) return 0; /* a word wrapped onto a line of its own */
        if (!P->blank && P->kind == TJ_LINE_TEXT && !ends_sentence(d->s, P)) {
            /* only a heading that fills its line may stand right above a title */
            int prev_is_head =
                ci > 0 && cs[ci - 1].line == li - 1 && cs[ci - 1].accepted && cs[ci - 1].h1 >= lines[li - 1].c1;
            if (!prev_is_head) return 0; /* a wrapped line or a link's text, not a title */
        }
    }
    /* a line of only a zero-width space after it marks a wrapped word (改\n\u200b\n革) */
    if (li + 1 < pv->nlines && lines[li + 1].blank) {
        for (uint32_t b = lines[li + 1].b0; b + 3 <= lines[li + 1].b1; b++)
            if (!memcmp(d->s + b, "\xE2\x80\x8B", 3)) return 0;
    }
    /* next non-blank text line must be body text */
    size_t j = li + 1;
    while (j < pv->nlines && (lines[j].blank || lines[j].kind == TJ_LINE_NOISE))
        j++;
    if (j >= pv->nlines) return 0;
    const tj_line *N = &lines[j];
    if (N->kind == TJ_LINE_TABLE) return 0;
    if (names_occasion(d, N)) return 0; /* 政府工作报告 over ——2026年2月3日在…会议上: the report's title */
    /* a next line that opens with 、 ， ” continues this one: a link's text */
    size_t nx;
    uint32_t f = tj_decode(d->s, N->c1, N->c0, &nx);
    if (f == 0x3001 || f == 0xFF0C || f == ',' || f == 0x3002 || f == 0xFF1B || f == 0xFF1A || tj_is_closer(f))
        return 0;
    if (ci + 1 < nc && cs[ci + 1].line == j && cs[ci + 1].style == ST_BARE) return 0;
    /* body text is a paragraph, clearly longer than the title above it */
    uint32_t t = lines[li].nchars;
    return N->nchars >= 2 * t && N->nchars >= t + 10;
}

/* A short line that stands three times or more in a document is a running
 * page header (洛阳市2023年国民经济和社会发展统计公报), never a heading.
 * Candidate lines are counted in an open-addressing hash table keyed by their
 * text: one pass, no sorting. */
typedef struct line_slot {
    uint64_t hash;
    uint32_t li;    /* the first line with this text */
    uint32_t count; /* 0 = empty slot */
} line_slot;

static uint64_t text_hash(const unsigned char *p, size_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL;
    return h;
}

static int header_candidate(const tj_doc *d, const tj_line *L) {
    /* a header is a title: no sentence punctuation, no row of a table (|  |  |, repeated above every table) */
    return !L->blank && L->nchars >= 4 && L->nchars <= 40 && !ends_sentence(d->s, L) &&
           !has_punct(d->s, L->c0, L->c1) && !opens_with_separator(d, L);
}

static line_slot *find_line(line_slot *t, size_t mask, const tj_doc *d, const tj_line *L, uint64_t h) {
    const tj_line *lines = tj_priv_of(d)->lines;
    size_t k = (size_t)h & mask;
    while (t[k].count) {
        const tj_line *F = &lines[t[k].li];
        if (t[k].hash == h && F->c1 - F->c0 == L->c1 - L->c0 && !memcmp(d->s + F->c0, d->s + L->c0, L->c1 - L->c0))
            break;
        k = (k + 1) & mask;
    }
    return &t[k];
}

static int mark_repeated_lines(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    size_t size = 16;
    while (size < 2 * pv->nlines)
        size <<= 1;
    line_slot *t = tj_calloc(size, sizeof *t);
    uint64_t *hash = tj_malloc((pv->nlines ? pv->nlines : 1) * sizeof *hash);
    if (!t || !hash) {
        tj_free(t);
        tj_free(hash);
        return -1;
    }
    for (size_t li = 0; li < pv->nlines; li++) {
        const tj_line *L = &pv->lines[li];
        hash[li] = 0;
        if (!header_candidate(d, L)) continue;
        hash[li] = text_hash(d->s + L->c0, L->c1 - L->c0) | 1; /* 0 marks a line that is no candidate */
        line_slot *sl = find_line(t, size - 1, d, L, hash[li]);
        if (!sl->count) {
            sl->hash = hash[li];
            sl->li = (uint32_t)li;
        }
        sl->count++;
    }
    for (size_t li = 0; li < pv->nlines; li++)
        if (hash[li] && find_line(t, size - 1, d, &pv->lines[li], hash[li])->count >= 3) {
            pv->lines[li].kind = TJ_LINE_NOISE;
            pv->lines[li].page = 1; /* a running page header */
        }
    tj_free(t);
    tj_free(hash);
    return 0;
}

int tj_build_sections(tj_doc *d) {
    tj_priv *pv = tj_priv_of(d);
    tj_line *lines = pv->lines;
    const unsigned char *s = d->s;
    cand *cs = NULL;
    size_t nc = 0, ccap = 0;
    int rc = -1;

    /* the document title: the first line with text, when it is title-like
     * (a bare title, or a short line that ends no sentence) and is not the
     * first half of a wrapped sentence: a blank line, furniture or another
     * unfinished line (the issuer, a date) follows it */
    tj_carry *cy = pv->carry;
    int later = cy && !cy->first; /* a later window of a long document: its opening is behind */
    size_t title_line = (size_t)-1;
    for (size_t li = 0; li < pv->nlines && !later; li++) {
        if (lines[li].blank) continue;
        if (is_nav(d, &lines[li]) || is_footer(s, &lines[li])) continue;
        cand c;
        int bare = propose(d, (uint32_t)li, &c) ? c.style == ST_BARE : 1;
        if (bare && lines[li].nchars >= 4 && lines[li].nchars <= 60 && !ends_sentence(s, &lines[li])) {
            size_t nx = li + 1;
            int blank = nx < pv->nlines && lines[nx].blank;
            while (nx < pv->nlines && lines[nx].blank)
                nx++;
            if (blank || nx >= pv->nlines || is_nav(d, &lines[nx]) || is_footer(s, &lines[nx]) ||
                !ends_sentence(s, &lines[nx])) {
                title_line = li;
                lines[li].kind = TJ_LINE_TITLE;
            }
        }
        break;
    }
    /* a Markdown "# …" first line, when no other "# " line follows, is the title */
    if (title_line == (size_t)-1 && !later) {
        size_t first = (size_t)-1, h1 = 0;
        for (size_t li = 0; li < pv->nlines; li++) {
            const tj_line *L = &lines[li];
            if (L->blank) continue;
            if (first == (size_t)-1) first = li;
            if (L->c1 - L->c0 >= 2 && s[L->c0] == '#' && s[L->c0 + 1] != '#') h1++;
        }
        if (first != (size_t)-1 && h1 == 1 && s[lines[first].c0] == '#' && lines[first].c1 - lines[first].c0 >= 2 &&
            s[lines[first].c0 + 1] != '#') {
            title_line = first;
            lines[first].kind = TJ_LINE_TITLE;
        }
    }
    /* circled numerals used inline (生产总值①) make the ① lines footnotes */
    uint32_t inline_mark[20];
    for (int k = 0; k < 20; k++) /* (marked before this window: before its first byte) */
        inline_mark[k] = later && (cy->inline_marks >> k & 1) ? 0 : UINT32_MAX;
    for (size_t li = 0; li < pv->nlines; li++) {
        const tj_line *L = &lines[li];
        /* ①…⑳ are E2 91 A0 … E2 91 B3: find them by their bytes */
        for (const unsigned char *p = s + L->c0 + 1, *e = s + L->c1;
             p + 3 <= e && (p = memchr(p, 0xE2, (size_t)(e - p))) != NULL && p + 3 <= e; p++) {
            if (p[1] != 0x91 || p[2] < 0xA0 || p[2] > 0xB3) continue;
            int k = p[2] - 0xA0;
            if (inline_mark[k] == UINT32_MAX) inline_mark[k] = (uint32_t)(p - s);
        }
    }
    if (mark_repeated_lines(d)) goto done;
    int64_t footnote_next = later ? cy->footnote_next : -1;
    /* the title a running page header repeats: this window's first line, or the document's */
    tj_str title = {NULL, 0};
    if (title_line != (size_t)-1)
        title = (tj_str){(const char *)s + lines[title_line].c0, lines[title_line].c1 - lines[title_line].c0};
    else if (later)
        title = cy->title;
    int in_table = 0; /* after a table caption, until a line of prose */
    int in_glossary = 0; /* after 名词解释: numbered items, no headings */
    for (size_t li = 0; li < pv->nlines; li++) {
        tj_line *L = &lines[li];
        L->glossary = (uint8_t)in_glossary; /* a definition's numbers are no values */
        if (L->blank || li == title_line || L->kind == TJ_LINE_NOISE) continue;
        if (in_table && ends_in_number(s, L)) {
            L->kind = TJ_LINE_TABLE; /* 1.地区生产总值 5.0 under 表1 */
            table_row_label(d, L);
            continue;
        }
        in_table = 0;
        if (is_footer(s, L) || is_nav(d, L)) {
            L->kind = TJ_LINE_NOISE;
            L->page = is_footer(s, L);
            continue;
        }
        size_t end;
        unsigned first = first_char_at(d, L->c0, L->c1);
        if ((first & FC_OPEN) && tj_pat_match_at(pv->env, TJ_PAT_JUMP, pv, s, L->c1, L->c0, &end) && end == L->c1) {
            L->kind = TJ_LINE_NOISE; /* (上接封面) */
            continue;
        }
        if (((first & FC_CAPTION) && tj_pat_match_at(pv->env, TJ_PAT_CAPTION, pv, s, L->c1, L->c0, &end)) ||
            starts_with(s, L->c0, L->c1, "![")) {
            L->kind = TJ_LINE_NOISE; /* 表1 …, 图2：…, an image */
            in_table = s[L->c0] != '!';
            continue;
        }
        if (title.p && li != title_line && L->c1 - L->c0 == title.n && memcmp(s + L->c0, title.p, title.n) == 0 &&
            !opens_with_separator(d, L)) {
            L->kind = TJ_LINE_NOISE; /* running page header */
            L->page = 1;
            continue;
        }
        if (is_table_row(d, L)) {
            L->kind = TJ_LINE_TABLE;
            table_row_label(d, L);
            continue;
        }
        cand c;
        if (propose_annex(d, (uint32_t)li, &c)) {            /* 附件1⏎2026年省十件民生实事 */
            in_glossary = opens_glossary(d, &lines[c.line]); /* 附件2⏎名词解释 */
            cand *slot = TJ_PUSH(cs, nc, ccap);
            if (!slot) goto done;
            *slot = c;
            li = c.line;
            continue;
        }
        int proposed = propose(d, (uint32_t)li, &c);
        if (c.lab1 > c.lab0 && c.style != ST_DASH_LEAD) L->lab1 = c.lab1; /* a numbering label, even of a list item */
        if (opens_glossary(d, L)) {
            in_glossary = 1; /* the glossary's own line may be a heading */
        } else if (in_glossary && proposed && c.style != ST_BARE && c.style > ST_CH_BUFEN) {
            continue; /* 1.“两重”：是指…: an entry of the glossary */
        }
        if (proposed && c.style == ST_CIRCLED && c.number >= 1 && c.number <= 20 &&
            (inline_mark[c.number - 1] < L->c0 || footnote_next == c.number)) {
            L->kind = TJ_LINE_NOISE; /* ① 本公报…: the footnote of an earlier mark, and those after it */
            footnote_next = c.number + 1;
            continue;
        }
        if (!proposed) {
            /* a short line without a Chinese character (Wed, 24 Mar 2021 03:46:53 GMT):
             * a line of its own, like a table row */
            if (L->nchars > 60) continue;
            uint32_t han, alnum = 0;
            size_t nx;
            for (size_t i = L->c0; i < L->c1; i = nx) {
                uint32_t ch = tj_decode(s, L->c1, i, &nx);
                if (tj_is_latin(ch) || tj_digit_value(ch) >= 0) alnum++;
            }
            if (L->nchars <= 60 && (count_chars(s, L->c0, L->c1, &han), han == 0) && alnum >= 3 && !ends_sentence(s, L))
                L->kind = TJ_LINE_TABLE;
            continue;
        }
        cand *slot = TJ_PUSH(cs, nc, ccap);
        if (!slot) goto done;
        *slot = c;
    }

    /* pass 2: acceptance */
    for (size_t k = 0; k < nc; k++) {
        cand *c = &cs[k];
        if (c->style == ST_BARE) {
            c->accepted = (uint8_t)bare_ok(d, cs, nc, k);
            continue;
        }
        if (c->title_chars <= MAX_TITLE_SHORT) {
            c->accepted = 1;
            continue;
        }
        if (c->number < 0) continue; /* a long dash-lead or markdown line: body text */
        if (c->style >= ST_MD1) {
            c->accepted = 1;
            continue;
        }
        /* numbering that runs in sequence with a neighbour of the same style */
        for (size_t j = k; j-- > 0;)
            if (cs[j].style == c->style) {
                if (cs[j].number == c->number - 1) c->accepted = 1;
                break;
            }
        for (size_t j = k + 1; j < nc && !c->accepted; j++)
            if (cs[j].style == c->style) {
                if (cs[j].number == c->number + 1) c->accepted = 1;
                break;
            }
    }

    /* pass 3: levels, tree, spans */
    int level_of[ST_COUNT] = {0};
    int32_t stack[64];
    int depth = 0;
    size_t ns = 0;
    if (later && inject_open_sections(d, cy, level_of, stack, &depth, &ns)) goto done;
    for (size_t k = 0; k < nc; k++) {
        cand *c = &cs[k];
        if (!c->accepted) continue;
        int lv = level_of[c->style];
        if (c->style == ST_ANNEX) { /* an annex is level 1, and its headings take levels afresh */
            memset(level_of, 0, sizeof level_of);
            lv = level_of[ST_ANNEX] = 1;
        }
        if (!lv) {
            /* a dash-lead line (——经济实力跃上新台阶。…) is an item, not a part:
             * a new style met after one is placed beside it, not inside */
            int in = depth;
            while (in && d->sections[stack[in - 1] - 1].style == ST_DASH_LEAD && c->style != ST_DASH_LEAD)
                in--;
            lv = in ? d->sections[stack[in - 1] - 1].level + 1 : 1;
            level_of[c->style] = lv;
        }
        while (depth && d->sections[stack[depth - 1] - 1].level >= lv)
            depth--;
        tj_section *sc = TJ_PUSH(d->sections, ns, pv->sec_cap);
        if (!sc) goto done;
        d->nsections = ns;
        memset(sc, 0, sizeof *sc);
        const tj_line *L = &lines[c->line];
        sc->h0 = c->style == ST_ANNEX ? c->lab0 : L->c0; /* an annex from its label's line */
        sc->h1 = c->h1;
        sc->b0 = sc->h0;
        sc->level = lv;
        sc->style = c->style;
        sc->parent = depth ? stack[depth - 1] : 0;
        if (c->lab1 > c->lab0) {
            sc->label.p = (const char *)s + c->lab0;
            sc->label.n = c->lab1 - c->lab0;
        }
        sc->title = norm_title(d, c->tit0, c->tit1);
        if (depth < 64) stack[depth++] = (int32_t)ns;
        lines[c->line].heading = (int32_t)ns;
    }
    d->nsections = ns;
    if (cy) { /* for the next window */
        for (int k = 0; k < ST_COUNT; k++)
            cy->levels[k] = level_of[k];
        cy->footnote_next = footnote_next;
        if (title_line != (size_t)-1) cy->title = title; /* (copied by the stream) */
        for (int k = 0; k < 20; k++)
            if (inline_mark[k] != UINT32_MAX) cy->inline_marks |= 1u << k;
    }
    /* ends: the next heading of the same or a higher level, else the end */
    uint32_t doc_end = (uint32_t)d->n;
    for (size_t k = 0; k < ns; k++) {
        tj_section *sc = &d->sections[k];
        uint32_t b1 = doc_end;
        for (size_t j = k + 1; j < ns; j++)
            if (d->sections[j].level <= sc->level) {
                b1 = d->sections[j].h0;
                break;
            }
        /* trim trailing white space */
        while (b1 > sc->h1) {
            size_t st;
            uint32_t ch = tj_cp_before(s, b1, b1, &st);
            if (!tj_is_space(ch) && !tj_is_newline(ch)) break;
            b1 = (uint32_t)st;
        }
        sc->b1 = b1 > sc->h1 ? b1 : sc->h1;
        uint32_t body0 = sc->h1,
                 body1 = (k + 1 < ns && d->sections[k + 1].h0 < sc->b1) ? d->sections[k + 1].h0 : sc->b1;
        while (body0 < body1) {
            size_t nx;
            uint32_t ch = tj_decode(s, body1, body0, &nx);
            if (!tj_is_space(ch) && !tj_is_newline(ch)) break;
            body0 = (uint32_t)nx;
        }
        for (;;) {
            while (body1 > body0) {
                size_t st;
                uint32_t ch = tj_cp_before(s, body1, body1, &st);
                if (!tj_is_space(ch) && !tj_is_newline(ch)) break;
                body1 = (uint32_t)st;
            }
            /* a page footer or other furniture that ends the body is not part of it */
            const tj_line *last = body1 > body0 ? tj_line_at(d, body1 - 1) : NULL;
            if (!last || last->kind != TJ_LINE_NOISE || last->c0 < body0) break;
            body1 = last->c0;
        }
        sc->body0 = body0;
        sc->body1 = body1;
    }
    rc = 0;
done:
    tj_free(cs);
    return rc;
}
