"""Attribution frames from the dependency parse: a cue, its speaker and what was said.

A reporting verb with its subject and its clausal complement, a verb standing inside the
clause it reports ("The plan, officials said, was dropped"), or "according to X" becomes a
``Frame`` (token indexes in one block); ``_np_span`` gives the speaker as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp import ents_of, tokens_of
from ..token_table import table_of
from .marks import ALL_MARKS
from .text import _Text
from .vocab import (
    _COGNITION,
    _NAME_LABELS,
    _NAMING,
    _OBJECT_CONTENT,
    PRONOUNS,
    QUOTE_ONLY,
    REPORTING,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

@dataclass
class Frame:
    """A reporting clause: the cue, its speaker and its content (token indexes in one block)."""

    block: int
    cue: list["Token"]
    speaker: "Token | None"
    content: set[int]
    kind: str = "verb"  # verb | according | colon | dash | label | governor
    verb: "Token | None" = None
    speaker_span: tuple[int, int] | None = None
    used: bool = False

    def cue_span(self, base: int) -> tuple[int, int]:
        return base + min(t.idx for t in self.cue), base + max(t.idx + len(t) for t in self.cue)

    @property
    def lemma(self) -> str:
        return self.verb.lemma_.lower() if self.verb is not None else ""


@dataclass
class Attr:
    frame: Frame
    how: str  # direct | mixed
    source: str  # overlap | window | colon | dash | label | next | governor


def _is_passive(tok: "Token") -> bool:
    deps = {c.dep_ for c in tok.children}
    return bool(deps & {"auxpass", "nsubjpass"}) and "agent" not in deps


def _is_cue_verb(tok: "Token", cognition: bool) -> bool:
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in _COGNITION:
        ok = cognition
    else:
        ok = lemma in REPORTING or lemma in QUOTE_ONLY
    return ok and not _is_passive(tok)


def _subject(verb: "Token", depth: int = 0) -> "Token | None":
    """The subject of a verb, inherited by a coordinated, adverbial or participle clause."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return None if c.lower_ in ("it", "there") and depth == 0 and _is_passive(verb) else c
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    if depth >= 3 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        return _subject(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head, depth + 1)  # "responded by saying", "began by saying"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON",):
            return head  # "footage of Senator Moreau asking, ..."
        for c in head.children:  # "a message from the general acknowledging ..."
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                for g in c.children:
                    if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _NAME_LABELS):
                        return g
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":  # "issued a statement calling ..."
            return _subject(head.head, depth + 1)
    return None


def _subtree_idx(tok: "Token") -> set[int]:
    return {t.i for t in tok.subtree}


def _verb_frame(v: "Token", bi: int, cue_ids: set[int]) -> Frame:
    lemma = v.lemma_.lower()
    content: set[int] = set()
    cue = [v] + [c for c in v.children if c.dep_ == "prt"]
    if lemma in QUOTE_ONLY:
        return Frame(bi, cue, _subject(v), content, "verb", v)
    for c in v.children:
        if c.dep_ == "ccomp":
            content |= _subtree_idx(c)
    if not content and lemma not in _NAMING:
        # "says things such as, “...”": an object that holds a quotation
        for c in v.children:
            if c.dep_ == "dobj" and any(x.text in ALL_MARKS for x in c.subtree):
                content |= _subtree_idx(c)
    if not content and lemma in _OBJECT_CONTENT and v.dep_ != "relcl":
        for c in v.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives"):
                continue  # "the storm claimed 3,000 lives": a toll, not a statement
            if c.dep_ in ("xcomp", "dobj") and sum(1 for x in c.subtree if x.is_alpha) >= 3:
                content |= _subtree_idx(c)
                # "denies eight charges ... at the Market Street branch, where she worked until
                # her arrest": a relative clause set off by a comma inside the thing denied is
                # the reporter's description, not the speaker's words
                for x in c.subtree:
                    if x.dep_ in ("relcl", "acl") and x.left_edge.i > 0 and v.doc[x.left_edge.i - 1].text == ",":
                        content -= _subtree_idx(x)
                        content.discard(x.left_edge.i - 1)
    if not content and lemma in _NAMING:
        # called the plan “a disaster”; described it as “a mess”
        objs = [c for c in v.children if c.dep_ in ("dobj", "oprd", "xcomp")]
        preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]
        if objs and (preps or any(c.dep_ in ("oprd", "xcomp") for c in objs)):
            for c in objs + preps:
                content |= _subtree_idx(c)
    if not content and lemma in ("accuse", "warn", "charge", "complain", "caution", "call"):
        for c in v.children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "about", "against") or (lemma == "call" and c.lower_ == "for")):
                content |= {i for g in c.children if g.dep_ in ("pobj", "pcomp") for i in _subtree_idx(g)}
    if not content and v.dep_ in ("parataxis", "ccomp") and v.head.i != v.i and v.i > v.head.left_edge.i \
            and v.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        # standing inside the clause it reports: "The plan, officials said, was dropped."
        deps = {c.dep_ for c in v.children}
        if "nsubj" in deps and not deps & {"dobj", "mark", "xcomp", "dative"} and lemma not in _NAMING:
            head = v.head
            content = _subtree_idx(head) - _subtree_idx(v)
            for c in head.children:
                if (c.i > v.i and c.dep_ in ("advcl", "conj", "cc")) or (c.i in cue_ids and c.i != v.i):
                    content -= _subtree_idx(c)
    # another report inside the content with its own clause ("..., while pledging that ...") is its own
    for i in list(content):
        tok = v.doc[i]
        adverbial = any(c.dep_ == "mark" and c.lower_ in ("while", "as", "after", "before", "when", "because")
                        for c in tok.children)
        if i in cue_ids and i != v.i and (tok.dep_ in ("advcl", "conj") or adverbial) and i in content:
            content -= _subtree_idx(tok)
    speaker = _subject(v)
    if speaker is not None and speaker.i in content:
        content -= _subtree_idx(speaker)
    content.discard(v.i)
    return Frame(bi, cue, speaker, content, "verb", v)


def _according_frame(tok: "Token", bi: int) -> Frame | None:
    d = tok.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None and tok.i + 1 < len(d) and d[tok.i + 1].lower_ == "to":
        to = d[tok.i + 1]
    if to is None:
        return None
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = tok.head
    steps = 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 6:
        head = head.head
        steps += 1
    if head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        idxs = {x.i for x in tok.sent}
    else:
        idxs = _subtree_idx(head)
    idxs -= _subtree_idx(tok)
    idxs.discard(to.i)
    return Frame(bi, [tok, to], src, idxs, "according")


def _frames(t: _Text, bi: int, cognition: bool) -> list[Frame]:
    d = t.docs[bi]
    toks, tb = tokens_of(d), table_of(d)
    # _is_cue_verb's own first test (a verb), read from the table
    cue_verbs = [toks[i] for i, pos in enumerate(tb.pos) if pos == "VERB" and _is_cue_verb(toks[i], cognition)]
    cue_ids = {tok.i for tok in cue_verbs}
    frames = [_verb_frame(v, bi, cue_ids) for v in cue_verbs]
    for i, low in enumerate(tb.lower):
        if low == "according":
            f = _according_frame(toks[i], bi)
            if f is not None:
                frames.append(f)
    return frames


def _np_span(t: _Text, bi: int, head: "Token") -> tuple[int, int]:
    """The speaker as written: a pronoun, the name (entity) or the noun phrase."""
    d = t.docs[bi]
    if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
        return t.tok_start(bi, head), t.tok_end(bi, head)
    if head.ent_type_ in _NAME_LABELS:
        for ent in ents_of(d):
            if ent.start <= head.i < ent.end:
                first = ent.start
                while first < ent.end - 1 and d[first].lower_ == "the":
                    first += 1
                last = ent.end - 1
                while last > first and d[last].tag_ == "POS":
                    last -= 1
                return t.tok_start(bi, d[first]), t.tok_end(bi, d[last])
    left = head.i
    for c in head.lefts:
        if c.dep_ in ("det", "amod", "compound", "nummod", "poss", "nmod", "advmod", "quantmod", "npadvmod",
                      "predet", "case", "punct", "cc", "conj"):
            left = min(left, c.left_edge.i)
    while left < head.i and (d[left].is_punct or d[left].lower_ in ("and", "but")):
        left += 1
    right = head.i
    for c in head.rights:
        if c.dep_ in ("prep", "compound", "nummod", "cc", "conj") and not any(
                d[j].text == "," for j in range(right + 1, c.i)):
            if c.dep_ == "prep" and c.lower_ not in ("of", "for", "in", "at", "with", "from", "on"):
                continue
            right = max(right, c.right_edge.i)
    while right > head.i and (d[right].is_punct or d[right].tag_ == "POS"):
        right -= 1
    return t.tok_start(bi, d[left]), t.tok_end(bi, d[right])


# --------------------------------------------------------------------------------------
# Building quotes
