"""A scoring summary against the side's score (read by CD111): the list of scorers under each
label ("Tries: Haddad 2, Mulvey, Tau. Goals: Reardon 3"; "GOALS: Wirrabool: Dowsett 4, Quill 2,
Hanlon") is worth points, or goals, that the side's score printed beside it must hold.

Two ways a side's score is printed:

* points with the side's summary in brackets or after a colon ("MERRIGAL 22 (Tries: ...
  Goals: ...)"): the scorers are worth what the code whose labels the summary uses says a try,
  a goal, a conversion is worth (``[summary_*]`` in ``copydesk/data/figures_en.txt``). Which
  code is meant is checked, not assumed: a side is reported only when the other side's
  summary makes its printed score under the same code;
* goals, behinds and points ("12.9 (81)", Australian football): the goal-kickers listed for
  the side must kick its goals, and six points a goal and one a behind must make its points;
* goals with the scorers' minutes in brackets (football: "Harnby Town 3 (Kells 12, 55, Dorrow
  70 pen) Oskett 1 (Marr 33)"): each minute is one goal, and a results line lists them all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..model import Finding
from ..vocab import mapping

_NAME = r"[A-Z][A-Za-z'\u2019.-]+(?:[ -][A-Z][A-Za-z'\u2019.-]+){0,2}"
# One scorer and how many: "Haddad 2", "Lowe 3/4" (three kicked of four), "Pettigrove".
_ITEM = re.compile(rf"^\s*({_NAME})(?:\s+(\d{{1,2}})(?:/\d{{1,2}})?)?\s*(?:\([^)]*\))?\s*$")
# A side's points and its summary: "MERRIGAL 22 (Tries: ...)", "Merrigal 22: Tries: ...".
SIDE_POINTS = re.compile(rf"(?<![\w-])({_NAME})\s+(\d{{1,3}})\s*(?:\(([^()]*:[^()]*)\)|:\s*([^\n]*?(?=\s+[A-Z][A-Za-z'.-]+"
                         rf"(?:\s+[A-Z][A-Za-z'.-]+)?\s+\d{{1,3}}\s*:|$)))", re.M)
# A label and its list: "Tries: Walsh, Brereton, Kemp", up to the next label or a full stop.
LABELLED = re.compile(r"([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*([^:;]*?)(?=(?:[.;]\s*)?[A-Za-z][A-Za-z ]{1,20}:|[.;]?\s*$)")
# Australian football: goals.behinds (points), the last of a line's quarter scores.
AFL = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\s*\((\d{1,3})\)")
AFL_LINE = re.compile(rf"^\s*({_NAME})\s+(?:\d{{1,2}}\.\d{{1,2}}\s+)*(\d{{1,2}})\.(\d{{1,2}})\s*\((\d{{1,3}})\)\s*$", re.M)
GOALS_LINE = re.compile(r"^\s*goals?\s*:\s*(.+)$", re.M | re.I)


@lru_cache(maxsize=None)
def _codes() -> dict[str, list[tuple[re.Pattern, int]]]:
    return {code: [(re.compile(k, re.I), int(v or 1)) for k, v in mapping("figures_en.txt", f"summary_{code}").items()]
            for code in ("league", "union")}


def _items(text: str) -> list[int] | None:
    """How many each scorer of a list scored, or None when the text is no plain list of names."""
    out = []
    for part in re.split(r",\s*|\s+and\s+", text.strip().rstrip(".")):
        if not part.strip():
            continue
        m = _ITEM.match(part)
        if not m:
            return None
        out.append(int(m.group(2) or 1))
    return out or None


def _worth(labelled: list[tuple[str, list[int]]], code: str) -> int | None:
    """The points a side's labelled lists are worth under ``code``, None when a label is not
    one of the code's."""
    total = 0
    for label, counts in labelled:
        pts = next((p for pat, p in _codes()[code] if pat.fullmatch(label.strip())), None)
        if pts is None:
            return None
        total += pts * sum(counts)
    return total


def _points_sides(doc: Document) -> list[tuple[re.Match, list, int, int]]:
    """(match, labelled lists, summary start, summary end) of every side printed with its points
    and a summary of labelled lists."""
    out = []
    if ":" not in doc.text:
        return out  # both forms of SIDE_POINTS have a colon: without one, nothing to scan for
    for m in SIDE_POINTS.finditer(doc.text):
        g = 3 if m.group(3) is not None else 4
        body, at = m.group(g), m.start(g)
        labelled = []
        for lm in LABELLED.finditer(body):
            counts = _items(lm.group(2))
            if counts is None:
                labelled = []
                break
            labelled.append((lm.group(1), counts))
        if labelled:
            out.append((m, labelled, at, at + len(body.rstrip())))
    return out


def _points_findings(doc: Document):
    sides = _points_sides(doc)
    if len(sides) < 2:
        return
    for code in ("league", "union"):
        worth = [_worth(lab, code) for _m, lab, _a, _b in sides]
        if any(w is None for w in worth):
            continue
        fits = [w == int(m.group(2)) for w, (m, *_r) in zip(worth, sides)]
        if not any(fits):
            continue  # no side's summary makes its score: another code, or another way of counting
        for w, fit, (m, _lab, a, b) in zip(worth, fits, sides):
            if fit:
                continue
            yield Finding(code="CD111", evidence=[doc.span(m.start(1), m.end(2), "score"),
                                                  doc.span(a, b, "scorers")],
                          message=f"the scorers listed for {m.group(1)} are worth {w} points, but the "
                                  f"score gives {m.group(2)}",
                          suggestion="check the side's score against its scorers")
        return


def _afl_findings(doc: Document):
    text = doc.text
    sides = {m.group(1).lower(): m for m in AFL_LINE.finditer(text)}
    for m in sides.values():
        g, b, p = int(m.group(2)), int(m.group(3)), int(m.group(4))
        if 6 * g + b != p:
            yield Finding(code="CD111", evidence=[doc.span(m.start(2), m.end(4), "score")],
                          message=f"{g} goals and {b} behinds make {6 * g + b} points, not {p}",
                          suggestion="check the goals, behinds and points")
    if not sides:
        return
    names = "|".join(re.escape(m.group(1)) for m in sides.values())
    for gl in GOALS_LINE.finditer(text):
        body, at = gl.group(1), gl.start(1)
        for seg in re.finditer(rf"({names})\s*:\s*(.*?)(?=(?:[.;]\s*)?(?:{names})\s*:|$)", body, re.I):
            side = sides[seg.group(1).lower()]
            counts = _items(seg.group(2))
            if counts is None or sum(counts) == int(side.group(2)):
                continue
            g, b, p = side.group(2), side.group(3), side.group(4)
            said = [doc.span(x.start(), x.end(), "score") for x in AFL.finditer(text)
                    if x.groups() == (g, b, p)]
            start = at + seg.start(2)
            kickers = doc.span(start, start + len(seg.group(2).rstrip(" .;")), "goal-kickers")
            yield Finding(code="CD111", evidence=said + [kickers],
                          message=f"the goal-kickers listed for {side.group(1)} kick {sum(counts)} goals, but "
                                  f"the score {g}.{b} ({p}) has {g}",
                          suggestion="check the side's score against its goal-kickers")


# A side's goals and its scorers with the minute of each goal: "Harnby Town 3 (Kells 12, 55,
# Dorrow 70 pen) Oskett 1 (Marr 33)"; "Harnby 2 (Kells 12; Brek 61 og)". Each minute is a goal.
SIDE_MINUTES = re.compile(rf"(?<![\w-])({_NAME})\s+(\d{{1,2}})\s*\(\s*({_NAME}\s+\d{{1,3}}[^()]*)\)")
_MINUTE = re.compile(r"(?<![\d.])(\d{1,3})(?:\s?\+\s?\d{1,2})?(?:'|\u2019|\s?min\b|\s?mins\b)?"
                     r"(?:\s*(?:pen|p|og|o\.g\.)\b\.?)?(?![\d.])", re.I)
_MINUTE_ITEM = re.compile(rf"^\s*{_NAME}\s+\d{{1,3}}")


def _minutes(body: str) -> int | None:
    """How many goals a list of scorers with minutes gives, or None when it is no such list
    (each item a name and its minutes: "Kells 12, 55", "Dorrow 70 pen")."""
    items = [i for i in re.split(r";|,\s*(?=[A-Z])", body) if i.strip()]
    if not items or not all(_MINUTE_ITEM.match(i) for i in items):
        return None
    mins = [int(m.group(1)) for i in items for m in _MINUTE.finditer(re.sub(rf"^\s*{_NAME}", "", i))]
    if not mins or any(x > 130 for x in mins):
        return None
    return len(mins)


def _minutes_findings(doc: Document):
    for m in SIDE_MINUTES.finditer(doc.text):
        goals, told = int(m.group(2)), _minutes(m.group(3))
        if told is None or told == goals:
            continue
        yield Finding(code="CD111", evidence=[doc.span(m.start(1), m.end(2), "score"),
                                              doc.span(m.start(3), m.end(3), "scorers")],
                      message=f"the scorers listed for {m.group(1)} have {told} goal{'s' if told != 1 else ''} by the minute, but the "
                              f"score gives {goals}",
                      suggestion="check the side's score against its scorers")


def summary_findings(doc: Document):
    """CD111 findings for the article's scoring summaries."""
    yield from _points_findings(doc)
    yield from _afl_findings(doc)
    yield from _minutes_findings(doc)
