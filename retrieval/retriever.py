"""Hybrid retrieval: BM25 over words and character bigrams plus vectors, fused by reciprocal rank.

The question's towns and periods filter the candidates; when a town has several reports and the
question names no period, each report gets its share of the top passages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from retrieval import synonyms
from retrieval.embeddings import Embedder, Reranker
from retrieval.evidence import measured_stem
from retrieval.index import Snapshot
from retrieval.lexicon import Thesaurus, bigram_tokens, query_words
from retrieval.models import Passage, Query
from retrieval.places import periods_answering
from retrieval.questions import (
    COMMON_UNITS,
    RANK_UNIT,
    as_reports_say,
    asked_unit,
    without_year_settings,
)
from retrieval.vectorstore import ChromaStore, VectorStoreError

log = logging.getLogger(__name__)

RRF_K = 60
# Words that name the document rather than its content ("2018年政府工作报告说…"): they match
# every title and resolution and nothing that answers.
DOCUMENT_WORDS = re.compile(
    r"(?:政府)?工作(?:报告|总结)|(?:这份|那份|的)?(?:报告|总结)(?:里|中|上|说|提到|提出|显示)?"
)
LIST_ASK = re.compile(
    r"哪些|哪几|几个方面|几方面|几件事|几项工作|哪方面|哪[两二三四五六七八九十](?:条|件|点)"
)
# A passage ending on a list's intro: "利用外资必须把握三条原则：", "我们有以下几点体会：".
_INTRO_END = re.compile(r"(?:[：:]|以下[^。；]*|如下[^。；]*)\s*$")
INTRO_FOLLOWERS = 6  # passages after a list's intro read with it
LEGS = ("words", "bigrams", "vectors")


@dataclass
class Weights:
    words: float = 0.5
    bigrams: float = 1.0
    vectors: float = 0.1  # hashed n-grams add little beyond the bigram leg (see README)
    neural_vectors: float = 1.0  # a real embedding model earns an equal say
    expansion: float = 0.5
    stand_in: float = 1.0  # thesaurus terms for a question phrase that no report uses
    period_boost: float = 1.0  # when no town is named, a matching period lifts, not filters
    # A passage giving a figure in the asked unit right after a word of the question (汽车16万辆
    # for "计划生产汽车多少辆"): the answer's likeliest place, however often other words recur.
    measure: float = 0.3
    fusion: str = "linear"


def allowed_docs(snapshot: Snapshot, query: Query) -> list[str] | None:
    """Doc ids of the towns the question names, narrowed to its periods; None: no town named.

    A period no report of those towns covers ("去年上报的隐患", "下半年打算") is usually a
    time inside a report rather than the report's own period, so it then filters nothing.
    Without a town, periods only boost (see `period_docs`): a national report of 2025 reviews
    2024, so "2024年…" must still reach it.
    """
    if not query.towns:
        return None
    by_town = [d for d, r in snapshot.reports.items() if r.meta.town in query.towns]
    return period_docs(snapshot, query, by_town) or by_town


def period_docs(snapshot: Snapshot, query: Query, docs: list[str]) -> list[str]:
    """Those of `docs` whose report period answers one the question names, town by town."""
    metas = {d: snapshot.reports[d].meta for d in docs}
    towns: dict[str, set[str]] = {}
    for meta in metas.values():
        towns.setdefault(meta.town, set()).add(meta.period)
    wanted = {t: periods_answering(query.periods, periods) for t, periods in towns.items()}
    return [d for d in docs if metas[d].period in wanted[metas[d].town]]


def _chunk_before(snapshot: Snapshot, i: int) -> str:
    """The text of the chunk before chunk i in its report (chunks are stored in report order)."""
    chunk = snapshot.chunks[i]
    if i == 0:
        return ""
    prev = snapshot.chunks[i - 1]
    return prev.text if prev.doc_id == chunk.doc_id and prev.start < chunk.start else ""


class HybridSearch:
    """Scores one snapshot's chunks for a question; each leg can be switched off for comparison."""

    def __init__(
        self,
        snapshot_source: Callable[[], Snapshot],
        embedder: Callable[[], Embedder],
        store: ChromaStore,
        thesaurus: Thesaurus,
        reranker: Callable[[], Reranker | None] = lambda: None,
        legs: tuple[str, ...] = LEGS,
        weights: Weights | None = None,
    ) -> None:
        self._snapshot = snapshot_source
        self._embedder = embedder
        self.store = store
        self.thesaurus = thesaurus
        self._reranker = reranker
        self.legs = legs
        self.weights = weights or Weights()
        self._vector_warning = ""

    def _mask(self, snapshot: Snapshot, docs: list[str] | None) -> np.ndarray | None:
        if docs is None:
            return None
        wanted = set(docs)
        return np.array([c.doc_id in wanted for c in snapshot.chunks], dtype=bool)

    def _bm25(self, model: object, tokens: list[str], vocabulary: dict[str, int]) -> np.ndarray:
        known = [t for t in tokens if t in vocabulary]
        if not known:
            return np.zeros(0, dtype=np.float32)
        return np.asarray(model.get_scores(known), dtype=np.float32)  # type: ignore[attr-defined]

    def _lexical(self, snapshot: Snapshot, text: str) -> dict[str, np.ndarray]:
        text = as_reports_say(DOCUMENT_WORDS.sub(" ", text))
        # A concept the question names in words no report uses (活着的人): the reports' words
        # for it (生还者) stand in fully; otherwise they only add to the question's own.
        expansion: list[str] = []
        stand_ins: list[str] = []
        for asked, terms in self.thesaurus.expand_groups(text):
            unheard = not any(a in snapshot.corpus_text for a in asked)
            target = stand_ins if unheard else expansion
            target.extend(t for t in terms if t not in target)
        expansion += [w for w in synonyms.expand(text, snapshot.vocabulary) if w not in expansion]
        # "粮食产量" may be told as "粮食增加了五十亿斤，达到三千七百亿斤": the thing measured.
        own_words = query_words(text, snapshot.vocabulary)
        stems = (measured_stem(w) for w in own_words)
        expansion += [s for s in stems if len(s) >= 2 and s not in expansion]
        extras = ((expansion, self.weights.expansion), (stand_ins, self.weights.stand_in))
        scores: dict[str, np.ndarray] = {}
        if "words" in self.legs:
            s = self._bm25(snapshot.words, own_words, snapshot.vocabulary)
            for terms, weight in extras:
                extra_words = [w for term in terms for w in query_words(term, snapshot.vocabulary)]
                e = self._bm25(snapshot.words, extra_words, snapshot.vocabulary)
                if e.size:
                    s = (s if s.size else np.zeros_like(e)) + weight * e
            scores["words"] = s
        if "bigrams" in self.legs:
            vocab = dict(snapshot.bigrams.vocab_dict)
            s = self._bm25(snapshot.bigrams, bigram_tokens(text), vocab)
            for terms, weight in extras:
                extra = [b for term in terms for b in bigram_tokens(term)]
                e = self._bm25(snapshot.bigrams, extra, vocab)
                if e.size:
                    s = (s if s.size else np.zeros_like(e)) + weight * e
            scores["bigrams"] = s
        return scores

    def _vectors(
        self, snapshot: Snapshot, text: str, docs: list[str] | None, n: int
    ) -> list[tuple[int, float]]:
        if "vectors" not in self.legs or not snapshot.chunks:
            return []
        try:
            embedder = self._embedder()
            collection = self.store.collection(embedder.name)
            if collection is None:
                return []
            hits = self.store.query(collection, embedder.embed_query(text), n, docs)
        except VectorStoreError as exc:
            if str(exc) != self._vector_warning:
                self._vector_warning = str(exc)
                log.warning("vector search off: %s; answering from the lexical index", exc)
            if "embedder" in str(exc):
                raise
            return []
        found = [(snapshot.position[cid], sim) for cid, sim in hits if cid in snapshot.position]
        return found

    def rank(self, query: Query, k: int) -> list[Passage]:
        """The k best passages for the question, within its towns and periods."""
        snapshot = self._snapshot()
        if not snapshot.chunks:
            return []
        docs = allowed_docs(snapshot, query)
        if docs is not None and not docs:
            return []
        mask = self._mask(snapshot, docs)
        pool = max(50, 10 * k)
        fused = np.zeros(len(snapshot.chunks), dtype=np.float64)
        # "国际金融危机爆发那年（2008年）": the year finds the report, not the event's words.
        searched = without_year_settings(query.text)
        for leg, scores in self._lexical(snapshot, searched).items():
            if not scores.size:
                continue
            if mask is not None:
                scores = np.where(mask, scores, 0.0)
            self._fuse(fused, leg, scores, pool)
        vector_hits = self._vectors(snapshot, searched, docs, pool)
        if vector_hits:
            sims = np.zeros(len(snapshot.chunks), dtype=np.float64)
            for i, sim in vector_hits:
                sims[i] = max(sim, 0.0)
            neural = self._embedder().name.startswith("st:")
            self._fuse(fused, "neural_vectors" if neural else "vectors", sims, pool)
        if mask is not None:
            fused = np.where(mask, fused, 0.0)
        self._measure_bonus(snapshot, searched, fused, pool)
        if mask is None and query.periods and fused.any():
            boosted = set(period_docs(snapshot, query, list(snapshot.reports)))
            bonus = np.array([c.doc_id in boosted for c in snapshot.chunks], dtype=np.float64)
            fused += self.weights.period_boost * bonus * (fused > 0)
        order = [int(i) for i in np.argsort(-fused, kind="stable") if fused[i] > 0]
        order = self._rerank(snapshot, query.text, order, k)
        order = self._spread(snapshot, order, docs, k)
        if LIST_ASK.search(query.text):
            order = self._after_intro(snapshot, self._whole_section(snapshot, order, k))
        return [
            Passage.from_chunk(
                snapshot.chunks[i],
                rank=n,
                score=round(float(fused[i]), 6),
                before=_chunk_before(snapshot, i),
            )
            for n, i in enumerate(order[:k], 1)
        ]

    def _measure_bonus(self, snapshot: Snapshot, text: str, fused: np.ndarray, pool: int) -> None:
        """Lift passages giving a figure in the asked unit right after a question word."""
        unit = asked_unit(text)
        if not unit or unit in COMMON_UNITS or unit == RANK_UNIT or not self.weights.measure:
            return  # (money, people and plain counts are told everywhere: no sign of the place)
        words = sorted(
            (w for w in query_words(text, snapshot.vocabulary) if len(w) >= 2),
            key=len,
            reverse=True,
        )
        if not words:
            return
        told = re.compile(
            rf"(?:{'|'.join(map(re.escape, words))})[^，,。；;：:]{{0,6}}?"
            rf"[\d０-９.．一二三四五六七八九十百千两]+[万亿]?\s*{re.escape(unit)}"
        )
        for i in np.argsort(-fused, kind="stable")[:pool]:
            if fused[i] > 0 and told.search(snapshot.chunks[i].text):
                fused[i] += self.weights.measure

    def _rerank(self, snapshot: Snapshot, text: str, order: list[int], k: int) -> list[int]:
        reranker = self._reranker()
        if reranker is None or not order:
            return order
        head = order[: max(20, 2 * k)]
        scores = reranker.score(text, [snapshot.chunks[i].text for i in head])
        reranked = [i for _, i in sorted(zip(scores, head, strict=True), key=lambda p: -p[0])]
        return reranked + order[len(head) :]

    def _fuse(self, fused: np.ndarray, leg: str, scores: np.ndarray, pool: int) -> None:
        """Add one leg's scores: max-normalised (linear) or by reciprocal rank."""
        weight = getattr(self.weights, leg)
        top = float(scores.max()) if scores.size else 0.0
        if top <= 0:
            return
        if self.weights.fusion == "linear":
            fused += weight * scores / top
            return
        order = np.argsort(-scores, kind="stable")[:pool]
        for rank, i in enumerate(order):
            if scores[i] <= 0:
                break
            fused[i] += weight / (RRF_K + rank + 1)

    def _whole_section(self, snapshot: Snapshot, order: list[int], k: int) -> list[int]:
        """For a list question, the best passage's whole section first, in report order.

        Items of an enumeration sit in neighbouring passages of one section.
        """
        if not order or not snapshot.chunks[order[0]].section:
            return order
        top = snapshot.chunks[order[0]]
        members = [
            i
            for i, c in enumerate(snapshot.chunks)
            if c.doc_id == top.doc_id and c.section == top.section
        ]
        if not 2 <= len(members) <= k:
            return order
        chosen = set(members)
        return members + [i for i in order if i not in chosen]

    def _after_intro(self, snapshot: Snapshot, order: list[int]) -> list[int]:
        """For a list question, the passages right after a top passage ending on the list's
        intro, read next to it: items in paragraphs of their own (第一、…；第二、…) follow it."""
        for i in order[:3]:
            chunk = snapshot.chunks[i]
            if not _INTRO_END.search(chunk.text.rstrip()[-40:]):
                continue
            after = [
                j
                for j in range(i + 1, min(i + 1 + INTRO_FOLLOWERS, len(snapshot.chunks)))
                if snapshot.chunks[j].doc_id == chunk.doc_id
            ]
            head = order[: order.index(i) + 1]
            first = head + [j for j in after if j not in head]
            chosen = set(first)
            return first + [j for j in order if j not in chosen]
        return order

    def _spread(
        self, snapshot: Snapshot, order: list[int], docs: list[str] | None, k: int
    ) -> list[int]:
        """With several matching reports, give each one a share of the top k."""
        if docs is None or len(docs) < 2 or len(docs) > k:
            return order
        share = max(1, min(2, k // len(docs)))
        picked: list[int] = []
        for doc_id in docs:
            picked.extend([i for i in order if snapshot.chunks[i].doc_id == doc_id][:share])
        guaranteed = set(picked)
        fill = [i for i in order if i not in guaranteed][: max(0, k - len(guaranteed))]
        head = sorted(guaranteed | set(fill), key=order.index)
        chosen = set(head)
        return head + [i for i in order if i not in chosen]
