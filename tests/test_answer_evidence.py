"""Which figure answers: the thing counted, the village, the tense, the level, the period."""

from __future__ import annotations

from retrieval.answering import answer
from retrieval.evidence import figures
from retrieval.models import Answer, Passage, Query, ReportMeta
from retrieval.places import (
    event_year_as_year,
    period_matches,
    periods_answering,
    read_query,
    report_parts,
    report_years,
    town_parts,
    written_years,
)
from retrieval.questions import COMPARE_ASK, analyse, asked_unit, asks_person, key_terms

# One township report, one sentence a passage, as the index would cut a short report.
TOWN_REPORT = [
    "发放低保金30.8万元、临时救助28.6万元，“雨露计划”补助53.7万元、惠及学生358人次。",
    "截至11月发放残疾人两项补贴76.9万元。",
    "组织镇村干部对全镇2915户建档立卡户开展全覆盖走访，确保应纳尽纳、应帮尽帮，实施精准帮扶，"
    "保障就业环境，向工业园区推荐就业劳动力，脱贫劳动力转移就业率达95%以上。",
    "竹坪村千亩杨梅种植基地新建6间冷库。",
    "枫林村投入24万元对道路水渠基础设施进行完善。",
    "粮食总产量增加109亿公斤，达到4024亿公斤。",
]
TOWN = ReportMeta(
    doc_id="t", source="t.txt", title="县溪镇2021年工作总结", town="县溪镇", period="2021"
)


def _passage(meta: ReportMeta, i: int, text: str) -> Passage:
    # "一、过去五年工作回顾|…": a section heading path before the bar, the passage after it.
    section, _, text = text.rpartition("|")
    return Passage(
        rank=i + 1,
        doc_id=meta.doc_id,
        source=meta.source,
        title=meta.title,
        town=meta.town,
        period=meta.period,
        section=section,
        chunk_id=f"{meta.doc_id}-{i}",
        score=1.0,
        text=text,
        start=0,
        end=len(text),
    )


def _ask(question: str, reports: dict[str, tuple[ReportMeta, list[str]]]) -> Answer:
    catalog = [meta for meta, _ in reports.values()]

    def retrieve(query: Query, k: int) -> list[Passage]:
        out = []
        for meta, texts in reports.values():
            if query.towns and meta.town not in query.towns:
                continue
            # (As the index filters: a year is its whole-year report's where the town has one.)
            periods = [m.period for m in catalog if m.town == meta.town]
            if query.periods and meta.period not in periods_answering(query.periods, periods):
                continue
            out += [_passage(meta, i, t) for i, t in enumerate(texts)]
        return out[:k]

    return answer(read_query(question, catalog), retrieve, catalog, k=10)


def town(question: str) -> Answer:
    return _ask(question, {"t": (TOWN, TOWN_REPORT)})


def test_a_thing_the_report_names_elsewhere_is_not_answered_by_another_figure() -> None:
    # 残疾人 is spoken of in another sentence, with money only: no head count for it.
    assert town("县溪镇残疾人两项补贴发给了多少人？").abstained
    result = town("县溪镇雨露计划惠及学生多少人次？")
    assert "358人次" in result.text


def test_the_asked_thing_written_later_with_its_own_figure_is_not_this_figure() -> None:
    assert town("县溪镇脱贫劳动力转移就业了多少人？").abstained
    assert "95%" in town("县溪镇脱贫劳动力转移就业率是多少？").text


def test_a_named_village_needs_its_own_figure() -> None:
    # 枫林村's 24万元 is no answer for 竹坪村, which the report names with no sum.
    assert town("县溪镇竹坪村投入多少钱完善道路水渠基础设施？").abstained
    result = town("县溪镇枫林村投入了多少钱？")
    assert "24万元" in result.text and "20万元" not in result.text


def test_a_change_is_given_with_the_level_it_reached() -> None:
    result = town("县溪镇粮食总产量是多少？")
    assert "4024亿公斤" in result.text


NATIONAL = ReportMeta(
    doc_id="n", source="n.txt", title="2010年政府工作报告", town="全国", period="2010"
)
NATIONAL_REPORT = [
    "今年经济社会发展的主要预期目标是：城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内。",
    "去年政府工作报告提出，物价涨幅要从14.8%降到10%左右，经过各方面的努力，实际回落到6.1%。",
    "拟发行特别国债5000亿元，支持银行补充资本。",
    "拟发行超长期特别国债1.3万亿元、比上年增加3000亿元。",
]


def national_report(year: str, texts: list[str]) -> dict[str, tuple[ReportMeta, list[str]]]:
    """One national report of `year`, one sentence a passage."""
    meta = ReportMeta(
        doc_id=f"n{year}", source="n.txt", title=f"{year}年报告", town="全国", period=year
    )
    return {"n": (meta, texts)}


def national(question: str) -> Answer:
    return _ask(question, {"n": (NATIONAL, NATIONAL_REPORT)})


def test_a_result_asked_is_not_answered_by_a_plan() -> None:
    assert national("2010年政府工作报告里，2009年末城镇登记失业率实际是多少？").abstained
    assert "4.6%" in national("2010年政府工作报告里城镇登记失业率的目标是多少？").text


def test_last_years_plan_quoted_is_a_plan_not_the_result() -> None:
    result = national("2010年政府工作报告里，物价涨幅最后实际降到了多少？")
    assert "6.1%" in result.text


def test_the_questions_own_wording_decides_between_close_clauses() -> None:
    result = national("2010年政府工作报告提出，今年拟发行超长期特别国债多少？")
    assert "1.3万亿元" in result.text and "5000亿元" not in result.text


def test_a_quarter_is_told_of_by_the_half_year_or_annual_report() -> None:
    assert period_matches("2025Q2", "2025H1")
    assert period_matches("2023Q3", "2023")
    assert not period_matches("2025Q3", "2025H1")
    assert not period_matches("2024Q2", "2025H1")


def test_a_period_written_after_one_town_binds_to_that_town() -> None:
    lufeng = ReportMeta(doc_id="l", source="l.txt", title="卢峰镇", town="卢峰镇", period="2025H1")
    beidou = ReportMeta(
        doc_id="b", source="b.txt", title="北斗溪镇", town="北斗溪镇", period="2023"
    )
    reports = {
        "l": (lufeng, ["对辖区内59家烟花爆竹店开展隐患排查。"]),
        "b": (beidou, ["对全镇11家烟花炮竹点检查频次4次。"]),
    }
    result = _ask("卢峰镇和北斗溪镇（2023年）的烟花爆竹店各有多少家？", reports)
    assert "59家" in result.text and "11家" in result.text
    # Without that binding, a town with no report of the asked year says so.
    result = _ask("卢峰镇2023年烟花爆竹店有多少家？", reports)
    assert result.abstained


def test_a_period_neither_town_has_a_report_of_is_asked_of_both() -> None:
    lufeng = ReportMeta(doc_id="l", source="l.txt", title="卢峰镇", town="卢峰镇", period="2025H1")
    tongxi = ReportMeta(
        doc_id="t", source="t.txt", title="统溪河镇", town="统溪河镇", period="2025H1"
    )
    reports = {
        "l": (lufeng, ["共排查重大安全隐患2项。", "对2024年上报的44项重大安全隐患进行复查。"]),
        "t": (tongxi, ["对2024年排查出的54起重大隐患组织“回头看”。"]),
    }
    text = _ask("卢峰镇和统溪河镇2024年排查上报的重大隐患各有多少？", reports).text
    assert "44项" in text and "54起" in text and "2项" not in text


def test_how_many_towns_are_asked_of_is_no_word_to_find() -> None:
    assert "两个" not in [
        g.label
        for g in key_terms(
            "卢峰和统溪河两个镇，村级后备干部各储备了多少人？", ["卢峰", "统溪河"], ()
        )
    ]


def test_question_words() -> None:
    labels = [g.label for g in key_terms("低保金各发了多少", [], (("低保", "最低生活保障"),))]
    assert "低保金" in labels and not any("各" in label for label in labels)
    # A thesaurus word found again inside a longer word leaves that word whole (not 中女).
    labels = [g.label for g in key_terms("发展的党员中女党员有几名", [], (("党员", "党员同志"),))]
    assert "女党员" in labels and "中女" not in labels
    assert COMPARE_ASK.search("比一比：2009年和2010年城镇新增就业各是多少？")
    assert asks_person("北斗溪镇的镇党委书记叫什么名字？")
    assert not asks_person("我国第一艘航母叫什么名字？")  # a ship's name, no person's
    assert asks_person("神舟七号航天员是哪几位？")


def test_village_names_are_read_from_the_question() -> None:
    from retrieval.fit import named_villages

    assert named_villages("统溪河镇竹坪村千亩杨梅基地新建冷库花了多少钱？") == ["竹坪村"]
    assert named_villages("全镇各村和农村的行政村有多少个？") == []


def test_a_list_named_inline_in_the_matching_sentence_answers() -> None:
    report = [
        *NATIONAL_REPORT,
        "创新型国家建设取得新成就，载人航天、探月工程、载人深潜、超级计算机等实现重大突破。",
        "提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤的三项指标。",
    ]
    reports = {"n": (NATIONAL, report)}
    result = _ask("2010年政府工作报告说，过去五年在哪些领域实现了重大突破？", reports)
    assert all(item in result.text for item in ("载人航天", "探月工程", "超级计算机"))
    result = _ask("2010年政府工作报告提出的三项指标是哪些？", reports)
    assert all(item in result.text for item in ("一千八百万吨", "三亿八千万吨", "一万零五百亿斤"))


def test_names_and_places_the_answer_must_mention() -> None:
    def names(question: str) -> list[str]:
        return [g.label for g in key_terms(question, [], ()) if g.name]

    assert names("为了治河，改了多少个厕所？") == []  # 治河: a rare dictionary "place"
    assert names("2023年上海市城镇新增就业多少人？") == ["上海市"]
    assert names("桥江2023年低保户有多少户？") == ["桥江"]  # no dictionary word: a guessed place
    assert "雨露" not in names("雨露计划补贴发了多少钱？")  # 雨 is no surname


def test_a_verbal_measure_word_fits_counted_times() -> None:
    from retrieval.evidence import unit_fits

    assert unit_fits("趟", "次") and unit_fits("回", "次")
    assert not unit_fits("趟", "户")


def test_a_rate_asked_is_not_answered_by_another_rate() -> None:
    reports = {"t": (TOWN, [*TOWN_REPORT, "集镇道路全天保持规范干净，广告旅游牌规范率达100%。"])}
    assert _ask("县溪镇2021年城镇登记失业率是多少？", reports).abstained
    assert "100%" in _ask("县溪镇广告旅游牌规范率是多少？", reports).text


def test_a_measured_word_is_met_by_the_thing_measured() -> None:
    from retrieval.evidence import match
    from retrieval.questions import TermGroup

    group = TermGroup(("钢产量",), 1.0)
    assert match(group, "钢由三千七百万吨增加到四千六百六十六万吨") >= 0.5
    assert match(group, "原煤由六亿二千万吨增加到八亿五千万吨") < 0.5


def test_a_year_beyond_the_reports_review_must_be_named_by_the_answer() -> None:
    texts = ["去年粮食产量达到４３５２４万吨。", "一九九〇年末城乡储蓄余额达七千亿元。"]
    reports = national_report("1992", texts)
    # The report reviews 1991: its unlabelled 粮食产量 is not 1990's.
    assert _ask("1992年政府工作报告说1990年全国粮食产量是多少？", reports).abstained
    assert "４３５２４万吨" in _ask("1992年政府工作报告说1991年粮食产量是多少？", reports).text
    assert "七千亿元" in _ask("1992年政府工作报告说1990年末城乡储蓄余额是多少？", reports).text


def test_a_person_asked_is_not_answered_by_items_naming_no_one() -> None:
    report = [*NATIONAL_REPORT, "圆满完成神舟七号载人航天飞行，航天员出舱活动取得成功。"]
    question = "2010年政府工作报告里神舟七号的航天员是哪几位？"
    assert _ask(question, {"n": (NATIONAL, report)}).abstained


def test_the_thing_asked_right_before_its_figure_wins() -> None:
    report = [*TOWN_REPORT, "组织31个村开展了12次“垃圾清扫日”活动，共清理垃圾40余吨。"]
    result = _ask("县溪镇组织各村搞大扫除，总共清运出去多少垃圾？", {"t": (TOWN, report)})
    assert "40余吨" in result.text


def test_which_villages_lists_the_clauses_each_village_heads() -> None:
    paragraph = (
        "二是促项目，重点民生实事稳步推进。今年，龙岩村投入12万元，引入烘干设备2套。"
        "竹坪村投入20万元，对路基进行维护加固；统溪河村投入16万元对同心小区提质升级、"
        "枫林村投入24万元对道路水渠进行完善，推动乡村发展更高质量。"
    )
    result = _ask("县溪镇今年哪几个村投入资金搞了民生实事项目？", {"t": (TOWN, [paragraph])})
    for item in ("龙岩村投入12万元", "竹坪村投入20万元", "统溪河村投入16万元", "枫林村投入24万元"):
        assert item in result.text
    assert "推动乡村" not in result.text


def test_village_words_that_name_no_village() -> None:
    from retrieval.fit import is_village

    assert is_village("竹坪村") and is_village("统溪河村")
    assert not any(is_village(w) for w in ("农村", "各村", "现有驻村", "推动乡村"))


def test_one_item_of_a_summed_list_has_no_figure_of_its_own() -> None:
    sentence = (
        "全年发放城乡低保、特困供养、临时性救助、高龄补贴、儿童救助、重度残疾补助等民政补助"
        "共计191万元，累计惠及1246人次。"
    )
    reports = {"t": (TOWN, [*TOWN_REPORT, sentence])}
    assert _ask("县溪镇高龄补贴具体发了多少钱？", reports).abstained
    assert "191万元" in _ask("县溪镇全年发放的民政补助共计多少钱？", reports).text


def test_a_counted_set_asked_with_fen_bie_is_a_list() -> None:
    from retrieval.questions import Shape, shape_of

    assert shape_of("八届六中全会提出的四项指标分别是什么？") is Shape.LIST
    assert shape_of("两步设想分别是什么？") is Shape.LIST
    assert shape_of("卢峰镇排查了多少重大隐患？") is Shape.FIGURE


def test_a_total_or_output_named_with_no_ask_word_asks_for_the_figure() -> None:
    from retrieval.questions import Shape, shape_of

    assert shape_of("对比一下1993年和1994年全国的进出口总额") is Shape.FIGURE
    assert shape_of("1984年全国棉花产量") is Shape.FIGURE
    assert shape_of("1984年全国棉花生产情况") is Shape.OPEN
    reports = {
        "a": national_report(
            "1993", ["五年间，进出口总额增长１倍，１９９２年达到１６５６亿美元。"]
        )["n"],
        "b": national_report(
            "1994", ["进出口贸易总额达到１９５８亿美元，比上年增长百分之十八点二。"]
        )["n"],
        "c": national_report("1995", ["全年进出口总额２３６７亿美元，增长百分之二十点九。"])["n"],
    }
    result = _ask("对比一下1993年和1994年全国的进出口总额", reports)
    assert "１９５８亿美元" in result.text and "２３６７亿美元" in result.text
    assert "１６５６" not in result.text


def test_a_verb_with_le_acts_on_the_counted_thing_before_it() -> None:
    reports = national_report("2025", ["今年中央预算内投资拟安排7350亿元。"])
    assert _ask("2025年政府工作报告里今年国防预算安排了多少亿元？", reports).abstained
    assert "7350亿元" in _ask("2025年中央预算内投资安排了多少亿元？", reports).text
    town = {"t": (TOWN, ["全镇完成招商引资1.2亿元。"])}
    assert _ask("县溪镇2021年全镇财政收入完成了多少？", town).abstained


def test_everyday_words_for_gnp_size_and_a_bigger_harvest() -> None:
    reports = national_report(
        "1987",
        [
            "国民生产总值由３４８０亿元增加到９３８０亿元。",
            "赤字率拟按3%安排，赤字规模4.06万亿元。",
            "全年粮食总产量达到46947万吨，增产3877万吨。",
        ],
    )
    assert "９３８０亿元" in _ask("87年的报告讲到1986年GNP是多少？", reports).text
    assert "4.06万亿元" in _ask("87年报告里今年财政赤字准备搞多大的盘子？", reports).text
    assert "3877万吨" in _ask("87年报告里，粮食比前一年多打了多少？", reports).text


def test_a_year_set_by_the_chunk_before_counts_when_only_the_index_gave_it() -> None:
    meta, _ = national_report("1980", [])["n"]
    lead = "根据上述要求，1981年国民经济计划主要指标安排如下。"
    item = _passage(meta, 1, "农业，粮食产量34，250万吨，比1980年预计增加1，000万吨。")
    question = "1980年的政府工作报告里，1981年计划粮食产量定的是多少？"
    alone = answer(read_query(question, [meta]), lambda q, k: [item], [meta], k=10)
    assert alone.abstained  # nothing says the figure is 1981's
    given = item.model_copy(update={"before": lead})
    result = answer(read_query(question, [meta]), lambda q, k: [given], [meta], k=10)
    assert "34，250万吨" in result.text


def test_a_total_is_counted_of_the_word_before_it_and_a_tense_word_counts_nothing() -> None:
    from retrieval.questions import key_terms

    def heads(question: str) -> list[str]:
        return [g.label for g in key_terms(question, [], ()) if g.head]

    assert heads("2009年GDP总量多少？") == ["gdp"]
    assert heads("1984年全国棉花产量是多少？") == ["棉花"]
    assert "实际" not in heads("1959年全年钢产量最后实际完成了多少？")


def test_a_number_of_kinds_is_no_amount_of_an_output() -> None:
    said = (
        "农业总产值增长９．５％，工农业总产值以及粮食、棉花、原煤、钢等三十多种主要产品产量，"
        "提前两年达到或超过第六个五年计划规定的一九八五年指标。"
    )
    reports = national_report("1984", [said])
    assert _ask("1984年政府工作报告里1983年粮食总产量是多少？", reports).abstained
    assert _ask("1984年全国棉花产量是多少？", reports).abstained
    # Asked as a number of kinds, it is the answer.
    assert "三十多种" in _ask("1984年有多少种主要产品产量提前达到指标？", reports).text


def test_a_decade_is_no_year_and_a_bracketed_year_names_the_report() -> None:
    question = "八十年代那份讲七五计划的报告（1986年）里，1985年国家财政全年总收入是多少？"
    assert report_years(question) == {"1986"}
    assert read_query(question, []).periods == ["1986"]
    assert read_query("八十年代那份讲“七五”计划的报告里，大学在校生有多少？", []).periods == []
    assert read_query("80年代的报告里粮食产量", []).periods == []
    said = (
        "一九八三年国内财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元，"
        "一九八五年增加三百六十二亿元，全年总收入达到一千八百二十九亿元，实现了收支平衡。"
    )
    result = _ask(question, national_report("1986", [said]))
    assert "一千八百二十九亿元" in result.text and "三百六十二" not in result.text


def test_an_amount_right_after_zeng_jia_is_a_change_and_duo_jie_asks_one() -> None:
    said = "国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生。"
    reports = national_report("2022", [said])
    assert "4000元" in _ask("2022年的报告里，大学生助学贷款每年最多能多借多少？", reports).text
    # Asked for the level, the level reached goes before the amount gained.
    reports = national_report("2022", [said.replace("。", "，达到16000元。")])
    result = _ask("2022年的报告里，国家助学贷款每人每年最高额度是多少？", reports)
    assert "16000元" in result.text


def test_a_section_heading_naming_the_year_asked_places_its_figures() -> None:
    meta, _ = national_report("1980", [])["n"]
    item = _sectioned(
        meta, "二、1981年国民经济计划的任务和主要指标", "对外贸易，进出口总额559亿元。"
    )
    question = "1980年报告安排1981年计划时，对外贸易进出口总额是多少？"
    result = answer(read_query(question, [meta]), lambda q, k: [item], [meta], k=10)
    assert "559亿元" in result.text
    other = item.model_copy(update={"section": "二、当前的经济形势"})
    assert answer(read_query(question, [meta]), lambda q, k: [other], [meta], k=10).abstained


def test_people_counted_by_an_action_need_that_action_named() -> None:
    texts = [
        "摸排党龄达50周年且表现突出的党员72名。",
        "组织41个村（社区）4173名党员全覆盖培训。",
        "清退低保19户32人。",
    ]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇新发展了几名党员？", reports).abstained
    assert "4173名" in _ask("县溪镇培训了多少名党员？", reports).text
    assert "72名" in _ask("县溪镇党龄50周年的党员有多少名？", reports).text
    # A paraphrase of the action names it (取消 = 清退).
    assert "19户" in _ask("县溪镇取消了多少户人家的最低生活保障？", reports).text
    reports["t"] = (TOWN, [*texts, "全年发展党员5名。"])
    assert "5名" in _ask("县溪镇新发展了几名党员？", reports).text


def test_people_asked_by_who_they_are_are_counted_by_the_asked_verb() -> None:
    # People right after the ask are counted in whatever the report counts them (扩招100万人,
    # 惠及1100多万学生): no unit is required.
    assert asked_unit("2019年高职院校多招了多少学生？") == ""
    assert asked_unit("农民工有多少？") == ""
    assert asked_unit("有多少农民工返乡创业？") != "人"  # the people are no count here
    texts = [
        "改革完善高职院校考试招生办法，鼓励更多应届高中毕业生和退役军人、下岗职工、农民工等报考，"
        "今年大规模扩招100万人。",
        "资助各类学校家庭困难学生近1亿人次。",
    ]
    reports = national_report("2019", texts)
    assert "100万人" in _ask("2019年高职院校多招了多少学生？", reports).text
    # Either action the question offers names the people counted.
    assert "358人次" in town("县溪镇雨露计划惠及或上报了多少学生？").text


def test_a_count_in_a_measure_word_counts_the_noun_after_it() -> None:
    texts = [
        "团委工作成效显著，完成51个团支部2368名团员全覆盖评议，落实“希望工程1+1-幻方助学计划”。"
    ]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇招商引资签约了几个项目？", reports).abstained
    assert "51个" in _ask("县溪镇完成了几个团支部的评议？", reports).text
    # Any word of the question may name it: 看山护林 -> 护林员.
    reports = {"t": (TOWN, ["完成了42名护林员的选聘工作。"])}
    assert "42名" in _ask("县溪镇一共聘了多少个看山护林的人？", reports).text


def test_a_span_asked_is_not_answered_by_this_years_plan() -> None:
    texts = ["今年再减少农村贫困人口1000万以上。", "贫困人口减少6800多万，易地扶贫搬迁830万人。"]
    reports = national_report("2018", texts)
    result = _ask("18年报告里，五年里贫困人口减了多少？", reports)
    assert "6800多万" in result.text and "1000万" not in result.text
    # One year of the span asked (当年) is this year's plan.
    plan = national_report("2018", ["启动新的三年棚改攻坚计划，今年开工580万套。"])
    assert "580万套" in _ask("2018年报告里，新的三年棚改攻坚计划当年要开工多少套？", plan).text
    # The life expectancy, by the report's word for it.
    said = national_report("1998", ["人民群众的健康水平普遍提高，平均期望寿命达到70.8岁。"])
    assert "70.8岁" in _ask("98年那份报告里说当时老百姓平均能活多少岁？", said).text


def test_an_average_ruled_out_is_told_as_nian_jun() -> None:
    said = "国内生产总值年均增长9.3%。全面实现年初确定的主要目标，国内生产总值增长7.8%。"
    reports = national_report("2013", said.split("。")[:2])
    result = _ask("2013年报告里2012年当年的GDP增速是多少？不是五年平均那个", reports)
    assert "7.8%" in result.text and "9.3%" not in result.text
    from retrieval.questions import unwanted_terms

    assert {"年均", "平均"} <= set(unwanted_terms("不是五年平均那个"))
    assert "年均" not in unwanted_terms("不是协议金额")


def test_a_report_named_with_quan_guo_or_guo_wu_yuan_is_the_reports_year() -> None:
    assert report_years("2010年全国政府工作报告里，汶川地震重灾区完成投资多少？") == {"2010"}
    assert report_years("2009年国务院政府工作报告说") == {"2009"}
    assert report_years("2009年全国粮食产量") == set()


def test_who_gave_the_report_names_the_report() -> None:
    assert report_years("1957年周总理作的政府工作报告里，1956年全国粮食产量是多少？") == {"1957"}
    assert report_years("七五年周总理那个报告说知识青年有多少？") == {"1975"}
    assert [g.label for g in key_terms("温家宝总理2007年报告里说取消农业税", [], ())] == [
        "取消",
        "农业税",
    ]
    said = national_report("1957", ["1956年，粮食（不包括大豆）的产量为三千六百五十亿斤。"])
    answer = _ask("1957年周总理作的政府工作报告里，1956年全国粮食产量是多少？", said)
    assert "三千六百五十亿斤" in answer.text


def test_the_ends_of_a_span_are_those_years_levels_and_what_is_called_for_is_no_result() -> None:
    texts = [
        "全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，"
        "增加到了一九五九年的五千四百零一亿斤。",
        "但是按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤，"
        "还要在一九五九年粮食总产量的基础上，再增加一千八百亿斤以上。",
    ]
    reports = national_report("1960", texts)
    result = _ask("1960年政府工作报告说1959年全国粮食总产量是多少？", reports)
    assert "五千四百零一亿斤" in result.text and "七千二百亿斤" not in result.text
    result = _ask("1960年那份报告里，1955年跟1959年全国粮食总产量各是多少？", reports)
    assert "三千四百九十六亿斤" in result.text and "五千四百零一亿斤" in result.text


def test_a_plan_document_named_gives_no_tense() -> None:
    said = national_report(
        "2025",
        ["出台实施新型城镇化战略五年行动计划，扎实推进城市更新，常住人口城镇化率提高到67%。"],
    )
    assert "67%" in _ask("2025年报告里，2024年常住人口城镇化率实际是多少？", said).text


def test_the_circumstance_a_measure_met_is_not_what_its_figure_counts() -> None:
    texts = [
        "大规模增加政府投资，实施总额4万亿元的两年投资计划，其中中央政府拟新增1.18万亿元。",
        "我们沉着应对国际金融危机冲击。",
    ]
    said = national_report("2009", texts)
    result = _ask("09年报告里应对金融危机那个大规模政府投资计划，总盘子到底多大？", said)
    assert "4万亿元" in result.text
    # The category money was spent on is what its figure counts.
    spent = national_report("2007", ["全年中央财政用于“三农”支出3397亿元。", "体育事业蓬勃发展。"])
    assert _ask("2007年报告里，中央财政用于体育事业的支出是多少？", spent).abstained


def test_one_item_alone_is_not_answered_by_the_lists_sum() -> None:
    texts = [
        "全年发放城乡低保、特困供养、临时性救助、高龄补贴等民政补助共计191万元，累计惠及1246人次。"
    ]
    assert _ask("县溪镇单是低保金一项发了多少钱？", {"t": (TOWN, texts)}).abstained


def test_items_joined_by_semicolons_run_on_to_the_full_stop() -> None:
    said = national_report(
        "1987",
        [
            "对基本建设坚决实行“三保三压”的方针，即保计划内建设，压计划外建设；"
            "保生产性建设，压非生产性建设；保重点建设，压非重点建设。"
        ],
    )
    result = _ask("87年报告提的“三保三压”，保的是哪三样？", said)
    assert all(item in result.text for item in ("保计划内建设", "保生产性建设", "保重点建设"))


def test_a_year_in_chinese_numerals_is_the_year_asked_and_a_target_is_no_result() -> None:
    said = national_report(
        "1958",
        [
            "一九五八粮食的指标为三千九百二十亿斤。",
            "一九五七年比一九五六年，粮食增加了五十亿斤，达到三千七百亿斤。",
        ],
    )
    result = _ask("1958年的政府工作报告讲，一九五七年全国粮食产量一共有多少斤？", said)
    assert "三千七百亿斤" in result.text and "三千九百二十亿斤" not in result.text
    target = national_report("1958", ["一九五八粮食的指标为三千九百二十亿斤。"])
    assert _ask("1958年的政府工作报告讲，一九五七年全国粮食产量一共有多少斤？", target).abstained


def test_a_comparison_of_other_years_does_not_answer() -> None:
    said = national_report("1979", ["工业总产值一九七七年比一九七六年增长百分之十四点三。"])
    assert _ask("1979年的报告里，1978年工业总产值比1977年增长了多少？", said).abstained
    both = national_report(
        "1979",
        [
            "工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。"
        ],
    )
    result = _ask("1979年的报告里，1978年工业总产值比1977年增长了多少？", both)
    assert "百分之十三点五" in result.text


def test_a_change_asked_needs_the_thing_changing() -> None:
    texts = ["今年发展主要预期目标是：国内生产总值增长5%左右。"]
    assert _ask(
        "2025年政府工作报告里今年国防预算增长多少？", national_report("2025", texts)
    ).abstained
    texts.append("中央本级国防预算支出增长7.2%。")
    result = _ask("2025年政府工作报告里今年国防预算增长多少？", national_report("2025", texts))
    assert "7.2%" in result.text and "5%" not in result.text
    assert (
        "5%左右" in _ask("2025年报告里国内生产总值增长多少？", national_report("2025", texts)).text
    )


def test_things_asked_each_before_an_aside_are_asked_one_by_one() -> None:
    from retrieval.questions import item_parts

    assert item_parts("1993年城镇居民和农民的收入各增长了多少，差距大不大？", []) == [
        "1993年城镇居民的收入增长了多少",
        "农民的收入增长了多少",
    ]
    said = national_report(
        "1994",
        [
            "扣除物价上涨因素，去年全国城镇居民人均生活费收入比上年增长百分之十点二，农村居民人均纯收入增长百分之三点二。"
        ],
    )
    result = _ask("1994年报告里，城镇居民和农民的收入各增长了多少，差距大不大？", said)
    assert "百分之十点二" in result.text and "百分之三点二" in result.text


def test_digits_spaced_out_are_one_figure() -> None:
    from retrieval.evidence import figures

    assert [f.text for f in figures("粮食产量4 9 2 5 0 万吨")] == ["4 9 2 5 0 万吨"]
    assert [f.unit for f in figures("共3 个村")] == ["个"]
    said = national_report("1998", ["人民群众的健康水平普遍提高，平均期望寿命达到7 0 ．8 岁。"])
    assert "7 0 ．8 岁" in _ask("98年那份报告里说当时老百姓平均能活多少岁？", said).text


def test_a_bare_count_of_ten_thousands_ending_the_text_is_a_figure() -> None:
    from retrieval.evidence import figures

    # A window ends at its clause: "…超过3300万" has no word after the 万.
    assert [f.text for f in figures("脱贫人口务工规模超过3300万")] == ["3300万"]
    # In a list of sums of money, a bare 万 is 万元 still.
    listed = figures("发放残疾人两项补贴76.9万元、高龄补贴8万元、优抚100余万")
    assert [f.unit for f in listed] == ["元", "元", "元"]
    assert figures("财政收入3000万元，带动就业2万")[-1].unit == "万"
    said = national_report("2024", ["加强就业促进服务，脱贫人口务工规模超过3300万。"])
    result = _ask("2024年的政府工作报告回顾2023年时，说脱贫人口务工规模有多大？", said)
    assert "3300万" in result.text, result.text


def test_a_span_of_years_is_no_year() -> None:
    from retrieval.evidence import figures

    assert [f.text for f in figures("终结了延续2600多年农民种田交税的历史", "年")] == ["2600多年"]
    assert [f.text for f in figures("实行了长达2600年的这个古老税种", "年")] == ["2600年"]
    assert [f.text for f in figures("延续两千多年的农业税", "年")] == ["两千多年"]
    assert figures("1985年增长，２０００年，一九八五年", "年") == []
    said = national_report(
        "2007", ["在全国范围内取消了农业税，终结了延续2600多年农民种田交税的历史。"]
    )
    answer = _ask("2007年报告说取消农业税结束了多少年种地交税的历史？", said)
    assert "2600多年" in answer.text


def test_a_change_in_money_may_be_told_as_a_share() -> None:
    from retrieval.questions import asked_unit

    assert asked_unit("2021年企业研发经费增长了多少？") == ""
    assert asked_unit("研发经费一共投入了多少钱？") == "元"
    assert asked_unit("补贴增加了多少元？") == "元"


def test_a_sibling_kind_does_not_answer_the_kind_asked() -> None:
    texts = [
        "全年货物进出口总额3.64万亿美元，增长22.5%。",
        "农村居民人均纯收入实际增长11.4%，快于城镇居民收入增长。",
        "城镇居民每百户拥有家用汽车21.5辆，比2007年增加15.5辆。",
    ]
    reports = national_report("2012", texts)
    # 进出口 is read as one word, not as 出口; 城镇 and 农村 exclude each other.
    assert _ask("2012年报告说2011年出口总额是多少亿美元？", reports).abstained
    assert "3.64万亿美元" in _ask("2012年报告说2011年进出口总额是多少？", reports).text
    assert _ask("2012年报告说2011年城镇居民收入实际增长多少？", reports).abstained
    assert "11.4%" in _ask("2012年报告说2011年农村居民人均纯收入实际增长多少？", reports).text
    # A figure naming no kind ("比2007年增加15.5辆") is told of the kind before it.
    assert _ask("2012年报告里农村居民每百户拥有家用汽车多少辆？", reports).abstained


def test_a_year_named_in_the_chunk_before_carries_to_a_sentence_naming_none() -> None:
    meta = ReportMeta(doc_id="n64", source="n.txt", title="1964年报告", town="全国", period="1964")
    first = "一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。"
    second = "计划草案拟定，工业总产值比一九六四年增长百分之十一左右。"
    passages = [
        _passage(meta, 0, first),
        _passage(meta, 1, second).model_copy(
            update={"start": len(first) + 4, "end": len(first) + 4 + len(second)}
        ),
    ]
    catalog = [meta]

    def retrieve(query: Query, k: int) -> list[Passage]:
        return passages[:k]

    question = "1964年政府工作报告中，1965年计划工业总产值增长多少"
    result = answer(read_query(question, catalog), retrieve, catalog, k=10)
    assert "百分之十一左右" in result.text and "百分之五左右" not in result.text


def test_a_paraphrase_trusted_by_its_unit_needs_the_unit_itself() -> None:
    texts = ["发放宣传资料2000余份，整改4处畜禽养殖场排污设施。"]
    reports = {"t": (TOWN, texts)}
    # 份 and 处 are counts, but not the 项(目) asked: no paraphrase of 招商签约.
    assert _ask("县溪镇招商签了多少项目", reports).abstained


def test_the_year_that_names_the_report_is_the_period() -> None:
    meta = ReportMeta(doc_id="n", source="n.txt", title="2003年报告", town="全国", period="2003")
    query = read_query("2003年那份报告里，2002年的出口总额是多少？", [meta])
    assert query.periods == ["2003"]
    query = read_query("1955年关于第一个五年计划的报告里，到1957年粮食计划达到多少？", [meta])
    assert query.periods == ["1955"]
    # Each report of a list named with one 年: the years it names are not the reports'.
    query = read_query("2004年和2006年的粮食总产量分别是多少？（看2005、2007年的报告）", [meta])
    assert query.periods == ["2005", "2007"]
    # A date names no period when the question names one otherwise.
    query = read_query("1995年作报告那天，离1997年7月1日香港回归还剩多少天？", [meta])
    assert query.periods == ["1995"]
    assert read_query("2025年6月1日转移了多少人？", [meta]).periods == ["2025"]


def test_a_sub_group_and_the_whole_do_not_answer_each_other() -> None:
    texts = ["脱贫地区农村居民收入增长8.4%。", "城镇调查失业率平均为5.2%。"]
    reports = national_report("2024", texts)
    assert _ask("2024年的报告说，2023年农村居民收入增长了多少？", reports).abstained
    assert "8.4%" in _ask("2024年的报告说，2023年脱贫地区农村居民收入增长了多少？", reports).text
    assert _ask("2024年报告说，2023年16-24岁青年城镇调查失业率是多少？", reports).abstained
    assert "5.2%" in _ask("2024年报告说，2023年城镇调查失业率是多少？", reports).text


def test_one_item_of_a_list_counted_together_after_a_comma_has_no_figure() -> None:
    texts = ["分类建立党政人才、企业经营管理人才、专业技术人才等6类人才信息库，共录入207人。"]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇人才信息库里专业技术人才有多少人", reports).abstained
    assert "207人" in _ask("县溪镇人才信息库一共录入了多少人", reports).text


def test_a_stand_in_figure_must_be_in_the_unit_asked() -> None:
    texts = ["全年发放城乡低保、临时性救助、高龄补贴等民政补助共计191万元，审批临时救助95户。"]
    reports = {"t": (TOWN, texts)}
    # 临时救助 money is inside the sum; its own figure is a head count, not money.
    assert _ask("县溪镇临时救助发了多少钱", reports).abstained
    assert "95户" in _ask("县溪镇临时救助审批了多少户", reports).text


def test_words_the_question_joins_name_a_thing_the_report_writes_as_one() -> None:
    texts = [
        "全年发放城乡低保、临时性救助、高龄补贴等民政补助共计191万元。",
        "“雨露计划”惠及学生114人。",
    ]
    reports = {"t": (TOWN, texts)}
    # jieba cuts 雨露计划 in two; joined, it is what the report names elsewhere, with no money.
    assert _ask("县溪镇雨露计划补助一共发了多少钱？", reports).abstained
    assert "114人" in _ask("县溪镇雨露计划惠及多少学生？", reports).text


def test_a_figure_told_of_a_year_long_before_the_report_is_not_the_one_asked() -> None:
    texts = ["我国的钢产量在一九五二年是一百三十五万吨。"]
    reports = national_report("1959", texts)
    assert _ask("1959年那份报告里，1959年钢产量实际完成了多少？", reports).abstained
    assert "一百三十五万吨" in _ask("1959年报告说一九五二年钢产量是多少？", reports).text


def test_a_level_asked_is_not_answered_by_a_change() -> None:
    texts = [
        "尽管我国人口增加百分之六十，但粮食增产一点四倍。",
        "钢产量增长百分之四十二，达到８０００万吨。",
    ]
    reports = national_report("1975", texts)
    assert _ask("1975年政府工作报告里，1974年全国粮食产量有多少", reports).abstained
    assert "一点四倍" in _ask("1975年报告里粮食增产了多少？", reports).text
    # A change that goes on to the level reached answers the level.
    assert "８０００万吨" in _ask("1975年报告里钢产量达到多少？", reports).text


def test_a_clause_naming_the_reports_own_year_does_not_answer_an_earlier_year() -> None:
    texts = [
        "根据1980年计划，积累率可能进一步降到30％左右。",
        "积累率由1978年的36.5％，降为33.6％。",
    ]
    reports = national_report("1980", texts)
    result = _ask("1980年那份报告里，1979年的积累率是多少？", reports)
    assert "33.6％" in result.text and "30％" not in result.text
    # "跟1957年比" names a comparison's base, not the year asked about.
    texts = ["一九六四年，农业用拖拉机台数比一九五七年增长四倍。"]
    reports = national_report("1964", texts)
    assert "四倍" in _ask("1964年报告里，跟1957年比，农业用拖拉机台数增长了多少？", reports).text


def test_each_report_named_one_by_one_is_asked_in_its_own_words() -> None:
    question = "1983年报告说的1982年底城乡储蓄余额，和1986年报告说的1985年末城乡储蓄，各是多少？"
    parts = report_parts(question)
    assert parts == {
        "1983": "1983年报告说的1982年底城乡储蓄余额各是多少？",
        "1986": "1986年报告说的1985年末城乡储蓄各是多少？",
    }
    assert report_parts("2013年报告和2018年报告里，人均预期寿命分别达到多少岁") == {}
    assert report_parts("2009年和2010年的政府工作报告各安排了多少财政赤字？") == {}


def test_a_change_asked_in_money_words_is_not_money() -> None:
    assert asked_unit("城镇居民人均可支配收入实际增长又是多少？") == ""
    assert asked_unit("城镇居民人均可支配收入是多少？") == "元"


def test_a_sub_group_named_after_the_figure_has_no_count_of_its_own() -> None:
    texts = ["摸底村（社区）后备干部365名，35岁以下占比超50%，储备35岁以下的年轻干部共9人。"]
    reports = {"t": (TOWN, texts)}
    result = _ask("县溪镇村后备干部里35岁以下的有多少人", reports)
    assert "9人" in result.text and "365名" not in result.text
    assert _ask("县溪镇后备干部里女性有多少人", reports).abstained


def test_a_past_year_named_outright_is_not_answered_by_this_years_target() -> None:
    texts = ["今年发展的主要预期目标是：城镇登记失业率4.5%以内。", "城镇新增就业1351万人。"]
    reports = national_report("2018", texts)
    assert _ask("2018年政府工作报告里，2017年年末城镇登记失业率是多少？", reports).abstained
    assert "4.5%" in _ask("2018年政府工作报告里，城镇登记失业率目标是多少？", reports).text
    # Worded as a result already (涨了), the past year still insists on the result.
    texts = ["今年发展的主要预期目标是：居民消费价格涨幅3%左右。"]
    reports = national_report("2016", texts)
    assert _ask("2016年政府工作报告里，2015年居民消费价格涨了百分之几？", reports).abstained


def test_aliases_of_one_kind_and_bases_of_a_change_keep_their_answer() -> None:
    texts = [
        "高速铁路运营里程达1.6万公里。",
        "工农业总产值在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%。",
        "财政赤字率控制在2.8%。",
    ]
    reports = national_report("1985", texts)
    # 高铁 is another name of 高速铁路, not a sibling of its 铁路.
    assert "1.6万公里" in _ask("1985年那份报告里高铁运营里程是多少", reports).text
    # "在…的基础上" names a base, not the year the figure is told of.
    assert "14.2%" in _ask("1985年报告说1984年工农业总产值比上年增长多少", reports).text
    # A question worded in the report's plan words may read a result as them.
    assert "2.8%" in _ask("1985年报告回顾1984年，财政赤字率控制在多少？", reports).text


def test_no_report_tells_the_result_of_a_later_year() -> None:
    texts = ["按照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。"]
    reports = national_report("1978", texts)
    assert _ask("1978年报告说1985年钢产量实际达到了多少？", reports).abstained
    assert "六千万吨" in _ask("1978年报告的十年规划里，1985年钢产量要达到多少？", reports).text


def test_events_counted_are_not_answered_by_people_or_places() -> None:
    texts = ["围绕道路交通安全等实用课程，组织41个村4173名党员全覆盖培训。"]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇发生了几起道路交通事故", reports).abstained


def test_household_registration_rate_is_a_sub_group_of_the_rate() -> None:
    texts = ["城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。"]
    reports = national_report("2018", texts)
    assert _ask("2018年报告回顾五年，户籍人口城镇化率提高到了多少？", reports).abstained
    assert "58.5%" in _ask("2018年报告回顾五年，城镇化率提高到了多少？", reports).text


def test_figures_in_ten_thousands_with_or_without_a_unit() -> None:
    from retrieval.evidence import figures

    found = {f.text: f.unit for f in figures("6600多万纳税人受益，1000多万人就业，惠及3200万学生")}
    assert found == {"6600多万": "万", "1000多万人": "人", "3200万": "万"}
    assert [(f.text, f.unit) for f in figures("煤产量三亿八千万吨")] == [("三亿八千万吨", "吨")]
    assert [(f.text, f.unit) for f in figures("日均新设企业1万6千多户")] == [("1万6千多户", "户")]
    meta = ReportMeta(doc_id="n24", source="n.txt", title="2024年报告", town="全国", period="2024")
    texts = ["提高“一老一小”个人所得税专项附加扣除标准，6600多万纳税人受益。"]
    question = "2024年报告里，个税专项附加扣除标准提高后有多少纳税人受益？"
    result = _ask(question, {"n": (meta, texts)})
    assert "6600多万" in result.text


def test_a_target_in_a_list_is_read_with_the_lead_that_opens_the_list() -> None:
    texts = [
        "精准脱贫有力推进，农村贫困人口减少1386万，易地扶贫搬迁280万人。",
        "今年发展的主要预期目标是：国内生产总值增长6%－6.5%；宏观杠杆率基本稳定；"
        "农村贫困人口减少1000万以上，居民收入增长与经济增长基本同步。",
    ]
    result = _ask("2019年的报告里，上一年农村贫困人口减少了多少？", national_report("2019", texts))
    assert "1386万" in result.text and "1000万以上" not in result.text


def test_words_naming_the_report_are_not_asked() -> None:
    # "关于六五计划的报告" names which report; 六五计划 is not what the figure must count.
    question = "1982年关于六五计划的报告里，电力工业建设投资多少"
    labels = [g.label for g in key_terms(question, [], ())]
    assert "六五" not in labels and "计划" not in labels
    assert "电力工业" in labels
    labels = [g.label for g in key_terms("1956年那份决算预算报告里，粮食总产量多少", [], ())]
    assert "决算" not in labels and "预算" not in labels


def test_a_result_beyond_the_target_is_a_result() -> None:
    # "超过预期目标" reports what was achieved; its 目标 is no plan.
    texts = ["城镇新增就业980万人，超过预期目标。"]
    reports = national_report("2005", texts)
    assert "980万人" in _ask("2005年政府工作报告中，2004年城镇新增就业多少人？", reports).text


def test_a_plans_later_year_does_not_answer_a_past_year() -> None:
    texts = ["加强原材料工业建设，１９９７年钢产量达到９４００万吨。"]
    reports = national_report("1993", texts)
    assert _ask("1993年政府工作报告中，1992年钢产量达到多少？", reports).abstained
    assert "９４００万吨" in _ask("1993年政府工作报告说1997年钢产量要达到多少？", reports).text


def test_a_question_asking_three_figures_is_cut_at_each_ask() -> None:
    from retrieval.questions import split_parts

    question = "2020年城镇新增就业多少、年末调查失业率多少、居民消费价格涨了多少？"
    assert split_parts(question) == [
        "2020年城镇新增就业多少",
        "年末调查失业率多少",
        "居民消费价格涨了多少",
    ]
    assert split_parts("医疗保险和养老保险参保率各是多少") == ["医疗保险和养老保险参保率各是多少"]


def test_a_report_described_by_its_subject_is_searched_by_its_year() -> None:
    texts = [
        "（四）商业、粮食、农产品采购和对外贸易方面的支出为８５７，１８２，０００元。",
        "１９５５年粮食总产量达到３，６８０亿斤，完成年度计划的１０２％。",
        "如果没有特大的灾荒，１９５６年粮食产量将要达到３，９８９亿斤。",
    ]
    reports = national_report("1956", texts)
    query = read_query(
        "1956年那份决算预算报告里，1955年全国一共打了多少粮食？",
        list(meta for meta, _ in reports.values()),
    )
    assert query.text == "1956年的报告里，1955年全国一共打了多少粮食？"
    assert query.periods == ["1956"]
    # The full-width 3,680 is one figure, and 将要达到 is a plan, not the past year's result.
    result = _ask("1956年那份决算预算报告里，1955年全国一共打了多少粮食？", reports)
    assert "３，６８０亿斤" in result.text


def test_one_season_does_not_answer_another() -> None:
    meta = ReportMeta(
        doc_id="s", source="s.txt", title="统溪河镇", town="统溪河镇", period="2025H1"
    )
    reports = {"s": (meta, ["2025年春季雨露计划共摸底上报114人。"])}
    assert _ask("统溪河镇2025年秋季雨露计划摸底上报了多少人？", reports).abstained
    assert "114人" in _ask("统溪河镇春天雨露计划摸底上报了多少人？", reports).text


def test_where_to_look_is_no_ask_of_its_own() -> None:
    from retrieval.questions import split_parts

    assert split_parts("雪峰山索道工程总投资是多少钱？北斗溪镇上半年总结里有没有讲？") == [
        "雪峰山索道工程总投资是多少钱"
    ]
    assert split_parts("09年一年卖掉了多少辆汽车？2010年那份报告里应该有写") == [
        "09年一年卖掉了多少辆汽车"
    ]
    # A sentence that only asks whether the report says it is still the ask.
    assert split_parts("报告里有没有讲修了多少路") == ["报告里有没有讲修了多少路"]
    texts = ["雪峰山索道工程完成主体建设，预计9月正式竣工投用。"]
    meta = ReportMeta(
        doc_id="b", source="b.txt", title="北斗溪镇", town="北斗溪镇", period="2025H1"
    )
    question = "雪峰山索道工程总投资是多少钱？北斗溪镇上半年总结里有没有讲？"
    assert _ask(question, {"b": (meta, texts)}).abstained


def test_percent_asked_in_words_is_the_unit_not_a_term() -> None:
    labels = [g.label for g in key_terms("1999年国内生产总值增长了百分之几", [], ())]
    assert not any("百分" in label for label in labels)
    assert asked_unit("1999年国内生产总值增长了百分之几") == "%"
    labels = [g.label for g in key_terms("失业率下降了几个百分点", [], ())]
    assert not any("百分点" in label for label in labels)


def test_the_tense_is_read_from_the_asked_figures_own_clause() -> None:
    # "完成" belongs to the next clause; the figure's own clause is this year's plan, and a
    # sentence opening on 今年 is a plan all through.
    texts = ["加大精准脱贫力度。今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁280万人。"]
    reports = national_report("2018", texts)
    assert _ask("2018年政府工作报告里，2017年农村贫困人口减少了多少？", reports).abstained
    assert "1000万以上" in _ask("2018年政府工作报告里，今年农村贫困人口要减少多少？", reports).text


def test_the_paragraphs_opening_sentence_names_its_topic() -> None:
    texts = [
        "一是扎实推进中央八项规定精神学习教育，筑牢作风建设“思想堤坝”。坚持班子成员带头学。"
        "通过班子会、党员大会等全镇累计开展集中学习36次，参与学习的党员干部达480人次。\n"
        "二是严格落实中央八项规定精神，查摆问题12条。"
    ]
    reports = {"t": (TOWN, texts)}
    question = "县溪镇学习中央八项规定精神，累计开展了多少次集中学习？"
    assert "36次" in _ask(question, reports).text


def test_which_kind_lists_the_items_closed_by_that_kind() -> None:
    texts = [
        "拓宽农民增收渠道，通过发展农村电商、直播带货等新兴业态，带动群众增收。",
        "存在的问题：集镇功能配套、公共服务设施等方面仍有短板。",
    ]
    reports = {"t": (TOWN, texts)}
    result = _ask("县溪镇拓宽农民增收渠道，靠的是发展哪些新兴业态？", reports)
    assert "农村电商、直播带货" in result.text
    assert "带动群众增收" not in result.text


def test_a_total_asked_is_not_matched_by_any_other_total() -> None:
    # 总产量 is about 粮食 here, not about 总: 电话总容量 shares no thing with it.
    texts = ["城乡电话总容量增长１．１倍，达到２８６０万门。"]
    reports = national_report("1993", texts)
    assert _ask("1993年的政府工作报告说1992年全国粮食总产量是多少？", reports).abstained


def test_a_quoted_name_is_one_term_and_a_count_may_precede_it() -> None:
    labels = [g.label for g in key_terms("要把多少“老工伤”人员纳入工伤保险？", [], ())]
    assert "老工伤" in labels and "老" not in labels
    texts = ["将全国130万“老工伤”人员全部纳入工伤保险范围。", "中央财政安排429亿元。"]
    reports = national_report("2010", texts)
    assert "130万" in _ask("2010年的报告提到要把多少“老工伤”人员纳入工伤保险？", reports).text


def test_da_dao_tells_no_result_when_a_plan_is_asked() -> None:
    texts = ["加强细颗粒物和臭氧协同控制，北方地区清洁取暖率达到70%。"]
    reports = national_report("2021", texts)
    question = "2021年政府工作报告对北方地区清洁取暖率提出的目标是多少？"
    assert "70%" in _ask(question, reports).text


def test_a_figure_in_another_unit_does_not_answer() -> None:
    texts = ["到一九五三年底，中央衞生部所屬醫院共有三千零六十八所。"]
    reports = national_report("1954", texts)
    assert _ask("1954年报告里全国医院病床总共有多少张？", reports).abstained
    assert "三千零六十八所" in _ask("1954年报告里中央卫生部所属医院有多少所？", reports).text


def test_particles_and_place_words_are_no_units() -> None:
    assert asked_unit("跟我国建交的国家有多少了？") == ""
    assert asked_unit("有多少本地群众来参加？") == ""
    assert asked_unit("一共借了多少本书") == "本"
    assert asked_unit("给种田的农户发了多少种地补贴？") == "元"  # 种 the verb of 种地
    assert asked_unit("引进了多少种果树") == "种"
    # Enterprises are counted in 户 as well as 家.
    texts = ["全年新登记企业增长24.5%，平均每天新增1.5万户。"]
    reports = national_report("2017", texts)
    assert "1.5万户" in _ask("2017年报告里说，平均一天新登记的企业有多少家？", reports).text


def test_dollars_asked_are_not_answered_in_yuan() -> None:
    assert asked_unit("2005年全国人均国内生产总值是多少美元？") == "美元"
    assert asked_unit("投入了多少万元") == "元"
    texts = ["全年国内生产总值达到18.23万亿元，比上年增长9.9%。"]
    reports = national_report("2006", texts)
    assert _ask("2006年政府工作报告里，2005年全国人均国内生产总值是多少美元？", reports).abstained


def test_a_full_width_figures_clause_is_read_for_its_tense() -> None:
    texts = ["提出居民消费价格涨幅3％左右，综合考虑了去年价格变动的翘尾因素。"]
    reports = national_report("2010", texts)
    assert _ask("2010年政府工作报告中，2009年居民消费价格实际涨了多少？", reports).abstained


def test_the_kind_opening_the_sentence_holds_for_its_figures() -> None:
    texts = [
        "粮食按人口平均占有量超过了最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨。"
    ]
    reports = national_report("1979", texts)
    assert _ask("1979年政府工作报告里1978年全国棉花产量是多少万吨？", reports).abstained
    assert "三亿零四百七十五万吨" in _ask("1979年报告里1978年粮食总产量是多少？", reports).text


def test_money_asked_as_duoshao_qian_is_the_unit_and_zhunbei_asks_a_plan() -> None:
    labels = [g.label for g in key_terms("2023年投了多少钱修农村道路", [], ())]
    assert not any("钱" in label for label in labels)
    texts = ["两年来通过财政向银行发行2100亿元长期国债。", "今年发行1000亿元长期国债。"]
    reports = national_report("2000", texts)
    answer_text = _ask("2000年政府工作报告里，2000年当年准备发行的长期国债金额多少？", reports).text
    assert "1000亿元" in answer_text and "2100亿元" not in answer_text


def test_the_askers_story_before_a_colon_is_no_ask_but_a_topic_is() -> None:
    texts = ["全年粮食产量达到53082万吨。"]
    reports = national_report("2010", texts)
    question = "我在整理乡里的材料，想核对一下：2010年那份政府工作报告回顾2009年，粮食产量是多少？"
    assert "53082万吨" in _ask(question, reports).text
    assert "53082万吨" in _ask("粮食产量：2010年报告说2009年是多少？", reports).text


def test_a_two_digit_year_in_words_names_the_report() -> None:
    meta = ReportMeta(doc_id="n", source="n.txt", title="1988年报告", town="全国", period="1988")
    assert read_query("八八年那份政府工作报告里讲部队裁了多少人", [meta]).periods == ["1988"]
    assert read_query("过去五六年里增加了多少", [meta]).periods == []
    # Said as a time, too (九六年咱们国家…); 三四年 is a span, 六十年来 no year at all.
    assert written_years("九六年咱们国家钢一年能产多少？") == {"1996"}
    assert written_years("零八年奥运会") == {"2008"}
    assert not written_years("三四年就能建成，六十年来的变化")
    # A year without 年 that points at itself or its report (2018那一年) is named too.
    assert read_query("2018那一年日均新设企业有多少户？", [meta]).periods == ["2018"]
    assert read_query("2018家企业", [meta]).periods == []


def test_things_listed_under_one_ask_word_are_each_asked() -> None:
    from retrieval.questions import item_parts

    towns = ["卢峰镇", "统溪河镇"]
    assert item_parts("高速铁路运营里程和高速公路里程分别增加到了多少？", towns) == [
        "高速铁路运营里程增加到了多少",
        "高速公路里程增加到了多少",
    ]
    assert item_parts("全国损失了多少工业总产值、钢产量和财政收入？", towns) == [
        "全国损失了多少工业总产值",
        "全国损失了多少钢产量",
        "全国损失了多少财政收入",
    ]
    # Whose each is named first, the thing after the last: "城镇和农村人均住房面积".
    assert item_parts("2012年底城镇和农村人均住房面积分别是多少", towns) == [
        "2012年底城镇人均住房面积是多少",
        "农村人均住房面积是多少",
    ]
    # Towns and years are compared one scope each, not cut into asks; a list that only starts
    # with a town is still cut, the words up to its 的 going with every item.
    assert item_parts("卢峰镇和统溪河镇各复查了多少", towns) == ["卢峰镇和统溪河镇各复查了多少"]
    assert item_parts("卢峰镇今年发的玉米和大豆种子各多少公斤", towns) == [
        "卢峰镇今年发的玉米多少公斤",
        "卢峰镇今年发的大豆种子多少公斤",
    ]
    assert item_parts("2004年和2006年的粮食总产量分别是多少", towns) == [
        "2004年和2006年的粮食总产量分别是多少"
    ]
    # Years written short (08年, 五九年) are years too, not things.
    assert item_parts("08年和09年GDP分别比上年增长了多少", towns) == [
        "08年GDP比上年增长了多少",
        "09年GDP比上年增长了多少",
    ]
    texts = [
        "高速铁路运营里程从2.5万公里增加到4.2万公里。",
        "交通建设成就显著，高速公路里程从13.6万公里增加到17.7万公里。",
    ]
    reports = national_report("2023", texts)
    question = "2023年政府工作报告回顾过去五年，高速铁路运营里程和高速公路里程分别增加到了多少？"
    text = _ask(question, reports).text
    assert "4.2万公里" in text and "17.7万公里" in text


def test_one_tax_does_not_answer_another() -> None:
    texts = ["落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。"]
    reports = national_report("2019", texts)
    assert _ask("2019年报告说个人所得税起征点提高到每月多少元？", reports).abstained
    assert "10万元" in _ask("2019年报告说增值税起征点提高到多少？", reports).text


def test_the_state_council_and_this_area_are_no_things_counted() -> None:
    labels = [
        g.label for g in key_terms("简政放权这块，2015年国务院一共取消和下放了几项审批？", [], ())
    ]
    assert "这块" not in labels
    texts = ["国务院提请全国人大常委会审议法律议案11件。", "取消和下放311项行政审批事项。"]
    reports = national_report("2016", texts)
    question = "简政放权这块，2016年报告里讲2015年国务院一共取消和下放了几项审批？"
    assert "311项" in _ask(question, reports).text


def test_the_kind_in_a_figures_own_bracket_is_its_kind() -> None:
    meta = ReportMeta(
        doc_id="b", source="b.txt", title="北斗溪镇", town="北斗溪镇", period="2025H1"
    )
    reports = {"b": (meta, ["完成玉米大豆良种免费发放（玉米250公斤，大豆700公斤）。"])}
    assert "大豆700公斤" in _ask("北斗溪镇免费发的大豆良种多少公斤？", reports).text
    # Not the 玉米 figure alone: the bracket names 玉米 for 250公斤.
    assert not _ask("北斗溪镇免费发的大豆种子多少公斤？", reports).text.endswith("玉米250公斤[1]。")


def test_a_fund_named_with_jin_asks_money() -> None:
    assert asked_unit("一年发了多少低保金？") == "元"
    assert asked_unit("抚恤金发了多少") == "元"
    meta = ReportMeta(doc_id="b", source="b.txt", title="北斗溪镇", town="北斗溪镇", period="2023")
    reports = {"b": (meta, ["全镇符合纳入农村低保户282户527人，发放低保金共计161万余元。"])}
    text = _ask("北斗溪2023年农村低保有多少户多少人，一年发了多少低保金？", reports).text
    assert "282户527人" in text and "161万余元" in text


def test_a_years_result_is_told_by_the_next_years_report() -> None:
    earlier = national_report("2004", ["全年实际利用外商直接投资535亿美元。"])
    later = national_report("2005", ["全年实际利用外商直接投资606亿美元。"])
    reports = {"a": earlier["n"], "b": later["n"]}
    result = _ask("2004年全年实际利用外商直接投资多少亿美元？", reports)
    assert "606亿美元" in result.text and "535" not in result.text
    assert result.citations[0].period == "2005"
    # Named as the report, the year is the report's: its own review of the year before.
    assert "535亿美元" in _ask("2004年政府工作报告里实际利用外商直接投资多少？", reports).text
    # Only the named year's report when it answers; the next one when it does not.
    plan = {"a": national_report("2004", ["今年国家拿出100亿元直接补贴种粮农民。"])["n"]}
    plan["b"] = national_report("2005", ["全年汽车销售1364万辆。"])["n"]
    assert "100亿元" in _ask("2004年国家拿出多少钱直接补贴种粮农民？", plan).text
    assert "1364万辆" in _ask("2004年全国卖出去多少辆汽车？", plan).text
    # A year written short (04年) is a year too.
    assert "1364万辆" in _ask("04年全国卖出去多少辆汽车？", plan).text
    # The next report is no place for a loose paraphrase: a figure must be plainly asked.
    assert _ask("2004年全国电影票房收入是多少？", plan).abstained


def test_years_side_by_side_are_each_told_by_the_next_years_report() -> None:
    reports = {
        "a": national_report("2008", ["中央财政用于“三农”的支出五年累计1.6万亿元。"])["n"],
        "b": national_report("2009", ["全年中央财政用于“三农”的投入5955亿元。"])["n"],
        "c": national_report("2010", ["中央财政用于“三农”的支出7253亿元。"])["n"],
    }
    result = _ask("2008年和2009年中央财政用于“三农”的钱分别是多少？", reports)
    assert "5955亿元" in result.text and "7253亿元" in result.text
    assert "全国2010年报告（回顾2009年）" in result.text
    # A year whose next report does not tell it plainly keeps its own report's answer.
    reports["c"] = national_report("2010", ["全年汽车销售1364万辆。"])["n"]
    result = _ask("2008年和2009年中央财政用于“三农”的钱分别是多少？", reports)
    assert "5955亿元" in result.text and "7253亿元" not in result.text


def two_towns(beidouxi: list[str], tongxihe: list[str]) -> dict[str, tuple[ReportMeta, list[str]]]:
    """The first-half 2025 reports of 北斗溪镇 and 统溪河镇, one sentence a passage."""
    return {
        "b": (
            ReportMeta(doc_id="b", source="b", title="b", town="北斗溪镇", period="2025H1"),
            beidouxi,
        ),
        "t": (
            ReportMeta(doc_id="t", source="t", title="t", town="统溪河镇", period="2025H1"),
            tongxihe,
        ),
    }


def test_which_of_two_has_more_asked_with_shui() -> None:
    assert COMPARE_ASK.search("北斗溪和统溪河谁发展的党员多？")
    assert not asks_person("北斗溪和统溪河谁发展的党员多？")
    assert asks_person("北斗溪镇镇长是谁？")
    reports = two_towns(
        ["严把党员发展入口关，上半年我镇发展入党积极分子19人，预备党员11人。"],
        ["今年共接收入党积极分子11名,发展党员7名。"],
    )
    text = _ask("今年上半年北斗溪和统溪河谁发展的党员多？", reports).text
    assert "11人" in text and "7名" in text


def test_a_word_asked_twice_is_counted_where_the_ask_word_is() -> None:
    meta = ReportMeta(doc_id="l", source="l", title="l", town="卢峰镇", period="2025H1")
    texts = ["组织31个村开展了12次“垃圾清扫日”活动，共清理垃圾40余吨，整治卫生死角300余处。"]
    text = _ask("卢峰镇搞垃圾清扫日一共清掉了多少垃圾？", {"l": (meta, texts)}).text
    assert "40余吨" in text


def test_years_compared_within_one_report_are_each_answered() -> None:
    texts = [
        "1956年职工全年的平均工资是610元，比农民一家人的全年平均收入高一倍多。",
        "1952年全国职工年平均工资是每人446元，1956年提高到610元。",
    ]
    result = _ask(
        "1957年报告里，1952年和1956年全国职工年平均工资分别是多少？", national_report("1957", texts)
    )
    assert "446元" in result.text and "610元" in result.text
    # One quote holds both: it is not repeated for each year.
    assert result.text.count("446元") == 1
    # Years that name reports stay scopes of their own.
    question = "2004年和2006年的粮食总产量分别是多少？（看2005、2007年的报告）"
    assert len(analyse(question, read_query(question, []), [], ())) == 1
    question = "1959年报告，我国钢产量1952年和1958年分别是多少？"
    asks = analyse(question, read_query(question, []), [], ())
    assert [a.year for a in asks] == ["1952", "1958"]


def test_a_figure_in_chinese_numerals_counts_like_one_in_digits() -> None:
    texts = [
        "从1952年到1956年，我们派出留学生6,435人。",
        "在校的小学学生已经从1949年的二千四百多万人增加到1956年的六千三百多万人。",
    ]
    text = _ask("1957年报告里说1956年在校小学生有多少人？", national_report("1957", texts)).text
    assert "六千三百多万人" in text and "6,435" not in text


def test_sibling_kinds_of_aid_subsidy_rate_and_pollutant() -> None:
    texts = ["发放低保金30.8万元、临时救助28.6万元。", "城镇调查失业率5.5%左右。"]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇2021年孤儿救助发了多少钱？", reports).abstained
    assert "28.6万元" in _ask("县溪镇2021年临时救助发了多少钱？", reports).text
    assert _ask("县溪镇2021年城镇登记失业率是多少？", reports).abstained
    # A kind written before another figure of the sentence still names this one.
    forest = ["完成天然林补贴发放2344户102万元、公益林补贴发放453户30.54万元。"]
    reports = {"t": (TOWN, forest)}
    assert "102万元" in _ask("县溪镇2021年天然林补贴发了多少钱？", reports).text
    assert "30.54万元" in _ask("县溪镇2021年公益林补贴发了多少钱？", reports).text
    air = ["二氧化硫、氮氧化物排放量分别下降3%，重点地区细颗粒物（PM2.5）浓度继续下降。"]
    assert _ask("2016年报告要求PM2.5浓度下降百分之几？", national_report("2016", air)).abstained


def test_a_sub_group_of_party_members() -> None:
    meta = ReportMeta(doc_id="l", source="l", title="l", town="卢峰镇", period="2025H1")
    reports = {"l": (meta, ["组织41个村（社区）4173名党员全覆盖培训。"])}
    assert _ask("卢峰镇上半年发展了多少名预备党员？", reports).abstained
    assert "4173名" in _ask("卢峰镇有多少名党员参加培训？", reports).text


def test_a_short_year_in_words_is_no_term_and_jun_dui_is_the_army() -> None:
    labels = [g.label for g in key_terms("八八年那份政府工作报告里讲部队裁了多少人", [], ())]
    assert not any("八八" in label for label in labels)
    texts = ["我们就主动地、果断地把军队裁减了１００万人。"]
    text = _ask("八八年那份政府工作报告里讲部队裁了多少人", national_report("1988", texts)).text
    assert "１００万人" in text


def test_the_share_of_a_part_may_be_its_amount() -> None:
    assert asked_unit("其中留抵退税占多少？") == ""
    assert asked_unit("其中农村人口占多少比例？") == "%"
    assert asked_unit("第三产业占多少？") == "%"
    texts = ["预计全年退税减税约2.5万亿元，其中留抵退税约1.5万亿元。"]
    text = _ask(
        "2022年报告预计全年退税减税一共多少？其中留抵退税占多少？", national_report("2022", texts)
    ).text
    assert "2.5万亿元" in text and "1.5万亿元" in text


def test_a_subsidy_is_not_answered_by_other_money_or_another_subsidy() -> None:
    assert not any(g.label == "23" for g in key_terms("北斗溪23年高龄补贴发了多少", [], ()))
    meta = ReportMeta(doc_id="b", source="b", title="b", town="北斗溪镇", period="2023")
    texts = [
        "完成天然林补贴发放2344户102万元、公益林补贴发放453户30.54万元。",
        "今年度共发放优抚经费73万余元。",
    ]
    reports = {"b": (meta, texts)}
    assert _ask("北斗溪23年高龄补贴发了多少", reports).abstained
    assert _ask("北斗溪镇2023年耕地地力补贴发放了多少钱？", reports).abstained
    assert "73万余元" in _ask("北斗溪23年优抚经费发了多少", reports).text


def test_an_area_asked_with_duo_da() -> None:
    assert asked_unit("新种的中药材面积有多大？") == "亩"
    assert asked_unit("造林多大面积？") == "亩"
    labels = [g.label for g in key_terms("新种的中药材面积有多大？", [], ())]
    assert "面积" not in labels
    meta = ReportMeta(doc_id="b", source="b", title="b", town="北斗溪镇", period="2023")
    texts = ["全镇2023年新增中药种植2000亩。", "造林面积达到1.2万公顷。"]
    reports = {"b": (meta, texts)}
    assert "2000亩" in _ask("2023年北斗溪镇新种的中药材面积有多大？", reports).text
    assert "1.2万公顷" in _ask("北斗溪镇造林面积有多大？", reports).text


def test_a_quoted_name_must_be_in_the_reports() -> None:
    groups = key_terms("第二届“七星杯”篮球文化节有多少支队伍参赛？", [], ())
    assert any(g.label == "七星杯" and g.name for g in groups)
    meta = ReportMeta(doc_id="b", source="b", title="b", town="北斗溪镇", period="2023")
    reports = {"b": (meta, ["依托5支新时代文明实践专业志愿服务队伍。"])}
    assert _ask("北斗溪镇“七星杯”篮球赛有多少支队伍参赛？", reports).abstained


def test_the_word_that_says_whose_it_is_must_be_in_the_sentence() -> None:
    spent = (
        "其中中央财政投资1.26万亿元，"
        "主要用于保障性安居工程、农村民生工程、基础设施建设和灾后恢复重建。"
    )
    question = "2013年政府工作报告说过去五年保障性住房建设总共投了多少钱？"
    assert _ask(question, national_report("2013", [spent])).abstained
    housing = "城镇保障性住房建设投入资金4000亿元。"
    assert "4000亿元" in _ask(question, national_report("2013", [spent, housing])).text


def test_a_lone_ge_shi_duo_shao_asks_each_thing_named_before() -> None:
    question = "1993年政府工作报告里，1992年城里人和农村人的人均收入差多少？各是多少"
    asks = analyse(question, read_query(question, []), [], ())
    assert len(asks) == 2 and all("人均收入" in a.text for a in asks)
    texts = [
        "城镇居民人均生活费收入增加９１０元，达到１８２６元；农村居民人均纯收入增加３２１元，达到７８４元。"
    ]
    text = _ask(question, national_report("1993", texts)).text
    assert "１８２６元" in text and "７８４元" in text


def test_a_title_asked_is_not_answered_by_its_deputy() -> None:
    texts = ["国务院委托国家计委副主任李人俊同志，于今年4月8日向人大常委会作了报告。"]
    reports = national_report("1980", texts)
    assert _ask("1980年政府工作报告里提到的国家计委主任是谁？", reports).abstained
    assert "李人俊" in _ask("1980年政府工作报告里提到的国家计委副主任是谁？", reports).text


def test_a_part_opened_by_qi_zhong_is_no_answer_for_the_whole() -> None:
    texts = [
        "到１９５５年底，参加农业生产合作社的农户已经达到７，５００多万户；"
        "其中参加高级农业生产合作社的农户达到４７０多万户。"
    ]
    reports = national_report("1956", texts)
    question = "1956年的报告里说，到1955年底全国参加农业生产合作社的农户有多少户？"
    assert "７，５００多万户" in _ask(question, reports).text
    part = "1956年的报告里说，到1955年底其中参加高级农业生产合作社的农户有多少户？"
    assert "４７０多万户" in _ask(part, reports).text


def test_a_plan_asked_with_ji_hua_dang_nian() -> None:
    from retrieval.questions import tense_of

    assert tense_of("计划当年全国拖拉机站要增加到多少个？") == "target"
    assert tense_of("拖拉机站要增加到多少个？") == "target"
    assert tense_of("计划生育工作开展了几次？") == ""


def test_a_thing_with_other_names_is_not_answered_by_a_loose_paraphrase() -> None:
    # 外汇储备 has other names (外汇家底) and none is in the sentence: 利用外资 is another thing.
    texts = ["五年共利用外资６０９亿美元，相当于前九年总和的１．６倍。"]
    assert _ask(
        "1993年报告里1992年底国家外汇储备有多少亿美元？", national_report("1993", texts)
    ).abstained


def test_towns_compared_each_with_its_own_words() -> None:
    assert town_parts(
        "北斗溪镇发展的预备党员和统溪河镇发展的党员，哪边人数多？", ["北斗溪镇", "统溪河镇"]
    ) == {
        "北斗溪镇": "北斗溪镇发展的预备党员哪边人数多？",
        "统溪河镇": "统溪河镇发展的党员哪边人数多？",
    }
    # A part naming only its period shares the words of the last one.
    assert not town_parts(
        "北斗溪镇2025年上半年和县溪镇2021年发放的高龄补贴各是多少？", ["北斗溪镇", "县溪镇"]
    )
    reports = two_towns(
        ["上半年我镇发展入党积极分子19人，预备党员11人。"],
        ["今年共接收入党积极分子11名,发展党员7名。", "落实每个村每2年至少发展1名党员的要求。"],
    )
    text = _ask("上半年北斗溪镇发展的预备党员和统溪河镇发展的党员，哪边人数多？", reports).text
    assert "11人" in text and "7名" in text
    # 谁…更大 and 哪边…多 compare figures.
    assert COMPARE_ASK.search("北斗溪镇和统溪河镇，谁推广的大豆玉米复合种植面积更大？")
    assert COMPARE_ASK.search("两个镇哪边人数多？")


def test_a_short_year_said_in_tens_names_a_report() -> None:
    assert report_years("1959年全国农民平均一个人能挣多少钱？六十年那个报告") == {"1960"}
    assert not written_years("六十年代的事")
    texts = [
        "按全国农村人口平均，一九五九年每人收入八十五元左右，赶上了富裕中农的平均收入水平"
        "（每人八十元），提前达到了纲要要求在一九六二年前后达到的目标。"
    ]
    # 左右 marks no plan in a clause naming the past year asked: that year's result.
    text = _ask(
        "1959年全国农民平均一个人能挣多少钱？六十年那个报告", national_report("1960", texts)
    ).text
    assert "八十五元左右" in text and "每人八十元" not in text


def test_where_to_look_and_fillers_are_no_asks() -> None:
    question = "“十二五”规划打算新修多少公里高铁？2011年报告里有吗"
    assert len(analyse(question, read_query(question, []), [], ())) == 1
    question = "“十五”那五年经济一年大概涨多少？2001年报告怎么定的"
    asks = analyse(question, read_query(question, []), [], ())
    assert len(asks) == 1 and "大概" not in {g.label for g in asks[0].groups}
    assert "多久" not in {g.label for g in key_terms("打算多久把农业税彻底免掉", [], ())}


def test_a_comma_between_digit_groups_is_part_of_the_figure() -> None:
    texts = ["１９５５年国防费支出６，４９９，８６２，０００元，占预算数的９０．３６％。"]
    text = _ask("1956年报告里，1955年国防费实际支出是多少元？", national_report("1956", texts)).text
    assert "６，４９９，８６２，０００元" in text


def test_a_years_end_is_told_by_the_next_report() -> None:
    reports = {
        "a": national_report("2000", ["人民币汇率稳定，国家外汇储备年底达到1547亿美元。"])["n"],
        "b": national_report("2001", ["国家外汇储备2000年底达1656亿美元。"])["n"],
        "c": national_report("2005", ["国家外汇储备增加到6099亿美元。"])["n"],
        "d": national_report("2006", ["年末国家外汇储备达到8189亿美元。"])["n"],
    }
    text = _ask("国家外汇储备2000年底是多少？", reports).text
    assert "1656亿美元" in text and "1547" not in text
    # Compared: each year is asked of its own report, not of the other's.
    text = _ask("国家外汇储备2000年底和2005年末各是多少？", reports).text
    assert "1656亿美元" in text and "8189亿美元" in text


def test_each_item_of_a_list_is_what_its_ask_counts() -> None:
    texts = [
        "一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，"
        "钢产量二千八百万吨，财政收入四百亿元。"
    ]
    result = _ask(
        "1978年报告说，因为“四人帮”干扰，工业总产值和钢产量各损失多少？",
        national_report("1978", texts),
    )
    assert "一千亿元" in result.text and "二千八百万吨" in result.text
    # The two overlapping quotes are told once, as one.
    assert result.text.count("一千亿元") == 1 and len(result.citations) == 1


def test_figures_given_item_by_item_answer_only_the_items_listed() -> None:
    reports = {
        "a": national_report("2006", ["去年中央财政安排再就业补助209亿元。"])["n"],
        "b": national_report(
            "2007",
            [
                "全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元。"
            ],
        )["n"],
    }
    # 花了 asks a result: the next report; the 2006 report's 去年 is 2005 anyway.
    text = _ask("2006年中央财政在卫生上花了多少钱？只要卫生这一项", reports).text
    assert "138亿元" in text and "209" not in text
    assert _ask("2006年中央财政花在体育上的钱有多少？", reports).abstained
    # The 2006 report's 去年 tells of 2005, not of the 2006 asked.
    only = {"a": reports["a"]}
    assert _ask("2006年中央财政安排的再就业补助是多少？", only).abstained


def test_one_item_of_a_summed_list_named_by_another_name() -> None:
    meta = ReportMeta(doc_id="t", source="t", title="t", town="统溪河镇", period="2025H1")
    texts = ["全年发放城乡低保、特困供养、临时性救助、高龄补贴等民政补助共计191万元。"]
    reports = {"t": (meta, texts)}
    assert _ask("统溪河镇上半年单是低保金发了多少钱？", reports).abstained
    # The sum itself, asked by its name, is answered.
    assert "191万元" in _ask("统溪河镇上半年民政补助共计发了多少钱？", reports).text


def test_a_target_asked_as_zhi_biao_and_a_report_named_by_its_speaker() -> None:
    assert report_years("75年周总理那份报告里说这十年建成了多少个大中型项目？") == {"1975"}
    texts = [
        "京西矿务局原定的煤炭产量的指标是二百八十五万吨，提高到三百零五万吨，比原定指标又增加百分之十以上。",
        "钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。",
    ]
    question = "1958年国民经济计划草案里钢产量指标定的是多少吨"
    assert "六百二十四万八千吨" in _ask(question, national_report("1958", texts)).text
    # 指标 is the thing listed when the question asks which ones.
    question = "1959年报告里提的四项指标是哪几项？"
    asks = analyse(question, read_query(question, []), [], ())
    assert asks[0].tense == "" and "指标" in " ".join(g.label for g in asks[0].groups)


def test_the_names_of_counted_things_are_not_answered_by_the_count() -> None:
    texts = [
        "地级及以上城市细颗粒物平均浓度下降27.5%。设立首批5个国家公园，建立各级各类自然保护地9000多处。",
    ]
    reports = national_report("2023", texts)
    assert _ask("2023年报告说设立了首批5个国家公园，具体是哪5个？", reports).abstained
    assert _ask("2023年报告说设立了首批5个国家公园，分别叫什么？", reports).abstained
    named = national_report(
        "2023", ["设立首批5个国家公园：三江源、大熊猫、东北虎豹、海南热带雨林、武夷山。"]
    )
    assert "三江源" in _ask("2023年报告说设立了首批5个国家公园，具体是哪5个？", named).text


def test_a_total_over_several_years_is_no_one_years_figure() -> None:
    texts = [
        "1952年到1956年五年间的实际产量合计，粮食为一万六千五百八十亿斤，棉花为一亿三千万担。",
    ]
    reports = national_report("1957", texts)
    assert _ask("1957年的政府工作报告里，1956年全国棉花产量是多少万担？", reports).abstained
    # Asked as the total, it answers.
    assert (
        "一亿三千万担" in _ask("1957年报告里，1952年到1956年五年间棉花产量合计多少？", reports).text
    )
    # The end of a span (由…增加到…) is that year's own figure.
    grown = national_report(
        "1979", ["两年来，钢产量由二千零四十六万吨增加到1978年的三千一百七十八万吨。"]
    )
    assert "三千一百七十八万吨" in _ask("1979年报告里1978年的钢产量是多少？", grown).text
    # A paragraph opening 这五年，tells its figures of the five years, sentences later too.
    five = national_report(
        "2011", ["这五年，各项社会事业加快发展。教育全面进步。城镇新增就业5771万人。"]
    )
    assert "5771" not in _ask("2011年报告里2010年城镇新增就业多少人？", five).text
    assert "5771万人" in _ask("2011年报告里这五年城镇新增就业多少人？", five).text


def test_colloquial_points_and_where_to_look_and_visits_are_not_people() -> None:
    assert asked_unit("2024年报告说去年老百姓到手的收入涨了几个点？") == "%"
    assert asked_unit("几点开会？") != "%"
    question = "疫情那年给企业免掉的社保费一共有多少？看2021年政府工作报告"
    asks = analyse(question, read_query(question, []), [], ())
    assert len(asks) == 1 and not {"那年", "看"} & {g.label for g in asks[0].groups}
    # 惠及学生358人次 counts visits: no paraphrase's answer to 参保了多少人.
    meta = ReportMeta(doc_id="x", source="x", title="x", town="县溪镇", period="2021")
    reports = {"x": (meta, ["“雨露计划”补助53.7万元、惠及学生358人次。"])}
    assert _ask("县溪那年医保参保了多少人", reports).abstained


def test_a_bracketed_word_before_a_thing_only_narrows_it() -> None:
    assert "预备" not in {g.label for g in key_terms("分别发展了多少名（预备）党员？", [], ())}
    # After a thing, the bracket is its other name: its words stay terms.
    terms = {g.label for g in key_terms("人居环境集中清理（综合整治）开展了多少次", [], ())}
    assert {"综合", "整治"} <= terms


def test_a_weak_answer_in_the_years_report_gives_way_to_the_next_reports() -> None:
    # The 1979 report counts 职工住宅, not wages: the 1980 report reviews 1979's wages.
    earlier = national_report(
        "1979", ["全国将用三十亿元建设职工住宅。", "全国百分之六十的职工增加了工资。"]
    )
    later = national_report("1980", ["1979年职工的年平均工资达到705元，比上年增加61元。"])
    reports = {"a": earlier["n"], "b": later["n"]}
    result = _ask("79年国营单位职工一年平均能拿多少工资？", reports)
    assert "705元" in result.text and "三十亿元" not in result.text
    assert result.citations[0].period == "1980"
    # A plain answer in the year's own report stays the answer.
    plain = national_report("1979", ["职工的年平均工资为644元。"])
    assert "644元" in _ask("79年职工平均工资多少？", {"a": plain["n"], "b": later["n"]}).text


def test_a_count_asked_by_its_noun_wants_its_unit() -> None:
    assert asked_unit("县溪镇2021年参加养老保险的具体人数是多少？") == "人"
    assert asked_unit("户数有多少") == "户"
    assert asked_unit("参保人数比例多少") == "%"
    reports = {"t": (TOWN, ["养老保险参保率达90%以上。"])}
    assert _ask("县溪镇2021年参加养老保险的具体人数是多少？", reports).abstained


def test_money_counted_by_its_name_is_asked_in_yuan() -> None:
    assert asked_unit("79年国营单位职工一年平均能拿多少工资？") == "元"
    assert asked_unit("城乡居民存款有多少？") == "元"
    # A count of people, or a rise, is not asked in yuan.
    assert asked_unit("国家助学贷款提标降息，到底让多少学生得了实惠？") != "元"
    assert asked_unit("国家准备给全国职工平均涨多少工资？") == ""


def tongxihe(texts: list[str]) -> dict[str, tuple[ReportMeta, list[str]]]:
    meta = ReportMeta(doc_id="t", source="t", title="t", town="统溪河镇", period="2025H1")
    return {"t": (meta, texts)}


def test_a_figure_in_a_quoted_slogan_counts_nothing() -> None:
    texts = [
        "落实“原则上每个村每2年至少发展1名党员”的要求,坚持把政治标准作为第一标尺,严把政治标准,"
        "严格政治审查,今年共接收入党积极分子11名,发展党员7名,为基层治理注入强劲动能。"
    ]
    text = _ask("统溪河镇今年新吸收了几个正式发展的党员？", tongxihe(texts)).text
    assert "7名" in text and "每2年" not in text


def test_in_the_river_names_no_place() -> None:
    texts = [
        "针对统溪河水域野泳、非法垂钓等问题,设立警示牌10处,组织巡逻队每日巡查,劝阻违规行为50余起。"
    ]
    text = _ask("统溪河镇那边河里野泳、偷偷钓鱼的，劝回去了多少起？", tongxihe(texts)).text
    assert "50余起" in text


def _chunks(meta: ReportMeta, paragraphs: list[str]) -> list[Passage]:
    """One chunk a paragraph, at their offsets in the report (a paragraph break between)."""
    out, at = [], 0
    for i, text in enumerate(paragraphs):
        p = _passage(meta, i, text)
        out.append(p.model_copy(update={"start": at, "end": at + len(text), "section": "回顾"}))
        at += len(text) + 4
    return out


def test_a_paragraph_going_on_with_the_one_before_shares_its_topic() -> None:
    meta, _ = national_report("2009", [])["n"]
    paragraphs = [
        "去年5月12日，我国发生震惊世界的汶川特大地震。全国各族人民展开了抗震救灾斗争。",
        "我们坚持把抢救人的生命放在第一位，从废墟中抢救生还者8.4万人。",
    ]
    question = "2009年报告讲汶川特大地震时从废墟中抢救出多少生还者？"
    chunks = _chunks(meta, paragraphs)
    result = answer(read_query(question, [meta]), lambda q, k: chunks[::-1], [meta], k=10)
    assert "8.4万人" in result.text
    # A paragraph naming its own thing does not go on with the one before it.
    other = _chunks(meta, [paragraphs[0], "各地从废墟中抢救生还者8.4万人。"])
    result = answer(read_query(question, [meta]), lambda q, k: other[::-1], [meta], k=10)
    assert result.abstained


def test_when_and_already_are_no_terms() -> None:
    labels = [g.label for g in key_terms("当时已经投产的有几项", [], ())]
    assert labels == ["投产"]
    # The asker's own aside ("我问的是实际数") and the occasion (两会) name no thing.
    labels = [g.label for g in key_terms("两会上物价涨幅实际降到了多少？我问的是实际数", [], ())]
    assert "问" not in labels and "数" not in labels and "两会" not in labels
    # 来 of 拿出多少钱来防治 is no thing counted (it would match 五年来).
    assert "来" not in [g.label for g in key_terms("国家拿出多少钱来防治非典？", [], ())]
    labels = [g.label for g in key_terms("统溪河镇那边河里偷偷钓鱼的有多少", ["统溪河镇"], ())]
    assert "那边" not in labels and "偷偷" not in labels


def test_an_amount_gained_or_a_five_year_total_is_no_years_level() -> None:
    reports = national_report(
        "1957",
        [
            "钢产量前三年共增加了一百五十万吨。",
            "以钢的产量来说，第一个五年合计将达到一千六百三十万吨。",
        ],
    )
    assert _ask("1956年全国钢产量一共是多少万吨？57年报告", reports).abstained
    reached = national_report("1957", ["1956年钢产量增加到四百四十六万吨。"])
    assert "四百四十六万吨" in _ask("1956年全国钢产量是多少万吨？57年报告", reached).text


def test_an_untold_year_is_answered_by_its_report_and_by_the_next_ones_review() -> None:
    reports = {
        "a": national_report("2015", ["今年城镇新增就业1000万人以上。"])["n"],
        "b": national_report("2016", ["城镇新增就业1312万人。"])["n"],
    }
    result = _ask("2015年全国城镇新增就业多少人？", reports)
    assert "2016年报告（回顾2015年）" in result.text and "1312万人" in result.text
    # The year's own report gives its target's bound: no result, unless the plan is asked.
    assert "1000万人以上" not in result.text
    assert "1000万人以上" in _ask("2015年全国城镇新增就业的目标是多少人？", reports).text
    # The next report's plan is for its own year: no answer for the year asked.
    reports = {
        "a": national_report("2011", ["今年拟安排财政赤字9000亿元。"])["n"],
        "b": national_report("2012", ["今年拟安排财政赤字8000亿元。"])["n"],
    }
    result = _ask("2011年财政赤字多少？", reports)
    assert "9000亿元" in result.text and "8000亿元" not in result.text


def test_a_year_without_a_report_is_told_by_the_report_after_it() -> None:
    reports = {
        "a": national_report("1995", ["今年粮食产量计划达到４６５０亿公斤。"])["n"],
        "b": national_report(
            "1997", ["１９９６年钢产量突破１亿吨。", "今年钢产量预计１．０５亿吨。"]
        )["n"],
    }
    result = _ask("1996年咱们国家的钢产量是不是过了一亿吨？", reports)
    assert "１亿吨" in result.text and "１．０５亿吨" not in result.text
    assert "全国1997年报告（回顾1996年）" in result.text
    # A report named by a year that has none: there is no such report to answer from.
    result = _ask("1996年政府工作报告说钢产量是多少？", reports)
    assert result.abstained and "1996年的报告" in result.text


def _sectioned(meta: ReportMeta, section: str, text: str) -> Passage:
    return _passage(meta, 0, text).model_copy(update={"section": section})


def test_a_figure_told_of_the_year_before_is_not_the_report_years() -> None:
    meta, _ = national_report("1959", [])["n"]
    said = _passage(meta, 0, "我们在一九五八年使钢产量增长到一千一百零八万吨。")
    result = answer(read_query("1959年全国钢产量是多少？", [meta]), lambda q, k: [said], [meta])
    assert "一千一百零八万吨" not in result.text
    # A section reviewing the year before tells that year's figures, whether or not the next
    # report reviews the year asked: 1991's output is no answer for 1992.
    own, _ = national_report("1992", [])["n"]
    nxt, _ = national_report("1993", [])["n"]
    review = _sectioned(own, "一、１９９１年国内工作的回顾", "粮食产量达到４３５２４万吨。")
    question = "1992年全国粮食产量是多少？"
    both = [own, nxt]
    result = answer(
        read_query(question, both), lambda q, k: [review] if "1992" in q.periods else [], both
    )
    assert "４３５２４万吨" not in result.text
    result = answer(read_query(question, [own]), lambda q, k: [review], [own])
    assert "４３５２４万吨" not in result.text
    result = answer(read_query("1991年全国粮食产量是多少？", [own]), lambda q, k: [review], [own])
    assert "４３５２４万吨" in result.text


def test_a_year_leading_a_sentence_tells_every_clause_after_it_even_across_chunks() -> None:
    meta, _ = national_report("1984", [])["n"]
    lead = "一九八三年，职工家庭按人口平均的生活费收入达到５２６元，比上年增长６．４％；"
    clause = "农民按人口平均的纯收入达到３０９．８元，比上年增长１４．７％。"
    # The chunker cut the sentence at its ；: the year is in the chunk before.
    cut = [
        _passage(meta, 0, lead),
        _passage(meta, 1, clause).model_copy(
            update={"start": len(lead), "end": len(lead) + len(clause)}
        ),
    ]
    question = "1984年全国农民人均纯收入是多少？"
    result = answer(read_query(question, [meta]), lambda q, k: cut, [meta], k=10)
    assert "３０９．８元" not in result.text
    # Without the lead, nothing says the clause is about another year.
    result = answer(read_query(question, [meta]), lambda q, k: cut[1:], [meta], k=10)
    assert "３０９．８元" in result.text


def test_decades_of_reports_asked_with_no_year_answer_from_the_best_passages_report() -> None:
    # The search ranks the 1961 resolution first (the test's retrieval keeps this order).
    reports = {}
    reports["1961"] = national_report(
        "1961",
        [
            "第二届全国人民代表大会第三次会议关于政府工作报告的决议。",
            "政府在战胜自然灾害方面，在调整国民经济方面，进行了大量的工作。",
        ],
    )["n"]
    for year in range(1954, 1961):
        reports[str(year)] = national_report(str(year), [f"{year}年的工作很多。"])["n"]
    result = _ask("国务院在哪几个方面进行了大量的工作？", reports)
    assert "战胜自然灾害" in result.text and result.text.count("全国") == 1
    assert "报告未提及" not in result.text


def test_one_character_shared_with_the_counted_thing_does_not_name_it() -> None:
    # 增 of 增收 (收入's other name) in 增加 names no income.
    reports = national_report("2018", ["居民基本医保人均财政补助标准再增加40元。"])
    assert _ask("2018年城镇居民人均可支配收入是多少元？", reports).abstained
    # Both characters, reordered (涨价 in 价格上涨), do.
    texts = [
        "突出的问题是物价上涨幅度过高。去年我在政府工作报告中曾提出，要把全年商品零售物价上涨"
        "幅度控制在百分之十以内。虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七，"
        "其中食品价格上涨的因素大约有十三个百分点左右，群众反映强烈。"
    ]
    text = _ask(
        "1995年报告讲物价涨得厉害，光是吃的东西涨价就占了几个百分点？",
        national_report("1995", texts),
    ).text
    assert "十三个百分点" in text


def test_the_figures_own_clause_names_its_kind() -> None:
    spending = "预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元。"
    question = "2024年全国一般公共预算收入是多少万亿元？"
    assert _ask(question, national_report("2024", [spending])).abstained
    income = "财政收入继续恢复增长，一般公共预算收入21.7万亿元。"
    assert "21.7万亿元" in _ask(question, national_report("2024", [income])).text


def test_a_section_reviewing_last_year_tells_last_years_figures() -> None:
    own, _ = national_report("2006", [])["n"]
    nxt, _ = national_report("2007", [])["n"]
    review = _sectioned(own, "一、去年工作回顾", "城镇居民人均可支配收入达到10493元。")
    told = _sectioned(nxt, "一、2006年工作回顾", "城镇居民人均可支配收入11759元。")

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [p for p in (review, told) if p.period in query.periods]

    both = [own, nxt]
    result = answer(read_query("2006年城镇居民人均可支配收入是多少？", both), retrieve, both)
    assert "11759元" in result.text and "10493元" not in result.text
    assert "全国2007年报告（回顾2006年）" in result.text


def test_soldiers_are_counted_in_people() -> None:
    texts = ["当国际形势许可的时候，我们就主动地、果断地把军队裁减了１００万人。"]
    text = _ask(
        "1988年的报告里说咱们国家主动裁军，一共裁掉了多少兵？", national_report("1988", texts)
    ).text
    assert "１００万人" in text


def test_an_amount_compared_with_last_year_is_a_change_not_the_level() -> None:
    texts = ["国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。"]
    text = _ask("2000年报告里说，1999年全国财政收入是多少？", national_report("2000", texts)).text
    assert "11377亿元" in text


def test_output_does_not_answer_exports() -> None:
    reports = national_report("2025", ["新能源汽车年产量突破1300万辆。"])
    assert _ask("2024年新能源汽车出口了多少万辆？2025年报告", reports).abstained
    assert "1300万辆" in _ask("2025年报告说新能源汽车年产量多少万辆？", reports).text


def test_township_hospitals_do_not_answer_village_clinics() -> None:
    texts = ["今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院建设。"]
    reports = national_report("2009", texts)
    assert _ask("2009年政府工作报告里中央财政打算支持建设多少个村卫生室？", reports).abstained
    assert "5000所" in _ask("2009年报告里中央财政支持多少所中心乡镇卫生院？", reports).text


def test_a_part_the_whole_questions_passages_miss_is_searched_alone() -> None:
    meta, _ = national_report("2009", [])["n"]
    rescue = _passage(meta, 0, "汶川地震后，我们从废墟中抢救生还者8.4万人。")
    funds = _passage(meta, 1, "中央财政安排384亿元救灾款和740亿元恢复重建资金。")

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [rescue] if "救灾款" not in query.text else [funds]

    question = "2009年汶川地震从废墟里救出了多少生还者？中央财政安排了多少救灾款？"
    result = answer(read_query(question, [meta]), retrieve, [meta])
    assert "8.4万人" in result.text and "384亿元" in result.text
    assert {p.chunk_id for p in result.passages} == {rescue.chunk_id, funds.chunk_id}


def test_a_figure_told_only_as_what_the_question_rules_out_does_not_answer() -> None:
    reports = national_report("1992", ["１９９１年外商直接投资协议金额１２０亿美元。"])
    question = "1992年报告说1991年外商直接投资到位了多少钱？不是协议金额"
    assert _ask(question, reports).abstained
    # A word the question also wants (特别国债) rules nothing out.
    texts = [
        "发行超长期特别国债1.3万亿元。",
        "拟发行特别国债5000亿元，支持国有大型商业银行补充资本。",
    ]
    question = "2025年报告里给国有大型商业银行补充资本的特别国债是多少？不是超长期特别国债那个。"
    text = _ask(question, national_report("2025", texts)).text
    assert "5000亿元" in text and "1.3万亿元" not in text


def test_buying_cars_is_told_as_their_sales() -> None:
    reports = {
        "a": national_report("2009", ["今年要扩大汽车消费。"])["n"],
        "b": national_report("2010", ["全年汽车销售1364万辆。"])["n"],
    }
    assert "1364万辆" in _ask("09年全国老百姓一共买了多少辆车啊？", reports).text


def test_a_level_reached_asked_is_not_answered_by_the_rise() -> None:
    texts = ["居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。"]
    reports = national_report("2025", texts)
    assert _ask("2025年居民医保人均财政补助标准提高到每人多少元？", reports).abstained
    assert "30元" in _ask("2025年居民医保人均财政补助标准提高了多少元？", reports).text
    texts = ["今年小麦最低收购价每50公斤提高5到7元。"]
    reports = national_report("2011", texts)
    assert _ask("2011年小麦最低收购价定到每50公斤多少元？", reports).abstained
    assert _ask("2011年小麦最低收购价提高以后，每50公斤是多少钱？", reports).abstained
    texts = ["财政补助标准由每人每年320元提高到380元。"]
    assert "380元" in _ask("2015年财政补助标准提高到多少？", national_report("2015", texts)).text


def test_a_village_named_earlier_in_the_sentence_still_holds() -> None:
    texts = [
        "龙岩村投入12万元,引入烘干设备2套。竹坪村投入20万元,对路基进行维护加固;"
        "千亩杨梅种植基地新建6间冷库,现已全面投入运营。"
    ]
    reports = {"t": (TOWN, texts)}
    assert "6间冷库" in _ask("县溪镇竹坪村杨梅种植基地新建了几间冷库", reports).text
    assert _ask("县溪镇龙岩村杨梅种植基地新建了几间冷库", reports).abstained


def test_a_year_opening_the_sentence_holds_for_its_clauses() -> None:
    texts = ["到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三。"]
    reports = national_report("1982", texts)
    assert _ask("1982年报告里，1981年全国粮食总产量到底是多少吨？", reports).abstained
    assert "三亿六千万吨" in _ask("1982年报告说到1985年粮食产量计划达到多少？", reports).text


def test_farmers_income_is_not_town_residents_income() -> None:
    texts = ["城镇居民人均生活费收入增加９１０元，达到１８２６元。"]
    reports = national_report("1993", texts)
    assert _ask("1993年报告里农民一人一年纯收入大概有多少钱？", reports).abstained
    texts.append("农村居民人均纯收入增加３２１元，达到７８４元。")
    text = _ask("1993年报告里农民一人一年纯收入大概有多少钱？", national_report("1993", texts)).text
    assert "７８４元" in text and "１８２６元" not in text


def test_an_earlier_report_speaking_of_a_later_year_is_not_labelled_a_review() -> None:
    texts = ["2022年工作计划：同步启动兵书阁村、多星村乡村振兴建设。"]
    result = _ask("县溪镇2022年计划同步启动乡村振兴建设的是哪几个村？", {"t": (TOWN, texts)})
    assert "兵书阁村" in result.text
    assert "县溪镇2021年报告（提及2022年）" in result.text and "回顾" not in result.text


def test_laws_counted_in_bu_are_answered_in_xiang() -> None:
    reports = national_report("1987", ["国务院制定和颁布了５９项行政法规。"])
    assert "５９项" in _ask("1987年报告里国务院出台了多少部行政法规？", reports).text


def test_a_province_asked_is_not_answered_by_the_nations_figure() -> None:
    texts = ["海南自贸试验区启动建设。货物进出口总额超过30万亿元，实际使用外资1383亿美元。"]
    reports = national_report("2019", texts)
    assert _ask("2019年报告里，海南自贸试验区吸引了多少外资？", reports).abstained
    assert "1383亿美元" in _ask("2019年报告里全国实际使用外资多少？", reports).text


def test_a_deficit_is_not_answered_by_revenue() -> None:
    reports = national_report("1987", ["国家财政收入由１１２１亿元增加到２２２０亿元。"])
    assert _ask("1987年报告里国家财政赤字具体是多少亿元？", reports).abstained


def test_a_thing_the_whole_report_names_elsewhere_is_not_this_figure() -> None:
    texts = ["以行业专项治理为抓手，在燃气安全整治中，排查隐患25起，其中一般隐患16起。"]
    whole = texts[0] + "在烟花爆竹专项整治行动中，发现并整改重大安全隐患16起。"
    catalog = [TOWN]

    def ask(question: str) -> Answer:
        def retrieve(query: Query, k: int) -> list[Passage]:
            return [_passage(TOWN, 0, texts[0])]

        return answer(
            read_query(question, catalog), retrieve, catalog, report_words=lambda doc: whole
        )

    assert ask("县溪镇烟花爆竹专项整治中发现的一般隐患有多少起？").abstained
    assert "16起" in ask("县溪镇燃气安全整治中发现的一般隐患有多少起？").text


def test_doctoral_students_are_some_of_the_graduate_students() -> None:
    reports = national_report("1983", ["五年招收研究生四万三千多人。"])
    assert _ask("1983年报告说五年招收研究生里面，博士生招了多少？", reports).abstained
    assert "四万三千多人" in _ask("1983年报告说五年招收研究生多少人？", reports).text


def test_another_quarters_figure_does_not_answer() -> None:
    reports = {"t": (TOWN, ["二季度发放高龄补贴83人共计42500元。"])}
    assert _ask("县溪镇一季度的高龄补贴发了多少钱？", reports).abstained
    assert _ask("县溪镇第1季度的高龄补贴发了多少钱？", reports).abstained
    assert "42500元" in _ask("县溪镇二季度的高龄补贴发了多少钱？", reports).text


def test_what_a_person_pays_is_not_the_subsidy_paid_to_them() -> None:
    texts = ["城镇居民医保和新农合补助标准提高到每人每年240元。"]
    reports = national_report("2012", texts)
    assert _ask("2012年报告里新农合个人每年要缴多少钱？", reports).abstained
    assert "240元" in _ask("2012年报告里新农合补助标准提高到多少？", reports).text
    texts = ["新农合个人缴费标准提高到每人每年60元。"]
    assert "60元" in _ask("2012年新农合个人每年要缴多少钱？", national_report("2012", texts)).text


def test_a_year_is_looked_up_in_later_reports_naming_it_as_a_last_resort() -> None:
    later = [
        "一九五八年我国工农业总产值达到了二千零五十亿元，比一九五七年的一千二百四十一亿元增长百分之六十五。",
        "我国的工农业总产值在一九五七年达到了一千三百八十七亿四千万元。",
    ]
    reports = {
        "a": national_report("1957", ["今年要继续发展工业。"])["n"],
        "b": national_report("1958", ["去年农业获得丰收。"])["n"],
        "c": national_report("1959", later)["n"],
    }
    result = _ask("1957年全国工农业总产值是多少？", reports)
    assert "一千三百八十七亿四千万元" in result.text and "二千零五十亿元" not in result.text
    assert "全国1959年报告（回顾1957年）" in result.text
    # Nothing there either: the refusal says the later reports were read too.
    result = _ask("1957年全国钢产量是多少？", reports)
    assert result.abstained and "之后几年报告中提到1957年" in result.text
    # The year's own report answering, the later ones are not read.
    reports["a"] = national_report("1957", ["今年工农业总产值预计达到一千二百亿元。"])["n"]
    assert "1959" not in _ask("1957年全国工农业总产值是多少？", reports).text


def test_a_change_asked_alone_is_of_the_part_befores_subject() -> None:
    texts = [
        "中央财政安排优抚事业费74.6亿元，比上年增长90%。",
        "今年中央财政安排科技投入716亿元，比上年增长19.2%。",
    ]
    reports = national_report("2006", texts)
    text = _ask("2006年中央财政安排的科技投入是多少？比上年增长多少？", reports).text
    assert "716亿元" in text and "19.2%" in text and "90%" not in text


def test_an_income_asked_is_not_answered_by_the_income_gained() -> None:
    reports = {"t": (TOWN, ["带动群众规模种植油茶10万亩、人均增收2450元。"])}
    assert _ask("县溪镇2021年城镇居民人均可支配收入是多少？", reports).abstained
    assert "2450元" in _ask("县溪镇种油茶人均增收多少？", reports).text


def test_land_asked_is_counted_in_area() -> None:
    assert asked_unit("五八年国家那一年总共打算开多少荒地？") == "亩"
    assert asked_unit("全国耕地有多少") == "亩"
    assert asked_unit("土地出让收入多少") == "元"


def test_a_sub_group_asked_in_other_words_is_asked() -> None:
    texts = ["居民人均可支配收入增长6.1%。脱贫攻坚成果巩固拓展，脱贫地区农村居民收入增长8.4%。"]
    reports = national_report("2024", texts)
    text = _ask("2024年报告讲，脱了贫的那些地方，农民去年收入涨了多少", reports).text
    assert "8.4%" in text and "6.1%" not in text


def test_items_closed_by_a_described_kind_are_the_list() -> None:
    texts = [
        "重点支持建设高速宽带信息网络、关键集成电路、新型运载火箭等重大高技术工程。",
        "要集中力量建设西气东输、西电东送、青藏铁路等一批具有战略意义的重大项目。",
    ]
    text = _ask("2001年报告里要集中力量建设哪些重大项目？", national_report("2001", texts)).text
    assert "西气东输" in text and "青藏铁路" in text and "集成电路" not in text


def test_the_whole_nation_asked_is_not_answered_by_one_citys_figure() -> None:
    texts = ["单就“大屋顶”来说，北京市内各机关建筑的三十九座房屋即因此浪费了五百四十万元。"]
    reports = national_report("1955", texts)
    assert _ask("1955年报告说全国各地因为搞“大屋顶”一共浪费了多少钱？", reports).abstained
    assert "五百四十万元" in _ask("1955年报告说北京因为搞“大屋顶”浪费了多少钱？", reports).text


def test_a_heading_over_as_many_items_as_asked_answers_a_which_three() -> None:
    problems = _sectioned(
        TOWN,
        "3、存在的问题及不足",
        "在充分肯定成绩的同时，我们也清醒地认识到全镇经济社会发展还面临众多困难与挑战，"
        "主要表现在：一是经济运行还有短板，如招商引资力度有待加强。二是农村基础设施条件和公共"
        "服务能力较弱。三是文旅、农业品牌不够强。",
    )
    done = _passage(
        TOWN, 1, "述职评议会上指出的三个方面突出问题现均已整改完成，各村均于6月完成预备党员接收。"
    ).model_copy(update={"section": "1、工作开展情况"})
    question = "县溪镇2021年总结里提到的存在问题主要有哪三个方面？"
    result = answer(read_query(question, [TOWN]), lambda q, k: [done, problems], [TOWN], k=10)
    assert "经济运行还有短板" in result.text and "文旅、农业品牌不够强" in result.text
    assert "整改完成" not in result.text


def test_what_a_person_pays_is_not_a_subsidy_after_a_clause_naming_individuals() -> None:
    texts = [
        "完善政府、单位和个人合理分担的基本医疗保险筹资机制，"
        "城乡居民基本医保财政补助标准提高到人均320元。"
    ]
    reports = national_report("2014", texts)
    assert _ask("2014年报告里城乡居民医保个人每人要缴多少钱？", reports).abstained
    assert "320元" in _ask("2014年报告里城乡居民医保财政补助标准提高到多少？", reports).text


def test_what_a_town_already_has_does_not_answer_what_is_added() -> None:
    texts = ["依托万亩油茶和5000亩山核桃林和优质大米基地，提质做强茶油、核桃油和大米种植加工产业。"]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇2021年新种山核桃多少亩？", reports).abstained
    assert _ask("县溪镇2021年计划把山核桃林扩种到多少亩？", reports).abstained
    assert "5000亩" in _ask("县溪镇2021年山核桃林有多少亩？", reports).text
    added = {"t": (TOWN, ["新增山核桃林5000亩。"])}
    assert "5000亩" in _ask("县溪镇2021年新种山核桃多少亩？", added).text


def test_words_before_the_first_items_de_are_every_items() -> None:
    from retrieval.questions import item_parts

    assert item_parts("一五计划给1957年定的粮食产量和棉花产量分别是多少？", []) == [
        "一五计划给1957年定的粮食产量是多少",
        "一五计划给1957年定的棉花产量是多少",
    ]


def test_a_span_of_years_asked_is_no_name_the_figure_must_repeat() -> None:
    texts = [
        "在这同时，国家计划新建和续建一百二十个大型项目，其中有十大钢铁基地。",
        "对国家今后八年计划建设的一百二十个大型项目，全国上下要大力协同。",
    ]
    question = "按1978年政府工作报告，今后八年国家计划新建和续建多少个大型项目？"
    assert "一百二十个大型项目" in _ask(question, national_report("1978", texts)).text


def test_years_asked_are_answered_by_how_long_written_in_chinese_numerals() -> None:
    texts = ["到一九八五年，在农村基本普及八年教育，在城市基本普及十年教育。"]
    reports = national_report("1978", texts)
    assert "八年教育" in _ask("1978年报告说到1985年农村要普及几年的教育？", reports).text
    texts = [
        "第一步，用十五年时间，即在一九八○年以前，建成一个独立的比较完整的工业体系和国民经济体系。"
    ]
    result = _ask(
        "1975年报告里第一步计划用多少年建成独立的比较完整的工业体系和国民经济体系？",
        national_report("1975", texts),
    )
    assert "十五年" in result.text and "未提及" not in result.text


def test_cut_spending_asks_for_the_change() -> None:
    texts = ["中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。"]
    question = "2014年报告说中央机关“三公”开销砍掉了多少？"
    assert "35%" in _ask(question, national_report("2014", texts)).text


def test_when_something_was_done_is_not_answered_by_a_planned_date() -> None:
    reports = {"t": (TOWN, ["雪峰山索道工程完成主体建设，预计9月正式竣工投用。"])}
    assert _ask("县溪镇雪峰山索道是哪天正式竣工投用的？", reports).abstained
    assert "9月" in _ask("县溪镇雪峰山索道预计什么时候竣工投用？", reports).text
    done = {"t": (TOWN, ["雪峰山索道工程于6月18日正式竣工投用。"])}
    assert "6月18日" in _ask("县溪镇雪峰山索道是哪天正式竣工投用的？", done).text


def test_a_figure_the_question_gives_does_not_answer_it() -> None:
    texts = ["继续发行1500亿元长期建设国债，集中用于在建项目和西部开发项目。"]
    question = "2001年那1500亿元长期建设国债里，专门投给西部开发项目的有多少？"
    assert _ask(question, national_report("2001", texts)).abstained
    assert "1500亿元" in _ask("2001年发行多少长期建设国债？", national_report("2001", texts)).text


def test_capacity_added_is_no_output() -> None:
    texts = ["1956年新增加的钢的生产能力，就有一百四十二万吨。"]
    reports = national_report("1957", texts)
    assert _ask("1957年报告说1956年全国钢产量一共是多少万吨？", reports).abstained
    assert "一百四十二万吨" in _ask("1957年报告说1956年新增钢的生产能力多少？", reports).text


def test_the_parts_of_a_question_are_read_side_by_side() -> None:
    # One passage: sentences are told apart by where they start in the report.
    texts = [
        "中央财政安排资金1713亿元，全年城镇保障性住房基本建成432万套，新开工建设1043万套。"
        "继续推进保障性安居工程建设，新开工700万套以上。"
    ]
    reports = national_report("2011", texts)
    result = _ask("2011年报告里城镇保障性住房基本建成了多少套？新开工多少套？", reports)
    assert "432万套" in result.text and "1043万套" in result.text
    assert "700万套" not in result.text


def test_a_five_year_plan_named_is_a_time_and_staff_are_counted_in_people() -> None:
    texts = [
        "六五计划期间要积极加强地质勘探工作。",
        "在卫生工作中，五年内增加卫生专业人员六十万人，新增医院病床二十五万张。",
    ]
    question = "1982年报告里六五计划期间打算新增多少卫生专业人员？新增多少张病床？"
    result = _ask(question, national_report("1982", texts))
    assert "六十万人" in result.text and "二十五万张" in result.text


def test_a_bound_does_not_answer_an_exact_figure_asked() -> None:
    texts = ["粮食总产量保持在1.3万亿斤以上。"]
    reports = national_report("2019", texts)
    assert _ask("2019年报告里，2018年全国粮食产量具体是多少斤？", reports).abstained
    assert "1.3万亿斤" in _ask("2019年报告里粮食总产量保持在多少？", reports).text


def test_a_place_asked_is_not_answered_by_a_sentence_naming_none() -> None:
    texts = ["设计能力比第一汽车制造厂大一倍的第二汽车制造厂，将在五年内开始建设。"]
    reports = national_report("1955", texts)
    assert _ask("1955年报告里的第二汽车制造厂计划建在哪个城市？", reports).abstained
    texts = ["第一汽车制造厂建在吉林省长春市，五年内建设并完工。"]
    result = _ask("1955年报告里的第一汽车制造厂建在哪个城市？", national_report("1955", texts))
    assert "长春市" in result.text


def test_items_after_an_intros_colon_are_the_list() -> None:
    texts = [
        "其中五个最大的煤矿企业在一九五七年将达到的年产能力如下：抚顺矿务局所属煤矿为九百三十万吨，"
        "阜新矿务局所属煤矿为八百四十五万吨，开滦煤矿为九百六十八万吨。"
    ]
    result = _ask("1955年报告里五个最大的煤矿企业是哪几个？", national_report("1955", texts))
    assert "抚顺矿务局" in result.text and "开滦煤矿" in result.text


def test_a_counted_set_asked_is_not_answered_by_a_sentence_naming_none() -> None:
    texts = ["第一批国家公园正式设立。"]
    reports = national_report("2022", texts)
    assert _ask("2022年报告里设立的首批5个国家公园分别是哪几个？", reports).abstained


def test_things_counted_in_ge_are_not_a_measure() -> None:
    texts = ["新增机场容量4亿人次。"]
    reports = national_report("2023", texts)
    assert _ask("2023年报告里新增了多少个机场？", reports).abstained


def test_two_things_of_different_years_set_side_by_side_are_each_asked() -> None:
    texts = [
        "社保收缴工作完成5896人，共计200.2万元；完成的养老金核定待遇1000余人。"
        "2024年医保收缴已完成7818人，共计289.5万元。"
    ]
    reports = {"t": (TOWN, texts)}
    for question in (
        "县溪镇2021年社保收缴的人数，跟2024年医保收缴的人数比，哪个多？",
        "县溪镇2021年社保收缴人数和2024年医保收缴人数，哪个多？",
    ):
        result = _ask(question, reports)
        assert "5896人" in result.text and "7818人" in result.text


def test_those_taken_off_a_roll_are_no_count_of_those_on_it() -> None:
    texts = [
        "开展低保年度审核工作，全镇清查289户550人，清退低保19户32人，新纳入低保保障对象5户7人。"
    ]
    reports = {"t": (TOWN, texts)}
    assert "19户32人" not in _ask("县溪镇2021年的低保户有多少户多少人？", reports).text
    assert "19户32人" in _ask("县溪镇2021年低保年审清退了多少户多少人？", reports).text
    assert "5户7人" in _ask("县溪镇2021年新纳入低保多少户？", reports).text


def test_signs_counted_in_kuai_are_answered_in_chu_and_going_to_the_river_is_no_place() -> None:
    texts = ["针对统溪河水域野泳、非法垂钓等问题，设立警示牌10处，组织巡逻队每日巡查。"]
    reports = {"t": (TOWN, texts)}
    assert "10处" in _ask("县溪镇2021年为防野泳立了几块警示牌？", reports).text
    assert "10处" in _ask("县溪镇2021年为了不让人下河游野泳，立了几块警示牌？", reports).text


def test_a_standard_for_town_and_country_holds_for_the_country() -> None:
    texts = ["提高退休人员基本养老金，城乡居民基础养老金最低标准从每月70元提高到88元。"]
    reports = national_report("2019", texts)
    result = _ask("2019年报告里农村老人的基础养老金最低标准提高到多少？", reports)
    assert "88元" in result.text
    income = national_report("2019", ["城乡居民人均可支配收入实际增长6.5%。"])
    assert _ask("2019年报告里农村居民人均可支配收入实际增长多少？", income).abstained


def test_parts_read_side_by_side_in_full_width_figures() -> None:
    texts = [
        "主要工业产品产量继续增加，原煤达到１０．９亿吨，石油达到１．３９亿吨，钢７０００万吨。"
        "当年新增加的主要生产能力有煤炭２７１４万吨，石油１４９１万吨。"
    ]
    result = _ask("1992年报告里原煤产了多少？石油产了多少？", national_report("1992", texts))
    assert "１．３９亿吨" in result.text and "１４９１万吨" not in result.text


def test_each_year_named_with_words_of_its_own_is_asked_in_them() -> None:
    from retrieval.places import year_parts

    question = "2016年实际退出的钢铁产能和2017年计划再压减的钢铁产能，各是多少？"
    assert year_parts(question) == {
        "2016": "2016年实际退出的钢铁产能各是多少？",
        "2017": "2017年计划再压减的钢铁产能各是多少？",
    }
    # Years side by side share their words; the end of a span is no part of its own.
    assert year_parts("1952年和1956年全国职工年平均工资各是多少？") == {}
    assert year_parts("1978年定的十年规划，到1985年粮食和钢分别要达到多少？") == {}
    texts = [
        "全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨。",
        "今年要再压减钢铁产能5000万吨左右，退出煤炭产能1.5亿吨以上。",
    ]
    reports = {
        "a": national_report("2017", texts)["n"],
        "b": (
            national_report("2016", ["钢铁行业去产能。"])["n"][0].model_copy(
                update={"doc_id": "n2016b"}
            ),
            ["钢铁行业去产能。"],
        ),
    }
    result = _ask(question, reports)
    assert "5000万吨左右" in result.text and "6500万吨" in result.text


def test_a_product_of_one_character_is_an_item_and_a_search_word() -> None:
    from retrieval.lexicon import query_words
    from retrieval.questions import item_parts

    assert item_parts("1978年定的十年规划，到1985年粮食和钢分别要达到多少？", []) == [
        "1978年定的十年规划，到1985年粮食要达到多少",
        "1978年定的十年规划，到1985年钢产量要达到多少",
    ]
    vocabulary = {"钢", "钢产量", "产量", "钢铁"}
    assert "钢" in query_words("1985年钢产量定的多少", vocabulary)
    assert "钢" not in query_words("钢铁产能压减多少", vocabulary)
    texts = ["接照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。"]
    result = _ask(
        "1978年定的十年规划，到1985年粮食和钢分别要达到多少？", national_report("1978", texts)
    )
    assert "八千亿斤" in result.text and "六千万吨" in result.text


def test_leaving_the_country_is_not_answered_by_coming_in() -> None:
    texts = ["１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元。"]
    reports = national_report("1988", texts)
    assert _ask("1988年政府工作报告里，1987年我国出境旅游有多少人次？", reports).abstained
    assert "２６９０万人次" in _ask("1988年报告里，1987年入境旅游有多少人次？", reports).text


def test_a_level_asked_after_a_raise_is_not_answered_by_the_raise() -> None:
    reports = national_report("2019", ["居民医保人均财政补助标准增加30元。"])
    question = "2019年提高居民医保补助以后，人均财政补助标准达到每人多少元了？"
    assert _ask(question, reports).abstained
    assert "30元" in _ask("2019年居民医保人均财政补助标准增加多少元？", reports).text


def test_a_head_count_named_before_an_aside_is_asked_in_people() -> None:
    assert asked_unit("汶川地震遇难人数，政府工作报告里说的是多少？") == "人"
    assert asked_unit("汶川地震遇难人数是多少？") == "人"


def test_items_opened_with_yi_yao_are_a_list() -> None:
    texts = [
        "做好今年政府工作，要注重把握好以下关系。一要统筹好国内与国际的关系，办好自己的事。"
        "二要平衡好稳增长与防风险的关系，确保经济持续健康发展。"
        "三要处理好政府与市场的关系，依靠改革开放激发市场主体活力。"
    ]
    result = _ask("做好2019年政府工作要把握好哪几对关系", national_report("2019", texts))
    for item in ("统筹好国内与国际的关系", "平衡好稳增长与防风险的关系", "处理好政府与市场的关系"):
        assert item in result.text


def test_an_intro_ending_in_its_first_item_lists_every_item() -> None:
    texts = [
        "在工作指导和部署上，要突出抓好三个方面：一是着力搞好宏观调控。进一步消除不稳定因素。"
        "二是着力推进改革开放。加快改革步伐。三是着力建设和谐社会。更加注重社会发展。"
    ]
    question = "2005年报告说今年在工作指导和部署上要突出抓好哪三个方面"
    result = _ask(question, national_report("2005", texts))
    for item in ("着力搞好宏观调控", "着力推进改革开放", "着力建设和谐社会"):
        assert item in result.text


def test_kinds_asked_are_listed_from_a_run_naming_the_kind_after_each_item() -> None:
    texts = [
        "突出抓好重点领域节能减排，进一步淘汰落后产能。",
        "加大调控力度，淘汰落后的水泥产能1.5亿吨、炼铁产能3122万吨、焦炭产能1925万吨。",
    ]
    result = _ask("2012年报告说2011年淘汰了哪几类落后产能？", national_report("2012", texts))
    assert all(kind in result.text for kind in ("水泥产能", "炼铁产能", "焦炭产能"))
    texts = [
        "同时，建立农业补贴制度，对农民实行粮食直补、良种补贴和农资综合补贴，对产粮大县实行奖励。"
    ]
    result = _ask("2008年报告里，对农民实行了哪几项补贴？", national_report("2008", texts))
    assert "对农民实行粮食直补、良种补贴和农资综合补贴[1]" in result.text


def test_two_reports_named_as_two_are_reports() -> None:
    from retrieval.places import report_years

    assert report_years("59年和60年两份政府工作报告里，全国人民公社分别说的是多少个？") == {
        "1959",
        "1960",
    }


def test_a_clause_set_in_the_present_tells_the_reports_own_time() -> None:
    texts = [
        "一九五八年初全国有七十四万多个高级农业生产合作社，现在已经合并改组成为二万四千多个人民公社，"
        "平均一个人民公社拥有六万四千亩耕地，五千农户、一万个劳动力，"
        "相当于高级农业生产合作社平均规模的三十倍。"
    ]
    question = "1960年政府工作报告说，原来的高级农业生产合作社合并改组成了多少个人民公社？"
    assert "二万四千多个" in _ask(question, national_report("1960", texts)).text


def test_the_economy_grown_is_the_gdp_growth_the_report_gives() -> None:
    texts = [
        "经济恢复好于预期，全年国内生产总值增长2.3％，宏观调控积累了新的经验。",
        "今年发展主要预期目标是：国内生产总值增长6%以上。",
    ]
    reports = national_report("2021", texts)
    question = "疫情那年（2020年）咱们国家经济到底长了多少？2021年政府工作报告里怎么说的"
    result = _ask(question, reports)
    assert "2.3％" in result.text and "6%" not in result.text


def test_words_of_telling_are_no_terms_to_match() -> None:
    texts = [
        "城乡居民储蓄存款迅速增加，一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。"
    ]
    question = "1986年报告里讲到85年底全国老百姓在银行里一共存了多少钱？"
    assert "一千六百二十三亿元" in _ask(question, national_report("1986", texts)).text


def test_an_item_of_a_colon_list_has_the_topic_its_intro_sets() -> None:
    meta = national_report("1955", [])["n"][0]
    total = "在五年经济建设和文化教育建设的支出总数中，属于基本建设投资的是四百二十七亿四千万元。"
    intro = "五年基本建设的投资是这样分配的：\n工业部门为二百四十八亿五千万元；\n"
    item = "运输和邮电部门为八十二亿一千万元，占百分之十九点二；"
    first = _passage(meta, 0, total)
    second = _passage(meta, 1, intro + item).model_copy(
        update={"start": 200, "end": 200 + len(intro + item)}
    )

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [first, second]

    question = "1955年报告里，运输和邮电部门五年的基本建设投资安排了多少？"
    result = answer(read_query(question, [meta]), retrieve, [meta], k=10)
    assert "八十二亿一千万元" in result.text and "四百二十七亿" not in result.text


def test_which_session_of_a_congress_is_no_count() -> None:
    from retrieval.evidence import figures

    assert figures("全面贯彻党的十五届五中全会和中央经济工作会议精神") == []
    assert figures("党的十九大和十九届二中、三中全会精神") == []
    assert [f.text for f in figures("已举办三届")] == ["三届"]


def test_a_figure_before_the_asked_thing_is_another_things() -> None:
    texts = [
        "以产量说，粮食增长百分之十七点六，即增产五百七十八亿斤，到一九五七年达到三千八百五十六亿斤，"
        "棉花增长百分之二十五点四，即增产六百六十万担，到一九五七年达到三千二百七十万担。"
    ]
    question = "1955年关于第一个五年计划的报告里，到1957年粮食和棉花分别计划达到多少？"
    result = _ask(question, national_report("1955", texts))
    assert "三千八百五十六亿斤" in result.text and "三千二百七十万担" in result.text


def test_accidents_are_not_offences_and_goods_value_is_no_fine() -> None:
    reports = {
        "t": (
            TOWN,
            ["开展道路交通安全整治，查处违法行为23起。", "收缴违规产品300余件,罚款10万余元。"],
        )
    }
    assert _ask("县溪镇2021年发生了几起道路交通事故？", reports).abstained
    assert "23起" in _ask("县溪镇2021年查处了多少起交通违法？", reports).text
    assert _ask("县溪镇2021年收缴的违规烟花爆竹产品货值多少钱？", reports).abstained


def test_those_put_on_a_roll_do_not_answer_how_many_are_on_it() -> None:
    texts = ["2021年新增低保4户10人,新增特困2户2人,审批发放支出型临时救助95户95人。"]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇目前享受低保的总共有多少户？", reports).abstained
    assert "4户10人" in _ask("县溪镇2021年新吃上低保的有几户几口人", reports).text


def test_this_half_year_is_the_newest_reports_first_half() -> None:
    query = read_query("县溪这半年抓了多少起交通违法？", [TOWN])
    assert query.periods == ["2021H1"]


def test_a_word_the_paragraphs_lead_sets_is_there() -> None:
    texts = [
        "提请这次大会审议的国务院机构改革方案，是本着转变职能，精兵简政的原则制定的。"
        "一部分专业经济部门转变为行业管理机构或经济实体。通过改革，国务院组成部门设置４１个。",
        "地方机构改革也要抓紧进行。",
    ]
    question = "1993年报告提出的机构改革方案里，国务院组成部门设几个？"
    assert "４１个" in _ask(question, national_report("1993", texts)).text


def test_an_output_named_only_in_a_ratio_is_no_amount() -> None:
    ratio = "一九八一年计划，生铁和钢产量的比例从1.03比1改为1比1，可以节约标准煤200万吨。"
    question = "1980年报告里1981年计划的钢产量是多少？"
    assert _ask(question, national_report("1980", [ratio])).abstained


def test_a_figure_in_a_sentence_naming_nothing_asked_is_no_answer() -> None:
    text = (
        "实际利用外商直接投资比上年略有减少，但保持了相当规模。"
        "人民币汇率稳定，国家外汇储备年底达到1547亿美元。"
    )
    question = "2000年政府工作报告里，1999年实际利用外商直接投资具体是多少亿美元？"
    assert _ask(question, national_report("2000", [text])).abstained
    told = "实际利用外商直接投资比上年略有减少，全年实际利用外商直接投资404亿美元。"
    assert "404亿美元" in _ask(question, national_report("2000", [told])).text


def test_a_sentence_giving_no_date_does_not_say_when() -> None:
    text = "全国实行了职工每周五天半工作制，增加了休息和业余学习时间。"
    question = "九五年报告里说全国实行了每周五天半工作制，这个制度是从哪天开始实行的？"
    assert _ask(question, national_report("1995", [text])).abstained
    dated = "从1994年3月1日起，全国实行了职工每周五天半工作制。"
    assert "3月1日" in _ask(question, national_report("1995", [dated])).text


def test_a_total_is_no_amount_for_each() -> None:
    text = "取消农业特产税，每年可使农民减轻负担48亿元。"
    question = "2004年取消农业特产税以后，每个农民平均一年能少交多少钱？"
    assert _ask(question, national_report("2004", [text])).abstained
    each = "取消农业特产税，农民人均每年减轻负担6元。"
    assert "6元" in _ask(question, national_report("2004", [each])).text


def test_a_clause_asking_which_is_higher_is_no_term() -> None:
    reports = {
        "a": national_report("2021", ["今年发展主要预期目标是：国内生产总值增长6%以上。"])["n"],
        "b": national_report("2025", ["今年发展主要预期目标是：国内生产总值增长5%左右。"])["n"],
    }
    question = "GDP增长预期目标，2021年和2025年分别是多少？哪年定得高"
    reply = _ask(question, reports)
    assert "6%以上" in reply.text and "5%左右" in reply.text
    (ask,) = analyse(question, read_query(question, []), [], ())
    assert [g.label for g in ask.groups if g.head] == []
    assert "高" not in [g.label for g in ask.groups]


def test_one_item_asked_alone_is_not_answered_by_the_sum_of_its_list() -> None:
    text = "增加农资综合补贴、良种补贴、农机具购置补贴，中央财政拟安排补贴资金1335亿元。"
    question = "良种补贴这一项，中央财政2010年单独安排了多少亿元？"
    assert _ask(question, national_report("2010", [text])).abstained
    assert (
        "1335亿元"
        in _ask("2010年中央财政安排补贴资金多少亿元？", national_report("2010", [text])).text
    )


def test_who_is_given_to_is_not_what_is_counted() -> None:
    question = "2021年县溪镇给吃低保的困难户一共发了多少钱？"
    (ask,) = analyse(question, read_query(question, [TOWN]), [TOWN], ())
    assert [g.label for g in ask.groups if g.head] == ["低保"]


def test_fen_of_money_and_rough_counts_are_figures() -> None:
    price = "进一步提高粮食最低收购价，小麦每斤提高3分钱。"
    reply = _ask("国家收小麦的最低价，2010年一斤涨了几分钱？", national_report("2010", [price]))
    assert "3分钱" in reply.text
    youth = "上百万赤脚医生成长起来，近千万知识青年上山下乡。"
    reply = _ask("75年那份报告里说，上山下乡的知青大概有多少人？", national_report("1975", [youth]))
    assert "近千万知识青年" in reply.text


def test_the_congress_a_report_was_given_at_names_the_report() -> None:
    text = "到１９９７年７月１日我国对香港恢复行使主权，只有８４９天了。"
    question = "九五年开人代会作报告那会儿，离香港回归还剩几天？"
    report = national_report("1995", [text])
    assert "８４９天" in _ask(question, report).text
    catalog = [report["n"][0]]
    query = read_query(question, catalog)
    (ask,) = analyse(query.text, query, catalog, ())
    assert "人代会" not in [g.label for g in ask.groups]


def test_a_plans_verb_after_jihua_asks_the_plan() -> None:
    plan = "今年要淘汰黄标车和老旧车600万辆，在重点区域实施大气污染防治。"
    assert (
        "600万辆"
        in _ask("黄标车和老旧车，2014年计划淘汰多少辆", national_report("2014", [plan])).text
    )
    (ask,) = analyse(
        "2014年计划淘汰多少辆黄标车", read_query("2014年计划淘汰多少辆黄标车", []), [], ()
    )
    assert ask.tense == "target"
    (ask,) = analyse(
        "2014年计划生育家庭有多少户", read_query("2014年计划生育家庭有多少户", []), [], ()
    )
    assert ask.tense != "target"


def test_a_growth_net_of_prices_does_not_tell_prices() -> None:
    text = "农村居民人均纯收入达到１２２０元，扣除物价因素比上年增长百分之五。"
    assert _ask("1995年报告里，1994年物价到底涨了多少？", national_report("1995", [text])).abstained


def test_a_list_ends_where_a_new_one_begins_and_starts_after_its_headings_marker() -> None:
    text = (
        "四、有重点有步骤地进行技术改造\n对现有企业进行技术改造，要从以下几个方面进行：\n"
        "一、节约能源，降低消耗；\n二、改革产品结构，提高质量；\n三、合理地利用资源。\n"
        "要做好以下工作：一、严格控制消费基金的盲目增长；二、统一制定信贷计划。"
    )
    reply = _ask(
        "1981年报告讲对现有企业搞技术改造，要从哪几个方面进行？", national_report("1981", [text])
    )
    assert "节约能源" in reply.text and "合理地利用资源" in reply.text
    assert "有重点有步骤" not in reply.text and "消费基金" not in reply.text


def test_the_roll_asked_again_before_its_head_is_no_other_roll() -> None:
    texts = ["新增低保4户10人。", "2025年上半年我镇共纳入监测对象1户3人。"]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇新增低保以后，全镇低保对象现在总共有多少户？", reports).abstained
    assert "1户3人" in _ask("县溪镇纳入监测对象多少户？", reports).text


def test_a_figure_whose_sentence_names_none_of_the_things_asked_is_anothers() -> None:
    text = (
        "千亩杨梅种植基地新建6间冷库、1300立方冷冻室，推进杨梅产业深加工。"
        "统溪河村投入16万元对同心小区基础设施提质升级。"
    )
    reports = {"t": (TOWN, [text])}
    assert _ask("县溪镇千亩杨梅基地新建冷库投入了多少资金？", reports).abstained
    assert "16万元" in _ask("县溪镇统溪河村同心小区投入了多少资金？", reports).text


def test_cars_sold_are_not_cars_made() -> None:
    report = national_report("2025", ["新能源汽车年产量突破1300万辆。"])
    assert _ask("2025年报告里，新能源汽车一共卖出去多少辆？", report).abstained
    assert "1300万辆" in _ask("2025年报告里，新能源汽车年产量多少辆？", report).text


def test_a_bare_count_of_ten_thousands_has_the_kind_after_it() -> None:
    text = "2007年在全国农村全面建立最低生活保障制度，3451.9万农村居民纳入保障范围。"
    report = national_report("2008", [text])
    assert _ask("2008年的报告里，2007年城市低保一共保障了多少人？", report).abstained
    assert "3451.9万" in _ask("2008年的报告里，2007年农村低保一共保障了多少人？", report).text


def test_a_bare_count_at_a_clause_end_is_a_figure_of_change() -> None:
    text = "农村贫困人口减少6800多万，易地扶贫搬迁830万人。"
    assert [f.text for f in figures(text, "人")] == ["6800多万", "830万人"]
    report = national_report("2018", [text])
    assert "6800多万" in _ask("2018年报告里，贫困人口减少了多少？", report).text


def test_striving_for_an_aim_does_not_say_it_was_reached() -> None:
    text = "开发红军文化街等新业态，争创5A景区和红色旅游小镇。"
    reports = {"t": (TOWN, [text])}
    assert _ask("县溪镇争创5A景区最后评上了吗？", reports).abstained
    assert _ask("县溪镇争创5A景区的结果怎么样？", reports).abstained
    won = {"t": (TOWN, ["县溪镇成功获评5A景区。"])}
    assert "获评" in _ask("县溪镇争创5A景区最后评上了吗？", won).text


def test_all_there_is_and_what_a_year_added_are_kept_apart() -> None:
    roads = national_report("2015", ["高速公路通车里程达11.2万公里。"])
    assert _ask("2015年报告里，2014年新增了多少公里高速公路？", roads).abstained
    assert "11.2万公里" in _ask("2015年报告里高速公路通车里程达到多少公里？", roads).text
    town = {"t": (TOWN, ["今年共接收入党积极分子11名，发展党员7名。"])}
    assert _ask("县溪镇全镇共有多少名党员？", town).abstained
    assert "7名" in _ask("县溪镇发展了多少名党员？", town).text


def test_an_anniversary_is_no_count_unless_asked() -> None:
    assert figures("出席联合国成立75周年系列高级别会议") == []
    assert asked_unit("号召迎接新中国成立多少周年？") == "周年"
    assert [f.text for f in figures("迎接新中国成立70周年", "周年")][-1] == "70周年"


def test_a_figure_framed_as_another_activitys_is_not_this_ones() -> None:
    report = [
        "三是守牢安全生产底线。镇政府以“安全生产月”活动为载体，发放安全生产知识宣传单约1000余份，"
        "开展交通劝导18000余次；以行业专项治理为抓手，在燃气安全整治中，排查隐患25起，"
        "其中一般隐患16起，重大安全隐患9起，并督促整改到位。在烟花爆竹专项整治行动中，"
        "对全镇11家烟花炮竹点检查频次4次，出动检查人员121人次，其中系统立案查处9家，"
        "发现并整改重大安全隐患16起。"
    ]
    reports = {"t": (TOWN, report)}
    # 放 of the synonym 放炮 in 发放 does not make 燃气安全整治's hazards the fireworks ones.
    assert _ask("县溪镇烟花爆竹专项整治中发现了多少起一般隐患？", reports).abstained
    assert "16起" in _ask("县溪镇燃气安全整治中发现了多少起一般隐患？", reports).text
    assert "9家" in _ask("县溪镇烟花爆竹专项整治行动中系统立案查处了几家？", reports).text


def test_the_base_of_a_comparison_asked_is_not_the_counted_thing() -> None:
    # 粮食产量, not 上年, is what "比上年增长了百分之几" counts.
    question = "2009年粮食产量比上年增长了百分之几？"
    asks = analyse(question, read_query(question, []), [], ())
    assert [g.label for g in asks[0].groups if g.head] == ["粮食产量"]


def _national_reports(years_texts: dict[str, list[str]]) -> dict[str, tuple[ReportMeta, list[str]]]:
    """National reports of several years, one sentence a passage."""
    return {y: national_report(y, texts)["n"] for y, texts in years_texts.items()}


def test_a_price_base_names_no_year_of_its_figure() -> None:
    said = [
        "中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92％。"
    ]
    reports = _national_reports({"2011": ["今年粮食产量稳定在5亿吨以上。"], "2012": said})
    result = _ask("2011年定的新国家扶贫标准是多少？", reports)
    assert "2300元" in result.text


def test_a_clause_setting_the_time_need_not_be_repeated_by_the_answer() -> None:
    said = [
        "这是在抵御亚洲金融危机的冲击和战胜国内特大洪涝灾害的情况下取得的。",
        "全年共有600多万下岗职工实现了再就业。",
    ]
    result = _ask(
        "亚洲金融危机那一年，下岗工人里有多少重新找到了工作？", national_report("1999", said)
    )
    assert "600多万" in result.text
    # "那几年" sets a time; it asks no number of years.
    question = "六十年代调整那几年，工业上新添了多少个产品品种？"
    assert analyse(question, read_query(question, []), [], ())[0].unit == "个"
    # "回顾过去五年" is where the report looks, no thing of its own.
    jobs = national_report(
        "1988", ["回顾过去五年，我们取得了很大成就。", "全国城镇共安排３７００多万人就业。"]
    )
    assert (
        "３７００多万人" in _ask("1988年报告回顾过去五年，全国城镇共安排了多少人就业？", jobs).text
    )


def test_a_year_named_by_the_sentence_before_holds_for_a_report_read_for_it() -> None:
    said = [
        "一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。我们要继续执行以粮为纲的方针。"
        "计划草案拟定，工业总产值比一九六四年增长百分之十一左右。"
    ]
    result = _ask(
        "1965年的计划草案里，工业总产值打算比上年增长多少？", national_report("1964", said)
    )
    assert "百分之十一左右" in result.text


def test_people_named_right_before_the_ask_are_counted_in_people() -> None:
    assert asked_unit("其中享受生活补助的中西部困难学生有多少？") == "人"
    assert asked_unit("享受生活补助的资金有多少？") == "元"


def test_the_months_of_a_year_are_told_by_its_own_report() -> None:
    reports = _national_reports(
        {
            "1981": ["在城镇中，今年１至９月安排了四百七十七万人就业。"],
            "1982": ["用于安排城镇二千六百万人就业的支出一百零五亿元。"],
        }
    )
    result = _ask("81年头九个月，城里一共给多少人安排上了工作？", reports)
    assert "四百七十七万人" in result.text and "二千六百万" not in result.text


def test_the_report_word_for_an_everyday_one_names_the_thing_but_not_a_narrower_one() -> None:
    thesaurus = (("再就业", "重新找到了工作"), ("重大隐患", "大隐患"), ("低保", "低保户"))

    def plain(question: str) -> list[tuple[str, ...]]:
        return [g.plain.variants for g in key_terms(question, [], thesaurus)]

    assert ("重新找到了工作", "再就业") in plain("有多少人重新找到了工作？")
    # 较大隐患 holds 大隐患 (a variant of 重大隐患) but is another grade of hazard.
    assert ("较大隐患",) in plain("排查出的较大隐患有多少起？")
    # 低保户 counts households; the report word 低保 alone does not name them.
    assert ("低保户",) in plain("目前一共有多少低保户？")


def test_a_hedge_on_the_figure_is_no_thing_asked() -> None:
    labels = [g.label for g in key_terms("九一年老百姓买东西，零售价格总体涨了多少？", [], ())]
    assert "总体" not in labels and "零售价格" in labels


def test_a_count_may_stand_between_a_verb_and_its_object() -> None:
    from retrieval.evidence import match
    from retrieval.questions import TermGroup

    assert match(TermGroup(("安排就业",), 1.0), "今年１至９月安排了四百七十七万人就业") >= 0.9
    assert match(TermGroup(("安排就业",), 1.0), "安排资金用于促进就业") < 0.9


def test_a_group_named_in_the_reports_other_words_is_the_one_asked() -> None:
    said = ["全面清理建筑领域拖欠工程款和进城务工农民的工资，已偿还历年拖欠工资332亿元。"]
    reports = _national_reports({"2004": ["今年继续清理拖欠工程款。"], "2005": said})
    assert "332亿元" in _ask("04年清欠的时候，欠农民工的那些工资一共还上了多少", reports).text


def test_a_village_the_reports_town_never_names_is_another_towns() -> None:
    lufeng = ReportMeta(doc_id="l", source="l.txt", title="卢峰镇", town="卢峰镇", period="2025H1")
    reports = {
        "l": (lufeng, ["推广合作社模式，保障红星村羊肚菌种植基地的正常发展。"]),
        "t": (TOWN, ["依托万亩油茶和5000亩山核桃林和优质大米基地，提质做强茶油加工产业。"]),
    }
    words = {meta.doc_id: "".join(texts) for meta, texts in reports.values()}
    catalog = [meta for meta, _ in reports.values()]

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [_passage(m, i, t) for m, ts in reports.values() for i, t in enumerate(ts)][:k]

    question = "红星村羊肚菌种植基地有多大面积"
    result = answer(read_query(question, catalog), retrieve, catalog, report_words=words.get)
    assert result.abstained


def test_the_asked_thing_named_later_with_no_figure_still_frames_this_one() -> None:
    said = [
        "目前全镇共有脱贫户1330户4785人，监测对象182户516人，其中未消除风险监测对93户241人，"
        "已消除风险89户275人，均已细化责任分工，明确责任到政府干部、村干部、驻村工作队队员，"
        "督促联系（帮扶）责任人走访帮扶到位，在防返贫监测工作中，扎实开展排查预警工作。"
    ]
    result = _ask("县溪镇还有多少户监测户的返贫风险没消掉？", {"t": (TOWN, said)})
    assert "93户241人" in result.text


def test_an_actual_figure_asked_is_not_the_reviewed_years_in_its_section() -> None:
    meta = national_report("1995", [])["n"][0]
    passage = _passage(meta, 0, "粮食总产量４４４５亿公斤，比上年减产。").model_copy(
        update={"section": "一、１９９４年国内工作的回顾"}
    )
    question = "1995年全国粮食实际产量是多少公斤？"
    result = answer(read_query(question, [meta]), lambda q, k: [passage], [meta], k=10)
    assert result.abstained
    said = answer(
        read_query("1995年报告里粮食总产量是多少？", [meta]), lambda q, k: [passage], [meta]
    )
    assert "４４４５亿公斤" in said.text


def test_doses_are_a_measure_asked() -> None:
    assert asked_unit("2021年全国一共接种了多少剂新冠疫苗？") == "剂"


def test_a_clause_opening_with_its_span_is_no_years_figure() -> None:
    said = ["教育事业有较大发展，五年来国家财政和社会各方面对教育事业的投入达３２００亿元。"]
    assert _ask("1993年全国财政收入是多少亿元？", national_report("1993", said)).abstained


def test_a_sentence_opening_with_what_there_is_lists_stocks_not_additions() -> None:
    from retrieval.evidence import candidates
    from retrieval.fit import stock_for_addition

    text = "目前全镇共有脱贫村8个，脱贫户1330户4785人，监测对象182户516人。"
    question = "县溪镇新纳入了多少户防返贫监测对象？"
    ask = analyse(question, read_query(question, [TOWN]), [TOWN], ())[0]
    windows = [w for w in candidates([_passage(TOWN, 0, text)], ask, set()) if "182户" in w.text]
    assert windows and all(stock_for_addition(w, ask) for w in windows)
    added = "今年新纳入监测对象182户516人。"
    windows = [w for w in candidates([_passage(TOWN, 0, added)], ask, set()) if "182户" in w.text]
    assert windows and not any(stock_for_addition(w, ask) for w in windows)


def test_an_adjective_before_he_describes_the_people_after_it() -> None:
    question = "咱们国家现在给多少困难和重度残疾人发放生活或者护理补贴，16年的数"
    assert len(analyse(question, read_query(question, []), [], ())) == 1
    assert asked_unit(question) == "人"
    two = "排查了多少重大隐患和一般隐患"
    assert len(analyse(two, read_query(two, []), [], ())) == 2


def test_one_insurance_scheme_is_no_answer_for_another() -> None:
    said = ["2007年城镇职工基本医疗保险参保人数达到1.8亿人。"]
    reports = _national_reports({"2007": ["今年启动城镇居民基本医疗保险试点。"], "2008": said})
    assert _ask("2007年城镇居民基本医疗保险参保人数有多少？", reports).abstained
    assert "1.8亿人" in _ask("2007年城镇职工基本医疗保险参保人数有多少？", reports).text


def test_the_resolution_a_question_names_is_where_to_look() -> None:
    def labels(question: str) -> list[str]:
        return [g.label for g in key_terms(question, [], ())]

    # The words naming the resolution (人大, 批准, 决议) are no thing the answer must say.
    for question in (
        "2024年全国人大批准政府工作报告的那份决议，号召以优异成绩迎接什么？",
        "十四届全国人大二次会议关于政府工作报告的决议号召以优异成绩迎接什么？",
    ):
        terms = labels(question)
        assert not {"人大", "批准", "决议", "会议"} & set(terms), terms
        assert "优异成绩" in "".join(terms) or "优异" in terms
    said = [
        "第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。",
        "会议号召，全国各族人民坚定信心、真抓实干，以优异成绩迎接中华人民共和国成立75周年！",
    ]
    reports = national_report("2024", said)
    result = _ask("2024年全国人大批准政府工作报告的那份决议，号召以优异成绩迎接哪个周年？", reports)
    assert "75周年" in result.text


def test_a_year_asked_relative_to_its_report_is_one_year_and_its_total_is_its_measure() -> None:
    said = [
        "粮食总产量实现了历史罕见的“八连增”，连续5年超万亿斤。",
        "粮食产量1.14万亿斤，再创历史新高。",
    ]
    result = _ask("2012年政府工作报告里，去年全国粮食总产量是多少？", national_report("2012", said))
    # 连续5年 tells each of five years, not the year asked; 粮食产量 is the 总产量 asked.
    assert "1.14万亿斤" in result.text
    assert "连续5年" not in result.text


def test_an_output_per_acre_is_no_total_output() -> None:
    def asked(said: str) -> str:
        question = "1986年报告里，1985年全国棉花总产量是多少？"
        return _ask(question, national_report("1986", [said])).text

    assert "四百一十五万吨" in asked("一九八五年棉花产量四百一十五万吨。")
    assert "八十斤" not in asked("一九八五年棉花亩产量达到八十斤。")
    assert "八十斤" not in asked("一九八五年棉花产量增加的同时，亩产也提高到八十斤。")


def test_a_later_years_target_is_not_the_reports_own_year() -> None:
    said = ["按照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。"]
    assert "八千亿斤" not in _ask("1978年全国粮食产量是多少？", national_report("1978", said)).text
    # Asked of 1985, the plan is what is asked.
    question = "1978年报告定的十年规划，到1985年粮食产量达到多少？"
    asked = _ask(question, national_report("1978", said))
    assert "八千亿斤" in asked.text


def test_a_paragraph_opening_on_the_past_year_tells_that_years_figures() -> None:
    said = [
        "在经济领域，过去一年里取得的最重要的成绩，就是把经济过热现象初步调整过来。"
        "粮食产量达到３９１０９万吨，比上年增产１１９９万吨。"
    ]
    result = _ask("1987年全国粮食产量达到多少？", national_report("1987", said))
    assert "３９１０９万吨" not in result.text


def test_an_event_naming_a_year_sets_the_time_wherever_it_stands() -> None:
    def settings(question: str) -> dict[str, bool]:
        return {g.label: g.setting for g in key_terms(question, [], ())}

    terms = settings("大跃进的一九五八年和改革开放起步的一九七八年，全国钢产量各是多少？")
    assert terms["大跃进"] and terms["改革开放"] and not terms["钢产量"]
    assert settings("闹非典那年（2003年）全国粮食产量是多少？")["非典"]
    # A report looking back over a span asks the span: 五年 is no setting.
    assert not settings("2008年报告回顾那五年，城里一共新添了多少人上岗就业？")["五年"]
    # The answer need not name the event.
    said = ["全年粮食产量4.3亿吨。"]
    result = _ask("闹非典那年（2003年）全国粮食产量是多少？", national_report("2003", said))
    assert "4.3亿吨" in result.text


def test_a_misspelt_report_name_still_names_the_report() -> None:
    # Read as an event's year, 2023 would make the review part's figure (一、过去五年工作回顾)
    # another year's; read as the report's, it is what that report says.
    said = ["一、过去五年工作回顾|全国832个贫困县全部摘帽。"]
    reports = {
        **national_report("2023", said),
        "next": national_report("2024", ["各位代表！"])["n"],
    }
    result = _ask("2023年政府工做报告说全国有多少个贫困县摘了帽？", reports)
    assert "832个" in result.text


def test_a_part_of_a_question_keeps_the_plan_and_year_the_whole_asks() -> None:
    said = [
        "一、过去五年工作回顾|退出钢铁产能1.7亿吨以上、煤炭产能8亿吨，安置分流职工110多万人。",
        "三、2018年政府工作的建议|今年再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右。",
    ]
    later = national_report("2019", ["去年退出煤炭产能2.7亿吨。"])
    reports = {**national_report("2018", said), "later": later["n"]}
    result = _ask("2018年要再压减多少钢铁产能、退出多少煤炭产能？", reports)
    # The second part is 2018's plan too: not the five years' 8亿吨, nor 2018's result.
    assert "3000万吨" in result.text and "1.5亿吨" in result.text
    assert "8亿吨" not in result.text


def test_last_year_as_a_base_leaves_the_figure_this_years() -> None:
    said = ["今年拟安排财政赤字1.62万亿元，比去年增加2700亿元，赤字率从去年的2.1%提高到2.3%。"]
    result = _ask("2015年拟安排的财政赤字是多少？赤字率定在多少？", national_report("2015", said))
    assert "1.62万亿元" in result.text and "2.3%" in result.text


def test_an_event_naming_a_year_is_not_searched_for() -> None:
    from retrieval.questions import tense_of, without_year_settings

    searched = without_year_settings("国际金融危机爆发那年（2008年），全国财政收入是多少？")
    assert "金融危机" not in searched and "2008年" in searched and "财政收入" in searched
    assert (
        without_year_settings("亚洲金融危机那一年，下岗工人有多少")
        == "亚洲金融危机那一年，下岗工人有多少"
    )
    # "2018年要再压减": a year's plan.
    assert tense_of("2018年要再压减多少钢铁产能") == "target"


def test_a_growth_rate_asked_is_not_answered_by_a_level() -> None:
    said = ["国内生产总值2000年达89404亿元，平均每年增长8.3％。"]
    question = "2001年政府工作报告给2001年当年定的GDP增长目标是多少？"
    assert "89404亿元" not in _ask(question, national_report("2001", said)).text


def test_a_bare_change_is_the_change_of_the_thing_before_it() -> None:
    said = [
        "国内生产总值增长率达到预期目标，经济结构有所调整。全年工业企业实现利润2202亿元，"
        "比上年增长 52％；其中国有和国有控股工业企业实现利润967亿元，增长77．7％。",
    ]
    reports = {**national_report("2000", said), "own": national_report("1999", ["各位代表！"])["n"]}
    assert "52％" not in _ask("1999年国内生产总值到底增长了百分之几？", reports).text
    # The thing asked is the one before: "钢产量由…增加到…，增长百分之五十五点三".
    said = ["这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三。"]
    result = _ask("1979年报告说，两年里钢产量增长了百分之几？", national_report("1979", said))
    assert "百分之五十五点三" in result.text


def test_a_lists_intro_sets_the_year_of_its_items() -> None:
    said = [
        "今年国民经济和社会发展的主要预期目标是：\n国内生产总值增长8%左右；城镇新增就业900万人以上。"
    ]
    reports = {**national_report("2011", said), "own": national_report("2010", ["各位代表！"])["n"]}
    assert "900万人" not in _ask("2010年城镇新增就业多少人？", reports).text


def test_a_change_asked_is_not_answered_by_a_level_telling_no_change() -> None:
    said = ["全年商品房销售9.37亿平方米。", "企业退休人员养老金人均每月新增110元。"]
    reports = {**national_report("2010", said), "own": national_report("2009", ["各位代表！"])["n"]}
    assert "9.37亿平方米" not in _ask("09年全国商品房平均房价涨了多少？", reports).text
    # 新增110元 tells the change asked.
    assert "110元" in _ask("2009年企业退休人员养老金每人每月涨了多少？", reports).text


def test_a_years_average_is_not_answered_by_its_end() -> None:
    said = ["年末全国城镇调查失业率降到5.2％。"]
    reports = {**national_report("2021", said), "own": national_report("2020", ["各位代表！"])["n"]}
    assert "5.2％" not in _ask("2020年全国城镇调查失业率全年平均是多少？", reports).text
    assert "5.2％" in _ask("2020年末全国城镇调查失业率是多少？", reports).text


def test_a_middle_dot_between_digits_is_a_decimal_point() -> None:
    from retrieval.evidence import figures

    assert [f.text for f in figures("比上年实际增长4·3％")] == ["4·3％"]


def test_a_bare_change_continues_the_clauses_before_it_back_to_a_figure() -> None:
    said = ["农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％。"]
    reports = {**national_report("1999", said), "own": national_report("1998", ["各位代表！"])["n"]}
    assert "4·3％" not in _ask("1998年经济实际增长了多少？", reports).text
    assert "4·3％" in _ask("1998年农村居民人均纯收入实际增长了多少？", reports).text


def test_a_count_before_its_group_counts_that_group() -> None:
    said = ["上百万赤脚医生成长起来，近千万知识青年上山下乡。"]
    result = _ask(
        "1975年的政府工作报告里说，上山下乡的知识青年有多少？", national_report("1975", said)
    )
    assert "近千万" in result.text


def test_list_items_followed_by_the_kind_asked_answer_it() -> None:
    said = [
        "国务院决定，要进一步办好经济特区和开放一批沿海港口城市。",
        "同时，进一步开放大连、秦皇岛、天津、烟台、青岛、连云港等十四个沿海港口城市和海南岛，"
        "实行经济特区的某些特殊政策。",
    ]
    result = _ask("1984年国务院决定进一步开放的沿海港口城市有哪些？", national_report("1984", said))
    assert "秦皇岛" in result.text and "连云港" in result.text


def test_a_kind_named_among_its_kinds_has_its_members_in_the_next_sentence() -> None:
    said = [
        "区域重大战略扎实推进。",
        "深入实施区域重大战略、区域协调发展战略、主体功能区战略，构建高质量发展的区域经济布局"
        "和国土空间支撑体系。扎实推动京津冀协同发展、长江经济带发展、粤港澳大湾区建设、"
        "长三角一体化发展。",
    ]
    result = _ask("2021年报告讲要扎实推动的区域重大战略有哪些？", national_report("2021", said))
    assert "京津冀协同发展" in result.text and "长三角一体化发展" in result.text


def test_repaid_is_read_as_the_report_words_it() -> None:
    said = [
        "我们欠苏联的各项借款和应付利息共计十四亿零六百万新卢布，已经按期偿还了十三亿八千九百万"
        "新卢布，剩下的尾数一千七百万新卢布。",
    ]
    result = _ask("64年报告说欠苏联的借款已经还了多少？", national_report("1964", said))
    assert "十三亿八千九百万" in result.text


def test_a_plan_asked_by_its_short_name_is_found_by_its_full_name() -> None:
    said = [
        "第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，"
        "超过原定计划四百二十七亿四千万元的百分之十五点三。",
    ]
    result = _ask(
        "1959年报告提到，一五时期国家基本建设投资最后实际完成了多少钱？",
        national_report("1959", said),
    )
    assert "四百九十三亿元" in result.text


def test_the_reports_own_year_written_again_asks_that_years_result() -> None:
    said = ["我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。"]
    result = _ask(
        "1959年那份报告里，1959年全年钢产量最后实际完成了多少？", national_report("1959", said)
    )
    assert result.abstained, result.text


def test_direct_investment_after_foreign_investment_is_the_foreign_direct_investment() -> None:
    said = ["外商投资显著增加，投资领域拓宽，直接投资达到２５８亿美元，是改革开放以来最多的一年。"]
    result = _ask(
        "1994年政府工作报告中，1993年外商直接投资达到了多少？", national_report("1994", said)
    )
    assert "２５８亿美元" in result.text


def test_what_was_done_in_a_year_is_read_in_the_next_report() -> None:
    reports = {
        **national_report("2014", ["建设好、管理好中国上海自由贸易试验区，并开展若干新的试点。"]),
        "next": national_report(
            "2015", ["扩展上海自由贸易试验区范围，新设广东、天津、福建自由贸易试验区。"]
        )["n"],
    }
    result = _ask("2014年还新设了哪几个自由贸易试验区？", reports)
    assert "广东" in result.text and "福建" in result.text, result.text


def test_a_sentence_naming_no_year_goes_on_with_the_year_before_it() -> None:
    reports = {
        **national_report(
            "1979",
            [
                "农业生产在连续遭到比较严重的自然灾害的情况下，一九七八年仍然夺得了丰收。"
                "粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨。"
            ],
        ),
        "next": national_report("1980", ["粮食产量33，212万吨，比上年增加2，737万吨。"])["n"],
        "before": national_report("1978", ["今年要大力发展农业。"])["n"],
    }
    result = _ask("1978年和1979年全国粮食总产量分别是多少？", reports)
    assert "三亿零四百七十五万吨" in result.text and "33，212万吨" in result.text, result.text


def test_days_asked_are_answered_in_working_days() -> None:
    said = ["企业开办时间从一个月以上压缩到目前的平均4个工作日以内，实行中小微企业简易注销制度。"]
    result = _ask(
        "2023年政府工作报告说，现在注册开一家公司平均要花几天？", national_report("2023", said)
    )
    assert "4个工作日以内" in result.text, result.text


def test_a_count_asked_between_a_verb_and_its_thing_joins_them() -> None:
    reports = {
        **national_report("2009", ["今年要继续推进林业建设。"]),
        "next": national_report("2010", ["继续推进林业重点生态工程建设，完成造林8827万亩。"])["n"],
    }
    result = _ask("2009年全国一共种了多少亩树？", reports)
    assert "8827万亩" in result.text, result.text


def test_each_year_of_one_report_asked_side_by_side_gets_its_own_figure() -> None:
    said = ["我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。"]
    result = _ask(
        "1959年政府工作报告里，一九五二年和一九五八年的钢产量分别是多少？",
        national_report("1959", said),
    )
    assert "一百三十五万吨" in result.text and "一千一百零八万吨" in result.text, result.text


def test_a_place_only_setting_the_time_need_not_be_in_the_answer() -> None:
    reports = {
        **national_report("2008", ["今年要抓好防灾减灾工作。"]),
        "next": national_report(
            "2009", ["我们坚持把抢救人的生命放在第一位，从废墟中抢救生还者8.4万人。"]
        )["n"],
    }
    result = _ask("汶川地震那年，从倒塌的楼房底下一共救出来多少活着的人？", reports)
    assert "8.4万人" in result.text, result.text


def test_a_two_character_year_is_one_year_not_a_span() -> None:
    reviewed = national_report(
        "1998",
        [
            "1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11％。",
            "去年经济增长8.8％，商品零售价格涨幅为0.8％。",
        ],
    )
    reviewed["own"] = national_report("1997", ["今年要继续加强和改善宏观调控。"])["n"]
    result = _ask("九七年国内经济增长了百分之几？", reviewed)
    assert "8.8％" in result.text and "11％" not in result.text, result.text
    planned = national_report(
        "1999", ["综合分析国内外的有利条件和制约因素，今年的经济增长预期为7％左右。"]
    )
    result = _ask("九九年政府工作报告定的经济增长预期是多少", planned)
    assert "7％左右" in result.text, result.text


def test_of_years_side_by_side_the_next_reports_closer_review_answers() -> None:
    reports = {
        **national_report("2002", ["今年要继续实施积极的财政政策。"]),
        "2003": national_report("2003", ["带动银行贷款和其他社会资金形成3.28万亿元的投资规模。"])[
            "n"
        ],
        "2007": national_report(
            "2007", ["今年全国财政安排农村义务教育经费2235亿元，比去年增加395亿元。"]
        )["n"],
        "2008": national_report(
            "2008",
            ["全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元。"],
        )["n"],
    }
    result = _ask("全社会研发经费2002年和2007年分别是多少？", reports)
    assert "3664亿元" in result.text and "2235亿元" not in result.text, result.text


def test_a_report_leaving_out_what_the_question_leaves_out_answers_it() -> None:
    reports = {
        **national_report("1956", ["国家计划规定，粮食产量将要达到３，９８９亿斤。"]),
        "next": national_report(
            "1957",
            [
                "1956年，粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤，"
                "超过了第一个五年計划最后一年的指标。"
            ],
        )["n"],
    }
    result = _ask("一九五六年全国粮食产量（不算大豆）是多少斤？", reports)
    assert "三千六百五十亿斤" in result.text, result.text


def test_a_result_is_not_read_from_a_report_written_before_the_year() -> None:
    reports = national_report(
        "1986",
        ["按一九八○年不变价格计算，一九九○年国民生产总值达到一万一千一百七十亿元。"],
    )
    assert _ask("一九九〇年全国国民生产总值实际达到多少亿元？", reports).abstained
    planned = _ask("一九九〇年国民生产总值计划达到多少亿元？", reports)
    assert "一万一千一百七十亿元" in planned.text, planned.text


def test_a_figure_with_a_subject_of_its_own_is_not_the_asked_things() -> None:
    reports = national_report(
        "2021", ["全员劳动生产率增长高于国内生产总值增长，城镇调查失业率控制在5.5%以内。"]
    )
    result = _ask("2021年政府工作报告定的GDP增长预期目标是多少？", reports)
    assert result.abstained, result.text
    reports = national_report(
        "2021", ["今年发展主要预期目标是：国内生产总值增长6%以上，城镇调查失业率5.5%左右。"]
    )
    result = _ask("2021年政府工作报告定的GDP增长预期目标是多少？", reports)
    assert "6%以上" in result.text and "5.5%" not in result.text, result.text


def test_a_years_average_is_not_answered_by_its_end_with_another_figure_beside() -> None:
    reports = {
        **national_report("2022", ["今年城镇调查失业率要控制在5.5%以内。"]),
        "next": national_report(
            "2023",
            ["全年国内生产总值增长3%，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。"],
        )["n"],
    }
    assert _ask("2022年全年城镇调查失业率平均是多少？", reports).abstained


def test_what_a_year_added_is_no_total_even_after_its_other_clause() -> None:
    reports = {
        **national_report("2012", ["今年要继续加强铁路建设。"]),
        "next": national_report("2013", ["新增铁路里程1.97万公里，其中高速铁路8951公里。"])["n"],
    }
    assert _ask("到2012年底，全国高铁运营总里程是多少公里？", reports).abstained
    result = _ask("2012年新增高速铁路多少公里？", reports)
    assert "8951公里" in result.text, result.text


def test_a_clause_opening_on_its_run_of_years_gives_no_one_years_figure() -> None:
    from retrieval.evidence import candidates
    from retrieval.years import several_years

    text = "由于已经连续三年增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀。"
    question = "1995年国内生产总值实际增长了多少？"
    ask = analyse(question, read_query(question, [NATIONAL]), [NATIONAL], ())[0]
    windows = [w for w in candidates([_passage(NATIONAL, 0, text)], ask, set()) if "十一" in w.text]
    assert windows and all(several_years(w, ask) for w in windows)
    one = "国内生产总值增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀。"
    windows = [w for w in candidates([_passage(NATIONAL, 0, one)], ask, set()) if "十一" in w.text]
    assert windows and not any(several_years(w, ask) for w in windows)


def test_a_measure_named_again_by_its_rise_keeps_the_thing_before() -> None:
    reports = {
        **national_report("1994", ["今年要继续深化改革。"]),
        "next": national_report(
            "1995",
            [
                "去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。"
                "虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七，群众反映强烈。"
            ],
        )["n"],
    }
    result = _ask("1994年全年商品零售物价实际涨了多少？", reports)
    assert "百分之二十一点七" in result.text and "百分之十以内" not in result.text, result.text
    # The measure asked by the same word (涨幅): the thing before it is still the sentence before's.
    result = _ask("1995年的政府工作报告说，1994年商品零售物价涨幅最终高达多少？", reports)
    assert "百分之二十一点七" in result.text, result.text


def test_each_year_compared_is_one_year_no_runs_average() -> None:
    reports = {
        **national_report("2021", ["今年要保持经济运行在合理区间。"]),
        "2022": national_report("2022", ["国内生产总值达到114万亿元，增长8.1%。"])["n"],
        "2023": national_report(
            "2023",
            ["国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元。"],
        )["n"],
    }
    result = _ask("2021年和2022年的GDP各增长了多少？", reports)
    assert "8.1%" in result.text and "5.2%" not in result.text, result.text


def test_a_multi_part_question_of_a_year_reads_its_review_when_that_matches_closer() -> None:
    reports = {
        **national_report("2018", ["全年再为企业和个人减税8000多亿元。"]),
        "next": national_report(
            "2019", ["全年为企业和个人减税降费约1.3万亿元。", "先后4次降低存款准备金率。"]
        )["n"],
    }
    result = _ask("2018年全年为企业和个人减税降费大约多少？那年一共降了几次存款准备金率？", reports)
    assert "1.3万亿元" in result.text and "4次" in result.text, result.text
    assert "8000多亿元" not in result.text, result.text


def test_the_unit_asked_is_the_measure_word_after_the_ask_not_a_rate_or_a_word_start() -> None:
    assert asked_unit("那年一共降了几次存款准备金率？") == "次"
    assert asked_unit("储备了多少年轻后备干部？") != "年"  # 年轻 is no 年
    assert asked_unit("治理用了多少年？") == "年"
    assert asked_unit("2018年存款准备金率降了多少？") == "%"


def test_years_side_by_side_each_want_a_sentence_not_telling_the_others_year() -> None:
    reports = {
        **national_report("1982", ["今年要继续调整国民经济。"]),
        "1983": national_report(
            "1983", ["一九八二年全国农民平均每人的纯收入达到二百七十元，比一九七八年增加一倍。"]
        )["n"],
        "1984": national_report("1984", ["农民按人口平均的纯收入达到３０９．８元。"])["n"],
    }
    result = _ask("一九八二年和一九八三年，全国农民人均纯收入分别是多少？", reports)
    assert "二百七十元" in result.text and "３０９．８元" in result.text, result.text


def test_a_level_reached_in_a_paragraph_of_five_years_is_the_last_years() -> None:
    reports = {
        **national_report("2017", ["今年要继续推进健康中国建设。"]),
        "next": national_report(
            "2018",
            ["这五年，社会事业加快发展。人均预期寿命达到76.7岁，医疗卫生投入累计达到4万亿元。"],
        )["n"],
    }
    result = _ask("2017年我国人均预期寿命是多少岁？", reports)
    assert "76.7岁" in result.text, result.text
    result = _ask("2016年和2017年，医疗卫生投入分别是多少？", reports)
    assert "4万亿元" not in result.text, result.text


def test_wells_counted_in_kou_are_answered_in_chu() -> None:
    report = ["新修水渠3公里，打井2处，解决了500人的饮水问题。"]
    result = _ask("县溪镇2021年新挖了几口水井？", {"t": (TOWN, report)})
    assert "打井2处" in result.text, result.text


def test_offenders_asked_are_not_counted_by_a_sentence_naming_no_offence() -> None:
    report = ["对辖区内59家烟花爆竹店开展隐患排查，发现并整改安全隐患5处。"]
    result = _ask("县溪镇查处了多少家非法卖烟花爆竹的？", {"t": (TOWN, report)})
    assert result.abstained, result.text
    report += ["聚焦烟花爆竹违规销售，开展专项执法行动3次，查处非法经营12家。"]
    result = _ask("县溪镇查处了多少家非法卖烟花爆竹的？", {"t": (TOWN, report)})
    assert "12家" in result.text and "59家" not in result.text, result.text


def test_an_actual_figure_told_apart_from_the_agreed_one_answers_actual() -> None:
    reports = {
        **national_report("1991", ["今年要继续扩大对外开放。"]),
        "next": national_report(
            "1992",
            [
                "全年新增外商投资企业１．２万多家，外商直接投资协议金额１２０亿美元，"
                "实际投资４３．７亿美元，签定了一大批大型对外合作项目。"
            ],
        )["n"],
    }
    result = _ask("一九九二年的报告说，九一年外商直接投资实际到位多少？", reports)
    assert "４３．７亿美元" in result.text, result.text


def test_a_years_event_opening_the_question_sets_its_time() -> None:
    reports = national_report(
        "1954",
        [
            "今年長江、淮河流域發生了百年來未有的大水災，全國被淹的農田約佔全國農田十分之一即"
            "一億六千餘萬畝。",
            "在成災的八千餘萬畝農田中，有三千萬畝在短期內尚難排出積水。",
        ],
    )
    question = "一九五四年长江、淮河发大水，当年的政府工作报告说最后真正成灾的农田有多少亩？"
    result = _ask(question, reports)
    assert "八千餘萬畝" in result.text and "一億六千餘萬畝" not in result.text, result.text


def test_a_plan_asked_stays_with_its_own_years_report_and_its_target_year() -> None:
    reports = {
        **national_report(
            "1978", ["接照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。"]
        ),
        "1979": national_report("1979", ["一九七八年钢产量达到三千一百七十八万吨。"])["n"],
        "1985": national_report("1985", ["今年要继续发展农业生产。"])["n"],
        "1986": national_report("1986", ["钢由三千七百万吨增加到四千六百六十六万吨。"])["n"],
    }
    result = _ask("1978年的十年规划里，到1985年粮食要达到多少？钢产量呢？", reports)
    assert "八千亿斤" in result.text, result.text
    planned = {
        **national_report("1956", ["全国基本建设的投资共有１４０亿元，比１９５５年增长６２％。"]),
        "next": national_report(
            "1957", ["1956年全国基本建设投资共完成一百三十九亿元，超过了计划。"]
        )["n"],
    }
    result = _ask("1956年全国基本建设投资一共安排了多少亿元？", planned)
    assert "１４０亿元" in result.text, result.text


def test_what_was_arranged_counts_the_thing_before_anpai() -> None:
    said = national_report(
        "2009",
        [
            "拟安排中央财政赤字7500亿元，比上年增加5700亿元，同时国务院同意地方发行2000亿元债券。"
            "全国财政赤字合计9500亿元，占国内生产总值比重在3%以内。"
        ],
    )
    result = _ask("09年全国财政赤字合计安排了多少？", said)
    assert "9500亿元" in result.text, result.text


def test_a_programme_named_plan_tells_a_result_not_a_plan() -> None:
    reports = {
        **national_report("2013", ["今年要继续加强教育工作。"]),
        "next": national_report(
            "2014", ["实施农村义务教育薄弱学校改造计划，学生营养改善计划惠及3200万孩子。"]
        )["n"],
    }
    result = _ask("2013年有多少农村孩子吃上了营养餐？", reports)
    assert "3200万" in result.text, result.text


def test_cheaper_asks_a_fall() -> None:
    said = national_report("2018", ["取消流量“漫游”费，移动网络流量资费年内至少降低30%。"])
    result = _ask("2018年的报告说，当年手机上网的流量费至少要便宜多少？", said)
    assert "30%" in result.text, result.text


def test_a_section_reviewing_the_year_before_tells_that_years_figures() -> None:
    reports = {
        **national_report(
            "1999",
            [
                "一、1998年工作回顾和1999年工作的总体要求|国内生产总值比上年增长7.8％，"
                "虽然略低于8％的预定目标，但这是在抵御亚洲金融危机的冲击的情况下取得的。"
            ],
        ),
        "next": national_report("2000", ["一、1999年工作回顾|全年粮食总产量达到5亿吨。"])["n"],
    }
    assert _ask("1999年国内生产总值到底增长了百分之几？", reports).abstained
    result = _ask("1998年国内生产总值增长了多少？", reports)
    assert "7.8％" in result.text, result.text


def test_a_sentence_after_the_year_past_opens_tells_results() -> None:
    reports = {
        **national_report("2010", ["今年要继续实施积极的就业政策。"]),
        "next": national_report(
            "2011",
            [
                "三、2011年的工作|2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大"
                "成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在 3.3%，城镇新增就业1168万人。"
            ],
        )["n"],
    }
    result = _ask("2010年城镇新增就业多少人？", reports)
    assert "1168万人" in result.text, result.text


def test_a_place_in_an_events_name_setting_the_year_is_asked_nothing_of() -> None:
    reports = {
        **national_report("2008", ["今年要办好北京奥运会。"]),
        "2009": national_report("2009", ["城镇居民人均可支配收入15781元。"])["n"],
        "2010": national_report("2010", ["城镇居民人均可支配收入17175元。"])["n"],
    }
    result = _ask("北京奥运那年和2009年，城镇居民人均可支配收入各是多少？", reports)
    assert "15781元" in result.text and "17175元" in result.text, result.text


def test_foreign_trade_exports_are_no_total_of_trade() -> None:
    reports = {
        **national_report("2001", ["今年要继续扩大出口。"]),
        "next": national_report(
            "2002", ["外贸进出口总额突破５０００亿美元，其中出口２６６２亿美元，增长６．８％。"]
        )["n"],
    }
    result = _ask("2001年我国外贸出口额是多少？", reports)
    # The exports are given; the total, if quoted beside them, is named as the total.
    assert "出口２６６２亿美元" in result.text, result.text
    assert "突破５０００亿美元" not in result.text or "进出口总额突破" in result.text


def test_the_asked_thing_as_another_measures_base_does_not_answer() -> None:
    reports = {
        **national_report("2007", ["今年要继续推进节能减排。"]),
        "next": national_report(
            "2008",
            [
                "节能减排取得积极进展，2007年单位国内生产总值能耗比上年下降3.27%。",
                "研究与试验发展经费占国内生产总值比重从1.07%提高到1.49%。",
            ],
        )["n"],
    }
    result = _ask("2007年国内生产总值比上年增长了多少？", reports)
    assert result.abstained, result.text
    result = _ask("2007年单位国内生产总值能耗下降了多少？", reports)
    assert "3.27%" in result.text, result.text


def test_one_years_growth_is_not_a_growth_against_a_year_long_before() -> None:
    reports = {
        **national_report("2007", ["今年要保持经济平稳较快发展。"]),
        "next": national_report(
            "2008", ["2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%。"]
        )["n"],
    }
    result = _ask("2007年国内生产总值增长了多少？", reports)
    assert "65.5%" not in result.text, result.text
    result = _ask("2007年国内生产总值比2002年增长了多少？", reports)
    assert "65.5%" in result.text, result.text


def test_two_years_without_reports_are_each_told_by_the_reports_beside_them() -> None:
    from retrieval.answering import _period_scopes
    from retrieval.models import Query

    catalog = [national_report(y, [])["n"][0] for y in ("1992", "1995", "1997")]
    question = "1991年和香港回归前一年（1996年）的钢产量，分别达到了什么水平？"
    query = Query(text=question, towns=[], periods=["1991", "1996"])
    scopes = _period_scopes(query, catalog)
    assert [s.require for s in scopes] == [["1991"], ["1996"]]
    assert [s.query.periods for s in scopes] == [["1992"], ["1995", "1997"]]


def test_a_years_plan_and_its_outcome_are_each_told_by_their_own_report() -> None:
    reports = {
        **national_report(
            "2022", ["今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上。"]
        ),
        "next": national_report(
            "2023",
            [
                "全年国内生产总值增长3%，城镇新增就业1206万人。",
                "国内生产总值增加到121万亿元，五年年均增长5.2%。",
            ],
        )["n"],
    }
    result = _ask("2022年GDP增长目标定的是多少，最后实际增长了多少？", reports)
    assert "5.5%左右" in result.text and "3%" in result.text, result.text
    assert "5.2%" not in result.text, result.text
    assert "2022年报告：" in result.text and "回顾2022年" in result.text, result.text
    assert "未提及" not in result.text, result.text
    # Asked alone, the target is the plan's: the review's result is no target.
    result = _ask("2022年GDP增长目标是多少？", reports)
    assert "5.5%左右" in result.text and "增长3%" not in result.text, result.text


def test_a_subgroup_counted_later_in_the_sentence_is_not_the_totals_figure() -> None:
    reports = {
        "t": (
            TOWN,
            ["在燃气安全整治中，排查隐患25起，其中一般隐患16起，重大安全隐患9起，并督促整改到位。"],
        )
    }
    result = _ask("县溪镇燃气安全整治里，重大安全隐患排查出几起？", reports)
    assert "9起" in result.text, result.text


def test_life_expectancy_is_no_plan() -> None:
    from retrieval.questions import tense_of

    assert tense_of("2002年我国人均预期寿命是多少岁？") == ""
    assert tense_of("2002年国内生产总值预期增长多少？") == "target"


def test_a_reports_target_is_its_own_years_not_the_five_year_plans_average() -> None:
    said = [
        "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。",
        "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。",
    ]
    reports = {
        **national_report("2011", said),
        "next": national_report("2012", ["国内生产总值增长7.5%。"])["n"],
    }
    result = _ask("2011年和2012年政府工作报告定的经济增长预期目标各是多少？", reports)
    assert "8%左右" in result.text and "年均增长7%" not in result.text, result.text


def test_what_a_figure_was_for_sets_the_scene_and_is_not_what_is_counted() -> None:
    reports = {
        **national_report("1998", ["亚洲金融危机对我国经济的影响正在显现。"]),
        "next": national_report(
            "1999",
            [
                "亚洲金融危机发展的广度、深度比预料的更为严重。",
                "中央果断决定实施积极的财政政策，国务院增发1000亿元财政债券。",
            ],
        )["n"],
    }
    result = _ask("1998年为了应对亚洲金融危机，国务院增发了多少财政债券？", reports)
    assert "1000亿元" in result.text, result.text


def test_an_adverb_before_the_verb_is_not_what_is_counted() -> None:
    reports = {
        **national_report("1998", ["今年要做好防汛工作。"]),
        "next": national_report(
            "1999",
            [
                "国家财政收入增长10%。",
                "去年长江、嫩江和松花江流域发生历史罕见的洪涝灾害，直接经济损失2000多亿元。",
            ],
        )["n"],
    }
    result = _ask("九八年发大水那次，国家直接损失了多少钱？", reports)
    assert "2000多亿元" in result.text, result.text


def test_the_countryside_is_no_township() -> None:
    from retrieval.places import place_names

    assert place_names("96年年底，城里人和乡下人在银行里一共存了多少钱？") == []
    assert place_names("人和乡下半年完成了多少") == ["人和乡"]


def test_one_undated_figure_is_not_given_for_two_years_side_by_side() -> None:
    reports = {
        **national_report("2005", ["今年继续扩大新型农村合作医疗试点。"]),
        "a": national_report("2006", ["新型农村合作医疗制度试点已扩大到671个县。"])["n"],
        "b": national_report("2007", ["新型农村合作医疗试点范围扩大到1451个县（市、区）。"])["n"],
    }
    result = _ask("新型农村合作医疗的试点县，2005年和2006年各扩大到了多少个？", reports)
    assert "671个县" in result.text and "1451个县" in result.text, result.text


def test_a_level_held_year_after_year_is_no_one_years_figure() -> None:
    reports = {
        **national_report("2022", ["今年粮食产量保持在1.3万亿斤以上。"]),
        "a": national_report(
            "2023", ["粮食产量连年稳定在1.3万亿斤以上。", "粮食产量1.37万亿斤，增产74亿斤。"]
        )["n"],
        "b": national_report("2024", ["今年粮食产量保持在1.3万亿斤以上。"])["n"],
        "c": national_report("2025", ["粮食产量首次跃上1.4万亿斤新台阶。"])["n"],
    }
    result = _ask("对比一下2022年和2024年的全国粮食产量。", reports)
    assert "1.37万亿斤" in result.text and "1.4万亿斤" in result.text, result.text
    # 上年年初 is no 年年.
    said = ["赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。"]
    reports = {
        **national_report("2019", ["今年赤字率拟按2.8%安排。"]),
        "b": national_report("2024", said)["n"],
    }
    result = _ask("2019年和2024年预算安排的财政赤字率分别是多少？", reports)
    assert "2.8%" in result.text and "按3%" in result.text, result.text


def test_a_rank_asked_after_a_figure_is_the_same_things_place() -> None:
    reports = {
        **national_report("2003", ["今年要继续扩大对外开放。"]),
        "next": national_report(
            "2004",
            [
                "城镇新增就业859万人。",
                "进出口总额比上年增长37.1%，达到8512亿美元，由上年居世界第五位上升到第四位。",
            ],
        )["n"],
    }
    result = _ask("2003年我国进出口总额是多少？在世界上排第几？", reports)
    assert "8512亿美元" in result.text and "第四位" in result.text, result.text
    assert "未提及" not in result.text, result.text


def test_figures_each_counting_another_thing_do_not_answer_the_thing_after_the_ask() -> None:
    said = ["千亩杨梅种植基地新建6间冷库、1300立方冷冻室、1000立方冷藏室，推进杨梅产业深加工。"]
    assert _ask("县溪镇千亩杨梅基地一年能产多少杨梅？", {"t": (TOWN, said)}).abstained
    assert _ask("县溪镇千亩杨梅基地今年杨梅产量有多少？", {"t": (TOWN, said)}).abstained
    # The thing named right before its figure, or right after it, is counted.
    said = ["各方配合基本完成裁减军队员额30万任务。", "国务院增发1000亿元财政债券。"]
    result = _ask(
        "2018年报告里说基本完成的那一轮裁军，裁减了多少员额？", national_report("2018", said)
    )
    assert "30万" in result.text, result.text
    result = _ask("2018年国务院增发了多少财政债券？", national_report("2018", said))
    assert "1000亿元" in result.text, result.text


def test_a_not_that_asks_is_no_ruling_out() -> None:
    from retrieval.places import drop_exclusions

    question = "卢峰镇今年上半年自己组织排查，查出来不算严重的安全问题一共有多少个？"
    assert drop_exclusions(question) == (question, "")
    assert drop_exclusions("2017年实际到位了多少？不是协议金额")[1] == "不是协议金额"


def test_that_spell_of_time_is_no_thing_asked() -> None:
    said = ["在6月集中强降雨期间，共转移10户30人。"]
    result = _ask("县溪镇6月集中强降雨那段时间转移了多少户、多少人？", {"t": (TOWN, said)})
    assert "10户30人" in result.text, result.text


def test_a_sub_group_named_in_everyday_words_is_still_asked() -> None:
    said = ["摸底村（社区）后备干部365名，35岁以下占比超50%、大专学历超80%。"]
    assert _ask("县溪镇后备干部里女的占多少？", {"t": (TOWN, said)}).abstained
    result = _ask("县溪镇后备干部里35岁以下的占多少？", {"t": (TOWN, said)})
    assert "超50%" in result.text, result.text


def test_two_rates_sharing_one_ask_are_each_asked() -> None:
    from retrieval.questions import split_parts, tense_of

    question = "2008年应对金融危机，存贷款基准利率和存款准备金率各下调了几次？"
    assert split_parts(question) == [question.rstrip("？")]
    assert tense_of(question) == ""  # 准备金 is no plan
    said = ["五次下调金融机构存贷款基准利率，四次下调存款准备金率。"]
    reports = {
        **national_report("2008", ["今年要实行从紧的货币政策。"]),
        "next": national_report("2009", said)["n"],
    }
    result = _ask(question, reports)
    assert "五次" in result.text and "四次" in result.text, result.text


def test_a_reports_own_year_asked_as_its_当年_is_not_told_by_a_sentence_on_the_year_before() -> (
    None
):
    said = ["２００１年国内生产总值达到９５９３３亿元，比上年增长７．３％。"]
    result = _ask("2002年政府工作报告把当年GDP增长目标定在多少？", national_report("2002", said))
    assert result.abstained, result.text


def test_a_year_written_with_the_circle_zero_is_read() -> None:
    from retrieval.places import digit_years

    assert digit_years("八○年国家财政赤字是多少？") == "1980年国家财政赤字是多少？"


def test_a_thesaurus_term_across_the_questions_words_is_not_asked() -> None:
    from retrieval.questions import key_terms

    groups = key_terms("统溪河镇今年新吸收入党的有几个人？", [], (("收入", "增收"),))
    assert not any("收入" in g.variants for g in groups), groups
    groups = key_terms("农民人均收入增长了多少？", [], (("收入", "增收"),))
    assert any("增收" in g.variants for g in groups), groups


def test_this_years_figure_after_earlier_years_in_one_clause_is_this_years() -> None:
    from retrieval.evidence import candidates
    from retrieval.years import told_of_another_year

    meta = national_report("1981", [])["n"][0]
    text = (
        "财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，"
        "预计降低到今年的二十七亿元。"
    )
    question = "1981年的报告估计当年财政赤字能压到多少钱？"
    ask = analyse(question, read_query(question, [meta]), [meta], ())[0]
    passages = [_passage(meta, 0, text)]
    windows = candidates(passages, ask, set())
    told = {w.text: told_of_another_year(w, ask, "1981", {"1981"}, passages) for w in windows}
    assert any(t and "今年" not in text for text, t in told.items()), told  # 1980's alone
    assert any(not t and "今年" in text for text, t in told.items()), told


def test_a_section_reviewing_the_year_before_tells_no_figure_of_the_reports_own_year() -> None:
    said = ["一、１９９４年的工作回顾|国内生产总值达到４３８００亿元，比上年增长１１．８％。"]
    result = _ask("1995年全年国内生产总值达到多少亿元？", national_report("1995", said))
    assert result.abstained, result.text
    result = _ask("1994年全年国内生产总值达到多少亿元？", national_report("1995", said))
    assert "４３８００亿元" in result.text, result.text


def test_the_kind_counted_right_after_a_figure_is_its_kind() -> None:
    said = ["对排查出的54起重大隐患组织“回头看”，全部整改到位。"]
    assert _ask("县溪镇一共排查出多少起一般隐患？", {"t": (TOWN, said)}).abstained
    result = _ask("县溪镇一共排查出多少起重大隐患？", {"t": (TOWN, said)})
    assert "54起" in result.text, result.text


def test_the_whole_countrys_figure_is_an_item_not_a_town_to_compare() -> None:
    from retrieval.questions import _items

    assert _items("1987年国民生产总值和全国进出口总额", ["全国"]) == [
        "1987年国民生产总值",
        "全国进出口总额",
    ]
    assert _items("卢峰镇和统溪河镇", ["卢峰镇", "统溪河镇"]) == []


def test_a_count_of_the_opposite_act_does_not_answer() -> None:
    report = {
        "t": (
            TOWN,
            [
                "严格落实低保政策，全镇符合纳入农村低保户282户527人，发放低保金共计161万余元。",
                "开展低保年度审核，清退低保19户32人，新纳入低保保障对象5户7人。",
            ],
        )
    }
    asked = _ask("县溪镇清退了多少户低保？", report)
    assert "19户32人" in asked.text and "282户" not in asked.text
    assert _ask("县溪镇清退了多少户低保？", {"t": (TOWN, report["t"][1][:1])}).abstained
    assert "5户7人" in _ask("县溪镇新纳入低保多少户？", report).text


def test_a_figure_of_a_quoted_name_in_its_own_clause_is_not_the_things_asked() -> None:
    texts = [
        "坪溪民宿暑期一房难求，促进民宿主增收10余万元，今年北斗溪营地“研学旅行”预计接待3万余人。"
    ]
    report = {"t": (TOWN, texts)}
    assert _ask("县溪镇民宿一共接待了多少游客？", report).abstained
    # A quoted name after the question's thing in the clause is that thing's still.
    texts = ["全年中央财政用于“三农”的支出共2626亿元。"]
    assert (
        "2626亿元"
        in _ask("2005年中央财政拿出多少钱支持农村？", national_report("2005", texts)).text
    )
    assert "3万余人" in _ask("县溪镇营地研学旅行接待了多少人？", report).text


def test_another_kind_of_the_thing_asked_is_no_answer() -> None:
    texts = ["脱贫人口务工规模超过3200万人、实现稳中有增。"]
    assert _ask("2022年全国城镇人口有多少？", national_report("2022", texts)).abstained
    # (The national text keeps its markup's spaces around terms: "高速铁路 投产里程".)
    reports = {
        "a": national_report("2016", ["今年要加快交通建设。"])["n"],
        "b": national_report(
            "2017", ["高速铁路 投产里程超过1900公里，新建改建 高速公路 6700多公里。"]
        )["n"],
    }
    assert _ask("2016年底全国高铁运营总里程达到多少公里？", reports).abstained
    texts.append("全年城镇人口增加1200万人。")
    assert "1200万人" in _ask("2022年城镇人口增加了多少？", national_report("2022", texts)).text
    # A kind named in other words (大学 for 高校) is the same kind.
    texts = ["今年高校毕业生超过1000万人。"]
    assert "1000万人" in _ask("2022年应届大学毕业生有多少人？", national_report("2022", texts)).text


def test_how_a_figure_is_reckoned_is_no_rate_asked() -> None:
    texts = ["按现行汇率计算，人均国内生产总值突破1000美元，跨上一个重要台阶。"]
    result = _ask("2003年按现行汇率算我国人均GDP突破了多少？", national_report("2003", texts))
    assert "1000美元" in result.text
    assert asked_unit("按现行汇率算，人均GDP突破了多少？") != "%"


def test_an_event_with_a_number_naming_the_year_sets_the_time() -> None:
    texts = ["货物进出口总额超过30万亿元，实际使用外资1383亿美元、稳居发展中国家首位。"]
    result = _ask(
        "改革开放40周年那年（2018年），我国实际使用外资是多少？", national_report("2018", texts)
    )
    assert "1383亿美元" in result.text
    terms = key_terms("改革开放40周年那年（2018年），我国实际使用外资是多少？", [], ())
    assert all(g.setting for g in terms if g.label in ("改革开放", "40", "周年"))


def test_an_amount_asked_as_a_measure_is_found_by_its_thing() -> None:
    texts = ["外贸进出口总额突破5000亿美元，其中出口2662亿美元。"]
    result = _ask("2001年我国外贸出口额是多少？", national_report("2001", texts))
    assert "2662亿美元" in result.text


def test_a_list_of_what_was_done_in_a_year_is_read_in_the_next_report_first() -> None:
    reports = {
        "a": national_report("2021", ["办好进博会、广交会、服贸会等重大展会。"])["n"],
        "b": national_report("2022", ["成功举办进博会、广交会、服贸会及首届消博会等重大展会。"])[
            "n"
        ],
    }
    assert "消博会" in _ask("2021年我国成功举办了哪几个重大展会？", reports).text


def test_a_base_years_multiple_tells_no_other_year() -> None:
    texts = ["大力推进保障性安居工程建设。中央财政安排资金1713亿元，是2010年的2.2倍。"]
    reports = {
        "a": national_report("2011", ["今年要继续推进保障性安居工程。"])["n"],
        "b": national_report("2012", texts)["n"],
    }
    assert "1713亿元" in _ask("2011年中央财政安排了多少资金？", reports).text
    from retrieval.years import told_years

    assert told_years("中央财政安排资金1713亿元，是2010年的2.2倍") == set()


def test_an_act_not_done_is_not_answered_by_the_act_done() -> None:
    texts = ["监测对象182户516人，已消除风险89户275人。"]
    assert _ask("县溪镇监测对象里还没消除风险的有多少户？", {"t": (TOWN, texts)}).abstained
    texts = ["监测对象182户516人，其中未消除风险93户241人，已消除风险89户275人。"]
    assert (
        "93户241人" in _ask("县溪镇监测对象里还没消除风险的有多少户？", {"t": (TOWN, texts)}).text
    )


def test_a_paraphrase_is_trusted_only_with_a_word_of_the_question() -> None:
    texts = ["拟安排地方政府专项债券4.4万亿元，重点用于收购存量商品房。"]
    assert _ask("2025年我国货物进出口总额是多少万亿元？", national_report("2025", texts)).abstained


def test_the_years_own_work_still_to_do_is_no_result_when_the_next_report_reviews_it() -> None:
    reports = {
        "a": national_report(
            "2015", ["突出加强水和路的建设，今年再解决6000万农村人口饮水安全问题。"]
        )["n"],
        "b": national_report("2016", ["又解决6434万农村人口饮水安全问题。"])["n"],
    }
    text = _ask("2015年又让多少农村人口喝上了安全的水？", reports).text
    assert "6434万" in text and "6000万" not in text


def test_years_of_reports_side_by_side_are_scopes_not_items() -> None:
    reports = {
        "o": national_report("2008", ["今年国内生产总值增长8%左右。"])["n"],
        "a": national_report("2009", ["国内生产总值超过30万亿元，比上年增长9%。"])["n"],
        "b": national_report("2010", ["国内生产总值达到33.5万亿元，比上年增长8.7%。"])["n"],
    }
    question = "金融危机前后，08年和09年GDP分别比上年增长了多少？"
    text = _ask(question, reports).text
    assert "9%" in text and "8.7%" in text
    metas = [meta for meta, _ in reports.values()]
    asks = analyse(question, read_query(question, metas), metas, ())
    assert asks and all(any(g.label == "gdp" for g in a.groups) for a in asks)


def test_a_head_seen_by_its_two_characters_needs_them_close() -> None:
    from retrieval.evidence import _near_each_other

    assert _near_each_other("涨", "价", "价格上涨")
    assert not _near_each_other("高", "铁", "建成铁路新线1.6万公里，其中高速公路3.3万公里")


def test_a_rank_asked_after_a_figure_is_found_by_its_world() -> None:
    texts = ["2007年，国内生产总值达到24.66万亿元，年均增长10.6%，从世界第六位上升到第四位。"]
    reports = {
        "a": national_report("2007", ["今年国内生产总值增长8%左右。"])["n"],
        "b": national_report("2008", texts)["n"],
    }
    text = _ask("2007年我国国内生产总值达到多少？在世界上排第几？", reports).text
    assert "24.66万亿元" in text and "第四位" in text


def test_half_year_reports_named_side_by_side_are_each_read() -> None:
    half = ReportMeta(
        doc_id="h",
        source="h.txt",
        title="县溪镇2025年上半年工作总结",
        town="县溪镇",
        period="2025H1",
    )
    reports = {
        "t": (TOWN, ["全镇符合纳入农村低保户282户527人。"]),
        "h": (half, ["开展低保年度审核工作，全镇清查289户550人。"]),
    }
    question = "县溪镇的低保户，2021年报告和2025年上半年报告里各是多少户？"
    assert read_query(question, [TOWN, half]).periods == ["2021", "2025H1"]
    text = _ask(question, reports).text
    assert "282户527人" in text and "289户550人" in text


def test_a_five_year_plans_targets_are_no_years_result() -> None:
    texts = [
        "二、“十三五”时期主要目标任务和重大举措|高铁营业里程达到3万公里、覆盖80%以上的大城市。"
    ]
    reports = {
        "a": national_report("2016", texts)["n"],
        "b": national_report("2017", ["高速铁路投产里程超过1900公里。"])["n"],
    }
    assert _ask("2016年底全国高铁营业里程达到多少公里？", reports).abstained
    assert "3万公里" in _ask("“十三五”时期高铁营业里程要达到多少？", reports).text


def test_how_a_thing_was_done_is_not_what_is_counted() -> None:
    terms = key_terms("北斗溪2023年对以前吸过毒的人重点盯管了多少个？", [], ())
    assert [g.label for g in terms if g.head] != ["重点"]


def test_units_asked_in_everyday_words() -> None:
    assert asked_unit("死了几个人？") == "人"
    assert asked_unit("领导出去外地拉投资跑了几趟？") == "次"
    assert asked_unit("建了几个村级服务站？") == "个"


def test_a_lone_thing_asked_is_not_answered_by_a_character_of_another_word() -> None:
    texts = [
        "制定道路交通安全整治实施方案，定期巡查重点路段。",
        "整治卫生死角300余处，拆除乱搭乱建11处，累计参与人员达30000余人次。",
    ]
    text = _ask("县溪镇今年发生了几起道路交通事故，死了几个人？", {"t": (TOWN, texts)}).text
    assert "30000余人次" not in text


def test_a_quoted_everyday_name_is_read_through_the_thesaurus() -> None:
    texts = ["新能源汽车年产量突破1300万辆。"]
    reports = {"a": national_report("2025", texts)["n"]}
    assert "1300万辆" in _ask("按2025年的报告，“绿牌车”一年造出来多少辆？", reports).text
    # Counted in 台 by the asker, in 辆 by the report.
    assert "1300万辆" in _ask("按2025年的报告，一年造出来多少台新能源车？", reports).text


def test_the_country_named_is_no_topic_word() -> None:
    texts = ["我国是世界第二大经济体。", "外汇储备超过1.52万亿美元。"]
    reports = {"a": national_report("2008", texts)["n"]}
    assert (
        "1.52万亿美元" in _ask("2008年政府工作报告说，2007年底国家外汇储备有多少？", reports).text
    )


def test_the_next_reports_targets_are_its_own_years() -> None:
    reports = {
        "a": national_report("2008", ["今年城镇新增就业1000万人。"])["n"],
        "b": national_report("2009", ["城镇新增就业1113万人。", "今年城镇新增就业900万人以上。"])[
            "n"
        ],
        "c": national_report("2010", ["城镇新增就业1102万人。"])["n"],
    }
    text = _ask("金融危机冲击最重的08年和09年，城镇新增就业分别是多少人？", reports).text
    assert "1113万人" in text and "900万人" not in text
    from retrieval.places import dated_years

    assert dated_years("金融危机冲击最重的08年和09年") == {"2008", "2009"}


def test_a_sentence_after_one_on_the_year_past_tells_that_year() -> None:
    texts = [
        "三、2011年的工作|过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%。"
    ]
    reports = {
        "a": national_report("2011", texts)["n"],
        "b": national_report("2012", ["过去一年，居民消费价格上涨5.4%。"])["n"],
    }
    text = _ask("2011年全国居民消费价格涨幅是多少？", reports).text
    assert "5.4%" in text and "3.3%" not in text


def test_a_paraphrase_trusted_by_its_unit_needs_more_than_a_one_character_head() -> None:
    texts = ["稳就业政策持续发力，累计扩招413万人、培训8300多万人次。"]
    reports = {"a": national_report("2023", texts)["n"]}
    assert _ask("2023年报告说，2022年丢了饭碗的人里有多少人领到了失业金？", reports).abstained


def test_a_sum_asked_in_dollars_is_not_answered_in_yuan() -> None:
    assert asked_unit("2024年我国国内生产总值折合成美元是多少？") == "美元"
    texts = ["国内生产总值达到134.9万亿元、增长5%。"]
    assert _ask(
        "按2025年的报告，国内生产总值折合成美元是多少？", national_report("2025", texts)
    ).abstained


def test_exports_asked_are_not_answered_by_sales() -> None:
    reports = {
        "a": national_report("2009", ["今年要稳定汽车消费。"])["n"],
        "b": national_report("2010", ["全年汽车销售1364万辆。"])["n"],
    }
    assert _ask("09年咱们一共出口了多少辆汽车？", reports).abstained
    assert "1364万辆" in _ask("09年全国一共卖了多少辆汽车？", reports).text


def test_a_range_planned_is_no_result() -> None:
    reports = {
        "a": national_report("2019", ["国内生产总值增长6%－6.5%。"])["n"],
        "b": national_report("2020", ["居民人均可支配收入增长6.1%。"])["n"],
    }
    assert _ask("2019年全年GDP增长了多少？", reports).abstained


def test_a_later_report_read_for_a_year_must_name_the_thing() -> None:
    reports = {
        "a": national_report("2005", ["今年要继续推进改革。"])["n"],
        "b": national_report("2006", ["过去一年经济平稳较快发展。"])["n"],
        "c": national_report("2008", ["2005年人均期望寿命达到73岁。"])["n"],
    }
    assert _ask("2005年人均国内生产总值是多少？", reports).abstained


def test_a_two_character_year_opening_a_clause_before_a_things_name_is_a_year() -> None:
    from retrieval.places import dated_years

    assert dated_years("1979年政府工作报告说，七八年工业总产值比上年增长多少？") == {"1979", "1978"}
    assert dated_years("这项工作需要七八年时间") == set()


def test_the_base_of_a_growth_is_not_the_year_told() -> None:
    reports = {
        "a": national_report("2005", ["今年粮食生产要稳定发展。"])["n"],
        "b": national_report(
            "2006", ["粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。"]
        )["n"],
        "c": national_report("2007", ["全年粮食产量达到49746万吨。"])["n"],
    }
    text = _ask("2005年和2006年全国粮食总产量分别是多少？", reports).text
    assert "9680亿斤" in text and "49746万吨" in text


def test_the_whole_a_part_is_of_said_in_passing_is_no_word_to_find() -> None:
    terms = key_terms("2020年给市场主体减负的那些钱里，光社保费就减免了多少？", [], ())
    assert "钱里" not in [g.label for g in terms]


def test_a_share_written_as_a_fraction_is_a_figure() -> None:
    assert [f.text for f in figures("高速铁路运营里程增加到2万5千公里、占世界三分之二")][
        -1
    ] == "三分之二"
    assert [f.text for f in figures("占比超过百分之六十")] == ["百分之六十"]
    texts = ["高速铁路运营里程从9000多公里增加到2万5千公里、占世界三分之二。"]
    result = _ask(
        "2018年政府工作报告回顾过去五年时说，我国高铁运营里程占世界的多大比例？",
        national_report("2018", texts),
    )
    assert "三分之二" in result.text


def test_everyday_words_in_passing_are_no_words_to_find() -> None:
    terms = key_terms("2015年服务业头一回占到整个经济的一半以上，具体占了多少？", [], ())
    assert all(g.weight < 0.5 for g in terms if g.label == "整个")
    labels = [
        g.label for g in key_terms("回顾过去五年时说，高铁运营里程占世界的多大比例？", [], ())
    ]
    assert "时说" not in labels


def _yearly(*reports: tuple[str, list[str]]) -> dict[str, tuple[ReportMeta, list[str]]]:
    """National reports of several years, each keyed by its year."""
    return {year: national_report(year, texts)["n"] for year, texts in reports}


GDP_REPORTS = _yearly(
    ("2023", ["一、2022年工作回顾|全年国内生产总值增长3%，城镇新增就业1206万人。"]),
    (
        "2024",
        [
            "一、2023年工作回顾|国内生产总值超过126万亿元，增长5.2%。",
            "二、2024年目标|今年发展主要预期目标是：国内生产总值增长5%左右。",
        ],
    ),
)


def test_last_year_of_yearly_reports_is_told_in_the_newest_report() -> None:
    # The newest report (2024) is the "now": 去年 is 2023, whose result it reviews; the 2023
    # report tells 2022's.
    result = _ask("去年国内生产总值增长了多少？", GDP_REPORTS)
    assert "5.2%" in result.text and "3%" not in result.text.replace("5.2%", "")
    assert "5%左右" not in result.text


def test_last_year_in_a_named_report_is_the_year_before_it() -> None:
    text = _ask("2024年的政府工作报告说，去年国内生产总值实际增长了多少？", GDP_REPORTS).text
    assert "5.2%" in text and "5%左右" not in text
    # 政府 mistyped still names the report.
    text = _ask("2024年的正府工作报告里说，去年国内生产总值增长了多少？", GDP_REPORTS).text
    assert "5.2%" in text


def test_a_level_reached_does_not_answer_how_much_it_grew() -> None:
    texts = [
        "一、政府工作回顾|过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%。",
        "一、政府工作回顾|2022年，全年国内生产总值增长3%，城镇新增就业1206万人。",
    ]
    text = _ask("2022年GDP增长了多少？", _yearly(("2023", texts))).text
    assert "3%" in text and "121万亿元" not in text


def test_how_big_the_asker_knows_it_is_is_no_word_to_find() -> None:
    labels = [g.label for g in key_terms("服务业头一回占到经济的一半以上，具体占了多少？", [], ())]
    assert not {"一半", "以上", "一半以上"} & set(labels)


def test_cards_are_counted_by_their_holders() -> None:
    reports = {"t": (TOWN, ["完成优抚对象117人年审，办理退役军人优待证180余人。"])}
    assert "180余人" in _ask("县溪镇给当过兵的人办了多少张优待证？", reports).text
    # A count of people is no count of other things (多少张床).
    reports = {"t": (TOWN, ["敬老院入住老人46人。"])}
    assert _ask("县溪镇敬老院有多少张床？", reports).abstained


def test_a_rate_per_area_is_no_total() -> None:
    texts = [
        "二、1957年的成就|在一九五七年，全国已经有六十五个县、市，分别达到了每亩生产粮食四百斤、五百斤、八百斤的要求。"
    ]
    result = _ask("一九五七年全国粮食产量是多少？", _yearly(("1958", texts)))
    assert result.abstained
    # Asked per area, it answers.
    assert "四百斤" in _ask("一九五七年粮食每亩产量要求是多少？", _yearly(("1958", texts))).text


def test_these_few_things_ask_no_count_of_them() -> None:
    assert asked_unit("2023年电动车、锂电池、光伏板这几样东西的出口涨了多少？") != "样"
    assert asked_unit("这几项工作一共投入了几项资金？") == "项"
    texts = ["一、2023年工作回顾|电动汽车、锂电池、光伏产品“新三样”出口增长近30%。"]
    reports = _yearly(("2024", texts))
    assert "近30%" in _ask("2023年电动车、锂电池、光伏板这几样东西的出口涨了多少？", reports).text


def test_a_winner_the_tagger_cuts_apart_is_named() -> None:
    texts = [
        "一、2015年工作回顾|科技领域一批创新成果达到国际先进水平，国产C919大型客机总装下线，"
        "屠呦呦获得诺贝尔生理学或医学奖。",
        "一、2015年工作回顾|要支持中国科学家开展原创研究，鼓励拿下更多国际大奖。",
    ]
    reports = _yearly(("2016", texts))
    assert "屠呦呦" in _ask("2015年是哪位中国科学家拿下了诺奖？", reports).text


def test_a_kind_named_by_its_other_name_is_the_kind_asked() -> None:
    texts = [
        "一、2015年工作回顾|服务业在国内生产总值中的比重上升到50.5%，首次占据“半壁江山”。",
        "二、2016年工作|加快发展第三产业，扩大就业。",
    ]
    result = _ask("2015年第三产业占经济总量头一回过半，具体占了多少？", _yearly(("2016", texts)))
    assert "50.5%" in result.text


def test_a_years_achievements_are_listed_from_the_report_reviewing_it() -> None:
    reports = _yearly(
        (
            "2013",
            [
                "一、过去五年工作回顾|创新型国家建设取得新成就，载人航天、探月工程、载人深潜、"
                "北斗卫星导航系统、超级计算机、高速铁路等实现重大突破。"
            ],
        ),
        (
            "2014",
            [
                "一、2013年工作回顾|面对复杂形势，全国各族人民奋力攻坚克难，改革开放和社会主义"
                "现代化建设取得令人瞩目的重大成就。",
                "一、2013年工作回顾|神舟十号遨游太空，嫦娥三号成功登月，蛟龙深潜再创纪录。",
            ],
        ),
    )
    text = _ask("2013年我国在航天和深海探测上有哪几项标志性成果？", reports).text
    assert "神舟十号" in text and "蛟龙" in text


def test_a_figure_told_as_more_than_last_years_is_no_amount() -> None:
    texts = [
        "二、2017年工作总体部署|城镇新增就业预期目标比去年多100万人，突出了更加重视就业的导向。",
        "二、2017年工作总体部署|今年发展的主要预期目标是：国内生产总值增长6.5%左右，"
        "城镇新增就业1100万人以上，城镇登记失业率4.5%以内。",
    ]
    text = _ask("2017年城镇新增就业的预期目标是多少？", _yearly(("2017", texts))).text
    assert "1100万人" in text and "多100万人" not in text


def test_a_bound_after_another_measures_figure_counts_no_thing() -> None:
    texts = [
        "三、“十四五”时期主要目标任务|各年度视情提出经济增长预期目标，全员劳动生产率增长高于"
        "国内生产总值增长，城镇调查失业率控制在5.5%以内。",
        "四、2021年重点工作|今年发展主要预期目标是：国内生产总值增长6%以上。",
    ]
    question = "2021年政府工作报告提出的国内生产总值增长目标是多少？"
    text = _ask(question, _yearly(("2021", texts))).text
    assert "6%以上" in text and "5.5%" not in text


def test_a_word_earlier_in_the_asked_compound_must_be_named() -> None:
    texts = [
        "二、2025年政府工作任务|一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。",
        "二、2025年政府工作任务|加强国防建设，支持国防和军队现代化。",
    ]
    assert _ask("2025年国防支出预算比上年增长多少？", _yearly(("2025", texts))).abstained


def test_a_speed_of_growth_is_told_as_growth() -> None:
    texts = ["一、2005年工作回顾|全年国内生产总值达到18.23万亿元，比上年增长9.9%。"]
    assert "9.9%" in _ask("2005年的国内生产总值增速是多少？", _yearly(("2006", texts))).text


def test_a_rate_of_another_measure_is_no_growth() -> None:
    texts = [
        "一、2015年工作回顾|消费对经济增长的贡献率达到66.4%，服务业比重上升。",
        "一、2015年工作回顾|国内生产总值达到67.7万亿元，增长6.9%。",
    ]
    text = _ask("2015年经济增长了多少？", _yearly(("2016", texts))).text
    assert "6.9%" in text and "66.4%" not in text


def test_a_year_without_a_report_is_still_compared() -> None:
    reports = _yearly(
        ("1985", ["二、1985年计划|今年钢产量预计达到四千四百万吨。"]),
        ("1992", ["一、1991年回顾|主要工业产品产量继续增加，钢突破７０００万吨。"]),
    )
    text = _ask("1985年的钢产量和1991年的钢产量分别是多少？", reports).text
    assert "四千四百万吨" in text and "７０００万吨" in text


def test_a_span_counted_from_a_year_needs_no_sentence_naming_it() -> None:
    texts = ["一、过去五年工作回顾|调整改革军队体制编制，裁减军队员额20万任务顺利完成。"]
    question = "2008年政府工作报告说，2003年以来那五年军队员额裁减了多少？"
    assert "20万" in _ask(question, _yearly(("2008", texts))).text


def test_a_review_of_the_year_past_tells_no_figure_of_the_reports_own_year() -> None:
    texts = ["一、一年来工作回顾|按现行汇率计算，人均国内生产总值突破1000美元，跨上一个重要台阶。"]
    assert _ask("2004年人均国内生产总值达到多少美元？", _yearly(("2004", texts))).abstained


def test_which_year_of_an_event_written_before_a_bare_year_asks_nothing() -> None:
    reports = _yearly(
        ("2021", ["一、2020年工作回顾|全年国内生产总值增长2.3％。"]),
        ("2022", ["一、2021年工作回顾|国内生产总值达到114万亿元，增长8.1%。"]),
    )
    question = "疫情第一年2020年和第二年2021年，国内生产总值分别增长了多少？"
    text = _ask(question, reports).text
    assert "2.3％" in text and "8.1%" in text


def test_how_big_asks_the_amount_not_a_word_for_size() -> None:
    def labels(question: str) -> list[str]:
        return [g.label for g in key_terms(question, [], ())]

    assert "规模" not in labels("2022年全年增值税留抵退税规模有多大？")
    assert "规模" in labels("2025年赤字率定在多少？赤字规模有多大？")


def test_a_total_of_a_total_is_the_measure_itself() -> None:
    texts = [
        "一、2015年工作回顾|国内生产总值达到67.7万亿元，增长6.9%。",
        "一、2015年工作回顾|这些成绩，是在我国经济总量超过60万亿元的高基数上取得的。",
    ]
    text = _ask("15年的国内生产总值总量是多少？", _yearly(("2016", texts))).text
    assert "67.7万亿元" in text and "60万亿元" not in text


def test_the_whole_a_share_is_of_need_not_be_named() -> None:
    texts = [
        "一、2013年工作回顾|全社会研发支出占国内生产总值比重超过2%。",
        "一、2013年工作回顾|服务业增加值比重达到46.1%，首次超过第二产业。",
    ]
    text = _ask("2013年服务业在GDP里的占比是多少？", _yearly(("2014", texts))).text
    assert "46.1%" in text and "2%" not in text


def test_a_span_ending_in_a_year_is_read_in_the_report_reviewing_it() -> None:
    reports = _yearly(
        (
            "2007",
            [
                "一、2006年工作回顾|国有商业银行股份制改革迈出新的重要步伐，中国银行、中国工商银行"
                "在境内外成功上市。",
            ],
        ),
        (
            "2008",
            [
                "一、过去五年工作回顾|中国工商银行、中国银行、中国建设银行和交通银行完成股份制改造"
                "并成功上市。",
            ],
        ),
    )
    text = _ask("2003到2007年间，哪几家银行完成股份制改造并成功上市？", reports).text
    assert "交通银行" in text


def test_what_was_cut_asked_in_everyday_words_is_a_change() -> None:
    texts = ["一、2013年工作回顾|中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。"]
    question = "2013年中央机关在公车、出国、吃喝招待这几块上的花销压下来多少？"
    assert "35%" in _ask(question, _yearly(("2014", texts))).text


def test_a_full_course_of_vaccine_asked_in_everyday_words() -> None:
    texts = ["一、2021年工作回顾|落实常态化防控举措，疫苗全程接种覆盖率超过85%。"]
    for question in (
        "2021年新冠疫苗把针都打齐了的人占了多大比例？",
        "2021年新冠疫苗所有针次都打完的人占比达到多少？",
    ):
        assert "85%" in _ask(question, _yearly(("2022", texts))).text


def test_a_kind_inside_a_word_the_report_says_otherwise_is_no_kind() -> None:
    texts = ["一、2020年工作回顾|广泛开展线上教学，1000多万高中毕业生顺利完成高考。"]
    question = "疫情头一年（2020年），有多少高三学生顺利考完了大学入学考试？"
    assert "1000多万" in _ask(question, _yearly(("2021", texts))).text


def test_people_at_work_are_the_reports_workers() -> None:
    texts = ["一、1994年工作回顾|全国实行了职工每周五天半工作制，增加了休息和业余学习时间。"]
    question = "九四年上班的人一个星期要上几天班？"
    assert "五天半" in _ask(question, _yearly(("1995", texts))).text


def test_two_years_told_in_one_sentence_each_get_their_own_figure() -> None:
    reports = _yearly(
        ("1958", ["一、今年的计划|今年钢产量要达到一千零七十万吨。"]),
        (
            "1959",
            [
                "一、一九五八年的伟大成就|我国的钢产量在一九五二年是一百三十五万吨，"
                "到一九五八年就增加到一千一百零八万吨。",
            ],
        ),
    )
    text = _ask("一九五二年和一九五八年我国钢产量各是多少？", reports).text
    assert "一百三十五万吨" in text and "一千一百零八万吨" in text


def test_a_level_told_as_about_so_much_is_a_result_not_a_plan() -> None:
    reports = _yearly(
        ("2018", ["一、2017年工作回顾|城镇新增就业1351万人。"]),
        ("2019", ["一、2018年工作回顾|城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。"]),
    )
    text = _ask("2017年和2018年全国城镇新增就业分别是多少？哪一年更多？", reports).text
    assert "1351万人" in text and "1361万人" in text


def test_a_part_counted_by_how_many_kinds_it_has_is_asked_of() -> None:
    texts = [
        "一、2008年工作回顾|全年中央财政用于“三农”的投入5955亿元，比上年增加1637亿元，其中粮食直补、"
        "农资综合补贴、良种补贴、农机具购置补贴资金达1030亿元，比上年增长一倍。"
    ]
    question = "2008年中央财政在“三农”上一共投了多少钱？其中粮食直补等四项补贴是多少？"
    text = _ask(question, _yearly(("2009", texts))).text
    assert "5955亿元" in text and "1030亿元" in text


def test_migrant_workers_away_from_home_asked_in_everyday_words() -> None:
    texts = ["一、2011年工作回顾|农民工总量2.53亿人，比上年增长4.4％，其中，外出农民工1.59亿人。"]
    text = _ask("2011年全国农民工总量有多少？其中外出打工的有多少？", _yearly(("2012", texts))).text
    assert "2.53亿人" in text and "1.59亿人" in text


def test_a_result_asked_in_the_plans_own_words() -> None:
    texts = ["一、2022年工作回顾|财政赤字率控制在2.8%，中央财政收支符合预算、支出略有结余。"]
    text = _ask("2022年全年财政赤字率最后控制在多少？", _yearly(("2023", texts))).text
    assert "2.8%" in text


def test_money_squeezed_may_be_told_as_a_share() -> None:
    texts = ["一、2013年工作回顾|中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。"]
    question = "2013年中央各部门花在公款吃喝、公车、出国上的钱压缩了多少？"
    assert "35%" in _ask(question, _yearly(("2014", texts))).text


def test_a_word_of_two_concepts_may_be_told_as_either() -> None:
    texts = ["一、2018年工作回顾|精准脱贫有力推进，农村贫困人口减少1386万，易地扶贫搬迁280万人。"]
    text = _ask("2018年农村又有多少穷人摆脱了贫困？", _yearly(("2019", texts))).text
    assert "1386万" in text


def test_each_item_naming_whose_it_is_keeps_its_own_words() -> None:
    texts = [
        "一、1984年工作回顾|去年全国城镇居民家庭平均每人可用于生活费的收入达到六百零八元，"
        "比上年增长１２．５％；农民的纯收入，全国平均每人达到三百五十五元，比上年增长１４．７％。"
    ]
    question = "八四年城镇居民每人可用于生活费的收入和农民人均纯收入各是多少？"
    text = _ask(question, _yearly(("1985", texts))).text
    assert "六百零八元" in text and "三百五十五元" in text


def test_what_things_were_done_to_must_be_the_act_asked() -> None:
    texts = ["三、安全生产|深化烟花爆竹领域专项治理，对辖区内59家烟花爆竹店开展隐患排查。"]
    reports = {"t": (TOWN, texts)}
    answer = _ask("县溪镇2021年有多少家烟花爆竹店被立案查处？", reports)
    assert answer.abstained, answer.text
    assert "59家" in _ask("县溪镇2021年对多少家烟花爆竹店开展了隐患排查？", reports).text


def test_a_list_of_so_many_is_not_answered_by_fewer() -> None:
    texts = ["一、2015年工作回顾|推广上海自贸试验区经验，新设广东、天津、福建自贸试验区。"]
    answer = _ask("2016年新设的7个自贸试验区分别在哪些省市？", _yearly(("2016", texts)))
    assert "广东、天津、福建" not in answer.text


def test_a_village_head_who_is_also_its_director_asked_in_everyday_words() -> None:
    texts = ["一、基层党建|村“两委”换届后“一肩挑”比例达100%,实现年龄学历“一降一升”。"]
    question = "县溪镇村里换届以后，村支书兼任村主任的比例是多少？"
    assert "100%" in _ask(question, {"t": (TOWN, texts)}).text


def test_a_thing_counted_in_its_measure_word_must_be_named() -> None:
    texts = ["一、2012年工作回顾|城镇居民每百户拥有家用汽车21.5辆，比2007年增加15.5辆。"]
    meta = national_report("2013", texts)["n"][0]
    # The report names computers elsewhere: a thing of its own, not an everyday word for cars.
    whole = texts[0] + "电脑、手机等信息消费快速增长。"

    def ask(question: str) -> Answer:
        def retrieve(query: Query, k: int) -> list[Passage]:
            return [_passage(meta, 0, texts[0])]

        catalog = [meta]
        return answer(
            read_query(question, catalog), retrieve, catalog, report_words=lambda doc: whole
        )

    answer_ = ask("2012年底城镇居民每百户拥有多少台电脑？")
    assert answer_.abstained, answer_.text
    assert "21.5辆" in ask("2012年底城镇居民每百户拥有多少辆家用汽车？").text
    # An everyday word the report never uses is a paraphrase (多少吨脏东西 for 垃圾).
    assert "21.5辆" in ask("2012年底城镇居民每百户拥有多少辆小轿车？").text


def test_a_growth_against_one_year_is_not_one_against_another() -> None:
    reports = _yearly(
        ("1957", ["一、今年的计划|今年钢产量要达到四百一十二万吨。"]),
        (
            "1958",
            [
                "一、一九五七年的成就|农业和农副业总产值达到六百零三亿五千万元（按一九五二年不变价格"
                "计算），比一九五六年增长百分之三点五。"
            ],
        ),
        (
            "1959",
            [
                "一、一九五八年的成就|我国的工农业总产值在一九五七年达到了一千三百八十七亿四千万元，"
                "比一九五二年的八百二十七亿一千万元增长百分之六十八。"
            ],
        ),
    )
    text = _ask("一九五七年全国工农业总产值是多少？比一九五二年增长了百分之几？", reports).text
    assert "百分之六十八" in text and "百分之三点五" not in text


def test_a_plans_draft_is_read_for_its_targets() -> None:
    reports = _yearly(
        (
            "2006",
            [
                "二、“十一五”时期的主要任务|《纲要（草案）》提出了“十一五”期间单位国内生产总值能源"
                "消耗降低20%左右、主要污染物排放总量减少10%等目标。",
            ],
        ),
        (
            "2011",
            ["一、“十二五”时期的主要目标|单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。"],
        ),
    )
    question = (
        "“十一五”规划纲要草案里，单位国内生产总值能耗要降低多少？主要污染物排放总量要减少多少？"
    )
    text = _ask(question, reports).text
    assert "20%左右" in text and "10%" in text and "16%" not in text
    assert "未提及" not in text  # the plan's years name no other thing


def test_why_they_were_cleared_and_what_it_touched_are_no_words_to_find() -> None:
    labels = [
        g.label for g in key_terms("今年上半年把多少户不符合条件的吃低保的清出去了？", [], ())
    ]
    assert not any("符合" in label or "条件" in label for label in labels)
    assert "涉及" not in [g.label for g in key_terms("雨露计划各涉及多少学生？", [], ())]


def test_everyday_words_for_township_work() -> None:
    texts = [
        "一、平安建设|成功化解矛盾纠纷67起，涉及13个村。",
        "二、交通安全|查处非法营运3起，累计发放交通安全告知书1800余份。",
        "三、生态|整改4处畜禽养殖场排污设施,改造50座无害化厕所。",
        "四、林业|办理采伐证116份，完成造林100.8亩。",
    ]
    reports = {"t": (TOWN, texts)}
    for question, figure in (
        ("县溪镇2021年老百姓之间闹矛盾、扯皮的事，调解好了多少起？", "67起"),
        ("县溪镇2021年抓了几起开黑车拉客的？", "3起"),
        ("县溪镇2021年农村改厕改了多少个？", "50座"),
        ("县溪镇2021年新种的树林有多少亩？", "100.8亩"),
    ):
        assert figure in _ask(question, reports).text, question


def test_a_measure_asked_is_not_answered_by_another_measures_figure() -> None:
    texts = [
        "一、一九八一年和一九八二年的经济形势|农业生产持续地全面高涨，农村欣欣向荣。农业总产值"
        "一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五。"
    ]
    reports = _yearly(("1982", texts), ("1983", texts))
    answer_ = _ask("八一年国内生产总值比上年增长了多少？", reports)
    assert answer_.abstained, answer_.text
    assert "百分之五点七" in _ask("八一年农业总产值比上年增长了多少？", reports).text


def test_towns_compared_with_one_period_named_and_one_relative() -> None:
    tongxi = ReportMeta(
        doc_id="s", source="s.txt", title="统溪河镇", town="统溪河镇", period="2025H1"
    )
    reports = {
        "t": (TOWN, ["一、民生保障|“雨露计划”补助53.7万元、惠及学生358人次。"]),
        "s": (tongxi, ["一、民生保障|2025年春季雨露计划共摸底上报114人,已录入阳光系统。"]),
    }
    question = "雨露计划这块，县溪镇2021年和统溪河镇今年春季分别涉及多少学生？"
    text = _ask(question, reports).text
    assert "358人次" in text and "114人" in text


def test_a_list_of_so_many_may_end_on_and() -> None:
    texts = ["接着，我们先后进行了土地改革、抗美援朝、肃清反革命、三反五反和思想改造的五大运动。"]
    text = _ask(
        "1957年的政府工作报告里说的“五大运动”都有哪些？", national_report("1957", texts)
    ).text
    assert "思想改造" in text


def test_a_change_asked_in_short_everyday_words() -> None:
    reports = _yearly(
        (
            "2014",
            [
                "一、2013年工作回顾|农村居民人均纯收入实际增长9.3%，农村贫困人口减少1650万人。",
                "二、2013年工作回顾|中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。",
                "三、2013年工作回顾|国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生。",
            ],
        )
    )
    for question, figure in (
        ("13年农村有多少贫困人口脱了贫", "1650万人"),
        ("2013年中央国家机关“三公”经费减了多少？", "35%"),
        ("2013年大学生申请助学贷款，每年最多能比以前多借多少钱？", "4000元"),
    ):
        assert figure in _ask(question, reports).text, question


def test_a_thing_counted_that_the_report_names_elsewhere_must_be_named_here() -> None:
    texts = ["一、平安建设|解决问题69件,做到“干部沉下去、民情摸上来,问题化解掉、民心聚起来”。"]
    whole = texts[0] + "排查化解矛盾纠纷120起。"

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [_passage(TOWN, 0, texts[0])]

    question = "县溪镇2021年一共化解了多少起矛盾纠纷？"
    result = answer(read_query(question, [TOWN]), retrieve, [TOWN], report_words=lambda doc: whole)
    assert result.abstained, result.text


def test_students_taken_in_are_not_those_graduating() -> None:
    reports = _yearly(("2003", ["一、2002年工作回顾|毕业研究生31万人，比上年增长。"]))
    answer_ = _ask("2002年全国研究生招了多少人？", reports)
    assert answer_.abstained, answer_.text
    assert "31万人" in _ask("2002年全国毕业研究生有多少人？", reports).text


def test_a_fall_asked_is_not_answered_by_rises() -> None:
    texts = [
        "一、2006年工作回顾|2006年，单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，"
        "转为下降1.2%；主要污染物排放总量增幅减缓。"
    ]
    text = _ask("2006年单位GDP能耗实际降了多少？", _yearly(("2007", texts))).text
    assert "1.2%" in text


def test_a_thing_counted_is_named_by_its_last_word_of_another_kind() -> None:
    texts = ["一、生态环境|整改4处畜禽养殖场排污设施,改造50座无害化厕所,有效改善河道生态环境。"]
    whole = texts[0] + "推进农村卫生厕所建设。"

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [_passage(TOWN, 0, texts[0])]

    question = "县溪镇2021年改了多少个卫生厕所？"
    result = answer(read_query(question, [TOWN]), retrieve, [TOWN], report_words=lambda doc: whole)
    assert "50座" in result.text


def test_flooded_fields_and_old_housing_asked_in_everyday_words() -> None:
    reports = _yearly(
        (
            "1954",
            [
                "一、防汛|今年長江、淮河流域發生了幾十年來未有的大水。全國被淹的農田約佔全國農田"
                "十分之一即一億六千餘萬畝。"
            ],
        ),
        ("2022", ["一、2021年工作回顾|新开工改造城镇老旧小区5.6万个，惠及近千万家庭。"]),
    )
    for question, figure in (
        ("一九五四年长江淮河发大水，全国大概有多少田被水泡了？", "一億六千餘萬畝"),
        ("21年城里那些老房子、旧楼院，开工翻修的有多少个？", "5.6万个"),
    ):
        assert figure in _ask(question, reports).text, question


def test_people_there_are_not_counted_in_visits() -> None:
    reports = {"t": (TOWN, ["一、党建|开展集中学习12场次，参与学习的党员干部达480人次。"])}
    assert _ask("县溪镇全镇一共有多少名党员？", reports).abstained
    # A total of visitors is counted in 人次: 总人数 asks it.
    tourists = _yearly(("1988", ["一、1987年工作回顾|来华旅游入境人数达到2690万人次。"]))
    assert "2690万人次" in _ask("1987年来华旅游入境的总人数是多少？", tourists).text


def test_visits_asked_prefer_a_figure_in_visits() -> None:
    reports = {
        "t": (
            TOWN,
            [
                "一、安全|组织宣讲队进企业、学校、农村等场所宣传20余次,覆盖人群5000余人。",
                "二、交通|在学校周边设置人车分离通道,安排人员护学200余人次。",
            ],
        )
    }
    result = _ask("县溪镇在学校门口派人护着孩子上下学，一共多少人次？", reports)
    assert "200余人次" in result.text and "5000余人" not in result.text


def test_a_trade_asked_is_named_by_its_goods() -> None:
    reports = _yearly(
        (
            "2018",
            [
                "一、过去五年工作回顾|以钢铁、煤炭等行业为重点加大去产能力度，中央财政安排1000亿元"
                "专项奖补资金予以支持，退出钢铁产能1.7亿吨以上、煤炭产能8亿吨。"
            ],
        )
    )
    result = _ask("2018年报告回顾过去五年，煤炭行业一共退出了多少产能？", reports)
    assert "8亿吨" in result.text and "1000亿元" not in result.text


def test_events_date_their_years() -> None:
    assert event_year_as_year("上海世博会那年进出口总额是多少") == (
        "上海世博会那年（2010年）进出口总额是多少"
    )


def test_money_paid_asks_the_result_of_the_next_report() -> None:
    reports = _yearly(
        ("2009", ["二、2009年工作|做好“家电下乡”等工作，把中央财政的400亿元补贴资金用好用活。"]),
        ("2010", ["一、2009年工作回顾|中央财政投入资金450亿元，补贴家电汽车摩托车下乡。"]),
    )
    result = _ask("2009年老百姓买家电都有补贴，中央财政为这事掏了多少钱？", reports)
    assert "450亿元" in result.text and "400亿元" not in result.text


def test_how_big_a_stock_is_asked_by_its_name() -> None:
    reports = _yearly(("2008", ["一、2007年工作回顾|外汇储备超过1.52万亿美元。"]))
    assert "1.52万亿美元" in _ask("2008年报告中，2007年国家外汇储备规模是多少？", reports).text


def test_a_figure_to_confirm_is_answered_by_the_same_figure() -> None:
    reports = _yearly(("1997", ["一、1996年工作回顾|品种结构有所改善，钢产量突破１亿吨。"]))
    assert "１亿吨" in _ask("一九九六年我国钢产量过没过1亿吨？", reports).text
    # A figure the question gives, asked of something else, is still no answer.
    assert _ask("那1亿吨钢里，出口了多少？（1996年）", reports).abstained


def test_years_up_to_the_report_are_told_as_their_number() -> None:
    reports = _yearly(
        ("2003", ["一、过去五年工作回顾|五年累计实际利用外商直接投资2261亿美元，超过此前总和。"])
    )
    question = "2003年政府工作报告说，1998年到2002年这五年累计实际利用外商直接投资是多少？"
    assert "2261亿美元" in _ask(question, reports).text
    # One distant year is not the five.
    assert _ask("1998年实际利用外商直接投资是多少？", reports).abstained


def test_which_way_it_went_asks_no_words_of_its_own() -> None:
    terms = key_terms("14年和15年实际利用外资各是多少？是涨了还是跌了？", [], ())
    assert [g.label for g in terms] == ["实际", "利用外资"]


def test_a_part_asking_the_same_of_another_thing() -> None:
    reports = _yearly(
        ("1995", ["一、1994年工作回顾|国内生产总值达到４３８００亿元。粮食总产量４４４５亿公斤。"])
    )
    result = _ask("九四年国内生产总值是多少？粮食总产量呢？", reports)
    assert "４３８００亿元" in result.text and "４４４５亿公斤" in result.text


def test_a_material_asked_by_weight_is_no_measure_word() -> None:
    assert asked_unit("五四年预计全国能炼出多少钢？") == ""
    reports = _yearly(
        ("1954", ["一、建设|一九五四年預計：鋼二百十七萬噸，等於一九四九年的十三點七倍。"])
    )
    assert "二百十七萬噸" in _ask("五四年预计全国能炼出多少钢？", reports).text


def test_a_year_with_no_report_is_told_by_the_next_one() -> None:
    reports = _yearly(
        ("1988", ["一、1987年工作回顾|粮食产量达到40298万吨。"]),
        (
            "1992",
            ["一、一年来的工作回顾|粮食产量达到４３５２４万吨，棉花产量达到５６６．３万吨。"],
        ),
    )
    result = _ask("九一年全国一共打了多少粮食？", reports)
    assert "４３５２４万吨" in result.text and result.text.count("４３５２４万吨") == 1
    assert "1992年报告（回顾1991年）" in result.text


def test_a_plenum_is_found_as_the_report_writes_it_out() -> None:
    reports = _yearly(
        (
            "1959",
            [
                "二、一九五九年的任务|在一九五八年十一月召开的中国共产党第八届中央委员会第六次全体"
                "会议上，曾经讨论了一九五九年的主要任务，提出了钢产量一千八百万吨、煤产量三亿八千万吨、"
                "粮食产量一万零五百亿斤的指标。",
                "三、人民公社|八届六中全会通过了关于人民公社若干问题的决议。",
            ],
        )
    )
    result = _ask("八届六中全会给1959年定的钢产量和粮食产量指标分别是多少？", reports)
    assert "一千八百万吨" in result.text and "一万零五百亿斤" in result.text


def test_people_asked_as_how_many_of_them() -> None:
    assert asked_unit("北斗溪镇2023年管着的有过吸毒经历的人有多少个？") == "人"
    reports = {"t": (TOWN, ["一、宣传|发表助企纾困文章20篇，典型经验报送10篇。"])}
    assert _ask("县溪镇管着的有过吸毒经历的人有多少个？", reports).abstained


def test_how_it_went_in_doubled_words_is_no_word_to_find() -> None:
    terms = key_terms("2020年有多少高三学生顺顺利利考完了高考？", [], ())
    assert "顺顺利利" not in [g.label for g in terms]


def test_the_whole_a_share_is_of_is_not_the_thing_asked() -> None:
    reports = _yearly(
        (
            "2014",
            [
                "一、2013年工作回顾|全社会研发支出占国内生产总值比重超过2%。",
                "一、2013年工作回顾|服务业增加值比重达到46.1%，首次超过第二产业。",
            ],
        )
    )
    result = _ask("2013年服务业占GDP的比重是多少？", reports)
    assert "46.1%" in result.text and "2%" not in result.text.replace("46.1%", "")


def test_an_event_and_the_year_after_set_the_time() -> None:
    terms = key_terms("金融危机那年和第二年（2008年、2009年），城镇新增就业各是多少？", [], ())
    assert next(g for g in terms if g.label == "金融危机").setting


def test_items_asked_alike_share_what_is_done() -> None:
    from retrieval.questions import split_parts

    assert split_parts("统溪河镇2025年新增了多少低保、多少特困？") == [
        "统溪河镇2025年新增了多少低保",
        "统溪河镇2025年新增了多少特困",
    ]
    # Items naming their own measure are asked as they are.
    assert split_parts("新增就业多少、失业率多少") == ["新增就业多少", "失业率多少"]


def test_national_figures_asked_in_everyday_words() -> None:
    reports = _yearly(
        (
            "2004",
            ["一、2003年工作回顾|按现行汇率计算，人均国内生产总值突破1000美元，跨上一个重要台阶。"],
        ),
        ("2007", ["一、2006年工作回顾|高等教育毛入学率提高到22％。"]),
        ("2019", ["一、2018年工作回顾|下调部分商品进口关税，关税总水平由9.8%降至7.5%。"]),
        (
            "2024",
            [
                "一、2023年工作回顾|群众体育蓬勃开展，成都大运会、杭州亚运会和亚残运会成功举办。",
                "一、2023年工作回顾|脱贫人口务工规模超过3300万。",
            ],
        ),
        ("1992", ["一、一年来的工作回顾|粮食产量达到４３５２４万吨。"]),
    )
    for question, figure in (
        ("闹非典那年（2003年），我国平均每个人创造的产值过了多少美元？", "1000美元"),
        ("2006年适龄年轻人里能上大学的比例大概有多少？", "22％"),
        ("2018年咱们从国外买东西，平均要交的进口税率降到了多少？", "7.5%"),
        ("2023年国内成功举办了哪几项大型体育赛事？", "杭州亚运会"),
        ("2023年已经摘掉穷帽子的人当中，出门打工挣钱的有多少人？", "3300万"),
        ("九一年全国一共打了多少粮食？", "４３５２４万吨"),
    ):
        assert figure in _ask(question, reports).text, question


def test_town_figures_asked_in_everyday_words() -> None:
    reports = {
        "t": (
            TOWN,
            [
                "一、平安|对辖区134家娱乐场所、网吧开展清查行动2次，查摆问题30余条，责令整改单位5家。",
                "二、安全|开展“敲门行动”2000余次，实现隐患排查、宣传教育全覆盖。",
                "二、安全|对14家工贸企业开展安全培训2次。",
            ],
        )
    }
    for question, figure in (
        ("县溪镇去查网吧、宾馆这些地方，有几家被勒令改正？", "5家"),
        ("县溪镇挨家挨户上门查安全，一共上门了多少次？", "2000余次"),
    ):
        assert figure in _ask(question, reports).text, question


def test_a_kind_asked_of_a_whole_is_not_answered_by_the_whole() -> None:
    reports = {
        "t": (
            TOWN,
            [
                "一、安全|上半年，共排查整改安全隐患60余处，摸排农村重点车辆1439台，"
                "全镇未发生重大安全生产事故。"
            ],
        )
    }
    assert _ask("县溪镇排查整改的安全隐患里，重大隐患有几处？", reports).abstained
    assert "60余处" in _ask("县溪镇排查整改了多少处安全隐患？", reports).text


def test_a_figure_of_other_years_only_is_no_answer() -> None:
    reports = _yearly(
        ("1977", ["一、任务|今年要继续抓好农业。"]),
        (
            "1978",
            [
                "一、回顾|从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失钢产量"
                "二千八百万吨。",
                "二、规划|按照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。",
            ],
        ),
    )
    assert _ask("1977年全国钢产量是多少万吨？", reports).abstained
    assert "六千万吨" in _ask("十年规划里1985年钢产量要达到多少？", reports).text


def test_money_for_another_purpose_is_no_answer() -> None:
    reports = _yearly(
        ("2004", ["一、2003年工作回顾|中央财政全年用于教育、卫生、科技、文化事业的支出达855亿元。"])
    )
    assert _ask("非典那年，中央财政专门拿出多少钱用于防治非典？", reports).abstained
    assert "855亿元" in _ask("2003年中央财政用于教育、卫生的支出是多少？", reports).text


def test_a_fine_is_not_what_the_goods_were_worth() -> None:
    reports = {"t": (TOWN, ["一、安全|查处违法经营12家，收缴违规产品300余件，罚款10万余元。"])}
    assert _ask("县溪镇收缴的违规产品值多少钱？", reports).abstained
    assert "10万余元" in _ask("县溪镇查处违法经营罚款多少钱？", reports).text


def test_an_output_is_not_counted_in_money_or_people() -> None:
    reports = _yearly(
        ("2021", ["一、2020年工作回顾|我们一定要下力气也完全有能力保障好14亿人的粮食安全。"])
    )
    assert _ask("2020年全国粮食产量具体是多少？", reports).abstained
    grain = _yearly(
        ("2021", ["一、2020年工作回顾|粮食产量达到1.34万亿斤，保障好14亿人的吃饭问题。"])
    )
    assert "1.34万亿斤" in _ask("2020年全国粮食产量具体是多少？", grain).text


def test_years_before_the_one_asked_tell_another_time() -> None:
    reports = _yearly(
        ("1977", ["一、任务|今年要继续抓好农业。"]),
        (
            "1978",
            [
                "一、回顾|从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失钢产量"
                "二千八百万吨。"
            ],
        ),
        (
            "2007",
            [
                "一、2006年工作回顾|2004年我们提出用三年时间基本解决拖欠农民工工资的问题，"
                "各地已偿还拖欠工程款1834亿元。"
            ],
        ),
    )
    assert _ask("1977年全国钢产量是多少万吨？", reports).abstained
    # A start year alone runs on to the year asked.
    assert "1834亿元" in _ask("到2006年各地一共偿还了多少拖欠工程款？", reports).text


def test_a_loss_asked_is_not_told_by_growth() -> None:
    reports = _yearly(
        (
            "1978",
            [
                "一、回顾|尽管有“四人帮”的严重干扰破坏，仍然有三分之一的省、市、自治区，粮食产量平均"
                "每年的增长速度都在百分之四点三以上。"
            ],
        )
    )
    assert _ask("七八年的报告说“四人帮”干扰破坏那几年，全国损失了多少粮食？", reports).abstained


def test_people_not_yet_placed_are_not_those_placed() -> None:
    reports = _yearly(("1980", ["一、1979年工作回顾|1979年全国在城镇安置了903万人就业。"]))
    assert _ask("1979年底城镇还有多少待业人员没有安置？", reports).abstained
    assert "903万人" in _ask("1979年全国在城镇安置了多少人就业？", reports).text


def test_a_thing_counted_in_its_own_measure_word_must_be_there() -> None:
    reports = _yearly(("2021", ["二、2021年工作|新开工改造城镇老旧小区5.3万个。"]))
    assert _ask("2021年改造城镇老旧小区，一共给加装了多少部电梯？", reports).abstained
    assert "5.3万个" in _ask("2021年要新开工改造多少个城镇老旧小区？", reports).text


def test_who_by_their_number_asks_a_person() -> None:
    assert asks_person("神舟六号上的航天员是哪两位？")


def test_foreign_capital_used_however_it_is_worded() -> None:
    reports = _yearly(
        ("2015", ["一、2014年工作回顾|实际使用外商直接投资1196亿美元，居世界首位。"]),
        ("2016", ["一、2015年工作回顾|实际使用外资1263亿美元，增长5.6%。"]),
    )
    result = _ask("2014年和2015年我国实际利用外资分别是多少？", reports)
    assert "1196亿美元" in result.text and "1263亿美元" in result.text
    # Pensions and medical cover of the countryside are two schemes.
    cover = _yearly(("2010", ["一、2009年工作回顾|新型农村合作医疗制度覆盖8.3亿人。"]))
    assert _ask("09年新农保有多少人参保了？", cover).abstained


def test_farming_money_and_exports_asked_in_everyday_words() -> None:
    reports = _yearly(
        (
            "2006",
            ["一、2005年工作回顾|全年中央财政用于“三农”的支出达到2975亿元，比上年增加349亿元。"],
        ),
        ("2000", ["一、1999年工作回顾|外贸出口从7月份开始大幅度回升，全年达到1949亿美元。"]),
    )
    for question, figure in (
        ("2005年中央财政在农业、农村、农民这块一共掏了多少钱？", "2975亿元"),
        ("一九九九年我们卖到国外去的货一共值多少美元？", "1949亿美元"),
    ):
        assert figure in _ask(question, reports).text, question


def test_households_of_a_scheme_are_counted_in_households() -> None:
    reports = {
        "t": (
            TOWN,
            [
                "一、民生|开展低保年度审核工作，全镇清查289户550人，清退低保19户32人，新纳入低保5户7人。"
            ],
        )
    }
    assert "289户550人" in _ask("县溪镇低保户数是多少？", reports).text


def test_a_target_per_area_is_no_harvest() -> None:
    from retrieval.evidence import candidates
    from retrieval.fit import rate_for_total

    meta = national_report("1959", [])["n"][0]
    text = (
        "一九五七年修订的全国农业发展纲要，规定粮食的单位面积产量，到一九六七年在全国三类地区"
        "分别达到四百斤、五百斤、八百斤的指标。"
    )
    question = "1957年全国的粮食产量一共有多少斤？"
    ask = analyse(question, read_query(question, [meta]), [meta], ())[0]
    windows = [w for w in candidates([_passage(meta, 0, text)], ask, set()) if "四百斤" in w.text]
    assert windows and all(rate_for_total(w, ask) for w in windows)
    total = "一九五七年粮食产量达到三千七百亿斤。"
    windows = [w for w in candidates([_passage(meta, 0, total)], ask, set()) if "亿斤" in w.text]
    assert windows and not any(rate_for_total(w, ask) for w in windows)


def test_an_amount_of_steel_is_not_a_share() -> None:
    reports = _yearly(
        (
            "1955",
            ["一、工业|鞍钢生产的大型钢和桥梁钢，由于化学成分不合要求而有百分之三十不合规格。"],
        )
    )
    assert _ask("五五年报告里说，鞍钢改造搞完以后一年能出多少钢？", reports).abstained
    # A share asked is still answered by one.
    assert "百分之三十" in _ask("1955年鞍钢的大型钢有百分之几不合规格？", reports).text


def test_the_end_of_a_plan_dated_by_its_year_only_sets_the_time() -> None:
    # "“六五”结束时（一九八五年底）": the plan and its end find the report's year, not a sentence;
    # the figure's own sentence names neither (一九八五年末达到…), its subject the one before.
    texts = [
        "四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。"
    ]
    reports = national_report("1986", texts)
    question = "“六五”结束时（一九八五年底），城乡居民储蓄一共有多少？"
    assert "一千六百二十三亿元" in _ask(question, reports).text
    groups = analyse(question, read_query(question, []), [], ())[0].groups
    assert not {"六五", "结束", "底"} & {g.label for g in groups if not g.setting}, groups


def test_the_name_of_a_thing_is_no_person_asked() -> None:
    texts = [
        "创新型国家建设取得新成就，载人航天、探月工程、载人深潜等实现重大突破，第一艘航母“辽宁舰”入列；"
        "成功举办北京奥运会、残奥会和上海世博会。"
    ]
    reports = national_report("2013", texts)
    question = "2013年政府工作报告回顾过去五年时提到入列的我国第一艘航母叫什么名字？"
    assert "辽宁舰" in _ask(question, reports).text


def test_the_result_beside_its_plan_in_one_sentence_answers_before_another_sentence() -> None:
    texts = [
        "一、1979年国民经济计划的执行情况|1979年国家预算内和预算外的基本建设投资总额完成500亿元，"
        "停建、缓建了大中型项目295个。"
        "计划建成投产大中型项目118个，实际建成128个，改变了多年来投产项目完不成计划的状况。"
    ]
    reports = national_report("1980", texts)
    answer = _ask("一九七九年实际建成投产的大中型项目有多少个？", reports)
    assert "128个" in answer.text and "295个" not in answer.text, answer.text


def test_a_year_over_when_its_report_was_given_estimated_tells_results() -> None:
    # 六四年多了: 多 of 多了 does not make 六四年 "more than sixty-four years".
    texts = [
        "工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，"
        "钢增长一点二倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍。"
    ]
    reports = national_report("1975", texts)
    answer = _ask("1975年的政府工作报告说，七四年出的石油比六四年多了多少？", reports)
    assert "石油增长六点五倍" in answer.text, answer.text


def test_people_counted_right_after_the_ask_are_no_sum_of_money() -> None:
    # The children are counted (惠及3200万孩子), in no unit of money.
    assert asked_unit("2013年有多少孩子在学校吃上了国家补贴的营养餐？") == ""
    assert asked_unit("多少学生资助资金") == "元"  # the money of the students' aid
    texts = ["启动教育扶贫工程，实施农村义务教育薄弱学校改造计划，学生营养改善计划惠及3200万孩子。"]
    reports = national_report("2014", texts)
    answer = _ask("2014年报告说，有多少孩子在学校吃上了国家补贴的营养餐？", reports)
    assert "3200万孩子" in answer.text, answer.text


def test_shared_out_per_head_is_per_capita() -> None:
    texts = [
        "国内生产总值比上年增长9.1%，达到11.67万亿元；按现行汇率计算，人均国内生产总值突破1000美元，"
        "跨上一个重要台阶。"
    ]
    reports = national_report("2004", texts)
    answer = _ask("2004年报告说，平摊到每个中国人头上的GDP第一次超过了多少美元？", reports)
    assert "突破1000美元" in answer.text, answer.text


def test_what_a_person_earns_in_hand_is_income() -> None:
    texts = [
        "城镇新增就业1113万人；城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，"
        "实际增长8.4%和8%。"
    ]
    reports = national_report("2009", texts)
    answer = _ask("2009年报告说，2008年农村人平均一个人一年到手能挣多少钱？", reports)
    assert "4761元" in answer.text and "15781元" not in answer.text, answer.text
    # A change of money asked (多了多少) is told as a share as often as in yuan.
    assert asked_unit("九九年城里人兜里的钱扣掉物价因素实际多了多少") == ""


def test_everyday_phrases_read_in_the_reports_words() -> None:
    from retrieval.questions import as_reports_say

    def reads(question: str) -> str:
        text = as_reports_say(question)
        assert len(text) == len(question)  # every later position kept
        return text.replace("，", "")

    assert "钢产量" in reads("九六年咱们国家钢一年能产多少？")
    assert "钢产量" in reads("九六年全国一年炼出来的钢头一回过了多少？")
    assert "石油产量" in reads("一九七八年我国一年采了多少石油")
    assert "物价涨" in reads("94年东西涨价到底涨了多少")
    assert "城镇收入" in reads("九九年城里人兜里的钱扣掉物价因素实际多了多少")
    assert "收入" in reads("一年到手能挣多少钱") and "收入" in reads("挣多少")
    assert "纯收入" in reads("八三年农民一年净挣多少钱")
    # The countryside's income per head is told of 农民 (农民按人口平均的纯收入), beside the
    # workers' (职工家庭按人口平均的生活费收入) that 收入 alone would find as well.
    assert "农民" in reads("八三年农村里一个人平均一年能挣多少钱？")
    # A wage earner's pay is 工资, which the reports name as asked.
    assert "收入" not in reads("七九年国营单位上班的职工一年平均能挣多少钱？")


def test_a_product_made_asks_its_output() -> None:
    texts = ["钢铁工业通过挖潜改造，品种结构有所改善，钢产量突破１亿吨。"]
    reports = national_report("1997", texts)
    assert "１亿吨" in _ask("1997年报告说，九六年全国一年炼出来的钢头一回过了多少？", reports).text


def test_a_topic_clause_names_whom_a_budget_figure_is_for() -> None:
    # "对于少数民族地区，本年预算共支出…": the topic clause before the figure's own names whom
    # it is for, and the thousands commas of ７９１，４５９，０００元 part no clause.
    texts = [
        "对于少数民族地区，本年预算共支出７９１，４５９，０００元，比１９５５年增长３２．５６％。",
        "国家财政对少数民族地区公路投资５，２５０多万元，教育支出８，４００多万元。",
    ]
    result = _ask("1956年的预算对少数民族地区一共安排了多少支出？", national_report("1956", texts))
    assert "７９１，４５９，０００元" in result.text
    assert asked_unit("一共安排了多少支出？") == "元"  # 支出 is spending, not a count in 支
    assert asked_unit("全国一年用多少天然气？") != "天"
    # Without the topic clause, a sub-group in another clause is still no figure's own.
    texts = ["鼓励农民工等报考，今年大规模扩招100万人。"]
    assert "100万人" not in _ask("2019年农民工扩招了多少人？", national_report("2019", texts)).text


def test_a_policy_named_plan_is_no_plan_and_a_grade_is_a_unit() -> None:
    # 计划生育 names a policy: the sentence tells the year's result all the same.
    texts = [
        "计划生育工作成绩显著，人口自然增长率下降到1 0 ．0 6 ‰。",
        "商业银行从今年开始要全面实行贷款质量五级分类制度。",
    ]
    reports = national_report("1998", texts)
    answer = _ask("1998年政府工作报告里，1997年人口自然增长率下降到多少？", reports).text
    assert "1 0 ．0 6 ‰" in answer
    assert asked_unit("贷款质量要实行几级分类？") == "级"
    assert "五级分类" in _ask("1998年报告：商业银行要全面实行贷款质量几级分类？", reports).text


def test_a_years_target_may_be_set_by_an_earlier_report() -> None:
    reports = _yearly(
        ("1955", ["到一九五七年，我国将共有高等学校二百○八所。"]),
        ("1957", ["一九五六年，全国新建铁路一千七百多公里。"]),
        ("1958", ["一九五七年，全国钢产量达到五百二十四万吨。"]),
    )
    answer = _ask("到1957年全国将共有多少所高等学校？", reports)
    assert "二百○八所" in answer.text and "1955" in answer.text
    # The result asked, a plan set years before does not answer it.
    assert _ask("1957年全国实际有多少所高等学校？", reports).abstained


def test_this_year_and_the_year_before_follow_the_written_year() -> None:
    # 本年/上一年 beside a written year are that year's, not the newest report's "now".
    reports = _yearly(
        ("1956", ["１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元。"]),
        ("2025", ["一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。"]),
    )
    answer = _ask("1956年国家预算规定本年收入是多少元？", reports)
    assert "２９，７３１，７３２，０００元" in answer.text and "29.7万亿元" not in answer.text
    catalog = [meta for meta, _ in reports.values()]
    assert read_query("1956年国家预算规定本年收入是多少元？", catalog).periods == ["1956"]


def test_things_listed_before_each_are_each_asked() -> None:
    from retrieval.questions import item_parts

    parts = item_parts("统溪河上半年，赶集日摆摊宣讲和宣讲队进企业、学校宣传，各搞了多少次？", [])
    assert parts == [
        "统溪河上半年，赶集日摆摊宣讲搞了多少次",
        "统溪河上半年，宣讲队进企业、学校宣传搞了多少次",
    ]
    # Years before 分别 are compared by scope, not cut here.
    question = "北斗溪镇2023年和2025年上半年，理论学习中心组学习分别搞了几次？"
    assert item_parts(question, ["北斗溪镇"]) == [question]


def test_a_count_said_in_passing_is_no_word_to_find() -> None:
    texts = ["组织31个村开展了12次“垃圾清扫日”活动，累计参与人员达30000余人次。"]
    question = "县溪镇各村那一轮轮的大扫除，前前后后有多少人次出来参加？"
    answer = _ask(question, {"t": (TOWN, texts)})
    assert "30000余人次" in answer.text
    groups = [g for a in analyse(question, read_query(question, []), [], ()) for g in a.groups]
    assert all(g.weight < 1.0 for g in groups if "轮" in g.label)


def test_a_year_printed_with_spaced_digits_is_read_as_one() -> None:
    from retrieval.places import arabic_years

    assert arabic_years("1 9 9 7 年钢产量") == "1997年    钢产量"  # the length kept
    texts = ["1 9 9 7 年钢产量达到1 亿吨以上，发电装机容量达到2 ．5 亿千瓦。"]
    reports = national_report("1998", texts)
    # 1997's result is no target for 1998, and capacity in 千瓦 is no output in 千瓦时.
    assert _ask("1998年政府工作报告给1998年定的钢产量目标是多少吨？", reports).abstained
    assert _ask("1998年的报告里，1997年全国发电量是多少亿千瓦时？", reports).abstained


def test_an_item_summed_with_others_is_no_figure_of_its_own() -> None:
    texts = ["对外援助和其他支出６６９，３１５，０００元。", "国防费为五十亿元以上。"]
    reports = national_report("1956", texts)
    assert _ask("1956年国家预算里，单是对外援助一项安排了多少钱？", reports).abstained
    assert "６６９" in _ask("1956年预算里对外援助和其他支出是多少？", reports).text


def test_a_total_reached_is_not_what_was_added() -> None:
    texts = [
        "几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩，加上原有的灌溉面积，"
        "共达十亿零七千万亩。我们要继续努力，争取提前实现纲要所提出的能够充分发挥效益的"
        "灌溉面积在十二年内达到九亿亩的要求。",
    ]
    reports = national_report("1960", texts)
    answer = _ask("1960年政府工作报告说，到1959年全国灌溉面积一共达到了多少亩？", reports)
    assert "十亿零七千万亩" in answer.text and "九亿亩" not in answer.text


def test_a_sum_named_by_its_term_is_not_stood_in_for() -> None:
    texts = ["一九五八年的职工工资总额，计划安排为一百五十八亿元，比上一年增加五亿五千万元。"]
    reports = national_report("1958", texts)
    assert _ask("1958年的计划里国防费安排了多少钱？", reports).abstained


def test_a_results_words_and_gdp_read_apart_from_plans_and_the_economy() -> None:
    from retrieval.evidence import measured_stem, reads_as_plan

    # "计划生育成绩明显": a result, told roughly (…左右) all the same.
    texts = ["计划生育成绩明显，出生率下降５个千分点，相当于五年少生１５００万人左右。"]
    assert not reads_as_plan(texts[0])
    reports = _yearly(("1993", texts), ("1992", ["全年国民生产总值增长百分之十二。"]))
    answer = _ask("八十年代末到92年这五年，搞计划生育让全国少生了多少人？", reports)
    assert "１５００万人左右" in answer.text
    # 经济总量 names GDP: a sentence on the economy at large tells none of it.
    assert measured_stem("经济总量") == ""
    texts = ["对于有计划地发展国民经济，争取在三年内把我国人口自然增长率降到百分之一以下。"]
    reports = national_report("1978", texts)
    assert _ask("1978年政府工作报告里1977年的国内生产总值是多少？", reports).abstained


def test_a_named_reports_target_is_not_sought_in_earlier_reports() -> None:
    reports = _yearly(
        ("2016", ["到2020年国内生产总值和城乡居民人均收入比2010年翻一番。"]),
        ("2021", ["2020年国内生产总值增长2.3%。"]),
    )
    assert _ask("2020年政府工作报告定的GDP增长目标是多少？", reports).abstained


def test_the_subject_and_when_head_the_figures_clause() -> None:
    texts = ["丰满水电站在改建完成后，发电能力可以达到五十六万千瓦以上。"]
    answer = _ask(
        "1955年报告里，丰满水电站改建完成后发电能力能达到多少千瓦？", national_report("1955", texts)
    )
    assert "五十六万千瓦以上" in answer.text


def test_a_rise_asked_by_its_size_is_a_share() -> None:
    assert asked_unit("利润增长的幅度是多少，不是利润额？") == "%"
    assert asked_unit("物价涨幅多大？") == "%"
    texts = ["全年规模以上工业企业实现利润４６５７亿元，增长８．１％。"]
    answer = _ask(
        "2002年报告讲去年规模以上工业企业的利润，问的是比上年增长的幅度，不是利润额，是多少？",
        national_report("2002", texts),
    )
    assert "８．１％" in answer.text


def test_where_a_count_comes_from_is_no_count() -> None:
    from retrieval.evidence import figures

    text = "社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个"
    assert [f.text for f in figures(text)] == ["七千六百九十个"]
    texts = [text + "，从业人员有三万八千多人。"]
    answer = _ask(
        "1960年报告里，社办的农业科学试验研究组织有多少个？", national_report("1960", texts)
    )
    assert "七千六百九十个" in answer.text


def test_people_counted_by_another_name_are_not_the_people_asked() -> None:
    texts = [
        "镇级层面成立3支森林防灭火宣传巡逻队依照方案要求和各村上报人员配备，不间断开展督查巡视，"
        "处置违规野外用火责任人10人。"
    ]
    reports = {"t": (TOWN, texts)}
    assert _ask("县溪镇成立的3支森林防灭火宣传巡逻队，一共有多少名队员？", reports).abstained
    assert "10人" in _ask("县溪镇处置了多少违规野外用火的责任人？", reports).text


def test_a_plan_asked_loosely_is_answered_only_by_a_plan() -> None:
    texts = ["居民消费价格总水平上升０．７％。", "城镇居民人均可支配收入实际增长８．５％。"]
    reports = national_report("2002", texts)
    assert _ask("2002年政府工作报告把当年居民消费价格涨幅控制在多少以内？", reports).abstained


def test_the_people_a_verb_is_done_for_are_not_whose_count() -> None:
    texts = [
        "积极扶持贫困地区特别是老、少、边地区发展经济，帮助他们脱贫致富，"
        "基本解决８０００万人的温饱问题。"
    ]
    question = "94年那份报告说，到本世纪末要帮多少贫困人口解决吃饱穿暖的问题？"
    assert "８０００万人" in _ask(question, national_report("1994", texts)).text


def test_a_change_asked_takes_in_the_clause_telling_it() -> None:
    texts = [
        "用于重工业的支出为７，５６９，１０３，０００元，占工业支出总数的８８．５９％，"
        "比上年实际增长４２．０８％；用于轻工业的支出为９７４，９７９，０００元，"
        "占工业支出总数的１１．４１％，比上年实际增长８６．１４％。"
    ]
    question = "1956年预算里，重工业支出和轻工业支出比上年实际增长各是多少？"
    answer = _ask(question, national_report("1956", texts)).text
    assert "４２．０８％" in answer and "８６．１４％" in answer
