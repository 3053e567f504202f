"""Towns and periods: detected in reports at ingest, read from questions at query time."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from datetime import date as Date
from functools import lru_cache
from itertools import pairwise

from retrieval.lexicon import word_tag
from retrieval.models import Query, ReportMeta
from retrieval.text import normalize

log = logging.getLogger(__name__)

NATIONAL = "全国"
UNKNOWN = "未知"
TOWN_SUFFIXES = ("街道", "镇", "乡")

_CJK = r"\u4e00-\u9fff"
_SUFFIX_RE = re.compile("街道|镇|乡")
# Characters that may sit just before a place name (prepositions, verbs of asking, levels).
_BEFORE = set("的在对为将与和及由是了到向从把让使被给于以自至即就") | set(
    "也都并同跟比较问说讲看查找请下里县市区省州"
)
# A name never starts with these: they are grammar, not geography.
_NOT_FIRST = set("的在对为将与和及由是了到向从把让使被给于以全我本该") | set(
    "各每这那其此某等并又也都就还共有无个不没"
)
# ... nor contains them anywhere.
_NOT_INSIDE = set("我全本该各每这那其此某等的了哪几")
# Words ending in a suffix that are not places.
_NOT_PLACES = frozenset(
    re.findall(
        r"\S+",
        """
        全镇 乡镇 城乡 返乡 下乡 我镇 强镇 城镇 集镇 村镇 小镇 名镇
        重镇 绿镇 古镇 新镇 大镇 市镇 本镇 该镇 各镇 每镇 两镇 驻镇
        出镇 进镇 到镇 在镇 入镇 建镇 撤镇 全乡 我乡 本乡 该乡 各乡
        回乡 还乡 家乡 故乡 老乡 异乡 同乡 他乡 思乡 离乡 入乡 到乡
        进乡 在乡 留乡 水乡 梦乡 原乡 住乡 美乡 和美乡
        """,
    )
)
_COUNTRYSIDE = re.compile(r"乡下(?!半年|辖|属|设)")
# What follows 乡/镇 when it starts a word rather than ends a name (乡村, 镇村干部, 镇域).
_NOT_AFTER = set("村镇土亲贤愁风情域级里")
# jieba tags of common words; a stem with one of these is a word, not a place.
_WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "r", "m", "q", "f", "t", "n"}
# Nouns that name a kind of town (建设中心镇、特色镇), not one town; other nouns before 镇/乡 in a
# question may be a town's name (青石镇, 桃源乡), since a question is too short to judge by use.
_TOWN_KINDS = frozenset(
    re.findall(
        r"\S+",
        """
        中心 特色 重点 建制 示范 卫星 专业 工业 农业 旅游 文明 边境 贫困 民族 商贸 生态 森林
        卫生 园林 历史 文化 美丽 宜居 小城 武装
        """,
    )
)
_MEASURES = frozenset("个次位名项所座户类批级")
_ASKING = re.compile("[几哪多每各第个]")
_NATIONAL_TEXT = re.compile(r"代表国务院|国务院的委托|国务院总理|代表中华人民共和国国务院|國務院")
_NATIONAL_TITLE = re.compile(r"国务院|國務院|中华人民共和国|全国人民代表大会|全國人民代表大會")

# Reports write the zero of a year as 〇, 零 or the circle ○ (一九八○年).
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_CN_YEAR = re.compile("[〇○零一二三四五六七八九]{4}(?=年)")


# Officials write 23年 for 2023年; 连续12年 / 5年来 are durations, not years.
# "03到07年": the first year of a span, too.
SHORT_YEAR = re.compile(
    r"(?<![0-9.])(\d{2})(?=年(?!来|间|以来|多(?![了少])|内|前|后|代)|\s*(?:到|至|-|—|~)\s*\d{2}\s*年)"
)


# A two-digit year in words: 九六年, 八八年那份报告; 六十年 only where it names a report
# (六十年那个报告), as 六十年 is otherwise a span of years; 八十年代 is a decade, no year.
CN_SHORT_YEAR = re.compile(
    r"(?<![〇○零一二三四五六七八九十])(?:([〇○零一二三四五六七八九]{2})(?=年(?!来|间|以来|多(?![了少])|内|前|后|代))"
    r"|([二三四五六七八九])十([一二三四五六七八九]?)(?=年(?:那|的?(?:政府)?(?:工作)?报告)))"
)
_CN_DIGIT_ORDER = "〇一二三四五六七八九"


def _cn_full_year(m: re.Match[str]) -> str:
    if m.group(1):
        first, second = (
            _CN_DIGIT_ORDER.find(c.replace("零", "〇").replace("○", "〇")) for c in m.group(1)
        )
        # 三四年, 五六年: three or four years, not a year; but "七八年城里…", "五六年一年里"
        # opening a question and going on with a time's words is 1978, 1956.
        opening = m.start() == 0 or m.string[m.start() - 1] in "在从到于，,、：:"
        timed = re.match(
            r"年(?:那|这|的(?!时间)|报告|政府|闹|遭|发生|城|乡|农村|全国|国家|我国|咱|一年|全年|[初底末]|，|,"
            r"|工业|农业|粮食|钢|煤|棉|财政|经济|国内|国民|物价|居民|职工|农民|基本建设"
            r"|[和与跟、](?=[〇○零一二三四五六七八九]{2}年|\d{2,4}年))",  # 七八年和七九年
            m.string[m.end() :],
        )
        if second == first + 1 and not (opening and timed):
            return m.group(0)
    two = m.group(1) or m.group(2) + (m.group(3) or "〇")
    two = two.translate(_CN_DIGITS)
    return f"{20 if int(two) < 50 else 19}{two}"


def _full_year(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 2) : m.start()]
    if before.endswith(("连续", "近", "过去", "共", "已", "持续", "达", "满")):
        return m.group(1)
    two = int(m.group(1))
    return f"{20 if two < 50 else 19}{m.group(1)}"


def arabic_years(text: str) -> str:
    """二〇二三年 -> 2023年, leaving other Chinese numerals (第一季度) alone; a year printed
    with spaced digits (1 9 9 7 年, as the 1998 report prints) closed up, its length kept."""
    text = _SPACED_YEAR.sub(_closed_year, text) if " " in text else text
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), text)


_SPACED_YEAR = re.compile(r"(?<![\d０-９])([12１２]) ?([09０９]) ?(\d|[０-９]) ?(\d|[０-９]) +年")


def _closed_year(m: re.Match[str]) -> str:
    year = "".join(m.groups())
    return f"{year}年".ljust(len(m.group(0)))


_YEAR = r"(?<![0-9A-Za-z])((?:19|20)\d{2})"
_PARTS = {
    "上半年": "H1",
    "下半年": "H2",
    "第一季度": "Q1",
    "一季度": "Q1",
    "第二季度": "Q2",
    "二季度": "Q2",
    "第三季度": "Q3",
    "三季度": "Q3",
    "第四季度": "Q4",
    "四季度": "Q4",
    # "2024年1-6月工作总结": the first half by its months.
    **{f"1{dash}6月": "H1" for dash in ("-", "—", "－", "~", "～", "至", "到")},
    **{f"7{dash}12月": "H2" for dash in ("-", "—", "－", "~", "～", "至", "到")},
    "一至六月": "H1",
    # A half in everyday words: "头六个月一共来了多少游客".
    **{w: "H1" for w in ("头六个月", "前六个月", "头6个月", "前6个月", "头半年", "前半年")},
    **{w: "H2" for w in ("后六个月", "后6个月", "后半年")},
    # "2025年前三季度工作总结", "1-9月": January to September, told as one sum.
    "前三季度": "M9",
    **{f"1{dash}9月": "M9" for dash in ("-", "—", "－", "~", "～", "至", "到")},
    "一至九月": "M9",
    "前三个季度": "M9",
}
_PART_RE = "|".join(sorted(_PARTS, key=len, reverse=True))
# Parts a question names with no year (今年前三季度, a bare 上半年); not "1到9月", which beside a
# year written elsewhere in the question (1982年…，1到9月共有多少) is that year's.
_BARE_PART_RE = "|".join(
    sorted((p for p in _PARTS if not (_PARTS[p] == "M9" and p[0].isdigit())), key=len, reverse=True)
)
_YEAR_PART = re.compile(_YEAR + r"\s*(?:年度?|(?=[^0-9年]|$))\s*(" + _PART_RE + r")?")
_POINTED = re.compile(r"\s*(?:[那这]一?[年份个篇次]|(?:政府)?工作报告)")
_SPAN = re.compile(
    r"((?:19|20)\d\d)\s*年?\s*(?:到|至|—|－|~)\s*((?:19|20)\d\d)\s*年?\s*"
    r"(?:(?:这|那)一?(?:[两二三四五六七八九十几]+年|届|段)|间|期间|之间)"
)


def span_starts(text: str) -> set[str]:
    """The first years of the spans a question asks of as a whole (1998年到2002年那届政府)."""
    digits = digit_years(text)
    if _ENDS_ASKED.search(normalize(text)):
        return set()
    return {m[1] for m in _SPAN.finditer(digits)}


_ENDS_ASKED = re.compile(r"[从由][^，,。？?]{0,12}(?:多少|几)|分别|各[是有为自]?")
# "1978到1982这五年": two bare numbers joined as a span are years.
_BARE_SPAN = re.compile(
    r"(?<!\d)(?:19[4-9]\d|20[0-4]\d)\s*(?:到|至|—|－|~)\s*(?:19[4-9]\d|20[0-4]\d)(?!\d|\s*年)"
)
_CODE = re.compile(_YEAR + r"(H[12]|Q[1-4]|M9)?(?![0-9A-Za-z])")
_SUMMARY_YEAR = re.compile(_YEAR + r"年度?(?:工作)?(?:总结|回顾|工作报告)")
# "2018年政府工作报告说2017年…": the year that names the report is the period asked.
# Words that only say which report it is: 2008年那份报告, 1956年那份决算预算报告, 1955年关于…的报告.
# Who gave it: 周总理作的, 温家宝总理那份.
# China's provinces and regions by their short names: a question naming one asks for its own
# figure, which a national figure does not give.
PROVINCES = (
    "北京",
    "天津",
    "上海",
    "重庆",
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
    "香港",
    "澳门",
)
SPEAKERS = r"(?:[周华赵李朱温]总理|周恩来|华国锋|赵紫阳|李鹏|朱镕基|温家宝|李克强|李强|总理)"
_SPEAKER = rf"{SPEAKERS}(?:同志)?(?:总理)?(?:所作|作|做)?的?(?:[那这]一?[份次篇个])?"
_DESCRIPTOR = (
    r"(?:[^，,。？?\d报年]{0,6}?[那这]一?[份次篇个][^，,。？?\d报]{0,8}|[两二三几]份|关于[^，,。？?\d]{1,16}的"
    rf"|{_SPEAKER}"
    # "九五年开人代会作报告那会儿": the congress the report was given at.
    r"|(?:开|在)?(?:人代会|人大会|两会|全国人大)上?(?:作|做)?的?)"
)
_REPORT_WORD = r"(?:全国|国务院)?(?:(?:镇|乡)?(?:人民)?政府)?(?:工作)?(?:报告|总结)"
REPORT_YEARS = re.compile(
    _YEAR + r"\s*年?度?(?:[上下]半年)?"
    r"(?:\s*(?:和|与|及|、|，)\s*(?:19|20)\d{2}\s*年?度?(?:[上下]半年)?)*\s*的?"
    # ("政府工作报告里定的计划数": 里 is where in the report, no word of what is asked.)
    rf"(?:\s*{_DESCRIPTOR})*\s*{_REPORT_WORD}(?:里(?!程))?"
    # "讲七五计划的报告（1986年）": the year in brackets after the report.
    rf"|{_REPORT_WORD}\s*[（(]\s*" + _YEAR + r"\s*年?\s*[)）]"
    # "那年（1979年）的报告": the year in brackets before the report.
    r"|[（(]\s*" + _YEAR + rf"\s*年?\s*[)）]\s*的?(?:\s*{_DESCRIPTOR})*\s*{_REPORT_WORD}"
)
_WHOLE_YEAR = re.compile(r"一年来|过去的?一年|全年")
_OPENING_YEAR = re.compile(_YEAR + r"年是")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _is_word(stem: str) -> bool:
    from retrieval.lexicon import word_tag

    return word_tag(stem) in _WORD_TAGS


def _name_at(text: str, i: int, suffix: str, min_stem: int, words: bool) -> str | None:
    """The plausible place name ending with `suffix` at text[i], or None."""
    after = text[i + len(suffix) : i + len(suffix) + 1]
    if suffix != "街道" and after and after in _NOT_AFTER:
        return None
    # "城里人和乡下人": 乡下 is the countryside (not "…乡下半年", "…乡下辖").
    if suffix == "乡" and _COUNTRYSIDE.match(text, i):
        return None
    for length in (3, 2, 1):
        if length < min_stem or i - length < 0:
            continue
        stem = text[i - length : i]
        before = text[i - length - 1] if i - length > 0 else ""
        if not all(_is_cjk(c) for c in stem) or (
            before and _is_cjk(before) and before not in _BEFORE
        ):
            continue
        if stem[0] in _NOT_FIRST or any(c in _NOT_INSIDE for c in stem):
            continue
        name = stem + suffix
        if name in _NOT_PLACES or stem[-1] + suffix in _NOT_PLACES:  # 扩大城乡 ends in 城乡
            continue
        if words and _is_word(stem):
            continue
        return name
    return None


def place_names(text: str, min_stem: int = 2, words: bool = True) -> list[str]:
    """Every plausible 镇/乡/街道 name in text, in order of appearance (repeats kept).

    With `words`, stems that are common words (代表镇政府, 推动镇…) are rejected via jieba's tags;
    titles and file names are trusted and skip that check (and its 0.4 s dictionary load).
    """
    names = []
    for m in _SUFFIX_RE.finditer(text):
        name = _name_at(text, m.start(), m.group(), min_stem, words)
        if name:
            names.append(name)
    return names


# Characters before a town's name that are no part of it (2024年卢峰镇, 请问卢峰镇, 去卢峰镇).
_BEFORE_A_NAME = frozenset(
    "年度月日号在去到问从和与及跟同比对给是的了请看说个这那各全本该即向往至于由为把被共或还就都也"
    "县市区省州我咱来上回经过"  # (溆浦县卢峰镇)
)


def _named_before(name: str, town: str) -> bool:
    """Whether a place name ends on a town's whole name with more of a name before it (杨柳溪乡
    of 柳溪乡)."""
    if not town or not name.endswith(town) or name == town:
        return False
    before = name[: -len(town)]
    return before[-1] not in _BEFORE_A_NAME and not before[-1].isdigit()


def asked_place_names(text: str) -> list[str]:
    """The 镇/乡/街道 names a question gives: those of `place_names`, and those whose name is
    also a noun or a numeral (青石镇, 十里镇), where it is no kind of town (中心镇, 两个镇)."""
    from retrieval.lexicon import word_tag

    names = []
    for name in dict.fromkeys(place_names(text, min_stem=2, words=False)):
        stem = town_stem(name)
        tag = word_tag(stem)
        if (
            tag not in _WORD_TAGS
            or (tag == "n" and stem not in _TOWN_KINDS)
            # 十里镇, 三江乡: a numeral naming a place, not counting towns (两个镇, 几次镇).
            or (tag == "m" and stem[-1] not in _MEASURES and not _ASKING.search(stem))
        ):
            names.append(name)
    return names


def town_stem(town: str) -> str:
    """A town's name without its 镇/乡/街道 (卢峰 of 卢峰镇)."""
    for suffix in TOWN_SUFFIXES:
        if town.endswith(suffix) and len(town) > len(suffix):
            return town[: -len(suffix)]
    return town


NAMED_OFTEN = 3


def _dominant_town(text: str) -> str | None:
    """The place the text is about: its most mentioned town, counting bare short forms (卢峰)."""
    counts = Counter(place_names(text))
    # A town named by a common word (青石镇, 石门镇, 桃源乡) is its name where the text says it
    # often; a word before 镇 said once or twice (推动镇, 中心镇) is not.
    for name, n in Counter(place_names(text, words=False)).items():
        if name not in counts and n >= NAMED_OFTEN:
            counts[name] = n
    if not counts:
        return None
    scores: dict[str, float] = {}
    for name, n in counts.items():
        stem = town_stem(name)
        # Bare mentions (平安卢峰, 县溪特色) count too, but a full name weighs more.
        bare = text.count(stem) - sum(text.count(o) for o in counts if o != name and stem in o)
        scores[name] = 2 * n + max(bare - n, 0)
    best = max(scores, key=lambda k: (scores[k], len(k)))
    # One passing mention is not what a report is about.
    return best if scores[best] >= 3 else None


def _prefer_text_form(name: str, text: str) -> str:
    """A title's short form (北斗镇) yields to a fuller name the body uses more (北斗溪镇)."""
    stem = town_stem(name)
    suffix = name[len(stem) :]
    longer = Counter(
        n for n in place_names(text) if n != name and n.endswith(suffix) and n.startswith(stem[:2])
    )
    if longer:
        best, count = longer.most_common(1)[0]
        if count > text.count(name):
            return best
    return name


def _is_national(label: str, text: str) -> bool:
    return bool(_NATIONAL_TITLE.search(label)) or (
        "政府工作报告" in label and bool(_NATIONAL_TEXT.search(text[:3000]))
    )


def detect_town(title: str, filename: str, text: str) -> str:
    """Town a report covers: from its title, then file name, then the dominant name in the text."""
    title, filename, body = normalize(title), normalize(filename), normalize(text)
    for label in (title, filename):
        if _is_national(label, body):
            return NATIONAL
        names = place_names(label, min_stem=1, words=False)
        if names:
            return _prefer_text_form(names[0], body)
    if _NATIONAL_TEXT.search(body[:3000]):
        return NATIONAL
    town = _dominant_town(body)
    if town:
        return town
    return NATIONAL if "国务院" in body or body.count("全国") >= 3 else UNKNOWN


def _code(year: str, part: str | None) -> str:
    return year + (_PARTS[part] if part else "")


# The N-th NPC's K-th session meets in start[N] + K - 1 (national resolutions carry no year).
_NPC_START = {1: 1954, 2: 1959, 3: 1964, 4: 1975, 5: 1978, 6: 1983, 7: 1988}
_NPC_START |= {8: 1993, 9: 1998, 10: 2003, 11: 2008, 12: 2013, 13: 2018, 14: 2023}
_NPC = re.compile(
    r"第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十])次会议"
)


def _cn_number(text: str) -> int:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 1) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return digits.get(text, 0)


def _npc_year(text: str) -> str | None:
    m = _NPC.search(text)
    if not m:
        return None
    start = _NPC_START.get(_cn_number(m.group(1)))
    return str(start + _cn_number(m.group(2)) - 1) if start else None


# A question naming the congress a report was given at: 六届人大一次会议, 第十届全国人大第三次会议.
_NPC_ASKED = re.compile(
    r"(?:在|于)?第?([一二三四五六七八九十]{1,3})届(?:全国人民代表大会|全国人大|人大)"
    r"第?([一二三四五六七八九十])次(?:会议|大会)?(?:上|时|那会儿?|期间)?(?:[作做]?的(?:政府)?(?:工作)?报告)?"
)


def _npc_as_year(m: re.Match[str]) -> str:
    start = _NPC_START.get(_cn_number(m.group(1)))
    return f"{start + _cn_number(m.group(2)) - 1}年的报告" if start else m.group(0)


def npc_as_report(text: str) -> str:
    """A congress named for its report, written as the report's year: 六届人大一次会议时 ->
    1983年的报告."""
    return _NPC_ASKED.sub(_npc_as_year, text)


# A five-year plan by its short or full name: 九五, “十一五”期间, 一五计划, 第六个五年计划. Not the
# digits of a year (一九五七) nor a count (十五个, 十五年): the short name needs a plan's context.
_PLAN = re.compile(
    r"第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)"
    r"|(?<![〇零一二三四五六七八九十第])[“\"]?(十[一二三四五]?|[一二三四五六七八九])五[”\"]?"
    r"(?=[”\"]|计划|规划|期间|时期|末|以来|那|这|头|前|中期|时|里|目标)"
)


def plan_names(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Each five-year plan the text names, as written and as the reports write it: “一五”,
    第一个五年计划."""
    found = []
    for m in _PLAN.finditer(text):
        number = m.group(1) or m.group(2)
        tail = re.match(r"[”\"]?(?:计划|规划)?", text[m.end() :])
        end = m.end() + len(tail.group(0)) if tail else m.end()
        written = re.sub(r"[“”\"]", "", text[m.start() : end])
        names = [written, f"“{number}五”", f"第{number}个五年计划", f"第{number}个五年规划"]
        found.append((m.start(), end, tuple(dict.fromkeys(names))))
    return found


# The years a plan's figures are told in: the report that lays the plan out, and the one after
# its last year, which reviews it. The first plan was laid out in 1955 and looked back on often;
# the sixth was laid out in 1982.
_PLAN_REPORTS = {
    1: (1955, 1957, 1959),
    2: (1958, 1959),
    3: (1964, 1975),
    4: (1975,),
    6: (1982, 1986),
}


# "“九五”头一年", "十一五的最后一年", "六五计划第三年": one year of a plan.
_PLAN_YEAR = re.compile(
    r"(?:第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)"
    r"|(?<![〇零一二三四五六七八九十第])[“\"]?(十[一二三四五]?|[一二三四五六七八九])五[”\"]?"
    r"(?:计划|规划)?)(?:时期|期间)?的?"
    r"(头一年|第一年|首年|开局之年|第[二三四五]年|最后一年|收官之年|末年)"
)
# Years after the plan's first; 头一年/第一年/首年/开局之年 are the first itself.
_PLAN_YEAR_OFFSET = {
    "第二年": 1,
    "第三年": 2,
    "第四年": 3,
    "第五年": 4,
    "最后一年": 4,
    "收官之年": 4,
    "末年": 4,
}


def _plan_start(number: int) -> int:
    """The first year of the n-th five-year plan (一五 1953, 二五 1958, 三五 1966, …)."""
    return {1: 1953, 2: 1958}.get(number, 1966 + 5 * (number - 3))


# Events people date a year by, as the reports tell them (the year each happened).
EVENT_YEARS = {
    "非典": "2003",
    "汶川地震": "2008",
    "汶川大地震": "2008",
    "汶川特大地震": "2008",
    "北京奥运": "2008",
    "北京奥运会": "2008",
    "北京办奥运": "2008",
    "北京办奥运会": "2008",
    "北京举办奥运会": "2008",
    "北京开奥运会": "2008",
    "北京开奥运": "2008",
    "北京召开奥运会": "2008",
    "办北京奥运会": "2008",
    "开北京奥运会": "2008",
    "北京冬奥会": "2022",
    "北京办冬奥会": "2022",
    "北京举办冬奥会": "2022",
    "北京开冬奥会": "2022",
    "上海世博会": "2010",
    "上海办世博会": "2010",
    "上海举办世博会": "2010",
    "上海开世博会": "2010",
    "广州亚运会": "2010",
    "玉树地震": "2010",
    "舟曲泥石流": "2010",
    "芦山地震": "2013",
    "杭州G20峰会": "2016",
    "G20杭州峰会": "2016",
    "杭州亚运会": "2023",
    "南方雨雪冰冻灾害": "2008",
    "南方冰冻灾害": "2008",
    "国际金融危机爆发": "2008",
    "亚洲金融危机爆发": "1997",
    "长江特大洪水": "1998",
    "九八抗洪": "1998",
    "香港回归": "1997",
    "澳门回归": "1999",
    "加入世贸组织": "2001",
    "入世": "2001",
    "唐山大地震": "1976",
    "粉碎“四人帮”": "1976",
    "粉碎四人帮": "1976",
    "新冠疫情暴发": "2020",
    "疫情暴发": "2020",
}
_EVENT_YEAR = re.compile(
    rf"({'|'.join(sorted(map(re.escape, EVENT_YEARS), key=len, reverse=True))})"
    r"(?:的)?(?:那一?年|当年)(?![（(]?\s*(?:\d|[一二〇零]))"
)


def event_year_as_year(text: str) -> str:
    """An event's year written out after it, when the question gives none: 闹非典那年 ->
    闹非典那年（2003年）."""

    def dated(m: re.Match[str]) -> str:
        year = EVENT_YEARS[m.group(1)]
        if _NAMES_REPORT_AFTER.match(text, m.end()):
            return f"{year}年"  # 香港回归那年的政府工作报告: that year's report
        return f"{m.group(0)}（{year}年）"

    return _EVENT_YEAR.sub(dated, text)


_NAMES_REPORT_AFTER = re.compile(r"的?(?:那份|这份)?(?:政府工作)?报告")


def plan_year_as_year(text: str) -> str:
    """One year of a plan written as that year: “九五”头一年 -> 1996年."""

    def year(m: re.Match[str]) -> str:
        start = _plan_start(_cn_number(m.group(1) or m.group(2)))
        return f"{start + _PLAN_YEAR_OFFSET.get(m.group(3), 0)}年"

    return _PLAN_YEAR.sub(year, text)


_PLAN_NAME = re.compile(f"(?:{_PLAN.pattern})(?:计划|规划)?")
# Words asking for a plan's target, and words asking for what actually came of it.
_TARGET_WORDS = re.compile(r"打算|计划|目标|指标|定的|定了|要达到|要求")
_ACTUAL_TOO = re.compile(r"实际|完成了|最后|结果")


def plan_target_report(text: str, periods: list[str]) -> str | None:
    """The report presenting the five-year plan a question asks the target of, for the plan's
    last year (六五计划…一九八五年 -> 1982); None when it asks no plan's target."""
    m = _PLAN.search(text)
    # (计划 of 第一个五年计划 names the plan; 计划 on its own asks its target.)
    asked = _PLAN_NAME.sub(" ", text)
    if not m or not periods or not _TARGET_WORDS.search(asked) or _report_years_in(text):
        return None
    number = _cn_number(m.group(1) or m.group(2))
    start = _plan_start(number)
    if any(p != str(start + 4) for p in periods):
        return None  # only the plan's last year, the one its targets are set for
    return plan_years(text)[0]


def plan_years(text: str) -> list[str]:
    """The report years of the five-year plan a question names first (九五 -> 1996, 2001)."""
    m = _PLAN.search(text)
    if not m:
        return []
    number = _cn_number(m.group(1) or m.group(2))
    if number in _PLAN_REPORTS:
        return [str(y) for y in _PLAN_REPORTS[number]]
    start = 1966 + 5 * (number - 3)
    return [str(start), str(start + 5)]


_HALF_YEAR_LABEL = re.compile(_YEAR + r"\s*年\s*半年")  # 2024年半年工作总结


def _period_in_label(label: str) -> str | None:
    npc = _npc_year(label)
    label = arabic_years(label)
    half = _HALF_YEAR_LABEL.search(label)
    if half:
        return f"{half.group(1)}H1"
    summary = _SUMMARY_YEAR.search(label)
    m = _YEAR_PART.search(label)
    if m and m.group(2):
        return _code(m.group(1), m.group(2))
    if summary:
        return summary.group(1)
    code = _CODE.search(label)
    if code:
        return code.group(1) + (code.group(2) or "")
    return m.group(1) if m else npc


# "在凤鸣乡2025年经济工作会议上的讲话": a speech at a meeting held early in a year.
_MEETING = re.compile(_YEAR + r"\s*年[^，。,\n]{0,16}会议")
# What such a speech looks back on: "回顾总结2024年全乡经济工作".
_LOOKED_BACK = re.compile(r"(?:回顾|总结)(?:总结|回顾)?" + _YEAR + r"\s*年")


def _meeting_period(label: str, head: str) -> str | None:
    """The year a speech at a year's meeting looks back on: the one it says it reviews, else
    the year before when it speaks of 过去的一年; None for no such speech."""
    label = arabic_years(label)
    meeting = _MEETING.search(label)
    if not meeting or _SUMMARY_YEAR.search(label):
        return None
    reviewed = _LOOKED_BACK.search(head)
    if reviewed:
        return reviewed.group(1)
    return str(int(meeting.group(1)) - 1) if _WHOLE_YEAR.search(head) else None


def detect_period(title: str, filename: str, text: str, date: str = "") -> str:
    """Period a report covers: 2025H1 for 上半年, 2025Q1 for 一季度, else the year summarised."""
    body = arabic_years(normalize(text))
    meeting = _meeting_period(normalize(title), body[:1500])
    if meeting:
        return meeting
    for label in (normalize(title), normalize(filename)):
        found = _period_in_label(label)
        if found:
            return found
    npc = _npc_year(normalize(text)[:300])
    if npc:
        return npc
    head = body[:800]
    for m in _YEAR_PART.finditer(head):
        if m.group(2):
            return _code(m.group(1), m.group(2))
    summary = _SUMMARY_YEAR.search(head)
    if summary:
        return summary.group(1)
    whole_year = bool(_WHOLE_YEAR.search(body))
    opening = _OPENING_YEAR.match(head)
    if opening:
        # A report that opens "2025年是…" and never looks back on a whole year was written
        # during that year: a part-year summary, by convention the 上半年 one.
        return opening.group(1) + ("" if whole_year else "H1")
    years = Counter(re.findall(_YEAR + r"年", body))
    if date[:4].isdigit() and _WHOLE_YEAR.search(head):
        return str(int(date[:4]) - 1)  # 过去的一年, said in the following year
    if years:
        return years.most_common(1)[0][0]
    return str(int(date[:4]) - 1) if date[:4].isdigit() else UNKNOWN


def period_year(period: str) -> int | None:
    """The calendar year of a period code, or None for an unknown period."""
    return int(period[:4]) if period[:4].isdigit() else None


def period_sort_key(period: str) -> tuple[int, int]:
    """Order periods by when they end: 2025Q1 < 2025H1 < 2025M9 < 2025 (a whole year ends
    last)."""
    year = period_year(period) or 0
    months = {"Q1": 3, "H1": 6, "Q2": 6, "Q3": 9, "M9": 9, "H2": 12, "Q4": 12}
    return year, months.get(period[4:], 12 if len(period) == 4 else 0)


_HALF_OF_QUARTER = {"Q1": "H1", "Q2": "H1", "Q3": "H2", "Q4": "H2"}


def period_matches(asked: str, period: str) -> bool:
    """Whether a report's period answers the asked one ('2025' matches '2025H1' and '2025Q1')."""
    if asked == period or (len(asked) == 4 and period.startswith(asked)):
        return True
    # A quarter, or the first three, is told of by its year's report or the part-year report
    # holding it.
    if asked[:4] != period[:4] or asked[4:5] not in ("Q", "M"):
        return False
    held = (_HALF_OF_QUARTER.get(asked[4:], ""), "M9" if asked[4:] in ("Q1", "Q2", "Q3") else "")
    return period[4:] == "" or period[4:] in held


def periods_answering(asked: Iterable[str], periods: Iterable[str]) -> set[str]:
    """Which of one town's report periods answer the asked ones: a year is its whole-year
    report's where the town has one (2024 asks the 2024 summary, not its 2024H1 one as well),
    else each report within it."""
    have = set(periods)
    answering: set[str] = set()
    for one in asked:
        answering |= (
            {one} if len(one) == 4 and one in have else {p for p in have if period_matches(one, p)}
        )
    return answering


def base_period(period: str) -> str:
    """The period a report's "上年同期"/"上年" figures are of: the same part a year before."""
    return f"{int(period[:4]) - 1}{period[4:]}" if period[:4].isdigit() else ""


def period_label(period: str) -> str:
    """Human label of a period code: '2025H1' -> '2025年上半年', '2023' -> '2023年'."""
    names = {"H1": "上半年", "H2": "下半年", "Q1": "第一季度", "Q2": "第二季度"}
    names |= {"Q3": "第三季度", "Q4": "第四季度", "M9": "前三季度"}
    year, part = period[:4], period[4:]
    if not year.isdigit():
        return period
    return f"{year}年{names.get(part, part)}"


def common_stem(stem: str) -> bool:
    """Whether a town's stem is a common noun in jieba's dictionary (茶园, 石门, 桃源; not 卢峰,
    which it lacks, nor 枫林 or 清水塘, tagged as places). Its tag, not its frequency: the corpus's
    towns are taught to jieba as frequent words."""
    return word_tag(stem) == "n"


def town_aliases(catalog: Iterable[ReportMeta]) -> dict[str, str]:
    """Every way a question may name a catalogued town: full name, short form, title's form."""
    aliases: dict[str, str] = {}
    towns = {m.town for m in catalog if m.town not in (UNKNOWN, "")}
    for meta in catalog:
        for name in place_names(normalize(meta.title), min_stem=1, words=False):
            if name not in towns and meta.town != NATIONAL:
                aliases.setdefault(name, meta.town)  # 北斗镇 -> 北斗溪镇
    for town in towns:
        aliases[town] = town
        stem = town_stem(town)
        if town != NATIONAL and len(stem) >= 2:
            aliases.setdefault(stem, town)
    return aliases


# (Not 村里, 村级, 村民, 村干部…: "县溪村里换届后" is about 县溪镇's villages.)
# (Nor a stem opening a village's longer name: 观音 of 观音岩村.)
_NOT_A_TOWN_AFTER = (
    r"(?!村(?![里级民干集庄两（(])|[社组庄屯寨湾坪路街]"
    r"|[^\W\d年月今去前的各全有共和与在个乡镇村]{1,2}村(?![里级民干集庄两（(]))"
)
_THIS_HALF = re.compile(r"这半年|近半年|半年来")


# 去年/前年 as the time of what was done, not a comparison's base (比去年, 去年同期).
_PAST_YEAR_WORD = re.compile(r"(?<![比较和跟与同])(去年|前年)(?!同期|底|末|[上下]半年)")


def _written_year(scope: list[ReportMeta], newest: str | None) -> int | None:
    """The year the newest report speaks from: its period's, or, for a town's yearly report
    dated the year after (青石镇2024年工作总结, 2025-01-16), that year, in which 去年 is 2024."""
    if not newest:
        return None
    year = period_year(newest)
    written = [
        int(m.date[:4])
        for m in scope
        if m.period == newest and m.town != NATIONAL and m.date[:4].isdigit()
    ]
    if newest.isdigit() and written and year and max(written) == year + 1:
        return year + 1
    return year


def _yearly_now(
    masked: str, scope: list[ReportMeta], newest: str | None, reference: int
) -> int | None:
    """The year 去年 is counted from when the reports in scope are a series of yearly ones
    (None otherwise): 去年 is then a year like any written one, its results told in the newest
    report (2025年报告 reviews 2024), not in its own year's, which plans it; and 去年 in a named
    report (2024年的报告说，去年…) is the year before that report's."""
    said_in = set(_report_years_in(digit_years(masked)))
    yearly = sum(m.period.isdigit() for m in scope) >= 2
    if not (yearly and newest and newest.isdigit() and len(said_in) <= 1):
        return None
    return int(next(iter(said_in))) if said_in else reference


def _read_a_year_later(
    towns: list[str], scope: list[ReportMeta], newest: str | None, reference: int
) -> int | None:
    """去年 of a town whose newest report is a whole year's, written in that year, with no report
    of the year before (白马乡's 2024 summary of December 2024): the summary is read the year
    after, and 去年 is its year (None otherwise)."""
    if not towns or NATIONAL in towns or not newest or not newest.isdigit():
        return None
    year = int(newest)
    return year if reference == year and not _has_year(scope, year - 1) else None


def _has_year(scope: list[ReportMeta], year: int) -> bool:
    """Whether a report in scope is of `year` or a part of it."""
    return any(period_year(m.period) == year for m in scope)


def _past_years_written(text: str, reference_year: int) -> str:
    """The text with 去年/前年 written as the years they are (2024年)."""
    return _PAST_YEAR_WORD.sub(lambda m: f"{reference_year + _RELATIVE_YEARS[m.group(1)]}年", text)


# Words for a year counted from the reports' "now", and how far back each is.
_RELATIVE_YEARS = {"前年": -2, "去年": -1, "上一年": -1, "今年": 0, "本年": 0}


# Words for a year told by the year a question writes ("1956年国家预算规定本年收入…",
# "1957年工业总产值…比上一年增长了多少"): that year or its last, no report's "now".
_TOLD_BY_YEAR = ("本年", "上一年")


# A year's part and its whole, or two parts, side by side (2024年上半年和全年).
_BESIDE_PART = re.compile(
    r"\d{4}\s*年\s*(?:全年|上半年|下半年|[一二三四1-4]季度)\s*(?:和|与|及|跟|同|、|以及|对比|比)"
    r"\s*(?:全年|上半年|下半年|[一二三四1-4]季度)"
)


def _relative_periods(
    text: str,
    reference_year: int,
    written: bool = False,
    year: str | None = None,
    part_year: int | None = None,
    this_year: int | None = None,
    last_year: int | None = None,
) -> list[str]:
    """Periods named relative to the reports' "now" (今年, 去年上半年, a bare 上半年); a bare
    part set beside a written year's (2024年全年和上半年) is of that `year`; a bare part alone
    (上半年, 这半年) is the newest report's own year's, `part_year`: from a yearly summary written
    the next January, the half year told is the summary's year's, not one yet to come; 今年 is
    `this_year`, the newest report's year where the year it was written in has no report, and
    去年 `last_year` where set."""
    part_year = part_year or reference_year
    found: list[str] = []
    pattern = "(" + "|".join(_RELATIVE_YEARS) + ")?(?:度)?(" + _BARE_PART_RE + ")?"
    for m in re.finditer(pattern, text):
        rel, part = m.group(1), m.group(2)
        if not rel and not part:
            continue
        if written and rel in _TOLD_BY_YEAR and not part:
            continue
        if year is not None and not rel:
            found.append(_code(year, part))
            continue
        if not rel:
            at = part_year
        elif _RELATIVE_YEARS[rel] == 0 and this_year is not None:
            at = this_year
        elif rel == "去年" and last_year is not None:
            at = last_year
        else:
            at = reference_year + _RELATIVE_YEARS[rel]
        found.append(_code(str(at), part))
    # "卢峰这半年抓了多少起": the half year the newest reports tell of.
    if _THIS_HALF.search(text):
        found.append(_code(str(part_year), "上半年"))
    return found


def _sounds(ch: str) -> set[str]:
    from pypinyin import Style, pinyin  # 0.2 s of dictionary: only for a name no report has

    return set(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


def sounds_like(name: str, town: str) -> bool:
    """Whether `name` is `town` typed with one homophone wrong (卢锋镇 for 卢峰镇; an input
    method's usual slip), as opposed to another place (卢阳镇)."""
    if len(name) != len(town) or name == town:
        return False
    differ = [(a, b) for a, b in zip(name, town, strict=True) if a != b]
    return len(differ) == 1 and bool(_sounds(differ[0][0]) & _sounds(differ[0][1]))


def _fix_town_typos(text: str, aliases: dict[str, str]) -> str:
    """The question with a misspelt town name replaced by the catalogued one it sounds like."""
    names = [a for a in aliases if aliases[a] != NATIONAL and a.endswith(TOWN_SUFFIXES)]
    for name in dict.fromkeys(place_names(normalize(text), min_stem=2, words=False)):
        if name in aliases:
            continue
        like = {aliases[a] for a in names if sounds_like(name, a)}
        if len(like) == 1:
            town = like.pop()
            log.info("read %s as %s", name, town)
            text = text.replace(name, town)
    return text


# "（不是烟花爆竹那块的）", "不要1982年的那个数", "我不要煤炭和石油的": what the asker rules out.
# 是不是 and 要不要 ask; they rule nothing out.
_EXCLUSION = re.compile(
    r"[（(]?(?:而|但|我|可)?(?:(?<![是])不是|(?<![要])不要|不包括|不含|不算|除去|排除)"
    r"[^，,。？?！!；;（）()—]{1,30}[）)]?"  # (a dash closes an aside: "——不是…的目标——")
)


_ASKS = re.compile(r"多少|几[个项次名人户起件家]|哪|什么|是否|吗")
# (不是问总投资: what is ruled out is 总投资.)
_RULING_OUT = re.compile(
    r"^[（(]?(?:而|但|我|可)?(?:不是|不要|不包括|不含|不算|除去|排除)(?:问的?|说的?|指的?)?"
)


def ruled_out(excluded: str) -> list[str]:
    """The words of each clause `drop_exclusions` set apart, without the ruling-out word
    (不是协议金额 -> 协议金额)."""
    return [_RULING_OUT.sub("", clause) for clause in excluded.split("，") if clause]


def drop_exclusions(text: str) -> tuple[str, str]:
    """The question without the clauses that rule something out, and those clauses."""
    # "不算严重的安全问题一共有多少个" asks; only a clause with no ask of its own rules out.
    dropped = [m.group(0) for m in _EXCLUSION.finditer(text) if not _ASKS.search(m.group(0))]
    kept = _EXCLUSION.sub(lambda m: m.group(0) if _ASKS.search(m.group(0)) else "", text)
    rest = re.sub(r"([，,。？?！!；;])[，,。？?！!；;]+", r"\1", kept)
    rest = rest.strip("，,；; ")
    if not dropped or len(re.findall(r"[\u4e00-\u9fff]", rest)) < 4:
        return text, ""
    return rest, "，".join(dropped)


# "1956年那份决算预算报告里" is searched as "1956年的报告里".
_REPORT_DESCRIPTOR = re.compile(
    rf"(?:(?<=年)(?!代)|(?<=年代))的?(?:\s*{_DESCRIPTOR})+(?=\s*{_REPORT_WORD})"
)


# "政府工做报告": the report's name, misspelt.
_REPORT_TYPO = re.compile(r"工做(?=报告|总结)")
_GOVERNMENT_TYPO = re.compile(r"(?:正|证|整)府(?=工作|报告)")  # 正府工作报告: 政府 mistyped


def read_query(text: str, catalog: list[ReportMeta], today: Date | None = None) -> Query:
    """Read the towns and periods a question names, against the reports in the catalog.

    The query's text is the question as it will be searched: a misspelt town mended, what it
    rules out set apart (`excluded`), and a report's description cut to its year.
    """
    aliases = town_aliases(catalog)
    text = _GOVERNMENT_TYPO.sub("政府", _REPORT_TYPO.sub("工作", text))
    text, excluded = drop_exclusions(_fix_town_typos(text, aliases))
    text = event_year_as_year(text)
    text = _REPORT_DESCRIPTOR.sub("的", plan_year_as_year(npc_as_report(text)))
    norm = normalize(text)
    found: list[tuple[int, str]] = []
    common: set[str] = set()  # towns named only by a stem that is a common word
    masked = norm
    full_names = set(aliases.values())
    # "杉木桥镇" is another town than 杉木乡: a stem inside a town name no report has is none.
    # (杨柳溪乡, opening on 杨柳镇's stem, is another than 柳溪乡, while 问卢峰镇 of "请问卢峰镇"
    # is 卢峰镇.)
    others = [
        name
        for name in asked_place_names(norm)
        if name not in aliases
        and not any(full in name and not _named_before(name, full) for full in full_names)
        and any(name.startswith(a) for a in aliases if a not in full_names)
    ]
    for name in others:
        masked = masked.replace(name, "\u3000" * len(name))
    for alias in sorted(aliases, key=len, reverse=True):
        if aliases[alias] == NATIONAL:
            continue
        # A town's bare stem naming a village or street of another (枫林 of 青石镇枫林村).
        pattern = re.escape(alias) + ("" if alias in full_names else _NOT_A_TOWN_AFTER)
        first = re.search(pattern, masked)
        if first:
            found.append((first.start(), aliases[alias]))
            if alias not in full_names and common_stem(alias):
                common.add(aliases[alias])
            masked = re.sub(pattern, lambda m: "\u3000" * len(m.group()), masked)
    # "石门乡下半年计划新发展茶园多少亩": a stem that is a common word (茶园, 银杏, 石桥) names no
    # town beside a town named otherwise.
    if any(town not in common for _, town in found):
        found = [(at, town) for at, town in found if town not in common]
    towns = [town for _, town in sorted(found)]  # in the order the question names them
    # 全国 is also a common word (全国文明村镇): it names the national reports only on its own.
    if not towns and NATIONAL in aliases and re.search("全国|国务院|国家", masked):
        towns.append(NATIONAL)
    towns = list(dict.fromkeys(towns))
    unknown = others + [n for n in asked_place_names(masked) if n not in aliases]

    scope = [m for m in catalog if m.town in towns] or catalog
    # 今年/去年 mean the year of the newest report in scope: the reports are the "now".
    dated = [m.period for m in scope if period_year(m.period)]
    newest = max(dated, key=period_sort_key) if dated else None
    reference = _written_year(scope, newest) or (today or Date.today()).year
    now = _yearly_now(masked, scope, newest, reference)
    if now is not None:
        text, masked = _past_years_written(text, now), _past_years_written(masked, now)
    digits = digit_years(masked)
    periods: list[str] = []
    dates: list[str] = []
    spans = [a.span() for a in _BARE_SPAN.finditer(digits)]
    for m in _YEAR_PART.finditer(digits):
        # A bare number (2000余人) is not a year: a question says 年, names a part, or points
        # at the year or its report (2018那一年, 2009那份报告).
        pointed = _POINTED.match(digits, m.end())
        spanned = any(start <= m.start() < end for start, end in spans)
        if "年" in m.group(0) or m.group(2) or pointed or spanned:
            # "离1997年7月1日还剩多少天": a date is a period only when nothing else is.
            date = re.match(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]", digits[m.end() :])
            (dates if date else periods).append(_code(m.group(1), m.group(2)))
    periods = periods or dates
    # "1998年到2002年那届政府，一共发行了多少…": a span is told by the report reviewing its end;
    # its first year is no period of its own, unless both ends are asked (从多少增加到多少).
    starts = span_starts(masked)
    periods = [p for p in periods if p[:4] not in starts] or periods
    stripped = _YEAR_PART.sub(" ", digits)
    # "2024年上半年和全年", "2024年全年和上半年": the other part is of the year written.
    written = {p[:4] for p in periods}
    year = next(iter(written)) if len(written) == 1 and _BESIDE_PART.search(digits) else None
    periods += _relative_periods(
        stripped,
        reference,
        written=bool(periods),
        year=year,
        part_year=period_year(newest) if newest else None,
        # 今年 of a town whose newest report is its 2024 summary written in 2025: 2024.
        this_year=period_year(newest) if newest and not _has_year(scope, reference) else None,
        last_year=_read_a_year_later(towns, scope, newest, reference),
    )
    if year is not None and re.search(r"全年", stripped):
        periods.append(year)
    named = _report_years_in(digits)
    if named:
        # The report is named by its year; other years and 去年 are what it tells of.
        # Each named report, also one of a list with a single 年 (看2005、2007年的报告).
        periods = [p for y in named for p in ([q for q in periods if q[:4] == y] or [y])]
    # "六五计划给一九八五年定的钢产量指标": a plan's target for its last year is told in the
    # report presenting the plan; its result (实际) still in the year's own.
    held = {m.period for m in scope}
    presented = plan_target_report(masked, periods)
    if presented in held:
        periods = [presented, *(periods if _ACTUAL_TOO.search(masked) else [])]
    # "九五那五年…": no year named, but the plan's own reports.
    plan = [] if periods else [y for y in plan_years(masked) if y in held]
    return Query(
        text=text,
        towns=towns,
        periods=list(dict.fromkeys(periods)),
        plan_reports=plan,
        unknown_towns=unknown,
        excluded=excluded,
    )


def digit_years(text: str) -> str:
    """The text with every year in four digits (二〇二三年, 23年, 八八年那份报告 -> 19xx/20xx)."""
    return SHORT_YEAR.sub(_full_year, CN_SHORT_YEAR.sub(_cn_full_year, arabic_years(text)))


def _report_years_in(digits: str) -> list[str]:
    """The years naming a report in a text already in digits, in order."""
    return [y for m in REPORT_YEARS.finditer(digits) for y in re.findall(_YEAR, m.group(0))]


def written_years(text: str) -> set[str]:
    """The years a question writes out (2023年, 23年, 二〇二三年, 八八年那份报告)."""
    return set(re.findall(_YEAR, digit_years(text)))


def dated_years(text: str) -> set[str]:
    """The years a question writes with 年: in four digits of any kind (1957年, 一九五七年), or
    in two opening a clause or after 在/到/的 (57年…, 到85年底, 最重的08年; "国民党统治22年" is a
    span; 八六年报告 names a report), not the first year of a span (2013到2017年)."""
    years = set(re.findall(r"(\d{4})\s*年", arabic_years(text)))
    digits = digit_years(text)
    dates = set(re.findall(r"(?:^|[在从于到至，,、：:和与跟及的])\s*(\d{4})\s*年", digits))
    return years | (dates - set(_report_years_in(digits)))


def report_years(text: str) -> set[str]:
    """The years a question names as a report's (2018年政府工作报告, 1956年那份决算报告)."""
    return set(_report_years_in(digit_years(text)))


@lru_cache(maxsize=256)
def event_years(text: str) -> frozenset[str]:
    """The years a question writes as times of events, not as reports (2006年中央财政花了多少);
    a report's year written again as a time is one too (1959年那份报告里，1959年全年…)."""
    digits = REPORT_YEARS.sub(lambda m: "，" * len(m.group(0)), digit_years(text))
    # "对2000年底以前发布的行政法规进行清理": a bound on what is counted, not its time.
    digits = _YEAR_END_BOUND.sub(lambda m: "，" * len(m.group(0)), digits)
    return frozenset(re.findall(_YEAR, digits))


_YEAR_END_BOUND = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)(?:以前|之前)")


def report_parts(text: str) -> dict[str, str]:
    """Each report year's own part of a question naming several reports one by one
    ("1983年报告说的…，和1986年报告说的…，各是多少"), with the words all parts share."""
    digits = arabic_years(text)
    found = list(REPORT_YEARS.finditer(digits))
    marks = [(m.start(), m.end(), re.findall(_YEAR, m.group(0))) for m in found]
    if any(len(years) != 1 for _, _, years in marks):
        return {}
    return _own_parts(digits, [(start, end, years[0]) for start, end, years in marks])


# A joint right before a year ("…的钢铁产能和2017年计划…"): the start of another year's part.
_JOINT_BEFORE = re.compile(r"[和与跟同及、，,]$")


def year_parts(text: str) -> dict[str, str]:
    """Each year's own part of a question naming years one by one, each with its own words
    ("2016年实际退出的钢铁产能和2017年计划再压减的钢铁产能，各是多少"); {} when a year names
    a report, or is the end of a span (到1985年), not a part of its own."""
    digits = digit_years(text)
    if _report_years_in(digits):
        return {}
    # "2013年底和2014年底": a year's end is the year's own mark.
    marks = [
        (m.start(1), m.end(), m.group(1)) for m in re.finditer(rf"{_YEAR}\s*年(?:底|末)?", digits)
    ]
    if any(not _JOINT_BEFORE.search(digits, 0, start) for start, _, _ in marks[1:]):
        return {}
    return _own_parts(digits, marks)


def town_parts(text: str, towns: list[str]) -> dict[str, str]:
    """Each town's own part of a question naming towns one by one ("北斗溪镇发展的预备党员和
    统溪河镇发展的党员，哪边多"), with the words all parts share."""
    marks = []
    for town in towns:
        short = town.removesuffix("街道").removesuffix("镇").removesuffix("乡")
        found = re.search(f"{re.escape(town)}|{re.escape(short)}", text)
        if found is None:
            return {}
        marks.append((found.start(), found.end(), town))
    return _own_parts(text, sorted(marks))


# What a part may hold besides its mark without having words of its own: periods, joints.
_OWN_WORDS = re.compile(r"[\d\s年度上下半全和与跟同及、，,；;的（）()]|今年|去年|前年|相比|比")
# The words that ask, in the last part: what comes from them on belongs to every part.
_PART_ASK = re.compile(r"各|分别|都是|哪|谁|(?:是|有|为)?(?:多少|几)")


def _own_parts(text: str, marks: list[tuple[int, int, str]]) -> dict[str, str]:
    """The question cut at each mark (a report year, a town), each piece with the words before
    the first mark and from the last piece's ask word on."""
    if len(marks) < 2 or len({key for _, _, key in marks}) != len(marks):
        return {}
    # "2013年报告和2018年报告里，人均预期寿命…": the parts share all their words.
    if any(
        re.fullmatch(r"[，,；;\s）)]*(?:和|与|跟|同|及|、)?[，,；;\s]*", text[a[1] : b[0]])
        for a, b in pairwise(marks)
    ):
        return {}
    last = text[marks[-1][0] :]
    ask = _PART_ASK.search(last)
    if ask is None:
        return {}
    prefix, tail = text[: marks[0][0]], last[ask.start() :]
    ends = [start for start, _, _ in marks[1:]] + [marks[-1][0] + ask.start()]
    # "北斗溪镇2025年上半年和县溪镇2021年发放的高龄补贴": a part naming only its period shares
    # the words of the last.
    if any(
        not _OWN_WORDS.sub("", text[mark_end:end])
        for (_, mark_end, _), end in zip(marks, ends, strict=True)
    ):
        return {}
    parts: dict[str, str] = {}
    for (start, _, key), end in zip(marks, ends, strict=True):
        body = re.sub(r"(?:[，,；;\s]|和|与|跟|同|及|相比|(?<![占对相])比)*$", "", text[start:end])
        parts[key] = f"{prefix}{body}{tail}"
    return parts
