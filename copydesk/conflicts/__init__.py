"""Conflicts between the facts of one article: the reasoning behind the CD40x rules, kept out
of :mod:`copydesk.checks` so that the timeline (and any other reader) can mark conflicts
without importing a check. Facts never import this; this reads the facts.

One finder per kind of fact, each yielding :class:`Conflict`: :mod:`.roles` (CD401 role
dates, CD407 ended roles), :mod:`.life` (CD402 births, deaths and kin, CD403 ages),
:mod:`.certainty` (CD406 asserted against negated or unknown), :mod:`.subjects` (any
subject's attribute given two values: an event's toll, score, day or place), and
:mod:`.statements` (the same statement restated with one value changed)."""

from __future__ import annotations

import bisect
import re

from ..document import Document
from ..facts import facts_of
from ..quotes import in_transcript
from ..structure import correction_notes
from .base import Conflict, _sent_of
from .certainty import _certainty_conflicts
from .durations import activity_conflicts, once_acts_dated_twice, spans_miscounted, stale_acts, stint_conflicts
from .datelines import dateline_conflicts
from .anniversaries import anniversary_conflicts
from .life import _age_conflicts, _home_conflicts, _life_conflicts, _nationality_conflicts
from .places import place_level
from .roles import _ended_conflicts, _role_conflicts, _two_posts
from .statements import _statement_conflicts
from .subjects import subject_conflicts

__all__ = ["Conflict", "conflicts_of", "in_two_updates", "live_updates", "place_level", "update_lead"]

# Conflicts between figures and days, which a later update of a running story revises.
RUNNING = frozenset({"CD404", "CD405", "CD406"})  # a later update may report what an earlier had not
# A block that is only a time of day: a live blog's update, in the house styles of wire
# blogs ("12:05 a.m.", "10:30 p.m. EST"), British blogs ("10.05am GMT", "4.32pm"), 24-hour
# clocks ("16:05", "09:40 CET") and update lines ("Updated 9:15 a.m.", "Update at 16:05").
_ZONE = r"(?:\s*\(?[A-Z]{2,4}\)?)"
STAMP = re.compile(r"^\s*(?:updated?(?:\s+at)?:?\s*)?(?:"
                   r"\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)" + _ZONE + "?"
                   r"|[0-2]?\d:[0-5]\d" + _ZONE + "?"
                   r"|[0-2]?\d\.[0-5]\d" + _ZONE + r")\s*$", re.I)


def live_updates(doc: Document) -> list[int]:
    """Start offsets of a live blog's updates, when the article has two or more time stamps."""
    text = doc.text
    starts = [b.start for b in doc.blocks if STAMP.match(text[b.start:b.end])]
    return starts if len(starts) >= 2 else []


_updates = live_updates


def in_two_updates(doc: Document, a: int, b: int) -> bool:
    """Whether two offsets lie in two different updates of a live blog."""
    updates = live_updates(doc)
    return bool(updates) and bisect.bisect_right(updates, a) != bisect.bisect_right(updates, b)


def update_lead(doc: Document, offset: int) -> bool:
    """Whether the block at ``offset`` opens a live blog's update: the first block after its
    time stamp, which carries the update's own news (background follows it)."""
    updates = live_updates(doc)
    k = bisect.bisect_right(updates, offset) - 1
    if k < 0:
        return False
    stamp = next((i for i, b in enumerate(doc.blocks) if b.start == updates[k]), None)
    if stamp is None or stamp + 1 >= len(doc.blocks):
        return False
    lead = doc.blocks[stamp + 1]
    return lead.start <= offset < lead.end


def conflicts_of(doc: Document) -> list[Conflict]:
    """Every conflict in the article, found once (cached on the Document)."""
    if "conflicts" in doc.extras:
        return doc.extras["conflicts"]
    doc.extras["conflicts"] = []  # guards against re-entry from the facts layer
    F = facts_of(doc)
    out: list[Conflict] = []
    used_pairs: set[tuple[int, int]] = set()
    for finder in (_role_conflicts, _life_conflicts, _age_conflicts, _certainty_conflicts,
                   _ended_conflicts, _nationality_conflicts, _home_conflicts, activity_conflicts,
                   stale_acts, once_acts_dated_twice, spans_miscounted, stint_conflicts, _two_posts,
                   anniversary_conflicts, dateline_conflicts):
        try:
            out.extend(finder(doc, F))
        except Exception:  # noqa: BLE001 - one rule's odd input must not lose the others
            if doc.settings is not None and getattr(doc.settings, "debug", False):
                raise
    out.extend(_event_conflicts(doc))  # first: a toll told twice is the event's, not a restatement's
    for c in out:
        ss = sorted({_sent_of(F, e.start) for e in c.evidence})
        for i in range(len(ss)):
            for j in range(i + 1, len(ss)):
                used_pairs.add((ss[i], ss[j]))
    out.extend(_statement_conflicts(doc, F, used_pairs))
    # a correction restates the figure it corrects: the two are the correction, not a conflict
    notes = correction_notes(doc.text, doc.blocks)
    if notes:
        out = [c for c in out if not any(a <= e.start < b for e in c.evidence for a, b in notes)]
    # an interview's speakers talking back and forth: not a text that contradicts itself
    out = [c for c in out if not c.evidence or not all(in_transcript(doc, e.start) for e in c.evidence)]
    # a live blog's time-stamped updates: a figure in a later update is a later reading
    updates = _updates(doc)
    if updates:
        out = [c for c in out if c.code not in RUNNING or
               len({bisect.bisect_right(updates, e.start) for e in c.evidence}) < 2]
    doc.extras["conflicts"] = out
    if not doc.timeline and "timeline_built" not in doc.extras:
        # the facts stage not wired yet: the rules still leave the timeline on the Document
        doc.extras["timeline_built"] = True
        from ..timeline import build_timeline

        doc.timeline = build_timeline(doc)
    return out


def _event_conflicts(doc: Document):
    """Facts about events (tolls, scores, days) compared as facts about people are."""
    for code, message, evidence, severity, side_a, side_b in subject_conflicts(doc):
        yield Conflict(code, message, evidence, severity, a=side_a, b=side_b)
