"""`fetch` over recorded SEC responses (tests/data/edgar, see its README): no test touches the network."""
from __future__ import annotations

import gzip
import json
import os
import time
from datetime import date
from pathlib import Path

import httpx
import pytest
import respx

from knowledge.edgar.cache import EdgarCache
from knowledge.edgar.client import (EdgarBlocked, EdgarClient, EdgarError, EdgarNotFound, SecLocations,
                                    TokenBucket)
from knowledge.edgar.fetch import Fetcher
from knowledge.edgar.filings import (exhibits_from_index_html, exhibits_from_index_json, pages_in_range,
                                     release_exhibits, select, type_from_name)
from knowledge.edgar.settings import SettingsError, user_agent
from knowledge.ingest import ingest
from knowledge.sec_tickers import bundled_map, current_map
from knowledge.store import connect

from conftest import SHARED, type_text  # noqa: F401  (the seed_db fixture comes from conftest)

DATA = Path(__file__).parent / "data"
EDGAR = DATA / "edgar"
UA = "Test Runner test@example.com"
APPLE = 320193
APPLE_JSON = "https://data.sec.gov/submissions/CIK0000320193.json"
APPLE_PAGE = "https://data.sec.gov/submissions/CIK0000320193-submissions-001.json"
BODIES = [(DATA / "synthetic_retail.txt").read_bytes(), (DATA / "synthetic_bank.txt").read_bytes()]


def recorded(name: str) -> bytes:
    return (EDGAR / name).read_bytes()


class FakeClock:
    """Time that passes only when something sleeps."""

    def __init__(self):
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def fake_client(clock: FakeClock | None = None, **kw) -> EdgarClient:
    clock = clock or FakeClock()
    return EdgarClient(UA, bucket=TokenBucket(clock=clock, sleep=clock.sleep), **kw)


def apple_filings() -> list[tuple[str, str]]:
    """(accession, filing date) of Apple's item 2.02 8-Ks in the recorded submissions, newest first."""
    recent = json.loads(recorded("submissions_CIK0000320193.json"))["filings"]["recent"]
    return [(a, d) for a, d, f, i in zip(recent["accessionNumber"], recent["filingDate"], recent["form"],
                                          recent["items"]) if f == "8-K" and "2.02" in i.split(",")]


def index_page(name: str, size: int) -> bytes:
    """The recorded -index.html with its EX-99.1 row (free-text description kept) naming `name`."""
    html = recorded("index_0000019617-26-000241-index.html").decode()
    html = html.replace("jpmcpressrelease06252026.htm", name)
    return html.replace('<td scope="row">EX-99.1</td>\n            <td scope="row">1000</td>',
                        f'<td scope="row">EX-99.1</td>\n            <td scope="row">{size}</td>').encode()


def folder(accession: str) -> str:
    return f"https://www.sec.gov/Archives/edgar/data/{APPLE}/{accession.replace('-', '')}/"


def mock_apple(router: respx.MockRouter, n: int = 2, base: str | None = None, page: bool = False
               ) -> dict[str, respx.Route]:
    """Apple's submissions, with `page` its older page (the recorded one is another filer's: its shape is
    what counts), and for the newest n earnings 8-Ks an index page and an exhibit."""
    def at(url: str) -> str:
        return url.replace("https://data.sec.gov", base).replace("https://www.sec.gov", base) if base else url
    routes = {"submissions": router.get(at(APPLE_JSON)).respond(200, content=recorded("submissions_CIK0000320193.json"))}
    if page:
        routes["page"] = router.get(at(APPLE_PAGE)).respond(
            200, content=recorded("submissions_CIK0000749647-submissions-001.json"))
    for (acc, _), body in zip(apple_filings()[:n], BODIES):
        name = f"ex991-{acc[-6:]}.htm"
        routes[f"index {acc}"] = router.get(at(f"https://www.sec.gov/Archives/edgar/data/{APPLE}/{acc}-index.html")
                                            ).respond(200, content=index_page(name, len(body)))
        routes[f"exhibit {acc}"] = router.get(at(folder(acc) + name)).respond(200, content=body)
    return routes


def fetcher(tmp_path: Path, client: EdgarClient, con=None) -> Fetcher:
    run_ingest = None if con is None else (lambda paths, sources, step: ingest(con, paths, sources=sources, progress=step))
    return Fetcher(client, EdgarCache(tmp_path / "cache"), bundled_map(), run_ingest)


# -- tickers and CIKs ------------------------------------------------------------------------------
def test_tickers_and_ciks_resolve_through_the_sec_map(tmp_path):
    f = Fetcher(fake_client(), EdgarCache(tmp_path), bundled_map())
    assert f.resolve(["aapl", "AAPL", "nosuchticker"], [320193, 789019]) == [
        ("AAPL", 320193, "AAPL"), ("NOSUCHTICKER", None, None), ("CIK 789019", 789019, "MSFT")]


def test_a_refreshed_ticker_file_outranks_the_bundled_one(tmp_path):
    mine = tmp_path / "company_tickers.json"
    mine.write_text(json.dumps({"0": {"cik_str": 123, "ticker": "NEWCO", "title": "New Co"}}))
    assert current_map(mine).by_ticker("newco").cik == 123
    mine.write_text("{broken")
    assert current_map(mine).by_ticker("AAPL").cik == 320193  # an unreadable copy falls back to the bundle


def test_refresh_tickers_keeps_the_file_only_when_it_reads(tmp_path, monkeypatch):
    from knowledge.edgar.fetch import refresh_tickers
    target = tmp_path / "t.json"
    with respx.mock(assert_all_called=False) as router:
        route = router.get("https://www.sec.gov/files/company_tickers.json")
        route.respond(200, content=b'{"0": {"cik_str": 7, "ticker": "SEVN", "title": "Seven"}}')
        assert refresh_tickers(fake_client(), target) == 1
        route.respond(200, content=b"<html>not json</html>")
        with pytest.raises(EdgarError):
            refresh_tickers(fake_client(), target)
    assert json.loads(target.read_text())["0"]["ticker"] == "SEVN"


# -- which filings -----------------------------------------------------------------------------------
def test_item_202_filings_from_the_recent_array_and_an_older_page():
    recent = json.loads(recorded("submissions_CIK0000320193.json"))
    page = json.loads(recorded("submissions_CIK0000749647-submissions-001.json"))
    only_recent = select([recent["filings"]["recent"]])
    assert len(only_recent.filings) == 45 and only_recent.undotted == 0
    assert all(f.form == "8-K" and "2.02" in f.items for f in only_recent.filings)
    assert only_recent.filings[0].accession == "0000320193-26-000005"
    both = select([recent["filings"]["recent"], page])
    assert len(both.filings) == 45 + 18
    assert both.filings[45].filed == date(2010, 5, 4) and both.filings[-1].filed == date(2005, 3, 3)
    assert [f.filed for f in both.filings] == sorted((f.filed for f in both.filings), reverse=True)
    assert both.undotted > 0  # 8-Ks from 1996 to 2004 with the old item numbers: counted, never selected
    assert all(f.filed >= date(2004, 8, 23) for f in both.filings)
    ranged = select([recent["filings"]["recent"], page], since=date(2008, 1, 1), until=date(2009, 12, 31))
    assert [str(f.filed) for f in ranged.filings] == ["2009-11-10", "2009-08-05", "2009-03-03", "2008-11-13",
                                                       "2008-08-18", "2008-05-08", "2008-02-21"]


def test_amendments_count_and_other_items_do_not():
    acc = [f"0000000001-20-00000{i}" for i in range(6)]
    table = {"accessionNumber": acc[:5] + ["../../etc"], "filingDate": ["2020-01-02"] * 6,
             "form": ["8-K/A", "8-K", "10-Q", "8-K", "6-K", "8-K"], "items": ["2.02", "8.01,12.02", "", "9.01,2.02", "", "2.02"],
             "primaryDocument": [""] * 6}
    chosen = select([table])
    assert [f.accession for f in chosen.filings] == [acc[3], acc[0]]  # and no accession that is not one
    assert chosen.foreign == 1  # a 6-K: counted for the output, never fetched


def test_older_pages_are_fetched_only_when_their_dates_overlap():
    subs = {"filings": {"files": [{"name": "CIK1-submissions-001.json", "filingFrom": "1994-01-26",
                                   "filingTo": "2015-03-11"}, {"name": "../evil.json"}]}}
    assert pages_in_range(subs, None, None) == ["CIK1-submissions-001.json"]
    assert pages_in_range(subs, date(2016, 1, 1), None) == []
    assert pages_in_range(subs, None, date(1990, 1, 1)) == []


# -- which exhibit ------------------------------------------------------------------------------------
def test_exhibit_by_type_from_the_index_page_with_a_free_text_description():
    found = exhibits_from_index_html(recorded("index_0000019617-26-000241-index.html"))
    assert [(e.name, e.type, e.size) for e in found] == [("jpmcpressrelease06252026.htm", "EX-99.1", 1000)]
    assert release_exhibits(found)[0].name == "jpmcpressrelease06252026.htm"


def test_exhibit_by_file_name_from_index_json():
    found = exhibits_from_index_json(recorded("index_0001213900-24-004875.json"))
    chosen = release_exhibits(found)
    assert [(e.name, e.type, e.size) for e in chosen] == [("ea191807ex99-1_datchat.htm", "EX-99.1", 9363),
                                                          ("ea191807ex99-2_datchat.htm", "EX-99.2", 9379)]


@pytest.mark.parametrize("name, kind", [("a8-kex991q1fy26.htm", "EX-99.1"), ("d12345dex991.htm", "EX-99.1"),
                                        ("exhibit99.htm", None), ("ex99.htm", "EX-99"), ("ex9901.htm", "EX-99.1"),
                                        ("pressrelease-ex99_2.htm", "EX-99.2"), ("index.htm", None),
                                        ("ex101.htm", None), ("ex-99.1.txt", "EX-99.1")])
def test_exhibit_types_read_from_file_names(name, kind):
    assert type_from_name(name) == kind


def test_exhibit_preference_and_no_release():
    from knowledge.edgar.filings import Exhibit
    assert release_exhibits([Exhibit("b.htm", "EX-99.2"), Exhibit("a.htm", "EX-99")])[0].name == "a.htm"
    assert release_exhibits([Exhibit("b.htm", "EX-99.2")]) == []  # a supplement alone is no release


# -- the User-Agent --------------------------------------------------------------------------------
def test_no_user_agent_is_refused(tmp_path, monkeypatch):
    monkeypatch.delenv("FILINGS_CHAT_USER_AGENT", raising=False)
    with pytest.raises(SettingsError, match="contact email"):
        user_agent(None, tmp_path / "none.toml")
    with pytest.raises(SettingsError, match="email"):
        user_agent("just-a-name", tmp_path / "none.toml")
    with pytest.raises(SettingsError, match="email"):
        user_agent("a@b.com", tmp_path / "none.toml")  # an email alone names no one
    config = tmp_path / "config.toml"
    config.write_text('[fetch]\nuser_agent = "Ada Lovelace ada@example.org"\n')
    assert user_agent(None, config) == "Ada Lovelace ada@example.org"
    monkeypatch.setenv("FILINGS_CHAT_USER_AGENT", "Env Person env@example.org")
    assert user_agent(None, config) == "Env Person env@example.org"
    assert user_agent("Flag Person flag@example.org", config) == "Flag Person flag@example.org"


def test_cli_refuses_a_fetch_without_user_agent_in_one_line(tmp_path, monkeypatch, capsys):
    from chat.cli import main
    monkeypatch.delenv("FILINGS_CHAT_USER_AGENT", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with respx.mock(assert_all_called=False) as router:
        route = router.route()
        assert main(["--db", str(tmp_path / "s.duckdb"), "fetch", "AAPL"]) == 2
        assert not route.called
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "--user-agent" in err and "Traceback" not in err


def test_every_request_declares_the_user_and_accepts_gzip():
    with respx.mock() as router:
        route = router.get(APPLE_JSON).respond(200, content=gzip.compress(b'{"ok": 1}'),
                                               headers={"Content-Encoding": "gzip"})
        assert fake_client().get(APPLE_JSON) == b'{"ok": 1}'
    sent = route.calls.last.request.headers
    assert sent["user-agent"] == UA and "gzip" in sent["accept-encoding"]


# -- the pace ------------------------------------------------------------------------------------
def test_no_second_holds_more_than_ten_requests():
    clock = FakeClock()
    times: list[float] = []
    with respx.mock() as router:
        router.get(APPLE_JSON).mock(side_effect=lambda request: times.append(clock()) or httpx.Response(200))
        client = fake_client(clock)
        for _ in range(35):
            client.get(APPLE_JSON)
    assert len(times) == 35
    for i, t in enumerate(times):
        assert sum(1 for u in times if t <= u < t + 1.0) <= 10, f"more than 10 requests in the second from {t}"
    assert times[-1] - times[0] < 3.5 + 1e-9  # ...and it is not slower than it must be


def test_the_pace_is_shared_by_threads():
    import threading
    import time
    bucket = TokenBucket(rate=200.0)  # a fast pace on the real clock: the test stays short
    stamps: list[float] = []
    lock = threading.Lock()

    def work():
        for _ in range(10):
            bucket.take()
            with lock:
                stamps.append(time.monotonic())
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stamps.sort()
    assert stamps[-1] - stamps[0] >= 39 / 200.0 - 0.01


# -- answers that are not 200 ---------------------------------------------------------------------
def test_429_is_retried_after_a_backoff():
    clock = FakeClock()
    with respx.mock() as router:
        router.get(APPLE_JSON).mock(side_effect=[httpx.Response(429), httpx.Response(429, headers={"Retry-After": "7"}),
                                                 httpx.Response(200, content=b"{}")])
        assert fake_client(clock).get(APPLE_JSON) == b"{}"
    assert [s for s in clock.slept if s >= 1] == [1.0, 7.0]  # doubling, unless the SEC says how long


def test_403_block_page_is_retried_and_then_stops_the_run():
    clock = FakeClock()
    page = recorded("sec_block_page_request_rate_threshold_exceeded.html")
    blocked = httpx.Response(403, content=page, headers={"Content-Type": "text/html"})
    with respx.mock() as router:
        router.get(APPLE_JSON).mock(side_effect=[blocked, httpx.Response(200, content=b"{}")])
        assert fake_client(clock).get(APPLE_JSON) == b"{}"
    with respx.mock() as router:
        route = router.get(APPLE_JSON).mock(return_value=blocked)
        with pytest.raises(EdgarBlocked, match="rate limit") as caught:
            fake_client(clock, retries=2).get(APPLE_JSON)
        assert route.call_count == 3
    assert "\n" not in str(caught.value)


def test_undeclared_tool_page_is_not_retried():
    page = recorded("sec_block_page_undeclared_automated_tool.html")
    with respx.mock() as router:
        route = router.get(APPLE_JSON).respond(403, content=page, headers={"Content-Type": "text/html"})
        with pytest.raises(EdgarBlocked, match="User-Agent"):
            fake_client().get(APPLE_JSON)
        assert route.call_count == 1


def test_missing_files_are_not_found_not_rate_limits():
    with respx.mock() as router:
        url = "https://www.sec.gov/Archives/edgar/full-index/2099/QTR1/form.gz"
        router.get(url).respond(403, content=recorded("error_403_full-index_2099_QTR1_form.gz.xml"),
                                headers={"Content-Type": "application/xml"})
        router.get(APPLE_JSON).respond(404, content=recorded("error_404_submissions_CIK-000000001.xml"),
                                       headers={"Content-Type": "application/xml"})
        with pytest.raises(EdgarNotFound):
            fake_client().get(url)
        with pytest.raises(EdgarNotFound):
            fake_client().get(APPLE_JSON)


def test_503_backs_off_then_fails_in_one_line():
    clock = FakeClock()
    with respx.mock() as router:
        route = router.get(APPLE_JSON).respond(503, content=recorded("error_503_browse-edgar_getcurrent_start5100.html"),
                                               headers={"Content-Type": "text/html"})
        with pytest.raises(EdgarError) as caught:
            fake_client(clock).get(APPLE_JSON)
    assert route.call_count == 5 and [s for s in clock.slept if s >= 1] == [1.0, 2.0, 4.0, 8.0]
    assert "HTTP 503" in str(caught.value) and not isinstance(caught.value, EdgarBlocked)


def test_dropped_connections_are_retried():
    clock = FakeClock()
    with respx.mock() as router:
        router.get(APPLE_JSON).mock(side_effect=[httpx.ConnectError("reset"), httpx.Response(200, content=b"{}")])
        assert fake_client(clock).get(APPLE_JSON) == b"{}"


# -- a whole fetch ---------------------------------------------------------------------------------
def test_fetch_ingests_with_the_filers_identity_from_edgar(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    with respx.mock() as router:
        mock_apple(router)
        report = fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=2)
    c = report.companies[0]
    assert not report.failed and (c.found, c.downloaded, c.ingested) == (2, 2, 2)
    assert c.company == "Apple Inc." and c.cik == APPLE
    docs = con.execute("SELECT company, ticker, cik, release_date FROM documents ORDER BY release_date DESC").fetchall()
    (acc1, day1), (acc2, day2) = apple_filings()[:2]
    # the releases name other companies and other dates: what is stored comes from EDGAR
    assert docs == [("Apple Inc.", "AAPL", "320193", date.fromisoformat(day1)),
                    ("Apple Inc.", "AAPL", "320193", date.fromisoformat(day2))]
    facts = con.execute("SELECT DISTINCT release_date FROM facts").fetchall()
    assert sorted(r[0] for r in facts) == sorted([date.fromisoformat(day1), date.fromisoformat(day2)])
    con.close()


def test_a_second_fetch_makes_no_requests(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    with respx.mock() as router:
        mock_apple(router)
        first = fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=2)
    assert first.requests == 1 + 2 * 2  # submissions, then an index and an exhibit a filing (no older page needed)
    with respx.mock(assert_all_called=False) as router:
        anything = router.route()
        second = fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=2)
        assert not anything.called
    c = second.companies[0]
    assert second.requests == 0 and (c.held, c.downloaded, c.ingested, c.unchanged) == (2, 0, 0, 2)
    con.close()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="finds the file being written through /proc")
def test_an_interrupted_fetch_stores_nothing_half_written_and_resumes(tmp_path, monkeypatch):
    con = connect(tmp_path / "s.duckdb")
    real_fsync = os.fsync

    acc2 = apple_filings()[1][0]

    def dies_on_the_second_exhibit(fd):
        if acc2 in os.readlink(f"/proc/self/fd/{fd}"):  # the second filing's exhibit, written but not yet renamed
            raise KeyboardInterrupt
        real_fsync(fd)
    monkeypatch.setattr(os, "fsync", dies_on_the_second_exhibit)
    with respx.mock(assert_all_called=False) as router:
        mock_apple(router)
        with pytest.raises(KeyboardInterrupt):
            fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=2)
    monkeypatch.setattr(os, "fsync", real_fsync)
    (acc1, _), (acc2, _) = apple_filings()[:2]
    cache = EdgarCache(tmp_path / "cache")
    assert cache.manifest(APPLE, acc1) is not None
    assert cache.manifest(APPLE, acc2) is None
    assert not list(cache.folder(APPLE, acc2).glob("*"))  # no exhibit, no temporary file
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    with respx.mock(assert_all_called=False) as router:
        routes = mock_apple(router)
        again = fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=2)
        assert not routes[f"exhibit {acc1}"].called and routes[f"exhibit {acc2}"].called
    c = again.companies[0]
    assert (c.held, c.downloaded, c.ingested) == (1, 1, 2) and not again.failed
    con.close()


def test_the_recent_list_is_asked_again_once_it_is_old(tmp_path):
    with respx.mock(assert_all_called=False) as router:
        routes = mock_apple(router, n=1, page=True)
        router.route().respond(404)  # the older page's filings: not served here
        f = fetcher(tmp_path, fake_client())
        f.cache.clock = lambda: time.time() + 7 * 3600  # seven hours later
        for _ in range(2):
            f.run(["AAPL"], [], since=date(2010, 1, 1), until=date(2010, 6, 1))
    assert routes["submissions"].call_count == 2  # the list of filings: asked again, it may hold new ones
    assert routes["page"].call_count == 1  # an older page only describes the past: kept


def test_an_exhibit_shorter_than_its_index_says_is_not_kept(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    with respx.mock() as router:
        routes = mock_apple(router, n=1)
        acc = apple_filings()[0][0]
        routes[f"exhibit {acc}"].respond(200, content=BODIES[0][:100])
        report = fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=1)
    c = report.companies[0]
    assert report.failed and c.failed == 1 and "the index says" in c.failures[0][1]
    assert EdgarCache(tmp_path / "cache").manifest(APPLE, acc) is None
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    con.close()


def test_index_json_is_the_fallback_when_the_index_page_is_missing(tmp_path):
    acc = apple_filings()[0][0]
    listing = {"directory": {"item": [{"name": "aapl-20260129.htm", "size": "1"},
                                      {"name": "a8-kex991q1fy26.htm", "size": str(len(BODIES[0]))}]}}
    with respx.mock() as router:
        router.get(APPLE_JSON).respond(200, content=recorded("submissions_CIK0000320193.json"))
        router.get(f"https://www.sec.gov/Archives/edgar/data/{APPLE}/{acc}-index.html").respond(
            403, content=recorded("error_403_full-index_2099_QTR1_form.gz.xml"), headers={"Content-Type": "application/xml"})
        router.get(folder(acc) + "index.json").respond(200, json=listing)
        router.get(folder(acc) + "a8-kex991q1fy26.htm").respond(200, content=BODIES[0])
        report = fetcher(tmp_path, fake_client()).run([], [APPLE], since=date(2026, 1, 1), limit=1)
    assert report.companies[0].downloaded == 1 and not report.failed


def test_one_base_url_serves_everything(tmp_path):
    base = "http://127.0.0.1:9"
    with respx.mock() as router:
        mock_apple(router, n=1, base=base)
        client = fake_client(locations=SecLocations.under(base))
        report = fetcher(tmp_path, client).run(["AAPL"], [], limit=1)
    assert report.companies[0].downloaded == 1 and not report.failed


def test_cli_fetch_prints_progress_summary_and_what_is_not_covered(tmp_path, monkeypatch, capsys):
    from chat.cli import main
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("FILINGS_CHAT_EDGAR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("FILINGS_CHAT_USER_AGENT", UA)
    monkeypatch.setattr("knowledge.edgar.client.TokenBucket.take", lambda self: None)
    db = tmp_path / "s.duckdb"
    with respx.mock() as router:
        mock_apple(router, n=1)
        assert main(["--db", str(db), "fetch", "AAPL", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "AAPL: Apple Inc. (CIK 320193): 1 earnings release found" in out
    assert f"cache: {tmp_path / 'cache'}" in out
    with respx.mock(assert_all_called=False) as router:
        routes = mock_apple(router, n=1, page=True)
        assert main(["--db", str(db), "fetch", "AAPL", "--since", "2004-01-01", "--until", "2004-12-31"]) == 0
        assert routes["page"].called
    out = capsys.readouterr().out
    assert "0 earnings releases found" in out and "not covered:" in out and "old item numbers" in out
    other = tmp_path / "other.duckdb"
    with respx.mock(assert_all_called=False) as router:
        mock_apple(router, n=1)  # nothing new to download: the cache holds it; with --no-ingest, no store
        assert main(["--db", str(other), "fetch", "AAPL", "--limit", "1", "--no-ingest"]) == 0
    assert "1 already held, 0 downloaded, 0 ingested" in capsys.readouterr().out and not other.exists()
    with respx.mock() as router:
        router.get(APPLE_JSON).respond(503)
        monkeypatch.setenv("FILINGS_CHAT_EDGAR_CACHE", str(tmp_path / "cache2"))
        monkeypatch.setattr("knowledge.edgar.client.BACKOFF_S", 0.0)
        assert main(["--db", str(db), "fetch", "AAPL"]) == 1
    err = capsys.readouterr().err
    assert "failed:" in err and "HTTP 503" in err and "Traceback" not in err


# -- a real kill ---------------------------------------------------------------------------------
class _Mirror:
    """A local SEC mirror on 127.0.0.1: recorded submissions (gzip when asked), an index page and an
    exhibit; while `stall` is set, the exhibit's answer stops halfway and waits."""

    def __init__(self, accession: str, body: bytes):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        name = f"ex991-{accession[-6:]}.htm"
        self.files = {f"/submissions/CIK{APPLE:010d}.json": recorded("submissions_CIK0000320193.json"),
                      f"/submissions/CIK{APPLE:010d}-submissions-001.json":
                          recorded("submissions_CIK0000749647-submissions-001.json"),
                      f"/Archives/edgar/data/{APPLE}/{accession}-index.html": index_page(name, len(body))}
        self.exhibit = f"/Archives/edgar/data/{APPLE}/{accession.replace('-', '')}/{name}"
        self.files[self.exhibit] = body
        self.stall, self.stalled, self.gzipped = threading.Event(), threading.Event(), []
        self.stall.set()
        mirror = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                body = mirror.files.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                if self.path == mirror.exhibit and mirror.stall.is_set():
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body[:len(body) // 2])
                    self.wfile.flush()
                    mirror.stalled.set()
                    time.sleep(15)  # the client is killed meanwhile
                    return
                headers = {}
                if "gzip" in self.headers.get("Accept-Encoding", "") and self.path.endswith(".json"):
                    body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
                    mirror.gzipped.append(self.path)
                self.send_response(200)
                for k, v in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_fetch_killed_mid_download_leaves_nothing_half_written_and_a_rerun_completes(tmp_path):
    import signal
    import subprocess
    import sys
    acc, filed = apple_filings()[0]
    mirror = _Mirror(acc, BODIES[0])
    db, cache = tmp_path / "s.duckdb", EdgarCache(tmp_path / "cache")
    env = {**os.environ, "FILINGS_CHAT_USER_AGENT": UA, "FILINGS_CHAT_EDGAR_CACHE": str(cache.root),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-m", "chat", "--db", str(db), "fetch", "AAPL", "--limit", "1", "--sec-url", mirror.url]
    root = Path(__file__).resolve().parents[1]
    try:
        proc = subprocess.Popen(command, env=env, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert mirror.stalled.wait(30), proc.communicate()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        assert cache.manifest(APPLE, acc) is None
        assert not cache.folder(APPLE, acc).exists() or not any(cache.folder(APPLE, acc).iterdir())
        assert not db.exists() or connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] == 0
        mirror.stall.clear()
        done = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, timeout=60)
    finally:
        mirror.close()
    assert done.returncode == 0, done.stderr
    assert "1 downloaded, 1 ingested" in done.stdout
    assert mirror.gzipped  # the JSON came compressed and was read
    con = connect(db)
    assert con.execute("SELECT company, ticker, cik, release_date FROM documents").fetchall() == [
        ("Apple Inc.", "AAPL", "320193", date.fromisoformat(filed))]
    con.close()


# -- the chat's palette ----------------------------------------------------------------------------
async def test_fetch_a_company_from_the_palette(seed_db, tmp_path, monkeypatch):
    import shutil
    from chat.tui.app import FilingsChatApp
    from chat.tui.ingest_screen import FetchPrompt
    monkeypatch.delenv("FILINGS_CHAT_USER_AGENT", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("FILINGS_CHAT_EDGAR_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr("knowledge.edgar.client.TokenBucket.take", lambda self: None)
    import knowledge.edgar.fetch as fetch_module

    def newest_only(tables, since, until):
        chosen = select(tables, since, until)
        del chosen.filings[1:]
        return chosen
    monkeypatch.setattr(fetch_module, "select", newest_only)  # the palette fetches every release: keep it to one
    db = shutil.copy(seed_db, tmp_path / "live.duckdb")
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    with respx.mock(assert_all_called=False) as router:
        mock_apple(router, n=1, page=True)
        async with app.run_test(size=(120, 40)) as pilot:
            assert any(c.title == "Fetch a company" for c in app.get_system_commands(app.screen))
            app.action_fetch()
            await pilot.pause(0.1)
            assert isinstance(app.screen, FetchPrompt)
            await type_text(pilot, "AAPL")
            await pilot.press("enter")
            await pilot.pause(0.1)
            assert "contact email" in str(app.screen.query_one("#fetch-error").render())  # refused: no User-Agent
            monkeypatch.setenv("FILINGS_CHAT_USER_AGENT", UA)
            await pilot.press("enter")
            await pilot.pause(0.1)
            assert not isinstance(app.screen, FetchPrompt)
            for _ in range(600):  # the fetch and its ingest run in a worker: wait for its closing note
                await pilot.pause(0.05)
                notes = [str(n.message) for n in app._notifications]
                if any(n.startswith("Fetch") for n in notes):
                    break
            assert any("1 downloaded, 1 ingested" in n for n in notes), notes
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents WHERE cik = '320193' AND ticker = 'AAPL'").fetchone()[0] == 1
    con.close()


def test_a_release_already_stored_takes_the_filers_name_when_fetched(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    (tmp_path / "copy.txt").write_bytes(BODIES[0])
    ingest(con, [tmp_path / "copy.txt"])
    assert con.execute("SELECT company FROM documents").fetchone()[0] != "Apple Inc."
    with respx.mock() as router:
        mock_apple(router, n=1)
        report = fetcher(tmp_path, fake_client(), con).run(["AAPL"], [], limit=1)
    assert report.companies[0].unchanged == 1
    assert con.execute("SELECT company, ticker FROM documents").fetchall() == [("Apple Inc.", "AAPL")]
    con.close()
