"""The Telegram bot driven over real HTTP: python-telegram-bot's client against a fake Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from conftest import copy_index
from fake_bot_api import BOT_USERNAME, TOKEN, FakeBotAPI

from bot.telegram import APOLOGY, Webhook, build_application, serve, webhook_secret
from bot.telegram_access import AccessPolicy, UserRateLimiter
from bot.telegram_format import MAX_MESSAGE_CHARS, Span, pack, render_answer, utf16_len
from bot.telegram_transport import sanitize_updates
from retrieval.models import Answer, Citation
from retrieval.settings import (
    PROJECT_ROOT,
    LLMSettings,
    RetrievalSettings,
    Settings,
    TelegramSettings,
)

ALICE, BOB, ADMIN, STRANGER = 111, 222, 999, 666
GROUP = -5001
CROWD = list(range(2000, 2050))
QUESTION = "卢峰镇排查了多少重大隐患"

TELEGRAM_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "code",
    "pre",
    "a",
    "blockquote",
    "tg-spoiler",
    "span",
    "tg-emoji",
}


# -- helpers ---------------------------------------------------------------------------------


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in TELEGRAM_TAGS:
            self.errors.append(f"tag <{tag}> not allowed")
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: Any) -> None:
        self.errors.append(f"self-closing <{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")


def assert_valid_html(text: str) -> None:
    """What Telegram's HTML parse mode accepts: known tags, balanced, every <>& escaped."""
    assert text.strip(), "empty message"
    assert utf16_len(text) <= MAX_MESSAGE_CHARS, f"message of {utf16_len(text)} units"
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    assert not checker.errors and not checker.stack, (checker.errors, checker.stack, text[:300])
    bare = re.sub(r"</?(?:{})>".format("|".join(TELEGRAM_TAGS)), "", text)
    assert "<" not in bare and ">" not in bare, text[:300]
    assert not re.search(r"&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)", text), text[:300]


def plain(text: str) -> str:
    """What a person sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def assert_all_valid(api: FakeBotAPI) -> None:
    """Every message the bot sent or edited is valid Telegram HTML under the length limit."""
    for call in api.calls_of("sendMessage") + api.calls_of("editMessageText"):
        assert call.params.get("parse_mode", "HTML") == "HTML"
        assert_valid_html(str(call.params["text"]))


class FaultyEngine:
    """The real TownQA with a few scripted questions: a crash, a long answer, an echo."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def ask(self, question: str, conversation: Any = None) -> Answer:
        if question == "BOOM":
            raise RuntimeError("secret internals /etc/passwd")
        if question.startswith("ECHO"):
            return Answer(question=question, text=f"您问的是：{question}", abstained=True)
        if question == "LONG":
            return long_answer()
        return self.inner.ask(question, conversation)


def long_answer() -> Answer:
    random.seed(7)
    sentences = [
        "卢峰镇共排查重大安全隐患2项、一般隐患73项。",
        '<b>治理</b> & 整改 "到位"；',
        "一是加强巡查，二是落实责任！",
        "x" * 300,
        "\n",
        "\n\n",
    ]
    text = "".join(random.choice(sentences) for _ in range(900)) + "[1]"
    citation = Citation(
        n=1,
        doc_id="卢峰镇_2025H1.txt",
        source="卢峰镇_2025H1.txt",
        title="卢峰镇2025年上半年工作总结",
        town="卢峰镇",
        period="2025H1",
        section="4.坚守安全底线",
        quote="共排查重大安全隐患2项、一般隐患73项",
    )
    return Answer(question="LONG", text=text, citations=[citation])


def make_settings(api: FakeBotAPI, index_dir: Path, **telegram: Any) -> Settings:
    options: dict[str, Any] = {
        "token": TOKEN,
        "api_url": api.url,
        "allowed_users": [ALICE, BOB, *CROWD],
        "allowed_chats": [],
        "admins": [ADMIN],
        "open": False,
        "rate_limit_per_minute": 30,
    }
    options.update(telegram)
    llm = options.pop("llm", None)
    return Settings(
        retrieval=RetrievalSettings(index_dir=index_dir, embedding_model="hashing"),
        llm=LLMSettings(model=llm),
        telegram=TelegramSettings(**options),
    )


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, shipped_index: Path) -> Any:
    """The real TownQA over a private copy of the shipped corpus's index (uploads change it)."""
    from retrieval.core import TownQA

    index_dir = copy_index(shipped_index, tmp_path_factory.mktemp("tg") / "index")
    townqa = TownQA(
        Settings(retrieval=RetrievalSettings(index_dir=index_dir, embedding_model="hashing"))
    )
    assert len(townqa.catalog()) >= 5
    return FaultyEngine(townqa)


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as fake:
        yield fake


@contextlib.asynccontextmanager
async def running_bot(api: FakeBotAPI, engine: Any, **telegram: Any) -> AsyncIterator[Any]:
    """Build the real Application against the fake API and poll until the block ends."""
    settings = make_settings(api, engine.settings.retrieval.index_dir, **telegram)
    app = build_application(settings, engine)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, stop))
    await api.wait_for(lambda: bool(api.calls_of("getUpdates")) or task.done(), 10, "polling")
    try:
        yield app
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)
    assert_all_valid(api)


async def settle(api: FakeBotAPI, seconds: float = 0.4) -> None:
    """Give the bot time to (not) react, by waiting for a known-good answer and a little more."""
    api.message(BOB, QUESTION)
    before = len(api.sent(BOB))
    await api.wait_for(lambda: len(api.sent(BOB)) > before, 10, "the control answer")
    await asyncio.sleep(seconds)


def sources_part(text: str) -> str:
    assert "来源" in text, text
    return plain(text).split("来源", 1)[1]


# -- formatting, access, transport (no network) ------------------------------------------------


def test_pack_splits_under_limit_on_boundaries_with_valid_html() -> None:
    answer = long_answer()
    messages = render_answer(answer)
    assert len(messages) >= 3
    for text in messages:
        assert_valid_html(text)
    # Nothing lost, nothing reordered: the visible text is the answer's, apart from cut spaces.
    shown = re.sub(r"\s+", "", "".join(plain(m) for m in messages))
    assert re.sub(r"\s+", "", answer.text) in shown
    # Cuts fall on paragraph, line or sentence ends when the text has them.
    for text in messages[:-1]:
        assert plain(text).rstrip()[-1] in '。；！x"', plain(text)[-20:]


def test_pack_hard_cuts_never_split_entities() -> None:
    spans = [Span("&<>" * 5000), Span("加粗" * 3000, "b")]
    messages = pack(spans, limit=1000)
    for text in messages:
        assert utf16_len(text) <= 1000
        checker = _TagChecker()
        checker.feed(text)
        assert not checker.errors and not checker.stack
        assert not re.search(r"&(?!(?:amp|lt|gt);)", text)
    assert "".join(plain(m) for m in messages) == "&<>" * 5000 + "加粗" * 3000


def test_access_policy_and_refusal_once() -> None:
    closed = AccessPolicy(
        TelegramSettings(token=None, allowed_users=[], allowed_chats=[], admins=[], open=False)
    )
    assert closed.closed_to_all and not closed.allowed(1, 1)
    assert "TOWNQA_TELEGRAM_ALLOWED_USERS" in closed.describe()
    # Comma-separated strings, as the environment gives them.
    lists: dict[str, Any] = {"allowed_users": "1, 2", "allowed_chats": "-5", "admins": "9"}
    policy = AccessPolicy(TelegramSettings(**lists, open=False))
    assert policy.allowed(1, 1) and policy.allowed(9, 9) and policy.allowed(7, -5)
    assert not policy.allowed(7, 7) and policy.is_admin(9) and not policy.is_admin(1)
    assert policy.first_refusal(7) and not policy.first_refusal(7)


def test_rate_limiter_window_and_single_notice() -> None:
    now = [0.0]
    limiter = UserRateLimiter(2, clock=lambda: now[0])
    assert limiter.check(1) == (0.0, False)
    assert limiter.check(1) == (0.0, False)
    wait, notify = limiter.check(1)
    assert wait > 0 and notify
    assert limiter.check(1)[1] is False  # one notice per window
    assert limiter.check(2) == (0.0, False)  # other users unaffected
    now[0] = 61.0
    assert limiter.check(1) == (0.0, False)


def test_sanitize_updates_keeps_offsets_moving() -> None:
    good = {
        "update_id": 5,
        "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}, "text": "hi"},
    }
    broken = {"update_id": 6, "message": {"text": 5}}
    result = sanitize_updates([good, "junk", {"no": "id"}, broken, {"update_id": "7"}])
    assert result == [good, {"update_id": 6}]
    assert sanitize_updates({"not": "a list"}) == []


# -- the bot over HTTP -------------------------------------------------------------------------


async def test_question_answered_with_citation_and_follow_up(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine):
        api.message(ALICE, QUESTION)
        first = (await api.wait_sent(ALICE, 1))[0]
        assert "2项" in plain(first)
        assert "卢峰镇" in sources_part(first) and "[1]" in first
        typing = [c for c in api.calls_of("sendChatAction") if c.params["chat_id"] == ALICE]
        assert typing and typing[0].params["action"] == "typing"
        markup = api.sent(ALICE)[0]["reply_markup"]
        assert markup["inline_keyboard"][0][0]["text"] == "原文 1"

        api.message(ALICE, "那一般隐患呢？")
        follow = (await api.wait_sent(ALICE, 2))[1]
        assert "73项" in plain(follow) and "一般隐患" in plain(follow)
        assert "卢峰镇" in sources_part(follow)

        api.message(ALICE, "/sources")
        sources = (await api.wait_sent(ALICE, 3))[2]
        assert "卢峰镇" in plain(sources) and "一般隐患73项" in plain(sources)

        api.message(ALICE, "/reset")
        assert "清除" in (await api.wait_sent(ALICE, 4))[3]
        api.message(ALICE, "统溪河镇呢？")
        after_reset = plain((await api.wait_sent(ALICE, 5))[4])
        assert "隐患" not in after_reset.split("来源")[0]  # the old topic is gone


async def test_unauthorized_user_refused_once_without_content(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine):
        api.message(STRANGER, QUESTION)
        api.message(STRANGER, "/help")
        api.message(STRANGER, "那一般隐患呢？")
        api.callback(
            STRANGER,
            "src:1:1",
            {"message_id": 1, "date": 0, "chat": api.chat(STRANGER), "text": "x"},
        )
        await api.wait_sent(STRANGER, 1)
        await settle(api)
        texts = api.texts(STRANGER)
        assert len(texts) == 1
        assert "权限" in texts[0] and str(STRANGER) in texts[0]
        for word in ("卢峰", "隐患", "2项", "报告："):
            assert word not in texts[0]
        answered = [c.params for c in api.calls_of("answerCallbackQuery")]
        assert answered and "权限" in answered[0].get("text", "")
        assert not [c for c in api.calls_of("sendChatAction") if c.params["chat_id"] == STRANGER]


async def test_groups_answer_only_when_addressed(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine, allowed_chats=[GROUP], allowed_users=[BOB]):
        api.message(ALICE, QUESTION, chat_id=GROUP, chat_type="supergroup")  # chatter
        api.message(ALICE, f"@{BOT_USERNAME} {QUESTION}", chat_id=GROUP, chat_type="supergroup")
        await api.wait_sent(GROUP, 1)
        api.message(ALICE, f"/ask@{BOT_USERNAME} {QUESTION}", chat_id=GROUP, chat_type="supergroup")
        await api.wait_sent(GROUP, 2)
        bot_message = {
            "message_id": 77,
            "date": 0,
            "chat": api.chat(GROUP, "supergroup"),
            "from": {"id": 123456, "is_bot": True, "first_name": "TownQA"},
            "text": "...",
        }
        api.message(
            ALICE, "那一般隐患呢？", chat_id=GROUP, chat_type="supergroup", reply_to=bot_message
        )
        texts = await api.wait_sent(GROUP, 3)
        await settle(api)
        assert len(api.texts(GROUP)) == 3
        assert all("2项" in plain(t) for t in texts[:2]) and "73项" in plain(texts[2])
        assert api.sent(GROUP)[0]["reply_parameters"]["message_id"] > 0


async def test_long_answer_split_with_valid_html(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine):
        api.message(ALICE, "LONG")
        expected = render_answer(long_answer())
        texts = await api.wait_sent(ALICE, len(expected), timeout=15)
        assert len(texts) == len(expected) >= 3
        for text in texts:
            assert_valid_html(text)
        sent = api.sent(ALICE)
        assert "reply_markup" in sent[-1] and all("reply_markup" not in s for s in sent[:-1])


async def test_html_in_questions_is_escaped(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine):
        nasty = 'ECHO <b>卢峰镇</b> & <script>alert("x")</script> 1<2'
        api.message(ALICE, nasty)
        text = (await api.wait_sent(ALICE, 1))[0]
        assert_valid_html(text)
        assert "&lt;script&gt;" in text and "&amp;" in text and "1&lt;2" in text
        assert nasty in plain(text)
        api.message(ALICE, "<b>卢峰镇</b>排查了多少<i>重大隐患</i>&amp;")
        answer = (await api.wait_sent(ALICE, 2))[1]
        assert_valid_html(answer)


async def test_source_button_shows_quote_in_context(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine):
        api.message(ALICE, QUESTION)
        await api.wait_sent(ALICE, 1)
        sent = api.sent(ALICE)[0]
        data = sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        api.callback(
            ALICE, data, {"message_id": 5, "date": 0, "chat": api.chat(ALICE), "text": "answer"}
        )
        passage = (await api.wait_sent(ALICE, 2))[1]
        assert "<b>共排查重大安全隐患2项、一般隐患73项</b>" in passage
        assert "卢峰镇" in plain(passage) and len(plain(passage)) > 40  # context around it
        assert api.calls_of("answerCallbackQuery")
        api.callback(ALICE, "src:99999:1")
        await api.wait_for(lambda: len(api.calls_of("answerCallbackQuery")) >= 2)
        assert "过期" in api.calls_of("answerCallbackQuery")[1].params["text"]


async def test_admin_upload_is_answerable_at_once(api: FakeBotAPI, engine: Any) -> None:
    report = (
        "测试镇2025年上半年工作总结\n\n一、安全生产\n"
        "上半年，测试镇新建应急避难场所17处，组织消防演练9场。\n"
        "二、民生事业\n完成农村公路改造12公里。\n"
    ).encode()
    async with running_bot(api, engine):
        api.document(BOB, "测试镇2025年上半年工作总结.txt", report)
        refusal = (await api.wait_sent(BOB, 1))[0]
        assert "管理员" in refusal and not api.calls_of("getFile")

        api.document(ADMIN, "病毒.exe", b"MZ")
        assert ".txt" in (await api.wait_sent(ADMIN, 1))[0]

        api.document(ADMIN, "测试镇2025年上半年工作总结.txt", report)
        announce = plain((await api.wait_sent(ADMIN, 2, timeout=20))[1])
        assert "测试镇" in announce and "2025年上半年" in announce
        assert api.calls_of("downloadFile")

        api.message(ADMIN, "测试镇新建了多少应急避难场所？")
        answer = (await api.wait_sent(ADMIN, 3))[2]
        assert "17处" in plain(answer) and "测试镇" in sources_part(answer)


async def test_handler_exception_becomes_apology_and_bot_keeps_serving(
    api: FakeBotAPI, engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    async with running_bot(api, engine):
        update_id = api.message(ALICE, "BOOM")
        apology = (await api.wait_sent(ALICE, 1))[0]
        assert apology == APOLOGY and "secret" not in apology
        api.message(ALICE, QUESTION)
        assert "2项" in plain((await api.wait_sent(ALICE, 2))[1])
    assert any(str(update_id) in r.getMessage() for r in caplog.records if r.levelname == "ERROR")


async def test_fifty_users_at_once_all_answered_quickly(api: FakeBotAPI, engine: Any) -> None:
    questions = [
        QUESTION,
        "统溪河镇排查了多少一般隐患",
        "北斗溪镇2023年的重点工作有哪些？",
        "县溪镇2021年完成了哪些工作",
        "卢峰镇上半年安全生产情况",
    ]
    async with running_bot(api, engine):
        start = time.monotonic()
        for i, user in enumerate(CROWD):
            api.message(user, questions[i % len(questions)])
        await api.wait_for(lambda: all(api.sent(u) for u in CROWD), 10, "50 answers")
        elapsed = time.monotonic() - start
    assert elapsed < 10
    for i, user in enumerate(CROWD):
        if i % len(questions) == 0:
            assert "2项" in plain(api.texts(user)[0])


async def test_survives_flood_limits_server_errors_and_malformed_updates(
    api: FakeBotAPI, engine: Any
) -> None:
    async with running_bot(api, engine):
        api.fail("getUpdates", 500)
        api.enqueue_raw({"update_id": api.next_update_id(), "message": {"text": 5}})
        api.enqueue_raw("not an update")
        api.enqueue_raw(
            {
                "update_id": api.next_update_id(),
                "message": {"message_id": 1, "date": 0, "chat": {"id": ALICE, "type": "private"}},
            }
        )
        api.enqueue_raw({"update_id": api.next_update_id(), "callback_query": {"id": "1"}})
        api.flood("sendMessage", retry_after=1)
        api.fail("sendMessage", 500)
        api.message(ALICE, QUESTION)
        text = (await api.wait_sent(ALICE, 1, timeout=15))[0]
        assert "2项" in plain(text)
        failed_then_ok = [c for c in api.calls_of("sendMessage") if c.params["chat_id"] == ALICE]
        assert len(failed_then_ok) >= 3, api.summary()  # 429, 500, then sent
        api.message(ALICE, "那一般隐患呢？")
        assert "73项" in plain((await api.wait_sent(ALICE, 2))[-1])


async def test_minimal_server_without_webhook_or_command_methods(
    api: FakeBotAPI, engine: Any
) -> None:
    api.missing.update({"deleteWebhook", "setMyCommands"})
    async with running_bot(api, engine):
        api.message(ALICE, QUESTION)
        assert "2项" in plain((await api.wait_sent(ALICE, 1))[0])


async def test_rate_limit_answers_politely_once(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine, rate_limit_per_minute=2):
        for _ in range(5):
            api.message(ALICE, QUESTION)
        await api.wait_sent(ALICE, 3)
        await settle(api)
        texts = api.texts(ALICE)
        assert len(texts) == 3
        assert sum("太频繁" in t for t in texts) == 1


async def test_help_lists_towns_periods_and_examples(api: FakeBotAPI, engine: Any) -> None:
    async with running_bot(api, engine):
        api.message(ALICE, "/start")
        text = plain((await api.wait_sent(ALICE, 1))[0])
        for town in ("卢峰镇", "北斗溪镇", "统溪河镇", "县溪镇"):
            assert town in text
        assert "2025年上半年" in text and "2023年" in text and "示例问题" in text
        api.message(ALICE, "/reports")
        reports = plain((await api.wait_sent(ALICE, 2))[1])
        assert "卢峰镇2025年上半年工作总结" in reports
        api.message(BOB, "/reindex")
        assert "管理员" in (await api.wait_sent(BOB, 1))[0]
        api.message(ADMIN, "/reindex")
        done = (await api.wait_sent(ADMIN, 2, timeout=30))[1]
        assert "索引已重建" in done
        api.message(ADMIN, QUESTION)
        assert "2项" in plain((await api.wait_sent(ADMIN, 3))[2])


class StreamingEngine(FaultyEngine):
    """An engine that streams: deltas a quarter second apart, then the real Answer."""

    def stream(self, question: str, conversation: Any = None) -> Iterator[str | Answer]:
        for piece in ["卢峰镇", "上半年", "共排查", "重大安全隐患", "2项", "、一般隐患73项。"]:
            time.sleep(0.25)
            yield piece
        yield self.inner.ask(question, conversation)


async def test_streaming_answers_edit_the_reply_at_most_once_a_second(
    api: FakeBotAPI, engine: Any
) -> None:
    streaming = StreamingEngine(engine.inner)
    async with running_bot(api, streaming, llm="openai:scripted"):
        start = time.monotonic()
        api.message(ALICE, QUESTION)
        await api.wait_for(
            lambda: any(
                "来源" in str(c.params.get("text")) for c in api.calls_of("editMessageText")
            )
        )
        elapsed = time.monotonic() - start
    drafts = api.sent(ALICE)
    assert len(drafts) == 1  # one message, edited in place
    edits = api.calls_of("editMessageText")
    assert len(edits) <= elapsed + 2
    assert "2项" in plain(str(edits[-1].params["text"])) and "reply_markup" in edits[-1].params


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_mode(api: FakeBotAPI, engine: Any) -> None:
    pytest.importorskip("tornado")
    port = _free_port()
    url = f"http://127.0.0.1:{port}/townqa/hook"
    settings = make_settings(api, engine.settings.retrieval.index_dir)
    app = build_application(settings, engine)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, stop, Webhook(url, "127.0.0.1", port)))
    try:
        await api.wait_for(lambda: bool(api.calls_of("setWebhook")), 10, "setWebhook")
        assert api.calls_of("setWebhook")[0].params["url"] == url
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": 0,
                "chat": api.chat(ALICE),
                "from": api.user(ALICE),
                "text": QUESTION,
            },
        }

        def post(secret: str) -> int:
            request = urllib.request.Request(
                url,
                json.dumps(update).encode(),
                method="POST",
                headers={
                    "Content-Type": "application/json",
                    "X-Telegram-Bot-Api-Secret-Token": secret,
                },
            )
            deadline = time.monotonic() + 10
            while True:
                try:
                    with urllib.request.urlopen(request, timeout=5) as response:
                        return int(response.status)
                except urllib.error.HTTPError as exc:
                    return exc.code
                except urllib.error.URLError:  # the webhook server may still be starting
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.1)

        assert await asyncio.to_thread(post, "wrong") == 403
        assert await asyncio.to_thread(post, webhook_secret(TOKEN)) == 200
        assert "2项" in plain((await api.wait_sent(ALICE, 1))[0])
    finally:
        stop.set()
        await asyncio.wait_for(task, 15)


# -- the command -----------------------------------------------------------------------------


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TOWNQA_")}
    # PYTHONPATH keeps the conftest's network guard (a sitecustomize) for the child.
    path = os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(PROJECT_ROOT)]))
    env.update(
        HF_HUB_OFFLINE="1",
        TOWNQA_EMBEDDING_MODEL="hashing",
        TOWNQA_INDEX_DIR=str(tmp_path / "index"),
        PYTHONPATH=path,
    )
    env.update(extra)
    return env


def test_command_without_token_is_one_line_exit_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "telegram"],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "TOWNQA_TELEGRAM_TOKEN" in result.stderr


async def test_townqa_telegram_command_answers(api: FakeBotAPI, tmp_path: Path) -> None:
    env = _env(
        tmp_path,
        TOWNQA_TELEGRAM_TOKEN=TOKEN,
        TOWNQA_TELEGRAM_API_URL=api.url,
        TOWNQA_TELEGRAM_ALLOWED_USERS=str(ALICE),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "telegram"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        await api.wait_for(
            lambda: bool(api.calls_of("getUpdates")) or proc.poll() is not None,
            60,
            "the bot to poll",
        )
        api.message(ALICE, QUESTION)
        api.message(STRANGER, QUESTION)
        text = (await api.wait_sent(ALICE, 1, timeout=20))[0]
        assert "2项" in plain(text) and "卢峰镇" in sources_part(text)
        refusal = (await api.wait_sent(STRANGER, 1))[0]
        assert "2项" not in refusal
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err[-2000:]
    assert TOKEN not in out + err and TOKEN.split(":")[1] not in out + err
    assert "Traceback" not in err
    assert_all_valid(api)
