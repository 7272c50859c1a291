"""Writing reports into the store: one transaction per article, keyed by its content hash,
and the resolution of each report's entities to the store's people and organisations.

Resolution: an entity is looked up by the keys of its names (case, accents and
transliteration aside). A candidate of the same label is the same entity unless both have
roles or organisations and share none of them nor a place: then they are two people of one
name (extract.distinct_people). A differing birth year is never a reason to split:
that is a disagreement, which is what the store is for.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from . import extract
from .schema import (ARTICLE_TABLES, articles, claims, entities, entity_context, entity_names, events, facts,
                     failures, findings, mentions, quotes)
from .sources import Doc


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Writer:
    """The one writer of a run. `status(doc)` says whether a document is already stored;
    `write(doc, report)` and `fail(doc, error)` each commit one transaction."""

    def __init__(self, engine: Engine):
        self.engine = engine

    # -- what is there already

    def known(self, doc_ids: list[str]) -> dict[str, tuple[str, str]]:
        """doc_id -> (content_hash, 'article' | 'failed') for the ids the store has."""
        out: dict[str, tuple[str, str]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(doc_ids), 500):
                chunk = doc_ids[i:i + 500]
                for d, h in conn.execute(select(articles.c.doc_id, articles.c.content_hash)
                                         .where(articles.c.doc_id.in_(chunk))):
                    out[d] = (h, "article")
                for d, h in conn.execute(select(failures.c.doc_id, failures.c.content_hash)
                                         .where(failures.c.doc_id.in_(chunk))):
                    out.setdefault(d, (h, "failed"))
        return out

    # -- writing

    def write(self, doc: Doc, report: dict, report_json: str | None = None) -> str:
        """Store one article's report; 'added' or 'replaced' (its text changed), or 'unchanged'
        when another writer stored the same content meanwhile."""
        try:
            with self.engine.begin() as conn:
                old = conn.execute(select(articles.c.id, articles.c.content_hash)
                                   .where(articles.c.doc_id == doc.doc_id)).first()
                if old is not None and old.content_hash == doc.content_hash:
                    return "unchanged"
                if old is not None:
                    _delete_article(conn, old.id)
                conn.execute(delete(failures).where(failures.c.doc_id == doc.doc_id))
                _insert(conn, doc, report, report_json)
        except IntegrityError:
            return "unchanged"  # a concurrent run stored this id first
        return "replaced" if old is not None else "added"

    def fail(self, doc: Doc, error: str) -> None:
        """Record a document copydesk refused. The store holds each id's latest version, so a
        stored article whose new text is refused is removed."""
        error = " ".join(str(error).split())[:1000] or "refused"
        with self.engine.begin() as conn:
            old = conn.execute(select(articles.c.id).where(articles.c.doc_id == doc.doc_id)).first()
            if old is not None:
                _delete_article(conn, old.id)
            row = dict(content_hash=doc.content_hash, outlet=doc.outlet, source=doc.origin, error=error,
                       failed_at=_now())
            done = conn.execute(update(failures).where(failures.c.doc_id == doc.doc_id).values(**row))
            if done.rowcount == 0:
                conn.execute(insert(failures).values(doc_id=doc.doc_id, **row))


def _delete_article(conn: Connection, article_id: int) -> None:
    for table in ARTICLE_TABLES:
        conn.execute(delete(table).where(table.c.article_id == article_id))
    conn.execute(delete(articles).where(articles.c.id == article_id))


def _insert(conn: Connection, doc: Doc, report: dict, report_json: str | None) -> None:
    art = report["article"]
    counts = report.get("summary", {}).get("counts", {})
    pub = extract.published(report)
    article_id = conn.execute(insert(articles).values(
        doc_id=doc.doc_id, content_hash=doc.content_hash, outlet=doc.outlet, url=doc.url,
        source=doc.origin, title=art.get("title") or _headline(art), published=pub, published_from=art.get("published_from"),
        words=art.get("words", 0), errors=counts.get("error", 0), warnings=counts.get("warning", 0),
        infos=counts.get("info", 0), copydesk_version=report.get("copydesk"), ingested_at=_now(),
        report=report_json or json.dumps(report, ensure_ascii=False, separators=(",", ":")),
    ).returning(articles.c.id)).scalar_one()
    ids = _resolve(conn, report)
    text, blocks = art["text"], art.get("blocks", [])

    rows = [dict(article_id=article_id, entity_id=ids[e["id"]], local_id=e["id"], start=m["start"],
                 end=m["end"], text=m["text"][:2000], kind=m.get("kind", "name"))
            for e in report.get("entities", []) for m in e.get("mentions", [])]
    _many(conn, mentions, rows)
    _many(conn, events, [dict(article_id=article_id, local_id=v["id"], type=v.get("type"), name=v.get("name"),
                              data={k: v.get(k) for k in ("mentions", "participants", "slots")})
                         for v in report.get("events", []) or []])
    dates = extract.claim_dates(report)
    rows = []
    for c in report.get("claims", []):
        subj, src = c.get("subject"), c.get("source") or {}
        rows.append(dict(
            article_id=article_id, local_id=c["id"], entity_id=ids.get(subj),
            event_local_id=subj if subj and subj not in ids else None, predicate=c["predicate"][:80],
            object=c.get("object"), time=c.get("time"), time_value=dates.get(c["id"]),
            source_kind=src.get("kind", "article"), source_name=src.get("name"),
            source_entity_id=ids.get(src.get("entity")), polarity=c.get("polarity"), certainty=c.get("certainty"),
            start=c["start"], end=c["end"], evidence=extract.sentence(text, c["start"], c["end"], blocks)))
    _many(conn, claims, rows)
    rows = []
    for q in report.get("quotes", []):
        sp, cue = q.get("speaker") or {}, q.get("cue") or {}
        rows.append(dict(article_id=article_id, local_id=q["id"], kind=q["kind"], start=q["start"], end=q["end"],
                         text=q["text"], speaker_entity_id=ids.get(sp.get("entity")), speaker_name=sp.get("name"),
                         speaker_text=sp.get("text"), cue=cue.get("text"), medium=q.get("medium"),
                         parent=q.get("parent")))
    _many(conn, quotes, rows)
    _many(conn, facts, [dict(article_id=article_id, claim_local_id=f["claim"], entity_id=ids[f["subject"]],
                             attribute=f["attribute"], qualifier=f.get("qualifier"),
                             qualifier_key=f.get("qualifier_key"), value=f["value"], year=f.get("year"),
                             source_kind=f["source"].get("kind", "article"), source_name=f["source"].get("name"),
                             certainty=f.get("certainty"))
                        for f in extract.facts(report, dates) if f["subject"] in ids])
    _many(conn, findings, [dict(article_id=article_id, finding_id=f["id"], code=f["code"], rule=f.get("rule"),
                                category=f.get("category"), severity=f["severity"], message=f["message"],
                                suggestion=f.get("suggestion"), evidence=f.get("evidence"))
                           for f in report.get("findings", [])])


def _headline(art: dict) -> str | None:
    """A text article's title is its headline block, when it has one."""
    for b in art.get("blocks", []):
        if b.get("kind") == "headline":
            return " ".join(art["text"][b["start"]:b["end"]].split())[:500] or None
    return None


def _many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def _resolve(conn: Connection, report: dict) -> dict[str, int]:
    """Report entity id (E3) -> the store's entity id, creating entities the store lacks."""
    ents = report.get("entities", [])
    keys_of: dict[str, list[str]] = {}
    for e in ents:
        main = extract.name_key(e["name"]) or e["name"].casefold()[:300]
        keys = [main]
        if len(main.split()) > 1:  # a full name also matches under its other full spellings
            keys += [k for k in (extract.name_key(v) for v in e.get("variants", [])) if len(k.split()) > 1]
        keys_of[e["id"]] = list(dict.fromkeys(keys))
    wanted = {k for ks in keys_of.values() for k in ks}
    found: dict[str, list[tuple[int, str]]] = {}
    for chunk in _chunks(sorted(wanted), 400):
        for eid, key, label in conn.execute(
                select(entity_names.c.entity_id, entity_names.c.key, entities.c.label)
                .join(entities, entities.c.id == entity_names.c.entity_id)
                .where(entity_names.c.key.in_(chunk))):
            found.setdefault(key, []).append((eid, label))
    people = {e["id"] for e in ents if e.get("label") == "PERSON"}
    mine = {e["id"]: extract.context_words(report, e["id"]) for e in ents if e["id"] in people}
    candidate_ids = {eid for lst in found.values() for eid, _ in lst}
    theirs: dict[int, set[str]] = {}
    for chunk in _chunks(sorted(candidate_ids), 400):
        for eid, word in conn.execute(select(entity_context.c.entity_id, entity_context.c.word)
                                      .where(entity_context.c.entity_id.in_(chunk))):
            theirs.setdefault(eid, set()).add(word)

    out: dict[str, int] = {}
    pending: dict[tuple[str, str], list[dict]] = {}  # new entities, one per label and name key
    for e in ents:
        cands = list(dict.fromkeys(eid for k in keys_of[e["id"]] for eid, label in found.get(k, [])
                                   if label == e.get("label")))
        ctx = mine.get(e["id"], set())
        scored = [(len(ctx & theirs.get(c, set())), -c, c) for c in cands
                  if not extract.distinct_people(ctx, theirs.get(c, set()))]
        if scored:
            out[e["id"]] = max(scored)[2]
        else:
            pending.setdefault((e.get("label") or "", keys_of[e["id"]][0]), []).append(e)
    if pending:  # one statement for all of them
        rows = [dict(label=label, name=es[0]["name"][:2000], key=key,
                     surname=key.split()[-1][:120] if key and label == "PERSON" else None)
                for (label, key), es in pending.items()]
        new_ids = conn.execute(insert(entities).returning(entities.c.id, sort_by_parameter_order=True),
                               rows).scalars().all()
        for es, eid in zip(pending.values(), new_ids):
            for e in es:
                out[e["id"]] = eid
    names: dict[tuple[int, str], str] = {}
    context_rows = []
    for e in ents:
        best = out[e["id"]]
        for n in [e["name"], *e.get("variants", [])]:
            names.setdefault((best, extract.name_key(n) or n.casefold()[:300]), n)
        new_ctx = mine.get(e["id"], set()) - theirs.get(best, set())
        if new_ctx:
            context_rows += [dict(entity_id=best, word=w) for w in sorted(new_ctx)]
            theirs.setdefault(best, set()).update(new_ctx)
    _many(conn, entity_context, context_rows)
    _add_names(conn, names)
    return out


def _add_names(conn: Connection, names: dict[tuple[int, str], str]) -> None:
    have: set[tuple[int, str]] = set()
    ids = sorted({eid for eid, _ in names})
    for chunk in _chunks(ids, 400):
        have |= {(eid, key) for eid, key in conn.execute(select(entity_names.c.entity_id, entity_names.c.key)
                                                         .where(entity_names.c.entity_id.in_(chunk)))}
    _many(conn, entity_names, [dict(entity_id=eid, name=n[:2000], key=k)
                               for (eid, k), n in names.items() if (eid, k) not in have])


def _chunks(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i:i + n]
