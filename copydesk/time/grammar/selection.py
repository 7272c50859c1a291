"""Which rules run where (trigger words and their windows), every candidate of an article,
and the choice among overlapping candidates."""

from __future__ import annotations

import re

from ...lazy_re import ODD_CASE, required_literals
from .. import lexicon as lx
from . import dates, relative, durations, clock  # noqa: F401  (their rules register, in this order, before _rule_cats reads them)
from .base import Cand, prev_word, RULES
from .dates import DECADE_WORDS
from .durations import SET_ADV


_UNIT_WORDS = set(lx.UNITS) | set(lx.PLURAL_UNIT) | {"weekends"}
_WORD_CATS: dict[str, set[str]] = {}


def _cat(cat: str, words) -> None:
    for w in words:
        _WORD_CATS.setdefault(w, set()).add(cat)


_cat("unit", _UNIT_WORDS | {"period", "time"})
_cat("pod", set(lx.PARTS_OF_DAY) | {"night", "nights", "hours"})
_cat("today", {"today", "yesterday", "tomorrow", "tonight", "tonite"})
_cat("season", lx.SEASON_WORDS)
_cat("setadv", set(SET_ADV) | {"semi"})
_cat("decadeword", DECADE_WORDS)
_cat("century", {"century"})
_cat("quarter", {"quarter", "half", "quarters"})
_cat("q", {"q1", "q2", "q3", "q4", "fy", "fiscal"} | {f"fy{n:02d}" for n in range(100)})
_cat("every", {"every", "each"})
_cat("freq", {"once", "twice", "thrice", "times"})
_cat("per", {"per"})
_cat("noon", {"noon", "midnight", "midday"})
_cat("clock", {"clock"})
_cat("then", {"then"})
_cat("same", {"same"})
_cat("ord", {k for k in lx.ORDINALS if "-" not in k})
_cat("ref", {"now", "currently", "nowadays", "days", "present", "moment", "being", "current",
             "recently", "recent", "lately", "past", "future", "term", "soon", "ago"})
_HOLIDAY_FIRST = {n.split()[0].replace("'s", "").replace("’s", "").rstrip(".")
                  for n in list(lx.FIXED_HOLIDAYS) + list(lx.NTH_HOLIDAYS) + list(lx.EASTER_HOLIDAYS)}
_cat("holiday", _HOLIDAY_FIRST | {"valentine", "mother", "father", "presidents", "veterans", "patrick",
                                  "eve", "day"})
_MONTH_CAP = {m.capitalize() for m in lx.MONTHS} | {m.upper() for m in lx.MONTHS}
_WEEKDAY_CAP = {w.capitalize() for w in lx.WEEKDAYS} | {w.capitalize() + "s" for w in lx.WEEKDAYS if len(w) > 3}

TRIGGERS: dict[str, set[str]] = {
    "iso": {"digit"}, "nine_eleven": {"digit"}, "numeric": {"digit"},
    "month_day_year": {"month"}, "day_month_year": {"month"}, "month_day": {"month"},
    "day_month": {"month"}, "month_year": {"month"}, "month_rel_year": {"month"}, "month": {"month"},
    "month_day_rel_year": {"month"}, "month_rel_year2": {"month"},
    "weekday": {"weekday"}, "weekday_plural": {"weekday"}, "day_of_month": {"digit", "ord"},
    "year": {"digit"}, "year_mod": {"digit"}, "fiscal": {"q"}, "apos_year": {"digit"},
    "decade": {"digit", "decadeword"}, "century": {"century"}, "season": {"season"},
    "quarter": {"quarter"}, "q_code": {"q", "digit"}, "rel_quarter": {"quarter"},
    "half_rel": {"quarter"}, "today": {"today"}, "day_before": {"today"}, "last_night": {"pod"},
    "this_pod": {"pod"}, "rel_unit": {"unit", "pod"}, "week_of_month": {"month"},
    "rel_century": {"century"}, "end_of_year": {"unit"}, "earlier_this": {"unit"},
    "rel_year_of": {"unit"}, "ago": {"unit"}, "year_before": {"unit"}, "same_period": {"same"},
    "then": {"then"}, "duration": {"unit"}, "duration_adj": {"unit"}, "unit_long": {"unit"},
    "bare_units": {"unit"}, "rel_plural": {"unit"}, "elided_unit": {"unit"}, "half_unit": {"unit"}, "every": {"every"},
    "freq": {"freq"}, "rate": {"unit"}, "per_unit": {"per"}, "set_adv": {"setadv"},
    "clock": {"digit"}, "clock_ampm": {"digit"}, "military": {"digit"}, "noon": {"noon"},
    "oclock": {"clock"}, "pod": {"pod"}, "early_hours": {"pod"}, "night_of": {"pod"},
    "holiday": {"holiday", "month"},
}
WINDOW = 90
_TOKEN = re.compile(r"\w+")


def trigger_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger category, the merged text windows around its words."""
    spans: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(text):
        w = m.group(0)
        cats = _WORD_CATS.get(w.lower())
        if w[0].isdigit():
            cats = (cats or set()) | {"digit"}
        if w in _MONTH_CAP:
            cats = (cats or set()) | {"month"}
        if w in _WEEKDAY_CAP:
            cats = (cats or set()) | {"weekday"}
        if not cats:
            continue
        s, e = max(0, m.start() - WINDOW), min(n, m.end() + WINDOW)
        for cat in cats:
            lst = spans.setdefault(cat, [])
            if lst and s <= lst[-1][1]:
                lst[-1] = (lst[-1][0], e)
            else:
                lst.append((s, e))
    return spans


def _merged(windows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    allw = sorted(w for ws in windows for w in ws)
    out: list[tuple[int, int]] = []
    for s, e in allw:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


_RULE_CATS: dict[str, frozenset] = {}


def _rule_cats() -> None:
    for name, _, _ in RULES:
        cats = TRIGGERS.get(name, {"ref"} if name.startswith("ref:") else None)
        if cats is not None:
            _RULE_CATS[name] = frozenset(cats)


# Each rule's literal gates (``lazy_re.required_literals``): sets of strings every match of its
# pattern contains one of, so that a window holding none of one set is not scanned (most of
# the 82 patterns find nothing in most windows, and a case-insensitive pattern is tried at
# every position of its window). Worked out once a rule has scanned GATE_AFTER windows, so
# that a one-article check does not parse every pattern a second time.
GATE_AFTER = 200
_GATES: dict[object, list] = {}  # a rule's pattern -> [windows scanned, its gates or None]


def candidates(text: str, gated: bool = True) -> list[Cand]:
    """Every rule's matches near its trigger words, overlapping, unfiltered by length.
    ``gated=False`` scans every window (the gates only ever skip windows without a match)."""
    out: list[Cand] = []
    wins = trigger_windows(text)
    if not wins:
        return out
    seen: set[tuple[str, int, int]] = set()
    regions_of: dict[frozenset, list[tuple[int, int]]] = {}
    # the gates read the text in lower case, where an ASCII literal is found case aside; not
    # in a text with one of the four letters that fold to ASCII differently (ODD_CASE)
    low = text.lower() if gated and not ODD_CASE.search(text) else None
    for name, rx, fn in RULES:
        cats = _RULE_CATS.get(name)
        if cats is None:
            regions = [(0, len(text))]
        else:
            regions = regions_of.get(cats)
            if regions is None:
                present = [wins[c] for c in cats if c in wins]
                regions = present[0] if len(present) == 1 else _merged(present)
                regions_of[cats] = regions
        gates = None
        if low is not None:
            gate = _GATES.get(rx)
            if gate is None:
                gate = _GATES[rx] = [0, None]
            gates = gate[1]
            if gates is None:
                gate[0] += len(regions)
                if gate[0] >= GATE_AFTER:
                    gates = gate[1] = required_literals(rx.source, rx.flags)
        for ws, we in regions:
            if gates:
                seg = low[ws:we]
                if not all(any(lit in seg for lit in alts) for alts in gates):
                    continue  # no match can lie in this window
            for m in rx.finditer(text, ws, we):
                key = (name, m.start(), m.end())
                if key in seen:
                    continue
                seen.add(key)
                got = fn(m, text)
                if got is None:
                    continue
                for c in got if isinstance(got, list) else [got]:
                    c.rule = name
                    c.data.setdefault("prep", prev_word(text, c.start))
                    if c.end > c.start:
                        out.append(c)
    return out


_ORDER: list = [0, {}]  # (how many rules it was made for, rule name -> place)


def _rule_order() -> dict[str, int]:
    """Each rule's place in RULES, made again only when a rule has been added."""
    if _ORDER[0] != len(RULES):
        _ORDER[:] = [len(RULES), {name: i for i, (name, _, _) in enumerate(RULES)}]
    return _ORDER[1]


def select(cands: list[Cand], text: str) -> list[Cand]:
    """Longest match first, then earliest; no overlaps."""
    order = _rule_order()
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-c.length, c.start, order.get(c.rule, 99))):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    chosen.sort(key=lambda c: c.start)
    return _merge_adjacent(chosen, text)


DAY_KINDS = ("weekday", "rel", "md", "ymd", "holiday", "md_yrel")


def _merge_adjacent(cs: list[Cand], text: str) -> list[Cand]:
    """A clock time directly followed by its day ("12:00 UTC Monday", "16:00 UTC today")
    is one TIME; "16:15 UTC, June 1st" and "15:30 local time (1430 UTC) on Tuesday" stay
    apart, each time taking its day from the date that follows."""
    out: list[Cand] = []
    i = 0
    while i < len(cs):
        c = cs[i]
        if c.kind == "time" and i + 1 < len(cs):
            n = cs[i + 1]
            gap = n.start - c.end
            if 0 < gap <= 2 and not text[c.end:n.start].strip() and n.kind in DAY_KINDS and \
                    (n.kind != "rel" or n.data.get("gran") == "day"):
                c = Cand(c.start, n.end, "time", dict(c.data, day=n), c.rule)
                out.append(c)
                i += 2
                continue
            # times in a row ("15:30 local time (1430 UTC)") and then ", on Tuesday"
            j = i + 1
            while j < len(cs) and cs[j].kind == "time" and \
                    re.fullmatch(r"[\s(),]*", text[cs[j - 1].end:cs[j].start]):
                j += 1
            if j < len(cs) and cs[j].kind in DAY_KINDS and \
                    (cs[j].kind != "rel" or cs[j].data.get("gran") == "day") and \
                    re.fullmatch(r"[\s()]*(?:,|on|,\s*on)?\s*", text[cs[j - 1].end:cs[j].start]) and \
                    text[cs[j - 1].end:cs[j].start].strip():
                for k in range(i, j):
                    cs[k].data.setdefault("day_hint", cs[j])
        out.append(c)
        i += 1
    return out


_rule_cats()
