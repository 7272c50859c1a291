"""Conflicts between facts about one subject, whatever the subject is: an event's toll,
count of injured or participants, score or vote tally (CD405) and its day (CD404).

Reads the facts store (:func:`copydesk.facts.facts_of`): every fact with a typed ``measure``,
whatever its subject; today those are the events stage's facts about events (tolls, scores,
days, causes, funders, acts done or not), turned into :class:`~copydesk.facts.Fact` by the
facts builder. It never parses. Two
facts conflict when they give one attribute of one subject two values that cannot both hold
(intervals from "at least", "about", "more than" that do not overlap; two scores; two
days), they come from two sentences, neither says the figure changed ("rose to", "now",
"revised", "initially"), and, for counts, they count the same thing ("11 workers" and "13
workers"; "2,340 adults" enrolled and "2,430 participants"), not a part of it ("11 people",
"9 of them workers"; "two seriously injured" against "injures sixteen": a count given with
its degree is a class of the injured).

Severity follows the other CD4xx rules: ``error`` when both sides are the article's own
voice, ``warning`` when one side is a source's, ``info`` when each side is a different
source's (the article reports two accounts) or the article notes the dispute.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Iterator

from ..events.scores import EARLIER
from ..model import Span
from .base import _says

if TYPE_CHECKING:
    from ..document import Document
    from ..facts import Fact

# Nouns that name what the attribute itself counts: "2,430 participants" counts the
# participants, whatever the enrolment sentence called them.
# "People" is not one: "11 people" may be the whole of which "7 adults" is a part.
MEASURE_NOUNS = frozenset({"participant", "fatality", "death", "injury", "life", "casualty",
                           "victim", "evacuee", "toll"})
ASPECT = {"era": "when {} happened", "place": "where {} was held", "count:dead": "how many died in {}", "count:injured": "how many were injured in {}",
          "count:hospitalised": "how many were in hospital after {}",
          "count:evacuated": "how many were evacuated in {}",
          "count:rescued": "how many were rescued in {}", "count:arrested": "how many were arrested in {}",
          "count:participants": "how many took part in {}", "score": "the score of {}",
          "tally": "the vote in {}", "date": "the day of {}", "cause": "the cause of {}",
          "funder": "who paid for {}", "happened": "whether this happened: {}"}
# Verbs whose "did" and "did not" are two different things said, not one act in doubt.
COMMON_VERBS = frozenset({"say", "tell", "be", "have", "do", "get", "go", "make", "know", "think",
                          "want", "see", "expect", "comment", "respond", "reply", "speak", "ask",
                          "believe", "need", "like", "come", "give", "take", "find", "use", "work",
                          "seem", "feel", "try", "leave", "call", "keep", "let", "mean", "help",
                          "show", "hear", "play", "run", "move", "live", "hold", "bring", "happen",
                          "write", "provide", "sit", "stand", "lose", "pay", "meet", "include",
                          "continue", "set", "learn", "change", "lead", "understand", "watch",
                          "follow", "stop", "create", "allow", "add", "spend", "grow", "open",
                          "walk", "win", "offer", "remember", "consider", "appear", "buy", "wait",
                          "serve", "die", "send", "build", "stay", "fall", "cut", "reach", "kill",
                          "remain", "suggest", "raise", "pass", "report", "decide", "return",
                          "explain", "hope", "develop", "carry", "break", "receive", "agree",
                          "support", "hit", "produce", "eat", "cover", "catch", "draw", "choose",
                          "deny", "plan", "intend", "rule", "look", "put", "become", "begin",
                          "mention", "address", "answer", "recall", "admit", "claim", "notice"})
NIGHT = ("late", "night", "evening", "midnight", "overnight", "p.m", "pm")
MORNING = ("early", "morning", "overnight", "midnight", "dawn", "a.m", "am")


# A count of the injured given with its degree: "two were seriously injured", "three
# critically hurt": a class of the injured, a part of the count without one.
GRADED = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:(?:were|was|are|is|been|have been|has been|had been|left)\s+)?"
                    r"(?:seriously|critically|severely|badly|gravely|slightly|lightly|moderately|mildly)\b", re.I)


def _graded(f: "Fact") -> bool:
    v, ev = f.value_evidence, f.evidence
    if v is None or not f.slot.startswith("count:") or not ev.start <= v.end <= ev.end:
        return False
    return bool(GRADED.match(ev.text, v.end - ev.start))


def _part_by_grade(a: "Fact", b: "Fact") -> bool:
    """One count graded ("two adults were seriously injured") and the other not ("injures
    sixteen"): the graded count is a part, no conflict while it is not larger."""
    ga, gb = _graded(a), _graded(b)
    if ga == gb:
        return False
    part, whole = (a, b) if ga else (b, a)
    return part.measure[0] <= whole.measure[1]


def _nouns_agree(a: "Fact", b: "Fact") -> bool:
    if a.noun is None or b.noun is None or a.noun == b.noun:
        return True
    return a.noun in MEASURE_NOUNS or b.noun in MEASURE_NOUNS


def _other_opponents(pa: frozenset, pb: frozenset) -> bool:
    """Each score's own clause names a side the other's sentence does not name at all ("o:"
    parties, from events/scores, against "w:"): the same team against two others; or one side won one and lost the
    other ("r:tigers:w", "r:tigers:l"); or one score's own clause names both its sides ("n:"
    names) and the other's names a side not among them ("Ireland beat Wales 21-19", "England,
    who beat Scotland 15-9"); or each is
    said of another stage of the contest ("g:final",
    "g:semifinal"): two matches."""
    oa = {p[2:] for p in pa if p.startswith("o:")}
    ob = {p[2:] for p in pb if p.startswith("o:")}
    wa = {p[2:] for p in pa if p.startswith("w:")}
    wb = {p[2:] for p in pb if p.startswith("w:")}
    if oa - wb and ob - wa:  # a side neither named in the other's sentence
        return True
    na = [set(p[2:].split()) for p in pa if p.startswith("n:")]
    nb = [set(p[2:].split()) for p in pb if p.startswith("n:")]
    if len(na) >= 2 and any(not any(x & y for y in na) for x in nb) or \
            len(nb) >= 2 and any(not any(x & y for y in nb) for x in na):
        return True  # one clause names both its sides, the other a side not among them
    ga = {p for p in pa if p.startswith("g:")}
    gb = {p for p in pb if p.startswith("g:")}  # the stage or competition a score is said of
    if ga and gb and not ga & gb:  # "21-7 in the final", "In the semi-finals, ... 26-14"
        return True
    if ("agg:" in pa) != ("agg:" in pb):
        return True  # a tie's aggregate over two legs against one match's score
    if ("gg:" in pa) != ("gg:" in pb) and not (ga and gb):
        return True  # "In the women's championship, ..." against the story's own matches
    won = {p[2:-2] for p in pa if p.startswith("r:") and p.endswith(":w")}
    lost = {p[2:-2] for p in pb if p.startswith("r:") and p.endswith(":l")}
    won_b = {p[2:-2] for p in pb if p.startswith("r:") and p.endswith(":w")}
    lost_a = {p[2:-2] for p in pa if p.startswith("r:") and p.endswith(":l")}
    return bool(won & lost or won_b & lost_a)


def _disjoint(a: "Fact", b: "Fact") -> bool:
    if a.slot in ("score", "tally"):
        if _other_opponents(a.parties, b.parties):
            return False  # "beat the Blues 31-17" and "lost 40-12 to Eastport": two matches
        pa = {p for p in a.parties if not p.startswith("g")}  # a stage is no side
        pb = {p for p in b.parties if not p.startswith("g")}
        two_sides = len(pa) >= 2 and len(pb) >= 2
        return a.measure != b.measure and (not two_sides or bool(pa & pb))
    (lo1, hi1), (lo2, hi2) = a.measure, b.measure
    return hi1 < lo2 or hi2 < lo1


_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _bare_weekday(text: str) -> str | None:
    """"Saturday", "Saturday's", "late Sunday": a weekday with no date written beside it."""
    m = _WEEKDAY.search(text or "")
    return m.group(1).lower() if m and not re.search(r"\d", text) else None


def _dates_differ(a: "Fact", b: "Fact") -> bool:
    wa, wb = _bare_weekday(a.text), _bare_weekday(b.text)
    if wa and wb:
        return wa != wb  # two bare weekday names: the resolver may have put one in another week
    if a.year_given and b.year_given:
        ka, kb = day_key(a), day_key(b)
    else:
        ka, kb = (a.measure.month, a.measure.day), (b.measure.month, b.measure.day)
    if ka == kb:
        return False
    if a.year_given and b.year_given or (a.measure.year == b.measure.year):
        first, second = sorted((a, b), key=lambda f: f.measure)
        if (second.measure - first.measure).days == 1 and \
                any(w in first.text.lower() for w in NIGHT) and \
                any(w in second.text.lower() for w in MORNING):
            return False  # late on one day, early the next: one night
    return True


def _certainty(a: "Fact", b: "Fact") -> bool:
    states = {a.measure[0], b.measure[0]}
    if "asserted" not in states or len(states) < 2:
        return False
    pos, neg = (a, b) if a.measure[0] == "asserted" else (b, a)
    if a.slot != "happened":
        return pos.noun != "later"  # "investigators later said it was a gas leak"
    objects = pos.measure[1], neg.measure[1]
    if None not in objects and objects[0] != objects[1] or pos.noun == "later":
        return False  # another object, or the act came later
    if pos.entity.rsplit(":", 1)[-1] in COMMON_VERBS:
        return False
    if pos.when and neg.when and max(neg.when) < min(pos.when):
        return False  # not done by Monday, done on Tuesday
    return True


def _dated_apart(wa: frozenset, wb: frozenset) -> bool:
    """No date of one side can be a date of the other: "2024-06-29" and "2023-09" are apart,
    "2024-06" and "2024-06-29" are not (a month holds its days)."""
    return not any(x.startswith(y) or y.startswith(x) for x in wa for y in wb)


def _conflicting(a: "Fact", b: "Fact") -> bool:
    if a.sent == b.sent or a.revised or b.revised:
        return False
    if a.slot in ("cause", "funder", "happened"):
        return _certainty(a, b)
    if a.slot == "date":
        return _dates_differ(a, b)
    if a.slot == "place":
        # two named places with no name in common ("the Town Jetty", "the Halford Street boat ramp")
        return not set(a.measure.split()) & set(b.measure.split())
    if a.slot == "era":
        (lo1, hi1), (lo2, hi2) = a.measure, b.measure
        # a named event's times may be loose ("last summer"); a person's one arrest is dated
        # as precisely as the article can
        gap = 7 if (a.noun or "").startswith("owned:") else 183
        return a.noun == b.noun and ((lo2 - hi1).days > gap or (lo1 - hi2).days > gap)
    if a.place != b.place:
        return False  # "813 in China" and "one in the Philippines": two places, two counts
    if a.slot in ("score", "tally") and (EARLIER in a.when) != (EARLIER in b.when):
        return False  # "In the last eight last season, Helston beat Bodmin 2-0": another meeting
    if a.when and b.when and _dated_apart(a.when, b.when):
        return False  # two readings of a running figure, each dated: a count that grew
    return _nouns_agree(a, b) and _disjoint(a, b) and not _part_by_grade(a, b)


def _shown(f: "Fact") -> str:
    if f.slot == "happened":
        return "it happened" if f.measure[0] == "asserted" else "it did not"
    if f.slot in ("cause", "funder"):
        state, what = f.measure
        if state == "asserted":
            return what or "so"
        return "it is not known" if state == "unknown" else "it is denied"
    return f.text


def _severity(doc: "Document", side_a: list, side_b: list) -> str:
    def own(f) -> bool:
        return f.source.kind != "attributed"

    if all(map(own, side_a)) and all(map(own, side_b)):
        return "error"
    if not any(map(own, side_a + side_b)):
        names_a = {(f.source.entity or f.source.name or "").lower() for f in side_a}
        names_b = {(f.source.entity or f.source.name or "").lower() for f in side_b}
        named = all(f.source.entity for f in side_a) and all(f.source.entity for f in side_b)
        if not names_a & names_b and named:
            return "info"  # two sources, each with its figure: the article reports both
        # ("officials said" over one paragraph and the fire chief over the next is wire copy's
        # routine attribution of one account, not two accounts set side by side)
    return "warning"


def day_key(f: "Fact") -> tuple:
    d = f.measure
    return (d.month, d.day) if not f.year_given else (d.year, d.month, d.day)


def _key(f: "Fact"):
    if f.slot in ("cause", "funder", "happened"):
        return f.measure[0]
    if f.slot == "date":
        return (f.measure.month, f.measure.day) if not f.year_given else f.measure
    return f.measure


def subject_conflicts(doc: "Document") -> Iterator[tuple]:
    """(code, message, evidence, severity, side a's facts, side b's facts) for every attribute
    of a subject given two values."""
    from ..facts import facts_of

    names = {e.id: e.name for e in doc.events}
    groups: dict[tuple[str, str], list] = defaultdict(list)
    F = facts_of(doc)
    for f in F.facts:
        if f.measure is not None and f.entity:
            groups[(f.entity, f.slot)].append(f)
    for (subject, attr), facts in groups.items():
        pairs = [(a, b) for i, a in enumerate(facts) for b in facts[i + 1:] if _conflicting(a, b)]
        if not pairs:
            continue
        a0, b0 = pairs[0]
        side_a = [f for f in facts if _key(f) == _key(a0) and not f.revised]
        side_b = [f for f in facts if any(p == (a0, f) or p == (f, a0) for p in pairs)
                  and _key(f) == _key(b0)]
        name = names.get(subject) or _act_name(doc, facts[0])
        what = ASPECT.get(attr, attr).format(name) if not attr.startswith("amount:") else _amount_label(attr)
        message = f"{what}: {_says(F, side_a, _shown(side_a[0]))}; {_says(F, side_b, _shown(side_b[0]))}"
        evidence: list[Span] = []
        for i, f in enumerate(side_a + side_b):
            role = "a" if i < len(side_a) else "b"
            ev = f.evidence
            if not any(e.start == ev.start and e.end == ev.end for e in evidence):
                evidence.append(Span(ev.start, ev.end, ev.text, role))
        code = {"date": "CD404", "era": "CD404", "place": "CD404", "cause": "CD406", "funder": "CD406", "happened": "CD406"}.get(attr, "CD405")
        yield code, message, evidence, _severity(doc, side_a, side_b), side_a, side_b
    yield from _more_in_hospital(doc, F, groups, names)


# Why someone unhurt goes to hospital: then more can be taken there than were hurt.
_UNHURT = re.compile(r"\b(?:precaution\w*|checked|check-?ups?|shock|assessed|observation|unhurt|uninjured|"
                     r"not (?:hurt|injured)|no injuries)\b", re.I)


def _more_in_hospital(doc: "Document", F, groups: dict, names: dict) -> Iterator[tuple]:
    """"Six injured" against "Eight people have been taken to hospital": one event, more
    people in hospital than hurt in it, and nothing says anyone went unhurt."""
    for (subject, attr), hosp in groups.items():
        if attr != "count:hospitalised":
            continue
        hurt = groups.get((subject, "count:injured"), [])
        hurt = [f for f in hurt if not f.revised and f.place is None]
        hosp = [f for f in hosp if not f.revised and f.place is None]
        if not hurt or not hosp or any(_UNHURT.search(f.evidence.text) for f in hosp):
            continue  # "taken to hospital as a precaution": not hurt
        most_hurt = max(f.measure[1] for f in hurt)
        least_hosp = min(f.measure[0] for f in hosp)
        if least_hosp <= most_hurt:
            continue
        a = [f for f in hurt if f.measure[1] == most_hurt][:1]
        b = [f for f in hosp if f.measure[0] == least_hosp][:1]
        name = names.get(subject) or _act_name(doc, a[0])
        message = (f"more taken to hospital than hurt in {name}: {_says(F, a, _shown(a[0]))} hurt; "
                   f"{_says(F, b, _shown(b[0]))} taken to hospital")
        evidence = [Span(f.evidence.start, f.evidence.end, f.evidence.text, role) for f, role in ((a[0], "a"), (b[0], "b"))]
        yield "CD405", message, evidence, _severity(doc, a, b), a, b


def _amount_label(attr: str) -> str:
    """'amount:profit:Q:' -> 'the quarter's profit'."""
    _a, metric, period, quals = (attr.split(":") + ["", "", ""])[:4]
    if metric == "price":
        return f"the amount of the {period}"  # a priced thing: "amount:price:bond"
    span = {"Q": "the quarter's", "H": "the half-year's", "9M": "the nine months'", "Y": "the year's"}
    return f"{span.get(period, 'the')} {' '.join(quals.split('+')) + ' ' if quals else ''}{metric}"


def _act_name(doc: "Document", f: "Fact") -> str:
    """'whether Wade Hollis conceded' for an act by a named actor."""
    if f.slot != "happened":
        return "the event"
    eid, verb = f.entity.rsplit(":", 1)
    index = doc.extras.get("entity_index")
    try:
        who = index.by_id(eid).name if index is not None else eid
    except KeyError:
        who = eid
    return f"{who} ({verb})"
