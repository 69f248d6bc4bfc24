"""The facts browser (a filterable table of what the store holds) and the documents list.

Both read through the app's `reading()` (a read-only connection opened for the query and closed
after it) in worker threads. Every cell is plain `Text` through `safe_line`."""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from chat.formatting import figure
from chat.safe_text import safe_line

ROW_LIMIT = 500
FILTER = "(? = '' OR concat_ws(' ', d.company, f.metric, f.label, f.segment, f.period_label, d.file_name) ILIKE ?)"
FACTS_SQL = f"""
SELECT f.metric, f.period_label, f.value, f.unit, coalesce(d.company, '(unknown)'), f.label, f.segment,
       d.file_name, f.line_no, f.basis, f.doc_id
FROM facts f JOIN documents d USING (doc_id)
WHERE {FILTER}
ORDER BY d.company, f.metric, f.period_end, f.months, d.file_name, f.line_no, f.col, f.value
LIMIT ?"""
COUNT_SQL = f"SELECT count(*) FROM facts f JOIN documents d USING (doc_id) WHERE {FILTER}"
DOCS_SQL = """
SELECT file_name, coalesce(company, '(unknown)'), coalesce(ticker, ''), coalesce(CAST(release_date AS TEXT), ''),
       coalesce(period_label, ''), n_facts, n_lines
FROM documents ORDER BY company, release_date, file_name"""


def metric_name(key: str) -> str:
    """How answers name a metric ('Revenue'), not its internal key ('revenue', 'label:…')."""
    from knowledge.vocabulary import BY_KEY
    if key in BY_KEY:
        return BY_KEY[key].name
    return key.removeprefix("label:")


def _cut(text: str, width: int) -> str:
    text = safe_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


class FactsScreen(Screen):
    """Type to filter; Enter on a row opens its release at that line."""

    BINDINGS = [("escape", "dismiss", "Back")]

    def compose(self) -> ComposeResult:
        yield Static("Facts — type to filter (company, metric, label, period, file); Enter opens the source line",
                     classes="screen-title")
        yield Input(placeholder="filter…", id="facts-filter")
        yield Static("", id="facts-status")
        yield DataTable(id="facts-table", zebra_stripes=True, cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("metric", key="metric")
        table.add_column("period", key="period")
        table.add_column(Text("value", justify="right"), key="value")
        table.add_column("unit", key="unit")
        table.add_column("company", key="company")
        table.add_column("printed label [segment]", key="label")
        table.add_column("source", key="source")
        self.query_one(Input).focus()
        self.load("")

    @on(Input.Changed, "#facts-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.load(event.value)

    @on(Input.Submitted, "#facts-filter")
    def to_table(self) -> None:
        self.query_one(DataTable).focus()

    @work(thread=True, exclusive=True, group="facts")
    def load(self, text: str) -> None:
        with self.app.reading() as con:
            params = [text, f"%{text}%"]
            rows = con.execute(FACTS_SQL, params + [ROW_LIMIT]).fetchall()
            total = con.execute(COUNT_SQL, params).fetchone()[0]
        self.app.call_from_thread(self._show, rows, total)

    def _show(self, rows, total: int) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for i, (metric, period, value, unit, company, label, segment, doc, line, basis, doc_id) in enumerate(rows):
            printed = (label or "") + (f" [{segment}]" if segment else "")
            shown = metric_name(metric) if not basis else f"{basis}: {metric_name(metric)}"  # never a part as the figure
            table.add_row(Text(_cut(shown, 22)), Text(safe_line(period or "")),
                          Text(figure(value, unit) if value is not None else "", justify="right"),
                          Text(unit or ""), Text(_cut(company, 16)), Text(_cut(printed, 26)),
                          Text(f"{_cut(doc, 20)}:{line}"), key=f"{i}:{line}:{doc_id}:{doc}")
        status = self.query_one("#facts-status", Static)
        if total > len(rows):
            status.update(Text(f"showing the first {len(rows)} of {total:,} facts — type to narrow"))
        else:
            status.update(Text(f"{total:,} facts"))

    @on(DataTable.RowSelected, "#facts-table")
    def open_row(self, event: DataTable.RowSelected) -> None:
        _, line, doc_id, doc = event.row_key.value.split(":", 3)
        self.app.open_source(doc, int(line), int(doc_id))  # the very document, even when two share a name


class DocsScreen(Screen):
    BINDINGS = [("escape", "dismiss", "Back")]

    def compose(self) -> ComposeResult:
        yield Static("Documents in the store", classes="screen-title")
        yield DataTable(id="docs-table", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("file", "company", "ticker", "released", "period", Text("facts", justify="right"),
                          Text("lines", justify="right"))
        self.load()

    @work(thread=True, group="docs")
    def load(self) -> None:
        with self.app.reading() as con:
            rows = con.execute(DOCS_SQL).fetchall()
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows) -> None:
        table = self.query_one(DataTable)
        for r in rows:
            table.add_row(*(Text(safe_line(x)) for x in r[:5]), Text(str(r[5]), justify="right"),
                          Text(str(r[6]), justify="right"))
