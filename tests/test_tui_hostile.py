"""Issue 11 in the chat: names and text from documents are shown, never executed or sent raw."""
import os
import shutil

import pytest

from chat.tui.answer_card import CitationButton
from chat.tui.app import FilingsChatApp
from chat.tui.ingest_screen import IngestPrompt
from chat.tui.source_screen import SourceScreen
from conftest import SAMPLES, type_text
from knowledge.ingest import ingest
from knowledge.store import connect
from test_tui import ask

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()
CLICK_NAME = "[@click=app.screenshot('.bashrc','.')]Q3 results.txt"


def store_with(tmp_path, name: str, text: str):
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text)
    db = tmp_path / "s.duckdb"
    con = connect(db)
    report = ingest(con, [folder / name])
    con.close()
    assert report.documents == 1, report.failures
    return db


async def wait_for(pilot, condition, tries=80):
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_a_file_name_with_an_action_is_shown_and_never_run(tmp_path, monkeypatch):
    db = store_with(tmp_path, CLICK_NAME, SEED)
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    ran = []
    monkeypatch.setattr(FilingsChatApp, "action_screenshot", lambda self, *a: ran.append(a))
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        card = await ask(pilot, app, "total assets 9/30/2007")
        button = card.query(CitationButton).first()
        assert button.citation.doc == CLICK_NAME
        assert "line 268 · [@click=app.screenshot('.bashrc','.')]Q" in str(button.render())  # literally
        assert CLICK_NAME in str(button.tooltip)
        await pilot.click(button)
        assert await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen))
        assert CLICK_NAME in str(app.screen.query_one("#source-title").render())
        await pilot.press("escape")
        await pilot.press("ctrl+o")  # the documents list shows the name as text too
        await pilot.pause(0.3)
        table = app.screen.query_one("#docs-table")
        assert await wait_for(pilot, lambda: table.row_count == 1)
        assert str(table.get_row_at(0)[0]) == CLICK_NAME
    assert ran == [] and not list(tmp_path.glob("*.svg"))


async def test_control_characters_never_reach_the_screen(tmp_path):
    lines = SEED.split("\n")
    lines[0] = "\x1b]52;c;ZXZpbA==\x07" + lines[0] + "\x1b[2J\u202e"
    i = next(n for n, l in enumerate(lines) if l.strip().startswith("Total assets"))
    lines[i] = lines[i] + "  \x1b[31m"
    db = store_with(tmp_path, "rel\x1b[31m.txt", "\n".join(lines))
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        card = await ask(pilot, app, "total assets 9/30/2007")
        for widget in card.query("Static, Button"):
            assert "\x1b" not in str(widget.render())
        app.open_source("rel\x1b[31m.txt", 1)
        assert await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen))
        source = str(app.screen.query_one("#source-text").text())
        assert "\u241b]52;c;ZXZpbA==\u2407" in source and "\x1b" not in source and "\x07" not in source
        assert "\u202e" not in source
        assert "\x1b" not in str(app.screen.query_one("#source-title").render())
        await pilot.press("escape")
        await pilot.press("ctrl+t")  # the facts browser (Ctrl+F searches)
        table = app.screen.query_one("#facts-table")
        assert await wait_for(pilot, lambda: table.row_count > 0)
        cells = " ".join(str(c) for i in range(table.row_count) for c in table.get_row_at(i))
        assert "\x1b" not in cells and "rel\u241b[31m.txt" in cells


async def test_a_path_with_markup_in_the_ingest_prompt(seed_db, tmp_path):
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_ingest()
        await pilot.pause(0.1)
        assert isinstance(app.screen, IngestPrompt)
        await type_text(pilot, "/no/such/[/]dir[bold]")
        await pilot.press("enter")
        await pilot.pause(0.1)
        shown = str(app.screen.query_one("#ingest-error").render())
        assert "No such file or folder: /no/such/[/]dir[bold]" in shown
        assert app.is_running


async def test_in_app_ingest_reports_bad_files_and_goes_on(seed_db, tmp_path):
    db = shutil.copy(seed_db, tmp_path / "live.duckdb")
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "poem.txt").write_text("Roses are red\nviolets are blue\n")
    (folder / "good.txt").write_text(SEED.replace("BioSphere", "Goodco"))
    try:
        with open(os.path.join(os.fsencode(folder), b"caf\xe9 [b]release.txt"), "wb") as f:
            f.write(SEED.replace("BioSphere", "Latinco").encode())
    except OSError:
        pytest.skip("this file system refuses non-UTF-8 names")
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            if app.engine is not None:
                break
            await pilot.pause(0.05)
        app._ingest_chosen(folder)
        await pilot.pause(0.1)
        assert await wait_for(pilot, lambda: not app.ingesting, tries=400)
        await pilot.pause(0.2)
        notes = [str(n.message) for n in app._notifications]
        assert any("poem.txt" in n and "failed" in n for n in notes), notes
        assert app.is_running
        card = await ask(pilot, app, "Goodco Q3 2007 revenue")
        assert card.answer.status == "answered"
