"""The evaluation harness: figures equal hand-computed values, reports, gates and the command."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from retrieval import cmrc
from retrieval.evaluation import (
    check,
    compare,
    compare_table,
    evaluate,
    evaluate_to_dir,
    format_failures,
    percentile,
    run_questions,
    summary_line,
    support_rank,
)
from retrieval.models import Answer, Citation, Passage
from retrieval.qaset import QAItem

REPORT = "甲镇_2025H1.txt"
REPORT_TEXT = "甲镇上半年共排查重大隐患2项、一般隐患73项，均已整改。\n甲镇化解纠纷67起。"


def qa(id_: str, type_: str, support: list[str], must: list[str]) -> QAItem:
    return QAItem(
        id=id_,
        question=f"问题{id_}",
        type=type_,
        doc=[REPORT] if support else [],
        must_contain=must,
        support=support,
    )


ITEMS = [
    qa("q1", "fact", ["重大隐患2项"], ["2项"]),
    qa("q2", "multi-part", ["重大隐患2项", "化解纠纷67起"], ["2项", "67起"]),
    qa("q3", "fact", ["一般隐患73项"], ["73项"]),
    qa("q4", "unanswerable", [], []),
    qa("q5", "unanswerable", [], []),
]


def cite(quote: str) -> dict[str, object]:
    return {"n": 1, "doc_id": REPORT, "source": REPORT, "quote": quote}


def passages(*texts: str) -> list[dict[str, object]]:
    return [{"doc_id": REPORT, "section": "一、安全", "text": t} for t in texts]


CONTRACTS: dict[str, dict[str, Any]] = {
    # support at rank 2; answer right; citation verbatim
    "问题q1": {
        "answer": "共排查重大隐患2项[1]",
        "abstained": False,
        "citations": [cite("重大隐患2项")],
        "passages": passages("无关的话", "共排查重大隐患2项、一般"),
        "latency_ms": 10,
    },
    # second support only at rank 4 (a space and a full-width digit still match); a figure
    # missing from the answer; a citation whose quote is not in the report
    "问题q2": {
        "answer": "化解纠纷67起",
        "abstained": False,
        "citations": [cite("化解纠纷68起")],
        "passages": passages("甲镇化解纠纷67起。", "x", "y", "重大 隐患２项"),
        "latency_ms": 20,
    },
    # nothing retrieved, wrongly abstained
    "问题q3": {"answer": "报告未提及。", "abstained": True, "passages": [], "latency_ms": 30},
    "问题q4": {"answer": "报告未提及。", "abstained": True, "latency_ms": 40},
    "问题q5": {"answer": "随便说一个数", "abstained": False, "latency_ms": 50},
}


def fake_run(question: str) -> Mapping[str, Any]:
    return CONTRACTS[question]


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / REPORT).write_text(REPORT_TEXT, encoding="utf-8")
    return folder


def test_support_rank_is_where_the_last_support_is_first_found() -> None:
    texts = ["b 在这里", "a 在这里", "a 和 b"]
    assert support_rank(["a"], texts) == (2, [])
    assert support_rank(["a", "b"], texts) == (2, [])
    assert support_rank(["a", "c"], texts) == (None, ["c"])
    assert support_rank([], texts) == (None, [])


def test_percentile_interpolates_like_numpy() -> None:
    values = [50.0, 10.0, 40.0, 20.0, 30.0]
    assert percentile(values, 50) == 30.0
    assert percentile(values, 95) == pytest.approx(48.0)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) is None


def test_metrics_equal_hand_computed_values(reports: Path) -> None:
    results = run_questions(ITEMS, fake_run, reports, progress=False)
    assert [r.rank for r in results] == [2, 4, None, None, None]
    assert [r.correct for r in results] == [True, False, False, True, False]
    m = evaluate(results).overall
    assert (m.n, m.answerable, m.unanswerable, m.scored) == (5, 3, 2, 3)
    assert m.hit == {
        1: 0.0,
        3: pytest.approx(1 / 3),
        5: pytest.approx(2 / 3),
        10: pytest.approx(2 / 3),
    }
    assert m.mrr == pytest.approx((1 / 2 + 1 / 4 + 0) / 3)
    assert m.acc == pytest.approx(1 / 3)
    assert m.abstain_precision == pytest.approx(1 / 2)  # q3, q4 abstained; q4 rightly
    assert m.abstain_recall == pytest.approx(1 / 2)  # of q4, q5 only q4
    assert m.false_abstain == pytest.approx(1 / 3)
    assert (m.cite, m.citations) == (pytest.approx(1 / 2), 2)
    assert (m.p50_ms, m.p95_ms) == (30.0, pytest.approx(48.0))


def test_metrics_per_type(reports: Path) -> None:
    by_type = evaluate(run_questions(ITEMS, fake_run, reports, progress=False)).by_type
    assert list(by_type) == ["fact", "multi-part", "unanswerable"]
    fact = by_type["fact"]
    assert (fact.hit[1], fact.hit[3], fact.mrr, fact.acc) == (0.0, 0.5, 0.25, 0.5)
    assert by_type["multi-part"].mrr == 0.25 and by_type["multi-part"].acc == 0.0
    unanswerable = by_type["unanswerable"]
    assert unanswerable.hit[1] is None and unanswerable.acc is None
    assert unanswerable.abstain_recall == 0.5


def test_a_failing_run_is_scored_as_a_miss_not_a_crash(reports: Path) -> None:
    def broken(question: str) -> Mapping[str, Any]:
        raise RuntimeError("index gone")

    results = run_questions(ITEMS[:1], broken, reports, progress=False)
    assert results[0].error == "RuntimeError: index gone"
    assert not results[0].correct and results[0].failed


def test_report_files_and_first_line(tmp_path: Path, reports: Path) -> None:
    out = tmp_path / "out"
    result, _ = evaluate_to_dir(ITEMS, fake_run, out, reports, progress=False)
    first = (out / "report.md").read_text("utf-8").splitlines()[0]
    pattern = (
        r"hit@1=\d\.\d{3} hit@3=\d\.\d{3} hit@5=\d\.\d{3} hit@10=\d\.\d{3} "
        r"mrr=\d\.\d{3} acc=\d\.\d{3} abstain=\d\.\d{3} cite=\d\.\d{3}"
    )
    assert re.fullmatch(pattern, first)
    assert first == summary_line(result.overall)
    assert first.startswith("hit@1=0.000 hit@3=0.333 hit@5=0.667 hit@10=0.667 mrr=0.250 acc=0.333")
    assert "| multi-part | 1 |" in (out / "report.md").read_text("utf-8")
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], r["hit_rank"], r["correct"]) for r in lines][:2] == [
        ("q1", 2, True),
        ("q2", 4, False),
    ]
    assert lines[0]["passages"][1] == {
        "doc_id": REPORT,
        "section": "一、安全",
        "text": "共排查重大隐患2项、一般",
    }
    assert lines[1]["citations"][0]["valid"] is False
    assert (out / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_thresholds(reports: Path) -> None:
    m = evaluate(run_questions(ITEMS, fake_run, reports, progress=False)).overall
    assert check(m, {"hit5": 0.6, "mrr": 0.25, "acc": None}) == []
    failures = check(m, {"hit1": 0.5, "cite": 0.9, "abstain": 0.4})
    assert failures == [
        "hit@1 0.000 is below the required 0.500",
        "cite 0.500 is below the required 0.900",
    ]


def test_failure_listing_shows_expectations_passages_and_answer(reports: Path) -> None:
    text = format_failures(run_questions(ITEMS, fake_run, reports, progress=False))
    assert "✗ q1 " not in text  # q1 passed
    assert "✗ q2 [multi-part] 问题q2" in text and "answer lacks 2项" in text
    assert "support rank 4" in text and "1. 甲镇_2025H1.txt · 一、安全: 甲镇化解纠纷67起。" in text
    assert "bad citation [1]" in text
    assert "✗ q3" in text and "abstained on an answerable question" in text
    assert "✗ q5" in text and "answered an unanswerable question" in text
    assert "✗ q4" not in text


def test_compare_table_has_one_row_per_setup(reports: Path) -> None:
    def bare(question: str) -> Mapping[str, Any]:
        return {"answer": "", "passages": []}

    table = compare_table(compare(ITEMS, {"good": fake_run, "bare": bare}, reports, progress=False))
    rows = table.splitlines()
    assert rows[0] == "| set-up | hit@1 | hit@5 | mrr | acc | p50 ms |"
    assert rows[2].startswith("| good | 0.000 | 0.667 | 0.250 | 0.333 |")
    assert rows[3].startswith("| bare | 0.000 | 0.000 | 0.000 | 0.000 |")


def test_cmrc_loading_and_figures(tmp_path: Path) -> None:
    data = {"version": "v1.0", "data": [{"id": "A", "title": "标题", "paragraphs": [
        {"id": "P0", "context": "光荣和ω-force开发。", "qas": [
            {"id": "Q0", "question": "谁开发的？", "answers": [{"text": "光荣和ω-force"},
                                                          {"text": "光荣和ω-force"}]},
            {"id": "Q1", "question": "哪一年？", "answers": [{"text": "2007年"}]}]},
        {"id": "P1", "context": "另一段。", "qas": []}]}]}  # fmt: skip
    path = tmp_path / "cmrc.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    documents, items = cmrc.load_cmrc(path)
    assert documents == [("P0", "标题", "光荣和ω-force开发。"), ("P1", "标题", "另一段。")]
    assert [(i.id, i.doc_id, i.answers) for i in items] == [
        ("Q0", "P0", ["光荣和ω-force"]),
        ("Q1", "P0", ["2007年"]),
    ]
    replies = {
        "谁开发的？": {"answer": "由光荣和ω-force开发", "passages": [{"doc_id": "P0"}]},
        "哪一年？": {"answer": "不知道", "passages": [{"doc_id": "P1"}, {"doc_id": "P0"}]},
    }
    results = cmrc.run_cmrc(items, lambda q: replies[q], progress=False)
    m = cmrc.cmrc_metrics(results)
    assert (m.n, m.hit1, m.hit5, m.contains) == (2, 0.5, 1.0, 0.5)
    assert cmrc.cmrc_line(m).startswith("cmrc2018 n=2 hit@1=0.500 hit@5=1.000 contains=0.500")


# -- the command, with a fake core -----------------------------------------------------------


class FakeTownQA:
    """Answers from CONTRACTS, in the shapes the real core returns."""

    def ask(self, question: str) -> Answer:
        c = CONTRACTS[question]
        citations = [
            Citation(title="", town="甲镇", period="2025H1", section="", **x)  # type: ignore[arg-type]
            for x in c.get("citations", [])
        ]
        return Answer(
            question=question, text=c["answer"], abstained=c["abstained"], citations=citations
        )

    def search(self, question: str, k: int | None = None) -> tuple[None, list[Passage]]:
        found = [
            Passage(rank=i, doc_id=REPORT, source=REPORT, title="", town="甲镇", period="2025H1",
                    section=str(p["section"]), chunk_id=str(i), score=1.0, text=str(p["text"]))
            for i, p in enumerate(CONTRACTS[question].get("passages", []), 1)
        ]  # fmt: skip
        return None, found[:k]


@pytest.fixture
def qa_file(tmp_path: Path) -> Path:
    path = tmp_path / "qa.jsonl"
    path.write_text("".join(i.model_dump_json() + "\n" for i in ITEMS), "utf-8")
    return path


def invoke(args: list[str], monkeypatch: pytest.MonkeyPatch) -> Any:
    import bot.evaluate

    monkeypatch.setattr(bot.evaluate, "make_townqa", lambda index: FakeTownQA())
    return CliRunner().invoke(bot.evaluate.command, args)


def test_command_writes_the_report_and_passes_met_thresholds(
    tmp_path: Path, reports: Path, qa_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "eval-out"
    args = ["--qa", str(qa_file), "--reports", str(reports), "--out", str(out)]
    result = invoke([*args, "--min-hit5", "0.6", "--min-acc", "0.3"], monkeypatch)
    assert result.exit_code == 0, result.output
    assert "hit@1=0.000 hit@3=0.333 hit@5=0.667" in result.output
    assert (out / "report.md").is_file() and (out / "results.jsonl").is_file()


def test_command_exits_1_with_one_line_per_failed_threshold(
    tmp_path: Path, reports: Path, qa_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["--qa", str(qa_file), "--reports", str(reports), "--out", str(tmp_path / "o")]
    result = invoke(
        [*args, "--min-hit1", "0.9", "--min-acc", "0.9", "--min-mrr", "0.1"], monkeypatch
    )
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if "threshold not met" in line]
    assert failed == [
        "townqa eval: threshold not met: hit@1 0.000 is below the required 0.900",
        "townqa eval: threshold not met: acc 0.333 is below the required 0.900",
    ]


def test_command_failures_and_limit(
    tmp_path: Path, reports: Path, qa_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["--qa", str(qa_file), "--reports", str(reports), "--out", str(tmp_path / "o")]
    result = invoke([*args, "--limit", "2", "--failures"], monkeypatch)
    assert result.exit_code == 0, result.output
    assert "✗ q2 [multi-part]" in result.output and "✗ q5" not in result.output


def test_command_validate_exits_1_on_a_bad_support(
    tmp_path: Path, reports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = qa("x1", "fact", ["报告里没有这句话"], ["这句话"])
    path = tmp_path / "bad.jsonl"
    path.write_text(bad.model_dump_json() + "\n", "utf-8")
    result = invoke(["--qa", str(path), "--reports", str(reports), "--validate"], monkeypatch)
    assert result.exit_code == 1
    assert "x1: support not in 甲镇_2025H1.txt" in result.output
