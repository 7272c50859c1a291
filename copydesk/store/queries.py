"""Questions asked of the store: how much it holds, what has been claimed about a person and
by whom, and where articles or outlets disagree about a person's life."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.engine import Engine

from ..errors import CopydeskError
from . import extract
from .schema import (articles, claims, entities, entity_names, events, facts, failures, findings, mentions,
                     quotes)

ATTRIBUTES = ("birth_date", "birth_place", "death_date", "death_place", "role_start", "role_end", "age")
LABELS = {"birth_date": "birth date", "birth_place": "birthplace", "death_date": "death date",
          "death_place": "place of death", "role_start": "start of a role", "role_end": "end of a role",
          "age": "age against birth year"}
_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")


class QueryError(CopydeskError):
    """A question the store cannot answer as asked (no such person, an unknown attribute)."""


def stats(engine: Engine) -> dict:
    with engine.connect() as conn:
        def n(expr):
            return conn.execute(expr).scalar_one()
        return {
            "articles": n(select(func.count()).select_from(articles)),
            "claims": n(select(func.count()).select_from(claims)),
            "entities": n(select(func.count()).select_from(entities)),
            "people": n(select(func.count()).select_from(entities).where(entities.c.label == "PERSON")),
            "mentions": n(select(func.count()).select_from(mentions)),
            "quotes": n(select(func.count()).select_from(quotes)),
            "events": n(select(func.count()).select_from(events)),
            "facts": n(select(func.count()).select_from(facts)),
            "findings": n(select(func.count()).select_from(findings)),
            "failed": n(select(func.count()).select_from(failures)),
            "outlets": n(select(func.count(distinct(articles.c.outlet)))),
        }


def find_people(engine: Engine, name: str) -> list[dict]:
    """People whose name or a written variant has the key of `name`; else a QueryError that
    suggests the nearest names."""
    key = extract.name_key(name)
    if not key:
        raise QueryError(f"no name in {name!r}")
    with engine.connect() as conn:
        ids = sorted(set(conn.execute(
            select(entity_names.c.entity_id).join(entities, entities.c.id == entity_names.c.entity_id)
            .where(entity_names.c.key == key, entities.c.label == "PERSON")).scalars()))
        if not ids:
            from sqlalchemy import or_

            stems = [w[:4] for w in key.split() if len(w) >= 3] or [key[:4]]
            near = conn.execute(select(entities.c.name).where(
                entities.c.label == "PERSON", or_(*[entities.c.key.like(f"%{s}%") for s in stems]))
                .limit(500)).scalars().all()
            from rapidfuzz import process
            best = [m[0] for m in process.extract(name, near, limit=3, score_cutoff=60)]
            hint = f" (did you mean {', '.join(best)}?)" if best else ""
            raise QueryError(f"no person named {name!r} in the store{hint}")
        rows = conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id.in_(ids))).all()
        names = defaultdict(list)
        for eid, n in conn.execute(select(entity_names.c.entity_id, entity_names.c.name)
                                   .where(entity_names.c.entity_id.in_(ids)).order_by(entity_names.c.id)):
            names[eid].append(n)
        return [{"id": r.id, "name": r.name, "names": names[r.id]} for r in rows]


def _article_cols():
    return (articles.c.doc_id, articles.c.outlet, articles.c.published,
            articles.c.title)


def _article(row) -> dict:
    return {"article_id": row.article_id, "doc_id": row.doc_id, "outlet": row.outlet,
            "published": row.published.isoformat() if row.published else None, "title": row.title}


def person(engine: Engine, name: str, limit: int = 1000) -> list[dict]:
    """Every claim about each person of that name, by attribute, with its source and article."""
    out = []
    with engine.connect() as conn:
        for p in find_people(engine, name):
            q = (select(claims, *_article_cols()).join(articles, articles.c.id == claims.c.article_id)
                 .where(claims.c.entity_id == p["id"])
                 .order_by(claims.c.predicate, articles.c.published, articles.c.doc_id, claims.c.start).limit(limit))
            by: dict[str, list] = defaultdict(list)
            for r in conn.execute(q):
                by[r.predicate].append({
                    "predicate": r.predicate, "object": r.object, "time": r.time, "date": r.time_value,
                    "source": {"kind": r.source_kind, "name": r.source_name},
                    "polarity": r.polarity, "certainty": r.certainty,
                    "evidence": r.evidence, **_article(r)})
            said = (select(quotes.c.kind, quotes.c.text, quotes.c.article_id, *_article_cols()).join(articles, articles.c.id == quotes.c.article_id)
                    .where(quotes.c.speaker_entity_id == p["id"]).order_by(articles.c.published).limit(limit))
            n_articles = conn.execute(select(func.count(distinct(mentions.c.article_id)))
                                      .where(mentions.c.entity_id == p["id"])).scalar_one()
            out.append(dict(p, articles=n_articles, claims=dict(sorted(by.items())),
                            quotes=[{"kind": r.kind, "text": r.text, **_article(r)} for r in conn.execute(said)]))
    return out


def disagreements(engine: Engine, person_name: str | None = None, attribute: str | None = None) -> list[dict]:
    """Facts about one person on which two articles give values that cannot both hold."""
    if attribute is not None and attribute not in ATTRIBUTES:
        raise QueryError(f"--attribute must be one of {', '.join(ATTRIBUTES)}, not {attribute!r}")
    who = [p["id"] for p in find_people(engine, person_name)] if person_name else None
    wanted = [attribute] if attribute else list(ATTRIBUTES)
    with engine.connect() as conn:
        # Candidates first, in SQL: groups with two values or more, and people with an age
        # and a birth date. Only their facts are read.
        base = [facts.c.attribute.in_([a for a in wanted if a != "age"])]
        if who is not None:
            base.append(facts.c.entity_id.in_(who))
        cand = set(conn.execute(select(facts.c.entity_id).where(*base)
                                .group_by(facts.c.entity_id, facts.c.attribute, facts.c.qualifier_key)
                                .having(func.count(distinct(facts.c.value)) > 1)).scalars())
        if "age" in wanted:
            aged = select(facts.c.entity_id).where(facts.c.attribute == "age")
            if who is not None:
                aged = aged.where(facts.c.entity_id.in_(who))
            born = select(facts.c.entity_id).where(facts.c.attribute == "birth_date")
            cand |= set(conn.execute(aged.intersect(born)).scalars())
        if not cand:
            return []
        rows = []
        ids = sorted(cand)
        for i in range(0, len(ids), 400):
            q = (select(facts, entities.c.name.label("person"), claims.c.evidence, *_article_cols())
                 .join(articles, articles.c.id == facts.c.article_id)
                 .join(entities, entities.c.id == facts.c.entity_id)
                 .join(claims, and_(claims.c.article_id == facts.c.article_id,
                                    claims.c.local_id == facts.c.claim_local_id))
                 .where(facts.c.entity_id.in_(ids[i:i + 400]),
                        facts.c.attribute.in_(set(wanted) | ({"birth_date"} if "age" in wanted else set())))
                 .order_by(facts.c.entity_id, articles.c.published, articles.c.doc_id))
            rows += conn.execute(q).all()
    groups: dict[tuple, list] = defaultdict(list)
    for r in rows:
        groups[(r.entity_id, r.attribute, r.qualifier_key or "")].append(r)
    out = []
    for (eid, attr, qkey), rs in groups.items():
        if attr in wanted and attr != "age":
            d = _conflict(attr, rs)
            if d:
                out.append(d)
    if "age" in wanted:
        by_person = defaultdict(list)
        for r in rows:
            if r.attribute in ("age", "birth_date"):
                by_person[r.entity_id].append(r)
        for eid, rs in by_person.items():
            d = _age_conflict(rs)
            if d:
                out.append(d)
    out.sort(key=lambda d: (d["person"], ATTRIBUTES.index(d["attribute"]), d.get("role") or ""))
    return out


def _same(attr: str, a: str, b: str) -> bool:
    if attr.endswith("_place"):
        ka, kb = set(extract.place_key(a).split()), set(extract.place_key(b).split())
        return ka <= kb or kb <= ka
    return a.startswith(b) or b.startswith(a)   # 1957 and 1957-03-11 agree


def _entry(value: str, rs: list) -> dict:
    arts = []
    for r in rs:
        arts.append(dict(_article(r), source={"kind": r.source_kind, "name": r.source_name}, evidence=r.evidence))
    outlets = sorted({r.outlet for r in rs if r.outlet})
    return {"value": value, "outlets": outlets, "articles": arts}


def _values(attr: str, rs: list) -> dict[str, list]:
    vals: dict[str, list] = defaultdict(list)
    for r in rs:
        if not attr.endswith("_place") and not _DATE.match(r.value):
            continue  # PAST_REF and the like date nothing
        vals[r.value].append(r)
    return vals


def _conflict(attr: str, rs: list) -> dict | None:
    vals = _values(attr, rs)
    keys = list(vals)
    # Two values that cannot both hold, given by two articles (one article's own conflict is
    # its CD402 finding, already in the findings table).
    clash = any(not _same(attr, a, b) and len({r.article_id for r in vals[a] + vals[b]}) > 1
                for i, a in enumerate(keys) for b in keys[i + 1:])
    if not clash:
        return None
    r0 = rs[0]
    return {"person": r0.person, "entity_id": r0.entity_id, "attribute": attr, "label": LABELS[attr],
            "role": r0.qualifier if attr.startswith("role_") else None,
            "values": [_entry(v, vals[v]) for v in sorted(vals)]}


def _born_years(age: int, published: date) -> set[int]:
    return {published.year - age - 1, published.year - age}


def _age_conflict(rs: list) -> dict | None:
    births = [r for r in rs if r.attribute == "birth_date" and _DATE.match(r.value)]
    ages = [r for r in rs if r.attribute == "age" and r.published is not None]
    if not births or not ages:
        return None
    bad = [(a, b) for a in ages for b in births
           if b.year not in _born_years(int(a.value), a.published) and a.article_id != b.article_id]
    if not bad:
        return None
    shown_ages = {a.id: a for a, _ in bad}
    shown_births = {b.id: b for _, b in bad}
    values: dict[str, list] = defaultdict(list)
    for b in shown_births.values():
        values[f"born {b.value}"].append(b)
    for a in shown_ages.values():
        lo = min(_born_years(int(a.value), a.published))
        values[f"{a.value} on {a.published.isoformat()} (so born {lo} or {lo + 1})"].append(a)
    r0 = rs[0]
    return {"person": r0.person, "entity_id": r0.entity_id, "attribute": "age", "label": LABELS["age"],
            "role": None, "values": [_entry(v, values[v]) for v in values]}
