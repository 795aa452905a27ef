/* ind_subject.c — stage 3 of indicators(): the subject of a value.  A
 * subject left empty or vague (总量) is carried from the sentence's previous
 * value; `A、B分别增长x和y` hands one part to each value; a count whose noun
 * follows it (29个新启动…项目) takes its subject from the right; a bare head
 * (完成投资) takes the sentence's topic; a table cell its row's label. */
#include "ind.h"

/* One CJK numeral and nothing else in x from byte i: 1. */
static int lone_numeral(tj_str x, size_t i) {
    size_t nx;
    return i < x.n && tj_is_cjk_digit(tj_decode((const unsigned char *)x.p, x.n, i, &nx)) && nx == x.n;
}

/* 第一、二、三产业对经济增长的贡献率: the ordinal mark and what follows the last
 * numeral belong to each part (第一产业对…, 第二产业对…, 第三产业对…).  1 when
 * the parts were of that form and are rewritten. */
static int ordinal_series(ictx *c, subj_list *out) {
    tj_str first = out->parts[0], last = out->parts[out->n - 1];
    size_t ml, nx;
    const tj_word *m = tj_ws_at(&c->lx->heading_marks, (const unsigned char *)first.p, first.n, 0, &ml);
    if (!m || m->tag != TJ_HM_DI || !lone_numeral(first, ml)) return 0;
    for (int k = 1; k < out->n - 1; k++)
        if (!lone_numeral(out->parts[k], 0)) return 0;
    if (!tj_is_cjk_digit(tj_decode((const unsigned char *)last.p, last.n, 0, &nx)) || nx >= last.n) return 0;
    size_t el;
    const tj_word *whole = tj_ws_at(&c->lx->enumerations, (const unsigned char *)last.p, last.n, 0, &el);
    if (whole && whole->arg == out->n) { /* 第一、二、三次产业增加值: 三次产业 names its members */
        tj_str after = {last.p + el, (uint32_t)(last.n - el)};
        const char *names = whole->norm;
        for (int k = 0; k < out->n; k++)
            out->parts[k] = ind_concat(c, ind_next_member(&names), after);
        return 1;
    }
    tj_str mark = {first.p, (uint32_t)ml}, rest = {last.p + nx, (uint32_t)(last.n - nx)};
    out->parts[0] = ind_concat(c, first, rest);
    for (int k = 1; k < out->n - 1; k++)
        out->parts[k] = ind_concat(c, ind_concat(c, mark, out->parts[k]), rest);
    out->parts[out->n - 1] = ind_concat(c, mark, last);
    return 1;
}

/* Are the parts before the last each at least lk characters long? */
static int whole_names(const subj_list *out, uint32_t lk) {
    for (int k = 0; k < out->n - 1; k++)
        if (ind_str_chars(&out->parts[k]) < lk) return 0;
    return 1;
}

/* Split "A、B和C" into parts (for 分别); conj: also at 和 及 与. */
void ind_split_parts(ictx *c, uint32_t a, uint32_t b, subj_list *out, int conj) {
    out->n = 0;
    uint32_t i = a, p0 = a;
    size_t nx;
    int depth = 0;
    while (i < b && out->n < 15) {
        uint32_t ch = cp_at(c, i, &nx);
        if (ch == 0x201C || tj_is_open_paren(ch) || ch == 0x300A) depth++;
        if ((ch == 0x201D || tj_is_close_paren(ch) || ch == 0x300B) && depth) depth--;
        size_t y;
        /* 和 及 与, not in 二级及以上 */
        int conj_here = conj && fw_at(c, i, &y) == TJ_FW_AND && !tj_qual_after_at(c->lx, c->s, b, nx, &y);
        int sep = !depth && (ch == 0x3001 || conj_here || ch == 0xFF0C || ch == ',');
        if (sep) {
            uint32_t x0 = p0, x1 = i;
            ind_trim(c, &x0, &x1);
            if (x1 > x0) out->parts[out->n++] = span_str(c, x0, x1);
            p0 = (uint32_t)nx;
        }
        i = (uint32_t)nx;
    }
    uint32_t x0 = p0, x1 = b;
    ind_trim(c, &x0, &x1);
    if (x1 > x0) out->parts[out->n++] = span_str(c, x0, x1);
    if (out->n < 2 || ordinal_series(c, out)) return;
    /* the parts share a head the last one carries: 门诊、住院次均费用,
     * 成都直管区、成都东部新区完成投资 */
    tj_str last = out->parts[out->n - 1];
    /* parts that already end alike (…投资、…投资) have their heads */
    tj_str first = out->parts[0];
    size_t st1, st2;
    uint32_t e1 = tj_cp_before((const unsigned char *)first.p, first.n, first.n, &st1);
    uint32_t e2 = tj_cp_before((const unsigned char *)last.p, last.n, last.n, &st2);
    if (e1 == e2) return;
    size_t fl;
    if (tj_ws_before(&c->lx->list_heads, (const unsigned char *)first.p, first.n, &fl) && fl < first.n)
        return; /* …商品零售额、餐饮收入 (not 进口、出口通关时间: a head alone is a part, 进口通关时间) */
    /* the head: after an empty verb in the last part (完成投资 -> 投资), else
     * the last part without its first word (two characters or a quote) */
    const unsigned char *lp = (const unsigned char *)last.p;
    size_t hi = 0, hn;
    int found = 0;
    size_t verb_len = 0;
    for (size_t x = 0; x < last.n; x = hn) {
        size_t vl;
        const tj_word *w = tj_ws_at(&c->lx->function_words, lp, last.n, x, &vl);
        if (w && w->tag == TJ_FW_EMPTY_VERB) {
            hi = x + vl;
            verb_len = vl;
            found = 1;
        }
        tj_decode(lp, last.n, x, &hn);
    }
    tj_str head;
    if (found) {
        head.p = last.p + hi;
        head.n = (uint32_t)(last.n - hi);
        out->parts[out->n - 1].n = (uint32_t)(hi - verb_len); /* the last part without 完成投资 */
        out->parts[out->n - 1] = ind_concat(c, out->parts[out->n - 1], head);
    } else {
        /* as many characters as the first part has (饮料类、烟酒类商品零售 ->
         * 商品零售), or two when the first part is long */
        uint32_t k = 0, fk = ind_str_chars(&first), lk = ind_str_chars(&last);
        /* three parts or more, each as long as the last, are whole names
         * (城乡居民基本养老金、城镇低保标准、…和环卫工人工资): no head to share */
        if (out->n >= 3 && whole_names(out, lk)) return;
        uint32_t skip = fk + 1 < lk ? fk : 2;
        size_t h0 = 0;
        /* the first part's last character again in the last part: the head
         * follows it (高技术制造业、装备制造业增加值 -> 增加值) */
        size_t fst;
        uint32_t fe = tj_cp_before((const unsigned char *)first.p, first.n, first.n, &fst);
        size_t found_at = 0;
        for (size_t x = 0; x < last.n; x = hn) {
            uint32_t ch = tj_decode(lp, last.n, x, &hn);
            if (ch == fe && hn < last.n) found_at = hn;
        }
        size_t hl;
        const tj_word *hw = tj_ws_before(&c->lx->list_heads, lp, last.n, &hl);
        if (found_at) {
            h0 = found_at;
        } else if (hw && hl < last.n) { /* 蔬菜及食用菌、中草药材、园林水果产量: a head of measure */
            h0 = last.n - hl;
        } else if (last.n >= 3 && !memcmp(lp, "\xE2\x80\x9C", 3)) { /* a quoted word */
            const char *q = memchr(last.p + 3, 0xE2, last.n - 3);
            while (q && !(q + 2 < last.p + last.n && (unsigned char)q[1] == 0x80 && (unsigned char)q[2] == 0x9D))
                q = memchr(q + 1, 0xE2, (size_t)(last.p + last.n - q - 1));
            h0 = q ? (size_t)(q - last.p) + 3 : last.n;
        } else {
            while (h0 < last.n && k < skip) {
                tj_decode(lp, last.n, h0, &hn);
                h0 = hn;
                k++;
            }
        }
        if (h0 >= last.n || ind_str_chars(&last) < 4) return;
        head.p = last.p + h0;
        head.n = (uint32_t)(last.n - h0);
    }
    for (int k = 0; k < out->n - 1; k++)
        out->parts[k] = ind_concat(c, out->parts[k], head);
}

/* A subject that names a whole by its parts' number (三次产业对经济增长的贡献率
 * 分别为a、b、c): one part per member of the whole (第一产业对经济增长的贡献率…),
 * when the whole has as many members as there are values. */
void ind_enumerated_parts(ictx *c, uint32_t a, uint32_t b, int want, subj_list *out) {
    size_t len;
    out->n = 0;
    for (uint32_t i = a; i < b && !out->n; i = (uint32_t)tj_ws_next(c->s, b, i)) {
        const tj_word *w = tj_ws_at(&c->lx->enumerations, c->s, b, i, &len);
        if (!w || w->arg != want || want > TJ_MAX_PARTS) continue;
        tj_str before = span_str(c, a, i), after = span_str(c, i + (uint32_t)len, b);
        const char *names = w->norm;
        for (int k = 0; k < want && *names; k++)
            out->parts[out->n++] = ind_concat(c, ind_concat(c, before, ind_next_member(&names)), after);
        if (out->n != want) out->n = 0;
    }
}

/* Does the predicate of a counted noun begin at i: a verb of level of two
 * characters or more (28个省份|实现了…, 35家村镇银行|完成改革任务), or one of
 * change when the next value follows (3920个新投产项目|增加产值5100多亿元: the
 * verb is that value's)?  A verb of change followed by no value may be part of
 * a name (全民健身提升工程). */
static int predicate_at(ictx *c, size_t i, size_t b, int value_follows) {
    size_t len;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, b, i, &len);
    if (!w || len < 6) return 0;
    return w->tag == TJ_TW_LEVEL || (value_follows && tj_tw_changes(w));
}

/* How many characters a counted noun after its count has before it is cut
 * (TJ_RIGHT_NOUN), unless its end is found within TJ_RIGHT_LONG: a noun is
 * never cut inside a word when its end is near (130万“老工伤”人员全部纳入工伤保险
 * 范围: not 保险范). */
enum { TJ_RIGHT_NOUN = 16, TJ_RIGHT_LONG = 32 };

/* Does a project's stage begin at i (22栋单体建筑|全面竣工, 5个项目|建成投产):
 * a stage, or an adverb of one right before it? */
static int stage_at(const ictx *c, size_t i, size_t b) {
    size_t len;
    const tj_word *w = tj_ws_at(&c->lx->stage_words, c->s, b, i, &len);
    if (w && w->tag == TJ_ST_ADVERB) w = tj_ws_at(&c->lx->stage_words, c->s, b, i + len, &len);
    return w && w->tag == TJ_ST_VERB;
}

/* The counted noun after a count: 29个[新启动城中村改造项目]已启动签约. */
tj_str ind_right_subject(ictx *c, const tj_quantity *q, uint32_t ce, const tj_quantity *next) {
    uint32_t a = q->b1, b = ce;
    int value_follows = next && next->b0 < b;
    if (value_follows) b = next->b0;
    ind_trim(c, &a, &b);
    /* up to the next item of a list (、 和 及 与) or a verb that ends the
     * noun (达 增长) */
    size_t i = a, nx, len, cut = b;
    int k = 0;
    while (i < b) {
        if (k == TJ_RIGHT_NOUN) cut = i;
        if (k == TJ_RIGHT_LONG) {
            i = cut;
            break;
        }
        uint32_t ch = cp_at(c, i, &nx);
        size_t fl;
        int role = fw_at(c, i, &fl);
        /* 29个新启动城中村改造项目[已启动签约]: the predicate begins */
        if (k >= 2 && role == TJ_FW_ADVERB) {
            /* 均 may be inside a longer adverb (平均, 人均每月): the predicate begins where that does */
            size_t j = i, st, len2;
            for (int back = 0; back < 2 && j > a; back++) {
                cp_before(c, j, &st);
                j = st;
                const tj_word *adv = tj_ws_at(&c->lx->tail_words, c->s, b, j, &len2);
                if (adv && adv->tag == TJ_TW_ADV && j + len2 > i) {
                    i = j;
                    break;
                }
            }
            break;
        }
        /* 10件民生实事[全面]|完成: the adverbs go with the verb */
        if (k >= 2 && (predicate_at(c, i, b, value_follows) || stage_at(c, i, b))) {
            i = ind_back_over_tail(c, a, (uint32_t)i, TJ_TW_BIT(TJ_TW_ADV), 0, 6);
            break;
        }
        if (k && (ch == 0x3001 || role == TJ_FW_AND)) {
            /* the next item of a list of values (80项…和60项…), or a verb (…、达14.2万亿元) */
            const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, b, nx, &len);
            int value_next = 0;
            size_t lo = 0, hi = c->ncand; /* a candidate starting at nx? */
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (c->cand[mid]->b0 < nx)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            if (lo < c->ncand && c->cand[lo]->b0 == nx) value_next = 1;
            if (value_next || (w && w->tag != TJ_TW_STOP && w->tag != TJ_TW_DE)) break;
        }
        i = nx;
        k++;
    }
    /* 65家典型房企融资总量|为523.46亿元: a verb of level right before the next value is its own */
    if (value_follows && i >= b)
        i = ind_back_over_tail(c, a, (uint32_t)i, TJ_TW_BIT(TJ_TW_LEVEL) | TJ_TW_BIT(TJ_TW_TO), 0, 6);
    for (size_t ml; i > a && tj_ws_before(&c->lx->trail_marks, c->s, i, &ml);)
        i -= ml;
    return span_str(c, a, (uint32_t)i);
}

/* Where the predicate of the clause [a, lim) begins: its first verb of
 * change or level of two characters or more, with the adverbs before it
 * (全部完成); *cut = 1 when there is one, else lim. */
static uint32_t predicate_start(ictx *c, uint32_t a, uint32_t lim, int *cut) {
    size_t nx;
    for (uint32_t b = a; b < lim; b = (uint32_t)nx) {
        if (b > a && predicate_at(c, b, lim, 1)) {
            *cut = 1;
            return ind_back_over_tail(c, a, b, TJ_TW_BIT(TJ_TW_ADV), 0, 1); /* 全部|完成 */
        }
        cp_at(c, b, &nx);
    }
    return lim;
}

/* The list a 分别 hands out (A、B分别增长x和y): the parts of the subject, the
 * members of a whole named by their number, or — when the subject is vague
 * (同比分别增长15.9%和37.5%) — the parts of an earlier clause, else the
 * subjects of the sentence's earlier values.  Sets ss->dist (n = 0: none). */
static void distribute(ictx *c, sent_state *ss, const value_ctx *v, int is_vague, tj_str scope) {
    const reading *r = &v->r;
    subj_list *dist = &ss->dist;
    int want = ind_values_left_in_clause(c, c->ok, v->k, v->ce); /* how many values share this 分别 */
    /* 分别从209元、280元提高到217元、290元: the first values and the last, each a round of the parts */
    dist->cycle = r->from && want >= 4 && want % 2 == 0;
    if (dist->cycle) want /= 2;
    if (!is_vague) {
        ind_split_parts(c, r->subj0, r->subj1, dist, 1);
        if (dist->n != want) ind_split_parts(c, r->subj0, r->subj1, dist, 0);
        if (dist->n != want) ind_enumerated_parts(c, r->subj0, r->subj1, want, dist);
        if (dist->n != want) dist->n = 0;
        for (int m = 0; m < dist->n; m++)
            dist->scope[m] = m == 0 ? scope : (tj_str){NULL, 0};
        return;
    }
    /* the parts are in an earlier clause of the sentence */
    uint32_t e0 = v->cs;
    int back = 0; /* clauses looked back at */
    dist->n = 0;
    while (e0 > c->s0 && want > 1 && want <= TJ_MAX_PARTS && back++ < TJ_MAX_PARTS) {
        size_t st0;
        cp_before(c, e0, &st0);
        uint32_t b0 = ind_clause_start(c, (uint32_t)st0), p0 = b0, p1 = (uint32_t)st0;
        /* a clause that states values itself: its subject, before the first of
         * them (城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加…);
         * else the subjects its values were given (below), not an earlier clause */
        int has_values = 0;
        for (size_t j = 0; j < c->ncand && !has_values; j++)
            if (c->cand[j]->b0 >= p0 && c->cand[j]->b0 < p1) {
                p1 = c->cand[j]->b0;
                has_values = 1;
            }
        int cut = 0;
        if (!has_values) p1 = predicate_start(c, p0, p1, &cut); /* …、环卫工人工资|再次提高，月人均分别提高… */
        ind_strip_span(c, &p0, &p1);
        ind_split_parts(c, p0, p1, dist, 0);
        if (dist->n != want && (has_values || cut)) ind_split_parts(c, p0, p1, dist, 1);
        if (dist->n == want) break;
        dist->n = 0;
        if (has_values) break;
        e0 = b0;
    }
    const tj_doc *d = c->d;
    if (dist->n != want && want > 1 && ss->first_row >= 0) {
        /* 接待游客9.6亿人次，旅游收入1.2万亿元，分别增长10.4%、12.1%: the
         * subjects of the values stated before, in order */
        tj_str subs[TJ_MAX_PARTS];
        int ns = 0, steps = 0;
        for (long j = (long)d->nindicators - 2; j >= ss->first_row && ns < want && ns < TJ_MAX_PARTS && steps++ < TJ_LOOK;
             j--) {
            tj_str x = d->indicators[j].subject;
            if (!x.p || (ns && subs[ns - 1].n == x.n && !memcmp(subs[ns - 1].p, x.p, x.n))) continue;
            subs[ns++] = x;
        }
        if (ns == want) {
            dist->n = want;
            for (int m = 0; m < want; m++)
                dist->parts[m] = subs[want - 1 - m];
        }
    }
    for (int m = 0; m < dist->n; m++)
        dist->scope[m] = (tj_str){NULL, 0};
}

/* A noun of change at i, after a basis adverb perhaps (同比增速)? */
static int rate_noun_at(const ictx *c, uint32_t i) {
    size_t len;
    const tj_word *bw = tj_ws_at(&c->lx->basis_words, c->s, c->n, i, &len);
    if (bw && (bw->arg & TJ_BWF_ADVERB)) i += (uint32_t)len;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, c->n, i, &len);
    return w && (w->tag == TJ_TW_NOUN_UP || w->tag == TJ_TW_NOUN_DOWN);
}

/* 以58.3%的增速: a noun of change after the value says it is a change. */
static int change_noun_after(const ictx *c, const tj_quantity *q) {
    size_t len;
    return fw_at(c, q->b1, &len) == TJ_FW_OF && rate_noun_at(c, q->b1 + (uint32_t)len); /* 的同比增速 */
}

/* Does x end with a word of a level (万亿元台阶)? */
static int names_level(const ictx *c, tj_str x) {
    size_t len;
    const tj_word *w = x.p ? tj_ws_before(&c->lx->function_words, (const unsigned char *)x.p, x.n, &len) : NULL;
    return w && w->tag == TJ_FW_LEVEL_NOUN;
}

/* The last thing named before the value in its sentence whose name ends
 * with `ends` (农村养老保险工作全面开展，参保人数…: …保险), from the start of its
 * clause; NULL when none. */
static tj_str named_before(ictx *c, const value_ctx *v, const char *ends) {
    size_t l = strlen(ends), st;
    for (uint32_t e = v->r.subj0; e >= c->s0 + l; e = (uint32_t)st) {
        if (!memcmp(c->s + e - l, ends, l)) {
            uint32_t a = ind_clause_start(c, e - (uint32_t)l), b = e;
            ind_strip_span(c, &a, &b);
            return span_str(c, a, b);
        }
        cp_before(c, e, &st);
    }
    return (tj_str){NULL, 0};
}

/* Does the clause right before the value's (which starts after c->s0) state
 * a value of its own?  (The candidate before the value may be in the value's
 * own clause: 连续16年位居全国首位.)  changed_before asks a stricter question:
 * no value before this one, in that clause or in its own. */
static int value_in_clause_before(ictx *c, const value_ctx *v) {
    const tj_quantity *pq = v->k > 0 ? c->cand[v->k - 1] : NULL;
    uint32_t p0 = ind_clause_start(c, v->cs - 1);
    if (!pq || pq->b0 < p0 || pq->b0 >= v->cs) return 0;
    /* (a count of the levels passed is none: 地区生产总值连跨3个千亿级台阶，…) */
    size_t st;
    cp_before(c, v->cs, &st);
    return c->ok[v->k - 1] || ind_before_levels_passed(c, p0, (uint32_t)st) == st;
}

/* The clause after v's, trimmed, in [*t, *e); 0 when it says by how much v
 * changed or what was expected, with a value of its own, rather than what
 * v was spent on (营业收入59.67亿元，|同比增长8.17%; 营收92.1亿美元，|预期…;
 * but 投资2000万元，|提高社区干部生活补贴…). */
static int spent_on_clause(ictx *c, const value_ctx *v, uint32_t *t, uint32_t *e) {
    size_t nx, len;
    cp_at(c, v->ce, &nx);
    *t = (uint32_t)nx;
    *e = ind_clause_end(c, *t);
    ind_trim(c, t, e);
    if (*t >= *e) return 1;
    const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, *e, *t, &len);
    if (!tj_tw_changes(w) && !tj_ws_at(&c->lx->basis_words, c->s, *e, *t, &len) &&
        !tj_ws_at(&c->lx->status_cues, c->s, *e, *t, &len))
        return 1;
    const tj_quantity *nq = v->k + 1 < c->ncand ? c->cand[v->k + 1] : NULL; /* and a value of its own */
    return !(nq && c->ok[v->k + 1] && nq->b0 >= *t && nq->b0 < *e);
}

/* A vague subject (总量, 这一比例): the counted noun after the value, else the
 * previous value's subject, else the clause before when it states no value. */
static tj_str vague_subject(ictx *c, const sent_state *ss, const value_ctx *v, int noun_after, tj_str *scope) {
    const tj_quantity *q = v->q;
    if (noun_after) {
        tj_str right = ind_right_subject(c, q, v->ce, v->next_ok);
        return names_level(c, right) && ss->prev_subj.p ? ss->prev_subj : right; /* 五年跨越两个千亿元台阶 */
    }
    if (ss->prev_subj.p) {
        if (!scope->p && q->kind != TJ_Q_ORDINAL) *scope = ss->prev_scope; /* a rank's field is its basis */
        return ss->prev_subj;
    }
    /* 回购金额靠前的还有…，金额均超2亿元: the head named in full before */
    size_t len;
    const tj_word *vw = v->r.subj1 > v->r.subj0 ? tj_ws_at(&c->lx->vague_heads, c->s, v->r.subj1, v->r.subj0, &len) : NULL;
    if (vw && v->r.subj0 + len == v->r.subj1) {
        tj_str named = named_before(c, v, vw->w);
        if (named.p && named.n > len) return named;
    }
    uint32_t cs = v->cs;
    if (cs > c->s0 && !value_in_clause_before(c, v)) {
        /* 其中医药生物行业入围公司数量最多，有18家: the clause before, when it
         * states no value itself */
        uint32_t p0 = ind_clause_start(c, cs - 1), p1 = cs;
        size_t st0;
        cp_before(c, p1, &st0);
        p1 = ind_before_levels_passed(c, p0, (uint32_t)st0); /* 地区生产总值连跨3个千亿级台阶，… */
        ind_strip_span(c, &p0, &p1);
        return ind_last_chars(c, ind_make_subject(c, p0, p1), 16);
    }
    return (tj_str){NULL, 0};
}

/* The previous row's subject when it is in the same paragraph. */
static tj_str paragraph_subject(const ictx *c, const tj_indicator *row) {
    const tj_doc *d = c->d;
    if (d->nindicators < 2 || row->sentence <= 0) return (tj_str){NULL, 0};
    const tj_indicator *pr = &d->indicators[d->nindicators - 2];
    int32_t para = d->sentences[row->sentence - 1].para;
    if (pr->sentence <= 0 || !para || d->sentences[pr->sentence - 1].para != para) return (tj_str){NULL, 0};
    return pr->subject;
}

/* 该项支出, 这方面的投资 (the head from h0 to h1): what the demonstrative
 * points to — what the clause before names after 是 (重点是能源、交通建设，这方面
 * 的投资…), the sentence's previous subject, the paragraph's previous row's;
 * else the head alone. */
static tj_str pointed_subject(ictx *c, const sent_state *ss, const value_ctx *v, uint32_t h0, uint32_t h1,
                              const tj_indicator *row) {
    size_t st, len;
    tj_str head = span_str(c, h0, h1);
    if (v->cs > c->s0 && !(v->k > 0 && c->cand[v->k - 1]->b0 >= ind_clause_start(c, v->cs - 1))) {
        uint32_t p0 = ind_clause_start(c, v->cs - 1), p1 = v->cs;
        cp_before(c, p1, &st);
        p1 = (uint32_t)st;
        for (uint32_t e = p1; e > p0; e = (uint32_t)st) {
            const tj_word *w = tj_ws_before(&c->lx->function_words, c->s, e, &len);
            if (w && (w->arg & TJ_FWF_COPULA) && e < p1) {
                uint32_t a = e, b = p1;
                ind_trim(c, &a, &b);
                return b > a ? ind_concat(c, span_str(c, a, b), head) : head;
            }
            cp_before(c, e, &st);
        }
    }
    if (ss->prev_subj.p) return ss->prev_subj;
    tj_str prev = paragraph_subject(c, row);
    return prev.p ? prev : head;
}

/* The head after a demonstrative that opens [a, b) (该项支出 -> 支出), else 0. */
static uint32_t after_demonstrative(const ictx *c, uint32_t a, uint32_t b) {
    size_t len;
    const tj_word *w = a < b ? tj_ws_at(&c->lx->demonstratives, c->s, b, a, &len) : NULL;
    if (!w || !w->tag) return 0;
    a += (uint32_t)len;
    if (fw_at(c, a, &len) == TJ_FW_OF) a += (uint32_t)len;
    return a < b ? a : 0;
}

/* Is the value the next item of a list of counted things (11公里污水管网、
 * 16公里雨水管网): is what stands before it the noun the value before it counts? */
static int after_counted_item(ictx *c, const value_ctx *v) {
    if (!v->k) return 0;
    const tj_quantity *prev = c->cand[v->k - 1];
    uint32_t a = prev->b1, b = v->r.subj0;
    ind_trim(c, &a, &b);
    return a == b && prev->b1 >= v->cs && ind_followed_by_noun(c, prev);
}

/* 推出113条创新举措: the verb and the counted noun; a list of examples before
 * (海尔智家、赛轮…等3家企业) is left out. */
static tj_str counted_noun_subject(ictx *c, const sent_state *ss, const value_ctx *v, tj_str subj) {
    const reading *r = &v->r;
    tj_str right = ind_right_subject(c, v->q, v->ce, v->next_ok);
    if (names_level(c, right)) /* 地区生产总值迈上4个万亿元台阶: a level, the subject named before */
        return subj.p ? subj : ss->prev_subj.p ? ss->prev_subj : right;
    int examples = r->subj1 > r->subj0 && tj_contains(c->s + r->subj0, r->subj1 - r->subj0, "\xE3\x80\x81", 3); /* 、 */
    size_t fl;
    if (fw_before(c, r->subj1, &fl) == TJ_FW_ETC) examples = 1;
    if (!right.p) return subj; /* 建档立卡贫困户301户611人: the noun is before the numbers, whole */
    return examples || after_counted_item(c, v) ? right : ind_concat(c, ind_last_chars(c, subj, 6), right);
}

/* What the clause that starts at a (and ends before lim) is about: what
 * opens it stripped, up to its first verb or comparison word
 * (2021年一季度安徽省第二产业增速最快 -> 安徽省第二产业). */
static tj_str clause_topic_cut(ictx *c, uint32_t a, uint32_t lim, int *cut) {
    size_t len, nx;
    uint32_t b = a;
    while (b < lim) {
        uint32_t ch = cp_at(c, b, &nx);
        if (ch == 0xFF0C || ch == ',' || ch == 0x3002 || ch == 0xFF1B || ch == ';') break; /* the clause's end */
        const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, lim, b, &len);
        /* a verb of two characters or more (财报 holds 报, 居民 居) */
        int verb = w && len >= 6 &&
                   (w->tag == TJ_TW_UP || w->tag == TJ_TW_DOWN || w->tag == TJ_TW_NOUN_UP ||
                    w->tag == TJ_TW_NOUN_DOWN || w->tag == TJ_TW_LEVEL || w->tag == TJ_TW_SHARE ||
                    w->tag == TJ_TW_RANK); /* 外商直接投资|保持增长势头, 广东省GDP|位居… */
        if (b > a && (verb || tj_basis_cue_at(c->lx, c->s, lim, b, &len))) {
            if (cut) *cut = 1;
            break;
        }
        b = (uint32_t)nx;
    }
    for (const tj_period *p; (p = ind_doc_period_at(c->d, a)) != NULL && p->b1 <= b;) /* 全年 */
        a = p->b1;
    ind_strip_span(c, &a, &b);
    return b > a ? ind_make_subject(c, a, b) : (tj_str){NULL, 0};
}

static tj_str clause_topic(ictx *c, uint32_t a, uint32_t lim) { return clause_topic_cut(c, a, lim, NULL); }

/* …企业退休人员养老金标准继续提高，年人均提高2556元: the clause right before a
 * value with no subject of its own, when it states no value and ends with a
 * verb of change (what changed, by how much after it), names what changed;
 * NULL when not. */
static tj_str changed_before(ictx *c, const value_ctx *v) {
    uint32_t cs = v->cs;
    size_t st0, len;
    if (cs <= c->s0) return (tj_str){NULL, 0};
    uint32_t p0 = ind_clause_start(c, cs - 1);
    if (v->k > 0 && c->cand[v->k - 1]->b0 >= p0) return (tj_str){NULL, 0}; /* a value before it, there or here */
    cp_before(c, cs, &st0);
    const tj_word *w = tj_ws_before(&c->lx->tail_words, c->s, st0, &len);
    if (!tj_tw_changes(w)) return (tj_str){NULL, 0};
    /* without the verb and the adverbs before it (继续|提高) */
    uint32_t e = ind_back_over_tail(c, p0, (uint32_t)(st0 - len), TJ_TW_BIT(TJ_TW_ADV), 0, 2);
    return e > p0 ? clause_topic(c, p0, e) : (tj_str){NULL, 0};
}

/* Do two rows have the same unit (both none, or the same word)? */
static int same_unit(const tj_indicator *a, const tj_indicator *b) {
    if (!a->unit || !b->unit) return a->unit == b->unit;
    return !strcmp(a->unit, b->unit);
}

/* A project's name without the stage it has reached written after it
 * (机场快速路|建成通车, 亮化照明工程|全部完工): the stage, and the adverbs
 * before it; x as it is when nothing would be left. */
static tj_str without_stage(const ictx *c, tj_str x) {
    const unsigned char *s = (const unsigned char *)x.p;
    size_t n = x.n, len;
    int verb = 0;
    for (const tj_word *w; s && (w = tj_ws_before(&c->lx->stage_words, s, n, &len)) != NULL && len < n; n -= len) {
        if (w->tag == TJ_ST_VERB)
            verb = 1;
        else if (!verb)
            break; /* an adverb ends no name unless a stage follows it */
    }
    return verb ? (tj_str){x.p, (uint32_t)n} : x;
}

/* A topic without the bare head it ends with, so the next head takes its
 * place (普通高中招生 → 普通高中, then 普通高中在校生; 总投资18.8亿元的X，当年
 * 完成投资6.87亿元: X, then X投资); nothing when the topic is a bare head. */
#define TJ_MAX_TOPIC 256 /* bytes of a topic read whole across a line break */
static tj_str without_head(const ictx *c, tj_str topic) {
    size_t len;
    if (!tj_ws_before(&c->lx->bare_heads, (const unsigned char *)topic.p, topic.n, &len)) {
        /* written across a line break (其中本⏎专科学生): its words read whole */
        char buf[TJ_MAX_TOPIC];
        size_t n = ind_unwrapped(topic, buf, sizeof buf);
        if (!n || !tj_ws_before(&c->lx->bare_heads, (const unsigned char *)buf, n, &len)) return topic;
        if (len >= n) return (tj_str){NULL, 0};
        char *p = tj_arena_strndup(c->d->arena, buf, n - len);
        return p ? (tj_str){p, (uint32_t)(n - len)} : topic;
    }
    tj_str rest = {topic.p, (uint32_t)(topic.n - len)};
    return len < topic.n && ind_str_chars(&rest) >= 2 ? rest : (tj_str){NULL, 0}; /* (净利润: 净 names nothing) */
}

/* 完成投资1770.45亿元, 配租1528套: a bare head takes the sentence's topic. */
static tj_str bare_head_subject(ictx *c, const sent_state *ss, const value_ctx *v, tj_str subj, const tj_word *head) {
    const tj_quantity *q = v->q;
    uint32_t cs = v->cs, ce = v->ce;
    tj_str topic = {NULL, 0};
    if (head->norm) { /* 参保人数 belongs to an insurance scheme named before */
        topic = named_before(c, v, head->norm);
        if (topic.p) return ind_concat(c, topic, subj);
    }
    /* 安徽省高新技术产业增加值增长…，增加值占比由…: the sentence's first
     * subject, when it ends with the same head */
    const tj_doc *d = c->d;
    if (ss->first_row >= 0 && ss->first_row + 1 < (long)d->nindicators) {
        tj_str x = d->indicators[ss->first_row].subject;
        if (ind_in_text(c, x) && x.n > subj.n /* written so, not composed */ && !memcmp(x.p + x.n - subj.n, subj.p, subj.n)) return x;
    }
    size_t st0, fl;
    size_t sl;
    uint32_t t0, t1; /* the clause after, when the sum opens its own */
    int clause_first = cs == c->s0 || cp_before(c, cs, &sl) == ';' || cp_before(c, cs, &sl) == 0xFF1B; /* ； */
    if (fw_at(c, q->b1, &fl) == TJ_FW_OF) {
        /* 投资3.3亿元的机场快速路建成通车 */
        tj_quantity tmp = *q;
        tmp.b1 = (uint32_t)(q->b1 + fl);
        topic = ind_last_chars(c, without_stage(c, ind_right_subject(c, &tmp, ce, v->next_ok)), 24);
    } else if (clause_first && ce < c->s1 && q->kind == TJ_Q_MONEY && spent_on_clause(c, v, &t0, &t1)) {
        /* 投资3600万元，完成…既有建筑节能改造 (not 营业收入59.67亿元，同比增长8.17%: a clause of its own value) */
        ind_strip_span(c, &t0, &t1);
        topic = ind_last_chars(c, without_stage(c, ind_make_subject(c, t0, t1)), 12);
    } else if (ss->prev_subj.p) {
        topic =
            without_head(c, without_stage(c, ss->prev_subj)); /* 住房基本建成470万套、新开工…; 普通高中招生…，在校生… */
    } else if (c->nseps && c->seps[0] <= cs) {
        /* the nearest clause before that names something (截至11月底，完成投资…:
         * a time is no topic) */
        for (size_t k = c->nseps; k-- > 0 && !topic.p;) {
            if (c->seps[k] > cs) continue;
            cp_before(c, c->seps[k], &st0);
            topic = clause_topic(c, k ? c->seps[k - 1] : c->s0, (uint32_t)st0);
        }
    }
    if (topic.p && topic.n >= subj.n && !memcmp(topic.p + topic.n - subj.n, subj.p, subj.n))
        return topic; /* 税收收入…，税收占…: named already */
    return topic.p ? ind_concat(c, topic, subj) : subj;
}

/* The subject the sentence before names in its first clause, when it is
 * in the same paragraph (全年全市居民消费价格（CPI）涨幅与上年持平。其中，…):
 * what opens it stripped, up to its first verb or comparison word. */
static tj_str previous_sentence_topic(ictx *c, const tj_indicator *row) {
    const tj_doc *d = c->d;
    if (row->sentence < 2) return (tj_str){NULL, 0};
    const tj_sentence *cur = &d->sentences[row->sentence - 1], *prev = cur - 1;
    if (!cur->para || prev->para != cur->para) return (tj_str){NULL, 0};
    int cut = 0; /* a topic only where something is said of it: 居民消费价格（CPI）涨幅与上年持平 */
    tj_str t = clause_topic_cut(c, prev->b0, prev->b1, &cut);
    return cut ? t : (tj_str){NULL, 0};
}

/* x without a subgroup word at its start (城市居民消费价格 -> 居民消费价格). */
static tj_str without_subgroup(const ictx *c, tj_str x) {
    size_t len;
    if (x.p && tj_ws_at(&c->lx->subgroups, (const unsigned char *)x.p, x.n, 0, &len) && len < x.n) {
        x.p += len;
        x.n -= (uint32_t)len;
    }
    return x;
}

/* 其中，城市下降0.1%，农村上涨0.1%: a subgroup alone narrows the subject
 * named before (城市居民消费价格); NULL when subj is no subgroup or nothing
 * was named. */
static tj_str subgroup_subject(ictx *c, const sent_state *ss, const value_ctx *v, tj_str subj,
                               const tj_indicator *row) {
    size_t len, k = 0;
    unsigned char word[24]; /* the subject without line breaks (农\n\n村) */
    for (uint32_t i = 0; subj.p && i < subj.n && k < sizeof word; i++)
        if (subj.p[i] != '\n' && subj.p[i] != '\r' && subj.p[i] != ' ') word[k++] = (unsigned char)subj.p[i];
    if (!subj.p || k >= sizeof word || !tj_ws_at(&c->lx->subgroups, word, k, 0, &len) || len != k)
        return (tj_str){NULL, 0};
    /* what the clause before says changed (城乡最低生活保障标准逐年提高，城镇年人均
     * 提高600元), else the subject named before */
    tj_str base = changed_before(c, v);
    if (!base.p) base = ss->prev_subj.p ? ss->prev_subj : previous_sentence_topic(c, row);
    base = without_subgroup(c, base);
    return base.p ? ind_concat(c, subj, base) : (tj_str){NULL, 0};
}

/* 为1467位老年人发放高龄补贴176万元: what a verb of giving gives is what
 * the value measures. */
static void given_thing(const ictx *c, reading *r) {
    size_t len;
    uint32_t after = 0;
    for (uint32_t i = r->subj0; i < r->subj1; i = (uint32_t)tj_ws_next(c->s, r->subj1, i))
        if (fw_at(c, i, &len) == TJ_FW_GIVE && i + len < r->subj1) after = i + (uint32_t)len;
    if (after && tj_doc_charlen(c->d, after, r->subj1) >= 2) r->subj0 = after;
}

/* 在执行中, 在此背景下: a setting, no subject. */
static int is_setting(const ictx *c, uint32_t a, uint32_t b) {
    size_t len;
    if (b <= a) return 0;
    const tj_word *open = tj_ws_at(&c->lx->basis_frames, c->s, b, a, &len);
    const tj_word *close = tj_ws_before(&c->lx->basis_frames, c->s, b, &len);
    return open && open->tag == TJ_BF_SETTING_OPEN && close && close->tag == TJ_BF_SETTING_CLOSE &&
           tj_doc_charlen(c->d, a, b) <= 12;
}

/* A region's name that ends at byte e, its start in *a; 0 when none. */
static int place_ending_at(const ictx *c, uint32_t e, uint32_t lim, uint32_t *a) {
    const tj_env *env = tj_priv_of(c->d)->env;
    size_t len;
    const tj_word *w = tj_ws_before(&env->regions.ws, c->s, e, &len);
    if (!w || e - len < lim) return 0;
    *a = e - (uint32_t)len;
    return 1;
}

/* 仅次于湖北省的58.3%, 距离10223.99亿元的湖南: the value is a place's; its
 * subject is the place and what the sentence measured before (浙江省GDP ->
 * 湖北省GDP).  NULL when the value is no place's. */
static tj_str place_owner_subject(ictx *c, const sent_state *ss, const value_ctx *v, uint8_t *kind) {
    size_t len;
    uint32_t p0 = 0, p1 = 0;
    uint32_t e = v->q->b0;
    while (e > v->cs && is_blank(cp_before(c, e, &len)))
        e = (uint32_t)len;
    if (fw_before(c, e, &len) == TJ_FW_OF && place_ending_at(c, e - (uint32_t)len, v->cs, &p0)) {
        p1 = e - (uint32_t)len; /* 湖北省的58.3% */
    } else if (fw_at(c, v->q->b1, &len) == TJ_FW_OF) {
        uint32_t a = v->q->b1 + (uint32_t)len, b = a;
        const tj_env *env = tj_priv_of(c->d)->env;
        if (tj_ws_at(&env->regions.ws, c->s, v->ce, a, &len)) b = a + (uint32_t)len;
        if (b > a && (b >= v->ce || tj_is_han(cp_at(c, b, &len)) == 0 || fw_at(c, b, &len) >= 0 ||
                      !tj_ws_at(&c->lx->list_heads, c->s, v->ce, b, &len))) {
            p0 = a; /* 10223.99亿元的湖南 */
            p1 = b;
        }
    }
    if (p1 <= p0 || !ss->prev_subj.p) return (tj_str){NULL, 0};
    /* 增速仅次于湖北省的58.3%: a rate of change named before the place */
    for (uint32_t i = v->cs; i < p0 && *kind == TJ_K_AMOUNT; i = (uint32_t)tj_ws_next(c->s, p0, i)) {
        const tj_word *w = tj_ws_at(&c->lx->tail_words, c->s, p0, i, &len);
        if (w && (w->tag == TJ_TW_NOUN_UP || w->tag == TJ_TW_NOUN_DOWN)) *kind = TJ_K_CHANGE;
    }
    tj_str topic = ss->prev_subj;
    uint32_t ta = 0;
    const unsigned char *tp = (const unsigned char *)topic.p;
    const tj_env *env = tj_priv_of(c->d)->env;
    if (tj_ws_at(&env->regions.ws, tp, topic.n, 0, &len) && len < topic.n) ta = (uint32_t)len;
    tj_str rest = {topic.p + ta, topic.n - ta};
    return ind_concat(c, span_str(c, p0, p1), rest);
}

void ind_subject(ictx *c, sent_state *ss, value_ctx *v, tj_indicator *row) {
    const tj_doc *d = c->d;
    const tj_quantity *q = v->q;
    reading *r = &v->r;
    /* 扣除留抵退税因素后增长5.8%: a convention, not a subject */
    if (ind_basis_phrase(c, r->subj0, r->subj1)) {
        row->basis = span_str(c, r->subj0, r->subj1);
        r->subj1 = r->subj0;
    }
    if (is_setting(c, r->subj0, r->subj1)) r->subj1 = r->subj0; /* 在执行中争取达到百分之五 */
    given_thing(c, r);
    tj_str subj = ind_make_subject(c, r->subj0, r->subj1);
    tj_str scope = r->scope1 ? span_str(c, r->scope0, r->scope1) : (tj_str){NULL, 0};
    int is_vague = ind_vague(c, r->subj0, r->subj1);
    int same_clause = ss->prev_row >= 0 && ss->prev_clause == v->cs;
    int in_group = 0;
    int noun_after = ind_followed_by_noun(c, q);
    const tj_word *head;
    tj_str owner, narrowed;
    subj_list *dist = &ss->dist;
    if (r->level && same_clause && d->indicators[ss->prev_row].kind == TJ_K_SHARE)
        row->kind = TJ_K_SHARE; /* 占比由X提高到Y */
    if (r->level && same_clause && ss->prev_from && ss->prev_rate && d->indicators[ss->prev_row].kind == TJ_K_CHANGE) {
        row->kind = TJ_K_CHANGE; /* 增速从5%提高到6%: both ends are rates of growth */
        r->rate_noun = 1;
    }
    size_t vl;
    const tj_word *vw = is_vague && r->subj1 > r->subj0 ? tj_ws_at(&c->lx->vague_heads, c->s, r->subj1, r->subj0, &vl) : NULL;
    if (vw && vw->tag == TJ_K_SHARE && row->kind == TJ_K_AMOUNT && q->kind == TJ_Q_PERCENT)
        row->kind = TJ_K_SHARE; /* 把这个比例提高到百分之三十六 */
    if (change_noun_after(c, q)) {
        row->kind = TJ_K_CHANGE;
        r->has_verb = 1;
    }
    /* a value with no verb of its own shares the previous one's: 分别增长13.7%和25.0%,
     * 分别居全国第二、第七、第九 (a rank is its own verb, but the list is one) */
    int rank_list = same_clause && q->kind == TJ_Q_ORDINAL && d->indicators[ss->prev_row].kind == TJ_K_RANK &&
                    r->subj1 <= r->subj0;
    /* …提高到217元、290元: the second round of a 分别从…到… */
    int second_round = same_clause && dist->cycle && ss->dist_next == dist->n;
    /* (a level after 至 in another unit is its own: 营业利润增长3.8%至39.26亿欧元;
     * in the same unit it ends a range: 增长10% 至 12%) */
    int own_level = r->level && same_clause && !same_unit(&d->indicators[ss->prev_row], row);
    if (((!r->has_verb && !own_level) || rank_list || second_round) && same_clause) {
        const tj_indicator *pr = &d->indicators[ss->prev_row];
        row->kind = pr->kind;
        if (pr->value < 0 && row->value > 0) row->value = -row->value;
        if (pr->has_max && pr->value_max < 0 && row->value_max > 0) row->value_max = -row->value_max;
        if (!row->basis.p) row->basis = pr->basis;
        in_group = dist->n > 1 && ss->dist_next > 0 && ss->dist_next < dist->n * (dist->cycle ? 2 : 1) &&
                   (is_vague || second_round);
    }
    /* 城镇和农村人均住房面积32.9平方米、37.1平方米, 城乡居民人均可支配收入年均增长
     * 5.3%、8.1%: values side by side, as many as the subject's parts, share it
     * out as 分别 does (a subject of one part keeps it) */
    if (!r->distributed && !same_clause && ind_juxtaposed_values(c, c->ok, v->k, v->ce)) r->distributed = 1;
    /* 由46503元和16935元分别增加到58794元和23184元: the 分别 after the first list */
    if (!r->distributed && !same_clause && r->from && ind_list_then_each(c, c->ok, v->k, v->ce)) r->distributed = 1;
    if (r->distributed && !(is_vague && dist->n > 1)) {
        distribute(c, ss, v, is_vague, scope);
        ss->dist_next = 0;
        in_group = dist->n > 1;
    } else if (r->distributed || (is_vague && dist->n > 1 && !same_clause &&
                                  ind_values_left_in_clause(c, c->ok, v->k, v->ce) == dist->n)) {
        /* 分别占全市增加值的6.1%和33.2%: the same parts again; 两年平均增长15.5%和
         * 16.0%: a new clause with as many values as parts */
        ss->dist_next = 0;
        in_group = 1;
    }
    if ((owner = place_owner_subject(c, ss, v, &row->kind)).p) {
        subj = owner; /* 高于江苏的19.2% */
    } else if (in_group) {
        int m = dist->cycle ? ss->dist_next % dist->n : ss->dist_next < dist->n ? ss->dist_next : dist->n - 1;
        subj = dist->parts[m];
        scope = dist->scope[m];
        ss->dist_next++;
    } else if (is_vague) {
        tj_str changed = noun_after ? (tj_str){NULL, 0} : changed_before(c, v);
        subj = changed.p ? changed : vague_subject(c, ss, v, noun_after, &scope);
    } else if (noun_after && q->kind != TJ_Q_PERCENT && q->kind != TJ_Q_POINTS &&
               (q->kind != TJ_Q_NUMBER || ind_count_by_magnitude(c, q)) &&
               (q->kind == TJ_Q_COUNT || q->kind == TJ_Q_MEASURE || r->has_verb || ind_str_chars(&subj) <= 4)) {
        subj = counted_noun_subject(c, ss, v, subj);
    } else if (same_clause && fw_at(c, r->subj0, &vl) == TJ_FW_OF && rate_noun_at(c, r->subj0 + (uint32_t)vl) &&
               d->indicators[ss->prev_row].subject.p) {
        /* 湖北省以58.3%的同比增速排名全国第一位: the earlier value's subject's */
        subj = ind_concat(c, d->indicators[ss->prev_row].subject, ind_make_subject(c, r->subj0 + (uint32_t)vl, r->subj1));
    } else if ((narrowed = subgroup_subject(c, ss, v, subj, row)).p) {
        subj = narrowed;
    } else if (after_demonstrative(c, r->subj0, r->subj1)) {
        subj = pointed_subject(c, ss, v, after_demonstrative(c, r->subj0, r->subj1), r->subj1, row);
    } else if ((head = ind_bare_head(c, subj)) != NULL) {
        subj = bare_head_subject(c, ss, v, subj, head);
    }
    /* a cell of a table row: the row's label is its subject */
    const tj_line *tl = ind_line_of(c, q->b0);
    if (tl && tl->kind == TJ_LINE_TABLE) {
        uint32_t label_end;
        tj_str label = ind_table_label(c, tl, &label_end);
        if (label.p && label_end <= q->b0) {
            subj = ind_table_cell(c, tl, q, row, label);
            scope = (tj_str){NULL, 0};
        }
    }
    row->subject = subj;
    row->scope = scope;
    ss->prev_subj = subj;
    ss->prev_scope = scope;
}
