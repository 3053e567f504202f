"""A year asked (哪一年) is read from the sentence; 去年 after a span is one year; an aim that
describes the work sets no target; a report named as 七八年报告; a list counted in its sentence."""

from __future__ import annotations

from test_answer_reading import _ask

from retrieval.places import report_years


def test_a_year_asked_is_what_the_sentence_tells() -> None:
    texts = [
        "我们坚持执行周恩来总理一九六四年宣布的对外援助八项原则，在提供援助时严格尊重受援国的主权。"
    ]
    question = "七八年那份报告里，对外援助八项原则是周恩来总理哪一年宣布的？"
    answer = _ask(question, "1978", texts)
    assert "一九六四年" in answer.text
    assert not answer.abstained


def test_last_year_after_a_span_is_one_years_figure() -> None:
    texts = ["大庆原油产量在十七年间平均每年增长百分之二十八，大寨去年平均每人生产粮食两千多斤。"]
    answer = _ask("78年报告里提到大寨前一年人均打了多少粮食？", "1978", texts)
    assert "两千多斤" in answer.text


def test_an_aim_describing_the_work_sets_no_target() -> None:
    texts = ["以解决温饱问题为目标的扶贫工作步伐加快，全年农村贫困人口减少７００万。"]
    answer = _ask("97年的报告里，96年农村贫困人口少了多少？", "1997", texts)
    assert "７００万" in answer.text
    # A target set in so many words is still one.
    plan = ["今年的目标是农村贫困人口再减少８００万。"]
    answer = _ask("1997年政府工作报告中，1996年农村贫困人口实际减少了多少？", "1997", plan)
    assert "８００万" not in answer.text


def test_a_report_named_by_two_characters_of_its_year() -> None:
    assert report_years("七八年报告对学大寨定了个硬指标，到1980年要有多大比例的县") == {"1978"}
    # Two consecutive digits going on with no time's words are a few years.
    assert report_years("七八年来，报告说") == set()


def test_which_regions_a_sentence_counts_after_naming_them() -> None:
    texts = [
        "在建成全国独立的、比较完整的工业体系和国民经济体系的基础上，基本建成西南、西北、中南、"
        "华东、华北、东北六个大区的经济体系，并把内地建成强大的战略后方基地。"
    ]
    answer = _ask("1978年政府工作报告提出十年内要基本建成哪几个大区的经济体系？", "1978", texts)
    for region in ("西南", "西北", "中南", "华东", "华北", "东北"):
        assert region in answer.text


def test_a_counted_list_matching_less_well_does_not_answer_which() -> None:
    texts = [
        "过去四年中，除原有的内蒙古自治区以外，先后成立了新疆维吾尔自治区、广西僮族自治区、"
        "宁夏回族自治区。",
        "据统计，内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值比一九五七年增长百分之八十八。",
    ]
    question = (
        "1959年政府工作报告说过去四年中，除原有的内蒙古自治区以外，全国先后又成立了哪几个自治区？"
    )
    answer = _ask(question, "1959", texts)
    assert "宁夏回族自治区" in answer.text
    assert "百分之八十八" not in answer.text
