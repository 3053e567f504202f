"""How an Answer reads in a terminal: the answer, then numbered, checkable citations."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from retrieval.models import Answer, Citation
from retrieval.places import period_label

WIDTH = 100


def citation_header(citation: Citation) -> str:
    """Report title, town and period of a citation on one line."""
    where = " · ".join(x for x in (citation.town, period_label(citation.period)) if x)
    return f"{citation.title}（{where}）" if where else citation.title


def _render(build: list[Text], color: bool) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=WIDTH,
        highlight=False,
        soft_wrap=True,
    )
    for line in build:
        console.print(line)
    return buffer.getvalue().rstrip("\n")


def format_answer(answer: Answer, color: bool = False, with_text: bool = True) -> str:
    """The answer text (unless already shown, streamed), any note, and its citations."""
    lines: list[Text] = []
    if answer.note:
        lines.append(Text(f"（{answer.note}）", style="dim"))
    if with_text:
        lines.append(Text(answer.text, style="yellow" if answer.abstained else "bold"))
    for item in answer.unverified:
        lines.append(Text(f"未核实：{item}", style="red"))
    if answer.citations:
        lines.append(Text("来源：", style="dim"))
    for citation in answer.citations:
        head = Text(f"[{citation.n}] ", style="cyan bold")
        head.append(citation_header(citation), style="cyan")
        lines.append(head)
        if citation.section:
            lines.append(Text(f"    章节：{citation.section}", style="dim"))
        lines.append(Text(f"    “{citation.quote}”", style="green"))
    return _render(lines, color)


def format_sources(answer: Answer | None, color: bool = False) -> str:
    """Full citations of an answer: report, section and the quoted words."""
    if answer is None:
        return "还没有回答过问题。"
    if not answer.citations:
        return "上一个回答没有引用报告原文。"
    lines: list[Text] = [Text(f"问题：{answer.question}", style="bold")]
    for citation in answer.citations:
        head = Text(f"[{citation.n}] ", style="cyan bold")
        head.append(citation_header(citation), style="cyan")
        lines.append(head)
        lines.append(Text(f"    文件：{citation.source}", style="dim"))
        lines.append(Text(f"    章节：{citation.section or '（正文）'}", style="dim"))
        lines.append(Text(f"    原文：“{citation.quote}”", style="green"))
    return _render(lines, color)
