"""A thing named by its own name (京九铁路, 武汉), a province's figure for the country's, one of
several places counted together, what was so before (原来), what some did (有的), another thing
counted in the unit asked; and the report's own date (落款, 发布时间)."""

from __future__ import annotations

from pathlib import Path

from test_answer_reading import _ask, _town

from retrieval.questions import asks_report_date


def test_a_thing_asked_by_its_own_name_is_not_answered_by_its_kind() -> None:
    texts = [
        "重点建设项目进展情况较好，京九铁路全线进入施工高潮。全年新增大中型发电机组容量"
        "１５００多万千瓦，铁路新线和复线３３００多公里，高等级公路１９００公里。"
    ]
    answer = _ask("1995年报告说京九铁路已经铺轨多少公里？", "1995", texts)
    assert "３３００多公里" not in answer.text
    assert answer.abstained
    assert "３３００多公里" in _ask("1995年报告说铁路新线和复线有多少公里？", "1995", texts).text
    steel = [
        "鞍山钢铁联合企业在改建完成以后，它的生产规模可以扩大到年产生铁二百五十万吨，"
        "钢三百二十二万吨。",
        "我国还将新建一批机器制造厂，它们的产品每年可以装备一个年产一百六十万吨钢的钢铁联合企业。",
    ]
    answer = _ask("1955年报告说武汉钢铁联合企业建成后年产钢能达到多少万吨？", "1955", steel)
    assert "一百六十万吨" not in answer.text
    assert answer.abstained
    answer = _ask("1955年报告说鞍山钢铁联合企业改建完成后年产钢可以达到多少？", "1955", steel)
    assert "三百二十二万吨" in answer.text
    # A plan named by its years sets the time: its report need not repeat the name.
    plan = ["计划草案规定，全国农民的纯收入平均每年增长百分之七。"]
    answer = _ask("1986年全国的七五计划草案里，农民的纯收入打算每年增长多少？", "1986", plan)
    assert "百分之七" in answer.text


def test_a_provinces_figure_is_not_the_countrys_nor_one_of_several_places_alone() -> None:
    texts = [
        "一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，"
        "上海市由千分之七降到千分之五点一。"
    ]
    answer = _ask("1979年报告说1978年全国人口自然增长率是多少？", "1979", texts)
    assert "千分之六点一" not in answer.text
    assert answer.abstained
    answer = _ask("1979年报告说四川省1978年的人口自然增长率降到了多少？", "1979", texts)
    assert "千分之六点一" in answer.text
    together = [
        "最近上海、江苏、广东等地方劳动部门因地制宜地积极帮助将近一万多失业人员参加了手工业、"
        "服务性行业和各种社会辅助劳动。"
    ]
    question = "1957年报告里，上海一地劳动部门帮助多少失业人员参加了手工业和服务性行业？"
    answer = _ask(question, "1957", together)
    assert "一万多" not in answer.text
    assert answer.abstained


def test_a_way_by_its_ends_a_plan_and_a_sum_in_yi_yuan_are_answered_only_as_asked() -> None:
    way = ["兰州到新疆维吾尔自治区的铁路继续向西铺轨三百公里。"]
    answer = _ask("1958年国务院报告里，包头到兰州铁路全长多少公里？", "1958", way)
    assert "三百公里" not in answer.text
    assert answer.abstained
    assert "三百公里" in _ask("1958年报告说兰州到新疆的铁路向西铺轨多少公里？", "1958", way).text
    plan = [
        "以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国从1900年到1948年，"
        "49年合计的钢产量不过七百六十万吨。"
    ]
    answer = _ask("1957年政府工作报告里，我国第二个五年计划的钢产量指标是多少？", "1957", plan)
    assert "七百六十万吨" not in answer.text
    assert answer.abstained
    # The plan asked, named by its five years only, answers.
    railways = ["五年内全国新建铁路铺轨二千公里，新建和改建港口泊位吞吐能力一亿吨。"]
    question = "1982年政府工作报告里，六五计划五年内全国新建铁路铺轨多少公里？"
    answer = _ask(question, "1982", railways)
    assert "二千公里" in answer.text
    per_hundred = ["每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元。"]
    answer = _ask("1980年报告里，1978年全国财政收入总额是多少亿元？", "1980", per_hundred)
    assert "35.5元" not in answer.text
    assert answer.abstained
    question = "1980年报告说1978年每百元固定资产净值提供的税收利润是多少元？"
    answer = _ask(question, "1980", per_hundred)
    assert "35.5元" in answer.text


def test_what_was_so_before_and_what_some_did_are_not_the_figure_asked() -> None:
    texts = [
        "例如，甘肃阿干镇煤矿原来日产量总是停留在六百吨到八百五十吨之间，不能增长上去，"
        "但是经过整风运动，大鸣大放，大整大改，现在日产量已经达到一千二百多吨。"
    ]
    answer = _ask("1958年报告里，甘肃阿干镇煤矿经过整风后日产量达到多少？", "1958", texts)
    assert "一千二百多吨" in answer.text
    assert "六百吨" not in answer.text
    # Asked of the time before, it is the answer.
    answer = _ask("1958年报告里，甘肃阿干镇煤矿原来日产量是多少？", "1958", texts)
    assert "六百吨到八百五十吨" in answer.text
    some = ["有的公社还办了年产八百吨合成氨（合三千吨硫酸铵）的小洋化肥厂。"]
    answer = _ask("1960年政府工作报告里，1959年全国化肥产量是多少吨？", "1960", some)
    assert "八百吨" not in answer.text
    assert answer.abstained


def test_another_thing_counted_in_the_unit_asked_is_not_the_thing_asked() -> None:
    texts = [
        "完成公益林补贴发放453户30.54万元、新一轮退耕还林补贴发放65户12.3万元，"
        "办理采伐证116份，完成造林100.8亩，油茶低改400余亩，新造油茶800余亩。",
        "全镇2023年新增中药种植2000亩。",
        "发放宣传手册1000余份。",
    ]
    answer = _town("县溪镇新一轮退耕还林补贴一共涉及多少亩退耕地？", texts)
    assert "100.8亩" not in answer.text
    assert answer.abstained
    # "油茶林有多大面积": 林有 is no word of its own.
    assert "800余亩" in _town("县溪镇新栽种的油茶林有多大面积？", texts).text
    # The thing asked, worded otherwise by the report (宣传册: 宣传手册).
    assert "1000余份" in _town("县溪镇发了多少份宣传册？", texts).text


def test_the_reports_own_date_is_read_from_its_opening(
    shipped_index: Path, townqa_factory: object
) -> None:
    assert asks_report_date("北斗溪镇2025年上半年工作总结落款是哪一天？")
    assert asks_report_date("县溪镇这份2021年工作报告是什么时候发布的？")
    assert not asks_report_date("清华大学乡村振兴工作站怀化溆浦站是哪天封顶的？")
    assert not asks_report_date("报告说溆洞高速初步勘测中标是哪天在省交通厅网站公示的？")
    qa = townqa_factory(shipped_index)  # type: ignore[operator]
    answer = qa.ask("北斗溪镇2025年上半年工作总结落款是哪一天？")
    assert "2025年7月4日" in answer.text
    assert not answer.abstained
    [citation] = answer.citations
    assert citation.quote == "（2025年7月4日）"
    assert citation.town == "北斗溪镇"
    assert citation.period == "2025H1"
    answer = qa.ask("县溪镇那份2021年工作报告是哪天发布的？")
    assert "2022-01-20" in answer.text
    # A report that gives no date says so, naming the report read.
    answer = qa.ask("卢峰镇上半年工作总结是哪天发布的？")
    assert answer.abstained
    assert "卢峰镇2025年上半年" in answer.text


def test_events_asked_by_the_case_are_answered_by_the_times_they_happened() -> None:
    waste = [
        "例如哈尔滨食品公司一九五四年一年中发生的浪费事件就有五十多次，有帐可查的浪费数字就达"
        "五十七万元之多。"
    ]
    answer = _ask("1955年报告里说哈尔滨食品公司1954年一年闹出了多少起浪费事件？", "1955", waste)
    assert "五十多次" in answer.text


def test_parts_of_a_question_read_as_asked() -> None:
    # "…在哪一年完成" is a part of its own: the first part is answered by itself.
    texts = ["工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长。"]
    question = (
        "1975年政府工作报告：1974年全国工业总产值预计比1964年增长多少？"
        "第四个五年计划将在哪一年完成？"
    )
    assert "一点九倍" in _ask(question, "1975", texts).text
    # A question asking by what some provinces counted is answered by that count.
    counted = [
        "社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个，"
        "从业人员有三万八千多人。"
    ]
    question = "1960年报告说，据十二个省不完全统计，全国社办的农业科学试验研究组织有多少个？"
    assert "七千六百九十个" in _ask(question, "1960", counted).text
    # 来华访问 is the reports' 来我国访问.
    visits = ["在此期间，我国领导人出访了九十个国家，有八十一个国家的领导人来我国访问。"]
    question = "1983年报告说的过去五年，来华访问的外国领导人来自多少个国家？"
    assert "八十一个国家" in _ask(question, "1983", visits).text


def test_a_plan_named_after_the_figure_is_another_figures() -> None:
    power = [
        "电站计划在一九八五年底前建成投产一千二百九十万千瓦，结转到第七个五年计划期间续建的有"
        "二千三百七十万千瓦。"
    ]
    question = "1982年报告的六五计划中，电站计划在1985年底前建成投产多少千瓦？"
    assert "一千二百九十万千瓦" in _ask(question, "1982", power).text


def test_each_item_keeps_the_year_asked_not_the_reports() -> None:
    texts = [
        "1979年轻工业总产值比上年增长9.6％，今年上半年又比去年同期增长24.2％，都超过了重工业的"
        "增长速度。",
        "1979年重工业总产值比上年增长7.7％，今年上半年又比去年同期增长6％。",
    ]
    question = "1980年报告说1979年轻工业和重工业总产值各比上年增长多少？哪个快？"
    answer = _ask(question, "1980", texts)
    assert "9.6％" in answer.text and "7.7％" in answer.text


def test_a_name_named_in_part_or_in_other_words_and_what_others_did_before_it() -> None:
    macao = [
        "澳门特别行政区基本法（草案）已经全国人大常委会审议公布，将在澳门和内地进一步广泛征求意见，"
        "预计在１９９３年完成基本法起草工作。"
    ]
    question = "1992年政府工作报告称，澳门特别行政区基本法预计在哪一年完成起草工作？"
    assert "１９９３年" in _ask(question, "1992", macao).text
    services = ["服务业增加值比重达到46.1%，首次超过第二产业。"]
    question = "2014年报告里第三产业在经济里占多大份额？"
    assert "46.1%" in _ask(question, "2014", services).text
    diseases = [
        "纲要要求在十二年内基本消灭和积极防治的疾病，有的已经基本消灭和防治住了（例如天花、鼠疫等），"
        "血吸虫病的患者已经治疗了百分之七十。"
    ]
    question = "到1960年报告时，全国得血吸虫病的人已经治疗了几成？"
    assert "百分之七十" in _ask(question, "1960", diseases).text
