"""The `filings-chat` command: ingest, ask, batch, docs, facts, serve, and the chat TUI by default.

Every failure a user can cause (a wrong --db, a missing folder, a busy port) ends in one line on
standard error and a non-zero exit, never a traceback. Text from documents is printed through
`chat.safe_text`, so control characters in a release never reach the terminal raw.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import errno
import json
import os
import shlex
import socket
import sys
from importlib import resources
from pathlib import Path

from chat.errors import describe_error
from chat.files import FileRefused, atomic_writer, refuse_same_files, require_regular_file
from chat.safe_text import safe, safe_line

SAMPLE_PACKAGE = "knowledge.sample_data"
READ_COMMANDS = {None, "ask", "batch", "docs", "facts", "serve"}


class UserError(Exception):
    """Something the user can fix: printed as one line, exit 2."""


def sample_dir() -> Path:
    return Path(str(resources.files(SAMPLE_PACKAGE)))


def _version() -> str:
    try:
        from importlib.metadata import version
        return version("filings-chat")
    except Exception:  # running from a checkout that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    db_help = ("DuckDB store (default: $FILINGS_CHAT_DB, else your data directory, filled with the bundled "
               "sample releases on first use); accepted before or after the command")
    p = argparse.ArgumentParser(prog="filings-chat", description="Ask questions of company earnings releases; "
                                "every figure comes with the line it stands on. Without a command: the chat.")
    p.add_argument("--db", type=Path, help=db_help)
    p.add_argument("--version", action="version", version=f"filings-chat {_version()}")
    # --db after the command too; SUPPRESS keeps a --db given before the command when none comes after
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", help="what to do (default: open the chat)")
    ing = sub.add_parser("ingest", parents=[common], help="parse releases (files or folders, recursively) into the store")
    ing.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="release files or folders of releases")
    ing.add_argument("--company", help="name the company of documents that never name it")
    ing.add_argument("--period", default="", help="the period of excerpts that name none, e.g. 'Q3 2007' or "
                                                  "'nine months ended September 30, 2007'")
    ing.add_argument("--ticker", help="with --company: its ticker")
    ing.add_argument("--workers", type=int, default=None, help="parsing processes (default and most: the cores "
                     "this process may use)")
    ask = sub.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    ask.add_argument("--company", help="the company a question that names none is about (name or ticker)")
    bat = sub.add_parser("batch", parents=[common], help="answer every question of a .jsonl or .txt file")
    bat.add_argument("file", type=Path, help=".jsonl (one question object a line) or .txt (one question a line)")
    bat.add_argument("--out", type=Path, help="write answer objects here (default: standard output)")
    bat.add_argument("--check", action="store_true", help="compare with each line's expect and print a table "
                     "(to standard error when the answers go to standard output); exit 1 on any failure")
    bat.add_argument("--junit", type=Path, help="write a JUnit XML report")
    bat.add_argument("--company", help="the company of lines that name none (a line's \"company\" wins)")
    docs = sub.add_parser("docs", parents=[common], help="list the documents in the store")
    docs.add_argument("--format", choices=["table", "json", "csv"], default="table", help="output format (default: table)")
    facts = sub.add_parser("facts", parents=[common], help="list facts in the store, each with its file and line")
    facts.add_argument("--company", help="company name or ticker (part of the name is enough)")
    facts.add_argument("--metric", help="metric key such as 'revenue', or words of the printed label")
    facts.add_argument("--period", help="a period as in a question: 'Q3 2007', 'nine months 2007', '9/30/2007'")
    facts.add_argument("--limit", type=int, default=200, help="at most this many facts (default: 200)")
    facts.add_argument("--format", choices=["table", "json", "csv"], default="table", help="output format (default: table)")
    chk = sub.add_parser("check", help="parse releases and check what must hold for any release (no store needed); "
                                       "exit 1 on any violation")
    chk.add_argument("paths", nargs="+", type=Path, help="release files or folders (recursively)")
    chk.add_argument("--verbose", action="store_true", help="also list table classes, unread prose amounts and "
                                                            "round-trip failures")
    chk.add_argument("--format", choices=["table", "json"], default="table", help="output format (default: table)")
    chk.add_argument("--round-trip", action="store_true", help="also ask every stored fact back through the engine, "
                                                               "each release in a temporary store of its own (slower)")
    _fetch_parser(sub, common)
    serve = sub.add_parser("serve", parents=[common], help="serve the chat in a browser")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--max-sessions", type=_at_least_one, default=4, help="browser sessions at once (default: 4)")
    return p


def _at_least_one(text: str) -> int:
    """A count that must be 1 or more (0 sessions would refuse every browser)."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} is less than 1")
    return n


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: stop quietly
        sys.stdout = open(os.devnull, "w")
        return 0
    except (UserError, FileRefused) as exc:
        print(f"filings-chat: {safe_line(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # the store, the disk, the network: one line, never a traceback
        if os.environ.get("FILINGS_CHAT_DEBUG"):
            raise
        print(f"filings-chat: {describe_error(exc)}", file=sys.stderr)
        return 2 if _is_store_busy(exc) else 1


def _dispatch(args) -> int:
    vocabulary = os.environ.get("FILINGS_CHAT_VOCABULARY")
    if vocabulary:  # read at the first import of the vocabulary: a FIFO or /dev/zero would hang it
        require_regular_file(Path(vocabulary), "$FILINGS_CHAT_VOCABULARY")
    if args.command == "check":
        return cmd_check(args)
    if args.command is None and not os.environ.get("TEXTUAL_DRIVER") and not (sys.stdout.isatty() and sys.stdin.isatty()):
        raise UserError("the chat needs a terminal; for scripts use `filings-chat ask \"QUESTION\"` or "
                        "`filings-chat batch FILE` (see --help)")
    db = args.db or _default_db()
    check_store(db, must_exist=args.db is not None and args.command in READ_COMMANDS)
    if args.command not in ("ingest", "fetch") and args.db is None:
        ensure_sample(db)
    commands = {"ingest": cmd_ingest, "fetch": cmd_fetch, "ask": cmd_ask, "batch": cmd_batch, "docs": cmd_docs, "facts": cmd_facts,
                "serve": cmd_serve}
    if args.command in commands:
        return commands[args.command](db, args)
    from chat.tui.app import run_app
    return run_app(db)


def _default_db() -> Path:
    from knowledge.store import default_db_path
    return default_db_path()


def check_store(db: Path, must_exist: bool) -> None:
    """Refuse, in one line, a --db that cannot be a store, before anything opens or creates it
    (a FIFO is refused before it is opened: reading it would block forever)."""
    if db.is_dir():
        raise UserError(f"{db} is a folder; --db names a store file such as {db / 'filings.duckdb'}")
    require_regular_file(db, "the store")
    if not db.exists():
        if must_exist:
            raise UserError(f"{db}: no such store (`filings-chat --db {shlex.quote(str(db))} ingest PATH` creates it)")
        return
    if not os.access(db, os.R_OK):
        raise UserError(f"{db}: cannot be read (permission denied)")
    with open(db, "rb") as f:
        head = f.read(16)
    # A DuckDB file carries the magic "DUCK" at offset 8; an empty file is one DuckDB can initialise.
    if head and head[8:12] != b"DUCK":
        raise UserError(f"{db} is not a filings-chat store (not a DuckDB file)")


def _is_store_busy(exc: BaseException) -> bool:
    """A store another process holds, or one that cannot be used (knowledge.store.StoreError): exit 2."""
    return type(exc).__name__ in ("StoreBusy", "StoreError")


def ensure_sample(db: Path) -> None:
    """The default store answers right after install: fill it with the bundled releases once. A store
    that holds documents is only read here, so two read commands can run at once."""
    from knowledge.store import connect
    if db.exists() and db.stat().st_size:
        con = _patiently(lambda: connect(db, read_only=True))
        try:
            if con.execute("SELECT count(*) FROM documents").fetchone()[0]:
                return
        finally:
            con.close()
    con = _patiently(lambda: connect(db))
    try:
        if con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0:
            from knowledge.ingest import ingest
            ingest(con, [sample_dir()])
    finally:
        con.close()


def store_level(exc: BaseException) -> bool:
    """An error of the store or the disk (full, unwritable, I/O), as opposed to one file's content."""
    import duckdb
    text = describe_error(exc)
    return text.startswith("No space left on device") or isinstance(exc, (OSError, duckdb.IOException)) \
        or "could not write" in text.lower() or "failed to commit" in text.lower()


def ingest_resilient(con, paths: list[Path], progress=None, **kw):
    """`ingest`, where a file that breaks the batch write (a name the store cannot hold, say) costs only
    itself: on an error the files are ingested one by one and the failing ones reported."""
    from knowledge.ingest import IngestReport, ingest, release_files
    pause = kw.get("pause")  # a StorePause: after it ran, its connection is the one to go on with
    try:
        return ingest(con, paths, progress=progress, **kw)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as first:
        if store_level(first):
            raise  # the disk or the store failed, not a file: one line says so
        report = IngestReport()
        files = list(release_files(paths, skipped=report.skipped))
        for n, f in enumerate(files, 1):
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
                report.failures += one.failures
                report.warnings += one.warnings
                report.skipped += one.skipped
                report.ingested += one.ingested
                report.seconds += one.seconds
            if progress:
                progress(n, len(files), f.name)
        return report


class _FileProgress:
    """A rich progress bar naming the file being parsed now (not the one just finished), with rate and ETA.

    `ingest` reports after each file; the file after it in `release_files` order is the one in work."""

    def __init__(self, files: list[Path]):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed:,.0f} files/s" if task.speed else "– files/s", style="progress.data.speed")

        self.files = files
        self.progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), Rate(),
                                 TimeRemainingColumn(), TextColumn("{task.fields[file]}", markup=False),
                                 console=Console(stderr=True), transient=False)
        self.task = self.progress.add_task("ingest", total=len(files), file=self._name(0))

    def _name(self, i: int) -> str:
        return safe_line(self.files[i].name)[:60] if i < len(self.files) else ""

    def __call__(self, n: int, total: int, name: str) -> None:
        self.progress.update(self.task, completed=n, total=total, file=self._name(n) if n < total else "done")

    def __enter__(self):
        self.progress.start()
        return self

    def __exit__(self, *exc):
        self.progress.stop()


def cmd_ingest(db: Path, args) -> int:
    if args.period:  # a period that cannot be read is one line now, not a failure per file later
        from parsers.document import hinted_period
        from parsers.model import ParseError
        try:
            hinted_period(args.period, 12)
        except ParseError as exc:
            raise UserError(str(exc)) from None
    from knowledge.ingest import release_files, usable_cores
    if db.exists() and not os.access(db, os.W_OK) or not db.exists() and not os.access(_existing_parent(db), os.W_OK):
        raise UserError(f"{db}: cannot be written (read-only location)")
    workers = usable_cores() if args.workers is None else args.workers
    if workers < 1:
        raise UserError(f"--workers {workers}: name at least 1")
    if workers > usable_cores():
        print(f"note: --workers {workers} lowered to {usable_cores()}, the cores this machine gives it "
              f"(more processes only add memory)", file=sys.stderr)
        workers = usable_cores()
    pause = StorePause(db, _patiently(lambda: _open_store(db), wait_s=INGEST_WAIT_S))
    try:
        kw = dict(company=args.company, ticker=args.ticker, period=args.period, workers=workers, pause=pause)
        if sys.stderr.isatty():
            with _FileProgress(list(release_files(args.paths))) as bar:
                report = ingest_resilient(pause.con, args.paths, progress=bar, **kw)
        else:
            report = ingest_resilient(pause.con, args.paths, **kw)
    finally:
        pause.con.close()
    for _, reason in report.failures:
        print(f"failed: {safe_line(reason)}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {safe_line(warning)}", file=sys.stderr)
    for name, why in report.skipped:
        print(f"skipped: {safe_line(name)}: {why}", file=sys.stderr)
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"{'documents':<12}{'facts':>8}{'unchanged':>11}{'failures':>10}{'seconds':>9}")
    print(f"{report.documents:<12}{report.facts:>8}{report.unchanged:>11}{len(report.failures):>10}"
          f"{report.seconds:>9.2f}")
    if report.documents:
        print(f"({rate:.0f} releases/s) into {safe_line(db)}")
    return 1 if report.failures else 0


def _fetch_parser(sub, common) -> None:
    fet = sub.add_parser("fetch", parents=[common], help="download companies' earnings releases (8-K item 2.02, "
                         "exhibit 99.1) from SEC EDGAR and ingest them")
    fet.add_argument("tickers", nargs="*", metavar="TICKER", help="tickers, e.g. AAPL MSFT")
    fet.add_argument("--cik", type=int, action="append", default=[], metavar="N", help="a filer by its CIK (repeatable)")
    fet.add_argument("--since", type=_iso_date, metavar="DATE", help="filed on or after this date (YYYY-MM-DD)")
    fet.add_argument("--until", type=_iso_date, metavar="DATE", help="filed on or before this date (YYYY-MM-DD)")
    fet.add_argument("--limit", type=_positive, metavar="N", help="at most the N newest releases per company")
    fet.add_argument("--no-ingest", action="store_true", help="download into the cache only")
    fet.add_argument("--user-agent", metavar="UA", help="your name and email, sent with every request as the SEC requires "
                     "(default: $FILINGS_CHAT_USER_AGENT, else fetch.user_agent in config.toml)")
    fet.add_argument("--sec-url", metavar="URL", help="one base URL serving /submissions, /Archives and /files (a mirror; "
                     "default: $FILINGS_CHAT_SEC_URL, else data.sec.gov and www.sec.gov)")
    fet.add_argument("--refresh-tickers", action="store_true", help="first download the SEC's ticker list "
                     "into your data directory (used instead of the bundled one from then on)")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _iso_date(text: str):
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def cmd_fetch(db: Path, args) -> int:
    """Fetch releases from EDGAR (knowledge.edgar) and ingest them through `ingest_resilient`."""
    from chat.fetching import fetch_progress, fetch_releases, print_fetch_report, store_ingest
    from knowledge.edgar.client import EdgarClient, EdgarError, SecLocations
    from knowledge.edgar.fetch import refresh_tickers
    from knowledge.edgar.settings import SettingsError, sec_url, user_agent
    from knowledge.sec_tickers import user_path
    try:
        agent, base = user_agent(args.user_agent), sec_url(args.sec_url)
    except SettingsError as exc:
        raise UserError(str(exc)) from None
    if not args.tickers and not args.cik and not args.refresh_tickers:
        raise UserError("name at least one ticker (e.g. `filings-chat fetch AAPL`) or --cik N")
    if args.since and args.until and args.since > args.until:
        raise UserError(f"--since {args.since} is after --until {args.until}: no filing can be in that range")
    if args.refresh_tickers:
        try:
            with EdgarClient(agent, SecLocations.under(base)) as client:
                print(f"{refresh_tickers(client):,} tickers saved to {safe_line(user_path())}")
        except EdgarError as exc:
            print(f"filings-chat: {safe_line(exc)}", file=sys.stderr)
            return 1
    if not args.tickers and not args.cik:
        return 0
    con = None if args.no_ingest else _patiently(lambda: _open_store(db), wait_s=INGEST_WAIT_S)
    try:
        with fetch_progress(sys.stderr.isatty()) as progress:
            run_ingest = None if con is None else store_ingest(con)
            report, cache_root = fetch_releases(args.tickers, args.cik, ingest_fn=run_ingest, since=args.since,
                                                until=args.until, limit=args.limit, agent=agent, base=base,
                                                progress=progress)
    finally:
        if con is not None:
            con.close()
    print_fetch_report(report, cache_root, None if con is None else db)
    return 1 if report.failed else 0


INGEST_WAIT_S = 600.0  # an ingest waits this long for readers (a long batch) to let go of the store
PAUSE_S = 0.2  # how long an ingest lets go of the store between two batches, for waiting readers


def _open_store(db: Path):
    from knowledge.store import connect
    return connect(db)


class StorePause:
    """Called by ingest between two batches: close the store, let a waiting reader in, open it again.
    DuckDB lets no other process open a file while one writes it, so without this pause every read
    command would wait for the whole ingest."""

    def __init__(self, db: Path, con):
        self.db, self.con = db, con

    def __call__(self):
        import time
        self.con.close()
        time.sleep(PAUSE_S)
        self.con = _patiently(lambda: _open_store(self.db), wait_s=INGEST_WAIT_S)
        return self.con


def _patiently(attempt, wait_s: float | None = None):
    """`attempt()` (an open of the store), waiting while another process holds the store, with a
    line on standard error when it has to wait (knowledge.store.waiting_for_store)."""
    from knowledge.store import READ_WAIT_S, store_wait_s, waiting_for_store
    return waiting_for_store(attempt, store_wait_s(READ_WAIT_S if wait_s is None else wait_s),
                             on_wait=lambda text: print(f"filings-chat: {text}", file=sys.stderr, flush=True))


def _existing_parent(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _engine(db: Path):
    from chat.engine import Engine
    return _patiently(lambda: Engine(db))


def cmd_ask(db: Path, args) -> int:
    engine = _engine(db)
    try:
        try:
            context = engine.context_for(args.company)
        except ValueError as exc:
            raise UserError(str(exc)) from None
        answer, _ = engine.ask(args.question, context)
    finally:
        engine.close()
    if args.json:
        print(json.dumps(answer.to_json(), default=str))  # ensure_ascii: control characters are escaped
    else:
        print(safe(answer.text))
    return 0 if answer.status == "answered" else 1  # abstained or asked back: scripts can tell


def cmd_batch(db: Path, args) -> int:
    from chat.batch import BatchRefused, BatchSource, JUnitReport, run_batch, survey
    # no output may be the questions, the store or the other output (by inode: any spelling, a hard link)
    questions = None if str(args.file) == "-" else args.file
    refuse_same_files([("the questions", questions), ("the store", db), ("--out", args.out), ("--junit", args.junit)])
    for target, what in ((args.out, "--out"), (args.junit, "--junit")):
        if target is not None:
            require_regular_file(target, what)  # a FIFO or device: refused now, not after every answer
            if target.is_dir():
                raise UserError(f"{what} {target} is a folder; name a file")
            if not _existing_dir(target.absolute().parent):
                raise UserError(f"{what} {target}: folder {target.absolute().parent} does not exist")
    try:
        source = BatchSource.open(args.file)
    except FileRefused as exc:
        raise UserError(str(exc)) from None
    with source, contextlib.ExitStack() as stack:
        try:
            total = survey(source)  # counts the questions, refuses duplicate ids before any is answered
        except BatchRefused as exc:
            raise UserError(str(exc)) from None
        engine = _engine(db)
        stack.callback(engine.close)
        report = JUnitReport(args.junit, source.name) if args.junit else None
        if report:
            stack.callback(report.close)
            # written after the answers are in place (the stack unwinds in reverse): a report that
            # cannot be written leaves the complete answers, and the old report, as they are
            stack.callback(report.write)
        # Started before standard output is looked up: on a terminal the bar prints it above itself.
        bar = stack.enter_context(_BatchProgress(total)) if sys.stderr.isatty() else None
        out = stack.enter_context(atomic_writer(args.out)) if args.out else sys.stdout

        def say(line: str) -> None:  # answers on stdout stay pure JSON lines for `| jq`
            print(line, file=sys.stdout if args.out else sys.stderr)

        tally = run_batch(engine, source.items(), out, say=say if args.check else None, junit_report=report,
                          done=bar, flush=not args.out, company=args.company)
    return 1 if tally.failed and args.check else 0


class _BatchProgress:
    """A rich progress bar on standard error (a terminal only): questions answered, rate, time left."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn,
                                   TimeRemainingColumn)
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task):
                return Text(f"{task.speed:,.0f} questions/s" if task.speed else "– questions/s",
                            style="progress.data.speed")

        self.progress = Progress(TextColumn("answering"), BarColumn(), MofNCompleteColumn(), Rate(),
                                 TimeRemainingColumn(), console=Console(stderr=True), transient=True,
                                 redirect_stdout=sys.stdout.isatty())  # a pipe keeps its own stream
        self.task = self.progress.add_task("batch", total=total)

    def __call__(self, n: int) -> None:
        self.progress.update(self.task, completed=n)

    def __enter__(self):
        self.progress.start()
        return self

    def __exit__(self, *exc):
        self.progress.stop()


def _existing_dir(path: Path) -> bool:
    return path.is_dir()


def _read_con(db: Path):
    from knowledge.store import connect
    return _patiently(lambda: connect(db, read_only=True))


def _emit(rows: list[dict], fmt: str, table_line, footer: str) -> None:
    if fmt == "json":
        print(json.dumps(rows, default=str, indent=1))
        return
    if fmt == "csv":
        if rows:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(list(rows[0]))
            for r in rows:
                writer.writerow(["" if v is None else safe_line(v) for v in r.values()])
        return
    for r in rows:
        print(table_line(r))
    print(footer)


def cmd_docs(db: Path, args) -> int:
    con = _read_con(db)
    try:
        cur = con.execute("SELECT file_name, coalesce(company, '(unknown)') AS company, coalesce(ticker, '') AS ticker, "
                          "coalesce(CAST(release_date AS TEXT), '') AS released, coalesce(period_label, '') AS period, "
                          "n_facts AS facts, coalesce(path, file_name) AS path "
                          "FROM documents ORDER BY company, release_date, file_name, path")
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()
    if args.format == "table":
        print(f"{'file':<34} {'company':<34} {'ticker':<7} {'released':<11} {'period':<10} {'facts':>5}")
    shared = _shared_names(r["file_name"] for r in rows)

    def line(r):
        return (f"{_file_column(r['file_name'], r['path'], shared):<34} {safe_line(r['company'])[:34]:<34} {safe_line(r['ticker']):<7} "
                f"{r['released']:<11} {safe_line(r['period']):<10} {r['facts']:>5}")
    _emit(rows, args.format, line, f"{len(rows)} documents")
    return 0


def _shared_names(names) -> set[str]:
    """File names that more than one stored document has (files of one name in different folders)."""
    seen: set[str] = set()
    return {n for n in names if n in seen or seen.add(n)}


def _file_column(name: str, path: str, shared: set[str], width: int = 34) -> str:
    """The file name, or, when other documents share it, the end of its path that tells them apart."""
    text = safe_line(path if name in shared else name)
    return text if len(text) <= width else "…" + text[-(width - 1):]


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


def cmd_facts(db: Path, args) -> int:
    from knowledge.vocabulary import company_key
    con = _read_con(db)
    try:
        sql = ("SELECT d.file_name AS file, f.line_no AS line, coalesce(d.company, '(unknown)') AS company, "
               "f.metric, f.basis, f.label, f.segment, f.period_label AS period, f.value, f.unit "
               "FROM facts f JOIN documents d USING (doc_id) WHERE 1=1")
        params: list = []
        if args.company:
            sql += " AND (f.company_key LIKE ? OR d.ticker = ?)"
            params += [f"%{company_key(args.company) or args.company.lower()}%", args.company.upper()]
        if args.metric:
            sql += " AND (f.metric = ? OR f.label ILIKE ?)"
            params += [args.metric, f"%{args.metric}%"]
        if args.period:
            fyes = [r[0] for r in con.execute("SELECT DISTINCT fye_month FROM documents WHERE fye_month IS NOT NULL")
                    .fetchall()]
            ors = []
            for fye, label in period_labels(args.period, fyes):
                if fye is None:
                    ors.append("f.period_label = ?")
                    params.append(label)
                else:
                    ors.append("(coalesce(d.fye_month, 12) = ? AND f.period_label = ?)")
                    params += [fye, label]
            sql += " AND (" + " OR ".join(ors) + ")"
        sql += " ORDER BY d.company, f.metric, f.period_end, d.file_name, f.line_no LIMIT ?"
        params.append(args.limit)
        cur = con.execute(sql, params)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()

    def line(r):
        seg = f" [{safe_line(r['segment'])}]" if r["segment"] else ""
        value = "" if r["value"] is None else f"{r['value']:,.2f}"
        metric = r["metric"] + (f" [{r['basis']}]" if r["basis"] else "")  # a non-GAAP figure or a part says so
        return (f"{safe_line(r['file'])}:{r['line']:<5} {safe_line(r['company'])[:24]:<24} {metric:<20} "
                f"{safe_line(r['period']):<12} {value:>16} {r['unit'] or '':<9} {safe_line(r['label'] or '')[:50]}{seg}")
    _emit(rows, args.format, line, f"{len(rows)} facts")
    return 0


def cmd_check(args) -> int:
    from knowledge.check import check_release, format_report, report_json
    from knowledge.ingest import checked_releases, release_files, usable_cores
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"filings-chat: {safe_line(p)}: no such file or folder", file=sys.stderr)
    present = [p for p in args.paths if p.exists()]
    if args.round_trip:  # the engine needs each document: read in this process
        from chat.roundtrip import round_trip
        checks = []
        for path in release_files(present):
            rc, doc = check_release(path)
            if doc is not None:
                rc.round_trip = round_trip(doc)
            checks.append(rc)
    else:  # each release under ingest's time and memory budget: one over it is an ERROR line
        checks = checked_releases(present, workers=usable_cores())
    report, ok = format_report(checks, verbose=args.verbose)
    # names and labels come from the documents: never raw control characters
    print(report_json(checks) if args.format == "json" else safe(report))
    return 0 if ok and not missing else 1


def cmd_serve(db: Path, args) -> int:
    try:
        from chat.serve import serve
    except ImportError:
        raise UserError("filings-chat serve needs textual-serve: pip install 'filings-chat[serve]'") from None
    try:
        with socket.create_server((args.host, args.port)):
            pass
    except OSError as exc:
        why = "is in use" if exc.errno == errno.EADDRINUSE else f"cannot be used ({exc.strerror or exc})"
        raise UserError(f"port {args.port} on {args.host} {why}; pick another with --port") from None
    command = f"{shlex.quote(sys.executable)} -m chat --db {shlex.quote(str(db))}"
    serve(command, host=args.host, port=args.port, max_sessions=args.max_sessions)
    return 0
