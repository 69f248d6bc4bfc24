"""Layout invariance of the table reading (issue 19): one statement, every layout, the same figures.

For each DEV release (the seeds, ../shared/corpus/releases, ../shared/corpus/full and the dev wire copies of
benchmarks/split.py; never the held-out ones) the statement tables are taken as the parser reads them (every grid
the one grid reader reads: an HTML table, a pipe table, a fixed-width block, a cell stream), made layout-free
(tests/layout_variants.py: caption, headings over their value columns, rows of label and cells) and the release is
printed again with those tables in each OTHER layout the parsers accept — a Markdown pipe table, fixed-width text
right-aligned, an HTML <table> (spliced into the release as the HTML reader would hand it over), one cell a line and
one flattened line — the prose left as it is. Each variant is parsed and compared with the original reading:

- statement cells: the table figures of the statement's lines by (label, segment, period), each KEPT (the same
  value and unit), LOST (not read), CHANGED (read with another value or unit, or its value read under another
  period of the same label);
- core figures (knowledge/check_core.py's items: top line, net income, EPS, total assets, cash, equity, operating
  cash flow, diluted shares) at the periods the original release is scored on: kept, lost or changed.

A CHANGED figure is the worst class: some layout yields a wrong figure.

    python benchmarks/layout_variants.py                    # every dev release, every layout: totals
    python benchmarks/layout_variants.py --show changed     # ... and every changed figure (or lost, all)
    python benchmarks/layout_variants.py --only NAME ...    # releases whose file name contains a NAME
    python benchmarks/layout_variants.py --layouts fixed html
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.split import split  # noqa: E402
from knowledge.check_core import (BALANCE_ITEMS, FIRST_HELD, ITEM_METRICS, _names_year, _ordered,  # noqa: E402
                                  _values, _year_to_date, printed_items)
from knowledge.check_rows import rows as printed_rows  # noqa: E402
from knowledge.doubts import STATEMENTS  # noqa: E402
from knowledge.fact_rows import prepare  # noqa: E402
from parsers import grid_tables  # noqa: E402
from parsers.document import parse_text  # noqa: E402
from parsers.grid_tables import value_columns  # noqa: E402
from parsers.html import GridCell, GridRow, GridTable, heading_lines  # noqa: E402
from parsers.loading import Loaded, _render, load_release  # noqa: E402
from parsers.model import Document, Figure, ParseError  # noqa: E402
from parsers.periods import Period  # noqa: E402
from parsers.text_grids import text_grids  # noqa: E402
from tests import layout_variants as lv  # noqa: E402  (the one set of layout writers)

SHARED = ROOT.parent / "shared"
LAYOUTS = ("markdown", "fixed", "html", "cell_per_line", "flattened")
_WRITERS: dict[str, Callable[[lv.Table], list[str]]] = {
    "markdown": lv.as_markdown, "fixed": lambda t: lv.as_fixed(t, fit_spans=True), "cell_per_line": lv.as_cells,
    "flattened": lv.as_flattened}
_MARK = re.compile(r"\s*(?:\(\d\)|\([a-z]\)|\*|\u00b9)")


def dev_releases() -> list[Path]:
    """The dev set of the preamble: seeds, corpus releases, full releases and the dev wire copies."""
    folders = [SHARED / "seeds", SHARED / "corpus" / "releases", SHARED / "corpus" / "full"]
    return [p for f in folders if f.is_dir() for p in sorted(f.iterdir()) if p.is_file() and p.name != "SOURCES.md"] + split()[0]


# ---- the tables as the parser reads them ------------------------------------------------------

@dataclass
class ReadTable:
    grid: GridTable
    figures: list[Figure]


@contextmanager
def recording() -> Iterator[list[ReadTable]]:
    """Every grid the grid reader reads while the block runs, with the figures it read from it."""
    seen: list[ReadTable] = []
    original = grid_tables.GridReader.read_table

    def read_table(self: grid_tables.GridReader, table: GridTable) -> list[Figure]:
        got = original(self, table)
        seen.append(ReadTable(table, list(got)))
        return got
    grid_tables.GridReader.read_table = read_table  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        grid_tables.GridReader.read_table = original  # type: ignore[method-assign]


def parse(name: str, loaded: Loaded, text: str | None = None, tables: list[GridTable] | None = None) -> Document:
    return parse_text(name, loaded.text if text is None else text, loaded.format,
                      loaded.tables if tables is None else tables, loaded.header)


def span(grid: GridTable) -> tuple[int, int]:
    """The lines (0-based, inclusive) a grid stands on: its own, its rows' and its cells'."""
    lines = [grid.first_line, grid.last_line] + [r.line for r in grid.rows] + \
        [c.line for r in grid.rows for c in r.cells if c.line is not None]
    return min(lines), max(lines)


def origin(grid: GridTable, loaded: Loaded, lines: list[str]) -> str:
    """The layout a grid was printed in."""
    if any(grid is t for t in loaded.tables):
        return "markdown" if lines[grid.first_line].lstrip().startswith("|") else "html"
    first, last = span(grid)
    if first == last:
        return "flattened"
    return "cell_per_line" if any(c.line is not None for r in grid.rows for c in r.cells) else "fixed"


def layout_free(grid: GridTable) -> lv.Table | None:
    """The grid as a layout-free table (tests/layout_variants.py), a corner text of its heading rows ('(in
    thousands)' left of the years) printed above it; None when its rows do not all fit its value columns."""
    vcols = value_columns(grid)
    if len(vcols) < 1:
        return None
    top: list[str] = []
    rows: list[GridRow] = []
    in_head = True
    section, printed = "", set()
    for row in grid.rows:
        if in_head and grid_tables.is_value_row(row):
            in_head = False
        corner = [c for c in row.cells if c.end <= vcols[0]]
        rest = [c for c in row.cells if c.end > vcols[0]]
        if in_head and corner and rest:
            top.append(" ".join(c.text for c in corner))
            row = GridRow(row.line, rest, row.section)
        heading = (row.section or "").strip()
        if not in_head and heading and heading != section and heading not in printed and vcols[0] >= 1:
            rows.append(GridRow(row.line, [GridCell(heading, 0, 1)]))  # a heading the layout said (an indent, a
            # flattened line's words before the rows): printed as its own row in every other layout
        section = heading or section
        printed |= {" ".join(c.text for c in row.cells if c.end <= vcols[0]).strip()}
        rows.append(row)
    first, last = span(grid)
    table = lv._table(GridTable(rows, grid.title, first, last, grid.lead), vcols)
    return replace(table, top=tuple(top) + table.top) if table is not None else None


# ---- a release printed again -------------------------------------------------------------------

@dataclass
class Statement:
    grid: GridTable
    table: lv.Table
    layout: str
    facts: dict[tuple, set[tuple[float, str]]]


def statement_facts(figures: list[Figure], first: int, last: int,
                    classes: tuple[str, ...] | None = STATEMENTS) -> dict[tuple, set[tuple[float, str]]]:
    """Table figures printed on lines first..last (0-based), by (label without its mark, segment, period)."""
    out: dict[tuple, set[tuple[float, str]]] = {}
    for f in figures:
        if f.source == "table" and first <= f.line - 1 <= last and (classes is None or f.table_class in classes):
            key = (_MARK.sub("", f.label).strip().lower(), f.segment, f.period.end, f.period.months)
            out.setdefault(key, set()).add((round(f.value, 6), f.unit))
    return out


def statements(doc: Document, read: list[ReadTable], loaded: Loaded) -> tuple[list[Statement], int]:
    """The statement tables of a reading made layout-free, and how many could not be (rows off their columns)."""
    lines = loaded.text.split("\n")
    out: list[Statement] = []
    skipped = 0
    kept = {(f.line, f.value, f.label) for f in doc.figures}
    for r in read:
        if not any(f.table_class in STATEMENTS and (f.line, f.value, f.label) in kept for f in r.figures):
            continue
        if any(span(r.grid) == span(s.grid) for s in out):
            continue  # read twice (a twin's second reading)
        table = layout_free(r.grid)
        if table is None:
            skipped += 1
            continue
        first, last = span(r.grid)
        out.append(Statement(r.grid, table, origin(r.grid, loaded, lines),
                             statement_facts(doc.figures, first, last)))
    return [s for s in out if s.facts], skipped


def _shifted(grid: GridTable, new_line: Callable[[int], int]) -> GridTable:
    rows = [GridRow(new_line(r.line), [replace(c, line=new_line(c.line) if c.line is not None else None)
                                       for c in r.cells], r.section) for r in grid.rows]
    return replace(grid, rows=rows, first_line=new_line(grid.first_line), last_line=new_line(grid.last_line))


_FIGURES = re.compile(r"\d[\d,.]*\)?\s{2,}\(?\$?\s*\d")


def _html_lines(table: lv.Table, before: list[str]) -> tuple[list[str], GridTable | None]:
    """The table as the HTML reader renders a <table>: its lines and its grid, titled as the HTML reader titles it
    (the short lines above it, back to the last table's)."""
    rendered = _render(lv.as_html(table))
    if not rendered.tables:
        return rendered.text.split("\n"), None
    since: list[str] = []
    for line in reversed(before):
        if "|" in line or _FIGURES.search(line) or len(since) >= 8:
            break
        if line.strip():
            since.insert(0, line.strip())
    out = rendered.tables[0]
    out.title, out.lead = "  ".join(heading_lines(since)), since[-1] if since else ""
    return rendered.text.split("\n"), out


_RULE = re.compile(r"^[\s\-=_`\u2014\u2013]*$")


def _caption_lines(lines: list[str], s: Statement) -> list[str]:
    """The lines of a text layout's heading that are no column's heading (a caption or a scale printed left of the
    years, '(in millions of' / 'Canadian dollars,'): printed above the table again, as the prose is."""
    if s.layout in ("markdown", "html"):
        return []
    first, last = span(s.grid)
    heads = {h.text.strip() for row in s.table.headings for h in row} | set(s.table.top)
    labels = {label.strip() for label, _ in s.table.rows} | {
        c.text.strip() for r in s.grid.rows if grid_tables.is_value_row(r) for c in r.cells if c.vcol is None}
    out = []
    for line in lines[first:last + 1]:
        if _RULE.match(line) or line.lstrip().startswith("|"):
            continue
        parts = re.split(r"\s{2,}", line.strip())
        left = parts[0]
        if left in heads or any(left and left in h for h in heads) or all(any(p in h for h in heads) for p in parts):
            continue  # a column's heading, or a part of one ('2002' of a stream's 'Fiscal 2002'), or a heading's
            # pieces: a heading wrapped over lines ('Three Months Ended' / 'December 31,') is one heading of the
            # layout-free table, printed as one in every layout
        if left in labels or left.endswith(":") or left == "$" or _FIGURES.search(line) or re.match(r"^\$?\s*\(?\d", left):
            break  # the rows begin
        out.append(left)
    return out


def variant(loaded: Loaded, stmts: list[Statement], layout: str) -> tuple[str, list[GridTable], dict[int, tuple[int, int]]]:
    """The release with every statement not printed in `layout` printed in it: its text, its grids, and where
    each statement (by index) now stands."""
    lines = loaded.text.split("\n")
    todo = sorted((k for k, s in enumerate(stmts) if s.layout != layout), key=lambda k: span(stmts[k].grid))
    out: list[str] = []
    at = 0
    placed: dict[int, tuple[int, int]] = {}
    html_grids: list[GridTable] = []
    moves: list[tuple[int, int, int]] = []  # (old first line, old last line, new first line) of the kept runs
    for k in todo:
        first, last = span(stmts[k].grid)
        if first < at:
            continue  # overlapping another statement's lines
        moves.append((at, first - 1, len(out)))
        out += lines[at:first]
        s = stmts[k]
        if s.layout == "cell_per_line":  # the stream's '|' separators above its heading: no line of the print
            for j in range(len(out) - 1, max(-1, len(out) - 8), -1):
                out[j] = "" if out[j].strip() == "|" else out[j]
        above = _caption_lines(lines, s) + list(s.table.top)
        if layout == "html":
            printed, grid = _html_lines(s.table, out + [""] + above)
            start = len(out) + 1 + len(above)
            if grid is not None:
                html_grids.append(_shifted(grid, lambda n: n + start))
            printed = above + printed
        else:
            printed = above + _WRITERS[layout](s.table)
        placed[k] = (len(out) + 1, len(out) + len(printed))
        out += [""] + printed + [""]
        at = last + 1
    moves.append((at, len(lines) - 1, len(out)))
    out += lines[at:]

    def new_line(n: int) -> int:
        for a, b, to in moves:
            if a <= n <= b:
                return to + n - a
        return -1
    tables = [_shifted(t, new_line) for t in loaded.tables
              if all(new_line(x) >= 0 for x in (t.first_line, t.last_line))]
    if layout == "markdown":
        tables += [t for t in text_grids(out) if any(a <= t.first_line <= b for a, b in placed.values())]
    tables = sorted(tables + html_grids, key=lambda t: t.first_line)
    return "\n".join(out), tables, placed


# ---- the core figures at the periods the original is scored on --------------------------------

Wants = list[tuple[str, str, Period | None, list[str]]]


def core_wants(doc: Document) -> Wants:
    """(item, kind, period, metrics) the check scores a release on (knowledge/check_core.score_core)."""
    lead = doc.period
    if lead is None or lead.is_instant:
        return []
    out: Wants = []
    for item, entry in printed_items(printed_rows(doc.text)).items():
        metrics = sorted(entry["metrics"]) if item in ("top line", "eps") else list(ITEM_METRICS[item])
        if item in BALANCE_ITEMS:
            out.append((item, "lead", Period(lead.end, 0), metrics))
            if entry["comparative"]:
                out.append((item, "earlier", None, metrics))
        else:
            span_ = _year_to_date(lead, doc) if item == "operating cash flow" else lead
            out.append((item, "lead", span_, metrics))
            if entry["comparative"] and _names_year(doc, span_.shifted_years(-1)):
                out.append((item, "comparative", span_.shifted_years(-1), metrics))
    return out


def core_values(doc: Document, wants: Wants) -> dict[tuple[str, str], tuple[float, ...]]:
    """The value(s) a question would meet for each wanted core figure: one is read, none or several are not."""
    lead = doc.period
    if lead is None:
        return {}
    facts = prepare(doc, "", doc.name).facts
    plain = [i for i in range(len(facts["metric"])) if not facts["basis"][i] and not facts["geo"][i]
             and not facts["product"][i] and not facts["segment"][i]]
    out = {}
    for item, kind, want, metrics in wants:
        readings = [_values(facts, plain, m, kind, want, lead) for m in _ordered(metrics)]
        if item in FIRST_HELD:
            readings = [v for v in readings if v][:1]
        one = next((v for v in readings if len(v) == 1), None)
        values = one or next((v for v in readings if v), [])
        out[(item, kind if want is None else f"{kind} {want.end}/{want.months}m")] = tuple(round(v, 4) for v in sorted(values))
    return out


# ---- the comparison ----------------------------------------------------------------------------

@dataclass
class Tally:
    kept: int = 0
    lost: int = 0
    changed: int = 0
    added: int = 0
    changes: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)


def compare_cells(name: str, layout: str, base: dict, got: dict, tally: Tally, where: str) -> None:
    lost = base.keys() - got.keys()
    added = got.keys() - base.keys()
    for key in base.keys() & got.keys():
        if got[key] == base[key]:
            tally.kept += 1
        elif got[key] <= base[key]:  # one of the row's readings under this label lost (a per-share twin's)
            tally.lost += 1
            tally.losses.append(f"{name} [{layout}] {where} {key[0]!r} {key[1] or ''} {key[2]}/{key[3]}m "
                                f"{sorted(base[key] - got[key])}")
        else:
            tally.changed += 1
            tally.changes.append(f"{name} [{layout}] {where} {key[0]!r} {key[1] or ''} {key[2]}/{key[3]}m: "
                                 f"printed {sorted(base[key])}, read {sorted(got[key])}")
    for key in sorted(lost, key=str):
        moved = [a for a in added if a[0] == key[0] and a[1] == key[1] and got[a] & base[key]]
        if moved:  # its figure read under another period of the same row
            tally.changed += 1
            tally.changes.append(f"{name} [{layout}] {where} {key[0]!r} {key[1] or ''}: {sorted(base[key])} of "
                                 f"{key[2]}/{key[3]}m read as of {moved[0][2]}/{moved[0][3]}m")
            added -= set(moved)
        else:
            tally.lost += 1
            tally.losses.append(f"{name} [{layout}] {where} {key[0]!r} {key[1] or ''} {key[2]}/{key[3]}m "
                                f"{sorted(base[key])}")
    tally.added += len(added)


def compare_core(name: str, layout: str, base: dict, got: dict, tally: Tally, held: set[float]) -> None:
    """`held`: every value the variant reads. A core figure whose printed value the variant reads nowhere is lost,
    whatever else a question would then meet (a sentence's rounded figure, a wider metric's)."""
    for key, values in base.items():
        if len(values) != 1:
            continue  # the original reads it not (or twice): nothing a layout can keep
        now = got.get(key, ())
        if now == values:
            tally.kept += 1
        elif not now or len(now) > 1 and values[0] in now or values[0] not in held:
            tally.lost += 1
            tally.losses.append(f"{name} [{layout}] core {key[0]} {key[1]}: {values[0]:,} read as {list(now)}")
        else:
            tally.changed += 1
            tally.changes.append(f"{name} [{layout}] core {key[0]} {key[1]}: printed {values[0]:,}, read {list(now)}")


@dataclass
class Result:
    cells: dict[str, Tally] = field(default_factory=dict)
    core: dict[str, Tally] = field(default_factory=dict)
    tables: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def check_release(path: Path, layouts: tuple[str, ...], result: Result) -> None:
    try:
        loaded = load_release(path)
        with recording() as read:
            doc = parse(path.name, loaded)
    except ParseError as exc:
        result.errors.append(f"{path.name}: {exc}")
        return
    stmts, skipped = statements(doc, read, loaded)
    result.tables["statements"] += len(stmts)
    result.tables["not re-printable"] += skipped
    result.tables.update(f"from {s.layout}" for s in stmts)
    if not stmts:
        return
    wants = core_wants(doc)
    core = core_values(doc, wants)
    for layout in layouts:
        if all(s.layout == layout for s in stmts):
            continue
        text, tables, placed = variant(loaded, stmts, layout)
        try:
            again = parse(path.name, loaded, text, tables)
        except ParseError as exc:
            result.errors.append(f"{path.name} [{layout}]: {exc}")
            continue
        cells = result.cells.setdefault(layout, Tally())
        for k, (first, last) in placed.items():
            s = stmts[k]
            compare_cells(path.name, layout, s.facts, statement_facts(again.figures, first, last, None), cells,
                          f"line {span(s.grid)[0] + 1} ({s.layout})")
        compare_core(path.name, layout, core, core_values(again, wants), result.core.setdefault(layout, Tally()),
                     {round(f.value, 4) for f in again.figures})


def report(result: Result, show: str) -> str:
    out = [f"statement tables: {result.tables['statements']} re-printed "
           f"({', '.join(f'{k} {v}' for k, v in sorted(result.tables.items()) if k.startswith('from'))}), "
           f"{result.tables['not re-printable']} not re-printable (rows off their value columns)"]
    for what, tallies in (("statement cells", result.cells), ("core figures", result.core)):
        out.append(f"{what}:")
        total = Tally()
        for layout in LAYOUTS:
            if layout in tallies:
                t = tallies[layout]
                out.append(f"  {layout:14} kept {t.kept:6}  lost {t.lost:5}  changed {t.changed:4}"
                           + (f"  added {t.added:4}" if what == "statement cells" else ""))
                total.kept, total.lost, total.changed = total.kept + t.kept, total.lost + t.lost, total.changed + t.changed
        out.append(f"  {'total':14} kept {total.kept:6}  lost {total.lost:5}  changed {total.changed:4}")
    for what, tallies in (("statement cells", result.cells), ("core figures", result.core)):
        for layout, t in tallies.items():
            if show in ("changed", "all") and t.changes:
                out.append(f"\nchanged {what}, {layout}:")
                out += ["  " + c for c in t.changes]
            if show in ("lost", "all") and t.losses:
                out.append(f"\nlost {what}, {layout}:")
                out += ["  " + c for c in t.losses]
    if result.errors:
        out.append("\nerrors:")
        out += ["  " + e for e in result.errors]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", nargs="*", default=[], help="releases whose file name contains one of these")
    ap.add_argument("--layouts", nargs="*", default=list(LAYOUTS), choices=LAYOUTS)
    ap.add_argument("--show", choices=("none", "changed", "lost", "all"), default="changed")
    args = ap.parse_args(argv)
    paths = [p for p in dev_releases() if not args.only or any(o in p.name for o in args.only)]
    result = Result()
    started = time.time()
    for path in paths:
        check_release(path, tuple(args.layouts), result)
    print(report(result, args.show))
    print(f"\n{len(paths)} releases in {time.time() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
