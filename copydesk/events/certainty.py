"""What the article is sure of about an event, and what it says nobody knows: its cause
("was triggered by a ruptured gas line" / "investigators have not established what set off
the blast"), who paid for it ("funded by Acme" / "the paper does not say who paid for the
research", "Acme played no part in funding it"), and whether it happened at all ("Hollis
conceded shortly after midnight" / "Hollis had not conceded by early Wednesday").

Each becomes a :class:`~copydesk.events.SubjectFact` with attribute ``cause``, ``funder`` or
``happened`` and a value ``("asserted", what)``, ``("unknown", None)`` or ``("denied", who)``;
the CD406 rule compares them. Hedged assertions ("may have been caused by", "is believed
to") assert nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from ..nlp import tokens_of
from ..vocab import words

BELIEF_VERBS = words("claims_en.txt", "belief_verbs")

if TYPE_CHECKING:
    from ..document import Document
    from . import SubjectFact
    from .coref import Cluster
    from .mentions import Sources

CAUSE_VERB = r"(?:caused|triggered|sparked|started|ignited|set off|brought on)"
FUND_VERB = r"(?:funded|financed|paid for|sponsored|bankrolled|underwritten|backed financially)"
HEDGE = re.compile(r"\b(?:may|might|could|possibly|probably|likely|believed|thought|suspected|"
                   r"appears?|apparently|seems?|reportedly|alleged(?:ly)?|if|whether)\b", re.I)
UNKNOWN_CAUSE = [
    re.compile(r"\bnot (?:yet )?(?:been )?(?:established|determined|identified|known|know|clear|"
               r"confirmed|say|said|disclosed)\b[^.]{0,30}?\b(?:what|how)\b[^.]{0,20}?\b"
               r"(?:caused|set off|triggered|sparked|started|led to)\b", re.I),
    re.compile(r"\bcause (?:of [^.]{1,60}?)?(?:is|was|remains|remained|has not been|had not been)"
               r" (?:still )?(?:not yet |yet to be )?(?:unknown|unclear|not known|under investigation|"
               r"a mystery|undetermined|determined|established|confirmed)\b", re.I),
    re.compile(r"\b(?:unclear|unknown|not clear|not known|no one knows|nobody knows|too (?:early|soon) to "
               r"(?:tell|say|know|determine|establish))\b[^.]{0,20}?"
               r"\b(?:what|how|whether)\b[^.]{0,40}?\b(?:caused|set off|triggered|sparked|started)\b", re.I),
    re.compile(r"\b(?:trying|working|seeking|yet) to (?:establish|determine|find out|identify|learn)"
               r" (?:what|the cause)\b", re.I),
]
UNKNOWN_FUNDER = re.compile(
    r"\b(?:not|never|n't|declined to|refused to)\b[^.]{0,25}?\b(?:say|said|says|disclose|disclosed|reveal|"
    r"revealed|state|stated|name|named|identify|known|clear)\b[^.]{0,15}?\bwho\b[^.]{0,15}?\b"
    r"(?:paid|funded|financed|sponsored|bankrolled)\b|"
    r"\b(?:unclear|unknown|not clear|not known)\b[^.]{0,20}?\bwho\b[^.]{0,15}?\b"
    r"(?:paid|funded|financed|sponsored)\b|"
    r"\bfunding (?:source|sources) (?:was|were|is|are|remains?) (?:not disclosed|undisclosed|unknown|unclear)\b",
    re.I)
DENIED_FUNDER = re.compile(
    r"\b(?:played|had|took) no (?:part|role|hand) in (?:the )?(?:funding|financing|paying for|sponsoring)\b|"
    r"\b(?:did|does|had) not (?:fund|finance|pay for|sponsor)\b|"
    r"\bden(?:y|ies|ied|ying) (?:funding|financing|paying for|sponsoring|having funded|having paid)\b", re.I)
ASSERTED_FUNDER = re.compile(rf"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?{FUND_VERB}\s+"
                             r"(?:in part |partly |largely |entirely |jointly )?by\s+((?:the\s+)?[A-Z][^,.;]{1,60})")
ASSERTED_CAUSE = re.compile(rf"\b(?:was|were|is|are|been|had been)\s+(?:\w+ly\s+)?{CAUSE_VERB}\s+"
                            r"(?:by|when)\s+([^,.;]{3,80})", re.I)
# The second statement came after the first ("investigators later said"), not a time ahead
# ("later this year").
LATER = re.compile(r"\b(?:later(?!\s+(?:this|next|that|in|on|than))|eventually|finally|subsequently|"
                   r"afterwards|ultimately|has since|have since|had since)\b", re.I)
# A time that names its day ("Wednesday", "3 May", "yesterday"), unlike "shortly after
# midnight", which the time layer can only pin to the publication date.
NAMED_DAY = re.compile(r"\d|day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|yesterday|"
                       r"today|tonight|tomorrow|last night", re.I)
NEG = frozenset({"not", "n't", "never"})
MODALS = frozenset({"may", "might", "could", "would", "should", "will", "can", "must", "shall"})


def _facts(doc: "Document", sent, attr: str, value: tuple, sources: "Sources", subject: str,
           start: int, end: int) -> "SubjectFact":
    from . import SubjectFact

    return SubjectFact(subject, attr, value, doc.text[start:end],
                       [sent.span(attr), doc.span(start, end, attr)], sources.at(start),
                       sent=(sent.start, sent.end), noun="later" if LATER.search(sent.text) else None)


def _event_in(sent, clusters: list["Cluster"], classes: set[str] | None = None) -> "Cluster | None":
    for c in clusters:
        if classes is not None and c.cls not in classes:
            continue
        if any(sent.start <= o.start < sent.end for o in c.occ):
            return c
    return None


def _main(clusters: list["Cluster"], classes: set[str]) -> "Cluster | None":
    cands = [c for c in clusters if c.cls in classes and c.occ]
    return cands[0] if len(cands) == 1 else None


def slots(doc: "Document", clusters: list["Cluster"], sources: "Sources") -> Iterator["SubjectFact"]:
    """cause and funder facts, asserted, unknown or denied, per event."""
    for sent in doc.sentences:
        text = sent.text
        incident = _event_in(sent, clusters, {"incident"}) or _main(clusters, {"incident"})
        if incident is not None:
            for pat in UNKNOWN_CAUSE:
                m = pat.search(text)
                if m:
                    yield _facts(doc, sent, "cause", ("unknown", None), sources, incident.id,
                                 sent.start + m.start(), sent.start + m.end())
                    break
            else:
                m = ASSERTED_CAUSE.search(text)
                if m and not HEDGE.search(text[:m.start()] + m.group(0)) and \
                        _event_in(sent, [incident]) is not None:
                    yield _facts(doc, sent, "cause", ("asserted", m.group(1)), sources, incident.id,
                                 sent.start + m.start(), sent.start + m.end())
        study = _event_in(sent, clusters, {"study"}) or _main(clusters, {"study"})
        if study is None:
            continue
        m = UNKNOWN_FUNDER.search(text)
        if m:
            yield _facts(doc, sent, "funder", ("unknown", None), sources, study.id,
                         sent.start + m.start(), sent.start + m.end())
            continue
        m = DENIED_FUNDER.search(text)
        if m:
            yield _facts(doc, sent, "funder", ("denied", None), sources, study.id,
                         sent.start + m.start(), sent.start + m.end())
            continue
        m = ASSERTED_FUNDER.search(text)
        if m and not HEDGE.search(text[:m.end()]):
            yield _facts(doc, sent, "funder", ("asserted", m.group(1).strip()), sources, study.id,
                         sent.start + m.start(), sent.start + m.end())


INDEFINITE = frozenset({"anything", "any", "nothing", "much", "something", "everything", "anyone",
                        "anybody"})
SAY_VERBS = frozenset({"say", "state", "tell", "insist", "maintain", "add", "write"})
# Nouns that stand for the act their infinitive names: "confirmed any plans to close the
# unit" is about closing it, as "confirmed it will close the unit" is.
LIGHT_NOUNS = frozenset({"plan", "intention", "decision", "proposal", "bid", "move", "offer",
                         "agreement", "deal", "report", "claim", "suggestion", "attempt"})


def _content(tok) -> str:
    if tok.lemma_.lower() in LIGHT_NOUNS:
        for c in tok.children:
            if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB" and \
                    any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return c.lemma_.lower()
    return tok.lemma_.lower()


def happened(doc: "Document", sources: "Sources") -> Iterator["SubjectFact"]:
    """One act by one named actor, said to have happened and said not to have ("conceded" /
    "had not conceded"; "the hospital confirmed" / "had not confirmed"): the same verb, the
    same subject, no modal, and nothing that says the second came later."""
    from . import SubjectFact

    index = doc.extras.get("entity_index")
    if index is None:
        return
    # only a verb the article also negates can be said done and not done
    negated_verbs = {t.head.lemma_.lower() for d in doc.docs for t in tokens_of(d) if t.dep_ == "neg"}
    if not negated_verbs:
        return
    for sent in doc.sentences:
        if sent.tokens is None or not any(t.lemma_.lower() in negated_verbs for t in sent.tokens):
            continue
        base = sent.start - sent.tokens.start_char
        for tok in sent.tokens:
            if tok.pos_ != "VERB" or tok.dep_ in ("amod", "xcomp", "acl", "relcl") or \
                    tok.lemma_.lower() not in negated_verbs:
                continue
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in BELIEF_VERBS:
                continue  # "I thought she was joking": a belief, neither said to be so nor not
            auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass", "neg")]
            if any(a.lower_ in MODALS for a in auxes) or \
                    any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            s0 = base + subj.idx
            ent = index.entity_at(s0, s0 + len(subj.text))
            if ent is None and subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the"
                                                           for c in subj.children):
                ent = index.named_by_noun(subj.lemma_)  # "the hospital": the one named hospital
            if ent is None and subj.lower_ in ("it", "they") and tok.dep_ == "ccomp":
                # "the museum said it had not announced ...": the speaker speaks of itself
                speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if speaker is not None and tok.head.lemma_.lower() in SAY_VERBS:
                    s1 = base + speaker.idx
                    ent = index.entity_at(s1, s1 + len(speaker.text))
            if ent is None or ent.label not in ("PERSON", "ORG", "FAC"):
                continue
            negated = any(a.lower_ in NEG for a in auxes) or any(c.dep_ == "neg" for c in tok.children)
            if negated and any(c.dep_ == "dobj" and c.lower_ in INDEFINITE and
                               any(g.dep_ in ("relcl", "acl", "amod", "prep") for g in c.children)
                               for c in tok.children):
                continue  # "hasn't proposed anything that would hurt him": not a denial of the act
            obj = next((_content(c) for c in tok.children if c.dep_ in ("dobj", "ccomp", "xcomp")), None)
            if obj is None:  # "participated in a debate", "retired from fixing it": the preposition's object
                obj = next((f"{c.lower_} {o.lemma_.lower()}" for c in tok.children if c.dep_ == "prep"
                            for o in c.children if o.dep_ in ("pobj", "pcomp") and o.pos_ != "PRON"
                            and not o.ent_type_ in ("DATE", "TIME")), None)
            start = base + tok.idx
            yield SubjectFact(f"{ent.id}:{tok.lemma_.lower()}", "happened",
                              ("denied" if negated else "asserted", obj), tok.text,
                              [sent.span("happened"), doc.span(start, start + len(tok.text), "happened")],
                              sources.at(start), sent=(sent.start, sent.end),
                              noun="later" if LATER.search(sent.text) else None,
                              when=frozenset(t.value[:10] for t in doc.timexes
                                             if sent.start <= t.start < sent.end and len(t.value) >= 10
                                             and NAMED_DAY.search(t.text)))
