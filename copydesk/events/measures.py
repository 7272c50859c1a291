"""What the article counts about events: tolls, injured, participants ("killing 11 workers",
"the 13 workers who died", "enrolled 2,340 adults", "11 of the 2,430 participants"), scores
and vote tallies ("beat Rovers 3-1", "by 27 to 19", "the 29-19 result"), each with the event
word its clause hangs on, when the parse gives one.

What a number counts is decided by the word that governs it (``measures_en.tsv``), not by the
number's neighbours: a number is the object of a verb that counts ("killing 11", "enrolled
2,340"), the subject of one ("13 workers who died", "11 were hurt"), or the count of a noun
that names the measure ("2,430 participants", "claimed 11 lives", "a death toll of 11").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from ..model import Source, Span
from ..nlp import tokens_of
from ..facts.vocab import APPROX_RE, LESS_RE, MORE_RE, PLACE_LABELS
from ..vocab import words
from .vocab import bearer_only, event_words, measure_bearers, measure_heads, measures

if TYPE_CHECKING:
    from ..document import Document
    from .mentions import Occurrence, Sources

INTRANSITIVE = frozenset({"die", "perish"})
ATTACH_PREPS = frozenset({"in", "during", "at", "from", "after", "following", "since", "by"})
# A clause that says its figure changed, or is the first or latest of several.
REVISION_LEMMAS = frozenset({"rise", "climb", "increase", "grow", "jump", "reach", "mount", "revise",
                             "update", "correct", "lower", "fall", "drop", "reduce", "amend",
                             "restate", "swell", "double", "surpass", "exceed", "raise"})
REVISION_WORDS = frozenset({"now", "later", "initially", "originally", "previously", "provisional",
                            "preliminary", "earlier", "revised", "updated", "corrected", "far",
                            "latest", "first", "then", "since", "yet"})
# Verbs that say a figure was changed, wherever they stand in its sentence ("police said four
# had died, but revised the figure to three").
STRONG_REVISION = frozenset({"revise", "correct", "amend", "restate", "update"})
# A count that adds to or is part of another ("two pilgrims also died", "one of them was
# hurt"), or a rate ("100,000 deaths annually"), is not the event's count.
ADDITIVE = frozenset({"also", "additional", "another", "further", "too", "including",
                      "among", "besides", "other", "new"})
# "deaths from the virus", "died of cancer", "deaths due to COVID-19": a count with a cause
# of its own, which is the event only when the cause is an event word of the story.
CAUSE_PREPS = frozenset({"of", "from"})
CAUSE_ADJS = frozenset({"due", "attributable", "related", "linked", "owing"})
RATE = re.compile(r"\b(?:annually|yearly|daily|weekly|monthly|(?:a|per|each|every) (?:year|day|week|month))\b", re.I)

PLACE_NOUNS = frozenset({"island", "state", "province", "region", "city", "town", "village", "county",
                         "district", "country", "area", "capital", "port"})
SCALE_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "score"})


@dataclass
class Measure:
    attribute: str  # dead | injured | participants | ... | score
    value: tuple  # (lo, hi) for counts; (high, low) for scores
    text: str
    span: Span  # the number or score as written
    clause: Span  # the sentence that states it
    noun: str | None  # what is counted ("workers"), None for a bare number
    source: Source
    revision: bool = False
    occurrence: "Occurrence | None" = None
    parties: frozenset = frozenset()  # entity ids named beside a score
    sent: tuple[int, int] = (0, 0)
    when: frozenset = frozenset()  # the days its clause dates the figure to ("by Wednesday")
    place: str | None = None  # where the count is limited to ("813 in China")
    dated: frozenset = frozenset()  # every date in its sentence, for attaching it to an event


def number_value(text: str) -> float | None:
    from ..facts import _num_value  # one reader of written numbers for the whole project

    return _num_value(text)


# After the number: "four or more", "10-plus", "three or fewer" bound it too.
OR_MORE = re.compile(r"^(?:\s*(?:or|and) (?:more|above|over|upwards|higher)\b|\+|-plus\b)", re.I)
OR_LESS = re.compile(r"^\s*or (?:fewer|less|under|below)\b", re.I)


def interval(value: float, before: str, after: str = "") -> tuple[float, float]:
    if MORE_RE.search(before) or OR_MORE.search(after):
        return value, math.inf
    if LESS_RE.search(before) or OR_LESS.search(after):
        return 0.0, value
    if APPROX_RE.search(before):
        return value * 0.9, value * 1.1
    return value, value


def _number_tokens(tok) -> list | None:
    """The tokens of a written number that counts ``tok`` (its nummod), or ``tok`` itself."""
    cands = [c for c in tok.children if c.dep_ == "nummod"]
    if not cands and (tok.like_num or tok.lower_ in SCALE_WORDS) and tok.pos_ in ("NUM", "NOUN"):
        cands = [tok]
    if not cands:
        return None
    n = cands[0]
    toks = [t for t in n.subtree if t.like_num or t.lower_ in SCALE_WORDS or t.text in ("-", "–")]
    if n not in toks:
        toks.append(n)
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    return [t for t in n.doc[lo:hi + 1]]


def _total_of(tok):
    """"a total of 11 passengers", "the number of 11 ..." -> the counted noun."""
    if tok.lemma_.lower() in ("total", "number", "tally"):
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                return next((o for o in p.children if o.dep_ == "pobj"), tok)
    return tok


def _bearers(tok, attr_lemma: str):
    """(noun, number tokens) for a measure noun the counted people have: "22 people suffered
    injuries", "11 were treated for injuries" (the verbs are ``measures_en.tsv``'s fourth
    column)."""
    verbs = measure_bearers().get(attr_lemma)
    if not verbs or tok.pos_ != "NOUN" or any(c.dep_ == "nummod" for c in tok.children):
        return None
    verb = tok.head if tok.dep_ == "dobj" else (
        tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ == "acl"
    deps = ("nsubj", "nsubjpass") if passive or tok.dep_ == "dobj" else ("dobj",)
    for c in verb.children:
        if c.dep_ in deps:
            c = _total_of(c)
            nums = _number_tokens(c)
            if nums:
                return c, nums
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the 11 people taken to hospital"
        nums = _number_tokens(verb.head)
        if nums:
            return verb.head, nums
    return None


def _number_before(tok):
    """"left nine dead and 30 injured": the number just before a bare participle."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    if prev is None or any(c.dep_ in ("dobj", "nsubjpass", "agent") or c.dep_ == "nsubj" and c.i != prev.i
                           for c in tok.children):
        return None
    if prev.like_num and prev.dep_ in ("dobj", "conj", "appos", "nsubj", "attr"):
        nums = _number_tokens(prev)
        if nums:
            return prev, nums
    return None


def _counted(tok, attr_lemma: str):
    """(noun token, number tokens) that a measure word counts, or None."""
    if tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("oprd", "advcl", "conj", "xcomp"):
        if tok.dep_ == "oprd":  # "left 26 people injured"
            for c in tok.head.children:
                if c.dep_ == "dobj":
                    nums = _number_tokens(c)
                    if nums:
                        return c, nums
        hit = _number_before(tok)
        if hit:
            return hit
    if tok.pos_ in ("VERB", "AUX"):
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        deps = ("nsubj",) if attr_lemma in INTRANSITIVE else (("nsubjpass",) if passive else ("dobj",))
        for c in tok.children:
            if c.dep_ in deps:
                if c.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                    c = tok.head
                nums = _number_tokens(c)
                if nums:
                    return c, nums
        if tok.dep_ == "relcl" and attr_lemma in INTRANSITIVE or tok.dep_ == "acl" and tok.tag_ == "VBN":
            nums = _number_tokens(tok.head)  # "the 3,210 people enrolled", "40 passengers hurt"
            if nums:
                return tok.head, nums
        prev = tok.doc[tok.i - 1] if tok.i else None
        if tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("dep", "acl") and prev is not None and \
                prev.pos_ == "NOUN" and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in tok.children):
            nums = _number_tokens(prev)  # the same, where the parse loses the participle
            if nums:
                return prev, nums
        return None
    hit = _bearers(tok, attr_lemma)
    if hit or attr_lemma in bearer_only():
        return hit
    nums = _number_tokens(tok)
    if nums and nums[0].i != tok.i:
        return tok, nums
    if tok.pos_ in ("NOUN", "PROPN"):
        # "a toll of 11", "the toll at 38 lives", "the toll rose to 13"
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at")]
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("at", "to")]
        for p in preps:
            for o in p.children:
                if o.dep_ == "pobj":
                    nums = _number_tokens(o)
                    if nums:
                        return o, nums
    if tok.pos_ == "ADJ":
        head = tok.head
        if head.pos_ in ("NOUN", "PROPN") or head.like_num:  # "11 dead people", "nine dead"
            nums = _number_tokens(head)
            if nums:
                return head, nums
        elif tok.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and head.pos_ in ("VERB", "AUX"):
            for c in head.children:  # "left 6 passengers dead", "six were dead"
                if c.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    nums = _number_tokens(c)
                    if nums:
                        return c, nums
    return None


def _revision(nums, tok) -> bool:
    """Does the clause say this figure changed ("rose to 13", "now 13", "the revised toll")?
    Only the words that govern the number count, not the whole sentence: "flags were
    lowered in memory of the 13 who died" revises nothing."""
    if any(t.lemma_.lower() in STRONG_REVISION for t in nums[0].sent):
        return True
    chain, cur = [], nums[0]
    for _ in range(4):
        chain.append(cur)
        if cur.head.i == cur.i or cur.dep_ == "prep" and cur.lower_ == "of" and cur.head.pos_ in ("VERB", "AUX"):
            break  # "Of the 806 adults recruited, 90 dropped out": the verb changes the part, not the set
        cur = cur.head
    near = set()
    for t in chain + [tok]:
        near.update(c for c in t.children if c.dep_ in ("advmod", "npadvmod", "amod", "aux", "prt"))
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in REVISION_LEMMAS for t in chain):
        return True
    if any(t.lower_ in REVISION_WORDS or t.lemma_.lower() in REVISION_LEMMAS for t in near):
        return True
    before = nums[0].doc[max(0, nums[0].i - 3):nums[0].i]
    return any(t.lower_ in ("to", "at") and t.head.lemma_.lower() in REVISION_LEMMAS for t in before)


def _negated(nums) -> bool:
    """A number its own negation quantifies ("no one was hurt", "not one passenger was
    injured", "not a single"): it says none, so it is no count of that many."""
    first = nums[0]
    if any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "not", "never") for c in first.children):
        return True
    prev = first.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.lower_ in ("no", "not") and prev.head.i == first.i


def _partial(nums, noun, tok) -> bool:
    """'one of them', 'two of the victims', 'two pilgrims also died', 'another 5 were hurt'."""
    n = nums[-1]
    if any(c.dep_ == "prep" and c.lower_ == "of" for t in nums for c in t.children):
        return True
    near = [c for t in (noun, tok, n) for c in t.children]
    return any(c.lower_ in ADDITIVE for c in near) or \
        any(t.lower_ in ("in addition", "addition") for t in n.sent)


def _beside_another(tok, noun, attr: str, table: dict) -> bool:
    """The count's clause is joined to another clause that counts the same thing with a
    subject of its own ("a driver was killed ..., and three people died in two crashes";
    "one man drowned and two others were swept away"): each is a part of the toll, told
    side by side, not the toll."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    linked = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":  # "..., and three people died" joined to the clause or to its "said"
        linked.append(tok.head)
        linked.extend(c for c in tok.head.children if c.dep_ in ("conj", "ccomp") and c.i != tok.i)
    for v in linked:
        if v.pos_ not in ("VERB", "AUX") or table.get(v.lemma_.lower()) != attr:
            continue
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        # who it counts: the subject of "died" or of "were killed", else the object of "killed"
        other = subj if v.lemma_.lower() in INTRANSITIVE or _passive(v) or obj is None else obj
        if other is not None and other.i != noun.i and other.pos_ in ("NOUN", "PROPN", "NUM"):
            return True
    return False


def _passive(v) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)


def _own_cause(tok, noun, bi: int, by_tok: dict) -> bool:
    if measures().get(tok.lemma_.lower()) != "dead":
        return False
    for t in {tok.i: tok, noun.i: noun}.values():
        for c in t.children:
            objs = []
            if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS and not (t.pos_ == "NOUN" and c.lower_ == "of"
                                                                     and t.lemma_.lower() == "toll"):
                objs = [o for o in c.children if o.dep_ == "pobj"]
            elif c.lower_ in CAUSE_ADJS:
                objs = [o for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            for o in objs:
                if o.like_num or o.ent_type_ in PLACE_LABELS or o.lower_ in ("them", "those", "whom"):
                    continue
                if by_tok.get((bi, o.i)) is None:
                    return True
    return False


def _rate(nums, noun) -> bool:
    """'100,000 deaths annually', '30 deaths a year': a rate, not one event's count."""
    doc = noun.doc
    lo = max(nums[-1].i, noun.i) + 1
    after = doc[lo:min(len(doc), lo + 3)].text
    return bool(RATE.match(after.strip()) or RATE.search(" ".join(c.text for c in noun.children)))


def _place(nums, noun, tok) -> str | None:
    """Where a count is limited to: "813 in China", "on the island of Samos, two died"."""
    for t in (noun, tok, nums[-1]):
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "at", "across", "from", "on"):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.ent_type_ in PLACE_LABELS:
                    return p.text.lower()
                if p.lemma_.lower() in PLACE_NOUNS:  # "on the island of Samos"
                    for o in p.children:
                        if o.dep_ == "prep" and o.lower_ == "of":
                            for q in o.children:
                                if q.ent_type_ in PLACE_LABELS:
                                    return q.text.lower()
    return None


def _when(doc: "Document", base: int, sent, tok, days_only: bool = True) -> frozenset:
    """The days a count is dated to: a date in its sentence whose parse reaches the counting
    word's clause ("killed 30 people on Monday", "by Wednesday ... had killed 41"); with
    ``days_only`` off, every such date ("2018 saw 750 road deaths"), but not one of another
    clause ("of the 11 taken to hospital, three remained ... on Monday")."""
    chain, cur = {tok.i}, tok
    for _ in range(3 if days_only else 12):
        if cur.head.i == cur.i:
            break
        if not days_only and cur.dep_ == "prep" and cur.lower_ == "of" and cur.head.pos_ in ("VERB", "AUX"):
            break  # "Of the 11 taken to hospital, three remained ...": a set picked from, not dated
        cur = cur.head
        chain.add(cur.i)
    out = set()
    for tx in doc.timexes:
        if not (base + sent.start_char <= tx.start < base + sent.end_char) or tx.type not in ("DATE", "TIME"):
            continue
        toks = [t for t in sent if tx.start <= base + t.idx < tx.end]
        if not toks:
            continue
        root = toks[0]
        if _names_incident(root):
            continue  # "died in Saturday's storm": the date names the storm, not a reading
        for _ in range(6):
            if root.i in chain or root.head.i == root.i:
                break
            root = root.head
        if root.i in chain and len(tx.value) >= 10:
            out.add(tx.value[:10])
        elif root.i in chain and not days_only and tx.type == "DATE":
            out.add(tx.value)
    return frozenset(out)


def _names_incident(tok) -> bool:
    """A day in the possessive of an incident's noun ("Saturday's storm", "Monday's crash")."""
    head = tok.head
    if tok.dep_ != "poss" or head.pos_ != "NOUN":
        return False
    hit = event_words().get((head.lemma_.lower(), "NOUN"))
    return hit is not None and hit[1] == "incident"


def _in_timex(doc: "Document", start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in doc.timexes)


def counts(doc: "Document", sources: "Sources", by_tok: dict) -> Iterator[Measure]:
    table = measures()
    for bi, (block, sdoc) in enumerate(zip(doc.article.blocks, doc.docs)):
        base = block.start
        toks = tokens_of(sdoc)
        for sent in sdoc.sents:
            for tok in toks[sent.start:sent.end]:
                lemma = tok.lemma_.lower()
                attr = table.get(lemma) or table.get(tok.lower_)
                if attr is None or (tok.pos_ in ("VERB", "AUX") and tok.dep_ == "amod"):
                    continue
                heads = measure_heads().get(lemma)
                if heads and tok.head.lemma_.lower() not in heads:
                    continue  # "14,000 lives saved" counts no dead
                hit = _counted(tok, lemma)
                if hit is None:
                    continue
                noun, nums = hit
                if _negated(nums):
                    continue  # "No one on the ground was hurt": nobody, not a count of one
                if _partial(nums, noun, tok) or _beside_another(tok, noun, attr, table) or _rate(nums, noun) or _own_cause(tok, noun, bi, by_tok) or \
                        _a_set_of_events(tok, bi, by_tok) or _of_a_member(tok):
                    continue
                s, e = base + nums[0].idx, base + nums[-1].idx + len(nums[-1].text)
                if _in_timex(doc, s, e) or any(t.text == "%" or t.lower_ in ("percent", "per")
                                                for t in nums[-1].doc[nums[-1].i:nums[-1].i + 2]):
                    continue
                value = number_value(doc.text[s:e])
                if value is None:
                    continue
                if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in noun.children):
                    continue  # "one resident, Ada Lyle, died": a person's death, not a toll
                before = doc.text[max(base + sent.start_char, s - 24):s]
                ss, se = base + sent.start_char, base + sent.end_char
                noun_word = None if noun.i == nums[0].i or _the_whole(noun, tok) else noun.lemma_.lower()
                yield Measure(attribute=attr, value=interval(value, before, doc.text[e:e + 16]), text=doc.text[s:e],
                              span=doc.span(s, e, "count"), clause=doc.span(ss, se, attr),
                              noun=noun_word, source=sources.at(s), revision=_revision(nums, tok),
                              occurrence=_attach(tok, bi, by_tok), sent=(ss, se),
                              when=_when(doc, base, sent, tok), place=_place(nums, noun, tok),
                              dated=_when(doc, base, sent, tok, days_only=False))


GENERIC_PEOPLE = words("people_en.txt", "generic_people")


def _the_whole(noun, tok) -> bool:
    """"the six men who died", "the four people killed": a definite count of people described
    by the measure itself names the whole toll, not a part of it by trade or age."""
    return (noun.lemma_.lower() in GENERIC_PEOPLE or noun.lower_ in GENERIC_PEOPLE) and tok.head.i == noun.i \
        and tok.dep_ in ("relcl", "acl") and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _a_set_of_events(tok, bi: int, by_tok: dict) -> bool:
    """The measure's clause hangs on a counted, indefinite plural of events ("followed four
    deadly shootings that week, including one ..., killing three"; "two similar blasts that
    killed nine"): a toll of others, or of several, not of the story's one event."""
    def counted_plural(t) -> bool:
        return t.tag_ in ("NNS", "NNPS") and bool(event_words().get((t.lemma_.lower(), "NOUN"))) and \
            any(c.dep_ == "nummod" for c in t.children) and \
            not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in t.children)

    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i or by_tok.get((bi, cur.i)) is not None and cur.i != tok.i:
            return False  # the clause reached one event first
        cur = cur.head
        if counted_plural(cur):
            return True
        if cur.pos_ in ("VERB", "AUX"):
            # "the valley has seen three shootings this year, killing 14": the set is the
            # clause's object, and its subject is no event
            kids = list(cur.children)
            if any(c.dep_ in ("dobj", "attr") and counted_plural(c) for c in kids) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") and by_tok.get((bi, c.i)) is not None for c in kids):
                return True
    return False


def _of_a_member(tok) -> bool:
    """The measure's clause follows a member picked out of a set ("..., including one at a
    fair in Kelso, killing three"): the member's toll, not the story's event's."""
    sent = tok.sent
    for t in sent:
        if t.i >= tok.i:
            break
        if t.lower_ != "including" or t.dep_ != "prep":
            continue
        p = next((c for c in t.children if c.dep_ == "pobj"), None)
        if p is None or not (p.lower_ in ("one", "another") or p.like_num):
            continue
        end = max(x.i for x in p.subtree)
        if end < tok.i and all(x.is_punct for x in sent.doc[end + 1:tok.i]):
            return True
    return False


def _attach(tok, bi: int, by_tok: dict) -> "Occurrence | None":
    """The event occurrence a measure's clause hangs on: a preposition's object ("died in
    Tuesday's disaster"), the subject of the clause it modifies ("an explosion tore through
    ..., killing 11"), or an event word above it."""
    cur = tok
    for _ in range(4):
        for c in cur.children:
            if c.dep_ == "prep" and c.lower_ in ATTACH_PREPS:
                for p in c.children:
                    hit = by_tok.get((bi, p.i))
                    if hit is not None and p.dep_ == "pobj":
                        return hit
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i:
                hit = by_tok.get((bi, c.i))
                if hit is not None:
                    return hit
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        hit = by_tok.get((bi, cur.i))
        if hit is not None:
            return hit
    return None
