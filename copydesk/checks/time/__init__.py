"""Time and arithmetic (CD1xx): ages, life events, durations and days that do not add up,
and text written for another time.

Every rule reads the life stage (``copydesk.time.life``: ages, births, deaths, dated events
and stated durations per person, and incidents placed on a day) and the time layer's
timexes; none parses a date itself. The stale-text rules (CD105 to CD107) share one
analysis, cached on the Document.

Rules and severities:

========  =====================  ==============  ==========================================
CD101     age-mismatch           arithmetic      error (needs a publication date)
CD102     implausible-age        arithmetic      warning
CD103     duration-mismatch      arithmetic      warning (needs a publication date)
CD104     day-conflict           contradiction   warning for adjacent days, error otherwise
CD105     stale-present          stale           warning
CD106     stale-relative-date    stale           warning (needs a publication date)
CD107     stale-recent-years     stale           info
CD109     weekday-mismatch       arithmetic      error (warning when the year is inferred)
CD112     quoted-after-death     stale           warning
CD113     acts-after-death       contradiction   warning
CD114     dead-survivor          contradiction   warning
CD115     rounds-out-of-order    contradiction   warning
CD117     update-before-event    contradiction   warning
CD120     acts-out-of-order      contradiction   warning
========  =====================  ==============  ==========================================

CD107 is CD105's low-severity variant, kept as its own code so that a newsroom can ignore it:
present perfect about a dead person that only says what he did "in recent years" /
"recently" ("has been in and out of Baghdad in recent years") is still true of the recent
past and reads naturally in a profile; it shows the passage was written while he was alive
but is not wrong in itself. A sentence gives one finding: CD105 when any of its stale
clauses is CD105-level, else CD107.

The family is a package: ``common`` (shared words and message helpers), ``ages`` (CD101,
CD102), ``durations`` (CD103), ``days`` (CD104), ``stale`` (CD105, CD107) and ``relative``
(CD106), ``weekdays`` (CD109), ``afterlife`` (CD112 to CD114) ``rounds`` (CD115), ``updates`` (CD117) and ``order`` (CD120).
"""

from __future__ import annotations

from . import ages, durations, days, stale, relative, weekdays, afterlife, rounds, updates, order  # noqa: F401  (registers the rules, in this order)
