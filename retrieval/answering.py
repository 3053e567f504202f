"""Extractive answers: the clause of a report that answers, cited, or a plain "not in the reports"."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.chunking import split_sentences
from retrieval.models import Answer, Citation, Passage, Query, ReportMeta
from retrieval.places import period_label, period_matches, period_sort_key, town_aliases
from retrieval.questions import (
    Ask,
    Shape,
    TermGroup,
    analyse,
    has_chinese,
    is_compare,
    sanitize,
    thesaurus_groups,
)
from retrieval.settings import CORPUS_DIR
from retrieval.text import normalize

log = logging.getLogger(__name__)

# The refusal phrase: every abstention starts with it, and the LLM prompt asks for it verbatim.
NOT_IN_REPORTS = "报告中没有找到"
NOT_MENTIONED = "报告未提及"
EMPTY_QUESTION = "请输入一个关于镇政府工作报告的问题，例如：卢峰镇排查了多少重大隐患？"

Retrieve = Callable[[Query, int], list[Passage]]

# Below this share of the question's key-term weight, a clause does not answer it.
MIN_COVERAGE = 0.6
MAX_FIGURE_ANSWER = 120
MAX_WINDOW_CLAUSES = 3
MAX_LIST_ITEMS = 8

_UNITS = sorted(
    [
        "项",
        "个",
        "人次",
        "人",
        "户",
        "万元",
        "亿元",
        "元",
        "次",
        "处",
        "名",
        "家",
        "起",
        "条",
        "台",
        "吨",
        "亩",
        "公里",
        "千米",
        "km",
        "米",
        "场",
        "期",
        "份",
        "批次",
        "批",
        "件",
        "栋",
        "座",
        "支",
        "所",
        "篇",
        "盏",
        "包",
        "幅",
        "套",
        "间",
        "立方米",
        "立方",
        "公斤",
        "千克",
        "轮",
        "块",
        "辆",
        "头",
        "只",
        "本",
        "册",
        "天",
        "小时",
        "个月",
        "周",
        "位",
        "组",
        "张",
        "株",
        "棵",
        "段",
        "类",
        "倍",
        "余人",
        "余户",
        "余次",
        "余处",
        "余份",
        "余项",
        "余人次",
        "万人次",
        "万人",
        "万亩",
        "万份",
        "万次",
        "平方米",
        "千瓦",
        "元/人",
        "所学校",
        "人/次",
        "篇次",
        "场次",
        "户次",
        "车次",
        "班次",
        "架次",
        "项次",
        "余名",
        "余家",
        "余件",
        "余条",
        "余台",
        "余吨",
        "余亩",
        "余米",
        "余个",
        "余起",
        "余场",
    ],
    key=len,
    reverse=True,
)
_NUMBER = r"(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+)"
_FIGURE = re.compile(
    rf"(?<!第){_NUMBER}\s*(?:万|亿)?\s*(?:余|多)?\s*(?:{'|'.join(map(re.escape, _UNITS))})"
    r"|\d+(?:\.\d+)?\s*[%％‰]"
)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\d)")
_CLAUSE_END = re.compile(r"[，,：:]")
_TRIM = "，,。；;：:、 　\n"
_CN = "一二三四五六七八九十"
_ENUM = re.compile(
    rf"([{_CN}]{{1,3}}是|[（(][{_CN}]{{1,3}}[）)]|[（(]\d{{1,2}}[）)]|(?<![\d.])\d{{1,2}}[.、．](?!\d)"
    rf"|(?<![{_CN}])[{_CN}]{{1,3}}、|其[{_CN}]{{1,2}}[，,、：:]?)"
)


@dataclass
class Window:
    """A run of clauses of one sentence: the candidate answer, with its evidence score."""

    passage: Passage
    start: int
    end: int
    coverage: float
    score: float
    has_figure: bool
    missing: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]


@dataclass
class Scope:
    """One report (or the whole corpus) to answer from, and how to label what it gives."""

    query: Query
    label: str
    town: str = ""
    period: str = ""


@dataclass
class Piece:
    """One answered ask in one scope: a short text and the passage spans it quotes."""

    text: str
    quotes: list[tuple[Passage, int, int]]


@dataclass
class _Sentence:
    start: int
    end: int
    clauses: list[tuple[int, int]]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _sentences(text: str) -> list[_Sentence]:
    """Sentences of a passage, each cut into clauses at commas and colons."""
    out = []
    for s_start, s_end in split_sentences(text):
        clauses = []
        at = s_start
        for m in _CLAUSE_END.finditer(text, s_start, s_end):
            span = _trimmed(text, at, m.start())
            if span[1] > span[0]:
                clauses.append(span)
            at = m.end()
        span = _trimmed(text, at, s_end)
        if span[1] > span[0]:
            clauses.append(span)
        if clauses:
            out.append(_Sentence(s_start, s_end, clauses))
    return out


def has_figure(text: str) -> bool:
    """Whether the text holds a number with a unit or a percentage (not a year or date)."""
    return any(not _is_idiom(m.group(0)) for m in _FIGURE.finditer(text))


def _is_idiom(figure: str) -> bool:
    # 一户一策, 一人一档: "一" plus a unit is wording, not a count.
    return figure[0] in "一" and len(figure) <= 2


def _match(group: TermGroup, text: str) -> float:
    """1 when a variant occurs; partial credit when most of a long variant's bigrams do."""
    best = 0.0
    for variant in group.variants:
        if variant in text:
            return 1.0
        if len(variant) >= 3:
            grams = [variant[i : i + 2] for i in range(len(variant) - 1)]
            share = sum(g in text for g in grams) / len(grams)
            if share >= 0.5:
                best = max(best, 0.7 * share)
    return best


def _windows(passage: Passage, ask: Ask, years: set[str]) -> list[Window]:
    """Score every run of up to three clauses of every sentence of a passage."""
    text = passage.text
    low = normalize(text).lower()
    header = normalize(f"{passage.section} {passage.title}").lower()
    sentences = _sentences(text)
    total = ask.total_weight
    out: list[Window] = []
    for si, sentence in enumerate(sentences):
        s_text = normalize(text[sentence.start : sentence.end]).lower()
        prev = sentences[si - 1] if si else None
        p_text = normalize(text[prev.start : prev.end]).lower() if prev else ""
        clauses = sentence.clauses
        for i in range(len(clauses)):
            for j in range(i, min(i + MAX_WINDOW_CLAUSES, len(clauses))):
                start, end = clauses[i][0], clauses[j][1]
                w_text = normalize(text[start:end]).lower()
                hit = 0.0
                missing = []
                for group in ask.groups:
                    own = _match(group, w_text)
                    near = max(
                        0.6 * _match(group, s_text),
                        0.4 * _match(group, p_text),
                        0.35 * _match(group, header),
                        0.2 * _match(group, low),
                    )
                    strength = max(own, near)
                    if strength < 0.5:
                        missing.append(group.label)
                    hit += group.weight * strength
                coverage = hit / total if total else 0.0
                figure = has_figure(text[start:end])
                score = coverage
                if ask.shape is Shape.FIGURE:
                    score += 0.15 if figure else -0.5
                mentioned = set(_YEAR_IN_TEXT.findall(text[start:end]))
                if years and mentioned and not mentioned & years:
                    # A year the question does not ask about: likely a different figure.
                    score -= 0.25
                length = end - start
                score -= 0.03 * (j - i) + max(0, length - 60) * 0.002
                score += 0.04 / passage.rank if passage.rank > 0 else 0.0
                out.append(Window(passage, start, end, coverage, score, figure, missing))
    return out


def best_window(passages: list[Passage], ask: Ask, years: set[str]) -> Window | None:
    """The clause run that best answers the ask, or None when none is good enough."""
    candidates = [w for p in passages for w in _windows(p, ask, years)]
    if ask.shape is Shape.FIGURE:
        candidates = [w for w in candidates if w.has_figure]
    if not candidates:
        return None
    best = max(candidates, key=lambda w: w.score)
    if best.coverage < MIN_COVERAGE:
        return None
    return best


def _item_heads(passages: list[Passage], best: Window) -> list[tuple[Passage, int, int]]:
    """Heads of the enumeration (一是… 二是…) the best window belongs to, in report order."""
    same = [
        p for p in passages if p.doc_id == best.passage.doc_id and p.section == best.passage.section
    ]
    same.sort(key=lambda p: p.start)
    seen: set[int] = set()
    heads: list[tuple[Passage, int, int]] = []
    kind = _enum_kind(best.passage.text, best.start)
    if kind is None:
        return []
    for passage in same:
        for m in _ENUM.finditer(passage.text):
            if _kind(m.group(1)) != kind:
                continue
            absolute = passage.start + m.start()
            if absolute in seen:
                continue
            seen.add(absolute)
            start = m.end()
            stop = re.search(r"[。；;，,：:！？\n]", passage.text[start:])
            end = start + stop.start() if stop else len(passage.text)
            if end - start < 4 and stop:
                more = re.search(r"[。；;！？\n]", passage.text[end + 1 :])
                end = end + 1 + more.start() if more else len(passage.text)
            start, end = _trimmed(passage.text, start, end)
            if end > start:
                heads.append((passage, start, end))
    heads.sort(key=lambda h: h[0].start + h[1])
    return heads[:MAX_LIST_ITEMS] if len(heads) >= 2 else []


def _kind(marker: str) -> str:
    if marker.endswith("是"):
        return "shi"
    if marker.startswith(("（", "(")):
        return "paren_num" if any(c.isdigit() for c in marker) else "paren_cn"
    if marker.startswith("其"):
        return "qi"
    return "num" if marker[0].isdigit() else "cn"


def _enum_kind(text: str, at: int) -> str | None:
    """The kind of the nearest enumeration marker at or before a position in a passage."""
    last = None
    for m in _ENUM.finditer(text):
        if m.start() > at:
            break
        last = m
    return _kind(last.group(1)) if last else None


def _list_piece(passages: list[Passage], ask: Ask, years: set[str]) -> Piece | None:
    """Items of a list: the enumeration around the best clause, or the best distinct clauses."""
    best = best_window(passages, ask, years)
    if best is None:
        return None
    heads = _item_heads(passages, best)
    if heads:
        return Piece("；".join(p.text[s:e] for p, s, e in heads), heads)
    picked: list[Window] = []
    ranked = sorted(
        (w for p in passages for w in _windows(p, ask, years)), key=lambda w: w.score, reverse=True
    )
    for window in ranked:
        if window.coverage < MIN_COVERAGE or len(picked) >= 4:
            break
        if any(_overlaps(window, other) for other in picked):
            continue
        picked.append(window)
    picked.sort(key=lambda w: (w.passage.doc_id, w.passage.start + w.start))
    return Piece("；".join(w.text for w in picked), [(w.passage, w.start, w.end) for w in picked])


def _overlaps(a: Window, b: Window) -> bool:
    if a.passage.doc_id != b.passage.doc_id:
        return False
    a0, a1 = a.passage.start + a.start, a.passage.start + a.end
    b0, b1 = b.passage.start + b.start, b.passage.start + b.end
    # Windows of the same sentence count as one item too.
    return a0 < b1 + 40 and b0 < a1 + 40


def _answer_ask(passages: list[Passage], ask: Ask, years: set[str]) -> Piece | None:
    if not ask.groups:
        return None
    if ask.shape is Shape.LIST:
        return _list_piece(passages, ask, years)
    best = best_window(passages, ask, years)
    if best is None:
        return None
    start, end = best.start, best.end
    if ask.shape is Shape.FIGURE and end - start > MAX_FIGURE_ANSWER:
        end = start + MAX_FIGURE_ANSWER
    return Piece(best.passage.text[start:end], [(best.passage, start, end)])


def coverage_text(catalog: list[ReportMeta]) -> str:
    """What the reports cover, e.g. 卢峰镇（2025年上半年）、北斗溪镇（2023年、2025年上半年）."""
    towns: dict[str, list[str]] = {}
    for meta in catalog:
        towns.setdefault(meta.town, []).append(meta.period)
    parts = []
    for town, periods in towns.items():
        labels = "、".join(period_label(p) for p in sorted(set(periods), key=period_sort_key))
        parts.append(f"{town}（{labels}）")
    return "、".join(parts) if parts else "（暂无报告）"


def _abstain(query: Query, catalog: list[ReportMeta], reason: str) -> Answer:
    covered = coverage_text(catalog)
    return Answer(
        question=query.text,
        text=f"{NOT_IN_REPORTS}{reason}。现有报告覆盖：{covered}。",
        abstained=True,
        towns=query.towns,
        periods=query.periods,
    )


def plan_scopes(query: Query, catalog: list[ReportMeta], compare: bool) -> list[Scope]:
    """The reports to answer from: each named town's matching reports, or the whole corpus."""
    known = {m.town for m in catalog}
    towns = [t for t in query.towns if t in known]
    if not towns and compare and not query.unknown_towns:
        towns = sorted(known)
    if not towns:
        return [Scope(query=query, label="")]
    scopes: list[Scope] = []
    for town in towns:
        metas = [m for m in catalog if m.town == town]
        if query.periods:
            metas = [m for m in metas if any(period_matches(a, m.period) for a in query.periods)]
        periods = sorted({m.period for m in metas}, key=period_sort_key)
        for period in periods:
            q = query.model_copy(update={"towns": [town], "periods": [period]})
            scopes.append(Scope(q, f"{town}{period_label(period)}", town, period))
    return scopes


def _scope_years(scope: Scope, asks: list[Ask]) -> set[str]:
    years = set().union(*(a.years for a in asks)) if asks else set()
    if scope.period[:4].isdigit():
        years.add(scope.period[:4])
    for period in scope.query.periods:
        if period[:4].isdigit():
            years.add(period[:4])
    return years


def _dedupe(passage_lists: list[list[Passage]]) -> list[Passage]:
    """Interleave the passages of each scope by rank, drop repeats, renumber the ranks."""
    seen: set[str] = set()
    out: list[Passage] = []
    longest = max((len(p) for p in passage_lists), default=0)
    for i in range(longest):
        for passages in passage_lists:
            if i < len(passages) and passages[i].chunk_id not in seen:
                seen.add(passages[i].chunk_id)
                out.append(passages[i].model_copy(update={"rank": len(out) + 1}))
    return out


def answer(
    query: Query,
    retrieve: Retrieve,
    catalog: list[ReportMeta],
    *,
    k: int = 8,
    thesaurus: Path | None = None,
) -> Answer:
    """Answer a question from the reports in their own words, or say the reports do not say."""
    text = sanitize(query.text)
    query = query.model_copy(update={"text": text})
    if not text:
        return Answer(question=text, text=EMPTY_QUESTION, abstained=True)
    known = {m.town for m in catalog}
    if query.unknown_towns and not any(t in known for t in query.towns):
        names = "、".join(query.unknown_towns)
        return _abstain(query, catalog, f"关于{names}的报告")
    if not has_chinese(text):
        return _abstain(query, catalog, "能回答这个问题的内容（请用中文提问）")
    groups = thesaurus_groups(thesaurus or CORPUS_DIR / "thesaurus.txt")
    asks = analyse(text, query, catalog, groups)
    compare = is_compare(text, query)
    scopes = plan_scopes(query, catalog, compare)
    if not scopes:
        towns = "、".join(query.towns)
        periods = "、".join(period_label(p) for p in query.periods)
        return _abstain(query, catalog, f"{towns}{periods}的报告")

    wide = any(a.shape is Shape.LIST for a in asks)
    passage_lists: list[list[Passage]] = []
    results: list[tuple[Scope, list[Piece | None]]] = []
    for scope in scopes:
        passages = retrieve(scope.query, 20 if wide else k)
        passage_lists.append(passages)
        years = _scope_years(scope, asks)
        results.append((scope, [_answer_ask(passages, ask, years) for ask in asks]))

    considered = _dedupe(passage_lists)
    if not any(piece for _, pieces in results for piece in pieces):
        missing = _missing_terms(asks, [p for ps in passage_lists for p in ps])
        what = f"关于“{'、'.join(missing)}”的内容" if missing else "能回答这个问题的内容"
        where = "、".join(s.label for s in scopes if s.label)
        reason = f"{where}的报告中" if where else ""
        result = _abstain(query, catalog, f"{what}" if not reason else f"{what}（已查{where}）")
        result.passages = considered
        return result
    return _compose(query, results, considered)


def _missing_terms(asks: list[Ask], passages: list[Passage]) -> list[str]:
    """Key terms of the question that no considered passage contains."""
    corpus = normalize(" ".join(p.text for p in passages)).lower()
    missing = []
    for ask in asks:
        for group in ask.groups:
            if group.weight >= 1.0 and _match(group, corpus) < 1.0 and group.label not in missing:
                missing.append(group.label)
    return missing[:3]


def _compose(
    query: Query, results: list[tuple[Scope, list[Piece | None]]], considered: list[Passage]
) -> Answer:
    """Number the citations and lay out the answer, one labelled line per scope."""
    citations: list[Citation] = []
    index: dict[tuple[str, int, int], int] = {}

    def cite(passage: Passage, start: int, end: int) -> int:
        key = (passage.doc_id, passage.start + start, passage.start + end)
        if key not in index:
            index[key] = len(citations) + 1
            citations.append(
                Citation(
                    n=index[key],
                    doc_id=passage.doc_id,
                    source=passage.source,
                    title=passage.title,
                    town=passage.town,
                    period=passage.period,
                    section=passage.section,
                    quote=passage.text[start:end],
                )
            )
        return index[key]

    lines = []
    for scope, pieces in results:
        texts = []
        for piece in pieces:
            if piece is None:
                continue
            if len(piece.quotes) == 1:
                passage, start, end = piece.quotes[0]
                texts.append(f"{piece.text}[{cite(passage, start, end)}]")
            else:
                texts.append(
                    "；".join(
                        f"{passage.text[s:e]}[{cite(passage, s, e)}]"
                        for passage, s, e in piece.quotes
                    )
                )
        body = "；".join(dict.fromkeys(texts)) if texts else NOT_MENTIONED
        label = scope.label
        if not label and pieces:
            first = next((p for p in pieces if p is not None), None)
            if first is not None:
                passage = first.quotes[0][0]
                label = f"{passage.town}{period_label(passage.period)}"
        lines.append(f"{label}：{body}" if label else body)
    text = "；\n".join(lines) if len(lines) > 1 else lines[0]
    if not text.endswith(("。", "]")):
        text += "。"
    return Answer(
        question=query.text,
        text=text,
        citations=citations,
        passages=considered,
        abstained=False,
        towns=query.towns,
        periods=query.periods,
    )


def known_towns(catalog: list[ReportMeta]) -> dict[str, str]:
    """Every way a question may name a catalogued town (re-exported for the conversation)."""
    return town_aliases(catalog)
