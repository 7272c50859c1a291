"""`copydesk corpus ingest`: read the sources, skip what the store already holds, check the
rest (in this process, or on Ray) and write each report in its own transaction."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeRemainingColumn
from rich.text import Text

from ..errors import CopydeskError
from ..render.escape import one_line
from .sources import BadLine, Doc
from .writer import Writer

CHUNK = 256  # documents looked up in the store at once


@dataclass
class Summary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    malformed: int = 0
    seconds: float = 0.0
    check_seconds: float = 0.0   # in this process: time inside the checks
    write_seconds: float = 0.0   # time inside the store's transactions
    worker_cpu_seconds: float = 0.0  # on Ray: CPU the workers spent checking
    messages: list[str] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return self.added + self.replaced + self.failed

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("added", "replaced", "unchanged", "failed", "malformed")} | {
            "checked": self.checked, "seconds": round(self.seconds, 2)}

    def line(self) -> str:
        rate = self.checked / self.seconds if self.seconds else 0.0
        return (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, {self.failed} failed, "
                f"{self.malformed} malformed line{'s' if self.malformed != 1 else ''} "
                f"in {self.seconds:.1f} s ({rate:.1f} articles/s)")


class _Rate(ProgressColumn):
    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "… articles/s", style="cyan")


class _Failed(ProgressColumn):
    def render(self, task) -> Text:
        n = task.fields.get("failed", 0)
        return Text(f"{n} failed", style="red" if n else "dim")


def progress_bar(console: Console, enabled: bool) -> Progress:
    return Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), _Rate(), TextColumn("ETA"),
                    TimeRemainingColumn(), _Failed(), console=console, disable=not enabled,
                    refresh_per_second=4)


def pending(docs: Iterable[Doc | BadLine], writer: Writer, summary: Summary,
            on_bad: Callable[[str], None], on_skip: Callable[[int], None]) -> Iterator[Doc]:
    """The documents the store does not hold in this version; malformed lines reported."""
    it = iter(docs)
    while True:
        chunk = list(islice(it, CHUNK))
        if not chunk:
            return
        good = [d for d in chunk if isinstance(d, Doc)]
        known = writer.known(list({d.doc_id for d in good}))
        skipped = 0
        for d in chunk:
            if isinstance(d, BadLine):
                summary.malformed += 1
                on_bad(f"{d.origin}: {d.error}")
                skipped += 1
            elif known.get(d.doc_id, ("",))[0] == d.content_hash:
                summary.unchanged += 1
                skipped += 1
            else:
                yield d
        if skipped:
            on_skip(skipped)


def record(writer: Writer, doc: Doc, result, summary: Summary, on_bad: Callable[[str], None]) -> None:
    """Store one result: a report dict (or its JSON), or the error that refused the document."""
    t0 = time.perf_counter()
    try:
        if isinstance(result, BaseException) or isinstance(result, str) and result.startswith("!"):
            msg = error_line(result)
            writer.fail(doc, msg)
            summary.failed += 1
            on_bad(f"{doc.origin if doc.is_path else f'{doc.origin} (id {doc.doc_id})'}: {msg}")
            return
        report = json.loads(result) if isinstance(result, str) else result
        outcome = writer.write(doc, report, result if isinstance(result, str) else None)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
    finally:
        summary.write_seconds += time.perf_counter() - t0


def error_line(result: BaseException | str) -> str:
    """The one-line reason a document was refused, without the name Checker.pipe puts first
    (the store keeps the document's own id and origin)."""
    if isinstance(result, str):
        return result[1:]
    cause = getattr(result, "cause", None)
    if cause is not None and cause is not result:
        result = cause
    if isinstance(result, CopydeskError):
        return str(result)
    return f"internal error {result.__class__.__name__}: {str(result).splitlines()[0] if str(result) else ''}"


class BackgroundWriter:
    """The run's one writer, on a thread of its own: while it waits on the database the checks
    go on (they hold the GIL; a write mostly waits on SQLite's file or PostgreSQL's socket).
    Each article is still its own transaction, in input order."""

    def __init__(self, writer: Writer, summary: Summary, advance, on_bad, depth: int = 64):
        import queue
        import threading

        self.queue: "queue.Queue" = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(writer, summary, advance, on_bad),
                                       name="copydesk-store-writer", daemon=True)
        self.thread.start()

    def _run(self, writer, summary, advance, on_bad) -> None:
        while True:
            item = self.queue.get()
            if item is None:
                return
            if self.error is not None:
                continue  # drain: the run is ending
            try:
                record(writer, item[0], item[1], summary, on_bad)
                advance(1, failed=summary.failed)
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                self.error = exc

    def put(self, doc: Doc, result) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((doc, result))

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


def ingest_local(docs: Iterable[Doc], writer: Writer, checker, summary: Summary, advance, on_bad,
                 batch_size: int = 16) -> None:
    """Check in this process with one loaded pipeline (Checker.pipe: spaCy batches); the
    reports go to the store on the writer thread."""
    out = BackgroundWriter(writer, summary, advance, on_bad)
    it = iter(docs)
    try:
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                break
            t0 = time.perf_counter()
            results = [r.to_dict() if hasattr(r, "to_dict") else r
                       for r in checker.pipe([d.item() for d in batch], batch_size=batch_size, errors="yield")]
            summary.check_seconds += time.perf_counter() - t0
            for doc, result in zip(batch, results):
                out.put(doc, result)
    finally:
        out.close()


def stderr_line(console: Console) -> Callable[[str], None]:
    def say(message: str) -> None:
        console.print(Text(f"copydesk: {one_line(message, 300)}"), soft_wrap=True, highlight=False)
    return say


def default_console() -> Console:
    return Console(file=sys.stderr, highlight=False)
