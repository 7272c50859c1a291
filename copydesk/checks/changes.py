"""A change against the two figures it joins (CD116), and a share against its part and whole
(CD118): "Revenue rose 8 percent to $1.24 billion
from $1.09 billion" says 8 percent where the two figures make 14.

The change and its two ends are read from one clause: a verb or noun of change with its size
("rose 8 percent", "an 8 percent rise", "doubled", "up 8%") and the figure it went to and the
figure it came from ("to $1.24 billion from $1.09 billion", "from 40 to 52", "$1.24 billion,
up 8 percent from $1.09 billion"). Each figure counts as exact to its last digit, so "1.24"
may be anything from 1.235 to 1.245: a change is reported only when no figures that round to
the printed ones make it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..document import Document
from ..lazy_re import gated
from ..model import Finding
from ..vocab import sections
from .registry import rule

_NUM = r"\d[\d,]*(?:\.\d+)?"
_CUR = r"(?:US\$|A\$|NZ\$|C\$|HK\$|\$|£|€|¥|₹|Rs\.?\s?)"
_SCALE = r"(?:million|billion|trillion|bn|mn|m|thousand|k|crore|lakh)"
_SCALES = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
           "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5}
# A figure: currency, number, scale ("$1.24 billion", "331 million", "52", "£4.1m").
_AMOUNT = rf"(?P<{{0}}cur>{_CUR})?\s?(?P<{{0}}num>{_NUM})(?:\s?(?P<{{0}}scale>{_SCALE})\b)?(?!\s?(?:%|per ?cent|percent))"
_UP = r"rose|risen|rises|rising|increased|increases|grew|grown|grows|jumped|climbed|gained|surged|soared|" \
      r"advanced|rebounded|edged up|was up|were up|is up|are up|up"
_DOWN = r"fell|fallen|falls|falling|decreased|decreases|declined|declines|dropped|drops|slipped|slumped|" \
        r"tumbled|plunged|sank|shrank|eased|edged down|was down|were down|is down|are down|down"
_NOUN_UP = r"rise|increase|jump|gain|growth|climb|surge"
_NOUN_DOWN = r"fall|drop|decline|decrease|slump|dip|slide"
_HEDGE = r"(?P<{0}hedge>about|around|roughly|some|nearly|almost|close to|more than|over|just over|just under|" \
         r"less than|under|at least)\s+"
_PCT = rf"(?:{_HEDGE})?(?P<{{0}}pct>{_NUM})\s?(?:%|per ?cent\b|percent\b)"
# How big a change is: a percentage after a verb of change or before a noun of change, or a
# multiplying verb ("doubled", "more than tripled").
CHANGE = gated(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:by\s+)?{_PCT.format('v')}"
    rf"|{_PCT.format('n')}\s+(?:(?P<nup>{_NOUN_UP})|(?P<ndown>{_NOUN_DOWN}))\b"
    rf"|\b(?:a|an)\s+(?:(?P<oup>{_NOUN_UP})|(?P<odown>{_NOUN_DOWN}))\s+of\s+{_PCT.format('o')}"
    r"|\b(?P<mhedge>more than |nearly |almost )?(?P<mult>doubled|tripled|trebled|quadrupled|halved)\b",
    re.I)
_TO = _AMOUNT.format("a")
_FROM = _AMOUNT.format("b")
# The two ends after the change: "to A from B", "from B to A" (nothing else but a few words
# between: "to $1.24 billion from $1.09 billion", "to 212 million crowns from 331 million").
ENDS_AFTER = re.compile(
    rf"[^.;:\d]{{0,40}}?\bto\s+{_TO}(?:\s+[a-z]+){{0,2}}?,?\s+(?:up |down )?from\s+{_FROM}"
    rf"|[^.;:\d]{{0,40}}?\bfrom\s+{_FROM.replace('?P<b', '?P<c')}(?:\s+[a-z]+){{0,2}}?\s+to\s+{_TO.replace('?P<a', '?P<d')}",
    re.I)
# Both ends before the change: "rose to $4.1m from $3.2m, an increase of 9%", "..., up 9%".
ENDS_BEFORE = re.compile(
    rf"\bto\s+{_TO}(?:\s+[a-z]+){{0,2}}?,?\s+from\s+{_FROM}(?:\s+[a-z]+){{0,6}}?,?\s+$"
    rf"|\bfrom\s+{_FROM.replace('?P<b', '?P<c')}(?:\s+[a-z]+){{0,2}}?\s+to\s+{_TO.replace('?P<a', '?P<d')}"
    r"(?:\s+[a-z]+){0,6}?,?\s+$", re.I)
# The figure before the change and the one it came from after it: "$1.24 billion, up 8% from
# $1.09 billion".
END_BEFORE = re.compile(rf"{_TO}(?:\s+[a-z]+)?,?\s+$", re.I)
FROM_AFTER = re.compile(rf"\s+(?:from|on|compared with|against)\s+{_FROM}", re.I)
# The level and the figure it came from, both before the change: "a profit of Rs 51.2 crore for
# the quarter, up from Rs 44.8 crore a year earlier, a rise of 20 per cent".
UP_FROM_BEFORE = re.compile(rf",\s+(?:up|down)\s+from\s+{_FROM}(?:\s+[a-z-]+){{0,6}}?,?\s+$", re.I)
LEVEL = re.compile(rf"(?<![\w.,]){_TO}", re.I)
_SKIP = gated(r"percentage points?|basis points?", re.I)
# A rate per period is not the change between the two figures: "rose 8 percent a year to ..."
# ("a year earlier" dates the figure left, it is no rate).
_RATE = re.compile(r"\b(?:a|per|each|every) (?:year|month|week|day|quarter)\b(?!\s+(?:earlier|ago|before))|\bannual(?:ly|ised|ized)?\b|"
                   r"\bcompound|\byear[- ]on[- ]year\b|\bon average\b", re.I)


def _printed(num: str) -> tuple[float, float, float]:
    """(value, low, high) of a printed number: "1.24" may be anything from 1.235 to 1.245."""
    digits = num.replace(",", "")
    step = 10 ** -len(digits.split(".")[1]) if "." in digits else 1
    v = float(digits)
    return v, v - step / 2, v + step / 2


def _hedged(v: float, lo: float, hi: float, hedge: str | None) -> tuple[float, float]:
    """(low, high) a figure allows with the word before it: "more than" has no top, "nearly"
    allows 15% below, "about" 15% either way."""
    hedge = (hedge or "").lower()
    if hedge in ("more than", "over", "just over", "at least"):
        return lo, float("inf")
    if hedge in ("nearly", "almost", "just under", "close to"):
        return v * 0.85, hi
    if hedge in ("less than", "under"):
        return 0, hi
    if hedge:
        return v * 0.85 - 0.5, v * 1.15 + 0.5
    return lo, hi


def _value(m: re.Match, p: str, other_scale: str | None) -> tuple[float, float, float] | None:
    """(value, low, high) of the figure in groups ``p``cur/num/scale: low and high are what the
    printed digits may round from. A figure without a scale takes the other end's ("from 6.2
    to 6.8 million")."""
    num = m.group(p + "num")
    if num is None:
        return None
    k = _SCALES.get((m.group(p + "scale") or other_scale or "").lower(), 1)
    return tuple(x * k for x in _printed(num))


def _ends(text: str, c: re.Match):
    """The figure reached and the figure left, each as (match, group prefix, offset of the
    match's text in the sentence), or None when the clause does not give both."""
    m = ENDS_AFTER.match(text, c.end())
    if m:
        return ((m, "a", 0), (m, "b", 0)) if m.group("anum") else ((m, "d", 0), (m, "c", 0))
    m = ENDS_BEFORE.search(text[:c.start()])
    if m:
        return ((m, "a", 0), (m, "b", 0)) if m.group("anum") else ((m, "d", 0), (m, "c", 0))
    b = END_BEFORE.search(text[:c.start()])
    f = FROM_AFTER.match(text, c.end())
    if b and f:
        return (b, "a", 0), (f, "b", 0)
    u = UP_FROM_BEFORE.search(text[:c.start()])
    if u:
        reached = _level_before(text, u)
        if reached is not None:
            return (reached, "a", 0), (u, "b", 0)
    return None


def _level_before(text: str, u: re.Match) -> re.Match | None:
    """The figure an "up from B" clause compares with B: the nearest amount before it, in the
    same currency (none when B has none), that is no year: "a profit of Rs 51.2 crore for the
    quarter ended June 30, 2024, up from Rs 44.8 crore"."""
    cur = (u.group("bcur") or "").strip()
    for m in reversed(list(LEVEL.finditer(text, max(0, u.start() - 120), u.start()))):
        if (m.group("acur") or "").strip() != cur:
            continue
        v = _value(m, "a", None)
        if v is None or (not cur and not m.group("ascale") and 1900 <= v[0] <= 2100):
            continue
        if not cur and re.search(r"\d\s*,\s*$", text[:m.start()]):
            continue  # the year of "March 31, 2012"
        return m
    return None


def _stated(c: re.Match) -> tuple[float, float, str] | None:
    """(low, high) of the change the words allow, as a ratio reached/left, and its words."""
    mult = c.group("mult")
    if mult:
        r = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5}[mult.lower()]
        hedge = (c.group("mhedge") or "").strip().lower()
        if hedge == "more than":
            return (r, float("inf"), mult) if r > 1 else (0, r, mult)
        if hedge:
            return (r * 0.85, r, mult) if r > 1 else (r, r * 1.15, mult)
        return r * 0.9, r * 1.1, mult
    p = "v" if c.group("vpct") else "n" if c.group("npct") else "o"
    pct, lo, hi = _printed(c.group(p + "pct"))
    lo, hi = _hedged(pct, lo, hi, c.group(p + "hedge"))
    down = c.group("down") or c.group("ndown") or c.group("odown")
    if down:
        return 1 - hi / 100, 1 - lo / 100, c.group(0)
    return 1 + lo / 100, 1 + hi / 100, c.group(0)


def _extent(m: re.Match, p: str) -> tuple[int, int]:
    """Where a figure lies in the sentence, currency and scale included."""
    start = m.start(p + "cur") if m.group(p + "cur") else m.start(p + "num")
    end = m.end(p + "scale") if m.group(p + "scale") else m.end(p + "num")
    return start, end


def _pct(r: float) -> str:
    return f"{(r - 1) * 100:+.1f}%".replace(".0%", "%")


@rule("CD116", "change-and-ends", "arithmetic", "warning")
def change_and_ends(doc: Document) -> Iterator[Finding]:
    """What it finds: a change whose size the two figures it joins do not allow: "Revenue rose
    8 percent to $1.24 billion from $1.09 billion" (the two make a rise of about 14 percent);
    "membership doubled to 5,200 from 3,900"; a rise to a smaller figure.

    Why it matters: the percentage and the figures usually come from different drafts or
    different lines of a results table; when one is edited the other is not, and a reader with
    a calculator sees it.

    Only where the clause itself joins them: the change ("rose 8 percent", "an 8 percent
    rise", "up 8%", "halved") and both ends ("to A from B", "from B to A", "A, up 8% from B").
    Each figure may be anything that rounds to what is printed, and "about", "nearly", "more
    than" widen the change as they say; percentage points, and ends that are themselves
    percentages, are not read.

    A difference in units is read the same way when one phrase joins it to both figures
    ("212,000 visitors, 48,000 more than the 174,000 the year before"; "an increase of £310 on
    this year's £3,200"; "a majority of 2,115 over Dorn, who polled 16,425").

    Example: "Revenue rose 8 percent to $1.24 billion from $1.09 billion" gives "the change is
    given as 8 percent, but $1.09 billion to $1.24 billion is +13.8%".
    """
    for s in doc.sentences:
        if _SKIP.search(s.text):
            continue
        for c in CHANGE.finditer(s.text):
            ends = _ends(s.text, c)
            if ends is None:
                continue
            (to_m, to_p, _o), (from_m, from_p, _o2) = ends
            if _RATE.search(s.text, c.start(), min(len(s.text), from_m.end() + 40)):
                continue
            ts, fs = to_m.group(to_p + "scale"), from_m.group(from_p + "scale")
            to_v = _value(to_m, to_p, fs)
            from_v = _value(from_m, from_p, ts)
            if to_v is None or from_v is None or from_v[1] <= 0:
                continue
            to_cur, from_cur = to_m.group(to_p + "cur"), from_m.group(from_p + "cur")
            if bool(to_cur) != bool(from_cur) or to_cur and to_cur.strip() != from_cur.strip():
                continue  # an amount against a bare number ("December 31"), or two currencies
            stated = _stated(c)
            if stated is None:
                continue
            lo, hi, words = stated
            least, most = to_v[1] / from_v[2], to_v[2] / from_v[1]
            if most >= lo and least <= hi:
                continue
            if 1900 <= to_v[0] <= 2100 and 1900 <= from_v[0] <= 2100:
                continue  # two years: "from 1998 to 2004" is a period, not two figures
            ta, te = _extent(to_m, to_p)
            fa, fe = _extent(from_m, from_p)
            left, reached = s.text[fa:fe], s.text[ta:te]
            yield Finding(
                code="CD116",
                message=f"the change is given as \u201c{words}\u201d, but {left} to {reached} is "
                        f"{_pct(to_v[0] / from_v[0])}",
                evidence=[doc.span(s.start + c.start(), s.start + c.end(), "change"),
                          doc.span(s.start + ta, s.start + te, "reached"),
                          doc.span(s.start + fa, s.start + fe, "left")],
                suggestion="check the change against the two figures")
    from .differences import difference_findings  # the same, for a difference in units

    yield from difference_findings(doc)


# -- a share against the two figures it joins (CD118) -------------------------------------------

_FRACTIONS = {"half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
              "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0,
              "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
              "a tenth": 10.0, "one tenth": 10.0}
_FRAC = "|".join(sorted((re.escape(f) for f in _FRACTIONS), key=len, reverse=True))
_FIG = rf"{_NUM}(?:\s?{_SCALE}\b)?"
_SIZE = rf"(?:{_HEDGE.format('s')})?(?:(?P<z>{_NUM})\s?(?:%|per ?cent\b|percent\b)|(?P<frac>{_FRAC})\b)"
# "300 of its 7,800 tractors, or about 4 percent"; "31,000 out of 52,000 voters (60%)"
SHARE_AFTER = re.compile(
    rf"(?<![\w.,$£€])(?P<x>{_FIG})\s+(?:[a-z]+\s+){{0,2}}?(?:out\s+)?of\s+(?:its|the|their|all|a total of)?\s*"
    rf"(?P<y>{_FIG})(?:\s+[a-z]+){{0,3}}?\s*(?:,\s*(?:or\s+)?|\(\s*){_SIZE}", re.I)
# "1,200 jobs, or 9 percent of its 12,850 staff"; "2,300 homes, about a fifth of the 11,000 in the town"
SHARE_BEFORE = re.compile(
    rf"(?<![\w.,$£€])(?P<x>{_FIG})(?:\s+[a-z]+){{1,2}},\s*(?:or\s+)?{_SIZE}\s+of\s+(?:its|the|their|all)\s+"
    rf"(?:[a-z]+\s+(?:of\s+)?){{0,2}}?(?P<y>{_FIG})(?![\d.,])", re.I)
# The share first, its figures after it: "turnout was 62 percent, with 31,000 of the 58,000
# voters casting ballots"; "58 percent: 412 of the 710 candidates passed"; "62% (31,000 of 50,000)".
SHARE_FIRST = re.compile(
    rf"(?<![\w.,$£€]){_SIZE}(?P<join>\s*,\s*with\s+|\s*:\s*|\s*\(\s*)(?P<x>{_FIG})\s+(?:[a-z]+\s+){{0,2}}?"
    rf"(?:out\s+)?of\s+(?:its|the|their|all|a total of)?\s*(?P<y>{_FIG})(?P<after>(?:\s+[a-z]+){{0,4}})", re.I)
# The whole given as a count, the part as "N of them", the share after it, plain or named: "offered
# 250 paintings and sold 190 of them, a sale rate of 84 per cent"; "tested 600 samples; 480 of them
# were clean, or 80 percent". No other number between the whole and the part.
SHARE_OF_THEM = re.compile(
    rf"(?<![\w.,$£€])(?P<y>{_FIG})\s+[a-z]+(?:(?![\d%])[^.;]){{0,100}}?\b(?P<x>{_FIG})\s+of\s+them\b"
    rf"(?:(?![\d%])[^.;]){{0,40}}?,\s*(?:or\s+|(?:a|an)\s+(?:[a-z]+\s+){{1,2}}?of\s+)?{_SIZE}", re.I)
_CHANGED_BY = re.compile(rf"\b(?:{_UP}|{_DOWN}|by)\s+$", re.I)
_ROUND_PART = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|more than|over|at least|up to)\s+$", re.I)
_NOT_SHARE = re.compile(r"\s*(?:more|less|fewer|higher|lower|up|down|above|below|increase|rise|fall|drop|"
                        r"points?|of\s)", re.I)


def _share_words(m: re.Match) -> tuple[float, float]:
    """(low, high) of the share the words give, in percent."""
    if m.group("frac"):
        v = _FRACTIONS[m.group("frac").lower()]
        lo, hi = v * 0.9, v * 1.1
    else:
        v, lo, hi = _printed(m.group("z"))
    return _hedged(v, lo, hi, m.group("shedge"))


def _fig(text: str) -> tuple[float, float, float]:
    m = re.match(rf"({_NUM})\s?({_SCALE})?", text, re.I)
    k = _SCALES.get((m.group(2) or "").lower(), 1)
    return tuple(x * k for x in _printed(m.group(1)))


# One share in two forms: "nearly two-thirds of teachers, 41 percent," / "41 percent, or about a third"
_FRAC_H = _HEDGE.format("fh")
_PCT_H = _HEDGE.format("ph")
TWO_FORMS = [
    re.compile(rf"(?<![\w-])(?:{_FRAC_H})?(?P<frac>{_FRAC})\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]+(?:\s[a-z]+)?\s*"
               rf"(?:,|\(|\u2014|\u2013|-)\s*(?:or\s+)?(?:{_PCT_H})?(?P<z>{_NUM})\s?(?:%|per ?cent\b|percent\b)", re.I),
    re.compile(rf"(?<![\w.,])(?:{_PCT_H})?(?P<z>{_NUM})\s?(?:%|per ?cent\b|percent\b)(?:\s+of\s+[a-z]+(?:\s[a-z]+)?)?"
               rf"\s*(?:,|\()\s*or\s+(?:{_FRAC_H})?(?P<frac>{_FRAC})\b", re.I),
]


def _two_forms(doc: Document) -> Iterator[Finding]:
    """A share given as a fraction and as a percentage in one phrase that do not agree:
    "nearly two-thirds of teachers, 41 percent"; "41 percent, or about a third"."""
    for s in doc.sentences:
        if "%" not in s.text and "cent" not in s.text:
            continue
        for pat in TWO_FORMS:
            for m in pat.finditer(s.text):
                f = _FRACTIONS[m.group("frac").lower()]
                flo, fhi = _hedged(f, f * 0.9, f * 1.1, m.group("fhhedge"))
                z, zlo, zhi = _printed(m.group("z"))
                plo, phi = _hedged(z, zlo, zhi, m.group("phhedge"))
                if plo <= fhi and flo <= phi:
                    continue
                yield Finding(code="CD118", evidence=[doc.span(s.start + m.start(), s.start + m.end(), "share")],
                              message=f"the share is given as {m.group('frac')} and as {m.group('z')} percent, "
                                      f"which is not {m.group('frac')}",
                              suggestion="check which share is right")


# A turnout and, in its paragraph, how many of how many voted: "on a turnout of 61 per cent.
# Of the 4,000 members, 2,100 took part."; "1,900 of the 3,400 members returned a ballot".
TURNOUT = re.compile(rf"\bturnout\s+(?:of|was|at|stood at|reached|is)\s+(?:{_HEDGE.format('t')})?(?P<z>{_NUM})\s?"
                     r"(?:%|per ?cent\b|percent\b)", re.I)
_VOTED = r"(?:took part|voted|cast (?:a |their )?(?:ballots?|votes?)|returned (?:a |their )?(?:ballots?|papers?|forms?))"
TOOK_PART = [
    re.compile(rf"\b(?:of|out of)\s+(?:the|its|their|all)?\s*(?P<y>{_NUM})\s+[a-z]+(?:\s[a-z]+)?(?:\s+(?:eligible|"
               rf"balloted|entitled to vote))?\s*,\s*(?P<x>{_NUM})\s+{_VOTED}\b", re.I),
    re.compile(rf"(?<![\w.,])(?P<x>{_NUM})\s+(?:out\s+)?of\s+(?:the|its|their|all)?\s*(?P<y>{_NUM})\s+[a-z]+"
               rf"(?:\s[a-z]+)?\s+{_VOTED}\b", re.I),
]


def _turnouts(doc: Document) -> Iterator[Finding]:
    """A turnout against how many of how many voted, told in its paragraph."""
    for b in doc.blocks:
        text = doc.text[b.start:b.end]
        if "turnout" not in text.lower():
            continue
        ts = list(TURNOUT.finditer(text))
        ps = [m for pat in TOOK_PART for m in pat.finditer(text)]
        if len(ts) != 1 or len(ps) != 1:
            continue
        t, p = ts[0], ps[0]
        x, y = _printed(p.group("x")), _printed(p.group("y"))
        if y[1] <= 0 or x[0] > y[0]:
            continue
        z, zlo, zhi = _printed(t.group("z"))
        lo, hi = _hedged(z, zlo, zhi, t.group("thedge"))
        least, most = 100 * x[1] / y[2], 100 * x[2] / y[1]
        if most >= lo and least <= hi:
            continue
        yield Finding(code="CD118",
                      message=f"the turnout is given as {t.group('z')}%, but {p.group('x')} of {p.group('y')} is "
                              f"{100 * x[0] / y[0]:.1f}%",
                      evidence=[doc.span(b.start + t.start(), b.start + t.end(), "share"),
                                doc.span(b.start + p.start("x"), b.start + p.end("x"), "part"),
                                doc.span(b.start + p.start("y"), b.start + p.end("y"), "whole")],
                      suggestion="check the turnout against the votes cast")


def _joined(text: str, m: re.Match) -> bool:
    """Whether a share printed before its figures is the share they make: not a change ("rose
    12 percent, with ..."), not a share of another whole ("40 percent of the vote, with 12 of
    the 30 seats"), and, after "with", a clause that tells what the part did ("31,000 of the
    58,000 voters casting ballots"), not how far a count has gone ("80 of 112 precincts
    reporting")."""
    if _CHANGED_BY.search(text[:m.start()]):
        return False
    after = m.group("after").lower().split()
    if any(w in _progress() for w in after):
        return False
    if "(" in m.group("join"):
        return True
    return ":" in m.group("join") or any(w.endswith("ing") for w in after)


@lru_cache(maxsize=None)
def _progress() -> frozenset:
    return frozenset(sections("figures_en.txt")["count_progress"])


@rule("CD118", "share-and-figures", "arithmetic", "warning")
def share_and_figures(doc: Document) -> Iterator[Finding]:
    """What it finds: a share whose size the part and the whole beside it do not allow: "idled
    300 of its 7,800 tractors, or 14 percent" (the two make about 4 percent); "1,200 jobs, or
    a third of its 12,850 staff".

    Why it matters: the share and its figures are often written at different times; the
    reader can divide.

    Only where one phrase joins all three ("X of Y, or Z%", "X out of Y (Z%)", "X ..., or Z%
    of the Y ..."); each printed figure may be anything that rounds to it, a fraction in words
    ("a third", "a tenth") allows a tenth either way, and "about", "nearly", "more than" widen
    the share as they say. A share followed by "more", "higher", "points" compares, and is not
    read.

    A turnout must be the share of those who voted in its paragraph ("a turnout of 61 per
    cent. Of the 4,000 members, 2,100 took part."). A share given in two forms in one phrase
    must agree with itself: "nearly two-thirds of
    teachers, 41 percent" (a fraction allows a tenth either way, its hedge as it says).

    Example: "Kestle idled 300 of its 7,800 tractors, or 14 percent" gives "the share is given
    as 14 percent, but 300 of 7,800 is 3.8%".
    """
    yield from _two_forms(doc)
    yield from _turnouts(doc)
    for s in doc.sentences:
        for pat in (SHARE_AFTER, SHARE_BEFORE, SHARE_FIRST, SHARE_OF_THEM):
            for m in pat.finditer(s.text):
                if _NOT_SHARE.match(s.text, m.end()):
                    continue
                if pat is SHARE_FIRST and not _joined(s.text, m):
                    continue
                x, y = _fig(m.group("x")), _fig(m.group("y"))
                if y[1] <= 0 or x[0] >= y[0] or 1900 <= y[0] <= 2100:
                    continue
                lo, hi = _share_words(m)
                least, most = 100 * x[1] / y[2], 100 * x[2] / y[1]
                if _ROUND_PART.search(s.text[max(0, m.start() - 14):m.start()]):
                    least, most = least * 0.85, most * 1.15  # "about 300 of its 7,800": the part is rounded
                if most >= lo and least <= hi:
                    continue
                zs = m.start("z") if m.group("z") else m.start("frac")
                ze = m.end(0) if pat is not SHARE_FIRST else m.start("join")
                yield Finding(
                    code="CD118",
                    message=f"the share is given as \u201c{s.text[zs:ze]}\u201d, but {m.group('x')} of "
                            f"{m.group('y')} is {100 * x[0] / y[0]:.1f}%",
                    evidence=[doc.span(s.start + zs, s.start + ze, "share"),
                              doc.span(s.start + m.start("x"), s.start + m.end("x"), "part"),
                              doc.span(s.start + m.start("y"), s.start + m.end("y"), "whole")],
                    suggestion="check the share against the part and the whole")
