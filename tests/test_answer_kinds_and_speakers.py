"""A figure for several listed kinds is no one kind's (东莞 of 东莞、宁波两地; 醉驾 of 酒驾醉驾等),
the thing itself before a kind of it (游客 before 康养旅居游客), halves in everyday words
(头六个月), a half gone by asked of its own report (今年上半年), and who gave the report."""

from __future__ import annotations

from pathlib import Path

from test_answer_evidence import _ask, _passage

from retrieval.answering import answer
from retrieval.models import Answer, Passage, Query, ReportMeta
from retrieval.places import _named_before, read_query
from retrieval.questions import asks_report_speaker

LIYUAN = ReportMeta(
    doc_id="l", source="l.txt", title="梨园乡2024年工作总结", town="梨园乡", period="2024"
)
SHIQIAO = ReportMeta(
    doc_id="s",
    source="s.txt",
    title="石桥街道2025年上半年工作总结",
    town="石桥街道",
    period="2025H1",
)


def _liyuan(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"l": (LIYUAN, texts)})


def _shiqiao(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"s": (SHIQIAO, texts)})


PARTY = [
    "（一）党的建设|在广东东莞、浙江宁波两地建立流动党员党小组2个，87名流动党员全部纳入全国党员"
    "管理信息系统。",
]
SAFETY = [
    "（六）平安建设|配合交警查处酒驾醉驾等违法行为27起，为群众免费发放安全头盔1200顶。",
    "开展消防、燃气、校园周边等重点领域检查46次。",
]


def test_one_place_of_several_counted_together_has_no_figure_of_its_own() -> None:
    answer = _liyuan("梨园乡在东莞的流动党员有多少名？", PARTY)
    assert answer.abstained and "87名" not in answer.text
    # The places together, or all the township's, are answered.
    assert "87名" in _liyuan("梨园乡纳入管理的流动党员有多少名？", PARTY).text


def test_one_kind_of_several_listed_before_etc_has_no_figure_of_its_own() -> None:
    answer = _shiqiao("石桥街道上半年查处的醉驾有多少起？", SAFETY)
    assert answer.abstained and "27起" not in answer.text
    answer = _shiqiao("石桥街道上半年燃气检查了多少次？", SAFETY)
    assert answer.abstained and "46次" not in answer.text
    # The kind the list names is asked: its figure answers.
    assert "27起" in _shiqiao("石桥街道上半年查处酒驾醉驾等违法行为多少起？", SAFETY).text
    assert "46次" in _shiqiao("石桥街道上半年重点领域检查了多少次？", SAFETY).text


TOURISM = [
    "（二）文旅融合|推出康养旅居产品，吸引省内外康养旅居游客1.3万人次。",
    "全年接待游客42.6万人次，实现旅游综合收入2.16亿元。",
]


def test_the_thing_itself_is_counted_before_a_kind_of_it() -> None:
    answer = _liyuan("梨园乡2024年一共来了多少游客？", TOURISM)
    assert "42.6万人次" in answer.text and "1.3万人次" not in answer.text
    # The kind asked is still its own figure.
    assert "1.3万人次" in _liyuan("梨园乡2024年康养旅居游客有多少人次？", TOURISM).text


def test_a_half_in_everyday_words_is_the_half() -> None:
    for words in ("头六个月", "前半年", "前6个月"):
        assert read_query(f"石桥街道今年{words}来了多少游客", [SHIQIAO]).periods == ["2025H1"]


def test_a_half_gone_by_is_asked_of_its_results_not_the_plan() -> None:
    texts = [
        "一、上半年工作开展情况|新改建农村卫生户厕136户，完成全年300户目标任务的45.3%。",
        "三、下半年工作打算 > （五）用心办好民生实事|加快推进其余6件民生实事，完成剩余164户农村卫生"
        "户厕改造任务。",
    ]
    answer = _shiqiao("石桥街道今年上半年给多少户农民改了厕所？", texts)
    assert "136户" in answer.text and "164户" not in answer.text


def test_who_gave_the_report_is_asked_of_the_report_itself() -> None:
    assert asks_report_speaker("青龙镇2024年政府工作报告是哪位镇长作的？")
    assert asks_report_speaker("在白沙乡2024年度工作总结表彰大会上讲话的乡党委书记是谁？")
    assert not asks_report_speaker("杉木乡2025年哪位村党支部书记获评全市优秀村党组织书记？")
    assert not asks_report_speaker("在表彰大会上作交流发言的龙潭村党支部书记是谁？")


def _opened(question: str, opening_text: str) -> Answer:
    meta = LIYUAN
    first = _passage(meta, 0, opening_text)
    body = _passage(meta, 1, "（一）党的建设|全年发展党员13名。")

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [first, body]

    def opening(doc_id: str) -> Passage | None:
        return first if doc_id == meta.doc_id else None

    return answer(read_query(question, [meta]), retrieve, [meta], opening=opening)


def test_the_speaker_is_read_from_the_line_under_the_title() -> None:
    opening = (
        "政府工作报告\n——2025年1月9日在梨园乡第十八届人民代表大会第五次会议上\n乡长 向春林\n"
        "各位代表："
    )
    answer = _opened("梨园乡2024年政府工作报告是哪位乡长作的？", opening)
    assert not answer.abstained and "向春林" in answer.text
    [citation] = answer.citations
    assert citation.quote == "乡长 向春林"
    # A report naming no speaker (or a name left out) says so.
    answer = _opened("梨园乡2024年政府工作报告是谁作的？", "政府工作报告\n乡长 ×××\n各位代表：")
    assert answer.abstained and "报告人" in answer.text


VILLAGES = [
    "（三）乡村振兴|集体经济收入超过10万元的村7个，超过20万元的村2个，分别为竹坪村和牛溪村。",
    "由龙井坪村牵头，联合桐子坳村、石板溪村、荷塘村共同出资成立金竹强村发展有限公司。",
    "白果村、龙泉村、青龙村获评全县清廉村居示范点。",
    "“白马云雾茶”“竹山笋干”“桂花土蜂蜜”3个农产品获评县级“优质农产品”品牌；推动茶叶、笋干、"
    "腊肉、土蜂蜜等农产品上线销售。",
]


def test_villages_named_in_a_run_told_as_asked_are_the_items() -> None:
    answer = _liyuan("梨园乡2024年集体经济收入超过20万元的是哪几个村？", VILLAGES)
    assert "竹坪村" in answer.text and "牛溪村" in answer.text
    assert "万元的村7个" not in answer.text  # (万元的村 is no village)
    answer = _liyuan("金竹强村发展有限公司是由哪几个村联合成立的？", VILLAGES)
    assert all(v in answer.text for v in ("龙井坪村", "桐子坳村", "石板溪村", "荷塘村"))
    answer = _liyuan("梨园乡2024年获评全县清廉村居示范点的是哪几个村？", VILLAGES)
    assert all(v in answer.text for v in ("白果村", "龙泉村", "青龙村"))


def test_quoted_names_counted_before_their_kind_are_the_items() -> None:
    answer = _liyuan("梨园乡2024年有哪几个农产品获评县级“优质农产品”品牌？", VILLAGES)
    assert all(v in answer.text for v in ("白马云雾茶", "竹山笋干", "桂花土蜂蜜"))
    assert "腊肉" not in answer.text


def test_a_quarter_asked_is_answered_by_its_part_of_the_nine_months() -> None:
    meta = ReportMeta(
        doc_id="q",
        source="q.txt",
        title="凉水井镇2025年前三季度工作总结",
        town="凉水井镇",
        period="2025M9",
    )
    texts = [
        "前三季度，全镇完成固定资产投资3.18亿元，同比增长7.6%，完成全年目标任务4.2亿元的75.7%，"
        "其中第三季度完成1.12亿元。"
    ]
    answer = _ask("凉水井镇第三季度单季完成固定资产投资多少？", {"q": (meta, texts)})
    assert "1.12亿元" in answer.text and "3.18亿元" not in answer.text
    answer = _ask("凉水井镇前三季度完成固定资产投资多少？", {"q": (meta, texts)})
    assert "3.18亿元" in answer.text


def test_a_town_name_opening_on_another_towns_stem_is_no_town_with_a_report() -> None:
    metas = [
        ReportMeta(doc_id=t, source=f"{t}.txt", title=f"{t}2024年工作总结", town=t, period="2024")
        for t in ("柳溪乡", "杨柳镇", "县溪镇")
    ]
    query = read_query("杨柳溪乡2024年农村居民人均可支配收入是多少？", metas)
    assert query.towns == [] and query.unknown_towns == ["杨柳溪乡"]
    # A word before a town's name is no part of it.
    assert read_query("想了解县溪镇2024年的教育", metas).towns == ["县溪镇"]
    assert read_query("2024年柳溪乡的隐患", metas).towns == ["柳溪乡"]


def test_a_village_only_one_towns_reports_name_is_that_towns(
    shipped_index: Path, townqa_factory: object
) -> None:
    qa = townqa_factory(shipped_index)  # type: ignore[operator]
    assert qa.read("竹坪村千亩杨梅基地新建了几间冷库？").towns == ["统溪河镇"]
    answer = qa.ask("竹坪村千亩杨梅基地新建了几间冷库？")
    assert not answer.abstained and "统溪河镇" in answer.text
    # A village no report names, or a town named, leaves the question as it is.
    assert qa.read("白云村有多少人？").towns == []
    assert qa.read("卢峰镇竹坪村有多少人？").towns == ["卢峰镇"]


HEALTH = [
    "（八）社会事业|推进县域医共体建设，县人民医院专家全年到乡卫生院坐诊帮扶96人次。",
    "发放脱贫人口小额信贷512万元，惠及128户。",
]


def test_a_measure_asked_by_its_own_word_is_no_other_figure() -> None:
    answer = _liyuan("梨园乡卫生院2024年门诊量有多少人次？", HEALTH)
    assert answer.abstained and "96人次" not in answer.text
    answer = _liyuan("梨园乡2024年脱贫人口小额信贷贴息发了多少钱？", HEALTH)
    assert answer.abstained and "512万元" not in answer.text
    # The loans themselves are told.
    assert "512万元" in _liyuan("梨园乡2024年发放了多少脱贫人口小额信贷？", HEALTH).text


SCHOOLS = [
    "（八）社会事业|全乡有中心小学1所、初级中学1所、村小4所、幼儿园4所，中小学在校学生2136人，在园"
    "幼儿462人。",
    "全乡纳入城乡低保512户861人，全年发放低保金402.6万元。",
    "落实雨露计划政策，全年春秋两季共为208人次发放补助31.2万元。",
]


def test_a_kind_named_only_together_with_another_has_no_figure_of_its_own() -> None:
    assert "2136人" not in _liyuan("梨园乡2024年小学在校学生有多少人？", SCHOOLS).text
    answer = _liyuan("梨园乡2024年雨露计划秋季补助了多少人？", SCHOOLS)
    assert answer.abstained and "208人次" not in answer.text
    # The two together, or a count naming the kind itself, are answered.
    assert "2136人" in _liyuan("梨园乡2024年中小学在校学生有多少人？", SCHOOLS).text
    assert "中心小学1所" in _liyuan("梨园乡2024年有几所中心小学？", SCHOOLS).text
    assert "512户" in _liyuan("梨园乡2024年城乡低保有多少户？", SCHOOLS).text
    assert "208人次" in _liyuan("梨园乡2024年雨露计划补助了多少人次？", SCHOOLS).text


def test_a_village_named_in_passing_is_no_subject_of_a_later_figure() -> None:
    texts = [
        "（四）文旅融合|以金鸡岭森林步道和凤栖村猕猴桃采摘园为核心，打造乡村旅游精品线路2条，新发展"
        "民宿12家、农家乐19家，全年接待游客26.4万人次。",
        "竹坪村新建民宿5家，接待游客2.1万人次。",
    ]
    answer = _liyuan("梨园乡凤栖村2024年接待游客多少人次？", texts)
    assert answer.abstained and "26.4万人次" not in answer.text
    # A village opening its clause is the subject of the figures after it.
    assert "2.1万人次" in _liyuan("梨园乡竹坪村2024年接待游客多少人次？", texts).text
    assert "26.4万人次" in _liyuan("梨园乡2024年全年接待游客多少人次？", texts).text


def test_a_measure_is_said_by_its_stem_or_its_kin() -> None:
    texts = [
        "（八）社会事业|乡卫生院上半年门诊2.18万人次、住院960人次。",
        "发放扶贫小额信贷贴息12万元、惠及脱贫户205人次。",
    ]
    assert "2.18万人次" in _liyuan("梨园乡卫生院2024年门诊量是多少人次？", texts).text
    assert "12万元" in _liyuan("梨园乡2024年给贫困户的小额贷款贴了多少利息？", texts).text


def test_a_part_of_the_year_is_not_told_by_the_whole_years_figure() -> None:
    texts = ["（二）产业发展|全年农产品网络销售额3520万元，同比增长12.1%。"]
    answer = _liyuan("梨园乡2024年前三季度农产品网络销售额是多少？", texts)
    assert answer.abstained and "3520万元" not in answer.text
    assert "3520万元" in _liyuan("梨园乡2024年农产品网络销售额是多少？", texts).text


def test_investment_done_is_not_a_projects_budget() -> None:
    texts = [
        "（四）项目建设|今年全镇共安排各类项目54个，总投资37.9亿元，年度计划投资9.8亿元。上半年完成"
        "投资4.48亿元，完成年度计划的45.7%。",
    ]
    meta = ReportMeta(
        doc_id="y",
        source="y.txt",
        title="岩门镇2025年上半年工作总结",
        town="岩门镇",
        period="2025H1",
    )
    answer = _ask("岩门镇今年上半年各类项目实际一共完成了多少投资？", {"y": (meta, texts)})
    assert "4.48亿元" in answer.text and "37.9亿元" not in answer.text
    answer = _ask("岩门镇今年安排的各类项目总投资是多少？", {"y": (meta, texts)})
    assert "37.9亿元" in answer.text


def test_one_part_counted_apart_is_no_word_to_find() -> None:
    texts = [
        "（一）经济运行|完成财税收入2368万元，同比增长4.6%，其中税收收入1682万元、非税收入686万元。"
    ]
    answer = _liyuan("梨园乡2024年财税收入里，单算税收收入是多少？", texts)
    assert "1682万元" in answer.text


def test_villages_each_with_its_share_are_the_items() -> None:
    texts = [
        "（三）农业农村|2025年度高标准农田建设任务2500亩，其中黄泥岗村1000亩、上湾村800亩、鸭鹅塘村"
        "700亩，总投资775万元。"
    ]
    answer = _liyuan("梨园乡2025年度高标准农田建设任务安排在哪几个村？", texts)
    assert all(v in answer.text for v in ("黄泥岗村", "上湾村", "鸭鹅塘村"))


def test_a_paragraph_opening_on_the_next_year_tells_its_plans() -> None:
    texts = [
        "十、基层治理|2024年是实现“十四五”规划目标任务的关键一年。全年计划实施重点项目26个、完成"
        "投资3.6亿元，确保县道X057线改扩建工程全线完工。",
        "四、项目建设|全年实施重点项目24个，总投资6.82亿元，完成年度投资3.37亿元。",
    ]
    meta = ReportMeta(
        doc_id="m", source="m.txt", title="龙门乡2023年工作总结", town="龙门乡", period="2023"
    )
    answer = _ask("龙门乡2023年重点项目完成投资多少？", {"m": (meta, texts)})
    assert "3.37亿元" in answer.text and "3.6亿元" not in answer.text


def test_the_next_year_asked_too_is_told_by_its_paragraph() -> None:
    texts = [
        "（一）经济运行|农村居民人均可支配收入达到17860元，比上年的16676元增长7.1%。",
        "三、2026年工作思路|2026年是“十五五”开局之年。农村居民人均可支配收入增长7%以上。",
    ]
    meta = ReportMeta(
        doc_id="s", source="s.txt", title="沙坝镇2025年工作总结", town="沙坝镇", period="2025"
    )
    question = "沙坝镇2025年农村居民人均可支配收入是多少？2026年计划增长多少？"
    answer = _ask(question, {"s": (meta, texts)})
    assert "17860元" in answer.text and "7%以上" in answer.text


def test_a_name_is_never_read_against_an_empty_town() -> None:
    # (Documents with no town, as CMRC2018's paragraphs are, name none: no name ends on one.)
    assert not _named_before("葵扇之乡", "")
    assert _named_before("杨柳溪乡", "柳溪乡") and not _named_before("请问柳溪乡", "柳溪乡")
