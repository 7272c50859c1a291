"""The :class:`Facts` of one article, and the look-ups the rules over them share: the
token, claim, quote, source or entity at an offset, the dates in a span, and the pairs of
clauses that say the same thing (:meth:`Facts.parallel`)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..model import Claim, Source, Span
from ..nlp import tokens_of
from .model import Fact, Statement, restated
from .vocab import DISPUTE_RE, FALL_VERBS, PREP_TIME_RE, RISE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document


class Facts:
    """The facts of one article: ``facts`` (slot facts), ``statements`` (clauses), and the
    helpers the contradiction rules share."""

    def __init__(self, doc: "Document"):
        self.doc = doc
        self.text = doc.article.text
        self.facts: list[Fact] = []
        self._own_spans: list[tuple[int, int]] | None = None  # direct quotations' stretches, sorted
        self.statements: list[Statement] = []
        self.index = doc.extras.get("entity_index")
        self.block_starts = [b.start for b in doc.article.blocks]
        self.tx = sorted((t for t in doc.timexes), key=lambda t: (t.start, t.end))
        self.tx_starts = [t.start for t in self.tx]
        self.claims_by_start = sorted(doc.claims, key=lambda c: (c.start, c.end))
        self.claim_starts = [c.start for c in self.claims_by_start]
        spans = []
        for q in doc.quotes:
            parts = q.parts or [q]
            for p in parts:
                spans.append((p.start, p.end, q))
        spans.sort(key=lambda t: (t[0], t[1]))
        self.quote_spans = spans
        self._pairs: list[tuple[Statement, Statement]] | None = None
        self._tok_cache: dict[int, list[int]] = {}

    # -- access -------------------------------------------------------------------------

    def about(self, entity: str | None = None, slot: str | None = None) -> list[Fact]:
        return [f for f in self.facts if (entity is None or f.entity == entity)
                and (slot is None or f.slot == slot)]

    def entities(self) -> list[str]:
        seen = dict.fromkeys(f.entity for f in self.facts if f.entity)
        return list(seen)

    def line(self, offset: int) -> int:
        return self.doc.article.line_col(offset)[0]

    def block_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.block_starts, offset) - 1)

    def token_at(self, offset: int) -> "Token | None":
        bi = self.block_of(offset)
        if bi >= len(self.doc.docs):
            return None
        sdoc = self.doc.docs[bi]
        base = self.block_starts[bi]
        idxs = self._tok_cache.get(bi)
        if idxs is None:
            idxs = self._tok_cache[bi] = [t.idx for t in tokens_of(sdoc)]
        i = bisect.bisect_right(idxs, offset - base) - 1
        if i < 0 or i >= len(sdoc):
            return None
        return sdoc[i]

    def base_of(self, tok: "Token") -> int:
        for bi, sdoc in enumerate(self.doc.docs):
            if sdoc is tok.doc:
                return self.block_starts[bi]
        return 0

    def tok_span(self, tok: "Token", base: int, role: str | None = None) -> Span:
        s = base + tok.idx
        return self.doc.span(s, s + len(tok.text), role)

    def subtree_span(self, tok: "Token", base: int, role: str | None = None) -> Span:
        lo, hi = tok.left_edge, tok.right_edge
        while hi.i > lo.i and hi.is_punct:
            hi = hi.doc[hi.i - 1]
        s, e = base + lo.idx, base + hi.idx + len(hi.text)
        return self.doc.span(s, e, role)

    def timexes_in(self, start: int, end: int) -> list:
        i = bisect.bisect_left(self.tx_starts, start)
        out = []
        for t in self.tx[i:]:
            if t.start >= end:
                break
            if t.end <= end:
                out.append(t)
        return out

    def prep_before(self, offset: int) -> str | None:
        m = PREP_TIME_RE.search(self.text[max(0, offset - 12):offset])
        return m.group(1).lower() if m else None

    def in_own_words(self, offset: int) -> bool:
        """Inside a speaker's own words: a direct quotation, or a quoted stretch of a mixed one.
        An indirect report's words are the reporter's (the title in "Ada Rao, the artistic
        director, is to step down, the theatre announced" is the paper's)."""
        if self._own_spans is None:
            self._own_spans = sorted(self.doc.quoted_spans())
        spans = self._own_spans
        i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        return any(s <= offset < e for s, e in spans[max(0, i - 3):i + 1])

    def quote_at(self, offset: int):
        best = None
        for s, e, q in self.quote_spans:
            if s > offset:
                break
            if s <= offset < e and (best is None or e - s < best[1] - best[0]):
                best = (s, e, q)
        return best[2] if best else None

    def claim_at(self, offset: int) -> Claim | None:
        """The tightest claim whose span covers an offset."""
        i = bisect.bisect_right(self.claim_starts, offset)
        best = None
        for c in self.claims_by_start[max(0, i - 40):i]:
            if c.start <= offset < c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        return best

    def source_at(self, offset: int) -> Source:
        c = self.claim_at(offset)
        if c is not None:
            return c.source
        q = self.quote_at(offset)
        if q is not None:
            sp = q.speaker
            return Source("attributed", name=(sp.name or sp.text) if sp else None,
                          entity=sp.entity if sp else None)
        return Source("article")

    def entity_name(self, eid: str | None) -> str:
        if eid and self.index is not None:
            try:
                return self.index.by_id(eid).name
            except Exception:
                return eid
        return eid or ""

    def entity_of(self, start: int, end: int):
        if self.index is None:
            return None
        try:
            return self.index.entity_at(start, end)
        except Exception:
            return None

    def disputed(self, *spans: Span) -> bool:
        """The article itself notes the disagreement near either side."""
        for sp in spans:
            sents = self.doc.sentences
            i = bisect.bisect_right([s.start for s in sents], sp.start) - 1
            for j in (i, i + 1):
                if 0 <= j < len(sents) and DISPUTE_RE.search(sents[j].text):
                    return True
        return False

    # -- parallel statements -----------------------------------------------------------------

    def parallel(self) -> list[tuple[Statement, Statement]]:
        """Pairs of clauses that say the same thing (same verb, same subject where both have
        one, most content words shared): the candidates for a changed value."""
        if self._pairs is not None:
            return self._pairs
        pairs = []
        by_verb: dict[str, list[Statement]] = {}
        for st in self.statements:
            by_verb.setdefault(st.verb, []).append(st)
        for verb, group in by_verb.items():
            if len(group) < 2:
                continue
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if a.sent_start == b.sent_start:
                        continue
                    if a.editions and b.editions and a.editions != b.editions:
                        continue  # "the 2019 model" and "the 2017 model", "OS 15" and "OS 14": two things
                    if a.sentence and a.key and a.key == b.key and len(a.key) >= 3:
                        pairs.append((a, b))  # the same sentence, word for word but for "not"
                        continue
                    shared = a.words & b.words
                    if a.subject and b.subject and a.subject != b.subject and not restated(a, b):
                        continue  # two subjects, unless the sentence is restated word for word
                    if len(shared) < 2:
                        continue
                    if not restated(a, b) and any(x - y and y - x for x, y in ((a.names, b.names),
                                                                              (a.sent_names, b.sent_names))):
                        continue  # "nominated Bayes" and "nominated Collins": two events, each with its names
                    small = min(len(a.words), len(b.words))
                    if small == 0 or len(shared) / small < (0.6 if len(shared) >= 6 and a.subject and
                                                            a.subject == b.subject else 0.75):
                        continue
                    if verb == "§" and len(shared) < 4:
                        continue
                    same_vals = sum(1 for va in a.values for vb in b.values
                                    if va.kind == vb.kind and va.value == vb.value)
                    if len(shared) + min(same_vals, 2) < 3:
                        continue
                    pairs.append((a, b))
        self._pairs = pairs
        return pairs

    def sized_pairs(self) -> list[tuple[Statement, Statement]]:
        """Pairs of clauses, not otherwise parallel, that give the size of one change of one
        subject ("revenue rises 12%" in a headline, "revenue rose 9 percent to $4.6 billion"):
        only their sizes are compared."""
        known = {(id(a), id(b)) for a, b in self.parallel()}
        sized = [st for st in self.statements if st.subject and _way(st.verb) and _sized(st)]
        return [(a, b) for i, a in enumerate(sized) for b in sized[i + 1:]
                if _way(a.verb) == _way(b.verb) and a.subject == b.subject and a.sent_start != b.sent_start
                and (id(a), id(b)) not in known]


def _sized(st: Statement) -> bool:
    """A clause that gives the size of a change as a percentage on its verb."""
    return any(v.kind == "num" and v.anchor == "percent" for v in st.values)


def _way(verb: str) -> str | None:
    return "up" if verb in RISE_VERBS else "down" if verb in FALL_VERBS else None
