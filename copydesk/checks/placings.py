"""A finishing place given twice (CD119): "finished second" and, later, "the third-place
finish"; "took silver" and "their bronze medal".

A place told with its verb ("finished second", "came fourth", "took silver") names who
finished there; a place told as a noun ("the third-place finish", "her bronze") points back
to it. The noun is compared only when the article tells one place with a verb (several:
which one the noun is of is not said), and only when its owner is that competitor ("the",
a pronoun, or the competitor's own name before "'s"). Two places at two times ("finished
third in 2019") are two statements, not one.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..model import Finding
from .figures import other_times
from .registry import rule

_ORD = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
_MEDAL = {"gold": 1, "silver": 2, "bronze": 3}
_ORD_RE = r"(?:" + "|".join(_ORD) + r"|1st|2nd|3rd|[4-9]th|1[0-2]th)"
_MEDAL_RE = r"(?:gold|silver|bronze)"
# The place with its verb: "finished second", "came in fourth", "placed third", "took silver".
VERBAL = re.compile(
    rf"\b(?:finish(?:ed|es)?|came(?: in| home)?|come(?: in| home)?|placed|ended(?: up)?)\s+(?:a\s+)?(?:joint\s+|equal\s+)?"
    rf"(?P<ord>{_ORD_RE})\b(?!\s+(?:time|day|week|year|round|leg|half|quarter|to\b))"
    rf"|\b(?:took|take|takes|won|win|wins|claimed|earned|collected|picked up)\s+(?:the\s+|a\s+)?"
    rf"(?P<medal>{_MEDAL_RE})\b", re.I)
# The place as a noun, owned: "the third-place finish", "their silver medal", "Renn's bronze".
_OWNER = (r"(?P<owner>(?i:the\s+[a-z]+(?:'s|\u2019s))|(?i:the|their|its|his|her)"
          r"|[A-Z][\w\u2019'-]*(?:\s[A-Z][\w\u2019'-]*)*(?:'s|\u2019s|'|\u2019))")
NOMINAL = re.compile(
    rf"\b{_OWNER}\s+(?:(?P<ord>{_ORD_RE})[- ]place(?:d)?\s+(?:finish|showing|result|position)"
    rf"|(?P<medal>{_MEDAL_RE})(?:\s+medal)?)\b(?!\s+(?:medallist|medalist|winner))")
_GIVEN = re.compile(r"\s+(?:went|goes|go|was|is)\s+(?:won\s+by|taken\s+by|to)\b", re.I)
_PRONOUNS = {"the", "their", "its", "his", "her"}


def _value(m: re.Match) -> int:
    if m.group("medal"):
        return _MEDAL[m.group("medal").lower()]
    o = m.group("ord").lower()
    return _ORD.get(o) or int(re.match(r"\d+", o).group(0))


_AGAIN = re.compile(rf"(?:,|\band|\bthen|\bbut)\s+(?:only\s+)?(?:a\s+)?(?:{_ORD_RE}|{_MEDAL_RE})\b", re.I)


def _gapped(doc: Document, m: re.Match) -> bool:
    """Whether the verb goes on to a second place ("finished second in her heat and fourth in
    the final"): several places, so a place told as a noun may be any of them."""
    s = doc.sentence_at(m.start())
    end = s.end if s is not None else len(doc.text)
    return bool(_AGAIN.search(doc.text, m.end(), end))


def _words(text: str) -> set[str]:
    return {w.lower() for w in text.split()} - _PRONOUNS - {"a", "an"}


def _subject(doc: Document, at: int) -> str:
    """The words of the verb's subject at ``at`` ("The Vellmark rowing eight"), or ""."""
    s = doc.sentence_at(at)
    if s is None or s.tokens is None:
        return ""
    base = s.start - s.tokens[0].idx
    verb = next((t for t in s.tokens if base + t.idx == at), None)
    if verb is None:
        return ""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return " ".join(t.text for t in subj.subtree) if subj is not None else ""


_WHO = r"(?P<name>[A-Z][\w\u2019'-]+(?:\s[A-Z][\w\u2019'-]+){0,2})"
# A competitor's ranking told beside the name: "Ida Marn, the world No. 12,", "world No. 12 Ida
# Marn", "the 21st-ranked Marn", "Marn, ranked 21st"
RANKS = [
    re.compile(rf"{_WHO},\s+(?:the\s+)?(?P<pre>(?:[a-z]+\s+){{0,2}})(?:No\.|number)\s?(?P<n>\d{{1,3}})\b"),
    re.compile(rf"(?P<pre>\b(?:[a-z]+\s+){{0,2}})(?:No\.)\s?(?P<n>\d{{1,3}})\s+{_WHO}"),
    re.compile(rf"(?P<pre>\b(?:[a-z]+\s+){{0,2}})(?P<n>\d{{1,3}})(?:st|nd|rd|th)-ranked\s+{_WHO}"),
    re.compile(rf"{_WHO},\s+(?P<pre>(?:who\s+is\s+)?)ranked\s+(?:No\.\s?)?(?P<n>\d{{1,3}})(?:st|nd|rd|th)?\b"),
]
# A ranking of another time: "the former world No. 1", "a career-high No. 8"
_OTHER_RANK = re.compile(r"\b(?:former|ex|then|once|career|highest|peak|previous|junior|doubles)\b", re.I)


def _rank_findings(doc: Document) -> Iterator[Finding]:
    """One competitor's ranking given twice with two values ("Ida Marn, the world No. 12" and
    "the 21st-ranked Marn"), by the surname beside each; a ranking of another time ("the
    former No. 1") or another list ("doubles") is not compared."""
    seen: dict[str, tuple[re.Match, int]] = {}
    for pat in RANKS:
        for m in pat.finditer(doc.text):
            if _OTHER_RANK.search(m.group("pre") or ""):
                continue
            key = m.group("name").split()[-1]
            n = int(m.group("n"))
            if key not in seen:
                seen[key] = (m, n)
                continue
            first, v = seen[key]
            if v == n or other_times(doc, doc.sentence_at(first.start()), doc.sentence_at(m.start())):
                continue
            a, b = sorted((first, m), key=lambda x: x.start())
            yield Finding(code="CD119", evidence=[doc.span(a.start(), a.end(), "ranking"),
                                                  doc.span(b.start(), b.end(), "ranking")],
                          message=f"{key}'s ranking is given as {v if a is first else n}, then as "
                                  f"{n if a is first else v}",
                          suggestion="check the competitor's ranking")
            return


@rule("CD119", "placing-conflict", "contradiction", "warning")
def placing_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: a competitor's finishing place (or ranking) given twice with two values: "The eight
    finished second" and later "the third-place finish"; "took silver" and "her bronze medal".

    Why it matters: a place is often changed in one paragraph (a result corrected, a lead
    rewritten) and left in another; the reader cannot tell which is right.

    Only where one place is meant: the article tells one place with a verb ("finished",
    "came", "placed", "took silver"), and a place told as a noun ("the third-place finish",
    "their bronze", "Renn's silver medal") is owned by "the", a pronoun or that competitor's
    own name. An article that tells several places (a heat and a final, two competitors) is
    not read, nor a place dated to another year than the other ("finished third in 2019").

    A ranking told beside a competitor's name ("Ida Marn, the world No. 12", "the 21st-ranked
    Marn") is compared the same way, by surname; "former", "career-high", "doubles" rankings
    are others.

    Example: "The Vellmark eight finished second at the championships." and "The coach said
    the third-place finish would help the crew" gives "the place is given as second, then as
    third".
    """
    yield from _rank_findings(doc)
    text = doc.text
    verbal = [m for m in VERBAL.finditer(text)]
    if not verbal or len({_value(m) for m in verbal}) != 1 or any(_gapped(doc, m) for m in verbal):
        return
    body = [v for v in verbal if doc.blocks[doc.sentence_at(v.start()).block].kind
            not in ("headline", "standfirst")] if all(doc.sentence_at(v.start()) for v in verbal) else []
    told = (body or verbal)[0]  # the body's own words name the competitor best
    who = _subject(doc, told.start())
    s_told = doc.sentence_at(told.start())
    for n in NOMINAL.finditer(text):
        if any(v.start() <= n.start() < v.end() for v in verbal):
            continue
        if _value(n) == _value(told):
            continue
        owner = n.group("owner")
        if owner.lower() == "the" and (n.group("medal") or _GIVEN.match(text, n.end())):
            continue  # "the gold went to Ilves": a place given to another
        if owner.lower() not in _PRONOUNS:
            name = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", owner)
            if not who or not _words(name) & _words(who):
                continue  # another competitor's place
        if other_times(doc, s_told, doc.sentence_at(n.start())):
            continue  # two times, two places
        said = (told.group("ord") or told.group("medal")).lower()
        again = (n.group("ord") or n.group("medal")).lower()
        yield Finding(code="CD119", evidence=[doc.span(v.start(), v.end(), "place") for v in verbal] +
                      [doc.span(n.start(), n.end(), "place")],
                      message=f"the place is given as {said} (line {doc.article.line_col(told.start())[0]}), "
                              f"then as {again} (line {doc.article.line_col(n.start())[0]})",
                      suggestion="check which place the competitor finished in")
        return
