/* lexicon.c — the word tables.  Data only: each table is one array. */
#include "lexicon.h"

#include <string.h>

#include "tongji_core.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Units and classifiers.  tag: quantity kind; norm: the unit reported (as
 * written, with a suffix such as 人民币 folded); extra: ISO 4217 code. */
static const tj_word UNITS[] = {
    /* money */
    {"元人民币", TJ_Q_MONEY, 0, "元", "CNY"},
    {"元", TJ_Q_MONEY, 0, "元", "CNY"},
    {"人民币", TJ_Q_MONEY, 0, "元", "CNY"},
    {"美元", TJ_Q_MONEY, 0, "美元", "USD"},
    {"欧元", TJ_Q_MONEY, 0, "欧元", "EUR"},
    {"港元", TJ_Q_MONEY, 0, "港元", "HKD"},
    {"港币", TJ_Q_MONEY, 0, "港币", "HKD"},
    {"日元", TJ_Q_MONEY, 0, "日元", "JPY"},
    {"英镑", TJ_Q_MONEY, 0, "英镑", "GBP"},
    {"韩元", TJ_Q_MONEY, 0, "韩元", "KRW"},
    {"卢布", TJ_Q_MONEY, 0, "卢布", "RUB"},
    /* percent and points */
    {"%", TJ_Q_PERCENT, 0, "%", 0},
    {"\xEF\xBC\x85", TJ_Q_PERCENT, 0, "%", 0}, /* ％ */
    {"\xE2\x80\xB0", TJ_Q_PERCENT, 0, "\xE2\x80\xB0", 0}, /* ‰ */
    {"个百分点", TJ_Q_POINTS, 0, "个百分点", 0},
    {"百分点", TJ_Q_POINTS, 0, "个百分点", 0},
};

/* Lines a saved web page or a news page shows around its text.  tag 1: a
 * word that fills the line alone (下载 打印 全屏, possibly several on a line);
 * tag 2: the start of a source, date or navigation line (来源：…, 当前位置…). */
static const tj_word NAV_LINES[] = {
    {"下载", 1, 0, 0, 0},     {"打印", 1, 0, 0, 0},     {"全屏", 1, 0, 0, 0},     {"收藏", 1, 0, 0, 0},
    {"字号", 1, 0, 0, 0},     {"分享", 1, 0, 0, 0},     {"关闭", 1, 0, 0, 0},     {"返回顶部", 1, 0, 0, 0},
    {"大", 1, 0, 0, 0},       {"中", 1, 0, 0, 0},       {"小", 1, 0, 0, 0},       {"【", 1, 0, 0, 0},
    {"】", 1, 0, 0, 0},       {"来源：", 2, 0, 0, 0},   {"来源:", 2, 0, 0, 0},    {"时间：", 2, 0, 0, 0},
    {"时间:", 2, 0, 0, 0},    {"发布时间", 2, 0, 0, 0}, {"作者：", 2, 0, 0, 0},   {"作者:", 2, 0, 0, 0},
    {"责任编辑", 2, 0, 0, 0}, {"编辑：", 2, 0, 0, 0},   {"编辑:", 2, 0, 0, 0},    {"字号：", 2, 0, 0, 0},
    {"浏览次数", 2, 0, 0, 0},
    {"【字体", 2, 0, 0, 0},   {"当前位置", 2, 0, 0, 0}, {"首页", 2, 0, 0, 0},
};

int tj_lexicon_init(tj_lexicon *lx) {
    memset(lx, 0, sizeof *lx);
    if (tj_wordset_init(&lx->units, UNITS, N(UNITS)) || tj_wordset_init(&lx->nav_lines, NAV_LINES, N(NAV_LINES))) {
        tj_lexicon_free(lx);
        return -1;
    }
    return 0;
}

void tj_lexicon_free(tj_lexicon *lx) {
    tj_wordset_free(&lx->units);
    tj_wordset_free(&lx->nav_lines);
}
