"""Speed work must not change what copydesk reports: dump the JSON reports of a fixed set of
texts, then compare a later dump with it.

    .venv/bin/python benchmarks/same_reports.py dump /tmp/before.jsonl
    .venv/bin/python benchmarks/same_reports.py dump /tmp/after.jsonl
    .venv/bin/python benchmarks/same_reports.py diff /tmp/before.jsonl /tmp/after.jsonl
    .venv/bin/python benchmarks/same_reports.py dump --wide /tmp/before-wide.jsonl


The texts: the demo, the sample, the tests' corpus, the cases, 60 Wikinews articles whole and
30 cut to wire length, and 20 PolNeAR texts, all read from ../shared (never copied here).
`--wide` adds the rest: every Wikinews article cut to wire length and 100 more whole, every
PolNeAR text (dev and dev_extra) and the interviews, about 700 reports in all.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("COPYDESK_SHARED", ROOT.parent / "shared"))
EVAL = SHARED / "eval"


def _jsonl(path: Path, limit: int) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(limit), fh)]


def _short(body: str, words: int = 150) -> str:
    kept, n = [], 0
    for para in body.split("\n\n"):
        w = len(para.split())
        if kept and n + w > words:
            break
        kept.append(para)
        n += w
    return "\n\n".join(kept)


def items(wide: bool = False) -> list[tuple[str, str, str | None]]:
    out = [("demo", (ROOT / "copydesk/demo/article.txt").read_text(encoding="utf-8"), "2025-03-14"),
           ("sample", (SHARED / "samples/soleimani-profile.txt").read_text(encoding="utf-8"), "2020-01-03")]
    for r in _jsonl(ROOT / "tests/data/corpus.jsonl", 100):
        out.append((r["id"], r["text"], r.get("published")))
    spec = json.loads((EVAL / "cases/expected.json").read_text(encoding="utf-8"))["articles"]
    for name, art in sorted(spec.items()):
        out.append((name, (EVAL / "cases" / name).read_text(encoding="utf-8"), art["published"]))
    for i, r in enumerate(_jsonl(EVAL / "news/articles.jsonl", 60)):
        out.append((r["id"], f"{r['title']}\n\n{r['text']}", r["published"]))
        if i < 30:
            out.append((r["id"] + "-short", f"{r['title']}\n\n{_short(r['text'])}", r["published"]))
    for r in _jsonl(EVAL / "quotes/dev.jsonl", 20):
        out.append((r["id"], r["text"], (r.get("meta") or {}).get("publication_date")))
    out.append(("undated", "Mayor opens library\n\nThe mayor, Dana Whitfield, 47, opened it on Saturday.", None))
    if wide:
        for i, r in enumerate(_jsonl(EVAL / "news/articles.jsonl", 260)):
            if i >= 30:
                out.append((r["id"] + "-short", f"{r['title']}\n\n{_short(r['text'])}", r["published"]))
            if 60 <= i < 160:
                out.append((r["id"], f"{r['title']}\n\n{r['text']}", r["published"]))
        for name, skip in (("quotes/dev.jsonl", 20), ("quotes/dev_extra.jsonl", 0), ("news/interviews.jsonl", 0)):
            for r in _jsonl(EVAL / name, 1000)[skip:]:
                text = r["text"] if "title" not in r else f"{r['title']}\n\n{r['text']}"
                out.append((r["id"], text, r.get("published") or (r.get("meta") or {}).get("publication_date")))
    return out


def dump(path: str, wide: bool = False) -> None:
    from copydesk import Checker

    todo = items(wide)
    checker = Checker(config=False)
    with open(path, "w", encoding="utf-8") as fh:
        for (name, _, _), rep in zip(todo, checker.pipe([(t, p) for _, t, p in todo], errors="yield")):
            d = rep.to_dict() if hasattr(rep, "to_dict") else {"error": str(rep)}
            fh.write(json.dumps({"name": name, "report": d}, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(todo)} reports written to {path}")


def diff(a: str, b: str) -> int:
    left = [json.loads(x) for x in open(a, encoding="utf-8")]
    right = [json.loads(x) for x in open(b, encoding="utf-8")]
    bad = 0
    for x, y in zip(left, right):
        if x != y:
            bad += 1
            keys = [k for k in set(x["report"]) | set(y["report"]) if x["report"].get(k) != y["report"].get(k)]
            print(f"{x['name']}: differs in {sorted(keys)}")
    if len(left) != len(right):
        print(f"{len(left)} reports against {len(right)}")
        bad += 1
    print(f"{len(left)} reports, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(sys.argv[-1], wide="--wide" in sys.argv[2:-1])
    elif sys.argv[1:2] == ["diff"]:
        raise SystemExit(diff(sys.argv[2], sys.argv[3]))
    else:
        raise SystemExit(__doc__)
