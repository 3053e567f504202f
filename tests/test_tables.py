"""Table rows of Markdown and Word reports: cells, units from the row or the header, rows kept
under their header when chunked, figures answered from a row and told under its header's names."""

from __future__ import annotations

from test_chunking import check_invariants, chunk_with

from retrieval import tables
from retrieval.answering import answer
from retrieval.chunking import chunk_report
from retrieval.evidence import UNIT_SET, figures
from retrieval.models import Answer, Passage, Query, Report, ReportMeta
from retrieval.places import read_query

HEADER = "| 指标 | 单位 | 2024年完成 | 同比增长(%) | 完成年度目标(%) |"
REPORT = "\n".join(
    [
        "荷塘乡2024年工作总结",
        "一、主要经济指标",
        "2024年主要经济指标完成情况如下表。",
        "",
        HEADER,
        "|---|---|---|---|---|",
        "| 地区生产总值 | 亿元 | 9.62 | 5.8 | 100.4 |",
        "| 固定资产投资 | 亿元 | 4.37 | 7.2 | 102.8 |",
        "| 一般公共预算收入 | 万元 | 2168 | 5.3 | 101.2 |",
        "| 社会消费品零售总额 | 亿元 | 3.14 | 4.9 | 100.9 |",
        "| 实际利用内资 | 亿元 | 2.76 | 12.3 | 105.7 |",
        "| 农村居民人均可支配收入 | 元 | 19386 | 6.9 | 100.5 |",
        "| 接待游客 | 万人次 | 38.6 | 16.8 | 110.3 |",
        "全年经济运行总体平稳，主要指标均完成年度目标。",
        "二、农业农村",
        "新建高标准农田3200亩，粮食播种面积稳定在4.1万亩。",
    ]
)
META = ReportMeta(
    doc_id="h", source="h.md", title="荷塘乡2024年工作总结", town="荷塘乡", period="2024"
)


def _report() -> Report:
    return Report(**META.model_dump(), text=REPORT)


def _ask(question: str) -> Answer:
    chunks = chunk_report(_report(), max_chars=120)

    def retrieve(query: Query, k: int) -> list[Passage]:
        return [Passage.from_chunk(c, i + 1, 1.0) for i, c in enumerate(chunks)][:k]

    return answer(read_query(question, [META]), retrieve, [META], k=20)


def test_cells_of_markdown_and_word_rows() -> None:
    row = ("粮食总产量", "万吨", "2.43", "1.6")
    assert tables.cells("| 粮食总产量 | 万吨 | 2.43 | 1.6 |") == row
    assert tables.cells("粮食总产量 | 万吨 | 2.43") == ("粮食总产量", "万吨", "2.43")
    assert tables.cells("|---|:---:|---|") is None
    assert tables.cells("全年粮食总产量2.43万吨，同比增长1.6%。") is None
    assert tables.cells("甲 | 乙") is None  # two cells and one bar: no table row


def test_numbers_take_units_from_the_row_or_the_header() -> None:
    row = tables.cells("| 社会消费品零售总额 | 亿元 | 3.14 | 4.9 | 100.9 |")
    header = tables.cells(HEADER)
    assert row is not None and header is not None
    assert tables.numbers(row, header, UNIT_SET) == [("3.14", "亿元"), ("4.9", "%"), ("100.9", "%")]
    # With no header in sight, the row's unit cell counts the first number after it only.
    assert tables.numbers(row, (), UNIT_SET) == [("3.14", "亿元"), ("4.9", ""), ("100.9", "")]
    projects = tables.cells("项目名称 | 总投资(万元) | 年度完成投资(万元) | 进度")
    road = tables.cells("茶园产业路 | 3200 | 1620 | 完工")
    assert projects is not None and road is not None
    assert tables.numbers(road, projects, UNIT_SET) == [("3200", "万元"), ("1620", "万元")]


def test_figures_of_a_row_are_its_bare_numbers_with_units() -> None:
    found = figures("| 接待游客 | 万人次 | 38.6 | 16.8 | 110.3 |", header=HEADER)
    # (Counted in 人次 with its 万 left to the number, as "38.6万人次" in prose is read.)
    assert [(f.text, f.unit) for f in found] == [("38.6", "人次"), ("16.8", "%"), ("110.3", "%")]
    assert figures("| 地区生产总值 | 48.6亿元 | 增长5.8% |")[0].text == "48.6亿元"


def test_a_row_is_told_under_its_headers_names() -> None:
    row = "| 社会消费品零售总额 | 亿元 | 3.14 | 4.9 | 100.9 |"
    assert tables.spoken(row, HEADER, UNIT_SET) == (
        "社会消费品零售总额，2024年完成3.14亿元，同比增长4.9%，完成年度目标100.9%"
    )
    # Rows and header that do not line up are told as written.
    assert tables.spoken(row, "| 指标 | 单位 |", UNIT_SET) == row


def test_chunks_of_rows_keep_their_header_in_the_section() -> None:
    report = _report()
    chunks = chunk_report(report, max_chars=120)
    check_invariants(report, chunks, 120)
    tourists = chunk_with("接待游客", chunks)
    assert HEADER not in tourists.text  # cut off from its header by the chunk size
    assert tourists.section.endswith("表：指标 | 单位 | 2024年完成 | 同比增长(%) | 完成年度目标(%)")
    at = tourists.text.index("| 接待")
    assert tables.cells(tables.header_for(tourists.text, tourists.section, at)) == tables.cells(
        HEADER
    )
    after = chunk_with("新建高标准农田", chunks)
    assert HEADER not in after.section  # the table ends with its rows
    assert chunk_with("全年经济运行", chunks).section == "一、主要经济指标"


def test_a_figure_only_the_table_gives_is_answered_from_its_row() -> None:
    result = _ask("荷塘乡2024年实际利用内资是多少？")
    assert not result.abstained
    assert "2.76亿元" in result.text and "[1]" in result.text
    quote = result.citations[0].quote
    assert quote == "| 实际利用内资 | 亿元 | 2.76 | 12.3 | 105.7 |" and quote in REPORT
    tourists = _ask("荷塘乡2024年接待游客多少万人次？")
    assert "38.6万人次" in tourists.text
    assert _ask("荷塘乡2024年城镇居民人均可支配收入是多少？").abstained
