"""Parts and totals (CD108): parts that do not make the whole the article states.

Three shapes, each read where the article itself says the numbers are parts of one whole:

* **shares of one whole** in one sentence ("Reyes had 51.3% of the vote to Okafor's
  48.7%"; "52% backed the plan, 41% opposed it and 11% were undecided"): shares that add up to
  more than 100;
* **a breakdown of a stated count** ("30 people were hurt, of whom 12 were children and 20
  adults"; "including 14 ... and 9 ..."): parts that exceed the count, or, when the breakdown
  says it is complete ("the other", "the remaining", "the rest"), parts that miss it;
* **a remainder** ("funding would cover £61m of the cost; the council would borrow the
  remaining £33m"): the part and the remainder against the one larger figure of that
  currency the article gives (the scheme's cost), when no figure in the article equals their
  sum and no other figure could be the total.

A change ("rose 7%", "up from"), percentage points and figures of different units are never
added.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ..document import Document
from ..events.amounts import MONEY, money
from ..model import Finding, Span
from ..vocab import sections
from .registry import rule
from ..lazy_re import gated

NUM = r"\d[\d,]*(?:\.\d+)?"
PCT = gated(rf"(?<![\d.])({NUM})\s?(?:%|per ?cent\b|percent\b)", re.I)
SHARE_CONTEXT = re.compile(r"\b(?:of the (?:vote|votes|ballots|seats|respondents|sample|total)|"
                           r"of (?:voters|respondents|those (?:surveyed|polled|asked|questioned))|"
                           r"backed|support(?:ed)?|opposed|in favou?r|against|undecided|"
                           r"(?:did not|didn't) know|approve[ds]?|disapprove[ds]?)\b", re.I)
CHANGE = re.compile(r"\b(?:rose|rise|risen|rising|fell|fall|fallen|up|down|increase[ds]?|decrease[ds]?|"
                    r"grew|growth|gain(?:ed)?|drop(?:ped)?|declined?|compared|from|percentage points?|"
                    r"points?|margin|lead|turnout|chance|likely|probability|interest|rate|inflation)\b", re.I)
WORD_NUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
WORD_NUM.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90, "hundred": 100, "dozen": 12})
COUNT = rf"(?:{NUM}|{'|'.join(WORD_NUM)})"
# The whole is the count nearest the cue: "runs two aircraft, employs 23 staff, including four
# ...": the staff are broken down, not the aircraft (no other count between whole and cue).
BREAKDOWN = re.compile(rf"\b({COUNT})\s+([a-z]+(?:\s[a-z]+)?)\b(?:(?!\b{COUNT}\b)[^.;]){{0,80}}?[,:—–-]\s*"
                       r"(of whom|of them|of which|including|among them|among whom)\b([^.;]*)", re.I)
BREAKDOWN_CUE = gated(r"of whom|of them|of which|including|among them|among whom", re.I)
PART = re.compile(rf"(?<![\d.,])({COUNT})(?![\d.,]*\s?(?:%|per ?cent|percent|years?|-year|am|pm|a\.m|p\.m))\b",
                  re.I)
COMPLETE = re.compile(r"\b(?:the other|the remaining|the rest|the others|while)\b", re.I)
REMAINDER = gated(r"\b(?:remaining|the rest|the balance|the remainder|outstanding)\b", re.I)


def _count(text: str) -> float | None:
    low = text.lower()
    if low in WORD_NUM:
        return float(WORD_NUM[low])
    try:
        return float(low.replace(",", ""))
    except ValueError:
        return None


# What a share is of: "61 percent of the vote", "99 percent of the results (in)".
SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z]+)", re.I)
# A clause's own scope in front of its shares: "Against Lowe, he took 51% to her 35%, while
# against Marr, ..."; "Among men, ...; among women, ...".
CLAUSE_SCOPE = re.compile(r"(?:^|[,;]\s*(?:(?:and|but|while|whereas)\s+)?|\b(?:while|whereas)\s+)"
                          r"(against|among|versus|vs\.|in|for|with)\s+([^,;]{2,40}),", re.I)


def _share_groups(text: str, pcts: list) -> list[list]:
    """The shares of a sentence grouped by the whole each is of. A share that names its whole
    ("of the vote", "of the results") belongs to that whole; when clauses carry their own
    fronted scopes ("against Lowe, ..., while against Marr, ..."), each clause's shares are
    of their own whole. Shares of a count's progress ("99 percent of the results in") and of
    another matchup are never added to the vote."""
    scopes = [m for m in CLAUSE_SCOPE.finditer(text)]
    if len({m.group(2).strip().lower() for m in scopes}) >= 2:
        groups: dict[int, list] = {}
        for p in pcts:
            owner = max((i for i, m in enumerate(scopes) if m.end() <= p.start()), default=-1)
            groups.setdefault(owner, []).append(p)
        return [g for g in groups.values()]
    named: dict[str, list] = {}
    bare = []
    for p in pcts:
        m = SHARE_OF.match(text, p.end())
        (named.setdefault(m.group(1).lower(), []) if m else bare).append(p)
    if len(named) >= 2:
        return list(named.values())  # two wholes named: each adds up on its own
    return [pcts]


def _shares(doc: Document) -> Iterator[Finding]:
    for s in doc.sentences:
        allp = list(PCT.finditer(s.text))
        if len(allp) < 2 or not SHARE_CONTEXT.search(s.text) or CHANGE.search(s.text):
            continue
        for pcts in _share_groups(s.text, allp):
            if len(pcts) < 2:
                continue
            values = [float(m.group(1).replace(",", "")) for m in pcts]
            total = sum(values)
            if total > 100.5:
                spans = [doc.span(s.start + m.start(), s.start + m.end(), "share") for m in pcts]
                shown = " + ".join(m.group(0) for m in pcts)
                yield Finding(code="CD108", evidence=[s.span("whole")] + spans,
                              message=f"shares of one whole add up to {total:g}%: {shown}")


def _breakdowns(doc: Document) -> Iterator[Finding]:
    for s in doc.sentences:
        if not BREAKDOWN_CUE.search(s.text):
            continue  # BREAKDOWN needs one of these words, and finding them costs far less
        for m in BREAKDOWN.finditer(s.text):
            total = _count(m.group(1))
            tail = _list_only(m.group(4))
            tail = tail[:_clause_end(s, s.start + m.start(4), tail)]
            parts = [(p, _count(p.group(1))) for p in PART.finditer(tail) if not _describes_part(tail, p.start())
                     and not _measure_or_score(tail, p, m.group(2)) and not _HYPHENED.match(tail, p.end(1))]
            parts = [(p, v) for p, v in parts if v is not None and v < 10000 and not 1900 <= v <= 2100]
            if total is None or len(parts) < 2:
                continue
            got = sum(v for _p, v in parts)
            complete = bool(COMPLETE.search(tail)) and m.group(3).lower() != "including"
            if got > total or (complete and got != total):
                yield _count_parts_finding(doc, s.start, m, m.start(4), [p for p, _v in parts], got)


def _count_parts_finding(doc: Document, at: int, m: re.Match, tail: int, parts: list[re.Match],
                         got: float) -> Finding:
    """CD108 for a stated count (``m`` groups 1-2, in the sentence at ``at``) and the parts
    listed after it (each part's group 1, found in the text from ``tail`` on)."""
    base = at + tail
    spans = [doc.span(at + m.start(1), at + m.end(2), "total")]
    spans += [doc.span(base + p.start(1), base + p.end(1), "part") for p in parts]
    shown = " + ".join(p.group(1) for p in parts)
    return Finding(code="CD108", evidence=spans,
                   message=f"the parts ({shown} = {got:g}) do not make the {m.group(1)} {m.group(2)} "
                           f"the sentence gives")


# A clause after the list that says when or why ("..., as the Hawks lost 4-2"): the list ends there.
_AFTER_LIST = re.compile(r",\s*(?:as|when|after|before|because|since|though|although)\s", re.I)
_SCORE_SIDE = re.compile(r"\d\s?[-\u2013]\s?$|^\s?[-\u2013]\s?\d")


@lru_cache(maxsize=None)
def _units() -> re.Pattern:
    return re.compile(r"\s*(?:" + "|".join(sections("figures_en.txt")["units"]) + r")\b", re.I)


# A number hyphened to a word modifies a noun, it counts nothing: "an 18-footer", "a 12-point lead".
_HYPHENED = re.compile(r"-[a-z]", re.I)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _clause_end(s, at: int, tail: str) -> int:
    """Where a list that starts at offset ``at`` of sentence ``s`` ends: at a conjunction that
    opens a new clause (", and performs 1,500 operations", ", and the Owls rallied"): a finite
    verb after it before any number. "of whom 12 were children and 20 were adults" goes on: a
    number comes first."""
    toks = [t for t in (s.tokens or ()) if s.start + t.idx - s.tokens.start_char >= at]
    for i, t in enumerate(toks):
        if t.lower_ not in ("and", "but"):
            continue
        for u in toks[i + 1:i + 6]:
            if u.like_num or u.pos_ == "NUM":
                break
            if u.tag_ in _FINITE:
                return s.start + t.idx - s.tokens.start_char - at
    return len(tail)


def _list_only(tail: str) -> str:
    cut = _AFTER_LIST.search(tail)
    return tail[:cut.start()] if cut else tail


def _measure_or_score(tail: str, p: re.Match, noun: str) -> bool:
    """A number that is no count of the whole's things: a time or a distance ("with 58 seconds
    left") when the whole counts something else, or one side of a score or range ("4-2")."""
    if _SCORE_SIDE.search(tail[:p.start(1)]) or _SCORE_SIDE.match(tail[p.end(1):]):
        return True
    unit = _units().match(tail, p.end(1))
    return bool(unit) and not _units().fullmatch(" " + noun.split()[0])


# A number inside what describes a part counts something else: "including one in Ashby,
# killing three, and another where five died" lists two parts, not five.
_DESCRIBING = re.compile(r"(?:\b(?:where|which|who|whom|whose|when|that)\b[^,;]*|\b\w+(?:ing|ed)\s+"
                         r"(?:(?:at least|about|nearly|almost|more than|some|around)\s+)?)\Z", re.I)


def _describes_part(tail: str, at: int) -> bool:
    """Whether the number at ``at`` sits in a clause about the part before it (a relative
    clause, or the object of a participle: "killing three", "injuring 12")."""
    clause = re.split(r"[,;]|\band\b|\bor\b", tail[:at])[-1]
    return bool(_DESCRIBING.search(clause))


ITEMISE = re.compile(r"\b(?:split|divided|broken down|made up of|comprising|comprises|consists of|"
                     r"includes|including|of which)\b|:", re.I)
ITEMISE_COMPLETE = re.compile(r"\b(?:split|divided|broken down|made up of|comprising|comprises|consists of)\b|:",
                              re.I)


def _itemised(doc: Document) -> Iterator[Finding]:
    """"The £12m budget is split three ways: £5m for roads, £4m for schools and £4m for
    parks": the lines after the whole, in one sentence."""
    for s in doc.sentences:
        ms = list(MONEY.finditer(s.text))
        if len(ms) < 3:
            continue
        gap = s.text[ms[0].end():ms[1].start()]
        cue = ITEMISE.search(gap)
        if not cue or CHANGE.search(s.text[ms[0].start():ms[-1].end()]):
            continue
        cur, whole = money(ms[0])
        parts = [money(m) for m in ms[1:]]
        if whole is None or any(c != cur or v is None for c, v in parts):
            continue
        got = sum(v for _c, v in parts)
        complete = bool(ITEMISE_COMPLETE.search(gap))
        if got > whole * 1.005 or (complete and abs(got - whole) > whole * 0.005):
            spans = [doc.span(s.start + ms[0].start(), s.start + ms[0].end(), "total")]
            spans += [doc.span(s.start + m.start(), s.start + m.end(), "part") for m in ms[1:]]
            shown = " + ".join(m.group(0).strip() for m in ms[1:])
            yield Finding(code="CD108", evidence=spans,
                          message=f"the parts ({shown} = {_fmt(cur, got)}) do not make the "
                                  f"{ms[0].group(0).strip()} the sentence gives")


# A colon or a dash after a count introduces a list ("212,000 homes are without power - 140,000
# in the north and 92,000 in the south").
COLON_LIST = re.compile(rf"\b({COUNT})\s+([a-z]+(?:\s[a-z]+)?)\b[^.;:%—–]{{0,80}}?(?::|\s[—–-]\s|[—–])\s*([^.;—–]*)",
                        re.I)
ROUNDED = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|more than|over|"
                     r"at least|up to|fewer than|less than|under|close to)\s+$", re.I)
LIST_MARK = re.compile(r":|\s[—–-]\s|[—–]")
# One list item: a count and the word that says which part it is ("1,150 from Port Sellick").
LIST_ITEM = re.compile(rf"(?:^|,\s*|\band\s+|\bwith\s+)({COUNT})\s+(?:(?:were|was|are|is)\s+)?(from|in|at|for|on)\b",
                       re.I)
# Items made by one participle, the later ones gapped: "640 given the drug and 600 a placebo",
# "410 assigned to the new ward, 380 to the old".
PARTICIPLE_ITEM = re.compile(rf"(?:^|,\s*|\band\s+(?:the\s+(?:remaining|other|last)\s+)?)({COUNT})\s+"
                             r"(?:(?:were|was|are|is)\s+)?([a-z]+)\b", re.I)
PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)$|given|put|sent|kept|told|paid|won|lost|held|went|came|got|took|left",
                        re.I)
GAPPED = frozenset({"a", "an", "the", "no", "to", "on", "in", "at", "for", "with"})


def _colon_lists(doc: Document) -> Iterator[Finding]:
    """"2,340 residents had been evacuated: 1,150 from Port Sellick, 760 from Kessock and 330
    from farms": a colon after a count introduces all of its parts, when each is a count and
    the same preposition saying which part it is, or a count and the noun of its kind ("84
    players: 60 strings, 16 woodwind and brass, and 6 percussionists")."""
    for s in doc.sentences:
        if not LIST_MARK.search(s.text):
            continue
        for m in COLON_LIST.finditer(s.text):
            total = _count(m.group(1))
            tail = m.group(3)
            items = _list_items(tail) or _noun_items(tail)
            if total is None or len(items) < 2:
                continue
            plain = LIST_ITEM.sub(" ", tail)  # the items' own "from" is no change ("up from")
            if CHANGE.search(plain) or PCT.search(tail) or 1900 <= total <= 2100:
                continue
            values = [_count(i.group(1)) for i in items]
            if any(v is None for v in values) or len(PART.findall(tail)) != len(items):
                continue  # a number that is no item ("three of them children"): not a plain list
            got = sum(values)
            # "about 48,000 homes": a rounded whole, which its exact parts may miss a little
            slack = 0.05 * total if ROUNDED.search(s.text[:m.start()]) else 0
            if abs(got - total) > slack:
                yield _count_parts_finding(doc, s.start, m, m.start(3), items, got)


# A list of counted nouns: "84 players: 60 strings, 16 woodwind and brass, and 6 percussionists".
NOUN_ITEM = re.compile(rf"(?:^|,\s*(?:and\s+)?|\band\s+)((?i:{COUNT}))\s+([a-z]{{3,}})\b")
_NOT_NOUNS = frozenset({"more", "fewer", "less", "others", "other", "per", "percent", "cent", "them", "whom", "which",
                        "each", "were", "was", "are", "had", "have", "who"})


def _noun_items(tail: str) -> list[re.Match]:
    """The items of a list of counted nouns, each a count and the noun of its kind, or []
    when a count has no such noun ("500 more than ...", "400 of them") or is a measure."""
    items = list(NOUN_ITEM.finditer(tail))
    if len(items) < 2 or items[0].start() != 0 or any(
            i.group(2).lower() in _NOT_NOUNS or i.group(2).endswith("ed") or _units().match(" " + i.group(2))
            for i in items):  # "14 Labour MPs rebelled and 3 abstained": acts, not kinds
        return []
    return items


def _participle_items(tail: str) -> list[re.Match]:
    """The items of a list that one participle makes, the later items gapped ("640 given the
    drug and 600 a placebo") or repeating it; [] when the tail is no such list."""
    items = list(PARTICIPLE_ITEM.finditer(tail))
    if len(items) < 2 or items[0].start() != 0:
        return []
    verb = items[0].group(2).lower()
    if not PARTICIPLE.fullmatch(verb):
        return []
    if all(i.group(2).lower() in GAPPED or i.group(2).lower() == verb for i in items[1:]):
        return items
    return []


def _list_items(tail: str) -> list[re.Match]:
    """The items of a plain list of parts: one preposition for each ("1,150 from Port
    Sellick, 760 from Kessock") or one participle, the later items gapped."""
    items = list(LIST_ITEM.finditer(tail))
    if len(items) >= 2 and len({i.group(2).lower() for i in items}) == 1:
        return items
    return _participle_items(tail)


# "Of the 212,000 homes that lost power, 140,000 were in the north and 92,000 in the south."
FRONTED = re.compile(rf"^\s*(?:of|among) (?:the|its|their|these|those|all) ({COUNT})\s+([a-z]+(?:\s[a-z]+)?)\b"
                     r"[^,;.]{0,80}?,\s*([^.;]*)", re.I)


def _fronted_parts(doc: Document) -> Iterator[Finding]:
    """"Of the 1,284 patients, 640 were given the drug and 700 a placebo": parts of a fronted
    whole, listed one way (one preposition, one participle), that exceed it, or miss it when
    the list says it is complete ("the remaining 600"). A list need not be complete: the parts
    of a whole may leave some out, so fewer is no finding without such words."""
    for s in doc.sentences:
        m = FRONTED.match(s.text)
        if not m:
            continue
        total, tail = _count(m.group(1)), m.group(3)
        items = _list_items(tail)
        if total is None or len(items) < 2 or CHANGE.search(LIST_ITEM.sub(" ", tail)) or PCT.search(tail) \
                or 1900 <= total <= 2100 or len(PART.findall(tail)) != len(items):
            continue
        values = [_count(i.group(1)) for i in items]
        if any(v is None for v in values):
            continue
        got = sum(values)
        if got > total or (COMPLETE.search(tail) and got != total):
            yield _count_parts_finding(doc, s.start, m, m.start(3), items, got)


# A tally's side split by party or group: "passed 52-47, with 50 Republicans and 3 Democrats
# voting for it".
SIDE_PARTS = gated(rf"\b({COUNT})\s+((?:[A-Za-z]+\s+)?[A-Za-z]+)(?:,\s*|\s+and\s+)({COUNT})\s+"
                        r"((?:[A-Za-z]+\s+)?[A-Za-z]+)\s+(?:voting|who voted|voted)\s+(for|in favou?r|against|to)\b",
                        re.I)


def _tally_sides(doc: Document) -> Iterator[Finding]:
    """The groups said to make one side of a tally ("with 50 Republicans and 3 Democrats
    voting for it") that add up to more than that side (52 in "passed 52-47"). Groups may
    leave someone out (an independent), so fewer is no finding."""
    from ..events.scores import SCORE_PATTERNS, WORD_TALLY

    sents = doc.sentences
    for i, s in enumerate(sents):
        p = SIDE_PARTS.search(s.text)
        if not p:
            continue
        tally = None
        for x in [s] + sents[i - 1:i]:
            for pat in list(SCORE_PATTERNS) + [WORD_TALLY]:
                t = pat.search(x.text)
                if t and not (x is s and t.start() <= p.start() < t.end()):
                    tally = (x, t)
                    break
            if tally:
                break
        a, b = _count(p.group(1)), _count(p.group(3))
        if tally is None or a is None or b is None:
            continue
        x, t = tally
        side = t.group(1) if p.group(5).lower() != "against" else t.group(2)
        whole = _count(side)
        if whole is None or a + b <= whole:
            continue
        idx = 1 if p.group(5).lower() != "against" else 2
        yield Finding(code="CD108", evidence=[
            doc.span(x.start + t.start(idx), x.start + t.end(idx), "total"),
            doc.span(s.start + p.start(1), s.start + p.end(1), "part"),
            doc.span(s.start + p.start(3), s.start + p.end(3), "part")],
            message=f"the groups ({p.group(1)} + {p.group(3)} = {a + b:g}) voting {p.group(5).lower()} "
                    f"are more than the {side} the tally gives")


# A small count of things named one by one: "Four people were charged: Ann Lee, Bob Hall and
# Carl Pike."; "survived by three children, Ann, Ben and Dora".
_SMALL = {w: i for w, i in WORD_NUM.items() if 2 <= i <= 12 and w != "dozen"}
# "4 in 10 voters", "more than three", "half-dozen": a rate or a round figure, not a count
_NOT_EXACT = re.compile(r"(?:in|than|about|around|some|nearly|almost|half-?)\s*$", re.I)
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|van|von|da|al|bin|le|la)){0,3}"
NAMED_LIST = gated(
    rf"\b((?i:{'|'.join(_SMALL)})|[2-9]|1[0-2])\s+((?:[a-z]+\s+){{0,2}}(?:[a-z]+s|[a-z]*men|children|people))\b"
    r"(?:\s+[a-z]+){0,4}?(?:\s+(?:on|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    rf"\s*(?::|,|\s[\u2014\u2013-]\s|\u2014)\s*({_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME})"
    r"(?=\s*[.;:)]|,\s|\s[\u2014\u2013-]\s|\u2014|\s*$)")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _named_lists(doc: Document) -> Iterator[Finding]:
    """"Four people were charged: Ann Lee, Bob Hall and Carl Pike": a small count of things
    named one by one, right after it, that names another number of them. A list that goes on
    past its last name ("two sons, Tom and Ed Vane of Leeds") or names an item in lower case
    ("the Greens") is not read."""
    for s in doc.sentences:
        for m in NAMED_LIST.finditer(s.text):
            if _NOT_EXACT.search(s.text[:m.start()]):
                continue
            count = _SMALL.get(m.group(1).lower()) or int(m.group(1))
            names = [n for n in _ITEM_SPLIT.split(m.group(3)) if n]
            if len(names) == count:
                continue
            yield Finding(code="CD108", evidence=[
                doc.span(s.start + m.start(1), s.start + m.end(2), "total"),
                doc.span(s.start + m.start(3), s.start + m.end(3), "parts")],
                message=f"the sentence gives {m.group(1)} {m.group(2)} and names {len(names)}: "
                        f"{m.group(3)}")


# an amount compared with, not counted in: "up from $46.1 million", "against £47m"
_COMPARED = re.compile(r"(?:\bfrom|\bby|\bthan|\bversus|\bvs\.?|\bagainst|\bcompared (?:with|to))\s+(?:about\s+|around\s+)?$",
                       re.I)


# an amount said to be a part: "$29.5 million of the total", "£3m of the cost"
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|this|that|their)\s+(?:total|budget|cost|sum|bill|spending|money|amount)\b",
                       re.I)


def _compared(text: str, start: int) -> bool:
    return bool(_COMPARED.search(text[max(0, start - 30):start]))


def _remainders(doc: Document) -> Iterator[Finding]:
    sents = doc.sentences
    text = doc.text
    everything = [(mm, money(mm)) for mm in MONEY.finditer(text)]
    for i, s in enumerate(sents):
        rm = REMAINDER.search(s.text)
        if not rm:
            continue
        after = [m for m in MONEY.finditer(s.text) if m.start() > rm.start() - 5]
        if not after:
            continue
        rest = after[0]
        cur, rest_v = money(rest)
        # the parts: the amounts before the remainder in its sentence and in the sentences of
        # its paragraph before it ("Instruction accounts for $29.5m. Buildings come next at
        # $6.3m ... The remaining $3.2m ..."), each an amount of the whole, not a comparison
        pool = [(s.start, s.text[:rest.start()])]
        j = i - 1
        while j >= 0 and sents[j].block == s.block and i - j <= 3:
            pool.insert(0, (sents[j].start, sents[j].text))
            j -= 1
        pooled = []  # (value, start, end)
        for base, chunk in pool:
            for m in MONEY.finditer(chunk):
                c, v = money(m)
                if c == cur and not _compared(chunk, m.start()):
                    pooled.append((v, base + m.start(), base + m.end()))
        # the total: an amount elsewhere (or opening the paragraph) larger than the remainder,
        # than every other amount of the paragraph and than their sum, not a comparison
        totals = {}
        for m, (c, v) in everything:
            if c != cur or v <= rest_v or s.start <= m.start() < s.end or _compared(text, m.start()):
                continue
            others = [pv for pv, a, _b in pooled if a != m.start()]
            if others and all(v > pv for pv in others) and sum(others) < v and not _OF_WHOLE.match(text, m.end()) and (
                    m.start() == pooled[0][1] or not any(a == m.start() for _pv, a, _b in pooled)):
                totals.setdefault(round(v), (m, v))
        if len(totals) != 1:
            continue
        m, v = next(iter(totals.values()))
        parts = [pv for pv, a, _b in pooled if a != m.start()]
        spans = [(a, b) for _pv, a, b in pooled if a != m.start()]
        whole = sum(parts) + rest_v
        # the sum of the remainder and the last few amounts before it is a figure the article
        # gives: those are the parts, and what came before them is something else
        if any(abs(fv - w) <= 0.01 * w for k in range(1, len(parts) + 1)
               for w in [sum(parts[-k:]) + rest_v]
               for fm, (c, fv) in everything if c == cur and fm.start() not in {a for a, _b in spans[-k:]}
               and not _compared(text, fm.start())):
            continue
        said = "the part and the remainder" if len(parts) == 1 else "the parts and the remainder"
        yield Finding(code="CD108", evidence=[
            Span(m.start(), m.end(), text[m.start():m.end()], "total")] +
            [doc.span(a, b, "part") for a, b in spans] + [s.span("parts")],
            message=f"{said} make {_fmt(cur, whole)}, not the {m.group(0).strip()} "
                    f"the article gives as the total")


# An amount said to be one segment's share of a whole: "Domestic sales contributed ₹412 crore",
# "exports accounted for ₹236 crore", "Bakery brought in £131.2m", "with sales of £188.4m".
CONTRIB = re.compile(r"(?:contributed|accounted for|brought in|generated|made up|came from|sales of)"
                     r"\s+(?:about\s+|around\s+|nearly\s+)?$", re.I)
CONTRIB_ANY = gated(r"\b(?:contributed|accounted for|brought in|generated|made up|came from|sales of)\b",
                         re.I)
# The next segment of a list whose verb is gapped: ", commercial shipping " or " and the services unit ".
GAPPED_SEGMENT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+)?[A-Za-z][A-Za-z'\u2019-]*"
                            r"(?:\s+[A-Za-z][A-Za-z'\u2019-]*){0,4}\s+(?:about\s+|around\s+|nearly\s+)?")
WHOLE_CUE = re.compile(r"(?:revenue|sales|turnover|income)\b[^.;]{0,60}?(?:\bof|\bto|\bat|\bwas|\bwere)\s+"
                       r"(?:about\s+|around\s+|nearly\s+)?$", re.I)


def _contributions(doc: Document) -> Iterator[Finding]:
    """"Revenue rose 11 per cent to ₹668 crore. Domestic sales contributed ₹412 crore, while
    exports accounted for ₹236 crore": segments said to make up a revenue, with "while" setting
    them side by side as the whole, or listed in one sentence with the verb gapped ("the
    defence arm contributed $612m, shipping $388m and services $145m"), against the revenue the
    sentence before gives. Reported
    when they miss it by more than rounding but still come to most of it (a segment named
    with the others, not a part left unsaid)."""
    sents = doc.sentences
    text = doc.text
    for i, s in enumerate(sents):
        side_by_side = bool(re.search(r"\bwhile\b", s.text))
        if not side_by_side and not CONTRIB_ANY.search(s.text):
            continue
        run = [x for x in sents[max(0, i - 1):i + 1] if x.block in (s.block, s.block - 1)]
        if not side_by_side:
            run = [s]  # a list of segments in one sentence: "A contributed $612m, B $388m and C $145m"
        parts, gapped = [], 0
        for x in run:
            prev = None
            for m in MONEY.finditer(x.text):
                if CONTRIB.search(x.text[max(0, m.start() - 30):m.start()]):
                    parts.append((m, x))
                    prev = m
                elif prev is not None and GAPPED_SEGMENT.fullmatch(x.text, prev.end(), m.start()):
                    parts.append((m, x))  # the verb gapped: "..., commercial shipping $388m"
                    prev = m
                    gapped += 1
                else:
                    prev = None
        if len(parts) < 2 or len({money(m)[0] for m, _x in parts}) != 1 or not (side_by_side or gapped):
            continue
        cur = money(parts[0][0])[0]
        first = parts[0][1]
        k = sents.index(first)
        whole = None
        for x in reversed(sents[max(0, k - 2):k + 1]):
            for m in MONEY.finditer(x.text):
                if x is first and m.start() >= parts[0][0].start():
                    break
                c, v = money(m)
                if c == cur and WHOLE_CUE.search(x.text[max(0, m.start() - 80):m.start()]) and \
                        not _compared(x.text, m.start()):
                    whole = (m, x, v)
            if whole is not None:
                break
        if whole is None:
            continue
        got = sum(money(m)[1] for m, _x in parts)
        total = whole[2]
        if abs(got - total) <= total * 0.005 or not 0.85 * total <= got <= 1.15 * total:
            continue
        wm, wx, _v = whole
        spans = [doc.span(wx.start + wm.start(), wx.start + wm.end(), "total")]
        spans += [doc.span(x.start + m.start(), x.start + m.end(), "part") for m, x in parts]
        shown = " + ".join(m.group(0).strip() for m, _x in parts)
        yield Finding(code="CD108", evidence=spans,
                      message=f"the segments ({shown} = {_fmt(cur, got)}) do not make the "
                              f"{wm.group(0).strip()} the article gives as the whole")


def _fmt(cur: str, v: float) -> str:
    if cur in ("₹", "rs", "inr") and v >= 1e7:
        return f"{'₹' if cur == '₹' else 'Rs '}{v / 1e7:,g} crore"
    for name, k in (("bn", 1e9), ("m", 1e6)):
        if v >= k:
            return f"{cur}{v / k:g}{name}"
    return f"{cur}{v:g}"


@rule("CD108", "parts-and-total", "arithmetic", "warning")
def parts_and_total(doc: Document) -> Iterator[Finding]:
    """What it finds: parts that do not make the whole the article states: shares of one
    vote or poll that add up to more than 100%; a breakdown of a stated count ("30 hurt, of
    whom 12 children and 20 adults") whose parts exceed it, or miss it when the breakdown
    says it is complete ("the other", "the remaining"); a part and "the remaining" amount
    that do not add up to the total the article gives for the same thing (its cost, budget,
    price), when no figure in the article equals their sum; lines of a stated whole ("the
    £12m budget is split: £5m for roads, ...") that exceed it or, when the split is said to
    be complete, miss it; and parts in the sentence after a count ("Twelve were hurt. Five
    were firefighters and nine were residents.") that exceed it; parts after a colon or a dash
    ("86,000 homes are without power - 51,000 in the east and 45,000 in the west") or after a
    fronted whole ("Of the 2,310 volunteers, ...") that do not make it; groups said to make
    one side of a tally ("passed 52-47, with 50 Republicans and 3 Democrats voting for it")
    that exceed that side; and a small count followed by the names it counts ("Four men were
    charged: Ned Vane, Paul Hobb and Sam Ruddle") that names another number. Shares are added only when
    they are of one whole: a share that names another whole ("with 99% of the results in")
    and shares in clauses with their own scopes ("against Lowe, 51% to 35%, while against
    Marr, 48% to 41%") are not; a number in a clause that describes a part ("including one
    near Ashby, killing four") counts something else and is not a part.

    Why it matters: a breakdown that does not add up tells the reader one of its figures is
    wrong, usually one edited without the others.

    Example: "The £84m scheme ... funding would cover £61m of the cost, and the council
    would borrow the remaining £33m" gives "the part and the remainder make £94m, not the
    £84m the article gives as the total".
    """
    yield from _shares(doc)
    yield from _breakdowns(doc)
    yield from _remainders(doc)
    yield from _itemised(doc)
    yield from _colon_lists(doc)
    yield from _fronted_parts(doc)
    yield from _tally_sides(doc)
    yield from _named_lists(doc)
    from .parts import (fronted_sides, named_whole_parts, next_sentence_parts, present_and_tally,  # read this module
                        trailing_parts)
    yield from next_sentence_parts(doc)
    yield from trailing_parts(doc)
    yield from present_and_tally(doc)
    yield from named_whole_parts(doc)
    yield from fronted_sides(doc)
    yield from _contributions(doc)
