"""The chat over the session (issue 21, parts 1 and 6): work that fails is a message, never a dead
app; an ingest can be cancelled; the config file's keys, theme and company are used."""
import shutil

import pytest

from chat.tui.app import FilingsChatApp
from chat.tui.facts_screen import FactsScreen
from conftest import SAMPLES, type_text
from test_tui import ask, screen_text
from test_tui_daily import app_on_many_releases, engine_loaded

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()


def notes(app) -> list[str]:
    return [n.message for n in app._notifications]


async def wait_for(pilot, test, tries=200):
    for _ in range(tries):
        if test():
            return True
        await pilot.pause(0.05)
    return False


async def test_an_empty_folder_is_said_and_the_chat_goes_on(seed_db, tmp_path):
    (tmp_path / "empty").mkdir()
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(tmp_path / "empty")
        assert await wait_for(pilot, lambda: any("no release files found" in n for n in notes(app))), notes(app)
        assert not app.ingesting
        card = await ask(pilot, app, "Q3 2007 revenue")
        assert card.answer.value == 6637000


async def test_a_failing_listing_is_a_message_not_a_dead_app(seed_db, tmp_path, monkeypatch):
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)

        def broken(*a, **k):
            raise OSError(5, "Input/output error")
        monkeypatch.setattr(app.session, "facts", broken)
        monkeypatch.setattr(app.session, "documents", broken)
        await pilot.press("ctrl+t")  # the facts browser (Ctrl+F searches)
        status = app.screen.query_one("#facts-status")
        assert await wait_for(pilot, lambda: "could not read the store" in str(status.render()))
        await pilot.press("escape", "ctrl+o")
        assert await wait_for(pilot, lambda: any("Could not list the documents" in n for n in notes(app)))
        assert app.is_running


async def test_a_cancelled_ingest_keeps_the_chat(seed_db, tmp_path):
    app, folder = app_on_many_releases(seed_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(folder)
        app.cancel.set()
        assert await wait_for(pilot, lambda: any("Ingest cancelled" in n for n in notes(app)), tries=400), notes(app)
        assert not app.ingesting
        card = await ask(pilot, app, "BioSphere Q3 2007 revenue")
        assert card.answer.value == 6637000


async def test_config_keys_and_theme(seed_db, tmp_path):
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path, theme="nord",
                         keys={"facts": "ctrl+b"})
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        assert app.theme == "nord"
        await pilot.press("ctrl+b")
        assert await wait_for(pilot, lambda: isinstance(app.screen, FactsScreen))
        await pilot.press("escape", "f1")
        assert await wait_for(pilot, lambda: "Your keys (config.toml): facts ctrl+b" in screen_text(app))


async def test_config_company_is_the_default_of_every_conversation(seed_db, tmp_path):
    from knowledge.ingest import ingest
    from knowledge.store import connect
    db = shutil.copy(seed_db, tmp_path / "two.duckdb")
    (tmp_path / "o.txt").write_text(SEED.replace("BioSphere", "Otherco"))
    con = connect(db)
    ingest(con, [tmp_path / "o.txt"])
    con.close()
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path, company="Otherco")
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        assert card.answer.status == "answered" and "Otherco" in card.answer.company
        await pilot.press("ctrl+n")
        card = await ask(pilot, app, "Q3 2007 revenue")
        assert "Otherco" in card.answer.company


async def test_facts_browser_words_in_any_order_one_scale(seed_db, tmp_path):
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.press("ctrl+t")  # the facts browser (Ctrl+F searches)
        table = app.screen.query_one("#facts-table")
        await type_text(pilot, "2007-09-30 assets total")

        def shown():
            rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
            return rows if rows and all(r[1] == "2007-09-30" for r in rows) else None
        assert await wait_for(pilot, shown)
        rows = shown()
        assert all("total" in (r[0] + r[5]).lower() and "assets" in (r[0] + r[5]).lower() for r in rows)
        assert {r[3] for r in rows} == {"USD millions"}
        assert all(r[2].replace(",", "").replace(".", "").lstrip("-").isdigit() for r in rows)
        assert not any("_" in r[0] for r in rows)


async def test_a_worker_that_fails_unexpectedly_is_a_message(seed_db, tmp_path, monkeypatch):
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)

        def boom(*a):
            raise RuntimeError("the viewer broke")
        monkeypatch.setattr(app, "_show_source", boom)
        app.open_source("002_4266c43fe5b6aa3e.txt", 1)
        assert await wait_for(pilot, lambda: any("the viewer broke" in n for n in notes(app))), notes(app)
        assert app.is_running
        card = await ask(pilot, app, "Q3 2007 revenue")
        assert card.answer.value == 6637000
