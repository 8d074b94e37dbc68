"""A real HTTP server speaking the chat-completions protocol, with scripted answers.

Tests point the real `openai` client at it, so retries, timeouts, refused response formats and
broken JSON go through the same code paths as against a real endpoint.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """A 200 answer whose message content is `content` (any text: JSON, prose, broken)."""

    content: str
    prompt_tokens: int = 100
    completion_tokens: int = 50
    delay: float = 0.0


@dataclass
class Status:
    """An HTTP error, e.g. 429 with a short retry-after-ms so the client retries quickly."""

    code: int
    headers: dict[str, str] = field(default_factory=dict)
    message: str = "scripted error"


@dataclass
class Hang:
    """Answer only after `seconds` — longer than the client's timeout."""

    seconds: float


Step = Reply | Status | Hang


def json_reply(value: Any, **kwargs: Any) -> Reply:
    return Reply(json.dumps(value), **kwargs)


class ChatServer:
    """POST /v1/chat/completions answers from a queue; every request body is kept."""

    def __init__(self) -> None:
        self.steps: deque[Step] = deque()
        self.requests: list[dict[str, Any]] = []
        self.refuse_json_schema = False  # 400 for response_format json_schema, like some servers
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.requests.append(body)
                    fmt = (body.get("response_format") or {}).get("type")
                    if server.refuse_json_schema and fmt == "json_schema":
                        step: Step = Status(400, message="response_format json_schema unsupported")
                    elif server.steps:
                        step = server.steps.popleft()
                    else:
                        step = Status(500, message="no scripted answer left")
                self._answer(step, body)

            def _answer(self, step: Step, body: dict[str, Any]) -> None:
                try:
                    if isinstance(step, Hang):
                        time.sleep(step.seconds)
                        self._send(200, {}, _completion(body, Reply("{}")))
                    elif isinstance(step, Status):
                        error = {"error": {"message": step.message, "type": "scripted"}}
                        self._send(step.code, step.headers, error)
                    else:
                        time.sleep(step.delay)
                        self._send(200, {}, _completion(body, step))
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout): nothing to answer

            def _send(self, code: int, headers: dict[str, str], payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *steps: Step) -> None:
        with self._lock:
            self.steps.extend(steps)

    def start(self) -> ChatServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _completion(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "scripted"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        },
    }
