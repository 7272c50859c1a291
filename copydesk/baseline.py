"""Reviewed findings: a baseline file lists finding ids a desk has already looked at."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ConfigError
from .model import Report

BASELINE_SCHEMA = "copydesk.baseline/1"


def read_baseline(path: Path) -> set[str]:
    """Ids from a baseline written by --write-baseline, or a plain file of one id per line."""
    try:
        raw = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline {path}: {exc.__class__.__name__}") from None
    stripped = raw.lstrip()
    if stripped.startswith("{") or stripped.startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"baseline {path} is not valid JSON (line {exc.lineno})") from None
        items = data.get("findings", []) if isinstance(data, dict) else data
        return {str(i["id"]) if isinstance(i, dict) else str(i) for i in items}
    return {line.split("#", 1)[0].strip() for line in raw.splitlines()} - {""}


def write_baseline(path: Path, reports: list[Report]) -> int:
    entries = [
        {"id": f.id, "code": f.code, "source": r.article.source, "message": f.message}
        for r in reports for f in [*r.findings, *r.suppressed]
    ]
    path.write_text(json.dumps({"schema": BASELINE_SCHEMA, "findings": entries},
                               ensure_ascii=False, indent=2) + "\n", "utf-8")
    return len(entries)
