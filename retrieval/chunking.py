"""Cut a Report into Chunks along its headings, enumerations and sentences."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from retrieval import tables
from retrieval.models import Chunk, Report

MAX_TITLE_CHARS = 40
# A marker line longer than this with no sentence end is a paragraph, not a bare heading.
MAX_BARE_HEADING_CHARS = 60

_CN = "一二三四五六七八九十"
_TERMINATORS = "。！？；!?;"
_CLOSERS = "”’\"'）)】』」》"
# Conversion debris such as "[bookmark: _GoBack]" may precede a heading marker.
_DEBRIS = r"(?:\[[A-Za-z]+:[^\]\n]*\]\s*)*"
# Heading styles; nesting follows the order in which styles first appear, as in Word outlines.
_HEADING_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cn", re.compile(rf"[{_CN}]{{1,3}}\s*[、，,．.]")),
    ("paren_cn", re.compile(rf"[（(]\s*[{_CN}]{{1,3}}\s*[）)]")),
    ("paren_num", re.compile(r"[（(]\s*\d{1,2}\s*[）)]")),
    ("num", re.compile(r"\d{1,2}\s*[、．.](?!\d)")),
    ("dash", re.compile(r"[—─―－-]{2,}(?=\S)")),
)
_DEBRIS_RE = re.compile(_DEBRIS)
# "——2022年3月5日在第十三届全国人民代表大会第五次会议上": a report's dateline under its title is
# no heading; taken as one, it would set the dash style first and later dash headings
# (——经济保持恢复发展。) would close the part they belong to (一、2021年工作回顾).
_DATELINE = re.compile(rf"[\d{_CN}〇○零]{{2,4}}年[\d{_CN}]{{1,3}}月[\d{_CN}]{{1,4}}日")
_ENUM_RE = re.compile(
    rf"""[“"'\s]*(?:
        [{_CN}]{{1,3}}是
      | 其[{_CN}]{{1,2}}[，,、是：:]
      | 第[{_CN}]{{1,3}}[，,、是：:]
      | [（(]\s*(?:[{_CN}]{{1,3}}|\d{{1,2}})\s*[）)]
      | \d{{1,2}}[、．.](?!\d)
    )""",
    re.VERBOSE,
)
_SOFT_CUTS = ("，,：:", "、")
TABLE = "table"  # the style of a table's header row, heading the rows under it


@dataclass
class _Heading:
    style: str
    title: str
    inline: bool  # shares its line with content; its scope ends at the next plain paragraph


@dataclass
class _Unit:
    start: int
    end: int
    section: str
    kind: str  # "heading" (glued to what follows), "headed", "para", "enum" or "sent"
    glue_end: int = 0  # end of the heading text glued in front; no cut before it


@dataclass
class _Span:
    start: int
    end: int
    section: str
    opens: bool = True  # starts at a heading, item or paragraph, not mid-item after a size cut


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of sentences or clauses ending in 。！？； or a line end, stripped of whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            _add_stripped(text, start, i, spans)
            start = i + 1
        elif ch in _TERMINATORS:
            j = i + 1
            while j < n and (text[j] in _TERMINATORS or text[j] in _CLOSERS):
                j += 1
            _add_stripped(text, start, j, spans)
            start = j
            i = j
            continue
        i += 1
    _add_stripped(text, start, n, spans)
    return spans


def _add_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# A figure with its unit (4.86亿元, 5.8%, 36个): headings name topics, list items count.
_FIGURE_RE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|％|亿|万|千|元|个|项|人|户|家|亩|吨|公里|座|处|件|次)"
)


def _match_heading(line: str) -> tuple[str, int] | None:
    """The heading style of a line and where its marker ends, or None."""
    debris = _DEBRIS_RE.match(line)
    at = debris.end() if debris else 0
    for style, pattern in _HEADING_STYLES:
        m = pattern.match(line, at)
        if m:
            rest = line[m.end() :].strip()
            if style == "dash" and _DATELINE.match(rest):
                return None
            if rest and rest[0] not in _TERMINATORS + "，,、":
                return style, m.end()
    return None


def bare_marker(text: str) -> bool:
    """Whether the text is only a heading or list marker (一、, （三）, 2.), with no words."""
    body = text.strip()
    return any(p.fullmatch(body) for style, p in _HEADING_STYLES if style != "dash")


def _title_text(marker: str, style: str, body: str) -> str:
    """Section label of a heading: marker plus its title sentence, at most MAX_TITLE_CHARS."""
    marker = _DEBRIS_RE.sub("", marker).strip()
    marker = "" if style == "dash" else re.sub(r"\s+", "", marker)
    body = re.sub(r"\s+", " ", body).strip().rstrip(_TERMINATORS + "，,：:")
    if len(body) > MAX_TITLE_CHARS:
        cut = max(body.rfind(p, 0, MAX_TITLE_CHARS) for p in "，,、")
        body = (body[:cut] if cut >= 12 else body[:MAX_TITLE_CHARS]) + "…"
    return marker + body


def _title_end(line: str, at: int) -> int:
    """End (exclusive) of the title sentence starting at `at` in line, closers included."""
    for i in range(at, len(line)):
        if line[i] in "。！？!?":
            j = i + 1
            while j < len(line) and line[j] in _CLOSERS:
                j += 1
            return j
    return len(line)


def _units(text: str) -> list[_Unit]:
    """Sentence units of the text, each tagged with its heading path and boundary kind."""
    units: list[_Unit] = []
    stack: list[_Heading] = []
    item_style: str | None = None  # the style of the list item just read, if it ended in ；
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        lead = len(line) - len(line.lstrip())
        body = line[lead:].rstrip()
        if not body:
            continue
        base = line_start + lead
        row = tables.cells(body)
        if row is None and not tables.is_rule(body):
            while stack and stack[-1].style == TABLE:
                stack.pop()  # a table ends at its first line that is no row
        if row is not None and tables.is_header(row):
            # A table's header row heads its rows, as a heading does: a chunk of rows cut from
            # it keeps the names of its columns in its section.
            while stack and stack[-1].style == TABLE:
                stack.pop()
            stack.append(_Heading(TABLE, tables.TABLE_LABEL + " | ".join(row), inline=False))
            units.append(
                _Unit(base, base + len(body), " > ".join(h.title for h in stack), "heading")
            )
            item_style = None
            continue
        heading = _match_heading(body)
        # "一、合理调整…价格；" "二、适当提高铁路短途运价；": numbered lines ending in ； are the
        # items of a list (the last one ends in 。), not headings.
        style = heading[0] if heading else None
        ends_item = body.endswith(("；", ";"))
        # "（一）地区生产总值4.86亿元，同比增长5.8%。": a line of figures is a list's item, not a
        # heading.
        figured = (
            heading is not None
            and body.endswith("。")
            and _title_end(body, heading[1]) >= len(body)
            and bool(_FIGURE_RE.search(body))
        )
        item = style is not None and (ends_item or style == item_style or figured)
        item_style = style if item and ends_item else None
        if item:
            heading = None
        content_from = 0
        if heading:
            style, marker_end = heading
            title_end = _title_end(body, marker_end)
            rest = body[title_end:].strip()
            inline = bool(rest) or title_end > MAX_BARE_HEADING_CHARS
            title = _title_text(body[:marker_end], style, body[marker_end:title_end])
            styles = [h.style for h in stack]
            if style in styles:
                del stack[styles.index(style) :]
            stack.append(_Heading(style, title, inline))
            section = " > ".join(h.title for h in stack)
            units.append(_Unit(base, base + title_end, section, "heading"))
            content_from = title_end
        elif not item and not _ENUM_RE.match(body):
            # A plain paragraph ends the scope of headings that only led their own line.
            while stack and stack[-1].inline:
                stack.pop()
        section = " > ".join(h.title for h in stack)
        for k, (s, e) in enumerate(split_sentences(body[content_from:])):
            s += base + content_from
            e += base + content_from
            if _ENUM_RE.match(text, s) or (item and k == 0):
                kind = "enum"
            elif k == 0 and not heading:
                kind = "para"
            else:
                kind = "sent"
            units.append(_Unit(s, e, section, kind))
    return units


def _cut_long(text: str, start: int, end: int, max_chars: int, keep: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at commas (else 、, else hard), never before `keep`."""
    pieces: list[tuple[int, int]] = []
    pos = start
    while end - pos > max_chars:
        limit = pos + max_chars
        floor = max(keep, pos + max_chars // 4)
        cut = -1
        for marks in _SOFT_CUTS:
            cut = max(text.rfind(m, floor, limit) for m in marks)
            if cut >= 0:
                cut += 1
                break
        if cut <= pos:
            cut = limit
        _add_stripped(text, pos, cut, pieces)
        pos = cut
    _add_stripped(text, pos, end, pieces)
    return pieces


def _blocks(text: str, units: list[_Unit], max_chars: int) -> list[list[_Unit]]:
    """Group units into blocks that each open at a heading, item or paragraph."""
    blocks: list[list[_Unit]] = []
    pending: _Unit | None = None
    for unit in [*units, _Unit(len(text), len(text), "", "end")]:
        if unit.kind == "heading":
            if pending is None:
                pending = _Unit(unit.start, unit.end, unit.section, "headed", unit.end)
            else:
                pending.end = pending.glue_end = unit.end
                pending.section = unit.section
            continue
        if unit.kind == "end":
            if pending is None:
                break
            # A heading with nothing after it: keep its words rather than drop them.
            unit, pending = pending, None
            unit.kind = "para"
        if pending is not None:
            short = pending.end - pending.start <= MAX_BARE_HEADING_CHARS
            unit = _Unit(
                pending.start, unit.end, unit.section, "headed", pending.end if short else 0
            )
            pending = None
        if unit.end - unit.start <= max_chars:
            pieces = [(unit.start, unit.end)]
        else:
            pieces = _cut_long(text, unit.start, unit.end, max_chars, unit.glue_end or unit.start)
        for i, (s, e) in enumerate(pieces):
            piece = _Unit(s, e, unit.section, unit.kind if i == 0 else "sent")
            same = blocks and blocks[-1][0].section == unit.section
            if piece.kind == "sent" and same:
                blocks[-1].append(piece)
            else:
                blocks.append([piece])
    return blocks


def _pack(text: str, units: list[_Unit], max_chars: int, min_chars: int) -> list[_Span]:
    """Pack blocks into spans of at most max_chars, never mixing sections."""
    spans: list[_Span] = []
    # Items (一是…) open a new span once the current one holds enough to stand on its own.
    sizable = max(min_chars, max_chars // 4)
    for block in _blocks(text, units, max_chars):
        head = block[0]
        start, end = head.start, block[-1].end
        cur = spans[-1] if spans else None
        if (
            cur is not None
            and head.kind != "headed"
            and cur.section == head.section
            and cur.opens
            and (cur.end - cur.start < sizable or head.kind == "sent")
            and end - cur.start <= max_chars
        ):
            cur.end = end
            continue
        if end - start <= max_chars:
            spans.append(_Span(start, end, head.section))
            continue
        # An over-long item is cut into pieces of even size so no tail is left tiny.
        parts = -(-(end - start) // max_chars)
        target = (end - start) / parts
        spans.append(_Span(start, block[0].end, head.section))
        for piece in block[1:]:
            cur = spans[-1]
            if piece.end - cur.start > max_chars or cur.end - cur.start >= target:
                spans.append(_Span(piece.start, piece.end, head.section, opens=False))
            else:
                cur.end = piece.end
    return _merge_tiny(spans, max_chars, min_chars)


def _merge_tiny(spans: list[_Span], max_chars: int, min_chars: int) -> list[_Span]:
    """Merge spans under min_chars into a same-section neighbour when the result fits."""
    out: list[_Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        if span.end - span.start < min_chars:
            prev = out[-1] if out else None
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if prev and prev.section == span.section and span.end - prev.start <= max_chars:
                prev.end = span.end
                i += 1
                continue
            if nxt and nxt.section == span.section and nxt.end - span.start <= max_chars:
                nxt.start = span.start
                i += 1
                continue
        out.append(span)
        i += 1
    return out


def chunk_id(doc_id: str, start: int, end: int, text: str) -> str:
    """Stable content-hash id of a chunk."""
    return hashlib.sha1(f"{doc_id}:{start}:{end}:{text}".encode()).hexdigest()[:16]


def chunk_report(report: Report, max_chars: int = 300, min_chars: int = 40) -> list[Chunk]:
    """Chunks of a report cut along headings, enumerations (一是…) and sentence ends."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    text = report.text
    spans = _pack(text, _units(text), max_chars, min_chars)
    return [
        Chunk(
            chunk_id=chunk_id(report.doc_id, s.start, s.end, text[s.start : s.end]),
            doc_id=report.doc_id,
            source=report.source,
            title=report.title,
            town=report.town,
            period=report.period,
            section=s.section,
            start=s.start,
            end=s.end,
            text=text[s.start : s.end],
        )
        for s in spans
    ]
