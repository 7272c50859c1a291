"""Ages in every written form, and the date each refers to."""

from __future__ import annotations

import bisect
import re

from ...model import Span, Timex
from .. import calendar as cal
from .. import clock_only
from .records import StatedAge, PersonLife
from .vocab import (DEATH_VERBS, _DECADE_TOKEN, _THEN_AGE, DATE_PREPS, BOUND_MARKS, AGE_NOUN_STOP,
                    _NUM_WORDS, _TENS, _DECADE_WORDS, YEAR_OLD_RE, _word_number, _age_value,
                    _lemma)
from .syntax import _subject, _clause_verb, _verb_tense

_THEN_ONLY = re.compile(r"\b(?:then|at the time)\b", re.I)  # an age at the story's time, not now


class _Ages:
    """Every written form of an age, and the date each refers to; mixed into the life stage's
    builder."""

    # -- ages ----------------------------------------------------------------------------------

    def age(self, tok) -> None:
        base = self._base
        self._rough = False
        low = tok.lower_
        if low in ("old", "olds") and tok.i >= 2:
            self._year_old(tok)
        elif low == "aged":
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            n = _age_value(nxt) if nxt is not None else None
            if n is None or nxt.i + 1 < len(tok.doc) and tok.doc[nxt.i + 1].lower_ in ("to", "and", "-", "–", "or", "percent", "%"):
                return
            holder = tok.head
            if holder.pos_ in ("VERB", "AUX"):
                who = _subject(holder)
                verb = holder
            else:
                who = holder
                verb = _clause_verb(holder)
            ent = self.life_person(who, base)
            if ent is not None:
                s, e = self._np_extent(who, base + tok.idx, base + nxt.idx + len(nxt.text))
                near = self._date_before(base + tok.idx)
                if verb is not None and _lemma(verb) in DEATH_VERBS and holder is verb:
                    # "has died aged 87": the age at death, on the death's date when given
                    self._stated(ent, n, (s, e), "aged", verb, ref=None, ref_from="death")
                elif near is not None:
                    # "who began work on the quays in 1949, aged 24": the age at the date it follows
                    self._stated(ent, n, (s, e), "aged", verb, ref=near, ref_from="date",
                                 ref_ev=self.doc.span(near.start, near.end, "date"))
                else:
                    self._stated(ent, n, (s, e), "aged", verb, inside=verb is not None and verb.i < tok.i)
        elif tok.like_num and tok.dep_ in ("appos", "npadvmod", "amod", "nummod", "meta") and tok.i >= 1:
            self._appos_age(tok)
        elif low in ("was", "is", "were", "are", "'s", "be", "turned", "turns", "been") and tok.pos_ in ("AUX", "VERB"):
            self._copula_age(tok)
        elif low == "at" and tok.dep_ == "prep":
            self._at_age(tok)
        elif low in _DECADE_WORDS or _DECADE_TOKEN.fullmatch(tok.text):
            self._decade_age(tok)

    def _stated(self, ent, n: int, ext: tuple[int, int], form: str, verb, *, upto: int | None = None,
                approx: bool = False, ref: Timex | None = None, ref_from: str | None = None,
                ref_ev: Span | None = None, inside: bool = False) -> None:
        if form in ("year-old", "copula") and getattr(self, "_rough", False):
            self._rough = False
            upto, approx, n = n + 1, True, max(0, n - 1)
        if verb is not None and _lemma(verb) == "bear":
            verb = None  # "The 61-year-old Reyes was born in 1957": the date is the birth's
        clause_date = None
        if ref is None and verb is not None:
            # a date in its own clause: "In 1985 Smith, 44, founded ..."; but a descriptive age
            # before its clause's date is the person's age now, as news style has it:
            # "Reyes, 34, ... was first elected in 1996" (unless "then 34")
            current = form in ("appos", "year-old") and not _THEN_AGE.search(
                self.doc.text[max(0, ext[0] - 12):ext[1]])
            for t, span, prep in self._attached.get(verb.i, []):
                if current and t.start >= ext[1]:
                    continue
                if _dates_age(t) and prep in DATE_PREPS:
                    ref, ref_from = t, "date"
                    ref_ev = self.doc.span(t.start, t.end, "date")
                    break
            if ref is None and inside:
                # "chaining herself, aged 72, to the doors of one in 1997", "began work on the
                # quays in 1949, aged 24": an age set inside its clause, after the verb, holds
                # at that clause's own date (after the age, else between the verb and it)
                ref = self._date_after(ext[1], self._base + verb.right_edge.idx + len(verb.right_edge)) or \
                    self._date_after(self._base + verb.idx, ext[1] - 1)
                if ref is not None:
                    ref_from, ref_ev = "date", self.doc.span(ref.start, ref.end, "date")
            if ref is None and form in ("appos", "year-old") and _THEN_ONLY.search(
                    self.doc.text[max(0, ext[0] - 12):ext[1]]):
                ref = self._story_date(ext[0])  # "In January 1978 ... Brenn, then 26, spent the night"
                if ref is not None:
                    ref_from, ref_ev = "date", self.doc.span(ref.start, ref.end, "date")
            if ref is None and ref_from is None:
                tense = _verb_tense(verb)
                if tense == "past" and form in ("copula",):
                    # "she was 70": at a time the sentence does not say; in a bare "He was
                    # 86." about someone the article reports dead, the age at death
                    bare = all(c.dep_ in ("nsubj", "attr", "acomp", "punct", "advmod") and
                               c.lower_ not in ("then", "still", "already", "only", "just")
                               for c in verb.children)
                    ref_from = "death" if bare else None
                else:
                    ref_from = "published"
        elif ref is None and ref_from is None:
            ref_from = "published"
        if ref is None and form in ("appos", "year-old"):
            clause_date = self._date_after(ext[1])
        sa = StatedAge(age=n, evidence=self.span(ext[0], ext[1], "age"),
                       reference=ref.value if ref is not None else None, reference_from=ref_from,
                       reference_evidence=ref_ev, upto=upto, approx=approx, form=form,
                       quoted=self.quoted(ext[0]), clause_date=clause_date)
        life = self.life(ent)
        if not any(a.evidence.start == sa.evidence.start and a.age == n for a in life.ages):
            life.ages.append(sa)

    def _date_after(self, offset: int, end: int | None = None) -> Timex | None:
        """The first date after an age in its sentence ("Marr, 19, ..., who joined up on
        August 8, 1914"), or before ``end`` (its clause's end): where a descriptive age holds
        when it cannot hold now."""
        sent = self.doc.sentence_at(offset)
        if sent is None:
            return None
        end = sent.end if end is None else min(end, sent.end)
        for t in self.tx_list[bisect.bisect_left(self.tx_starts, offset):]:
            if t.start >= end:
                break
            if t.type == "DATE" and t.end <= end and cal.parse_value(t.value) is not None:
                return t
        return None

    def _date_before(self, offset: int) -> Timex | None:
        """A date that ends just before ``offset``, with only a comma between ("in 1949,
        aged 24")."""
        i = bisect.bisect_left(self.tx_starts, offset)
        for t in reversed(self.tx_list[max(0, i - 3):i]):
            if t.end <= offset and self.doc.text[t.end:offset].strip() == "," and t.type == "DATE" \
                    and _dates_age(t):
                return t
        return None

    def _story_date(self, offset: int) -> Timex | None:
        """The date the story has reached at ``offset``: the last dated timex before it in its
        paragraph or the one before ("then 26" holds at the time just told)."""
        starts = [b.start for b in self.blocks if b.start <= offset]
        lo = starts[-2] if len(starts) >= 2 else (starts[-1] if starts else 0)
        found = None
        for t in self.tx_list[bisect.bisect_left(self.tx_starts, lo):]:
            if t.end > offset:
                break
            if t.type == "DATE" and cal.parse_value(t.value) is not None:
                found = t
        return found

    def _np_extent(self, who, s: int, e: int) -> tuple[int, int]:
        """Widen [s, e) to take in the person's mention when it is close ("Adeyemi, 44")."""
        if who is None:
            return s, e
        base = self._base
        ws = base + who.left_edge.idx if who.pos_ != "PRON" else base + who.idx
        if who.pos_ == "PROPN":
            ws = base + min([c.idx for c in who.lefts if c.dep_ in ("compound", "det", "amod", "nummod", "npadvmod")] + [who.idx])
        we = base + who.idx + len(who.text)
        if abs(ws - s) < 60 and abs(e - we) < 60:
            return min(s, ws), max(e, we)
        return s, e

    def _year_old(self, tok) -> None:
        base = self._base
        # the number: "61-year-old" may be tokenised "61", "-", "year", "-", "old"
        left = self.text[max(base, base + tok.idx - 40): base + tok.idx + len(tok.text)]
        m = None
        for m in YEAR_OLD_RE.finditer(left):
            pass
        if m is None or m.end() != len(left):
            return
        n = _word_number(m.group(1))
        if n is None or not 0 < n <= 120:
            return
        start = base + tok.idx + len(tok.text) - (len(left) - m.start())
        # a bound, not an age: "under 18-year-olds", "over-70s"
        pre = self.text[max(0, start - 12):start].lower()
        if re.search(r"\b(?:under|over|than|of|between|from)\s*$", pre) or \
                re.search(r"(?:\d|\b(?:" + "|".join(_NUM_WORDS) + "|" + "|".join(_TENS) + r"))[-\s]*(?:to|and|or|-|–)\s*$", pre):
            return  # "under 18-year-olds", "18 and 25-year-olds"; not "pilot, and 22-year-old Patil"
        if tok.lower_ == "olds":
            return
        rough = re.search(r"\b(?:about|around|nearly|almost|roughly|approximately|some|circa|an estimated)\s*$", pre)
        self._rough = bool(rough)
        if tok.dep_ == "acomp" or tok.dep_ in ("amod", "advmod") and tok.head.pos_ in ("AUX", "VERB"):
            # "she is 70 years old"
            verb = tok.head
            who = _subject(verb)
            ent = self.life_person(who, base)
            if ent is not None:
                s, e = self._np_extent(who, start, base + tok.idx + len(tok.text))
                self._stated(ent, n, (s, e), "copula", verb)
            return
        if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
            noun = tok.head
        elif tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "ROOT"):
            noun = tok  # "the 61-year-old said"
        else:
            return
        if noun.lemma_.lower() in AGE_NOUN_STOP and noun.pos_ == "NOUN":
            # "his 5-year-old son", "a 61-year-old father of five" (the father is the person
            # only when a name says so)
            if any(c.dep_ == "poss" for c in noun.children):
                return
        if any(c.dep_ == "poss" for c in noun.children) and noun.pos_ == "NOUN":
            return
        ent = None
        if noun.pos_ == "PROPN":
            ent = self.life_person(noun, base)
        else:
            # a name it describes, in apposition either way or through a copula
            if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
                ent = self.life_person(noun.head, base)
            if ent is None:
                ap = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                if ap is not None:
                    ent = self.life_person(ap, base)
            if ent is None and noun.dep_ == "attr":
                ent = self.life_person(_subject(noun.head), base)
            if ent is None and noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].pos_ == "PROPN":
                # "the 58-year-old fiddler Rowan Tey": the noun a title before the name
                name = noun.doc[noun.i + 1]
                while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
                    name = name.head
                ent = self.life_person(name, base)
            if ent is None:
                ent = self.life_person(noun, base)
            if ent is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.i > 0:
                # "A father of five, the 61-year-old ..." handled by the index; else nothing
                ent = None
        if ent is None:
            return
        s = start
        det = next((c for c in noun.lefts if c.dep_ == "det"), None)
        if det is not None and det.i < tok.i:
            s = min(s, base + det.idx)
        e = base + noun.idx + len(noun.text) if noun.i >= tok.i else base + tok.idx + len(tok.text)
        if noun.pos_ == "PROPN":
            e = base + noun.idx + len(noun.text)
        self._stated(ent, n, (s, e), "year-old", _clause_verb(noun))

    def _appos_age(self, tok) -> None:
        """'Adeyemi, 44,' and 'Adeyemi (44)'."""
        base = self._base
        sdoc = tok.doc
        n = _age_value(tok)
        if n is None or not tok.text.isdigit():
            return
        prev = sdoc[tok.i - 1]
        nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if prev.text == "," and (nxt is None or nxt.text in (",", ".", ";", ")", "—", "–")) or \
                prev.text == "(" and nxt is not None and nxt.text == ")":
            if tok.i < 2:
                return
            name = sdoc[tok.i - 2]
        elif prev.lower_ in ("now", "then", "still") and tok.i >= 3 and sdoc[tok.i - 2].text == "," and \
                (nxt is None or nxt.text in (",", ".", ";", "—", "–")):
            name = sdoc[tok.i - 3]  # "Kildare, now 58, ..."
        elif prev.lower_ in ("now", "today") and nxt is not None and nxt.text == "," and \
                (prev.i == prev.sent.start or sdoc[prev.i - 1].is_punct):
            self._fronted_age(tok, n)  # "Now 71, Lincoln still throws pots"
            return
        else:
            return
        if name.pos_ != "PROPN" or self.timex_in(base + tok.idx, base + tok.idx + len(tok.text)):
            return
        tx_name = self.timex_in(base + name.idx, base + name.idx + len(name.text))
        if tx_name is not None:
            return  # "May 4, 2019"
        if nxt is not None and nxt.text == "," and tok.i + 2 < len(sdoc) and sdoc[tok.i + 2].like_num:
            return  # a list of numbers
        ent = self.life_person(name, base)
        if ent is None:
            return
        s, e = self._np_extent(name, base + tok.idx, base + tok.idx + len(tok.text))
        self._stated(ent, n, (s, e), "appos", _clause_verb(name))

    def _fronted_age(self, tok, n: int) -> None:
        """An age put before its clause: "Now 71, she still ...", "Today 44, Ruiz runs ..."."""
        verb = tok.sent.root
        if verb.pos_ not in ("VERB", "AUX"):
            return
        who = _subject(verb)
        if who is None or who.i < tok.i:
            return
        ent = self.life_person(who, self._base)
        if ent is not None:
            start = self._base + tok.doc[tok.i - 1].idx
            self._stated(ent, n, (start, self._base + who.idx + len(who.text)), "appos", verb)

    def _copula_age(self, tok) -> None:
        """'she was 70', 'who was 55 when she died in May', 'by the time he was 13',
        'turned 40'."""
        base = self._base
        num = next((c for c in tok.children if c.dep_ in ("attr", "acomp", "dobj", "npadvmod")
                    and _age_value(c) is not None), None)
        if num is None:
            return
        n = _age_value(num)
        if any(c.dep_ not in ("punct",) for c in num.children) or num.i + 1 < len(tok.doc) and \
                tok.doc[num.i + 1].pos_ in ("NOUN", "PROPN", "SYM") or \
                num.i + 1 < len(tok.doc) and tok.doc[num.i + 1].lower_ in ("percent", "%", "per", "of", "to", "or", "-", "–"):
            return
        if self.timex_in(base + num.idx, base + num.idx + len(num.text)) is not None and \
                self.timex_in(base + num.idx, base + num.idx + len(num.text)).type != "DATE":
            return
        rough = ("yet", "nearly", "almost", "about", "around", "over", "under")
        if any(c.dep_ == "neg" for c in tok.children) or any(c.lower_ in rough for c in tok.children) or \
                any(c.lower_ in rough for c in num.lefts):
            return
        mark = next((c for c in tok.children if c.dep_ in ("mark", "advmod") and c.lower_ in BOUND_MARKS | {"when", "as"}), None)
        if mark is not None and mark.lower_ in BOUND_MARKS:
            return
        who = _subject(tok)
        ent = self.life_person(who, base)
        if ent is None:
            return
        s, e = self._np_extent(who, base + tok.idx, base + num.idx + len(num.text))
        # "by the time he was 13, he began working": an age-tied event
        if tok.dep_ == "relcl" and tok.head.lower_ == "time" and tok.head.dep_ == "pobj" and \
                tok.head.head.lower_ in ("by", "at", "from"):
            verb = tok.head.head.head
            if verb.pos_ in ("VERB", "AUX"):
                self._add_event(ent, verb, None, None, n, (base + tok.head.head.idx, e))
            return
        if mark is not None and mark.lower_ in ("when", "as") or tok.dep_ == "advcl":
            # "when he was 13, he began working": the main clause's event at that age
            verb = tok.head
            if verb.pos_ in ("VERB", "AUX") and verb.i != tok.i:
                self._add_event(ent, verb, None, None, n, (s, e))
            return
        # "who was 55 when she died in May": the age at the when-clause's event
        when = next((c for c in tok.children if c.dep_ == "advcl" and any(
            g.lower_ == "when" for g in c.children)), None)
        if when is not None:
            for t, span, prep in self._attached.get(when.i, []):
                if _dates_age(t):
                    ev_s, ev_e = self._verb_extent(when)
                    ev = self.span(min(ev_s, t.start), max(ev_e, t.end), "event")
                    self._stated(ent, n, (s, e), "copula", tok, ref=t, ref_from="event", ref_ev=ev)
                    return
            if _lemma(when) in DEATH_VERBS:
                self._stated(ent, n, (s, e), "copula", None, ref=None, ref_from="death")
            return
        if tok.lower_ in ("turned", "turns", "turn"):
            self._stated(ent, n, (s, e), "copula", tok)
            return
        self._stated(ent, n, (s, e), "copula", tok)

    def _at_age(self, tok) -> None:
        """'at 13', 'at age 13', 'at the age of 13', 'died at 85'."""
        base = self._base
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return
        num = None
        if _age_value(pobj) is not None and pobj.tag_ == "CD" and not list(pobj.children):
            num = pobj
            nxt = tok.doc[pobj.i + 1] if pobj.i + 1 < len(tok.doc) else None
            if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "SYM", "NUM") or nxt.text in (":", ".") and
                                    nxt.i + 1 < len(tok.doc) and tok.doc[nxt.i + 1].like_num or
                                    nxt.lower_ in ("percent", "%", "am", "pm", "a.m.", "p.m.", "o'clock")):
                return
        elif pobj.lemma_.lower() == "age":
            num = next((c for c in pobj.children if c.dep_ in ("nummod", "appos") and _age_value(c) is not None), None)
            if num is None:
                of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                num = next((g for g in of.children if g.dep_ == "pobj" and _age_value(g) is not None), None) if of is not None else None
        if num is None:
            return
        t = self.timex_in(base + num.idx, base + num.idx + len(num.text))
        if t is not None and t.type in ("TIME",):
            return
        n = _age_value(num)
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            return
        who = _subject(verb)
        ent = self.life_person(who, base)
        if ent is None:
            return
        s, e = base + tok.idx, base + num.idx + len(num.text)
        lem = _lemma(verb)
        if lem in DEATH_VERBS:
            s2, e2 = self._np_extent(who, *self._verb_extent(verb))
            self._stated(ent, n, (min(s, s2), max(e, e2)), "at", None, ref=None, ref_from="death")
            return
        ev = self._add_event(ent, verb, None, None, n, (s, e))
        # a dated event with an age: "joined the army in 1975 at 18"
        for t, span, prep in self._attached.get(verb.i, []):
            if _dates_age(t) and prep in DATE_PREPS:
                if ev is not None:
                    ev.value, ev.timex = t.value, t.id
                    ev.date_evidence = self.doc.span(t.start, t.end, "date")
                ss, ee = min(s, ev.evidence.start) if ev else s, max(e, ev.evidence.end) if ev else e
                self._stated(ent, n, (ss, ee), "at", None, ref=t, ref_from="event",
                             ref_ev=self.doc.span(t.start, t.end, "date"))
                break
        else:
            # "at 79 still comes to the shop": 79 now; a number a clock could show needs a
            # "still" or "now" ("if I buy badly at six" is an hour)
            now = _verb_tense(verb) == "present" and (n > 24 or any(
                c.lower_ in ("still", "now", "already") for c in verb.children))
            # "At 45, Orrow said he was too young to retire": the story's own saying, so now
            said = verb.dep_ == "ROOT" and _lemma(verb) in ("say", "tell", "add") and n > 24 and \
                tok.i < verb.i and not self._attached.get(verb.i)
            if now or said:
                self._stated(ent, n, (s, e), "at", None, ref=None, ref_from="published")

    def _decade_age(self, tok) -> None:
        """'in his 60s', 'in her sixties' (approximate)."""
        base = self._base
        if tok.dep_ != "pobj" or tok.head.lower_ != "in":
            return
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if poss is None:
            return
        low = tok.lower_
        if low in _DECADE_WORDS:
            n = _DECADE_WORDS[low]
        else:
            n = int(tok.text[0]) * 10
        if n < 10:
            return
        early = next((c for c in tok.children if c.dep_ == "amod" and c.lower_ in ("early", "mid", "late")), None)
        lo, hi = n, n + 9
        if n == 10:
            lo, hi = 13, 19
        elif early is not None:
            lo, hi = {"early": (n, n + 3), "mid": (n + 3, n + 6), "late": (n + 6, n + 9)}[early.lower_]
        ent = self.life_person(poss, base)
        if ent is None:
            return
        verb = tok.head.head
        s = base + tok.head.idx
        e = base + tok.idx + len(tok.text)
        if verb.pos_ in ("VERB", "AUX") and _lemma(verb) in DEATH_VERBS:
            self._stated(ent, lo, (s, e), "decade", None, upto=hi, approx=True, ref=None, ref_from="death")
            return
        self._stated(ent, lo, (s, e), "decade", verb if verb.pos_ in ("VERB", "AUX") else None,
                     upto=hi, approx=True)

    # -- references --------------------------------------------------------------------------------

    def _fill_references(self, life: PersonLife) -> None:
        pub = self.published
        dr = life.death_range()
        death = life.death
        for a in life.ages:
            if a.reference_from == "death":
                if death is not None and death.value:
                    a.reference = death.value
                    a.reference_evidence = death.evidence
                elif a.form == "aged" and pub is not None:
                    a.reference, a.reference_from = pub.isoformat(), "published"  # a recent death
                else:
                    a.reference_from = None
            elif a.reference_from == "published":
                if dr is not None and pub is not None and (pub - dr[1]).days > 60 and death is not None:
                    if a.clause_date is not None:
                        # long dead, so not "now": "Marr, 19, ... joined up on August 8, 1914"
                        a.reference, a.reference_from = a.clause_date.value, "date"
                        a.reference_evidence = self.doc.span(a.clause_date.start, a.clause_date.end, "date")
                        continue
                    a.reference, a.reference_from = death.value, "death"
                    a.reference_evidence = death.evidence
                elif pub is not None:
                    a.reference = pub.isoformat()
                else:
                    a.reference = None


def _dates_age(t: Timex) -> bool:
    """A date an age can hold at; a bare clock time has no day of its own ("at 79 still
    comes in every morning at 6:30" is no age on the day of the birth date before it)."""
    return t.type in ("DATE", "TIME") and bool(cal.parse_value(t.value)) and not clock_only(t)
