"""Vocabulary data files (``copydesk/data/*.txt``): one entry a line under ``[section]``
headers, ``#`` comments, ``key = value`` for mappings (an empty value is None). Word lists are
data with a licence note beside them, not code; this reads them once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """The sections of ``copydesk/data/NAME``, each a tuple of its lines in file order."""
    out: dict[str, list[str]] = {}
    cur: list[str] | None = None
    for raw in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = out.setdefault(line[1:-1].strip(), [])
            continue
        if cur is None:
            raise ValueError(f"{name}: entry before any [section]: {line!r}")
        cur.append(line)
    return {k: tuple(v) for k, v in out.items()}


def words(name: str, section: str) -> frozenset[str]:
    """A section as a set of entries (multi-word entries kept whole: "step down")."""
    return frozenset(sections(name)[section])


def mapping(name: str, section: str) -> dict[str, str | None]:
    """A section of ``key = value`` lines as a dict; an empty value is None."""
    out: dict[str, str | None] = {}
    for line in sections(name)[section]:
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip() or None
    return out
