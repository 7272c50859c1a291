"""CD404 over an anniversary and the founding it counts from: "This year marks the charity's
20th anniversary" in 2010 puts the founding in 1990, against "She founded the service in
1988". An anniversary is exact: the Nth falls N years after the founding, in the year the
sentence speaks of (this year, unless it names another)."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..facts import Facts
from ..model import Span
from ..time import calendar as cal
from ..time.lexicon import ORDINALS, TENS
from .base import Conflict, _line, _says

_NTH = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")
_WORDS = {"centenary": 100, "centennial": 100, "bicentenary": 200, "bicentennial": 200,
          "tercentenary": 300, "sesquicentennial": 150}
_TENTHS = {w[:-1] + "ieth": n for w, n in TENS.items()}  # "fortieth", "fiftieth"
_FOUNDING = frozenset({"found", "founding", "establish", "foundation"})
_NOW = re.compile(r"\b(?:this year|today|now)\b", re.I)


def _nth(tok) -> int | None:
    """The number an anniversary counts: "20th anniversary", "fortieth anniversary", "centenary"."""
    if tok.lower_ in _WORDS:
        return _WORDS[tok.lower_]
    for k in tok.children:
        if k.dep_ not in ("amod", "nummod", "compound"):
            continue
        low = k.lower_
        m = _NTH.match(low)
        if m:
            return int(m[1])
        n = ORDINALS.get(low) or _TENTHS.get(low)
        if n and n > 0:
            return n
    return None


def anniversary_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    pub = doc.article.published
    low = doc.text.lower()
    if pub is None or "anniversar" not in low and not any(w in low for w in _WORDS):
        return
    founded = [(f, rng) for f in F.facts if f.value == "found" and f.time and f.slot in ("act", "event")
               and f.polarity == "positive" and f.certainty == "asserted" and (rng := cal.value_range(f.time))]
    if not founded:
        return  # a founding year with no founding fact to show as the other side
    years = {rng[0].year for _, rng in founded}
    # any founding the article dates, of whatever it can name ("Its sister band was founded in
    # 1965"): the anniversary may count from that one
    for s in doc.sentences:
        if s.tokens is None or not any(t.lemma_.lower() in _FOUNDING for t in s.tokens):
            continue
        base = s.start - s.tokens[0].idx
        at = {base + t.idx: t for t in s.tokens}
        for tx in F.timexes_in(s.start, s.end):
            tok = at.get(tx.start)
            rng = cal.value_range(tx.value or "") if tx.type == "DATE" and tok is not None else None
            if rng is not None and any(h.lemma_.lower() in _FOUNDING for h in (tok.head, tok.head.head)):
                years.add(rng[0].year)  # "was founded in 1965", "its 1965 founding"
    if len(years) != 1:
        return  # no founding, or more than one: which one the anniversary counts from is not sure
    year = years.pop()
    for s in doc.sentences:
        if s.tokens is None or not _NOW.search(s.text):
            continue
        for tok in s.tokens:
            if tok.lemma_.lower() not in ("anniversary", *_WORDS) or tok.pos_ != "NOUN":
                continue
            n = _nth(tok)
            if n is None:
                continue
            verb = tok.head
            if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP"):
                continue  # "marks", "celebrates", "is": the anniversary falls now
            if any(t.type == "DATE" and not _NOW.search(t.text) for t in F.timexes_in(s.start, s.end)):
                continue  # another year named in the sentence
            implied = pub.year - n
            if implied == year:
                continue
            f = founded[0][0]
            lo = min(verb.left_edge.i, tok.left_edge.i)
            start = s.start + (tok.doc[lo].idx - s.tokens[0].idx)
            end = s.start + (tok.idx + len(tok.text) - s.tokens[0].idx)
            said = doc.text[start:end]
            ev = [Span(start, end, said, "anniversary"), Span(f.evidence.start, f.evidence.end, f.evidence.text, "founded")]
            msg = (f"“{' '.join(said.split())}” (line {_line(F, start)}) puts the founding in {implied}; "
                   f"{_says(F, [f], str(year))}")
            yield Conflict("CD404", msg, ev, "warning", [f], [])
            return
