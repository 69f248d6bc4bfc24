"""One headless session over a store, the only door to the core for the CLI, batch, serve and the chat.

A session holds the engine (what it learnt of the store: companies, metric words) but never holds
the store open: each piece of work — a question, a listing, an ingest — opens a connection (read-only
unless it writes), does its work under one lock, and closes it, so `filings-chat ingest` in another
terminal can write while a chat is open. When the store file changed since the last question, the
engine's vocabulary, examples and completions are reloaded. A store another process is writing is
waited for (the `on_wait` callback hears it once), up to `wait_limit_s`.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

from chat.answer import Answer
from chat.conversations import ConversationInfo, Conversations, SavedConversation  # noqa: F401 (saved conversations, for every front door)
from chat.engine import Context, Engine  # noqa: F401 (the front doors' conversation type, from here)
from chat.errors import describe_error
from chat.formatting import plural  # noqa: F401 (the front doors count with it)
from chat.safe_text import safe_line
from knowledge.config import ConfigError  # noqa: F401 (the front doors catch it from here)
from knowledge.listings import line_texts  # noqa: F401 (batch checks citations on its open engine)
from parsers.loading import text_codec  # noqa: F401 (batch files are decoded by the releases' one rule)

WAIT_LIMIT_S = 300.0  # the chat waits this long for another process to let go of the store
INGEST_WAIT_S = 600.0  # an ingest waits this long for readers (a long batch) to let go of the store
PAUSE_S = 0.2  # how long an ingest lets go of the store between two batches, for waiting readers


class Cancelled(Exception):
    """The user cancelled an ingest or a fetch; what was written before stays."""


class NoSuchCompany(ValueError):
    """A company filter that names no company of the store; `held` lists the ones it holds."""

    def __init__(self, name: str, held: list[tuple[str, str | None]]):
        self.name, self.held = name, held
        names = ", ".join(f"{n} ({t})" if t else n for n, t in held) or "none"
        super().__init__(f"no company in the store matches {name!r}; it holds: {names}")


@dataclass
class FactsPage:
    rows: list[dict]
    total: int | None = None  # every match, when counted


def store_level(exc: BaseException) -> bool:
    """An error of the store or the disk (full, unwritable, I/O), as opposed to one file's content."""
    import duckdb
    text = describe_error(exc)
    return text.startswith("No space left on device") or isinstance(exc, (OSError, duckdb.IOException)) \
        or "could not write" in text.lower() or "failed to commit" in text.lower()


def ingest_resilient(con, paths: list[Path], progress=None, **kw):
    """`ingest`, where a file that breaks the batch write (a name the store cannot hold, say) costs only
    itself: on an error the files are ingested one by one and the failing ones reported. `cancel` and
    `abort` (knowledge.ingest.ingest) are heard between those files too."""
    from knowledge.ingest import IngestReport, ingest, release_files
    pause = kw.get("pause")  # a StorePause: after it ran, its connection is the one to go on with
    try:
        return ingest(con, paths, progress=progress, **kw)
    except (KeyboardInterrupt, MemoryError, Cancelled):
        raise
    except Exception as first:
        if store_level(first):
            raise  # the disk or the store failed, not a file: one line says so
        report = IngestReport()
        files = list(release_files(paths, skipped=report.skipped))
        stops = [kw.get("cancel"), kw.get("abort")]
        for n, f in enumerate(files, 1):
            if any(stop is not None and stop.is_set() for stop in stops):
                report.cancelled = True
                break
            try:
                one = ingest(pause.con if pause else con, [f], **kw)
            except Exception as exc:
                if store_level(exc):
                    raise
                report.failures.append((str(f), f"{safe_line(f.name)}: not ingested ({describe_error(exc)})"))
            else:
                report.documents += one.documents
                report.facts += one.facts
                report.unchanged += one.unchanged
                report.reread += one.reread
                report.failures += one.failures
                report.warnings += one.warnings
                report.skipped += one.skipped
                report.ingested += one.ingested
                report.seconds += one.seconds
                report.cancelled = report.cancelled or one.cancelled
            if progress:
                progress(n, len(files), f.name)
        return report


def scaled_cell(value: float | None, unit: str | None) -> tuple[str, str]:
    """A listing's value cell in its unit's one scale, and the scale's name ('6.64', 'USD millions')."""
    from knowledge.listings import scaled, scaled_text
    return scaled_text(value, unit), scaled(value, unit)[1]


def release_files(paths: list[Path]) -> list[Path]:
    """The release files an ingest of `paths` would read (folders searched recursively)."""
    from knowledge.ingest import release_files as files
    return list(files(paths))


def user_settings():
    """The config file's settings (knowledge.config.Settings); ConfigError names a file it cannot read."""
    from knowledge.config import settings
    return settings()


def default_store() -> Path:
    """The store in the user data directory (filled with the samples on first use)."""
    from knowledge.store import data_dir_db_path
    return data_dir_db_path()


class FetchSettingsError(ValueError):
    """No User-Agent with an email, or a --sec-url that is not a URL: one line for the user."""


class FetchError(Exception):
    """EDGAR refused or failed a request (the ticker list download)."""


def fetch_settings(agent: str | None, base: str | None) -> tuple[str, str | None]:
    """(User-Agent, base URL) from the command line, the environment or the config file."""
    from knowledge.edgar.settings import SettingsError, sec_url, user_agent
    try:
        return user_agent(agent), sec_url(base)
    except SettingsError as exc:
        raise FetchSettingsError(str(exc)) from None


def refresh_ticker_list(agent: str, base: str | None) -> tuple[int, Path]:
    """Download the SEC's ticker list into the data directory: (tickers saved, where)."""
    from knowledge.edgar.client import EdgarClient, EdgarError, SecLocations
    from knowledge.edgar.fetch import refresh_tickers
    from knowledge.sec_tickers import user_path
    try:
        with EdgarClient(agent, SecLocations.under(base)) as client:
            return refresh_tickers(client), user_path()
    except EdgarError as exc:
        raise FetchError(str(exc)) from None


def period_problem(text: str) -> str | None:
    """Why `ingest --period TEXT` cannot be read as a period, or None."""
    from parsers.document import hinted_period
    from parsers.model import ParseError
    try:
        hinted_period(text, 12)
    except ParseError as exc:
        return str(exc)
    return None


def check_releases(paths: list[Path], round_trip: bool = False, verbose: bool = False,
                   as_json: bool = False) -> tuple[str, bool]:
    """`filings-chat check`: parse each release (no store), score the reading; (report, all held)."""
    from knowledge.check import check_release, format_report, report_json
    from knowledge.ingest import FOLDER_NOTES, checked_releases
    notes = [p for p in paths if not p.is_dir() and FOLDER_NOTES.match(p.name)]  # a glob's "SOURCES.md": no release
    paths = [p for p in paths if p not in notes]
    if round_trip:  # the engine needs each document: read in this process
        from chat.roundtrip import round_trip as ask_back
        checks = []
        for path in release_files(paths):
            rc, doc = check_release(path)
            if doc is not None:
                rc.round_trip = ask_back(doc)
            checks.append(rc)
    else:  # each release under ingest's time and memory budget: one over it is an ERROR line
        checks = checked_releases(paths, workers=usable_cores())
    report, ok = format_report(checks, verbose=verbose)
    if as_json:
        return report_json(checks), ok
    left_out = "".join(f"note: {p.name} left out: the folder's notes (README, LICENSE, a capitalised .md), not a "
                       "release\n" for p in notes)
    return left_out + report, ok


def usable_cores() -> int:
    """The cores this process may run on: ingest's default and cap for --workers."""
    from knowledge.ingest import usable_cores as cores
    return cores()


def patient_wait_s(default: float) -> float:
    """How long a command waits for another process to let go of the store: $FILINGS_CHAT_WAIT_S
    when it is a number of seconds, else `default`."""
    from knowledge.store import store_wait_s
    return store_wait_s(default)


def read_wait_s() -> float:
    """A read command's wait for an ingest (knowledge.store.READ_WAIT_S unless $FILINGS_CHAT_WAIT_S)."""
    from knowledge.store import READ_WAIT_S
    return patient_wait_s(READ_WAIT_S)


class StorePause:
    """Called by ingest between two batches: close the store, let a waiting reader in, open it again.
    DuckDB lets no other process open a file while one writes it, so without this pause every read
    command would wait for the whole ingest."""

    def __init__(self, session: "Session", con):
        self.session, self.con = session, con

    def __call__(self):
        self.con.close()
        time.sleep(PAUSE_S)
        self.con = self.session._waiting(lambda: self.session._connect(False), self.session.write_wait_s)
        return self.con


def fetch_problem(agent: str | None = None) -> str | None:
    """Why a fetch cannot start (no User-Agent with an email), or None."""
    from knowledge.edgar.settings import SettingsError, user_agent
    try:
        user_agent(agent)
    except SettingsError as exc:
        return str(exc)
    return None


def _stale_samples(con, folder: Path) -> bool:
    """Does the store hold a release of `folder` (the bundled samples) read by another version of the reading?"""
    from knowledge.ingest import read_release
    from knowledge.reading_version import reading_version
    from knowledge.store import sha256_of, stale_hashes
    stale = stale_hashes(con, reading_version())
    return bool(stale) and any(sha256_of(read_release(p)) in stale for p in release_files([folder]))


class Session:
    def __init__(self, db_path: Path | str, on_wait: Callable[[str], None] | None = None,
                 on_reload: Callable[[list[str], list[str]], None] | None = None, wait_limit_s: float = WAIT_LIMIT_S,
                 offers: bool = False, write_wait_s: float | None = None):
        """`offers`: build example questions and completions on load and reload (the chat shows them;
        a command line answering one question would only wait for them). `wait_limit_s`: how long a
        read waits for another process writing the store; `write_wait_s` (default the same): a write."""
        self.db_path = Path(db_path)
        self.offers = offers
        self.on_wait, self.on_reload, self.wait_limit_s = on_wait, on_reload, wait_limit_s
        self.write_wait_s = wait_limit_s if write_wait_s is None else write_wait_s
        self.lock = threading.Lock()  # one piece of store work at a time, and none during an ingest
        self.engine: Engine | None = None
        self.examples: list[str] = []
        self.completions: list[str] = []
        self.ingesting = False
        self._stamp: tuple | None = None
        self.closing = threading.Event()  # set by stop_waiting(): no more waiting for another process

    # -- the store ------------------------------------------------------------------------------
    def _connect(self, read_only: bool):
        from knowledge import store
        return store.connect(self.db_path, read_only=read_only)

    def _waiting(self, attempt, wait_s: float | None = None):
        """Run `attempt()`; while another process writes the store, say so once (`on_wait`) and retry
        for at most `wait_s` seconds (default: `wait_limit_s`) — knowledge.store.waiting_for_store."""
        from knowledge.store import waiting_for_store

        def unless_closing():
            if self.closing.is_set():
                raise Cancelled("the session is closing; the store was not opened")
            return attempt()
        return waiting_for_store(unless_closing, self.wait_limit_s if wait_s is None else wait_s, on_wait=self.on_wait)

    def stop_waiting(self) -> None:
        """The front door is closing (the chat quits): work waiting for another process to let go of the
        store gives up at once (Cancelled) instead of keeping the process alive for minutes."""
        self.closing.set()

    def _store_stamp(self) -> tuple:
        out: list[tuple[int, int] | None] = []
        for p in (self.db_path, self.db_path.with_name(self.db_path.name + ".wal")):
            try:
                st = p.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    @contextmanager
    def reading(self) -> Iterator:
        """A read-only connection for one piece of work, closed after it."""
        with self.lock:
            con = self._waiting(lambda: self._connect(True))
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def writing(self) -> Iterator:
        """A connection that writes (an ingest): questions wait for it."""
        with self.lock:
            self.ingesting = True
            try:
                con = self._waiting(lambda: self._connect(False), self.write_wait_s)
                try:
                    yield con
                finally:
                    con.close()
            finally:
                self.ingesting = False

    # -- the engine ----------------------------------------------------------------------------
    def load(self) -> Engine:
        """Read what the engine needs of the store, with the examples and completions it offers."""
        with self.lock:
            engine = self._waiting(lambda: Engine(self.db_path))
            try:
                if self.offers:
                    self.examples, self.completions = self._offers(engine)
            finally:
                engine.close()
            self._stamp = self._store_stamp()
            self.engine = engine
        return engine

    @staticmethod
    def _offers(engine: Engine) -> tuple[list[str], list[str]]:
        from chat.examples import examples_from
        phrases = engine.vocab.companies.names() + [p for p, _ in engine.vocab.metric_phrases]
        return examples_from(engine), phrases

    def _reopen(self) -> bool:
        """Connect the engine for one piece of work (lock held); reload it when the store changed."""
        stamp = self._store_stamp()
        engine = self._engine()
        if stamp != self._stamp:
            self._waiting(engine.reload)
            self._stamp = stamp
            return True
        engine.con = self._waiting(lambda: self._connect(True))
        return False

    def _engine(self) -> Engine:
        """The loaded engine (load() runs first wherever this is asked)."""
        if self.engine is None:
            raise RuntimeError("the session's engine is not loaded")
        return self.engine

    @contextmanager
    def engine_open(self) -> Iterator[Engine]:
        """The engine with the store open, for a run of questions (a batch, `ask`)."""
        if self.engine is None:
            self.load()
        with self.lock:
            reloaded = self._reopen()
            engine = self._engine()
            try:
                yield engine
                if reloaded and self.offers:
                    self._refresh_offers()
            finally:
                engine.close()

    def _refresh_offers(self) -> None:
        try:
            self.examples, self.completions = self._offers(self._engine())
        except Exception:  # the examples and completions are a convenience: keep the old ones
            return
        if self.on_reload:
            self.on_reload(self.examples, self.completions)

    def context_for(self, company: str | None) -> Context:
        """A conversation about `company` (ValueError: the store holds no such company)."""
        with self.engine_open() as engine:
            return engine.context_for(company)

    def ask(self, text: str, context: Context | None = None) -> tuple[Answer, Context]:
        """Answer one question of a conversation; the store is opened for it and closed after."""
        with self.engine_open() as engine:
            return engine.ask(text, context or Context())

    # -- ingest and fetch ----------------------------------------------------------------------
    def ingest(self, paths: list[Path], progress: Callable[[int, int, str], None] | None = None,
               cancel: threading.Event | None = None, pause: bool = False, **kw):
        """Parse `paths` into the store (an IngestReport), each document under ingest's time and memory
        budget (in a worker process when this is not the main thread). `cancel` set stops after the
        document in work: what finished is stored and the report says `cancelled`; `abort` (in `kw`)
        stops at once, for an app that quits; `parsing` (in `kw`) hears the document parsed now.
        `pause`: let go of the store between two batches (StorePause), so reads of other processes
        get in during a long ingest."""
        step = progress
        kw["cancel"] = cancel
        if not pause:
            with self.writing() as con:
                return ingest_resilient(con, list(paths), progress=step, **kw)
        with self.lock:
            self.ingesting = True
            try:
                store_pause = StorePause(self, self._waiting(lambda: self._connect(False), self.write_wait_s))
                try:
                    return ingest_resilient(store_pause.con, list(paths), progress=step, pause=store_pause, **kw)
                finally:
                    store_pause.con.close()
            finally:
                self.ingesting = False

    def ensure_samples(self, folder: Path) -> None:
        """An empty store is filled with the releases of `folder` (the bundled samples), once."""
        from knowledge.ingest import ingest
        from knowledge.listings import document_count
        from knowledge.store import StoreError
        if self.db_path.exists() and self.db_path.stat().st_size:  # only read when it holds a store
            try:
                with self.reading() as con:
                    if document_count(con) and not _stale_samples(con, folder):
                        return
            except StoreError:
                pass  # an empty DuckDB database is no store yet: opened to write below, which says
                # so itself when the file cannot become one
        with self.writing() as con:
            if document_count(con) == 0 or _stale_samples(con, folder):
                ingest(con, [folder])  # (samples read by an earlier version are read again: their answers
                # follow the reading, as a new install's do; releases the user ingested are the user's to re-read)

    def fetch(self, tickers: Sequence[str], ciks: Sequence[int] = (), *, ingest: bool = True, progress=None,
              cancel: threading.Event | None = None, workers: int | None = None,
              abort: threading.Event | None = None, **kw):
        """Download companies' releases from EDGAR and ingest each filing's under the store lock;
        returns (FetchReport, cache folder). Raises knowledge.edgar.settings.SettingsError without a
        User-Agent, Cancelled when `cancel` is set. `abort` set stops an ingest in work at once (quitting)."""
        from chat.fetching import fetch_releases

        def ingest_step(paths, sources, step):
            with self.writing() as con:
                return ingest_resilient(con, paths, progress=step, sources=sources,
                                        workers=workers or usable_cores(), abort=abort)

        def show(report) -> None:
            if cancel is not None and cancel.is_set():
                raise Cancelled("fetch cancelled")
            if progress:
                progress(report)
        return fetch_releases(tickers, ciks, ingest_fn=ingest_step if ingest else None, progress=show, **kw)

    # -- listings ------------------------------------------------------------------------------
    def documents(self) -> list[dict]:
        from knowledge.listings import documents
        with self.reading() as con:
            return documents(con)

    def companies(self) -> list[tuple[str, str | None]]:
        from knowledge.listings import companies
        with self.reading() as con:
            return companies(con)

    def facts(self, words: list[str] | None = None, company: str | None = None, metric: str | None = None,
              period: str | None = None, limit: int = 200, count: bool = False) -> FactsPage:
        """Facts whose columns hold every one of `words`, of `company` (name or ticker; NoSuchCompany
        when none matches), `metric` (a key exactly, or words of the label) and `period` (read as a
        question reads it, on each company's fiscal calendar)."""
        from knowledge import listings
        flt = listings.FactFilter(words=[w for w in words or [] if w] or None, metric=metric or None)
        with self.reading() as con:
            if company:
                flt.company_keys = listings.matching_companies(con, company)
                if not flt.company_keys:
                    raise NoSuchCompany(company, listings.companies(con))
            if period:
                flt.periods = period_labels(period, listings.fye_months(con))
            rows = listings.facts(con, flt, limit)
            total = listings.fact_count(con, flt) if count else None
        return FactsPage(rows, total)

    def source_lines(self, doc: str, doc_id: int | None = None) -> list[str]:
        from knowledge.listings import source_lines
        with self.reading() as con:
            return source_lines(con, doc, doc_id)

    def source_window(self, doc: str, line: int, doc_id: int | None = None, around: int = 200
                      ) -> tuple[int | None, int, int, list[str]]:
        """A window of a release around `line`, for a viewer that pages: (doc_id, first line, the
        release's line count, the lines)."""
        from knowledge.listings import document_id, line_count, line_window
        with self.reading() as con:
            doc_id = document_id(con, doc, doc_id)
            first = max(1, line - around)
            return doc_id, first, line_count(con, doc_id), line_window(con, doc_id, first, line + around)

    def lines_between(self, doc_id: int | None, first: int, last: int) -> list[str]:
        """Lines first..last of the release `doc_id` (a viewer's next page)."""
        from knowledge.listings import line_window
        with self.reading() as con:
            return line_window(con, doc_id, first, last)

    def find_lines(self, doc_id: int | None, needle: str, limit: int = 10_000) -> list[tuple[int, int]]:
        """(line, times `needle` occurs in it, ignoring case) of each line of the release that holds it,
        at most `limit` lines: a viewer's search over the whole release, not only the lines it holds."""
        from knowledge.listings import line_matches
        with self.reading() as con:
            return line_matches(con, doc_id, needle, limit)

    def cited_line(self, doc: str, line: int, doc_id: int | None = None) -> list[str]:
        """The text of a cited line (one per document of that name when the id is unknown)."""
        with self.reading() as con:
            return line_texts(con, doc, line, doc_id)


def period_labels(text: str, fye_months: list[int]) -> list[tuple[int | None, str]]:
    """(fiscal year-end month, stored label) pairs a loose period names: 'q3 2007' → Q3 2007 on each calendar.
    The text itself is kept as a label too, so an exact stored label always matches."""
    from chat.periods import find_periods
    pairs: list[tuple[int | None, str]] = [(None, text.strip())]
    found = find_periods(text.lower())
    if found:
        spec = found[0][2]
        for fye in fye_months or [12]:
            try:
                pairs.append((fye, spec.label(fye)))
            except Exception:  # a spec without a label on that calendar
                continue
    return pairs
