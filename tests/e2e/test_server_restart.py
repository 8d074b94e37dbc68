"""A real `throughline serve` over HTTP: stop it, delete the index snapshot, start again."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent / "throughline"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(BIN), "serve", "--port", str(self.port)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.process.stderr.read().decode()  # type: ignore[union-attr]
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        raise AssertionError("server did not start")

    def stop(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=60)


@pytest.fixture
def server(tmp_path: Path, database_url: str) -> Iterator[Server]:
    env = {
        **os.environ,
        "THROUGHLINE_DATA_DIR": str(tmp_path / "data"),
        "THROUGHLINE_DATABASE_URL": database_url,
    }
    srv = Server(env)
    yield srv
    if srv.process and srv.process.poll() is None:
        srv.process.kill()


def test_restart_without_snapshot_keeps_every_item_and_decision(server: Server) -> None:
    key = subprocess.run(
        [str(BIN), "keys", "create", "--workspace", "acme"],
        env=server.env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    headers = {"Authorization": f"Bearer {key}"}
    server.start()
    texts = [
        "Offline mode for the mobile app",
        "Custom fields on contacts",
        "Let the iOS app work without internet",
    ]
    answers = [
        httpx.post(f"{server.url}/api/v1/feedback", json={"text": t}, headers=headers).json()
        for t in texts
    ]
    assert answers[2]["matches"][0]["idea_id"] == answers[0]["idea_id"]
    probe = {"text": "mobile app that works offline"}
    before = httpx.post(f"{server.url}/api/v1/dedupe", json=probe, headers=headers).json()
    server.stop()

    snapshots = list(Path(server.env["THROUGHLINE_DATA_DIR"], "index").glob("*"))
    assert snapshots, "shutdown should have written a snapshot"
    for path in snapshots:
        path.unlink()

    server.start()
    after = httpx.post(f"{server.url}/api/v1/dedupe", json=probe, headers=headers).json()
    assert after == before
    ideas = httpx.get(f"{server.url}/api/v1/ideas", headers=headers).json()
    assert sum(i["item_count"] for i in ideas["ideas"]) == 3
    server.stop()
