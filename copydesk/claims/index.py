"""Look-ups the claims stage needs before the entities stage's index exists (mentions by
offset) and the quote around an offset with the source it gives; the small records a
clause is read into."""

from __future__ import annotations

import bisect
from typing import Any, Iterable

from ..model import Quote, Source
from .vocab import ENTITY_PRONOUNS


class _MentionIndex:
    """A stand-in for the entities stage's index, built from doc.entities' mentions."""

    def __init__(self, spans: list[tuple[int, int, Any]], by_id: dict[str, Any]):
        self.spans = spans
        self.starts = [s for s, _, _ in spans]
        self.ids = by_id

    @classmethod
    def build(cls, entities: Iterable[Any]) -> "_MentionIndex | None":
        spans, by_id = [], {}
        for e in entities or ():
            by_id[e.id] = e
            for m in e.mentions:
                spans.append((m.start, m.end, e))
        if not by_id:
            return None
        spans.sort(key=lambda t: (t[0], t[1]))
        return cls(spans, by_id)

    def entity_at(self, start: int, end: int):
        i = bisect.bisect_left(self.starts, end)
        best = None
        for s, e, ent in reversed(self.spans[max(0, i - 8):i]):
            if s < end and e > start:
                if best is None or (e - s) < (best[1] - best[0]):
                    best = (s, e, ent)
        return best[2] if best else None

    def by_id(self, eid: str):
        return self.ids.get(eid)


class _QuoteFinder:
    """The innermost quote whose content covers an offset, and the source it gives."""

    def __init__(self, quotes: list[Quote], index: Any):
        self.index = index
        spans: list[tuple[int, int, Quote]] = []
        for q in quotes or ():
            parts = q.parts or []
            if parts:
                spans.extend((p.start, p.end, q) for p in parts)
            else:
                spans.append((q.start, q.end, q))
        spans.sort(key=lambda t: (t[0], -t[1]))
        self.spans = spans
        self.starts = [s for s, _, _ in spans]

    def at(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self.starts, offset)
        best = None
        for s, e, q in self.spans[:i]:
            if s <= offset < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, q)
        return best[2] if best else None

    def source(self, q: Quote) -> Source | None:
        sp = q.speaker
        if sp is None:
            return Source("attributed") if q.cue is not None or q.kind != "indirect" else None
        name = sp.name
        if not name and sp.entity and self.index is not None:
            ent = _safe_by_id(self.index, sp.entity)
            name = getattr(ent, "name", None)
        if not name and sp.text and sp.text.strip().lower() not in ENTITY_PRONOUNS:
            name = sp.text.strip()
        return Source("attributed", name=name or None, entity=sp.entity)


def _safe_by_id(index: Any, eid: str):
    try:
        return index.by_id(eid)
    except Exception:  # an index under construction must not break the stage
        return None


class _Subject:
    __slots__ = ("tok", "eid", "label", "agent", "entityish", "start", "end", "text")

    def __init__(self, tok, eid, label, agent, entityish, start, end, text):
        self.tok, self.eid, self.label, self.agent = tok, eid, label, agent
        self.entityish, self.start, self.end, self.text = entityish, start, end, text


class _Ctx:
    """What a clause's frame says about its content."""

    __slots__ = ("source", "negative", "certainty")

    def __init__(self):
        self.source: Source | None = None
        self.negative = False
        self.certainty = "asserted"
