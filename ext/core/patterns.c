/*
 * patterns.c — every built-in PCRE2 pattern, compiled and JIT-compiled once
 * per tj_env (one per SQLite connection).  All are anchored at compile time:
 * PCRE2's JIT does not support PCRE2_ANCHORED as a match-time option.
 */
#include "internal.h"

static const char *const PATTERNS[TJ_PAT_COUNT] = {
    /* TJ_PAT_HEAD_CHAPTER: 第一编 第二章 第三节 第十条 第一部分 */
    [TJ_PAT_HEAD_CHAPTER] = "第[一二三四五六七八九十百零〇两0-9０-９]{1,5}(?:编|章|节|条|部分)",
    /* TJ_PAT_HEAD_ORD: 第一、 第二， — ordinals that open the points of a speech */
    [TJ_PAT_HEAD_ORD] = "第[一二三四五六七八九十]{1,3}[、，,](?![一二三四五六七八九十])",
    /* TJ_PAT_HEAD_CJK: 一、 十二、 */
    [TJ_PAT_HEAD_CJK] = "[一二三四五六七八九十]{1,3}[、](?![一二三四五六七八九十两])",
    /* TJ_PAT_HEAD_PCJK: （一） (一) 〔一〕 【一】 */
    [TJ_PAT_HEAD_PCJK] = "[（(〔【][一二三四五六七八九十]{1,3}[）)〕】]",
    /* TJ_PAT_HEAD_NUM: 1. 1、 １． 12. — not 1.5 */
    [TJ_PAT_HEAD_NUM] = "[0-9０-９]{1,2}[.．、](?![0-9０-９])",
    /* TJ_PAT_HEAD_PNUM: （1） (1) 1) */
    [TJ_PAT_HEAD_PNUM] = "(?:[（(][0-9０-９]{1,2}[）)]|[0-9０-９]{1,2}[)）])",
    /* TJ_PAT_HEAD_CIRCLED: ① … ⑳ */
    [TJ_PAT_HEAD_CIRCLED] = "[\\x{2460}-\\x{2473}]",
    /* TJ_PAT_HEAD_DASH: —— lead (em dashes, box-drawing or horizontal bars) */
    [TJ_PAT_HEAD_DASH] = "(?:——|――|──|－－)",
    /* TJ_PAT_HEAD_MD: Markdown # … ###### */
    [TJ_PAT_HEAD_MD] = "#{1,6}(?!#)",
    /* TJ_PAT_JUMP: a newspaper's continuation note, (上接封面) （下转第二版） */
    [TJ_PAT_JUMP] = "[（(〔](?:上接|下转|接上|转下|上转|下接|紧接)[^）)〕\\n]{0,12}[）)〕]",
    /* TJ_PAT_CAPTION: a table or figure caption, 表1 图 2： 附表3 */
    [TJ_PAT_CAPTION] = "(?:附)?[表图]\\s*[0-9０-９]{1,3}(?![0-9０-９.．])",
};

/* PCRE2's memory comes from the core's allocator too (its JIT's executable
 * pages excepted, which PCRE2 maps itself). */
static void *pcre_malloc(PCRE2_SIZE n, void *data) {
    (void)data;
    return tj_malloc(n);
}
static void pcre_free(void *p, void *data) {
    (void)data;
    tj_free(p);
}

int tj_patterns_compile(tj_env *env, const char **err) {
    env->jit = 1;
    env->gctx = pcre2_general_context_create(pcre_malloc, pcre_free, NULL);
    pcre2_compile_context *cc = env->gctx ? pcre2_compile_context_create(env->gctx) : NULL;
    if (!cc) {
        *err = tj_err_nomem;
        return -1;
    }
    for (int p = 0; p < TJ_PAT_COUNT; p++) {
        int ec;
        PCRE2_SIZE eo;
        env->pat[p] = pcre2_compile((PCRE2_SPTR)PATTERNS[p], PCRE2_ZERO_TERMINATED,
                                    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_ANCHORED, &ec, &eo, cc);
        if (!env->pat[p]) {
            *err = ec == PCRE2_ERROR_HEAP_FAILED ? tj_err_nomem : "cannot compile a built-in pattern";
            pcre2_compile_context_free(cc);
            return -1;
        }
        /* the JIT failing (no memory for it, a platform without it) leaves the interpreter */
        if (pcre2_jit_compile(env->pat[p], PCRE2_JIT_COMPLETE) != 0) env->jit = 0;
    }
    pcre2_compile_context_free(cc);
    return 0;
}

void tj_patterns_free(tj_env *env) {
    for (int p = 0; p < TJ_PAT_COUNT; p++) {
        pcre2_code_free(env->pat[p]);
        env->pat[p] = NULL;
    }
    pcre2_general_context_free(env->gctx);
    env->gctx = NULL;
}

int tj_pat_match_at(const tj_env *env, int p, tj_priv *pv, const unsigned char *s, size_t n, size_t i, size_t *end) {
    int rc = pcre2_match(env->pat[p], (PCRE2_SPTR)s, n, i, 0, pv->md, NULL);
    if (rc > 0) {
        *end = pcre2_get_ovector_pointer(pv->md)[1];
        return 1;
    }
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc == PCRE2_ERROR_NOMEMORY) { /* the interpreter's frames: the analysis fails as out of memory */
        pv->oom = 1;
        return 0;
    }
    /* a real failure (a resource limit): remember the first one, so that the
     * caller can report it instead of silently returning fewer rows */
    if (!pv->pcre_error) pv->pcre_error = rc;
    return 0;
}
