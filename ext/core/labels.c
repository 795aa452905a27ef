/*
 * labels.c — what makes an indicator row joinable (spec: indicators.md,
 * concept, region): its subject cleaned as a person would type it, the
 * concept the subject names, and the division the value is about.
 *
 * The subject loses line breaks, spaces, note marks and a bracketed
 * abbreviation (地区生产总\n值（GDP）[3] → 地区生产总值).  The concept is looked
 * up by the subject without a leading place name and without a rate noun the
 * row's kind already says (湖北省GDP增速 → GDP → gdp).  The region is, in
 * order: the scope word's (全国 → 中国, 全市 → the document's region); none
 * when a zone, company or economic region owns what is measured (成都高新区
 * 投资) or the subject names several places; the place at the head of the
 * subject or named before it in its clause (海南省GDP); else the document's.
 */
#include "internal.h"

#define TJ_MAX_LABEL 512 /* bytes of a subject that are cleaned and looked up; longer ones are no concept */

/* The length of a foreign economy named at s[i] that owns what follows it
 * (美国|CPI), not the partner of a flow (欧盟|进出口总额); 0 if none. */
static size_t foreign_owner_at(const tj_env *env, const unsigned char *s, size_t n, size_t i) {
    size_t len, fl;
    const tj_word *w = tj_ws_at(&env->lex.not_divisions, s, n, i, &len);
    return w && w->tag == TJ_ND_FOREIGN && !tj_ws_at(&env->lex.partner_flows, s, n, i + len, &fl) ? len : 0;
}

/* The end of a route whose first place ends at e (济南|至宁津, 深圳|—香港—广州:
 * joiners, each before another place or a name, not a number: 青岛至2025年),
 * or 0 when none goes on from there. */
static size_t route_end(const tj_env *env, const unsigned char *s, size_t n, size_t e) {
    size_t jl, pl, nx, end = 0;
    for (const tj_word *j; (j = tj_ws_at(&env->lex.route_joiners, s, n, e, &jl)) != NULL && j->tag && e + jl < n;) {
        uint32_t ch = tj_decode(s, n, e + jl, &nx);
        if (!tj_is_han(ch) || tj_is_cjk_digit(ch)) break;
        if (!tj_ws_at(&env->regions.ws, s, n, e + jl, &pl)) return e + jl; /* 日照至|五莲: a place no table knows */
        e = end = e + jl + pl;
    }
    return end;
}

/* The divisions, zones and area words named in s[0..n): one decoding of
 * each character, then the three tables for the pairs of characters that
 * may start a name (a bitmap of pairs: most pairs start none). */
static void scan_places(const tj_env *env, const unsigned char *s, size_t n, int32_t context, tj_places *pl) {
    int fresh = pl->fresh; /* asked to start again after each ； */
    size_t clause0 = 0;    /* where the clause being read began */
    const tj_region_names *rn = &env->regions;
    size_t len, nx = 0, nx2, place_end = (size_t)-1;
    uint32_t ch = n ? tj_decode(s, n, 0, &nx) : 0;
    for (size_t i = 0; i < n;) {
        uint32_t next = nx < n ? tj_decode(s, n, nx, &nx2) : 0;
        if (nx >= n) nx2 = nx;
        size_t to = nx; /* where the scan goes on: past a name, else the next character */
        unsigned cls = fresh ? tj_cls(env, ch) : 0;
        if (cls & TJ_CC_SEMICOLON) { /* a ； ends what was said before it */
            memset(pl, 0, sizeof *pl);
            pl->fresh = pl->cut = 1;
            place_end = (size_t)-1;
        }
        if (cls & (TJ_CC_CLAUSE | TJ_CC_TERMINATOR)) clause0 = nx;
        if (tj_may_be_place(env, ch, next) || tj_ws_may_hold(env->lex.not_divisions.sbloom, ch)) {
            const tj_word *w, *z, *sc;
            size_t re;
            if ((w = tj_ws_at_cp(&rn->ws, s, n, i, ch, &len)) != NULL && (re = route_end(env, s, n, i + len)) != 0) {
                to = re; /* 日照至五莲铁路: a route, neither place's */
            } else if (w) {
                int32_t code = tj_region_pick(rn, w, context);
                if (code) {
                    if (!i) pl->head = code;
                    if (!pl->first) pl->first = code;
                    if (code != pl->last && pl->last && !tj_region_within(code, pl->last)) pl->distinct++;
                    if (!pl->last) pl->distinct = 1;
                    pl->last = code;
                    pl->actor = code == TJ_REGION_CHINA ? 4 : 1;
                }
                to = place_end = i + len;
            } else if ((z = tj_ws_at_cp(&env->lex.not_divisions, s, n, i, ch, &len)) != NULL &&
                       z->tag == TJ_ND_FOREIGN) {
                if (!i && foreign_owner_at(env, s, n, 0)) pl->foreign_head = 1;
                to = i + len;
            } else if (z && (z->tag == TJ_ND_ANYWHERE || place_end == i) &&
                       !(fresh && tj_ws_in(&env->lex.function_words, s, clause0, i, TJ_FW_MAKE))) {
                /* (a zone after a verb of making in its clause is made, not an actor: 建设…省域示范区) */
                if (i + len < n)
                    pl->owner_zone = 1; /* 高新区 followed by what it owns; 青岛港… */
                else
                    pl->zone_at_end = 1;
                pl->actor = 2;
                to = i + len;
            } else if ((sc = tj_ws_at_cp(&env->lex.scope_words, s, n, i, ch, &len)) != NULL) {
                pl->actor = sc->tag == TJ_SCOPE_COUNTRY ? 4 : 3;
                to = i + len;
            }
        }
        if (to == nx) { /* the next character, decoded already */
            i = nx;
            ch = next;
            nx = nx2;
        } else {
            i = to;
            if (i < n) ch = tj_decode(s, n, i, &nx);
        }
    }
}

/* The places of a stretch A followed by those of the stretch B right after it. */
static void merge_places(tj_places *a, const tj_places *b, int b_has_text) {
    if (a->zone_at_end && b_has_text) a->owner_zone = 1; /* the zone owns what follows it */
    if (!a->first) a->first = b->first;
    if (b->last) {
        if (!a->last)
            a->distinct = b->distinct;
        else
            a->distinct += b->distinct - (b->first == a->last || tj_region_within(b->first, a->last));
        a->last = b->last;
    }
    a->owner_zone |= b->owner_zone;
    a->zone_at_end = b_has_text ? b->zone_at_end : a->zone_at_end;
    if (b->actor) a->actor = b->actor;
}

/* How far back the place a value is about is looked for (bytes of its
 * sentence before its clause, or of its paragraph before its sentence):
 * a bound that keeps a sentence of thousands of values linear. */
#define TJ_CONTEXT_BYTES 300

/* For a document that has no region of its own (a digest of many places):
 * the last place named before the sentence in its paragraph, else the first
 * the headings above it name (安徽省已赶超上海 / …工业增加值同比增长26.3%);
 * the country is never carried. */
static int32_t context_region(const tj_doc *d, const tj_sentence *sen) {
    const tj_env *env = tj_priv_of(d)->env;
    uint32_t p0 = sen->para ? d->sentences[sen->para - 1].b0 : sen->b0, e = sen->b0;
    if (e > p0 + TJ_CONTEXT_BYTES) p0 = (uint32_t)tj_prev(d->s, e - TJ_CONTEXT_BYTES + 1);
    tj_places pl = {0};
    if (e > p0) scan_places(env, d->s + p0, e - p0, 0, &pl);
    if (pl.actor == 1) return pl.last;
    for (int32_t id = sen->section; id > 0; id = d->sections[id - 1].parent) {
        const tj_section *sc = &d->sections[id - 1];
        tj_places hp = {0};
        if (sc->title.p) scan_places(env, (const unsigned char *)sc->title.p, sc->title.n, 0, &hp);
        if (hp.first && hp.first != TJ_REGION_CHINA) return hp.first;
    }
    return 0;
}

/* The division a row is about.  own_subject: the subject was read from the
 * row's own clause (not carried from an earlier one); [a, b): its clause
 * before the value's verbs. */
static int32_t row_region(const tj_doc *d, const tj_indicator *row, const char *subj, size_t n, int own_subject,
                          uint32_t a, uint32_t b, tj_labeler *lb) {
    const tj_env *env = tj_priv_of(d)->env;
    const tj_sentence *sen = &d->sentences[row->sentence - 1];
    int32_t doc = d->info.region;
    size_t len;
    if (row->scope.p) { /* 全国 before a rank is its field, not its place */
        const tj_word *w = tj_ws_at(&env->lex.scope_words, (const unsigned char *)row->scope.p, row->scope.n, 0, &len);
        if (w && w->tag == TJ_SCOPE_COUNTRY && row->kind != TJ_K_RANK) return TJ_REGION_CHINA;
        if (w && w->tag == TJ_SCOPE_WHOLE) return doc;
    }
    tj_places in_subject = {0}, in_clause = {0};
    scan_places(env, (const unsigned char *)subj, n, doc, &in_subject);
    if (in_subject.owner_zone || in_subject.distinct > 1 || in_subject.foreign_head) return 0;
    if (in_subject.head && own_subject) return in_subject.head;
    if (b > a) scan_places(env, d->s + a, b - a, doc, &in_clause);
    if (in_clause.owner_zone) return 0;
    /* the place named before the value in its clause; in a document of its
     * own region, one inside it and not one of a list of places (在大连、
     * 天津…等十五个港口) */
    if (in_clause.last && (!doc || (in_clause.distinct == 1 && tj_region_within(in_clause.last, doc))))
        return in_clause.last;
    /* else the actor of the sentence before the clause: a zone (青岛自贸片区…，
     * 实现外贸进出口1422亿元) leaves the row without a region */
    /* the sentence before the clause, read once: each row of the sentence
     * reads on from where the last one stopped */
    if (lb->before0 != sen->b0 || lb->before1 > a) {
        memset(&lb->before, 0, sizeof lb->before);
        lb->before0 = lb->before1 = sen->b0;
    }
    if (a > lb->before1) {
        /* a ； ends what was said before it (…大小凉山地区驶入“动车时代”…；
         * 高速公路通车里程新增3000公里: not 凉山's) */
        tj_places more = {0};
        more.fresh = 1;
        scan_places(env, d->s + lb->before1, a - lb->before1, doc, &more);
        if (more.cut) memset(&lb->before, 0, sizeof lb->before);
        merge_places(&lb->before, &more, 1);
        lb->before1 = a;
    }
    const tj_places *before = &lb->before;
    if (before->actor == 2) return 0;
    if (before->actor == 1 && (!doc || (before->distinct == 1 && tj_region_within(before->last, doc))))
        return before->last;
    if (in_subject.head) return in_subject.head;
    if (doc) return doc;
    if (lb->context_sentence != row->sentence) { /* the rows of a sentence share it */
        lb->context = context_region(d, sen);
        lb->context_sentence = row->sentence;
    }
    return lb->context;
}

/* The concept named by s[i..e) or, failing that, by it without a rate noun
 * (湖北省GDP增速 → GDP: a growth rate or a share of GDP, and a rank of it,
 * are rows of GDP whose kind says the rest), or -1. */
static int concept_of(const tj_env *env, const char *s, size_t i, size_t e) {
    size_t len;
    int k = tj_concept_find(&env->concepts, s + i, e - i);
    if (k >= 0) return k;
    const tj_word *r = tj_ws_before(&env->lex.rate_nouns, (const unsigned char *)s, e, &len);
    if (r && e - len > i) k = tj_concept_find(&env->concepts, s + i, e - len - i);
    return k;
}

/* The end of a place name that opens s[i..n), or i: the longest, or with
 * shorter = 1 the shortest (青岛|市场主体 as well as 青岛市|场主体). */
static size_t place_at(const tj_env *env, const unsigned char *s, size_t n, size_t i, int shorter) {
    size_t len;
    if (!tj_ws_at(&env->regions.ws, s, n, i, &len)) return i;
    size_t e = i + len;
    if (shorter)
        for (size_t j = tj_prev(s, e); j > i; j = tj_prev(s, j))
            if (tj_ws_at(&env->regions.ws, s, j, i, &len) && i + len == j) e = j;
    return e;
}

/* The length of a word that opens s[i..n) and is no part of the name of a
 * concept: a foreign country (美国|CPI), a lead word (实施|棚户区改造); 0 if none. */
static size_t opener_at(const tj_env *env, const unsigned char *s, size_t n, size_t i) {
    size_t len = foreign_owner_at(env, s, n, i);
    if (len) return len;
    const tj_word *w = tj_ws_at(&env->lex.lead_words, s, n, i, &len);
    if (w && w->tag == TJ_LW_LEAD) return len;
    return tj_ws_at(&env->lex.concept_leads, s, n, i, &len) ? len : 0;
}

/* The concept a cleaned subject names: as it is, else without what opens it —
 * place names (山东省青岛市…, or a shorter one: 青岛|市场主体), a zone that
 * owns it (青岛自贸片区|实际利用外资), a foreign country (美国|CPI), a lead word
 * (实施|棚户区改造) — at most four of them.  *from: where the name of the concept starts in the subject. */
static int row_concept(const tj_env *env, const char *subj, size_t n, size_t *from) {
    const unsigned char *s = (const unsigned char *)subj;
    size_t i = 0, len;
    int k = concept_of(env, subj, 0, n);
    for (int step = 0; k < 0 && i < n && step < 4; step++) {
        size_t e = place_at(env, s, n, i, 0);
        if (e > i) {
            for (int shorter = 0; shorter < 2 && k < 0; shorter++) {
                size_t z = place_at(env, s, n, i, shorter);
                const tj_word *zw = tj_ws_at(&env->lex.not_divisions, s, n, z, &len);
                if (zw) z += len; /* 青岛自贸片区 */
                if ((k = concept_of(env, subj, z, n)) >= 0) i = z;
            }
            if (k < 0) i = e;
            continue;
        }
        size_t ol = opener_at(env, s, n, i);
        if (!ol) break;
        i += ol;
        k = concept_of(env, subj, i, n);
    }
    *from = i;
    return k;
}

/* A subject that is only a place other than the document's own (广东省以
 * 27117.96亿元居于全国首位, in a digest) speaks of what the document spoke of
 * last: 广东省 + GDP.  (The document's own place alone is itself ranked.) */
static size_t with_topic(const tj_doc *d, char *buf, size_t n, size_t cap, const tj_labeler *lb) {
    const tj_env *env = tj_priv_of(d)->env;
    const unsigned char *s = (const unsigned char *)buf;
    size_t e = 0, len;
    while (e < n) {
        size_t p = place_at(env, s, n, e, 0);
        if (p == e) break;
        e = p;
    }
    if (!n || e != n || !lb->ntopic || n + lb->ntopic > cap) return n;
    const tj_word *w = tj_ws_at(&env->regions.ws, s, n, 0, &len);
    if (d->info.region && w && tj_region_pick(&env->regions, w, d->info.region) == d->info.region) return n;
    memcpy(buf + n, lb->topic, lb->ntopic);
    return n + lb->ntopic;
}

/* A cleaned subject without what no subject opens with: 的 (投资3800万元的|
 * 背街巷道改造) or a mark (“十四五”|规划共设置26项指标). */
static size_t without_lead_marks(const tj_env *env, char *buf, size_t n) {
    for (;;) {
        size_t ol;
        const unsigned char *b = (const unsigned char *)buf;
        const tj_word *of = tj_ws_at(&env->lex.function_words, b, n, 0, &ol);
        if (!(of && of->tag == TJ_FW_OF) && !tj_ws_at(&env->lex.lead_marks, b, n, 0, &ol)) return n;
        if (ol >= n) return n;
        memmove(buf, buf + ol, n - ol);
        n -= ol;
    }
}

/* A basis as a person types it: without the line breaks and spaces of a
 * wrapped line (扣除留抵退税因\n素后, 比\n上年). */
static int clean_basis(tj_doc *d, tj_indicator *row) {
    char buf[TJ_MAX_LABEL];
    if (!row->basis.p || row->basis.n > sizeof buf) return 0;
    size_t n = tj_clean_phrase((const unsigned char *)row->basis.p, row->basis.n, 0, buf, sizeof buf);
    if (n == row->basis.n && !memcmp(buf, row->basis.p, n)) return 0;
    char *p = n ? tj_arena_strndup(d->arena, buf, n) : NULL;
    if (n && !p) return -1;
    row->basis.p = p;
    row->basis.n = (uint32_t)n;
    return 0;
}

int tj_label_row(tj_doc *d, tj_indicator *row, uint32_t clause0, uint32_t clause1, tj_labeler *lb) {
    const tj_env *env = tj_priv_of(d)->env;
    char buf[TJ_MAX_LABEL];
    size_t n = 0, from = 0;
    const unsigned char *sp = (const unsigned char *)row->subject.p;
    int own_subject = sp && sp >= d->s + clause0 && sp < d->s + row->b0;
    if (row->subject.p && row->subject.n <= TJ_MAX_LABEL - sizeof lb->topic) {
        n = tj_clean_phrase((const unsigned char *)row->subject.p, row->subject.n, TJ_CLEAN_NOTES, buf,
                            TJ_MAX_LABEL - sizeof lb->topic);
        n = without_lead_marks(env, buf, n);
        n = with_topic(d, buf, n, sizeof buf, lb);
        if (n != row->subject.n || memcmp(buf, row->subject.p, n) != 0) { /* the cleaned subject, when it differs */
            char *p = n ? tj_arena_strndup(d->arena, buf, n) : NULL;
            if (n && !p) return -1;
            row->subject.p = p;
            row->subject.n = (uint32_t)n;
        }
    }
    int k = n ? row_concept(env, buf, n, &from) : -1;
    row->concept = (int16_t)(k + 1);
    if (k >= 0 && n - from <= sizeof lb->topic) { /* the topic now: the concept's name as written */
        memcpy(lb->topic, buf + from, n - from);
        lb->ntopic = n - from;
    }
    row->region = row_region(d, row, buf, n, own_subject, clause0, clause1, lb);
    return clean_basis(d, row);
}

void tj_labeler_init(const tj_doc *d, tj_labeler *lb) {
    const tj_env *env = tj_priv_of(d)->env;
    const unsigned char *t = (const unsigned char *)d->info.title.p;
    size_t n = d->info.title.n, len;
    memset(lb, 0, sizeof *lb);
    for (size_t i = 0; t && i < n; i = tj_ws_next(t, n, i)) {
        const tj_word *w = tj_ws_at(&env->concepts.ws, t, n, i, &len);
        if (w && len <= sizeof lb->topic) { /* 27省份一季度GDP出炉 */
            memcpy(lb->topic, t + i, len);
            lb->ntopic = len;
            return;
        }
    }
}
