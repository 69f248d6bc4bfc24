"""A table whose columns are segments ('| | Network Solutions | Services & Support | Total |', its period in a row
above), printed as a pipe table, an HTML grid and fixed-width text: a question naming a segment column gets that
column's figure or no figure, never the 'Total' column's; a question naming a segment and a row (a product line) at
once is never answered with the one's figure alone; the 'Total' column is the company's figure only where the
company's statement agrees (a segments' operating income before the costs no segment bears is not); fixed-width
segment columns under a heading of their own are never read as the periods of the statement above them. Every company
and figure is invented."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from tests.built_releases import engine_over

STATEMENT = [("Product revenue", 61000, 58000, 240000, 230000), ("Service revenue", 39000, 36000, 150000, 140000),
             ("Total revenue", 100000, 94000, 390000, 370000), ("Operating income", 12000, 10000, 45000, 40000),
             ("Net income", 9000, 8000, 35000, 31000)]
# the segments' operating income (14,000) is before 2,000 of corporate costs: the statement's 12,000 is the company's
SEGMENTS = [("Revenue:", None), ("Switching", (40000, 0, 40000)), ("Routing", (12000, 9000, 21000)),
            ("Maintenance", (4000, 35000, 39000)), ("Total revenue", (56000, 44000, 100000)),
            ("Operating income", (8500, 5500, 14000))]
# the year before, a twin table that states no scale of its own (the one above it did)
BEFORE = [("Revenue:", None), ("Switching", (38000, 0, 38000)), ("Routing", (12000, 8000, 20000)),
          ("Maintenance", (3000, 33000, 36000)), ("Total revenue", (53000, 41000, 94000)),
          ("Operating income", (6000, 4000, 10000))]
COLUMNS = ("Network Solutions", "Services & Support", "Total")


def _cell(v: int) -> str:
    return "—" if v == 0 else f"$ {v:,}"


def _head(company: str, ticker: str) -> str:
    return (f"{company} Reports Fourth Quarter 2024 Results\n\nSAN JOSE, Calif., February 11, 2025 -- {company}, Inc. "
            f"(NASDAQ: {ticker}) today reported results for the fourth quarter ended December 31, 2024.\n\n")


def pipe(company: str, ticker: str) -> str:
    lines = [f"| {company.upper()}, INC. | | | | |", "| --- | --- | --- | --- | --- |",
             "| Condensed Consolidated Statements of Operations | | | | |", "| (In thousands) | | | | |",
             "|  | Three Months Ended December 31, | | Year Ended December 31, | |", "|  | 2024 | 2023 | 2024 | 2023 |"]
    lines += [f"| {label} | {' | '.join(_cell(v) for v in vs)} |" for label, *vs in STATEMENT]
    lines += ["", "Segment Information", "(In thousands)", "", "| Three Months Ended December 31, 2024 | | | |",
              "| --- | --- | --- | --- |", f"|  | {' | '.join(COLUMNS)} |"]
    lines += [f"| {label} | | | |" if vs is None else f"| {label} | {' | '.join(_cell(v) for v in vs)} |"
              for label, vs in SEGMENTS]
    lines += ["", "| Three Months Ended December 31, 2023 | | | |", "| --- | --- | --- | --- |", f"|  | {' | '.join(COLUMNS)} |"]
    lines += [f"| {label} | | | |" if vs is None else f"| {label} | {' | '.join(_cell(v) for v in vs)} |"
              for label, vs in BEFORE]
    return _head(company, ticker) + "\n".join(lines) + "\n"


def html(company: str, ticker: str) -> str:
    row = lambda label, vs: f"<tr><td>{label}</td>" + "".join(f"<td>{_cell(v)}</td>" for v in vs) + "</tr>"
    out = ["<html><body>"] + [f"<p>{p}</p>" for p in _head(company, ticker).strip().split("\n\n")]
    out += ["<table>", f'<tr><td colspan="5">{company.upper()}, INC.</td></tr>',
            '<tr><td colspan="5">Condensed Consolidated Statements of Operations</td></tr>',
            '<tr><td colspan="5">(In thousands)</td></tr>',
            '<tr><td></td><td colspan="2">Three Months Ended December 31,</td><td colspan="2">Year Ended December 31,'
            '</td></tr>', "<tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>"]
    out += [row(label, vs) for label, *vs in STATEMENT]
    out += ["</table>", "<p>Segment Information</p>", "<p>(In thousands)</p>", "<table>",
            '<tr><td></td><td colspan="3">Three Months Ended December 31, 2024</td></tr>',
            "<tr><td></td>" + "".join(f"<td>{c.replace('&', '&amp;')}</td>" for c in COLUMNS) + "</tr>"]
    out += [f'<tr><td>{label}</td><td colspan="3"></td></tr>' if vs is None else row(label, vs) for label, vs in SEGMENTS]
    out += ["</table>", "<table>", '<tr><td></td><td colspan="3">Three Months Ended December 31, 2023</td></tr>',
            "<tr><td></td>" + "".join(f"<td>{c.replace('&', '&amp;')}</td>" for c in COLUMNS) + "</tr>"]
    out += [f'<tr><td>{label}</td><td colspan="3"></td></tr>' if vs is None else row(label, vs) for label, vs in BEFORE]
    return "\n".join(out + ["</table>", "</body></html>"])


def fixed(company: str, ticker: str) -> str:
    lines = [f"                               {company.upper()}, INC.",
             "              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", "                                 (In thousands)",
             "", "                              Three Months Ended         Year Ended",
             "                                 December 31,            December 31,",
             "                               2024        2023        2024        2023",
             "                             --------    --------    --------    --------"]
    lines += [f"{label:<28}" + "".join(f"{_cell(v):>12}" for v in vs) for label, *vs in STATEMENT]
    lines += ["", "                              SEGMENT INFORMATION", "                                 (In thousands)", "",
              "                           Three Months Ended December 31, 2024",
              "                          Network       Services &", "                          Solutions      Support         Total",
              "                          ---------     ----------     ---------"]
    lines += [label if vs is None else f"{label:<26}{_cell(vs[0]):>9}{_cell(vs[1]):>15}{_cell(vs[2]):>14}"
              for label, vs in SEGMENTS]
    return _head(company, ticker) + "\n".join(lines) + "\n"


FILES = {"tallis.md": pipe("Tallis Networks", "TLNW"), "quenby.htm": html("Quenby Networks", "QNBY"),
         "ostrava.txt": fixed("Ostrava Networks", "OSTV")}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    with engine_over(tmp_path_factory.mktemp("segment_columns"), FILES) as e:
        yield e


def _asked(engine: Engine, question: str) -> tuple[str, float | None]:
    a = engine.ask(question)[0]
    return a.status, (a.value if a.status == "answered" else None)


@pytest.mark.parametrize("company", ["Tallis", "Quenby"])
@pytest.mark.parametrize("question, figure", [
    ("{} Network Solutions revenue Q4 2024", 56e6),  # the column's own total, never the company's 100
    ("{} Services and Support revenue Q4 2024", 44e6),
    ("{} Network Solutions operating income Q4 2024", 8.5e6),
    ("{} revenue Q4 2024", 100e6),
    ("{} operating income Q4 2024", 12e6),  # the statement's, never the segments' total of 14
])
def test_a_segment_column_is_asked_by_its_name(engine, company, question, figure):
    assert _asked(engine, question.format(company)) == ("answered", pytest.approx(figure))


@pytest.mark.parametrize("company", ["Tallis", "Quenby", "Ostrava"])
@pytest.mark.parametrize("question", ["What was {} revenue from Routing for Network Solutions in Q4 2024?",
                                      "{} Network Solutions Routing revenue Q4 2024"])
def test_a_row_and_a_column_named_at_once_get_no_one_figure(engine, company, question):
    """'Routing' is a row, 'Network Solutions' a column: the column's total (56) and the row's total (21) are both
    wrong for it; no figure rather than either."""
    status, value = _asked(engine, question.format(company))
    assert value is None and status != "answered"


def test_fixed_width_segment_columns_are_never_the_statements_periods(engine):
    """'Network / Solutions   Services & / Support   Total' over their rule, after the statement's rows: another
    table's columns; its rows (40,000 | — | 40,000) were read as the statement's Q4 2024, Q4 2023 and FY 2024."""
    doc = parse_text("ostrava.txt", FILES["ostrava.txt"])
    assert not [f for f in doc.figures if f.source == "table" and f.line > 24], "segment rows read as periods"
    assert _asked(engine, "Ostrava revenue Q4 2024") == ("answered", pytest.approx(100e6))
    assert _asked(engine, "Ostrava operating income Q4 2023") == ("answered", pytest.approx(10e6))
    assert _asked(engine, "Ostrava Routing revenue Q4 2024")[1] is None  # its 12,000 is Network Solutions'


def test_a_total_column_the_statement_prints_otherwise_is_no_company_figure():
    doc = parse_text("tallis.md", FILES["tallis.md"])
    totals = {(f.label, f.qualifier) for f in doc.figures if f.table_class == "segment" and not f.segment}
    assert ("Operating income", "segments' total") in totals  # 14,000 beside the statement's 12,000
    assert ("Total revenue", "") in totals  # 100,000: the statement's own


def test_the_reply_names_both_subjects_held_apart(engine):
    a = engine.ask("What was Tallis revenue from Routing for Network Solutions in Q4 2024?")[0]
    assert a.status == "abstained" and "Network Solutions and Routing apart" in a.text, a.text


@pytest.mark.parametrize("company", ["Tallis", "Quenby"])
def test_a_twin_table_that_states_no_scale_takes_the_one_above(engine, company):
    """The year before's table, under the same segment columns and no scale line of its own: in the thousands the
    table above it states, so a segment's growth is read (it was not: the twin was left unread)."""
    assert _asked(engine, f"{company} Network Solutions revenue Q4 2023") == ("answered", pytest.approx(53e6))
    status, value = _asked(engine, f"{company} Network Solutions revenue growth Q4 2024")
    assert status == "answered" and value == pytest.approx(100 * (56 / 53 - 1), abs=0.01)
