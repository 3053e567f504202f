"""Question sets for evaluation: the QAItem schema, loading, and checks against the reports."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from retrieval.text import clean, normalize

log = logging.getLogger(__name__)

UNANSWERABLE = "unanswerable"
QUESTION_TYPES = (
    "fact",
    "paraphrase",
    "disambiguation",
    "list",
    "compare",
    "multi-part",
    UNANSWERABLE,
)


class QASetError(Exception):
    """A question file that cannot be read; the message is one line naming file and line."""


class QAItem(BaseModel):
    """One hand-written question with what a correct answer must contain and where it is said."""

    # Extra keys (notes, authors) are tolerated so other files in the same schema still load.
    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    type: str
    town: list[str] = Field(default_factory=list)
    period: list[str] = Field(default_factory=list)
    doc: list[str] = Field(default_factory=list, description="Report file names that answer it")
    answer: str = Field(default="", description="Short reference answer")
    must_contain: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list, description="Verbatim report substrings")

    @field_validator("town", "period", "doc", "must_contain", "support", mode="before")
    @classmethod
    def _listify(cls, value: object) -> object:
        # A lone string is a one-item list; null is an empty list.
        if value is None:
            return []
        if isinstance(value, str):
            return [value] if value else []
        return value

    @field_validator("id", mode="before")
    @classmethod
    def _id_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @property
    def answerable(self) -> bool:
        return self.type != UNANSWERABLE


def match_key(text: str) -> str:
    """Fold text for substring matching: normalized and with all whitespace removed."""
    return "".join(normalize(text).split())


def contains(haystack: str, needle: str) -> bool:
    """Whether needle occurs in haystack after folding both with match_key."""
    key = match_key(needle)
    return bool(key) and key in match_key(haystack)


def load_qa(path: Path) -> list[QAItem]:
    """Read a JSONL question file; blank lines are skipped, the first bad line raises QASetError."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise QASetError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise QASetError(f"{path}: not UTF-8 text") from None
    items: list[QAItem] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QASetError(
                f"{path}:{number}: invalid JSON ({exc.msg}, column {exc.colno})"
            ) from None
        if not isinstance(data, dict):
            raise QASetError(f"{path}:{number}: expected a JSON object")
        try:
            items.append(QAItem.model_validate(data))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "item"
            raise QASetError(f"{path}:{number}: {where}: {first['msg']}") from None
    return items


class ReportTexts:
    """Report texts by doc id, source or file name, read lazily from a folder and cached."""

    def __init__(self, reports_dir: Path) -> None:
        self.reports_dir = Path(reports_dir)
        self._cache: dict[str, str | None] = {}
        self._collections: dict[str, dict[str, str]] = {}

    def _collection(self, path: Path) -> dict[str, str]:
        key = str(path)
        if key not in self._collections:
            from retrieval.loading import LoadError, load_collection

            try:
                self._collections[key] = {r.doc_id: r.text for r in load_collection(path)}
            except LoadError as exc:
                log.warning("collection %s not read: %s", path, exc)
                self._collections[key] = {}
        return self._collections[key]

    def get(self, *names: str) -> str | None:
        """The cleaned text of the first name that resolves to a readable report, else None."""
        for name in names:
            if not name:
                continue
            if name not in self._cache:
                self._cache[name] = self._read(name)
            text = self._cache[name]
            if text is not None:
                return text
        return None

    def _read(self, name: str) -> str | None:
        if "#" in name:
            # A report of a .jsonl collection: "government_work_reports.jsonl#000_2025年…".
            file = name.partition("#")[0]
            given = self.reports_dir
            return self._collection(given if given.suffix == ".jsonl" else given / file).get(name)
        from retrieval.settings import REPORTS_DIR

        # (A set on reports written for testing may also ask of the shipped ones.)
        folders = dict.fromkeys([self.reports_dir, REPORTS_DIR])
        candidates = [folder / n for folder in folders for n in (name, Path(name).name)]
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            return None
        if path.suffix.lower() in {".txt", ".md"}:
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("gb18030", errors="replace")
            return clean(text)
        try:
            from retrieval.loading import load_report

            return load_report(path, self.reports_dir, None).text
        except Exception as exc:  # any unreadable format is one problem line, not a crash
            log.warning("report %s not read: %s", path, exc)
            return None


def validate_qa(items: Iterable[QAItem], reports_dir: Path) -> list[str]:
    """Problems with a question set: unknown types, duplicate ids, supports not in the reports."""
    texts = ReportTexts(reports_dir)
    problems: list[str] = []
    seen: set[str] = set()
    for item in items:
        where = f"{item.id}:"
        if item.id in seen:
            problems.append(f"{where} duplicate id")
        seen.add(item.id)
        if item.type not in QUESTION_TYPES:
            problems.append(
                f"{where} unknown type {item.type!r} (known: {', '.join(QUESTION_TYPES)})"
            )
        if not item.answerable:
            if item.must_contain or item.support:
                problems.append(f"{where} unanswerable item has must_contain or support")
            continue
        if not item.support:
            problems.append(f"{where} answerable item has no support")
        if not item.must_contain:
            problems.append(f"{where} answerable item has no must_contain")
        docs = {doc: texts.get(doc) for doc in item.doc}
        for doc, text in docs.items():
            if text is None:
                problems.append(f"{where} report {doc!r} not found in {reports_dir}")
        found = [t for t in docs.values() if t is not None]
        if not item.doc:
            problems.append(f"{where} answerable item names no doc")
        elif found:
            for support in item.support:
                if not any(contains(text, support) for text in found):
                    problems.append(f"{where} support not in {', '.join(item.doc)}: {support!r}")
        for must in item.must_contain:
            if not any(contains(s, must) for s in [*item.support, item.answer]):
                problems.append(f"{where} must_contain {must!r} is in neither support nor answer")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Validate a question file against the reports; print problems, exit 1 if any."""
    from retrieval.settings import REPORTS_DIR

    parser = argparse.ArgumentParser(prog="python -m retrieval.qaset", description=main.__doc__)
    parser.add_argument("qa", type=Path, help="question file (JSONL)")
    parser.add_argument("--reports", type=Path, default=REPORTS_DIR, help="report folder")
    args = parser.parse_args(argv)
    try:
        items = load_qa(args.qa)
    except QASetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    problems = validate_qa(items, args.reports)
    for problem in problems:
        print(problem)
    print(f"{len(items)} questions, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
