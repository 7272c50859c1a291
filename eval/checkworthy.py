"""How copydesk's claims relate to check-worthiness (CheckThat! 2024 Task 1, English dev).

    .venv/bin/python eval/checkworthy.py [--data PATH] [--limit N] [--errors N]

Reads ../shared/eval/quotes/checkworthy_dev.jsonl (1,350 debate and speech sentences labelled
check-worthy or not; never copied into the project). Each sentence goes through copydesk's
stages (structure, spaCy, entities, quotes, claims, time, facts) and is scored by what
copydesk's claims layer says of it:

* ``strong``: a claim that lays wrongdoing, violence, guilt or blame at someone's door (what
  CD5xx counts and what ``summary.attribution`` measures);
* ``factual``: an asserted claim with a quantity, a date or a comparison in it (what a
  fact-checker can look up);
* ``strong or factual``: either.

The official measure is F1 of the positive class. Check-worthiness is broader than copydesk's
strong claims (it takes every verifiable statistic, most of them neutral), so ``strong`` is
expected to be precise rather than complete; the figure says how much of what a
fact-checker would pick copydesk's claims layer sees. Reference point (README of the data):
the best CheckThat! 2024 team reached F1 about 0.80 on the test set with a fine-tuned
transformer.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from _common import OUT as OUT_DIR, SHARED, analysed  # noqa: E402  (first: sets sys.path)

DATA = SHARED / "quotes" / "checkworthy_dev.jsonl"
OUT = OUT_DIR / "checkworthy_errors.txt"
_NUMBER = re.compile(r"\d|percent|\b(?:million|billion|trillion|half|twice|double|triple)\b", re.I)
_COMPARE = re.compile(r"\b(?:more|less|fewer|higher|lower|most|least|largest|biggest|smallest|only|first|"
                      r"increase[ds]?|decrease[ds]?|cut|raised?|doubled|tripled)\b", re.I)


def predictions(doc) -> dict[str, bool]:
    text = doc.article.text
    claims = [c for c in doc.claims if c.certainty == "asserted" and c.polarity == "positive"]
    strong = any(c.strong for c in doc.claims)
    factual = any(_NUMBER.search(text[c.start:c.end]) or c.time or _COMPARE.search(text[c.start:c.end])
                  for c in claims)
    return {"strong": strong, "factual": bool(factual), "strong or factual": strong or bool(factual)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=int, default=0, help="write N misses and N false hits per prediction")
    args = ap.parse_args()

    rows = [json.loads(x) for x in Path(args.data).read_text("utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["text"].strip()][:args.limit or None]
    counts = {k: [0, 0, 0] for k in ("strong", "factual", "strong or factual")}  # tp fp fn
    errors: dict[str, list[str]] = {k: [] for k in counts}
    # under a headline of its own, so that each sentence is read as body copy
    for row, doc in analysed(rows, text_of=lambda r: "Statement\n\n" + r["text"], batch=256):
        gold = row["label"] == 1
        for k, p in predictions(doc).items():
            c = counts[k]
            c[0] += p and gold
            c[1] += p and not gold
            c[2] += gold and not p
            if p != gold:
                errors[k].append(f"{'FP' if p else 'FN'} {row['text'][:200]}")
    n_pos = sum(r["label"] == 1 for r in rows)
    print(f"{len(rows)} sentences, {n_pos} check-worthy ({n_pos / len(rows):.1%})")
    print(f"{'prediction':<18} {'P':>6} {'R':>6} {'F1':>6}")
    for k, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{k:<18} {p:6.3f} {r:6.3f} {f:6.3f}")
    print(f"{'all positive':<18} {n_pos / len(rows):6.3f} {1:6.3f} {2 * n_pos / (len(rows) + n_pos):6.3f}")
    print("reference: best CheckThat! 2024 team, positive-class F1 about 0.80 (test; fine-tuned transformer)")
    if args.errors:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as fh:
            for k, errs in errors.items():
                fh.write(f"# {k}\n" + "\n".join(errs[:args.errors]) + "\n\n")
        print(f"errors written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
