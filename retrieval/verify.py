"""Check a model's answer against its passages: every figure must stand in a passage it cites.

Policy (documented in the README of the LLM issue): a sentence whose figure is not found in the
passages it cites, or whose citations all point nowhere, is not shown. The extractive answer's
text (the report's own words) is put in its place once, and the failing figures and markers are
recorded in Answer.unverified. An answer left with no verified, cited sentence is replaced by the
extractive answer as a whole.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from retrieval.models import Answer, Citation, Passage, Query
from retrieval.text import normalize

# Citation markers as models write them: [1], [1,2], [1-3], ［１］, 【1】, [段落1], [第1段].
_CITE = re.compile(
    r"[\[［【]\s*(?:段落|第)?\s*([0-9０-９]+(?:\s*[,，、\-–~～]\s*[0-9０-９]+)*)\s*段?\s*[\]］】]"
)
_CITE_START = re.compile(r"[\[［【][0-9０-９\s,，、\-–~～段落第]*$")
_TERMINATORS = "。！？!?\n"
_LIST_MARK = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.、)）](?!\d)|[（(]\d{1,2}[)）])\s*")
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)

_UNIT_WORDS = (
    "% ‰ 个百分点 百分点 年 月 日 号 时 项 起 处 个 人次 人 户 名 家 次 "
    "批 轮 场 座 台 辆 份 条 件 元 亩 公顷 平方米 平方公里 公里 千米 米 "
    "吨 公斤 千克 斤 所 间 栋 套 支 只 头 株 棵 本 册 天 小时 分钟 周 倍 "
    "种 类 位 级 届 期 篇 部 组 个村 村 片 网格 队 张 块 根 箱 袋 千瓦 立方米 方"
)
# Chinese numerals with 个/种/类 are mostly slogans (两个维护, 四个意识), so they are not figures.
_CN_UNIT_WORDS = "项 起 处 人次 名 户 家 次 批 轮 场 座 台 辆 份 条 件 元 亩 所 支 倍 个村"
# Longest first, so 万元 wins over 万 and 人次 over 人.
_UNITS = sorted(_UNIT_WORDS.split(" "), key=len, reverse=True)
_CN_UNITS = sorted(_CN_UNIT_WORDS.split(" "), key=len, reverse=True)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_CN_UNIT_RE = "|".join(re.escape(u) for u in _CN_UNITS)
_ARABIC = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<scale>[万亿千百])?\s*(?:余|多)?\s*"
    rf"(?P<unit>{_UNIT_RE})?"
)
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
_CHINESE = re.compile(
    rf"(?<![第{_CN_DIGITS}])(?P<num>[{_CN_DIGITS}]+)\s*(?:余|多)?\s*(?P<unit>{_CN_UNIT_RE})"
)
_CN_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_VALUE |= {"七": 7, "八": 8, "九": 9}
_CN_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_DATE_UNITS = {"年", "月", "日", "号"}
MAX_QUOTE = 200


@dataclass(frozen=True)
class Figure:
    """A number as written in a text, with its canonical value and unit for comparison."""

    text: str
    value: str
    unit: str

    @property
    def is_date(self) -> bool:
        return self.unit in _DATE_UNITS


def _canonical_number(raw: str) -> str:
    number = raw.replace(",", "")
    if "." in number:
        number = number.rstrip("0").rstrip(".")
    return number.lstrip("0") or "0"


def chinese_number(text: str) -> int | None:
    """Value of a Chinese numeral such as 七十三 or 两千; None when it is not one."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _CN_VALUE:
            digit = _CN_VALUE[ch]
        elif ch in _CN_SCALE:
            scale = _CN_SCALE[ch]
            if scale == 10000:
                total = (total + section + (digit or 0)) * scale
                section = 0
            else:
                section += (1 if digit is None else digit) * scale
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def figures(text: str) -> list[Figure]:
    """Figures in a text: Arabic numbers (unit when one follows), Chinese numerals with units."""
    folded = normalize(_CITE.sub(" ", text))
    found: list[Figure] = []
    for m in _ARABIC.finditer(folded):
        unit = (m.group("scale") or "") + (m.group("unit") or "")
        found.append(Figure(m.group(0).strip(), _canonical_number(m.group("num")), unit))
    for m in _CHINESE.finditer(folded):
        value = chinese_number(m.group("num"))
        if value is None or value < 2:  # 一 is mostly 'one/a' (一批, 一起), not a count
            continue
        found.append(Figure(m.group(0).strip(), str(value), m.group("unit")))
    return found


def _figure_keys(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    figs = figures(text)
    return {(f.value, f.unit) for f in figs}, {f.value for f in figs}


def period_words(period: str) -> str:
    """Spell a period code as the report would: 2025H1 -> 2025年上半年."""
    m = re.fullmatch(r"(\d{4})(?:H([12]))?(?:Q([1-4]))?(M9)?", period)
    if not m:
        return period
    words = f"{m.group(1)}年"
    if m.group(2):
        words += "上半年" if m.group(2) == "1" else "下半年"
    if m.group(4):
        words += "前三季度"
    return words


def evidence_text(passage: Passage) -> str:
    """What a passage vouches for: its words plus the title, period and section it comes from."""
    return " ".join([passage.text, passage.title, period_words(passage.period), passage.section])


def figure_supported(fig: Figure, evidence: str) -> bool:
    """Whether a figure (value and unit; a bare number by value) stands in the evidence text."""
    keyed, values = _figure_keys(evidence)
    if not fig.unit:
        return fig.value in values
    return (fig.value, fig.unit) in keyed


def cited_numbers(text: str) -> list[int]:
    """The passage numbers a text cites, in order, ranges expanded."""
    numbers: list[int] = []
    for m in _CITE.finditer(text):
        body = normalize(m.group(1))
        for part in re.split(r"\s*[,，、]\s*", body):
            bounds = re.split(r"\s*[\-–~～]\s*", part)
            if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
                lo, hi = int(bounds[0]), int(bounds[1])
                numbers.extend(range(lo, min(hi, lo + 20) + 1))
            elif part.isdigit():
                numbers.append(int(part))
    return list(dict.fromkeys(numbers))


def strip_reasoning(text: str) -> str:
    """Drop a <think>…</think> block that reasoning models put before the answer."""
    return _THINK.sub("", text)


def _is_boundary_tail(tail: str) -> bool:
    """Whether text after a terminator confirms the sentence ended (no citation still coming)."""
    rest = tail.lstrip(" \t\u3000")
    return bool(rest) and not _CITE_START.match(rest)


class SentenceSplitter:
    """Cut streamed text into sentences, keeping citation markers that follow the full stop."""

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, text: str) -> list[str]:
        self._buffer += text
        out: list[str] = []
        while True:
            end = self._complete_end()
            if end is None:
                return out
            out.append(self._buffer[:end])
            self._buffer = self._buffer[end:]

    def flush(self) -> list[str]:
        rest, self._buffer = self._buffer, ""
        return [rest] if rest else []

    def _complete_end(self) -> int | None:
        buf = self._buffer
        i = next((k for k, ch in enumerate(buf) if ch in _TERMINATORS), None)
        if i is None:
            return None
        j = i
        while j < len(buf) and buf[j] in _TERMINATORS:
            j += 1
        while True:  # absorb citation markers (and the spaces before them) after the stop
            m = re.compile(r"[ \t\u3000]*").match(buf, j)
            k = m.end() if m else j
            cite = _CITE.match(buf, k)
            if not cite:
                break
            j = cite.end()
        tail = buf[j:]
        if not _is_boundary_tail(tail):
            return None
        m2 = re.compile(r"[ \t\u3000]*\n?").match(buf, j)  # keep the line break with its sentence
        return m2.end() if m2 else j


def split_sentences(text: str) -> list[str]:
    """All sentences of a finished text; joined they give the text back."""
    splitter = SentenceSplitter()
    return [*splitter.feed(text), *splitter.flush()]


def _sentences_of(passage_text: str) -> list[tuple[int, int]]:
    """Spans of the sentences (clauses ending in 。！？；) of a passage, as offsets."""
    spans, start = [], 0
    for m in re.finditer(r"[。！？；;!?\n]+", passage_text):
        if passage_text[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if passage_text[start:].strip():
        spans.append((start, len(passage_text)))
    return spans


def _bigrams(text: str) -> set[str]:
    folded = normalize(text)
    return {folded[i : i + 2] for i in range(len(folded) - 1)}


def quote_for(passage: Passage, figs: list[Figure], claims: list[str]) -> str:
    """Verbatim passage words backing the claims: the sentences holding the cited figures."""
    spans = _sentences_of(passage.text)
    if not spans:
        return passage.text.strip()
    hits = [s for s in spans if any(figure_supported(f, passage.text[s[0] : s[1]]) for f in figs)]
    if hits:
        start, end = hits[0][0], hits[-1][1]
        if end - start > MAX_QUOTE:  # keep a quote readable: the first backing sentence suffices
            start, end = hits[0]
        start, end = _narrow(passage.text, start, end, figs)
    else:
        wanted = set().union(*(_bigrams(c) for c in claims)) if claims else set()
        start, end = max(spans, key=lambda s: len(_bigrams(passage.text[s[0] : s[1]]) & wanted))
    return passage.text[start:end].strip().strip("，,：:")


def _narrow(text: str, start: int, end: int, figs: list[Figure]) -> tuple[int, int]:
    """Within a long sentence, the run of comma clauses that holds the figures."""
    if end - start <= MAX_QUOTE // 2:
        return start, end
    cuts = [start, *(start + m.end() for m in re.finditer(r"[，,：:]", text[start:end])), end]
    clauses = [(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    hits = [c for c in clauses if any(figure_supported(f, text[c[0] : c[1]]) for f in figs)]
    if not hits:
        return start, end
    return hits[0][0], hits[-1][1]


@dataclass
class _Cited:
    passage: Passage
    figures: list[Figure] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)


class Composer:
    """Verify sentences one by one and build the answer a person may read."""

    def __init__(
        self,
        passages: list[Passage],
        extractive: Callable[[], Answer],
        not_in_reports: str,
    ) -> None:
        self.passages = passages
        self._extractive_factory = extractive
        self._extractive: Answer | None = None
        self._not_in_reports = normalize(not_in_reports).rstrip("。.")
        self.pieces: list[str] = []
        self.unverified: list[str] = []
        self._numbers: dict[str, int] = {}  # citation key -> number shown
        self._cited: dict[str, _Cited] = {}
        self._foreign: dict[str, Citation] = {}  # extractive citations outside the passages
        self._verified_cited = 0
        self._replaced = False
        self.abstain_seen = False
        self.raw = ""

    def extractive(self) -> Answer:
        if self._extractive is None:
            self._extractive = self._extractive_factory()
        return self._extractive

    def add(self, sentence: str) -> str:
        """Verify one sentence; return what to show for it (maybe nothing, maybe the report)."""
        self.raw += sentence
        body = _LIST_MARK.sub("", sentence, count=1)
        refusal = bool(self._not_in_reports) and self._not_in_reports in normalize(body)
        self.abstain_seen = self.abstain_seen or refusal
        numbers = cited_numbers(body)
        valid = [n for n in numbers if 1 <= n <= len(self.passages)]
        invalid = [n for n in numbers if n not in valid]
        figs = figures(body)
        failed: list[str] = [f"[{n}]" for n in invalid]
        ok = True
        if refusal and not numbers:
            pass  # the refusal phrase itself: its wording is not a claim to check
        elif numbers and not valid:
            ok = False
        elif valid:
            evidence = " ".join(evidence_text(self.passages[n - 1]) for n in valid)
            bad = [f for f in figs if not figure_supported(f, evidence)]
            failed += [f.text for f in bad]
            ok = not bad
        else:
            # Uncited: only framing dates that some passage holds may stand (e.g. 2025年上半年).
            bad = [
                f
                for f in figs
                if not f.is_date
                or not any(figure_supported(f, evidence_text(p)) for p in self.passages)
            ]
            failed += [f.text for f in bad]
            ok = not bad
        self.unverified.extend(x for x in failed if x not in self.unverified)
        if not ok:
            shown = self._replacement()
            if shown and sentence.endswith("\n") and not shown.endswith("\n"):
                shown += "\n"
            self.pieces.append(shown)
            return shown
        if valid:
            self._verified_cited += 1
            for n in valid:
                cited = self._cited.setdefault(_key(n), _Cited(self.passages[n - 1]))
                evidence_n = evidence_text(self.passages[n - 1])
                cited.figures += [f for f in figs if figure_supported(f, evidence_n)]
                cited.claims.append(body)
        shown = self._renumber(sentence, {n: _key(n) for n in valid}, drop=set(invalid))
        self.pieces.append(shown)
        return shown

    def _renumber(self, text: str, keys: dict[int, str], drop: set[int]) -> str:
        def marker(m: re.Match[str]) -> str:
            out = []
            for n in cited_numbers(m.group(0)):
                if n in drop or n not in keys:
                    continue
                number = self._numbers.setdefault(keys[n], len(self._numbers) + 1)
                out.append(f"[{number}]")
            return "".join(dict.fromkeys(out))

        return _CITE.sub(marker, text)

    def _replacement(self) -> str:
        """The extractive answer's text, once, with its citations numbered into ours."""
        if self._replaced:
            return ""
        self._replaced = True
        extractive = self.extractive()
        if extractive.abstained or not extractive.text.strip():
            return ""
        keys: dict[int, str] = {}
        for c in extractive.citations:
            index = next(
                (
                    i
                    for i, p in enumerate(self.passages, 1)
                    if p.doc_id == c.doc_id and normalize(c.quote) in normalize(p.text)
                ),
                None,
            )
            if index is not None:
                keys[c.n] = _key(index)
                cited = self._cited.setdefault(keys[c.n], _Cited(self.passages[index - 1]))
                cited.figures += figures(c.quote)
                cited.claims.append(c.quote)
            else:
                keys[c.n] = f"x{c.n}"
                self._foreign[keys[c.n]] = c
        return self._renumber(extractive.text.strip(), keys, drop=set())

    def citations(self) -> list[Citation]:
        """Numbered citations in the order they appear, each quoting the backing sentence."""
        out: list[Citation] = []
        for key, number in sorted(self._numbers.items(), key=lambda kv: kv[1]):
            if key in self._foreign:
                out.append(self._foreign[key].model_copy(update={"n": number}))
                continue
            cited = self._cited[key]
            p = cited.passage
            out.append(
                Citation(
                    n=number,
                    doc_id=p.doc_id,
                    source=p.source,
                    title=p.title,
                    town=p.town,
                    period=p.period,
                    section=p.section,
                    quote=quote_for(p, cited.figures, cited.claims),
                )
            )
        return out

    def finish(self, question: str, query: Query, not_in_reports: str) -> Answer:
        """The answer to show: the verified model text, an abstention, or the extractive one."""
        if self.abstain_seen and self._verified_cited == 0:
            extractive = self.extractive()
            text = extractive.text if extractive.abstained else not_in_reports
            return Answer(
                question=question,
                text=text,
                passages=self.passages,
                abstained=True,
                towns=query.towns,
                periods=query.periods,
                mode="llm",
                unverified=self.unverified,
            )
        if self._verified_cited == 0:
            fallback = self.extractive()
            note = "模型回答未能在所引段落中核实，已改用报告原文摘录。"
            return fallback.model_copy(
                update={"unverified": self.unverified, "note": note, "mode": "extractive"}
            )
        text = "".join(self.pieces).strip()
        note = "模型回答中有内容未能核实，已用报告原文替换。" if self.unverified else ""
        return Answer(
            question=question,
            text=text,
            citations=self.citations(),
            passages=self.passages,
            abstained=False,
            towns=query.towns,
            periods=query.periods,
            mode="llm",
            unverified=self.unverified,
            note=note,
        )


def _key(n: int) -> str:
    return f"p{n}"


def verify_answer(
    text: str,
    question: str,
    query: Query,
    passages: list[Passage],
    extractive: Callable[[], Answer],
    not_in_reports: str,
) -> Answer:
    """Verify a finished model answer and return what may be shown."""
    composer = Composer(passages, extractive, not_in_reports)
    for sentence in split_sentences(strip_reasoning(text)):
        composer.add(sentence)
    return composer.finish(question, query, not_in_reports)


def verified_pieces(chunks: Iterator[str], composer: Composer) -> Iterator[str]:
    """Verified text as sentences complete in a stream of model tokens."""
    splitter = SentenceSplitter()
    for chunk in chunks:
        for sentence in splitter.feed(chunk):
            shown = composer.add(sentence)
            if shown:
                yield shown
    for sentence in splitter.flush():
        shown = composer.add(sentence)
        if shown:
            yield shown
