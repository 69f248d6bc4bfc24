"""The facts browser (a filterable table of what the store holds) and the documents list."""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

FACTS_SQL = """
SELECT d.file_name, f.line_no, coalesce(d.company, '(unknown)'), f.metric, f.label, f.segment, f.period_label,
       f.value, f.unit
FROM facts f JOIN documents d USING (doc_id)
WHERE ? = '' OR concat_ws(' ', d.company, f.metric, f.label, f.segment, f.period_label, d.file_name) ILIKE ?
ORDER BY d.company, f.metric, f.period_end, f.months, d.file_name, f.line_no, f.col, f.value
LIMIT 500"""
DOCS_SQL = """
SELECT file_name, coalesce(company, '(unknown)'), coalesce(ticker, ''), coalesce(CAST(release_date AS TEXT), ''),
       coalesce(period_label, ''), n_facts, n_lines
FROM documents ORDER BY company, release_date, file_name"""


class FactsScreen(Screen):
    BINDINGS = [("escape", "app.pop_screen", "Back")]

    def __init__(self, con):
        super().__init__()
        self.con = con

    def compose(self) -> ComposeResult:
        yield Static("Facts — type to filter (company, metric, label, period, file)", classes="screen-title")
        yield Input(placeholder="filter…", id="facts-filter")
        yield DataTable(id="facts-table", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("file", "line", "company", "metric", "label", "segment", "period", "value", "unit")
        self.load("")

    @on(Input.Changed, "#facts-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.load(event.value)

    @work(thread=True, exclusive=True, group="facts")
    def load(self, text: str) -> None:
        rows = self.con.cursor().execute(FACTS_SQL, [text, f"%{text}%"]).fetchall()
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for r in rows:
            table.add_row(*(Text(str(x)) if not isinstance(x, float) else Text(f"{x:,.2f}") for x in r))


class DocsScreen(Screen):
    BINDINGS = [("escape", "app.pop_screen", "Back")]

    def __init__(self, con):
        super().__init__()
        self.con = con

    def compose(self) -> ComposeResult:
        yield Static("Documents in the store", classes="screen-title")
        yield DataTable(id="docs-table", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("file", "company", "ticker", "released", "period", "facts", "lines")
        for r in self.con.cursor().execute(DOCS_SQL).fetchall():
            table.add_row(*(Text(str(x)) for x in r))
