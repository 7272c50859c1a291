"""The corpus pages, mounted by create_app(db_url=...) (`copydesk serve --db URL`): the store's
counts, a person's claims with their sources, the disagreements between articles, and each
stored article's report. The same data as JSON under /api/corpus/. Thin over copydesk.store;
every string from an article goes through Jinja2's autoescape."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse

from ..store import db as store_db
from ..store import queries
from ..store.schema import articles


@lru_cache(maxsize=1)
def _env():
    from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

    return Environment(loader=ChoiceLoader([PackageLoader("copydesk.web", "templates"),
                                            PackageLoader("copydesk.render", "templates")]),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def _page(template: str, status: int = 200, **values: Any) -> HTMLResponse:
    from ..render.html import assets

    page = {"home": "/"}  # the brand and "Check another article" lead to the form
    html = _env().get_template(template).render(page=page, assets=assets(), **values)
    return HTMLResponse(html, status_code=status)


def router(db_url: str) -> APIRouter:
    engine = store_db.connect(db_url)  # a wrong --db stops `copydesk serve` with one line
    r = APIRouter()

    def problem(exc: Exception, status: int = 404) -> HTMLResponse:
        return _page("corpus_error.html", status=status, message=str(exc))

    @r.get("/corpus", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        return _page("corpus_home.html", stats=queries.stats(engine), attributes=queries.ATTRIBUTES)

    @r.get("/corpus/person", response_class=HTMLResponse, include_in_schema=False)
    def person(name: str = Query("", max_length=300)) -> HTMLResponse:
        try:
            people = queries.person(engine, name, limit=500)
        except queries.QueryError as exc:
            return problem(exc)
        found = queries.disagreements(engine, name)
        return _page("corpus_person.html", name=name, people=people, disagreements=found)

    @r.get("/corpus/disagreements", response_class=HTMLResponse, include_in_schema=False)
    def disagreements(person: str = Query("", max_length=300), attribute: str = Query("", max_length=40)):
        try:
            found = queries.disagreements(engine, person or None, attribute or None)
        except queries.QueryError as exc:
            return problem(exc)
        return _page("corpus_disagreements.html", disagreements=found, person=person, attribute=attribute,
                     attributes=queries.ATTRIBUTES)

    @r.get("/corpus/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(article_id: int) -> HTMLResponse:
        from sqlalchemy import select

        from ..checks import get_rule
        from ..render.html import render

        with engine.connect() as conn:
            stored = conn.execute(select(articles.c.report).where(articles.c.id == article_id)).scalar()
        if stored is None:
            return problem(f"no article {article_id} in the store")
        report = json.loads(stored)
        rules = [x for x in (get_rule(c) for c in sorted({f["code"] for f in report["findings"]})) if x is not None]
        return HTMLResponse(render(report, rules=rules, page={"home": "/"}))

    @r.get("/api/corpus/stats", tags=["corpus"], summary="What the corpus store holds")
    def api_stats() -> JSONResponse:
        return JSONResponse(queries.stats(engine))

    @r.get("/api/corpus/person", tags=["corpus"], summary="Every claim about a person, with its sources")
    def api_person(name: str = Query(..., max_length=300)) -> JSONResponse:
        try:
            return JSONResponse(queries.person(engine, name, limit=1000))
        except queries.QueryError as exc:
            return JSONResponse({"error": str(exc)}, status_code=404)

    @r.get("/api/corpus/disagreements", tags=["corpus"], summary="Where articles or outlets disagree")
    def api_disagreements(person: str | None = Query(None, max_length=300),
                          attribute: str | None = Query(None, max_length=40)) -> JSONResponse:
        try:
            return JSONResponse(queries.disagreements(engine, person, attribute))
        except queries.QueryError as exc:
            return JSONResponse({"error": str(exc)}, status_code=404 if person else 422)

    return r
