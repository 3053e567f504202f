"""How a question is read against the reports: spans of years, plans told a year later, what
came before and after an event, list items in paragraphs of their own, and a township's words."""

from __future__ import annotations

from types import SimpleNamespace

from test_answer_evidence import TOWN, national_report
from test_answer_evidence import _ask as ask_reports

from retrieval.models import Answer, ReportMeta
from retrieval.places import read_query
from retrieval.questions import item_parts, key_terms, tense_of, without_which_more
from retrieval.retriever import HybridSearch


def _national(year: str, texts: list[str]) -> dict[str, tuple[ReportMeta, list[str]]]:
    meta, _ = national_report(year, [])["n"]
    return {year: (meta, texts)}


def _ask(question: str, year: str, texts: list[str]) -> Answer:
    return ask_reports(question, _national(year, texts))


def _town(question: str, texts: list[str]) -> Answer:
    return ask_reports(question, {"t": (TOWN, texts)})


def test_the_next_reports_plan_is_not_the_years_result() -> None:
    reports = {
        **_national("2024", ["从今年开始拟连续几年发行超长期特别国债，今年先发行1万亿元。"]),
        **_national("2025", ["拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。"]),
    }
    answer = ask_reports("超长期特别国债，2024年和2025年各安排发行多少？", reports)
    assert "1万亿元" in answer.text
    assert "1.3万亿元" in answer.text


def test_a_span_of_years_is_read_as_its_last_year() -> None:
    years = ("1978", "1982", "1998", "2002")
    catalog = [meta for year in years for meta, _ in _national(year, []).values()]
    assert read_query("1978到1982这五年，农村新盖的房子一共有多少平方米？", catalog).periods == [
        "1982"
    ]
    assert read_query("1998年到2002年那一届政府，一共发行了多少国债？", catalog).periods == ["2002"]
    # Both ends asked: both years stay.
    both = read_query("1978年到1982年粮食产量从多少增加到多少？", catalog).periods
    assert both == ["1978", "1982"]


def test_a_change_written_before_its_thing_does_not_answer_a_total() -> None:
    texts = ["一九八二年也没有降低，只这一项每年就减少国家财政收入四、五十亿元。"]
    assert _ask("1983年政府工作报告说1982年国家财政收入总额是多少亿元？", "1983", texts).abstained


def test_an_addition_to_the_thing_asked_does_not_answer_its_total() -> None:
    texts = ["运输邮电业迅速发展，五年铁路正线铺轨总里程1 1 3 4 4 公里，高速公路增加4 0 8 3 公里。"]
    question = "1998年政府工作报告说，到1997年全国高速公路通车总里程是多少公里？"
    assert _ask(question, "1998", texts).abstained
    # An addition going on to the level reached answers with it.
    texts = ["城乡人民的储蓄存款，今年１到１０月增加了九十五亿元，达到四百九十四亿元。"]
    answer = _ask("八一年城乡老百姓存在银行里的钱，到10月底一共有多少？", "1981", texts)
    assert "四百九十四亿元" in answer.text


def test_a_change_named_after_the_last_thing_is_each_things() -> None:
    parts = item_parts("2001年城镇居民人均可支配收入和农民人均纯收入实际增长各多少", [])
    assert parts == [
        "2001年城镇居民人均可支配收入实际增长多少",
        "2001年农民人均纯收入实际增长多少",
    ]


def test_what_came_after_an_event_is_not_the_figure_before_it() -> None:
    texts = [
        "例如，甘肃阿干镇煤矿原来日产量总是停留在六百吨到八百五十吨之间，不能增长上去，"
        "但是经过整风运动，大鸣大放，大整大改，现在日产量已经达到一千二百多吨，"
        "并且正在为日产一千五百吨奋斗。"
    ]
    answer = _ask("1958年报告提到的甘肃阿干镇煤矿，经过整风以后日产量达到了多少？", "1958", texts)
    assert "一千二百多吨" in answer.text
    assert "八百五十吨" not in answer.text


def test_the_end_of_a_month_is_no_name_and_each_part_gets_its_own_figure() -> None:
    terms = key_terms("第一汽车制造厂到一九五四年十一月底共积压器材多少", [], ())
    assert not any(g.name for g in terms)
    texts = [
        "第一汽车制造厂的建设到一九五四年十一月底为止，共积压器材一千零五十七万元，"
        "各种浪费如材料报废，设备损坏，大材小用，窝工，设计错误，以及管理不当等共计浪费六百三十万元。"
    ]
    question = "1955年报告说第一汽车制造厂到一九五四年十一月底共积压器材多少？各种浪费又共计多少？"
    answer = _ask(question, "1955", texts)
    assert "一千零五十七万元" in answer.text
    assert "六百三十万元" in answer.text


def test_list_items_in_paragraphs_of_their_own_are_listed() -> None:
    texts = [
        "各位代表！回顾过去五年的政府工作，我们有以下几点体会：\n\n"
        "第一，坚持解放思想、实事求是的思想路线。\n改革开放和现代化建设，必须从基本国情出发。\n\n"
        "第二，妥善处理改革、发展、稳定三者之间的关系。\n改革是发展的动力。\n\n"
        "第三，实施科教兴国战略和可持续发展战略。\n科技进步是经济发展的决定性因素。"
    ]
    answer = _ask("1998年政府工作报告总结过去五年政府工作，有哪几点体会？", "1998", texts)
    for item in ("实事求是的思想路线", "改革、发展、稳定", "科教兴国战略"):
        assert item in answer.text


def test_retrieval_reads_the_passages_after_a_lists_intro_with_it() -> None:
    chunks = [
        SimpleNamespace(doc_id="d", text="总结经验，利用外资必须把握三条原则："),
        SimpleNamespace(doc_id="d", text="第一、借外债的总额要有控制；"),
        SimpleNamespace(doc_id="d", text="第二、一定要用在生产建设上；"),
        SimpleNamespace(doc_id="e", text="另一份报告。"),
        SimpleNamespace(doc_id="d", text="对外开放的扩大。"),
    ]
    snapshot = SimpleNamespace(chunks=chunks)
    search = HybridSearch.__new__(HybridSearch)
    order = search._after_intro(snapshot, [4, 0, 3])  # type: ignore[arg-type]
    assert order[:4] == [4, 0, 1, 2]
    # No intro at the top: the order stands.
    assert search._after_intro(snapshot, [4, 3]) == [4, 3]  # type: ignore[arg-type]


def test_a_townships_countryside_is_the_scene_not_a_kind() -> None:
    texts = [
        "持续推进农村人居环境整治。",
        "开展河小青护河行动,整改4处畜禽养殖场排污设施,改造50座无害化厕所。",
    ]
    assert "50座" in _town("县溪镇2021年农村厕所改了多少个？", texts).text


def test_a_thing_named_in_full_in_the_sentence_before_is_this_figures() -> None:
    texts = [
        "一是扎实推进农业生产保障。在全面落实惠农政策方面，完成了耕地地力补贴摸底核实与发放工作。"
        "全镇共完成3986户9349.05亩的核实上报，发放补贴共计106.57917万元。"
    ]
    assert "106.57917万元" in _town("县溪镇给农户发的耕地补贴一共多少钱？", texts).text


def test_planned_to_a_later_year_asks_a_target() -> None:
    assert tense_of("普通高等学校招生人数，计划到1987年达到多少人？") == "target"


def test_a_clause_asking_which_is_more_names_nothing_to_find() -> None:
    question = "2021年和2022年GDP分别增长了多少？哪年增速更高？"
    assert without_which_more(question) == "2021年和2022年GDP分别增长了多少？"
    labels = [g.label for g in key_terms("2021年和2022年gdp分别增长了多少?哪年增速更高?", [], ())]
    assert "哪年" not in labels


def test_a_stand_in_figure_must_name_the_thing_asked() -> None:
    reports = {
        **_national("2008", ["去年居民消费价格总水平比上年上涨4.8%。", "城镇新增就业1000万人。"]),
        **_national(
            "2009",
            [
                "国内生产总值超过30万亿元，比上年增长9%；物价总水平涨幅得到控制；"
                "财政收入6.13万亿元，增长19.5%；粮食连续五年增产。",
                "今年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右；"
                "居民消费价格总水平涨幅4%左右；国际收支状况继续改善。",
            ],
        ),
    }
    answer = ask_reports("北京奥运会那年（2008年），居民消费价格全年涨了多少？", reports)
    assert answer.abstained
