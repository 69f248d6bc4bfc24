"""`filings-chat serve`: the chat in a browser, guarded.

textual-serve's aiohttp Server runs one chat process per browser session. This wraps it so that
- only requests whose Host and Origin name this machine (or the --host given) are served: a web
  page elsewhere cannot drive the chat through the visitor's browser (DNS rebinding, cross-site
  websockets);
- at most `max_sessions` chats run at once; further sessions get 503;
- the page is titled after the app.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

LOCAL_NAMES = {"localhost", "127.0.0.1", "::1"}
WILDCARDS = {"0.0.0.0", "::", ""}


def _hostname(netloc: str) -> str:
    """'localhost:8000' → 'localhost'; '[::1]:8000' → '::1'."""
    try:
        return (urlsplit("//" + netloc).hostname or "").lower()
    except ValueError:
        return ""


class GuardedServer(Server):
    def __init__(self, command: str, host: str = "127.0.0.1", port: int = 8000, max_sessions: int = 4):
        super().__init__(command, host=host, port=port, title="filings-chat")
        self.allowed = LOCAL_NAMES | {host.lower()}
        self.any_host = host in WILDCARDS
        self.max_sessions = max_sessions
        self.sessions = 0

    def host_allowed(self, host_header: str | None) -> bool:
        if self.any_host:
            return True
        return _hostname(host_header or "") in self.allowed

    def origin_allowed(self, origin: str | None, host_header: str | None) -> bool:
        """No Origin (not a browser's cross-site request) is fine; a browser's Origin must be ours."""
        if not origin:
            return True
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https"):
            return False
        name = (parts.hostname or "").lower()
        if name in self.allowed:
            return True
        return self.any_host and name == _hostname(host_header or "")

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

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        if self.sessions >= self.max_sessions:
            return web.Response(status=503, text=f"filings-chat: {self.max_sessions} sessions are open already\n")
        self.sessions += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.sessions -= 1


def serve(command: str, host: str, port: int, max_sessions: int) -> None:
    GuardedServer(command, host=host, port=port, max_sessions=max_sessions).serve()
