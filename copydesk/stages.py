"""The analysis stages that run after parsing, in order. Each reads what the earlier ones left
on the Document and fills its own part; rules then read the finished Document."""

from __future__ import annotations

from typing import Callable

from .nlp import few_collections, import_spacy

with few_collections():
    import_spacy()  # before the stages import it: see there
    from . import claims, entities, events, facts, quotes, timeline
from .document import Document
from .time import annotate as time_annotate
from .time import life

STAGES: list[tuple[str, Callable[[Document], None]]] = [
    ("entities", entities.annotate),
    ("quotes", quotes.annotate),
    ("claims", claims.annotate),
    ("time", time_annotate),
    ("life", life.annotate),
    ("events", events.annotate),
    ("facts", facts.annotate),
    ("timeline", timeline.annotate),
]
