"""What a figure's sentence leaves to the words around it: a clause with no subject of its own,
a short list intro and the sentence before it, the event a span is counted from, a year named
after the figure in a clause of its own; and lists whose count the question names."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_evidence import _passage, national_report
from test_answer_reading import _ask, _national, _town

from retrieval.evidence import Window, figures, told_just_before
from retrieval.models import ReportMeta
from retrieval.places import event_years
from retrieval.questions import (
    DURATION_UNIT,
    RANK_UNIT,
    TermGroup,
    asked_unit,
    key_terms,
    tense_of,
    thesaurus_groups,
)
from retrieval.settings import CORPUS_DIR

THESAURUS = thesaurus_groups(CORPUS_DIR / "thesaurus.txt")


def _variants(question: str) -> set[str]:
    return {v for g in key_terms(question, [], THESAURUS) for v in g.variants}


def test_a_clause_with_no_subject_counts_what_the_sentence_before_counted() -> None:
    texts = [
        "鐵路正綫的通車里程一九四九年爲二萬一千七百公里；"
        "由於歷年修復和新建了不少鐵路，今年預計將達二萬五千五百公里。"
    ]
    question = "1954年的政府工作报告预计，当年全国铁路正线通车里程能达到多少公里？"
    answer = _ask(question, "1954", texts)
    assert "二萬五千五百公里" in answer.text
    assert "二萬一千七百公里" not in answer.text


def test_a_clause_telling_only_the_years_result_goes_on_from_the_sentence_before() -> None:
    text = "这五年计划安排平均每年有财政赤字三十亿元左右。一九八一年实际执行结果为二十五亿元。"
    meta, _ = national_report("1982", [])["n"]
    passage = _passage(meta, 0, text)
    at = text.index("一九八一年")
    window = Window(passage, at, len(text) - 1, 1.0, 1.0, [], (at, len(text)))
    assert told_just_before(window, [TermGroup(("财政赤字",), 1.0, head=True)])
    assert not told_just_before(window, [TermGroup(("财政收入",), 1.0, head=True)])


def test_a_short_list_intro_is_set_by_the_sentence_before_it() -> None:
    texts = [
        "一年来，继续实行积极的财政政策。实践证明，实行积极财政政策是完全正确的，取得的成效是明显的。"
        "从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款"
        "和自筹资金，用于增加基础设施投资，共建设5100多个项目。已建成的主要有：加固大江大河大湖"
        "堤防近6100公里；新增公路通车里程1．2万公里，其中高速公路3358公里；增加铁路新线1423公里、"
        "复线643公里；新建和改造农村电网高低压线路90万公里；建成仓容250亿公斤的国家粮食储备库。"
    ]
    question = "2000年报告说，两年国债投资里新建和改造的农村电网高低压线路有多长？"
    answer = _ask(question, "2000", texts)
    assert "90万公里" in answer.text
    answer = _ask("据2000年政府工作报告，国债投资建成的国家粮食储备库仓容有多大？", "2000", texts)
    assert "250亿公斤" in answer.text


def test_a_measure_asked_after_a_money_word_is_no_money() -> None:
    assert asked_unit("两年国债投资新增公路通车里程多少？") != "元"
    assert asked_unit("两年国债投资一共多少？") == "元"


def test_the_event_a_span_is_counted_from_sets_the_time() -> None:
    question = "1975年政府工作报告说，三届人大以来这十年里我国靠自己的力量建成了多少个大中型项目？"
    settings = {g.variants[0] for g in key_terms(question, [], THESAURUS) if g.setting}
    assert {"三届", "人大"} <= settings
    texts = ["在这十年中，我们依靠自己的力量，建成了一千一百个大中型项目，成功地进行了氢弹试验。"]
    assert "一千一百个" in _ask(question, "1975", texts).text


def test_a_year_named_after_the_figure_with_its_own_is_not_the_figures() -> None:
    texts = [
        "第六个五年计划安排教育、科学、文化、卫生、体育事业的经费占国家财政支出总额的百分之十五点九，"
        "其中一九八五年将达到百分之十六点八，比第五个五年计划期间的百分之十一有了较大的提高。"
    ]
    question = (
        "1982年报告中，教育、科学、文化、卫生、体育经费占国家财政支出的比重，"
        "单看一九八五年那一年计划达到多少（不是五年平均）？"
    )
    assert "百分之十六点八" in _ask(question, "1982", texts).text
    assert "看" not in _variants(question)


def test_which_plan_or_which_time_is_a_rank() -> None:
    assert asked_unit("2000年报告提出今年要研究制定第几个五年计划？") == RANK_UNIT
    texts = ["今年还要研究制定我国国民经济和社会发展第十个五年计划。"]
    answer = _ask("2000年报告提出今年要研究制定第几个五年计划？", "2000", texts)
    assert "第十个五年计划" in answer.text


def test_everyday_words_in_the_reports_words() -> None:
    assert "纺织行业" in _variants("1999年纺织业三年脱困目标提前多久实现？")
    assert "控制在" in _variants("1982年报告给全国人口每年自然增长定的上限是多少？")
    assert "招生规模" in _variants("1999年全国大学扩招的幅度有多大？")
    assert "贫困人口减少" in _variants("1999年全国脱贫的人数有多少？")
    assert "就业" in _variants("按1982年的五年计划，城镇打算安排多少人培训后上岗？")
    assert "外商" in _variants("1998年的报告回顾前五年，外国公司在中国实打实投进来多少钱？")
    assert "国际旅游" in _variants("1996年外国人来中国观光，给国家挣了多少外汇？")
    assert "再就业" in _variants("2003年下岗丢了饭碗后又重新找到活干的有多少人？")
    texts = ["二是基层队伍选优配强。村“两委”换届后“一肩挑”比例达100%，实现年龄学历“一降一升”。"]
    answer = _town("县溪镇2021年村里换届以后，村支书和村主任由一人兼任的比例是多少？", texts)
    assert "100%" in answer.text


def test_a_years_summary_is_no_review_of_the_year_before() -> None:
    meta = ReportMeta(
        doc_id="b", source="b.txt", title="北斗镇人民政府2023年工作总结", town="北斗溪镇",
        period="2023",
    )  # fmt: skip
    reports = {"b": (meta, ["“周一干部夜校”已成功举办12期，参训干部600余人次。"])}
    assert ask_reports("北斗溪镇2022年的“周一干部夜校”办了多少期？", reports).abstained
    assert "12期" in ask_reports("北斗溪镇2023年的“周一干部夜校”办了多少期？", reports).text


def test_a_list_of_another_count_does_not_name_the_items_asked() -> None:
    texts = [
        "同时，进一步开放大连、秦皇岛、天津、烟台、青岛、连云港、南通、上海、宁波、温州、福州、"
        "广州、湛江、北海等十四个沿海港口城市和海南岛，实行经济特区的某些特殊政策。"
    ]
    assert _ask("1984年政府工作报告提到的四个经济特区分别是哪四个？", "1984", texts).abstained
    texts = [
        "国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地，九大有色金属基地，八大煤炭基地，"
        "十大油气田，三十个大电站，六条铁路新干线和五个重点港口。"
    ]
    assert _ask("1978年报告里计划建设的“十大钢铁基地”分别是哪十个？", "1978", texts).abstained


def test_members_asked_by_name_are_not_told_by_a_sentence_naming_none() -> None:
    texts = ["第一批国家公园正式设立。生态环境质量明显改善。"]
    assert _ask("2022年报告里，第一批国家公园都是哪几个？", "2022", texts).abstained


def test_a_rank_risen_to_is_asked_as_a_rank() -> None:
    assert asked_unit("1997到2002年高速公路里程从多少增加到多少？世界排名升到第几？") == RANK_UNIT
    assert asked_unit("排查了几个隐患？") != RANK_UNIT


def test_a_year_end_bound_is_no_time_of_the_count() -> None:
    assert event_years("对2000年底以前发布的行政法规进行全面清理，一共清理了多少件？") == set()
    texts = [
        "适应发展社会主义市场经济和加入世贸组织的要求，对2000年底以前发布的756件行政法规进行"
        "全面清理，废止71件，宣布失效80件。国务院各部门共清理涉外规章和有关政策规定2300件，"
        "废止830件，修订325件。"
    ]
    question = (
        "2003年政府工作报告说，对2000年底以前发布的行政法规进行全面清理，一共清理了多少件？"
        "其中废止的又是多少件？"
    )
    answer = _ask(question, "2003", texts)
    assert "756件" in answer.text
    assert "71件" in answer.text
    assert "830件" not in answer.text


def test_how_far_ahead_of_time_is_a_length_of_time_done() -> None:
    question = "1999年纺织业三年扭亏脱困目标比原定早了多久完成？"
    assert tense_of(question) != "target"
    assert "一年" in [f.text for f in figures("纺织行业提前一年实现三年脱困目标", DURATION_UNIT)]
    reports = {
        **_national("1999", ["以纺织行业为突破口，促进国有企业扭亏增盈。"]),
        **_national("2000", ["纺织行业提前一年实现三年脱困目标，其他行业也出现了增盈的好势头。"]),
    }
    assert "提前一年" in ask_reports(question, reports).text


def test_a_result_told_in_a_review_in_the_plans_words_is_a_result() -> None:
    texts = ["加大农村义务教育薄弱环节建设力度，提高学生营养改善计划补助标准，3700多万学生受益。"]
    question = "2022年的报告里讲，去年农村孩子在学校吃饭的补助提高了，有多少学生沾了光？"
    assert "3700多万学生" in _ask(question, "2022", texts).text
    texts = ["物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％。"]
    reports = {**_national("1996", []), **_national("1997", texts)}
    assert "６．１％" in ask_reports("1996年物价涨幅最后实际落在了多少？", reports).text


def test_a_counted_quoted_name_opening_its_items_is_the_list() -> None:
    texts = [
        "（2） 引人才促发展，打造校地合作标杆|"
        "1月，清华大学、武汉大学、重庆大学等7所高校共15人来怀开展清华大学乡村振兴工作站赴怀化"
        "实践支队社会实践，为我镇乡村振兴建言献策。在本次实践中实现了三个“1”，即策划“1”场助农"
        "直播，主办“1”次公益分享会，参与“1”次当地活动。本次实践支队获乡村振兴工作站铜奖。"
    ]
    meta = ReportMeta(
        doc_id="b", source="b.txt", title="2025年上半年工作总结", town="北斗溪镇", period="2025H1"
    )
    answer = ask_reports("清华实践支队在北斗溪实现的三个“1”分别是什么？", {"b": (meta, texts)})
    for item in ("助农直播", "公益分享会", "当地活动"):
        assert item in answer.text
