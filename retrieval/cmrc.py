"""CMRC2018 as an external benchmark: every paragraph a document, every question asked."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from retrieval.evaluation import (
    Run,
    _ordered_map,
    _progress,
    _ratio,
    contains,
    fmt,
    percentile,
    timed_call,
)


class CmrcItem(BaseModel):
    """A CMRC2018 question: its paragraph id and the gold answer texts."""

    id: str
    question: str
    doc_id: str
    answers: list[str]


class CmrcResult(BaseModel):
    """How one CMRC2018 question fared."""

    id: str
    question: str
    doc_id: str
    rank: int | None
    contains: bool
    answer: str
    passages: list[str] = Field(default_factory=list, description="doc ids, in rank order")
    latency_ms: float
    error: str | None = None


class CmrcMetrics(BaseModel):
    """Gold-paragraph hit@1/5 and answer-contains-gold on CMRC2018."""

    n: int
    hit1: float | None
    hit5: float | None
    contains: float | None
    p50_ms: float | None
    p95_ms: float | None
    errors: int = 0


def load_cmrc(path: Path) -> tuple[list[tuple[str, str, str]], list[CmrcItem]]:
    """Documents (paragraph id, title, context) and questions from a SQuAD-format JSON file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    documents: list[tuple[str, str, str]] = []
    items: list[CmrcItem] = []
    for article in data.get("data", []):
        title = str(article.get("title") or "")
        for number, paragraph in enumerate(article.get("paragraphs", [])):
            pid = str(paragraph.get("id") or f"{article.get('id', title)}_{number}")
            documents.append((pid, title, str(paragraph.get("context") or "")))
            for qa in paragraph.get("qas", []):
                answers = list(
                    dict.fromkeys(str(a["text"]) for a in qa.get("answers", []) if a.get("text"))
                )
                items.append(
                    CmrcItem(
                        id=str(qa["id"]), question=str(qa["question"]), doc_id=pid, answers=answers
                    )
                )
    return documents, items


def score_cmrc(
    item: CmrcItem, contract: Mapping[str, Any], latency_ms: float, error: str | None
) -> CmrcResult:
    """Score one CMRC2018 answer contract."""
    answer = str(contract.get("answer") or "")
    doc_ids = [
        str(p.get("doc_id") or "") for p in contract.get("passages") or [] if isinstance(p, Mapping)
    ]
    rank = next((i for i, d in enumerate(doc_ids, 1) if d == item.doc_id), None)
    return CmrcResult(
        id=item.id,
        question=item.question,
        doc_id=item.doc_id,
        rank=rank,
        contains=any(contains(answer, gold) for gold in item.answers),
        answer=answer,
        passages=doc_ids,
        latency_ms=float(contract.get("latency_ms", latency_ms)),
        error=error,
    )


def run_cmrc(
    items: Sequence[CmrcItem],
    run: Run,
    *,
    progress: bool = True,
    sink: Callable[[CmrcResult], None] | None = None,
    workers: int = 1,
) -> list[CmrcResult]:
    """Ask every CMRC2018 question through `run`, streaming each result to `sink`."""
    results = []
    with _progress("cmrc2018", len(items), progress) as advance:
        calls = _ordered_map(lambda item: timed_call(run, item.question), items, workers)
        for item, (contract, latency, error) in zip(items, calls, strict=True):
            result = score_cmrc(item, contract, latency, error)
            results.append(result)
            if sink is not None:
                sink(result)
            advance()
    return results


def cmrc_metrics(results: Sequence[CmrcResult]) -> CmrcMetrics:
    """Figures over CMRC2018 results."""
    n = len(results)
    latencies = [r.latency_ms for r in results]
    return CmrcMetrics(
        n=n,
        hit1=_ratio(sum(1 for r in results if r.rank == 1), n),
        hit5=_ratio(sum(1 for r in results if r.rank is not None and r.rank <= 5), n),
        contains=_ratio(sum(1 for r in results if r.contains), n),
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
        errors=sum(1 for r in results if r.error),
    )


def cmrc_line(metrics: CmrcMetrics) -> str:
    """One line of CMRC2018 figures."""
    return (
        f"cmrc2018 n={metrics.n} hit@1={fmt(metrics.hit1)} hit@5={fmt(metrics.hit5)} "
        f"contains={fmt(metrics.contains)} p50={fmt(metrics.p50_ms, 1)}ms "
        f"p95={fmt(metrics.p95_ms, 1)}ms"
    )
