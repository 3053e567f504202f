"""Whose figure a clause tells: a head counted later in a clause of its own, a clause opening on
another year, a change's thing, a figure or a share the question gives, a list item that only
leads in, a sub-group set before, a total told later, a level for a change, a capacity for an
output, and the words that name the report or the plan rather than the thing."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_reading import _ask, _national, _town

from retrieval.places import read_query
from retrieval.questions import analyse, key_terms, thesaurus_groups
from retrieval.settings import CORPUS_DIR

THESAURUS = thesaurus_groups(CORPUS_DIR / "thesaurus.txt")


def _labels(question: str) -> dict[str, bool]:
    """Each term's first variant, and whether it only sets the scene."""
    return {g.variants[0]: g.setting for g in key_terms(question, [], THESAURUS)}


def test_a_head_counted_later_in_a_clause_of_its_own_is_not_the_figures() -> None:
    texts = [
        "全镇推广大豆玉米复合种植194.1亩、审核办理林木采伐许可证29户,完成3个村油菜造林。",
        "全年新修村道3.2公里。",
    ]
    answer = _town("县溪镇油菜扩种了多少亩？", texts)
    assert answer.abstained
    assert "194.1亩" not in answer.text


def test_a_head_named_in_the_figures_own_clause_or_the_sentence_before_still_counts() -> None:
    texts = [
        "千亩杨梅种植基地新建6间冷库、1300立方冷冻室、1000立方冷藏室,推进杨梅产业深加工。",
        "完成了耕地地力补贴摸底核实与发放工作。全镇共完成3986户9349.05亩的核实上报，"
        "发放补贴共计106.57917万元。",
    ]
    answer = _town("县溪镇千亩杨梅种植基地新建了几间冷库？", texts)
    assert "6间" in answer.text
    answer = _town("县溪镇耕地地力补贴核实了多少户？", texts)
    assert "3986户" in answer.text


def test_a_clause_opening_on_another_year_does_not_tell_the_year_asked() -> None:
    texts = [
        "1956年的工业总产值达到了五百八十六亿元，超过了五年计划所要求的1957年的指标。",
        "全国粮食产量达到三千六百五十亿斤。",
    ]
    answer = _ask("1957年政府工作报告里，1957年全国工业总产值的计划数是多少？", "1957", texts)
    assert "五百八十六亿元" not in answer.text
    texts.append("1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。")
    answer = _ask("1957年政府工作报告里，1957年全国工业总产值的计划数是多少？", "1957", texts)
    assert "六百零三亿元" in answer.text


def test_a_change_counts_the_thing_named_before_it() -> None:
    question = "2001年报告说，“九五”时期国内生产总值实际平均每年增长多少？"
    (ask,) = analyse(question, read_query(question, []), [], THESAURUS)
    assert {g.variants[0] for g in ask.groups if g.head} == {"国内生产总值", "增长"}
    texts = [
        "在经济持续增长和效益改善的基础上，2000年国家财政收入达13380亿元，平均每年增长16.5％。",
        "“九五”时期，国内生产总值平均每年增长8.3％。",
    ]
    answer = _ask(question, "2001", texts)
    assert "8.3％" in answer.text
    assert "16.5％" not in answer.text


def test_a_figure_inside_one_the_question_gives_is_not_given() -> None:
    texts = ["开展宗教场所安全巡查2轮，摸排32处场所，整改安全隐患2处，确保宗教领域和谐稳定。"]
    answer = _town("县溪镇摸排的那32处宗教场所里，整改了几处安全隐患？", texts)
    assert "2处" in answer.text.replace("32处", "")


def test_a_list_item_that_only_leads_in_goes_on_to_its_next_clause() -> None:
    texts = [
        "１９８５年价格改革的主要内容是：\n\n　　一、合理调整农村粮食购销价格，实行合同定购；\n\n"
        "　　二、适当提高铁路短途运价，以利于调整运输结构；\n\n"
        "　　三、对原材料、燃料等重要生产资料，计划分配部分的价格基本不动，自销的部分实行市场"
        "调节。",
    ]
    answer = _ask("1985年报告说，当年价格改革的主要内容有哪几项？", "1985", texts)
    assert "计划分配部分的价格基本不动" in answer.text


def test_where_in_the_report_and_the_plans_verb_are_no_terms() -> None:
    labels = _labels("1957年全国工业总产值，要1957年政府工作报告里定的计划数，是多少？")
    assert "里定" not in labels
    assert "定" not in labels
    assert "原定" in _labels("第一个五年计划原定计划的基本建设投资是多少？")


def test_a_plan_ruled_out_sets_the_time_of_every_figure_after_it() -> None:
    texts = [
        "《纲要》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少"
        "10%等目标。",
        "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；单位国内生产总值能耗降低4%左右。",
    ]
    answer = _ask(
        "2006年政府工作报告提出的单位国内生产总值能耗降低目标是多少？我问的是2006年当年的预期目标，"
        "不是“十一五”五年的目标。",
        "2006",
        texts,
    )
    assert "4%左右" in answer.text
    assert "20%" not in answer.text


def test_a_first_clause_is_the_thing_when_the_ask_after_it_names_none() -> None:
    labels = _labels("2023年领养老金的老人每年要证明自己还健在，这一年办了多少人？")
    assert labels["养老金"] is False
    labels = _labels("1954年长江、淮河发大水，当年的粮食产量是多少？")
    assert labels["长江"] is True


def test_a_clause_opening_on_the_year_asked_tells_it() -> None:
    reports = {**_national("2001", ["2000年底城镇登记失业率为3.1％，比上年下降0.1个百分点。"])}
    answer = ask_reports("2001年报告里，2000年底城镇登记失业率是多少？", reports)
    assert "3.1％" in answer.text


def test_a_later_clause_saying_what_the_figure_is_for_or_going_on_with_it_is_its_own() -> None:
    answer = _ask(
        "2019年报告说要从失业保险基金里拿出多少钱搞职工培训？",
        "2019",
        ["从失业保险基金结余中拿出1000亿元，用于1500万人次以上的职工技能提升和转岗转业培训。"],
    )
    assert "1000亿元" in answer.text
    answer = _ask(
        "1957年全国棉花亩产达到纲要要求的县、市有多少个？",
        "1958",
        ["已经有五十六个县、市，分别达到了每亩生产棉花（皮棉）六十斤、八十斤、一百斤的要求。"],
    )
    assert "五十六个" in answer.text


def test_a_sub_group_set_by_the_sentence_or_clause_before_is_whose_the_figures_are() -> None:
    texts = [
        "全国少数民族的学生数目增长得很快。一九五八年上半年小学生有三百一十九万人，中等学校学生"
        "三十一万人，高等学校学生一万六千人。在全国的三千六百万的少数民族人口中，学生总数达到三百五十"
        "一万人。",
    ]
    answer = _ask("1959年政府工作报告里讲，58年全国念大学的学生一共有多少？", "1959", texts)
    assert "一万六千人" not in answer.text
    assert "三百五十一万人" not in answer.text
    # A guard: the sub-group asked is answered by its own figure.
    answer = _ask("1959年报告说，1958年上半年少数民族的高等学校学生有多少？", "1959", texts)
    assert "一万六千人" in answer.text


def test_children_counted_whose_family_is_said_between_are_no_money_asked() -> None:
    texts = [
        "中央和地方财政安排专项资金70多亿元，对592个重点贫困县1700万名贫困家庭学生免除学杂费、"
        "免费提供教科书和补助寄宿生生活费。",
    ]
    answer = _ask("2005年，国家让重点贫困县里多少贫困家庭的孩子上学不用交钱？", "2006", texts)
    assert "1700万名" in answer.text


def test_rural_people_in_everyday_words_are_the_reports_farmers() -> None:
    texts = [
        "一九八三年，职工家庭按人口平均的生活费收入达到５２６元，比上年增长６．４％；"
        "农民按人口平均的纯收入达到３０９．８元，比上年增长１４．７％。",
    ]
    answer = _ask("八四年那份报告里讲，八三年农村老百姓平均每人一年能到手多少钱？", "1984", texts)
    assert "３０９．８元" in answer.text
    assert "５２６元" not in answer.text


def test_a_share_the_question_gives_is_no_share_asked() -> None:
    texts = ["钢铁增长百分之一百一十，水泥增长百分之六十一，木材增长百分之一百一十一。"]
    answer = _ask(
        "1955年报告说1954年木材产量比1952年增长百分之一百一十一，那1954年全国木材产量是多少万"
        "立方公尺？",
        "1955",
        texts,
    )
    assert answer.abstained
    texts = ["木材产量达到二千零四十万立方公尺。"]
    answer = _ask("1955年报告说1954年全国木材产量是多少立方米？", "1955", texts)
    assert "二千零四十万立方公尺" in answer.text


def test_what_was_built_for_a_crop_is_no_output_of_it() -> None:
    texts = ["龙岩村投入12万元,引入烘干设备2套、改建加工车间及储存室2间,对山银花加工进行提质升级。"]
    answer = _town("县溪镇龙岩村山银花产量是多少？", texts)
    assert answer.abstained


def test_a_total_asked_is_the_total_the_sentence_goes_on_to_tell() -> None:
    texts = [
        "电力工业部有一百零一个建设项目，地方有十八个建设项目，共计一百一十九个。",
    ]
    answer = _ask(
        "1958年政府工作报告里，全国电力工业（电力工业部加上地方）一共有多少个建设项目？",
        "1958",
        texts,
    )
    assert "一百一十九个" in answer.text


def test_power_and_leading_are_no_rates() -> None:
    answer = _ask(
        "1957年报告提到苏联帮助我国建设的重水型原子反应堆，功率是多少？",
        "1957",
        [
            "苏联帮助我国建设的功率为7,000瓩的重水型原子反应堆和能产生二千五百万电子伏特的回旋加速器。"
        ],
    )
    assert "7,000瓩" in answer.text


def test_a_level_does_not_answer_a_change_asked_against_a_base() -> None:
    texts = ["年末国家外汇储备达到8189亿美元。"]
    answer = _ask("2006年报告说，2005年末国家外汇储备比上年末增加了多少亿美元？", "2006", texts)
    assert answer.abstained
    texts = ["年末国家外汇储备达到8189亿美元，比上年末增加2089亿美元。"]
    answer = _ask("2006年报告说，2005年末国家外汇储备比上年末增加了多少亿美元？", "2006", texts)
    assert "2089亿美元" in answer.text


def test_a_clause_naming_the_thing_asked_is_no_kind_of_the_clause_before() -> None:
    texts = ["中央和地方财政安排抉贫资金162亿元，农村贫困人口比上年减少245万人。"]
    answer = _ask("2006年政府工作报告说，2005年全国农村贫困人口比上年减少了多少？", "2006", texts)
    assert "245万人" in answer.text


def test_a_capacity_to_make_a_thing_is_no_output_of_it() -> None:
    texts = [
        "这些项目，在今年内可以建设完工的有三十一个，新增加的生产能力有：棉纱三十八万七千件，"
        "棉布一亿一千万公尺，机制纸二十万四千吨。",
    ]
    answer = _ask("1958年计划棉布产量是多少公尺？", "1958", texts)
    assert answer.abstained
    answer = _ask("1958年新增加的棉布生产能力是多少公尺？", "1958", texts)
    assert "一亿一千万公尺" in answer.text


def test_party_members_and_activists_are_kinds_of_their_own() -> None:
    texts = ["严把党员发展入口关，上半年我镇发展入党积极分子19人，预备党员11人。"]
    answer = _town("县溪镇2021年新转正的正式党员有多少名？", texts)
    assert answer.abstained
    answer = _town("县溪镇上半年发展了多少名预备党员？", texts)
    assert "11人" in answer.text
