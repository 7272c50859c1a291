"""What the web app does with an article: read it from the request, check it in a bounded
pool of worker threads, and map copydesk's errors onto HTTP statuses."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..errors import ConfigError, CopydeskError, InputError, TooLarge

# A JSON string may escape every byte of the article ("\u00e9"): the raw body may be larger.
JSON_OVERHEAD = 6
FORM_SLACK = 64 * 1024

from ..render.json import PARTS, select


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Job:
    """One article to check: bytes or text, with how to read it and which rules to run."""
    data: bytes | str
    source: str = "-"
    published: str | None = None
    html: bool | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    min_severity: str | None = None


class Service:
    def __init__(self, *, model: str | None, workers: int, queue: int, timeout: float, max_bytes: int,
                 config: bool):
        self.model = model
        self.workers = max(1, workers)
        self.queue = max(0, queue)
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.config = config
        self.pool: ThreadPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiting = 0
        self._running = 0
        self._lock = threading.Lock()
        self.model_name: str | None = None
        self.stopped = 0  # checks stopped for running past the time limit

    # -- start-up ------------------------------------------------------------------------------

    def preload(self) -> None:
        """Load the spaCy pipeline and the rules once, before the first request."""
        from .. import nlp
        from ..checks import all_rules

        self.model_name = nlp.model_name(self.model)
        nlp.load(self.model)
        all_rules()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    # -- limits --------------------------------------------------------------------------------

    def raw_limit(self, content_type: str) -> int:
        if content_type.startswith("application/json"):
            return self.max_bytes * JSON_OVERHEAD + FORM_SLACK
        return self.max_bytes + FORM_SLACK

    def too_big_message(self, size: int | None) -> str:
        from ..ingest import _too_big

        return str(_too_big("the article", size, self.max_bytes)).replace(
            "raise it with --max-bytes", "the server's limit is set with copydesk serve --max-bytes")

    def status(self) -> dict[str, Any]:
        return {"status": "ok", "copydesk": _version(), "model": self.model_name, "workers": self.workers,
                "running": self._running, "waiting": self._waiting, "stopped": self.stopped}

    # -- checking ------------------------------------------------------------------------------

    def _check(self, job: Job):
        from ..checks import select_rules
        from ..pipeline import Checker

        try:
            select_rules(job.select, job.ignore)
        except ValueError as exc:
            raise ApiError(400, str(exc).replace(" (see `copydesk rules`)", " (see /api/rules)")) from None
        checker = Checker(select=job.select or None, ignore=job.ignore or None, model=self.model,
                          min_severity=job.min_severity, max_bytes=self.max_bytes, config=self.config)
        if isinstance(job.data, str):
            size = len(job.data.encode("utf-8", errors="surrogatepass"))
            if size > self.max_bytes:
                raise ApiError(413, self.too_big_message(size))
            if job.html:
                return checker.check_bytes(job.data.encode("utf-8", errors="replace"), job.source,
                                           job.published, html=True)
            return checker.check(job.data, job.published)
        if len(job.data) > self.max_bytes:
            raise ApiError(413, self.too_big_message(len(job.data)))
        return checker.check_bytes(job.data, job.source, job.published, html=job.html)

    def _run(self, job: Job, then: Callable | None, ticket: dict):
        ticket["thread"] = threading.get_ident()
        with self._lock:
            self._running += 1
        try:
            if ticket.get("late"):
                raise Overrun()
            report = self._check(job)
            return then(report) if then else report
        except CopydeskError as exc:
            raise _api_error(exc) from None
        except Overrun:
            with self._lock:
                self.stopped += 1
            raise
        finally:
            with self._lock:
                ticket.pop("thread", None)  # from here no stop can reach the next job
                self._running -= 1

    async def check(self, job: Job, then: Callable | None = None):
        """Check in the pool; `then(report)` runs there too (rendering is work as well).
        At most `workers` checks run at once and `queue` wait; a check that runs past
        `timeout` seconds answers 504, and its slot stays taken until it ends."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:  # an app served again gets a new loop
            self._slots, self._loop = asyncio.Semaphore(self.workers), loop
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="copydesk-check")
        if self._waiting >= self.queue + self.workers:
            raise ApiError(503, f"busy: {self._waiting} articles are waiting; try again shortly")
        self._waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self._waiting -= 1
        slots = self._slots
        ticket: dict = {}
        try:
            future = loop.run_in_executor(self.pool, self._run, job, then, ticket)
        except RuntimeError:  # the pool is shut down
            slots.release()
            raise ApiError(503, "the server is shutting down") from None
        future.add_done_callback(lambda _f: slots.release())
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout)
        except asyncio.TimeoutError:
            future.add_done_callback(_swallow)
            with self._lock:
                _stop(ticket)
            raise ApiError(504, f"the check took longer than the server's {self.timeout:g}-second limit") from None


class Overrun(BaseException):
    """Raised inside a worker whose check ran past the time limit. A BaseException, so that
    the pipeline's per-stage isolation (which catches Exception) does not swallow it."""


def _stop(ticket: dict) -> None:
    """Stop an overrun check: raise Overrun in its thread, where Python next runs bytecode
    (a long spaCy call finishes first). A check still waiting for its thread is marked late
    and stops as it starts. Either way its worker is free for the next article. Called
    under the service's lock, which the worker takes to unregister its thread."""
    ticket["late"] = True
    ident = ticket.get("thread")
    if ident is not None:
        import ctypes

        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(Overrun))


def _swallow(future) -> None:
    if not future.cancelled():
        future.exception()


def _api_error(exc: CopydeskError) -> ApiError:
    msg = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
    if isinstance(exc, TooLarge):
        return ApiError(413, msg)
    if isinstance(exc, ConfigError):
        return ApiError(400, msg)
    if isinstance(exc, InputError):
        return ApiError(422, msg)
    return ApiError(400, msg)


def _version() -> str:
    from .. import __version__

    return __version__


def select_parts(report: dict, parts: Sequence[str] | None) -> dict:
    """`parts=findings,summary`: the report with only those keys (and its schema and version)."""
    if not parts:
        return report
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        raise ApiError(400, f"unknown part {unknown[0]!r}; parts are {', '.join(PARTS)}")
    return select(report, parts)
