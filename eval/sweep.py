"""Crash sweep: every text in ../shared/eval/ through copydesk; counts internal errors and CD000.

    .venv/bin/python eval/sweep.py [--only NAME,...] [--limit N] [--timeout S]

Reads each corpus in place: the hand-written cases (*.txt), every JSONL file's `text`,
`sentence` or `html` field (HTML pages go through the HTML reader, as `copydesk check page.html`
would), with the row's publication date where it has one. Each article is checked with a
per-document time limit. An input copydesk refuses by design (too short to tell its language,
not English) is counted apart from a failure. The script prints, per corpus, the articles checked, the articles
that got no report (an input error, a time-out or an internal error), and the CD000 findings,
and writes each failure with its message to eval/out/sweep.txt. The goal: 0 and 0.
Exit status 1 when anything failed, so that it can gate a run.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from _common import OUT, SHARED  # noqa: E402  (first: sets sys.path)

TEXT_KEYS = ("text", "sentence")


def corpora(root: Path) -> list[tuple[str, list[tuple[str, object, object]]]]:
    """(name, [(id, source, published)]) for every text under root; source is str or bytes (HTML)."""
    out = []
    cases = sorted((root / "cases").glob("*.txt"))
    if cases:
        out.append(("cases", [(p.name, p, None) for p in cases]))
    for path in sorted(root.rglob("*.jsonl")):
        items = []
        for i, line in enumerate(path.read_text("utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            rid = str(row.get("id", i))
            published = row.get("published") or row.get("dct") or (row.get("meta") or {}).get("publication_date")
            if isinstance(row.get("html"), str) and row["html"].strip():
                items.append((rid + "#html", row["html"].encode("utf-8"), published))
            for key in TEXT_KEYS:
                if isinstance(row.get(key), str) and row[key].strip():
                    title = row.get("title")
                    text = row[key]
                    if key == "text" and isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
                        text = f"{title.strip()}\n\n{text}"
                    items.append((rid, text, published))
                    break
        if items:
            out.append((str(path.relative_to(root)), items))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="corpus names (or parts of them), comma-separated")
    ap.add_argument("--limit", type=int, help="at most N texts per corpus")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--root", default=str(SHARED))
    args = ap.parse_args()

    import copydesk
    from copydesk.ingest import parse_published

    checker = copydesk.Checker(config=False, timeout=args.timeout)
    lines: list[str] = []
    totals: Counter[str] = Counter()
    t0 = time.perf_counter()
    for name, items in corpora(Path(args.root)):
        if args.only and not any(o in name for o in args.only.split(",")):
            continue
        items = items[:args.limit] if args.limit else items
        failed = refused = cd000 = words = 0
        t1 = time.perf_counter()
        plain = [(rid, src, pub) for rid, src, pub in items if not isinstance(src, bytes)]
        pages = [(rid, src, pub) for rid, src, pub in items if isinstance(src, bytes)]

        def date(pub):
            try:
                return parse_published(pub) if pub else None
            except Exception:  # noqa: BLE001 - a corpus's odd date is not copydesk's failure
                return None

        results = list(zip(plain, checker.pipe([(src, date(pub)) for _, src, pub in plain], errors="yield")))
        for rid, src, pub in pages:
            try:
                results.append(((rid, src, pub), checker.check_bytes(src, rid, date(pub), html=True)))
            except copydesk.InputError as exc:
                exc.cause = exc
                results.append(((rid, src, pub), exc))
            except copydesk.CopydeskError as exc:
                results.append(((rid, src, pub), exc))
        for (rid, _, _), rep in results:
            if isinstance(rep, Exception):
                cause = getattr(rep, "cause", rep)
                if isinstance(cause, copydesk.InputError):
                    refused += 1  # not copydesk's to check (empty, not English): a one-line refusal
                    lines.append(f"{name}\t{rid}\trefused\t{str(rep).splitlines()[0]}")
                    continue
                failed += 1
                lines.append(f"{name}\t{rid}\tno report\t{str(rep).splitlines()[0]}")
                continue
            words += rep.article.words
            for f in rep.findings:
                if f.code == "CD000":
                    cd000 += 1
                    lines.append(f"{name}\t{rid}\tCD000\t{f.message}")
        totals["texts"] += len(items)
        totals["failed"] += failed
        totals["cd000"] += cd000
        totals["refused"] += refused
        print(f"{name:<44} {len(items):>5} texts {words:>8} words  refused {refused:>3}  no report {failed:>3}"
              f"  CD000 {cd000:>3}"
              f"  {time.perf_counter() - t1:6.0f} s", flush=True)
    out = OUT / "sweep.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"\n{totals['texts']} texts in {time.perf_counter() - t0:.0f} s: {totals['refused']} refused as input "
          f"(one-line errors: empty, not English), {totals['failed']} without a report (time-out or internal error), "
          f"{totals['cd000']} CD000 (target 0 and 0); details in {out}")
    return 1 if totals["failed"] or totals["cd000"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
