"""`townqa telegram`: the bot officials message, on python-telegram-bot 22 (async)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click
from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from bot.cli import index_option
from bot.errors import UserError, one_line
from bot.telegram_handlers import APOLOGY, TownBot
from bot.telegram_transport import ApiRequest, FloodLimiter, TolerantRequest
from retrieval.settings import Settings

__all__ = ["APOLOGY", "Webhook", "build_application", "command", "serve", "webhook_secret"]

log = logging.getLogger(__name__)

POLL_TIMEOUT = 10  # seconds a getUpdates long poll may wait


def build_application(
    settings: Settings,
    townqa: Any,
    conversation_factory: Callable[[], Any] | None = None,
) -> Application:  # type: ignore[type-arg]
    """The configured Application: handlers, rate limiting, concurrent updates; nothing runs."""
    tg = settings.telegram
    if tg.token is None or not tg.token.get_secret_value().strip():
        raise UserError("TOWNQA_TELEGRAM_TOKEN is not set (put the bot token in the environment)")
    root = tg.api_url.rstrip("/")
    townbot = TownBot(settings, townqa, conversation_factory)
    app = (
        Application.builder()
        .token(tg.token.get_secret_value().strip())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(256)
        .rate_limiter(FloodLimiter())
        .request(
            ApiRequest(
                connection_pool_size=256,
                connect_timeout=10,
                read_timeout=20,
                write_timeout=30,
                pool_timeout=10,
            )
        )
        .get_updates_request(
            TolerantRequest(connection_pool_size=2, read_timeout=10, connect_timeout=10)
        )
        .post_init(townbot.post_init)
        .post_shutdown(townbot.post_shutdown)
        .build()
    )
    townbot.register(app)
    app.bot_data["townbot"] = townbot
    return app


@dataclass(frozen=True)
class Webhook:
    """Where Telegram posts updates (behind a reverse proxy) and where we listen for them."""

    url: str
    listen: str = "127.0.0.1"
    port: int = 8443


def webhook_secret(token: str) -> str:
    """The secret Telegram echoes in each webhook call (stable across restarts)."""
    return hashlib.sha256(f"townqa-webhook:{token}".encode()).hexdigest()[:32]


async def _initialize(app: Application, stop: asyncio.Event) -> bool:  # type: ignore[type-arg]
    """app.initialize() (getMe), retried with backoff while the API is unreachable."""
    delay = 1.0
    while not stop.is_set():
        try:
            await app.initialize()
            return True
        except InvalidToken as exc:
            raise UserError("the Bot API rejected TOWNQA_TELEGRAM_TOKEN") from exc
        except TelegramError as exc:
            log.warning("Cannot reach the Bot API (%s); retrying in %.0f s", one_line(exc), delay)
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
        delay = min(delay * 2, 30.0)
    return False


def _polling_error(exc: TelegramError) -> None:
    log.warning("Fetching updates failed (%s); retrying", one_line(exc))


async def serve(
    app: Application,  # type: ignore[type-arg]
    stop: asyncio.Event,
    webhook: Webhook | None = None,
) -> None:
    """Run the bot until `stop` is set: long polling, or a webhook server."""
    if not await _initialize(app, stop):
        return
    assert app.updater is not None
    try:
        # run_polling would call these hooks; serve() stands in for it, so it calls them.
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        if webhook is None:
            await app.updater.start_polling(
                timeout=POLL_TIMEOUT,
                bootstrap_retries=-1,
                allowed_updates=Update.ALL_TYPES,
                error_callback=_polling_error,
            )
        else:
            await app.updater.start_webhook(
                listen=webhook.listen,
                port=webhook.port,
                url_path=urlsplit(webhook.url).path.lstrip("/"),
                webhook_url=webhook.url,
                secret_token=webhook_secret(app.bot.token),
                allowed_updates=Update.ALL_TYPES,
                bootstrap_retries=-1,
            )
            log.info("Listening for webhook calls on %s:%d", webhook.listen, webhook.port)
        await stop.wait()
    finally:
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


class TokenFilter(logging.Filter):
    """Blanks the bot token out of every log record (URLs and errors can carry it)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def _setup_logging(token: str) -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="townqa: %(message)s")
    # httpx logs every request URL at INFO, and the URL holds the token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for name in ("bot", "townqa"):
        logging.getLogger(name).setLevel(logging.INFO)
    redact = TokenFilter(token)
    stamped = logging.Formatter("%(asctime)s townqa %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)
        handler.setFormatter(stamped)  # a long-running service's log wants times and levels


def _warm_up(townqa: Any) -> None:
    """Load lazily built parts (tokenizer, index) before the first official asks."""
    try:
        towns = [meta.town for meta in townqa.catalog()]
        townqa.ask(f"{towns[0] if towns else ''}主要做了哪些工作？")
    except Exception as exc:  # a failed warm-up only makes the first answer slower
        log.warning("Warm-up question failed: %s", one_line(exc))


@click.command("telegram")
@click.option(
    "--webhook",
    "webhook_url",
    metavar="URL",
    help="Public URL Telegram posts updates to (behind a reverse proxy); default: long polling.",
)
@click.option(
    "--listen",
    default="127.0.0.1",
    show_default=True,
    metavar="HOST",
    help="Address the webhook server binds.",
)
@click.option(
    "--port",
    default=8443,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port the webhook server binds.",
)
@index_option
def command(webhook_url: str | None, listen: str, port: int, index: Path | None) -> None:
    """Run the Telegram bot (settings from TOWNQA_TELEGRAM_* variables or .env)."""
    from retrieval.settings import load_settings

    settings = load_settings(index_dir=index)
    token = settings.telegram.token
    if token is None or not token.get_secret_value().strip():
        raise UserError(
            "TOWNQA_TELEGRAM_TOKEN is not set (put the bot token in the environment or .env)"
        )
    _setup_logging(token.get_secret_value().strip())
    from retrieval.core import TownQA

    townqa = TownQA(settings)
    _warm_up(townqa)
    app = build_application(settings, townqa)
    webhook = Webhook(webhook_url, listen, port) if webhook_url else None
    asyncio.run(_run_until_signal(app, webhook))


async def _run_until_signal(app: Application, webhook: Webhook | None) -> None:  # type: ignore[type-arg]
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await serve(app, stop, webhook)
