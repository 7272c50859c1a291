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

    Why it matters: a weekday and a date that disagree leave readers not knowing which day
    to turn up; one of the two was typed wrong or carried over from another year's notice.

    Example: "the first bus leaves at 05:40 on Sunday 2 December", published 2023-11-27,
    gives `"Sunday 2 December": 2 December 2023 is a Saturday, not a Sunday`.
    """
    pub = doc.article.published
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
        if day.weekday() == wd:
            continue
        year_written = bool(_YEAR_WRITTEN.search(tx.text))
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


def _weekday_of(y: int, mo: int, d: int) -> int | None:
    try:
        return date(y, mo, d).weekday()
    except ValueError:
        return None
