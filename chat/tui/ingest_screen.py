"""Ingest a file or folder from the app, or fetch a company from EDGAR: a prompt, then progress while it runs."""
from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from chat.session import plural
from chat.safe_text import safe_line


def cancelled_note(documents: int, facts: int, failed: int) -> str:
    """What a cancelled ingest left: how many documents it stored, and that the rest were not read."""
    return (f"Ingest cancelled: {plural(documents, 'document')} stored ({plural(facts, 'fact')})"
            + (f", {failed} failed" if failed else "") + "; the files after them were not read")


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


_TICKER = re.compile(r"^[A-Za-z][A-Za-z0-9.\-]{0,9}$")


class FetchPrompt(ModalScreen[list[str] | None]):
    """Tickers to fetch from SEC EDGAR; refused here when no User-Agent is set (the SEC requires one)."""

    BINDINGS = [("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-box"):
            yield Static("Fetch a company's earnings releases from SEC EDGAR: tickers, e.g. AAPL MSFT")
            yield Input(placeholder="AAPL MSFT", id="fetch-tickers")
            yield Static("", id="fetch-error")

    @on(Input.Submitted, "#fetch-tickers")
    def submitted(self, event: Input.Submitted) -> None:
        from chat.session import fetch_problem
        tickers = [t for t in re.split(r"[\s,]+", event.value.strip()) if t]
        bad = [t for t in tickers if not _TICKER.match(t)]
        error = self.query_one("#fetch-error", Static)
        if not tickers or bad:
            error.update(Text(f"Not a ticker: {safe_line(bad[0])}" if bad else "Type one or more tickers"))
            return
        problem = fetch_problem()
        if problem:
            error.update(Text(safe_line(problem)))
            return
        self.dismiss([t.upper() for t in tickers])

    def action_cancel(self) -> None:
        self.dismiss(None)
