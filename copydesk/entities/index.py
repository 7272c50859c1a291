"""The entity index later stages ask: which entity a span is, a name looked up, a pronoun.

``annotate`` leaves an ``EntityIndex`` in ``doc.extras["entity_index"]``: ``entity_at``,
``lookup``, ``resolve_pronoun``, ``add_mention`` (the quotes stage's first-person pronouns),
``gender``, ``roles``, ``mentions_in``, ``named_by_noun``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from typing import TYPE_CHECKING

from ..document import Document
from ..model import Entity, Mention
from .vocab import PARTICLES, PRONOUNS
from .words import _fold_key, _name_key

if TYPE_CHECKING:
    from .resolver import _Resolver


class EntityIndex:
    """What later stages ask of the entities: which entity a span is, and pronouns."""

    def __init__(self, doc: Document, entities: list[Entity], resolver: "_Resolver | None" = None):
        self.doc = doc
        self.entities = entities
        self._by_id = {e.id: e for e in entities}
        self._resolver = resolver
        self._spans: list[tuple[int, int, str, str]] = []  # (start, end, entity id, kind)
        self._max_len = 0
        for e in entities:
            for m in e.mentions:
                self._spans.append((m.start, m.end, e.id, m.kind))
                self._max_len = max(self._max_len, m.end - m.start)
        self._spans.sort()
        self._starts = [s[0] for s in self._spans]
        self._pronoun_cache: dict[int, str | None] = {}
        self._info: dict[str, dict] = {}
        self._lookup: dict[tuple[str, ...], str] = {}
        self._surnames: dict[str, list[str]] = defaultdict(list)
        for e in entities:
            for v in e.variants:
                key = _fold_key(v)
                if key:
                    self._lookup.setdefault(key, e.id)
                    if e.label == "PERSON" and e.id not in self._surnames[key[-1]]:
                        self._surnames[key[-1]].append(e.id)

    def gender(self, eid: str, evidence_only: bool = False) -> str | None:
        """"m", "f" or None for a person: from honorifics, gendered role nouns and given
        names, and (unless ``evidence_only``) the he/she pronouns linked to it."""
        inf = self._info.get(eid)
        if inf is None:
            return None
        g = inf["evidence"] if evidence_only else inf["gender"]
        return "m" if g > 0 else "f" if g < 0 else None

    def roles(self, eid: str) -> set[str]:
        """Role words the article gives an entity ("general", "commander", "age:61")."""
        inf = self._info.get(eid)
        return set(inf["roles"]) if inf else set()

    def by_id(self, eid: str) -> Entity:
        return self._by_id[eid]

    def __iter__(self):
        return iter(self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def mentions_in(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Every mention overlapping [start, end), in order."""
        out = []
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        for s, e, eid, _kind in self._spans[lo:hi]:
            if s < end and e > start:
                ent = self._by_id[eid]
                for m in ent.mentions:
                    if m.start == s and m.end == e:
                        out.append((m, ent))
                        break
        return out

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping [start, end): the largest overlap, then the
        tightest mention. Falls back to the span's text as a name ("Gen Petraeus" that
        spaCy missed) when no mention overlaps."""
        best, best_key = None, None
        lo = bisect.bisect_left(self._starts, start - self._max_len)
        hi = bisect.bisect_left(self._starts, end)
        for s, e, eid, kind in self._spans[lo:hi]:
            overlap = min(e, end) - max(s, start)
            if overlap <= 0:
                continue
            key = (overlap, -(e - s), kind == "name")
            if best_key is None or key > best_key:
                best, best_key = eid, key
        if best is not None:
            return self._by_id[best]
        if self.doc is not None and 0 <= start < end <= len(self.doc.text):
            text = self.doc.text[start:end]
            if text.strip().lower() in PRONOUNS:
                return self.resolve_pronoun(start, end)
            return self.lookup(text, at=start)
        return None

    def lookup(self, text: str, at: int | None = None) -> Entity | None:
        """The entity a written name refers to ("the State Department", "Gen Petraeus's"),
        or None. A bare surname shared by several people goes to the one mentioned last
        before ``at``."""
        key = _name_key(text)
        if not key:
            return None
        eid = self._lookup.get(key)
        if eid is not None:
            return self._by_id[eid]
        core = [w for w in key if w not in PARTICLES] or list(key)
        ids = self._surnames.get(core[-1], [])
        if not ids:
            return None
        if len(ids) == 1 or at is None:
            return self._by_id[ids[0]]
        return max((self._by_id[i] for i in ids),
                   key=lambda e: max((m.start for m in e.mentions if m.start < at), default=-1))

    def named_by_noun(self, lemma: str) -> Entity | None:
        """The one organisation or place the article names whose name ends in this common noun
        ("the hospital": St. Brigid's Hospital; "the trust": the Lantern Trust), if exactly one."""
        found = self.names_of_kind(lemma)
        return found[0] if len(found) == 1 else None

    def names_of_kind(self, lemma: str) -> list[Entity]:
        """Every organisation or place the article names whose name ends in this common noun."""
        lem = lemma.lower()
        text = self.doc.text
        after = re.compile(r"(?:['\u2019]s)?\s+" + re.escape(lem) + r"s?\b", re.I)

        def named(e: Entity) -> bool:
            words = e.name.split()
            if words and words[-1].lower().rstrip("s") in (lem, lem.rstrip("s")):
                return True  # "the Lantern Trust"
            # "St. Brigid's Hospital", where the tagger's name stops before the noun
            return any(after.match(text, m.end, m.end + len(lem) + 6) for m in e.mentions if m.kind == "name")

        return [e for e in self.entities if e.label in ("ORG", "FAC", "GPE", "LOC") and named(e)]

    def resolve_pronoun(self, start: int, end: int) -> Entity | None:
        """The entity a third-person pronoun at [start, end) refers to (None for first and
        second person, "it", or a pronoun that most likely means an unnamed referent)."""
        for s, e, eid, kind in self._spans[bisect.bisect_left(self._starts, start):]:
            if s >= end:
                break
            if kind == "pronoun" and s == start:
                return self._by_id[eid]
        if start in self._pronoun_cache:
            eid = self._pronoun_cache[start]
        else:
            eid = self._resolver.resolve_at(start) if self._resolver else None
            self._pronoun_cache[start] = eid
        return self._by_id.get(eid) if eid else None

    def add_mention(self, entity_id: str, mention: Mention) -> None:
        """Add a mention (e.g. "I" inside a quote, for its speaker), keeping order."""
        ent = self._by_id[entity_id]
        for m in ent.mentions:
            if m.start == mention.start and m.end == mention.end:
                return
        bisect.insort(ent.mentions, mention, key=lambda m: (m.start, m.end))
        item = (mention.start, mention.end, entity_id, mention.kind)
        i = bisect.bisect_left(self._spans, item)
        self._spans.insert(i, item)
        self._starts.insert(i, mention.start)
        self._max_len = max(self._max_len, mention.end - mention.start)
