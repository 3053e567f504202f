"""Chroma as the vector store: embedded by default, a server when TOWNQA_CHROMA_URL is set."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

log = logging.getLogger(__name__)

COLLECTION = "townqa_chunks"
BATCH = 1000


class VectorStoreError(RuntimeError):
    """The vector store cannot be reached or used; the message says what to do."""


class EmbedderMismatch(VectorStoreError):
    """The collection was built with another embedder than the one configured."""


class ChromaStore:
    """One Chroma collection of chunk vectors, keyed by content-hash chunk ids."""

    def __init__(self, path: Path, url: str | None = None, name: str = COLLECTION) -> None:
        self.path = path
        self.url = url
        self.name = name
        self._collection: Any = None

    def _client(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if not self.url:
            self.path.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
        parsed = urlparse(self.url if "://" in self.url else f"http://{self.url}")
        try:
            return chromadb.HttpClient(
                host=parsed.hostname or "localhost",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise VectorStoreError(self._unreachable(exc)) from exc

    def _unreachable(self, exc: Exception) -> str:
        return (
            f"Chroma server at {self.url} is not reachable ({type(exc).__name__}); "
            "start it with `chroma run --path DIR --port N` or unset TOWNQA_CHROMA_URL"
        )

    def collection(self, embedder: str, create: bool = False) -> Any:
        """The chunk collection; with create, (re)made for this embedder when it differs."""
        if self._collection is not None:
            return self._collection
        try:
            client = self._client()
            existing = {c if isinstance(c, str) else c.name for c in client.list_collections()}
            if self.name in existing:
                collection = client.get_collection(self.name, embedding_function=None)
                recorded = (collection.metadata or {}).get("embedder")
                if recorded != embedder:
                    if not create:
                        raise EmbedderMismatch(
                            f"the index was built with embedder {recorded}, but {embedder} is "
                            "configured: run `townqa ingest` to re-index, or set "
                            "TOWNQA_EMBEDDING_MODEL back"
                        )
                    client.delete_collection(self.name)
                    collection = None
            else:
                collection = None
            if collection is None:
                if not create:
                    return None
                collection = client.create_collection(
                    self.name,
                    metadata={"embedder": embedder, "hnsw:space": "cosine"},
                    embedding_function=None,
                )
        except VectorStoreError:
            raise
        except Exception as exc:
            if self.url:
                raise VectorStoreError(self._unreachable(exc)) from exc
            raise VectorStoreError(
                f"the Chroma store in {self.path} cannot be opened ({type(exc).__name__}); "
                "remove that folder and run `townqa ingest`"
            ) from exc
        self._collection = collection
        return collection

    def missing(self, collection: Any, ids: Sequence[str]) -> set[str]:
        """Ids not yet stored (content-hash ids: a stored id holds the same content)."""
        have: set[str] = set()
        for i in range(0, len(ids), BATCH):
            got = collection.get(ids=list(ids[i : i + BATCH]), include=[])
            have.update(got["ids"])
        return set(ids) - have

    def add(
        self,
        collection: Any,
        ids: list[str],
        vectors: list[list[float]],
        documents: list[str],
        metadatas: list[dict[str, Any]],
    ) -> None:
        for i in range(0, len(ids), BATCH):
            collection.upsert(
                ids=ids[i : i + BATCH],
                embeddings=vectors[i : i + BATCH],
                documents=documents[i : i + BATCH],
                metadatas=metadatas[i : i + BATCH],
            )

    def delete(self, collection: Any, ids: Sequence[str]) -> None:
        for i in range(0, len(ids), BATCH):
            collection.delete(ids=list(ids[i : i + BATCH]))

    def all_ids(self, collection: Any) -> set[str]:
        return set(collection.get(include=[])["ids"])

    def query(
        self, collection: Any, vector: list[float], n: int, doc_ids: list[str] | None
    ) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) of the n nearest chunks, within doc_ids when given."""
        where = {"doc_id": {"$in": doc_ids}} if doc_ids else None
        try:
            result = collection.query(
                query_embeddings=[vector], n_results=n, where=where, include=["distances"]
            )
        except Exception as exc:
            if self.url:
                raise VectorStoreError(self._unreachable(exc)) from exc
            raise
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [0.0] * len(ids)
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=False)]
