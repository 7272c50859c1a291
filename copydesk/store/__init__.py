"""The corpus store: every article's report kept in SQLite or PostgreSQL (SQLAlchemy 2,
Alembic migrations applied on open), entities resolved across articles, and the questions a
fact-checker asks of many articles (`copydesk corpus ...`).

Nothing is imported here eagerly: `copydesk check` must not pay for SQLAlchemy.
"""
