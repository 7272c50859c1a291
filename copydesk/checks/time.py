"""Time and arithmetic (CD1xx): ages, life events, durations and days that do not add up,
and text written for another time.

Every rule reads the life stage (``copydesk.time.life``: ages, births, deaths, dated events
and stated durations per person, and incidents placed on a day) and the time layer's
timexes; none parses a date itself. The stale-text rules (CD105 to CD107) share one
analysis, cached on the Document.

Rules and severities:

========  =====================  ==============  ==========================================
CD101     age-mismatch           arithmetic      error (needs a publication date)
CD102     implausible-age        arithmetic      warning
CD103     duration-mismatch      arithmetic      warning (needs a publication date)
CD104     day-conflict           contradiction   warning for adjacent days, error otherwise
CD105     stale-present          stale           warning
CD106     stale-relative-date    stale           warning (needs a publication date)
CD107     stale-recent-years     stale           info
========  =====================  ==============  ==========================================

CD107 is CD105's low-severity variant, kept as its own code so that a newsroom can ignore it:
present perfect about a dead person that only says what he did "in recent years" /
"recently" ("has been in and out of Baghdad in recent years") is still true of the recent
past and reads naturally in a profile; it shows the passage was written while he was alive
but is not wrong in itself. A sentence gives one finding: CD105 when any of its stale
clauses is CD105-level, else CD107.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from ..document import Document
from ..model import Finding, Span
from ..time import calendar as cal
from ..time.life import (ADULT_LEMMAS, DEATH_VERBS, LEAD_NOUNS, LEAD_VERBS, ROLE_ONLY_LEMMAS,
                         ROLE_START_LEMMAS, WORK_LEMMAS, PersonLife, ages_at, incidents_of,
                         life_of, pronoun_ambiguous)
from ..time.tense import verb_tense
from .registry import rule

WORK_MIN_AGE = 5  # a job before this age is a misreading ("in 1957 he worked", born 1957)
ADULT_MIN_AGE = 12  # founding, leading, marrying ... before this age is one too
LIGHT_LEAD_VERBS = {"take", "assume", "gain", "win", "seize"}
NON_DEATH_MAX_DAYS = 7  # arrests, crashes, blasts this far apart are more likely two events
ROLE_NOUNS = LEAD_NOUNS | {"member", "employee", "player", "officer", "soldier", "staff",
                           "worker", "partner", "host", "anchor", "correspondent", "judge",
                           "senator", "representative", "ambassador", "spokesman",
                           "spokeswoman", "spokesperson", "lawmaker", "mp", "deputy", "role",
                           "post", "position", "job", "seat", "office", "career", "tenure",
                           "time", "year", "decade", "month", "term", "division", "unit"}
# Passives and states that are true of the dead: "is thought to have been", "is survived by".
AFTERLIFE_LEMMAS = {"think", "believe", "say", "know", "consider", "regard", "see", "credit",
                    "remember", "survive", "bury", "mourn", "honour", "honor", "expect",
                    "report", "understand", "suspect", "rumor", "rumour", "accuse", "blame",
                    "allege", "estimate", "describe", "call", "name", "hail", "memorialise",
                    "memorialize", "celebrate", "commemorate", "inter", "cremate", "lay",
                    "quote", "picture", "show", "depict", "list", "identify", "claim", "deem",
                    "recall", "praise", "criticise", "criticize", "blame", "portray"}
DEATH_WORDS = {"dead", "death", "die", "kill", "killing", "funeral", "burial", "bury", "body",
               "mourn", "mourner", "survive", "memorial", "legacy", "posthumous",
               "posthumously", "victim", "casualty", "fatality", "grave", "tomb",
               "coffin", "martyr", "assassination", "murder", "execute", "execution",
               "obituary", "condolence", "tribute", "widow", "widower", "orphan",
               "assassinate", "slay", "shoot", "autopsy"}
# What stays true of someone after death: reputation and legacy ("is best known for", "has
# been associated with", "is credited with", "is remembered as").
LEGACY_LEMMAS = {"know", "remember", "credit", "associate", "note", "regard", "consider",
                 "recognise", "recognize", "celebrate", "famous", "renowned", "famed",
                 "notorious", "infamous", "revere", "honour", "honor", "hail", "link", "tie",
                 "synonymous", "acclaim", "respect", "admire", "regard", "widely", "best-known",
                 "well-known", "legendary", "iconic", "beloved", "survive", "mourn", "miss"}
RECENT_WORDS = {"recent", "recently", "lately", "past", "previously"}
# In a block the structure stage calls a caption only because it is one short present-tense
# sentence (no "pictured", no repeat), these verbs still speak about now, not about a scene.
STATIVE_LEMMAS = {"be", "remain", "have", "hope", "want", "wish", "plan", "intend", "live", "own",
                  "lead", "head", "run", "chair", "serve", "hold", "believe", "know", "think",
                  "continue", "stay", "seem", "need", "expect", "keep", "command", "control",
                  "oversee", "support", "oppose", "insist", "deny", "refuse"}


def _line(doc: Document, offset: int) -> int:
    return doc.article.line_col(offset)[0]


def _pronoun(doc: Document, eid: str) -> str:
    index = doc.extras.get("entity_index")
    g = None
    if index is not None:
        try:
            g = index.gender(eid)
        except Exception:
            g = None
    return {"m": "he", "f": "she"}.get(g, "they")


def _short(name: str) -> str:
    parts = name.split()
    return parts[-1] if len(parts) > 1 else name


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _first_day(value: str | None) -> date | None:
    rng = cal.value_range(value) if value else None
    return rng[0] if rng else None


# --------------------------------------------------------------------------- CD101

@rule("CD101", "age-mismatch", "arithmetic", "error", needs_date=True)
def age_mismatch(doc: Document) -> Iterator[Finding]:
    """What it finds: a stated age that the article's own birth date does not allow. The age
    is checked at the time it refers to: the publication date for "the 61-year-old",
    "Adeyemi, 44," or "aged 70"; the date of the event an age is tied to ("who was 55 when
    she died in May", "joined the army in 1975 at 18"); a date in the age's own clause ("In
    1985 Smith, 44, founded ..."); or the death date for someone who died well before
    publication. A birth given only as a year (or month) allows two ages, and there is no
    finding when either fits; when the article gives two birth dates, the age must fit
    neither. Ages, births and references come from the life stage.

    Why it matters: ages are among the most often wrong numbers in news copy (the age from
    last year's profile, the age at the time of an earlier story), and readers check them.

    Example: "the 61-year-old Soleimani" and "Born March 11, 1957" in a story published
    2020-01-03 give "born 1957-03-11, so 62 on 2020-01-03, not 61", suggestion "62".
    """
    lives = life_of(doc)
    for eid, life in lives.items():
        births = [b for b in life.births if b.value and cal.value_range(b.value)]
        if not births:
            continue
        best = life.birth
        groups: dict[tuple, list] = {}
        for a in life.ages:
            if not a.reference:
                continue
            ref = cal.value_range(a.reference)
            if ref is None:
                continue
            fits = False
            allowed = None
            for b in births:
                lo, hi = ages_at(cal.value_range(b.value), ref)
                if b is best:
                    allowed = (lo, hi)
                if not (a.top < lo or a.age > hi):
                    fits = True
            if fits or allowed is None:
                continue
            groups.setdefault((a.age, a.top, a.reference), []).append((a, allowed))
        for (age, top, refv), items in groups.items():
            a, (lo, hi) = items[0]
            so = f"{lo}" if lo == hi else f"{lo} or {hi}"
            said = f"{age}" if age == top else f"{age} to {top}"
            when = refv
            if a.reference_from in ("event", "death") and a.reference_evidence is not None:
                when = f"{refv} ({_quote(a.reference_evidence.text, 40)})"
            msg = f"born {best.value}, so {so} on {when}, not {said}"
            evidence = [it[0].evidence for it in items[:3]]
            evidence = [Span(e.start, e.end, e.text, "age") for e in evidence]
            evidence.append(Span(best.evidence.start, best.evidence.end, best.evidence.text, "birth"))
            if a.reference_from in ("event", "date", "death") and a.reference_evidence is not None and \
                    not any((e.start, e.end) == (a.reference_evidence.start, a.reference_evidence.end)
                            for e in evidence):
                r = a.reference_evidence
                evidence.append(Span(r.start, r.end, r.text, "reference"))
            yield Finding(code="CD101", message=msg, evidence=evidence,
                          suggestion=str(lo) if lo == hi and not a.approx else None)


# --------------------------------------------------------------------------- CD102

def _birth_estimate(doc: Document, life: PersonLife) -> tuple[tuple[date, date], object | None] | None:
    """The birth range and its evidence: the article's birth date, else what its stated
    ages imply (an age N on day D: born between D - N - 1 years + 1 day and D - N years)."""
    rng = life.birth_range()
    if rng is not None:
        return rng, life.birth
    lo, hi, ev = None, None, None
    for a in life.ages:
        if a.approx or not a.reference:
            continue
        ref = cal.value_range(a.reference)
        if ref is None or ref[1] - ref[0] > (date(2001, 1, 1) - date(2000, 1, 1)):
            continue
        first = _years_before(ref[0], a.top + 1)
        first = date.fromordinal(first.toordinal() + 1)
        last = _years_before(ref[1], a.age)
        lo = first if lo is None else max(lo, first)
        hi = last if hi is None else min(hi, last)
        ev = ev or a
    if lo is None or hi is None or lo > hi:
        return None
    return (lo, hi), ev


def _years_before(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:
        return d.replace(year=d.year - n, day=28)


@rule("CD102", "implausible-age", "arithmetic", "warning")
def implausible_age(doc: Document) -> Iterator[Finding]:
    """What it finds: a dated event put before birth or at an implausible age. The birth is
    the article's own birth date (or, without one, what the stated age implies); the event is
    implausible before birth or at an age at which it cannot have happened: a job before the
    age of 5, founding, leading, commanding,
    marrying, being elected or appointed before 12. The commonest cause is a misreading:
    "Born into a poor family in Kerman, in 1957 he worked in construction" reads as working
    in the birth year; the finding says how the sentence reads and quotes the age the
    article gives elsewhere for the same activity ("began working at 13") when it does.
    Only events with a date of their own count ("in 1999", not "before 1999" or "since").

    Why it matters: the date is attached to the wrong clause, or a year is wrong, or the age
    is; readers notice "the 30-year-old, who founded the firm in 1999" (at 9) at once.

    Example: "the 30-year-old, who founded the firm in 1999", published 2020-01-06, gives
    "founded the firm in 1999 would make Ana Ruiz 8 to 10 years old (born 1989-01-07 to
    1990-01-06 if 30 on 2020-01-06)".
    """
    lives = life_of(doc)
    for eid, life in lives.items():
        est = _birth_estimate(doc, life)
        if est is None:
            continue
        (b0, b1), bev = est
        pron = _pronoun(doc, eid)
        for ev in life.events:
            if ev.value is None or ev.prep in ("before", "after", "since", "until", "by", "till",
                                                "through", "for", "within", "over"):
                continue
            kind = "work" if ev.lemma in WORK_LEMMAS else "adult" if ev.lemma in ADULT_LEMMAS else None
            if kind is None and ev.lemma in LIGHT_LEAD_VERBS and ev.words & LEAD_NOUNS:
                kind = "adult"  # "took command of", "assumed the presidency", "took the helm"
            if kind is None:
                continue
            if ev.lemma in ROLE_ONLY_LEMMAS and not ev.words & ROLE_NOUNS:
                continue
            rng = cal.value_range(ev.value)
            if rng is None:
                continue
            lo, hi = ages_at((b0, b1), rng)
            limit = WORK_MIN_AGE if kind == "work" else ADULT_MIN_AGE
            if hi >= limit:
                continue
            name = _short(life.name)
            reads = _quote(ev.evidence.text, 60)
            if hasattr(bev, "value"):  # a LifeDate: the article's birth
                born = f"born {bev.value}"
                bspan = Span(bev.evidence.start, bev.evidence.end, bev.evidence.text, "birth")
            else:
                born = f"born {b0.isoformat()} to {b1.isoformat()} if {bev.age} on {bev.reference}"
                bspan = Span(bev.evidence.start, bev.evidence.end, bev.evidence.text, "age")
            if hi < 0:
                how = f", before {pron} {'was' if pron != 'they' else 'were'} born ({born})"
            elif rng[0].year == rng[1].year and b0.year == b1.year == rng[0].year:
                how = f", the year {pron} {'was' if pron != 'they' else 'were'} born ({born}: age 0)"
            elif lo == hi:
                how = f", at the age of {lo} ({born})"
            else:
                how = f", at the age of {max(lo, 0)} to {hi} ({born})"
            msg = f"“{reads}” reads as if {name} {_past(ev)}{how}"
            evidence = [Span(ev.evidence.start, ev.evidence.end, ev.evidence.text, "event"), bspan]
            # the age the article gives for the same kind of activity
            tied = [o for o in life.events if o.age is not None and o is not ev and
                    (o.lemma == ev.lemma or (o.lemma in WORK_LEMMAS) == (kind == "work"))]
            if tied:
                o = tied[0]
                msg += (f"; elsewhere the article says {pron} {_past(o, bare=True)} at {o.age} "
                        f"(line {_line(doc, o.evidence.start)})")
                evidence.append(Span(o.evidence.start, o.evidence.end, o.evidence.text, "age"))
            yield Finding(code="CD102", message=msg, evidence=evidence)


_PAST = {"work": "worked", "join": "joined", "found": "founded", "lead": "led", "run": "ran",
         "become": "became", "begin": "began", "marry": "married", "fight": "fought",
         "teach": "taught", "sell": "sold", "buy": "bought", "win": "won", "take": "took",
         "hold": "held", "study": "studied", "rule": "ruled", "head": "headed",
         "command": "commanded", "serve": "served", "name": "was named", "elect": "was elected",
         "appoint": "was appointed", "promote": "was promoted", "employ": "was employed",
         "hire": "was hired", "deploy": "deployed", "train": "trained", "earn": "earned",
         "open": "opened", "sign": "signed", "launch": "launched", "establish": "established",
         "graduate": "graduated", "enlist": "enlisted", "retire": "retired", "resign": "resigned"}


def _past(ev, bare: bool = False) -> str:
    """"worked in construction" from an event, for messages."""
    if ev.verb in ("begin", "start") and ev.lemma != ev.verb:
        ing = ev.lemma[:-1] + "ing" if ev.lemma.endswith("e") else ev.lemma + "ing"
        verb = ("began" if ev.verb == "begin" else "started") + " " + ing
    else:
        verb = _PAST.get(ev.lemma, ev.lemma + ("d" if ev.lemma.endswith("e") else "ed"))
    rest = ev.phrase[len(ev.lemma):].strip() if ev.phrase.startswith(ev.lemma) else ""
    out = f"{verb} {rest}".strip()
    if not bare and ev.value:
        out += f" in {ev.value}"
    return out


# --------------------------------------------------------------------------- CD103

def _role_match(d_words: frozenset, d_lead: bool, ev) -> bool:
    e_words = set(ev.words)
    e_lead = ev.lemma in LEAD_VERBS or bool(e_words & LEAD_NOUNS)
    d_org = set(d_words) - ROLE_NOUNS
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
        for d in life.durations:
            if d.quoted:
                continue
            present = d.tense == "present" or d.perfect
            if present:
                if pub is None or dr is not None:
                    continue  # present about the dead: CD105's business
                end = (pub, pub)
            else:
                if dr is None:
                    continue
                end = dr
            starts = [ev for ev in life.events
                      if ev.value and (ev.lemma in ROLE_START_LEMMAS or ev.verb in ROLE_START_LEMMAS)
                      and ev.prep in (None, "in", "on", "since", "from", "during", "at", "by")
                      and _role_match(d.words, d.lead, ev)]
            starts = [ev for ev in starts if cal.value_range(ev.value) and cal.value_range(ev.value)[0] < end[1]]
            if not starts:
                continue
            best = None
            fits = False
            for ev in starts:
                s0, s1 = cal.value_range(ev.value)
                amin = (end[0] - s1).days / 365.25
                amax = (end[1] - s0).days / 365.25
                gap = _gap(d.years, d.mod, amin, amax, present)
                if gap <= 0:
                    fits = True
                    break
                if best is None or gap < best[0]:
                    best = (gap, ev, s0, s1)
            if fits or best is None:
                continue
            gap, ev, s0, s1 = best
            if gap < max(1.0, 0.1 * d.years):
                continue
            endv = end[1].isoformat() if present else (life.death.value or end[1].isoformat())
            if cal.parse_value(ev.value)[0] == "year" or (s0.month, s0.day, s1.month, s1.day) == (1, 1, 12, 31):
                n = end[1].year - s0.year
                years = f"{n} years"
            else:
                n = int((end[1] - s0).days / 365.25)
                years = f"{n} years"
            stated = " ".join(d.evidence.text.split())
            how = f"{years} by" if present else f"at most {years} by the death on"
            msg = f"{_quote(ev.evidence.text, 60)}, so {how} {endv}, not {_stated(d)} (“{stated}”)"
            evidence = [Span(d.clause.start, d.clause.end, d.clause.text, "duration") if d.clause else d.evidence,
                        Span(ev.evidence.start, ev.evidence.end, ev.evidence.text, "start")]
            said.extend((e.start, e.end) for e in evidence)
            yield Finding(code="CD103", message=msg, evidence=evidence,
                          suggestion=f"for {n} years" if present and d.mod in (None, "EQUAL") else None)
    # any other activity ("has studied the compound for 20 years" / "first synthesized it in 2011")
    from ..conflicts import conflicts_of

    for c in conflicts_of(doc):
        if c.code == "CD103" and not any(e.start < s1 and e.end > s0 for e in c.evidence[:1]
                                         for s0, s1 in said):
            yield Finding(code="CD103", message=c.message, evidence=list(c.evidence), severity=c.severity)


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


# --------------------------------------------------------------------------- CD104

GROUP_WORDS = {"death": "death", "arrest": "arrest", "crash": "crash", "explosion": "explosion",
               "strike": "strike"}


@rule("CD104", "day-conflict", "contradiction", "error")
def day_conflict(doc: Document) -> Iterator[Finding]:
    """What it finds: one event placed on two different days. The events are a person's
    death (killed, died, was shot dead, "his death"), an arrest (arrested, detained), or a
    crash, an explosion or a military strike (by a verb or a noun: "Monday's crash"). One
    event means
    the same person (or, for a crash or a blast with no named subject, a definite mention:
    "the crash", "Monday's crash") and the same kind of event (kill/die/death;
    arrest/detain; crash/collide), with each day as the time layer resolved it (a weekday
    against the publication date). Headlines, bullets and captions count. Adjacent days
    are a warning, as time zones or a late-night event may explain them; two or more days
    apart is an error. Arrests, crashes and blasts more than a week apart are taken to be
    two events, and "another", "a second", "again" mark a new one.

    Why it matters: the day of a death or an arrest is the first fact readers and other
    outlets repeat; two days in one story means one is wrong or the story mixes time zones
    without saying so.

    Example: a bullet "killed in US drone strike on Baghdad airport late Thursday" and a
    paragraph "who was killed Friday", published Friday 2020-01-03, give "Qassem Soleimani's
    death is placed on 2020-01-02 (late Thursday, line 3) and 2020-01-03 (Friday, line 10):
    one day apart; time zones or a late-night event may explain it" (a warning).
    """
    index = doc.extras.get("entity_index")
    groups: dict[tuple, list] = {}
    for inc in incidents_of(doc):
        if inc.entity is None and not inc.definite:
            continue
        # "detained on Sunday ... formally arrested on Monday" is one process in two steps:
        # arrests compare only the same word; a death is a death whatever the verb
        key = (inc.group, inc.entity, inc.word if inc.group == "arrest" else None)
        groups.setdefault(key, []).append(inc)
    for (group, eid, _word), incs in groups.items():
        by_day: dict[str, object] = {}
        for inc in incs:
            by_day.setdefault(inc.value, inc)
        if len(by_day) < 2:
            continue
        if any(_names_time_zone(doc, inc.evidence.start) for inc in by_day.values()):
            continue  # "early Saturday, British time": the writer has said which clock
        days = sorted(by_day)
        d0, d1 = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
        spread = (d1 - d0).days
        if group != "death" and spread > NON_DEATH_MAX_DAYS:
            continue
        who = ""
        if eid is not None and index is not None:
            try:
                who = index.by_id(eid).name + "'s "
            except Exception:
                who = ""
        what = f"{who}{GROUP_WORDS[group]}" if who else f"the {GROUP_WORDS[group]}"
        parts = []
        for v in days:
            inc = by_day[v]
            parts.append(f"{v} ({inc.date_evidence.text}, line {_line(doc, inc.evidence.start)})")
        placed = " and ".join(parts) if len(parts) == 2 else ", ".join(parts[:-1]) + " and " + parts[-1]
        if spread == 1:
            msg = (f"{what[0].upper() + what[1:]} is placed on {placed}: one day apart; time zones "
                   f"or a late-night event may explain it, but the story should say which day")
            severity = "warning"
        else:
            msg = (f"{what[0].upper() + what[1:]} is placed on {placed}: {spread} days apart, "
                   f"so one of them is wrong")
            severity = "error"
        evidence = []
        for v in days:
            inc = by_day[v]
            evidence.append(Span(inc.evidence.start, inc.evidence.end, inc.evidence.text, "event"))
        yield Finding(code="CD104", message=msg, evidence=evidence, severity=severity)


TIME_ZONE_RE = re.compile(
    r"\b(?:local time|(?:[A-Z][a-z]+|[A-Z]{2,4}) time|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|"
    r"IST|JST|AEST|AEDT)\b")


def _names_time_zone(doc: Document, offset: int) -> bool:
    """True when the sentence at offset says which clock its time is on."""
    for s in doc.sentences:
        if s.start <= offset < s.end:
            return bool(TIME_ZONE_RE.search(s.text))
    return False


# --------------------------------------------------------------------------- stale text

@dataclass
class StaleClause:
    span: Span
    verb: object
    level: str  # warning | info
    why: str  # present | present perfect | still


@dataclass
class StaleSentence:
    entity: str
    block: int
    start: int
    end: int
    clauses: list[StaleClause] = field(default_factory=list)
    death: Span | None = None

    @property
    def level(self) -> str:
        return "warning" if any(c.level == "warning" for c in self.clauses) else "info"


def _in_quotes(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)


PEG_BLOCKS = 4  # a death reported this early is the story's news


def _dead(doc: Document, life: PersonLife):
    """The death mention to cite, when the article reports the person dead in its own
    voice or a source's (not only through a pronoun that may be resolved wrongly), and the
    death is the story's news: dated within about a year of publication, or reported in
    the headline, bullets or first paragraphs. Present tense about someone who died long
    ago is historical present or commentary, not copy written while they were alive."""
    named = [d for d in life.deaths if not d.by_pronoun]
    if not named and len(life.deaths) < 2:
        return None
    pub = doc.article.published
    recent = False
    for d in life.deaths:
        rng = cal.value_range(d.value) if d.value else None
        if rng is not None:
            # a dated death is recent or not by its date ("who died in 2015" is not news)
            if pub is None or (pub - rng[1]).days <= 400:
                recent = True
            continue
        bi = next((i for i, b in enumerate(doc.blocks) if b.start <= d.offset < b.end), None)
        if bi is not None and (bi < PEG_BLOCKS or doc.blocks[bi].kind in ("headline", "standfirst", "bullet")):
            recent = True
    if not recent:
        return None
    cands = named or life.deaths
    dated = [d for d in cands if d.value]
    # the shortest dated mention reads best in a message ("was killed Friday")
    return min(dated or cands, key=lambda d: (len(d.evidence.text) > 40, d.offset))


def _stale_analysis(doc: Document) -> list[StaleSentence]:
    cached = doc.extras.get("stale")
    if cached is not None:
        return cached
    out: list[StaleSentence] = []
    lives = life_of(doc)
    dead = {eid: _dead(doc, life) for eid, life in lives.items()}
    dead = {eid: d for eid, d in dead.items() if d is not None}
    index = doc.extras.get("entity_index")
    if not dead or index is None:
        doc.extras["stale"] = out
        return out
    quotes = doc.quoted_spans()
    for bi, (block, sdoc) in enumerate(zip(doc.blocks, doc.docs)):
        scene = False
        if block.kind == "caption":
            # a picture caption uses the historical present ("Soleimani speaks at a rally");
            # a short present-tense paragraph the structure stage took for one may not
            if _picture_caption(doc, bi):
                continue
            scene = True
        elif block.kind != "paragraph":
            continue  # headlines and bullets use the historical present too
        base = block.start
        for sent in sdoc.sents:
            found: StaleSentence | None = None
            for tok in sent:
                if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
                    continue
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or subj.lower_ in ("who", "that", "which"):
                    if subj is not None and tok.dep_ == "relcl":
                        subj = tok.head
                    else:
                        continue
                eid = _subject_entity(doc, index, subj, base)
                if eid not in dead:
                    continue
                level = _stale_level(tok)
                if level is None:
                    continue
                if scene and level[1] == "present" and tok.lemma_.lower() not in STATIVE_LEMMAS:
                    continue
                off = base + tok.idx
                if _in_quotes(quotes, off) or _in_quotes(quotes, base + subj.idx):
                    continue
                if _afterlife(tok) or _hypothetical(tok) or _suspect_parse(tok, subj):
                    continue
                s = base + min(subj.left_edge.idx if subj.pos_ != "PRON" else subj.idx, tok.idx)
                if subj.pos_ != "PRON" and subj.left_edge.i < subj.i - 4:
                    s = base + subj.idx
                e = _clause_end(tok, base, doc.text)
                span = doc.span(s, e, "stale")
                if found is None:
                    found = StaleSentence(eid, bi, base + sent.start_char, base + sent.end_char,
                                          death=dead[eid].evidence)
                if eid != found.entity:
                    continue
                found.clauses.append(StaleClause(span, tok, level[0], level[1]))
            if found is not None and found.clauses:
                # present perfect next to the report of the death was written knowing of it
                # ("He is survived by ... He has authored three books"): a tense slip, not
                # older copy
                offsets = [d.offset for d in lives[found.entity].deaths]
                if any(block.start <= o < block.end for o in offsets):
                    for c in found.clauses:
                        if c.why == "present perfect":
                            c.level = "info"
                out.append(found)
    doc.extras["stale"] = out
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).casefold().strip()


def _picture_caption(doc: Document, bi: int) -> bool:
    """A caption block that says it is one ("pictured", "Photo:", a credit) or that is
    repeated next to itself (picture text pasted with its alt text)."""
    from rapidfuzz import fuzz

    from ..structure import CAPTION_CUE_RE

    text = doc.block_text(bi)
    if CAPTION_CUE_RE.search(text):
        return True
    mine = _norm(text)
    for nb in (bi - 1, bi + 1):
        if 0 <= nb < len(doc.blocks) and mine and fuzz.ratio(mine, _norm(doc.block_text(nb))) >= 90:
            return True
    return False


def _subject_entity(doc: Document, index, subj, base: int) -> str | None:
    tok = subj
    start, end = tok.idx, tok.idx + len(tok.text)
    if tok.pos_ == "PROPN":
        for c in tok.lefts:
            if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN":
                start = min(start, c.idx)
    elif tok.pos_ == "NOUN":
        det = next((c for c in tok.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the":
            return None
        start = det.idx
    elif tok.pos_ != "PRON" or tok.lower_ not in ("he", "she", "him", "her"):
        return None
    try:
        ent = index.entity_at(base + start, base + end)
    except Exception:
        return None
    if ent is None or ent.label != "PERSON":
        return None
    if tok.pos_ == "PRON" and pronoun_ambiguous(doc, base + start, ent.id, tok.lower_):
        return None
    return ent.id


def _stale_level(tok) -> tuple[str, str] | None:
    """("warning" | "info", why) for a present or present-perfect verb, else None."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = [a.lower_ for a in auxes]
    if any(w in ("will", "would", "could", "may", "might", "should", "must", "shall", "can",
                 "'ll", "’ll", "'d", "’d", "to", "wo", "ca") for w in words):
        return None
    if any(a.tag_ == "MD" for a in auxes):
        return None
    try:
        tense = verb_tense(tok)
    except Exception:
        return None
    if tense != "present":
        return None
    if tok.tag_ in ("VBG",) and not any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return None
    if tok.tag_ == "VB" and not auxes:
        return None  # an imperative or a bare infinitive
    perfect = tok.tag_ in ("VBN", "VB", "VBD", "VBP") and any(
        a.lower_ in ("has", "have", "'ve", "’ve") or a.lower_ in ("'s", "’s") and tok.tag_ == "VBN"
        for a in auxes if a.dep_ == "aux")
    if perfect:
        recent = False
        for g in tok.subtree:
            if g.dep_ in ("relcl", "ccomp", "advcl") and g.i != tok.i:
                continue
            if g.lower_ in RECENT_WORDS or g.lower_ == "since":
                recent = True
        return ("info", "present perfect") if recent else ("warning", "present perfect")
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det")
           for c in tok.children):
        return None  # "he is not on the list": a negative state stays true after death
    if any(c.lower_ in ("still",) for c in tok.children):
        return "warning", "still"
    return "warning", "present"


def _afterlife(tok) -> bool:
    """Present tense that is true of the dead: "is thought to have been", "is survived by",
    "is one of 12 people killed", "remains in custody"; or inside reported speech after a
    past verb ("said he is")."""
    lem = tok.lemma_.lower()
    if lem in DEATH_VERBS or lem in AFTERLIFE_LEMMAS and (
            any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or lem in ("survive", "lay", "remember")):
        return True
    for g in tok.subtree:
        if g.lemma_.lower() in DEATH_WORDS or g.lower_ in DEATH_WORDS or \
                g.lower_ == "remains" and g.pos_ == "NOUN" or \
                g.lower_ == "late" and g.dep_ == "amod" and g.head.pos_ == "PROPN":
            return True
    t = tok
    for _ in range(6):
        if t.head is t:
            break
        if t.dep_ == "ccomp" and (t.head.tag_ == "VBD" or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in t.head.children)):
            return True  # "he said he is ready": the tense follows the past report
        if t.dep_ != "conj":
            break
        t = t.head
    if lem in LEGACY_LEMMAS:
        return True
    # "is 61": an age; "is (perhaps) best known for", "is widely regarded as": a legacy
    if lem in ("be", "remain"):
        for c in tok.children:
            if c.dep_ in ("attr", "acomp", "oprd") and (c.like_num or c.lemma_.lower() in LEGACY_LEMMAS or
                                                        "known" in c.lower_):
                return True
    return False


def _hypothetical(tok) -> bool:
    """"If Oswald is in the rear ...": a condition, not a statement about now."""
    t = tok
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for c in t.children):
            return True
        if t.dep_ not in ("conj",) or t.head is t:
            return False
        t = t.head
    return False


def _suspect_parse(tok, subj) -> bool:
    """A finite verb between the subject and the verb that is not the verb's own auxiliary
    means the parser hung the subject on the wrong verb ("Jabari ... was allegedly
    responsible for ... multiples terrorist attacks", with "multiples" tagged a verb)."""
    if subj.i > tok.i:
        return False
    own = {c.i for c in tok.children} | {a.i for a in tok.ancestors}  # "X was ... and has been"
    for t in tok.doc[subj.i + 1:tok.i]:
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in own and t.head.i != tok.i:
            if any(a.i == subj.i for a in t.ancestors) or t.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                continue  # inside a relative clause on the subject: "Lopez, who lives ..., is"
            return True
    return False


def _clause_end(tok, base: int, text: str) -> int:
    """End of a short readable stretch after the verb: its particle and object, cut at a
    comma or 6 words."""
    end = tok.idx + len(tok.text)
    for c in tok.rights:
        if c.dep_ in ("prt", "dobj", "attr", "acomp", "xcomp", "oprd", "neg") or c.dep_ == "prep" and c.i == tok.i + 1:
            inner = {g.i for a in c.subtree if a.dep_ in ("relcl", "acl", "ccomp", "advcl") and a.i != c.i
                     for g in a.subtree}
            words = [g for g in c.subtree if not g.is_punct and g.i not in inner]
            words = [g for g in words if g.i - tok.i <= 6]
            if words:
                end = max(end, words[-1].idx + len(words[-1].text))
            break
    return base + end


@rule("CD105", "stale-present", "stale", "warning")
def stale_present(doc: Document) -> Iterator[Finding]:
    """What it finds: present tense about a person the article reports dead. Present or
    present-perfect tense in the article's own voice ("he has dismissed rumors", "she still
    hopes to", "X is the head of ..." after "X was killed"): the verb's subject resolves to
    that person
    (name, pronoun or "the general"), and the death comes from the life stage (not a
    rumoured, denied or hypothetical one). Not reported: direct quotations (speakers use
    the present), picture captions and headlines (historical present), present tense that
    is true of the dead ("is thought to have been", "is survived by", "is buried", "is one
    of 12 people killed"), reported speech after a past verb ("said he is"), and clauses
    about the death itself. Present perfect that only says what the person did "in recent
    years" or "recently" is CD107 (info). One finding per sentence.

    Why it matters: it is text written while the person was alive, pasted into the story
    of their death; it tells readers something false about now, and the passage around
    it (relative dates especially, CD106) may be just as old.

    Example: "Ana Ruiz was killed on Sunday ... While she has dismissed talk of a comeback,
    she remains the party's best-known figure" gives "“she has dismissed talk of a
    comeback” is present perfect about Ana Ruiz, whom the article reports dead (“was killed
    on Sunday”, line 1): text written while she was alive?".
    """
    for st in _stale_analysis(doc):
        if st.level != "warning":
            continue
        yield _stale_finding(doc, st, "CD105")


@rule("CD107", "stale-recent-years", "stale", "info")
def stale_recent_years(doc: Document) -> Iterator[Finding]:
    """What it finds: present perfect about the dead that only covers recent years. The
    sentence only says what the person did "in recent years", "recently" or "since ..."
    ("has been in and out of Baghdad in recent years"). It is CD105's low-severity variant: the sentence
    is still true of the recent past and reads naturally in a profile, but it shows the
    passage was written while the person was alive.

    Why it matters: it points to older copy; worth a look when the story is updated, and
    usually fine.

    Example: "Ruiz, who died on Saturday, ... Ruiz has in recent years become a fixture on
    talk shows" gives "“Ruiz has in recent years become” is present perfect about Ana Ruiz,
    whom the article reports dead (...): written while she was alive; usually fine".
    """
    for st in _stale_analysis(doc):
        if st.level != "info":
            continue
        yield _stale_finding(doc, st, "CD107")


def _stale_finding(doc: Document, st: StaleSentence, code: str) -> Finding:
    index = doc.extras.get("entity_index")
    name = index.by_id(st.entity).name if index is not None else st.entity
    pron = _pronoun(doc, st.entity)
    c = st.clauses[0] if code == "CD107" else next(c for c in st.clauses if c.level == "warning")
    tense = "present perfect" if c.why == "present perfect" else "present tense"
    death = st.death
    msg = (f"“{_quote(c.span.text, 60)}” is {tense} about {name}, whom the article reports dead "
           f"(“{_quote(death.text, 50)}”, line {_line(doc, death.start)})")
    if code == "CD105":
        msg += f": text written while {pron} {'was' if pron != 'they' else 'were'} alive?"
    else:
        msg += f": written while {pron} {'was' if pron != 'they' else 'were'} alive; usually fine"
    evidence = []
    seen = set()
    for cl in st.clauses:
        if code == "CD105" and cl.level != "warning":
            continue
        key = (cl.span.start, cl.span.end)
        if key in seen:
            continue
        seen.add(key)
        evidence.append(Span(cl.span.start, cl.span.end, cl.span.text, "stale"))
        if len(evidence) == 3:
            break
    evidence.append(Span(death.start, death.end, death.text, "death"))
    return Finding(code=code, message=msg, evidence=evidence)


# --------------------------------------------------------------------------- CD106

def _mentions(doc: Document, eid: str, start: int, end: int) -> bool:
    index = doc.extras.get("entity_index")
    if index is None:
        return False
    try:
        return any(ent.id == eid for _m, ent in index.mentions_in(start, end))
    except Exception:
        return False


@rule("CD106", "stale-relative-date", "stale", "warning", needs_date=True)
def stale_relative_date(doc: Document) -> Iterator[Finding]:
    """What it finds: a relative date inside a passage written before the death. A relative
    date ("last September", "next year", "this month") in a passage that CD105 shows was
    written earlier. The passage is the paragraph of the
    CD105 sentence and the paragraph just before and just after it when they are about the
    same person (they mention them); a paragraph that holds a date on or after the death or
    reports the death was written after it and is left out. Only dates the time layer
    resolved against the publication date count; a date relative to another date in the
    text ("two years later") moves with it. The message gives the date it was resolved to.

    Why it matters: "last September" in a profile written in 2018 means September 2017; in
    the obituary published in 2020 it reads as September 2019. The relative date must be
    made absolute or checked.

    Example: "She has dismissed talk of a comeback" (about a woman reported dead) and, in
    the next paragraph, "after the referendum last September" give "“last September” was
    resolved against the publication date (2020-01-06) as 2019-09, but the passage appears
    to be older copy (present tense about Ana Ruiz, who is reported dead, line 3)".

    Also: an act done once in a life (retiring, graduating, emigrating) dated relative to
    the publication date in one place ("since retiring last year") and absolutely in another
    ("retired in June 2019"), the two apart: the relative date was written for another day.
    """
    pub = doc.article.published
    if pub is None:
        return
    from ..conflicts import conflicts_of

    for c in conflicts_of(doc):
        if c.code == "CD106":
            yield Finding(code="CD106", message=c.message, evidence=list(c.evidence), severity=c.severity)
    lives = life_of(doc)
    blocks = doc.blocks
    # each block of a passage -> the CD105 sentences whose passage holds it
    owners: dict[int, list] = {}
    for st in _stale_analysis(doc):
        if st.level != "warning":
            continue
        life = lives.get(st.entity)
        dr = life.death_range() if life else None
        death_first = dr[0] if dr else pub
        death_offsets = [d.offset for d in life.deaths] if life else []
        for nb in (st.block - 1, st.block, st.block + 1):
            if not 0 <= nb < len(blocks) or blocks[nb].kind not in ("paragraph", "caption") or \
                    blocks[nb].kind == "caption" and _picture_caption(doc, nb):
                continue
            b = blocks[nb]
            if nb != st.block and not _mentions(doc, st.entity, b.start, b.end):
                continue
            if any(b.start <= o < b.end for o in death_offsets):
                continue  # it reports the death: written after it
            later = False
            for t in doc.timexes:
                # an absolute date on or after the death: written after it (a relative date
                # proves nothing: it was resolved against the publication date)
                if b.start <= t.start < b.end and t.type in ("DATE", "TIME") and t.anchor is None:
                    rng = cal.value_range(t.value)
                    if rng is not None and rng[1] >= death_first:
                        later = True
                        break
            if later:
                continue
            owners.setdefault(nb, []).append(st)
    index = doc.extras.get("entity_index")
    for t in doc.timexes:
        if t.anchor != "published" or t.type not in ("DATE", "TIME"):
            continue
        if cal.parse_value(t.value) is None:
            continue
        bi = next((i for i in owners if blocks[i].start <= t.start < blocks[i].end), None)
        if bi is None:
            continue
        # the nearest CD105 sentence marks it: in its own block first
        st = min(owners[bi], key=lambda x: (x.block != bi, abs(x.start - t.start)))
        clause = next(c for c in st.clauses if c.level == "warning").span
        name = index.by_id(st.entity).name if index is not None else st.entity
        msg = (f"“{t.text}” was resolved against the publication date ({pub.isoformat()}) as "
               f"{t.value}, but the passage appears to be older copy (present tense about "
               f"{name}, who is reported dead, line {_line(doc, clause.start)}): check which "
               f"date is meant and write it out")
        yield Finding(code="CD106", message=msg,
                      evidence=[doc.span(t.start, t.end, "date"),
                                Span(clause.start, clause.end, clause.text, "stale")])
