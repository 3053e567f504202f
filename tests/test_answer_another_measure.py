"""A figure of another year set by its own clause, a loss for a level, another kind of the measure
asked (国民生产总值的总额), another currency than the yuan asked, and another part of the year."""

from __future__ import annotations

from test_answer_evidence import national_report
from test_answer_reading import _ask

from retrieval.answering import answer
from retrieval.models import Answer, Passage
from retrieval.places import read_query

PLAN = [
    "按照十年规划，在这十年里，要建立稳固的农业基础。接照十年规划，到一九八五年，"
    "粮食产量达到八千亿斤，钢产量六千万吨。"
]


def test_a_year_standing_as_its_own_clause_sets_the_figures_after_it() -> None:
    answer = _ask("1978年政府工作报告中，1977年全国粮食总产量是多少斤？", "1978", PLAN)
    assert "八千亿斤" not in answer.text
    assert answer.abstained
    answer = _ask("1978年政府工作报告中，到1985年粮食产量要达到多少斤？", "1978", PLAN)
    assert "八千亿斤" in answer.text


def test_a_loss_told_is_no_level_unless_a_loss_is_asked() -> None:
    texts = [
        "从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，"
        "钢产量二千八百万吨，财政收入四百亿元。"
    ]
    answer = _ask("1978年政府工作报告中，1977年全国钢产量是多少吨？", "1978", texts)
    assert "二千八百万吨" not in answer.text
    assert answer.abstained
    answer = _ask("1978年政府工作报告说，四人帮的破坏使钢产量损失了多少？", "1978", texts)
    assert "二千八百万吨" in answer.text
    # A loss in a clause of its own is not the figure's: 减产 of 棉花 leaves 粮食 a level.
    harvest = [
        "除棉花和糖料减产外，主要农产品产量都有显著增加，粮食总产量４５６４亿公斤，"
        "达到历史最高水平。"
    ]
    answer = _ask("1994年政府工作报告中，1993年全国粮食总产量是多少？", "1994", harvest)
    assert "４５６４亿公斤" in answer.text


def test_a_measure_of_another_thing_does_not_answer_the_things_measure() -> None:
    texts = [
        "“六五”期间，全民所有制单位的固定资产投资总额五年为八千九百六十亿元，"
        "建成投产的大中型项目四百九十六个。"
    ]
    question = "1986年政府工作报告中，一九八五年国民生产总值的总额是多少亿元？"
    answer = _ask(question, "1986", texts)
    assert "八千九百六十亿元" not in answer.text
    assert answer.abstained
    answer = _ask("1986年政府工作报告中，六五期间固定资产投资的总额是多少？", "1986", texts)
    assert "八千九百六十亿元" in answer.text


def test_yuan_asked_in_so_many_words_is_no_figure_in_dollars() -> None:
    texts = [
        "在国际市场竞争激烈、国内出口退税率降低的条件下，外贸进出口总额达到２８９０多亿美元，"
        "国家外汇储备年末达到１０５０亿美元。"
    ]
    answer = _ask("1997年政府工作报告中，1996年全国财政收入总额是多少亿元？", "1997", texts)
    assert "２８９０多亿美元" not in answer.text
    assert answer.abstained
    # 多少钱 names no currency.
    answer = _ask("97年的报告里，96年外贸进出口一共做了多少钱的生意？", "1997", texts)
    assert "２８９０多亿美元" in answer.text


def test_a_month_or_the_years_end_is_not_answered_by_another_part_of_the_year() -> None:
    texts = [
        "城乡人民的储蓄存款，今年１到１０月增加了九十五亿元，达到四百九十四亿元。"
        "与去年同期相比，工业总产值第一季度下降０．２％。"
    ]
    answer = _ask("1981年政府工作报告中，到1981年年底城乡储蓄存款余额是多少？", "1981", texts)
    assert "四百九十四亿元" not in answer.text
    assert answer.abstained
    answer = _ask("1981年政府工作报告中，1981年1到10月城乡储蓄存款达到多少？", "1981", texts)
    assert "四百九十四亿元" in answer.text
    answer = _ask("1981年政府工作报告中，1981年11月份工业总产值比上年同期增长多少？", "1981", texts)
    assert "０．２％" not in answer.text
    answer = _ask("1981年政府工作报告中，1981年一季度工业总产值比上年同期变化多少？", "1981", texts)
    assert "０．２％" in answer.text
    # The whole year's figure is no month's either.
    year = ["今年工业总产值预计比去年增长１２％。"]
    answer = _ask("1981年政府工作报告中，1981年11月份工业总产值比上年同期增长多少？", "1981", year)
    assert "１２％" not in answer.text
    answer = _ask("1981年政府工作报告中，1981年工业总产值预计比上年增长多少？", "1981", year)
    assert "１２％" in answer.text


def _ask_chunked(question: str, year: str, texts: list[str]) -> Answer:
    """Ask one national report whose texts are consecutive chunks of it, each at its offset."""
    meta, _ = national_report(year, [])["n"]
    passages, at = [], 0
    for i, text in enumerate(texts):
        passages.append(
            Passage(rank=i + 1, doc_id=meta.doc_id, source=meta.source, title=meta.title,
                    town=meta.town, period=meta.period, section="", chunk_id=f"c{i}", score=1.0,
                    text=text, start=at, end=at + len(text))
        )  # fmt: skip
        at += len(text)
    return answer(read_query(question, [meta]), lambda query, k: passages[:k], [meta], k=10)


def test_the_report_years_forecast_in_a_chunk_before_is_not_the_year_reviewed() -> None:
    texts = [
        "拿几项最重要的工业产品的一九五四年预计产量来同一九四九年产量比较一下，"
        "我们可以看到以下的动人的数字：电力一百零八亿度，等于一九四九年的二点五倍；",
        "钢二百十七万吨，等于一九四九年的十三点七倍。",
    ]
    reply = _ask_chunked("1954年政府工作报告中，1953年全国钢产量是多少吨？", "1954", texts)
    assert "二百十七万吨" not in reply.text
    assert reply.abstained
    reply = _ask_chunked("1954年政府工作报告中，1954年预计钢产量是多少？", "1954", texts)
    assert "二百十七万吨" in reply.text


def test_a_clause_going_on_with_the_subject_before_is_that_subjects_figure() -> None:
    from test_answer_evidence import NATIONAL, _passage

    from retrieval.evidence import candidates
    from retrieval.fit import figure_of_another
    from retrieval.questions import analyse

    revenue = (
        "在经济持续增长和效益改善的基础上，2000年国家财政收入达13380亿元，平均每年增长16.5％。"
    )
    gdp = "国内生产总值2000年达89404亿元，平均每年增长8.3％。"

    def another(question: str, text: str, figure: str) -> bool:
        ask = analyse(question, read_query(question, [NATIONAL]), [NATIONAL], ())[0]
        windows = [w for w in candidates([_passage(NATIONAL, 0, text)], ask, set())]
        windows = [w for w in windows if w.text.endswith(figure)]
        assert windows
        return all(figure_of_another(w, ask) for w in windows)

    question = "01年的政府工作报告说，“九五”那五年GDP一年平均涨了多少？"
    assert another(question, revenue, "16.5％")
    assert not another(question, gdp, "8.3％")
    assert not another("九五期间国家财政收入平均每年增长多少？", revenue, "16.5％")
