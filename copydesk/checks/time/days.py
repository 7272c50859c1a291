"""CD104 day-conflict: one incident put on two different days."""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...time.life import incidents_of
from ..registry import rule
from .common import NON_DEATH_MAX_DAYS, _line


GROUP_WORDS = {"death": "death", "arrest": "arrest", "crash": "crash", "explosion": "explosion",
               "strike": "strike"}


@rule("CD104", "day-conflict", "contradiction", "error")
def day_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: one event placed on two different days. The events are a person's
    death (killed, died, was shot dead, "his death"), an arrest (arrested, detained), or a
    crash, an explosion or a military strike (by a verb or a noun: "Monday's crash"). One
    event means
    the same person (or, for a crash or a blast with no named subject, a definite mention:
    "the crash", "Monday's crash") and the same kind of event (kill/die/death;
    arrest/detain; crash/collide), with each day as the time layer resolved it (a weekday
    against the publication date). Headlines, bullets and captions count. Adjacent days
    are a warning, as time zones or a late-night event may explain them; two or more days
    apart is an error. Arrests, crashes and blasts more than a week apart are taken to be
    two events, and "another", "a second", "again" mark a new one.

    Why it matters: the day of a death or an arrest is the first fact readers and other
    outlets repeat; two days in one story means one is wrong or the story mixes time zones
    without saying so.

    Example: a bullet "killed in US drone strike on Baghdad airport late Thursday" and a
    paragraph "who was killed Friday", published Friday 2020-01-03, give "Qassem Soleimani's
    death is placed on 2020-01-02 (late Thursday, line 3) and 2020-01-03 (Friday, line 10):
    one day apart; time zones or a late-night event may explain it" (a warning).
    """
    index = doc.extras.get("entity_index")
    groups: dict[tuple, list] = {}
    for inc in incidents_of(doc):
        if inc.entity is None and not inc.definite:
            continue
        # "detained on Sunday ... formally arrested on Monday" is one process in two steps:
        # arrests compare only the same word; a death is a death whatever the verb
        key = (inc.group, inc.entity, inc.word if inc.group == "arrest" else None)
        groups.setdefault(key, []).append(inc)
    for (group, eid, _word), incs in groups.items():
        by_day: dict[str, object] = {}
        for inc in incs:
            by_day.setdefault(inc.value, inc)
        if len(by_day) < 2:
            continue
        if any(_names_time_zone(doc, inc.evidence.start) for inc in by_day.values()):
            continue  # "early Saturday, British time": the writer has said which clock
        days = sorted(by_day)
        d0, d1 = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
        spread = (d1 - d0).days
        if group != "death" and spread > NON_DEATH_MAX_DAYS:
            continue
        who = ""
        if eid is not None and index is not None:
            try:
                who = index.by_id(eid).name + "'s "
            except Exception:
                who = ""
        what = f"{who}{GROUP_WORDS[group]}" if who else f"the {GROUP_WORDS[group]}"
        parts = []
        for v in days:
            inc = by_day[v]
            parts.append(f"{v} ({inc.date_evidence.text}, line {_line(doc, inc.evidence.start)})")
        placed = " and ".join(parts) if len(parts) == 2 else ", ".join(parts[:-1]) + " and " + parts[-1]
        if spread == 1:
            msg = (f"{what[0].upper() + what[1:]} is placed on {placed}: one day apart; time zones "
                   f"or a late-night event may explain it, but the story should say which day")
            severity = "warning"
        else:
            msg = (f"{what[0].upper() + what[1:]} is placed on {placed}: {spread} days apart, "
                   f"so one of them is wrong")
            severity = "error"
        evidence = []
        for v in days:
            inc = by_day[v]
            evidence.append(Span(inc.evidence.start, inc.evidence.end, inc.evidence.text, "event"))
        yield Finding(code="CD104", message=msg, evidence=evidence, severity=severity)


TIME_ZONE_RE = re.compile(
    r"\b(?:local time|(?:[A-Z][a-z]+|[A-Z]{2,4}) time|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|"
    r"IST|JST|AEST|AEDT)\b")


def _names_time_zone(doc: Document, offset: int) -> bool:
    """True when the sentence at offset says which clock its time is on."""
    s = doc.sentence_at(offset)
    return s is not None and bool(TIME_ZONE_RE.search(s.text))
