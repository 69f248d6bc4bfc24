"""The export dialog: what to export (the conversation, or the selected answer's table) and where,
the path prefilled with a name in the export folder; the ending (.md, .csv, .json) picks the format.
A path that is refused (a folder, the store, no such folder) is said here and nothing is written;
the dialog stays open to correct it."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, RadioButton, RadioSet, Static

from chat.errors import describe_error
from chat.files import FileRefused
from chat.safe_text import safe_line
from chat.tui.export import CONVERSATION, TABLE


def default_path(folder: Path, what: str) -> Path:
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    return folder / (f"filings-chat-{stamp}.md" if what == CONVERSATION else f"filings-chat-table-{stamp}.csv")


class ExportPrompt(ModalScreen[str | None]):
    """Dismissed with the message of a written export, or None when cancelled. `write(path, what)`
    writes it (chat.tui.export.write_export through the app) and raises FileRefused or OSError."""

    BINDINGS = [("escape", "cancel", "Cancel")]

    def __init__(self, folder: Path, write: Callable[[Path, str], str], has_table: bool):
        super().__init__()
        self.folder, self.write, self.has_table = folder, write, has_table
        self.defaults = {CONVERSATION: str(default_path(folder, CONVERSATION)), TABLE: str(default_path(folder, TABLE))}

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static("Export to Markdown (.md), CSV (.csv) or JSON (.json), by the file name's ending")
            with RadioSet(id="export-what"):
                yield RadioButton("the conversation", value=True, id="export-conversation")
                yield RadioButton("the selected answer's table", id="export-table", disabled=not self.has_table)
            yield Input(self.defaults[CONVERSATION], id="export-path")
            yield Static(Text("Enter writes the file, Escape cancels"), id="export-hint")
            yield Static("", id="export-error")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def what(self) -> str:
        return TABLE if self.query_one("#export-table", RadioButton).value else CONVERSATION

    @on(RadioSet.Changed, "#export-what")
    def chosen(self) -> None:
        """A path left as prefilled follows the choice (a table defaults to CSV)."""
        field = self.query_one("#export-path", Input)
        if field.value in self.defaults.values():
            field.value = self.defaults[self.what()]
        field.focus()

    @on(Input.Submitted, "#export-path")
    def submitted(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        error = self.query_one("#export-error", Static)
        if not typed:
            error.update(Text("Type the file to write"))
            return
        try:
            message = self.write(Path(typed).expanduser(), self.what())
        except FileRefused as exc:
            error.update(Text(safe_line(str(exc))))
            return
        except Exception as exc:  # no permission, a full disk, a NUL byte in the name: said, never a dead app
            error.update(Text(safe_line(f"Could not export to {typed}: {describe_error(exc)}; nothing was written")))
            return
        self.dismiss(message)

    def action_cancel(self) -> None:
        self.dismiss(None)
