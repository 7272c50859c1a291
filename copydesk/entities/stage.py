"""The entities stage's entry point: ``annotate`` fills ``doc.entities`` and leaves the index."""

from __future__ import annotations

from ..document import Document
from .builder import _Builder
from .index import EntityIndex


def annotate(doc: Document) -> None:
    """Fill doc.entities and doc.extras["entity_index"]."""
    b = _Builder(doc)
    b.collect()
    entities, info = b.build_entities()
    resolver = b.resolve(entities, info)
    by_id = {e.id: e for e in entities}
    for eid, m in resolver.new_mentions:
        by_id[eid].mentions.append(m)
    for e in entities:
        e.mentions.sort(key=lambda m: (m.start, m.end))
        # a nominal that repeats a name's span ("the Quds commander" apposition) stays once
        seen: set[tuple[int, int]] = set()
        e.mentions = [m for m in e.mentions if not ((m.start, m.end) in seen or seen.add((m.start, m.end)))]
    doc.entities = entities
    doc.extras["entity_index"] = EntityIndex(doc, entities, resolver)
    doc.extras["entity_index"]._info = info
