"""Who said it and where: a frame's speaker resolved through the entity index, its cue, its medium.

A mixin of the quote builder (``builder._Builder``): the speaker noun phrase as written,
named through the entities stage's index, left unnamed when indefinite or plural ("a senior
official", "sources"); a subject the parser put inside the quotation moved out; the medium
from a phrase on the cue verb ("told the BBC", "in a statement", "on Twitter").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..document import Document
from ..model import Span, Speaker
from ..nlp import ents_of
from .frames import Frame, _np_span
from .text import _Text
from .vocab import (
    _INDEFINITE,
    _MEDIA_NOUNS,
    _NAME_LABELS,
    _NOT_SPEAKERS,
    _OUTLET_NOUNS,
    _PLATFORM,
    _PLATFORMS,
    PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class _SpeakerMixin:
    """Speaker, cue and medium of a frame. ``_Builder`` provides the attributes below and
    ``top_quote_at``."""

    doc: Document
    t: _Text
    text: str
    index: Any

    def _fix_inverted_subject(self, f: Frame) -> None:
        """“..., the cost is clear,” said the minister: a subject inside the quotation is a
        misparse; "Said Ellis: ..." has its subject after the verb."""
        v = f.verb
        if v is None or f.kind != "verb":
            return
        bi = f.block
        cq = self.top_quote_at(self.t.tok_start(bi, v))
        if f.speaker is not None:
            q = self.top_quote_at(self.t.tok_start(bi, f.speaker))
            if q is None or q == cq:
                return
        elif any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) or v.dep_ not in ("ROOT", "parataxis",
                                                                                          "ccomp"):
            return
        f.speaker = None
        for c in v.children:
            if c.dep_ == "nsubj" and self.top_quote_at(self.t.tok_start(bi, c)) is None:
                f.speaker = c
                return
        for c in v.children:
            if c.i > v.i and c.dep_ in ("nsubj", "dobj", "npadvmod", "attr", "appos", "oprd", "dative",
                                        "conj") and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")):
                if self.top_quote_at(self.t.tok_start(bi, c)) is None:
                    f.speaker = c
                    return
        # “A,” said the coach, Anna Lind, “B.”: the parser hung the speaker on the second quotation
        d = v.doc
        for j in range(v.i + 1, min(len(d), v.i + 12)):
            tok = d[j]
            if self.top_quote_at(self.t.tok_start(bi, tok)) is not None or tok.text in (".", ";", ":"):
                break
            if tok.pos_ in ("NOUN", "PROPN") and self.top_quote_at(self.t.tok_start(bi, tok.head)) is not None:
                f.speaker = tok
                f.content -= {x.i for x in tok.subtree if self.top_quote_at(self.t.tok_start(bi, x)) is None}
                return

    # -- speakers
    def speaker_for(self, f: Frame) -> Speaker | None:
        if f.speaker_span is not None:
            s, e = f.speaker_span
            return self._resolve(s, e, None, f.block)
        if f.speaker is None:
            return None
        tok, bi = f.speaker, f.block
        if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
            s, e = self.t.tok_start(bi, tok), self.t.tok_end(bi, tok)
            ante = tok.head.head
            sp = self._resolve(*_np_span(self.t, bi, ante), ante, bi)
            return Speaker(sp.entity, sp.name, s, e, self.text[s:e])
        if tok.lower_ in _NOT_SPEAKERS and not (tok.lower_ == "it" and f.kind == "verb"):
            return None
        s, e = _np_span(self.t, bi, tok)
        if tok.pos_ == "NOUN":
            # "the treasurer, Paulo Mendes, said": the name in apposition is who it is
            for c in tok.rights:
                if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")):
                    ns, ne = _np_span(self.t, bi, c)
                    named = self._resolve(ns, ne, c, bi)
                    return Speaker(named.entity, named.name, s, ne, self.text[s:ne])
        return self._resolve(s, e, tok, bi)

    def _resolve(self, s: int, e: int, head: "Token | None", bi: int) -> Speaker:
        text = self.text[s:e]
        hs, he = (self.t.tok_start(bi, head), self.t.tok_end(bi, head)) if head is not None else (s, e)
        words = text.split()
        first = words[0].lower() if words else ""
        unnamed = head is not None and head.pos_ == "NOUN" and (
            first in _INDEFINITE or (head.tag_ == "NNS" and first not in ("the", "his", "her", "their", "its"))
            or any(c.dep_ == "nummod" for c in head.children))
        ent = None
        if self.index is not None and not unnamed:
            try:
                ent = self.index.entity_at(hs, he)
            except Exception:  # another stage's index must never break this one
                ent = None
        if ent is not None:
            return Speaker(getattr(ent, "id", None), getattr(ent, "name", None), s, e, text)
        if unnamed:
            return Speaker(None, None, s, e, text)
        if head is not None and head.ent_type_ in _NAME_LABELS:
            for x in ents_of(self.t.docs[bi]):
                if x.start <= head.i < x.end:
                    return Speaker(None, re.sub(r"^[Tt]he\s+|[’']s$", "", x.text), s, e, text)
        if head is not None and head.pos_ == "PROPN":
            return Speaker(None, re.sub(r"^[Tt]he\s+", "", text), s, e, text)
        if head is None and text[:1].isupper() and text.lower() not in PRONOUNS:
            return Speaker(None, text.title() if text.isupper() else text, s, e, text)
        return Speaker(None, None, s, e, text)

    def cue_for(self, f: Frame) -> Span:
        s, e = f.cue_span(self.t.base(f.block))
        return Span(s, e, self.text[s:e])

    # -- medium
    def medium_for(self, f: Frame) -> str | None:
        v = f.verb
        if v is None:
            return None
        bi = f.block
        best: tuple[str, int] | None = None

        def consider(m):
            nonlocal best
            if m and (best is None or m[1] > best[1]):
                best = m

        for c in v.children:
            if c.dep_ in ("dative", "dobj", "iobj") and v.lemma_.lower() == "tell":
                m = self._outlet(bi, c, deep=True)
                if m:
                    return m
            if c.dep_ == "prep" and c.lower_ in ("in", "on", "to", "for", "during", "at", "with", "via", "through"):
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        consider(self._medium_np(bi, obj, c.lower_))
        if best is None and v.dep_ in ("advcl", "xcomp", "conj", "pcomp") and v.head.pos_ in ("VERB", "ADP"):
            head = v.head if v.head.pos_ == "VERB" else v.head.head
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i < v.i:
                    for obj in c.children:
                        if obj.dep_ == "pobj":
                            consider(self._medium_np(bi, obj, c.lower_))
        return best[0] if best else None

    def _ent_text(self, bi: int, tok: "Token") -> str | None:
        for x in ents_of(self.t.docs[bi]):
            if x.start <= tok.i < x.end and x.label_ in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC"):
                return re.sub(r"^[Tt]he\s+|[’']s$", "", x.text)
        return None

    def _outlet(self, bi: int, tok: "Token", deep: bool = False) -> str | None:
        name = self._ent_text(bi, tok)
        if name:
            return name
        for c in tok.children:
            if c.dep_ == "poss":
                name = self._ent_text(bi, c)
                if name:
                    return name
        if tok.lemma_.lower() in _OUTLET_NOUNS:
            return self._np_text(bi, tok)
        if deep:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "on", "with"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            name = self._outlet(bi, g)
                            if name:
                                return name
        return None

    def _np_text(self, bi: int, tok: "Token") -> str:
        d = self.t.docs[bi]
        left = tok.i
        for c in tok.lefts:
            if c.dep_ in ("amod", "compound", "nmod", "poss"):
                left = min(left, c.left_edge.i)
        return d[left:tok.i + 1].text

    def _medium_np(self, bi: int, obj: "Token", prep: str) -> tuple[str, int] | None:
        """(medium, strength): an outlet (2) beats a genre noun like "interview" (1)."""
        if prep in ("on", "to", "for", "via", "through", "with") and obj.ent_type_ not in (
                "PERSON", "GPE", "DATE", "NORP", "TIME", "LOC"):
            outlet = self._outlet(bi, obj)
            if outlet:
                return outlet, 2
        if obj.lower_ in _PLATFORMS and prep in ("on", "via", "through"):
            return _PLATFORMS[obj.lower_], 2
        lemma = obj.lemma_.lower()
        if lemma not in _MEDIA_NOUNS and lemma not in _PLATFORM:
            return None
        # look inside: "a profile for Time", "an interview aired on Iranian state television"
        for sub in obj.subtree:
            if sub.i == obj.i or sub.dep_ not in ("pobj", "poss"):
                continue
            if sub.dep_ == "pobj" and sub.head.lower_ not in ("for", "on", "with", "to", "by", "in"):
                continue
            if sub.ent_type_ in ("PERSON", "GPE", "DATE", "NORP", "TIME", "LOC"):
                continue
            name = self._outlet(bi, sub)
            if name:
                return name, 2
        if lemma in _PLATFORM:
            return _PLATFORM[lemma], 1
        if lemma in _OUTLET_NOUNS:
            return self._np_text(bi, obj), 2
        return obj.lemma_.lower(), 1

    def _self_named_speaker(self, sp: Speaker | None, named: tuple[int, int]) -> Speaker:
        s, e = named
        ent = None
        if self.index is not None:
            try:
                ent = self.index.entity_at(s, e)
            except Exception:
                ent = None
        name = getattr(ent, "name", None) if ent is not None else self.text[s:e]
        eid = getattr(ent, "id", None) if ent is not None else None
        if sp is None:
            return Speaker(eid, name, s, e, self.text[s:e])
        return Speaker(eid, name, sp.start, sp.end, sp.text)


