"""Snapshots of the main screens at a fixed size (pytest-textual-snapshot)."""
import pytest

from chat.tui.answer_card import AnswerCard
from chat.tui.app import FilingsChatApp

SIZE = (110, 36)


@pytest.fixture
def app(seed_db, tmp_path):
    return FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)


async def _wait_for_engine(pilot):
    for _ in range(100):
        if pilot.app.engine is not None:
            break
        await pilot.pause(0.05)


async def _answer(pilot, question):
    await _wait_for_engine(pilot)
    await pilot.click("#ask")
    await pilot.press(*question, "enter")
    for _ in range(100):
        await pilot.pause(0.05)
        if pilot.app.query(AnswerCard):
            break
    await pilot.pause(0.2)


def test_start_screen(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=_wait_for_engine)


def test_answer_screen(snap_compare, app):
    async def run(pilot):
        await _answer(pilot, "Q3 2007 US revenue growth")
    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_source_screen(snap_compare, app):
    async def run(pilot):
        await _answer(pilot, "total assets 9/30/2007")
        await pilot.click(".citation")
        await pilot.pause(0.3)
    assert snap_compare(app, terminal_size=SIZE, run_before=run)


def test_facts_screen(snap_compare, app):
    async def run(pilot):
        await _wait_for_engine(pilot)
        await pilot.press("ctrl+f")
        await pilot.pause(0.2)
        await pilot.press(*"net loss per")
        table = pilot.app.screen.query_one("#facts-table")
        for _ in range(100):  # until the filtered rows are shown
            await pilot.pause(0.05)
            if table.row_count and all("per" in str(table.get_row_at(i)).lower() for i in range(table.row_count)):
                break
        await pilot.pause(0.2)
    assert snap_compare(app, terminal_size=SIZE, run_before=run)
