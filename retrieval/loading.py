"""From files to Reports: decode .txt/.md/.docx/.pdf, clean them, attach town and period."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

from pydantic import BaseModel, ValidationError

from retrieval.models import Report
from retrieval.places import NATIONAL, UNKNOWN, detect_period, detect_town, period_label
from retrieval.settings import CORPUS_DIR
from retrieval.text import clean, normalize

log = logging.getLogger(__name__)

REPORT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
# A collection: one report a line as JSON (title, content or text); loaded when named itself.
COLLECTION_SUFFIX = ".jsonl"
MANIFEST_NAME = "manifest.json"
# Files that live beside reports but are not reports (the shipped corpus/ holds some).
NOT_REPORTS = {"thesaurus.txt", "readme.md", "readme.txt", "license.txt", "license.md"}


class LoadError(Exception):
    """A file that cannot be read as a report; the message is one readable line."""

    def __init__(self, path: Path | str, problem: str, hint: str = "") -> None:
        self.path = str(path)
        message = f"{Path(path).name}: {problem}" + (f" -- {hint}" if hint else "")
        super().__init__(" ".join(message.split()))


class ManifestEntry(BaseModel):
    """What the manifest says of one report file."""

    town: str
    period: str
    title: str = ""
    date: str = ""
    source: str = ""


Manifest = dict[str, ManifestEntry]


def load_manifest(folder: Path) -> Manifest:
    """Read folder/manifest.json ({file name: entry}); no file gives an empty manifest."""
    path = folder / MANIFEST_NAME if folder.is_dir() else folder
    if not path.is_file():
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LoadError(path, f"manifest is not valid JSON ({exc})", "fix or remove it") from exc
    if not isinstance(raw, dict):
        raise LoadError(path, "manifest must map file names to entries", "fix or remove it")
    manifest: Manifest = {}
    for name, entry in raw.items():
        try:
            manifest[name] = ManifestEntry.model_validate(entry)
        except ValidationError:
            log.warning("%s: entry %r skipped (needs town and period)", path, name)
    return manifest


def _is_hidden(path: Path, root: Path) -> bool:
    rel = path.relative_to(root).parts if path != root else ()
    return any(p.startswith((".", "~$")) for p in rel)


def iter_report_files(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, root) for every report file named or found in folders (recursively, no hidden)."""
    found: dict[Path, Path] = {}
    for given in paths:
        if given.is_dir():
            for path in sorted(given.rglob("*")):
                if (
                    path.is_file()
                    and path.suffix.lower() in REPORT_SUFFIXES
                    and path.name.lower() not in NOT_REPORTS
                    and not _is_hidden(path, given)
                ):
                    found.setdefault(path, given)
        elif given.is_file():
            found.setdefault(given, given.parent)  # named explicitly: load_report judges it
        else:
            raise LoadError(given, "no such file or folder", "check the path")
    return list(found.items())


def _manifest_entry(path: Path, root: Path, manifest: Manifest | None) -> ManifestEntry | None:
    """The entry for a file: given manifest, else a manifest.json beside it or above up to root."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    if manifest:
        entry = manifest.get(rel) or manifest.get(path.name)
        if entry:
            return entry
    folders = [path.parent, *path.parent.parents]
    stop = root if path.is_relative_to(root) else path.parent
    for folder in folders:
        found = load_manifest(folder)
        entry = found.get(path.relative_to(folder).as_posix()) or found.get(path.name)
        if entry:
            return entry
        if folder == stop:
            break
    # The shipped reports keep their manifest one level up, in corpus/.
    if path.is_relative_to(CORPUS_DIR):
        return load_manifest(CORPUS_DIR).get(path.name)
    return None


def _decode(raw: bytes, path: Path) -> str:
    """Bytes of a text file to str: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 and kin."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw:
        raise LoadError(path, "looks like a binary file, not text", "save it as UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    encodings = ["gb18030"]
    if best is not None and best.encoding not in ("gb2312", "gbk", "gb18030"):
        encodings.append(best.encoding)
    for encoding in encodings:
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            log.info("%s decoded as %s", path.name, encoding)
            return text
    raise LoadError(path, "unknown text encoding or binary content", "save it as UTF-8 text")


def _looks_like_text(text: str) -> bool:
    """Mostly letters, CJK and punctuation: no control or private-use characters to speak of."""
    bad = sum(
        1
        for c in text
        if (ord(c) < 32 and c not in "\n\r\t\f") or "\ue000" <= c <= "\uf8ff" or c == "\ufffd"
    )
    return bad <= max(2, len(text) // 200)


def _read_docx(path: Path) -> str:
    """Paragraphs and tables of a .docx, in document order."""
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise LoadError(path, "not a readable .docx (corrupt or not Word)", "re-save it") from exc
    except Exception as exc:  # lxml and python-docx raise many kinds on damaged parts
        raise LoadError(path, f"not a readable .docx ({type(exc).__name__})", "re-save it") from exc
    lines: list[str] = []
    body = doc.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                # A merged cell is given once for each column it spans: told once. Two cells
                # that only read the same ("100 | 100") are both told.
                cells = list({id(c._tc): c.text.strip() for c in row.cells}.values())
                lines.append(" | ".join(c for c in cells if c))
    return "\n".join(lines)


def _read_pdf(path: Path) -> str:
    """Text layer of a PDF, page by page; encrypted or scanned PDFs are errors."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(path, "PDF is password-protected", "export an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LoadError:
        raise
    except Exception as exc:  # pypdf raises a wide family on damaged files
        raise LoadError(path, f"not a readable PDF ({type(exc).__name__})", "re-export it") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(path, "PDF has no text layer (scanned?)", "run OCR or supply the text")
    return text


def decode_text(raw: bytes, path: Path) -> str:
    """Text of a plain-text file in UTF-8 or GB18030/GBK; LoadError for binary data."""
    return _decode(raw, path)


def read_text(path: Path) -> tuple[str, bytes]:
    """Cleaned text and raw bytes of a report file of any supported kind."""
    if not path.exists():
        raise LoadError(path, "no such file", "check the path")
    if not path.is_file():
        raise LoadError(path, "not a file", "give a file or a folder of reports")
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise LoadError(
            path,
            f"unsupported file type {suffix or '(none)'}",
            "use .txt, .md, .docx, .pdf, or a .jsonl collection (one report a line)",
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot read ({exc.strerror})", "check permissions") from exc
    if not raw.strip():
        raise LoadError(path, "empty file", "add the report text or remove the file")
    if suffix == ".docx":
        text = _read_docx(path)
    elif suffix == ".pdf":
        text = _read_pdf(path)
    else:
        text = _decode(raw, path)
    text = clean(text)
    if not text.strip():
        raise LoadError(path, "no text in the file", "add the report text or remove the file")
    return text, raw


_MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_TITLE_SKIP = re.compile(r"^(发布时间|信息来源|来源|作者|日期)")
_DATES = (
    re.compile(r"发布时间[:：]?\s*(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日"),
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
)


_HEADING_END = re.compile(
    r"(报告|总结|计划|规划|要点|方案|情况|汇报|讲话|决议|回顾|打算|安排|思路)(（[^）]*）)?$"
)


def detect_title(text: str, path: Path) -> str:
    """The report's heading line if it has one, else a Chinese file name, else the stem."""
    stem = path.stem
    heading = ""
    for line in text.splitlines()[:6]:
        line = normalize(line).lstrip("# ")  # (a Markdown heading: "# 金竹乡2024年上半年工作总结")
        if not line or _TITLE_SKIP.match(line):
            continue
        if len(line) <= 40 and _HEADING_END.search(line):
            heading = line
        break
    informative = re.search(r"\d{4}|镇|乡|街道|国务院", heading)
    cjk_stem = sum("\u4e00" <= c <= "\u9fff" for c in stem) >= 2
    if heading and (informative or not cjk_stem):
        return heading
    return stem if cjk_stem or not heading else heading


_KIND_WORDS = ("工作总结", "工作报告", "总结", "报告")
_YEAR_OPENING = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年")


def readable_title(title: str, path: Path, town: str, period: str, text: str) -> str:
    """A title a reader can check a citation against: a file name of no words
    (002_19d0292b81d7353a) becomes 统溪河镇2025年上半年工作总结, and a heading naming no town
    (2025年上半年工作总结) gets the town the text names."""
    if town in (UNKNOWN, NATIONAL, "") or town in title:
        return title
    if title != path.stem:
        return f"{town}{title}" if _YEAR_OPENING.match(title) else title
    head = normalize(text[:3000])
    kind = next((w for w in _KIND_WORDS if w in head), "工作报告")
    kind = kind if kind.startswith("工作") else f"工作{kind}"
    when = period_label(period) if period != UNKNOWN else ""
    return f"{town}{when}{kind}"


def detect_date(text: str) -> str:
    """ISO date found in the report's first lines (发布时间, （2025年7月4日）), else ''."""
    head = normalize(text[:400])
    for pattern in _DATES:
        m = pattern.search(head)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            if 1949 <= y <= 2100 and 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


def dated_line(text: str, date: str) -> tuple[int, int] | None:
    """Where the line giving the report's date (`date`, ISO) stands in its opening text:
    "（2025年7月4日）", "发布时间:2022-01-20 16:47 信息来源:县溪镇人民政府"."""
    at = 0
    for line in text.splitlines(keepends=True):
        words = line.strip()
        if words and detect_date(words) == date:
            start = at + line.index(words)
            return start, start + len(words)
        at += len(line)
    return None


def load_report(path: Path, root: Path, manifest: Manifest | None = None) -> Report:
    """Load one report file; metadata from the manifest entry, else detected from the text."""
    text, raw = read_text(path)
    if path.suffix.lower() == ".md":
        # "## 三、下半年工作安排": the heading's own marker (三、) is what the sections follow.
        text = _MARKDOWN_HEADING.sub("", text)
    source = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    entry = _manifest_entry(path, root, manifest)
    if entry is not None:
        title = entry.title or detect_title(text, path)
        date = entry.date
        town, period = entry.town, entry.period
    else:
        title, date = detect_title(text, path), detect_date(text)
        town = detect_town(title, path.name, text)
        period = detect_period(title, path.name, text, date)
        title = readable_title(title, path, town, period, text)
    return Report(
        doc_id=source,
        source=source,
        title=title,
        town=town,
        period=period,
        date=date,
        content_hash=hashlib.sha256(raw).hexdigest(),
        text=text,
    )


def load_collection(path: Path) -> list[Report]:
    """Reports of a JSON-lines file, one object a line with a title and its content (or text)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LoadError(path, f"cannot read it ({exc})", "save it as UTF-8 JSON lines") from exc
    reports = []
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoadError(path, f"line {number + 1} is not JSON ({exc.msg})") from exc
        body = (record.get("content") or record.get("text")) if isinstance(record, dict) else None
        if not isinstance(body, str) or not body.strip():
            raise LoadError(
                path, f"line {number + 1} has no 'content' or 'text'", "one report a line"
            )
        title = str(record.get("title") or f"{path.stem} {number + 1}").strip()
        text = clean(f"{title}\n{body}")
        name = f"{number:03d}_{title.replace('/', '_')[:80]}"
        date = detect_date(text)
        reports.append(
            Report(
                doc_id=f"{path.name}#{name}",
                source=f"{path.name}#{name}",
                title=title,
                town=detect_town(title, name, text),
                period=detect_period(title, name, text, date),
                date=date,
                content_hash=hashlib.sha256(line.encode("utf-8")).hexdigest(),
                text=text,
            )
        )
    if not reports:
        raise LoadError(path, "no reports in it", "one JSON object a line")
    return reports
