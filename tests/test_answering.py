"""Extractive answers over verbatim excerpts of the seed reports, with a simple fake retriever."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from retrieval.answering import NOT_IN_REPORTS, answer, coverage_text
from retrieval.chunking import chunk_report
from retrieval.models import Answer, Passage, Query, Report, ReportMeta
from retrieval.places import period_matches, read_query

EXCERPTS = Path(__file__).parent / "fixtures" / "report_excerpts.json"


def _reports() -> list[Report]:
    data = json.loads(EXCERPTS.read_text(encoding="utf-8"))
    return [
        Report(
            doc_id=name,
            source=name,
            title=d["title"],
            town=d["town"],
            period=d["period"],
            text="\n".join(d["paragraphs"]),
        )
        for name, d in data.items()
    ]


REPORTS = _reports()
CATALOG: list[ReportMeta] = [r.meta for r in REPORTS]
CHUNKS = [c for r in REPORTS for c in chunk_report(r)]
TEXTS = {r.doc_id: r.text for r in REPORTS}


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def fake_retrieve(query: Query, k: int) -> list[Passage]:
    """Filter by town and period, rank by shared character bigrams (a stand-in for the index)."""
    wanted = _bigrams(query.text)
    pool = [
        c
        for c in CHUNKS
        if (not query.towns or c.town in query.towns)
        and (not query.periods or any(period_matches(p, c.period) for p in query.periods))
    ]
    scored = sorted(pool, key=lambda c: len(wanted & _bigrams(c.header + c.text)), reverse=True)
    return [
        Passage.from_chunk(c, rank=i + 1, score=1.0 / (i + 1)) for i, c in enumerate(scored[:k])
    ]


def ask(question: str) -> Answer:
    return answer(read_query(question, CATALOG), fake_retrieve, CATALOG)


def assert_verbatim(result: Answer) -> None:
    for citation in result.citations:
        assert citation.quote and citation.quote in TEXTS[citation.doc_id]
        assert f"[{citation.n}]" in result.text


def answer_body(result: Answer) -> str:
    """The answer without its label and citation marks."""
    body = result.text.split("：", 1)[-1]
    return re.sub(r"\[\d+\]", "", body)


def test_figure_question_picks_the_count_not_the_nearby_recheck() -> None:
    result = ask("卢峰镇排查了多少重大隐患？")
    assert not result.abstained
    assert "2项" in result.text
    assert "44项" not in result.text
    assert [c.town for c in result.citations] == ["卢峰镇"]
    assert len(answer_body(result)) <= 120
    assert_verbatim(result)


def test_paraphrase_through_thesaurus_and_period_scope() -> None:
    result = ask("统溪河镇上半年排查了多少起一般隐患？")
    assert "52起" in result.text and not result.abstained
    assert result.citations[0].period == "2025H1"
    assert_verbatim(result)


def test_list_question_gives_the_items() -> None:
    result = ask("卢峰镇在守住安全底线上狠抓了哪几方面？")
    assert not result.abstained
    for item in ("狠抓安全生产", "狠抓道路交通", "狠抓未成年人保护", "狠抓防火防汛工作"):
        assert item in result.text
    assert_verbatim(result)


def test_compare_gives_one_cited_figure_per_town() -> None:
    result = ask("卢峰镇和统溪河镇排查的重大隐患哪个镇多？")
    assert not result.abstained
    assert "2项" in result.text and "1起" in result.text
    assert "54起" not in result.text  # the 2024 re-check is a different figure
    assert {c.town for c in result.citations} == {"卢峰镇", "统溪河镇"}
    assert_verbatim(result)


def test_town_with_several_reports_answers_each_labelled() -> None:
    result = ask("北斗溪镇化解了多少起矛盾纠纷？")
    assert not result.abstained
    assert "2023年" in result.text and "2025年上半年" in result.text
    assert "67起" in result.text and "75起" in result.text
    assert {c.period for c in result.citations} == {"2023", "2025H1"}
    assert_verbatim(result)


def test_multi_part_question_answers_both_parts() -> None:
    result = ask("北斗溪镇2025年上半年排查出多少起矛盾纠纷，化解了多少起？")
    assert "79起" in result.text and "75起" in result.text
    assert_verbatim(result)


@pytest.mark.parametrize(
    "question",
    [
        "龙潭镇2025年上半年排查了多少重大隐患？",  # no report for that town
        "卢峰镇2025年上半年的GDP是多少？",  # a figure no report gives
        "卢峰镇2021年排查了多少安全隐患？",  # no report for that period
        "统溪河镇的常住人口有多少？",
        "张建国在北斗溪镇分管什么工作？",  # a name never mentioned
    ],
)
def test_unanswerable_questions_abstain_and_name_the_coverage(question: str) -> None:
    result = ask(question)
    assert result.abstained
    assert result.text.startswith(NOT_IN_REPORTS)
    assert "卢峰镇（2025年上半年）" in result.text
    assert not result.citations


@pytest.mark.parametrize("town", ["龙潭镇", "桃源乡", "青石镇", "石门镇", "十里镇", "双河镇"])
def test_unknown_town_is_named_in_the_refusal(town: str) -> None:
    """Names that are also words or numerals (桃源, 青石, 十里) name towns all the same: the
    question is refused, not answered with 卢峰镇's 2项."""
    result = ask(f"{town}排查了多少重大隐患？")
    assert f"关于{town}的报告" in result.text and result.abstained


@pytest.mark.parametrize("question", ["哪几个镇排查了重大隐患？", "建设中心镇、特色镇有哪些？"])
def test_kinds_of_town_name_no_town(question: str) -> None:
    assert read_query(question, CATALOG).unknown_towns == []


def test_coverage_text_lists_towns_and_periods() -> None:
    assert "北斗溪镇（2023年、2025年上半年）" in coverage_text(CATALOG)


@pytest.mark.parametrize(
    "question",
    [
        "",
        "   \n\t",
        "卢峰镇" * 4000,
        "卢峰\x00镇\x07排查\x1b[31m了多少隐患",
        "😀🎉？",
        "How many hazards?",
        "？？？",
    ],
)
def test_any_input_gets_an_answer(question: str) -> None:
    result = ask(question)
    assert isinstance(result, Answer) and result.text
    assert_verbatim(result)


def test_passages_are_deduplicated_and_renumbered() -> None:
    result = ask("北斗溪镇化解了多少起矛盾纠纷？")
    ids = [p.chunk_id for p in result.passages]
    assert len(ids) == len(set(ids))
    assert [p.rank for p in result.passages] == list(range(1, len(ids) + 1))
    assert result.towns == ["北斗溪镇"]


def _passage(text: str, start: int = 0, doc_id: str = "d1") -> Passage:
    return Passage(
        rank=1,
        doc_id=doc_id,
        source="s.txt",
        title="t",
        town="",
        period="",
        section="",
        chunk_id=f"{doc_id}:{start}",
        score=1.0,
        text=text,
        start=start,
        end=start + len(text),
    )


def test_open_answer_prefers_the_sentence_with_the_rare_question_words() -> None:
    from retrieval.evidence import best_sentence
    from retrieval.questions import Ask, Shape, TermGroup

    first = _passage("张三（），中国足球运动员，司职守门员。张三在天津效力。")
    later = _passage("张三于2008年加盟河南。张三的职业生涯在2015年结束。", start=30)
    groups = [TermGroup(("张三",), 1.0), TermGroup(("退役",), 1.0), TermGroup(("原因",), 1.0)]
    # No sentence says 退役: the subject alone ties everywhere, so the earliest wins.
    tied = best_sentence([later, first], Ask("张三退役的原因是什么", Shape.OPEN, groups))
    assert tied is not None and tied.passage is first and tied.start == 0
    groups = [TermGroup(("张三",), 1.0), TermGroup(("加盟",), 1.0)]
    picked = best_sentence([first, later], Ask("张三哪年加盟", Shape.OPEN, groups))
    assert picked is not None and picked.passage is later
    assert later.text[picked.start : picked.end].startswith("张三于2008年加盟河南")


def test_open_span_adds_the_next_sentence_within_the_limit() -> None:
    from retrieval.evidence import Window, open_span

    text = "甲站是一座车站。它隶属于武汉铁路局。车站距县城约30公里。"
    passage = _passage(text)
    window = Window(passage, 0, 7, 1.0, 1.0, [], (0, 8))
    start, end = open_span(window, 200)
    assert text[start:end] == "甲站是一座车站。它隶属于武汉铁路局"
    start, end = open_span(window, 10)
    assert text[start:end] == "甲站是一座车站"


def test_open_question_on_unsectioned_text_answers_with_the_matching_sentence() -> None:
    from retrieval.models import ReportMeta as Meta

    text = (
        "固始站是宁西铁路上的一座车站，位于河南省固始县段集镇，隶属于武汉铁路局，现为三等站。"
        "车站距固始县城约30公里。固始站于2003年建成。"
    )
    passage = _passage(text)
    meta = Meta(doc_id="d1", source="s.txt", title="t", town="", period="")
    result = answer(Query(text="固始站隶属于什么公司？"), lambda q, k: [passage], [meta])
    assert not result.abstained
    assert "武汉铁路局" in result.text
    assert len(answer_body(result)) <= 200


def test_coverage_text_joins_runs_of_whole_years() -> None:
    years = ["1954", "1955", "1956", "1957", "1964", "1978", "1979", "2025H1", "2025"]
    catalog = [ReportMeta(doc_id=y, source=y, title=y, town="全国", period=y) for y in years]
    expected = "全国（1954—1957年、1964年、1978年、1979年、2025年上半年、2025年）"
    assert coverage_text(catalog) == expected
