"""Township reports the rules were not written from: a yearly summary dated the next January,
a half-year's plan section, a value asked with no unit, a count inside the things asked, a place
read as a person's name, and a plan matching as well as the result."""

from __future__ import annotations

from test_answer_evidence import _ask

from retrieval.evidence import names_person
from retrieval.models import Answer, ReportMeta
from retrieval.places import periods_answering, read_query
from retrieval.questions import unwanted_terms

QINGSHI = ReportMeta(
    doc_id="q",
    source="q.txt",
    title="青石镇2024年工作总结",
    town="青石镇",
    period="2024",
    date="2025-01-16",
)
BAISHA = ReportMeta(
    doc_id="b", source="b.txt", title="白沙乡2025年上半年工作总结", town="白沙乡", period="2025H1"
)


def _qingshi(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"q": (QINGSHI, texts)})


def _baisha(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"b": (BAISHA, texts)})


def test_a_towns_yearly_summary_tells_its_own_year_after_a_year_past_opening() -> None:
    """一年来 in a town's 2024 summary is 2024 (a national report's 过去一年 is the year before)."""
    texts = ["一年来，青石镇坚持稳中求进。全镇实现地区生产总值18.62亿元，同比增长6.2%。"]
    assert "18.62亿元" in _qingshi("青石镇2024年地区生产总值是多少？", texts).text


def test_last_year_is_the_year_of_a_summary_dated_the_next_january() -> None:
    assert read_query("青石镇去年生猪出栏了多少头？", [QINGSHI]).periods == ["2024"]
    texts = ["全年生猪出栏3.46万头，出栏肉牛1870头。"]
    assert "3.46万头" in _qingshi("青石镇去年养的猪出栏了多少头？", texts).text
    # A report with no date speaks from its own year: 去年 is the year before, where the town
    # has a report of that year; with none, the summary is read the year after (去年 is 2024).
    undated = QINGSHI.model_copy(update={"date": ""})
    before = QINGSHI.model_copy(update={"doc_id": "q23", "period": "2023", "date": ""})
    assert read_query("青石镇去年生猪出栏了多少头？", [undated, before]).periods == ["2023"]
    assert read_query("青石镇去年生猪出栏了多少头？", [undated]).periods == ["2024"]
    assert read_query("青石镇今年生猪出栏了多少头？", [undated]).periods == ["2024"]


def test_a_value_asked_with_no_unit_is_counted_in_money() -> None:
    texts = [
        "油茶林面积2.8万亩，完成低产油茶林改造3200亩。",
        "实现茶叶产值4650万元，同比增长11.2%。",
    ]
    assert _baisha("白沙乡2025年上半年油茶产值是多少？", texts).abstained
    assert "4650万元" in _baisha("白沙乡上半年茶叶产值是多少？", texts).text
    assert "11.2%" in _baisha("白沙乡上半年茶叶产值同比增长了多少？", texts).text


def test_a_half_years_plan_section_does_not_answer_its_results() -> None:
    texts = [
        "三、下半年工作打算|主要预期目标是：全年完成农林牧渔业总产值5.1亿元，增长6%左右。",
        "一、上半年工作开展情况|上半年，全乡完成农林牧渔业总产值2.37亿元，同比增长5.6%。",
    ]
    result = _baisha("白沙乡2025年上半年完成农林牧渔业总产值多少？", texts)
    assert "2.37亿元" in result.text and "5.1亿元" not in result.text
    planned = _baisha("白沙乡下半年打算全年完成农林牧渔业总产值多少？", texts)
    assert "5.1亿元" in planned.text


def test_a_count_written_into_the_things_asked_finds_the_counted_run() -> None:
    texts = [
        "二是特色产业提质增效。坚持“一村一品、一镇一业”，做优茶叶、油茶、中药材、生态养殖"
        "四大特色产业。茶叶种植面积达到8600亩，全年干茶产量412吨，茶叶综合产值1.05亿元；"
        "新造油茶林1500亩、低产油茶林改造2300亩，全镇油茶林总面积达到2.6万亩；发展黄精、"
        "玉竹、白及等中药材3200亩，其中黄精2150亩；全年生猪出栏3.46万头，出栏肉牛1870头。"
    ]
    result = _qingshi("青石镇重点做优的四大特色产业是哪些？", texts)
    assert all(item in result.text for item in ("茶叶", "油茶", "中药材", "生态养殖"))
    assert "8600亩" not in result.text


def test_a_place_is_no_persons_name() -> None:
    assert not names_person("卢峰镇2024年工作总结 （2025年1月10日）")
    assert not names_person("即总投资1.3亿元的白沙山茶旅康养综合体项目")
    assert not names_person("打造平安白沙")
    assert names_person("镇长张建国主持会议")
    texts = ["由乡党委书记、乡长带队赴长沙开展招商活动5次，签约白沙山茶旅康养综合体项目。"]
    assert _baisha("白沙乡现任乡长叫什么名字？", texts).abstained


def test_a_result_comes_before_a_plan_matching_as_well() -> None:
    lufeng = ReportMeta(
        doc_id="l", source="l.txt", title="卢峰镇2024年工作总结", town="卢峰镇", period="2024"
    )
    texts = [
        "全年计划实施重点项目38个、完成投资21亿元，力争新增规模以上工业企业3家。",
        "全镇规模以上工业企业达到27家，其中当年新增4家。",
    ]
    result = _ask("卢峰镇2024年规模以上工业企业达到多少家？", {"l": (lufeng, texts)})
    assert "27家" in result.text and "3家" not in result.text


def test_a_kind_of_the_same_measure_does_not_answer_another() -> None:
    """住院 is not 门诊, 增加值 not 总产值 (corpus/siblings.txt)."""
    texts = ["镇卫生院新购置DR、彩超等医疗设备8台（套），全年门诊服务5.92万人次。"]
    assert _qingshi("青石镇卫生院2024年住院服务了多少人次？", texts).abstained
    assert "5.92万人次" in _qingshi("青石镇卫生院2024年门诊服务了多少人次？", texts).text
    output = ["完成规模工业总产值36.4亿元，同比增长8.1%。"]
    assert _qingshi("青石镇2024年规模工业增加值是多少？", output).abstained
    assert "36.4亿元" in _qingshi("青石镇2024年规模工业总产值是多少？", output).text


def test_a_part_named_only_after_qizhong_is_not_counted_by_the_whole() -> None:
    texts = ["全年发放城乡低保金1386万元，保障1742户2965人，其中城市低保612户、农村低保1130户。"]
    assert _qingshi("青石镇2024年城市低保保障了多少人？", texts).abstained
    assert "612户" in _qingshi("青石镇2024年城市低保保障了多少户？", texts).text
    assert "2965人" in _qingshi("青石镇2024年低保保障了多少人？", texts).text


def test_villages_named_in_a_run_are_listed_whole() -> None:
    texts = [
        "年初排查确定梅子垭村、双河村2个软弱涣散村党组织，由镇党委班子成员挂点整顿。",
        "集体经济收入超过20万元的村有3个，分别是白沙社区、茶园村、龙潭村。龙潭村改建民宿8间。",
    ]
    weak = _qingshi("青石镇2024年排查确定的软弱涣散村党组织是哪几个村？", texts).text
    assert "梅子垭村" in weak and "双河村" in weak
    rich = _qingshi("青石镇集体经济收入超过20万元的是哪几个村？", texts).text
    assert all(name in rich for name in ("白沙社区", "茶园村", "龙潭村"))


def test_what_a_question_rules_out_is_ruled_out_whole() -> None:
    texts = [
        "一是重点项目加快推进。全年实施重点项目36个，总投资58.3亿元，完成年度投资19.6亿元，"
        "其中产业项目14个、完成投资8.9亿元。"
    ]
    result = _qingshi("青石镇2024年重点项目当年完成了多少投资？不是问总投资。", texts)
    assert "19.6亿元" in result.text
    # (投资 is asked too: 总投资 as a whole is what is ruled out.)
    assert "总投资" in unwanted_terms("不是问总投资")


def test_a_change_before_qizhong_is_the_wholes_not_the_parts() -> None:
    """同比增长4.3% is 一般公共预算收入's, told before 其中税收收入; 5.1% is another 收入's."""
    texts = [
        "完成一般公共预算收入6138万元，同比增长4.3%，其中税收收入4725万元；"
        "城镇居民人均可支配收入达到38652元，同比增长5.1%。"
    ]
    assert _qingshi("青石镇2024年税收收入同比增长了多少？", texts).abstained
    assert "4.3%" in _qingshi("青石镇2024年一般公共预算收入同比增长了多少？", texts).text
    assert "5.1%" in _qingshi("青石镇2024年城镇居民人均可支配收入同比增长了多少？", texts).text


def test_a_towns_bare_name_before_cun_is_a_village_of_another() -> None:
    """枫林 is 枫林街道's short form, but 枫林村 of 青石镇 is a village."""
    fenglin = ReportMeta(
        doc_id="f", source="f.txt", title="枫林街道2024年工作总结", town="枫林街道", period="2024"
    )
    catalog = [QINGSHI, fenglin]
    assert read_query("青石镇枫林村2024年有多少户低保户？", catalog).towns == ["青石镇"]
    assert read_query("枫林2024年发放低保金多少？", catalog).towns == ["枫林街道"]


SHUANGHE_H1 = ReportMeta(
    doc_id="h1",
    source="h1.txt",
    title="双河口镇2024年上半年工作总结及下半年工作打算",
    town="双河口镇",
    period="2024H1",
)
SHUANGHE = ReportMeta(
    doc_id="y", source="y.txt", title="双河口镇2024年工作总结", town="双河口镇", period="2024"
)
HALF_YEAR = [
    "一、上半年工作开展情况|上半年发展党员11名，开发乡村公益性岗位108个。",
    "二、下半年工作打算|主要预期目标是：全年完成固定资产投资5.2亿元，增长10%以上。",
    "一、上半年工作开展情况|2024年度高标准农田建设项目在柳树湾、黄柏、枣子坪3个村实施。",
]
WHOLE_YEAR = [
    "一、2024年工作回顾|全年发展党员18名，开发乡村公益性岗位115个。",
    "十一、2025年工作打算|主要预期目标是：完成固定资产投资5.8亿元，增长8%。",
]


def _shuanghe(question: str) -> Answer:
    return _ask(question, {"h1": (SHUANGHE_H1, HALF_YEAR), "y": (SHUANGHE, WHOLE_YEAR)})


def test_a_year_is_its_whole_year_report_where_the_town_has_one() -> None:
    assert periods_answering(["2024"], ["2024H1", "2024", "2023"]) == {"2024"}
    assert periods_answering(["2024"], ["2024H1", "2023"]) == {"2024H1"}
    assert periods_answering(["2024H1", "2024"], ["2024H1", "2024"]) == {"2024H1", "2024"}
    result = _shuanghe("双河口镇2024年发展党员多少名？")
    assert "18名" in result.text and "11名" not in result.text
    assert "11名" in _shuanghe("双河口镇2024年上半年发展党员多少名？").text


def test_a_whole_year_report_silent_on_a_thing_leaves_it_to_its_half_year_report() -> None:
    result = _shuanghe("双河口镇2024年度高标准农田建设项目在哪几个村实施？")
    assert all(v in result.text for v in ("柳树湾", "黄柏", "枣子坪"))
    assert "2024年上半年" in result.text  # labelled with the report it came from


def test_a_yearly_summarys_plan_is_the_next_years_not_its_own_target() -> None:
    result = _shuanghe("双河口镇2024年全年固定资产投资的目标是多少？")
    assert "5.2亿元" in result.text and "5.8亿元" not in result.text
    assert "5.8亿元" in _shuanghe("双河口镇2025年固定资产投资目标是多少？").text


def test_an_everyday_phrase_split_by_the_count_asked_is_still_the_phrase() -> None:
    """新吸收了几名党员 is the thesaurus's 新吸收党员 (发展党员), 改了多少个厕所 its 改厕所."""
    texts = ["全年确定入党积极分子16名，发展党员11名。", "完成农村户厕改造420户。"]
    assert "11名" in _qingshi("青石镇2024年新吸收了几名党员？", texts).text
    assert "420户" in _qingshi("青石镇2024年给农户改了多少个厕所？", texts).text


def test_tax_revenue_is_not_found_across_the_words_of_fiscal_revenue() -> None:
    """税收 runs across 财税收入 (财税 + 收入): the whole is no answer for its tax part."""
    texts = ["全年完成财税收入1.93亿元，其中税收收入1.46亿元、非税收入0.47亿元。"]
    assert "1.46亿元" in _qingshi("青石镇2024年财税收入里面，光税收收入是多少？", texts).text


def test_a_change_told_before_the_next_clause_is_the_clause_befores() -> None:
    """同比增长16.3% follows 接待游客: it is no change of the 旅游综合收入 named after it."""
    texts = ["全年接待游客28.6万人次，同比增长16.3%，实现旅游综合收入1.12亿元。"]
    assert _qingshi("青石镇2024年旅游综合收入比上年增长了多少？", texts).abstained
    assert "16.3%" in _qingshi("青石镇2024年接待游客同比增长了多少？", texts).text


def test_a_years_half_and_whole_side_by_side_are_both_of_that_year() -> None:
    catalog = [SHUANGHE_H1, SHUANGHE]
    asked = "双河口镇2024年上半年和全年各发展党员多少名？哪个多？"
    assert read_query(asked, catalog).periods == ["2024H1", "2024"]
    assert read_query("双河口镇2024年全年和上半年各发展党员多少名？", catalog).periods == [
        "2024",
        "2024H1",
    ]
    result = _shuanghe(asked)
    assert "11名" in result.text and "18名" in result.text


def test_a_part_of_a_whole_asked_must_be_named_by_the_figure() -> None:
    """…中女党员有几名: the part (女党员, 集中供养的, 民宿收入) must be in the sentence; the
    whole's figure does not answer."""
    texts = [
        "上半年发展党员5名，其中35岁以下4名。",
        "实现旅游综合收入6840万元，同比增长9.1%。",
        "特困供养人员152人，发放特困供养金78.4万元。",
        "农村劳动力转移就业1.42万人。全年县外务工0.96万人。",
        "完成财税收入846万元，同比增长7.2%，其中税收收入612万元。",
    ]
    for question in (
        "白沙乡上半年发展的党员中女党员有几名？",
        "白沙乡上半年旅游综合收入中民宿收入是多少？",
        "白沙乡特困供养人员中集中供养的有多少人？",
        "白沙乡上半年农村劳动力转移就业中去省外务工的有多少人？",
    ):
        assert _baisha(question, texts).abstained, question
    assert "0.96万人" in _baisha("白沙乡上半年转移就业中县外务工的有多少人？", texts).text
    assert "612万元" in _baisha("白沙乡上半年财税收入中，税收收入是多少？", texts).text
    # 中 of what was done (清查行动中检查了多少家) asks no part.
    texts = ["在未成年人保护清查行动中，对辖区134家娱乐场所开展清查2次。"]
    assert "134家" in _baisha("白沙乡在未成年人保护清查行动中检查了多少家娱乐场所？", texts).text


def test_a_value_told_of_another_measure_or_capacity_does_not_answer() -> None:
    """产值 asked: not an investment or the tax paid; 产量 asked: not a capacity to make it."""
    texts = [
        "支持湘岭茶业有限公司投资720万元新上名优绿茶自动化生产线1条。",
        "鑫竹木业有限公司竹集成材生产线全面达产，全年上缴税收386万元。",
        "湘鹤油茶开发有限公司年加工能力3000吨的油茶籽压榨生产线建成试产。",
        "春茶产量416吨，实现产值6240万元，同比增长9.7%。",
    ]
    assert _baisha("白沙乡湘岭茶业有限公司上半年产值是多少？", texts).abstained
    assert _baisha("白沙乡鑫竹木业有限公司上半年产值是多少？", texts).abstained
    assert _baisha("白沙乡上半年茶油产量是多少吨？", texts[:3]).abstained
    assert "6240万元" in _baisha("白沙乡上半年春茶产值是多少？", texts).text


def test_a_half_year_with_no_report_is_told_by_the_next_years_base() -> None:
    """2023H1 asked of a town whose only report is 2024H1: its "上年同期为9595元", never the
    report's own figure."""
    meta = ReportMeta(
        doc_id="s",
        source="s.txt",
        title="双河口镇2024年上半年工作总结",
        town="双河口镇",
        period="2024H1",
    )
    texts = ["农村居民人均可支配收入10386元，同比增长8.2%，上年同期为9595元。", "新建5G基站11个。"]
    answer = _ask(
        "双河口镇上年同期（2023年上半年）的农村居民人均可支配收入是多少？", {"s": (meta, texts)}
    )
    assert "9595元" in answer.text and "10386元" not in answer.text
    assert _ask("双河口镇2023年上半年新建5G基站多少个？", {"s": (meta, texts)}).abstained


def test_a_towns_report_titled_as_a_report_is_no_review_of_the_year_before() -> None:
    """杨柳镇2022年度工作情况报告 tells of 2022: asked of 2021, it answers only with a figure it
    gives as 2021's (比2021年的15796元), never its own year's."""
    meta = ReportMeta(
        doc_id="y", source="y.txt", title="杨柳镇2022年度工作情况报告", town="杨柳镇", period="2022"
    )
    texts = [
        "全年新增市场主体312户，其中企业41家。",
        "农村居民人均可支配收入达到16842元，比2021年的15796元增长6.6%。",
    ]
    assert _ask("杨柳镇2021年新增了多少户市场主体？", {"y": (meta, texts)}).abstained
    answer = _ask("杨柳镇2021年农村居民人均可支配收入是多少？", {"y": (meta, texts)})
    assert "15796元" in answer.text and "16842元" not in answer.text


def test_a_body_project_or_event_named_must_be_where_its_figure_is() -> None:
    texts = [
        "上半年完成规模以上工业总产值1.86亿元，其中鹤鸣竹木制品有限公司完成产值4120万元，"
        "云台山泉饮品有限公司完成产值3380万元，鹤鸣云雾茶业有限公司于3月新纳入规模以上工业统计。",
        "上半年全乡接待游客11.4万人次，实现旅游综合收入9100万元。",
        "竹纤维新材料项目完成投资6200万元。",
    ]
    # Another company's figure, told before the one asked is named, is not its figure.
    assert _baisha("白沙乡云雾茶业有限公司上半年完成产值多少？", texts).abstained
    assert "4120万元" in _baisha("鹤鸣竹木制品有限公司上半年完成产值多少？", texts).text
    # A festival asked is named by the figure, not only the half year's visitors.
    assert _baisha("白沙乡第四届银杏文化旅游节接待了多少游客？", texts).abstained
    assert "11.4万人次" in _baisha("白沙乡上半年接待了多少游客？", texts).text
    # A project named in the report's words, or with the town before it, is the same one.
    assert "6200万元" in _baisha("白沙乡竹纤维新材料项目完成投资多少？", texts).text
    assert _baisha("白沙乡黄柏河大桥项目完成投资多少？", texts).abstained


def test_last_years_figure_told_with_the_change_since_answers_for_last_year() -> None:
    """2023 asked of a town whose only report is 2024: "比上年的76.5万羽增加9.5万羽" gives 2023's
    figure with the change since, in one clause."""
    meta = ReportMeta(
        doc_id="j", source="j.docx", title="金鸡镇2024年工作总结", town="金鸡镇", period="2024"
    )
    texts = ["全镇土鸡养殖户达到1320户，全年出栏土鸡86万羽，比上年的76.5万羽增加9.5万羽。"]
    answer = _ask("金鸡镇上一年（2023年）出栏土鸡是多少羽？", {"j": (meta, texts)})
    assert "76.5万羽" in answer.text and "回顾2023年" in answer.text
    assert _ask("金鸡镇2023年土鸡养殖户有多少户？", {"j": (meta, texts)}).abstained


def test_a_class_or_grade_is_read_in_roman_numerals() -> None:
    meta = ReportMeta(
        doc_id="l", source="l.txt", title="龙潭镇2025年工作总结", town="龙潭镇", period="2025"
    )
    texts = [
        "龙潭河出境断面水质稳定保持Ⅱ类，空气质量优良天数比例达到96.2%。",
        "6月下旬遭遇强降雨，镇党委、政府第一时间启动防汛Ⅲ级应急响应，转移群众326人。",
    ]
    assert "Ⅱ类" in _ask("龙潭镇龙潭河出境断面水质是几类？", {"l": (meta, texts)}).text
    assert "Ⅲ级" in _ask("龙潭镇强降雨时启动了几级应急响应？", {"l": (meta, texts)}).text
