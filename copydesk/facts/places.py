"""Where a person is from, however the sentence says it: a nationality as an adjective ("the
club's Belgian winger"), as a noun ("The Dutchman Vos", "Vos, a Dutchman"), after a copula
("Vos is Belgian"), and a birthplace as a compound adjective ("the Belgian-born striker").
A mixin of the builder; the nationalities are data (``copydesk/data/nationalities_en.tsv``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..entities.vocab import RESIDENT_NOUNS
from ..nlp import tokens_of
from ..token_table import table_of
from ..vocab import DATA
from .model import _norm_place

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def nationalities() -> tuple[dict[str, str], dict[str, str]]:
    """(adjective -> country, person noun -> country), lower case; countries as written."""
    adj: dict[str, str] = {}
    noun: dict[str, str] = {}
    for line in (DATA / "nationalities_en.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, a, nouns = (line.split("\t") + ["", ""])[:3]
        adj[a.lower()] = country
        noun[a.lower()] = country
        for n in nouns.split(","):
            if n.strip():
                noun[n.strip().lower()] = country
    return adj, noun


class PlaceFacts:
    """Nationalities and compound-adjective birthplaces, as facts about people."""

    def nationalities(self) -> None:
        F = self.F
        adj, noun = nationalities()
        for bi, sdoc in enumerate(self.doc.docs):
            if not any(w in noun for w in _WORD.findall(self.doc.block_text(bi).lower())):
                continue  # most paragraphs name no nationality: skip their tokens
            base = F.block_starts[bi]
            lows = table_of(sdoc).lower
            toks = tokens_of(sdoc)
            for i, low in enumerate(lows):
                if low not in noun and low not in adj:
                    continue
                t = toks[i]
                hyphen_after = t.i + 1 < len(sdoc) and sdoc[t.i + 1].text in ("-", "‐")
                hyphen_before = t.i > 0 and sdoc[t.i - 1].text in ("-", "‐")
                if hyphen_after and t.i + 2 < len(sdoc) and sdoc[t.i + 2].lower_ == "born":
                    self._demonym_birth(t, sdoc[t.i + 2], adj.get(low) or noun.get(low), base)
                    continue
                if hyphen_after or hyphen_before:
                    continue  # "Belgian-Moroccan", "Anglo-Dutch": two at once
                person = None
                if t.dep_ in ("amod", "compound", "npadvmod") and low in adj:
                    person = _person_of(t.head)
                if person is None and low in noun and t.pos_ in ("NOUN", "PROPN"):
                    person = _person_of(t)
                if person is None and t.dep_ in ("acomp", "attr") and t.head.lemma_ == "be":
                    person = next((k for k in t.head.children if k.dep_ == "nsubj" and k.pos_ == "PROPN"), None)
                if person is None:
                    continue
                ent = self._person_entity(person, base)
                if ent is None:
                    continue
                country = adj.get(low) or noun[low]
                s = base + t.idx
                self.add(entity=ent.id, slot="nationality", kind="place", value=_norm_place(country),
                         text=t.text, evidence=self.doc.span(s, s + len(t.text), "nationality"),
                         source=F.source_at(s), value_evidence=self.doc.span(s, s + len(t.text), "place"),
                         prep="demonym", quoted=F.quote_at(s) is not None)

    def place_born(self) -> None:
        """"The Cork-born singer", "London-born Ada Lyle": born in the place the compound
        names, about the person the phrase names or points back to."""
        F = self.F
        adj, noun = nationalities()
        for bi, sdoc in enumerate(self.doc.docs):
            if "-born" not in self.doc.block_text(bi) and "\u2010born" not in self.doc.block_text(bi):
                continue
            base = F.block_starts[bi]
            for t in sdoc:
                if t.lower_ != "born" or t.i < 2 or sdoc[t.i - 1].text not in ("-", "\u2010"):
                    continue
                place = sdoc[t.i - 2]
                if not place.text[:1].isupper() or place.lower_ in adj or place.lower_ in noun:
                    continue  # demonyms are read with nationalities
                lo = place
                while lo.i > 0 and sdoc[lo.i - 1].pos_ == "PROPN" and sdoc[lo.i - 1].head.i == place.i:
                    lo = sdoc[lo.i - 1]
                if t.dep_ != "amod":
                    continue
                person = _person_of(t.head)
                ent = self._person_entity(person, base) if person is not None else None
                if ent is None and t.head.pos_ == "NOUN":
                    ent = F.entity_of(base + t.head.idx, base + t.head.idx + len(t.head.text))
                    ent = ent if ent is not None and ent.label == "PERSON" else None
                if ent is None:
                    continue
                text = " ".join(F.text[base + lo.idx:base + place.idx + len(place.text)].split())
                s, e = base + lo.idx, base + t.idx + len(t.text)
                self.add(entity=ent.id, slot="born", kind="place", value=_norm_place(text), text=text,
                         evidence=self.doc.span(s, e, "birth"), source=F.source_at(s),
                         value_evidence=self.doc.span(s, base + place.idx + len(place.text), "place"),
                         prep="compound", quoted=F.quote_at(s) is not None)

    def residences(self) -> None:
        """Where a person lives, as wire copy writes it: "Tessa Marling, of Ashby Vale," (a
        place set off by commas after the name) and "the Kelby resident" (a place
        modifying a resident noun, about the person the phrase names or points back to)."""
        F = self.F
        for bi, sdoc in enumerate(self.doc.docs):
            block = self.doc.block_text(bi)
            if ", of " not in block and not any(w in block for w in RESIDENT_NOUNS):
                continue
            base = F.block_starts[bi]
            for t in sdoc:
                if t.lower_ == "of" and t.dep_ == "prep" and t.head.pos_ == "PROPN" and t.i > 0 \
                        and sdoc[t.i - 1].text == ",":
                    place = next((g for g in t.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
                    if place is not None:
                        self._home(self._person_entity(t.head, base), place, t.head, base)
                elif t.lemma_.lower() in RESIDENT_NOUNS and t.pos_ == "NOUN":
                    place = next((g for g in t.children if g.dep_ == "compound" and g.pos_ == "PROPN"), None)
                    if place is None:
                        continue
                    person = _person_of(t)
                    ent = self._person_entity(person, base) if person is not None else None
                    if ent is None:
                        lo = next((g for g in t.children if g.dep_ == "det"), place)
                        ent = F.entity_of(base + lo.idx, base + t.idx + len(t.text))
                        ent = ent if ent is not None and ent.label == "PERSON" else None
                    self._home(ent, place, t, base)

    def _home(self, ent, place, anchor, base: int) -> None:
        if ent is None:
            return
        lo = place
        while lo.i > 0 and lo.doc[lo.i - 1].dep_ == "compound" and lo.doc[lo.i - 1].head.i == place.i:
            lo = lo.doc[lo.i - 1]
        s, e = base + lo.idx, base + place.idx + len(place.text)
        where = self.F.entity_of(s, e)
        if where is None or where.label not in ("GPE", "LOC"):
            return  # "Ann Lee, of the University of Kent,": an affiliation, not a home
        text = " ".join(self.F.text[s:e].split())
        lo2, hi2 = min(s, base + anchor.left_edge.idx), max(e, base + anchor.idx + len(anchor.text))
        self.add(entity=ent.id, slot="home", kind="place", value=_norm_place(text), text=text,
                 evidence=self.doc.span(lo2, hi2, "home"), source=self.F.source_at(s),
                 value_evidence=self.doc.span(s, e, "place"), prep="residence",
                 quoted=self.F.quote_at(s) is not None)

    def _demonym_birth(self, dem, born, country: str | None, base: int) -> None:
        """"the Belgian-born striker Tom Vos": born in Belgium."""
        if country is None or born.dep_ != "amod":
            return
        person = _person_of(born.head)
        if person is None:
            return
        ent = self._person_entity(person, base)
        if ent is None:
            return
        s, e = base + dem.idx, base + born.idx + len(born.text)
        self.add(entity=ent.id, slot="born", kind="place", value=_norm_place(country), text=country,
                 evidence=self.doc.span(s, e, "birth"), source=self.F.source_at(s),
                 value_evidence=self.doc.span(s, base + dem.idx + len(dem.text), "place"),
                 prep="demonym", quoted=self.F.quote_at(s) is not None)

    def _person_entity(self, tok, base: int):
        lo = tok
        while lo.i > 0 and lo.doc[lo.i - 1].dep_ == "compound" and lo.doc[lo.i - 1].pos_ == "PROPN" \
                and lo.doc[lo.i - 1].head.i == tok.i:
            lo = lo.doc[lo.i - 1]
        ent = self.F.entity_of(base + lo.idx, base + tok.idx + len(tok.text))
        return ent if ent is not None and ent.label == "PERSON" else None


def _person_of(n):
    """The proper name a noun phrase about a person names: itself, its apposition, the noun
    it is in apposition to, or the name it is a title of ("The Dutchman Vos")."""
    if n.pos_ == "PROPN" and n.ent_type_ == "PERSON":
        return n
    for k in n.children:
        if k.dep_ == "appos" and k.pos_ == "PROPN":
            return k
    if n.dep_ in ("appos", "compound") and n.head.pos_ == "PROPN":
        return n.head
    return None
