"""The corpus store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create
them; this module is what the code reads and writes through.

Every row an article leaves carries its ``article_id``, so replacing an article (its text
changed under the same id) deletes exactly its rows. Entities are the one thing shared
between articles: a person named in a thousand articles is one row, with the names it was
written as and the context words (organisations, roles, places) that decided it.
"""

from __future__ import annotations

from sqlalchemy import (JSON, Column, Date, DateTime, ForeignKey, Index, Integer, MetaData, String, Table,
                        Text, UniqueConstraint)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(512), nullable=False, unique=True),   # the JSONL id or the file's path
    Column("content_hash", String(64), nullable=False, index=True),
    Column("outlet", String(200), index=True),
    Column("url", Text),
    Column("source", Text),
    Column("title", Text),
    Column("published", Date, index=True),
    Column("published_from", String(20)),
    Column("words", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("warnings", Integer, nullable=False, default=0),
    Column("infos", Integer, nullable=False, default=0),
    Column("copydesk_version", String(20)),
    Column("ingested_at", DateTime, nullable=False),
    Column("report", Text, nullable=False),   # the JSON report, as copydesk.check gave it
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(512), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("outlet", String(200)),
    Column("source", Text),
    Column("error", Text, nullable=False),   # the one-line message copydesk gave
    Column("failed_at", DateTime, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("label", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", String(300), nullable=False),        # folded name: accents, case and punctuation aside
    Column("surname", String(120)),                    # folded last word of a person's name
    Index("ix_entities_label_key", "label", "key"),
    Index("ix_entities_surname", "surname"),
)

entity_names = Table(
    "entity_names", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("key", String(300), nullable=False, index=True),
    UniqueConstraint("entity_id", "key", name="uq_entity_names_entity_key"),
)

entity_context = Table(
    "entity_context", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("word", String(120), nullable=False),
    UniqueConstraint("entity_id", "word", name="uq_entity_context_entity_word"),
)


def _article_fk() -> Column:
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False,
                  index=True)


mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),    # E8: the entity's id inside the report
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", String(20), nullable=False),
    Column("type", String(80)),
    Column("name", Text),
    Column("data", JSON),   # mentions, participants and slots as the report gives them
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", String(20), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), index=True),   # subject, when an entity
    Column("event_local_id", String(20)),                                   # subject, when an event
    Column("predicate", String(80), nullable=False, index=True),
    Column("object", Text),
    Column("time", Text),
    Column("time_value", String(40)),    # TIMEX3 value of the claim's date, when known
    Column("source_kind", String(20), nullable=False),
    Column("source_name", Text),
    Column("source_entity_id", Integer, ForeignKey("entities.id")),
    Column("polarity", String(20)),
    Column("certainty", String(20)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),   # the sentence that makes the claim
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", String(20), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("speaker_entity_id", Integer, ForeignKey("entities.id"), index=True),
    Column("speaker_name", Text),
    Column("speaker_text", Text),
    Column("cue", Text),
    Column("medium", Text),
    Column("parent", String(20)),
)

facts = Table(
    "facts", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("claim_local_id", String(20), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("attribute", String(40), nullable=False),   # birth_date, birth_place, death_date, ...
    Column("qualifier", Text),                          # the role, for role_start / role_end
    Column("qualifier_key", String(300)),
    Column("value", Text, nullable=False),              # a TIMEX3 date value, a place, an age
    Column("year", Integer),
    Column("source_kind", String(20), nullable=False),
    Column("source_name", Text),
    Column("certainty", String(20)),
    Index("ix_facts_entity_attribute", "entity_id", "attribute"),
)

findings = Table(
    "findings", metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("finding_id", String(20), nullable=False),
    Column("code", String(10), nullable=False, index=True),
    Column("rule", String(80)),
    Column("category", String(40)),
    Column("severity", String(10), nullable=False),
    Column("message", Text, nullable=False),
    Column("suggestion", Text),
    Column("evidence", JSON),
)

# Tables an article's rows live in, children first (the order they are deleted in).
ARTICLE_TABLES = (mentions, events, claims, quotes, facts, findings)
