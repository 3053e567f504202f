"""Figures as the reports write them: rates per mille, ranks and counts after 第, lengths of
time, a year asked, items before a quoted name or numbered in one sentence, a clause that names its
own year, and a half year planned in the report before it."""

from __future__ import annotations

from test_answer_evidence import _ask as ask_reports
from test_answer_reading import _ask, _national, _town

from retrieval.answering import _enumerated_sentence
from retrieval.evidence import Window, figures
from retrieval.models import Passage, ReportMeta
from retrieval.places import read_query, report_years
from retrieval.questions import Shape, analyse, key_terms, shape_of, thesaurus_groups
from retrieval.settings import CORPUS_DIR

RATES_1979 = [
    "一九七一年到一九七八年的人口自然增长率，四川省由千分之二十九降到千分之六点一，"
    "上海市由千分之七降到千分之五点一，他们的经验应该在全国城乡推广。"
]


def test_a_rate_per_mille_answers_a_rate() -> None:
    answer = _ask("1979年政府工作报告里，四川省的人口自然增长率降到了多少？", "1979", RATES_1979)
    assert "千分之六点一" in answer.text
    assert [f.unit for f in figures("上海市由千分之七降到千分之五点一")] == ["‰", "‰"]


def test_a_rate_from_the_first_year_of_a_span_is_that_years() -> None:
    question = "1979年政府工作报告里，上海市1971年的人口自然增长率是多少？到1978年又降到多少？"
    answer = _ask(question, "1979", RATES_1979)
    assert "千分之七" in answer.text
    assert "千分之五点一" in answer.text
    assert "未提及" not in answer.text


def test_a_count_after_第_is_no_figure() -> None:
    assert not figures("根据我国宪法第三十一条，成立香港特别行政区")


def test_the_base_of_a_comparison_is_no_time_of_the_figure() -> None:
    texts = [
        "《纲要》提出今后五年经济和社会发展的主要目标是：国民经济保持较快发展速度，"
        "为到2010年国内生产总值比2000年翻一番奠定坚实基础。"
    ]
    answer = _ask("2001年报告里说GDP要比2000年翻一番，定的是到哪一年？", "2001", texts)
    assert "2010年" in answer.text


def test_a_year_asked_is_not_answered_by_a_sentence_naming_none() -> None:
    texts = ["搞好社会治安综合治理，维护社会稳定。支持北京市申办奥运。要统筹兼顾，乘势前进。"]
    question = "2001年政府工作报告说支持北京市申办奥运，申办的是哪一年的奥运会？"
    assert _ask(question, "2001", texts).abstained


def test_a_year_in_brackets_before_the_report_names_the_report() -> None:
    assert report_years("那年（1979年）的报告说国务院初步拟定了哪些改革文件？") == {"1979"}
    assert report_years("讲七五计划的报告（1986年）") == {"1986"}


def test_items_named_before_a_quoted_name_are_its_items() -> None:
    texts = [
        "三是精细梳理履职事项清单。一是扎实推进学习教育；二是深入实施培优工程；三是精细梳理清单。",
        "通过个人自查、负责人把关、领导审核“三重审查”动态校准完善,对清单内容进行研讨修缮。",
    ]
    answer = _town("县溪镇梳理履职事项清单时的“三重审查”是哪三重？", texts)
    for item in ("个人自查", "负责人把关", "领导审核"):
        assert item in answer.text


def test_a_clause_naming_the_year_asked_is_that_years_not_the_spans() -> None:
    texts = [
        "前三年共开垦荒地三千六百万亩，而1956年就开垦荒地二千九百万亩；"
        "前三年扩大的灌溉面积共四千一百多万亩，而1956年就扩大了一亿多亩。"
    ]
    answer = _ask("1957年报告说，1956年全国新开垦了多少亩荒地？", "1957", texts)
    assert "二千九百万亩" in answer.text
    assert "三千六百万亩" not in answer.text


def test_the_share_of_a_whole_is_asked_as_占() -> None:
    texts = ["我们主张，拥有占全世界95%以上核武器的美苏两国应当率先大幅度削减它们的核武器。"]
    question = "1984年的政府工作报告说，美苏两国拥有全世界百分之多少的核武器？"
    assert "95%以上" in _ask(question, "1984", texts).text


def test_profit_earned_is_profit_and_国企_is_国有企业() -> None:
    thesaurus = thesaurus_groups(CORPUS_DIR / "thesaurus.txt")
    groups = key_terms("国企2000年一共赚了多少利润?", [], thesaurus)
    assert not any("收入" in g.variants for g in groups)  # earned profit is no income
    assert any({"国企", "国有企业"} <= set(g.variants) for g in groups)


def test_a_span_of_years_in_the_question_is_no_word_to_find() -> None:
    labels = [g.label for g in key_terms("化纤的年产量两年间涨到了多少?", [], ())]
    assert "年间" not in labels
    assert "两" not in labels


def test_an_item_of_a_parallel_list_counts_what_its_first_item_names() -> None:
    texts = [
        "这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；"
        "原油由八千七百万吨增加到一亿零四百万吨，增长百分之十九点五；"
        "化学纤维由十四万六千吨增加到二十八万五千吨，增长百分之九十五；"
        "铁路货运量由八亿二千万吨增加到十亿七千万吨，增长百分之三十点五。"
    ]
    answer = _ask("1979年报告里，化学纤维的产量增幅是多少？", "1979", texts)
    assert "百分之九十五" in answer.text


def test_an_estimate_asked_is_the_reports_own_estimate() -> None:
    reports = {
        **_national(
            "1979",
            [
                "今年由于提高了农副产品的收购价格，减免了部分地区的农业税收，加上农业生产的发展，"
                "农村社队和农民的收入估计将增加一百三十亿元左右。"
            ],
        ),
        **_national(
            "1980", ["1979年农民从集体分得的收入，每人平均达到83.4元，比1978年增加了9.4元。"]
        ),
    }
    question = "1979年提价、减免税以后，农村社队和农民的收入估计能增加多少？"
    assert "一百三十亿元左右" in ask_reports(question, reports).text


def test_a_year_asked_is_no_figure_even_of_a_total() -> None:
    question = "按2001年报告提出的目标，要到哪一年实现国内生产总值比2000年翻一番？"
    assert shape_of(question) is Shape.OPEN
    assert shape_of("2001年国内生产总值是多少？") is Shape.FIGURE


def test_two_years_of_one_report_are_each_asked() -> None:
    question = "1959年报告里，1957年工业工程技术人员和1952年相比各有多少人？"
    asks = analyse(question, read_query(question, []), [], ())
    assert [a.year for a in asks] == ["1957", "1952"]
    assert asks[1].text.startswith("1959年报告里，1952年工业工程技术人员")


def test_how_long_is_answered_by_a_length_of_time() -> None:
    texts = [
        "我国将在一九九七年恢复对香港行使主权。我们在恢复行使主权后，对香港将采取一系列特殊政策，"
        "并在五十年内不予改变。这些政策包括：根据我国宪法第三十一条，成立香港特别行政区。"
    ]
    question = "1984年政府工作报告里，国家对香港的特殊政策承诺多长时间内不变？"
    answer = _ask(question, "1984", texts)
    assert "五十年内" in answer.text
    assert "第三十一条" not in answer.text
    assert (
        "第三十一条"
        in _ask("1984年报告说成立香港特别行政区依据的是宪法第几条？", "1984", texts).text
    )
    # A span in a plan is the length asked, not a sum over several years.
    texts = ["从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，五年内取消农业税。"]
    assert "五年内" in _ask("2004年那份报告打算多久把农业税彻底免掉？", "2004", texts).text


def test_numbered_items_running_into_the_next_chunk_are_read_from_it() -> None:
    first = "就实现社基本所有制的条件来说，第一，全社的经济发展达到了一定的水平；"
    second = "第二，社有经济部分在全社经济中占了优势；第三，穷队赶上了富队。为了创造这些条件。"
    meta = ReportMeta(doc_id="n", source="n.txt", title="1960年报告", town="全国", period="1960")
    one, two = (
        Passage(
            rank=1,
            doc_id="n",
            source="n.txt",
            title=meta.title,
            town="全国",
            period="1960",
            section="",
            chunk_id=f"n-{i}",
            score=1.0,
            text=text,
            start=start,
            end=start + len(text),
        )
        for i, (text, start) in enumerate([(first, 0), (second, len(first))])
    )
    window = Window(one, 0, 14, 1.0, 1.0, [], (0, len(first)))
    piece = _enumerated_sentence(window, [one, two])
    assert piece is not None
    quoted = "".join(p.text[a:b] for p, a, b in piece.quotes)
    assert quoted.startswith("第一") and quoted.endswith("穷队赶上了富队")


def test_a_half_year_no_report_tells_yet_is_planned_in_the_one_before() -> None:
    def half(town: str, texts: list[str]) -> tuple[ReportMeta, list[str]]:
        meta = ReportMeta(
            doc_id=town,
            source=f"{town}.txt",
            title=f"{town}2025年上半年工作总结",
            town=town,
            period="2025H1",
        )
        return meta, texts

    reports = {
        "b": half(
            "北斗溪镇",
            [
                "一、上半年工作|上半年共排查隐患12处。",
                "4、 下半年工作打算|深入打造“北斗溪之旅”系列活动的文旅品牌，在此品牌之下，"
                "继续丰富完善“七星杯”“与清华同行”等子品牌活动。",
            ],
        ),
        "l": half("卢峰镇", ["一、上半年工作|共排查重大安全隐患2项、一般隐患73项。"]),
    }
    answer = ask_reports("北斗溪今年下半年“北斗溪之旅”品牌下面要继续办哪些子品牌活动？", reports)
    assert "七星杯" in answer.text
    assert "提及2025年下半年" in answer.text
    # A report naming no second half tells nothing of it: not the first half's figures either.
    assert ask_reports("卢峰镇下半年排查了多少隐患？", reports).abstained
    assert ask_reports("卢峰镇下半年工作打算重点抓哪几项？", reports).abstained


def test_which_session_is_answered_by_the_names_own_number() -> None:
    texts = ["推动经济社会高质量发展取得新成效。北斗溪镇被评选为“第七届全国文明村镇”。"]
    assert "第七届" in _town("县溪镇获评的是第几届全国文明村镇？", texts).text
