"""Lexical analysis: jieba words with a corpus user dictionary, character bigrams, the thesaurus."""

from __future__ import annotations

import io
import logging
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from retrieval.settings import CORPUS_DIR, cache_file
from retrieval.text import load_thesaurus, normalize, verb_with_thing

log = logging.getLogger(__name__)

_CJK = re.compile(r"[\u3400-\u9fff]+")
_ASCII_WORD = re.compile(r"[0-9]+(?:\.[0-9]+)?%?|[a-z]+")
_VILLAGE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:村|社区)")
# "1985年钢产量", "粮食和钢": a product the reports count by its one character (钢三千九百万吨,
# 煤六亿吨), a word jieba keeps whole there and the question's longer words never match.
ONE_CHARACTER_GOODS = "钢煤棉粮糖纱"
_ONE_CHARACTER_GOOD = re.compile(
    rf"(?:^|(?<=[和与及、，,的年到里]))([{ONE_CHARACTER_GOODS}])"
    r"(?=产量|产能|年产|[和与及、，,？?]|分别|各|是|有|达|$)"
)
_jieba_lock = threading.Lock()
_user_words: set[str] = set()


def _jieba():  # type: ignore[no-untyped-def]
    if "jieba" not in sys.modules:
        # jieba finds its own files through pkg_resources when that imports (~0.35 s); without
        # it, it opens the same files by path. Keep it out of a fresh process's import.
        hide = "pkg_resources" not in sys.modules
        if hide:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]
        try:
            import jieba
        finally:
            if hide:
                del sys.modules["pkg_resources"]
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
            if _tagger is not None:
                _tagger.tokenizer.add_word(word, freq=20000)
        _user_words.update(new)
        _tags_of.cache_clear()  # words read before may now cut otherwise


# Query-time part-of-speech tagging reads jieba's dictionary from an SQLite copy, one word at a
# time, instead of loading all 350k words (~1.5 s); the results are the same as jieba.posseg's.
_STORE_SCHEMA = "1"
_ABSENT = object()
_tagger: Any = None
_word_tag_view: Any = None


class _DictView:
    """Read-through view of one column of the jieba dictionary store; writes stay in memory."""

    def __init__(self, conn: sqlite3.Connection, column: str) -> None:
        self._conn = conn
        self._sql = f"SELECT {column} FROM words WHERE word = ?"
        self._memo: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _lookup(self, key: str) -> Any:
        try:
            return self._memo[key]
        except KeyError:
            pass
        with self._lock:
            row = self._conn.execute(self._sql, (key,)).fetchone()
        value = _ABSENT if row is None or row[0] is None else row[0]
        self._memo[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._lookup(key) is not _ABSENT

    def __getitem__(self, key: str) -> Any:
        value = self._lookup(key)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._lookup(key)
        return default if value is _ABSENT else value

    def __setitem__(self, key: str, value: Any) -> None:
        self._memo[key] = value

    def update(self, other: dict[str, Any]) -> None:
        self._memo.update(other)


def _store_path(jieba: Any) -> Path:
    source = Path(jieba.get_dict_file().name)
    return cache_file("jieba.sqlite3", source, _STORE_SCHEMA, jieba.__version__)


def _build_store(jieba: Any, path: Path) -> None:
    """Copy jieba's prefix dictionary and word tags into SQLite (once per jieba install)."""
    freq, total = jieba.Tokenizer().gen_pfdict(jieba.get_dict_file())
    tags: dict[str, str] = {}
    with jieba.get_dict_file() as fh:
        for line in fh:
            parts = line.strip().decode("utf-8").split(" ")
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute(
            "CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID"
        )
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.executemany(
            "INSERT INTO words VALUES (?, ?, ?)", ((w, f, tags.get(w)) for w, f in freq.items())
        )
        conn.execute("INSERT INTO meta VALUES ('total', ?)", (str(total),))
        conn.commit()
    finally:
        conn.close()
    os.replace(tmp, path)


def _open_store(jieba: Any) -> sqlite3.Connection | None:
    """The dictionary store, built if missing; None when it cannot be built (read-only cache)."""
    try:
        path = _store_path(jieba)
        if not path.is_file():
            log.info("building jieba dictionary store %s", path)
            _build_store(jieba, path)
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
        return conn
    except (OSError, sqlite3.Error) as exc:
        log.warning("jieba dictionary store unavailable (%s); loading the full dictionary", exc)
        return None


def _import_posseg(jieba: Any, tags: Any) -> Any:
    """Import jieba.posseg without its import-time read of every word's tag (~0.4 s)."""
    if "jieba.posseg" in sys.modules:
        return sys.modules["jieba.posseg"]
    jieba.dt.get_dict_file = lambda: io.BytesIO(b"")
    try:
        import jieba.posseg as posseg
    finally:
        del jieba.dt.get_dict_file
    # The module's own tagger gets the same lazily read table it would have loaded.
    if tags is not None:
        posseg.dt.word_tag_tab = tags
    else:
        posseg.dt.load_word_tag(jieba.dt.get_dict_file())
    return posseg


def _tagging() -> tuple[Any, Any]:
    """The query-time POS tagger and word -> tag table, created once (caller holds the lock)."""
    global _tagger, _word_tag_view
    if _tagger is not None:
        return _tagger, _word_tag_view
    jieba = _jieba()
    conn = _open_store(jieba)
    if conn is None:
        posseg = _import_posseg(jieba, None)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        tagger = posseg.POSTokenizer(tokenizer)
        tags = tagger.word_tag_tab
    else:
        tags = _DictView(conn, "tag")
        posseg = _import_posseg(jieba, tags)
        tokenizer = jieba.Tokenizer()
        tokenizer.FREQ = _DictView(conn, "freq")
        row = conn.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
        tokenizer.total = int(row[0])
        tokenizer.initialized = True
        tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
        tagger.tokenizer = tokenizer
        tagger.word_tag_tab = tags
    for word in sorted(_user_words):
        tokenizer.add_word(word, freq=20000)
    _tagger, _word_tag_view = tagger, tags
    return tagger, tags


def prepare_tagging() -> None:
    """Build the dictionary store now (at ingest) so the first question does not pay for it."""
    with _jieba_lock:
        _tagging()


def word_frequency(word: str) -> int:
    """How often jieba's dictionary saw the word (0 when it is not a dictionary word)."""
    with _jieba_lock:
        tagger, _ = _tagging()
        return int(tagger.tokenizer.FREQ.get(word) or 0)


# Abbreviated names jieba tags as verbs or adjectives: 低保 (最低生活保障) and 特困 name kinds
# of people supported, as nouns do (低保对象 is the roll of 低保, not a verb and its object).
_AS_NOUN = frozenset({"低保", "特困"})


def pos_tags(text: str) -> list[tuple[str, str]]:
    """jieba.posseg words and tags of text, without loading the whole dictionary."""
    return list(_tags_of(text))


# A question's words are tagged again by many checks, for each window read: tag them once.
@lru_cache(maxsize=8192)
def _tags_of(text: str) -> tuple[tuple[str, str], ...]:
    with _jieba_lock:
        tagger, _ = _tagging()
        return tuple((p.word, "n" if p.word in _AS_NOUN else p.flag) for p in tagger.lcut(text))


NOUN_TAGS = ("n", "j", "l")


def is_noun(word: str) -> bool:
    """A word of two characters or more that jieba reads as nouns only."""
    return len(word) >= 2 and all(tag.startswith(NOUN_TAGS) for _, tag in pos_tags(word))


def ends_on_a_noun(word: str) -> bool:
    """A word of two characters or more whose last part jieba reads as a noun (矛盾纠纷)."""
    tags = pos_tags(word)
    return len(word) >= 2 and bool(tags) and tags[-1][1].startswith("n")


def word_tag(word: str) -> str:
    """jieba's part-of-speech tag of a dictionary word, or "" when it is not one."""
    with _jieba_lock:
        _, tags = _tagging()
    return str(tags.get(word, ""))


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
    found.extend(g for g in _ONE_CHARACTER_GOOD.findall(norm) if g in vocabulary)
    return found


class Thesaurus:
    """Query expansion from a plain file staff can extend: `canonical = variant, variant`."""

    def __init__(self, groups: list[tuple[str, list[str]]]) -> None:
        # Lower-case like the questions and passages they are matched in (GDP, CPI).
        self.groups = [
            [normalize(c).lower(), *(normalize(v).lower() for v in vs)] for c, vs in groups
        ]

    @classmethod
    def load(cls, path: Path | None) -> Thesaurus:
        if path is None or not Path(path).is_file():
            return cls([])
        return cls(load_thesaurus(Path(path)))

    def terms(self) -> set[str]:
        return {t for group in self.groups for t in group if t}

    def expand_groups(self, question: str) -> list[tuple[list[str], list[str]]]:
        """For each concept the question names: its phrases in the question, and the others."""
        norm = normalize(question).lower()
        norm = f"{norm} {verb_with_thing(norm)}"  # 种了多少亩树 names 种树 too
        found: list[tuple[list[str], list[str]]] = []
        for group in self.groups:
            asked = [t for t in group if t and t in norm]
            if asked:
                found.append((asked, [t for t in group if t and t not in norm]))
        return found


# Word lists of kinds: siblings that exclude each other (出口 进口 进出口), words narrowing a group
# to part of it (脱贫地区, 女性).
SIBLINGS_FILE = CORPUS_DIR / "siblings.txt"
SUBGROUPS_FILE = CORPUS_DIR / "subgroups.txt"


def _word_lines(path: Path) -> list[list[str]]:
    """The words of each line of a word-list file, without comments and blank lines."""
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=4)
def sibling_sets(path: Path = SIBLINGS_FILE) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Sets of kinds of one thing that exclude each other (出口, 进口, 进出口), each as
    (alias, kind) pairs, longest alias first: 进出口 is read before the 出口 inside it, and a kind
    written with aliases (高铁/高速铁路) is named by any of them."""
    sets = []
    for kinds in _word_lines(path):
        if len(kinds) < 2:
            continue
        pairs = ((alias, kind.split("/")[0]) for kind in kinds for alias in kind.split("/"))
        sets.append(tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)))
    return tuple(sets)


@lru_cache(maxsize=4)
def subgroup_words(path: Path = SUBGROUPS_FILE) -> tuple[str, ...]:
    """Words that narrow a group to part of it (脱贫地区, 女性, 青年)."""
    return tuple(word for words in _word_lines(path) for word in words)
