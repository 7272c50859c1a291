"""Priced things: one bond, levy, budget or package with one amount, named again later under
the same noun or a general one ("approved a $48 million transit bond" ... "the $84 million
measure"), so that the two amounts are the one thing's, compared as an event's figures (CD405).

Two mentions are one thing when the later is definite ("the", "this", a possessive) and its
noun is the earlier's (with no other compound: "the school bond" is not "the transit bond")
or a general noun ("measure", "package", "plan") and the article has one priced thing before
it. A mention marked as another version or another of its kind ("the original", "a second",
"last year's"), a figure in a sentence that says it changed ("cut to", "up from") and an amount
that is a rate ("a year", "per home") are left alone. Nouns: ``figures_en.txt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from ..vocab import words
from .amounts import money, money_in
from .measures import Measure, interval

if TYPE_CHECKING:
    from ..document import Document
    from .mentions import Sources

DEFINITE = frozenset({"the", "this", "that"})
# A figure the sentence says changed, or compares: not a restatement of the thing's amount.
CHANGED = re.compile(r"\b(?:cut|reduced|raised|increased|trimmed|scaled|pared|slashed|boosted|grew|rose|fell|"
                     r"revised|up from|down from|compared|than|instead of|rather than)\b|\bfrom [$£€]", re.I)
RATE = re.compile(r"^\s*(?:a|per|each|every)\s+(?:year|month|week|day|home|household|head|person|resident)\b",
                  re.I)


@dataclass
class Mention:
    measure: Measure
    lemma: str
    definite: bool
    compounds: frozenset
    currency: str


@dataclass
class Thing:
    lemma: str
    compounds: frozenset
    currency: str
    mentions: list = field(default_factory=list)


def _vocab(section: str) -> frozenset[str]:
    return words("figures_en.txt", section)


def _interval(text: str, start: int, end: int, value: float) -> tuple[float, float]:
    lo, hi = interval(value, text[max(0, start - 24):start], text[end:end + 12])
    if lo == hi:
        return value * 0.994, value * 1.006  # "$48 million" and "$48.2 million" are one figure
    return lo, hi


_SCALE_WORDS = frozenset({"m", "bn", "mn", "k", "million", "billion", "crore", "lakh", "thousand"})


def _lemma(tok, things: frozenset[str]) -> str:
    """The token's lemma, or for a verb the priced noun its form spells ("fined": the tagger may
    lemmatise it "fin"; "awarded", "granted")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "ADJ") or lemma in things:
        return lemma
    low = tok.lower_
    return next((f for f in (low[:-1], low[:-2]) if low.endswith("ed") and f in things), lemma)


def _owner(tok, things: frozenset[str]):
    """The priced noun an amount's number belongs to: its modifier ("a $48 million bond"), the
    object of "worth" after it ("a contract worth $12.4 million") or of "of" ("a loan of
    £31m"), or the verb of that noun the amount is the object of ("was fined £2.1m", "was
    awarded $3m": the fine, the award); the token itself when none."""
    head = tok
    while head.head.i != head.i and head.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod") \
            and head.head.i > head.i and head.head.i - tok.i <= 6:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in things:
            return head
    if head.dep_ in ("npadvmod", "pobj", "dobj") and head.head.lower_ in ("worth", "of") \
            and head.head.head.i != head.head.i:
        noun = head.head.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in things:
            return noun
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if head.lower_ in _SCALE_WORDS and nxt is not None and _lemma(nxt, things) in things \
            and nxt.pos_ in ("NOUN", "ADJ", "VERB"):
        return nxt  # "the £1.2m fine", parsed with "m" as the noun and "fine" as an adjective
    verb = head.head
    if head.dep_ in ("dobj", "npadvmod", "attr", "oprd", "nsubjpass") and verb.pos_ == "VERB" \
            and _lemma(verb, things) in things:
        return verb  # "was fined £2.1m", "awarded $3m": the amount of the verb's own noun
    return head


def _mentions(doc: "Document", sources: "Sources") -> Iterator[Mention]:
    things, other = _vocab("priced_things"), _vocab("priced_other")
    text = doc.text
    for sent in doc.sentences:
        base = sent.start - sent.tokens.start_char if sent.tokens is not None else 0
        for m, s, e, tok in money_in(sent):
            if RATE.match(text[e:e + 20]):
                continue
            head = _owner(tok, things)
            lemma = _lemma(head, things)
            if head is tok or head.pos_ not in ("NOUN", "VERB", "ADJ") or lemma not in things:
                continue
            mods = [c for c in head.children if c.i < head.i]
            if head.i > 0 and head.doc[head.i - 1].lower_ in _SCALE_WORDS and head.doc[head.i - 1].head.i != head.i:
                scale = head.doc[head.i - 1]
                mods += [c for c in scale.children if c.i < scale.i]  # "the £1.2m fine": the scale's own "the"
            low = {c.lower_ for c in mods} | {c.lemma_.lower() for c in mods}
            if low & other or any(c.like_num and re.fullmatch(r"(?:19|20)\d\d", c.text) for c in mods) or \
                    any(c.dep_ == "poss" and (c.ent_type_ == "DATE" or {w.lower_ for w in c.subtree} & other)
                        for c in mods):
                continue  # another version, another of its kind, or last year's
            if CHANGED.search(sent.text):
                continue
            definite = any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in mods)
            compounds = frozenset(c.lemma_.lower() for c in mods if c.dep_ in ("compound", "amod")
                                  and base + c.idx >= e and not c.like_num)
            currency, value = money(m)
            lo, hi = _interval(text, s, e, value)
            meas = Measure(attribute=f"amount:price:{lemma}", value=(lo, hi), text=text[s:e],
                           span=doc.span(s, e, "amount"), clause=sent.span("amount"), noun=None,
                           source=sources.at(s), sent=(sent.start, sent.end))
            yield Mention(meas, lemma, definite, compounds, currency)


def things(doc: "Document", sources: "Sources") -> list[Thing]:
    """The priced things of the article, each with the mentions that name it; only things
    named twice or more carry anything to compare."""
    general = _vocab("priced_general")
    out: list[Thing] = []
    for mn in _mentions(doc, sources):
        target = None
        if mn.definite:
            same = [t for t in out if t.lemma == mn.lemma and t.currency == mn.currency
                    and (not mn.compounds or not t.compounds or mn.compounds == t.compounds)]
            if len(same) == 1:
                target = same[0]
            elif not same and mn.lemma in general and len(out) == 1 and out[0].currency == mn.currency \
                    and mn.compounds <= {out[0].lemma} | out[0].compounds:
                target = out[0]  # "the $84 million measure": the article's one priced thing
        if target is None:
            target = Thing(mn.lemma, mn.compounds, mn.currency)
            out.append(target)
        mn.measure.attribute = f"amount:price:{target.lemma}"
        target.mentions.append(mn)
    return [t for t in out if len(t.mentions) >= 2]
