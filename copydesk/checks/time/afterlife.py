"""CD112 quoted-after-death: a person the article reports dead quoted, asked or speaking on a
day after the death ("Olstead, who died last year, ... asked by the Gazette on Monday what she
thought, said she was delighted"); CD113 acts-after-death: the dead named as the doer of a
later, dated act ("Braam died in 1994" and "In 1998, Osterley and Braam travelled"); CD114
dead-survivor: a survivor an obituary lists whom it reports dead before the death it is about."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...time import calendar as cal
from ...facts import facts_of
from ...time.life import life_of
from ..registry import rule
from .common import AFTER_DEATH_WORDS, AFTERLIFE_LEMMAS, SURVIVOR_VERBS, _line, _quote
from ...lazy_re import gated
from .stale import PEG_BLOCKS

# a saying dated this long after the last day the death may have happened
GRACE = timedelta(days=1)


@rule("CD112", "quoted-after-death", "stale", "warning")
def quoted_after_death(doc: Document) -> Iterator[Finding]:
    """What it finds: a quotation given to a person the article reports dead, with a date in
    its attribution after the death: "Ada Olstead, who died last year" and, later, "Olstead,
    asked by the Gazette on Monday what she thought, said she was delighted"; "Pryor told the
    Echo on Tuesday that ...". The date must stand outside what was said, before it (the
    attribution's own date); a saying dated before the death ("said in 2019") is a quotation
    from the archive.

    Why it matters: an interview from an earlier story, re-dated to this week, tells readers
    the dead spoke to the paper; one of the two (the death or the date) is wrong.

    Example: "founded in 1979 by Ada Olstead, who died last year" and "Olstead, asked by the
    Gazette on Monday, said she was delighted", published 2025-05-28, gives "Ada Olstead is
    quoted on a day after the death the article reports: “Monday” (26 May 2025) against
    “died last year” (line 3)".
    """
    lives = life_of(doc)
    for q in doc.quotes:
        sp = q.speaker
        if sp is None or sp.entity is None or q.cue is None:
            continue
        life = lives.get(sp.entity)
        if life is None or life.death is None:
            continue
        dr = life.death_range() or _passing_death(doc, life)
        if dr is None:
            continue
        sent = doc.sentence_at(q.cue.start)
        if sent is None:
            continue
        quoted = [(p.start, p.end) for p in q.parts] or [(q.start, q.end)]
        said_from = min(a for a, _ in quoted)
        said_to = max(b for _, b in quoted)
        for tx in doc.timexes:
            if tx.type != "DATE" or not sent.start <= tx.start < sent.end or any(a <= tx.start < b for a, b in quoted):
                continue
            # the attribution's own date: before the verb, between the verb and the quotation,
            # or right after the verb when the quotation came first ('..." Mahony said yesterday')
            tagged_after = said_to <= q.cue.start and q.cue.end <= tx.start <= q.cue.end + 25
            if not (tx.start < q.cue.end or q.cue.start < tx.start < said_from or tagged_after):
                continue  # a date inside what was said is not the saying's
            rng = cal.value_range(tx.value or "")
            if rng is None or rng[0] <= dr[1] + GRACE:
                continue
            name = next((e.name for e in doc.entities if e.id == sp.entity), sp.name or sp.text)
            d = life.death.evidence
            yield Finding(code="CD112",
                          message=f"{name} is quoted on a day after the death the article reports: "
                                  f"“{_quote(tx.text, 30)}”{_shown(rng, tx)} against "
                                  f"“{_quote(d.text, 40)}” (line {_line(doc, d.start)})",
                          evidence=[Span(sent.start, sent.end, sent.text, "quoted"), Span(d.start, d.end, d.text, "death")])
            break


def _passing_death(doc: Document, life):
    """An undated death told in passing ("the late Edgar Orme", deep in the story, not its
    news): it happened before the week of publication, or the story would report it."""
    pub = doc.article.published
    d = life.death
    if pub is None or d.value or d.by_pronoun or not d.evidence.text.lower().startswith("late "):
        return None  # only "the late": a death noun ("his execution") may be of a plan
    bi = next((i for i, b in enumerate(doc.blocks) if b.start <= d.offset < b.end), None)
    if bi is None or bi < PEG_BLOCKS or doc.blocks[bi].kind != "paragraph":
        return None
    week = pub - timedelta(days=pub.weekday())
    return (week - timedelta(days=36500), week - GRACE - timedelta(days=1))


def _shown(rng, tx) -> str:
    """The day a date without its year stands for (" (27 May 2025)"), else nothing."""
    lo, hi = rng
    return f" ({lo.day} {lo:%B} {lo.year})" if lo == hi and str(lo.year) not in tx.text else ""


@rule("CD113", "acts-after-death", "contradiction", "warning")
def acts_after_death(doc: Document) -> Iterator[Finding]:
    """What it finds: a person the article reports dead named as the one who does something
    dated after the death: "Braam, who designed the sets, died in 1994" and, later, "In 1998,
    Osterley and Braam travelled to Lisbon"; "Quist died in March 2019" and "Quist opened the
    new wing in 2021". The act must be the person's own (the named subject of an active,
    unhedged verb in the past tense) and dated in a later year than the death; what is done
    to or said of the dead (buried, honoured, remembered, published posthumously) is not an
    act, nor an engagement the dead was due to keep days later.

    Why it matters: one of the two dates is wrong, or the name is the wrong person's: a
    profile that joins a death from the archive to a later event, or an event told of the
    spouse who died.

    Example: "Her husband, the architect Felix Braam, died in 1994." and "In 1998, Osterley
    and Braam travelled to Lisbon" gives "Felix Braam is reported dead (1994) but acts in 1998:
    “In 1998, Osterley and Braam travelled to Lisbon” against “died in 1994” (line 5)".
    """
    lives = life_of(doc)
    for life in lives.values():
        if life.death is None or life.death.quoted:
            continue
        dr = life.death_range()
        if dr is None:
            continue
        for ev in life.events:
            if not ev.acting or ev.quoted or not ev.value or ev.prep not in (None, "in", "on", "during"):
                continue
            if ev.verb in AFTERLIFE_LEMMAS or ev.lemma in AFTERLIFE_LEMMAS:
                continue
            rng = cal.value_range(ev.value)
            if rng is None or rng[0].year <= dr[1].year or ev.tense not in (None, "past"):
                continue  # a later year, told as done: "was due to open the show on Friday" is a plan
            sent = doc.sentence_at(ev.evidence.start)
            if sent is not None and AFTER_DEATH_WORDS & {w.lower() for w in _WORD.findall(sent.text)}:
                continue  # "her posthumous memoir appeared in 2001"
            d = life.death.evidence
            yield Finding(code="CD113",
                          message=f"{life.name} is reported dead{_when(life.death)} but acts in "
                                  f"{_quote(ev.date_evidence.text if ev.date_evidence else ev.value, 30)}: "
                                  f"“{_quote(ev.evidence.text, 60)}” against “{_quote(d.text, 40)}” "
                                  f"(line {_line(doc, d.start)})",
                          evidence=[ev.evidence, Span(d.start, d.end, d.text, "death")])
            break


_WORD = re.compile(r"[A-Za-z]+")


def _when(death) -> str:
    de = death.date_evidence
    return f" ({de.text})" if de is not None else ""


@rule("CD114", "dead-survivor", "contradiction", "warning")
def dead_survivor(doc: Document) -> Iterator[Finding]:
    """What it finds: a person an obituary lists among the survivors ("He is survived by
    Hilary, their two sons ...", "She leaves her husband, Tom,") whom the article reports dead
    before the death it is about ("His wife, Hilary, ... died in 2009", when he died in 2021).

    Why it matters: the survivors' list is often kept from a draft or an earlier notice; a
    widow listed as surviving after the article has told of her death hurts the family and
    shows the list was never checked.

    Example: "Colm Reddy ... died on 19 February 2021", "His wife, Nuala, died in 2009." and
    "He is survived by Nuala and their two sons" give "Nuala is listed among the survivors of
    Colm Reddy, who died on 19 February 2021, but the article reports her death in 2009".
    """
    lives = life_of(doc)
    F = facts_of(doc)
    before = _predeceased(doc, F)
    for s in doc.sentences:
        if s.tokens is None or not _SURVIVE.search(s.text):
            continue
        base = s.start - s.tokens.start_char
        for tok in s.tokens:
            listed = _survivors(tok)
            if not listed:
                continue
            dead = _person(F, base, _deceased(tok))
            life = lives.get(dead.id) if dead is not None else None
            dr = life.death_range() if life is not None and life.death is not None else None
            if dr is None:
                continue
            for name in listed:
                ent = _person(F, base, name)
                if ent is not None and ent.id != dead.id and ent.id in before:
                    ps = before[ent.id]
                    yield Finding(code="CD114",
                                  message=f"{ent.name} is listed among the survivors of {life.name}, but the "
                                          f"article says {life.name} was predeceased by {ent.name}: "
                                          f"“{_quote(ps.text, 50)}” (line {_line(doc, ps.start)})",
                                  evidence=[s.span("survivors"), Span(ps.start, ps.end, ps.text, "death")])
                    continue
                other = lives.get(ent.id) if ent is not None and ent.id != dead.id else None
                if other is None or other.death is None or other.death.quoted:
                    continue
                odr = other.death_range()
                if odr is None or odr[1] >= dr[0]:
                    continue
                d = other.death.evidence
                ds = doc.sentence_at(d.start) or d  # the sentence names the survivor: "His wife, Nuala, ..."
                when = life.death.date_evidence.text if life.death.date_evidence else ""
                yield Finding(code="CD114",
                              message=f"{other.name} is listed among the survivors of {life.name}, who died "
                                      f"{_quote(when, 30)}, "
                                      f"but the article reports that death earlier: “{_quote(d.text, 40)}” "
                                      f"(line {_line(doc, d.start)})",
                              evidence=[s.span("survivors"), Span(ds.start, ds.end, ds.text, "death")])


_SURVIVE = gated(r"\b(?:survived by|leaves)\b", re.I)
_PRECEDED = gated(r"\b(?:preceded in death|predeceased)\b", re.I)


def _predeceased(doc: Document, F) -> dict:
    """The people an obituary says died before its subject, undated: "He was preceded in death
    by his wife, Ilse", "predeceased by a brother, Tom", "Ilse predeceased him"; id -> sentence."""
    out: dict = {}
    for s in doc.sentences:
        if s.tokens is None or not _PRECEDED.search(s.text):
            continue
        base = s.start - s.tokens.start_char
        for tok in s.tokens:
            lem = tok.lemma_.lower()
            if lem == "precede" and not any(c.lower_ == "in" and any(g.lower_ == "death" for g in c.children)
                                            for c in tok.children):
                continue
            if lem not in ("precede", "predecease"):
                continue
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            heads = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] \
                if passive else [c for c in tok.children if c.dep_ == "nsubj"]
            todo = list(heads)
            while todo:
                t = todo.pop()
                todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
                ent = _person(F, base, t) if t.pos_ == "PROPN" else None
                if ent is not None:
                    out.setdefault(ent.id, s)
    return out


def _survivors(tok) -> list:
    """The names a survivors' clause lists: the agent of "is survived by", the object of
    "leaves", with their conjuncts and appositions."""
    heads = []
    if tok.lemma_.lower() == "survive" and any(c.dep_ == "auxpass" for c in tok.children):
        heads = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    elif tok.lemma_.lower() in SURVIVOR_VERBS and tok.pos_ == "VERB":
        heads = [c for c in tok.children if c.dep_ == "dobj"]
    out, todo = [], list(heads)
    while todo:
        t = todo.pop()
        if t.pos_ == "PROPN":
            out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos"))
    return out


def _deceased(tok):
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _person(F, base: int, tok):
    if tok is None:
        return None
    lo = tok.left_edge if tok.left_edge.pos_ == "PROPN" else tok
    ent = F.entity_of(base + lo.idx, base + tok.idx + len(tok.text))
    return ent if ent is not None and ent.label == "PERSON" else None
