"""Benchmark concurrent single-item ingest against 1, 2 and 4 API processes on PostgreSQL.

What it measures: for each pair (API processes, concurrent clients), client threads post
single items to `POST /api/v1/feedback` for a fixed time, with about 10% of the requests
re-sending an earlier external id. It reports acknowledged requests per second, p50 and p99
latency, and the API processes' CPU time per request; after each pair it checks the database:
every acknowledged external id is stored exactly once, nothing answered 5xx, and no text sent
in that pair ended up in two ideas.

Why: the issue asks where the ingest ceiling is on this machine, why, and that more processes
lose or duplicate nothing under load. Each N-process setup is N separate `throughline serve`
processes (one uvicorn process each, `--no-background`) on one fresh PostgreSQL schema, with
client thread i posting to server i mod N (round-robin), so each process's index is warmed
deterministically before timing. The stored items are written straight to the database with
`bench/api_latency.py`'s `populate` (real sample texts, jittered real embeddings). The
clients, PostgreSQL and the servers share the machine's cores, so the CPU used by each (and by
anything unrelated running meanwhile) is printed beside the figures.

Usage: python bench/multiproc_ingest.py [--stored 100000] [--seconds 20]
       [--processes 1 2 4] [--clients 8 32]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_latency import free_port, machine, populate, wait_healthy  # noqa: E402

from service.sampledata.backlog import SampleItem, generate_feedback  # noqa: E402
from triage.embedder import default_embedder  # noqa: E402

BIN = Path(sys.executable).parent / "throughline"
PG_URL = os.environ.get("THROUGHLINE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
CLK_TCK = os.sysconf("SC_CLK_TCK")


def psycopg(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of one process so far."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def postgres_cpu() -> dict[int, float]:
    """CPU seconds so far of every live process named postgres, by pid."""
    found: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text().startswith("postgres"):
                found[int(entry.name)] = cpu_seconds(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def postgres_delta(before: dict[int, float]) -> float:
    """CPU seconds PostgreSQL spent since `before`, over the processes alive now (a backend
    that exited meanwhile is missed, so this is a lower bound; the servers' pooled
    connections stay open during a pair)."""
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in postgres_cpu().items())


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    with open("/proc/stat") as fh:
        values = [int(v) for v in fh.readline().split()[1:]]
    idle = values[3] + values[4]  # idle + iowait
    return (sum(values) - idle) / CLK_TCK, sum(values) / CLK_TCK


def single_embed_cpu_ms(texts: list[str]) -> float:
    """CPU milliseconds (all threads) to embed one text with the default model, median."""
    embedder = default_embedder("onnx")
    embedder.embed(texts[:16])
    times = []
    for one in texts[:200]:
        t0 = time.process_time()
        embedder.embed([one])
        times.append((time.process_time() - t0) * 1000)
    return float(np.median(times))


class Server:
    """One `throughline serve` process on a free port, ready once /healthz answers."""

    def __init__(self, url: str, data_dir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        env = {
            **os.environ,
            "THROUGHLINE_DATABASE_URL": url,
            "THROUGHLINE_DATA_DIR": str(data_dir),
            "THROUGHLINE_SECRET_KEY": "multiproc-bench-secret",
        }
        self.process = subprocess.Popen(
            [str(BIN), "serve", "--port", str(self.port), "--no-background"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )

    def wait_ready(self) -> None:
        try:
            wait_healthy(self.process, self.url)
        except SystemExit as failed:
            self.log.seek(0)
            raise SystemExit(f"{failed}:\n{self.log.read().decode(errors='replace')}") from None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)


@dataclass
class Run:
    """What the client threads of one configuration saw."""

    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    acknowledged: set[str] = field(default_factory=set)
    acked_order: list[str] = field(default_factory=list)
    resends: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def body(item: SampleItem, external_id: str) -> dict[str, Any]:
    return {"text": item.text, "source": item.source, "external_id": external_id}


def client_loop(
    server: Server,
    key: str,
    pool: list[SampleItem],
    next_index: list[int],
    prefix: str,
    run: Run,
    sent: dict[str, SampleItem],
    stop_at: float,
    seed: int,
) -> None:
    rng = random.Random(seed)
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=120) as client:
        while time.perf_counter() < stop_at:
            with run.lock:
                resend = bool(run.acknowledged) and rng.random() < 0.1
                if resend:
                    external_id = rng.choice(run.acked_order)
                    item = sent[external_id]
                    run.resends += 1
                else:
                    n = next_index[0]
                    next_index[0] += 1
                    item = pool[n % len(pool)]
                    external_id = f"{prefix}{n}"
                    sent[external_id] = item
            t0 = time.perf_counter()
            try:
                answer = client.post("/api/v1/feedback", json=body(item, external_id))
            except httpx.HTTPError:
                with run.lock:
                    run.errors += 1
                continue
            elapsed = (time.perf_counter() - t0) * 1000
            with run.lock:
                run.latencies_ms.append(elapsed)
                run.statuses[answer.status_code] = run.statuses.get(answer.status_code, 0) + 1
                if answer.status_code in (200, 201) and external_id not in run.acknowledged:
                    run.acknowledged.add(external_id)
                    run.acked_order.append(external_id)


def verify(url: str, prefix: str, acknowledged: set[str]) -> dict[str, int]:
    """Compare what the clients were told with what the database holds."""
    engine = create_engine(psycopg(url))
    with engine.connect() as connection:
        stored: dict[str, int] = dict(
            connection.execute(
                text(
                    "SELECT external_id, count(*) FROM feedback_items"
                    " WHERE external_id LIKE :p GROUP BY external_id"
                ),
                {"p": f"{prefix}%"},
            ).all()
        )
        split = connection.execute(
            text(
                "SELECT count(*) FROM (SELECT text FROM feedback_items WHERE external_id LIKE :p"
                " GROUP BY text HAVING count(DISTINCT idea_id) > 1) AS s"
            ),
            {"p": f"{prefix}%"},
        ).scalar_one()
    engine.dispose()
    return {
        "lost": sum(1 for e in acknowledged if e not in stored),
        "duplicated": sum(1 for c in stored.values() if c > 1),
        "stored_unacked": sum(1 for e in stored if e not in acknowledged),
        "split_texts": int(split),
        "stored": len(stored),
    }


def run_config(
    servers: list[Server],
    clients: int,
    seconds: float,
    key: str,
    pool: list[SampleItem],
    url: str,
) -> dict[str, Any]:
    prefix = f"mp{len(servers)}x{clients}-"
    run = Run()
    sent: dict[str, SampleItem] = {}
    next_index = [0]
    cpu_before = [cpu_seconds(s.process.pid) for s in servers]
    own_before = time.process_time()
    busy_before = machine_busy()[0]
    pg_before = postgres_cpu()
    start = time.perf_counter()
    stop_at = start + seconds
    threads = [
        threading.Thread(
            target=client_loop,
            args=(servers[i % len(servers)], key, pool, next_index, prefix, run, sent, stop_at, i),
        )
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    server_cpu = sum(
        cpu_seconds(s.process.pid) - b for s, b in zip(servers, cpu_before, strict=True)
    )
    own_cpu = time.process_time() - own_before
    busy = machine_busy()[0] - busy_before
    pg = postgres_delta(pg_before)
    checked = verify(url, prefix, run.acknowledged)
    done = len(run.latencies_ms)
    lat = np.array(run.latencies_ms or [float("nan")])
    return {
        "processes": len(servers),
        "clients": clients,
        "requests": done,
        "per_s": done / wall,
        "p50": float(np.percentile(lat, 50)),
        "p99": float(np.percentile(lat, 99)),
        "cpu_ms": 1000 * server_cpu / max(done, 1),
        "server_cores": server_cpu / wall,
        "client_cores": own_cpu / wall,
        "machine_cores": busy / wall,
        "pg_cores": pg / wall,
        "other_cores": (busy - server_cpu - own_cpu - pg) / wall,
        "resends": run.resends,
        "fivexx": sum(c for s, c in run.statuses.items() if s >= 500),
        "other": sum(c for s, c in run.statuses.items() if s not in (200, 201) and s < 500),
        "errors": run.errors,
        **checked,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stored", type=int, default=100_000, help="items stored before timing")
    parser.add_argument("--seconds", type=float, default=20.0, help="timed seconds per pair")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--clients", type=int, nargs="+", default=[8, 32])
    args = parser.parse_args()
    print(f"# {machine()}; {platform.platform()}")
    print(f"# load average at start: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    print(f"# {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; os.cpu_count()={os.cpu_count()}")

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(psycopg(PG_URL))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    workdir = Path(tempfile.mkdtemp(prefix="tl-mp-bench-"))
    rows: list[dict[str, Any]] = []
    embed_ms = float("nan")
    try:
        start = time.perf_counter()
        key = populate(url, args.stored, default_embedder("onnx"))
        print(
            f"populated {args.stored} stored items (PostgreSQL schema {schema}) in "
            f"{time.perf_counter() - start:.0f} s"
        )
        pool = generate_feedback(30_000, seed=99)
        embed_ms = single_embed_cpu_ms([item.text for item in pool[-300:]])
        print(f"embedding one text alone: {embed_ms:.1f} ms CPU (median of 200, this process)")
        for processes in args.processes:
            servers = [Server(url, workdir / f"p{processes}-{n}") for n in range(processes)]
            try:
                for server in servers:
                    server.wait_ready()
                warm = time.perf_counter()
                headers = {"Authorization": f"Bearer {key}"}
                for server in servers:  # the first call builds the process's index
                    httpx.post(
                        f"{server.url}/api/v1/dedupe",
                        json={"text": "warm the index"},
                        headers=headers,
                        timeout=300,
                    ).raise_for_status()
                print(
                    f"{processes} process(es) up, indexes warm in "
                    f"{time.perf_counter() - warm:.0f} s"
                )
                for clients in args.clients:
                    row = run_config(servers, clients, args.seconds, key, pool, url)
                    rows.append(row)
                    print(
                        f"  {processes}p x {clients:>2}c: {row['per_s']:.1f} req/s, p50 "
                        f"{row['p50']:.0f} ms, p99 {row['p99']:.0f} ms",
                        flush=True,
                    )
            finally:
                for server in servers:
                    server.stop()
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
        shutil.rmtree(workdir, ignore_errors=True)

    print()
    print(
        "procs clients  req/s  p50 ms  p99 ms  srv CPU ms/req"
        "  cores busy: srv    pg  bench  other  machine"
    )
    for r in rows:
        print(
            f"{r['processes']:>5} {r['clients']:>7} {r['per_s']:>6.1f} {r['p50']:>7.0f} "
            f"{r['p99']:>7.0f} {r['cpu_ms']:>15.1f} {r['server_cores']:>17.2f} "
            f"{r['pg_cores']:>5.2f} {r['client_cores']:>6.2f} {r['other_cores']:>6.2f} "
            f"{r['machine_cores']:>8.2f}"
        )
    print()
    print("procs clients  requests  resent  5xx  4xx  conn-err  lost  dup  unacked  split")
    for r in rows:
        print(
            f"{r['processes']:>5} {r['clients']:>7} {r['requests']:>9} {r['resends']:>7} "
            f"{r['fivexx']:>4} {r['other']:>4} {r['errors']:>9} {r['lost']:>5} "
            f"{r['duplicated']:>4} {r['stored_unacked']:>8} {r['split_texts']:>6}"
        )
    print(
        "(cores busy: CPU-seconds per wall second of the API processes, PostgreSQL, this "
        "benchmark's client threads, everything else on the machine, and the whole machine; "
        "lost = acknowledged but not stored; dup = an external id stored more than once; "
        "unacked = stored although the client saw no 200/201; split = a text sent in the pair "
        "stored in two ideas)"
    )
    if rows:
        interpret(rows, embed_ms)


def interpret(rows: list[dict[str, Any]], embed_ms: float) -> None:
    """One paragraph from the figures: the CPU cost of a request, where it goes, the cap."""
    cores = os.cpu_count() or 1

    def per_request_ms(key: str) -> float:
        return float(np.median([1000 * r[key] / r["per_s"] for r in rows if r["per_s"]]))

    best = max(rows, key=lambda r: r["per_s"])
    by_procs: dict[int, dict[str, Any]] = {}
    for r in rows:
        if r["per_s"] > by_procs.get(r["processes"], {"per_s": -1.0})["per_s"]:
            by_procs[r["processes"]] = r
    server_ms, pg_ms, bench_ms = (
        per_request_ms(k) for k in ("server_cores", "pg_cores", "client_cores")
    )
    own_ms = server_ms + pg_ms + bench_ms
    scaling = "; ".join(
        f"{p} process(es) {r['per_s']:.0f} req/s using {r['server_cores']:.2f} cores"
        for p, r in sorted(by_procs.items())
    )
    other = float(np.median([r["other_cores"] for r in rows]))
    effects = []
    for procs in sorted({r["processes"] for r in rows}):
        mine = sorted((r for r in rows if r["processes"] == procs), key=lambda r: r["clients"])
        if len(mine) > 1 and mine[0]["per_s"]:
            low, high = mine[0], mine[-1]
            effects.append(
                f"{procs} process(es) {low['clients']}->{high['clients']} clients: throughput "
                f"x{high['per_s'] / low['per_s']:.2f}, p99 x{high['p99'] / low['p99']:.1f}"
            )
    clients_effect = "; ".join(effects) or "only one client count was run"
    busy = [r["machine_cores"] for r in rows]
    saturated = min(busy) >= 0.85 * cores
    srv = [r["server_cores"] for r in rows]
    print()
    print(
        f"Interpretation: best per process count: {scaling}. A request costs the API "
        f"processes {server_ms:.1f} ms of CPU, of which embedding the text is about "
        f"{embed_ms:.1f} ms (measured alone) and the rest is HTTP, auth, the index search and "
        f"the ORM; PostgreSQL adds {pg_ms:.1f} ms and this benchmark's own client threads "
        f"{bench_ms:.1f} ms (medians over pairs). Everything on the same {cores} cores, that is "
        f"{own_ms:.1f} ms per request, so the machine caps ingest near "
        f"{1000 * cores / own_ms:.0f} req/s whatever the number of processes, if nothing "
        f"else ran. The machine was {min(busy):.2f}-{max(busy):.2f} of {cores} cores busy "
        f"during the pairs, unrelated load taking a median {other:.2f} cores. "
        + (
            "So the cores are the ceiling, not locking or the database: the API processes got "
            f"only {min(srv):.2f}-{max(srv):.2f} cores in total whatever their number, because "
            "PostgreSQL, the clients and everything else took the rest; more processes cannot "
            "add cores, they only add contention and another copy of the model and index "
            "each. "
            if saturated
            else "The machine was not saturated in every pair, so the cap above was not "
            "always reached. "
        )
        + f"More clients: {clients_effect}. Lost, dup, unacked, 5xx and split are checked in "
        f"the database after each pair (best pair: {best['processes']} x {best['clients']} at "
        f"{best['per_s']:.1f} req/s)."
    )


if __name__ == "__main__":
    main()
