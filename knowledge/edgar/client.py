"""An HTTP client for SEC EDGAR that keeps the SEC's fair-access rules.

Every request names the user (the User-Agent from `settings`), accepts gzip, and waits for its turn
at a shared pace of at most 10 requests a second (a token bucket, thread-safe, on an injectable
clock so tests measure it without sleeping). Rate-limit answers (429, the 403 "Request Rate Threshold
Exceeded" page), server errors (5xx) and dropped connections are retried with a growing backoff; what
still fails becomes an `EdgarError` whose message is one line. A 404, or the 403 AccessDenied XML
the archive answers for a file it does not hold, is `EdgarNotFound`; the 403 page for undeclared
automated tools is `EdgarBlocked` at once (retrying cannot help: the User-Agent must change).
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Callable

import httpx

SEC_DATA = "https://data.sec.gov"
SEC_WWW = "https://www.sec.gov"
MAX_RATE = 10.0  # requests a second, the SEC's published limit
RETRIES = 4  # further attempts after a rate limit, a 5xx or a dropped connection
BACKOFF_S = 1.0  # the first wait; each further one doubles
MAX_WAIT_S = 60.0  # a Retry-After longer than this is not waited out
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class EdgarError(Exception):
    """A request that failed for good; the message is one line for the user."""


class EdgarNotFound(EdgarError):
    """The SEC holds nothing at that address (404, or the archive's 403 AccessDenied)."""


class EdgarBlocked(EdgarError):
    """The SEC refuses this client (rate limit that outlasted the backoff, undeclared tool): stop all work."""


class TokenBucket:
    """At most `rate` requests a second across every thread that shares it.

    A bucket of one token refilled every 1/rate seconds: each caller reserves the next free slot
    under a lock and sleeps outside it, so no second ever holds more than `rate` requests (a deeper
    bucket would let a burst and the steady pace add up to more within one second)."""

    def __init__(self, rate: float = MAX_RATE, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.0 / rate
        self.clock, self.sleep = clock, sleep
        self._next = float("-inf")
        self._lock = threading.Lock()

    def take(self) -> None:
        with self._lock:
            now = self.clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        if slot > now:
            self.sleep(slot - now)


@dataclass(frozen=True)
class SecLocations:
    """Where submissions, archives and the ticker file are served (one base for a mirror)."""

    data: str = SEC_DATA
    www: str = SEC_WWW

    @classmethod
    def under(cls, base: str | None) -> "SecLocations":
        return cls(base.rstrip("/"), base.rstrip("/")) if base else cls()

    def submissions(self, cik: int) -> str:
        return f"{self.data}/submissions/CIK{cik:010d}.json"

    def submissions_page(self, name: str) -> str:
        return f"{self.data}/submissions/{name}"

    def folder(self, cik: int, accession: str) -> str:
        return f"{self.www}/Archives/edgar/data/{cik}/{accession.replace('-', '')}/"

    def index_html(self, cik: int, accession: str) -> str:
        return f"{self.www}/Archives/edgar/data/{cik}/{accession}-index.html"

    def index_json(self, cik: int, accession: str) -> str:
        return self.folder(cik, accession) + "index.json"

    def document(self, cik: int, accession: str, name: str) -> str:
        return self.folder(cik, accession) + name

    def tickers(self) -> str:
        return f"{self.www}/files/company_tickers.json"


def _block_kind(response: httpx.Response) -> str | None:
    """'rate' or 'undeclared' for the SEC's HTML block pages, None for anything else."""
    if "html" not in response.headers.get("content-type", "html"):
        return None
    head = response.content[:4000].decode("utf-8", "replace").lower()
    if "request rate threshold exceeded" in head or "exceeded the sec's traffic limit" in head:
        return "rate"
    if "undeclared automated tool" in head:
        return "undeclared"
    return None


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers["retry-after"]))
    except (KeyError, ValueError):
        return None


class EdgarClient:
    """GET with the User-Agent, the shared pace and the retries; `requests` counts what went out."""

    def __init__(self, user_agent: str, locations: SecLocations | None = None, bucket: TokenBucket | None = None,
                 retries: int = RETRIES, backoff_s: float | None = None, sleep: Callable[[float], None] | None = None,
                 transport: httpx.BaseTransport | None = None):
        self.locations = locations or SecLocations()
        self.bucket = bucket or TokenBucket()
        self.retries, self.backoff_s = retries, BACKOFF_S if backoff_s is None else backoff_s
        self.sleep = sleep or self.bucket.sleep
        self.requests = 0
        self._http = httpx.Client(headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
                                  timeout=TIMEOUT, follow_redirects=True, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "EdgarClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def get(self, url: str) -> bytes:
        """The body of a 200 answer (decompressed); EdgarError (or a subclass) otherwise."""
        why = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff_s * 2 ** attempt
            self.bucket.take()
            self.requests += 1
            try:
                response = self._http.get(url)
            except httpx.TransportError as exc:
                why = f"the connection failed ({type(exc).__name__}: {exc})".replace("\n", " ")
            else:
                status = response.status_code
                if status == 200:
                    return response.content
                kind = _block_kind(response) if status in (403, 429) else None
                if kind == "undeclared":
                    raise EdgarBlocked(f"{url}: the SEC refused the request as an undeclared automated tool; "
                                       f"give a User-Agent with your name and email (--user-agent)")
                if status == 404 or status == 403 and kind is None:
                    raise EdgarNotFound(f"{url}: not found (HTTP {status})")
                if status == 429 or kind == "rate":
                    why = (f"the SEC's rate limit was hit (HTTP {status}); it limits a client for 10 minutes "
                           f"after too many requests, try again later")
                    wait = _retry_after(response) or wait
                elif status >= 500:
                    why = f"the SEC answered HTTP {status} (a server error)"
                    wait = _retry_after(response) or wait
                else:
                    raise EdgarError(f"{url}: the SEC answered HTTP {status}")
            if attempt < self.retries:
                self.sleep(min(wait, MAX_WAIT_S))
        if "rate limit" in why:
            raise EdgarBlocked(f"{url}: {why}")
        raise EdgarError(f"{url}: {why} after {self.retries + 1} attempts")
