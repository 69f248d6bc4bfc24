"""A self-check that needs no answer key: what must hold for any release, whoever wrote it.

For each release: is the metadata complete, which tables were found and of what class, what share
of the numbers printed in its financial statements became facts, does its arithmetic hold (a
subtotal is the sum of its rows, assets equal liabilities plus equity, gross profit is revenue less
its cost), do prose and table agree, and do the facts keep the period rules (no actual ends after
the release date, a comparative is earlier than its figure and as long). Any violation is a parsing
error somewhere: that is how errors are found in releases nobody has written questions for.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.check_cells import text_statement_cells
from knowledge.check_rows import rows
from knowledge.check_core import CoreScore, score_core
from knowledge.check_identity import Identity, identity
from knowledge.check_prose import ProseScore, agreement, score_prose
from knowledge.check_report import format_report, report_json  # noqa: F401  (the report's home)
from knowledge.sec_tickers import complete_identity
from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text
from parsers.grid_tables import is_value_row, value_columns
from parsers.html import GridRow, GridTable
from parsers.loading import load_release
from parsers.model import Document, Figure, ParseError
from parsers.numbers import parse_cell
from parsers.tables import NON_GAAP_LABEL, normalize_basis

STATEMENTS = ("income", "balance", "cash_flow")
TOLERANCE = 0.005  # releases round each row: a sum may be off by this share, or by one unit per row


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
    rc.violations += _period_rules(doc)
    rc.violations += _identities(doc)
    rc.violations += _per_share(doc)
    rc.violations += _implausible_per_share(doc)
    rc.violations += _subtotals(doc, tables)
    rc.disagreements, rc.explained = agreement(doc)
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
    classes = {f.line: f.table_class for f in doc.figures if f.source == "table"}
    for table in tables:
        rows = [r for r in table.rows if is_value_row(r)]
        if not rows or not any(classes.get(r.line + 1) in STATEMENTS for r in rows):
            continue
        value_columns(table)
        for r in rows:
            if not any(c.vcol is None and re.search(r"[A-Za-z]{2}", c.text) for c in r.cells):
                continue  # an unlabelled row (a subtotal line) names no figure
            for c in r.cells:
                if c.vcol is not None and "%" not in c.text and "bp" not in c.text:
                    rc.statement_cells += 1
                    rc.statement_facts += (r.line + 1, c.vcol) in read


def _period_rules(doc: Document) -> list[str]:
    out = []
    for f in doc.figures:
        if normalize_basis(f.qualifier) == "guidance" or f.table_class == "guidance":
            continue
        if doc.release_date and f.period.end > doc.release_date:
            out.append(f"line {f.line}: {f.label!r} {f.period.label(doc.fye_month, doc.fy_offset)} ends after the "
                       f"release date {doc.release_date}")
        if f.comp_period is not None and (f.comp_period.end >= f.period.end or f.comp_period.months != f.period.months):
            out.append(f"line {f.line}: {f.label!r} is compared with {f.comp_period.label(doc.fye_month)}, which is "
                       f"not an earlier period of the same length")
    return out + doc.set_aside  # found impossible while reading: kept from answers, still a violation


def _statement_values(doc: Document) -> dict[tuple, list[Figure]]:
    out: dict[tuple, list[Figure]] = {}
    for f in doc.figures:
        if f.source == "table" and f.table_class in STATEMENTS and not f.qualifier and is_money(f.unit):
            out.setdefault((canonical_metric(f.label, f.section, "USD"), f.period), []).append(f)
    return out


def is_money(unit: str) -> bool:
    """An amount in any currency ("USD", "EUR", "XXX" for none stated): the statements' arithmetic holds
    in every one."""
    return len(unit) == 3 and unit.isupper()


def _close(a: float, b: float, rows: int = 1, scale: float = 1.0, rel: float = TOLERANCE) -> bool:
    """Equal up to rounding: each printed row may be off by half a unit (`rows` units in all), and
    figures rounded to fewer digits by `rel`."""
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), rows * scale + 1e-6)


def _identities(doc: Document) -> list[str]:
    """Per period: total assets = total liabilities and equity; gross profit = revenue - cost of
    revenue (when the same table prints all three)."""
    values = _statement_values(doc)
    out = []
    periods = {p for _, p in values}
    for p in periods:
        label = p.label(doc.fye_month, doc.fy_offset)
        assets, le = values.get(("total_assets", p)), values.get(("liabilities_and_equity", p))
        if assets and le and not _close(assets[0].value, le[0].value, 1, assets[0].scale):
            out.append(f"{label}: total assets {assets[0].value:,.0f} (line {assets[0].line}) differ from total "
                       f"liabilities and equity {le[0].value:,.0f} (line {le[0].line})")
        rev, cost, gross = (values.get((m, p)) for m in ("revenue", "cost_of_revenue", "gross_margin"))
        if rev and cost and gross and abs(rev[0].line - gross[0].line) < 12:
            if not _close(rev[0].value - abs(cost[0].value), gross[0].value, 2, rev[0].scale):
                out.append(f"{label}: revenue {rev[0].value:,.0f} less cost of revenue {cost[0].value:,.0f} is not "
                           f"gross profit {gross[0].value:,.0f} (line {gross[0].line})")
    return out


_TO_OWNERS = re.compile(r"^\W*net\s+(?:income|earnings|\(?loss\)?|income\s+\(loss\))[\w\s()/]*?\battributable\s+to\s+"
                        r"(?!non-?\s?controlling|minority|participating|preferred)", re.I)


def _per_share(doc: Document) -> list[str]:
    """EPS is net income over the weighted shares (within rounding and the odd preferred dividend):
    a share count read as EPS, or EPS scaled as dollars, breaks it. Diluted EPS may stand anywhere
    between net income over the diluted shares and over the basic shares: under the if-converted
    method the numerator gets back the convertible's interest, and dilution never raises EPS above
    basic."""
    found: dict[tuple, float] = {}
    owners: dict[tuple, tuple[int, float]] = {}  # net income attributable to the company: its EPS's numerator
    for f in doc.figures:
        common = f.source == "table" and f.unit == "USD" and "common" in f.label.lower() and _TO_OWNERS.match(f.label) \
            and not NON_GAAP_LABEL.search(f.label)  # its own words, whatever basis its table's heading lends it
        if common and f.table_class != "income":  # "Net (loss)/income attributable to common shareholders" of an
            owners[("net_income", f.period)] = (2, f.value)  # EPS table below the statement: EPS's own numerator
        if f.source == "table" and f.table_class == "income" and not f.qualifier:
            metric = canonical_metric(f.label, f.section, f.unit)
            found.setdefault((metric, f.period), f.value)
            if f.unit == "USD" and _TO_OWNERS.match(f.label):  # "... attributable to <Company>, Inc."
                rank = 1 if "common" in f.label.lower() else 0  # to common shareholders: after preferred dividends
                key = ("net_income", f.period)
                if key not in owners or owners[key][0] < rank:
                    owners[key] = (rank, f.value)
    found.update({k: v for k, (_, v) in owners.items()})
    out = []
    for (metric, period), eps in found.items():
        shares_key = {"eps_diluted": "weighted_shares_diluted", "eps_basic": "weighted_shares_basic"}.get(metric)
        if not shares_key:
            continue
        ni, shares = found.get(("net_income", period)), found.get((shares_key, period))
        if ni is None or not shares:
            continue
        implied = ni / shares
        bounds = [implied]
        basic = found.get(("weighted_shares_basic", period))
        if metric == "eps_diluted" and basic:
            bounds.append(ni / basic)
        slack = max(0.06 * abs(eps), 0.02)
        if not min(bounds) - slack <= eps <= max(bounds) + slack:
            out.append(f"{period.label(doc.fye_month, doc.fy_offset)}: {metric} {eps} is not net income over "
                       f"{shares_key.replace('_', ' ')} ({implied:.2f})")
    return out


def _implausible_per_share(doc: Document) -> list[str]:
    """A per-share figure in the thousands, in a table whose amounts are in thousands or millions,
    is an amount (or a share count) read as per share: the per-share unit reached a row it should not."""
    out = []
    for f in doc.figures:
        if f.source == "table" and f.unit.endswith("/share") and abs(f.value) >= 1000 and f.table_class:
            out.append(f"line {f.line}: {f.label!r} {f.value:,.2f} per share is not a per-share figure")
    return out[:5]


def _subtotals(doc: Document, tables: list[GridTable]) -> list[str]:
    """A 'Total ...' row of a statement is the sum of the rows right above it (since its heading or
    the last total: some run ending right above it must add up). A table of which two totals or more
    are checked and not one adds up prints selected rows ('Selected balance sheet data': total assets
    under cash and investments alone), not every part of its totals: its totals are not sums to check
    (assets = liabilities + equity still is); so does a table that says so ('Selected ... Data',
    'Highlights') of which the one total checked does not add up. A total that a later total adds up
    with ('Total equity' alone in 'Total liabilities and equity') is a summary of rows not printed."""
    classes = {f.line: f.table_class for f in doc.figures if f.source == "table"}
    out = []
    for table in tables:
        rows = [r for r in table.rows if is_value_row(r)]
        if not rows or not any(classes.get(r.line + 1) in STATEMENTS for r in rows):
            continue
        value_columns(table)
        run: list[GridRow] = []
        parts = 0  # labelled rows since the last total: a total right under a total restates, it does not add
        checked, problems = 0, []
        failed: dict[int, GridRow] = {}  # the failed totals by their problem's index
        for row in table.rows:
            if not is_value_row(row):
                continue
            label = " ".join(c.text for c in row.cells if c.vcol is None)
            if re.match(r"\s*total\b", label, re.I) and not _PER_UNIT.search(label):  # "Total cost (per lb)": a rate
                problem = _total_problem(row, run, label) if (parts or failed) and len(run) >= 2 else None
                if parts and len(run) >= 2:
                    checked += 1
                    if problem:
                        failed[len(problems)] = row
                        problems.append(f"line {row.line + 1}: {problem}")
                if not problem:
                    for i, part in list(failed.items()):  # a total a later total adds up with (and not
                        if _total_problem(row, [r for r in run if r is not part], label):  # without) is a
                            problems[i] = ""  # one-line summary of rows not printed ('Total equity' in
                            del failed[i]  # 'Total liabilities and equity'), its value borne out
                run.append(row)  # a subtotal stands for its rows in the next total (see _collapse)
                parts = 0
            elif label.strip():
                if run and _restates(row, run[-1]):
                    run[-1] = row  # "Other comprehensive income" under its one item: the item, printed again
                    continue
                run.append(row)
                parts += 1
        selected = checked == 1 and bool(_SELECTED_ROWS.search(" ".join(  # "Selected Balance Sheet Data",
            [table.title] + [c.text for r in table.rows if not is_value_row(r) for c in r.cells])))  # "Highlights"
        if not (checked >= 2 or selected) or len(problems) < checked:
            out += [p for p in problems if p]
    return out


_PER_UNIT = re.compile(r"\bper\s+(?:lb|pound|share|ton|tonne|oz|ounce|unit|barrel|boe|mwh|kwh)\b", re.I)
_SELECTED_ROWS = re.compile(r"selected\s+(?:[\w-]+\s+){0,3}(?:data|information|results)\b|\bhighlights\b", re.I)


def _restates(row: GridRow, above: GridRow) -> bool:
    """A row whose every figure is the figure of the row right above it (a subtotal of one item,
    'Attributable to owners' under the net profit): the same amounts, never parts to add twice."""
    mine = {c.vcol: parse_cell(c.text) for c in row.cells if c.vcol is not None}
    theirs = {c.vcol: parse_cell(c.text) for c in above.cells if c.vcol is not None}
    return len(mine) >= 1 and mine == theirs and any(mine.values()) and None not in mine.values()


def _total_problem(total: GridRow, run: list[GridRow], label: str) -> str | None:
    for cell in total.cells:
        if cell.vcol is None or "%" in cell.text:
            continue
        want = parse_cell(cell.text)
        if want is None:
            continue
        column = _collapse([next((parse_cell(c.text) for c in r.cells if c.vcol == cell.vcol), None) for r in run])
        ok = False
        for k in range(len(column) - 1, -1, -1):  # the rows right above: the last one, two, three, ...
            part = column[k:]
            if None in part:
                break
            if _close(sum(part), want, len(part), rel=0.0):
                ok = True
                break
        if not ok and None not in column[-2:]:
            return f"{label.strip()!r} {cell.text} is not the sum of the rows above it"
    return None


def _collapse(column: list[float | None]) -> list[float | None]:
    """A row that is the sum of two or more rows right above it is an unlabelled subtotal: it
    replaces them ('Software and cloud revenues' between its parts and the total)."""
    out: list[float | None] = []
    for v in column:
        if v is not None:
            for k in range(len(out) - 2, -1, -1):
                part = out[k:]
                if None in part:
                    break
                if _close(sum(part), v, len(part), rel=0.0) and v != 0:
                    out = out[:k]
                    break
        out.append(v)
    return out
