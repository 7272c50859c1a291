"""Paired A/B of the analysis after the parse: two copydesk trees in one process, alternately.

    .venv/bin/python benchmarks/analysis_ab.py OLD_DIR NEW_DIR [--limit 100] [--rounds 8] [--short 150]

OLD_DIR and NEW_DIR each hold a ``copydesk`` package: a checkout, or a revision written out
with ``git archive REV | tar -x -C DIR``. Each is copied under its own package name (copydesk's
imports are relative) and loaded with its own model; every round parses the articles with each
tree's pipeline, then times that tree's analysis (``Checker.finish``) in CPU seconds, the two
trees taking turns (A B, B A, ...). On a shared machine the load moves by tens of per cent
within a minute, so two speed.py runs minutes apart cannot show a change of a few per cent; the
same process, the same minute and the least of several rounds can.

Reads ../shared/eval/news/articles.jsonl (never copied into the project).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import DATA, load_texts  # noqa: E402


def _load(tree: Path, name: str, into: Path):
    src = tree / "copydesk"
    if not (src / "pipeline.py").exists():
        raise SystemExit(f"{tree}: no copydesk package there")
    shutil.copytree(src, into / name, ignore=shutil.ignore_patterns("__pycache__"))
    return importlib.import_module(f"{name}.pipeline")


def _analysis(pl, checker, items) -> float:
    preps = [checker.prepare(t, p) for t, p in items]
    docs = list(pl.nlp.parse_blocks(checker.nlp, [t for p in preps for t in pl._block_texts(p.article)]))
    it = iter(docs)
    c0 = time.process_time()
    for p in preps:
        checker.finish(p, [next(it) for _ in p.article.blocks])
    return time.process_time() - c0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--short", type=int, nargs="?", const=150, default=150,
                    help="cut articles to about this many words (0: whole articles)")
    args = ap.parse_args()
    items = load_texts(Path(args.data), args.limit, args.short or None)
    with tempfile.TemporaryDirectory(prefix="copydesk-ab-") as tmp:
        sys.path.insert(0, tmp)
        sides = {}
        for label, tree in (("old", args.old), ("new", args.new)):
            pl = _load(tree.resolve(), f"copydesk_ab_{label}", Path(tmp))
            checker = pl.Checker(config=False)
            list(checker.pipe(items))  # every cache warm, as in the rounds that count
            sides[label] = (pl, checker)
        times: dict[str, list[float]] = {"old": [], "new": []}
        for r in range(args.rounds):
            for label in (("old", "new") if r % 2 == 0 else ("new", "old")):
                pl, checker = sides[label]
                times[label].append(_analysis(pl, checker, items))
    old, new = times["old"], times["new"]
    words = sum(len(t.split()) for t, _ in items)
    print(f"{len(items)} articles, {words:,} words; {args.rounds} rounds, analysis CPU seconds")
    for label, ts in times.items():
        print(f"  {label}: least {min(ts):.3f}  median {statistics.median(ts):.3f}  ({' '.join(f'{x:.2f}' for x in ts)})")
    paired = [n / o for o, n in zip(old, new)]
    print(f"new / old: least {min(new) / min(old):.3f}, median {statistics.median(new) / statistics.median(old):.3f}; "
          f"paired rounds {min(paired):.2f}-{max(paired):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
