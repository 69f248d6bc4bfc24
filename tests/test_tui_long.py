"""Long work in the chat, bounded and cancellable (issue 21, part 2): the palette's ingest keeps the CLI's
per-document budget, names the document in work, stops after it on Escape with what finished stored,
and a quit during it ends the app and its worker processes at once."""
import asyncio
import os
import subprocess
import time

import pytest

from chat.session import Session
from chat.tui.answer_card import AnswerCard
from chat.tui.app import FilingsChatApp
from chat.tui.pending_card import PendingCard
from knowledge import ingest as ingest_module
from test_hostile import _breaks
from test_tui_daily import app_on_many_releases, engine_loaded
from test_tui_session import notes, wait_for


def stored_files(db) -> set[str]:
    return {d["file_name"] for d in Session(db).documents()}


def worker_children() -> list[str]:
    """The `python -m knowledge.worker` processes this test process started and that still run."""
    out = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(os.getpid())], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if "knowledge.worker" in line]


async def test_a_document_over_the_budget_is_reported_and_skipped_the_others_stored(seed_db, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "DOC_SECONDS", 1.0)  # the CLI's budget, lowered for the test
    app, folder = app_on_many_releases(seed_db, tmp_path, n=3)
    (folder / "r01_hostile.html").write_bytes(_breaks(1_500_000))  # several seconds of parsing
    before = stored_files(app.db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(folder)
        label, shown = app.query_one("#ingest-file"), set()

        def done() -> bool:  # the summary, then (another call from the ingest's thread) the note of each failure
            shown.add(str(label.render()))
            said = notes(app)
            return any(n.startswith("Ingested") for n in said) and any(n.startswith("failed:") for n in said)
        assert await wait_for(pilot, done, tries=1200), notes(app)
        assert "ingesting r01_hostile.html" in shown, shown  # named while it runs over its budget
        said = notes(app)
        assert any(n.startswith("Ingested 3 documents") and "1 failed" in n for n in said), said
        assert any("r01_hostile.html" in n and "longer than 1 s" in n for n in said), said
    assert stored_files(app.db_path) - before == {"r00.txt", "r01.txt", "r02.txt"}


@pytest.mark.parametrize("how", ["escape", "button"])
async def test_escape_or_cancel_stops_after_the_document_in_work_and_keeps_the_finished_ones(seed_db, tmp_path, how):
    app, folder = app_on_many_releases(seed_db, tmp_path, n=99)
    for i in range(200):  # after them, so long an ingest that the cancel lands inside it (99 alone can finish first)
        (folder / f"s{i:03d}.txt").write_text((folder / "r00.txt").read_text().replace("Company00", f"Later{i:03d}"))
    before = stored_files(app.db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(folder)
        label = app.query_one("#ingest-file")
        shown: list[str] = []
        order = sorted(p.name for p in folder.iterdir())
        later = {f"ingesting {name}" for name in order[2:-1]}  # the third file or any after it, but not the last

        def parsing_the_third_or_later() -> bool:
            """Polled every 50 ms: under load the worker can pass several files between two polls, so any file
            from the third on counts (asking for the third exactly made the test flaky)."""
            shown.append(str(label.render()))
            return shown[-1] in later
        assert await wait_for(pilot, parsing_the_third_or_later, tries=1200), shown
        assert all(s.startswith(("finding", "ingesting r")) for s in shown), shown  # the file in work, by name
        if how == "escape":
            await pilot.press("escape")
        else:
            await pilot.click("#ingest-cancel")
        assert await wait_for(pilot, lambda: any(n.startswith("Ingest cancelled") for n in notes(app)), tries=600)
        said = [n for n in notes(app) if n.startswith("Ingest cancelled")]
        assert said, notes(app)
        stored = int(said[0].split(": ")[1].split()[0])
        assert 2 <= stored < 299 and f"Ingest cancelled: {stored} documents stored" in said[0]
    names = sorted(p.name for p in folder.iterdir())
    assert stored_files(app.db_path) - before == set(names[:stored])  # exactly the finished ones


@pytest.mark.parametrize("key", ["ctrl+q", "ctrl+c"])
async def test_quitting_during_an_ingest_ends_the_app_and_its_workers_at_once(seed_db, tmp_path, key):
    app, folder = app_on_many_releases(seed_db, tmp_path, n=4)
    (folder / "r00_slow.html").write_bytes(_breaks(3_000_000))  # parsed first, for longer than the test waits
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(folder)
        label = app.query_one("#ingest-file")
        assert await wait_for(pilot, lambda: str(label.render()) == "ingesting r00_slow.html", tries=600)
        await pilot.pause(0.3)
        quit_at = time.monotonic()
        await pilot.press(key)
    for _ in range(100):  # the ingest lets go of the store and its worker process ends, the parse not awaited
        if not app.session.lock.locked() and not worker_children():
            break
        await asyncio.sleep(0.05)
    assert not app.session.lock.locked() and not worker_children(), worker_children()
    assert time.monotonic() - quit_at < 4
    assert Session(app.db_path).documents()  # the store opens whole


async def test_quitting_while_a_question_waits_for_another_process_ends_at_once(seed_db, tmp_path):
    """A question waits (up to minutes) for another process writing the store; Ctrl+Q gives up the wait
    so the process ends, instead of a blank screen over a live process."""
    import shutil
    import sys
    db = shutil.copy(seed_db, tmp_path / "live.duckdb")
    hold = ("import duckdb, sys, time\n"
            "while True:\n"
            "    try:\n"
            "        c = duckdb.connect(sys.argv[1]); break\n"
            "    except duckdb.Error:\n"
            "        time.sleep(0.05)\n"
            "print('holding', flush=True); time.sleep(60)\n")
    holder = None
    try:
        app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await engine_loaded(pilot, app)
            holder = subprocess.Popen([sys.executable, "-c", hold, str(db)], stdout=subprocess.PIPE, text=True)
            assert holder.stdout.readline().strip() == "holding"  # another process writes the store now
            app.query_one("#ask").value = "Q3 2007 revenue"
            await pilot.press("enter")
            assert await wait_for(pilot, lambda: app.session.lock.locked())  # the question waits for the store
            await pilot.pause(0.3)
            assert app.session.lock.locked() and not app.query(AnswerCard)
            quit_at = time.monotonic()
            await pilot.press("ctrl+q")
        for _ in range(60):
            if not app.session.lock.locked():
                break
            await asyncio.sleep(0.05)
        assert not app.session.lock.locked() and time.monotonic() - quit_at < 3
    finally:
        if holder is not None:
            holder.kill()
            holder.wait()


async def test_the_label_names_only_documents_being_parsed_not_those_already_stored(seed_db, tmp_path):
    app, folder = app_on_many_releases(seed_db, tmp_path, n=10)
    first = tmp_path / "first"
    first.mkdir()
    for i in range(5):
        (first / f"r{i:02d}.txt").write_text((folder / f"r{i:02d}.txt").read_text())
    Session(app.db_path).ingest([first])  # r00..r04 are in the store: skipped by their hash, never parsed
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(folder)
        label, shown = app.query_one("#ingest-file"), []

        def done() -> bool:
            shown.append(str(label.render()))
            return any(n.startswith("Ingested") for n in notes(app))
        assert await wait_for(pilot, done, tries=1200), notes(app)
        assert any(n.startswith("Ingested 5 documents") and "5 unchanged" in n for n in notes(app)), notes(app)
    named = {s.removeprefix("ingesting ") for s in shown if s.startswith("ingesting ")}
    assert named and named <= {f"r{i:02d}.txt" for i in range(5, 10)}, shown
