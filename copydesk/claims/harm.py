"""Whether a clause lays wrongdoing, violence or blame at its subject's door (a
strong claim). A mixin of the block."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .tokens import _abstract, _compound_lemma, _lemma, _mark, _passive
from .vocab import (
    ANIMAL_ACTS,
    ANIMALS,
    ATTR_PASSIVE,
    BLAME_ADJ,
    CAUSAL,
    COMPLICITY,
    COMPLICITY_ADJ,
    COPULAS,
    DEATH_NOUNS,
    FIGURATIVE,
    HARM_ADJ,
    HARM_NOUNS,
    HARM_VERBS,
    HARMLESS_AIMS,
    HARMLESS_OBJECTS,
    LEGAL_PASSIVE,
    NOT_AGENTIVE,
    QUANT_HEADS,
    SCORE_RESULTS,
    SCORE_WORDS,
    SPEECH_PARTNERS,
    STRIKE_COMPOUNDS,
    WRONGDOER_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# Harm verbs whose object "it" (a plan, a bill, a ball) picks their plain sense; not "bomb",
# whose "it" may be a building with people in it.
NEUTER_SENSE = (FIGURATIVE - {"bomb", "shell"}) | {"execute"}


def re_out_of(text: str) -> bool:
    """"7-for-12", "for-12": a shooting line, so many made out of so many attempted."""
    return bool(_OUT_OF.search(text))


_OUT_OF = re.compile(r"^(?:\d+-)?for-\d+$")


# Verbs of killing: only the living die, so an event as their object ("killed the game
# off", "murdered the meeting") is their figurative sense.
DEATH_VERBS = frozenset({"kill", "murder", "slaughter", "massacre", "butcher"})


def _an_event(tok: "Token") -> bool:
    """A noun the events vocabulary names as an event ("game", "match", "meeting", "talks")."""
    from ..events.vocab import event_words  # a vocabulary, not the events stage

    return tok.pos_ == "NOUN" and (tok.lemma_.lower(), "NOUN") in event_words()


REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself",
                       "ourselves", "yourselves", "oneself"})


class HarmReader:
    """Strong claims: wrongdoing, violence or blame laid at the subject's door."""

    def _strong(self, v: "Token", lemma: str, passive: bool) -> bool:
        if not passive and self._harm_verb(v, lemma):
            return True
        if not passive and lemma == "face" and self._accusation(v, lemma, self._k(v), passive):
            return True  # "faces 12 counts of fraud"
        return self._agentive(v, lemma, passive, 0)

    def _harm_verb(self, v: "Token", lemma: str) -> bool:
        if lemma == "cover" and any(c.dep_ == "prt" and c.lower_ == "up" for c in self._k(v)):
            return True
        if lemma not in HARM_VERBS:
            return False
        if lemma == "lie":
            return v.lower_ in ("lied",) or any(
                c.dep_ == "prep" and c.lower_ in ("to", "about") for c in self._k(v)) and v.lower_ != "lay"
        if lemma == "plot" and v.tag_ == "VBN" and v.dep_ in ("amod",):
            return False
        if lemma in DEATH_VERBS and any(c.dep_ == "dobj" and _an_event(c) for c in self._k(v)):
            return False  # "killed the game off", "murdered the meeting": only the living die
        bad = HARMLESS_OBJECTS.get(lemma)
        if bad or lemma in FIGURATIVE:
            dobj = next((c for c in self._k(v) if c.dep_ == "dobj"), None)
            if dobj is not None and bad and dobj.lemma_.lower() in bad:
                return False
            if dobj is not None and lemma in FIGURATIVE and _abstract(dobj):
                return False  # "attacked the proclamation", "killed the bill"
        if lemma in ANIMAL_ACTS and self._animal_object(v):
            return False  # "kill and sacrifice animals", "shot two deer": the literal sense
        if self._ball_aim(v, lemma):
            return False  # "shot wide", "fired over the bar": a shot at goal
        if self._score_object(v):
            return False  # "shot a 4-under 68", "shot 11 of 17 from the field": a result, not a person
        if any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in self._k(v)):
            return False  # "shot himself", "were killing themselves": self-harm accuses no one
        if lemma in NEUTER_SENSE and any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "that") for c in self._k(v)):
            return False  # "drew up a plan and executed it", "the bill? they killed it"
        if lemma in FIGURATIVE and self._verbal_sense(v):
            return False  # "shot back that ...", "attacked the officers and blamed ..."
        return True

    def _ball_aim(self, v: "Token", lemma: str) -> bool:
        """No object, and the verb says where a ball went: a word on it ("shot wide", "high
        and wide") or the object of a preposition on it ("over the bar", "at the keeper"),
        from the verb's aims (claims_en.txt)."""
        aims = HARMLESS_AIMS.get(lemma)
        kids = self._k(v)
        if not aims or any(c.dep_ == "dobj" for c in kids):
            return False
        for c in kids:
            if c.dep_ in ("advmod", "acomp", "oprd", "prt") and (c.lower_ in aims or any(
                    g.dep_ == "conj" and g.lower_ in aims for g in self._k(c))):
                return True
            if c.dep_ == "prep" and any(g.dep_ == "pobj" and (g.lemma_.lower() in aims or any(
                    o.dep_ == "pobj" and o.lemma_.lower() in aims for p in self._k(g)
                    if p.dep_ == "prep" and p.lower_ == "of" for o in self._k(p))) for g in self._k(c)):
                return True  # "over the bar", "into the roof of the net"
        return False

    def _score_object(self, v: "Token") -> bool:
        """The object is a score, not people counted: a number with an article ("a 68", "a
        career-best 63"), a number out of a number ("11 of 17", "7-for-12"), or a bare number
        the clause reads as a round's result (`_round_result`). Any other bare number ("shot
        two") may count people and is left alone."""
        obj = next((c for c in self._k(v) if c.dep_ == "dobj"), None)
        if obj is not None and not (obj.pos_ == "NUM" or obj.like_num) and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in self._k(obj)) and any(
                c.dep_ == "nummod" and c.i == obj.i + 1 == obj.right_edge.i for c in self._k(obj)):
            return True  # "a closing 64", "a final-round 66": a count comes before its noun, a score after
        if obj is None or not (obj.pos_ == "NUM" or obj.like_num):
            return False
        kids = self._k(obj)
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids):
            return True
        if re_out_of(obj.text):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (g.pos_ == "NUM" or g.like_num) for g in self._k(c)) for c in kids):
            return True
        return not any(c.pos_ in ("NOUN", "PROPN") for c in kids) and self._round_result(v)

    def _round_result(self, v: "Token") -> bool:
        """"shot 68 to finish at 11 under", "shot 70, two under par": an infinitive of where
        the score left the player, or a word of par in the sentence ("N under" closing a
        phrase counts as one); the words are data (speech_senses_en.txt)."""
        if any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in SCORE_RESULTS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in self._k(c)) for c in self._k(v)):
            return True
        if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in SCORE_RESULTS for c in self._k(v)):
            return True  # "shot 71 and finished tied for second"
        sent = v.sent
        for t in sent:
            if t.lower_ in SCORE_WORDS:
                return True
            if t.lower_ in ("under", "over") and t.i > sent.start and t.nbor(-1).like_num and (
                    t.i + 1 >= sent.end or t.nbor(1).pos_ not in ("NOUN", "PROPN", "NUM", "DET")):
                return True
        return False

    def _animal_object(self, v: "Token") -> bool:
        """Whether the verb's object (or the object it shares with a verb coordinated after
        it: "kill and sacrifice animals") is an animal: its head noun, or what a count or a
        quantity of it is of ("400 head of cattle")."""
        obj = next((c for c in self._k(v) if c.dep_ == "dobj"), None)
        if obj is None:
            obj = next((g for c in self._k(v) if c.dep_ == "conj" and c.pos_ == "VERB"
                        for g in self._k(c) if g.dep_ == "dobj"), None)
        if obj is None:  # the shared object parsed as a conjunct of the verb ("kill and sacrifice animals")
            obj = next((c for c in self._k(v) if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > v.i), None)
        if obj is None:
            return False
        if obj.lemma_.lower() in ANIMALS or obj.lower_ in ANIMALS:
            return True
        return any(g.dep_ == "pobj" and g.lemma_.lower() in ANIMALS
                   for c in self._k(obj) if c.dep_ == "prep" and c.lower_ == "of" for g in self._k(c))

    def _verbal_sense(self, v: "Token") -> bool:
        """A violence verb done with words: it takes a that-clause, or it is coordinated with
        a verb of saying or blaming (copydesk/data/speech_senses_en.txt)."""
        kids = self._k(v)
        if any(c.dep_ == "ccomp" for c in kids):
            return True
        partners = [c for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"]
        if v.dep_ == "conj" and v.head.pos_ == "VERB":
            partners.append(v.head)
        return any(_lemma(p) in SPEECH_PARTNERS for p in partners)

    def _agentive(self, v: "Token", lemma: str, passive: bool, depth: int) -> bool:
        """Harm that the clause's subject is said to commit, direct, help or be to blame for."""
        if depth > 3:
            return False
        kids = self._k(v)
        if passive and (lemma in ATTR_PASSIVE or lemma in LEGAL_PASSIVE):
            # "was blamed for 600 deaths", "is accused of murder", "was convicted of fraud"
            for c in kids:
                if c.dep_ in ("prep",) and c.lower_ in ("for", "of", "with", "in", "over"):
                    for g in self._k(c):
                        if g.dep_ in ("pobj", "pcomp") and self._harm_arg(g, death=lemma in ("blame", "hold")):
                            return True
                if c.dep_ in ("oprd", "acomp") and c.lemma_ in BLAME_ADJ:
                    return self._agentive(c, c.lemma_, False, depth + 1)
        if not passive and (lemma in COMPLICITY or v.lemma_ in COMPLICITY_ADJ):
            if self._complicit_args(v, depth):
                return True
        if lemma in COPULAS or v.pos_ == "AUX":
            for c in kids:
                if c.dep_ in ("acomp", "attr") and c.lemma_ in COMPLICITY_ADJ:
                    if self._complicit_args(c, depth):
                        return True
                if c.dep_ == "attr" and (_compound_lemma(c) in WRONGDOER_NOUNS or c.lemma_.lower() in WRONGDOER_NOUNS):
                    return True
                if c.dep_ == "acomp" and c.lower_ in HARM_ADJ:
                    return True  # "had been physically abusive to her"
                if c.dep_ == "prep" and c.lower_ == "behind":
                    if any(g.dep_ == "pobj" and self._harm_arg(g) for g in self._k(c)):
                        return True
        if lemma in NOT_AGENTIVE:
            return False
        for c in kids:
            # ", resulting in the deaths of 600": the clause caused the harm
            if c.dep_ in ("advcl", "xcomp", "conj") and _lemma(c) in CAUSAL and c.tag_ == "VBG":
                for g in self._k(c):
                    if g.dep_ == "dobj" and self._harm_arg(g, death=True):
                        return True
                    if g.dep_ == "prep" and g.lower_ in ("in", "to"):
                        if any(x.dep_ == "pobj" and self._harm_arg(x, death=True) for x in self._k(g)):
                            return True
            # a non-finite verb the subject controls: "after killing", "helping militias to kill";
            # not "sentenced them for torturing", where the object did it
            if c.dep_ == "prep" and c.lower_ == "for" and any(x.dep_ == "dobj" for x in kids):
                continue
            for nf in self._nonfinite(c):
                nl = _lemma(nf)
                if self._harm_verb(nf, nl) and not any(x.dep_ in ("auxpass", "nsubjpass") for x in self._k(nf)):
                    return True
                if nl in COMPLICITY and self._complicit_args(nf, depth + 1):
                    return True
                if self._agentive(nf, nl, False, depth + 1):
                    return True
        return False

    def _nonfinite(self, c: "Token") -> list["Token"]:
        out = []
        if c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VBG", "VB", "VBN") and not any(
                g.dep_ in ("nsubj", "nsubjpass") or (g.dep_ == "aux" and c.dep_ == "advcl" and g.lower_ != "to")
                for g in self._k(c)):
            if c.dep_ != "advcl" or _mark(c) in (None, "while", "after", "before", "by", "when", "since"):
                out.append(c)
        elif c.dep_ == "prep" and c.lower_ not in ("about", "against", "from", "on", "over", "despite", "without"):
            for g in self._k(c):
                if g.dep_ == "pcomp" and g.tag_ == "VBG" and not any(x.dep_ in ("nsubj", "nsubjpass") for x in self._k(g)):
                    out.append(g)
                    for cj in self._k(g):
                        if cj.dep_ == "conj" and cj.tag_ == "VBG":
                            out.append(cj)
        elif c.dep_ == "conj" and c.tag_ == "VBG" and c.head.tag_ == "VBG":
            out.append(c)
        return out

    def _complicit_args(self, v: "Token", depth: int) -> bool:
        if any(c.lemma_.lower() in BLAME_ADJ and any(g.dep_ == "neg" for g in self._k(c)) for c in self._k(v)):
            return False  # "pleaded not guilty to seven counts of homicide"
        for c in self._k(v):
            dep = c.dep_
            if dep in ("acomp", "oprd", "attr", "advmod") and c.lemma_.lower() in BLAME_ADJ:
                if any(g.dep_ == "neg" for g in self._k(c)):
                    continue  # "pleaded not guilty"
                if _lemma(v) == "plead" or (depth < 3 and self._complicit_args(c, depth + 1)):
                    return True  # "pleaded guilty (to eight murders)"
                continue
            if dep in ("dobj", "attr", "oprd", "nsubjpass"):
                if dep == "nsubjpass":
                    continue
                if self._harm_arg(c, death=_lemma(v) in ("cause",) or v.lemma_ in BLAME_ADJ):
                    return True
                if _compound_lemma(c) in WRONGDOER_NOUNS or c.lemma_.lower() in WRONGDOER_NOUNS:
                    return True  # "supporting terrorists"
                if c.lemma_.lower() == "responsibility":
                    # "claimed responsibility (for the bombing)"
                    what = self._prep_object(c, ("for",))
                    if (what is not None and self._harm_arg(what)) or (what is None and _lemma(v) == "claim"):
                        return True
                # "organising Shia militias who ransacked the embassy"
                for g in self._k(c):
                    if g.dep_ == "relcl" and self._harm_verb(g, _lemma(g)) and not _passive(g):
                        return True
            elif dep in ("xcomp", "ccomp") and c.i > v.i:
                if self._harm_verb(c, _lemma(c)) and not _passive(c):
                    return True
                if _lemma(c) in COMPLICITY and depth < 3 and self._complicit_args(c, depth + 1):
                    return True
            elif dep in ("prep", "agent") and c.lower_ not in ("against", "despite", "without", "from"):
                for g in self._k(c):
                    if g.dep_ == "pobj" and self._harm_arg(g, death=v.lemma_ in BLAME_ADJ):
                        return True
                    if g.dep_ == "pcomp":
                        # "responsible for exporting X, supporting terrorists and ..."
                        for h in [g] + [x for x in self._k(g) if x.dep_ == "conj" and x.pos_ == "VERB"]:
                            hl = _lemma(h)
                            if self._harm_verb(h, hl) and not _passive(h):
                                return True
                            if hl in COMPLICITY and depth < 3 and self._complicit_args(h, depth + 1):
                                return True
            elif dep == "prt":
                continue
        return False

    def _harm_arg(self, tok: "Token", death: bool = False, depth: int = 0) -> bool:
        lem = tok.lemma_.lower()
        low = tok.lower_
        if lem in HARM_NOUNS or low in HARM_NOUNS:
            return True
        if lem == "strike" and any(c.dep_ in ("compound", "amod") and c.lower_ in STRIKE_COMPOUNDS for c in self._k(tok)):
            return True
        if lem in ("crime", "cleansing") or _compound_lemma(tok) in HARM_NOUNS:
            return True
        if tok.pos_ == "VERB" and self._harm_verb(tok, _lemma(tok)):
            return True
        if death and (lem in DEATH_NOUNS or low in DEATH_NOUNS):
            return True
        if depth < 2:
            for c in self._k(tok):
                if c.dep_ == "conj" and self._harm_arg(c, death, depth + 1):
                    return True
            if lem in QUANT_HEADS or tok.like_num or tok.pos_ == "NUM":
                for c in self._k(tok):
                    if c.dep_ == "prep" and c.lower_ == "of":
                        if any(g.dep_ == "pobj" and self._harm_arg(g, death, depth + 1) for g in self._k(c)):
                            return True
        return False
