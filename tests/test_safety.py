"""The store under abuse: a killed ingest, two processes at once."""
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from conftest import ROOT, SAMPLES

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()


def _releases(folder, n):
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:04d}.txt").write_text(SEED + f"\n[copy {i}]\n")


@pytest.mark.slow
def test_kill_during_ingest_leaves_only_whole_documents(tmp_path):
    _releases(tmp_path / "in", 600)
    db = tmp_path / "s.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "chat", "--db", str(db), "ingest", str(tmp_path / "in"),
                             "--workers", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = duckdb.connect(str(db))
    docs = con.execute("SELECT doc_id, n_lines, n_facts FROM documents").fetchall()
    assert 0 < len(docs) < 600
    for doc_id, n_lines, n_facts in docs:
        assert con.execute("SELECT count(*) FROM lines WHERE doc_id = ?", [doc_id]).fetchone()[0] == n_lines
        assert con.execute("SELECT count(*) FROM facts WHERE doc_id = ?", [doc_id]).fetchone()[0] == n_facts
    orphans = con.execute("SELECT count(*) FROM facts WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()
    assert orphans[0] == 0
    con.close()
    # and ingesting again finishes the job without duplicates
    out = subprocess.run([sys.executable, "-m", "chat", "--db", str(db), "ingest", str(tmp_path / "in")],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT sha256) FROM documents").fetchone() == (600, 600)


def test_second_process_gets_a_clear_message(tmp_path):
    db = tmp_path / "s.duckdb"
    subprocess.run([sys.executable, "-m", "chat", "--db", str(db), "ingest", str(SAMPLES)], cwd=ROOT, check=True,
                   capture_output=True)
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for args in (["ask", "Q3 2007 revenue"], ["ingest", str(SAMPLES)]):
            out = subprocess.run([sys.executable, "-m", "chat", "--db", str(db), *args], cwd=ROOT,
                                 capture_output=True, text=True, timeout=60,
                                 env={**os.environ, "FILINGS_CHAT_WAIT_S": "1"})  # waits 1 s, not 60
            assert out.returncode == 2, out.stderr
            assert "waiting for another filings-chat process" in out.stderr.splitlines()[0]
            assert "in use by another filings-chat process" in out.stderr and "Traceback" not in out.stderr
    finally:
        holder.kill()
        holder.wait()
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
