"""Ingest a file or folder from the app: a path prompt, then progress while it runs."""
from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from chat.safe_text import safe_line


class IngestPrompt(ModalScreen[Path | None]):
    BINDINGS = [("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-box"):
            yield Static("Ingest releases: a file or a folder (searched recursively)")
            yield Input(placeholder="/path/to/releases", id="ingest-path")
            yield Static("", id="ingest-error")

    @on(Input.Submitted, "#ingest-path")
    def submitted(self, event: Input.Submitted) -> None:
        typed = event.value.strip()
        path = Path(typed).expanduser()
        try:
            exists = bool(typed) and path.exists()
        except (OSError, ValueError):  # a name too long, a NUL byte
            exists = False
        if not exists:
            # What was typed is shown as text: a path holding "[/]" or "[@click=…]" is not markup.
            self.query_one("#ingest-error", Static).update(Text(f"No such file or folder: {safe_line(typed)}"))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
