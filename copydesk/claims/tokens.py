"""Token helpers for the claims layer: lemmas, verb forms, passives, noun-phrase text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import tokens_of
from .vocab import (
    ABSTRACT_NOUNS,
    ABSTRACT_SUFFIXES,
    CONCRETE_NOUNS,
    COPULAS,
    DECADES,
    HARM_VERBS,
    IRREGULAR,
    LEMMA_FIX,
    MAX_OBJECT,
    NOT_ENTITY_LABELS,
    QUANT_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .block import _Block
def _lemma(tok: "Token") -> str:
    low = tok.lower_
    if low in LEMMA_FIX:
        return LEMMA_FIX[low]
    if low in IRREGULAR and tok.pos_ not in ("VERB", "AUX"):
        return IRREGULAR[low]
    if low in ("born",):
        return "bear"
    lem = tok.lemma_.lower()
    return lem


def _harm_agent_noun(low: str) -> bool:
    """'attacker', 'killer', 'kidnapper', 'bomber', 'murderer': the doer of a harm verb."""
    for suffix in ("ers", "er", "rs", "r"):
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            if stem in HARM_VERBS or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in HARM_VERBS):
                return True
    return False


def _verb_form(tok: "Token") -> str:
    low = tok.lower_
    if low in IRREGULAR:
        return IRREGULAR[low]
    if tok.tag_ in ("VBD", "VBN", "VBG", "VB", "VBZ", "VBP"):
        return tok.lemma_.lower()
    return low


def _abstract(tok: "Token") -> bool:
    """An idea, a decision or a text rather than a person, a group or a place."""
    if tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", "FAC", "LOC") or tok.pos_ in ("PRON", "NUM"):
        return False
    lem = tok.lemma_.lower()
    return lem in ABSTRACT_NOUNS or (lem.endswith(ABSTRACT_SUFFIXES) and lem not in CONCRETE_NOUNS)


def _passive(tok: "Token") -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _possessed(tok: "Token") -> bool:
    return any(c.dep_ == "poss" for c in tok.children)


OWNER_WORDS = frozenset({"whose", "his", "her", "their", "its", "my", "our", "your"})


def _owned(tok: "Token") -> bool:
    """A name after "whose" or a possessive pronoun ("whose Roomba", "his Tesla"): a thing
    someone owns, whatever the tagger calls the name; a person is said with a noun ("whose
    brother") or a name in apposition ("his brother Tom")."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "poss" and c.lower_ in OWNER_WORDS for c in tok.children)


def _through_copula(tok: "Token") -> "Token":
    """'X was one of the figures who orchestrated ...': the relative clause is about X."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "among") and t.head.head.dep_ in ("attr", "nsubj") \
            and t.head.head.lower_ in ("one", "some", "many", "few", "several", "among", "part"):
        t = t.head.head
    if t.dep_ == "attr" and (t.head.pos_ == "AUX" or t.head.lemma_ in COPULAS):
        subj = _pick_subject(list(t.head.children))
        if subj is not None:
            return subj
    return tok


def _pick_subject(kids: list) -> "Token | None":
    """The subject child; of several (a misparsed "Ex-minister X dies"), the name."""
    subs = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and (
        c.ent_type_ not in NOT_ENTITY_LABELS or _year_old(c)) and c.lower_ not in DECADES and not c.is_punct]
    # of several, the one next to the verb: "Mokha, Yemen bomb kills", "Ex-minister X dies"
    return subs[-1] if subs else None


def _year_old(tok: "Token") -> bool:
    """"The 27-year-old joined ...": a person, though the tagger calls the words a date."""
    return tok.lower_ in ("old", "olds") and any(c.lower_ in ("year", "years") for c in tok.children)


def _mark(tok: "Token") -> str | None:
    for c in tok.children:
        if c.dep_ == "mark":
            return c.lower_
    return None


def _compound_lemma(tok: "Token") -> str:
    comps = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if comps:
        return f"{comps[0].lemma_.lower()}_{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def _small_number(tok: "Token") -> bool:
    try:
        n = int(tok.text)
    except ValueError:
        return False
    return 0 < n < 125


def _age_number(tok: "Token") -> str | None:
    """'61-year-old', '61 years old': the number before 'year(s)' under 'old'."""
    for c in tok.children:
        if c.lemma_ == "year":
            for g in c.children:
                if g.like_num and _small_number(g):
                    return g.text
    i = tok.i
    doc = tok.doc
    # tokenised as "61", "-", "year", "-", "old" without the tree we expect
    if i >= 4 and doc[i - 2].lemma_ == "year" and doc[i - 4].like_num and _small_number(doc[i - 4]):
        return doc[i - 4].text
    if i >= 2 and doc[i - 1].lemma_ == "year" and doc[i - 2].like_num and _small_number(doc[i - 2]):
        return doc[i - 2].text
    return None


def _has_num(tok: "Token") -> bool:
    if tok.like_num:
        return True
    for c in tok.children:
        if c.dep_ in ("nummod", "quantmod") or (c.like_num and c.dep_ in ("compound", "amod")):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in QUANT_HEADS:
            return True
    return tok.lemma_.lower() in ("hundred", "thousand", "million", "billion", "dozen")


def _strip_det(text: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)


NP_CUT = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
CLAUSE_CUT = frozenset({"advcl", "parataxis", "relcl"})
OPENERS = frozenset({"(", "[", "–", "—"})


def _np_text(tok: "Token | None", clause: bool = False) -> str | None:
    """The phrase a token heads, without relative clauses, appositions, asides in brackets or
    dashes, trailing punctuation or a leading article; long phrases are cut at a word."""
    if tok is None:
        return None
    doc = tok.doc
    cut = CLAUSE_CUT if clause else NP_CUT
    keep: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        keep.add(t.i)
        for c in t.children:
            if c.dep_ not in cut:
                stack.append(c)
    toks = tokens_of(doc)  # the Doc's own Token objects: doc[i] makes a new one each time
    lo = hi = tok.i
    while lo - 1 in keep and toks[lo - 1].text not in (")", "]") and not (
            toks[lo - 1].text in OPENERS and lo - 1 != tok.i):
        lo -= 1
    while hi + 1 in keep and toks[hi + 1].text not in OPENERS:
        hi += 1
    while lo < tok.i and (toks[lo].is_punct or toks[lo].dep_ == "cc"):
        lo += 1
    while hi > tok.i and (toks[hi].is_punct or toks[hi].dep_ == "cc"):
        hi -= 1
    # the words with their spacing, as doc[lo:hi + 1].text has them (the split drops the rest)
    text = _strip_det(" ".join("".join(t.text_with_ws for t in toks[lo:hi + 1]).split()))
    if len(text) > MAX_OBJECT:
        cut_at = text.rfind(" ", 0, MAX_OBJECT)
        text = text[:cut_at if cut_at > 20 else MAX_OBJECT].rstrip(",;: ")
    return text or None


def _np_head_text(tok: "Token", article_text: str, base: int) -> str:
    """An unnamed source's description: the head and its left modifiers ('US officials')."""
    doc = tok.doc
    lo = tok.left_edge.i
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    start = base + doc[lo].idx
    end = base + tok.idx + len(tok.text)
    return " ".join(article_text[start:end].split())


def _org_text(tok: "Token", block: _Block) -> str | None:
    ent = block.ent_of.get(tok.i)
    if ent is not None and ent.label_ in ("ORG", "NORP", "GPE"):
        return _strip_det(ent.text)
    return _np_text(tok)
