"""time stage: copydesk's own temporal layer (TIMEX3 DATE, TIME, DURATION, SET).

``annotate(doc)`` fills ``doc.timexes`` (ids "T1", "T2"... in text order). Values follow
TempEval-3: DATE at the granularity written (``1998``, ``2019-09``, ``2020-W01``,
``2008-Q4``, ``2009-SP``, ``198``, ``19``, ``PRESENT_REF``), TIME (``2020-01-02TNI``,
``2008-10-07T18:00Z``), DURATION (``P20Y``, ``PXY``), SET (``P1W``, ``XXXX-WXX-1``).

How it works:

1. :mod:`.grammar`: regex rules over each block's text find candidate expressions and say
   what they mean ("weekday 4, no relation", "2 units of year, later"); the context checks
   that keep "may" the verb, "1,500 troops", "$2010", "the 61-year-old", "the Sunday
   Times" out live in the rule handlers. Overlaps go to the longest match.
2. :mod:`.resolve`: each candidate, in text order, becomes a value: against the
   publication date (``anchor="published"``), or against the most recent specific date
   the narrative has reached ("two days later", "that day", "the following spring":
   ``anchor`` is that timex's id). A weekday, a month or a season without its year is
   the occurrence its governing verb's tense points to (:mod:`.tense`): "said Thursday" in
   a Friday paper is the day before, "will meet on Monday" the next Monday.
3. A numeric date that reads both ways ("3/4/2019") takes the US reading unless the
   article writes its unambiguous dates day first, and lists the other in ``readings``.

For later checks: :func:`narrative_date` (the date the narrative is at, for an offset),
:func:`timex_tense` / :func:`tense_at` (past / present / future of the governing verb) and
:func:`value_range` (first and last day a value can mean).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Callable, Iterable

from ..model import Timex
from . import calendar as cal
from .calendar import value_range
from .grammar import Cand, candidates, select
from .resolve import Context, Ref, resolve
from .tense import span_tense, text_tense
from ..lazy_re import gated

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["annotate", "normalize_text", "narrative_date", "timex_tense", "tense_at",
           "value_range", "Reference", "find"]


@dataclass
class Reference:
    """The date the narrative is at: ``value`` (a TIMEX3 DATE value), the timex that set it
    (``id``; "published" when nothing before the offset did), and its first/last day."""
    value: str
    id: str
    first: date | None
    last: date | None


# --- the shared core ------------------------------------------------------------------------------

_DAYFIRST_NUM = gated(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{2,4})(?![\d/])")
_DM = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_MD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                 r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\b")


def dayfirst_style(text: str) -> bool:
    """True when the article writes dates day first: an unambiguous 25/12/2019, or more
    "11 March" than "March 11"."""
    day_first = us_first = 0
    for m in _DAYFIRST_NUM.finditer(text):
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            us_first += 1
    if day_first != us_first:
        return day_first > us_first
    return len(_DM.findall(text)) > len(_MD.findall(text))


def _resolve_all(text: str, cands: list[Cand], published: date | None,
                 tense: Callable[[Cand], str | None]) -> list[Timex]:
    ctx = Context(dct=published, tense=tense, dayfirst=dayfirst_style(text))
    out: list[Timex] = []
    for c in cands:
        r = resolve(c, ctx)
        if r is None:
            continue
        tid = f"T{len(out) + 1}"
        anchor = r.anchor
        if anchor == "ref":
            anchor = r.ref_id or "published"
        out.append(Timex(tid, c.start, c.end, text[c.start:c.end], r.type, r.value, r.mod,
                         anchor, list(r.readings)))
        if r.point is not None and r.type in ("DATE", "TIME"):
            ctx.refs.append(Ref(r.point, tid, c.start))
    return out


def _shift(c: Cand, off: int) -> Cand:
    c.start += off
    c.end += off
    day = c.data.get("day")
    if isinstance(day, Cand):
        _shift(day, off)
    return c


def find(text: str) -> list[Cand]:
    """Candidate expressions in one block of text (offsets into it), overlaps resolved."""
    return select(candidates(text), text)


def normalize_text(text: str, published: date | str | None = None) -> list[Timex]:
    """Timexes of a plain text without spaCy: tense comes from a word-window heuristic,
    and expressions that need a parse to be told apart (a bare "spring") are left out.
    Paragraphs (blank-line separated) are matched separately, as blocks are."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    cands: list[Cand] = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        for c in find(m.group(0)):
            if c.data.get("weak") and c.kind == "season":
                continue
            cands.append(_shift(c, m.start()))
    return _resolve_all(text, cands, published, lambda c: text_tense(text, c.start, c.end))


# --- on a parsed Document ---------------------------------------------------------------------------

_NAME_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "NORP", "LAW", "GPE", "LOC"}
_YEAR_PREP = {"in", "since", "by", "until", "from", "to", "of", "before", "after", "during",
              "between", "and", "early", "late", "mid", "the", "through", "till", "or", "as"}


def _keep(c: Cand, doc, btext: str) -> bool:
    """Checks that need the parse: names, verbs, a bare season's part of speech.
    (``doc.text`` is rebuilt from the tokens on every access, so the block text is passed.)"""
    s, e = c.start, c.end
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    words_only = not any(ch.isdigit() for ch in btext[s:e])
    if c.kind in ("weekday", "month") or c.kind in ("holiday", "md") and words_only:
        first = span[0]
        if first.ent_type_ in _NAME_LABELS:
            # the name entity this token is in, from the IOB tags (doc.ents is slow to build)
            i, j = first.i, first.i
            while i > 0 and doc[i].ent_iob_ == "I":
                i -= 1
            while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
                j += 1
            if i < span.start or j >= span.end:
                return False  # "the Sunday Times", "Theresa May": part of a longer name
    if c.kind == "month" and c.data.get("rel") is None:
        tok = span.root
        if tok.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD") or tok.lower_ == "may" and tok.pos_ == "AUX":
            return False
    if c.kind == "season" and c.data.get("weak"):
        tok = span[-1]
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod") or \
                (tok.i > 0 and doc[tok.i - 1].pos_ in ("ADJ", "NOUN", "PROPN") and doc[tok.i - 1].dep_ in ("amod", "compound")):
            return False
    if c.kind == "year":
        tok = span[-1]
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        prev = doc[span[0].i - 1] if span[0].i > 0 else None
        if nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in ("olympics", "games") and \
                (prev is None or prev.lower_ not in _YEAR_PREP):
            return False
        if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL") and \
                (prev is None or prev.lower_ not in _YEAR_PREP) and tok.ent_type_ != "CARDINAL":
            return False
    return True


def _doc_tense(doc, offset: int) -> Callable[[Cand], str | None]:
    def tense(c: Cand) -> str | None:
        span = doc.char_span(c.start - offset, c.end - offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span_tense(span)

    return tense


def annotate(doc: "Document") -> None:
    """Fill doc.timexes from the article's blocks and their spaCy parses."""
    text = doc.article.text
    blocks = doc.article.blocks
    cands: list[Cand] = []
    for block, sdoc in zip(blocks, doc.docs):
        btext = text[block.start:block.end]
        for c in find(btext):
            if _keep(c, sdoc, btext):
                cands.append(_shift(c, block.start))
    starts = [b.start for b in blocks]

    def tense(c: Cand) -> str | None:
        i = bisect.bisect_right(starts, c.start) - 1
        if i < 0:
            return None
        return _doc_tense(doc.docs[i], blocks[i].start)(c)

    doc.timexes = _resolve_all(text, cands, doc.article.published, tense)


# --- helpers for the checks -----------------------------------------------------------------------

def narrative_date(doc: "Document | Iterable[Timex]", offset: int,
                   published: date | None = None) -> Reference | None:
    """The date the narrative is at for a character offset: the last specific DATE/TIME
    timex ending at or before it, else the publication date, else None."""
    if hasattr(doc, "timexes"):
        timexes = doc.timexes
        published = published or doc.article.published
    else:
        timexes = list(doc)
    best = None
    for t in timexes:
        if t.end > offset:
            break
        if t.type in ("DATE", "TIME") and cal.parse_value(t.value) is not None:
            best = t
    if best is not None:
        rng = value_range(best.value)
        return Reference(best.value, best.id, rng[0] if rng else None, rng[1] if rng else None)
    if published is not None:
        return Reference(published.isoformat(), "published", published, published)
    return None


# What a clock time may say besides its digits: "a.m.", "o'clock", "noon", a zone ("GMT",
# "local time"), a part of the day ("in the morning"): none of them names a day.
_CLOCK_WORDS = re.compile(r"\b(?:[ap]\.?\s?m\b\.?|o['’]clock|noon|midnight|hrs|h|[A-Z]{2,4}|[Ll]ocal time|"
                          r"in the (?:morning|afternoon|evening|night))|[\d\s:.,()-]+")


def clock_only(timex: Timex) -> bool:
    """A time of day with no day of its own ("at 6:30", "11 a.m. local time"): its day is
    whatever date came before it."""
    return timex.type == "TIME" and not _CLOCK_WORDS.sub("", timex.text).strip()


def day_inherited(doc: "Document", timex: Timex) -> bool:
    """A clock time with no day of its own ("At 2:45 a.m., he died") takes its day from the
    last date the narrative reached; when that date is in another sentence it dated another
    act ("His last vote was on May 14."), so the day is copydesk's guess, not the story's
    statement: checks that compare days (a death's, an event's) leave it out. A time with
    its day in its own sentence ("On May 14, at 2:45 a.m., ...") or in its own words ("6 a.m.
    the next day") keeps it."""
    if timex.type != "TIME" or not timex.anchor or timex.anchor == "published":
        return False
    if not clock_only(timex):
        return False  # a day word of its own: "6 a.m. the next day", "Monday 9 a.m."
    ref = next((t for t in doc.timexes if t.id == timex.anchor), None)
    if ref is None:
        return False
    if doc.sentence_at(timex.start) is not doc.sentence_at(ref.start):
        return True
    # "11:20 p.m. local time (0420 GMT)": the second time's day is the first's, inherited or not
    return ref.type == "TIME" and ref.start < timex.start and day_inherited(doc, ref)


def speakers_day(doc: "Document", timex: Timex) -> bool:
    """A day said in words inside a quotation and read against publication ("who passed away
    this evening" in a university's statement): the speaker's day, which may not be the
    story's, so it dates no fact of the story."""
    if timex.anchor != "published" or re.search(r"\d", timex.text):
        return False
    return any(qs <= timex.start < qe for qs, qe in doc.quoted_spans())


def tense_at(doc: "Document", start: int, end: int) -> str | None:
    """Tense (past / present / future) of the verb governing the text between start and end."""
    for block, sdoc in zip(doc.article.blocks, doc.docs):
        if block.start <= start < block.end:
            span = sdoc.char_span(start - block.start, min(end, block.end) - block.start,
                                  alignment_mode="expand")
            if span is None or len(span) == 0:
                return None
            return span_tense(span)
    return text_tense(doc.article.text, start, end)


def timex_tense(doc: "Document", timex: Timex) -> str | None:
    """Tense of the verb governing a timex: "past", "present", "future" or None."""
    return tense_at(doc, timex.start, timex.end)
