"""CD403-CD406 from statements: the same clause or sentence made twice with one value changed
(a date, a place, a figure, an age) or with "not" added or removed."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from ..document import Document
from ..facts import Facts, Statement, Value, restated, source_label
from ..facts.statements import BOUND_PREPS
from ..facts.vocab import CHANGE_VERBS
from ..model import Span
from ..time import calendar as cal
from .base import Conflict, _line, _overlap, _severity
from .places import _nested, place_level


def _date_conflict(x: Value, y: Value) -> bool | None:
    """True: the dates cannot both hold; False: compatible; None: cannot tell."""
    if " ".join(x.text.lower().split()) == " ".join(y.text.lower().split()):
        return False  # the same words twice ("Seven decades on, ..."): one date, read from two anchors
    rx, ry = cal.value_range(str(x.value)), cal.value_range(str(y.value))
    if rx and ry:
        return not _overlap(rx, ry)
    sx, sy = str(x.value), str(y.value)
    if sx.startswith("XXXX") and sy.startswith("XXXX") and len(sx) == len(sy) and sx[:6] == sy[:6]:
        return sx != sy
    return None


def _num_interval(v: Value) -> tuple[float, float]:
    n = float(v.value)
    if v.mod == "MORE":
        return n, float("inf")
    if v.mod == "LESS":
        return 0.0, n
    if v.mod == "APPROX":
        return n * 0.85, n * 1.15
    return n, n


def _num_conflict(x: Value, y: Value) -> bool:
    if x.unit != y.unit:
        return False
    if x.np and y.np and not (x.np <= y.np or y.np <= x.np):
        return False  # "600 rounds of 7.62mm" and "120 rounds of 5.56mm": two things counted
    if x.mod == y.mod:
        return abs(float(x.value) - float(y.value)) > 1e-9 * max(1.0, abs(float(x.value)))
    ix, iy = _num_interval(x), _num_interval(y)
    return not (ix[0] <= iy[1] and iy[0] <= ix[1])


def _place_conflict(F: Facts, x: Value, y: Value) -> bool:
    if x.value == y.value:
        return False
    if place_level(str(x.value)) != place_level(str(y.value)):
        return False  # a country and a town in it, a state and a city: may be the same place
    return not _nested(F, str(x.value), str(y.value))


def _matches(F: Facts, kind: str, x: Value, y: Value) -> bool | None:
    """True when two values agree, False when they conflict, None when they cannot be told."""
    if kind == "date":
        r = _date_conflict(x, y)
        return None if r is None else not r
    if kind == "place":
        return not _place_conflict(F, x, y)
    if x.unit != y.unit:
        return None
    if x.np and y.np and not (x.np <= y.np or y.np <= x.np):
        return None
    return not _num_conflict(x, y)


def _compare_sentences(F: Facts, a: Statement, b: Statement) -> list[tuple[str, Value | None, Value | None]]:
    """Two restated sentences: a value of one that agrees with nothing in the other, while
    the other has its own such value that conflicts with it. Anchors are not needed: the
    sentences say the same thing, and a restatement may move a date ("In 2011, ...")."""
    diffs = []
    # near-identical sentences: a restatement may move a value to another verb ("In 2011, ...")
    close = len(a.words & b.words) >= 0.6 * len(a.words | b.words)
    for kind in ("date", "place", "num", "age"):
        va = [v for v in a.values if v.kind == kind]
        vb = [v for v in b.values if v.kind == kind]
        if not va or not vb:
            continue
        if kind in ("num", "age"):
            # a count keeps what it counts ("rounds", "people"); only a date may move
            va = [x for x in va if any(x.anchor == y.anchor for y in vb)]
            vb = [y for y in vb if any(x.anchor == y.anchor for x in va)]
        # one-to-one: each value matched at most once ("on Friday ... signed on Friday")
        ua, ub = list(va), []
        for y in vb:
            m = next((x for x in ua if _matches(F, kind, x, y)), None)
            if m is not None:
                ua.remove(m)
            else:
                ub.append(y)
        hit = next(((x, y) for y in ub for x in ua if _matches(F, kind, x, y) is False and (close or x.verb == y.verb)
                    and (kind == "place" or x.anchor == y.anchor)), None)  # "since 2016" bounds, never dates
        if hit:
            diffs.append((kind, hit[0], hit[1]))
    if _flips(a, b):
        diffs.append(("negation", None, None))
    return diffs


def _compare(F: Facts, a: Statement, b: Statement) -> list[tuple[str, Value | None, Value | None]]:
    """What differs between two parallel statements: [(kind, value in a, value in b)]."""
    if a.sentence:
        return _compare_sentences(F, a, b)
    diffs = []
    for kind in ("date", "place", "num", "age"):
        va = [v for v in a.values if v.kind == kind]
        vb = [v for v in b.values if v.kind == kind]
        if not va or not vb:
            continue
        for y in vb:
            same_anchor = [x for x in va if x.anchor == y.anchor and x.unit == y.unit and x.verb == y.verb]
            if not same_anchor:
                continue
            if kind == "date":
                res = [_date_conflict(x, y) for x in same_anchor]
                if any(r is False for r in res) or any(_date_conflict(x, y) is False for x in va):
                    continue
                hits = [x for x, r in zip(same_anchor, res) if r]
                # the other side's date must not also appear here (a fronted year, restated)
                if hits and not any(_date_conflict(h, z) is False for h in hits for z in vb):
                    diffs.append((kind, hits[0], y))
            elif kind == "place":
                if any(not _place_conflict(F, x, y) for x in va):
                    continue
                hits = [x for x in same_anchor if not any(not _place_conflict(F, x, z) for z in vb)]
                if hits:
                    diffs.append((kind, hits[0], y))
            else:
                if any(not _num_conflict(x, y) for x in va if x.unit == y.unit):
                    continue
                hits = [x for x in same_anchor if all(_num_conflict(x, z) for z in vb if z.unit == x.unit)]
                if hits:
                    diffs.append((kind, hits[0], y))
    flips = _flips(a, b)
    if flips:
        diffs.append(("negation", None, None))
    return diffs


def _flips(a: Statement, b: Statement) -> list[str]:
    """Verbs negated in one statement and not in the other (each used one way in each)."""
    if not a.finite or not b.finite:
        return []
    if (a.compare or b.compare) and not (a.key and a.key == b.key) and \
            len(a.words & b.words) < 0.8 * len(a.words | b.words):
        return []  # "never as tough as X" against "tougher than": a comparison turned round
    na: dict[str, set[bool]] = {}
    nb: dict[str, set[bool]] = {}
    for lem, neg in a.negs:
        na.setdefault(lem, set()).add(neg)
    for lem, neg in b.negs:
        nb.setdefault(lem, set()).add(neg)
    return [lem for lem in na if lem in nb and len(na[lem]) == 1 and len(nb[lem]) == 1 and na[lem] != nb[lem]]


LIGHT_VERBS = frozenset({"be", "have", "do", "get", "make", "go", "take", "come"})


def _change_size(x, y) -> bool:
    """Two sizes of one change, each a percentage on the verb of change ("revenue rises 12%",
    "revenue rose 9 percent"): a figure that does not change with time, unlike "rose to"."""
    if not (x.anchor == y.anchor == "percent" and x.verb in CHANGE_VERBS and y.verb in CHANGE_VERBS):
        return False
    a, b = sorted((float(x.value), float(y.value)), key=lambda v: v != int(v))
    return not (a == int(a) and b != int(b) and round(b) == a)  # "up 5%" is "4.9 per cent" rounded
def _bounds(st: Statement) -> set[str]:
    """The bounds of a period a statement is said over ("since 2011", "until May"): a
    negation over a period is not the denial of one act on one day."""
    return {v.anchor.lstrip("*") for v in st.values if v.kind == "date" and v.anchor.lstrip("*") in BOUND_PREPS}


KIND_CODE = {"date": "CD404", "place": "CD404", "num": "CD405", "age": "CD403", "negation": "CD406"}
KIND_NOUN = {"date": "date", "place": "place", "num": "figure", "age": "age"}


def _statement_conflicts(doc: Document, F: Facts, used: set[tuple[int, int]]) -> Iterator[Conflict]:
    incidents = _incident_spans(doc)
    sized_pairs = F.sized_pairs()
    sized = {(id(a), id(b)) for a, b in sized_pairs}
    for a, b in F.parallel() + sized_pairs:
        pair = (min(a.sent_start, b.sent_start), max(a.sent_start, b.sent_start))
        if pair in used:
            continue
        diffs = _compare(F, a, b)
        if (id(a), id(b)) in sized:  # only the sizes of the change are one statement's
            diffs = [d for d in diffs if d[0] == "num" and _change_size(d[1], d[2])]
        if not diffs:
            continue
        kinds = {k if k != "age" else "num" for k, _, _ in diffs}
        if len(kinds) != 1:
            continue  # more than one thing differs: another event, not a changed value
        kind, x, y = diffs[0]
        if kind == "num" and ((a.marks | b.marks) - {"also"}) and not (
                _change_size(x, y) and "again" not in a.marks | b.marks):
            continue  # "rose to", "now", "so far": a figure that changes
        if kind == "num" and _other_periods(F, a, b, x, y, sizes=(id(a), id(b)) in sized):
            continue  # this year's forecast against last year's result; a poll at two times
        if kind == "num" and _other_scopes(F, a, b):
            continue  # "Among Northern voters, 60% ..." against "Among Southern voters, 35% ..."
        if kind == "num" and _qualified_apart(F, a, x, b, y):
            continue  # "to win the Republican nomination" against "to win the nomination"
        if kind == "num" and (_defines_group(F, x) and _defines_group(F, y)):
            continue  # "people who drank one cup a day" against "... two to three cups": two groups
        if kind == "num" and (id(a), id(b)) not in sized and _measured_apart(F, x, y):
            continue  # "the average price of all vehicles" against "... of sedans"
        if kind in ("num", "age", "place") and not a.sentence and (a.indefinite or b.indefinite):
            continue  # "A 37-year-old man was arrested ...": each such sentence may be another man
        if kind in ("num", "age") and (x.indef or y.indef):
            continue
        if kind != "negation" and _other_topics(a, b):
            continue  # "The estimated cost is ..." of two projects, in two paragraphs
        if kind == "num" and (a.certainty == "hedged") != (b.certainty == "hedged"):
            continue  # "would open at least ten more" against "opens nine": a plan and a result
        if kind != "negation" and "hedged" in (a.certainty, b.certainty) and a.source.kind == b.source.kind == "attributed":
            continue  # two sources' forecasts or guesses: opinions, not one fact
        if kind == "date" and ({"again", "also"} & (a.marks | b.marks)) and not (
                a.marks == b.marks and restated(a, b)):
            continue  # "also ... in 2013": another time; the same words twice are one event
        if kind == "date" and _in_incident(incidents, a, b):
            continue  # CD104's day conflict
        if kind == "negation" and (a.certainty != b.certainty or a.certainty == "unknown"):
            continue
        if kind == "negation" and _bounds(a) != _bounds(b):
            continue  # "had not reached the final since 2011" against "reached the final on Sunday"
        if kind == "negation" and a.verb in ("be", "have") and len(a.words & b.words) < 3:
            continue
        if kind == "negation":
            flips = _flips(a, b)
            if len(flips) > 1:
                continue
            if a.sentence and flips[0] in LIGHT_VERBS and not (a.root == b.root == flips[0]):
                continue
            small = min(len(a.words), len(b.words))
            if len(a.words & b.words) < (small if small < 10 else 0.9 * small):
                continue  # a negation must restate the same words: "not X based on Y" is not "X"
            if _unasserted(F, a, flips[0]) or _unasserted(F, b, flips[0]):
                continue  # "not to say that X would not ...", "no belief that X would ...": neither side claims X
        used.add(pair)
        sa = Span(a.sent_start, a.sent_end, F.text[a.sent_start:a.sent_end].rstrip(), "first")
        sb = Span(b.sent_start, b.sent_end, F.text[b.sent_start:b.sent_end].rstrip(), "second")
        sa = _trim(sa)
        sb = _trim(sb)
        fa = _pseudo(a)
        fb = _pseudo(b)
        la, lb = _line(F, a.sent_start), _line(F, b.sent_start)
        if kind == "negation":
            a_neg = any(n for lem, n in a.negs if lem in _flips(a, b))
            pos, neg = (la, lb) if not a_neg else (lb, la)
            msg = (f"the same statement is made and negated: line {pos} asserts it, line {neg} says not "
                   f"(“{_short(F, a if not a_neg else b)}”)")
        else:
            noun = KIND_NOUN[kind]
            xa = x.text if kind != "date" else x.text
            msg = (f"the same statement gives two {noun}s: {_says_stmt(F, a, xa, la)}; "
                   f"{_says_stmt(F, b, y.text, lb)} (“{_short(F, b)}”)")
        code = KIND_CODE[kind]
        ev = [sa, sb]
        sev = _severity(F, [fa], [fb], ev)
        if kind == "negation" and (a.source.kind == "attributed") != (b.source.kind == "attributed"):
            sev = "info"  # a source says one thing and the article the other: a reported dispute
        yield Conflict(code, msg, ev, sev, [], [])


# Clause links through which a verb is the content of its head: "say that ...", "no belief
# that ...", "not to say ...".
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "acl", "pcomp", "pobj", "prep"})


def _unasserted(F: Facts, st: Statement, lemma: str) -> bool:
    """Negation scope: whether every ``lemma`` verb of the statement's sentence is the content
    of something negated above it: a negated verb of saying or thinking ("it was not to say
    that they would not go", "I don't think they went") or a noun with "no" ("there is no
    sign that they went"). Such a clause is neither asserted nor denied, so its own "not" is
    no denial and its lack of one no assertion."""
    tok = F.token_at(st.sent_start)
    if tok is None:
        return False
    verbs = [t for t in tok.sent if t.lemma_.lower() == lemma and t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return False

    def under_negation(t) -> bool:
        seen = 0
        while t.dep_ in _CONTENT_DEPS and t.head is not t and seen < 6:
            t, seen = t.head, seen + 1
            if any(c.dep_ == "neg" for c in t.children):
                return True
            if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
                return True
        return False

    return all(under_negation(v) for v in verbs)


# A capitalised word inside a sentence that qualifies the word after it ("the Republican
# nomination", "Senate seats"): a proper adjective or a name used as a modifier.
QUALIFIER_RE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+)(?= [a-z])")


def _qualified_apart(F: Facts, a: Statement, x: Value, b: Statement, y: Value) -> bool:
    """Two figures for things a name qualifies differently: after its figure, one side
    narrows what is counted ("1,500 votes to win the Northern seat") and the other does not
    ("1,900 votes to win the seat"), so the plain one may be the other party's, region's or
    body's; or each names its own ("32% of Northern claims", "22% of Southern claims"). A
    restatement keeps what it counts; this is two things, not one changed."""
    def qualifiers(st: Statement, v: Value) -> set[str]:
        after = F.text[v.end:st.sent_end]
        cut = re.search(r"\d|[,;:(–—]|\bcompared\b", after)  # to the next figure or clause
        found = {m.group(1).lower() for m in QUALIFIER_RE.finditer(after[:cut.start() if cut else len(after)])}
        before = F.text[st.sent_start:v.start]
        if before.rstrip().endswith("(") or before.rstrip().endswith("($"):
            # a figure in brackets is the noun phrase's before it: "a majority of Northern
            # claims (54%)", back to the clause's start
            np = re.split(r"[,;:–—]|\bcompared\b|\d", before.rstrip()[:-1])[-1]
            found |= {m.group(1).lower() for m in QUALIFIER_RE.finditer(" " + np if np[:1].isupper() else np)}
        return found

    return qualifiers(a, x) != qualifiers(b, y)


MEASURED_PREPS = frozenset({"of", "for", "among", "on"})


def _measured(F: Facts, v: Value) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """What a figure measures: the nouns, names and model numbers under its clause's subject
    (bar the subject's head: "the average price of a new sedan" -> sedan) and in an
    of/for/among/on phrase on the verb or the figure ("paid $31,000 for a sedan", "the camera
    on the Max"); apart, the adjectives among them ("decaffeinated coffee", "a used
    bicycle"); and apart again the words on the subject's own head ("single tickets", "the
    huge blaze"), which tell two things apart only when both sides have them."""
    tok = F.token_at(v.start)
    if tok is None:
        return None
    verb = tok
    while verb.head is not verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    words, head_quals = [], set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            words += [t for t in c.subtree if t.i not in (c.i, tok.i) and not (t.head.i == c.i and t.dep_ in ("amod", "compound"))]
            head_quals |= {t.lower_ for t in c.children if t.dep_ in ("amod", "compound") and t.i != tok.i}
    for h in (verb, tok, tok.head):
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in MEASURED_PREPS:
                words += [t for t in p.subtree if t.i != tok.i]
    things = frozenset(_what(t) for t in words if t.pos_ in MEASURED_POS or (t.is_title and not t.is_sent_start))
    qualities = frozenset(t.lower_ for t in words if t.dep_ == "amod")
    return things, qualities, frozenset(head_quals)


# a common noun, a name or a model number says what is measured ("the camera on the Max",
# "the camera on the 12", "the price of all vehicles"); a capital mid-sentence is part of a
# name whatever the tagger calls it ("the Velox Plus")
MEASURED_POS = frozenset({"NOUN", "PROPN", "NUM"})


def _defines_group(F: Facts, v: Value) -> bool:
    """A figure inside a defining relative clause on its clause's subject ("People who drank
    one cup a day were 6 percent less likely ..."): it says who the sentence is about, not
    what it says of them. A clause set off by a comma ("The bridge, which carries 13,000
    vehicles a day, ...") only describes: its figure is a claim."""
    tok = F.token_at(v.start)
    t, seen = tok, 0
    while t is not None and t.head is not t and seen < 8:
        if t.dep_ in ("relcl", "acl") and t.head.dep_ in ("nsubj", "nsubjpass"):
            first = t.left_edge
            return not (first.i > 0 and first.doc[first.i - 1].text == ",")
        t, seen = t.head, seen + 1
    return False


def _what(t) -> str:
    return t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_


def _measured_apart(F: Facts, x: Value, y: Value) -> bool:
    """Two figures of one measure said of two different things: "the average price of all
    vehicles was $26,150" and "the average price of sedans was $17,800"; "the fare for
    adults" and "the fare for children"; "coffee" and "decaffeinated coffee". Each names what
    it measures and neither names all that the other does (or the same things with other
    qualities), so one is not the other restated with a changed figure."""
    mx, my = _measured(F, x), _measured(F, y)
    if not mx or not my:
        return False
    (tx, qx, hx), (ty, qy, hy) = mx, my
    if hx and hy and hx != hy:
        return True  # "single tickets" and "student tickets"; "the huge blaze" is still "the blaze"
    if qx != qy and (tx or ty):
        return True  # "coffee" and "decaffeinated coffee": a quality names another kind
    if not tx or not ty:
        return False
    return not (tx <= ty or ty <= tx)


# A sentence's fronted scope: "Among Northern voters, ...", "On economic issues, ...", "If
# they are retired, ...", "In the private sector, ..." (not a source: "According to X, ...").
SCOPE_RE = re.compile(r"^\W*(?:among|on|in|for|within|outside|if|when|where|unless|for)\b([^,;:]{3,120}),", re.I)


# "among likely voters" anywhere in the sentence: "among" always names a group
AMONG_RE = re.compile(r"\bamong\b([^,;:.()–—]{3,80})", re.I)


def _scope(F: Facts, st: Statement) -> frozenset[str]:
    m = SCOPE_RE.match(F.text[st.sent_start:st.sent_end])
    if not m:
        m = AMONG_RE.search(F.text[st.sent_start:st.sent_end])
    if not m or m.group(0).lower().lstrip("\"“‘' ").startswith(("according", "in a statement", "in an interview")):
        return frozenset()
    s, e = st.sent_start + m.start(1), st.sent_start + m.end(1)
    if F.timexes_in(s, e):
        return frozenset()  # "In March, ...": a time, the period test's
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", m.group(1))
                     if len(w) > 2 and w.lower() not in STOP_WORDS)


def _other_scopes(F: Facts, a: Statement, b: Statement) -> bool:
    """Two figures each under its own fronted scope ("Among retired voters, 60% ..." and
    "Among young voters, 35% ..."; "If they are renters, the rate is 33 percent" and "If they
    are owners, ... 12 percent"): one measure for two groups, not one statement changed.
    So too when one sentence opens with a scope whose words the other never uses ("In the
    private sector, clerks earn $30,000" against "Clerks in the civil service earn $28,000"):
    the other is the whole or another group. A date in front is the period test's; a source
    in front ("According to X") is no scope."""
    sa, sb = _scope(F, a), _scope(F, b)
    if sa and sb:
        return sa != sb
    one, other = (sa, b) if sa else (sb, a)
    if not one:
        return False
    words = set(re.findall(r"[^\W\d_][\w'’-]*", F.text[other.sent_start:other.sent_end].lower()))
    return not one & words


def _other_topics(a: Statement, b: Statement) -> bool:
    """Two clauses whose subject is a bare common noun ("the cost", "the total"), in two
    paragraphs whose sentences otherwise say different things: the noun belongs to each
    paragraph's own topic, so the clauses need not be about one thing."""
    if a.sentence or not (a.elliptic and b.elliptic) or a.block == b.block:
        return False
    wa, wb = a.sent_words, b.sent_words
    return bool(wa and wb) and len(wa & wb) < 0.5 * len(wa | wb)


def _trim(s: Span) -> Span:
    start, end, text = s.start, s.end, s.text
    while text and text[-1] in " \n\t":
        text = text[:-1]
        end -= 1
    while text and text[0] in " \n\t":
        text = text[1:]
        start += 1
    return Span(start, end, text, s.role)


class _Pseudo:
    def __init__(self, st: Statement):
        self.source = st.source
        self.certainty = st.certainty
        self.evidence = Span(st.start, st.end, "")


def _pseudo(st: Statement) -> _Pseudo:
    return _Pseudo(st)


def _says_stmt(F: Facts, st: Statement, value: str, line: int) -> str:
    if st.source.kind == "attributed":
        return f"{source_label(st.source)}, quoted on line {line}, says {value}"
    return f"line {line} says {value}"


def _short(F: Facts, st: Statement) -> str:
    t = " ".join(F.text[st.start:st.end].split())
    return t if len(t) <= 90 else t[:87].rsplit(" ", 1)[0] + "…"


def _incident_spans(doc: Document) -> list[tuple[int, int]]:
    try:
        from ..time.life import incidents_of

        return [(i.evidence.start, i.evidence.end) for i in incidents_of(doc)]
    except Exception:
        return []


def _in_incident(spans: list[tuple[int, int]], a: Statement, b: Statement) -> bool:
    def hit(st: Statement) -> bool:
        return any(s < st.sent_end and e > st.sent_start for s, e in spans)

    return hit(a) and hit(b)


# --------------------------------------------------------------------------- findings


# A figure said of a time to come: a forecast, an outlook, a target.
FORECAST_RE = re.compile(r"\b(?:will|expects?|expected|expecting|forecasts?|forecast(?:ed|ing)|projects?|"
                         r"projected|predicts?|predicted|outlook|guidance|targets?|estimates? for|"
                         r"on course|on track|set to)\b", re.I)


def _periods(F: Facts, st: Statement) -> set[tuple[str, str | None]]:
    return {(t.value, t.mod) for t in F.timexes_in(st.sent_start, st.sent_end)
            if t.type == "DATE" and cal.value_range(t.value)}


def _earlier_period(F: Facts, periods: set[tuple[str, str | None]]) -> bool:
    """A change dated to a period that ended a year or more before publication, or measured
    over years ("over three years"): not the change the undated sentence reports now."""
    pub = F.doc.article.published
    if pub is None:
        return False
    ends = [rng[1] for value, _ in periods if (rng := cal.value_range(value)) is not None]
    return bool(ends) and all((pub - end).days >= 180 for end in ends)


_YEARS = re.compile(r"^P(?:\d+(?:\.\d+)?|X)(?:Y|DE|CE)$")
_RATE_WORDS = re.compile(r"^(?:a|an|per|each|every)\b", re.I)


def _spanned(F: Facts, st: Statement) -> frozenset[str]:
    """What a change is measured over besides one period: a span of years ("over
    three years", "in the past decade"), a start ("since 2019") or a yearly rate ("6 percent a
    year"). Two sizes of one change are compared only when they are measured alike."""
    out = set()
    for t in F.timexes_in(st.sent_start, st.sent_end):
        if t.type == "DURATION" and _YEARS.match(t.value or "") and t.value != "P1Y":  # "annual" is one period
            out.add(f"over {t.value}")
        elif t.type == "SET" and _RATE_WORDS.match(t.text):
            out.add(f"rate {t.value}")
        elif t.type == "DATE" and re.search(r"\bsince\s+(?:the\s+)?$", F.text[max(0, t.start - 12):t.start], re.I):
            out.add(f"since {t.value}")
    return frozenset(out)


def _then_and_now(F: Facts, dated: Statement, undated: Value | Statement) -> bool:
    """A figure dated days or more before publication, against the same figure in the
    present tense with no date: a reading then and a reading now, not one figure changed.
    The date of a saying ("the company said on Friday") dates the saying, not the figure."""
    from ..entities.vocab import SPEECH_VERBS
    from ..time.tense import verb_tense

    periods = []
    for t in F.timexes_in(dated.sent_start, dated.sent_end):
        if t.type != "DATE" or not cal.value_range(t.value):
            continue
        head = F.token_at(t.start)
        while head is not None and head.head is not head and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head is not None and head.lemma_.lower() in SPEECH_VERBS:
            continue
        periods.append((t.value, t.mod))
    pub = F.doc.article.published
    tok = F.token_at(undated.start if isinstance(undated, Value) else undated.verb_offset)
    while tok is not None and tok.head is not tok and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head  # the figure's own verb ("stands at 6.1"), not the sentence's "said"
    if pub is None or tok is None or verb_tense(tok) != "present":
        return False
    ends = [cal.value_range(v) for v, _mod in periods]
    return bool(ends) and all(r and (pub - r[1]).days >= 3 for r in ends)


def _other_periods(F: Facts, a: Statement, b: Statement, x: Value | None = None, y: Value | None = None,
                   sizes: bool = False) -> bool:
    """Two readings of one measure, not one statement made twice: each sentence dates its
    figure and no date is shared (a quarter and a year, last year and this year, the start
    and the end of one month), or one figure is a forecast and the other is not."""
    pa, pb = _periods(F, a), _periods(F, b)
    if pa and pb and not pa & pb:
        return True  # apart, one inside the other (a quarter of the year), or two parts of one
    if not sizes and bool(pa) != bool(pb) and _then_and_now(F, a if pa else b, (y if pa else x) or (b if pa else a)):
        return True  # "led by six points two weeks ago" against "leads by four points" (a rise's size is no reading)
    changes = sizes or a.verb in CHANGE_VERBS and b.verb in CHANGE_VERBS or (
        getattr(x, "verb", None) in CHANGE_VERBS and getattr(y, "verb", None) in CHANGE_VERBS)
    if changes and bool(pa) != bool(pb) and _earlier_period(F, pa or pb):
        return True  # "rose 11 percent in the same quarter last year": an earlier period's change
    if changes and _spanned(F, a) != _spanned(F, b):
        return True  # "have risen 30 percent over three years": a change over years, or a yearly rate
    fa = bool(FORECAST_RE.search(F.text[a.sent_start:a.sent_end]))
    fb = bool(FORECAST_RE.search(F.text[b.sent_start:b.sent_end]))
    return fa != fb
