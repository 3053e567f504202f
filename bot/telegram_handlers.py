"""The Telegram bot's handlers: questions, commands, 原文 buttons, uploads, errors."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import tempfile
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.errors import one_line
from bot.telegram_access import ADMIN_ONLY, RATE_LIMITED, REFUSAL, AccessPolicy, UserRateLimiter
from bot.telegram_format import (
    esc,
    render_answer,
    render_help,
    render_ingested,
    render_passage,
    render_reports,
    render_sources,
)
from bot.telegram_stream import ReplyStreamer, stream_answer
from bot.telegram_transport import with_retry
from retrieval.models import Answer, ReportMeta
from retrieval.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
Context = ContextTypes.DEFAULT_TYPE

APOLOGY = "抱歉，处理您的消息时出了点问题，请稍后再试。"
EMPTY_QUESTION = "请在消息里写下您的问题，例如：卢峰镇排查了多少重大隐患？"
UPLOAD_TYPES = (".txt", ".docx", ".pdf")
ASK_WORKERS = 8  # retrieval is GIL-bound, but LLM calls wait on the network
MAX_BUTTONS = 8
_REMEMBERED_ANSWERS = 2000
_REMEMBERED_CHATS = 10_000
_CALLBACK = re.compile(r"^src:(\d+):(\d+)$")
COMMANDS = [
    BotCommand("help", "报告范围、示例问题和用法"),
    BotCommand("ask", "提问（群聊中使用）"),
    BotCommand("sources", "上一个回答的来源"),
    BotCommand("reset", "清除对话上下文"),
    BotCommand("reports", "列出全部报告"),
]


def _new_conversation() -> Any:
    from retrieval.conversation import Conversation

    return Conversation()


@dataclass
class ChatState:
    """One chat's follow-up context and last answer; the lock keeps its questions in order."""

    conversation: Any
    last_answer: Answer | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class TownBot:
    """The handlers and what they remember: conversations, recent answers, access, limits."""

    def __init__(
        self,
        settings: Settings,
        townqa: Any,
        conversation_factory: Callable[[], Any] | None = None,
        workers: int = ASK_WORKERS,
    ) -> None:
        self.settings = settings
        self.townqa = townqa
        self.new_conversation = conversation_factory or _new_conversation
        self.access = AccessPolicy(settings.telegram)
        self.limiter = UserRateLimiter(settings.telegram.rate_limit_per_minute)
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="townqa-ask")
        self.chats: OrderedDict[int, ChatState] = OrderedDict()
        self.answers: OrderedDict[int, Answer] = OrderedDict()
        self._answer_key = 0

    # -- wiring ------------------------------------------------------------------------------

    def register(self, app: Application) -> None:  # type: ignore[type-arg]
        """Add every handler and the error handler to the application."""
        fresh = filters.UpdateType.MESSAGE  # edits of old messages are not new questions
        app.add_handler(CommandHandler(["start", "help"], self.on_help, filters=fresh))
        app.add_handler(CommandHandler("ask", self.on_ask, filters=fresh))
        app.add_handler(CommandHandler("reset", self.on_reset, filters=fresh))
        app.add_handler(CommandHandler("sources", self.on_sources, filters=fresh))
        app.add_handler(CommandHandler("reports", self.on_reports, filters=fresh))
        app.add_handler(CommandHandler("reindex", self.on_reindex, filters=fresh))
        app.add_handler(MessageHandler(fresh & filters.TEXT & ~filters.COMMAND, self.on_text))
        app.add_handler(MessageHandler(fresh & filters.Document.ALL, self.on_document))
        private = fresh & filters.ChatType.PRIVATE
        app.add_handler(MessageHandler(private & filters.COMMAND, self.on_unknown_command))
        other = ~filters.TEXT & ~filters.Document.ALL & ~filters.StatusUpdate.ALL
        app.add_handler(MessageHandler(private & other, self.on_other_message))
        app.add_handler(CallbackQueryHandler(self.on_callback))
        app.add_error_handler(self.on_error)

    async def post_init(self, app: Application) -> None:  # type: ignore[type-arg]
        """Announce the bot's name and who may use it; publish the command list."""
        log.info("Telegram bot @%s is running", app.bot.username)
        if self.access.closed_to_all:
            log.warning("%s", self.access.describe())
        else:
            log.info("%s", self.access.describe())
        try:
            await with_retry(partial(app.bot.set_my_commands, COMMANDS), attempts=2)
        except TelegramError as exc:  # only the command menu is missing; answering still works
            log.warning("Could not publish the command list: %s", one_line(exc))

    async def post_shutdown(self, app: Application) -> None:  # type: ignore[type-arg]
        self.executor.shutdown(wait=False, cancel_futures=True)

    # -- plumbing ----------------------------------------------------------------------------

    async def run_blocking(self, fn: Callable[..., T], *args: Any) -> T:
        """Run core work (retrieval, answering, ingest) off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, partial(fn, *args))

    def state(self, chat_id: int) -> ChatState:
        state = self.chats.get(chat_id)
        if state is None:
            state = ChatState(self.new_conversation())
            self.chats[chat_id] = state
            if len(self.chats) > _REMEMBERED_CHATS:
                self.chats.popitem(last=False)
        self.chats.move_to_end(chat_id)
        return state

    def remember(self, answer: Answer) -> int:
        """Keep an answer for its 原文 buttons; returns the key the buttons carry."""
        self._answer_key += 1
        self.answers[self._answer_key] = answer
        if len(self.answers) > _REMEMBERED_ANSWERS:
            self.answers.popitem(last=False)
        return self._answer_key

    @staticmethod
    def buttons(answer: Answer, key: int) -> InlineKeyboardMarkup | None:
        """'原文 1', '原文 2', … under an answer, four to a row."""
        numbers = [c.n for c in answer.citations][:MAX_BUTTONS]
        if not numbers:
            return None
        keys = [InlineKeyboardButton(f"原文 {n}", callback_data=f"src:{key}:{n}") for n in numbers]
        return InlineKeyboardMarkup([keys[i : i + 4] for i in range(0, len(keys), 4)])

    async def send(
        self,
        bot: Bot,
        chat_id: int,
        messages: list[str],
        markup: InlineKeyboardMarkup | None = None,
        reply_to: int | None = None,
    ) -> list[Message]:
        """Send HTML messages in order, retrying network errors; buttons go under the last."""
        sent = []
        for i, text in enumerate(messages):
            last = i == len(messages) - 1
            reply = (
                ReplyParameters(reply_to, allow_sending_without_reply=True)
                if reply_to is not None and i == 0
                else None
            )
            call = partial(
                bot.send_message,
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if last else None,
                reply_parameters=reply,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
            try:
                sent.append(await with_retry(call))
            except TelegramError:
                raise
            except Exception as exc:  # delivered, but the server's reply did not parse
                log.warning("Unexpected sendMessage result (%s); carrying on", one_line(exc))
        return sent

    async def say(self, update: Update, context: Context, text: str) -> None:
        """Reply with one line of plain text (escaped)."""
        chat = update.effective_chat
        if chat is not None:
            await self.send(context.bot, chat.id, [esc(text)], reply_to=self._reply_to(update))

    @staticmethod
    def _reply_to(update: Update) -> int | None:
        # In groups, quote the question so the answer is clearly for it.
        chat, msg = update.effective_chat, update.effective_message
        if chat is not None and msg is not None and chat.type != ChatType.PRIVATE:
            return msg.message_id
        return None

    @contextlib.asynccontextmanager
    async def typing(self, bot: Bot, chat_id: int) -> AsyncIterator[None]:
        """Show 'typing…' while the body runs (Telegram clears it after 5 s, so repeat)."""
        first = asyncio.Event()

        async def keep_typing() -> None:
            while True:
                try:
                    await bot.send_chat_action(chat_id, ChatAction.TYPING)
                except TelegramError as exc:
                    log.debug("typing action failed: %s", exc)
                first.set()
                await asyncio.sleep(4.5)

        task = asyncio.create_task(keep_typing())
        try:
            yield
        finally:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(first.wait(), 2.0)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def allowed(self, update: Update, context: Context) -> bool:
        """Whether the sender may use the bot; the first time they may not, say so once."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            return False
        if self.access.allowed(user.id, chat.id):
            return True
        log.info("Refused user %s in chat %s", user.id, chat.id)
        if self.access.first_refusal(user.id):
            await self.say(update, context, REFUSAL.format(user_id=user.id))
        return False

    def _is_group(self, update: Update) -> bool:
        chat = update.effective_chat
        return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)

    def addressed_question(self, update: Update, bot: Bot) -> str | None:
        """The question in a text message, or None when a group message is not for the bot."""
        msg, chat = update.effective_message, update.effective_chat
        if msg is None or chat is None or msg.text is None:
            return None
        if chat.type == ChatType.PRIVATE:
            return msg.text
        if chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
            return None
        mention = f"@{bot.username}"
        if mention.lower() in msg.text.lower():
            return re.sub(re.escape(mention), " ", msg.text, flags=re.IGNORECASE).strip()
        reply = msg.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
            return msg.text
        return None

    # -- asking ------------------------------------------------------------------------------

    async def on_text(self, update: Update, context: Context) -> None:
        """A text message is a question (in groups only when it is addressed to the bot)."""
        question = self.addressed_question(update, context.bot)
        if question is None or not await self.allowed(update, context):
            return
        await self.answer(update, context, question)

    async def on_ask(self, update: Update, context: Context) -> None:
        """/ask 问题 -- how groups ask without mentioning the bot."""
        msg = update.effective_message
        if msg is None or not await self.allowed(update, context):
            return
        parts = (msg.text or "").split(maxsplit=1)
        await self.answer(update, context, parts[1] if len(parts) > 1 else "")

    async def answer(self, update: Update, context: Context, question: str) -> None:
        """Answer a question in its chat's context, with citations and 原文 buttons."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None:
            return
        question = question.strip()
        if not question:
            await self.say(update, context, EMPTY_QUESTION)
            return
        wait, notify = self.limiter.check(user.id)
        if wait:
            if notify:
                await self.say(update, context, RATE_LIMITED.format(seconds=round(wait)))
            return
        state = self.state(chat.id)
        reply_to = self._reply_to(update)
        async with state.lock:
            streamer = self._streamer(context.bot, chat.id, reply_to)
            async with self.typing(context.bot, chat.id):
                if streamer is not None:
                    answer = await stream_answer(
                        partial(self.townqa.stream, question, state.conversation),
                        streamer,
                        lambda produce: self.run_blocking(produce),
                    )
                else:
                    answer = await self.run_blocking(self.townqa.ask, question, state.conversation)
            state.last_answer = answer
            markup = self.buttons(answer, self.remember(answer))
            messages = render_answer(answer)
            if streamer is not None:
                await streamer.finish(messages, markup)
            else:
                await self.send(context.bot, chat.id, messages, markup, reply_to)

    def _streamer(self, bot: Bot, chat_id: int, reply_to: int | None) -> ReplyStreamer | None:
        """A draft-editing streamer when an LLM answers and the core can stream; else None."""
        if not self.settings.llm.model or not callable(getattr(self.townqa, "stream", None)):
            return None
        reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
        return ReplyStreamer(bot, chat_id, interval=1.0, reply_parameters=reply)

    async def on_callback(self, update: Update, context: Context) -> None:
        """A '原文 n' button: the quoted passage with its context."""
        query = update.callback_query
        if query is None:
            return
        chat_id = query.message.chat.id if query.message is not None else query.from_user.id
        if not self.access.allowed(query.from_user.id, chat_id):
            refusal = REFUSAL.format(user_id=query.from_user.id)
            await with_retry(partial(query.answer, refusal, show_alert=True))
            return
        match = _CALLBACK.match(query.data or "")
        answer = self.answers.get(int(match.group(1))) if match else None
        if match is None or answer is None:
            await with_retry(partial(query.answer, "这个按钮已过期，请重新提问。"))
            return
        await with_retry(query.answer)
        await self.send(context.bot, chat_id, render_passage(answer, int(match.group(2))))

    # -- commands ----------------------------------------------------------------------------

    async def on_help(self, update: Update, context: Context) -> None:
        """/start and /help: the towns and periods known, example questions, commands."""
        if not await self.allowed(update, context):
            return
        catalog: list[ReportMeta] = await self.run_blocking(self.townqa.catalog)
        chat = update.effective_chat
        if chat is not None:
            await self.send(context.bot, chat.id, render_help(catalog, self._is_group(update)))

    async def on_reset(self, update: Update, context: Context) -> None:
        """/reset: forget this chat's follow-up context."""
        chat = update.effective_chat
        if chat is None or not await self.allowed(update, context):
            return
        state = self.state(chat.id)
        async with state.lock:
            state.conversation.reset()
            state.last_answer = None
        await self.say(update, context, "好的，已清除对话上下文，可以开始新的问题。")

    async def on_sources(self, update: Update, context: Context) -> None:
        """/sources: the sources of this chat's last answer, with their quoted words."""
        chat = update.effective_chat
        if chat is None or not await self.allowed(update, context):
            return
        last = self.chats[chat.id].last_answer if chat.id in self.chats else None
        await self.send(context.bot, chat.id, render_sources(last), reply_to=self._reply_to(update))

    async def on_reports(self, update: Update, context: Context) -> None:
        """/reports: every report in the corpus."""
        chat = update.effective_chat
        if chat is None or not await self.allowed(update, context):
            return
        catalog = await self.run_blocking(self.townqa.catalog)
        await self.send(context.bot, chat.id, render_reports(catalog))

    async def on_reindex(self, update: Update, context: Context) -> None:
        """/reindex (admins): rebuild the index from the report files."""
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None or not await self.allowed(update, context):
            return
        if not self.access.is_admin(user.id):
            await self.say(update, context, ADMIN_ONLY.format(action="重建索引"))
            return
        await self.say(update, context, "正在重建索引，请稍候……")
        async with self.typing(context.bot, chat.id):
            await self.run_blocking(self.townqa.reindex)
            catalog = await self.run_blocking(self.townqa.catalog)
        await self.say(update, context, f"索引已重建，共 {len(catalog)} 份报告。")

    async def on_document(self, update: Update, context: Context) -> None:
        """An admin's report file: checked, ingested, announced with its town and period."""
        msg, user, chat = update.effective_message, update.effective_user, update.effective_chat
        if msg is None or msg.document is None or user is None or chat is None:
            return
        if chat.type != ChatType.PRIVATE or not await self.allowed(update, context):
            return  # files in groups are for people, not for the bot
        if not self.access.is_admin(user.id):
            await self.say(update, context, ADMIN_ONLY.format(action="上传报告"))
            return
        document = msg.document
        name = _safe_file_name(document.file_name or "")
        if not name.lower().endswith(UPLOAD_TYPES):
            await self.say(update, context, "只能收录 .txt、.docx 或 .pdf 格式的报告文件。")
            return
        limit_mb = self.settings.telegram.max_upload_mb
        too_big = f"文件太大：上限为 {limit_mb:g} MB。"
        if document.file_size and document.file_size > limit_mb * 1024 * 1024:
            await self.say(update, context, too_big)
            return
        async with self.typing(context.bot, chat.id):
            with tempfile.TemporaryDirectory(prefix="townqa-upload-") as tmp:
                path = Path(tmp) / name
                tg_file = await with_retry(partial(context.bot.get_file, document.file_id))
                await with_retry(partial(tg_file.download_to_drive, path))
                if path.stat().st_size > limit_mb * 1024 * 1024:
                    await self.say(update, context, too_big)
                    return
                try:
                    meta = await self.run_blocking(self.townqa.ingest_file, path, name)
                except _load_errors() as exc:
                    log.info("Upload %s refused: %s", name, one_line(exc))
                    await self.say(update, context, f"无法读取这个文件：{one_line(exc)}")
                    return
        log.info("Admin %s added %s (%s %s)", user.id, meta.source, meta.town, meta.period)
        await self.send(context.bot, chat.id, render_ingested(meta))

    async def on_unknown_command(self, update: Update, context: Context) -> None:
        """A command the bot does not have (private chats only; groups have other bots)."""
        if await self.allowed(update, context):
            await self.say(update, context, "没有这个命令。发送 /help 查看用法，或直接用文字提问。")

    async def on_other_message(self, update: Update, context: Context) -> None:
        """Photos, voice, stickers…: the bot reads text only."""
        if await self.allowed(update, context):
            await self.say(update, context, "目前只能回答文字问题，请用文字提问。")

    # -- failures ----------------------------------------------------------------------------

    async def on_error(self, update: object, context: Context) -> None:
        """Log a failed update with its id; tell the user briefly, never the exception text."""
        update_id = getattr(update, "update_id", None)
        error = context.error
        log.error(
            "Update %s failed: %s",
            update_id,
            one_line(error) if error else "unknown error",
            exc_info=error,
        )
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await with_retry(
                    partial(
                        context.bot.send_message,
                        update.effective_chat.id,
                        esc(APOLOGY),
                        parse_mode=ParseMode.HTML,
                    ),
                    attempts=2,
                )
            except TelegramError as exc:
                log.warning("Could not send the apology for update %s: %s", update_id, exc)


def _safe_file_name(name: str) -> str:
    """A file name without folders or control characters (it becomes a corpus file)."""
    name = Path(name.replace("\\", "/")).name
    name = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", name).strip(" .")
    return name[:120] or "report.txt"


def _load_errors() -> tuple[type[BaseException], ...]:
    """Errors whose message tells an admin why a file was not taken (a readable line)."""
    errors: list[type[BaseException]] = [UnicodeError, ValueError]
    try:
        from retrieval.loading import LoadError

        errors.append(LoadError)
    except ImportError:
        pass
    return tuple(errors)
