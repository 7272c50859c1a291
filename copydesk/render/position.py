"""Positions as a reader sees them: line and column, the column counted in characters as
displayed (a combining accent or a zero-width mark adds no column)."""

from __future__ import annotations

import unicodedata


def _width0(ch: str) -> bool:
    return unicodedata.combining(ch) > 0 or unicodedata.category(ch) in ("Mn", "Me", "Cf")


def display_line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset into ``text``."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    segment = text[start:offset]
    if segment.isascii():
        return line, len(segment) + 1
    return line, sum(1 for ch in segment if not _width0(ch)) + 1
