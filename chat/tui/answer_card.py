"""One question and its answer in the transcript: figures stand out, citations open the source.

Every string here comes from the user or a document: it is shown as plain `Text` (never markup)
and through `safe()` (control characters made visible)."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Static

from chat.answer import Answer, Citation
from chat.formatting import figure
from chat.safe_text import safe, safe_line
from chat.tui.export import answer_markdown, body_of
from chat.tui.typed_app import chat_app

FIGURE_RE = (r"(?<![\w.])[-+]?\$\(?\d[\d,]*(?:\.\d+)?\)?(?:\s(?:million|billion|thousand))?(?:\sper share)?"
             r"|(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?%|(?<![\w.])\d{1,3}(?:,\d{3})+ shares")
BAR_WIDTH = 24
ROW_HEADER = {"companies": "company", "compare": ""}  # what a row of a table names (places: their own names)


def unique_citations(citations: list[Citation]) -> list[Citation]:
    seen: set[tuple[str, int]] = set()
    out = []
    for c in citations:
        if (c.doc, c.line) not in seen:
            seen.add((c.doc, c.line))
            out.append(c)
    return out


def citation_label(citation: Citation, max_doc: int = 40) -> Text:
    """'line 24 · file.txt': the line number first, so a narrow screen cuts the file name, never the line."""
    doc = safe_line(citation.doc)
    if len(doc) > max_doc:
        doc = doc[: max_doc - 1] + "…"
    return Text(f"line {citation.line} · {doc}")


def trend_bars(rows: list[dict]) -> Text:
    """One labelled bar a period, length in proportion to the value (from zero, so the lowest is not empty)."""
    top = max((abs(r["value"]) for r in rows), default=0) or 1
    width = max(len(safe_line(r["period"])) for r in rows)
    out = Text()
    for i, r in enumerate(rows):
        cells = max(1, round(BAR_WIDTH * abs(r["value"]) / top)) if r["value"] else 0
        out.append(f"{safe_line(r['period']):<{width}} ", style="bold")
        out.append("█" * cells, style="red" if r["value"] < 0 else "green")
        out.append(" " * (BAR_WIDTH - cells) + " " + figure(r["value"], r["unit"]))
        if i < len(rows) - 1:
            out.append("\n")
    return out


class CitationButton(Button):
    class Open(Message):
        def __init__(self, citation: Citation):
            super().__init__()
            self.citation = citation

    def __init__(self, citation: Citation):
        super().__init__(citation_label(citation), classes="citation", compact=True)  # Text: never markup
        self.citation = citation
        self.tooltip = Text(f"{safe_line(citation.doc)}, line {citation.line}: {safe_line(citation.quote)}")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Open(self.citation))


class AnswerCard(Vertical):
    """Shows user and document text as text: '[bold]' in a release is printed, never styled.

    A card is selected by a click (F2 explains it, F3 copies it); it never takes the keyboard from the
    question input."""

    def __init__(self, answer: Answer):
        super().__init__(classes=f"card {answer.status}")
        self.answer = answer
        self.searchable: list[tuple[Static, Text]] = []  # the question and the answer, as first shown

    def _text(self, text: Text, classes: str) -> Static:
        static = Static(text, classes=classes)
        self.searchable.append((static, text))
        return static

    def compose(self) -> ComposeResult:
        a = self.answer
        yield self._text(Text("› " + safe(a.question), style="bold"), "question")
        text = Text(safe(body_of(a)))
        if a.status == "answered":
            text.highlight_regex(FIGURE_RE, style="bold green")
        yield self._text(text, f"body {a.status}")
        if a.kind in ("trend", "rank") and a.rows:  # a period's or a company's bar, ranked as the text ranks them
            yield Static(trend_bars(a.rows), classes="chart")
        elif a.rows:
            table: DataTable[Text] = DataTable(show_cursor=False, classes="rows")
            table.add_columns(ROW_HEADER.get(a.kind, "period"), Text("value", justify="right"))
            for r in a.rows:
                table.add_row(Text(safe_line(r["period"])), Text(figure(r["value"], r["unit"]), justify="right"))
            yield table
        citations = unique_citations(a.citations)
        if citations:
            with Vertical(classes="citations"):
                for c in citations[:6]:
                    yield CitationButton(c)
        yield Static(Text(f"template: {a.template}\n{safe(a.sql or '')}"), classes="explain")

    def on_click(self) -> None:
        chat_app(self).select_card(self)

    def explain(self) -> None:
        self.toggle_class("explained")

    def markdown(self) -> str:
        return answer_markdown(self.answer)
