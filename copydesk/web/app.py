"""The web app and HTTP API: a thin shell over copydesk.Checker.

    GET  /                 a form: paste text or choose a file (.txt, .html, .docx)
    POST /check            the report page (the same template as `copydesk check --format html`)
    POST /api/check        the JSON report of the contract (JSON body or a multipart file)
    GET  /api/rules        every rule; /api/rules/{code} one rule with its explanation
    GET  /healthz          liveness; /openapi.json and /docs (served locally, no CDN)

The spaCy pipeline loads once at start-up. Checks run in a bounded pool of worker threads:
requests beyond it wait in a bounded queue; a check over the time limit answers 504 while
the server goes on. Article text is untrusted: pages are rendered with Jinja2's autoescape
and sent with a Content-Security-Policy that allows only the page's own inline CSS and
script (by hash); uploads are read in memory and never written to disk; nothing is fetched.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import DEFAULT_MAX_BYTES
from . import service as svc
from .openapi import install_openapi

JSON_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")


def create_app(*, db_url: str | None = None, model: str | None = None, workers: int = 2, queue: int = 64,
               timeout: float = 60.0, max_bytes: int | None = None, config: bool = True,
               preload: bool = True) -> FastAPI:
    """The app. `db_url` names a corpus store: when given (and copydesk.web.corpus exists), its
    pages and API are mounted too. `workers` checks run at once, `queue` more may wait;
    `timeout` seconds per check before a 504; `max_bytes` caps an article (default 5 MB)."""
    service = svc.Service(model=model, workers=workers, queue=queue, timeout=timeout,
                          max_bytes=max_bytes or DEFAULT_MAX_BYTES, config=config)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if preload:
            await asyncio.get_running_loop().run_in_executor(None, service.preload)
        yield
        service.close()

    app = FastAPI(title="copydesk", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="An automated copy desk for news: check an article, get its findings "
                              "with the passages that prove them. The report's JSON follows "
                              "copydesk.report/1 (see the Report schema).")
    app.state.service = service
    app.state.db_url = db_url

    _install_errors(app)
    _install_headers(app, service)
    from . import routes

    app.include_router(routes.router)
    routes.install_docs(app)
    install_openapi(app)
    _mount_corpus(app, db_url)
    return app


def _mount_corpus(app: FastAPI, db_url: str | None) -> None:
    """The corpus pages (issue 14) live in copydesk/web/corpus.py: `router(db_url)` returns an
    APIRouter (or the module has `router`). Mounted only when a database is named."""
    if not db_url or importlib.util.find_spec("copydesk.web.corpus") is None:
        return
    from . import corpus  # type: ignore[attr-defined]

    router = corpus.router(db_url) if callable(getattr(corpus, "router", None)) else corpus.router
    app.include_router(router)


def _install_errors(app: FastAPI) -> None:
    """Every error answers {"error": "<one line>"}, as the CLI would print it."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else "request failed"
        return JSONResponse({"error": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        errs = exc.errors()
        first = errs[0] if errs else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        msg = first.get("msg", "invalid request")
        return JSONResponse({"error": f"{where}: {msg}" if where else msg}, status_code=422)

    @app.exception_handler(svc.ApiError)
    async def api_error(request: Request, exc: svc.ApiError):
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):  # a bug answers 500 with one line, never a trace
        return JSONResponse({"error": f"internal error {exc.__class__.__name__}"}, status_code=500)


def _install_headers(app: FastAPI, service: "svc.Service") -> None:
    from ..render.html import csp

    @app.middleware("http")
    async def security(request: Request, call_next):
        path = request.url.path
        limit = service.raw_limit(request.headers.get("content-type", ""))
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            return JSONResponse({"error": service.too_big_message(int(length))}, status_code=413)
        response = await call_next(request)
        kind = response.headers.get("content-type", "")
        if path.startswith("/docs") or path.startswith("/static/swagger"):
            policy = DOCS_CSP
        elif kind.startswith("text/html"):
            policy = csp()
        else:
            policy = JSON_CSP
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        return response


_lock = threading.Lock()


def run(host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """`copydesk serve`: uvicorn on host:port (127.0.0.1 unless told otherwise)."""
    import uvicorn

    app = create_app(**options)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                limit_concurrency=options.get("queue", 64) + options.get("workers", 2) + 16)
