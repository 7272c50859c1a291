"""JSON and JSON Lines, exactly the contract's shape (or only the parts asked for)."""

from __future__ import annotations

import json
from typing import Sequence

from ..model import Report

PARTS = ("article", "summary", "findings", "entities", "timexes", "quotes", "claims", "timeline", "events")


def select(report: dict, parts: Sequence[str] | None) -> dict:
    """`--parts findings,summary`: those keys only, with the schema and version."""
    if not parts:
        return report
    return {k: v for k, v in report.items() if k in ("schema", "copydesk") or k in parts}


def dumps(reports: list[Report], fmt: str = "json", parts: Sequence[str] | None = None) -> str:
    dicts = [select(r.to_dict(), parts) for r in reports]
    if fmt == "jsonl":
        return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dicts)
    data = dicts[0] if len(dicts) == 1 else dicts
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
