"""Opening the store: the URL, the engine, and the migrations applied on open."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from ..errors import CopydeskError

DEFAULT_URL = "sqlite:///copydesk.db"
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(CopydeskError):
    """The store cannot be opened or written: a wrong --db, a server that is down."""


def shown(url: str) -> str:
    """The URL as it may be printed: no password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1] if "@" in url else url


def normalise_url(url: str) -> str:
    """postgresql:// and postgres:// mean psycopg (3), the driver copydesk installs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split())
    return text[:300] or exc.__class__.__name__


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    # WAL with synchronous=NORMAL: a commit is atomic and survives a killed process without an
    # fsync per article (only a power cut can lose the last commits, never half of one).
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _pg_session(dbapi_conn, _record) -> None:
    # A commit waits for its WAL record to reach the disk only when the server says so: with
    # synchronous_commit off, a killed client loses nothing committed, and a crashed server
    # loses at most its last fraction of a second of articles, whole (the next run redoes
    # them: they are not in the store). Each article is still one atomic transaction.
    cur = dbapi_conn.cursor()
    cur.execute("SET synchronous_commit TO off")
    cur.close()
    dbapi_conn.commit()


def connect(url: str | None = None, *, migrate: bool = True, bulk: bool = False) -> Engine:
    """An engine on the store at `url` (default $COPYDESK_DB, else sqlite:///copydesk.db), with
    every migration applied. A bad URL or an unreachable server is one StoreError line.
    `bulk`: the engine of an ingest run (PostgreSQL commits without waiting for the disk)."""
    url = normalise_url(url or os.environ.get("COPYDESK_DB") or DEFAULT_URL)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"--db: not a database URL: {url!r} (e.g. sqlite:///copydesk.db or "
                         "postgresql+psycopg://user:password@127.0.0.1/copydesk)") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"--db: copydesk stores into SQLite or PostgreSQL, not {parsed.get_backend_name()!r}")
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"--db: no such folder for the SQLite file: {folder}")
    try:
        engine = create_engine(parsed, future=True, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"--db {shown(url)}: no driver for it ({one_line(exc)})") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif bulk:
        event.listen(engine, "connect", _pg_session)
    try:
        if migrate:
            upgrade(engine)
        else:
            with engine.connect():
                pass
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the store {shown(url)}: {one_line(exc)}") from None
    return engine


def _alembic_config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Apply the migrations the store lacks (none on an up-to-date store: one query)."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def tables(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
