"""Parse helpers of the life stage: a verb's subject, its clause and tense, hedges, the word a
date attaches to, and whether a pronoun could mean another person."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .vocab import (DEATH_NOUNS, ARREST_NOUNS, CRASH_NOUNS, BLAST_NOUNS, STRIKE_NOUNS,
                    HEDGE_LEMMAS, MODALS)

if TYPE_CHECKING:
    from ...document import Document


_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


def pronoun_ambiguous(doc: "Document", offset: int, eid: str, word: str) -> bool:
    """True when another person of the pronoun's gender is named between the start of the
    previous sentence and the pronoun: "His son John is a doctor. He lives in Ohio" may be
    about the son, so no fact about the father is read from it (the entity stage's choice
    may be right, but a wrong one would turn into a confident finding)."""
    index = doc.extras.get("entity_index")
    if index is None:
        return False
    sents = doc.sentences
    starts = [s.start for s in sents]
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return False
    lo = sents[max(0, i - 1)].start
    want = "m" if word in _MALE else "f" if word in _FEMALE else None
    try:
        mentions = index.mentions_in(lo, offset)
    except Exception:
        return False
    for m, ent in mentions:
        if ent.id == eid or ent.label != "PERSON" or m.kind == "pronoun":
            continue
        g = None
        try:
            g = index.gender(ent.id)
        except Exception:
            g = None
        if want is None or g is None or g == want:
            return True
    return False


def _passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or \
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in tok.children)


def _subject(tok):
    """The subject of a verb, through coordination, participial clauses and reduced
    relatives; for an adjective or noun, the verb it depends on."""
    seen = 0
    t = tok
    while t is not None and seen < 6:
        seen += 1
        subjs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
                 or c.dep_ == "csubj" and c.text[:1].isupper() and c.i == c.left_edge.i]
        # two subjects is a misparse, mostly of a wire dateline ("DELBY, Ore. (AP) -- Ada Vell,
        # who ..., died"): the one nearer the verb is the clause's
        subj = max(subjs, key=lambda c: (c.i < t.i, c.i if c.i < t.i else -c.i)) if len(subjs) > 1 else \
            subjs[0] if subjs else None
        # a capitalised clausal subject with nothing before it is a name the tagger took for
        # a verb ("Rosalind Mary Achterberg, printmaker, born ...; died ...")
        if subj is None and t.pos_ == "VERB":
            # "Vask married Ilse Marten in 1962" parsed with the name as an adverbial noun: a
            # name that opens the clause, before its verb, with no subject of its own
            subj = next((c for c in t.lefts if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                         and c.left_edge.is_sent_start and c.text[:1].isupper()), None)
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and t.dep_ == "relcl":
                return t.head
            return subj
        if t.dep_ in ("conj", "xcomp", "advcl", "ccomp") and t.head is not t and t.head.pos_ in ("VERB", "AUX"):
            if t.dep_ == "ccomp":
                return None
            t = t.head
            continue
        if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return t.head
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head  # "ran the firm ... before retiring in 1962": the gerund's subject is the clause's
            continue
        if t.dep_ == "ROOT" and t.tag_ == "VBN":
            # headline "X killed in ..." parsed with the name elsewhere
            return None
        return None
    return None


def _clause_verb(tok):
    """The verb whose clause a noun is in."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t is not tok:
            return t
        if t.head is t:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


def _verb_tense(tok) -> str | None:
    from ..tense import verb_tense

    try:
        return verb_tense(tok)
    except Exception:
        return None


def _hedged(tok) -> bool:
    """Negated, modal, conditional, or under a rumour, denial, plot or attempt."""
    t = tok
    for step in range(10):
        for c in t.children:
            if c.dep_ == "neg" and (step == 0 or t.pos_ in ("VERB", "AUX")):
                return True
            if c.dep_ == "aux" and c.lower_ in MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless"):
                return True
            if c.dep_ == "advmod" and c.lower_ in ("nearly", "almost", "allegedly", "reportedly", "falsely", "wrongly"):
                return True
            if step > 0 and c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in HEDGE_LEMMAS:
                return True
        if step > 0 and t.lemma_.lower() in HEDGE_LEMMAS:
            return True
        if t.head is t or t.dep_ == "relcl":
            # a relative clause carries its own modality: "X, who died on 7 March, will be
            # buried ..." is a death, whatever the main clause's "will"
            return False
        if _quote_between(t, t.head):
            return False  # a quotation's verb is another voice's: it hedges nothing outside it
        t = t.head
    return False


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _quote_between(a, b) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(a.doc[k].text in _QUOTE_MARKS for k in range(lo + 1, hi))


def _attach(span):
    """The word a timex dates and the preposition it comes with: (token, prep) or (None, None).

    Climbs from the timex's root: through prepositions; into an event noun ("Monday's crash",
    "his death in May"); a date that modifies any other noun ("the 1978 revolution") dates
    that noun and is not attached."""
    tok = span.root
    prep = None
    for _ in range(8):
        head = tok.head
        if head is tok:
            return (tok, prep) if tok.pos_ in ("VERB", "AUX") and not (span.start <= tok.i < span.end) else (None, None)
        inside = span.start <= head.i < span.end
        if inside:
            tok = head
            continue
        if tok.dep_ == "pobj" and head.pos_ == "ADP":
            prep = head.lower_ if prep is None else prep
            tok = head
            continue
        if head.pos_ in ("VERB", "AUX"):
            return head, prep
        if head.pos_ in ("NOUN", "PROPN"):
            lem = head.lemma_.lower()
            if lem in DEATH_NOUNS | ARREST_NOUNS | CRASH_NOUNS | BLAST_NOUNS | STRIKE_NOUNS:
                return head, prep
            if tok.dep_ != "prep":
                return None, None  # "the 1978 revolution", "Monday's meeting"
            # "named commander of the Quds Force in 1998" hung on the noun by the parser:
            # climb on to the verb through an object or a prepositional phrase only
            if head.dep_ in ("dobj", "pobj", "attr", "oprd", "nsubjpass", "appos", "conj"):
                tok = head
                continue
            return None, None
        if head.pos_ == "ADP":
            tok = head
            continue
        if head.pos_ in ("ADJ", "ADV"):
            tok = head
            continue
        return None, None
    return None, None
