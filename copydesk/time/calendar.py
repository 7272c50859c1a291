"""Calendar points at a granularity, their TIMEX3 values, shifting and comparing.

A *point* is ``(gran, key)`` where ``key`` is an int counting that granularity's periods
from year 0 (so that shifting is addition and ordering is comparison):

========  ==========================================  ================
gran      key                                         value
========  ==========================================  ================
day       date.toordinal()                            ``2020-01-02``
week      monday-of-ISO-week ordinal // 7             ``2020-W01``
weekend   same as week                                ``2020-W01-WE``
month     year * 12 + month - 1                       ``2019-09``
quarter   year * 4 + quarter - 1                      ``2008-Q4``
half      year * 2 + half - 1                         ``2009-H1``
season    year * 4 + (SP, SU, FA, WI)                 ``2009-SP``
year      year                                        ``1998``
decade    year // 10                                  ``198``
century   year // 100                                 ``19``
========  ==========================================  ================

Winter is counted in the year it starts (December 2019 to February 2020 is ``2019-WI``).
"""

from __future__ import annotations

import calendar as _cal
import re
from datetime import date, timedelta

GRANS = ("day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century")
# How fine a granularity is: a point can be coarsened only to a larger rank.
RANK = {"time": 0, "day": 1, "week": 2, "weekend": 2, "month": 3, "season": 4, "quarter": 4,
        "half": 5, "year": 6, "decade": 7, "century": 8}
SEASONS = ("SP", "SU", "FA", "WI")
SEASON_OF_MONTH = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}
# Approximate length in days, to compare points of different granularity.
DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30.44, "quarter": 91.3, "half": 182.6,
        "season": 91.3, "year": 365.25, "decade": 3652.5, "century": 36525}


def week_key(d: date) -> int:
    monday = d - timedelta(days=d.weekday())
    return monday.toordinal() // 7


class OutOfRange(ValueError):
    """A point outside the calendar's years 1-9999 ("the Friday before 1 January 1"): it has no
    date value, so the expression is left unresolved."""


def _in_range(point: tuple[str, int]) -> None:
    gran, k = point
    if gran == "day":
        ok = 1 <= k <= date.max.toordinal()
    elif gran in ("week", "weekend"):
        ok = 1 <= k * 7 + 1 and k * 7 + 7 <= date.max.toordinal()
    else:
        per_year = {"month": 12, "quarter": 4, "half": 2, "season": 4, "year": 1}.get(gran)
        if per_year is not None:
            ok = 1 <= k // per_year <= 9999
        elif gran == "decade":
            ok = 0 <= k <= 999
        elif gran == "century":
            ok = 0 <= k <= 99
        else:
            ok = True
    if not ok:
        raise OutOfRange(f"{gran} {k} is outside the calendar")


def week_monday(key: int) -> date:
    # key = monday.toordinal() // 7; mondays are ordinals with ordinal % 7 == 1
    return date.fromordinal(key * 7 + 1)


def point_of(d: date, gran: str) -> tuple[str, int]:
    """The point of granularity ``gran`` containing the day ``d``."""
    if gran == "day":
        return gran, d.toordinal()
    if gran in ("week", "weekend"):
        return gran, week_key(d)
    if gran == "month":
        return gran, d.year * 12 + d.month - 1
    if gran == "quarter":
        return gran, d.year * 4 + (d.month - 1) // 3
    if gran == "half":
        return gran, d.year * 2 + (d.month - 1) // 6
    if gran == "season":
        s = SEASON_OF_MONTH[d.month]
        y = d.year - 1 if d.month in (1, 2) else d.year
        return gran, y * 4 + s
    if gran == "year":
        return gran, d.year
    if gran == "decade":
        return gran, d.year // 10
    if gran == "century":
        return gran, d.year // 100
    raise ValueError(gran)


def first_day(point: tuple[str, int]) -> date:
    _in_range(point)
    gran, k = point
    if gran == "day":
        return date.fromordinal(k)
    if gran in ("week", "weekend"):
        m = week_monday(k)
        return m + timedelta(days=5) if gran == "weekend" else m
    if gran == "month":
        return date(k // 12, k % 12 + 1, 1)
    if gran == "quarter":
        return date(k // 4, (k % 4) * 3 + 1, 1)
    if gran == "half":
        return date(k // 2, (k % 2) * 6 + 1, 1)
    if gran == "season":
        y, s = divmod(k, 4)
        return date(y, (3, 6, 9, 12)[s], 1)
    if gran == "year":
        return date(k, 1, 1)
    if gran == "decade":
        return date(max(k * 10, 1), 1, 1)
    if gran == "century":
        return date(max(k * 100, 1), 1, 1)
    raise ValueError(gran)


def last_day(point: tuple[str, int]) -> date:
    _in_range(point)
    gran, k = point
    if gran == "day":
        return date.fromordinal(k)
    if gran == "week":
        return week_monday(k) + timedelta(days=6)
    if gran == "weekend":
        return week_monday(k) + timedelta(days=6)
    if gran == "season":
        nxt = first_day((gran, k + 1))
        return nxt - timedelta(days=1)
    if gran in ("month", "quarter", "half", "year", "decade", "century"):
        nxt = first_day((gran, k + 1))
        return nxt - timedelta(days=1)
    raise ValueError(gran)


def coarsen(point: tuple[str, int], gran: str) -> tuple[str, int] | None:
    """The same time at a coarser (or equal) granularity; None when it would need to be finer."""
    if point[0] == gran:
        return point
    if point[0] in ("week", "weekend") and gran in ("week", "weekend"):
        return gran, point[1]
    if RANK[gran] < RANK[point[0]]:
        return None
    if point[0] in ("week", "weekend") and gran in ("month", "quarter", "half", "season"):
        # a week straddling a month boundary: take its Thursday, as ISO does for years
        return point_of(first_day(("week", point[1])) + timedelta(days=3), gran)
    if point[0] == "season" and gran in ("quarter", "half"):
        return None
    if point[0] in ("quarter", "half") and gran == "season":
        return None
    d = first_day(point)
    if point[0] in ("week", "weekend"):
        d = week_monday(point[1]) + timedelta(days=3)
    return point_of(d, gran)


def shift(point: tuple[str, int], n: int) -> tuple[str, int]:
    return point[0], point[1] + n


def fmt(point: tuple[str, int]) -> str:
    _in_range(point)
    gran, k = point
    if gran == "day":
        return date.fromordinal(k).isoformat()
    if gran in ("week", "weekend"):
        thursday = week_monday(k) + timedelta(days=3)
        iso = thursday.isocalendar()
        v = f"{iso[0]:04d}-W{iso[1]:02d}"
        return v + "-WE" if gran == "weekend" else v
    if gran == "month":
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if gran == "quarter":
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if gran == "half":
        return f"{k // 2:04d}-H{k % 2 + 1}"
    if gran == "season":
        return f"{k // 4:04d}-{SEASONS[k % 4]}"
    if gran == "year":
        return f"{k:04d}"
    if gran == "decade":
        return f"{k:03d}"
    if gran == "century":
        return f"{k:02d}"
    raise ValueError(gran)


def make(gran: str, year: int, sub: int = 0) -> tuple[str, int]:
    """A point from a year and its sub-period number (month 1-12, quarter 1-4, half 1-2,
    season index 0-3)."""
    if gran == "month":
        return gran, year * 12 + sub - 1
    if gran == "quarter":
        return gran, year * 4 + sub - 1
    if gran == "half":
        return gran, year * 2 + sub - 1
    if gran == "season":
        return gran, year * 4 + sub
    if gran == "year":
        return gran, year
    raise ValueError(gran)


def day_point(y: int, m: int, d: int) -> tuple[str, int] | None:
    try:
        return "day", date(y, m, d).toordinal()
    except ValueError:
        return None


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _cal.monthrange(y, m)[1]


_VALUE_RES = [
    (re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4})-W(\d{2})(-WE)?$"), "week"),
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"^(\d{4})-H([12])$"), "half"),
    (re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{3})$"), "decade"),
    (re.compile(r"^(\d{2})$"), "century"),
]


def parse_value(value: str) -> tuple[str, int] | None:
    """The point a TIMEX3 DATE/TIME value names, or None (durations, REFs, X values)."""
    for rx, gran in _VALUE_RES:
        m = rx.match(value)
        if not m:
            continue
        if gran == "day":
            p = day_point(int(m[1]), int(m[2]), int(m[3]))
            return p
        if gran == "week":
            try:
                d = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            except ValueError:
                return None
            return ("weekend" if m[3] else "week"), week_key(d)
        if gran == "month":
            mo = int(m[2])
            return make("month", int(m[1]), mo) if 1 <= mo <= 12 else None
        if gran == "quarter":
            return make("quarter", int(m[1]), int(m[2]))
        if gran == "half":
            return make("half", int(m[1]), int(m[2]))
        if gran == "season":
            return make("season", int(m[1]), SEASONS.index(m[2]))
        return gran, int(m[1])
    return None


def value_range(value: str) -> tuple[date, date] | None:
    """First and last day a DATE/TIME value can mean (``"2019-09"`` -> Sept 1 to 30), or None."""
    p = parse_value(value)
    if p is None:
        return None
    if p[0] == "weekend":
        m = week_monday(p[1])
        return m + timedelta(days=5), m + timedelta(days=6)
    return first_day(p), last_day(p)
