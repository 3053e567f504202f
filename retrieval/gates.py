"""Regression gates: the least each question set must score, read from one TOML file.

    [defaults]            # applies to every set
    cite = 1.0
    [sets]                # a set's name is its file, <name>.jsonl beside the gates file
    dev = { hit5 = 0.95, mrr = 0.75, acc = 0.92, abstain = 0.90 }

Keys are the `townqa eval --min-…` names (hit1, hit3, hit5, hit10, mrr, acc, abstain, cite).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel

from retrieval.evaluation import THRESHOLDS


class GatesError(ValueError):
    """A gates file that cannot be read, or names a set or a figure that does not exist."""


class Gate(BaseModel):
    """One question set and the least it must score."""

    name: str
    qa: Path
    mins: dict[str, float]


def _minimums(where: str, table: object) -> dict[str, float]:
    if not isinstance(table, dict):
        raise GatesError(f"{where}: expected a table of minimums such as {{ acc = 0.9 }}")
    mins = {}
    for key, value in table.items():
        if key not in THRESHOLDS:
            known = ", ".join(THRESHOLDS)
            raise GatesError(f"{where}: unknown figure {key!r} (known: {known})")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise GatesError(f"{where}: {key} must be a number from 0 to 1, not {value!r}")
        mins[key] = float(value)
    return mins


def load_gates(path: Path) -> list[Gate]:
    """Every gate of the file, in its order; a GatesError names the line's problem."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GatesError(f"cannot read gates file {path}: {exc}") from None
    unknown = set(data) - {"defaults", "sets"}
    if unknown:
        raise GatesError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    defaults = _minimums(f"{path} [defaults]", data.get("defaults", {}))
    sets = data.get("sets", {})
    if not isinstance(sets, dict) or not sets:
        raise GatesError(f"{path}: no [sets] table, so there is nothing to run")
    gates = []
    for name, table in sets.items():
        qa = path.parent / f"{name}.jsonl"
        if not qa.is_file():
            raise GatesError(f"{path}: set {name!r} has no question file {qa}")
        gates.append(Gate(name=name, qa=qa, mins=defaults | _minimums(f"{path} {name}", table)))
    return gates
