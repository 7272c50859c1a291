"""A winning margin given twice (read by CD111): "beat Orrin by four wickets" and, later,
"The six-wicket win takes Velm top"; "won by three points" and "their five-point victory".

The story's margin is the one told with a verb of winning or losing at the top of the story
(headline, standfirst, first two paragraphs); a later margin told as
a bare definite noun ("the six-wicket win", "their 15-point victory") points back to it. Only
an article that tells one such verbal margin of that unit is read (a round-up tells several),
and a margin noun owned by a named side ("Orrin's six-wicket win") may be another match's.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..model import Finding

_N = r"(a single|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_WORDS = {"a single": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT = r"(point|goal|run|wicket|stroke|shot|length|second)"
VERBAL = re.compile(rf"\b(?:won|win|wins|winning|beat|beats|beating|defeated|lost|losing|edged|prevailed)\b"
                    rf"[^.;:]{{0,80}}?\bby\s+{_N}\s+{_UNIT}s?\b", re.I)
NOMINAL = re.compile(rf"\b(?P<det>the|their|its|his|her)\s+{_N}[- ]{_UNIT}\s+(?:win|victory|defeat|loss|triumph)\b",
                     re.I)


def _value(word: str) -> int:
    return _WORDS.get(word.lower()) or int(word)


def _lead(doc: Document, at: int) -> bool:
    """In the headline, the standfirst or the first two paragraphs: where a story tells its own
    result ("the colts lost by 30 points" late in a report is another match's)."""
    body = [i for i, b in enumerate(doc.blocks) if b.kind == "paragraph"]
    first = body[0] if body else 0
    i = next((k for k, b in enumerate(doc.blocks) if b.start <= at < b.end), None)
    return i is not None and (doc.blocks[i].kind in ("headline", "standfirst") or i <= first + 1)


def margin_twice(doc: Document) -> Iterator[Finding]:
    verbal = [v for v in VERBAL.finditer(doc.text) if _lead(doc, v.start())]
    for n in NOMINAL.finditer(doc.text):
        unit = n.group(3).lower()
        told = [v for v in verbal if v.group(2).lower() == unit]
        if len({_value(v.group(1)) for v in told}) != 1:
            continue  # no margin told with a verb, or several: which one the noun points to is not said
        v = told[0]
        if v.start() <= n.start() < v.end() or _value(v.group(1)) == _value(n.group(2)):
            continue
        yield Finding(code="CD111", evidence=[doc.span(v.start(), v.end(), "margin"),
                                              doc.span(n.start(), n.end(), "margin")],
                      message=f"the margin is given as {v.group(1)} {unit}{'s' if _value(v.group(1)) != 1 else ''}, "
                              f"then as {n.group(2)} (\u201c{n.group(0)}\u201d)",
                      suggestion="check which margin the match was won by")
        return


# A cricket side's total: "287 for 8", "241 all out", "bowled out for 241"
_TOTAL = re.compile(r"\b(\d{2,3})(?:\s+for\s+\d{1,2}\b(?:\s+dec(?:lared)?)?|\s+all\s+out\b)|\bout\s+for\s+(\d{2,3})\b", re.I)
_RUNS = re.compile(rf"\bby\s+{_N}\s+runs?\b", re.I)


def run_margin(doc: Document) -> Iterator[Finding]:
    """A win by runs against the two totals in its sentence: the side that won by runs made
    the larger total, so the margin is the difference ("made 287 for 8 and bowled Velm
    out for 241, winning by 56 runs": 46)."""
    for s in doc.sentences:
        r = _RUNS.search(s.text)
        if not r:
            continue
        totals = list(_TOTAL.finditer(s.text))
        if len(totals) != 2:
            continue
        a, b = (int(t.group(1) or t.group(2)) for t in totals)
        said = _value(r.group(1))
        if abs(a - b) == said or a == b:
            continue  # the winner's total is the larger, whichever is told first
        yield Finding(code="CD111", evidence=[doc.span(s.start + r.start(), s.start + r.end(), "margin")] +
                      [doc.span(s.start + t.start(), s.start + t.end(), "total") for t in totals],
                      message=f"the margin is given as {r.group(1)} runs, but {a} and {b} make {abs(a - b)}",
                      suggestion="check the margin against the two totals")
