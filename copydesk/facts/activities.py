"""How long someone has been doing something, and when it began, for any activity: "has
studied the compound for more than 20 years" against "first synthesized it in 2011"; "has
spent over two decades cooking in Port Alwen" against "moved to Port Alwen in 2008". A
mixin of the builder: facts with slot ``activity``, aspect ``duration`` (``years``, ``mod``,
``words``: what the activity is about) or ``start`` (``time``, ``words``). Roles and their
tenures are the life stage's; this reads the rest."""

from __future__ import annotations

import re

from ..time import calendar as cal
from .parse import _lemma
from .vocab import ONCE_ACTS, ONCE_PER_NAME

_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)(Y|DE|CE)$")
# Verbs that begin an activity or bring its object into being ("moved to", "founded",
# "opened"); any verb with "first" before it does too ("first synthesized it in 2011").
START_LEMMAS = frozenset({"move", "relocate", "arrive", "settle", "emigrate", "join", "found", "launch",
                          "open", "create", "establish", "start", "begin", "invent", "discover",
                          "co-found", "cofound", "set"})
_PRONOUNS = frozenset({"it", "them", "this", "that"})
# between a length and its first end ("for eleven years, from 1979"; "for six years (2014"),
# and between the two ends ("until her retirement in 1994", "to", "-")
_SPAN_OPEN = re.compile(r"^\s*(?:,|\(|\u2014|\u2013|-)?\s*(?:from|between)?\s*$", re.I)
_SPAN_JOIN = re.compile(r"^\s*(?:-|\u2013|\u2014|(?:to|until|till|through|and)\b(?:\s+[\w'\u2019]+){0,3}?\s+(?:in\s+)?)\s*$", re.I)
# between a length and the start it is counted from: "since his election in", "since being
# elected in", ", since"
_LENGTH = re.compile(r"^P(\d+(?:\.\d+)?)(Y|DE|CE|M)$")
_NEARLY = re.compile(r"^(?:almost|nearly|just under|close to)\b", re.I)
# a length's verb ("took three years", "lasted 13 months") and the verbs of its two ends
_TOOK = frozenset({"take", "last", "span"})
_BEGUN = frozenset({"begin", "start", "commence", "launch"})
_ENDED = frozenset({"complete", "finish", "end", "conclude", "wrap"})
_SINCE = re.compile(r"^\s*,?\s*since\s+(?:[A-Za-z'\u2019-]+\s+){0,4}?(?:in\s+)?$", re.I)
_TIME_NOUNS = frozenset({"year", "decade", "month", "week", "day", "time", "century", "life", "career"})


# What the subject is and what another clause does are not what an act is about: "Raman, who
# has studied bone health ..., joined Kelsall in 2012 after completing her doctorate".
OTHER_CLAUSE = frozenset({"nsubj", "nsubjpass", "advcl", "relcl", "ccomp", "parataxis"})


class ActivityFacts:
    """Durations and starts of activities that are not posts."""

    def activities(self) -> None:
        F = self.F
        for i, t in enumerate(F.tx):
            if t.type == "DURATION":
                self._duration(t)
                self._spanned(t, F.tx[i + 1:i + 3])
                self._since(t, F.tx[i + 1:i + 2])
                self._took(t, F.tx[max(0, i - 4):i])
            elif t.type == "DATE" and re.match(r"^\d{4}", t.value or "") and cal.value_range(t.value):
                self._start(t)
                self._once(t)

    def _anchor_tok(self, t):
        tok = self.F.token_at(t.start)
        if tok is None:
            return None, 0
        base = self.F.base_of(tok)
        span = tok.doc.char_span(t.start - base, t.end - base, alignment_mode="expand")
        return (span.root if span is not None else None), base

    def _subject(self, verb, base: int):
        subj = next((k for k in verb.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        node = verb
        while subj is None and node.dep_ in ("conj", "xcomp") and node.head is not node:
            node = node.head
            subj = next((k for k in node.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in ("who", "that") and node.dep_ == "relcl":
            subj = node.head
        if subj is None:
            return None
        return self.F.entity_of(base + subj.idx, base + subj.idx + len(subj.text))

    def _words(self, verb, base: int, skip: set[int], dest_only: tuple = ()) -> frozenset:
        """What an activity is about: its object, and the places and names in its clause."""
        out = set()
        for k in verb.subtree:
            if k.i in skip or k.i == verb.i:
                continue
            if k.pos_ == "PROPN":
                if dest_only and not (k.dep_ == "pobj" and k.head.lower_ in dest_only
                                      or k.head.dep_ == "pobj" and k.head.head.lower_ in dest_only):
                    continue
                out.add(k.lower_)
            elif k.dep_ in ("dobj", "pobj") and k.pos_ == "NOUN" and k.lemma_.lower() not in _TIME_NOUNS \
                    and not dest_only:
                out.add(k.lemma_.lower())
            elif k.dep_ == "dobj" and k.lower_ in _PRONOUNS:
                out.add("*")  # "first synthesized it": what the sentence is about
        return frozenset(out)

    def _place_before(self, offset: int) -> frozenset:
        """The words of the place "there" stands for: the last place named before it, in its
        sentence or the one before."""
        sents = [x for x in self.doc.sentences if x.start <= offset]
        lo = sents[-2].start if len(sents) >= 2 else (sents[-1].start if sents else 0)
        best = None
        text = self.doc.text
        for e in self.doc.entities:
            if e.label == "PERSON":
                continue
            for m in e.mentions:
                placed = e.label in ("GPE", "LOC", "FAC") or text[max(0, m.start - 4):m.start] in (" in ", " at ", " to ")
                if placed and lo <= m.start < offset and (best is None or m.start > best[0]):
                    best = (m.start, e.name)
        return frozenset(w.lower() for w in best[1].split()) if best else frozenset()

    def _duration(self, t) -> None:
        m = _DURATION.match(t.value or "")
        if not m or t.mod in ("LESS_THAN", "EQUAL_OR_LESS", "APPROX"):
            return
        years = float(m.group(1)) * {"Y": 1, "DE": 10, "CE": 100}[m.group(2)]
        root, base = self._anchor_tok(t)
        if root is None:
            return
        if root.dep_ == "prep" and root.lower_ in ("for", "over"):
            verb = root.head  # the timex took its preposition: "over two decades"
        elif root.dep_ == "pobj" and root.head.lower_ in ("for", "over"):
            verb = root.head.head
        else:
            verb = root.head if root.dep_ in ("npadvmod", "dobj") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return
        perfect = any(k.dep_ == "aux" and k.lower_ in ("has", "have", "'s", "’s", "'ve", "’ve")
                      for k in verb.children) and verb.tag_ == "VBN"
        if not perfect:
            return  # only "has done it for N years" is counted back from today
        ent = self._subject(verb, base)
        if ent is None:
            return
        skip = {x.i for x in root.subtree} | ({root.head.i} if root.dep_ == "pobj" else set())
        words = self._words(verb, base, skip)
        if not words:
            return
        s = base + verb.left_edge.idx if verb.dep_ != "relcl" else base + min(
            k.idx for k in verb.subtree)
        e = max(t.end, base + verb.idx + len(verb.text))
        for k in verb.subtree:
            e = max(e, base + k.idx + len(k.text)) if k.dep_ not in ("relcl", "advcl", "conj", "cc") else e
        self.add(entity=ent.id, slot="activity", aspect="duration", value=t.value, text=t.text,
                 evidence=self.doc.span(s, t.end if e < t.end else e, "duration"),
                 source=self.F.source_at(t.start), years=years, mod=t.mod, words=words,
                 value_evidence=self.doc.span(t.start, t.end, "duration"), tense="present",
                 offset=base + verb.idx)

    def _spanned(self, t, after) -> None:
        """A length and the two ends it was counted between, in one breath: "for eleven years,
        from 1979 until her retirement in 1994", "for six years (2014-2020)"."""
        m = _DURATION.match(t.value or "")
        if not m or t.mod in ("LESS_THAN", "MORE_THAN", "APPROX", "EQUAL_OR_LESS", "EQUAL_OR_MORE") \
                or len(after) < 2 or not all(a.type == "DATE" for a in after):
            return
        a, b = after
        text = self.doc.text
        if not (_SPAN_OPEN.match(text[t.end:a.start]) and _SPAN_JOIN.match(text[a.end:b.start])):
            return
        if a.anchor == "published" or b.anchor == "published" or not (cal.value_range(a.value) and cal.value_range(b.value)):
            return
        years = float(m.group(1)) * {"Y": 1, "DE": 10, "CE": 100}[m.group(2)]
        self.add(entity=None, slot="span", aspect="range", value=t.value, text=t.text, years=years,
                 evidence=self.doc.span(t.start, b.end, "duration"), source=self.F.source_at(t.start),
                 measure=(a.value, b.value), time=a.value, offset=t.start,
                 value_evidence=self.doc.span(t.start, t.end, "duration"),
                 time_evidence=self.doc.span(a.start, b.end, "range"))

    def _took(self, t, before) -> None:
        """A length told with the start and the end of the work it measures, in one sentence:
        "The work, which began in January 2015 and was completed last month, took almost three
        years"; "building work started in May 2019, ended in June 2020 and lasted 13 months"."""
        m = _LENGTH.match(t.value or "")
        if not m or t.mod not in (None, "APPROX", "EQUAL") and not (
                t.mod == "LESS_THAN" and _NEARLY.match(t.text)):
            return  # "less than three years", "more than six years": bounds, not lengths
        root, base = self._anchor_tok(t)
        if root is None:
            return
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("for", "over") else root.head
        if verb.lemma_.lower() not in _TOOK or root.dep_ not in ("dobj", "npadvmod", "pobj"):
            return
        sent = self.doc.sentence_at(t.start)
        ends: dict[str, object] = {}
        for d in before:
            if d.type != "DATE" or sent is None or not sent.start <= d.start < sent.end or not cal.value_range(d.value):
                continue
            r, _b = self._anchor_tok(d)
            v = r
            for _ in range(3):
                if v is None or v.pos_ == "VERB":
                    break
                v = v.head
            lem = v.lemma_.lower() if v is not None and v.pos_ == "VERB" else ""
            if lem in _BEGUN:
                ends.setdefault("start", d)
            elif lem in _ENDED:
                ends["end"] = d
        a, b = ends.get("start"), ends.get("end")
        if a is None or b is None or a.start > b.start:
            return
        n = float(m.group(1))
        years = n * {"Y": 1, "DE": 10, "CE": 100, "M": 1 / 12}[m.group(2)]
        self.add(entity=None, slot="span", aspect="took", value=t.value, text=t.text, years=years,
                 evidence=self.doc.span(a.start, t.end, "duration"), source=self.F.source_at(t.start),
                 measure=(a.value, b.value), time=a.value, offset=t.start,
                 value_evidence=self.doc.span(t.start, t.end, "duration"),
                 time_evidence=self.doc.span(a.start, b.end, "range"))

    def _since(self, t, after) -> None:
        """A length and the start it is counted from, to the publication date: "has served for
        12 years since his election in 1987", "has lived there for a decade, since 2009"."""
        m = _DURATION.match(t.value or "")
        pub = self.doc.article.published
        if not m or m.group(2) != "Y" or pub is None or t.mod in ("LESS_THAN", "MORE_THAN", "APPROX", "EQUAL_OR_LESS", "EQUAL_OR_MORE") \
                or not after or after[0].type != "DATE" or after[0].anchor == "published":
            return
        a = after[0]
        if not _SINCE.match(self.doc.text[t.end:a.start]) or not re.match(r"^\d{4}", a.value or "") \
                or cal.value_range(a.value) is None:
            return
        root, base = self._anchor_tok(t)
        if root is None:
            return
        verb = root.head.head if root.dep_ == "pobj" else root.head
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN" or not any(
                k.dep_ == "aux" and k.lower_ in ("has", "have", "'s", "\u2019s", "'ve", "\u2019ve") for k in verb.children):
            return  # only "has done it for N years since ..." runs to the day of writing
        years = float(m.group(1)) * {"Y": 1, "DE": 10, "CE": 100}[m.group(2)]
        self.add(entity=None, slot="span", aspect="since", value=t.value, text=t.text, years=years,
                 evidence=self.doc.span(t.start, a.end, "duration"), source=self.F.source_at(t.start),
                 measure=(a.value, pub.isoformat()), time=a.value, offset=t.start,
                 value_evidence=self.doc.span(t.start, t.end, "duration"),
                 time_evidence=self.doc.span(a.start, a.end, "start"))

    def _start(self, t) -> None:
        root, base = self._anchor_tok(t)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in ("in", "on"):
            return
        verb = root.head.head
        if verb.pos_ != "VERB":
            return
        lem = _lemma(verb)
        first = any(k.lower_ == "first" and k.dep_ == "advmod" for k in verb.children)
        if lem not in START_LEMMAS and not first:
            return
        ent = self._subject(verb, base)
        if ent is None:
            return
        dest = () if first else ("to", "into") if lem in ("move", "relocate", "emigrate") else \
            ("in", "at", "to") if lem in ("arrive", "settle") else ()
        other = {x.i for c in verb.children if c.dep_ in OTHER_CLAUSE for x in c.subtree}
        words = self._words(verb, base, {x.i for x in root.subtree} | other, dest_only=dest)
        if not words and dest and any(k.lower_ in ("there", "here") and k.dep_ == "advmod" for k in verb.children):
            words = self._place_before(base + verb.idx)  # "She moved there in 2005"
        if not words:
            return
        lo = verb
        while lo.i > 0 and lo.doc[lo.i - 1].head.i == verb.i and lo.doc[lo.i - 1].dep_ in (
                "advmod", "aux", "auxpass", "neg"):
            lo = lo.doc[lo.i - 1]
        self.add(entity=ent.id, slot="activity", aspect="start", value=t.value, text=t.text,
                 evidence=self.doc.span(base + lo.idx, t.end, "start"),
                 source=self.F.source_at(t.start), time=t.value, words=words,
                 time_evidence=self.doc.span(t.start, t.end, "date"), offset=base + verb.idx)

    def _once(self, t) -> None:
        """An act done once in a life ("retired in June 2019", "since retiring last year"),
        with its date and whether the date is relative to the publication date."""
        root, base = self._anchor_tok(t)
        if root is None:
            return
        verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ in ("npadvmod", "advmod") else None
        if verb is None or verb.pos_ != "VERB":
            return
        value = _lemma(verb)
        if value in ONCE_PER_NAME:
            names = sorted({k.lower_ for k in verb.subtree if k.pos_ == "PROPN" and k.dep_ in ("pobj", "dobj", "compound")
                            and k.i not in {x.i for x in root.subtree} and k.head.dep_ != "nsubj"
                            and k.dep_ != "nsubj"})
            if not names:
                return
            value = f"{value} {' '.join(names)}"  # "move leeds": one move to one place
        elif value not in ONCE_ACTS:
            first = _ordinal_object(verb)
            if first is None:
                return
            value = f"{value} {first}"  # "opened its third store": that store opened once
        node = verb
        while node.dep_ in ("pcomp", "advcl", "xcomp") and not any(
                k.dep_ in ("nsubj", "nsubjpass") for k in node.children):
            node = node.head.head if node.dep_ == "pcomp" else node.head  # "Since retiring ..., Okafor"
        ent = self._subject(node, base)
        if ent is None:
            return
        lo = verb if verb.i < root.i else root.left_edge
        s, e = base + min(lo.idx, verb.idx), max(t.end, base + verb.idx + len(verb.text))
        self.add(entity=ent.id, slot="act", value=value, text=t.text,
                 evidence=self.doc.span(s, e, "act"), source=self.F.source_at(t.start), time=t.value,
                 time_evidence=self.doc.span(t.start, t.end, "date"),
                 prep="relative" if t.anchor == "published" else "absolute" if t.anchor is None else "anchored",
                 offset=base + verb.idx)


ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth", "debut", "maiden", "100th", "last"})


def _ordinal_object(verb) -> str | None:
    """"opened its third store", "released her debut album", "won his first title": an act on
    the nth of something happens once. None when the object has no ordinal."""
    obj = next((k for k in verb.children if k.dep_ == "dobj" and k.pos_ == "NOUN"), None)
    if obj is None:
        return None
    ords = [k.lower_ for k in obj.children if k.dep_ in ("amod", "compound", "nummod")
            and (k.lower_ in ORDINALS or k.ent_type_ == "ORDINAL")]
    return f"{ords[0]} {obj.lemma_.lower()}" if ords else None
