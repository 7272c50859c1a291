"""Contradictions between facts (CD4xx): two parts of one article that cannot both be true.

Every rule reads the facts layer (:mod:`copydesk.facts`: slot facts per entity with their
sources, and the article's clauses as statements with their values); none parses a date or
computes an age itself. All conflicts are found once per article (:func:`conflicts_of`,
cached on the Document) so that the timeline can mark them and a pair of passages is
reported by one rule only.

========  =====================  ==============  ==========================================
CD401     role-date-conflict     contradiction   start (or end) of one role or membership
CD402     life-fact-conflict     contradiction   place or date of birth or death
CD403     age-conflict           contradiction   two stated ages that cannot both hold
CD404     event-date-conflict    contradiction   the same event on two dates or in two places
CD405     quantity-conflict      contradiction   the same count given two values
CD406     certainty-conflict     contradiction   asserted here, negated or unknown there
CD407     ended-state-conflict   contradiction   a current state the article says has ended
========  =====================  ==============  ==========================================

Severity, for every rule: ``error`` when both sides are the article's own voice, asserted;
``warning`` when one or both sides are attributed (to one source or to two) or hedged and
the article does not note the disagreement; ``info`` when the article itself reports the
dispute ("X says A, but Y disputes it"). CD402 on a death placed on two adjacent days is a
warning (time zones), as CD104 has it.

One fact, one finding: a role-date conflict carries the stated tenure that supports one of
its sides ("for more than two decades") and absorbs CD103's duration finding on the same
passages; a death-date conflict absorbs CD104's. A finding that absorbs others lists them
in ``finding.absorbs`` (``[(code, [(start, end), ...]), ...]``: drop a finding of that code
whose every evidence span overlaps one of the spans); :func:`drop_absorbed` applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Iterator

from ..document import Document
from ..facts import Fact, Facts, Statement, Value, facts_of, restated, source_label
from ..model import Finding, Source, Span
from ..quotes import in_transcript
from ..time import calendar as cal
from .registry import rule

REPORT_VERBS = frozenset({"say", "tell", "add", "report", "state", "claim", "announce", "write",
                          "note", "explain", "insist", "argue", "suggest", "think", "believe",
                          "ask", "know", "see", "want"})


@dataclass
class Conflict:
    code: str
    message: str
    evidence: list[Span]
    severity: str
    a: list[Fact] = field(default_factory=list)
    b: list[Fact] = field(default_factory=list)
    absorbs: list[tuple[str, list[tuple[int, int]]]] = field(default_factory=list)
    suggestion: str | None = None


# --------------------------------------------------------------------------- shared

def _line(F: Facts, offset: int) -> int:
    return F.line(offset)


def _lines(F: Facts, facts: Iterable) -> str:
    ns = sorted({_line(F, f.evidence.start if hasattr(f, "evidence") else f.start) for f in facts})
    if len(ns) == 1:
        return f"line {ns[0]}"
    return "lines " + ", ".join(str(n) for n in ns[:-1]) + f" and {ns[-1]}"


def _side_label(F: Facts, facts: list) -> str:
    """'the article says X (line 26)' / 'the State Department, quoted on line 126, says'."""
    srcs = [f.source for f in facts]
    attributed = [s for s in srcs if s.kind == "attributed"]
    if not attributed:
        return f"the article ({_lines(F, facts)})"
    names = list(dict.fromkeys(source_label(s) for s in attributed))
    who = names[0] if len(names) == 1 else " and ".join(names[:2])
    return f"{who}, quoted on {_lines(F, facts)},"


def _says(F: Facts, facts: list, value: str) -> str:
    label = _side_label(F, facts)
    if label.startswith("the article ("):
        return f"the article says {value} ({label[len('the article ('):-1]})"
    return f"{label} says {value}"


def _severity(F: Facts, side_a: list, side_b: list, spans: list[Span]) -> str:
    def own(f) -> bool:
        return f.source.kind != "attributed" and getattr(f, "certainty", "asserted") in ("asserted", "unknown")

    if all(own(f) for f in side_a) and all(own(f) for f in side_b):
        return "error"
    if F.disputed(*spans):
        return "info"
    return "warning"


def _ev(f, role: str) -> Span:
    e = f.evidence
    return Span(e.start, e.end, e.text, role)


def _overlap(r1, r2) -> bool:
    return r1[0] <= r2[1] and r2[0] <= r1[1]


def _clusters(facts: list[Fact]) -> list[list[Fact]]:
    """Facts grouped by overlapping date ranges, in date order."""
    items = sorted(((f.range(), f) for f in facts if f.range()), key=lambda t: (t[0][0], t[0][1]))
    groups: list[tuple[tuple[date, date], list[Fact]]] = []
    for rng, f in items:
        for i, (grng, members) in enumerate(groups):
            if _overlap(rng, grng):
                groups[i] = ((max(grng[0], rng[0]), min(grng[1], rng[1])) if _overlap(rng, grng) else grng, members + [f])
                break
        else:
            groups.append((rng, [f]))
    return [m for _, m in groups]


def _shown(value: str) -> str:
    return value


# --------------------------------------------------------------------------- detection

def conflicts_of(doc: Document) -> list[Conflict]:
    """Every conflict in the article, found once (cached on the Document)."""
    if "conflicts" in doc.extras:
        return doc.extras["conflicts"]
    doc.extras["conflicts"] = []  # guards against re-entry from the facts layer
    F = facts_of(doc)
    out: list[Conflict] = []
    used_pairs: set[tuple[int, int]] = set()
    for finder in (_role_conflicts, _life_conflicts, _age_conflicts, _certainty_conflicts,
                   _ended_conflicts):
        try:
            out.extend(finder(doc, F))
        except Exception:  # noqa: BLE001 - one rule's odd input must not lose the others
            if doc.settings is not None and getattr(doc.settings, "debug", False):
                raise
    for c in out:
        ss = sorted({_sent_of(F, e.start) for e in c.evidence})
        for i in range(len(ss)):
            for j in range(i + 1, len(ss)):
                used_pairs.add((ss[i], ss[j]))
    out.extend(_statement_conflicts(doc, F, used_pairs))
    out.extend(_event_conflicts(doc))
    # an interview's speakers talking back and forth: not a text that contradicts itself
    out = [c for c in out if not c.evidence or not all(in_transcript(doc, e.start) for e in c.evidence)]
    doc.extras["conflicts"] = out
    if not doc.timeline and "timeline_built" not in doc.extras:
        # the facts stage not wired yet: the rules still leave the timeline on the Document
        doc.extras["timeline_built"] = True
        from ..facts import build_timeline

        doc.timeline = build_timeline(doc)
    return out


def _event_conflicts(doc: Document) -> Iterator[Conflict]:
    """Facts about events (tolls, scores, days) compared as facts about people are."""
    from .subjects import subject_conflicts

    for code, message, evidence, severity in subject_conflicts(doc):
        yield Conflict(code, message, evidence, severity)


def _sent_of(F: Facts, offset: int) -> int:
    sents = F.doc.sentences
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= offset:
            lo = mid + 1
        elif sents[mid].start > offset:
            hi = mid - 1
        else:
            return sents[mid].start
    return offset


# -- CD401 ---------------------------------------------------------------------------------

def _role_key(f: Fact) -> tuple:
    return (f.entity, f.slot, f.title, f.org)


def _org_words(F: Facts, f: Fact) -> set[str]:
    words: set[str] = set()
    if f.org and F.index is not None and re.fullmatch(r"E\d+", f.org or ""):
        try:
            ent = F.index.by_id(f.org)
            for v in [ent.name] + list(ent.variants):
                words.update(w.lower() for w in re.findall(r"[\w'-]+", v))
        except Exception:
            pass
    elif f.org:
        words.update(re.findall(r"[\w'-]+", f.org.lower()))
    return {w for w in words if len(w) > 2 and w not in ("the", "and", "of")}


def _role_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    pub = doc.article.published
    groups: dict[tuple, list[Fact]] = {}
    for f in F.facts:
        if f.slot not in ("role", "member_of") or f.aspect not in ("start", "since") or not f.time:
            continue
        if f.generic_org or f.repeat or f.polarity != "positive" or f.certainty not in ("asserted",):
            continue
        if f.org is None and f.title in ("head", "member"):
            continue  # "became president in 2006": of what?
        if not f.range():
            continue
        groups.setdefault(_role_key(f), []).append(f)
    for key, facts in groups.items():
        clusters = _clusters(facts)
        if len(clusters) < 2:
            continue
        entity, slot, title, org = key
        ends = [f for f in F.facts if f.slot == slot and f.entity == entity and f.aspect == "end"
                and f.title == title and (f.org == org or f.org is None) and f.range()]
        a, b = clusters[0], clusters[1]
        ra, rb = a[0].range(), b[0].range()
        if any(ra[1] <= e.range()[0] <= rb[0] for e in ends):
            continue  # left and came back: two terms
        # years as written, at the coarsest granularity of each side
        va = min((f.time for f in a), key=len)
        vb = min((f.time for f in b), key=len)
        support = _implied(doc, F, entity, slot, title, org, pub)
        verdict = []
        agree_a, agree_b = [], []
        for s in support:
            bound = s["before"]
            ok_a = a[0].range()[0] <= bound
            ok_b = b[0].range()[0] <= bound
            if ok_a and not ok_b:
                agree_a.append(s)
            elif ok_b and not ok_a:
                agree_b.append(s)
        who = F.entity_name(entity)
        what = "joined" if slot == "member_of" else f"took the post of {title}"
        org_name = next((f.org_text for f in facts if f.org_text), None) or (org or "")
        if slot == "member_of":
            subject = f"when {who} joined {org_name}"
        else:
            subject = f"when {who} became {title} of {org_name}" if org_name else f"when {who} {what}"
        msg = f"{subject}: {_says(F, a, va)}; {_says(F, b, vb)}"
        for side, agree, v in ((a, agree_a, va), (b, agree_b, vb)):
            if agree:
                other = vb if v == va else va
                ls = sorted({_line(F, s["span"].start) for s in agree})
                lt = f"line {ls[0]}" if len(ls) == 1 else "lines " + ", ".join(map(str, ls[:-1])) + f" and {ls[-1]}"
                why = "; ".join(dict.fromkeys(s["why"] for s in agree))
                verdict.append(f"{v} agrees with {lt} ({why}); {other} does not")
        if verdict:
            msg += ". " + " ".join(verdict)
        evidence = [_ev(f, "start") for f in a] + [_ev(f, "start") for f in b]
        for s in agree_a + agree_b:
            evidence.append(Span(s["span"].start, s["span"].end, s["span"].text, "support"))
        severity = _severity(F, a, b, evidence)
        absorbs = [("CD103", [(e.start, e.end) for e in evidence])]
        suggestion = va if agree_a and not agree_b else (vb if agree_b and not agree_a else None)
        yield Conflict("CD401", msg, _dedupe(evidence), severity, a, b, absorbs, suggestion)


def _implied(doc: Document, F: Facts, entity, slot, title, org, pub) -> list[dict]:
    """Bounds on when a role began: 'already leading X when ... in 2001' (began by 2001),
    'for more than two decades' (began more than 20 years before it ended)."""
    out = []
    life = (doc.extras.get("life") or {}).get(entity)
    death = life.death_range() if life is not None else None
    probe = Fact(id="", entity=entity, slot=slot, value=None, text=None, evidence=Span(0, 0, ""),
                 source=Source("article"), title=title, org=org)
    org_words = _org_words(F, probe)
    for f in F.facts:
        if f.entity != entity or f.slot != slot:
            continue
        if f.aspect in ("held", "held_by") and f.time and f.title == title and f.org == org and f.range():
            if f.polarity != "positive" or f.certainty != "asserted":
                continue
            why = f"already {title} in {f.time}" if f.aspect == "held_by" else f"{title} in {f.time}"
            out.append({"before": f.range()[1], "span": Span(f.evidence.start, f.evidence.end, f.evidence.text),
                        "why": why})
        elif f.aspect == "duration" and f.years:
            if not (f.words & org_words) and not (org is None and f.title == title):
                continue
            if f.title != title and not (f.words & {title}):
                if not (title == "head" and f.title == "head"):
                    continue
            if f.mod in ("LESS_THAN", "EQUAL_OR_LESS", "APPROX"):
                continue
            if f.tense == "present" and pub is not None and death is None:
                end = pub
            elif death is not None:
                end = death[1]
            else:
                continue
            years = f.years
            try:
                bound = end.replace(year=end.year - int(years))
            except ValueError:
                bound = end.replace(year=end.year - int(years), day=28)
            more = "more than " if f.mod in ("MORE_THAN", "EQUAL_OR_MORE") else ""
            n = int(years) if years == int(years) else years
            out.append({"before": bound, "span": f.evidence,
                        "why": f"{more}{n} years by {end.year} means it began by {bound.year}"})
    return out


def _dedupe(spans: list[Span]) -> list[Span]:
    seen, out = set(), []
    for s in spans:
        k = (s.start, s.end)
        if k in seen:
            continue
        seen.add(k)
        out.append(s)
    return out


# -- CD402 ---------------------------------------------------------------------------------

def _life_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    kin: dict[tuple, dict[str, list[Fact]]] = {}
    for f in F.facts:
        if f.slot == "kin":
            kin.setdefault((f.entity, f.kind), {}).setdefault(f.value, []).append(f)
    for (entity, word), named in kin.items():
        if len(named) < 2:
            continue
        (k1, a), (k2, b) = list(named.items())[:2]
        who = F.entity_name(entity)
        evidence = [_ev(f, word) for f in a] + [_ev(f, word) for f in b]
        msg = f"{who}'s {word}: {_says(F, a, a[0].text)}; {_says(F, b, b[0].text)}"
        yield Conflict("CD402", msg, _dedupe(evidence), _severity(F, a, b, evidence), a, b)
    by: dict[tuple, list[Fact]] = {}
    for f in F.facts:
        if f.slot in ("born", "died") and f.kind in ("date", "place") and f.polarity == "positive" \
                and f.certainty != "unknown":
            by.setdefault((f.entity, f.slot, f.kind), []).append(f)
    for (entity, slot, kind), facts in by.items():
        who = F.entity_name(entity)
        noun = {"born": "birth", "died": "death"}[slot]
        if kind == "date":
            clusters = _clusters(facts)
            if len(clusters) < 2:
                continue
            a, b = clusters[0], clusters[-1]
            va = min((f.value for f in a), key=len)
            vb = min((f.value for f in b), key=len)
            ra, rb = a[0].range(), b[0].range()
            gap = (rb[0] - ra[1]).days
            evidence = [_ev(f, noun) for f in a] + [_ev(f, noun) for f in b]
            severity = _severity(F, a, b, evidence)
            if slot == "died" and gap <= 1 and severity == "error":
                severity = "warning"
                extra = ": one day apart; time zones or a late-night event may explain it, but the story should say which day"
            else:
                extra = ""
            msg = f"date of {who}'s {noun}: {_says(F, a, va)}; {_says(F, b, vb)}{extra}"
            absorbs = [("CD104", [(e.start, e.end) for e in evidence])] if slot == "died" else []
            yield Conflict("CD402", msg, _dedupe(evidence), severity, a, b, absorbs)
        else:
            keys: dict[str, list[Fact]] = {}
            for f in facts:
                keys.setdefault(f.value, []).append(f)
            if len(keys) < 2:
                continue
            names = list(keys)
            # places that contain each other ("Brooklyn", "New York"), by name or by the
            # article's own wording ("Qom, Iran", "Kerman province")
            pairs = []
            for i in range(len(names)):
                for j in range(i + 1, len(names)):
                    if _nested(F, names[i], names[j]):
                        continue
                    pairs.append((names[i], names[j]))
            if not pairs:
                continue
            pa, pb = pairs[0]
            a, b = keys[pa], keys[pb]
            # the article's own voice first
            if all(f.source.kind == "attributed" for f in a) and not all(f.source.kind == "attributed" for f in b):
                a, b = b, a
            ta = a[0].value_evidence.text if a[0].value_evidence else a[0].text
            tb = b[0].value_evidence.text if b[0].value_evidence else b[0].text
            evidence = [_ev(f, "place") for f in a] + [_ev(f, "place") for f in b]
            msg = f"place of {who}'s {noun}: {_says(F, a, ta)}; {_says(F, b, tb)}"
            yield Conflict("CD402", msg, _dedupe(evidence), _severity(F, a, b, evidence), a, b)


PLACE_GENERIC = re.compile(r"\s+(?:province|county|district|region|state|city|town|village|governorate|"
                           r"prefecture|oblast|municipality|parish|borough)$")


def _nested(F: Facts, p: str, q: str) -> bool:
    p0, q0 = PLACE_GENERIC.sub("", p), PLACE_GENERIC.sub("", q)
    if p0 in q0 or q0 in p0:
        return True
    text = F.text.lower()
    for x, y in ((p0, q0), (q0, p0)):
        if re.search(rf"\b{re.escape(x)}\b(?:\s+\w+)?,\s+(?:\w+\s+){{0,2}}{re.escape(y)}\b", text) or \
                re.search(rf"\b{re.escape(x)}\b[^.\n]{{0,30}}\b(?:in|of|near)\s+(?:the\s+)?(?:\w+\s+){{0,2}}{re.escape(y)}\b", text):
            return True
    return False


# -- CD403 ---------------------------------------------------------------------------------

def _age_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    life = doc.extras.get("life") or {}
    for entity in dict.fromkeys(f.entity for f in F.facts if f.slot == "age" and f.entity):
        pl = life.get(entity)
        if pl is not None and pl.birth_range() is not None:
            continue  # CD101 checks each age against the birth date
        if any(f.slot == "born" and f.kind == "date" for f in F.about(entity)):
            continue
        ages = [f for f in F.about(entity, "age") if f.time and cal.value_range(f.time) and f.mod != "APPROX"]
        if len(ages) < 2:
            continue
        found = None
        for i, x in enumerate(ages):
            for y in ages[i + 1:]:
                bx, by_ = _born(x), _born(y)
                if bx and by_ and not _overlap(bx, by_):
                    found = (x, y)
                    break
            if found:
                break
        if not found:
            continue
        x, y = found
        who = F.entity_name(entity)
        when_x = "" if x.aspect == "published" else f" in {x.time}"
        when_y = "" if y.aspect == "published" else f" in {y.time}"
        if x.time == y.time:
            msg = f"{who}'s age: {_says(F, [x], x.value)}; {_says(F, [y], y.value)}"
        else:
            msg = (f"{who}'s age: {_says(F, [x], x.value + when_x)}; {_says(F, [y], y.value + when_y)}; "
                   f"both cannot hold")
        ev = [_ev(x, "age"), _ev(y, "age")]
        yield Conflict("CD403", msg, ev, _severity(F, [x], [y], ev), [x], [y])


def _born(f: Fact) -> tuple[date, date] | None:
    rng = cal.value_range(f.time)
    if rng is None or f.years is None:
        return None
    n = int(f.years)
    try:
        lo = rng[0].replace(year=rng[0].year - n - 1)
        hi = rng[1].replace(year=rng[1].year - n)
    except ValueError:
        lo = rng[0].replace(year=rng[0].year - n - 1, day=28)
        hi = rng[1].replace(year=rng[1].year - n, day=28)
    return lo, hi


# -- CD406 (facts) ---------------------------------------------------------------------------

def _certainty_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    cands = [f for f in F.facts if f.slot in ("participated", "event") and f.entity]
    by: dict[tuple, list[Fact]] = {}
    for f in cands:
        if f.slot == "event" and f.value in REPORT_VERBS:
            continue
        by.setdefault((f.entity, f.slot, f.value), []).append(f)
    for (entity, slot, pred), facts in by.items():
        firm = [f for f in facts if f.polarity == "positive" and f.certainty == "asserted"]
        other = [f for f in facts if f.polarity == "negative" or f.certainty == "unknown"]
        if not firm or not other:
            continue
        for o in other:
            match = [f for f in firm if _same_object(f, o, slot) and _same_time(f, o)
                     and abs(f.evidence.start - o.evidence.start) > 0 and not _same_sentence(F, f, o)
                     and (o.certainty == "unknown" or _same_words(F, f, o))]
            if not match:
                continue
            f = match[0]
            who = F.entity_name(entity)
            how = "it is not known whether" if o.certainty == "unknown" else "the article says not"
            if o.source.kind == "attributed":
                how = f"{source_label(o.source)} says it is not known whether" if o.certainty == "unknown" \
                    else f"{source_label(o.source)} says not"
            thing = "took part in" if slot == "participated" else pred
            said_f = _says(F, [f], "so")
            obj = _obj(f) if (o.text or "").lower().strip() in PRONOUN_OBJECTS or not o.text else _obj(o)
            msg = (f"whether {who} {_past(thing)} {obj}: {said_f}; "
                   f"{how} (line {_line(F, o.evidence.start)})")
            ev = [_ev(f, "asserted"), _ev(o, "negated" if o.polarity == "negative" else "unknown")]
            sev = _severity(F, [f], [o], ev)
            if (f.source.kind == "attributed") != (o.source.kind == "attributed") and o.polarity == "negative":
                sev = "info"  # one side is a source's word against the article's: a reported dispute
            yield Conflict("CD406", msg, ev, sev, [f], [o])
            break


def _past(pred: str) -> str:
    irregular = {"take part": "took part", "took part": "took part", "took part in": "took part in", "sign": "signed", "be": "was",
                 "have": "had", "lead": "led", "run": "ran", "go": "went", "make": "made",
                 "take": "took", "give": "gave", "write": "wrote", "see": "saw", "meet": "met"}
    if pred in irregular:
        return irregular[pred]
    head, _, rest = pred.partition(" ")
    if head in irregular:
        return irregular[head] + (" " + rest if rest else "")
    if head.endswith("e"):
        return head + "d" + (" " + rest if rest else "")
    return head + "ed" + (" " + rest if rest else "")


def _obj(f: Fact) -> str:
    t = " ".join((f.text or "").split())
    return t if len(t) <= 60 else t[:57].rsplit(" ", 1)[0] + "…"


PRONOUN_OBJECTS = frozenset({"it", "them", "this", "that", "so", "one"})


def _same_object(f: Fact, o: Fact, slot: str) -> bool:
    tf, to = (f.text or "").lower().strip(), (o.text or "").lower().strip()
    if tf in PRONOUN_OBJECTS or to in PRONOUN_OBJECTS:
        return o.evidence.start > f.evidence.start or f.evidence.start > o.evidence.start
    wf, wo = f.words, o.words
    if not wf and not wo:
        return slot == "participated"
    if not wf or not wo:
        return False
    shared = wf & wo
    if slot == "participated":
        return bool(shared)
    return len(shared) / max(1, min(len(wf), len(wo))) >= 0.6 and len(shared) / len(wf | wo) >= 0.4


def _same_words(F: Facts, f: Fact, o: Fact) -> bool:
    """A negation restates the same clause: "was not taken into custody based on X" is not
    the negation of "was taken into custody"."""
    wf, wo = _subtree_words(F, f.offset), _subtree_words(F, o.offset)
    if not wf or not wo:
        return False
    small = min(len(wf), len(wo))
    return len(wf & wo) >= (small if small < 10 else 0.9 * small)


def _subtree_words(F: Facts, offset: int) -> frozenset:
    from ..facts import _content

    tok = F.token_at(offset)
    if tok is None:
        return frozenset()
    return frozenset(t.lemma_.lower() for t in tok.subtree if _content(t) and t.i != tok.i)


def _same_time(f: Fact, o: Fact) -> bool:
    if not f.time or not o.time:
        return True
    rf, ro = f.range(), o.range()
    return rf is None or ro is None or _overlap(rf, ro)


def _same_sentence(F: Facts, f: Fact, o: Fact) -> bool:
    return _sent_of(F, f.evidence.start) == _sent_of(F, o.evidence.start)


# -- CD407 ---------------------------------------------------------------------------------

def _ended_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    pub = doc.article.published
    current = [f for f in F.facts if f.slot in ("role", "member_of") and f.aspect == "current"
               and f.polarity == "positive" and f.certainty == "asserted" and f.tense == "present"
               and not f.generic_org and f.title]
    ends = [f for f in F.facts if f.slot in ("role", "member_of") and f.aspect == "end"
            and f.polarity == "positive" and f.certainty == "asserted" and f.tense in ("past", "present")]
    for c in current:
        for e in ends:
            if e.entity != c.entity or e.slot != c.slot or e.title != c.title:
                continue
            if c.org and e.org and c.org != e.org:
                continue
            if c.title in ("head", "member") and not (c.org and e.org):
                continue
            if e.time and pub is not None:
                rng = e.range()
                if rng is None or rng[0] > pub:
                    continue
            if _same_sentence(F, c, e):
                continue
            who = F.entity_name(c.entity)
            role = c.title if c.slot == "role" else "member"
            org = c.org_text or e.org_text
            post = f"{role}{' of ' + org if org else ''}"
            when = f" in {e.time_evidence.text}" if e.time_evidence is not None else ""
            msg = (f"{who} as {post}: {_says(F, [c], 'still in the post')}; "
                   f"{_says(F, [e], 'the post was left' + when)}")
            ev = [_ev(c, "current"), _ev(e, "ended")]
            yield Conflict("CD407", msg, ev, _severity(F, [c], [e], ev), [c], [e])
            break


# -- CD403/CD404/CD405/CD406 from statements ----------------------------------------------

def _date_conflict(x: Value, y: Value) -> bool | None:
    """True: the dates cannot both hold; False: compatible; None: cannot tell."""
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


US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york state",
                                                       "north carolina", "north dakota", "rhode island",
                                                       "south carolina", "south dakota", "west virginia"}
COUNTRY_ALIASES = frozenset({"us", "u.s.", "u.s", "usa", "u.s.a.", "united states", "america", "uk", "u.k.",
                             "britain", "great britain", "england", "scotland", "wales", "northern ireland",
                             "russia", "south korea", "north korea", "iran", "syria", "vietnam", "laos",
                             "the netherlands", "holland", "czech republic", "ivory coast", "burma",
                             "taiwan", "palestine", "the gambia", "congo", "drc", "uae"})
_COUNTRIES: set[str] | None = None


def place_level(key: str) -> str:
    """'country', 'state' (a US state) or 'place', for a normalized place name."""
    global _COUNTRIES
    if _COUNTRIES is None:
        names = set(COUNTRY_ALIASES)
        try:  # the CLDR territory names that babel ships (a dependency of trafilatura's)
            from babel import Locale

            names |= {v.lower().replace("&", "and") for k, v in Locale("en").territories.items() if k.isalpha()}
        except Exception:  # noqa: BLE001 - without it, the aliases above
            pass
        _COUNTRIES = names
    k = key.lower().strip()
    if k in _COUNTRIES:
        return "country"
    if k in US_STATES:
        return "state"
    return "place"


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
                    and (kind not in ("num", "age") or x.anchor == y.anchor)), None)
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
KIND_CODE = {"date": "CD404", "place": "CD404", "num": "CD405", "age": "CD403", "negation": "CD406"}
KIND_NOUN = {"date": "date", "place": "place", "num": "figure", "age": "age"}


def _statement_conflicts(doc: Document, F: Facts, used: set[tuple[int, int]]) -> Iterator[Conflict]:
    incidents = _incident_spans(doc)
    for a, b in F.parallel():
        pair = (min(a.sent_start, b.sent_start), max(a.sent_start, b.sent_start))
        if pair in used:
            continue
        diffs = _compare(F, a, b)
        if not diffs:
            continue
        kinds = {k if k != "age" else "num" for k, _, _ in diffs}
        if len(kinds) != 1:
            continue  # more than one thing differs: another event, not a changed value
        kind, x, y = diffs[0]
        if kind == "num" and ((a.marks | b.marks) - {"also"}):
            continue  # "rose to", "now", "so far": a figure that changes
        if kind in ("num", "age", "place") and not a.sentence and (a.indefinite or b.indefinite):
            continue  # "A 37-year-old man was arrested ...": each such sentence may be another man
        if kind in ("num", "age") and (x.indef or y.indef):
            continue
        if kind != "negation" and _other_topics(a, b):
            continue  # "The estimated cost is ..." of two projects, in two paragraphs
        if kind != "negation" and "hedged" in (a.certainty, b.certainty) and a.source.kind == b.source.kind == "attributed":
            continue  # two sources' forecasts or guesses: opinions, not one fact
        if kind == "date" and ({"again", "also"} & (a.marks | b.marks)) and not (
                a.marks == b.marks and restated(a, b)):
            continue  # "also ... in 2013": another time; the same words twice are one event
        if kind == "date" and _in_incident(incidents, a, b):
            continue  # CD104's day conflict
        if kind == "negation" and (a.certainty != b.certainty or a.certainty == "unknown"):
            continue
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

def _findings(doc: Document, code: str) -> Iterator[Finding]:
    for c in conflicts_of(doc):
        if c.code != code:
            continue
        f = Finding(code=code, message=c.message, evidence=list(c.evidence), severity=c.severity,
                    suggestion=c.suggestion)
        if c.absorbs:
            f.absorbs = c.absorbs  # type: ignore[attr-defined]
        yield f


def drop_absorbed(findings: list[Finding]) -> list[Finding]:
    """Drop the findings that a contradiction finding has absorbed (CD103's tenure finding
    inside a role-date conflict, CD104's day conflict inside a death-date conflict)."""
    rules = [(code, spans) for f in findings for code, spans in getattr(f, "absorbs", ())]
    if not rules:
        return findings

    def absorbed(f: Finding) -> bool:
        for code, spans in rules:
            if f.code != code:
                continue
            if all(any(e.start < s1 and e.end > s0 for s0, s1 in spans) for e in f.evidence):
                return True
        return False

    return [f for f in findings if not absorbed(f)]


@rule("CD401", "role-date-conflict", "contradiction", "error")
def role_date_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: one role or membership given two start dates. The role is the title
    normalized (head, chief, commander, leader, chair, director and president are one top
    post; a deputy, vice, acting or interim post is another) of one organisation (its name
    variants joined by the entity clusters), however the article words the start ("was
    named commander of X in 1998", "promoted to head of X in 2002", "became X's chair in
    2006", "has run X since 2008", "joined X in 1979"). What else the article says about the
    start is shown as support for one side: a tenure ("for more than two decades", counted
    back from the death or the publication date) or a date the role was already held
    ("already leading X when ... in 2001"). Re-elections, returns and a term ended in between
    are not conflicts. The finding absorbs CD103's tenure mismatch on the same passages.

    Why it matters: the date a person took a post is the first fact a profile is checked
    on; two dates mean one of them is wrong.

    Example: "Okafor became chair of the Harbour Trust in 2006" and, later, "Okafor has run
    the Harbour Trust since 2009" give "when Okafor became head of the Harbour Trust: the
    article says 2006 (line 1); the article says 2009 (line 5)".
    """
    yield from _findings(doc, "CD401")


@rule("CD402", "life-fact-conflict", "contradiction", "error")
def life_fact_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: two places or two dates of one person's birth or death, or two people
    named as one person's father (or mother). Births and deaths come from the life stage,
    with each side's source (the article, or an attributed
    speaker: "The ministry has said she was born in ..."). Places that contain each other
    (a town and its province, "Lyon, France") are not a conflict. A death placed on two
    adjacent days is a warning, as time zones may explain it; this finding then stands for
    CD104's day conflict on the same passages.

    Why it matters: where and when someone was born or died are the facts readers and other
    outlets copy; two versions in one story need resolving or attributing.

    Example: "Born in Porto in 1961, Silva ..." and "The club said Silva was born in Braga"
    give "place of Silva's birth: the article says Porto (line 1); the club, quoted on line
    4, says Braga" (a warning: one side is attributed).
    """
    yield from _findings(doc, "CD402")


@rule("CD403", "age-conflict", "contradiction", "error")
def age_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: two stated ages of one person that cannot both hold at the times they
    refer to ("the 44-year-old" and, later, "Adeyemi, 47,"), when the article gives no birth
    date (CD101 checks ages against one), and the same statement restated with another age.

    Why it matters: an age copied from an earlier story is one of the commonest errors in
    news copy.

    Example: "the 44-year-old driver, Femi Adeyemi" and "Adeyemi, 47, was arrested" in the
    same story give "Femi Adeyemi's age: the article says 44 (line 1); the article says 47
    (line 3)".
    """
    yield from _findings(doc, "CD403")


@rule("CD404", "event-date-conflict", "contradiction", "error")
def event_date_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: the same event given two dates or two places. The same event is the
    same statement made twice (the same verb and subject, nearly the same words) with only
    its date or its place changed; a date that says the event happened again ("again",
    "re-elected") is not a conflict, and days of deaths, arrests, crashes and blasts are
    CD104's.

    Why it matters: a restated fact with a new year or a new town is usually a typo or a
    detail copied from another story.

    Example: "In 2004 the council approved the harbour plan" and "The council approved the
    harbour plan in 2006" give "the same statement gives two dates: line 1 says 2004; line 3
    says 2006".
    """
    yield from _findings(doc, "CD404")


@rule("CD405", "quantity-conflict", "contradiction", "error")
def quantity_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: the same count given two values: the same statement made twice with
    only a number changed (what the number counts must be the same word, and bounds must
    not overlap: "more than 30" and "41" agree). A figure the article says changed ("rose
    to", "now", "the toll", a later date) is not a conflict, nor is a number about another
    group.

    Why it matters: a death toll, a vote count or a sum that differs between two paragraphs
    is the kind of error readers notice first.

    Example: "The storm damaged 120 homes in the valley" and "the storm damaged 210 homes
    in the valley" give "the same statement gives two figures: line 1 says 120; line 4
    says 210".
    """
    yield from _findings(doc, "CD405")


@rule("CD406", "certainty-conflict", "contradiction", "error")
def certainty_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: something the article asserts in one place and negates or calls
    unknown in another: the same claim about the same entity (the claims layer's predicate
    and object, a pronoun object matching the earlier one) with opposite polarity or with
    certainty "unknown" ("it is not known if he took part", "it is unclear whether she
    signed it"), and the same statement restated with "not" added or removed.

    Why it matters: a story that says a thing happened and, later, that nobody knows whether
    it did has not decided what it knows.

    Example: "Mensah signed the open letter" and "It is unclear whether Mensah signed it"
    give "whether Mensah signed the open letter: the article says so (line 1); it is not
    known whether (line 3)".
    """
    yield from _findings(doc, "CD406")


@rule("CD407", "ended-state-conflict", "contradiction", "error")
def ended_state_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: a current role or membership ("is still the party's treasurer")
    that the article elsewhere says has ended ("quit as treasurer in June", "left the
    party last year"), for the same person and the same post.

    Why it matters: one of the two passages is out of date, usually text kept from an
    earlier version of the story.

    Example: "Duarte is still the union's treasurer" and "Duarte quit as treasurer of the
    union in March" give "Duarte as treasurer of the union: the article says still in the
    post (line 1); the article says the post was left in March (line 4)".
    """
    yield from _findings(doc, "CD407")
