"""A fake Telegram Bot API server on 127.0.0.1 that records calls and serves queued updates."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

TOKEN = "123456:TEST-token_abc"
BOT_ID = 123456
BOT_USERNAME = "townqa_test_bot"

_METHOD_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<path>.+)$")


@dataclass
class Call:
    """One request the bot made: method name, decoded parameters, when."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    status: int = 0  # HTTP status answered; 0 while in progress


@dataclass
class _Fault:
    method: str
    status: int
    times: int
    retry_after: int | None = None


_STRING_PARAMS = {"text", "caption", "data", "callback_query_id", "parse_mode", "file_id", "url"}


def _decode_value(value: str, name: str = "") -> Any:
    """PTB sends objects and numbers JSON-encoded and plain strings as they are."""
    if name in _STRING_PARAMS:
        return value
    if value[:1] in "{[" or value in ("true", "false", "null") or re.fullmatch(r"-?\d+", value):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class FakeBotAPI:
    """The Bot API subset python-telegram-bot uses, served over real HTTP from a thread."""

    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME) -> None:
        self.token = token
        self.username = username
        self.calls: list[Call] = []
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, content)
        self._updates: list[dict[str, Any]] = []
        self._raw_updates: list[Any] = []  # served verbatim (malformed-update tests)
        self._faults: list[_Fault] = []
        self._cond = threading.Condition()
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._closed = False
        self.missing: set[str] = set()  # methods answered 404, as by a minimal server
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Root of the API, as TOWNQA_TELEGRAM_API_URL takes it."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> FakeBotAPI:
        api = self

        class Handler(_Handler):
            fake = api

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests put in -------------------------------------------------------------------

    def enqueue(self, update: dict[str, Any]) -> int:
        """Queue one update (update_id assigned when missing) for the next getUpdates."""
        with self._cond:
            update.setdefault("update_id", next(self._update_ids))
            self._updates.append(update)
            self._cond.notify_all()
        return int(update["update_id"])

    def enqueue_raw(self, item: Any) -> None:
        """Queue something served verbatim in getUpdates' result, however malformed."""
        with self._cond:
            self._raw_updates.append(item)
            self._cond.notify_all()

    def next_update_id(self) -> int:
        return next(self._update_ids)

    @staticmethod
    def user(user_id: int, name: str = "官员") -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name}

    @staticmethod
    def chat(chat_id: int, chat_type: str = "private") -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "官员"
        else:
            chat["title"] = "测试群"
        return chat

    def message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to: dict[str, Any] | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> int:
        """Queue a text message; commands get their bot_command entity automatically."""
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat(chat_id if chat_id is not None else user_id, chat_type),
            "from": self.user(user_id),
            "text": text,
        }
        ents = list(entities or [])
        if text.startswith("/"):
            length = len(text.split()[0].encode("utf-16-le")) // 2
            ents.insert(0, {"type": "bot_command", "offset": 0, "length": length})
        if ents:
            msg["entities"] = ents
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        return self.enqueue({"message": msg})

    def callback(self, user_id: int, data: str, message: dict[str, Any] | None = None) -> int:
        """Queue an inline-button press."""
        cq: dict[str, Any] = {
            "id": str(next(self._update_ids)),
            "from": self.user(user_id),
            "chat_instance": "ci",
            "data": data,
        }
        if message is not None:
            cq["message"] = message
        return self.enqueue({"callback_query": cq})

    def add_file(self, content: bytes, file_name: str) -> str:
        """Store a file that getFile and the file download serve; returns its file_id."""
        file_id = f"file{len(self.files) + 1}"
        suffix = "." + file_name.rsplit(".", 1)[-1] if "." in file_name else ""
        self.files[file_id] = (f"documents/{file_id}{suffix}", content)
        return file_id

    def document(
        self, user_id: int, file_name: str, content: bytes, mime: str = "text/plain"
    ) -> int:
        """Queue a document upload from a user in a private chat."""
        file_id = self.add_file(content, file_name)
        msg = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat(user_id),
            "from": self.user(user_id),
            "document": {
                "file_id": file_id,
                "file_unique_id": file_id + "u",
                "file_name": file_name,
                "mime_type": mime,
                "file_size": len(content),
            },
        }
        return self.enqueue({"message": msg})

    def fail(self, method: str, status: int = 500, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with an HTTP error."""
        with self._cond:
            self._faults.append(_Fault(method, status, times))

    def flood(self, method: str, retry_after: int = 1, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with 429 Too Many Requests."""
        with self._cond:
            self._faults.append(_Fault(method, 429, times, retry_after))

    # -- what tests read back ----------------------------------------------------------------

    def calls_of(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Parameters of every delivered sendMessage (optionally to one chat), in order."""
        return [
            c.params
            for c in self.calls_of("sendMessage")
            if c.status == 200 and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def texts(self, chat_id: int | None = None) -> list[str]:
        return [str(p.get("text", "")) for p in self.sent(chat_id)]

    async def wait_for(
        self, predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition"
    ) -> None:
        """Wait (without blocking the bot's loop) until predicate() holds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; calls: {self.summary()}")
            await asyncio.sleep(0.02)

    async def wait_sent(self, chat_id: int, count: int = 1, timeout: float = 10.0) -> list[str]:
        """Wait until `count` messages went to chat_id; returns their texts."""
        await self.wait_for(
            lambda: len(self.sent(chat_id)) >= count, timeout, f"{count} message(s) to {chat_id}"
        )
        return self.texts(chat_id)

    def summary(self) -> str:
        with self._cond:
            return ", ".join(f"{c.method}({c.params.get('chat_id', '')})" for c in self.calls[-30:])

    # -- serving -----------------------------------------------------------------------------

    def _take_fault(self, method: str) -> _Fault | None:
        with self._cond:
            for fault in self._faults:
                if fault.method == method and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def _get_updates(self, params: dict[str, Any]) -> list[Any]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(timeout, 30.0)
        with self._cond:
            while True:
                # Like Telegram: asking from `offset` confirms (drops) everything before it.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if self._raw_updates:
                    raw, self._raw_updates = self._raw_updates, []
                    return raw
                if self._updates:
                    return self._updates[:limit]
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._closed:
                    return []
                self._cond.wait(remaining)

    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        """The result of a Bot API method, shaped as Telegram returns it."""
        now = int(time.time())
        if method == "getMe":
            return {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "TownQA",
                "username": self.username,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": False,
            }
        if method == "getUpdates":
            return self._get_updates(params)
        if method in ("sendMessage", "editMessageText"):
            chat_id = params.get("chat_id", 0)
            message_id = params.get("message_id") or next(self._message_ids)
            msg: dict[str, Any] = {
                "message_id": message_id,
                "date": now,
                "chat": self.chat(int(chat_id)) if str(chat_id).lstrip("-").isdigit() else {},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "TownQA"},
                "text": params.get("text", ""),
            }
            if method == "editMessageText":
                msg["edit_date"] = now
            if "reply_markup" in params:
                msg["reply_markup"] = params["reply_markup"]
            return msg
        if method == "getFile":
            file_id = str(params.get("file_id"))
            if file_id not in self.files:
                raise _APIError(400, "Bad Request: invalid file_id")
            path, content = self.files[file_id]
            return {
                "file_id": file_id,
                "file_unique_id": file_id + "u",
                "file_size": len(content),
                "file_path": path,
            }
        if method == "getMyCommands":
            return []
        if method == "getWebhookInfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        # sendChatAction, answerCallbackQuery, deleteWebhook, setWebhook, setMyCommands,
        # deleteMyCommands, close, logOut ...: Telegram answers True.
        return True


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients dropping connections mid-poll is normal here


class _APIError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


class _Handler(BaseHTTPRequestHandler):
    fake: FakeBotAPI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def _params(self) -> dict[str, Any]:
        parts = urlsplit(self.path)
        params: dict[str, Any] = {k: _decode_value(v, k) for k, v in parse_qsl(parts.query)}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        ctype = self.headers.get("Content-Type", "")
        if not body:
            return params
        if ctype.startswith("application/json"):
            params.update(json.loads(body))
        elif ctype.startswith("multipart/form-data"):
            msg = BytesParser(policy=HTTP).parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body
            )
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if not isinstance(payload, bytes):
                    payload = b""
                if part.get_filename():
                    params[str(name)] = payload
                else:
                    params[str(name)] = _decode_value(payload.decode(), str(name))
        else:
            pairs = parse_qsl(body.decode(), keep_blank_values=True)
            params.update({k: _decode_value(v, k) for k, v in pairs})
        return params

    def _send(self, status: int, body: bytes, ctype: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        # The bot may give up on a long poll while shutting down.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _dispatch(self) -> None:
        fake = self.fake
        path = unquote(urlsplit(self.path).path)
        file_match = _FILE_PATH.match(path)
        if file_match:
            self._serve_file(file_match.group("token"), file_match.group("path"))
            return
        match = _METHOD_PATH.match(path)
        params = self._params()
        if not match or match.group("token") != fake.token:
            self._error(_APIError(404, "Not Found"))
            return
        method = match.group("method")
        call = Call(method, params)
        with fake._cond:
            fake.calls.append(call)
        fault = fake._take_fault(method)
        if fault is not None:
            call.status = fault.status
            self._error(_APIError(fault.status, f"Fake fault {fault.status}", fault.retry_after))
            return
        if method in fake.missing:
            call.status = 404
            self._error(_APIError(404, "Not Found: method not found"))
            return
        try:
            result = fake._answer(method, params)
        except _APIError as exc:
            call.status = exc.status
            self._error(exc)
            return
        call.status = 200
        self._send(200, json.dumps({"ok": True, "result": result}, ensure_ascii=False).encode())

    def _error(self, exc: _APIError) -> None:
        payload: dict[str, Any] = {
            "ok": False,
            "error_code": exc.status,
            "description": exc.description,
        }
        if exc.retry_after is not None:
            payload["parameters"] = {"retry_after": exc.retry_after}
            payload["description"] = f"Too Many Requests: retry after {exc.retry_after}"
        self._send(exc.status, json.dumps(payload).encode())

    def _serve_file(self, token: str, file_path: str) -> None:
        fake = self.fake
        with fake._cond:
            fake.calls.append(Call("downloadFile", {"file_path": file_path}))
        if token != fake.token:
            self._send(404, b"Not Found", "text/plain")
            return
        for path, content in fake.files.values():
            if path == file_path:
                self._send(200, content, "application/octet-stream")
                return
        self._send(404, b"Not Found", "text/plain")
