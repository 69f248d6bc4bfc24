"""A release with its line numbers, the cited lines highlighted and scrolled to the middle.

A release can be millions of lines. The screen holds a window of at most `WINDOW` lines around the
cited one, fetched from the store, and fetches `PAGE` more when the view reaches either end (or on
`[` / `]`), dropping as many from the other end; the lines are drawn one screen row at a time as they
come into view (Textual's line API), so opening and paging cost the same for any size of release."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.geometry import Size
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer
from textual.widgets import Footer, Static

from chat.safe_text import safe_line
from chat.tui.search_bar import Found, SearchBar, highlighted, open_search, spans

PAGE = 200  # lines fetched at a time, before and after the cited line at first
WINDOW = 3 * PAGE  # lines held at most
MAX_CHARS = 2000  # of one line shown; a release flattened to one huge line is cut, not laid out
CITED_STYLE = "bold black on yellow"

Fetch = Callable[[int, int], list[str]]  # lines first..last (1-based, inclusive); worker threads only
Find = Callable[[str], list[tuple[int, int]]]  # (line, occurrences) of the whole release; worker threads only
FIND_LIMIT = 10_000  # lines with a match counted at most ("… of N+")
TYPING_PAUSE_S = 0.15  # a search of the store starts when the typing pauses this long (each scans the release)


class SourceLines(ScrollView, can_focus=True):
    """Lines `first`.. of a release of `total` lines, numbered, the cited ones highlighted."""

    DEFAULT_CSS = "SourceLines { height: 1fr; }"

    def __init__(self, lines: list[str], first: int, total: int, cited: set[int], id: str | None = None):
        super().__init__(id=id)
        self.total, self.cited = total, cited
        self.number_width = len(str(total))
        self.needle = ""  # a search: its matches are marked, the current one (line, j-th in it) most
        self.current: tuple[int, int] | None = None
        self.set_window(lines, first)

    def set_window(self, lines: list[str], first: int) -> None:
        self.lines = [safe_line(l if len(l) <= MAX_CHARS else l[:MAX_CHARS] + " …") for l in lines]
        self.first = first
        widest = max((cell_len(l) for l in self.lines), default=0)
        self.virtual_size = Size(self.number_width + 3 + widest, len(self.lines))
        self.refresh()

    def line_text(self, i: int) -> Text:
        n = self.first + i
        out = Text(no_wrap=True, end="")
        out.append(f"{n:>{self.number_width}} │ ", style="dim")
        prefix = len(out)
        out.append(self.lines[i], style=CITED_STYLE if n in self.cited else "")
        if self.needle:
            current = self.current[1] if self.current and self.current[0] == n else None
            out = highlighted(out, prefix, spans(self.lines[i], self.needle), current)
        return out

    def match_column(self, n: int, j: int) -> int:
        """The screen column where the j-th match of line n starts (0 when it is not in the window)."""
        i = n - self.first
        if not 0 <= i < len(self.lines):
            return 0
        found = spans(self.lines[i], self.needle)
        start = found[j][0] if j < len(found) else 0
        return self.number_width + 3 + cell_len(self.lines[i][:start])

    def text(self) -> Text:
        """The whole window as one text (what a copy of the view would hold)."""
        return Text("\n").join(self.line_text(i) for i in range(len(self.lines)))

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        i = scroll_y + y
        width = self.scrollable_content_region.width
        if not 0 <= i < len(self.lines):
            return Strip.blank(width, self.rich_style)
        segments = [s for s in self.line_text(i).render(self.app.console) if s.text != "\n"]
        strip = Strip(Segment.apply_style(segments, self.rich_style))
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)


class SourceScreen(Screen):
    BINDINGS = [("escape", "back", "Back"), ("q", "back", "Back"), ("slash", "search", "Find"),
                ("left_square_bracket", "earlier", "Earlier lines"), ("right_square_bracket", "later", "Later lines")]

    def __init__(self, doc: str, lines: list[str], cited: set[int], first: int = 1, total: int | None = None,
                 fetch: Fetch | None = None, find: Find | None = None):
        """`lines` are lines `first`.. of a release of `total` lines; `fetch` brings more of them, `find`
        searches the whole release (without it, a search looks in the lines held)."""
        super().__init__()
        self.find = find
        self.doc, self.cited = doc, cited
        self.total = len(lines) + first - 1 if total is None else total
        self.view = SourceLines(lines, first, self.total, cited, id="source-text")
        self.fetch = fetch
        self.busy = False

    @property
    def lines(self) -> list[str]:
        return self.view.lines

    @property
    def first(self) -> int:
        return self.view.first

    @property
    def last(self) -> int:
        return self.view.first + len(self.view.lines) - 1

    def compose(self) -> ComposeResult:
        cited = ", ".join(str(n) for n in sorted(self.cited))
        yield Static(Text(f"{safe_line(self.doc)} — line {cited} of {self.total:,}"), id="source-title")
        yield self.view
        yield Footer()

    def on_mount(self) -> None:
        cited = min(self.cited) if self.cited else 1
        self.view.focus()
        self.call_after_refresh(lambda: self.view.scroll_to(
            y=max(0, cited - self.first - self.view.size.height // 2), animate=False))
        self.watch(self.view, "scroll_y", self._at_edge, init=False)

    def _at_edge(self, y: float) -> None:
        """The reader scrolled to an end of the window: fetch the next lines there, the view stays put."""
        if y <= 0 and self.first > 1:
            self._page(before=True, move=False)
        elif y >= self.view.max_scroll_y and self.last < self.total:
            self._page(before=False, move=False)

    def action_back(self) -> None:
        """Escape: closes the search first when one is open, else goes back to the chat."""
        bars = list(self.query(SearchBar))
        if bars:
            bars[0].close()
        else:
            self.dismiss()

    def action_search(self) -> None:
        """`/` or Ctrl+F: search the open release."""
        open_search(self, SourceSearch(self), before=self.query_one(Footer), on_close=self._focus_view)

    def _focus_view(self) -> None:
        self.view.focus()

    def jump(self, line: int) -> None:
        """Show `line`, fetching a window around it when it is not held."""
        if self.first <= line <= self.last or self.fetch is None:
            self._center(line)
            return
        self.busy = True
        self._jump(line)

    @work(thread=True, exclusive=True, group="source-page")
    def _jump(self, line: int) -> None:
        first = max(1, line - PAGE)
        try:
            lines = self.fetch(first, min(self.total, line + PAGE)) if self.fetch else []
        except Exception as exc:  # the store went away: say so, keep what is shown
            self.app.call_from_thread(self.app.notify, f"could not read more lines: {safe_line(exc)}",
                                      severity="warning", markup=False)
            self.app.call_from_thread(self._settled)
            return
        self.app.call_from_thread(self._jumped, lines, first, line)

    def _jumped(self, lines: list[str], first: int, line: int) -> None:
        current = self.view.current
        if lines and (current is None or current[0] == line):  # not a jump the reader has already moved on from
            self.view.set_window(lines, first)
            self._center(line)
        self.set_timer(0.1, self._settled)

    def _center(self, line: int) -> None:
        """Scroll so `line` is in the middle of the view, and its current match across."""
        view = self.view
        y = max(0, line - self.first - view.size.height // 2)
        x = 0
        if view.current and view.current[0] == line:
            column = view.match_column(*view.current)
            width = view.scrollable_content_region.width
            x = 0 if column < width - 8 else column - width // 3
        view.scroll_to(x=x, y=y, animate=False, immediate=True)
        view.refresh()

    def action_earlier(self) -> None:
        self._page(before=True, move=True)

    def action_later(self) -> None:
        self._page(before=False, move=True)

    def _page(self, before: bool, move: bool) -> None:
        """Fetch PAGE lines before or after the window; with `move`, the view moves onto them too."""
        if self.fetch is None or self.busy or (self.first <= 1 if before else self.last >= self.total):
            return
        self.busy = True
        if before:
            self._load(max(1, self.first - PAGE), self.first - 1, before, move)
        else:
            self._load(self.last + 1, min(self.total, self.last + PAGE), before, move)

    @work(thread=True, exclusive=True, group="source-page")
    def _load(self, first: int, last: int, before: bool, move: bool) -> None:
        try:
            lines = self.fetch(first, last) if self.fetch else []
        except Exception as exc:  # the store went away: say so, keep what is shown
            lines = []
            self.app.call_from_thread(self.app.notify, f"could not read more lines: {safe_line(exc)}",
                                      severity="warning", markup=False)
        self.app.call_from_thread(self._extend, lines, before, move)

    def _extend(self, lines: list[str], before: bool, move: bool) -> None:
        """Add fetched lines at one end and drop those beyond WINDOW at the other. The line at the top
        of the view stays at the top, or (with `move`) the view goes as many lines on."""
        top = self.first + round(self.view.scroll_y)
        if move:
            top += -len(lines) if before else len(lines)
        window, first = self.view.lines, self.first  # already made safe: set_window is idempotent on them
        if before:
            window, first = (lines + window)[:WINDOW], first - len(lines)
        else:
            window = window + lines
            drop = max(0, len(window) - WINDOW)
            window, first = window[drop:], first + drop
        self.view.set_window(window, first)
        y = min(max(0, top - first), max(0, len(window) - self.view.size.height))
        self.view.scroll_to(y=y, animate=False, immediate=True)
        self.set_timer(0.1, self._settled)  # the scroll just made is not the reader reaching an edge

    def _settled(self) -> None:
        self.busy = False


class SourceSearch:
    """The search bar's target in the source viewer: every line of the release (through `find`, in a
    worker), not only the lines held; a match outside them fetches a window around it."""

    def __init__(self, screen: SourceScreen):
        self.screen = screen
        self.lines: list[tuple[int, int]] = []  # (line, matches in it)
        self.starts: list[int] = []  # the index of each line's first match
        self.pending: Timer | None = None  # the timer of a search about to start

    def find(self, needle: str, found: Found) -> None:
        screen = self.screen
        find_all = screen.find
        if find_all is None:  # the lines held are the release, or all there is to search
            rows = [(screen.first + i, len(spans(line, needle))) for i, line in enumerate(screen.lines)]
            self._found(needle, [r for r in rows if r[1]], found)
            return

        def work() -> None:
            try:
                rows = find_all(needle)
            except Exception as exc:  # the store went away: no match, and why
                rows = []
                screen.app.call_from_thread(screen.app.notify, f"could not search: {safe_line(exc)}",
                                            severity="warning", markup=False)
            screen.app.call_from_thread(self._found, needle, rows, found)

        def start() -> None:
            screen.run_worker(work, thread=True, exclusive=True, group="source-find", exit_on_error=False)
        if self.pending is not None:  # typed on: only the words the typing stops at are searched
            self.pending.stop()
        self.pending = screen.set_timer(TYPING_PAUSE_S, start)

    def _found(self, needle: str, rows: list[tuple[int, int]], found: Found) -> None:
        self.lines, self.starts, total = rows, [], 0
        for _, k in rows:
            self.starts.append(total)
            total += k
        view = self.screen.view
        view.needle, view.current = needle, None
        view.refresh()
        top = view.first + round(view.scroll_y)  # the first match from the top of the view on
        start = next((self.starts[i] for i, (n, _) in enumerate(rows) if n >= top), 0)
        found(needle, total, start, len(rows) >= FIND_LIMIT)

    def show_match(self, index: int, scroll: bool = True) -> None:
        i = max(0, bisect_right(self.starts, index) - 1)
        if not self.lines:
            return
        line = self.lines[i][0]
        self.screen.view.current = (line, index - self.starts[i])
        if scroll:
            self.screen.jump(line)
        else:
            self.screen.view.refresh()

    def clear_search(self) -> None:
        view = self.screen.view
        view.needle, view.current = "", None
        view.refresh()
