"""Whether a figure counts the thing asked: not another thing, village, list item or rate."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from retrieval.evidence import (
    CHANGE_ASKED,
    HEAD_MATCH,
    ONE_CHARACTER,
    PEOPLE_UNITS,
    TRIM,
    Figure,
    Window,
    figures,
    in_plan_section,
    list_intro,
    list_setting,
    match,
    plan_words,
    previous_sentence,
    sentence_text,
    text_before_window,
    told_just_before,
    unit_fits,
    with_result,
)
from retrieval.lexicon import (
    NOUN_TAGS,
    ends_on_a_noun,
    is_noun,
    pos_tags,
    sibling_sets,
    subgroup_words,
    word_frequency,
    word_tag,
)
from retrieval.models import Passage
from retrieval.places import NATIONAL, PROVINCES, plan_names, town_stem, written_years
from retrieval.questions import Ask, Shape, TermGroup
from retrieval.text import normalize


def context_span(window: Window) -> tuple[int, int]:
    """From the sentence before the window's sentence to the end of its own."""
    text = window.passage.text
    before = text.rfind("。", 0, max(0, window.sentence[0] - 1)) + 1
    return before, window.sentence[1]


def _last_word(word: str) -> str:
    """The last word jieba reads in a compound (厕所 of 卫生厕所), or the whole."""
    tags = pos_tags(word)
    return tags[-1][0] if tags and len(tags[-1][0]) >= 2 else word


def _thing_word(word: str) -> bool:
    """A specific named thing (残疾人, 招商引资, 失业率): a noun of three characters or more."""
    return len(word) >= 3 and is_noun(word)


# "竹坪村": a village the question names; "农村", "各村", "行政村" are no village's name.
# (Not 村 as a word of its own: 村级, 村里, 村民, 村“两委”, 村（社区）.)
_VILLAGE_ASK = re.compile(
    r"([\u4e00-\u9fff]{2,3})(村|社区)(?![级里民务干委“\"（(庄支书主后容貌和两])"
)
# Kinds of village, no names (脱贫村, 示范村, 行政村).
_VILLAGE_KIND = re.compile(
    r"(?:脱贫|贫困|重点|示范|行政|自然|试点|美丽|中心|空壳|薄弱|软弱|涣散|传统|特色|移民|边远|偏远|"
    r"文明|先进|卫生|红旗|新|宣传|推广|帮扶|包|驻|整|智慧|完整|和谐|平安|绿色|数字|幸福|智能|无疫)$"
)
# Characters that end the words before a village's name (镇白鹤村, 2024年石门村, 对红星村).
_BEFORE_VILLAGE = frozenset(
    "镇乡道年的在和与及是对从给把被向到于由为里了下驻兼当进入各个少几些哪每全搞"
)
# Characters of _BEFORE_VILLAGE that also open names (下湾村).
_NAME_OPENS = frozenset("下")
_NOT_VILLAGE = frozenset("农乡各全本该每进驻政个到外整村的")


def is_village(name: str) -> bool:
    """Whether a word ending in 村/社区 names a village (竹坪村), not 农村, 各村 or 驻村."""
    stem = name.removesuffix("社区").removesuffix("村")
    return len(stem) >= 2 and stem[-1] not in _NOT_VILLAGE


def named_villages(question: str) -> list[str]:
    """Names of villages in the question (竹坪村, 柳树湾村, 桂花社区), by the two or three
    characters before 村 or 社区 (not a word before the name: 鹤鸣乡白鹤村 names 白鹤村)."""
    text = normalize(question).lower()
    names = []
    for m in _VILLAGE_ASK.finditer(text):
        # The name runs from after the last word before it (河镇连村 names none).
        parts = re.split(f"([{''.join(_BEFORE_VILLAGE)}])", m.group(1))
        stem = parts[-1]
        if (
            len(stem) < 2
            and len(parts) > 2
            and parts[-2] in _NAME_OPENS
            and parts[-2] + stem not in ("下面", "下属", "下辖")
        ):
            stem = parts[-2] + stem  # (下湾村: a name that opens on such a character)
        if len(stem) < 2 or _VILLAGE_KIND.search(stem):
            continue
        names.append(stem + m.group(2))
    return [name for name in names if is_village(name)]


def other_rate(window: Window, ask: Ask) -> bool:
    """A rate asked (失业率) and the sentence gives other rates only (规范率达100%)."""
    rates = [g for g in ask.groups if g.head and g.label.endswith("率") and len(g.label) >= 3]
    return bool(rates) and all(match(g, sentence_text(window)) < HEAD_MATCH for g in rates)


# An output or a total asked (棉花产量, 进出口总额), and not a number of kinds (几种产品).
_AMOUNT_OF = re.compile(r"产量|产值|总额|总量|总值")
_KINDS_ASK = re.compile(r"(?:几|多少)\s*[种类项个]")
_KIND_UNITS = frozenset("种类项个")


def kinds_for_amount(window: Window, ask: Ask) -> bool:
    """An output or a total asked, and the clauses naming the thing counted give only numbers of
    kinds: "粮食、棉花…等三十多种主要产品产量，提前两年达到…" tells no amount of 棉花."""
    if not _AMOUNT_OF.search(ask.text) or _KINDS_ASK.search(ask.text):
        return False
    things = [g for g in ask.groups if g.weight >= 1.0]
    clauses = re.split(r"[，,；;。]", normalize(window.text).lower())
    named = [c for c in clauses if any(match(g, c) >= HEAD_MATCH for g in things)]
    units = [f.unit for clause in named for f in figures(clause)]
    return bool(units) and all(unit in _KIND_UNITS for unit in units)


# "据十二个省的不完全统计": a count made in so many provinces only.
_SOME_PROVINCES = re.compile(r"据[^，,。；;]{0,6}?[一二三四五六七八九十\d]+个(?:省|市|县|地区)")
_WHOLE_ASK = re.compile(r"全国|所有|全部")
# "有的公社还办了年产八百吨合成氨的小洋化肥厂": what some of them did.
# (Opening its clause: not 原有的, 现有的, 所有的.)
_SOME_OF_THEM = re.compile(r"(?:^|[，,；;：:\s])(?:有的|有些|个别)")


def part_of_country_for_whole(window: Window, ask: Ask) -> bool:
    """ "全国所有省份社办的…组织一共有多少个" is not answered by "…，据十二个省的不完全统计，有
    七千六百九十个": the whole country is asked, and the figure counts some provinces only (or
    what some did: 有的公社还办了年产八百吨合成氨的小洋化肥厂)."""
    if not _WHOLE_ASK.search(ask.text):
        return False
    lead = normalize(window.passage.text[window.sentence[0] : window.end])
    # (The question itself asking by what some provinces counted, or some did, is answered.)
    question = normalize(ask.question or ask.text)
    if _SOME_PROVINCES.search(lead) and not _SOME_PROVINCES.search(question):
        return True
    # What some did, in the figures' own clauses (not 有的已经基本消灭…，血吸虫病的患者…).
    return not _SOME_OF_THEM.search(question) and _every_figure_led_by(window, ask, _SOME_OF_THEM)


# A measure per acre or per head (亩产量, 单产, 人均): a part of the output, not the whole.
_PER_PART = re.compile(r"亩产|单产|每亩|人均|每人|平均每|按人口平均|按人头")


def part_for_total(window: Window, ask: Ask) -> bool:
    """ "1985年棉花总产量是多少" is not answered by "棉花亩产量达到八十斤": an output or a total
    asked, none per part, and every figure that could answer measured per part (the words
    from the last mark before it, 、 included: "…1.4万亿斤新台阶、亩产提升10.1斤")."""
    if not _AMOUNT_OF.search(ask.text) or _PER_PART.search(ask.text):
        return False
    text = normalize(window.text).lower()
    leads = [
        clause_lead(text, start, _CLAUSE_ENDS + "、")
        for _, start, _ in _fitting_places(window, ask)
    ]
    return bool(leads) and all(_PER_PART.search(lead) for lead in leads)


_RATIO_AFTER = re.compile(r"的?(?:比例|比重|之比|比值)")
_RATIO_ASK = re.compile(r"比例|比重|之比|比值|占")


def ratio_for_amount(window: Window, ask: Ask) -> bool:
    """An output or a total asked (钢产量), and the sentence names it only as part of a ratio:
    "生铁和钢产量的比例…改为1比1，可以节约标准煤200万吨" tells no amount of steel."""
    if not _AMOUNT_OF.search(ask.text) or _RATIO_ASK.search(ask.text):
        return False
    text = sentence_text(window)
    heads = [v for g in ask.groups if g.head for v in g.variants if len(v) >= 2 and v in text]
    return bool(heads) and all(
        _RATIO_AFTER.match(text, m.end()) for v in heads for m in re.finditer(re.escape(v), text)
    )


# "每个农民平均一年能少交多少钱": an amount per person, household or mu is asked.
_EACH_ASK = re.compile(
    r"每(?:个|一个|位|名|一)?(?:人|农民|农户|职工|居民|学生|工人|户|家|家庭|亩)|"
    r"人均|户均|亩均|平均(?:每|一个|一)?(?:人|户|亩)"
)
_EACH_TOLD = re.compile(
    r"每(?![年月天日周季])|人均|户均|亩均|亩产|单产|平均(?!每?[年月天日])|/人|/户|/亩|[元斤吨]/"
)


def total_for_each(window: Window, ask: Ask) -> bool:
    """An amount per person asked, and the figure's clauses say nothing of each: "取消农业特产税，
    每年可使农民减轻负担48亿元" is a total, no amount per farmer."""
    if not _EACH_ASK.search(ask.text):
        return False
    text = window.passage.text[window.sentence[0] : window.end]
    return not _EACH_TOLD.search(text)


# "城乡低保、特困供养、高龄补贴、儿童救助等民政补助共计191万元": a total over listed items.
_LISTED_TOTAL = re.compile(
    r"([^、，,。；;：:]{2,12}(?:、[^、，,。；;：:]{2,12}){2,})等([^，,。；;]{0,12}?)[，,]?"
    r"(?:共计|合计|总计|共)"
)

_LISTED_COUNTED = re.compile(
    r"([^、，,。；;：:]{2,12}(?:、[^、，,。；;：:]{2,12})+)"
    r"([两二三四五六七八九十]个[\u4e00-\u9fff]{1,6}?[，,]|[两二三四五六七八九十][地省市县])"
)

# "查处酒驾、醉驾等违法行为27起": one figure for the kinds listed before 等.
_LISTED_ETC = re.compile(
    r"([^、，,。；;：:]{2,12}(?:、[^、，,。；;：:]{2,12})+)等([^、，,。；;：:\d]{0,12}?)"
    r"(?:共计|合计|总计|累计|共|达到?|为)?(?=[\d两二三四五六七八九十百千万])"
)
# "查处酒驾醉驾等违法行为27起": two kinds of one thing written together, no 、 between.
_JOINED_ETC = re.compile(
    r"([\u4e00-\u9fff])([\u4e00-\u9fff])([\u4e00-\u9fff])\2等([^、，,。；;：:\d]{0,12}?)(?=\d)"
)


def _item_name(item: str) -> str:
    """A listed item without the verb before it (全年发放城乡低保 -> 城乡低保)."""
    return re.sub(r"^.*(?:发放|开展|完成|落实|推进|实施|建立)", "", item)


def _names_item(question: str, item: str) -> bool:
    """Whether the question names a listed item by half its character pairs (临时救助)."""
    pairs = [item[i : i + 2] for i in range(len(item) - 1)]
    return bool(pairs) and sum(p in question for p in pairs) * 2 >= len(pairs)


def _names_listed(question: str, item: str, ask: Ask, kind: str = "") -> bool:
    """Whether the question names a listed item, by half its character pairs or by a word of its
    own that ends the item (东莞 of 广东东莞; not 补助 of 民政补助, the items' `kind`)."""
    if _names_item(question, item):
        return True
    return any(
        len(g.label) >= 2 and item.endswith(g.label) and g.label not in kind for g in ask.groups
    )


_KIND_OF_THESE = re.compile(r"这类|这些|之类|这几[样类种项]|等(?![级次])")
_SUM_OF_KINDS = re.compile(r"各类|各项|各种|加起来|加在一起|合计|总计|共计")


def one_of_many(window: Window, ask: Ask) -> TermGroup | None:
    """The one listed item the question names, when its figure is given only as the list's sum."""
    folded = normalize(window.text).lower()
    question = normalize(ask.text).lower()
    # "各类救助钱加起来有多少": the sum itself is asked.
    for run in [] if _SUM_OF_KINDS.search(question) else _LISTED_TOTAL.finditer(folded):
        # "民政补助共计多少" names no item: the sum itself is asked.
        if run.group(2) and run.group(2) in question:
            continue
        items = [_item_name(item) for item in run.group(1).split("、")]
        # By half its character pairs (临时救助), or else by the counted thing's own name or one
        # of its other names (低保金: 城乡低保).
        named = [item for item in items if _names_item(question, item)] or [
            item
            for item in items
            if any(len(v) >= 2 and v in item for g in ask.groups if g.head for v in g.variants)
        ]
        if len(named) == 1:
            return TermGroup((named[0],), 1.0)
    # "内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值…增长百分之八十八": the figure is
    # the counted group's, no sum for 广西 alone.
    # (From the sentence's start: a window may begin after the list, "一九五八年工业总产值…".)
    upto = normalize(window.passage.text[window.sentence[0] : window.end]).lower()
    for run in _LISTED_COUNTED.finditer(upto):
        if run.group(2).rstrip("，,") in question:
            continue  # "四个自治区的工业总产值": the group itself is asked
        named = [item for item in run.group(1).split("、") if _names_listed(question, item, ask)]
        if len(named) == 1:
            return TermGroup((named[0],), 1.0)
    # ("轮椅、助听器这类东西": the kind the items are is asked, whichever part names them.)
    whole = normalize(ask.question or ask.text)
    kind_asked = _SUM_OF_KINDS.search(question) or _KIND_OF_THESE.search(whole)
    for run in [] if kind_asked else _LISTED_ETC.finditer(upto):
        if run.end() < window.start - window.sentence[0]:
            continue  # the figure right after the list is not the window's
        kind = run.group(2)
        # The kind the items are, named before the figure: not "…、北海等十四个沿海港口城市" (the
        # items counted), nor "入户走访、赶集日等发放宣传手册1000余份" (when they were handed out).
        if len(kind) < 2 or pos_tags(kind)[0][1] == "v":
            continue
        if kind in question or kind[-2:] in question:
            continue  # "查处酒驾等违法行为多少起": the kind named by the list is asked
        # A rate is each item's ("交通运输业、建筑业等行业现行10%的税率"), no sum.
        if re.match(r"[\d.．]+\s*[%％]|百分之", upto[run.end() :]):
            continue
        items = [_item_name(item) for item in run.group(1).split("、")]
        items[0] = items[0][-4:]  # (its clause's opening words are no part of it: 全国推广农业)
        named = [item for item in items if _names_listed(question, item, ask, kind)]
        if len(named) == 1:
            return TermGroup((named[0],), 1.0)
    for run in _JOINED_ETC.finditer(upto):
        if run.end() < window.start - window.sentence[0] or run.group(4) in question:
            continue
        first, second = run.group(1) + run.group(2), run.group(3) + run.group(2)
        if (first in question) != (second in question):
            return TermGroup((first if first in question else second,), 1.0)
    # "对外援助和其他支出６６９，３１５，０００元" sums the item asked with others.
    s_start = window.sentence[0]
    upto = normalize(window.passage.text[s_start : window.end]).lower()
    for run in _WITH_OTHERS.finditer(upto):
        item = _item_name(run.group(1))
        if any(normalize(f.text).lower() in item for f in window.figures):
            continue  # "争取在第12届亚运会和其他国际比赛中": the figure names the item, no sum
        # ("走访慰问退役军人等优抚对象…": the others are asked too.)
        others_asked = "其他" in question or "其它" in question or _OTHERS_TOO.search(question)
        if _names_item(question, item) and not others_asked:
            return TermGroup((item,), 1.0)
    if _ALONE_ASK.search(question):
        # "良种补贴这一项，单独安排了多少": "增加农资综合补贴、良种补贴、农机具购置补贴，中央
        # 财政拟安排补贴资金1335亿元" gives one sum for the items listed before it.
        s_start = window.sentence[0]
        upto = normalize(window.passage.text[s_start : window.end]).lower()
        for run in (*_LISTED.finditer(upto), *_TWO_JOINED.finditer(upto)):
            items = [_item_name(item) for item in re.split(r"[、和]", run.group(0))]
            named = [item for item in items if _names_item(question, item)]
            told = upto[run.end() :]
            if len(named) == 1 and named[0] not in told and figures(told):
                return TermGroup((named[0],), 1.0)
    return None


# "对外援助和其他支出": one item summed with the rest.
_WITH_OTHERS = re.compile(r"([^、，,。；;：:]{2,12})(?:和|及|以及)其[他它]")
_OTHERS_TOO = re.compile(r"[\u4e00-\u9fff]等(?![级次])")
# "单独安排了多少", "这一项", "光是…": one item asked apart from the others it is listed with.
_ALONE_ASK = re.compile(r"单独|单列|单项|单算|这一项|这一块|光是|单是|单就|仅仅是")
# Items of a list: two or more joined by 、 (the last may be joined by 和).
_LISTED = re.compile(
    r"[^、，,。；;：:]{2,12}(?:、[^、，,。；;：:]{2,12}){1,}(?:和[^、，,。；;：:]{2,12})?"
)


# Two items joined by 和, one figure after them ("困难残疾人生活补贴和重度残疾人护理补贴146万元").
_TWO_JOINED = re.compile(r"[^、，,。；;：:和\d]{2,12}和[^、，,。；;：:和\d]{2,12}(?=\d)")


# "用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、…": the figures of listed items.
_RESPECTIVELY = re.compile(r"([^，,。；;：:]*、[^，,。；;：:]*?)分别([^，,。；;]*)")


def not_listed(window: Window, ask: Ask) -> list[TermGroup]:
    """The counted thing, when the window's figures are given item by item (…分别为…) for a
    list of items that does not name it (体育 is not one of 科技、教育、卫生和文化)."""
    heads = [g for g in ask.groups if g.head and len(g.label) >= 2]
    s_start, s_end = window.sentence
    sentence = normalize(window.passage.text[s_start:s_end]).lower()
    runs = list(_RESPECTIVELY.finditer(sentence))
    if not heads or not runs or not window.figures:
        return []
    if not all(any(f.text in run.group(2) for run in runs) for f in window.figures):
        return []  # a figure of its own, outside the item-by-item list
    listed = " ".join(run.group(1) for run in runs)
    return [] if any(match(g, listed) >= HEAD_MATCH for g in heads) else heads


def _kinds(text: str, kinds: tuple[tuple[str, str], ...]) -> set[str]:
    """The kinds a text names, each word read once (进出口 hides its 出口)."""
    found: set[str] = set()
    for alias, kind in kinds:
        if alias in text:
            found.add(kind)
            text = text.replace(alias, "\0")
    return found


def kind_unsaid(window: Window, ask: Ask) -> bool:
    """ "安全隐患里，重大隐患有几处" is not answered by "共排查整改安全隐患60余处": the thing
    counted is there, the kind asked of it (重大, of 重大 较大 一般) is not."""
    sentence = sentence_text(window)
    for group in ask.groups:
        if not group.head or any(v in sentence for v in group.variants):
            continue
        for kinds in sibling_sets():
            for alias, _ in kinds:
                rest = group.label[len(alias) :]
                if not group.label.startswith(alias) or len(rest) < 2 or rest not in sentence:
                    continue
                # The kind right before the thing (重大安全隐患), not elsewhere (重大…事故).
                befores = [
                    sentence[max(0, m.start() - 4) : m.start()]
                    for m in re.finditer(re.escape(rest), sentence)
                ]
                if not any(alias in before for before in befores):
                    return True
    return False


def figure_places(window: Window) -> list[tuple[Figure, int, int]]:
    """Each figure of the window with where it starts and ends in the normalised window text."""
    text = normalize(window.text).lower()
    places: list[tuple[Figure, int, int]] = []
    at = 0
    for figure in window.figures:
        written = normalize(figure.text).lower()
        found = text.find(written, at)
        if found < 0:
            continue
        at = found + len(written)
        places.append((figure, found, at))
    return places


def _fitting_places(window: Window, ask: Ask) -> list[tuple[Figure, int, int]]:
    """The figures that could answer: those in the asked unit, or all when none is."""
    places = figure_places(window)
    return [p for p in places if ask.unit and _counts_in(ask.unit, p[0])] or places


_CLAUSE_ENDS = "，,；;。"


def clause_lead(text: str, start: int, marks: str = _CLAUSE_ENDS) -> str:
    """The text from the last mark before `start` (a figure) up to it: its clause so far."""
    return text[max(text.rfind(mark, 0, start) for mark in marks) + 1 : start]


def clause_end(text: str, at: int) -> int:
    """Where the clause running on from `at` (a figure's end) ends: its next mark, or the end."""
    return min(
        (i for i in (text.find(mark, at) for mark in _CLAUSE_ENDS) if i >= 0), default=len(text)
    )


def figure_clauses(window: Window, ask: Ask) -> list[str]:
    """The ，/；-clauses (folded) holding the figures that could answer."""
    text = normalize(window.text).lower()
    clauses = []
    for _, start, end in _fitting_places(window, ask):
        clauses.append(clause_lead(text, start) + text[start : clause_end(text, end)])
    return clauses


def _counts_in(unit: str, figure: Figure) -> bool:
    """Whether a figure is in the unit, or a bare count of ten thousands (贫困人口减少6800多万)
    when a count is asked."""
    bare = figure.unit in ("万", "亿") and unit not in ("元", "%", "")
    return unit_fits(unit, figure.unit) or bare


def _figure_spans(window: Window, unit: str, *, same: bool = False) -> list[tuple[int, int]]:
    """Where the window (normalised) runs from the figure before to each figure of the unit
    (with `same`, from the figure before in that unit: 天然林补贴发放2344户102万元)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for figure, _, end in figure_places(window):
        fits = _counts_in(unit, figure)  # "3451.9万农村居民" as well
        if fits:
            spans.append((at, end))
        if fits or not same:
            at = end
    return spans


def _figure_runs(window: Window, unit: str) -> list[str]:
    """The window cut after each figure of the asked unit: the words each is told with."""
    text = normalize(window.text).lower()
    return [text[start:end] for start, end in _figure_spans(window, unit, same=True)]


def told_as_unwanted(window: Window, ask: Ask) -> bool:
    """Every figure of the window is told as what the question rules out (协议金额１２０亿美元
    for "实际到位了多少？不是协议金额")."""
    if not ask.unwanted:
        return False
    # (A value asked with no unit, 完成了多少投资, is told in money: 总投资58.3亿元 alone.)
    unit = ask.unit or ("元" if _MONEY_ASK.search(ask.text) else "")
    spans = _figure_spans(window, unit, same=True)
    # A plan ruled out (不是“十一五”五年的目标) sets the time of every figure after it:
    # "“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少10%".
    plans = [term for term in ask.unwanted if _PLAN_NAME.fullmatch(term)]
    text = normalize(window.text).lower()
    return bool(spans) and all(
        any(term in _EXCLUDED_TOO.sub("", text[start:end]) for term in ask.unwanted)
        or any(term in text[:end] for term in plans)
        for start, end in spans
    )


_PLAN_NAME = re.compile(r"[一二三四五六七八九十]{1,3}五")


# "粮食（不包括大豆）的产量": a report leaving out what the question leaves out (不算大豆).
_EXCLUDED_TOO = re.compile(r"(?:不包括|不包含|不含|不计|除去|扣除)[\u4e00-\u9fff]{1,6}")


_BARE_PREDICATE = re.compile(r"(?:就|即|则|也|共|约)?(?:有|达到?|为|是|计)")


def _said_otherwise(
    question: str, ask: Ask, sentence: str, kinds: tuple[tuple[str, str], ...]
) -> str:
    """The question without the words the report says in its own word, kind-free (大学入学考试
    told as 高考): a kind only modifying them is none asked. A kind the word ends in is the thing
    itself (交通事故 told as 交通安全), and so is one the report's word names (村卫生室: 卫生院)."""
    for group in ask.groups:
        own, label = group.canonical, group.label
        aliases = {alias for alias, _ in kinds}
        named = _kinds(label, kinds)
        if (
            own
            and own in aliases
            and label not in aliases
            and named
            and named != _kinds(own, kinds)
        ):
            # "到海外直接投资" is 对外直接投资, a kind itself (not 直接投资's; nor is 鞍山钢铁,
            # a name, the kind 钢铁; 村卫生室, a kind of its own, stays one).
            question = question.replace(label, own)
            continue
        if not own or own not in sentence or label in sentence or _kinds(own, kinds):
            continue
        if not any(label.endswith(alias) for alias, _ in kinds):
            question = question.replace(label, "，")
    return question


def other_kind(window: Window, ask: Ask) -> TermGroup | None:
    """The kind asked (出口), when every figure here is told of a sibling kind (进出口) instead."""
    # "外贸出口额": 外贸 says which exports, no kind of its own.
    question = re.sub(r"外贸(?=出口|进口)", "", normalize(ask.text).lower())
    sentence = sentence_text(window)
    runs = _figure_runs(window, ask.unit)
    if not runs:
        return None
    # "排查出的54起重大隐患": what a figure counts, named right after it.
    text = normalize(window.text).lower()
    afters = [
        re.split(r"[，,；;。、（(]", text[end : end + 8], maxsplit=1)[0]
        for _, end in _figure_spans(window, ask.unit, same=True)
    ]
    # "工农业总产值实际增长了多少": a change asked in no unit is told by a figure of a change
    # (农业总产值增长9.5%), not by a count after it (工农业总产值以及…三十多种主要产品产量).
    changes = [bool(_CHANGE_SAID.search(run)) for run in runs]
    if ask.unit or not CHANGE_ASKED.search(ask.text) or not any(changes):
        changes = [True] * len(runs)
    # The things asked (贫困人口), not a change (增长).
    heads = [
        v
        for g in ask.groups
        if g.head and ends_on_a_noun(g.label)
        for v in g.variants
        if len(v) >= 2
    ]
    names_head = any(v in text for v in heads)
    for kinds in sibling_sets():
        said = _said_otherwise(question, ask, sentence, kinds)
        asked = _kinds(said, kinds)
        part = _PART_OF.search(said)
        if part:
            # "建成的铁路新线中高速铁路有多少公里": the kind after 中 is asked, of the one before.
            whole, sub = _kinds(said[: part.start()], kinds), _kinds(said[part.end() :], kinds)
            if whole and sub - whole:
                asked = sub - whole
        if not asked:
            continue
        told: list[set[str]] = []
        for run in runs:
            # "良种免费发放（玉米250公斤": the kind named in the figure's own bracket or after a
            # colon is its kind; "城镇居民…21.5辆，比2007年增加15.5辆": a figure naming no kind
            # is the last one's.
            # "财政收入继续恢复增长，…，一般公共预算支出规模28.5万亿元": the figure's own clause
            # names its kind before the sentence does.
            # ("中央预算收入（扣除地方上解的部分）为…": a closed bracket is an aside.)
            piece = re.split(r"[（(：:]", _ASIDE.sub("", run))[-1]
            clause = _kinds(re.split(r"[，,；;]", piece)[-1], kinds)
            own = clause or _kinds(piece, kinds)
            counted = _kinds(afters[len(told)], kinds)
            # (Not one naming the thing asked, a subject of its own: "中央和地方财政安排抉贫资金
            # 162亿元，农村贫困人口比上年减少245万人".)
            last = told[-1] if told and not any(v in run for v in heads) else set()
            told.append(own or _kinds(run, kinds) or counted or last)
        if (
            not any(told)
            and any(_WHOLE_TOLD.search(run) for run in runs)
            and not _WHOLE_TOLD.search(question + normalize(ask.question))
            and asked - _WHOLE_KINDS
            # (Named in part, it is told: 入境旅游 by 来华旅游入境总人数.)
            and not any(
                k[i : i + 2] in run for k in asked for i in range(len(k) - 1) for run in runs
            )
        ):
            # "少数民族小学生有多少人" is not answered by "…学生总数达到三百五十一万人": a total
            # naming no kind is every kind's.
            return TermGroup((min(asked),), 1.0)
        if not any(told) and not names_head:
            # "粮食按人口平均占有量…，总产量达到…万吨": the sentence's subject is the kind (not
            # when the window names the thing asked, a subject of its own).
            text = window.passage.text
            lead = normalize(text[window.sentence[0] : window.start]).lower().lstrip(" 　")
            told = [{k for k in _kinds(lead[:6], kinds) if lead.startswith(k)}]
            # "1956年新增加的钢的生产能力，就有一百四十二万吨": a bare predicate's subject is
            # the clause just before.
            clauses = [c for c in re.split(r"[，,；;]", lead) if c.strip()]
            bare = _BARE_PREDICATE.match(normalize(window.text).lstrip(TRIM))
            if not told[0] and clauses and bare and lead.rstrip().endswith(("，", ",")):
                told = [_kinds(clauses[-1], kinds)]
        if len(told) == len(changes):
            told = [named for named, change in zip(told, changes, strict=True) if change]
        if any(told) and not any(named & asked for named in told):
            if _standard_for_all(asked, told, runs):
                continue
            return TermGroup((min(asked),), 1.0)
    return None


# "铁路新线中高速铁路", "其中": a part of what is named before (not 中国, 高中, 集中…).
_PART_OF = re.compile(r"(?<![高初集空心手])中(?![国央心部间小学期等型层外医药职级西东华共文午秋])")
_WHOLE_TOLD = re.compile(r"总数|总人数")  # (not 合计: "第一个五年合计" sums years)
_WHOLE_KINDS = frozenset({"全国", "城乡"})  # kinds that are the whole themselves
_TOWN_OR_COUNTRY = frozenset({"城镇", "农村", "城市", "乡村"})
_ASIDE = re.compile(r"[（(][^（()）]*[）)]")


def _standard_for_all(asked: set[str], told: list[set[str]], runs: list[str]) -> bool:
    """ "城乡居民基础养老金最低标准…提高到88元" answers 农村老人's: a standard set for town and
    country holds for each (an income or a total of 城乡居民 does not)."""
    return (
        asked <= _TOWN_OR_COUNTRY
        and all(named == {"城乡"} for named in told if named)
        and "标准" in "".join(runs)
    )


_AGES = re.compile(
    r"\d+\s*(?:周?岁)?\s*[-—~至到]\s*\d+\s*周?岁|\d+\s*周?岁(?:以下|以上|及以下|及以上)"
)


def _subgroups(text: str) -> set[str]:
    found = {w for w in subgroup_words() if w in text}
    return found | {re.sub(r"\s|周", "", m) for m in _AGES.findall(text)}


# A sum of money named as a term: 国防费, 个人所得税, 救灾资金.
_MONEY_TERM = re.compile(r"[\u4e00-\u9fff]{2,}(?:费|税|经费|基金)$")


def _money_term_unsaid(ask: Ask, sentence: str) -> list[TermGroup]:
    """ "国防费安排了多少钱" is not answered by "职工工资总额，计划安排为一百五十八亿元": a sum of
    money the question names by its term, nowhere in the sentence, is another sum than this."""
    if ask.unit != "元":
        return []
    return [
        g
        for g in ask.groups
        if g.weight >= 1.0 and _MONEY_TERM.match(g.label) and match(g, sentence) < 0.9
    ]


# People named right before their count: "处置违规野外用火责任人10人", "培训人员200名".
_PEOPLE_BEFORE_FIGURE = re.compile(r"([\u4e00-\u9fff]{0,3}(?:人|员|者))$")


def _other_people_counted(window: Window, ask: Ask, sentence: str) -> list[TermGroup]:
    """ "巡逻队一共有多少名队员" is not answered by "…处置违规野外用火责任人10人": the people
    asked are nowhere in the sentence, and every figure in the unit counts people named
    otherwise right before it."""
    if ask.unit not in ("人", "名"):
        return []
    heads = [g for g in ask.groups if g.head and g.weight >= 1.0 and g.label[-1:] in "人员者"]
    missing = [g for g in heads if match(g, sentence) < 0.5]
    if not heads or len(missing) < len(heads):
        return []
    text = normalize(window.text).lower()
    places = [p for p in figure_places(window) if _counts_in(ask.unit, p[0])]
    named = [_PEOPLE_BEFORE_FIGURE.search(text, 0, start) for _, start, _ in places]
    return missing[:1] if places and all(named) else []


# A clause mark, not a thousands comma (791,459,000元) between digits.
_CLAUSE_MARK = re.compile(r"[，；;]|,(?!\d)|(?<!\d),")


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding text[end - 1] starts."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, end)]
    return marks[-1] if marks else 0


# A clause that only names what the next one is about: "对于少数民族地区，", "在民族地区方面，".
# (Or the subject and when: "丰满水电站在改建完成后，发电能力可以达到五十六万千瓦以上".)
_TOPIC_CLAUSE = re.compile(
    r"(?:对于|关于|至于)[^，,；;。]{1,16}|[^，,；;。]{1,16}方面|[^，,；;。]{2,16}在[^，,；;。]{1,10}(?:以后|之后|后)"
    # "在全国的三千六百万的少数民族人口中，学生总数达到…": the whole the figure is taken of.
    r"|在[^，,；;。]{2,20}(?:中|当中|里)"
)


def _last_clause(text: str) -> str:
    """The text's last ，/；/。-clause, marks at its end stripped."""
    return re.split(r"[，,；;。]", text.rstrip("，,；;。 "))[-1]


# "由6.5亿千瓦增至12亿千瓦": a level reached from another, of the same thing.
_FROM_TO = re.compile(r"\s*(?:增至|增加到|提高到|增长到|上升到|扩大到|下降到|减少到|降至|到|至)")


def other_group(window: Window, ask: Ask) -> TermGroup | None:
    """A sub-group's figure for the whole (脱贫地区农村居民收入 for 农村居民收入), or the whole's
    for a sub-group the question names (城镇调查失业率 for 青年失业率)."""
    question = _subgroups(normalize(ask.text).lower())
    # One named in the question's own words (女的 for 女性), by the thesaurus.
    question |= {
        w
        for g in ask.groups
        if len(g.variants) > 1
        for w in subgroup_words()
        if w in g.variants and w not in g.borrowed
    }
    spans = _figure_spans(window, ask.unit)
    if not spans:
        return None
    text = normalize(window.text).lower()
    start, _ = context_span(window)
    before = normalize(window.passage.text[start : window.start]).lower()
    # The sub-group is named before the figure ("后备干部365名，35岁以下占比超50%" gives
    # no count of those under 35).
    told = []
    own: list[set[str]] = []  # each figure's run within its own clause
    for start, end in spans:
        # The figure's own clause; the window's first clause also has the sentence before.
        clause = _clause_start(text, end)
        # The clause runs on past the figure when the count comes first (近千万知识青年上山下乡).
        end_of_clause = clause_end(text, end)
        said = (before if clause == 0 else "") + text[clause:end_of_clause]
        # "对于少数民族地区，本年预算共支出…": a clause naming the topic heads the figure's own.
        lead = _clause_start(text, max(clause - 1, 0))
        topic_clause = text[lead : clause - 1] if clause else _last_clause(before)
        if not _TOPIC_CLAUSE.fullmatch(topic_clause):
            topic_clause = ""
        if clause:
            said = topic_clause + said
        # A group the question names in the report's other words (农民工 as 进城务工农民).
        reworded = {
            w
            for g in ask.groups
            if len(g.variants) > 1 and any(v in said for v in g.variants)
            for w in question & set(g.variants)
        }
        told.append(_subgroups(said) | reworded)
        # (To the clause's end when it only says what the figure is taken of: "在全国的三千六百万
        # 的少数民族人口中".)
        run_end = end_of_clause if _TOPIC_CLAUSE.fullmatch(text[clause:end_of_clause]) else end
        run_start = max(start, clause)
        if own and start >= clause and _FROM_TO.match(text[start:end]):
            own.append(own[-1])  # "可再生能源装机规模由6.5亿千瓦增至12亿千瓦": the same one's
            continue
        own.append(_subgroups(topic_clause + text[run_start:run_end]))
    if question and not any(question <= named for named in told):
        return TermGroup((min(question - told[0]),), 1.0)
    # "鼓励…农民工等报考，今年大规模扩招100万人": a group in another clause is not what it counts.
    # A sub-group the question names in other words (脱了贫的那些地方 for 脱贫地区; 电动车 for
    # 新能源汽车) is asked.
    # "全国少数民族的学生数目增长得很快。一九五八年上半年…高等学校学生一万六千人": a sentence
    # before naming the sub-group's own head sets whose the figures after it are.
    previous = previous_sentence(window).lower()
    heads = [v for g in ask.groups if g.head for v in g.variants if len(v) >= 2]
    whole = normalize(ask.question or ask.text).lower()
    topic = {
        w
        for w in _subgroups(previous)
        if w not in whole
        and any(
            re.search(re.escape(w) + f"[^，,；;。]{{0,3}}{re.escape(h)}", previous) for h in heads
        )
    }
    own = [named | topic for named in own]
    paraphrased = {
        w for named in own for w in named if any(w in v for g in ask.groups for v in g.variants)
    }
    # "为农村适龄妇女开展“两癌”免费筛查1380人": those a service is for are whom it counts, not
    # a sub-group of a whole.
    served = {
        w for named in own for w in named if re.search(rf"为[^，,；;。]{{0,6}}{re.escape(w)}", text)
    }
    narrower = [named - question - paraphrased - served for named in own]
    if all(narrower):
        return TermGroup((min(narrower[0]),), 1.0)
    return None


def _compounds(ask: Ask) -> list[tuple[str, str]]:
    """Neighbouring words of the question written as one (雨露 + 计划 -> 雨露计划)."""
    groups = [g for g in ask.groups if g.position >= 0 and not g.borrowed and not g.setting]
    return [
        (a.label, b.label)
        for a, b in pairwise(groups)
        if a.position + len(a.label) == b.position
        and len(a.label + b.label) >= 4
        and not _verb(a.label)  # 应对 + 金融危机 is a purpose, no name
        and not _SPAN_OF_YEARS.fullmatch(a.label + b.label)  # 今后八年, 六五计划: a time
    ]


_SPAN_OF_YEARS = re.compile(
    r"(?:今后|未来|此后|以后|过去|近|最近|头|前|后)[一二两三四五六七八九十\d]+年"
    r"|[一二三四五六七八九十]+五(?:计划|规划|期间|时期)"  # 六五计划: 五年内, 第六个五年计划
)


# Verbs naming what a measure met (应对金融危机, 抗击疫情): the circumstance, not the category
# its figure counts (用于体育事业 is the category).
_MET_BY = frozenset({"应对", "抗击", "抵御", "战胜", "应付", "防范", "化解", "克服"})


def _word_ending_at(ask: Ask, at: int) -> TermGroup | None:
    """The question's term that ends right where another begins (国防 before 预算)."""
    return next(
        (g for g in ask.groups if g.position >= 0 and g.position + len(g.label) == at), None
    )


def _acted_on(group: TermGroup, ask: Ask) -> bool:
    """Whether the question's word right before the term is a circumstance met."""
    before = _word_ending_at(ask, group.position)
    return before is not None and before.label in _MET_BY


_CHANGE_HEAD = frozenset({"增长", "增加", "提高", "上涨", "下降", "减少", "降低", "增幅", "涨幅"})


def _changed_thing_unnamed(ask: Ask, own: str) -> list[TermGroup]:
    """ "国防预算增长多少" is not answered by "国内生产总值增长5%左右": when a change is what
    the question counts, the thing changing (the words right before it) must be there."""
    out = []
    for head in (g for g in ask.groups if g.head and g.label in _CHANGE_HEAD):
        chain: list[TermGroup] = []
        at = head.position
        while before := _word_ending_at(ask, at):
            chain.append(before)
            at = before.position
        named = [g for g in chain if g.weight >= 1.0 and not g.borrowed]
        if named and not any(match(g, own) >= HEAD_MATCH for g in chain):
            out.append(named[0])
    return out


def _verb(word: str) -> bool:
    tags = pos_tags(word)
    return len(tags) == 1 and tags[0][1] == "v"


# A question about a change or a share; anything else asks for a level (产量有多少).
_CHANGE_WORDS = re.compile(
    r"增|减|涨|降|提高|上升|下跌|翻|倍|快|慢|比上|比去|同比|环比|率|比重|比例|占|百分之|几成|幅|速|%|"
    r"添|砍|削|便宜|贵了|压缩|压下|压减|节省|节约|省下|省了|清退|取消|退出|摆脱|脱离|脱了?贫|纳入|新吃上|新享受|"
    r"经济[^，,。？?]{0,3}长了|超了|超出|超支|"
    r"(?<![多少])[多少](?!少)[\u4e00-\u9fff]了?(?:多少|几)"  # 能多借多少, 少交了多少
)
_CHANGE_BEFORE = re.compile(
    r"(?:增长|增加|增产|提高|上升|下降|减少|减产|降低|上涨|翻)了?(?:到|为)?$"
)
# 新增低保4户10人: those put on a roll (低保, 特困, 监测), not how many are on it.
_ADDED_OR_REMOVED = re.compile(
    r"(?:清退|新纳入|新增(?=低保|特困|监测|五保|贫困))[\u4e00-\u9fff]{0,6}$"
)
_AMOUNT_CHANGE_BEFORE = re.compile(
    r"(?:增长|增加|增产|提高|上升|下降|减少|减产|降低|上涨)了$|(?<!新)(?:增加|增产|减少|减产|提高|增收|减收)$"
    r"|" + _ADDED_OR_REMOVED.pattern  # 清退低保19户: those taken off, not how many are on
)
# A count followed by what it counts, then 的: "提高了500余亩农田的种植效益" tells how much land
# gained, not how much anything rose.
_WHAT_CHANGED = re.compile(r"[\u4e00-\u9fff]{1,6}的[\u4e00-\u9fff]")
# What a level asked is reached by: "提高到多少", "定到每50公斤多少元".
_LEVEL_REACHED = re.compile(
    r"(?:增长|增加|提高|上升|上涨|涨|提升|降低|下降|降|减少|达|定|调)了?(?:到|至|为)"
    # 收购价提高以后，每50公斤是多少钱; 提高居民医保补助以后，…达到每人多少元
    r"|(?:提高|上涨|涨|提升|调整|调|新增|增加|减少)了?[^，,。；;？?]{0,10}?(?:以后|之后)"
)
_RANGE_LOW = re.compile(r"[\d.]+[到至~-]$")
_JOINED = re.compile(r"[和、与及或到至~-]")
# "比上年增加1501亿元": an amount compared with the year before is a change too.
_COMPARED_CHANGE_BEFORE = re.compile(
    r"比(?:上年|去年|前年|上一年|同期|[\d一二三四五六七八九〇○零]{4}年(?:底|末)?)"
    r"[^，,。；;\d]{0,3}(?:增长|增加|增产|提高|上升|下降|减少|减产|降低|上涨)了?$"
)


def _asks_level(question: str) -> bool:
    """A question about a level: no change word, or one only naming the level reached
    (补助标准提高到多少, 最低收购价定到多少)."""
    return not _CHANGE_WORDS.search(_LEVEL_REACHED.sub("", question))


# "GDP增长目标是多少", "增速定在多少": a rate of growth asked.
_RATE_ASK = re.compile(
    r"(?:增长|增速|增幅|涨幅|增长率|增长速度|涨了|上涨了|增长了)(?:的)?(?:目标|预期|指标)?"
    r"(?:是|为|定为|定在|定的|达到)?(?:多少|百分之几|几个百分点)(?![钱元吨斤人户个万亿])"
)
_RATE_UNITS = frozenset({"%", "‰", "倍"})
_CHANGE_SAID = re.compile(r"增|涨|提高|提升|上调|上升|下降|减少|降低|下调|回落|翻")
# "国内生产总值增加到121万亿元": the level reached, no change told.
_REACHED = re.compile(r"(?:增加|增长|提高|提升|上升|下降|减少|降低|扩大|缩小|回落)(?:到|至)")


def level_for_rate(window: Window, ask: Ask) -> bool:
    """ "2001年GDP增长目标是多少" is not answered by "国内生产总值2000年达89404亿元", nor "房价涨了
    多少" by "商品房销售9.37亿平方米": a change asked, in no other unit, and every figure here a
    level in a clause telling no change (增加了500元 tells one)."""
    if (ask.unit and ask.unit != "%") or not _RATE_ASK.search(normalize(ask.text)):
        return False
    places = _fitting_places(window, ask)
    if not places or any(figure.unit in _RATE_UNITS for figure, _, _ in places):
        return False
    # "…增加到121万亿元" reaches a level; from one figure to another (446元，…提高到610元) is a
    # change told.
    clauses = figure_clauses(window, ask)
    if len(places) == 1:
        clauses = [_REACHED.sub("", clause) for clause in clauses]
    return not any(_CHANGE_SAID.search(clause) for clause in clauses)


# Things jieba tags as acts (收入 as v): 税收收入 is a kind of 收入.
_MEASURE_HEADS = frozenset({"收入", "支出"})


def _first_place(window: Window, ask: Ask) -> int:
    """Where the first figure that could answer starts in the window (folded); 0 when none."""
    places = _fitting_places(window, ask)
    return places[0][1] if places else 0


# "，比上年增长52％": a clause telling only a change, of the thing the clause before names.
_BARE_CHANGE = re.compile(
    r"\s*(?:比上年|比去年|较上年|同比|比上一年)?\s*(?:实际)?(?:增长|增加|提高|下降|减少|上升|上涨|降低)了?\s*"
)
_CLAUSE_MARKS = "，,；;"


# Acts that undo each other: people taken in (纳入, 新增) are not people put out (清退, 注销).
_TAKING_IN = re.compile(r"新增|纳入|吸收|招收|引进|新建|新设|新办|新开")
_PUTTING_OUT = re.compile(r"清退|退出|取消|注销|剔除|核减|关闭|关停|拆除|淘汰|清理")
# Students taken in asked, and those leaving told (研究生招了多少人 is not 毕业研究生31万人).
_ENROLLED = re.compile(r"招生|招收|招了|招进")
_GRADUATED = re.compile(r"毕业")
# A fall asked (降了多少), and a rise told (由前三年分别上升4.9％、5.5％), not a fall (转为下降).
_FALLING_ASK = re.compile(r"(?:降|减|回落|缩小|压缩|压减)(?:少|低)?[了又是为达到]{0,3}(?:多少|几)")
_FALLING = re.compile(r"降|减|回落|缩小|压缩|压减")
_RISING = re.compile(r"上升|增长|提高|增加|扩大|上涨|涨")
# "全国损失了多少粮食": a loss asked, which growth does not tell.
_LOSS_ASK = re.compile(r"损失了?[^，,。？?]{0,4}(?:多少|几)")
_LOSS = re.compile(r"损失|减产|减收|少收|少产")
# Disputes settled asked (调解好了多少起), those found told (全年排查矛盾纠纷213起).
_SETTLED_ASK = re.compile(r"调解好|调解成功|调处成功|成功调解|成功化解|化解了|调解下来|办结|处理好")
_SETTLED = re.compile(r"成功|化解|办结|解决|调解好")
_FOUND = re.compile(r"排查|摸排|受理|收到")
# Money paid out asked (发放低保金多少), money recovered told (追缴违规资金12.7万元).
_PAYING = re.compile(r"发放|兑付|兑现|拨付|发了|支付")
_RECOVERING = re.compile(r"追缴|追回|收回|退缴|返还|清退")


# "还没消除风险的", "尚未脱贫的": an act not (yet) done, the two characters after naming it.
# A level as it was before (原来日产量总是停留在六百吨到八百五十吨之间), not a base compared with
# (比原来设想的六百亿元).
_FORMER = re.compile(r"(?<![比较于])(?:原来|原先|原本)")
_FORMER_ASKED = re.compile(r"原来|原先|原本|本来|起初|最初|当初|以前|之前|此前|过去|早先|先前")


def former_for_now(window: Window, ask: Ask) -> bool:
    """ "阿干镇煤矿经过整风后日产量达到多少" is not answered by "…煤矿原来日产量总是停留在六百吨
    到八百五十吨之间": each figure that could answer is what was so before, and the question
    asks of no earlier time."""
    return not _FORMER_ASKED.search(ask.text) and _every_figure_led_by(window, ask, _FORMER)


# A loss asked in any words (损失, 少产了多少钢, 亏进去多少钱).
_LOSS_ASKED = re.compile(r"亏|赔|损|减产|减收|少收|少产|少生产")
_LOSS_RUN = re.compile(r"(?:损失|减产|减收|少收)([^；;。]*)$")
_ANY_FIGURE = re.compile(r"[\d０-９一二两三四五六七八九十百千万亿]+(?:[多余])?[\u4e00-\u9fff%]")
_CLAUSES = re.compile(r"[，,]")


def loss_for_level(window: Window, ask: Ask) -> bool:
    """ "1977年钢产量是多少吨" is not answered by "…全国大约损失工业总产值一千亿元，钢产量
    二千八百万吨": each figure that could answer is a loss its sentence tells (its verb leads a
    run of clauses), and the question asks of no loss."""
    if _LOSS_ASKED.search(ask.text):
        return False
    text = normalize(window.text)
    before = normalize(window.passage.text[window.sentence[0] : window.start])

    def a_loss(lead: str) -> bool:
        # The loss word as a verb of the things after it (not 直接经济损失2000多亿元, the loss
        # itself), then clauses each telling a figure, up to this one's.
        run = _LOSS_RUN.search(lead)
        if run is None:
            return False
        clauses = _CLAUSES.split(run.group(1))
        first = _ANY_FIGURE.split(clauses[0])[0] if len(clauses) > 1 else clauses[0]
        return len(re.findall(r"[\u4e00-\u9fff]", first)) >= 2 and all(
            _ANY_FIGURE.search(c) for c in clauses[:-1]
        )

    places = _fitting_places(window, ask)
    return bool(places) and all(
        a_loss(clause_lead(before + text[:s], len(before) + s, "；;。")) for _, s, _ in places
    )


_FOREIGN_MONEY = ("美元", "欧元", "日元", "港元", "澳元", "卢布")
_YUAN_ASKED = re.compile(r"(?:多少|几)[十百千万亿]*元")


def other_currency(window: Window, ask: Ask) -> bool:
    """ "1996年全国财政收入总额是多少亿元" is not answered by "外贸进出口总额达到２８９０多亿美元":
    the question asks for yuan in so many words, and each figure that could answer is in another
    currency. (多少钱 and 多少外汇 name no currency.)"""
    if not _YUAN_ASKED.search(ask.text) or any(m in ask.text for m in _FOREIGN_MONEY):
        return False
    places = _fitting_places(window, ask)
    return bool(places) and all(f.unit.endswith(_FOREIGN_MONEY) for f, _, _ in places)


_MONTH = r"(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
_MONTH_ASKED = re.compile(rf"({_MONTH})月(?:份|底|末)?")
_YEAR_END = re.compile(r"年底|年末")
# The whole year told (not a base compared with: 比去年, 去年同期).
_WHOLE_YEAR = re.compile(r"(?<![比较与同跟])(?:今年(?!以来)|全年|去年|本年|当年|上年)(?!同期)")
# Parts of a year a sentence tells: months from January on, a month, a quarter, a half.
_PART_TOLD = re.compile(
    rf"{_MONTH}\s*(?:至|到|-|—|－|~)\s*({_MONTH})\s*月"
    rf"|({_MONTH})月(?:份|底|末)?"
    r"|第?([一二三四1-4])季度|(上半年)|(前三季度)"
    r"|(?:头|前)([一二三四五六七八九十]|1[0-2]|[1-9])个月"
)


def _month(word: str) -> int:
    """A month's number from 11, 十一, 十 or 三."""
    if word.isdigit():
        return int(word)
    units = " 一二三四五六七八九"
    if word.startswith("十"):
        return 10 + units.index(word[1:] or " ")
    return units.index(word)


def _months_told(m: re.Match[str]) -> set[int]:
    """The months a part of the year ends on (or, for a quarter, spans)."""
    upto, month, quarter, half, three, first = m.groups()
    if quarter:
        n = "一二三四".find(quarter) + 1 or int(quarter)
        return {3 * n - 2, 3 * n - 1, 3 * n}
    if half:
        return {6}
    if three:
        return {9}
    return {_month(upto or month or first)}


def other_part_of_year(window: Window, ask: Ask) -> bool:
    """ "1981年11月份工业总产值比上年同期增长多少" is not answered by "工业总产值第一季度下降
    ０．２％", nor "到1981年年底城乡储蓄存款余额" by "今年１到１０月增加了九十五亿元，达到四百
    九十四亿元": the question asks of a month or of the year's end, and the figure's sentence
    tells only other parts of the year."""
    question = normalize(ask.text)
    asked = {_month(m.group(1)) for m in _MONTH_ASKED.finditer(question)}
    lead = normalize(window.passage.text[window.sentence[0] : window.end])
    # "全年…目标是多少" is not told by "上半年新增城镇就业132人", nor by "下半年新增…128人",
    # but by a sentence naming the whole year ("…于5月开工建设，全年完成投资4600万元").
    if "全年" in question and not asked and not _PART_TOLD.search(question):
        if "全年" in lead:
            return False
        if _every_figure_led_by(window, ask, re.compile("下半年")):
            return True
        asked.add(12)
    if _YEAR_END.search(question):
        asked.add(12)
    if not asked:
        return False
    told = [_months_told(m) for m in _PART_TOLD.finditer(lead)]
    if (
        not told
        and window.passage.town
        and window.passage.period.endswith("H1")
        and not _WHOLE_YEAR.search(lead)
        and "下半年" not in lead
    ):
        # A town's first-half report tells its half (to 6月) where a sentence names no part:
        # "7月份完成固定资产投资多少" is not its "完成固定资产投资2.26亿元".
        told = [{6}]
    if not told:
        # "今年轻纺工业的总产值预计比去年增长１２％" tells the whole year, no month of it.
        return bool(_WHOLE_YEAR.search(lead)) and 12 not in asked
    return not any(months & asked for months in told)


_PART_ASKED = re.compile(
    r"上半年|下半年|前三季度|前三个季度|第?[一二三四]季度|1-[69]月|头六个月|前六个月|前半年"
)


def whole_year_for_part(window: Window, ask: Ask) -> bool:
    """ "2024年前三季度农特产品网络销售额是多少" is not answered by the 2024 summary's "全年农产品
    网络销售额3520万元": a part of the year asked, and a township's whole-year figure told."""
    if window.passage.town in ("", NATIONAL) or len(window.passage.period) != 4:
        return False
    question = normalize(ask.text)
    if "全年" in question or not _PART_ASKED.search(question):
        return False
    lead = normalize(window.passage.text[window.sentence[0] : window.end])
    return "全年" in lead and not _PART_ASKED.search(lead)


# Investment done ("上半年投进去多少钱", "实际一共干了多少投资"), not a project's budget.
_DONE_ASKED = re.compile(r"完成|实际|干了|投进去|投了|投入了|上半年|前三季度|季度|今年|全年|当年")
_BUDGET_ASKED = re.compile(r"总投资|计划|概算|预算|估算|规划")
_BUDGET_TOLD = re.compile(r"总投资(?:额|规模)?(?:为|达|约|近|超)?$")


def budget_for_done(window: Window, ask: Ask) -> bool:
    """ "那条旅游路今年上半年投进去多少钱" is not answered by "…改扩建工程总投资9600万元": the
    question asks what was invested in a period, and each figure that could answer is a project's
    whole budget."""
    if window.passage.town in ("", NATIONAL) or "投" not in ask.text:
        return False
    question = normalize(ask.text)
    if not _DONE_ASKED.search(question) or _BUDGET_ASKED.search(question):
        return False
    text = normalize(window.text).lower()
    places = _fitting_places(window, ask)
    return bool(places) and all(
        _BUDGET_TOLD.search(clause_lead(text, start)) for _, start, _ in places
    )


def next_years_paragraph(window: Window, ask: Ask) -> bool:
    """ "X057线…改扩建工程2023年完成投资多少" is not answered by the 2023 summary's closing
    paragraph "2024年是…关键一年。…全年计划实施重点项目26个、完成投资3.6亿元": in a township's
    whole-year report, a paragraph opening on the next year tells that year's plans, and the
    question asks of the report's own."""
    period = window.passage.period
    if window.passage.town in ("", NATIONAL) or len(period) != 4 or period not in ask.years:
        return False
    following = str(int(period) + 1)
    if following in ask.years or following in written_years(ask.text):
        return False  # ("2025年…是多少？2026年计划增长多少": the next year is asked too)
    text = window.passage.text
    opening = text.rfind("\n", 0, window.start) + 1
    return text[opening:].lstrip().startswith(f"{following}年")


def _every_figure_led_by(window: Window, ask: Ask, words: re.Pattern[str]) -> bool:
    """Whether each figure that could answer has the words in its clause before it."""
    text = normalize(window.text)
    places = _fitting_places(window, ask)
    return bool(places) and all(words.search(clause_lead(text, s)) for _, s, _ in places)


# "多少亿元", "几千万元": a sum asked in ten-thousands or hundred-millions of yuan.
_SCALED_MONEY_ASK = re.compile(r"(?:多少|几)[十百千]?[万亿](?:元|块|美元)")


def yuan_for_sum(window: Window, ask: Ask) -> bool:
    """ "1978年全国财政收入总额是多少亿元" is not answered by "每百元工业固定资产净值提供的税收
    利润，1977年为31.5元，1978年为35.5元": the sum is asked in 万元 or 亿元, and every sum of money
    that could answer is a few yuan (so much a head, or per hundred yuan)."""
    if not _SCALED_MONEY_ASK.search(normalize(ask.text)):
        return False
    money = [f for f, _, _ in _fitting_places(window, ask) if f.unit in ("元", "美元")]
    return bool(money) and not any(re.search(r"[万亿]", f.text) for f in money)


def plan_unnamed(window: Window, ask: Ask) -> bool:
    """ "第二个五年计划的钢产量指标是多少" is not answered by "…第一个五年合计将达到一千六百三十
    万吨，而旧中国…49年合计的钢产量不过七百六十万吨": a five-year plan asked, which neither the
    passage up to the figure nor its section names, and the figure's sentence speaks of another
    plan."""
    plans = [g for g in ask.groups if not g.setting and plan_names(g.label)]
    if not plans:
        return False
    upto = normalize(window.passage.text[: window.end] + window.passage.section).lower()
    if any(match(g, upto) >= 0.9 for g in plans):
        return False
    # The sentence up to the figure (…，结转到第七个五年计划期间续建的 after it is another's).
    own = normalize(window.passage.text[window.sentence[0] : window.end])
    numbers = {re.sub(r"第|个五年.*", "", plan_names(g.label)[0][2][2]) for g in plans}
    others = {m.group(1) for m in re.finditer(r"第([一二三四五六七八九十]{1,3})个五年", own)}
    return bool(others - numbers)


# A way by its two ends: 包头到兰州铁路, 成都至昆明的铁路, 西气东输管道.
_ROUTE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:到|至)([\u4e00-\u9fff]{2})的?[\u4e00-\u9fff]{0,2}?"
    r"(?:铁路|公路|铁道|高速|管道|运河|航线|干线)"
)


def route_unnamed(window: Window, ask: Ask) -> bool:
    """ "包头到兰州铁路全长多少公里" is not answered by "兰州到新疆维吾尔自治区的铁路继续向西铺轨
    三百公里": a way asked by its two ends, and the figure's sentence lacks one of them."""
    m = _ROUTE.search(normalize(ask.text))
    if m is None:
        return False
    # Its ends are places (兰州; 包头, a verb to jieba, beside one): not 把天然气送到东部.
    tags = [word_tag(m.group(1)), word_tag(m.group(2))]
    if "ns" not in tags or any(t in ("", "f") for t in tags):
        return False
    own = sentence_text(window)
    return not (m.group(1) in own and m.group(2) in own)


_NOT_DONE = re.compile(r"(?:还没有?|没有?|尚未|还未|未)([\u4e00-\u9fff]{2})")


def opposite_act(window: Window, ask: Ask) -> bool:
    """ "2023年清退了多少户低保" is not answered by "全镇符合纳入农村低保户282户527人", nor "还没
    消除风险的有多少户" by "已消除风险89户275人": every clause holding a figure that could answer
    tells the opposite act, and not the one asked."""
    question = normalize(ask.text)
    undone = _NOT_DONE.search(question)
    if undone:
        act = undone.group(1)
        # (Not "年初剩余的551万农村贫困人口全部脱贫" for "还剩多少没脱贫": what was left.)
        told = [c for c in figure_clauses(window, ask) if act in c]
        # (An act done, 在城镇安置了903万人, for "还有多少…没有安置": those done, not those left.)
        return bool(told) and all(
            re.search(rf"已经?{act}|{act}了", c) and not re.search(rf"(?:没有?|尚未|未){act}", c)
            for c in told
        )
    for asked, opposite in ((_PUTTING_OUT, _TAKING_IN), (_TAKING_IN, _PUTTING_OUT)):
        if asked.search(question) and not opposite.search(question):
            clauses = figure_clauses(window, ask)
            return bool(clauses) and all(
                opposite.search(c) and not asked.search(c) for c in clauses
            )
    for asked, said, opposite in (
        (_ENROLLED, _ENROLLED, _GRADUATED),
        (_FALLING_ASK, _FALLING, _RISING),
        (_LOSS_ASK, _LOSS, _RISING),
        (_PAYING, _PAYING, _RECOVERING),
        (_SETTLED_ASK, _SETTLED, _FOUND),
    ):
        if asked.search(question) and not opposite.search(question):
            clauses = figure_clauses(window, ask)
            return bool(clauses) and all(opposite.search(c) and not said.search(c) for c in clauses)
    return False


# "有多少家烟花爆竹店被立案查处": the things counted are those the act was done to.
_DONE_TO = re.compile(r"被([\u4e00-\u9fff]{2,4}?)了?(?=的|[？?，,。]|$|呢|吗)")


def act_done_to_unsaid(window: Window, ask: Ask) -> bool:
    """ "有多少家烟花爆竹店被立案查处" is not answered by "对辖区内59家烟花爆竹店开展隐患排查":
    the question counts what an act was done to, and the sentence shares no word of the act."""
    done = _DONE_TO.search(normalize(ask.text))
    if not done:
        return False
    acts = [g for g in ask.groups if g.label in done.group(1) or done.group(1) in g.label]
    sentence = sentence_text(window)
    return bool(acts) and all(match(g, sentence) == 0 for g in acts)


_NAMED = re.compile(r"[“\"]([^”\"]{2,12})[”\"]")


def named_other(window: Window, ask: Ask) -> bool:
    """ "民宿一共接待了多少游客" is not answered by "…促进民宿主增收10余万元，今年北斗溪营地
    “研学旅行”预计接待3万余人": each figure that could answer belongs to a quoted name in its own
    clause that the question does not name, the clause up to that name naming none of the
    question's things (中央财政用于“三农”的支出 is the 中央财政's still)."""
    things = [g for g in ask.groups if not g.setting and g.weight >= 0.5]
    text = normalize(window.text).lower()

    def of_a_name(start: int) -> bool:
        clause = clause_lead(text, start)
        # "组织“送戏下乡”22场次、公益电影放映78场次": an item after a 、 naming the thing asked
        # is counted by the figure, not the name before it.
        item = clause_lead(text, start, _CLAUSE_ENDS + "、")
        if item != clause and any(match(g, item) >= HEAD_MATCH for g in things if g.weight >= 1):
            return False
        # (“十一五”期间: a plan's years, which set the time, name no other thing.)
        names = [n for n in _NAMED.finditer(clause) if not plan_names(n.group(0))]
        return (
            bool(names)
            and all(match(g, n.group(1)) < HEAD_MATCH for g in ask.groups for n in names)
            and all(match(g, clause[: names[-1].start()]) < HEAD_MATCH for g in things)
        )

    places = _fitting_places(window, ask)
    return bool(things) and bool(places) and all(of_a_name(start) for _, start, _ in places)


_CHANGE_OPENS = re.compile(r"^\s*(?:同比|比上年|较上年|比去年|较去年|环比)")


# Words before a head that name no kind of it (计划接待游客: a plan, no kind of visitor).
_NO_KIND = re.compile(r"计划|目标|实际|预计|预期|任务|全年|今年|去年|年度|累计|全[乡镇县村市区]")
# The place a kind is of, before it (全乡中药材).
_WHOLE_PLACE = re.compile(r"^.?全[乡镇县村市区国]|^[乡镇](?=[\u4e00-\u9fff]{2})")
# The topic a sentence opens on: "高山蔬菜方面，种植面积发展到1.6万亩".
_TOPIC = re.compile(r"([\u4e00-\u9fff]{2,8})方面[，,：:]?$")


def _an_act(group: TermGroup) -> bool:
    """A word of the question jieba reads as verbs only (种植, 接待), not a setting."""
    return not group.setting and all(flag == "v" for _, flag in pos_tags(group.label))


def other_kind_of_head(window: Window, ask: Ask) -> bool:
    """ "2022年全国出生人口是多少" is not answered by "脱贫人口务工规模超过3200万人": the thing
    asked is a kind of its head word (出生人口), and each figure that could answer counts another
    kind of it (脱贫人口), the question's kind named nowhere in the sentence."""
    from retrieval.synonyms import synonym_table

    heads = [g for g in ask.groups if g.head and not g.setting and len(g.label) >= 2]
    # A thing (人口, 里程), not an act (超过); the act of "积累部分计划增长多少" is left aside.
    heads = [
        g
        for g in heads
        if g.label in _MEASURE_HEADS or not all(flag == "v" for _, flag in pos_tags(g.label))
    ]
    if len(heads) != 1 or not (
        heads[0].label in _MEASURE_HEADS
        or all(flag.startswith("n") for _, flag in pos_tags(heads[0].label))
    ):
        return False
    head = heads[0]
    # The word right before it, past a 总 (运营总里程).
    at = (
        head.position - 1
        if any(g.label == "总" for g in ask.groups if g.position == head.position - 1)
        else head.position
    )
    # (Or before a 的: "国民生产总值的总额".)
    ends = {at, at - 1} if ask.text[at - 1 : at] == "的" else {at}
    kinds = [
        g
        for g in ask.groups
        if g.position + len(g.label) in ends
        and not g.setting
        and len(g.label) >= 2
        and all("\u4e00" <= c <= "\u9fff" for c in g.label)
        and not _HOW_MANY_KINDS.fullmatch(g.label)  # 四项补贴 counts them, names no kind
        and not _WHEN_WORD.fullmatch(g.label)  # 整风以后日产量: when, not what kind
        # An act is no kind (复核低保); before a 的, only a thing opening its phrase is.
        and not _an_act(g)
        and (g.position + len(g.label) == at or _noun_phrase_of(g, ask))
    ]
    head_label = head.label
    read_past = False  # the kind is read past a word before the head: named up to the figure
    # "天麻种植面积": past an act (种植), the thing it is done to names the kind.
    acts = [g for g in ask.groups if g.position + len(g.label) == at and _an_act(g)]
    if not kinds and acts:
        read_past = True
        kinds = [
            g
            for g in ask.groups
            if g.position + len(g.label) == acts[0].position
            and not g.setting
            and is_noun(g.label)
            and not _NO_KIND.search(g.label)
        ]
        head_label = acts[0].label + head.label
    if not kinds:
        return False
    sentence = sentence_text(window)
    # "秸秆综合利用率" of "畜禽粪污综合利用率", "天麻种植面积" of "中药材种植面积达到2.36万亩，
    # …主要品种有天麻": a kind word the sentence shares (综合) read with the head, when the noun
    # before it names the kind and the sentence, up to the figure, lacks it.
    outer = [
        g
        for g in ask.groups
        if g.position + len(g.label) == kinds[0].position
        and kinds[0].position + len(kinds[0].label) == at
        and not g.setting
        and is_noun(g.label)
    ]
    fitting = _fitting_places(window, ask)
    upto = (
        text_before_window(window)
        + normalize(window.text).lower()[: max((end for _, _, end in fitting), default=0)]
    )
    if (
        outer
        and window.passage.town != NATIONAL
        and "分别" not in sentence  # (城乡低保标准分别提高13.1%和17.7%: 农村's is there)
        and match(kinds[0], sentence) >= HEAD_MATCH
        and match(outer[0], upto) == 0
    ):
        head_label = kinds[0].label + head.label
        kinds = outer
        read_past = True
    # The kind named in the sentence up to the figures (not in a clause of its own figure:
    # 其中税收收入4725万元；…，同比增长5.1%): the same thing.
    if match(kinds[0], upto if read_past else sentence) >= HEAD_MATCH and not _CHANGE_OPENS.match(
        clause_lead(normalize(window.text).lower(), _first_place(window, ask))
    ):
        return False
    # Words that may name the question's kind: its own characters and its synonyms' (大学: 高校);
    # a kind set apart by 的 (国民生产总值的总额), its own words.
    kind = kinds[0].label
    apart = kinds[0].position + len(kind) != at
    same = set(normalize(ask.text).lower()) | {
        c for word in synonym_table().get(kind, ()) for c in word
    }
    text = normalize(window.text).lower()
    prior = text_before_window(window)

    def of_another_kind(start: int, end: int) -> bool | None:
        # The head named before the figure in its clause (脱贫人口…3200万人), or else after it
        # (近1亿农村贫困人口).
        lead = clause_lead(text, start, _CLAUSE_ENDS + "、")
        tail = re.split(r"[，,；;。、]", text[end:])[0]
        if _CHANGE_OPENS.match(lead) or lead.lstrip().startswith("其中"):
            # "…总收入达到268.5万元，同比增长14.7%": a bare change is the clause before's, and
            # so is a part ("…种植面积达到2.36万亩，其中当年新增3400亩").
            lead = clause_lead(prior + text, len(prior) + start - len(lead) - 1)
        if match(kinds[0], lead + tail) >= HEAD_MATCH:
            return False
        for clause in (lead, tail):
            where = clause.rfind(head_label)
            if where >= 0:
                # The words naming its kind there: up to four characters right before it, past
                # the place they are of (全乡中药材).
                before = re.search(r"[\u4e00-\u9fff]{0,4}$", clause[:where])
                run = _WHOLE_PLACE.sub("", before.group(0) if before else "")
                if len(run) < 2:
                    # "高山蔬菜方面，种植面积发展到1.6万亩": the kind its sentence opens on.
                    topic = _TOPIC.search(prior + text[: max(0, start - len(lead))])
                    return topic is not None and match(kinds[0], topic.group(1)) == 0
                if apart:  # 资产投资 shares no two characters running with 国民生产总值
                    return not any(run[i : i + 2] in kind for i in range(len(run) - 1))
                return not set(run) & same  # 境内 is 国内 still
        return None  # no head in its clause: it counts something else

    # "近1亿农村贫困人口实现脱贫，全国832个贫困县全部摘帽": another kind, and another thing.
    kinds_told = [of_another_kind(start, end) for _, start, end in _fitting_places(window, ask)]
    return any(kinds_told) and all(k is not False for k in kinds_told)


def _noun_phrase_of(group: TermGroup, ask: Ask) -> bool:
    """Whether the group, before a 的, is a thing that opens its phrase (一九八五年国民生产总值的
    总额), not the end of a clause describing the head (去上业余文化课的农民): a noun of its own
    name (not 少交 or 进党, which jieba tags as nouns it does not know), after no other word."""
    before = ask.text[group.position - 1 : group.position]
    opens = not before or not "\u4e00" <= before <= "\u9fff" or before in "年的"
    return opens and len(group.label) >= 3 and is_noun(group.label)


_WHEN_WORD = re.compile(r"以后|之后|以前|之前|以来|现在|目前|当时|后来|期间|当年|全年|今年|去年")
_HOW_MANY_KINDS = re.compile(r"[一二两三四五六七八九十几]+[项个类种条大]")
_TRADE = ("进出口", "出口", "进口")


def other_trade(window: Window, ask: Ask) -> bool:
    """ "09年出口了多少辆汽车" is not answered by "全年汽车销售1364万辆": goods sent abroad (or
    brought in) are asked, and the figure's sentence names no trade that way."""
    # (Not 进口关税, 出口退税: a tax named by its trade.)
    question = re.sub(r"(?:进出口|出口|进口)(?=关税|退税|税)", "", normalize(ask.text))
    asked = next((word for word in _TRADE if word in question), None)
    return asked is not None and asked not in sentence_text(window)


def change_of_another(window: Window, ask: Ask) -> bool:
    """ "1999年国内生产总值增长了百分之几" is not answered by "…实现利润2202亿元，比上年增长52％":
    each figure that could answer is a bare change, and the clauses it continues name none of
    the question's words."""
    things = [g for g in ask.groups if not g.setting]
    lead = normalize(window.passage.text[window.sentence[0] : window.start]).lower()
    full = lead + normalize(window.text).lower()
    places = _fitting_places(window, ask)
    if CHANGE_ASKED.search(ask.text) and window.passage.town != NATIONAL:
        # "同比增长16.3%，实现旅游综合收入1.12亿元": a level is no change; the change decides.
        # (Town reports: a national one's 经济…增长 is told by 国内生产总值…，增长5.2%.)
        text = normalize(window.text).lower()
        changes = [p for p in places if _CHANGE_WORD.search(clause_lead(text, p[1]))]
        first = min((p[1] for p in changes), default=0)
        # (The thing named first, 零售总额1，753亿元，比上年增加225亿元 or 外贸出口…，全年达到
        # 1949亿美元，比上年增长6.1％: the change is its own.)
        upto = lead + text[: first - len(clause_lead(text, first))]
        named = [g for g in things if not _CHANGE_TERM.fullmatch(g.label)]
        keys = [g for g in named if g.head] or (named[:1] and [max(named, key=lambda g: g.weight)])
        # (Named up to it, the thing may still have its change told after another's level:
        # "春茶产量416吨，实现产值6240万元，同比增长9.7%": the change is 产值's.)
        before = text[: first - len(clause_lead(text, first))]
        if changes and (not any(match(g, upto) >= HEAD_MATCH for g in keys) or figures(before)):
            places = changes

    def of_another(start: int) -> bool:
        at = start + len(lead)
        opens = max(full.rfind(mark, 0, at) for mark in _CLAUSE_MARKS)
        if opens < 0 or not _BARE_CHANGE.fullmatch(full[opens + 1 : at]):
            return False
        # The clauses it continues: back to one with a figure of its own ("…实现利润2202亿元，")
        # or to the sentence's start ("农村居民人均纯收入，考虑价格下降因素，").
        begins = opens
        while begins > 0:
            begins = max(full.rfind(mark, 0, begins) for mark in _CLAUSE_MARKS)
            if begins < 0 or figures(full[begins + 1 : opens]):
                break
        subject = full[max(begins, -1) + 1 : opens]
        if not subject.strip():
            return False
        # (Where the subject shares a word with the thing asked, the thing's weightiest word
        # decides: 城镇居民人均可支配收入 is no 税收收入 for sharing 收入; the words of the change
        # itself, 同比, are no thing.)
        named = [g for g in things if not _CHANGE_TERM.fullmatch(g.label)]
        key = max(named, key=lambda g: g.weight) if named else None
        # (A town report's sentence names its topic in its first clause with a figure, past a
        # setting: "上半年，全乡春茶产量416吨，实现产值6240万元，同比增长9.7%" tells 春茶's 产值.)
        clauses = re.split(f"[{_CLAUSE_MARKS}]", full)
        topic = next((c for c in clauses if figures(c)), "")
        own_topic = (
            key is not None and window.passage.town != NATIONAL and match(key, topic) >= HEAD_MATCH
        )
        # (The subject shares the head after the word: 收入 after 税收, not 化学纤维 before 产量.)
        if key is not None and match(key, subject) < HEAD_MATCH and not own_topic:
            heads = [g for g in named if g.position > key.position]
            if heads and all(match(g, subject) >= HEAD_MATCH for g in heads):
                return True
        return all(match(g, subject) < HEAD_MATCH for g in things)

    return bool(places) and all(of_another(start) for _, start, _ in places)


_CHANGE_TERM = re.compile(
    r"同比|环比|增长|增加|提高|下降|减少|降低|上升|增幅|涨幅|降幅|幅度|比上年|上年|去年|百分之|多少|几"
)
_PART_AFTER = re.compile(r"\s*[，,；;]\s*其中([^，,；;。]*)")


def change_of_whole(window: Window, ask: Ask) -> bool:
    """ "税收收入同比增长了多少" is not answered by "完成一般公共预算收入5890万元，同比增长4.3%，
    其中税收收入4725万元": the change is the whole's, told before the part asked, which 其中
    names after it with no change of its own."""
    if not CHANGE_ASKED.search(ask.text):
        return False
    changes = [f for f, _, _ in _fitting_places(window, ask) if f.unit in ("%", "倍")]
    things = [g for g in ask.groups if not g.setting and g.weight >= 1.0]
    if not changes or not things:
        return False
    sentence = normalize(window.passage.text[window.sentence[0] : window.sentence[1]]).lower()

    def of_whole(change: Figure) -> bool:
        at = sentence.find(change.text.lower())
        part = _PART_AFTER.match(sentence, at + len(change.text)) if at >= 0 else None
        if part is None:
            return False
        lead = sentence[:at]
        return any(match(g, part.group(1)) > match(g, lead) + 0.5 for g in things)

    return all(of_whole(change) for change in changes)


def told_before_the_event(window: Window, ask: Ask) -> bool:
    """ "经过整风以后日产量达到了多少" is not answered by "原来日产量总是停留在六百吨到八百五十吨
    之间，…但是经过整风运动，…现在日产量已经达到一千二百多吨": what came after an event is
    asked, and the figure's sentence names the event only after it."""
    asked = _AFTER_EVENT.search(normalize(ask.text))
    if asked is None or "年" in asked.group(1):
        return False
    places = _fitting_places(window, ask)
    if not places:
        return False
    event = asked.group(1)
    s_start, s_end = window.sentence
    text = window.passage.text
    if event in normalize(text[s_start : window.start]):
        return False
    at = normalize(window.text).lower().find(event)
    if at >= 0:
        return not any(found > at for _, found, _ in places)
    return event in normalize(text[window.end : s_end])


# "经过整风以后", "群众讨论后的指标": the two characters before 以后/之后/后.
_AFTER_EVENT = re.compile(r"([\u4e00-\u9fff]{2})(?:以后|之后|后(?=的|，|,))")


def change_for_level(window: Window, ask: Ask) -> bool:
    """ "1974年粮食产量有多少" is not answered by "粮食增产一点四倍": a level is asked, and every
    figure here tells a change."""
    if not _asks_level(normalize(ask.text)):
        return False
    text = normalize(window.text).lower()
    changes = 0
    last_end = -1
    # "…达到三千八百五十六亿斤，棉花增长百分之二十五点四": a figure before the asked thing is
    # another thing's.
    heads = [v for g in ask.groups if g.head for v in g.variants if v in text]
    start = min((text.find(v) for v in heads), default=0)
    # "种植油茶10万亩、人均增收2450元" for an income asked: only the figures in its unit count.
    places = _fitting_places(window, ask)

    def in_heads_clause(found: int) -> bool:
        clause_start = max(text.rfind(c, 0, found) for c in "，,；;") + 1
        return any(v in text[clause_start:found] for v in heads)

    question = normalize(ask.text)
    total_asked = bool(_TOTAL_ASKED.search(question)) and not _MORE_ASKED.search(question)
    # "新增低保4户10人,…临时救助95户": only the figures told of the asked thing.
    named = [p for p in places if in_heads_clause(p[1])]
    for figure, found, end in named or [p for p in places if p[1] >= start] or places:
        if text[found - 1 : found] == "每":
            continue  # "每50公斤": what a price is per, neither level nor change
        share = figure.unit in ("倍", "%", "‰") or text[found:end].startswith(("百分之", "千分之"))
        if not share and _WHAT_CHANGED.match(text, end):
            return False  # "提高了500余亩农田的种植效益": the figure counts what was changed
        # "提高5到7元": the range's low end is part of the figure.
        before = _RANGE_LOW.sub("", text[max(0, found - 10) : found])
        if not _ADDED_OR_REMOVED.search(before):
            before = before[-4:]
        # "增加了一百五十万吨" is a change too; "增加到8000万吨" is the level reached.
        change = _CHANGE_BEFORE if share else _AMOUNT_CHANGE_BEFORE
        compared = bool(_COMPARED_CHANGE_BEFORE.search(text[max(0, found - 12) : found]))
        # "每年就减少国家财政收入四、五十亿元" for a total asked: the change comes before the
        # thing it changes. (Not for "多支出多少", "裁掉多少员额": a change asked in other words.)
        compared = compared or (
            total_asked
            and any(
                re.search(
                    rf"{_THING_CHANGED}[\u4e00-\u9fff]{{0,6}}{re.escape(v)}{_LOW_END}$",
                    text[:found],
                )
                for v in heads
            )
        )
        # "分别再提高30元和5元", "提高5到7元": the next figure of the same change.
        # "清退低保19户32人": households and people of one change.
        between = text[last_end:found]
        joined = last_end >= 0 and (between == "" or _JOINED.fullmatch(between))
        if not (change.search(before) or compared or joined):
            return False  # a level is here
        changes += 1
        last_end = end
    # "钢产量增长百分之四十二，达到8000万吨": the answer goes on to the level reached.
    return changes > 0 and with_result(window) == window.end


_THING_CHANGED = r"(?<!新)(?:增加|减少|增收|减收)"
_TOTAL_ASKED = re.compile(r"总额|总量|总数|总共|一共|共有|全部")
_MORE_ASKED = re.compile(r"多(?:支出|花|拿|用|投|发|收|交|掏|给|出)|少(?:交|掏|花|收)")
_LOW_END = r"(?:[一二三四五六七八九十\d.]+[、到至-])?"  # "四、五十亿元"


# What was added in the period asked: 新增, 新种, 扩种到…; what the sentence leans on exists.
_ADDITION_ASK = re.compile(
    r"新增|新种|新栽|新植|新造|新建|新发展|新开|扩种|扩建|增种|补种|新纳入|新识别|新认定"
)
_STOCK_LEAD = re.compile(r"\s*(?:目前|截至[^，,]{0,8})?(?:全镇|全乡|全县|全国)?(?:共有|现有|拥有)")
# "高速公路通车里程达11.2万公里": a total reached, not what the year added.
_STOCK_TOLD = re.compile(
    r"依托|依靠|现有|拥有|已有|通车里程|运营里程|总里程|保有量|总数达|总量达|累计达"
)


def stock_for_addition(window: Window, ask: Ask) -> bool:
    """ "2022年计划新种油茶多少亩" is not answered by "依托万亩油茶和5000亩山核桃林": what is added
    is asked, and every figure here counts what the town already has."""
    if not _ADDITION_ASK.search(normalize(ask.text)):
        return False
    if _each_clause_says(window, ask, _STOCK_TOLD, unless=_ADDITION_TOLD):
        return True
    # "目前全镇共有脱贫村8个，脱贫户1330户4785人，监测对象182户516人": a sentence opening with
    # what there is lists stocks, unless a clause names what was added.
    text = window.passage.text
    opening = re.split(r"[，,；;：:]", normalize(text[window.sentence[0] : window.end]))[0]
    return bool(_STOCK_LEAD.match(opening)) and not _ADDITION_TOLD.search(normalize(window.text))


def _each_clause_says(
    window: Window,
    ask: Ask,
    words: re.Pattern[str],
    unless: re.Pattern[str] | None = None,
    *,
    named_only: bool = False,
) -> bool:
    """Whether the window has figures that could answer and each one's clause, up to it, has
    one of `words` (and none of `unless`: 新增高速铁路运营里程 tells an addition); with
    `named_only`, each clause naming a thing the question names, where some do."""
    # From the sentence's start: a window opening on 其中 leans on the clause before it.
    lead = text_before_window(window)
    text = lead + normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    clauses = [_clause_up_to(text, len(lead) + found) for _, found, _ in fitting]
    # "铁路…总里程11344公里，高速公路增加4083公里": the clauses naming the thing asked answer.
    things = [g for g in ask.groups if not g.head and not g.setting and g.weight >= 1.0]
    naming = (
        [c for c in clauses if any(match(g, c) >= HEAD_MATCH for g in things)] if named_only else []
    )
    return bool(clauses) and all(
        words.search(clause) and not (unless and unless.search(clause))
        for clause in naming or clauses
    )


def _clause_up_to(text: str, at: int) -> str:
    """The clause of `text` up to `at`, with the clause before when this one opens on 其中
    ("新增铁路里程1.97万公里，其中高速铁路8951公里" tells what was added of both)."""
    clauses = re.split(r"[，,；;：:]", text[:at])
    if len(clauses) > 1 and clauses[-1].lstrip().startswith("其中"):
        return clauses[-2] + "，" + clauses[-1]
    return clauses[-1]


# What there is in all ("全镇共有多少名党员"), against what a period added ("发展党员7名").
_STOCK_ASK = re.compile(
    r"(?:一共|总共|全镇|全县|全国|共)有|现有|总数|总人数|总量|总里程|保有量|余额"
    r"|(?:一共|总共)达到?了?(?:多少|几)"  # "到1959年灌溉面积一共达到了多少亩"
    r"|(?:年底|年末)[^，,？?]{0,12}有(?:多少|几)"  # "2024年底全镇女性党员有多少名"
    r"|现在(?:一共|总共)?有"  # "乡卫生院现在有多少张住院床位"
    r"|累计(?!新)|截至[^，,？?]{0,10}[底末]"  # "截至6月底，累计纳入监测对象多少户"
    r"|总面积|总规模"  # "山银花种植总面积是多少亩"
)
_ADDITION_TOLD = re.compile(
    r"发展|新增|吸收|接收|新招|新录用|净增|新建|新造|新种|新栽|新植|新识别|新纳入|新认定"
    r"|增加(?!到|至|值)"
)


def addition_for_stock(window: Window, ask: Ask) -> bool:
    """ "全镇共有多少名党员" is not answered by "发展党员7名": all there is is asked, and every
    figure here counts what the period added."""
    asked = normalize(ask.text)
    if (
        not _STOCK_ASK.search(asked)
        or _ADDITION_ASK.search(asked)
        or _ADDITION_TOLD.search(asked)
        or "新" in asked
    ):
        return False  # "新找到工作的一共有多少人" asks what was added
    if _HAS_ASK.search(asked) and _visits_only(window, ask):
        return True
    # "储蓄存款，今年１到１０月增加了九十五亿元，达到四百九十四亿元": the answer goes on to the
    # level reached.
    told = _each_clause_says(window, ask, _ADDITION_TOLD, named_only=True)
    return (told and with_result(window) == window.end) or _turned_into(window, ask)


# "…私营商店转为公私合营商店": those that became something else, a part of all there were.
_TURNED_INTO = re.compile(r"转为|转成|转变为|改为|改组为|改造为|改造成|并入|合并为|过渡到|过渡为")


def _turned_into(window: Window, ask: Ask) -> bool:
    """ "1955年全国私营商店总共有多少户" is not answered by "全国共有１８万户私营商店转为公私合营
    商店": every figure that could answer counts the things that became another, right after it."""
    if _TURNED_INTO.search(normalize(ask.text)):
        return False  # "转为公私合营的私营商店共有多少户" asks for those
    text = normalize(window.text).lower()
    afters = []
    for _, _, end in _fitting_places(window, ask):
        afters.append(text[end : clause_end(text, end)])
    return bool(afters) and all(_TURNED_INTO.search(after[:12]) for after in afters)


# "一共有多少名党员": the people there are (not 来华旅游的总人数, told in 人次).
_HAS_ASK = re.compile(r"(?:一共|总共|全镇|全县|全村|共|现)有")


def _visits_only(window: Window, ask: Ask) -> bool:
    """ "全镇一共有多少名党员" is not answered by "参与学习的党员干部达480人次": the people there
    are asked, and every figure here counts visits (人次, 户次)."""
    if ask.unit.endswith("次"):
        return False
    fitting = _fitting_places(window, ask)
    return bool(fitting) and all(f.unit.endswith(("人次", "户次")) for f, _, _ in fitting)


_EXACT_ASK = re.compile(r"具体|到底|一共|总共|究竟")
_PRECISE_ASK = re.compile(r"具体|确切|准确|精确")


def bound_for_exact(window: Window, ask: Ask) -> bool:
    """ "2018年粮食产量具体是多少斤" is not answered by "粮食总产量保持在1.3万亿斤以上": an exact
    figure is asked, and every figure here is a bound."""
    if not _EXACT_ASK.search(ask.text):
        return False
    text = normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    # ("一共有多少人次" takes "超过1.2亿人次"; "具体是多少人" asks more than "已经超过十亿".)
    precise = bool(_PRECISE_ASK.search(ask.text))
    return bool(fitting) and all(
        _BOUND_AFTER.match(text, end)
        or (precise and _BOUND_BEFORE.search(text[max(0, start - 6) : start]))
        for _, start, end in fitting
    )


# (…棉花产量三千五百万担的指标: the figure a target sets.)
_TARGET_AFTER = re.compile(r"\s*(?:以上|以下|以内|之内|左右|[－\-—~～至]\s*\d|的(?:指标|目标))")
# A bound before a figure: "人口已经超过十亿".
_BOUND_BEFORE = re.compile(r"(?:超过|超出|不到|不足|将近|接近|逾|多于|少于|高于|低于)了?$")
# A bound or a range after a figure (1.3万亿斤以上, 6%－6.5%).
_BOUND_AFTER = re.compile(r"\s*(?:以上|以下|以内|之上|之内|[－\-—~～至]\s*\d)")
# "赤字率按多少安排", "钢铁要压减多少": the plan is what is asked.
# (定 of a plan, 定了/定下; not of 固定资产, 稳定, 一定.)
_PLAN_ASKED = re.compile(
    r"安排|打算|计划|目标|预期|拟|(?<![需主重])要|(?<![固稳一特肯鉴认约])[定订]|力争|控制|准备"
)


def plan_asked(ask: Ask) -> bool:
    """Whether the question may ask a plan: its tense, or a plan's words (安排, 要达到, 定)."""
    return ask.tense == "target" or plan_words(ask) or bool(_PLAN_ASKED.search(ask.text))


_PLAN_PERIOD_HEADING = re.compile(
    r"[一二三四五六七八九十]五.?(?:时期|期间|规划|计划)的?主要目标|五年规划纲要"
)
_THIS_YEARS_WORK = re.compile(r"\s*今年(?:再|还要|继续)")
_TARGET_BEFORE = re.compile(
    r"(?:控制在|力争|预期|目标[是为]?|不低于|不少于|不超过|不高于|\d%?\s*[－\-—~～至])\s*$"
)


def target_for_result(window: Window, ask: Ask, *, about_is_target: bool = True) -> bool:
    """ "2018年城镇登记失业率是多少" is not answered by the 2018 report's "城镇登记失业率4.5%以内":
    a question not asking the plan, and every figure that could answer a target's bound."""
    if plan_asked(ask):
        return False
    # Under "二、“十三五”时期主要目标任务…": the five years' targets, for a question naming no plan.
    if _PLAN_PERIOD_HEADING.search(normalize(window.passage.section)) and not plan_names(
        normalize(ask.text)
    ):
        return True
    text = normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    # "…占国内生产总值比例继续保持在4%以上，中央财政教育支出安排超过1万亿元": the figures whose
    # clause names what is asked, when some do.
    heads = [g for g in ask.groups if g.head and len(g.label) >= 2]

    def of_the_head(start: int) -> bool:
        clause = clause_lead(text, start)
        return any(match(g, clause) >= HEAD_MATCH for g in heads)

    fitting = [p for p in fitting if of_the_head(p[1])] or fitting
    before = normalize(window.passage.text[window.sentence[0] : window.start]).lower()

    def this_years_work(start: int) -> bool:
        # "…，今年再解决6000万农村人口饮水安全问题，新建改建农村公路20万公里": a clause of the
        # sentence opening on 今年 sets the report's own year's work, still to do.
        clauses = re.split(r"[，,；;]", before + text[:start])
        return any(_THIS_YEARS_WORK.match(c) for c in clauses)

    after = _TARGET_AFTER if about_is_target else _BOUND_AFTER
    return bool(fitting) and all(
        after.match(text, end) or _TARGET_BEFORE.search(text[:start]) or this_years_work(start)
        for _, start, end in fitting
    )


_POINT_ASK = re.compile(r"年末|年底|末的|底的")


def average_for_point(window: Window, ask: Ask) -> bool:
    """ "2024年末城镇调查失业率是多少" is not answered by "城镇调查失业率平均为5.1%": a level at
    one time is asked, and every figure that could answer is an average."""
    if not _POINT_ASK.search(ask.text) or "平均" in ask.text:
        return False
    clauses = _head_clauses(window, ask)
    return bool(clauses) and all("平均" in clause for clause in clauses)


def _head_clauses(window: Window, ask: Ask) -> list[str]:
    """The clauses of the window's sentence with a figure and the asked thing: a window on another
    clause of it (居民消费价格上涨0.2%) tells no level of the thing either."""
    heads = [v for g in ask.groups if g.head for v in g.variants]
    return [
        c
        for c in re.split(r"[，,；;、]", sentence_text(window))
        if any(v in c for v in heads) and figures(c)
    ]


_AVERAGE_OF_YEAR = re.compile(r"全年平均|年平均|平均(?:是|为|有)?多少|平均水平")


def point_for_average(window: Window, ask: Ask) -> bool:
    """ "2020年城镇调查失业率全年平均是多少" is not answered by "年末全国城镇调查失业率降到5.2％":
    a year's average asked, and every figure that could answer is told at the year's end."""
    if not _AVERAGE_OF_YEAR.search(ask.text) or _POINT_ASK.search(ask.text):
        return False
    clauses = _head_clauses(window, ask)
    return bool(clauses) and all(
        _POINT_ASK.search(clause) and "平均" not in clause for clause in clauses
    )


# "预期目标比去年多100万人": a figure told as more or fewer than another year's.
_MORE_THAN_BEFORE = re.compile(r"比(?:上年|去年|前年|上一年|同期)(?:多|少)了?$")
_DIFFERENCE_ASK = re.compile(r"比|多了|少了|多出|差|相比|增加|减少|增长|下降|提高|降低|变化")


def difference_for_amount(window: Window, ask: Ask) -> bool:
    """ "2017年城镇新增就业的预期目标是多少" is not answered by "…预期目标比去年多100万人": an
    amount asked, and every figure here is told as more or fewer than a year before."""
    if _DIFFERENCE_ASK.search(ask.text):
        return False
    text = normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    return bool(fitting) and all(
        _MORE_THAN_BEFORE.search(clause_lead(text, start)) for _, start, _ in fitting
    )


# A yield per area: "每亩生产粮食四百斤", "亩产提升10.1斤".
_PER_AREA = re.compile(r"每亩|每公顷|亩产|单产|每平方|单位面积")


def rate_for_total(window: Window, ask: Ask) -> bool:
    """ "1957年全国粮食产量有多少斤" is not answered by "…每亩生产粮食四百斤、五百斤": a total
    asked, and every figure that could answer is a yield per area."""
    if re.search(r"亩|公顷|单产|平方", ask.text):
        return False
    things = [g for g in ask.groups if g.weight >= 1.0 and not g.setting]
    split = re.split(r"[，,；;、]", sentence_text(window))
    named = [c for c in split if any(match(g, c) > 0 for g in things)]
    clauses = [c for c in named if figures(c)]
    if not clauses:
        # "规定粮食的单位面积产量，到一九六七年…达到四百斤": the thing named per area, its figures
        # in the clauses after.
        return bool(named) and all(_PER_AREA.search(c) for c in named)
    return all(_PER_AREA.search(clause) for clause in clauses)


def measured_thing_unnamed(window: Window, ask: Ask) -> bool:
    """ "加装了多少部电梯" is not answered by "新开工改造城镇老旧小区5.3万个": neither the thing
    counted (电梯) nor its own measure word (部) is there."""
    unit = ask.unit
    if not unit or unit in ("个", "%", "‰") or unit.endswith("元") or unit in PEOPLE_UNITS:
        return False
    if unit in ("次", "回", "轮", "批", "场"):
        return False  # "大扫除搞了多少回": times, told of whatever was done (清理50余次)
    if any(unit_fits(unit, f.unit, loose=False) for f in window.figures):
        return False
    heads = [g for g in ask.groups if g.head]
    sentence = sentence_text(window)
    return bool(heads) and all(match(g, sentence) == 0 for g in heads)


# Measures named by their own word (门诊量, 营业额, 贴息, 罚款): no other figure is theirs.
_MEASURE_WORD = re.compile(
    r"(?:[\u4e00-\u9fff]{2,}[额量]|产值|利税|利润|利息|贴息|罚款|罚金|租金|分红|保费|赔偿金|赔款)$"
)


def measure_unsaid(window: Window, ask: Ask) -> bool:
    """ "乡卫生院门诊量有多少人次" is not answered by "专家到乡卫生院坐诊帮扶96人次", nor "小额信贷
    贴息发了多少钱" by "发放脱贫人口小额信贷512万元": in a township report, the measure the question
    counts by its own word is nowhere in the sentence."""
    if window.passage.town in ("", NATIONAL):
        return False
    sentence = sentence_text(window)

    def said(group: TermGroup) -> bool:
        # (门诊量 by "门诊2.18万人次"; 利息 by 贴息.)
        stem = group.label[:-1] if group.label[-1] in "额量" else ""
        return (
            match(group, sentence) >= HEAD_MATCH
            or (bool(stem) and stem in sentence)
            or (group.label.endswith("息") and "息" in sentence)
        )

    return any(g.head and _MEASURE_WORD.search(g.label) and not said(g) for g in ask.groups)


# A kind asked, and the word naming it with its fellow as one (小学 of 中小学, 农村 of 城乡).
# (Not 农村 of 城乡: 城乡居民基础养老金 is the rural elders' too.)
_JOINT_KINDS = (
    ("小学", "中小学"),
    ("中学", "中小学"),
    ("初中", "中小学"),
    ("春季", "春秋"),
    ("秋季", "春秋"),
)


def joint_kind(window: Window, ask: Ask) -> bool:
    """ "小学在校学生有多少人" is not answered by "中小学在校学生2136人", nor "雨露计划秋季补助了
    多少人" by "春秋两季共为208人次发放补助": in a township report, the clause names the kind asked
    only together with another."""
    if window.passage.town in ("", NATIONAL):
        return False
    question = normalize(ask.text)
    # Clause by clause: "全乡有中心小学1所…，中小学在校学生2136人" names 小学 in another clause.
    clauses = [c for c in re.split(r"[，,；;。]", normalize(window.text)) if figures(c)]
    return any(
        kind in question
        and joint not in question
        and joint in clause
        and kind not in clause.replace(joint, "")
        for kind, joint in _JOINT_KINDS
        for clause in clauses
    )


# "一年能出多少钢", "打了多少粮": an amount of a material asked.
_MATERIAL_ASK = re.compile(r"(?:多少|几)(?:万|亿)?(?:吨|斤|公斤)?[钢铁煤油粮棉]")


def capacity_for_output(window: Window, ask: Ask) -> bool:
    """ "1958年计划棉布产量是多少" is not answered by "新增加的生产能力有：…棉布一亿一千万公尺":
    an output asked, and the figure is told as a capacity to make it."""
    if "产量" not in ask.text or "能力" in ask.text:
        return False
    text = window.passage.text
    return "生产能力" in normalize(text[window.sentence[0] : window.end])


# A change asked against a base: "比上年末增加了多少亿美元" (not 增加到多少, a level).
_CHANGE_AMOUNT_ASK = re.compile(
    r"比[^，,。？?]{0,10}?(?:增加|减少|增长|提高|下降|降低|上升|扩大|缩小|多|少)了?(?:多少|几)"
)


def level_for_change(window: Window, ask: Ask) -> bool:
    """ "2005年末国家外汇储备比上年末增加了多少亿美元" is not answered by "年末国家外汇储备达到
    8189亿美元": a change asked, and every figure that could answer is told as a level, no word
    of change or comparison in its clause before it."""
    if not _CHANGE_AMOUNT_ASK.search(normalize(ask.text)):
        return False
    text = normalize(window.text).lower()
    places = _fitting_places(window, ask)
    return bool(places) and not any(
        _CHANGE_WORD.search(lead) or "比" in lead or "多" in lead or "少" in lead
        for lead in (clause_lead(text, start) for _, start, _ in places)
    )


# A total asked ("一共有多少个建设项目"), and a total told (共计一百一十九个).
_SUM_ASKED = re.compile(r"一共|总共|共有|合计|总计|加起来|加在一起|总数")
_TOTAL_TOLD = re.compile(
    r"共计|合计|总计|一共|总共|共(?=[有达为计]?[\d一二两三四五六七八九十百千])"
)


def part_before_total(window: Window, ask: Ask) -> bool:
    """ "电力工业（电力工业部加上地方）一共有多少个建设项目" is not answered by "电力工业部有一百
    零一个建设项目" when its sentence goes on "，地方有十八个建设项目，共计一百一十九个": a
    total asked, and told later in the sentence, the window telling none."""
    if not _SUM_ASKED.search(ask.text):
        return False
    text = window.passage.text
    if _TOTAL_TOLD.search(normalize(text[window.sentence[0] : window.end])):
        return False
    after = normalize(text[window.end : window.sentence[1]])
    told = _TOTAL_TOLD.search(after)
    if told is None:
        return False
    total = figures(after[told.end() : told.end() + 16])
    return bool(total) and unit_fits(ask.unit, total[0].unit)


_PART_OPENS = re.compile(r"[，,；;]\s*(其中)")


def total_for_part(window: Window, ask: Ask) -> bool:
    """ "城市低保保障了多少人" is not answered by "保障1742户2965人，其中城市低保612户、农村低保
    1130户": the thing asked is named only after 其中, as a part counted in no asked unit, and
    the figure before it is the whole's."""
    text = window.passage.text
    start, end = window.sentence
    # (A clause opening on 其中, not "…一百四十一个项目就是其中的骨干".)
    opening = _PART_OPENS.search(text, start, end)
    at = opening.start(1) if opening else -1
    if at < 0 or window.start >= at or not ask.unit:
        return False
    before, part = normalize(text[start:at]).lower(), normalize(text[at:end]).lower()
    # (城市 of 城市低保, not 城乡低保金 before it: a word of the part's own.)
    named = [g for g in ask.groups if g.weight >= 1.0 and match(g, part) > match(g, before) + 0.5]
    if not named or any(unit_fits(ask.unit, f.unit) for f in figures(part)):
        return False
    return any(unit_fits(ask.unit, f.unit) for f in figures(normalize(text[window.start : at])))


def output_for_money_or_people(window: Window, ask: Ask) -> bool:
    """ "1956年粮食产量" is not answered by "…救灾…款項共达八亿六千万元，…調运的粮食", nor
    "2020年粮食产量" by "保障好14亿人的粮食安全", nor "一年能出多少钢" by "…有百分之三十不合规格":
    an output is counted in what was made."""
    material = bool(_MATERIAL_ASK.search(ask.text))
    # (产量 after the thing made is no head: 山银花产量 counts 山银花's output all the same.)
    if ask.unit or not (material or any(g.label.endswith("产量") for g in ask.groups)):
        return False
    units = [f.unit for f in window.figures]
    other = ("元", "%") if material else ("元",)
    # (Nor by what was built for it: "引入烘干设备2套、改建加工车间及储存室2间".)
    return bool(units) and all(
        u.endswith(other) or u in PEOPLE_UNITS or u in ("户", "套", "间", "栋", "处") for u in units
    )


# A value asked with no unit: "油茶产值是多少", "村集体经济收入有多少".
_MONEY_ASK = re.compile(
    r"(?:产值|收入|销售额|营业额|营收|投资额?|资金|金额|税收|利润|经费|补贴|补助|工资|存款|贷款"
    r"|生产总值|增加值|GDP|支出|预算)(?:总额|总量|规模)?"
    r"(?:是|有|达到?|为|共|一共|总共|大概|大约|约|了|完成|实现)*多少(?!倍)"
)
_MONEY_CHANGE_ASK = re.compile(
    r"增长|增加|提高|提升|下降|减少|降低|上升|同比|比上年|幅度|率|比重|占"
)


def quantity_for_value(window: Window, ask: Ask) -> bool:
    """ "油茶产值是多少" is not answered by "油茶林面积2.8万亩": a value is counted in money (or,
    asked as a change, in per cent)."""
    if ask.unit or not _MONEY_ASK.search(ask.text):
        return False
    units = [f.unit for f in window.figures]
    money = ("元", "%") if _MONEY_CHANGE_ASK.search(ask.text) else ("元",)
    return bool(units) and not any(u.endswith(money) for u in units)


# A later part of the year, or the next, asked: what a plan section tells.
_LATER_ASKED = re.compile(r"下半年|明年|来年|下一步|下步|今后|全年(?:要|将|预计|力争)")


def plan_section_for_result(window: Window, ask: Ask) -> bool:
    """ "白沙乡2025年上半年完成农林牧渔业总产值多少" is not answered from the report's section
    三、下半年工作打算 (全年完成农林牧渔业总产值5.1亿元): what a town report's plan section
    counts is a target, and the question asks for none."""
    passage = window.passage
    if not passage.town or passage.town == NATIONAL or _LATER_ASKED.search(ask.text):
        return False
    # (今年 opens plans and results alike; not 今年上半年 asked of a half's report, gone by.)
    gone_by = _PART_GONE_BY.search(ask.text) and passage.period[4:] in ("H1", "M9")
    if ask.tense != "actual" and plan_asked(ask) and not gone_by:
        return False
    return in_plan_section(passage)


# "今年上半年给多少户改了厕所": the part of the year a half's or nine months' report looks back on.
_PART_GONE_BY = re.compile(r"今年(?:上半年|前三季度|1-6月|1-9月|头六个月|前六个月)")


def next_years_section(passage: Passage, ask: Ask) -> bool:
    """Whether a passage is in a whole-year town report's plan section (十一、2025年工作打算 of
    the 2024 summary), which tells the next year, and the question asks of the report's own."""
    year = passage.period
    if not passage.town or passage.town == NATIONAL or len(year) != 4 or year not in ask.years:
        return False
    if _LATER_ASKED.search(ask.text):
        return False
    # An ask naming its own year, one of several asked ("2024年实际完成和2025年目标"): that one.
    named = written_years(ask.text)
    if named and year not in named:
        return False
    return in_plan_section(passage)


def next_years_plan(window: Window, ask: Ask) -> bool:
    """ "双河口镇2024年全年固定资产投资的目标是多少" is not answered from the 2024 summary's
    section 十一、2025年工作打算 (主要预期目标是：完成固定资产投资5.8亿元): a whole-year
    report's plans are the next year's, and the question asks a target of the report's own year."""
    return plan_asked(ask) and next_years_section(window.passage, ask)


_PURPOSE = re.compile(r"用于([^，,。；;？?]{2,30})")


def other_purpose(window: Window, ask: Ask) -> bool:
    """ "中央财政拿出多少钱用于防治非典" is not answered by "中央财政全年用于教育、卫生、科技…的
    支出达855亿元": the money's purpose is told, and it is another."""
    asked = _PURPOSE.search(normalize(ask.text).lower())
    told = _PURPOSE.search(sentence_text(window))
    if not asked or not told:
        return False
    purpose = re.sub(r"的?(?:是多少|多少|有多少|吗|呢)?[？?]?$", "", asked.group(1))
    pairs = {purpose[i : i + 2] for i in range(len(purpose) - 1)}
    return bool(pairs) and not any(pair in told.group(1) for pair in pairs)


_VALUE_ASK = re.compile(r"值多少|价值|货值")


def fine_for_value(window: Window, ask: Ask) -> bool:
    """ "收缴的违规产品值多少钱" is not answered by "收缴违规产品300余件,罚款10万余元": what the
    goods were worth is asked, and every sum here is a fine."""
    if not _VALUE_ASK.search(ask.text) or "罚" in ask.text:
        return False
    clauses = figure_clauses(window, ask)
    return bool(clauses) and all("罚" in clause for clause in clauses)


def figure_given(window: Window, ask: Ask) -> bool:
    """ "那1500亿元国债里，投给西部开发的有多少" is not answered by "发行1500亿元长期建设国债":
    every figure here that could answer is one the question itself gives."""
    asked = normalize(ask.text).lower()
    if _CONFIRM_ASK.search(asked):
        return False  # "钢产量过没过1亿吨": the figure given is the one to confirm
    fitting = _fitting_places(window, ask)
    # (A whole figure given: 2处 is not given by 32处.)
    return bool(fitting) and all(
        re.search(_NOT_WITHIN_A_NUMBER + re.escape(normalize(f.text).lower()), asked)
        for f, _, _ in fitting
    )


_NOT_WITHIN_A_NUMBER = r"(?<![\d.一二三四五六七八九十两百千万])"


# A yes-or-no question about a figure: 过没过, 达没达到, 是否, 有没有…吗.
_CONFIRM_ASK = re.compile(r"([\u4e00-\u9fff])没\1|是否|是不是|[了过到]吗[？?]?$")


def _lead_in(window: Window, passages: list[Passage]) -> str:
    """The paragraph just before, folded, when the window's paragraph goes on with it and that
    paragraph ends the retrieved chunk before ("…汶川特大地震。" then "我们…从废墟中抢救…")."""
    passage = window.passage
    if "\n" in passage.text[: window.start] or not _GOES_ON.match(passage.text.lstrip()):
        return ""
    for p in passages:
        gap = passage.start - p.end
        if p.doc_id == passage.doc_id and p.section == passage.section and 0 <= gap <= CHUNK_GAP:
            return normalize(p.text[p.text.rstrip().rfind("\n") + 1 :]).lower()
    return ""


CHUNK_GAP = 6  # a paragraph break and its indent between two chunks
# A paragraph opening on 我们/这/为此 goes on with the one before; one naming its own thing
# does not.
_GOES_ON = re.compile(r"(?:我们|这|此|为此|对此|同时|其中|随后|当时)")


# Between an action and the people it counts: "发展了几名党员", "培训多少人次".
_COUNTED_BY = re.compile(r"了?\s*(?:多少|几)\s*(?:名|位|个|户|人次)?")


def _action_unnamed(ask: Ask, sentence: str) -> list[TermGroup]:
    """The action that made the people counted ("新发展了几名党员"), when the figure's sentence
    does not name it: "摸排党龄达50周年…的党员72名" counts other members."""
    if ask.unit not in PEOPLE_UNITS | {"户"}:
        return []
    text = normalize(ask.text).lower()
    out = []
    for head in (g for g in ask.groups if g.head and g.position >= 0):
        for group in ask.groups:
            end = group.position + len(group.label)
            if (
                group is not head
                and 0 <= group.position < head.position
                and group.weight >= 0.4  # no everyday word (新, 有)
                and not is_noun(group.label)
                and _COUNTED_BY.fullmatch(text[end : head.position])
                and match(group, sentence) == 0
                and not _alternative_named(group, ask, text, sentence)
            ):
                out.append(group)
    return out


def _per_unit_unasked(window: Window, ask: Ask) -> list[TermGroup]:
    """ "国内生产总值比上年增长了多少" is not answered by "单位国内生产总值能耗比上年下降3.27%" nor
    by "…占国内生产总值比重…": the asked thing, up to the figure, is only another measure's base."""
    upto = normalize(window.passage.text[window.sentence[0] : window.end]).lower()
    things = [
        {_CHANGE_END.sub("", v) for v in g.variants}
        for g in ask.groups
        if (g.weight >= 1.0 or g.head) and not g.setting
    ]
    for word in ("单位", "占"):  # 单位国内生产总值能耗, 占国内生产总值比重: another measure's base
        if word in ask.text:
            continue
        if word == "占" and ask.unit == "%" and not _CHANGE_WORD.search(ask.text):
            continue  # "美苏拥有全世界百分之多少的核武器": the share of the whole is asked
        # (占地方预算支出总数的24.76%: the base may be qualified between.)
        # (占有粮食, 占用耕地: to hold or use, no share.)
        gap = "(?!有|用|领|据)[^，,。；;的]{0,4}" if word == "占" else ""

        # (单位 as a measure's base opens its phrase: not 全民所有制单位基本建设投资.)
        lead = r"(?:(?<![\u4e00-\u9fff])|(?<=[和及与的、使将把让年]))" if word == "单位" else ""

        def base(v: str, word: str = word, gap: str = gap, lead: str = lead) -> str:
            return f"{lead}{word}{gap}{re.escape(v)}"

        if word not in upto:
            continue
        # (A variant not in the text at all needs no pattern: most of them, per question.)
        based = [
            vs
            for vs in things
            if any(len(v) >= 2 and v in upto and re.search(base(v), upto) for v in vs)
        ]
        # Named only as the base, nowhere on its own.
        alone = [vs for vs in based if any(v in re.sub(base(v), "", upto) for v in vs)]
        if based and not alone:
            return [TermGroup((word,), 1.0)]
    return []


_CHANGE_END = re.compile(r"(?:增长|增速|增幅|涨幅|下降|降低)$")
_CHANGE_WORD = re.compile(r"增|降|涨|减|提高|上升|回落|翻")


# What breaks a rule: "查处了多少家非法卖烟花爆竹的" counts offenders, which a sentence naming no
# offence or enforcement (对59家烟花爆竹店开展隐患排查) does not.
_UNLAWFUL_ASK = re.compile(r"非法|违法|违规|违章|无证|私自|黑作坊|黑加油")
_UNLAWFUL_TOLD = re.compile(r"非法|违法|违规|违章|无证|私自|打击|查处|取缔|处罚|罚款|立案|黑")


def _offence_unnamed(ask: Ask, sentence: str) -> list[TermGroup]:
    """The offence the question counts, when the figure's sentence names none."""
    asked = _UNLAWFUL_ASK.search(normalize(ask.text))
    if asked is None or _UNLAWFUL_TOLD.search(sentence):
        return []
    return [TermGroup((asked.group(0),), 1.0)]


def _alternative_named(group: TermGroup, ask: Ask, text: str, sentence: str) -> bool:
    """ "惠及或上报了多少学生": either action the question offers will do."""
    if text[group.position - 1 : group.position] != "或":
        return False
    offered = _word_ending_at(ask, group.position - 1)
    return offered is not None and match(offered, sentence) > 0


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _counted_in_unit(ask: Ask) -> list[TermGroup]:
    """The heads a question counts in its measure word (几个项目, 多少家企业, 多少台电脑); none for
    money, shares, time or people."""
    if ask.unit in ("", "%", "元", "年", "月", "日", "天") or ask.unit in PEOPLE_UNITS:
        return []
    question = normalize(ask.text).lower()
    ends = {m.end() for m in re.finditer(rf"(?:多少|几)\s*{re.escape(ask.unit)}", question)}
    return [g for g in ask.groups if g.head and g.position in ends]


def _counts_the_noun_after(window: Window, ask: Ask) -> list[TermGroup]:
    """ "签约了几个项目" is not answered by "完成51个团支部…评议": a count in a measure word
    counts the noun right after it, and no figure of the asked unit is followed by the thing."""
    heads = _counted_in_unit(ask)
    if not heads:
        return []
    text = normalize(window.text).lower()
    places = [(f, end) for f, _, end in figure_places(window) if unit_fits(ask.unit, f.unit)]
    nouns = [_NOUN_AFTER.match(text, end) for _, end in places]
    if not places or not all(nouns):
        return []
    if any(match(g, noun.group(0)) > 0 for g in ask.groups for noun in nouns if noun):
        return []  # any word of the question: "多少个看山护林的人" -> 42名护林员
    if any(match(g.plain, text) >= 0.9 for g in heads):
        return []  # the thing is told in the window all the same ("项目12个村级…")
    first = nouns[0]
    return [TermGroup((first.group(0),), 1.0)] if first else []


def _thing_counted_unsaid(window: Window, ask: Ask, report: str) -> list[TermGroup]:
    """ "每百户拥有多少台电脑" is not answered by "城镇居民每百户拥有家用汽车21.5辆": the thing
    counted in the measure word asked is named nowhere in the figure's sentence, and elsewhere in
    its report (an everyday word the report never uses, 多少吨脏东西, is a paraphrase)."""
    question = normalize(ask.text).lower()
    # The thing itself, ending the question (not 多少台省电的空调's 省电), and no everyday word
    # (多少户群众).
    heads = [
        g
        for g in _counted_in_unit(ask)
        if g.weight >= 1.0
        and ends_on_a_noun(g.label)
        and not question[g.position + len(g.label) :].strip("？?。！!呢吗啊 ")
    ]
    sentence = sentence_text(window)
    if not heads or any(match(g, sentence) > 0 or _last_word(g.label) in sentence for g in heads):
        return []  # (卫生厕所 told as 无害化厕所: the thing is named, of another kind)
    return [g for g in heads if any(v in report for v in g.variants)]


def _counts_other_things(window: Window, ask: Ask) -> list[TermGroup]:
    """ "千亩杨梅基地一年能产多少杨梅" is not answered by "…新建6间冷库、1300立方冷冻室": the
    thing asked right after 多少 with no measure word, and every figure of the window followed
    by another thing."""

    if ask.unit:
        return []  # a measure word asked: `_counts_the_noun_after`
    question = normalize(ask.text).lower()
    ends = [m.end() for m in re.finditer(r"多少|几", question)]
    # Or an output asked of a thing (杨梅产量有多少): the thing is what its figure counts.
    heads = [
        g
        for g in ask.groups
        if g.head
        and is_noun(g.label)
        and (any(question.startswith(g.label, e) for e in ends) or _AMOUNT_OF.search(g.label))
    ]
    text = normalize(window.text).lower()
    # (Not a figure the question names itself: 千亩杨梅基地.)
    places = [p for p in figure_places(window) if p[0].text not in question]
    if not heads or not places or any(f.unit in PEOPLE_UNITS for f, _, _ in places):
        return []
    nouns = []
    for _, start, end in places:
        lead = text[max(0, start - 8) : start]
        if any(
            re.search(rf"{re.escape(v)}[达为是共约近]{{0,2}}$", lead)
            for g in heads
            for v in g.variants
        ):
            return []  # "裁减军队员额30万任务": the thing named right before its figure
        tags = pos_tags(text[end : end + 6])
        if not tags or not tags[0][1].startswith(NOUN_TAGS) or len(tags[0][0]) < 2:
            return []  # "5000万吨左右", "300万斤，": no other thing named
        after = re.split(r"[，,；;。、]", text[end : end + 8], maxsplit=1)[0]
        if any(match(g, after) >= HEAD_MATCH for g in ask.groups):
            return []  # "1000亿元财政债券": the thing asked
        nouns.append(tags[0][0])
    if any(
        match(g, noun) > 0 or any(noun in v for v in g.variants)
        for g in ask.groups
        for noun in nouns
    ):
        return []
    return [TermGroup((nouns[0],), 1.0)]


def _without_settings(ask: Ask) -> str:
    """The question, folded, with the words that only set the time blanked (北京奥运那年)."""
    question = normalize(ask.text)
    for g in ask.groups:
        if g.setting:
            question = question.replace(g.label, "，" * len(g.label))
    return question


def _province_unnamed(window: Window, ask: Ask, own: str) -> list[TermGroup]:
    """A province asked of a national report that the figure's sentence does not name: the
    figure is the nation's ("海南自贸试验区吸引了多少外资" is not answered by 实际使用外资…)."""
    if window.passage.town != NATIONAL:
        return []
    # "北京奥运那年": a place in the words setting the time asks nothing of it.
    question = _without_settings(ask)
    out = [TermGroup((p,), 1.0) for p in PROVINCES if p in question and p not in own]
    # "全国各地…一共浪费了多少钱" is not answered by "北京市内…三十九座房屋…浪费了五百四十万元".
    upto = normalize(window.passage.text[window.sentence[0] : window.end])
    if not any(p in question for p in PROVINCES):
        # "1978年全国人口自然增长率" is not "…，四川省由千分之二十九降到千分之六点一".
        whole = _WHOLE_NATION.search(question) or ("全国" in question and _PROVINCE.search(upto))
        if whole and any(p in upto for p in PROVINCES):
            out.append(TermGroup(("全国",), 1.0))
    # "上海劳动部门帮助多少失业人员…" is not "上海、江苏、广东等地方劳动部门…一万多失业人员":
    # the province asked is one of several the figure counts together.
    asked = [p for p in PROVINCES if p in question]
    if len(asked) == 1 and _LISTED_PROVINCES.search(upto):
        listed = [p for p in PROVINCES if p in upto and p not in asked]
        if listed:
            out.append(TermGroup((f"{asked[0]}一地",), 1.0))
    return out


# A province named as a province: 四川省, 上海市, 新疆维吾尔自治区 (not 北京奥运).
_PROVINCE_NAME = f"(?:{'|'.join(PROVINCES)})"
_PROVINCE = re.compile(rf"{_PROVINCE_NAME}(?:省|市|(?:[\u4e00-\u9fff]{{1,4}})?自治区)")
_LISTED_PROVINCES = re.compile(rf"{_PROVINCE_NAME}[省市]?[、和及与]{_PROVINCE_NAME}")


_WHOLE_NATION = re.compile(r"全国(?:各地|上下|范围|一共|总共|共)")


_PAID_BY_SELF = re.compile(r"(?:个人|自己|本人|自个)[^，,。？?]{0,8}(?:缴|交)")
_PAID_BY_SELF_TOLD = re.compile(r"缴|个人|自付|自负")
_SUBSIDY = re.compile(r"补助|补贴|资助")


def _figure_clauses(window: Window) -> str:
    """The window's clauses that hold its figures, folded."""
    clauses = re.split(r"[，,；;：:]", normalize(window.text).lower())
    written = [normalize(f.text).lower() for f in window.figures]
    return "，".join(c for c in clauses if any(w in c for w in written))


def _paid_by_self(ask: Ask, own: str, told: str) -> list[TermGroup]:
    """What a person pays asked ("新农合个人每年要缴多少钱") and only a subsidy paid to them told
    ("新农合补助标准提高到每人每年240元") in the sentence `own`, the figure's words `told`
    saying nothing of paying (政府、单位和个人合理分担 earlier in the sentence is no fee)."""
    if not _PAID_BY_SELF.search(normalize(ask.text)):
        return []
    if not _SUBSIDY.search(own) or _PAID_BY_SELF_TOLD.search(told):
        return []
    return [TermGroup(("个人缴费",), 1.0)]


_QUARTER = re.compile(r"(?:第)?([一二三四1-4])季度")


def _quarter(m: re.Match[str]) -> str:
    """A quarter's number as a Chinese numeral: 1季度 and 一季度 are one quarter."""
    return "一二三四"["1234".index(m.group(1))] if m.group(1).isdigit() else m.group(1)


def _other_quarter(ask: Ask, own: str) -> list[TermGroup]:
    """Quarters asked that the figure's sentence, naming others, does not tell ("一季度的高龄补贴
    发了多少" is not answered by "二季度发放高龄补贴…42500元")."""
    asked = {_quarter(m) for m in _QUARTER.finditer(normalize(ask.text))}
    told = {_quarter(m) for m in _QUARTER.finditer(own)}
    if not asked or not told or asked & told:
        return []
    return [TermGroup((f"{q}季度",), 1.0) for q in sorted(asked)]


def _run_before(text: str, at: int) -> str:
    """The clauses of the same sentence before `at`, back to the last full stop (;-joined
    clauses: "竹坪村投入20万元,…;千亩杨梅种植基地新建6间冷库")."""
    stop = max(text.rfind("。", 0, at), text.rfind("\n", 0, at))
    return normalize(text[stop + 1 : at]).lower()


_WHOLE_TOWN = re.compile(r"全镇|全乡|全街道|全县|全市|全区|各村")


def _told_of_village(village: str, paragraph: str, own: str) -> bool:
    """Whether a sentence still tells of a village its paragraph named before it: the
    paragraph's words since the name, and the sentence, turn to no whole town (…完成白鹤村游客
    服务中心…建设，…全乡发展精品民宿23家。全年接待游客28.6万人次 is the town's)."""
    at = paragraph.rfind(village)
    return at >= 0 and not _WHOLE_TOWN.search(paragraph[at:] + own)


def _last_village_is(village: str, text: str) -> bool:
    """Whether the last village named in `text` is `village`: its clause still speaks of it,
    unless it closes a run of villages (完成丰乐村、下湾村10千伏线路改造…；新建5G基站3个: the
    clauses after speak of neither alone)."""
    named = named_villages(text)
    if not named or named[-1] != village:
        return False
    at = text.rfind(village)
    return not (len(named) > 1 and at > 0 and text[at - 1] in "、和及与")


def heads_unsaid(window: Window, ask: Ask) -> bool:
    """ "2026年计划新建几个城市书房" is not answered by "新建加装电梯24台": in a town's report,
    no character of the counted thing is in the figure's sentence or its list's intro, nor its
    last word in the sentence before or the section."""
    if not window.passage.town or window.passage.town == NATIONAL:
        return False
    heads = [g for g in ask.groups if g.head and not g.setting and not g.name]
    if not heads or not all(is_noun(g.label) for g in heads):
        return False
    own = f"{sentence_text(window)} {normalize(list_intro(window)).lower()}"
    around = f"{normalize(window.passage.section).lower()} {previous_sentence(window).lower()}"
    # (The last of them names the thing: 书房 of 城市书房, 城市 told before in 抓城市更新.)
    last = max(heads, key=lambda g: g.position)
    return all(match(g, own) == 0 for g in heads) and match(last, around) < HEAD_MATCH


# Measures told of a thing named right before them (粮食总产量, 农产品网络销售额).
_MEASURE_OF_THING = re.compile(r"总?(产量|产值|销售额|营业额|交易额|销量|接种率|覆盖率)")


def measure_of_another_thing(window: Window, ask: Ask) -> bool:
    """ "油茶籽产量是多少吨" is not answered by "水产品产量310吨", nor 茶叶的网络销售额 by
    农产品网络销售额: the sentence tells the measure asked of a thing it names right before it,
    one the question does not name, and the question's thing is nowhere in the sentence."""
    if not window.passage.town or window.passage.town == NATIONAL:
        return False
    question = normalize(ask.text).lower()
    sentence = sentence_text(window)
    for m in _MEASURE_OF_THING.finditer(question):
        # The question's words before the measure, back to a break, a year or a figure.
        lead = re.split(r"[，,。?？；;、\s\d]|年", question[: m.start()])[-1]
        lead = re.sub(r"\([^)]*\)", "", lead).removesuffix("的")
        things = [
            g
            for g in ask.groups
            if len(g.label) >= 2 and g.label in lead and not g.name and is_noun(g.label)
        ]
        if not things or any(match(g, sentence) > 0 for g in things):
            continue
        for told in re.finditer(m.group(1), sentence):
            before = re.split(r"[，,。；;、:：\d]", sentence[: told.start()])[-1]
            before = before.removesuffix("总").removesuffix("的")[-6:]
            if any(
                tag.startswith("n") and len(word) >= 2 and word not in question
                for word, tag in pos_tags(before)
            ):
                return True
    return False


def lone_thing_unnamed(window: Window, ask: Ask) -> bool:
    """ "死了几个人" is not answered by "整治卫生死角300余处，…累计参与人员达30000余人次": the
    question counts people by one word only, and its one thing (死了) is nowhere in the sentence
    but for a character of another word (死角)."""
    heads = [g for g in ask.groups if g.head]
    things = [g for g in ask.groups if not g.head and not g.setting and g.weight >= 1.0]
    if len(things) != 1 or [g.label for g in heads] != ["人"]:
        return False
    return match(things[0], sentence_text(window)) <= ONE_CHARACTER


# Names jieba gives a single place or thing (京九铁路, 武汉), and words that name no one thing
# of their own (全国, 外国, 中央) or the report's own body (国务院, 人民政府).
_PROPER_NAME = ("ns", "nz")
_NAME_SEEN = 10  # times jieba's dictionary saw a name: fewer, and it may be a guess
_NO_INSTANCE = re.compile(
    r"全国|中国|我国|国家|世界|国际|中央|地方|国内|国外|外国|境外|境内|海外|国务院|政府|人大|党"
)


_POINTS_BACK = re.compile(r"它|其|该|此|这")


def instance_unnamed(window: Window, ask: Ask) -> bool:
    """ "1994年京九铁路已经铺轨多少公里" is not answered by "铁路新线和复线3300多公里", nor
    "武汉钢铁联合企业年产钢多少" by "…一个年产一百六十万吨钢的钢铁联合企业": the question names
    one thing by its own name, and the figure's sentence names only its kind (铁路, 钢铁): not
    the name, nor, where it points back, the passage before it names it."""
    text = _without_settings(ask).lower()
    own = sentence_text(window)
    # The sentence, and where it points back (它们的产品…), the passage before it.
    upto = normalize(window.passage.text[: window.end]).lower() if _POINTS_BACK.search(own) else own
    town = window.passage.town
    tags = pos_tags(text)
    for i, (word, flag) in enumerate(tags):
        if flag not in _PROPER_NAME or len(word) < 2 or word in upto or _NO_INSTANCE.search(word):
            continue
        if word_frequency(word) < _NAME_SEEN:
            continue  # a name jieba guessed from the words around it (一九五四年十一月底共)
        if word[:2] in upto:
            continue  # named in part (澳门 of 澳门特别行政区基本法): the same one
        holding = [g for g in ask.groups if any(word in v for v in g.variants)]
        if any(match(g, own) >= HEAD_MATCH for g in holding):
            continue  # said in the thesaurus' other words (第三产业: 服务业)
        if plan_names(word):
            continue  # 七五计划: the plan's years, which set the time
        if word[:2] in town or town[:2] in word:
            continue  # the report's own town, which its sentences need not name
        if flag == "ns":
            if town != NATIONAL:
                continue  # a town's villages and the towns compared are weighed elsewhere
            # 武汉 before 钢铁联合企业: the place's thing said, the place not
            after = tags[i + 1][0] if i + 1 < len(tags) else ""
            if len(after) >= 2 and tags[i + 1][1].startswith("n") and after in own:
                return True
            continue
        # 京九铁路: its kind (铁路) said, its own name (京九) nowhere
        kind = next((word[j:] for j in range(2, len(word) - 1) if word[j:] in own), "")
        if kind and word[: -len(kind)] not in upto:
            return True
    return False


def things_unnamed(window: Window, ask: Ask) -> bool:
    """The question names two or more things besides what it counts (千亩杨梅基地新建冷库…投入
    多少资金), and the figure's sentence names none of them: "统溪河村投入16万元对同心小区…" is
    another project's money, whatever the sentence next to it is about."""
    things = [g for g in ask.groups if not g.head and g.weight >= 1.0 and is_noun(g.label)]
    if len(things) < 2:
        return False
    own = sentence_text(window)
    if any(match(g, own) >= HEAD_MATCH for g in things) or told_just_before(window, things):
        return False
    # Named in the passage around it, as the report words them: not a paraphrase's words.
    around = normalize(window.passage.text).lower()
    return sum(g.variants[0] in around for g in things) >= 2


# What a sum of money is called, whatever it is spent on or comes from.
_MONEY_WORDS = ("支出", "收入", "经费", "费用", "投入", "资金", "开支")


def _in_compound_before(ask: Ask, group: TermGroup, at: int) -> bool:
    """Whether the group's word is right before position `at`, or before money words that run
    on to it with no break (国防 in 国防支出预算, for the head 预算)."""
    if _ends_at(ask, group.label, at):
        return True
    while True:
        before = next((w for w in _MONEY_WORDS if _ends_at(ask, w, at)), None)
        if before is None:
            return False
        at -= len(before)
        if _ends_at(ask, group.label, at):
            return True


def _ends_at(ask: Ask, word: str, at: int) -> bool:
    """Whether the question has the word right before position `at`."""
    return at >= len(word) and ask.text.lower()[at - len(word) : at] == word


# "在燃气安全整治中，": the activity a sentence's figures belong to.
_FRAME = re.compile(r"在([^，,。；;]{2,16}?)(?:工作|行动)?中[，,]")


def _figure_after(group: TermGroup, text: str) -> bool:
    """Whether a figure follows the first place the text names the group."""
    at = min((text.find(v) for v in group.variants if v in text), default=0)
    return bool(figures(text[at:]))


def _head_counted_later(window: Window, ask: Ask, lead: str) -> list[TermGroup]:
    """ "统溪河镇油菜扩种了多少亩" is not answered by "推广大豆玉米复合种植194.1亩、…,完成3个村油菜
    造林": the head is named only after the last figure that could answer, in a clause a figure
    of its own counts."""
    text = normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    if not fitting:
        return []
    last = max(end for _, _, end in fitting)
    # The figure's own clause, to its end ("完成3986户9349.05亩的核实上报" names its thing after
    # both figures), and the clauses after it.
    own, *clauses = re.split(r"[，,；;]", text[last:])
    # (Named in the sentence before, it sets this one's topic: "完成了耕地地力补贴摸底核实与发放
    # 工作。全镇共完成3986户…的核实上报，发放补贴共计…".)
    upto = previous_sentence(window).lower() + lead + text[:last] + own
    out = []
    for group in ask.groups:
        if not group.head or group.setting or group.borrowed or match(group, upto) >= HEAD_MATCH:
            continue
        if any(h.head and h is not group and match(h, upto) >= HEAD_MATCH for h in ask.groups):
            continue  # "新建了几间冷库？冷冻室又有多大": another thing asked, counted here
        # (Not as a rate of it: "参加新型农村合作医疗的人口8.14亿，参合率91.5%".)
        named = [
            c
            for c in clauses
            if any(
                re.search(re.escape(v) + "(?!率|比例|比重)", c)
                for v in group.variants
                if len(v) >= 2
            )
        ]
        # (Every clause naming it has a figure: not "改建加工车间2间,对山银花加工进行提质升级";
        # nor one saying what the figure is for: "拿出1000亿元，用于1500万人次以上的职工…培训".)
        # A clause going on with the figure's subject ("五十六个县、市，分别达到了每亩生产棉花…
        # 六十斤…的要求") tells of the same thing.
        if named and all(
            figures(c) and not _FOR_USE.match(c) and not _SAME_SUBJECT.match(c) for c in named
        ):
            out.append(group)
    return out


# "…由１７５元增加到４５０元，扣除物价上升因素增长８６．９％": how the same figure is reckoned.
_HOW_RECKONED = re.compile(
    r"(?:扣除|剔除|去掉|除去)[^，,；;]{0,6}因素|按(?:可比|不变)?价格计算|按可比口径(?:计算)?"
)
_MEASURES = (
    "人数",
    "户数",
    "次数",
    "数量",
    "总数",
    "总量",
    "面积",
    "金额",
    "总额",
    "规模",
    "里程",
    "率",
    "比例",
    "比重",
    "占比",
)


def _thing_counted_before(window: Window, ask: Ask) -> list[TermGroup]:
    """ "新一轮退耕还林补贴涉及的面积是多少亩" is not answered by "…新一轮退耕还林补贴发放65户
    12.3万元，办理采伐证116份，完成造林100.8亩": the things the question names are counted, in
    other units, in an earlier clause of their own, and every figure in the asked unit sits in a
    clause naming another thing (造林) and none of the question's words."""
    if not ask.unit or ask.unit in PEOPLE_UNITS:
        return []  # "…文艺汇演3场，累计观看参与群众2万余人次": people taking part in the thing
    # "发出去的小册子有多少份": the thing counted is the head, which the report may word
    # otherwise (发放宣传手册3000余份): a clause naming a thing that shares none of its characters
    # (多少亩退耕地: 完成造林100.8亩) counts another. A measure asked (面积) leaves the thing to
    # the words before it.
    heads = "".join(
        g.label
        for g in ask.groups
        if g.head and is_noun(g.label) and not g.label.endswith(_MEASURES)
    )
    text = normalize(window.text).lower()
    fitting = [(start, end) for f, start, end in figure_places(window) if _counts_in(ask.unit, f)]
    if not fitting:
        return []
    for start, end in fitting:
        lead = clause_lead(text, start)
        clause = lead + text[start : clause_end(text, end)]
        if any(match(g, clause) >= 0.9 for g in ask.groups):
            return []  # "罚款10万余元" for 罚了多少钱: the clause names a word asked
        nouns = [
            word
            for word, tag in pos_tags(_HOW_RECKONED.sub("", lead))
            if len(word) >= 2
            and tag.startswith("n")
            and tag != "ns"
            and not word.endswith(_MEASURES)
        ]
        if not nouns or set("".join(nouns)) & set(heads):
            # "…发放65户12.3万元，100亩", "…，参演人数共计706人次": no thing of its own, only
            # a measure of the same one (or the head asked, worded otherwise).
            return []
    first = fitting[0][0]
    before = text[: first - len(clause_lead(text, first))]
    counted = [c for c in re.split(r"[，,；;]", before) if figures(c)]
    return [
        g
        for g in ask.groups
        if g.weight >= 1.0
        and not g.head
        and not g.setting
        and not g.borrowed
        and any(match(g, c) >= 0.9 for c in counted)
    ]


# (Or compares it: "赤字率拟按2.8%安排，比去年预算高0.2个百分点".)
_SAME_SUBJECT = re.compile(r"\s*(?:分别|均|都|也|即|并且?|同时|比|较|同比|环比|与)")
_FOR_USE = re.compile(r"\s*(?:主要|全部|重点|专门)?(?:用于|用来|用在|用以|投向|投入到?)")


# "花节期间接待游客1.8万人次": a figure of a festival or holiday, not of the whole period.
_EVENT_FRAME = re.compile(r"([\u4e00-\u9fff]{0,8}?(?:节日?|假期?|黄金周|活动))期间")


def _event_unnamed(window: Window, ask: Ask) -> list[TermGroup]:
    """ "上半年接待游客多少人次" is not answered by "花节期间接待游客1.8万人次": the sentence, up to
    the figure, frames it by an event the question does not name."""
    if not window.passage.town or window.passage.town == NATIONAL:
        return []
    question = normalize(ask.text).lower()
    if "期间" in question:
        return []
    # The figures' own clause (not "利用春节…以及寒暑假期间，…组织…活动，…吸引超10万人关注").
    upto = normalize(window.passage.text[window.sentence[0] : window.end]).lower()
    clause = next((c for c in reversed(re.split(r"[，,；;：:]", upto)) if c.strip()), "")
    return [
        # (A setting, not a thing of the question's: a stand-in need not name it.)
        TermGroup((m.group(1),), 1.0, setting=True)
        for m in _EVENT_FRAME.finditer(clause)
        if m.group(1)[-2:] not in question and m.group(1)[-3:] not in question
    ][:1]


def _counted_later(group: TermGroup, upto: str, after: str) -> bool:
    """ "重大安全隐患排查出几起" is not answered by "排查隐患25起" when the sentence goes on
    "…，其中一般隐患16起，重大安全隐患9起": a thing the question names, not the head, counted in
    a clause of its own after the figure, and not named up to it."""
    if group.head or group.weight < 1.0 or group.name or group.borrowed or group.setting:
        return False
    if len(group.label) < 2 or not is_noun(group.label[-2:]) or match(group, upto) >= HEAD_MATCH:
        return False
    at = min((after.find(v) for v in group.variants if v in after), default=-1)
    if at < 0:
        return False
    # "…诉求1192件，占工单总量的27.2%": the whole the figure is a share of, no other thing.
    if re.search(r"占(?:全[镇乡街区县])?$", after[max(0, at - 3) : at]):
        return False
    clause = re.split(r"[，,；;。]", after[at:], maxsplit=1)[0]
    return bool(figures(clause))


# An item of a parallel list: "化学纤维由十四万六千吨增加到…".
_PARALLEL_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{1,6}由")


def _list_measure(window: Window) -> str:
    """The first item of the parallel list the window's sentence is an item of (这两年中，钢产量
    由…), which names what every item counts; empty for a sentence of its own."""
    text = window.passage.text
    start = window.sentence[0]
    if not _PARALLEL_ITEM.match(normalize(text[start : window.end])):
        return ""
    before = text[:start]
    if "。" not in before and "\n" not in before:
        before = window.passage.before + before  # the chunk began in the list
    first = normalize(before[max(before.rfind("。"), before.rfind("\n")) + 1 :]).lower()
    return " " + first if "由" in first else ""


def _village_in_passing(village: str, text: str, window: Window) -> bool:
    """ "以金鸡岭森林步道和凤栖村猕猴桃采摘园为核心，打造…线路2条，新发展民宿12家…，全年接待游客
    26.4万人次": a village named inside a clause (not opening it), with other figures told between
    it and this one, is no subject of this figure."""
    at = text.rfind(village, window.sentence[0], window.start)
    if at < 0 or village in text[window.start : window.end]:
        return False
    opening = max(text.rfind(mark, window.sentence[0], at) for mark in "，,；;。：:") + 1
    lead = text[max(opening, window.sentence[0]) : at].strip()
    # (Figures between: the window may open on them, "打造…线路2条，…，全年接待游客26.4万人次".)
    return bool(lead) and len(figures(text[at + len(village) : window.end])) >= 2


def misplaced(
    window: Window, ask: Ask, passages: list[Passage], report: str = ""
) -> list[TermGroup]:
    """The question's things this figure does not count; empty when it counts the one asked.

    Each is a sign the figure is another thing's: a village or a specific noun (残疾人) the report
    names elsewhere but not here, one item of a list given only as its sum, or the asked thing
    written later in the sentence with its own figure. A paraphrase's word, used nowhere, is none.
    """
    text = window.passage.text
    start, end = context_span(window)
    # The paragraph's opening sentence ("一是扎实推进中央八项规定精神学习教育，…。") sets its topic.
    opening = text.rfind("\n", 0, start) + 1
    lead = text[opening : min(start, text.find("。", opening) + 1 or start)]
    context = normalize(f"{window.passage.section} {text[start:end]}").lower()
    # An item of a colon list (运输和邮电部门为…；) has the topic its intro sets (…投资…：).
    intro = normalize(list_setting(window)).lower()
    topic = f"{_lead_in(window, passages)} {normalize(lead).lower()} {intro} {context}"
    others = [
        normalize(p.text).lower()
        for p in passages
        if p.doc_id == window.passage.doc_id and p.chunk_id != window.passage.chunk_id
    ]
    others += [normalize(text[:start]).lower(), normalize(text[end:]).lower()]
    # A village the report names elsewhere but not here: this figure is another village's.
    s_start, s_end = window.sentence
    own = normalize(f"{window.passage.section} {text[s_start:s_end]}").lower()
    # The figure's own ;-clause and those after it: a village in an earlier one is read as
    # told before (完成丰乐村、下湾村…改造；新建5G基站3个).
    semi = max(text.rfind("；", s_start, window.start), text.rfind(";", s_start, window.start))
    c_start = semi + 1 if semi >= 0 else s_start
    own_clause = normalize(f"{window.passage.section} {text[c_start:s_end]}").lower()
    before = _run_before(text, c_start)
    villages = named_villages(ask.text)
    paragraph = normalize(text[opening:s_start]).lower()
    # (Their own reckoning, which the sentence before naming the village does not undo.)
    elsewhere = [
        TermGroup((village,), 1.0)
        for village in villages
        if village not in own_clause
        and not _last_village_is(village, before)
        and (
            any(village in o for o in [*others, context])
            # A village's name is no paraphrase: one the report names elsewhere, or never, and
            # its paragraph not before this sentence, is not this figure's.
            or (report and not _told_of_village(village, paragraph, own))
        )
    ]
    out: list[TermGroup] = []
    out += [TermGroup((v,), 1.0) for v in villages if _village_in_passing(v, text, window)]
    out += _province_unnamed(window, ask, own)
    out += _paid_by_self(ask, own, _figure_clauses(window))
    out += _other_quarter(ask, own)
    # "…高龄补贴、儿童救助等民政补助共计191万元" gives no sum for 高龄补贴 alone.
    item = one_of_many(window, ask)
    if item is not None:
        out.append(item)
    out += not_listed(window, ask)
    # "出口总额" is not answered by "进出口总额3.64万亿美元", nor 城镇居民 by 农村居民.
    kind = other_kind(window, ask) or other_group(window, ask)
    if kind is not None:
        out.append(kind)
    # A sub-group the question does not name, told just before too, is all the more this
    # figure's (全国少数民族的学生数目…。…高等学校学生一万六千人).
    narrower = [kind] if kind is not None and kind.label not in normalize(ask.text) else []
    # "雨露计划" cut by jieba into 雨露/计划: the joined words name the thing as the report does.
    for first, second in _compounds(ask):
        compound = first + second
        if first in topic or second in topic:
            continue  # partly here: the same thing, worded another way
        if any(compound in other for other in others):
            out.append(TermGroup((compound,), 1.0))
    # "保障性住房建设投了多少钱" is not answered by "…用于保障性安居工程、…基础设施建设": the
    # counted word is there, but the word before it in the question, which says whose it is,
    # is nowhere in the sentence.
    # "钢产量由…增加到…；…化学纤维由…增加到…，增长百分之九十五": an item of a parallel list
    # counts what its first item names.
    named = own + _list_measure(window)
    for head in (g for g in ask.groups if g.head and g.position >= 0):
        # (The question's own word: a thing asked in the report's word, 入园率 for 小孩上幼儿园的
        # 比例, names whose it is by that word.)
        if match(replace(head, variants=head.variants[:1]), own) < 0.9:
            continue
        for group in ask.groups:
            if (
                # Right before the head, at its first place or asked again there (新增低保以后，
                # 全镇低保对象), or earlier in the same compound (国防 of 国防支出预算).
                _in_compound_before(ask, group, head.position)
                and group.weight >= 1.0
                and not group.name
                and is_noun(group.label)
                and (
                    match(group, named) == 0
                    # (Written right before it, 造林总面积 is no 播种总面积: one shared
                    # character, 种 of its variant 种树 in 播种, is no sign of it.)
                    or (
                        group.label + head.label in normalize(ask.text)
                        and is_noun(head.label)
                        and match(group.plain, own) == 0
                        and match(group, own) <= ONE_CHARACTER
                    )
                )
            ):
                out.append(group)
    out += _money_term_unsaid(ask, own)
    out += _other_people_counted(window, ask, own)
    out += _action_unnamed(ask, own)
    out += _offence_unnamed(ask, own)
    out += _event_unnamed(window, ask)
    out += _per_unit_unasked(window, ask)
    out += _head_counted_later(window, ask, normalize(text[s_start : window.start]).lower())
    out += _thing_counted_before(window, ask)
    out += _counts_the_noun_after(window, ask)
    out += _thing_counted_unsaid(window, ask, report)
    out += _counts_other_things(window, ask)
    out += _changed_thing_unnamed(ask, named)
    upto = normalize(text[s_start : window.end]).lower()
    after = normalize(text[window.end : s_end]).lower()
    for group in ask.groups:
        if (
            group.head
            and match(group, after) >= 0.9
            and match(group, upto) < HEAD_MATCH
            and (
                _figure_after(group, after)
                or not any(
                    h.head and h is not group and h.weight >= 1.0 and match(h, upto) >= 0.9
                    for h in ask.groups
                )
            )
        ):
            # "…2915户建档立卡户开展走访，…转移就业率达95%": the asked thing comes later, with
            # its own figure; a topic set before the figure (聚焦烟花爆竹…罚款10万) still holds,
            # and so does another word of the thing asked, named later with no figure
            # (监测对象182户…，…在防返贫监测工作中).
            out.append(group)
            continue
        if _counted_later(group, upto, after):
            out.append(group)
            continue
        if group.weight < 1.0 or group.name or group.borrowed or group.setting:
            continue
        if not _thing_word(group.label):
            continue
        if _acted_on(group, ask):
            continue  # "应对金融危机那个投资计划": what the thing was for, not whose figure
        # "在燃气安全整治中，排查隐患25起" frames its figure as another activity's: a shared
        # character elsewhere (放 of 放炮, for 烟花爆竹, in 发放) does not make it this one's.
        framed = _FRAME.search(upto)
        partly = match(group, topic)
        if partly >= HEAD_MATCH or (partly > 0 and not (framed and not match(group, framed[1]))):
            continue  # partly there (村干部 by 后备干部), or set by the lead: the same thing
        # Named elsewhere in the passages read, or in the whole report (`report`, folded).
        if any(any(v in other for v in group.variants) for other in [*others, report]):
            out.append(group)
    # "…商品零售物价上涨幅度控制在…。…，涨幅仍然高达…": a thing the sentence before names, its
    # measure named again here, is this figure's.
    return elsewhere + [
        group
        for group in out
        if group in narrower
        or (not told_just_before(window, [group]) and not _named_in_full_before(window, ask, group))
    ]


def _named_in_full_before(window: Window, ask: Ask, group: TermGroup) -> bool:
    """ "完成了耕地地力补贴摸底核实与发放工作。全镇…发放补贴共计106.57917万元": the sentence before
    names the thing in full, the word asked right before its head, and the figure's sentence
    goes on by the head alone."""
    previous = previous_sentence(window).lower()
    own = sentence_text(window)
    heads = [
        v
        for h in ask.groups
        if h.head and h is not group and is_noun(h.label)  # 补贴, not 增长
        for v in h.variants
        if v in own
    ]
    for variant in group.variants if previous and heads else ():
        at = previous.find(variant)
        if at >= 0 and any(h in previous[at + len(variant) : at + len(variant) + 6] for h in heads):
            return True
    return False


# A clause opening on a verb or a comparison goes on with the thing named before it.
_GOES_ON_WITH = re.compile(
    r"(?:其中|比|较|同比|环比|占|分别|年均|平均|共|累计|合计|总计|约|近|超|达|为|是|增|减|降|提|升|"
    r"涨|扩|完成|实现|突破|保持|控制|稳定|新增|净增|相当于|折合|人均|每)"
)
# What a clause's subject says: the verb after it.
_SUBJECT_VERB = re.compile(
    r"控制在|保持在|稳定在|达到|达|为|是|降到|降至|降低|提高|上升|增长|增加|减少|下降|上涨|突破|超过|"
    r"完成|实现"
)
# Words of time and of measure that name no thing of their own ("总额达到…" is the thing before).
_NO_THING = re.compile(
    r"全年|年末|年底|年初|当年|今年|去年|上年|\d+年|[〇一二三四五六七八九十]+年|总量|总额|总数|"
    r"总规模|规模|总值|数量|金额|人数|总计|合计|水平|幅度|速度|比重|比例|全国|全镇|我国|其|这|此|"
    r"平均|年均|累计|共|总"
)


def _lead_subject(lead: str) -> str | None:
    """The words of a figure's clause before its verb (外汇储备 of 外汇储备达到); None when the
    clause goes on with the thing named before it, or has no verb."""
    verb = _SUBJECT_VERB.search(lead)
    if not lead or _GOES_ON_WITH.match(lead) or not verb:
        return None
    return lead[: verb.start()]


def figure_of_another(window: Window, ask: Ask) -> bool:
    """ "GDP增长预期目标是多少" is not answered by "…高于国内生产总值增长，城镇调查失业率控制在
    5.5%以内": each figure that could answer has a subject of its own in its clause, sharing not
    a character with what the question asks (its head, or with none marked, a weighty word:
    "GDP增长预期目标，2021年和2025年分别是多少" marks none)."""
    if not any(g.head or (g.weight >= 1.0 and not g.setting) for g in ask.groups):
        return False
    asked = {
        c
        for g in ask.groups
        if not g.setting
        for v in (*g.variants, *g.borrowed)
        for c in v
        if "\u4e00" <= c <= "\u9fff"
    }
    before = text_before_window(window)
    text = before + normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    if not fitting:
        return False
    for _, start, end in fitting:
        # The figure's clause up to it, and the clauses of its sentence before it.
        clauses = re.split(r"[，,]", re.split(r"[；;：:。]", text[: len(before) + start])[-1])
        # (How it is reckoned names no subject: "…，扣除物价上升因素增长８６．９％".)
        lead = _HOW_RECKONED.sub("", clauses[-1]).strip()
        rate = _OWN_RATE.search(lead)
        if rate and _GROWTH_ASKED.search(ask.text) and not asked & set(rate.group(1)):
            continue  # 消费对经济增长的贡献率达到: a rate of its own, not the growth asked
        said = _lead_subject(lead)
        if said is None and len(clauses) > 1 and _GOES_ON_WITH.match(lead):
            # "2000年国家财政收入达13380亿元，平均每年增长16.5％": the clause goes on with the
            # subject of the one before.
            said = _lead_subject(_HOW_RECKONED.sub("", clauses[-2]).strip())
        if said is None:
            return False
        subject = _NO_THING.sub("", said)
        subject = "".join(c for c in subject if "\u4e00" <= c <= "\u9fff")
        # What the figure counts may follow it (4173名党员): the rest of its clause counts too.
        tail = re.split(r"[，,；;：:。]", text[len(before) + end :])[0]
        tail = _LIMIT_AFTER.sub("", tail)  # 5.5%以内: a bound, no thing counted
        if not _MEASURE_NAMED.search(subject) or asked & set(subject + tail):
            return False
    return True


_LIMIT_AFTER = re.compile(r"^\s*(?:以内|之内|以上|以下|左右|上下)")
# A growth asked (增长了多少, 增速); a subject ending in a rate of its own (贡献率, 覆盖率), the
# two characters before 率 naming what it is a rate of.
_GROWTH_ASKED = re.compile(r"增长|增速|增幅|涨")
_OWN_RATE = re.compile(
    r"([\u4e00-\u9fff]{2})率(?:达到|达|为|是|超过|提高到|上升到|升至|下降到|降到|降至)?$"
)
# A subject naming a measure of its own (城镇调查失业率, 外汇储备, 财政收入).
_MEASURE_NAMED = re.compile(r"[率额值数价]$|指数$|收入$|支出$|赤字$|储备$|产量$|总量$")


def measure_of_another(window: Window, ask: Ask) -> bool:
    """ "八一年国内生产总值比上年增长了多少" is not answered by "农业总产值一九八一年比一九八○年
    增长百分之五点七": the measure asked is named nowhere in the sentence, and each figure that
    could answer has another measure for its subject."""
    measures = [
        g
        for g in ask.groups
        if g.head and not g.setting and len(g.label) >= 4 and _MEASURE_NAMED.search(g.label)
    ]
    if len(measures) != 1 or match(measures[0], normalize(sentence_text(window)).lower()) > 0:
        return False
    before = text_before_window(window)
    text = before + normalize(window.text).lower()
    fitting = _fitting_places(window, ask)
    for _, start, _ in fitting:
        lead = re.split(r"[，,；;：:。]", text[: len(before) + start])[-1].strip()
        said = _lead_subject(lead)
        if said is None:
            return False
        # (Up to a comparison: 农业总产值一九八一年比一九八○年增长.)
        subject = re.split(r"比|较", said)[0]
        subject = _NO_THING.sub("", subject)
        subject = "".join(c for c in subject if "\u4e00" <= c <= "\u9fff")
        if len(subject) < 2 or not _MEASURE_NAMED.search(subject):
            return False
    return bool(fitting)


def actual_told_apart(window: Window, ask: Ask) -> bool:
    """ "外商直接投资实际到位多少" is not answered by "外商直接投资协议金额１２０亿美元" when the
    sentence goes on "实际投资４３．７亿美元": the actual figure is told apart, and no figure that
    could answer here is it."""
    if "实际" not in ask.text:
        return False
    clauses = figure_clauses(window, ask)
    if not clauses or any("实际" in clause for clause in clauses):
        return False
    sentence = re.split(r"[，,；;]", sentence_text(window))
    return any(c.strip().startswith("实际") and figures(c) for c in sentence)


# What a part is asked by once its whole is named (…中，Y有多少, Y是哪几个).
_PART_ASK_END = re.compile(r"(?:有|是|占|为|达到|共)?(?:多少|几|哪)")
_IN_A_REPORT = re.compile(r"(?:报告|总结|计划|规划|纲要|文件|讲话|材料|期间|时期|年)$")


@lru_cache(maxsize=256)
def _asked_part(text: str) -> tuple[int, int] | None:
    """Where the part of "发展的党员中女党员有几名" is (女党员, after its whole 党员): 中 (当中,
    之中, 里) as "among", a word of its own (not of 中心, 集中, 中小学), the part between it and the
    ask."""
    at = 0
    for word, flag in pos_tags(text):
        among = (word in ("中", "里") and flag == "f") or word in ("当中", "之中")
        # (Not in a report or a time: "1993年政府工作报告中，1992年原油产量" names no whole.)
        if among and not _IN_A_REPORT.search(text[:at]):
            start = at + len(word)
            start += len(re.match(r"[，,\s]*的?", text[start:]).group())  # type: ignore[union-attr]
            end = _PART_ASK_END.search(text, start)
            part = text[start : end.start()] if end else ""
            # (A kind, 女党员, 集中供养的; not what was done, 清查行动中检查了多少家.)
            # (收入, 支出: jieba tags them verbs.)
            # (里 only before a thing: not 录进全国系统里管起来的, told where, not of whom.)
            kind = ends_on_a_noun(part) or (word != "里" and part.endswith(("的", "收入", "支出")))
            # (Nor several things, each asked: 钢铁基地、大电站、铁路新干线各有几个.)
            several = re.search(r"[，,。；;？?、]|各$", part)
            if 0 < len(part) <= 14 and kind and not several:
                return start, start + len(part)
        at += len(word)
    return None


def part_unsaid(window: Window, ask: Ask) -> bool:
    """ "发展的党员中女党员有几名" is not answered by "发展党员5名，其中35岁以下4名", nor
    "旅游综合收入中民宿收入是多少" by "实现旅游综合收入6840万元": a part of a whole asked, and no
    word naming the part, other than the whole's, is in the sentence."""
    asked = _asked_part(ask.text)
    if asked is None:
        return False
    start, end = asked
    whole = ask.text[:start]
    words = [
        g
        for g in ask.groups
        if len(g.label) >= 2
        and not g.setting
        and (g.label in ask.text[start:end] or start < g.position + len(g.label) <= end)
        and g.label not in whole
    ]
    # (A variant the whole names is no word of the part: 就业 of 务工, asked of 转移就业中.)
    words = [replace(g, variants=tuple(v for v in g.variants if v not in whole)) for g in words]
    if not words:
        return False
    sentence = sentence_text(window)
    return all(match(g, sentence) < HEAD_MATCH for g in words)


# A figure told as the year before's in a report: "上年同期为9595元", "比上年的496户".
_BASE_LEAD = re.compile(
    r"(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期)?(?:的|为|是|达|有)?$|同期(?:为|是)$"
)


# "…增加9.5万羽": the change a figure told after the base came to.
_CHANGE_SINCE = re.compile(r"(?:增加|增长|减少|下降|提高|降低|上升|扩大|缩小)了?$")


def base_unsaid(window: Window, ask: Ask) -> bool:
    """A report read for the period before its own (2024H1's for 2023H1) answers only with a
    figure told as that period's: "上年同期为9595元", "比2021年的15796元", not the report's own
    "10386元"; after such a figure, the change since may follow ("比上年的76.5万羽增加9.5万羽")."""
    text = normalize(window.text).lower()
    leads = [clause_lead(text, start).strip() for _, start, _ in _fitting_places(window, ask)]
    based = [_BASE_LEAD.search(lead) is not None for lead in leads]
    if not any(based):
        return True
    first = based.index(True)
    return not all(
        base or (i > first and _CHANGE_SINCE.search(lead) is not None)
        for i, (base, lead) in enumerate(zip(based, leads, strict=True))
    )


# A body, project or event a question names by its own name: the name, then its kind.
_ENTITY = re.compile(
    r"([\u4e00-\u9fff]{2,14}?)"
    r"(?:股份有限公司|有限责任公司|有限公司|公司|专业合作社|合作社|项目|工程|大桥|产业园|工业园"
    r"|(?:文化|旅游|艺术|美食|采摘|音乐|花|茶|果|丰收|民俗|体育|篮球|徒步|龙舟)节)"
)
# What opens a name's run but is no part of it: a time, an order, a question's own words.
_ENTITY_LEAD = re.compile(
    r"^.*(?:[的在和与及跟对把给从是有了被中里内年月度届期个家]|上半年|下半年|全年|今年|去年|那边|这边)"
)
# Kinds of project or body, not one's own name (重点项目, 产业项目, 民生工程).
_ENTITY_KINDS = re.compile(
    r"^(?:重点|产业|招商|在建|新建|续建|新开工|开工|民生|基础设施|基建|规上|规模以上|工业|农业|旅游"
    r"|文旅|帮扶|扶贫|示范|引进|签约|投资|亿元|市级|省级|县级|国家级|重大|大|小|各类?|所有|全部"
    r"|这个|那个|该|这些|那些|哪些|哪个|哪几个|什么|多少|几个|几|一个|两个|企业|公益性|水利|交通"
    r"|衔接资金|以工代赈|乡村振兴|农村|城镇|村级|集体|合作)+$"
)


# A sentence's last clause with no figure, a date at most (…，鹤鸣云雾茶业有限公司于3月新纳入…).
_NO_FIGURE_LAST = re.compile(r"[，,；;](?:[^，,；;\d]|\d+\s*[年月日号])*$")
# "该公司", "这个项目", "其产值": the sentence before names the body (not 其中, 其他).
_ENTITY_BACK = re.compile(
    r"(?:该|此|这个?|上述)(?:公司|企业|项目|工程|合作社|节|活动)|其(?![中他余它])"
)


@lru_cache(maxsize=256)
def _entity_names(question: str, town: str) -> tuple[str, ...]:
    """The own names of the bodies, projects and events a question names (绿源银杏食品, 竹纤维
    新材料, 第四届银杏文化旅游节 -> 银杏文化旅游), without the report's town before them."""
    names = []
    for m in _ENTITY.finditer(question):
        name = _ENTITY_LEAD.sub("", m.group(1))
        if town and name.startswith(town):
            name = name[len(town) :]
        if len(name) >= 2 and not _ENTITY_KINDS.match(name) and not re.search("多少|几|哪", name):
            names.append(name)
    return tuple(names)


def entity_unnamed(window: Window, ask: Ask) -> bool:
    """ "绿源银杏食品有限公司上半年上缴税收多少" is not answered by "鑫茂竹木制品有限公司…上缴
    税收168万元", nor "第四届银杏文化旅游节接待了多少游客" by the half year's visitors: a body,
    project or event the question names by its own name is named where the figure is (its
    sentence up to the figure, or the one before where it points back): its first two
    characters, and a pair of the rest of a longer name (银杏 and 文化 of 银杏文化)."""
    town = window.passage.town
    if town == NATIONAL:
        return False
    names = _entity_names(normalize(ask.text), town)
    if not names:
        return False
    # The sentence up to the window's end: a name told after the figure is another's (…，云台山泉
    # 饮品有限公司完成产值3380万元，鹤鸣云雾茶业有限公司于3月新纳入规模以上工业统计).
    upto = window.passage.text[window.sentence[0] : window.end]
    if ask.shape is Shape.FIGURE and ask.unit not in ("年", "月", "日"):
        upto = _NO_FIGURE_LAST.sub("", upto)
    own = normalize(upto).lower()
    told = f"{previous_sentence(window).lower()} {own}" if _ENTITY_BACK.search(own) else own
    if town:
        told = told.replace(town, " ")
    stem = town_stem(town)

    def said(name: str) -> bool:
        return name[:2] in told and (
            len(name) < 4 or any(name[i : i + 2] in told for i in range(2, len(name) - 1))
        )

    def worded_otherwise(name: str) -> bool:
        # (青杠坪那个自来水工程: the 集中供水工程 the report names, by a thesaurus word of 自来水.)
        return any(
            len(v) >= 2 and v in told for g in ask.groups if name in g.variants for v in g.variants
        )

    # (县溪康源农业公司: the town's short name before the body's own.)
    return not all(
        said(name) or (name.startswith(stem) and said(name[len(stem) :])) or worded_otherwise(name)
        for name in names
    )


# "扶持发展农家乐、民宿17家": the asked thing an item of a run counted by one figure.
_JOINED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,}、$")
_JOINED_AFTER = re.compile(r"、([\u4e00-\u9fff]{2})")


def counted_jointly(window: Window, ask: Ask) -> bool:
    """ "有多少家民宿" is not answered by "扶持发展农家乐、民宿17家": every figure that could
    answer counts the asked thing together with another item set beside it by 、, one the
    question does not name, with no figure of its own between them."""
    heads = [g for g in ask.groups if g.head and not g.setting]
    if ask.shape is not Shape.FIGURE or not heads:
        return False
    question = normalize(ask.question or ask.text).lower()
    text = normalize(window.text).lower()
    places = _fitting_places(window, ask)
    return bool(places) and all(
        _joined_item(clause_lead(text, start), heads, question) for _, start, _ in places
    )


def _joined_item(lead: str, heads: list[TermGroup], question: str) -> bool:
    """Whether the clause up to a figure ends on a run "X、asked" or "asked、X" of whole items,
    X unnamed by the question."""
    for variant in (v for g in heads for v in g.variants):
        at = lead.rfind(variant)
        if at < 0:
            continue
        after = lead[at + len(variant) :]
        before = _JOINED_BEFORE.search(lead[:at])
        # (Not a figure's unit: "早稻播种1.12万亩、中稻播种" gives each its own.)
        counted = before is not None and re.search(r"[\d.]$", lead[: before.start()]) is not None
        other = before.group(0)[-3:-1] if before and not counted else ""
        if not other:
            joined = _JOINED_AFTER.match(after)
            other = joined.group(1) if joined else ""
        if other and other not in question and not re.search(r"\d", after):
            return True
    return False


_FIRST_HALF = re.compile(r"上半年|1-6月|1—6月|一至六月|前6个?月")
_OTHER_THAN_FIRST_HALF = re.compile(r"下半年|全年")
_WHOLE_YEAR_TARGET = re.compile(r"计划|目标|力争|确保|预计|争取|以上|突破|任务")


def other_half_year(window: Window, ask: Ask) -> bool:
    """ "上半年完成固定资产投资多少" is not answered by "下半年完成固定资产投资3.09亿元以上",
    nor by "全年新增转移就业农村劳动力400人以上": the first half asked, and each figure that
    could answer is told, in its sentence up to it, of the second half only, or, in its own
    clause, as a target for the whole year."""
    question = normalize(ask.question or ask.text)
    if not _FIRST_HALF.search(question) or _OTHER_THAN_FIRST_HALF.search(question):
        return False
    prior = text_before_window(window)
    text = prior + normalize(window.text).lower()
    places = _fitting_places(window, ask)

    def of_another_part(start: int, end: int) -> bool:
        start, end = len(prior) + start, len(prior) + end
        upto = text[:start]
        if _FIRST_HALF.search(upto):
            return False
        clause = clause_lead(text, start) + text[start : clause_end(text, end)]
        # ("全年主要目标：确保完成…人均可支配收入2.23万元": the year's, its target in the clause.)
        return "下半年" in upto or (
            "全年" in upto and _WHOLE_YEAR_TARGET.search(clause) is not None
        )

    return bool(places) and all(of_another_part(start, end) for _, start, end in places)


# Villages listed together: "双河口社区、柳树湾村、青龙村", "凤栖村、竹林湾村和青山坳村".
_VILLAGE_RUN = re.compile(
    r"[\u4e00-\u9fff]{2,4}?(?:村|社区)(?:[、和及与][\u4e00-\u9fff]{2,4}?(?:村|社区))+"
)


# A measure told bare, its thing named before it in the sentence: "黄桃种植面积达到4300亩，全年
# 产量5800吨" (the 产量 of 黄桃).
_BARE_MEASURE = re.compile(
    r"^(?:全年|年|总|共|累计)?(?:实现|完成)?(?:总?产量|总?产值|销售额|销售收入)(?:达到?|为|约|超)?$"
)
_MEASURE_WORDS = re.compile(r"^(?:总|年)?(?:产量|产值|销售额|销售收入|收入|面积)$")


def bare_measure_of_another(window: Window, ask: Ask) -> bool:
    """ "茯苓产量有多少吨" and "粮食总产量是多少吨" are not answered by "黄桃种植面积达到4300亩，
    全年产量5800吨": each figure that could answer is a measure told bare (全年产量), of the
    thing its sentence named before, and a thing the question names is nowhere in the sentence."""
    sentence = sentence_text(window)
    measures = [g.position for g in ask.groups if _MEASURE_WORDS.match(g.label)]
    # The thing measured: the word just before the measure (茯苓 of 茯苓产量, 粮食 of 粮食总产量).
    things = [
        g
        for g in ask.groups
        if len(g.label) >= 2
        and g.position + len(g.label) in measures
        and not any(v in sentence for v in g.variants)
    ]
    if not things:
        return False
    text = normalize(window.text).lower()
    places = _fitting_places(window, ask)
    return bool(places) and all(
        _BARE_MEASURE.match(clause_lead(text, start).strip()) for _, start, _ in places
    )


_EACH = re.compile(r"分别|各(?:自|实现|完成|有|达|为|增加|新增)")


def member_of_a_group(window: Window, ask: Ask) -> bool:
    """ "柳树湾村上半年的村集体经济收入是多少" is not answered by "收入在20万元以上的村（社区）有4
    个，分别是双河口社区、柳树湾村…", nor by the town's total beside the list: the village asked is
    named in the figure's sentence only as one of several listed together, with no figure for
    each (分别, 各), so no figure there is its own."""
    villages = named_villages(ask.text)
    if not villages:
        return False
    sentence = sentence_text(window)
    for m in _VILLAGE_RUN.finditer(sentence):
        # ("白鹭洲村、石湾村分别实现…46.8万元、21.5万元", "…各实现…": each its own figure.)
        each = _EACH.search(sentence, m.end())
        listed = any(v in m.group(0) for v in villages)
        if listed and not each and not any(sentence.count(v) > 1 for v in villages):
            return True
    return False


# A quarter asked on its own ("第三季度单季", "三季度"), not the first three together.
_QUARTER_ASKED = re.compile(r"(?<![前头])第?([一二三四1-4])季度")
_NINE_MONTHS = r"前三季度|[1一]\s*月?\s*[-—－~至到]\s*[9九]\s*月|前[9九]个月"
_NINE_MONTHS_ASKED = re.compile(_NINE_MONTHS)
# Parts of a year a sentence tells before a figure: a quarter alone, or a run of months.
_PART_MARK = re.compile(
    rf"(?P<nine>{_NINE_MONTHS})|(?<![前头])第?(?P<quarter>[一二三四1-4])季度"
    r"|(?P<other>上半年|下半年|全年|今年以来|1\s*[-—－~至到]\s*\d{1,2}月|前\d{1,2}个月)"
)
_QUARTERS = "一二三四"


def _quarter_number(word: str) -> str:
    """ "3" of 三 or 3."""
    return str(_QUARTERS.find(word) + 1 or word)


def _quarter_of(mark: re.Match[str]) -> str:
    """The quarter a part-of-year mark names on its own ("3"), "" for any other part."""
    return _quarter_number(mark.group("quarter")) if mark.group("quarter") else ""


def other_quarter(window: Window, ask: Ask) -> bool:
    """ "第三季度单季新增市场主体多少户" is not answered by "前三季度新增各类市场主体438户", nor
    "前三季度…多少" by "其中第三季度完成1.58亿元": one quarter asked, or the first three together,
    and each figure that could answer is told, by the nearest part of the year its passage
    names before it (else by its report's period), of another part."""
    question = normalize(ask.text)  # (its own part: "2023年发了多少，2025年一二季度又发了多少")
    quarter = _QUARTER_ASKED.search(question)
    nine = _NINE_MONTHS_ASKED.search(question)
    if bool(quarter) == bool(nine):
        return False
    asked = _quarter_number(quarter.group(1)) if quarter else ""
    passage = window.passage.text
    earlier = normalize(passage[: window.sentence[0]]).lower()
    prior = earlier + normalize(passage[window.sentence[0] : window.start]).lower()
    text = prior + normalize(window.text).lower()
    own = window.passage.period[4:]

    def of_another_part(start: int) -> bool:
        marks = list(_PART_MARK.finditer(text, 0, len(prior) + start))
        # The figure's own sentence first; a quarter asked may be named sentences before
        # ("制定《第一季度…实施方案》…。查处违法行为23起").
        # (Not one told of a part of another figure: "…其中第三季度完成1.58亿元；完成财税收入".)
        leading = [m for m in marks if not text[max(0, m.start() - 3) : m.start()].endswith("其中")]
        told = [m for m in marks if m.start() >= len(earlier)] or (leading if asked else [])
        if not told:  # told of the report's own period
            return own != (f"Q{asked}" if asked else "M9")
        if not asked:
            return told[-1].group("quarter") is not None
        return _quarter_of(told[-1]) != asked

    places = _fitting_places(window, ask)
    return bool(places) and all(of_another_part(start) for _, start, _ in places)


# "投资1.1亿元的柳溪康养旅游综合体项目", "总投资1.6亿元的竹纤维新材料项目": a project's size.
_SIZE_OF = re.compile(r"(?:总)?投资(?:额|规模)?(?:约|近|超|达)?$")
_TOTAL_SIZE = re.compile(r"总投资(?:额)?(?:约|近|超|达)?$")
_CONTRACTED = re.compile(r"合同引资|签约|协议(?:引资|金额|投资)")
_PROGRESS_ASK = re.compile(r"完成(?:了)?(?:多少)?(?:年度)?投资|实际(?:完成)?投资|投资完成|到位")


def size_for_progress(window: Window, ask: Ask) -> bool:
    """ "竹纤维新材料项目上半年完成了多少投资" is not answered by "合同引资3.8亿元，…即总投资
    1.6亿元的竹纤维新材料项目": the work done on a project is asked, and each figure that could
    answer is a project's size, told before the project it qualifies (…亿元的…项目), or what
    was signed for."""
    if not _PROGRESS_ASK.search(normalize(ask.text)):
        return False
    text = normalize(window.text).lower()
    places = _fitting_places(window, ask)
    return bool(places) and all(_size_or_contract(text, *place) for place in places)


def _size_or_contract(text: str, figure: Figure, start: int, end: int) -> bool:
    """Whether a figure is a project's size (…亿元的…项目, or 总投资 in all: "实施重点项目22个，
    总投资8.35亿元") or the money signed for ("合同引资3.8亿元"), not the money spent."""
    item = clause_lead(text, start, _CLAUSE_ENDS + "、")
    return (
        (_SIZE_OF.search(item) is not None and text[end : end + 1] == "的")
        or _TOTAL_SIZE.search(item) is not None
        or (figure.unit.endswith("元") and _CONTRACTED.search(clause_lead(text, start)) is not None)
    )


# A year's plan asked with its verb ("2025年计划接待游客多少人次", "今年打算新建…"), not a plan's
# name (雨露计划).
_YEAR_PLAN_ASKED = re.compile(
    r"(?:\d{4}\s*年|今年|明年|下半年|全年|年度)(?:的)?(?:计划|打算|准备)(?=[\u4e00-\u9fff])"
)
_PLAN_TOLD = re.compile(r"计划|目标|力争|预计|确保|争取|将|拟|要|任务|预期")


def result_for_year_plan(window: Window, ask: Ask) -> bool:
    """ "双河口镇2025年计划接待游客多少人次" is not answered by "上半年接待游客13.8万人次": in a
    town's report, a year's plan asked, and the figure's sentence tells no plan, outside a plan
    section."""
    passage = window.passage
    if not passage.town or passage.town == NATIONAL or ask.shape is not Shape.FIGURE:
        return False  # ("下半年准备给哪条溪做清淤": what is named, no figure)
    if not _YEAR_PLAN_ASKED.search(normalize(ask.text)):
        return False
    return not in_plan_section(passage) and not _PLAN_TOLD.search(sentence_text(window))


_FIGURE_NEXT = re.compile(r"(?:达到|达|为|共|约|超过|突破|累计)?[\d一二两三四五六七八九十百千万]")
# Words before a counted thing that frame it, not narrow it (全年接待游客, 上半年全乡…游客).
_FRAME_WORD = re.compile(r"^(?:全|各|本|我|新|共|累计|总)")


def narrower_kind(window: Window, ask: Ask) -> bool:
    """ "一共来了多少游客" is better answered by "全年接待游客42.6万人次" than by "吸引省内外康养
    旅居游客1.3万人次": the counted thing, in the window, right after a word naming a kind of it
    that the question does not have."""
    question = normalize(ask.text).lower()
    text = normalize(window.text).lower()
    for group in ask.groups:
        if not group.head or len(group.label) < 2 or not is_noun(group.label):
            continue
        found = [(text.find(v), v) for v in group.variants if len(v) >= 2 and v in text]
        if not found:
            continue
        at, word = min(found)
        # (The thing counted right before its figure: not "核实死亡人员医保参保情况262人".)
        if at <= 0 or not _FIGURE_NEXT.match(text, at + len(word)):
            continue
        before = re.split(r"[，,；;：:、。]", text[:at])[-1]
        words = pos_tags(before)
        if not words:
            continue
        word, tag = words[-1]
        if (
            len(word) >= 2
            and tag.startswith(("n", "vn", "j"))
            and word not in question
            and not _FRAME_WORD.match(word)
        ):
            return True
    return False
