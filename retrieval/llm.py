"""LLM answers through a LangChain chain, verified figure by figure, falling back when need be.

LangChain and the provider clients are imported inside functions so that `townqa search` and the
offline answers never pay for them.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from retrieval.answering import NOT_IN_REPORTS
from retrieval.models import Answer, Passage, Query
from retrieval.settings import PROMPTS_DIR, LLMSettings
from retrieval.verify import Composer, verified_pieces

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

log = logging.getLogger(__name__)

# A history turn: (question, answer text), a {"question", "answer"} dict, or a LangChain message.
History = Sequence[Any]
RetrieveText = Callable[[str], tuple[Query, list[Passage]]]

UNAVAILABLE_NOTE = "语言模型暂不可用（{reason}），以下为报告原文摘录。"
_HISTORY_TURNS = 4
_HISTORY_CHARS = 300


class LLMUnavailable(Exception):
    """The model gave no usable reply; the message is a short Chinese reason."""


def make_chat_model(llm: LLMSettings) -> BaseChatModel:
    """Build the chat model named `provider:model` with LangChain's init_chat_model."""
    from langchain.chat_models import init_chat_model

    if not llm.model:
        raise ValueError("TOWNQA_LLM is not set")
    provider = llm.model.split(":", 1)[0] if ":" in llm.model else ""
    kwargs: dict[str, Any] = {"temperature": llm.temperature}
    api_key = llm.api_key.get_secret_value() if llm.api_key else None
    if provider == "ollama":
        if llm.base_url:
            kwargs["base_url"] = llm.base_url
        kwargs["client_kwargs"] = {"timeout": llm.timeout}
    else:
        # Local vLLM/Ollama OpenAI endpoints need no key, but the client insists on one.
        kwargs["api_key"] = api_key or ("not-needed" if llm.base_url else None)
        if llm.base_url:
            kwargs["base_url"] = llm.base_url
        # No retries: a retry would push the fallback past the configured timeout.
        kwargs["timeout"] = llm.timeout
        kwargs["max_retries"] = 0
        if provider == "openai":
            kwargs["use_responses_api"] = False  # compatible servers speak chat completions
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
    return init_chat_model(llm.model, **kwargs)


@cache
def load_prompt(name: str) -> str:
    """The text of prompts/<name>.txt."""
    return (PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8")


def format_passages(passages: list[Passage]) -> str:
    """Passages numbered [n], each headed by its town, period, report title and section."""
    from retrieval.verify import period_words

    blocks = []
    for n, p in enumerate(passages, 1):
        head = " · ".join(
            x for x in (p.town, period_words(p.period), f"《{p.title}》", p.section) if x
        )
        blocks.append(f"[{n}] {head}\n{p.text.strip()}")
    return "\n\n".join(blocks)


def format_history(history: History) -> str:
    """The last few turns as 问/答 lines, answers shortened."""
    lines: list[str] = []
    for turn in list(history)[-_HISTORY_TURNS:]:
        if isinstance(turn, dict):
            q, a = str(turn.get("question", "")), str(turn.get("answer", ""))
            lines += [f"问：{q}", f"答：{a[:_HISTORY_CHARS]}"]
        elif isinstance(turn, tuple | list) and len(turn) == 2:
            lines += [f"问：{turn[0]}", f"答：{str(turn[1])[:_HISTORY_CHARS]}"]
        elif hasattr(turn, "content"):  # a LangChain message
            role = "问" if getattr(turn, "type", "") == "human" else "答"
            lines.append(f"{role}：{str(turn.content)[:_HISTORY_CHARS]}")
        else:
            lines.append(f"问：{turn}")
    return "\n".join(lines)


def build_answer_chain(model: BaseChatModel) -> Runnable[dict[str, Any], str]:
    """{question, passages: list[Passage]} -> prompts/answer.txt -> model -> answer text."""
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnableLambda

    prompt = ChatPromptTemplate.from_messages([("human", load_prompt("answer"))]).partial(
        not_in_reports=NOT_IN_REPORTS
    )
    inputs: Runnable[dict[str, Any], dict[str, Any]] = RunnableLambda(
        lambda x: {"question": x["question"], "passages": format_passages(x["passages"])}
    )
    return inputs | prompt | model | StrOutputParser()


def build_condense_chain(model: BaseChatModel) -> Runnable[dict[str, Any], str]:
    """{question, history} -> prompts/condense.txt -> model -> a standalone question."""
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.runnables import RunnableLambda

    prompt = ChatPromptTemplate.from_messages([("human", load_prompt("condense"))])
    inputs: Runnable[dict[str, Any], dict[str, Any]] = RunnableLambda(
        lambda x: {"question": x["question"], "history": format_history(x["history"])}
    )
    return inputs | prompt | model | StrOutputParser()


def build_rag_chain(model: BaseChatModel, retrieve: RetrieveText) -> Runnable[dict[str, Any], dict]:
    """The whole chain: {question, history} -> condense -> retrieve -> prompt -> model.

    The output dict holds standalone, query, passages and the unverified answer text; callers
    pass it to verify.verify_answer before showing anything.
    """
    from langchain_core.runnables import RunnableBranch, RunnableLambda, RunnablePassthrough

    condense = RunnableBranch(
        (lambda x: bool(x.get("history")), build_condense_chain(model) | _standalone_or_none),
        RunnableLambda(lambda x: x["question"]),
    )

    def fetch(x: dict[str, Any]) -> dict[str, Any]:
        standalone = x["standalone"] or x["question"]
        query, passages = retrieve(standalone)
        return {"standalone": standalone, "query": query, "passages": passages}

    answer: Any = RunnableLambda(
        lambda x: {"question": x["standalone"], "passages": x["passages"]}
    ) | build_answer_chain(model)
    return (
        RunnablePassthrough.assign(standalone=condense)
        | RunnableLambda(lambda x: {**x, **fetch(x)})
        | RunnablePassthrough.assign(answer=answer)
    )


def _standalone_or_none(text: str) -> str | None:
    """A condensed question, or None when the model's rewrite is unusable."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    line = line.removeprefix("完整问题：").removeprefix("完整问题:").strip()
    return line if 0 < len(line) <= 200 else None


def _reason(exc: BaseException) -> str:
    """A short Chinese reason for a failed model call, for the one-line note."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if isinstance(exc, LLMUnavailable):
        return str(exc)
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return "超时"
    if isinstance(status, int):
        return f"服务返回错误 {status}"
    if "Connect" in name or isinstance(exc, ConnectionError):
        return "无法连接"
    return "回复格式有误"


def _within(produce: Callable[[], Iterator[str]], deadline: float) -> Iterator[str]:
    """Chunks from `produce`, run in a worker thread, raising LLMUnavailable at the deadline."""
    box: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            for chunk in produce():
                box.put(("chunk", chunk))
            box.put(("done", None))
        except BaseException as exc:  # handed to the waiting caller, never lost
            box.put(("error", exc))

    # Daemon: an abandoned call ends with the client's own timeout and must not hold exit.
    threading.Thread(target=work, name="townqa-llm", daemon=True).start()
    while True:
        remaining = deadline - time.monotonic()
        try:
            kind, value = box.get(timeout=max(remaining, 0.001))
        except queue.Empty:
            raise LLMUnavailable("超时") from None
        if kind == "done":
            return
        if kind == "error":
            raise value
        yield str(value)


def _without_reasoning(chunks: Iterator[str]) -> Iterator[str]:
    """Drop a leading <think>…</think> block as it streams."""
    head = ""
    passing = False
    for chunk in chunks:
        if passing:
            yield chunk
            continue
        head += chunk
        stripped = head.lstrip()
        if len(stripped) < len("<think>") and "<think>".startswith(stripped):
            continue  # could still become <think>
        if stripped.startswith("<think>"):
            if "</think>" not in stripped:
                continue
            head = stripped.split("</think>", 1)[1].lstrip()
        passing = True
        if head:
            yield head
    if not passing and head and not head.lstrip().startswith("<think>"):
        yield head


def _counted(chunks: Iterator[str], seen: list[str]) -> Iterator[str]:
    for chunk in chunks:
        if chunk:
            seen.append(chunk)
            yield chunk


def unavailable(extractive: Answer, reason: str) -> Answer:
    """The extractive answer with a one-line note that the model was unavailable."""
    return extractive.model_copy(
        update={"mode": "extractive", "note": UNAVAILABLE_NOTE.format(reason=reason)}
    )


class LLMAnswerer:
    """Answers with a chat model; every figure is checked, and failures fall back in time."""

    mode = "llm"

    def __init__(
        self, model: BaseChatModel, timeout: float, retrieve: RetrieveText | None = None
    ) -> None:
        self.model = model
        self.timeout = timeout
        self.retrieve = retrieve
        self._answer_chain = build_answer_chain(model)
        self._condense_chain = build_condense_chain(model)

    @classmethod
    def from_settings(cls, llm: LLMSettings, retrieve: RetrieveText | None = None) -> LLMAnswerer:
        return cls(make_chat_model(llm), llm.timeout, retrieve)

    def answer(
        self,
        question: str,
        history: History,
        query: Query,
        passages: list[Passage],
        extractive: Callable[[], Answer],
    ) -> Answer:
        """The verified model answer, or the extractive one with a note when the model fails."""
        final: Answer | None = None
        for item in self._run(question, history, query, passages, extractive, streaming=False):
            if isinstance(item, Answer):
                final = item
        assert final is not None  # _run always ends with an Answer
        return final

    def stream(
        self,
        question: str,
        history: History,
        query: Query,
        passages: list[Passage],
        extractive: Callable[[], Answer],
    ) -> Iterator[str | Answer]:
        """Verified sentences as the model writes them, then the final Answer to display."""
        yield from self._run(question, history, query, passages, extractive, streaming=True)

    def _run(
        self,
        question: str,
        history: History,
        query: Query,
        passages: list[Passage],
        extractive: Callable[[], Answer],
        streaming: bool,
    ) -> Iterator[str | Answer]:
        deadline = time.monotonic() + self.timeout
        fallback = cache(extractive)
        try:
            if query.unknown_towns and not query.towns:
                yield fallback()  # no report for the place asked about: nothing to generate from
                return
            standalone = query.text or question
            if history and self.retrieve is not None:
                standalone = self._condense(question, history, deadline) or standalone
                if standalone != (query.text or question):
                    query, passages = self.retrieve(standalone)
            if not passages:
                yield fallback()
                return
            inputs = {"question": standalone, "passages": passages}
            chain = self._answer_chain

            def produce() -> Iterator[str]:
                if streaming:
                    return iter(chain.stream(inputs))
                return iter([chain.invoke(inputs)])

            seen: list[str] = []
            composer = Composer(passages, fallback, NOT_IN_REPORTS)
            chunks = _without_reasoning(_counted(_within(produce, deadline), seen))
            for piece in verified_pieces(chunks, composer):
                if streaming:
                    yield piece
            if not "".join(seen).strip() or not composer.raw.strip():
                raise LLMUnavailable("回复为空")
            result = composer.finish(question, query, NOT_IN_REPORTS)
            result.question = question
            yield result
        except Exception as exc:
            reason = _reason(exc)
            log.warning("language model unavailable (%s): %s", reason, type(exc).__name__)
            yield unavailable(fallback(), reason)

    def _condense(self, question: str, history: History, deadline: float) -> str | None:
        chain = self._condense_chain
        inputs = {"question": question, "history": history}
        text = "".join(_within(lambda: iter([chain.invoke(inputs)]), deadline))
        return _standalone_or_none(text)


_answerers: dict[str, LLMAnswerer] = {}
_answerers_lock = threading.Lock()


def answerer_for(llm: LLMSettings) -> LLMAnswerer:
    """One answerer per configuration, so the HTTP client and its connections are reused."""
    secret = llm.api_key.get_secret_value() if llm.api_key else ""
    key = llm.model_dump_json() + "\0" + secret  # SecretStr dumps masked: add the real key
    with _answerers_lock:
        if key not in _answerers:
            _answerers[key] = LLMAnswerer.from_settings(llm)
        return _answerers[key]


def answer_with_llm(
    llm: LLMSettings,
    question: str,
    history: History,
    query: Query,
    passages: list[Passage],
    extractive_answer: Answer,
) -> Answer:
    """The core's entry point: a verified LLM answer, or `extractive_answer` with a note."""
    try:
        answerer = answerer_for(llm)
    except Exception as exc:  # bad provider name, missing package: still answer offline
        log.warning("language model not set up: %s", exc)
        return unavailable(extractive_answer, "配置有误")
    return answerer.answer(question, history, query, passages, lambda: extractive_answer)


def stream_with_llm(
    llm: LLMSettings,
    question: str,
    history: History,
    query: Query,
    passages: list[Passage],
    extractive_answer: Answer,
) -> Iterator[str | Answer]:
    """Verified text pieces as they come, then the final Answer (show its text at the end)."""
    try:
        answerer = answerer_for(llm)
    except Exception as exc:
        log.warning("language model not set up: %s", exc)
        yield unavailable(extractive_answer, "配置有误")
        return
    yield from answerer.stream(question, history, query, passages, lambda: extractive_answer)
