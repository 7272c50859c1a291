"""Score copydesk on the hand-written cases: planted errors and clean controls.

    .venv/bin/python eval/cases.py [--only d01,d05] [--ids ID,...] [--categories C,...] [-v]

Reads ../shared/eval/cases/ (never copied into the project): every article named in its
expected.json is checked with its `published` date, as `copydesk check FILE --published DATE
--format json` would (one Checker, one model load), and scored by the rules of that folder's
README: an item is found when a finding of one of its categories and an accepted severity
overlaps every one of its evidence entries (a duplicate item: every occurrence); an error or
warning that matches no item is a false alarm, or a repeat when it restates a found item.
Prints one line per missed item, per false alarm and per repeat, then the summary line

    must F/N, should F/N, false alarms K (limit 2), repeats R, broken B
"""

from __future__ import annotations

import argparse
import json
import sys

import _common  # noqa: F401  (puts the project on sys.path)
from _common import SHARED

CASES = SHARED / "cases"
LOUD = ("error", "warning")


def occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _alts(entry) -> list[str]:
    return entry if isinstance(entry, list) else [entry]


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def matches(item: dict, finding: dict, text: str, *, kind: str) -> bool:
    if finding["category"] not in item["category"]:
        return False
    accepted = set(item.get("severity") or LOUD) | ({"info"} if kind == "may" else set())
    if finding["severity"] not in accepted:
        return False
    spans = [(e["start"], e["end"]) for e in finding["evidence"]]
    every = item["category"] == ["duplicate"]
    for entry in item["evidence"]:
        ok = False
        for alt in _alts(entry):
            occ = occurrences(text, alt)
            hit = [_overlaps(o, spans) for o in occ]
            if occ and (all(hit) if every else any(hit)):
                ok = True
                break
        if not ok:
            return False
    return True


def item_spans(item: dict, text: str) -> list[tuple[int, int]]:
    return [o for entry in item["evidence"] for alt in _alts(entry) for o in occurrences(text, alt)]


def score_article(name: str, spec: dict, report: dict | None, keep) -> dict:
    """Found, missed, false alarms and repeats of one article."""
    out = {"found": [], "missed": [], "false": [], "repeats": [], "broken": report is None}
    items = [(k, it) for k in ("must", "should", "may") for it in spec.get(k, []) if keep(it)]
    if report is None:
        out["missed"] = [(k, it["id"]) for k, it in items if k != "may"]
        return out
    text = report["article"]["text"]
    findings = report["findings"]
    matched_by: dict[int, list[str]] = {}
    found_items = []
    for k, it in items:
        hits = [i for i, f in enumerate(findings) if matches(it, f, text, kind=k)]
        for i in hits:
            matched_by.setdefault(i, []).append(it["id"])
        if hits:
            found_items.append(it)
            if k != "may":
                out["found"].append((k, it["id"]))
        elif k != "may":
            out["missed"].append((k, it["id"]))
    allow = set(spec.get("allow", []))
    for i, f in enumerate(findings):
        if i in matched_by or f["severity"] not in LOUD or f["category"] in allow:
            continue
        if not keep_finding(f, keep) or getattr(keep, "ids", None):
            continue
        spans = [(e["start"], e["end"]) for e in f["evidence"]]
        repeat = any(f["category"] in it["category"] and
                     any(_overlaps(o, spans) for o in item_spans(it, text)) for it in found_items)
        (out["repeats"] if repeat else out["false"]).append(f)
    return out


def keep_finding(f: dict, keep) -> bool:
    cats = getattr(keep, "categories", None)
    return not cats or f["category"] in cats


def describe(f: dict) -> str:
    ev = " | ".join(e["text"].replace("\n", " ")[:70] for e in f["evidence"])
    return f'{f["code"]} {f["category"]} {f["severity"]}: {f["message"][:140]} [{ev}]'


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated article prefixes (d01,d05) to score")
    ap.add_argument("--ids", help="comma-separated item ids to score")
    ap.add_argument("--categories", help="comma-separated categories (items and false alarms)")
    ap.add_argument("--json", action="store_true", help="print the per-article result as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list the items found")
    args = ap.parse_args(argv)

    from copydesk import Checker
    from copydesk.errors import CopydeskError

    spec = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))["articles"]
    only = tuple(args.only.split(",")) if args.only else None
    ids = set(args.ids.split(",")) if args.ids else None
    cats = set(args.categories.split(",")) if args.categories else None

    def keep(it):
        return (ids is None or it["id"] in ids) and (cats is None or set(it["category"]) & cats)
    keep.categories = cats
    keep.ids = ids

    checker = Checker(config=False)
    totals = {"must": [0, 0], "should": [0, 0]}
    n_false = n_rep = broken = 0
    results = {}
    for name in sorted(spec):
        if only and not name.startswith(only):
            continue
        art = spec[name]
        try:
            report = checker.check(CASES / name, published=art["published"]).to_dict()
        except CopydeskError as exc:
            print(f"{name}: broken: {exc}")
            report = None
        r = score_article(name, art, report, keep)
        results[name] = r
        broken += r["broken"]
        for k, _ in r["found"]:
            totals[k][0] += 1
        for k in ("must", "should"):
            totals[k][1] += sum(1 for it in art.get(k, []) if keep(it))
        for k, iid in r["missed"]:
            print(f"{name}: missed {k} {iid}")
        if args.verbose:
            for k, iid in r["found"]:
                print(f"{name}: found {k} {iid}")
        for f in r["false"]:
            print(f"{name}: false alarm {describe(f)}")
        for f in r["repeats"]:
            print(f"{name}: repeat {describe(f)}")
        n_false += len(r["false"])
        n_rep += len(r["repeats"])
    if args.json:
        print(json.dumps({n: {"found": r["found"], "missed": r["missed"],
                              "false": [describe(f) for f in r["false"]],
                              "repeats": [describe(f) for f in r["repeats"]]}
                          for n, r in results.items()}, indent=1))
    m, s = totals["must"], totals["should"]
    print(f"must {m[0]}/{m[1]}, should {s[0]}/{s[1]}, false alarms {n_false} (limit 2), "
          f"repeats {n_rep}, broken {broken}")
    ok = m[0] == m[1] and 2 * s[0] >= s[1] and n_false <= 2 and not broken
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
