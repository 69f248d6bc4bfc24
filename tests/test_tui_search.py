"""Issue 21, part 3: search in the transcript and in the source viewer, the question history
(Ctrl+R), saved conversations (Ctrl+L) — driven as a person uses the chat."""
import pytest
from rich.text import Text

from chat.safe_text import safe
from chat.session import Conversations, Session
from chat.tui.answer_card import AnswerCard, CitationButton, body_of
from chat.tui.app import FilingsChatApp
from chat.tui.conversations_screen import ConversationsScreen
from chat.tui.history_search import HistorySearch
from chat.tui.search_bar import CURRENT_STYLE, MATCH_STYLE, SearchBar
from chat.tui.source_screen import PAGE, SourceScreen
from conftest import SAMPLES, type_text
from test_tui import ask
from test_tui_daily import engine_loaded
from test_batch_serve_hostile import big_release_db  # noqa: F401 (a fixture: a 60,000-line release)
from test_tui_session import notes, wait_for

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()


@pytest.fixture
def app(seed_db, tmp_path):
    return FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path,
                          conversations_path=tmp_path / "conversations.sqlite3")


def count(app) -> str:
    return str(app.screen.query_one("#search-count").render())


def styled(text: Text, style: str) -> list[str]:
    return [text.plain[s.start:s.end] for s in text.spans if str(s.style) == style]


async def typed(pilot, keys: str) -> None:
    await type_text(pilot, keys)
    await pilot.pause(0.2)


# -- the transcript ----------------------------------------------------------------------------------
async def test_search_the_transcript_next_previous_and_close(app):
    async with app.run_test(size=(120, 40)) as pilot:
        cards = [await ask(pilot, app, q) for q in ("Q3 2007 revenue", "EMEA revenue Q3 2007", "total assets 9/30/2007")]
        shown = [("› " + safe(c.answer.question), safe(body_of(c.answer))) for c in cards]
        total = sum(t.lower().count("revenue") for pair in shown for t in pair)
        assert total >= 4
        await pilot.press("slash")  # the question is empty: `/` searches
        await pilot.pause(0.1)
        assert app.query(SearchBar) and app.query_one("#ask").value == ""
        await typed(pilot, "REVENUE")
        assert count(app) == f"1 of {total}"
        question = cards[0].searchable[0][0]
        assert styled(question.content, CURRENT_STYLE) == ["revenue"]  # the first match, marked as current
        assert styled(question.content, MATCH_STYLE) == []
        assert question.content is not cards[0].searchable[0][1]  # a painted copy: the original is kept
        await pilot.press("enter")
        assert count(app) == f"2 of {total}"
        await pilot.press("f3")
        assert count(app) == f"3 of {total}"
        assert not any("copied" in n for n in notes(app))  # F3 in the search bar is the next match, not copy
        await pilot.press("shift+f3", "shift+f3", "shift+f3")
        assert count(app) == f"{total} of {total}"  # back past the first: the last
        await pilot.press("down")
        assert count(app) == f"1 of {total}"
        await typed(pilot, "zzzz")
        assert count(app) == "no match"
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert not app.query(SearchBar) and app.focused is app.query_one("#ask")
        await type_text(pilot, "a/b")  # `/` inside a question is typed
        assert app.query_one("#ask").value == "a/b"


async def test_matches_are_highlighted_and_restored(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        static, original = card.searchable[0]
        body, body_text = card.searchable[1]
        await pilot.press("ctrl+f")
        await typed(pilot, "q3 2007")
        assert styled(static.content, CURRENT_STYLE) == ["Q3 2007"]
        others = styled(body.content, MATCH_STYLE)
        assert others and all(o.lower() == "q3 2007" for o in others)
        await pilot.press("enter")
        assert styled(static.content, CURRENT_STYLE) == [] and styled(static.content, MATCH_STYLE) == ["Q3 2007"]
        assert styled(body.content, CURRENT_STYLE)
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert static.content is original and body.content is body_text  # as first shown, figures' colours too


async def test_document_text_is_searched_and_shown_literally(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "[bold]revenue[/bold] (.*) Q3 2007")
        await pilot.press("ctrl+f")
        await typed(pilot, "[bold]")
        assert count(app) == "1 of 1"  # a pattern character is a character, markup is text
        rendered = str(card.query_one(".question").render())
        assert "[bold]revenue[/bold]" in rendered
        await pilot.press("ctrl+u", *"(.*)")
        await pilot.pause(0.2)
        assert count(app) == "1 of 1" and styled(card.searchable[0][0].content, CURRENT_STYLE) == ["(.*)"]


async def test_a_new_conversation_closes_the_search(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("ctrl+f")
        await typed(pilot, "revenue")
        await pilot.press("ctrl+n")
        await pilot.pause(0.1)
        assert not app.query(SearchBar) and not app.query(AnswerCard)


# -- the source viewer: the whole release, not only the lines held ----------------------------------
@pytest.fixture
def long_release_app(tmp_path):
    from knowledge.ingest import ingest
    from knowledge.store import connect
    filler = "\n".join(f"filler line {i} of a long exhibit" for i in range(3 * PAGE))
    marker = "ZEBRA-MARK [bold]not bold[/bold] \x1b]52;c;ZXZpbA==\x07 zebra-mark"
    (tmp_path / "long.txt").write_text(SEED + "\n" + filler + "\n" + marker + "\n" + filler + "\n" + marker + "\n")
    con = connect(tmp_path / "long.duckdb")
    ingest(con, [tmp_path / "long.txt"])
    con.close()
    return FilingsChatApp(tmp_path / "long.duckdb", history_path=tmp_path / "h.txt", export_dir=tmp_path)


async def test_source_search_reaches_lines_beyond_the_window(long_release_app, tmp_path):
    app = long_release_app
    session = Session(tmp_path / "long.duckdb")
    every = session.source_lines("long.txt")
    marks = [i for i, line in enumerate(every, 1) if "zebra-mark" in line.lower()]
    assert len(marks) == 2
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        await pilot.click(CitationButton)
        assert await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen))
        screen = app.screen
        assert screen.last < marks[0]  # the markers are beyond the lines held
        await pilot.press("slash")
        await pilot.pause(0.1)
        await typed(pilot, "zebra-mark")
        assert await wait_for(pilot, lambda: count(app) == "1 of 4")
        assert await wait_for(pilot, lambda: screen.first <= marks[0] <= screen.last)
        view = screen.view
        assert view.current == (marks[0], 0)
        line = view.line_text(marks[0] - view.first)
        assert "[bold]not bold[/bold]" in line.plain and "\x1b" not in line.plain and "␛]52" in line.plain
        assert styled(line, CURRENT_STYLE) == ["ZEBRA-MARK"] and styled(line, MATCH_STYLE) == ["zebra-mark"]
        top = view.scroll_y + view.first
        assert top <= marks[0] < top + view.size.height  # in view
        await pilot.press("enter", "enter")
        assert count(app) == "3 of 4"
        assert await wait_for(pilot, lambda: view.current == (marks[1], 0) and screen.first <= marks[1] <= screen.last)
        await pilot.press("shift+enter", "shift+enter", "shift+enter")
        assert count(app) == "4 of 4"
        await pilot.press("escape")  # closes the search, the release stays open
        await pilot.pause(0.1)
        assert isinstance(app.screen, SourceScreen) and not app.screen.query(SearchBar) and not view.needle
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert not isinstance(app.screen, SourceScreen)


async def test_source_search_without_the_store_searches_the_lines_held(app):
    async with app.run_test(size=(120, 40)) as pilot:
        lines = ["Revenue was $1.0 million", "[red]no markup[/red]", "revenue again, REVENUE"]
        app.push_screen(SourceScreen("x.txt", lines, {1}))
        await pilot.pause(0.2)
        await pilot.press("ctrl+f")
        await typed(pilot, "revenue")
        assert count(app) == "1 of 3"
        await pilot.press("f3")
        assert app.screen.view.current == (3, 0)


# -- the question history ----------------------------------------------------------------------------
async def test_history_search_filters_and_fills_the_question(seed_db, tmp_path):
    (tmp_path / "h.txt").write_text("Q3 2007 revenue\nEMEA revenue Q3 2007\ntotal assets 9/30/2007\n"
                                    "[bold]markup[/bold] question\nnet loss per share nine months 2007\n")
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.press("ctrl+r")
        assert await wait_for(pilot, lambda: isinstance(app.screen, HistorySearch))
        options = app.screen.query_one("#history-list")
        assert options.option_count == 5
        assert str(options.get_option_at_index(0).prompt).startswith("net loss")  # the newest first
        await typed(pilot, "2007 rev")
        assert app.screen.shown == ["EMEA revenue Q3 2007", "Q3 2007 revenue"]  # every word, any order
        await pilot.press("down", "enter")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, HistorySearch))
        ask_input = app.query_one("#ask")
        assert ask_input.value == "Q3 2007 revenue" and app.focused is ask_input and not app.query(AnswerCard)
        await pilot.press("ctrl+r")
        await pilot.pause(0.1)
        await typed(pilot, "[bold]")
        assert str(app.screen.query_one("#history-list").get_option_at_index(0).prompt) == "[bold]markup[/bold] question"
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert app.query_one("#ask").value == "Q3 2007 revenue"  # Escape changes nothing


# -- saved conversations -------------------------------------------------------------------------------
def transcript(app) -> list[str]:
    return [str(s.render()) for card in app.query(AnswerCard) for s, _ in card.searchable]


@pytest.mark.slow  # 7 Dec: the default run had reached 10 min; runs with -m slow
async def test_conversation_saved_restarted_reopened_renamed_deleted(seed_db, tmp_path):
    path = tmp_path / "conversations.sqlite3"

    def chat():
        return FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path, conversations_path=path)
    app = chat()
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "EMEA revenue Q3 2007")
        assert [c.turns for c in Conversations(path).list()] == [1]  # saved as soon as it was answered
        await ask(pilot, app, "revenue trend")
        before = transcript(app)
        rows_before = app.query(AnswerCard).last().answer.rows
    app = chat()  # the chat started again
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        assert not app.query(AnswerCard)
        await pilot.press("ctrl+l")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConversationsScreen))
        table = app.screen.query_one("#conversations-table")
        assert table.row_count == 1
        title, date, turns = (str(c) for c in table.get_row_at(0))
        assert title.strip() == "EMEA revenue Q3 2007" and turns == "2" and date[:4].isdigit()
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: len(app.query(AnswerCard)) == 2)
        await pilot.pause(0.2)
        assert transcript(app) == before  # the same text, not asked again
        assert app.query(AnswerCard).last().answer.rows == rows_before and app.query(".chart")
        card = await ask(pilot, app, "and the nine months?")  # follows on from the reopened conversation
        assert card.answer.status == "answered" and card.answer.metric
        saved = Conversations(path).list()
        assert len(saved) == 1 and saved[0].turns == 3
        # renamed
        await pilot.press("ctrl+l")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConversationsScreen))
        await pilot.press("r")
        await pilot.pause(0.1)
        await pilot.press("ctrl+u", *"[b]EMEA[/b] work", "enter")
        await pilot.pause(0.1)
        table = app.screen.query_one("#conversations-table")
        assert str(table.get_row_at(0)[0]).strip("• ") == "[b]EMEA[/b] work"
        assert Conversations(path).list()[0].title == "[b]EMEA[/b] work"
        # D then another key keeps it; D then Y deletes it
        await pilot.press("d", "n")
        await pilot.pause(0.1)
        assert table.row_count == 1
        await pilot.press("d", "y")
        await pilot.pause(0.1)
        assert table.row_count == 0 and Conversations(path).list() == []
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert app.saved_id is None
        await ask(pilot, app, "total assets 9/30/2007")  # the deleted one's next turn starts a new one
        assert [c.title for c in Conversations(path).list()] == ["total assets 9/30/2007"]


async def test_ctrl_n_clears_and_starts_a_new_saved_conversation(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        first = app.saved_id
        await pilot.press("ctrl+n")
        await pilot.pause(0.1)
        assert not app.query(AnswerCard) and app.saved_id is None
        await ask(pilot, app, "total assets 9/30/2007")
        assert app.saved_id != first
        listed = Conversations(tmp_path / "conversations.sqlite3").list()
        assert [(c.title, c.turns) for c in listed] == [("total assets 9/30/2007", 1), ("Q3 2007 revenue", 1)]


async def test_an_answer_that_comes_while_searching_is_counted(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("ctrl+f")
        await typed(pilot, "revenue")
        before = int(count(app).split(" of ")[1])
        await pilot.press("enter")
        assert count(app) == f"2 of {before}"
        card = await ask(pilot, app, "EMEA revenue Q3 2007")  # asked with the bar open
        added = sum(safe(t).lower().count("revenue") for t in ("› " + card.answer.question, body_of(card.answer)))
        assert await wait_for(pilot, lambda: count(app) == f"2 of {before + added}"), count(app)
        assert app.query(SearchBar)


async def test_a_broken_conversations_file_is_a_warning_and_the_chat_goes_on(seed_db, tmp_path):
    path = tmp_path / "conversations.sqlite3"
    path.write_text("[bold]not a database[/bold]\n" * 50)
    app = FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path, conversations_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        assert card.answer.status == "answered"
        assert any("moved to conversations.sqlite3.bad" in n for n in notes(app))
    assert [c.turns for c in Conversations(path).list()] == [1]  # a new file, the turn saved in it
    assert (tmp_path / "conversations.sqlite3.bad").read_text().startswith("[bold]not a database")


async def test_slash_after_a_click_on_an_answer_searches(app):
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        card.query(CitationButton).first().focus()  # the keyboard is away from the question
        await pilot.pause(0.1)
        await pilot.press("slash")
        await pilot.pause(0.1)
        assert app.query(SearchBar) and app.query_one("#ask").value == ""
        assert app.focused is app.query_one("#search-input")


@pytest.mark.slow  # ~13 s with its 60,000-line store; the jump beyond the window is also tested above, fast
async def test_search_in_a_large_release_jumps_far_and_keeps_the_ui_alive(big_release_db, tmp_path):
    import time
    app = FilingsChatApp(big_release_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause(0.3)
        app.open_source("big.txt", 300)
        assert await wait_for(pilot, lambda: isinstance(app.screen, SourceScreen) and app.screen.query("#source-text"))
        screen = app.screen
        ticks: list[float] = []
        app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
        await pilot.press("ctrl+f")
        await pilot.pause(0.1)
        await type_text(pilot, "paragraph 59990:")  # one line, 59,800 lines beyond the window
        start = time.perf_counter()  # the search, the fetch and the drawing; not the typing of the test
        assert await wait_for(pilot, lambda: count(app) == "1 of 1")
        line = 200 + 59_990 + 1  # the seed's first 200 lines, then the paragraphs from 0
        assert await wait_for(pilot, lambda: screen.first <= line <= screen.last and not screen.busy)
        assert screen.view.current == (line, 0)
        assert screen.view.line_text(line - screen.first).plain.split("│ ")[1].startswith("Paragraph 59990:")
        assert line - screen.first - screen.view.scroll_y in range(5, screen.view.size.height - 5)  # mid-view
        await pilot.press("ctrl+u", *"general terms")
        assert await wait_for(pilot, lambda: count(app).endswith("of 10,000+"))  # counted up to a limit, said so
        gaps = [b - a for a, b in zip(ticks, ticks[1:]) if a >= start]
        assert max(gaps) < 0.5, f"the UI stalled {max(gaps):.2f} s"


async def test_the_current_match_is_scrolled_into_view(app):
    async with app.run_test(size=(80, 24)) as pilot:
        for q in ("total assets 9/30/2007", "Q3 2007 revenue", "EMEA revenue Q3 2007", "revenue trend"):
            await ask(pilot, app, q)
        await pilot.pause(0.2)
        first = app.query(AnswerCard).first().searchable[0][0]
        transcript = app.query_one("#transcript").region
        assert not transcript.contains_region(first.region)  # scrolled away by the newer answers
        await pilot.press("ctrl+f")
        await typed(pilot, "total assets")
        assert count(app).startswith("1 of ")
        await pilot.pause(0.2)
        transcript = app.query_one("#transcript").region
        assert transcript.contains_region(first.region), (first.region, transcript)


async def test_ctrl_f_in_the_facts_browser_goes_to_its_filter(app):
    from chat.tui.facts_screen import FactsScreen
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        await pilot.press("ctrl+t")
        assert await wait_for(pilot, lambda: isinstance(app.screen, FactsScreen))
        app.screen.query_one("#facts-table").focus()
        await pilot.press("ctrl+f")
        assert app.focused is app.screen.query_one("#facts-filter")
