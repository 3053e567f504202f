"""Lexical analysis: jieba words with a corpus user dictionary, character bigrams, the thesaurus."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from pathlib import Path

from retrieval.text import load_thesaurus, normalize

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]+")
_ASCII_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?%?|[a-z]+")
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:村|社区)")
_jieba_lock = threading.Lock()
_user_words: set[str] = set()


def _jieba():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def add_user_words(words: Iterable[str]) -> None:
    """Teach jieba corpus words (towns, villages, thesaurus terms) so they stay whole tokens."""
    new = {w for w in words if len(w) >= 2 and w not in _user_words}
    if not new:
        return
    jieba = _jieba()
    with _jieba_lock:
        for word in sorted(new):
            jieba.add_word(word, freq=20000)
        _user_words.update(new)


def corpus_words(texts: Iterable[str], towns: Iterable[str]) -> set[str]:
    """User-dictionary words found in the corpus: town names, their short forms, villages."""
    words: set[str] = set()
    for town in towns:
        if town and len(town) >= 2:
            words.add(town)
            if len(town) >= 3 and town[-1] in "镇乡":
                words.add(town[:-1])
    for text in texts:
        words.update(_VILLAGE.findall(text))
    return words


def word_tokens(text: str) -> list[str]:
    """Index-time words: jieba over normalised text, punctuation and spaces dropped."""
    jieba = _jieba()
    norm = normalize(text).lower()
    with _jieba_lock:
        pieces = jieba.lcut(norm)
    return [p for p in pieces if _CJK.fullmatch(p) or _ASCII_WORD.fullmatch(p)]


def bigram_tokens(text: str) -> list[str]:
    """Character bigrams of each CJK run (a run of one character is kept whole)."""
    out: list[str] = []
    norm = normalize(text).lower()
    for run in _CJK.findall(norm):
        if len(run) == 1:
            out.append(run)
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    out.extend(_ASCII_WORD.findall(norm))
    return out


def query_words(text: str, vocabulary: set[str] | dict[str, int], max_len: int = 8) -> list[str]:
    """Every vocabulary word of two or more characters found in the question (no jieba load)."""
    norm = normalize(text).lower()
    found: list[str] = []
    for run in _CJK.findall(norm):
        for i in range(len(run)):
            for n in range(2, min(max_len, len(run) - i) + 1):
                piece = run[i : i + n]
                if piece in vocabulary:
                    found.append(piece)
    found.extend(t for t in _ASCII_WORD.findall(norm) if t in vocabulary)
    return found


class Thesaurus:
    """Query expansion from a plain file staff can extend: `canonical = variant, variant`."""

    def __init__(self, groups: list[tuple[str, list[str]]]) -> None:
        self.groups = [[normalize(c), *(normalize(v) for v in vs)] for c, vs in groups]

    @classmethod
    def load(cls, path: Path | None) -> Thesaurus:
        if path is None or not Path(path).is_file():
            return cls([])
        return cls(load_thesaurus(Path(path)))

    def terms(self) -> set[str]:
        return {t for group in self.groups for t in group if t}

    def expand(self, question: str) -> list[str]:
        """Terms of the same concept as a phrase in the question, which the question lacks."""
        norm = normalize(question).lower()
        extra: list[str] = []
        for group in self.groups:
            if any(term and term in norm for term in group):
                extra.extend(t for t in group if t and t not in norm and t not in extra)
        return extra
