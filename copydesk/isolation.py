"""One failing computation costs its own part of the report, never the report.

An analysis stage that raises is rolled back (what it left half-built on the Document is
restored) and the rules run on without it; a rule family that raises loses its own findings.
Either way the failure is recorded on the Document, and CD000 reports it. A per-document
deadline turns a pathological input into a one-line error instead of a hang.
"""

from __future__ import annotations

import copy
import os
import signal
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator

from .errors import CopydeskError

KEY = "internal_errors"


class DocumentTimeout(CopydeskError):
    """The article took longer than the per-document time limit."""


class _Deadline(BaseException):
    """Raised by the timer; a BaseException so that no stage's or family's isolation swallows it."""


def one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0].strip() if text else ""
    msg = f"{exc.__class__.__name__}: {first}" if first else exc.__class__.__name__
    return msg if len(msg) <= 200 else msg[:199] + "…"


def debugging() -> bool:
    return bool(os.environ.get("COPYDESK_DEBUG"))


def record(doc, part: str, exc: BaseException) -> None:
    doc.extras.setdefault(KEY, []).append((part, one_line(exc)))


def run_stage(doc, name: str, stage: Callable) -> None:
    """Run one analysis stage; on an exception put the Document back as it was before it."""
    saved = {k: _copy(v) for k, v in vars(doc).items()}
    try:
        stage(doc)
    except Exception as exc:  # noqa: BLE001 - any bug in a stage must cost only that stage
        if debugging():
            raise
        vars(doc).clear()
        vars(doc).update(saved)
        record(doc, f"{name} analysis", exc)


_PLAIN = (list, dict, set)


def _copy(value):
    if type(value) in _PLAIN:  # the common case, without copy.copy's dispatch
        return value.copy()
    if isinstance(value, _PLAIN):
        return copy.copy(value)
    return value


def run_family(doc, family: str, run: Callable[[], list]) -> list:
    """The findings of one rule family, or none (and a recorded failure) if it raises."""
    try:
        return list(run())
    except Exception as exc:  # noqa: BLE001
        if debugging():
            raise
        record(doc, f"{family} rules", exc)
        return []


@contextmanager
def deadline(seconds: float | None, source: str = "") -> Iterator[None]:
    """Give up on one document after `seconds` (None or 0: no limit). A timer signal does it,
    so it works in the main thread only; elsewhere (a web server's worker) there is no limit."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise _Deadline()

    previous = signal.signal(signal.SIGALRM, expire)
    t0 = time.monotonic()
    old_delay, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Deadline:
        raise DocumentTimeout(f"gave up after {seconds:g} s (raise --timeout to allow longer)") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_delay:  # an outer timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(old_delay - (time.monotonic() - t0), 0.001))
