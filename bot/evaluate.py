"""`townqa eval`: score retrieval and answers on a question set, side by side, or on CMRC2018."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import click
from pydantic import BaseModel

from bot.cli import index_option, make_townqa
from bot.errors import UserError
from retrieval.gates import Gate, GatesError, load_gates
from retrieval.settings import CORPUS_DIR, REPORTS_DIR, load_settings

log = logging.getLogger(__name__)

DEFAULT_QA = CORPUS_DIR / "qa" / "dev.jsonl"
Run = Callable[[str], Mapping[str, Any]]


def answer_run(townqa: Any, k: int) -> Run:
    """Ask through the core, timing the ask alone; rank passages by a k-deep search.

    The answer may consider fewer passages than k, merged across towns and periods; hit@k
    needs the plain ranking, the same as `townqa search --json -k K` prints.
    """
    import time

    def run(question: str) -> Mapping[str, Any]:
        start = time.perf_counter()
        contract = dict(townqa.ask(question).contract())
        contract["latency_ms"] = (time.perf_counter() - start) * 1000.0
        _, passages = townqa.search(question, k)
        contract["passages"] = [p.contract() for p in passages]
        return contract

    return run


def setup_runs(townqa: Any) -> dict[str, Run]:
    """Each retrieval set-up of the core as a run: its passages, answered extractively."""
    from retrieval.answering import answer as extractive
    from retrieval.core import retrieval_setups

    def as_run(retrieve: Callable[[str], list[Any]]) -> Run:
        def run(question: str) -> Mapping[str, Any]:
            passages = retrieve(question)
            query = townqa.read(question)
            answer = extractive(query, lambda q, k: passages[:k], townqa.catalog())
            return {**answer.contract(), "passages": [p.contract() for p in passages]}

        return run

    return {name: as_run(retrieve) for name, retrieve in retrieval_setups(townqa).items()}


def print_table(title: str, header: tuple[str, ...], rows: list[list[str]]) -> None:
    """A rich table on stdout."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for i, name in enumerate(header):
        table.add_column(name, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*row)
    console = Console()
    if not console.is_terminal:  # piped or captured: do not squeeze the columns to 80
        console = Console(width=160)
    console.print(table)


def fail_on(failures: list[str]) -> None:
    """One line per threshold not met, then exit 1 (SystemExit survives non-standalone click)."""
    for failure in failures:
        click.echo(f"townqa eval: threshold not met: {failure}", err=True)
    if failures:
        raise SystemExit(1)


def run_cmrc(
    path: Path, out: Path, k: int, limit: int | None, workers: int, mins: Mapping[str, float | None]
) -> None:
    """Index every CMRC2018 paragraph into a scratch index, ask every question, report."""
    from retrieval import cmrc
    from retrieval.core import TownQA
    from retrieval.models import Report

    try:
        documents, items = cmrc.load_cmrc(path)
    except (OSError, ValueError, KeyError) as exc:
        raise UserError(f"cannot read CMRC2018 file {path}: {exc}") from None
    items = items[:limit] if limit else items
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="townqa-cmrc-") as scratch:
        townqa = TownQA(load_settings(index_dir=Path(scratch) / "index"))
        reports = [
            Report(doc_id=pid, source=pid, title=title, town="", period="", text=text)
            for pid, title, text in documents
            if text.strip()
        ]
        from bot.cli import progress_bar

        with progress_bar() as update:
            townqa.ingest_documents(reports, progress=update)
        with (out / "cmrc_results.jsonl").open("w", encoding="utf-8") as fh:

            def sink(result: cmrc.CmrcResult) -> None:
                fh.write(result.model_dump_json() + "\n")

            run = answer_run(townqa, max(k, 5))  # hit@1/5 from the plain ranking
            results = cmrc.run_cmrc(items, run, sink=sink, workers=workers)
    metrics = cmrc.cmrc_metrics(results)
    line = cmrc.cmrc_line(metrics)
    (out / "cmrc.md").write_text(
        f"{line}\n\n# CMRC2018 ({path.name})\n\n{len(documents)} paragraphs, {metrics.n} "
        "questions. hit@k: the question's own paragraph among the first k passages; contains: "
        "one of the gold answers appears in the answer.\n",
        encoding="utf-8",
    )
    click.echo(line)
    gates = {"hit1": metrics.hit1, "hit5": metrics.hit5, "acc": metrics.contains}
    failures = []
    for name, value in gates.items():
        minimum = mins.get(name)
        if minimum is not None and (value is None or value < minimum):
            failures.append(f"{name} {'n/a' if value is None else f'{value:.3f}'} < {minimum:.3f}")
    fail_on(failures)


class GateOutcome(BaseModel):
    """What one gate scored, and what it missed when it failed."""

    name: str
    summary: str
    failures: list[str]
    listing: str = ""


def run_gate(townqa: Any, gate: Gate, reports: Path, out: Path, k: int) -> GateOutcome:
    """One question set through the core, its report in out/<name>, checked against its gate."""
    from retrieval import evaluation
    from retrieval.qaset import QASetError, load_qa

    try:
        items = load_qa(gate.qa)
    except QASetError as exc:
        return GateOutcome(name=gate.name, summary="", failures=[str(exc)])
    notes = f"Question set `{gate.qa.name}`: {len(items)} questions; {k} passages per question."
    result, per_item = evaluation.evaluate_to_dir(
        items, answer_run(townqa, k), out / gate.name, reports, progress=False, notes=notes,
        chart=False,
    )  # fmt: skip
    failures = evaluation.check(result.overall, gate.mins)
    listing = evaluation.format_failures(per_item) if failures else ""
    summary = evaluation.summary_line(result.overall)
    return GateOutcome(name=gate.name, summary=summary, failures=failures, listing=listing)


_worker_townqa: Any = None


def _start_gate_worker(index: Path | None) -> None:
    global _worker_townqa
    _worker_townqa = make_townqa(index)


def _gate_in_worker(gate: Gate, reports: Path, out: Path, k: int) -> GateOutcome:
    return run_gate(_worker_townqa, gate, reports, out, k)


def _outcomes(
    gates: list[Gate], index: Path | None, reports: Path, out: Path, k: int, jobs: int
) -> Iterator[GateOutcome]:
    """Each gate's outcome as it finishes; with jobs > 1, in that many worker processes, each
    loading the index once (threads would share one interpreter lock)."""
    if jobs <= 1 or len(gates) <= 1:
        townqa = make_townqa(index)
        for gate in gates:
            yield run_gate(townqa, gate, reports, out, k)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(
        max_workers=min(jobs, len(gates)),
        mp_context=multiprocessing.get_context("spawn"),  # a forked Chroma client may hang
        initializer=_start_gate_worker,
        initargs=(index,),
    ) as pool:
        futures = [pool.submit(_gate_in_worker, gate, reports, out, k) for gate in gates]
        for future in as_completed(futures):
            yield future.result()


def run_gates(
    gates_path: Path, index: Path | None, reports: Path, out: Path, k: int, jobs: int
) -> None:
    """Every gate of the file: one line each, a failed one's misses in full; exit 1 on any."""
    try:
        gates = load_gates(gates_path)
    except GatesError as exc:
        raise UserError(str(exc)) from None
    failed = []
    for done, outcome in enumerate(_outcomes(gates, index, reports, out, k, jobs), 1):
        click.echo(f"[{done}/{len(gates)}] {outcome.name}: {outcome.summary or 'not run'}")
        if outcome.failures:
            failed.append(outcome.name)
            for failure in outcome.failures:
                click.echo(f"townqa eval: {outcome.name}: threshold not met: {failure}", err=True)
            if outcome.listing:
                click.echo(outcome.listing)
    click.echo(f"{len(gates)} gates, {len(failed)} failed{': ' if failed else ''}"
               f"{', '.join(failed)}; reports in {out}")  # fmt: skip
    if failed:
        raise SystemExit(1)


def _threshold(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        f"--min-{name}",
        type=click.FloatRange(0, 1),
        default=None,
        help=f"Exit 1 when overall {name} is below this.",
    )


@click.command(name="eval")
@click.option(
    "--qa",
    "qa_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_QA,
    show_default="corpus/qa/dev.jsonl",
    help="Question set (JSONL, the dev-set schema).",
)
@click.option(
    "--out",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("eval-out"),
    show_default=True,
    help="Folder for report.md, results.jsonl and chart.png.",
)
@index_option
@click.option(
    "--reports",
    type=click.Path(path_type=Path),
    default=REPORTS_DIR,
    show_default="corpus/reports",
    help="Report folder (or .jsonl collection) that supports and quotes are checked against.",
)
@click.option("--k", "-k", type=click.IntRange(1, 100), default=10, show_default=True,
              help="Passages retrieved per question for hit@k and MRR.")  # fmt: skip
@click.option("--compare", is_flag=True, help="Compare the retrieval set-ups side by side.")
@click.option("--cmrc", type=click.Path(dir_okay=False, path_type=Path),
              help="Run the CMRC2018 benchmark from this SQuAD-format JSON file.")  # fmt: skip
@click.option(
    "--gates",
    "gates_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Run every set of this gates file (TOML) in one go; exit 1 if one fails.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 32),
    default=1,
    show_default=True,
    help="With --gates: sets run in this many processes at once.",
)
@click.option("--failures", is_flag=True, help="List the questions that missed, and why.")
@click.option("--validate", is_flag=True, help="Only check the question set against the reports.")
@_threshold("hit1")
@_threshold("hit5")
@_threshold("mrr")
@_threshold("acc")
@_threshold("abstain")
@_threshold("cite")
@click.option("--limit", "-n", type=click.IntRange(1), default=None,
              help="Use only the first N questions.")  # fmt: skip
@click.option("--workers", type=click.IntRange(1, 32), default=1, show_default=True,
              help="Questions asked in parallel (latency figures are then contended).")  # fmt: skip
def command(
    qa_path: Path,
    out: Path,
    index: Path | None,
    reports: Path,
    k: int,
    compare: bool,
    cmrc: Path | None,
    gates_path: Path | None,
    jobs: int,
    failures: bool,
    validate: bool,
    min_hit1: float | None,
    min_hit5: float | None,
    min_mrr: float | None,
    min_acc: float | None,
    min_abstain: float | None,
    min_cite: float | None,
    limit: int | None,
    workers: int,
) -> None:
    """Measure retrieval and answers on a question set; exit 1 when a --min-… is not met."""
    from retrieval import evaluation
    from retrieval.qaset import QASetError, load_qa, validate_qa

    mins = {"hit1": min_hit1, "hit5": min_hit5, "mrr": min_mrr, "acc": min_acc,
            "abstain": min_abstain, "cite": min_cite}  # fmt: skip
    if cmrc is not None:
        run_cmrc(cmrc, out, k, limit, workers, mins)
        return
    if gates_path is not None:
        run_gates(gates_path, index, reports, out, k, jobs)
        return
    try:
        items = load_qa(qa_path)
    except QASetError as exc:
        raise UserError(str(exc)) from None
    if validate:
        problems = validate_qa(items, reports)
        for problem in problems:
            click.echo(problem)
        click.echo(f"{len(items)} questions, {len(problems)} problems", err=True)
        if problems:
            raise SystemExit(1)
        return
    items = items[:limit] if limit else items
    if not items:
        raise UserError(f"{qa_path} has no questions")
    townqa = make_townqa(index)

    if compare:
        runs = setup_runs(townqa)
        results = evaluation.compare(items, runs, reports)
        table = evaluation.compare_table(results)
        out.mkdir(parents=True, exist_ok=True)
        (out / "compare.md").write_text(
            f"# Retrieval set-ups on {qa_path.name} ({len(items)} questions)\n\n{table}\n",
            encoding="utf-8",
        )
        print_table(
            "Retrieval set-ups", evaluation.COMPARE_HEADER, evaluation.compare_rows(results)
        )
        click.echo(f"wrote {out / 'compare.md'}")
        return

    notes = f"Question set `{qa_path.name}`: {len(items)} questions; {k} passages per question."
    result, per_item = evaluation.evaluate_to_dir(
        items, answer_run(townqa, k), out, reports, notes=notes, workers=workers
    )
    click.echo(evaluation.summary_line(result.overall))
    print_table("By question type", evaluation.TABLE_HEADER, evaluation.table_rows(result))
    m = result.overall
    click.echo(
        f"abstention precision={evaluation.fmt(m.abstain_precision)} "
        f"recall={evaluation.fmt(m.abstain_recall)} "
        f"false-abstain={evaluation.fmt(m.false_abstain)}; "
        f"wrote {out / 'report.md'}, {out / 'results.jsonl'}, {out / 'chart.png'}"
    )
    if failures:
        click.echo()
        click.echo(evaluation.format_failures(per_item))
    fail_on(evaluation.check(m, mins))
