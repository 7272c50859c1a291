"""CD117 update-before-event: a live blog's update that reports as done what its own time stamp
says had not happened yet ("2:40 a.m. -- The river crested ... at 3:15 a.m.")."""

from __future__ import annotations

import re
from typing import Iterator

from ...conflicts import STAMP
from ...document import Document
from ...model import Finding
from ...time import lexicon as lx
from ..registry import rule

# a stamp that opens its update's paragraph: "2:40 a.m. --", "11:15 p.m. Sunday --", "14:05 -"
_INLINE = re.compile(r"\s*(\d{1,2})[:.](\d\d)\s*(?:([ap])\.?\s?m\.?)?(?:\s+" + lx.WEEKDAY_ANY +
                     r")?\s*(?:--|[-\u2013\u2014:|])\s", re.I)
_OWN = re.compile(r"\s*(?:updated?(?:\s+at)?:?\s*)?(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?\s?m)?", re.I)
# a clock time an event is placed at: "at 3:15 a.m.", "shortly after 9 p.m."
_CLOCK = re.compile(r"\b(?:at|around|about|shortly after|just after|soon after)\s+(\d{1,2})(?:[:.](\d\d))?"
                    r"\s*([ap])\.?\s?m\b\.?", re.I)
# a modal or a future makes it a forecast, not a report
_NOT_DONE = frozenset({"will", "would", "could", "may", "might", "should", "shall", "expect", "due",
                       "forecast", "schedule", "plan", "predict", "set"})


def _minutes(h: str, m: str | None, ap: str | None) -> int | None:
    hh, mm = int(h), int(m or 0)
    if ap:
        if not 1 <= hh <= 12:
            return None
        hh = hh % 12 + (12 if ap.lower() == "p" else 0)
    elif hh > 23:
        return None
    return hh * 60 + mm if mm < 60 else None


@rule("CD117", "update-before-event", "contradiction", "warning")
def update_before_event(doc: Document) -> Iterator[Finding]:
    """What it finds: a live blog's update that reports as done what happened after its own
    time stamp: the update stamped "2:40 a.m." that says the river "crested ... at 3:15
    a.m.". Only a past or perfect verb counts ("crested", "has reopened"); a forecast ("is
    expected to crest at 3 a.m.", "will reopen at noon") and a quotation are not reports.
    The stamp opens the update's paragraph ("2:40 a.m. --") or stands alone on the line
    above it; a clock time earlier than the stamp, or of another day, is no finding.

    Why it matters: a time stamp and the time in the text disagreeing means one of them was
    typed wrong, or the update was rewritten later without a new stamp; readers following a
    live page rely on both.

    Example: "2:40 a.m. -- The Sorrel River crested at Cutler's Ferry at 22.4 feet at 3:15
    a.m." gives "the update stamped 2:40 a.m. reports as done something at 3:15 a.m., after
    its own time".
    """
    text = doc.text
    quoted = doc.quoted_spans()
    stamped = 0
    prev = None  # (minutes, start, end) of a stamp on a line of its own
    found: list[tuple] = []
    for bi, b in enumerate(doc.blocks):
        if STAMP.match(text[b.start:b.end]):
            m = _OWN.match(text, b.start, b.end)
            prev = (_minutes(m[1], m[2], m[3]), b.start, b.end) if m else None
            stamped += 1
            continue
        m = _INLINE.match(text, b.start, b.end)
        if m:
            stamped += 1
            day_given = bool(re.search(lx.WEEKDAY_ANY, m.group(0)))
            stamp = (None if day_given else _minutes(m[1], m[2], m[3]),
                     b.start + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
            start = m.end()
        elif prev is not None:
            stamp, start = prev, b.start
        else:
            continue
        prev = None
        if stamp[0] is None:
            continue  # no time read, or an update of another day ("11:15 p.m. Sunday")
        for c in _CLOCK.finditer(text, start, b.end):
            at = _minutes(c[1], c[2], c[3])
            if at is not None and at > stamp[0] and not any(a <= c.start() < e for a, e in quoted) \
                    and _reported_done(doc, bi, c.start()):
                found.append((stamp, at, c))
            break  # the first clock time of an update dates its news
    if stamped < 2:
        return  # one time stamp is no live blog
    for (minutes, s0, s1), at, c in found:
        sent = doc.sentence_at(c.start())
        said = " ".join(text[max(sent.start if sent else s1, s1):c.end()].split())
        yield Finding(code="CD117",
                      message=f"the update stamped {_clock(minutes)} reports as done something at "
                              f"{_clock(at)}, after its own time: “{said[:90]}”",
                      evidence=[doc.span(s0, s1, "stamp"), doc.span(c.start(), c.end(), "time")])


def _clock(minutes: int) -> str:
    h, mm = divmod(minutes, 60)
    return f"{h % 12 or 12}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"


def _reported_done(doc: Document, bi: int, offset: int) -> bool:
    """Whether the clause the clock time dates is a past report, not a forecast."""
    sdoc = doc.docs[bi]
    base = doc.blocks[bi].start
    span = sdoc.char_span(offset - base, offset - base + 2, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl") or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return False
    words = {t.lemma_.lower()} | {c.lemma_.lower() for c in t.children if c.dep_ in ("aux", "auxpass", "xcomp")}
    words |= {t.head.lemma_.lower()} if t.dep_ == "xcomp" else set()
    if words & _NOT_DONE:
        return False
    return t.tag_ == "VBD" or t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children if c.dep_ == "aux")
