"""CD120 acts-out-of-order: two dated acts of one person that can only happen in one order,
told in the other ("married Ilse Marten in 1962" and "the pair met at a dance in 1965";
"joined the fire service in 1988 and retired in 1985"). Which acts come in which order, and
how the two must be linked to be one story, is data (``copydesk/data/act_order_en.txt``)."""

from __future__ import annotations

import re
from typing import Iterator

from ...document import Document
from ...model import Finding
from ...time import calendar as cal
from ...time.life import life_of
from ...vocab import sections, words
from ..registry import rule
from .common import ROLE_NOUNS, _line, _quote

SPOUSE_NOUNS = words("act_order_en.txt", "spouse_nouns")
AGAIN_WORDS = words("act_order_en.txt", "again_words")
# how a date may attach for it to date the act itself ("in 1962", "on 3 May"), not bound it
_AT = (None, "in", "on", "during")
_PREPS = {"at", "in", "on", "during", "after", "before", "with", "from", "for", "near", "while"}
_WORD = re.compile(r"[A-Za-z]+")
_WED = frozenset({"marry", "wed"})


def _orders() -> list[tuple[frozenset, frozenset, str]]:
    out = []
    for line in sections("act_order_en.txt")["orders"]:
        acts, _, link = line.partition("|")
        early, _, late = acts.partition(">")
        out.append((frozenset(early.split()), frozenset(late.split()), link.strip()))
    return out


ORDERS = _orders()


@rule("CD120", "acts-out-of-order", "contradiction", "warning")
def acts_out_of_order(doc: Document) -> Iterator[Finding]:
    """What it finds: two dated acts of one person that happen in one order, told in the
    other: a couple who "met" after they "married", a divorce dated before the wedding, a
    retirement before the person joined the same service, a post in a company taken before
    joining it, a sentence handed down before the conviction. The acts and their order are
    data (act_order_en.txt); the two must be one story: the meeting names the spouse (or no
    one else), the retirement the same organisation (or is told in the same breath: "joined
    ... in 1988 and retired in 1985"), the post the same organisation's (or none other, in
    the same paragraph), the conviction and the sentence the only ones of that person in the
    article. A sentence that says "again" or "remarried" is not read.

    Why it matters: one of the two years is wrong, usually a digit slip or a date taken from
    another person's life; the order of a life is what a profile is for.

    Example: "He married Ilse Marten in 1962." and "Vask met his wife at a dance in 1965."
    give "Dorran Vask: “met his wife at a dance in 1965” (line 1) is dated after “married
    Ilse Marten in 1962” (line 1), which can only come later".
    """
    lives = life_of(doc)
    told = {pid: [e for e in life.events if e.value and not e.quoted and e.prep in _AT and _fresh(doc, e)]
            for pid, life in lives.items()}
    for pid, life in lives.items():
        evs = told[pid]
        # "Vask married Ilse Marten in 1962" and "Vask and Ilse Marten met ... in 1965": the
        # partner's meeting is the couple's
        wed_words = set().union(*(e.words for e in evs if e.lemma in _WED))
        shared = [e for oid, other in lives.items() if oid != pid and wed_words
                  and set(_WORD.findall(other.name.lower())) <= wed_words
                  for e in told[oid] if e.lemma not in _WED]
        for early_acts, late_acts, link in ORDERS:
            pool = evs + shared if link == "spouse" else evs
            early = [e for e in pool if e.lemma in early_acts]
            late = [e for e in pool if e.lemma in late_acts]
            if link == "once" and (len(early) != 1 or len(late) != 1):
                continue
            for a in early:
                ra = cal.value_range(a.value)
                for b in late:
                    rb = cal.value_range(b.value)
                    if ra is None or rb is None or ra[0] <= rb[1] or not _linked(doc, link, a, b, late):
                        continue
                    yield Finding(code="CD120",
                                  message=f"{life.name}: “{_quote(a.evidence.text, 50)}” (line "
                                          f"{_line(doc, a.evidence.start)}) is dated after "
                                          f"“{_quote(b.evidence.text, 50)}” (line {_line(doc, b.evidence.start)}), "
                                          f"which can only come later",
                                  evidence=[a.evidence, b.evidence])
                    break


def _fresh(doc: Document, ev) -> bool:
    """Not a second act of its kind ("met again in 1990", "remarried")."""
    sent = doc.sentence_at(ev.evidence.start)
    text = sent.text if sent is not None else ev.evidence.text
    return not AGAIN_WORDS & {w.lower() for w in _WORD.findall(text)}


def _bare(ev) -> bool:
    """An act that names no one and nothing ("met at a dance", "retired in 1985")."""
    rest = ev.phrase[len(ev.lemma):].split()
    return not rest or rest[0].lower() in _PREPS


def _linked(doc: Document, link: str, a, b, late: list) -> bool:
    if link == "once":
        return True
    if link == "spouse":
        # the meeting (or the divorce) names the partner of the marriage, a spouse, or no one
        if (a.lemma in _WED) == (b.lemma in _WED):
            return False
        wed, other = (a, b) if a.lemma in _WED else (b, a)
        return _bare(other) or bool(other.words & (SPOUSE_NOUNS | wed.words))
    if link == "post":
        if not b.words & ROLE_NOUNS:
            return False  # "named in the suit", "named after her grandmother": no post
        wa, wb = _named(doc, a), _named(doc, b)
        if wa & wb:
            return True
        sa, sb = doc.sentence_at(a.offset), doc.sentence_at(b.offset)
        return not wb and sa is not None and sb is not None and sa.block == sb.block
    if link == "object":
        wa, wb = _named(doc, a), _named(doc, b)
        if wa & wb:
            return True
        # "joined the service in 1988 and retired in 1985": one breath, the later act bare
        sa, sb = doc.sentence_at(a.evidence.start), doc.sentence_at(b.evidence.start)
        return _bare(b) and sa is not None and sa is sb and len(late) == 1
    return False


def _named(doc: Document, ev) -> set[str]:
    """The proper nouns the act's own clause names, beyond its doer ("retired from the Kelby
    Pellow Rifles in 1975 as a major": kelby, pellow, rifles)."""
    sent = doc.sentence_at(ev.offset)
    if sent is None or sent.tokens is None:
        return set(ev.words)
    base = sent.start - sent.tokens.start_char
    verb = next((t for t in sent.tokens if base + t.idx == ev.offset), None)
    if verb is None:
        return set(ev.words)
    out = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "conj", "advcl", "ccomp", "relcl", "punct", "cc"):
            continue
        out.update(g.lower_ for g in c.subtree if g.pos_ == "PROPN")
    return out
