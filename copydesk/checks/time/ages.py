"""CD101 age-mismatch and CD102 implausible-age: a stated age against a birth date, and acts
at an age no one does them."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ...time import calendar as cal
from ...time.life import (ADULT_LEMMAS, LEAD_NOUNS, ROLE_ONLY_LEMMAS, WORK_LEMMAS, PersonLife,
                          ages_at, life_of)
from ..registry import rule
from .common import (WORK_MIN_AGE, ADULT_MIN_AGE, LIGHT_LEAD_VERBS, ROLE_NOUNS, _line, _pronoun,
                     _short, _quote)


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
        dead = any(not d.quoted for d in life.deaths)
        for a in life.ages:
            if not a.reference:
                continue
            refv = a.reference
            if dead and a.reference_from == "published" and a.clause_date is not None and a.clause_date.value:
                # the dead do not age: "a 29-year-old electrician, who was stabbed on June 9,
                # 2012" is his age then, not on the day of the verdict
                refv = a.clause_date.value
            ref = cal.value_range(refv)
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
            groups.setdefault((a.age, a.top, refv), []).append((a, allowed))
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
