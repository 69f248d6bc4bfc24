"""The chat driven as a person uses it: type, press Enter, read the screen; open a citation."""
from pathlib import Path

import pytest

from chat.tui.answer_card import AnswerCard, CitationButton
from chat.tui.app import FilingsChatApp
from chat.tui.facts_screen import FactsScreen
from chat.tui.source_screen import SourceScreen
from conftest import type_text


async def ask(pilot, app, text):
    before = len(app.query(AnswerCard))
    await pilot.click("#ask")
    await type_text(pilot, text)
    await pilot.press("enter")
    for _ in range(100):
        await pilot.pause(0.05)
        if len(app.query(AnswerCard)) > before:
            break
    await pilot.wait_for_scheduled_animations()  # the card mounted and scrolled to, not a fixed 0.1 s
    return app.query(AnswerCard).last()


def screen_text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query("Static"))


@pytest.fixture
def app(seed_db, tmp_path):
    return FilingsChatApp(seed_db, history_path=tmp_path / "history.txt", export_dir=tmp_path)


async def test_question_answer_and_citation_on_screen(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 US revenue growth")
        text = screen_text(app)
        assert "21%" in text and "$4.98 million" in text
        buttons = list(card.query(CitationButton))
        assert any(b.citation.line == 24 for b in buttons)


async def test_opening_a_citation_highlights_the_line(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "total assets 9/30/2007")
        card.query(CitationButton).first()
        await pilot.click(CitationButton)
        await pilot.pause(0.2)
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.cited == {268}
        rendered = app.screen.query_one("#source-text").text()
        assert "Total assets" in str(rendered)
        highlighted = [s for s in rendered.spans if "yellow" in str(s.style)]
        assert highlighted and "31,856" in str(rendered)[highlighted[0].start:highlighted[0].end]
        await pilot.press("escape")
        assert not isinstance(app.screen, SourceScreen)


async def test_follow_up_uses_the_conversation(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "EMEA revenue Q3 2007")
        card = await ask(pilot, app, "and the nine months?")
        assert card.answer.value == 4780000


async def test_history_is_kept_and_persisted(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        await ask(pilot, app, "Q3 2006 EPS")
        await pilot.press("up")
        assert app.query_one("#ask").value == "Q3 2006 EPS"
        await pilot.press("up")
        assert app.query_one("#ask").value == "Q3 2007 revenue"
    assert (tmp_path / "history.txt").read_text().splitlines() == ["Q3 2007 revenue", "Q3 2006 EPS"]


async def test_facts_browser_filters(app):
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("ctrl+t")  # the facts browser (Ctrl+F searches)
        await pilot.pause(0.3)
        assert isinstance(app.screen, FactsScreen)
        table = app.screen.query_one("#facts-table")
        total = table.row_count
        await pilot.click("#facts-filter")
        await type_text(pilot, "inventories")
        for _ in range(40):
            await pilot.pause(0.05)
            if table.row_count < total:
                break
        assert 0 < table.row_count < total
        assert all("inventor" in str(table.get_row_at(i)).lower() for i in range(table.row_count))


async def test_export_writes_markdown(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        await pilot.press("enter")  # the dialog's default: a Markdown file in the export folder
        await pilot.pause(0.1)
    exported = list(tmp_path.glob("filings-chat-*.md"))
    assert exported and "**Q:** Q3 2007 revenue" in exported[0].read_text()
    assert "002_4266c43fe5b6aa3e.txt" in exported[0].read_text()


async def test_markup_in_text_is_shown_literally(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "[bold]revenue[/bold] [link=http://x]Q3 2007[/link]")
        question = str(card.query_one(".question").render())
        assert "[bold]revenue[/bold]" in question and "[link=http://x]" in question


async def test_explain_shows_the_sql(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        await pilot.click(card.query_one(".question"))
        await pilot.press("f2")
        assert card.has_class("explained")
        assert "value_for_period" in str(card.query_one(".explain").render())


async def test_help_lists_examples_from_the_store(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        await pilot.press("f1")
        await pilot.pause(0.1)
        text = screen_text(app)
        assert "What can I ask?" in text and "2007" in text


async def test_completion_of_metric_names(app):
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(40):
            await pilot.pause(0.05)
            if app.engine is not None:
                break
        await pilot.click("#ask")
        await pilot.press(*"Q3 2007 weighted av")
        await pilot.pause(0.3)
        await pilot.press("right")
        assert app.query_one("#ask").value.startswith("Q3 2007 weighted average")


async def test_waits_for_a_store_another_process_writes(seed_db, tmp_path):
    import shutil
    import subprocess
    import sys
    seed_db = shutil.copy(seed_db, tmp_path / "copy.duckdb")
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb,time; c=duckdb.connect({str(seed_db)!r}); "
                               "print('ready', flush=True); time.sleep(2.5)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    app = FilingsChatApp(Path(seed_db), history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.5)
        assert app.engine is None  # the input is there; the engine waits for the lock
        await ask(pilot, app, "Q3 2007 revenue")
        for _ in range(100):
            if app.query(AnswerCard):
                break
            await pilot.pause(0.1)
        assert app.query(AnswerCard).last().answer.value == 6637000
    holder.wait()


def test_completion_takes_the_shortest_phrase_a_word_begins():
    """Per-length binary search gives what a scan of every phrase gives: the shortest phrase longer
    than what was typed that begins with it."""
    import random
    from chat.tui.suggest import WordSuggester
    rnd = random.Random(7)
    phrases = ["".join(rnd.choice("abc ") for _ in range(rnd.randint(3, 9))).strip() for _ in range(400)]
    suggester = WordSuggester(phrases)
    known = {p.lower() for p in phrases if len(p) > 2}
    for piece in ["a", "ab", "b c", "cc", "abc", "zz"] + [p[:rnd.randint(1, len(p))] for p in phrases[:50]]:
        got = suggester.shortest(piece)
        longer = [p for p in known if p.startswith(piece) and p != piece]
        assert got == (min(longer, key=lambda p: (len(p), p)) if longer else None), piece


async def test_an_export_that_fails_leaves_no_fragment(app, tmp_path, monkeypatch):
    """The export is written through a temporary file renamed into place: a failure (a full disk, a
    kill) leaves no half-written Markdown file and no temporary file, and says so."""
    import os
    real_replace = os.replace

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        monkeypatch.setattr(os, "replace", full_disk)
        await pilot.press("ctrl+s")
        await pilot.pause(0.1)
        await pilot.press("enter")
        await pilot.pause(0.1)
        monkeypatch.setattr(os, "replace", real_replace)
        said = str(app.screen.query_one("#export-error").render())  # the dialog stays open and says why
        assert "No space left on device" in said and "nothing was written" in said, said
    assert not list(tmp_path.glob("filings-chat-*.md")) and not list(tmp_path.glob(".filings-chat-*"))


async def test_facts_browser_marks_a_doubted_figure_and_says_why(tmp_path):
    from test_doubts import RELEASE, _engine
    _engine(tmp_path, RELEASE).close()
    app = FilingsChatApp(tmp_path / "s.duckdb", history_path=tmp_path / "history.txt", export_dir=tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("ctrl+t")
        await pilot.pause(0.3)
        table = app.screen.query_one("#facts-table")
        await pilot.click("#facts-filter")
        await type_text(pilot, "diluted 2019")
        for _ in range(40):
            await pilot.pause(0.05)
            rows = [str(table.get_row_at(i)) for i in range(table.row_count)]
            if rows and all("2019" in r for r in rows):
                break
        marked = [i for i, r in enumerate(rows) if "doubted:" in r]
        assert marked and any("Diluted" in rows[i] for i in marked)
        table.focus()
        table.move_cursor(row=marked[0])
        await pilot.pause(0.1)
        status = str(app.screen.query_one("#facts-status").render())
        assert "doubted: the release's arithmetic does not hold" in status
