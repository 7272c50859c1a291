"""One block (a paragraph, headline, bullet or caption) read into claims: the walk over its
tokens and the reading of one clause; the parts of a clause are read by the mixins in
:mod:`.subjects`, :mod:`.frames`, :mod:`.predicates`, :mod:`.harm` and :mod:`.nominal`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Document
from ..model import Claim, Source
from ..nlp import children_of, ents_of, tokens_of
from ..token_table import table_of
from .frames import FrameReader
from .harm import HarmReader
from .index import _QuoteFinder, _Subject
from .nominal import NominalReader
from .predicates import PredicateReader
from .subjects import SubjectReader
from .frames import _supposed
from .tokens import _abstract, _lemma, _mark, _np_text
from .vocab import (
    _UNSET,
    ACCUSE_ACTIVE,
    AS_ROLE_VERBS,
    ASPECTUAL,
    ATTR_PASSIVE,
    CAUSAL,
    CHARGE_NOUNS,
    CLAUSE_DEPS,
    COMPLICITY,
    COPULAS,
    DENY_VERBS,
    FIGURATIVE,
    HARM_VERBS,
    HEDGE_ADJ,
    HEDGE_RAISING,
    KNOW_NEG,
    PLAIN_RAISING,
    REPORT_VERBS,
    ROLE_VERBS,
    SEEM_VERBS,
    UNKNOWN_ADJ,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class _Block(SubjectReader, FrameReader, PredicateReader, HarmReader, NominalReader):
    """One block's claims: one walk over its tokens, one claim per clause head (see the
    package docstring). The readers it mixes in each do one part of a clause."""

    def __init__(self, doc: Document, block, sdoc: "Doc", index, quotes: _QuoteFinder,
                 out: list):
        self.doc, self.block, self.sdoc = doc, block, sdoc
        self.base = block.start
        self.index, self.quotes, self.out = index, quotes, out
        self.fragmentary = block.kind in ("headline", "bullet", "caption", "standfirst")
        self.ent_of: dict[int, Any] = {}
        for ent in ents_of(sdoc):
            for i in range(ent.start, ent.end):
                self.ent_of[i] = ent
        self.subject_cache: dict[int, _Subject | None] = {}
        self.sent_i, self.sent, self.sent_src = -1, None, _UNSET
        # every token's children, once: spaCy builds Token objects on each .children walk
        self.toks: list = list(tokens_of(sdoc))
        self.kids: list[list] = children_of(sdoc)
        self.clause_cache: dict[int, list] = {}
        self.in_parens: set[int] = set()  # "(pictured in Iraq in 2015)" is not the clause's time
        depth = 0
        # the block's text, not sdoc.text, which spaCy joins anew from every token
        for t in (self.toks if "(" in doc.text[block.start:block.end] else ()):
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            elif depth:
                self.in_parens.add(t.i)
        self.seen: set[tuple[int, str]] = set()

    def _k(self, tok: "Token") -> list:
        return self.kids[tok.i]

    # -- driving --

    def run(self) -> None:
        sents = list(self.sdoc.sents)
        ends = [s.end for s in sents]
        si = 0
        tb = table_of(self.sdoc)  # the attributes read once per block, not per access
        punct, space, deps, poss, tags, lows, nums, heads = (tb.is_punct, tb.is_space, tb.dep, tb.pos, tb.tag,
                                                             tb.lower, tb.like_num, tb.head)
        for tok in self.toks:  # one walk over the block's tokens
            i = tok.i
            while i >= ends[si]:
                si += 1
            if si != self.sent_i:
                self.sent_i, self.sent, self.sent_src = si, sents[si], _UNSET
            if punct[i] or space[i]:
                continue
            dep, pos, tag = deps[i], poss[i], tags[i]
            if (dep in CLAUSE_DEPS and (pos in ("VERB", "AUX") or tag in ("VBN", "VBD"))) or (
                    tag == "VBD" and any(deps[c.i] in ("nsubj", "nsubjpass") for c in self.kids[i])):
                self._clause(tok)
            elif dep == "conj" and pos in ("NOUN", "PROPN") and poss[heads[i]] in ("VERB", "AUX"):
                self._nominal_conj(tok)
            if lows[i] in ("aged", "old", "age") or (dep == "appos" and nums[i]):
                self._np_age(tok)

    def _sent_source(self) -> Source | None:
        """The current sentence's own attribution, worked out the first time a claim asks."""
        if self.sent_src is _UNSET:
            self.sent_src = self._sentence_source(self.sent)
        return self.sent_src

    def _emit(self, head: "Token", claim_kwargs: dict[str, Any], span: tuple[int, int]) -> None:
        key = (head.i, claim_kwargs["predicate"])
        if key in self.seen:
            return
        self.seen.add(key)
        start, end = span
        claim = Claim(id="", start=start, end=end, **claim_kwargs)
        self.out.append((start, self.base + head.idx, claim))

    # -- sentence-level attribution: "according to X", "..., officials said" --

    def _sentence_source(self, sent: "Span") -> Source | None:
        said = self.doc.text[self.base + sent.start_char:self.base + sent.end_char]  # not sent.text: a token walk
        for tok in (self.toks[sent.start:sent.end] if "ccording to" in said else ()):
            if tok.lower_ == "according" and tok.i + 1 < len(self.sdoc) and self.toks[tok.i + 1].lower_ == "to":
                to = self.toks[tok.i + 1]
                pobj = next((c for c in self._k(to) if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._source_np(pobj)
        root = next((t for t in self.toks[sent.start:sent.end] if t.dep_ == "ROOT"), None)
        if root is not None and root.lemma_ not in REPORT_VERBS:
            for c in self._k(root):
                if c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > root.i and c.lemma_ in REPORT_VERBS \
                        and not any(g.dep_ in ("ccomp", "xcomp") for g in self._k(c)):
                    subj = next((g for g in self._k(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
                    if subj is not None:
                        src = self._source_np(subj)
                        if c.lemma_ in DENY_VERBS:
                            return None  # ", he denied." does not assert the content
                        return src
        return None

    # -- one clause --

    def _clause(self, v: "Token") -> None:
        lemma = _lemma(v)
        dep = v.dep_
        kids = self._k(v)
        # Frames are not claims of their own: the content they govern is.
        if self._is_frame(v, lemma, kids):
            self._accused_object(v, lemma, kids)
            return
        if v.pos_ == "AUX" and not any(c.dep_ in ("attr", "acomp", "prep", "oprd") for c in kids):
            return
        if dep == "xcomp" and not self._content_xcomp(v):
            return
        if dep == "pcomp" and not (any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) or self._content_pcomp(v)
                                   or _dated_post_gerund(v, lemma)):
            return
        if dep == "acl" and not (v.head.pos_ in ("PROPN", "NOUN", "PRON") and v.tag_ in ("VBN", "VBG", "VBD")):
            return
        if dep == "dep" and v.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)
        if lemma in CAUSAL and v.tag_ == "VBG" and not own_subject:
            return  # ", resulting in ..." feeds the governing clause's strength instead
        if dep == "advcl" and not own_subject and v.tag_ == "VB":
            return  # a purpose infinitive, "to mark the day": part of its clause
        if dep == "advcl" and _supposed(v):
            return  # "if I don't milk them", "when I can't do it any more, I'll ...": no claim
        if lemma in REPORT_VERBS and not any(c.dep_ in ("dobj", "attr", "oprd") and c.lower_ not in (
                "it", "this", "that", "so") for c in kids):
            return  # "he said in a speech": the quote is the claim, not the saying
        subj, passive = self._subject(v)
        if subj is None:
            return
        ctx = self._context(v)
        polarity_neg = ctx.negative ^ self._negated(v)
        certainty = self._certainty(v, ctx)
        if ctx.source is None and self._accusation(v, lemma, kids, passive):
            agent = self._agent(v)  # "was blamed for 600 deaths (by X)", "faces counts of fraud"
            ctx.source = self._source_np(agent) if agent is not None else Source("attributed")
        source = self._source(v, ctx)
        if passive:
            self._agent_claim(v, lemma, subj, source, certainty, polarity_neg)
        self._object_role_claim(v, lemma, kids, passive, subj, source, certainty, polarity_neg)
        predicate, obj = self._predicate(v, lemma, kids, passive, subj)
        if predicate is None:
            return
        if passive and lemma in HEDGE_RAISING and certainty == "asserted":
            certainty = "hedged"  # "he had been rumored dead"
        polarity = "negative" if polarity_neg else "positive"
        strong = polarity == "positive" and subj.agent and self._strong(v, lemma, passive)
        if not subj.entityish and not (predicate in HARM_VERBS or predicate == "died"
                                       or self._has_number(v) or strong):
            return
        span = self._clause_span(v, subj)
        self._emit(v, dict(subject=subj.eid, predicate=predicate, object=obj,
                           time=self._time(v), source=source, polarity=polarity,
                           certainty=certainty, strong=bool(strong)), span)

    def _object_role_claim(self, v: "Token", lemma: str, kids: list, passive: bool, subj: _Subject,
                           source: Source, certainty: str, negative: bool) -> None:
        """"The board named him captain in 2019": a post held by the verb's object."""
        found = self._object_role(v, lemma, kids, passive, subj)
        if found is None:
            return
        holder = self._describe(found[0])
        if holder is None or holder.eid is None:
            return
        post = " ".join(t.text for t in found[1].subtree if t.i != found[0].i and t.dep_ != "poss")
        self._emit(found[1], dict(subject=holder.eid, predicate="role", object=post, time=self._time(v),
                                  source=source, polarity="negative" if negative else "positive",
                                  certainty=certainty, strong=False), self._clause_span(v, holder))

    def _accusation(self, v: "Token", lemma: str, kids: list, passive: bool) -> bool:
        """A clause that reports an accusation rather than making it: "was blamed for", "is
        accused of", "was charged with murder", "faces 12 counts of fraud"."""
        if passive and lemma in ATTR_PASSIVE:
            return True
        if passive and lemma in ("charge", "indict"):
            charge = self._prep_object(v, ("with", "for", "over"))
            return charge is not None and self._harm_arg(charge)
        if not passive and lemma == "face":
            dobj = next((c for c in kids if c.dep_ == "dobj"), None)
            return dobj is not None and dobj.lemma_.lower() in CHARGE_NOUNS and self._harm_arg(dobj)
        return False

    def _agent_claim(self, v: "Token", lemma: str, patient: _Subject, source: Source, certainty: str,
                     negative: bool) -> None:
        """'she was raped by Quirin', 'the attack, reportedly conducted by the Taliban': the
        harm a passive lays at its agent's door is a claim about the agent."""
        agent_tok = self._agent(v)
        if agent_tok is None:
            return
        agent = self._describe(agent_tok)
        if agent is None or not agent.entityish or not agent.agent:
            return
        harm = lemma in HARM_VERBS and not (lemma in FIGURATIVE and _abstract(patient.tok)) \
            and self._harm_verb(v, lemma)
        if not harm and lemma in COMPLICITY and v.dep_ == "advcl" and not self._harm_arg(patient.tok):
            # "blamed the attack, carried out by X, for ...": the participle hangs on the verb
            # but describes the noun just before it
            near = next((c for c in self._k(v.head) if c.dep_ in ("dobj", "attr") and c.i < v.i), None)
            if near is not None and self._harm_arg(near):
                patient = self._describe(near) or patient
        if not harm and not (lemma in COMPLICITY and self._harm_arg(patient.tok)):
            return
        start, end = self._clause_span(v, patient)
        start = min(start, patient.start) if patient.start < start and start - patient.end < 200 else start
        end = max(end, agent.end)
        self._emit(agent_tok, dict(subject=agent.eid, predicate=lemma, object=_np_text(patient.tok),
                                   time=self._time(v), source=source,
                                   polarity="negative" if negative else "positive",
                                   certainty=certainty, strong=not negative), (start, end))

    def _is_frame(self, v: "Token", lemma: str, kids: list) -> bool:
        deps = {c.dep_ for c in kids}
        passive = "auxpass" in deps or "nsubjpass" in deps
        if lemma in REPORT_VERBS and ("ccomp" in deps or ("xcomp" in deps and not passive)
                                      or ("parataxis" in deps and v.dep_ == "ROOT")):
            return True
        if passive and (lemma in HEDGE_RAISING or lemma in PLAIN_RAISING or lemma in ATTR_PASSIVE) \
                and "xcomp" in deps:
            return True
        if lemma in SEEM_VERBS and "xcomp" in deps:
            return True
        if lemma in ASPECTUAL and "xcomp" in deps:
            return True
        if passive and lemma in ATTR_PASSIVE and any(
                c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in self._k(c))
                for c in kids):
            return True
        if lemma in ("know", "clear", "certain") and "neg" in deps and any(
                c.dep_ in ("ccomp", "advcl") and _mark(c) in ("if", "whether") for c in kids):
            return True
        if lemma in COPULAS or v.pos_ == "AUX":
            acomp = next((c for c in kids if c.dep_ == "acomp"), None)
            if acomp is not None and (acomp.lemma_ in UNKNOWN_ADJ or acomp.lemma_ in HEDGE_ADJ
                                      or (acomp.lemma_ in KNOW_NEG and any(g.dep_ == "neg" for g in self._k(acomp)))
                                      or (acomp.lemma_ in KNOW_NEG and "neg" in deps)):
                if any(c.dep_ in ("ccomp", "advcl") for c in kids) or any(
                        g.dep_ in ("xcomp", "ccomp") for g in self._k(acomp)):
                    return True
            if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids) and acomp is not None \
                    and any(c.dep_ in ("ccomp", "advcl") and _mark(c) in ("if", "whether", "that")
                            for c in kids):
                return True
        if lemma in ACCUSE_ACTIVE and not passive and any(c.dep_ == "dobj" for c in kids):
            return True
        return False

    def _accused_object(self, v: "Token", lemma: str, kids: list) -> None:
        """'US forces blamed the Quds Force for an attack': a claim about the accused,
        attributed to the accuser."""
        if lemma not in ACCUSE_ACTIVE or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
            return
        dobj = next((c for c in kids if c.dep_ == "dobj"), None)
        if dobj is None:
            return
        subj = self._describe(dobj)
        if subj is None or not subj.entityish:
            return
        accuser, _ = self._subject(v)
        source = self._source_from_subject(accuser) if accuser else Source("attributed")
        charge = self._prep_object(v, ("for", "of", "in", "over")) or self._prep_object(dobj, ("for", "of", "in", "over"))
        obj = _np_text(charge) if charge is not None else None
        strong = subj.agent and not self._negated(v) and charge is not None and self._harm_arg(charge, death=True)
        start, end = self._clause_span(v, subj)
        self._emit(dobj, dict(subject=subj.eid, predicate=lemma, object=obj, time=self._time(v),
                              source=source, polarity="negative" if self._negated(v) else "positive",
                              certainty="asserted", strong=bool(strong)), (start, end))

    def _content_xcomp(self, v: "Token") -> bool:
        g = v.head
        glemma = _lemma(g)
        gdeps = {c.dep_ for c in self._k(g)}
        passive = "auxpass" in gdeps or "nsubjpass" in gdeps
        if glemma in ASPECTUAL or glemma in SEEM_VERBS:
            return True
        if passive and (glemma in HEDGE_RAISING or glemma in PLAIN_RAISING or glemma in ATTR_PASSIVE):
            return True
        if glemma in REPORT_VERBS and not passive:
            return True  # "he claimed to have ..."
        if g.pos_ == "ADJ" and g.lemma_ in HEDGE_ADJ:
            return True  # "is likely to have ..."
        return False

    def _content_pcomp(self, v: "Token") -> bool:
        prep = v.head
        g = prep.head
        if prep.dep_ not in ("prep", "agent"):
            return False
        gdeps = {c.dep_ for c in self._k(g)}
        passive = "auxpass" in gdeps or "nsubjpass" in gdeps
        return passive and _lemma(g) in ATTR_PASSIVE


_TIME_PREPS = frozenset({"since", "after", "before", "upon", "on", "until"})


def _dated_post_gerund(v: "Token", lemma: str) -> bool:
    """"Since becoming chief in 1986, Hollister ...", "after being named coach": taking a
    post, told as a gerund whose subject is its clause's."""
    gerund = v.tag_ == "VBG" or v.tag_ == "VBN" and any(c.lower_ == "being" for c in v.children)
    prt = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return gerund and v.head.lower_ in _TIME_PREPS and (
        lemma in ("become", "be") or lemma in ROLE_VERBS or lemma in AS_ROLE_VERBS
        or prt is not None and f"{lemma} {prt}" in AS_ROLE_VERBS)
