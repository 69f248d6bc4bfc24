"""What the chat does with what was said: search it (Ctrl+F or `/`), recall a question (Ctrl+R), keep
each conversation as it goes and reopen one (Ctrl+L). A mixin of `FilingsChatApp`, kept apart so the
app holds the asking and this the remembering.

Saving goes through `chat.session.Conversations` (headless: the CLI could list or reopen them too):
each answered turn is written at once, so a crash loses at most the question in flight."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input

from chat.session import Context, Conversations
from chat.tui.answer_card import AnswerCard
from chat.tui.conversations_screen import ConversationsScreen
from chat.tui.history_search import HistorySearch
from chat.tui.search_bar import SearchBar, SearchInput, open_search
from chat.tui.transcript_search import TranscriptSearch

if TYPE_CHECKING:  # the app this is mixed into, as the type checker sees it; at run time a plain mixin
    from textual.app import App
    from textual.notifications import SeverityLevel

    from chat.tui.history import History
    _App = App[None]
else:
    _App = object


class TranscriptTools(_App):
    """Needs of the app: `history`, `conversation` (a number bumped per conversation), `context`,
    `selected`, `focus_input`, `notify_text`, and `restored` (conversation number → context to start from)."""

    conversations: Conversations
    saved_id: int | None = None  # the saved conversation the transcript is (None: none saved yet)

    if TYPE_CHECKING:  # what the app provides (declared for the type checker only)
        history: History
        conversation: int
        context: Context
        restored: dict[int, Context]

        def focus_input(self) -> None: ...

        def notify_text(self, message: str, severity: SeverityLevel = "information",
                        timeout: float | None = None) -> None: ...

        def select_card(self, card: AnswerCard, focus: bool = True) -> None: ...

        def action_new_conversation(self, quiet: bool = False) -> None: ...

    def open_conversations(self, path) -> None:
        self.conversations = Conversations(path)
        self.saved_id = None
        if self.conversations.warning:
            self.notify_text(self.conversations.warning, severity="warning", timeout=10)

    def on_unmount(self) -> None:
        """The app ends: every turn is already committed; the file is let go."""
        conversations = getattr(self, "conversations", None)
        if conversations is not None:
            conversations.close()

    # -- search ----------------------------------------------------------------------------------
    def action_search(self) -> None:
        """In the chat: the transcript; on a screen that searches (the source viewer): its text."""
        if self.screen is self.screen_stack[0]:
            transcript = self.query_one("#transcript", VerticalScroll)
            open_search(self.screen, TranscriptSearch(transcript), before=self.query_one("#thinking"),
                        on_close=self.focus_input)
        elif hasattr(self.screen, "action_search"):
            self.screen.action_search()

    def close_search(self) -> None:
        for bar in self.screen_stack[0].query(SearchBar):
            bar.close()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a search bar has the keyboard, the app's keys that it uses too (F3: next match) are its."""
        if isinstance(self.focused, SearchInput):
            own = {k for b in SearchInput.BINDINGS if isinstance(b, Binding) for k in b.key.split(",")}
            if any(b.action == action for k, bs in self._bindings.key_to_bindings.items() if k in own for b in bs):
                return False
        return super().check_action(action, parameters)

    # -- history -----------------------------------------------------------------------------------
    def action_history_search(self) -> None:
        if self.screen is self.screen_stack[0]:
            self.push_screen(HistorySearch(self.history.entries), self._history_chosen)

    def _history_chosen(self, text: str | None) -> None:
        ask = self.query_one("#ask", Input)
        if text:
            ask.value = text
            ask.cursor_position = len(text)
        self.call_after_refresh(self.focus_input)

    # -- conversations -------------------------------------------------------------------------------
    def save_turn(self, answer, context: Context) -> None:
        """An answer was shown: saved at once (a failed write is a warning, never a lost answer)."""
        try:
            self.saved_id = self.conversations.save_turn(self.saved_id, answer, context)
        except Exception as exc:
            self.notify_text(f"The conversation could not be saved: {exc}", severity="warning", timeout=8)
        for bar in self.screen_stack[0].query(SearchBar):  # an open search counts the new answer too
            self.call_after_refresh(bar.refresh_matches)

    def forget_conversation(self) -> None:
        """A new conversation: the next answer starts a new saved one; the search bar closes."""
        self.saved_id = None
        self.close_search()

    def action_conversations(self) -> None:
        if not isinstance(self.screen, ConversationsScreen):
            self.push_screen(ConversationsScreen(self.conversations, self.saved_id), self._conversation_chosen)

    def _conversation_chosen(self, conversation: int | None) -> None:
        self.call_after_refresh(self.focus_input)
        if conversation is None:
            if self.saved_id is not None and not any(c.id == self.saved_id for c in self.conversations.list()):
                self.saved_id = None  # deleted from the list: its next answer starts a new saved one
            return
        saved = self.conversations.load(conversation)
        if saved is None:
            self.notify_text("That conversation is no longer saved", severity="warning")
            return
        self.action_new_conversation(quiet=True)
        self.saved_id = saved.info.id
        self.context = saved.context
        self.restored[self.conversation] = saved.context  # the next question follows on from it
        transcript = self.query_one("#transcript", VerticalScroll)
        cards = [AnswerCard(a) for a in saved.answers]
        transcript.mount_all(cards)
        transcript.anchor()
        if cards:
            self.select_card(cards[-1], focus=False)
        self.notify_text(f"Reopened “{saved.info.title}” ({saved.info.turns} turns)")
