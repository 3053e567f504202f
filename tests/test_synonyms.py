"""Everyday synonyms (Cilin) and traditional-character folding, the offline paraphrase aids."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval import synonyms
from retrieval.text import normalize


def test_everyday_words_reach_report_words() -> None:
    corpus_words = {"厕所", "清扫", "儿童", "退役", "垃圾"}
    found = synonyms.expand("统溪河把多少个茅房改好了，大扫除清了多少垃圾", corpus_words)
    assert "厕所" in found and "清扫" in found
    assert "垃圾" not in found  # the question already says it


def test_only_words_the_corpus_uses() -> None:
    assert synonyms.expand("娃娃上下学", {"护学"}) == []


def test_single_characters_are_never_expanded() -> None:
    table = synonyms.synonym_table()
    assert table, "the cilin package should be installed"
    assert all(len(word) >= 2 for word in table)
    assert all(len(s) >= 2 for group in table.values() for s in group)


def test_traditional_characters_fold_for_matching() -> None:
    assert normalize("鋼二百十七萬噸，全國人民代表大會") == "钢二百十七万吨,全国人民代表大会"
    assert normalize("２０２５年") == "2025年"


def test_table_is_kept_in_the_cache_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    synonyms.synonym_table.cache_clear()
    try:
        built = synonyms.synonym_table()
        kept = list(tmp_path.glob("townqa/cilin-*.txt"))
        assert len(kept) == 1
        synonyms.synonym_table.cache_clear()
        monkeypatch.setattr(synonyms, "_build", lambda source: pytest.fail("not read back"))
        assert synonyms.synonym_table() == built
    finally:
        synonyms.synonym_table.cache_clear()


def test_an_unwritable_cache_still_gives_the_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    synonyms.synonym_table.cache_clear()
    try:
        assert "厕所" in synonyms.synonym_table()["茅房"]
    finally:
        synonyms.synonym_table.cache_clear()
