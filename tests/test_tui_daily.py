"""Issue 10, the chat as a daily tool: focus, scrolling, new conversations, sizes, the facts
browser, ingest while the chat is open, trends, themes, export in a browser."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from chat.engine import Context
from chat.tui import facts_screen
from chat.tui.answer_card import AnswerCard, CitationButton
from chat.tui.app import FilingsChatApp
from chat.tui.help_screen import HelpScreen
from chat.tui.pending_card import PendingCard
from chat.tui.source_screen import SourceScreen
from conftest import SAMPLES, type_text
from test_tui import ask, screen_text

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()


@pytest.fixture
def app(seed_db, tmp_path):
    return FilingsChatApp(seed_db, history_path=tmp_path / "history.txt", export_dir=tmp_path,
                          settings_path=tmp_path / "settings.json")


async def engine_loaded(pilot, app):
    for _ in range(100):
        if app.engine is not None:
            return
        await pilot.pause(0.05)


def app_on_many_releases(seed_db, tmp_path, n: int = 40) -> tuple[FilingsChatApp, Path]:
    """A chat on a copy of the sample store, and a folder of n releases of other companies to ingest."""
    db = shutil.copy(seed_db, tmp_path / "live.duckdb")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"r{i:02d}.txt").write_text(SEED.replace("BioSphere", f"Company{i:02d}"))
    return FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path), folder


# -- focus -----------------------------------------------------------------------------------
async def test_tab_accepts_the_completion_and_keeps_the_focus(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.click("#ask")
        await pilot.press(*"Q3 2007 weighted av")
        await pilot.pause(0.3)
        await pilot.press("tab")
        await pilot.press(*" shares")
        ask_input = app.query_one("#ask")
        assert app.focused is ask_input
        assert ask_input.value.startswith("Q3 2007 weighted average") and ask_input.value.endswith(" shares")


async def test_typing_after_a_citation_view_goes_to_the_question(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "total assets 9/30/2007")
        await pilot.click(CitationButton)
        await pilot.pause(0.3)
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("escape")
        await pilot.pause(0.1)
        await type_text(pilot, "and EMEA")
        assert app.query_one("#ask").value == "and EMEA"


async def test_a_click_on_an_answer_does_not_take_the_keyboard(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        await pilot.click(card.query_one(".question"))
        await type_text(pilot, "eps")
        assert app.query_one("#ask").value == "eps" and not card.has_class("explained")
        await pilot.press("f2")
        assert card.has_class("explained")


async def test_escape_returns_to_the_question(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        card.query(CitationButton).first().focus()
        await pilot.pause()
        await pilot.press("escape")
        assert app.focused is app.query_one("#ask")


async def test_questions_typed_fast_are_answered_in_order_as_a_conversation(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.click("#ask")
        await type_text(pilot, "EMEA revenue Q3 2007")
        await pilot.press("enter")
        await type_text(pilot, "and the nine months?")
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.05)
            if len(app.query(AnswerCard)) == 2:
                break
        first, second = app.query(AnswerCard)
        assert first.answer.question == "EMEA revenue Q3 2007" and second.answer.question == "and the nine months?"
        assert second.answer.value == 4780000  # the follow-up saw the first answer's context
        assert not app.query_one("#thinking").has_class("busy")
        await pilot.pause(0.1)
        assert not app.query(PendingCard)  # each answer took the place of its own question


# -- the newest answer is in view --------------------------------------------------------------
async def test_newest_answer_and_its_citations_are_in_view_at_80x24(app):
    async with app.run_test(size=(80, 24)) as pilot:
        for question in ("Q3 2007 US revenue growth", "total assets 9/30/2007", "Q3 2007 revenue growth"):
            card = await ask(pilot, app, question)
        await pilot.pause(0.2)
        transcript = app.query_one("#transcript").region
        ask_region = app.query_one("#ask").region
        buttons = list(card.query(CitationButton))
        assert buttons
        for button in buttons:
            r = button.region
            assert r.height and transcript.y <= r.y and r.bottom <= transcript.bottom and r.bottom <= ask_region.y
            assert "line " in str(button.label)


async def test_citation_buttons_keep_their_line_numbers_at_80x24(tmp_path):
    from knowledge.ingest import ingest
    from knowledge.store import connect
    long_name = "third-quarter-fiscal-2007-results-press-release-exhibit-99-1.txt"
    (tmp_path / long_name).write_text(SEED)
    con = connect(tmp_path / "long.duckdb")
    ingest(con, [tmp_path / long_name])
    con.close()
    app = FilingsChatApp(tmp_path / "long.duckdb", history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        card = await ask(pilot, app, "Q3 2007 US revenue growth")
        await pilot.pause(0.2)
        for button in card.query(CitationButton):
            assert f"line {button.citation.line}" in str(button.render())[: button.region.width]


# -- a new conversation --------------------------------------------------------------------------
async def test_new_conversation_clears_the_transcript_and_the_context(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "EMEA revenue Q3 2007")
        assert app.context != Context()
        await pilot.press("ctrl+n")
        await pilot.pause(0.1)
        assert not app.query(AnswerCard) and app.context == Context()
        card = await ask(pilot, app, "and the nine months?")
        assert card.answer.value != 4780000  # not read as a follow-up of the cleared conversation
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "New conversation" in titles


# -- sizes -----------------------------------------------------------------------------------
async def test_help_fits_80x24_and_examples_are_questions(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.press("f1")
        await pilot.pause(0.2)
        assert isinstance(app.screen, HelpScreen)
        box = app.screen.query_one("#help-box")
        assert box.region.right <= 80 and box.region.bottom <= 24 and box.max_scroll_y == 0
        text = screen_text(app)
        assert "Escape" in text and "Ctrl+N" in text
        assert app.examples and all(e[0].isupper() and e.endswith("?") for e in app.examples)


async def test_help_examples_are_answered(app, seed_engine):
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        for example in app.examples:
            answer, _ = seed_engine.ask(example)
            assert answer.status == "answered", example


async def test_wide_screen_keeps_cards_readable(app):
    async with app.run_test(size=(200, 60)) as pilot:
        card = await ask(pilot, app, "Q3 2007 US revenue growth")
        await pilot.pause(0.2)
        assert card.region.width <= 140
        for button in card.query(CitationButton):
            assert button.region.width <= len(str(button.label)) + 4  # sized to its label, not stretched


# -- facts browser -----------------------------------------------------------------------------
async def test_facts_browser_columns_limit_and_source(app, monkeypatch):
    monkeypatch.setattr(facts_screen, "ROW_LIMIT", 10)
    async with app.run_test(size=(140, 40)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.press("ctrl+t")  # the facts browser (Ctrl+F searches)
        table = app.screen.query_one("#facts-table")
        for _ in range(60):
            await pilot.pause(0.05)
            if table.row_count:
                break
        assert table.row_count == 10
        status = str(app.screen.query_one("#facts-status").render())
        assert "first 10 of" in status
        names = [str(c.label) for c in table.columns.values()]
        assert names[:4] == ["metric", "period", "value", "unit"]
        # every column is on screen at 140 columns
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 140
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        metrics = {str(r[0]) for r in rows}
        assert not any("_" in m or m.startswith("label:") for m in metrics), metrics
        assert all(r[2].justify == "right" for r in rows)
        await pilot.click("#facts-filter")
        await type_text(pilot, "total assets")
        for _ in range(60):
            await pilot.pause(0.05)
            if table.row_count and all("Total assets" in str(table.get_row_at(i)) for i in range(table.row_count)):
                break
        first = table.get_row_at(0)
        line = int(str(first[6]).rsplit(":", 1)[1])
        table.focus()
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if isinstance(app.screen, SourceScreen):
                break
        assert isinstance(app.screen, SourceScreen) and app.screen.cited == {line}


# -- the store is not held open ------------------------------------------------------------------
async def test_cli_ingest_while_the_chat_is_open(seed_db, tmp_path):
    import shutil
    db = shutil.copy(seed_db, tmp_path / "live.duckdb")
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    other = tmp_path / "acme_q3.txt"
    other.write_text(SEED.replace("BioSphere Medical, Inc.", "Acme Widgets, Inc.").replace("BioSphere", "Acme"))
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        result = subprocess.run([sys.executable, "-m", "chat", "--db", str(db), "ingest", str(other)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        card = await ask(pilot, app, "Acme Q3 2007 revenue")
        assert card.answer.status == "answered" and "Acme" in (card.answer.company or "")
        assert card.answer.citations[0].doc == "acme_q3.txt"


@pytest.mark.slow  # 7 Dec: the default run had reached 10 min; runs with -m slow
async def test_a_question_during_an_in_app_ingest_is_answered(seed_db, tmp_path):
    app, folder = app_on_many_releases(seed_db, tmp_path, n=160)  # long enough that the question lands inside it
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        app._ingest_chosen(folder)
        shown = set()
        for _ in range(20):
            await pilot.pause(0.02)
            shown.add(str(app.query_one("#ingest-file").render()))
        assert any(s.startswith("ingesting r") and s.endswith(".txt") for s in shown), shown
        assert app.ingesting and app.query_one("#ingest-progress").region.width
        before = len(app.query(AnswerCard))
        shown_cards: list[PendingCard] = []

        class Logged(list):  # the card the question gets at once: the answer may replace it between two batches
            def append(self, card):
                shown_cards.append(card)
                super().append(card)
        app.waiting = Logged(app.waiting)
        app.query_one("#ask").value = "BioSphere Q3 2007 revenue"  # typed at once: the ingest takes a second or two
        await pilot.press("enter")
        (waiting,) = shown_cards  # in the transcript at once, saying what it waits for
        assert waiting.question == "BioSphere Q3 2007 revenue" and waiting.status == "waiting for the ingest"
        await pilot.pause(0.05)
        assert app.ingesting and (waiting.is_attached or len(app.query(AnswerCard)) == before + 1)
        for _ in range(1200):  # up to a minute: under load (two tests at once, other processes) the 160 parses take long
            await pilot.pause(0.05)
            if len(app.query(AnswerCard)) > before:
                break
        card = app.query(AnswerCard).last()
        assert "closed" not in card.answer.text.lower()
        assert card.answer.value == 6637000
        await pilot.pause(0.1)
        assert not app.query(PendingCard) and not waiting.is_attached  # the answer took its place
        for _ in range(1200):
            if not app.ingesting:
                break
            await pilot.pause(0.05)
        card = await ask(pilot, app, "Company07 Q3 2007 revenue")
        assert card.answer.status == "answered" and "Company07" in card.answer.company


# -- wording ---------------------------------------------------------------------------------
async def test_trend_is_labelled_bars_and_citations_are_not_repeated(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "revenue trend")
        chart = str(card.query_one(".chart").render())
        rows = chart.splitlines()
        assert len(rows) == len(card.answer.rows) >= 3
        for row, data in zip(rows, card.answer.rows):
            assert row.startswith(data["period"]) and "█" in row  # the lowest value has a bar too
        assert "$4,412,000" in chart or "$4.41 million" in chart
        shown = [(b.citation.doc, b.citation.line) for b in card.query(CitationButton)]
        assert len(shown) == len(set(shown)) and len(card.answer.citations) > len(shown)


async def test_theme_is_kept_between_runs(seed_db, tmp_path):
    settings = tmp_path / "settings.json"
    first = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", settings_path=settings)
    async with first.run_test(size=(80, 24)) as pilot:
        first.theme = "nord"
        await pilot.pause(0.1)
    second = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", settings_path=settings)
    async with second.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.1)
        assert second.theme == "nord"


async def test_export_in_a_browser_is_delivered_not_written(app, tmp_path, monkeypatch):
    delivered = []
    monkeypatch.setattr(FilingsChatApp, "is_web", property(lambda self: True))
    monkeypatch.setattr(app, "deliver_text", lambda f, **kw: delivered.append((f.read(), kw)))
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
    assert delivered and "**Q:** Q3 2007 revenue" in delivered[0][0]
    assert delivered[0][1]["save_filename"].endswith(".md")
    assert not list(tmp_path.glob("filings-chat-*.md"))
