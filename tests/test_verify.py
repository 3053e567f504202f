"""Figure checking of model answers, with plain strings and LangChain's fake chat models."""

from __future__ import annotations

import time
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import (
    GenericFakeChatModel,
    ParrotFakeChatModel,
)
from langchain_core.messages import AIMessage

from retrieval.answering import NOT_IN_REPORTS
from retrieval.llm import LLMAnswerer, build_answer_chain, build_rag_chain, format_passages
from retrieval.models import Answer, Citation, Passage, Query
from retrieval.verify import (
    SentenceSplitter,
    cited_numbers,
    figure_supported,
    figures,
    split_sentences,
    verify_answer,
)

LUFENG = (
    "一是狠抓安全生产。开展重大隐患“回头看”行动，对2024年上报的44项重大安全隐患进行复查，"
    "整改完成率达93%。深化烟花爆竹领域专项治理，对辖区内59家烟花爆竹店开展隐患排查，发现并整改安全隐患5处。"
    "制定《卢峰镇隐患排查整治工作行动方案》，成立由党政领导牵头的11个专项排查攻坚小分队，"
    "共排查重大安全隐患2项、一般隐患73项，均已建立台账并整改。"
)
TONGXI = "2025年上半年,共排查一般隐患52起,整改48起;重大隐患1起,已整改完成。"


def _passage(rank: int, town: str, title: str, section: str, text: str) -> Passage:
    return Passage(
        rank=rank,
        doc_id=f"{town}_2025H1.txt",
        source=f"{town}_2025H1.txt",
        title=title,
        town=town,
        period="2025H1",
        section=section,
        chunk_id=f"chunk{rank}",
        score=1.0 / rank,
        text=text,
    )


PASSAGES = [
    _passage(
        1, "卢峰镇", "卢峰镇2025年上半年工作总结", "4.坚守安全底线，构建平安和谐新格局", LUFENG
    ),
    _passage(
        2, "统溪河镇", "统溪河镇2025年上半年工作总结", "一、安全生产 > 三是拧紧执法监管链条", TONGXI
    ),
]
QUERY = Query(text="卢峰镇排查了多少重大隐患", towns=["卢峰镇"])
EXTRACTIVE_QUOTE = "共排查重大安全隐患2项、一般隐患73项"


def extractive_answer() -> Answer:
    """What the offline answerer gives for QUERY: the report's clause, cited [1]."""
    p = PASSAGES[0]
    citation = Citation(
        n=1,
        doc_id=p.doc_id,
        source=p.source,
        title=p.title,
        town=p.town,
        period=p.period,
        section=p.section,
        quote=EXTRACTIVE_QUOTE,
    )
    return Answer(
        question=QUERY.text,
        text=f"{EXTRACTIVE_QUOTE}[1]",
        citations=[citation],
        passages=PASSAGES,
        towns=["卢峰镇"],
    )


def verify(text: str) -> Answer:
    return verify_answer(text, QUERY.text, QUERY, PASSAGES, extractive_answer, NOT_IN_REPORTS)


def assert_quotes_verbatim(answer: Answer) -> None:
    texts = {p.doc_id: p.text for p in PASSAGES}
    for c in answer.citations:
        assert c.quote and c.quote in texts[c.doc_id], c.quote


# -- figures ---------------------------------------------------------------------------------


def test_figures_normalise_width_spacing_and_percent_signs() -> None:
    found = {(f.value, f.unit) for f in figures("整改完成率达９３％，排查隐患2 项、７３项")}
    assert found == {("93", "%"), ("2", "项"), ("73", "项")}


def test_figures_read_dates_chinese_numerals_and_skip_ordinals_and_citations() -> None:
    found = {(f.value, f.unit) for f in figures("2025年7月4日成立三支队伍，第三次检查两项[12]")}
    assert found == {("2025", "年"), ("7", "月"), ("4", "日"), ("3", "支"), ("2", "项")}
    assert ("12", "") not in found  # a citation marker is not a figure


def test_figure_supported_needs_value_and_unit_and_whole_numbers() -> None:
    (two,) = figures("2项")
    (five,) = figures("5项")
    (bare,) = figures("共2")
    (wrong_unit,) = figures("73起")
    assert figure_supported(two, LUFENG)
    assert not figure_supported(five, "共排查重大安全隐患2项")
    assert figure_supported(bare, "重大安全隐患2项")
    assert not figure_supported(bare, "2025年完成12项")  # 2 is not a part of 2025 or 12
    assert not figure_supported(wrong_unit, LUFENG)


def test_cited_numbers_read_lists_ranges_and_wide_brackets() -> None:
    assert cited_numbers("甲[1,3]乙［２］丙【4-5】丁[1]戊[段落6][第7段]") == [1, 3, 2, 4, 5, 6, 7]


# -- sentences -------------------------------------------------------------------------------


def test_sentences_keep_citations_after_the_full_stop_and_rejoin_losslessly() -> None:
    text = "卢峰镇排查2项[1]。一般隐患73项。[2]\n- 第二条[1,3]！结尾没有句号"
    parts = split_sentences(text)
    assert parts == ["卢峰镇排查2项[1]。", "一般隐患73项。[2]\n", "- 第二条[1,3]！", "结尾没有句号"]
    assert "".join(parts) == text


def test_streamed_sentences_match_the_whole_text_split() -> None:
    text = "共排查重大安全隐患2项[1]。 [2]一般隐患73项[1]；整改完成率达93%[1]。"
    splitter = SentenceSplitter()
    streamed = [s for ch in text for s in splitter.feed(ch)] + splitter.flush()
    assert streamed == split_sentences(text)
    assert streamed[0] == "共排查重大安全隐患2项[1]。 [2]"


# -- verification ----------------------------------------------------------------------------


def test_correct_answer_keeps_its_citations_with_verbatim_quotes() -> None:
    answer = verify("卢峰镇共排查重大安全隐患2项、一般隐患73项[1]。整改完成率达93%[1]。")
    assert answer.mode == "llm"
    assert answer.unverified == []
    assert answer.text == "卢峰镇共排查重大安全隐患2项、一般隐患73项[1]。整改完成率达93%[1]。"
    assert [c.n for c in answer.citations] == [1]
    assert "2项" in answer.citations[0].quote and "93%" in answer.citations[0].quote
    assert_quotes_verbatim(answer)


def test_fabricated_figure_is_replaced_by_the_report_words_and_recorded() -> None:
    answer = verify("卢峰镇共排查重大安全隐患2项、一般隐患75项[1]。整改完成率达93%[1]。")
    assert "75项" not in answer.text
    assert answer.unverified == ["75项"]
    assert EXTRACTIVE_QUOTE in answer.text  # the extractive answer stands in for the sentence
    assert "整改完成率达93%[1]" in answer.text
    assert answer.mode == "llm" and answer.note
    assert_quotes_verbatim(answer)


def test_figure_from_an_uncited_passage_does_not_count() -> None:
    # 52起 is in passage 2, but the sentence cites passage 1 only.
    answer = verify("卢峰镇共排查一般隐患52起[1]。")
    assert "52起" not in answer.text
    assert answer.unverified == ["52起"]
    assert answer.mode == "extractive"  # nothing verified was left: the extractive answer


def test_citation_to_a_missing_passage_is_caught() -> None:
    answer = verify("卢峰镇共排查重大安全隐患2项[3]。")
    assert answer.unverified == ["[3]"]
    assert answer.mode == "extractive"
    assert answer.text == extractive_answer().text
    assert "[3]" not in answer.text


def test_invalid_marker_beside_a_valid_one_is_dropped() -> None:
    answer = verify("卢峰镇共排查重大安全隐患2项[1][7]。")
    assert answer.text == "卢峰镇共排查重大安全隐患2项[1]。"
    assert answer.unverified == ["[7]"]
    assert answer.mode == "llm"


def test_answer_without_any_citation_falls_back_to_extractive() -> None:
    answer = verify("卢峰镇高度重视安全生产工作，成效明显。")
    assert answer.mode == "extractive"
    assert answer.text == extractive_answer().text
    assert answer.note


def test_uncited_figure_sentence_is_not_shown_but_framing_dates_may_stand() -> None:
    answer = verify("2025年上半年，卢峰镇的情况如下：\n共排查重大安全隐患2项[1]。另有隐患99处。")
    assert "99处" not in answer.text
    assert answer.unverified == ["99处"]
    assert answer.text.startswith("2025年上半年，卢峰镇的情况如下：")


def test_citations_are_renumbered_in_order_of_appearance() -> None:
    answer = verify("统溪河镇共排查一般隐患52起[2]，卢峰镇共排查一般隐患73项[1]。")
    assert answer.text == "统溪河镇共排查一般隐患52起[1]，卢峰镇共排查一般隐患73项[2]。"
    assert [(c.n, c.town) for c in answer.citations] == [(1, "统溪河镇"), (2, "卢峰镇")]
    assert_quotes_verbatim(answer)


def test_period_and_chinese_numerals_are_checked_against_the_passage_context() -> None:
    # The year comes from the report's period, 两项 is 2项, wide digits and brackets fold.
    answer = verify("卢峰镇2025年上半年共排查重大安全隐患两项［１］，一般隐患７３ 项［1］。")
    assert answer.mode == "llm" and answer.unverified == []


def test_refusal_phrase_sets_abstained() -> None:
    answer = verify(f"{NOT_IN_REPORTS}。")
    assert answer.abstained and answer.citations == [] and answer.mode == "llm"
    assert NOT_IN_REPORTS in answer.text


def test_reasoning_block_is_not_shown() -> None:
    answer = verify("<think>用户问隐患，可能是5项</think>共排查重大安全隐患2项[1]。")
    assert answer.text == "共排查重大安全隐患2项[1]。" and answer.unverified == []


# -- the chain with LangChain fake chat models -------------------------------------------------


def test_prompt_numbers_passages_with_town_period_section_and_the_refusal_phrase() -> None:
    parrot = ParrotFakeChatModel()
    prompt = build_answer_chain(parrot).invoke({"question": "问题甲", "passages": PASSAGES})
    assert "[1] 卢峰镇 · 2025年上半年 · 《卢峰镇2025年上半年工作总结》 · 4.坚守安全底线" in prompt
    assert "[2] 统溪河镇" in prompt and TONGXI in prompt
    assert NOT_IN_REPORTS in prompt and "问题甲" in prompt
    assert format_passages(PASSAGES) in prompt


def _fake(*replies: str) -> GenericFakeChatModel:
    return GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]))


def test_answerer_answers_and_streams_verified_sentences() -> None:
    reply = "共排查重大安全隐患2项[1]。一般隐患75项[1]。"
    answer = LLMAnswerer(_fake(reply), timeout=5).answer(
        QUERY.text, [], QUERY, PASSAGES, extractive_answer
    )
    assert answer.unverified == ["75项"] and "75项" not in answer.text

    items = list(
        LLMAnswerer(_fake(reply), timeout=5).stream(
            QUERY.text, [], QUERY, PASSAGES, extractive_answer
        )
    )
    *pieces, final = items
    assert isinstance(final, Answer)
    assert all(isinstance(p, str) for p in pieces) and "75项" not in "".join(map(str, pieces))
    assert "".join(map(str, pieces)).strip() == final.text


class _SlowModel(GenericFakeChatModel):
    """A fake that takes longer than the timeout."""

    def _generate(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(2.0)
        return super()._generate(*args, **kwargs)


class _BrokenModel(GenericFakeChatModel):
    def _generate(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")


@pytest.mark.parametrize("model_cls", [_SlowModel, _BrokenModel])
def test_answerer_falls_back_within_the_timeout(model_cls: type[GenericFakeChatModel]) -> None:
    model = model_cls(messages=iter([AIMessage(content="2项[1]。")]))
    started = time.monotonic()
    answer = LLMAnswerer(model, timeout=0.5).answer(
        QUERY.text, [], QUERY, PASSAGES, extractive_answer
    )
    assert time.monotonic() - started < 1.5
    assert answer.mode == "extractive" and answer.text == extractive_answer().text
    assert "语言模型暂不可用" in answer.note


def test_follow_up_is_condensed_then_retrieved_again() -> None:
    asked: list[str] = []

    def retrieve(question: str) -> tuple[Query, list[Passage]]:
        asked.append(question)
        return Query(text=question, towns=["统溪河镇"]), [PASSAGES[1]]

    model = _fake("统溪河镇上半年排查了多少一般隐患", "共排查一般隐患52起[1]。")
    answerer = LLMAnswerer(model, timeout=5, retrieve=retrieve)
    history = [("卢峰镇排查了多少一般隐患", "一般隐患73项[1]")]
    follow = Query(text="统溪河镇呢？")
    answer = answerer.answer("统溪河镇呢？", history, follow, PASSAGES, extractive_answer)
    assert asked == ["统溪河镇上半年排查了多少一般隐患"]
    assert answer.mode == "llm" and answer.text == "共排查一般隐患52起[1]。"
    assert answer.citations[0].town == "统溪河镇"


def test_unknown_town_is_not_sent_to_the_model() -> None:
    model = _BrokenModel(messages=iter([]))
    query = Query(text="桃花镇排查了多少隐患", unknown_towns=["桃花镇"])
    abstain = Answer(question=query.text, text=f"{NOT_IN_REPORTS}桃花镇的报告。", abstained=True)
    answer = LLMAnswerer(model, timeout=5).answer(query.text, [], query, PASSAGES, lambda: abstain)
    assert answer == abstain


def test_rag_chain_condenses_retrieves_and_answers() -> None:
    asked: list[str] = []

    def retrieve(question: str) -> tuple[Query, list[Passage]]:
        asked.append(question)
        return Query(text=question), PASSAGES

    chain = build_rag_chain(
        _fake("卢峰镇排查了多少重大隐患", "共排查重大安全隐患2项[1]。"), retrieve
    )
    out = chain.invoke({"question": "重大的呢？", "history": [("卢峰镇一般隐患多少", "73项")]})
    assert asked == ["卢峰镇排查了多少重大隐患"]
    assert out["answer"] == "共排查重大安全隐患2项[1]。" and out["passages"] == PASSAGES
    plain = build_rag_chain(_fake("2项[1]。"), retrieve).invoke({"question": "问", "history": []})
    assert plain["standalone"] == "问" and asked[-1] == "问"
