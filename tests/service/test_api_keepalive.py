"""After a 500 the client's keep-alive connection still works: the next request on the same
socket gets its answer (uvicorn resets connections whose app raised past it)."""

from __future__ import annotations

import http.client
import json
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi import FastAPI
from notify_peers import free_port

from service.context import AppContext
from service.http.app import create_app


@pytest.fixture
def port(context: AppContext) -> Iterator[int]:
    app: FastAPI = create_app(context=context)

    @app.get("/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("a bug in a route")  # what any unforeseen error looks like

    chosen = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=chosen, log_level="critical")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.05)
    yield chosen
    server.should_exit = True
    thread.join(timeout=30)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_500_leaves_the_connection_usable(port: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", "/boom")
    failed = connection.getresponse()
    problem = json.loads(failed.read())
    assert failed.status == 500 and problem["code"] == "internal_error"
    assert "boom" not in json.dumps(problem)  # no internals leak

    connection.request("GET", "/healthz")  # the same socket
    after = connection.getresponse()
    assert after.status == 200 and json.loads(after.read()) == {"status": "ok"}
    connection.close()
