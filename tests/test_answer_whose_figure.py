"""Whose figure it is: a thing counted in a clause before the figure's, a group's figure for one
of its members, a part of a kind named before 中, things that became another, a plan said with
将, a change against the count after it; and the words that name nothing to find (a short name
in brackets, the kind of place asked, things pointed at by their number)."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_reading import _ask, _national, _town

from retrieval.questions import key_terms, thesaurus_groups
from retrieval.settings import CORPUS_DIR

THESAURUS = thesaurus_groups(CORPUS_DIR / "thesaurus.txt")


def _words(question: str) -> set[str]:
    return {v for g in key_terms(question, [], THESAURUS) for v in g.variants}


def test_a_short_name_in_brackets_and_the_kind_of_place_asked_are_no_words_to_find() -> None:
    words = _words("99年的报告里提到要办好的那届世界园艺博览会（世园会）在哪个城市举行？")
    assert "世界园艺博览会" in words
    assert not {"世园", "世园会", "城市"} & words
    texts = ["办好“中国’99昆明世界园艺博览会”。", "加强对重点城市、区域、流域的污染治理。"]
    answer = _ask("99年的报告里提到要办好的世界园艺博览会（世园会）在哪个城市举行？", "1999", texts)
    assert "昆明" in answer.text


def test_things_pointed_at_by_their_number_and_a_change_said_as_more_are_read_as_written() -> None:
    assert "两条" not in _words("1955年报告里，那两条进藏公路加起来有多长？")
    words = _words("按一五计划，食糖到1957年要比1952年多出多少？")
    assert "增长" in words
    assert "多出" not in words
    texts = ["去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款。"]
    answer = _ask("99年的报告里讲，上一年国家额外多发了多少国债？", "1999", texts)
    assert "1000亿元" in answer.text


def test_a_thing_counted_in_a_clause_before_is_not_the_next_clauses_figure() -> None:
    texts = [
        "完成公益林补贴发放453户30.54万元、新一轮退耕还林补贴发放65户12.3万元，"
        "办理采伐证116份，完成造林100.8亩。",
        "组织镇级防汛应急综合演练2次，村级演练开展有山洪灾害易发处18次，参演人数共计706人次。",
        "开展重大隐患“回头看”行动，对2024年上报的44项重大安全隐患进行复查，整改完成率达93%。",
    ]
    answer = _town("县溪镇新一轮退耕还林补贴涉及的面积是多少亩？", texts)
    assert "100.8亩" not in answer.text
    assert answer.abstained
    # A measure of the same thing (人数, a rate) goes on with it.
    assert "706人次" in _town("县溪镇防汛演练一共有多少人次参加？", texts).text
    assert "93%" in _town("县溪镇对上报的重大安全隐患进行复查，整改完成率是多少？", texts).text


def test_a_change_asked_is_told_by_a_change_not_by_a_count_after_it() -> None:
    texts = [
        "一九八三年，全国工业总产值增长１０．５％，农业总产值增长９．５％，工农业总产值以及粮食、"
        "棉花、原煤等三十多种主要产品产量，提前两年达到或超过第六个五年计划规定的一九八五年指标。"
    ]
    answer = _ask("1984年报告说，1983年全国工农业总产值实际增长了多少？", "1984", texts)
    assert "９．５％" not in answer.text
    assert answer.abstained
    assert (
        "１０．５％" in _ask("1984年报告说，1983年全国工业总产值增长了多少？", "1984", texts).text
    )


def test_a_counted_groups_figure_is_none_of_its_members() -> None:
    texts = [
        "据统计，内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值比一九五七年增长百分之"
        "八十八，粮食产量也增长了百分之八十三。"
    ]
    answer = _ask("1959年报告说广西僮族自治区1958年工业总产值比1957年增长了多少？", "1959", texts)
    assert "百分之八十八" not in answer.text
    # The group itself asked.
    question = "1959年报告说内蒙古、新疆、广西、宁夏四个自治区1958年工业总产值比1957年增长了多少？"
    assert "百分之八十八" in _ask(question, "1959", texts).text


def test_a_part_named_after_zhong_is_not_answered_by_the_whole() -> None:
    texts = ["五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里。"]
    answer = _ask("2011年报告里，五年建成的铁路新线中高速铁路有多少公里？", "2011", texts)
    assert "1.6万公里" not in answer.text
    assert answer.abstained
    answer = _ask("2011年报告里，五年新增公路中高速公路有多少公里？", "2011", texts)
    assert "3.3万公里" in answer.text


def test_things_that_became_another_are_not_all_there_were() -> None:
    texts = ["全国共有１８万户私营商店转为公私合营商店和合作商店。"]
    answer = _ask("1956年报告中，1955年全国私营商店总共有多少户？", "1956", texts)
    assert "１８万户" not in answer.text
    assert answer.abstained
    answer = _ask("1956年报告中，1955年全国有多少户私营商店转为公私合营商店？", "1956", texts)
    assert "１８万户" in answer.text


def test_what_will_be_is_not_a_year_over_by_the_report() -> None:
    texts = [
        "在１９５５年，国营机械化农场由１９５４年的９７个增加到１０６个，这些农场的耕地面积增加到"
        "４０４万亩。",
        "其他农副产品的产量，也都将比１９５５年有所增长。国营机械化农场将增加到１５２个，耕地面积"
        "达到７５８万亩。",
    ]
    answer = _ask("据1956年政府工作报告，1955年全国国营机械化农场增加到多少个？", "1956", texts)
    assert "１０６个" in answer.text
    assert "１５２个" not in answer.text


def test_a_sentence_of_no_tense_goes_on_with_the_plan_before_it() -> None:
    texts = [
        "今年要继续采取有效措施，确保农业再有一个好收成。粮食总产量稳定在4 9 2 5 0 万吨，"
        "棉花总产量稳定在4 0 0 万吨。"
    ]
    answer = _ask("1998年政府工作报告里，1997年全国棉花产量是实际多少万吨？", "1998", texts)
    assert "4 0 0 万吨" not in answer.text
    assert answer.abstained


def test_a_crop_is_not_answered_by_another_crops_price() -> None:
    texts = ["继续实施粮食最低收购价政策，今年小麦最低收购价每50公斤提高5到7元。"]
    answer = _ask("2011年棉花的最低收购价每50公斤提高多少元？", "2011", texts)
    assert "5到7元" not in answer.text
    assert "5到7元" in _ask("2011年小麦的最低收购价每50公斤提高多少元？", "2011", texts).text


def test_a_rank_naming_an_item_listed_with_others_is_no_sum() -> None:
    texts = ["体育健儿要努力拼搏，争取在第１２届亚运会和其他国际比赛中取得好成绩。"]
    answer = _ask("1994年政府工作报告要求体育健儿争取在第几届亚运会上取得好成绩？", "1994", texts)
    assert "第１２届" in answer.text


def test_a_body_named_by_what_it_is_answers_what_it_is_called() -> None:
    texts = [
        "各级干部都要努力学习市场经济知识。国务院决定成立国家行政学院，加强对高、中级公务人员的培训。"
    ]
    question = "1994年报告中，国务院决定成立的、用来加强对高、中级公务人员培训的机构叫什么？"
    assert "国家行政学院" in _ask(question, "1994", texts).text


def test_a_clause_after_a_semicolon_names_what_the_first_clause_counted_wrongly() -> None:
    texts = [
        "经过多方测算，“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，"
        "比“六五”期间增加百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。"
    ]
    question = "1986年报告中，“七五”计划草案规定五年内全民所有制单位的更新改造投资是多少？"
    answer = ask_reports(question, _national("1986", texts))
    assert "二千七百六十亿元" in answer.text
    assert "五千亿元" not in answer.text
