"""The facts browser (a filterable table of what the store holds) and the documents list.

Both read through the app's session (a read-only connection opened for the query and closed after
it) in worker threads; a query that fails is a message on the status line. Every cell is plain
`Text` through `safe_line`. Values are listed in one scale per unit (USD in millions), the scale in
the unit column; metrics are named as answers name them."""
from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from chat.errors import describe_error
from chat.safe_text import safe_line
from chat.tui.typed_app import chat_app

ROW_LIMIT = 500


def _cut(text: str, width: int) -> str:
    text = safe_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


class FactsScreen(Screen):
    """Type to filter; Enter on a row opens its release at that line."""

    BINDINGS = [("escape", "dismiss", "Back")]

    def compose(self) -> ComposeResult:
        yield Static("Facts — type words to filter (any column, any order); Enter opens the source line",
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

    def action_search(self) -> None:
        """Ctrl+F here: the filter is this screen's search."""
        self.query_one("#facts-filter", Input).focus()

    @on(Input.Changed, "#facts-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        self.load(event.value)

    @on(Input.Submitted, "#facts-filter")
    def to_table(self) -> None:
        self.query_one(DataTable).focus()

    @work(thread=True, exclusive=True, group="facts", exit_on_error=False)
    def load(self, text: str) -> None:
        try:
            page = chat_app(self).session.facts(text.split(), limit=ROW_LIMIT, count=True)
        except Exception as exc:  # the store could not be read: say so where the count goes
            self.app.call_from_thread(self._failed, exc)
            return
        self.app.call_from_thread(self._show, page.rows, page.total)

    def _failed(self, exc: Exception) -> None:
        self.query_one("#facts-status", Static).update(Text(f"could not read the store: {safe_line(describe_error(exc))}"))

    def _show(self, rows: list[dict], total: int) -> None:
        from chat.session import scaled_cell
        table = self.query_one(DataTable)
        table.clear()
        self._doubted = {}
        for i, r in enumerate(rows):
            printed = (r["label"] or "") + (f" [{r['segment']}]" if r["segment"] else "")
            key = f"{i}:{r['line']}:{r['doc_id']}:{r['file']}"
            if r.get("doubted"):  # never shown as plain fact: marked, its reason on the status line when highlighted
                printed, self._doubted[key] = f"doubted: {printed}", r["doubted"]
            value, scale = scaled_cell(r["value"], r["unit"])
            table.add_row(Text(_cut(r["metric"], 22)), Text(safe_line(r["period"] or "")),
                          Text(value, justify="right"), Text(scale), Text(_cut(r["company"] or "—", 16)),
                          Text(_cut(printed, 26)), Text(f"{_cut(r['file'], 20)}:{r['line']}"), key=key)
        if total > len(rows):
            self._count = f"showing the first {len(rows)} of {total:,} facts — type to narrow"
        else:
            self._count = f"{total:,} facts"
        self.query_one("#facts-status", Static).update(Text(self._count))

    @on(DataTable.RowHighlighted, "#facts-table")
    def show_doubt(self, event: DataTable.RowHighlighted) -> None:
        """A doubted row highlighted: why it is doubted, in full, where the count goes."""
        doubt = getattr(self, "_doubted", {}).get(event.row_key.value or "")
        text = f"{self._count} — {doubt}" if doubt else getattr(self, "_count", "")
        self.query_one("#facts-status", Static).update(Text(safe_line(text)))

    @on(DataTable.RowSelected, "#facts-table")
    def open_row(self, event: DataTable.RowSelected) -> None:
        _, line, doc_id, doc = (event.row_key.value or "").split(":", 3)
        chat_app(self).open_source(doc, int(line), int(doc_id))  # the very document, even when two share a name


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

    @work(thread=True, group="docs", exit_on_error=False)
    def load(self) -> None:
        try:
            rows = chat_app(self).session.documents()
        except Exception as exc:  # the store could not be read: a message, not a dead app
            self.app.call_from_thread(chat_app(self).notify_text, f"Could not list the documents: {describe_error(exc)}",
                                      "error", 8)
            return
        self.app.call_from_thread(self._show, rows)

    def _show(self, rows: list[dict]) -> None:
        table = self.query_one(DataTable)
        for r in rows:
            cells = [r["file_name"], r["company"] or "—", r["ticker"] or "", r["released"] or "", r["period"] or ""]
            table.add_row(*(Text(safe_line(x)) for x in cells), Text(str(r["facts"]), justify="right"),
                          Text(str(r["lines"]), justify="right"))
