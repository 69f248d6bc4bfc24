"""Listings people read (issue 21, part 4): `docs` and `facts` on a store built from the seeds,
through the same session the chat uses."""
import json

import pytest

from chat.cli import main
from chat.session import Session, plural
from knowledge.listings import metric_display, scaled_text


def test_plural():
    assert plural(1, "document") == "1 document" and plural(2, "document") == "2 documents"
    assert plural(0, "fact") == "0 facts"


def test_one_scale_per_unit():
    assert scaled_text(6_637_000, "USD") == "6.64" and scaled_text(22_103_000_000, "USD") == "22,103.00"
    assert scaled_text(-0.03, "USD/share") == "-0.03" and scaled_text(21.0, "percent") == "21.0"
    assert scaled_text(None, "USD") == ""


def test_metric_names_for_people():
    assert metric_display("revenue", "", "Total revenues") == "Revenue"
    assert "_" not in metric_display("cost_of_revenue", "part", "Cost of product")
    assert metric_display("other", "", "Deferred rent") == "Deferred rent"
    assert metric_display("label:Cost of gas", None, None) == "Cost of gas"


def test_docs_table_has_a_header_and_json_says_null(seed_db, capsys):
    assert main(["--db", str(seed_db), "docs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["file", "company", "ticker"] and lines[-1] == "2 documents"
    assert main(["--db", str(seed_db), "docs", "--format", "json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    for d in docs:
        assert "(unknown)" not in d.values() and "" not in d.values()


def test_facts_table_reads_in_one_scale_with_names(seed_db, capsys):
    assert main(["--db", str(seed_db), "facts", "--metric", "revenue", "--limit", "50"]) == 0
    out = capsys.readouterr().out.splitlines()
    header, rows = out[0], out[1:-1]
    assert "source" in header and "value" in header and "unit" in header
    assert rows and all(" USD millions " in r for r in rows if " USD" in r)
    start, end = header.index("metric"), header.index("period")
    assert {r[start:end].strip() for r in rows} == {"Revenue"}  # the name, never the key
    assert out[-1] == f"{len(rows)} facts"


def test_metric_revenue_is_not_cost_of_revenue(seed_db, capsys):
    assert main(["--db", str(seed_db), "facts", "--metric", "revenue", "--format", "json", "--limit", "1000"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["metric_key"] for r in rows} == {"revenue"}
    assert main(["--db", str(seed_db), "facts", "--metric", "cost of revenue", "--format", "json"]) == 0
    assert {r["metric_key"] for r in json.loads(capsys.readouterr().out)} <= {"cost_of_revenue"}


def test_facts_words_match_any_column_in_any_order(seed_db, capsys):
    assert main(["--db", str(seed_db), "facts", "assets", "total", "2007-09-30", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["period"] == "2007-09-30" for r in rows)
    assert all("total" in f"{r['label']} {r['metric']}".lower() for r in rows)
    page = Session(seed_db).facts(["total", "assets"], limit=1000, count=True)
    assert page.total == len(page.rows) and page.rows


def test_a_company_matching_none_lists_the_companies(seed_db, capsys):
    assert main(["--db", str(seed_db), "facts", "--company", "Nosuchco"]) == 1
    err = capsys.readouterr().err
    assert "Nosuchco" in err and len(err.splitlines()) >= 2


def test_an_empty_folder_is_no_release_files(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(tmp_path / "empty")]) == 1
    assert "no release files found" in capsys.readouterr().err
    assert not (tmp_path / "s.duckdb").exists()


def test_ingest_says_one_document(tmp_path, capsys):
    from conftest import SAMPLES
    one = sorted(SAMPLES.glob("*.txt"))[0]
    assert main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(one)]) == 0
    assert "Ingested 1 document, " in capsys.readouterr().out


def test_session_reads_sources_and_cited_lines(seed_db):
    session = Session(seed_db)
    docs = session.documents()
    lines = session.source_lines(docs[0]["file_name"], docs[0]["doc_id"])
    assert len(lines) == docs[0]["lines"]
    assert session.cited_line(docs[0]["file_name"], 1) == [lines[0]]


def test_session_answers_a_conversation_and_sees_a_new_ingest(seed_db, tmp_path):
    import shutil
    from conftest import SAMPLES
    db = shutil.copy(seed_db, tmp_path / "s.duckdb")
    session = Session(db)
    answer, context = session.ask("Q3 2007 revenue")
    assert answer.value == 6637000
    folder = tmp_path / "new"
    folder.mkdir()
    seed = sorted(SAMPLES.glob("*.txt"))[-1].read_text()
    (folder / "n.txt").write_text(seed.replace("BioSphere", "Newco"))
    seen = []
    report = session.ingest([folder], progress=lambda n, t, name: seen.append(n))
    assert report.documents == 1 and seen
    answer, _ = session.ask("Newco Q3 2007 revenue")
    assert answer.status == "answered" and "Newco" in answer.company


def test_a_cancelled_ingest_stops(seed_db, tmp_path):
    import shutil
    import threading
    db = shutil.copy(seed_db, tmp_path / "s.duckdb")
    cancel = threading.Event()
    cancel.set()
    from conftest import SAMPLES
    folder = tmp_path / "more"
    folder.mkdir()
    seed = sorted(SAMPLES.glob("*.txt"))[-1].read_text()
    for i in range(3):
        (folder / f"r{i}.txt").write_text(seed.replace("BioSphere", f"Co{i}"))
    before = {d["file_name"] for d in Session(db).documents()}
    report = Session(db).ingest([folder], cancel=cancel)  # stops after the document in work, the rest unread
    assert report.cancelled and report.documents <= 1
    assert {d["file_name"] for d in Session(db).documents()} - before == {f"r{i}.txt" for i in range(report.documents)}
    assert not Session(db).ingesting


def test_batch_check_table_lists_values_in_one_scale(seed_db, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "a", "question": "Q3 2007 revenue", "expect": {"kind": "value", "value": 6637000}}\n'
                         '{"id": "b", "question": "Q3 2007 diluted EPS"}\n')
    assert main(["--db", str(seed_db), "batch", str(questions), "--check", "--out", str(tmp_path / "a.jsonl")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:5] == ["id", "result", "status", "value", "unit"]
    assert "6.64 USD millions" in out[1] and "USD per share" in out[2]


def test_session_pages_a_release(seed_db):
    session = Session(seed_db)
    doc = session.documents()[0]
    whole = session.source_lines(doc["file_name"], doc["doc_id"])
    doc_id, first, total, lines = session.source_window(doc["file_name"], 50, around=10)
    assert doc_id == doc["doc_id"] and first == 40 and total == len(whole) and lines == whole[39:60]
    assert session.lines_between(doc_id, 1, 3) == whole[:3]
    assert session.source_window(doc["file_name"], 2, doc_id, around=10)[1] == 1
