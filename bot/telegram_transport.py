"""Talking to the Bot API dependably: flood limits, retries, tolerant update parsing."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import warnings
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from telegram import Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)

T = TypeVar("T")

# Telegram's flood limits are about messages; these calls do not send one, so they need not
# queue behind 50 answers (a typing action that arrives after the answer is useless).
_UNLIMITED = frozenset(
    {
        "sendChatAction",
        "answerCallbackQuery",
        "getFile",
        "getMe",
        "getUpdates",
        "deleteWebhook",
        "setWebhook",
        "getWebhookInfo",
        "setMyCommands",
        "getMyCommands",
        "close",
    }
)


class FloodLimiter(AIORateLimiter):
    """AIORateLimiter that retries 429s and leaves calls that are not messages unthrottled."""

    def __init__(self, max_retries: int = 3) -> None:
        super().__init__(max_retries=max_retries)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if endpoint in _UNLIMITED:
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )


class TolerantRequest(HTTPXRequest):
    """HTTPX transport for getUpdates that drops what cannot be parsed instead of stalling.

    python-telegram-bot parses a whole getUpdates batch at once; one malformed update fails the
    batch, the offset never advances and the bot fetches the same batch forever. Here each update
    is checked alone, and a broken one is replaced by its bare update_id so it is confirmed.
    A server error is retried twice at once, before python-telegram-bot's slower backoff.
    """

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        for attempt in range(1, 4):
            code, payload = await super().do_request(
                url,
                method,
                request_data=request_data,
                read_timeout=read_timeout,
                write_timeout=write_timeout,
                connect_timeout=connect_timeout,
                pool_timeout=pool_timeout,
            )
            if code < 500 or attempt == 3:
                break
            await asyncio.sleep(0.25 * attempt)
        if code == 200 and url.endswith("/getUpdates"):
            payload = sanitize_payload(payload)
        return code, payload


class ApiRequest(HTTPXRequest):
    """HTTPX transport for every other call; a server without deleteWebhook does not stop us.

    Polling starts by deleting any webhook; a minimal self-hosted or test server may not know
    that method (404). Having no webhook is then the truth, so it counts as done.
    """

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(
            url,
            method,
            request_data=request_data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
        )
        if code == 404 and url.endswith("/deleteWebhook"):
            log.warning("The Bot API server has no deleteWebhook; assuming no webhook is set")
            return 200, b'{"ok": true, "result": true}'
        return code, payload


def sanitize_payload(payload: bytes) -> bytes:
    """A getUpdates response body with its result list sanitized; other bodies unchanged."""
    try:
        body = json.loads(payload)
    except ValueError:
        return payload  # PTB reports unparsable JSON as a network error and retries
    if not isinstance(body, dict) or not body.get("ok"):
        return payload
    body["result"] = sanitize_updates(body.get("result"))
    return json.dumps(body, ensure_ascii=False).encode()


def sanitize_updates(result: object) -> list[dict[str, Any]]:
    """Keep the updates that parse; reduce the others to their update_id (or drop them)."""
    if not isinstance(result, list):
        log.warning("getUpdates returned %s instead of a list; ignored", type(result).__name__)
        return []
    clean: list[dict[str, Any]] = []
    for item in result:
        update_id = item.get("update_id") if isinstance(item, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            log.warning("Dropped an update without a valid update_id")
            continue
        try:
            Update.de_json(item, None)
        except Exception as exc:  # any parse failure: the update is unusable, skip it
            log.warning("Skipped malformed update %s: %s", update_id, type(exc).__name__)
            clean.append({"update_id": update_id})
            continue
        clean.append(item)
    return clean


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait a 429 asks for, without PTB's int-vs-timedelta deprecation warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


async def with_retry(
    call: Callable[[], Awaitable[T]], attempts: int = 4, first_delay: float = 0.5
) -> T:
    """Run a Bot API call, retrying network errors, timeouts and 429s with backoff."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except (BadRequest, Forbidden, InvalidToken):
            raise  # the request itself is wrong or the user blocked us: retrying cannot help
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            await asyncio.sleep(retry_after_seconds(exc) + 0.1)
        except NetworkError as exc:  # includes TimedOut
            if attempt == attempts:
                raise
            log.info("Bot API call failed (%s); retry %d in %.1fs", exc, attempt, delay)
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")
