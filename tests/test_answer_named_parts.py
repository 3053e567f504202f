"""Who and what a question names: a later part's own head, a list counted before its thing, a
rough count the asker already knows, a place whose figure is asked, a place a meeting was held."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_evidence import _passage, national_report
from test_answer_reading import _ask, _national

from retrieval.evidence import Window
from retrieval.places import read_query
from retrieval.questions import analyse, key_terms, thesaurus_groups
from retrieval.settings import CORPUS_DIR
from retrieval.years import span_to_report

THESAURUS = thesaurus_groups(CORPUS_DIR / "thesaurus.txt")


def _labels(question: str) -> set[str]:
    return {g.variants[0] for g in key_terms(question, [], THESAURUS)}


def test_a_later_part_with_a_head_of_its_own_does_not_borrow_the_first_ones() -> None:
    question = "1955年地方财政共收入多少？共支出又是多少？"
    asks = analyse(question, read_query(question, []), [], THESAURUS)
    assert len(asks) == 2
    second = {g.variants[0] for g in asks[1].groups}
    assert {"地方", "财政", "支出"} <= second
    assert "收入" not in second
    texts = [
        "如果把属于地方财政的部分抽出来看，那末，１９５５年地方财政共收入７，４４３，４９１，０００元，"
        "占预算数的１０２．７４％；共支出６，４３２，４５３，０００元，占预算数的９４．３５％。"
    ]
    reports = {
        **_national("1955", ["一九五五年国家预算收入预计为二百九十七亿元。"]),
        **_national("1956", texts),
    }
    answer = ask_reports(question, reports)
    assert "７，４４３，４９１，０００元" in answer.text
    assert "６，４３２，４５３，０００元" in answer.text


def test_a_later_part_asking_only_a_change_still_borrows_the_thing() -> None:
    question = "2021年国内生产总值是多少、增长了多少？"
    asks = analyse(question, read_query(question, []), [], THESAURUS)
    assert len(asks) == 2
    assert "国内生产总值" in {g.variants[0] for g in asks[1].groups}


def test_a_list_counted_right_before_its_thing_is_the_list_asked() -> None:
    texts = [
        "全面改革经济体制，要着重解决以下问题。\n\n第一、改革计划体制，加强国家对国民经济的有效管理"
        "和指导。\n计划体制的改革，是经济体制改革的重要环节。要根据计划经济为主、市场调节为辅的原则，"
        "按照企业、产品和任务的不同，分别采取指令性计划、指导性计划和市场调节三种管理办法。加强经济"
        "预测工作，逐步建立科学的计划决策制度。\n\n第二、按照社会化大生产的要求组织生产和流通，发展"
        "统一的社会主义市场。\n要积极发展城乡之间、地区之间的商品交流。\n\n第三、改革财政体制和工资"
        "制度、劳动制度。\n要逐步理顺国家、企业和职工个人之间的分配关系。"
    ]
    answer = _ask("1983年那份报告说，改革计划体制要分别采取哪三种管理办法？", "1983", texts)
    for item in ("指令性计划", "指导性计划", "市场调节三种管理办法"):
        assert item in answer.text
    assert "组织生产和流通" not in answer.text


def test_words_framing_the_question_are_not_asked() -> None:
    labels = _labels(
        "1983年政府工作报告中的普通高等学校招生人数：不是1982年的实际数，而是计划到1987年达到多少人？"
    )
    assert "而是" not in labels and "不是" not in labels
    assert "算法" not in _labels("1957年工农业总产值有两种算法，按1957年不变价格算是多少？")


def test_a_rough_count_the_asker_knows_is_no_word_to_find() -> None:
    question = "1983年报告说，抽查的一百多个在建大中型项目，要花的钱比原概算超了多少？"
    assert not any("一百多" in label for label in _labels(question))
    texts = [
        "据对一百七十六个在建的大中型项目的检查，现在要花的投资就比原来的概算增加一百八十五亿元，"
        "其中固然有些是原概算偏低，但大量的是由于种种不合理的因素造成的。"
    ]
    answer = _ask(question, "1983", texts)
    assert not answer.abstained
    assert "一百八十五亿元" in answer.text


def test_a_body_named_for_its_place_must_be_named_where_its_figure_is() -> None:
    question = "据1983年政府工作报告，1982年深圳经济特区的出口额是多少？"
    named = [g for g in key_terms(question, [], THESAURUS) if g.name]
    assert named and "深圳" in named[0].variants
    texts = [
        "我们在深圳、珠海、汕头、厦门试办经济特区，取得了一定成绩。\n"
        "对外贸易继续发展，一九八二年出口总额达到四百一十四亿元，比上年增长百分之四。"
    ]
    assert _ask(question, "1983", texts).abstained
    texts = ["深圳经济特区发展很快，一九八二年深圳经济特区出口额达到三亿元。"]
    assert "三亿元" in _ask(question, "1983", texts).text


def test_a_place_named_in_a_meetings_setting_is_not_required() -> None:
    question = "2009年政府工作报告说，汶川特大地震中从废墟里抢救出了多少生还者？"
    texts = [
        "一年来，我们夺取了抗击汶川特大地震的重大胜利。\n"
        "我们坚持把抢救人的生命放在第一位，从废墟中抢救生还者8.4万人。"
    ]
    assert "8.4万人" in _ask(question, "2009", texts).text


def test_where_a_meeting_was_held_answers_where() -> None:
    texts = [
        "不结盟运动创始以来，对维护世界和平发挥着日益重要的作用。最近在新德里召开的第七次不结盟"
        "国家和政府首脑会议，对解决当前世界上面临的重大问题提出了许多积极建议。"
    ]
    question = "1983年政府工作报告提到的第七次不结盟国家和政府首脑会议在哪里召开？"
    answer = _ask(question, "1983", texts)
    assert "新德里" in answer.text


def test_economic_ties_are_asked_as_dealings() -> None:
    texts = [
        "四年来，同我国建交和半建交的国家，已经由二十个增加到三十三个；同我国建立经济关系的国家和"
        "地区，已经有九十三个；建立文化联系和进行友好往来的国家和地区，已经有一百零四个。"
    ]
    answer = _ask("到1959年作报告时，跟我国有经济往来的国家和地区一共多少个？", "1959", texts)
    assert "九十三个" in answer.text
    assert "一百零四个" not in answer.text


def test_a_span_to_the_report_names_its_count_of_years() -> None:
    meta, _ = national_report("2003", [])["n"]
    years = {"1998", "1999", "2000", "2001", "2002"}
    for text, told in (
        ("五年累计实际利用外商直接投资2261亿美元。", True),
        ("这一年实际利用外商直接投资527亿美元。", False),
    ):
        window = Window(_passage(meta, 0, text), 0, len(text) - 1, 1.0, 1.0, [], (0, len(text)))
        assert span_to_report(window, years) is told
