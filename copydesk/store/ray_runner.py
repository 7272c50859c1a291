"""`copydesk corpus ingest --ray`: the checks on Ray Data, one loaded pipeline per worker (an
actor pool), and the reports written by this process alone, each article in its own
transaction as in a local run, so a killed run resumes the same way.

A local Ray started for the run binds to 127.0.0.1 and starts no dashboard; `--address`
joins an existing cluster instead (its workers need copydesk installed).
"""

from __future__ import annotations

import json
import os
from itertools import islice
from typing import Iterable

from ..errors import CopydeskError
from .runner import Summary, error_line, record
from .sources import Doc
from .writer import Writer

WAVE = 2000  # documents handed to Ray at once: bounds the driver's memory on huge corpora


class RayError(CopydeskError):
    """Ray cannot be started or joined."""


class CheckWorker:
    """One Ray actor: one Checker, loaded once, checking batches of documents."""

    model: str | None = None

    def __init__(self):
        from copydesk.pipeline import Checker

        self.checker = Checker(model=self.model)
        self.checker.nlp  # load now, not on the first batch

    def __call__(self, batch: dict) -> dict:
        import time

        c0 = time.process_time()
        docs = [Doc.from_row({k: batch[k][i] for k in batch}) for i in range(len(batch["doc_id"]))]
        out = []
        for result in self.checker.pipe([d.item() for d in docs], batch_size=len(docs) or 1, errors="yield"):
            if hasattr(result, "to_dict"):
                out.append(json.dumps(result.to_dict(), ensure_ascii=False, separators=(",", ":")))
            else:
                out.append("!" + " ".join(error_line(result).split()))
        cpu = (time.process_time() - c0) / max(1, len(docs))  # this worker's CPU per article, for the benchmark
        return {"doc_id": [d.doc_id for d in docs], "result": out, "cpu": [cpu] * len(docs)}


def start(address: str | None, workers: int | None) -> None:
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")  # Ray's C++ notices are not the user's business
    try:
        import ray
    except ImportError:
        raise RayError("--ray needs Ray: pip install 'copydesk[ray]'") from None
    if ray.is_initialized():
        return
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level="ERROR")
        else:
            ray.init(num_cpus=workers, include_dashboard=False, _node_ip_address="127.0.0.1",
                     log_to_driver=False, logging_level="ERROR", object_store_memory=512 * 1024 * 1024)
    except Exception as exc:  # Ray raises many kinds; the user needs one line
        raise RayError(f"cannot {'join Ray at ' + address if address else 'start Ray'}: "
                       f"{' '.join(str(exc).split())[:300]}") from None
    import logging

    ctx = ray.data.DataContext.get_current()
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False


def ingest_ray(docs: Iterable[Doc], writer: Writer, summary: Summary, advance, on_bad, *,
               workers: int | None, address: str | None, batch_size: int = 8, model: str | None = None) -> None:
    import ray

    start(address, workers)
    pool = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    worker = type("CheckWorker", (CheckWorker,), {"model": model})  # no constructor arguments to ship
    it = iter(docs)
    try:
        while True:
            wave = list(islice(it, WAVE))
            if not wave:
                return
            by_id = {d.doc_id: d for d in wave}  # a later line with the same id wins, as in a local run
            ds = ray.data.from_items([d.to_row() for d in by_id.values()],
                                     override_num_blocks=max(1, min(len(by_id) // batch_size, 200)))
            ds = ds.map_batches(worker, batch_size=batch_size, num_cpus=1,
                                compute=ray.data.ActorPoolStrategy(size=pool))
            for batch in ds.iter_batches(batch_size=batch_size, batch_format="default", prefetch_batches=2):
                for doc_id, result, cpu in zip(batch["doc_id"], batch["result"], batch["cpu"]):
                    summary.worker_cpu_seconds += float(cpu)
                    record(writer, by_id[str(doc_id)], str(result), summary, on_bad)
                    advance(1, failed=summary.failed)
            if len(by_id) < len(wave):
                advance(len(wave) - len(by_id))
                summary.unchanged += len(wave) - len(by_id)
    finally:
        if not address:
            ray.shutdown()
