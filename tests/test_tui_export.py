"""Copy and export that work (issue 21, part 5): the system clipboard first and OSC 52 as the
fallback, each named, never a success the app cannot see; a cited line copied; the conversation or
an answer's table exported to Markdown, CSV or JSON where the user chose, refused with a message
(nothing written) for a folder or the store."""
import csv
import hashlib
import json
import subprocess

import pytest

from chat.tui import clipboard
from chat.tui.app import FilingsChatApp
from chat.tui.export_screen import ExportPrompt
from test_tui import ask
from test_tui_session import notes, wait_for


@pytest.fixture
def app(seed_db, tmp_path):
    return FilingsChatApp(seed_db, history_path=tmp_path / "h.txt", export_dir=tmp_path)


class FakeRunner:
    """A clipboard program that takes the text (or fails, or hangs) and records what it was given."""

    def __init__(self, returncode=0, hang=False):
        self.returncode, self.hang, self.calls = returncode, hang, []

    def __call__(self, command, input=None, timeout=None, **kw):
        self.calls.append((command, input.decode()))
        if self.hang:
            raise subprocess.TimeoutExpired(command, timeout)
        return subprocess.CompletedProcess(command, self.returncode)


def only(*present):
    return lambda name: f"/usr/bin/{name}" if name in present else None


# -- the clipboard, on its own ---------------------------------------------------------------------
def test_the_first_program_present_that_takes_the_text_is_named():
    runner, sent = FakeRunner(), []
    copied = clipboard.copy_text("6.64", sent.append, runner=runner, which=only("xsel", "pbcopy"))
    assert copied.message("Answer") == "Answer copied to the system clipboard (xsel)"
    assert runner.calls == [(["xsel", "--clipboard", "--input"], "6.64")] and not sent


@pytest.mark.parametrize("runner", [FakeRunner(returncode=1), FakeRunner(hang=True)], ids=["fails", "hangs"])
def test_a_program_that_fails_or_hangs_falls_back_to_osc52_said_as_such(runner):
    sent = []
    copied = clipboard.copy_text("6.64", sent.append, runner=runner, which=only("wl-copy"))
    assert sent == ["6.64"] and runner.calls
    assert copied.message("Answer") == "Answer sent to the terminal (OSC 52); your terminal may ignore it"


# -- copy in the chat ------------------------------------------------------------------------------
async def test_f3_copies_the_answer_through_xclip_and_says_so(app, monkeypatch):
    runner = FakeRunner()
    monkeypatch.setattr(clipboard, "RUNNER", runner)
    monkeypatch.setattr(clipboard, "WHICH", only("xclip"))
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: "Answer copied to the system clipboard (xclip)" in notes(app)), notes(app)
    assert runner.calls == [(["xclip", "-selection", "clipboard"], card.answer.text)]
    assert app.clipboard != card.answer.text  # no OSC 52 was sent as well


async def test_with_no_clipboard_program_osc52_is_sent_and_not_claimed_as_copied(app, monkeypatch):
    monkeypatch.setattr(clipboard, "WHICH", only())
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: any("OSC 52" in n for n in notes(app))), notes(app)
        assert "Answer sent to the terminal (OSC 52); your terminal may ignore it" in notes(app)
        assert not any("copied" in n for n in notes(app))
        assert app.clipboard == card.answer.text


async def test_f4_copies_the_cited_line_file_line_and_text(app, monkeypatch):
    runner = FakeRunner()
    monkeypatch.setattr(clipboard, "RUNNER", runner)
    monkeypatch.setattr(clipboard, "WHICH", only("wl-copy"))
    async with app.run_test(size=(120, 40)) as pilot:
        card = await ask(pilot, app, "Q3 2007 revenue")
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: "Cited line copied to the system clipboard (wl-copy)" in notes(app))
    c = card.answer.citations[0]
    ((_, text),) = runner.calls
    assert text == f"{c.doc}, line {c.line}: {c.quote}"
    assert c.doc == "002_4266c43fe5b6aa3e.txt" and "6,637" in text


# -- export ----------------------------------------------------------------------------------------
async def export_through_the_dialog(pilot, app, path, table=False) -> str:
    """Ctrl+S, the table chosen or not, the path typed over the default, Enter; the dialog's error or ''."""
    await pilot.press("ctrl+s")
    assert await wait_for(pilot, lambda: isinstance(app.screen, ExportPrompt))
    dialog = app.screen
    assert dialog.query_one("#export-path").value.startswith(str(app.export_dir))  # prefilled in the export folder
    if table:
        await pilot.click("#export-table")
        assert dialog.query_one("#export-path").value.endswith(".csv")  # a table defaults to CSV
    dialog.query_one("#export-path").value = str(path)
    dialog.query_one("#export-path").focus()
    await pilot.press("enter")
    await pilot.pause(0.1)
    return "" if app.screen is not dialog else str(dialog.query_one("#export-error").render())


async def test_the_conversation_exports_to_markdown_csv_and_json(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        first = (await ask(pilot, app, "Q3 2007 revenue")).answer
        second = (await ask(pilot, app, "and net income?")).answer
        for name in ("chat.md", "chat.csv", "chat.json"):
            assert await export_through_the_dialog(pilot, app, tmp_path / name) == ""
            assert f"Conversation exported to {tmp_path / name}" in " ".join(notes(app))
    md = (tmp_path / "chat.md").read_text()
    assert md.startswith("# filings-chat conversation") and "**Q:** Q3 2007 revenue" in md and "**Q:** and net income?" in md
    assert f"`002_4266c43fe5b6aa3e.txt`, line {first.citations[0].line}" in md
    rows = list(csv.DictReader((tmp_path / "chat.csv").open()))
    assert [r["question"] for r in rows] == ["Q3 2007 revenue", "and net income?"]
    assert float(rows[0]["value"]) == first.value == 6637000 and rows[0]["unit"] == "USD"
    assert rows[0]["citations"].startswith(f"002_4266c43fe5b6aa3e.txt:{first.citations[0].line}")
    data = json.loads((tmp_path / "chat.json").read_text())["conversation"]
    assert [a["question"] for a in data] == ["Q3 2007 revenue", "and net income?"]
    assert data[0]["value"] == 6637000 and data[1]["value"] == second.value
    assert data[0]["citations"][0] == {"doc": first.citations[0].doc, "line": first.citations[0].line,
                                       "quote": first.citations[0].quote}


async def test_the_selected_answers_table_exports(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        trend = (await ask(pilot, app, "revenue trend")).answer
        assert len(trend.rows) >= 3
        for name in ("trend.csv", "trend.json", "trend.md"):
            assert await export_through_the_dialog(pilot, app, tmp_path / name, table=True) == ""
            assert f"Table exported to {tmp_path / name}" in " ".join(notes(app))
    rows = list(csv.DictReader((tmp_path / "trend.csv").open()))
    assert [(r["period"], float(r["value"]), r["unit"]) for r in rows] == \
        [(r["period"], r["value"], r["unit"]) for r in trend.rows]
    data = json.loads((tmp_path / "trend.json").read_text())
    assert data["question"] == "revenue trend" and data["rows"] == [
        {"period": r["period"], "value": r["value"], "unit": r["unit"]} for r in trend.rows]
    md = (tmp_path / "trend.md").read_text().splitlines()
    assert md[2:4] == ["| period | value |", "| --- | ---: |"] and len(md) == 4 + len(trend.rows)
    assert md[4].startswith(f"| {trend.rows[0]['period']} | $")


async def test_a_folder_or_the_store_is_refused_and_nothing_written(seed_db, tmp_path):
    import shutil
    db = shutil.copy(seed_db, tmp_path / "live.duckdb")
    app = FilingsChatApp(db, history_path=tmp_path / "h.txt", export_dir=tmp_path)
    (tmp_path / "folder.md").mkdir()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    async with app.run_test(size=(120, 40)) as pilot:
        await ask(pilot, app, "Q3 2007 revenue")
        said = await export_through_the_dialog(pilot, app, tmp_path)
        assert "is a folder; name a file" in said, said
        app.screen.dismiss(None)
        said = await export_through_the_dialog(pilot, app, tmp_path / "folder.md")
        assert "is a folder; name a file" in said, said
        app.screen.dismiss(None)
        said = await export_through_the_dialog(pilot, app, db)
        assert "the export and the store are the same file" in said and "nothing was written" in said, said
        said = await export_through_the_dialog_again(pilot, app, tmp_path / "nowhere" / "x.md")
        assert "no folder" in said, said
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportPrompt) and app.is_running
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left


async def export_through_the_dialog_again(pilot, app, path) -> str:
    """The dialog still open after a refusal: another path typed, Enter."""
    field = app.screen.query_one("#export-path")
    field.value = str(path)
    await pilot.press("enter")
    await pilot.pause(0.1)
    return str(app.screen.query_one("#export-error").render())
