"""Acts a place, an institution or a married couple does once, whoever tells them: "the mill
closed in 1987" and "since the mill shut its doors in 1989"; "The Institute, founded in 1971,"
and "since its founding in 1974"; "the couple married in 1946" and "since their wedding in
1948". A mixin of the builder: facts with slot ``act``, aspect ``once``, value the act's class
(``close``, ``found``, ``open``, ``marry``), on the named subject when there is one, else on
the thing its noun names ("the Tollbridge mill"). The words are data
(``copydesk/data/acts_en.txt``). Acts of a person's life are :mod:`.activities`'."""

from __future__ import annotations

import re

from ..time import calendar as cal
from ..time.life.syntax import _hedged, _verb_tense
from ..entities.vocab import STREET_SUFFIXES
from ..vocab import mapping, words

_ACTS = "acts_en.txt"
THING_ACTS = mapping(_ACTS, "thing_acts")
THING_NOUNS = words(_ACTS, "thing_nouns")
COUPLE_NOUNS = words(_ACTS, "couple_nouns")
WORK_NOUNS = words(_ACTS, "work_nouns")
UNDERTAKINGS = words(_ACTS, "undertaking_nouns")
OWN_OBJECTS = words(_ACTS, "own_objects")
NOT_ONCE = words(_ACTS, "not_once")
_YEARISH = re.compile(r"^\d{4}")
_DATE_PREPS = frozenset({"in", "on", "during"})
# a purpose or a scope makes a closing or an opening one of several ("closed for repairs",
# "opened to the public")
_PASSING_PREPS = frozenset({"for", "to", "until", "till"})
_IT = frozenset({"it", "its"})
_NTH = frozenset({"first", "second", "third", "fourth", "fifth", "new", "old", "original", "latest", "last", "next"})
_THEY = frozenset({"they", "their", "them"})
_INDEFINITE = frozenset({"a", "an", "another", "any", "each", "every"})


class ThingActFacts:
    """Once-acts of things and couples, with their dates."""

    def thing_acts(self) -> None:
        self._named_things: dict[str, dict[tuple[str, ...], str]] | None = None
        for t in self.F.tx:
            if t.type == "DATE" and _YEARISH.match(t.value or "") and cal.value_range(t.value):
                try:
                    self._thing_act(t)
                except (IndexError, AttributeError):  # an odd parse dates nothing
                    continue

    def _thing_act(self, t) -> None:
        if t.anchor == "published" and t.mod:
            return  # "some 25 years ago": a round figure, the date-and-ago check's to weigh
        root, base = self._anchor_tok(t)
        if root is None:
            return
        if root.dep_ == "pobj" and root.head.lower_ in _DATE_PREPS:
            act = root.head.head
        elif root.dep_ in ("npadvmod", "advmod"):
            act = root.head
        elif root.dep_ in ("nummod", "compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.i < root.head.i:
            act = root.head  # "since its 1929 dedication", "the 1952 opening"
        else:
            return
        cls = THING_ACTS.get(act.lemma_.lower())
        if cls is None and act.lemma_.lower() == "come" and any(k.dep_ == "prt" and k.lower_ == "out" for k in act.children):
            cls = "publish"  # "your first novel came out in 2011"
        if cls is None or act.pos_ not in ("VERB", "NOUN"):
            return
        kids = list(act.children)
        if any(k.lower_ in NOT_ONCE for k in kids if k.dep_ in ("advmod", "amod", "npadvmod")) or any(
                k.dep_ == "prep" and k.lower_ in _PASSING_PREPS for k in kids) or _again(act):
            return
        if act.pos_ == "VERB":
            if _hedged(act) or cls == "begin" and any(k.dep_ in ("xcomp", "ccomp") for k in kids):
                return  # "started recruiting in 2016": another act begun
            subj = self._act_subject(act, kids, cls)
        else:
            subj = next((k for k in kids if k.dep_ == "poss"), None) or next(
                (g for k in kids if k.dep_ == "prep" and k.lower_ == "of" for g in k.children if g.dep_ == "pobj"), None)
        if subj is None:
            return
        if subj.lower_ in _IT or subj.lower_ == "they" and cls != "marry":
            # "since it closed": the thing a clause describes; "since they opened": the things
            # (or a plural-only thing, "the baths")
            subj = self._antecedent(subj, plural=subj.lower_ == "they")
            if subj is None:
                return
        key = self._thing_key(subj, cls, base)
        # the premises by their street as well: "opened the first Ames Hardware on Tannery Street"
        # and "the Tannery Street store" are one shop
        alias = self._thing_street(subj, base) if cls != "marry" else None
        lo = act if act.i < root.i else root.left_edge
        s, e = base + min(lo.idx, act.idx), max(t.end, base + act.idx + len(act.text))
        for k in dict.fromkeys(x for x in (key, alias) if x is not None):
            self.add(entity=k, slot="act", value=cls, text=t.text, aspect="once",
                     evidence=self.doc.span(s, e, "act"), source=self.F.source_at(t.start), time=t.value,
                     time_evidence=self.doc.span(t.start, t.end, "date"),
                     prep="relative" if t.anchor == "published" else "absolute" if t.anchor is None else "anchored",
                     offset=base + act.idx, tense=_verb_tense(act) if act.pos_ == "VERB" else None)

    def _thing_street(self, tok, base: int) -> str | None:
        """The street a shop or a works is named by ("the Tannery Street store", "Ames Hardware on
        Tannery Street"): a street or building name (FAC) in a compound or after "on", "in" or
        "at", on a thing's noun or a business's name."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in THING_NOUNS:
            return None
        if tok.pos_ == "PROPN" and tok.lower_ not in THING_NOUNS:  # "Parry's Bakery" is a bakery
            ent = self.F.entity_of(base + tok.left_edge.idx, base + tok.idx + len(tok.text))
            if ent is None or ent.label not in ("ORG", "FAC", "LOC"):
                return None
        if tok.pos_ not in ("NOUN", "PROPN") or any(
                k.dep_ == "det" and k.lower_ in _INDEFINITE for c in [tok] + [c for c in tok.children if c.dep_ == "poss"]
                for k in c.children):
            return None  # "opened a butcher's shop on Mill Lane": another shop
        places = [g for k in tok.children if k.dep_ == "prep" and k.lower_ in ("on", "in", "at")
                  for g in k.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        places += [k for k in tok.lefts if k.dep_ == "compound" and k.pos_ == "PROPN"]
        for p in places:
            lo = p.left_edge if p.left_edge.pos_ == "PROPN" else p
            ent = self.F.entity_of(base + lo.idx, base + p.idx + len(p.text))
            if ent is not None and ent.label == "FAC" and ent.name.split()[-1].lower() in STREET_SUFFIXES:
                return f"the premises on {ent.name}"
        return None

    def _act_subject(self, act, kids, cls: str):
        """Who did it: "the mill closed", "was founded", "shut its doors"; the thing closed or
        founded ("closed the plant in 2019"); the noun a participle describes ("The Institute,
        founded in 1971,")."""
        obj = next((k for k in kids if k.dep_ == "dobj"), None)
        if any(k.dep_ == "prt" and k.lower_ not in ("down", "up") and not (cls == "publish" and k.lower_ == "out")
               for k in kids):
            return None
        if obj is not None:
            if obj.lemma_.lower() in OWN_OBJECTS:
                obj = None
            elif cls != "marry" and (obj.lemma_.lower() in THING_NOUNS or obj.pos_ == "PROPN"):
                return obj
            else:
                return None  # "closed the deal", "married Ann": another act, or a person's
        node = act
        while True:
            subj = next((k for k in node.children if k.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                    return node.head
                return subj
            if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
                return node.head
            if node.dep_ == "conj" and node.head is not node:
                node = node.head
                continue
            return None

    def _thing_key(self, tok, cls: str, base: int) -> str | None:
        low = tok.lower_
        if cls == "marry":
            if low in _THEY or tok.lemma_.lower() in COUPLE_NOUNS:
                return "the couple"
            if tok.ent_type_ == "PERSON" and any(k.dep_ == "conj" and k.ent_type_ == "PERSON" for k in tok.children):
                return "the couple"  # "Alwyn and Winnie married in 1946"
            return None
        lem = _thing_word(tok)
        if (lem in WORK_NOUNS) != (cls == "publish"):
            return None  # a novel is published once; a mill opens and closes
        if (lem in UNDERTAKINGS) != (cls == "begin"):
            return None  # a trial begins once; a mill is founded, opens and closes
        if lem not in THING_NOUNS and lem not in UNDERTAKINGS and lem not in WORK_NOUNS:
            ent = self.F.entity_of(base + tok.idx, base + tok.idx + len(tok.text))
            if ent is not None and ent.label in ("ORG", "FAC"):
                return ent.id
            return None
        if any(k.dep_ == "det" and k.lower_ in _INDEFINITE for k in tok.children):
            return None  # "opened a shop": which one, the article has not said
        nth = [k.lower_ for k in tok.children if k.dep_ in ("amod", "nummod", "compound")
               and (k.ent_type_ == "ORDINAL" or k.lower_ in _NTH or k.lower_ == "debut")]
        if nth:
            # "her third bakery" and "her second bakery" are two; a debut novel is the first
            lem = f"{'first' if nth[0] == 'debut' else nth[0]} {lem}"
        names = _names(tok)
        head = tok.text if names and tok.pos_ == "PROPN" else lem
        if not names:
            named = self._things_named(lem)
            if len(named) == 1:  # "the mill" where the article names one mill
                names, head = next(iter(named.items()))
        return "the " + " ".join(names + (head,))

    def _antecedent(self, tok, plural: bool = False):
        """What "it" stands for: the noun a clause describes ("The mill, empty since it
        closed in 1987,"), else the last thing named before it in its sentence or the one
        before."""
        t = tok.head
        for _ in range(8):
            if _names_a_thing(t) and (not plural or t.tag_ in ("NNS", "NNPS")):
                return t
            if t.head is t:
                break
            t = t.head
        doc = tok.doc
        first = tok.sent.start
        if first > 0:
            first = doc[first - 1].sent.start
        words = [doc[k] for k in range(tok.i - 1, first - 1, -1)]
        if first == 0:  # a paragraph's first sentence: the last sentence of the one before
            docs = self.doc.docs
            at = next((i for i, d in enumerate(docs) if d is doc), 0)
            if at > 0 and len(docs[at - 1]):
                prev = docs[at - 1]
                last = prev[len(prev) - 1].sent
                words += [prev[k] for k in range(last.end - 1, last.start - 1, -1)]
        for w in words:
            if _names_a_thing(w) and w.dep_ != "compound" and (not plural or w.tag_ in ("NNS", "NNPS")):
                return w
        return None

    def _things_named(self, lem: str) -> dict[tuple[str, ...], str]:
        """The names the article gives things of one kind ("the Tollbridge mill"), each with
        its noun as written ("Hospital" in "Grimsdale Cottage Hospital")."""
        if self._named_things is None:
            seen: dict[str, dict[tuple[str, ...], str]] = {}
            for sdoc in self.doc.docs:
                for w in sdoc:
                    key = _thing_word(w)
                    if key in THING_NOUNS and w.pos_ in ("NOUN", "PROPN"):
                        n = _names(w)
                        if n:
                            seen.setdefault(key, {}).setdefault(n, w.text if w.pos_ == "PROPN" else key)
            self._named_things = seen
        return self._named_things.get(lem, {})


def _thing_word(tok) -> str:
    """The word a thing is listed under: a noun's lemma, a name's word, or the plural a thing
    is named in only ("the baths", "the works", "the Harlow almshouses")."""
    word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_
    return tok.lower_ if word not in THING_NOUNS and tok.lower_ in THING_NOUNS else word


def _names(tok) -> tuple[str, ...]:
    """The proper nouns a thing's noun carries ("the Tarrow Street branch"), in text order."""
    out = [k for k in tok.children if k.dep_ in ("compound", "nmod") and k.pos_ == "PROPN" and k.i < tok.i]
    more = [g for k in out for g in k.children if g.dep_ == "compound" and g.pos_ == "PROPN"]
    return tuple(k.text for k in sorted(out + more, key=lambda k: k.i))


def _names_a_thing(tok) -> bool:
    """A noun or a name's word that is a thing's ("the mill", "Grimsdale Cottage Hospital",
    "the works"): what "it" may stand for."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in THING_NOUNS or tok.lower_ in THING_NOUNS)


def _again(act) -> bool:
    """"Reopened", "re-founded": the act done again, not once ("released" is no re-lease)."""
    low = act.lemma_.lower()
    return low.startswith("re") and low[2:].lstrip("-") in THING_ACTS
