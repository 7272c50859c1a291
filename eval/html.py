"""HTML ingest against the Zyte article-extraction benchmark pages (../shared/eval/html).

    .venv/bin/python eval/html.py [--limit N] [--data PATH] [--show-worst K]

Each page goes through ``copydesk.ingest.load_bytes(html, source=url, html=True)``; the body
of ``article.text`` (without the title line and blank line that ingest puts first) is scored
against the hand-made ``text`` with the benchmark's own metric: ``\\w+`` tokens, multisets of
4-token shingles, per-page TP/FP/FN divided by their sum, mean precision and mean recall over
pages, F1 from the two means. A page that fails to load (InputError) is an empty prediction.
The pages are read in place, never copied into the project.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _common import SHARED  # noqa: E402  (first: takes eval/, which this file's name shadows, off sys.path)

import argparse
import json
import re
import statistics
import time
from collections import Counter


from copydesk.errors import InputError  # noqa: E402
from copydesk.ingest import extract_html, load_bytes  # noqa: E402

DEFAULT_DATA = SHARED / "html" / "pages.jsonl"
PUBLISHED = {"trafilatura 2.0.0": (0.962, 0.963, 0.962), "Readability.js 0.6.0": (0.932, 0.992, 0.961)}
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    # a text shorter than n tokens gives one shorter shingle; an empty text gives none
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(pred: str, truth: str) -> tuple[float, float, float]:
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarise(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """As the benchmark: precision over pages that predicted something, recall over pages with
    a ground truth, F1 from the two means."""
    ps = [precision(*r) for r in rows if r[0] + r[1] > 0]
    rs = [recall(*r) for r in rows if r[0] + r[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def body_of(text: str, title: str | None) -> str:
    """article.text without the title line and the blank line after it."""
    if title and text.startswith(title + "\n\n"):
        return text[len(title) + 2:]
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="pages.jsonl (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    ap.add_argument("--show-worst", type=int, default=5, metavar="K", help="list the K lowest-F1 pages")
    args = ap.parse_args(argv)

    data = args.data.resolve()
    if not data.is_file():
        print(f"eval/html.py: no data at {data}", file=sys.stderr)
        return 2
    pages = []
    with data.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                pages.append(json.loads(line))
            if args.limit and len(pages) >= args.limit:
                break

    with_caps, without_caps, failures, per_page = [], [], [], []
    started = time.perf_counter()
    for page in pages:
        raw = page["html"].encode("utf-8")
        try:
            article = load_bytes(raw, source=page["url"], html=True)
            pred = body_of(article.text, article.title)
        except InputError as exc:
            failures.append((page["url"], str(exc)))
            pred = ""
        try:
            bare = extract_html(raw, url=page["url"], captions=False).body if pred else ""
        except InputError:
            bare = ""
        scores = page_scores(pred, page["text"])
        with_caps.append(scores)
        without_caps.append(page_scores(bare, page["text"]))
        p, r = precision(*scores), recall(*scores)
        per_page.append((2 * p * r / (p + r) if p + r else 0.0, p, r, page["url"]))
    elapsed = time.perf_counter() - started

    p, r, f = summarise(with_caps)
    p0, r0, f0 = summarise(without_caps)
    print(f"pages: {len(pages)}  ({elapsed:.1f} s, {1000 * elapsed / max(1, len(pages)):.0f} ms a page, "
          "two extractions each)")
    print(f"copydesk ingest (captions kept, as article.text):  P={p:.3f}  R={r:.3f}  F1={f:.3f}")
    print(f"copydesk ingest (captions left out):              P={p0:.3f}  R={r0:.3f}  F1={f0:.3f}")
    for name, (pp, rr, ff) in PUBLISHED.items():
        print(f"{name + ' (published, these pages):':<50}P={pp:.3f}  R={rr:.3f}  F1={ff:.3f}")
    print(f"failed to load: {len(failures)} (scored as empty predictions)")
    for url, msg in failures:
        print(f"  {url}: {msg}")
    if args.show_worst:
        print("lowest F1 (captions kept):")
        for ff, pp, rr, url in sorted(per_page)[: args.show_worst]:
            print(f"  F1={ff:.3f} P={pp:.3f} R={rr:.3f}  {url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
