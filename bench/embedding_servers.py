"""The server processes `bench/embedding_placement.py` starts: API stand-ins and embedding workers.

An API process answers `POST /ingest` the way `POST /api/v1/feedback` embeds today: a sync
FastAPI route (so uvicorn's thread pool runs concurrent requests side by side) that embeds the
item's text before anything else. Only where that embedding happens differs, by `--mode`:

- `direct`: one model call per request in the API process (the product now);
- `batch`: in the API process, concurrent requests' texts coalesced into one model call
  (`triage.batching.BatchingEmbedder`, waiting `--window-ms` for more callers);
- `remote`: sent over loopback HTTP to embedding worker processes (round-robin), which batch.

An embedding worker answers `POST /embed` (JSON texts in, raw float32 rows out) through the
same micro-batcher. Everything after embedding (lock, FAISS, database) is the same in every
placement, so it is left out: these figures are the embedding cost of ingest alone.

Usage: python bench/embedding_servers.py api --port P --mode direct|batch|remote [--worker URL]
       python bench/embedding_servers.py worker --port P
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import threading
from pathlib import Path

import httpx
import numpy as np
import uvicorn
from fastapi import FastAPI, Response
from pydantic import BaseModel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from triage.batching import BatchingEmbedder  # noqa: E402
from triage.embedder import Embedder, default_embedder  # noqa: E402


class RemoteEmbedder:
    """Embeds through worker processes over loopback HTTP, one worker per call, round-robin."""

    name = "remote"
    dim = 384

    def __init__(self, urls: list[str]) -> None:
        limits = httpx.Limits(max_connections=128, max_keepalive_connections=128)
        self._clients = [httpx.Client(base_url=u, timeout=120, limits=limits) for u in urls]
        self._next = itertools.cycle(range(len(urls)))
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            client = self._clients[next(self._next)]
        answer = client.post("/embed", json={"texts": texts})
        answer.raise_for_status()
        return np.frombuffer(answer.content, dtype=np.float32).reshape(len(texts), self.dim)


class Item(BaseModel):
    text: str
    source: str = "api"


class Texts(BaseModel):
    texts: list[str]


def api_app(embedder: Embedder) -> FastAPI:
    app = FastAPI()

    @app.post("/ingest")
    def ingest(item: Item, full: bool = False) -> dict[str, object]:
        vector = embedder.embed([item.text])[0]
        if full:
            return {"vector": vector.tolist()}
        return {"dim": int(vector.shape[0])}

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/stats")
    def stats() -> dict[str, int]:
        return {"calls": getattr(embedder, "calls", 0), "texts": getattr(embedder, "texts", 0)}

    return app


def worker_app(batcher: BatchingEmbedder) -> FastAPI:
    app = FastAPI()

    @app.post("/embed")
    def embed(body: Texts) -> Response:
        vectors = batcher.embed(body.texts)
        return Response(np.ascontiguousarray(vectors, dtype=np.float32).tobytes())

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/stats")
    def stats() -> dict[str, int]:
        return {"calls": batcher.calls, "texts": batcher.texts}

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=["api", "worker"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["direct", "batch", "remote"], default="direct")
    parser.add_argument("--worker", action="append", default=[], help="embedding worker URL")
    parser.add_argument("--window-ms", type=float, default=2.0)
    args = parser.parse_args()
    window = args.window_ms / 1000
    if args.role == "worker":
        model = default_embedder("onnx")
        model.embed(["warm up the model"])
        app = worker_app(BatchingEmbedder(model, window))
    elif args.mode == "remote":
        app = api_app(RemoteEmbedder(args.worker))
    else:
        model = default_embedder("onnx")
        model.embed(["warm up the model"])
        app = api_app(BatchingEmbedder(model, window) if args.mode == "batch" else model)
    print(f"ready pid={os.getpid()}", flush=True)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
