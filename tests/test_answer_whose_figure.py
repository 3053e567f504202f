"""Whose figure it is: a thing counted in a clause before the figure's, a group's figure for one
of its members, a part of a kind named before 中, things that became another, a plan said with
将, a change against the count after it; and the words that name nothing to find (a short name
in brackets, the kind of place asked, things pointed at by their number)."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_reading import _ask, _national, _town

from retrieval.questions import key_terms, thesaurus_groups
from retrieval.settings import CORPUS_DIR

THESAURUS = thesaurus_groups(CORPUS_DIR / "thesaurus.txt")


def _words(question: str) -> set[str]:
    return {v for g in key_terms(question, [], THESAURUS) for v in g.variants}


def test_a_short_name_in_brackets_and_the_kind_of_place_asked_are_no_words_to_find() -> None:
    words = _words("99年的报告里提到要办好的那届世界园艺博览会（世园会）在哪个城市举行？")
    assert "世界园艺博览会" in words
    assert not {"世园", "世园会", "城市"} & words
    texts = ["办好“中国’99昆明世界园艺博览会”。", "加强对重点城市、区域、流域的污染治理。"]
    answer = _ask("99年的报告里提到要办好的世界园艺博览会（世园会）在哪个城市举行？", "1999", texts)
    assert "昆明" in answer.text


def test_things_pointed_at_by_their_number_and_a_change_said_as_more_are_read_as_written() -> None:
    assert "两条" not in _words("1955年报告里，那两条进藏公路加起来有多长？")
    words = _words("按一五计划，食糖到1957年要比1952年多出多少？")
    assert "增长" in words
    assert "多出" not in words
    texts = ["去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款。"]
    answer = _ask("99年的报告里讲，上一年国家额外多发了多少国债？", "1999", texts)
    assert "1000亿元" in answer.text


def test_a_thing_counted_in_a_clause_before_is_not_the_next_clauses_figure() -> None:
    texts = [
        "完成公益林补贴发放453户30.54万元、新一轮退耕还林补贴发放65户12.3万元，"
        "办理采伐证116份，完成造林100.8亩。",
        "组织镇级防汛应急综合演练2次，村级演练开展有山洪灾害易发处18次，参演人数共计706人次。",
        "开展重大隐患“回头看”行动，对2024年上报的44项重大安全隐患进行复查，整改完成率达93%。",
    ]
    answer = _town("县溪镇新一轮退耕还林补贴涉及的面积是多少亩？", texts)
    assert "100.8亩" not in answer.text
    assert answer.abstained
    # A measure of the same thing (人数, a rate) goes on with it.
    assert "706人次" in _town("县溪镇防汛演练一共有多少人次参加？", texts).text
    assert "93%" in _town("县溪镇对上报的重大安全隐患进行复查，整改完成率是多少？", texts).text


def test_a_change_asked_is_told_by_a_change_not_by_a_count_after_it() -> None:
    texts = [
        "一九八三年，全国工业总产值增长１０．５％，农业总产值增长９．５％，工农业总产值以及粮食、"
        "棉花、原煤等三十多种主要产品产量，提前两年达到或超过第六个五年计划规定的一九八五年指标。"
    ]
    answer = _ask("1984年报告说，1983年全国工农业总产值实际增长了多少？", "1984", texts)
    assert "９．５％" not in answer.text
    assert answer.abstained
    assert (
        "１０．５％" in _ask("1984年报告说，1983年全国工业总产值增长了多少？", "1984", texts).text
    )


def test_a_counted_groups_figure_is_none_of_its_members() -> None:
    texts = [
        "据统计，内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值比一九五七年增长百分之"
        "八十八，粮食产量也增长了百分之八十三。"
    ]
    answer = _ask("1959年报告说广西僮族自治区1958年工业总产值比1957年增长了多少？", "1959", texts)
    assert "百分之八十八" not in answer.text
    # The group itself asked.
    question = "1959年报告说内蒙古、新疆、广西、宁夏四个自治区1958年工业总产值比1957年增长了多少？"
    assert "百分之八十八" in _ask(question, "1959", texts).text


def test_a_part_named_after_zhong_is_not_answered_by_the_whole() -> None:
    texts = ["五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里。"]
    answer = _ask("2011年报告里，五年建成的铁路新线中高速铁路有多少公里？", "2011", texts)
    assert "1.6万公里" not in answer.text
    assert answer.abstained
    answer = _ask("2011年报告里，五年新增公路中高速公路有多少公里？", "2011", texts)
    assert "3.3万公里" in answer.text


def test_things_that_became_another_are_not_all_there_were() -> None:
    texts = ["全国共有１８万户私营商店转为公私合营商店和合作商店。"]
    answer = _ask("1956年报告中，1955年全国私营商店总共有多少户？", "1956", texts)
    assert "１８万户" not in answer.text
    assert answer.abstained
    answer = _ask("1956年报告中，1955年全国有多少户私营商店转为公私合营商店？", "1956", texts)
    assert "１８万户" in answer.text


def test_what_will_be_is_not_a_year_over_by_the_report() -> None:
    texts = [
        "在１９５５年，国营机械化农场由１９５４年的９７个增加到１０６个，这些农场的耕地面积增加到"
        "４０４万亩。",
        "其他农副产品的产量，也都将比１９５５年有所增长。国营机械化农场将增加到１５２个，耕地面积"
        "达到７５８万亩。",
    ]
    answer = _ask("据1956年政府工作报告，1955年全国国营机械化农场增加到多少个？", "1956", texts)
    assert "１０６个" in answer.text
    assert "１５２个" not in answer.text


def test_a_sentence_of_no_tense_goes_on_with_the_plan_before_it() -> None:
    texts = [
        "今年要继续采取有效措施，确保农业再有一个好收成。粮食总产量稳定在4 9 2 5 0 万吨，"
        "棉花总产量稳定在4 0 0 万吨。"
    ]
    answer = _ask("1998年政府工作报告里，1997年全国棉花产量是实际多少万吨？", "1998", texts)
    assert "4 0 0 万吨" not in answer.text
    assert answer.abstained


def test_a_crop_is_not_answered_by_another_crops_price() -> None:
    texts = ["继续实施粮食最低收购价政策，今年小麦最低收购价每50公斤提高5到7元。"]
    answer = _ask("2011年棉花的最低收购价每50公斤提高多少元？", "2011", texts)
    assert "5到7元" not in answer.text
    assert "5到7元" in _ask("2011年小麦的最低收购价每50公斤提高多少元？", "2011", texts).text


def test_a_rank_naming_an_item_listed_with_others_is_no_sum() -> None:
    texts = ["体育健儿要努力拼搏，争取在第１２届亚运会和其他国际比赛中取得好成绩。"]
    answer = _ask("1994年政府工作报告要求体育健儿争取在第几届亚运会上取得好成绩？", "1994", texts)
    assert "第１２届" in answer.text


def test_a_body_named_by_what_it_is_answers_what_it_is_called() -> None:
    texts = [
        "各级干部都要努力学习市场经济知识。国务院决定成立国家行政学院，加强对高、中级公务人员的培训。"
    ]
    question = "1994年报告中，国务院决定成立的、用来加强对高、中级公务人员培训的机构叫什么？"
    assert "国家行政学院" in _ask(question, "1994", texts).text


def test_a_clause_after_a_semicolon_names_what_the_first_clause_counted_wrongly() -> None:
    texts = [
        "经过多方测算，“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，"
        "比“六五”期间增加百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。"
    ]
    question = "1986年报告中，“七五”计划草案规定五年内全民所有制单位的更新改造投资是多少？"
    answer = ask_reports(question, _national("1986", texts))
    assert "二千七百六十亿元" in answer.text
    assert "五千亿元" not in answer.text


def test_a_part_asking_the_same_again_asks_the_same_change_and_keeps_its_own_year() -> None:
    texts = [
        "扣除物价上涨因素，这五年农民人均纯收入平均每年增长百分之十三点七，城镇职工家庭人均收入"
        "平均每年增长百分之六点九。"
    ]
    question = "1986年报告里，六五期间农民人均纯收入平均每年增长多少？城镇职工家庭人均收入又是多少"
    answer = _ask(question, "1986", texts)
    assert "百分之十三点七" in answer.text
    assert "百分之六点九" in answer.text
    texts = [
        "今后人口的年自然增长率，必须控制在千分之十三以下。",
        "一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右。",
    ]
    question = (
        "1982年的报告要求人口年自然增长率控制在多少以下？1985年二十九个省区市总人口又要控制在多少？"
    )
    answer = _ask(question, "1982", texts)
    assert "千分之十三以下" in answer.text
    assert "十亿六千万左右" in answer.text


def test_a_base_per_unit_opens_its_phrase_and_a_body_of_some_ownership_is_no_base() -> None:
    texts = [
        "“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，比“六五”期间增加"
        "百分之四十九；更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。"
    ]
    question = "1986年报告中，“七五”期间基本建设投资比“六五”期间增加百分之几？"
    assert "百分之四十九" in _ask(question, "1986", texts).text


def test_savings_prices_taken_out_and_the_countrysides_houses_are_read_as_the_reports_say() -> None:
    texts = [
        "城乡居民储蓄存款迅速增加，一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。"
    ]
    answer = _ask("1986年报告说一九八五年末城乡居民储蓄余额是多少？", "1986", texts)
    assert "一千六百二十三亿元" in answer.text
    texts = ["国内市场繁荣，社会消费品零售总额扣除价格因素增长百分之十一点六。"]
    question = "1994年的报告讲，1993年全国商店卖给老百姓的消费品总额，扣掉涨价因素后涨了多少？"
    assert "百分之十一点六" in _ask(question, "1994", texts).text
    texts = ["今年要再开工建设保障性住房、棚户区改造住房共1000万套，改造农村危房150万户。"]
    answer = _ask("2011年国家打算把乡村里的危旧房屋修缮改造多少户？", "2011", texts)
    assert "150万户" in answer.text


def test_a_capacity_asked_is_no_money_and_an_aside_between_dashes_rules_out() -> None:
    texts = [
        "已建成的主要有：新建和改造农村电网高低压线路90万公里；建成仓容250亿公斤的国家粮食储备库。"
    ]
    answer = _ask("2000年报告中，两年来国债投资建成的国家粮食储备库仓容是多少？", "2000", texts)
    assert "250亿公斤" in answer.text
    texts = [
        "１９９２年同１９８７年相比，钢产量增长百分之四十二，达到８０００万吨。",
        "加强原材料工业建设，１９９７年钢产量达到９４００万吨，并努力提高质量。",
    ]
    question = "1993年报告中的钢产量——要1992年实际达到的，不是1997年的目标——是多少？"
    answer = _ask(question, "1993", texts)
    assert "８０００万吨" in answer.text
    assert "９４００万吨" not in answer.text


def test_a_meeting_place_is_named_where_the_meeting_was() -> None:
    texts = [
        "江泽民主席两度访欧，中国与欧盟领导人举行会晤，推动了中欧关系的发展。"
        "江泽民主席与克林顿总统在奥克兰的会晤，使中美关系得到恢复和改善。"
    ]
    question = "2000年报告里，1999年江泽民主席和克林顿总统在哪儿见的面？"
    assert "奥克兰" in _ask(question, "2000", texts).text


def test_a_kind_asked_in_everyday_words_is_the_kind_the_reports_word_names() -> None:
    texts = ["企业“走出去”步伐明显加快，累计对外直接投资2200亿美元，对外工程承包营业额3352亿美元。"]
    answer = _ask("2011年报告讲，过去五年咱们企业到海外直接投资一共砸了多少钱？", "2011", texts)
    assert "2200亿美元" in answer.text


def test_a_total_naming_no_kind_is_not_one_kinds() -> None:
    texts = [
        "全国少数民族的学生数目增长得很快。在全国的三千六百万的少数民族人口中，学生总数达到三百五十一"
        "万人。一九五八年上半年小学生有三百一十九万人，中等学校学生三十一万人。"
    ]
    answer = _ask("1959年报告里，1958年上半年全国少数民族小学生有多少人？", "1959", texts)
    assert "三百一十九万人" in answer.text
    assert "三百五十一万人" not in answer.text


def test_a_clause_saying_how_a_figure_is_reckoned_goes_on_with_its_thing() -> None:
    texts = ["全国城乡居民平均消费水平由１７５元增加到４５０元，扣除物价上升因素增长８６．９％。"]
    question = "那年（1987年）的报告讲，八年下来城乡老百姓人均消费去掉涨价因素实际涨了多少？"
    assert "８６．９％" in _ask(question, "1987", texts).text


def test_a_figure_compared_with_the_year_asked_is_a_later_years() -> None:
    texts = ["这一年，手工業总产值达到一百一十七亿元，較1955年增長了16％。"]
    answer = _ask("1957年政府工作报告中，1955年手工业总产值是多少？", "1957", texts)
    assert answer.abstained
    assert (
        "一百一十七亿元"
        in _ask("1957年政府工作报告中，1956年手工业总产值是多少？", "1957", texts).text
    )


def test_a_base_level_tells_its_years_figure() -> None:
    texts = [
        "计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨，比一九五八年的三亿八千万吨增长百分之"
        "三十六；交通部直属企业的货物运输量将达到三千五百万吨，比一九五八年的二千八百万吨增长百分之二十五。"
    ]
    question = "1959年报告中，1958年全国铁路货物运输量和交通部直属企业货物运输量各是多少？"
    answer = _ask(question, "1959", texts)
    assert "三亿八千万吨" in answer.text
    assert "二千八百万吨" in answer.text


def test_a_target_asked_again_and_a_thing_asked_with_which_are_parts_of_their_own() -> None:
    texts = [
        "今后五年，争取城镇居民人均生活费收入平均每年实际增长百分之五左右，农村居民人均纯收入平均每年"
        "实际增长百分之四至百分之五。",
        "五年来农村居民人均纯收入增加３２１元，达到７８４元。",
    ]
    question = (
        "1993年报告定的今后五年城镇居民人均生活费收入年均实际增长目标是多少？"
        "农村居民人均纯收入的目标又是多少？"
    )
    answer = _ask(question, "1993", texts)
    assert "百分之四至百分之五" in answer.text
    assert "７８４元" not in answer.text
    texts = [
        "银河Ⅱ型计算机、曙光一号并行计算机等一批科研成果达到世界先进水平。",
        "成功地举办了第七届全国运动会和首届东亚运动会。",
    ]
    question = (
        "1994年报告里，除了银河Ⅱ型计算机，还提到哪台计算机达到世界先进水平？"
        "1993年成功举办的是第几届全国运动会？"
    )
    answer = _ask(question, "1994", texts)
    assert "曙光一号" in answer.text
    assert "第七届全国运动会" in answer.text


def test_which_kind_is_more_stays_a_comparison_and_a_groups_list_counts_from_its_sentence() -> None:
    texts = ["对全镇11栋D类、17栋C类危险房屋开展巡查，排查隐患23处。"]
    answer = _town("县溪镇巡查的危险房屋里，D类和C类各有多少栋？哪类多？", texts)
    assert "11栋" in answer.text and "17栋" in answer.text
    assert "排查隐患23处" not in answer.text
    texts = [
        "据统计，内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值比一九五七年增长百分之"
        "八十八，粮食产量也增长了百分之八十三。"
    ]
    answer = _ask("1959年报告里，宁夏回族自治区1958年工业总产值比1957年增长了多少？", "1959", texts)
    assert "百分之八十八" not in answer.text
