"""What a release's own arithmetic and its prose contradict, and the figures each contradiction doubts.

A per-share figure that is not net income over the weighted shares, one in the thousands, total assets
that are not liabilities and equity, revenue less its cost that is not gross profit, a 'Total' row that
is not the sum of the rows above it, a period rule broken, a prose figure its statement prints
otherwise: each is a reading likely wrong. `find` returns them (the check reports them), each with the
least set of figures whose misreading would explain it; `mark` writes the doubt on those figures
before they are stored, so the engine never states one as fact (chat/handlers/common.py). They run at
ingest, where the document's tables are at hand (knowledge/worker.py), and in `check`: one home.

A doubt is stored as text, `kind|lines|said` (see `Doubt`): its kind (the arithmetic does not hold; the
prose and the statement differ), the lines of the figures it implicates and what the check says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.check_prose import agreement_figures
from knowledge.vocabulary import BY_KEY, TO_OWNERS, canonical_metric
from parsers.grid_tables import is_value_row, value_columns
from parsers.html import GridRow, GridTable
from parsers.document import declared_ahead
from parsers.model import Document, Figure
from parsers.numbers import parse_cell
from parsers.tables import NON_GAAP_LABEL, normalize_basis

STATEMENTS = ("income", "balance", "cash_flow")
TOLERANCE = 0.005  # releases round each row: a sum may be off by this share, or by one unit per row
ARITHMETIC = "arithmetic"  # the release's own arithmetic does not hold for the figure
DISAGREEMENT = "disagreement"  # the prose and the statement print the figure differently


@dataclass
class Violation:
    """One contradiction: what the check says, and the figures it implicates ([] for a comparison set
    aside while reading, parsers/document.py: dropped before it was stored)."""
    said: str
    figures: list[Figure] = field(default_factory=list)
    kind: str = ARITHMETIC
    reported: bool = True  # False: doubted all the same, not listed (the check lists five implausible ones)


@dataclass
class Found:
    """A release's contradictions, as `check` reports them."""
    violations: list[Violation]  # the arithmetic and the period rules, in the check's order
    disagreements: list[Violation]
    explained: list[str]  # prose figures the statement prints otherwise for a cause it shows: no doubt


@dataclass(frozen=True)
class Doubt:
    """A stored doubt, read back: its kind, the lines of the figures it implicates, what the check says."""
    kind: str
    lines: tuple[int, ...]
    said: str

    def text(self) -> str:
        return f"{self.kind}|{','.join(map(str, self.lines))}|{self.said}"

    def reason(self) -> str:
        """Why the figure is doubted, in words: one phrasing for a listing's marker and a reply's note."""
        why = "prose and statement differ" if self.kind == DISAGREEMENT else "the release's arithmetic does not hold"
        return f"{why}: {self.said}" if self.said else why

    @classmethod
    def read(cls, text: str | None) -> "Doubt | None":
        """The doubt a stored fact carries, or None (none found; '' or NULL: stored before the checks)."""
        if not text:
            return None
        kind, _, rest = text.partition("|")
        lines, _, said = rest.partition("|")
        return cls(kind, tuple(int(n) for n in lines.split(",") if n.isdigit()), said)


def find(doc: Document, tables: list[GridTable]) -> Found:
    """Every contradiction of the release, in the order `check` has always listed them."""
    violations = _period_rules(doc) + _identities(doc) + _per_share(doc) + _implausible_per_share(doc) + \
        _subtotals(doc, tables)
    disagreeing, explained = agreement_figures(doc)
    return Found(violations, [Violation(said, figures, DISAGREEMENT) for said, figures in disagreeing], explained)


def mark(doc: Document, tables: list[GridTable]) -> Found:
    """Find the contradictions and write each one's doubt on the figures it implicates (a disagreement
    outranks an arithmetic doubt on the same figure: it has the other figure to show)."""
    found = find(doc, tables)
    for v in found.violations + found.disagreements:
        doubt = Doubt(v.kind, tuple(sorted({f.line for f in v.figures})), v.said).text()
        for f in v.figures:
            if not f.doubt or v.kind == DISAGREEMENT:
                f.doubt = doubt
    return found


def _period_rules(doc: Document) -> list[Violation]:
    out = []
    for f in doc.figures:
        if normalize_basis(f.qualifier) == "guidance" or f.table_class == "guidance":
            continue
        if doc.release_date and f.period.end > doc.release_date and not declared_ahead(f, doc.release_date):
            out.append(Violation(f"line {f.line}: {f.label!r} {f.period.label(doc.fye_month, doc.fy_offset)} ends "
                                 f"after the release date {doc.release_date}", [f]))
        if f.comp_period is not None and (f.comp_period.end >= f.period.end or f.comp_period.months != f.period.months):
            out.append(Violation(f"line {f.line}: {f.label!r} is compared with {f.comp_period.label(doc.fye_month)}, "
                                 f"which is not an earlier period of the same length", [f]))
    # found impossible while reading: its comparison was dropped, still a violation
    return out + [Violation(note) for note in doc.set_aside]


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


def close(a: float, b: float, rows: int = 1, scale: float = 1.0, rel: float = TOLERANCE) -> bool:
    """Equal up to rounding: each printed row may be off by half a unit (`rows` units in all), and
    figures rounded to fewer digits by `rel`."""
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), rows * scale + 1e-6)


def _identities(doc: Document) -> list[Violation]:
    """Per period: total assets = total liabilities and equity; gross profit = revenue - cost of
    revenue (when the same table prints all three). Each figure of a broken identity is doubted:
    the misreading of any one of them would break it."""
    values = _statement_values(doc)
    out = []
    periods = {p for _, p in values}
    for p in periods:
        label = p.label(doc.fye_month, doc.fy_offset)
        assets, le = values.get(("total_assets", p)), values.get(("liabilities_and_equity", p))
        if assets and le and not close(assets[0].value, le[0].value, 1, assets[0].scale):
            out.append(Violation(f"{label}: total assets {assets[0].value:,.0f} (line {assets[0].line}) differ from "
                                 f"total liabilities and equity {le[0].value:,.0f} (line {le[0].line})",
                                 [assets[0], le[0]]))
        rev, cost, gross = (values.get((m, p)) for m in ("revenue", "cost_of_revenue", "gross_margin"))
        if rev and cost and gross and abs(rev[0].line - gross[0].line) < 12:
            if not close(rev[0].value - abs(cost[0].value), gross[0].value, 2, rev[0].scale):
                out.append(Violation(f"{label}: revenue {rev[0].value:,.0f} less cost of revenue {cost[0].value:,.0f} "
                                     f"is not gross profit {gross[0].value:,.0f} (line {gross[0].line})",
                                     [rev[0], cost[0], gross[0]]))
    return out


def _per_share(doc: Document) -> list[Violation]:
    """EPS is net income over the weighted shares (within rounding and the odd preferred dividend):
    a share count read as EPS, or EPS scaled as dollars, breaks it. Diluted EPS may stand anywhere
    between net income over the diluted shares and over the basic shares: under the if-converted
    method the numerator gets back the convertible's interest, and dilution never raises EPS above
    basic. A broken one doubts the per-share figure and its share count; the net income too, unless
    another per-share figure of the period holds with it (then it is borne out)."""
    found: dict[tuple, Figure] = {}
    owners: dict[tuple, tuple[int, Figure]] = {}  # net income attributable to the company: its EPS's numerator
    for f in doc.figures:
        common = f.source == "table" and f.unit == "USD" and "common" in f.label.lower() and TO_OWNERS.match(f.label) \
            and not NON_GAAP_LABEL.search(f.label)  # its own words, whatever basis its table's heading lends it
        if common and f.table_class != "income":  # "Net (loss)/income attributable to common shareholders" of an
            owners[("net_income", f.period)] = (2, f)  # EPS table below the statement: EPS's own numerator
        if f.source == "table" and f.table_class == "income" and not f.qualifier:
            metric = canonical_metric(f.label, f.section, f.unit)
            found.setdefault((metric, f.period), f)
            # "... attributable to <Company>, Inc.", "Net income available to common shareholders" (after preferred
            # dividends): the company's own, its EPS's numerator
            if f.unit == "USD" and (TO_OWNERS.match(f.label) or metric == "net_income_common"):
                rank = 1 if "common" in f.label.lower() else 0  # to common shareholders: after preferred dividends
                key = ("net_income", f.period)
                if key not in owners or owners[key][0] < rank:
                    owners[key] = (rank, f)
    found.update({k: f for k, (_, f) in owners.items()})
    broken: list[tuple[str, Figure, Figure, Figure]] = []
    held: set = set()  # periods of which a per-share figure holds with the net income
    for (metric, period), eps in found.items():
        shares_key = {"eps_diluted": "weighted_shares_diluted", "eps_basic": "weighted_shares_basic"}.get(metric)
        if not shares_key:
            continue
        ni, shares = found.get(("net_income", period)), found.get((shares_key, period))
        if ni is None or shares is None or not shares.value:
            continue
        implied = ni.value / shares.value
        bounds = [implied]
        basic = found.get(("weighted_shares_basic", period))
        if metric == "eps_diluted" and basic is not None and basic.value:
            bounds.append(ni.value / basic.value)
        slack = max(0.06 * abs(eps.value), 0.02)
        if not min(bounds) - slack <= eps.value <= max(bounds) + slack:
            said = (f"{period.label(doc.fye_month, doc.fy_offset)}: {_SAID[metric]} {eps.value} is not net income "
                    f"over the {_SAID[shares_key]} ({implied:.2f})")
            broken.append((said, eps, shares, ni))
        else:
            held.add(period)
    return [Violation(said, [eps, shares] + ([] if eps.period in held else [ni])) for said, eps, shares, ni in broken]


# The names the check's messages give the figures it sets against each other: a reply quotes them.
_SAID = {"eps_diluted": "diluted EPS", "eps_basic": "basic EPS", "weighted_shares_diluted": "weighted diluted shares",
         "weighted_shares_basic": "weighted basic shares"}


def _implausible_per_share(doc: Document) -> list[Violation]:
    """A per-share figure in the thousands, in a table whose amounts are in thousands or millions,
    is an amount (or a share count) read as per share: the per-share unit reached a row it should not.
    Every one is doubted; five are reported."""
    out = []
    for f in doc.figures:
        if f.source == "table" and f.unit.endswith("/share") and abs(f.value) >= 1000 and f.table_class:
            out.append(Violation(f"line {f.line}: {f.label!r} {f.value:,.2f} per share is not a per-share figure", [f]))
    for v in out[5:]:
        v.reported = False
    return out


def _subtotals(doc: Document, tables: list[GridTable]) -> list[Violation]:
    """A 'Total ...' row of a statement is the sum of the rows right above it (since its heading or
    the last total: some run ending right above it must add up). A table of which two totals or more
    are checked and not one adds up prints selected rows ('Selected balance sheet data': total assets
    under cash and investments alone), not every part of its totals: its totals are not sums to check
    (assets = liabilities + equity still is); so does a table that says so ('Selected ... Data',
    'Highlights') of which the one total checked does not add up. A total that a later total adds up
    with ('Total equity' alone in 'Total liabilities and equity') is a summary of rows not printed.
    So does a condensed statement, which prints more totals standing alone (its first row, or right under another
    total: 'Total interest income', 'Total interest expense') than totals with rows above them, at least two: the
    rows above its one checked total ('Net interest income', 'Provision') are other lines, not its parts — but only
    where a row right above it is larger than it: rows within it are its printed parts, and their sum is checked.
    A total that does not add up doubts its cell and the cells of the rows since the last total or
    section heading, in each column that does not add up: not the table's other columns or runs."""
    by_cell: dict[tuple[int, int], list[Figure]] = {}
    classes = {f.line: f.table_class for f in doc.figures if f.source == "table"}
    for f in doc.figures:
        if f.source == "table" and f.column is not None:
            by_cell.setdefault((f.line, f.column), []).append(f)
    out: list[Violation] = []
    for table in tables:
        rows = [r for r in table.rows if is_value_row(r)]
        if not rows or not any(classes.get(r.line + 1) in STATEMENTS for r in rows):
            continue
        value_columns(table)
        run: list[GridRow] = []
        since = 0  # where in the run the rows since the last total (or section heading) begin
        parts = 0  # labelled rows since the last total: a total right under a total restates, it does not add
        checked, problems = 0, []
        alone = 0  # totals with no row of their own above them (the first row, or right under another total)
        failed: dict[int, GridRow] = {}  # the failed totals by their problem's index
        with_parts: dict[int, Violation] = {}  # failed totals whose rows right above could be their parts: the
        # problem doubting those rows alone (a condensed statement's larger rows above them are no parts)
        for row in table.rows:
            if not is_value_row(row):
                if any(c.text.strip() for c in row.cells):
                    since = len(run)  # a section's heading ('Operating expenses:'): its total's parts begin below
                continue
            label = " ".join(c.text for c in row.cells if c.vcol is None)
            if re.match(r"\s*total\b", label, re.I) and not _PER_UNIT.search(label):  # "Total cost (per lb)": a rate
                alone += parts == 0
                problem = _total_problem(row, run, label) if (parts or failed) and len(run) >= 2 else None
                if problem and _of_two_statements(row, run[since:], by_cell):
                    problem = None  # revenue above 'Total current assets': selected rows of two statements, no parts
                if parts and len(run) >= 2:
                    checked += 1
                    if problem:
                        failed[len(problems)] = row
                        said, columns = problem
                        cells = [(r.line + 1, col) for col in columns
                                 for r in [*_not_borne_out(run[since:], col), row]]
                        own = _printed_parts(row, run[since:])
                        if own:
                            narrow = [(r.line + 1, col) for col in columns for r in [*_not_borne_out(own, col), row]]
                            with_parts[len(problems)] = Violation(f"line {row.line + 1}: {said}",
                                                                  [f for cell in narrow for f in by_cell.get(cell, [])])
                        problems.append(Violation(f"line {row.line + 1}: {said}",
                                                  [f for cell in cells for f in by_cell.get(cell, [])]))
                if not problem:
                    for i, part in list(failed.items()):  # a total a later total adds up with (and not
                        if _total_problem(row, [r for r in run if r is not part], label):  # without) is a
                            problems[i] = None  # one-line summary of rows not printed ('Total equity' in
                            del failed[i]  # 'Total liabilities and equity'), its value borne out
                run.append(row)  # a subtotal stands for its rows in the next total (see _collapse)
                since = len(run)
                parts = 0
            elif label.strip():
                if run and _restates(row, run[-1]):
                    run[-1] = row  # "Other comprehensive income" under its one item: the item, printed again
                    continue
                run.append(row)
                parts += 1
        selected = checked == 1 and bool(_SELECTED_ROWS.search(" ".join(  # "Selected Balance Sheet Data",
            [table.title] + [c.text for r in table.rows if not is_value_row(r) for c in r.cells])))  # "Highlights"
        condensed = alone >= 2 and alone > checked  # a statement of totals whose parts it does not print
        if not (checked >= 2 or selected or condensed) or len(problems) < checked:
            out += [p for p in problems if p]
        elif condensed and not (checked >= 2 or selected):  # a condensed statement skips only the totals whose
            out += [with_parts[i] for i, p in enumerate(problems) if p and i in with_parts]  # parts it does not print
    return out


def _printed_parts(total: GridRow, rows: list[GridRow]) -> list[GridRow]:
    """The rows right above a total that could be its parts: the run of them, at least two, none larger than the
    total in any column. A row larger than the total is no part of it ('Net interest income' above a bank's 'Total
    noninterest income' in a condensed statement): with fewer than two rows within it, its parts are not printed
    ([]); rows within it ('Service charges', 'Wealth management fees') are its parts, and a condensed statement's
    other lone totals never excuse their sum."""
    wants = {c.vcol: parse_cell(c.text) for c in total.cells if c.vcol is not None and "%" not in c.text}
    wants = {col: v for col, v in wants.items() if v is not None}
    if not wants:
        return []
    start = len(rows)
    while start > 0:
        row = rows[start - 1]
        got = {c.vcol: parse_cell(c.text) for c in row.cells if c.vcol in wants}
        if any(got.get(col) is None or abs(got[col] or 0) > abs(want or 0) for col, want in wants.items()):
            break
        start -= 1
    return rows[start:] if len(rows) - start >= 2 else []


def _of_two_statements(total: GridRow, rows: list[GridRow], by_cell: dict[tuple[int, int], list[Figure]]) -> bool:
    """A total of balances under rows of flows, or the reverse (each by its metric's kind in the vocabulary,
    else by its figures' periods): the rows come from another statement than the total (a table of selected
    figures, 'Revenue' and 'Operating income' above 'Total current assets' with no heading between), so they
    are no parts of it and its sum is no check."""
    figures: dict[int, list[Figure]] = {}
    for (line, _), found in by_cell.items():
        figures.setdefault(line, []).extend(found)

    def kinds(row: GridRow) -> set[bool]:
        out = set()
        for f in figures.get(row.line + 1, []):
            metric = BY_KEY.get(canonical_metric(f.label, f.section, f.unit))
            out.add(metric.flow if metric is not None else not f.period.is_instant)
        return out
    mine = kinds(total)
    return len(mine) == 1 and any(kinds(r) and not kinds(r) & mine for r in rows)


_PER_UNIT = re.compile(r"\bper\s+(?:lb|pound|share|ton|tonne|oz|ounce|unit|barrel|boe|mwh|kwh)\b", re.I)
_SELECTED_ROWS = re.compile(r"selected\s+(?:[\w-]+\s+){0,3}(?:data|information|results)\b|\bhighlights\b|"
                            # a statement's "Data" ("Consolidated Balance Sheet Data", "Statements of Operations Data"):
                            # the lines a release chose to print of it, not the statement
                            r"\b(?:balance\s+sheets?|statements?\s+of\s+(?:operations|income|financial\s+(?:position|"
                            r"condition))|cash\s+flows?)\s+data\b", re.I)


def _restates(row: GridRow, above: GridRow) -> bool:
    """A row whose every figure is the figure of the row right above it (a subtotal of one item,
    'Attributable to owners' under the net profit): the same amounts, never parts to add twice."""
    mine = {c.vcol: parse_cell(c.text) for c in row.cells if c.vcol is not None}
    theirs = {c.vcol: parse_cell(c.text) for c in above.cells if c.vcol is not None}
    return len(mine) >= 1 and mine == theirs and any(mine.values()) and None not in mine.values()


def _total_problem(total: GridRow, run: list[GridRow], label: str) -> tuple[str, list[int]] | None:
    """What is wrong with a total (said of its first column that does not add up) and every such column."""
    said, columns = "", []
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
            if close(sum(part), want, len(part), rel=0.0):
                ok = True
                break
        if not ok and None not in column[-2:]:
            said = said or f"{label.strip()!r} {cell.text} is not the sum of the rows above it"
            columns.append(cell.vcol)
    return (said, columns) if columns else None


def _not_borne_out(rows: list[GridRow], vcol: int) -> list[GridRow]:
    """The rows above a total that does not add up, less those a sum among them bears out: parts that add
    up to the row right below them, and that row ('Revenue' under its segments, above a 'Total service
    revenue' that is a share of it, not its sum). A misread part would break their own sum too, so the
    total's misreading is in the rows left (the total itself at least), never in those."""
    column = [next((parse_cell(c.text) for c in r.cells if c.vcol == vcol), None) for r in rows]
    borne: set[int] = set()
    out: list[tuple[float | None, list[int]]] = []  # the column collapsed, with the rows each value stands for
    for i, v in enumerate(column):
        if v is not None:
            for k in range(len(out) - 2, -1, -1):
                part = out[k:]
                if any(p is None for p, _ in part):
                    break
                if close(sum(p for p, _ in part if p is not None), v, len(part), rel=0.0) and v != 0:
                    borne.update(j for _, rows_of in part for j in rows_of)
                    borne.add(i)
                    out = out[:k]
                    break
        out.append((v, [i]))
    return [r for i, r in enumerate(rows) if i not in borne]


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
                if close(sum(part), v, len(part), rel=0.0) and v != 0:
                    out = out[:k]
                    break
        out.append(v)
    return out
