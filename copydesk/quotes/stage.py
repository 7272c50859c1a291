"""The quotes stage's entry points: ``annotate`` fills ``doc.quotes``; the readers of its extras.

``annotate`` builds the quotes, numbers them Q1, Q2, ... in reading order, keeps the mark
problems (CD701), the quoted stretches (CD702) and the transcript turns in ``doc.extras``,
and tells the entity index that "I" inside a quotation is its speaker.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..document import Document
from ..model import Mention, Quote, Span, Speaker
from .builder import _Q, _Builder
from .marks import MarkProblem
from .pairing import scan_marks
from .vocab import PRONOUNS


def _fallback_pronouns(quotes: list[_Q]) -> None:
    """Without an entity index, "he"/"she" take the last named person quoted before."""
    last: Speaker | None = None
    for q in sorted(quotes, key=lambda q: q.start):
        sp = q.speaker
        if sp is None:
            continue
        if sp.name is None and sp.text.lower() in ("he", "she") and last is not None:
            q.speaker = Speaker(last.entity, last.name, sp.start, sp.end, sp.text)
        elif sp.name is not None and sp.text.lower() not in PRONOUNS:
            last = sp


def annotate(doc: Document, *, cognition: bool = True) -> None:
    """Fill doc.quotes (and doc.extras["quote_marks"] for CD701)."""
    builder = _Builder(doc, cognition=cognition)
    built = builder.build()
    text = doc.text
    if builder.index is None:
        _fallback_pronouns(built)
    built.sort(key=lambda q: (q.start, -q.end))
    ids = {id(q): f"Q{n}" for n, q in enumerate(built, 1)}
    out: list[Quote] = []
    for q in built:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(set(q.spans)):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        start, end = merged[0][0], merged[-1][1]
        parts = [Span(s, e, text[s:e]) for s, e in merged] if len(merged) > 1 else []
        parent = ids.get(id(q.parent)) if q.parent is not None else None
        out.append(Quote(ids[id(q)], q.kind, start, end, text[start:end], parts, parent, q.speaker, q.cue,
                         q.medium))
    doc.quotes = out
    doc.extras["quote_marks"] = {"raws": builder.raws, "problems": builder.problems}
    doc.extras["quoted_parts"] = {ids[id(q)]: sorted(set(q.quoted)) for q in built}
    doc.extras["transcript"] = builder.transcript
    _add_first_person(builder, built)


def _add_first_person(builder: _Builder, built: list[_Q]) -> None:
    """ "I", "me", "my" inside a quotation are its speaker: tell the entity index."""
    index = builder.index
    if index is None or not hasattr(index, "add_mention"):
        return
    text = builder.text
    inner: dict[int, list[tuple[int, int]]] = {}
    for q in built:
        if q.parent is not None:
            inner.setdefault(id(q.parent), []).extend(q.quoted)
    for q in built:
        if q.speaker is None or not q.speaker.entity or q.kind == "indirect":
            continue
        skip = inner.get(id(q), [])
        for s, e in q.quoted:
            for m in re.finditer(r"\b(?:I|me|my|mine|myself)\b", text[s:e]):
                a, b = s + m.start(), s + m.end()
                if any(x <= a < y for x, y in skip):
                    continue
                try:
                    index.add_mention(q.speaker.entity, Mention(a, b, text[a:b], "pronoun"))
                except Exception:
                    return


def in_transcript(doc: Document, pos: int) -> bool:
    """Is ``pos`` inside a turn of an interview transcript? Such talk is the record of a
    conversation: it is neither the article's claim nor a quotation of another source."""
    spans = doc.extras.get("transcript") or []
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def quoted_parts(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """For each quote id, the stretches inside quote marks (for CD702)."""
    return doc.extras.get("quoted_parts", {})


def mark_problems(doc: Document) -> list[MarkProblem]:
    data: Any = doc.extras.get("quote_marks")
    if data is None:
        return scan_marks(doc.text, doc.blocks)[1]
    return data["problems"]
