"""`serve` refuses other sites and host names, caps sessions and names itself — without a browser."""
import pytest

pytest.importorskip("textual_serve")
from aiohttp.test_utils import TestClient, TestServer  # noqa: E402

from chat.cli import build_parser  # noqa: E402
from chat.serve import GuardedServer  # noqa: E402


async def client_for(server: GuardedServer) -> TestClient:
    client = TestClient(TestServer(await server._make_app()))
    await client.start_server()
    return client


async def test_only_local_hosts_and_origins_by_default():
    client = await client_for(GuardedServer("true", host="127.0.0.1", port=8000))
    try:
        ok = await client.get("/", headers={"Host": "localhost:8000"})
        page = await ok.text()
        assert ok.status == 200 and "<title>filings-chat</title>" in page and "<div>filings-chat</div>" in page
        assert (await client.get("/", headers={"Host": "127.0.0.1:8000", "Origin": "http://localhost:8000"})).status == 200
        rebound = await client.get("/", headers={"Host": "evil.example:8000"})
        assert rebound.status == 403
        cross_site = await client.get("/ws", headers={"Host": "localhost:8000", "Origin": "https://evil.example"})
        assert cross_site.status == 403
        assert (await client.get("/", headers={"Host": "localhost:8000", "Origin": "null"})).status == 403
    finally:
        await client.close()


async def test_host_option_allows_that_name():
    client = await client_for(GuardedServer("true", host="chat.internal", port=8000))
    try:
        assert (await client.get("/", headers={"Host": "chat.internal:8000",
                                               "Origin": "http://chat.internal:8000"})).status == 200
        assert (await client.get("/", headers={"Host": "other.internal:8000"})).status == 403
    finally:
        await client.close()


async def test_sessions_are_capped():
    server = GuardedServer("true", max_sessions=2)
    server.sessions = 2
    client = await client_for(server)
    try:
        full = await client.get("/ws", headers={"Host": "localhost:8000"})
        assert full.status == 503 and "2 sessions" in await full.text()
    finally:
        await client.close()


def test_serve_defaults_to_this_machine():
    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1" and args.max_sessions == 4
