"""`filings-chat ingest`, `docs` and `facts` as a user runs them."""
import subprocess
import sys

import duckdb

from chat.cli import main
from conftest import ROOT, SAMPLES


def test_reingest_of_unchanged_files_does_nothing(tmp_path, capsys):
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "ingest", str(SAMPLES)]) == 0
    assert main(["--db", db, "ingest", str(SAMPLES)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].split()[:4] == ["0", "0", "2", "0"]
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_bad_files_fail_alone_and_the_rest_is_ingested(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "poem.txt").write_text("Roses are red\n")
    (folder / "good.txt").write_text((SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text())
    db = str(tmp_path / "s.duckdb")
    code = main(["--db", db, "ingest", str(folder), str(tmp_path / "missing.txt")])
    captured = capsys.readouterr()
    assert code == 1
    for name, why in [("empty.txt", "empty"), ("binary.txt", "binary"), ("poem.txt", "not an earnings release"),
                      ("missing.txt", "no such file")]:
        assert any(name in line and why in line for line in captured.err.splitlines()), name
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT file_name FROM documents").fetchall() == [("good.txt",)]


def test_company_can_be_named_for_excerpts(tmp_path, capsys):
    path = tmp_path / "excerpt.txt"
    path.write_text("CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
                    "                      Three Months Ended\n                         June 30,\n"
                    "                      2006        2005\n"
                    "Revenues           $ 1,000     $   900\nNet income              100          90\n")
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "ingest", str(path), "--company", "Excerpt Industries", "--ticker", "EXI"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "ask", "Excerpt Industries revenue Q2 2006", "--json"]) == 0
    assert '"value": 1000000.0' in capsys.readouterr().out
    main(["--db", db, "docs"])
    assert "Excerpt Industries" in capsys.readouterr().out
    main(["--db", db, "facts", "--metric", "revenue", "--period", "Q2 2005"])
    out = capsys.readouterr().out
    assert "0.90 USD millions" in out and out.strip().endswith("\n1 fact")  # one scale per unit; the plural right


def test_cli_entry_point_runs(tmp_path):
    db = tmp_path / "s.duckdb"
    out = subprocess.run([sys.executable, "-m", "chat", "--db", str(db), "ingest", str(SAMPLES)],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "documents" in out.stdout
    out = subprocess.run([sys.executable, "-m", "chat", "--db", str(db), "ask", "tot assets 9/30/2007"],
                         capture_output=True, text=True, cwd=ROOT)
    assert "$31,856,000" in out.stdout and "line 268" in out.stdout


def test_a_one_paragraph_excerpt_is_stored_with_company_and_period(tmp_path, capsys):
    """An excerpt that names neither its company nor its period is never refused when the user names
    both; ingesting it again with a period reads it again."""
    import json
    from chat.cli import main
    excerpt = tmp_path / "para.txt"
    excerpt.write_text("Revenue for the quarter was $5.2 million, compared with $4.7 million a year earlier.\n")
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "ingest", str(excerpt), "--company", "Widget Works Inc."]) == 0
    assert main(["--db", db, "ingest", str(excerpt), "--company", "Widget Works Inc.", "--period", "Q3 2007"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "ask", "Widget Works revenue Q3 2007", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["value"] == 5_200_000 and answer["company"] == "Widget Works Inc."
    assert main(["--db", db, "ingest", str(excerpt), "--period", "someday"]) == 2


def test_a_parsing_worker_imports_neither_the_store_nor_chat():
    """Workers parse and prepare rows, never open the store: duckdb and pyarrow (a tenth of a second
    each in every worker's start-up) and chat's libraries stay out of them."""
    code = ("import sys; from pathlib import Path; from knowledge.worker import Task, parse_task, preload; preload()\n"
            f"p = Path({str(sorted(SAMPLES.glob('*.txt'))[0])!r})\n"
            "status, prepared = parse_task(Task(0, p.name, str(p), p.suffix, p.read_bytes(), 'sha'))\n"
            "print(status, len(prepared.facts['metric']) > 0,"
            " sorted({m.split('.')[0] for m in sys.modules} & {'duckdb', 'pyarrow', 'chat', 'textual', 'rapidfuzz'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.split("\n")[0] == "ok True []", out.stderr[-2000:]


def _readers(db: str) -> list[tuple[str, str]]:
    con = duckdb.connect(db, read_only=True)
    try:
        return con.execute("SELECT file_name, reader FROM documents ORDER BY file_name").fetchall()
    finally:
        con.close()


def _age(db: str, reader: str = "an-older-one") -> None:
    """The store as an earlier version of the reading left it (its documents carry another reading version)."""
    con = duckdb.connect(db)
    con.execute("UPDATE documents SET reader = ?", [reader])
    con.close()


def test_a_release_read_by_an_earlier_reading_is_read_again_when_ingested_again(tmp_path, capsys):
    """Ingesting a file whose content is stored under another reading version reads it again (its facts follow
    the current reading) instead of skipping it as unchanged, and says so; under the current version it is
    unchanged."""
    from knowledge.reading_version import reading_version
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "ingest", str(SAMPLES)]) == 0
    assert {r for _, r in _readers(db)} == {reading_version()}
    _age(db)
    capsys.readouterr()
    assert main(["--db", db, "ingest", str(SAMPLES)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[-2].split()[:3] == ["2", captured.out.splitlines()[-2].split()[1], "0"]
    assert "2 documents stored by an earlier version of the reader were read again" in captured.err
    assert {r for _, r in _readers(db)} == {reading_version()} and len(_readers(db)) == 2
    assert main(["--db", db, "ingest", str(SAMPLES)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split()[:4] == ["0", "0", "2", "0"]


def test_the_sample_store_read_by_an_earlier_reading_is_read_again_by_itself(tmp_path):
    """The bundled sample store answers as a new install's does: samples stored under another reading version
    are read again at the next use; a release the user ingested into it is left as the user stored it."""
    from chat.session import Session
    from knowledge.reading_version import reading_version
    db = tmp_path / "default.duckdb"
    Session(db).ensure_samples(SAMPLES)
    user = tmp_path / "mine.txt"
    user.write_text((SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text().replace("BioSphere", "Mossgate"))
    assert main(["--db", str(db), "ingest", str(user)]) == 0
    _age(str(db))
    Session(db).ensure_samples(SAMPLES)
    readers = dict(_readers(str(db)))
    assert readers.pop("mine.txt") == "an-older-one"
    assert set(readers.values()) == {reading_version()} and len(readers) == 2
