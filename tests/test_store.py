"""The corpus store as a fact-checker meets it: ingest, re-ingest, a killed run resumed, bad
input, and disagreements between outlets, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from copydesk import cli
from copydesk.store import db as store_db
from copydesk.store import queries
from copydesk.store.schema import articles, claims, entities, facts, failures, findings, mentions, quotes
from store_helpers import BACKENDS, fresh_url

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"
ROOT = Path(__file__).resolve().parents[1]


def run_cli(args, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["copydesk", *map(str, args)])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    out, err = capsys.readouterr()
    return exc.value.code, out, err


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def stored_reports(engine) -> dict[str, dict]:
    with engine.connect() as conn:
        return {d: json.loads(r) for d, r in conn.execute(select(articles.c.doc_id, articles.c.report))}


def assert_rows_match_reports(engine) -> None:
    """Every article's rows are there once: as many claims, quotes, mentions and findings as
    its stored report lists, no more (a doubled article or a half-written one fails)."""
    reports = stored_reports(engine)
    assert count(engine, claims) == sum(len(r["claims"]) for r in reports.values())
    assert count(engine, quotes) == sum(len(r["quotes"]) for r in reports.values())
    assert count(engine, findings) == sum(len(r["findings"]) for r in reports.values())
    assert count(engine, mentions) == sum(len(m["mentions"]) for r in reports.values() for m in r["entities"])


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    return fresh_url(request.param, tmp_path)


def test_ingest_finds_cross_outlet_disagreements(db_url, capsys, monkeypatch):
    code, out, err = run_cli(["corpus", "ingest", CORPUS, "--db", db_url, "--format", "json"], capsys, monkeypatch)
    assert code == 0, err
    assert json.loads(out)["added"] == 5
    code, out, _ = run_cli(["corpus", "stats", "--db", db_url, "--format", "json"], capsys, monkeypatch)
    stats = json.loads(out)
    assert stats["articles"] == 5 and stats["failed"] == 0 and stats["claims"] > 5 and stats["outlets"] == 3

    code, out, _ = run_cli(["corpus", "disagreements", "--db", db_url, "--format", "json"], capsys, monkeypatch)
    found = {(d["person"], d["attribute"]): d for d in json.loads(out)}
    born = found[("Marta Lindqvist", "birth_date")]
    by_value = {v["value"]: v for v in born["values"]}
    assert set(by_value) == {"1961", "1963"}
    assert by_value["1961"]["outlets"] == ["Northern Ledger"] and by_value["1963"]["outlets"] == ["Coastal Courier"]
    assert "born in 1963" in by_value["1963"]["articles"][0]["evidence"]
    role = found[("Marta Lindqvist", "role_start")]
    assert {v["value"] for v in role["values"]} == {"2015", "2017"} and "Water Trust" in role["role"]
    age = found[("Marta Lindqvist", "age")]
    assert any(v["value"].startswith("58 on 2024-07-15") and v["outlets"] == ["Valley Gazette"] for v in age["values"])
    # The ferry chief's two profiles agree: nothing to report about him.
    assert not any(p == "Tomas Berglund" for p, _ in found)

    code, out, _ = run_cli(["corpus", "disagreements", "--db", db_url, "--person", "Lindqvist",
                            "--attribute", "birth_date"], capsys, monkeypatch)
    assert code == 0 and "1961" in out and "1963" in out and "Northern" in out and "role" not in out

    # One person across three articles, written two ways; every claim with its outlet.
    code, out, _ = run_cli(["corpus", "person", "Marta Lindqvist", "--db", db_url, "--format", "json"],
                           capsys, monkeypatch)
    (person,) = json.loads(out)
    assert person["articles"] == 3 and set(person["names"]) >= {"Marta Lindqvist", "Lindqvist"}
    assert {c["outlet"] for c in person["claims"]["born"]} == {"Northern Ledger", "Coastal Courier"}
    assert any("bucket a day" in q["text"] for q in person["quotes"])
    code, out, err = run_cli(["corpus", "person", "Marta Lindqvst", "--db", db_url], capsys, monkeypatch)
    assert code == 2 and "did you mean Marta Lindqvist" in err and "Traceback" not in err


def test_reingest_is_a_no_op_and_changed_text_replaces(db_url, capsys, monkeypatch, tmp_path):
    run_cli(["corpus", "ingest", CORPUS, "--db", db_url], capsys, monkeypatch)
    engine = store_db.connect(db_url)
    before = (count(engine, articles), count(engine, claims), count(engine, entities), count(engine, facts))
    code, out, _ = run_cli(["corpus", "ingest", CORPUS, "--db", db_url, "--format", "json"], capsys, monkeypatch)
    assert json.loads(out) | {"seconds": 0} == {"added": 0, "replaced": 0, "unchanged": 5, "failed": 0,
                                                "malformed": 0, "checked": 0, "seconds": 0}
    assert (count(engine, articles), count(engine, claims), count(engine, entities), count(engine, facts)) == before

    lines = CORPUS.read_text().splitlines()
    rec = json.loads(lines[1])
    rec["text"] = rec["text"].replace("born in 1963", "born in 1961")
    changed = tmp_path / "changed.jsonl"
    changed.write_text("\n".join([lines[0], json.dumps(rec), *lines[2:]]) + "\n")
    code, out, _ = run_cli(["corpus", "ingest", changed, "--db", db_url, "--format", "json"], capsys, monkeypatch)
    assert json.loads(out)["replaced"] == 1 and json.loads(out)["unchanged"] == 4
    assert count(engine, articles) == 5
    assert_rows_match_reports(engine)
    found = queries.disagreements(engine, "Marta Lindqvist", "birth_date")
    assert found == []  # the corrected article now agrees with the Ledger
    engine.dispose()


def test_bad_input_costs_one_line_each(db_url, capsys, monkeypatch, tmp_path):
    good = CORPUS.read_text().splitlines()
    bad = tmp_path / "mixed.jsonl"
    bad.write_text("\n".join([
        good[0],
        "{not json",
        json.dumps(["an", "array"]),
        json.dumps({"text": "No id here."}),
        json.dumps({"id": "empty-1", "text": "   "}),
        json.dumps({"id": "german-1", "text": "Der Bürgermeister hat am Montag gesagt, dass die neue Brücke "
                    "im nächsten Jahr fertig sein wird, und die Bürger freuen sich sehr darüber."}),
        json.dumps({"id": "baddate-1", "text": "A short item about the weather.", "published": "next Tuesday"}),
        good[3],
    ]) + "\n")
    code, out, err = run_cli(["corpus", "ingest", bad, "--db", db_url], capsys, monkeypatch)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("copydesk: ") and "added" not in line]
    assert f"{bad}:2: not JSON" in err and f"{bad}:3: a line is one JSON object" in err and f'{bad}:4: no "id"' in err
    assert "empty-1" in err and "german-1" in err and "baddate-1" in err
    assert len(lines) == 6, lines
    assert "Traceback" not in err
    engine = store_db.connect(db_url)
    assert count(engine, articles) == 2
    with engine.connect() as conn:
        refused = {d: e for d, e in conn.execute(select(failures.c.doc_id, failures.c.error))}
    assert set(refused) == {"empty-1", "german-1", "baddate-1"}
    assert all("\n" not in e and e for e in refused.values())
    code, out, _ = run_cli(["corpus", "stats", "--db", db_url, "--format", "json"], capsys, monkeypatch)
    assert json.loads(out)["failed"] == 3 and json.loads(out)["articles"] == 2
    engine.dispose()


def test_a_wrong_db_is_one_line(capsys, monkeypatch, tmp_path):
    for url, words in [("mysql://x@127.0.0.1/db", "SQLite or PostgreSQL"),
                       (f"sqlite:///{tmp_path}/no/such/dir/x.db", "no such folder"),
                       ("postgresql+psycopg://nobody:x@127.0.0.1:1/none", "cannot open the store"),
                       ("not a url", "not a database URL")]:
        code, out, err = run_cli(["corpus", "stats", "--db", url], capsys, monkeypatch)
        assert code == 2 and words in err and len(err.strip().splitlines()) == 1, err
        assert ":x@" not in err  # no password printed
    code, _, err = run_cli(["corpus", "ingest", tmp_path / "missing.jsonl", "--db", f"sqlite:///{tmp_path}/s.db"],
                           capsys, monkeypatch)
    assert code == 2 and "no such file or folder" in err


def test_folder_of_articles(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "desk"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "berglund.txt").write_text(json.loads(CORPUS.read_text().splitlines()[3])["text"])
    (folder / "page.html").write_text("<html><head><title>Ferry adds crossing</title>"
                                      '<meta property="article:published_time" content="2024-08-05"></head><body>'
                                      "<article><h1>Ferry adds crossing</h1><p>Tomas Berglund, who was born in 1972 "
                                      "in Bergen, said on Monday that the Fjordline Ferry Company would add a second "
                                      "daily crossing to the islands.</p><p>Berglund was appointed head of the "
                                      "company in 2019.</p></article></body></html>")
    (folder / "scan.docx").write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    (folder / "notes.md").write_text("not an article")
    url = f"sqlite:///{tmp_path}/s.db"
    code, out, err = run_cli(["corpus", "ingest", folder, "--db", url, "--format", "json"], capsys, monkeypatch)
    summary = json.loads(out)
    assert summary["added"] == 2 and summary["failed"] == 1 and code == 1
    assert "scan.docx" in err
    engine = store_db.connect(url)
    with engine.connect() as conn:
        ids = set(conn.execute(select(articles.c.doc_id)).scalars())
    assert ids == {"desk/2024/berglund.txt", "desk/page.html"}
    found = queries.disagreements(engine, "Tomas Berglund", "birth_date")
    assert [v["value"] for v in found[0]["values"]] == ["1970", "1972"]
    engine.dispose()


def _ingest_process(path, url, *extra) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "copydesk", "corpus", "ingest", str(path), "--db", url,
                             "--no-progress", "--batch-size", "2", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)


def _many_articles(tmp_path, n: int) -> Path:
    """n short articles: the corpus's five, each under many ids with its years changed."""
    base = [json.loads(line) for line in CORPUS.read_text().splitlines()]
    path = tmp_path / "many.jsonl"
    with path.open("w") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)])
            rec["id"] = f"{rec['id']}-{i}"
            rec["text"] = rec["text"].replace("on Monday", f"on Monday, {i % 28 + 1} June")
            fh.write(json.dumps(rec) + "\n")
    return path


def test_kill_9_and_resume_loses_nothing_and_doubles_nothing(db_url, tmp_path):
    n = 20
    path = _many_articles(tmp_path, n)
    proc = _ingest_process(path, db_url)
    engine = store_db.connect(db_url)
    deadline = time.monotonic() + 120
    try:
        while count(engine, articles) < 4:
            assert proc.poll() is None, proc.communicate()[1].decode()[-2000:]
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    stored = count(engine, articles)
    assert 4 <= stored < n  # killed in the middle
    assert_rows_match_reports(engine)  # nothing half-written

    proc = _ingest_process(path, db_url, "--format", "json")
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()[-2000:]
    summary = json.loads(out)
    assert summary["unchanged"] == stored and summary["added"] == n - stored
    assert count(engine, articles) == n  # 0 lost
    with engine.connect() as conn:
        assert conn.execute(select(func.count(func.distinct(articles.c.doc_id)))).scalar_one() == n  # 0 doubled
        people = conn.execute(select(func.count()).select_from(entities)
                              .where(entities.c.label == "PERSON", entities.c.key == "marta lindqvist")).scalar_one()
    assert people == 1
    assert_rows_match_reports(engine)
    engine.dispose()


def test_migrations_are_applied_once_and_shipped(tmp_path):
    url = f"sqlite:///{tmp_path}/m.db"
    engine = store_db.connect(url)
    assert store_db.current_revision(engine) == store_db.head_revision()
    assert {"articles", "claims", "entities", "facts", "findings", "failures", "quotes", "events",
            "mentions", "alembic_version"} <= set(store_db.tables(engine))
    engine.dispose()
    store_db.connect(url).dispose()  # opening an up-to-date store again changes nothing


def test_ray_two_workers_store_what_one_process_stores(capsys, monkeypatch, tmp_path):
    """A local Ray (127.0.0.1, no dashboard), an actor pool of two loaded pipelines, one writer."""
    local, on_ray = f"sqlite:///{tmp_path}/local.db", f"sqlite:///{tmp_path}/ray.db"
    code, _, err = run_cli(["corpus", "ingest", CORPUS, "--db", local], capsys, monkeypatch)
    assert code == 0, err
    proc = subprocess.run([sys.executable, "-m", "copydesk", "corpus", "ingest", str(CORPUS), "--db", on_ray,
                           "--ray", "--workers", "2", "--batch-size", "2", "--format", "json"],
                          capture_output=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-3000:]
    assert json.loads(proc.stdout)["added"] == 5

    def content(url):
        engine = store_db.connect(url)
        with engine.connect() as conn:
            arts = set(conn.execute(select(articles.c.doc_id, articles.c.content_hash, articles.c.outlet)))
            said = set(conn.execute(select(articles.c.doc_id, claims.c.local_id, claims.c.predicate, claims.c.object,
                                           claims.c.evidence, entities.c.name)
                                    .join(articles, articles.c.id == claims.c.article_id)
                                    .outerjoin(entities, entities.c.id == claims.c.entity_id)))
        found = queries.disagreements(engine)
        engine.dispose()
        return arts, said, [(d["person"], d["attribute"], [v["value"] for v in d["values"]]) for d in found]

    assert content(on_ray) == content(local)


def test_two_people_of_one_name_stay_apart(capsys, monkeypatch, tmp_path):
    """The ferry chief born in Bergen in 1970 and a goalkeeper of the same name born in Oslo
    in 1991 are two people: their birth years are no disagreement."""
    keeper = {"id": "sport-1", "outlet": "Valley Gazette", "published": "2024-08-10",
              "text": "Rovers sign keeper\n\nTomas Berglund, who was born in 1991 in Oslo, joined Kestrel Rovers "
                      "as goalkeeper in 2023.\n\nThe club said he would play on Saturday."}
    path = tmp_path / "c.jsonl"
    path.write_text(CORPUS.read_text() + json.dumps(keeper) + "\n")
    url = f"sqlite:///{tmp_path}/s.db"
    code, _, err = run_cli(["corpus", "ingest", path, "--db", url], capsys, monkeypatch)
    assert code == 0, err
    engine = store_db.connect(url)
    people = queries.find_people(engine, "Tomas Berglund")
    assert len(people) == 2
    assert queries.disagreements(engine, "Tomas Berglund") == []
    assert len(queries.find_people(engine, "Marta Lindqvist")) == 1
    engine.dispose()
