"""A clause's predicate and object (a fact slot where the clause clearly expresses one),
its place, time and span. A mixin of the block."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .index import _Subject
from .tokens import (
    _age_number,
    _has_num,
    _lemma,
    _np_text,
    _org_text,
    _small_number,
    _strip_det,
)
from .vocab import (
    AS_PASSIVE,
    AS_ROLE_VERBS,
    ASPECTUAL,
    COPULAS,
    DIED_PASSIVE,
    DURATION_RE,
    PERSON_PRONOUNS,
    HEDGE_RAISING,
    LOCATED_PASSIVE,
    LOCATED_VERBS,
    MOVE_VERBS,
    MEMBER_NOUNS,
    NOT_ENTITY_LABELS,
    PLACE_LABELS,
    PLACE_NOUNS,
    QUANT_VERBS,
    REPORT_VERBS,
    ROLE_NOUNS,
    ROLE_VERBS,
    SPLIT_DEPS,
    TAKE_POSTS,
    TIME_RE,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class PredicateReader:
    """A clause's predicate, object, place, time and span."""

    def _predicate(self, v: "Token", lemma: str, kids: list, passive: bool,
                   subj: _Subject) -> tuple[str | None, str | None]:
        deps = {c.dep_: c for c in reversed(kids)}
        attr = deps.get("attr") or deps.get("oprd")
        acomp = deps.get("acomp")
        dobj = deps.get("dobj")
        if lemma == "bear" and (passive or v.lower_ == "born"):
            return "born", self._place(v)
        if lemma == "die" or (lemma == "pass" and any(c.lower_ == "away" for c in kids)):
            return "died", self._place(v)
        if passive and lemma in DIED_PASSIVE:
            return "died", self._place(v)
        if attr is None and acomp is not None and acomp.lower_ == "dead":
            attr = acomp
        if attr is None and v.i + 1 < len(self.sdoc) and self.toks[v.i + 1].lower_ == "dead":
            attr = self.toks[v.i + 1]  # "rumored dead", whatever the parse made of "dead"
        if passive and attr is not None and attr.lower_ == "dead" and (lemma == "find" or lemma in HEDGE_RAISING):
            return "died", self._place(v)  # "found dead", "was rumored dead"
        if passive and lemma in AS_PASSIVE:
            as_obj = self._prep_object(v, ("as",))
            agent = self._agent(v)
            if as_obj is None and agent is not None:  # "was seen by many as a future leader"
                as_obj = self._prep_object(agent, ("as",))
            if as_obj is not None:
                return "state", _np_text(as_obj)  # "was seen as a future leader"
        if lemma == "shoot" and attr is not None and attr.lower_ == "dead":
            return ("died", self._place(v)) if passive else ("kill", _np_text(dobj) if dobj is not None else None)
        if passive and lemma in ROLE_VERBS:
            role = attr or self._prep_object(v, ("to", "as")) or deps.get("xcomp")
            if role is not None and (role.pos_ in ("NOUN", "PROPN") or role.lemma_.lower() in ROLE_NOUNS):
                text = _np_text(role)  # "promoted to head of ...", with "head" parsed as a verb
                return "role", re.sub(r"^to\s+", "", text or "") or None
        if lemma == "serve":
            role = self._prep_object(v, ("as",))
            if role is not None:
                return "role", _np_text(role)
        as_role = self._as_role(v, lemma, kids, dobj, passive)
        if as_role is not None:
            return "role", _np_text(as_role)
        if lemma == "join" and dobj is not None:
            return "member_of", _org_text(dobj, self)
        if lemma in MOVE_VERBS and not passive:
            org = self._prep_object(v, ("to",))
            if org is not None and self._is_org(org):
                return "member_of", _org_text(org, self)  # "moved to Castlebury" (a club, not a town)
        if lemma == "belong":
            org = self._prep_object(v, ("to",))
            if org is not None:
                return "member_of", _org_text(org, self)
        if lemma in LOCATED_VERBS or (passive and lemma in LOCATED_PASSIVE):
            place = self._place(v)
            if place is not None:
                return "located_in", place
        if lemma == "participate" or (lemma == "take" and dobj is not None and dobj.lower_ == "part") \
                or (passive and lemma == "involve"):
            what = self._prep_object(v, ("in",))
            return "participated", _np_text(what) if what is not None else None
        if lemma in COPULAS or v.pos_ == "AUX":
            if attr is not None and attr.like_num and _small_number(attr) and not any(
                    c.dep_ in ("prep",) for c in self._k(attr)):
                return "age", attr.text
            if acomp is not None and acomp.lower_ == "old":
                n = _age_number(acomp)
                if n:
                    return "age", n
            if attr is not None and attr.lemma_ in MEMBER_NOUNS:
                org = self._prep_object(attr, ("of",))
                if org is not None:
                    return "member_of", _org_text(org, self)
            if attr is not None and attr.lemma_.lower() in ROLE_NOUNS:
                return "role", _np_text(attr)
            if attr is not None and lemma == "become" and attr.pos_ == "NOUN":
                return "role", _np_text(attr)
            if attr is None and acomp is not None and lemma == "become" and acomp.lemma_.lower() in ROLE_NOUNS:
                return "role", _np_text(acomp)  # "became superintendent", the post tagged an adjective
            if attr is None and acomp is None:
                place = self._place(v)
                if place is not None and lemma != "become":
                    return "located_in", place
            if attr is not None:
                return "state", _np_text(attr)
            if acomp is not None:
                return "state", _np_text(acomp)
            prep = deps.get("prep")
            return "state", _np_text(prep) if prep is not None else None
        if lemma in QUANT_VERBS and not passive:
            obj = dobj or self._prep_object(v, ("to", "at", "by"))
            if obj is not None and _has_num(obj):
                return "quantity", _np_text(obj)
        prt = next((c for c in kids if c.dep_ == "prt"), None)
        pred = lemma if prt is None else f"{lemma} {prt.lower_}"
        obj_tok = dobj or attr or acomp
        if obj_tok is None:
            x = deps.get("xcomp")
            if x is not None:
                xkids = {c.dep_: c for c in self._k(x)}
                obj_tok = xkids.get("dobj")
                pred_x = _lemma(x)
                if lemma in ASPECTUAL or lemma in ("help",):
                    pred = pred_x if lemma in ASPECTUAL else pred
        if obj_tok is None:
            cc = deps.get("ccomp")
            if cc is not None and cc.i > v.i:
                return pred, _np_text(cc, clause=True)  # "helped Assad slaughter his people"
            obj_tok = self._prep_object(v, None)
        return pred, (_np_text(obj_tok) if obj_tok is not None else None)

    def _object_role(self, v: "Token", lemma: str, kids: list, passive: bool,
                     subj: _Subject) -> "tuple[Token, Token] | None":
        """(holder, post) of an active verb of appointing: "the board named him captain",
        "governors made Ada Lyle head", and "the owners appointed her head chef", where the
        parser reads "her" as a possessive. With a person as the verb's subject, "her head
        chef" is that person's chef, not a post, so only another subject counts there."""
        if passive or lemma not in ROLE_VERBS:
            return None
        dative = next((c for c in kids if c.dep_ == "dative"), None)
        dobj = next((c for c in kids if c.dep_ == "dobj"), None)
        comp = next((c for c in kids if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "PROPN")), None)
        holder, post = None, None
        if dative is not None and (comp or dobj) is not None:
            holder, post = dative, comp or dobj
        elif dobj is not None and comp is not None:
            holder, post = dobj, comp
        elif dobj is not None and subj.label != "PERSON" and subj.tok.lower_ not in PERSON_PRONOUNS:
            her = next((c for c in self._k(dobj) if c.dep_ == "poss" and c.lower_ == "her"), None)
            if her is not None:
                holder, post = her, dobj
        if holder is None or holder.pos_ not in ("PRON", "PROPN"):
            return None
        words = [post] + [c for c in self._k(post) if c.dep_ in ("compound", "amod")]
        if not any(w.lemma_.lower() in ROLE_NOUNS or w.lower_ in ROLE_NOUNS for w in words):
            return None
        return holder, post

    def _as_role(self, v: "Token", lemma: str, kids: list, dobj, passive: bool) -> "Token | None":
        """The post in "took over as chief executive", "was brought in as director", "stepped
        in as interim head" (a verb of ``as_role_verbs`` with a title after "as"), or in "took
        charge of", "took the helm at" (a title as the object of "take")."""
        prt = next((c.lower_ for c in kids if c.dep_ == "prt" or (
            c.dep_ in ("advmod", "prep") and c.i == v.i + 1 and not self._k(c))), None)
        phrasal = f"{lemma} {prt}" if prt else lemma
        if lemma == "take" and not passive and dobj is not None and dobj.lemma_.lower() in TAKE_POSTS:
            return dobj
        if phrasal not in AS_ROLE_VERBS and lemma not in AS_ROLE_VERBS:
            return None
        role = self._prep_object(v, ("as",))
        if role is None and dobj is not None and dobj.pos_ == "NOUN":
            # "has run the kitchen as head chef": the parser often hangs "as" on the object
            role = self._prep_object(dobj, ("as",))
        if role is None or role.pos_ not in ("NOUN", "PROPN"):
            return None
        words = [role] + [c for c in self._k(role) if c.dep_ in ("compound", "amod")]
        return role if any(w.lemma_.lower() in ROLE_NOUNS or w.lower_ in ROLE_NOUNS for w in words) else None

    def _prep_object(self, v: "Token", preps: tuple[str, ...] | None) -> "Token | None":
        kids = self._k(v)
        if preps is None:  # the verb's own complement comes after it: "charged with", not "As the head"
            kids = [c for c in kids if c.i > v.i] + [c for c in kids if c.i < v.i]
        for c in kids:
            if c.dep_ in ("prep", "dative", "agent") and (preps is None or c.lower_ in preps):
                if preps is None and c.dep_ == "agent":
                    continue
                pobj = next((g for g in self._k(c) if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and (preps is not None or self.ent_of.get(pobj.i) is None
                                         or self.ent_of[pobj.i].label_ not in ("DATE", "TIME")):
                    return pobj
        return None

    def _is_org(self, tok: "Token") -> bool:
        """An organisation by the entities stage's reading (which outvotes the tagger's)."""
        if self.index is None:
            return False
        try:
            ent = self.index.entity_at(self.base + tok.idx, self.base + tok.idx + len(tok.text))
        except Exception:  # an index from an unfinished stage must not stop the claims
            return False
        return ent is not None and ent.label == "ORG"

    def _place(self, v: "Token") -> str | None:
        """The place a clause names: "in Kerman province", "in the capital of Qom" -> Qom."""
        for c in self._k(v):
            if c.dep_ != "prep" or c.lower_ not in ("in", "at", "near", "on", "inside", "outside", "into"):
                continue
            for pobj in self._k(c):
                if pobj.dep_ != "pobj":
                    continue
                place = self._place_np(pobj)
                if place:
                    return place
        return None

    def _place_np(self, tok: "Token", depth: int = 0) -> str | None:
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ in PLACE_LABELS:
            return _strip_det(ent.text)
        comps = [c for c in self._k(tok) if c.dep_ == "compound" and c.i < tok.i]
        if comps and tok.lemma_ in PLACE_NOUNS:
            ce = self.ent_of.get(comps[0].i)
            if ce is not None and ce.label_ in PLACE_LABELS or comps[0].pos_ == "PROPN":
                return self.sdoc[comps[0].i:tok.i + 1].text
        if depth < 2:
            for c in self._k(tok):
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "near", "outside"):
                    for g in self._k(c):  # "the capital of Qom", "a family in Kerman province"
                        if g.dep_ == "pobj":
                            p = self._place_np(g, depth + 1)
                            if p:
                                return p
        if tok.pos_ == "PROPN" and (ent is None or ent.label_ not in NOT_ENTITY_LABELS | {"PERSON"}):
            return _strip_det(_np_text(tok) or tok.text)
        return None

    # -- time and span --

    def _clause_tokens(self, v: "Token") -> list["Token"]:
        cached = self.clause_cache.get(v.i)
        if cached is None:
            cached = self.clause_cache[v.i] = self._clause_tokens_uncached(v)
        return cached

    def _clause_tokens_uncached(self, v: "Token") -> list["Token"]:
        out, stack = [], [v]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in self._k(t):
                if c.dep_ in SPLIT_DEPS and not (c.dep_ == "ccomp" and t.i == v.i and c.i > v.i
                                                 and _lemma(v) not in REPORT_VERBS):
                    continue
                if c.dep_ == "dep" and c.pos_ in ("VERB", "AUX"):
                    continue
                if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and t.i == v.i:
                    continue
                if c.dep_ == "cc" and t.i == v.i and any(g.dep_ == "conj" and g.pos_ in ("VERB", "AUX") for g in self._k(v)):
                    continue
                stack.append(c)
        return out

    def _time(self, v: "Token") -> str | None:
        best = None
        for t in self._clause_tokens(v):
            ent = self.ent_of.get(t.i)
            if ent is None or ent.label_ not in ("DATE", "TIME") or t.i != ent.root.i or t.i in self.in_parens:
                continue
            text = ent.text
            if not TIME_RE.search(text) or DURATION_RE.fullmatch(text.strip()):
                continue
            if best is None or ent.start < best.start:
                best = ent
        if best is None:
            return None
        text = re.sub(r"^(?:in|on|at|since|by|from)\s+", "", best.text, flags=re.I)
        return _strip_det(text.strip(" ,;:.–—-"))

    def _clause_span(self, v: "Token", subj: _Subject) -> tuple[int, int]:
        toks = [t for t in self._clause_tokens(v) if not (t.is_punct and t.text not in ("’", "”", '"', ")"))
                and t.dep_ != "cc"] or [v]
        lo = min(t.i for t in toks)
        hi = max(t.i for t in toks)
        while hi > lo and (self.toks[hi].is_punct or self.toks[hi].dep_ == "cc") \
                and self.toks[hi].text not in ("’", "'", "”", '"', ")"):
            hi -= 1
        while lo < hi and (self.toks[lo].is_punct or self.toks[lo].dep_ == "cc" or not self.toks[lo].text.strip()
                           or self.toks[lo].text in ("•", "·")):
            lo += 1
        start = self.base + self.toks[lo].idx
        end = self.base + self.toks[hi].idx + len(self.toks[hi].text)
        if (v.dep_ in ("acl", "relcl", "xcomp")) \
                and subj.start < start and start - subj.end < 200:
            start = subj.start
        return start, end

    def _right_end(self, v: "Token") -> int:
        hi = v.right_edge.i
        while hi > v.i and self.toks[hi].is_punct:
            hi -= 1
        t = self.toks[hi]
        return self.base + t.idx + len(t.text)

    def _has_number(self, v: "Token") -> bool:
        for c in self._k(v):
            if c.dep_ in ("dobj", "attr", "nsubjpass") and _has_num(c):
                return True
        return False
