"""Event coreference inside one article: which mentions name one event.

Mentions of one class (an "explosion", "the blast", "Tuesday night's disaster") name one
event unless something says otherwise: a word that makes a new event ("another fire", "a
second vote"), a date far from the event's (more than a week apart: "the 2019 fire"), two
different days for an event that can recur (a first and a final vote, two matches), or an
indefinite mention deep in the story ("a fire at a nearby farm"). Deaths are one event per
person. A generic noun ("the disaster", "the result") joins the latest event of its class.

Dates that disagree by a day or two do not split an incident: that is the slip (a crash on
Saturday and on Sunday) the conflict rules report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..nlp import tokens_of
from ..time import calendar as cal
from .mentions import Occurrence, thing_of
from .vocab import ATTRIBUTE_CLASSES, DURATIVE, FOUND_ONCE, NEW_WORDS, REPEATABLE, SERIAL_TYPES, event_words

if TYPE_CHECKING:
    from ..document import Document
    from .measures import Measure

NEAR_DAYS = 7
# A result is described with "a" ("held on for a 3-1 victory", "a 29-19 vote"): not a new one.
RESULT_CLASSES = frozenset({"match", "vote", "election", "study"})
SCORE_CLASSES = {"score": {"match", "vote"}, "tally": {"vote", "match"}}


@dataclass
class Cluster:
    cls: str
    type: str
    occ: list[Occurrence] = field(default_factory=list)
    measures: list["Measure"] = field(default_factory=list)
    persons: set[str] = field(default_factory=set)
    implicit: bool = False
    id: str = ""

    def days(self) -> list[date]:
        out = []
        for o in self.occ:
            for tx, _aspect in o.times:
                r = _day(tx.value)
                if r is not None:
                    out.append(r)
        return out


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    r = cal.value_range(value[:10])
    return r[0] if r and r[0] == r[1] else None


def _far(a: list[date], b: list[date], limit: int) -> bool:
    return bool(a and b) and min(abs((x - y).days) for x in a for y in b) > limit


def _o_days(o: Occurrence) -> list[date]:
    return [d for d in (_day(tx.value) for tx, _a in o.times) if d is not None]


def cluster(doc: "Document", occs: list[Occurrence]) -> list[Cluster]:
    index = doc.extras.get("entity_index")
    clusters: list[Cluster] = []

    def label(eid: str) -> str | None:
        try:
            return index.by_id(eid).label if index is not None else None
        except KeyError:
            return None

    for o in occs:
        if o.cls == "death":
            persons = [e for e, _r in o.participants if label(e) == "PERSON"]
            if not persons or o.negated:
                continue
            c = _death_cluster(doc, clusters, o, persons)
            if c is None:
                c = Cluster(o.cls, o.type, persons=set(persons))
                clusters.append(c)
            c.occ.append(o)
            continue
        target = _join(doc, clusters, o, doc.article.published)
        if target is None:
            if o.cls == "score":
                continue  # "the result" with no vote or match before it
            target = Cluster(o.cls, o.type)
            clusters.append(target)
        if target.type == "*":
            target.type = o.type
        target.occ.append(o)
    return clusters


def _death_cluster(doc: "Document", clusters: list[Cluster], o: Occurrence, persons: list[str]):
    same = [c for c in clusters if c.cls == "death" and c.persons & set(persons)]
    if same:
        return same[0]
    # "her death": a possessive pronoun before a death noun names someone the article has said
    # is dead, when the resolver picked a living speaker instead.
    pron = o.kind != "verbal" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.tok.children)
    if not pron:
        return None
    index = doc.extras.get("entity_index")
    gender = index.gender(persons[0]) if index is not None else None
    dead = [c for c in clusters if c.cls == "death" and
            (gender is None or any(index.gender(p) in (None, gender) for p in c.persons))]
    return dead[-1] if len(dead) >= 1 else None


def _past(o: Occurrence, pub: date | None) -> bool:
    """Dated well before publication: another year, or a day more than a month before."""
    if pub is None:
        return False
    for tx, _a in o.times:
        v = tx.value or ""
        if v[:4].isdigit() and int(v[:4]) < pub.year - (1 if v[5:7].isdigit() else 0):
            return True
        # a day or a month that ended more than a month before ("on 9 November 1993", "in
        # March 1993" in a story of May 1994)
        r = cal.value_range(v[:10]) if v[:4].isdigit() and len(v) >= 7 else None
        if r is not None and (pub - r[1]).days > 31:
            return True
    return False


def _in_headline(doc: "Document", o: Occurrence) -> bool:
    return doc.blocks[o.block].kind == "headline"


def _join(doc: "Document", clusters: list[Cluster], o: Occurrence, pub: date | None = None) -> Cluster | None:
    cls = o.cls
    if cls == "score":
        cands = [c for c in clusters if c.cls in ("vote", "match")]
        return cands[-1] if cands else None
    cands = [c for c in clusters if c.cls == cls]
    if not cands:
        return None
    if o.new:
        return None
    # the latest event of the class of the same era: "a 2017 pileup" named in passing does not
    # stand between this week's crash and "Sunday's wreck"
    same_era = [k for k in cands if _past(o, pub) == any(_past(x, pub) for x in k.occ)]
    # a plain mention ("the crash", "Sunday's wreck") is of the event the article told of, not
    # of one it marked as another or a first of several ("the first collision" in a pileup)
    plain = [k for k in same_era if not k.occ[0].new]
    c = (plain or same_era)[-1] if same_era and o.type != "*" else cands[-1]
    if o.type == "*":
        return c
    if cls in FOUND_ONCE and not _same_thing(o, c):
        return None  # "found gold in 1851" and "found coal in 1870": two finds
    if _past(o, pub) != any(_past(x, pub) for x in c.occ):
        return None  # "the 2017 floods" beside this week's: two events
    days, cdays = _o_days(o), c.days()
    one = _far(days, cdays, 0) and _the_one(doc, clusters, o, c)
    if _far(days, cdays, NEAR_DAYS) and not one:
        return None
    if (cls in REPEATABLE or o.type in SERIAL_TYPES or c.type in SERIAL_TYPES) and _far(days, cdays, 0) \
            and not one:
        return None
    if c.type not in ("*", o.type) and _far(days, cdays, 0):
        return None
    if o.indefinite and cls not in RESULT_CLASSES and any(not _in_headline(doc, x) for x in c.occ):
        return None  # "an attack in Karbala" after "the ambush": news names a new event with "a"
    return c


def _same_thing(o: Occurrence, c: Cluster) -> bool:
    """A find and a cluster of finds are of one thing when neither names another ("the 2014
    discovery" names none)."""
    mine = thing_of(o)
    theirs = {t for t in (thing_of(x) for x in c.occ) if t}
    return mine is None or not theirs or mine in theirs


def _the_one(doc: "Document", clusters: list[Cluster], o: Occurrence, c: Cluster) -> bool:
    """"The attack" (or "the crash") in an article that tells of one is that one, whatever day
    each mention gives it: a definite noun, no other dated cluster of its type, and no plural ("attacks")
    or ordinal anywhere that would make it one of a series."""
    if o.kind not in ("nominal", "date-possessive") or o.cls in REPEATABLE or c.type != o.type:
        return False
    if o.type in DURATIVE and not (_starts_only([o]) and _starts_only(c.occ)):
        return False  # a fire burns for days: only the days it started on are one day
    if o.kind != "date-possessive" and not any(k.dep_ == "det" and k.lower_ in ("the", "this", "that")
                                               or k.dep_ == "poss" for k in o.tok.children):
        return False
    if [k for k in clusters if k.type == o.type and k.days()] != [c]:
        return False  # another dated attack: which one "the attack" is, the days cannot tell
    return not _series(doc, o.type)


def _starts_only(occs) -> bool:
    """Every day these mentions give is the day the event began ("broke out on", "the Nov. 29
    fire"), and at least one is given."""
    aspects = [a for o in occs for _tx, a in o.times]
    return bool(aspects) and all(a == "start" for a in aspects)


def _series(doc: "Document", typ: str) -> bool:
    """The article speaks of several events of a type: a plural event noun ("attacks") or a
    mention marked as one of many ("a second attack", "the latest shooting")."""
    key = f"event_series:{typ}"
    if key not in doc.extras:
        words = event_words()
        doc.extras[key] = any(
            words.get((t.lemma_.lower(), "NOUN"), ("",))[0] == typ and (
                t.tag_ in ("NNS", "NNPS") or any(k.lower_ in NEW_WORDS for k in t.children))
            for sdoc in doc.docs for t in tokens_of(sdoc))
    return doc.extras[key]


def attach(doc: "Document", clusters: list[Cluster], measures: list["Measure"]) -> None:
    """Each measure to the event its clause names, else to the article's one event of a class
    that can have it; counts of dead or injured with no event word make the article's
    incident."""
    owner = {id(o): c for c in clusters for o in c.occ}
    for m in measures:
        c = owner.get(id(m.occurrence)) if m.occurrence is not None else None
        classes = SCORE_CLASSES.get(m.attribute) or ATTRIBUTE_CLASSES.get(m.attribute, set())
        if c is not None and (c.cls not in classes or not _dates_fit(doc, c, m)):
            c = None
        if c is not None and m.attribute in SCORE_CLASSES:
            c = _story_match(doc, clusters, c, m) or c
        if c is None:
            cands = [k for k in clusters if k.cls in classes and _current(doc, k)
                     and _dates_fit(doc, k, m) and (k.implicit or _story_event(doc, k))]
            if m.attribute in SCORE_CLASSES and len(cands) > 1:
                preferred = "vote" if m.attribute == "tally" else "match"
                cands = [k for k in cands if k.cls == preferred] or cands
                if len(cands) > 1:
                    cands = [k for k in cands if _parties(k) & m.parties] or cands[-1:]
            if len(cands) == 1:
                c = cands[0]
            elif not cands and doc.blocks[_block_of(doc, m.span.start)].kind in ("headline", "standfirst") \
                    or not cands and _block_of(doc, m.span.start) <= 2:
                # a toll in the headline or the lead is the story's own event, named or not
                cls = next(iter(classes)) if len(classes) == 1 else \
                    _PREFERRED.get(m.attribute, "incident")  # a score's unnamed event is a match
                c = Cluster(cls, cls if cls != "incident" else "incident", implicit=True)
                clusters.append(c)
        if c is not None:
            c.measures.append(m)


_PREFERRED = {"score": "match", "tally": "vote"}


def _story_match(doc: "Document", clusters: list[Cluster], c: Cluster, m: "Measure") -> Cluster | None:
    """The story's own match for a score told later with a bare definite noun ("After the
    64-57 win, the coach said ..."): such a noun names no match of its own but points back
    to the one the story reported, when the story reported one (its lead gave a score) and
    the noun's event is met only later. None when the noun is the story's event itself, is
    indefinite, or there is no single such match."""
    if _story_event(doc, c) or c.implicit or not all(o.kind == "nominal" and not o.indefinite for o in c.occ):
        return None
    if any(o.tok.dep_ == "poss" or any(k.dep_ == "poss" for k in o.tok.children) for o in c.occ):
        return None  # "Harlow's 2-1 win": a side named, maybe another match
    story = [k for k in clusters if k is not c and k.cls == _PREFERRED[m.attribute] and k.measures
             and _current(doc, k) and (k.implicit or _story_event(doc, k))]
    return story[0] if len(story) == 1 else None


def _block_of(doc: "Document", offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right([b.start for b in doc.blocks], offset) - 1)


def _dates_fit(doc: "Document", c: Cluster, m: "Measure") -> bool:
    """A count with no event word of its own may be the event's only if no date in its
    sentence points elsewhere ("2018 saw 750 road deaths")."""
    if not m.dated:
        return True
    near = c.days()
    days = {d.isoformat() for d in near}
    pub = doc.article.published
    for v in m.dated:
        if v[:10] in days:
            continue
        if len(v) >= 10 and days and not (c.type in DURATIVE and _within(v[:10], near, NEAR_DAYS)):
            return False  # a flood or a fire lasts days: "flooding on Tuesday" is Wednesday's flood
        if v[:4].isdigit() and pub is not None and int(v[:4]) != pub.year:
            return False
    return True


def _within(value: str, days, limit: int) -> bool:
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return False
    return any(abs((d - x).days) <= limit for x in days)


def _story_event(doc: "Document", c: Cluster) -> bool:
    """Named in the headline, the standfirst or the first paragraphs: the event the story is
    about, to which a figure with no event word of its own belongs. An event met only later
    ("following an ambush ..." in a caption) is not."""
    first_body = next((i for i, b in enumerate(doc.blocks) if b.kind == "paragraph"), 0)
    return any(doc.blocks[o.block].kind in ("headline", "standfirst") or o.block <= first_body + 1
               for o in c.occ)


def _current(doc: "Document", c: Cluster) -> bool:
    """Not an event the article dates well before publication ("the 2017 floods"): a figure
    with no event word of its own belongs to the story's event, not to a past one."""
    pub = doc.article.published
    days = c.days()
    if pub is None:
        return True
    years = [tx.value for o in c.occ for tx, _a in o.times if tx.value[:4].isdigit()]
    if days:
        return min(abs((pub - d).days) for d in days) <= 30
    return not years or any(y[:4] == str(pub.year) for y in years)


def _parties(c: Cluster) -> frozenset:
    out = set()
    for m in c.measures:
        out |= m.parties
    return frozenset(out)
