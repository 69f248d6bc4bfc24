"""Ingest: files and folders in, whole documents into the store, one clear line per failure.

Nothing is lost and nothing hangs: every file is read by the parent with bounded reads (regular
files only), hashed before it is parsed (known content is skipped unparsed), parsed in worker
processes with a time and memory budget per document, and stored in batches bounded by count and
by size. A document over budget, unreadable or unparseable is reported and the others go on.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb

from knowledge.confusables import lookalike_key
from knowledge.packs import pack
from knowledge.reading_version import reading_version
from knowledge.store import (Prepared, StoreError, known_hashes, set_company, sha256_of, stale_hashes,
                             unchecked_hashes, write_batch)
from knowledge.worker import Task, parse_task
from parsers.loading import display_name, read_release
from parsers.model import ParseError

TEXT_SUFFIXES = {".txt", ".htm", ".html", ".xhtml", ".md", ".markdown", ".xml", ".text", ".asc", ".nc", ".sgml", ""}
# What a folder holds besides releases, said as the reason it is skipped.
NOT_TEXT = {
    **dict.fromkeys((".pdf",), "a PDF (save it as text or HTML to ingest it)"),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar"), "an archive (unpack it first)"),
    **dict.fromkeys((".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".rtf", ".pages", ".numbers"),
                    "an office document (save it as text or HTML to ingest it)"),
    **dict.fromkeys((".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".svg", ".ico", ".heic"),
                    "an image"),
    **dict.fromkeys((".py", ".pyi", ".js", ".ts", ".css", ".sh", ".json", ".jsonl", ".toml", ".yaml", ".yml", ".ini",
                     ".cfg", ".lock", ".csv", ".tsv", ".log"), "code, settings or data, not a release"),
    **dict.fromkeys((".duckdb", ".db", ".sqlite", ".parquet", ".pyc", ".so", ".exe", ".bin", ".wal"), "a binary file"),
}
MAGIC = [(b"%PDF", ".pdf"), (b"PK\x03\x04", ".zip"), (b"\x89PNG", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"GIF8", ".gif"),
         (b"\x1f\x8b", ".gz"), (b"\xd0\xcf\x11\xe0", ".doc"), (b"{\\rtf", ".rtf")]
SNIFF_BYTES = 4096
# A folder's own notes, beside its releases: never a release (a file named directly is still read). Notes
# are named by convention (README, LICENSE...) or in capitals as Markdown (SOURCES.md, EXPECTED.md).
FOLDER_NOTES = re.compile(r"^(?i:readme|license|licence|changelog|contributing|notice|authors)\b|"
                          r"^[A-Z_-]{4,}\.(?:md|markdown|rst)$")
BATCH = 256  # documents per transaction (each also recounts its companies: fewer, larger ones cost less)
BATCH_BYTES = 48 * 1024 * 1024  # ...and at most this much text held for one
IN_FLIGHT_BYTES = 64 * 1024 * 1024  # file bytes read but not yet stored, across workers
DOC_SECONDS = 30.0  # a document that takes longer to parse is skipped
DOC_MEMORY_MB = 1536  # ...and one that needs more memory than this
# DuckDB's buffer pool while ingesting. Unbounded, it keeps up to 80% of the machine's memory as cache,
# so an ingest's memory grew with the store (2 GB at 100,000 releases); bounded, it writes back instead.
STORE_MEMORY = "512MB"
# With a `pause` (the CLI's ingest), a batch is also committed after this many seconds of parsing and the
# store let go of, so a read command waits about this long for an ingest, not for a whole batch.
PAUSE_EVERY_S = 2.0
QUEUED = 4  # tasks sent ahead to each worker, so none waits while this process writes
POOL_MIN_FILES = 50  # fewer files are parsed in this process (no worker start-up cost)
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class IngestReport:
    documents: int = 0
    facts: int = 0
    unchanged: int = 0
    reread: int = 0  # stored documents read again: their stored reading was another version's (reading_version.py)
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files in folders that are not text: (name, why)
    seconds: float = 0.0
    ingested: list[str] = field(default_factory=list)
    renamed: int = 0  # unchanged documents whose company --company named
    tickers: set[str] = field(default_factory=set)  # tickers of the documents stored, to flag shared ones
    cancelled: bool = False  # stopped by `cancel` or `abort`: the documents finished before are stored


@dataclass(frozen=True)
class Source:
    """What the filer's own record (EDGAR) says of one file: its company, ticker, CIK and filing date
    outrank what the release text says, so identity never rests on the text (`fetch` passes these)."""

    company: str
    ticker: str | None
    cik: str
    filed: date

    def header(self) -> dict[str, str]:
        """The fields as an SEC header gives them, for the parser's own fallbacks."""
        return {"company": self.company, "cik": self.cik, "filed": self.filed.strftime("%Y%m%d")}


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def release_files(paths: Iterable[Path], skipped: list[tuple[str, str]] | None = None,
                  failures: list[tuple[str, str]] | None = None) -> Iterator[Path]:
    """Files named directly, and every text-like regular file found under folders (recursively,
    sorted, hidden files and folders left out): the usual release extensions and any other whose
    content reads as text. What is not text (a PDF, an image, an archive, an office document) is left
    out, and said in `skipped` as (name, reason); a folder that cannot be read (permissions) is added
    to `failures`, never skipped in silence."""
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        found: list[Path] = []
        for folder, dirs, names in os.walk(path, onerror=lambda exc: _unreadable(exc, failures)):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.extend(Path(folder, n) for n in names if not n.startswith("."))
        for child in sorted(found):
            if not child.is_file():
                continue
            why = not_text(child)
            if why is None:
                yield child
            elif skipped is not None:
                skipped.append((display_name(child), why))


def not_text(path: Path) -> str | None:
    """Why a file found in a folder is no release to read, or None when it is text."""
    suffix = path.suffix.lower()
    if FOLDER_NOTES.match(path.name):
        return "the folder's notes (README, LICENSE, a capitalised .md), not a release"
    if suffix in NOT_TEXT:
        return NOT_TEXT[suffix]
    try:
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return NOT_TEXT[kind]
    if head.startswith(b"#!"):
        return "a script, not a release"
    if suffix in TEXT_SUFFIXES or not head.strip():
        return None  # an empty or odd .txt is read and refused with its reason, as before
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 50:
        return "not text (binary content)"
    return None


def _unreadable(exc: OSError, failures: list[tuple[str, str]] | None) -> None:
    if failures is not None:
        where = exc.filename or ""
        failures.append((str(where), f"{display_name(where)}: cannot read the folder ({exc.strerror or exc}); "
                                     f"the releases in it were not read"))


def ingest(con: duckdb.DuckDBPyConnection, paths: list[Path], company: str | None = None, ticker: str | None = None,
           progress: Callable[[int, int, str], None] | None = None, workers: int = 1,
           budget_s: float | None = None, memory_mb: int | None = None, period: str = "",
           sources: dict[str, Source] | None = None,
           pause: Callable[[], duckdb.DuckDBPyConnection] | None = None,
           cancel: threading.Event | None = None, abort: threading.Event | None = None,
           parsing: Callable[[str], None] | None = None) -> IngestReport:
    """Parse the files under `paths` and store them, a batch per transaction. `pause`, when given, is
    called after each batch but the last (a batch then lasts at most PAUSE_EVERY_S) and returns the
    connection to go on with: it may close the store and open it again, so a reader waiting for the
    store gets in between two batches.

    A file already stored is skipped by its content's hash; with `period` it is read again and its
    new reading replaces the old one in the same transaction (a re-read that fails or runs over its
    budget leaves the old reading). `company`/`ticker` name the company of every file; `sources` (by
    str(path)) give a file its filer's company, ticker, CIK and filing date.

    `budget_s`/`memory_mb` (default DOC_SECONDS/DOC_MEMORY_MB) bound each document's parse. Off the main
    thread (the chat's ingest) no alarm can keep the time budget, so documents are parsed in a worker
    process whatever their number. `cancel` set: stop after the document being parsed (the finished
    ones are stored, report.cancelled); `abort` set: stop now, without waiting for that document (the
    app is quitting). `parsing` is told the name of the document being parsed now."""
    budget_s = DOC_SECONDS if budget_s is None else budget_s
    memory_mb = DOC_MEMORY_MB if memory_mb is None else memory_mb
    start = time.perf_counter()
    report = IngestReport()
    for p in paths:
        if not os.path.lexists(p):
            report.failures.append((display_name(p), f"{display_name(p)}: no such file or folder"))
    store = _store_files(con)
    files = []
    for f in release_files(paths, skipped=report.skipped, failures=report.failures):
        if _is_one_of(f, store):  # the store (or its log) inside an ingested folder is never read as a release
            report.warnings.append(f"{display_name(f)}: the store being written; skipped")
        elif os.path.lexists(f):
            files.append(f)
    con.execute(f"SET memory_limit = '{STORE_MEMORY}'")
    known = known_hashes(con)
    stale = stale_hashes(con, reading_version()) if known else set()
    unchecked = unchecked_hashes(con) | stale if known else set()
    rename: list[int] = []
    sources = sources or {}
    renamed_to: dict[tuple[str, str | None], list[int]] = {}  # (company, ticker) → stored doc_ids to name
    tasks = _tasks(files, known, report, rename if company else None, period, excerpt=bool(company),
                   sources=sources, renamed_to=renamed_to, unchecked=unchecked, stale=stale)
    workers = min(workers, usable_cores())  # a worker per core at most: more only add memory (~70 MB each)
    pooled = bool(files) and ((workers > 1 and len(files) >= POOL_MIN_FILES) or not _alarm_here())
    stop = abort.is_set if abort is not None else None
    results = _pooled(tasks, workers, budget_s, memory_mb, parsing, stop) if pooled \
        else _in_process(tasks, budget_s, parsing)
    try:
        con = _store_results(con, results, files, report, company, ticker, sources, pause, progress, (cancel, abort))
    finally:
        results.close()  # a cancelled ingest stops its worker processes now
    report.cancelled = report.cancelled or bool(abort and abort.is_set())
    if progress and files and not report.cancelled:
        progress(len(files), len(files), "")  # every file seen: skipped ones too
    if company and rename:
        report.renamed = set_company(con, rename, company, ticker)
    for (name, symbol), ids in renamed_to.items():
        report.renamed += set_company(con, ids, name, symbol)
    report.warnings += shared_tickers(con, report.tickers)
    report.seconds = time.perf_counter() - start
    return report


def _store_results(con: duckdb.DuckDBPyConnection, results: Iterator[tuple[Task, tuple[str, object]]],
                   files: list[Path], report: IngestReport, company: str | None, ticker: str | None,
                   sources: dict[str, Source], pause, progress, stops: tuple) -> duckdb.DuckDBPyConnection:
    """Store the parsed documents a batch per transaction, stopping after the document in work when
    one of `stops` is set; returns the connection to go on with (a pause may open another)."""
    batch: list[Prepared] = []
    done = 0
    lookalikes = _Lookalikes(con)
    last_pause = time.monotonic()
    for task, (status, payload) in results:
        done += 1
        if progress:
            progress(min(done + report.unchanged + len(report.failures), len(files)), len(files), task.name)
        if status == "error":
            report.failures.append((task.path, str(payload)))
        else:
            batch.append(_prepared(task, payload, company, ticker, sources))
        due = pause is not None and time.monotonic() - last_pause >= PAUSE_EVERY_S
        if batch and (len(batch) >= BATCH or sum(p.size for p in batch) >= BATCH_BYTES or due):
            _flush(con, batch, report, lookalikes)
            if pause is not None:
                con = pause()
                con.execute(f"SET memory_limit = '{STORE_MEMORY}'")
                last_pause = time.monotonic()
        if any(stop is not None and stop.is_set() for stop in stops):
            report.cancelled = True
            break
    _flush(con, batch, report, lookalikes)
    return con


def _prepared(task: Task, prepared: Prepared, company: str | None, ticker: str | None,
              sources: dict[str, Source]) -> Prepared:
    """A parsed document with what the ingest knows of it besides its text."""
    prepared.doc["file_name"] = task.name
    prepared.replaces = task.replaces
    if company:
        _with_company(prepared, company, ticker)
    if task.path in sources:
        _with_source(prepared, sources[task.path])
    return prepared


def _store_files(con: duckdb.DuckDBPyConnection) -> list[tuple[int, int]]:
    """(device, inode) of the store's file and its write-ahead log."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    found = []
    for path in ([row[0], row[0] + ".wal"] if row and row[0] else []):
        try:
            st = os.stat(path)
        except OSError:
            continue
        found.append((st.st_dev, st.st_ino))
    return found


def _is_one_of(path: Path, files: list[tuple[int, int]]) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) in files


def shared_tickers(con: duckdb.DuckDBPyConnection, tickers: set[str]) -> list[str]:
    """A note for each of these tickers that documents of two or more companies give: one of them
    is misread, or the ticker moved from one company to another."""
    if not tickers:
        return []
    rows = con.execute("""SELECT upper(ticker), list(DISTINCT company ORDER BY company) FROM documents
        WHERE list_contains(?, upper(ticker)) AND company_key IS NOT NULL
        GROUP BY upper(ticker) HAVING count(DISTINCT company_key) > 1 ORDER BY 1""",
                       [sorted({t.upper() for t in tickers})]).fetchall()
    return [f"ticker {t} is given by documents of {len(names)} companies ({'; '.join(names)}); one may be misread, "
            f"or the ticker changed hands: name the company, not the ticker, in questions" for t, names in rows]


def checked_releases(paths: list[Path], workers: int = 1, budget_s: float | None = None,
                     memory_mb: int | None = None) -> list:
    """knowledge.check's report of each release under `paths`, parsed under ingest's budget per
    document (time and memory, in worker processes as ingest parses): a release over it gets a
    ReleaseCheck with the reason as its error, and the others are checked. A folder that cannot be
    read is an error line too."""
    from knowledge.check import ReleaseCheck
    failures: list[tuple[str, str]] = []
    files = list(release_files(paths, failures=failures))
    workers = min(workers, usable_cores())
    budget_s = DOC_SECONDS if budget_s is None else budget_s
    memory_mb = DOC_MEMORY_MB if memory_mb is None else memory_mb
    checks: dict[int, ReleaseCheck] = {}  # by the file's place in `files`, to report in file order

    def tasks() -> Iterator[Task]:
        for i, path in enumerate(files):
            try:
                data = read_release(path)
            except ParseError as exc:
                checks[i] = ReleaseCheck(display_name(path), error=str(exc))
                continue
            yield Task(i, display_name(path), _storable(path), path.suffix, data, "", job="check")
    pooled = bool(files) and ((workers > 1 and len(files) >= POOL_MIN_FILES) or not _alarm_here())
    results = _pooled(tasks(), workers, budget_s, memory_mb) if pooled else _in_process(tasks(), budget_s)
    for task, (status, payload) in results:
        checks[task.index] = payload if status == "ok" else ReleaseCheck(task.name, error=str(payload))
    return [ReleaseCheck(display_name(where), error=reason) for where, reason in failures] + \
        [checks[i] for i in sorted(checks)]


def _tasks(files: list[Path], known: dict[str, int], report: IngestReport, rename: list[int] | None,
           period: str = "", excerpt: bool = False, sources: dict[str, Source] | None = None,
           renamed_to: dict[tuple, list[int]] | None = None, unchecked: set[str] | frozenset = frozenset(),
           stale: set[str] | frozenset = frozenset()) -> Iterator[Task]:
    """Read and hash each file in this process; known content is skipped before any parsing, unless
    a period is named, or it was stored before releases were checked at ingest (`unchecked`, a store
    from before schema 8) or read by another version of the reading (`stale`, counted as read again):
    then it is read again, to replace its stored reading."""
    seen: set[str] = set()
    for i, path in enumerate(files):
        name = display_name(path)
        source = (sources or {}).get(str(path))
        try:
            data = read_release(path)
        except ParseError as exc:
            report.failures.append((name, str(exc)))
            continue
        sha = sha256_of(data)
        replaces = None
        if sha in known and (period or sha in unchecked) and sha not in seen:
            replaces = known[sha]  # read again for the period the user now names, or to find its doubts
            report.reread += sha in stale and not period
        elif sha in known or sha in seen:
            report.unchanged += 1
            if rename is not None and sha in known:
                rename.append(known[sha])
            if source and sha in known:
                renamed_to.setdefault((source.company, source.ticker), []).append(known[sha])
            continue
        seen.add(sha)
        header = source.header() if source else {}
        yield Task(i, name, _storable(path), path.suffix, data, sha, period, excerpt or bool(source),
                   header=header, replaces=replaces)


def _storable(path: Path) -> str:
    """The full, absolute path as text the store can hold (undecodable bytes of a name shown as
    U+FFFD): what tells apart files of one name in different folders, wherever the store is read from."""
    return str(path.absolute()).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _Lookalikes:
    """The held companies a document's company prints like (knowledge/confusables.py): among the few
    held names that are not plain ASCII (read once an ingest), and, for a name that is not plain ASCII
    itself, by an indexed lookup of its lookalike key among the keys; a plain name costs no query, so
    the cost does not grow with the store."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.wide: dict[str, dict[str, str]] | None = None  # lookalike key -> {company key: name}

    def of(self, name: str | None, key: str | None) -> list[str]:
        """The names of held companies that print like `name` but are other companies than `key`."""
        if not name or not key:
            return []
        if self.wide is None:
            self.wide = {}
            for k, n in self.con.execute("SELECT company_key, company FROM companies "
                                         "WHERE strlen(company) <> length(company)").fetchall():
                self.wide.setdefault(lookalike_key(n), {})[k] = n
        look = lookalike_key(name)
        held = dict(self.wide.get(look, {}))
        if look != key:  # a name not in plain letters: the company it imitates is held under its key
            held.update(self.con.execute("SELECT company_key, company FROM companies WHERE company_key = ?",
                                         [look]).fetchall())
        if not name.isascii():
            self.wide.setdefault(look, {})[key] = name
        return [n for k, n in held.items() if k != key and n]


def _flush(con: duckdb.DuckDBPyConnection, batch: list[Prepared], report: IngestReport,
           lookalikes: _Lookalikes | None = None) -> None:
    """Store the batch in one transaction; if it is refused for its content (not the disk: a
    StoreError stops the ingest), store its documents one by one so only the one refused is lost
    (write_batch rolls each failure back, so the next document's write starts clean)."""
    if not batch:
        return
    try:
        write_batch(con, batch)
        stored = list(batch)
    except StoreError:
        raise
    except Exception:
        stored = []
        for p in batch:
            try:
                write_batch(con, [p])
                stored.append(p)
            except StoreError:
                raise
            except Exception as exc:
                reason = " ".join(str(exc).split())[:300] or type(exc).__name__
                report.failures.append((p.doc["path"], f"{p.doc['file_name']}: the store refused it ({reason})"))
    for p in stored:
        report.documents += 1
        report.facts += p.doc["n_facts"]
        report.ingested.append(p.doc["file_name"])
        if p.doc["ticker"]:
            report.tickers.add(p.doc["ticker"])
        if not p.doc["n_facts"]:
            report.warnings.append(f"{p.doc['file_name']}: ingested, but no figures could be read from it")
        if not p.doc["company"]:
            report.warnings.append(f"{p.doc['file_name']}: no company found in it; name it with --company NAME "
                                   f"(and --ticker T)")
        if not p.doc["period_label"]:
            report.warnings.append(f"{p.doc['file_name']}: no reported period found in it; name it with --period "
                                   f"(e.g. 'Q3 2007' or 'nine months ended September 30, 2007')")
        if p.dropped:
            report.warnings.append(f"{p.doc['file_name']}: {len(p.dropped)} figures left out ({p.dropped[0]})")
        for other in lookalikes.of(p.doc["company"], p.doc["company_key"]) if lookalikes else ():
            report.warnings.append(f"{p.doc['file_name']}: its company \u201c{p.doc['company']}\u201d prints like "
                                   f"\u201c{other}\u201d but is spelled with other letters (look-alike letters of "
                                   f"another script): kept as a separate company, never merged with it")
    batch.clear()


class _Overtime(BaseException):
    """Raised by the alarm; a BaseException so the parser's own `except Exception` cannot swallow it."""


def _alarm_here() -> bool:
    """Whether an alarm can keep a parse's time budget here: only in the main thread (SIGALRM)."""
    return threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")


def _in_process(tasks: Iterator[Task], budget_s: float, parsing: Callable[[str], None] | None = None
                ) -> Iterator[tuple[Task, tuple[str, object]]]:
    """Parse here; the time budget is kept by an alarm when this is the main thread (a parse inside
    one long C call is only stopped when it returns; worker processes are stopped at once)."""
    timed = _alarm_here()
    for task in tasks:
        if parsing:
            parsing(task.name)
        if not timed:
            yield task, parse_task(task)
            continue
        def overtime(signum, frame):
            raise _Overtime()
        old = signal.signal(signal.SIGALRM, overtime)
        signal.setitimer(signal.ITIMER_REAL, budget_s)
        try:
            result = parse_task(task)
        except _Overtime:
            result = "error", _overtime(task, budget_s)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
        yield task, result


def _overtime(task: Task, budget_s: float) -> str:
    return f"{task.name}: parsing took longer than {budget_s:g} s, the budget for one document; skipped"


class _Worker:
    """One `python -m knowledge.worker` process and its two pipe ends."""

    def __init__(self, memory_mb: int):
        self.proc = subprocess.Popen([sys.executable, "-m", "knowledge.worker", str(os.getpid()), str(memory_mb)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=str(ROOT), close_fds=True)
        self.inbox = Connection(os.dup(self.proc.stdout.fileno()), writable=False)
        self.outbox = Connection(os.dup(self.proc.stdin.fileno()), readable=False)
        self.proc.stdout.close()
        self.proc.stdin.close()
        self.ready = False
        self.sent: deque[Task] = deque()  # parsed in this order; the first is being parsed now
        self.started = 0.0  # when the first of `sent` began
        self.backlog: list[Task] = []  # taken over from a worker that was stopped, sent once ready

    @property
    def task(self) -> Task | None:
        return self.sent[0] if self.sent else None

    def send(self, task: Task) -> None:
        if not self.sent:
            self.started = time.monotonic()
        self.sent.append(task)
        self.outbox.send(task)

    def done(self) -> Task:
        """The first task came back: the next one starts now."""
        self.started = time.monotonic()
        return self.sent.popleft()

    def stop(self) -> None:
        for conn in (self.outbox, self.inbox):
            try:
                conn.close()
            except OSError:
                pass
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()


def _pooled(tasks: Iterator[Task], n: int, budget_s: float, memory_mb: int,
            parsing: Callable[[str], None] | None = None, stop: Callable[[], bool] | None = None
            ) -> Iterator[tuple[Task, tuple[str, object]]]:
    """Results in file order from n workers; at most IN_FLIGHT_BYTES of files read ahead. `parsing` is
    told the document the next result waits for; `stop()` true ends the results at once, the
    workers killed in the middle of their documents."""
    told = None
    workers = [_Worker(memory_mb) for _ in range(n)]
    order: deque[Task] = deque()  # sent or waiting, in file order
    results: dict[int, tuple[str, object]] = {}
    waiting: deque[Task] = deque()
    in_flight = 0
    pending = iter(tasks)
    exhausted = False
    try:
        while True:
            while not exhausted and in_flight < IN_FLIGHT_BYTES and len(waiting) < QUEUED * n:
                task = next(pending, None)
                if task is None:
                    exhausted = True
                    break
                order.append(task)
                waiting.append(task)
                in_flight += len(task.data)
            for w in workers:
                if w.ready and w.backlog:
                    for task in w.backlog:
                        w.send(task)
                    w.backlog = []
                while w.ready and len(w.sent) < QUEUED and waiting:
                    w.send(waiting.popleft())
            while order and order[0].index in results:
                task = order.popleft()
                in_flight -= len(task.data)
                yield task, results.pop(task.index)
            if exhausted and not order:
                return
            if stop is not None and stop():
                return
            if parsing and order and order[0] is not told:
                told = order[0]
                parsing(told.name)
            _collect(workers, results, budget_s, memory_mb)
    finally:
        for w in workers:
            w.stop()


def _collect(workers: list[_Worker], results: dict, budget_s: float, memory_mb: int) -> None:
    """Wait for a worker to answer, or stop one whose current document ran over its time budget
    (the documents queued behind it go back to be parsed by its replacement)."""
    busy = [w for w in workers if w.sent or not w.ready]
    now = time.monotonic()
    timeout = max(0.0, min((w.started + budget_s for w in busy if w.sent), default=now + 1.0) - now)
    ready = wait([w.inbox for w in busy], timeout=min(timeout, 1.0))
    for i, w in enumerate(workers):
        if w.inbox in ready:
            try:
                index, result = w.inbox.recv()
            except (EOFError, OSError):  # the worker died (killed by the kernel for memory, or a crash)
                if w.task is not None:
                    results[w.task.index] = ("error", f"{w.task.name}: the parser process died on it "
                                                      f"(out of memory?); skipped")
                workers[i] = _replace(w, memory_mb)
                continue
            if index == "ready":
                w.ready = True
            else:
                w.done()
                results[index] = result
        elif w.sent and time.monotonic() > w.started + budget_s:
            results[w.task.index] = ("error", _overtime(w.task, budget_s))
            workers[i] = _replace(w, memory_mb)


def _replace(w: _Worker, memory_mb: int) -> _Worker:
    """Stop a worker and start another that takes over the documents it had not begun."""
    w.stop()
    fresh = _Worker(memory_mb)
    fresh.backlog = list(w.sent)[1:]
    return fresh


def _with_source(p: Prepared, source: Source) -> Prepared:
    """The filer's record outranks the text: its name, ticker, CIK, and its filing date as the release date."""
    _with_company(p, source.company, source.ticker)
    p.doc.update(cik=source.cik, release_date=source.filed)
    p.facts["release_date"] = [source.filed] * len(p.facts["release_date"])
    p.pack = pack(p.facts)
    return p


def _with_company(p: Prepared, company: str, ticker: str | None) -> Prepared:
    from knowledge.vocabulary import company_key
    key = company_key(company)
    p.doc.update(company=company, company_key=key, ticker=ticker or p.doc["ticker"])
    p.facts["company_key"] = [key] * len(p.facts["company_key"])
    return p
