"""CD109 weekday-mismatch: a date written with its weekday ("Sunday 2 December") where the
calendar puts that date on another day, or with "next" or "last" on the wrong side of the
publication date."""

from __future__ import annotations

import re
from datetime import date
from typing import Iterator

from ...document import Document
from ...model import Finding
from ...time import lexicon as lx
from ...time.resolve import NEAR_DAYS
from ..registry import rule

_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_FIRST = re.compile(lx.WEEKDAY_ANY)  # the time grammar's own weekday words
_YEAR_WRITTEN = re.compile(r"\b(1[6-9]\d\d|2[01]\d\d)\b")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


def _written_weekday(text: str) -> int | None:
    m = _WEEKDAY_FIRST.match(text)
    return lx.WEEKDAYS[m.group(0).rstrip(".").lower()] if m else None


def _years_near(doc: Document, start: int) -> set[int]:
    """Years written in the paragraph of ``start``: a date without its year may belong to any."""
    for block in doc.article.blocks:
        if block.start <= start < block.end:
            return {int(y) for y in _YEAR_WRITTEN.findall(doc.text[block.start:block.end])}
    return set()


@rule("CD109", "weekday-mismatch", "arithmetic", "error")
def weekday_mismatch(doc: Document) -> Iterator[Finding]:
    """What it finds: a date given with its weekday that the calendar does not allow:
    "Sunday 2 December 2023" (2 December 2023 was a Saturday). When the year is not written,
    copydesk tries the years around the publication date and any year the paragraph
    names; only when none of them puts the date on that weekday is it reported (a
    warning, since the year was inferred). A date within 45 days of the publication date
    is of that year: "sentenced on Tuesday, Oct. 24" in a story of Oct. 25, 2007 is a
    Wednesday's date, not the Tuesday of 2006.

    A weekday counted from publication with its date ("next Thursday, June 9", "last
    Saturday, 2 July") must fall on the side its word points to: "next Thursday, June 9" in
    a story of Tuesday 14 June is a date already past (a warning; not inside a quotation,
    whose "next" counts from the day the speaker spoke).

    A day or a month counted from publication with the name it is given ("tomorrow,
    Sunday"; "next month, at the end of February") must be that day or month (a warning;
    not inside a quotation, nor in a live update stamped with a day of its own).

    Why it matters: a weekday and a date that disagree leave readers not knowing which day
    to turn up; one of the two was typed wrong or carried over from another year's notice.

    Example: "the first bus leaves at 05:40 on Sunday 2 December", published 2023-11-27,
    gives `"Sunday 2 December": 2 December 2023 is a Saturday, not a Sunday`.
    """
    pub = doc.article.published
    if pub is not None:
        yield from _relative_day_named(doc, pub)
        yield from _relative_month_named(doc, pub)
    for tx in doc.timexes:
        if tx.type != "DATE":
            continue
        m = _DAY_VALUE.match(tx.value or "")
        turned = _TURN.match(tx.text)
        if turned and m is not None and pub is not None:
            found = _wrong_way(doc, tx, turned, m, pub)
            if found is not None:
                yield found
            continue
        wd = _written_weekday(tx.text)
        if wd is None or m is None:
            continue
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        try:
            day = date(y, mo, d)
        except ValueError:
            continue
        year_written = bool(_YEAR_WRITTEN.search(tx.text))
        if not year_written and pub is not None:
            # a day and month within weeks of publication are of the publication's weeks,
            # whatever year the resolver took to make the weekday fit or the tense agree
            # ("had asked for a meeting on Thursday, March 13" in a story of March 11)
            near = _nearest(mo, d, pub)
            if near is not None and abs((near - pub).days) <= NEAR_DAYS:
                day, y = near, near.year
        if day.weekday() == wd:
            continue
        if not year_written:
            if pub is not None and abs((day - pub).days) <= NEAR_DAYS:
                years = {y} | _years_near(doc, tx.start)  # of the publication's own weeks
            else:
                years = {y - 1, y, y + 1} | _years_near(doc, tx.start)
                if pub is not None:
                    years |= {pub.year - 1, pub.year, pub.year + 1}
            if any(_weekday_of(yy, mo, d) == wd for yy in years):
                continue
        said = f"{day.day} {day.strftime('%B')} {day.year}"
        yield Finding(
            code="CD109",
            message=f"“{' '.join(tx.text.split())}”: {said} is a {_NAMES[day.weekday()]}, not a {_NAMES[wd]}"
                    + ("" if year_written else " (the year taken from the publication date)"),
            evidence=[doc.span(tx.start, tx.end, "date")],
            severity="" if year_written else "warning",
            suggestion=None)


# "next Thursday, June 9", "last Saturday (2 July)": a weekday counted from publication and
# its date, which must fall on the side the word points to
_TURN = re.compile(r"(next|this coming|coming|last|this past|past)\s+(?=" + lx.WEEKDAY_ANY + r")", re.I)


def _wrong_way(doc: Document, tx, turned, m, pub: date) -> Finding | None:
    try:
        day = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    if any(a <= tx.start < b for a, b in doc.quoted_spans()):
        return None  # counted from the day the speaker spoke, not from publication
    ahead = turned.group(1).lower() in ("next", "this coming", "coming")
    if ahead and day > pub or not ahead and day < pub:
        return None
    if not _YEAR_WRITTEN.search(tx.text) and abs((day - pub).days) > NEAR_DAYS:
        return None  # the year was guessed: another year's date may be meant
    said = f"{day.day} {day.strftime('%B')} {day.year}"
    side = "after" if ahead else "before"
    return Finding(code="CD109",
                   message=f"“{' '.join(tx.text.split())}”: {said} is not {side} the publication date "
                           f"({pub.day} {pub.strftime('%B')} {pub.year}), as “{turned.group(1)}” says",
                   evidence=[doc.span(tx.start, tx.end, "date")], severity="warning", suggestion=None)


# "tomorrow, Sunday", "yesterday (Tuesday)": a day counted from publication and its weekday
_NEAR_DAY = re.compile(r"\b(yesterday|today|tonight|tomorrow)\s*(?:,|\(|\u2013|\u2014|--)\s*(" +
                       lx.WEEKDAY_ANY + r")", re.I)
_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# a live blog's update stamped with its own day ("11:15 p.m. Sunday --"): its "tomorrow"
# counts from that day, not from publication
_STAMP_DAY = re.compile(r"^\s*\d{1,2}[:.]\d\d\s*[ap]\.?m\.?\s+(" + lx.WEEKDAY_ANY + r")", re.I)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
# "next month, at the end of February", "last month (in March)": a month counted from
# publication and the month it names
_NEAR_MONTH = re.compile(r"\b(next|last|this) month\s*(?:,|\(|\u2013|\u2014|--)\s*(?:(?:in|by|on|at the (?:end|start|"
                         r"beginning|close) of|in (?:early|late|mid-?)|on(?: the)? \d{1,2}(?:st|nd|rd|th)?(?: of)?|"
                         r"\d{1,2}(?:st|nd|rd|th)?(?: of)?)\s+)?(" + "|".join(_MONTH_NAMES) + r")\b")


def _relative_month_named(doc: Document, pub: date) -> Iterator[Finding]:
    quoted = doc.quoted_spans()
    for m in _NEAR_MONTH.finditer(doc.text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        shift = {"next": 1, "last": -1, "this": 0}[m.group(1).lower()]
        month = (pub.month - 1 + shift) % 12
        named = _MONTH_NAMES.index(m.group(2))
        if named == month:
            continue
        yield Finding(code="CD109",
                      message=f"“{m.group(0)}”: {m.group(1).lower()} month counted from the publication date "
                              f"({pub.day} {pub.strftime('%B')} {pub.year}) is {_MONTH_NAMES[month]}, "
                              f"not {m.group(2)}",
                      evidence=[doc.span(m.start(), m.end(), "date")], severity="warning", suggestion=None)


def _relative_day_named(doc: Document, pub: date) -> Iterator[Finding]:
    """A day counted from publication ("tomorrow") with the weekday it names apposed: the
    two must be one day. Not inside a quotation (the speaker's day), nor in an update
    stamped with a day of its own."""
    text = doc.text
    quoted = doc.quoted_spans()
    for m in _NEAR_DAY.finditer(text):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        block = next((b for b in doc.article.blocks if b.start <= m.start() < b.end), None)
        if block is not None and _STAMP_DAY.match(text, block.start, block.end):
            continue
        named = lx.WEEKDAYS[m.group(2).rstrip(".").lower()]
        word = m.group(1).lower()
        day = pub.toordinal() + _SHIFT[word]
        if date.fromordinal(day).weekday() == named:
            continue
        actual = _NAMES[date.fromordinal(day).weekday()]
        yield Finding(code="CD109",
                      message=f"“{m.group(0)}”: {word} counted from the publication date "
                              f"({pub.day} {pub.strftime('%B')} {pub.year}, a {_NAMES[pub.weekday()]}) "
                              f"is a {actual}, not a {m.group(2)}",
                      evidence=[doc.span(m.start(), m.end(), "date")], severity="warning", suggestion=None)


def _nearest(mo: int, d: int, pub: date) -> date | None:
    """The day with this month and day nearest the publication date."""
    days = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            days.append(date(y, mo, d))
        except ValueError:
            continue
    return min(days, key=lambda x: abs((x - pub).days), default=None)


def _weekday_of(y: int, mo: int, d: int) -> int | None:
    try:
        return date(y, mo, d).weekday()
    except ValueError:
        return None
