"""The `filings-chat` command: ingest, ask, batch, docs, facts, serve, and the chat TUI by default.

Every failure a user can cause (a wrong --db, a missing folder, a busy port) ends in one line on
standard error and a non-zero exit, never a traceback. Text from documents is printed through
`chat.safe_text`, so control characters in a release never reach the terminal raw.
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import json
import os
import shlex
import socket
import sys
from importlib import resources
from pathlib import Path

from chat.errors import describe_error
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
    ing.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parsing processes (default: all cores)")
    ask = sub.add_parser("ask", parents=[common], help="answer one question")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    bat = sub.add_parser("batch", parents=[common], help="answer every question of a .jsonl or .txt file")
    bat.add_argument("file", type=Path, help=".jsonl (one question object a line) or .txt (one question a line)")
    bat.add_argument("--out", type=Path, help="write answer objects here (default: standard output)")
    bat.add_argument("--check", action="store_true", help="compare with each line's expect and print a table "
                     "(to standard error when the answers go to standard output); exit 1 on any failure")
    bat.add_argument("--junit", type=Path, help="write a JUnit XML report")
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
    chk.add_argument("--verbose", action="store_true", help="also list prose figures that disagree with the tables")
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
    except UserError as exc:
        print(f"filings-chat: {safe_line(exc)}", file=sys.stderr)
        return 2
    except Exception as exc:  # the store, the disk, the network: one line, never a traceback
        if os.environ.get("FILINGS_CHAT_DEBUG"):
            raise
        print(f"filings-chat: {describe_error(exc)}", file=sys.stderr)
        return 2 if _is_store_busy(exc) else 1


def _dispatch(args) -> int:
    if args.command == "check":
        return cmd_check(args)
    if args.command is None and not os.environ.get("TEXTUAL_DRIVER") and not (sys.stdout.isatty() and sys.stdin.isatty()):
        raise UserError("the chat needs a terminal; for scripts use `filings-chat ask \"QUESTION\"` or "
                        "`filings-chat batch FILE` (see --help)")
    db = args.db or _default_db()
    check_store(db, must_exist=args.db is not None and args.command in READ_COMMANDS)
    if args.command != "ingest" and args.db is None:
        ensure_sample(db)
    commands = {"ingest": cmd_ingest, "ask": cmd_ask, "batch": cmd_batch, "docs": cmd_docs, "facts": cmd_facts,
                "serve": cmd_serve}
    if args.command in commands:
        return commands[args.command](db, args)
    from chat.tui.app import run_app
    return run_app(db)


def _default_db() -> Path:
    from knowledge.store import default_db_path
    return default_db_path()


def check_store(db: Path, must_exist: bool) -> None:
    """Refuse, in one line, a --db that cannot be a store, before anything opens or creates it."""
    if db.is_dir():
        raise UserError(f"{db} is a folder; --db names a store file such as {db / 'filings.duckdb'}")
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
    """The default store answers right after install: fill it with the bundled releases once."""
    from knowledge.store import connect
    con = connect(db)
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
    try:
        return ingest(con, paths, progress=progress, **kw)
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception as first:
        if store_level(first):
            raise  # the disk or the store failed, not a file: one line says so
        report = IngestReport()
        files = list(release_files(paths))
        for n, f in enumerate(files, 1):
            try:
                one = ingest(con, [f], **kw)
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
    from knowledge.ingest import release_files
    if db.exists() and not os.access(db, os.W_OK) or not db.exists() and not os.access(_existing_parent(db), os.W_OK):
        raise UserError(f"{db}: cannot be written (read-only location)")
    con = _connect_patiently(db)
    try:
        if sys.stderr.isatty():
            with _FileProgress(list(release_files(args.paths))) as bar:
                report = ingest_resilient(con, args.paths, company=args.company, ticker=args.ticker, period=args.period, progress=bar,
                                          workers=args.workers)
        else:
            report = ingest_resilient(con, args.paths, company=args.company, ticker=args.ticker, period=args.period,
                                      workers=args.workers)
    finally:
        con.close()
    for _, reason in report.failures:
        print(f"failed: {safe_line(reason)}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {safe_line(warning)}", file=sys.stderr)
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"{'documents':<12}{'facts':>8}{'unchanged':>11}{'failures':>10}{'seconds':>9}")
    print(f"{report.documents:<12}{report.facts:>8}{report.unchanged:>11}{len(report.failures):>10}"
          f"{report.seconds:>9.2f}")
    if report.documents:
        print(f"({rate:.0f} releases/s) into {safe_line(db)}")
    return 1 if report.failures else 0


def _connect_patiently(db: Path, wait_s: float = 3.0):
    """Open for writing; a chat reading the store holds it for milliseconds at a time, so retry briefly
    before saying it is in use."""
    import time
    from knowledge.store import StoreBusy, connect
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return connect(db)
        except StoreBusy:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _existing_parent(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _engine(db: Path):
    from chat.engine import Engine
    return Engine(db)


def cmd_ask(db: Path, args) -> int:
    engine = _engine(db)
    try:
        answer, _ = engine.ask(args.question)
    finally:
        engine.close()
    if args.json:
        print(json.dumps(answer.to_json(), default=str))  # ensure_ascii: control characters are escaped
    else:
        print(safe(answer.text))
    return 0


def cmd_batch(db: Path, args) -> int:
    from chat.batch import BatchRefused, BatchSource, JUnitReport, run_batch, survey
    from chat.files import FileRefused, atomic_writer
    for target, what in ((args.out, "--out"), (args.junit, "--junit")):
        if target is not None:
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
        # Started before standard output is looked up: on a terminal the bar prints it above itself.
        bar = stack.enter_context(_BatchProgress(total)) if sys.stderr.isatty() else None
        out = stack.enter_context(atomic_writer(args.out)) if args.out else sys.stdout

        def say(line: str) -> None:  # answers on stdout stay pure JSON lines for `| jq`
            print(line, file=sys.stdout if args.out else sys.stderr)

        tally = run_batch(engine, source.items(), out, say=say if args.check else None, junit_report=report,
                          done=bar, flush=not args.out)
        if report:
            report.write()
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
    return connect(db, read_only=True)


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
                          "n_facts AS facts FROM documents ORDER BY company, release_date, file_name")
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    finally:
        con.close()
    if args.format == "table":
        print(f"{'file':<34} {'company':<34} {'ticker':<7} {'released':<11} {'period':<10} {'facts':>5}")

    def line(r):
        return (f"{safe_line(r['file_name'])[:34]:<34} {safe_line(r['company'])[:34]:<34} {safe_line(r['ticker']):<7} "
                f"{r['released']:<11} {safe_line(r['period']):<10} {r['facts']:>5}")
    _emit(rows, args.format, line, f"{len(rows)} documents")
    return 0


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
    from knowledge.check import check_path, format_report
    from knowledge.ingest import release_files
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"filings-chat: {safe_line(p)}: no such file or folder", file=sys.stderr)
    checks = [check_path(path) for path in release_files([p for p in args.paths if p.exists()])]
    report, ok = format_report(checks, verbose=args.verbose)
    print(safe(report))  # names and labels come from the documents: never raw control characters
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
