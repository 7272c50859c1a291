"""Turn what a temporal expression means (a :class:`~copydesk.time.grammar.Cand`) into a
TIMEX3 type and value, given the publication date, the tense of the governing verb and the
narrative so far (the most recent specific date mentioned before it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from . import calendar as cal
from . import lexicon as lx
from .grammar import Cand

Point = tuple[str, int]


@dataclass
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None  # "published", "ref" (filled with the id later) or None
    readings: list[str] = field(default_factory=list)
    point: Point | None = None  # what later expressions can anchor on
    ref_id: str | None = None


@dataclass
class Ref:
    point: Point
    id: str
    start: int


@dataclass
class Context:
    dct: date | None
    tense: Callable[[Cand], str | None] = lambda c: None
    dayfirst: bool = False
    refs: list[Ref] = field(default_factory=list)

    def ref_for(self, gran: str | None, before: int | None = None,
                not_after: date | None = None) -> Ref | None:
        """The most recent mention fine enough to compute a value at granularity gran
        (and, for a past-tense clause, not after the publication date)."""
        for r in reversed(self.refs):
            if before is not None and r.start >= before:
                continue
            if not_after is not None and cal.first_day(r.point) > not_after:
                continue
            if gran is None or cal.RANK[r.point[0]] <= cal.RANK[gran] or \
                    (gran in ("week", "weekend") and r.point[0] in ("week", "weekend")):
                return r
        return None


# --- choosing among recurrences (a month, a weekday, a season without its year) -----------------

def choose(keys: list[int], now: int, tense: str | None, rel: str | None,
           prep: str | None = None) -> int:
    keys = sorted(keys)
    if prep in ("until", "till", "through", "by") and tense == "past":
        tense = None  # "kept closed until Friday": the limit is as likely ahead as behind
    if rel in ("last", "past", "the past", "this past", "the previous", "previous"):
        before = [k for k in keys if k < now]
        return before[-1] if before else keys[0]
    if rel in ("next", "coming", "the coming", "this coming", "the following", "following"):
        after = [k for k in keys if k > now]
        return after[0] if after else keys[-1]
    if rel in ("this", "the current") and now in keys:
        return now
    if tense == "past":
        before = [k for k in keys if k <= now]
        if before:
            return before[-1]
    if tense == "future":
        after = [k for k in keys if k >= now]
        if after:
            return after[0]
    return min(keys, key=lambda k: (abs(k - now), k > now))


def _year_pivot(yy: int, dct: date | None) -> int:
    base = (dct or date.today()).year
    y = 2000 + yy
    return y if y <= base + 10 else 1900 + yy


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    if n > 0:
        d = date(y, month, 1)
        d += timedelta(days=(wd - d.weekday()) % 7)
        return d + timedelta(days=7 * (n - 1))
    last = cal.last_day(("month", y * 12 + month - 1))
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def holiday_date(name: str, y: int) -> date | None:
    if name in lx.FIXED_HOLIDAYS:
        mo, d = lx.FIXED_HOLIDAYS[name]
        return date(y, mo, d)
    if name in lx.NTH_HOLIDAYS:
        mo, wd, n = lx.NTH_HOLIDAYS[name]
        return _nth_weekday(y, mo, wd, n)
    if name in lx.EASTER_HOLIDAYS:
        return _easter(y) + timedelta(days=lx.EASTER_HOLIDAYS[name])
    return None


def _with_pod(value: str, pod: str | None) -> tuple[str, str]:
    if pod:
        return "TIME", f"{value}T{pod}"
    return "DATE", value


def _x_value(gran: str | None) -> str:
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
            "quarter": "XXXX-QX", "half": "XXXX-HX", "season": "XXXX-XX", "year": "XXXX",
            "decade": "XXX", "century": "XX"}.get(gran or "day", "XXXX-XX-XX")


def _shift_point(*args, **kwargs):
    """A shift that leaves the calendar's range ("3,000 years ago") has no day value."""
    try:
        p = _shift_point_in_range(*args, **kwargs)
        if p is not None:
            cal.first_day(p), cal.last_day(p)  # outside years 1-9999 there is no such point
        return p
    except (ValueError, OverflowError):
        return None


def _shift_point_in_range(p: Point, unit: str, n: float) -> Point | None:
    """p moved by n units; p is coarsened to the unit's granularity first when finer."""
    g = lx.UNITS[unit][3]
    mult = lx.UNITS[unit][1]
    if unit in ("decade", "century", "millennium"):
        g, n = "year", n * mult
    if unit == "fortnight":
        g, n = "day", n * 14
    if g == "week" and p[0] == "day":
        g, n = "day", n * 7
    if not float(n).is_integer():
        if g == "year":
            g, n = "month", n * 12
        elif g == "month" and p[0] == "day":
            g, n = "day", round(n * 30.44)
        elif g == "day":
            g, n = "day", round(n)
        else:
            return None
    n = int(n)
    if p[0] == "day" and g == "year":
        d = date.fromordinal(p[1])
        try:
            return "day", d.replace(year=d.year + n).toordinal()
        except ValueError:
            return "day", d.replace(year=d.year + n, day=28).toordinal()
    if p[0] == "day" and g == "month":
        d = date.fromordinal(p[1])
        k = d.year * 12 + d.month - 1 + n
        y, mo = divmod(k, 12)
        last = cal.last_day(("month", k)).day
        return "day", date(y, mo + 1, min(d.day, last)).toordinal()
    q = cal.coarsen(p, g)
    if q is None:
        return None
    return cal.shift(q, n)


# --- the resolver ------------------------------------------------------------------------------------

def resolve(c: Cand, ctx: Context) -> Resolved | None:
    fn = _KINDS.get(c.kind)
    try:
        return fn(c, ctx) if fn else None
    except cal.OutOfRange:
        return None  # "Friday" read against 1 January 1: no day in the calendar to name


def _point_result(p: Point | None, ctx: Context, c: Cand, anchor: str | None,
                  mod: str | None = None, pod: str | None = None, gran: str | None = None) -> Resolved:
    if p is None:
        t, v = _with_pod(_x_value(gran), pod)
        return Resolved(t, v, mod, None)
    t, v = _with_pod(cal.fmt(p), pod)
    return Resolved(t, v, mod, anchor, point=p)


def _r_value(c, ctx):
    return Resolved(c.data["type"], c.data["value"], c.data.get("mod"))


def _r_ymd(c, ctx):
    d = c.data
    p = cal.day_point(d["y"], d["m"], d["d"])
    if p is None:
        return None
    t, v = _with_pod(cal.fmt(p), d.get("pod"))
    return Resolved(t, v, d.get("mod"), None, point=p)


def _r_numeric(c, ctx):
    d = c.data
    y = int(d["y"]) if len(d["y"]) == 4 else _year_pivot(int(d["y"]), ctx.dct)
    a, b = d["a"], d["b"]
    us = cal.day_point(y, a, b) if a <= 12 else None
    eu = cal.day_point(y, b, a) if b <= 12 else None
    if us is None and eu is None:
        return None
    if us is None or eu is None or us == eu:
        p = us or eu
        return Resolved("DATE", cal.fmt(p), None, None, point=p)
    first, other = (eu, us) if ctx.dayfirst else (us, eu)
    return Resolved("DATE", cal.fmt(first), None, None, readings=[cal.fmt(other)], point=first)


def _r_ym(c, ctx):
    p = cal.make("month", c.data["y"], c.data["m"])
    return Resolved("DATE", cal.fmt(p), c.data.get("mod"), None, point=p)


def _r_month_yrel(c, ctx):
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{c.data['m']:02d}", c.data.get("mod"))
    p = cal.make("month", ctx.dct.year + c.data["yoff"], c.data["m"])
    return Resolved("DATE", cal.fmt(p), c.data.get("mod"), "published", point=p)


def _r_md_yrel(c, ctx):
    d = c.data
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{d['m']:02d}-{d['d']:02d}")
    p = cal.day_point(ctx.dct.year + d["yoff"], d["m"], d["d"])
    if p is None:
        return None
    return Resolved("DATE", cal.fmt(p), None, "published", point=p)


# A date this close to the publication date is of the publication's own weeks, whatever
# weekday it is given with.
NEAR_DAYS = 45


def _r_md(c, ctx):
    d = c.data
    if ctx.dct is None:
        t, v = _with_pod(f"XXXX-{d['m']:02d}-{d['d']:02d}", d.get("pod"))
        return Resolved(t, v, d.get("mod"))
    now = ctx.dct.toordinal()
    keys = []
    for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        p = cal.day_point(y, d["m"], d["d"])
        if p:
            keys.append(p[1])
    if not keys:
        return None
    k = choose(keys, now, ctx.tense(c), None, d.get("prep"))
    if d.get("wd") is not None and date.fromordinal(k).weekday() != d["wd"] and abs(k - now) > NEAR_DAYS:
        # "Wednesday, July 31" far from the publication date: the year in which that date
        # is that weekday; near it, the date is this year's and the weekday the slip (CD109)
        fits = [x for x in keys if date.fromordinal(x).weekday() == d["wd"]]
        if len(fits) == 1:
            k = fits[0]
        elif fits:
            k = choose(fits, now, ctx.tense(c), None, d.get("prep"))
    return _point_result(("day", k), ctx, c, "published", d.get("mod"), d.get("pod"))


def _r_month(c, ctx):
    d = c.data
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{d['m']:02d}", d.get("mod"))
    now = ctx.dct.year * 12 + ctx.dct.month - 1
    keys = [y * 12 + d["m"] - 1 for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
    k = choose(keys, now, ctx.tense(c), d.get("rel"), d.get("prep"))
    return _point_result(("month", k), ctx, c, "published", d.get("mod"))


def _r_weekday(c, ctx):
    d = c.data
    if ctx.dct is None:
        t, v = _with_pod(f"XXXX-WXX-{d['wd'] + 1}", d.get("pod"))
        return Resolved(t, v, d.get("mod"))
    now = ctx.dct.toordinal()
    base = now - ctx.dct.weekday() + d["wd"]
    keys = [base - 7, base, base + 7]
    k = choose(keys, now, ctx.tense(c), d.get("rel"), d.get("prep"))
    return _point_result(("day", k), ctx, c, "published", d.get("mod"), d.get("pod"))


def _r_dom(c, ctx):
    d = c.data
    ref = ctx.ref_for("month", c.start)
    if ref is not None:
        mp = cal.coarsen(ref.point, "month")
        k = mp[1]
        p = cal.day_point(k // 12, k % 12 + 1, d["d"])
        return Resolved("DATE", cal.fmt(p), None, "ref", point=p, ref_id=ref.id) if p else None
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-XX-{d['d']:02d}")
    keys = []
    for k in range(ctx.dct.year * 12 + ctx.dct.month - 2, ctx.dct.year * 12 + ctx.dct.month + 1):
        p = cal.day_point(k // 12, k % 12 + 1, d["d"])
        if p:
            keys.append(p[1])
    k = choose(keys, ctx.dct.toordinal(), ctx.tense(c), None)
    return _point_result(("day", k), ctx, c, "published")


def _r_abs(c, ctx):
    d = c.data
    g = d["gran"]
    if g in ("decade", "century", "year"):
        p = (g, d["y"])
    else:
        p = cal.make(g, d["y"], d["sub"])
    return Resolved("DATE", cal.fmt(p), d.get("mod"), None, point=p)


def _r_year(c, ctx):
    p = ("year", c.data["y"])
    return Resolved("DATE", cal.fmt(p), c.data.get("mod"), None, point=p)


def _r_apos_year(c, ctx):
    p = ("year", _year_pivot(c.data["yy"], ctx.dct))
    return Resolved("DATE", cal.fmt(p), None, None, point=p)


def _r_cyclic(gran: str, sub_key: str, count: int):
    def fn(c, ctx):
        d = c.data
        sub = d[sub_key]
        if ctx.dct is None:
            v = f"XXXX-{cal.SEASONS[sub]}" if gran == "season" else f"XXXX-Q{sub}"
            return Resolved("DATE", v, d.get("mod"))
        now = cal.point_of(ctx.dct, gran)[1]
        y = now // count
        off = sub if gran == "season" else sub - 1
        keys = [(yy * count) + off for yy in (y - 1, y, y + 1)]
        k = choose(keys, now, ctx.tense(c), d.get("rel"))
        return _point_result((gran, k), ctx, c, "published", d.get("mod"))

    return fn


def _r_sub_yrel(c, ctx):
    d = c.data
    if ctx.dct is None:
        return Resolved("DATE", f"XXXX-{'Q' if d['gran'] == 'quarter' else 'H'}{d['sub']}")
    p = cal.make(d["gran"], ctx.dct.year + d["yoff"], d["sub"])
    return Resolved("DATE", cal.fmt(p), d.get("mod"), "published", point=p)


def _r_rel(c, ctx):
    d = c.data
    g = d["gran"]
    if ctx.dct is None:
        if g == "day" and d.get("off") == 0 and not d.get("pod"):
            return Resolved("DATE", "PRESENT_REF", d.get("mod"))
        t, v = _with_pod(_x_value(g), d.get("pod"))
        return Resolved(t, v, d.get("mod"))
    p = cal.shift(cal.point_of(ctx.dct, g), d["off"])
    return _point_result(p, ctx, c, "published", d.get("mod"), d.get("pod"))


def _r_ago(c, ctx):
    d = c.data
    unit, n = d["unit"], d["n"]
    if n is None:
        return Resolved("DATE", "FUTURE_REF" if d.get("future") else "PAST_REF", d.get("mod"))
    if ctx.dct is None:
        return Resolved("DATE", _x_value(lx.UNITS[unit][3] or "day"), d.get("mod"))
    if lx.UNITS[unit][2]:  # hours, minutes: the day it falls on
        secs = {"second": 1, "minute": 60, "hour": 3600}[unit] * n
        p = ("day", (ctx.dct - timedelta(seconds=secs)).toordinal()) if secs < 86400 * 2 else None
        if p is None:
            return None
        return Resolved("DATE", cal.fmt(p), d.get("mod"), "published", point=p)
    if d.get("gran"):  # "50 years ago this week": that week, so many years back
        years = int(n) * lx.UNITS[unit][1]
        try:
            then = ctx.dct.replace(year=ctx.dct.year - years)
        except ValueError:  # 29 February
            then = ctx.dct.replace(year=ctx.dct.year - years, day=28)
        except OverflowError:
            return None
        p = cal.point_of(then, d["gran"])
        return Resolved("DATE", cal.fmt(p), d.get("mod"), "published", point=p)
    g = lx.UNITS[unit][3] or "year"
    base = cal.point_of(ctx.dct, "day" if g == "week" else g if g not in ("decade", "century") else "year")
    p = _shift_point(base, unit, -n)
    if p is None:
        return None
    return Resolved("DATE", cal.fmt(p), d.get("mod"), "published", point=p)


def _r_later(c, ctx):
    d = c.data
    unit, n = d["unit"], d["n"]
    if n is None:
        return Resolved("DATE", "FUTURE_REF" if d["sign"] > 0 else "PAST_REF", d.get("mod"))
    g = lx.UNITS[unit][3]
    if g is None:  # hours, minutes later: the same day as the narrative
        ref = ctx.ref_for("day", c.start)
        if ref is None:
            return Resolved("DURATION", ("PT" if lx.UNITS[unit][2] else "P") + f"{n:g}" + lx.UNITS[unit][0])
        p = cal.coarsen(ref.point, "day")
        return Resolved("DATE", cal.fmt(p), d.get("mod"), "ref", point=p, ref_id=ref.id)
    want = "day" if g == "week" else g if g not in ("decade", "century") else "year"
    ref = ctx.ref_for(want, c.start)
    if ref is None:
        coarse = ctx.ref_for(None, c.start)
        if coarse is not None:
            # the narrative is only known at a coarser grain ("in 1998 ... two days later")
            p = cal.coarsen(coarse.point, "year")
            if p is not None:
                x = {"day": "-XX-XX", "month": "-XX", "week": "-WXX"}.get(want, "")
                yr = _shift_point(p, "year", 0)
                return Resolved("DATE", cal.fmt(yr) + x, d.get("mod"), "ref", ref_id=coarse.id)
        if ctx.dct is None:
            return Resolved("DATE", _x_value(want), d.get("mod"))
        base, anchor, rid = cal.point_of(ctx.dct, want), "published", None
    else:
        base, anchor, rid = ref.point, "ref", ref.id
    p = _shift_point(base, unit, d["sign"] * n)
    if p is None:
        return None
    if cal.RANK[p[0]] < cal.RANK[want]:
        p = cal.coarsen(p, want) or p
    return Resolved("DATE", cal.fmt(p), d.get("mod"), anchor, point=p, ref_id=rid)


def _past_limit(c: Cand, ctx: Context) -> date | None:
    """A past-tense clause cannot be anchored on a date after publication."""
    return ctx.dct if ctx.dct is not None and ctx.tense(c) == "past" else None


def _r_ana(c, ctx):
    d = c.data
    g = d.get("gran")
    pod = d.get("pod")
    ref = ctx.ref_for(g, c.start, _past_limit(c, ctx))
    if ref is None:
        if ctx.dct is None:
            t, v = _with_pod(_x_value(g), pod)
            return Resolved(t, v, d.get("mod"))
        base = cal.point_of(ctx.dct, g or "day")
        anchor, rid = "published", None
    else:
        base = ref.point if g is None else cal.coarsen(ref.point, g)
        if base is None:
            base = ref.point
        anchor, rid = "ref", ref.id
    if d.get("sub") is not None and g == "season":
        y = cal.coarsen(base, "year")
        p = cal.make("season", y[1], d["sub"]) if y else None
    else:
        p = cal.shift(base, d.get("off", 0))
    r = _point_result(p, ctx, c, anchor, d.get("mod"), pod)
    if pod is None and d.get("time"):
        r.type = "TIME"
    r.ref_id = rid
    return r


def _r_ana_season(c, ctx):
    d = c.data
    ref = ctx.ref_for(None, c.start)
    if ref is None:
        dct_c = Cand(c.start, c.end, "season", dict(s=d["s"], rel={0: "this", 1: "next", -1: "last"}[d["dir"]]))
        return _KINDS["season"](dct_c, ctx)
    sp = cal.coarsen(ref.point, "season")
    if sp is None:
        yp = cal.coarsen(ref.point, "year")
        if yp is None:
            return Resolved("DATE", f"XXXX-{cal.SEASONS[d['s']]}")
        k = (yp[1] + d["dir"]) * 4 + d["s"]
    else:
        k = sp[1]
        if d["dir"] > 0:
            k += 1
            while k % 4 != d["s"]:
                k += 1
        elif d["dir"] < 0:
            k -= 1
            while k % 4 != d["s"]:
                k -= 1
        else:
            k = (k // 4) * 4 + d["s"]
    p = ("season", k)
    return Resolved("DATE", cal.fmt(p), None, "ref", point=p, ref_id=ref.id)


def _r_same_shift(c, ctx):
    d = c.data
    g = {"period": None, "time": None}.get(d["gran"], d["gran"])
    ref = ctx.ref_for(g, c.start)
    if ref is None:
        if ctx.dct is None:
            return Resolved("DATE", _x_value(g))
        base, anchor, rid = cal.point_of(ctx.dct, g or "year"), "published", None
    else:
        base = ref.point if g is None else cal.coarsen(ref.point, g) or ref.point
        anchor, rid = "ref", ref.id
    gran = base[0]
    if gran == "day":
        p = _shift_point(base, "year", d["years"])
    elif gran in ("week", "weekend"):
        p = cal.shift(base, 52 * d["years"])
    else:
        per_year = {"month": 12, "quarter": 4, "season": 4, "half": 2, "year": 1, "decade": 0.1,
                    "century": 0.01}[gran]
        if per_year < 1:
            p = base
        else:
            p = cal.shift(base, int(per_year * d["years"]))
    return Resolved("DATE", cal.fmt(p), None, anchor, point=p, ref_id=rid)


def _r_time(c, ctx):
    d = c.data
    h, mi = d["h"], d["mi"]
    ap = (d.get("ap") or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    hm = f"T{h:02d}:{mi:02d}" + (f":{d['s']:02d}" if d.get("s") is not None else "")
    if d.get("tz") and d["tz"].upper() in lx.ZULU:
        hm += "Z"
    day = d.get("day") or d.get("day_hint")
    if day is not None:
        r = resolve(day, ctx)
        if r is None or r.point is None:
            return Resolved("TIME", "XXXX-XX-XX" + hm)
        p = cal.coarsen(r.point, "day") or r.point
        return Resolved("TIME", cal.fmt(p) + hm, r.mod, r.anchor, point=p, ref_id=r.ref_id)
    ref = ctx.ref_for("day", c.start, _past_limit(c, ctx))
    if ref is not None:
        p = cal.coarsen(ref.point, "day")
        return Resolved("TIME", cal.fmt(p) + hm, None, "ref", point=p, ref_id=ref.id)
    if ctx.dct is None:
        return Resolved("TIME", "XXXX-XX-XX" + hm)
    p = cal.point_of(ctx.dct, "day")
    return Resolved("TIME", cal.fmt(p) + hm, None, "published", point=p)


def _r_dur(c, ctx):
    return Resolved("DURATION", c.data["value"], c.data.get("mod"))


def _r_set(c, ctx):
    return Resolved("SET", c.data["value"], c.data.get("mod"))


def _r_ref(c, ctx):
    return Resolved("DATE", c.data["value"], c.data.get("mod"))


def _r_holiday(c, ctx):
    d = c.data
    if d.get("y"):
        hd = holiday_date(d["name"], d["y"])
        p = ("day", hd.toordinal())
        return Resolved("DATE", cal.fmt(p), None, None, point=p)
    if ctx.dct is None:
        return Resolved("DATE", "XXXX-XX-XX")
    keys = [holiday_date(d["name"], y).toordinal() for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    k = choose(keys, ctx.dct.toordinal(), ctx.tense(c), None)
    return _point_result(("day", k), ctx, c, "published")


def _r_week_of_month(c, ctx):
    d = c.data
    mc = Cand(c.start, c.end, "month", dict(m=d["m"], rel=None))
    if d["y"] is not None:
        mp = cal.make("month", d["y"], d["m"])
        anchor = None
    else:
        r = _r_month(mc, ctx) if ctx.dct is not None else None
        if r is None or r.point is None:
            return Resolved("DATE", "XXXX-WXX")
        mp, anchor = r.point, "published"
    first = cal.first_day(mp)
    last = cal.last_day(mp)
    if d["n"] > 0:
        thursday = first + timedelta(days=(3 - first.weekday()) % 7) + timedelta(days=7 * (d["n"] - 1))
    else:
        thursday = last - timedelta(days=(last.weekday() - 3) % 7)
    p = ("weekend" if d["weekend"] else "week", cal.week_key(thursday))
    return Resolved("DATE", cal.fmt(p), None, anchor, point=p)


_KINDS = {
    "value": _r_value, "ymd": _r_ymd, "numeric": _r_numeric, "ym": _r_ym,
    "month_yrel": _r_month_yrel, "md": _r_md, "month": _r_month, "weekday": _r_weekday,
    "dom": _r_dom, "abs": _r_abs, "year": _r_year, "apos_year": _r_apos_year,
    "season": _r_cyclic("season", "s", 4), "quarter": _r_cyclic("quarter", "q", 4),
    "sub_yrel": _r_sub_yrel, "rel": _r_rel, "ago": _r_ago, "later": _r_later, "ana": _r_ana,
    "same_shift": _r_same_shift, "time": _r_time, "dur": _r_dur, "set": _r_set, "ref": _r_ref,
    "holiday": _r_holiday, "week_of_month": _r_week_of_month, "ana_season": _r_ana_season,
    "md_yrel": _r_md_yrel,
}

# Kinds whose value depends on the tense of the governing verb.
TENSE_KINDS = {"md", "month", "weekday", "dom", "season", "quarter", "holiday"}
