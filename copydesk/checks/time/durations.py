"""CD103 duration-mismatch: a stated duration ("for 15 years") against the dates of the post
or act it measures."""

from __future__ import annotations

import re

from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...time import calendar as cal
from ...time.life import LEAD_NOUNS, LEAD_VERBS, ROLE_START_LEMMAS, life_of
from ...facts.vocab import END_PASSIVE_ONLY, END_VERBS
from ..registry import rule
from .common import ROLE_NOUNS, _quote


_AS_ROLE = re.compile(r"\bas (?:an? |the |its |their |his |her )?")


def _stems(ws) -> set[str]:
    """Words with the bases of their agent nouns and gerunds: "miner" also "mine", "farmer"
    and "farming" also "farm"."""
    out = set(ws)
    for w in ws:
        if len(w) > 4 and w.endswith(("er", "or")):
            out |= {w[:-1], w[:-2]}
        elif len(w) > 5 and w.endswith("ing"):
            out.add(w[:-3])
    return out


def _role_match(d_words: frozenset, d_lead: bool, ev, who: frozenset = frozenset()) -> bool:
    d_stems = _stems(set(d_words) - who)
    as_role = _AS_ROLE.split(ev.evidence.text.lower(), 1)[1:]  # "joined the airline as a pilot"
    if ev.lemma in d_stems or as_role and d_stems & set(re.findall(r"[a-z]+", as_role[0])):
        return True  # "a teacher for 40 years" / "began teaching"; "a pilot for 26 years"
    e_words = _stems(set(ev.words) - who)
    if ev.lemma == "take over" and not e_words and d_lead and not (d_stems - LEAD_NOUNS - ROLE_NOUNS):
        return True  # "took over in 1990" and "after 25 years in charge": neither names a body
    e_lead = ev.lemma in LEAD_VERBS or bool(e_words & LEAD_NOUNS)
    d_org = _stems(set(d_words) - who) - ROLE_NOUNS
    e_org = e_words - ROLE_NOUNS
    if d_org & e_org:
        return True
    if d_org and e_org:
        return False  # two different organisations
    return bool(set(d_words) & e_words & (ROLE_NOUNS - {"time", "year", "decade", "month"})) or d_lead and e_lead


@rule("CD103", "duration-mismatch", "arithmetic", "warning", needs_date=True)
def duration_mismatch(doc: Document) -> Iterator[Finding]:
    """What it finds: a stated tenure that the role's start date does not allow. How long a
    person has held a role ("has led the board for 15 years", "As commander of the Quds
    force for more than two decades") is set against the dates the article gives for taking
    that role ("became chair in 2012", "was named commander of
    the Quds Force in 1998"). The duration is tied to the role by its clause: the same
    person, and the same organisation or role words (or a leading verb and a leading role
    with no other organisation named). The period ends at publication for the present
    ("has led"); for a past tense ("led ... for 15 years") it can only end at or before the
    person's death, so only a duration longer than the time available is reported. When
    the article gives several start dates for the role (a contradiction for CD4xx), there
    is no finding if any of them fits.

    Why it matters: "for 15 years" copied from an older profile, or a start year mistyped,
    makes the story disagree with itself.

    Example: "Lopez became chair in 2012 ... has led the board for 15 years", published
    2020-01-06, gives "became chair in 2012, so 8 years by 2020-01-06, not 15".
    """
    pub = doc.article.published
    lives = life_of(doc)
    said: list[tuple[int, int]] = []
    for eid, life in lives.items():
        dr = life.death_range()
        who = frozenset(w.lower() for w in life.name.split())  # "Pelham, a miner for 45 years"
        for d in life.durations:
            if d.quoted:
                continue
            present = d.tense == "present" or d.perfect
            # a past stint the article ends ("before retiring as president in 1962")
            stops = [] if present else _role_ends(life, d, who)
            if present:
                if pub is None or dr is not None:
                    continue  # present about the dead: CD105's business
                end = (pub, pub)
            else:
                # a past stint ends at its own dated end, the death, or (for the living) by
                # the time of writing at the latest
                end = dr or (stops[-1][1] if stops else (pub, pub))
            starts = [ev for ev in life.events
                      if ev.value and (ev.lemma in ROLE_START_LEMMAS or ev.verb in ROLE_START_LEMMAS)
                      and ev.prep in (None, "in", "on", "since", "from", "during", "at", "by")
                      and (_role_match(d.words, d.lead, ev, who) or _same_org(doc, d, ev))]
            starts = [ev for ev in starts if cal.value_range(ev.value) and cal.value_range(ev.value)[0] < end[1]]
            if not starts:
                continue
            best = None
            fits = False
            for ev in starts:
                s0, s1 = cal.value_range(ev.value)
                stop = next(((e, r) for e, r in stops if r[0] >= s0), None)
                if not present:
                    end = stop[1] if stop else dr or (pub, pub)
                before = _years_before(doc, ev)
                if before:
                    # "promoted to finance chief in 2018 after four years as treasurer": the
                    # work may have begun with the earlier post
                    s0 = s0.replace(year=s0.year - int(before), day=min(s0.day, 28))
                amin = (end[0] - s1).days / 365.25
                amax = (end[1] - s0).days / 365.25
                gap = _gap(d.years, d.mod, amin, amax, present or stop is not None)
                if gap <= 0:
                    fits = True
                    break
                if best is None or gap < best[0]:
                    best = (gap, ev, s0, s1, before, stop, end)
            if fits or best is None:
                continue
            gap, ev, s0, s1, earlier, stop, end = best
            # "more than a decade" cannot be met by 9.6 years at most; a plain "for 10 years"
            # is left a year's rounding either way, a round "for 40 years" a tenth more; an
            # unround "for 31 years" is a count
            tol = max(1.0, 0.1 * d.years) if d.years % 5 == 0 else 1.0
            if gap < (0.25 if d.mod in ("MORE_THAN", "EQUAL_OR_MORE") else tol):
                continue
            if present:
                endv = end[1].isoformat()
            elif dr is None and not stop:
                endv = f"{end[1].isoformat()}, the publication date"
            elif stop:
                endv = f"{stop[0].value} (“{_quote(stop[0].evidence.text, 50)}”)"
            else:
                endv = life.death.value or end[1].isoformat()
            if earlier:
                n = end[1].year - s0.year
                years = f"at most {n} years"
            elif cal.parse_value(ev.value)[0] == "year" or (s0.month, s0.day, s1.month, s1.day) == (1, 1, 12, 31):
                n = end[1].year - s0.year
                years = f"{n} years"
            else:
                n = int((end[1] - s0).days / 365.25)
                years = f"{n} years"
            stated = " ".join(d.evidence.text.split())
            how = f"{years} by" if present or stop else (
                f"at most {years} by" if dr is None else f"at most {years} by the death on")
            also = f" (with the {int(earlier)} years before it)" if earlier else ""
            msg = f"{_quote(ev.evidence.text, 60)}{also}, so {how} {endv}, not {_stated(d)} (“{stated}”)"
            evidence = [Span(d.clause.start, d.clause.end, d.clause.text, "duration") if d.clause else d.evidence,
                        Span(ev.evidence.start, ev.evidence.end, ev.evidence.text, "start")]
            if stop:
                evidence.append(Span(stop[0].evidence.start, stop[0].evidence.end, stop[0].evidence.text, "end"))
            said.extend((e.start, e.end) for e in evidence)
            yield Finding(code="CD103", message=msg, evidence=evidence,
                          suggestion=f"for {n} years" if present and d.mod in (None, "EQUAL") else None)
    # any other activity ("has studied the compound for 20 years" / "first synthesized it in 2011")
    from ...conflicts import conflicts_of

    for c in conflicts_of(doc):
        if c.code == "CD103" and not any(e.start < s1 and e.end > s0 for e in c.evidence[:1]
                                         for s0, s1 in said):
            yield Finding(code="CD103", message=c.message, evidence=list(c.evidence), severity=c.severity)


def _orgs_in(doc: Document, span) -> set[str]:
    index = doc.extras.get("entity_index")
    if index is None or span is None:
        return set()
    return {ent.id for _m, ent in index.mentions_in(span.start, span.end) if ent.label == "ORG"}


def _same_org(doc: Document, d, ev) -> bool:
    """"led the company for four decades" and "founded Vell Seed Co. in 1931": the stint's
    organisation, named in one and referred to in the other, is one entity."""
    return bool(_orgs_in(doc, d.clause) & _orgs_in(doc, ev.evidence))


_END_LEMMAS = END_VERBS - END_PASSIVE_ONLY  # "was fired" is the person's end, "fired her" is not
_END_PHRASALS = tuple(tuple(v.split(" ", 1)) for v in _END_LEMMAS if v.count(" ") == 1)


def _role_ends(life, d, who) -> list:
    """The dated ends of the stint a past duration measures, earliest first: the person's own
    "retired as president in 1962", "stepped down in 1990", matched to the role like a start."""
    out = []
    for ev in life.events:
        # "stepping down as chairman": the particle follows the verb in the evidence
        ended = ev.lemma in _END_LEMMAS or ev.verb in _END_LEMMAS or any(
            ev.verb == v and p in ev.evidence.text.lower().split()[1:3] for v, p in _END_PHRASALS)
        # a bare "retiring in 1972" ends every stint of a working life
        if ended and ev.value and ev.prep in (None, "in", "on", "at") \
                and (not ev.words - who or _role_match(d.words, d.lead, ev, who)) \
                and (r := cal.value_range(ev.value)):
            out.append((ev, r))
    return sorted(out, key=lambda x: x[1][0])


_AFTER_YEARS = re.compile(r"\bafter\s+(?:more than\s+|nearly\s+|almost\s+|about\s+|some\s+)?$", re.I)


def _years_before(doc: Document, ev) -> float | None:
    """The years of an earlier stint the start is said to follow ("in 2018 after four years
    as the company's treasurer"), from the durations in the event's sentence."""
    sent = doc.sentence_at(ev.evidence.start)
    if sent is None:
        return None
    for t in doc.timexes:
        if t.type != "DURATION" or not sent.start <= t.start < sent.end or t.start < ev.evidence.start:
            continue
        m = re.match(r"^P(\d+(?:\.\d+)?)Y$", t.value or "")
        if m and _AFTER_YEARS.search(doc.text[max(sent.start, t.start - 20):t.start]):
            return float(m[1])
    return None


def _stated(d) -> str:
    n = int(d.years) if d.years == int(d.years) else round(d.years, 1)
    mod = {"MORE_THAN": "more than ", "LESS_THAN": "less than ", "APPROX": "about ",
           "EQUAL_OR_MORE": "at least ", "EQUAL_OR_LESS": "at most "}.get(d.mod or "", "")
    return f"{mod}{n}"


def _gap(n: float, mod: str | None, amin: float, amax: float, present: bool) -> float:
    """How far (in years) the stated duration is from what the dates allow; <= 0 fits.
    For a past tense, the period may have ended before the death: only too long counts."""
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        need_lo, need_hi = n, float("inf")
    elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        need_lo, need_hi = 0.0, n
    elif mod == "APPROX":
        need_lo, need_hi = n - max(1.0, 0.2 * n), n + max(1.0, 0.2 * n)
    else:
        need_lo, need_hi = n - 1.0, n + 1.0
    if not present:
        # ended at or before the death: any length up to amax is possible
        return need_lo - amax
    if need_hi < amin:
        return amin - need_hi
    if need_lo > amax:
        return need_lo - amax
    return 0.0
