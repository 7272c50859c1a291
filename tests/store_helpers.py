"""Stores for the corpus tests: a fresh SQLite file, and a fresh PostgreSQL database when
$COPYDESK_TEST_PG_URL names one (.ci/run starts one; in CI, CI=true makes it required)."""

from __future__ import annotations

import os

import pytest

BACKENDS = ["sqlite", "postgresql"]


def fresh_url(backend: str, tmp_path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url = os.environ.get("COPYDESK_TEST_PG_URL")
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("COPYDESK_TEST_PG_URL is not set: in CI the PostgreSQL store tests are required "
                        "(.ci/run starts PostgreSQL and exports it)")
        pytest.skip("no PostgreSQL: export COPYDESK_TEST_PG_URL=$(.ci/postgres.sh) to run these")
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    except Exception as exc:  # a server that is down is a failure in CI, a skip elsewhere
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"PostgreSQL at COPYDESK_TEST_PG_URL is unavailable: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")
    finally:
        engine.dispose()
    return url
