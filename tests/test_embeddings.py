"""Embedders: a tiny sentence-transformers model and cross-encoder built here; offline fallback."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import hermetic_env
from test_index import BAISHA, QINGSHI, chroma_ids, write_reports

from retrieval.embeddings import HASHING_NAME, HashingEmbedder, make_embedder
from retrieval.settings import PROJECT_ROOT, REPORTS_DIR
from retrieval.vectorstore import COLLECTION, EmbedderMismatch

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


def corpus_characters() -> list[str]:
    """CJK characters of the shipped reports and the test reports: the tiny model's vocabulary."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(REPORTS_DIR.glob("*.txt"))]
    texts += [QINGSHI, BAISHA]
    chars = {c for text in texts for c in text if "\u4e00" <= c <= "\u9fff"}
    return sorted(chars)


def build_tiny_models(folder: Path) -> tuple[Path, Path]:
    """A 2-layer BERT as a SentenceTransformer folder and as a one-label CrossEncoder folder."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertModel, BertTokenizer

    try:
        from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    except ImportError:  # sentence-transformers < 6
        from sentence_transformers.models import Pooling, Transformer  # type: ignore[no-redef]
    from sentence_transformers import SentenceTransformer

    vocab = folder / "vocab.txt"
    words = (
        SPECIAL + list("0123456789%.") + list("abcdefghijklmnopqrstuvwxyz") + corpus_characters()
    )
    vocab.write_text("\n".join(words) + "\n", encoding="utf-8")
    tokenizer = BertTokenizer(vocab_file=str(vocab), do_lower_case=True)
    config = BertConfig(
        vocab_size=len(words),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=37,
        max_position_embeddings=512,
    )
    torch.manual_seed(0)
    bert_dir = folder / "bert"
    BertModel(config).save_pretrained(bert_dir)
    tokenizer.save_pretrained(bert_dir)
    word = Transformer(str(bert_dir), max_seq_length=256)
    dimension = getattr(word, "get_embedding_dimension", None) or word.get_word_embedding_dimension
    pooling = Pooling(dimension(), "mean")
    st_dir = folder / "tiny-st"
    SentenceTransformer(modules=[word, pooling], device="cpu").save(str(st_dir))

    ce_dir = folder / "tiny-ce"
    config.num_labels = 1
    BertForSequenceClassification(config).save_pretrained(ce_dir)
    tokenizer.save_pretrained(ce_dir)
    return st_dir, ce_dir


@pytest.fixture(scope="module")
def tiny_models(
    tmp_path_factory: pytest.TempPathFactory, _network_guard: Path
) -> tuple[Path, Path]:
    pytest.importorskip("sentence_transformers", reason="sentence-transformers is not installed")
    folder = tmp_path_factory.mktemp("tiny-models")
    with pytest.MonkeyPatch.context() as mp:
        hermetic_env(mp, folder / "home", _network_guard)
        return build_tiny_models(folder)


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    return write_reports(
        tmp_path / "reports", {"青石镇_2024.txt": QINGSHI, "白沙镇_2025H1.txt": BAISHA}
    )


def recorded_embedder(index_dir: Path) -> str:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        path=str(index_dir / "chroma"), settings=Settings(anonymized_telemetry=False)
    )
    return str((client.get_collection(COLLECTION).metadata or {})["embedder"])


def test_make_embedder_loads_the_tiny_model(tiny_models: tuple[Path, Path]) -> None:
    st_dir, _ = tiny_models
    embedder = make_embedder(str(st_dir))
    assert embedder.name == f"st:{st_dir}"
    assert embedder.dim == 32
    vectors = embedder.embed_documents(["卢峰镇排查重大隐患", "北斗溪镇森林防火"])
    query = embedder.embed_query("重大隐患")
    assert len(vectors) == 2 and all(len(v) == 32 for v in [*vectors, query])
    assert abs(sum(x * x for x in query) - 1.0) < 1e-4  # normalised for cosine


def test_ingest_and_search_with_the_tiny_model(
    tiny_models: tuple[Path, Path],
    reports_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    townqa_factory: Callable[..., Any],
) -> None:
    st_dir, _ = tiny_models
    monkeypatch.setenv("TOWNQA_EMBEDDING_MODEL", str(st_dir))
    index_dir = tmp_path / "index"
    qa = townqa_factory(index_dir)
    stats = qa.ingest([reports_dir])
    assert len(stats.added) == 2 and not stats.failed
    assert qa.embedder.name == f"st:{st_dir}"
    assert recorded_embedder(index_dir) == f"st:{st_dir}"
    assert chroma_ids(index_dir) == {c.chunk_id for c in qa.index.snapshot.chunks}

    fresh = townqa_factory(index_dir)
    _, passages = fresh.search("青石镇排查了多少重大隐患")
    assert passages and "重大隐患3项" in passages[0].text
    vector_only = fresh.make_search(("vectors",), rerank=False).rank(fresh.read("森林防火"), 3)
    assert vector_only and all(
        p.doc_id in {"青石镇_2024.txt", "白沙镇_2025H1.txt"} for p in vector_only
    )


def test_index_built_with_hashing_refuses_the_tiny_model(
    tiny_models: tuple[Path, Path],
    shipped_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    townqa_factory: Callable[..., Any],
) -> None:
    st_dir, _ = tiny_models
    monkeypatch.setenv("TOWNQA_EMBEDDING_MODEL", str(st_dir))
    with pytest.raises(EmbedderMismatch, match="townqa ingest") as caught:
        townqa_factory(shipped_copy).search("卢峰镇排查了多少重大隐患")
    assert HASHING_NAME in str(caught.value) and f"st:{st_dir}" in str(caught.value)


def test_tiny_cross_encoder_is_used_as_reranker(
    tiny_models: tuple[Path, Path],
    shipped_copy: Path,
    monkeypatch: pytest.MonkeyPatch,
    townqa_factory: Callable[..., Any],
) -> None:
    _, ce_dir = tiny_models
    monkeypatch.setenv("TOWNQA_RERANKER_MODEL", str(ce_dir))
    qa = townqa_factory(shipped_copy)
    reranker = qa.reranker
    assert reranker is not None and reranker.name == f"ce:{ce_dir}"
    calls: list[int] = []
    score = reranker.score

    def spy(query: str, texts: list[str]) -> list[float]:
        calls.append(len(texts))
        return score(query, texts)

    monkeypatch.setattr(reranker, "score", spy)
    _, passages = qa.search("卢峰镇排查了多少重大隐患")
    assert calls and calls[0] >= len(passages) > 0
    assert {p.town for p in passages} == {"卢峰镇"}
    assert [p.rank for p in passages] == list(range(1, len(passages) + 1))


def test_unknown_hub_name_falls_back_fast_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    name = f"townqa-tests/no-such-model-{uuid.uuid4().hex[:8]}"
    caplog.set_level(logging.WARNING, logger="retrieval.embeddings")
    started = time.monotonic()
    first = make_embedder(name)
    second = make_embedder(name)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0
    assert isinstance(first, HashingEmbedder) and isinstance(second, HashingEmbedder)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and name in warnings[0].getMessage()
    assert "\n" not in warnings[0].getMessage()
    # The conftest guard fails this test if anything tried to reach the network.


NO_TORCH_SCRIPT = """
import json, sys, time
started = time.monotonic()
import retrieval.core
HEAVY = ("torch", "transformers", "sentence_transformers")
after_import = sorted(m for m in HEAVY if m in sys.modules)
from retrieval.core import TownQA
from retrieval.settings import load_settings
qa = TownQA(load_settings(index_dir=sys.argv[1]))
query, passages = qa.search("卢峰镇排查了多少重大隐患")
print(json.dumps({
    "after_import": after_import,
    "after_search": sorted(m for m in HEAVY if m in sys.modules),
    "embedder": qa.embedder.name,
    "passages": len(passages),
    "seconds": time.monotonic() - started,
}))
"""


def test_default_settings_search_does_not_import_torch(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TOWNQA_EMBEDDING_MODEL")  # the default hub model: not cached here
    done = subprocess.run(
        [sys.executable, "-c", NO_TORCH_SCRIPT, str(shipped_copy)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PROJECT_ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["after_import"] == [] and result["after_search"] == []
    assert result["embedder"].startswith(HASHING_NAME) and result["passages"] > 0
    # The index was built offline already (the user was told at ingest): no warning again.
    warnings = [line for line in done.stderr.splitlines() if "unavailable" in line]
    assert warnings == [], done.stderr


def test_fallback_is_announced_when_building_an_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TOWNQA_EMBEDDING_MODEL")
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", "--index", str(tmp_path / "index")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
    )
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if "unavailable" in line]
    assert len(warnings) == 1, done.stderr
