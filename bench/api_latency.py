"""Benchmark the hot path: embedding throughput, single-item POST latency with 100k stored
items over real HTTP, bulk ingest throughput, and the server's peak RSS.

The 100k stored items are written straight to the database (real sample texts; their vectors
are real embeddings of 5,000 distinct sample texts, jittered and re-normalised) because
embedding 100k texts alone would take ~6 minutes and the search cost does not depend on what
the vectors say. Every figure after that goes through a real `throughline serve` process.

Usage: python bench/api_latency.py [--stored 100000] [--requests 500] [--bulk 3000]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import numpy as np
from sqlalchemy import func, insert, select

from models.db import make_engine, make_session_factory, migrate, unit_of_work
from models.tables import FeedbackItem, Idea
from service.sampledata.backlog import generate_feedback
from service.workspaces import store as workspace_store
from triage.embedder import Embedder, MiniLMEmbedder, default_embedder
from triage.normalise import content_hash

BIN = Path(sys.executable).parent / "throughline"


def machine() -> str:
    cpu = "unknown cpu"
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def embed_figures(embedder: Embedder, texts: list[str]) -> dict[str, float]:
    embedder.embed(texts[:32])
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        embedder.embed(texts[:2000])
        runs.append(2000 / (time.perf_counter() - start))
    singles = []
    for text in texts[:200]:
        start = time.perf_counter()
        embedder.embed([text])
        singles.append((time.perf_counter() - start) * 1000)
    return {"batch_texts_per_s": statistics.median(runs), "single_ms_p50": percentile(singles, 50)}


def populate(url: str, stored: int, embedder: Embedder) -> str:
    """Write `stored` items (and one idea per 20) directly; return an API key."""
    engine = make_engine(url)
    migrate(engine)
    factory = make_session_factory(engine)
    items = generate_feedback(stored, seed=11)
    base = embedder.embed([i.text for i in items[:5000]])
    rng = np.random.default_rng(0)
    with unit_of_work(factory) as session:
        ws = workspace_store.get_or_create_workspace(session, "bench")
        key = workspace_store.create_key(session, ws, "admin")
        ideas = [{"workspace_id": ws.id, "title": f"idea {n}"} for n in range(stored // 20)]
        session.execute(insert(Idea), ideas)
        first_idea = session.execute(select(func.min(Idea.id))).scalar_one()
        rows = []
        for n, item in enumerate(items):
            jitter = rng.normal(0, 0.02, size=(base.shape[1],)).astype(np.float32)
            vector = base[n % len(base)] + jitter
            vector /= np.linalg.norm(vector)
            rows.append(
                {
                    "workspace_id": ws.id,
                    "idea_id": first_idea + n // 20,
                    "text": item.text,
                    "source": item.source,
                    "external_id": f"bench-{n}",
                    "content_hash": content_hash(f"{item.text} #{n}"),
                    "decision": "new",
                    "embedding": vector.astype(np.float32).tobytes(),
                    "meta": {},
                    "created_at": item.created_at,
                }
            )
            if len(rows) == 5000:
                session.execute(insert(FeedbackItem), rows)
                rows = []
        if rows:
            session.execute(insert(FeedbackItem), rows)
    engine.dispose()
    return key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(process: subprocess.Popen[bytes], url: str, seconds: float = 300) -> None:
    """Return once `url`/healthz answers 200; SystemExit if the process ends or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("server did not start")


def start_server(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [str(BIN), "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_healthy(process, f"http://127.0.0.1:{port}")
    return process


def peak_rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--bulk", type=int, default=3000)
    args = parser.parse_args()
    print(f"# {machine()}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    fresh = [i.text for i in generate_feedback(args.requests + args.bulk + 2000, seed=99)]
    peer = embed_figures(MiniLMEmbedder(), fresh[-2000:])
    embedder = default_embedder("onnx")
    figures = embed_figures(embedder, fresh[-2000:])
    for name, f in (("sentence-transformers (torch)", peer), ("ONNX Runtime (default)", figures)):
        print(
            f"embed with {name}: {f['batch_texts_per_s']:.0f} texts/s batched (median of "
            f"3 x 2000), single text p50 {f['single_ms_p50']:.1f} ms"
        )

    workdir = Path(tempfile.mkdtemp(prefix="tl-bench-"))
    url = f"sqlite:///{workdir / 'bench.db'}"
    start = time.perf_counter()
    key = populate(url, args.stored, embedder)
    print(f"populated {args.stored} stored items in {time.perf_counter() - start:.0f} s")
    env = {**os.environ, "THROUGHLINE_DATA_DIR": str(workdir), "THROUGHLINE_DATABASE_URL": url}
    port = free_port()
    server = start_server(env, port)
    headers = {"Authorization": f"Bearer {key}"}
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
            start = time.perf_counter()
            client.post("/api/v1/dedupe", json={"text": "warm the index"}).raise_for_status()
            print(f"first call (index built from the DB): {time.perf_counter() - start:.1f} s")
            health, post = [], []
            for text in fresh[: args.requests]:
                t0 = time.perf_counter()
                client.get("/healthz")
                t1 = time.perf_counter()
                client.post("/api/v1/feedback", json={"text": text}).raise_for_status()
                t2 = time.perf_counter()
                health.append((t1 - t0) * 1000)
                post.append((t2 - t1) * 1000)
            print(
                f"POST /api/v1/feedback with {args.stored} stored: p50 "
                f"{percentile(post, 50):.1f} ms, p99 {percentile(post, 99):.1f} ms "
                f"(GET /healthz peer p50 {percentile(health, 50):.1f} ms)"
            )
            bulk = fresh[args.requests : args.requests + args.bulk]
            # The peer: this process embeds each chunk just before the server ingests it, so
            # both see the same load on this shared machine.
            embed_s = post_s = 0.0
            for i in range(0, len(bulk), 100):
                texts = bulk[i : i + 100]
                t0 = time.perf_counter()
                embedder.embed(texts)
                t1 = time.perf_counter()
                chunk = [{"text": t} for t in texts]
                client.post("/api/v1/feedback/bulk", json={"items": chunk}).raise_for_status()
                embed_s += t1 - t0
                post_s += time.perf_counter() - t1
            print(
                f"bulk ingest: {len(bulk) / post_s:.0f} items/s (100 per call); "
                f"{embed_s / post_s:.2f} x embedding the same texts alone "
                f"({len(bulk) / embed_s:.0f} texts/s, timed between the calls)"
            )
        print(f"server peak RSS: {peak_rss_mib(server.pid):.0f} MiB")
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=60)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
