"""Figures that look like the answer and count something else: a stand-in for a better match
that named the asked thing in the wrong place, money recovered for money paid, a year-end stock
for what the year added, an item counted together with another, the second half or the whole
year for the first half, and a thing the report names elsewhere by the question's own word."""

from __future__ import annotations

from test_answer_evidence import _ask

from retrieval.models import Answer, ReportMeta

TONGXI = ReportMeta(
    doc_id="t", source="t.txt", title="统溪河镇2024年工作总结", town="统溪河镇", period="2024"
)
SHUANGHE = ReportMeta(
    doc_id="s",
    source="s.txt",
    title="双河口镇2025年上半年工作总结",
    town="双河口镇",
    period="2025H1",
)


def _tongxi(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"t": (TONGXI, texts)})


def _shuanghe(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"s": (SHUANGHE, texts)})


def test_a_stand_in_names_what_the_better_match_held_apart() -> None:
    texts = [
        "全年粮食播种面积2.36万亩，粮食总产量1.12万吨，其中中稻种植面积1.58万亩；"
        "油菜种植面积1.05万亩，超额完成县下达任务。",
        "龙岩村牵头发展中药材种植，全镇中药材种植面积达到5800亩，其中龙岩村2100亩。",
    ]
    assert _tongxi("统溪河镇2024年早稻种植面积是多少亩？", texts).abstained
    assert "1.58万亩" in _tongxi("统溪河镇2024年中稻种植面积是多少亩？", texts).text


def test_money_recovered_does_not_answer_money_paid_out() -> None:
    texts = [
        "镇纪委全年开展专项监督9轮，聚焦惠农补贴、低保认定等领域，共发现问题46个，"
        "已全部整改到位，追缴违规资金12.7万元。"
    ]
    assert _tongxi("统溪河镇2024年全年发放低保金多少万元？", texts).abstained
    assert "12.7万元" in _tongxi("统溪河镇2024年追缴了多少违规资金？", texts).text


def test_the_years_new_members_do_not_answer_how_many_there_are() -> None:
    texts = ["全年确定入党积极分子41名，发展党员18名，其中35岁以下的12名、女性7名。"]
    assert _tongxi("统溪河镇2024年底全镇女性党员有多少名？", texts).abstained
    assert "7名" in _tongxi("统溪河镇2024年发展的党员中女性有多少名？", texts).text
    beds = ["完成镇卫生院住院楼改扩建，新增住院床位20张。"]
    assert _tongxi("统溪河镇卫生院现在有多少张住院床位？", beds).abstained
    assert "20张" in _tongxi("统溪河镇卫生院新增了多少张住院床位？", beds).text


def test_an_item_counted_together_with_another_has_no_figure_of_its_own() -> None:
    texts = ["扶持发展农家乐、民宿17家，免费发放油菜种子、硼肥7200包。"]
    assert _tongxi("统溪河镇2024年有多少家民宿？", texts).abstained
    assert "17家" in _tongxi("统溪河镇2024年农家乐和民宿一共发展了多少家？", texts).text
    assert "7200包" in _tongxi("统溪河镇2024年免费发了多少包油菜种子和硼肥？", texts).text


def test_the_first_half_is_not_answered_by_the_second_half_or_the_whole_year() -> None:
    texts = [
        "十一、下半年工作计划|下半年完成固定资产投资3.09亿元以上；"
        "全年新增转移就业农村劳动力400人以上。",
        "一、经济运行|全镇完成固定资产投资2.71亿元，同比增长9.3%。",
    ]
    result = _shuanghe("双河口镇2025年上半年完成固定资产投资多少？", texts)
    assert "2.71亿元" in result.text and "3.09亿元" not in result.text
    assert _shuanghe("双河口镇2025年上半年新增转移就业农村劳动力多少人？", texts).abstained
    assert "400人" in _shuanghe("双河口镇全年计划新增转移就业农村劳动力多少人？", texts).text


def test_a_thing_named_elsewhere_by_the_questions_word_is_not_this_figure() -> None:
    texts = [
        "上半年新发展猕猴桃1180亩，全镇猕猴桃种植面积达到1.56万亩，目前正处幼果膨大期。"
        "生产袋料香菇740万袋，鲜菇产量4210吨，同比增长8.3%；2个烘干加工车间上半年加工干菇"
        "186吨。“双河口猕猴桃”区域公用品牌授权使用企业增至13家。",
    ]
    assert _shuanghe("双河口镇2025年上半年猕猴桃产量是多少吨？", texts).abstained
    assert "4210吨" in _shuanghe("双河口镇2025年上半年鲜菇产量是多少吨？", texts).text


FENGMING = ReportMeta(
    doc_id="f",
    source="f.txt",
    title="在凤鸣乡2025年经济工作会议上的讲话",
    town="凤鸣乡",
    period="2024",
)


def _fengming(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"f": (FENGMING, texts)})


def test_another_kind_is_read_past_shared_words_and_acts() -> None:
    rates = ["畜禽粪污综合利用率达到93.8%。"]
    assert _shuanghe("双河口镇2025年上半年秸秆综合利用率是多少？", rates).abstained
    assert "93.8%" in _shuanghe("双河口镇2025年上半年畜禽粪污综合利用率是多少？", rates).text
    herbs = [
        "一、肯定成绩，坚定发展信心|全乡中药材种植面积达到2.36万亩，其中当年新增3400亩，"
        "主要品种有天麻、黄精、重楼，实现综合产值1.18亿元。",
        "一、肯定成绩，坚定发展信心|高山蔬菜方面，种植面积发展到1.6万亩，新增订单种植基地3个。",
    ]
    assert _fengming("凤鸣乡2024年全乡天麻种植面积是多少亩？", herbs).abstained
    assert "2.36万亩" in _fengming("凤鸣乡2024年全乡中药材种植面积是多少亩？", herbs).text


def test_a_speechs_section_on_the_next_years_work_is_its_plan() -> None:
    texts = [
        "三、突出重点，全力抓好2025年各项工作|中药材方面，新增种植面积2000亩，"
        "全乡中药材种植面积稳定在2.5万亩以上。",
        "一、肯定成绩，坚定发展信心|全乡中药材种植面积达到2.36万亩，其中当年新增3400亩。",
    ]
    result = _fengming("凤鸣乡2024年全乡中药材种植面积是多少亩？", texts)
    assert "2.36万亩" in result.text and "2.5万亩" not in result.text


def test_a_projects_size_or_contract_is_no_investment_done() -> None:
    texts = [
        "上半年新签约项目5个，合同引资3.8亿元，其中亿元以上项目1个，即总投资1.6亿元的"
        "竹纤维新材料项目。"
    ]
    assert _shuanghe("双河口镇竹纤维新材料项目上半年完成了多少投资？", texts).abstained
    assert "1.6亿元" in _shuanghe("双河口镇竹纤维新材料项目总投资多少？", texts).text


HETANG = ReportMeta(
    doc_id="h", source="h.md", title="荷塘乡2024年工作总结", town="荷塘乡", period="2024"
)


def _hetang(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"h": (HETANG, texts)})


def test_disputes_settled_are_not_those_found() -> None:
    texts = [
        "完善三级调处机制，全年排查矛盾纠纷213起，调处成功208起，调处成功率97.7%。",
        "化解信访积案4件，办结群众信访事项52件。",
    ]
    result = _hetang("荷塘乡2024年矛盾纠纷真正调解好了多少起？", texts)
    assert "208起" in result.text
    found = ["完善三级调处机制，全年排查矛盾纠纷213起，其中山林土地权属纠纷64起。"]
    assert _hetang("荷塘乡2024年矛盾纠纷真正调解好了多少起？", found).abstained


def test_a_total_area_is_not_what_the_year_added() -> None:
    texts = ["全年新增山银花种植600亩，建成山银花烘干房2座。"]
    assert _hetang("荷塘乡2024年山银花种植总面积是多少亩？", texts).abstained
    assert "600亩" in _hetang("荷塘乡2024年新增山银花种植多少亩？", texts).text


def test_what_projects_cost_in_all_is_not_what_was_spent() -> None:
    texts = [
        "全年实施重点项目22个，总投资8.35亿元，年度计划投资4.2亿元，完成年度投资3.96亿元，"
        "占年度计划的94.3%。"
    ]
    asked = "荷塘乡2024年重点项目实际完成了多少投资？不是年度计划投资。"
    result = _hetang(asked, texts)
    assert "3.96亿元" in result.text and "8.35亿元" not in result.text


def test_a_half_years_whole_year_targets_do_not_answer_the_half() -> None:
    texts = [
        "十一、下半年工作计划|全年主要目标：确保完成固定资产投资5.8亿元、"
        "农村居民人均可支配收入2.23万元。",
    ]
    assert _shuanghe("双河口镇今年上半年农村居民人均可支配收入是多少？", texts).abstained
    results = [*texts, "一、经济运行|农村居民人均可支配收入达到10860元，同比增长6.1%。"]
    result = _shuanghe("双河口镇今年上半年农村居民人均可支配收入是多少？", results)
    assert "10860元" in result.text and "2.23万元" not in result.text


LONGTAN = ReportMeta(
    doc_id="l",
    source="l.txt",
    title="龙潭镇2025年前三季度工作总结",
    town="龙潭镇",
    period="2025M9",
)
NINE_MONTHS = [
    "前三季度，完成固定资产投资4.26亿元，同比增长8.3%，其中第三季度完成1.58亿元；"
    "完成一般公共预算收入1260万元，同比增长5.2%。",
    "前三季度新增各类市场主体438户，其中第三季度新增146户。",
    "前三季度完成财税收入2138万元，同比增长4.1%。",
    "镇敬老院集中供养特困人员42人。",
]


def test_one_quarter_is_not_answered_by_the_first_three_together() -> None:
    def ask(question: str) -> Answer:
        return _ask(question, {"l": (LONGTAN, NINE_MONTHS)})

    # (The quarter's figure may come with the sum it is part of, each told of its own part.)
    assert "146户" in ask("龙潭镇第三季度单季新增市场主体多少户？").text
    assert "1.58亿元" in ask("龙潭镇2025年第三季度完成固定资产投资多少？").text
    assert ask("龙潭镇2025年第三季度单季完成财税收入多少？").abstained
    # A quarter told of another figure before (其中第三季度完成1.58亿元) is not this one's.
    assert ask("龙潭镇第三季度完成一般公共预算收入多少？").abstained
    # A figure no part of the year leads is the report's own period's: no quarter's.
    assert ask("龙潭镇三季度集中供养特困人员多少人？").abstained
    assert "42人" in ask("龙潭镇敬老院集中供养特困人员多少人？").text
    nine = ask("龙潭镇前三季度新增市场主体多少户？")
    assert "438户" in nine.text and not nine.abstained


def test_a_village_listed_among_others_has_no_figure_there() -> None:
    texts = [
        "上半年全镇村级集体经济收入合计236.4万元，收入在20万元以上的村（社区）有4个，"
        "分别是双河口社区、柳树湾村、青龙村、马鞍山村。",
        "白鹭洲村依托村办白莲加工厂实现集体经济收入46.8万元。",
    ]
    assert _shuanghe("双河口镇柳树湾村上半年村集体经济收入是多少？", texts).abstained
    assert "46.8万元" in _shuanghe("双河口镇白鹭洲村上半年集体经济收入多少？", texts).text


def test_a_measure_told_bare_is_the_thing_its_sentence_named() -> None:
    texts = [
        "猕猴桃种植面积稳定在1.28万亩，其中挂果面积8600亩，全年产量9800吨；"
        "茯苓种植面积1450亩，高山蔬菜种植面积3200亩。"
    ]
    assert _tongxi("统溪河镇2024年茯苓产量有多少吨？", texts).abstained
    assert _tongxi("统溪河镇2024年粮食总产量是多少吨？", texts).abstained
    assert "9800吨" in _tongxi("统溪河镇2024年猕猴桃产量多少吨？", texts).text
