/*
 * lexicon.h — tongji's vocabulary: every word table, as data, in lexicon.c.
 * A new unit, verb or scope word is a one-line change there.
 */
#ifndef TONGJI_LEXICON_H
#define TONGJI_LEXICON_H

#include "wordset.h"

/* One wordset per concept; the meaning of tag/arg is given per table in
 * lexicon.c. */
typedef struct tj_lexicon {
    tj_wordset units;         /* units and classifiers: tag = TJ_Q_* kind */
    tj_wordset nav_lines;     /* lines of saved web pages that are never text */
    tj_wordset byline_words;  /* 记者 通讯员 报道 …: a byline, never a title */
    tj_wordset period_words;  /* 今年 全年 上半年 年末 目前 …: tag = TJ_PW_* */
    tj_wordset period_prefix; /* 截至 从 …: tag = TJ_PW_TO_DATE / TJ_PW_FROM */
    tj_wordset period_suffix; /* 以来 起 末 底 …: tag = TJ_PW_* */
    tj_wordset basis_cues;    /* 比 较 与 高于 …: a time right after is a comparison */
    tj_wordset qual_before;   /* 约 近 超过 不足 …: tag = TJ_QUAL_*, 0 = look-alike */
    tj_wordset qual_after;    /* 左右 以上 以内 多 余 …: tag = TJ_QUAL_* */
    tj_wordset name_after;    /* 号 届 版 期 …: the number is part of a name */
    tj_wordset name_phrases;  /* 三次产业 两个维护 一带一路 …: names that start with a numeral */
    tj_wordset name_before;   /* 注 附件: a number in digits right after is a label (注1) */
    tj_wordset rank_verbs;    /* 挤进 跻身 位列 …: N强 after them is a rank */
    /* indicators */
    tj_wordset tail_words;  /* words between a subject and its value: tag = TJ_TW_* */
    tj_wordset lead_words;  /* words that open a clause but are not its subject: 其中 累计 完成 */
    tj_wordset scope_words; /* 全市 全省 我市 全国 …: tag = TJ_SCOPE_* */
    tj_wordset not_divisions; /* 高新区 交易所 东北 …: tag = TJ_ND_* */
    tj_wordset rate_nouns;    /* 增速 占比 …: a rate of what the concept names; tag = TJ_K_* */
    tj_wordset concept_leads; /* 实施 开展 …: open a subject, not a concept's name */
    tj_wordset list_heads;    /* 产量 增加值 …: heads of measure a list of subjects shares */
    tj_wordset enumerations;  /* 三次产业: a whole named by its members' number (arg), members in norm */
    tj_wordset vague_heads; /* 总量 数量 这一比例: point back to an earlier subject */
    tj_wordset status_cues; /* 预期目标 力争 预计 …: tag = TJ_S_* */
    tj_wordset rank_words;  /* 首位 榜首 冠军: ranks without a numeral */
    tj_wordset basis_words; /* 同比 环比 年均 …: tag = TJ_BW_* */
    tj_wordset bare_heads;  /* 投资 收入 配租 …: heads that need the sentence's topic */
    tj_wordset plan_titles; /* 工作安排 重点工作 …: a heading of plans */
    /* the document as a whole (doc_info) */
    tj_wordset doc_words;    /* words of a document's opening lines: tag = TJ_DW_* */
    tj_wordset month_names;  /* Jan … Dec (a news timestamp): arg = month */
} tj_lexicon;

/* Tags of the document words: what a word says about the document or about
 * the line of its opening that holds it. */
enum {
    TJ_DW_REPORT = 1,  /* 政府工作报告: the document is a work report */
    TJ_DW_BULLETIN,    /* 统计公报: a statistical bulletin */
    TJ_DW_STATS_ISSUER, /* 统计局 调查队: a line naming the issuer of statistics (a bulletin) */
    TJ_DW_TITLE_END,   /* 报告 公报: a title ends with one (a title broken over two lines does not) */
    TJ_DW_SALUTATION,  /* 各位代表: the body begins */
    TJ_DW_SOURCE,      /* 来源 记者 原标题 本报讯: a source or byline (a news article), never a title */
    TJ_DW_DATELINE,    /* 会议上: ——2026年1月27日在…会议上 */
    TJ_DW_SIGNATURE,   /* 省长 区长: 海南省省长 刘小明 */
    TJ_DW_ISSUER,      /* 人民政府 统计局: the issuer's line */
    TJ_DW_CONGRESS,    /* 人民代表大会: a dateline at a people's congress (a work report) */
};

/* Tags of the tail words (between a subject and its value). */
enum {
    TJ_TW_STOP = 0,  /* a noun that only looks like a verb: 增加值 */
    TJ_TW_UP,        /* 增长 提高 上涨: a rise */
    TJ_TW_DOWN,      /* 下降 减少 回落: a fall (negative value) */
    TJ_TW_NOUN_UP,   /* 增速 增幅 涨幅 增长率: a rate of change named by a noun */
    TJ_TW_NOUN_DOWN, /* 降幅 跌幅 */
    TJ_TW_LEVEL,     /* 为 是 达 达到 实现 完成 共 累计: the value is a level */
    TJ_TW_TO,        /* 到 至: 提高到 X is a level */
    TJ_TW_ADV,       /* 分别 均 已 仍 将: carries nothing */
    TJ_TW_SHARE,     /* 占比 比重 所占比例: a share */
    TJ_TW_RANK,      /* 居 位居 位列 排名: a rank's field follows */
    TJ_TW_DIFF_UP,   /* 高于 快于 高出: a difference from what follows */
    TJ_TW_DIFF_DOWN, /* 低于 慢于: a negative difference */
    TJ_TW_DE,        /* 的 */
};
/* Tags of the lead words. */
enum {
    TJ_LW_LEAD = 0, /* 其中 累计 完成: opens a clause, not part of its subject */
    TJ_LW_WORD,     /* 再就业: a word that only begins like one */
};
/* Tags of the scope words: whose area they name. */
enum {
    TJ_SCOPE_WHOLE = 1, /* 全市 我省: the document's own area */
    TJ_SCOPE_COUNTRY,   /* 全国 我国: the country */
};
/* Tags of the words of things that are no division. */
enum {
    TJ_ND_ANYWHERE = 1, /* 高新区 交易所: wherever it stands as the owner of what is measured */
    TJ_ND_AFTER_PLACE,  /* 港 机场: right after a place name (青岛港) */
};
/* Tags of the basis words. */
enum {
    TJ_BW_CONVENTION = 1, /* 同比 按可比价格计算: a convention that tells two values apart */
    TJ_BW_AVERAGE,        /* 年均 五年平均: an average over years (dated by a heading's span) */
};
/* Tags of the status cues. */
enum {
    TJ_SC_TARGET = 1, /* 力争 确保 计划 要 将: a goal, until the next ； */
    TJ_SC_FORECAST,   /* 预计 有望 可实现: a forecast, until the next ； */
    TJ_SC_ACTUAL,     /* a look-alike (重要, 虚拟): no cue */
    TJ_SC_GOALS,      /* 预期目标 主要目标 目标是: opens a list of goals */
    TJ_SC_DONE,       /* 已 截至: what follows has happened */
};

/* Tags of the period tables. */
enum {
    TJ_PW_REL = 1,     /* 今年 去年 明年: arg = year offset */
    TJ_PW_YEARLESS,    /* 全年 当年 年内: the year of the context */
    TJ_PW_HALF,        /* 上半年 下半年: arg = 1 or 2 */
    TJ_PW_YEAR_END,    /* 年末 年底 */
    TJ_PW_YEAR_START,  /* 年初 */
    TJ_PW_NOW,         /* 目前 当前 迄今: up to now, no dates */
    TJ_PW_DAY,         /* 当日 同日 昨日: a day, no dates */
    TJ_PW_MONTH,       /* 当月 本月: a month, no dates */
    TJ_PW_VAGUE_SINCE, /* 一年来 近年来 多年来: up to now, no dates */
    TJ_PW_PAST_YEAR,   /* 过去一年: arg = year offset */
    TJ_PW_CENTURY_END, /* 本世纪末 */
    TJ_PW_YEAR_SO_FAR, /* 一年来: the year under review */
    TJ_PW_YEAR_TO_DATE, /* 年内: from the start of the year of the context on */
    TJ_PW_TO_DATE,     /* prefix 截至 截止 */
    TJ_PW_FROM,        /* prefix 从 自 */
    TJ_PW_SINCE,       /* suffix 以来 */
    TJ_PW_ONWARD,      /* suffix 起 */
    TJ_PW_END,         /* suffix 末 底 */
    TJ_PW_WITHIN,      /* suffix 内 */
};

int tj_lexicon_init(tj_lexicon *lx); /* 0 or -1 */
/* The country's names that are no division's (REGION_WORDS), for regions.c. */
const tj_word *tj_lexicon_region_words(size_t *n);
void tj_lexicon_free(tj_lexicon *lx);

#endif
