"""Find temporal expressions in text: regex rules over the raw string, each with a handler
that checks the context and returns a :class:`Cand` holding what the words *mean*
(``kind`` and ``data``), not yet a TIMEX3 value, which needs the publication date, the
tense and the narrative (see :mod:`copydesk.time.resolve`).

Spans follow TempEval-3 (TimeML) extents: a determiner and pre-modifiers are inside
("the 1980s", "the past two years", "more than two decades", "late Thursday"), a
preposition is outside ("since 2008", "on Friday", "for 15 years"), a possessive 's is
outside ("Monday's").

The package: ``base`` (pattern pieces, :class:`Cand`, the ``@rule`` registry), the rule
modules in the order their rules run (``dates``, ``relative``, ``durations``, ``clock``), and
``selection`` (trigger windows, every candidate, the choice among overlapping ones).
"""

from __future__ import annotations

from . import dates, relative, durations, clock  # noqa: F401  (registers the rules, in this order)
from .base import RULES, Cand, rule
from .selection import TRIGGERS, candidates, select, trigger_windows

__all__ = ["Cand", "RULES", "TRIGGERS", "candidates", "rule", "select", "trigger_windows"]
