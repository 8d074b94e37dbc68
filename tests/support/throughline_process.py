"""Real `throughline` processes for multi-process tests: API servers, workers, CLI calls."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from notify_peers import free_port

BIN = Path(sys.executable).parent / "throughline"


def process_env(database_url: str, data_dir: Path, **settings: object) -> dict[str, str]:
    """The environment of one process: its own data directory, the shared database."""
    env = {
        **os.environ,
        "THROUGHLINE_DATABASE_URL": database_url,
        "THROUGHLINE_DATA_DIR": str(data_dir),
        "THROUGHLINE_SECRET_KEY": "multi-process-test-secret",
    }
    env.update({f"THROUGHLINE_{k.upper()}": str(v) for k, v in settings.items()})
    return env


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([str(BIN), *args], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


class Process:
    """One `throughline` process; stop() is a graceful SIGINT, kill() a SIGKILL."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.env = env
        self.args = args
        self.process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.TemporaryFile()  # not a pipe: a chatty process never blocks on it

    def start(self) -> Process:
        self.process = subprocess.Popen(
            [str(BIN), *self.args], env=self.env, stdout=subprocess.DEVNULL, stderr=self._log
        )
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)

    def errors(self) -> str:
        """What the process wrote to stderr so far (its log)."""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")


class Server(Process):
    """`throughline serve` on a free port, ready once /healthz answers."""

    def __init__(self, env: dict[str, str], *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        super().__init__(env, "serve", "--port", str(self.port), *extra)

    def start(self) -> Server:
        super().start()
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            assert self.process is not None
            assert self.process.poll() is None, self.errors()
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.3)
        raise AssertionError("server did not start")
