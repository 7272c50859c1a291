"""Facts read from the claims layer's claims: roles and memberships (their title,
organisation and how the date attaches: "in", "since", "when ... in 2001"), participation,
ages and places the life stage missed, and every other claim as an ``event`` fact for the
certainty rules. A mixin of the builder: ``self.F`` is the :class:`Facts` being built."""

from __future__ import annotations

import re

from .. import names as nm
from ..claims.vocab import MOVE_VERBS
from ..model import Claim, Span
from ..nlp import tokens_of
from ..token_table import table_of
from ..time import calendar as cal
from ..time.life.syntax import _clause_verb
from .model import _norm_place, normalize_title, post_of
from .parse import (
    F_text,
    _content_words,
    _hypothetical,
    _negated,
    _not_only,
    _still,
    _tense,
)
from .store import Facts
from .vocab import (
    DESCRIPTIVE,
    HONOURS,
    END_PASSIVE_ONLY,
    END_VERBS,
    CHARGE_VERBS,
    LEAD_START_NOUNS,
    LEAD_START_VERBS,
    LEAD_VERBS,
    ORG_NOUNS,
    REPEAT_VERBS,
    REPEAT_WORDS,
    START_VERBS,
    TITLE_MODS,
    TITLE_WORDS,
)


def _tense_at_claim(b, c: Claim) -> str | None:
    verb, _ = b._verb(c)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _tense(verb)


# "at the age of 13, she left school": the age at an event, true on the event's date only.
_AT_AGE = re.compile(r"\bat\s+(?:the\s+)?age\s+of\b", re.I)


def claim_time(F: Facts, c: Claim) -> tuple[str | None, Span | None, str | None]:
    """A claim's date (the claims layer's ``time`` text) as a TIMEX3 value of the time
    layer, its span, and the word it attaches with ("in", "since", ...)."""
    if not c.time:
        return None, None, None
    for t in F.timexes_in(c.start, c.end):
        if t.type not in ("DATE", "TIME") or not cal.value_range(t.value):
            continue
        if c.time in t.text or t.text in c.time or c.time in F.text[t.start - 10:t.end + 2]:
            if _in_parens(F.text, t.start):
                continue
            return t.value, F.doc.span(t.start, t.end, "date"), F.prep_before(t.start)
    return None, None, None


def _in_parens(text: str, offset: int) -> bool:
    line_start = text.rfind("\n", 0, offset) + 1
    seg = text[line_start:offset]
    return seg.count("(") > seg.count(")")


class ClaimFacts:
    """Roles, memberships, participation and other events from the claims."""

    F: Facts

    def claims(self) -> None:
        for c in self.doc.claims:
            try:
                self._claim(c)
            except Exception:  # one odd parse must not lose the article's other facts
                continue

    def _verb(self, c: Claim):
        """The claim's verb token: the root of its span."""
        F = self.F
        tok = F.token_at(c.start)
        if tok is None:
            return None, 0
        base = F.base_of(tok)
        sdoc = tok.doc
        span = sdoc.char_span(c.start - base, c.end - base, alignment_mode="expand")
        if span is None or not len(span):
            return None, base
        root = span.root
        # a claim span starting at its subject: the verb is the root's head when the root is a noun
        if root.pos_ not in ("VERB", "AUX"):
            for t in span:
                if t.pos_ in ("VERB", "AUX") and (t.head.i == t.i or not (span.start <= t.head.i < span.end)):
                    return t, base
            for t in span:
                if t.pos_ == "VERB":
                    return t, base
            for t in span:  # "Benavides, who was 49": the copula of the relative clause
                if t.pos_ == "AUX" and t.dep_ == "relcl":
                    return t, base
        return root, base

    def _time(self, c: Claim, verb=None, base: int = 0) -> tuple[str | None, Span | None, str | None]:
        """The claim's date as a TIMEX3 value, its span and how it attaches."""
        return claim_time(self.F, c)


    def _claim(self, c: Claim) -> None:
        if c.predicate in ("born", "died") and c.subject and c.object:
            self._claim_place(c)
        if c.predicate == "age" and c.subject and c.object and c.object.isdigit():
            self._claim_age(c)
        if c.subject is None or c.predicate in ("born", "died", "age"):
            return  # births, deaths and ages are the life stage's
        pred = c.predicate
        verb, base = self._verb(c)
        if verb is None:
            return
        ev = self.doc.span(c.start, c.end, "claim")
        time, tspan, prep = self._time(c, verb, base)
        lemma = verb.lemma_.lower()
        prt = particle(verb)
        phrasal = f"{lemma} {prt}" if prt else lemma
        passive = any(k.dep_ in ("auxpass", "nsubjpass") for k in verb.children)
        repeat = bool(REPEAT_WORDS.search(F_text(self.F, c.start, c.end))) or lemma in REPEAT_VERBS
        polarity, certainty = c.polarity, c.certainty
        if polarity == "negative" and _not_only(verb):
            polarity = "positive"  # "is not only co-sponsoring": not a negation
        elif polarity == "positive" and _negated(verb):
            polarity = "negative"  # "put no pressure on them"
        if certainty == "asserted" and (_hypothetical(verb) or self._sent_text(c.start).rstrip().endswith("?")):
            certainty = "hedged"
        common = dict(entity=c.subject, evidence=ev, source=c.source, polarity=polarity,
                      certainty=certainty, claim=c.id, time=time, time_evidence=tspan, prep=prep,
                      quoted=self.F.quote_at(c.start) is not None, repeat=repeat,
                      tense=_tense(verb), offset=base + verb.idx)
        if pred in ("role", "member_of"):
            title_tok = self._title_token(c, verb, base)
            if pred == "role" and title_tok is None:
                return
            if pred == "role":
                title, org, org_text, generic, ospan = self._role(title_tok, base)
            else:
                title = "member"
                org, org_text, generic, ospan = self._org_of_text(c, verb, base)
            if title is None:
                return
            if lemma in START_VERBS or phrasal in START_VERBS or (pred == "member_of" and (lemma == "join" or lemma in MOVE_VERBS)):
                aspect = "start"
            elif prep == "since":
                aspect = "since"
            elif _still(verb) or (common["tense"] == "present" and not time):
                aspect = "current"
            else:
                aspect = "held"
            if aspect == "start" and prep not in (None, "in", "on", "at", "during", "around", "circa", "of"):
                if prep == "since":
                    aspect = "since"
                else:
                    time = None
            held_by = self._when_time(verb, base) if aspect in ("held", "current") and not time else None
            if held_by:
                aspect, time, tspan = "held_by", held_by[0], held_by[1]
                common.update(time=time, time_evidence=tspan, prep="when")
            self.add(slot=pred, value=f"{title}|{org or ''}", text=c.object, kind=None, aspect=aspect,
                     title=title, org=org, org_text=org_text, generic_org=generic,
                     value_evidence=ospan, post=post_of(c.object) if pred == "role" else None, **common)
            return
        if pred == "participated":
            self.add(slot="participated", value="participated", text=c.object,
                     words=_content_words(c.object), **common)
            return
        dobj = next((k for k in verb.children if k.dep_ in ("dobj",)), None)
        charge = lemma in CHARGE_VERBS and dobj is not None and (
            dobj.lemma_.lower() in LEAD_START_NOUNS or dobj.lower_ in LEAD_START_NOUNS)  # "reins", lemma "rein"
        takes = phrasal in LEAD_START_VERBS or charge
        if (lemma in LEAD_VERBS or takes) and not passive:
            post_noun = dobj
            if dobj is None and lemma == "preside" or charge:
                # "presided over X"; "took charge of X", "took the helm at X"
                dobj = next((g for k in (verb.children if dobj is None else dobj.children)
                             if k.dep_ == "prep" and k.lower_ in ("over", "of", "at")
                             for g in k.children if g.dep_ == "pobj"), None)
            elif takes and dobj is not None and dobj.lemma_.lower() in TITLE_WORDS and not any(
                    k.dep_ == "prep" and k.lower_ in ("of", "at") for k in dobj.children):
                dobj = None  # "took over the chair": a post taken, its organisation unnamed
            if takes and dobj is None and post_noun is not None:
                # "took the reins from his father in 1975": the top post, of what the person's
                # other facts say they head
                aspect = "start" if prep in (None, "in", "on", "at", "during", "around") else "since"
                self.add(slot="role", value="head|", text=post_noun.text, aspect=aspect, title="head",
                         org=None, org_text=None, post=post_of(post_noun.text), **common)
                return
            if dobj is not None and (dobj.pos_ == "PROPN" or dobj.pos_ == "NOUN" and (
                    dobj.lemma_.lower() in ORG_NOUNS or self._names_venue(dobj))):
                org, org_text, generic, ospan = self._org_tok(dobj, base)
                # "the bakery" with no named bakery in sight yet: kept as a description, which
                # the conflict rules read as the one venue the person's other facts name
                described = dobj.lemma_.lower() not in ORG_NOUNS and not self._named(dobj) and \
                    org == dobj.lemma_.lower()
                if org and not generic:
                    aspect = "since" if prep == "since" else ("held" if time else "current")
                    if takes:
                        aspect = "start" if prep in (None, "in", "on", "at", "during", "around") else "since"
                    if aspect == "current":
                        held_by = self._when_time(verb, base)
                        if held_by:
                            aspect = "held_by"
                            common.update(time=held_by[0], time_evidence=held_by[1], prep="when")
                        elif common["tense"] != "present":
                            aspect = "held"
                    self.add(slot="role", value=f"head|{org}", text=c.object, aspect=aspect, title="head",
                             org=org, org_text=f"the {org_text}" if described else org_text,
                             generic_org=described, described_org=described,
                             value_evidence=ospan,
                             post="leader", **common)
                    return
        if phrasal in END_VERBS or lemma in END_VERBS:
            if lemma in END_PASSIVE_ONLY and not passive:
                return
            if lemma == "lose" and not any(k.dep_ == "dobj" and k.lemma_ in ("post", "job", "seat", "position")
                                           for k in verb.children):
                return
            as_tok = next((g for k in verb.children if k.dep_ == "prep" and k.lower_ in ("as", "from")
                           for g in k.children if g.dep_ == "pobj"), None)
            dobj = next((k for k in verb.children if k.dep_ == "dobj"), None)
            target = as_tok if as_tok is not None else dobj
            if target is None:
                target = _described_post(verb)
            if target is None:
                return
            title, org, org_text, generic, ospan = self._role(target, base)
            slot = "role"
            if title is None:
                org, org_text, generic, ospan = self._org_tok(target, base)
                if not org or generic or lemma not in ("leave", "quit", "expel", "exit"):
                    return
                title, slot = "member", "member_of"
            if prep not in (None, "in", "on", "at", "during", "around", "circa"):
                common.update(time=None, time_evidence=None)
            self.add(slot=slot, value=f"{title}|{org or ''}", text=F_text(self.F, c.start, c.end),
                     aspect="end", title=title, org=org, org_text=org_text, generic_org=generic,
                     value_evidence=ospan, post=post_of(F_text(self.F, base + target.left_edge.idx,
                                                               base + target.idx + len(target.text))),
                     **common)
            return
        if lemma in _HONOUR_VERBS:
            honour = next((t for t in verb.subtree if t.i > verb.i and _honour(t)), None)
            if honour is not None:  # "was awarded the MBE in 2011": the honour's start
                h = _honour(honour)
                self.add(slot="role", value=f"{h}|", text=honour.text, kind=None, aspect="start", title=h,
                         org=None, org_text=None, generic_org=False, value_evidence=None, post=h, **common)
                return
        # any other claim: an event, for certainty and polarity
        words = _content_words(c.object or "")
        self.add(slot="event", value=phrasal, text=c.object, words=words, **common)

    def _claim_age(self, c: Claim) -> None:
        """An age the claims layer read where the life stage has none for that passage:
        it holds at the date in its clause, else at publication."""
        F = self.F
        if any(f.slot == "age" and f.evidence.start < c.end and f.evidence.end > c.start for f in F.facts):
            return
        when, tspan, prep = claim_time(F, c)
        ref = when if when and prep in (None, "in", "on", "at") else None
        pub = self.doc.article.published
        at_event = bool(_AT_AGE.search(F.text, max(0, c.start - 12), c.end))
        if ref is None and pub is not None and not at_event and _tense_at_claim(self, c) != "past":
            ref, how = pub.isoformat(), "published"
        else:
            how = "date"
        if ref is None:
            return
        self.add(entity=c.subject, slot="age", value=c.object, text=F.text[c.start:c.end],
                 evidence=self.doc.span(c.start, c.end, "age"), source=c.source, time=ref,
                 years=float(c.object), aspect=how, claim=c.id)

    def _claim_place(self, c: Claim) -> None:
        """A birth or death place the claims layer read ("The club said Silva was born in
        Braga") where the life stage has none for that passage."""
        F = self.F
        slot = c.predicate if c.predicate == "died" else "born"
        if any(f.slot == slot and f.kind == "place" and f.evidence.start < c.end and f.evidence.end > c.start
               for f in F.facts):
            return
        pos = F.text.find(c.object, c.start, c.end + 1)
        if pos < 0:
            return
        m = re.search(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", c.object)
        if not m:
            return
        vs, ve = pos + m.start(), pos + m.end()
        self.add(entity=c.subject, slot=slot, kind="place", value=_norm_place(m.group(0)), text=c.object,
                 evidence=self.doc.span(c.start, c.end, "claim"), source=c.source, claim=c.id,
                 polarity=c.polarity, certainty=c.certainty, value_evidence=self.doc.span(vs, ve, "place"))

    def _sent_text(self, offset: int) -> str:
        s = self.doc.sentence_at(offset)
        return s.text if s is not None else ""

    def _title_token(self, c: Claim, verb, base: int):
        """The title word of a role claim's object: 'head' in 'head of the Quds Force',
        'commander' in 'Quds commander', 'chair' in "X's chair"."""
        F = self.F
        obj = c.object or ""
        pos = F.text.find(obj, c.start, c.end + 1) if obj else -1
        lo, hi = (pos, pos + len(obj)) if pos >= 0 else (base + verb.idx, c.end)
        best = None
        for t in verb.doc:
            s = base + t.idx
            if s < lo or s >= hi:
                continue
            if t.lower_ in TITLE_WORDS or t.lemma_.lower() in TITLE_WORDS:
                if best is None or t.dep_ not in ("compound", "amod") or best.dep_ in ("compound", "amod"):
                    if best is None or best.head.i != t.i:
                        best = t
                if t.dep_ not in ("compound", "amod"):
                    break
            elif best is None and _honour(t):
                best = t  # "appointed OBE", "made an OBE"
        return best

    def _role(self, title_tok, base: int):
        """(title, org key, org text, generic org?, org span) for a title token."""
        left = [t for t in title_tok.lefts if t.dep_ in ("amod", "compound", "nmod", "advmod")]
        words = []
        for t in left:
            words.extend(x.lower_ for x in t.subtree if x.pos_ not in ("DET", "PUNCT"))
        if any(w in DESCRIPTIVE for w in words) or any(t.tag_ in ("JJS", "RBS") for t in left):
            return None, None, None, False, None  # a description, not a post
        qual = [t.lemma_.lower() for t in left if t.dep_ == "compound" and _common_word(t, title_tok)
                and t.lower_ not in TITLE_WORDS and t.lower_ not in TITLE_MODS]
        words.append(title_tok.lower_)
        if title_tok.lower_ == "general" and title_tok.i > 0 and title_tok.doc[title_tok.i - 1].lower_ == "secretary":
            words = ["secretary-general"]
        title = normalize_title(words)
        if title is None:
            lem = title_tok.lemma_.lower()
            if lem in TITLE_WORDS:
                title = normalize_title([w for w in words[:-1]] + [lem])
        if title is None and _honour(title_tok):
            return _honour(title_tok), None, None, False, None  # "appointed OBE"
        if title is None:
            return None, None, None, False, None
        if qual:
            title = " ".join(qual) + " " + title  # "division commander", "battlefield commander"
        org_tok = None
        for k in title_tok.children:
            if k.dep_ == "prep" and k.lower_ in ("of", "at", "for"):
                org_tok = next((g for g in k.children if g.dep_ == "pobj"), None)
                if org_tok is not None:
                    break
        if org_tok is None:
            org_tok = next((k for k in title_tok.children if k.dep_ == "poss" and k.pos_ in ("PROPN", "NOUN")), None)
        if org_tok is None:
            # "Quds commander": a proper-noun compound before the title
            comps = [k for k in title_tok.lefts if k.dep_ == "compound" and k.pos_ == "PROPN"]
            if comps:
                tok = comps[-1]
                ent = self.F.entity_of(base + comps[0].left_edge.idx, base + tok.idx + len(tok.text))
                if ent is not None and ent.label in ("ORG", "GPE", "NORP", "FAC"):
                    s = base + comps[0].left_edge.idx
                    return title, ent.id, ent.name, False, self.doc.span(s, base + tok.idx + len(tok.text), "org")
        if org_tok is None:
            # "council leader", "club captain": a compound naming a kind of organisation is the
            # post's organisation, not a kind of post ("battlefield commander")
            kinds = [t for t in title_tok.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"
                     and t.lemma_.lower() in ORG_NOUNS and t.lemma_.lower() in qual]
            if len(kinds) == 1 and len(qual) == 1:
                org_tok = kinds[0]
                title = title.split(" ", 1)[1]
        if org_tok is None:
            return title, None, None, False, None
        org, org_text, generic, ospan = self._org_tok(org_tok, base)
        return title, org, org_text, generic, ospan

    def _org_tok(self, tok, base: int):
        """The organisation a noun stands for: its entity id, else its normalized name;
        'a division' is generic (any division)."""
        det = next((k for k in tok.children if k.dep_ == "det"), None)
        generic = det is not None and det.lower_ in ("a", "an", "another", "one", "some", "any", "each", "every")
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and det is None and not any(
                k.dep_ == "poss" for k in tok.children):
            generic = True
        lo = tok
        for k in tok.lefts:
            if k.dep_ in ("compound", "amod", "nmod") and k.pos_ in ("PROPN", "NOUN", "ADJ"):
                lo = k.left_edge if k.left_edge.pos_ != "DET" else k
                break
        s, e = base + lo.idx, base + tok.idx + len(tok.text)
        ent = self.F.entity_of(s, e)
        hs = base + tok.idx  # the entity must cover the head noun: not "the Conservative-run authority"
        if ent is not None and ent.label not in ("PERSON", "DATE", "CARDINAL") and \
                self._overlaps_ent(ent, hs, hs + len(tok.text)):
            return ent.id, ent.name, False, self.doc.span(s, e, "org")
        if ent is not None and lo is not tok and tok.pos_ == "NOUN" and self._named_org(tok) is ent:
            return ent.id, ent.name, False, self.doc.span(s, e, "org")  # "the Blue Door bakery"
        definite = det is not None and det.lower_ == "the" or det is None and tok.dep_ == "compound"
        back = self._named_org(tok) if definite and lo is tok else None  # "the trust", "council leader"
        if back is not None:  # "the trust" after "the Lantern Trust": a definite description
            return back.id, back.name, False, self.doc.span(s, e, "org")
        text = " ".join(self.F.text[s:e].split())
        key = re.sub(r"['’]s$", "", text.lower())
        return key, text, generic, self.doc.span(s, e, "org")

    def _named_org(self, tok):
        """The one organisation or place the article names whose name ends in this noun ("the
        trust": the Lantern Trust; "the bakery": the Blue Door bakery), if there is exactly one."""
        if tok.pos_ != "NOUN" or self.F.index is None:
            return None
        return self.F.index.named_by_noun(tok.lemma_)

    def _names_venue(self, tok) -> bool:
        """A common noun that stands for an organisation or a venue: "the Blue Door bakery" (a
        name before its kind), "the bakery" (a definite description of one)."""
        return self._named(tok) or any(k.dep_ == "det" and k.lower_ == "the" for k in tok.children)

    @staticmethod
    def _named(tok) -> bool:
        return any(k.dep_ == "compound" and k.pos_ == "PROPN" for k in tok.lefts)

    def _overlaps_ent(self, ent, s: int, e: int) -> bool:
        return any(m.start < e and m.end > s for m in ent.mentions)

    def _org_of_text(self, c: Claim, verb, base: int):
        for k in verb.children:
            if k.dep_ == "dobj" or (k.dep_ == "attr"):
                t = k
                if t.lemma_ in ("member", "part"):
                    t = next((g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"), None)
                    if t is None:
                        continue
                return self._org_tok(t, base)
            if k.dep_ == "prep" and k.lower_ == "to":
                t = next((g for g in k.children if g.dep_ == "pobj"), None)
                if t is not None:
                    return self._org_tok(t, base)
        key = " ".join((c.object or "").lower().split())
        return key or None, c.object, False, None

    def _when_time(self, verb, base: int):
        """'was already leading X when the US invaded Y in 2001' -> (2001, span): the role
        was held at that date."""
        F = self.F
        for k in verb.children:
            if k.dep_ != "advcl":
                continue
            mark = next((g.lower_ for g in k.children if g.dep_ in ("mark", "advmod")), None)
            if mark not in ("when", "as", "while"):
                continue
            s, e = base + k.left_edge.idx, base + k.right_edge.idx + len(k.right_edge.text)
            for t in F.timexes_in(s, e):
                if t.type == "DATE" and cal.value_range(t.value) and F.prep_before(t.start) in (None, "in", "on", "at"):
                    return t.value, self.doc.span(t.start, t.end, "date"), self.doc.span(s, e, "when")
        return None

    def appositions(self) -> None:
        """A post in apposition to a person's name, true when the sentence speaks: "Marjorie
        Okafor, chair of the county party, said"; "the party's chair, Ada Okafor". A
        "former", "then" or "late" post is no current one."""
        F = self.F
        for bi, sdoc in enumerate(self.doc.docs):
            base = F.block_starts[bi]
            deps = table_of(sdoc).dep
            toks = tokens_of(sdoc)
            for i, d in enumerate(deps):
                if d != "compound" and d != "appos":
                    continue  # the two readings below, their first test from the table
                t = toks[i]
                if t.dep_ == "compound" and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and _is_title(t)) \
                        and t.head.pos_ == "PROPN" and \
                        t.i < t.head.i and _is_title(t) and \
                        all(x.pos_ == "PROPN" for x in t.doc[t.i + 1:t.head.i + 1]):
                    name = t.head
                    if name.i == t.i + 1 and name.dep_ == "compound" and name.head.pos_ == "PROPN" \
                            and _is_title(name):
                        continue  # "Chief Executive Ada Okafor": the title's last word speaks
                    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i \
                            and all(x.pos_ == "PROPN" for x in t.doc[name.i + 1:name.head.i + 1]):
                        name = name.head  # "Chief Executive Julia Brennock": the name's last word
                    self._apposed(name, t, base, first=t.i + 1)  # "Council leader Ravi Anand"
                    continue
                if t.dep_ != "appos":
                    continue
                head = t.head
                if not _is_title(head) and head.dep_ == "pobj" and head.head.dep_ == "prep" \
                        and _is_title(head.head.head):
                    head = head.head.head  # "the treasurer of the club, Dana Whitlock": not the club
                for name, title_tok in ((t.head, t), (t, head)):
                    # a surname the tagger took for a noun ("Voss, the company's ...") is
                    # still a name when the entity index says so (``_apposed`` asks it)
                    if not (name.pos_ == "PROPN" or name.pos_ == "NOUN" and name.text[:1].isupper()) \
                            or title_tok.pos_ != "NOUN" or not _is_title(title_tok):
                        continue
                    self._apposed(name, title_tok, base)

    def _apposed(self, name, title_tok, base: int, first: int | None = None) -> None:
        F = self.F
        lo = name.doc[first] if first is not None else name.left_edge if name.left_edge.pos_ == "PROPN" else name
        ent = F.entity_of(base + lo.idx, base + name.idx + len(name.text))
        if ent is None or ent.label != "PERSON":
            return
        mods = {k.lower_ for k in title_tok.lefts} | {k.lower_ for k in title_tok.subtree if k.i < title_tok.i}
        if mods & PAST_MODS:
            return  # "former chair", "then-leader", "the late director"
        title, org, org_text, generic, ospan = self._role(title_tok, base)
        if title is None:
            return
        s = base + min(name.left_edge.idx, title_tok.left_edge.idx)
        end_tok = max(name.right_edge, title_tok.right_edge, key=lambda x: x.i)
        while end_tok.is_punct and end_tok.i > 0:
            end_tok = end_tok.doc[end_tok.i - 1]
        e = base + end_tok.idx + len(end_tok.text)
        when = self._clause_date(name, base)
        self.add(entity=ent.id, slot="role", value=f"{title}|{org or ''}", kind=None,
                 text=F_text(F, base + min(title_tok.left_edge.idx, _hyphened(title_tok).idx,
                                           _flat_start(title_tok, title_tok).idx),
                             base + title_tok.right_edge.idx + len(title_tok.right_edge.text)),
                 evidence=self.doc.span(s, e, "role"), source=F.source_at(base + name.idx),
                 aspect="current", title=title, org=org, org_text=org_text, generic_org=generic,
                 value_evidence=ospan, post=post_of(F_text(
                     F, base + _title_start(title_tok, org_text).idx, base + title_tok.idx + len(title_tok.text))),
                 tense="present", time=when[0] if when else None, time_evidence=when[1] if when else None,
                 prep="apposition", offset=base + title_tok.idx,
                 quoted=F.in_own_words(base + name.idx))

    def _clause_date(self, name, base: int):
        """The date of the clause a titled name stands in, if it gives one: "In 2010, as
        deputy mayor, Ada Okafor opened ..." is dated, "City Attorney Ada Okafor told the
        council that the state had cited the city since 2001" is not (that date is the
        cited clause's)."""
        s = self.doc.sentence_at(base + name.idx)
        verb = _clause_verb(name)
        sdoc = name.doc
        for tx in self.F.timexes_in(s.start, s.end) if s is not None else ():
            if tx.type != "DATE" or not cal.value_range(tx.value):
                continue
            span = sdoc.char_span(tx.start - base, tx.end - base, alignment_mode="expand")
            if span is None or _clause_verb(span.root) != verb:
                continue
            return tx.value, self.doc.span(tx.start, tx.end, "date")
        return None


# Verbs that give a person an honour ("awarded the MBE", "received an OBE").
_HONOUR_VERBS = frozenset({"award", "receive", "get", "give", "earn", "confer", "collect"})

# Words that put a post in the past: "former chair", "the then leader".
PAST_MODS = frozenset({"former", "then", "late", "ex", "erstwhile", "onetime", "one-time", "outgoing",
                       "retired", "previous", "past"})


PARTICLES = frozenset({"in", "over", "up", "down", "on", "aside", "out", "off"})


def particle(verb) -> str | None:
    """A phrasal verb's particle, also where the parse made it an adverb or a preposition
    without an object ("stepped in as director")."""
    for k in verb.children:
        if k.dep_ == "prt" or (k.dep_ in ("advmod", "prep") and k.lower_ in PARTICLES
                               and k.i == verb.i + 1 and not any(True for _ in k.children)):
            return k.lower_
    return None


def _title_start(title_tok, org_text):
    """Where a post's words begin: with its owner ("the party's chair"), else with the title
    words before it ("Chief Executive", "deputy mayor")."""
    if org_text:
        return title_tok.left_edge
    lefts = [k for k in title_tok.lefts if k.dep_ in ("compound", "amod") and _common_word(k, title_tok)]
    start = min(lefts, key=lambda k: k.i) if lefts else title_tok
    return _flat_start(start, title_tok)


def _flat_start(start, title_tok):
    """A capitalised title the parse laid flat on the name ("City Attorney Rhea Lind", each
    word a compound of the surname): its earlier words, up to a name or a known place."""
    doc = title_tok.doc
    k = start.i - 1
    while k >= 0 and title_tok.dep_ == "compound" and doc[k].dep_ == "compound" \
            and doc[k].head.i == title_tok.head.i and doc[k].text[:1].isupper() \
            and _common_word(doc[k], title_tok) and nm.zipf(doc[k].lower_) >= 3.5:
        start = doc[k]
        k -= 1
    return start


def _hyphened(tok):
    """A title's first word across a hyphen the tokenizer split off: "vice" of "vice-chair"."""
    doc = tok.doc
    while tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2010") and not doc[tok.i - 1].whitespace_ \
            and not doc[tok.i - 2].whitespace_:
        tok = doc[tok.i - 2]
    return tok


def _common_word(tok, title_tok) -> bool:
    """A word of the post's own, not a name: "managing" in "managing director", and in a
    capitalised title ("Managing Director"); not "Darby Falls" in "Darby Falls Mayor"."""
    if tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and tok.dep_ == "amod":
        return True
    return tok.pos_ == "PROPN" and title_tok.pos_ == "PROPN" and not tok.ent_type_


def _honour(tok) -> str | None:
    """The honour a word names, as the list writes it ("OBE", "O.B.E." -> "obe"), or None."""
    h = tok.lower_.replace(".", "")
    return h if h in HONOURS else None


def _described_post(verb):
    """The post a person left who is described by it: "the former chief executive, Ada
    Okafor, who stepped down in 2011"; "Okafor, the club's former treasurer, who resigned"."""
    if verb.dep_ != "relcl":
        return None
    name = verb.head
    if name.pos_ == "NOUN" and name.dep_ == "appos" and name.head.pos_ == "PROPN" and _is_title(name):
        return name  # "Julia Kalinski, the society's former director, who retired in 2016"
    if name.pos_ != "PROPN":
        return None
    if name.dep_ == "appos" and name.head.pos_ == "NOUN" and _is_title(name.head):
        return name.head
    return next((k for k in name.children if k.dep_ == "appos" and k.pos_ == "NOUN" and _is_title(k)), None)


def _is_title(tok) -> bool:
    return tok.lower_ in TITLE_WORDS or tok.lemma_.lower() in TITLE_WORDS or any(
        k.dep_ in ("compound", "amod") and (k.lower_ in TITLE_WORDS) for k in tok.lefts)
