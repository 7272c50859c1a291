"""A clause's frame: whose claim it is (the article or an attributed source), how
firmly it is made and whether it is negated. A mixin of the block."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Source
from .index import _Ctx, _safe_by_id, _Subject
from .tokens import _lemma, _mark, _np_head_text, _strip_det
from .vocab import (
    ASPECTUAL,
    BELIEF_VERBS,
    ATTR_NOUNS,
    ATTR_PASSIVE,
    COPULAS,
    DENY_VERBS,
    ENTITY_PRONOUNS,
    HEDGE_ADJ,
    HEDGE_ADV,
    HEDGE_RAISING,
    KNOW_NEG,
    NEG_CONTRACTION,
    NEGATING_ASPECT,
    PLAIN_RAISING,
    REPORT_VERBS,
    RUMOR_NOUNS,
    SEEM_VERBS,
    UNKNOWN_ADJ,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class FrameReader:
    """A clause's source, certainty and polarity."""

    def _context(self, v: "Token") -> _Ctx:
        ctx = _Ctx()
        node = v
        hops = 0
        while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        near = True  # certainty and polarity come from the immediate frame only
        while node.head.i != node.i and hops < 8:
            hops += 1
            dep = node.dep_
            g = node.head
            via_prep = None
            if dep == "pcomp" and g.dep_ in ("prep", "agent"):
                via_prep = g
                g = g.head
            glemma = _lemma(g)
            gkids = self._k(g)
            gdeps = {c.dep_ for c in gkids}
            passive = "auxpass" in gdeps or "nsubjpass" in gdeps
            gneg = "neg" in gdeps
            hearsay = g if g.pos_ == "NOUN" and dep in ("acl", "ccomp", "appos") else None
            if hearsay is None and dep == "ccomp" and glemma not in REPORT_VERBS:
                hearsay = next((c for c in gkids if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
                if hearsay is None and g.dep_ == "acl" and g.head.pos_ == "NOUN":
                    hearsay = g.head  # "Rumors circulated ... that he was killed"
            if hearsay is not None and hearsay.lemma_.lower() in RUMOR_NOUNS:
                # "rumors circulated that he was killed", "the claim that he lied"
                if near and ctx.certainty == "asserted":
                    ctx.certainty = "hedged"
                if ctx.source is None and hearsay.lemma_.lower() in ATTR_NOUNS:
                    ctx.source = Source("attributed")
                near = False
                node = g
                continue
            if dep in ("ccomp", "xcomp", "parataxis") or (dep == "advcl" and _mark(node) in ("if", "whether")):
                if glemma in REPORT_VERBS and not (passive and dep == "xcomp"):
                    if ctx.source is None:
                        subj = next((c for c in gkids if c.dep_ in ("nsubj", "nsubjpass")), None)
                        agent = self._agent(g)
                        if passive:
                            if agent is not None:
                                ctx.source = self._source_np(agent)
                            elif glemma in ("allege", "claim", "report"):
                                ctx.source = Source("attributed")
                            elif near:
                                ctx.certainty = "hedged"
                        elif subj is not None and subj.lower_ == "it":
                            if near:
                                ctx.certainty = "hedged"
                        elif subj is not None:
                            ctx.source = self._source_np(subj)
                        else:
                            ctrl = self._controller(g)[0]  # "continued to say", "kept insisting"
                            ctx.source = self._source_np(ctrl) if ctrl is not None else Source("attributed")
                    if near and _mark(node) == "whether":
                        ctx.certainty = "unknown"  # "asked whether ...", "too early to tell whether ...": a question
                    if glemma in DENY_VERBS:
                        ctx.negative = not ctx.negative
                    near = False
                elif dep == "xcomp" and passive and (glemma in HEDGE_RAISING or glemma in ATTR_PASSIVE):
                    if near:
                        ctx.certainty = "hedged" if ctx.certainty == "asserted" else ctx.certainty
                        if gneg:
                            ctx.negative = not ctx.negative
                    if glemma in ATTR_PASSIVE and ctx.source is None:
                        agent = self._agent(g)
                        ctx.source = self._source_np(agent) if agent is not None else Source("attributed")
                elif dep == "xcomp" and (glemma in SEEM_VERBS or (g.pos_ == "ADJ" and g.lemma_ in HEDGE_ADJ)):
                    if near:
                        ctx.certainty = "hedged" if ctx.certainty == "asserted" else ctx.certainty
                        if gneg or g.lemma_ == "unlikely":
                            ctx.negative = not ctx.negative
                elif dep == "xcomp" and (glemma in PLAIN_RAISING or glemma in ASPECTUAL):
                    if near and gneg:
                        ctx.negative = not ctx.negative
                    if near and glemma in NEGATING_ASPECT:
                        ctx.negative = not ctx.negative
                    if near:
                        ctx.certainty = self._certainty_marks(g, ctx.certainty)
                    node = g
                    continue  # still the near frame
                elif near and (glemma in ("know", "clear", "certain", "confirm", "establish") and gneg) \
                        and dep in ("ccomp", "advcl"):
                    ctx.certainty = "unknown"
                elif near and (glemma in UNKNOWN_ADJ or (g.pos_ in ("AUX",) or glemma in COPULAS) and any(
                        c.dep_ == "acomp" and (c.lemma_ in UNKNOWN_ADJ or (c.lemma_ in KNOW_NEG and (
                            gneg or any(x.dep_ == "neg" for x in self._k(c))))) for c in gkids)):
                    ctx.certainty = "unknown"
                elif near and g.pos_ == "ADJ" and (g.lemma_ in UNKNOWN_ADJ or (
                        g.lemma_ in KNOW_NEG and any(x.dep_ == "neg" for x in self._k(g)))):
                    ctx.certainty = "unknown"
                elif near and (g.pos_ == "AUX" or glemma in COPULAS) and any(
                        c.dep_ == "acomp" and c.lemma_ in HEDGE_ADJ for c in gkids):
                    ctx.certainty = "hedged"
                near = False
            elif via_prep is not None and passive and glemma in ATTR_PASSIVE:
                if ctx.source is None:
                    agent = self._agent(g)
                    ctx.source = self._source_np(agent) if agent is not None else Source("attributed")
                near = False
            elif via_prep is not None and glemma in DENY_VERBS:
                ctx.negative = not ctx.negative
                near = False
            elif dep in ("conj",):
                pass  # a conjunct shares its first conjunct's frame
            else:
                near = False
            node = g
        return ctx

    def _agent(self, v: "Token") -> "Token | None":
        for c in self._k(v):
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                pobj = next((g for g in self._k(c) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        return None

    def _negated(self, v: "Token") -> bool:
        neg = False
        for c in self._k(v):
            if c.dep_ == "neg":
                neg = not neg
            elif c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(
                    g.dep_ == "neg" or g.lower_ == "no" for g in self._k(c)):
                neg = not neg
            elif c.dep_ in ("aux", "auxpass") and (any(g.dep_ == "neg" for g in self._k(c))
                                                 or NEG_CONTRACTION.search(c.lower_)):
                neg = not neg  # "haven´t" left whole by the tokenizer
        if not neg:
            # a negation the parser hung elsewhere, right before the verb: "I haven´t authorized"
            doc = v.doc
            for i in range(v.i - 1, max(v.i - 4, -1), -1):
                t = doc[i]
                if t.is_punct or t.dep_ in ("cc", "nsubj", "nsubjpass", "mark") or t.head.i == v.i:
                    break
                if NEG_CONTRACTION.search(t.lower_) or t.lower_ in ("not", "never"):
                    return True
        return neg

    def _certainty_marks(self, v: "Token", current: str) -> str:
        if current != "asserted":
            return current
        kids = self._k(v)
        has_have = any(c.lower_ == "have" and c.dep_ == "aux" for c in kids)
        for c in kids:
            if c.dep_ == "aux" and c.lower_ in ("may", "might", "could") and (c.lower_ != "could" or has_have):
                return "hedged"
            if c.dep_ == "advmod" and c.lower_ in HEDGE_ADV:
                return "hedged"
        return current

    def _certainty(self, v: "Token", ctx: _Ctx) -> str:
        certainty = self._certainty_marks(v, ctx.certainty)
        if certainty == "asserted" and v.dep_ == "ccomp" and v.head.lemma_.lower() in BELIEF_VERBS:
            return "hedged"  # "we feared she had sold the herd": what was feared, not what is so
        if certainty == "asserted" and v.dep_ == "conj":
            certainty = self._certainty_marks(v.head, certainty) if v.head.pos_ in ("VERB", "AUX") else certainty
        return certainty

    def _source(self, v: "Token", ctx: _Ctx) -> Source:
        """The clause's own frame first ("X said (that)", "is blamed for"), then the
        sentence's ("according to X", "..., officials said"), then the quote it sits in."""
        if ctx.source is not None:
            return ctx.source
        sent_src = self._sent_source()
        if sent_src is not None:
            return sent_src
        q = self.quotes.at(self.base + v.idx) if self.quotes.spans else None
        if q is not None:
            src = self.quotes.source(q)
            if src is not None:
                return src
        return Source("article")

    def _source_np(self, tok: "Token") -> Source:
        subj = self._describe(tok)
        return self._source_from_subject(subj) if subj is not None else Source("attributed")

    def _source_from_subject(self, subj: _Subject) -> Source:
        tok = subj.tok
        if subj.eid is not None:
            ent = _safe_by_id(self.index, subj.eid)
            name = getattr(ent, "name", None) or subj.text
            return Source("attributed", name=name, entity=subj.eid)
        if tok.pos_ == "PRON" or tok.lower_ in ENTITY_PRONOUNS:
            if tok.lower_ in ("i", "we") and self.quotes.spans:
                q = self.quotes.at(self.base + tok.idx)
                if q is not None:
                    qs = self.quotes.source(q)
                    if qs is not None:
                        return qs
            return Source("attributed")
        if subj.label is not None or tok.pos_ == "PROPN":
            return Source("attributed", name=_strip_det(subj.text) if subj.text.lower().startswith(("a ", "an ")) else subj.text)
        # an unnamed source: its local description, "US officials", "a senior official"
        return Source("attributed", name=_np_head_text(tok, self.doc.text, self.base))


_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "would", "wo", "'d", "’d"})


def _supposed(v: "Token") -> bool:
    """A clause that supposes rather than tells, under a clause about the future or what
    would be: "if I don't milk them, nobody will"; "when I can't do it anymore, I'll stay
    home". ("It is not known if she attended" tells what is unknown: not this.)"""
    mark = _mark(v) or next((c.lower_ for c in v.children if c.dep_ == "advmod" and c.lower_ in ("when", "whenever")), None)
    if mark not in ("if", "unless", "when", "whenever", "once", "until"):
        return False
    head = v.head
    return head.lower_ in _FUTURE_AUX or any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children)
