"""Streaming answers (LLM mode): one reply edited as the answer grows, at most once a second."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.telegram_format import MAX_MESSAGE_CHARS, esc
from bot.telegram_transport import with_retry
from retrieval.models import Answer

log = logging.getLogger(__name__)

_DRAFT_MARK = " …"
_DONE = object()


class ReplyStreamer:
    """Shows a growing draft by editing one message, no more often than `interval` seconds."""

    def __init__(
        self,
        bot: Bot,
        chat_id: int,
        interval: float = 1.0,
        reply_parameters: ReplyParameters | None = None,
    ) -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.interval = interval
        self.reply_parameters = reply_parameters
        self.message: Message | None = None
        self._shown = ""
        self._last_edit = 0.0

    async def draft(self, text: str, force: bool = False) -> None:
        """Show the text so far if the last edit is old enough (Telegram throttles edits)."""
        text = text.strip()
        if not text or text == self._shown:
            return
        now = time.monotonic()
        if not force and self.message is not None and now - self._last_edit < self.interval:
            return
        shown = self._fit(text)
        try:
            if self.message is None:
                self.message = await with_retry(
                    partial(
                        self.bot.send_message,
                        self.chat_id,
                        shown,
                        parse_mode=ParseMode.HTML,
                        reply_parameters=self.reply_parameters,
                    )
                )
            else:
                await self.bot.edit_message_text(
                    shown, self.chat_id, self.message.message_id, parse_mode=ParseMode.HTML
                )
        except TelegramError as exc:  # a lost draft edit is harmless; the final text follows
            log.debug("Draft edit failed: %s", exc)
        self._shown = text
        self._last_edit = time.monotonic()

    @staticmethod
    def _fit(text: str) -> str:
        # A draft longer than one message shows its latest part; the final answer is split.
        budget = MAX_MESSAGE_CHARS - 200
        if len(esc(text)) > budget:
            text = "…" + text[-(budget // 6) :]
        return esc(text) + _DRAFT_MARK

    async def finish(
        self, messages: list[str], markup: InlineKeyboardMarkup | None
    ) -> list[Message]:
        """Replace the draft with the first final message and send the rest after it."""
        sent: list[Message] = []
        rest = messages
        if self.message is not None and messages:
            first_markup = markup if len(messages) == 1 else None
            try:
                edited = await with_retry(
                    partial(
                        self.bot.edit_message_text,
                        messages[0],
                        self.chat_id,
                        self.message.message_id,
                        parse_mode=ParseMode.HTML,
                        reply_markup=first_markup,
                    )
                )
                if isinstance(edited, Message):
                    sent.append(edited)
                rest = messages[1:]
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    rest = messages[1:]
                else:  # the draft cannot take the final text: send it fresh
                    log.info("Final edit failed (%s); sending the answer anew", exc)
        for i, text in enumerate(rest):
            last = i == len(rest) - 1
            sent.append(
                await with_retry(
                    partial(
                        self.bot.send_message,
                        self.chat_id,
                        text,
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup if last else None,
                        reply_parameters=self.reply_parameters if self.message is None else None,
                    )
                )
            )
        return sent


async def stream_answer(
    pieces: Callable[[], Iterable[Any]],
    streamer: ReplyStreamer,
    run_in_thread: Callable[[Callable[[], None]], Any],
) -> Answer:
    """Drive a blocking stream (str deltas, then an Answer) in a worker thread, drafting as it
    grows; returns the final Answer."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()
    stop = threading.Event()

    def produce() -> None:
        try:
            for piece in pieces():
                loop.call_soon_threadsafe(queue.put_nowait, piece)
                if stop.is_set():
                    break
        except BaseException as exc:  # handed to the event loop, raised there
            loop.call_soon_threadsafe(queue.put_nowait, exc)
        finally:
            loop.call_soon_threadsafe(queue.put_nowait, _DONE)

    worker = asyncio.ensure_future(run_in_thread(produce))
    text = ""
    answer: Answer | None = None
    try:
        while True:
            item = await queue.get()
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            if isinstance(item, Answer):
                answer = item
            elif isinstance(item, str):
                text += item
                await streamer.draft(text)
    finally:
        stop.set()
        with contextlib.suppress(Exception):
            await worker
    if answer is None:
        raise RuntimeError("the answer stream ended without an Answer")
    return answer
