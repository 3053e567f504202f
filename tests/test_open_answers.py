"""Answers from documents with no town or period: other units, answer kinds, no easy refusal."""

from __future__ import annotations

from retrieval.answering import NOT_IN_REPORTS, answer, with_stop
from retrieval.evidence import best_sentence, expected_kind, figures
from retrieval.models import Passage, Query, ReportMeta
from retrieval.questions import analyse, asked_unit

ENCYCLOPEDIA = {
    "A": (
        "额亦都",
        "额亦都，清朝开国功臣。额亦都一生娶有五位妻子，育有十六子。他早年随努尔哈赤起兵。",
    ),
    "B": (
        "大沙地站",
        "大沙地站是广州地铁5号线的车站。大沙地站共有两层，地下一层为站厅，地下二层为站台。",
    ),
    "C": (
        "路德维希·普朗特",
        "路德维希·普朗特，德国力学家，近代力学奠基人之一。1953年8月15日卒于哥廷根。"
        "普朗特生于慕尼黑附近的弗赖辛。",
    ),
}
CATALOG = [
    ReportMeta(doc_id=d, source=d, title=title, town="", period="")
    for d, (title, _) in ENCYCLOPEDIA.items()
]


def _passage(doc_id: str, rank: int) -> Passage:
    title, text = ENCYCLOPEDIA[doc_id]
    return Passage(
        rank=rank,
        doc_id=doc_id,
        source=doc_id,
        title=title,
        town="",
        period="",
        section="",
        chunk_id=f"{doc_id}#0",
        score=1.0 / rank,
        text=text,
        end=len(text),
    )


def _retrieve(query: Query, k: int) -> list[Passage]:
    """The document whose title the question names first, then the others."""
    first = [d for d, (title, _) in ENCYCLOPEDIA.items() if title[:3] in query.text]
    order = first + [d for d in ENCYCLOPEDIA if d not in first]
    return [_passage(d, i + 1) for i, d in enumerate(order[:k])]


def _ask(question: str) -> str:
    return answer(Query(text=question), _retrieve, CATALOG).text


def test_unit_after_ji_or_ending_the_question_is_the_asked_unit() -> None:
    assert asked_unit("大沙地站共有几层？") == "层"
    assert asked_unit("波旁尼克手抄本现存多少页？") == "页"
    assert asked_unit("袁彭年历仕几朝？") == "朝"
    assert asked_unit("补贴发放了多少钱？") == "元"
    assert asked_unit("卢峰镇排查了多少重大隐患") == ""


def test_chinese_numeral_before_a_noun_counts_when_its_unit_is_asked() -> None:
    assert [f.text for f in figures("娶有五位妻子", "位")] == ["五位"]
    # Without the ask it reads as a name (八项规定), not a count.
    assert figures("娶有五位妻子") == []
    assert [f.text for f in figures("车站共有两层", "层")] == ["两层"]


def test_figure_questions_in_units_off_the_list_are_answered() -> None:
    assert "五位妻子" in _ask("额亦都一生有几位妻子？")
    assert "两层" in _ask("大沙地站共有几层？")


def test_a_year_question_prefers_the_sentence_with_a_year() -> None:
    assert expected_kind("普朗特卒于哪年？") is not None
    assert expected_kind("普朗特是什么人？") is None
    ask = analyse("路德维希·普朗特卒于哪年？", Query(text=""), [], ())[0]
    found = best_sentence([_passage("C", 1)], ask)
    assert found is not None
    assert "1953年" in found.text


def test_untitled_corpus_does_not_refuse_a_question_its_top_document_matches() -> None:
    text = _ask("路德维希·普朗特卒于哪年？")
    assert not text.startswith(NOT_IN_REPORTS)
    assert "1953年8月15日卒于哥廷根" in text


def test_a_name_no_document_mentions_still_abstains() -> None:
    assert _ask("张三丰一生有几位妻子？").startswith(NOT_IN_REPORTS)


def test_quote_keeps_its_full_stop_once() -> None:
    text = "第一句。第二句"
    assert with_stop(text, 0, 3) == (0, 4)
    assert with_stop(text, 4, 7) == (4, 7)
    assert _ask("大沙地站共有几层？").count("。[") <= 1
    assert not _ask("大沙地站共有几层？").endswith("。。")
