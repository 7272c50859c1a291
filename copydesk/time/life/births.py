"""Births and deaths, with their places and sources."""

from __future__ import annotations

from .. import calendar as cal
from .records import LifeDate
from .vocab import DEATH_MANNER, DEATH_PHRASAL, DATE_PREPS, LOCAL_NOUNS, REPORT_VERBS, _COMPASS, PLACE_NOUNS, _lemma
from .syntax import _clause_verb, _passive, _subject, _verb_tense, _hedged


class _BirthsDeaths:
    """Births ("born in 1957 in Qom") and deaths ("died", "was killed", "the late X"), with
    their places and sources; mixed into the life stage's builder."""

    # -- births ---------------------------------------------------------------------------------

    def birth(self, tok) -> None:
        base = self._base
        if tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "‐"):
            return  # "Iranian-born"
        subj = _subject(tok)
        ent = self.life_person(subj, base)
        if ent is None and subj is None and tok.is_sent_start:
            # "Born on March 11, 1958, in Arcos, Reyes trained ...", parsed with "Born" as
            # the root: the person is the first name or pronoun after a comma
            for t in tok.doc[tok.i + 1: tok.sent.end]:
                if t.i > 0 and tok.doc[t.i - 1].text == "," and t.pos_ in ("PROPN", "PRON"):
                    ent = self.life_person(t, base)
                    if ent is not None:
                        break
        local = self._local_born(tok) if ent is None else None
        if local is not None:
            ent, place, place_tok = local
        if ent is None or local is None and _hedged(tok):  # the idiom is no clause "never" reaches
            return
        value, tx = None, None
        for t, span, prep in self._attached.get(tok.i, []):
            if t.type in ("DATE", "TIME") and cal.parse_value(t.value) and prep in DATE_PREPS:
                value, tx = t.value, t
                break
        if local is None:
            place, place_tok = self._place_of(tok)
        place_start = base + place_tok[0].idx if place_tok is not None else None
        s = base + tok.idx
        e = s + len(tok.text)
        if tx is not None:
            s, e = min(s, tx.start), max(e, tx.end)
        elif place_tok is not None and place_tok[0].i > tok.i:
            e = max(e, base + place_tok[1].idx + len(place_tok[1].text))
        self.life(ent).births.append(LifeDate(
            value=value, evidence=self.span(s, e, "birth"),
            date_evidence=self.doc.span(tx.start, tx.end, "date") if tx else None,
            timex=tx.id if tx else None, place=place, source=self._source(tok),
            quoted=self.quoted(base + tok.idx), offset=base + tok.idx, place_start=place_start))

    def native(self, tok) -> None:
        """"in his native Kesarganj", "Malhotra, a native of Kesarganj,": where the person was
        born (a place with no date)."""
        base = self._base
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "PROPN":
            place_tok = tok.head
            who = next((c for c in place_tok.children if c.dep_ == "poss"), None)
        elif tok.pos_ == "NOUN" and tok.dep_ in ("appos", "attr"):
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place_tok = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) \
                if of is not None else None
            who = tok.head if tok.dep_ == "appos" else _subject(tok.head)
        else:
            return
        # "native" says it is a place, whatever the tagger filed an unknown town under
        if place_tok is None or who is None or place_tok.ent_type_ in ("NORP", "PERSON", "LANGUAGE", "DATE"):
            return
        ent = self.life_person(who, base)
        if ent is None and who.pos_ == "PRON" and who.lower_ in ("his", "her", "their"):
            verb = _clause_verb(place_tok)  # "set up the forge in his native X": the subject's
            subj = _subject(verb) if verb is not None else None
            ent = self.life_person(subj, base) if subj is not None and subj.pos_ != "PRON" else None
        if ent is None:
            return
        lo = min((c for c in place_tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), key=lambda c: c.i,
                 default=place_tok)
        place = self.text[base + lo.idx: base + place_tok.idx + len(place_tok.text)]
        s = base + min(tok.idx, lo.idx)
        e = base + max(tok.idx + len(tok.text), place_tok.idx + len(place_tok.text))
        self.life(ent).births.append(LifeDate(
            value=None, evidence=self.span(s, e, "birth"), date_evidence=None, timex=None, place=place,
            source=self._source(tok), quoted=self.quoted(base + tok.idx), offset=base + tok.idx,
            place_start=base + lo.idx))

    def _local_born(self, tok):
        """"A Portcullen man born and bred, Kerr ...": the place before "man" (or woman,
        native, lad ...) is where the person the phrase describes was born. (entity, place,
        (first token, last token)) or None."""
        noun = tok.head
        if tok.dep_ != "acl" or noun.lemma_.lower() not in LOCAL_NOUNS or noun.i > tok.i:
            return None
        if not any(c.dep_ == "conj" and c.lemma_.lower() in ("breed", "bred", "raise", "raised")
                   for c in tok.children):
            return None
        comps = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not comps:
            return None
        lo, hi = comps[0].left_edge, comps[-1]
        # the person: the name the phrase stands beside (its apposition, or the clause's other subject)
        near = [c for c in noun.children if c.dep_ == "appos"] + \
            [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass", "appos") and c.i != noun.i]
        for cand in near:
            ent = self.life_person(cand, self._base)
            if ent is not None:
                text = self.text[self._base + lo.idx: self._base + hi.idx + len(hi.text)]
                return ent, text, (lo, hi)
        return None

    def _place_of(self, tok, named_only: bool = False):
        """Where a birth or a death happened: "in Marrow, a cotton town", "at home in Kilmory",
        or the place a "where" clause hangs on ("Kilmory, the village where he had been
        born"); never a place inside the subject ("the bishop of a diocese in the
        Philippines died ..."). ``named_only``: a town, region or country, not a building
        (a hospital is named many ways). (place text, (first token, last token)), or (None, None)."""
        base = self._base
        inside = {x.i for k in tok.children if k.dep_ in ("nsubj", "nsubjpass") for x in k.subtree}
        kinds = ("GPE", "LOC") if named_only else ("GPE", "LOC", "FAC")
        for c in tok.subtree:
            if c.i in inside:
                continue
            if c.dep_ == "pobj" and c.head.lower_ in ("in", "at", "near") and \
                    (c.ent_type_ in kinds or not named_only and c.lemma_.lower() in PLACE_NOUNS
                     # "born in Kelvarra": whatever the tagger made of a name it does not know
                     or not named_only and c.pos_ == "PROPN" and c.head.lower_ == "in" and c.head.head.i == tok.i):
                if self.timex_in(base + c.idx, base + c.idx + len(c.text)):
                    continue
                words = []
                for w in c.subtree:
                    if w.i > c.i and (w.dep_ in ("cc", "conj", "relcl", "acl", "advcl") or
                                      w.dep_ == "prep" and w.lower_ != "of" or
                                      self.timex_in(base + w.idx, base + w.idx + len(w.text))):
                        break
                    if w.text == "," and w.i > c.i:
                        nxt = tok.doc[w.i + 1] if w.i + 1 < len(tok.doc) else None
                        # "Cincinnati, Ohio" goes on; "Arcos, Reyes trained" stops
                        if nxt is None or nxt.ent_type_ not in ("GPE", "LOC") and nxt.lower_ not in _COMPASS:
                            break
                    words.append(w)
                while words and words[-1].is_punct:
                    words.pop()
                if words:
                    text = self.text[base + words[0].idx: base + words[-1].idx + len(words[-1].text)].strip(" ,")
                    return text, (words[0], words[-1])
                break
        return self._where_place(tok)

    def _where_place(self, tok):
        """The named place a relative "where" clause is about: "Kilmory, the fishing village
        ... where he had been born" -> Kilmory; "the town where she was born" names none."""
        node = tok
        for _ in range(3):  # "where he had been born", "where she was later buried"
            if any(c.lower_ == "where" and c.dep_ in ("advmod", "mark") for c in node.children):
                break
            if node.dep_ not in ("conj", "xcomp") or node.head is node:
                return None, None
            node = node.head
        else:
            return None, None
        if node.dep_ != "relcl":
            return None, None
        ante = node.head
        cands = []
        for _ in range(3):  # "the village on the coast where ...": up to the named place
            cands += [ante, ante.head if ante.dep_ == "appos" else None,
                      *(c for c in ante.children if c.dep_ == "appos")]
            if ante.dep_ == "pobj" and ante.head.dep_ == "prep" and ante.head.head.pos_ in ("NOUN", "PROPN"):
                ante = ante.head.head
            else:
                break
        for cand in cands:
            if cand is not None and cand.ent_type_ not in ("GPE", "LOC", "FAC") and cand.pos_ == "PROPN":
                ent = self.entity(cand, self._base)  # the entities stage may know it is a place
                # "Wrenfold, the town where she was born": the apposition says it is a place
                called = any(x is not None and x.lemma_.lower() in PLACE_NOUNS and x.pos_ == "NOUN"
                             for x in [ante, *(c for c in cand.children if c.dep_ == "appos")]
                             if x is not cand)
                if ent is not None and ent.label in ("GPE", "LOC", "FAC") or called:
                    lo = cand
                    while lo.i > 0 and lo.doc[lo.i - 1].dep_ == "compound" and lo.doc[lo.i - 1].pos_ == "PROPN":
                        lo = lo.doc[lo.i - 1]
                    return self.text[self._base + lo.idx: self._base + cand.idx + len(cand.text)], (lo, cand)
            if cand is not None and cand.ent_type_ in ("GPE", "LOC", "FAC"):
                lo = cand
                while lo.i > 0 and lo.doc[lo.i - 1].ent_iob_ == "I" or (lo.ent_iob_ == "I" and lo.i > 0):
                    lo = lo.doc[lo.i - 1]
                    if lo.ent_iob_ == "B":
                        break
                hi = cand
                while hi.i + 1 < len(hi.doc) and hi.doc[hi.i + 1].ent_iob_ == "I":
                    hi = hi.doc[hi.i + 1]
                return self.text[self._base + lo.idx: self._base + hi.idx + len(hi.text)], (lo, hi)
        return None, None

    def _source(self, tok) -> str | None:
        """Who the sentence attributes the fact to ("The State Department has said ...")."""
        t = tok
        for _ in range(8):
            if t.head is t:
                return None
            if t.dep_ in ("ccomp", "xcomp") and _lemma(t.head) in REPORT_VERBS:
                subj = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.i != tok.i:
                    base = self._base
                    words = list(subj.subtree)
                    return self.text[base + words[0].idx: base + words[-1].idx + len(words[-1].text)]
                return None
            t = t.head
        return None

    # -- deaths ----------------------------------------------------------------------------------

    def death(self, tok) -> None:
        base = self._base
        lem = _lemma(tok)
        patient = None
        if tok.pos_ == "VERB":
            if lem in DEATH_MANNER:
                if not any(c.lower_ == "dead" for c in tok.children) and not any(
                        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                        for c in tok.children):
                    return
            if lem in ("die", "perish") or lem in DEATH_PHRASAL or lem == "drown" and not _passive(tok):
                patient = _subject(tok)
            elif _passive(tok) or tok.dep_ == "acl":
                patient = _subject(tok)
            else:
                patient = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if patient is None:
                    # headline style "X killed in strike": no object, the subject is the
                    # victim (only in headlines, bullets and captions: in body text "Ebola
                    # killed at least 11,000" is active)
                    if self._bkind != "paragraph" and tok.tag_ in ("VBD", "VBN") and any(
                            c.dep_ in ("prep", "npadvmod", "agent") for c in tok.children):
                        patient = _subject(tok)
        elif lem == "late":
            if tok.dep_ != "amod":
                return
            patient = tok.head
            if patient.pos_ == "NOUN":
                # "the late engineer Percy Dunwell": the name in apposition to the noun
                patient = next((c for c in patient.children if c.dep_ in ("appos", "compound")
                                and c.pos_ == "PROPN" and c.i > tok.i), None)
            if patient is None or patient.pos_ != "PROPN":
                return
        else:
            if tok.dep_ in ("compound", "amod"):
                return  # "death toll", "death threats", "murder charge"
            patient = next((c for c in tok.children if c.dep_ == "poss"), None)
            if patient is None:
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                patient = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        ent = self.person(patient, base)
        # "the late X" says X is dead whatever the clause around the name does ("called", "was
        # said to")
        if ent is None or lem != "late" and _hedged(tok):
            return
        if tok.pos_ == "VERB" and _verb_tense(tok) == "future":
            return
        value, tx = None, None
        quoted = self.quoted(base + tok.idx)
        for t, span, p in self._attached.get(tok.i, []):
            if t.type in ("DATE", "TIME") and cal.parse_value(t.value) and p in DATE_PREPS:
                if quoted and t.anchor == "published":
                    break  # "who passed away this evening" in a statement: its evening, not ours
                value, tx = t.value, t
                break
        s, e = self._verb_extent(tok)
        if tx is not None:
            s, e = min(s, tx.start), max(e, tx.end)
        if lem == "late":
            s, e = base + tok.idx, base + tok.head.idx + len(tok.head.text)
        cause = None
        for c in tok.subtree:
            # "died of pneumonia", "died on Thursday of pneumonia" (hung on the date)
            if c.head.i != tok.i and not (c.head.i < len(tok.doc) and self.timex_in(
                    base + c.head.idx, base + c.head.idx + len(c.head.text))):
                continue
            if c.dep_ == "prep" and c.lower_ in (("of", "from") if lem == "die" else ("in", "by")):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") \
                        and not self.timex_in(base + pobj.idx, base + pobj.idx + len(pobj.text)):
                    words = list(pobj.subtree)
                    cause = self.text[base + words[0].idx: base + words[-1].idx + len(words[-1].text)]
                    break
        life = self.life(ent)
        place, ptoks = self._place_of(tok, named_only=True) if tok.pos_ == "VERB" and lem in ("die", "perish") \
            else (None, None)
        life.deaths.append(LifeDate(
            value=value, evidence=self.span(s, e, "death"), place=place,
            date_evidence=self.doc.span(tx.start, tx.end, "date") if tx else None,
            timex=tx.id if tx else None, cause=cause, source=self._source(tok), quoted=quoted,
            offset=base + tok.idx,
            by_pronoun=patient.pos_ == "PRON" and patient.lower_ not in ("who", "whom", "that"),
            place_start=base + ptoks[0].idx if ptoks else None))
        if tx is not None:
            self._incident("death", ent.id, tok, tx, True, quoted)

    def _phrasal_death(self, tok, lem) -> bool:
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        if particles:
            return any(p in DEATH_PHRASAL[lem] for p in particles)
        # bare "passed" (an obituary's word): no object or complement, nothing passed through
        # or over, and a date on it ("she passed peacefully in 2011")
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "attr", "acomp", "agent", "auxpass",
                          "nsubjpass", "advcl") for c in tok.children):
            return False
        if any(c.dep_ == "prep" and c.lower_ not in ("in", "on", "at") for c in tok.children):
            return False
        return tok.i in self._attached

    def _verb_extent(self, tok) -> tuple[int, int]:
        """Offsets of a verb with its auxiliaries before it ("was killed", "has been killed")."""
        base = self._base
        s = base + tok.idx
        for c in tok.lefts:
            if c.dep_ in ("aux", "auxpass", "neg") and c.i >= tok.i - 3:
                s = min(s, base + c.idx)
        return s, base + tok.idx + len(tok.text)
