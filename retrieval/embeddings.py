"""Embedders: sentence-transformers when a model is at hand, hashed character n-grams otherwise."""

from __future__ import annotations

import logging
import re
import zlib
from pathlib import Path
from typing import Protocol

import numpy as np

from retrieval.text import normalize

log = logging.getLogger(__name__)

HASHING_NAME = "hashing-char-ngrams-v1"
BGE_ZH_QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章："
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


class Embedder(Protocol):
    name: str
    dim: int

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class EmbedderUnavailable(RuntimeError):
    """The configured model cannot be loaded here (not a local path, not in the hub cache)."""


class HashingEmbedder:
    """Offline embedder: character 2- and 3-grams hashed into a fixed space, L2-normalised."""

    def __init__(self, dim: int = 1024) -> None:
        self.dim = dim
        self.name = f"{HASHING_NAME}-{dim}"

    def _vector(self, text: str) -> np.ndarray:
        chars = _NOISE.sub("", normalize(text))
        vec = np.zeros(self.dim, dtype=np.float32)
        for n, weight in ((2, 1.0), (3, 0.5)):
            for i in range(len(chars) - n + 1):
                h = zlib.crc32(chars[i : i + n].encode())
                vec[h % self.dim] += weight if h & 0x80000000 else -weight
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else vec

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text).tolist()


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local path or the local hub cache."""

    def __init__(self, model: str, device: str | None = None) -> None:
        from sentence_transformers import SentenceTransformer  # heavy: torch

        self._model = SentenceTransformer(model, device=device, local_files_only=True)
        self.name = f"st:{model}"
        # sentence-transformers 6 renamed the method (the old name warns, later goes).
        dimension = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension() or 0)
        lowered = model.lower()
        self._instruction = BGE_ZH_QUERY_INSTRUCTION if "bge" in lowered and "zh" in lowered else ""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(texts, normalize_embeddings=True, batch_size=32)
        return [v.tolist() for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        vector = self._model.encode([self._instruction + text], normalize_embeddings=True)[0]
        return vector.tolist()


def model_available(model: str) -> bool:
    """True when the model is a local folder or already in the hub cache; never touches the net."""
    if Path(model).expanduser().is_dir():
        return True
    if model.count("/") != 1 or model.startswith((".", "/")):
        return False
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return False
    found = try_to_load_from_cache(model, "config.json")
    return isinstance(found, str)


def sentence_transformers_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("sentence_transformers") is not None


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        log.warning(message)


def make_embedder(model: str, quiet: bool = False) -> Embedder:
    """The configured embedder, or the offline one when it cannot load.

    The fallback is announced with one warning, or only logged when `quiet` (the index was
    already built with the offline embedder, so the user has been told at ingest).
    """
    if model in ("hashing", HASHING_NAME) or model.startswith(HASHING_NAME):
        return HashingEmbedder()
    reason = ""
    if not sentence_transformers_installed():
        reason = "sentence-transformers is not installed (pip install '.[neural]')"
    elif not model_available(model):
        reason = "it is not a local folder and not in the Hugging Face cache"
    else:
        try:
            return SentenceTransformerEmbedder(model)
        except Exception as exc:  # a broken download or incompatible weights
            reason = f"loading failed: {type(exc).__name__}: {exc}".splitlines()[0]
    message = (
        f"Embedding model {model} unavailable ({reason}); using the offline hashing embedder. "
        "Set TOWNQA_EMBEDDING_MODEL=hashing to silence this."
    )
    if quiet:
        log.info(message)
    else:
        _warn_once(message)
    return HashingEmbedder()


class Reranker(Protocol):
    def score(self, query: str, texts: list[str]) -> list[float]: ...


class CrossEncoderReranker:
    """A sentence-transformers CrossEncoder loaded from a local path or the hub cache."""

    def __init__(self, model: str) -> None:
        from sentence_transformers import CrossEncoder

        self._model = CrossEncoder(model, local_files_only=True)
        self.name = f"ce:{model}"

    def score(self, query: str, texts: list[str]) -> list[float]:
        if not texts:
            return []
        scores = self._model.predict([(query, t) for t in texts])
        return [float(s) for s in np.atleast_1d(scores)]


def make_reranker(model: str | None) -> Reranker | None:
    """The configured cross-encoder, or None (with one warning) when it cannot load."""
    if not model:
        return None
    reason = ""
    if not sentence_transformers_installed():
        reason = "sentence-transformers is not installed"
    elif not model_available(model):
        reason = "it is not a local folder and not in the Hugging Face cache"
    else:
        try:
            return CrossEncoderReranker(model)
        except Exception as exc:
            reason = f"loading failed: {type(exc).__name__}: {exc}".splitlines()[0]
    _warn_once(f"Reranker {model} unavailable ({reason}); ranking without it.")
    return None
