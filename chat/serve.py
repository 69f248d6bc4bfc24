"""`filings-chat serve`: the chat in a browser, guarded.

textual-serve's aiohttp Server runs one chat process per browser session. This wraps it so that
- only requests whose Host names this machine (or the --host given) are served, and a browser's
  Origin must be this very server (its host and port): a web page elsewhere, even another local
  port such as a dev server on localhost:3000, cannot drive the chat through the visitor's browser
  (DNS rebinding, cross-site WebSockets); this holds for the page and the WebSocket alike;
- a malformed WebSocket message gets an error message back, never a traceback in the server log;
- at most `max_sessions` chats run at once; further sessions get 503;
- the session processes end with the server, whether it is stopped (Ctrl+C, SIGTERM, SIGHUP) or
  killed (SIGKILL): see `chat.lifeline`;
- the page is titled after the app.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
from urllib.parse import urlsplit
from typing import Any

from aiohttp import WSMsgType, web
from textual_serve.server import Server

from chat.lifeline import SERVER_PID_ENV

LOCAL_NAMES = {"localhost", "127.0.0.1", "::1"}
WILDCARDS = {"0.0.0.0", "::", ""}
DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_TERMINAL = 2000  # columns or rows a browser may ask for
SHUTDOWN_S = 3.0

log = logging.getLogger("filings-chat.serve")


def _host_port(netloc: str, scheme: str = "http") -> tuple[str, int | None]:
    """'localhost:8000' → ('localhost', 8000); '[::1]' → ('::1', 80); unreadable → ('', None)."""
    try:
        parts = urlsplit("//" + netloc)
        return (parts.hostname or "").lower(), parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:
        return "", None


def _hostname(netloc: str) -> str:
    return _host_port(netloc)[0]


class MessageError(ValueError):
    """A WebSocket message that is not one the chat's page sends."""


def parse_message(text: str) -> tuple[str, Any]:  # data's type is the kind's, checked here
    """(type, data) of one browser message — ["stdin", "text"], ["resize", {"width": W, "height": H}],
    ["ping", data], ["blur"], ["focus"] — or MessageError saying what is wrong with it."""
    try:
        envelope = json.loads(text)
    except RecursionError:
        raise MessageError("not a message: nested too deeply") from None
    except ValueError:
        raise MessageError("not a message: not JSON") from None
    if not isinstance(envelope, list) or not envelope or not isinstance(envelope[0], str) or len(envelope) > 2:
        raise MessageError("not a message: expected [type, data]")
    kind, data = envelope[0], envelope[1] if len(envelope) > 1 else None
    if kind == "stdin" and not isinstance(data, str):
        raise MessageError("stdin: data must be text")
    if kind == "resize":
        size = data if isinstance(data, dict) else {}
        for key in ("width", "height"):
            v = size.get(key)
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= MAX_TERMINAL:
                raise MessageError(f"resize: {key} must be a whole number from 1 to {MAX_TERMINAL}")
    elif kind not in ("stdin", "ping", "blur", "focus"):
        raise MessageError(f"unknown message type {kind[:40]!r}")
    return kind, data


class GuardedServer(Server):
    def __init__(self, command: str, host: str = "127.0.0.1", port: int = 8000, max_sessions: int = 4):
        if max_sessions < 1:
            raise ValueError("max_sessions must be at least 1")
        super().__init__(command, host=host, port=port, title="filings-chat")
        self.allowed = LOCAL_NAMES | {host.lower()}
        self.any_host = host in WILDCARDS
        self.max_sessions = max_sessions
        self.sessions = 0
        self.live: set = set()  # the AppService of each running session

    def host_allowed(self, host_header: str | None) -> bool:
        if self.any_host:
            return True
        return _hostname(host_header or "") in self.allowed

    def origin_allowed(self, origin: str | None, host_header: str | None) -> bool:
        """No Origin (not a browser's cross-site request) is fine; a browser's Origin must be this
        server: a name of this machine (or --host) and the port the request came to."""
        if not origin:
            return True
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https"):
            return False
        name, port = _host_port(parts.netloc, parts.scheme)
        host_name, host_port = _host_port(host_header or "", parts.scheme)
        if port is None or port != host_port:
            return False
        return name in self.allowed or (self.any_host and name == host_name)

    @web.middleware
    async def guard(self, request: web.Request, handler):
        host = request.headers.get("Host")
        if not self.host_allowed(host):
            return web.Response(status=403, text="filings-chat: this host name is not served\n")
        if not self.origin_allowed(request.headers.get("Origin"), host):
            return web.Response(status=403, text="filings-chat: requests from other sites are refused\n")
        return await handler(request)

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.middlewares.append(self.guard)
        return app

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """textual-serve's page has no <title>: name the app in the browser tab."""
        response = await super().handle_index(request)
        if isinstance(response, web.Response) and response.text and "<title>" not in response.text:
            response.text = response.text.replace("<head>", "<head>\n    <title>filings-chat</title>", 1)
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]  # a refusal is a plain response
        if self.sessions >= self.max_sessions:
            return web.Response(status=503, text=f"filings-chat: {self.max_sessions} sessions are open already\n")
        if not web.WebSocketResponse().can_prepare(request).ok:  # a plain GET: a line, not a traceback
            return web.Response(status=400, text="filings-chat: /ws takes a WebSocket connection\n")
        self.sessions += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.sessions -= 1

    async def _process_messages(self, websocket: web.WebSocketResponse, app_service) -> None:
        """The browser's messages to its chat; one that cannot be read is answered with
        ["error", why] and the session goes on."""
        self.live.add(app_service)
        try:
            await self._answer_messages(websocket, app_service)
        finally:
            self.live.discard(app_service)

    async def _answer_messages(self, websocket: web.WebSocketResponse, app_service) -> None:
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                kind, data = parse_message(message.data)
            except MessageError as exc:
                await websocket.send_json(["error", f"filings-chat: {exc}"])
                continue
            if kind == "stdin":
                await app_service.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize":
                await app_service.set_terminal_size(data["width"], data["height"])
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await app_service.blur()
            else:
                await app_service.focus()

    def request_exit(self) -> None:
        """Stopping (Ctrl+C, SIGTERM, SIGHUP): end every session now, then the server."""
        self.end_sessions()
        super().request_exit()

    def end_sessions(self) -> None:
        for service in list(self.live):
            process = getattr(service, "_process", None)  # textual-serve's session process
            if process is not None and process.returncode is None:
                try:
                    process.terminate()
                except ProcessLookupError:
                    pass

    def initialize_logging(self) -> None:
        """One line per event, no tracebacks with local variables: a browser's bad message must not
        fill the terminal (FILINGS_CHAT_DEBUG=1 keeps textual-serve's detailed logging)."""
        if os.environ.get("FILINGS_CHAT_DEBUG"):
            super().initialize_logging()
            return
        logging.basicConfig(level="INFO", format="%(message)s")

    def serve(self, debug: bool = False) -> None:
        """Serve until Ctrl+C, SIGTERM or SIGHUP; sessions are told to quit and end with the server."""
        self.debug = debug
        self.initialize_logging()
        os.environ[SERVER_PID_ENV] = str(os.getpid())  # inherited by every session: see chat.lifeline
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
            if sig is not None:
                try:
                    loop.add_signal_handler(sig, self.request_exit)
                except (NotImplementedError, RuntimeError):
                    pass
        web.run_app(self._make_app(), host=self.host, port=self.port, handle_signals=False, loop=loop,
                    print=lambda *args: None, shutdown_timeout=SHUTDOWN_S)


def serve(command: str, host: str, port: int, max_sessions: int) -> None:
    """Run `command` per session; `exec` makes the session the server's own child, so it can watch it."""
    prefix = "exec " if os.name == "posix" else ""
    GuardedServer(prefix + command, host=host, port=port, max_sessions=max_sessions).serve()
