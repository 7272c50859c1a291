"""The pages and the API. Request parsing lives here; checking lives in service.py."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from .service import PARTS, ApiError, Job, select_parts

router = APIRouter()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORM_FIELDS = ("text", "html", "published", "select", "ignore", "parts", "min_severity")


def _service(request: Request):
    return request.app.state.service


def _page(request: Request) -> dict:
    root = request.scope.get("root_path", "")
    return {"home": f"{root}/", "action": f"{root}/check"}


# -- pages --------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def form_page(request: Request) -> HTMLResponse:
    from ..render.html import render_form

    return HTMLResponse(render_form(_page(request)))


@router.post("/check", response_class=HTMLResponse, include_in_schema=False)
async def check_page(request: Request) -> HTMLResponse:
    """The form's answer: the report page, or the form again with the error above it."""
    from ..render.html import render_form

    service = _service(request)
    values: dict[str, Any] = {}
    try:
        job, values = await _read_form(request, service)
        html = await service.check(job, then=lambda report: _report_page(report, _page(request)))
        return HTMLResponse(html)
    except ApiError as exc:
        return HTMLResponse(render_form(_page(request), error=exc.message, values=values), status_code=exc.status)


def _report_page(report, page: dict) -> str:
    from ..render.html import render_report

    return render_report(report, page=page)


# -- the API ------------------------------------------------------------------------------------


@router.post("/api/check", tags=["check"], summary="Check an article",
             response_description="The report (copydesk.report/1), or only the parts asked for")
async def api_check(request: Request) -> JSONResponse:
    """Check one article and answer its JSON report.

    Send JSON `{"text": ...}` or `{"html": ...}` with optional `published` (YYYY-MM-DD),
    `select` and `ignore` (rule codes or prefixes), `parts` (keys of the report to keep);
    or a multipart form with a `file` (.txt, .html, .docx) and the same fields; or the
    article itself as a `text/plain` or `text/html` body with the options in the query.
    copydesk never fetches a URL it is given: a URL is just text."""
    service = _service(request)
    job, parts = await _read_api(request, service)
    data = await service.check(job, then=lambda report: report.to_dict())
    return JSONResponse(select_parts(data, parts))


@router.get("/api/rules", tags=["rules"], summary="Every rule")
async def api_rules() -> JSONResponse:
    from ..checks import all_rules

    return JSONResponse([_rule(r, doc=False) for r in all_rules()])


@router.get("/api/rules/{code}", tags=["rules"], summary="One rule, with its explanation")
async def api_rule(code: str) -> JSONResponse:
    from ..checks import get_rule

    r = get_rule(code) if len(code) <= 64 else None
    if r is None:
        raise ApiError(404, f"no rule {code[:64]!r} (see /api/rules)")
    return JSONResponse(_rule(r, doc=True))


def _rule(r, doc: bool) -> dict:
    d = {"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
         "needs_date": r.needs_date, "summary": r.summary}
    if doc:
        d["doc"] = r.doc
    return d


@router.get("/healthz", tags=["service"], summary="Liveness and load")
async def healthz(request: Request) -> JSONResponse:
    return JSONResponse(_service(request).status())


def install_docs(app: FastAPI) -> None:
    """/docs with Swagger UI served from the installed swagger-ui-bundle: no CDN."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.staticfiles import StaticFiles

    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # pragma: no cover - the dependency is declared
        swagger_ui_path = None
    if swagger_ui_path:
        app.mount("/static/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(openapi_url=f"{root}/openapi.json", title="copydesk API",
                                   swagger_js_url=f"{root}/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url=f"{root}/static/swagger/swagger-ui.css",
                                   swagger_favicon_url=f"{root}/static/swagger/favicon-32x32.png")


# -- reading requests ---------------------------------------------------------------------------


def _codes(value: Any, name: str) -> list[str] | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ApiError(422, f"{name} must be a list of rule codes or prefixes")
    out = [c.strip() for v in value for c in v.split(",") if c.strip()]
    return out or None


def _parts(value: Any) -> list[str] | None:
    codes = _codes(value, "parts")
    if codes:
        select_parts({}, codes)  # an unknown part answers 400 before any work
    return codes


def _published(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiError(422, "published must be a date as YYYY-MM-DD")
    from ..errors import ConfigError
    from ..ingest import parse_published

    try:
        parse_published(value)
    except ConfigError as exc:
        raise ApiError(422, str(exc).replace("--published", "published")) from None
    return value


def _severity(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if value not in ("error", "warning", "info"):
        raise ApiError(422, "min_severity must be one of error, warning, info")
    return value


def _filename(name: str | None) -> str:
    """The upload's own name, without any folder it claims, as the report's source."""
    if not name:
        return "upload"
    base = PureWindowsPath(PurePosixPath(name).name).name
    base = re.sub(r"[\x00-\x1f\x7f]", "", base)[:200]
    return base or "upload"


def _kind(filename: str, content_type: str | None) -> bool | None:
    """html=True/False for the reader, None to sniff (.docx is sniffed by its signature)."""
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml") or (content_type or "").startswith("text/html"):
        return True
    if suffix == ".txt" or (content_type or "").startswith("text/plain"):
        return False
    return None


async def _multipart(request: Request, service) -> dict[str, Any]:
    """The form, held in memory: an upload is never spooled to disk (the body is capped
    below the spool size, and the spool size is raised to the cap)."""
    from starlette.formparsers import MultiPartException, MultiPartParser

    limit = service.raw_limit("multipart/form-data")
    parser = MultiPartParser(request.headers, request.stream(), max_files=1, max_fields=len(FORM_FIELDS) + 4,
                             max_part_size=limit)
    parser.spool_max_size = limit + 1
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise ApiError(400, f"bad form: {exc.message}") from None
    out: dict[str, Any] = {}
    try:
        for key, value in form.multi_items():
            if hasattr(value, "read"):
                data = await value.read(limit + 1)
                if data:
                    out["file"] = (data, _filename(value.filename), value.content_type)
                await value.close()
            elif key in FORM_FIELDS:
                out.setdefault(key, []).append(value)
    finally:
        await form.close()
    return {k: (v[0] if isinstance(v, list) and k not in ("select", "ignore", "parts") else v) for k, v in out.items()}


def _job(fields: dict[str, Any], service) -> Job:
    published = _published(fields.get("published"))
    select = _codes(fields.get("select"), "select")
    ignore = _codes(fields.get("ignore"), "ignore")
    severity = _severity(fields.get("min_severity"))
    if "file" in fields:
        data, name, ctype = fields["file"]
        return Job(data=data, source=name, published=published, html=_kind(name, ctype),
                   select=select, ignore=ignore, min_severity=severity)
    text, html = fields.get("text"), fields.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise ApiError(422, f"{name} must be a string")
    if html:
        return Job(data=html, source="-", published=published, html=True, select=select, ignore=ignore,
                   min_severity=severity)
    if text is None and html is None:
        raise ApiError(422, "send the article as text, html or a file")
    return Job(data=text or html or "", source="-", published=published, html=False, select=select,
               ignore=ignore, min_severity=severity)


async def _read_form(request: Request, service) -> tuple[Job, dict]:
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        fields = await _multipart(request, service)
    elif ctype.startswith("application/x-www-form-urlencoded"):
        form = await request.form(max_files=0, max_fields=len(FORM_FIELDS) + 4,
                                  max_part_size=service.raw_limit(ctype))
        fields = {k: v for k, v in form.items() if k in FORM_FIELDS}
    else:
        raise ApiError(415, "send the form as multipart/form-data")
    values = {"text": fields.get("text") if isinstance(fields.get("text"), str) else "",
              "published": fields.get("published") if isinstance(fields.get("published"), str) else ""}
    if "file" in fields and values["text"]:
        fields.pop("text")  # a chosen file wins over the box
    if not fields.get("text") and "file" not in fields:
        raise ApiError(422, "the article is empty: paste its text or choose a file")
    return _job(fields, service), values


async def _read_api(request: Request, service) -> tuple[Job, list[str] | None]:
    ctype = request.headers.get("content-type", "").lower()
    query = dict(request.query_params)
    if ctype.startswith("application/json"):
        body = await _body(request, service, ctype)
        try:
            fields = json.loads(body) if body.strip() else None
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(422, f"the body is not valid JSON: {str(exc).splitlines()[0][:120]}") from None
        if not isinstance(fields, dict):
            raise ApiError(422, 'the body must be a JSON object such as {"text": "..."}')
    elif ctype.startswith("multipart/form-data"):
        fields = await _multipart(request, service)
    elif ctype.startswith(("text/plain", "text/html")):
        body = await _body(request, service, ctype)
        fields = {"file": (body, "-", ctype)}
    else:
        raise ApiError(415, "send JSON, a multipart form with a file, or text/plain or text/html")
    for key in ("published", "select", "ignore", "parts", "min_severity"):
        if key in query and key not in fields:
            fields[key] = query[key]
    parts = _parts(fields.get("parts"))
    return _job(fields, service), parts


async def _body(request: Request, service, ctype: str) -> bytes:
    limit = service.raw_limit(ctype)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, service.too_big_message(None))
        chunks.append(chunk)
    return b"".join(chunks)
