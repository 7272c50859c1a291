"""CD103 for any activity: how long someone has been doing something ("has studied the
compound for more than 20 years", counted back from the publication date) against when the
article says it began ("first synthesized it in 2011", "moved to Port Alwen in 2008"). The
same person, and the same object or place (or, for "it", the same sentence)."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ..document import Document
from ..facts import Fact, Facts
from ..model import Span
from ..time import calendar as cal
from .base import Conflict, _line, _says, _severity


def _began_by(pub: date, years: float, mod: str | None) -> tuple[date, bool]:
    """The latest start a duration allows, and whether the start must be strictly earlier."""
    n = int(years)
    try:
        bound = pub.replace(year=pub.year - n)
    except ValueError:
        bound = pub.replace(year=pub.year - n, day=28)
    return bound, mod in ("MORE_THAN", "EQUAL_OR_MORE") and mod == "MORE_THAN"


def _same_thing(F: Facts, d: Fact, s: Fact) -> bool:
    if d.words & s.words - {"*"}:
        return True
    if "*" in s.words:  # "first synthesized it": about what the duration's sentence is about
        sents = F.doc.sentences
        for x in sents:
            if x.start <= d.evidence.start < x.end:
                return x.start <= s.evidence.start < x.end
    return False


def _tenure_conflict(F: Facts, msg: str, d: Fact, s: Fact) -> Conflict:
    """CD103 between a stated length ``d`` and the start ``s`` the article gives (a warning at
    most: the length may be rounded)."""
    ev = [Span(d.evidence.start, d.evidence.end, d.evidence.text, "duration"),
          Span(s.evidence.start, s.evidence.end, s.evidence.text, "start")]
    sev = _severity(F, [d], [s], ev)
    return Conflict("CD103", msg, ev, "warning" if sev == "error" else sev, [d], [s])


def activity_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    pub = doc.article.published
    if pub is None:
        return
    durs = [f for f in F.facts if f.slot == "activity" and f.aspect == "duration" and f.years]
    starts = [f for f in F.facts if f.slot == "activity" and f.aspect == "start" and f.range()]
    for d in durs:
        bound, strict = _began_by(pub, d.years, d.mod)
        for s in starts:
            if s.entity != d.entity or not _same_thing(F, d, s):
                continue
            began = s.range()[0]
            if began < bound or (began == bound and not strict):
                continue
            who = F.entity_name(d.entity)
            more = "more than " if d.mod == "MORE_THAN" else ""
            n = int(d.years) if d.years == int(d.years) else d.years
            msg = (f"{who}: {_says(F, [d], f'{more}{n} years by {pub.year}')}, so it began by "
                   f"{bound.year}; {_says(F, [s], f'it began in {s.time}')}")
            yield _tenure_conflict(F, msg, d, s)
            break


def stint_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    """CD103 for time at one place: "after 31 years at the school" (counted to the day it is
    said of) against the day the person arrived there, or "his 35 years at the mill" against
    "from 1953 until his retirement in 1994"."""
    lengths = [f for f in F.facts if f.slot == "stint" and f.aspect == "length" and f.years]
    ranges = [f for f in F.facts if f.slot == "stint" and f.aspect == "range" and f.measure]
    for d in lengths:
        for r in ranges:
            if r.entity != d.entity or not (d.words & r.words):
                continue
            start_v, end_v = r.measure
            end_v = d.time or end_v
            a, b = cal.value_range(start_v), cal.value_range(end_v) if end_v else None
            if a is None or b is None:
                continue
            lo = (b[0] - a[1]).days / 365.25
            hi = (b[1] - a[0]).days / 365.25
            n = d.years
            if d.mod in ("MORE_THAN", "EQUAL_OR_MORE"):
                fits = hi >= n
            elif d.mod == "APPROX":
                fits = lo - 2 <= n <= hi + 2
            else:
                fits = lo - 1 <= n <= hi + 1
            if fits:
                continue
            span = round((lo + hi) / 2)
            who = F.entity_name(d.entity)
            start = r.time_evidence.text if r.time_evidence else r.time
            until = d.time_evidence.text if d.time and d.time_evidence else end_v
            msg = (f"{who}: “{' '.join(d.evidence.text.split())}” (line {_line(F, d.evidence.start)}), but from "
                   f"{start} (line {_line(F, r.evidence.start)}) to {until} is about {span} years")
            yield _tenure_conflict(F, msg, d, r)
            break


def stale_acts(doc: Document, F: Facts) -> Iterator[Conflict]:
    """CD106: an act done once ("retired") dated relative to the publication date ("last
    year") and elsewhere absolutely ("in June 2019"), the two apart: the relative date was
    written for another day."""
    acts = [f for f in F.facts if f.slot == "act" and f.range() and f.polarity == "positive"]
    for r in acts:
        if r.prep != "relative":
            continue
        for a in acts:
            if a.prep != "absolute" or a.entity != r.entity or a.value != r.value:
                continue
            ra, rr = a.range(), r.range()
            if ra[1] >= rr[0] and rr[1] >= ra[0]:
                continue
            who = F.entity_name(r.entity)
            pub = doc.article.published
            msg = (f"“{r.text}” is read against the publication date ({pub}) as {r.time}, but the "
                   f"article dates when {who} did it as {a.time} ({_says(F, [a], a.time_evidence.text if a.time_evidence else a.time)}): "
                   f"the relative date was written for an earlier version")
            ev = [Span(r.evidence.start, r.evidence.end, r.evidence.text, "relative"),
                  Span(a.evidence.start, a.evidence.end, a.evidence.text, "absolute")]
            yield Conflict("CD106", msg, ev, "warning", [r], [a])
            break


def once_acts_dated_twice(doc: Document, F: Facts) -> Iterator[Conflict]:
    """A place's, an institution's, an undertaking's or a couple's once-act ("closed",
    "founded", "began", "married") given two dates: two written out in two different years
    ("closed in 1987", "shut its doors in 1989") is CD404; two read against the publication
    date that cannot both hold ("the trial, which begins next month", "since the trial began
    in March") is CD106, one of them written for another day. One of each is
    :func:`stale_acts`'."""
    acts = [f for f in F.facts if f.slot == "act" and f.aspect == "once" and f.prep in ("absolute", "relative")
            and f.range() and f.polarity == "positive"]
    done: set[tuple] = set()
    for i, a in enumerate(acts):
        for b in acts[i + 1:]:
            if (a.entity, a.value) in done or a.entity != b.entity or a.value != b.value or a.prep != b.prep \
                    or (a.offset, b.offset) in done:
                continue  # one pair of passages once, though a shop is keyed by name and by street
            ra, rb = a.range(), b.range()
            if ra[1] >= rb[0] and rb[1] >= ra[0]:
                continue
            if a.prep == "absolute" and {ra[0].year, ra[1].year} & {rb[0].year, rb[1].year}:
                continue
            if a.prep == "relative" and (a.tense is None or b.tense is None or a.tense == b.tense):
                continue  # "closed on Tuesday" and "closed on Wednesday": a strike's two days
            done.add((a.entity, a.value))
            done.add((a.offset, b.offset))
            who = F.entity_name(a.entity)
            ev = [Span(a.evidence.start, a.evidence.end, a.evidence.text, "date"),
                  Span(b.evidence.start, b.evidence.end, b.evidence.text, "date")]
            if a.prep == "relative":
                msg = (f"when {who} {_PAST.get(a.value, a.value)}: “{a.text}” (line {_line(F, a.evidence.start)}) and "
                       f"“{b.text}” (line {_line(F, b.evidence.start)}), both read against the publication date "
                       f"({doc.article.published}), cannot both hold: one was written for another day")
                yield Conflict("CD106", msg, ev, "warning", [a], [b])
                continue
            msg = (f"when {who} {_PAST.get(a.value, a.value)}: {_says(F, [a], a.time_evidence.text)}; "
                   f"{_says(F, [b], b.time_evidence.text)}")
            yield Conflict("CD404", msg, ev, _severity(F, [a], [b], ev), [a], [b])


_PAST = {"close": "closed", "found": "was founded", "open": "opened", "marry": "married", "begin": "began",
         "publish": "was published"}


def _shown(value: str) -> str:
    p = cal.parse_value(value)
    return cal.fmt(p) if p else value


def spans_miscounted(doc: Document, F: Facts) -> Iterator[Conflict]:
    """CD103: a length given with the two ends it runs between ("for eleven years, from 1979
    until her retirement in 1994"), or with its start in a present perfect running to the
    publication date ("has served for 12 years since his election in 1987"), that those ends
    do not allow."""
    for f in F.facts:
        if f.slot != "span" or not f.years or not f.measure:
            continue
        ra, rb = cal.value_range(f.measure[0]), cal.value_range(f.measure[1])
        if ra is None or rb is None or rb[1] < ra[0]:
            continue
        lo = max(0.0, (rb[0] - ra[1]).days / 365.25)
        hi = (rb[1] - ra[0]).days / 365.25
        slack = 1.0 if f.aspect == "since" else 0.5  # a length told to the day of writing is rounded more
        if lo - slack <= f.years <= hi + slack:
            continue
        span = round((lo + hi) / 2)
        ends = f.time_evidence.text if f.time_evidence else f"{f.measure[0]} to {f.measure[1]}"
        if f.aspect == "since":  # counted from its start to the day of writing
            ends = f"from {ends} to the publication date ({f.measure[1]})"
        elif f.aspect == "took":  # "began in January 2015 and was completed last month"
            ends = f"from {_shown(f.measure[0])} to {_shown(f.measure[1])}"
        length = f"{span} years" if (lo + hi) / 2 >= 1.5 else f"{round((lo + hi) * 6)} months"
        msg = (f"“{' '.join(f.value_evidence.text.split())}” (line {_line(F, f.evidence.start)}), but "
               f"{' '.join(ends.split())} is about {length}")
        ev = [Span(f.evidence.start, f.evidence.end, f.evidence.text, "duration")]
        yield Conflict("CD103", msg, ev, "warning", [f], [])
