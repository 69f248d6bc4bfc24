"""The chat app as its screens and widgets use it. Textual types `node.app` as any `App`, so what they call on
the app (`session`, `open_source`, `select_card`, `notify_text`, `action_search`) is declared here as a protocol
and reached through one cast — the widgets depend on this interface, never on the app module (no cycle)."""
from __future__ import annotations

from typing import Protocol, cast

from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.widget import Widget

from chat.session import Session


class ChatApp(Protocol):
    """What `FilingsChatApp` offers its widgets."""

    session: Session

    def open_source(self, doc: str, line: int, doc_id: int | None = None) -> None: ...

    def select_card(self, card: Widget, focus: bool = True) -> None: ...

    def notify_text(self, message: str, severity: SeverityLevel = "information",
                    timeout: float | None = None) -> None: ...

    def action_search(self) -> None: ...


def chat_app(node: DOMNode) -> ChatApp:
    """The chat app running `node` (the only app these widgets are mounted in)."""
    return cast(ChatApp, node.app)
