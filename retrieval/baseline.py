"""The naive LangChain set-up we measure against: 500-character splits, jieba BM25, k=4."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from retrieval.models import Passage

if TYPE_CHECKING:
    from retrieval.core import TownQA


def naive_langchain(townqa: TownQA, k: int = 4) -> Callable[[str], list[Passage]]:
    """A retriever over the same reports, built the way a quick LangChain demo would build it."""
    import bm25s
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from retrieval.lexicon import _jieba

    jieba = _jieba()  # quiet: jieba logs its dictionary load at INFO

    splitter = RecursiveCharacterTextSplitter(chunk_size=500, chunk_overlap=50)
    pieces: list[Passage] = []
    snapshot = townqa.index.snapshot
    for stored in snapshot.reports.values():
        # The whole report as indexed: consecutive chunks, which cover all of its words.
        text = "\n".join(c.text for c in snapshot.chunks if c.doc_id == stored.meta.doc_id)
        for piece in splitter.split_text(text):
            meta = stored.meta
            pieces.append(
                Passage(
                    rank=0,
                    doc_id=meta.doc_id,
                    source=meta.source,
                    title=meta.title,
                    town=meta.town,
                    period=meta.period,
                    section="",
                    chunk_id=hashlib.sha1(piece.encode()).hexdigest()[:16],
                    score=0.0,
                    text=piece,
                )
            )
    model = bm25s.BM25()
    model.index([jieba.lcut(p.text) for p in pieces] or [[""]], show_progress=False)
    vocab = model.vocab_dict

    def run(question: str) -> list[Passage]:
        tokens = [t for t in jieba.lcut(question) if t in vocab]
        if not tokens or not pieces:
            return []
        scores = model.get_scores(tokens)
        order = scores.argsort()[::-1][:k]
        return [
            pieces[i].model_copy(update={"rank": n, "score": float(scores[i])})
            for n, i in enumerate(order, 1)
            if scores[i] > 0
        ]

    return run
