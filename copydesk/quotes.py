"""quotes stage (to be built)."""

from __future__ import annotations

from .document import Document


def annotate(doc: Document) -> None:
    """Fill doc.quotes."""
