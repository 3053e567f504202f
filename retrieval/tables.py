"""Table rows of Markdown and Word reports: their cells, their header, their figures.

A statistics table ("| 社会消费品零售总额 | 亿元 | 3.14 | 4.9 | 100.9 |" under
"| 指标 | 单位 | 2024年完成 | 同比增长(%) | 完成年度目标(%) |") gives its numbers bare: the unit is
a cell of the row or a note in the column's header. Reading a row means giving each number its
unit, so that it answers 多少亿元 as prose would.
"""

from __future__ import annotations

import re
from functools import lru_cache

# How a section path names a table by its header row: "表：指标 | 单位 | 2024年完成".
TABLE_LABEL = "表："
# A Markdown rule under a header: |---|:---:|
_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?")
_NUMBER = re.compile(r"[-+−]?\d[\d,，]*(?:\.\d+)?\s*[%％]?")
# A column's unit noted in its header: 总投资(万元), 同比增长（%）.
_HEADER_UNIT = re.compile(r"[（(]\s*([^（()）]{1,6}?)\s*[)）]\s*$")


def cells(line: str) -> tuple[str, ...] | None:
    """The cells of a table row, as Markdown ("| a | b | c |") or a Word table read by the
    loader ("a | b | c") writes it; None for prose and for a Markdown rule."""
    line = line.strip()
    if line.count("|") < 2 or is_rule(line):
        return None
    parts = tuple(c.strip() for c in line.strip("|").split("|"))
    return parts if len(parts) >= 3 else None


def is_rule(line: str) -> bool:
    """A Markdown rule under a header row: |---|---|."""
    return bool(_RULE.fullmatch(line.strip()))


def header_for(text: str, section: str, at: int) -> str:
    """The header row of the table whose row starts at `at`: above it in the passage, else the
    last step of the passage's section path (a table's rows are filed under its header)."""
    above = header_before(text, at)
    if above:
        return above
    last = section.rsplit(" > ", 1)[-1]
    if not last.startswith(TABLE_LABEL):
        return ""
    header = last.removeprefix(TABLE_LABEL)
    row = cells(header)
    return header if row is not None and is_header(row) else ""


def is_number(cell: str) -> bool:
    return bool(_NUMBER.fullmatch(cell))


def is_header(row: tuple[str, ...]) -> bool:
    """A row naming columns: no cell of it is a number."""
    return not any(is_number(c) for c in row)


@lru_cache(maxsize=4096)
def header_before(text: str, at: int) -> str:
    """The header row of the table whose row starts at `at` in `text`, "" for none in sight
    (prose between, or the table's top cut off by the passage's start)."""
    lines = text[:at].split("\n")[:-1]  # whole lines before the row's own
    for line in reversed(lines):
        if not line.strip() or _RULE.fullmatch(line.strip()):
            continue
        row = cells(line)
        if row is None:
            return ""
        if is_header(row):
            return line.strip()
    return ""


def unit_of(cell: str, units: tuple[str, ...]) -> str:
    """The unit a cell is, "" for a cell that is no unit ("亿元" -> 亿元, "%" -> %)."""
    cell = cell.strip().replace("％", "%")
    if cell == "%" or cell in units:
        return cell
    return ""


def counted_in(unit: str) -> str:
    """The unit a figure counts in, its 万 or 亿 left to the number as prose has it (万吨 -> 吨):
    "2.43" under 万吨 reads as 2.43万吨 does."""
    return unit[1:] if len(unit) > 1 and unit[0] in "万亿" else unit


def numbers(
    row: tuple[str, ...], header: tuple[str, ...], units: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The row's numbers, each with its unit (cell text, unit): from the column's header note,
    else the number's own %, else the row's unit cell for the first number after it."""
    unit_at = next((i for i, c in enumerate(row) if unit_of(c, units)), -1)
    row_unit = unit_of(row[unit_at], units) if unit_at >= 0 else ""
    out = []
    first_after_unit = True
    for i, cell in enumerate(row):
        if not is_number(cell):
            continue
        note = _HEADER_UNIT.search(header[i]) if i < len(header) else None
        unit = ""
        if note and unit_of(note.group(1), units):
            unit = unit_of(note.group(1), units)
        elif cell.rstrip().endswith(("%", "％")):
            unit = "%"
        elif row_unit and i > unit_at and first_after_unit:
            unit = row_unit
        if i > unit_at >= 0:
            first_after_unit = False
        out.append((cell.strip(), unit))
    return out


def spoken(line: str, header: str, units: tuple[str, ...]) -> str:
    """A row told as a sentence under its header's names ("社会消费品零售总额，2024年完成3.14亿元，
    同比增长4.9%"); the row as written where it has no header or the two do not line up."""
    row, names = cells(line), cells(header)
    if row is None or names is None or len(row) != len(names):
        return line.strip()
    values = dict(numbers(row, names, units))
    told = [row[0]]
    for name, cell in zip(names[1:], row[1:], strict=True):
        if not cell or cell in ("-", "—", "/") or unit_of(cell, units):
            continue  # an empty cell, or the unit column, told with the number it counts
        name = _HEADER_UNIT.sub("", name).strip()
        if cell in values:
            unit = values[cell]
            told.append(f"{name}{cell}{'' if cell.endswith(('%', '％')) else unit}")
        else:
            told.append(f"{name}：{cell}" if name else cell)
    return "，".join(told)
