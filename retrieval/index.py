"""The index: report catalog, chunks and lexical indexes on disk, vectors in Chroma.

Writes go to a new generation folder and switch over by replacing one pointer file, so a failure
half-way leaves the previous generation answering. Chroma rows are keyed by content hashes:
vectors for new chunks are added before the switch and stale ones removed after it, and readers
only trust ids of the current generation.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from retrieval.chunking import chunk_report
from retrieval.embeddings import Embedder
from retrieval.lexicon import (
    add_user_words,
    bigram_tokens,
    corpus_words,
    prepare_tagging,
    word_tokens,
)
from retrieval.loading import (
    COLLECTION_SUFFIX,
    LoadError,
    iter_report_files,
    load_collection,
    load_manifest,
    load_report,
)
from retrieval.models import Chunk, Passage, Report, ReportMeta
from retrieval.text import normalize
from retrieval.vectorstore import COLLECTION, ChromaStore

log = logging.getLogger(__name__)

FORMAT = 4  # 2: traditional characters folded for matching; 3: 一、…； lines are list items;
# 4: a dateline (——2022年3月5日在…会议上) is no heading
Progress = Callable[[str, int, int], None]


class IndexUnusable(RuntimeError):
    """The index cannot do what was asked; the message says what to do."""


class StoredReport(BaseModel):
    meta: ReportMeta
    root: str = Field(default="", description="Absolute folder it was ingested from; '' if none")
    chunk_ids: list[str] = Field(default_factory=list)


class IngestStats(BaseModel):
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list, description="One line per file that failed")
    chunks: int = 0
    reports: list[ReportMeta] = Field(default_factory=list, description="Added or updated")

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass
class Snapshot:
    """One generation of the index, immutable once loaded; readers hold a reference."""

    embedder: str = ""
    reports: dict[str, StoredReport] = field(default_factory=dict)
    chunks: list[Chunk] = field(default_factory=list)
    words: Any = None
    bigrams: Any = None
    vocabulary: dict[str, int] = field(default_factory=dict)
    user_words: list[str] = field(default_factory=list)
    position: dict[str, int] = field(default_factory=dict)

    @property
    def catalog(self) -> list[ReportMeta]:
        return [r.meta for r in self.reports.values()]

    def __post_init__(self) -> None:
        self.position = {c.chunk_id: i for i, c in enumerate(self.chunks)}

    @cached_property
    def _report_words(self) -> dict[str, str]:
        texts: dict[str, list[str]] = {}
        for chunk in self.chunks:
            texts.setdefault(chunk.doc_id, []).append(chunk.text)
        return {doc: normalize("".join(parts)).lower() for doc, parts in texts.items()}

    @cached_property
    def corpus_text(self) -> str:
        """Every report's text, folded, one after another: whether any report uses a phrase."""
        return "\n".join(self._report_words.values())

    def opening(self, doc_id: str) -> Passage | None:
        """A report's first chunk, where its heading, issuer and date stand."""
        report = self.reports.get(doc_id)
        ids = report.chunk_ids if report else []
        places = [self.position[c] for c in ids if c in self.position]
        if not places:
            return None
        first = min(places, key=lambda i: self.chunks[i].start)
        return Passage.from_chunk(self.chunks[first], rank=1, score=0.0)

    def report_words(self, doc_id: str) -> str:
        """A report's whole text, folded (width, case): what it names outside a passage."""
        return self._report_words.get(doc_id, "")


def index_text(chunk: Chunk) -> str:
    """What is indexed for a chunk: its short header, then its words."""
    return f"{chunk.header}\n{chunk.text}"


def _import_bm25s() -> Any:
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each build at debug
    return bm25s


class Bm25Scores:
    """A saved bm25s index scored with numpy alone: importing bm25s and scipy costs ~0.3 s."""

    def __init__(self, folder: Path) -> None:
        import numpy as np

        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        # Only methods whose scores are all precomputed in the matrix (no non-occurrence term).
        if params.get("method") not in ("lucene", "robertson", "atire"):
            raise ValueError(f"unsupported BM25 method {params.get('method')!r}")
        vocab = (folder / "vocab.index.json").read_text(encoding="utf-8")
        self.vocab_dict: dict[str, int] = json.loads(vocab)
        self._data = np.load(folder / "data.csc.index.npy")
        self._indices = np.load(folder / "indices.csc.index.npy")
        self._indptr = np.load(folder / "indptr.csc.index.npy")
        self._num_docs = int(params["num_docs"])
        self._dtype = np.dtype(params.get("dtype", "float32"))
        self._int_dtype = np.dtype(params.get("int_dtype", "int32"))

    def get_scores(self, tokens: list[str]) -> Any:
        """Per-document BM25 scores of tokens, summed as bm25s.BM25.get_scores does."""
        import numpy as np

        ids = np.asarray(
            [self.vocab_dict[t] for t in tokens if t in self.vocab_dict], dtype=self._int_dtype
        )
        if int(ids.max(initial=0)) >= len(self._indptr) - 1:
            raise ValueError("a query token has no column in the BM25 index")  # as bm25s does
        scores = np.zeros(self._num_docs, dtype=self._dtype)
        for start, end in zip(self._indptr[ids], self._indptr[ids + 1], strict=True):
            np.add.at(scores, self._indices[start:end], self._data[start:end])
        return scores


def _bm25(token_lists: list[list[str]]) -> Any:
    bm25s = _import_bm25s()

    model = bm25s.BM25(k1=1.2, b=0.75)
    model.index(token_lists or [[""]], show_progress=False)
    return model


class Index:
    """Reads and writes one index folder; thread-safe, one writer at a time."""

    def __init__(
        self, folder: Path, chroma_url: str | None = None, collection: str = COLLECTION
    ) -> None:
        self.folder = Path(folder)
        self.store = ChromaStore(self.folder / "chroma", chroma_url, collection)
        self._write_lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    # -- reading -----------------------------------------------------------------------------

    def _current(self) -> Path | None:
        pointer = self.folder / "CURRENT"
        if not pointer.is_file():
            return None
        gen = self.folder / pointer.read_text(encoding="utf-8").strip()
        return gen if gen.is_dir() else None

    @property
    def snapshot(self) -> Snapshot:
        if self._snapshot is None:
            self._snapshot = self._load()
        return self._snapshot

    def _load(self) -> Snapshot:
        gen = self._current()
        if gen is None:
            return Snapshot()
        try:
            state = json.loads((gen / "state.json").read_text(encoding="utf-8"))
            if state.get("format") != FORMAT:
                raise IndexUnusable(
                    f"the index in {self.folder} has an old format: run `townqa ingest --rebuild`"
                )
            with (gen / "chunks.jsonl").open(encoding="utf-8") as fh:
                chunks = [Chunk.model_validate_json(line) for line in fh if line.strip()]
            words = Bm25Scores(gen / "words")
            bigrams = Bm25Scores(gen / "bigrams")
        except IndexUnusable:
            raise
        except (OSError, ValueError, KeyError) as exc:
            raise IndexUnusable(
                f"the index in {self.folder} is damaged ({type(exc).__name__}): "
                "run `townqa ingest --rebuild`"
            ) from exc
        reports = {k: StoredReport.model_validate(v) for k, v in state["reports"].items()}
        return Snapshot(
            embedder=state["embedder"],
            reports=reports,
            chunks=chunks,
            words=words,
            bigrams=bigrams,
            vocabulary=dict(words.vocab_dict),
            user_words=state.get("user_words", []),
        )

    def _readable_or_empty(self) -> Snapshot:
        """The current generation; an old or damaged one is replaced by what is ingested now."""
        try:
            return self.snapshot
        except IndexUnusable as exc:
            log.warning("%s; rebuilding it from the files given", str(exc).split(":")[0])
            self._snapshot = Snapshot()
            return self._snapshot

    @property
    def empty(self) -> bool:
        return not self.snapshot.chunks

    # -- writing -----------------------------------------------------------------------------

    def ingest_paths(
        self,
        paths: Iterable[Path],
        embedder: Embedder,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> IngestStats:
        """Ingest files and folders; a folder also drops reports of files gone from it."""
        stats = IngestStats()
        reports: list[tuple[Report, str]] = []
        roots: set[str] = set()
        files: list[tuple[Path, Path]] = []
        for path in paths:
            path = Path(path).expanduser()
            if not path.exists():
                stats.failed.append(f"{path}: no such file or folder")
                continue
            if path.is_dir():
                roots.add(str(path.resolve()))
            try:
                files.extend(iter_report_files([path]))
            except LoadError as exc:
                stats.failed.append(f"{path}: {exc}")
        manifests: dict[Path, Any] = {}
        for number, (file, root) in enumerate(files, 1):
            if progress:
                progress("reading", number, len(files))
            if root not in manifests:
                manifests[root] = load_manifest(root)
            try:
                if file.suffix.lower() == COLLECTION_SUFFIX:
                    loaded = load_collection(file)
                else:
                    loaded = [load_report(file, root, manifests[root])]
            except LoadError as exc:
                stats.failed.append(f"{file}: {exc}")
                continue
            reports += [(report, str(Path(root).resolve())) for report in loaded]
        return self._apply(reports, roots, embedder, stats, progress, rebuild)

    def ingest_reports(
        self,
        reports: list[Report],
        embedder: Embedder,
        progress: Progress | None = None,
        root: str = "",
    ) -> IngestStats:
        """Ingest reports that did not come from files (benchmarks, uploads already read)."""
        return self._apply([(r, root) for r in reports], set(), embedder, IngestStats(), progress)

    def remove(self, doc_ids: Iterable[str], embedder: Embedder) -> IngestStats:
        stats = IngestStats()
        with self._write_lock:
            old = self.snapshot
            drop = set(doc_ids)  # once: doc_ids may be a one-shot iterator
            keep = {k: v for k, v in old.reports.items() if k not in drop}
            stats.removed = sorted(set(old.reports) - set(keep))
            if stats.removed:
                chunks = [c for c in old.chunks if c.doc_id in keep]
                self._commit(keep, chunks, old, embedder, None)
        return stats

    def _apply(
        self,
        incoming: list[tuple[Report, str]],
        roots: set[str],
        embedder: Embedder,
        stats: IngestStats,
        progress: Progress | None,
        rebuild: bool = False,
    ) -> IngestStats:
        with self._write_lock:
            old = self._readable_or_empty()
            same_embedder = old.embedder == embedder.name and not rebuild
            reports = dict(old.reports)
            by_doc: dict[str, list[Chunk]] = {}
            for chunk in old.chunks:
                by_doc.setdefault(chunk.doc_id, []).append(chunk)
            seen: set[str] = set()
            for report, root in incoming:
                seen.add(report.doc_id)
                before = reports.get(report.doc_id)
                if (
                    before is not None
                    and before.meta.content_hash == report.content_hash
                    and before.meta == report.meta
                ):
                    stats.unchanged.append(report.doc_id)
                    continue
                chunks = chunk_report(report)
                by_doc[report.doc_id] = chunks
                reports[report.doc_id] = StoredReport(
                    meta=report.meta, root=root, chunk_ids=[c.chunk_id for c in chunks]
                )
                (stats.updated if before else stats.added).append(report.doc_id)
                stats.reports.append(report.meta)
            for doc_id, stored in list(reports.items()):
                if stored.root in roots and doc_id not in seen:
                    del reports[doc_id]
                    by_doc.pop(doc_id, None)
                    stats.removed.append(doc_id)
            if (
                not stats.changed
                and same_embedder
                and old.chunks
                and self._vectors_complete(old, embedder)
            ):
                stats.chunks = len(old.chunks)
                return stats
            chunks = [c for doc_id in reports for c in by_doc.get(doc_id, [])]
            stats.chunks = len(chunks)
            self._commit(reports, chunks, old, embedder, progress, rebuild)
        return stats

    def _vectors_complete(self, snapshot: Snapshot, embedder: Embedder) -> bool:
        """Whether the vector store holds every chunk (a new or emptied server does not)."""
        collection = self.store.collection(embedder.name, create=True)
        return not self.store.missing(collection, [c.chunk_id for c in snapshot.chunks])

    def _commit(
        self,
        reports: dict[str, StoredReport],
        chunks: list[Chunk],
        old: Snapshot,
        embedder: Embedder,
        progress: Progress | None,
        rebuild: bool = False,
    ) -> None:
        collection = self.store.collection(embedder.name, create=True)
        if rebuild and old.embedder == embedder.name:
            self.store.delete(collection, sorted(self.store.all_ids(collection)))
        # Vectors first: until the pointer moves, readers ignore ids they do not know.
        todo = sorted(self.store.missing(collection, [c.chunk_id for c in chunks]))
        wanted = {c.chunk_id: c for c in chunks}
        step = 256
        for i in range(0, len(todo), step):
            batch = [wanted[cid] for cid in todo[i : i + step]]
            texts = [index_text(c) for c in batch]
            self.store.add(
                collection,
                [c.chunk_id for c in batch],
                embedder.embed_documents(texts),
                texts,
                [{"doc_id": c.doc_id, "town": c.town, "period": c.period} for c in batch],
            )
            if progress:
                progress("embedding", min(i + step, len(todo)), len(todo))
        snapshot = self._build(reports, chunks, embedder.name, progress)
        self._write(snapshot)
        self._snapshot = snapshot
        stale = self.store.all_ids(collection) - set(wanted)
        if stale:
            self.store.delete(collection, sorted(stale))

    def _build(
        self,
        reports: dict[str, StoredReport],
        chunks: list[Chunk],
        embedder: str,
        progress: Progress | None,
    ) -> Snapshot:
        metas = [r.meta for r in reports.values()]
        user_words = corpus_words(
            (c.text for c in chunks), [m.town for m in metas if m.town not in ("", "未知")]
        )
        add_user_words(user_words)
        word_lists: list[list[str]] = []
        bigram_lists: list[list[str]] = []
        for number, chunk in enumerate(chunks, 1):
            text = index_text(chunk)
            word_lists.append(word_tokens(text))
            bigram_lists.append(bigram_tokens(text))
            if progress and (number % 200 == 0 or number == len(chunks)):
                progress("indexing", number, len(chunks))
        words = _bm25(word_lists)
        # Questions are tagged from a dictionary store; build it now rather than on the first ask.
        prepare_tagging()
        return Snapshot(
            embedder=embedder,
            reports=reports,
            chunks=chunks,
            words=words,
            bigrams=_bm25(bigram_lists),
            vocabulary=dict(words.vocab_dict),
            user_words=sorted(user_words),
        )

    def _write(self, snapshot: Snapshot) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"gen-{uuid.uuid4().hex[:12]}"
        gen = self.folder / name
        gen.mkdir()
        state = {
            "format": FORMAT,
            "embedder": snapshot.embedder,
            "reports": {k: v.model_dump() for k, v in snapshot.reports.items()},
            "user_words": snapshot.user_words,
        }
        (gen / "state.json").write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        with (gen / "chunks.jsonl").open("w", encoding="utf-8") as fh:
            for chunk in snapshot.chunks:
                fh.write(chunk.model_dump_json() + "\n")
        snapshot.words.save(str(gen / "words"), show_progress=False)
        snapshot.bigrams.save(str(gen / "bigrams"), show_progress=False)
        pointer = self.folder / "CURRENT.tmp"
        pointer.write_text(name, encoding="utf-8")
        os.replace(pointer, self.folder / "CURRENT")
        for other in self.folder.glob("gen-*"):
            if other.name != name:
                shutil.rmtree(other, ignore_errors=True)
