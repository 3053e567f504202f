"""Errors a person can act on, and how the adapters print them: one line, no traceback."""

from __future__ import annotations


class UserError(Exception):
    """A command was used in a way it cannot serve; the message says how to use it."""

    exit_code = 2


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, or its type when it has none."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def known_errors() -> tuple[type[BaseException], ...]:
    """Exceptions whose message is meant for the user (imported late: they live in the core)."""
    from retrieval.index import IndexUnusable
    from retrieval.loading import LoadError
    from retrieval.vectorstore import VectorStoreError

    return (UserError, LoadError, IndexUnusable, VectorStoreError, OSError, UnicodeError)
