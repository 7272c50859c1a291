"""A post named indirectly: by anaphora ("has been in the post since 2020", "took up the
job in 2018": the noun names no post of its own; it is the one post the article gives the
person), or by what is handed over with it ("was handed the committee gavel in 2017", "was
given the reins of the club": the top post of what the gavel or the reins belong to)."""

from __future__ import annotations

from .roles import claim_time
from .vocab import (ANAPHOR_HOLD_VERBS, ANAPHOR_IN_VERBS, ANAPHOR_START_VERBS, CHARGE_GIVEN_VERBS,
                    LEAD_START_NOUNS, POST_ANAPHORS)

# "in office", "in post": the bare noun is the post held, with no determiner
_BARE_OK = frozenset({"office", "post"})
_DEFINITE = frozenset({"the", "that", "this", "his", "her", "their", "its"})
# how a date dates a start: "in 2018", "on 3 May", "since 2019"
_START_PREPS = (None, "in", "on", "at", "during", "since")


def _anaphor(verb):
    """The anaphoric post noun the verb holds or takes up, and which: "hold" or "start"."""
    lemma = verb.lemma_.lower()
    passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in verb.children)
    for k in verb.children:
        if k.dep_ == "prep" and k.lower_ == "in" and lemma in ANAPHOR_IN_VERBS:
            noun = next((g for g in k.children if g.dep_ == "pobj"), None)
            if _is_anaphor(noun):
                return noun, "hold"
        if k.dep_ == "dobj" and _is_anaphor(k):
            if lemma in ANAPHOR_HOLD_VERBS:
                return k, "hold"
            if lemma in ANAPHOR_START_VERBS:
                return k, "start"
        if k.dep_ == "prep" and k.lower_ == "to" and passive and lemma in ANAPHOR_START_VERBS:
            noun = next((g for g in k.children if g.dep_ == "pobj"), None)
            if _is_anaphor(noun):
                return noun, "start"  # "was appointed to the post in 2018"
    return None, None


def _is_anaphor(noun) -> bool:
    if noun is None or noun.lemma_.lower() not in POST_ANAPHORS or noun.tag_ in ("NNS", "NNPS"):
        return False
    kids = list(noun.children)
    if any(k.dep_ in ("prep", "compound", "amod", "nummod", "acl", "relcl") for k in kids):
        return False  # "the post of mayor", "a new role", "the top job": a post of its own
    det = next((k.lower_ for k in kids if k.dep_ in ("det", "poss")), None)
    if det is None:
        return noun.lower_ in _BARE_OK
    return det in _DEFINITE


def _one_post(facts):
    """The one post a person's role facts name, as the dated ones name it: one title, and at
    most one organisation among the facts that are not a title beside the name (those say the
    post is held, not which organisation a dated fact is of)."""
    if len({f.title for f in facts}) != 1:
        return None
    dated = [f for f in facts if f.prep != "apposition"]
    orgs = {f.org for f in (dated or facts)}
    return (dated or facts)[0] if len(orgs) == 1 else None


class PostFacts:
    """Dated facts about the one post the article gives a person, named by anaphora."""

    def post_anaphora(self) -> None:
        F = self.F
        for c in self.doc.claims:
            if not c.subject:
                continue
            try:
                verb, _base = self._verb(c)
            except Exception:  # one odd parse must not lose the article's other facts
                continue
            if verb is None:
                continue
            if verb.pos_ not in ("VERB", "AUX"):
                # "Greta Ames, who has been in the post since 2020": the claim's span starts
                # at its subject; the verb is the relative clause on it
                verb = next((k for k in verb.children if k.dep_ == "relcl"), None)
                if verb is None:
                    continue
            noun, how = _anaphor(verb)
            if noun is None:
                self._handed(c, verb)
                continue
            time, tspan, prep = claim_time(F, c)
            if not time:
                continue
            if how == "hold" and prep != "since":
                continue  # "was in the post in 2019": held then, started whenever
            if how == "start" and prep not in _START_PREPS:
                continue
            model = _one_post([f for f in F.facts if f.slot == "role" and f.entity == c.subject
                               and f.title and f.title != "member"])
            if model is None:
                continue  # no post to point at, or two: the anaphor cannot be resolved here
            title, org = model.title, model.org
            self.add(entity=c.subject, slot="role", value=model.value, text=noun.text,
                     evidence=self.doc.span(c.start, c.end, "claim"), source=c.source,
                     aspect="since" if prep == "since" else "start", time=time, time_evidence=tspan,
                     prep=prep, title=title, org=org, org_text=model.org_text,
                     generic_org=model.generic_org, described_org=model.described_org,
                     post=model.post, polarity=c.polarity, certainty=c.certainty, claim=c.id,
                     quoted=F.quote_at(c.start) is not None, offset=F.base_of(verb) + verb.idx)

    def _handed(self, c, verb) -> None:
        """"was handed the committee gavel in 2017": the start of heading the committee."""
        if verb.lemma_.lower() not in CHARGE_GIVEN_VERBS or not any(k.dep_ in ("auxpass", "nsubjpass") for k in verb.children):
            return
        noun = next((k for k in verb.children if k.dep_ == "dobj"), None)
        if noun is None or noun.lemma_.lower() not in LEAD_START_NOUNS and noun.lower_ not in LEAD_START_NOUNS:
            return
        F = self.F
        time, tspan, prep = claim_time(F, c)
        if not time or prep not in _START_PREPS:
            return
        base = F.base_of(verb)
        org_tok = next((g for k in noun.children if k.dep_ == "prep" and k.lower_ in ("of", "at")
                        for g in k.children if g.dep_ == "pobj"), None) or \
            next((k for k in noun.children if k.dep_ == "compound" and k.pos_ in ("NOUN", "PROPN")), None)
        common = dict(entity=c.subject, evidence=self.doc.span(c.start, c.end, "claim"), source=c.source,
                      aspect="since" if prep == "since" else "start", time=time, time_evidence=tspan,
                      prep=prep, polarity=c.polarity, certainty=c.certainty, claim=c.id,
                      quoted=F.quote_at(c.start) is not None, offset=base + verb.idx, title="head",
                      post="leader")
        if org_tok is None:
            self.add(slot="role", value="head|", text=noun.text, org=None, org_text=None, **common)
            return
        org, org_text, generic, ospan = self._org_tok(org_tok, base)
        if not org or generic:
            return
        described = org == org_tok.lemma_.lower() and not self._named(org_tok)
        self.add(slot="role", value=f"head|{org}", text=noun.text, org=org,
                 org_text=f"the {org_text}" if described else org_text, generic_org=described,
                 described_org=described, value_evidence=ospan, **common)
