"""Answers as Telegram HTML: everything escaped, citations numbered, split under 4,096 chars."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from retrieval.models import Answer, Citation, Passage, ReportMeta
from retrieval.places import period_label

MAX_MESSAGE_CHARS = 4096
# Telegram counts UTF-16 code units after parsing entities; measuring the raw HTML in UTF-16
# units is stricter, so a message that passes here passes there.
_BREAK_AFTER = re.compile(r"(?<=\n\n)|(?<=\n)|(?<=[。！？；!?;…][”’」』）)\"'])|(?<=[。！？；!?;])")


def esc(text: str) -> str:
    """Escape text for Telegram's HTML parse mode."""
    return html.escape(text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Span:
    """A run of plain text shown with at most one formatting tag (b, i, code)."""

    text: str
    tag: str = ""

    def html(self) -> str:
        body = esc(self.text)
        return f"<{self.tag}>{body}</{self.tag}>" if self.tag else body


def _pieces(spans: Iterable[Span], limit: int) -> list[Span]:
    """Cut spans at paragraph, line and sentence ends; hard-cut only what is still too long."""
    out: list[Span] = []
    for span in spans:
        for part in _BREAK_AFTER.split(span.text):
            if not part:
                continue
            while utf16_len(Span(part, span.tag).html()) > limit:
                cut = _hard_cut(part, span.tag, limit)
                out.append(Span(part[:cut], span.tag))
                part = part[cut:]
            out.append(Span(part, span.tag))
    return out


def _hard_cut(text: str, tag: str, limit: int) -> int:
    """Longest prefix of text whose escaped form fits; never splits an entity or a tag."""
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if utf16_len(Span(text[:mid], tag).html()) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _rank(piece: Span) -> int:
    """How good a place to end a message right after this piece is (higher is better)."""
    if piece.text.endswith("\n\n"):
        return 3
    if piece.text.endswith("\n"):
        return 2
    if re.search(r"[。！？；!?;][”’」』）)\"']?$", piece.text):
        return 1
    return 0


def _render(pieces: Sequence[Span]) -> str:
    items = list(pieces)
    # Blank edges make empty-looking messages; Telegram trims them anyway.
    while items and not items[0].text.strip():
        items.pop(0)
    while items and not items[-1].text.strip():
        items.pop()
    if not items:
        return ""
    items[0] = Span(items[0].text.lstrip(), items[0].tag)
    items[-1] = Span(items[-1].text.rstrip(), items[-1].tag)
    # Neighbouring pieces with the same tag share one tag pair (never longer than measured).
    runs: list[Span] = []
    for item in items:
        if runs and runs[-1].tag == item.tag:
            runs[-1] = Span(runs[-1].text + item.text, item.tag)
        else:
            runs.append(item)
    return "".join(run.html() for run in runs)


def _cut_index(current: Sequence[Span], limit: int) -> int:
    """Where to end a full message: the last paragraph, line or sentence end in its later half."""
    ends: list[int] = []
    total = 0
    for piece in current:
        total += utf16_len(piece.html())
        ends.append(total)
    later = [i for i in range(len(current)) if ends[i] >= limit // 2]
    for wanted in (3, 2, 1):
        for i in reversed(later):
            if _rank(current[i]) >= wanted:
                return i
    return len(current) - 1


def pack(spans: Iterable[Span], limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """Render spans as HTML messages of at most `limit` UTF-16 units, split at the best breaks."""
    messages: list[str] = []
    current: list[Span] = []
    size = 0
    for piece in _pieces(spans, limit):
        piece_len = utf16_len(piece.html())
        while current and size + piece_len > limit:
            cut = _cut_index(current, limit)
            head, current = current[: cut + 1], current[cut + 1 :]
            text = _render(head)
            if text:
                messages.append(text)
            size = sum(utf16_len(p.html()) for p in current)
        current.append(piece)
        size += piece_len
    text = _render(current)
    if text:
        messages.append(text)
    return messages


def citation_spans(citation: Citation) -> list[Span]:
    """'[1] 《title》 · town · period · section' as spans."""
    where = " · ".join(
        part for part in (citation.town, period_label(citation.period), citation.section) if part
    )
    return [
        Span(f"[{citation.n}]", "b"),
        Span(f" 《{citation.title}》\n"),
        Span(where, "i"),
        Span("\n"),
    ]


def answer_spans(answer: Answer) -> list[Span]:
    """The answer text, any note, then the numbered sources."""
    spans = [Span(answer.text.strip() or "（没有得到回答）")]
    if answer.unverified:
        spans.append(Span("\n\n"))
        spans.append(Span("以下内容未能在引用原文中核实，请勿作为依据：", "i"))
        spans.append(Span("\n"))
        spans.extend(Span(f"• {item}\n") for item in answer.unverified)
    if answer.note:
        spans.append(Span("\n\n"))
        spans.append(Span(answer.note.strip(), "i"))
    if answer.citations:
        spans.append(Span("\n\n"))
        spans.append(Span("来源", "b"))
        spans.append(Span("\n"))
        for citation in answer.citations:
            spans.extend(citation_spans(citation))
    return spans


def render_answer(answer: Answer, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """An answer as one or more HTML messages."""
    return pack(answer_spans(answer), limit)


def render_sources(answer: Answer | None, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """The numbered sources of an answer with their quoted words."""
    if answer is None or not answer.citations:
        return [esc("上一个回答没有引用来源。请先提问。")]
    spans: list[Span] = [Span("上一个回答的来源", "b"), Span("\n\n")]
    for citation in answer.citations:
        spans.extend(citation_spans(citation))
        spans.append(Span(f"“{citation.quote.strip()}”\n\n"))
    return pack(spans, limit)


def passage_for(answer: Answer, citation: Citation) -> Passage | None:
    """The retrieved passage a citation quotes, if the answer kept it."""
    same_doc = [p for p in answer.passages if p.doc_id == citation.doc_id]
    quote = citation.quote.strip()
    for passage in same_doc:
        if quote and quote in passage.text:
            return passage
    for passage in same_doc:
        if passage.section == citation.section:
            return passage
    return None


def render_passage(answer: Answer, n: int, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """The n-th citation's quote inside its passage, for the 原文 buttons."""
    citation = next((c for c in answer.citations if c.n == n), None)
    if citation is None:
        return [esc(f"没有第 {n} 条来源。")]
    spans = citation_spans(citation)
    spans.append(Span("\n"))
    quote = citation.quote.strip()
    passage = passage_for(answer, citation)
    text = passage.text.strip() if passage is not None else ""
    if text and quote and quote in text:
        before, _, after = text.partition(quote)
        spans += [Span(before), Span(quote, "b"), Span(after)]
    elif text:
        spans += [
            Span("引文：", "i"),
            Span(f"{quote}", "b"),
            Span("\n\n"),
            Span("上下文：", "i"),
            Span(text),
        ]
    else:
        spans.append(Span(quote, "b"))
    return pack(spans, limit)


def _towns_periods(catalog: Sequence[ReportMeta]) -> dict[str, list[str]]:
    towns: dict[str, list[str]] = {}
    for meta in sorted(catalog, key=lambda m: (m.town, m.period)):
        periods = towns.setdefault(meta.town, [])
        if meta.period not in periods:
            periods.append(meta.period)
    return towns


def example_questions(catalog: Sequence[ReportMeta]) -> list[str]:
    """A few questions that make sense for the reports at hand."""
    towns = _towns_periods(catalog)
    names = [t for t in towns if t != "全国"] or list(towns)
    if not names:
        return []
    first = names[0]
    examples = [
        f"{first}{period_label(towns[first][-1])}的重点工作有哪些？",
        f"{first}排查了多少安全隐患？",
    ]
    if len(names) > 1:
        examples.append(f"那{names[1]}呢？")
    return examples


def render_help(catalog: Sequence[ReportMeta], is_group: bool = False) -> list[str]:
    """What the bot knows (towns and periods), example questions and commands."""
    spans = [
        Span("您好！我根据乡镇政府工作报告回答问题，并注明出处。", "b"),
        Span("\n\n"),
        Span("目前收录的报告：", "b"),
        Span("\n"),
    ]
    towns = _towns_periods(catalog)
    if towns:
        for town, periods in towns.items():
            spans.append(Span(f"• {town}：{'、'.join(period_label(p) for p in periods)}\n"))
    else:
        spans.append(Span("（暂无报告）\n"))
    examples = example_questions(catalog)
    if examples:
        spans.extend([Span("\n"), Span("示例问题：", "b"), Span("\n")])
        spans.extend(Span(f"• {q}\n") for q in examples)
    spans.extend([Span("\n"), Span("命令：", "b"), Span("\n")])
    spans.append(
        Span(
            "/reset 清除对话上下文\n/sources 查看上一个回答的来源\n/reports 列出全部报告\n"
            "答案下方的“原文”按钮可查看引用的原文。\n"
        )
    )
    if is_group:
        spans.append(Span("在群里请 @我、回复我的消息，或使用 /ask 问题。\n"))
    spans.append(Span("管理员可直接发送 .txt/.docx/.pdf 报告文件进行收录，/reindex 重建索引。\n"))
    return pack(spans)


def render_reports(catalog: Sequence[ReportMeta]) -> list[str]:
    """Every report in the corpus: title, town, period, file."""
    if not catalog:
        return [esc("目前没有收录任何报告。")]
    spans = [Span(f"共收录 {len(catalog)} 份报告：", "b"), Span("\n\n")]
    for i, meta in enumerate(sorted(catalog, key=lambda m: (m.town, m.period)), 1):
        spans.append(Span(f"{i}. 《{meta.title}》\n"))
        where = f"{meta.town} · {period_label(meta.period)} · {meta.source}"
        spans.extend([Span(where, "i"), Span("\n")])
    return pack(spans)


def render_ingested(meta: ReportMeta) -> list[str]:
    """The announcement after an admin's upload."""
    spans = [
        Span("已收录报告：", "b"),
        Span(f"《{meta.title}》\n"),
        Span(f"镇（街道）：{meta.town}\n时期：{period_label(meta.period)}\n文件：{meta.source}\n"),
        Span("现在就可以就这份报告提问了。"),
    ]
    return pack(spans)
