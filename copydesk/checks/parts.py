"""Two more shapes of a breakdown for CD108 (parts and total), both read where the article
says the numbers are parts of one whole:

* **parts after the whole, the first one partitive** ("cut 450 jobs, 300 of them on the
  production lines and 210 in offices"): "N of them / of whom / of which" right after a
  count opens its breakdown, and the items parallel to it in the same clause are the other
  parts;
* **parts in the next sentence, the first one partitive** ("Fourteen people were killed ...
  Nine of the dead were in Harnby and seven in Lasher."): a count told of "the dead", "them"
  or "those" in the sentence after the one count before it, even across a paragraph break,
  since "of the dead" points back; the second part may leave its verb out.

Parts that add up to more than the whole are a finding; fewer is none (a list need not be
complete) unless the list says it is ("the rest", "the remaining").
"""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..model import Finding
from .totals import COUNT, PART, PCT, _clause_end, _count, _count_parts_finding, _describes_part, _list_only

# A part that says how, not which: "20 of them seriously" (a second dimension, never added).
_HOW = re.compile(r"\s+[a-z]+ly\b", re.I)
_OF_THEM = re.compile(r"\s+of (?:them|whom|which)\b", re.I)
# "N things, A of them X and B Y": the whole, then its first part, partitive.
TRAILING = re.compile(rf"\b({COUNT})\s+([a-z]+(?:\s[a-z]+)?)\b[^.;,:\d]{{0,40}}?,\s*((?:including\s+)?({COUNT})\s+"
                      r"of (?:them|whom|which)\b[^.;]*)", re.I)
# A count beyond the whole ends its list: "killed 12, one of them a child, and 30 others were hurt".
_BEYOND = re.compile(rf"\b{COUNT}\s+(?:others?|more|further|additional)\b", re.I)
_COMPLETE = re.compile(r"\b(?:the rest|the remaining|the other|the others)\b", re.I)


def trailing_parts(doc: Document) -> Iterator[Finding]:
    """"cut 450 jobs, 300 of them on the lines and 210 in offices": parts that follow the
    whole they break down, the first one partitive, the others items of the same list."""
    for s in doc.sentences:
        if " of " not in s.text:
            continue
        for m in TRAILING.finditer(s.text):
            total = _count(m.group(1))
            tail = _list_only(m.group(3))
            tail = tail[:_clause_end(s, s.start + m.start(3), tail)]
            beyond = _BEYOND.search(tail)
            tail = tail[:beyond.start()] if beyond else tail
            parts = [p for p in PART.finditer(tail) if _item_start(tail, p.start())
                     and not _describes_part(tail, p.start())]
            if any(_HOW.match(tail, (o.end() if o else p.end(1)))
                   for p in parts for o in [_OF_THEM.match(tail, p.end(1))]):
                continue  # "20 of them seriously": how, not which
            values = [_count(p.group(1)) for p in parts]
            if total is None or len(parts) < 2 or any(v is None or 1900 <= v <= 2100 for v in values):
                continue
            got = sum(values)
            if got > total or (_COMPLETE.search(tail) and got != total):
                yield _count_parts_finding(doc, s.start, m, m.start(3), parts, got)


def _item_start(tail: str, at: int) -> bool:
    """A number that opens an item of the list: at its start, after a comma, or after "and"."""
    return at == 0 or bool(re.search(r"(?:,|\band|\bincluding)\s+$", tail[:at], re.I))


# The parts in the sentence after the whole: "Five were firefighters and nine were residents",
# "Nine of the dead were in Harnby and seven in Lasher" (the second verb left out).
NEXT_PARTS = re.compile(
    rf"^\s*(?P<a>{COUNT})\s+(?P<of>of (?:them|those|these|the [a-z]+)\s+)?(?:were|are|was|is|had|have)\b"
    rf"[^.;]*?\band\s+(?:the other\s+|another\s+)?(?P<b>{COUNT})\s+(?:(?:were|are|was|is)\b|"
    r"(?:in|at|from|on|for|near|inside|outside)\b)", re.I)


def next_sentence_parts(doc: Document) -> Iterator[Finding]:
    """"Twelve were hurt. Five were firefighters and nine were residents." and, across a
    paragraph break, "Nine of the dead were in Harnby and seven in Lasher": parts in the
    sentence after the one count before them that exceed it."""
    sents = doc.sentences
    for prev, s in zip(sents, sents[1:]):
        m = NEXT_PARTS.match(s.text)
        if not m:
            continue
        if prev.block != s.block and not m.group("of"):
            continue  # only a partitive ("of the dead") reaches back past a paragraph
        if doc.blocks[prev.block].kind in ("headline", "standfirst"):
            continue
        counts = [c for c in re.finditer(rf"\b({COUNT})\s+([a-z]+)\b", prev.text, re.I)
                  if _count(c.group(1)) is not None and not 1900 <= (_count(c.group(1)) or 0) <= 2100]
        if len(counts) != 1 or PCT.search(prev.text):
            continue
        total, a, b = _count(counts[0].group(1)), _count(m.group("a")), _count(m.group("b"))
        if total is None or a is None or b is None or a + b <= total:
            continue
        c0 = counts[0]
        yield Finding(code="CD108", evidence=[
            doc.span(prev.start + c0.start(), prev.start + c0.end(), "total"),
            doc.span(s.start + m.start("a"), s.start + m.end("a"), "part"),
            doc.span(s.start + m.start("b"), s.start + m.end("b"), "part")],
            message=f"the parts ({m.group('a')} + {m.group('b')} = {a + b:g}) exceed the {c0.group(0)} "
                    f"the sentence before gives")


# -- a tally against the members present ------------------------------------------------------

_WN = r"(?:\d{1,3}|" + "|".join(w for w in ("one two three four five six seven eight nine ten eleven twelve thirteen "
                                            "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()) + ")"
# "All 13 governors attended the meeting", "with all 12 councillors present",
# "all nine trustees attended"
PRESENT = re.compile(rf"\ball\s+(?:the\s+)?({_WN})\s+([a-z]+)\b[^.;]{{0,40}}?\b(?:were\s+present|present|attended|"
                     r"in attendance|took part|voted)\b", re.I)
TALLY = re.compile(rf"(?<![\d.,-])({_WN})\s?(?:[-\u2013]|\s(?:votes?\s)?to\s)\s?({_WN})(?![\d-])", re.I)
ABSTAINED = re.compile(rf"\b(?:with\s+)?({_WN}|no)\s+abstentions?\b|\b({_WN}|no(?:\s+one|body)?)\s+(?:members?\s+|"
                       r"councillors?\s+)?abstain(?:ed|ing)?\b", re.I)


def present_and_tally(doc: Document) -> Iterator[Finding]:
    """"All 13 governors attended the meeting, and the motion was lost eight to three, with
    one abstention": the votes cast and the abstentions against the members the article says
    were all present. More votes than members is a finding; fewer only when the article
    counts the abstentions (so it accounts for everyone) - a member may sit out unsaid."""
    from ..events.scores import VOTE_WORDS

    sents = doc.sentences
    for i, s in enumerate(sents):
        p = PRESENT.search(s.text)
        if not p:
            continue
        members = _count(p.group(1))
        for x in sents[i:i + 2]:
            if not VOTE_WORDS.search(x.text) and x is not s:
                continue
            t = next((m for m in TALLY.finditer(x.text) if not (x is s and m.start() < p.end() and p.start() < m.end())), None)
            if t is None:
                continue
            a, b = _count(t.group(1)), _count(t.group(2))
            ab = ABSTAINED.search(x.text)
            n_ab = None if ab is None else 0 if (ab.group(1) or ab.group(2) or "").lower().startswith("no") \
                else _count(ab.group(1) or ab.group(2))
            if None in (members, a, b):
                break
            cast = a + b + (n_ab or 0)
            if cast > members or (n_ab is not None and cast != members):
                shown = f"{t.group(1)} + {t.group(2)}" + (f" + {n_ab:g} abstaining" if n_ab else "")
                spans = [doc.span(s.start + p.start(), s.start + p.end(), "members"),
                         doc.span(x.start + t.start(), x.start + t.end(), "tally")]
                if ab is not None:
                    spans.append(doc.span(x.start + ab.start(), x.start + ab.end(), "abstentions"))
                yield Finding(code="CD108", evidence=spans,
                              message=f"the votes ({shown} = {cast:g}) do not make the {p.group(1)} "
                                      f"{p.group(2)} said to be present")
            break


# -- amounts "of the total" told in the sentence before --------------------------------------

# "Of the total, ...", "Of this amount, ...", "Of the budget, ...": the whole is named, not given
OF_THE_WHOLE = re.compile(r"^\s*(?:of|from)\s+(?:the|this|that|its|their)\s+(?:total|sum|amount|budget|money|fund|"
                          r"allocation|outlay|package|cost|bill)\s*,", re.I)
# an amount compared with, a few words after the comparison: "than last year's Rs 2,470 crore"
_THAN = re.compile(r"\b(?:than|against|versus|compared (?:with|to))\s+(?:[\w'\u2019]+\s+){0,3}$", re.I)
_ALL_ELSE = re.compile(r"\b(?:the rest|the remaining|the remainder|the balance|other heads|other items|"
                       r"everything else)\b", re.I)


def named_whole_parts(doc: Document) -> Iterator[Finding]:
    """"The corporation's Rs 2,640 crore budget ... Of the total, Rs 900 crore goes to roads,
    ... and Rs 700 crore to other heads": amounts of a whole the sentence names but
    does not give, against the largest amount of that currency in the nearest sentence before
    that gives one (an amount compared with, "than last year's Rs 2,470 crore", is no whole). Parts
    that exceed it are a finding; parts that miss it only when the list ends with the rest
    ("other heads", "the remainder")."""
    from ..events.amounts import MONEY, money
    from .totals import CHANGE, REMAINDER, _compared

    sents = doc.sentences
    for i, s in enumerate(sents):
        o = OF_THE_WHOLE.match(s.text)
        if not o or i == 0:
            continue
        ms = [m for m in MONEY.finditer(s.text, o.end()) if not _compared(s.text, m.start())]
        if len(ms) < 2 or CHANGE.search(re.sub(r"\bfrom\b", "    ", s.text[o.end():])):  # "comes from the state" is a source
            continue
        if any(REMAINDER.search(s.text[max(0, m.start() - 16):m.start()]) for m in ms):
            continue  # "the remaining £0.2m": the remainders' reading has it
        parts = [money(m) for m in ms]
        cur = parts[0][0]
        if any(c != cur for c, _v in parts):
            continue
        # the whole: the nearest sentence before (of three) with an amount of that currency that
        # is no comparison ("bigger than last year's Rs 2,470 crore")
        prev, wholes = None, []
        for prev in reversed(sents[max(0, i - 3):i]):
            wholes = [(m, money(m)[1]) for m in MONEY.finditer(prev.text)
                      if money(m)[0] == cur and not _compared(prev.text, m.start())
                      and not _THAN.search(prev.text, max(0, m.start() - 40), m.start())]
            if wholes:
                break
        if not wholes:
            continue
        wm, whole = max(wholes, key=lambda w: w[1])
        got = sum(v for _c, v in parts)
        # the last amount is the rest's ("Rs 700 crore to other heads", "the remaining £0.3m");
        # a rest with no amount of its own ("and the rest on a cafe") leaves the list open
        own = re.split(r"[,;]|\band\b", s.text[ms[-1].end():])[0]
        complete = bool(_ALL_ELSE.search(own) or _ALL_ELSE.search(s.text[max(0, ms[-1].start() - 16):ms[-1].start()]))
        if got > whole * 1.005 or (complete and abs(got - whole) > whole * 0.005):
            from .totals import _fmt
            spans = [doc.span(prev.start + wm.start(), prev.start + wm.end(), "total")]
            spans += [doc.span(s.start + m.start(), s.start + m.end(), "part") for m in ms]
            yield Finding(code="CD108", evidence=spans,
                          message=f"the parts ({' + '.join(m.group(0).strip() for m in ms)} = {_fmt(cur, got)}) "
                                  f"do not make the {wm.group(0).strip()} the sentence before gives")


# -- the two sides of a vote under a fronted whole ----------------------------------------------

_FOR = r"(?:voted\s+(?:for|in\s+favou?r|yes)|backed|supported|approved|were\s+in\s+favou?r|were\s+for|said\s+yes)"
_AGAINST = r"(?:voted\s+(?:against|no)|opposed|rejected|were\s+against|said\s+no|against)"
FRONTED_SIDES = re.compile(
    rf"^\s*(?:of|among)\s+(?:the|its|their|all|these|those)\s+({COUNT})\s+([a-z]+(?:\s(?!who\b|that\b|which\b)[a-z]+)?)\b"
    rf"[^,;.]{{0,60}},\s*"
    rf"({COUNT})\s+{_FOR}\b[^,;.\d]{{0,40}}?(?:,\s*|\s+and\s+|\s+while\s+|\s+with\s+)({COUNT})\s+(?:of\s+them\s+)?{_AGAINST}\b",
    re.I)


def fronted_sides(doc: Document) -> Iterator[Finding]:
    """"Of the 640 crew balloted, 410 backed action and 260 voted against": the two sides of
    one vote are parts of the whole that voted, so together they may not exceed it (fewer is
    no finding: some abstain, some do not return a ballot)."""
    for s in doc.sentences:
        m = FRONTED_SIDES.match(s.text)
        if not m:
            continue
        total, a, b = _count(m.group(1)), _count(m.group(3)), _count(m.group(4))
        if None in (total, a, b) or a + b <= total:
            continue
        yield Finding(code="CD108", evidence=[
            doc.span(s.start + m.start(1), s.start + m.end(2), "total"),
            doc.span(s.start + m.start(3), s.start + m.end(3), "for"),
            doc.span(s.start + m.start(4), s.start + m.end(4), "against")],
            message=f"the two sides ({m.group(3)} + {m.group(4)} = {a + b:,g}) are more than the {m.group(1)} "
                    f"{m.group(2)} the sentence counts")
