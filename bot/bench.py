"""`townqa bench`: speed figures for a fresh-process search, batch search/ask and ingest."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import click

DEFAULT_QUESTIONS = [
    "卢峰镇排查了多少重大隐患",
    "北斗溪镇2023年化解了多少起矛盾纠纷",
    "统溪河镇上半年森林防火做了什么",
    "县溪镇2021年新增了多少就业",
    "北斗溪镇和卢峰镇哪个镇的党员培训人数更多",
    "看林子的人有多少",
]


def national_folder(path: Path, into: Path) -> Path:
    """A folder of one .txt per report: as given, or written from the national .jsonl."""
    if path.is_dir():
        return path
    into.mkdir(parents=True, exist_ok=True)
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if not line.strip():
                continue
            record = json.loads(line)
            title = str(record.get("title") or f"report-{number}").replace("/", "_")[:80]
            text = f"{record.get('title', '')}\n{record.get('content', '')}"
            (into / f"{number:03d}_{title}.txt").write_text(text, encoding="utf-8")
    return into


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def _batch(index: Path, questions: list[str], mode: str) -> tuple[float, list[float]]:
    """Per-question times of search or ask in one process (after a warm-up question)."""
    from bot.cli import make_townqa

    townqa = make_townqa(index)
    townqa.search(questions[0])
    run = townqa.search if mode == "search" else townqa.ask
    times = [_timed(run, q)[1] for q in questions]
    return statistics.mean(times), times


def _cold(index: Path, question: str, command: str) -> float:
    """Wall time of a fresh `townqa <command>` process, best of three."""
    exe = [sys.executable, "-m", "bot.cli", command, question, "--index", str(index)]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(exe, capture_output=True, check=True, env=os.environ.copy())
        best = min(best, time.perf_counter() - start)
    return best


def _line(label: str, seconds: float, unit: str = "ms") -> str:
    value = seconds * 1000 if unit == "ms" else seconds
    return f"{label:<46} {value:9.1f} {unit}"


@click.command()
@click.option(
    "--national",
    type=click.Path(exists=True, path_type=Path),
    help="National work reports: the .jsonl from shared/corpora or a folder of files.",
)
@click.option(
    "--questions",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Questions to time, one per line (default: a built-in mix).",
)
@click.option("--repeat", default=20, show_default=True, help="Times to run the question list.")
def command(national: Path | None, questions: Path | None, repeat: int) -> None:
    """Print speed figures: fresh-process search and ask, batch search/ask, national ingest."""
    from bot.cli import make_townqa

    qs = DEFAULT_QUESTIONS
    if questions:
        qs = [q.strip() for q in questions.read_text(encoding="utf-8").splitlines() if q.strip()]
    batch = qs * repeat
    with tempfile.TemporaryDirectory() as tmp:
        shipped = Path(tmp) / "shipped"
        stats, seconds = _timed(make_townqa(shipped).ingest)
        click.echo(_line(f"ingest shipped corpus ({stats.chunks} passages)", seconds, "s"))
        click.echo(_line("fresh process: townqa search", _cold(shipped, qs[0], "search"), "s"))
        click.echo(_line("fresh process: townqa ask", _cold(shipped, qs[0], "ask"), "s"))
        mean, _ = _batch(shipped, batch, "search")
        click.echo(_line(f"search per question, shipped ({len(batch)} q)", mean))
        mean, _ = _batch(shipped, batch, "ask")
        click.echo(_line(f"ask per question, shipped ({len(batch)} q)", mean))
        if national:
            folder = national_folder(national, Path(tmp) / "national-files")
            nat = Path(tmp) / "national"
            townqa = make_townqa(nat)
            stats, seconds = _timed(townqa.ingest, [folder])
            chars = sum(len(c.text) for c in townqa.index.snapshot.chunks)
            click.echo(
                _line(
                    f"ingest national ({len(stats.added)} reports, {chars:,} chars)", seconds, "s"
                )
            )
            national_qs = ["政府工作报告提出的国内生产总值增长目标是多少", "1954年粮食产量", *qs]
            mean, _ = _batch(nat, national_qs * repeat, "search")
            click.echo(
                _line(f"search per question, national ({len(national_qs) * repeat} q)", mean)
            )
