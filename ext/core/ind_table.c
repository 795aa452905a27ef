/*
 * ind_table.c — what a table's header says about the cells under it (the
 * tables of statistical bulletins): a column of units (单位 | 万吨), a unit in
 * a column's name (绝对数（亿元）, 比重（%）), a column of change
 * (比上年增长（%）) or of shares (比重), and a measure the column names
 * (产量) that the row's label is a name of (汽车 + 产量 = 汽车产量).
 *
 * Cells are found on the line: between separators in a Markdown table, else
 * between tabs and runs of spaces; a cell of one ideograph before another
 * ideograph is one name spread over its cell (林    业), and a row's cells are
 * paired with the header's by their order, or by where they stand.
 */
#include "ind.h"

#define TJ_HEAD_TEXT 128 /* bytes of a header cell read for its words */
#define TJ_HEAD_LOOK 400 /* lines a row looks back for its table's header */

/* How a table's cells are set: between separators or tabs (a row's cells
 * and its header's pair by their order, empty ones written), or with spaces
 * (they pair by where they stand on the line). */
enum { SET_BY_MARKS, SET_BY_SPACES };

static int is_separator(const ictx *c, uint32_t i, uint32_t lim, size_t *len) {
    const tj_word *m = tj_ws_at(&c->lx->cell_marks, c->s, lim, i, len);
    return m && m->tag == TJ_CM_SEPARATOR;
}

/* The cells of a Markdown row: between its separators, empty ones too. */
static size_t piped_cells(const ictx *c, const tj_line *L, tj_cell *out) {
    size_t n = 0, len, nx;
    uint32_t a = 0;
    int open = 0;
    for (uint32_t i = L->c0; i < L->c1; i = (uint32_t)nx) {
        cp_at(c, i, &nx);
        if (is_separator(c, i, L->c1, &len)) {
            if (open && n < TJ_MAX_CELLS) out[n++] = (tj_cell){a, i, 0, 0};
            open = 1;
            a = i + (uint32_t)len;
            nx = a;
        }
    }
    if (open && a < L->c1 && n < TJ_MAX_CELLS) out[n++] = (tj_cell){a, L->c1, 0, 0}; /* no closing separator */
    return n;
}

/* The display width of a character: a tab, an ideograph or any wide form is two. */
static uint32_t width_of(uint32_t ch) { return ch == '\t' || ch >= 0x80 ? 2 : 1; }

/* The cells of a row set with spaces or tabs: text between tabs (each one a
 * boundary) or runs of two columns of space or more, with where they stand. */
static size_t spaced_cells(const ictx *c, const tj_line *L, tj_cell *out, int *set) {
    size_t n = 0, nx;
    uint32_t x = 0, a = L->c0, xa = 0, gap0 = 0, xg = 0, gap = 0;
    int tabs = memchr(c->s + L->c0, '\t', L->c1 - L->c0) != NULL;
    *set = tabs ? SET_BY_MARKS : SET_BY_SPACES;
    for (uint32_t i = L->b0; i < L->c0; i = (uint32_t)nx) /* the indent */
        x += width_of(cp_at(c, i, &nx));
    xa = x;
    for (uint32_t i = L->c0; i < L->c1; i = (uint32_t)nx) {
        uint32_t ch = cp_at(c, i, &nx), w = width_of(ch);
        int tab = ch == '\t';
        if (tj_is_space(ch) || tab) {
            if (!gap) {
                gap0 = i;
                xg = x;
            }
            gap += w;
            x += w;
            if (tab && n < TJ_MAX_CELLS) { /* a tab ends a cell, empty or not */
                out[n++] = (tj_cell){a, gap0, xa, xg};
                a = (uint32_t)nx;
                xa = x;
                gap0 = a;
                xg = x;
            }
            continue;
        }
        if (gap >= 2 && !tabs && n < TJ_MAX_CELLS) {
            out[n++] = (tj_cell){a, gap0, xa, xg};
            a = i;
            xa = x;
        }
        gap = 0;
        x += w;
    }
    if (n < TJ_MAX_CELLS) out[n++] = (tj_cell){a, gap ? gap0 : L->c1, xa, gap ? xg : x};
    return n;
}

/* Is the cell one ideograph? */
static int one_ideograph(const ictx *c, tj_cell x) {
    size_t nx;
    return x.b > x.a && tj_is_han(cp_at(c, x.a, &nx)) && nx == x.b;
}

static const tj_word *unit_cell(const ictx *c, tj_cell x, int *power);

/* The cells of line L, trimmed; how they are set in *set.  In a table set
 * with spaces, a name spread over its cell is joined (林    业,
 * 指   数（以上年为 100）; not 纱    万吨, a name and its unit). */
static size_t split_cells(const ictx *c, const tj_line *L, tj_cell *out, int *set) {
    size_t len, nx;
    size_t n;
    if (is_separator(c, L->c0, L->c1, &len)) {
        n = piped_cells(c, L, out);
        *set = SET_BY_MARKS;
    } else {
        n = spaced_cells(c, L, out, set);
    }
    size_t k = 0;
    int power;
    for (size_t i = 0; i < n; i++) {
        ind_trim(c, &out[i].a, &out[i].b);
        if (*set == SET_BY_SPACES && k && one_ideograph(c, out[k - 1]) && out[i].b > out[i].a &&
            tj_is_han(cp_at(c, out[i].a, &nx)) && !unit_cell(c, out[i], &power)) {
            out[k - 1].b = out[i].b;
            out[k - 1].x1 = out[i].x1;
            continue;
        }
        out[k++] = out[i];
    }
    return k;
}

/* The cell of the other row (of n cells) that x, cell at of a row of n_self,
 * stands under or beside: the same place in order (in a table set with
 * spaces, when both rows have as many cells), else the one it overlaps most,
 * else the nearest; -1 for none. */
static long paired(const tj_cell *other, size_t n, size_t at, const tj_cell *x, size_t n_self, int set) {
    if (set == SET_BY_MARKS || n == n_self) return at < n ? (long)at : -1;
    long best = -1;
    int64_t best_score = INT64_MIN;
    for (size_t i = 1; i < n; i++) {
        int64_t lo = x->x0 > other[i].x0 ? x->x0 : other[i].x0, hi = x->x1 < other[i].x1 ? x->x1 : other[i].x1;
        int64_t cx = (int64_t)x->x0 + x->x1, co = (int64_t)other[i].x0 + other[i].x1;
        int64_t score = hi > lo ? (hi - lo) * 1000 : -(cx > co ? cx - co : co - cx);
        if (score > best_score) {
            best_score = score;
            best = (long)i;
        }
    }
    return best;
}

/* Is the cell a number and nothing else (62.6, -13.4)? */
static int number_cell(const ictx *c, tj_cell x) {
    const tj_doc *d = c->d;
    size_t lo = 0, hi = d->nquantities;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->quantities[mid].b0 < x.a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->nquantities && d->quantities[lo].b0 == x.a && d->quantities[lo].b1 == x.b;
}

/* A row of data: some cell after the first is a number. */
static int data_row(const ictx *c, const tj_cell *x, size_t n) {
    for (size_t i = 1; i < n; i++)
        if (number_cell(c, x[i])) return 1;
    return 0;
}

/* A row with no text: | --- | --- | or |  |  |. */
static int empty_row(const ictx *c, const tj_cell *x, size_t n) {
    size_t nx;
    for (size_t i = 0; i < n; i++)
        for (uint32_t j = x[i].a; j < x[i].b; j = (uint32_t)nx)
            if (tj_is_han(cp_at(c, j, &nx))) return 0;
    return 1;
}

/* The header of the table that row line li is in: the nearest line above its
 * rows that names columns, or -1; the rows above it down to the row read last
 * share its header.  A caption, a heading or a paragraph above the rows means
 * there is none. */
static long header_line(const ictx *c, size_t li, tj_cell *hc, size_t *nh) {
    int set;
    const tj_priv *pv = tj_priv_of(c->d);
    long stop = li > TJ_HEAD_LOOK ? (long)(li - TJ_HEAD_LOOK) : 0;
    for (long k = (long)li - 1; k >= stop; k--) {
        const tj_line *L = &pv->lines[k];
        if (L->blank || L->page) continue;               /* a page break inside a table (— 2 —) */
        if ((size_t)k == c->tab.row) return c->tab.head; /* a row of the same table, read before */
        if (L->kind == TJ_LINE_NOISE || L->heading || (L->kind != TJ_LINE_TABLE && L->nchars > 80)) return -1;
        *nh = split_cells(c, L, hc, &set);
        if (*nh == 1 && number_cell(c, hc[0])) continue; /* a number alone on a line among the rows (a wrapped cell) */
        if (*nh < 2) return -1;
        if (data_row(c, hc, *nh) || empty_row(c, hc, *nh)) {
            if (L->kind != TJ_LINE_TABLE) return -1;
            continue;
        }
        return k;
    }
    return -1;
}

/* The unit a text names: a magnitude (万, 亿) and a unit word, all of it;
 * the longest unit word (亿|千瓦时, not 亿千|瓦时). */
static const tj_word *unit_of(const ictx *c, const unsigned char *t, size_t n, int *power) {
    size_t i = 0, nx, len;
    *power = 0;
    for (;;) {
        const tj_word *w = i < n ? tj_ws_at(&c->lx->units, t, n, i, &len) : NULL;
        if (w && i + len == n) return w;
        int p = i < n ? tj_cjk_unit_power(tj_decode(t, n, i, &nx)) : 0;
        if (!p) return NULL;
        *power += p;
        i = nx;
    }
}

/* The text of a cell without spaces and Markdown's marks (**单 位**). */
static size_t cell_text(const ictx *c, tj_cell x, unsigned char *buf) {
    size_t n = 0, nx, len;
    for (uint32_t i = x.a; i < x.b; i = (uint32_t)nx) {
        uint32_t ch = cp_at(c, i, &nx);
        if (tj_is_space(ch)) continue;
        if (tj_ws_at(&c->lx->cell_marks, c->s, x.b, i, &len)) {
            nx = i + len;
            continue;
        }
        if (n + (nx - i) > TJ_HEAD_TEXT) break;
        memcpy(buf + n, c->s + i, nx - i);
        n += nx - i;
    }
    return n;
}

/* What a header cell says: its word of role, and a unit in brackets. */
static tj_column read_head(const ictx *c, tj_cell x) {
    tj_column h = {0, NULL, NULL, NULL, 0};
    unsigned char t[TJ_HEAD_TEXT];
    size_t n = cell_text(c, x, t), nx, len, open = 0;
    for (size_t i = 0; i < n; i = nx) {
        uint32_t ch = tj_decode(t, n, i, &nx);
        const tj_word *w = h.role ? NULL : tj_ws_at(&c->lx->table_heads, t, n, i, &len);
        if (w) {
            h.role = w->tag;
            h.basis = w->extra;
            if (w->tag == TJ_TH_MEASURE) h.measure = w->w;
            nx = i + len;
        } else if (tj_is_open_paren(ch)) {
            open = nx;
        } else if (tj_is_close_paren(ch) && open) { /* 绝对数（亿元）, （%） */
            const tj_word *u = unit_of(c, t + open, i - open, &h.power);
            if (u) h.unit = u;
            open = 0;
        }
    }
    if (!h.unit && n) { /* a header that is a unit: % */
        const tj_word *u = unit_of(c, t, n, &h.power);
        if (u && u->tag == TJ_Q_PERCENT) h.unit = u;
    }
    return h;
}

/* The unit written in a row's cell of units (万吨, %), or NULL. */
static const tj_word *unit_cell(const ictx *c, tj_cell x, int *power) {
    unsigned char t[TJ_HEAD_TEXT];
    size_t n = cell_text(c, x, t);
    return n ? unit_of(c, t, n, power) : NULL;
}

/* Does the label name a measure already: end as the measure does (发电量
 * beside 产量), or name a concept by itself (猪出栏)? */
static int names_measure(const ictx *c, tj_str label, const char *measure) {
    size_t st, sl;
    size_t ml = strlen(measure);
    uint32_t a = tj_cp_before((const unsigned char *)label.p, label.n, label.n, &st);
    uint32_t b = tj_cp_before((const unsigned char *)measure, ml, ml, &sl);
    return a == b || tj_concept_find(&tj_priv_of(c->d)->env->concepts, label.p, label.n) >= 0;
}

/* Read the header of line h into the memo: its cells, what each says, its
 * column of units and the measure a column names. */
static void read_header(ictx *c, long h, const tj_cell *hc, size_t nh) {
    tj_table_memo *t = &c->tab;
    t->head = h;
    t->nh = nh;
    t->unit_col = -1;
    t->measure = NULL;
    t->total = (tj_str){NULL, 0};
    for (size_t k = 0; k < nh; k++) {
        t->hc[k] = hc[k];
        t->col[k] = read_head(c, hc[k]);
        if (k && t->col[k].role == TJ_TH_UNIT && t->unit_col < 0) t->unit_col = (long)k;
        if (k && t->col[k].role == TJ_TH_MEASURE && !t->measure) t->measure = t->col[k].measure;
    }
}

/* Read row line li into the memo: its cells, its header, its unit. */
static void read_row(ictx *c, const tj_line *L, size_t li) {
    tj_table_memo *t = &c->tab;
    tj_cell hc[TJ_MAX_CELLS];
    size_t nh = 0;
    long h = header_line(c, li, hc, &nh);
    if (h != t->head) {
        if (h >= 0)
            read_header(c, h, hc, nh);
        else
            t->head = -1;
    }
    t->row = li;
    t->nr = split_cells(c, L, t->rc, &t->set);
    t->row_unit = NULL;
    long ri = t->head >= 0 && t->unit_col > 0
                  ? paired(t->rc, t->nr, (size_t)t->unit_col, &t->hc[t->unit_col], t->nh, t->set)
                  : -1;
    if (ri > 0) t->row_unit = unit_cell(c, t->rc[ri], &t->row_power);
}

/* A row that names a part of a population or an area (城市, 其中：城镇) under
 * the table's first row (居民消费价格指数, 全市常住人口): the part of that, without
 * its scope word (城市居民消费价格指数, 城镇常住人口). */
static tj_str narrowed(ictx *c, tj_str label) {
    size_t len;
    const tj_table_memo *t = &c->tab;
    const unsigned char *l = (const unsigned char *)label.p, *w = (const unsigned char *)t->total.p;
    if (!l || !w || w == l || !tj_ws_at(&c->lx->subgroups, l, label.n, 0, &len) || len != label.n) return label;
    tj_str whole = t->total;
    if (tj_ws_at(&c->lx->scope_words, w, whole.n, 0, &len)) {
        if (len >= whole.n) return label; /* | 全州 | 4886455 |: the whole is named by its place only */
        whole.p += len;
        whole.n -= (uint32_t)len;
    }
    return ind_concat(c, label, whole);
}

tj_str ind_table_cell(ictx *c, const tj_line *L, const tj_quantity *q, tj_indicator *row, tj_str label) {
    const tj_priv *pv = tj_priv_of(c->d);
    tj_table_memo *t = &c->tab;
    size_t li = (size_t)(L - pv->lines), at = 0;
    if (t->row != li) read_row(c, L, li);
    if (t->head >= 0 && !t->total.p) t->total = label; /* the first row of the table */
    label = narrowed(c, label);
    for (size_t i = 1; i < t->nr; i++)
        if (t->rc[i].a <= q->b0 && q->b0 < t->rc[i].b) at = i;
    long hi = t->head < 0 || !at ? -1 : paired(t->hc, t->nh, at, &t->rc[at], t->nr, t->set);
    if (hi < 1) return label;
    const tj_column *col = &t->col[hi];
    int change = col->role == TJ_TH_CHANGE || col->role == TJ_TH_SHARE, power = col->power;
    const tj_word *unit = col->unit;
    if (!unit && hi != t->unit_col) { /* a unit in the row's cell of units */
        unit = t->row_unit;
        power = t->row_power;
    }
    const char *measure = col->measure ? col->measure : change ? t->measure : NULL; /* 产量 | 比上年增长 */
    if (change) {
        row->kind = col->role == TJ_TH_CHANGE ? TJ_K_CHANGE : TJ_K_SHARE;
        if (col->basis) row->basis = (tj_str){col->basis, (uint32_t)strlen(col->basis)};
        row->unit = unit && unit->tag == TJ_Q_PERCENT ? unit->norm : NULL;
        row->currency = NULL;
    } else if (unit) { /* a level: the header, not the words of the row (白酒 | 万千升), says so */
        row->kind = TJ_K_AMOUNT;
        tj_dec v = q->val;
        tj_dec_shift(&v, power);
        row->value = tj_dec_to_double(&v);
        if (row->has_max) {
            v = q->val_max;
            tj_dec_shift(&v, power);
            row->value_max = tj_dec_to_double(&v);
        }
        row->unit = unit->norm;
        row->currency = unit->extra;
    }
    return measure && label.p && !names_measure(c, label, measure)
               ? ind_concat(c, label, (tj_str){measure, (uint32_t)strlen(measure)}) /* 汽车 + 产量 */
               : label;
}
