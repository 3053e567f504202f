"""Finding the words that answer: clause runs of retrieved passages scored against an ask."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from retrieval import tables
from retrieval.chunking import split_sentences
from retrieval.models import Passage
from retrieval.places import NATIONAL, arabic_years, written_years
from retrieval.questions import (
    DURATION_UNIT,
    PLAN_WORD,
    RANK_UNIT,
    STRICT_UNITS,
    SURNAMES,
    WHEN_DONE,
    Ask,
    Shape,
    TermGroup,
)
from retrieval.text import blank, normalize

# Below this share of the question's key-term weight, a clause does not answer it.
MIN_COVERAGE = 0.4
MAX_WINDOW_CLAUSES = 3
MAX_LIST_ITEMS = 8
# How well a figure's sentence must name the counted thing itself (gapped or most bigrams).
HEAD_MATCH = 0.5

_UNIT_WORDS = """
    项 个 人次 人 户 万元 亿元 元 次 处 名 家 起 条 台 吨 亩 公里 千米 km 米 场 期 份 批次 批 件
    栋 座 支 所 篇 盏 包 幅 套 间 立方米 立方公尺 立方 公斤 千克 轮 块 辆 头 只 本 册 天 小时
    个月 周 位
    组 张 株 棵 段 类 倍 万人次 平方米 千瓦 篇次 场次 户次 车次 班次 架次 项次 年 岁 颗 枚 部 集
    首 种 美元 港元 英镑 欧元 日元 斤 平方公里 公顷 千瓦时 個 噸 公噸 公尺 公分 英尺 英呎 英里 光年
    羽 趟 层 届 页 话 代 口 眼 平方千米 m² km cm mm kg mb gb 担 分钱 剂 剂次 例 个工作日 工作日
"""
_UNITS = sorted(_UNIT_WORDS.split(), key=len, reverse=True)
# A table's unit cells and header notes: 亿元, 万吨, 万人次 (a 万 or 亿 before any unit).
UNIT_SET = tuple(_UNITS) + tuple(f"{m}{u}" for m in "万亿" for u in _UNITS if u[0] not in "万亿")
# 3,680 and the older reports' full-width ３，６８０ and １．１ (the 1999 report: 4·3％).
# The 1998 report spaces its digits (7 0 ．8 岁, 4 9 2 5 0 万吨): one space between digits joins.
_DIGITS = r"\d(?: ?\d)*(?: ?[.．·] ?\d(?: ?\d)*|[,，]\d{3}(?!\d)|,\d+)*"
_CN_DIGIT = "一二两三四五六七八九十百千零〇"
_CN_NUM = rf"[二两三四五六七八九十百千]+[{_CN_DIGIT}点]*|一[十百千万萬亿億零〇点][{_CN_DIGIT}点]*"
# "1000多万人", and a bare count of ten thousands: "6600多万纳税人", "3200万学生".
_FIGURE = re.compile(
    rf"(?<![第\d.{_CN_DIGIT}])(?P<num>{_DIGITS}|{_CN_NUM})\s*(?:余|多)?\s*(?P<mag>(?:万|亿|萬|億){{1,2}})?"
    rf"(?:(?<=[亿億])[{_CN_DIGIT}]+(?:[余多]?[万萬])?|(?<=[万萬])(?:\d千|[{_CN_DIGIT}]+))?"
    rf"\s*(?:余|多)?\s*(?P<unit>{'|'.join(map(re.escape, _UNITS))}|[%％‰]"
    rf"|(?<=[万亿萬億])(?=[“\"「]?[\u4e00-\u9fff]|[，,。；;]|$)(?![{_CN_DIGIT}万亿萬億]))"
)
# Older reports write shares in words: 百分之八, 百分之七点九, and rates per mille: 千分之六点一.
_CN_PERCENT = re.compile(rf"[百千]分之(?:{_DIGITS}|[{_CN_DIGIT}点]+)")
# A share written as a fraction (三分之二; 百分之… is read above); kept only after 占 below.
_CN_FRACTION = re.compile(
    r"(?<![百千万\d])[一二两三四五六七八九十]{1,2}分之[一二两三四五六七八九十]{1,2}"
)
_QUOTED = re.compile(r"“[^“”]{1,40}”")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?![\d代])")
# A comma between digit groups (６，４９９，８６２，０００元) is part of the figure.
_COMMA = r"(?:(?<![0-9０-９])[，,]|[，,](?![0-9０-９]{3}(?![0-9０-９])))"
_CLAUSE_END = re.compile(rf"{_COMMA}|[：:]")
_PLAN_OPENING = re.compile(
    r"(?:今年|明年|本年度?|今后[两三四五几]年|未来[两三四五几]年)(?!以来|上半年|前)"
)
_CLAUSE_END_OR_STOP = re.compile(rf"{_COMMA}|[：:；;。]")
TRIM = "，,。；;：:、 　\n"
_CN = "一二三四五六七八九十"
ENUM = re.compile(
    rf"([{_CN}]{{1,3}}是|[（(][{_CN}]{{1,3}}[）)]|[（(]\d{{1,2}}[）)]|(?<![\d.])\d{{1,2}}[.、．](?!\d)"
    rf"|(?<![{_CN}第])[{_CN}]{{1,3}}、|其[{_CN}]{{1,2}}[，,、：:]?"
    # "一要统筹好国内与国际的关系…。二要平衡好…": a sentence opening 一要, 二要.
    rf"|(?<![\u4e00-\u9fff])[{_CN}]{{1,2}}要(?=[\u4e00-\u9fff])"
    # "我们有以下几点体会：\n第一，坚持解放思想…": items opening 第一，第二，
    rf"|(?<![\u4e00-\u9fff])第[{_CN}]{{1,3}}[，,、])"
)
PEOPLE_UNITS = frozenset({"人", "名", "位", "人次"})
_EQUIVALENT_UNITS = [
    {*PEOPLE_UNITS, "兵"},  # 裁掉了多少兵: soldiers are counted in 人
    {"户", "户次"},
    {"家", "户"},  # 新登记企业…1.5万户 answers 多少家企业
    {"个", "处", "项", "条", "件", "起", "宗", "部"},
    {"所", "座", "家", "个", "处"},
    {"份", "张", "本"},
    {"张", "个"},  # 能多放多少张床 is answered by 新增床位480个
    {"趟", "班"},  # 班车一天有几趟 is answered by 增加到每日10班
    {"块", "面", "处", "个"},  # 立了几块警示牌 is answered by 设立警示牌10处
    {"口", "眼", "处", "个"},  # 挖了几口井 is answered by 打井2处
    {"台", "辆", "部"},  # 造了多少台新能源车 is answered by 1300万辆
    {"次", "场", "轮", "期", "批", "批次"},
    # Verbal measure words: 巡查了多少趟 is answered by 巡河80余次.
    {"次", "趟", "回", "遍"},
    {"起", "次"},  # 闹出了多少起浪费事件 is answered by 发生的浪费事件就有五十多次
    # Days: 要花几天 is answered by 4个工作日以内.
    {"天", "个工作日", "工作日"},
    # Areas: 面积有多大 is answered in any of them.
    {"亩", "公顷", "平方公里", "平方米"},
    # The older reports' metres: 公尺 and 立方公尺.
    {"米", "公尺"},
    {"立方米", "立方公尺", "立方"},
]


@dataclass(frozen=True)
class Figure:
    """A number with its unit as written in the report."""

    text: str
    unit: str
    digits: bool

    @property
    def solid(self) -> bool:
        """A count in digits or in several numerals (六千三百多万人), not a word (三项规定)."""
        return self.digits or len(_NUMERALS.findall(self.text)) >= 2


_NUMERALS = re.compile(r"[零〇一二两三四五六七八九十百千万亿萬億兩]")


@dataclass
class Window:
    """A run of clauses of one sentence: a candidate answer, with its evidence."""

    passage: Passage
    start: int
    end: int
    coverage: float
    score: float
    figures: list[Figure]
    sentence: tuple[int, int]
    missing: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.passage.text[self.start : self.end]


@dataclass
class _Sentence:
    start: int
    end: int
    clauses: list[tuple[int, int]]


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without punctuation or spaces at either end."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


@lru_cache(maxsize=2048)
def _sentences(text: str) -> tuple[_Sentence, ...]:
    """Sentences of a passage, each cut into clauses at commas and colons."""
    out = []
    for s_start, s_end in split_sentences(text):
        clauses = []
        at = s_start
        for m in _CLAUSE_END.finditer(text, s_start, s_end):
            span = trimmed(text, at, m.start())
            if span[1] > span[0]:
                clauses.append(span)
            at = m.end()
        span = trimmed(text, at, s_end)
        if span[1] > span[0]:
            clauses.append(span)
        if clauses:
            out.append(_Sentence(s_start, s_end, clauses))
    return tuple(out)


# "在世界上排第几": a rank asked, told as 第四位 / 第2名.
_RANK = re.compile(rf"第(?P<num>{_DIGITS}|{_CN_NUM}|一)(?P<mag>)(?P<unit>位|名|届|批|条|次|个)")


# "水质是几类", "启动了几级响应": a class or grade, written in Roman numerals (Ⅱ类, Ⅲ级).
_GRADES = frozenset({"类", "级"})
_GRADED = re.compile(r"(?<![A-Za-z])(?P<num>[ⅠⅡⅢⅣⅤⅥ]|I{1,3}|IV|VI?)(?P<mag>)\s*(?P<unit>类|级)")


# "提前一年实现": one year, a length of time (一 alone is mostly "a", no count).
_ONE_SPAN = re.compile(
    r"(?<=提前|推迟|延长|缩短|用了|花了)(?P<num>一)(?P<mag>)(?P<unit>年|个月|天|周)"
)


@lru_cache(maxsize=256)
def _asked_figure(unit: str) -> re.Pattern[str]:
    """A number counted in a unit the fixed list lacks (几层 -> 两层, 多少页 -> 36页)."""
    return re.compile(
        rf"(?<![第\d.{_CN_DIGIT}])(?P<num>{_DIGITS}|{_CN_NUM}|一)\s*(?P<mag>(?:万|亿|萬|億){{1,2}})?\s*(?:余|多)?\s*"
        rf"(?P<unit>{re.escape(unit)})"
    )


def figures(text: str, asked: str = "", header: str = "") -> list[Figure]:
    """Numbers with units or percentages in the text (years, dates and idioms left out); of a
    table row, its bare numbers too, with units from its cells or its table's `header` row."""
    return list(_figures(text, asked, header))


@lru_cache(maxsize=65536)
def _figures(text: str, asked: str, header: str = "") -> tuple[Figure, ...]:
    out = []
    matches = list(_FIGURE.finditer(text))
    if asked == RANK_UNIT:
        matches += list(_RANK.finditer(text))  # 居世界第四位
    elif asked == DURATION_UNIT:
        matches += list(_ONE_SPAN.finditer(text))  # 提前一年实现
    elif asked and asked not in _UNITS and asked not in ("%", "元", DURATION_UNIT):
        matches += list(_asked_figure(asked).finditer(text))
    if asked in _GRADES:
        matches += list(_GRADED.finditer(text))  # 水质保持Ⅱ类, 启动防汛Ⅲ级应急响应
    money_end = -1  # where the last figure in 元 ended
    for m in sorted(matches, key=lambda m: m.start()):
        unit = m.group("unit").replace("％", "%") or (m.group("mag") or m.group("num"))[-1]
        if m.re is _RANK:
            out.append(Figure(m.group(0), RANK_UNIT, m.group("num")[0].isdigit()))
            continue
        if m.re is _GRADED:
            out.append(Figure(m.group(0), unit, True))
            continue
        # "补贴76.9万元、高龄补贴8万元、…优抚100余万": a list's bare 万 is still 万元.
        bare = unit in ("万", "亿", "萬", "億")
        if bare and money_end >= 0 and _LIST_GAP.fullmatch(text, money_end, m.start()):
            unit = "元"
        if unit.endswith("元"):
            money_end = m.end()
        digits = m.group("num")[0].isdigit()
        about = re.search("[余多]", m.group(0)) is not None
        # 普及八年教育, 十五年: how long, when years are asked (八五年, 一九八五年 name years).
        lasts = (
            unit == "年"
            and asked in ("年", DURATION_UNIT)
            and not _YEAR_DIGITS.fullmatch(m.group("num"))
        )
        if unit in ("年", "岁") and not digits and not ((unit == asked and about) or lasts):
            continue  # 一九八五年 is a year; 两千多年 is how long (when years are asked)
        if unit == "年" and _looks_like_year(m.group("num"), about):
            continue
        after = text[m.end() : m.end() + 1]
        word = not digits and len(m.group("num")) == 1
        named = word and after and "\u4e00" <= after <= "\u9fff" and after not in "的余多"
        # "近千万知识青年", "上百万赤脚医生": a rough count of ten thousands, not a name.
        rough = m.group("mag") and m.start() and text[m.start() - 1] in _ROUGHLY
        named = named and not rough
        if (
            named
            and m.group("unit") != asked
            and not (asked == DURATION_UNIT and unit in _DURATIONS)
        ):
            continue  # 八项规定, 三大工程: a name, not a count (一百四十一個项目 is one)
        if unit == "周" and after == "年" and asked != "周年":
            continue  # 成立75周年: an anniversary, not a count of weeks
        if unit == "届" and _SESSION_NAMED.match(text, m.end()):
            continue  # 十五届五中全会, 十三届全国人大: which session, not a count
        if _SOURCE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _SOURCE_AFTER.match(
            text, m.end()
        ):
            continue  # "据十二个省的不完全统计": where the count comes from, not a count
        out.append(Figure(m.group(0), unit, digits))
    out += [
        Figure(m.group(0), "‰" if m.group(0)[0] == "千" else "%", True)
        for m in _CN_PERCENT.finditer(text)
    ]
    # A share told as one (占世界三分之二), or saved (节约能源三分之一以上); not 减少三分之一左右,
    # a change.
    out += [
        Figure(m.group(0), "%", True)
        for m in _CN_FRACTION.finditer(text)
        if _SHARE_BEFORE.search(text[max(0, m.start() - 9) : m.start()])
    ]
    row = tables.cells(text)
    if row:
        columns = tables.cells(header) or ()
        numbers = tables.numbers(row, columns, UNIT_SET)
        out += [Figure(n, tables.counted_in(u), True) for n, u in numbers]
    return tuple(out)


_ROUGHLY = "近上数几约超逾达将"
_DURATIONS = frozenset({"年", "个月", "天", "小时", "周", "日", "个工作日", "工作日"})
_SHARE_BEFORE = re.compile(r"(?:占|节约|节省)[^，,。；;]{0,8}$")
_SOURCE_BEFORE = re.compile(r"据(?:对)?$")
_SOURCE_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:统计|调查|测算|抽样)")
_LIST_GAP = re.compile(r"[^，,。；;]*")
_YEAR_DIGITS = re.compile(r"[〇○零一二三四五六七八九]{2,4}")
_SESSION_NAMED = re.compile(r"[一二三四五六七八九十]+中|全国人|人大|政协|中央|历次|全会")


def _looks_like_year(num: str, about: bool) -> bool:
    """1985年 is a year; 2600年 and 2600多年 (how long a tax lasted) are not."""
    if about or len(num) != 4 or not num.isdigit():
        return False
    return int(num) <= 2100


def unit_fits(asked: str, unit: str, *, loose: bool = True) -> bool:
    """Whether a figure's unit answers a question asking for `asked`; `loose` also lets any
    count answer 多少个 and one count unit stand for its kin (项 for 处)."""
    if not asked:
        return True
    if asked == "元":
        return unit.endswith("元") or unit == "分钱"  # 每斤提高3分钱
    if asked == "%":
        return unit in ("%", "‰")
    if asked == DURATION_UNIT:
        return unit in _DURATIONS
    if not loose and unit.endswith("次") != asked.endswith("次"):
        return False  # 人次 counts visits, not people: no strict fit for 多少人
    if {asked, unit} & _ENERGY and {asked, unit} & _POWER:
        return False  # 发电量 in 千瓦时 is no 装机容量 in 千瓦
    if asked == unit or unit.startswith(asked) or asked.startswith(unit):
        return True
    if not loose:
        return False
    if asked == "个" and _unit_class(unit) == "count" and not _MEASURED.search(unit):
        return True  # 多少个 is how people ask about any count, not a measure (4亿人次, 8亿吨)
    return any(asked in group and unit in group for group in _EQUIVALENT_UNITS)


_ENERGY = frozenset({"千瓦时", "千瓦小时", "度"})
_POWER = frozenset({"千瓦", "瓦"})
_COUNT_GAP = (
    r"(?:近|约|共|达)?[\d０-９.．〇零一二两三四五六七八九十百千万亿]{1,12}[多余]?(?:万|亿)?"
    r"[人户个名项家所座]?"
)


def _variant_pattern(variant: str) -> re.Pattern[str] | None:
    """重大隐患 also matches 重大安全隐患: the halves of a long word with a short gap."""
    if len(variant) < 4:
        return None
    half = len(variant) // 2
    # "安排了四百七十七万人就业" for 安排就业: a count may stand between a verb and its object.
    gap = rf"(?:.{{0,3}}|了?{_COUNT_GAP})"
    return re.compile(re.escape(variant[:half]) + gap + re.escape(variant[half:]))


@lru_cache(maxsize=4096)
def _patterns(variant: str) -> re.Pattern[str] | None:
    return _variant_pattern(variant)


# What a figure measures, said after the thing measured (钢产量, 粮食总产量, 参保人数).
_NO_STEMS = frozenset({"总", "年", "全", "全年", "总的", "经济"})  # 经济总量 is GDP, no 经济
_MEASURES = ("总产量", "产量", "总量", "总数", "数量", "人数", "产值", "金额", "总额", "规模", "额")


@lru_cache(maxsize=4096)
def measured_stem(variant: str) -> str:
    """The thing a measured word is about (钢产量 -> 钢), or "" for other words."""
    for measure in _MEASURES:
        if variant.endswith(measure) and len(variant) > len(measure):
            stem = variant[: -len(measure)]
            if measure == "额" and len(stem) < 2:
                return ""  # 出口额 is about 出口; 余额, 限额 are words of their own
            return "" if stem in _NO_STEMS else stem  # 总产量 is about no 总
    return ""


@lru_cache(maxsize=8192)
def _forms(variant: str) -> tuple[re.Pattern[str] | None, str, tuple[str, ...]]:
    """A variant's looser forms: its gapped pattern, its measured stem and its bigrams."""
    grams = tuple(variant[i : i + 2] for i in range(len(variant) - 1)) if len(variant) >= 3 else ()
    return _patterns(variant), measured_stem(variant), grams


ONE_CHARACTER = 0.25  # the credit for one character shared with a two-character word


# 总产量, 总产值, 总人口, 总投资: a measure's total, which a report also writes plainly.
_TOTAL_OF = re.compile(r"总[\u4e00-\u9fff]{1,3}[量值数额口资入出积模]")


# Words a report writes only across two of its own (税收 in 财税收入: 财税 + 收入).
_ACROSS_WORDS = {"税收": "财税收"}


def _only_across_words(variant: str, text: str) -> bool:
    """Whether every occurrence of the word in the text runs across two others (财税收入)."""
    across = _ACROSS_WORDS.get(variant)
    return across is not None and text.count(variant) == text.count(across)


def match(group: TermGroup, text: str) -> float:
    """1 when a variant occurs; partial credit for gapped or mostly shared wording."""
    variants = group.variants
    for variant in variants:
        if variant in text and not _only_across_words(variant, text):
            return 1.0
    best = 0.0
    for variant in variants:
        pattern, stem, grams = _forms(variant)
        if pattern is not None and pattern.search(text):
            best = max(best, 0.9)
            continue
        if stem and stem in text:
            # 钢产量 in "钢由三千七百万吨增加到四千六百六十六万吨": the figure is the 产量.
            best = max(best, 0.8)
            continue
        if grams:
            share = sum(g in text for g in grams) / len(grams)
            if share >= 0.5:
                best = max(best, 0.7 * share)
        elif len(variant) == 2 and (variant[0] in text or variant[1] in text):
            # One shared character of a two-character word (难处/困难): weak evidence.
            best = max(best, ONE_CHARACTER)
    return best


# Plan words in a report sentence (this year's target) versus words of a past result.
# "调查失业率稳定在5%左右的较低水平": 左右 describing a level is no plan.
_TARGET_TEXT = re.compile(
    # ("以解决温饱问题为目标的扶贫工作步伐加快": an aim describing the work, no target set.)
    r"(?<!为)目标|预期|左右(?!的)|力争|争取|拟|预计|将要|可望|有望|控制在|以内|要把|今年(?!以来)"
    r"|[亩吨元%人个]的要求"  # "…在十二年内达到九亿亩的要求": a requirement, not a result
    rf"|(?<!有){PLAN_WORD}"  # 计划生育工作成绩显著: a policy's name, no plan
    r"|应[该当](?!说|看到|承认|指出)"  # "粮食总产量应该有七千二百亿斤": what is called for
    r"|指标"  # "一九五八粮食的指标为三千九百二十亿斤"
)
_RESULT_IN_PLAN_WORDS = ("控制在", "以内")
_ACTUAL_TEXT = re.compile(
    r"完成|实现|达到|(?<!比)去年|过去一年|刚刚过去|比上年|增长了|实际|回落到|高达|年来|以来|累计"
    r"|(?<![使让将])[\d万亿多余]+(?:名|个|户)?[\u4e00-\u9fff]{0,4}受益"  # "3700多万学生受益"
    r"|(?:成绩|成效)(?:明显|显著|突出)"  # "计划生育成绩明显，…相当于五年少生１５００万人左右"
)
_SHARE_MET = re.compile(r"完成[^，。；,]{0,10}(?:预算|计划|任务)数?的")
_MET_TARGET = re.compile(
    # "超过了第一个五年计划最后一年的指标"
    r"(?:实现|完成|超额完成|达到|超过|超出|高于|好于|快于|低于)[^，。；,]{0,16}(?:目标|预期|计划|指标)"
)
# "出台实施新型城镇化战略五年行动计划" names a plan document: no tense of its own.
_PLAN_NAMED = re.compile(
    r"(?:出台|印发|制定|发布|启动|实施)[^，。；,]{0,16}(?:计划|规划|方案)"
    # "学生营养改善计划惠及3200万孩子": a programme by its name, doing what it did.
    r"|[\u4e00-\u9fff]{2,8}计划(?=惠及|覆盖|资助|使|让|帮助)"
    # "提高学生营养改善计划补助标准，3700多万学生受益": a programme's standard raised.
    r"|[\u4e00-\u9fff]{2,8}计划(?=补助|补贴|标准)"
)
# "去年政府工作报告提出，物价涨幅要…降到10%左右" quotes last year's plan: a plan, not a result.
_QUOTED_PLAN = re.compile(r"(?:去年|上年)[^，。；,]{0,6}报告[^，。；,]{0,3}(?:提出|确定|要求)")
# "达到九亿亩的要求": the level a requirement sets, not one reached.
_TO_REACH = re.compile(r"达到([^，,。；;]{1,12}的(?:要求|目标|指标))")
_STRIVEN = re.compile(r"((?:争取|力争|确保)[^，,。；;]{0,6}?)(?:实现|完成|达到)")
TENSE_BONUS = 0.12


def plan_words(ask: Ask) -> bool:
    """Whether the question itself is worded as a plan (控制在, 目标, 左右)."""
    return bool(_TARGET_TEXT.search(ask.text))


def _tense_lean(ask: Ask, sentence: str, raw: str, *, will: bool = False) -> int:
    """+1 when the text reads as the asked tense (plan or result), -1 when as the other, else 0
    (with `will`, 将 before a change reads as a plan)."""
    if not ask.tense:
        return 0
    plan_asked = ask.tense == "target"
    if not plan_asked:
        # "赤字率最后控制在多少": the result is asked in the plan's own words.
        for word in _RESULT_IN_PLAN_WORDS:
            if word in ask.text:
                sentence, raw = sentence.replace(word, ""), raw.replace(word, "")
    s_target, s_actual, s_opening = _tense_marks(sentence, plan_asked, will)
    r_target, r_actual, _ = _tense_marks(raw, plan_asked, will)
    # "今年再减少…，完成易地扶贫搬迁280万人": a sentence opening on 今年 is this year's plan.
    target = s_target + r_target + 2 * s_opening
    # "本年各类收入的情况如下：…农业税收到…元，完成预算数的１０９．０８％": a share of the plan
    # met is a result, whatever time the sentence opens on.
    actual = s_actual + r_actual + 2 * bool(_SHARE_MET.search(sentence))
    lean = target - actual if plan_asked else actual - target
    return max(-1, min(1, lean))


def result_for_plan(window: Window, ask: Ask) -> bool:
    """A plan insisted on (目标定的是多少) and a sentence with no plan's word: in the report
    reviewing the year, such a sentence tells what came of it ("全年国内生产总值增长3%")."""
    if ask.tense != "target" or not ask.strict_tense:
        return False
    target, _, opening = _tense_marks(window.passage.text[slice(*window.sentence)], True)
    return not (target or opening)


def reads_as_plan(text: str) -> bool:
    """Whether a quote reads as a plan (今年拟安排…, …左右) and not as a result."""
    target, actual, opening = _tense_marks(text, False)
    return (target or opening) and not actual


@lru_cache(maxsize=65536)
def _tense_marks(text: str, plan_asked: bool, will: bool = False) -> tuple[bool, bool, bool]:
    """Whether the text has plan words, result words, and opens on 今年 (a plan's opening)."""
    # "实现年初确定的主要目标" reports a result: its 目标 is not a plan.
    text = _QUOTED_PLAN.sub("目标", _MET_TARGET.sub("完成", _PLAN_NAMED.sub("", text)))
    # "争取提前实现纲要所提出的…要求": what is striven for is not yet achieved.
    text = _STRIVEN.sub(r"\1", _TO_REACH.sub(r"\1", text))
    target = bool(_TARGET_TEXT.search(text))
    if will and _WILL.search(text):
        # "国营机械化农场将增加到１５２个，耕地面积达到７５８万亩": what will be, 达到 with it.
        # (It ranks a result above such a sentence, but does not rule one out: "第一个五年合计将
        # 达到一千六百三十万吨" in 1957 is the estimate the only answer gives.)
        target = True
        text = text.replace("达到", "")
    if plan_asked:
        # "清洁取暖率达到70%" in a plan's list: 达到 tells no result when a plan is asked.
        text = text.replace("达到", "")
    if _PROPOSED.search(text):
        # "拟发行超长期特别国债1.3万亿元、比上年增加3000亿元": the plan set against last year's.
        text = text.replace("比上年", "")
    actual = bool(_ACTUAL_TEXT.search(text))
    return target, actual, bool(_PLAN_OPENING.match(text.lstrip(TRIM)))


# 将 before a change or a level to reach (not 将…转为, 将其): what a plan says will be.
_WILL = re.compile(
    r"将(?=(?:要|会|再|继续)?(?:增加|增长|达到|提高|减少|下降|扩大|新增|超过|降低|发展到))"
)
_PROPOSED = re.compile(r"拟(?:发行|安排|按|新增|下达|增加|提高|减少|降低)")


def _tense_score(ask: Ask, sentence: str, raw: str, *, will: bool = False) -> float:
    """Favour a plan's clause for 目标 questions and an achieved figure for 完成/去年 ones (with
    `will`, a sentence saying what will be, 将增加到, reads as a plan)."""
    return TENSE_BONUS * _tense_lean(ask, sentence, raw, will=will)


_FROM_LAST_YEAR = re.compile(r"(?:由|从)(?:去年|上年)的?")


def _from_the_year_before(own: str, ask: Ask, report: str) -> bool:
    """ "今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四": a plan that starts from the
    year before the report's tells that year's result, when that year is asked."""
    if not report.isdigit() or str(int(report) - 1) not in ask.years:
        return False
    return bool(_FROM_LAST_YEAR.search(normalize(own)))


# "比一九五八年的三亿八千万吨增长百分之三十六": the base's own level, told with its year.
_BASE_LEVEL = re.compile(
    r"(?:比|较|由|从)\s*((?:19|20)\d{2})\s*年(?:底|末)?的\s*[〇零一二两三四五六七八九十百千万亿\d.]"
)


def base_level_told(window: Window, years: set[str]) -> bool:
    """Whether the window tells the level of a year asked as a comparison's base."""
    told = _BASE_LEVEL.findall(arabic_years(normalize(window.text)))
    return bool(years & set(told))


# A town report's section of plans: 三、下半年工作打算, 二、2022年工作计划, 下一步工作思路.
_PLAN_SECTION = re.compile(
    r"(下半年|明年|来年|下一步|下步|今后|新的一年|(?:19|20)\d{2}\s*年)[^>]{0,8}?"
    r"(?:打算|计划|安排|思路|重点|目标|任务|部署|展望|工作)"
)


def in_plan_section(passage: Passage) -> bool:
    """Whether a town report's passage is in its plan section (三、下半年工作打算; 三、2025年工作
    安排 of the 2024 summary), not one reviewing its own year (二、2024年重点工作完成情况 of it)."""
    found = _PLAN_SECTION.search(normalize(passage.section))
    if not found:
        return False
    year = re.match(r"\d{4}", found.group(1))
    return not year or year.group() > passage.period[:4]


def wrong_tense(window: Window, ask: Ask) -> bool:
    """A plan given for a question that insists on the result (实际, 最终), or the reverse."""
    if WHEN_DONE.search(normalize(ask.text)):
        return _planned_date_only(window.passage.text[slice(*window.sentence)])
    if not ask.strict_tense:
        return False
    # "全年主要预期目标是：…；完成固定资产投资5.8亿元；": an item of a list of targets.
    town = window.passage.town not in ("", NATIONAL)
    if town and ask.tense == "target" and _TARGET_TEXT.search(normalize(list_intro(window))):
        return False
    # "三、2025年工作打算 … 新建高标准农田3500亩": a town report's plan section tells targets.
    if town and ask.tense == "target" and in_plan_section(window.passage):
        return False
    text = window.passage.text
    s_start, s_end = window.sentence
    # Up to the end of the first figure's clause: "今年再减少…1000万以上，完成…" is a plan
    # though a later clause reports a result.
    own = window.text
    asked = [f for f in window.figures if unit_fits(ask.unit, f.unit)] or window.figures
    folded = normalize(own)  # figures are read from folded text (3％ -> 3%)
    at = folded.find(asked[0].text) if asked and len(folded) == len(own) else -1
    if at >= 0:
        cut = _CLAUSE_END_OR_STOP.search(own, at + len(asked[0].text))
        if cut:
            own = own[: cut.start()]
            s_end = min(s_end, window.start + cut.start())
    if ask.tense == "actual" and _names_past_year(own, ask, window.passage.period[:4]):
        return False  # "一九五九年每人收入八十五元左右" in the 1960 report: that year's result
    if ask.tense == "actual" and _estimated_past_year(
        text[s_start:s_end], ask, window.passage.period[:4]
    ):
        # "工业总产值一九七四年预计比一九六四年增长…，石油增长六点五倍" in the 1975 report: a
        # year over when the report was given, estimated; its figures are results all along.
        return False
    if ask.tense == "actual" and _PAST_YEAR_OPENING.match(previous_sentence(window)):
        return False  # "过去一年，我们的各项工作取得了很大成绩。…涨幅控制在3.3%，…": results
    if ask.tense == "actual" and _from_the_year_before(own, ask, window.passage.period[:4]):
        return False
    past = {y for y in ask.years if y < window.passage.period[:4]}
    if ask.tense == "actual" and base_level_told(window, past):
        return False  # "…将达到五亿二千万吨，比一九五八年的三亿八千万吨增长…": 1958's level
    # (将 before a change is a plan only for years over by the report: "第一个五年合计将达到"
    # in 1957 estimates the year the report is in.)
    facts = _years_of_facts(ask)
    will = bool(facts) and all(y < window.passage.period[:4] for y in facts)
    lean = _tense_lean(ask, text[_tense_start(text, s_start, None) : s_end], own, will=will)
    if lean == 0 and ask.tense == "actual":
        # "今年要继续采取有效措施，…。粮食总产量稳定在…，棉花总产量稳定在４００万吨": a sentence
        # telling no tense goes on with the plan the sentence before opens.
        return bool(_PLAN_OPENING.match(previous_sentence(window).lstrip(TRIM)))
    # "2025年目标是多少" is not told by the 2024 summary's review of its year ("全年新增城镇就业
    # 386人"), only by its plans.
    year = window.passage.period
    named = written_years(ask.text)
    if (
        lean == 0
        and ask.tense == "target"
        and town
        and len(year) == 4
        and named
        and all(y > year for y in named)
        and not in_plan_section(window.passage)
    ):
        return True
    return lean < 0


_PAST_YEAR_OPENING = re.compile(r"\s*(?:过去一年|去年|刚刚过去的一年|过去的一年)[，,]")
_DATE = re.compile(
    r"\d+\s*[年月日]|[〇○零一二三四五六七八九]{4}年|[一二三四五六七八九十]+月|月底|年底|年内|上旬|中旬|下旬"
)
_PLANNED = re.compile(r"预计|计划|将|争取|力争|拟|有望")


def _planned_date_only(text: str) -> bool:
    """ "是哪天竣工投用的" is not answered by "…完成主体建设，预计9月正式竣工投用": every date
    of the sentence is a plan's."""
    dated = [c for c in re.split(r"[，,；;。]", normalize(text)) if _DATE.search(c)]
    return bool(dated) and all(_PLANNED.search(c) for c in dated)


def _names_past_year(clause: str, ask: Ask, report_year: str) -> bool:
    """Whether the clause names a year asked that is before its report's."""
    digits = _years_told(clause)
    return any(f"{year}年" in digits for year in ask.years if year < report_year)


def _years_told(text: str) -> str:
    """The text in Arabic years, those named only as a comparison's base left out ("将要达到
    ３，９８９亿斤，比１９５５年增长８．４％" tells no figure of 1955)."""
    return _COMPARED_YEAR.sub("", arabic_years(normalize(text)))


_COMPARED_YEAR = re.compile(r"(?:比|较|同)\d{4}年")


def _estimated_past_year(text: str, ask: Ask, report_year: str) -> bool:
    """Whether the text estimates (预计, 估计) a year asked that was over by its report, naming
    no other year (but as a comparison's base)."""
    digits = _years_told(text)
    named = set(re.findall(r"((?:19|20)\d{2})年(?=[^，,；;。]{0,6}(?:预计|估计))", digits))
    others = set(re.findall(r"((?:19|20)\d{2})年", digits)) - named
    asked = {year for year in ask.years if year < report_year}
    return bool(named) and named <= asked and not others


def _tense_start(text: str, start: int, prev: int | None) -> int:
    """Where the words that set a sentence's tense begin: the lead of the list it is in
    (…目标是：…；…), else the sentence before (`prev`), else the sentence itself."""
    opening = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    lead = max(text.rfind("：", opening, start), text.rfind(":", opening, start))
    if lead >= 0:
        return opening
    return start if prev is None else prev


def _near(ask: Ask, near: list[tuple[float, str]]) -> list[float]:
    """Per term group, the best discounted match in the surrounding texts."""
    return [max((f * match(g, text) for f, text in near), default=0.0) for g in ask.groups]


def _coverage(ask: Ask, own: str, near: list[float]) -> tuple[float, list[str]]:
    """Weighted share of the question's terms in `own`, or (discounted) around it. Words setting
    the time (大跃进的一九五八年) count where they are said, and are not missed where not."""
    total = 0.0
    hit = 0.0
    missing = []
    for group, around in zip(ask.groups, near, strict=True):
        strength = max(match(group, own), around)
        if strength < 0.5:
            if group.setting:
                continue
            missing.append(group.label)
        total += group.weight
        hit += group.weight * strength
    return (hit / total if total else 0.0), missing


_CONTINUES = re.compile(
    r"(?:[一二三四五六七八九〇○零十\d]{2,4}年(?:底|末|末期|年底)?|到|至|其中|同比)?[，,]?"
    r"(?:达到|达|增加|增长|提高|比|共|累计|其中)"
)


@dataclass(frozen=True)
class _Span:
    """A run of clauses as scoring reads it, worked out once per passage."""

    start: int
    end: int
    raw: str
    lowered: str  # folded (3％ -> 3%, 一百四十一個 -> 一百四十一个), lower case
    years: frozenset[str]  # years written in it
    part: bool  # opens on 其中: a part of a whole
    cost: float  # longer runs need more evidence
    # Folded, with quoted names and slogans (“每2年至少发展1名党员”) taken out: a figure
    # inside them is no count of anything done. Figures are read from this.
    unquoted: str


@dataclass(frozen=True)
class _Layout:
    """A sentence's texts for matching and the clause runs it offers as answers."""

    sentence: _Sentence
    folded: str
    before: str  # the sentence before, folded
    tense_text: str  # the words that set its tense (see _tense_start)
    continues: bool  # goes on with the sentence before ("一九八五年末达到…")
    spans: tuple[_Span, ...]
    row: bool = False  # a table row: its header row says what its numbers count


# "扣除物价因素增长百分之五": a growth told net of prices; prices are not its topic.
_DEFLATED = re.compile(r"(?:扣除|剔除|不计|去掉)(?:物价|价格)(?:上涨)?因素|按可比价格计算")


@lru_cache(maxsize=2048)
def _layout(text: str) -> tuple[_Layout, ...]:
    """What scoring needs of a passage's text, whatever the question."""
    sentences = _sentences(text)
    out = []
    for si, sentence in enumerate(sentences):
        s_text = _DEFLATED.sub(blank, normalize(text[sentence.start : sentence.end]).lower())
        prev = sentences[si - 1] if si else None
        p_text = normalize(text[prev.start : prev.end]).lower() if prev else ""
        row = tables.cells(text[sentence.start : sentence.end]) is not None
        # A plan's list of targets runs over several ；-sentences: read the one before too, or
        # from the lead that opens the list ("主要预期目标是：…；…；农村贫困人口减少1000万以上").
        s_raw = text[
            _tense_start(text, sentence.start, prev.start if prev else None) : sentence.end
        ]
        spans = []
        clauses = sentence.clauses
        for i in range(len(clauses)):
            for j in range(i, min(i + MAX_WINDOW_CLAUSES, len(clauses))):
                start, end = clauses[i][0], clauses[j][1]
                raw = text[start:end]
                folded = normalize(raw)
                lowered = _DEFLATED.sub(blank, folded.lower())
                cost = 0.04 * (j - i) + max(0, (end - start) - 60) * 0.002
                spans.append(
                    _Span(
                        start,
                        end,
                        raw,
                        lowered,
                        frozenset(_YEAR_IN_TEXT.findall(raw)),
                        lowered.lstrip(TRIM).startswith("其中"),
                        cost,
                        _QUOTED.sub("“某”", folded),
                    )
                )
        continues = bool(_CONTINUES.match(s_text))
        out.append(_Layout(sentence, s_text, p_text, s_raw, continues, tuple(spans), row))
    return tuple(out)


@lru_cache(maxsize=2048)
def _folded_whole(text: str) -> str:
    return normalize(text).lower()


def _years_of_facts(ask: Ask) -> set[str]:
    """The years the question's own words ask about, not one naming only the report
    (据1956年政府工作报告, which the ask's text may have left out)."""
    text = arabic_years(normalize(ask.text))
    return {
        y
        for y in ask.years
        if y in text and not re.search(rf"{y}年的?(?:国务院)?(?:政府工作)?报告", text)
    }


def windows(passage: Passage, ask: Ask, years: set[str]) -> list[Window]:
    """Score every run of up to three clauses of every sentence of a passage."""
    text = passage.text
    header = normalize(f"{passage.section}").lower()
    out: list[Window] = []
    # Matches in the sentence, the one before, the heading and the passage are the same for
    # every window of a sentence: compute them once.
    in_passage = _near(ask, [(0.4, header), (0.2, _folded_whole(text))])
    runs = _question_runs(ask.text)
    # A question not asking for a part wants the whole (a quarter asked is a part: "其中第三
    # 季度完成1.12亿元").
    whole_asked = "其中" not in ask.text and not _QUARTER_PART.search(ask.text)
    report_year = passage.period[:4]
    past_asked = ask.tense == "actual" and any(y < report_year for y in ask.years)
    # Only years over by the report asked: what it says will be (将增加到…) is no answer.
    facts = _years_of_facts(ask)
    before_report = past_asked and bool(facts) and all(y < report_year for y in facts)
    rank_bonus = 0.03 / passage.rank if passage.rank > 0 else 0.0
    for layout in _layout(text):
        # "一九八五年末达到一千六百二十三亿元": a sentence with no subject of its own goes on
        # with the one before, which names what is counted.
        carried = 0.5 if layout.continues else 0.45
        sentence = layout.sentence
        # A table row's header names what its numbers count, as a lead sentence would.
        header = ""
        if layout.row:
            header = normalize(tables.header_for(text, passage.section, sentence.start)).lower()
        in_sentence = _near(ask, [(0.6, layout.folded), (carried, header or layout.before)])
        near = [max(a, b) for a, b in zip(in_sentence, in_passage, strict=True)]
        for span in layout.spans:
            coverage, missing = _coverage(ask, span.lowered, near)
            # Folded: 1954's 一百四十一個 counts in 个 like any later report.
            # (A rank is asked of a name's own number: “第七届全国文明村镇”.)
            found = figures(
                span.lowered if ask.unit == RANK_UNIT else span.unquoted, ask.unit, header
            )
            tense = _tense_score(ask, layout.tense_text, span.raw, will=before_report)
            if past_asked and _names_past_year(span.raw, ask, report_year):
                tense = TENSE_BONUS  # "一九五九年每人收入八十五元左右": that year's result
            score = coverage + _figure_score(ask, found, span.lowered) + tense
            score += _run_bonus(runs, span.lowered)
            if years and span.years and not span.years & years:
                # A year the question does not ask about: likely a different figure.
                score -= 0.35
            score -= span.cost
            score += rank_bonus
            if whole_asked and span.part:
                score -= PART_PENALTY  # "其中参加高级…470多万户" is a part of the whole asked
            out.append(
                Window(
                    passage,
                    span.start,
                    span.end,
                    coverage,
                    score,
                    found,
                    (sentence.start, sentence.end),
                    missing,
                )
            )
    return out


PART_PENALTY = 0.1
_QUARTER_PART = re.compile(r"(?<![前头])第?[一二三四1-4]季度|单季")

# A run of the question's own wording in the clause (超长期特别国债, not just 特别国债).
RUN_BONUS = 0.03
MAX_RUN_BONUS = 0.15


@lru_cache(maxsize=1024)
def _question_runs(question: str) -> tuple[tuple[str, ...], ...]:
    """Bigram sequences of the question's Chinese stretches, ask words left out."""
    segments = _SEGMENT.findall(_ASK_CHARS.sub(" ", normalize(question).lower()))
    return tuple(
        tuple(seg[i : i + 2] for i in range(len(seg) - 1))
        for seg in segments
        if not seg.isascii() and len(seg) >= 4
    )


def _run_bonus(runs: tuple[tuple[str, ...], ...], text: str) -> float:
    """Credit for the longest stretch of consecutive question bigrams the text contains."""
    longest = 0
    for grams in runs:
        run = 0
        for gram in grams:
            run = run + 1 if gram in text else 0
            longest = max(longest, run)
    return min(MAX_RUN_BONUS, RUN_BONUS * max(0, longest - 2))


def _figure_score(ask: Ask, found: list[Figure], folded: str) -> float:
    if ask.shape is not Shape.FIGURE:
        return 0.0
    if not found:
        return -1.0
    score = 0.1 if any(f.solid for f in found) else 0.0
    if ask.unit:
        score += 0.25 if any(unit_fits(ask.unit, f.unit) for f in found if f.solid) else -0.1
    heads = [g for g in ask.groups if g.head]
    if heads and all(match(g, folded) >= 0.9 for g in heads):
        score += 0.1
        # "清理垃圾40余吨": the thing asked stands right before its figure.
        if any(_just_before(v, folded) for g in heads for v in g.variants):
            score += ADJACENT_BONUS
    return score


ADJACENT_BONUS = 0.05


def _just_before(word: str, text: str) -> bool:
    """Whether a figure starts at most one character after the word (垃圾40余吨, 隐患共73项)."""
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word) : at + len(word) + 2]
        if any(ch.isdigit() for ch in after):
            return True
        at = text.find(word, at + 1)
    return False


_MEASURED = re.compile(r"人次|吨|亩|斤|米|公里|千瓦|瓦|度|升|方")


def _unit_class(unit: str) -> str:
    if unit.endswith("元"):
        return "money"
    return "percent" if unit in ("%", "‰") else "count"


def answers_figure(window: Window, ask: Ask) -> bool:
    """A figure question needs a figure in the answer, of the asked kind (money, %, count)."""
    if ask.unit and STRICT_UNITS.get(ask.unit[-1:]):
        return any(unit_fits(ask.unit, f.unit) for f in window.figures)
    if ask.unit in _EVENT_UNITS:
        # "发生了几起事故" counts events: 4173名党员 is no answer.
        return any(f.unit in _EVENT_UNITS for f in window.figures)
    if ask.unit:
        # "几所学校" is not answered by a percentage or a sum of money.
        return any(_unit_class(f.unit) == _unit_class(ask.unit) for f in window.figures)
    return bool(window.figures)


_EVENT_UNITS = frozenset({"起", "宗", "件", "次"})


def unit_evidence(window: Window, ask: Ask) -> float:
    """Extra evidence when the figure is counted in exactly the unit asked (多少户 -> 136户)."""
    if not ask.unit or _unit_class(ask.unit) != "count":
        return 0.0
    # "护学多少人次" counts visits: people (覆盖5000余人) or times (宣传20余次) fit it only loosely.
    loose = len(ask.unit) == 1 or not ask.unit.endswith("次")
    fits = any(f.solid and unit_fits(ask.unit, f.unit, loose=loose) for f in window.figures)
    return 0.1 if fits else -0.15


def candidates(passages: list[Passage], ask: Ask, years: set[str]) -> list[Window]:
    """Every window of every passage, best first."""
    out = [w for p in passages for w in windows(p, ask, years)]
    if ask.shape is Shape.FIGURE:
        out = [w for w in out if answers_figure(w, ask)]
    out.sort(key=lambda w: w.score, reverse=True)
    return out


def best_window(passages: list[Passage], ask: Ask, years: set[str]) -> Window | None:
    """The clause run that best answers the ask, or None when none is good enough."""
    if not ask.groups:
        return None
    ranked = candidates(passages, ask, years)
    if not ranked or not enough(ranked[0], ask):
        return None
    return ranked[0]


def enough(window: Window, ask: Ask) -> bool:
    """Whether the evidence answers: enough of the question's words, the counted thing nearby."""
    return window.coverage + unit_evidence(window, ask) >= MIN_COVERAGE


def heading_coverage(ask: Ask, section: str, items: str = "") -> float:
    """How well a section heading (and its items) names what a list question asks about."""
    last = normalize(f"{section.split(' > ')[-1]} {items}").lower()
    coverage, _ = _coverage(ask, last, _near(ask, [(0.5, normalize(section).lower())]))
    return coverage


def focus(ask: Ask, passages: list[Passage]) -> Ask:
    """Weigh the question's words by how rare they are among the passages read for it."""
    if len(passages) < 5 or not ask.groups:
        return ask
    texts = [normalize(p.text).lower() for p in passages]
    groups = []
    for group in ask.groups:
        share = sum(match(group, t) >= 0.9 for t in texts) / len(texts)
        groups.append(replace(group, weight=group.weight * (0.6 + 0.8 * (1 - share))))
    return replace(ask, groups=groups)


def with_synonyms(ask: Ask, passages: list[Passage]) -> Ask:
    """Let everyday synonyms the passages use (茅房 -> 厕所) count as the question's words."""
    from retrieval.synonyms import synonym_table

    table = synonym_table()
    if not table or not ask.groups:
        return ask
    text = normalize(" ".join(p.text for p in passages)).lower()
    groups = []
    for group in ask.groups:
        if group.name or match(group, text) >= 0.9:
            groups.append(group)  # the passages use the question's own word
            continue
        # Synonyms of the whole word only: a part's synonyms (人口 -> 人员) change the meaning.
        extra = [s for v in group.variants for s in table.get(v, ()) if s in text]
        extra = list(dict.fromkeys(s for s in extra if s not in group.variants))
        if extra:
            group = replace(group, variants=(*group.variants, *extra), borrowed=tuple(extra))
        groups.append(group)
    return replace(ask, groups=groups)


def sentence_around(passage: Passage, at: int) -> str:
    """The sentence of the passage that holds offset `at` (the passage's whole text if none)."""
    for sentence in _sentences(passage.text):
        if sentence.start <= at < sentence.end:
            return passage.text[sentence.start : sentence.end]
    return passage.text


def sentence_text(window: Window) -> str:
    """The whole sentence a window sits in, folded for matching."""
    s_start, s_end = window.sentence
    return normalize(window.passage.text[s_start:s_end]).lower()


def head_stated(window: Window, ask: Ask) -> bool:
    """Whether the counted thing is plainly in the window's sentence (not a stray character)."""
    heads = [g for g in ask.groups if g.head]
    sentence = sentence_text(window)
    intro = normalize(list_intro(window)).lower()
    # The question's own word: a loose thesaurus variant (补贴 -> 资金) is not enough here.
    return (
        not heads
        or any(match(g.plain, sentence) >= HEAD_MATCH for g in heads)
        or _counted_by_its_verb(window, ask)
        or any(match(g.plain, intro) >= HEAD_MATCH for g in heads)
        or any(_total_stated(g, normalize(window.text)) for g in heads)
        or told_just_before(window, heads)
        or _counted_in_its_unit(window, heads, sentence)
    )


def _counted_in_its_unit(window: Window, heads: list[TermGroup], sentence: str) -> bool:
    """ "低保户数是多少" is stated by "开展低保年度审核工作，全镇清查289户550人": the thing (低保)
    named, and counted in the unit its word ends on (户)."""
    units = {f.unit for f in window.figures}
    return any(
        g.label[-1:] in ("户", "人")
        and g.label[-1:] in units
        and len(g.label) >= 3
        and g.label[:-1] in sentence
        for g in heads
    )


# Words standing for a measure the sentence before named (涨幅 of its 商品零售物价上涨幅度).
_MEASURE_BACK = re.compile(r"(?:涨幅|增幅|降幅|增速|上涨幅度|增长幅度|下降幅度)")


# A figure's clause with no subject of its own, only a time and a verb (今年预计将达): it goes on
# counting what the sentence before counted.
_SUBJECTLESS = re.compile(
    r"(?:今年|明年|当年|全年|本年|[\d〇零一二三四五六七八九十]{2,4}年(?:底|末)?)?"
    r"(?:预计|估计|计划|预期|争取|力争)?(?:实际)?(?:执行结果|完成)?(?:将|可以|可|能够|能|要|会)?"
    r"(?:达到|达|增加到|增长到|提高到|上升到|下降到|降到|降低到|减少到|突破|超过|为|是)"
)


def told_just_before(window: Window, heads: list[TermGroup]) -> bool:
    """ "…要把全年商品零售物价上涨幅度控制在百分之十以内。虽然…，涨幅仍然高达百分之二十一点七":
    the figure's clause opens on a word for the measure, or has no subject at all ("铁路正线的通车
    里程一九四九年为二万一千七百公里；由于…，今年预计将达二万五千五百公里"), and the sentence
    before names the thing."""
    lead = text_before_window(window) + normalize(window.text).lower()
    first = figures(lead)
    clause = re.split(r"[，,；;：:]", lead[: lead.find(first[0].text)] if first else lead)[-1]
    if not (_MEASURE_BACK.match(clause.strip()) or _SUBJECTLESS.fullmatch(clause.strip())):
        return False
    previous = previous_sentence(window).lower()
    return any(match(g.plain, previous) >= HEAD_MATCH for g in heads)


def quoted_unsaid(window: Window, ask: Ask) -> bool:
    """ "用于“三农”的支出总额" is not answered by "今年中央财政为此新增支出140亿元，用于这方面的
    支出总额…": a name the question quotes is in the figure's sentence, the one before, or its
    section."""
    quoted = [g for g in ask.groups if g.quoted and not g.setting]
    told = " ".join(
        (normalize(window.passage.section).lower(), previous_sentence(window).lower(),
         sentence_text(window), normalize(list_intro(window)).lower())
    )  # fmt: skip
    if any(match(g, told) < 0.9 for g in quoted):
        return True
    # A place or body whose figure is asked ("深圳经济特区的出口额") is named in the paragraph
    # up to the figure (not one only setting the event: 汶川特大地震中抢救出…).
    names = [g for g in ask.groups if g.name and not g.quoted and not g.setting and _owns(g, ask)]
    if not names:
        return False
    text = window.passage.text
    paragraph = text[text.rfind("\n", 0, window.start) + 1 : window.sentence[1]]
    told = f"{told} {normalize(paragraph).lower()}"
    return any(match(g, told) < 0.9 for g in names)


_OWNER_GAP = re.compile(r"的?(?:[\d〇○零一二三四五六七八九]{2,4}年(?:度|底|末)?)?的?")


def _owns(group: TermGroup, ask: Ask) -> bool:
    """Whether a name in the question is the owner of the asked thing: its head follows it,
    maybe after 的 and a year (宁夏回族自治区1958年工业总产值)."""
    text = normalize(ask.text)
    at = text.find(group.label)
    if at < 0:
        return False
    rest = text[at + len(group.label) :]
    rest = _OWNER_GAP.sub("", rest, count=1)  # (it matches at the start, if only emptily)
    return any(rest.startswith(v) for g in ask.groups if g.head for v in g.variants)


def previous_sentence(window: Window) -> str:
    """The sentence before the window's in its paragraph, if the passage holds it, folded; ""
    when the window's sentence opens a paragraph."""
    raw = window.passage.text[: window.sentence[0]]
    before = raw.rstrip()
    if "\n" in raw[len(before) :] or not before.endswith(("。", "！", "？", "；")):
        return ""  # a new paragraph
    return normalize(before[max(before.rfind(m, 0, len(before) - 1) for m in "。！？\n") + 1 :])


def text_before_window(window: Window) -> str:
    """The window's sentence before the window, folded (a window may open mid-sentence, on 其中
    or on its figure's clause)."""
    return normalize(window.passage.text[window.sentence[0] : window.start]).lower()


def _total_stated(group: TermGroup, text: str) -> bool:
    """总产量 asked, "粮食产量1.14万亿斤" said: a year's measure, right before its figure, is its
    total (not 亩产量 or 平均年产量, a part's; not 财政收入增加的同时，预算外资金…达到…)."""
    return _TOTAL_OF.fullmatch(group.label) is not None and bool(
        re.search(
            rf"(?<![亩均年单每人户]){re.escape(group.label[1:])}[^，,。；;]{{0,6}}?{_FIGURE_START}",
            text,
        )
    )


_FIGURE_START = r"[\d一二两三四五六七八九十〇零]"


LIST_REACH = 400  # characters an item of a colon list may sit after its intro


def list_intro(window: Window) -> str:
    """The intro of the colon list the window's sentence is an item of, or "": "五年基本建设的
    投资…，是这样分配的：" for "运输和邮电部门为八十二亿一千万元，占百分之十九点二；"."""
    text, start, colon = _intro_span(window)
    return text[start:colon]


def _intro_span(window: Window) -> tuple[str, int, int]:
    """The text before the window's sentence, and where in it the list intro starts and its colon
    stands (both 0 when the sentence is no item of a colon list)."""
    passage = window.passage
    text = (passage.before + "\n" + passage.text[: window.sentence[0]])[-LIST_REACH:]
    colon = max(text.rfind("："), text.rfind(":"))
    if colon < 0 or any(mark in text[colon:] for mark in "。！？"):
        return text, 0, 0
    return text, max(text.rfind(mark, 0, colon) for mark in "。！？") + 1, colon


SHORT_INTRO = 12


def list_setting(window: Window) -> str:
    """The list intro, and when it says no more than "已建成的主要有：", the sentence before it,
    which sets what the items count ("从国债投资的效果看，两年来…。已建成的主要有：…")."""
    text, start, colon = _intro_span(window)
    if start == colon or colon - start > SHORT_INTRO:
        return text[start:colon]
    return text[max(text.rfind(mark, 0, max(0, start - 1)) for mark in "。！？\n") + 1 : colon]


def _counted_by_its_verb(window: Window, ask: Ask) -> bool:
    """ "多招了多少学生" is told as 扩招100万人: the asked verb right before a figure in the
    asked unit counts the thing the verb acts on."""
    heads = [g.position for g in ask.groups if g.head]
    verbs = [g for g in ask.groups if not g.head and heads and g.position < min(heads)]
    if ask.unit not in PEOPLE_UNITS or not verbs:
        return False
    verb = max(verbs, key=lambda g: g.position)
    text = window.passage.text[window.start : window.end]
    return any(
        re.search(rf"{re.escape(v)}[了共约近达]?{re.escape(f.text)}", text)
        for v in verb.variants
        for f in window.figures
        if unit_fits(ask.unit, f.unit, loose=False)
    )


def head_seen(window: Window, ask: Ask) -> bool:
    """Whether the counted thing (the words by the ask word) is at least partly in the sentence."""
    heads = [g for g in ask.groups if g.head]
    if not heads:
        return True
    sentence = sentence_text(window)
    # One shared character (增 of 增收 in 增加) is not the thing; both, reordered, are
    # (涨价 in 价格上涨).
    return any(
        match(g, sentence) > ONE_CHARACTER
        or any(len(v) == 2 and _near_each_other(v[0], v[1], sentence) for v in g.variants)
        for g in heads
    )


def _near_each_other(a: str, b: str, text: str) -> bool:
    """Whether two characters stand within a few characters of each other, either way round
    (涨价: 价格上涨; not 高铁: 高速公路…铁路)."""
    near = rf"{re.escape(a)}.{{0,3}}{re.escape(b)}|{re.escape(b)}.{{0,3}}{re.escape(a)}"
    return re.search(near, text) is not None


# Common single-character surnames: a tagged name starting with one is likely a person.
# "…同志", and a name the tagger cuts apart before what a person wins (屠呦呦获得诺贝尔…奖).
_COMRADE = re.compile(
    r"[\u4e00-\u9fff]{2,3}同志|(?<=[，,、。；;\s])[\u4e00-\u9fff]{2,3}(?=获得|荣获|当选)"
)


_PLACE_ENDS = frozenset("镇乡村县市区省山河湖溪街")


def names_person(text: str) -> bool:
    """Whether the text names a person: a tagged 2-3 character name with a common surname."""
    from retrieval.lexicon import pos_tags
    from retrieval.synonyms import synonym_table

    common = synonym_table()
    at = 0
    for word, flag in pos_tags(text):
        at += len(word)
        surnamed = 2 <= len(word) <= 3 and word[0] in SURNAMES and word not in common
        # (卢峰镇, 白沙乡, 平安白沙, 白沙山: a place tagged as a name, by its suffix.)
        placed = (
            word[-1] in _PLACE_ENDS
            or text[at : at + 1] in _PLACE_ENDS
            or (text[at - len(word) - 2 : at - len(word)] == "平安")
        )
        if flag.startswith("nr") and surnamed and not placed:
            return True
    return any(m.group(0)[0] in SURNAMES for m in _COMRADE.finditer(text))


def _compound_tail(group: TermGroup, ask: Ask) -> bool:
    """Whether a term ends a noun compound of the question (户籍人口): its synonyms drift."""
    from retrieval.lexicon import pos_tags

    if not all(tag.startswith("n") for _, tag in pos_tags(group.label)):
        return False  # 补贴发给 -> 发放: a verb's synonym names the same act
    for other in ask.groups:
        if other is group or other.position + len(other.label) != group.position:
            continue
        tags = pos_tags(other.label)
        if len(tags) == 1 and tags[0][1].startswith("n"):
            return True
    return False


def head_named(window: Window, ask: Ask) -> bool:
    """False when the counted thing of a compound (户籍人口) is there only as a loose synonym."""
    heads = [g for g in ask.groups if g.head]
    if not heads:
        return True
    sentence = sentence_text(window)
    drifted = False
    for group in heads:
        own = replace(group, variants=tuple(v for v in group.variants if v not in group.borrowed))
        if match(own, sentence) >= HEAD_MATCH:
            return True
        if match(group, sentence) >= HEAD_MATCH and _compound_tail(group, ask):
            drifted = True
    return not drifted


def names_missing(ask: Ask, passages: list[Passage]) -> bool:
    """Whether the question names a person or place that no passage mentions (not one only
    setting the time: 汶川地震那年（2008年）)."""
    names = [g for g in ask.groups if g.name and not g.setting]
    if not names:
        return False
    text = normalize(" ".join(p.text for p in passages)).lower()
    return any(not any(v in text for v in g.variants) for g in names)


def enum_kind(marker: str) -> str:
    """The style of an enumeration marker: 一是, （一）, (1), 1., 一、, 其一."""
    if marker.endswith("是"):
        return "shi"
    if marker.endswith("要"):
        return "yao"
    if marker.startswith(("（", "(")):
        return "paren_num" if any(c.isdigit() for c in marker) else "paren_cn"
    if marker.startswith("其"):
        return "qi"
    if marker.startswith("第"):
        return "di"
    return "num" if marker[0].isdigit() else "cn"


def item_heads(
    passages: list[Passage], doc_id: str, after: int, stop_section: str | None
) -> list[tuple[Passage, int, int]]:
    """Heads of the enumeration (一是… 二是…) that starts after an absolute offset of a report."""
    same = sorted((p for p in passages if p.doc_id == doc_id), key=lambda p: p.start)
    markers: list[tuple[int, Passage, re.Match[str]]] = []
    seen: set[int] = set()
    for passage in same:
        if stop_section is not None and not passage.section.startswith(stop_section):
            continue
        for m in ENUM.finditer(passage.text):
            absolute = passage.start + m.start()
            if absolute >= after and absolute not in seen:
                seen.add(absolute)
                markers.append((absolute, passage, m))
    markers.sort(key=lambda item: item[0])
    kinds = [enum_kind(m.group(1)) for _, _, m in markers]
    # The heading's own marker (3、) is not an item: take the first style that repeats.
    kind = next((k for k in kinds if kinds.count(k) >= 2), None)
    if kind is None:
        return []
    heads: list[tuple[Passage, int, int]] = []
    from_first = False  # whether the heads began at 一 (not at a heading's own 四、)
    for _, passage, m in markers:
        if enum_kind(m.group(1)) != kind:
            continue
        if _FIRST_MARK.match(m.group(1)):
            if heads and from_first:
                break  # a new enumeration begins (一是 or 一、 again)
            heads, from_first = [], True
        heads.append(_head(passage, m))
        if len(heads) >= MAX_LIST_ITEMS:
            break
    return heads if len(heads) >= 2 else []


_FIRST_MARK = re.compile(r"[（(]?第?(?:一(?![十一二三四五六七八九])|1(?!\d))")


def _head(passage: Passage, m: re.Match[str]) -> tuple[Passage, int, int]:
    text = passage.text
    start = m.end()
    stop = re.search(r"[。；;，,：:！？\n]", text[start:])
    end = start + stop.start() if stop else len(text)
    if end - start < 4 and stop:
        more = re.search(r"[。；;！？\n]", text[end + 1 :])
        end = end + 1 + more.start() if more else len(text)
    elif stop and stop.group(0) in "，," and _LEAD_ONLY.match(text, start):
        # "对原材料、燃料等重要生产资料，计划分配部分的价格基本不动": a clause that only
        # says what the item is about or when ends on the next clause.
        more = re.search(r"[。；;，,！？\n]", text[end + 1 :])
        end = end + 1 + more.start() if more else len(text)
    start, end = trimmed(text, start, end)
    return passage, start, end


_LEAD_ONLY = re.compile(r"\s*(?:对于|对|在|为了|随着|针对|按照|根据|通过)")


_FIRST_AFTER_COLON = re.compile(r"[：:]\s*(?:一是|一要|一、|第一|首先|[（(]一[）)])")


def first_item_at(window: Window) -> int:
    """Where the window's intro sentence starts its first item (after its colon), else its end."""
    found = _FIRST_AFTER_COLON.search(window.passage.text, window.sentence[0], window.sentence[1])
    return found.start() + 1 if found else window.end


def is_intro(window: Window) -> bool:
    """A sentence that announces a list: ends with a colon or says 主要/如下/以下/方面."""
    text = window.passage.text
    s_start, s_end = window.sentence
    sentence = text[s_start:s_end]
    following = text[s_end : s_end + 12]  # past the blank lines and indent of a new paragraph
    return bool(
        re.search(r"[：:]\s*$", sentence[-3:])
        or re.search(r"主要表现在|如下|以下|几个方面|困难和挑战|主要抓了|主要是", sentence)
        or ENUM.match(following.lstrip())
        # "要突出抓好三个方面：一是着力搞好宏观调控。": the first item ends the intro's sentence.
        or _FIRST_AFTER_COLON.search(sentence)
    )


def _sentence_of(window: Window) -> _Sentence:
    """The sentence (with its clauses) a window sits in."""
    start = window.sentence[0]
    return next(s for s in _sentences(window.passage.text) if s.start == start)


def widen(window: Window, limit: int) -> tuple[int, int]:
    """The window grown clause by clause (next first) toward its whole sentence, within limit."""
    text = window.passage.text
    sentence = _sentence_of(window)
    whole = trimmed(text, sentence.start, sentence.end)
    if whole[1] - whole[0] <= limit:
        return whole
    clauses = sentence.clauses
    i = next((n for n, c in enumerate(clauses) if c[0] >= window.start), 0)
    j = next((n for n, c in reversed(list(enumerate(clauses))) if c[1] <= window.end), i)
    grown = True
    while grown:
        grown = False
        if j + 1 < len(clauses) and clauses[j + 1][1] - clauses[i][0] <= limit:
            j += 1
            grown = True
        if i > 0 and clauses[j][1] - clauses[i - 1][0] <= limit:
            i -= 1
            grown = True
    return clauses[i][0], clauses[j][1]


_ASK_CHARS = re.compile(
    r"什么时候|什么|哪一?年|哪里|哪儿|哪个|哪一|哪些|哪|谁|何时|何地|何人|为何|为什么|怎么|怎样|如何|多少|几|是否|吗|呢|呀|啥"
)
_SEGMENT = re.compile(r"[\u3400-\u9fff]+|[a-z0-9]+")


def question_grams(ask: Ask) -> set[str]:
    """Character bigrams (and Latin words, numbers) of the question's key terms."""
    grams: set[str] = set()
    for group in ask.groups:
        for seg in _SEGMENT.findall(_ASK_CHARS.sub(" ", normalize(group.label).lower())):
            if seg.isascii() or len(seg) == 1:
                grams.add(seg)
            else:
                grams.update(seg[i : i + 2] for i in range(len(seg) - 1))
    return grams


def phrase_grams(question: str) -> set[str]:
    """Character trigrams of the question's wording, ask words left out."""
    grams: set[str] = set()
    for seg in _SEGMENT.findall(_ASK_CHARS.sub(" ", normalize(question).lower())):
        if not seg.isascii():
            grams.update(seg[i : i + 3] for i in range(len(seg) - 2))
    return grams


def _gram_weights(grams: set[str], texts: list[str]) -> dict[str, float]:
    # Bigrams in every sentence (the subject's name) say little about which one answers.
    n = len(texts)
    return {g: math.log((n + 1) / (sum(g in t for t in texts) + 0.5)) for g in grams}


def _sentence_scores(passage: Passage, ask: Ask) -> list[float]:
    """Each sentence's weight of shared question bigrams, rarer bigrams weighing more."""
    texts = [normalize(passage.text[s.start : s.end]).lower() for s in _sentences(passage.text)]
    weight = _gram_weights(question_grams(ask), texts)
    return [sum(w for g, w in weight.items() if g in t) for t in texts]


ANSWER_KIND_BONUS = 2.0
TITLE_GRAM_FACTOR = 0.1
PHRASE_FACTOR = 0.5
# What kind of words answer an open question: the ask word, and the text that gives the answer.
_ANSWER_KINDS = [
    (
        re.compile(
            r"哪一?年|何年|何时|什么时候|哪个时候|什么时间|哪天|哪一天|几月|哪个月|哪个朝代"
        ),
        re.compile(
            r"\d{3,4}\s*年|\d{1,2}\s*月|[〇零一二三四五六七八九十]{2,4}年|世纪|朝|时期|年间"
        ),
    ),
    (
        re.compile(
            r"哪里|在哪|何地|何处|什么地方|哪个地方|哪个(?:国家|城市|省|地区|位置)|哪些地方"
        ),
        re.compile(r"位于|坐落|地处|分布于|分布在|发源于|源于|[省市县州区国]"),
    ),
    (re.compile(r"什么颜色|颜色是|什么色"), re.compile(r"色")),
]


def expected_kind(question: str) -> re.Pattern[str] | None:
    """The pattern of the text that answers an open question of a known kind (date, place)."""
    for ask, answer in _ANSWER_KINDS:
        if ask.search(question):
            return answer
    return None


def best_sentence(passages: list[Passage], ask: Ask) -> Window | None:
    """The sentence of these passages sharing the most rare question bigrams; earliest wins ties."""
    found = [(p, s) for p in passages for s in _sentences(p.text)]
    if not found:
        return None
    texts = [normalize(p.text[s.start : s.end]).lower() for p, s in found]
    weight = _gram_weights(question_grams(ask), texts)
    # Three characters in the question's own order (王处直墓) single out the sentence it echoes.
    weight |= {
        g: PHRASE_FACTOR * w
        for g, w in _gram_weights(phrase_grams(ask.text) - set(weight), texts).items()
    }
    # The document's subject (its title) is in the question but does not say which sentence.
    titles = normalize(" ".join(dict.fromkeys(p.title for p in passages))).lower()
    weight = {g: w * (TITLE_GRAM_FACTOR if g in titles else 1.0) for g, w in weight.items()}
    scores = [sum(w for g, w in weight.items() if g in t) for t in texts]
    expected = expected_kind(ask.text)
    if expected is not None:
        # A sentence that shares words and gives the kind of thing asked (a date, a place) wins.
        scores = [
            sc + (ANSWER_KIND_BONUS if sc > 0 and expected.search(t) else 0.0)
            for sc, t in zip(scores, texts, strict=True)
        ]
    at = max(range(len(found)), key=lambda i: (scores[i], -found[i][0].start - found[i][1].start))
    if scores[at] <= 0:
        return None
    passage, sentence = found[at]
    span = (sentence.start, sentence.end)
    return Window(passage, sentence.start, sentence.end, 0.0, scores[at], [], span)


def open_span(window: Window, limit: int, ask: Ask | None = None) -> tuple[int, int]:
    """The window's sentence plus, room allowing, the next one and a previous one that matches."""
    text = window.passage.text
    sentences = _sentences(text)
    at = next(n for n, s in enumerate(sentences) if s.start == window.sentence[0])
    start, end = trimmed(text, sentences[at].start, sentences[at].end)
    if end - start > limit:
        return widen(window, limit)
    scores = _sentence_scores(window.passage, ask) if ask else []
    for n in (at + 1, at - 1):
        if not 0 <= n < len(sentences):
            continue
        if n < at and not (scores and scores[n] > 0):
            continue  # an earlier sentence only when it shares the question's wording
        grown = trimmed(text, min(start, sentences[n].start), max(end, sentences[n].end))
        if grown[1] - grown[0] <= limit:
            start, end = grown
    # "即保计划内建设…；保生产性建设…；保重点建设…。": items joined by ； run on to the 。.
    for following in sentences[at + 1 :]:
        if following.end <= end:
            continue
        if not {text[end - 1 : end], text[end : end + 1]} & {"；", ";"}:
            break
        grown = trimmed(text, start, following.end)
        if grown[1] - grown[0] > limit:
            break
        start, end = grown
    return start, end


def overlaps(a: Window, b: Window) -> bool:
    """Windows of the same or neighbouring sentence count as one item."""
    if a.passage.doc_id != b.passage.doc_id:
        return False
    a0, a1 = a.passage.start + a.sentence[0], a.passage.start + a.sentence[1]
    b0, b1 = b.passage.start + b.sentence[0], b.passage.start + b.sentence[1]
    return a0 < b1 and b0 < a1


# "增加109亿公斤，达到4024亿公斤": the clause after a change that gives the level reached.
_RESULT_CLAUSE = re.compile(
    r"(?:总量|总数|累计|合计|共|已|实际)?(?:(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|回落|降|升|增|减)"
    r"(?:到|至|为)|达到|达|突破|超过)"
)


def with_result(window: Window, change_asked: bool = False) -> int:
    """The window's end, moved past a next clause that says what level the change reached (or,
    when a change is asked, the change: "…占工业支出总数的８８．５９％，比上年增长４２．０８％")."""
    text = window.passage.text
    after = [c for c in _sentence_of(window).clauses if c[0] >= window.end]
    if not after:
        return window.end
    start, end = after[0]
    clause = text[start:end]
    if _RESULT_CLAUSE.match(clause) and figures(clause):
        return end
    if change_asked and _CHANGE_CLAUSE.match(clause) and figures(clause):
        return end
    # "比上年增加225亿元，增长14.7％": the change again, as a share, when a change is asked.
    told = text[window.start : window.end]
    if change_asked and _BARE_CHANGE.match(clause) and _CHANGE_TOLD.search(told):
        return end if figures(clause) else window.end
    return window.end


_AGAINST_LAST_YEAR = r"比(?:上年|去年|上一年|前一年)"
_CHANGED = r"(?:增长|下降|增加|减少|提高|降低)"
_CHANGED_SINCE_LAST_YEAR = rf"{_AGAINST_LAST_YEAR}[^，,；;。]{{0,4}}?{_CHANGED}"
# A clause telling a change against the year before: "比上年实际增长４２．０８％".
# (Or the year before's level: "上年为10.6万人次", "比上年的18530元增长7.1%".)
_CHANGE_CLAUSE = re.compile(
    rf"\s*{_CHANGED_SINCE_LAST_YEAR}|\s*(?:比)?(?:上年|去年|\d{{4}}年)(?:同期)?(?:为|是|仅|的)"
)
_BARE_CHANGE = re.compile(rf"\s*(?:{_CHANGED}|上涨)")
# A change told already: against last year, or from one level to another (由３４７亿元增加到…).
_CHANGE_TOLD = re.compile(
    rf"{_CHANGED_SINCE_LAST_YEAR}|[由从][^，,；;。]{{1,20}}?{_CHANGED}(?:到|至)"
)
# A change against the year before asked: "比上年实际增长各是多少".
CHANGE_ASKED = re.compile(
    rf"{_AGAINST_LAST_YEAR}[^，,；;。？?]{{0,6}}?(?:{_CHANGED}|涨)"
    # "…各增长了多少": how much each grew, however the report tells it.
    rf"|(?:{_CHANGED}|上涨|涨)了?(?:百分之)?(?:多少|几)"
)
