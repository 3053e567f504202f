"""Abstaining when the clause names no one (是谁) or the counted thing only by a loose synonym."""

from __future__ import annotations

from retrieval.answering import answer
from retrieval.chunking import chunk_report
from retrieval.evidence import names_person
from retrieval.models import Answer, Passage, Query, Report, ReportMeta
from retrieval.places import read_query
from retrieval.questions import asks_person

_TEXT = """一、工作开展情况
（一）抓实基层党建。2024年乡镇党委书记抓基层党建工作述职评议会上指出的问题均已整改完成。
（二）守牢民生底线。落实疫情防控人员136人，户籍居民新冠疫苗累计接种3.1万余人。
（三）推进平安建设。设立警示牌10处，排查重大隐患2项。"""

_NAMED = _TEXT.replace("2024年乡镇党委书记", "镇党委书记张建国同志主持召开会议，2024年乡镇党委书记")


def _ask(question: str, text: str = _TEXT) -> Answer:
    report = Report(
        doc_id="甲镇_2025H1.txt",
        source="甲镇_2025H1.txt",
        title="甲镇2025年上半年工作总结",
        town="甲镇",
        period="2025H1",
        text=text,
    )
    chunks = chunk_report(report)
    catalog: list[ReportMeta] = [report.meta]

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [Passage.from_chunk(c, rank=i + 1, score=1.0) for i, c in enumerate(chunks[:k])]

    return answer(read_query(question, catalog), retrieve, catalog)


def test_who_question_abstains_when_no_one_is_named() -> None:
    result = _ask("甲镇的镇党委书记是谁？")
    assert result.abstained


def test_who_question_answers_with_a_name() -> None:
    result = _ask("甲镇的镇党委书记是谁？", _NAMED)
    assert not result.abstained
    assert "张建国" in result.text


def test_compound_noun_needs_its_own_head_word() -> None:
    # 户籍人口 is not answered by 户籍居民…接种: 人员/居民 are loose synonyms of 人口.
    assert _ask("甲镇户籍人口一共有多少？").abstained


def test_figure_with_the_counted_word_still_answers() -> None:
    result = _ask("甲镇设立了多少处警示牌？")
    assert not result.abstained
    assert "10处" in result.text


def test_names_person() -> None:
    assert names_person("镇党委书记张建国同志主持会议")
    assert names_person("在镇长李明的带领下")
    assert not names_person("“北斗溪镇新时代文明实践所”成功入选第四批怀化市岗位学雷锋标兵")
    assert not names_person("2024年乡镇党委书记抓基层党建工作述职评议会")


def test_asks_person() -> None:
    assert asks_person("统溪河镇镇长是谁？")
    assert asks_person("由何人负责")
    assert not asks_person("哪个镇的隐患更多？")
    assert not asks_person("谁更多")
