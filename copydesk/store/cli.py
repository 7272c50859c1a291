"""`copydesk corpus ingest|stats|person|disagreements`: thin commands over copydesk.store."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

corpus_app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                         help="Keep every article's claims in a store and ask it questions.")

DB_HELP = "The store: sqlite:///FILE (default sqlite:///copydesk.db, or $COPYDESK_DB) or postgresql+psycopg://USER:PASSWORD@HOST/DB."


def _db_option():
    return typer.Option(None, "--db", help=DB_HELP)


def _format_option():
    return typer.Option("text", "--format", "-f", help="text or json.")


def _check_format(format: str) -> None:
    from ..cli import Usage

    if format not in ("text", "json"):
        raise Usage(f"--format must be text or json, not {format!r}")


@contextmanager
def _guard(db: str | None):
    """A database that fails mid-command (a server gone, a locked file) is one line, exit 2."""
    from sqlalchemy.exc import SQLAlchemyError

    from .db import StoreError, normalise_url, one_line, shown

    try:
        yield
    except SQLAlchemyError as exc:
        url = shown(normalise_url(db or os.environ.get("COPYDESK_DB") or "sqlite:///copydesk.db"))
        raise StoreError(f"the store {url}: {one_line(exc)}") from None


def _dump(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _console() -> Console:
    return Console(highlight=False, soft_wrap=True)


def _safe(text) -> Text:
    from ..render.escape import terminal_safe

    return Text(terminal_safe("" if text is None else str(text)))


@corpus_app.command()
def ingest(
    sources: List[str] = typer.Argument(..., help="Folders of articles (.txt, .html, .docx, recursively), article files, or JSONL files of {id, text|html, published?, outlet?, url?}."),
    db: Optional[str] = _db_option(),
    ray: bool = typer.Option(False, "--ray", help="Run the checks on Ray Data (an actor pool, one loaded pipeline per worker)."),
    address: Optional[str] = typer.Option(None, "--address", help="With --ray: join this Ray cluster (else a local Ray on 127.0.0.1 is started for the run)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="With --ray: how many workers (default: the CPUs Ray sees)."),
    batch_size: int = typer.Option(16, "--batch-size", help="Articles parsed together (and, with --ray, handed to a worker at once)."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Show a progress bar (default: when stderr is a terminal)."),
    format: str = _format_option(),
) -> None:
    """Check articles and keep their reports in the store. Re-running skips what is stored."""
    from ..cli import Usage
    from ..pipeline import Checker
    from . import db as store_db
    from . import runner, sources as src
    from .writer import Writer

    _check_format(format)
    if (address or workers) and not ray:
        raise Usage("--address and --workers go with --ray")
    if workers is not None and workers < 1:
        raise Usage("--workers must be 1 or more")
    if batch_size < 1:
        raise Usage("--batch-size must be 1 or more")
    paths = src.check_sources(sources)
    engine = store_db.connect(db, bulk=True)
    writer = Writer(engine)
    console = runner.default_console()
    say = runner.stderr_line(console)
    summary = runner.Summary()
    total = src.count(paths)
    show = console.is_terminal if progress is None else progress
    import time

    t0 = time.perf_counter()
    with _guard(db), runner.progress_bar(console, show) as bar:
        task = bar.add_task("ingest", total=total, failed=0)

        def advance(n: int, **fields) -> None:
            bar.update(task, advance=n, **fields)

        def bad(message: str) -> None:
            bar.update(task, failed=summary.failed + summary.malformed)
            say(message)

        todo = runner.pending(src.read(paths), writer, summary, bad, lambda n: advance(n))
        if ray:
            from . import ray_runner

            ray_runner.ingest_ray(todo, writer, summary, advance, bad, workers=workers, address=address,
                                  batch_size=batch_size, model=model)
        else:
            runner.ingest_local(todo, writer, Checker(model=model), summary, advance, bad, batch_size=batch_size)
    summary.seconds = time.perf_counter() - t0
    engine.dispose()
    if format == "json":
        _dump(summary.to_dict())
    else:
        say(f"{store_db.shown(store_db.normalise_url(db or os.environ.get('COPYDESK_DB') or store_db.DEFAULT_URL))}: {summary.line()}")
    raise typer.Exit(1 if summary.failed or summary.malformed else 0)


@corpus_app.command()
def stats(db: Optional[str] = _db_option(), format: str = _format_option()) -> None:
    """How many articles, claims, entities, findings and failed documents the store holds."""
    from . import db as store_db
    from .queries import stats as count

    _check_format(format)
    with _guard(db):
        data = count(store_db.connect(db))
    if format == "json":
        _dump(data)
        return
    table = Table(show_edge=False, header_style="bold")
    table.add_column("what")
    table.add_column("count", justify="right")
    for k, v in data.items():
        table.add_row(k, f"{v:,}")
    _console().print(table)


@corpus_app.command()
def person(name: str = typer.Argument(..., help="The person's name, as any article wrote it."),
           db: Optional[str] = _db_option(), format: str = _format_option(),
           limit: int = typer.Option(1000, help="At most this many claims and quotes per person.")) -> None:
    """Every claim about a person, by attribute, with its source, outlet, date, article and sentence."""
    from . import db as store_db
    from .queries import person as query

    _check_format(format)
    with _guard(db):
        people = query(store_db.connect(db), name, limit=limit)
    if format == "json":
        _dump(people)
        return
    console = _console()
    for p in people:
        console.print(Text.assemble((p["name"], "bold"), f"  ·  {p['articles']} articles  ·  written as: ",
                                    _safe(", ".join(p["names"]))))
        for pred, rows in p["claims"].items():
            table = Table(title=Text(pred, style="bold"), title_justify="left", show_edge=False,
                          header_style="dim")
            for col in ("value", "date", "source", "outlet", "published", "article", "evidence"):
                table.add_column(col, overflow="fold")
            for r in rows:
                src = r["source"]["name"] or ("the article" if r["source"]["kind"] == "article" else "unnamed source")
                table.add_row(_safe(r["object"] or ""), _safe(r["date"] or r["time"] or ""), _safe(src),
                              _safe(r["outlet"] or ""), r["published"] or "", _safe(r["doc_id"]), _safe(r["evidence"]))
            console.print(table)
        if p["quotes"]:
            console.print(Text(f"said ({len(p['quotes'])})", style="bold"))
            for q in p["quotes"][:20]:
                console.print(Text("  "), _safe(q["doc_id"]), Text("  "), _safe(q["text"][:200]))
        console.print()


@corpus_app.command()
def disagreements(db: Optional[str] = _db_option(),
                  person: Optional[str] = typer.Option(None, "--person", help="Only this person."),
                  attribute: Optional[str] = typer.Option(None, "--attribute", help="birth_date, birth_place, death_date, death_place, role_start, role_end or age."),
                  format: str = _format_option()) -> None:
    """Where articles or outlets disagree on a person's birth, death, a role's dates or an age."""
    from . import db as store_db
    from .queries import disagreements as query

    _check_format(format)
    with _guard(db):
        found = query(store_db.connect(db), person, attribute)
    if format == "json":
        _dump(found)
        return
    console = _console()
    if not found:
        console.print("no disagreements")
        return
    for d in found:
        head = Text.assemble((d["person"], "bold"), f"  ·  {d['label']}")
        if d.get("role"):
            head.append("  ·  ")
            head.append_text(_safe(d["role"]))
        console.print(head)
        table = Table(show_edge=False, header_style="dim")
        for col in ("value", "outlets", "article", "published", "source", "evidence"):
            table.add_column(col, overflow="fold")
        for v in d["values"]:
            for i, a in enumerate(v["articles"]):
                src = a["source"]["name"] or ("the article" if a["source"]["kind"] == "article" else "unnamed source")
                table.add_row(_safe(v["value"]) if i == 0 else "", _safe(", ".join(v["outlets"])) if i == 0 else "",
                              _safe(a["doc_id"]), a["published"] or "", _safe(src), _safe(a["evidence"]))
        console.print(table)
        console.print()
