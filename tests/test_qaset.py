"""The question-set schema, its loader and the validator, and the shipped dev set itself."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from retrieval.qaset import QUESTION_TYPES, QAItem, QASetError, load_qa, main, validate_qa
from retrieval.settings import CORPUS_DIR, REPORTS_DIR

DEV_SET = CORPUS_DIR / "qa" / "dev.jsonl"
REPORT = "甲镇_2025H1.txt"
REPORT_TEXT = (
    "[bookmark: _GoBack]甲镇上半年共排查重大安全隐患2项、一般隐患73项，均已整改。\n化解纠纷67起。"
)


def item(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "fact-001",
        "question": "甲镇排查了多少重大隐患？",
        "type": "fact",
        "town": ["甲镇"],
        "period": ["2025H1"],
        "doc": [REPORT],
        "answer": "共排查重大安全隐患2项",
        "must_contain": ["2项"],
        "support": ["共排查重大安全隐患2项、一般隐患73项"],
    }
    base.update(fields)
    return base


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / REPORT).write_text(REPORT_TEXT, encoding="utf-8")
    return folder


def test_load_reads_items_and_skips_blank_lines(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "qa.jsonl", [item(), item(id="fact-002", town="甲镇")])
    path.write_text(path.read_text("utf-8") + "\n\n", "utf-8")
    items = load_qa(path)
    assert [i.id for i in items] == ["fact-001", "fact-002"]
    assert items[1].town == ["甲镇"]  # a lone string is a one-item list


def test_load_names_the_line_of_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    path.write_text(json.dumps(item(), ensure_ascii=False) + "\n{not json\n", "utf-8")
    with pytest.raises(QASetError, match=r"qa\.jsonl:2: invalid JSON") as caught:
        load_qa(path)
    assert "\n" not in str(caught.value)


def test_load_names_the_line_and_field_of_a_schema_error(tmp_path: Path) -> None:
    bad = item()
    del bad["question"]
    path = write_jsonl(tmp_path / "qa.jsonl", [item(), item(id="x"), bad])
    with pytest.raises(QASetError, match=r"qa\.jsonl:3: question: Field required"):
        load_qa(path)


def test_validator_accepts_a_good_item(reports: Path) -> None:
    assert validate_qa([QAItem.model_validate(item())], reports) == []


def test_validator_catches_a_support_string_not_in_the_report(reports: Path) -> None:
    bad = QAItem.model_validate(
        item(support=["共排查重大安全隐患3项"], answer="3项", must_contain=["3项"])
    )
    problems = validate_qa([bad], reports)
    assert len(problems) == 1
    assert "support not in 甲镇_2025H1.txt" in problems[0] and "3项" in problems[0]


def test_validator_matches_across_width_and_whitespace(reports: Path) -> None:
    # Full-width digits and a line break inside the support still match the report.
    ok = QAItem.model_validate(item(support=["均已整改。 化解纠纷６７起"], must_contain=["67起"]))
    assert validate_qa([ok], reports) == []


def test_validator_catches_schema_level_mistakes(reports: Path) -> None:
    items = [
        QAItem.model_validate(item()),
        QAItem.model_validate(item()),  # duplicate id
        QAItem.model_validate(item(id="b", type="trivia")),
        QAItem.model_validate(item(id="c", must_contain=["99项"])),
        QAItem.model_validate(item(id="d", doc=["乙镇_2023.txt"])),
        QAItem.model_validate(item(id="e", type="unanswerable")),
    ]
    problems = validate_qa(items, reports)
    assert any("duplicate id" in p for p in problems)
    assert any(p.startswith("b:") and "unknown type 'trivia'" in p for p in problems)
    assert any(p.startswith("c:") and "'99项'" in p for p in problems)
    assert any(p.startswith("d:") and "乙镇_2023.txt" in p and "not found" in p for p in problems)
    assert any(p.startswith("e:") and "unanswerable" in p for p in problems)
    assert len(problems) == 5


def test_cli_exit_status_follows_the_problems(
    tmp_path: Path, reports: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [item()])
    assert main([str(good), "--reports", str(reports)]) == 0
    bad = write_jsonl(tmp_path / "bad.jsonl", [item(support=["不在报告里"])])
    assert main([str(bad), "--reports", str(reports)]) == 1
    assert "不在报告里" in capsys.readouterr().out


needs_reports = pytest.mark.skipif(
    not REPORTS_DIR.is_dir() or not any(REPORTS_DIR.iterdir()), reason="corpus/reports absent"
)


@needs_reports
def test_dev_set_validates_against_the_shipped_reports() -> None:
    items = load_qa(DEV_SET)
    assert validate_qa(items, REPORTS_DIR) == []


def test_dev_set_has_every_type_in_the_planned_amounts() -> None:
    items = load_qa(DEV_SET)
    counts = Counter(i.type for i in items)
    assert len(items) >= 110
    assert set(counts) == set(QUESTION_TYPES)
    minimum = {"fact": 30, "paraphrase": 20, "disambiguation": 12, "list": 12, "compare": 10,
               "multi-part": 8, "unanswerable": 18}  # fmt: skip
    assert {t: counts[t] for t in minimum} == {t: max(counts[t], n) for t, n in minimum.items()}
    for i in items:
        assert len(i.doc) == (0 if i.type == "unanswerable" else len(set(i.doc)))
        assert all(len(s) <= 80 for s in i.support), i.id
        if i.type == "unanswerable":
            assert i.answer == "" and not i.must_contain and not i.support
        if i.type in {"compare", "multi-part"} or (i.type == "disambiguation" and len(i.doc) > 1):
            assert len(i.must_contain) >= 2, i.id
