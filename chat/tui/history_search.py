"""Ctrl+R: search the question history. Type words to narrow the list (each word anywhere, in any
order, ignoring case; the newest question first); Enter puts the chosen question in the input."""
from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from chat.safe_text import safe_line
from chat.tui.search_bar import MATCH_STYLE, spans

SHOWN = 200  # questions listed at most; typing narrows the rest


def matching(entries: list[str], text: str) -> list[str]:
    """The entries holding every word of `text`, newest first, each once."""
    words = text.lower().split()
    seen: set[str] = set()
    out = []
    for entry in reversed(entries):
        if entry not in seen and all(w in entry.lower() for w in words):
            seen.add(entry)
            out.append(entry)
    return out


class HistoryFilter(Input):
    BINDINGS = [Binding("down", "move(1)", show=False), Binding("up", "move(-1)", show=False)]

    def action_move(self, delta: int) -> None:
        options = self.screen.query_one(OptionList)
        if options.option_count:
            options.highlighted = ((options.highlighted or 0) + delta) % options.option_count


class HistorySearch(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Close"), Binding("ctrl+r", "dismiss(None)", "Close", show=False)]
    DEFAULT_CSS = """
    HistorySearch { align: center middle; }
    #history-box { width: 100%; max-width: 100; height: auto; max-height: 90%; border: round $primary;
        background: $surface; padding: 0 1; }
    #history-list { height: auto; max-height: 20; }
    #history-status { color: $text-muted; height: 1; }
    """

    def __init__(self, entries: list[str]):
        super().__init__()
        self.entries = entries
        self.shown: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box"):
            yield Static("Question history — type to filter, Enter puts the question in the input", classes="screen-title")
            yield HistoryFilter(placeholder="words of the question…", id="history-filter")
            yield OptionList(id="history-list")
            yield Static("", id="history-status")

    def on_mount(self) -> None:
        self.query_one(HistoryFilter).focus()
        self._show("")

    @on(Input.Changed, "#history-filter")
    def _changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, text: str) -> None:
        found = matching(self.entries, text)
        self.shown = found[:SHOWN]
        options = self.query_one(OptionList)
        options.clear_options()
        for entry in self.shown:
            line = Text(safe_line(entry))  # a question is shown as typed: never markup
            for word in text.split():
                for s, e in spans(line.plain, word):
                    line.stylize(MATCH_STYLE, s, e)
            options.add_option(Option(line))
        if self.shown:
            options.highlighted = 0
        more = f" (the newest {SHOWN})" if len(found) > SHOWN else ""
        status = "no question matches" if not found else f"{len(found)} of {len(set(self.entries))} questions{more}"
        self.query_one("#history-status", Static).update(Text(status))

    @on(Input.Submitted, "#history-filter")
    def _submitted(self) -> None:
        options = self.query_one(OptionList)
        if self.shown and options.highlighted is not None:
            self.dismiss(self.shown[options.highlighted])

    @on(OptionList.OptionSelected, "#history-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.shown[event.option_index])
