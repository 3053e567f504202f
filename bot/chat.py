"""`townqa chat`: an interactive session with follow-up questions, sources and reset."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from bot.cli import index_option
from bot.render import format_answer, format_sources
from retrieval.conversation import Conversation
from retrieval.models import Answer, ReportMeta

log = logging.getLogger(__name__)

PROMPT = "问题> "
HELP_WORDS = {"help", "帮助", "h", "?", "？"}
SOURCES_WORDS = {"sources", "source", "来源", "出处", "原文"}
RESET_WORDS = {"reset", "重置", "清空"}
QUIT_WORDS = {"quit", "exit", "退出", "q", "bye", "再见"}
EXAMPLES = (
    "卢峰镇排查了多少重大隐患？",
    "那一般隐患呢？",
    "统溪河镇呢？",
    "北斗溪镇化解了多少起矛盾纠纷？",
)

Ask = Callable[[str, Conversation], Answer]
Catalog = Callable[[], list[ReportMeta]]
Write = Callable[[str], None]


def help_text(catalog: list[ReportMeta]) -> str:
    """What the chat knows and how to use it."""
    from retrieval.answering import coverage_text

    examples = "\n".join(f"  {e}" for e in EXAMPLES)
    return (
        f"直接输入问题即可，可以接着追问（如“那一般隐患呢？”）。\n"
        f"现有报告：{coverage_text(catalog)}\n"
        f"命令：help/帮助 查看说明；sources/来源 查看上一个回答的出处；"
        f"reset/重置 重新开始；quit/退出 结束（也可按 Ctrl-D）。\n"
        f"例如：\n{examples}"
    )


def _command(line: str) -> str | None:
    word = line.strip().lstrip("/").strip().lower()
    for name, words in (
        ("help", HELP_WORDS),
        ("sources", SOURCES_WORDS),
        ("reset", RESET_WORDS),
        ("quit", QUIT_WORDS),
    ):
        if word in words:
            return name
    return None


@dataclass
class ChatSession:
    """The read-answer loop, with the core's ask and the terminal's I/O injected."""

    ask: Ask
    catalog: Catalog
    read: Callable[[str], str] = input
    write: Write = click.echo
    color: bool = False
    conversation: Conversation = field(default_factory=Conversation)

    def handle(self, line: str) -> bool:
        """Answer one line; False when the session should end."""
        if not line.strip():
            return True
        command = _command(line)
        if command == "quit":
            return False
        if command == "help":
            self.write(help_text(self.catalog()))
        elif command == "sources":
            self.write(format_sources(self.conversation.last_answer, self.color))
        elif command == "reset":
            self.conversation.reset()
            self.write("已重置，可以开始新的话题。")
        else:
            self.write(format_answer(self._answer(line), self.color))
        return True

    def _answer(self, line: str) -> Answer:
        from bot.errors import known_errors, one_line

        try:
            return self.ask(line, self.conversation)
        except known_errors() as exc:
            return Answer(question=line, text=f"出错了：{one_line(exc)}", abstained=True)
        except Exception:  # the session must survive any single question
            log.exception("answering %r failed", line)
            return Answer(
                question=line, text="抱歉，这个问题处理时出错了，请换个说法再试。", abstained=True
            )

    def run(self) -> None:
        """Read questions until quit, Ctrl-D or Ctrl-C."""
        self.write("townqa 对话：输入问题，help 查看说明，quit 退出。")
        while True:
            try:
                line = self.read(PROMPT)
            except (EOFError, KeyboardInterrupt):
                self.write("")
                break
            try:
                if not self.handle(line):
                    break
            except KeyboardInterrupt:
                self.write("")
                break
        self.write("再见。")


def _line_editing() -> None:
    """Arrow keys and history at the prompt where the terminal allows it."""
    if sys.stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (imported for its side effect on input())


@click.command()
@index_option
@click.option(
    "-k", "--k", "k", type=click.IntRange(1, 100), default=None, help="Passages per question."
)
def command(index: Path | None, k: int | None) -> None:
    """Talk to the reports, with follow-up questions."""
    from bot.cli import make_townqa

    # Ctrl-C must reach the main thread, which waits at the prompt: a signal the kernel hands
    # to a worker thread (Chroma's, the tokenizer's) only sets a flag, and the prompt kept
    # waiting until the next key. Threads inherit the mask of the thread that starts them, so
    # SIGINT stays blocked except while the prompt waits; one pressed before arrives there.
    # Started with Ctrl-C ignored (from a background job, nohup): a chat is ended by it.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    _block_interrupts(True)
    try:
        townqa = make_townqa(index, k)
        townqa.catalog()  # builds the index on first use, before the first prompt
        _line_editing()

        def read(prompt: str) -> str:
            _block_interrupts(False)
            try:
                return input(prompt)
            finally:
                _block_interrupts(True)

        ChatSession(
            ask=lambda question, conversation: townqa.ask(question, conversation),
            catalog=townqa.catalog,
            read=read,
            color=sys.stdout.isatty(),
        ).run()
    finally:
        with contextlib.suppress(KeyboardInterrupt):  # a Ctrl-C pressed while quitting
            _block_interrupts(False)


def _block_interrupts(block: bool) -> None:
    """Block or unblock SIGINT in the calling thread, where the platform allows it."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK if block else signal.SIG_UNBLOCK, {signal.SIGINT})
