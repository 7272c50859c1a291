"""The HTML report: one self-contained page (inline CSS and a little plain JavaScript, no
request leaves it) shared by `copydesk check --format html` and `copydesk serve`.

It reads the report as a dict (`Report.to_dict()`), so keys other stages add later show up
without a change here. It lays out what the report says (the article cut at evidence
boundaries, positions as line:column, dates placed on an axis); it decides nothing.
Everything from the article goes through Jinja2's autoescape."""

from __future__ import annotations

import base64
import hashlib
import math
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any, Iterable

from ..time.words import in_words
from .position import display_line_col

SEVERITIES = ("error", "warning", "info")
FAMILIES = {
    "CD0": "copydesk", "CD1": "time and arithmetic", "CD2": "duplicates", "CD3": "names and spelling",
    "CD4": "contradictions", "CD5": "attribution", "CD6": "language", "CD7": "quotation style",
    "CD8": "copy slips",
}


def _static(name: str) -> str:
    return files(__package__).joinpath("static", name).read_text("utf-8")


@lru_cache(maxsize=1)
def assets() -> dict[str, str]:
    """The page's CSS and JavaScript, and the CSP that allows exactly them (by hash)."""
    css, js = _static("report.css"), _static("report.js")

    def digest(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"

    csp = ("default-src 'none'; img-src data:; "
           f"style-src {digest(css)}; script-src {digest(js)}; "
           "form-action 'self'; base-uri 'none'")
    return {"css": css, "js": js, "csp": csp}


def csp() -> str:
    """The policy the server sends with a page (a <meta> policy cannot carry frame-ancestors)."""
    return assets()["csp"] + "; frame-ancestors 'none'"


@lru_cache(maxsize=1)
def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("copydesk.render", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    return env


def render(report: dict, *, rules: Iterable[Any] = (), hidden: dict | None = None,
           page: dict | None = None) -> str:
    """The report page. `rules` are registry rules whose explanation the page carries
    (those the findings cite); `hidden` counts findings a baseline or --min-severity hid;
    `page` carries what the web app adds (the form, its action)."""
    view = build_view(report, rules=rules, hidden=hidden)
    return _env().get_template("report.html").render(**view, page=page or {}, assets=assets())


def render_report(report, page: dict | None = None) -> str:
    """A finished Report as the page: the explanations of the rules its findings cite,
    and what a baseline or --min-severity hid."""
    from ..checks import get_rule

    data = report.to_dict()
    rules = [r for r in (get_rule(c) for c in sorted({f["code"] for f in data["findings"]})) if r is not None]
    hidden = {"in the baseline": len(getattr(report, "suppressed", None) or []),
              "below the minimum severity": int(getattr(report, "below_min_severity", 0) or 0)}
    return render(data, rules=rules, hidden=hidden, page=page)


def render_form(page: dict | None = None, error: str | None = None, values: dict | None = None) -> str:
    return _env().get_template("form.html").render(page=page or {}, error=error, values=values or {},
                                                  assets=assets())


# ---------------------------------------------------------------------------------------------
# the view: the report dict laid out for the template


def build_view(report: dict, *, rules: Iterable[Any] = (), hidden: dict | None = None) -> dict:
    article = report.get("article") or {}
    text = article.get("text") or ""
    findings = [_finding(i, f, text) for i, f in enumerate(report.get("findings") or [])]
    summary = report.get("summary") or {}
    counts = summary.get("counts") or {s: sum(f["severity"] == s for f in findings) for s in SEVERITIES}
    top = [findings[i] for i in summary.get("top") or [] if 0 <= i < len(findings)]
    names = {e.get("id"): e.get("name") for e in report.get("entities") or []}
    names.update({v.get("id"): v.get("name") for v in report.get("events") or []})
    rule_docs = [{"code": r.code, "name": r.name, "category": r.category, "severity": r.severity,
                  "doc": r.doc} for r in rules]
    return {
        "report": report,
        "article": article,
        "title": article.get("title") or _first_line(text) or "copydesk report",
        "published": in_words(article.get("published") or "") or article.get("published"),
        "counts": counts,
        "attribution": summary.get("attribution") or {},
        "top": top,
        "findings": findings,
        "groups": [(s, [f for f in findings if f["severity"] == s]) for s in SEVERITIES],
        "families": sorted({(f["family"], FAMILIES.get(f["family"], f["family"])) for f in findings}),
        "categories": sorted({f["category"] for f in findings if f["category"]}),
        "blocks": _blocks(article, text, findings),
        "quotes": _quotes(report.get("quotes") or [], text),
        "entities": _entities(report.get("entities") or []),
        "events": _events(report.get("events") or [], _labels(report)),
        "timeline": _timeline(report.get("timeline") or [], names, report.get("claims") or [], text),
        "rules": rule_docs,
        "hidden": {k: v for k, v in (hidden or {}).items() if v},
        "extra_keys": [k for k in report if k not in KNOWN_KEYS],
    }


KNOWN_KEYS = {"schema", "copydesk", "article", "summary", "findings", "entities", "timexes", "quotes",
              "claims", "timeline", "events"}


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0][:200] if text.strip() else ""


def _finding(i: int, f: dict, text: str) -> dict:
    evidence = []
    for e in f.get("evidence") or []:
        start = e.get("start", 0)
        line, col = display_line_col(text, start)
        ctx = e.get("context") or None
        before = after = ""
        if ctx and ctx.get("start", start) <= start and ctx.get("end", 0) >= e.get("end", start):
            before = text[ctx["start"]:start]
            after = text[e["end"]:ctx["end"]]
        evidence.append({"line": line, "col": col, "text": e.get("text", ""), "role": e.get("role"),
                         "before": before, "after": after})
    code = f.get("code") or ""
    return {"i": i, "id": f.get("id", ""), "code": code, "rule": f.get("rule", ""),
            "category": f.get("category", ""), "severity": f.get("severity", "info"),
            "family": code[:3], "message": f.get("message", ""), "suggestion": f.get("suggestion"),
            "evidence": evidence,
            "spans": [(e.get("start", 0), e.get("end", 0)) for e in f.get("evidence") or []]}


def _blocks(article: dict, text: str, findings: list[dict]) -> list[dict]:
    """The article cut into its blocks, and each block at every evidence boundary: a piece
    carries the findings whose evidence covers it (a mark), or none (plain text)."""
    spans = []
    for f in findings:
        for s, e in f["spans"]:
            if 0 <= s < e <= len(text):
                spans.append((s, e, f))
    blocks = [(b.get("kind", "paragraph"), b["start"], b["end"]) for b in article.get("blocks") or []
              if 0 <= b.get("start", -1) < b.get("end", -1) <= len(text)]
    if not blocks and text:
        blocks = [("paragraph", 0, len(text))]
    out = []
    for kind, bs, be in blocks:
        cuts = {bs, be}
        for s, e, _ in spans:
            if s < be and e > bs:
                cuts.update(x for x in (s, e) if bs < x < be)
        points = sorted(cuts)
        pieces = []
        for a, b in zip(points, points[1:]):
            covering = [f for s, e, f in spans if s <= a and e >= b]
            if covering:
                worst = min(covering, key=lambda f: SEVERITIES.index(f["severity"])
                            if f["severity"] in SEVERITIES else 9)
                uniq = {f["i"]: f for f in covering}
                pieces.append({"text": text[a:b], "severity": worst["severity"],
                               "findings": " ".join(str(i) for i in sorted(uniq)),
                               "title": "; ".join(f"{f['code']} {f['rule']}" for f in uniq.values())})
            else:
                pieces.append({"text": text[a:b]})
        line, _ = display_line_col(text, bs)
        out.append({"kind": kind, "line": line, "pieces": pieces})
    return out


def _quotes(quotes: list[dict], text: str) -> list[dict]:
    rows = []
    for q in quotes:
        sp = q.get("speaker") or None
        parts = q.get("parts") or []
        said = " … ".join(p.get("text", "") for p in parts) if parts else q.get("text", "")
        line, _ = display_line_col(text, q.get("start", 0))
        rows.append({"line": line, "kind": q.get("kind", ""), "speaker": (sp.get("name") or sp.get("text"))
                     if sp else None, "named": bool(sp and sp.get("entity")), "medium": q.get("medium"),
                     "words": " ".join(said.split()), "nested": bool(q.get("parent"))})
    return rows


def _entities(entities: list[dict]) -> list[dict]:
    rows = []
    for e in entities:
        mentions = e.get("mentions") or []
        rows.append({"name": e.get("name", ""), "label": e.get("label", ""),
                     "variants": [v for v in e.get("variants") or [] if v != e.get("name")],
                     "mentions": len(mentions)})
    return sorted(rows, key=lambda r: -r["mentions"])


def _labels(report: dict) -> dict[str, str]:
    """What an id stands for, to show in its place: a person's name, a date's words."""
    labels = {e.get("id"): e.get("name") for e in report.get("entities") or []}
    for t in report.get("timexes") or []:
        words = in_words(t.get("value") or "")
        labels[t.get("id")] = f"{t.get('text')} ({words})" if words and (t.get('text') or '') not in words else t.get("text")
    labels.update({v.get("id"): v.get("name") for v in report.get("events") or []})
    return {k: v for k, v in labels.items() if k and v}


def _events(events: list[dict], labels: dict[str, str]) -> list[dict]:
    rows = []
    for v in events:
        slots = v.get("slots") or {}
        rows.append({"name": v.get("name") or v.get("type") or v.get("id", ""), "type": v.get("type", ""),
                     "mentions": [m.get("text", "") for m in v.get("mentions") or []],
                     "slots": [(k, ", ".join(_slot_text(x, labels) for x in vals) if isinstance(vals, list)
                                else _slot_text(vals, labels))
                               for k, vals in slots.items() if vals]})
    return rows


def _slot_text(x: Any, labels: dict[str, str]) -> str:
    if isinstance(x, dict):
        if "value" in x:
            return f"{x['value']} {x.get('of', '')}".strip()
        return ", ".join(f"{k} {labels.get(v, v) if isinstance(v, str) else v}" for k, v in x.items()
                         if k not in ("claim", "claims"))
    return labels.get(x, str(x)) if isinstance(x, str) else str(x)


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


def _when(value: str) -> float | None:
    """Where a TIMEX3 date value falls on an axis, in years (the middle of its period)."""
    m = _DATE_RE.match(value or "")
    if not m:
        m2 = re.match(r"^(\d{3})$", value or "")  # a decade
        return int(m2.group(1)) * 10 + 5 if m2 else None
    year = int(m.group(1))
    if m.group(4):
        return year + (int(m.group(4)) - 0.5) / 52.18
    if m.group(2):
        month = int(m.group(2))
        day = int(m.group(3)) if m.group(3) else 15
        return year + (month - 1 + (day - 0.5) / 31) / 12
    return year + 0.5


def _timeline(timeline: list[dict], names: dict, claims: list[dict], text: str) -> dict:
    """Events grouped per person or event, with their place on one shared time axis."""
    claim_line = {c.get("id"): display_line_col(text, c.get("start", 0))[0] for c in claims}
    groups: dict[Any, list] = {}
    for ev in timeline:
        groups.setdefault(ev.get("entity"), []).append(ev)
    xs = [x for ev in timeline if (x := _when(ev.get("date", ""))) is not None]
    lo, hi = (min(xs), max(xs)) if xs else (0.0, 1.0)
    # the axis runs from one round year to another, so that evenly spread labels sit on their ticks
    step = next((s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000) if (hi - lo) / s <= 6), 1000)
    lo = math.floor(lo / step) * step
    hi = max(math.ceil(hi / step) * step, lo + step)
    width = 1000

    def x_of(v: float) -> float:
        return round((v - lo) / (hi - lo) * width, 1)

    rows = []
    for entity, evs in groups.items():
        items = []
        for ev in evs:
            x = _when(ev.get("date", ""))
            other = sorted({claim_line[c] for c in ev.get("conflicts_with") or [] if c in claim_line})
            items.append({"date": ev.get("date", ""), "label": in_words(ev.get("date", "")) or ev.get("date", ""),
                          "event": ev.get("event", ""), "x": x_of(x) if x is not None else None,
                          "conflict": bool(ev.get("conflicts_with")), "conflict_lines": other})
        rows.append({"name": names.get(entity, entity) or "(no one named)", "entries": items})
    ticks = [{"x": x_of(y), "label": str(int(y))} for y in range(int(lo), int(hi) + 1, step)] if xs else []
    return {"rows": rows, "ticks": ticks, "width": width, "count": len(timeline)}
