"""The filings-chat terminal app: a transcript of cited answers over the store.

The engine is headless; this app only renders what it returns. Every question runs in a worker
thread that posts the answer back, so typing never waits on DuckDB.
"""
from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Footer, Header, Input, LoadingIndicator, ProgressBar, Static

from chat.answer import Answer
from chat.engine import Context, Engine
from chat.tui.answer_card import AnswerCard, CitationButton
from chat.tui.facts_screen import DocsScreen, FactsScreen
from chat.tui.help_screen import HelpScreen
from chat.tui.history import History
from chat.tui.ingest_screen import IngestPrompt
from chat.tui.source_screen import SourceScreen
from chat.tui.suggest import WordSuggester

CSS = """
Screen { layout: vertical; }
#transcript { height: 1fr; padding: 0 1; }
#welcome { color: $text-muted; padding: 1 0; }
.card { height: auto; margin: 0 0 1 0; padding: 0 1; border-left: thick $primary; }
.card:focus { border-left: thick $accent; background: $boost; }
.card.abstained { border-left: thick $warning; }
.card.clarify { border-left: thick $secondary; }
.question { color: $text; }
.body { padding: 0 0 0 2; }
.citations { height: auto; padding: 0 0 0 2; layout: grid; grid-size: 2; grid-gutter: 0 1; grid-rows: 1; }
.citation { margin: 0 1 0 0; min-width: 10; }
.explain { display: none; color: $text-muted; padding: 0 0 0 2; }
.card.explained .explain { display: block; }
.rows { height: auto; max-height: 12; margin: 0 0 0 2; width: auto; }
.chart { height: 2; padding: 0 0 0 2; }
.spark { width: 40; height: 2; }
#thinking { height: 1; display: none; }
#thinking.busy { display: block; }
#ask { dock: bottom; margin: 0 0 1 0; }
#ingest-progress { display: none; }
#ingest-progress.busy { display: block; }
#source-title, .screen-title { background: $primary; color: $text; padding: 0 1; }
#help-box, #ingest-box { width: 86; height: auto; max-height: 90%; border: round $primary; background: $surface;
    padding: 1 2; scrollbar-size-vertical: 1; }
HelpScreen, IngestPrompt { align: center middle; }
"""


class AnswerReady(Message):
    def __init__(self, answer: Answer, context: Context):
        super().__init__()
        self.answer, self.context = answer, context


class EngineReady(Message):
    def __init__(self, engine: Engine):
        super().__init__()
        self.engine = engine


class FilingsChatApp(App):
    TITLE = "filings-chat"
    SUB_TITLE = "answers with their source lines"
    CSS = CSS
    BINDINGS = [
        Binding("f1", "help", "Help", priority=True),
        Binding("ctrl+f", "facts", "Facts", priority=True),
        Binding("ctrl+o", "docs", "Documents", priority=True),
        Binding("ctrl+s", "export", "Export", priority=True),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, db_path: Path, history_path: Path | None = None, export_dir: Path | None = None):
        super().__init__()
        self.db_path = Path(db_path)
        self.engine: Engine | None = None
        self.context = Context()
        self.history = History(history_path)
        self.export_dir = export_dir or Path.cwd()
        self.pending: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="transcript"):
            yield Static("Ask about the figures in the releases — e.g. “Q3 2007 US revenue growth”. "
                         "F1 for help and examples.", id="welcome")
        yield LoadingIndicator(id="thinking")
        yield ProgressBar(id="ingest-progress", show_eta=False)
        yield Input(placeholder="Ask a question…", id="ask")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#ask", Input).focus()
        self.load_engine()

    @work(thread=True, exclusive=True, group="engine")
    def load_engine(self) -> None:
        """Open the store read-only; while another process writes to it (an ingest), wait and say so."""
        from knowledge.store import StoreBusy
        warned = False
        while True:
            try:
                engine = Engine(self.db_path)
                break
            except StoreBusy as exc:
                if not warned:
                    self.call_from_thread(self.notify, f"{exc}. Waiting…", severity="warning", timeout=10)
                    warned = True
                time.sleep(1.0)
        self.post_message(EngineReady(engine))

    def on_engine_ready(self, message: EngineReady) -> None:
        self.engine = message.engine
        phrases = [c.name for c in self.engine.vocab.companies] + [p for p, _ in self.engine.vocab.metric_phrases]
        self.query_one("#ask", Input).suggester = WordSuggester(phrases)
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
        self.run_question(text, self.context)

    @work(thread=True, group="ask")
    def run_question(self, text: str, context: Context) -> None:
        answer, new_context = self.engine.ask(text, context)
        self.post_message(AnswerReady(answer, new_context))

    def on_answer_ready(self, message: AnswerReady) -> None:
        self.context = message.context
        self.query_one("#thinking").remove_class("busy")
        transcript = self.query_one("#transcript", VerticalScroll)
        card = AnswerCard(message.answer)
        transcript.mount(card)
        transcript.scroll_end(animate=False)

    def on_key(self, event) -> None:
        ask = self.query_one("#ask", Input)
        if self.focused is not ask:
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
        c = message.citation
        rows = self.engine.con.cursor().execute(
            "SELECT l.text FROM lines l JOIN documents d USING (doc_id) WHERE d.file_name = ? ORDER BY l.line_no",
            [c.doc]).fetchall()
        self.push_screen(SourceScreen(c.doc, [r[0] for r in rows], {c.line}))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.examples()))

    def examples(self) -> list[str]:
        if self.engine is None or not self.engine.vocab.companies:
            return ["Q3 2007 revenue", "net loss per share nine months 2007"]
        con = self.engine.con.cursor()
        out = []
        for company in self.engine.vocab.companies[:4]:
            rows = con.execute("SELECT metric, geo, period_label FROM facts_latest WHERE company_key = ? "
                               "AND metric IN ('revenue', 'net_income', 'eps', 'total_assets') "
                               "ORDER BY period_end DESC, months, metric LIMIT 3", [company.key]).fetchall()
            name = company.name.split(",")[0] if len(self.engine.vocab.companies) > 1 else ""
            for metric, geo, period in rows:
                words = {"revenue": "revenue", "net_income": "net income", "eps": "EPS", "total_assets": "total assets"}
                prefix = f"{name} " if name else ""
                out.append(f"{prefix}{words[metric]} {period}".strip())
            if rows:
                out.append(f"{company.name.split(',')[0] + ' ' if len(self.engine.vocab.companies) > 1 else ''}"
                           f"revenue growth {rows[0][2]}")
        out += ["revenue trend", "what do you have for " + (out[0].split()[-2] + " " + out[0].split()[-1] if out else "Q3 2007")]
        return out

    def action_facts(self) -> None:
        if self.engine:
            self.push_screen(FactsScreen(self.engine.con))

    def action_docs(self) -> None:
        if self.engine:
            self.push_screen(DocsScreen(self.engine.con))

    def action_export(self) -> None:
        cards = list(self.query(AnswerCard))
        if not cards:
            self.notify("Nothing to export yet", severity="warning")
            return
        path = self.export_dir / f"filings-chat-{datetime.now():%Y%m%d-%H%M%S}.md"
        body = "# filings-chat conversation\n\n" + "\n".join(card.markdown() for card in cards)
        path.write_text(body, encoding="utf-8")
        self.notify(f"Conversation exported to {path}")

    def get_system_commands(self, screen):
        yield from super().get_system_commands(screen)
        yield SystemCommand("Facts", "Browse and filter every fact in the store", self.action_facts)
        yield SystemCommand("Documents", "List the releases in the store", self.action_docs)
        yield SystemCommand("Ingest releases", "Parse a file or folder into the store", self.action_ingest)
        yield SystemCommand("Export conversation", "Write the conversation to a Markdown file", self.action_export)
        yield SystemCommand("Help", "What can I ask?", self.action_help)

    # -- ingest from the app -------------------------------------------------------------------
    def action_ingest(self) -> None:
        self.push_screen(IngestPrompt(), self._ingest_chosen)

    def _ingest_chosen(self, path: Path | None) -> None:
        if path is not None:
            bar = self.query_one("#ingest-progress", ProgressBar)
            bar.add_class("busy")
            self.run_ingest(path)

    @work(thread=True, exclusive=True, group="engine")
    def run_ingest(self, path: Path) -> None:
        from knowledge.ingest import ingest
        from knowledge.store import StoreBusy, connect
        bar = self.query_one("#ingest-progress", ProgressBar)

        def progress(n: int, total: int, name: str) -> None:
            self.call_from_thread(bar.update, total=total, progress=n)

        engine = self.engine
        if engine:
            engine.close()
        try:
            con = connect(self.db_path)
            try:
                report = ingest(con, [path], progress=progress)
            finally:
                con.close()
            note = f"Ingested {report.documents} documents, {report.facts} facts, {len(report.failures)} failures"
            severity = "warning" if report.failures else "information"
        except StoreBusy as exc:
            note, severity = str(exc), "error"
        if engine:
            engine.reload()
        self.call_from_thread(bar.remove_class, "busy")
        self.call_from_thread(self.notify, note, severity=severity)


def run_app(db: Path) -> int:
    from platformdirs import user_data_dir
    history = Path(user_data_dir("filings-chat")) / "history.txt"
    FilingsChatApp(db, history_path=history).run()
    return 0
