"""False alarms on clean, edited copy: copydesk on Wikinews (shared/eval/news) or PolNeAR.

    .venv/bin/python eval/false_alarms.py [--corpus news|polnear] [--split all|tune|test]
                                          [--data PATH] [--limit N] [--out FILE] [--json]
                                          [--select CD5,CD6]

`--corpus polnear` reads the PolNeAR texts (seven US outlets, 2016; a second house style) in
../shared/eval/quotes/dev.jsonl and dev_extra.jsonl, dated by their metadata. `--split` keeps
a third of each corpus untouched for the closing note: `test` is the articles whose id hashes
to 0 mod 3, `tune` the rest (tune on `tune`, report `test`).

Every article in ../shared/eval/news/articles.jsonl (edited, peer-reviewed Wikinews reports,
with their publication dates) goes through ``copydesk.Checker``; the script prints the
warning and error findings per 1,000 words, overall, per rule family and per rule, and
writes every such finding with its evidence (line:column and text) and the sentence around
it to ``eval/out/false_alarms.txt`` (gitignored), one block per finding, so that each can be
read and judged by hand. The goal: at most 0.5 warning+error findings per 1,000 words.

The data is read in place and never copied into the project.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter
from pathlib import Path

from _common import OUT as OUT_DIR, SHARED  # noqa: E402  (first: sets sys.path)

DATA = SHARED / "news" / "articles.jsonl"
OUT = OUT_DIR / "false_alarms.txt"
TARGET = 0.5


POLNEAR = [SHARED / "quotes" / "dev.jsonl", SHARED / "quotes" / "dev_extra.jsonl"]


def load(path: Path, limit: int | None = None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def load_polnear(paths=POLNEAR) -> list[dict]:
    """PolNeAR rows as news rows: the headline is already the text's first line."""
    rows = []
    for path in paths:
        for r in load(Path(path)):
            rows.append({"id": r["id"], "title": "", "text": r["text"],
                         "published": (r.get("meta") or {}).get("publication_date")})
    return rows


def in_split(row_id: str, split: str) -> bool:
    if split == "all":
        return True
    test = int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 3 == 0
    return test if split == "test" else not test


def article_text(row: dict) -> str:
    """The headline as the first line, a blank line, then the body (copydesk's text layout)."""
    title = (row.get("title") or "").strip()
    return f"{title}\n\n{row['text']}" if title else row["text"]


def context(text: str, start: int, end: int, width: int = 160) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    a, b = max(a, start - width), min(b, end + width)
    return " ".join(text[a:b].split())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", choices=("news", "polnear"), default="news")
    ap.add_argument("--split", choices=("all", "tune", "test"), default="all")
    ap.add_argument("--data", help="a news-style JSONL file (default: the corpus's own)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--out", help=f"where the findings go (default {OUT.name} or false_alarms_<corpus>_<split>.txt)")
    ap.add_argument("--select", help="rule codes or prefixes, comma-separated")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--encoder", action="store_true", help="loaded language with the opt-in encoder")
    args = ap.parse_args()

    import copydesk

    if args.data:
        rows = load(Path(args.data))
    elif args.corpus == "polnear":
        rows = load_polnear()
    else:
        rows = load(DATA)
    rows = [r for r in rows if in_split(r["id"], args.split)]
    rows = rows[:args.limit] if args.limit else rows
    select = [s for s in (args.select or "").split(",") if s] or None
    checker = copydesk.Checker(config=False, select=select, loaded_encoder=args.encoder or None)
    t0 = time.perf_counter()
    words = 0
    by_rule: Counter[str] = Counter()
    by_family: Counter[str] = Counter()
    by_sev: Counter[str] = Counter()
    info: Counter[str] = Counter()
    articles_hit = 0
    blocks: list[str] = []
    items = [(article_text(r), r["published"]) for r in rows]
    refused = []
    for row, report in zip(rows, checker.pipe(items, errors="yield")):
        if isinstance(report, Exception):  # refused by design (not English, empty): not a false alarm
            refused.append(f"{row['id']}: {report}")
            continue
        words += report.article.words
        shown = [f for f in report.findings if f.severity in ("error", "warning")]
        for f in report.findings:
            if f.severity == "info":
                info[f.code] += 1
        articles_hit += bool(shown)
        for f in shown:
            by_rule[f"{f.code} {f.rule}"] += 1
            by_family[f.code[:3] + "xx"] += 1
            by_sev[f.severity] += 1
            lines = [f"## {row['id']}  {f.code} {f.rule} {f.severity}  id {f.id}",
                     f"   {f.message}"]
            if f.suggestion:
                lines.append(f"   suggestion: {f.suggestion}")
            for e in f.evidence:
                ln, col = report.article.line_col(e.start)
                lines.append(f"   {ln}:{col} ({e.role}) “{' '.join(e.text.split())[:200]}”")
                lines.append(f"      … {context(report.article.text, e.start, e.end)}")
            blocks.append("\n".join(lines))
    secs = time.perf_counter() - t0
    total = sum(by_rule.values())
    per_k = 1000 * total / words if words else 0.0
    print(f"{args.corpus} ({args.split}): {len(rows) - len(refused)} articles, {words} words, {secs:.1f} s")
    for line in refused:
        print(f"  refused as input (not counted): {line}")
    print(f"warning+error findings: {total} ({by_sev['error']} errors, {by_sev['warning']} warnings) "
          f"= {per_k:.3f} per 1,000 words (target <= {TARGET}); {articles_hit} articles with any")
    print("\nper family (per 1,000 words):")
    for fam, n in sorted(by_family.items()):
        print(f"  {fam}  {n:>4}  {1000 * n / words:.3f}")
    print("\nper rule (per 1,000 words):")
    for r, n in sorted(by_rule.items()):
        print(f"  {r:<36} {n:>4}  {1000 * n / words:.3f}")
    if info:
        print("\ninfo findings (not counted): " + ", ".join(f"{c} {n}" for c, n in sorted(info.items())))
    out = Path(args.out) if args.out else (
        OUT if (args.corpus, args.split) == ("news", "all") else OUT_DIR / f"false_alarms_{args.corpus}_{args.split}.txt")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n\n".join(blocks) + "\n", "utf-8")
    print(f"\n{len(blocks)} findings with evidence written to {out}")
    if args.json:
        print(json.dumps({"articles": len(rows), "words": words, "findings": total,
                          "per_1000_words": round(per_k, 3),
                          "per_family": {k: round(1000 * v / words, 3) for k, v in by_family.items()},
                          "per_rule": {k: v for k, v in by_rule.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
