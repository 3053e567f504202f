"""Text hygiene: clean() keeps a report's wording, normalize() folds it for matching only."""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

# Full-width ASCII block (！ .. ～) maps 1:1 onto printable ASCII; the ideographic space onto " ".
_WIDE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDE[0x3000] = 0x20
# Zero-width and soft characters that only break matching; BOM too when it strays mid-text.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
_NORMALIZE_TABLE = {**_WIDE, **{ord(c): None for c in _INVISIBLE}}
_CLEAN_TABLE = {ord(c): None for c in _INVISIBLE + "\x00"}

# Word/pandoc conversion debris: [bookmark: _GoBack], []{#_Toc12 .anchor}, {.underline}.
_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]{0,80}\]")
_ANCHOR = re.compile(r"\[\]\{[#.][^{}\n]{0,80}\}|\{[#.][A-Za-z_][^{}\n]{0,80}\}")
_TRAILING = re.compile(r"[ \t\u3000]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"\s+")


@functools.cache
def _fold_table() -> dict[int, int | None]:
    """Width and invisible-character folding, plus traditional -> simplified characters.

    The character map comes from OpenCC's TSCharacters (opencc-python-reimplemented); the
    1954 national report, for one, is in traditional characters while questions are not.
    """
    table: dict[int, int | None] = dict(_NORMALIZE_TABLE)
    try:
        import opencc

        path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            trad, _, simp = line.partition("\t")
            simp = simp.split(" ")[0]
            if len(trad) == 1 and len(simp) == 1:
                table[ord(trad)] = ord(simp)
    except (ImportError, OSError):
        log.info("opencc data not found: traditional characters are matched as they are")
    return table


def normalize(text: str) -> str:
    """Fold text for matching: full-width to ASCII, traditional to simplified, zero-width chars
    dropped, whitespace folded."""
    return _SPACES.sub(" ", text.translate(_fold_table())).strip()


# A web page's break inside a sentence, a line holding only a zero-width space between its
# halves ("交出一份人\n\u200b\n民满意", "达到74.4\n\u200b\n万亿元"): one sentence, as printed.
_PAGE_BREAK = re.compile(r"(?<=[^\s。！？；：…”」』）)])\n[ \t]*\u200b[ \t\u200b]*\n(?=\S)")

# A web page's subscript put on a line of its own ("广义货币M\n2\n增长11.3%", "PM\n2.5\n"):
# one word, as printed.
_SUBSCRIPT = re.compile(r"(?<=[A-Za-z])\n([0-9.]{1,4})\n")


def clean(text: str) -> str:
    """Remove conversion debris (bookmarks, anchors, BOM, \\r, NUL) but keep the wording."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _PAGE_BREAK.sub("", text).translate(_CLEAN_TABLE)
    text = _BOOKMARK.sub("", text)
    text = _ANCHOR.sub("", text)
    text = _TRAILING.sub("", text)
    text = _SUBSCRIPT.sub(r"\1", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


_VARIANT_SPLIT = re.compile(r"[,，、;；|]")


def parse_thesaurus(lines: list[str], origin: str = "thesaurus") -> list[tuple[str, list[str]]]:
    """Parse `canonical = variant, variant` lines; blank and # lines pass, bad lines are logged."""
    entries: list[tuple[str, list[str]]] = []
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        canonical, sep, rest = line.partition("=")
        canonical = canonical.strip()
        variants = [v.strip() for v in _VARIANT_SPLIT.split(rest) if v.strip()]
        if not sep or not canonical or not variants:
            log.warning("%s line %d skipped: expected 'canonical = variant, ...'", origin, number)
            continue
        # Questions are matched lower-cased: "GDP" is asked as gdp too.
        variants = [v.lower() for v in variants]
        entries.append((canonical, [v for v in dict.fromkeys(variants) if v != canonical]))
    return entries


def load_thesaurus(path: Path) -> list[tuple[str, list[str]]]:
    """Read the query-expansion thesaurus; a missing or unreadable file gives no entries."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.warning("thesaurus %s not read (%s); no query expansion", path, exc.strerror or exc)
        return []
    text = data.decode("utf-8-sig", errors="replace")
    return parse_thesaurus(text.splitlines(), origin=path.name)


def blank(m: re.Match[str]) -> str:
    """A match replaced by as many commas: its words are gone, the offsets after it kept."""
    return "，" * len(m.group(0))


def written_as(word: str, m: re.Match[str]) -> str:
    """A match replaced by `word` (no longer than it) and commas: the offsets after it kept."""
    return word.ljust(len(m.group(0)), "，")


# "种了多少亩树", "修了几公里路", "送了多少场戏": a verb and its thing with the count asked
# between them.
_VERB_COUNT_THING = re.compile(
    r"([种修建盖挖植造栽铺架送放演])了?(?:多少|几)"
    r"(?:亩|棵|株|公里|千米|米|套|间|座|条|口|眼|所|处|场次|场|次|部)"
    r"([树路房桥井渠塘林戏]|电影)"
)


def verb_with_thing(text: str) -> str:
    """The verb joined to its thing as the reports write them (种树), the words between
    blanked so that every later position stays where it was."""
    return _VERB_COUNT_THING.sub(lambda m: written_as(m.group(1) + m.group(2), m), text)
