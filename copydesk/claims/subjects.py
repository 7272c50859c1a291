"""A clause's subject: the entity, name or pronoun it stands for, through relative
pronouns, controllers of non-finite verbs and person nominals. A mixin of the block."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .index import _Subject
from .tokens import (
    _harm_agent_noun,
    _lemma,
    _mark,
    _pick_subject,
    _owned,
    _possessed,
    _through_copula,
)
from .vocab import (
    AGENT_LABELS,
    ENTITY_LABELS,
    ENTITY_PRONOUNS,
    HEADLINE_PASSIVES,
    NOT_ENTITY_LABELS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    WRONGDOER_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:][\"'”’)]*\s+|\n)[\"'“‘(]*$")


def _common_noun_capitalised(doc, tok: "Token") -> bool:
    """A word capitalised only because it opens its sentence or line, which the article
    elsewhere writes in lower case ("Bypass will kill ..." beside "the proposed bypass"): a
    common noun the tagger took for a name (or an entity). A name is written capitalised
    mid-sentence too."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_alpha or not tok.text[1:].islower() \
            or not tok.text[:1].isupper() or tok.lower_ in STOP_WORDS or tok.i != tok.sent.start:
        return False  # (tok.sent walks the sentence: asked last)
    seen = doc.extras.setdefault("capitalised_common", {})
    if tok.text not in seen:
        text = doc.text
        low = re.search(rf"(?<![\w-]){re.escape(tok.lower_)}(?![\w-])", text)
        caps = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(tok.text)}(?![\w-])", text)]
        seen[tok.text] = bool(low) and all(_SENTENCE_OPENING.search(text[max(0, c - 40):c]) for c in caps)
    return seen[tok.text]


class SubjectReader:
    """A clause's subject, resolved to an entity where it can be."""

    def _subject(self, v: "Token") -> tuple[_Subject | None, bool]:
        """The subject of a clause head and whether the clause is passive."""
        kids = self._k(v)
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
        subj_tok = _pick_subject(kids)
        if subj_tok is not None and subj_tok.dep_ == "nsubj" and v.tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass") for c in kids):
            passive = True  # a participial headline: "X killed in strike"
        if subj_tok is not None and v.dep_ != "relcl" and subj_tok.lower_ in RELATIVE_PRONOUNS:
            subj_tok = None
        if subj_tok is None and v.dep_ == "conj" and v.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass", "dobj") for c in kids):
            # "He fought ..., became ... and promoted to commander": a reduced passive unless
            # the first verb's "has" carries it ("has fought and won")
            hk = self._k(v.head)
            passive = passive or any(c.dep_ == "auxpass" for c in hk) or not any(c.dep_ == "aux" for c in hk)
        if subj_tok is None:
            dep = v.dep_
            if dep == "relcl":
                subj_tok = None
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in kids):
                    subj_tok = v.head
            elif dep == "acl":
                subj_tok = v.head
                passive = v.tag_ in ("VBN", "VBD")
            elif dep in ("conj", "xcomp", "advcl", "pcomp", "dep") or (dep == "ROOT" and v.tag_ != "VBN"):
                subj_tok, _ = self._controller(v)
                if v.tag_ == "VBN" and dep in ("advcl", "xcomp") and not any(c.dep_ == "aux" for c in kids):
                    passive = v.lemma_ in ("bear",) or passive or dep == "advcl"
            elif dep == "ROOT" and v.tag_ == "VBN":
                subj_tok, _ = self._controller(v)
        elif subj_tok.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            subj_tok = v.head
        if subj_tok is not None and subj_tok.dep_ == "relcl":
            subj_tok = None
        if subj_tok is None:
            return None, passive
        if subj_tok.lower_ in RELATIVE_PRONOUNS and subj_tok.head.dep_ == "relcl":
            subj_tok = subj_tok.head.head
        if v.dep_ == "relcl" and subj_tok.i == v.head.i:
            subj_tok = _through_copula(subj_tok)
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in kids):
                subj_tok = self._appositive_person(subj_tok)
        if self.fragmentary and not passive and _lemma(v) in HEADLINE_PASSIVES \
                and v.tag_ in ("VBD", "VBN") and not any(
                    c.dep_ in ("dobj", "aux") or (c.dep_ in ("ccomp", "xcomp") and c.i > v.i) for c in kids):
            passive = True  # headline "X killed in strike", tagged as a past tense
        return self._describe(subj_tok), passive

    def _appositive_person(self, tok: "Token") -> "Token":
        """'Cllr Tarrant, a Green who took over ...', 'Ms Lowe, a former director at
        rival Bexley Trading who was appointed ...': "who" in an apposition that describes a
        person is that person, though the parse hangs the clause on the description or on an
        organisation inside it."""
        def person(t) -> bool:
            d = self._describe(t)
            return d is not None and d.label == "PERSON"

        if person(tok):
            return tok
        t = tok
        for _ in range(5):
            if t.dep_ == "appos" and person(t.head):
                return t.head
            if t.dep_ not in ("pobj", "prep", "compound", "appos") or t.head is t:
                return tok
            t = t.head
        return tok

    def _controller(self, v: "Token", depth: int = 0) -> tuple["Token | None", bool]:
        """The subject a subjectless verb shares: a conjunct's first verb's, a participle's or
        infinitive's governing clause's, or (misparse) a preceding comma-separated clause's."""
        if depth > 4:
            return None, False
        kids = self._k(v)
        s = _pick_subject(kids)
        if s is not None:
            return s, False
        dep = v.dep_
        if dep in ("conj", "xcomp", "advcl", "dep") and v.head.i != v.i:
            h = v.head
            if dep == "advcl" and _mark(v) not in (None, "while", "after", "before", "by", "when", "since",
                                                   "despite", "though", "although", "until"):
                return None, False
            if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ != "to" for c in kids):
                return None, False  # "had attacked": a finite clause whose subject the parse lost
            if dep == "xcomp" and _lemma(h) not in ("promise", "vow", "pledge", "threaten"):
                # object control: "helped militias to kill", "sent Soleimani to lead attacks"
                dobj = next((c for c in self._k(h) if c.dep_ == "dobj" and c.i < v.i), None)
                if dobj is not None:
                    return dobj, False
            if h.pos_ in ("VERB", "AUX") or h.tag_.startswith("VB"):
                return self._controller(h, depth + 1)
            if dep == "xcomp" and h.pos_ == "ADJ":
                return self._controller(h.head, depth + 1)
            if dep == "conj" and h.dep_ == "acl":
                return h.head, False
            return None, False
        if dep == "pcomp" or (dep == "pobj" and v.tag_ == "VBG" and v.head.dep_ == "prep"):
            prep = v.head  # "after saying", "was back to implying" (a gerund the parse takes for an object)
            g = prep.head
            if g.pos_ in ("VERB", "AUX"):
                return self._controller(g, depth + 1)
            if g.pos_ in ("ADJ", "ADV") and g.head.pos_ in ("VERB", "AUX"):
                return self._controller(g.head, depth + 1)
            return None, False
        if dep == "ROOT":
            # "Soleimani helped X, backed Y, and oversaw Z" parsed with "backed" as the root.
            for c in kids:
                if c.i < v.i and c.dep_ in ("ccomp", "advcl") and c.pos_ == "VERB" and _mark(c) is None:
                    s = next((g for g in self._k(c) if g.dep_ in ("nsubj",)), None)
                    if s is not None and v.i > 0 and self.toks[v.i - 1].lower_ in (",", "and"):
                        return s, False
        return None, False

    def _describe(self, tok: "Token") -> _Subject | None:
        cached = self.subject_cache.get(tok.i, False)
        if cached is not False:
            return cached
        res = self._describe_uncached(tok)
        self.subject_cache[tok.i] = res
        return res

    def _describe_uncached(self, tok: "Token") -> _Subject | None:
        if tok.is_punct or tok.lower_ in ("there",):
            return None
        if tok.pos_ == "NOUN":
            # "her brother Ivar Dahl", "the general, Qassem Soleimani,": the name in apposition
            named = next((c for c in self._k(tok) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None:
                return self._describe(named)
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.root.i == tok.i or (ent is not None and tok.pos_ == "PROPN"):
            start, end = self.base + ent.start_char, self.base + ent.end_char
            text = ent.text
            label = ent.label_
        else:
            # a name the tagger missed: the proper-noun compounds and the head
            left = tok.i
            while left > tok.left_edge.i and self.toks[left - 1].dep_ == "compound" \
                    and self.toks[left - 1].head.i in range(left, tok.i + 1) and self.toks[left - 1].pos_ == "PROPN":
                left -= 1
            start = self.base + self.toks[left].idx
            end = self.base + tok.idx + len(tok.text)
            text = self.doc.text[start:end]
            label = None
        entity = None
        if self.index is not None:
            try:
                entity = self.index.entity_at(self.base + tok.idx, self.base + tok.idx + len(tok.text))
            except Exception:
                entity = None
        eid = getattr(entity, "id", None)
        elabel = getattr(entity, "label", None) or label
        low = tok.lower_
        is_pron = tok.pos_ == "PRON" or low in ENTITY_PRONOUNS
        if is_pron and low not in ENTITY_PRONOUNS and tok.text[:1].isupper() and low not in STOP_WORDS \
                and tok.is_alpha:
            # a name the tagger took for a pronoun ("Houthis have attacked ..."): pronouns are a
            # closed class, every one of them a stop word
            is_pron = False
            label = label or "NORP"
        if is_pron:
            if low not in ENTITY_PRONOUNS:
                return None
            if entity is None and low in ("it", "they", "them", "you"):
                entityish = False
                agent = False
            else:
                entityish = True
                agent = (elabel in AGENT_LABELS) if entity is not None else low in PERSON_PRONOUNS
        elif _common_noun_capitalised(self.doc, tok):
            # "Bypass will kill the high street" over a letter, the article's "the bypass"
            entityish = False
            agent = self._person_nominal(tok)
        elif entity is not None:
            entityish = elabel not in NOT_ENTITY_LABELS
            agent = elabel in AGENT_LABELS and not _owned(tok)  # "whose Roomba killed ...": a thing owned
        elif label is not None:
            entityish = label in ENTITY_LABELS
            # the small tagger often calls a person LOC or GPE: a name heading a clause counts;
            # a possessed noun ("his CV") is not the agent whatever the tagger calls it
            agent = (label in AGENT_LABELS or (label in ("LOC", "FAC", "PRODUCT") and tok.pos_ == "PROPN")) \
                and not _possessed(tok)
        elif tok.pos_ == "PROPN":
            # a capitalised name nobody recognised ("the Guard"): an agent unless possessed or
            # a short acronym
            entityish = True
            agent = not _possessed(tok) and not (tok.text.isupper() and len(tok.text) <= 3)
        else:
            entityish = False
            agent = self._person_nominal(tok)
        return _Subject(tok, eid, elabel, agent, entityish, start, end, text)

    def _person_nominal(self, tok: "Token") -> bool:
        """A definite common noun for a person or a group: "the man", "the accused", "the crown
        prince", "the militants", "his attacker" (an agent noun of a harm verb). Not "a man" or
        a bare "police" (nobody in particular), not "the attack"."""
        if tok.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ") or tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "dobj", "conj"):
            return False
        lem = tok.lemma_.lower()
        low = tok.lower_
        person = low in PERSON_NOUNS or lem in PERSON_NOUNS or lem in ROLE_NOUNS or lem in WRONGDOER_NOUNS \
            or _harm_agent_noun(low)
        if not person:
            return False
        det = next((c for c in self._k(tok) if c.dep_ in ("det", "poss")), None)
        if det is None:
            return False  # "Police shoot man dead", "militants": nobody in particular
        if det.dep_ == "poss":
            return det.lower_ in ("his", "her", "their", "its") or det.pos_ == "PROPN"
        return det.lower_ in ("the", "this", "that", "these", "those")
