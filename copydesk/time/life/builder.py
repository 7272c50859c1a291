"""The life stage's builder: walks each block's tokens and hands each cue to the births,
events and ages readers it mixes in."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ...model import Span, Timex
from ...nlp import tokens_of
from .. import day_inherited
from .records import PersonLife, Incident
from ...token_table import table_of
from .vocab import (DEATH_PHRASAL, _DEATH_VERBISH, _DEATH_NOUNISH, _INCIDENT_VERBS, _INCIDENT_NOUNS,
                    _DECADE_TOKEN, _DECADE_WORDS)
from .syntax import pronoun_ambiguous, _attach
from .births import _BirthsDeaths
from .events import _Events
from .ages import _Ages

# the words age() looks at besides numbers and decades ("61-year-old", "aged 61", "was 61",
# "at 61", "in her sixties"): any other word states no age, and is not handed to it
_AGE_CUES = frozenset({"old", "olds", "aged", "was", "is", "were", "are", "'s", "be", "turned", "turns",
                       "been", "at"}) | frozenset(_DECADE_WORDS)
_LEMMA_OF = {"born": "bear", "shot": "shoot"}  # vocab._lemma's own exceptions

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from ...document import Document


class _Builder(_BirthsDeaths, _Events, _Ages):
    """One article's life stage: the lives and incidents found so far, and the helpers the
    readers share (the entity a token stands for, quoted offsets, dates by offset)."""

    def __init__(self, doc: "Document"):
        self.doc = doc
        self.text = doc.article.text
        self.blocks = doc.article.blocks
        self.index = doc.extras.get("entity_index")
        self.published = doc.article.published
        self.lives: dict[str, PersonLife] = {}
        self.incidents: list[Incident] = []
        spans = doc.quoted_spans()  # for marking facts as quoted
        self.quote_spans = sorted(set(spans))
        self._ent_cache: dict[tuple[int, int], object] = {}
        self.tx_list: list[Timex] = sorted(doc.timexes, key=lambda t: (t.start, t.end))
        self.tx_starts = [t.start for t in self.tx_list]
        self.not_person: set[str] = set()  # entities of another label taken for a person
        self._surname_map: dict | None = None

    # -- helpers ----------------------------------------------------------------------------

    def quoted(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_spans, (offset, 10 ** 12)) - 1
        while i >= 0:
            s, e = self.quote_spans[i]
            if s <= offset < e:
                return True
            if e < offset - 5000:
                break
            i -= 1
        return False

    def span(self, start: int, end: int, role: str | None = None) -> Span:
        text = self.text
        while start < end and text[start] in " \t\n,;:":
            start += 1
        while end > start and text[end - 1] in " \t\n,;:":
            end -= 1
        return self.doc.span(start, end, role)

    def timex_in(self, start: int, end: int) -> Timex | None:
        i = bisect.bisect_left(self.tx_starts, start - 200)
        for t in self.tx_list[i:]:
            if t.start >= end:
                break
            if t.end > start:
                return t
        return None

    def entity(self, tok, base: int):
        """The PERSON (or other) entity a subject/object token stands for, or None."""
        if tok is None:
            return None
        if tok.lower_ in ("who", "whom", "that", "which") and tok.head.dep_ in ("relcl", "acl"):
            tok = tok.head.head
        elif tok.lower_ in ("who", "whom", "that") and tok.head.dep_ in ("ccomp", "advcl", "conj"):
            # a parse that hangs the relative clause off the verb: fall back to the noun before
            left = tok.i - 1
            while left >= 0 and tok.doc[left].is_punct:
                left -= 1
            if left < 0:
                return None
            tok = tok.doc[left]
        start, end = tok.idx, tok.idx + len(tok.text)
        if tok.pos_ == "PROPN":
            for c in tok.lefts:
                if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
                    start = min(start, c.left_edge.idx if c.left_edge.pos_ == "PROPN" else c.idx)
        elif tok.pos_ in ("NOUN", "ADJ"):
            # a nominal ("the general", "the 61-year-old"), or a name the tagger took for a
            # common noun ("Reyes was born"): the index knows which
            det = next((c for c in tok.lefts if c.dep_ == "det"), None)
            if det is not None and det.lower_ in ("the", "this", "that"):
                start = min(start, det.idx)
            elif tok.pos_ == "ADJ" or not tok.text[:1].isupper():
                # an indefinite description: an appositive name explains it
                for c in tok.children:
                    if c.dep_ == "appos" and c.pos_ == "PROPN":
                        return self.entity(c, base)
                    if c.dep_ == "appos" and c.pos_ == "NOUN":
                        # "Her husband, the architect Felix Braam,": a description of a description
                        name = next((g for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"), None)
                        if name is not None:
                            return self.entity(name, base)
                if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                    return self.entity(tok.head, base)
                if det is not None and det.lower_ in ("a", "an") and self.index is not None:
                    # "A man sought in ... was arrested Saturday", named a paragraph later: the
                    # entities stage has tied the description to the name
                    key = (base + det.idx, base + tok.idx + len(tok.text))
                    ent = next((e for e in self.doc.entities for m in e.mentions
                                if (m.start, m.end) == key and m.kind == "nominal"), None)
                    if ent is not None:
                        return ent
                return None
        key = (base + start, base + end)
        if tok.pos_ == "PRON" and key not in self._ent_cache:
            ent = None
            if self.index is not None:
                try:
                    ent = self.index.entity_at(*key)
                except Exception:
                    ent = None
            if ent is not None and pronoun_ambiguous(self.doc, key[0], ent.id, tok.lower_):
                ent = None
            self._ent_cache[key] = ent
        if key not in self._ent_cache:
            ent = None
            if self.index is not None:
                try:
                    ent = self.index.entity_at(*key)
                except Exception:  # an index from an unfinished stage must not stop us
                    ent = None
            self._ent_cache[key] = ent
        ent = self._ent_cache[key]
        if (ent is None or ent.label in ("GPE", "LOC", "FAC")) and tok.pos_ == "PROPN":
            # a wire dateline parsed as the lead's subject, its person in apposition:
            # "DELBY, Ore. (AP) -- Ada Vell, who ..., died Sunday"
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN" and (alt := self.entity(c, base)) is not None \
                        and alt.label == "PERSON":
                    return alt
        if ent is None and tok.pos_ in ("NOUN", "ADJ"):
            for c in tok.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN":
                    return self.entity(c, base)
        return ent

    def person(self, tok, base: int):
        ent = self.entity(tok, base)
        return ent if ent is not None and ent.label == "PERSON" else None

    def life_person(self, tok, base: int):
        """The person an age or a birth is about. Being born and having an age say the
        bearer is a person, so beyond a PERSON entity this takes a name the tagger filed
        under another label ("Skandaraj Navaratnam" as an organisation; kept only if the
        article gives it both an age and a birth, see ``run``), and a surname alone that
        the tagger read as something else ("Amman", a city) when one person of the
        article has that surname."""
        ent = self.entity(tok, base)
        if ent is not None and ent.label == "PERSON" or tok is None or tok.pos_ != "PROPN":
            return ent if ent is not None and ent.label == "PERSON" else None
        by_surname = self._surnames().get(tok.text)
        if by_surname is not None and len(by_surname) == 1 and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts):
            return by_surname[0]
        if ent is None and by_surname is None:
            # "Quiroga was born ...", after "Marta Quiroga" filed under another label
            others = self._surnames().get(("other", tok.text))
            ent = others[0] if others is not None and len(others) == 1 else None
        if ent is not None and ent.label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"):
            self.not_person.add(ent.id)
            return ent
        return None

    def _surnames(self) -> dict:
        if self._surname_map is None:
            m: dict[str, list] = {}
            for e in getattr(self.doc, "entities", None) or ():
                words = e.name.split()
                if len(words) > 1 and all(w[:1].isupper() for w in words):
                    m.setdefault(words[-1] if e.label == "PERSON" else ("other", words[-1]), []).append(e)
            self._surname_map = m
        return self._surname_map

    def life(self, ent) -> PersonLife:
        life = self.lives.get(ent.id)
        if life is None:
            life = self.lives[ent.id] = PersonLife(ent.id, ent.name)
        return life

    # -- annotate ------------------------------------------------------------------------------

    def run(self) -> None:
        for bi, (block, sdoc) in enumerate(zip(self.blocks, self.doc.docs)):
            self.block(bi, block, sdoc)
        for eid in self.not_person:
            life = self.lives.get(eid)
            if life is not None and not (life.ages and life.births):
                del self.lives[eid]  # a place or an organisation after all
        for life in self.lives.values():
            self._fill_references(life)

    def block(self, bi: int, block, sdoc: "Doc") -> None:
        base = block.start
        # attach the block's timexes
        attached: dict[int, list[tuple[Timex, object, str | None]]] = {}
        lo = bisect.bisect_left(self.tx_starts, block.start)
        for t in self.tx_list[lo:]:
            s, e = t.start, t.end
            if s >= block.end:
                break
            if t.type not in ("DATE", "TIME", "DURATION") or day_inherited(self.doc, t):
                continue  # a clock time's day copied from another act's date dates no birth or death
            span = sdoc.char_span(s - base, e - base, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if t.type == "DURATION":
                self._base = base
                self.duration(t, span)
                continue
            anchor, prep = _attach(span)
            if anchor is not None:
                attached.setdefault(anchor.i, []).append((t, span, prep))
        self._attached = attached
        self._base = base
        self._bkind = block.kind
        tb = table_of(sdoc)
        lows, lemmas, poss, texts, nums = tb.lower, tb.lemma_low, tb.pos, tb.text, tb.like_num
        for tok in tokens_of(sdoc):
            i = tok.i
            low = lows[i]
            lem = _LEMMA_OF.get(low) or lemmas[i]  # vocab._lemma, from the table
            pos = poss[i]
            if low == "born" and pos in ("VERB", "AUX", "ADJ") and tb.dep[i] != "amod":
                self.birth(tok)
            elif low == "native" and pos in ("ADJ", "NOUN"):
                self.native(tok)
            if lem in _DEATH_VERBISH and pos == "VERB" and (
                    texts[i][:1].islower() or tok.is_sent_start or block.kind == "headline") or \
                    lem in _DEATH_NOUNISH and pos in ("NOUN", "ADJ") or \
                    lem in DEATH_PHRASAL and pos == "VERB" and self._phrasal_death(tok, lem):
                self.death(tok)
            if lem in _INCIDENT_VERBS and pos == "VERB" or lem in _INCIDENT_NOUNS and pos == "NOUN":
                self.incident(tok)
            if pos in ("VERB", "AUX") and i in attached and low != "born":
                self.dated_event(tok)
            if low in _AGE_CUES or nums[i] or _DECADE_TOKEN.fullmatch(texts[i]):
                self.age(tok)
            else:
                self._rough = False  # as age() leaves it for a word that states no age
