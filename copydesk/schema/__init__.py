"""The report's JSON Schema, published with the package."""

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def report_schema() -> dict:
    return json.loads(files(__package__).joinpath("report.schema.json").read_text("utf-8"))


def span_problems(report: dict) -> list[str]:
    """Every span in a report dict must quote article.text exactly."""
    text = report["article"]["text"]
    problems = []

    def check(where: str, s: dict | None) -> None:
        if s and text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"{where}: text[{s['start']}:{s['end']}] != {s['text']!r}")

    for b in report["article"]["blocks"]:
        if not (0 <= b["start"] < b["end"] <= len(text)):
            problems.append(f"block {b} out of range")
    for f in report["findings"]:
        for e in f["evidence"]:
            check(f"finding {f['code']}", e)
    for e in report["entities"]:
        for m in e["mentions"]:
            check(f"entity {e['id']}", m)
    for t in report["timexes"]:
        check(f"timex {t['id']}", t)
    for q in report["quotes"]:
        check(f"quote {q['id']}", q)
        for p in q["parts"]:
            check(f"quote {q['id']} part", p)
        check(f"quote {q['id']} cue", q["cue"])
        check(f"quote {q['id']} speaker", q["speaker"])
    for i in report["summary"]["top"]:
        if not 0 <= i < len(report["findings"]):
            problems.append(f"summary.top index {i} out of range")
    return problems


def validate_report(report: dict) -> None:
    """Raise if a report dict breaks the JSON Schema or quotes its text wrongly."""
    import jsonschema

    jsonschema.validate(report, report_schema())
    problems = span_problems(report)
    if problems:
        raise ValueError("; ".join(problems[:5]))
