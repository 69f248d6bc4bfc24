"""The filings-chat terminal app: a transcript of cited answers over the store.

The engine is headless; this app only renders what it returns. Every question runs in a worker
thread that posts the answer back, so typing never waits on DuckDB.

Everything it asks of the store goes through `chat.session.Session`: it never holds the store
open between questions, so `filings-chat ingest` in another terminal can write while the chat is
open, and reloads the engine when the store changed. Workers report their errors as messages
(`exit_on_error=False`): a failed piece of work is a notification, never a dead app.
"""
from __future__ import annotations

import io
import queue
import threading
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import events, on, work
from textual.worker import Worker, WorkerState, get_current_worker
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.css.query import NoMatches
from textual.widgets import Button, Footer, Header, Input, LoadingIndicator, ProgressBar, Static

from chat.answer import Answer
from chat.errors import describe_error
from chat.safe_text import safe_line
from chat.session import Cancelled, Context, Engine, Session, plural, release_files
from chat.tui.answer_card import AnswerCard, CitationButton
from chat.tui.clipboard import copy_text
from chat.tui.export import cited_line, write_export
from chat.tui.export_screen import ExportPrompt
from chat.tui.facts_screen import DocsScreen, FactsScreen
from chat.tui.help_screen import FALLBACK, HelpScreen
from chat.tui.history import History
from chat.tui.pending_card import PendingCard
from chat.tui.ingest_screen import FetchPrompt, IngestPrompt, cancelled_note
from chat.tui.settings import Settings
from chat.tui.source_screen import FIND_LIMIT, PAGE, SourceScreen
from chat.tui.suggest import WordSuggester
from chat.tui.transcript_tools import TranscriptTools
from chat.tui.typed_app import chat_app

CSS = """
Screen { layout: vertical; }
#transcript { height: 1fr; padding: 0 1; }
#welcome { color: $text-muted; padding: 1 0; }
.card { height: auto; margin: 0 0 1 0; padding: 0 1; border-left: thick $primary; max-width: 140; }
.card.selected { border-left: thick $accent; background: $boost; }
.card.abstained { border-left: thick $warning; }
.card.clarify { border-left: thick $secondary; }
.question { color: $text; }
.body { padding: 0 0 0 2; }
.citations { height: auto; padding: 0 0 0 2; }
.citation { width: auto; max-width: 100%; margin: 0; }
.explain { display: none; color: $text-muted; padding: 0 0 0 2; }
.card.explained .explain { display: block; }
.rows { height: auto; max-height: 12; margin: 0 0 0 2; width: auto; }
.chart { height: auto; padding: 0 0 0 2; width: auto; }
#thinking { height: 1; display: none; }
#thinking.busy { display: block; }
#ask { dock: bottom; margin: 0 0 1 0; }
#ingest-row { display: none; height: 1; padding: 0 1; }
#ingest-row.busy { display: block; }
#ingest-file { width: 1fr; color: $text-muted; padding: 0 0 0 1; }
#ingest-cancel { width: auto; min-width: 8; }
.card.pending { border-left: thick $panel; }
.waiting { color: $text-muted; }
#source-title, .screen-title { background: $primary; color: $text; padding: 0 1; }
#facts-status { color: $text-muted; padding: 0 1; height: 1; }
#help-box, #ingest-box { width: 100%; max-width: 86; height: auto; max-height: 100%; border: round $primary;
    background: $surface; padding: 0 1; scrollbar-size-vertical: 1; }
HelpScreen, IngestPrompt, ExportPrompt { align: center middle; }
#export-box { width: 100%; max-width: 86; height: auto; border: round $primary; background: $surface; padding: 0 1; }
#export-what { width: 100%; border: none; padding: 0; }
#export-hint { color: $text-muted; }
#export-error { color: $error; }
"""


class AnswerReady(Message):
    def __init__(self, answer: Answer, context: Context, conversation: int):
        super().__init__()
        self.answer, self.context, self.conversation = answer, context, conversation


class EngineReady(Message):
    def __init__(self, engine: Engine, examples: list[str], suggester: WordSuggester):
        super().__init__()
        self.engine, self.examples, self.suggester = engine, examples, suggester


class AskInput(Input):
    """The question line. Tab accepts the completion and never moves the focus away from it."""

    BINDINGS = [Binding("tab", "accept_completion", "Accept completion", show=False)]

    async def _on_key(self, event: events.Key) -> None:
        """`/` on an empty question searches the transcript (Input's own handler, after this one, types the rest)."""
        if event.character == "/" and not self.value:
            event.stop()
            event.prevent_default()
            chat_app(self).action_search()

    def action_accept_completion(self) -> None:
        if self._suggestion and len(self._suggestion) > len(self.value) and self.cursor_at_end:
            self.value = self._suggestion
            self.cursor_position = len(self.value)


class FilingsChatApp(TranscriptTools, App):
    TITLE = "filings-chat"
    SUB_TITLE = "answers with their source lines"
    CSS = CSS
    BINDINGS = [
        # ids name the keys the config file's [keys] table may rebind
        Binding("f1", "help", "Help", priority=True, id="help"),
        Binding("ctrl+n", "new_conversation", "New", priority=True, id="new"),
        Binding("ctrl+f", "search", "Find", priority=True, id="search"),
        Binding("ctrl+t", "facts", "Facts", priority=True, show=False, id="facts"),
        Binding("ctrl+r", "history_search", "History", priority=True, show=False, id="history"),
        Binding("ctrl+l", "conversations", "Conversations", priority=True, show=False, id="conversations"),
        Binding("ctrl+o", "docs", "Docs", priority=True, id="docs"),
        Binding("ctrl+s", "export", "Export", priority=True, id="export"),
        Binding("f2", "explain", "Explain", priority=True, id="explain"),
        Binding("f3", "copy_answer", "Copy", priority=True, id="copy"),
        Binding("f4", "copy_citation", "Copy the cited line", show=False, priority=True, id="copy_citation"),
        Binding("escape", "focus_input", "Back to the question", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True, id="quit"),
    ]

    def __init__(self, db_path: Path, history_path: Path | None = None, export_dir: Path | None = None,
                 settings_path: Path | None = None, company: str | None = None, theme: str | None = None,
                 keys: dict[str, str] | None = None, conversations_path: Path | None = None):
        super().__init__()
        self.company, self.default_theme, self.keys = company, theme, keys or {}  # from the config file
        self.db_path = Path(db_path)
        self.engine: Engine | None = None
        self.context = Context()
        self.conversation = 0  # bumped by a new conversation: answers to older questions are dropped
        self.history = History(history_path)
        self.export_dir = export_dir or Path.cwd()
        self.settings = Settings(settings_path)
        self.pending: list[str] = []
        self.examples: list[str] = []
        self.session = Session(self.db_path, on_wait=self._store_waiting, on_reload=self._store_reloaded,
                               offers=True)
        self.ingesting = False  # an ingest from the palette is running (questions wait for it)
        self.fetching = False  # a fetch from the palette is running (it ingests through the session)
        self.cancel = threading.Event()  # set from the palette: the ingest or fetch stops after the file in work
        self.abort = threading.Event()  # set on quitting: the ingest stops at once, its worker processes killed
        self.selected: AnswerCard | None = None
        self.questions: queue.Queue = queue.Queue()  # answered one at a time, in the order asked
        self.outstanding = 0
        self.waiting: list[PendingCard] = []  # the questions shown and not yet answered, oldest first
        self.restored: dict[int, Context] = {}  # a reopened conversation's context, by conversation number
        self.conversations_path = conversations_path  # None: conversations are kept for this run only

    # -- layout, settings ----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="transcript"):
            yield Static(self._welcome(), id="welcome")
        yield LoadingIndicator(id="thinking")
        with Horizontal(id="ingest-row"):
            yield ProgressBar(id="ingest-progress", show_eta=True)
            yield Static("", id="ingest-file")
            yield Button("Cancel", id="ingest-cancel", compact=True)
        yield AskInput(placeholder="Ask a question…", id="ask")
        yield Footer(compact=True)  # every key fits in 80 columns

    @staticmethod
    def _welcome() -> Text:
        return Text("Ask about the figures in the releases — e.g. “What was revenue in Q3 2007?”. "
                    "F1 for help and examples, Ctrl+N for a new conversation.")

    def on_mount(self) -> None:
        for warning in (self.history.warning, self.settings.warning):  # set aside, never a crash
            if warning:
                self.notify_text(warning, severity="warning", timeout=10)
        if self.keys:
            self.set_keymap(self.keys)
        theme = self.settings.get("theme") or self.default_theme
        if theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.query_one("#transcript", VerticalScroll).anchor()
        self.open_conversations(self.conversations_path)
        self.focus_input()
        self.load_engine()

    def _theme_changed(self, theme) -> None:
        self.settings.set("theme", theme.name)
        if self.settings.warning:
            self.notify_text(self.settings.warning, severity="warning")

    def _refocus(self, _result: object = None) -> None:
        """A screen closed (whatever it returned): the question line has the keyboard again."""
        self.call_after_refresh(self.focus_input)

    def focus_input(self) -> None:
        self.query_one("#ask", Input).focus()

    def action_focus_input(self) -> None:
        """Escape: back to the question; while an ingest or fetch runs, it also cancels it."""
        if self.ingesting or self.fetching:
            self.cancel_work()
        self.focus_input()

    @on(Button.Pressed, "#ingest-cancel")
    def cancel_work(self) -> None:
        """Stop the ingest or fetch after the document in work; what finished stays in the store."""
        if (self.ingesting or self.fetching) and not self.cancel.is_set():
            self.cancel.set()
            self.query_one("#ingest-file", Static).update(Text("cancelling after the document in work…"))
            self.notify("Cancelling: the ingest stops after the document in work", timeout=6)
        self.focus_input()

    async def action_quit(self) -> None:
        """Ctrl+Q: an ingest running stops at once (what finished stays), so the process ends now."""
        self.abort.set()
        self.session.stop_waiting()
        await super().action_quit()

    async def action_help_quit(self) -> None:  # type: ignore[override]  # Textual awaits an async action
        """Ctrl+C with no text selected quits, like Ctrl+Q (Textual only says how to quit)."""
        await self.action_quit()

    def on_unmount(self) -> None:
        self.abort.set()  # however the app ends, an ingest in its worker thread stops at once,
        self.session.stop_waiting()  # and a question waiting for another process's ingest gives up

    def notify_text(self, message: str, severity: SeverityLevel = "information",
                    timeout: float | None = None) -> None:
        """A notification whose text may hold file names or document text: plain, never markup."""
        self.notify(safe_line(message), severity=severity, timeout=timeout, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed in a way nobody caught (exit_on_error=False): a message, the app goes on."""
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            what = (event.worker.name or "work").replace("_", " ")
            self.notify_text(f"{what} failed: {describe_error(event.worker.error)}", "error", 10)

    # -- the store (through the session) ------------------------------------------------------
    def _store_waiting(self, message: str) -> None:
        """Another process writes the store (called in a worker thread): say so once."""
        self.call_from_thread(self.notify_text, message, "warning", 10)

    def _store_reloaded(self, examples: list[str], completions: list[str]) -> None:
        """The store changed and the engine was reloaded (in the answering thread)."""
        suggester = WordSuggester(completions)
        self.call_from_thread(self._engine_reloaded, examples, suggester)

    @work(thread=True, exclusive=True, group="engine", exit_on_error=False)
    def load_engine(self) -> None:
        try:
            engine = self.session.load()
        except Exception as exc:  # the store cannot be read: say why, keep the chat
            self.call_from_thread(self.notify_text, f"The store could not be read: {describe_error(exc)}", "error", 15)
            return
        suggester = WordSuggester(self.session.completions)
        self.post_message(EngineReady(engine, self.session.examples, suggester))

    def on_engine_ready(self, message: EngineReady) -> None:
        self.engine = message.engine
        self.examples = message.examples
        try:
            self.query_one("#ask", Input).suggester = message.suggester
        except NoMatches:
            return  # the engine finished loading while the app was closing: nothing left to serve
        self.answer_loop()
        for text in self.pending:
            self.ask(text)
        self.pending.clear()

    # -- asking --------------------------------------------------------------------------------
    @on(Input.Submitted, "#ask")
    def submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        event.input.value = ""
        self.history.add(text)
        if self.engine is None:
            self.pending.append(text)
        else:
            self.ask(text)

    def ask(self, text: str) -> None:
        self.query_one("#thinking").add_class("busy")
        transcript = self.query_one("#transcript", VerticalScroll)
        self.waiting.append(PendingCard(text, waiting_for_ingest=self.ingesting or self.fetching))
        transcript.mount(self.waiting[-1])
        transcript.anchor()
        self.outstanding += 1
        self.questions.put((text, self.conversation))

    @work(thread=True, exclusive=True, group="answers", exit_on_error=False)
    def answer_loop(self) -> None:
        """Answer queued questions in order; each follow-up sees the context of the answer before it,
        however fast they were typed. A new conversation starts from an empty context."""
        worker = get_current_worker()
        context, conversation = self._fresh_context(), self.conversation
        while not worker.is_cancelled:
            try:
                text, asked_in = self.questions.get(timeout=0.2)
            except queue.Empty:
                continue
            if asked_in != conversation:
                restored = self.restored.pop(asked_in, None)
                context, conversation = restored or self._fresh_context(), asked_in
            try:
                answer, context = self.run_question(text, context)
            except Exception as exc:  # never leave the questions after this one unanswered
                answer = Answer(text, "abstained", f"Sorry, that question could not be answered ({exc}).", kind="help")
            self.post_message(AnswerReady(answer, context, asked_in))

    def _fresh_context(self) -> Context:
        """A new conversation: about the config file's company when it names one the store holds."""
        if not self.company:
            return Context()
        try:
            return self.session.context_for(self.company)
        except Exception as exc:  # a company the store does not hold: say so once, ask without it
            self.call_from_thread(self.notify_text, f"The default company in the config file: {exc}", "warning", 10)
            self.company = None
            return Context()

    def run_question(self, text: str, context: Context) -> tuple[Answer, Context]:
        """In the answering thread: the session opens the store, answers and closes it."""
        try:
            return self.session.ask(text, context)
        except Exception as exc:  # the store could not be opened: say why, keep the chat
            return (Answer(text, "abstained", f"The store could not be read now ({describe_error(exc)}); "
                                              "ask again in a moment.", kind="help"), context)

    def _engine_reloaded(self, examples: list[str], suggester: WordSuggester | None) -> None:
        self.examples = examples
        if suggester is not None:
            self.query_one("#ask", Input).suggester = suggester

    def on_answer_ready(self, message: AnswerReady) -> None:
        self.outstanding = max(0, self.outstanding - 1)
        if not self.outstanding:
            self.query_one("#thinking").remove_class("busy")
        if message.conversation != self.conversation:
            return  # asked before a new conversation began
        self.context = message.context
        self.save_turn(message.answer, message.context)
        transcript = self.query_one("#transcript", VerticalScroll)
        card = AnswerCard(message.answer)
        pending = self.waiting.pop(0) if self.waiting else None  # answered in the order asked
        if pending is not None and pending.parent is transcript:
            transcript.mount(card, before=pending)
            pending.remove()
        else:
            transcript.mount(card)
        transcript.anchor()  # keeps the newest card in view as it is laid out, citation buttons included
        self.select_card(card, focus=False)

    def select_card(self, card: AnswerCard, focus: bool = True) -> None:
        if self.selected is not None and self.selected is not card:
            self.selected.remove_class("selected")
        self.selected = card
        card.add_class("selected")
        if focus:
            self.focus_input()

    def action_explain(self) -> None:
        if self.selected is not None and self.selected.is_attached:
            self.selected.explain()

    def action_copy_answer(self) -> None:
        if self.selected is not None and self.selected.is_attached:
            self.copy_out(self.selected.answer.text, "Answer")

    def action_copy_citation(self) -> None:
        """F4: the selected answer's cited line (file, line number, the line's text)."""
        if self.selected is not None and self.selected.is_attached:
            line = cited_line(self.selected.answer)
            if line is None:
                self.notify("This answer cites no line", severity="warning")
            else:
                self.copy_out(line, "Cited line")

    @work(thread=True, group="copy", exit_on_error=False)
    def copy_out(self, text: str, what: str) -> None:
        """The system clipboard (a program, waited for with a timeout) or OSC 52; the note says which."""
        copied = copy_text(text, osc52=lambda t: self.call_from_thread(self.copy_to_clipboard, t))
        self.call_from_thread(self.notify_text, copied.message(what))

    def action_new_conversation(self, quiet: bool = False) -> None:
        self.conversation += 1
        self.context = Context()
        self.selected = None
        self.forget_conversation()
        self.query(AnswerCard).remove()
        self.query(PendingCard).remove()
        self.waiting.clear()
        self.focus_input()
        if not quiet:
            self.notify("New conversation: follow-ups start afresh")

    def on_key(self, event) -> None:
        ask = self.query_one("#ask", Input)
        if self.screen is not self.screen_stack[0]:
            return
        if self.focused is not ask:
            if event.character == "/" and not ask.value:
                self.action_search()
                event.stop()
                return
            if event.is_printable and event.character:  # typing always goes to the question
                ask.focus()
                ask.insert_text_at_cursor(event.character)
                event.stop()
                event.prevent_default()
            return
        if event.key == "up":
            previous = self.history.previous()
            if previous is not None:
                ask.value = previous
                ask.cursor_position = len(previous)
            event.stop()
        elif event.key == "down":
            ask.value = self.history.next()
            ask.cursor_position = len(ask.value)
            event.stop()

    # -- sources, explain, browsing ------------------------------------------------------------
    def on_citation_button_open(self, message: CitationButton.Open) -> None:
        self.open_source(message.citation.doc, message.citation.line, message.citation.doc_id)

    @work(thread=True, group="source", exit_on_error=False)
    def open_source(self, doc: str, line: int, doc_id: int | None = None) -> None:
        """Fetch a window of lines around the cited one; the screen fetches more as it scrolls."""
        try:
            doc_id, first, total, lines = self.session.source_window(doc, line, doc_id, around=PAGE)
        except Exception as exc:  # the store could not be read: a message, not a dead app
            self.call_from_thread(self.notify_text, f"Could not open {doc}: {describe_error(exc)}", "error", 8)
            return

        def fetch(a: int, b: int) -> list[str]:
            return self.session.lines_between(doc_id, a, b)

        def find(needle: str) -> list[tuple[int, int]]:
            return self.session.find_lines(doc_id, needle, FIND_LIMIT)
        self.call_from_thread(self._show_source, doc, lines, line, first, total, fetch, find)

    def _show_source(self, doc: str, lines: list[str], line: int, first: int, total: int, fetch, find=None) -> None:
        self.push_screen(SourceScreen(doc, lines, {line}, first, total, fetch, find),
                         self._refocus)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.examples or list(FALLBACK), self.keys), self._refocus)

    def action_facts(self) -> None:
        if not isinstance(self.screen, FactsScreen):
            self.push_screen(FactsScreen(), self._refocus)

    def action_docs(self) -> None:
        if not isinstance(self.screen, DocsScreen):
            self.push_screen(DocsScreen(), self._refocus)

    def action_export(self) -> None:
        cards = list(self.query(AnswerCard))
        if not cards:
            self.notify("Nothing to export yet", severity="warning")
            return
        if self.is_web:  # served in a browser: the file goes to the browser user, not the server's folder
            name = f"filings-chat-{datetime.now():%Y%m%d-%H%M%S}.md"
            body = "# filings-chat conversation\n\n" + "\n".join(card.markdown() for card in cards)
            self.deliver_text(io.StringIO(body), save_filename=name, mime_type="text/markdown")
            self.notify_text(f"Conversation sent to your browser as {name}")
            return
        selected = self.selected.answer if self.selected is not None and self.selected.is_attached else None
        self.push_screen(ExportPrompt(self.export_dir, self.write_export, bool(selected and selected.rows)),
                         self._exported)

    def write_export(self, path: Path, what: str = "conversation") -> str:
        """Write the conversation or the selected answer's table to `path`, whole or not at all
        (FileRefused, OSError); the message to show."""
        selected = self.selected.answer if self.selected is not None and self.selected.is_attached else None
        return write_export(path, what, [card.answer for card in self.query(AnswerCard)], selected, self.db_path)

    def _exported(self, message: str | None) -> None:
        self.call_after_refresh(self.focus_input)
        if message:
            self.notify_text(message)

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        yield SystemCommand("New conversation", "Clear the transcript; follow-ups start afresh (Ctrl+N)",
                            self.action_new_conversation)
        yield SystemCommand("Facts", "Browse and filter every fact in the store (Ctrl+T)", self.action_facts)
        yield SystemCommand("Find in the transcript", "Search the questions and answers (Ctrl+F or /)", self.action_search)
        yield SystemCommand("Question history", "Search the questions asked before (Ctrl+R)", self.action_history_search)
        yield SystemCommand("Conversations", "Reopen, rename or delete a saved conversation (Ctrl+L)",
                            self.action_conversations)
        yield SystemCommand("Documents", "List the releases in the store", self.action_docs)
        yield SystemCommand("Ingest releases", "Parse a file or folder into the store", self.action_ingest)
        yield SystemCommand("Fetch a company", "Download a company's earnings releases from SEC EDGAR and ingest them",
                            self.action_fetch)
        if self.ingesting or self.fetching:
            yield SystemCommand("Cancel the ingest or fetch", "Stop after the file in work; what was read stays (Escape)",
                                self.cancel_work)
        yield SystemCommand("Export", "Write the conversation or an answer's table to Markdown, CSV or JSON",
                            self.action_export)
        yield SystemCommand("Help", "What can I ask?", self.action_help)

    # -- ingest from the app -------------------------------------------------------------------
    def action_ingest(self) -> None:
        self.push_screen(IngestPrompt(), self._ingest_chosen)

    def _ingest_chosen(self, path: Path | None) -> None:
        self.call_after_refresh(self.focus_input)
        if path is not None:
            bar = self.query_one("#ingest-progress", ProgressBar)
            bar.update(total=None, progress=0)
            self.query_one("#ingest-row").add_class("busy")
            self.ingesting = True
            self.cancel.clear()
            self.query_one("#ingest-file", Static).update(Text("finding the releases…"))
            self.run_ingest(path)

    @work(thread=True, exclusive=True, group="ingest", exit_on_error=False)
    def run_ingest(self, path: Path) -> None:
        """Write the store (the session's lock keeps questions waiting meanwhile); report each failed file and go on."""
        bar = self.query_one("#ingest-progress", ProgressBar)
        label = self.query_one("#ingest-file", Static)
        files = release_files([path])

        def show(n: int, total: int) -> None:
            bar.update(total=total, progress=n)
            if n >= total and not self.cancel.is_set():
                label.update(Text("writing…"))

        def parsing(name: str) -> None:  # the document in a worker process now, told by the ingest itself
            if not self.cancel.is_set():
                label.update(Text(f"ingesting {safe_line(name)}"))

        self._from_worker(show, 0, len(files))
        failures: list[str] = []
        try:
            if not files:
                raise FileNotFoundError(f"no release files found in {path}")
            report = self.session.ingest([path], progress=lambda n, total, _: self._from_worker(show, n, total),
                                         cancel=self.cancel, abort=self.abort,
                                         parsing=lambda name: self._from_worker(parsing, name))
            failures = [reason for _, reason in report.failures]
            note = (f"Ingested {plural(report.documents, 'document')}, {plural(report.facts, 'fact')}"
                    + (f", {report.unchanged} unchanged" if report.unchanged else "")
                    + (f", {len(failures)} failed" if failures else ""))
            severity: SeverityLevel = "warning" if failures else "information"
            if report.cancelled:
                note, severity = cancelled_note(report.documents, report.facts, len(failures)), "warning"
        except Cancelled:
            note, severity = "Ingest cancelled; the releases already written stay in the store", "warning"
        except Exception as exc:  # never take the chat down with the ingest
            note, severity = f"Ingest failed: {describe_error(exc)}", "error"
        finally:
            self.ingesting = False
        self._work_done(note, severity, failures)

    def _from_worker(self, show, *args) -> None:
        """Progress from a worker thread, dropped once the app is closing (the ingest must not fail on it)."""
        if self.is_running and not self.abort.is_set():
            try:
                self.call_from_thread(show, *args)
            except RuntimeError:  # closed between the test and the call
                pass

    def _work_done(self, note: str, severity: SeverityLevel, failures: list[str]) -> None:
        """From a worker thread: the ingest or fetch row is idle again; the outcome and the first failures."""
        if self.abort.is_set() or not self.is_running:
            return  # the app is closing: nobody to tell
        self.call_from_thread(self._store_free)
        self.call_from_thread(self.notify_text, note, severity, 8)
        for reason in failures[:5]:
            self.call_from_thread(self.notify_text, f"failed: {reason}", "warning", 12)
        if len(failures) > 5:
            self.call_from_thread(self.notify_text, f"… and {len(failures) - 5} more failed", "warning", 12)

    def _store_free(self) -> None:
        self.query_one("#ingest-row").remove_class("busy")
        for card in self.waiting:
            card.store_free()

    # -- fetch from EDGAR from the app (the code `filings-chat fetch` runs) ----------------------
    def action_fetch(self) -> None:
        self.push_screen(FetchPrompt(), self._fetch_chosen)

    def _fetch_chosen(self, tickers: list[str] | None) -> None:
        self.call_after_refresh(self.focus_input)
        if tickers:
            self.query_one("#ingest-progress", ProgressBar).update(total=None, progress=0)
            self.query_one("#ingest-row").add_class("busy")
            self.fetching = True
            self.cancel.clear()
            self.run_fetch(tickers)

    @work(thread=True, exclusive=True, group="fetch", exit_on_error=False)
    def run_fetch(self, tickers: list[str]) -> None:
        """Download without the store; the session takes the store lock only while ingesting what came."""
        bar = self.query_one("#ingest-progress", ProgressBar)
        label = self.query_one("#ingest-file", Static)

        def show(c) -> None:
            bar.update(total=c.found or None, progress=c.filings_done)
            label.update(Text(f"fetching {safe_line(c.label)}: {safe_line(c.stage)}"))

        failures: list[str] = []
        try:
            report, _ = self.session.fetch(tickers, progress=lambda c: self._from_worker(show, c), cancel=self.cancel,
                                           abort=self.abort)
            failures = [reason for c in report.companies for _, reason in c.failures]
            if report.stopped:
                failures.insert(0, report.stopped)
            cs = report.companies
            note = (f"Fetched {plural(sum(c.found for c in cs), 'release')} of {', '.join(c.label for c in cs)}: "
                    f"{sum(c.downloaded for c in cs)} downloaded, {sum(c.ingested for c in cs)} ingested"
                    + (f", {len(failures)} failed" if failures else ""))
            severity: SeverityLevel = "warning" if failures else "information"
        except Cancelled:
            note, severity = "Fetch cancelled; the releases ingested before it stay in the store", "warning"
        except Exception as exc:  # never take the chat down with the fetch
            note, severity = f"Fetch failed: {describe_error(exc)}", "error"
        finally:
            self.fetching = False
        self._work_done(note, severity, failures)


def run_app(db: Path, settings=None) -> int:
    """The chat on `db`; `settings` (chat.session.user_settings()) gives the config file's company,
    export folder, theme and keys."""
    from platformdirs import user_data_dir
    data = Path(user_data_dir("filings-chat"))
    FilingsChatApp(db, history_path=data / "history.txt", settings_path=data / "settings.json",
                   conversations_path=data / "conversations.sqlite3",
                   export_dir=getattr(settings, "export_dir", None), company=getattr(settings, "company", None),
                   theme=getattr(settings, "theme", None), keys=getattr(settings, "keys", None)).run()
    return 0
