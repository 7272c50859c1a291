"""JSON and JSON Lines, exactly the contract's shape."""

from __future__ import annotations

import json

from ..model import Report


def dumps(reports: list[Report], fmt: str = "json") -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reports)
    data = reports[0].to_dict() if len(reports) == 1 else [r.to_dict() for r in reports]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
