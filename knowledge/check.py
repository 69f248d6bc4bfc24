"""A self-check that needs no answer key: what must hold for any release, whoever wrote it.

For each release: is the metadata complete, which tables were found and of what class, what share
of the numbers printed in its financial statements became facts, does its arithmetic hold (a
subtotal is the sum of its rows, assets equal liabilities plus equity, gross profit is revenue less
its cost), do prose and table agree, and do the facts keep the period rules (no actual ends after
the release date, a comparative is earlier than its figure and as long). Any violation is a parsing
error somewhere: that is how errors are found in releases nobody has written questions for. The
arithmetic, the period rules and the agreement live in knowledge/doubts.py, which ingest runs too: the
figures a violation implicates are stored doubted and never answered, and the check counts any that
would still be (`answered`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.check_cells import is_variance, text_statement_cells
from knowledge.check_rows import rows
from knowledge.check_core import CoreScore, score_core
from knowledge.check_identity import Identity, identity
from knowledge import doubts
from knowledge.check_prose import ProseScore, score_prose
from knowledge.check_report import format_report, report_json  # noqa: F401  (the report's home)
from knowledge.doubts import STATEMENTS, Violation
from knowledge.sec_tickers import complete_identity
from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.grid_tables import is_value_row, value_columns
from parsers.html import GridTable
from parsers.loading import load_release
from parsers.model import Document, ParseError
from parsers.numbers import parse_cell


@dataclass
class RoundTrip:
    """Stored facts asked back through the engine: how many, how many came back right, which not."""
    asked: int = 0
    right: int = 0
    failures: list[str] = field(default_factory=list)


@dataclass
class ReleaseCheck:
    name: str
    company: str | None = None
    ticker: str | None = None
    release_date: str | None = None
    period: str | None = None
    fye_month: int | None = None
    facts: int = 0
    tables: Counter = field(default_factory=Counter)
    statement_cells: int = 0
    statement_facts: int = 0
    missing: list[str] = field(default_factory=list)  # identity parts the release prints but were not read
    violations: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)  # prose figures the statement prints otherwise
    explained: list[str] = field(default_factory=list)  # those whose cause the statement shows (check_prose.agreement)
    answered: list[str] = field(default_factory=list)  # violations and disagreements a figure of which is stored undoubted
    error: str | None = None
    identity: Identity | None = None
    core: CoreScore = field(default_factory=CoreScore)
    prose: ProseScore = field(default_factory=ProseScore)
    unread_cells: list[str] = field(default_factory=list)  # statement cells of text tables no fact carries
    round_trip: RoundTrip | None = None  # filled by chat/roundtrip.py: the engine lives above knowledge/

    @property
    def coverage(self) -> float | None:
        return self.statement_facts / self.statement_cells if self.statement_cells else None

    @property
    def complete(self) -> bool:
        return not self.missing


def check_path(path: Path) -> ReleaseCheck:
    return check_release(path)[0]


def check_release(path: Path) -> tuple[ReleaseCheck, Document | None]:
    """The check of one file, and the document it read (for the round trip, which needs the engine)."""
    try:
        loaded = load_release(path)
        doc = complete_identity(parse_text(path.name, loaded.text, loaded.format, loaded.tables, loaded.header))
    except ParseError as exc:
        return ReleaseCheck(path.name, error=str(exc)), None
    return check_document(doc, loaded.tables), doc


def check_document(doc: Document, tables: list[GridTable]) -> ReleaseCheck:
    rc = ReleaseCheck(doc.name, doc.company, doc.ticker, doc.release_date.isoformat() if doc.release_date else None,
                      doc.period.label(doc.fye_month, doc.fy_offset) if doc.period else None, doc.fye_month,
                      len(doc.figures))
    _coverage(rc, doc, tables)
    printed = rows(doc.text)  # what the text prints, read once without the parser
    cells, read, rc.unread_cells = text_statement_cells(doc, tables, printed)
    rc.statement_cells += cells
    rc.statement_facts += read
    rc.tables.update(_table_classes(doc))
    found = doubts.mark(doc, tables)  # as ingest marks them: what is doubted is what the store will hold
    rc.violations = [v.said for v in found.violations if v.reported]
    rc.disagreements, rc.explained = [v.said for v in found.disagreements], found.explained
    rc.answered = still_answered([v for v in found.violations if v.reported] + found.disagreements, doc)
    rc.identity = identity(doc)
    rc.missing = [p.split(",")[0].removeprefix("no ") for p in rc.identity.problems if ", though the" in p]
    rc.core = score_core(doc, printed)
    rc.prose = score_prose(doc)
    return rc


def _table_classes(doc: Document) -> Counter:
    """Rows read, by the class of the table they stand in."""
    seen = {(f.table_class, f.line) for f in doc.figures if f.source == "table"}
    groups: dict[str, set[int]] = {}
    for cls, line in seen:
        groups.setdefault(cls or "text table", set()).add(line)
    return Counter({cls: len(lines) for cls, lines in groups.items()})


def _coverage(rc: ReleaseCheck, doc: Document, tables: list[GridTable]) -> None:
    """Numbers printed in statement tables (amount columns) against the facts read from them."""
    read = {(f.line, f.column) for f in doc.figures if f.source == "table" and f.table_class in STATEMENTS}
    # a '% Change' cell read into the change of its row's figure (Figure.change_pct): read, though no fact's own
    changed = {(f.line, round(pct, 6)) for f in doc.figures if f.source == "table" and f.table_class in STATEMENTS
               for pct in (f.change_pct, f.cc_change_pct) if pct is not None}
    classes = {f.line: f.table_class for f in doc.figures if f.source == "table"}
    for table in tables:
        rows = [r for r in table.rows if is_value_row(r)]
        if not rows or not any(classes.get(r.line + 1) in STATEMENTS for r in rows):
            continue
        value_columns(table)
        labelled = [r for r in rows if any(c.vcol is None and re.search(r"[A-Za-z]{2}", c.text) for c in r.cells)]
        changes = _change_columns(labelled)  # an unlabelled row (a subtotal line) names no figure
        for r in labelled:
            for c in r.cells:
                if c.vcol is not None and "%" not in c.text and "bp" not in c.text and c.vcol not in changes:
                    rc.statement_cells += 1
                    rc.statement_facts += (r.line + 1, c.vcol) in read or _read_as_change(c.text, r.line + 1, changed)


def _read_as_change(text: str, line: int, changed: set[tuple[int, float]]) -> bool:
    """Whether a cell's figure is the percentage change some fact of its line carries."""
    value = parse_cell(text)
    return value is not None and (line, round(value, 6)) in changed


def _change_columns(rows: list) -> set[int]:
    """The grid columns that are changes ('Increase (Decrease)' beside two dates): in every row printing three
    figures there, the difference of the two before it (as text tables' change cells, check_cells.is_variance),
    a nonzero one in two rows at least. Such a column has no period: its cells are no statement's figures."""
    held: dict[int, int] = {}
    failed: set[int] = set()
    for r in rows:
        cells = [c for c in r.cells if c.vcol is not None and "%" not in c.text and "bp" not in c.text]
        values = tuple(parse_cell(c.text) for c in cells)
        for k, c in enumerate(cells[2:], start=2):
            if None in values[k - 2:k + 1] or not is_variance(values, k):
                failed.add(c.vcol)
            elif values[k]:
                held[c.vcol] = held.get(c.vcol, 0) + 1
    return {v for v, n in held.items() if n >= 2 and v not in failed}




def still_answered(found: list[Violation], doc: Document) -> list[str]:
    """The violations and disagreements of which some implicated figure is stored without its doubt (as
    knowledge.fact_rows.prepare writes the rows ingest stores): a figure the engine would state as fact."""
    facts = prepare(doc, "", doc.name).facts
    undoubted = {(line, col, value, label) for line, col, value, label, doubt in
                 zip(facts["line_no"], facts["col"], facts["value"], facts["label"], facts["doubt"]) if not doubt}
    return [v.said for v in found if any((f.line, f.column, f.value, f.label) in undoubted for f in v.figures)]
