"""events stage: what happened, named once or several times, and what the article says
about it (when, how many, the score).

Runs after time and before facts. ``annotate(doc)`` fills ``doc.events`` (the report's
``events``) and leaves the facts about events in ``doc.extras["event_facts"]``: one
:class:`SubjectFact` per thing the article says about an event, with the subject's id, the
attribute, the value and its evidence, so that the conflict rules compare events as they
compare people. See :mod:`.mentions` (event words and their times), :mod:`.measures`
(counts and scores), :mod:`.coref` (which mentions name one event).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..model import Event, EventMention, Source, Span
from ..time import calendar as cal
from . import amounts, certainty, coref, measures, mentions, priced, scores
from ..time import day_inherited, speakers_day
from .vocab import DURATIVE, FOUND_ONCE, ONE_PLACE_TYPES, OWNED_ONCE

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["SubjectFact", "annotate", "event_facts"]


@dataclass
class SubjectFact:
    """One thing said about one subject (an event here): ``attribute`` is ``count:dead``,
    ``score``, ``tally``, ``date`` or ``date:start``; ``value`` an interval ``(lo, hi)``, a
    score ``(high, low)`` or a day."""
    subject: str
    attribute: str
    value: object
    shown: str
    evidence: list[Span]
    source: Source
    revision: bool = False
    noun: str | None = None
    year_given: bool = True
    parties: frozenset = field(default_factory=frozenset)
    sent: tuple[int, int] = (0, 0)
    when: frozenset = field(default_factory=frozenset)
    place: str | None = None


def annotate(doc: "Document") -> None:
    sources = mentions.Sources(doc)
    occs, by_tok = mentions.find(doc, sources)
    found = list(measures.counts(doc, sources, by_tok)) + list(scores.scores(doc, sources, by_tok))
    clusters = coref.cluster(doc, occs)
    coref.attach(doc, clusters, found)
    money = list(amounts.amounts(doc, sources)) + list(amounts.changes(doc, sources))
    if money:  # a company's results: one reporting event per article
        clusters.append(coref.Cluster("results", "results", measures=money, implicit=True))
    for thing in priced.things(doc, sources):  # "a $48 million bond" ... "the $84 million measure"
        clusters.append(coref.Cluster("priced", thing.lemma, measures=[m.measure for m in thing.mentions],
                                      implicit=True))
    clusters = [c for c in clusters if c.occ or c.measures]
    clusters.sort(key=lambda c: min([o.start for o in c.occ] + [m.span.start for m in c.measures]))
    facts: list[SubjectFact] = []
    events: list[Event] = []
    for i, c in enumerate(clusters, 1):
        c.id = f"V{i}"
        events.append(_event(doc, c))
        facts.extend(_facts(doc, c))
    facts.extend(certainty.slots(doc, clusters, sources))
    facts.extend(certainty.happened(doc, sources))
    doc.events = events
    doc.extras["events"] = clusters
    doc.extras["event_facts"] = facts


def event_facts(doc: "Document") -> list[SubjectFact]:
    if "event_facts" not in doc.extras:
        annotate(doc)
    return doc.extras["event_facts"]


def _name(doc: "Document", c: coref.Cluster) -> str:
    nominal = [o for o in c.occ if o.kind != "verbal" and o.type != "*"] or \
              [o for o in c.occ if o.kind != "verbal"]
    blocks = doc.article.blocks
    body = [o for o in nominal if o.block < len(blocks) and blocks[o.block].kind not in ("headline", "bullet")]
    if nominal and not body:
        return f"the {nominal[0].tok.lemma_.lower()}"  # a headline's words are not a name
    if body:
        tok = body[0].tok
        hi = tok.i
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("at", "of", "in", "on", "near") and c.right_edge.i - tok.i <= 6:
                hi = c.right_edge.i
                break
        span = tok.doc[tok.left_edge.i:hi + 1]
        text = " ".join(span.text.split())
        if span[0].pos_ == "DET":
            text = text[0].lower() + text[1:]  # "The derailment" heading its sentence
        return text if len(text) <= 80 else tok.text
    if c.occ:
        return c.occ[0].tok.text
    return f"the {c.type}"


def _event(doc: "Document", c: coref.Cluster) -> Event:
    ev = Event(id=c.id, type=c.type if c.type != "*" else c.cls, name=_name(doc, c))
    for o in c.occ:
        ev.mentions.append(EventMention(o.start, o.end, doc.text[o.start:o.end], o.kind))
    seen = set()
    for o in c.occ:
        for eid, role in o.participants:
            if (eid, role) not in seen:
                seen.add((eid, role))
                ev.participants.append({"entity": eid, "role": role})
    times = sorted({tx.id for o in c.occ for tx, _a in o.times})
    if times:
        ev.slots["time"] = times
    for m in c.measures:
        key = m.attribute if m.attribute in ("score", "tally") else \
            "amount" if m.attribute.startswith("amount:") else "count"
        entry = {"value": m.text, "of": m.attribute if key == "count" else (m.noun or m.attribute),
                 "start": m.span.start, "end": m.span.end}
        ev.slots.setdefault(key, []).append(entry)
    return ev


def _facts(doc: "Document", c: coref.Cluster) -> list[SubjectFact]:
    out = []
    for m in c.measures:
        if m.attribute in ("score", "tally"):
            attr = "tally" if c.cls == "vote" else "score"
        elif m.attribute.startswith("amount:"):
            attr = m.attribute
        else:
            attr = f"count:{m.attribute}"
        out.append(SubjectFact(c.id, attr, m.value, m.text, [m.clause, m.span], m.source,
                               revision=m.revision, noun=m.noun, parties=m.parties, sent=m.sent,
                               when=m.when, place=m.place))
    durative = c.type in DURATIVE
    if c.cls.startswith("gathering") and c.type in ONE_PLACE_TYPES:
        out.extend(_places(doc, c))
    owner = _owner(c)
    for o in c.occ:
        if o.negated:
            continue
        named = _event_name(o) or owner
        for tx, aspect in o.times:
            day = coref._day(tx.value)
            if named and tx.type == "DATE":
                rng = cal.value_range(tx.value or "")
                sent = next((s for s in doc.sentences if s.start <= o.start < s.end), None)
                if rng is not None and sent is not None:
                    # "the Emu Flat fire" in February 2019 and last summer: a named event, given
                    # two times far apart, whatever their precision
                    out.append(SubjectFact(c.id, "era", rng, tx.text,
                                           [sent.span("event"), doc.span(tx.start, tx.end, "date")],
                                           o.source, noun=named, sent=(sent.start, sent.end)))
            if day is None or (durative and aspect != "start"):
                continue
            if day_inherited(doc, tx):
                continue  # "At 2:45 a.m., he died" after another act's date: no day stated
            if speakers_day(doc, tx):
                continue  # "passed away this evening" in a statement: the speaker's evening
            sent = next((s for s in doc.sentences if s.start <= o.start < s.end), None)
            clause = sent.span("event") if sent else doc.span(o.start, o.end, "event")
            out.append(SubjectFact(c.id, "date", day, tx.text,
                                   [clause, doc.span(tx.start, tx.end, "date")], o.source,
                                   year_given=_has_year(tx.text), sent=(clause.start, clause.end)))
    return out


def _places(doc: "Document", c: coref.Cluster) -> list[SubjectFact]:
    """Where a gathering is held, when a mention names the place with a proper name: "the
    blessing took place at the end of the Town Jetty", "after the blessing at the Halford
    Street boat ramp"."""
    out = []
    for o in c.occ:
        if o.negated:
            continue
        heads = [o.tok]
        if o.tok.dep_ in ("nsubj", "nsubjpass") and o.tok.head.lemma_.lower() in ("take", "hold", "stage"):
            heads.append(o.tok.head)  # "took place at", "was held at"
        for h in heads:
            for k in h.children:
                if k.dep_ != "prep" or k.lower_ not in ("at", "on", "in"):
                    continue
                g = next((x for x in k.children if x.dep_ == "pobj"), None)
                if g is None or g.ent_type_ in ("DATE", "TIME"):
                    continue
                toks = _place_words(g)
                words = [t for t in toks if t.pos_ == "PROPN"]
                if not words:
                    continue  # "at the ramp": which ramp, and whether it is the jetty's, is not told
                span = doc.span(o.base + toks[0].idx, o.base + toks[-1].idx + len(toks[-1].text), "place")
                key = " ".join(sorted(t.lower_ for t in words))
                sent = doc.sentence_at(o.start)
                ev = [sent.span("event") if sent else doc.span(o.start, o.end, "event"), span]
                out.append(SubjectFact(c.id, "place", key, span.text, ev, o.source,
                                       sent=(ev[0].start, ev[0].end)))
    return out


def _place_words(g) -> list:
    """The place phrase a preposition's object heads, up to a comma, a clause or a date: "the
    end of the Town Jetty" of "the end of the Town Jetty on Sunday morning, where ..."."""
    out = []
    for t in g.doc[g.left_edge.i:g.right_edge.i + 1]:
        if t.i > g.i and (t.text in (",", ";", "(") or t.ent_type_ in ("DATE", "TIME")
                          or t.dep_ in ("relcl", "acl", "advcl")):
            break
        out.append(t)
    while len(out) > 1 and out[-1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
        out.pop()
    return out


def _owner(c: coref.Cluster) -> str | None:
    """"Her arrest": an event of a class a person undergoes once in a story, owned by its
    possessor, is that person's; every mention of it names the one event, whatever its
    precision ("her arrest in March 1993" and "arrested her on 9 November 1993")."""
    if c.cls in FOUND_ONCE and len(c.occ) > 1:
        things = sorted({t for t in (mentions.thing_of(o) for o in c.occ) if t})
        return "owned:" + (things[0] if things else c.cls)
    if c.cls not in OWNED_ONCE:
        return None
    for o in c.occ:
        if o.kind == "nominal" and any(k.dep_ == "poss" for k in o.tok.children) and o.participants:
            return "owned:" + o.participants[0][0]
    return None


def _event_name(o) -> str | None:
    """The proper name an event noun carries ("the Emu Flat fire"), folded, or None."""
    if o.kind == "verbal":
        return None
    words = [k.lower_ for k in o.tok.children if k.dep_ == "compound" and k.pos_ == "PROPN"]
    words += [g.lower_ for k in o.tok.children if k.dep_ == "compound" and k.pos_ == "PROPN"
              for g in k.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
    return " ".join(sorted(words)) or None


def _has_year(text: str) -> bool:
    return bool(re.search(r"\b(?:1[5-9]|20)\d\d\b", text)) or not re.search(r"\d", text)


def day_key(f: SubjectFact) -> tuple:
    d: date = f.value
    return (d.month, d.day) if not f.year_given else (d.year, d.month, d.day)
