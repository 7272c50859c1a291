"""Score copydesk on the sample article against what a careful copy editor finds there.

    .venv/bin/python eval/sample.py [--json]

Reads ../shared/samples/soleimani-profile.txt (never copied into the project) and the table of
expected findings in eval/sample_expected.json; prints found/missed per item, then every
warning or error that matches no expectation (the false alarms a copy editor would see).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import copydesk  # noqa: E402


def lines_of(report, spans) -> set[int]:
    return {report.article.line_col(s.start)[0] for s in spans}


def finding_matches(report, f, exp) -> bool:
    if not f.code.startswith(exp["code"]):
        return False
    if "severity" in exp and f.severity != exp["severity"]:
        return False
    if "suggestion" in exp and (f.suggestion or "").strip() != exp["suggestion"]:
        return False
    hit = lines_of(report, f.evidence)
    if any(not hit & set(group) for group in exp.get("lines", [])):
        return False
    texts = " ".join(e.text for e in f.evidence) + " " + f.message
    return all(t in texts for t in exp.get("texts", []))


def quote_matches(report, q, exp) -> bool:
    if report.article.line_col(q.start)[0] != exp["quote_line"] and \
            not any(report.article.line_col(p.start)[0] == exp["quote_line"] for p in q.parts):
        return False
    if exp.get("nested") and q.parent is None:
        return False
    sp = q.speaker
    if exp["speaker"] is None:
        return sp is not None and sp.entity is None and exp["unnamed"].lower() in sp.text.lower()
    return sp is not None and exp["speaker"] in f"{sp.name or ''} {sp.text}"


def met(report, exp) -> object | None:
    if "quote_line" in exp:
        return next((q for q in report.quotes if quote_matches(report, q, exp)), None)
    if "timeline_conflict" in exp:
        return next((t for t in report.timeline if t.conflicts_with), None)
    return next((f for f in report.findings if finding_matches(report, f, exp)), None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--expected", default=str(HERE / "sample_expected.json"))
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args()
    spec = json.loads(Path(args.expected).read_text("utf-8"))
    article = (HERE.parent / spec["article"]).resolve()
    if not article.exists():
        print(f"sample not found: {article}", file=sys.stderr)
        return 2
    report = copydesk.check(article, published=spec["published"])

    used: set[int] = set()
    rows, found_total, expected_total = [], 0, 0
    for item in spec["items"]:
        hits = []
        for exp in item["expect"]:
            m = met(report, exp)
            hits.append(m is not None)
            if m is not None and not hasattr(m, "speaker") and hasattr(m, "code"):
                used.add(id(m))
        found_total += sum(hits)
        expected_total += len(hits)
        rows.append((item, hits))
        status = "FOUND" if all(hits) else ("partial" if any(hits) else "missed")
        print(f"{item['item']:>2} {'must' if item['must'] else 'should':<6} {status:<8} "
              f"{sum(hits)}/{len(hits)}  {item['kind']}")
        for exp, ok in zip(item["expect"], hits):
            if not ok:
                print(f"{'':>18}missing: {json.dumps(exp, ensure_ascii=False)}")

    extras = [f for f in report.findings if id(f) not in used and f.severity != "info"]
    print(f"\nexpectations met: {found_total}/{expected_total}")
    print(f"unexpected warnings/errors: {len(extras)}")
    for f in extras:
        lines = sorted(lines_of(report, f.evidence))
        print(f"  {f.code} {f.severity} lines {lines}: {f.message}")
    if args.json:
        print(json.dumps({"met": found_total, "expected": expected_total,
                          "unexpected": [f.to_dict() for f in extras]}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
