"""Load on `copydesk serve`: N concurrent clients on 127.0.0.1, each posting the demo article
to /api/check for a bounded time; prints requests per second, p50 and p95 latency and errors,
beside the rate of one in-process Checker on the same article in the same run (the ratio is
what to compare across machines: the CPU is shared).

    .venv/bin/python benchmarks/web_load.py [--clients 1,4,8] [--seconds 20] [--workers 2]

Only the loopback address is used; every loop stops by itself (time and request caps).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEMO = (ROOT / "copydesk" / "demo" / "article.txt").read_text("utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, workers: int) -> subprocess.Popen:
    exe = ROOT / ".venv" / "bin" / "copydesk"
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "copydesk"]),
           "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--isolated"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 90
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode()[-500:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start in 90 s")


def run_clients(base: str, clients: int, seconds: float, cap: int) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds
    body = {"text": DEMO, "published": "2025-03-14", "parts": ["summary"]}

    def client() -> None:
        with httpx.Client(base_url=base, timeout=max(120.0, seconds * 2)) as c:
            while time.perf_counter() < stop_at:
                with lock:
                    if len(latencies) + len(errors) >= cap:
                        return
                t0 = time.perf_counter()
                try:
                    r = c.post("/api/check", json=body)
                    ok = r.status_code == 200
                    why = f"{r.status_code} {r.text[:80]}"
                except httpx.HTTPError as exc:
                    ok, why = False, type(exc).__name__
                with lock:
                    (latencies.append(time.perf_counter() - t0) if ok else errors.append(why))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(round(p * (len(lat) - 1))))] if lat else float("nan")

    return {"clients": clients, "requests": len(lat), "errors": len(errors), "first_error": errors[:1],
            "rps": len(lat) / wall, "p50": pct(0.5), "p95": pct(0.95), "wall": wall}


def in_process_rate(repeat: int) -> float:
    sys.path.insert(0, str(ROOT))
    from copydesk.pipeline import Checker

    checker = Checker(config=False)
    checker.check(DEMO, "2025-03-14")  # warm: the model loads once, as in the server
    t0 = time.perf_counter()
    for _ in range(repeat):
        checker.check(DEMO, "2025-03-14")
    return repeat / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", default="1,4,8")
    ap.add_argument("--seconds", type=float, default=20.0, help="per client count (bounded)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cap", type=int, default=500, help="at most this many requests per client count")
    args = ap.parse_args()
    counts = [int(c) for c in args.clients.split(",") if c.strip()]
    base_rate = in_process_rate(5)
    print(f"in-process Checker on the demo article ({len(DEMO.split())} words): {base_rate:.2f} checks/s")
    port = free_port()
    proc = start_server(port, args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        print(f"copydesk serve --workers {args.workers} on 127.0.0.1, {args.seconds:g} s per run\n")
        print(f"{'clients':>7} {'requests':>8} {'req/s':>6} {'vs 1 checker':>12} {'p50 s':>6} {'p95 s':>6} {'errors':>6}")
        for n in counts:
            r = run_clients(base, n, args.seconds, args.cap)
            print(f"{n:>7} {r['requests']:>8} {r['rps']:>6.2f} {r['rps'] / base_rate:>12.2f} {r['p50']:>6.2f} "
                  f"{r['p95']:>6.2f} {r['errors']:>6}" + (f"  first error: {r['first_error'][0]}" if r['errors'] else ""))
        alive = httpx.get(base + "/healthz", timeout=5).json()
        print(f"\nafter the runs: /healthz {alive['status']}, {alive['running']} running, {alive['waiting']} waiting"
              f"  (load average {os.getloadavg()[0]:.1f}: other work on the machine slows every figure)")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
