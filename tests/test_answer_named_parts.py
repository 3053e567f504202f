"""Who and what a question names: a later part's own head, a list counted before its thing, a
rough count the asker already knows, a place whose figure is asked, a place a meeting was held."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_evidence import _passage, national_report
from test_answer_reading import _ask, _national, _town

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


def test_a_target_set_for_the_year_is_not_its_output() -> None:
    reports = {
        **_national(
            "1958",
            [
                "一九五八年计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标，"
                "以及农副业的其他各项指标，都是很积极的。"
            ],
        ),
        **_national("1959", ["一九五八年钢产量达到一千一百零八万吨。"]),
    }
    assert ask_reports("1958年全国棉花总产量是多少担？", reports).abstained
    answer = ask_reports("1958年计划的棉花产量指标是多少担？", reports)
    assert "三千五百万担" in answer.text


def test_a_year_named_as_a_thing_of_the_past_is_not_the_figures_year() -> None:
    texts = [
        "在经济领域，过去一年里取得的最重要的成绩，就是把１９８４年末至１９８５年一度出现的经济过热"
        "现象初步调整过来。全国社会总产值达到１８７７４亿元，比上年增长９．１％；其中工农业总产值"
        "１５１０４亿元，比上年增长９．３％。"
    ]
    assert _ask("1987年报告中，1985年全国社会总产值是多少亿元？", "1987", texts).abstained
    answer = _ask("1987年报告中，1986年全国社会总产值是多少亿元？", "1987", texts)
    assert "１８７７４亿元" in answer.text


def test_a_balance_asked_is_not_what_was_added() -> None:
    texts = ["金融形势基本稳定，居民储蓄存款新增６３００多亿元。"]
    assert _ask(
        "1995年政府工作报告说，1994年末全国居民储蓄存款余额是多少？", "1995", texts
    ).abstained
    answer = _ask("1995年政府工作报告说，1994年全国居民储蓄存款新增多少？", "1995", texts)
    assert "６３００多亿元" in answer.text


def test_the_base_of_a_comparison_is_no_year_asked() -> None:
    question = "六四年周总理那份报告里讲，跟五七年比，全国乡下用的电多了多少倍？"
    asks = analyse(question, read_query(question, []), [], THESAURUS)
    assert all("1964" in a.years for a in asks)
    texts = [
        "一九六四年，全国拥有的农业用拖拉机台数比一九五七年增长四倍，排灌设备的马力增长十二倍，"
        "农村用电量增长二十二倍，国家供应的化学肥料增长两倍以上。"
    ]
    assert "二十二倍" in _ask(question, "1964", texts).text


def test_grain_held_per_head_is_no_share() -> None:
    texts = ["近几年农业生产连续大幅度增长，去年全国平均每人占有粮食近八百斤，棉花十多斤。"]
    answer = _ask("85年报告讲，84年全国老百姓一人能摊到多少粮食？", "1985", texts)
    assert "近八百斤" in answer.text


def test_how_a_change_is_reckoned_names_no_thing_of_its_own() -> None:
    texts = [
        "１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长"
        "１０２％；国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％。"
    ]
    question = "1987年政府工作报告中，1986年全国国民生产总值是多少？按可比价格比1978年增长了多少？"
    answer = _ask(question, "1987", texts)
    assert "９３８０亿元" in answer.text
    assert "１０２％" in answer.text
    assert "９４．９％" not in answer.text


def test_a_comparisons_base_year_does_not_keep_two_things_together() -> None:
    texts = [
        "一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。\n"
        "计划草案拟定，工业总产值比一九六四年增长百分之十一左右。"
    ]
    question = (
        "1964年政府工作报告中，1965年计划草案拟定的农业总产值和工业总产值比1964年各增长多少？"
    )
    answer = _ask(question, "1964", texts)
    assert "百分之五左右" in answer.text
    assert "百分之十一左右" in answer.text


_TEN_YEARS = [
    "工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，钢增长一点二"
    "倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍，化肥增长三点三倍，拖拉机增长五点二"
    "倍，棉纱增长百分之八十五，化学纤维增长三点三倍。"
]


def test_a_product_counted_later_in_the_sentence_is_not_the_totals() -> None:
    answer = _ask("按1975年政府工作报告，化肥产量1974年比1964年增长了多少？", "1975", _TEN_YEARS)
    assert "化肥增长三点三倍" in answer.text
    assert "一点九倍" not in answer.text


def test_a_year_after_the_last_item_is_every_items_time() -> None:
    question = "1975年政府工作报告里，石油和拖拉机1974年比1964年各增长多少？哪个增长得多？"
    answer = _ask(question, "1975", _TEN_YEARS)
    assert "六点五倍" in answer.text
    assert "五点二倍" in answer.text


def test_a_field_named_for_its_place_is_named_where_its_output_is() -> None:
    question = "1979年报告中，大庆油田1978年原油产量是多少万吨？"
    named = [g for g in key_terms(question, [], THESAURUS) if g.name]
    assert named and "大庆" in named[0].variants
    texts = ["十二年来，原油由八千七百万吨增加到一亿零四百万吨。"]
    assert _ask(question, "1979", texts).abstained


def test_a_later_part_whose_head_is_no_other_kind_keeps_the_first_ones_thing() -> None:
    texts = [
        "通过班子会、党员大会、全体干部大会等全镇累计开展集中学习36次，参与学习的党员干部达480人次。"
        "选派4名执法人员参加上级培训。"
    ]
    answer = _town("县溪镇组织干部集中学了多少回？有多少人次参加？", texts)
    assert "36次" in answer.text
    assert "480人次" in answer.text


def test_a_count_from_some_provinces_is_no_whole_countrys() -> None:
    texts = [
        "农业科学研究工作有了很大发展，社办的农业科学试验研究组织，据十二个省的不完全统计，"
        "有七千六百九十个。"
    ]
    question = "1960年报告里，全国所有省份社办的农业科学试验研究组织一共有多少个？"
    assert _ask(question, "1960", texts).abstained
    answer = _ask("1960年报告里，十二个省社办的农业科学试验研究组织有多少个？", "1960", texts)
    assert "七千六百九十个" in answer.text


def test_a_plan_starting_from_last_year_tells_last_years_result() -> None:
    texts = [
        "今年政府对农业的投资比重由去年的百分之十点七提高到百分之十四，加上用于农业的其他各项资金，"
        "总额达到一百七十四亿元。"
    ]
    question = "1979年报告中，政府对农业的投资比重，不是1979年提高后的，而是1978年的比重是多少？"
    assert "百分之十点七" in _ask(question, "1979", texts).text
