"""facts stage: normalized slot values per subject (a person, an organisation, an event), each
with its source and evidence.

Runs after entities, quotes, claims, time, life and events. ``annotate(doc)`` leaves a
:class:`Facts` in ``doc.extras["facts"]``; :func:`facts_of` computes it on demand when the
stage has not run. Nothing here parses a date or computes an age: dates are
the time layer's TIMEX3 values (``doc.timexes``), and births, deaths, ages and stated
durations are the life stage's (``doc.extras["life"]``, :mod:`copydesk.time.life`).

What a :class:`Fact` is: one thing the article says about one entity, with

- ``slot``: ``born`` / ``died`` (``value`` a place key or a date value; ``kind`` says
  which: ``place`` | ``date``), ``age``, ``role`` and ``member_of`` (``title`` normalized:
  head, chief, commander, leader, chair, director and president of an organisation are all
  ``head``; "deputy", "vice", "acting", "interim", "assistant" make a title of their own;
  ``org`` the organisation's entity id, else its normalized name; ``aspect`` is ``start``,
  ``since``, ``held`` (at ``time``), ``held_by`` ("already leading X when ... in 2001":
  began at or before ``time``), ``duration`` (``years``, ``mod``), ``end`` or ``current``),
  ``participated`` and ``event`` (any other claim: ``value`` the predicate, ``words`` the
  object's content words), with ``polarity`` and ``certainty``;
- ``source``: the claims layer's :class:`~copydesk.model.Source` (the article's own voice
  or an attributed speaker), ``evidence`` (the clause), ``value_evidence`` and
  ``time_evidence`` where the value or the date is a span of its own, and ``claim`` (the
  claim id it rests on, when there is one).

Besides slot facts, every clause of the article is kept as a :class:`Statement` (its verb,
subject, content words, negation, and the values in it: numbers with what they count,
dates and places with the verb they attach to), so that the contradiction rules can find
the same statement made twice with one value changed; :meth:`Facts.parallel` gives the
candidate pairs, computed once.

Where the claims layer lacks something (a role's organisation, how a date attaches: "in",
"since", "when ... in 2001"), it is read here from the parse at the claim's span.

Facts over any subject: a fact's ``entity`` is the id of what it is about, a person or an
organisation (``E4``) or an event (``V3``, from the events stage). Event facts carry the
event's attribute as ``slot`` (``toll``, ``count``, ``score``, ``amount``, ``date``, ``day``,
``place``, ``cause``, ...) and the kind of its value as ``kind`` (``num``: ``value`` a number
as text with ``mod`` MORE/LESS/APPROX; ``date``: a TIMEX3 value; ``place``: a place key;
``text``: compared as written). ``aspect="revised"`` marks a figure the text itself says
replaces an earlier one ("was revised to", "rose to"), and ``time`` when a reading holds. The
conflict rules (:mod:`copydesk.conflicts`) compare (subject, slot) alike for any subject.

The package, in reading order: :mod:`.model` (the dataclasses), :mod:`.vocab` (words, role
words from ``copydesk/data/roles_en.txt``), :mod:`.store` (:class:`Facts` and its look-ups),
:mod:`.builder` (what the facts are read from), :mod:`.roles` (facts from claims),
:mod:`.statements` and :mod:`.numbers` (clauses and their values), :mod:`.parse` (token
helpers). The timeline is :mod:`copydesk.timeline`; nothing here imports a check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .builder import _Builder
from .model import (  # noqa: F401 - _num_value: the one reader of written numbers
    Fact,
    Statement,
    Value,
    _num_value,
    normalize_title,
    restated,
    source_label,
    value_years,
)
from .parse import _content, _content_words  # noqa: F401 - used by the conflict rules
from .roles import claim_time
from .store import Facts

__all__ = ["Fact", "Statement", "Value", "Facts", "annotate", "facts_of", "build_timeline", "normalize_title",
           "restated", "source_label", "value_years", "claim_time"]

if TYPE_CHECKING:
    from ..document import Document


def annotate(doc: "Document") -> None:
    """The facts stage (after life and events): fill doc.extras["facts"]."""
    facts_of(doc)


def facts_of(doc: "Document") -> Facts:
    """doc.extras["facts"], computed now if the stage has not run."""
    if "facts" not in doc.extras:
        doc.extras["facts"] = _Builder(doc).run()
    return doc.extras["facts"]


def __getattr__(name: str):
    # the timeline moved to copydesk.timeline (it reads the conflicts, which read the facts)
    if name == "build_timeline":
        from ..timeline import build_timeline

        return build_timeline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
