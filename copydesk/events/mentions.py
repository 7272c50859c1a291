"""Event mentions: the verbs and nouns of the event vocabulary, each with what its clause
attaches to it (times, participants, whether it is marked as a new or a negated event).

A time attaches to the first event word above it in the parse ("her death on 19 March",
"Tuesday night's disaster"), or through a verb that only says the event happened ("the blast
came shortly before 11 p.m.": the blast's time) or started ("lightning started the fire on
Wednesday": the fire's start).
"""

from __future__ import annotations

import re

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..entities.vocab import PERSON_NOUNS
from ..model import Source, Timex
from ..nlp import tokens_of
from ..token_table import table_of
from .vocab import measures as measures_table
from .vocab import (EFFECT_WORDS, LIGHT_VERBS, NEW_WORDS, PLURAL_ONE, START_VERBS, event_words, not_events,
                    person_object_verbs, thing_object_verbs, vehicle_verbs, vehicles, vocabulary)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..document import Document

START_NOUNS = frozenset({"outbreak", "start", "onset", "ignition"})
# verbs whose subject or object is a gathering held on the day they carry
GATHERING_VERBS = frozenset({"hold", "stage", "host", "open", "take"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


@dataclass
class Occurrence:
    """One event word in the text, before coreference."""
    tok: "Token"
    base: int
    start: int
    end: int
    kind: str  # verbal | nominal | date-possessive
    type: str
    cls: str
    times: list[tuple[Timex, str]] = field(default_factory=list)  # (timex, "at" | "start")
    participants: list[tuple[str, str]] = field(default_factory=list)  # (entity id, role)
    new: bool = False
    indefinite: bool = False
    negated: bool = False
    source: Source = field(default_factory=lambda: Source("article"))
    block: int = 0

    @property
    def offset(self) -> int:
        return self.base + self.tok.idx


REPORT_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "state", "add", "estimate",
                          "claim", "allege", "insist", "write"})


class Sources:
    """Who says what is at an offset: the tightest claim, else the tightest quote, else the
    sentence's own reporting verb ("..., killing 7 guests, police said")."""

    def __init__(self, doc: "Document"):
        self.doc = doc
        self.claims = sorted(doc.claims, key=lambda c: (c.start, c.end))
        self.starts = [c.start for c in self.claims]
        self.quotes = sorted(((p.start, p.end, q) for q in doc.quotes for p in (q.parts or [q])),
                             key=lambda t: (t[0], t[1]))

    def at(self, offset: int) -> Source:
        i = bisect.bisect_right(self.starts, offset)
        best = None
        for c in self.claims[max(0, i - 40):i]:
            if c.start <= offset < c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        if best is not None:
            return best.source
        quote = None
        for s, e, q in self.quotes:
            if s > offset:
                break
            if s <= offset < e and (quote is None or e - s < quote[1] - quote[0]):
                quote = (s, e, q)
        if quote is not None:
            sp = quote[2].speaker
            return Source("attributed", name=(sp.name or sp.text) if sp else None,
                          entity=sp.entity if sp else None)
        return self._reported(offset) or Source("article")

    def _reported(self, offset: int) -> Source | None:
        sents = self.doc.sentences
        if not hasattr(self, "_sent_starts"):
            self._sent_starts = [x.start for x in sents]
        k = bisect.bisect_right(self._sent_starts, offset) - 1
        sent = sents[k] if k >= 0 and offset < sents[k].end else None
        if sent is None or sent.tokens is None:
            return None
        root = sent.tokens.root
        if root.lemma_.lower() not in REPORT_VERBS:
            return None
        base = sent.start - sent.tokens.start_char
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        c = min(subjects, key=lambda t: abs(t.i - root.i))  # the one beside the verb
        lo, hi = base + c.left_edge.idx, base + c.right_edge.idx + len(c.right_edge.text)
        if lo <= offset < hi or c.lower_ in ("i", "we", "it"):
            return None

        def inside(t) -> bool:
            return base + t.left_edge.idx <= offset < base + t.right_edge.idx + len(t.right_edge.text)

        said = any(k.dep_ in ("ccomp", "parataxis") and inside(k) for k in root.children)
        trailing = root.i >= sent.tokens.end - 4 and c.i < root.i and base + root.idx > offset
        if not (said or trailing):
            return None  # "6% of those taking the drug reported dizziness": no speech
        index = self.doc.extras.get("entity_index")
        ent = index.entity_at(lo, hi) if index is not None else None
        return Source("attributed", name=self.doc.text[lo:hi], entity=ent.id if ent is not None else None)


def _pos(tok) -> str | None:
    if tok.pos_ in ("VERB", "AUX"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return None


def _word(tok) -> tuple[str, str] | None:
    lemma = tok.lemma_.lower()
    if lemma not in vocabulary() and tok.lower_ not in vocabulary():
        return None
    pos = _pos(tok)
    if pos is None:
        return None
    if pos == "VERB" and lemma == "pass" and not any(c.lower_ == "away" for c in tok.children):
        return None
    hit = event_words().get((lemma, pos)) or event_words().get((tok.lower_, pos))
    if hit is None:
        return None
    if pos == "VERB" and tok.dep_ == "amod":
        return None  # "collapsed shelving": a participle describing a thing
    if pos == "VERB" and lemma in person_object_verbs() and not _done_to_person(tok):
        return None  # "attacked the plan": words, not blows
    if pos == "VERB" and lemma in vehicle_verbs() and not _vehicle_in(tok):
        return None  # "the storm struck the coast": no collision
    if pos == "VERB" and lemma in thing_object_verbs() and _found_thing(tok) is None:
        return None  # "the study found that ...", "found him guilty", "founded in 1950"
    if pos == "NOUN" and (tok.dep_ == "compound" or tok.ent_type_ in ("ORG", "PERSON", "FAC", "GPE",
                                                                         "WORK_OF_ART", "EVENT", "LAW")) \
            and not (hit[1].startswith("gathering") and tok.dep_ != "compound" and _name_head(tok)):
        return None  # "Fire Chief", "the Death Valley": part of a name, not an event
    if pos == "NOUN":
        if any((c.lemma_.lower(), lemma) in not_events() for c in tok.children if c.dep_ in ("compound", "amod")):
            return None  # "heart attacks"
        if tok.tag_ in ("NNS", "NNPS") and hit[0] not in PLURAL_ONE:
            return None  # "attacks on bases", "three crashes": several events, not one
    return hit


def _name_head(tok) -> bool:
    """The last word of a name ("the Pellow Fair", "the Wexbury Horticultural Show"): a
    gathering named is the gathering."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.ent_iob_ != "I"


def _done_to_person(tok) -> bool:
    """The verb's object (or, passive, its subject) is a person: a name, a person noun
    ("the driver", "a woman") or "him"/"her"."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS or \
                c.lower_ in ("him", "her", "me", "us")
    return False


def _found_thing(tok) -> str | None:
    """What a verb of finding finds, when it is a thing named by a common noun: the object
    ("spotted the fossil"), or the passive subject ("the body was found"); its lemma."""
    if tok.lower_.startswith("founde") or any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.pos_ != "NOUN" or c.lemma_.lower() in PERSON_NOUNS or c.ent_type_ or c.tag_ == "NNS":
                return None
            return c.lemma_.lower()
    return None


def thing_of(o: "Occurrence") -> str | None:
    """The thing a discovery is of: the verb's object, or the noun's "of" ("the discovery of
    the wreck"); None when the mention does not say ("the 2014 discovery")."""
    if o.kind == "verbal":
        return _found_thing(o.tok)
    for c in o.tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            g = next((g for g in c.children if g.dep_ == "pobj"), None)
            return g.lemma_.lower() if g is not None and g.pos_ == "NOUN" else None
    return None


def _vehicle_in(tok) -> bool:
    """A vehicle is the verb's subject or object, or what it ran into ("slammed into a van")."""
    names = vehicles()
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in names:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("into", "by", "onto"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in names for g in c.children):
                return True
    return False


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in tok.children)


def _entities(doc: "Document", tok, base: int) -> list[str]:
    index = doc.extras.get("entity_index")
    if index is None:
        return []
    out = []
    for t in [tok] + [c for c in tok.children if c.dep_ in ("appos", "compound")]:
        s = base + t.idx
        for m, ent in index.mentions_in(s, s + len(t.text)):
            if ent.label in ("PERSON", "ORG", "NORP", "GPE") and ent.id not in out:
                out.append(ent.id)
    if not out and tok.dep_ == "relcl" and tok.head.i != tok.i:
        return _entities(doc, tok.head, base)
    return out


def _participants(doc: "Document", tok, base: int, pos: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if pos == "VERB":
        for c in tok.children:
            if c.dep_ in ("nsubj",):
                out += [(e, "agent") for e in _entities(doc, c, base)]
            elif c.dep_ in ("nsubjpass", "dobj"):
                out += [(e, "patient") for e in _entities(doc, c, base)]
        if tok.dep_ == "relcl" and not out:
            out += [(e, "agent") for e in _entities(doc, tok.head, base)]
    else:
        for c in tok.children:
            if c.dep_ == "poss":
                out += [(e, "agent") for e in _entities(doc, c, base)]
            elif c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += [(e, "patient") for e in _entities(doc, p, base)]
    return out


def find(doc: "Document", sources: Sources) -> tuple[list[Occurrence], dict]:
    """Every event word of the vocabulary, in text order, with its times and participants;
    and the same keyed by (block, token index)."""
    occ: list[Occurrence] = []
    by_tok: dict[tuple[int, int], Occurrence] = {}
    words = vocabulary()
    for bi, (block, sdoc) in enumerate(zip(doc.article.blocks, doc.docs)):
        tb = table_of(sdoc)
        lemmas, lows = tb.lemma_low, tb.lower
        for tok in tokens_of(sdoc):
            if lemmas[tok.i] not in words and lows[tok.i] not in words:
                continue  # _word's own first test, read from the table
            hit = _word(tok)
            if hit is None:
                continue
            typ, cls = hit
            pos = _pos(tok)
            start, end = block.start + tok.idx, block.start + tok.idx + len(tok.text)
            o = Occurrence(tok=tok, base=block.start, start=start, end=end,
                           kind="verbal" if pos == "VERB" else "nominal", type=typ, cls=cls,
                           block=bi, source=sources.at(start))
            dets = [c for c in tok.children if c.dep_ in ("det", "amod", "poss", "nummod", "compound")]
            o.indefinite = any(c.lower_ in ("a", "an") for c in dets)
            o.new = any(c.lower_ in NEW_WORDS for c in dets) or (tok.i > 0 and tok.nbor(-1).lower_ in NEW_WORDS) \
                or pos == "VERB" and any(c.dep_ == "advmod" and c.lower_ in AGAIN for c in tok.children)
            o.negated = _negated(tok) or (pos == "VERB" and any(_negated(a) for a in tok.children
                                                                 if a.dep_ in ("aux", "auxpass")))
            o.participants = _participants(doc, tok, block.start, pos)
            occ.append(o)
            by_tok[(bi, tok.i)] = o
    _attach_times(doc, by_tok)
    return occ, by_tok


def _attach_times(doc: "Document", by_tok: dict[tuple[int, int], Occurrence]) -> None:
    starts = [b.start for b in doc.article.blocks]
    for tx in doc.timexes:
        if tx.type not in ("DATE", "TIME"):
            continue
        bi = bisect.bisect_right(starts, tx.start) - 1
        if bi < 0 or bi >= len(doc.docs):
            continue
        base, sdoc = starts[bi], doc.docs[bi]
        span = sdoc.char_span(tx.start - base, tx.end - base, alignment_mode="expand")
        toks = list(span) if span is not None else []
        if not toks:
            continue
        ids = {t.i for t in toks}
        tops = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
        # "The 13 March 2022 blaze": the determiner the timex swallowed is not its head
        root = next((t for t in tops if t.dep_ in ("poss", "compound", "nmod", "npadvmod")),
                    next((t for t in tops if t.pos_ not in ("DET", "PUNCT")), tops[0] if tops else toks[-1]))
        before_noun = _date_before_noun(toks, bi, by_tok)
        if before_noun is not None:
            # "The Nov. 29, 2021, fire was ...": the parse hung the date on the verb, but between
            # "the" and the event noun it can only be the noun's
            o = before_noun
            o.times.append((tx, "start" if tx.value and len(tx.value) >= 10 else "at"))
            if o.kind == "nominal":
                o.kind = "date-possessive"
                o.start = min(o.start, tx.start)
            continue
        target = _climb(root, bi, by_tok) or _when_clause(root, bi, by_tok)
        if target is not None:
            o, aspect = target
            if o.tok.lemma_.lower() in START_NOUNS:
                aspect = "start"
            elif root.dep_ in ("compound", "nmod") and root.head.i == o.tok.i and re.search(r"\d", tx.text) \
                    and tx.value and len(tx.value) >= 10:
                # "the Nov. 29, 2021, fire": an event named by its day is named by the day it
                # began, though a fire burns on ("Wednesday's flooding" is a day of the flood)
                aspect = "start"
            o.times.append((tx, aspect))
            if o.kind == "verbal" and o.tok.lemma_.lower() in measures_table():
                also = _toll_event(o.tok, bi, by_tok)  # "died on Tuesday when a fire broke out"
                if also is not None and also[0] is not o:
                    also[0].times.append((tx, also[1]))
            if root.dep_ in ("poss", "compound", "nmod", "npadvmod") and root.head.i == o.tok.i:
                if o.kind == "nominal":
                    o.kind = "date-possessive"
                    o.start = min(o.start, tx.start)


# "the shares sank again": a verb done again tells of another event of its kind
AGAIN = frozenset({"again", "anew"})


def _date_before_noun(toks, bi: int, by_tok) -> Occurrence | None:
    """The event noun a date sits before, between a determiner and the noun ("the Nov. 29,
    2021, fire"), whatever head the parse gave the date."""
    first, last = toks[0], toks[-1]
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    if first.lower_ != "the" and (before is None or before.lower_ != "the"):
        return None
    i = last.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc):
        return None
    o = by_tok.get((bi, doc[i].i))
    return o if o is not None and doc[i].pos_ == "NOUN" and o.kind != "verbal" else None


def _toll_event(verb, bi: int, by_tok) -> tuple[Occurrence, str] | None:
    """"Four people were killed ... Monday morning when fog rolled in, setting off a crash": a
    dated toll's "when" clause tells of the event the toll is of, and the day is that event's."""
    for c in verb.children:
        if c.dep_ != "advcl" or not any(g.lower_ == "when" and g.dep_ in ("advmod", "mark") for g in c.children):
            continue
        for t in c.subtree:
            o = by_tok.get((bi, t.i))
            if o is not None and not o.negated:
                return o, ("start" if c.lemma_.lower() in START_VERBS and t.dep_ in SUBJECT_DEPS else "at")
    return None


def _when_clause(tok, bi: int, by_tok) -> tuple[Occurrence, str] | None:
    """"in February 2019, when the Emu Flat fire destroyed 112 homes": a "when" clause on a
    date is that date's, and so is the event it tells of (the verb, or its subject when the
    verb only says what the event did)."""
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "advcl") or not any(
                g.dep_ == "advmod" and g.lower_ == "when" for g in c.children):
            continue
        hit = by_tok.get((bi, c.i))
        if hit is not None:
            return hit, "at"
        if c.lemma_.lower() in LIGHT_VERBS:
            for g in c.children:
                o = by_tok.get((bi, g.i))
                if o is not None and g.dep_ in SUBJECT_DEPS:
                    return o, "at"
    return None


def _climb(tok, bi: int, by_tok) -> tuple[Occurrence, str] | None:
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        hit = by_tok.get((bi, cur.i))
        if hit is not None:
            return hit, "at"
        if cur.pos_ in ("NOUN", "PROPN"):
            # a date the parse hangs on a noun after the verb that describes it dates that
            # verb: "a minibus overturned on the coast road, on Saturday" (reduced relative)
            for c in cur.children:
                o = by_tok.get((bi, c.i))
                if c.dep_ == "acl" and o is not None and o.kind == "verbal" and c.i < tok.i:
                    return o, "at"
        if cur.pos_ in ("VERB", "AUX"):
            lemma = cur.lemma_.lower()
            if any(c.dep_ in ("dobj", "acomp", "prep") and (c.lower_ in EFFECT_WORDS or c.dep_ == "prep" and any(
                    g.lower_ in EFFECT_WORDS for g in c.children)) for c in cur.children):
                return None  # the day it takes effect, not the day it was done
            toll = _toll_event(cur, bi, by_tok) if lemma in measures_table() else None
            if toll is not None:
                return toll
            rel = by_tok.get((bi, cur.head.i)) if cur.dep_ == "relcl" else None
            if rel is not None and rel.kind != "verbal" and any(
                    c.dep_ in SUBJECT_DEPS and c.lower_ in ("that", "which") for c in cur.children):
                # "a fire that broke out late Tuesday": the relative clause's subject is the fire
                if lemma in START_VERBS:
                    return rel, "start"
                if lemma in LIGHT_VERBS:
                    return rel, "at"
            for c in cur.children:
                o = by_tok.get((bi, c.i))
                if o is None or o.kind == "verbal":
                    continue
                if lemma in START_VERBS and c.dep_ in OBJECT_DEPS | SUBJECT_DEPS:
                    return o, "start"
                if lemma in LIGHT_VERBS and c.dep_ in SUBJECT_DEPS:
                    return o, "start" if lemma in ("break", "erupt", "start", "begin") else "at"
                if o.cls.startswith("gathering") and lemma in GATHERING_VERBS and c.dep_ in SUBJECT_DEPS | OBJECT_DEPS:
                    return o, "at"  # "the show was held on Saturday", "staged the fair on Sunday"
            # "1,650 entries were staged at the Show on Saturday": what is done at a gathering
            # on a day dates the gathering
            for c in cur.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "during"):
                    g = next((x for x in c.children if x.dep_ == "pobj"), None)
                    o = by_tok.get((bi, g.i)) if g is not None else None
                    if o is not None and o.cls.startswith("gathering"):
                        return o, "at"
            return None
    return None
