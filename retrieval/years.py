"""Which year a figure is told of, and which year a question asks about.

National reports tell of many years in one sentence (比1964年, 由1978年的…, 到1985年); a figure
answers only when it is told of the year asked, as a result or a plan as the question wants.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from retrieval.evidence import (
    Window,
    base_level_told,
    figures,
    list_intro,
    plan_words,
    previous_sentence,
    reads_as_plan,
)
from retrieval.fit import context_span, figure_clauses
from retrieval.models import Passage, Query
from retrieval.places import (
    NATIONAL,
    arabic_years,
    digit_years,
    event_years,
    plan_names,
    report_years,
    span_starts,
    written_years,
)
from retrieval.questions import DURATION_UNIT, Ask
from retrieval.text import normalize


def distant_years(query: Query, asks: list[Ask]) -> set[str]:
    """Years the question names beyond its reports' own and the years those reports review."""
    named = {p[:4] for p in query.periods if p[:4].isdigit()}
    if not named:
        return set()
    # A national report reviews the year before its own; a town's summary tells its own year.
    towns_only = bool(query.towns) and NATIONAL not in query.towns
    near = named if towns_only else named | {str(int(y) - 1) for y in named}
    # "2008年报告说，2003年以来那五年…": a span's start, which the report reviews as a whole.
    since = set(re.findall(r"((?:19|20)\d{2})\s*年\s*(?:以来|来)", arabic_years(query.text)))
    since |= span_starts(query.text)  # "2008年到2012年这五年": the span's end reviews it
    return {y for a in asks for y in a.years} - near - since


# A year the text is about; "比1964年增长" names only the base of a comparison.
_NAMED_YEAR = re.compile(r"(?<![比较於于由从])((?:19|20)\d{2})年")
_ASKED_YEAR = re.compile(r"(?<![比较於于由从跟与同和])((?:19|20)\d{2})年")
_LAST_YEAR = re.compile(r"(?<![比较与同跟从由按])(?:去年|上年)(?!同期)")
_YEAR_REVIEWED = re.compile(r"(\d{4})\s*年[^>，,]{0,6}回顾")
# A sentence opening on the report's own time, 今年以来 too (evidence's plan opening leaves
# that out: it is no plan, but neither is it the year a heading reviews).
_OWN_TIME_OPENING = re.compile(r"\s*(?:今年|明年|本年)")
_REVIEW_HEADING = re.compile(
    # 一、去年工作回顾; 一、过去五年工作回顾
    r"(?:去年|过去(?:的)?(?:一|[两二三四五六七八九十])年|上一年|(?<![\u4e00-\u9fff])一年来)[^>]{0,6}回顾"
)
_OWN_YEAR_PLAN = re.compile(r"今年(?!以来)|明年|(?<![模比])拟")
_PRESENT = re.compile(r"\s*(?:现在|目前|如今|当前|迄今|至今)")
_YEAR_TIME = r"(?:到|至|在)?(?:19|20)\d{2}年(?:底|末|时)?"
_YEAR_OPENING = re.compile(_YEAR_TIME + "[，,]")
# A year standing as a clause of its own after a lead (按照十年规划，到一九八五年，…).
_YEAR_CLAUSE = re.compile(rf"[，,；;]\s*({_YEAR_TIME})[，,]")
# "中央财政安排资金1713亿元，是2010年的2.2倍": a multiple of a base year.
_TIMES_BASE = re.compile(r"(?:是|为|相当于)\s*\d{4}\s*年的?[^，,。；;]{0,8}?倍")
_PAST_YEAR_OPENING = re.compile(r"\s*(?:过去一年|去年|上一年|一年来)")
_ON_A_BASE = re.compile(r"在[^，,。；;]{0,30}的基础上")
# "农民人均纯收入2300元（2010年不变价）", "按一九五二年不变价格计算": a price base, not a time.
_PRICE_BASE = re.compile(r"按(?:照)?\s*\d{4}\s*年\s*(?:不变)?价格?|\d{4}\s*年\s*不变价格?")
_SENTENCE_ENDS = "。！？\n"
YEAR_LOOKBACK = 400  # characters before a year-less sentence searched for the year it is about


def _text_before(window: Window, start: int, passages: list[Passage]) -> str:
    """Up to YEAR_LOOKBACK characters of the report before `start`: from the retrieved chunk
    before, else the one the index gave along with the passage."""
    own = window.passage
    text = own.text[:start]
    for passage in passages:
        # The chunk before: overlapping, or ending at the paragraph break before this one.
        if passage.doc_id == own.doc_id and passage.start < own.start <= passage.end + 8:
            text = passage.text[: own.start - passage.start] + "\n" + text
            break
    else:
        if own.before:  # not retrieved, but the index gave it along
            text = own.before + "\n" + text
    return text[-YEAR_LOOKBACK:]


def told_years(text: str) -> set[str]:
    """The years a text tells of: named in any digits, not as a comparison's base (比一九五七年),
    a base built on (在…的基础上) or a price base (2010年不变价)."""
    digits = _PRICE_BASE.sub("", arabic_years(normalize(text)))
    digits = _TIMES_BASE.sub("", digits)
    return set(_NAMED_YEAR.findall(_ON_A_BASE.sub("", digits)))


def names_distant(window: Window, distant: set[str], passages: list[Passage]) -> bool:
    """Whether the window's sentence (or the one before) names a distant year asked about."""
    if not distant:
        return True
    text = window.passage.text
    start, end = context_span(window)
    if _told_after(window, distant):
        return False
    context = arabic_years(normalize(text[start:end]))
    if any(year in context for year in distant):
        # "在经济领域，过去一年里…把1984年末至1985年一度出现的经济过热…调整过来。全国社会总产值
        # 达到…": the sentence before, set in the year the report looks back on, names the year
        # asked only as a thing of the past; the figure is that year's.
        own = arabic_years(normalize(text[window.sentence[0] : end]))
        before = normalize(text[start : window.sentence[0]])
        return any(year in own for year in distant) or not _LOOKED_BACK_ON.search(before)
    if _NAMED_YEAR.search(context):
        return False
    # Under "二、1981年国民经济计划的任务和主要指标", a sentence naming no year is about 1981.
    if any(year in arabic_years(normalize(window.passage.section)) for year in distant):
        return True
    # "一九六五年计划草案拟定，农业…。…计划草案拟定，工业…比一九六四年增长…": a sentence naming
    # no year but a comparison's base is still about the last year the passage named before it.
    before = arabic_years(normalize(_text_before(window, start, passages)))
    named = list(_NAMED_YEAR.finditer(before))
    if not named or named[-1].group(1) not in distant:
        return False
    # (Named in a sentence set in the year looked back on, it is a thing of the past there.)
    at = named[-1].start()
    opening = max(before.rfind(stop, 0, at) for stop in "。\n") + 1
    return not _LOOKED_BACK_ON.search(before[opening:at])


_LOOKED_BACK_ON = re.compile(r"过去(?:的)?一年|去年(?!同期)")


def _told_after(window: Window, distant: set[str]) -> bool:
    """ "…经费占国家财政支出总额的百分之十五点九，其中一九八五年将达到百分之十六点八": the year
    asked is named after the window's figures, in a clause giving its own; the sentence names it
    nowhere before them."""
    text = window.passage.text
    s_start, s_end = window.sentence
    if any(y in arabic_years(normalize(text[s_start : window.end])) for y in distant):
        return False
    after = arabic_years(normalize(text[window.end : s_end]))
    for year in distant:
        for m in re.finditer(rf"{year}\s*年", after):
            clause = re.split(r"[，,。；;]", after[m.end() :])[0]
            if figures(clause):
                return True
    return False


def only_other_years_told(window: Window, ask: Ask) -> bool:
    """ "七七年钢产量" is not answered by "到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨" in
    the 1978 report, nor by "从一九七四年到一九七六年，…损失…钢产量二千八百万吨": the years its
    sentence names up to the figure are all after the one asked, from the report's on, or a span
    all before it."""
    report = window.passage.period[:4]
    asked = [y for y in ask.years if y.isdigit()]
    if not report.isdigit() or not asked or report in asked:
        return False  # (a report asked of, 1960年的报告: its sentences' years are its own story)
    # The years told up to the figure ("五年…投资3562亿元，相当于1950年到1997年…的总和" names its
    # base after it); a span before the year asked closes (从一九七四年到一九七六年), a start
    # year alone (2004年我们提出用三年时间…) runs on to it.
    lead = window.passage.text[window.sentence[0] : window.end]
    told = told_years(lead)
    if not told or told & set(asked):
        return False
    if all(y > max(asked) and y >= report for y in told):
        return True
    named = set(re.findall(r"((?:19|20)\d{2})年", arabic_years(normalize(lead))))  # 从…年 too
    return len(named) >= 2 and all(y < min(asked) for y in named)


_CN_COUNT = "零一二三四五六七八九十"


def span_to_report(window: Window, years: set[str]) -> bool:
    """ "2003年政府工作报告说，1998年到2002年这五年累计…" is told as "五年累计实际利用…": the years
    asked run up to the report's and the sentence names their number."""
    report = window.passage.period[:4]
    before = sorted(y for y in years if y.isdigit() and y < report)
    if not report.isdigit() or len(before) < 2 or int(before[-1]) != int(report) - 1:
        return False
    count = int(report) - int(before[0])
    if not 2 <= count <= 10:
        return False
    told = rf"(?:{count}|{_CN_COUNT[count]})个?年"
    s_start, s_end = window.sentence
    return re.search(told, normalize(window.passage.text[s_start:s_end])) is not None


def past_tense(ask: Ask, period: str, reports: set[str]) -> Ask:
    """A year before the report's own (2018年报告说2017年…) asks for a result more than a plan."""
    report_year = period[:4]
    if ask.tense == "target" or not report_year.isdigit():
        return ask
    # "GDP要比2000年翻一番": the base of a comparison, with no year of the figure's own named,
    # is no time the figure belongs to ("2004年的粮食比2003年多打了多少" asks of 2004).
    bases = set(_BASE_YEAR.findall(arabic_years(normalize(ask.text))))
    years = ask.years if event_years(ask.text) - bases else ask.years - bases
    if not any(y < report_year for y in years):
        return ask
    # Named outright (2018年报告说2017年末…), a past year's figure cannot be a plan; a year
    # that is itself a report's (2009年和2010年的报告) is no past year.
    # A question in the report's own plan words (赤字率控制在多少) may read a result as them.
    past = any(y < report_year and y not in reports for y in years)
    past = past and not plan_words(ask)
    return replace(ask, tense="actual", strict_tense=ask.strict_tense or past)


def _sentence_lead(window: Window, passages: list[Passage]) -> str:
    """The 。-sentence holding the window up to it: "一九八三年，职工…；农民…达到３０９．８元"
    tells 1983 for every ；-clause after its lead, even when a chunk begins after the lead."""
    text = window.passage.text
    start = window.sentence[0]
    before = text[:start]
    if not any(mark in before for mark in _SENTENCE_ENDS):
        before = _text_before(window, 0, passages).removesuffix("\n") + before
    cut = max(before.rfind(mark) for mark in _SENTENCE_ENDS) + 1
    return before[cut:] + text[start : window.end]


def _plan_heading(section: str, year: str, asked: set[str]) -> bool:
    """Whether a section heading sets out the plans of its report's year (二、2010年主要任务)
    and names no year asked (一、1998年的工作和1999年的主要任务 reviews 1998 too)."""
    digits = arabic_years(normalize(section))
    # The 1980 report plans 1981 (二、1981年国民经济计划的任务和主要指标).
    plans = re.search(
        rf"(?:{year}|{int(year) + 1})年[^>]{{0,12}}(?:任务|部署|工作安排|总体要求|目标|计划)",
        digits,
    )
    return bool(plans) and not told_years(section) & asked


# "比1955年", "較1955年" (较), "同1955年相比": a comparison's base year.
_BASE_YEAR = re.compile(
    r"(?:比|较|同(?=\s*(?:19|20)\d{2}\s*年(?:相比|比较)))\s*((?:19|20)\d{2})\s*年"
)


# A base year the question itself names: "比1957年", "跟1957年比", "同1957年相比".
_ASKED_BASE = re.compile(
    r"(?:比|较)\s*((?:19|20)\d{2})\s*年|(?:跟|和|与|同)\s*((?:19|20)\d{2})\s*年(?:相比|比较|比)"
)


def _compared_after(clause: str, asked: set[str]) -> bool:
    """Whether the clause compares its figure with a year no earlier than every year asked."""
    bases = _BASE_YEAR.findall(arabic_years(normalize(clause)))
    return bool(bases) and all(y <= min(bases) for y in asked)


_THIS_YEAR = re.compile(r"当年|今年|本年|这一年")
_FROM_YEAR = re.compile(r"(?:从|由)\s*(\d{4})\s*年")
_OWN_YEAR = re.compile(r"今年|本年")  # the report's own year, wherever in the sentence


# A clause opening on its year: "1956年的工业总产值达到了五百八十六亿元".
_CLAUSE_YEAR = re.compile(r"\s*((?:19|20)\d{2})年(?:的|底|末|初|全年)")


def clause_of_another_year(window: Window, ask: Ask) -> bool:
    """ "1957年工业总产值的计划数" is not answered by "1956年的工业总产值达到了五百八十六亿元，
    超过了五年计划所要求的1957年的指标": every clause holding a figure that could answer opens
    on a year the question does not ask."""
    asked = set(_NAMED_YEAR.findall(arabic_years(normalize(ask.text)))) | set(ask.years)
    clauses = figure_clauses(window, ask)
    if not asked or not clauses:
        return False
    opening = [_CLAUSE_YEAR.match(arabic_years(clause)) for clause in clauses]
    return all(m is not None and m.group(1) not in asked for m in opening)


def told_of_another_year(
    window: Window,
    ask: Ask,
    period: str,
    reports: set[str],
    passages: list[Passage],
) -> bool:
    """The figure is told of another year than the one asked: a clause naming the report's own
    year for an earlier year asked, or a year long before the report's that the question does not
    name ("我国的钢产量在一九五二年是一百三十五万吨" in the 1959 report). A section naming another
    year (一、１９９１年国内工作的回顾) tells that year's figures: "1995年国内生产总值" is not told
    by the 1995 report's review of 1994, whether or not a report reviews 1995."""
    report_year = period[:4]
    if not report_year.isdigit():
        return False
    last = _year_past(window.passage)
    # "一九五八年初全国有七十四万多个高级社，现在已经合并改组成为二万四千多个人民公社": a
    # clause set in the report's present tells the report's own time.
    if _PRESENT.match(re.split(r"[，,；;]", window.text)[-1]):
        return False
    question = arabic_years(normalize(ask.text))
    asked = set(_NAMED_YEAR.findall(question)) | set(ask.years)
    # The years asked as events; a part of a question ("…、退出多少煤炭产能") keeps the whole's.
    events = event_years(ask.text) or ask.events
    # "2005年和2006年…分别是多少": the part read here asks its own year only.
    events = frozenset(events & ask.years) or events
    # "2002年政府工作报告把当年GDP增长目标定在多少": the report's 当年 is its own year.
    if not events and report_years(ask.text) == {report_year} and _THIS_YEAR.search(ask.text):
        events = frozenset({report_year})
    # "2006年中央财政花了多少" read in the 2006 report: its 去年 is 2005.
    # (A township's summary tells its own year: "全乡村集体经济总收入252.9万元，上年为213.1万元，
    # 同比增长18.7%，其中经营性收入168.4万元" names the year before in a clause of its own.)
    lead_in = (
        window.text
        if window.passage.town not in ("", NATIONAL)
        else window.passage.text[window.sentence[0] : window.end]
    )
    if report_year in events and _LAST_YEAR.search(_ON_A_BASE.sub("", lead_in)):
        return True  # (not "在上年大幅度增长的基础上": a base)
    # "在经济领域，过去一年里取得的最重要的成绩，…。…粮食产量达到３９１０９万吨" in the 1987
    # report: a paragraph opening on the year past tells that year's figures.
    if report_year in events and last < report_year and _past_year_paragraph(window):
        return True
    # "1959年钢产量" read in the 1959 report: "我们在一九五八年…使钢产量…增长到一千一百零八万吨"
    # is 1958's, told by its sentence (or by its section, when asked). A later year named
    # (到一九八五年) is a plan's, which the tense checks weigh.
    if report_year in events:
        sentence = _sentence_lead(window, passages)
        told_by = [(sentence, False), (window.passage.section, True)]
        for text, heading in told_by:
            told = told_years(text)
            if not heading and (_THIS_YEAR.search(window.text) or _OWN_YEAR.search(text)):
                # "…１９８０年的一百二十七亿元，预计降低到今年的二十七亿元"; "根据１９５５年…
                # 的提案，国家已经在本年修订公布了…条例，…免税两年"
                told.add(report_year)
            if heading and _REVIEW_HEADING.search(text):
                told.add(last)  # 一、去年工作回顾
            # "一、1998年工作回顾和1999年工作的总体要求": a sentence in no plan's words, naming
            # no year, reviews the year the heading reviews.
            reviewed = _YEAR_REVIEWED.search(arabic_years(normalize(text))) if heading else None
            if (
                reviewed
                and reviewed.group(1) < report_year
                and reviewed.group(1) not in asked
                and not told_years(sentence)
                and not reads_as_plan(sentence)
                and not _OWN_TIME_OPENING.match(sentence.lstrip())
            ):
                return True
            if told & (asked | {report_year}):
                break
            if told and all(y < report_year for y in told):
                return True
            # "到一九八五年，粮食产量达到八千亿斤" in the 1978 report: a later year's target.
            later = told and all(y > report_year for y in told) and not told & reports
            if later and not heading and _BY_LATER_YEAR.search(arabic_years(normalize(text))):
                return True
            if not told and not heading and period.isdigit():
                # "一九七八年仍然夺得了丰收。粮食…总产量达到三亿零四百七十五万吨": a sentence naming
                # no year goes on with the year the sentence before it set.
                previous = previous_sentence(window)
                before = told_years(previous)
                if _PAST_YEAR_OPENING.match(previous):
                    # "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%": last year.
                    before = {last}
                if before and all(y < report_year for y in before) and not before & ask.years:
                    return True
    # "2013年贫困人口减少多少" read in the 2014 report: "今年再减少农村贫困人口1000万人以上",
    # "中央财政拟安排“三农”投入8183亿元" are the report's own year's plans.
    # "2009年新增污水处理能力" read in the 2010 report: its section 二、2010年主要任务 plans 2010.
    earlier = asked | (written_years(ask.text) - reports)  # also a year written 13年
    if earlier and all(y < report_year for y in earlier):
        # "今年…主要预期目标是：…城镇新增就业900万人以上": a list's intro sets its items' year.
        lead = list_intro(window) + window.passage.text[window.sentence[0] : window.end]
        if _OWN_YEAR_PLAN.search(lead) and not told_years(lead) & earlier:
            return True
        if _plan_heading(window.passage.section, report_year, earlier):
            return True
    # "…比一九五八年的三亿八千万吨增长百分之三十六" tells 1958's level as its base.
    if base_level_told(window, set(ask.years) - report_years(ask.text)):
        return False
    # "棉花产量255万吨，比1980年预计增加25万吨" is a later year's than 1979: a figure compared
    # with the year asked (or a later one) is told of a year after it. (Not the report's own
    # year: "1957年政府工作报告中，1955年手工业总产值" against "手工業总产值达到一百一十七亿元，
    # 較1955年增長了16％"; nor one the question compares with itself: "跟1957年比，…增长了多少".)
    bases = {y for pair in _ASKED_BASE.findall(question) for y in pair if y}
    compared = asked - bases
    if compared and _compared_after(window.text, (compared - report_years(ask.text)) or compared):
        return True
    # "北斗溪镇2025年度的危房改造补助资金" is not "完成2024年度危房改造补助资金13.8万元发放": the
    # figure's own clause names another year.
    named = asked - report_years(ask.text)
    named = (named - reports) or named  # (a part's report year, its aside cut off, is no event)
    # ("从1949年的二千四百多万人增加到1956年的六千三百多万人" starts from the year asked.)
    starts = set(_FROM_YEAR.findall(arabic_years(normalize(window.text))))
    if named and not (len(named) == 1 and starts & named):
        # ("今年我们要力争使…降到千分之十左右" tells the report's own year, not 1985's.)
        clause_years = [
            told_years(clause) | ({report_year} if _OWN_YEAR.search(clause) else set())
            for clause in figure_clauses(window, ask)
        ]
        if clause_years and all(told and not told & named for told in clause_years):
            return True
    # "1980年那份报告里，1979年的积累率": a clause of the sentence naming 1980 is no answer.
    # ("跟1957年比" names only a comparison's base.)
    content = set(_ASKED_YEAR.findall(question)) - reports - {report_year}
    # The sentence up to the figure, from its start in the chunk before when need be.
    lead = arabic_years(normalize(_sentence_lead(window, passages)))
    if content:
        told = set(_NAMED_YEAR.findall(lead))
        if report_year in told and not told & content:
            return True
    # "在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%": a base, not the year told of.
    told = told_years(window.text)
    # "到一九八五年，全国粮食产量计划达到…": a year opening the sentence holds for its clauses,
    # as does one standing as a clause of its own after a lead (按照十年规划，到一九八五年，…).
    opening = _YEAR_OPENING.match(lead)
    clauses = [m.group(1) for m in _YEAR_CLAUSE.finditer(lead)]
    if opening or clauses:
        told |= told_years(opening.group(0) if opening else clauses[-1])
    near = {str(int(report_year) + d) for d in (-1, 0, 1)} | asked
    if not told or told & near:
        return False
    # Long before the report; or a plan's later year (１９９７年钢产量达到…) for a past year asked.
    past_asked = bool(content) and all(y < report_year for y in content)
    return all(y < report_year for y in told) or (past_asked and all(y > report_year for y in told))


# "五年间", "1952年到1956年", "十年来", "“六五”期间": a figure told for several years together.
_YEARS_SPAN = re.compile(
    r"(?:\d{4}年?(?:到|至|—|－|-|~)\d{4}年|[两二三四五六七八九十]年(?:间|来|中|内|共|累计|合计)|"
    r"[“\"]?[五六七八九十]五[”\"]?(?:期间|时期|计划期间))"
)
_TOTAL = re.compile(r"合计|累计|共计|总计|总共|一共|共")
# A question asking for such a total: "五年共", "这几年", "十年来", "期间".
_SPAN_ASK = re.compile(
    r"[两二三四五六七八九十几]年|(?<!\d)\d年|期间|时期|(?:到|至|-|—|－|~)\s*\d{4}|累计|合计|总共"
)


@lru_cache(maxsize=256)
def _one_year_asked(question: str, whole: frozenset[str] = frozenset()) -> bool:
    """Whether the question asks of one year (as an event), not of a span of years; `whole`:
    the whole question's event years, for a part naming none ("…目标定的是多少，最后实际增长了
    多少")."""
    spans = _SPAN_ASK.search(digit_years(normalize(question)))  # 九七年 is no span of 七年
    events = event_years(question) or whole
    # "2012年政府工作报告里，去年全国粮食总产量是多少": one year, told relative to the report's.
    relative = not events and len(report_years(question)) == 1 and _ONE_RELATIVE.search(question)
    # "2021年和2022年的GDP各增长了多少": each year asked as one.
    each = len(events) > 1 and _EACH_YEAR.search(digit_years(normalize(question)))
    return (len(events) == 1 or bool(relative) or bool(each)) and spans is None


def _reports_plan_asked(ask: Ask) -> bool:
    """ "2011年政府工作报告定的国内生产总值增长预期目标": a report's target, asked with no span,
    is its own year's (8%左右), not the five-year plan's 年均增长7%."""
    return (
        ask.tense == "target"
        and bool(report_years(ask.text))
        and not event_years(ask.text)
        and _SPAN_ASK.search(digit_years(normalize(ask.text))) is None
        and not re.search(r"五年|规划|计划期", ask.text)
        and not plan_names(ask.text)  # “十二五”, 一五计划
    )


_EACH_YEAR = re.compile(r"分别|各|\d{4}\s*年?\s*(?:和|与|跟|同|及|、|还是|以及)\s*\d{4}|哪一?年")


_BY_LATER_YEAR = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年(?:底|末|时)?[，,]")
_ONE_RELATIVE = re.compile(r"去年|今年|当年|上一年|前一年")


_YEAR_AGAINST = re.compile(r"(\d{4})\s*年[^，,。；;？?\d]{0,12}?比\s*(\d{4})\s*年")
_YEAR_WITH = re.compile(
    r"(\d{4})\s*年[^，,。；;？?\d]{0,12}?[同与跟]\s*(\d{4})\s*年\s*(?:相比|比较)"
)
_AGAINST = re.compile(r"比\s*(\d{4})\s*年[^，,。；;]{0,6}?(?:增长|增加|提高|下降|减少|降低|上升)")
_ONE_YEARS_CHANGE = re.compile(r"增长|增加|提高|下降|减少|降低|上升|涨")


def _against_a_year_long_before(window: Window, ask: Ask, question: str) -> bool:
    """ "2007年国内生产总值增长了多少" is not answered by "…达到24.66万亿元，比2002年增长65.5%":
    one year's change is asked, and the figure's clause measures it against a year long before
    that the question does not name."""
    if len(ask.years) != 1 or not _ONE_YEARS_CHANGE.search(question):
        return False
    year = next(iter(ask.years))
    text = arabic_years(normalize(window.passage.text[window.sentence[0] : window.end]))
    bases = _AGAINST.findall(re.split(r"[；;]", text)[-1])
    return bool(bases) and all(int(b) < int(year) - 1 and b not in question for b in bases)


def other_comparison(window: Window, ask: Ask) -> bool:
    """The question compares one year with another (1978年…比1977年增长了多少) and the figure's
    clause compares others (一九七七年比一九七六年增长百分之十四点三)."""
    question = arabic_years(normalize(ask.text))
    asked = _YEAR_AGAINST.search(question)
    if asked is None:
        # "比一九五二年增长了百分之几" is not answered by "…比一九五六年增长百分之三点五".
        base = re.search(r"比\s*(\d{4})\s*年", question)
        if base:
            text = arabic_years(normalize(window.passage.text[window.sentence[0] : window.end]))
            bases = _AGAINST.findall(text)
            return bool(bases) and base.group(1) not in bases
        return _against_a_year_long_before(window, ask, question)
    text = arabic_years(normalize(window.passage.text[window.sentence[0] : window.end]))
    # ("１９８６年同１９７８年相比" compares too.)
    told = _YEAR_AGAINST.findall(text) + _YEAR_WITH.findall(text)
    return bool(told) and asked.groups() not in told


# A paragraph told of several years from its first words: "这五年，…。…城镇新增就业5771万人".
_SPAN_OPENING = re.compile(
    r"\s*(?:这|过去的?|近|前)?[两二三四五六七八九十]年(?:来|间|中|里|以来)?[，,]|\s*[两二三四五六七八九十]年来"
)


def _year_past(passage: Passage) -> str:
    """The year a report's 过去一年 (一年来, 去年工作回顾) reviews: the year before a national
    report's (its period is the year it is given in), a town's yearly summary's own period (青石镇
    2024年工作总结: 一年来 is 2024)."""
    year = passage.period[:4]
    return str(int(year) - 1) if passage.town == NATIONAL and year.isdigit() else year


def _past_year_paragraph(window: Window) -> bool:
    """Whether the window's paragraph (as far as the chunk shows it) opens on the year before
    the report's (过去一年里), and the window's own sentence names no year."""
    text = window.passage.text
    start = text.rfind("\n", 0, window.start) + 1
    first = re.split(r"[。！？]", text[start : window.start], maxsplit=1)
    if len(first) < 2:
        return False  # the window is in the paragraph's first sentence
    own = text[window.sentence[0] : window.end]
    return bool(_PAST_YEAR.search(first[0])) and not told_years(own)


_PAST_YEAR = re.compile(r"过去(?:的)?一年")


def _span_paragraph(window: Window) -> bool:
    """Whether the window's paragraph opens by naming a span of years (这五年，/ 五年来，)."""
    text = window.passage.text
    start = text.rfind("\n", 0, window.start) + 1
    return bool(_SPAN_OPENING.match(text, start))


def several_years(window: Window, ask: Ask) -> bool:
    """Whether the figure is a total over several years (1952年到1956年…合计…棉花一亿三千万担;
    a paragraph opening 这五年，) while the question asks one year's (a span's end, 由…增加到…,
    is that year's)."""
    if not (_one_year_asked(ask.text, ask.events) or _reports_plan_asked(ask)):
        return False
    if ask.unit == DURATION_UNIT:
        return False  # "多久把农业税免掉": "五年内取消农业税" is the span asked
    # "前三年共开垦荒地三千六百万亩，而1956年就开垦荒地二千九百万亩": a clause naming the year
    # asked tells that year's figure, whatever span the clause before sums.
    # (The clause alone: a window taking in the span's clause too may give the span's figure.)
    text = window.passage.text
    own = normalize(window.text)
    alone = not re.search(r"[，,；;]", own)
    # ("…十七年间平均每年增长百分之二十八，大寨去年平均每人生产粮食两千多斤": 去年 is one year.)
    one_year = told_years(own) & ask.years or _ONE_RELATIVE.search(own)
    if alone and one_year and not _YEARS_SPAN.search(arabic_years(own)):
        return False
    # The whole 。-sentence up to the figure: "两年中新建铁路铺轨一千四百多公里，…；新建公路
    # 六千六百多公里" opens with its span before the ；-clause (in the chunk before, if need be).
    told = arabic_years(normalize(_sentence_lead(window, [])))
    # "五年全国新增城镇就业5100万人": a sentence opening with its span ("这两年中，钢产量由…
    # 增加到三千一百七十八万吨" still tells the last year's level).
    if _SPAN_LEAD.match(told) and not _LEVEL_REACHED.search(normalize(window.text)):
        return True
    # "教育事业有较大发展，五年来国家财政…的投入达３２００亿元": a clause opening with its span.
    clauses = re.split(r"[，,；;]", normalize(window.text))
    if any(_CLAUSE_SPAN.match(c) and figures(c) for c in clauses) and not _LEVEL_REACHED.search(
        normalize(window.text)
    ):
        return True
    # "粮食产量连年稳定在1.3万亿斤以上": a level held year after year, no one year's figure.
    if any(_YEAR_AFTER_YEAR.search(c[: _first_figure_at(c)]) for c in clauses if figures(c)):
        return True
    # "平均每年城镇新增就业1000多万人" is a span's average, not 2007's own figure (在…平均每年递增
    # …的基础上 is a base). An item of a parallel list (…年平均产量由…，棉花由…增加到…) shares
    # its first item's measure.
    clause = _ON_A_BASE.sub("", normalize(window.text))
    averaged = [clause, told] if _LIST_ITEM.match(clause) else [clause]
    if any(map(_YEARLY_AVERAGE.search, averaged)) and not _AVERAGE_ASKED.search(ask.text):
        return True
    span = _YEARS_SPAN.search(told)
    # 五年合计: its own total word; or the paragraph's opening words.
    if not (span and _TOTAL.search(told, span.start())) and not _span_paragraph(window):
        return False
    # "五年来…人均预期寿命达到76.7岁" in the 2018 report: a level reached (no sum) is the span's
    # last year's, the year before the report.
    reached = re.split(r"[，,；;]", normalize(text[window.sentence[0] : window.end]))[-1]
    last = window.passage.period[:4]
    if (
        last.isdigit()
        and str(int(last) - 1) in ask.years
        and _LEVEL_REACHED.search(reached)
        and not _TOTAL.search(reached)
    ):
        return False
    # "四年中共增加了…，即从1955年的…，增加到了1959年的五千四百零一亿斤": the ends' levels.
    own = arabic_years(normalize(window.passage.text[window.start : window.end]))
    return not any(m.group(1) in ask.years for m in _SPAN_END.finditer(own))


_SPAN_LEAD = re.compile(r"\s*(?:这|过去的?|近)?[两二三四五六七八九十]年(?!计划|规划|行动|级|期|制)")
_YEAR_AFTER_YEAR = re.compile(r"连年|(?<![上去前今明当本每\d〇零一二三四五六七八九十])年年|逐年")


def _first_figure_at(clause: str) -> int:
    """Where the clause's first figure starts (its end if none is found as written)."""
    found = figures(clause)
    at = clause.find(found[0].text) if found else -1
    return at if at >= 0 else len(clause)


_CLAUSE_SPAN = re.compile(
    r"\s*(?:(?:这|过去的?|近)?[两二三四五六七八九十]年(?:来|中|间|里|以来|当中)"
    # "粮食总产量实现了“八连增”，连续5年超万亿斤": each of several years, no one year's figure.
    r"|(?:由于|因为|虽然|尽管)?(?:已经?)?(?:连续|接连)\s*(?:\d+|[两二三四五六七八九十]+)\s*年)"
)
_LEVEL_REACHED = re.compile(r"(?:增加|增长|提高|上升|下降|减少|降低|扩大|发展)到|达到")
_LIST_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{1,6}由")
_YEARLY_AVERAGE = re.compile(r"平均每年|年均|每年平均|年平均")
_AVERAGE_ASKED = re.compile(r"平均|年均|每年")


_SPAN_END = re.compile(
    r"(?:(?:增加|增长|提高|上升|下降|减少|降低|扩大)到了?|(?<![\d年])[从由])\s*(\d{4})\s*年"
)


_THIS_YEARS = re.compile(r"今年|明年")
_ONE_PAST_YEAR = re.compile(r"过去一年|刚刚过去的|一年来|(?<![比较与同跟])(?:去年|上年)(?!同期)")
_ONE_YEAR_ASK = re.compile(r"当年|今年|明年|这一年|那一年|每年|一年")
# Years counted in the question (过去五年, 这三年来), and a figure told of one whole year.
_YEARS_COUNTED = re.compile(r"[两二三四五六七八九十]年")
_WHOLE_YEAR = re.compile(r"全年|本年度?")


def one_year_for_span(window: Window, ask: Ask) -> bool:
    """Whether a span of years is asked (五年里贫困人口减了多少) and the figure is a plan for the
    report's own year ("今年再减少农村贫困人口1000万以上")."""
    question = digit_years(normalize(ask.text))  # 九九年 is no span of 九年
    if not _SPAN_ASK.search(question) or event_years(ask.text) or _ONE_YEAR_ASK.search(question):
        return False  # "三年棚改计划当年要开工多少套": one year of the span
    text = window.passage.text
    told = arabic_years(normalize(text[window.sentence[0] : window.end]))
    # "刚刚过去的2017年，…城镇新增就业1351万人": one year's figure, for five years asked.
    one_year = _THIS_YEARS.search(told) or _ONE_PAST_YEAR.search(told)
    # "过去五年累计发展党员多少名" is not answered by a town report's "全年发展党员14名".
    one_year = one_year or (_YEARS_COUNTED.search(question) and _WHOLE_YEAR.search(told))
    return bool(one_year) and not _YEARS_SPAN.search(told)


def result_not_yet_known(ask: Ask, period: str, reports: set[str]) -> bool:
    """ "1978年报告说1985年钢产量实际达到了多少": no report tells a result of a later year."""
    report_year = period[:4]
    return (
        ask.strict_tense
        and ask.tense == "actual"
        and report_year.isdigit()
        and len(reports) == 1
        and any(y > report_year for y in ask.years)
    )


def told_before_the_year(window: Window, ask: Ask) -> bool:
    """ "1990年国民生产总值实际达到多少" is not answered by the 1986 report's "一九九〇年…国民生产
    总值达到一万一千一百七十亿元": a report tells no result of a year after its own, only a plan."""
    report_year = window.passage.period[:4]
    return (
        ask.strict_tense
        and ask.tense == "actual"
        and report_year.isdigit()
        and bool(ask.years)
        and all(y > report_year for y in ask.years)
    )
