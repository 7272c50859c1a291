"""TIMEX3 values written as people write them: "2019-10-06TMO" is "the morning of 6 October
2019", "2019-W36" "the week of 2 September 2019", "199" "the 1990s". Messages and renderers
use this; the JSON's timexes keep their TIMEX3 values."""

from __future__ import annotations

import datetime
import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
PARTS_OF_DAY = {"MO": "the morning of", "MI": "midday on", "AF": "the afternoon of", "EV": "the evening of",
                "NI": "the night of", "DT": "the daytime of"}
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
ORDINAL = {1: "first", 2: "second", 3: "third", 4: "fourth"}
REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade", "CE": "century",
         "H": "hour", "MIN": "minute", "S": "second"}


def _day(y: int, m: int, d: int) -> str:
    return f"{d} {MONTHS[m - 1]} {y}"


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def in_words(value: str) -> str | None:
    """A TIMEX3 value in words, or None when `value` is not one this knows."""
    v = value.strip()
    if v in REFS:
        return REFS[v]
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI|DT|(\d{2}):(\d{2})(?::\d{2})?))?", v)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        day = _day(y, mo, d)
        if m.group(5):
            return f"{day} at {m.group(5)}:{m.group(6)}"
        if m.group(4):
            return f"{PARTS_OF_DAY[m.group(4)]} {day}"
        return day
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v)
    if m:
        try:
            monday = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        if v.endswith("-WE"):
            return f"the weekend of {_day(*_plus(monday, 5))}"
        return f"the week of {_day(monday.year, monday.month, monday.day)}"
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        return f"{SEASONS[m.group(2)]} {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-(Q|H)(\d)", v)
    if m:
        n = int(m.group(3))
        part = "quarter" if m.group(2) == "Q" else "half"
        return f"the {ORDINAL.get(n, str(n))} {part} of {m.group(1)}" if n in ORDINAL else None
    if re.fullmatch(r"\d{4}", v):
        return v
    if re.fullmatch(r"\d{3}X?", v):
        return f"the {v[:3]}0s"
    if re.fullmatch(r"\d{2}X{0,2}", v):
        return f"the {_ordinal(int(v[:2]) + 1)} century"
    m = re.fullmatch(r"P(?:T)?(\d+(?:\.\d+)?)(Y|M|W|D|H|S|DE|CE)", v)
    if m:
        n, unit = m.group(1), m.group(2)
        if v.startswith("PT") and unit == "M":
            unit = "MIN"
        name = UNITS[unit] if unit in UNITS else unit
        if name == "century" and n != "1":
            name = "centurie"
        return f"{n} {name}{'' if n == '1' else 's'}"
    return None


def _plus(day: datetime.date, n: int) -> tuple[int, int, int]:
    d = day + datetime.timedelta(days=n)
    return d.year, d.month, d.day


# A TIMEX3 code standing alone in a message: a full or partial date, a week, a season or a
# part of the day. Bare years and numbers stay as they are.
_CODE = re.compile(
    r"(?<![\w/.-])(?:\d{4}-\d{2}-\d{2}(?:T(?:MO|MI|AF|EV|NI|DT|\d{2}:\d{2}(?::\d{2})?))?"
    r"|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:0[1-9]|1[0-2])|\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF)(?![\w/-])")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def humanise(message: str) -> str:
    """Every TIMEX3 code in a message, outside quotation marks (those are the article's own
    words), written as people write it."""
    if not message or not any(ch.isdigit() for ch in message) and "_REF" not in message:
        return message
    out, pos = [], 0
    for q in _QUOTED.finditer(message):
        out.append(_CODE.sub(_replace, message[pos:q.start()]))
        out.append(q.group())
        pos = q.end()
    out.append(_CODE.sub(_replace, message[pos:]))
    return "".join(out)


def _replace(m: re.Match) -> str:
    return in_words(m.group()) or m.group()
