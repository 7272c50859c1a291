"""The age of one thing given twice (read by CD405): "140-year-old steamship raised" over a
body that makes "the ship about 95 years old"; "the 150-year-old chapel" and "The chapel,
90 years old,".

An age no person reaches (120 years or more, in either statement) is a thing's, so people's
ages (CD101, CD403) are never read here. The two statements are of one thing when they name
it by the same noun (or one noun ends the other: "steamship" / "ship"), one of them in
display text or with a definite article, and the article gives no third age for that noun
(two oaks of two ages are two oaks). Each printed age is a range: "about", "around", "some"
widen it by 15%, "more than" opens it; an age at a past time ("when it was found, the hull
was 530 years old") is not the thing's age now.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..model import Finding

_N = r"\d{1,3}(?:,\d{3})*|\d+"
_HEDGE = r"about|around|some|roughly|nearly|almost|approximately|more than|over|at least|up to|less than|under"
# "a 140-year-old steamship", "the 150-year-old chapel"
ATTRIBUTIVE = re.compile(rf"(?:\b(?P<det>the|a|an|its|this|that)\s+)?(?:(?P<h>{_HEDGE})\s+)?(?P<n>{_N})-year-old\s+"
                         r"(?P<noun>[a-z]+(?:\s[a-z]+){0,2})\b(?!-)", re.I)
# "making the wreck around 600 years old", "The chapel, 90 years old,", "the bridge is 210 years old"
PREDICATIVE = re.compile(rf"\b(?P<det>the|its|this|that)\s+(?P<noun>[a-z]+)\s*(?:,\s*|\s+(?:is|was|now)\s+|\s+)"
                         rf"(?:(?P<h>{_HEDGE})\s+)?(?P<n>{_N})\s+years\s+old\b", re.I)
_OLDEST_PERSON = 120


def _range(n: float, hedge: str | None) -> tuple[float, float]:
    h = (hedge or "").lower()
    if h in ("more than", "over", "at least"):
        return n, float("inf")
    if h in ("less than", "under", "up to"):
        return 0.0, n
    if h in ("nearly", "almost"):
        return n * 0.85, n
    if h:
        return n * 0.85, n * 1.15
    return n, n + 1


# An age at a past time: "when it was 145 years old", "the mill was then 90 years old"
_THEN = re.compile(r"\b(?:when|was|were|had been|then|at the time)\b[^,;.]{0,30}$", re.I)


def _then(text: str, m: re.Match) -> bool:
    return bool(_THEN.search(text, max(0, m.start("n") - 40), m.start("n")))


def _same_noun(a: str, b: str) -> bool:
    """Whether two nouns (each up to three words: the thing's name may come before its noun,
    "the 210-year-old Tarn bridge") name one thing: a word of one ends a word of the other."""
    for x in a.lower().split():
        for y in b.lower().split():
            x, y = x.rstrip("s"), y.rstrip("s")
            if len(min(x, y, key=len)) >= 4 and (x.endswith(y) or y.endswith(x)):
                return True
    return False


def thing_age_findings(doc: Document) -> Iterator[Finding]:
    ages = []
    for pat in (ATTRIBUTIVE, PREDICATIVE):
        for m in pat.finditer(doc.text):
            n = float(m.group("n").replace(",", ""))
            s = doc.sentence_at(m.start())
            if s is None:
                continue
            display = doc.blocks[s.block].kind in ("headline", "standfirst")
            definite = (m.group("det") or "").lower() in ("the", "its", "this", "that")
            ages.append((m, n, _range(n, m.group("h")), m.group("noun"), display or definite, s))
    for i, (m, n, r, noun, named, s) in enumerate(ages):
        for m2, n2, r2, noun2, named2, s2 in ages[i + 1:]:
            if not _same_noun(noun, noun2) or max(n, n2) < _OLDEST_PERSON or not (named or named2):
                continue
            if r[0] < r2[1] and r2[0] < r[1] or abs(n - n2) <= 0.05 * max(n, n2):
                continue
            if _then(doc.text, m) or _then(doc.text, m2):
                continue
            if len({x[1] for x in ages if _same_noun(x[3], noun)}) > 2:
                return  # three ages for one noun: several things
            yield Finding(code="CD405", evidence=[doc.span(m.start("n"), m.end(), "age"),
                                                  doc.span(m2.start("n") if not m2.group("h") else m2.start("h"),
                                                           m2.end(), "age")],
                          message=f"the {noun2.lower().split()[-1]} is given two ages: {m.group('n')} years (line "
                                  f"{doc.article.line_col(m.start())[0]}) and {m2.group('n')} years (line "
                                  f"{doc.article.line_col(m2.start())[0]})",
                          suggestion="check the age against the dates the article gives")
            return
