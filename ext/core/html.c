/*
 * html.c — a standalone HTML page of a document with every indicator marked
 * (tongji_html): a person sees at a glance what was extracted, and can work
 * from it.
 *
 * The document's title line is an <h1>, each heading an <h2>…<h6> by its
 * level, page furniture (footers, navigation) small and grey, and the rest
 * paragraphs that keep their line breaks.  Each indicator is one
 * <mark id="mN" class="KIND STATUS"> whose tooltip (title) gives its subject,
 * value, unit, period and basis, linked to row N of the table of every
 * indicator under the text, which links back.  The legend counts the rows of
 * each kind and says what the colours and underlines mean.  Text is escaped;
 * invalid UTF-8 is passed through as the U+FFFD replacement character so that
 * the page itself is valid.  One file: no script, nothing loaded from outside.
 */
#include <stdio.h>

#include "internal.h"

typedef struct hbuf {
    char *p;
    size_t n, cap;
    int oom;
} hbuf;

static void put(hbuf *b, const char *s, size_t n) {
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = tj_realloc(b->p, cap);
        if (!p) {
            b->oom = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void puts_(hbuf *b, const char *s) { put(b, s, strlen(s)); }

/* Text, escaped for HTML; invalid sequences become U+FFFD. */
static void put_text(hbuf *b, const unsigned char *s, size_t a, size_t e) {
    size_t i = a, nx;
    while (i < e) {
        uint32_t c = tj_decode(s, e, i, &nx);
        switch (c) {
        case '&': puts_(b, "&amp;"); break;
        case '<': puts_(b, "&lt;"); break;
        case '>': puts_(b, "&gt;"); break;
        case '"': puts_(b, "&quot;"); break;
        case '\r': break;
        default:
            if (c == TJ_BAD || (c < 0x20 && c != '\n' && c != '\t'))
                puts_(b, "\xEF\xBF\xBD");
            else
                put(b, (const char *)s + i, nx - i);
        }
        i = nx;
    }
}

static void put_str(hbuf *b, tj_str x) {
    if (x.p) put_text(b, (const unsigned char *)x.p, 0, x.n);
}

static void put_value(hbuf *b, double v) {
    char num[64];
    tj_format_double(v, num, sizeof num); /* locale-free: the page is deterministic */
    puts_(b, num);
}

/* The tooltip of an indicator: one fact per line. */
static void put_tooltip(hbuf *b, const tj_indicator *r) {
    puts_(b, "subject: ");
    if (r->subject.p)
        put_str(b, r->subject);
    else
        puts_(b, "—");
    if (r->scope.p) {
        puts_(b, " (");
        put_str(b, r->scope);
        puts_(b, ")");
    }
    puts_(b, "&#10;value: ");
    put_value(b, r->value);
    if (r->has_max) {
        puts_(b, " – ");
        put_value(b, r->value_max);
    }
    if (r->unit) {
        puts_(b, " ");
        put_text(b, (const unsigned char *)r->unit, 0, strlen(r->unit));
    }
    if (r->qualifier) {
        puts_(b, " (");
        puts_(b, tj_qualifier_name(r->qualifier));
        puts_(b, ")");
    }
    puts_(b, "&#10;kind: ");
    puts_(b, tj_indicator_kind_name(r->kind));
    puts_(b, " · ");
    puts_(b, tj_status_name(r->status));
    if (r->period.p) {
        puts_(b, "&#10;period: ");
        put_str(b, r->period);
        char d1[16], d2[16];
        const char *s1 = tj_date_format(r->period_start, d1), *s2 = tj_date_format(r->period_end, d2);
        if (s1 || s2) {
            puts_(b, " (");
            puts_(b, s1 ? s1 : "…");
            puts_(b, " – ");
            puts_(b, s2 ? s2 : "…");
            puts_(b, ")");
        }
    }
    if (r->basis.p) {
        puts_(b, "&#10;basis: ");
        put_str(b, r->basis);
    }
}

/* Text [a, e) with the marks of the indicators that start in it; *k is the
 * next indicator.  A mark that would run past e is closed at e. */
static void put_marked(hbuf *b, const tj_doc *d, uint32_t a, uint32_t e, size_t *k) {
    uint32_t i = a;
    while (*k < d->nindicators && d->indicators[*k].b0 < e) {
        const tj_indicator *r = &d->indicators[*k];
        uint32_t m0 = r->b0 < i ? i : r->b0, m1 = r->b1 < e ? r->b1 : e;
        if (m1 <= m0) { /* nothing left of it here: it is still marked, empty */
            m0 = m1 = m0 < e ? m0 : e;
        }
        put_text(b, d->s, i, m0);
        char head[160];
        (void)snprintf(head, sizeof head, "<a class=\"ind\" href=\"#r%zu\"><mark id=\"m%zu\" class=\"%s %s\" data-id=\"%zu\" title=\"",
                       *k + 1, *k + 1, tj_indicator_kind_name(r->kind), tj_status_name(r->status), *k + 1);
        puts_(b, head);
        put_tooltip(b, r);
        puts_(b, "\">");
        put_text(b, d->s, m0, m1);
        puts_(b, "</mark></a>");
        i = m1;
        (*k)++;
    }
    put_text(b, d->s, i, e);
}

static const char STYLE[] =
    "<style>\n"
    "body{font-family:system-ui,\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",sans-serif;"
    "max-width:52em;margin:2em auto;padding:0 1em;line-height:1.8;color:#222}\n"
    "p{white-space:pre-wrap;margin:.6em 0}\n"
    "p.furniture{color:#999;font-size:80%}\n"
    "mark{border-radius:3px;padding:0 2px;cursor:help}\n"
    "mark.amount{background:#cfe3ff}mark.change{background:#c9f2cf}mark.share{background:#ffe3a8}"
    "mark.rank{background:#f2ccf7}\n"
    "mark.target{box-shadow:inset 0 -2px #555}mark.forecast{box-shadow:inset 0 -2px #a0a}\n"
    "a.ind{color:inherit;text-decoration:none}\n"
    "header.legend{font-size:85%;color:#555;border-bottom:1px solid #ddd;padding-bottom:.5em}\n"
    "header.legend mark{margin-right:.2em}header.legend span.n{margin-right:.8em}\n"
    "div.rows{overflow-x:auto}\n"
    "table.rows{border-collapse:collapse;font-size:80%;line-height:1.4;margin:1em 0}\n"
    "table.rows td.s{min-width:9em}table.rows td.d{white-space:nowrap}\n"
    "table.rows th{background:#dde7f3;text-align:left;position:sticky;top:0}\n"
    "table.rows th,table.rows td{border:1px solid #ccd;padding:2px 4px;vertical-align:top}\n"
    "table.rows td.v{text-align:right;white-space:nowrap}\n"
    "table.rows tr:target{outline:2px solid #e60}mark:target{outline:2px solid #e60}\n"
    "</style>\n";

/* A cell of the table: text escaped, nothing for NULL. */
static void put_cell(hbuf *b, const char *cls, const char *text, size_t n) {
    puts_(b, cls ? cls : "<td>");
    if (text) put_text(b, (const unsigned char *)text, 0, n);
    puts_(b, "</td>");
}

static void put_cell_str(hbuf *b, tj_str x) { put_cell(b, NULL, x.p, x.p ? x.n : 0); }
static void put_cell_c(hbuf *b, const char *x) { put_cell(b, NULL, x, x ? strlen(x) : 0); }

/* The table of every indicator: one row each (id rN), its number linking
 * back to its mark. */
static void put_rows(hbuf *b, const tj_doc *d) {
    puts_(b, "<h2 id=\"rows\">Indicators</h2>\n<div class=\"rows\"><table class=\"rows\">\n<thead><tr><th>#</th><th>subject</th>"
             "<th>kind</th><th>value</th><th>unit</th><th>period</th><th>start</th><th>end</th><th>status</th>"
             "<th>concept</th><th>region</th><th>text</th></tr></thead>\n<tbody>\n");
    char line[192];
    for (size_t k = 0; k < d->nindicators; k++) {
        const tj_indicator *r = &d->indicators[k];
        (void)snprintf(line, sizeof line, "<tr id=\"r%zu\" class=\"%s %s\"><td><a href=\"#m%zu\">%zu</a></td>", k + 1,
                       tj_indicator_kind_name(r->kind), tj_status_name(r->status), k + 1, k + 1);
        puts_(b, line);
        put_cell(b, "<td class=\"s\">", r->subject.p, r->subject.p ? r->subject.n : 0);
        put_cell_c(b, tj_indicator_kind_name(r->kind));
        puts_(b, "<td class=\"v\">");
        put_value(b, r->value);
        if (r->has_max) {
            puts_(b, " – ");
            put_value(b, r->value_max);
        }
        if (r->qualifier) {
            puts_(b, " (");
            puts_(b, tj_qualifier_name(r->qualifier));
            puts_(b, ")");
        }
        puts_(b, "</td>");
        put_cell_c(b, r->unit);
        put_cell_str(b, r->period);
        char d1[16], d2[16];
        const char *s1 = tj_date_format(r->period_start, d1), *s2 = tj_date_format(r->period_end, d2);
        put_cell(b, "<td class=\"d\">", s1, s1 ? strlen(s1) : 0);
        put_cell(b, "<td class=\"d\">", s2, s2 ? strlen(s2) : 0);
        put_cell_c(b, tj_status_name(r->status));
        put_cell_c(b, tj_concept_code(r->concept));
        const char *region = tj_region_name(r->region);
        put_cell_c(b, region);
        put_cell(b, NULL, (const char *)d->s + r->b0, r->b1 - r->b0);
        puts_(b, "</tr>\n");
    }
    puts_(b, "</tbody>\n</table></div>\n");
}

/* The legend: the count of each kind, what the colours and underlines say. */
static void put_legend(hbuf *b, const tj_doc *d) {
    size_t count[5] = {0};
    for (size_t k = 0; k < d->nindicators; k++)
        if (d->indicators[k].kind >= TJ_K_AMOUNT && d->indicators[k].kind <= TJ_K_RANK) count[d->indicators[k].kind]++;
    char line[160];
    (void)snprintf(line, sizeof line, "tongji: %zu indicators, %zu sections. ", d->nindicators, d->nsections);
    puts_(b, "<header class=\"legend\">");
    puts_(b, line);
    for (int kind = TJ_K_AMOUNT; kind <= TJ_K_RANK; kind++) {
        const char *name = tj_indicator_kind_name(kind);
        (void)snprintf(line, sizeof line, "<mark class=\"%s\">%s</mark><span class=\"n\">%zu</span>", name, name,
                       count[kind]);
        puts_(b, line);
    }
    puts_(b, "<br>Background: the kind of value. Underline: <mark class=\"amount target\">dark</mark> a target, "
             "<mark class=\"amount forecast\">purple</mark> a forecast, none what happened (actual). "
             "Hover a mark for its subject, value, unit and period; click it for its row in the "
             "<a href=\"#rows\">table</a>, and a row's number for its place in the text.</header>\n");
}

char *tj_html(const tj_doc *d, size_t *len) {
    const tj_priv *pv = tj_priv_of(d);
    hbuf b = {NULL, 0, 0, 0};
    char line[160];
    puts_(&b, "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    const tj_line *title = NULL;
    for (size_t li = 0; li < pv->nlines; li++)
        if (pv->lines[li].kind == TJ_LINE_TITLE) {
            title = &pv->lines[li];
            break;
        }
    if (title)
        put_text(&b, d->s, title->c0, title->c1);
    else
        puts_(&b, "tongji");
    puts_(&b, "</title>\n");
    puts_(&b, STYLE);
    puts_(&b, "</head>\n<body>\n");
    put_legend(&b, d);
    size_t k = 0; /* next indicator */
    int open = 0; /* a paragraph is open */
    for (size_t li = 0; li < pv->nlines; li++) {
        const tj_line *L = &pv->lines[li];
        int para_end = L->blank || L->heading || L->kind == TJ_LINE_TITLE || L->kind == TJ_LINE_NOISE ||
                       L->kind == TJ_LINE_FRONT;
        if (para_end && open) {
            puts_(&b, "</p>\n");
            open = 0;
        }
        if (L->blank) continue;
        if (L->kind == TJ_LINE_TITLE || L->heading) {
            int level = L->heading ? d->sections[L->heading - 1].level + 1 : 1;
            if (level > 6) level = 6;
            if (L->heading)
                (void)snprintf(line, sizeof line, "<h%d id=\"s%d\">", level, L->heading);
            else
                (void)snprintf(line, sizeof line, "<h%d>", level);
            puts_(&b, line);
            /* a run-in heading: the title in the heading, the rest a paragraph */
            uint32_t h1 = L->heading ? d->sections[L->heading - 1].h1 : L->c1;
            if (h1 > L->c1 || h1 < L->c0) h1 = L->c1;
            put_marked(&b, d, L->c0, h1, &k);
            (void)snprintf(line, sizeof line, "</h%d>\n", level);
            puts_(&b, line);
            if (h1 < L->c1) {
                puts_(&b, "<p>");
                put_marked(&b, d, h1, L->c1, &k);
                open = 1;
            }
            continue;
        }
        if (L->kind == TJ_LINE_NOISE || L->kind == TJ_LINE_FRONT) {
            puts_(&b, L->kind == TJ_LINE_FRONT ? "<p class=\"front\">" : "<p class=\"furniture\">");
            put_marked(&b, d, L->c0, L->c1, &k);
            puts_(&b, "</p>\n");
            continue;
        }
        if (!open) {
            puts_(&b, "<p>");
            open = 1;
            put_marked(&b, d, L->c0, L->c1, &k);
        } else {
            /* the line break itself, so that a mark across it stays one mark */
            put_marked(&b, d, pv->lines[li - 1].c1, L->c1, &k);
        }
    }
    if (open) puts_(&b, "</p>\n");
    /* marks of anything left (none: every value lies on a line) */
    while (k < d->nindicators)
        put_marked(&b, d, d->indicators[k].b0, d->indicators[k].b1, &k);
    put_rows(&b, d);
    puts_(&b, "</body>\n</html>\n");
    if (b.oom) {
        tj_free(b.p);
        return NULL;
    }
    *len = b.n;
    return b.p;
}
