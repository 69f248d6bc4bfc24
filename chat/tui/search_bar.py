"""A find bar over what a screen shows: type to search, Enter / F3 / Down for the next match,
Shift+Enter / Shift+F3 / Up for the previous one, "3 of 12" beside it, Escape closes it.

The bar knows nothing of what it searches: a `Searchable` (the transcript, a release in the source
viewer) finds the matches — at once or later, from a worker — highlights them and shows one. The
text searched is document text: matched as plain text, ignoring case, never as a pattern or markup."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Static

MATCH_STYLE = "black on dark_khaki"
CURRENT_STYLE = "bold white on blue"

# found(needle, total, start, more): the matches of `needle`, the one to show first, and whether
# there are more than were counted
Found = Callable[[str, int, int, bool], None]


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where `needle` occurs in `text`, ignoring case, not overlapping (offsets into `text` itself)."""
    if not needle:
        return []
    return [m.span() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


def highlighted(base: Text, offset: int, found: list[tuple[int, int]], current: int | None) -> Text:
    """`base` with the matches (spans of its text after `offset`) marked, the `current`-th most of all."""
    out = base.copy()
    for j, (s, e) in enumerate(found):
        out.stylize(CURRENT_STYLE if j == current else MATCH_STYLE, offset + s, offset + e)
    return out


class Searchable(Protocol):
    def find(self, needle: str, found: Found) -> None:
        """Find `needle` (empty: nothing) and call `found` on the UI thread, now or later."""

    def show_match(self, index: int, scroll: bool = True) -> None:
        """Highlight match `index` (0-based) as the current one and (with `scroll`) bring it into view."""

    def clear_search(self) -> None:
        """Show the text as it was, without highlights."""


class SearchInput(Input):
    BINDINGS = [
        Binding("shift+enter,shift+f3,up", "step(-1)", "Previous match", show=False),
        Binding("f3,down", "step(1)", "Next match", show=False),
        Binding("escape", "close", "Close the search", show=False),
    ]

    def action_step(self, delta: int) -> None:
        self._bar().step(delta)

    def action_close(self) -> None:
        self._bar().close()

    def _bar(self) -> "SearchBar":
        """The bar this input stands in (it is only ever mounted in one)."""
        bar = self.parent
        assert isinstance(bar, SearchBar)
        return bar


class SearchBar(Horizontal):
    DEFAULT_CSS = """
    SearchBar { height: 1; padding: 0 1; background: $boost; }
    SearchBar .search-label { width: auto; color: $text-muted; }
    SearchBar SearchInput { width: 1fr; }
    SearchBar #search-count { width: auto; min-width: 12; padding: 0 0 0 1; }
    """

    def __init__(self, target: Searchable, on_close: Callable[[], None] | None = None):
        super().__init__(id="search-bar")
        self.target, self.on_close = target, on_close
        self.needle = ""
        self.total, self.index, self.more = 0, -1, False

    def compose(self) -> ComposeResult:
        yield Static("Find ", classes="search-label")
        yield SearchInput(placeholder="words to find — Enter next, Shift+Enter previous, Esc close",
                          compact=True, id="search-input")
        yield Static("", id="search-count")

    def on_mount(self) -> None:
        self.query_one(SearchInput).focus()

    @property
    def count(self) -> str:
        """What the count shows: '3 of 12', 'no match', or nothing before a search."""
        if not self.needle:
            return ""
        if not self.total:
            return "no match"
        return f"{self.index + 1:,} of {self.total:,}{'+' if self.more else ''}"

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.needle = event.value
        if not self.needle:
            self.target.clear_search()
            self._found("", 0, -1, False)
            return
        self.target.find(self.needle, self._found)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.step(1)

    def _found(self, needle: str, total: int, start: int, more: bool) -> None:
        if needle != self.needle or not self.is_attached:
            return  # the answer to an earlier search: the words have changed since
        self.total, self.more = total, more
        self.index = min(max(start, 0), total - 1) if total else -1
        if total:
            self.target.show_match(self.index)
        self._show_count()

    def refresh_matches(self) -> None:
        """The text changed (a new answer came): count again, keep the current match, leave the view where it is."""
        if self.needle:
            self.target.find(self.needle, self._refound)

    def _refound(self, needle: str, total: int, start: int, more: bool) -> None:
        if needle != self.needle or not self.is_attached:
            return
        self.total, self.more = total, more
        self.index = min(max(self.index, 0), total - 1) if total else -1
        if total:
            self.target.show_match(self.index, scroll=False)
        self._show_count()

    def step(self, delta: int) -> None:
        if not self.total:
            return
        self.index = (self.index + delta) % self.total
        self.target.show_match(self.index)
        self._show_count()

    def _show_count(self) -> None:
        self.query_one("#search-count", Static).update(Text(self.count))

    def close(self) -> None:
        self.target.clear_search()
        on_close = self.on_close
        self.remove()
        if on_close:
            on_close()


def open_search(parent, target: Searchable, before=None, on_close: Callable[[], None] | None = None) -> SearchBar:
    """The search bar of `parent` (a screen), mounted before `before` — or the one open, focused again."""
    bars = list(parent.query(SearchBar))
    if bars:
        field = bars[0].query_one(SearchInput)
        field.focus()
        field.select_all()
        return bars[0]
    bar = SearchBar(target, on_close)
    parent.mount(bar, before=before)
    return bar
