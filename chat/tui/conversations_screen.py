"""Ctrl+L: the saved conversations (title — the first question unless renamed —, date, turns).
Enter reopens one (its answers shown again as they were, not asked again), R renames it, D then Y
deletes it, Escape goes back. Titles are the user's own text: shown plain, never markup."""
from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from chat.safe_text import safe_line
from chat.session import ConversationInfo, Conversations

TITLE_WIDTH = 70


def when(iso: str) -> str:
    """'2026-12-06 14:06' of an ISO time: the date first, to the minute."""
    return iso.replace("T", " ")[:16]


class RenameInput(Input):
    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def action_cancel(self) -> None:
        screen = self.screen
        if isinstance(screen, ConversationsScreen):
            screen.end_rename()


class ConversationsScreen(Screen[int | None]):
    """Dismissed with the id of the conversation to reopen, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Back"), Binding("r", "rename", "Rename"),
                Binding("d,delete", "delete", "Delete"), Binding("y", "confirm", "Yes, delete", show=False)]
    DEFAULT_CSS = """
    #conversations-status { color: $text-muted; padding: 0 1; height: 1; }
    #rename { display: none; }
    #rename.open { display: block; }
    """

    def __init__(self, conversations: Conversations, current: int | None = None):
        super().__init__()
        self.conversations, self.current = conversations, current
        self.rows: list[ConversationInfo] = []
        self.deleting: int | None = None  # D pressed on this conversation: Y deletes it

    def compose(self) -> ComposeResult:
        yield Static("Conversations — Enter reopens, R renames, D deletes", classes="screen-title")
        yield DataTable(id="conversations-table", zebra_stripes=True, cursor_type="row")
        yield RenameInput(placeholder="a new title, Enter to keep it, Esc to cancel", id="rename")
        yield Static("", id="conversations-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("title", key="title")
        table.add_column("date", key="date")
        table.add_column(Text("turns", justify="right"), key="turns")
        self.load()
        table.focus()

    def load(self, keep: int | None = None) -> None:
        self.rows = self.conversations.list()
        table = self.query_one(DataTable)
        table.clear()
        for c in self.rows:
            title = safe_line(c.title)
            title = title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"
            mark = "• " if c.id == self.current else "  "
            table.add_row(Text(mark + title), Text(when(c.updated)), Text(str(c.turns), justify="right"), key=str(c.id))
        ids = [c.id for c in self.rows]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        self.say(f"{len(self.rows)} saved conversation{'s' if len(self.rows) != 1 else ''}"
                 if self.rows else "No saved conversation yet: each answered question is saved as you go")

    def say(self, text: str) -> None:
        self.query_one("#conversations-status", Static).update(Text(text))

    @property
    def chosen(self) -> ConversationInfo | None:
        table = self.query_one(DataTable)
        if not self.rows or table.cursor_row is None or not 0 <= table.cursor_row < len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowSelected, "#conversations-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        assert key is not None  # every row is keyed by its conversation's id
        self.dismiss(int(key))

    def action_rename(self) -> None:
        chosen = self.chosen
        if chosen is None:
            return
        field = self.query_one(RenameInput)
        field.value = chosen.title
        field.add_class("open")
        field.focus()
        self.say(f"Rename “{safe_line(chosen.title)[:60]}”")

    @on(Input.Submitted, "#rename")
    def _renamed(self, event: Input.Submitted) -> None:
        chosen = self.chosen
        if chosen is not None:
            if self.conversations.rename(chosen.id, event.value):
                self.end_rename(keep=chosen.id)
                return
            self.say("A title needs a word; the old one is kept")

    def end_rename(self, keep: int | None = None) -> None:
        field = self.query_one(RenameInput)
        field.remove_class("open")
        self.query_one(DataTable).focus()
        self.load(keep if keep is not None else getattr(self.chosen, "id", None))

    def action_delete(self) -> None:
        chosen = self.chosen
        if chosen is not None:
            self.deleting = chosen.id
            self.say(f"Delete “{safe_line(chosen.title)[:60]}” ({chosen.turns} turns)? Y deletes it, any other key keeps it")

    def action_confirm(self) -> None:
        chosen = self.chosen
        if self.deleting is None or chosen is None or chosen.id != self.deleting:
            return
        self.deleting = None
        self.conversations.delete(chosen.id)
        self.load()
        self.say(f"Deleted “{safe_line(chosen.title)[:60]}”")

    def on_key(self, event) -> None:
        if self.deleting is not None and event.key not in ("y", "d", "delete"):
            self.deleting = None  # any other key keeps the conversation
            self.say("Kept")
