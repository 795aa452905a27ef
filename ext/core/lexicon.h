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
    tj_wordset span_words;    /* 过去 近 这 前 (过去五年): tag = TJ_SW_* */
    tj_wordset basis_cues;    /* 比 较 与 高于 …: a time right after is a comparison */
    tj_wordset qual_before;   /* 约 近 超过 不足 …: tag = TJ_QUAL_*, 0 = look-alike */
    tj_wordset qual_after;    /* 左右 以上 以内 多 余 …: tag = TJ_QUAL_* */
    tj_wordset name_after;    /* 号 届 版 期 …: the number is part of a name */
    tj_wordset name_phrases;  /* 三次产业 两个维护 一带一路 …: names that start with a numeral */
    tj_wordset unit_name_after; /* 期 级 行动 …: after a number and its unit, a name (10年期, 20万吨级) */
    tj_wordset name_before;   /* 注 附件: a number in digits right after is a label (注1) */
    tj_wordset rank_verbs;    /* 挤进 跻身 位列 …: N强 after them is a rank */
    /* indicators */
    tj_wordset tail_words;  /* words between a subject and its value: tag = TJ_TW_* */
    tj_wordset lead_words;  /* words that open a clause but are not its subject: 其中 累计 完成 */
    tj_wordset scope_words; /* 全市 全省 我市 全国 …: tag = TJ_SCOPE_* */
    tj_wordset not_divisions; /* 高新区 交易所 东北 …: tag = TJ_ND_* */
    tj_wordset partner_flows; /* 进出口 出口 贸易 …: after a foreign name, a flow with it (欧盟进出口) */
    tj_wordset route_joiners; /* 至 到: between two places, the name of a route (济南至宁津) */
    tj_wordset range_marks;   /* — - ~ 至 到: between the numbers of a range; tag = TJ_RM_* */
    tj_wordset sign_words;    /* 税负 减负: words that end in 负, which is then no minus sign (税负5700亿元) */
    tj_wordset times_marks; /* ×: after a count of units, before their size (2×66万千瓦): the count is no value */
    tj_wordset rate_nouns;    /* 增速 占比 …: a rate of what the concept names; tag = TJ_K_* */
    tj_wordset concept_leads; /* 实施 开展 …: open a subject, not a concept's name */
    tj_wordset list_heads;    /* 产量 增加值 …: heads of measure a list of subjects shares */
    tj_wordset enumerations;  /* 三次产业: a whole named by its members' number (arg), members in norm */
    tj_wordset vague_heads; /* 总量 数量 这一比例: point back to an earlier subject */
    tj_wordset status_cues; /* 预期目标 力争 预计 …: tag = TJ_S_* */
    tj_wordset rank_words;  /* 首位 榜首 冠军: ranks without a numeral */
    tj_wordset basis_words; /* 同比 环比 年均 …: tag = TJ_BW_* */
    tj_wordset bare_heads;  /* 投资 收入 配租 …: heads that need the sentence's topic */
    tj_wordset stage_words; /* 建成通车 投入使用 全部 …: a project's stage after its name; tag = TJ_ST_* */
    tj_wordset demonstratives; /* 该项 这方面的 …: point back to an earlier subject */
    tj_wordset subgroups;      /* 城市 农村 …: narrow the subject named before */
    tj_wordset plan_titles; /* 工作安排 重点工作 工作回顾 …: a heading of plans or of review; tag = TJ_PT_* */
    tj_wordset function_words; /* 的 和 等 已 每 …: tag = TJ_FW_*, arg = TJ_FWF_* */
    tj_wordset comparatives;   /* 高 低 多 少 快 慢 (比X高): tag = TJ_CMP_* */
    tj_wordset basis_frames;   /* 扣除…后 按…计算 与…相比: tag = TJ_BF_* */
    tj_wordset plan_names;     /* 一五 … 十五 (a five-year plan): tag = its number, arg = its first year */
    tj_wordset heading_marks;  /* 第 （ —— 附 编 章 …: tag = TJ_HM_* */
    tj_wordset table_heads;    /* 单位 比上年增长 比重 产量: a column's role, tag = TJ_TH_* */
    tj_wordset cell_marks;     /* | * # (#住宅: of which): around the text of a table's cell; tag = TJ_CM_* */
    tj_wordset lead_marks;     /* ： —— ） ” 、: marks no subject starts with */
    tj_wordset trail_marks;    /* “ （ 《: marks no subject ends with */
    tj_wordset list_separators; /* 、 和 及 与: between the items of a list of values */
    tj_wordset per_units;       /* 月 人 户 (元/月): after a slash, what a unit is counted per */
    tj_wordset goal_heads;      /* 目标 调控目标: end a subject, name the goal, not the indicator */
    tj_wordset rank_fields;     /* 全国 世界 全球: the field a rank is in, right before it (全国第一) */
    tj_wordset cue_noun_before; /* 行动 工作 (行动计划): make the cue of a goal after them a noun */
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
    TJ_DW_MEETING,     /* 会议: a line ending with it names an occasion (——一九八三年六月六日在…会议) */
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
/* Is w (NULL for none) a verb of change, a rise or a fall (增长, 下降)? */
static inline int tj_tw_changes(const tj_word *w) { return w && (w->tag == TJ_TW_UP || w->tag == TJ_TW_DOWN); }
/* Tags of the words of a table's header (what the cells of a column are). */
enum {
    TJ_TH_UNIT = 1, /* 单位: the row's cell in this column is the unit of its values */
    TJ_TH_CHANGE,   /* 比上年增长（%）: changes; extra = the basis (比上年) */
    TJ_TH_SHARE,    /* 比重（%）: shares */
    TJ_TH_MEASURE,  /* 产量: the row's label names this measure (汽车 + 产量) */
};
/* Tags of the cell marks. */
enum {
    TJ_CM_MARK = 0,  /* * # 其中：: around a cell's text */
    TJ_CM_SEPARATOR, /* | ｜: between cells; a cell that opens with one ends only at the next (| 渔  业 |) */
};
/* Tags of the lead words. */
enum {
    TJ_LW_LEAD = 0, /* 其中 累计 完成: opens a clause, not part of its subject */
    TJ_LW_WORD,     /* 再就业: a word that only begins like one */
    TJ_LW_POINT,    /* 是: after a numeral that opens a clause, the point of a list (三是), else a word */
};
/* Flags of the lead words (arg). */
enum {
    TJ_LWF_POINT = 1, /* 要: a lead word that after a numeral makes the point of a list too (一要) */
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
    TJ_ND_FOREIGN, /* 美国 欧元区: a foreign economy, no division; at a subject's head a place name (美国CPI) */
};
/* Tags of the basis words. */
enum {
    TJ_BW_CONVENTION = 1, /* 同比 按可比价格计算: a convention that tells two values apart */
    TJ_BW_AVERAGE,        /* 年均 五年平均: an average over years (dated by a heading's span) */
};
/* Flags (arg) of the basis words. */
enum {
    TJ_BWF_ADVERB = 1, /* 同比 年均: stands right before the verb (同比增长), not in a clause of its own */
    TJ_BWF_EACH = 2,   /* 两年分别平均: with 分别 inside it, spreads the values over a list as 分别 does */
};
/* Flags (arg) of the basis cues. */
enum {
    TJ_BCF_THAN = 1, /* 比 较: opens 比X高1.8个百分点 (the compared thing, then a comparative) */
};
/* Tags of the basis cues: a cue, or a word that only begins like one. */
enum {
    TJ_BC_CUE = 0,
    TJ_BC_WORD = 1, /* 比例 比重: no 比 of a comparison (优良水体比例提高2.3个百分点) */
};
/* The qualifier after a number that starts at byte i / ends at byte i, not a
 * look-alike (tag 0: 5条多式联运, 一个多功能厅). */
static inline const tj_word *tj_qual_after_at(const tj_lexicon *lx, const unsigned char *s, size_t n, size_t i,
                                              size_t *len) {
    const tj_word *w = tj_ws_at(&lx->qual_after, s, n, i, len);
    return w && w->tag ? w : NULL;
}
static inline const tj_word *tj_qual_after_before(const tj_lexicon *lx, const unsigned char *s, size_t i, size_t *len) {
    const tj_word *w = tj_ws_before(&lx->qual_after, s, i, len);
    return w && w->tag ? w : NULL;
}
/* The basis cue that starts at byte i / ends at byte i, not a look-alike. */
static inline const tj_word *tj_basis_cue_at(const tj_lexicon *lx, const unsigned char *s, size_t n, size_t i,
                                             size_t *len) {
    const tj_word *w = tj_ws_at(&lx->basis_cues, s, n, i, len);
    return w && w->tag != TJ_BC_WORD ? w : NULL;
}
static inline const tj_word *tj_basis_cue_before(const tj_lexicon *lx, const unsigned char *s, size_t i, size_t *len) {
    const tj_word *w = tj_ws_before(&lx->basis_cues, s, i, len);
    return w && w->tag != TJ_BC_WORD ? w : NULL;
}
/* Tags of the comparatives (比全国高1.8个百分点). */
enum {
    TJ_CMP_MORE = 1, /* 高 多 快: a positive difference */
    TJ_CMP_LESS,     /* 低 少 慢: a negative difference */
};
/* Tags of the basis frames: words that open or close a phrase of convention
 * (扣除留抵退税因素后, 按可比价格计算) or a comparison (与2021年底相比). */
enum {
    TJ_BF_OPEN = 1,      /* 扣除 按 以 */
    TJ_BF_CLOSE,         /* 后 计算 因素 */
    TJ_BF_COMPARED,      /* 相比 相较: after the time a value is compared with */
    TJ_BF_SETTING_OPEN,  /* 在: 在执行中 is a setting, no subject */
    TJ_BF_SETTING_CLOSE, /* 中 下 */
    TJ_BF_FIGURE,        /* 预算 执行数: which figure of the time compared with (比上年预算增加) */
    TJ_BF_MULTIPLE,      /* 是 相当于: 是十年前的3倍 is a multiple of what follows it, up to 的 */
    TJ_BF_POINT, /* 上一交易日 上周: a point compared with that is no period (较上一交易日跌127个基点) */
};
/* Tags of the function words. */
enum {
    TJ_FW_WORD = 0,   /* a word that only begins like one (及其) */
    TJ_FW_OF,         /* 的 */
    TJ_FW_AND,        /* 和 及 与: joins the parts of a list */
    TJ_FW_OR,         /* 或 */
    TJ_FW_ETC,        /* 等: ends a list of examples */
    TJ_FW_ADVERB,     /* 已 将 均 正: the predicate begins (29个项目已启动) */
    TJ_FW_PUT,        /* 放在 摆在: 放在第一位 is no rank */
    TJ_FW_EMPTY_VERB, /* 完成 实现 累计: a verb whose object is the head (完成投资) */
    TJ_FW_EACH,       /* 每: 每个园区聚焦1个产业 is no indicator */
    TJ_FW_VERB,       /* 是 为 在 对: a line ending in one goes on */
    TJ_FW_LEVEL_NOUN, /* 台阶 大关: 迈上10万亿元台阶 names a level, no counted noun */
    TJ_FW_PART_VERB,  /* 覆盖 惠及 贡献: 覆盖全国75%的乡镇 is a share of the 乡镇 */
    TJ_FW_GIVE,       /* 发放 拨付: 为…老年人发放高龄补贴176万元 measures what is given */
    TJ_FW_BOUND,      /* 起 不等: after a value, a bound or a spread (起售价11.98万元起), no counted noun */
    TJ_FW_SET,  /* 确定 制定 提出: a time before it and 的 tell when a goal was set (年初确定的目标) */
    TJ_FW_MAKE, /* 建设 实施 开展: a zone named after it in its clause is what is made, not who acts */
};
/* Flags (arg) of the function words. */
enum {
    TJ_FWF_GOES_ON = 1,  /* a line ending with it goes on (no heading): 是 的 和 */
    TJ_FWF_PROGRESS = 2, /* 完成年度计划的111.8%: progress against a plan, a share */
    TJ_FWF_COPULA = 4, /* 是: 重点是能源、交通建设，这方面的投资… names what 这方面 points to */
    TJ_FWF_CUMULATIVE = 8, /* 累计: a span of years right before it (支出五年累计…) is the span summed */
};
/* Tags of the heading marks: the first character of a heading's label, and
 * the words of a chapter label. */
enum {
    TJ_HM_DI = 1,   /* 第: 第一章 第一、 */
    TJ_HM_OPEN,     /* （ ( 〔 【: （一） (1) */
    TJ_HM_DASH,     /* — ― ─ －: ——一是 */
    TJ_HM_CAPTION,  /* 附 表 图: 表1 */
    TJ_HM_CHAPTER,  /* 编 章 节 条 部分: arg = its level among them (TJ_CH_*) */
    TJ_HM_GLOSSARY, /* 名词解释 注释: a line of only this opens a glossary, whose items are no headings */
    TJ_HM_ANNEX,    /* 附件 附录: with its number, the label of an annex, a part of the document of its own */
};
enum { TJ_CH_BIAN = 1, TJ_CH_ZHANG, TJ_CH_JIE, TJ_CH_TIAO, TJ_CH_BUFEN };
/* Flags of the units (arg, above the qualifier a unit word carries). */
enum {
    TJ_UF_QUAL_MASK = 0xFF, /* the qualifier (个多月: TJ_QUAL_OVER) */
    TJ_UF_TIME = 0x100,     /* 天 个月 小时: a span of time (30天内) */
    TJ_UF_YEARS = 0x200,    /* 年: 五年 is a span, never an indicator */
    TJ_UF_AGE = 0x400,      /* 岁 周岁: 16-59岁 is a bracket that defines a population */
    TJ_UF_ARTICLE = 0x800,  /* 度 点 (and spans of time): 一度 一点 before a noun is an article */
    TJ_UF_RATING = 0x1000, /* 千伏 伏: a rating that names a class of equipment (750千伏电网), never an indicator */
    TJ_UF_TIMES = 0x2000, /* 次 轮: how often something was done; a verb after it begins what (4次|降低存款准备金率) */
};
/* Flags (arg) of the qualifiers before a number. */
enum {
    TJ_QBF_BEFORE_VERB = 1, /* 至少 最多: may stand before the verb too (至少增长2%) */
};
/* Flags (arg) of the qualifiers after a number. */
enum {
    TJ_QAF_TIME_ONLY = 1, /* 内: only after a span of time (30天内, not 年内) */
    TJ_QAF_NUMERAL = 2,   /* 多 余: read by the numeral reader itself */
};
/* Flags (arg) of the tail words. */
enum {
    TJ_TWF_OBJECT = 1, /* 压减 提高: a change verb that may have its object before the value (平均压减时间58%) */
    TJ_TWF_EACH = 2,   /* 分别 分别为: the values go one to each part of a list */
    TJ_TWF_ALL = 4,    /* 均 均为: one value for every part */
    TJ_TWF_PRIOR = 8,  /* 前值: the value of an earlier period (no period of its own) */
    TJ_TWF_OWNER = 16, /* 占: X占Y的 — the subject is X, the whole Y */
    TJ_TWF_STEP = 32,  /* 迈上 跨上: a level reached; 迈上万亿元台阶 reads 万亿 alone as a number */
    TJ_TWF_FROM = 64,  /* 由 从: 由去年同期39.7%提高到43.8% — the time after it is the first value's */
    TJ_TWF_AUX = 128,  /* 将 要 再 又: a word of one character that goes with a verb of change after it
                          (排放量要下降3%), not with the subject; words of two or more always do (力争增长) */
    TJ_TWF_STREAK = 256, /* 连续: with a span of time after it (连续8年), how long, not what */
};
/* Tags of the status cues. */
enum {
    TJ_SC_TARGET = 1, /* 力争 确保 计划 要 将: a goal, until the next ； */
    TJ_SC_FORECAST,   /* 预计 有望 可实现: a forecast, until the next ； */
    TJ_SC_ACTUAL,     /* a look-alike (重要, 虚拟): no cue */
    TJ_SC_GOALS,      /* 预期目标 主要目标 目标是: opens a list of goals */
    TJ_SC_DONE,       /* 已 截至: what follows has happened */
};
/* Flags (arg) of the status cues. */
enum {
    TJ_SCF_WEAK = 1, /* 安排 将: a plan only outside a section of review (2009年工作回顾: 中央财政安排…资金426亿元) */
    TJ_SCF_SAYS = 2, /* 预计 预测: a verb of who forecasts; what stands before it is no part of the subject */
};
/* Tags of the range marks. */
enum {
    TJ_RM_DASH = 1, /* — - ~: right between the numbers (5%—6%) */
    TJ_RM_WORD,     /* 至 到: blanks may stand around it (增长 10% 至 12%) */
};
/* Tags of the lead marks. */
enum {
    TJ_LM_LABEL = 1, /* ： —— # 、: after a label or between items */
    TJ_LM_CLOSE,     /* ” ） 》: closes what stands before it */
};
/* Tags of the plan titles: what a heading's words say its section holds. */
enum {
    TJ_PT_PLAN = 1, /* 工作安排 主要任务 预期目标: goals */
    TJ_PT_REVIEW,   /* 工作回顾 过去一年: what happened */
};

/* Tags of the period tables. */
enum {
    TJ_PW_REL = 1,      /* 今年 去年 明年: arg = year offset */
    TJ_PW_YEARLESS,     /* 全年 当年 年内: the year of the context */
    TJ_PW_HALF,         /* 上半年 下半年: arg = 1 or 2 */
    TJ_PW_YEAR_END,     /* 年末 年底 */
    TJ_PW_YEAR_START,   /* 年初 */
    TJ_PW_NOW,          /* 目前 当前 迄今: up to now, no dates */
    TJ_PW_DAY,          /* 当日 同日 昨日: a day, no dates */
    TJ_PW_MONTH,        /* 当月 本月: a month, no dates */
    TJ_PW_VAGUE_SINCE,  /* 一年来 近年来 多年来: up to now, no dates */
    TJ_PW_PAST_YEAR,    /* 过去一年: arg = year offset */
    TJ_PW_CENTURY_END,  /* 本世纪末 */
    TJ_PW_YEAR_SO_FAR,  /* 一年来: the year under review */
    TJ_PW_YEAR_TO_DATE, /* 年内: from the start of the year of the context on */
    TJ_PW_TO_DATE,      /* prefix 截至 截止 */
    TJ_PW_FROM,         /* prefix 从 自 */
    TJ_PW_SINCE,        /* suffix 以来 */
    TJ_PW_ONWARD,       /* suffix 起 */
    TJ_PW_END,          /* suffix 末 底 */
    TJ_PW_WITHIN,       /* suffix 内 */
    TJ_PW_AGO,          /* suffix 前 after a number of years: 五年前, 比十年前 */
};

/* Tags of the stage words (投资3.3亿元的机场快速路建成通车: the project is
 * 机场快速路, the rest its stage). */
enum {
    TJ_ST_VERB = 1, /* 建成通车 完工 投入使用 进展顺利: the stage */
    TJ_ST_ADVERB,   /* 全部 基本 如期 当年: before a stage, with it */
};

/* Tags of the span words. */
enum {
    TJ_SW_BACK = 1, /* 过去五年: the years before the one under review */
    TJ_SW_RECENT,   /* 近三年: recent years, no dates */
    TJ_SW_THIS,     /* 这五年 */
    TJ_SW_PRIOR,    /* 前: 比前五年 (after a comparison word); 前三季度 (months) */
};

int tj_lexicon_init(tj_lexicon *lx); /* 0 or -1 */
/* The country's names that are no division's (REGION_WORDS), for regions.c. */
const tj_word *tj_lexicon_region_words(size_t *n);
void tj_lexicon_free(tj_lexicon *lx);

/* Is s[a, b) one list separator (、 和 及 …) and blanks, as between the items
 * of a list of values (3500万、2300万人次)? */
int tj_only_list_separator(const tj_lexicon *lx, const unsigned char *s, size_t a, size_t b);

#endif
