"""Plan versus result: 目标 questions take the target clause, 去年 questions the achieved one."""

from __future__ import annotations

from retrieval.evidence import best_window
from retrieval.models import Passage
from retrieval.questions import Ask, Shape, TermGroup, tense_of

REPORT = (
    "过去一年，城镇新增就业1266万人，居民消费价格涨幅回落到2.6%。"
    "今年发展的主要预期目标是：国内生产总值增长7.5%左右；城镇新增就业900万人以上。"
)


def _passage(text: str) -> Passage:
    return Passage(
        rank=1,
        doc_id="r.txt",
        source="r.txt",
        title="r",
        town="",
        period="2013",
        section="",
        chunk_id="r-0",
        score=1.0,
        text=text,
    )


def _ask(text: str) -> Ask:
    groups = [TermGroup(("城镇新增就业",), 1.3, 0, head=True)]
    return Ask(text, Shape.FIGURE, groups, set(), "人", tense_of(text))


def test_tense_of_reads_plan_and_result_words() -> None:
    assert tense_of("2013年政府工作报告的城镇新增就业目标是多少？") == "target"
    assert tense_of("2000年政府工作报告说当年要发行多少长期国债？") == "target"
    assert tense_of("2018年的报告说去年城镇新增就业多少人？") == "actual"
    assert tense_of("卢峰镇新建了几所学校？") == ""


def test_target_question_takes_the_plan_figure() -> None:
    window = best_window([_passage(REPORT)], _ask("城镇新增就业目标是多少人？"), set())
    assert window is not None and "900万人以上" in window.text


def test_result_question_takes_the_achieved_figure() -> None:
    window = best_window([_passage(REPORT)], _ask("去年城镇新增就业完成了多少人？"), set())
    assert window is not None and "1266万人" in window.text


def test_count_question_takes_the_inline_list() -> None:
    from retrieval.answering import _inline_window
    from retrieval.evidence import candidates

    text = (
        "要加大对三大攻坚战的支持，更多向创新驱动、民生等领域倾斜。"
        "在打好防范化解重大风险、精准脱贫、污染防治的攻坚战方面取得扎实进展。"
    )
    groups = [TermGroup(("攻坚战",), 1.0, 0)]
    ask = Ask("三大攻坚战是哪三个？", Shape.LIST, groups)
    ranked = candidates([_passage(text)], ask, set())
    inline = _inline_window(ranked, ranked[0], ask)
    assert inline is not None
    sentence = inline.passage.text[inline.sentence[0] : inline.sentence[1]]
    assert "精准脱贫" in sentence
    unasked = Ask("攻坚战有哪些？", Shape.LIST, groups)
    assert _inline_window(ranked, ranked[0], unasked) is None
