"""The command line as a user meets it: one clear line for every mistake, never a traceback,
no control character from a document written raw, output that pipes cleanly."""
import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from chat.cli import _FileProgress, build_parser, main
from chat.errors import describe_error
from chat.safe_text import safe, safe_line
from conftest import SAMPLES

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()
ESC_NAME = "rel\x1b]52;c;ZXZpbA==\x07\x1b[31m.txt"


def run_cli(*args, stdin=subprocess.DEVNULL, env=None):
    return subprocess.run([sys.executable, "-m", "chat", *args], capture_output=True, stdin=stdin,
                          env={**os.environ, **(env or {})}, timeout=120)


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.fixture(scope="module")
def esc_db(tmp_path_factory) -> Path:
    """A store whose document is named with an OSC 52 clipboard write and a colour escape."""
    folder = tmp_path_factory.mktemp("esc")
    (folder / ESC_NAME).write_text(SEED)
    db = folder / "esc.duckdb"
    assert main(["--db", str(db), "ingest", str(folder / ESC_NAME)]) == 0
    return db


# -- one clear line, non-zero exit -------------------------------------------------------------
def test_db_naming_a_folder(tmp_path, capsys):
    assert main(["--db", str(tmp_path), "ask", "Q3 2007 revenue"]) == 2
    assert "is a folder" in one_line_error(capsys.readouterr().err)


def test_db_that_is_not_a_store(tmp_path, capsys):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("shopping list\n" * 100)
    for command in (["docs"], ["facts"], ["ask", "x"], ["ingest", str(SAMPLES)]):
        assert main(["--db", str(bogus), *command]) == 2
        assert "not a filings-chat store" in one_line_error(capsys.readouterr().err)
    assert bogus.read_text().startswith("shopping list")  # left untouched


@pytest.mark.parametrize("command", [["ask", "Q3 2007 revenue"], ["docs"], ["facts"], ["batch", "QUESTIONS"]])
def test_mistyped_db_on_a_read_command_creates_nothing(tmp_path, capsys, command):
    questions = tmp_path / "q.txt"
    questions.write_text("Q3 2007 revenue\n")
    command = [str(questions) if c == "QUESTIONS" else c for c in command]
    typo = tmp_path / "filngs.duckdb"
    assert main(["--db", str(typo), *command]) == 2
    line = one_line_error(capsys.readouterr().err)
    assert "no such store" in line and "ingest" in line
    assert not typo.exists()


def test_ingest_creates_the_store(tmp_path, capsys):
    db = tmp_path / "new.duckdb"
    assert main(["--db", str(db), "ingest", str(SAMPLES)]) == 0
    assert db.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through read-only permissions")
def test_read_only_location(tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["--db", str(folder / "s.duckdb"), "ingest", str(SAMPLES)]) == 2
        assert "cannot be written" in one_line_error(capsys.readouterr().err)
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc, which not even root can write")
@pytest.mark.parametrize("where", ["/proc/filings-chat/s.duckdb", "/proc/s.duckdb"])
def test_unwritable_location_even_for_root(where, capsys):
    assert main(["--db", where, "ingest", str(SAMPLES)]) != 0
    assert "/proc" in one_line_error(capsys.readouterr().err)


def test_batch_out_into_a_missing_folder(seed_db, tmp_path, capsys):
    questions = tmp_path / "q.txt"
    questions.write_text("Q3 2007 revenue\n")
    assert main(["--db", str(seed_db), "batch", str(questions), "--out", str(tmp_path / "nope" / "a.jsonl")]) == 2
    assert "does not exist" in one_line_error(capsys.readouterr().err)


def test_serve_on_a_busy_port(seed_db, capsys):
    pytest.importorskip("textual_serve")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["--db", str(seed_db), "serve", "--port", str(port)]) == 2
    assert f"port {port}" in one_line_error(capsys.readouterr().err)


def test_store_errors_are_one_line(seed_db, monkeypatch, capsys):
    """Whatever the store raises (e.g. another schema version) is printed as its message, in one line."""
    import knowledge.store

    class SchemaVersionError(Exception):
        pass

    def refuse(*a, **k):
        raise SchemaVersionError("store schema 7 is newer than this filings-chat (schema 3);\nupgrade filings-chat")
    monkeypatch.setattr(knowledge.store, "connect", refuse)
    assert main(["--db", str(seed_db), "docs"]) == 1
    assert one_line_error(capsys.readouterr().err) == ("filings-chat: store schema 7 is newer than this "
                                                       "filings-chat (schema 3); upgrade filings-chat")


def test_a_full_disk_is_named_not_the_failed_rollback():
    try:
        try:
            raise OSError(28, "No space left on device", "/data/s.duckdb.wal")
        except OSError:
            raise RuntimeError("TransactionContext Error: cannot rollback - no transaction is active")
    except RuntimeError as exc:
        assert describe_error(exc).startswith("No space left on device")
    try:
        try:
            raise ValueError("IO Error: Could not write file: disk quota exceeded")
        except ValueError:
            raise RuntimeError("cannot rollback - no transaction is active")
    except RuntimeError as exc:
        assert describe_error(exc) == "IO Error: Could not write file: disk quota exceeded"


# -- arguments -----------------------------------------------------------------------------------
def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.startswith("filings-chat ")


def test_every_argument_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for p in [parser, *sub.choices.values()]:
        for action in p._actions:
            assert action.help, f"{p.prog}: {action.dest} has no help"


def test_db_after_the_command(seed_db, capsys):
    assert main(["ask", "Q3 2007 revenue", "--json", "--db", str(seed_db)]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == 6637000


def test_facts_accepts_loose_periods(seed_db, capsys):
    assert main(["--db", str(seed_db), "facts", "--period", "Q3 2007", "--format", "json", "--limit", "1000"]) == 0
    exact = json.loads(capsys.readouterr().out)
    assert exact and {r["period"] for r in exact} == {"Q3 2007"}
    for loose in ("q3 2007", "third quarter of 2007", "Q3 FY07"):
        assert main(["--db", str(seed_db), "facts", "--period", loose, "--format", "json", "--limit", "1000"]) == 0
        assert json.loads(capsys.readouterr().out) == exact, loose
    assert main(["--db", str(seed_db), "facts", "--period", "9/30/2007", "--format", "json"]) == 0
    assert {r["period"] for r in json.loads(capsys.readouterr().out)} == {"2007-09-30"}


def test_docs_and_facts_formats(seed_db, capsys):
    import csv
    import io
    assert main(["--db", str(seed_db), "docs", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert len(docs) == 2 and {"file_name", "company", "facts"} <= set(docs[0])
    assert main(["--db", str(seed_db), "docs", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["file_name"] for r in rows] == [d["file_name"] for d in docs]
    assert main(["--db", str(seed_db), "facts", "--metric", "revenue", "--format", "csv", "--limit", "5"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 5 and all(float(r["value"]) for r in rows) and rows[0]["line"].isdigit()
    assert main(["--db", str(seed_db), "facts", "--limit", "3"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "3 facts"


def test_plain_chat_without_a_terminal(seed_db):
    result = run_cli("--db", str(seed_db))
    assert result.returncode != 0
    assert result.stdout == b"" and b"\x1b" not in result.stderr
    assert b"needs a terminal" in result.stderr and b"Traceback" not in result.stderr


def test_batch_check_keeps_stdout_for_answers(seed_db, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "a", "question": "Q3 2007 revenue", "expect": {"kind": "value", "value": 6637000}}\n'
                         '{"id": "b", "question": "Q3 2007 revenue", "expect": {"kind": "abstain"}}\n')
    result = run_cli("--db", str(seed_db), "batch", str(questions), "--check")
    assert result.returncode == 1
    answers = [json.loads(l) for l in result.stdout.decode().splitlines()]  # pure JSON lines: `| jq` works
    assert [a["id"] for a in answers] == ["a", "b"]
    assert result.stderr.decode().splitlines()[-1] == "1 passed, 1 failed"
    out = tmp_path / "answers.jsonl"
    result = run_cli("--db", str(seed_db), "batch", str(questions), "--check", "--out", str(out))
    assert result.stdout.decode().splitlines()[-1] == "1 passed, 1 failed" and result.stderr == b""
    assert len(out.read_text().splitlines()) == 2


# -- batch robustness ----------------------------------------------------------------------------
def test_a_bad_line_costs_only_that_line(seed_db, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_bytes(b'{"id": "a", "question": "Q3 2007 revenue"}\n'
                          b'{"id": "b", "question": "Q3 \xff\xfe 2007 revenue"}\n'
                          + b"[" * 100000 + b"\n"
                          + b'{"id": "d", "question": "Q3 2006 revenue"}\n')
    out = tmp_path / "a.jsonl"
    assert main(["--db", str(seed_db), "batch", str(questions), "--out", str(out)]) == 0
    answers = [json.loads(l) for l in out.read_text().splitlines()]
    assert [a["status"] for a in answers] == ["answered", "abstained", "abstained", "answered"]
    assert "UTF-8" in answers[1]["text"] and "nested too deeply" in answers[2]["text"]
    assert answers[3]["value"] == 5644000


def test_malformed_expect_fails_its_line_with_a_reason(seed_db, tmp_path, capsys):
    lines = [{"id": "ok", "question": "Q3 2007 revenue", "expect": {"kind": "value", "value": 6637000}},
             {"id": "str", "question": "Q3 2007 revenue", "expect": {"kind": "value", "value": "6637000"}},
             {"id": "nokind", "question": "Q3 2007 revenue", "expect": {"value": 6637000}},
             {"id": "list", "question": "Q3 2007 revenue", "expect": [6637000]},
             {"id": "doc", "question": "Q3 2007 revenue", "expect": {"kind": "value", "value": 6637000, "doc": 3}},
             {"id": "acc", "question": "Q3 2007 revenue", "expect": {"kind": "value", "value": 1, "accept": 5}}]
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(l) for l in lines) + "\n")
    junit = tmp_path / "j.xml"
    code = main(["--db", str(seed_db), "batch", str(questions), "--check", "--junit", str(junit),
                 "--out", str(tmp_path / "a.jsonl")])
    out = capsys.readouterr().out
    assert code == 1 and out.splitlines()[-1] == "1 passed, 5 failed"
    for id_ in ("str", "nokind", "list", "doc", "acc"):
        row = next(l for l in out.splitlines() if l.startswith(id_ + " "))
        assert "FAIL" in row and "malformed expect" in row
    assert 'failures="5"' in junit.read_text()


# -- nothing raw reaches the terminal ----------------------------------------------------------
def test_sanitizer():
    assert safe("a\x1b[31mb\tc\nd") == "a\u241b[31mb\tc\nd"
    assert safe("\x1b]52;c;ZXZpbA==\x07") == "\u241b]52;c;ZXZpbA==\u2407"
    assert safe("x\u202ey\x9bz\x7f") == "x\\u202ey\\x9bz\u2421"
    assert safe_line("a\tb\nc\r") == "a\u2409b\u240ac\u240d"
    assert safe("Revenue $6,637 — 18% “up” 日本") == "Revenue $6,637 — 18% “up” 日本"


def test_no_escape_sequence_reaches_the_terminal(esc_db, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text(json.dumps({"id": "x\x1b[2J", "question": "Q3 2007 revenue \x1b]52;c;ZXZpbA==\x07",
                                     "expect": {"kind": "abstain"}}) + "\n")
    runs = [("ask", "Q3 2007 revenue"), ("ask", "Q3 2007 revenue", "--json"), ("docs",), ("facts", "--limit", "5"),
            ("facts", "--limit", "5", "--format", "csv"), ("facts", "--limit", "5", "--format", "json"),
            ("batch", str(questions), "--check")]
    for args in runs:
        result = run_cli("--db", str(esc_db), *args)
        assert b"Traceback" not in result.stderr, args
        written = result.stdout + result.stderr
        assert b"\x1b" not in written and b"\x07" not in written and b"\xc2\x9b" not in written, args
        if "--json" not in args and "json" not in args:
            assert "\u241b]52;".encode() in written, args  # the name or question is shown, made visible


def test_progress_names_the_file_in_work():
    files = [Path("a.txt"), Path("slow\x1b.txt"), Path("c.txt")]
    bar = _FileProgress(files)
    task = bar.progress.tasks[0]
    assert task.fields["file"] == "a.txt"  # before any file finishes, the first is in work
    bar(1, 3, "a.txt")  # a.txt finished: slow.txt is the one being parsed now
    assert task.fields["file"] == "slow\u241b.txt" and task.completed == 1
    bar(3, 3, "c.txt")
    assert task.fields["file"] == "done" and task.completed == 3


def test_ingest_progress_bar_on_a_terminal(tmp_path):
    """Under a pseudo-terminal the bar shows the file in work, a rate and the time left."""
    import pty
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a_first.txt", "b_second.txt"):
        shutil.copy(SAMPLES / "002_4266c43fe5b6aa3e.txt", folder / name)
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "chat", "--db", str(tmp_path / "s.duckdb"), "ingest", str(folder)],
                            stdin=slave, stdout=subprocess.PIPE, stderr=slave, env={**os.environ, "COLUMNS": "160"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    shown = b"".join(chunks).decode(errors="replace")
    assert proc.returncode == 1 or proc.returncode == 0
    assert "2/2" in shown and "files/s" in shown and "done" in shown


def test_a_latin1_file_name_costs_only_that_file(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED)
    try:
        with open(os.path.join(os.fsencode(folder), b"r\xe9sultats.txt"), "wb") as f:
            f.write(SEED.replace("BioSphere", "Latinco").encode())
    except OSError:
        pytest.skip("this file system refuses non-UTF-8 names")
    code = main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(folder)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    documents = int(captured.out.splitlines()[1].split()[0])
    assert documents >= 1  # good.txt is in, whatever becomes of the other
    assert code == 0 or "r\ufffdsultats.txt" in captured.err


def test_a_full_disk_is_named_on_a_real_small_file_system(tmp_path, capsys):
    """A 600 kB tmpfs fills during the ingest: the one line says "No space left on device"."""
    disk = tmp_path / "tiny"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(disk)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        folder = tmp_path / "in"
        folder.mkdir()
        for i in range(60):
            (folder / f"r{i:02d}.txt").write_text(SEED.replace("BioSphere", f"Company{i:02d}"))
        code = main(["--db", str(disk / "s.duckdb"), "ingest", str(folder)])
        line = one_line_error(capsys.readouterr().err)
        assert code != 0 and line.startswith("filings-chat: No space left on device")
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


def test_ingest_waits_out_a_short_read(seed_db, tmp_path):
    """A chat holds the store read-only for a moment while it answers: ingest waits for it, then writes."""
    db = shutil.copy(seed_db, tmp_path / "s.duckdb")
    reader = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}, read_only=True); "
                               "print('ready', flush=True); time.sleep(1.0); c.close()"], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "ready"
        other = tmp_path / "other.txt"
        other.write_text(SEED.replace("BioSphere", "Otherco"))
        result = run_cli("--db", str(db), "ingest", str(other))
        assert result.returncode == 0, result.stderr
    finally:
        reader.wait()
