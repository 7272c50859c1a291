"""The entities stage's entry point: ``annotate`` fills ``doc.entities`` and leaves the index."""

from __future__ import annotations

import re

from ..document import Document
from ..model import Mention
from .builder import _Builder
from .index import EntityIndex


def annotate(doc: Document) -> None:
    """Fill doc.entities and doc.extras["entity_index"]."""
    b = _Builder(doc)
    b.collect()
    entities, info = b.build_entities()
    _organisations_called_people(entities, info)
    resolver = b.resolve(entities, info)
    by_id = {e.id: e for e in entities}
    for eid, m in resolver.new_mentions:
        by_id[eid].mentions.append(m)
    _lead_identified(doc, entities)
    for e in entities:
        e.mentions.sort(key=lambda m: (m.start, m.end))
        # a nominal that repeats a name's span ("the Quds commander" apposition) stays once
        seen: set[tuple[int, int]] = set()
        e.mentions = [m for m in e.mentions if not ((m.start, m.end) in seen or seen.add((m.start, m.end)))]
    doc.entities = entities
    doc.extras["entity_index"] = EntityIndex(doc, entities, resolver)
    doc.extras["entity_index"]._info = info


def _organisations_called_people(entities, info) -> None:
    """"the charity she founded, Larder Line": a name the tagger called a person that the
    article describes only with an organisation's noun, and that opens with no given name, is
    an organisation (so "she" and "her" never go to it)."""
    from .vocab import ORG_NOUNS
    from .words import given_names

    for e in entities:
        inf = info.get(e.id)
        if e.label != "PERSON" or not inf or not inf.get("roles"):
            continue
        roles = inf["roles"]
        first = e.name.split()[0].lower() if e.name.split() else ""
        if first in given_names() or inf.get("gender"):
            continue
        if all(r in ORG_NOUNS for r in roles):
            e.label = "ORG"


_IDENTIFIED = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+,\s+(?:\d{1,3},|of\s)")


def _lead_identified(doc: Document, entities) -> None:
    """Wire copy names the lead's subject a paragraph later: "A man sought in last month's
    robbery ... was arrested Saturday" and then "Gary Lee Pruett, 22, of Sadler, ..., was
    being held". An indefinite person noun ("A man", "A teenager") as the first body
    sentence's subject is the person whose full name, with an age or a home town, opens one of
    the next two paragraphs."""
    from .vocab import PERSON_NOUNS

    body = [i for i, b in enumerate(doc.blocks) if b.kind == "paragraph"]
    if len(body) < 2 or body[0] >= len(doc.docs):
        return
    first = doc.docs[body[0]]
    # the lead's first sentence, after a wire dateline the parse may cut off as its own
    subj = None
    for k, sent in enumerate(first.sents):
        # the leftmost subject: the lead's own, also before a trailing ", the sheriff said"
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")), None)
        if subj is not None or k >= 1:
            break
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in PERSON_NOUNS or subj.tag_ == "NNS":
        return
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an") or any(c.pos_ == "PROPN" and c.dep_ == "appos" for c in subj.children):
        return
    base = doc.blocks[body[0]].start
    start, end = base + det.idx, base + subj.idx + len(subj.text)
    for bi in body[1:3]:
        block = doc.blocks[bi]
        if not _IDENTIFIED.match(doc.text[block.start:block.end]):
            continue
        for e in entities:
            # the full name that opens the paragraph
            if e.label == "PERSON" and any(m.kind == "name" and m.start >= block.start and len(m.text.split()) >= 2
                                           and not doc.text[block.start:m.start].strip() for m in e.mentions):
                if not any(m.start <= start < m.end for x in entities for m in x.mentions):
                    e.mentions.append(Mention(start, end, doc.text[start:end], "nominal"))
                return
        return
