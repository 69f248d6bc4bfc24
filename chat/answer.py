"""The answer object of the outside contract, and what the TUI needs beside it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Citation:
    doc: str
    line: int
    quote: str
    doc_id: int | None = field(default=None, compare=False)  # which stored document: same-named files differ


@dataclass
class Answer:
    question: str
    status: str  # answered, abstained, clarify
    text: str
    id: str | None = None
    value: float | None = None
    unit: str | None = None
    company: str | None = None
    metric: str | None = None
    segment: str | None = None
    period: str | None = None
    citations: list[Citation] = field(default_factory=list)
    template: str | None = None
    sql: str | None = None
    confidence: int = 0
    elapsed_ms: float = 0.0
    body: str = ""  # the text without its source lines: what the TUI shows above the citation buttons
    kind: str = "value"  # value, change, compare, trend, inventory, help, unstated
    rows: list[dict[str, Any]] = field(default_factory=list)  # trend and comparison tables
    # kind "unstated": the figure as the release prints it, whose unit the release does not state. It is
    # not in the answer object (the contract's value is in base units): the text gives it, with its line.
    printed: float | None = None
    options: list[str] = field(default_factory=list)  # a question back: the question as each choice asks it

    def __post_init__(self) -> None:
        if not self.body:
            self.body = self.text.split("\n  [", 1)[0]

    @classmethod
    def from_record(cls, data: dict) -> "Answer":
        """An answer saved whole (a saved conversation's turn) made again as it was, not asked again;
        fields it does not know are ignored, so an older or newer record still opens."""
        known = {f.name for f in fields(cls)}
        cited = {f.name for f in fields(Citation)}
        values = {k: v for k, v in data.items() if k in known}
        values["citations"] = [Citation(**{k: v for k, v in c.items() if k in cited})
                               for c in data.get("citations") or []]
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("kind")
        data.pop("body")
        for c in data["citations"]:
            c.pop("doc_id", None)  # the contract's citation is {doc, line, quote}
        data.pop("rows")
        data.pop("printed")
        data.pop("options")
        order = ["id", "question", "status", "text", "value", "unit", "company", "metric", "segment", "period",
                 "citations", "template", "sql", "confidence", "elapsed_ms"]
        return {k: data[k] for k in order}
