"""Scoring a question set against any answerer: retrieval hits, answers, abstention, citations."""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, Field

from retrieval.qaset import QAItem, ReportTexts, contains

log = logging.getLogger(__name__)

# A run takes a question and returns the `townqa ask --json` contract (answer, abstained,
# citations with quote and doc_id/source, passages with text); an optional "latency_ms" key
# overrides the harness's own timing.
Run = Callable[[str], Mapping[str, Any]]
HIT_KS = (1, 3, 5, 10)
PASSAGE_PREVIEW = 80
THRESHOLDS = {
    "hit1": "hit@1",
    "hit3": "hit@3",
    "hit5": "hit@5",
    "hit10": "hit@10",
    "mrr": "mrr",
    "acc": "acc",
    "abstain": "abstain",
    "cite": "cite",
}

T = TypeVar("T")
R = TypeVar("R")


# -- results ------------------------------------------------------------------------------------


class CitationCheck(BaseModel):
    """One citation of an answer and whether its quote is in its report."""

    n: int = 0
    doc_id: str = ""
    source: str = ""
    quote: str = ""
    valid: bool = False


class PassageBrief(BaseModel):
    """What results.jsonl keeps of a retrieved passage."""

    doc_id: str
    section: str = ""
    text: str = Field(description=f"First {PASSAGE_PREVIEW} characters")


class ItemResult(BaseModel):
    """How one question fared: where its support ranked, what was answered, how fast."""

    id: str
    question: str
    type: str
    answerable: bool
    scored: bool = Field(description="Has support strings, so counts for hit@k and MRR")
    rank: int | None = Field(description="Smallest k whose passages hold every support string")
    correct: bool = Field(description="Answerable: all must_contain in answer; else: abstained")
    abstained: bool
    answer: str
    missing: list[str] = Field(default_factory=list, description="must_contain not in the answer")
    unfound: list[str] = Field(default_factory=list, description="support in no passage")
    must_contain: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    citations: list[CitationCheck] = Field(default_factory=list)
    passages: list[PassageBrief] = Field(default_factory=list)
    latency_ms: float
    error: str | None = None

    @property
    def failed(self) -> bool:
        """Missed: wrong or wrongly (not) abstained, support not retrieved, or a bad citation."""
        if not self.correct or self.error:
            return True
        if self.answerable and self.scored and self.rank is None:
            return True
        return any(not c.valid for c in self.citations)


class Metrics(BaseModel):
    """Figures for a group of results (one question type, or all)."""

    n: int
    answerable: int
    unanswerable: int
    scored: int
    hit: dict[int, float | None]
    mrr: float | None
    acc: float | None
    abstained: float | None = Field(description="Share of the group that abstained")
    abstain_precision: float | None
    abstain_recall: float | None
    false_abstain: float | None = Field(description="Share of answerable items that abstained")
    cite: float | None = Field(description="Share of citations whose quote is in its report")
    citations: int
    p50_ms: float | None
    p95_ms: float | None
    errors: int = 0


class Evaluation(BaseModel):
    """Overall figures plus one set per question type, in first-seen type order."""

    overall: Metrics
    by_type: dict[str, Metrics]


def support_rank(
    supports: Sequence[str], passage_texts: Sequence[str]
) -> tuple[int | None, list[str]]:
    """Smallest k such that every support occurs in one of the first k passages; and the unfound."""
    worst = 0
    unfound: list[str] = []
    for support in supports:
        first = next(
            (i for i, text in enumerate(passage_texts, 1) if contains(text, support)), None
        )
        if first is None:
            unfound.append(support)
        else:
            worst = max(worst, first)
    if unfound or not supports:
        return None, unfound
    return worst, []


def score_item(
    item: QAItem,
    contract: Mapping[str, Any],
    latency_ms: float,
    texts: ReportTexts,
    error: str | None = None,
) -> ItemResult:
    """Score one answer contract against its item."""
    answer = str(contract.get("answer") or "")
    abstained = bool(contract.get("abstained"))
    passages = [p for p in contract.get("passages") or [] if isinstance(p, Mapping)]
    passage_texts = [str(p.get("text") or "") for p in passages]
    rank, unfound = support_rank(item.support, passage_texts)
    missing = [m for m in item.must_contain if not contains(answer, m)]
    correct = (not missing) if item.answerable else abstained
    citations = []
    for c in contract.get("citations") or []:
        if not isinstance(c, Mapping):
            continue
        doc_id, source, quote = (str(c.get(key) or "") for key in ("doc_id", "source", "quote"))
        text = texts.get(doc_id, source)
        valid = text is not None and contains(text, quote)
        citations.append(
            CitationCheck(
                n=int(c.get("n") or 0), doc_id=doc_id, source=source, quote=quote, valid=valid
            )
        )
    briefs = [
        PassageBrief(
            doc_id=str(p.get("doc_id") or ""),
            section=str(p.get("section") or ""),
            text=str(p.get("text") or "")[:PASSAGE_PREVIEW],
        )
        for p in passages
    ]
    return ItemResult(
        id=item.id,
        question=item.question,
        type=item.type,
        answerable=item.answerable,
        scored=item.answerable and bool(item.support),
        rank=rank,
        correct=correct and error is None,
        abstained=abstained,
        answer=answer,
        missing=missing,
        unfound=unfound,
        must_contain=item.must_contain,
        support=item.support,
        citations=citations,
        passages=briefs,
        latency_ms=float(contract.get("latency_ms", latency_ms)),
        error=error,
    )


# -- running ------------------------------------------------------------------------------------


@contextmanager
def _progress(label: str, total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr; yields a function that advances it by one."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def _ordered_map(fn: Callable[[T], R], values: Sequence[T], workers: int) -> Iterator[R]:
    """fn over values in order, on `workers` threads when more than one."""
    if workers <= 1:
        yield from map(fn, values)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(fn, values)


def timed_call(run: Run, question: str) -> tuple[Mapping[str, Any], float, str | None]:
    """Call run, timing it; an exception becomes an empty contract and an error line."""
    start = time.perf_counter()
    try:
        contract: Mapping[str, Any] = run(question)
        error = None
    except Exception as exc:  # one failing question must not stop a whole evaluation
        log.warning("question %r failed: %s", question[:40], exc)
        contract, error = {}, f"{type(exc).__name__}: {exc}"
    return contract, (time.perf_counter() - start) * 1000.0, error


def run_questions(
    items: Sequence[QAItem],
    run: Run,
    reports_dir: Path,
    *,
    progress: bool = True,
    label: str = "eval",
    sink: Callable[[ItemResult], None] | None = None,
    workers: int = 1,
) -> list[ItemResult]:
    """Ask every question through `run` and score it, streaming each result to `sink`."""
    texts = ReportTexts(reports_dir)
    results: list[ItemResult] = []
    with _progress(label, len(items), progress) as advance:
        calls = _ordered_map(lambda item: timed_call(run, item.question), items, workers)
        for item, (contract, latency, error) in zip(items, calls, strict=True):
            result = score_item(item, contract, latency, texts, error)
            results.append(result)
            if sink is not None:
                sink(result)
            advance()
    return results


# -- figures ------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) with linear interpolation, as numpy's default; None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def compute_metrics(results: Sequence[ItemResult]) -> Metrics:
    """Figures for one group of results."""
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    scored = [r for r in answerable if r.scored]
    abstained = [r for r in results if r.abstained]
    citations = [c for r in results for c in r.citations]
    return Metrics(
        n=len(results),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
        scored=len(scored),
        hit={
            k: _ratio(sum(1 for r in scored if r.rank is not None and r.rank <= k), len(scored))
            for k in HIT_KS
        },
        mrr=(sum(1.0 / r.rank for r in scored if r.rank) / len(scored)) if scored else None,
        acc=_ratio(sum(1 for r in answerable if r.correct), len(answerable)),
        abstained=_ratio(len(abstained), len(results)),
        abstain_precision=_ratio(sum(1 for r in abstained if not r.answerable), len(abstained)),
        abstain_recall=_ratio(sum(1 for r in unanswerable if r.abstained), len(unanswerable)),
        false_abstain=_ratio(sum(1 for r in answerable if r.abstained), len(answerable)),
        cite=_ratio(sum(1 for c in citations if c.valid), len(citations)),
        citations=len(citations),
        p50_ms=percentile([r.latency_ms for r in results], 50),
        p95_ms=percentile([r.latency_ms for r in results], 95),
        errors=sum(1 for r in results if r.error),
    )


def evaluate(results: Sequence[ItemResult]) -> Evaluation:
    """Overall figures and figures per question type."""
    types = list(dict.fromkeys(r.type for r in results))
    return Evaluation(
        overall=compute_metrics(results),
        by_type={t: compute_metrics([r for r in results if r.type == t]) for t in types},
    )


def fmt(value: float | None, digits: int = 3) -> str:
    """A figure with fixed decimals, or n/a."""
    return "n/a" if value is None else f"{value:.{digits}f}"


def summary_line(metrics: Metrics) -> str:
    """One line of overall figures, as report.md opens and the command prints."""
    hits = " ".join(f"hit@{k}={fmt(metrics.hit.get(k))}" for k in HIT_KS)
    return (
        f"{hits} mrr={fmt(metrics.mrr)} acc={fmt(metrics.acc)} "
        f"abstain={fmt(metrics.abstain_recall)} cite={fmt(metrics.cite)}"
    )


TABLE_HEADER = ("type", "n", *(f"hit@{k}" for k in HIT_KS), "mrr", "acc", "abstained", "cite",
                "p50 ms", "p95 ms")  # fmt: skip


def table_rows(evaluation: Evaluation) -> list[list[str]]:
    """Rows of the per-type table (the last row is all questions), as display strings."""
    rows = []
    for name, m in [*evaluation.by_type.items(), ("all", evaluation.overall)]:
        rows.append(
            [
                name,
                str(m.n),
                *(fmt(m.hit.get(k)) for k in HIT_KS),
                fmt(m.mrr),
                fmt(m.acc),
                fmt(m.abstained),
                fmt(m.cite),
                fmt(m.p50_ms, 1),
                fmt(m.p95_ms, 1),
            ]
        )
    return rows


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A GitHub markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_report(evaluation: Evaluation, title: str = "townqa evaluation", notes: str = "") -> str:
    """report.md: the summary line first, then the tables."""
    m = evaluation.overall
    parts = [
        summary_line(m),
        "",
        f"# {title}",
        "",
        notes,
        "",
        "## By question type",
        "",
        markdown_table(TABLE_HEADER, table_rows(evaluation)),
        "",
        "hit@k and mrr count answerable questions with support strings; a question is a hit at k "
        "when each support string occurs in one of the first k passages (text compared after "
        "normalizing width and removing whitespace). acc: all must_contain strings in the answer.",
        "",
        "## Abstention and citations",
        "",
        markdown_table(
            ("measure", "value"),
            [
                ("abstention precision", fmt(m.abstain_precision)),
                ("abstention recall", fmt(m.abstain_recall)),
                ("answerable questions wrongly abstained", fmt(m.false_abstain)),
                ("citations checked", str(m.citations)),
                ("citations verbatim in their report", fmt(m.cite)),
                ("questions that raised an error", str(m.errors)),
            ],
        ),
        "",
    ]
    return "\n".join(parts)


def write_chart(path: Path, evaluation: Evaluation) -> None:
    """A bar chart of hit@k and accuracy per question type."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = [*evaluation.by_type.items(), ("all", evaluation.overall)]
    series = [(f"hit@{k}", [m.hit.get(k) for _, m in groups]) for k in HIT_KS]
    series.append(("acc", [m.acc if m.answerable else m.abstain_recall for _, m in groups]))
    width = 0.8 / len(series)
    fig, ax = plt.subplots(figsize=(max(6.0, 1.4 * len(groups)), 4.6))
    for i, (label, values) in enumerate(series):
        xs = [g + (i - (len(series) - 1) / 2) * width for g in range(len(groups))]
        ax.bar(xs, [v or 0.0 for v in values], width, label=label)
    ax.set_xticks(range(len(groups)), [name for name, _ in groups], rotation=20)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share of questions")
    ax.set_title("Retrieval hit@k and answer accuracy by question type (unanswerable: abstained)")
    # Below the axes, so the legend never hides a bar.
    ax.legend(
        ncols=len(series),
        fontsize="small",
        loc="upper center",
        bbox_to_anchor=(0.5, -0.2),
        frameon=False,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def result_line(result: ItemResult) -> str:
    """One results.jsonl line: the question, what was expected, retrieved and answered."""
    data = {
        "id": result.id,
        "question": result.question,
        "type": result.type,
        "hit_rank": result.rank,
        "correct": result.correct,
        "abstained": result.abstained,
        "answer": result.answer,
        "missing": result.missing,
        "must_contain": result.must_contain,
        "support": result.support,
        "unfound_support": result.unfound,
        "citations": [c.model_dump() for c in result.citations],
        "passages": [p.model_dump() for p in result.passages],
        "latency_ms": round(result.latency_ms, 2),
        "answerable": result.answerable,
        "error": result.error,
    }
    return json.dumps(data, ensure_ascii=False)


def evaluate_to_dir(
    items: Sequence[QAItem],
    run: Run,
    out_dir: Path,
    reports_dir: Path,
    *,
    progress: bool = True,
    title: str = "townqa evaluation",
    notes: str = "",
    chart: bool = True,
    workers: int = 1,
) -> tuple[Evaluation, list[ItemResult]]:
    """Run and score every question, writing results.jsonl as it goes, then report.md and chart."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "results.jsonl").open("w", encoding="utf-8") as fh:

        def sink(result: ItemResult) -> None:
            fh.write(result_line(result) + "\n")
            fh.flush()

        results = run_questions(
            items, run, reports_dir, progress=progress, sink=sink, workers=workers
        )
    evaluation = evaluate(results)
    (out_dir / "report.md").write_text(render_report(evaluation, title, notes), encoding="utf-8")
    if chart:
        write_chart(out_dir / "chart.png", evaluation)
    return evaluation, results


# -- gates and listings -------------------------------------------------------------------------


def metric_value(metrics: Metrics, name: str) -> float | None:
    """A figure by threshold name (hit1, hit@5, mrr, acc, abstain, cite)."""
    key = name.replace("@", "").replace("min_", "").replace("-", "")
    if key.startswith("hit") and key[3:].isdigit():
        return metrics.hit.get(int(key[3:]))
    values = {
        "mrr": metrics.mrr,
        "acc": metrics.acc,
        "abstain": metrics.abstain_recall,
        "cite": metrics.cite,
    }
    if key not in values:
        raise KeyError(f"unknown metric {name!r}")
    return values[key]


def check(metrics: Metrics, mins: Mapping[str, float | None]) -> list[str]:
    """One line per threshold not met; an unset threshold is skipped, a figure of n/a fails."""
    failures = []
    for name, minimum in mins.items():
        if minimum is None:
            continue
        value = metric_value(metrics, name)
        label = THRESHOLDS.get(name, name)
        if value is None:
            failures.append(f"{label} is n/a (nothing to score), required >= {minimum:.3f}")
        elif value < minimum:
            failures.append(f"{label} {value:.3f} is below the required {minimum:.3f}")
    return failures


def _why(result: ItemResult) -> list[str]:
    reasons = []
    if result.error:
        reasons.append(f"error: {result.error}")
    if result.answerable:
        if result.scored and result.rank is None:
            reasons.append(f"support not in the {len(result.passages)} passages retrieved")
        if result.abstained:
            reasons.append("abstained on an answerable question")
        elif result.missing:
            reasons.append("answer lacks " + ", ".join(result.missing))
    elif not result.abstained:
        reasons.append("answered an unanswerable question")
    bad = [c for c in result.citations if not c.valid]
    if bad:
        reasons.append(f"{len(bad)} citation(s) not verbatim in their report")
    return reasons


def format_failures(results: Iterable[ItemResult], passages: int = 5) -> str:
    """A readable listing of the questions that missed, with what was retrieved and answered."""
    blocks = []
    for r in results:
        if not r.failed:
            continue
        rank = f"support rank {r.rank}" if r.rank else "support not retrieved" if r.scored else ""
        lines = [f"✗ {r.id} [{r.type}] {r.question}", "  why: " + "; ".join(_why(r))]
        if r.answerable:
            lines.append(
                "  expected: " + ", ".join(r.must_contain) + (f"  ({rank})" if rank else "")
            )
            lines += [
                f"  support: {s}" + ("  [not retrieved]" if s in r.unfound else "")
                for s in r.support
            ]
        answer = " ".join(r.answer.split())
        lines.append(f"  answer{' (abstained)' if r.abstained else ''}: {answer[:300]}")
        for c in r.citations:
            if not c.valid:
                lines.append(f"  bad citation [{c.n}] {c.doc_id or c.source}: {c.quote[:80]}")
        for i, p in enumerate(r.passages[:passages], 1):
            where = " · ".join(x for x in (p.doc_id, p.section) if x)
            lines.append(f"  {i}. {where}: {' '.join(p.text.split())}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No failures."


# -- side by side -------------------------------------------------------------------------------


COMPARE_HEADER = ("set-up", "hit@1", "hit@5", "mrr", "acc", "p50 ms")


def compare(
    items: Sequence[QAItem],
    runs: Mapping[str, Run],
    reports_dir: Path,
    *,
    progress: bool = True,
) -> dict[str, Metrics]:
    """Overall figures for each named set-up on the same questions."""
    out = {}
    for name, run in runs.items():
        results = run_questions(items, run, reports_dir, progress=progress, label=name)
        out[name] = compute_metrics(results)
    return out


def compare_rows(metrics: Mapping[str, Metrics]) -> list[list[str]]:
    """Rows of the side-by-side table."""
    return [
        [name, fmt(m.hit.get(1)), fmt(m.hit.get(5)), fmt(m.mrr), fmt(m.acc), fmt(m.p50_ms, 1)]
        for name, m in metrics.items()
    ]


def compare_table(metrics: Mapping[str, Metrics]) -> str:
    """The side-by-side table in markdown."""
    return markdown_table(COMPARE_HEADER, compare_rows(metrics))


# -- CMRC2018 -----------------------------------------------------------------------------------
