"""A measure told of another thing (水产品产量 for 油茶籽产量), a village that is one of a run
named in an earlier clause, and thesaurus words kept whole in a question (酒驾醉驾)."""

from __future__ import annotations

from test_answer_evidence import _ask

from retrieval.fit import named_villages
from retrieval.models import Answer, ReportMeta
from retrieval.places import read_query
from retrieval.questions import analyse

BAIMA = ReportMeta(
    doc_id="b", source="b.txt", title="白马乡2024年工作总结", town="白马乡", period="2024"
)
HEMING = ReportMeta(
    doc_id="h",
    source="h.txt",
    title="鹤鸣乡2025年上半年工作总结",
    town="鹤鸣乡",
    period="2025H1",
)


def _baima(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"b": (BAIMA, texts)})


def _heming(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"h": (HEMING, texts)})


FARMING = [
    "（二）农业生产稳中有进|全乡粮食播种面积2.1万亩，粮食总产量1.46万吨；新建稻渔综合种养基地"
    "两处，水产品产量310吨。",
    "全年农产品网络销售额达到1870万元，同比增长12.5%。",
]


def test_a_measure_told_of_another_thing_does_not_answer() -> None:
    answer = _baima("白马乡2024年油茶籽产量是多少吨？", FARMING)
    assert answer.abstained and "310吨" not in answer.text
    answer = _baima("白马乡2024年茶叶的网络销售额是多少？", FARMING)
    assert answer.abstained and "1870万元" not in answer.text


def test_the_measure_of_the_thing_asked_still_answers() -> None:
    answer = _baima("白马乡2024年水产品产量是多少吨？", FARMING)
    assert not answer.abstained and "310吨" in answer.text
    answer = _baima("白马乡2024年农产品网络销售额是多少？", FARMING)
    assert not answer.abstained and "1870万元" in answer.text


def test_a_village_opening_on_a_word_before_names_is_read() -> None:
    assert named_villages("鹤鸣乡下湾村2025年上半年新建了几个5G基站？") == ["下湾村"]
    assert named_villages("到村里看看下面村组的情况") == []


POWER = [
    "（三）基础设施|完成丰乐村、下湾村10千伏线路改造5.4公里，新增配电变压器6台；新建5G基站3个。",
    "下湾村投入20万元硬化通组道路1.2公里；新建产业路2条。",
]


def test_a_village_of_a_run_in_an_earlier_clause_has_no_figure_of_its_own() -> None:
    answer = _heming("鹤鸣乡下湾村2025年上半年新建了几个5G基站？", POWER)
    assert "3个" not in answer.text
    # One village alone before the ;-clause: the clauses after still speak of it.
    answer = _heming("鹤鸣乡下湾村2025年上半年新建了几条产业路？", POWER)
    assert not answer.abstained and "2条" in answer.text


def test_thesaurus_words_are_kept_whole_in_a_question() -> None:
    question = "卢峰镇2024年查处了多少起酒驾醉驾？"
    (ask,) = analyse(question, read_query(question, []), [], (("酒驾",), ("醉驾",)))
    assert {"酒驾", "醉驾"} <= {g.label for g in ask.groups}
    question = "石桥街道上半年查处的醉驾有多少起？"
    (ask,) = analyse(question, read_query(question, []), [], (("醉驾",),))
    assert "醉驾" in {g.label for g in ask.groups}


TEA = ["上半年，全乡春茶产量416吨，实现产值6240万元，同比增长9.7%。"]


def test_a_change_told_after_another_measure_is_that_measures() -> None:
    answer = _baima("白马乡2024年春茶产量同比增长了多少？", TEA)
    assert "9.7%" not in answer.text
    answer = _baima("白马乡2024年春茶产值同比增长了多少？", TEA)
    assert not answer.abstained and "9.7%" in answer.text


SANHE = ReportMeta(
    doc_id="s",
    source="s.txt",
    title="三合镇2025年上半年工作情况汇报",
    town="三合镇",
    period="2025H1",
)
TOURISM = [
    "4月成功举办第三届岩鹰山杜鹃花节，花节期间接待游客1.8万人次。",
    "上半年全镇接待游客9.6万人次，同比增长16.4%，实现旅游综合收入3820万元。",
]


def test_a_festivals_figure_is_not_the_periods() -> None:
    answer = _ask("三合镇2025年上半年接待游客多少人次？", {"s": (SANHE, TOURISM)})
    assert "9.6万人次" in answer.text and "1.8万人次" not in answer.text
    answer = _ask("三合镇杜鹃花节期间接待游客多少人次？", {"s": (SANHE, TOURISM)})
    assert "1.8万人次" in answer.text


def test_the_whole_a_figure_is_a_share_of_is_no_other_thing() -> None:
    texts = ["12345热线物业服务类诉求1192件，占工单总量的27.2%，部分物业企业服务质量不高。"]
    answer = _heming("鹤鸣乡2025年上半年12345热线物业服务类工单有多少件？", texts)
    assert not answer.abstained and "1192件" in answer.text


def test_the_field_spoken_of_is_no_term() -> None:
    question = "白马乡2024年种梨这一块一年下来产值有多少？"
    (ask,) = analyse(question, read_query(question, [BAIMA]), [BAIMA], ())
    assert not any("块" in g.label or "下来" in g.label for g in ask.groups)


def test_the_year_before_asked_beside_is_told_with_the_figure() -> None:
    texts = [
        "全乡发展农家乐15家，全年接待游客12.4万人次，上年为10.6万人次；实现旅游综合收入2630万元。"
    ]
    answer = _baima("白马乡2024年接待游客多少人次？比上年多还是少？", texts)
    assert "12.4万人次" in answer.text and "10.6万人次" in answer.text
    texts = ["上半年排查安全隐患173处，上年同期为148处，已整改165处。"]
    answer = _heming("鹤鸣乡2025年上半年排查安全隐患数量和上年同期相比各是多少？", texts)
    assert "173处" in answer.text and "148处" in answer.text
    assert "未提及" not in answer.text


def test_a_stock_asked_is_not_answered_by_what_the_half_year_added() -> None:
    texts = [
        "上半年开展防返贫集中排查2轮，新识别纳入监测对象3户9人；截至6月底，全镇累计纳入监测对象"
        "72户231人，累计消除风险51户168人。"
    ]
    answer = _heming("截至2025年6月底，鹤鸣乡累计纳入防返贫监测对象多少户？", texts)
    assert "72户" in answer.text and "3户" not in answer.text


def test_a_thing_no_character_of_which_is_told_is_not_answered() -> None:
    texts = [
        "三、下半年工作打算|二是抓城市更新。实施老旧小区改造16个、涉及居民1720户，新建加装电梯24台；"
        "建成社区食堂3个。"
    ]
    answer = _heming("鹤鸣乡2025年下半年计划新建几个城市书房？", texts)
    assert answer.abstained and "24台" not in answer.text
    answer = _heming("鹤鸣乡2025年下半年计划新建加装几台电梯？", texts)
    assert not answer.abstained and "24台" in answer.text


def test_villages_of_the_kind_asked_are_listed() -> None:
    texts = [
        "全乡辖梨园村、杏花村、桐子坪村、岩口村、凉水井村、鸭塘村、楠木冲村7个行政村，"
        "其中桐子坪村、岩口村、凉水井村、鸭塘村、楠木冲村为脱贫村。",
        "县派驻村工作队4支，分别驻岩口村、凉水井村、鸭塘村、楠木冲村，实现5个脱贫村全覆盖。",
    ]
    answer = _baima("白马乡有哪几个脱贫村？", texts)
    assert all(v in answer.text for v in ("桐子坪村", "岩口村", "凉水井村", "鸭塘村", "楠木冲村"))
    assert "梨园村" not in answer.text


def test_a_month_after_a_first_half_is_not_told_by_its_figures() -> None:
    texts = ["上半年，全镇完成固定资产投资2.26亿元，同比增长9.1%。"]
    assert _heming("鹤鸣乡2025年7月份完成固定资产投资多少？", texts).abstained
    answer = _heming("鹤鸣乡2025年上半年完成固定资产投资多少？", texts)
    assert "2.26亿元" in answer.text


def test_levels_of_government_are_no_place_names() -> None:
    question = "青石镇2024年镇村两级河长累计巡河多少人次？"
    (ask,) = analyse(question, read_query(question, []), [], ())
    assert not any(g.name for g in ask.groups)
    texts = ["设立镇、村两级河长34名，全年累计巡河1936人次。"]
    assert "1936人次" in _baima("白马乡2024年镇村两级河长累计巡河多少人次？", texts).text


def test_the_whole_year_asked_is_told_by_a_sentence_naming_it() -> None:
    texts = [
        "上半年新增城镇就业132人。",
        "三、下半年工作打算|下半年新增城镇就业128人，全年达到260人；年底前建成风雨操场。",
    ]
    answer = _heming("鹤鸣乡2025年全年新增城镇就业的目标是多少人？", texts)
    assert "260人" in answer.text and "132人" not in answer.text
    texts = ["桐木村农产品冷链物流中心于5月开工建设，全年完成投资4600万元。"]
    answer = _baima("白马乡桐木村农产品冷链物流中心2024年全年完成投资多少？", texts)
    assert "4600万元" in answer.text


SHIGU = ReportMeta(
    doc_id="g", source="g.txt", title="石鼓镇2024年工作总结", town="石鼓镇", period="2024"
)
JOBS = [
    "一、2024年工作回顾|全年新增城镇就业386人，新增农村劳动力转移就业1240人。",
    "三、2025年工作打算|新增城镇就业400人以上，开展职业技能培训1500人次以上。",
    "一、2024年工作回顾|完成固定资产投资3.42亿元，比2023年的2.97亿元增长15.2%。",
]


def test_a_result_and_next_years_target_side_by_side_are_both_told() -> None:
    answer = _ask("石鼓镇新增城镇就业，2024年实际完成和2025年目标各是多少？", {"g": (SHIGU, JOBS)})
    assert "386人" in answer.text and "400人" in answer.text
    answer = _ask("石鼓镇2024年实际接待游客和2025年的游客目标各是多少？", {"g": (SHIGU, JOBS)})
    assert "386人" not in answer.text


def test_the_year_before_the_reports_asked_beside_it_is_told_in_its_next_clause() -> None:
    answer = _ask("石鼓镇2024年和2023年的固定资产投资各是多少？", {"g": (SHIGU, JOBS)})
    assert "3.42亿元" in answer.text and "2.97亿元" in answer.text


def test_a_part_naming_only_a_plan_asks_of_the_thing_before() -> None:
    question = "鹤鸣乡2024年村集体经济总收入是多少？2025年力争达到多少？"
    _, second = analyse(question, read_query(question, []), [], ())
    assert "总收入" in {g.label for g in second.groups}


def test_a_halfs_figures_do_not_stand_in_beside_the_years_own() -> None:
    title = "石鼓镇2024年上半年工作总结"
    half = ReportMeta(doc_id="h1", source="h1.txt", title=title, town="石鼓镇", period="2024H1")
    reports = {
        "g": (SHIGU, ["全年发展党员13名，其中35岁以下9名。"]),
        "h1": (half, ["上半年确定发展对象9名，接收预备党员6名。"]),
    }
    answer = _ask("石鼓镇2024年发展了多少名党员？2025年计划发展多少名？", reports)
    assert "13名" in answer.text and "预备党员6名" not in answer.text
