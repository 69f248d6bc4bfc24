"""The conversation, or one answer's table, as Markdown, CSV or JSON, written where the user chose.

The format follows the file name's ending. Values go out in base units with their unit (as the
answer object of contract.md gives them), beside the figure as the chat shows it. A file is written
whole or not at all (chat.files.atomic_writer); a folder, a pipe or device, the store itself or its
log are refused with one line, and nothing is written.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from chat.answer import Answer
from chat.files import FileRefused, atomic_write_text, refuse_same_files, require_regular_file
from chat.formatting import figure

FORMATS = {".md": "Markdown", ".csv": "CSV", ".json": "JSON"}
CONVERSATION, TABLE = "conversation", "table"


def body_of(answer: Answer) -> str:
    """The answer without its source lines (they are listed as citations)."""
    return answer.body or answer.text.split("\n  [", 1)[0]


def answer_markdown(answer: Answer) -> str:
    lines = [f"**Q:** {answer.question}", "", body_of(answer), ""]
    seen: set[tuple[str, int]] = set()
    for c in answer.citations:
        if (c.doc, c.line) not in seen:
            seen.add((c.doc, c.line))
            lines.append(f"- `{c.doc}`, line {c.line}: “{c.quote}”")
    return "\n".join(lines) + "\n"


def cited_line(answer: Answer) -> str | None:
    """The answer's first citation as one line to paste: file, line number and the line's text."""
    if not answer.citations:
        return None
    c = answer.citations[0]
    return f"{c.doc}, line {c.line}: {c.quote}"


def shown(value: float | None, unit: str | None) -> str:
    return "" if value is None else figure(value, unit)


def _csv(header: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _cell(text: str) -> str:
    """A Markdown table cell: one line, its pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def conversation_text(answers: list[Answer], fmt: str) -> str:
    if fmt == ".md":
        return "# filings-chat conversation\n\n" + "\n".join(answer_markdown(a) for a in answers)
    if fmt == ".json":
        return json.dumps({"conversation": [a.to_json() for a in answers]}, indent=2, ensure_ascii=False) + "\n"
    return _csv(["question", "status", "answer", "value", "unit", "shown", "company", "metric", "period", "citations"],
                [[a.question, a.status, body_of(a), "" if a.value is None else a.value, a.unit or "",
                  shown(a.value, a.unit), a.company or "", a.metric or "", a.period or "",
                  "; ".join(f"{c.doc}:{c.line}" for c in a.citations)] for a in answers])


def table_text(answer: Answer, fmt: str) -> str:
    """The answer's rows (a trend or a comparison): one a period (or company), its value and unit."""
    rows = [(r["period"], r["value"], r.get("unit")) for r in answer.rows]
    if fmt == ".md":
        lines = [f"**Q:** {answer.question}", "", "| period | value |", "| --- | ---: |"]
        lines += [f"| {_cell(p)} | {_cell(shown(v, u))} |" for p, v, u in rows]
        return "\n".join(lines) + "\n"
    if fmt == ".json":
        data = {"question": answer.question, "rows": [{"period": p, "value": v, "unit": u} for p, v, u in rows]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return _csv(["period", "value", "unit", "shown"], [[p, "" if v is None else v, u or "", shown(v, u)] for p, v, u in rows])


def export_text(what: str, fmt: str, answers: list[Answer], selected: Answer | None) -> str:
    if what == TABLE:
        if selected is None or not selected.rows:
            raise FileRefused("the selected answer has no table; click an answer with one, or export the conversation")
        return table_text(selected, fmt)
    return conversation_text(answers, fmt)


def write_export(path: Path, what: str, answers: list[Answer], selected: Answer | None, store: Path) -> str:
    """Write the export to `path` (FileRefused or OSError: nothing was written); the message to show."""
    path = Path(path).expanduser()
    fmt = path.suffix.lower()
    require_regular_file(path, "the export")
    refuse_same_files([("the export", path), ("the store", Path(store)),
                       ("the store's log", Path(f"{store}.wal"))])
    if fmt not in FORMATS:
        raise FileRefused(f"{path.name or path}: name a file ending in .md, .csv or .json")
    if not path.parent.is_dir():
        raise FileRefused(f"no folder {path.parent}; nothing was written")
    atomic_write_text(path, export_text(what, fmt, answers, selected))
    thing = "Table" if what == TABLE else "Conversation"
    return f"{thing} exported to {path} ({FORMATS[fmt]})"
