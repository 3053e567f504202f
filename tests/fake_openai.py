"""A local OpenAI-compatible chat-completions server with scripted replies, for tests.

    with FakeOpenAI() as server:
        server.add("共排查重大安全隐患2项[1]。", Reply.error(500), Reply.slow(5.0))
        ... init_chat_model("openai:fake-model", base_url=server.base_url) ...

Each POST /v1/chat/completions takes the next scripted reply; plain and streamed (SSE chunks,
then `data: [DONE]`) requests are both served. Requests are recorded for assertions.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted response: content, or a failure mode."""

    content: str = ""
    status: int = 200
    delay: float = 0.0  # seconds to wait before answering (or, with stall_after, mid-stream)
    garbage: bool = False  # a 200 whose body is not JSON
    stall_after: int | None = None  # streaming: chunks sent before waiting `delay`
    chunk_chars: int = 4

    @classmethod
    def slow(cls, delay: float, content: str = "迟到的回答[1]。") -> Reply:
        return cls(content=content, delay=delay)

    @classmethod
    def error(cls, status: int) -> Reply:
        return cls(status=status)

    @classmethod
    def junk(cls) -> Reply:
        return cls(garbage=True)

    @classmethod
    def empty(cls) -> Reply:
        return cls(content="")

    @classmethod
    def stall(cls, content: str, after: int, delay: float) -> Reply:
        return cls(content=content, stall_after=after, delay=delay)


class FakeOpenAI:
    """The server: start() in a thread, add() replies, read requests, stop()."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def add(self, *replies: Reply | str) -> None:
        for reply in replies:
            self.replies.append(Reply(content=reply) if isinstance(reply, str) else reply)

    def start(self) -> FakeOpenAI:
        handler = _handler_for(self)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        server.block_on_close = False  # a handler sleeping in slow mode must not hold close
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait(self, seconds: float) -> None:
        """Sleep, but wake when the server closes so slow handlers end with the test."""
        self._closing.wait(seconds)

    def next_reply(self) -> Reply:
        if self.replies:
            return self.replies.popleft()
        return Reply(status=500, content="no scripted reply left")


def refused_url() -> str:
    """A base URL where nothing listens: connections are refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _completion(model: str, content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n".encode()


def _handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            try:
                request = json.loads(self.rfile.read(length) or b"{}")
            except json.JSONDecodeError:
                request = {}
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {"error": {"message": "not found", "type": "invalid_request"}})
                return
            fake.requests.append(request)
            reply = fake.next_reply()
            # The client may give up (timeout): that is the point of the slow modes.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._answer(request, reply)

        def _answer(self, request: dict[str, Any], reply: Reply) -> None:
            model = str(request.get("model", "fake-model"))
            if reply.delay and reply.stall_after is None:
                fake.wait(reply.delay)
            if reply.status != 200:
                message = reply.content or f"scripted error {reply.status}"
                self._send(reply.status, {"error": {"message": message, "type": "server_error"}})
                return
            if reply.garbage:
                self._raw(200, b"<html>502 Bad Gateway (not JSON)</html>", "application/json")
                return
            if request.get("stream"):
                self._stream(model, reply)
                return
            self._send(200, _completion(model, reply.content))

        def _stream(self, model: str, reply: Reply) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(_chunk(model, {"role": "assistant", "content": ""}))
            text, size = reply.content, max(1, reply.chunk_chars)
            for i, start in enumerate(range(0, len(text), size)):
                if reply.stall_after is not None and i == reply.stall_after:
                    self.wfile.flush()
                    fake.wait(reply.delay)
                self.wfile.write(_chunk(model, {"content": text[start : start + size]}))
                self.wfile.flush()
            self.wfile.write(_chunk(model, {}, finish="stop"))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            self.close_connection = True

        def _send(self, status: int, body: dict[str, Any]) -> None:
            self._raw(status, json.dumps(body, ensure_ascii=False).encode(), "application/json")

        def _raw(self, status: int, data: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()

    return Handler
