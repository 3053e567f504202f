"""The one entry point adapters call: a question (plus chat context) in, an `Answer` out."""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from retrieval.embeddings import (
    HASHING_NAME,
    Embedder,
    Reranker,
    make_embedder,
    make_reranker,
)
from retrieval.index import Index, IndexUnusable, IngestStats, Progress
from retrieval.lexicon import Thesaurus
from retrieval.models import Answer, Passage, Query, Report, ReportMeta
from retrieval.places import NATIONAL, read_query
from retrieval.retriever import LEGS, HybridSearch
from retrieval.settings import REPORTS_DIR, Settings, load_settings
from retrieval.text import clean

if TYPE_CHECKING:
    from retrieval.conversation import Conversation

log = logging.getLogger(__name__)

_CONTROL = {c: " " for c in range(32) if c not in (9, 10)}


def tidy_question(question: str, limit: int) -> str:
    """Control characters out, whitespace folded, at most `limit` characters."""
    text = " ".join(clean(question or "").translate(_CONTROL).split())
    return text[:limit]


class TownQA:
    """Reports in, cited answers out; thread-safe for concurrent questions."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        cfg = self.settings.retrieval
        self.index = Index(cfg.index_dir, cfg.chroma_url, cfg.chroma_collection)
        self.thesaurus = Thesaurus.load(cfg.thesaurus)
        self._lock = threading.Lock()
        self.search_engine = self.make_search(LEGS)

    # -- parts, built on first use ------------------------------------------------------------

    @cached_property
    def embedder(self) -> Embedder:
        try:
            built_offline = self.index.snapshot.embedder.startswith(HASHING_NAME)
        except IndexUnusable:
            built_offline = False
        return make_embedder(self.settings.retrieval.embedding_model, quiet=built_offline)

    @cached_property
    def reranker(self) -> Reranker | None:
        return make_reranker(self.settings.retrieval.reranker_model)

    def make_search(self, legs: tuple[str, ...], rerank: bool = True) -> HybridSearch:
        return HybridSearch(
            lambda: self.index.snapshot,
            lambda: self.embedder,
            self.index.store,
            self.thesaurus,
            reranker=(lambda: self.reranker) if rerank else (lambda: None),
            legs=legs,
        )

    def ensure_index(self) -> None:
        """If the index is empty, ingest the shipped corpus (first run)."""
        if self.index.empty:
            with self._lock:
                if self.index.empty:
                    log.info("index is empty: ingesting the shipped corpus from %s", REPORTS_DIR)
                    self.index.ingest_paths([REPORTS_DIR], self.embedder)

    # -- reading ------------------------------------------------------------------------------

    def catalog(self) -> list[ReportMeta]:
        self.ensure_index()
        return self.index.snapshot.catalog

    def read(self, question: str) -> Query:
        text = tidy_question(question, self.settings.retrieval.max_question_chars)
        query = read_query(text, self.catalog())
        if query.towns or query.unknown_towns:
            return query
        # "桐木溪村集体去年挣了多少": a village only one town's reports name is that town's.
        town = self._town_of_villages(text)
        return read_query(town + text, self.catalog()) if town else query

    def _town_of_villages(self, text: str) -> str:
        """The one town whose reports name every village the question names, else ""."""
        from retrieval.fit import named_villages

        villages = named_villages(text)
        if not villages:
            return ""
        self.ensure_index()
        snapshot = self.index.snapshot
        towns = {
            meta.town
            for meta in self.catalog()
            if meta.town not in ("", NATIONAL)
            and all(village in snapshot.report_words(meta.doc_id) for village in villages)
        }
        return towns.pop() if len(towns) == 1 else ""

    def retrieve(self, query: Query, k: int | None = None) -> list[Passage]:
        self.ensure_index()
        return self.search_engine.rank(query, k or self.settings.retrieval.k)

    def search(self, question: str, k: int | None = None) -> tuple[Query, list[Passage]]:
        query = self.read(question)
        if not query.text or (query.unknown_towns and not query.towns):
            return query, []
        return query, self.retrieve(query, k)

    def _extractive(self, text: str) -> tuple[Query, Answer, list[Passage]]:
        """The offline answer and the passages a model would be given."""
        from retrieval.answering import answer as extractive

        query = self.read(text)
        result = extractive(
            query,
            lambda q, k: self.retrieve(q, k),
            self.catalog(),
            report_words=self.index.snapshot.report_words,
            opening=self.index.snapshot.opening,
        )
        passages = result.passages or (self.retrieve(query) if query.text else [])
        return query, result, passages

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer a question, as a follow-up in `conversation` when one is given."""
        from retrieval.conversation import ask_in_conversation

        def one(text: str) -> Answer:
            query, result, passages = self._extractive(text)
            result.question = question
            if self.settings.llm.model:
                from retrieval.llm import answer_with_llm

                history = conversation.history() if conversation else []
                result = answer_with_llm(self.settings.llm, text, history, query, passages, result)
            return result

        if conversation is None:
            return one(question)
        return ask_in_conversation(one, conversation, question, self.catalog())

    def stream(
        self, question: str, conversation: Conversation | None = None
    ) -> Iterator[str | Answer]:
        """Checked sentences as the model writes them, then the final Answer (offline: only it)."""
        if not self.settings.llm.model:
            yield self.ask(question, conversation)
            return
        from retrieval.conversation import record_turn
        from retrieval.llm import stream_with_llm

        text = conversation.resolve(question, self.catalog()) if conversation else question
        query, base, passages = self._extractive(text)
        base.question = question
        history = conversation.history() if conversation else []
        final = base
        for piece in stream_with_llm(self.settings.llm, text, history, query, passages, base):
            if isinstance(piece, Answer):
                final = piece
            else:
                yield piece
        if conversation is not None:
            final = record_turn(conversation, question, text, final)
        yield final

    # -- writing ------------------------------------------------------------------------------

    def ingest(
        self,
        paths: list[Path] | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> IngestStats:
        with self._lock:
            return self.index.ingest_paths(
                paths or [REPORTS_DIR], self.embedder, progress=progress, rebuild=rebuild
            )

    def ingest_documents(
        self, reports: list[Report], progress: Progress | None = None
    ) -> IngestStats:
        with self._lock:
            return self.index.ingest_reports(reports, self.embedder, progress=progress)

    @property
    def uploads_dir(self) -> Path:
        return self.settings.retrieval.index_dir.parent / "uploads"

    def ingest_file(self, path: Path, name: str) -> ReportMeta:
        """Keep an uploaded report with the others and index it; raises LoadError if unreadable."""
        from retrieval.loading import LoadError, load_report

        safe = Path(name).name or "report.txt"
        self.uploads_dir.mkdir(parents=True, exist_ok=True)
        report = load_report(Path(path), Path(path).parent, None)  # fail before keeping it
        target = self.uploads_dir / safe
        shutil.copyfile(path, target)
        self.ensure_index()
        stats = self.ingest([target])
        if stats.failed:
            raise LoadError(target, stats.failed[0].split(": ", 1)[-1])
        stored = self.index.snapshot.reports.get(safe)
        return stored.meta if stored else report.meta

    def reindex(self, progress: Progress | None = None) -> IngestStats:
        """Rebuild from every folder the index knows, the shipped corpus included."""
        roots = {Path(r.root) for r in self.index.snapshot.reports.values() if r.root}
        roots.add(REPORTS_DIR)
        if self.uploads_dir.is_dir():
            roots.add(self.uploads_dir)
        return self.ingest(sorted(roots), progress=progress, rebuild=True)


def retrieval_setups(townqa: TownQA) -> dict[str, Callable[[str], list[Passage]]]:
    """Named retrieval set-ups for side-by-side evaluation, on one index."""
    townqa.ensure_index()
    k = 10

    def run(search: HybridSearch) -> Callable[[str], list[Passage]]:
        return lambda question: search.rank(townqa.read(question), k)

    setups = {
        "bm25": run(townqa.make_search(("words",), rerank=False)),
        "vectors": run(townqa.make_search(("vectors",), rerank=False)),
        "hybrid": run(townqa.make_search(LEGS, rerank=False)),
    }
    if townqa.reranker is not None:
        setups["hybrid+rerank"] = run(townqa.make_search(LEGS, rerank=True))
    from retrieval.baseline import naive_langchain

    setups["naive-langchain"] = naive_langchain(townqa, k=4)
    return setups
