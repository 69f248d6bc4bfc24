"""One question and its answer in the transcript: figures stand out, citations open the source."""
from __future__ import annotations


from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Sparkline, Static

from chat.answer import Answer, Citation
from chat.formatting import figure

FIGURE_RE = (r"(?<![\w.])[-+]?\$\(?\d[\d,]*(?:\.\d+)?\)?(?:\s(?:million|billion|thousand))?(?:\sper share)?"
             r"|(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?%|(?<![\w.])\d{1,3}(?:,\d{3})+ shares")


class CitationButton(Button):
    class Open(Message):
        def __init__(self, citation: Citation):
            super().__init__()
            self.citation = citation

    def __init__(self, citation: Citation):
        super().__init__(f"{citation.doc}, line {citation.line}", classes="citation", compact=True)
        self.citation = citation

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Open(self.citation))


class AnswerCard(Vertical, can_focus=True):
    """Shows user and document text as text: '[bold]' in a release is printed, never styled."""

    BINDINGS = [("e", "explain", "Explain"), ("c", "copy", "Copy answer")]

    def __init__(self, answer: Answer):
        super().__init__(classes=f"card {answer.status}")
        self.answer = answer

    def compose(self) -> ComposeResult:
        a = self.answer
        yield Static(Text("› " + a.question, style="bold"), classes="question")
        body = a.text.split("\n  [", 1)[0]
        text = Text(body)
        if a.status == "answered":
            text.highlight_regex(FIGURE_RE, style="bold green")
        yield Static(text, classes=f"body {a.status}")
        if a.kind == "trend" and len(a.rows) >= 2:
            with Horizontal(classes="chart"):
                yield Sparkline([abs(r["value"]) for r in a.rows], summary_function=max, classes="spark")
        if a.rows:
            table = DataTable(show_cursor=False, classes="rows")
            table.add_columns("period", "value")
            for r in a.rows:
                table.add_row(Text(r["period"]), Text(figure(r["value"], r["unit"])))
            yield table
        if a.citations:
            with Horizontal(classes="citations"):
                for c in a.citations[:6]:
                    yield CitationButton(c)
        yield Static(Text(f"template: {a.template}\n{a.sql}"), classes="explain")

    def action_explain(self) -> None:
        self.toggle_class("explained")

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.answer.text)
        self.app.notify("Answer copied to the clipboard")

    def markdown(self) -> str:
        a = self.answer
        lines = [f"**Q:** {a.question}", "", a.text.split("\n  [", 1)[0], ""]
        for c in a.citations:
            lines.append(f"- `{c.doc}`, line {c.line}: “{c.quote}”")
        return "\n".join(lines) + "\n"
