"""Score the contradiction rules (CD4xx) on the shared self-contradiction data.

    .venv/bin/python eval/contradictions.py [--data DIR] [--limit N] [--show fp|fn|ctl|all] [--json]

Reads ../shared/eval/contradictions/ (never copied into the project): the injected news set
(one value changed in a restated sentence; control documents carry a consistent
restatement) and the WikiContradict subset (real pairs from Wikipedia). A document is
flagged when a CD4xx warning or error fires (--include-info: any severity; info is "the
article itself reports the dispute", which a copy editor need not act on). Prints, per file: precision, recall,
F1 and accuracy at document level; the share of control documents flagged (and of plain
negatives); the share of negatives flagged; the evidence hit rate (a true positive whose
findings include one whose evidence overlaps both gold spans; strict: >= 50% of each gold
span) and pair-hit@1 (the same for the first CD4 finding); then recall and hit rate per
type and scope, and the time the CD4 rules took against parsing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from copydesk import Checker  # noqa: E402

DATA = HERE.parent / ".." / "shared" / "eval" / "contradictions"
INCLUDE_INFO = False
NEWS = HERE.parent / ".." / "shared" / "eval" / "news" / "articles.jsonl"
FILES = {"injected": "injected_news_dev.jsonl", "wikicontradict": "wikicontradict_subset_dev.jsonl"}


def overlaps(span, gold, strict: bool = False) -> bool:
    s, e = span
    gs, ge = gold
    inter = min(e, ge) - max(s, gs)
    if inter <= 0:
        return False
    return not strict or inter >= 0.5 * (ge - gs)


def pair_hit(finding, golds, strict: bool = False) -> bool:
    spans = [(e.start, e.end) for e in finding.evidence]
    return all(any(overlaps(sp, g, strict) for sp in spans) for g in golds)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_file(checker: Checker, path: Path, limit: int | None, show: str | None) -> dict:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    if limit:
        rows = rows[:limit]
    results = []
    for row, report in zip(rows, checker.pipe((r["text"] for r in rows), batch_size=16)):
        cd4 = [f for f in report.findings if f.code.startswith("CD4")
               and (INCLUDE_INFO or f.severity != "info")]
        results.append((row, cd4))
    tp = fp = fn = tn = 0
    hits = strict_hits = top_hits = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # positives, found, hit
    by_scope: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_code: dict[str, int] = defaultdict(int)
    ctl = [0, 0]
    plain = [0, 0]
    negs = [0, 0]
    for row, cd4 in results:
        flagged = bool(cd4)
        for f in cd4:
            by_code[f"{f.code} {f.severity}"] += 1
        if row["has_contradiction"]:
            golds = [(e["start"], e["end"]) for e in row["evidence"]]
            hit = flagged and any(pair_hit(f, golds) for f in cd4)
            for key, table in ((row.get("type") or "?", by_type), (row.get("scope") or "?", by_scope)):
                table[key][0] += 1
                table[key][1] += flagged
                table[key][2] += hit
            if flagged:
                tp += 1
                hits += hit
                strict_hits += any(pair_hit(f, golds, strict=True) for f in cd4)
                top_hits += pair_hit(cd4[0], golds)
            else:
                fn += 1
            if show in ("fn", "all") and (not flagged or not hit):
                print(f"\n[{'FN' if not flagged else 'MISS-EVIDENCE'}] {row['id']} {row.get('type')}/{row.get('subtype')}")
                for e in row["evidence"]:
                    print(f"   gold {e['role']}: {row['text'][e['start']:e['end']][:200]!r}")
                for f in cd4:
                    print(f"   found {f.code}: {f.message[:200]}")
        else:
            negs[0] += 1
            negs[1] += flagged
            if flagged:
                fp += 1
            else:
                tn += 1
            bucket = ctl if row.get("control") else plain
            bucket[0] += 1
            bucket[1] += flagged
            if flagged and (show in ("fp", "all") or show == "ctl" and row.get("control")):
                print(f"\n[FP{' control' if row.get('control') else ''}] {row['id']} {row.get('type')}/{row.get('subtype')}")
                for f in cd4:
                    print(f"   {f.code} {f.severity}: {f.message[:240]}")
                    for e in f.evidence:
                        print(f"      {e.text[:160]!r}")
    p, r, f1 = prf(tp, fp, fn)
    return {
        "docs": len(results), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
        "accuracy": round((tp + tn) / max(1, len(results)), 3),
        "negatives_flagged": round(negs[1] / negs[0], 3) if negs[0] else None,
        "control_flagged": round(ctl[1] / ctl[0], 3) if ctl[0] else None,
        "control_counts": ctl, "plain_flagged": round(plain[1] / plain[0], 3) if plain[0] else None,
        "plain_counts": plain,
        "evidence_hit_rate": round(hits / tp, 3) if tp else None,
        "evidence_hit_rate_strict": round(strict_hits / tp, 3) if tp else None,
        "pair_hit_at_1": round(top_hits / tp, 3) if tp else None,
        "by_type": {k: {"n": v[0], "recall": round(v[1] / v[0], 3), "hit": v[2]} for k, v in sorted(by_type.items())},
        "by_scope": {k: {"n": v[0], "recall": round(v[1] / v[0], 3), "hit": v[2]} for k, v in sorted(by_scope.items())},
        "findings_by_code": dict(sorted(by_code.items())),
    }


def run_news(checker: Checker, path: Path, limit: int | None) -> dict:
    """Clean, edited copy: every CD4xx finding is a false alarm unless a reader would agree
    the article contradicts itself. Prints each warning/error for judgement."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    if limit:
        rows = rows[:limit]
    words = 0
    counts: dict[str, int] = defaultdict(int)
    shown = 0
    items = [(r["title"] + "\n\n" + r["text"] if r.get("title") else r["text"], r.get("published")) for r in rows]
    for row, report in zip(rows, checker.pipe(items, batch_size=16)):
        words += report.article.words
        for f in report.findings:
            if not f.code.startswith("CD4"):
                continue
            counts[f.severity] += 1
            if f.severity == "info":
                continue
            shown += 1
            print(f"\n[{f.code} {f.severity}] {row['id']}: {f.message[:300]}")
            for e in f.evidence:
                print(f"      {report.article.line_col(e.start)[0]:>4}: {' '.join(e.text.split())[:180]!r}")
    we = counts["warning"] + counts["error"]
    return {"docs": len(rows), "words": words, "counts": dict(counts),
            "warnings_errors_per_1000_words": round(1000 * we / max(1, words), 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--only", choices=sorted(FILES) + ["news"], help="one file only")
    ap.add_argument("--news", action="store_true",
                    help="also run the clean Wikinews copy and print every CD4xx warning/error")
    ap.add_argument("--limit", type=int, help="first N documents of each file")
    ap.add_argument("--show", choices=["fp", "fn", "ctl", "all"], help="print false alarms / misses")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--include-info", action="store_true",
                    help="count info findings as flags too (by default a document is flagged by a CD4xx "
                         "warning or error: what a copy editor must act on)")
    args = ap.parse_args()
    global INCLUDE_INFO
    INCLUDE_INFO = args.include_info
    data = Path(args.data)
    if not data.exists():
        print(f"data not found: {data}", file=sys.stderr)
        return 2
    checker = Checker(config=False, select=["CD4"])
    scores = {}
    t0 = time.perf_counter()
    for name, fname in FILES.items():
        if args.only and name != args.only:
            continue
        scores[name] = run_file(checker, data / fname, args.limit, args.show)
    if args.news or args.only == "news":
        scores["news"] = run_news(checker, NEWS, args.limit)
    wall = time.perf_counter() - t0
    timings = {k: round(v, 2) for k, v in sorted(checker.timings.items())}
    parse = checker.timings.get("parse", 0.0)
    cd4 = checker.timings.get("checks:CD4xx", 0.0) + checker.timings.get("facts", 0.0)
    scores["timing"] = {"wall_s": round(wall, 1), "stages_s": timings,
                        "cd4_share_of_parse": round(cd4 / parse, 3) if parse else None}
    if args.json:
        print(json.dumps(scores, indent=2))
        return 0
    for name, s in scores.items():
        if name == "timing":
            continue
        if name == "news":
            print(f"\n== clean copy (Wikinews): {s['docs']} articles, {s['words']} words: CD4xx {s['counts']}, "
                  f"{s['warnings_errors_per_1000_words']} warnings+errors per 1,000 words")
            continue
        print(f"\n== {name}: {s['docs']} documents")
        print(f"   P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  accuracy {s['accuracy']:.3f}"
              f"   (tp {s['tp']} fp {s['fp']} fn {s['fn']} tn {s['tn']})")
        print(f"   negatives flagged {s['negatives_flagged']}", end="")
        if s["control_flagged"] is not None:
            print(f"   control flagged {s['control_flagged']} ({s['control_counts'][1]}/{s['control_counts'][0]})"
                  f"   plain flagged {s['plain_flagged']} ({s['plain_counts'][1]}/{s['plain_counts'][0]})", end="")
        print()
        print(f"   evidence hit rate {s['evidence_hit_rate']}  strict {s['evidence_hit_rate_strict']}"
              f"  pair-hit@1 {s['pair_hit_at_1']}")
        print("   by type:  " + "  ".join(f"{k} {v['recall']:.2f} (n={v['n']}, hit {v['hit']})" for k, v in s["by_type"].items()))
        print("   by scope: " + "  ".join(f"{k} {v['recall']:.2f} (n={v['n']}, hit {v['hit']})" for k, v in s["by_scope"].items()))
        print("   findings: " + ", ".join(f"{k} {n}" for k, n in s["findings_by_code"].items()))
    t = scores["timing"]
    print(f"\ntime: {t['wall_s']} s; CD4 (facts + rules) = {t['cd4_share_of_parse']} of parse time; stages {t['stages_s']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
