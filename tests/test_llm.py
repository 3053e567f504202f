"""LLM answers through the real OpenAI client against a local OpenAI-compatible server."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fake_openai import FakeOpenAI, Reply, refused_url
from test_verify import PASSAGES, QUERY, extractive_answer

from retrieval.answering import NOT_IN_REPORTS
from retrieval.llm import answer_with_llm, make_chat_model, stream_with_llm
from retrieval.models import Answer
from retrieval.settings import LLMSettings

TIMEOUT = 1.0
CORRECT = "卢峰镇共排查重大安全隐患2项、一般隐患73项[1]。统溪河镇共排查一般隐患52起[2]。"


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def settings_for(base_url: str, timeout: float = TIMEOUT) -> LLMSettings:
    return LLMSettings(model="openai:fake-model", base_url=base_url, timeout=timeout)


def ask(base_url: str, timeout: float = TIMEOUT) -> Answer:
    llm = settings_for(base_url, timeout)
    return answer_with_llm(llm, QUERY.text, [], QUERY, PASSAGES, extractive_answer())


def test_settings_build_a_chat_openai_client_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TOWNQA_LLM", "openai:qwen2.5-7b-instruct")
    monkeypatch.setenv("TOWNQA_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("TOWNQA_LLM_API_KEY", "sk-test")
    monkeypatch.setenv("TOWNQA_LLM_TIMEOUT", "2.5")
    llm = LLMSettings()
    model = make_chat_model(llm)
    assert type(model).__name__ == "ChatOpenAI"
    assert getattr(model, "model_name", None) == "qwen2.5-7b-instruct"
    assert getattr(model, "request_timeout", None) == 2.5
    assert getattr(model, "max_retries", None) == 0


def test_ollama_provider_gets_the_base_url() -> None:
    llm = LLMSettings(model="ollama:qwen2.5:7b", base_url="http://127.0.0.1:11434", timeout=3)
    model = make_chat_model(llm)
    assert type(model).__name__ == "ChatOllama"
    assert getattr(model, "model", None) == "qwen2.5:7b"
    assert getattr(model, "base_url", None) == "http://127.0.0.1:11434"


def test_correct_answer_passes_with_its_citations(server: FakeOpenAI) -> None:
    server.add(CORRECT)
    answer = ask(server.base_url)
    assert answer.mode == "llm" and answer.unverified == [] and not answer.abstained
    assert answer.text == CORRECT
    assert [(c.n, c.town) for c in answer.citations] == [(1, "卢峰镇"), (2, "统溪河镇")]
    by_doc = {p.doc_id: p.text for p in PASSAGES}
    assert all(c.quote in by_doc[c.doc_id] for c in answer.citations)
    assert "2项" in answer.citations[0].quote and "52起" in answer.citations[1].quote
    contract = answer.contract()
    assert contract["mode"] == "llm" and contract["unverified"] == []
    # The request went through the real client: chat completions with our Chinese prompt.
    (request,) = server.requests
    assert request["model"] == "fake-model" and not request.get("stream")
    prompt = request["messages"][-1]["content"]
    assert "[1] 卢峰镇 · 2025年上半年" in prompt and NOT_IN_REPORTS in prompt


def test_number_no_passage_holds_is_caught(server: FakeOpenAI) -> None:
    server.add("卢峰镇共排查重大安全隐患5项[1]。")
    answer = ask(server.base_url)
    assert "5项" not in answer.text
    assert answer.unverified == ["5项"]
    assert answer.contract()["unverified"] == ["5项"]
    assert answer.text == extractive_answer().text


def test_citation_to_a_missing_passage_is_caught(server: FakeOpenAI) -> None:
    server.add("卢峰镇共排查重大安全隐患2项[9]。")
    answer = ask(server.base_url)
    assert "[9]" in answer.unverified and "[9]" not in answer.text
    assert answer.mode == "extractive"


def test_refusal_sets_abstained(server: FakeOpenAI) -> None:
    server.add(f"{NOT_IN_REPORTS}。")
    answer = ask(server.base_url)
    assert answer.abstained and answer.mode == "llm" and answer.citations == []


@pytest.mark.parametrize(
    "reply",
    [
        Reply.slow(5.0),
        Reply.error(500),
        Reply.error(400),
        Reply.error(429),
        Reply.junk(),
        Reply.empty(),
    ],
    ids=["slow", "500", "400", "429", "garbage", "empty"],
)
def test_failures_fall_back_within_the_timeout(server: FakeOpenAI, reply: Reply) -> None:
    server.add(reply)
    started = time.monotonic()
    answer = ask(server.base_url)
    assert time.monotonic() - started < TIMEOUT + 1.0
    assert answer.mode == "extractive"
    assert answer.text == extractive_answer().text and answer.citations
    assert answer.note.startswith("语言模型暂不可用") and "\n" not in answer.note


def test_connection_refused_falls_back() -> None:
    started = time.monotonic()
    answer = ask(refused_url())
    assert time.monotonic() - started < TIMEOUT + 1.0
    assert answer.mode == "extractive" and "无法连接" in answer.note


def test_unknown_provider_falls_back() -> None:
    llm = LLMSettings(model="nosuchprovider:model", timeout=TIMEOUT)
    answer = answer_with_llm(llm, QUERY.text, [], QUERY, PASSAGES, extractive_answer())
    assert answer.mode == "extractive" and answer.note


def test_streaming_yields_verified_pieces_then_the_answer(server: FakeOpenAI) -> None:
    server.add(Reply(content=CORRECT, chunk_chars=3))
    llm = settings_for(server.base_url)
    items = list(stream_with_llm(llm, QUERY.text, [], QUERY, PASSAGES, extractive_answer()))
    *pieces, final = items
    assert server.requests[0].get("stream") is True
    assert len(pieces) == 2 and all(isinstance(p, str) for p in pieces)
    assert isinstance(final, Answer) and final.mode == "llm"
    assert "".join(map(str, pieces)) == final.text == CORRECT


def test_streamed_fabrication_never_reaches_the_reader(server: FakeOpenAI) -> None:
    server.add(Reply(content="卢峰镇共排查重大安全隐患2项[1]。一般隐患75项[1]。", chunk_chars=2))
    llm = settings_for(server.base_url)
    items = list(stream_with_llm(llm, QUERY.text, [], QUERY, PASSAGES, extractive_answer()))
    shown = "".join(i for i in items if isinstance(i, str))
    final = items[-1]
    assert isinstance(final, Answer)
    assert "75项" not in shown and "75项" not in final.text
    assert final.unverified == ["75项"]


def test_stream_that_stalls_falls_back_within_the_timeout(server: FakeOpenAI) -> None:
    server.add(Reply.stall(CORRECT, after=2, delay=5.0))
    llm = settings_for(server.base_url)
    started = time.monotonic()
    items = list(stream_with_llm(llm, QUERY.text, [], QUERY, PASSAGES, extractive_answer()))
    assert time.monotonic() - started < TIMEOUT + 1.0
    final = items[-1]
    assert isinstance(final, Answer) and final.mode == "extractive" and "超时" in final.note
