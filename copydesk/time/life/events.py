"""Incidents (for day conflicts), dated life events and durations."""

from __future__ import annotations

import re

from ...model import Timex
from .. import calendar as cal
from .records import LifeEvent, StatedDuration, Incident
from .vocab import (DEATH_VERBS, ARREST_VERBS, ARREST_NOUNS, CRASH_VERBS, CRASH_NOUNS, BLAST_VERBS,
                    BLAST_NOUNS, STRIKE_COMPOUNDS, LEAD_VERBS, LEAD_NOUNS, DATE_PREPS, ASPECTUAL, ROLE_START_LEMMAS,
                    _lemma)
from .syntax import _passive, _subject, _verb_tense, _hedged


class _Events:
    """Incidents put on a day, dated life events and stated durations; mixed into the life
    stage's builder."""

    # -- incidents (day conflicts) ---------------------------------------------------------------

    def incident(self, tok) -> None:
        lem = _lemma(tok)
        if lem in ARREST_VERBS | ARREST_NOUNS:
            group = "arrest"
        elif lem in CRASH_VERBS | CRASH_NOUNS:
            group = "crash"
        elif lem in BLAST_VERBS | BLAST_NOUNS:
            group = "explosion"
        else:
            group = "strike"
            if lem == "strike" and not any(c.dep_ in ("compound", "amod") and c.lower_ in STRIKE_COMPOUNDS
                                           for c in tok.children):
                return
        tx = None
        for t, span, p in self._attached.get(tok.i, []):
            if t.type in ("DATE", "TIME") and re.match(r"^\d{4}-\d{2}-\d{2}", t.value) and p in DATE_PREPS:
                tx = t
                break
        if tx is None or _hedged(tok):
            return
        if any(c.lower_ in ("again", "another", "second", "new", "other", "previous", "earlier",
                            "latest", "first", "last") for c in tok.children):
            return
        base = self._base
        ent = None
        definite = True
        if tok.pos_ == "VERB":
            if group == "arrest":
                who = _subject(tok) if _passive(tok) or tok.dep_ == "acl" else \
                    next((c for c in tok.children if c.dep_ == "dobj"), None)
                ent = self.entity(who, base)
                if ent is None or ent.label not in ("PERSON",):
                    return
            else:
                ent = self.entity(_subject(tok), base)
                if ent is not None and ent.label not in ("ORG", "PRODUCT", "FAC", "PERSON", "NORP"):
                    ent = None
                if ent is None:
                    subj = _subject(tok)
                    definite = subj is not None and any(
                        c.dep_ == "det" and c.lower_ in ("the",) for c in subj.children)
        else:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if owner is not None and not self.timex_in(base + owner.idx, base + owner.idx + len(owner.text)):
                ent = self.entity(owner, base)
            if group == "arrest" and (ent is None or ent.label != "PERSON"):
                return
            det = next((c for c in tok.children if c.dep_ in ("det", "poss")), None)
            definite = det is not None and (det.dep_ == "poss" or det.lower_ in ("the", "this", "that"))
        self._incident(group, ent.id if ent is not None else None, tok, tx, definite,
                       self.quoted(base + tok.idx))

    def _incident(self, group: str, eid: str | None, tok, tx: Timex, definite: bool, quoted: bool) -> None:
        if not re.match(r"^\d{4}-\d{2}-\d{2}", tx.value):
            return  # only days can conflict by a day
        own = self._verb_extent(tok) if tok.pos_ == "VERB" else \
            (self._base + tok.idx, self._base + tok.idx + len(tok.text))
        s, e = min(own[0], tx.start), max(own[1], tx.end)
        if e - s > 90:  # keep the evidence readable: the trigger and the date apart
            s, e = own
        self.incidents.append(Incident(
            group=group, entity=eid, value=tx.value[:10], evidence=self.span(s, e, "event"),
            date_evidence=self.doc.span(tx.start, tx.end, "date"), timex=tx.id, word=_lemma(tok),
            definite=definite, quoted=quoted))

    # -- dated events ----------------------------------------------------------------------------

    def dated_event(self, tok) -> None:
        base = self._base
        if tok.dep_ in ("aux", "auxpass"):
            return
        subj = _subject(tok)
        ent = self.person(subj, base)
        if ent is None:
            return
        # "Osterley and Braam travelled": the act is each one's
        doers = [(ent, subj)] + [(p, c) for c in subj.children if c.dep_ == "conj"
                                 and (p := self.person(c, base)) is not None and p.id != ent.id]
        for t, span, prep in self._attached.get(tok.i, []):
            if t.type not in ("DATE", "TIME") or not cal.parse_value(t.value):
                continue
            if self._counted_from_age(t):
                break
            acting = not _passive(tok) and not _hedged(tok)
            for who, name in doers:
                ev = self._add_event(who, _promoted_to(tok), t, prep, None)
                if ev is not None and acting and name.pos_ == "PROPN":
                    ev.acting = True
            break

    def _counted_from_age(self, t) -> bool:
        """"Born in 1931 ... At 16 she joined the band, and two years later she moved": the
        "later" counts from the age told in between, not from the date the time layer
        anchored it on."""
        if not t.anchor or t.anchor == "published":
            return False
        ref = next((x for x in self.doc.timexes if x.id == t.anchor), None)
        return ref is not None and ref.end <= t.start and bool(_AGE_BETWEEN.search(self.text, ref.end, t.start))

    def _add_event(self, ent, tok, tx: Timex | None, prep: str | None, age: int | None,
                   age_span: tuple[int, int] | None = None) -> LifeEvent | None:
        base = self._base
        lem = _lemma(tok)
        if lem in DEATH_VERBS or lem == "bear":
            return None
        activity = lem
        obj_head = tok
        if lem in ASPECTUAL:
            x = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if x is not None:
                activity = _lemma(x)
                obj_head = x
        if lem == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
            activity = "take over"
        elif lem == "go" and any(c.dep_ == "prep" and c.lower_ == "into" for c in tok.children):
            activity = "go into"  # "went into the mines in 1948": a working life begun
        obj = None
        for c in obj_head.children:
            if c.dep_ in ("dobj", "attr", "oprd", "acomp", "xcomp") or c.dep_ == "prep" and c.lower_ in (
                    "as", "to", "into", "in", "on", "at", "for", "with", "of") and not (
                    tx is not None and any(g.idx + base >= tx.start and g.idx + base < tx.end for g in c.subtree)):
                if c.dep_ == "prep" and age_span is not None and any(
                        age_span[0] <= g.idx + base < age_span[1] for g in c.subtree):
                    continue
                obj = c
                break
        words: set[str] = set()
        phrase = activity
        s = base + tok.idx
        e = base + obj_head.idx + len(obj_head.text)
        if tok.pos_ == "VERB":
            s = min(s, self._verb_extent(tok)[0])
        if obj is not None:
            sub = [g for g in obj.subtree if not g.is_punct or g.i < obj.right_edge.i]
            # cut the object at a comma, a relative clause or a second date
            cut = []
            for g in sub:
                if g.dep_ in ("relcl", "acl", "advcl") or g.text in (",", ";", "(", "–", "—", "-"):
                    break
                if tx is not None and base + g.idx >= tx.start and base + g.idx < tx.end:
                    break
                cut.append(g)
                if len(cut) >= 9:
                    break
            if cut:
                phrase = activity + " " + self.text[base + cut[0].idx: base + cut[-1].idx + len(cut[-1].text)]
                e = max(e, base + cut[-1].idx + len(cut[-1].text))
                words = {g.lemma_.lower() for g in cut if g.pos_ in ("NOUN", "PROPN")} | \
                    {g.lower_ for g in cut if g.lower_ in LEAD_NOUNS}
        date_ev = None
        if tx is not None:
            # the date with its preposition: "in 1957", "late Thursday"
            ts = tx.start
            pre = self.text[max(0, ts - 10):ts]
            m = re.search(r"\b(in|on|at|during|since|from|by|until|before|after)\s+$", pre, re.I)
            if m:
                ts = ts - len(pre) + m.start()
            if abs(ts - s) < 120 and abs(tx.end - e) < 120:
                s, e = min(s, ts), max(e, tx.end)
            date_ev = self.doc.span(tx.start, tx.end, "date")
        if age_span is not None:
            s, e = min(s, age_span[0]), max(e, age_span[1])
        # include the subject when it sits between ("in 1957 he worked")
        subj = _subject(tok)
        if subj is not None and s <= base + subj.idx < e:
            pass
        if tok.dep_ == "xcomp" and tok.head.pos_ == "VERB" and _lemma(tok.head) in ASPECTUAL:
            # "began teaching in 1990", the date on the gerund: the start is the aspect verb's
            lem = _lemma(tok.head)
            s = min(s, base + tok.head.idx)
        ev = LifeEvent(lemma=activity, verb=lem, phrase=phrase, evidence=self.span(s, e, "event"),
                       value=tx.value if tx is not None else None, age=age, date_evidence=date_ev,
                       timex=tx.id if tx is not None else None, prep=prep, words=frozenset(words),
                       tense=_verb_tense(tok), quoted=self.quoted(base + tok.idx), offset=base + tok.idx)
        life = self.life(ent)
        for old in life.events:
            if old.offset == ev.offset and old.value == ev.value and old.age == ev.age:
                return old
        life.events.append(ev)
        return ev

    # -- durations ------------------------------------------------------------------------------

    def duration(self, tx: Timex, span) -> None:
        base = self._base
        m = re.match(r"^P(\d+(?:\.\d+)?)(Y|M|DE)$", tx.value)
        if not m:
            return
        n = float(m[1])
        years = n if m[2] == "Y" else n * 10 if m[2] == "DE" else n / 12
        if years < 2:
            return
        root = span.root
        if root.dep_ != "pobj" or root.head.lower_ not in ("for", "over", "after"):
            return  # "for 15 years", "over two decades", "after a quarter of a century in charge"
        prep = root.head
        if any(c.lower_ in ("next", "coming", "another", "first", "last") for c in root.children):
            return  # "for the next 15 years", "for the first time in 15 years"
        nouns = []
        tok = prep
        verb = None
        for _ in range(8):
            head = tok.head
            if head is tok:
                break
            if head.pos_ in ("VERB", "AUX"):
                verb = head
                break
            if head.pos_ in ("NOUN", "PROPN"):
                nouns.append(head)
            tok = head
        if verb is None:
            return
        words: set[str] = set()
        skip = set(range(span.start, span.end)) | {prep.i}

        def take(t) -> None:
            inner = {g.i for a in t.subtree if a.i != t.i and a.dep_ in ("relcl", "advcl", "acl")
                     for g in a.subtree}
            for g in t.subtree:
                if g.i in skip or g.i in inner:
                    continue
                if g.pos_ in ("NOUN", "PROPN"):
                    words.add(g.lemma_.lower())
                elif g.lower_ in LEAD_NOUNS:
                    words.add(g.lower_)

        for nn in nouns:
            take(nn)
        # the length's own post: "after 25 years in charge", "for 12 years as chief executive"
        for t in span:
            for c in t.children:
                if c.i not in skip and c.dep_ == "prep" and c.lower_ in ("as", "in", "at"):
                    take(c)
        vl = _lemma(verb)
        lead = vl in LEAD_VERBS
        if vl in LEAD_VERBS | {"serve", "work", "be", "remain", "stay", "hold", "spend", "sit", "act"}:
            for c in verb.children:
                if c.dep_ in ("dobj", "attr", "oprd") or c.dep_ == "prep" and c.lower_ in ("as", "at", "with", "in", "on", "of") \
                        and c.i not in skip:
                    take(c)
        if not words and not lead:
            return
        lead = lead or bool(words & LEAD_NOUNS)
        subj = _subject(verb)
        ent = self.person(subj, base)
        if ent is None:
            return
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        perfect = any(a in ("has", "have", "'s", "'ve") for a in aux)
        cs, ce = self._verb_extent(verb)
        lo = min([cs, tx.start] + [base + nn.idx for nn in nouns])
        lo = min(lo, base + prep.idx)
        hi = max(ce, tx.end)
        clause = self.span(lo, hi, "duration") if hi - lo < 160 else self.span(base + prep.idx, tx.end, "duration")
        self.life(ent).durations.append(StatedDuration(
            value=tx.value, years=years, evidence=self.doc.span(base + prep.idx, tx.end, "duration"),
            verb=vl, words=frozenset(words), lead=lead, mod=tx.mod, tense=_verb_tense(verb),
            perfect=perfect, timex=tx.id, clause=clause, quoted=self.quoted(tx.start)))


_AGE_BETWEEN = re.compile(r"\b(?:[Aa]t|aged|[Aa]t the age of)\s+(?:\d{1,2}|[a-z]+teen|twenty|thirty|forty|fifty)\b(?![-\s]*(?:years?|per|%|a\.m|p\.m|o'clock))")


def _promoted_to(tok):
    """"was promoted to finance chief in 2018", parsed as the infinitive "to finance" with
    "chief" its object: the dated act is the promotion, of which the rest is the post."""
    head = tok.head
    if tok.dep_ == "xcomp" and head is not tok and _lemma(head) in ROLE_START_LEMMAS and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children):
        return head
    return tok
