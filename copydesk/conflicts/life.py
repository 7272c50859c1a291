"""CD402 and CD403 over births, deaths, kin and ages: two places or dates of one birth or
death, two people named as one parent, two ages that cannot both hold."""

from __future__ import annotations

from datetime import date
from typing import Iterator

from ..document import Document
from ..facts import Fact, Facts
from ..model import Span
from ..time import calendar as cal
from .base import Conflict, _clusters, _dedupe, _ev, _line, _overlap, _says, _severity
from .places import _nested, place_level


# The longest a child may be born after the father's death (days); none after the mother's.
POSTHUMOUS_DAYS = {"father": 300, "mother": 0}


def _born_after_parent_died(F: Facts) -> Iterator[Conflict]:
    """CD402: a person born after a parent's death allows ("born in 1937" and "Her father
    died ... in the winter of 1935")."""
    births = {f.entity: f for f in F.facts if f.slot == "born" and f.kind == "date" and f.range()
              and f.polarity == "positive"}
    for f in F.facts:
        if f.slot != "parent_died" or f.entity not in births or not f.range():
            continue
        b = births[f.entity]
        if (b.range()[0] - f.range()[1]).days <= POSTHUMOUS_DAYS.get(f.kind, 0):
            continue
        who = F.entity_name(f.entity)
        ev = [_ev(b, "birth"), _ev(f, "death")]
        msg = (f"{who}: “{' '.join(b.evidence.text.split())}” (line {_line(F, b.evidence.start)}), but "
               f"“{' '.join(f.evidence.text.split())}” (line {_line(F, f.evidence.start)}): "
               + ("more than ten months before the birth" if f.kind == "father" else "before the birth"))
        yield Conflict("CD402", msg, ev, _severity(F, [b], [f], ev), [b], [f])


def _life_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    yield from _born_after_parent_died(F)
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
                    if (_country_only(keys[names[i]]) or _country_only(keys[names[j]])) and \
                            place_level(names[i]) != place_level(names[j]):
                        continue  # "Belgian-born" and "born in Antwerp": a country and a town
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
            evidence = [s for side in (a, b) for f in side for s in _place_spans(f)]
            msg = f"place of {who}'s {noun}: {_says(F, a, ta)}; {_says(F, b, tb)}"
            yield Conflict("CD402", msg, _dedupe(evidence), _severity(F, a, b, evidence), a, b)


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


def _place_spans(f: Fact) -> list[Span]:
    """A birth or death place's evidence: the clause, and the place where it is written apart
    ("Kilmory, the fishing village ... where he had been born")."""
    out = [_ev(f, "place")]
    v = f.value_evidence
    if v is not None and not (f.evidence.start <= v.start and v.end <= f.evidence.end):
        out.append(Span(v.start, v.end, v.text, "place"))
    return out


def _country_only(facts: list[Fact]) -> bool:
    """A place known only as a country, from a nationality word ("Belgian-born")."""
    return all(f.prep == "demonym" for f in facts)


# Countries within a country: being Welsh and British is one nationality, not two.
WITHIN = {"england": "united kingdom", "scotland": "united kingdom", "wales": "united kingdom",
          "northern ireland": "united kingdom"}


def _nationality_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    """CD402: one person given two nationalities ("the club's Belgian winger", "The Dutchman").
    A warning at most: a person may hold two, but an article that means it says so."""
    by: dict[str, dict[str, list[Fact]]] = {}
    for f in F.facts:
        if f.slot == "nationality" and f.entity and f.polarity == "positive":
            by.setdefault(f.entity, {}).setdefault(f.value, []).append(f)
    for entity, keys in by.items():
        names = [k for k in keys if WITHIN.get(k) not in keys]
        names = [k for k in names if not any(WITHIN.get(o) == k for o in keys)]
        if len(names) < 2:
            continue
        a, b = keys[names[0]], keys[names[1]]
        who = F.entity_name(entity)
        evidence = [_ev(f, "nationality") for f in a] + [_ev(f, "nationality") for f in b]
        msg = (f"{who}'s nationality: {_says(F, a, a[0].text + ' (' + names[0].title() + ')')}; "
               f"{_says(F, b, b[0].text + ' (' + names[1].title() + ')')}")
        sev = _severity(F, a, b, evidence)
        yield Conflict("CD402", msg, _dedupe(evidence), "warning" if sev == "error" else sev, a, b)


def _home_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    """CD402 (a warning): one person given two homes that do not contain each other: "Tessa
    Marling, of Ashby Vale," and "The Kelby resident said ..." (a person may have
    moved; the article that means it says so, and then the two are not both current)."""
    by: dict[str, dict[str, list[Fact]]] = {}
    for f in F.facts:
        if f.slot == "home" and f.entity and f.polarity == "positive":
            by.setdefault(f.entity, {}).setdefault(f.value, []).append(f)
    for entity, keys in by.items():
        names = list(keys)
        pair = next(((p, q) for i, p in enumerate(names) for q in names[i + 1:] if not _nested(F, p, q)), None)
        if pair is None:
            continue
        a, b = keys[pair[0]], keys[pair[1]]
        who = F.entity_name(entity)
        evidence = [_ev(f, "home") for f in a] + [_ev(f, "home") for f in b]
        msg = f"where {who} lives: {_says(F, a, a[0].text)}; {_says(F, b, b[0].text)}"
        sev = _severity(F, a, b, evidence)
        yield Conflict("CD402", msg, _dedupe(evidence), "warning" if sev == "error" else sev, a, b)

