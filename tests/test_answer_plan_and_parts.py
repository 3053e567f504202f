"""A multi-part question's parts each keep their own tense and unit; one part of two joined
items, a service's beneficiaries, a stock asked of additions, and years asked of one year."""

from __future__ import annotations

from test_answer_evidence import _ask

from retrieval.models import Answer, ReportMeta
from retrieval.places import read_query
from retrieval.questions import analyse, split_parts
from retrieval.text import verb_with_thing

NANMEN = ReportMeta(
    doc_id="n",
    source="n.md",
    title="南门街道2025年上半年工作总结",
    town="南门街道",
    period="2025H1",
)
SHIGU = ReportMeta(
    doc_id="s", source="s.txt", title="石鼓镇2024年工作总结", town="石鼓镇", period="2024"
)


def _nanmen(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"n": (NANMEN, texts)})


def _shigu(question: str, texts: list[str]) -> Answer:
    return _ask(question, {"s": (SHIGU, texts)})


def test_fixed_assets_are_no_plan_word() -> None:
    """定 of 固定资产 asks no plan: the half year's result, not the year's target."""
    texts = [
        "上半年，完成固定资产投资5.38亿元，同比增长8.4%，完成全年10.5亿元目标任务的51.2%。",
        "三、下半年工作打算\n全年力争实现地区生产总值29.5亿元，完成固定资产投资10.5亿元。",
    ]
    answer = _nanmen("南门街道2025年上半年完成固定资产投资多少？", texts)
    assert "5.38亿元" in answer.text and "力争" not in answer.text


def test_a_part_takes_no_tense_from_the_parts_after_it() -> None:
    texts = [
        "上半年，完成固定资产投资5.38亿元，同比增长8.4%。",
        "三、下半年工作打算\n全年力争实现地区生产总值29.5亿元，完成固定资产投资10.5亿元。",
    ]
    answer = _nanmen("南门街道2025年上半年完成固定资产投资多少？全年目标是多少？", texts)
    assert "5.38亿元" in answer.text and "10.5亿元" in answer.text
    question = "上半年完成固定资产投资多少？全年目标是多少？"
    first, second = analyse(question, read_query(question, [NANMEN]), [NANMEN], ())
    assert first.tense != "target" and second.tense == "target"


def test_how_big_asks_on_its_own_and_a_unit_alone_asks_nothing_more() -> None:
    assert split_parts("石鼓中学综合楼建筑面积多大？新增了多少学位？") == [
        "石鼓中学综合楼建筑面积多大",
        "新增了多少学位",
    ]
    assert split_parts("竹坪村维护加固的路基有多长，几公里？") == [
        "竹坪村维护加固的路基有多长，几公里"
    ]


def test_those_a_service_is_for_are_whom_it_counts() -> None:
    texts = ["为农村适龄妇女开展“两癌”免费筛查1380人，孕产妇系统管理率达到96.8%。"]
    assert "1380人" in _shigu("石鼓镇2024年“两癌”免费筛查了多少人？", texts).text
    # A sub-group the question does not name is still no answer for the whole group.
    texts = ["全镇农村居民人均可支配收入达到16800元，其中脱贫地区农村居民人均可支配收入12100元。"]
    answer = _shigu("石鼓镇2024年脱贫地区农村居民人均可支配收入是多少？", texts)
    assert "12100元" in answer.text


def test_one_of_two_joined_items_asked_alone_has_no_figure() -> None:
    texts = ["全年发放困难残疾人生活补贴和重度残疾人护理补贴146万元，惠及残疾人1218人。"]
    assert _shigu("石鼓镇2024年重度残疾人护理补贴单独发了多少钱？", texts).abstained
    assert "146万元" in _shigu("石鼓镇2024年残疾人两项补贴发了多少钱？", texts).text


def test_an_item_with_others_asked_with_them() -> None:
    texts = ["走访慰问退役军人和其他优抚对象920人次，发放慰问金27.3万元，输送新兵11名。"]
    answer = _shigu("石鼓镇2024年走访慰问退役军人等优抚对象发了多少慰问金？", texts)
    assert "27.3万元" in answer.text


def test_all_there_is_is_not_what_was_newly_planted() -> None:
    texts = ["全镇油茶林面积达到3.65万亩，当年新造油茶林1500亩、低产林改造2200亩。"]
    assert "3.65万亩" in _shigu("石鼓镇山上种的油茶一共有多大面积？", texts).text
    texts = ["当年新造油茶林1500亩、低产林改造2200亩，茶油产量达到480吨。"]
    assert _shigu("石鼓镇山上种的油茶一共有多大面积？", texts).abstained


def test_years_asked_are_not_one_whole_years_figure() -> None:
    texts = ["全年发展党员14名，转正预备党员12名。"]
    assert _shigu("石鼓镇过去五年累计发展党员多少名？", texts).abstained
    assert "14名" in _shigu("石鼓镇2024年发展党员多少名？", texts).text


def test_sold_online_is_not_sold_offline() -> None:
    texts = ["全年茶油销售额达到8600万元，同比增长18.7%，其中茶油线上销售额2260万元。"]
    assert _shigu("石鼓镇2024年茶油线下销售额是多少？", texts).abstained
    assert "2260万元" in _shigu("石鼓镇2024年茶油网上卖了多少钱？", texts).text


def test_bare_names_counted_with_their_kind_are_the_items() -> None:
    texts = [
        "上半年在鼓楼、春晖、紫薇、玉带4个社区新建社区食堂4家，全街道社区食堂达到9家。",
        "三是社区养老服务加快完善。建成社区居家养老服务站6个。",
    ]
    answer = _nanmen("南门街道上半年新建的社区食堂在哪几个社区？", texts)
    assert all(name in answer.text for name in ("鼓楼", "春晖", "紫薇", "玉带"))


def test_a_loose_match_in_a_plan_does_not_answer_a_result() -> None:
    texts = [
        "南门老街完成第二期业态提升，新引进特色餐饮、文创零售等商户46户。",
        "三、下半年工作打算\n推动南门老街第三期业态提升，力争南门老街入驻商户突破250户。",
    ]
    answer = _nanmen("南门老街今年上半年新招进来多少户商家？", texts)
    assert "46户" in answer.text and "250户" not in answer.text


def test_a_towns_stem_that_is_a_common_word_is_asked_of_another_town() -> None:
    """茶园 is 茶园镇's stem, and tea gardens in 龙潭镇's report."""
    longtan = ReportMeta(
        doc_id="l", source="l.txt", title="龙潭镇2024年工作总结", town="龙潭镇", period="2024"
    )
    chayuan = ReportMeta(
        doc_id="c", source="c.txt", title="茶园镇2024年工作总结", town="茶园镇", period="2024"
    )
    catalog = [longtan, chayuan]
    question = "龙潭镇山上的茶园现在总共有多大面积？"
    asks = analyse(question, read_query(question, catalog), catalog, ())
    assert "茶园" in [g.label for a in asks for g in a.groups]
    question = "茶园2024年修了多少公里路？"
    asks = analyse(question, read_query(question, catalog), catalog, ())
    assert "茶园" not in [g.label for a in asks for g in a.groups]


def test_a_verb_and_its_thing_are_read_across_the_count() -> None:
    assert verb_with_thing("送了多少场戏到村里").startswith("送戏")
    assert verb_with_thing("放了几场电影").startswith("放电影")


def test_a_result_and_a_target_side_by_side_are_two_asks() -> None:
    question = "石鼓镇新增城镇就业，2024年实际完成和2025年目标各是多少？"
    asks = analyse(question, read_query(question, [SHIGU]), [SHIGU], ())
    assert [a.tense for a in asks] == ["actual", "target"]
    texts = ["全年新增城镇就业386人，新增农村劳动力转移就业1240人。"]
    assert "386人" in _shigu(question, texts).text


def test_a_years_plan_asked_by_its_verb_is_no_result() -> None:
    texts = ["全年发放城乡低保金538.6万元，保障低保对象765户1248人。"]
    assert _shigu("石鼓镇2024年计划发放低保金多少万元？", texts).abstained
    assert "538.6万元" in _shigu("石鼓镇2024年发放低保金多少万元？", texts).text
    texts = ["三、2025年工作打算\n全年计划发放低保金560万元，新增城镇就业400人以上。"]
    assert "560万元" in _shigu("石鼓镇2025年计划发放低保金多少万元？", texts).text


def test_a_kind_of_community_names_no_village() -> None:
    texts = ["在文庙、春晖2个社区试点建设智慧社区，安装智能门禁26套、高空抛物监控摄像头180个。"]
    answer = _nanmen("南门街道搞智慧社区试点，装了多少个防高空抛物的摄像头？", texts)
    assert "180个" in answer.text


def test_the_sum_of_kinds_asked_is_the_listed_total() -> None:
    texts = ["发放城乡低保金、特困供养金、临时救助金、残疾人两项补贴等各类救助资金共计438.6万元。"]
    assert "438.6万元" in _nanmen("南门街道上半年各类救助资金加起来有多少？", texts).text
    assert _nanmen("南门街道上半年临时救助金发了多少？", texts).abstained
