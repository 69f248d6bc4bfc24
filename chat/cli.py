"""The `filings-chat` command: ingest, ask, batch, docs, facts, serve, and the chat TUI by default."""
from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from importlib import resources
from pathlib import Path

from knowledge.store import StoreError, connect, default_db_path

SAMPLE_PACKAGE = "knowledge.sample_data"


def sample_dir() -> Path:
    return Path(str(resources.files(SAMPLE_PACKAGE)))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="filings-chat", description="Ask questions of company earnings releases; "
                                "every figure comes with the line it stands on.")
    p.add_argument("--db", type=Path, help="DuckDB store (default: $FILINGS_CHAT_DB, else your data directory, "
                                           "filled with the bundled sample releases on first use)")
    sub = p.add_subparsers(dest="command")
    ing = sub.add_parser("ingest", help="parse releases (files or folders, recursively) into the store")
    ing.add_argument("paths", nargs="+", type=Path)
    ing.add_argument("--company", help="name the company of documents that never name it")
    ing.add_argument("--ticker", help="with --company: its ticker")
    ing.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="parsing processes (default: all cores)")
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    bat = sub.add_parser("batch", help="answer every question of a .jsonl or .txt file")
    bat.add_argument("file", type=Path)
    bat.add_argument("--out", type=Path, help="write answer objects here (default: standard output)")
    bat.add_argument("--check", action="store_true", help="compare with each line's expect; exit 1 on any failure")
    bat.add_argument("--junit", type=Path, help="write a JUnit XML report")
    sub.add_parser("docs", help="list the documents in the store")
    facts = sub.add_parser("facts", help="list facts in the store")
    facts.add_argument("--company")
    facts.add_argument("--metric")
    facts.add_argument("--period", help="a period label such as 'Q3 2007' or '2007-09-30'")
    facts.add_argument("--limit", type=int, default=200)
    serve = sub.add_parser("serve", help="serve the chat in a browser on localhost")
    serve.add_argument("--port", type=int, default=8000)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db = args.db or default_db_path()
    try:
        if args.command != "ingest" and args.db is None:
            ensure_sample(db)
        if args.command == "ingest":
            return cmd_ingest(db, args)
        if args.command == "ask":
            return cmd_ask(db, args)
        if args.command == "batch":
            return cmd_batch(db, args)
        if args.command == "docs":
            return cmd_docs(db)
        if args.command == "facts":
            return cmd_facts(db, args)
        if args.command == "serve":
            return cmd_serve(db, args)
        from chat.tui.app import run_app
        return run_app(db)
    except StoreError as exc:  # busy, unreadable, read-only, newer schema, full disk: one line
        print(f"filings-chat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`: stop quietly
        sys.stdout = open(os.devnull, "w")
        return 0


def ensure_sample(db: Path) -> None:
    """The default store answers right after install: fill it with the bundled releases once."""
    con = connect(db)
    try:
        if con.execute("SELECT count(*) FROM documents").fetchone()[0] == 0:
            from knowledge.ingest import ingest
            ingest(con, [sample_dir()])
    finally:
        con.close()


def cmd_ingest(db: Path, args) -> int:
    from knowledge.ingest import ingest
    con = connect(db)
    show = sys.stderr.isatty()

    def progress(n: int, total: int, name: str) -> None:
        if show:
            width = 30
            done = int(width * n / max(total, 1))
            sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{total} {name[:40]:<40}")
            sys.stderr.flush()

    try:
        report = ingest(con, args.paths, company=args.company, ticker=args.ticker, progress=progress,
                        workers=args.workers)
    finally:
        con.close()
    if show:
        sys.stderr.write("\n")
    for _, reason in report.failures:
        print(f"failed: {reason}", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    rate = report.documents / report.seconds if report.seconds else 0.0
    print(f"{'documents':<12}{'facts':>8}{'unchanged':>11}{'failures':>10}{'seconds':>9}")
    print(f"{report.documents:<12}{report.facts:>8}{report.unchanged:>11}{len(report.failures):>10}"
          f"{report.seconds:>9.2f}")
    if report.documents:
        print(f"({rate:.0f} releases/s) into {db}")
    return 1 if report.failures else 0


def _engine(db: Path):
    from chat.engine import Engine
    return Engine(db)


def cmd_ask(db: Path, args) -> int:
    engine = _engine(db)
    answer, _ = engine.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_json(), default=str))
    else:
        print(answer.text)
    return 0


def cmd_batch(db: Path, args) -> int:
    from chat.batch import check, junit, read_batch, run, verify_citations
    if not args.file.exists():
        print(f"filings-chat: {args.file}: no such file", file=sys.stderr)
        return 2
    engine = _engine(db)
    results = run(engine, list(read_batch(args.file)))
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for _, answer in results:
            out.write(json.dumps(answer.to_json(), default=str) + "\n")
    finally:
        if args.out:
            out.close()
    if not (args.check or args.junit):
        return 0
    checked = [(item, answer, check(item, answer) or verify_citations(engine, answer)) for item, answer in results]
    if args.junit:
        junit(checked, args.junit, args.file.stem)
    failed = [(i, a, f) for i, a, f in checked if f]
    if args.check:
        print(f"{'id':<8} {'result':<6} {'status':<10} {'value':>18}  question")
        for item, answer, why in checked:
            value = "" if answer.value is None else f"{answer.value:,.2f}"
            line = f"{item.id:<8} {'FAIL' if why else 'ok':<6} {answer.status:<10} {value:>18}  {item.question[:50]}"
            print(line + (f"  <- {why}" if why else ""))
        print(f"{len(checked) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed and args.check else 0


def cmd_docs(db: Path) -> int:
    con = connect(db, read_only=True)
    rows = con.execute("SELECT file_name, coalesce(company, '(unknown)'), coalesce(ticker, ''), "
                       "coalesce(CAST(release_date AS TEXT), ''), coalesce(period_label, ''), n_facts "
                       "FROM documents ORDER BY company, release_date, file_name").fetchall()
    print(f"{'file':<34} {'company':<34} {'ticker':<7} {'released':<11} {'period':<10} {'facts':>5}")
    for r in rows:
        print(f"{r[0][:34]:<34} {r[1][:34]:<34} {r[2]:<7} {r[3]:<11} {r[4]:<10} {r[5]:>5}")
    print(f"{len(rows)} documents")
    return 0


def cmd_facts(db: Path, args) -> int:
    from knowledge.vocabulary import company_key
    con = connect(db, read_only=True)
    sql = ("SELECT d.file_name, f.line_no, coalesce(d.company, '(unknown)'), f.metric, f.label, f.segment, "
           "f.period_label, f.value, f.unit FROM facts f JOIN documents d USING (doc_id) WHERE 1=1")
    params: list = []
    if args.company:
        sql += " AND (f.company_key LIKE ? OR d.ticker = ?)"
        params += [f"%{company_key(args.company) or args.company.lower()}%", args.company.upper()]
    if args.metric:
        sql += " AND (f.metric = ? OR f.label ILIKE ?)"
        params += [args.metric, f"%{args.metric}%"]
    if args.period:
        sql += " AND f.period_label = ?"
        params.append(args.period)
    sql += " ORDER BY d.company, f.metric, f.period_end, d.file_name, f.line_no LIMIT ?"
    params.append(args.limit)
    rows = con.execute(sql, params).fetchall()
    for r in rows:
        seg = f" [{r[5]}]" if r[5] else ""
        print(f"{r[0]}:{r[1]:<5} {r[2][:24]:<24} {r[3]:<20} {r[6]:<12} {r[7]:>16,.2f} {r[8]:<9} {r[4][:50]}{seg}")
    print(f"{len(rows)} facts")
    return 0


def cmd_serve(db: Path, args) -> int:
    try:
        from textual_serve.server import Server
    except ImportError:
        print("filings-chat serve needs textual-serve: pip install 'filings-chat[serve]'", file=sys.stderr)
        return 2
    Server(f"{shlex.quote(sys.executable)} -m chat --db {shlex.quote(str(db))}", port=args.port).serve()
    return 0
