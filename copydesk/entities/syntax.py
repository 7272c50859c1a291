"""What the parse says about a mention: its role in the clause, a person's clause, a local subject."""

from __future__ import annotations

from ..nlp import children_of
from .vocab import _TITLE_WORDS


def _tok_role(tok) -> str:
    dep = tok.dep_
    if dep in ("nsubj", "nsubjpass", "csubj", "expl"):
        return "subj"
    if dep in ("dobj", "dative", "attr", "oprd"):
        return "obj"
    if dep == "poss":
        return "poss"
    if dep == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        return "embedded"  # "the Clinton campaign": a modifier, not the thing talked about
    if dep in ("appos", "conj") and tok.head is not tok:
        # "Qassem Soleimani, the Quds commander": the apposition shares its head's role
        head = tok.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return "subj"
        if head.dep_ in ("dobj", "dative"):
            return "obj"
    return "other"


def _life_subject(root) -> int:
    """1 when the clause around the name says a person: the one born or who died ("Ada Lyle
    was born in Hull", "Lyle died in 2001"; a company is founded), a name a "who" clause
    describes ("Orr, who has led the firm"; a thing takes "which"), or the subject of a post
    taken "as" a title ("took over as chief executive")."""
    head = root.head
    if root.dep_ == "nsubjpass" and head.lemma_.lower() == "bear" and head.lower_ != "bearing":
        return 1
    if root.dep_ == "nsubj" and head.lemma_.lower() == "die":
        return 1
    kids = children_of(root.doc)  # Token.children makes new Token objects on every walk
    for c in kids[root.i]:
        if c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.dep_ in ("nsubj", "nsubjpass", "dobj")
                                     for g in kids[c.i]):
            return 1
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB":
        for p in kids[head.i]:
            if p.dep_ == "prep" and p.lower_ == "as":
                if any(o.dep_ == "pobj" and o.lower_.rstrip(".") in _TITLE_WORDS for o in kids[p.i]):
                    return 1
    return 0


def _local_subject(tok):
    """The subject of the clause a possessive pronoun sits in, unless the pronoun is inside
    that subject ("His CV included ...")."""
    h = tok.head
    steps = 0
    while h.pos_ not in ("VERB", "AUX") and h.head is not h and steps < 6:
        h = h.head
        steps += 1
    if h.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and h.dep_ in ("xcomp", "ccomp") and h.head is not h:
        # "helped Assad slaughter his people": the object of "helped" does the slaughtering
        subj = next((c for c in h.head.children if c.dep_ == "dobj" and c.i < h.i), None)
    if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
        return None
    return subj
