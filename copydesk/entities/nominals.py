"""Nominals and unnamed referents: "the commander", "the company", "a senior official".

A mixin of the resolver (``resolver._Resolver``). A definite noun links to the most salient
entity carrying that role word (or age: "the 61-year-old"); a generic "the company" or "the
group" to a recent organisation, "the country" to a recent country; an unnamed person or a
plural noun becomes a referent of its own that competes for pronouns.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .. import names as nm
from ..model import Entity, Mention
from .records import _Anon, _Event
from .salience import TOPIC_W, W_BASE, W_ROLE
from .syntax import _tok_role
from .vocab import _GENDERED_NOUNS, GENERIC_ORG_NOUNS, ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS
from .words import _strip_name_text

if TYPE_CHECKING:
    from .builder import _Builder


class _NominalsMixin:
    """Nominal links; ``_Resolver`` provides the attributes below and the salience methods."""

    b: "_Builder"
    text: str
    entities: dict[str, Entity]
    info: dict[str, dict]
    anon: dict[str, _Anon]
    name_tok: dict[tuple[int, int], str]
    role_index: dict[str, list[str]]
    new_mentions: list[tuple[str, Mention]]
    nominal_heads: set[tuple[int, int]]
    form_lookup: dict[tuple[str, ...], str]

    def _anon_noun(self, tok, pos: int, bi: int, sent: int, caption: bool) -> None:
        plural = tok.tag_ in ("NNS", "NNPS")
        lem = tok.lemma_.lower()
        if not plural:
            if lem not in PERSON_NOUNS:
                return
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in ("a", "an", "one", "another", "the", "this", "that"):
                # "one Iraqi militia commander" has nummod "one"
                if not any(c.dep_ == "nummod" and c.lower_ == "one" for c in tok.children):
                    return
            if det is not None and det.lower_ == "the" and (bi, tok.i) in self.nominal_heads:
                return
        elif any(c.dep_ == "poss" for c in tok.children) and tok.dep_ == "pobj":
            return
        key = f"~{pos}"
        self.anon[key] = _Anon(plural, _GENDERED_NOUNS.get(lem, 0) if not plural else 0)
        role = _tok_role(tok)
        self._push(_Event(pos, sent, bi, key, W_BASE + W_ROLE[role], self.b._find_quote(pos), caption))

    def _nominal(self, det, pos: int, bi: int, sent: int, caption: bool, sdoc, base: int) -> None:
        head = det.head
        if head.i <= det.i or head.i - det.i > 6:
            return
        if (bi, head.i) in self.name_tok:
            return  # "the Quds Force", "the State Department": a name
        age = head.lower_ == "old" and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT")
        if head.pos_ != "NOUN" and not age:
            return
        if head.dep_ == "compound" or head.tag_ in ("NNS", "NNPS"):
            return  # "the general David Petraeus" modifier; "the two countries"
        lem = head.lemma_.lower()
        has_propn = any(sdoc[k].pos_ == "PROPN" for k in range(det.i + 1, head.i))
        if not (age or has_propn or lem in self.role_index or lem in ORG_NOUNS or lem in PLACE_NOUNS
                or lem in PERSON_NOUNS):
            return
        nxt = sdoc[head.i + 1] if head.i + 1 < len(sdoc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            return  # "the general David Petraeus": a title
        start = pos
        end = base + head.idx + len(head.text)
        surface = self.text[start:end]
        if has_propn and head.pos_ == "NOUN":
            # "the Quds force" that spaCy did not tag: a name after all, if the article has it
            ent = self.index_lookup(surface, pos)
            if ent is not None:
                self._link(ent, start, end, surface, "name", head, pos, sent, bi, caption)
                return
            if lem in ORG_NOUNS:
                return  # "the Islamic State group": another organisation
        ma = re.search(r"(\d{1,3})[-\u2010\u2011 ]years?[-\u2010\u2011 ]old$", surface)
        best: str | None = None
        if ma:
            best = self._best_role(self.role_index.get(f"age:{ma.group(1)}", []), pos, sent, bi)
            if best is None and head.dep_ in ("nsubj", "nsubjpass"):
                best = self._only_person_so_far(pos) or self._salient_person(pos, sent, bi)
            elif best is None and head.dep_ in ("dobj", "dative", "pobj"):
                # "Judge Ada Tait told the 37-year-old": the person the passage is about, never
                # the clause's own subject
                best = self._salient_person(pos, sent, bi, _doer(head, bi, self.name_tok))
        elif head.pos_ == "NOUN":
            best = self._best_role(self.role_index.get(lem, []), pos, sent, bi)
            if best is None and lem in ORG_NOUNS:
                heads = [eid for eid, inf in self.info.items()
                         if self.entities[eid].label in ("ORG", "FAC") and lem in inf["heads"]]
                best = self._last_mention(pos, heads, 12)
                if best is None and lem in GENERIC_ORG_NOUNS:
                    best = self._last_mention(
                        pos, [eid for eid, e in self.entities.items() if e.label == "ORG"], 3)
            if best is None and lem in PERSON_NOUNS and head.dep_ in ("nsubj", "nsubjpass"):
                best = self._only_person_so_far(pos)  # "The Cork-born singer released ..."
                if best is None and has_propn:
                    best = self._salient_person(pos, sent, bi, _teller(head, bi, self.name_tok))
            if best is None and lem in PLACE_NOUNS:
                kinds = PLACE_NOUNS[lem]
                places = [eid for eid, e in self.entities.items() if e.label == "GPE"
                          and (p := nm.proper_nouns().get(nm.fold(e.name))) is not None and p.kind in kinds]
                best = self._last_mention(pos, places, 3)
        if best is None:
            return
        self._link(best, start, end, surface, "nominal", head, pos, sent, bi, caption)

    def _only_person_so_far(self, pos: int) -> str | None:
        """The one person the article has named before ``pos``: a description of a person
        can only be them."""
        people = {ev.key for ev in self.events[:bisect.bisect_left(self.event_pos, pos)]
                  if not ev.key.startswith("~") and self.entities[ev.key].label == "PERSON"}
        return people.pop() if len(people) == 1 else None

    def _salient_person(self, pos: int, sent: int, bi: int, teller: str | None = None) -> str | None:
        """The person a bare "the 61-year-old" at the head of a clause continues: of the named
        people in the last few sentences, the one far ahead of every other by salience (the
        subject the passage is about). Two people near level leave it open: "Ames hit
        Bolt. The 30-year-old ..." could be either."""
        scores = self._scores(pos, sent, bi, None, window=4, names_only=True)
        # recent salience and how often the article has named them so far: the person the
        # passage is about leads on both
        people = sorted(((s + TOPIC_W * self.topic.get(eid, 0), eid) for eid, s in scores.items()
                         if not eid.startswith("~") and self.entities[eid].label == "PERSON" and eid != teller),
                        reverse=True)
        if not people or any(eid.startswith("~") and not self.anon[eid].plural and s >= people[0][0] / 2
                             for eid, s in scores.items()):
            return None  # an unnamed person ("a pensioner") as salient as the name
        if len(people) > 1 and people[1][0] * 2 > people[0][0]:
            return None
        return people[0][1] if people[0][0] >= W_BASE else None

    def _best_role(self, cand_ids: list[str], pos: int, sent: int, bi: int) -> str | None:
        """The most salient entity carrying a role word, mentioned before ``pos``."""
        if not cand_ids:
            return None
        scores = self._scores(pos, sent, bi, None, window=6)
        best, best_score = None, 0.0
        for eid in cand_ids:
            if self.topic.get(eid, 0) == 0:
                continue  # not mentioned yet
            s = scores.get(eid, 0.0) + 1.0 + self.topic.get(eid, 0)
            if s > best_score:
                best, best_score = eid, s
        return best

    def _link(self, eid: str, start: int, end: int, surface: str, kind: str, head, pos: int,
              sent: int, bi: int, caption: bool) -> None:
        self.nominal_heads.add((bi, head.i))
        self.new_mentions.append((eid, Mention(start, end, surface, kind)))
        role = _tok_role(head)
        self._push(_Event(pos, sent, bi, eid, W_BASE + W_ROLE[role], self.b._find_quote(pos), caption))

    def index_lookup(self, text: str, pos: int) -> str | None:
        key = tuple(nm.fold_words(_strip_name_text(text)))
        return self.form_lookup.get(key) if key else None


def _doer(head, bi: int, name_tok) -> str | None:
    """The named subject of the clause an object stands in ("Judge Ada Tait told the
    37-year-old")."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return name_tok.get((bi, subj.i)) if subj is not None else None


def _teller(head, bi: int, name_tok) -> str | None:
    """Who tells the clause a description stands in ("Moulton said the Kelby resident had
    asked ..."): the speaker is not the one the description means."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return name_tok.get((bi, subj.i)) if subj is not None else None

