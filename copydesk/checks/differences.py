"""A difference against the two figures it joins (read by CD116): "212,000 visitors last
year, 48,000 more than the 174,000 of the year before"; "£3,420 from January, an increase of
£310 on this year's £3,200"; "won with 18,240 votes, a majority of 2,115 over Dorn, who polled
16,425".

A ratio is read the same way ("12,000, double last year's 5,000"; a tenth either way, a
quarter with "about").

Only where one phrase joins the three: the level, then the difference tied to the other
figure by "more / fewer / higher / lower than", "an increase (a rise, a cut) of ... on / from
/ over", or a majority over a rival who "polled" the other figure. Each printed figure may
be anything that rounds to it, and "about", "nearly", "some" before any of them widen it by
15%; figures in two currencies, or one in a currency and one not, are never compared.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..model import Finding
from .changes import _AMOUNT, _SCALES, _printed

_A, _D, _B = _AMOUNT.format("a"), _AMOUNT.format("d"), _AMOUNT.format("b")
_GAP = r"(?:(?![\d%])[^.;]){0,60}?"
_THE = r"(?:(?:the|this|that|last|next|its|their|a)\s+|[a-z]+(?:'s|\u2019s)\s+|[a-z]+\s+){0,3}"
DIFFERENCES = [
    # "212,000 visitors last year, 48,000 more than the 174,000 of the year before"
    re.compile(rf"(?<![\w.,]){_A}{_GAP},\s*(?:or\s+|some\s+|about\s+)?{_D}\s+(?:[a-z]+\s+)?(?:more|fewer|less|higher|lower)"
               rf"\s+than\s+{_THE}{_B}", re.I),
    # "£3,420 from January, an increase of £310 on this year's £3,200"
    re.compile(rf"(?<![\w.,]){_A}{_GAP},\s*(?:an?\s+)?(?:increase|rise|jump|gain|cut|reduction|drop|fall|decrease)\s+of\s+"
               rf"{_D}\s+(?:on|from|over|compared with)\s+{_THE}{_B}", re.I),
    # "with 18,240 votes, a majority of 2,115 over Piet Dorn, who polled 16,425"
    re.compile(rf"(?<![\w.,]){_A}\s+votes?{_GAP},\s*a\s+majority\s+of\s+{_D}(?:\s+votes?)?\s+over\s+[^.;\d]{{0,60}}?"
               rf"\b(?:polled|received|won|took|got|had|with)\s+{_B}", re.I),
]
# A ratio to the other figure: "12,000, double last year's 5,000", "£6m, three times the £2m it cost"
_TIMES = {"double": 2.0, "twice": 2.0, "triple": 3.0, "treble": 3.0, "three times": 3.0, "four times": 4.0,
          "five times": 5.0, "ten times": 10.0, "half": 0.5}
RATIOS = re.compile(rf"(?<![\w.,]){_A}{_GAP},\s*(?P<hedge>(?:about|around|almost|nearly|more than|roughly)\s+)?"
                    rf"(?P<times>double|twice|triple|treble|(?:three|four|five|ten)\s+times|half)\s+{_THE}{_B}", re.I)
_HEDGE = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|just over|just under)\s+$",
                    re.I)


def _figure(m: re.Match, p: str, text: str) -> tuple[float, float, str] | None:
    """(low, high, currency) the figure ``p`` may be, from its printed digits, its scale and a
    hedge before it."""
    num = m.group(p + "num")
    if num is None:
        return None
    k = _SCALES.get((m.group(p + "scale") or "").lower(), 1)
    v, lo, hi = (x * k for x in _printed(num))
    if _HEDGE.search(text[max(0, m.start(p + "num") - 14):m.start(p + "num")]):
        lo, hi = v * 0.85, v * 1.15
    return lo, hi, (m.group(p + "cur") or "").strip()


def _ratio_findings(doc: Document) -> Iterator[Finding]:
    """"Police put the crowd at 12,000, double last year's 5,000": a ratio the two figures
    do not make (a tenth either way, more with a hedge)."""
    for s in doc.sentences:
        for m in RATIOS.finditer(s.text):
            a, b = _figure(m, "a", s.text), _figure(m, "b", s.text)
            if None in (a, b) or a[2] != b[2] or b[0] <= 0:
                continue
            r = _TIMES[" ".join(m.group("times").lower().split())]
            slack = 0.25 if m.group("hedge") else 0.1
            least, most = a[0] / b[1], a[1] / b[0]
            if most >= r * (1 - slack) and least <= r * (1 + slack):
                continue
            spans = [(m.start("times"), m.end("times"))] + [
                (m.start(p + "cur") if m.group(p + "cur") else m.start(p + "num"),
                 m.end(p + "scale") if m.group(p + "scale") else m.end(p + "num")) for p in ("a", "b")]
            yield Finding(code="CD116", evidence=[doc.span(s.start + x, s.start + y, role) for (x, y), role in
                                                  zip(spans, ("ratio", "figure", "figure"))],
                          message=f"the figure is said to be {m.group('times')} the other, but "
                                  f"{s.text[spans[1][0]:spans[1][1]]} is {(a[0] + a[1]) / (b[0] + b[1]):.2g} times "
                                  f"{s.text[spans[2][0]:spans[2][1]]}",
                          suggestion="check the ratio against the two figures")


def difference_findings(doc: Document) -> Iterator[Finding]:
    yield from _ratio_findings(doc)
    for s in doc.sentences:
        if not any(w in s.text for w in (" than ", " of ")):
            continue
        for pat in DIFFERENCES:
            for m in pat.finditer(s.text):
                a, d, b = (_figure(m, p, s.text) for p in ("a", "d", "b"))
                if None in (a, d, b) or len({a[2], d[2], b[2]}) != 1:
                    continue
                if any(1900 <= x[0] <= 2100 and x[1] - x[0] <= 1 for x in (a, b)):
                    continue  # a year is no figure of this kind
                least = max(0.0, max(a[0] - b[1], b[0] - a[1]))
                most = max(a[1] - b[0], b[1] - a[0])
                if d[1] >= least and d[0] <= most:
                    continue
                spans = [(m.start(p + "cur") if m.group(p + "cur") else m.start(p + "num"),
                          m.end(p + "scale") if m.group(p + "scale") else m.end(p + "num")) for p in ("d", "a", "b")]
                shown = [s.text[x:y] for x, y in spans]
                gap = abs(float(m.group("anum").replace(",", "")) - float(m.group("bnum").replace(",", "")))
                yield Finding(
                    code="CD116",
                    message=f"the difference is given as {shown[0]}, but {shown[2]} and {shown[1]} are "
                            f"{gap:,.0f} apart" if not m.group("ascale") else
                            f"the difference is given as {shown[0]}, but {shown[2]} and {shown[1]} do not differ by it",
                    evidence=[doc.span(s.start + x, s.start + y, role) for (x, y), role in
                              zip(spans, ("difference", "figure", "figure"))],
                    suggestion="check the difference against the two figures")
