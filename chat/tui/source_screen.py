"""A release with its line numbers, the cited lines highlighted and scrolled to the middle."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from chat.safe_text import safe_line


class SourceScreen(Screen):
    BINDINGS = [("escape", "dismiss", "Back"), ("q", "dismiss", "Back")]

    def __init__(self, doc: str, lines: list[str], cited: set[int]):
        super().__init__()
        self.doc, self.lines, self.cited = doc, lines, cited

    def compose(self) -> ComposeResult:
        yield Static(Text(f"{safe_line(self.doc)} — line {', '.join(str(n) for n in sorted(self.cited))}"), id="source-title")
        with VerticalScroll(id="source-scroll"):
            yield Static(self._render_lines(), id="source-text")
        yield Footer()

    def _render_lines(self) -> Text:
        width = len(str(len(self.lines)))
        out = Text(no_wrap=True)
        for n, line in enumerate(self.lines, 1):
            style = "bold black on yellow" if n in self.cited else ""
            out.append(f"{n:>{width}} │ ", style="dim")
            out.append(safe_line(line) + "\n", style=style)
        return out

    def on_mount(self) -> None:
        first = min(self.cited) if self.cited else 1
        scroll = self.query_one("#source-scroll", VerticalScroll)
        self.call_after_refresh(lambda: scroll.scroll_to(y=max(0, first - 1 - scroll.size.height // 2), animate=False))
