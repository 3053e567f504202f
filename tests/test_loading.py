"""Loading report files: encodings, formats, debris, bad input and the manifest."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from retrieval.loading import (
    LoadError,
    detect_date,
    detect_title,
    iter_report_files,
    load_manifest,
    load_report,
)
from retrieval.settings import CORPUS_DIR, REPORTS_DIR
from retrieval.text import clean, load_thesaurus, normalize, parse_thesaurus

REPORT = (
    "2023年工作总结\n"
    "过去的一年，龙潭镇坚持以人民为中心。\n"
    "一、安全生产\n"
    "龙潭镇排查重大隐患3项，全部整改到位。龙潭镇新修道路12公里。\n"
)


def _one_line_error(path: Path) -> str:
    with pytest.raises(LoadError) as info:
        load_report(path, path.parent)
    message = str(info.value)
    assert "\n" not in message and path.name in message
    return message


def test_normalize_folds_width_and_invisible_characters() -> None:
    assert normalize("２０２５年\u200bＡＢ（一）\u3000 x\n y") == "2025年AB(一) x y"
    assert normalize("\ufeff卢峰镇") == "卢峰镇"


def test_clean_removes_debris_and_keeps_wording() -> None:
    raw = "\ufeff标题\r\n[bookmark: _GoBack]（一）强化党建。  \r\n"
    raw += "[bookmark: _Hlk151910649]——推进\x00\n"
    assert clean(raw) == "标题\n（一）强化党建。\n——推进"
    assert clean("见[]{#_Toc1 .anchor}附件{.underline}") == "见附件"
    assert clean("集合{1,2}不动") == "集合{1,2}不动"


def test_utf8_report_with_bom_and_manifestless_detection(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "report.txt"
    path.parent.mkdir()
    data = "\ufeff".encode() + REPORT.encode()
    path.write_bytes(data)
    report = load_report(path, tmp_path)
    assert report.doc_id == report.source == "sub/report.txt"
    assert report.content_hash == hashlib.sha256(data).hexdigest()
    assert report.text.startswith("2023年工作总结")
    assert (report.town, report.period, report.title) == ("龙潭镇", "2023", "龙潭镇2023年工作总结")


def test_gbk_file_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes(REPORT.encode("gbk"))
    report = load_report(path, tmp_path)
    assert report.text == REPORT.strip()
    assert report.town == "龙潭镇"


def test_empty_whitespace_and_binary_files_are_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text(" \n\u3000\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "empty" in _one_line_error(tmp_path / "empty.txt")
    assert "no text" in _one_line_error(tmp_path / "blank.md")
    assert "binary" in _one_line_error(tmp_path / "image.txt")


def test_missing_and_unsupported_files(tmp_path: Path) -> None:
    assert "no such file" in _one_line_error(tmp_path / "nope.txt")
    (tmp_path / "data.xlsx").write_bytes(b"PK")
    assert "unsupported" in _one_line_error(tmp_path / "data.xlsx")
    with pytest.raises(LoadError, match="no such file or folder"):
        iter_report_files([tmp_path / "missing"])


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("北斗溪镇2025年上半年工作总结")
    doc.add_paragraph("[bookmark: _GoBack]北斗溪镇组织开展人居环境整治。")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "数量"
    table.cell(1, 0).text, table.cell(1, 1).text = "垃圾桶", "400余个"
    doc.add_paragraph("表后段落。")
    path = tmp_path / "r.docx"
    doc.save(str(path))
    report = load_report(path, tmp_path)
    assert report.text.splitlines() == [
        "北斗溪镇2025年上半年工作总结",
        "北斗溪镇组织开展人居环境整治。",
        "项目 | 数量",
        "垃圾桶 | 400余个",
        "表后段落。",
    ]
    assert (report.town, report.period) == ("北斗溪镇", "2025H1")


def test_docx_cells_that_read_alike_are_kept_and_merged_cells_told_once(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_paragraph("金鸡镇2024年工作总结")
    table = doc.add_table(rows=2, cols=4)
    for i, word in enumerate(["项目", "计划投资(万元)", "完成投资(万元)", "进度"]):
        table.cell(0, i).text = word
    for i, word in enumerate(["荷叶塘水库", "500", "500", "完工"]):
        table.cell(1, i).text = word
    merged = table.add_row()
    merged.cells[0].merge(merged.cells[3]).text = "合计另表"
    path = tmp_path / "r.docx"
    doc.save(str(path))
    lines = load_report(path, tmp_path).text.splitlines()
    assert lines[2] == "荷叶塘水库 | 500 | 500 | 完工"
    assert lines[3] == "合计另表"


def test_corrupt_docx_and_pdf(tmp_path: Path) -> None:
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 this is not a zip archive at all")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    assert ".docx" in _one_line_error(tmp_path / "bad.docx")
    assert "PDF" in _one_line_error(tmp_path / "bad.pdf")


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF whose text layer holds `text` (ASCII, Helvetica)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_pdf_text_layer_and_empty_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report 2023.pdf"
    path.write_bytes(_pdf("Work report 2023"))
    report = load_report(path, tmp_path)
    assert report.text == "Work report 2023"
    assert report.period == "2023"
    (tmp_path / "scan.pdf").write_bytes(_pdf(""))
    assert "no text layer" in _one_line_error(tmp_path / "scan.pdf")


def test_iter_report_files_recurses_and_skips_hidden(tmp_path: Path) -> None:
    for name in ["a.txt", "b/c.md", "b/d.docx", "e.pdf", ".hidden.txt", ".git/x.txt", "f.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "~$temp.docx").write_bytes(b"x")
    (tmp_path / "thesaurus.txt").write_bytes(b"x")
    found = iter_report_files([tmp_path, tmp_path / "a.txt"])
    assert [(f.relative_to(tmp_path).as_posix(), r) for f, r in found] == [
        ("a.txt", tmp_path),
        ("b/c.md", tmp_path),
        ("b/d.docx", tmp_path),
        ("e.pdf", tmp_path),
    ]


def test_manifest_beside_files_wins_over_detection(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(REPORT, encoding="utf-8")
    entry = {"town": "黄茅园镇", "period": "2024", "title": "T", "date": "2025-01-02"}
    (tmp_path / "manifest.json").write_text(json.dumps({"x.txt": entry}), encoding="utf-8")
    report = load_report(tmp_path / "x.txt", tmp_path)
    assert (report.town, report.period, report.title, report.date) == (
        "黄茅园镇",
        "2024",
        "T",
        "2025-01-02",
    )
    assert load_manifest(tmp_path)["x.txt"].town == "黄茅园镇"
    (tmp_path / "manifest.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(LoadError, match="manifest is not valid JSON"):
        load_manifest(tmp_path)


def test_title_and_date_detection() -> None:
    assert detect_date("发布时间:2022-01-20 16:47 信息来源:县溪镇人民政府\n正文") == "2022-01-20"
    assert detect_date("标题\n\n中共北斗溪镇委员会\n（２０２５年７月４日）") == "2025-07-04"
    assert detect_title("政府工作报告\n各位代表：", Path("2024年国务院政府工作报告.txt")) == (
        "2024年国务院政府工作报告"
    )
    assert detect_title("长长的一段正文。", Path("001_abc.txt")) == "001_abc"
    assert detect_title("# 金竹乡2024年上半年工作总结\n\n## 一、", Path("a.md")) == (
        "金竹乡2024年上半年工作总结"
    )


def test_a_report_with_no_title_of_its_own_is_titled_by_its_town_and_period(
    tmp_path: Path,
) -> None:
    """A citation names a report a reader can find: not the hash a web page was saved under."""
    bare = tmp_path / "002_19d0292b81d7353a.txt"
    bare.write_text("2025年上半年，青石镇排查隐患5项。青石镇上半年工作总结如下。青石镇。", "utf-8")
    assert load_report(bare, tmp_path).title == "青石镇2025年上半年工作总结"
    headed = tmp_path / "000_1f756afb12b7db4d.txt"
    headed.write_text(REPORT, encoding="utf-8")
    assert load_report(headed, tmp_path).title == "龙潭镇2023年工作总结"
    named = tmp_path / "龙潭镇2023年总结.txt"
    named.write_text("过去的一年，龙潭镇排查隐患3项。", encoding="utf-8")
    assert load_report(named, tmp_path).title == "龙潭镇2023年总结"


def test_a_markdown_reports_headings_are_its_sections(tmp_path: Path) -> None:
    from retrieval.chunking import chunk_report

    report = tmp_path / "015_e5a7c9d1f3b20846.md"
    report.write_text(
        "# 金竹乡2024年上半年工作总结\n\n## 一、上半年主要工作\n\n### （一）抓党建\n\n"
        "上半年发展党员6名。\n\n## 三、下半年工作安排\n\n全年发展党员12名以上。\n",
        encoding="utf-8",
    )
    loaded = load_report(report, tmp_path)
    assert loaded.title == "金竹乡2024年上半年工作总结" and "#" not in loaded.text
    sections = {c.section for c in chunk_report(loaded)}
    assert "一、上半年主要工作 > （一）抓党建" in sections
    assert "三、下半年工作安排" in sections


def test_a_half_year_told_by_its_months_or_as_half_a_year_is_the_first_half() -> None:
    from retrieval.places import detect_period

    for title, period in [
        ("石门乡2024年1-6月工作总结", "2024H1"),
        ("石门乡2024年1—6月份工作总结", "2024H1"),
        ("石门乡2024年半年工作总结", "2024H1"),
        ("石门乡2024年7-12月工作总结", "2024H2"),
        ("石门乡2024年度工作总结", "2024"),
    ]:
        assert detect_period(title, "x.txt", f"{title}\n正文", "") == period


def test_the_reports_written_for_testing_are_read_for_their_town_period_and_title() -> None:
    """The township reports in corpus/qa/towns/reports, named by file names that say nothing:
    their towns (青石 and 桃源 are words too), periods and titles come from their text."""
    folder = CORPUS_DIR / "qa" / "towns" / "reports"
    found = {
        path.name[:3]: (report.town, report.period, report.title)
        for path in sorted(folder.iterdir())
        for report in [load_report(path, folder)]
    }
    assert found["010"] == ("青石镇", "2024", "青石镇2024年工作总结")
    assert found["012"][:2] == ("白沙乡", "2025H1")
    assert found["013"][:2] == ("枫林街道", "2024")
    assert found["015"] == ("金竹乡", "2024H1", "金竹乡2024年上半年工作总结")
    assert found["016"][:2] == ("桃源乡", "2023")
    assert found["018"][:2] == ("双河口镇", "2024H1")
    assert found["052"][:2] == ("龙潭镇", "2025M9")  # 前三季度
    assert found["057"] == ("金鸡镇", "2024", "金鸡镇2024年工作总结")  # a Word file


def test_shipped_corpus_matches_manifest() -> None:
    manifest = load_manifest(CORPUS_DIR)
    files = iter_report_files([REPORTS_DIR])
    assert sorted(f.name for f, _ in files) == sorted(manifest)
    for path, root in files:
        report = load_report(path, root)
        entry = manifest[path.name]
        assert (report.town, report.period) == (entry.town, entry.period)
        assert path.name == f"{entry.town}_{entry.period}.txt"
        assert "[bookmark" not in report.text


def test_thesaurus_file_parses_and_tolerates_bad_lines(caplog: pytest.LogCaptureFixture) -> None:
    entries = dict(load_thesaurus(CORPUS_DIR / "thesaurus.txt"))
    assert len(entries) >= 80
    assert "砍树的证" in entries["采伐证"] and "看林子的人" in entries["护林员"]
    assert "严重隐患" in entries["重大隐患"]
    parsed = parse_thesaurus(["# c", "", "a = b，c、d # note", "no equals", "= x", "e = "])
    assert parsed == [("a", ["b", "c", "d"])]
    assert caplog.text.count("skipped") == 3
    assert load_thesaurus(Path("/nonexistent/thesaurus.txt")) == []
    # Questions are read lower-cased: a variant in capitals still matches them.
    assert parse_thesaurus(["生产总值 = GDP"]) == [("生产总值", ["gdp"])]


def test_a_subscript_on_a_line_of_its_own_is_joined_to_its_word() -> None:
    from retrieval.text import clean

    assert clean("广义货币M\n2\n增长11.3%，细颗粒物（PM\n2.5\n）浓度下降") == (
        "广义货币M2增长11.3%，细颗粒物（PM2.5）浓度下降"
    )
    assert clean("第一段\n2\n第二段") == "第一段\n2\n第二段"


def test_a_page_break_inside_a_sentence_is_joined() -> None:
    from retrieval.text import clean

    # A web page's line holding only a zero-width space, between the halves of a sentence.
    text = "国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。\n\u200b\n各位代表！"
    assert clean(text) == "国内生产总值达到74.4万亿元，增长6.7%。\n\n各位代表！"
    # After a sentence's end, or with no zero-width line, the paragraphs stay apart.
    assert clean("第一段。\n\u200b\n第二段") == "第一段。\n\n第二段"
    assert clean("一、工作回顾\n\n国内生产总值") == "一、工作回顾\n\n国内生产总值"
