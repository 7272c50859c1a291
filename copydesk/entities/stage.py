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
    _organisations_called_people(entities, info)
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


def _organisations_called_people(entities, info) -> None:
    """"the charity she founded, Larder Line": a name the tagger called a person that the
    article describes only with an organisation's noun, and that opens with no given name, is
    an organisation (so "she" and "her" never go to it)."""
    from .vocab import ORG_NOUNS
    from .words import given_names

    for e in entities:
        inf = info.get(e.id)
        if e.label != "PERSON" or not inf or not inf.get("roles"):
            continue
        roles = inf["roles"]
        first = e.name.split()[0].lower() if e.name.split() else ""
        if first in given_names() or inf.get("gender"):
            continue
        if all(r in ORG_NOUNS for r in roles):
            e.label = "ORG"
