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
from chat.files import FileRefused, atomic_writer, refuse_same_files, require_regular_file
from chat.safe_text import safe, safe_line

SAMPLE_PACKAGE = "knowledge.sample_data"
READ_COMMANDS = {None, "ask", "batch", "docs", "facts", "serve"}
DB_ENV = "FILINGS_CHAT_DB"


EPILOG = """examples:
  filings-chat ingest ~/releases                 parse a folder of releases into your store
  filings-chat ask "Q3 2024 revenue growth"      one answer, with the lines it stands on
  filings-chat ask "revenue Q4 FY24" --company ACME --json
  filings-chat facts total assets --period "Q3 2024"
  filings-chat batch questions.jsonl --check     answer a file of questions, compare with expectations
  filings-chat fetch ACME --since 2020-01-01     download and ingest releases from SEC EDGAR
  filings-chat                                   the chat (F1 there: what can I ask?)

settings: config.toml in your config directory (~/.config/filings-chat/ on Linux; $FILINGS_CHAT_CONFIG
names another): store, company, export_dir, theme, [keys], [fetch] user_agent.
completion: eval "$(filings-chat completion bash)" (also zsh, fish)"""

COMPLETION_EPILOG = """install:
  bash   echo 'eval "$(filings-chat completion bash)"' >> ~/.bashrc
  zsh    echo 'eval "$(filings-chat completion zsh)"' >> ~/.zshrc
  fish   filings-chat completion fish > ~/.config/fish/completions/filings-chat.fish"""


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
                                "every figure comes with the line it stands on. Without a command: the chat.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
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
    facts.add_argument("words", nargs="*", metavar="WORD", help="words each listed fact holds in some column "
                       "(company, metric, label, segment, period, file), in any order")
    facts.add_argument("--company", help="company name or ticker (part of the name is enough); none matching: "
                       "exit 1 with the companies held")
    facts.add_argument("--metric", help="a metric key or name such as 'revenue' (that metric only, never 'cost of "
                       "revenue'), or words of the printed label")
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
    comp = sub.add_parser("completion", help="print a shell completion script (bash, zsh or fish)",
                          epilog=COMPLETION_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    comp.add_argument("shell", choices=["bash", "zsh", "fish"], help="the shell to complete in")
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
    if args.command == "completion":
        from chat.completion import script
        print(script(build_parser(), args.shell))
        return 0
    from chat.session import ConfigError, user_settings
    try:
        settings = user_settings()
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    if getattr(args, "company", None) is None and args.command in ("ask", "batch"):
        args.company = settings.company  # the config file's default company; --company wins
    db, named_by = _store(args, settings)
    if named_by not in (None, "--db") and not db.exists() and args.command in READ_COMMANDS:
        # a default named outside the command line that is not there (a typo): said, nothing created
        # there on a read, and the store of the data directory is read instead
        from chat.session import default_store
        fallback = default_store()
        print(f"filings-chat: warning: {named_by} names {safe_line(db)}, which does not exist; nothing was "
              f"created there (`filings-chat ingest PATH` creates it); reading {safe_line(fallback)}", file=sys.stderr)
        db, named_by = fallback, None
    check_store(db, must_exist=named_by == "--db" and args.command in READ_COMMANDS)
    if args.command not in ("ingest", "fetch") and named_by != "--db":
        ensure_sample(db)  # an empty default store (data directory, $FILINGS_CHAT_DB, config) answers at once
    commands = {"ingest": cmd_ingest, "fetch": cmd_fetch, "ask": cmd_ask, "batch": cmd_batch, "docs": cmd_docs, "facts": cmd_facts,
                "serve": cmd_serve}
    if args.command in ("ingest", "fetch", "ask", "batch", "docs", "facts"):
        return commands[args.command](_session(db), args)
    if args.command in commands:
        return commands[args.command](db, args)
    from chat.tui.app import run_app
    return run_app(db, settings)


def _store(args, settings) -> tuple[Path, str | None]:
    """The store and what named it: --db, else $FILINGS_CHAT_DB, else the config file's `store`, else
    the default store in the data directory (None: the one filled with the samples on first use)."""
    from chat.session import default_store
    if args.db is not None:
        return args.db, "--db"
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser(), f"${DB_ENV}"
    if settings.store is not None:
        return settings.store, "the config file"
    return default_store(), None


INGEST_WAIT_S = 600.0  # an ingest waits this long for readers (a long batch) to let go of the store


def _session(db: Path):
    """The core, for every command that reads or writes the store: a read waits for an ingest
    (another process) to let go of the store, $FILINGS_CHAT_WAIT_S or 60 s, an ingest up to 10 minutes
    for readers, with a line on standard error when it has to wait."""
    from chat.session import Session, patient_wait_s, read_wait_s
    return Session(db, on_wait=lambda text: print(f"filings-chat: {text}", file=sys.stderr, flush=True),
                   wait_limit_s=read_wait_s(), write_wait_s=patient_wait_s(INGEST_WAIT_S))


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
    _session(db).ensure_samples(sample_dir())


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


def cmd_ingest(session, args) -> int:
    from chat.session import period_problem, plural, release_files, usable_cores
    if args.period and period_problem(args.period):  # one line now, not a failure per file later
        raise UserError(period_problem(args.period))
    db = session.db_path
    if db.exists() and not os.access(db, os.W_OK) or not db.exists() and not os.access(_existing_parent(db), os.W_OK):
        raise UserError(f"{db}: cannot be written (read-only location)")
    workers = usable_cores() if args.workers is None else args.workers
    if workers < 1:
        raise UserError(f"--workers {workers}: name at least 1")
    if workers > usable_cores():
        print(f"note: --workers {workers} lowered to {usable_cores()}, the cores this machine gives it "
              f"(more processes only add memory)", file=sys.stderr)
        workers = usable_cores()
    present = [p for p in args.paths if os.path.lexists(p)]
    if present and not release_files(present):  # a folder of no releases is a mistake, not "0 documents"
        print(f"filings-chat: no release files found in {', '.join(safe_line(p) for p in present)}", file=sys.stderr)
        return 1
    # pause: the store is let go between two batches, so reads of other processes get in
    kw = dict(company=args.company, ticker=args.ticker, period=args.period, workers=workers, pause=True)
    if sys.stderr.isatty():
        with _FileProgress(release_files(args.paths)) as bar:
            report = session.ingest(args.paths, progress=bar, **kw)
    else:
        report = session.ingest(args.paths, **kw)
    for _, reason in report.failures:
        print(f"failed: {safe_line(reason)}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {safe_line(warning)}", file=sys.stderr)
    for name, why in report.skipped:
        print(f"skipped: {safe_line(name)}: {why}", file=sys.stderr)
    if report.reread:
        print(f"note: {plural(report.reread, 'document')} stored by an earlier version of the reader "
              f"{'was' if report.reread == 1 else 'were'} read again", file=sys.stderr)
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"{'documents':<12}{'facts':>8}{'unchanged':>11}{'failures':>10}{'seconds':>9}")
    print(f"{report.documents:<12}{report.facts:>8}{report.unchanged:>11}{len(report.failures):>10}"
          f"{report.seconds:>9.2f}")
    if report.documents:
        print(f"Ingested {plural(report.documents, 'document')}, {plural(report.facts, 'fact')} "
              f"({rate:.0f} releases/s) into {safe_line(db)}")
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


def cmd_fetch(session, args) -> int:
    """Fetch releases from EDGAR (knowledge.edgar) and ingest them through the session."""
    from chat.fetching import fetch_progress, print_fetch_report
    from chat.session import FetchError, FetchSettingsError, fetch_settings, refresh_ticker_list
    try:
        agent, base = fetch_settings(args.user_agent, args.sec_url)
    except FetchSettingsError as exc:
        raise UserError(str(exc)) from None
    if not args.tickers and not args.cik and not args.refresh_tickers:
        raise UserError("name at least one ticker (e.g. `filings-chat fetch AAPL`) or --cik N")
    if args.since and args.until and args.since > args.until:
        raise UserError(f"--since {args.since} is after --until {args.until}: no filing can be in that range")
    if args.refresh_tickers:
        try:
            count, saved = refresh_ticker_list(agent, base)
            print(f"{count:,} tickers saved to {safe_line(saved)}")
        except FetchError as exc:
            print(f"filings-chat: {safe_line(exc)}", file=sys.stderr)
            return 1
    if not args.tickers and not args.cik:
        return 0
    with fetch_progress(sys.stderr.isatty()) as progress:
        report, cache_root = session.fetch(args.tickers, args.cik, ingest=not args.no_ingest, since=args.since,
                                           until=args.until, limit=args.limit, agent=agent, base=base,
                                           progress=progress)
    print_fetch_report(report, cache_root, None if args.no_ingest else session.db_path)
    return 1 if report.failed else 0


def _existing_parent(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def cmd_ask(session, args) -> int:
    try:
        context = session.context_for(args.company)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    answer, _ = session.ask(args.question, context)
    if args.json:
        print(json.dumps(answer.to_json(), default=str))  # ensure_ascii: control characters are escaped
    else:
        print(safe(answer.text))
    return 0 if answer.status == "answered" else 1  # abstained or asked back: scripts can tell


def cmd_batch(session, args) -> int:
    from chat.batch import BatchRefused, BatchSource, JUnitReport, run_batch, survey
    # no output may be the questions, the store or the other output (by inode: any spelling, a hard link)
    questions = None if str(args.file) == "-" else args.file
    refuse_same_files([("the questions", questions), ("the store", session.db_path), ("--out", args.out),
                       ("--junit", args.junit)])
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
        engine = stack.enter_context(session.engine_open())
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


def _emit(rows: list[dict], fmt: str, header: str, table_line, footer: str) -> None:
    """JSON (null where a value is unknown), CSV (empty), or a table with a header row and a count."""
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
    print(header)
    for r in rows:
        print(table_line(r))
    print(footer)


def _cell(value, width: int) -> str:
    """A table cell: '—' where the store does not know the value, cut to its width."""
    text = "—" if value is None or value == "" else safe_line(value)
    return text[:width]


def cmd_docs(session, args) -> int:
    from chat.session import plural
    rows = [{k: r[k] for k in ("file_name", "company", "ticker", "released", "period", "facts", "lines", "path")}
            for r in session.documents()]
    header = f"{'file':<34} {'company':<34} {'ticker':<7} {'released':<11} {'period':<10} {'facts':>5}"
    shared = _shared_names(r["file_name"] for r in rows)

    def line(r):
        return (f"{_file_column(r['file_name'], r['path'], shared):<34} {_cell(r['company'], 34):<34} "
                f"{_cell(r['ticker'], 7):<7} {_cell(r['released'], 11):<11} {_cell(r['period'], 10):<10} "
                f"{r['facts'] or 0:>5}")
    _emit(rows, args.format, header, line, plural(len(rows), "document"))
    return 0


def _shared_names(names) -> set[str]:
    """File names that more than one stored document has (files of one name in different folders)."""
    seen: set[str] = set()
    shared: set[str] = set()
    for name in names:
        (shared if name in seen else seen).add(name)
    return shared


def _file_column(name: str, path: str | None, shared: set[str], width: int = 34) -> str:
    """The file name, or, when other documents share it, the end of its path that tells them apart."""
    text = safe_line(path if name in shared and path else name)
    return text if len(text) <= width else "…" + text[-(width - 1):]


def cmd_facts(session, args) -> int:
    from chat.session import NoSuchCompany, plural, scaled_cell
    try:
        page = session.facts(args.words, company=args.company, metric=args.metric, period=args.period,
                             limit=args.limit)
    except NoSuchCompany as exc:
        print(f"filings-chat: no company in the store matches {safe_line(exc.name)!r}; it holds:", file=sys.stderr)
        for name, ticker in exc.held:
            print(f"  {safe_line(name)}" + (f" ({safe_line(ticker)})" if ticker else ""), file=sys.stderr)
        return 1
    keys = ("file", "line", "company", "ticker", "metric", "metric_key", "basis", "label", "segment", "period",
            "value", "unit", "doubted")
    rows = [{k: (r[k] if r[k] != "" else None) for k in keys} for r in page.rows]
    header = (f"{'source':<30} {'company':<24} {'metric':<28} {'period':<12} {'value':>14} {'unit':<15} "
              f"printed label [segment]")

    def line(r):
        seg = f" [{safe_line(r['segment'])}]" if r["segment"] else ""
        seg += f" — {safe_line(r['doubted'])}" if r["doubted"] else ""  # never listed as plain fact
        value, scale = scaled_cell(r["value"], r["unit"])
        source = f"{safe_line(r['file'])}:{r['line']}"
        return (f"{source[:30]:<30} {_cell(r['company'], 24):<24} {_cell(r['metric'], 28):<28} "
                f"{_cell(r['period'], 12):<12} {value:>14} {scale:<15} {safe_line(r['label'] or '')[:50]}{seg}")
    _emit(rows, args.format, header, line, plural(len(rows), "fact"))
    return 0


def cmd_check(args) -> int:
    from chat.session import check_releases
    missing = [p for p in args.paths if not p.exists()]
    for p in missing:
        print(f"filings-chat: {safe_line(p)}: no such file or folder", file=sys.stderr)
    report, ok = check_releases([p for p in args.paths if p.exists()], round_trip=args.round_trip,
                                verbose=args.verbose, as_json=args.format == "json")
    # names and labels come from the documents: never raw control characters (JSON escapes them)
    print(report if args.format == "json" else safe(report))
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
