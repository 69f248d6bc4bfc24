"""Snapshots of the main screens at 80x24 and 140x45 (pytest-textual-snapshot)."""
import pytest

from chat.tui.answer_card import AnswerCard
from chat.tui.app import FilingsChatApp
from conftest import type_text

SIZES = [(80, 24), (140, 45)]


@pytest.fixture
def app(seed_db, tmp_path):
    # no settings file: the default theme, whatever the developer chose in their own chat
    return FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)


async def _wait_for_engine(pilot):
    for field in pilot.app.query("Input"):
        field.cursor_blink = False  # a blinking cursor makes the picture depend on timing
    for _ in range(100):
        if pilot.app.engine is not None:
            break
        await pilot.pause(0.05)
    await pilot.pause(0.1)


async def _answer(pilot, question):
    await _wait_for_engine(pilot)
    before = len(pilot.app.query(AnswerCard))
    await pilot.click("#ask")
    await type_text(pilot, question)
    await pilot.press("enter")
    for _ in range(100):
        await pilot.pause(0.05)
        if len(pilot.app.query(AnswerCard)) > before:
            break
    await pilot.wait_for_scheduled_animations()  # the card mounted and scrolled into view, not a fixed 0.3 s


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_start_screen(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=_wait_for_engine)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_answer_screen(snap_compare, app, size):
    async def run(pilot):
        await _answer(pilot, "Q3 2007 US revenue growth")
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_trend_screen(snap_compare, app, size):
    async def run(pilot):
        await _answer(pilot, "revenue trend")
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_source_screen(snap_compare, app, size):
    async def run(pilot):
        await _answer(pilot, "total assets 9/30/2007")
        await pilot.click(".citation")
        await pilot.pause(0.4)
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_facts_screen(snap_compare, app, size):
    async def run(pilot):
        await _wait_for_engine(pilot)
        await pilot.press("ctrl+t")  # the facts browser (Ctrl+F searches)
        await pilot.pause(0.2)
        pilot.app.screen.query_one("#facts-filter").cursor_blink = False
        await type_text(pilot, "net loss per")
        table = pilot.app.screen.query_one("#facts-table")
        for _ in range(100):  # until the filtered rows are shown
            await pilot.pause(0.05)
            if table.row_count and all("per" in str(table.get_row_at(i)).lower() for i in range(table.row_count)):
                break
        await pilot.pause(0.2)
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen(snap_compare, app, size):
    async def run(pilot):
        await _wait_for_engine(pilot)
        await pilot.press("f1")
        await pilot.pause(0.2)
    assert snap_compare(app, terminal_size=size, run_before=run)


def _no_blink(pilot):
    for field in pilot.app.screen.query("Input"):
        field.cursor_blink = False


async def _count_shows(pilot, text):
    for _ in range(100):
        await pilot.pause(0.05)
        counts = pilot.app.screen.query("#search-count")
        if counts and text in str(counts.first().render()):
            break
    await pilot.pause(0.3)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_export_dialog(snap_compare, app, size):
    async def run(pilot):
        await _answer(pilot, "revenue trend")
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
        field = pilot.app.screen.query_one("#export-path")
        field.cursor_blink = False
        field.value = "/home/me/exports/filings-chat-20260101-120000.md"  # the default holds the time of day
        await pilot.pause(0.1)
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_ingest_in_progress_screen(snap_compare, app, size):
    """The ingest row (the bar, the document in work, Cancel) and a question waiting for the ingest.
    The state is set as the ingest worker sets it, so the picture does not depend on timing."""
    async def run(pilot):
        from chat.tui.pending_card import PendingCard
        from textual.widgets import ProgressBar, Static
        from rich.text import Text
        await _answer(pilot, "Q3 2007 revenue")
        app = pilot.app
        app.ingesting = True
        app.query_one("#ingest-row").add_class("busy")
        app.query_one("#ingest-progress", ProgressBar).update(total=40, progress=12)
        app.query_one("#ingest-file", Static).update(Text("ingesting r12.txt"))
        app.query_one("#transcript").mount(PendingCard("net income Q3 2007", waiting_for_ingest=True))
        await pilot.pause(0.3)
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_docs_screen(snap_compare, app, size):
    async def run(pilot):
        await _wait_for_engine(pilot)
        await pilot.press("ctrl+o")
        table = pilot.app.screen.query_one("#docs-table")
        for _ in range(100):
            await pilot.pause(0.05)
            if table.row_count:
                break
        await pilot.pause(0.2)
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_transcript_search(snap_compare, app, size):
    async def run(pilot):
        await _answer(pilot, "Q3 2007 revenue")
        await _answer(pilot, "EMEA revenue Q3 2007")
        await pilot.press("ctrl+f")
        await pilot.pause(0.1)
        _no_blink(pilot)
        await type_text(pilot, "revenue")
        await pilot.press("enter")
        await _count_shows(pilot, "2 of")
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_source_search(snap_compare, app, size):
    async def run(pilot):
        await _answer(pilot, "total assets 9/30/2007")
        await pilot.click(".citation")
        await pilot.pause(0.4)
        await pilot.press("slash")
        await pilot.pause(0.1)
        _no_blink(pilot)
        await type_text(pilot, "total")
        await _count_shows(pilot, " of ")
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_history_search(snap_compare, seed_db, tmp_path, size):
    (tmp_path / "h.txt").write_text("Q3 2007 revenue\nEMEA revenue Q3 2007\ntotal assets 9/30/2007\n"
                                    "net loss per share nine months 2007\nrevenue trend\n")
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)

    async def run(pilot):
        await _wait_for_engine(pilot)
        await pilot.press("ctrl+r")
        await pilot.pause(0.2)
        _no_blink(pilot)
        await type_text(pilot, "revenue")
        await pilot.pause(0.3)
    assert snap_compare(app, terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_conversations_screen(snap_compare, seed_db, tmp_path, size):
    import json

    from chat.conversations import answer_record, context_record
    from chat.session import Session
    from knowledge import conversation_file
    path = tmp_path / "conversations.sqlite3"
    con = conversation_file.open_file(path)  # fixed dates: the picture must not depend on today
    session = Session(seed_db)
    for n, (questions, when) in enumerate([(["Q3 2007 revenue", "and the nine months?"], "2026-11-02T09:15:00"),
                                           (["total assets 9/30/2007"], "2026-11-20T16:40:00"),
                                           (["EMEA revenue Q3 2007", "and the US?", "what about growth?"],
                                            "2026-12-01T11:05:00")]):
        cid, context = None, None
        for q in questions:
            answer, context = session.ask(q, context)
            cid = conversation_file.add_turn(con, cid, questions[0], json.dumps(answer_record(answer), default=str),
                                             json.dumps(context_record(context), default=str), when)
    con.close()
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path, conversations_path=path)

    async def run(pilot):
        await _wait_for_engine(pilot)
        await pilot.press("ctrl+l")
        await pilot.pause(0.3)
    assert snap_compare(app, terminal_size=size, run_before=run)
