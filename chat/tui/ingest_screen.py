"""Ingest a file or folder from the app: a path prompt, then progress while it runs."""
from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class IngestPrompt(ModalScreen[Path | None]):
    BINDINGS = [("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-box"):
            yield Static("Ingest releases: a file or a folder (searched recursively)")
            yield Input(placeholder="/path/to/releases", id="ingest-path")
            yield Static("", id="ingest-error")

    @on(Input.Submitted, "#ingest-path")
    def submitted(self, event: Input.Submitted) -> None:
        path = Path(event.value.strip()).expanduser()
        if not event.value.strip() or not path.exists():
            self.query_one("#ingest-error", Static).update(f"No such file or folder: {event.value.strip()}")
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
