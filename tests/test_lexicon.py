"""Query-time tagging from the jieba dictionary store, and BM25 scoring without bm25s."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from retrieval import lexicon
from retrieval.index import Bm25Scores, _bm25

QUESTION = "卢峰镇排查了多少重大隐患"
TAGS = [("卢峰镇", "nr"), ("排查", "vn"), ("了", "ul"), ("多少", "m"), ("重大", "a"), ("隐患", "n")]


@pytest.fixture
def fresh_tagger(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A tagger built anew; its dictionary store is built once per test run."""
    store = tmp_path_factory.getbasetemp() / "lexicon-cache" / "jieba.sqlite3"
    monkeypatch.setattr(lexicon, "_store_path", lambda jieba: store)
    monkeypatch.setattr(lexicon, "_tagger", None)
    monkeypatch.setattr(lexicon, "_word_tag_view", None)
    monkeypatch.setattr(lexicon, "_user_words", set())
    # Tags read before came from another tagger: read them anew, and leave none of these behind.
    lexicon._tags_of.cache_clear()
    yield store
    lexicon._tags_of.cache_clear()


def test_tags_come_from_the_store(fresh_tagger: Path) -> None:
    assert lexicon.pos_tags(QUESTION) == TAGS
    assert fresh_tagger.is_file()
    assert lexicon.word_tag("代表") == "n"
    assert lexicon.word_tag("卢峰") == ""
    # The full dictionary was never loaded for this tagger.
    assert isinstance(lexicon._tagger.tokenizer.FREQ, lexicon._DictView)


def test_user_words_stay_whole(fresh_tagger: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_user_words", {"重大隐患"})
    assert lexicon.pos_tags(QUESTION)[-1] == ("重大隐患", "x")


def test_unwritable_cache_falls_back_to_the_full_dictionary(
    fresh_tagger: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(lexicon, "_store_path", lambda jieba: blocker / "jieba.sqlite3")
    assert lexicon.pos_tags(QUESTION) == TAGS
    assert isinstance(lexicon._tagger.tokenizer.FREQ, dict)


def test_bm25_scores_match_bm25s(tmp_path: Path) -> None:
    docs = [["重大", "隐患", "排查"], ["隐患", "整改", "隐患"], ["党建", "引领"], ["排查", "党建"]]
    model = _bm25(docs)
    model.save(str(tmp_path / "words"), show_progress=False)
    scores = Bm25Scores(tmp_path / "words")
    assert scores.vocab_dict == dict(model.vocab_dict)
    for query in (["隐患"], ["重大", "隐患", "隐患"], ["党建", "排查", "整改"], ["无关"]):
        assert np.array_equal(scores.get_scores(query), model.get_scores(query))


def test_a_fresh_process_tags_without_importing_pkg_resources() -> None:
    # jieba imports pkg_resources (~0.35 s) only to find its own files; it is kept out.
    code = (
        "import sys; from retrieval.lexicon import pos_tags; "
        "print(pos_tags('卢峰镇排查了多少重大隐患'), 'pkg_resources' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "('隐患', 'n')" in out
    assert out.strip().endswith("False")


def test_a_thesaurus_term_in_latin_letters_matches_whatever_its_case() -> None:
    thesaurus = lexicon.Thesaurus([("生产总值", ["GDP"])])
    assert thesaurus.expand_groups("人均gdp过了多少美元") == [(["gdp"], ["生产总值"])]
    assert thesaurus.expand_groups("人均GDP过了多少美元") == [(["gdp"], ["生产总值"])]
