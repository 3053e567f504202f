"""Regression gates: the TOML file, the shipped gates files, and `townqa eval --gates`."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import townqa_cmd

from retrieval.gates import GatesError, load_gates
from retrieval.settings import CORPUS_DIR

QA_DIR = CORPUS_DIR / "qa"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gates_keep_file_order_and_add_the_defaults(tmp_path: Path) -> None:
    for name in ("b", "a"):
        write(tmp_path, f"{name}.jsonl", "")
    path = write(
        tmp_path,
        "gates.toml",
        "[defaults]\ncite = 1.0\n[sets]\nb = { acc = 0.9, cite = 0.5 }\na = {}\n",
    )
    gates = load_gates(path)
    assert [(g.name, g.qa, g.mins) for g in gates] == [
        ("b", tmp_path / "b.jsonl", {"cite": 0.5, "acc": 0.9}),
        ("a", tmp_path / "a.jsonl", {"cite": 1.0}),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[sets]\nx = { accuracy = 0.9 }\n", "unknown figure 'accuracy'"),
        ("[sets]\nx = { acc = 1.5 }\n", "acc must be a number from 0 to 1, not 1.5"),
        ("[sets]\nx = { acc = true }\n", "acc must be a number from 0 to 1"),
        ("[sets]\nmissing = {}\n", "set 'missing' has no question file"),
        ("[sets]\nx = 0.9\n", "expected a table of minimums"),
        ("[defaults]\ncite = 1.0\n", "no [sets] table"),
        ("[set]\nx = {}\n", "unknown section(s) set"),
        ("[sets\nx = {}\n", "cannot read gates file"),
    ],
)
def test_a_bad_gates_file_names_its_problem(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, "x.jsonl", "")
    with pytest.raises(GatesError, match=re.escape(message)):
        load_gates(write(tmp_path, "gates.toml", text))


def test_every_shipped_question_set_is_gated_or_measured_once() -> None:
    gated = [g.name for g in load_gates(QA_DIR / "gates.toml")]
    measured = [g.name for g in load_gates(QA_DIR / "national.toml")]
    names = gated + measured
    assert len(names) == len(set(names))
    assert set(names) == {p.stem for p in QA_DIR.glob("*.jsonl")}
    assert all(name.endswith("_national") or name == "national" for name in measured)
    towns = [g.name for g in load_gates(QA_DIR / "towns" / "towns.toml")]
    assert sorted(towns) == sorted(p.stem for p in (QA_DIR / "towns").glob("*.jsonl"))


def item(id_: str, question: str, must: list[str], support: list[str]) -> str:
    record = {"id": id_, "question": question, "type": "fact", "town": ["卢峰镇"],
              "must_contain": must, "support": support}  # fmt: skip
    return json.dumps(record, ensure_ascii=False) + "\n"


def test_eval_gates_runs_every_set_in_worker_processes_and_fails_on_a_missed_gate(
    shipped_index: Path, tmp_path: Path
) -> None:
    good = item("g1", "卢峰镇排查了多少重大隐患？", ["2项"], ["重大安全隐患2项"])
    bad = item("b1", "卢峰镇排查了多少重大隐患？", ["999项"], ["重大安全隐患2项"])
    write(tmp_path, "good.jsonl", good)
    write(tmp_path, "bad.jsonl", bad)
    gates = write(tmp_path, "gates.toml", "[sets]\ngood = { acc = 1.0 }\nbad = { acc = 0.5 }\n")
    out = tmp_path / "out"
    args = ["eval", "--gates", str(gates), "--index", str(shipped_index), "--out", str(out)]
    result = subprocess.run(
        townqa_cmd(*args, "--jobs", "2"), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert "townqa eval: bad: threshold not met: acc 0.000 is below the required 0.500" in (
        result.stderr
    )
    assert "answer lacks 999项" in result.stdout
    assert result.stdout.splitlines()[-1] == f"2 gates, 1 failed: bad; reports in {out}"
    ran = [
        line.split("] ")[1].split(":")[0] for line in result.stdout.splitlines() if line[:1] == "["
    ]
    assert sorted(ran) == ["bad", "good"]
    for name in ("good", "bad"):
        assert (out / name / "report.md").is_file() and (out / name / "results.jsonl").is_file()
    assert "acc=1.000" in (out / "good" / "report.md").read_text(encoding="utf-8")


def test_eval_gates_gives_a_one_line_error_for_a_bad_gates_file(tmp_path: Path) -> None:
    gates = write(tmp_path, "gates.toml", "[sets]\nnowhere = {}\n")
    result = subprocess.run(
        townqa_cmd("eval", "--gates", str(gates), "--index", str(tmp_path / "i")),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "set 'nowhere' has no question file" in result.stderr
