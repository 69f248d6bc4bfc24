"""F1: what can I ask? Examples built from what the store holds, and the keys."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from chat.examples import FALLBACK  # noqa: F401 (the help's fallback examples)
from chat.safe_text import safe_line

KEYS = """Keys
  Enter    ask                       Up/Down  question history
  Tab / →  accept the completion     F1       this help
  Ctrl+F   find (or / when empty)    Ctrl+R   search question history
  Ctrl+N   new conversation          Ctrl+L   saved conversations
  Ctrl+T   facts browser             Ctrl+O   documents
  Ctrl+S   export: .md, .csv, .json
  Ctrl+P   commands: ingest, facts, documents, export, themes
  Click an answer, then F2 explain, F3 copy, F4 copy its cited line
  A citation button opens the release at the cited line
  Escape   back; cancels an ingest   Ctrl+Q   quit"""


class HelpScreen(ModalScreen):
    BINDINGS = [("escape", "dismiss", "Close"), ("f1", "dismiss", "Close")]

    def __init__(self, examples: list[str], rebound: dict[str, str] | None = None):
        """`rebound`: keys the config file's [keys] table changed (action → key), listed after the defaults."""
        super().__init__()
        self.examples = examples
        self.rebound = rebound or {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("What can I ask? For example:", style="bold"))
            yield Static(Text("\n".join(f"  • {safe_line(e)}" for e in self.examples)))
            yield Static(Text(KEYS))
            if self.rebound:
                yield Static(Text("Your keys (config.toml): " + ", ".join(f"{safe_line(a)} {safe_line(k)}"
                                                                        for a, k in sorted(self.rebound.items()))))
