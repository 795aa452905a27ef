/* test_labels.c — what makes a row joinable: the subject cleaned, its
 * concept and the region it is about (indicators.md, concept and region).
 * Each case renders every indicator of its document as
 * "text:subject:concept:region code" (empty for NULL), joined by " ; ". */
#include "internal.h"
#include "unit.h"

static const char *render(const char *text, int year) {
    static char out[4096];
    tj_doc *d = unit_analyze(text, year, TJ_LAYER_INDICATORS);
    size_t o = 0;
    out[0] = 0;
    for (size_t k = 0; k < d->nindicators && o < sizeof out - 512; k++) {
        const tj_indicator *r = &d->indicators[k];
        const char *concept = tj_concept_code(r->concept);
        char region[16] = "";
        if (r->region) snprintf(region, sizeof region, "%06d", (int)r->region);
        char span[256];
        snprintf(span, sizeof span, "%s", unit_span(d, r->b0, r->b1));
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s:%s:%s:%s", k ? " ; " : "", span, unit_str(r->subject),
                              concept ? concept : "", region);
    }
    tj_doc_free(d);
    return out;
}

/* A document of the city of 青岛 (its title names it), and one of no place. */
#define CITY "2023年青岛市国民经济和社会发展统计公报\n青岛市统计局\n\n"
#define NOWHERE "某某财经早餐\n\n"

static const struct {
    const char *text, *want;
} CASES[] = {
    /* the subject cleaned: wrapped, a note mark, a bracketed abbreviation */
    {CITY "全年全市地区生产总\n值（GDP）[3]15760亿元。", "15760亿元:地区生产总值:gdp:370200"},
    {CITY "全市生产总值②增长3.9%。", "3.9%:生产总值:gdp:370200"},
    /* a PDF's subscript on a line of its own: M\n2\n is M2, and its 2 no value */
    {"政府工作报告\n\n稳健的货币政策要松紧适度。广义货币M\n2\n预期增长12%左右，在执行中。", "12%左右:广义货币M2:m2:"},
    {CITY "规模以上工业增加值注1增长4.5%。", "4.5%:规模以上工业增加值:value_added_industry_above_scale:370200"},
    /* a foreign economy at the head of the subject: a place name for the concept, no division;
     * before a flow with a partner (欧盟进出口) it is the partner of the document's own trade */
    {CITY "美国7月CPI同比升2.9%。", "2.9%:美国CPI:cpi:"},
    {CITY "欧盟进出口总额增长5%。", "5%:欧盟进出口总额::370200"},
    {NOWHERE "欧元区二季度GDP环比增长0.3%，印度的外汇储备增长2%。",
     "0.3%:欧元区GDP:gdp: ; 2%:印度的外汇储备:fx_reserves:"},
    /* concepts by name and alias; the concept names the quantity, not the kind */
    {CITY "社会消费品零售总额增长5%，城镇调查失业率5.2%，第一产业增加值占比8%。",
     "5%:社会消费品零售总额:retail_sales:370200 ; 5.2%:城镇调查失业率:surveyed_urban_unemployment_rate:370200 ; "
     "8%:第一产业增加值:value_added_primary:370200"},
    {CITY "人均地区生产总值13万元。", "13万元:人均地区生产总值:gdp_per_capita:370200"},
    /* a rate noun: GDP增速 is a row of GDP, whose kind says the rest */
    {NOWHERE "湖北省GDP增速为58.3%。", "58.3%:湖北省GDP:gdp:420000"},
    {NOWHERE "湖北省GDP增速位居首位。", "首位:湖北省GDP:gdp:420000"},
    /* a lead verb and a zone that owns it come off the concept's key */
    {CITY "实施棚户区改造19.5万平方米。", "19.5万平方米:实施棚户区改造:shantytown_renovation:370200"},
    /* most counts have no concept */
    {CITY "新签约项目68个。", "68个:新签约项目::370200"},
    /* region: a whole-area scope or no scope gives the document's region */
    {CITY "我市新增就业7万人。", "7万人:新增就业:new_urban_jobs:370200"},
    /* 全国, 我国: the country */
    {CITY "全国居民消费价格上涨0.2%。我国粮食产量6.9亿吨。",
     "0.2%:居民消费价格:cpi:100000 ; 6.9亿吨:粮食产量:grain_output:100000"},
    /* a place at the head of the subject wins */
    {CITY "海南省GDP增长5%。", "5%:海南省GDP:gdp:460000"},
    {CITY "崂山区地区生产总值增长6%。", "6%:崂山区地区生产总值:gdp:370212"},
    /* a development zone or an exchange is no division */
    {CITY "青岛高新区投资增长8.5%。", "8.5%:青岛高新区投资::"},
    {CITY "青岛自贸片区实际利用外资8.1亿美元，增长40%。",
     "8.1亿美元:青岛自贸片区实际利用外资:actual_fdi: ; 40%:青岛自贸片区实际利用外资:actual_fdi:"},
    {CITY "北京证券交易所上市公司达288家。", "288家:北京证券交易所上市公司::"},
    /* a route names two places and is about neither (崂山区至胶东机场: the
     * second one the tables need not know), while a place named alone before
     * the clause is what it is about; a ； ends what a place before it said */
    {CITY "推动崂山区至胶东机场铁路纳规，高铁里程突破800公里。", "突破800公里:高铁里程:high_speed_rail_length:370200"},
    {CITY "推动崂山区铁路纳规，高铁里程突破800公里。", "突破800公里:高铁里程:high_speed_rail_length:370212"},
    {CITY "崂山区旅游收入增长10%；高速公路通车里程新增30公里。",
     "10%:崂山区旅游收入:tourism_revenue:370212 ; 30公里:高速公路通车里程新增::370200"},
    {CITY "建设全国首个交通强国示范区；高速公路通车里程新增30公里。", "30公里:高速公路通车里程新增::370200"},
    /* a zone that acts leaves the clause after it without a region; one made (建设 实施 开展…) does not */
    {CITY "黎安国际教育创新试验区初具规模，在园师生达1万人。", "1万人:在园师生::"},
    {CITY "建设全国首个交通强国示范区，高速公路通车里程新增30公里。", "30公里:高速公路通车里程新增::370200"},
    /* several places in the subject: none of them */
    {CITY "山西、内蒙古煤炭外运能力达到7200万吨。", "7200万吨:山西、内蒙古煤炭外运能力::"},
    /* a digest of many places: no region but the one each value names, or its context */
    {NOWHERE "一季度，广东省GDP为27117.96亿元，江苏省GDP为25878.38亿元。",
     "27117.96亿元:广东省GDP:gdp:440000 ; 25878.38亿元:江苏省GDP:gdp:320000"},
    {NOWHERE "各省份陆续发布了数据。\n\n安徽省已赶超上海\n\n规模以上工业增加值同比增长26.3%。",
     "26.3%:规模以上工业增加值:value_added_industry_above_scale:340000"},
    {NOWHERE "恒生指数收涨2.01%。", "2.01%:恒生指数::"},
    /* a subject that is only a place speaks of the title's topic */
    {"27省份一季度GDP出炉\n\n广东省以27117.96亿元居于全国首位。",
     "27117.96亿元:广东省GDP:gdp:440000 ; 首位:广东省GDP:gdp:440000"},
    /* a whole named by the number of its members, spread over its values */
    {CITY "三次产业对经济增长的贡献率分别为4.9%、59.6%、35.5%。",
     "4.9%:第一产业对经济增长的贡献率:growth_contribution_primary:370200 ; "
     "59.6%:第二产业对经济增长的贡献率:growth_contribution_secondary:370200 ; "
     "35.5%:第三产业对经济增长的贡献率:growth_contribution_tertiary:370200"},
    /* a list shares a head of measure */
    {CITY "蔬菜及食用菌、中草药材、园林水果产量分别增长1.9%、6.2%、3.3%。",
     "1.9%:蔬菜及食用菌产量:vegetables_output:370200 ; 6.2%:中草药材产量:herbs_output:370200 ; "
     "3.3%:园林水果产量:orchard_fruit_output:370200"},
};

/* The vocabulary: every concept's name and each of its aliases find it. */
static void vocabulary(void) {
    const tj_concept_names *cn = &unit_env->concepts;
    int wrong = 0;
    for (size_t k = 0; k < TJ_NCONCEPTS; k++) {
        const char *a = TJ_CONCEPTS[k].aliases, *name = TJ_CONCEPTS[k].name_zh;
        char key[512];
        size_t n = tj_clean_phrase((const unsigned char *)name, strlen(name), TJ_CLEAN_NOTES, key, sizeof key);
        if (tj_concept_find(cn, key, n) != (int)k) wrong++;
        while (*a) {
            const char *bar = strchr(a, '|');
            size_t len = bar ? (size_t)(bar - a) : strlen(a);
            n = tj_clean_phrase((const unsigned char *)a, len, TJ_CLEAN_NOTES, key, sizeof key);
            CHECK(tj_concept_find(cn, key, n) == (int)k, "alias %.*s of %s", (int)len, a, TJ_CONCEPTS[k].code);
            a += len + (bar != NULL);
        }
    }
    CHECK(wrong == 0, "%d concept names do not find their concept", wrong);
    CHECK(TJ_NCONCEPTS >= 380, "the vocabulary has %zu concepts", TJ_NCONCEPTS);
    CHECK(tj_concept_find(cn, "不是概念", strlen("不是概念")) < 0, "an unknown name");
}

/* The region table: codes, levels and parents as GB/T 2260 has them. */
static void region_table(void) {
    static const struct {
        int32_t code;
        const char *name, *level;
        int32_t parent;
    } R[] = {
        {100000, "中国", "country", 0},          {110000, "北京市", "province", 100000},
        {110105, "朝阳区", "county", 110000},    {370200, "青岛市", "prefecture", 370000},
        {150702, "海拉尔区", "county", 150700},  {522600, "黔东南苗族侗族自治州", "prefecture", 520000},
        {469005, "文昌市", "county", 460000},    {810000, "香港特别行政区", "province", 100000},
        {710000, "台湾省", "province", 100000},
    };
    for (size_t k = 0; k < N_ELEMS(R); k++) {
        const tj_region *r = tj_region_by_code(R[k].code);
        CHECK(r && !strcmp(r->name, R[k].name) && !strcmp(tj_region_level_name(r->code), R[k].level) &&
                  r->parent == R[k].parent,
              "region %d", (int)R[k].code);
    }
    CHECK(tj_region_by_code(220271) == NULL, "a development zone is no division");
    CHECK(tj_region_by_code(110100) == NULL, "市辖区 is no division");
    for (size_t k = 1; k < TJ_NREGIONS; k++)
        if (TJ_REGIONS[k - 1].code >= TJ_REGIONS[k].code) CHECK(0, "regions out of order at %zu", k);
    CHECK(tj_region_within(150702, 150000) && !tj_region_within(150000, 150702), "within");
}

void test_labels(void) {
    for (size_t k = 0; k < N_ELEMS(CASES); k++)
        CHECK_STR("labels", CASES[k].text, render(CASES[k].text, 2023), CASES[k].want);
    vocabulary();
    region_table();
}
