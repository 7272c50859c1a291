"""CD106 stale-relative-date: a relative date ("last September", "next month") that the
article's own dates show was written for another time."""

from __future__ import annotations

import re

from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...time import calendar as cal
from ...nlp import tokens_of
from ...time.life import life_of
from ..registry import rule
from .common import AFTER_DEATH_WORDS, _line
from .stale import _stale_analysis, _picture_caption


def _mentions(doc: Document, eid: str, start: int, end: int) -> bool:
    index = doc.extras.get("entity_index")
    if index is None:
        return False
    try:
        return any(ent.id == eid for _m, ent in index.mentions_in(start, end))
    except Exception:
        return False


@rule("CD106", "stale-relative-date", "stale", "warning", needs_date=True)
def stale_relative_date(doc: Document) -> Iterator[Finding]:
    """What it finds: a relative date inside a passage written before the death. A relative
    date ("last September", "next year", "this month") in a passage that CD105 shows was
    written earlier. The passage is the paragraph of the
    CD105 sentence and the paragraph just before and just after it when they are about the
    same person (they mention them); a paragraph that holds a date on or after the death or
    reports the death was written after it and is left out. Only dates the time layer
    resolved against the publication date count; a date relative to another date in the
    text ("two years later") moves with it. The message gives the date it was resolved to.

    Why it matters: "last September" in a profile written in 2018 means September 2017; in
    the obituary published in 2020 it reads as September 2019. The relative date must be
    made absolute or checked.

    Example: "She has dismissed talk of a comeback" (about a woman reported dead) and, in
    the next paragraph, "after the referendum last September" give "“last September” was
    resolved against the publication date (2020-01-06) as 2019-09, but the passage appears
    to be older copy (present tense about Ana Ruiz, who is reported dead, line 3)".

    Also: a date and how long ago it was, side by side ("in February 2004, more than two
    decades ago"), that the publication date does not let agree: the "ago" was written for
    another day, or the date is wrong.

    Also: an act done once in a life (retiring, graduating, emigrating) dated relative to
    the publication date in one place ("since retiring last year") and absolutely in another
    ("retired in June 2019"), the two apart: the relative date was written for another day.
    """
    pub = doc.article.published
    if pub is None:
        return
    from ...conflicts import conflicts_of

    for c in conflicts_of(doc):
        if c.code == "CD106":
            yield Finding(code="CD106", message=c.message, evidence=list(c.evidence), severity=c.severity)
    yield from _dated_ago(doc, pub)
    lives = life_of(doc)
    blocks = doc.blocks
    # each block of a passage -> the CD105 sentences whose passage holds it
    owners: dict[int, list] = {}
    for st in _stale_analysis(doc):
        if st.level != "warning":
            continue
        life = lives.get(st.entity)
        dr = life.death_range() if life else None
        death_first = dr[0] if dr else pub
        death_offsets = [d.offset for d in life.deaths] if life else []
        for nb in (st.block - 1, st.block, st.block + 1):
            if not 0 <= nb < len(blocks) or blocks[nb].kind not in ("paragraph", "caption") or \
                    blocks[nb].kind == "caption" and _picture_caption(doc, nb):
                continue
            b = blocks[nb]
            if nb != st.block and not _mentions(doc, st.entity, b.start, b.end):
                continue
            if any(b.start <= o < b.end for o in death_offsets):
                continue  # it reports the death: written after it
            if nb != st.block and any(t.lemma_.lower() in AFTER_DEATH_WORDS for t in tokens_of(doc.docs[nb])):
                continue  # "would sing at her funeral": written after it too
            later = False
            for t in doc.timexes:
                # an absolute date on or after the death: written after it (a relative date
                # proves nothing: it was resolved against the publication date)
                if b.start <= t.start < b.end and t.type in ("DATE", "TIME") and t.anchor is None:
                    rng = cal.value_range(t.value)
                    if rng is not None and rng[1] >= death_first:
                        later = True
                        break
            if later:
                continue
            owners.setdefault(nb, []).append(st)
    index = doc.extras.get("entity_index")
    for t in doc.timexes:
        if t.anchor != "published" or t.type not in ("DATE", "TIME"):
            continue
        if cal.parse_value(t.value) is None:
            continue
        bi = next((i for i in owners if blocks[i].start <= t.start < blocks[i].end), None)
        if bi is None:
            continue
        # the nearest CD105 sentence marks it: in its own block first
        st = min(owners[bi], key=lambda x: (x.block != bi, abs(x.start - t.start)))
        clause = next(c for c in st.clauses if c.level == "warning").span
        name = index.by_id(st.entity).name if index is not None else st.entity
        msg = (f"“{t.text}” was resolved against the publication date ({pub.isoformat()}) as "
               f"{t.value}, but the passage appears to be older copy (present tense about "
               f"{name}, who is reported dead, line {_line(doc, clause.start)}): check which "
               f"date is meant and write it out")
        yield Finding(code="CD106", message=msg,
                      evidence=[doc.span(t.start, t.end, "date"),
                                Span(clause.start, clause.end, clause.text, "stale")])


_AGO = re.compile(r"\bago\b", re.I)


def _dated_ago(doc: Document, pub) -> Iterator[Finding]:
    """"in February 2004, more than two decades ago", published in 2022: the two side by side
    say one time, and 18 years is not more than 20."""
    txs = [t for t in doc.timexes if t.type == "DATE"]
    for a, b in zip(txs, txs[1:]):
        if doc.text[a.end:b.start].strip(" ,") or a.anchor is not None or b.anchor != "published" \
                or not _AGO.search(b.text):
            continue
        ra, rb = cal.value_range(a.value or ""), cal.value_range(b.value or "")
        if ra is None or rb is None or not re.match(r"^\d{4}", a.value or ""):
            continue
        ya, yb = ra[0].year, rb[0].year
        bad = {"MORE_THAN": ya > yb, "EQUAL_OR_MORE": ya > yb, "LESS_THAN": ya < yb,
               "EQUAL_OR_LESS": ya < yb, "APPROX": abs(ya - yb) > 2}.get(b.mod or "", abs(ya - yb) > 1)
        if not bad:
            continue
        gap = pub.year - ya - (1 if (pub.month, pub.day) < (ra[0].month, ra[0].day) else 0)
        yield Finding(code="CD106", message=(
            f"“{b.text}” (from the publication date, {pub.isoformat()}) does not fit “{a.text}”, "
            f"about {gap} years before it: the “ago” was written for another day, or the date is wrong"),
            evidence=[doc.span(a.start, a.end, "date"), doc.span(b.start, b.end, "relative")])
