"""A question in the transcript before its answer: shown the moment it is asked, with what it waits
for ("waiting for the ingest" while the palette's ingest holds the store), and replaced by its
answer card when the answer comes."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from chat.safe_text import safe

WAITING_FOR_INGEST = "waiting for the ingest"
ANSWERING = "answering…"


class PendingCard(Vertical):
    """The question as typed (plain text, never markup) and one muted line saying what it waits for."""

    def __init__(self, question: str, waiting_for_ingest: bool):
        super().__init__(classes="card pending")
        self.question = question
        self.status = WAITING_FOR_INGEST if waiting_for_ingest else ANSWERING

    def compose(self) -> ComposeResult:
        yield Static(Text("› " + safe(self.question), style="bold"), classes="question")
        yield Static(Text(self.status), classes="body waiting")

    def store_free(self) -> None:
        """The ingest finished: the question is being answered now."""
        self.status = ANSWERING
        if self.is_mounted:
            self.query_one(".waiting", Static).update(Text(self.status))
