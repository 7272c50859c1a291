"""Publication dates: a ``--published`` value, and a dateline at the top of plain text
("LONDON, March 3 (Agency) -")."""

from __future__ import annotations

import datetime
import re

from ..errors import ConfigError
from .refusals import _one_line


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_published(value: str | datetime.date | None) -> datetime.date | None:
    """An ISO ``YYYY-MM-DD`` string or a date (a datetime gives its date); None passes."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        s = value.strip()
        if _ISO_DATE.fullmatch(s):
            try:
                return datetime.date.fromisoformat(s)
            except ValueError:
                pass
    raise ConfigError(f"--published must be a date as YYYY-MM-DD, not {_one_line(value)!r}")


# ---------------------------------------------------------------------------------------------
# datelines

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MON = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"
# (regex, group order) -> month, day, year group numbers
_DATE_PATTERNS = [
    (re.compile(rf"(?<!\w){_MON}\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})(?!\d)", re.I), (1, 2, 3)),
    (re.compile(rf"(?<!\w)(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON},?\s+(\d{{4}})(?!\d)", re.I), (2, 1, 3)),
    (re.compile(r"(?<![\d/.-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/.-]|-\d)"), None),
]
# Words that may stand next to a date in a dateline or byline line ("Published", "Updated
# 14:02 GMT", "By Jane Smith |"). Capitalised words (names, places, weekdays) are always
# allowed; any other lower-case word means the line is a sentence, not a dateline.
_DATELINE_WORDS = frozenset("""
    published updated posted on at by last modified first and of the am pm a.m p.m gmt bst utc
    est edt et cst cdt mst mdt pst pdt cet cest ist aest hrs hours ago min mins minute minutes
    read date filed created issued released from in story article edited
""".split())
# ...and words that make a short line a fact about someone, not the story's date
_NOT_DATELINE_WORDS = frozenset("""
    born died dies death founded since until till before after married elected opened established
    between during expires expired due deadline closes closed starts started ends ended began begins
    scheduled effective valid
""".split())
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
_DATELINE_PREFIX = re.compile(r"[\W_]*(?:[A-Z][\w.'’-]*[\W_]*){0,4}")
_DATELINE_SUFFIX = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[-–—:|]")
_DATELINE_LINES = 5
_SHORT_LINE_WORDS = 12


def _match_date(m: re.Match, order: tuple[int, int, int] | None) -> datetime.date | None:
    try:
        if order is None:
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            mon, day, year = (m.group(i) for i in order)
            mo, d, y = _MONTHS[mon.lower().rstrip(".")], int(day), int(year)
        if not 1800 <= y <= 2200:
            return None
        return datetime.date(y, mo, d)
    except (ValueError, KeyError):
        return None


def _line_dateline(line: str) -> datetime.date | None:
    found = []
    for pattern, order in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            when = _match_date(m, order)
            if when is not None:
                found.append((m.start(), m.end(), when))
    for start, end, when in sorted(found):
        before, after = line[:start], line[end:]
        words = _WORD.findall(before + " " + after)
        if any(w.lower().rstrip(".") in _NOT_DATELINE_WORDS for w in words):
            continue
        short = len(line.split()) <= _SHORT_LINE_WORDS
        if short and all(not w[0].islower() or w.lower().rstrip(".") in _DATELINE_WORDS for w in words):
            return when
        if _DATELINE_PREFIX.fullmatch(before) and _DATELINE_SUFFIX.match(after):
            return when
    return None


def find_dateline(text: str) -> datetime.date | None:
    """A full day-month-year date on a dateline or byline line in the first few lines.

    A line qualifies when it is short and reads as a dateline ("Monday, July 8, 2019",
    "Published: 3 Jan 2020", "By Jane Smith | March 4, 2021"), or when the date opens the line
    and is followed by dateline punctuation ("LONDON, Jan 3, 2020 (Reuters) - ..."). A date
    inside a sentence ("The war began on March 20, 2003, when ...") does not count.
    """
    seen = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        when = _line_dateline(line.strip())
        if when is not None:
            return when
    return None
