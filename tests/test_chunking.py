"""Chunking follows headings, enumerations and sentences, with exact offsets."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from retrieval.chunking import chunk_report, split_sentences
from retrieval.models import Chunk, Report

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


def make_report(text: str, doc_id: str = "镇_2025H1.txt") -> Report:
    return Report(
        doc_id=doc_id, source=doc_id, title="工作总结", town="某镇", period="2025H1", text=text
    )


def check_invariants(report: Report, chunks: list[Chunk], max_chars: int) -> None:
    """Offsets exact, stripped, ordered, disjoint, within max_chars, every character covered."""
    text = report.text
    covered = [False] * len(text)
    last_end = 0
    for c in chunks:
        assert c.text == text[c.start : c.end]
        assert c.text and c.text == c.text.strip()
        assert c.start >= last_end
        assert len(c.text) <= max_chars
        last_end = c.end
        covered[c.start : c.end] = [True] * (c.end - c.start)
        expected_id = hashlib.sha1(f"{c.doc_id}:{c.start}:{c.end}:{c.text}".encode()).hexdigest()
        assert c.chunk_id == expected_id[:16]
        assert (c.doc_id, c.source, c.title, c.town, c.period) == (
            report.doc_id,
            report.source,
            report.title,
            report.town,
            report.period,
        )
    missed = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    assert not missed, f"uncovered characters at {missed[:5]}"


def chunk_with(needle: str, chunks: list[Chunk]) -> Chunk:
    return next(c for c in chunks if needle in c.text)


SAMPLE = "\n".join(
    [
        "2025年上半年工作总结",
        "今年以来，全镇上下团结一心，各项工作稳步推进。",
        "一、上半年工作开展情况",
        "(一)强党建,奏响基层治理新强音",
        "一是扎实推进学习教育。开展集中学习12次，覆盖党员300人。",
        "二是深入实施培优工程。新发展党员5名。",
        "（二）深耕文旅发展，答好乡村振兴“新考卷”。一是持续激发人才活力。引进人才8名。",
        "——深化理论学习，提升站位“明方向”。一是旗帜鲜明讲政治。组织专题学习7次。",
        "二、存在的问题",
        "一是产业发展动能不足；二是基础设施建设水平与群众需求存在差距。",
        "三、下半年工作打算",
        "1、持续提质基础建设。计划新修道路3公里。",
        "（1）完善集镇功能。新建停车场1处。",
    ]
)


def test_sections_follow_heading_path() -> None:
    report = make_report(SAMPLE)
    chunks = chunk_report(report, max_chars=300, min_chars=10)
    check_invariants(report, chunks, 300)
    assert chunk_with("开展集中学习12次", chunks).section == (
        "一、上半年工作开展情况 > (一)强党建,奏响基层治理新强音"
    )
    assert chunk_with("引进人才8名", chunks).section == (
        "一、上半年工作开展情况 > （二）深耕文旅发展，答好乡村振兴“新考卷”"
    )
    assert chunk_with("组织专题学习7次", chunks).section == (
        "一、上半年工作开展情况 > （二）深耕文旅发展，答好乡村振兴“新考卷” > "
        "深化理论学习，提升站位“明方向”"
    )
    assert chunk_with("产业发展动能不足", chunks).section == "二、存在的问题"
    assert chunk_with("新修道路3公里", chunks).section == (
        "三、下半年工作打算 > 1、持续提质基础建设"
    )
    assert chunk_with("新建停车场1处", chunks).section == (
        "三、下半年工作打算 > 1、持续提质基础建设 > （1）完善集镇功能"
    )
    assert chunk_with("团结一心", chunks).section == ""


def test_bare_heading_lines_attach_to_following_text() -> None:
    report = make_report(SAMPLE)
    chunks = chunk_report(report, max_chars=300, min_chars=10)
    for heading in ("一、上半年工作开展情况", "二、存在的问题", "三、下半年工作打算"):
        chunk = chunk_with(heading, chunks)
        assert chunk.text.startswith(heading)
        assert len(chunk.text) > len(heading) + 5, "a bare heading must not stand alone"
    first = chunk_with("一、上半年工作开展情况", chunks)
    assert "(一)强党建" in first.text and "一是扎实推进学习教育" in first.text


def test_inline_heading_scope_ends_at_plain_paragraph() -> None:
    text = (
        "一、工作总结\n"
        "(一)党建强根铸魂,基础夯实。一是组织学习10次。\n"
        "二是新发展党员3名。\n"
        "在看到发展成绩的同时,我们还清醒地认识到,当前仍面临不少困难。\n"
        "二、工作计划\n"
        "立足新发展阶段,坚持稳中求进。"
    )
    chunks = chunk_report(make_report(text), max_chars=300, min_chars=5)
    assert chunk_with("新发展党员3名", chunks).section == "一、工作总结 > (一)党建强根铸魂,基础夯实"
    assert chunk_with("清醒地认识到", chunks).section == "一、工作总结"
    assert chunk_with("稳中求进", chunks).section == "二、工作计划"


def test_lines_of_figures_are_items_not_headings() -> None:
    """Key figures listed as "（一）…。" lines before the first section are no headings: the
    sections after keep their own path."""
    text = (
        "上半年主要经济指标完成情况\n"
        "（一）地区生产总值4.86亿元，同比增长5.8%。\n"
        "（二）固定资产投资1.64亿元，同比增长11.2%。\n"
        "一、上半年工作开展情况\n"
        "（一）坚持党建引领\n"
        "一是发展党员5名。\n"
        "二、下半年工作计划\n"
        "（一）聚焦产业发展\n"
        "一是新发展茶园800亩。"
    )
    chunks = chunk_report(make_report(text), max_chars=300, min_chars=5)
    assert (
        chunk_with("发展党员5名", chunks).section == "一、上半年工作开展情况 > （一）坚持党建引领"
    )
    assert chunk_with("茶园800亩", chunks).section == "二、下半年工作计划 > （一）聚焦产业发展"


def test_half_width_and_numbered_heading_styles() -> None:
    text = "1.坚持党建引领，锻造新引擎。一是深化党建。\n(1)抓学习。学习5次。\n(一)抓队伍。培训2次。"
    chunks = chunk_report(make_report(text), max_chars=300, min_chars=1)
    assert chunk_with("学习5次", chunks).section == "1.坚持党建引领，锻造新引擎 > (1)抓学习"
    assert chunk_with("培训2次", chunks).section == (
        "1.坚持党建引领，锻造新引擎 > (1)抓学习 > (一)抓队伍"
    )


def test_long_heading_title_is_trimmed() -> None:
    title = "（一）" + "坚持守正创新谋划推进新时代基层党组织建设" * 3
    text = title + "。全面深化党支部标准化建设。"
    chunks = chunk_report(make_report(text))
    assert len(chunks[0].section) <= 41 + 3
    assert chunks[0].section.startswith("（一）坚持守正创新")


def test_enumerations_split() -> None:
    items = [
        f"{n}是{topic}。"
        + f"全年完成{topic}任务{k}项，覆盖村组{k * 3}个，投入资金{k * 10}万元。" * 3
        for n, topic, k in (("一", "道路硬化", 12), ("二", "安全饮水", 7), ("三", "危房改造", 5))
    ]
    text = "（一）夯实民生底盘，绘就幸福生活“新篇章”。" + "".join(items)
    chunks = chunk_report(make_report(text), max_chars=300)
    check_invariants(make_report(text), chunks, 300)
    starts = [c.text[:2] for c in chunks]
    assert starts == ["（一", "二是", "三是"], starts
    assert "一是道路硬化" in chunks[0].text
    for chunk in chunks:
        assert sum(topic in chunk.text for topic in ("道路硬化", "安全饮水", "危房改造")) == 1


def test_short_items_share_a_chunk() -> None:
    text = "（二）稳民生。一是低保审核28户。二是医保参保96%。三是危房改造5户。"
    chunks = chunk_report(make_report(text), max_chars=300)
    assert len(chunks) == 1 and chunks[0].text == text


def test_sentences_packed_without_cutting_inside() -> None:
    sentences = [f"第{i}句话说明全镇完成了一项重要工作任务{i}件。" for i in range(40)]
    text = "".join(sentences)
    report = make_report(text)
    chunks = chunk_report(report, max_chars=120)
    check_invariants(report, chunks, 120)
    ends = {e for _, e in split_sentences(text)}
    assert all(c.end in ends for c in chunks)
    assert len(chunks) > 1
    assert all(len(c.text) > 120 - 30 for c in chunks[:-1]), "sentences should be packed"


def test_oversized_sentence_cut_at_commas_then_hard() -> None:
    with_commas = "，".join(f"村组{i}完成道路硬化工程" for i in range(60)) + "。"
    report = make_report(with_commas)
    chunks = chunk_report(report, max_chars=100)
    check_invariants(report, chunks, 100)
    assert len(chunks) > 1
    assert all(c.text.endswith("，") for c in chunks[:-1])
    no_punct = "镇" * 250
    report = make_report(no_punct)
    chunks = chunk_report(report, max_chars=100)
    check_invariants(report, chunks, 100)
    assert [len(c.text) for c in chunks] == [100, 100, 50]


def test_tiny_fragment_merged_into_neighbour() -> None:
    paragraph = "全镇共完成人居环境整治工作" + "，开展集中清理行动" * 9 + "。"
    text = "二、存在的问题\n" + paragraph + "\n成效明显。"
    chunks = chunk_report(make_report(text), max_chars=200, min_chars=40)
    assert len(chunks) == 1
    assert chunks[0].text.endswith("成效明显。")
    # Without the merge the short last paragraph would stand alone.
    assert len(chunk_report(make_report(text), max_chars=200, min_chars=0)) == 2


def test_split_sentences_spans() -> None:
    text = " 他说：“好。”然后走了！\n第二行没有句号\n第三句；第四句？ "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "他说：“好。”",
        "然后走了！",
        "第二行没有句号",
        "第三句；",
        "第四句？",
    ]
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_empty_and_whitespace_reports() -> None:
    assert chunk_report(make_report("")) == []
    assert chunk_report(make_report("\n \n")) == []


def test_chunk_ids_stable_and_distinct() -> None:
    report = make_report(SAMPLE)
    first = chunk_report(report, min_chars=10)
    again = chunk_report(report, min_chars=10)
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    assert len({c.chunk_id for c in first}) == len(first)
    other = chunk_report(make_report(SAMPLE, doc_id="other.txt"), min_chars=10)
    assert not {c.chunk_id for c in first} & {c.chunk_id for c in other}


ALPHABET = [
    *"镇村党建一二三四五六七八九十是、，,。！？；;!?：“”（）()——.1234567890 \n\t",
    "一、",
    "（一）",
    "(2)",
    "3.",
    "4、",
    "——",
    "一是",
    "二是",
    "\n\n",
    "[bookmark: _GoBack]",
]


@pytest.mark.parametrize("seed", range(200))
def test_random_text_keeps_invariants(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 600)))
    max_chars = rng.choice([5, 20, 60, 300])
    min_chars = rng.choice([0, 10, 40])
    report = make_report(text)
    chunks = chunk_report(report, max_chars=max_chars, min_chars=min_chars)
    check_invariants(report, chunks, max_chars)
    for s, e in split_sentences(text):
        assert text[s:e] == text[s:e].strip() and s < e


needs_seeds = pytest.mark.skipif(not SEED_FILES, reason="../shared/seeds is not present")


def seed_report(prefix: str) -> Report:
    path = next(p for p in SEED_FILES if p.name.startswith(prefix))
    return make_report(path.read_text(encoding="utf-8"), doc_id=path.name)


@needs_seeds
@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_reports_offsets_and_coverage(path: Path) -> None:
    report = make_report(path.read_text(encoding="utf-8"), doc_id=path.name)
    chunks = chunk_report(report)
    check_invariants(report, chunks, 300)
    assert len(chunks) >= 10


@needs_seeds
def test_seed_tongxihe_sections() -> None:
    chunks = chunk_report(seed_report("002"))
    sections = {c.section for c in chunks}
    assert "一、上半年工作开展情况 > (三)全域发力织密网,筑牢安全防护墙" in sections
    assert "二、存在的问题" in sections
    assert "三、2025年下半年工作打算" in sections
    problems = chunk_with("产业发展动能不足", chunks)
    assert problems.section == "二、存在的问题"
    # Each 一是/二是/三是 line under a subsection opens its own chunk.
    safety = [c for c in chunks if c.section.endswith("筑牢安全防护墙")]
    assert any(c.text.startswith("二是") for c in safety)
    assert any(c.text.startswith("三是") for c in safety)


@needs_seeds
def test_seed_beidouxi_2025_sections() -> None:
    chunks = chunk_report(seed_report("000"))
    sections = {c.section for c in chunks}
    assert "1、工作开展情况 > （四）筑牢平安防线，构建全域安全“新格局”" in sections
    assert "2、主要成效及亮点 > （2）引人才促发展，打造校地合作标杆" in sections
    assert "3、存在的问题及不足" in sections
    assert "4、下半年工作打算 > （三）进一步营造文旅小镇氛围" in sections
    assert not any(c.text.strip() in ("1、 工作开展情况", "3、 存在的问题及不足") for c in chunks)


@needs_seeds
def test_seed_dash_headings() -> None:
    chunks = chunk_report(seed_report("001"))
    sections = [c.section for c in chunks]
    for title in (
        "深化理论学习，提升站位“明方向”",
        "主动担当作为，凝心聚力“促发展”",
        "推进乡村振兴，锚定目标“闯创干”",
        "维护社会稳定，求真务实“抓创建”",
        "推进社会事业，守好底线“惠民生”",
    ):
        assert title in sections
    # The 二是 line after the last dash paragraph stays under that heading.
    assert chunk_with("社保收缴工作完成5896人", chunks).section == "推进社会事业，守好底线“惠民生”"


def test_numbered_lines_ending_in_a_semicolon_are_list_items() -> None:
    text = (
        "（二）关于经济体制改革\n"
        "今年价格改革的主要内容是：\n"
        "一、合理调整农村粮食购销价格和棉花收购价格并实行合同定购；\n"
        "二、适当提高铁路短途运价；\n"
        "三、对原材料、燃料等重要生产资料，实行市场调节。\n"
        "这个改革方案是积极而又稳妥的。"
    )
    chunks = chunk_report(make_report(text), max_chars=300, min_chars=5)
    for words in ("铁路短途运价", "原材料、燃料", "积极而又稳妥"):
        assert chunk_with(words, chunks).section == "（二）关于经济体制改革"


def test_a_dateline_under_the_title_is_no_heading() -> None:
    # Taken as a dash heading, the dateline would set the dash style first, and the part's own
    # dash headings would close 一、2021年工作回顾, losing the year the part reviews.
    text = (
        "政府工作报告\n"
        "——2022年3月5日在第十三届全国人民代表大会第五次会议上\n"
        "各位代表：\n"
        "一、2021年工作回顾\n"
        "过去一年是具有里程碑意义的一年。\n"
        "——经济保持恢复发展。城镇新增就业1269万人，城镇调查失业率平均为5.1%。\n"
        "二、2022年经济社会发展总体要求和政策取向\n"
        "今年城镇新增就业1100万人以上。"
    )
    chunks = chunk_report(make_report(text), max_chars=300, min_chars=5)
    assert chunk_with("1269万人", chunks).section == "一、2021年工作回顾 > 经济保持恢复发展"
    assert chunk_with("1100万人", chunks).section == "二、2022年经济社会发展总体要求和政策取向"
    assert not any("3月5日" in c.section for c in chunks)
