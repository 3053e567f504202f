"""Towns and periods: detected in reports without a manifest, read from questions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from retrieval.loading import detect_title, load_manifest
from retrieval.models import ReportMeta
from retrieval.places import (
    detect_period,
    detect_town,
    drop_exclusions,
    period_label,
    period_matches,
    period_sort_key,
    place_names,
    read_query,
)
from retrieval.settings import CORPUS_DIR, REPORTS_DIR
from retrieval.text import clean

MANIFEST = load_manifest(CORPUS_DIR)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_shipped_reports_detected_without_manifest(name: str) -> None:
    text = clean((REPORTS_DIR / name).read_text(encoding="utf-8"))
    entry = MANIFEST[name]
    neutral = "report.txt"  # the file name must not give the answer away
    title = detect_title(text, Path(neutral))
    assert detect_town(title, neutral, text) == entry.town
    assert detect_period(title, neutral, text, "") == entry.period
    assert detect_town("", neutral, text) == entry.town


def test_title_and_file_name_come_first() -> None:
    body = "北斗溪镇人民政府始终……北斗溪镇持续蓄力。"
    assert detect_town("北斗镇人民政府2023年工作总结", "x.txt", body) == "北斗溪镇"
    assert detect_town("", "卢峰镇_2025H1.txt", "全镇上下。") == "卢峰镇"
    assert detect_period("", "卢峰镇_2025H1.txt", "", "") == "2025H1"
    assert detect_period("2025年第一季度工作总结", "", "", "") == "2025Q1"
    assert detect_period("县溪镇2021年工作总结和2022年工作计划", "", "", "") == "2021"


def test_national_reports() -> None:
    assert detect_town("1954年国务院政府工作报告", "a.txt", "各位代表") == "全国"
    assert detect_period("1954年国务院政府工作报告", "a.txt", "", "") == "1954"
    assert detect_town("", "b.txt", "各位代表：现在，我代表国务院，向大会报告政府工作。") == "全国"
    resolution = "第十届全国人民代表大会第五次会议关于政府工作报告的决议"
    assert detect_town(resolution, "c.txt", "") == "全国"
    assert detect_period(resolution, "c.txt", "会议充分肯定国务院过去一年的工作", "") == "2007"


def test_false_place_names_are_rejected() -> None:
    text = "全镇上下、乡镇干部、城乡统筹、返乡创业、下乡服务、我镇连续、"
    text += "教育强镇、组织镇村干部、推动乡村振兴、得益于镇党委"
    assert place_names(text) == []
    assert place_names("沅陵县官庄镇、溆浦县北斗溪镇、高桥街道") == [
        "官庄镇",
        "北斗溪镇",
        "高桥街道",
    ]
    assert detect_town("", "x.txt", "全镇一心，我镇争先。") == "未知"


def test_period_from_text_and_date() -> None:
    assert detect_period("", "x.txt", "过去的一年，我镇稳步发展。", "2024-01-15") == "2023"
    assert detect_period("", "x.txt", "2025年上半年，我镇……", "") == "2025H1"
    assert detect_period("", "x.txt", "无年份", "") == "未知"


def test_period_helpers() -> None:
    assert period_matches("2025", "2025H1") and period_matches("2025", "2025Q1")
    assert period_matches("2023", "2023") and not period_matches("2025H1", "2025")
    assert not period_matches("2024", "2025H1")
    assert period_label("2025H1") == "2025年上半年" and period_label("2023") == "2023年"
    assert period_label("2025Q1") == "2025年第一季度" and period_label("未知") == "未知"
    assert sorted(["2025", "2025H1", "2025Q1", "2021"], key=period_sort_key) == [
        "2021",
        "2025Q1",
        "2025H1",
        "2025",
    ]


def _meta(town: str, period: str, title: str = "") -> ReportMeta:
    name = f"{town}_{period}.txt"
    return ReportMeta(doc_id=name, source=name, title=title or name, town=town, period=period)


CATALOG = [
    _meta("北斗溪镇", "2025H1"),
    _meta("北斗溪镇", "2023", "北斗镇人民政府2023年工作总结"),
    _meta("统溪河镇", "2025H1"),
    _meta("县溪镇", "2021"),
    _meta("卢峰镇", "2025H1"),
]


@pytest.mark.parametrize(
    ("question", "towns", "periods", "unknown"),
    [
        ("卢峰镇2025年上半年排查了多少重大隐患？", ["卢峰镇"], ["2025H1"], []),
        ("卢峰今年砍树的证怎么办", ["卢峰镇"], ["2025"], []),
        ("北斗溪2023年有多少低保户", ["北斗溪镇"], ["2023"], []),
        ("北斗镇做了什么", ["北斗溪镇"], [], []),
        ("县溪镇今年修了多少路", ["县溪镇"], ["2021"], []),
        # (Its only report, of 2021, is read the year after: no report of 2020 to ask.)
        ("县溪镇去年", ["县溪镇"], ["2021"], []),
        ("统溪河镇上半年", ["统溪河镇"], ["2025H1"], []),
        ("去年上半年的情况", [], ["2024H1"], []),
        ("前年呢", [], ["2023"], []),
        ("２０２３年北斗溪镇", ["北斗溪镇"], ["2023"], []),
        ("龙潭镇的低保有多少", [], [], ["龙潭镇"]),
        ("请问黄茅园镇和卢峰比较", ["卢峰镇"], [], ["黄茅园镇"]),
        ("全镇发放了2000份宣传资料", [], [], []),
        ("北斗溪镇和统溪河镇的人居环境", ["北斗溪镇", "统溪河镇"], [], []),
    ],
)
def test_read_query(
    question: str, towns: list[str], periods: list[str], unknown: list[str]
) -> None:
    query = read_query(question, CATALOG)
    assert query.text == question
    assert query.towns == towns
    assert query.periods == periods
    assert query.unknown_towns == unknown


def test_read_query_national_and_empty_catalog() -> None:
    catalog = [_meta("全国", "2024"), _meta("全国", "2025")]
    assert read_query("国务院今年提出的经济增长目标", catalog).towns == ["全国"]
    assert read_query("今年的目标", catalog).periods == ["2025"]
    assert read_query("今年的目标", [], today=date(2030, 5, 1)).periods == ["2030"]
    assert read_query("全国文明村镇", CATALOG).towns == []


NATIONAL_YEARS = [_meta("全国", str(y)) for y in (1955, 1957, 1959, 1982, 1983, 1986, 2001, 2011)]


@pytest.mark.parametrize(
    ("question", "periods", "plan"),
    [
        # A five-year plan named instead of a year: its reports, searched together.
        ("九五那五年实际利用外资多少", [], ["2001"]),
        ("“十二五”末城镇化率打算提到多少", [], ["2011"]),
        ("第一个五年计划里农业投资多少", [], ["1955", "1957", "1959"]),
        ("六五期间零售物价上涨多少", [], ["1982", "1986"]),
        # A year named wins; the digits of a year and a count name no plan.
        ("2011年报告说十一五期间新增就业多少", ["2011"], []),
        ("一九五七年粮食产量", ["1957"], []),
        ("十五个省份", [], []),
        # The congress a report was given at names the report; ○ is a zero.
        ("六届人大一次会议时同我国建交的国家有多少", ["1983"], []),
        ("一九八○年的钢产量", ["1980"], []),
        # One year of a plan is that year.
        ("“九五”头一年高速公路通车多少公里", ["1996"], []),
        ("十一五的最后一年单位GDP能耗", ["2010"], []),
        ("第六个五年计划的第三年粮食产量", ["1983"], []),
    ],
)
def test_plans_congresses_and_written_years(
    question: str, periods: list[str], plan: list[str]
) -> None:
    query = read_query(question, NATIONAL_YEARS)
    assert (query.periods, query.plan_reports) == (periods, plan)


@pytest.mark.parametrize(
    ("question", "periods"),
    [("北斗溪23年人居环境整治了多少次", ["2023"]), ("98年的洪水", ["1998"]), ("连续12年获奖", [])],
)
def test_two_digit_years(question: str, periods: list[str]) -> None:
    catalog = [
        ReportMeta(doc_id=p, source=p, title="t", town="北斗溪镇", period=p)
        for p in ("2023", "2025H1")
    ]
    assert read_query(question, catalog).periods == periods


@pytest.mark.parametrize(
    ("question", "towns", "unknown", "text"),
    [
        # An input method's homophone slip names the catalogued town, and the text is mended.
        ("卢锋镇排查了多少重大隐患", ["卢峰镇"], [], "卢峰镇排查了多少重大隐患"),
        ("统溪和镇竹坪村新建了几间冷库", ["统溪河镇"], [], "统溪河镇竹坪村新建了几间冷库"),
        # Another place, not a slip: one character differs but does not sound the same.
        ("卢阳镇排查了多少重大隐患", [], ["卢阳镇"], "卢阳镇排查了多少重大隐患"),
        ("桥江镇排查了多少重大隐患", [], ["桥江镇"], "桥江镇排查了多少重大隐患"),
    ],
)
def test_misspelt_town_read_by_sound(
    question: str, towns: list[str], unknown: list[str], text: str
) -> None:
    query = read_query(question, CATALOG)
    assert (query.towns, query.unknown_towns, query.text) == (towns, unknown, text)


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [
        (
            "北斗溪镇燃气整治查出的重大安全隐患有几起？（不是烟花爆竹那块的）",
            "北斗溪镇燃气整治查出的重大安全隐患有几起？",
            "（不是烟花爆竹那块的）",
        ),
        (
            "1987年的农民人均纯收入是多少？不要1982年的那个数。",
            "1987年的农民人均纯收入是多少？",
            "不要1982年的那个数",
        ),
        ("是不是头一回比工业大", "是不是头一回比工业大", ""),  # 是不是 asks
        ("以后还要不要继续消灭麻雀", "以后还要不要继续消灭麻雀", ""),
        ("不是这个", "不是这个", ""),  # nothing would be left to ask
    ],
)
def test_ruled_out_clauses_leave_the_question(question: str, kept: str, dropped: str) -> None:
    assert drop_exclusions(question) == (kept, dropped)
    query = read_query(question, CATALOG)
    assert (query.text, query.excluded) == (kept, dropped)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("七八年城里盖好交给职工入住的新房子，总共有多大面积？", {"1978"}),
        ("五六年一年里新铺和修好的铁道一共多少公里", {"1956"}),
        ("五六年闹大灾，遭灾的老百姓大概有多少？", {"1956"}),  # a year's event follows
        ("这五六年闹了不少灾", set()),  # (mid-sentence: a span still)
        ("用了三四年时间", set()),
        ("七八年时间里", set()),
        ("今后三四年", set()),
        ("03到07年这五年", {"2003", "2007"}),
    ],
)
def test_two_neighbouring_digits_opening_a_question_are_a_year(text: str, years: set[str]) -> None:
    from retrieval.places import written_years

    assert written_years(text) == years


def test_a_two_digit_year_mid_sentence_is_no_date_of_the_question() -> None:
    from retrieval.places import dated_years

    question = "1957年报告里，一五期间新修的铁路跟国民党统治22年修的铁路比，各是多少？"
    assert dated_years(question) == {"1957"}
    assert dated_years("16年出国游的人次有多少") == {"2016"}
    assert dated_years("2013到2017年这五年") == {"2017"}
    # Joined by 和 to a year, a two-digit year is one too.
    assert dated_years("16年和17年的高校毕业生人数分别是多少？") == {"2016", "2017"}
    assert dated_years("七八年和七九年全国粮食总产量各是多少？") == {"1978", "1979"}


def test_an_event_dates_the_question_by_its_year() -> None:
    catalog = [
        ReportMeta(doc_id=f"n{y}", source="n.txt", title=f"{y}年报告", town="全国", period=y)
        for y in ("1997", "2003", "2004")
    ]
    assert read_query("闹非典那年，人均GDP过了多少美元？", catalog).periods == ["2003"]
    # Naming the report of that year: that year's report.
    assert read_query("香港回归那年的政府工作报告里讲钢产量多少", catalog).periods == ["1997"]
    # A year the question writes itself stands.
    assert read_query("闹非典那年（2004年）的GDP", catalog).periods == ["2004"]


def _national_years(*years: str) -> list[ReportMeta]:
    return [
        ReportMeta(doc_id=f"n{y}", source="n.txt", title=f"{y}年报告", town="全国", period=y)
        for y in years
    ]


def test_a_plans_target_is_read_in_the_report_presenting_the_plan() -> None:
    catalog = _national_years("1982", "1985", "1986")
    query = read_query("六五计划打算到一九八五年一年拍出多少部故事片？", catalog)
    assert query.periods == ["1982"]
    # Its result too: then the year's own report as well.
    query = read_query("六五计划给一九八五年定的钢产量指标是多少？实际产了多少？", catalog)
    assert query.periods == ["1982", "1985"]
    # A year outside the plan, or no target asked: the year as written.
    assert read_query("一九八五年钢产量是多少？", catalog).periods == ["1985"]
    assert read_query("六五计划到一九八六年的目标", catalog).periods == ["1986"]


def test_last_year_is_a_year_of_a_series_of_yearly_reports() -> None:
    catalog = _national_years("2023", "2024", "2025")
    query = read_query("去年粮食产量是多少？", catalog)
    assert query.periods == ["2024"] and "2024年" in query.text
    query = read_query("2024年的报告里说，去年粮食产量是多少？", catalog)
    assert "2023年粮食产量" in query.text
    # A comparison's base stays as written.
    assert "比去年" in read_query("今年比去年多多少？", catalog).text


def test_an_event_with_its_verb_dates_the_question() -> None:
    catalog = _national_years("2008", "2009", "2022")
    assert read_query("北京办奥运会那年，全国粮食总产量是多少斤？", catalog).periods == ["2008"]
    assert read_query("北京冬奥会那年，粮食产量多少？", catalog).periods == ["2022"]
    assert read_query("北京开奥运会那年，退休金涨了多少？", catalog).periods == ["2008"]


def test_a_bare_half_year_is_the_newest_reports_own_year() -> None:
    # A yearly summary written the next January (2025-01-20) beside its year's half-year report:
    # 去年 is the summary's year, and a bare 上半年 (or 这半年) is of that year too, not of 2025,
    # which no report tells of yet.
    summary = _meta("双河口镇", "2024").model_copy(update={"date": "2025-01-20"})
    catalog = [_meta("双河口镇", "2024H1"), summary]
    assert read_query("双河口镇上半年新建5G基站多少个？", catalog).periods == ["2024H1"]
    assert read_query("双河口镇这半年新建5G基站多少个？", catalog).periods == ["2024H1"]
    assert read_query("双河口镇去年新建5G基站多少个？", catalog).periods == ["2024"]
    # 今年 is the summary's year too: the year it was written in has no report yet.
    assert read_query("双河口镇今年上半年新建5G基站多少个？", catalog).periods == ["2024H1"]
    assert read_query("双河口镇今年新建5G基站多少个？", catalog).periods == ["2024"]
    # Once that year has a report of its own, 今年 is that year.
    later = [*catalog, _meta("双河口镇", "2025H1")]
    assert read_query("双河口镇今年新建5G基站多少个？", later).periods == ["2025"]
    # Without the summary's date its year is the "now" and 去年 is the year before.
    catalog = [_meta("双河口镇", "2024H1"), _meta("双河口镇", "2024")]
    assert read_query("双河口镇上半年新建5G基站多少个？", catalog).periods == ["2024H1"]


def test_a_towns_stem_that_is_a_common_word_names_no_town_beside_another() -> None:
    # 茶园 (a tea garden) is 茶园镇's stem: beside 石门乡 it is the tea garden; alone, the town.
    catalog = [_meta("石门乡", "2025H1"), _meta("茶园镇", "2023")]
    assert read_query("石门乡下半年计划新发展茶园多少亩？", catalog).towns == ["石门乡"]
    assert read_query("茶园2023年新增市场主体多少户？", catalog).towns == ["茶园镇"]
    # A stem no dictionary has (卢峰) names its town beside another all the same.
    catalog = [_meta("石门乡", "2025H1"), _meta("卢峰镇", "2025H1")]
    assert read_query("石门乡和卢峰上半年各新建多少个基站？", catalog).towns == ["石门乡", "卢峰镇"]


def test_a_stem_inside_another_towns_name_names_no_town() -> None:
    # 杉木桥镇 is a town with no report, not 杉木乡 (whose stem 杉木 it starts with).
    catalog = [_meta("杉木乡", "2025"), _meta("县溪镇", "2021")]
    query = read_query("杉木桥镇2025年地区生产总值是多少？", catalog)
    assert (query.towns, query.unknown_towns) == ([], ["杉木桥镇"])
    assert read_query("杉木2025年地区生产总值是多少？", catalog).towns == ["杉木乡"]
    # A name run into the words before it (年县溪镇) still holds the whole name.
    assert read_query("2021年县溪镇党员结对帮扶了多少户", catalog).towns == ["县溪镇"]


def test_a_speech_at_a_years_meeting_covers_the_year_it_looks_back_on() -> None:
    title = "在凤鸣乡2025年经济工作会议上的讲话"
    reviews = "同志们：今天召开会议，回顾总结2024年全乡经济工作，安排部署2025年重点任务。"
    assert detect_period(title, "x.txt", reviews, "") == "2024"
    assert detect_period(title, "x.txt", "同志们：过去的一年，我们迎难而上。", "") == "2024"
    # (Neither said: the meeting's year.)
    assert detect_period(title, "x.txt", "同志们：今年要抓好三件事。", "") == "2025"
    # A summary's own title names the year it sums up.
    assert detect_period("在2024年工作总结会议上的讲话", "x.txt", "过去的一年", "") == "2024"


def test_the_first_three_quarters_are_a_period_of_their_own() -> None:
    assert detect_period("龙潭镇2025年前三季度工作总结", "x.txt", "", "") == "2025M9"
    assert detect_period("龙潭镇2025年1-9月工作情况汇报", "x.txt", "", "") == "2025M9"
    assert detect_period("龙潭镇2025年第三季度工作总结", "x.txt", "", "") == "2025Q3"
    assert period_label("2025M9") == "2025年前三季度"
    assert period_sort_key("2025H1") < period_sort_key("2025M9") < period_sort_key("2025")
    # Its year asks it, as do the quarters it holds; the year's report may tell of it too (as
    # of a quarter); the half year is not answered by it.
    assert period_matches("2025", "2025M9") and period_matches("2025Q3", "2025M9")
    assert not period_matches("2025Q4", "2025M9") and not period_matches("2025H1", "2025M9")
    assert period_matches("2025M9", "2025") and not period_matches("2025M9", "2025H1")
    catalog = [
        ReportMeta(doc_id="l", source="l.txt", title="t", town="龙潭镇", period="2025M9"),
        ReportMeta(doc_id="b", source="b.txt", title="t", town="北斗溪镇", period="2023"),
    ]
    assert read_query("龙潭镇前三季度固定资产投资多少", catalog).periods == ["2025M9"]
    assert read_query("龙潭镇2024年1-9月地区生产总值", catalog).periods == ["2024M9"]
