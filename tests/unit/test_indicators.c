/* test_indicators.c — indicators(): the hard constructions of indicators.md,
 * each in sentences written for this test.  A case renders every row as
 * "text|kind|value[:value_max]|qualifier|unit|subject|scope|basis|period|status",
 * joined by " ; ". */

#include "unit.h"

static const char *render(const char *text, int year) {
    static char out[16384];
    tj_doc *d = unit_analyze(text, year, TJ_LAYER_INDICATORS);
    size_t o = 0;
    out[0] = 0;
    for (size_t k = 0; k < d->nindicators && o < sizeof out - 1024; k++) {
        const tj_indicator *r = &d->indicators[k];
        char subj[1024], scope[256], basis[256], period[256];
        snprintf(subj, sizeof subj, "%.*s", (int)r->subject.n, r->subject.p ? r->subject.p : "");
        snprintf(scope, sizeof scope, "%.*s", (int)r->scope.n, r->scope.p ? r->scope.p : "");
        snprintf(basis, sizeof basis, "%.*s", (int)r->basis.n, r->basis.p ? r->basis.p : "");
        snprintf(period, sizeof period, "%.*s", (int)r->period.n, r->period.p ? r->period.p : "");
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s|%s|%s|%s|%s|%s|%s|%s|%s|%s", k ? " ; " : "",
                              unit_span(d, r->b0, r->b1), tj_indicator_kind_name(r->kind),
                              unit_value(r->value, r->has_max, r->value_max),
                              r->qualifier ? tj_qualifier_name(r->qualifier) : "", r->unit ? r->unit : "", subj, scope,
                              basis, period, tj_status_name(r->status));
    }
    tj_doc_free(d);
    return out;
}

static const struct {
    int year;
    const char *text, *want;
} CASES[] = {
    {2022, "1—10月，全市工业投资、服务业投资分别增长13.7%和25.0%。",
     "13.7%|change|13.7||%|工业投资|全市||1—10月|actual ; 25.0%|change|25||%|服务业投资|||1—10月|actual"},
    {2022, "截至10月底，与2021年底相比，全市门诊、住院次均费用分别下降59.02元、344.03元。",
     "59.02元|change|-59.02||元|门诊次均费用|全市|与2021年底相比|截至10月底|actual ; "
     "344.03元|change|-344.03||元|住院次均费用||与2021年底相比|截至10月底|actual"},
    /* a head of measure shared by the list: “十强”产业增加值, as the spec's worked row and the dev gold have it */
    {2022, "前三季度，“十强”产业和“四新”经济增加值分别增长9.6%和11.5%，分别占全市增加值的6.1%和33.2%。",
     "9.6%|change|9.6||%|“十强”产业增加值|||前三季度|actual ; "
     "11.5%|change|11.5||%|“四新”经济增加值|||前三季度|actual ; "
     "6.1%|share|6.1||%|“十强”产业增加值||全市增加值|前三季度|actual ; "
     "33.2%|share|33.2||%|“四新”经济增加值||全市增加值|前三季度|actual"},
    {2022, "截至11月底，全市城镇新增就业36.37万人，总量居全省第一。",
     "36.37万人|amount|363700||人|城镇新增就业|全市||截至11月底|actual ; "
     "第一|rank|1|||城镇新增就业||全省|截至11月底|actual"},
    {2022, "目前，29个新启动城中村改造项目已启动签约。", "29个|amount|29||个|新启动城中村改造项目|||目前|actual"},
    {2022, "全市农村自来水普及率提高到98.5%，非现场检查量占比提升至70.6%。",
     "98.5%|amount|98.5||%|农村自来水普及率|全市|||actual ; 70.6%|share|70.6||%|非现场检查量||||actual"},
    {2022, "全市固定资产投资比上年增长5.2%，其中民间投资占全部投资的比重为52.6%。",
     "5.2%|change|5.2||%|固定资产投资|全市|比上年||actual ; 52.6%|share|52.6||%|民间投资||全部投资||actual"},
    {2022, "截至11月底，完成投资1770.45亿元，完成年度投资计划的111.8%。",
     "1770.45亿元|amount|177045000000||元|投资|||截至11月底|actual ; "
     "111.8%|share|111.8||%|投资||年度投资计划|截至11月底|actual"},
    {2023, "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业9万人以上；居民消费价格涨幅3%左右。",
     "6%左右|change|6|approx|%|地区生产总值|||今年|target ; 9万人以上|amount|90000|over|人|城镇新增就业|||今年|target "
     "; 3%左右|change|3|approx|%|居民消费价格|||今年|target"},
    {2023, "力争全年固定资产投资增长5.5%—6%。", "5.5%—6%|change|5.5:6|range|%|固定资产投资|||全年|target"},
    {2022, "到2030年，全市经济总量翻一番。", "翻一番|change|100||%|经济总量|全市||2030年|actual"},
    {2022, "1—10月，新签约50亿元以上大项目68个。", "68个|amount|68||个|新签约50亿元以上大项目|||1—10月|actual"},
    {2022, "全市货物吞吐量、集装箱吞吐量均居全国第四位。",
     "第四位|rank|4|||货物吞吐量、集装箱吞吐量|全市|全国||actual"},
    {2022, "全市地区生产总值增长5.4%，增速高于全国1.7个百分点，比全省低0.5个百分点。",
     "5.4%|change|5.4||%|地区生产总值|全市|||actual ; 1.7个百分点|change|1.7||个百分点|地区生产总值|全市|全国||actual "
     "; 0.5个百分点|change|-0.5||个百分点|地区生产总值|全市|全省||actual"},
    {2022, "该项目预计全年可实现产值380亿元。", "380亿元|amount|38000000000||元|该项目预计可实现产值|||全年|forecast"},
    {2022, "全年规模以上工业单位增加值能耗下降3.2%。", "3.2%|change|-3.2||%|规模以上工业单位增加值能耗|||全年|actual"},
    {2022, "临江港区一期工程全面完工，完成投资2.4亿元。",
     "2.4亿元|amount|240000000||元|临江港区一期工程全面完工投资||||actual"},
    {2022, "建立1个工作专班、1个发展规划、1套综合政策。", ""},
    {2022, "每个园区聚焦1个主导产业。", ""},
    {2022, "过去五年，全市地区生产总值年均增长8%，城乡收入比由2.05缩小到1.98。",
     "8%|change|8||%|地区生产总值|全市|年均|过去五年|actual ; 2.05|amount|2.05|||城乡收入比|||过去五年|actual ; "
     "1.98|amount|1.98|||城乡收入比|||过去五年|actual"},
    {2022, "党的二十大胜利召开，地铁4号线开通运营，“十四五”规划顺利实施。", ""},
    {2022, "全市新能源汽车产量居全国首位，集成电路产业规模超20%。",
     "首位|rank|1|||新能源汽车产量|全市|全国||actual ; 超20%|amount|20|over|%|集成电路产业规模||||actual"},
    {2022, "全市社会消费品零售总额突破1500亿元，网上零售额近300亿元，增长8.6%。",
     "突破1500亿元|amount|150000000000|over|元|社会消费品零售总额|全市|||actual ; "
     "近300亿元|amount|30000000000|approx|元|网上零售额||||actual ; 8.6%|change|8.6||%|网上零售额||||actual"},
    {2022, "4个集群新入选国家先进制造业集群，海尔智家、赛轮等3家企业入选首批“数字领航”企业。",
     "4个|amount|4||个|集群新入选国家先进制造业集群||||actual ; 3家|amount|3||家|企业入选首批“数字领航”企业||||actual"},
    {2022, "全年粮食播种面积300多万亩，总产量约128万吨，比上年增产1.5%。",
     "300多万亩|amount|3000000|over|亩|粮食播种面积|||全年|actual ; "
     "约128万吨|amount|1280000|approx|吨|总产量|||全年|actual ; 1.5%|change|1.5||%|总产量||比上年|全年|actual"},
    /* an empty verb between the one who acts and what is measured is no part of the
     * subject (as 失业人员实现再就业 → 失业人员再就业 in the gold), after an adverb it stays */
    {2022, "青岛港完成货物吞吐量6.6亿吨，同比增长4.3%。",
     "6.6亿吨|amount|660000000||吨|青岛港货物吞吐量||||actual ; "
     "4.3%|change|4.3||%|青岛港货物吞吐量||同比||actual"},
    {2022, "产业园累计完成投资1.5亿元，重灾区已完成投资6545亿元。",
     "1.5亿元|amount|150000000||元|产业园投资||||actual ; 6545亿元|amount|654500000000||元|重灾区已完成投资||||actual"},
    {2022, "实际使用外资49.3亿美元，下降3.0%，占全省的比重为28.6%。",
     "49.3亿美元|amount|4930000000||美元|实际使用外资||||actual ; 3.0%|change|-3||%|实际使用外资||||actual ; "
     "28.6%|share|28.6||%|实际使用外资||全省||actual"},
    {2022, "全年全市居民消费价格（CPI）比上年上涨2.4%，其中交通和通信类上涨5.8%，衣着类上涨3.3%。",
     "2.4%|change|2.4||%|居民消费价格|全市|比上年|全年|actual ; 5.8%|change|5.8||%|交通和通信类|||全年|actual ; "
     "3.3%|change|3.3||%|衣着类|||全年|actual"},
    {2022, "城镇调查失业率5.1%左右，居民人均可支配收入实际增长4.4%。",
     "5.1%左右|amount|5.1|approx|%|城镇调查失业率||||actual ; 4.4%|change|4.4||%|居民人均可支配收入||||actual"},
    {2026,
     "一、2025年工作回顾\n全年地区生产总值增长5.4%。\n三、2026年工作安排\n地区生产总值增长5%左右，城镇新增就业25万人。",
     "5.4%|change|5.4||%|地区生产总值|||全年|actual ; 5%左右|change|5|approx|%|地区生产总值||||target ; "
     "25万人|amount|250000||人|城镇新增就业||||target"},
    /* a weak cue (安排, 将) is no goal in a section of review; it is in one of plans */
    {2026,
     "一、2025年工作回顾\n中央财政安排就业资金426亿元，将缴费比例从20%降至16%。\n三、2026年工作安排\n"
     "中央财政安排就业资金450亿元。",
     "426亿元|amount|42600000000||元|中央财政安排就业资金||||actual ; 20%|amount|20||%|缴费比例||||actual ; "
     "16%|amount|16||%|缴费比例||||actual ; 450亿元|amount|45000000000||元|中央财政安排就业资金||||target"},
    /* a cue before a mark that closes a name, or (in a review) before its clause's end, is a noun */
    {2026,
     "一、2025年工作回顾\n全面实现年初确定的主要目标，地区生产总值增长5.4%。实施“稳岗计划”，城镇新增就业60万人。"
     "\n三、2026年工作安排\n制定稳岗计划，城镇新增就业65万人。",
     "5.4%|change|5.4||%|地区生产总值||||actual ; 60万人|amount|600000||人|城镇新增就业||||actual ; "
     "65万人|amount|650000||人|城镇新增就业||||target"},
    {2024, "日本央行公布缩表计划，国债购买规模每个季度减少4000亿日元。",
     "4000亿日元|change|-400000000000||日元|国债购买规模每个季度||||target"},
    {2022, "扣除留抵退税因素后增长5.8%，按自然口径计算增长1.5%。",
     "5.8%|change|5.8||%|||扣除留抵退税因素后||actual ; 1.5%|change|1.5||%|||按自然口径计算||actual"},
    {2022, "全年共实施重点工业项目28个，完成投资33.9亿元。",
     "28个|amount|28||个|实施重点工业项目|||全年|actual ; "
     "33.9亿元|amount|3390000000||元|实施重点工业项目投资|||全年|actual"},
    {2022, "中国7月官方制造业PMI为49.4，预期49.3，前值49.5。",
     "49.4|amount|49.4|||中国官方制造业PMI|||7月|actual ; 49.3|amount|49.3|||中国官方制造业PMI|||7月|forecast ; "
     "49.5|amount|49.5|||中国官方制造业PMI||||actual"},
    {2022, "青岛入选先进制造业百强市榜单第七。", "第七|rank|7|||青岛入选先进制造业百强市榜单||||actual"},
    {2022, "广东省以27117.96亿元居于全国首位；江苏省以25878.38亿元排名第二。",
     "27117.96亿元|amount|2711796000000||元|广东省||||actual ; 首位|rank|1|||广东省||全国||actual ; "
     "25878.38亿元|amount|2587838000000||元|江苏省||||actual ; 第二|rank|2|||江苏省||||actual"},
    /* 由X增加到Y in a report of 1982: X, of 1980, happened; Y, of 1985, is a goal (the dev gold's reading) */
    {1982, "一九八五年全国港口吞吐能力将由一九八○年的二亿一千七百万吨增加到三亿一千七百万吨。",
     "二亿一千七百万吨|amount|217000000||吨|港口吞吐能力|全国||一九八○年|actual ; "
     "三亿一千七百万吨|amount|317000000||吨|港口吞吐能力|全国||一九八五年|target"},
    {2022, "全市规模以上工业增加值同比增长20.9%，拉动规模以上工业增加值增长2.1个百分点。",
     "20.9%|change|20.9||%|规模以上工业增加值|全市|同比||actual ; "
     "2.1个百分点|change|2.1||个百分点|规模以上工业增加值||||actual"},
    {2022, "新增城镇就业9.82万人，总量居全省第一；城镇调查失业率5.1%左右。",
     "9.82万人|amount|98200||人|新增城镇就业||||actual ; 第一|rank|1|||新增城镇就业||全省||actual ; "
     "5.1%左右|amount|5.1|approx|%|城镇调查失业率||||actual"},
    {2022, "截至目前，新建5G基站1.2万个、充电桩超3000个。",
     "1.2万个|amount|12000||个|新建5G基站|||截至目前|actual ; 超3000个|amount|3000|over|个|充电桩|||截至目前|actual"},
    {2022, "全市接待游客9.6亿人次，旅游收入1.2万亿元，分别增长10.4%、12.1%。",
     "9.6亿人次|amount|960000000||人次|接待游客|全市|||actual ; 1.2万亿元|amount|1200000000000||元|旅游收入||||actual "
     "; 10.4%|change|10.4||%|接待游客||||actual ; 12.1%|change|12.1||%|旅游收入||||actual"},
    {2022, "全年民生支出占一般公共预算支出的比重超过七成。",
     "超过七成|share|70|over|%|民生支出||一般公共预算支出|全年|actual"},
    {2022, "高技术制造业、装备制造业增加值分别增长12.3%和9.6%，饮料类、烟酒类商品零售分别增长68.6%和46.3%。",
     "12.3%|change|12.3||%|高技术制造业增加值||||actual ; 9.6%|change|9.6||%|装备制造业增加值||||actual ; "
     "68.6%|change|68.6||%|饮料类商品零售||||actual ; 46.3%|change|46.3||%|烟酒类商品零售||||actual"},
    {2022, "城镇、农村居民人均可支配收入分别增长5%、7%。",
     "5%|change|5||%|城镇居民人均可支配收入||||actual ; 7%|change|7||%|农村居民人均可支配收入||||actual"},
    /* issue 14: older and plainer texts, written for this test */
    {1982, "原煤产量达到四亿二千多万吨。", "四亿二千多万吨|amount|420000000|over|吨|原煤产量||||actual"},
    {2024, "城乡居民储蓄存款比前五年增长2.3倍，钢产量增长1.5倍。",
     "2.3倍|change|2.3||倍|城乡居民储蓄存款||比前五年||actual ; 1.5倍|change|1.5||倍|钢产量||||actual"},
    {2024, "5G网络覆盖全国75%的乡镇。", "75%|share|75||%|5G网络覆盖|全国|乡镇||actual"},
    {2024, "粮食产量至少增长2%，赤字率不超过3%，新增就业不少于1100万人，能耗最多下降5%。",
     "2%|change|2|over|%|粮食产量||||actual ; 不超过3%|amount|3|under|%|赤字率||||actual ; "
     "不少于1100万人|amount|11000000|over|人|新增就业||||actual ; 5%|change|-5|under|%|能耗||||actual"},
    /* 预期 inside 好于预期 is no forecast */
    {2024, "全年地区生产总值增长5.2%，好于预期。", "5.2%|change|5.2||%|地区生产总值|||全年|actual"},
    /* subjects: no fragment of 平均为, no level word, what a rank ranks, a count of times */
    {2024, "城镇调查失业率平均为5.2%。", "5.2%|amount|5.2||%|城镇调查失业率||||actual"},
    /* (a count of the levels passed is no value: 4个 here was a row of 地区生产总值 until 2026-12-05, which put
     * 4 个 among the GDP rows of a panel; quantities() still finds it) */
    {2024, "全省经济总量迈上10万亿元台阶，地区生产总值连续迈上4个万亿元台阶。",
     "10万亿元|amount|10000000000000||元|经济总量|全省|||actual"},
    {2026, "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。",
     "14.2万亿元|amount|14200000000000||元|地区生产总值||||actual"},
    {2026, "全省地区生产总值连跨3个千亿级台阶，2025年达到8000亿元。",
     "8000亿元|amount|800000000000||元|地区生产总值|||2025年|actual"},
    {2024, "全市地区生产总值达到5000亿元，增长6%，总量和增速均居全省第5位。",
     "5000亿元|amount|500000000000||元|地区生产总值|全市|||actual ; 6%|change|6||%|地区生产总值|全市|||actual ; "
     "第5位|rank|5|||地区生产总值||全省||actual"},
    {2024, "央行连续第十九次上调利率。", "第十九次|amount|19||次|央行||||actual"},
    {2024, "全市推出优品100工程，GDP连续16年增长。", ""},
    {2023, "全年十种有色金属产量18.94万吨。", "18.94万吨|amount|189400||吨|十种有色金属产量|||全年|actual"},
    {2026, "一般公共预算收入同口径增长5.5%左右。", "5.5%左右|change|5.5|approx|%|一般公共预算收入||同口径||actual"},
    /* a forecast: who forecasts is no part of the subject (not a noun of forecasting, nor the thing forecast);
     * 将 after 预计 keeps the forecast */
    {2024, "预计全年地区生产总值将增长5%左右。", "5%左右|change|5|approx|%|地区生产总值|||全年|forecast"},
    {2024, "两家银行预计全球布伦特油价2025年平均将低于每桶80美元。",
     "两家|amount|2||家|银行|||2025年|actual ; 80美元|amount|80|under|美元|全球布伦特油价|||2025年|forecast"},
    {2024, "机构对CPI同比增速的预测均值为0.31%。", "0.31%|amount|0.31||%|机构对CPI同比增速的预测均值||||forecast"},
    {2024, "该项目预计全年可实现产值380亿元。", "380亿元|amount|38000000000||元|该项目预计可实现产值|||全年|forecast"},
    /* a condition's conjunction opens no subject; the time before a relation word is none of it */
    {2024, "只要在2025年底前通胀收缩至2%，就可以降息。", "2%|amount|2||%|通胀|||2025年底|actual"},
    {2024, "油价2025年将低于80美元。", "80美元|amount|80|under|美元|油价|||2025年|target"},
    /* 有 (there are) opens no subject; 有色, 有效… are words, also across a line break */
    {2023, "年末全州有大中型拖拉机1343台。", "1343台|amount|1343||台|大中型拖拉机|全州||年末|actual"},
    {2023, "其中，有\n色金属冶炼和压延加工业增加值增长41.5%。",
     "41.5%|change|41.5||%|有色金属冶炼和压延加工业增加值||||actual"},
    {2023, "年末有效发明专利1.2万件。", "1.2万件|amount|12000||件|有效发明专利|||年末|actual"},
    /* a clause that says by how much a sum changed names nothing it was spent on; a topic of one character
     * left by a bare head (净|利润) names nothing */
    {2024, "上半年净利润24.93亿元，同比增长11.74%；营业收入59.67亿元，同比增长8.17%。",
     "24.93亿元|amount|2493000000||元|净利润|||上半年|actual ; 11.74%|change|11.74||%|净利润||同比|上半年|actual ; "
     "59.67亿元|amount|5967000000||元|营业收入|||上半年|actual ; 8.17%|change|8.17||%|营业收入||同比|上半年|actual"},
    /* 并 (and) before the next verb is no noun after a value nor part of a subject; 并网 is a word */
    {2023, "货物进出口总额突破40万亿元并连续多年居世界首位。",
     "突破40万亿元|amount|40000000000000|over|元|货物进出口总额||||actual ; "
     "首位|rank|1|||货物进出口总额||世界||actual"},
    {2023, "全年并网发电装机容量达到500万千瓦。", "500万千瓦|amount|5000000||千瓦|并网发电装机容量|||全年|actual"},
    /* 共建 is a word, not 共 (in all) and 建 */
    {2026, "对共建“一带一路”国家进出口增长14.7%。", "14.7%|change|14.7||%|共建“一带一路”国家进出口||||actual"},
    {2026, "全年共建成房屋201.6万平方米。", "201.6万平方米|amount|2016000||平方米|房屋|||全年|actual"},
    /* 比 of 比例 is no comparison */
    {2026, "国考断面优良水体比例提高2.3个百分点。", "2.3个百分点|change|2.3||个百分点|国考断面优良水体比例||||actual"},
    {2026, "优良水体比例比上年提高2.3个百分点。", "2.3个百分点|change|2.3||个百分点|优良水体比例||比上年||actual"},
    /* a head of trade the last part carries goes to the parts before it; a part that is a head alone takes
     * the rest of the last part */
    {2026, "对东盟、共建“一带一路”国家进出口总额分别增长10.4%、12.1%。",
     "10.4%|change|10.4||%|东盟进出口总额||||actual ; 12.1%|change|12.1||%|共建“一带一路”国家进出口总额||||actual"},
    {2023, "进口、出口通关时间分别压减67%和92%。",
     "67%|change|-67||%|进口通关时间||||actual ; 92%|change|-92||%|出口通关时间||||actual"},
    /* values side by side after a clause of their own with no subject: the subjects of the values before */
    {2010, "城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。",
     "17175元|amount|17175||元|城镇居民人均可支配收入||||actual ; 5153元|amount|5153||元|农村居民人均纯收入||||actual "
     "; "
     "9.8%|change|9.8||%|城镇居民人均可支配收入||||actual ; 8.5%|change|8.5||%|农村居民人均纯收入||||actual"},
    /* words that point back */
    {2024, "全年财政支出2000亿元，其中教育支出500亿元，该项支出增长5%。",
     "2000亿元|amount|200000000000||元|财政支出|||全年|actual ; 500亿元|amount|50000000000||元|教育支出|||全年|actual "
     "; "
     "5%|change|5||%|教育支出|||全年|actual"},
    {2024, "农村养老保险工作全面开展，参保人数达到8000人。", "8000人|amount|8000||人|农村养老保险参保人数||||actual"},
    {2024, "全年全市居民消费价格涨幅与上年持平。其中，城市下降0.1%，农村上涨0.1%。",
     "0.1%|change|-0.1||%|城市居民消费价格||||actual ; 0.1%|change|0.1||%|农村居民消费价格||||actual"},
    {2021, "一季度浙江省GDP为16347亿元，增速仅次于湖北省的58.3%。",
     "16347亿元|amount|1634700000000||元|浙江省GDP|||一季度|actual ; 58.3%|change|58.3||%|湖北省GDP|||一季度|actual"},
    /* a counted noun ends where its predicate begins: a verb of level, or of
     * change with the next value after it; the adverbs go with the verb */
    {2024, "今年有18个县区实现了集中供暖全覆盖。", "18个|amount|18||个|县区|||今年|actual"},
    {2024, "年内12件民生实事全部完成。", "12件|amount|12||件|民生实事|||年内|actual"},
    {2024, "全年5个开发区平均完成投资20亿元。",
     "5个|amount|5||个|开发区|||全年|actual ; 20亿元|amount|2000000000||元|开发区平均完成投资|||全年|actual"},
    {2024, "全年120个新开工项目增加投资300多亿元。",
     "120个|amount|120||个|新开工项目|||全年|actual ; "
     "300多亿元|amount|30000000000|over|元|新开工项目增加投资|||全年|actual"},
    {2024, "全年建成5个全民健身提升工程。", "5个|amount|5||个|全民健身提升工程|||全年|actual"},
    /* what a price is per is no part of its subject; a bound after a value
     * is no counted noun; 此前 opens no subject */
    {2024, "92号汽油每升下调0.24元，柴油每吨下调290元。",
     "0.24元|change|-0.24||元|92号汽油||||actual ; 290元|change|-290||元|柴油||||actual"},
    {2024, "新车起售价11.98万元起。", "11.98万元|amount|119800||元|新车起售价||||actual"},
    {2024, "市场成交额4803亿元，此前连续3日不足5000亿元。",
     "4803亿元|amount|480300000000||元|市场成交额||||actual ; "
     "不足5000亿元|amount|500000000000|under|元|市场成交额|||连续3日|actual"},
    {2024, "全市共有5家起重机制造企业。", "5家|amount|5||家|起重机制造企业|全市|||actual"},
    /* 年底前: by then; the 前 is part of neither the time as written nor the subject */
    {2019, "对拖欠企业的款项年底前要清偿一半以上。", "一半以上|amount|50|over|%|拖欠企业的款项要清偿|||年底|target"},
    {2019, "年底前全市新建5G基站1万个。", "1万个|amount|10000||个|新建5G基站|全市||年底|actual"},
    /* in a work report, a value after a cue of what has happened (已) is no goal
     * even when dated after the year under review */
    {0,
     "2002年政府工作报告\n——2002年3月5日在第九届全国人民代表大会第五次会议上\n各位代表：\n"
     "从2002年1月1日起，我国关税总水平已由15.3%降到12%。",
     "15.3%|amount|15.3||%|关税总水平|我国||从2002年1月1日起|actual ; "
     "12%|amount|12||%|关税总水平|我国||从2002年1月1日起|actual"},
    /* 转为 and 但 open no subject (由上年下降2.3%转为增长8.5%: 上年 is the time of the first value only);
     * a level noun after a value is that value's (新台阶) */
    {2017, "工业企业利润由上年下降2.3%转为增长8.5%。粮食产量跃上1.4万亿斤新台阶、亩产提升10.1斤。",
     "2.3%|change|-2.3||%|工业企业利润|||上年|actual ; 8.5%|change|8.5||%|工业企业利润||||actual ; "
     "1.4万亿斤|amount|1400000000000||斤|粮食产量||||actual ; 10.1斤|change|10.1||斤|亩产||||actual"},
    /* the level a rate of change reaches is a rate of change (增速回落至3%, 涨幅回落到2.6%); 变缓 is a verb of change
     */
    {2021, "工业增加值增长7%，增速变缓至3%，降幅收窄至2%。",
     "7%|change|7||%|工业增加值||||actual ; 3%|change|3||%|工业增加值||||actual ; "
     "2%|change|-2||%|工业增加值||||actual"},
    /* 两年分别平均: the basis 两年平均 with 分别 inside it, which hands out the parts */
    {2021, "饮料类、烟酒类商品零售分别增长68.6%和46.3%，两年分别平均增长33.9%、9.5%。",
     "68.6%|change|68.6||%|饮料类商品零售||||actual ; 46.3%|change|46.3||%|烟酒类商品零售||||actual ; "
     "33.9%|change|33.9||%|饮料类商品零售||两年平均||actual ; 9.5%|change|9.5||%|烟酒类商品零售||两年平均||actual"},
    /* a counted noun ends before a verb of level of the next value (为 达 有); 认可 is no 可 */
    {2024, "今年7月，65家典型房企融资总量为523.46亿元。82项制度创新成果获国家层面认可。",
     "65家|amount|65||家|典型房企融资总量|||今年7月|actual ; "
     "523.46亿元|amount|52346000000||元|典型房企融资总量|||今年7月|actual ; "
     "82项|amount|82||项|制度创新成果获国家层面认可||||actual"},
    /* a verb of change right before 的 …有 is the verb of those counted, not the value's */
    {2024, "二手房价格环比下降的有69个，比上月增加1个。",
     "69个|amount|69||个|二手房价格环比下降||||actual ; 1个|change|1||个|二手房价格环比下降||比上月||actual"},
    /* 加快 放缓 回落 after a comparison say which way a value differs; 在建 is a
     * noun's state, no verb of level */
    {2024, "利润总额同比增长3.6%，比1-6月份加快0.1个百分点。加快2条在建国际海缆建设。",
     "3.6%|change|3.6||%|利润总额||同比||actual ; 0.1个百分点|change|0.1||个百分点|利润总额||比1-6月份||actual ; "
     "2条|amount|2||条|在建国际海缆建设||||actual"},
    /* a measure before a noun measures it, as a count counts it */
    {2014, "关停晨鸣公司3.5万吨造纸生产线，黄浦江贯通69公里岸线。",
     "3.5万吨|amount|35000||吨|关停晨鸣公司造纸生产线||||actual ; 69公里|amount|69||公里|黄浦江贯通岸线||||actual"},
    /* a number whose last word is a magnitude counts the noun after it (no
     * name: 2.0任务); 居民 is no verb of rank */
    {2025, "全县有3万农民工返乡创业，近4万居民搬进新居。",
     "3万|amount|30000|||农民工返乡创业|全县|||actual ; 近4万|amount|40000|approx||居民搬进新居||||actual"},
    /* a percentage that opens its clause, followed by 的: the share of those
     * things that do what the clause says; not after a verb of change or a
     * comparison, nor before a rate */
    {2025, "96.2%的养老机构开展医养结合服务，90%的化工园区降至较低风险等级。",
     "96.2%|share|96.2||%|养老机构开展医养结合服务||||actual ; 90%|share|90||%|化工园区降至较低风险等级||||actual"},
    {2021, "网上零售继续实现38.6%的增长。", "38.6%|amount|38.6||%|网上零售||||actual"},
    {2017, "广义货币M2增长11.3%，低于13%左右的预期目标。",
     "11.3%|change|11.3||%|广义货币M2||||actual ; 13%左右|amount|13|approx|%|广义货币M2||||actual"},
    /* a bare number with nothing that says what it measures is no row */
    {2020, "2021-05-08 10:07:10\n\n5118937\n\n全年粮食产量100万吨。",
     "100万吨|amount|1000000||吨|粮食产量|||全年|actual"},
    /* a streak in a clause before the value's says how long something went on
     * there, not when the value was; in the value's own clause it stays */
    {2024, "北向资金终结连续4日净卖出，中国平安获净买入4.68亿元居首。该股连续3日上涨12%。",
     "4.68亿元|amount|468000000||元|中国平安获净买入||||actual ; 12%|change|12||%|该股|||连续3日|actual"},
    /* the number of a point of a list is no part of a subject (三是, 十是, 一要); 是
     * alone is no lead word */
    {2025, "三是改造老旧小区100个。十是实施100个社区儿童友好空间改造工程。一要新建学校10所。",
     "100个|amount|100||个|改造老旧小区||||actual ; 100个|amount|100||个|实施社区儿童友好空间改造工程||||actual ; "
     "10所|amount|10||所|新建学校||||target"},
    {2025, "一是全区经济增长速度连续4年位居全国前六。", "前六|rank|6|under||经济增长速度|全区|全国||actual"},
    /* 包括 opens no subject; 预期性 and 约束性 name kinds of indicators (no cue, no verb) */
    {2026, "包括13个预期性指标、8个约束性指标。",
     "13个|amount|13||个|预期性指标||||actual ; 8个|amount|8||个|约束性指标||||actual"},
    /* 到位 needs the topic of the clause before, which ends at its first verb */
    {1997, "外商直接投资保持增长势头，实际到位400多亿美元。",
     "400多亿美元|amount|40000000000|over|美元|外商直接投资实际到位||||actual"},
    /* a bulletin reports the year past: 安排 and 将 are no goals in it */
    {0, "2023年某市国民经济和社会发展统计公报\n某市统计局\n2024年3月20日\n\n全年安排财政扶贫项目1909个。",
     "1909个|amount|1909||个|安排财政扶贫项目|||全年|actual"},
    /* a clause that is only a streak names nothing: the clause before does; 增量
     * points back; a list of counts after their nouns is no “5个1” */
    {2026, "全社会研发经费投入增长10%，连续三年居全国第一。",
     "10%|change|10||%|全社会研发经费投入||||actual ; 第一|rank|1|||全社会研发经费投入||全国||actual"},
    {2026, "粮食增产169.8亿斤，增量占全国18.7%。",
     "169.8亿斤|change|16980000000||斤|粮食||||actual ; 18.7%|share|18.7||%|粮食||全国||actual"},
    {2026, "建设现代农业产业园1个、优势特色产业集群1个、农业产业强镇4个。",
     "1个|amount|1||个|建设现代农业产业园||||actual ; 1个|amount|1||个|优势特色产业集群||||actual ; "
     "4个|amount|4||个|农业产业强镇||||actual"},
    /* a level after 至 in another unit than the change before it is its own */
    {2024, "营业利润增长3.8%至39.26亿欧元。",
     "3.8%|change|3.8||%|营业利润||||actual ; 39.26亿欧元|amount|3926000000||欧元|营业利润||||actual"},
    /* a verb of change before a count of the noun after it changes the things
     * counted: an amount; with a basis, a change */
    {2017, "全年改造提升四个城市出入口，比上年增加3个。",
     "四个|amount|4||个|改造城市出入口|||全年|actual ; 3个|change|3||个|改造城市出入口||比上年|全年|actual"},
    /* a list of stages of one thing: each takes the thing */
    {2013, "城镇保障性住房基本建成470万套、新开工630万套。",
     "470万套|amount|4700000||套|城镇保障性住房基本建成||||actual ; "
     "630万套|amount|6300000||套|城镇保障性住房新开工||||actual"},
    {2026, "年投资亿元以上项目新开工43个以上、竣工38个以上。",
     "43个以上|amount|43|over|个|年投资亿元以上项目新开工||||actual ; "
     "38个以上|amount|38|over|个|年投资亿元以上项目竣工||||actual"},
    /* a count of times: what was done so often is the verb after it */
    {2019, "针对融资难融资贵问题，先后4次降低存款准备金率。", "4次|amount|4||次|降低存款准备金率||||actual"},
    /* a value with no subject of its own after a clause that says what changed;
     * a subgroup narrows that; whole names listed are shared out whole */
    {2012,
     "企业退休人员养老金标准继续提高，年人均提高2556元；城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提"
     "高200元。",
     "2556元|change|2556||元|企业退休人员养老金标准||||actual ; 600元|change|600||元|城镇最低生活保障标准||||actual ; "
     "200元|change|200||元|农村最低生活保障标准||||actual"},
    {2013,
     "城乡居民基本养老金、城镇低保标准、社区干部生活补贴和环卫工人工资再次提高，月人均分别提高221元、90元、300元和200元"
     "。",
     "221元|change|221||元|城乡居民基本养老金||||actual ; 90元|change|90||元|城镇低保标准||||actual ; "
     "300元|change|300||元|社区干部生活补贴||||actual ; 200元|change|200||元|环卫工人工资||||actual"},
    /* a project's stage ends the counted noun before it */
    {2021, "大运村22栋单体建筑全面竣工并“开村揭牌”。", "22栋|amount|22||栋|大运村单体建筑||||actual"},
    {2024, "全年243个重点项目建成投产。", "243个|amount|243||个|重点项目|||全年|actual"},
    /* an investment in a project: the project's name without its stage, and
     * a later bare head without the head its topic ends with */
    {2016, "投资3.3亿元的机场快速路建成通车。", "3.3亿元|amount|330000000||元|机场快速路投资||||actual"},
    {2016, "总投资18.8亿元的大兴安岭森工集团棚户区改造异地安置工程，当年完成投资6.87亿元。",
     "18.8亿元|amount|1880000000||元|大兴安岭森工集团棚户区改造异地安置工程总投资||||actual ; "
     "6.87亿元|amount|687000000||元|大兴安岭森工集团棚户区改造异地安置工程投资|||当年|actual"},
    {2014, "投资3700万元，集中改造的11条背街巷道全部完工。",
     "3700万元|amount|37000000||元|集中改造的11条背街巷道投资||||actual ; "
     "11条|amount|11||条|集中改造背街巷道||||actual"},
    /* a topic too long to keep is cut where a phrase starts: after a 的 or a
     * list's joiner near the cut, at the mark that opens a name the cut falls
     * in, or not at all when it is only a little too long */
    {2016, "全市投资6.2亿元，实施了奋斗镇新农村建设和哈克镇生态奶源基地建设。",
     "6.2亿元|amount|620000000||元|哈克镇生态奶源基地建设投资|全市|||actual"},
    {2016, "投资6349万元，重点实施了“县中振兴”工程普通高中办学能力提升。",
     "6349万元|amount|63490000||元|“县中振兴”工程普通高中办学能力提升投资||||actual"},
    {2016, "投资1.29亿元，完成总投资4500万元的伊敏河沿河道路工程。",
     "1.29亿元|amount|129000000||元|伊敏河沿河道路工程投资||||actual ; "
     "4500万元|amount|45000000||元|伊敏河沿河道路工程总投资||||actual"},
    {2016, "投资2000万元，提高社区干部生活补贴和环卫工人工资标准。",
     "2000万元|amount|20000000||元|提高社区干部生活补贴和环卫工人工资标准投资||||actual"},
    {2016, "投资5900万元的城市重点区域亮化照明工程全部完工。",
     "5900万元|amount|59000000||元|城市重点区域亮化照明工程投资||||actual"},
    /* a long counted noun whose predicate no table names is taken to the end
     * of its clause when that is near, never cut inside a word; one whose
     * clause runs on is cut at 16 characters */
    {2024, "全年将150万“老工伤”人员全部纳入工伤保险范围。",
     "150万|amount|1500000|||“老工伤”人员全部纳入工伤保险范围|||全年|target"},
    {2024, "全年16所高职学校入选第二期国家“双高计划”。",
     "16所|amount|16||所|高职学校入选第二期国家“双高计划”|||全年|actual"},
    {2024, "全年16所高职学校入选第二期国家“双高计划”立项建设单位名单并获得省级财政专项资金奖励和配套政策支持。",
     "16所|amount|16||所|高职学校入选第二期国家“双高计划|||全年|actual"},
    /* words split by the line breaks of text from a PDF */
    {2024, "全年水产品产量12.5万吨，比上年增\n长3.2%。",
     "12.5万吨|amount|125000||吨|水产品产量|||全年|actual ; 3.2%|change|3.2||%|水产品产量||比上年|全年|actual"},
    {2024, "蔬菜、水果产量分\n别增长2.1%和3.4%。",
     "2.1%|change|2.1||%|蔬菜产量||||actual ; 3.4%|change|3.4||%|水果产量||||actual"},
    {2024, "全县粮食产量下\n  降1.5%。", "1.5%|change|-1.5||%|粮食产量|全县|||actual"},
    {2024, "全年食用菌产量4.2万吨，比\n上年下降2.8%。",
     "4.2万吨|amount|42000||吨|食用菌产量|||全年|actual ; 2.8%|change|-2.8||%|食用菌产量||比上年|全年|actual"},
    /* table rows: the label without the marks around it (# = of which), a
     * name spread over its cell joined, a unit cell no part of it */
    {2024,
     "表3 主要指标\n指标    单位    本年    增长\n#住宅    万平方米    897.5    6.2\n"
     "林    业    亿元    86.95    4.2\n纱    吨    18912    19.3\n",
     "897.5|amount|8975000||平方米|住宅||||actual ; 6.2|change|6.2|||住宅||||actual ; "
     "86.95|amount|8695000000||元|林业||||actual ; 4.2|change|4.2|||林业||||actual ; "
     "18912|amount|18912||吨|纱||||actual ; 19.3|change|19.3|||纱||||actual"},
    /* a word of level before a verb of change goes with the verb when it is
     * an auxiliary (要下降), else stays in the name (英伟达涨) */
    {2024, "全年二氧化硫排放量要下降3%。", "3%|change|-3||%|二氧化硫排放量|||全年|target"},
    {2024, "英伟达涨5%。", "5%|change|5||%|英伟达||||actual"},
    /* 第一、二、三产业: the ordinal and the name go to every part */
    {2024, "第一、二、三产业增加值分别增长3.1%、4.2%和5.3%。",
     "3.1%|change|3.1||%|第一产业增加值||||actual ; 4.2%|change|4.2||%|第二产业增加值||||actual ; "
     "5.3%|change|5.3||%|第三产业增加值||||actual"},
    {2024, "第一、二、三次产业增加值占比分别为10%、40%和50%。",
     "10%|share|10||%|第一产业增加值||||actual ; 40%|share|40||%|第二产业增加值||||actual ; "
     "50%|share|50||%|第三产业增加值||||actual"},
    {2024, "“甲标准”、“乙品牌”分别新增12项和44项。",
     "12项|amount|12||项|“甲标准”||||actual ; 44项|amount|44||项|“乙品牌”||||actual"},
    {2024, "水土流失、荒漠化、沙化土地面积分别净减少2.1万、1.5万、1.1万平方公里。",
     "2.1万|change|-21000||平方公里|水土流失面积||||actual ; 1.5万|change|-15000||平方公里|荒漠化面积||||actual ; "
     "1.1万平方公里|change|-11000||平方公里|沙化土地面积||||actual"},
    /* the same value again in another unit (折合), a qualifier before 占, a
     * span of ten years opening a clause */
    {2023, "实际使用外资达到160.6亿美元、折合1148亿元人民币。",
     "160.6亿美元|amount|16060000000||美元|实际使用外资||||actual ; "
     "1148亿元人民币|amount|114800000000||元|实际使用外资||||actual"},
    {2023, "城镇新增就业超700万人、约占全国1/10。",
     "超700万人|amount|7000000|over|人|城镇新增就业||||actual ; 1/10|share|0.1|approx||城镇新增就业||全国||actual"},
    {2023, "全国粮食产量达到6.9亿吨，十年增加近1亿吨。",
     "6.9亿吨|amount|690000000||吨|粮食产量|全国|||actual ; "
     "近1亿吨|change|100000000|approx|吨|粮食产量|全国||十年|actual"},
    /* the goal set for an indicator is no part of its name; the goal of a growth rate named by a noun is a
     * change (indicators.md: 增速为7.35% is a change; this case said amount until 2026-12-05) */
    {2024, "今年经济增长速度的调控目标定为8%。", "8%|change|8||%|经济增长速度|||今年|target"},
    {2024, "今年经济增速目标为8%。", "8%|change|8||%|经济增速|||今年|target"},
    {2024, "今年财政赤字目标为3%。", "3%|amount|3||%|财政赤字|||今年|target"},
    /* what a school has, named after it, is the school's: the topic goes on past each bare head, also one a
     * line break splits; a topic that names the head already is not doubled */
    {2023, "普通高中83所，招生5.3万人，在校生15.6万人，毕业生5万人。",
     "83所|amount|83||所|普通高中||||actual ; 5.3万人|amount|53000||人|普通高中招生||||actual ; "
     "15.6万人|amount|156000||人|普通高中在校生||||actual ; 5万人|amount|50000||人|普通高中毕业生||||actual"},
    {2023, "年末共有在蓉高校65所，在校学生116.4万人，其中本\n专科学生103.5万人，研究生10.9万人。",
     "65所|amount|65||所|在蓉高校|||年末|actual ; 116.4万人|amount|1164000||人|在蓉高校在校学生|||年末|actual ; "
     "103.5万人|amount|1035000||人|在蓉高校本专科学生|||年末|actual ; "
     "10.9万人|amount|109000||人|在蓉高校研究生|||年末|actual"},
    {2023, "全年粮食播种面积1100万亩，产量1285万吨。",
     "1100万亩|amount|11000000||亩|粮食播种面积|||全年|actual ; 1285万吨|amount|12850000||吨|粮食产量|||全年|actual"},
    /* a glossary counts what its terms name: no values; a revised figure in the notes stays */
    {2026,
     "一、综合\n\n全年地区生产总值增长5%"
     "。\n\n注释\n［28］三个立法权：\n一般地方性法规、经济特区法规和自由贸易港法规的立法权。\n"
     "［29］经最终核实，2025年全省生产总值为8203.2亿元。\n",
     "5%|change|5||%|地区生产总值|||全年|actual ; 8203.2亿元|amount|820320000000||元|生产总值|全省||2025年|actual"},
    /* both ends of a rate of growth that goes from X to Y are rates of growth, as both of a share are shares */
    {2024, "物价涨幅从14.8%降到10%。", "14.8%|change|14.8||%|物价||||actual ; 10%|change|10||%|物价||||actual"},
    {2024, "城镇化率从60%提高到65%。", "60%|amount|60||%|城镇化率||||actual ; 65%|amount|65||%|城镇化率||||actual"},
    {2024, "今年城镇新增就业预期目标1100万人以上。", "1100万人以上|amount|11000000|over|人|城镇新增就业|||今年|target"},
    {2024, "今年粮食产量目标设定为1.3万亿斤以上。",
     "1.3万亿斤以上|amount|1300000000000|over|斤|粮食产量|||今年|target"},
    {2024, "今年广义货币M2预期增长目标为13%左右。", "13%左右|change|13|approx|%|广义货币M2|||今年|target"},
    /* values side by side share out a subject of as many parts, and a later
     * 分别 takes the same parts */
    {2024, "年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比上年增加2.8平方米和5.5平方米。",
     "32.9平方米|amount|32.9||平方米|城镇人均住房面积|||年底|actual ; "
     "37.1平方米|amount|37.1||平方米|农村人均住房面积|||年底|actual ; "
     "2.8平方米|change|2.8||平方米|城镇人均住房面积||比上年|年底|actual ; "
     "5.5平方米|change|5.5||平方米|农村人均住房面积||比上年|年底|actual"},
    {2024, "全年累计接待游客7.5亿人次、旅游花费1.3万亿元，分别增长12.9%、11.6%。",
     "7.5亿人次|amount|750000000||人次|接待游客|||全年|actual ; "
     "1.3万亿元|amount|1300000000000||元|旅游花费|||全年|actual ; "
     "12.9%|change|12.9||%|接待游客|||全年|actual ; 11.6%|change|11.6||%|旅游花费|||全年|actual"},
    /* 分别 after a clause that states no value: its parts end where its verb begins */
    {2024, "城市和农村低保标准再次提高，分别提高50元和30元。",
     "50元|change|50||元|城市低保标准||||actual ; 30元|change|30||元|农村低保标准||||actual"},
    {2024, "全年城乡居民人均可支配收入年均增长5.3%、8.1%。",
     "5.3%|change|5.3||%|城镇居民人均可支配收入||年均|全年|actual ; "
     "8.1%|change|8.1||%|农村居民人均可支配收入||年均|全年|actual"},
    /* a first part that has its own head of measure shares none */
    {2024, "限额以上企业通过互联网实现商品零售额、餐饮收入分别增长22.7%和48.1%。",
     "22.7%|change|22.7||%|限额以上企业通过互联网实现商品零售额||||actual ; 48.1%|change|48.1||%|餐饮收入||||actual"},
    /* a streak says how long, not what; a field before a rank is its basis */
    {2024, "全省地区生产总值增长3.9%、总量连续37年居全国首位。",
     "3.9%|change|3.9||%|地区生产总值|全省|||actual ; 首位|rank|1|||地区生产总值||全国||actual"},
    {2024, "全省农村集体资产总量全国第一。", "第一|rank|1|||农村集体资产总量|全省|全国||actual"},
    {2024, "全省替代品占有率达84%。", "84%|amount|84||%|替代品占有率|全省|||actual"},
    /* a ratio of the three industries; a list of ranks shared out as its values were */
    {2025, "全省三次产业比重为4.0∶37.7∶58.3。",
     "4.0|share|4|||第一产业|全省|||actual ; 37.7|share|37.7|||第二产业||||actual ; "
     "58.3|share|58.3|||第三产业||||actual"},
    {2025, "全区一产、二产、三产增加值分别增长6%、5.2%、5.2%，分别居全国第二、第七、第九。",
     "6%|change|6||%|一产增加值|全区|||actual ; 5.2%|change|5.2||%|二产增加值||||actual ; "
     "5.2%|change|5.2||%|三产增加值||||actual ; 第二|rank|2|||一产增加值|全区|全国||actual ; "
     "第七|rank|7|||二产增加值||全国||actual ; 第九|rank|9|||三产增加值||全国||actual"},
    {2024, "表2 主要产品产量\n产品名称    产量    增长\n其中：夏粮    16.25    10.1\n",
     "16.25|amount|16.25|||夏粮||||actual ; 10.1|change|10.1|||夏粮||||actual"},
    /* what a value is per (每月, 每人每月) is no part of its subject */
    {2019, "城乡居民基础养老金最低标准从每月70元提高到88元。",
     "70元|amount|70||元|城乡居民基础养老金最低标准||||actual ; "
     "88元|amount|88||元|城乡居民基础养老金最低标准||||actual"},
    /* 分别从…提高到…: the first values and the last go round the parts twice */
    {2025, "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。",
     "209元|amount|209||元|困难残疾人生活补贴标准||||actual ; 280元|amount|280||元|重度残疾人护理补贴标准||||actual ; "
     "217元|amount|217||元|困难残疾人生活补贴标准||||actual ; 290元|amount|290||元|重度残疾人护理补贴标准||||actual"},
    /* …由X和Y分别增加到…: the 分别 after the first list spreads both lists; the time after 由 is the whole
     * first list's */
    {2026, "城乡居民人均可支配收入由2021年的46503元和16935元分别增加到58794元和23184元。",
     "46503元|amount|46503||元|城镇居民人均可支配收入|||2021年|actual ; "
     "16935元|amount|16935||元|农村居民人均可支配收入|||2021年|actual ; "
     "58794元|amount|58794||元|城镇居民人均可支配收入||||actual ; "
     "23184元|amount|23184||元|农村居民人均可支配收入||||actual"},
    {2026, "城乡低保平均标准分别从2020年的645元/月、4318元/年提高到801元/月、7226元/年。",
     "645元/月|amount|645||元/月|城市低保平均标准|||2020年|actual ; "
     "4318元/年|amount|4318||元/年|农村低保平均标准|||2020年|actual ; "
     "801元/月|amount|801||元/月|城市低保平均标准||||actual ; "
     "7226元/年|amount|7226||元/年|农村低保平均标准||||actual"},
    /* (one value after 由, then a value of another list: the time stays the first's) */
    {2026, "钢产量由2020年的3712万吨增加到3900万吨、4000万吨。",
     "3712万吨|amount|37120000||吨|钢产量|||2020年|actual ; 3900万吨|amount|39000000||吨|钢产量||||actual ; "
     "4000万吨|amount|40000000||吨|钢产量||||actual"},
    /* the noun before the numbers is the subject of each of them, whole */
    {2024, "全市易地搬迁安置户520户1300人全部入住新居。",
     "520户|amount|520||户|易地搬迁安置户|全市|||actual ; 1300人|amount|1300||人|易地搬迁安置户|全市|||actual"},
    {2022, "表1\n地区生产总值\t亿元\t20817.5\t2.8\n| 全州 | 4886455 | 100 |",
     "20817.5|amount|20817.5|||地区生产总值||||actual ; 2.8|amount|2.8|||地区生产总值||||actual ; "
     "4886455|amount|4886455|||全州||||actual ; 100|amount|100|||全州||||actual"},
    /* a table row's numbering (1. （2） 三、) is no value and no part of its label */
    {2023, "表9 居民消费价格指数\n| 指标 | 比上年上涨 |\n| --- | --- |\n| 1.食品烟酒 | 10.3 |\n| 2.衣着 | -0.1 |\n",
     "10.3|change|10.3|||食品烟酒||比上年||actual ; -0.1|change|-0.1|||衣着||比上年||actual"},
    {2023, "表1 主要指标\n指标    增长\n一、农业    3.2\n（2）林业    4.1\n12.渔业    5.5\n",
     "3.2|change|3.2|||农业||||actual ; 4.1|change|4.1|||林业||||actual ; 5.5|change|5.5|||渔业||||actual"},
    {2023,
     "表2 农业产值\n| 指标 | 产值 | 增长 |\n| --- | --- | --- |\n| 渔  业 | 9.81 | 10.2 |\n| **总指数** | 2.1 | 1.0 "
     "|\n",
     "9.81|amount|9.81|||渔业||||actual ; 10.2|change|10.2|||渔业||||actual ; "
     "2.1|amount|2.1|||总指数||||actual ; 1.0|change|1|||总指数||||actual"},
    /* a table's header: a column of units (万辆: ×10 000), a column of change in %
     * beside a column of output (汽车 + 产量), a label that names its measure (发电量)
     * or a concept by itself (猪出栏) */
    {2021,
     "表3：2021年主要工业产品产量及其增长速度\n\n产品名称\t单位\t产量\t比上年增长(%)\n汽车\t万辆\t62.6\t15.1\n"
     "发电量\t亿千瓦时\t592.4\t-7.8\n猪出栏\t万头\t153.12\t2.1\n",
     "62.6|amount|626000||辆|汽车产量||||actual ; 15.1|change|15.1||%|汽车产量||比上年||actual ; "
     "592.4|amount|59240000000||千瓦时|发电量||||actual ; -7.8|change|-7.8||%|发电量||比上年||actual ; "
     "153.12|amount|1531200||头|猪出栏||||actual ; 2.1|change|2.1||%|猪出栏||比上年||actual"},
    /* set with spaces: a cell pairs with the header cell it stands under when a
     * row has fewer cells; a unit in a column's name (年末数（万人）) */
    {2023,
     "表1   2023年末常住人口数及其构成\n\n        指   标          年末数（万人）      比重（%）\n"
     " 全市常住人口                  866.60\n     其中：城镇                392.66    45.31\n",
     "866.60|amount|8666000||人|全市常住人口||||actual ; 392.66|amount|3926600||人|城镇常住人口||||actual ; "
     "45.31|share|45.31||%|城镇常住人口||||actual"},
    /* a part (城市) under a table's first row is the part of it */
    {2023,
     "表2  2023年居民消费价格指数\n\n类    别            指   数（以上年为 100）\n居民消费价格指数         100.0\n"
     "城市              99.9\n",
     "100.0|amount|100|||居民消费价格指数||||actual ; 99.9|amount|99.9|||城市居民消费价格指数||||actual"},
    /* the header of a Markdown table under an empty row and separators */
    {2020, "**表1 居民消费价格**\n\n|  |  |\n| --- | --- |\n|  | **比上年上涨（%）** |\n| 居民消费价格总指数 | 1.5 |\n",
     "1.5|change|1.5||%|居民消费价格总指数||比上年||actual"},
    /* 是…的N倍: a multiple of what stands between 是 and 的, whose time is
     * not the multiple's (2.1倍 is of 2022, the value before it), nor the
     * time of the value before it (1.6万户 is not of 十年前) */
    {2022, "市场主体总量超过1.6万户、是十年前的3倍。2022年研发投入120亿元，是2012年的2.1倍。",
     "超过1.6万户|amount|16000|over|户|市场主体总量||||actual ; 3倍|amount|3||倍|市场主体总量||十年前||actual ; "
     "120亿元|amount|12000000000||元|研发投入|||2022年|actual ; 2.1倍|amount|2.1||倍|研发投入||2012年|2022年|actual"},
    /* a web page's tables: an empty row of cells above every header (|  |  |, no running page
     * header however often it stands), bold marks split inside a header cell (**（****%****）**) */
    {2020,
     "全年粮食生产稳定。\n\n|  |  |  |\n| --- | --- | --- |\n| **指标名称** | **产量（吨）** | "
     "**比上年增长（****%****）** "
     "|\n|  |  |  |\n| --- | --- | --- |\n| 粮食 | 1271601 | 0.4 |\n\n全年财政收支平稳。\n\n|  |  |  |\n| --- | --- | "
     "--- "
     "|\n| | **绝对数****（亿元）** | **比上年增长（****%****）** |\n|  |  |  |\n| --- | --- | --- |\n| 教育 | 94.64 | "
     "-0.3 |\n",
     "1271601|amount|1271601||吨|粮食||||actual ; 0.4|change|0.4||%|粮食||比上年||actual ; "
     "94.64|amount|9464000000||元|教育||||actual ; -0.3|change|-0.3||%|教育||比上年||actual"},
    /* a page break inside a table (— 2 —, a form feed): the rows after it keep the header */
    {2023,
     "表1 年末户籍人口\n               指标名称          年末数（人）     比重（%）\n\n    全州户籍人口                "
     "   "
     "4899310    100.0\n\n\n— 2 —\n\f    男性                      2617299      53.4\n",
     "4899310|amount|4899310||人|全州户籍人口||||actual ; 100.0|share|100||%|全州户籍人口||||actual ; "
     "2617299|amount|2617299||人|男性户籍人口||||actual ; 53.4|share|53.4||%|男性户籍人口||||actual"},
    /* a number alone on a line among a table's rows does not end the table: the rows after it keep the header
     * (the number itself, with no unit and no label, is no row) */
    {2023,
     "表12 财政收支情况\n           指标名称              绝对数（亿元）    比上年增长（%）\n\n      教育              "
     "         "
     "104.83     4.6\n                                          3.7\n      交通运输                     8.18       "
     "37.3\n",
     "104.83|amount|10483000000||元|教育||||actual ; 4.6|change|4.6||%|教育||比上年||actual ; "
     "8.18|amount|818000000||元|交通运输||||actual ; "
     "37.3|change|37.3||%|交通运输||比上年||actual"},
    /* the first row of a table named by its place only (| 全州 |) is no whole a part narrows */
    {2020, "表1 户籍人口\n| 指标 | 年末数（人） |\n| --- | --- |\n| 全州 | 4886455 |\n| 其中：城镇 | 1800129 |\n",
     "4886455|amount|4886455||人|全州||||actual ; 1800129|amount|1800129||人|城镇||||actual"},
    /* a point compared with that is no period (较上一交易日, 较此前一周): a basis, the subject carried;
     * a time of day (16:30) ends no clause; a day of the week is a time */
    {2024, "周四人民币对美元16:30收盘报7.1629，较上一交易日跌127个基点。",
     "7.1629|amount|7.1629|||人民币对美元16:30收盘|||周四|actual ; "
     "127个基点|change|-127||个基点|人民币对美元16:30收盘||较上一交易日|周四|actual"},
    /* 在 before the time that opens a subject */
    {2024, "计划在2025年政府支出达到677.4万亿韩元。",
     "677.4万亿韩元|amount|677400000000000||韩元|政府支出|||2025年|target"},
    /* an index named with a number (科创50) is no value; a figure revised (修正为) keeps its subject */
    {2024, "科创50涨0.94%，北证50跌0.39%。",
     "0.94%|change|0.94||%|科创50||||actual ; 0.39%|change|-0.39||%|北证50||||actual"},
    {2024, "失业率从5%修正为4.8%。", "5%|amount|5||%|失业率||||actual ; 4.8%|amount|4.8||%|失业率||||actual"},
    /* a span of years after what it measures, summed or changed over it: the period, not the subject */
    {2023, "国家财政性教育经费支出五年累计7.79万亿元，居民人均可支配收入五年增长30.8%。",
     "7.79万亿元|amount|7790000000000||元|国家财政性教育经费支出|||五年|actual ; "
     "30.8%|change|30.8||%|居民人均可支配收入|||五年|actual"},
    /* 分别 before the comparative is no part of the basis */
    {2016, "小微企业、“三农”贷款增速比各项贷款平均增速分别高4.2和0.7个百分点。",
     "4.2|change|4.2||个百分点|小微企业贷款增速||各项贷款平均增速||actual ; "
     "0.7个百分点|change|0.7||个百分点|“三农”贷款增速||各项贷款平均增速||actual"},
    /* a rank's field after the verb that reached it: the field alone is the basis */
    {2024, "区域农业品牌排名提升至全国第六位。", "第六位|rank|6|||区域农业品牌||全国||actual"},
    /* a list of counted things: each value counts the noun after it, not the one before */
    {2024, "建成11公里污水管网、16公里雨水管网和5座泵站。",
     "11公里|amount|11||公里|污水管网||||actual ; 16公里|amount|16||公里|雨水管网||||actual ; "
     "5座|amount|5||座|泵站||||actual"},
    /* 比五年前 is a basis like 比2018年 */
    {2023, "中央财政转移支付资金比五年前增长66.8%。", "66.8%|change|66.8||%|中央财政转移支付资金||比五年前||actual"},
    /* a news item's number with Markdown's emphasis (2**、) is no value */
    {2024, "### 海外\n\n2**、香港恒生指数跌0.72%。\n", "0.72%|change|-0.72||%|香港恒生指数||||actual"},
    /* a span of years in digits opening a clause; 10年期 is a name */
    {2025, "一般公共预算收入累计完成3.7万亿元，5年增长18.7%。10年期国债收益率下行5个基点。",
     "3.7万亿元|amount|3700000000000||元|一般公共预算收入||||actual ; "
     "18.7%|change|18.7||%|一般公共预算收入|||5年|actual ; 5个基点|change|-5||个基点|10年期国债收益率||||actual"},
    /* a figure of the time compared with (预算, 执行数) is part of the basis */
    {2019, "中央政府公共投资9000亿元，比上年预算增加500亿元。",
     "9000亿元|amount|900000000000||元|中央政府公共投资||||actual ; "
     "500亿元|change|50000000000||元|中央政府公共投资||比上年预算||actual"},
    {2024, "一般公共预算支出比上年执行数增长4%。", "4%|change|4||%|一般公共预算支出||比上年执行数||actual"},
    /* what is to be arranged or issued (拟安排, 拟发行) is the subject */
    {2024, "今年拟安排财政赤字4万亿元，拟发行超长期特别国债1万亿元。",
     "4万亿元|amount|4000000000000||元|财政赤字|||今年|target ; "
     "1万亿元|amount|1000000000000||元|超长期特别国债|||今年|target"},
    /* a consensus estimate (预估) and a first release (初值) of the same indicator */
    {2024, "美国7月CPI同比升2.9%，预估升3%，初值升2.8%。",
     "2.9%|change|2.9||%|美国CPI||同比|7月|actual ; 3%|change|3||%|美国CPI|||7月|forecast ; "
     "2.8%|change|2.8||%|美国CPI|||7月|actual"},
};

/* The dates of rows (period_start, period_end) and their status. */
static const char *dates_of(const char *text, int year) {
    static char out[2048];
    tj_doc *d = unit_analyze(text, year, TJ_LAYER_INDICATORS);
    size_t o = 0;
    out[0] = 0;
    for (size_t k = 0; k < d->nindicators && o < sizeof out - 128; k++) {
        const tj_indicator *r = &d->indicators[k];
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s:%d-%d:%s", k ? " ; " : "", unit_span(d, r->b0, r->b1),
                              (int)r->period_start, (int)r->period_end, tj_status_name(r->status));
    }
    tj_doc_free(d);
    return out;
}

/* Issue 14: plan periods, the two ends of a change over a span of years,
 * and the end of a change from a value of the past in a report's goals. */
static void older_dates(void) {
    static const struct {
        int year;
        const char *text, *want;
    } C[] = {
        {1990, "“五五”期间，全国工农业总产值年均增长8%。", "8%:19760101-19801231:actual"},
        {1990, "“六五”时期，国民生产总值年均增长10%。", "10%:19810101-19851231:actual"},
        {1990, "第一个五年计划期间，钢产量增长了3倍。", "3倍:19530101-19571231:actual"},
        {1990, "从一九八○年至一九八五年，钢产量由3712万吨增加到3900万吨。",
         "3712万吨:19800101-19801231:actual ; 3900万吨:19850101-19851231:actual"},
        {2026,
         "2026年政府工作报告\n\n二、2026年主要目标\n\n今年的主要预期目标是：地区生产总值增长5%左右。"
         "人均预期寿命从2020年的82.4岁提升至83.9岁。今年将办好十件民生实事。",
         "5%左右:20260101-20261231:target ; 82.4岁:20200101-20201231:actual ; 83.9岁:20250101-20251231:actual ; "
         "十件:20260101-20261231:target"},
        /* a part of a report after a part of plans goes on with them; what has happened (已) stays actual */
        {2015,
         "政府工作报告\n\n一、2014年工作回顾\n\n地区生产总值增长7.4%。\n\n二、2015年工作总体部署\n\n"
         "国内生产总值增长7%左右。\n\n三、把改革开放扎实推向纵深\n\n财政补助标准由每人每年320元提高到380元。"
         "国家已设立400亿元新兴产业创业投资引导基金。\n",
         "7.4%:20140101-20141231:actual ; 7%左右:20150101-20151231:target ; 320元:20150101-20151231:target ; "
         "380元:20150101-20151231:target ; 400亿元:20140101-20141231:actual"},
        /* an annex of the coming year's pledges is no part of the review before it */
        {2026,
         "2026年政府工作报告\n\n一、2025年工作回顾\n\n地区生产总值增长5%。\n\n附件1\n2026年民生实事\n"
         "一、扩大托育服务\n新建托育中心10个。\n",
         "5%:20250101-20251231:actual ; 10个:20260101-20261231:target"},
    };
    for (size_t k = 0; k < N_ELEMS(C); k++)
        CHECK_STR("dates", C[k].text, dates_of(C[k].text, C[k].year), C[k].want);
}

/* Row ids point at the right sentence and section; dates come from the year. */
static void ids_and_dates(void) {
    const char *doc = "一、经济运行\n1—10月，全市工业投资增长13.7%。\n二、民生\n截至11月底，城镇新增就业36.37万人。";
    tj_doc *d = unit_analyze(doc, 2022, TJ_LAYER_INDICATORS);
    CHECK(d->nindicators == 2, "two rows, got %zu", d->nindicators);
    if (d->nindicators == 2) {
        CHECK(d->indicators[0].section == 1 && d->indicators[1].section == 2, "sections 1 and 2");
        CHECK(d->indicators[0].sentence == 2 && d->indicators[1].sentence == 4, "sentences 2 and 4, got %d %d",
              d->indicators[0].sentence, d->indicators[1].sentence);
        CHECK(d->indicators[0].period_start == 20220101 && d->indicators[0].period_end == 20221031, "1—10月 dates");
        CHECK(d->indicators[1].period_start == 0 && d->indicators[1].period_end == 20221130, "截至11月底 dates");
    }
    tj_doc_free(d);
    /* without a year, yearless periods have no dates */
    d = unit_analyze("1—10月，全市工业投资增长13.7%。", 0, TJ_LAYER_INDICATORS);
    CHECK(d->nindicators == 1 && d->indicators[0].period_start == 0 && d->indicators[0].period.p,
          "no year: period kept, no dates");
    tj_doc_free(d);
}

/* Nothing at all in text that states no value; no crash on invalid UTF-8. */
static void empty_and_bad(void) {
    static const char *const T[] = {"", "\xff\xfe", "全市经济稳中向好。", "党的二十大胜利召开。",
                                    "\xe5\xa2\x9e\xe9\x95\xbf"};
    for (size_t k = 0; k < N_ELEMS(T); k++) {
        tj_doc *d = unit_analyze(T[k], 2022, TJ_LAYER_INDICATORS);
        CHECK(d->nindicators == 0, "no rows in case %zu", k);
        tj_doc_free(d);
    }
    tj_doc *d = unit_analyze("增长\xff 5.2%\xe4\xb8。", 2022, TJ_LAYER_INDICATORS);
    CHECK(d->nindicators == 1 && d->indicators[0].value == 5.2, "a value next to invalid bytes");
    tj_doc_free(d);
}

/* A connection reuses the memory of its last analysis: a long document, a
 * short one and the long one again give what fresh analyses give. */
static void reuse(void) {
    static char big[60000];
    size_t o = 0;
    while (o + 200 < sizeof big)
        o += (size_t)snprintf(big + o, sizeof big - o, "一、综合\n全市地区生产总值增长%zu.5%%，完成投资%zu亿元。\n",
                              o % 9, o % 70);
    char want_big[16384], want_small[16384];
    const char *small = "全年增长5%。城镇新增就业9万人。";
    snprintf(want_small, sizeof want_small, "%s", render(small, 2023));
    snprintf(want_big, sizeof want_big, "%s", render(big, 2023));
    CHECK(strlen(want_big) > 1000, "the long document has rows");
    CHECK_STR("indicators", "(small after big)", render(small, 2023), want_small);
    CHECK_STR("indicators", "(big after small)", render(big, 2023), want_big);
}

/* 分别 over more values than a list holds (16): twenty subjects stated
 * before, then twenty rates; runs under ASan in make test. */
static void long_distributed_list(void) {
    char doc[8192];
    size_t o = 0;
    for (int k = 0; k < 20; k++)
        o += (size_t)snprintf(doc + o, sizeof doc - o, "第%d类产品产量%d万吨，", k + 1, k + 10);
    o += (size_t)snprintf(doc + o, sizeof doc - o, "分别增长");
    for (int k = 0; k < 20; k++)
        o += (size_t)snprintf(doc + o, sizeof doc - o, "%s%d%%", k ? "、" : "", k + 1);
    snprintf(doc + o, sizeof doc - o, "。");
    tj_doc *d = unit_analyze(doc, 2023, TJ_LAYER_INDICATORS);
    CHECK(d->nindicators >= 40, "forty values, got %zu", d->nindicators);
    tj_doc_free(d);
}

void test_indicators(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++) {
        const char *got = render(CASES[k].text, CASES[k].year);
        CHECK_STR("indicators", CASES[k].text, got, CASES[k].want);
    }
    ids_and_dates();
    older_dates();
    empty_and_bad();
    reuse();
    long_distributed_list();
}
