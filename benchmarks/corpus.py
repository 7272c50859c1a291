"""Corpus speed: articles per second for the bare checks (Checker.pipe), ingest into SQLite and
into PostgreSQL, and ingest on Ray Data with 1 and 2 workers, on the same articles.

    .venv/bin/python benchmarks/corpus.py [--articles 2000] [--modes bare,sqlite,postgresql,ray1,ray2]
                                          [--pg postgresql+psycopg://...]   # a throwaway database: emptied

The articles are the eval corpora (../shared/eval/news Wikinews articles, the PolNeAR texts in
../shared/eval/quotes with their outlets, the hand-written cases), repeated with changed ids up
to --articles, written to a temporary JSONL outside the project (never copied into it).

Printed per mode: wall time and articles/s; for ingest, the share of the time spent inside the
store's transactions measured in the same run (write / check), which is the overhead figure
least disturbed by other work on a shared machine; for Ray, the steady-state rate after the
workers have loaded (the first 10% of articles written) beside the whole run's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"


def base_articles() -> list[dict]:
    out = []
    with (EVAL / "news" / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            out.append({"id": r["id"], "text": f"{r['title']}\n\n{r['text']}", "published": r["published"],
                        "outlet": "Wikinews"})
    for name in ("dev.jsonl", "dev_extra.jsonl"):
        with (EVAL / "quotes" / name).open(encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                meta = r.get("meta") or {}
                out.append({"id": r["id"], "text": r["text"], "published": meta.get("publication_date"),
                            "outlet": meta.get("publisher")})
    for path in sorted((EVAL / "cases").glob("*.txt")):
        out.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": None, "outlet": "cases"})
    return out


def corpus(n: int, folder: Path) -> Path:
    base = base_articles()
    path = folder / "bench.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            rec = dict(base[i % len(base)], id=f"{base[i % len(base)]['id']}#{i // len(base)}")
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def docs(path: Path):
    from copydesk.store import sources

    return [d for d in sources.read([path]) if isinstance(d, sources.Doc)]


def bare(path: Path, batch: int) -> dict:
    from copydesk import Checker

    items = [d.item() for d in docs(path)]
    checker = Checker(config=False)
    checker.nlp
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for r in checker.pipe(items, batch_size=batch, errors="yield"):
        if hasattr(r, "to_dict"):
            r.to_dict()
        n += 1
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"articles": n, "seconds": dt, "per_s": n / dt, "cpu_ms_per_article": 1000 * cpu / n}


def _store(url: str):
    from sqlalchemy import create_engine, text

    from copydesk.store import db as store_db

    if url.startswith("postgresql"):
        e = create_engine(url)
        with e.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        e.dispose()
    return store_db.connect(url, bulk=True)


def ingest(path: Path, url: str, batch: int, ray_workers: int | None = None) -> dict:
    from copydesk import Checker
    from copydesk.store import runner
    from copydesk.store.writer import Writer

    engine = _store(url)
    writer = Writer(engine)
    summary = runner.Summary()
    stamps: list[float] = []

    def advance(n, **_):
        stamps.extend([time.perf_counter()] * n)

    todo = docs(path)
    c0 = time.process_time()
    if ray_workers is None:
        checker = Checker(config=False)
        checker.nlp
        c0 = time.process_time()
        t0 = time.perf_counter()
        runner.ingest_local(iter(todo), writer, checker, summary, advance, lambda m: None, batch_size=batch)
    else:
        from copydesk.store import ray_runner

        t0 = time.perf_counter()
        ray_runner.ingest_ray(iter(todo), writer, summary, advance, lambda m: None, workers=ray_workers,
                              address=None, batch_size=batch)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    engine.dispose()
    n = summary.checked
    out = {"articles": n, "seconds": dt, "per_s": n / dt, "write_s": summary.write_seconds,
           "check_s": summary.check_seconds, "failed": summary.failed,
           ("cpu_ms_per_article" if ray_workers is None else "driver_cpu_ms_per_article"): 1000 * cpu / n}
    if summary.worker_cpu_seconds:
        out["worker_cpu_ms_per_article"] = 1000 * summary.worker_cpu_seconds / n
        # how many cores the workers had on average: 1 at most with one worker, 2 with two
        out["worker_cores"] = summary.worker_cpu_seconds / dt
    if summary.check_seconds:
        out["write_share"] = summary.write_seconds / summary.check_seconds
    if len(stamps) > 20:
        k = len(stamps) // 10
        out["steady_per_s"] = (len(stamps) - 1 - k) / (stamps[-1] - stamps[k])
    return out


def replay(path: Path, source_url: str, url: str) -> dict:
    """The store's own cost: the reports of an earlier run written again into a fresh store,
    with no checking, one transaction per article as in a run."""
    from sqlalchemy import select

    from copydesk.store import db as store_db
    from copydesk.store.schema import articles
    from copydesk.store.writer import Writer

    src = store_db.connect(source_url)
    with src.connect() as conn:
        reports = {d: json.loads(r) for d, r in conn.execute(select(articles.c.doc_id, articles.c.report))}
    src.dispose()
    todo = [(d, reports[d.doc_id]) for d in docs(path) if d.doc_id in reports]
    engine = _store(url)
    writer = Writer(engine)
    t0, c0 = time.perf_counter(), time.process_time()
    for doc, report in todo:
        writer.write(doc, report)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    engine.dispose()
    return {"articles": len(todo), "seconds": dt, "per_s": len(todo) / dt, "ms_per_article": 1000 * dt / len(todo),
            "cpu_ms_per_article": 1000 * cpu / len(todo)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--modes", default="bare,sqlite,postgresql,replay-sqlite,replay-postgresql,ray1,ray2")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--pg", default=os.environ.get("COPYDESK_TEST_PG_URL"),
                    help="a throwaway PostgreSQL database (it is emptied); default $COPYDESK_TEST_PG_URL")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="copydesk-bench-") as tmp:
        folder = Path(tmp)
        path = corpus(args.articles, folder)
        print(f"{args.articles} articles ({len(base_articles())} distinct), {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f} at start", flush=True)
        from copydesk import Checker

        warm = Checker(config=False)  # model, word lists and caches loaded before any timing
        list(warm.pipe([d.item() for d in docs(path)[:16]], errors="yield"))
        for mode in modes:
            key = mode
            while key in results:  # a mode run twice (bare at the start and the end) keeps both
                key += "'"
            if mode == "bare":
                r = bare(path, args.batch_size)
            elif mode == "sqlite":
                r = ingest(path, f"sqlite:///{folder}/{key}.db", args.batch_size)
            elif mode == "postgresql":
                if not args.pg:
                    print("postgresql: skipped (no --pg and no $COPYDESK_TEST_PG_URL)")
                    continue
                r = ingest(path, args.pg, args.batch_size)
            elif mode in ("replay-sqlite", "replay-postgresql"):
                if "sqlite" not in results:
                    ap.error(f"{mode} replays the sqlite run's reports: put sqlite before it in --modes")
                if mode.endswith("postgresql") and not args.pg:
                    continue
                target = args.pg if mode.endswith("postgresql") else f"sqlite:///{folder}/{key}.db"
                r = replay(path, f"sqlite:///{folder}/sqlite.db", target)  # the first sqlite run's reports
            elif mode.startswith("ray"):
                r = ingest(path, f"sqlite:///{folder}/{mode}.db", max(4, args.batch_size // 2), int(mode[3:]))
            else:
                ap.error(f"unknown mode {mode!r}")
            r["load"] = os.getloadavg()[0]
            results[key] = r
            extra = ""
            if "cpu_ms_per_article" in r and "ms_per_article" not in r:
                extra += f"  {r['cpu_ms_per_article']:.0f} ms CPU/article in this process"
            if "driver_cpu_ms_per_article" in r:
                extra += f"  driver {r['driver_cpu_ms_per_article']:.0f} ms CPU/article"
            if "ms_per_article" in r:
                extra += f"  {r['ms_per_article']:.1f} ms/article ({r['cpu_ms_per_article']:.1f} ms CPU in this process)"
            if "worker_cores" in r:
                extra += (f"  workers {r['worker_cpu_ms_per_article']:.0f} ms CPU/article,"
                          f" {r['worker_cores']:.2f} cores on average")
            if "steady_per_s" in r:
                extra += f"  steady {r['steady_per_s']:.2f}/s"
            print(f"{key:18s} {r['articles']:5d} articles in {r['seconds']:7.1f} s = {r['per_s']:6.2f}/s"
                  f"{extra}  (load {r['load']:.1f})", flush=True)
    # A mode run several times (bare,sqlite,bare,sqlite: the order's warm-up and the machine's
    # load fall on both) is summed up by the mean of its runs.
    for base in ("bare", "sqlite", "postgresql"):
        runs = [r for k, r in results.items() if k.rstrip("'") == base]
        if len(runs) > 1:
            results[base] = dict(runs[0], **{f: sum(r[f] for r in runs) / len(runs)
                                             for f in ("per_s", "cpu_ms_per_article") if f in runs[0]},
                                 runs=len(runs))
    if "bare" in results:
        per = 1000 / results["bare"]["per_s"]
        for m in ("replay-sqlite", "replay-postgresql"):
            if m in results:
                print(f"{m}: the store's own cost is {results[m]['ms_per_article']:.1f} ms per article, "
                      f"{100 * results[m]['ms_per_article'] / per:.1f}% of the bare check's {per:.0f} ms")
        for m in ("sqlite", "postgresql"):
            if m in results:
                print(f"{m}: ingest costs {100 * (results['bare']['per_s'] / results[m]['per_s'] - 1):+.1f}% "
                      f"wall time against the bare checks (target <= +15%)")
                if "cpu_ms_per_article" in results[m] and "cpu_ms_per_article" in results["bare"]:
                    b, i = results["bare"]["cpu_ms_per_article"], results[m]["cpu_ms_per_article"]
                    print(f"{m}: ingest costs {100 * (i / b - 1):+.1f}% CPU time of this process against the bare "
                          f"checks ({i:.0f} against {b:.0f} ms per article; the CPU share other work leaves does "
                          "not enter it)")
    if "ray1" in results and "ray2" in results:
        for key in ("per_s", "steady_per_s"):
            if key in results["ray1"] and key in results["ray2"]:
                print(f"ray 2 workers / 1 worker ({key}): {results['ray2'][key] / results['ray1'][key]:.2f}x "
                      "(target >= 1.3x)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
