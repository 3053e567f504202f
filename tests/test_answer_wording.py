"""How a question's wording is read: ask words, report names, plans, money, kinds and counts."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from test_answer_evidence import TOWN, national_report
from test_answer_evidence import _ask as ask_reports

from retrieval.evidence import figures
from retrieval.models import Answer, ReportMeta
from retrieval.questions import asked_unit, key_terms, spelled_number, tense_of, unwanted_terms
from retrieval.retriever import HybridSearch, Weights


def _national(year: str) -> ReportMeta:
    meta, _ = national_report(year, [])["n"]
    return meta


def _ask(question: str, meta: ReportMeta, texts: list[str]) -> Answer:
    return ask_reports(question, {"r": (meta, texts)})


def test_an_ask_word_is_not_cut_into_a_thesaurus_word() -> None:
    # 少生 (fewer births) inside 多少生活费 is no word of the question.
    labels = [g.label for g in key_terms("全年发放了多少生活费？", [], (("少生", "少出生"),))]
    assert "生活费" in labels
    assert not any("少生" in label for label in labels)


def test_a_count_followed_by_what_it_counts_is_no_change() -> None:
    texts = ["在林果村、沙坪村、红花村实施了高标准农田改造，直接提高了500余亩农田的种植效益。"]
    answer = _ask("县溪镇搞高标准农田改造，让多少亩田的收成效益直接提上去了？", TOWN, texts)
    assert "500余亩" in answer.text


def test_one_kind_of_support_is_not_answered_by_the_others_figure() -> None:
    texts = [
        "我镇五保对象共206户207人，其中集中供养34户35人，分散供养172户172人，"
        "年度发放分散特困供养人员生活费共计112万余元。"
    ]
    assert _ask("县溪镇集中供养的五保对象，全年发放了多少生活费？", TOWN, texts).abstained
    assert "112万余元" in _ask("县溪镇分散供养的五保对象发了多少生活费？", TOWN, texts).text


def test_a_town_summary_tells_its_own_year_not_the_one_before() -> None:
    texts = ["社保收缴工作完成5896人，共计200.2万元。"]
    assert _ask("县溪镇2021年的工作总结中，2020年的社保收缴完成了多少人？", TOWN, texts).abstained
    assert "5896人" in _ask("县溪镇2021年社保收缴完成了多少人？", TOWN, texts).text


def test_counts_are_spelled_out_as_older_reports_write_them() -> None:
    assert [spelled_number(n) for n in (10, 29, 105, 2024)] == [
        "十", "二十九", "一百零五", "二千零二十四",
    ]  # fmt: skip
    texts = ["一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右。"]
    question = "八二年的政府工作报告要求，到八五年29个省区市的人口总数要压在多少以内？"
    assert "十亿六千万" in _ask(question, _national("1982"), texts).text


def test_a_share_saved_is_a_figure_and_a_share_changed_is_not() -> None:
    assert [f.text for f in figures("水泥生产的窑外分解法可以节约能源三分之一以上")] == ["三分之一"]
    assert not figures("就可使钢材周转数量减少三分之一左右")


def test_the_reports_own_year_told_earlier_in_the_sentence_holds() -> None:
    texts = [
        "根据１９５５年第一届全国人民代表大会第二次会议关于降低文化娱乐税税率的提案，"
        "国家已经在本年修订公布了文化娱乐税条例，并且规定对戏曲、话剧、歌剧、舞蹈、音乐、曲艺、"
        "杂技等７个项目，包括游艺场，免税两年，以便促进文化艺术事业的发展。"
    ]
    question = "五六年国家给戏曲、话剧等文艺项目免文化娱乐税，免几年？"
    assert "免税两年" in _ask(question, _national("1956"), texts).text


def test_saving_or_cheapening_asked_is_a_change_in_any_unit_and_a_fee_is_money() -> None:
    assert asked_unit("行政费、事业费和管理费等开支比上年预算执行数节约多少？") == ""
    assert asked_unit("手机上网的流量费当年要便宜多少？") == ""
    assert asked_unit("全年发放了多少生活费？") == "元"
    assert asked_unit("全年消费了多少？") == ""


def test_a_growth_rate_is_asked_as_the_reports_tell_it() -> None:
    texts = ["2004年，财政收入2.63万亿元，增长21.4%；社会消费品零售总额5.4万亿元，增长13.3%。"]
    question = "2004年全国财政收入增长率和社会消费品零售总额增长率各是多少？哪个更高？"
    answer = _ask(question, _national("2005"), texts).text
    assert "21.4%" in answer and "13.3%" in answer


def test_a_verb_taking_le_is_no_name_to_find() -> None:
    names = [g.label for g in key_terms("惠及了多少学生？", [], ()) if g.name]
    assert "惠及" not in names


def test_an_aside_naming_the_report_and_a_plan_word_are_no_topic() -> None:
    labels = [g.label for g in key_terms("全国一共造林多大面积？（按2011年政府工作报告）", [], ())]
    assert "按" not in labels
    labels = [g.label for g in key_terms("2005年国家计划发行的长期建设债券规模定为多少？", [], ())]
    assert "国家计划" not in labels and "定为" not in labels
    labels = [
        g.label for g in key_terms("按1957年政府工作报告的计划，工业总产值要达到多少？", [], ())
    ]
    assert "按" not in labels


def test_items_listing_their_own_parts_are_split_at_he() -> None:
    texts = [
        "中央财政全年用于社会保障的资金达1465亿元，增长18.1%。",
        "各级政府加大对科技、教育、文化、卫生、体育事业的支持，中央财政用于这些方面的支出987亿元。",
    ]
    question = "中央财政用于社会保障的资金和用于科技、教育、文化、卫生、体育的支出各多少？"
    answer = _ask(question, _national("2005"), texts).text
    assert "1465亿元" in answer and "987亿元" in answer


def test_a_figure_ruled_out_leaves_its_unit_free() -> None:
    # "不是全部赤字9000亿元": 9000亿元 is ruled out, not every figure in 亿元.
    assert "亿元" not in unwanted_terms("不是全部赤字9000亿元")
    texts = ["今年拟安排财政赤字9000亿元，其中中央财政赤字7000亿元，继续代地方发债2000亿元。"]
    question = "2011年拟安排的财政赤字中，只算中央财政赤字（不是全部赤字9000亿元）是多少？"
    assert "7000亿元" in _ask(question, _national("2011"), texts).text


def test_a_local_governments_figure_is_its_own_kind() -> None:
    texts = [
        "今年拟安排财政赤字1.62万亿元，比去年增加2700亿元。",
        "其中中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字5000亿元，增加1000亿元。",
    ]
    assert "5000亿元" in _ask("2015年预算安排的地方财政赤字是多少？", _national("2015"), texts).text


def test_a_change_asked_goes_on_to_the_rate_told_after_the_amount() -> None:
    texts = [
        "1979年社会商品零售总额1，753亿元，比上年增加225亿元，增长14.7％，这是多年来增加最快的一年。"
    ]
    answer = _ask("1979年社会商品零售总额比上年增长多少？", _national("1980"), texts).text
    assert "14.7％" in answer


def test_a_closed_bracket_before_a_figure_is_an_aside() -> None:
    texts = [
        "中央预算收入（扣除地方上解的部分）为２３，６８８，９４４，０００元，占国家预算的７７．０６％；"
        "地方预算收入（扣除中央补助的部分）为７，０５３，８２６，０００元，占国家预算的２２．９４％。"
    ]
    answer = _ask("1956年国家预算中，中央预算收入是多少？", _national("1956"), texts).text
    assert "２３，６８８，９４４，０００元" in answer


def test_a_share_of_the_plan_met_is_a_result() -> None:
    texts = [
        "本年各类收入的情况如下：（一）各项税收共收到１２，７４５，３９０，０００元，完成预算数的９２．４９％；"
        "其中农业税收到３，０５４，３０８，０００元，完成预算数的１０９．０８％。"
    ]
    answer = _ask("1955年国家决算中农业税实际收到多少？", _national("1956"), texts).text
    assert "３，０５４，３０８，０００元" in answer


def test_a_plan_asked_by_its_word_is_a_target() -> None:
    assert tense_of("2005年中央财政用于三农的支出总额计划是多少？") == "target"
    assert tense_of("1998年到2002年，一共发行了多少长期建设国债？") == "actual"


def test_which_grew_faster_is_no_ask_of_its_own() -> None:
    labels = [g.label for g in key_terms("收购总额和零售总额各增长多少？哪个增得快？", [], ())]
    assert "增得" not in labels


def test_a_figure_in_the_asked_unit_after_a_question_word_lifts_its_passage() -> None:
    chunks = [SimpleNamespace(text="机械工业，拖拉机9.75万台，汽车16万辆。"),
              SimpleNamespace(text="计划生产要按计划安排，生产计划要落实。")]  # fmt: skip
    snapshot = SimpleNamespace(chunks=chunks, vocabulary={"汽车": 1, "计划": 1, "生产": 1})
    search = HybridSearch.__new__(HybridSearch)
    search.weights = Weights()
    fused = np.array([0.7, 0.9])
    search._measure_bonus(snapshot, "1981年计划生产汽车多少辆？", fused, 50)  # type: ignore[arg-type]
    assert fused[0] > fused[1]
    fused = np.array([0.7, 0.9])
    search._measure_bonus(snapshot, "1981年计划生产汽车多少人？", fused, 50)  # type: ignore[arg-type]
    assert list(fused) == [0.7, 0.9]  # people are counted everywhere: no sign of the place


def test_a_comparison_written_with_tong_xiangbi_is_a_comparison() -> None:
    texts = [
        "１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％。"
    ]
    question = "1987年政府工作报告里，1986年国民生产总值比1985年增长了百分之几？"
    assert _ask(question, _national("1987"), texts).abstained


def test_how_much_each_grew_goes_on_from_the_level_reached_to_the_rate() -> None:
    texts = [
        "１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算"
        "增长１０２％；国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％；"
        "国家财政收入由１１２１亿元增加到２２２０亿元，增长９８％；部门、地方、企业拥有的预算外资金"
        "由的３４７亿元增加到１６７０亿元，增长３８１％；全国城乡居民平均消费水平由１７５元增加到"
        "４５０元，扣除物价上升因素增长８６．９％。"
    ]
    question = "1987年报告里，1978到1986年国家财政收入和预算外资金各增长了多少？哪个涨得快？"
    answer = _ask(question, _national("1987"), texts).text
    assert "９８％" in answer and "３８１％" in answer


def test_which_province_is_answered_by_the_sentence_naming_one() -> None:
    texts = [
        "推进农村税费制度改革，取消乡统筹、村提留和其他面向农民征收的一切行政性收费。"
        "这是保障农民合法权益，减轻农民负担的治本之策。要在总结安徽省试点经验的基础上，"
        "加快改革步伐。同税费改革相结合，精简乡镇机构，裁减人员，减少村组干部补贴人数。",
        "农村税费改革试点经验表明，推进改革要积极稳妥。",
    ]
    question = "2001年报告讲推进农村税费改革，要总结哪个省的试点经验？"
    assert "安徽省" in _ask(question, _national("2001"), texts).text


def test_an_exact_figure_asked_is_not_answered_by_a_bound_before_it() -> None:
    texts = ["根据今年七月一日的普查，我国人口已经超过十亿。"]
    question = "1982年7月1日人口普查，全国总人口具体是多少人？"
    assert _ask(question, _national("1982"), texts).abstained


def test_a_bound_answers_a_total_but_not_a_precise_figure() -> None:
    texts = ["出境旅游超过1.2亿人次。"]
    assert "1.2亿人次" in _ask("中国人出境旅游一共走了多少人次？", _national("2017"), texts).text
    assert _ask("中国人出境旅游具体是多少人次？", _national("2017"), texts).abstained


def test_a_things_name_may_be_told_in_the_sentence_before() -> None:
    texts = [
        "四要实施“走出去”战略。鼓励有比较优势的企业到境外投资，开展加工贸易，发展国际工程承包，"
        "扩大劳务出口等。",
        "要继续扩大对外开放，鼓励企业积极参与国际竞争。",
    ]
    question = "2001年报告鼓励有本事的企业到国外投资、承包工程，这个战略叫什么？"
    assert "走出去" in _ask(question, _national("2001"), texts).text
