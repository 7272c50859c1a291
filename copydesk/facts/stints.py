"""Time spent at one place: a stated length ("his 35 years at the mill", "after 31 years at
the school") and the dates the article gives for the same stint ("stayed from 1953 until his
retirement in 1994", "walked into Quarrie High as a teacher in September 1970"). The CD103
stint conflict compares them."""

from __future__ import annotations

import re

from ..time import calendar as cal
from .vocab import STINT_START_VERBS

_PLACE_PREPS = ("at", "into", "to", "in", "with", "for")
_YEARS = re.compile(r"^P(\d+(?:\.\d+)?)(Y|DE)$")
_SKIP = frozenset({"year", "decade", "month", "time", "life", "career", "retirement"})


def _place_words(tok, head_only: bool = False) -> frozenset[str]:
    """The nouns and names of a place's phrase; ``head_only``: up to its head noun ("the mill"
    of "the mill in Millbrook, where ...")."""
    return frozenset(t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_ for t in tok.subtree
                     if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in _SKIP
                     and (not head_only or t.i <= tok.i))


class StintFacts:
    """``stint`` facts: aspect ``length`` (years, words, the end it is counted to, if any) and
    ``range`` (start and, if given, end, with the place's words)."""

    def stints(self) -> None:
        F = self.F
        for t in F.tx:
            try:
                if t.type == "DURATION":
                    self._stint_length(t)
                elif t.type == "DATE" and cal.value_range(t.value or ""):
                    self._stint_start(t)
            except Exception:  # one odd parse must not lose the article's other facts
                continue

    def _stint_length(self, t) -> None:
        m = _YEARS.match(t.value or "")
        if not m or t.mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            return
        years = float(m[1]) * (10 if m[2] == "DE" else 1)
        if years < 2:
            return
        root, base = self._anchor_tok(t)
        if root is None or root.lemma_.lower() not in ("year", "decade"):
            return
        place = next((g for k in root.children if k.dep_ == "prep" and k.lower_ in ("at", "with")
                      for g in k.children if g.dep_ == "pobj"), None)
        if place is None:
            return
        owner = next((k for k in root.children if k.dep_ == "poss"), None)
        verb = root
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        ent = None
        if owner is not None:
            ent = self.F.entity_of(base + owner.idx, base + owner.idx + len(owner.text))
        if ent is None and verb.pos_ in ("VERB", "AUX") and (owner is None or root.head.lower_ == "after"):
            ent = self._subject(verb, base) or next(
                (x for x in (self.F.entity_of(base + k.idx, base + k.idx + len(k.text)) for k in verb.children
                             if k.dep_ == "nsubj") if x is not None), None)  # "the last 12 of them, Ngata"
        if ent is None:
            return
        end = None
        if root.dep_ == "pobj" and root.head.lower_ == "after" and verb.pos_ in ("VERB", "AUX"):
            # "On Friday, after 31 years at the school, he will clear his desk": counted to Friday
            end = _date_under(verb, self.F, self._anchor_tok)
            if end is None:
                return
        s = base + (root.head.idx if root.dep_ == "pobj" else root.left_edge.idx)
        e = base + place.right_edge.idx + len(place.right_edge.text)
        self.add(entity=ent.id, slot="stint", aspect="length", value=t.value, text=t.text,
                 evidence=self.doc.span(min(s, t.start), max(e, t.end), "duration"),
                 source=self.F.source_at(t.start), years=years, mod=t.mod,
                 words=_place_words(place), time=end.value if end is not None else None,
                 time_evidence=self.doc.span(end.start, end.end, "date") if end is not None else None,
                 offset=t.start)

    def _stint_start(self, t) -> None:
        root, base = self._anchor_tok(t)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "on", "from", "since"):
            return
        verb = root.head.head
        for _ in range(3):  # "walked into the school as a teacher in September 1970"
            if verb.pos_ == "VERB" or verb.head is verb or verb.dep_ not in ("pobj", "prep"):
                break
            verb = verb.head
        if verb.pos_ != "VERB":
            return
        lemma = verb.lemma_.lower()
        since = root.head.lower_ in ("from", "since")
        if lemma not in STINT_START_VERBS and not since:
            return
        place = _place_of(verb)
        if place is None:
            return
        ent = self._subject(verb, base)
        if ent is None:
            return
        end = _until(verb, self.F, self._anchor_tok) if since else None
        self.add(entity=ent.id, slot="stint", aspect="range", value=t.value, text=t.text,
                 evidence=self.doc.span(base + verb.idx, max(t.end, end.end if end else t.end), "start"),
                 source=self.F.source_at(t.start), time=t.value, words=place,
                 time_evidence=self.doc.span(t.start, t.end, "date"),
                 measure=(t.value, end.value if end is not None else None), offset=base + verb.idx)


def _governs(verb, tok) -> bool:
    if tok.doc is not verb.doc:
        return False  # another block's parse: its token numbers are its own
    t = tok
    for _ in range(6):
        if t.i == verb.i:
            return True
        if t.head is t:
            return False
        t = t.head
    return False


def _place_of(verb) -> frozenset[str] | None:
    """The place of a stint verb: its object or "at/into/to" phrase, or the noun a "where"
    clause hangs on ("the mill, where he stayed from 1953")."""
    for k in verb.children:
        if k.dep_ == "dobj" and k.pos_ in ("NOUN", "PROPN"):
            return _place_words(k) or None
        if k.dep_ == "prep" and k.lower_ in _PLACE_PREPS:
            g = next((g for g in k.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
            if g is not None and g.ent_type_ not in ("DATE", "TIME"):
                return _place_words(g) or None
    if verb.dep_ == "relcl" and any(k.lower_ == "where" for k in verb.children):
        head = verb.head
        out = set(_place_words(head, head_only=True))
        # "the mill in Millbrook, where he stayed": the place is the mill as much as the town
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
            out |= _place_words(head.head.head, head_only=True)
        return frozenset(out) or None
    return None


def _until(verb, F, anchor_tok):
    """The end of "from 1953 until his retirement in 1994": a date under the verb's "until"."""
    until = next((k for k in verb.children if k.dep_ == "prep" and k.lower_ in ("until", "till", "to")), None)
    return _date_under(until, F, anchor_tok) if until is not None else None


def _date_under(node, F, anchor_tok):
    """The first dated timex (a day, month or year) whose words hang under ``node``."""
    for x in F.tx:
        if x.type != "DATE" or not cal.value_range(x.value or ""):
            continue
        tok, _b = anchor_tok(x)
        if tok is not None and _governs(node, tok):
            return x
    return None
