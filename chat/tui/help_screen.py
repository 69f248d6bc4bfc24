"""F1: what can I ask? Examples built from what the store holds, and the keys."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = """
Keys
  Enter      ask                     Up / Down   question history
  Tab / →    accept the completion   F1          this help
  Ctrl+F     facts browser           Ctrl+O      documents
  Ctrl+S     export the conversation to Markdown
  Ctrl+P     command palette: ingest, facts, documents, export, themes
  On an answer (click it):  e  explain (template and SQL)   c  copy
  A citation button opens the release at the cited line
  Escape     back                    Ctrl+Q      quit"""


class HelpScreen(ModalScreen):
    BINDINGS = [("escape", "app.pop_screen", "Close"), ("f1", "app.pop_screen", "Close")]

    def __init__(self, examples: list[str]):
        super().__init__()
        self.examples = examples

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("What can I ask?", style="bold"))
            yield Static(Text("\n".join(f"  • {e}" for e in self.examples)))
            yield Static(Text(KEYS))
