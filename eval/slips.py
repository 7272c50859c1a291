"""Copy slips (CD8xx): recall on slips planted into clean copy, and false alarms on the clean copy.

    .venv/bin/python eval/slips.py [--split all|tune|test] [--seed N] [--limit N]

Reads the clean corpora in place (Wikinews reports in ../shared/eval/news, and the PolNeAR
texts in ../shared/eval/quotes) and plants one slip of our own into each article, rotating
through four kinds:

  double    a word of the body printed twice ("the the", "rose rose"), never one that good
            English doubles ("that that", "had had": copydesk/data/slips_en.txt), since
            such a plant need not be a slip
  a-an      a correct "a"/"an" swapped for the other (never before an h-word, where both
            are house styles)
  lost-stop a full stop between two sentences removed, where the second sentence opens with
            a common word rather than a name ("... low. During" -> "low During")
  bracket   one bracket of a balanced pair removed

A planted slip is found when a finding of its rule (CD801-CD804) covers the planted place.
False alarms: CD8xx findings on the untouched articles, per 1,000 words (target <= 0.05),
and on the planted ones away from the plant. `--split` uses eval/false_alarms.py's split
(test: id hash 0 mod 3). Nothing is copied into the project; out/slips.txt lists the misses
and false alarms for reading.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

import sys

from _common import EVAL, OUT  # noqa: E402  (first: sets sys.path)

sys.path.append(str(EVAL))  # last, so that eval/html.py shadows nothing
from false_alarms import DATA, article_text, in_split, load, load_polnear  # noqa: E402

KINDS = ("double", "a-an", "lost-stop", "bracket")
CODE = {"double": "CD801", "a-an": "CD802", "lost-stop": "CD803", "bracket": "CD804"}


def body_start(text: str) -> int:
    i = text.find("\n\n")
    return i + 2 if i >= 0 else 0


def plant(text: str, kind: str, rng: random.Random) -> tuple[str, int, int] | None:
    """(planted text, start, end of the slip in it) or None when the article has no place."""
    from copydesk.names import proper_nouns, zipf

    lo = body_start(text)
    if kind == "double":
        from copydesk.checks.slips import _vocab

        legit = _vocab().get("double", frozenset())  # "that that", "far far": maybe no slip at all
        spots = [m for m in re.finditer(r"(?<=[ ])([a-z]{2,})(?= [a-z])", text[lo:]) if m.group(1) not in legit]
        if not spots:
            return None
        m = rng.choice(spots)
        at = lo + m.start(1)
        w = m.group(1)
        return text[:at] + w + " " + text[at:], at, at + 2 * len(w) + 1
    if kind == "a-an":
        spots = [m for m in re.finditer(r"(?<=[ (])(a|an) ([A-Za-z0-9][\w-]*)", text[lo:])
                 if not m.group(2).lower().startswith("h") and not m.group(2)[0].isupper()]
        if not spots:
            return None
        m = rng.choice(spots)
        at = lo + m.start(1)
        new = "an" if m.group(1) == "a" else "a"
        out = text[:at] + new + text[at + len(m.group(1)):]
        return out, at, at + len(new) + 1 + len(m.group(2))
    if kind == "lost-stop":
        proper = proper_nouns()
        spots = []
        for m in re.finditer(r"(?<=[a-z0-9])\. ([A-Z][a-z]+)(?= [a-z])", text[lo:]):
            w = m.group(1)
            if w.lower() in proper or zipf(w.lower()) < 3.5 or w in ("I",):
                continue
            spots.append(m)
        if not spots:
            return None
        m = rng.choice(spots)
        at = lo + m.start()
        out = text[:at] + text[at + 1:]
        return out, max(0, at - 1), at + 1 + len(m.group(1))
    if kind == "bracket":
        spots = list(re.finditer(r"\(([^()\n]{3,80})\)", text[lo:]))
        if not spots:
            return None
        m = rng.choice(spots)
        if rng.random() < 0.5:
            at = lo + m.start()
            return text[:at] + text[at + 1:], at, at + 1
        at = lo + m.end() - 1
        return text[:at] + text[at + 1:], max(0, at - 1), at
    raise ValueError(kind)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("all", "tune", "test"), default="all")
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()

    import copydesk

    rows = [dict(r, text=article_text(r)) for r in load(DATA)] + load_polnear()
    rows = [r for r in rows if in_split(r["id"], args.split)]
    rows = rows[:args.limit] if args.limit else rows
    rng = random.Random(args.seed)
    planted = []
    for i, r in enumerate(rows):
        for k in range(len(KINDS)):  # this article's kind, or the next one it has a place for
            kind = KINDS[(i + k) % len(KINDS)]
            got = plant(r["text"], kind, rng)
            if got:
                planted.append((r, kind, *got))
                break
    checker = copydesk.Checker(config=False, select=["CD8"])
    words = 0
    clean_fa: list[str] = []
    for r, rep in zip(rows, checker.pipe([(r["text"], r.get("published")) for r in rows])):
        words += rep.article.words
        for f in rep.findings:
            if f.code.startswith("CD8"):
                e = f.evidence[0]
                clean_fa.append(f"{r['id']}  {f.code} {f.message}  … {' '.join(rep.article.text[max(0, e.start - 60):e.end + 60].split())}")
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses, extra = [], 0
    items = [(p[2], p[0].get("published")) for p in planted]
    for (r, kind, text, s, e), rep in zip(planted, checker.pipe(items)):
        total[kind] += 1
        hit = False
        for f in rep.findings:
            if f.code == CODE[kind] and any(ev.start <= e and s <= ev.end for ev in f.evidence):
                hit = True
            elif f.code.startswith("CD8") and not any(ev.start <= e + 5 and s - 5 <= ev.end for ev in f.evidence):
                extra += 1
        if hit:
            found[kind] += 1
        else:
            misses.append(f"{r['id']}  {kind}  … {' '.join(text[max(0, s - 60):e + 60].split())}")
    n_found, n_total = sum(found.values()), sum(total.values())
    print(f"slips ({args.split}, seed {args.seed}): {len(rows)} clean articles, {words} words; "
          f"{n_total} planted")
    print(f"recall: {n_found}/{n_total} = {100 * n_found / max(n_total, 1):.1f}% (target >= 90%)")
    for kind in KINDS:
        print(f"  {kind:<10} {found[kind]:>4}/{total[kind]:<4} {100 * found[kind] / max(total[kind], 1):.1f}%")
    print(f"false alarms on the clean articles: {len(clean_fa)} = {1000 * len(clean_fa) / max(words, 1):.3f} "
          f"per 1,000 words (target <= 0.05); away from the plant in the planted ones: {extra}")
    out = OUT / f"slips_{args.split}.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("# false alarms\n" + "\n".join(clean_fa) + "\n\n# misses\n" + "\n".join(misses) + "\n", "utf-8")
    print(f"misses and false alarms written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
