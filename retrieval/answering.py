"""Extractive answers: the clause of a report that answers, cited, or "not in the reports"."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval import tables
from retrieval.chunking import bare_marker
from retrieval.evidence import (
    CHANGE_ASKED,
    HEAD_MATCH,
    MIN_COVERAGE,
    UNIT_SET,
    Window,
    best_sentence,
    candidates,
    enough,
    figures,
    first_item_at,
    focus,
    head_named,
    head_seen,
    head_stated,
    heading_coverage,
    is_intro,
    item_heads,
    match,
    names_missing,
    names_person,
    open_span,
    overlaps,
    quoted_unsaid,
    reads_as_plan,
    result_for_plan,
    sentence_around,
    sentence_text,
    told_just_before,
    trimmed,
    unit_fits,
    widen,
    windows,
    with_result,
    with_synonyms,
    wrong_tense,
)
from retrieval.fit import (
    CHUNK_GAP,
    act_done_to_unsaid,
    actual_told_apart,
    addition_for_stock,
    average_for_point,
    bare_measure_of_another,
    base_unsaid,
    bound_for_exact,
    budget_for_done,
    capacity_for_output,
    change_for_level,
    change_of_another,
    change_of_whole,
    counted_jointly,
    difference_for_amount,
    entity_unnamed,
    figure_given,
    figure_of_another,
    figure_places,
    fine_for_value,
    former_for_now,
    heads_unsaid,
    instance_unnamed,
    is_village,
    joint_kind,
    kind_unsaid,
    kinds_for_amount,
    level_for_change,
    level_for_rate,
    lone_thing_unnamed,
    loss_for_level,
    measure_of_another,
    measure_of_another_thing,
    measure_unsaid,
    measured_thing_unnamed,
    member_of_a_group,
    misplaced,
    named_other,
    narrower_kind,
    next_years_paragraph,
    next_years_plan,
    next_years_section,
    opposite_act,
    other_currency,
    other_half_year,
    other_kind_of_head,
    other_part_of_year,
    other_purpose,
    other_quarter,
    other_rate,
    other_trade,
    output_for_money_or_people,
    part_before_total,
    part_for_total,
    part_of_country_for_whole,
    part_unsaid,
    plan_asked,
    plan_section_for_result,
    plan_unnamed,
    point_for_average,
    quantity_for_value,
    rate_for_total,
    ratio_for_amount,
    result_for_year_plan,
    route_unnamed,
    size_for_progress,
    stock_for_addition,
    target_for_result,
    things_unnamed,
    told_as_unwanted,
    told_before_the_event,
    total_for_each,
    total_for_part,
    whole_year_for_part,
    yuan_for_sum,
)
from retrieval.lexicon import ends_on_a_noun, pos_tags
from retrieval.loading import dated_line
from retrieval.models import Answer, Citation, Passage, Query, ReportMeta
from retrieval.places import (
    NATIONAL,
    PROVINCES,
    arabic_years,
    base_period,
    digit_years,
    period_label,
    period_matches,
    period_sort_key,
    periods_answering,
    report_parts,
    report_years,
    town_parts,
    written_years,
    year_parts,
)
from retrieval.questions import (
    COMMON_UNITS,
    COMPARE_ASK,
    PLAN_WORD,
    YEAR_ASK,
    YEAR_BEFORE_BESIDE,
    Ask,
    Shape,
    TermGroup,
    analyse,
    asks_person,
    asks_report_date,
    asks_report_speaker,
    has_chinese,
    is_compare,
    sanitize,
    thesaurus_groups,
    without_which_more,
)
from retrieval.settings import CORPUS_DIR
from retrieval.text import normalize
from retrieval.verify import chinese_number
from retrieval.years import (
    clause_of_another_year,
    distant_years,
    names_distant,
    one_year_for_span,
    only_other_years_told,
    other_comparison,
    past_tense,
    result_not_yet_known,
    several_years,
    span_to_report,
    told_before_the_year,
    told_of_another_year,
    told_years,
)

log = logging.getLogger(__name__)

# The refusal phrase: every abstention starts with it, and the LLM prompt asks for it verbatim.
NOT_IN_REPORTS = "报告中没有找到"
NOT_MENTIONED = "报告未提及"
EMPTY_QUESTION = "请输入一个关于镇政府工作报告的问题，例如：卢峰镇排查了多少重大隐患？"

Retrieve = Callable[[Query, int], list[Passage]]
ReportWords = Callable[[str], str]
# A report's first passage, by doc_id: its heading, issuer and date.
Opening = Callable[[str], Passage | None]
Quote = tuple[Passage, int, int]

MAX_FIGURE_ANSWER = 120
MAX_OPEN_ANSWER = 200
MAX_CLAUSE_ANSWER = 160
LIST_K = 30
# Trusting retrieval for a paraphrase: this many top passages, at least this share of the words.
TRUST_TOP = 5
TRUST_COVERAGE = 0.15
# ...or this much when the unit is an everyday one (多少人 is answered by any head count).
TRUST_COVERAGE_COMMON = 0.22
# How far down the ranked windows to look for one that names what the question counts.
MISPLACED_TRIES = 20
# ...and a replacement must match the question nearly as well as the figure it replaces.
REPLACEMENT_SLACK = 0.15
_HALVES = {"H1": "上半年", "H2": "下半年"}
_HALF_CODES = {words: code for code, words in _HALVES.items()}
# "哪三个": the question says how many items the answer lists ("哪两个" is mostly a pair of names).
# "具体是哪几个", "分别是哪些": the members asked by name.
_MEMBERS_ASK = re.compile(r"(?:具体|都|分别|各)是?哪(?:几|些)")
# A count of items, three or more (三, 十, 十一, 二十八, 28).
_ITEM_COUNT = r"[二三四五六七八九]?十[一二三四五六七八九]?|[三四五六七八九]|[1-9]\d|[3-9]"
_ASKED_COUNT = re.compile(rf"哪({_ITEM_COUNT})(?:个|项|条|种|大|方面|重|点|类|件|部)")
# "八届六中全会提出的四项指标是哪些", "十大钢铁基地分别是哪十个": the count stands before the ask.
_COUNT_THEN_ASK = re.compile(
    rf"(?<![\d.第一二三四五六七八九十百千万])({_ITEM_COUNT})(?:个|项|条|种|大|类|方面|部)[^，,。？?]{{0,8}}?"
    r"(?:是|分别是|都是|包括)?(?:哪些|哪几|什么|哪)"
)
# An inline list answers a list question when its sentence matches this much of the wording.
LISTING_COVERAGE = 0.6
# ...and this much better than the best heading, whose items are preferred on a near tie.
LISTING_MARGIN = 0.05
# Items named in one sentence, joined by 、 (防范化解重大风险、精准脱贫、污染防治).
_INLINE_ITEMS = re.compile(r"[^、，,。；;：:“”\s]{2,14}(?:、[^、，,。；;：:“”\s]{2,14})+")
_STOPS = "。！？!?"
_ENDS_WITH_STOP = re.compile(r"[。！？!?]\[\d+\]$")


@dataclass
class Scope:
    """One report (or the whole corpus) to answer from, and how to label what it gives."""

    query: Query
    label: str
    period: str = ""
    # Words the evidence must mention: the asked year when no report covers that period.
    require: list[str] = field(default_factory=list)
    # Years asked about that are neither a named report's nor the year it reviews (1992年报告说
    # 1990年…): the answer's sentence must name one of them.
    distant: set[str] = field(default_factory=set)
    # The years of every report the question names (2009年和2010年的报告): none is a content year.
    reports: set[str] = field(default_factory=set)
    # The next year's report, read for a year named as an event's: a loose paraphrase is no
    # evidence there (2024年电影票房 is not answered by the 2025 report's 国债3000亿元).
    next_year: bool = False
    # The years of the other scopes of a comparison (外汇储备2000年底和2005年末): each is asked
    # of its own report, not of this one.
    others: set[str] = field(default_factory=set)
    # The next year's report reviews this report's year: this one's review of the year before
    # (its section 一、2014年工作回顾) tells of no figure of its own year.
    reviewed_later: bool = False
    # No period asked of a town with decades of reports: answer from the report of the best
    # passage, read as a whole (its list may run past the passages the whole corpus gives).
    best_report: bool = False
    # A report's whole text, folded, by doc_id: what it names outside the passages read.
    report_words: ReportWords | None = None
    # Reports a few years later, read only where they name the year: tried when neither the
    # year's own report nor the next one has answered.
    last_resort: bool = False
    # Asks the result beside this one answers (a year's plan here, its outcome there): not
    # said to be missing here.
    answered_beside: frozenset[int] = frozenset()
    # A part of the asked year (its 2024H1 report, for 2024): read only when the year's own
    # report has not answered.
    part_of_year: bool = False

    @property
    def year(self) -> str:
        """The year asked of: the report's, or the year a scope with no report must name."""
        return self.period[:4] or next((w for w in self.require if w.isdigit()), "")


@dataclass
class Piece:
    """One answered ask in one scope: the quoted spans that answer it, in order."""

    quotes: list[Quote]
    # The figure's sentence does not state the thing counted (职工住宅 for 职工工资): an answer
    # to keep only when no report tried does better.
    weak: bool = False
    coverage: float = 0.0  # of the question's terms, by the figure's clauses (figure asks only)


# One report read for a scope: the report (as a scope), the passages it gave, its pieces.
Read = tuple[Scope, list[Passage], list[Piece | None]]


def coverage_text(catalog: list[ReportMeta]) -> str:
    """What the reports cover, e.g. 卢峰镇（2025年上半年）、北斗溪镇（2023年、2025年上半年）."""
    towns: dict[str, list[str]] = {}
    for meta in catalog:
        towns.setdefault(meta.town, []).append(meta.period)
    parts = []
    for town, periods in towns.items():
        labels = "、".join(_period_runs(sorted(set(periods), key=period_sort_key)))
        parts.append(f"{town}（{labels}）")
    return "、".join(parts) if parts else "（暂无报告）"


def _period_runs(periods: list[str]) -> list[str]:
    """Labels of sorted periods, three or more whole years in a row as one: 1954—1961年."""
    labels: list[str] = []
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            labels.append(f"{run[0]}—{run[-1]}年")
        else:
            labels.extend(f"{year}年" for year in run)
        run.clear()

    for period in periods:
        if len(period) == 4 and period.isdigit():
            if run and int(period) != run[-1] + 1:
                close()
            run.append(int(period))
        else:
            close()
            labels.append(period_label(period))
    close()
    return labels


def _missing_reports(query: Query, catalog: list[ReportMeta]) -> list[str]:
    """The reports a question names by year (1996年政府工作报告) when none of them exists."""
    named = report_years(query.text)
    if not named or not query.periods or not all(p[:4] in named for p in query.periods):
        return []
    towns = [m for m in catalog if m.town in query.towns] or catalog
    if any(period_matches(p, m.period) for p in query.periods for m in towns):
        return []
    where = "、".join(query.towns)
    return [f"{where}{period_label(p)}" for p in query.periods]


def _abstain(query: Query, catalog: list[ReportMeta], reason: str) -> Answer:
    return Answer(
        question=query.text,
        text=f"{NOT_IN_REPORTS}{reason}。现有报告覆盖：{coverage_text(catalog)}。",
        abstained=True,
        towns=query.towns,
        periods=query.periods,
    )


# A town with this many reports or fewer, asked with no period, is answered from each of them.
EACH_REPORT_MAX = 4


def plan_scopes(query: Query, catalog: list[ReportMeta], compare: bool) -> list[Scope]:
    """The reports to answer from: each named town's matching reports, or the whole corpus."""
    known = {m.town for m in catalog}
    towns = [t for t in query.towns if t in known]
    if query.plan_reports and not query.periods:
        # "九五那五年…": the plan's reports, searched together; each answer labelled by its own.
        towns = towns or sorted({m.town for m in catalog if m.period in query.plan_reports})
        q = query.model_copy(update={"towns": towns, "periods": query.plan_reports})
        return [Scope(q, "")]
    if not towns and compare and not query.unknown_towns:
        towns = sorted(known)
    if not towns:
        return _period_scopes(query, catalog)
    scopes: list[Scope] = []
    for town in towns:
        metas = [m for m in catalog if m.town == town]
        answering = periods_answering(query.periods, (m.period for m in metas))
        matching = [m for m in metas if m.period in answering]
        if query.periods and not matching and _period_of_other(query, town, towns, catalog):
            # "卢峰镇和北斗溪镇（2023年）": the period is the other town's; use this one's reports.
            matching = metas
        elif query.periods and not matching:
            # No report for that period: the reports either side may still tell of it
            # ("2024年上报的…"; the next year's reviews it).
            require = _period_words(query.periods[0])
            later = _review_of(query.periods[0], metas, query.text)
            q = query.model_copy(update={"towns": [town], "periods": later})
            scopes.append(Scope(q, f"{town}{period_label(query.periods[0])}", "", require))
            continue
        periods = sorted({m.period for m in (matching or metas)}, key=period_sort_key)
        if not matching and len(periods) > EACH_REPORT_MAX:
            # Decades of yearly reports and no year asked: the best passage's report answers.
            q = query.model_copy(update={"towns": [town], "periods": []})
            scopes.append(Scope(q, "", best_report=True))
            continue
        for period in periods:
            q = query.model_copy(update={"towns": [town], "periods": [period]})
            scopes.append(Scope(q, f"{town}{period_label(period)}", period))
    return scopes


_PERIOD_AFTER = r"\s*[（(]?\s*(?:\d{2,4}\s*年|今年|去年|前年|上半年|下半年)"


def _period_of_other(query: Query, town: str, towns: list[str], catalog: list[ReportMeta]) -> bool:
    """Whether the asked period is written right after another named town, not after this one,
    and is that town's report's ("卢峰镇和统溪河镇2024年" asks 2024 of both when neither has
    a report of it)."""
    text = query.text
    others = [t for t in towns if t != town]
    if not any(
        m.town in others and period_matches(a, m.period) for m in catalog for a in query.periods
    ):
        return False

    def bound(name: str) -> bool:
        short = name.removesuffix("镇").removesuffix("乡")
        return any(re.search(re.escape(n) + _PERIOD_AFTER, text) for n in {name, short})

    return not bound(town) and any(bound(t) for t in towns if t != town)


def _review_scope(query: Query, period: str, catalog: list[ReportMeta]) -> Scope:
    """The scope of a period with no report: the reports either side, told of that period."""
    q = query.model_copy(update={"periods": _review_of(period, catalog, query.text)})
    return Scope(q, "", "", _period_words(period))


def _review_of(period: str, metas: list[ReportMeta], question: str) -> list[str]:
    """The periods of the reports either side of a year that has none: the year before plans it,
    the year after reviews it (the 1997 report tells of 1996). Empty when there are none: then
    any report may tell of it."""
    if not (period.isdigit() and len(period) == 4):
        return []
    beside = {str(int(period) - 1), str(int(period) + 1)}
    return sorted({m.period for m in metas if m.period[:4] in beside}, key=period_sort_key)


def _period_scopes(query: Query, catalog: list[ReportMeta]) -> list[Scope]:
    """No town named: the reports of the periods the question names, one scope per period."""
    matching = {
        m.period for m in catalog if any(period_matches(a, m.period) for a in query.periods)
    }
    if not matching:
        # No report of any period asked: the reports either side of each may still tell of it.
        if query.periods:
            return [_review_scope(query, period, catalog) for period in query.periods]
        return [Scope(query=query, label="")]
    scopes = []
    for period in sorted(matching, key=period_sort_key):
        # Naming the towns that have such a report makes retrieval filter to them.
        towns = sorted({m.town for m in catalog if m.period == period})
        q = query.model_copy(update={"towns": towns, "periods": [period]})
        scopes.append((period, Scope(q, "", period)))
    # "1954年…和1991年…分别是多少": a year with no report of its own is still asked.
    for period in query.periods:
        if not any(period_matches(period, m.period) for m in catalog):
            own = query.model_copy(update={"periods": [period]})
            scopes.append((period, _review_scope(own, period, catalog)))
    return [scope for _, scope in sorted(scopes, key=lambda item: period_sort_key(item[0]))]


def _reports_to_try(
    scope: Scope, query: Query, catalog: list[ReportMeta], asks: list[Ask], compared: bool
) -> list[Scope]:
    """The scope, and for a year named as an event's the next year's report, in the order to
    try them: a year's results are told in the next year's report, so it comes first for them."""
    later = _next_report(scope, query, catalog)
    parts = _parts_of_year(scope, catalog, asks)
    # "一五计划说，到1957年将共有多少所高等学校": a year's target, set by a report years before.
    # (Not for a report named by the year: "2020年政府工作报告定的目标" is that report's.)
    earlier = (
        _earlier_reports(scope, catalog)
        if any(a.tense == "target" for a in asks) and scope.year not in report_years(query.text)
        else []
    )
    if later is None:
        return [scope, *earlier, *parts]
    scope = replace(scope, reviewed_later=bool(scope.period))  # (no report of its own: none)
    later.distant, later.reports, later.others = scope.distant, {later.period[:4]}, scope.others
    later.report_words = scope.report_words
    # "1957年工农业总产值": told in the 1959 report too (…在一九五七年达到了…).
    wider = _later_reports(scope, later, catalog)
    # "外汇储备2000年底是多少": the year's end is after its own report was written.
    year_end = re.search(rf"{scope.year}\s*年\s*(?:底|末)", arabic_years(query.text))
    # "2008年和2009年…分别是多少": years set side by side ask for what each year came to.
    # "2013年遭遇了哪些自然灾害", "2021年成功举办了哪几个展会": a list of what was done.
    done = any(a.shape is Shape.LIST and _DONE_LIST.search(a.text) for a in asks)
    # "2003到2007年间，哪几家银行…": a span ending in the year, which the next report reviews.
    span_end = re.search(
        rf"\d{{4}}\s*年?\s*(?:到|至|-|—|－|~)\s*{scope.year}(?:\s*年|这|那)",
        digit_years(query.text),
    )
    if year_end or span_end or compared or done or any(a.tense == "actual" for a in asks):
        return [later, scope, *wider, *parts]
    return [scope, later, *earlier, *wider, *parts]


# "全年", "一年下来", "年底": the whole year asked, which a half-year report does not tell.
_WHOLE_YEAR = re.compile(r"全年|一年|年底|年末|年终")


def _parts_of_year(scope: Scope, catalog: list[ReportMeta], asks: list[Ask]) -> list[Scope]:
    """A town's reports on parts of a year asked of its whole-year report (2024H1 for 2024):
    each read only when the year's own report has not answered, and not for the whole year's
    result (its target, 全年完成固定资产投资5.2亿元, a half-year report may well set)."""
    towns = scope.query.towns
    if len(scope.period) != 4 or len(towns) != 1:
        return []
    if _WHOLE_YEAR.search(scope.query.text) and not all(plan_asked(a) for a in asks):
        return []
    periods = sorted(
        {m.period for m in catalog if m.town == towns[0] and m.period[:4] == scope.period},
        key=period_sort_key,
    )
    out = []
    for period in periods:
        if period == scope.period:
            continue
        q = scope.query.model_copy(update={"periods": [period]})
        part = Scope(q, f"{towns[0]}{period_label(period)}", period, part_of_year=True)
        part.distant, part.reports = scope.distant, scope.reports
        part.report_words, part.others = scope.report_words, scope.others
        out.append(part)
    return out


# "…取得了哪些成果", "有哪几项标志性成就": what was done or achieved.
_DONE_LIST = re.compile(
    r"了(?:哪些|哪几|什么)|(?:哪些|哪几[项个件大]?)[^，,。？?]{0,8}(?:成果|成就|突破|进展|大事)"
)
LATER_REPORTS = 4  # years after the next report that may still tell of a year, by name


def _later_reports(scope: Scope, later: Scope, catalog: list[ReportMeta]) -> list[Scope]:
    """The reports a few years after the next one, as a last resort: each read only where its
    sentence names the asked year (1959年报告: 我国的工农业总产值在一九五七年达到了…)."""
    first = int(later.period[:4]) + 1
    return _naming_the_year(scope, later.query, catalog, first, first + LATER_REPORTS - 1)


def _earlier_reports(scope: Scope, catalog: list[ReportMeta]) -> list[Scope]:
    """The reports a few years before the year, nearest first, for its target: each read only
    where its sentence names the year (1955年报告: 到一九五七年，我国将共有高等学校二百○八所)."""
    year = scope.period[:4]
    if not (year.isdigit() and len(year) == 4):
        return []
    first, last = int(year) - LATER_REPORTS, int(year) - 1
    return _naming_the_year(scope, scope.query, catalog, first, last, newest_first=True)


def _naming_the_year(
    scope: Scope,
    query: Query,
    catalog: list[ReportMeta],
    first: int,
    last: int,
    *,
    newest_first: bool = False,
) -> list[Scope]:
    """A last-resort scope for each report of the years first..last (of the query's towns),
    read only where its sentence names the scope's year; oldest first, or newest first."""
    towns = query.towns
    periods = sorted(
        {
            m.period
            for m in catalog
            if m.period[:4].isdigit()
            and first <= int(m.period[:4]) <= last
            and (not towns or m.town in towns)
        },
        key=period_sort_key,
        reverse=newest_first,
    )
    out = []
    for period in periods:
        q = query.model_copy(update={"periods": [period]})
        named = Scope(q, "", period, _period_words(scope.year), last_resort=True)
        named.distant, named.reports = scope.distant | {scope.year}, {period[:4]}
        named.others, named.report_words = scope.others, scope.report_words
        out.append(named)
    return out


def _told_as_result(piece: Piece | None) -> bool:
    """Whether the next report's piece plainly gives the year's result: a figure matching the
    question closely, in a sentence that is no plan (its plans are for its own year)."""
    if piece is None or piece.coverage < CLOSE_COVERAGE - 1e-9:  # 0.7999… is 0.8
        return False
    return not any(reads_as_plan(sentence_around(p, start)) for p, start, _ in piece.quotes)


def _planned(piece: Piece | None) -> bool:
    """Whether a piece's quotes read as a plan: in the next year's report, that year's, not the
    one asked (2025年报告的“拟发行超长期特别国债1.3万亿元” is no 2024 figure)."""
    return piece is not None and any(reads_as_plan(p.text[s:e]) for p, s, e in piece.quotes)


CLOSE_COVERAGE = 0.8


def _told_label(report: str, told: str) -> str:
    """A report and the period it tells of, that period having no report of its own or being
    reviewed in the next one: 1997年报告（回顾1996年）; or an earlier report speaking of it
    (its plans, or the new year's first weeks): 2021年报告（提及2022年）, 2025年上半年报告（提及
    2025年下半年）."""
    if period_sort_key(report) < period_sort_key(told):
        return f"{period_label(report)}报告（提及{period_label(told)}）"
    return f"{period_label(report)}报告（回顾{period_label(told)}）"


def _as_told_by(option: Scope, asked: Scope) -> Scope:
    """The scope labelled with the report that answers: 全国2016年报告（回顾2015年）."""
    towns = "、".join(option.query.towns) if len(option.query.towns) == 1 else ""
    if option.next_year:
        return replace(option, label=towns + _told_label(option.period, asked.period))
    return replace(option, label=f"{towns}{period_label(option.period)}报告")


_PART_OF_YEAR = re.compile(
    r"(?:头|前)[一二三四五六七八九十\d]{1,2}个月|前三季度|[一二三四]季度|"
    r"(?:1|一)\s*(?:至|到|-|—)\s*(?:\d{1,2}|[二三四五六七八九十]|十一)\s*月"
)


def _next_report(scope: Scope, query: Query, catalog: list[ReportMeta]) -> Scope | None:
    """The next year's report, for a year named as the time of an event (2009年全国卖出多少辆
    汽车), not as a report: a report reviews the year before it. None when the report is named."""
    # (A year with no report of its own, 九一年, is told by the next one all the same.)
    year = scope.period or scope.year
    if not (year.isdigit() and len(year) == 4) or year in report_years(query.text):
        return None
    if year not in written_years(query.text):
        return None  # 今年/去年: the newest report is the "now"
    if _PART_OF_YEAR.search(query.text):
        return None  # "81年头九个月": the year's own report tells its months; the next, its whole
    later = str(int(year) + 1)
    towns = scope.query.towns or [m.town for m in catalog if m.period == year]
    # (A town's report is filed under the year it tells of, a summary or a report to the
    # town's congress alike: 杨柳镇2022年度工作情况报告 is no review of 2021.)
    if NATIONAL not in towns or not any(m.period == later and m.town == NATIONAL for m in catalog):
        return None
    q = scope.query.model_copy(update={"periods": [later]})
    # Labelled with the report it is and the year it tells of: 全国2007年报告（回顾2006年）.
    told = _told_label(later, year)
    if scope.label:
        label = scope.label.replace(period_label(year), told)
    else:
        label = "、".join(
            t for t in towns if any(m.period == later and m.town == t for m in catalog)
        )
        label += told
    return Scope(q, label, later, next_year=True)


def _period_words(period: str) -> list[str]:
    words = [period[:4]] if period[:4].isdigit() else [period]
    if period[4:] in _HALVES:
        words.append(_HALVES[period[4:]])
    return words


def _years(scope: Scope, asks: list[Ask]) -> set[str]:
    years: set[str] = set().union(*(a.years for a in asks)) if asks else set()
    # A period with no report is told of by a later one: the year asked, not that report's.
    periods = scope.require if scope.require else [scope.period, *scope.query.periods]
    for period in periods:
        if period[:4].isdigit():
            years.add(period[:4])
    return years


def _meets(window: Window, scope: Scope, passages: list[Passage]) -> bool:
    """Whether the window's sentence (or its section) names the scope's required period; for a
    year after the report's, a sentence naming none also does when the text before it last named
    that year ("一九六五年计划草案拟定，农业…。…计划草案拟定，工业总产值比一九六四年增长…": a
    plan's sentences run on; a later report looks back at an earlier year only here and there)."""
    text = window.passage.text
    sentence = text[window.sentence[0] : window.sentence[1]] + window.passage.section
    if _names_required(sentence, scope, window.passage.period):
        return True
    years = set(scope.require)
    report_year = window.passage.period[:4]
    return (
        len(years) == 1
        and all(re.fullmatch(r"\d{4}", y) and y > report_year for y in years)
        and names_distant(window, years, passages)
    )


def _names_required(text: str, scope: Scope, report_period: str = "") -> bool:
    """Whether the text names the scope's required period words, in any digits (１９９６年,
    一九九六年 and 1996年 alike); a report of the year asked names its year ("4、下半年工作打算"
    in the 2025 first half's report plans 2025's second half)."""
    if not scope.require:
        return True
    folded = arabic_years(normalize(text))
    if _base_report(scope, report_period) and re.search(r"上年|去年|上一年", folded):
        return True  # the report of the period after: "上年同期为9595元"
    return all(word in folded or word == report_period[:4] for word in scope.require)


def _base_report(scope: Scope, report_period: str) -> bool:
    """Whether a report of `report_period` is of the period after the one a scope with no report
    of its own asks (2024H1 for 2023H1, a town's 2024 for 2023): its 上年 figures are that one's."""
    # (A town's: a national report reviews the year before as its own, not as a base.)
    towns = scope.query.towns
    asked = _required_period(scope) if towns and NATIONAL not in towns else ""
    return bool(asked) and base_period(report_period) == asked


def _required_period(scope: Scope) -> str:
    """The period code a scope with no report requires (2023H1 of ["2023", "上半年"])."""
    if not scope.require or not scope.require[0].isdigit():
        return ""
    return scope.require[0] + "".join(_HALF_CODES.get(w, "") for w in scope.require[1:])


# "办了多少张优待证" is answered by "办理…优待证180余人": a card or permit is one per holder.
_HOLDER_UNITS = frozenset({"人", "户", "名", "人次"})


def _per_holder(ask: Ask, unit: str) -> bool:
    """Whether a count of holders answers a count of the cards or permits they hold."""
    papers = any(g.head and g.label[-1:] in ("证", "卡", "折") for g in ask.groups)
    return papers and ask.unit in ("张", "本", "份", "个") and unit in _HOLDER_UNITS


_BARE = frozenset("万亿萬億")  # "1.6万户" read as 1.6万 counts whatever follows it
RESULT_SLACK = 0.05


def _results_first(ranked: list[Window], ask: Ask) -> list[Window]:
    """A town report's result (全镇规模以上工业企业达到27家) before a plan matching as well
    (力争新增规模以上工业企业3家), for a question that asks no plan."""
    top = ranked[0] if ranked else None
    if top is None or top.passage.town in ("", NATIONAL):
        return ranked
    if ask.tense != "actual" and plan_asked(ask):
        return ranked
    if not _planned_clause(top):
        return ranked
    for i, window in enumerate(ranked[1:], 1):
        if window.coverage < top.coverage - RESULT_SLACK:
            break
        if not _planned_clause(window):
            return [window, *ranked[:i], *ranked[i + 1 :]]
    return ranked


def _planned_clause(window: Window) -> bool:
    """Whether the window's last clause reads as a plan (…，力争新增规模以上工业企业3家)."""
    return reads_as_plan(re.split(r"[，,；;]", window.text.rstrip("，,；;。"))[-1])


# Below this coverage, a figure whose sentence does not state the thing counted is weak.
WEAK_COVERAGE = 0.7


# A window matching the question this well names all it asks, whatever its tense.
FULL_MATCH = 0.9
# How much better a window naming a kind of the counted thing must score to rank first.
NARROWER_SLACK = 0.05


def _figure_piece(
    passages: list[Passage],
    ask: Ask,
    scope: Scope,
    years: set[str],
    told: Told | None = None,
) -> Piece | None:
    # Every window of every passage, scored once; the checks below walk down this ranking.
    ranked = [
        w
        for w in candidates(passages, ask, years)
        if _meets(w, scope, passages) and not told_as_unwanted(w, ask)
    ]
    # Of windows scored alike, one counting the thing itself before one counting a kind of it.
    ranked.sort(
        key=lambda w: w.score - (NARROWER_SLACK if narrower_kind(w, ask) else 0.0), reverse=True
    )
    ranked = _results_first(_nearby_first(ranked, ask, told or Told()), ask)
    if ask.shape is not Shape.FIGURE:
        # "要总结哪个省的试点经验": only a sentence naming a province can answer; the best of those.
        # (Town reports only: the open-domain (CMRC) path keeps its own behaviour.)
        ranked = [w for w in ranked if not w.passage.town or _names_asked_kind(w, ask)]
    best = ranked[0] if ranked and enough(ranked[0], ask) else None
    if best is None and not scope.require and not scope.next_year:
        best = _trusted_window(ranked, passages, ask)
    if best is None:
        return None
    # Town reports only: the open-domain (CMRC) path keeps its own behaviour.
    town = bool(best.passage.town)
    if town:
        wrong = _misplaced(best, ask, passages, scope)
        other_thing = bool(wrong)
        other_thing = other_thing or _unnamed(best, ask)
        # "猕猴桃产量是多少吨" is not "鲜菇产量4210吨": the thing asked, unnamed here, is named
        # by that word elsewhere in the report.
        other_thing = other_thing or (
            best.passage.town != NATIONAL
            and not head_seen(best, ask)
            and _head_named_elsewhere(best, ask, passages, same_passage=True)
        )
        # "…比上年增长19%，其中第四季度增长38%": the quarter asked is told further on in the
        # sentence: the clauses up to it answer.
        wider = (
            next(
                (w for w in ranked if _widens(w, best) and _as_asked(w, ask, scope, passages)), None
            )
            if not other_thing and other_quarter(best, ask)
            else None
        )
        best = wider or best
        if not wider and (other_thing or not _as_asked(best, ask, scope, passages)):
            # Another thing counted: a stand-in must match the question nearly as well. A plan
            # for a result, or another year: the same words may well sit in a weaker clause.
            least = best.coverage - REPLACEMENT_SLACK if other_thing else 0.0
            # A plan for a result asked outright ("实际建成投产的…": "计划建成投产…118个，实际
            # 建成128个"): the asked figure is first sought in the sentence whose words matched
            # best, then elsewhere.
            first = best
            tries = (
                sorted(ranked, key=lambda w: not _same_sentence(w, first))
                if not other_thing and _TENSE_NAMED.search(ask.text) and wrong_tense(first, ask)
                else ranked
            )
            best = _placed_window(
                tries, passages, ask, scope, least, (first, wrong), None if other_thing else first
            )
            if best is None:
                return None
    if ask.shape is Shape.FIGURE:
        if ask.unit and not any(
            unit_fits(ask.unit, f.unit) or f.unit in _BARE or _per_holder(ask, f.unit)
            for f in best.figures
        ):
            # "病床有多少张" is not answered by "医院共有三千零六十八所": a figure in the unit.
            best = _placed_window(ranked, passages, ask, scope, best.coverage - REPLACEMENT_SLACK)
            if best is None:
                return None
        if town and not head_named(best, ask):
            return None  # 户籍人口 is not answered by 户籍居民…接种3.1万余人
        if (scope.next_year or scope.require) and heads_unsaid(best, ask):
            # A period with no report of its own, told of by another's: 2026年…城市书房 is not
            # answered by the 2025 report's 新建加装电梯24台.
            return None
        # (A change asked of items side by side is every item's: 重工业支出和轻工业支出比上年…)
        # (Or the year before the report's asked beside it, "2023年和2022年…各是多少", which
        # "…3.42亿元，比2022年的2.97亿元增长15.2%" tells in its next clause.)
        changed = (
            CHANGE_ASKED.search(ask.text)
            or CHANGE_ASKED.search(scope.query.text)
            or YEAR_BEFORE_BESIDE.search(scope.query.text)
            or (town and base_period(best.passage.period[:4]) in written_years(scope.query.text))
        )
        end = with_result(best, bool(changed))
        if end - best.start > MAX_FIGURE_ANSWER:
            end = min(best.end, best.start + MAX_FIGURE_ANSWER)
        weak = best.coverage < WEAK_COVERAGE and not head_stated(best, ask)
        return Piece([(best.passage, best.start, end)], weak=weak, coverage=best.coverage)
    # "在哪里/是谁/什么时候": the answer is the part of the sentence the question lacks.
    piece = _open_piece(best, ask, passages, scope)
    if _names_asked_of_count(ask) and not _names_many(piece):
        return None  # "首批5个国家公园是哪5个" is not answered by "设立首批5个国家公园"
    # "第二汽车制造厂计划建在哪个城市": a sentence naming no place does not answer it.
    if _PLACE_ASK.search(ask.text) and not _names_place(piece, ask):
        return None
    # "争创5A景区最后评上了吗": a sentence telling only the striving does not say it succeeded.
    outcome = (ask.shape is Shape.YESNO and _OUTCOME_ASK.search(ask.text)) or _OUTCOME_HOW.search(
        ask.text
    )
    if outcome and not _told_outcome(piece):
        return None
    # "这个制度是从哪天开始实行的": a sentence that gives no date does not answer it.
    if town and _DATE_ASK.search(ask.text) and not _names_date(piece):
        return None
    # "申办的是哪一年的奥运会": nor does one naming no year answer a year asked.
    if YEAR_ASK.search(ask.text) and not _names_date(piece):
        return None
    # "第一艘航母叫什么名字": a thing's name is given as one (“辽宁舰”, 神舟五号), else unsaid.
    if (
        _THING_NAME_ASK.search(ask.text)
        and not asks_person(ask.text)
        and not _names_thing(piece, normalize(ask.text))
    ):
        return None
    # "镇党委书记是谁": a sentence that names no one does not answer it.
    if not (town and asks_person(ask.text)):
        return piece
    return piece if _names_someone(piece) and not _deputy_only(piece, ask) else None


_THING_NAME_ASK = re.compile(r"叫什么|名字|名称|叫啥")
_THING_NAMED = re.compile(
    r"[“《「][^”》」]{1,20}[”》」]|[\u4e00-\u9fff]{2,8}[一二三四五六七八九十\d]+号"
)


# "国务院决定成立国家行政学院": a body named by what it is, a name the question does not have.
_BODY_NAMED = re.compile(
    r"[\u4e00-\u9fff]{2,10}(?:学院|大学|工程院|科学院|研究院|研究所|银行|公司|委员会|基金会|集团)"
)


def _names_thing(piece: Piece, question: str = "") -> bool:
    """Whether a quoted span gives a thing's name: quoted, numbered (神舟五号), or a body's."""
    return any(
        _THING_NAMED.search(text)
        or any(m.group(0)[-4:] not in question for m in _BODY_NAMED.finditer(text))
        for text in (p.text[s:e] for p, s, e in piece.quotes)
    )


# Titles a question may ask the holder of; 副 before one names the deputy.
_TITLE = re.compile(
    r"(?<!副)(主任|书记|镇长|乡长|县长|市长|省长|局长|部长|总理|主席|委员长|所长|站长|队长)"
)


# "设立了首批5个国家公园，具体是哪5个/分别叫什么": the names of things the question counts.
# (Not a time or place asked of them: "八项原则是周总理哪一年提出来的".)
_COUNTED_NAMES_ASK = re.compile(
    r"(?:\d+|[两二三四五六七八九十]+)\s*[个项家所座条名位处].{0,20}"
    r"(?:哪(?!一?年|天|月|里|儿)|什么(?!时候)|叫啥|是啥)"
)
_LISTING = re.compile(r"[、：:和]|一是|[，,]即")


NEAR_SLACK = 0.15


@dataclass(frozen=True)
class Told:
    """What the earlier parts of a question were answered with: their sentences, quotes, units."""

    sentences: frozenset[tuple[str, int]] = frozenset()
    quotes: tuple[tuple[str, int, int], ...] = ()
    units: frozenset[str] = frozenset()

    def new_figure(self, window: Window, unit: str) -> bool:
        """Whether the window gives a figure in the unit that no earlier part was answered with."""
        fitting = [found for f, found, _ in figure_places(window) if unit_fits(unit, f.unit)]
        if unit not in self.units:
            return bool(fitting)
        base = window.passage.start + window.start
        return any(
            not any(
                doc == window.passage.doc_id and start <= base + found < end
                for doc, start, end in self.quotes
            )
            for found in fitting
        )


def _sentence_key(passage: Passage, at: int) -> tuple[str, int]:
    """A sentence of a report by where it starts in the report."""
    text = passage.text
    stop = max(text.rfind("。", 0, at), text.rfind("\n", 0, at), text.rfind("；", 0, at))
    return passage.doc_id, passage.start + stop + 1


def _told(pieces: list[Piece | None], asks: list[Ask]) -> Told:
    done = [(piece, ask) for piece, ask in zip(pieces, asks, strict=False) if piece is not None]
    return Told(
        frozenset(_sentence_key(p, start) for piece, _ in done for p, start, _ in piece.quotes),
        tuple(
            (p.doc_id, p.start + start, p.start + end)
            for piece, _ in done
            for p, start, end in piece.quotes
        ),
        frozenset(ask.unit for _, ask in done),
    )


def _nearby_first(ranked: list[Window], ask: Ask, told: Told) -> list[Window]:
    """ "全年基本建成432万套？新开工多少套": the parts of one question are told side by side.
    A window in the sentence that answered an earlier part goes first when it matches the
    question nearly as well as the best and gives a new figure in the asked unit."""
    if not told.sentences or not ranked:
        return ranked
    top = ranked[0]
    if _sentence_key(top.passage, top.start) in told.sentences and told.new_figure(top, ask.unit):
        return ranked  # told side by side already
    for window in ranked:
        if window.coverage < top.coverage - NEAR_SLACK:
            break
        if _sentence_key(window.passage, window.start) in told.sentences and told.new_figure(
            window, ask.unit
        ):
            return [window, *(w for w in ranked if w is not window)]
    return ranked


def _names_asked_of_count(ask: Ask) -> bool:
    """Whether the question gives a count and asks what the counted things are."""
    return bool(_COUNTED_NAMES_ASK.search(normalize(ask.text)))


def _names_many(piece: Piece) -> bool:
    """Whether a quoted span lists things (A、B和C; 一是…), as names of several things must be."""
    return any(_LISTING.search(p.text[s:e]) for p, s, e in piece.quotes)


def _deputy_only(piece: Piece, ask: Ask) -> bool:
    """ "国家计委主任是谁" is not answered by "国家计委副主任李人俊": the title only as deputy."""
    quoted = "".join(p.text[s:e] for p, s, e in piece.quotes)
    titles = {m.group(1) for m in _TITLE.finditer(ask.text)}
    return any(f"副{t}" in quoted and t not in quoted.replace(f"副{t}", "") for t in titles)


_PLACE_ASK = re.compile(
    r"哪个(?:城市|省|市|县|地方|地区)|哪座城市|哪些(?:城市|省份|省|地区)|在哪里|在哪儿|建在哪"
)
_PLACE_NAMED = re.compile(
    r"[\u4e00-\u9fff](?:省|市|县|州|自治区|地区)(?![场民委长政级区内])"
    # "在新德里召开的…会议": where a meeting was held, named as it is held there.
    r"|在(?!我国|全国|国内|各地|本国|当地|这里|那里|京外)[\u4e00-\u9fff]{2,5}(?:召开|举行|举办|开幕|闭幕|的?会晤|的?会谈|的?会见)"
)


# Places every report names, which tell no place asked.
# (Nor do the world's regions, which name no city: 首届东亚运动会.)
_EVERYWHERE = frozenset(
    {"中国", "我国", "全国", "国内", "国外", "世界", "全球", "各地", "中华"}
    | {"亚洲", "欧洲", "非洲", "美洲", "东亚", "东南亚", "南亚", "中东", "拉美", "亚太", "东欧"}
)


def _names_place(piece: Piece, ask: Ask | None = None) -> bool:
    """Whether a quoted span names a place (for 哪个城市/在哪里 questions): a province, a word
    ending like one (…市, …县), or a place name as jieba tags it in a clause naming a word of
    the question (“中国’99昆明世界园艺博览会”; not 苏联 in an aside on another factory)."""
    return any(
        _PLACE_NAMED.search(text)
        or any(name in text for name in PROVINCES)
        or (ask is not None and any(_tags_place(clause, ask) for clause in _CLAUSES.split(text)))
        for text in (p.text[s:e] for p, s, e in piece.quotes)
    )


_CLAUSES = re.compile(r"[，,；;。（）()]")


def _tags_place(clause: str, ask: Ask) -> bool:
    folded = normalize(clause).lower()
    return any(
        tag == "ns" and len(word) >= 2 and word not in _EVERYWHERE for word, tag in pos_tags(clause)
    ) and any(g.weight >= 1.0 and match(g, folded) >= HEAD_MATCH for g in ask.groups)


# Whether an aim was reached; a sentence striving for it (争创, 申报, 力争) does not say.
_OUTCOME_ASK = re.compile(
    r"(?:评上|评为|选上|获批|批下来|创成|创建成功|成功|通过|拿到|达标|验收)了?吗"
)
_OUTCOME_HOW = re.compile(r"(?:结果|最后|最终)(?:怎么样|怎样|如何)|成没成|评没评上|批没批")
_OUTCOME_TOLD = re.compile(r"成功|获评|获批|荣获|评为|被评|通过|授予|命名|入选|获得|已")


def _told_outcome(piece: Piece) -> bool:
    """Whether a quoted span tells an outcome (获评, 通过验收), not only the striving."""
    return any(_OUTCOME_TOLD.search(p.text[s:e]) for p, s, e in piece.quotes)


_DATE_ASK = re.compile(r"哪天|哪一天|几月几[号日]|哪个月|哪一?月份|什么日子|什么时候|何时|哪年哪月")
_DATE_NAMED = re.compile(
    r"\d+\s*[年月日号]|\d{4}-\d{1,2}-\d{1,2}|[〇○零一二三四五六七八九十]+[年月日号]|月底|年底|年初|年内|上旬|中旬|下旬|"
    r"季度|世纪|年代|今年|明年"
)


def _names_date(piece: Piece) -> bool:
    """Whether a quoted span gives a date or time (for 哪天/什么时候 questions)."""
    return any(_DATE_NAMED.search(p.text[s:e]) for p, s, e in piece.quotes)


def _names_asked_kind(window: Window, ask: Ask) -> bool:
    """Whether the window's sentence, or one next to it (which the answer may take in), names the
    kind of thing an open question asks for (a place, a date, a thing's name)."""
    full = window.passage.text
    start, end = window.sentence
    before = full[:start].rstrip()
    start = max(before.rfind(stop, 0, max(0, len(before) - 1)) for stop in _STOPS) + 1
    ends = [i for i in (full.find(stop, end + 1) for stop in _STOPS) if i >= 0]
    end = min(ends, default=len(full))
    piece = Piece([(window.passage, start, end)])
    if _PLACE_ASK.search(ask.text):
        return _names_place(piece, ask)
    if _DATE_ASK.search(ask.text):
        return _names_date(piece)
    if _THING_NAME_ASK.search(ask.text) and not asks_person(ask.text):
        return _names_thing(piece, normalize(ask.text))
    # (A person asked is checked on the answer only: too many phrases read as a name to choose
    # the sentence by one.)
    return True


def _names_someone(piece: Piece) -> bool:
    """Whether a quoted span names a person (for 是谁/哪几位 questions)."""
    return any(names_person(p.text[s:e]) for p, s, e in piece.quotes)


def _as_asked(window: Window, ask: Ask, scope: Scope, passages: list[Passage]) -> bool:
    """Whether the window's figure has the tense, rate and year the question asks."""
    return (
        not result_not_yet_known(ask, scope.period, scope.reports)
        and not told_before_the_year(window, ask)
        and not wrong_tense(window, ask)
        and not other_rate(window, ask)
        and not kinds_for_amount(window, ask)
        and not part_of_country_for_whole(window, ask)
        and not part_for_total(window, ask)
        and not ratio_for_amount(window, ask)
        and not total_for_each(window, ask)
        and not total_for_part(window, ask)
        and (
            names_distant(window, scope.distant & ask.years, passages)
            or span_to_report(window, ask.years)
        )
        and (not ask.year or names_distant(window, {ask.year}, passages))
        # "…八项原则是周总理哪一年提出来的": the year asked is what the sentence tells.
        and (
            YEAR_ASK.search(ask.text) is not None
            or not (
                told_of_another_year(window, ask, scope.period, scope.reports, passages)
                or only_other_years_told(window, ask)
                or clause_of_another_year(window, ask)
            )
        )
        and not change_for_level(window, ask)
        and not told_before_the_event(window, ask)
        and not level_for_rate(window, ask)
        and not change_of_another(window, ask)
        and not change_of_whole(window, ask)
        and not opposite_act(window, ask)
        and not former_for_now(window, ask)
        and not loss_for_level(window, ask)
        and not other_currency(window, ask)
        and not other_part_of_year(window, ask)
        and not yuan_for_sum(window, ask)
        and not plan_unnamed(window, ask)
        and not route_unnamed(window, ask)
        and not act_done_to_unsaid(window, ask)
        and not named_other(window, ask)
        and not other_kind_of_head(window, ask)
        and not measure_of_another_thing(window, ask)
        and not lone_thing_unnamed(window, ask)
        and not instance_unnamed(window, ask)
        and not other_trade(window, ask)
        and not stock_for_addition(window, ask)
        and not addition_for_stock(window, ask)
        and not figure_given(window, ask)
        and not other_purpose(window, ask)
        and not output_for_money_or_people(window, ask)
        and not quantity_for_value(window, ask)
        and not plan_section_for_result(window, ask)
        and not next_years_plan(window, ask)
        and not part_before_total(window, ask)
        and not level_for_change(window, ask)
        and not capacity_for_output(window, ask)
        and not measured_thing_unnamed(window, ask)
        and not measure_unsaid(window, ask)
        and not joint_kind(window, ask)
        and not whole_year_for_part(window, ask)
        and not budget_for_done(window, ask)
        and not next_years_paragraph(window, ask)
        and not fine_for_value(window, ask)
        and not average_for_point(window, ask)
        and not rate_for_total(window, ask)
        and not difference_for_amount(window, ask)
        and not point_for_average(window, ask)
        # The year's own report, when the next one reviews the year: its targets are no result;
        # the next one's targets are its own year's; its results are no target.
        and not (scope.reviewed_later and target_for_result(window, ask))
        # ("一九五九年每人收入八十五元左右" in the next report is a result, told roughly.)
        and not (scope.next_year and target_for_result(window, ask, about_is_target=False))
        and not (scope.next_year and result_for_plan(window, ask))
        and not bound_for_exact(window, ask)
        and not several_years(window, ask)
        and not one_year_for_span(window, ask)
        and not other_comparison(window, ask)
        and not figure_of_another(window, ask)
        and not measure_of_another(window, ask)
        and not actual_told_apart(window, ask)
        and not result_for_year_plan(window, ask)
        and (not scope.last_resort or _tells_the_year(window, scope.require[0]))
        # Read a few years later only where it names the year, it must name the thing too
        # ("2005年人均国内生产总值" is not "2005年人均期望寿命达到73岁").
        and (not scope.last_resort or _thing_head_seen(window, ask) or not _thing_heads(ask))
        and not _tells_another_scopes_year(window, scope)
        and not quoted_unsaid(window, ask)
        and not part_unsaid(window, ask)
        and not entity_unnamed(window, ask)
        and not counted_jointly(window, ask)
        and not other_half_year(window, ask)
        and not other_quarter(window, ask)
        and not member_of_a_group(window, ask)
        and not bare_measure_of_another(window, ask)
        and not size_for_progress(window, ask)
        and not (_base_report(scope, window.passage.period) and base_unsaid(window, ask))
    )


def _tells_another_scopes_year(window: Window, scope: Scope) -> bool:
    """Years side by side: the figure's sentence, up to the figure, tells only years another
    scope asks ("一九八二年和一九八三年…分别是多少" is not answered for 1983 by the 1983 report's
    "一九八二年全国农民平均每人的纯收入达到二百七十元")."""
    told = told_years(window.passage.text[window.sentence[0] : window.end])
    # (A later year named, 到一九八五年, is a plan's target: the tense checks weigh it.)
    earlier = all(y < scope.period[:4] for y in told)
    return bool(scope.others) and bool(told) and told <= scope.others and earlier


def _tells_the_year(window: Window, year: str) -> bool:
    """A later report read for an earlier year: the figure's sentence, up to the figure, names
    that year as its own when it names one (一九五八年…比一九五七年的… tells 1958)."""
    text = window.passage.text
    told = told_years(text[window.sentence[0] : window.end])
    return not told or year in told


def _elsewhere(scope: Scope, window: Window) -> str:
    """The window's whole report, folded, when known: a thing it names elsewhere but not here
    is another figure's (烟花爆竹专项整治 against 燃气安全整治's 一般隐患16起)."""
    return scope.report_words(window.passage.doc_id) if scope.report_words else ""


_TENSE_NAMED = re.compile(r"实际|最终|最后|计划|目标|原定|预定")


def _same_sentence(window: Window, other: Window) -> bool:
    return window.passage.chunk_id == other.passage.chunk_id and window.sentence == other.sentence


def _widens(window: Window, other: Window) -> bool:
    """Whether a window holds another of the same sentence and runs on past it."""
    return _same_sentence(window, other) and window.start <= other.start and window.end > other.end


def _placed_window(
    ranked: list[Window],
    passages: list[Passage],
    ask: Ask,
    scope: Scope,
    least: float,
    wrong: tuple[Window, list[TermGroup]] | None = None,
    like: Window | None = None,
) -> Window | None:
    """The best window counting the asked thing as asked, matching at least `least` of the
    question (残疾人两项补贴 is no stand-in for 高龄补贴). A clause of the best window's sentence
    naming the things that window counted wrongly (`wrong`) need not match as much: "…规定，五年
    内全民所有制单位基本建设投资总规模为五千亿元…；更新改造投资二千七百六十亿元" leaves the
    sentence's opening words to the first clause."""
    held_apart = [g for g in wrong[1] if _a_thing(g)] if wrong else []
    for window in ranked[:MISPLACED_TRIES]:
        if not enough(window, ask):
            continue
        if window.coverage < least and not (wrong and _names_what_was_wrong(window, *wrong, least)):
            continue
        if ask.unit and not any(
            unit_fits(ask.unit, f.unit) or f.unit in _BARE for f in window.figures
        ):
            continue  # "专业技术人才有多少人" is not answered by "等6类人才信息库"
        # The best match was the wrong figure: another must name the asked thing itself, or
        # name it as the best match did, when that one counted the right thing at the wrong time
        # (a plan for next year: "新（改）建农村户用卫生厕所200户" for 农村改厕).
        if not (
            (head_stated(window, ask) or (like and _heads_as_in(window, like, ask)))
            and _names_a_thing(window, ask)
        ):
            continue
        misplaced_here = _misplaced(window, ask, passages, scope)
        # In a township report, a stand-in names some word of the question that better matches
        # held apart from their figures: "早稻种植面积", which "其中中稻种植面积1.58万亩" did not
        # answer, is no "全镇中药材种植面积达到5800亩".
        sentence = normalize(sentence_text(window)).lower()
        named = (
            window.passage.town in ("", NATIONAL)  # (a long report's near sentences: not there)
            or not held_apart
            or any(match(g, sentence) >= HEAD_MATCH for g in held_apart)
        )
        if named and not misplaced_here and _as_asked(window, ask, scope, passages):
            return window
        held_apart += [g for g in misplaced_here if g not in held_apart and _a_thing(g)]
    return None


def _heads_as_in(window: Window, like: Window, ask: Ask) -> bool:
    """Whether the window's sentence names each counted thing as well as `like`'s does, which
    matched the question in full."""
    if like.coverage < FULL_MATCH or window.coverage < like.coverage - REPLACEMENT_SLACK:
        return False
    # (A township report's other sentence: not a clause of the same one, nor a national report's
    # long sentence, where the counted thing named anywhere says little.)
    if window.passage.town in ("", NATIONAL) or _same_sentence(window, like):
        return False
    heads = [g for g in ask.groups if g.head]
    sentence, other = sentence_text(window), sentence_text(like)
    return bool(heads) and all(
        match(g, sentence) >= max(HEAD_MATCH, match(g, other)) for g in heads
    )


def _a_thing(group: TermGroup) -> bool:
    """A word naming a thing of the question's own (not a setting, a tense, an act, a character
    or a light word)."""
    return (
        not group.setting
        and group.weight >= STAND_IN_WEIGHT
        and ends_on_a_noun(group.label)
        and not _TENSE_NAMED.search(group.label)
    )


def _unnamed(window: Window, ask: Ask) -> bool:
    """Whether the sentence leaves the thing asked unnamed, so that its figure counts another:
    it names none of the question's words, nor even part of the counted thing (国家外汇储备…1547
    亿美元 after a sentence on 外商直接投资 without a figure), nor the things or kind the question
    names."""
    return (
        (len(window.missing) == len(ask.groups) and not head_seen(window, ask))
        or things_unnamed(window, ask)
        or kind_unsaid(window, ask)
    )


def _names_what_was_wrong(
    window: Window, first: Window, wrong: list[TermGroup], least: float
) -> bool:
    """Whether the window names every thing the first window counted wrongly, in that window's
    sentence (each named in the question itself), or elsewhere matching the question nearly as
    well as a stand-in must (…学生总数达到三百五十一万人 for 小学生: …小学生有三百一十九万人)."""
    text = normalize(window.text).lower()
    if not wrong or not all(match(g, text) >= HEAD_MATCH for g in wrong):
        return False
    if window.coverage >= least - REPLACEMENT_SLACK and all(len(g.label) >= 2 for g in wrong):
        return True  # (not 钢, which 轧钢厂 names too)
    # (The same sentence, its ；-parts read apart.)
    lo = min(window.sentence[0], first.sentence[0])
    hi = max(window.sentence[1], first.sentence[1])
    between = window.passage.text[lo : hi - 1]
    return (
        window.passage.chunk_id == first.passage.chunk_id
        and "。" not in between
        and "\n" not in between
        and all(g.position >= 0 for g in wrong)
    )


STAND_IN_WEIGHT = 0.5  # the least weight of a word a stand-in figure's sentence must name


def _names_a_thing(window: Window, ask: Ask) -> bool:
    """Whether the window's sentence names one of the question's words of weight, when it has
    any: a stand-in for 居民消费价格 is no "财政收入6.13万亿元，增长19.5%"."""
    things = [g for g in ask.groups if not g.setting and g.weight >= STAND_IN_WEIGHT]
    sentence = sentence_text(window)
    return (
        not things
        or any(match(g, sentence) >= HEAD_MATCH for g in things)
        # "…要把全年商品零售物价上涨幅度控制在百分之十以内。…，涨幅仍然高达百分之二十一点七"
        or told_just_before(window, things)
    )


def _misplaced(window: Window, ask: Ask, passages: list[Passage], scope: Scope) -> list[TermGroup]:
    """The question's things the window does not count; for an open question, not those its
    paragraph names before it ("推进农村税费制度改革，…。…。要在总结安徽省试点经验的基础上…")."""
    out = misplaced(window, ask, passages, _elsewhere(scope, window))
    if ask.shape is Shape.FIGURE or not out:
        return out
    text = window.passage.text
    before = normalize(text[text.rfind("\n", 0, window.sentence[0]) + 1 : window.sentence[0]])
    return [g for g in out if match(g, before.lower()) < 0.9]


def _trust_needed(window: Window, ask: Ask) -> float:
    """Less of the wording is needed when the figure is counted in the asked, telling unit."""
    telling = ask.unit not in COMMON_UNITS and any(f.unit == ask.unit for f in window.figures)
    return TRUST_COVERAGE if telling else TRUST_COVERAGE_COMMON


def _named_many_ways(ask: Ask) -> bool:
    """Whether the counted thing has other names in the thesaurus."""
    return any(g.head and len(g.variants) > 1 for g in ask.groups)


def _trusted_window(ranked: list[Window], passages: list[Passage], ask: Ask) -> Window | None:
    """A paraphrase: the top passages' clause giving a figure in the asked unit (多少户 -> 户)."""
    if ask.shape is not Shape.FIGURE or not ask.unit:
        return None
    top = {p.chunk_id for p in passages[:TRUST_TOP]}
    trusted = [
        w
        for w in ranked
        if w.passage.chunk_id in top
        # Its own unit: "签了多少项目" is no paraphrase of "宣传资料2000余份…整改4处".
        and any(
            unit_fits(ask.unit, f.unit, loose=False)
            # "出境旅游人次由8300万增加到1亿3千多万": the unit written before bare numbers.
            or (f.unit in _BARE and ask.unit in w.text)
            for f in w.figures
        )
        and w.coverage >= _trust_needed(w, ask)
        # 多少个 fits any count: then the counted thing itself must be at least partly there.
        and (ask.unit != "个" or head_seen(w, ask))
        # A share asked loosely is no growth (农业投资占总投资的比重 is not 农业总产值每年要增长
        # 百分之四到五).
        and not (_SHARE_ASKED.search(ask.text) and _growth_only(w))
        # A thing with known other names (外汇储备, 外汇家底) is named by one of them.
        and (head_seen(w, ask) or not _named_many_ways(ask))
        # "接待了多少游客": people counted by their name, not by 多少人, are named there.
        and (head_seen(w, ask) or _unit_written(ask))
        # Some word of the question is there as asked, not only an everyday synonym of one
        # (货物进出口总额 is not answered by 收购存量商品房…专项债券4.4万亿元).
        and (_own_word_seen(w, ask) or _thing_head_seen(w, ask))
        # "月工资超过多少钱才要交个人所得税" is not answered by "…种田交税…超过1335亿元": the
        # thing asked, in the report's own word, is named elsewhere in that report, not here.
        and not _head_named_elsewhere(w, ask, passages)
        and not kind_unsaid(w, ask)
        # "物价涨幅控制在多少以内" is not answered by last year's "…总水平上升０．７％": a
        # question in a plan's words is answered loosely only by a plan.
        and (not _PLAN_ASKED.search(ask.text) or reads_as_plan(sentence_text(w)))
        # Nor, in a town's report, a question asking no plan by the plan's loose match ("新招进
        # 来多少户商家" is not "…力争南门老街入驻商户突破250户").
        and (plan_asked(ask) or w.passage.town in ("", NATIONAL) or not _planned_clause(w))
    ]
    return trusted[0] if trusted else None


_SHARE_ASKED = re.compile(r"比重|比例|占比|份额|所占|占了?(?:百分之)?多少")
_GROWTH_BEFORE = re.compile(r"(?:增长|增加|提高|下降|降低|减少|上升|回落|增)(?:了|到|为)?$")


def _growth_only(window: Window) -> bool:
    """Whether every rate the window gives is a growth or fall (…每年要增长百分之四到五)."""
    text = normalize(window.text)
    rates = [(f, s) for f, s, _ in figure_places(window) if f.unit in ("%", "‰")]
    return bool(rates) and all(_GROWTH_BEFORE.search(text[:s]) for _, s in rates)


# A question in a plan's own words (not 今年, which may ask what was done this year).
_PLAN_ASKED = re.compile(rf"控制在|以内|目标|预期(?!寿命)|指标|力争|争取|打算|(?<!有){PLAN_WORD}")


def _head_named_elsewhere(
    window: Window, ask: Ask, passages: list[Passage], *, same_passage: bool = False
) -> bool:
    """Whether a head naming a thing, as the question writes it, is missing from the window's
    sentence but named in another passage of the same report (or, `same_passage`, anywhere in
    the report outside the sentence)."""
    sentence = sentence_text(window)
    missing = [
        g
        for g in _thing_heads(ask)
        if len(g.label) >= 3  # a term (个人所得税), not an everyday word (涨价, 以内)
        and not any(v in sentence for v in g.variants)
    ]
    return any(
        g.label in normalize(p.text).lower()
        for p in passages
        if missing
        and p.doc_id == window.passage.doc_id
        and (same_passage or p.chunk_id != window.passage.chunk_id)
        for g in missing
    )


# Heads of one character that every count or sum has (多少人, 多少钱): they tell no thing.
_ANY_COUNT = frozenset("人个户家名项次元钱金")


def _thing_heads(ask: Ask) -> list[TermGroup]:
    """The heads that name a thing (失业, 权), not a count's every-day word (人, 金)."""
    return [g for g in ask.groups if g.head and (len(g.label) >= 2 or g.label not in _ANY_COUNT)]


def _thing_head_seen(window: Window, ask: Ask) -> bool:
    """Whether a head naming a thing is at least partly in the sentence."""
    heads = _thing_heads(ask)
    return bool(heads) and head_seen(window, replace(ask, groups=heads))


def _own_word_seen(window: Window, ask: Ask) -> bool:
    """Whether the window holds a word of the question, or of the thesaurus for one."""
    text = normalize(window.text).lower()
    return any(
        v in text
        for g in ask.groups
        if not g.setting
        for v in g.variants
        if v not in g.borrowed and len(v) >= 2
    )


def _unit_written(ask: Ask) -> bool:
    """Whether the question writes its unit (多少人, 几户, 百分之几), not only names what it
    counts (多少游客)."""
    return ask.unit in ("元", "%") or bool(
        re.search(rf"(?:多少|几)\s*(?:万|亿)?\s*{re.escape(ask.unit)}", ask.text)
    )


def _matches_less(sentence: Window, best: Window, ask: Ask) -> bool:
    """Whether the sentence sharing the most rare bigrams matches the question's words clearly
    less than a report's best window does: words found by their other names (诺奖 in 诺贝尔…奖,
    航天 in 神舟十号) share no bigram, and the window's own sentence answers."""
    if not best.passage.town:
        return False
    inside = [
        w.coverage for w in windows(sentence.passage, ask, set()) if w.sentence == sentence.sentence
    ]
    return max(inside, default=0.0) < best.coverage - OWN_SENTENCE_MARGIN


OWN_SENTENCE_MARGIN = 0.15  # how much closer the window must match to keep its own sentence


def _open_piece(best: Window, ask: Ask, passages: list[Passage], scope: Scope) -> Piece:
    """The sentence sharing the question's rarest words, with its neighbour when room allows."""
    if COMPARE_ASK.search(ask.text) or scope.require:
        # A comparison wants the one figure per report, side by side, not its surroundings;
        # a required period word holds only for the window that was checked for it.
        start, end = widen(best, MAX_CLAUSE_ANSWER)
        return Piece([(best.passage, start, end)])
    same = [p for p in passages if p.doc_id == best.passage.doc_id]
    sentence = best_sentence(same, ask)
    if (
        sentence is not None
        and not _matches_less(sentence, best, ask)
        # (哪个省: a sentence naming none is no answer, in a town's report)
        and (not sentence.passage.town or _names_asked_kind(sentence, ask))
    ):
        best = sentence
    start, end = with_stop(best.passage.text, *open_span(best, MAX_OPEN_ANSWER, ask))
    return Piece([(best.passage, start, end)])


def _list_piece(
    passages: list[Passage], ask: Ask, scope: Scope, years: set[str], retrieve: Retrieve
) -> Piece | None:
    """Items of a list: the enumeration under the best heading or intro, else the best clauses."""
    if not ask.groups:
        return None
    ranked = [
        w
        for w in candidates(passages, ask, years)
        if _meets(w, scope, passages) and not told_as_unwanted(w, ask)
    ]
    best = ranked[0] if ranked else None
    villages = _village_items(ranked, ask)
    if villages is not None:
        return villages
    # (A sentence counting its own items, "西南、…、东北六个大区", before a run naming their kind:
    # "“白马云雾茶”“竹山笋干”“桂花土蜂蜜”3个农产品" before "茶叶、笋干…等农产品".)
    counted = _counted_run(ranked, ask)
    if counted is not None:
        return _sentence_piece(counted)
    kinds = _kind_items(ranked, ask)
    if kinds is not None:
        return kinds
    kinds = _kinds_of(ranked, ask)
    if kinds is not None:
        return kinds
    named = _named_run(ranked, ask)
    if named is not None:
        return _sentence_piece(named)
    anchor = _best_section(passages, ask, scope)
    following = _members_next(ranked, ask) if ranked else None
    if following is not None:
        return _sentence_piece(following)
    count = _asked_count(ask)
    listed = _listing_window(ranked, ask)
    if count is not None and listed is not None and _lists_other_total(listed, count):
        listed = None
    if listed is not None and (anchor is None or listed.coverage > anchor[0] + LISTING_MARGIN):
        # "载人航天、探月工程…等实现重大突破": the items are named in the best-matching sentence.
        return _sentence_piece(listed)
    items: list[Quote] | None = None  # the anchor section's enumeration, read once
    if anchor and anchor[0] >= 0.5 and (best is None or anchor[0] >= best.coverage - 0.3):
        items = _section_items(passages, retrieve, scope, anchor)
        if items and (count is None or len(items) == count or best is None):
            return Piece(items)
        # "哪三个" under a heading of eight items: the three are named in one sentence.
        inline = _inline_window(ranked, best, ask) if items and best is not None else None
        if inline is not None:
            return _sentence_piece(inline)
        if items:
            return Piece(items)
    if anchor and count is not None and anchor[0] >= MIN_COVERAGE:
        # "存在问题主要有哪三个方面" under 3、存在的问题及不足: a heading matching less well
        # still answers when it heads exactly as many items as asked.
        if items is None:
            items = _section_items(passages, retrieve, scope, anchor)
        if len(items) == count:
            return Piece(items)
    if best is None or best.coverage < MIN_COVERAGE:
        return None
    enumerated = _enumerated_sentence(best, passages)
    if enumerated is None and _sentence_end(best.passage.text, best.start) < 0:
        pool = _with_section(passages, retrieve, scope, best.passage.doc_id, best.passage.section)
        enumerated = _enumerated_sentence(best, pool)
    if enumerated is not None:
        return enumerated
    if is_intro(best):
        after = best.passage.start + first_item_at(best)
        doc_id, section = best.passage.doc_id, best.passage.section
        items = item_heads(passages, doc_id, after, section)
        if section and (not items or (count is not None and len(items) < count)):
            # "要突出抓好三个方面：一是…": the later items sit in passages not read yet.
            pool = _with_section(passages, retrieve, scope, doc_id, section)
            items = item_heads(pool, doc_id, after, section) or items
        if items:
            return Piece(items)
        colon = _after_colon(best)
        if colon is not None:
            return colon
    inline = _inline_window(ranked, best, ask)
    if inline is not None:
        return _sentence_piece(inline)
    if count is not None and _lists_fewer(best, count):
        return None  # "新设的7个自贸试验区" are not "新设广东、天津、福建自贸试验区"
    if not is_intro(best):
        # No headed enumeration to list from: the sentences around the match answer best.
        piece = _open_piece(best, ask, passages, scope)
        if _MEMBERS_ASK.search(ask.text) and not _names_many(piece):
            return None  # "第一批国家公园都是哪几个" is not told by "第一批国家公园正式设立"
        return piece
    picked: list[Window] = []
    for window in ranked:
        if window.coverage < max(MIN_COVERAGE, best.coverage - 0.25) or len(picked) >= 4:
            break
        if not any(overlaps(window, other) for other in picked):
            picked.append(window)
    picked.sort(key=lambda w: (w.passage.doc_id, w.passage.start + w.start))
    return Piece([(w.passage, w.start, w.end) for w in picked])


def _section_items(
    passages: list[Passage], retrieve: Retrieve, scope: Scope, anchor: tuple[float, str, str]
) -> list[Quote]:
    """The enumeration (一是… 二是…) under the anchor section, its passages fetched whole."""
    _, doc_id, section = anchor
    pool = _with_section(passages, retrieve, scope, doc_id, section)
    return item_heads(pool, doc_id, _section_start(pool, doc_id, section), section)


_COLON = re.compile(r"\s*[：:]")


def _after_colon(window: Window) -> Piece | None:
    """ "五个最大的煤矿企业…如下：抚顺矿务局所属煤矿为九百三十万吨，阜新…": the items follow the
    intro's colon in the same sentence."""
    text = window.passage.text
    colon = _COLON.match(text, window.end)
    if colon is None:
        return None
    stop = text.find("。", colon.end())
    end = stop if stop >= 0 else window.sentence[1]
    if end - colon.end() < 4:
        return None
    return Piece([(window.passage, window.start, end)])


def _asked_count(ask: Ask) -> int | None:
    """How many items the question says the answer names (哪三个, 四项指标是哪些), if it says."""
    m = _ASKED_COUNT.search(ask.text) or _COUNT_THEN_ASK.search(ask.text)
    if m is None:
        return None
    return _count_value(m.group(1))


# "哪几个村投入资金搞了民生实事": the items are villages, each named at the head of a clause.
# (Not "哪几条乡村旅游线路", "哪些农村设施": 乡村, 农村 are the countryside, 条 counts no villages.)
_WHICH_VILLAGES = re.compile(
    r"哪(?:些|几个|几)(?![条项件种类场次所家座位名])([\u4e00-\u9fff]{0,4}?)(?:(?<![乡农])村|行政村|社区)"
)
_VILLAGE_CLAUSE = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}(?:村|社区))[^，,；;。\n]{2,60}"
)


# Villages named in a run (分别是白沙社区、茶园村、龙潭村; 确定梅子垭村、双河村2个…村党组织).
# (The last may be joined by 和: "分别为竹坪村和牛溪村".)
_VILLAGE_RUN = re.compile(
    r"[\u4e00-\u9fff]{2}(?:村|社区)(?:(?:、|和|及|与)(?:(?!村)[\u4e00-\u9fff]){2,4}(?:村|社区))+"
)
_RUN_JOINS = re.compile(r"、|(?<=[村区])(?:和|及|与)")


def _village_run(
    text: str, start: int, end: int, kind: str = "", question: str = ""
) -> tuple[int, int] | None:
    """The clause of text[start:end] naming villages in a run, whole (its first name's start
    is not known apart from the words before it); counted, or called by `kind` (脱贫) after it."""
    # (Only a run the sentence counts, 分别是…3个 or …2个软弱涣散村党组织: "驻牛溪村，…驻统溪河村、
    # 白竹坡村" names two of four.)
    # (Of the kind asked, when one is: 12个行政村 counts no 脱贫村.)
    counted = r"([一二两三四五六七八九十\d]{1,3})个" + (f"(?={kind})" if kind else "")
    counts = {_count_value(c) for c in re.findall(counted, text[start:end])}
    for m in _VILLAGE_RUN.finditer(text, start, end):
        names = _RUN_JOINS.split(m.group())
        after = text[m.end() : m.end() + 12]
        called = bool(kind) and re.match(rf"(?:为|是|均为|都是|等)\S{{0,4}}?{kind}", after)
        # Or told by what the question says of them: "白果村、龙泉村、青龙村获评全县清廉村居示范点"
        # for "获评全县清廉村居示范点的是哪几个村".
        said = bool(question) and _says_as_asked(
            text[m.end() : _clause_end(text, m.end(), end)], question
        )
        if (len(names) in counts or called or said) and all(is_village(name) for name in names[1:]):
            begin, stop = _clause_of(text, start, end, m)
            # "由龙井坪村牵头，联合桐子坳村、…共同出资成立…": the village leading them is one too.
            led = _LED_BY.search(text, start, begin)
            return (led.start(1) if led and led.end() == begin else begin), stop
    # Bare names counted with their kind after them (在鼓楼、春晖、紫薇、玉带4个社区新建…).
    for m in _BARE_VILLAGE_RUN.finditer(text, start, end):
        if m.group(1).count("、") + 1 == _count_value(m.group(2)):
            return _clause_of(text, start, end, m)
    return None


_SHARE = r"[\u4e00-\u9fff]{2,4}?(?:村|社区)[\d.]+[\u4e00-\u9fff]{1,3}"
_VILLAGE_SHARES = re.compile(rf"(?:(?<=其中)|(?<=[，,：:]))(?:{_SHARE}、)+{_SHARE}")
_LED_BY = re.compile(r"由?([\u4e00-\u9fff]{2,4}(?:村|社区))牵头[，,]?(?:联合|带动)?")


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause running on from `at` ends (its ，/；/。), or `end`."""
    return min((i for i in (text.find(c, at, end) for c in "，,；;。") if i >= 0), default=end)


def _says_as_asked(told: str, question: str) -> bool:
    """Whether the words after a run share four characters running with the question."""
    told = normalize(told)
    return any(told[i : i + 4] in question for i in range(len(told) - 3))


def _names_village(piece: Piece) -> bool:
    """Whether a piece names a village, by its name or in a counted run (柳树湾、黄柏3个村)."""
    texts = [passage.text[start:end] for passage, start, end in piece.quotes]
    return any(
        _BARE_VILLAGE_RUN.search(text)
        or any(is_village(m.group(1)) for m in _VILLAGE_NAME.finditer(text))
        for text in texts
    )


_VILLAGE_NAME = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:村|社区))")


def _clause_of(text: str, start: int, end: int, m: re.Match[str]) -> tuple[int, int]:
    """The clause of text[start:end] holding a match, from the mark before it to the one after."""
    begin = max(text.rfind(mark, start, m.start()) for mark in "，,；;。：:\n") + 1
    stop = _clause_end(text, m.end(), end)
    return max(begin, start), stop


_BARE_VILLAGE_RUN = re.compile(
    r"([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)([一二两三四五六七八九十\d]{1,3})个(?:行政村|村|社区)"
)


def _village_items(ranked: list[Window], ask: Ask) -> Piece | None:
    """For "哪些村…": the clauses of the best-matching paragraph that each start with a village."""
    which = _WHICH_VILLAGES.search(ask.text)
    if not which:
        return None
    close = [w for w in ranked[:5] if w.coverage >= MIN_COVERAGE]
    # A run the sentence counts names them all (分别是白沙社区、茶园村、龙潭村), as does one the
    # sentence calls by the kind asked (…、鸭塘村、楠木冲村为脱贫村, for 哪几个脱贫村).
    for window in close:
        run = _village_run(
            window.passage.text, *window.sentence, kind=which.group(1), question=normalize(ask.text)
        )
        if run is not None:
            return Piece([(window.passage, *run)])
    # Else villages each with its share ("其中黄泥岗村1000亩、上湾村800亩、鸭鹅塘村700亩").
    for window in close:
        shares = _VILLAGE_SHARES.search(window.passage.text, *window.sentence)
        if shares:
            text, (start, end) = window.passage.text, window.sentence
            return Piece([(window.passage, *_clause_of(text, start, end, shares))])
    for window in close:
        text = window.passage.text
        start = text.rfind("\n", 0, window.start) + 1
        end = text.find("\n", window.end)
        end = len(text) if end < 0 else end
        found = [m for m in _VILLAGE_CLAUSE.finditer(text, start, end) if is_village(m.group(1))]
        quotes = [(window.passage, m.start(), m.end()) for m in found]
        names = {m.group(1) for m in found}
        if len(names) >= 2:
            return Piece(quotes)
    return None


# "发展哪些新兴业态": the kind the items are, named after the list ("农村电商、直播带货等新兴业态").
_WHICH_KIND = re.compile(r"哪(?:些|几[个种类项家条])([\u4e00-\u9fff]{2,12})")
LIST_TRIES = 20
_CLAUSE_END = re.compile(r"[，,。；;]")


# Kinds that say nothing of what the items are: "存在哪几个方面的问题" wants the problems.
_VAGUE_KINDS = frozenset(
    {
        *("方面", "方面的", "工作", "问题", "措施", "举措", "内容", "事情", "事"),
        *("地方", "东西", "情况", "做法", "成绩", "成效", "任务"),
    }
)


def _kind_items(ranked: list[Window], ask: Ask) -> Piece | None:
    """For "哪些X": a close match's run of items closed by 等X, the kind asked."""
    m = _WHICH_KIND.search(ask.text)
    # "开放的沿海港口城市有哪些": the kind may come before the ask word too.
    kinds = [m.group(1).rstrip("呢啊吗")] if m else []
    kinds += [k for k in _asked_things(ask) if k not in kinds]
    tails = [k[:n] for k in kinds for n in range(len(k), 1, -1)]  # 新兴业态 asked as 新兴业态呢
    runs = [
        re.compile(
            rf"([^，,。；;：:\n]{{2,60}}?、[^，,。；;：:\n]{{1,60}}?)等"
            rf"(?:[\d一二三四五六七八九十]+[个种类项家条批]|一系列)?"
            rf"(?:[^，,。；;、]{{1,10}}?的)?{re.escape(tail)}"  # 等一批具有战略意义的重大项目
        )
        for tail in tails
        if tail not in _VAGUE_KINDS
    ]
    for window in ranked[:8]:
        if window.coverage < MIN_COVERAGE:
            return None
        for pattern in runs:
            run = pattern.search(window.passage.text, *window.sentence)
            if run:
                return Piece([(window.passage, run.start(1), run.end())])
    return None


def _kinds_of(ranked: list[Window], ask: Ask) -> Piece | None:
    """For "淘汰了哪几类落后产能": a close match's run naming the kind after each item
    (淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨、焦炭产能1925万吨)."""
    m = _WHICH_KIND.search(ask.text)
    if not m:
        return None
    tail = m.group(1).rstrip("呢啊吗")[-2:]
    if tail in _VAGUE_KINDS:
        return None
    run = re.compile(rf"{tail}(?:[^，,。；;、]*?(?:、|和|及)[^，,。；;、]*?{tail})+")
    for window in ranked[:LIST_TRIES]:
        if window.coverage < MIN_COVERAGE:
            continue
        text = window.passage.text
        found = run.search(text, *window.sentence)
        if found:
            # The whole clause: items before the first naming the kind (粮食直补、良种补贴…),
            # figures after the last.
            start = max(text.rfind(c, 0, found.start()) for c in "，,。；;：:") + 1
            start = max(start, window.sentence[0])
            stop = _CLAUSE_END.search(text, found.end(), window.sentence[1])
            end = stop.start() if stop else window.sentence[1]
            if "、" not in text[start:end]:
                continue  # "良种补贴和农机具购置补贴": two of the items; others may be nearby
            quote = (window.passage, *trimmed(text, start, end))
            return Piece([quote], coverage=window.coverage)
    return None


def _listing_window(ranked: list[Window], ask: Ask) -> Window | None:
    """A close match whose own sentence names three or more 、-joined items, not the asked
    thing among its kinds (深入实施区域重大战略、区域协调发展战略…)."""
    heads = _asked_things(ask)
    # "新设的7个自贸试验区" is not listed by "新设广东、天津、福建自贸试验区".
    fewest = _asked_count(ask) or 0
    for window in ranked[:20]:
        if window.coverage < max(LISTING_COVERAGE, ranked[0].coverage - 0.1):
            break
        sentence = window.passage.text[window.sentence[0] : window.sentence[1]]
        if _item_count(sentence) < fewest:
            continue
        runs = [r for r in _INLINE_ITEMS.finditer(sentence) if r.group(0).count("、") >= 2]
        if any(not _names_itself(r.group(0), heads) for r in runs):
            return window
    return None


def _names_itself(run: str, heads: list[str]) -> bool:
    """Whether one of a run's items is the asked thing itself (区域重大战略、区域协调发展战略):
    the run lists its kind among others, not its members."""
    return any(
        item.endswith(h) and not _MEMBERS_BEFORE.search(item[: -len(h)])
        for item in run.split("、")
        for h in heads
        if len(h) >= 2
    )


# "…、有色金属三个国家控股公司", "…棉花产量一亿担的四项指标", "高速铁路等实现重大突破": the items
# before are its members.
_MEMBERS_BEFORE = re.compile(r"[的等]|[一二三四五六七八九十两几\d][个项大条种类家]")


_THING_BEFORE_ASK = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)(?:都|分别|主要|具体)?(?:有|是|包括|包含)?(?:哪些|哪几|什么)"
)
_THING_AFTER_ASK = re.compile(
    r"哪(?:些|几|[一二三四五六七八九十])(?:个|项|条|种|家|座|类|所|位|大|方面)?([\u4e00-\u9fff]{2,12})"
)


def _asked_things(ask: Ask) -> list[str]:
    """What a list question asks the members of, as written: its head's words, or the words
    right before or after the ask word (开放的沿海港口城市有哪些 → 沿海港口城市)."""
    things = [v for g in ask.groups if g.head for v in g.variants]
    for pattern in (_THING_BEFORE_ASK, _THING_AFTER_ASK):
        for found in pattern.finditer(ask.text):
            pieces = re.split(r"[的了在里中要将]", found.group(1))
            thing = pieces[-1].removesuffix("有").removesuffix("是")
            if len(thing) >= 2:
                things.append(thing)
            # "哪几个大区的经济体系": what is counted right after the ask word, too.
            if pattern is _THING_AFTER_ASK and len(pieces) > 1 and len(pieces[0]) >= 2:
                things.append(pieces[0])
    return things


def _members_next(ranked: list[Window], ask: Ask) -> Window | None:
    """ "区域重大战略有哪几个": a close match names it among its kind (深入实施区域重大战略、
    区域协调发展战略…); the next sentence of the paragraph names its members (扎实推动京津冀
    协同发展、长江经济带发展…)."""
    heads = _asked_things(ask)
    for best in ranked[:10]:
        if best.coverage < ranked[0].coverage - 0.15:
            break
        following = _members_after(best, heads)
        if following is not None:
            return following
    return None


def _members_after(best: Window, heads: list[str]) -> Window | None:
    """The paragraph's next sentence, when the window's runs of items only name the asked
    kind among its kinds and that next sentence names a run of items of its own."""
    text = best.passage.text
    sentence = text[best.sentence[0] : best.sentence[1]]
    runs = [r.group(0) for r in _INLINE_ITEMS.finditer(sentence) if r.group(0).count("、") >= 2]
    if not runs or not all(_names_itself(r, heads) for r in runs):
        return None
    start = best.sentence[1]
    while start < len(text) and text[start] in _STOPS:
        start += 1
    end = start
    while end < len(text) and text[end] not in _STOPS and text[end] != "\n":
        end += 1
    following = text[start:end]
    if not any(r.group(0).count("、") >= 2 for r in _INLINE_ITEMS.finditer(following)):
        return None
    return replace(best, start=start, end=end, sentence=(start, end))


def _sentence_piece(window: Window) -> Piece:
    """The whole sentence of a window, or as much around the window as fits."""
    start, end = trimmed(window.passage.text, *window.sentence)
    if end - start > MAX_OPEN_ANSWER:
        start, end = widen(window, MAX_CLAUSE_ANSWER)
    return Piece([(window.passage, start, end)])


_CN = "一二三四五六七八九十"
# Items numbered inside one sentence: "第一，…；第二，…", "一是…；二是…".
_NUMBERED = re.compile(r"(?:(?<=[，,；;：:\s])|^)(第?)([一二三四五六七八九十])(是|，|,|、)")


def _enumerated_sentence(window: Window, pool: list[Passage]) -> Piece | None:
    """ "…的条件来说，第一，…；第二，…；第三，…。": the numbered items of the matching sentence,
    from the first to the sentence's end (in the chunk after, from `pool`, if it runs on)."""
    passage, text = window.passage, window.passage.text
    at = window.sentence[0]
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    segments = [(passage, start, _sentence_end(text, window.start))]
    if segments[0][2] < 0:
        after = next(
            (
                p
                for p in pool
                if p.doc_id == passage.doc_id and 0 <= p.start - passage.end <= CHUNK_GAP
            ),
            None,
        )
        if after is None:
            return None
        segments = [(passage, start, len(text)), (after, 0, _sentence_end(after.text, 0))]
        if segments[1][2] < 0:
            return None
    marks = [(p, m) for p, a, b in segments for m in _NUMBERED.finditer(p.text, a, b)]
    numbers = [_CN.index(m.group(2)) for _, m in marks]
    styles = {(m.group(1), m.group(3).replace(",", "，")) for _, m in marks}
    if len(marks) < 2 or numbers != list(range(len(marks))) or len(styles) != 1:
        return None
    first_passage, first = marks[0]
    at_first = next(n for n, (p, _, _) in enumerate(segments) if p is first_passage)
    _, _, first_end = segments[at_first]
    quotes = [(first_passage, first.start(), first_end), *segments[at_first + 1 :]]
    return Piece([(p, *trimmed(p.text, a, b)) for p, a, b in quotes])


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence holding `start` ends (its 。 or the paragraph's end); -1 if it runs on
    past the chunk."""
    stops = [i for i in (text.find("。", start), text.find("\n", start)) if i >= 0]
    return min(stops) if stops else -1


def _inline_window(ranked: list[Window], best: Window, ask: Ask) -> Window | None:
    """A close match whose sentence names as many 、-joined items as the question asks for."""
    count = _asked_count(ask)
    if count is None:
        return None
    if best.passage.text[best.sentence[0] : best.sentence[1]].count("、") + 1 == count:
        return None  # the best match already lists them
    for window in ranked[:60]:
        if window.coverage < best.coverage - 0.3:
            continue
        sentence = window.passage.text[window.sentence[0] : window.sentence[1]]
        if any(run.group(0).count("、") + 1 == count for run in _INLINE_ITEMS.finditer(sentence)):
            return window
    return None


def _named_run(ranked: list[Window], ask: Ask) -> Window | None:
    """For "“三重审查”是哪三重": a close match whose sentence names the quoted name right after
    (or before) as many 、-joined items as asked (通过个人自查、负责人把关、领导审核“三重审查”)."""
    names = [v for g in ask.groups if g.quoted for v in g.variants]
    names = names or _QUOTED_NAME.findall(ask.text)  # (“1”: too short to be a term)
    count = _asked_count(ask)
    if not names or count is None:
        return None
    for window in ranked[:60]:
        sentence = window.passage.text[window.sentence[0] : window.sentence[1]]
        spans = [m.span() for name in names for m in re.finditer(_written_name(name), sentence)]
        # "实现了三个“1”，即策划“1”场助农直播，主办…": the counted name opening its items.
        if count <= len(_CN) and any(
            _CN[count - 1] in sentence[max(0, start - 3) : start]
            and _ITEMS_FOLLOW.match(sentence, end)
            for start, end in spans
        ):
            return window
        for run in _INLINE_ITEMS.finditer(sentence):
            if run.group(0).count("、") + 1 == count and any(
                abs(start - run.end()) <= NAMED_RUN_GAP or abs(run.start() - end) <= NAMED_RUN_GAP
                for start, end in spans
            ):
                return window
    return None


NAMED_RUN_GAP = 3


def _counted_run(ranked: list[Window], ask: Ask) -> Window | None:
    """For "分别采取哪三种管理办法": a close match whose sentence names as many items as asked
    right before their count and the asked thing (指令性计划、指导性计划和市场调节三种管理办法)."""
    count = _asked_count(ask)
    # (哪八个方面: a measure word, no thing the items are named as)
    # (四大特色产业 asked: the things are 特色产业, their count 四.)
    things = [_COUNT_LEAD.sub("", t) for t in _asked_things(ask)]
    things = [t for t in things if len(t) >= 2 and not t.startswith("方面")]
    if (count is not None and count > len(_CN)) or not things:
        return None
    # "哪几个大区": no count asked, the sentence's own ("西南、…、东北六个大区") is the items'.
    number = (
        rf"{_CN[count - 1]}|{count}" if count is not None else r"[一二两三四五六七八九十]|\d{1,2}"
    )
    counted = rf"({number})(?:个|项|条|种|大|类|方面)?"
    pattern = re.compile(counted + "(?:" + "|".join(map(re.escape, things)) + ")")
    # (With no count asked, only a sentence matching about as well as the best: "内蒙古、新疆、
    # 广西、宁夏四个自治区" does not answer which were 先后成立.)
    least = ranked[0].coverage - COUNTED_SLACK if ranked else 0.0
    for window in ranked[:20]:
        if window.coverage < least:
            continue
        sentence = window.passage.text[window.sentence[0] : window.sentence[1]]
        for m in pattern.finditer(sentence):
            lead = re.split(r"[，,；;：:。（(]", sentence[: m.start()])[-1]
            if "、" in lead and _item_count(lead) == _count_value(m.group(1)):
                return window
            # Quoted names side by side ("“白马云雾茶”“竹山笋干”“桂花土蜂蜜”3个农产品").
            quoted = _QUOTED_RUN.search(lead)
            if quoted and quoted.group().count("“") == _count_value(m.group(1)):
                return window
    return None


COUNTED_SLACK = 0.1
_QUOTED_RUN = re.compile(r"(?:“[^”“]{1,20}”[、和及]?){2,}$")
_COUNT_LEAD = re.compile(r"^[一二两三四五六七八九十\d]{1,3}(?:个|项|条|种|大|类)")


def _written_name(name: str) -> str:
    """A quoted name as a pattern; one character only within its quotes (“1”, not 1月)."""
    return re.escape(name) if len(name) >= 2 else rf"(?<=[“\"]){re.escape(name)}(?=[”\"])"


_QUOTED_NAME = re.compile(r"[“\"]([^”\"]{1,12})[”\"]")
_ITEMS_FOLLOW = re.compile(r"[”\"]?\s*[，,]?\s*(?:即|包括|分别是|：|:)")


def _lists_fewer(window: Window, count: int) -> bool:
    """Whether the window's sentence lists items, but fewer than asked for."""
    sentence = window.passage.text[window.sentence[0] : window.sentence[1]]
    # (No 、: its ，/；-clauses are the most items it lists, "十大钢铁基地，九大…" fewer than ten.)
    listed = _item_count(sentence) if "、" in sentence else len(re.split(r"[，,；;]", sentence))
    return listed < count or _lists_other_total(window, count)


def _lists_other_total(window: Window, count: int) -> bool:
    """ "开放大连、…、北海等十四个沿海港口城市" is no list of the 四个经济特区 asked: the sentence
    totals its items to another count."""
    sentence = window.passage.text[window.sentence[0] : window.sentence[1]]
    totals = [_count_value(m.group(1)) for m in _LIST_TOTAL.finditer(sentence)]
    return bool(totals) and count not in totals


_LIST_TOTAL = re.compile(rf"等({_ITEM_COUNT})(?:个|项|条|种|大|类|部|家|所|座)")


def _count_value(text: str) -> int | None:
    return int(text) if text.isdigit() else chinese_number(text)


def _item_count(text: str) -> int:
    """At most how many items a sentence lists: 、-joined, the last maybe after 和 (土地改革、
    抗美援朝、肃清反革命、三反五反和思想改造)."""
    return text.count("、") + len(re.findall(r"和|以及", text)) + 1


def _section_start(passages: list[Passage], doc_id: str, section: str) -> int:
    return min(
        (p.start for p in passages if p.doc_id == doc_id and p.section == section), default=0
    )


def _best_section(passages: list[Passage], ask: Ask, scope: Scope) -> tuple[float, str, str] | None:
    """The section whose heading and items best name what a list question asks about."""
    best: tuple[float, str, str] | None = None
    for doc_id, section in dict.fromkeys((p.doc_id, p.section) for p in passages if p.section):
        if not _names_required(section, scope):
            continue
        items = item_heads(passages, doc_id, _section_start(passages, doc_id, section), section)
        text = " ".join(p.text[s:e] for p, s, e in items)
        score = heading_coverage(ask, section, text) if items else 0.0
        if best is None or score > best[0]:
            best = (score, doc_id, section)
    return best


def _with_section(
    passages: list[Passage], retrieve: Retrieve, scope: Scope, doc_id: str, section: str
) -> list[Passage]:
    """The passages of one section, fetching more of it when the first retrieval missed some."""
    heading = section.split(" > ")[-1]
    more = retrieve(scope.query.model_copy(update={"text": heading}), LIST_K)
    seen = {p.chunk_id for p in passages}
    return passages + [p for p in more if p.chunk_id not in seen and p.doc_id == doc_id]


def _overview(passages: list[Passage], scope: Scope) -> Piece | None:
    """The top-level items of one report, for "主要做了哪些工作" with nothing more specific."""
    if not scope.period or len({p.doc_id for p in passages}) != 1:
        return None
    items = item_heads(passages, passages[0].doc_id, 0, None)
    return Piece(items) if items else None


def _answer_ask(
    passages: list[Passage],
    ask: Ask,
    scope: Scope,
    years: set[str],
    retrieve: Retrieve,
    told: Told | None = None,
) -> Piece | None:
    if not ask.groups:
        return _overview(passages, scope) if ask.shape in (Shape.LIST, Shape.OPEN) else None
    if ask.shape is Shape.LIST:
        piece = _list_piece(passages, ask, scope, years, retrieve)
        if piece is not None and all(next_years_section(p, ask) for p, _, _ in piece.quotes):
            # "2024年…在哪几个村实施": not the 2024 summary's plan for 2025.
            own = [p for p in passages if not next_years_section(p, ask)]
            piece = _list_piece(own, ask, scope, years, retrieve)
        # "首批5个国家公园分别是哪几个" is not answered by "第一批国家公园正式设立".
        if piece is not None and _names_asked_of_count(ask) and not _names_many(piece):
            return None
        # "是由哪几个村联合成立的" is not answered by a run of companies.
        if piece is not None and _WHICH_VILLAGES.search(ask.text) and not _names_village(piece):
            return None
        # "航天员是哪几位": items that name no one do not answer it.
        if piece is None or not asks_person(ask.text):
            return piece
        return piece if _names_someone(piece) else None
    return _figure_piece(passages, ask, scope, years, told)


def _answer_scope(
    passages: list[Passage],
    scope: Scope,
    mine: list[Ask],
    asks: list[Ask],
    retrieve: Retrieve,
    found: list[list[Passage]] | None = None,
) -> list[Piece | None]:
    """Each ask answered from one scope's passages (in the report's own words, if it has them);
    passages searched for one part alone are added to `found`."""
    years = _years(scope, asks)

    def answered(ask: Ask, passages: list[Passage]) -> Piece | None:
        if names_missing(ask, passages):
            return None
        read = focus(
            with_synonyms(past_tense(ask, scope.period, scope.reports), passages), passages
        )
        return _answer_ask(passages, read, scope, years, retrieve, told)

    pieces: list[Piece | None] = []
    wanted = _own_years(mine if len(mine) == len(asks) else asks, scope)
    for ask in wanted:
        told = _told(pieces, wanted)
        piece = answered(ask, passages)
        if piece is None and len(asks) > 1 and passages:
            # One part of several ("汶川地震从废墟里救出了多少人？中央财政安排了多少救灾款？"):
            # the whole question's passages may all be the other part's; search for this one.
            own = retrieve(scope.query.model_copy(update={"text": ask.text}), len(passages))
            piece = answered(ask, own)
            if piece is not None and found is not None:
                found.append(own)
        pieces.append(piece)
    return pieces


def _own_years(asks: list[Ask], scope: Scope) -> list[Ask]:
    """The asks with the years of the comparison's other scopes taken out."""
    if not scope.others:
        return asks
    # "县溪镇2021年和统溪河镇今年春季分别…": the years named may all be the other scopes'; this
    # one's is then its report's.
    own = {scope.year} if scope.year.isdigit() else set()
    return [
        replace(a, years=(a.years - scope.others) or own) if a.years & scope.others else a
        for a in asks
    ]


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
    report_words: ReportWords | None = None,
    opening: Opening | None = None,
) -> Answer:
    """Answer a question from the reports in their own words, or say the reports do not say."""
    text = sanitize(query.text)
    query = query.model_copy(update={"text": text})
    if not text:
        return Answer(question=text, text=EMPTY_QUESTION, abstained=True)
    known = {m.town for m in catalog}
    if query.unknown_towns and not any(t in known for t in query.towns):
        return _abstain(query, catalog, f"关于{'、'.join(query.unknown_towns)}的报告")
    if not has_chinese(text):
        return _abstain(query, catalog, "能回答这个问题的内容（请用中文提问）")
    if missing := _missing_reports(query, catalog):
        return _abstain(query, catalog, f"{'、'.join(missing)}的报告")
    if opening is not None and asks_report_date(text):
        dated = _report_date(query, catalog, opening)
        if dated is not None:
            return dated
    if opening is not None and asks_report_speaker(text):
        given = _report_speaker(query, catalog, opening)
        if given is not None:
            return given
    words = thesaurus_groups(thesaurus or CORPUS_DIR / "thesaurus.txt")
    retrieve = _searching_what_is_asked(retrieve)
    asks = analyse(text, query, catalog, words)
    # "1983年报告说的…余额，和1986年报告说的…储蓄，各是多少", "北斗溪镇的预备党员和统溪河镇的
    # 党员，哪边多": each report or town its own words.
    parts = (report_parts(text) or town_parts(text, query.towns)) if len(asks) == 1 else {}
    own_asks = {key: analyse(part, query, catalog, words) for key, part in parts.items()}
    # "2016年实际退出的钢铁产能和2017年计划再压减的…": each year's scope its own words, whichever
    # report tells of it.
    by_year = year_parts(text) if len(asks) == 1 and not parts else {}
    asks_by_year = {key: analyse(part, query, catalog, words) for key, part in by_year.items()}
    query = _plan_tense(query, asks)
    scopes = plan_scopes(query, catalog, is_compare(text, query))
    distant = distant_years(query, asks)
    reports = {p[:4] for p in query.periods} | {s.period[:4] for s in scopes}
    for scope in scopes:
        scope.distant, scope.reports, scope.report_words = distant, reports, report_words
        scope.others = {s.year for s in scopes if s.year != scope.year}
    limit = LIST_K if any(a.shape is Shape.LIST or not a.groups for a in asks) else k
    passage_lists: list[list[Passage]] = []
    results: list[tuple[Scope, list[Piece | None]]] = []
    chosen: list[list[Passage]] = []  # the passages of each result's scope
    checked: list[Scope] = []
    for scope in scopes:
        tried = _reports_to_try(scope, query, catalog, asks, len(scopes) > 1)
        best: Read | None = None
        answered: list[Read] = []
        read: list[Read] = []
        taken = _undated_quotes([pieces for _, pieces in results])
        for option in tried:
            if (option.last_resort or option.part_of_year) and best is not None and all(best[2]):
                continue  # the year's own or next report has answered
            if option.part_of_year and best is not None and any(best[2]):
                continue  # a half's figures are no stand-in for the year's, beside its own
            passages = retrieve(option.query, limit)
            if option.best_report and passages:
                periods = [passages[0].period]
                option = replace(option, query=option.query.model_copy(update={"periods": periods}))
                passages = retrieve(option.query, limit)
            passage_lists.append(passages)
            own = (
                own_asks.get(option.period[:4])
                or own_asks.get("".join(option.query.towns))
                or asks_by_year.get(scope.period[:4])
            )
            pieces = _answer_scope(passages, option, own or asks, asks, retrieve, passage_lists)
            read.append((option, passages, pieces))
            # "…试点县，2005年和2006年各扩大到了多少个": the 2006 report's 已扩大到671个县 told
            # 2005's; told again for 2006, it would be one figure for two years.
            repeated = bool(_undated_quotes([pieces]) & taken)
            if best is None or _better(pieces, option, best, asks, taken):
                best = (option, passages, pieces)
            if (
                all(piece and not piece.weak for piece in pieces)
                and (not option.next_year or all(_told_as_result(piece) for piece in pieces))
                and not repeated
            ):
                answered.append((option, passages, pieces))
                if option.next_year or len(scopes) > 1:
                    break
        assert best is not None
        if (
            answered
            and len(scopes) > 1
            and best[0].next_year
            and not answered[0][0].next_year
            and _strength(best[2]) >= _strength(answered[0][2])
            and _closeness(best[2]) > _closeness(answered[0][2])
            and not any(a.tense == "target" for a in asks)  # a plan is its own year's report's
            and not any(map(_planned, best[2]))
        ):
            # "2001年跟2012年比，GDP各增长多少": the next report's review matches the question
            # better than the year's own report (比“八五”时期增长79.6％): the year's result.
            answered = [best]
        if split := _plan_and_outcome(read, asks, best):
            # "2022年GDP增长目标定的是多少，最后实际增长了多少": the plan from the year's own
            # report, the outcome from the one reviewing it, each labelled with its report.
            for option, passages, pieces in split:
                results.append((_as_told_by(option, scope), pieces))
                chosen.append(passages)
        elif len(answered) == 2 and _quotes(answered[0][2]) != _quotes(answered[1][2]):
            # "2015年城镇新增就业多少人": the 2015 report's own figure, or 2015's as the 2016
            # report tells it. Both answer plainly: give both, each labelled with its report.
            for option, passages, pieces in answered:
                results.append((_as_told_by(option, scope), pieces))
                chosen.append(passages)
        else:
            # Of several years side by side, the first report answering plainly; else the best.
            option, passages, pieces = answered[0] if answered and len(scopes) > 1 else best
            results.append((option, pieces))
            chosen.append(passages)
        checked += tried

    if len(asks) == 1 and is_compare(text, query):
        results = _alike(results, chosen, asks[0], retrieve)
    if not any(m.town or m.period for m in catalog) and not any(
        piece for _, pieces in results for piece in pieces
    ):
        results = [
            (scope, [_fallback_piece(passages, a) for a in asks])
            for (scope, _), passages in zip(results, chosen, strict=True)
        ]
    considered = _dedupe(passage_lists)
    if not any(piece for _, pieces in results for piece in pieces):
        result = _abstain(query, catalog, _why_not(asks, checked, passage_lists))
        result.passages = considered
        return result
    return _compose(query, asks, results, considered)


def _reports_asked(query: Query, catalog: list[ReportMeta]) -> list[ReportMeta] | None:
    """The reports a question about the reports themselves names by town and period; None when
    it names neither, or too many."""
    known = {m.town for m in catalog}
    towns = [t for t in query.towns if t in known]
    if not towns and not query.periods:
        return None
    reports = sorted(
        (
            m
            for m in catalog
            if (not towns or m.town in towns)
            and (not query.periods or any(period_matches(p, m.period) for p in query.periods))
        ),
        key=lambda m: (m.town, period_sort_key(m.period)),
    )
    return reports if reports and len(reports) <= EACH_REPORT_MAX else None


def _report_date(query: Query, catalog: list[ReportMeta], opening: Opening) -> Answer | None:
    """When the reports asked of were dated or published ("工作总结落款是哪一天"): the line of
    each one's opening that gives its date (（2025年7月4日）, 发布时间:2022-01-20), labelled by
    report; None when the question names no town or period to say which reports."""
    reports = _reports_asked(query, catalog)
    if reports is None:
        return None
    ask = Ask(query.text, Shape.OPEN)
    results: list[tuple[Scope, list[Piece | None]]] = []
    passages: list[Passage] = []
    for meta in reports:
        first = opening(meta.doc_id)
        span = dated_line(first.text, meta.date) if first and meta.date else None
        label = f"{meta.town}{period_label(meta.period)}"
        piece = Piece([(first, *span)]) if first and span else None
        results.append((Scope(query, label, period=meta.period), [piece]))
        passages += [first] if first else []
    if not any(pieces[0] for _, pieces in results):
        labels = "、".join(dict.fromkeys(scope.label for scope, _ in results))
        return _abstain(query, catalog, f"{labels}报告的落款日期或发布时间")
    # A period's other document (the congress's resolution on the report) that gives no date.
    dated = {scope.label for scope, pieces in results if pieces[0]}
    results = [(scope, found) for scope, found in results if found[0] or scope.label not in dated]
    return _compose(query, [ask], results, passages)


# "乡长 向春林", "大坪乡人民政府乡长  覃志远", "乡党委书记 彭志远": who gave the report, under
# its title (not "镇长 ×××", a name left out).
_SPEAKER_LINE = re.compile(
    r"^[\u4e00-\u9fff]{0,16}?(?:乡长|镇长|主任|书记)[\s\u3000]*[\u4e00-\u9fff·]{2,4}$"
)
_SPEAKER_LINES = 8  # how far into the opening such a line stands


def _report_speaker(query: Query, catalog: list[ReportMeta], opening: Opening) -> Answer | None:
    """Who gave the reports asked of ("政府工作报告是哪位镇长作的"): the line under each one's
    title naming the speaker, labelled by report; None when the question names no report."""
    reports = _reports_asked(query, catalog)
    # (The national reports name their speaker in their text: "国务院总理李克强所作的".)
    if reports is None or any(m.town == NATIONAL for m in reports):
        return None
    ask = Ask(query.text, Shape.OPEN)
    results: list[tuple[Scope, list[Piece | None]]] = []
    passages: list[Passage] = []
    for meta in reports:
        first = opening(meta.doc_id)
        span = _speaker_line(first.text) if first else None
        label = f"{meta.town}{period_label(meta.period)}"
        piece = Piece([(first, *span)]) if first and span else None
        results.append((Scope(query, label, period=meta.period), [piece]))
        passages += [first] if first else []
    if not any(pieces[0] for _, pieces in results):
        labels = "、".join(dict.fromkeys(scope.label for scope, _ in results))
        return _abstain(query, catalog, f"{labels}报告的报告人")
    return _compose(query, [ask], results, passages)


def _speaker_line(text: str) -> tuple[int, int] | None:
    """Where the line naming the report's speaker stands in its opening text."""
    at = 0
    for line in text.splitlines(keepends=True)[:_SPEAKER_LINES]:
        words = line.strip()
        if words and _SPEAKER_LINE.match(words):
            start = at + line.index(words)
            return start, start + len(words)
        at += len(line)
    return None


def _searching_what_is_asked(retrieve: Retrieve) -> Retrieve:
    """The search, without a clause of the question asking which is more ("…分别增长了多少？
    哪年增速更高"): it compares the figures asked, and names nothing a passage would."""

    def search(query: Query, k: int) -> list[Passage]:
        return retrieve(query.model_copy(update={"text": without_which_more(query.text)}), k)

    return search


_PLAN_TOTAL = re.compile(r"[这那]五年|一共|累计|总共|合计|实际")


def _plan_and_outcome(read: list[Read], asks: list[Ask], best: Read) -> list[Read]:
    """A year's plan and its outcome asked together: the plan's asks answered by the year's own
    report, the others by the first later report answering them. Empty unless both answer and
    together they answer more than the best single report."""
    if not any(a.tense == "target" for a in asks) or all(a.tense == "target" for a in asks):
        return []
    own = next((r for r in read if not (r[0].next_year or r[0].last_resort)), None)
    later = [r for r in read if r[0].next_year or r[0].last_resort]
    if own is None or not later:
        return []
    plan = [p if a.tense == "target" else None for a, p in zip(asks, own[2], strict=True)]
    outcome: list[Piece | None] = [None] * len(asks)
    source: Read | None = None
    for option in later:
        pieces = [p if a.tense != "target" else None for a, p in zip(asks, option[2], strict=True)]
        if any(pieces):
            source, outcome = option, pieces
            break
    if source is None or not any(plan) or _strength([*plan, *outcome]) <= _strength(best[2]):
        return []
    plan_asks = frozenset(i for i, p in enumerate(plan) if p)
    outcome_asks = frozenset(i for i, p in enumerate(outcome) if p)
    return [
        (replace(own[0], answered_beside=outcome_asks), own[1], plan),
        (replace(source[0], answered_beside=plan_asks), source[1], outcome),
    ]


def _plan_tense(query: Query, asks: list[Ask]) -> Query:
    """A plan's targets are in the report laying it out, its results in the one reviewing it:
    "“十二五”末城镇化率打算提到多少" reads the first, "“十二五”这五年一共新增多少就业" the last."""
    plan = query.plan_reports
    if len(plan) < 2:
        return query
    if any(a.tense == "target" for a in asks):
        plan = plan[:-1]
    elif any(a.tense == "actual" for a in asks) or _PLAN_TOTAL.search(query.text):
        plan = plan[1:]
    return query.model_copy(update={"plan_reports": plan})


def _stronger(
    pieces: list[Piece | None],
    option: Scope,
    best: Read,
    asks: list[Ask],
) -> bool:
    """Whether a report's pieces answer better than the best so far: more of the asks, or as
    many and, in the next year's report, closer to the question ("2018年全年…减税降费大约多少"
    is its review's 减税降费约1.3万亿元, not the plan's 再为…减税8000多亿元)."""
    if _strength(pieces) != _strength(best[2]):
        return _strength(pieces) > _strength(best[2])
    return (
        option.next_year
        and not best[0].next_year
        and _closeness(pieces) > _closeness(best[2])
        and not any(map(plan_asked, asks))  # a plan is its own year's report's
        and not any(map(_planned, pieces))
    )


def _better(
    pieces: list[Piece | None],
    option: Scope,
    best: Read,
    asks: list[Ask],
    taken: set[tuple[str, int, int]],
) -> bool:
    """Whether a report's pieces are to replace the best so far: not when they repeat a figure
    another year's answer gives (and the best does not), else when stronger."""
    repeated = bool(_undated_quotes([pieces]) & taken)
    best_repeated = bool(_undated_quotes([best[2]]) & taken)
    if repeated != best_repeated:
        return best_repeated and any(pieces)
    return _stronger(pieces, option, best, asks)


def _quotes(pieces: list[Piece | None]) -> set[tuple[str, int, int]]:
    """Every quote of the pieces: two reports read that found the same words found one answer."""
    return {(p.chunk_id, start, end) for piece in pieces if piece for p, start, end in piece.quotes}


def _undated_quotes(answers: list[list[Piece | None]]) -> set[tuple[str, int, int]]:
    """The quotes of the pieces whose sentences name no year: what one year's answer gives."""
    return {
        (p.chunk_id, start, end)
        for pieces in answers
        for piece in pieces
        if piece
        for p, start, end in piece.quotes
        if not written_years(sentence_around(p, start))
    }


def _closeness(pieces: list[Piece | None]) -> float:
    """How closely a report's pieces match the question, all told."""
    return sum(p.coverage for p in pieces if p)


def _strength(pieces: list[Piece | None]) -> tuple[int, int]:
    """How well a report answers the asks: how many it answers, then how many not weakly."""
    return sum(map(bool, pieces)), sum(1 for p in pieces if p and not p.weak)


def _units(piece: Piece | None) -> set[str]:
    """The units of the figures a piece quotes."""
    if piece is None:
        return set()
    return {f.unit for p, s, e in piece.quotes for f in figures(normalize(p.text[s:e])) if f.unit}


def _alike(
    results: list[tuple[Scope, list[Piece | None]]],
    passages: list[list[Passage]],
    ask: Ask,
    retrieve: Retrieve,
) -> list[tuple[Scope, list[Piece | None]]]:
    """A comparison asking no unit: each side in a unit the other gives, where the report has
    it (临时救助28.6万元 against 临时救助279户，共计24万元, not against 279户)."""
    if ask.shape is not Shape.FIGURE or ask.unit:
        return results
    units = [_units(pieces[0]) for _, pieces in results]
    out = list(results)
    for i, ((scope, _), mine) in enumerate(zip(results, units, strict=True)):
        theirs = [u for j, other in enumerate(units) if j != i for u in other]
        if not mine or not theirs or any(unit_fits(u, m) for u in theirs for m in mine):
            continue
        for unit in dict.fromkeys(theirs):
            piece = _answer_scope(passages[i], scope, [replace(ask, unit=unit)], [ask], retrieve)[0]
            if piece is not None:
                out[i] = (scope, [piece])
                break
    return out


def with_stop(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted span with the full stop that ends its sentence, as the report writes it."""
    return (start, end + 1) if end < len(text) and text[end] in _STOPS else (start, end)


def _fallback_piece(passages: list[Passage], ask: Ask) -> Piece | None:
    """Documents with no town or period to scope by: the top one's best-matching sentence."""
    # Nothing there can be of the wrong town or period, so a figure or list question the strict
    # path could not match is still best answered by the sentence sharing its rarest words.
    if not passages or not ask.groups or names_missing(ask, passages):
        return None
    same = [p for p in passages if p.doc_id == passages[0].doc_id]
    sentence = best_sentence(same, ask)
    if sentence is None:
        return None
    start, end = with_stop(sentence.passage.text, *open_span(sentence, MAX_OPEN_ANSWER, ask))
    return Piece([(sentence.passage, start, end)])


def _why_not(asks: list[Ask], scopes: list[Scope], passage_lists: list[list[Passage]]) -> str:
    """The reason to give when nothing answers: missing words, or the report that was read."""
    corpus = normalize(" ".join(p.text for ps in passage_lists for p in ps)).lower()
    missing: list[str] = []
    for ask in asks:
        for group in ask.groups:
            if group.weight >= 1.0 and match(group, corpus) < 0.9 and group.label not in missing:
                missing.append(group.label)
    what = f"关于“{'、'.join(missing[:3])}”的内容" if missing else "能回答这个问题的内容"
    where = "、".join(s.label for s in scopes if s.label)
    later = [s for s in scopes if s.last_resort]
    if where and later:
        where += f"，及之后几年报告中提到{period_label(later[0].require[0])}的内容"
    return f"{what}（已查{where}）" if where else what


def _compose(
    query: Query,
    asks: list[Ask],
    results: list[tuple[Scope, list[Piece | None]]],
    considered: list[Passage],
) -> Answer:
    """Number the citations and lay out the answer, one labelled line per scope."""
    citations: list[Citation] = []
    numbers: dict[tuple[str, int, int], int] = {}

    def cite(passage: Passage, start: int, end: int) -> str:
        key = (passage.doc_id, passage.start + start, passage.start + end)
        if key not in numbers:
            numbers[key] = len(citations) + 1
            citations.append(
                Citation(
                    n=numbers[key],
                    doc_id=passage.doc_id,
                    source=passage.source,
                    title=passage.title,
                    town=passage.town,
                    period=passage.period,
                    section=passage.section,
                    quote=passage.text[start:end],
                )
            )
        return f"{_as_told(passage, start, end)}[{numbers[key]}]"

    lines = []
    for scope, pieces in results:
        texts: list[str] = []
        joined = _joined([q for piece in pieces if piece for q in piece.quotes])
        quoted = list(joined.values())
        for i, (ask, piece) in enumerate(zip(asks, pieces, strict=True)):
            if piece is None:
                if len(asks) > 1 and i not in scope.answered_beside:
                    texts.append(f"“{ask.text}”{NOT_MENTIONED}")
                continue
            # A quote inside another ask's longer quote (446元 within 446元，…610元) is told there.
            grown = [joined[(p.chunk_id, s, e)] for p, s, e in piece.quotes]
            own = [q for q in grown if not any(_within(q, o) for o in quoted)]
            # A list item cut from its words by a chunk's end (…规定的：\n\n一、) quotes nothing.
            own = [
                (p, s, e) for p, s, e in own if p.text[s:e].strip() and not bare_marker(p.text[s:e])
            ]
            if own:
                texts.append("；".join(cite(p, s, e) for p, s, e in own))
        body = "；".join(dict.fromkeys(texts)) if texts else NOT_MENTIONED
        # A period no report covers (去年) is told of by another report: name that report.
        told_of = next(
            (p for p in query.periods if scope.require and _period_words(p) == scope.require), ""
        )
        label = (not scope.require and scope.label) or _label_of(pieces, told_of) or scope.label
        if not label and scope.period:
            label = f"{'、'.join(scope.query.towns)}{period_label(scope.period)}"
        lines.append(f"{label}：{body}" if label else body)
    text = "；\n".join(lines)
    # A quoted whole sentence keeps its own full stop: do not add a second one.
    text += "" if _ENDS_WITH_STOP.search(text) else "。"
    return Answer(
        question=query.text,
        text=text,
        citations=citations,
        passages=considered,
        abstained=False,
        towns=query.towns,
        periods=query.periods,
    )


def _as_told(passage: Passage, start: int, end: int) -> str:
    """A quote as the answer tells it: in the report's words, a table row under its header's
    names (the citation keeps the row as written)."""
    quote = passage.text[start:end]
    row = tables.cells(quote) is not None
    header = tables.header_for(passage.text, passage.section, start) if row else ""
    if not header:
        return quote
    # A row cut at a comma inside a cell is told whole, under its header's names.
    line_end = passage.text.find("\n", end)
    whole = passage.text[start : len(passage.text) if line_end < 0 else line_end]
    return tables.spoken(whole if tables.cells(whole) else quote, header, UNIT_SET)


def _joined(quotes: list[Quote]) -> dict[tuple[str, int, int], Quote]:
    """Each quote grown to take in the quotes of other asks that overlap it in the same passage
    (…损失工业总产值一千亿元 and 损失工业总产值一千亿元，钢产量…): one quote, told once."""
    out: dict[tuple[str, int, int], Quote] = {}
    for p, start0, end0 in quotes:
        start, end = start0, end0
        grown = True
        while grown:
            grown = False
            for q, s, e in quotes:
                if q.chunk_id == p.chunk_id and s < end and start < e and (s < start or e > end):
                    start, end, grown = min(s, start), max(e, end), True
        out[(p.chunk_id, start0, end0)] = (p, start, end)
    return out


def _within(inner: Quote, outer: Quote) -> bool:
    """Whether a quote lies inside another, longer quote of the same passage."""
    (p, start, end), (q, o_start, o_end) = inner, outer
    return (
        p.chunk_id == q.chunk_id
        and o_start <= start
        and end <= o_end
        and end - start < o_end - o_start
    )


def _label_of(pieces: list[Piece | None], told_of: str = "") -> str:
    """Town and period of the report an unscoped answer came from, and the period it tells of
    when that period has no report of its own: 全国1997年报告（回顾1996年）."""
    for piece in pieces:
        if piece is not None and piece.quotes:
            passage = piece.quotes[0][0]
            if told_of and passage.period != told_of:
                return passage.town + _told_label(passage.period, told_of)
            return f"{passage.town}{period_label(passage.period)}"
    return ""
