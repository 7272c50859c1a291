"""The facts builder: births, deaths and ages from the life stage, kin, roles and events from
the claims (:mod:`.roles`), stated durations, the clauses (:mod:`.statements`), and the facts
other stages state about their own subjects (the events stage's ``event_facts``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Source, Span
from ..nlp import ents_of
from ..time import calendar as cal
from .model import Fact, _norm_place
from .activities import ActivityFacts
from .places import PlaceFacts
from .retracted import is_retracted
from .posts import PostFacts
from .stints import StintFacts
from .things import ThingActFacts
from .roles import ClaimFacts
from .statements import StatementFacts
from .store import Facts
from .vocab import PLACE_LABELS

if TYPE_CHECKING:
    from ..document import Document


class _Builder(ClaimFacts, StatementFacts, PlaceFacts, ActivityFacts, PostFacts, StintFacts, ThingActFacts):
    def __init__(self, doc: "Document"):
        self.doc = doc
        self.F = Facts(doc)
        self.n = 0

    def add(self, **kw) -> Fact:
        self.n += 1
        f = Fact(id=f"F{self.n}", **kw)
        if not is_retracted(self.doc, f.evidence.start):  # a correction's retracted report
            self.F.facts.append(f)
        return f

    def run(self) -> Facts:
        self.life()
        self.born_fallback()
        self.kin()
        self.claims()
        self.durations()
        self.statements()
        self.events()
        self.appositions()
        self.nationalities()
        self.place_born()
        self.residences()
        self.activities()
        self.thing_acts()
        self.post_anaphora()
        self.stints()
        return self.F

    def events(self) -> None:
        """The events stage's facts about its events (subject ``V1``, ``V2``, ...: a toll, a
        day, a place), when that stage ran: one store, so that the conflict rules compare
        (subject, slot) alike for people, organisations and events."""
        if "events" not in self.doc.extras:
            return  # the events stage did not run
        from ..events import event_facts
        for sf in event_facts(self.doc):
            attr = sf.attribute
            kind = "date" if attr.startswith("date") else ("score" if attr in ("score", "tally") else "num")
            self.add(entity=sf.subject, slot=attr, kind=kind, value=sf.shown, text=sf.shown,
                     evidence=sf.evidence[0], source=sf.source,
                     value_evidence=sf.evidence[1] if len(sf.evidence) > 1 else None,
                     aspect="revised" if sf.revision else None, measure=sf.value, noun=sf.noun,
                     parties=sf.parties, when=sf.when, year_given=sf.year_given, sent=sf.sent,
                     place=sf.place)

    # -- births, deaths, ages: read from the life stage ---------------------------------------

    def life(self) -> None:
        from ..time.life import life_of

        try:
            lives = life_of(self.doc)
        except Exception:  # an unfinished life stage must not stop the facts
            lives = {}
        F = self.F
        for eid, life in lives.items():
            for slot, items in (("born", life.births), ("died", life.deaths)):
                for d in items:
                    src = self._life_source(d)
                    if d.value and cal.value_range(d.value):
                        self.add(entity=eid, slot=slot, kind="date", value=d.value, text=d.value,
                                 evidence=d.evidence, source=src, time=d.value,
                                 time_evidence=d.date_evidence, value_evidence=d.date_evidence,
                                 quoted=d.quoted)
                    if d.place:
                        key, vspan = self._place_key(d)
                        if key:
                            self.add(entity=eid, slot=slot, kind="place", value=key, text=d.place,
                                     evidence=d.evidence, source=src, value_evidence=vspan,
                                     quoted=d.quoted)
            for a in life.ages:
                self.add(entity=eid, slot="age", value=str(a.age), text=a.evidence.text,
                         evidence=a.evidence, source=F.source_at(a.evidence.start),
                         time=a.reference, years=float(a.age),
                         mod="APPROX" if a.approx else None, quoted=a.quoted,
                         aspect=a.reference_from)

    def born_fallback(self) -> None:
        """'NAME Born 27 August 1968' (an infobox line, a caption): a birth date the life
        stage's parse did not see, for the person named just before."""
        F = self.F
        have = {(f.evidence.start, f.evidence.end) for f in F.facts if f.slot == "born"}
        have_dates = [f.time_evidence for f in F.facts if f.slot == "born" and f.time_evidence is not None]
        for t in F.tx:
            if t.type != "DATE" or not cal.value_range(t.value) or len(t.value) < 10:
                continue
            m = re.search(r"\b[Bb]orn\W{0,3}(?:on\s+)?$", F.text[max(0, t.start - 12):t.start])
            if not m or any(d.start <= t.start < d.end for d in have_dates):
                continue
            bstart = F.block_starts[F.block_of(t.start)]
            ws = max(bstart, t.start - 12) + m.start()
            who = None
            for ent in self.doc.entities:
                if ent.label != "PERSON":
                    continue
                for mn in ent.mentions:
                    if mn.kind != "name" or mn.start < bstart:
                        continue
                    if mn.end <= ws and ws - mn.end <= 3:
                        who = ent
                    elif mn.start < ws < mn.end <= ws + 5 and F.index is not None:
                        # the tagger took "Born" into the name: the name without it
                        try:
                            who = F.index.lookup(F.text[mn.start:ws].strip()) or ent
                        except Exception:  # noqa: BLE001
                            who = ent
            if who is None or (ws, t.end) in have:
                continue
            ev = self.doc.span(ws, t.end, "birth")
            self.add(entity=who.id, slot="born", kind="date", value=t.value, text=t.text, evidence=ev,
                     source=F.source_at(t.start), time=t.value,
                     time_evidence=self.doc.span(t.start, t.end, "date"),
                     value_evidence=self.doc.span(t.start, t.end, "date"))

    def kin(self) -> None:
        """A parent named in apposition: "his father, Paul Reyes", "Reyes's mother, Ana"."""
        F = self.F
        for bi, sdoc in enumerate(self.doc.docs):
            btext = self.doc.block_text(bi).lower()
            if "father" not in btext and "mother" not in btext:
                continue
            base = F.block_starts[bi]
            for t in sdoc:
                if t.lower_ not in ("father", "mother"):
                    continue
                poss = next((k for k in t.children if k.dep_ == "poss"), None)
                self._parent_death(t, poss, base)
                app = next((k for k in t.children if k.dep_ == "appos" and k.pos_ == "PROPN"), None)
                if poss is None or app is None:
                    continue
                lo = min(x.i for x in app.subtree if x.pos_ == "PROPN" or x.i == app.i)
                ps, pe = base + poss.idx, base + poss.idx + len(poss.text)
                who = F.entity_of(ps, pe)
                if poss.pos_ != "PRON" and poss.pos_ != "PROPN":
                    continue
                ks, ke = base + sdoc[lo].idx, base + app.idx + len(app.text)
                parent = F.entity_of(ks, ke)
                if who is None or parent is None or who.id == parent.id or parent.label != "PERSON":
                    continue
                s, e = min(ps, base + t.idx), ke
                self.add(entity=who.id, slot="kin", kind=t.lower_, value=parent.id, text=parent.name,
                         evidence=self.doc.span(s, e, "kin"), source=F.source_at(base + t.idx),
                         value_evidence=self.doc.span(ks, ke, "name"))

    def _parent_death(self, t, poss, base: int) -> None:
        """"Her father died of pneumonia in the winter of 1935": a parent's death, dated, as a
        fact about the child (slot ``parent_died``, kind father or mother)."""
        F = self.F
        verb = t.head
        if poss is None or t.dep_ != "nsubj" or verb.lemma_.lower() != "die" or \
                any(k.dep_ in ("neg", "aux") and k.lower_ in ("not", "n't", "may", "might", "could", "will")
                    for k in verb.children):
            return
        who = F.entity_of(base + poss.idx, base + poss.idx + len(poss.text))
        if who is None or who.label != "PERSON":
            return
        for tx in F.tx:
            if tx.type != "DATE" or not (base + verb.idx < tx.start < base + verb.sent.end_char) or tx.anchor:
                continue
            if cal.value_range(tx.value or "") is None:
                continue
            self.add(entity=who.id, slot="parent_died", kind=t.lower_, value=tx.value, text=tx.text,
                     time=tx.value, evidence=self.doc.span(base + poss.idx, tx.end, "death"),
                     source=F.source_at(base + t.idx), time_evidence=self.doc.span(tx.start, tx.end, "date"))
            return

    def _life_source(self, d) -> Source:
        F = self.F
        src = F.source_at(d.offset or d.evidence.start)
        if src.kind == "article" and d.source:
            src = Source("attributed", name=d.source)
        return src

    def _place_key(self, d) -> tuple[str | None, Span | None]:
        """The most specific named place in a birth or death phrase: 'Kerman province,
        central Iran' -> kerman province; 'the Iranian religious capital of Qom' -> qom."""
        F = self.F
        s, e = d.evidence.start, d.evidence.end
        pos = F.text.find(d.place, s, e + len(d.place)) if d.place else -1
        if pos < 0 and d.place and getattr(d, "place_start", None) is not None:
            pos = d.place_start  # "Kilmory, the village ... where he had been born"
        lo, hi = (pos, pos + len(d.place)) if pos >= 0 else (s, e)
        best = None
        for bs, be, text, label in self._ents_in(lo, hi):
            if label in PLACE_LABELS or label == "ORG" and text.split()[-1].lower() in (
                    "province", "county", "district", "region"):
                best = (bs, be, text)
                break  # the first named place is the most specific ("Kerman province, Iran")
        if best is None:
            # a place the tagger missed: the capitalised words of the phrase
            m = re.search(r"\b(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*", d.place or "")
            if not m or pos < 0:
                return None, None
            best = (pos + m.start(), pos + m.end(), m.group(0))
        bs, be, text = best
        return _norm_place(text), self.doc.span(bs, be, "place")

    def _ents_in(self, lo: int, hi: int):
        bi = self.F.block_of(lo)
        base = self.F.block_starts[bi]
        for ent in ents_of(self.doc.docs[bi]):
            s, e = base + ent.start_char, base + ent.end_char
            if s >= lo and e <= hi:
                yield s, e, self.F.text[s:e], ent.label_

    # -- stated durations (life stage) --------------------------------------------------------

    def durations(self) -> None:
        from ..time.life import life_of

        try:
            lives = life_of(self.doc)
        except Exception:
            return
        for eid, life in lives.items():
            for d in life.durations:
                src = self.F.source_at(d.evidence.start)
                ev = d.clause if d.clause is not None else d.evidence
                self.add(entity=eid, slot="role", value=None, text=d.evidence.text, evidence=ev,
                         source=src, aspect="duration", years=d.years, mod=d.mod,
                         words=frozenset(w.lower() for w in d.words), title="head" if d.lead else None,
                         tense="present" if (d.tense == "present" or d.perfect) else d.tense,
                         value_evidence=d.evidence, quoted=d.quoted)
