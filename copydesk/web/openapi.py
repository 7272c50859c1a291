"""The published API schema: FastAPI's OpenAPI, with the request bodies /api/check takes and
the report schema (copydesk/schema/report.schema.json) as its answer."""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}},
         "additionalProperties": False}

CHECK_JSON = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "The article as plain text (the first line is its headline)."},
        "html": {"type": "string", "description": "The article as an HTML page; its body is extracted."},
        "published": {"type": "string", "format": "date", "description": "YYYY-MM-DD; else the page's metadata or a dateline."},
        "select": {"type": "array", "items": {"type": "string"}, "description": "Rule codes or prefixes to run (CD2, CD301)."},
        "ignore": {"type": "array", "items": {"type": "string"}, "description": "Rule codes or prefixes to skip."},
        "min_severity": {"type": "string", "enum": ["error", "warning", "info"]},
        "parts": {"type": "array", "items": {"type": "string", "enum": ["article", "summary", "findings", "entities",
                                                                     "timexes", "quotes", "claims", "timeline", "events"]},
                  "description": "Keep only these keys of the report (schema and copydesk are always kept)."},
    },
    "example": {"text": "Ship loses power off Spain\n\nThe ship's master, Captain Piotr Kowalczyk, 52, ...",
                "published": "2025-03-14", "parts": ["summary", "findings"]},
}
CHECK_FORM = {
    "type": "object",
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "A .txt, .html or .docx file."},
        "text": {"type": "string"},
        "published": {"type": "string", "format": "date"},
        "select": {"type": "string"}, "ignore": {"type": "string"}, "parts": {"type": "string"},
    },
}


def _report_schema() -> tuple[dict, dict]:
    from ..schema import report_schema

    schema = copy.deepcopy(report_schema())
    defs = schema.pop("$defs", {})
    for key in ("$schema", "$id"):
        schema.pop(key, None)

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (v.replace("#/$defs/", "#/components/schemas/") if k == "$ref" and isinstance(v, str)
                        else fix(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [fix(x) for x in node]
        return node

    return fix(schema), {k: fix(v) for k, v in defs.items()}


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        report, defs = _report_schema()
        comps = spec.setdefault("components", {}).setdefault("schemas", {})
        comps.update(defs)
        comps["Report"] = report
        comps["Error"] = ERROR
        comps["CheckRequest"] = CHECK_JSON
        comps["CheckForm"] = CHECK_FORM
        err = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        paths = spec.get("paths", {})
        check = paths.get("/api/check", {}).get("post")
        if check is not None:
            check["requestBody"] = {"required": True, "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/CheckRequest"}},
                "multipart/form-data": {"schema": {"$ref": "#/components/schemas/CheckForm"}},
                "text/plain": {"schema": {"type": "string"}},
            }}
            check["responses"] = {
                "200": {"description": "The report", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}}},
                "400": {"description": "An unknown rule code or part", **err},
                "413": {"description": "The article is over the size limit", **err},
                "415": {"description": "A body of another type", **err},
                "422": {"description": "An article copydesk cannot check (empty, binary, not English...)", **err},
                "503": {"description": "Too many articles waiting", **err},
                "504": {"description": "The check ran past the time limit", **err},
            }
        rule = {"type": "object", "required": ["code", "name", "category", "severity"],
                "properties": {k: {"type": "string"} for k in ("code", "name", "category", "severity", "summary", "doc")}}
        rule["properties"]["needs_date"] = {"type": "boolean"}
        comps["Rule"] = rule
        ok = lambda s: {"description": "OK", "content": {"application/json": {"schema": s}}}  # noqa: E731
        if "/api/rules" in paths:
            paths["/api/rules"]["get"]["responses"] = {"200": ok({"type": "array", "items": {"$ref": "#/components/schemas/Rule"}})}
        if "/api/rules/{code}" in paths:
            paths["/api/rules/{code}"]["get"]["responses"] = {
                "200": ok({"$ref": "#/components/schemas/Rule"}), "404": {"description": "No such rule", **err}}
            for p in paths["/api/rules/{code}"]["get"].get("parameters", []):
                p["schema"] = {"type": "string", "maxLength": 64}
        if "/healthz" in paths:
            paths["/healthz"]["get"]["responses"] = {"200": ok({"type": "object", "properties": {"status": {"type": "string"}}})}
        app.openapi_schema = spec
        return spec

    app.openapi = openapi
