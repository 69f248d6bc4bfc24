"""Core figures a release prints twice in different senses (issue 19), each in a small invented release: a
wider sum beside the cash it contains; each with a near miss. A wrong figure is worse than a missing one."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from knowledge.check_core import score_core
from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

_LEAD = ("Marrowgate Instruments Corp. Reports Fourth Quarter and Fiscal 2025 Results",
         "",
         "FENWICK, Ohio, Feb. 18, 2026 -- Marrowgate Instruments Corp. (NYSE: MGIC) today reported results for the "
         "fourth quarter and fiscal year ended December 31, 2025.",
         "")
_NOW, _BEFORE = Period(date(2025, 12, 31), 0), Period(date(2024, 12, 31), 0)


def _release(*tables: tuple[str, str, list[str]]) -> str:
    """A release text: the lead paragraph, then Markdown statements (title, column header, rows)."""
    out = list(_LEAD)
    for title, header, rows in tables:
        out += [title, "", header, "|" + " --- |" * (header.count("|") - 1), *rows, ""]
    return "\n".join(out)


def _facts(text: str, metrics: tuple[str, ...]) -> dict[tuple[str, Period], set[float]]:
    """{(metric, period): values} of the company's table facts (no segment's) the store would hold for a release."""
    doc = parse_text("marrowgate.md", text)
    f = prepare(doc, "", doc.name).facts
    out: dict[tuple[str, Period], set[float]] = {}
    for i in range(len(f["metric"])):
        if f["source"][i] == "table" and f["metric"][i] in metrics and not f["segment"][i]:
            out.setdefault((f["metric"][i], Period(f["period_end"][i], f["months"][i])), set()).add(f["value"][i])
    return out


_INCOME = ("Marrowgate Instruments Corp. Condensed Consolidated Statements of Income (in thousands of U.S. dollars)",
           "| | Three Months Ended December 31, 2025 | Three Months Ended December 31, 2024 |",
           ["| Revenue | 88,400 | 80,150 |", "| Net income | 9,120 | 7,730 |"])
_SUM_SHEET = ("Marrowgate Instruments Corp. Condensed Consolidated Balance Sheets (in thousands of U.S. dollars)",
              "| | December 31, 2025 | December 31, 2024 |",
              ["| Cash, cash equivalents and short-term investments | 164,300 | 151,020 |",
               "| Accounts receivable, net | 40,110 | 36,400 |", "| Property and equipment, net | 198,390 | 190,530 |",
               "| Total assets | 402,800 | 377,950 |"])
_CASH_FLOWS = ("Marrowgate Instruments Corp. Condensed Consolidated Statements of Cash Flows (in thousands of U.S. dollars)",
               "| | Year Ended December 31, 2025 | Year Ended December 31, 2024 |",
               ["| Net cash provided by operating activities | 40,200 | 35,900 |",
                "| Cash and cash equivalents at beginning of period | 58,640 | 47,310 |",
                "| Cash and cash equivalents at end of period | 61,875 | 58,640 |"])


def test_a_sum_of_cash_and_investments_is_kept_apart_from_the_cash_it_contains():
    """'Cash, cash equivalents and short-term investments' on the balance sheet and 'Cash and cash equivalents
    at end of period' on the cash flow statement are two balances: each is stored under its own name (cash had two
    values), and the core check counts the cash as one value."""
    text = _release(_INCOME, _SUM_SHEET, _CASH_FLOWS)
    got = _facts(text, ("cash", "cash_and_investments"))
    assert got[("cash", _NOW)] == {61_875_000.0} and got[("cash", _BEFORE)] == {58_640_000.0}
    assert got[("cash_and_investments", _NOW)] == {164_300_000.0}
    assert got[("cash_and_investments", _BEFORE)] == {151_020_000.0}
    score = score_core(parse_text("marrowgate.md", text))
    assert not [m for m in score.missed if m.startswith("cash")], score.missed


def test_a_release_printing_only_the_sum_counts_it_for_cash():
    """Near miss: with no cash of its own printed, the sum is the release's cash figure (one value), and the
    check still counts it as printed."""
    text = _release(_INCOME, _SUM_SHEET)
    assert _facts(text, ("cash",)) == {}
    score = score_core(parse_text("marrowgate.md", text))
    assert score.printed >= 6 and not [m for m in score.missed if m.startswith("cash")], score.missed


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):
    only_sum = _release(_INCOME, _SUM_SHEET).replace("Marrowgate Instruments Corp.", "Tallowmere Labs Inc.").replace(
        "MGIC", "TLML")
    with engine_over(Path(tmp_path_factory.mktemp("sums")), {"marrowgate.md": _release(_INCOME, _SUM_SHEET, _CASH_FLOWS),
                                                              "tallowmere.md": only_sum}) as eng:
        yield eng


@pytest.fixture(scope="module")
def entities(tmp_path_factory: pytest.TempPathFactory):
    own = _two_entities("Halloway Capital Ltd.", "Halloway Capital")
    unclear = _two_entities("Brindle Harbour Holdings", "Brindle Harbour Operating Co.").replace(
        "Halloway Capital Ltd.", "Brindle Harbour Ltd.").replace("HWCL", "BRHL")
    with engine_over(Path(tmp_path_factory.mktemp("entities")), {"halloway.md": own, "brindle.md": unclear}) as eng:
        yield eng


@pytest.mark.parametrize("question, value", [
    ("Marrowgate cash and cash equivalents at December 31, 2025", "61,875"),
    ("Marrowgate cash, cash equivalents and short-term investments at December 31, 2025", "164,300"),
    ("Marrowgate cash and investments at December 31, 2025", "164,300"),
    ("Tallowmere cash at December 31, 2025", "164,300"),  # the only cash figure printed: the sum, named so
])
def test_cash_and_the_sum_are_each_answered_by_their_own_figure(engine, question: str, value: str):
    answer, _ = engine.ask(question)
    assert answer.status == "answered" and value in answer.text, answer.text


def test_bare_cash_of_a_release_printing_both_is_asked_back(engine):
    """'cash' alone may mean either balance where the release prints both: asked back with both, never one."""
    answer, _ = engine.ask("Marrowgate cash at December 31, 2025")
    assert answer.status == "clarify" and answer.value is None, answer.text
    assert "61,875" in answer.text and "164,300" in answer.text


def _equity_sheet(*rows: str) -> str:
    return _release(("Marrowgate Instruments Corp. Condensed Consolidated Balance Sheets (in thousands of U.S. dollars)",
                     "| | December 31, 2025 | December 31, 2024 |",
                     ["| Total assets | 402,800 | 377,950 |", "| Total liabilities | 250,600 | 231,400 |", *rows,
                      "| Total liabilities and equity | 402,800 | 377,950 |"]))


def test_the_total_equity_of_the_company_named_is_its_equity():
    """'Total Marrowgate Instruments Corp. stockholders' equity' above the noncontrolling interest: the company's
    own equity (the row was unread); the sum with the noncontrolling interest stays apart."""
    got = _facts(_equity_sheet("| Total Marrowgate Instruments Corp. stockholders' equity | 148,900 | 143,100 |",
                               "| Noncontrolling interest | 3,300 | 3,450 |",
                               "| Total noncontrolling interest and stockholders' equity | 152,200 | 146,550 |"), ("equity",))
    assert got == {("equity", _NOW): {148_900_000.0}, ("equity", _BEFORE): {143_100_000.0}}


# 'Total common stockholders' equity' alone is the equity (tests/test_unseen_layouts.py::test_total_common_stockholders_equity)
@pytest.mark.parametrize("label", ["Total preferred stockholders' equity",
                                   "Total noncontrolling interests stockholders' equity",
                                   "Total liabilities, temporary equity and stockholders' equity"])
def test_a_total_of_another_holders_equity_is_not_the_company_equity(label: str):
    """Near miss: a total naming another holder or another part beside the stockholders is no company name."""
    assert _facts(_equity_sheet(f"| {label} | 152,200 | 146,550 |"), ("equity",)) == {}


@pytest.mark.parametrize("owners", ["Total Marrowgate Instruments Corp. stockholders' equity", "Total stockholders' equity"])
def test_total_equity_adding_the_noncontrolling_interests_is_kept_apart(owners: str):
    """The stockholders' equity, the noncontrolling interests, then 'Total equity': the first is the company's
    equity, the last total_equity (the sheet held two values of equity)."""
    got = _facts(_equity_sheet(f"| {owners} | 148,900 | 143,100 |", "| Noncontrolling interests | 3,300 | 3,450 |",
                               "| Total equity | 152,200 | 146,550 |"), ("equity", "total_equity"))
    assert got == {("equity", _NOW): {148_900_000.0}, ("equity", _BEFORE): {143_100_000.0},
                   ("total_equity", _NOW): {152_200_000.0}, ("total_equity", _BEFORE): {146_550_000.0}}


def test_total_equity_with_no_noncontrolling_interests_is_the_equity():
    """Near miss: 'Total equity' with no noncontrolling interests above it is the company's equity."""
    got = _facts(_equity_sheet("| Common stock | 1,200 | 1,200 |", "| Retained earnings | 150,000 | 145,350 |",
                               "| Total equity | 152,200 | 146,550 |"), ("equity", "total_equity"))
    assert got == {("equity", _NOW): {152_200_000.0}, ("equity", _BEFORE): {146_550_000.0}}


_QUARTERS = ("Marrowgate Instruments Corp. Condensed Consolidated Statements of Operations — 2025 (in thousands of U.S. "
             "dollars)", "| | First Quarter | Second Quarter | Third Quarter | Fourth Quarter | Total |",
             ["| Revenue | 80,100 | 84,300 | 86,000 | 88,400 | 338,800 |",
              "| Net income | 7,010 | 7,400 | 8,120 | 9,120 | 31,650 |"])


def test_quarters_of_one_year_side_by_side_print_no_figure_of_the_year_before():
    """A row of several figures is a comparative only where the release names the year before: the quarters of
    2025 side by side print no fourth quarter of 2024 (it was counted as printed and unread)."""
    score = score_core(parse_text("marrowgate.md", _release(_QUARTERS)))
    assert not [m for m in score.missed if "2024" in m], score.missed


def test_a_release_naming_the_year_before_still_counts_its_comparative():
    """Near miss: the same table in a release that names 2024 elsewhere (as 'Q4'24') still counts the year-ago
    quarter as printed, so a comparative the reading lost is still seen as lost."""
    text = _release(_QUARTERS) + "\nRevenue rose 10% from Q4'24.\n"
    score = score_core(parse_text("marrowgate.md", text))
    assert any("Q4 2024: printed" in m for m in score.missed), score.missed


_TWO_LEAD = ("Halloway Capital Ltd. Reports Fourth Quarter 2025 Results", "",
             "TORONTO, Feb. 11, 2026 -- Halloway Capital Ltd. (NYSE: HWCL) today reported results for the fourth "
             "quarter ended December 31, 2025.", "")


def _entity_sheet(entity: str, cash: str, assets: str) -> tuple[str, str, list[str]]:
    return (f"{entity} Statement of Financial Position (US$ millions)", "| | December 31, 2025 | December 31, 2024 |",
            [f"| Cash and cash equivalents | {cash} |", "| Other assets | 100 | 90 |", f"| Total assets | {assets} |",
             "| Total liabilities | 60 | 55 |"])


def _two_entities(first: str, second: str) -> str:
    text = _release(_entity_sheet(first, "15 | 11", "115 | 101"), _entity_sheet(second, "420 | 390", "520 | 480"))
    return text.replace("\n".join(_LEAD), "\n".join(_TWO_LEAD))


def test_the_balance_sheet_titled_with_the_companys_name_is_the_companys():
    """A holding company's statement beside that of the business it owns part of: the one whose title names the
    company (legal form and all) is the company's; the other's figures are that entity's, no second value."""
    text = _two_entities("Halloway Capital Ltd.", "Halloway Capital")
    doc = parse_text("halloway.md", text)
    assert doc.company == "Halloway Capital Ltd."
    got = _facts(text, ("total_assets", "cash"))
    assert got == {("total_assets", _NOW): {115_000_000.0}, ("total_assets", _BEFORE): {101_000_000.0},
                   ("cash", _NOW): {15_000_000.0}, ("cash", _BEFORE): {11_000_000.0}}, got
    assert not [m for m in score_core(doc).missed if m.startswith(("cash", "total assets"))]


def test_two_entities_neither_named_as_the_company_are_both_kept_apart():
    """Near miss: neither title names the company exactly: which is its own cannot be told, so neither entity's
    figure is the company's (both kept under their entities' names)."""
    text = _two_entities("Halloway Capital Holdings", "Halloway Capital Operating Co.")
    assert _facts(text, ("total_assets", "cash")) == {}
    doc = parse_text("halloway.md", text)
    f = prepare(doc, "", doc.name).facts
    assert {f["segment"][i] for i in range(len(f["metric"])) if f["metric"][i] == "total_assets"} == {
        "Halloway Capital Holdings", "Halloway Capital Operating Co."}


def test_one_entitys_statements_named_with_and_subsidiaries_stay_the_companys():
    """Near miss: 'Halloway Capital Ltd. and Subsidiaries' over a second balance sheet is the company's group."""
    text = _two_entities("Halloway Capital Ltd.", "Halloway Capital Ltd. and Subsidiaries")
    got = _facts(text, ("total_assets",))
    assert got == {("total_assets", _NOW): {115_000_000.0, 520_000_000.0},
                   ("total_assets", _BEFORE): {101_000_000.0, 480_000_000.0}}


def test_a_question_gets_the_companys_own_statement_or_no_figure(entities):
    """Asked of the company, the statement titled with its name answers; where neither is its own, no figure is
    stated and both entities are named."""
    answer, _ = entities.ask("Halloway total assets at December 31, 2025")
    assert answer.status == "answered" and answer.value == 115_000_000.0, answer.text
    answer, _ = entities.ask("Brindle Harbour total assets at December 31, 2025")
    assert answer.status != "answered" and answer.value is None, answer.text
    assert "Brindle Harbour Holdings" in answer.text and "Brindle Harbour Operating Co." in answer.text


_KEY_FIGURES = ("Key figures (US$ millions)", "| | FY 2025 | YoY change |",
                ["| Sales on a reported basis | 338.8 | +4.1% |", "| Net income | 31.7 | (12.0)        % |"])


def test_a_row_read_whole_as_the_years_figure_prints_no_quarters():
    """A fourth quarter's release whose key figures print only the year's net income and its change: the row was
    read whole, as the year's, so it prints no fourth quarter net income (it was counted printed and unread);
    'Sales on a reported basis' is the revenue."""
    doc = parse_text("marrowgate.md", _release(_KEY_FIGURES))
    score = score_core(doc)
    assert not [m for m in score.missed if m.startswith("net income")], score.missed
    got = _facts(_release(_KEY_FIGURES), ("revenue",))
    assert got == {("revenue", Period(date(2025, 12, 31), 12)): {338_800_000.0}}


def test_a_row_the_reading_left_partly_unread_still_prints_the_quarter():
    """Near miss: a row with a figure the reading did not take may be the quarter's: still counted as printed."""
    rows = ["| Sales on a reported basis | 338.8 | +4.1% |", "| Net income | 31.7 | 9.1 | 7.7 |"]
    score = score_core(parse_text("marrowgate.md", _release(("Key figures (US$ millions)", "| | FY 2025 | YoY change |",
                                                             rows))))
    assert any(m.startswith("net income Q4 2025: printed") for m in score.missed), score.missed


def test_a_note_mark_on_a_word_is_no_printed_figure():
    """'Net income2 exceeded ...': the 2 is a note's mark, never a printed number of a row."""
    from knowledge.check_rows import rows
    assert rows("* Net income2 exceeded our outlook.\n") == []
    assert rows("| Revenue1 | 100 | 90 |\n")[0].values == (100.0, 90.0)


def test_the_sum_standing_in_for_cash_is_named_as_itself_in_a_change(engine):
    """Where only the sum is printed, a change in 'cash' is the sum's, and the reply names the sum."""
    answer, _ = engine.ask("Tallowmere change in cash from December 31, 2024 to December 31, 2025")
    assert answer.status == "answered" and "cash, cash equivalents and investments rose 8.8%" in answer.text, answer.text


def test_a_balance_sheet_flattened_onto_one_line_keeps_total_equity_apart():
    """The same sheet as a wire copy flattens it, every row on one line: the rows' order on the line says the
    'Total equity' comes after the stockholders' equity and the noncontrolling interests (it was a second value
    of equity: rows on one line were never 'below' each other)."""
    sheet = ("MARROWGATE INSTRUMENTS CORP. CONDENSED CONSOLIDATED BALANCE SHEETS (in thousands of U.S. dollars) "
             "December 31, 2025 December 31, 2024 ASSETS Cash and cash equivalents $ 52,400 $ 48,100 Other assets 350,400 "
             "329,850 Total assets $ 402,800 $ 377,950 LIABILITIES AND EQUITY Total liabilities 250,600 231,400 "
             "Total Marrowgate Instruments Corp. stockholders' equity 148,900 143,100 Noncontrolling interests "
             "3,300 3,450 Total equity 152,200 146,550 Total liabilities and equity $ 402,800 $ 377,950")
    got = _facts("\n".join(_LEAD) + "\n" + sheet + "\n", ("equity", "total_equity"))
    assert got == {("equity", _NOW): {148_900_000.0}, ("equity", _BEFORE): {143_100_000.0},
                   ("total_equity", _NOW): {152_200_000.0}, ("total_equity", _BEFORE): {146_550_000.0}}


def _ifrs_sheet(*rows: str) -> str:
    """An IFRS statement of financial position: the owners' equity, the non-controlling interests, 'Total equity'."""
    return _release(("Marrowgate Instruments Corp. Consolidated Statement of Financial Position (in thousands of U.S. "
                     "dollars)", "| | December 31, 2025 | December 31, 2024 |",
                     ["| Total assets | 2,400 | 2,300 |", "| Total liabilities | 1,350 | 1,310 |", "| Share capital | 100 | 100 |",
                      "| Retained earnings | 900 | 840 |", *rows, "| Total equity and liabilities | 2,400 | 2,300 |"]))


_IFRS_NCI = _ifrs_sheet("| Equity attributable to owners of the parent | 1,000 | 940 |",
                        "| Non-controlling interests | 50 | 50 |", "| Total equity | 1,050 | 990 |")


@pytest.mark.parametrize("owners", ["Equity attributable to owners of the parent",
                                    "Equity attributable to shareholders of the Company",
                                    "Total equity attributable to equity holders of the Company"])
@pytest.mark.parametrize("minority", ["| Non-controlling interests | 50 | 50 |", None])
def test_ifrs_owners_equity_is_the_equity_and_total_equity_apart(owners: str, minority: str | None):
    """IFRS names the owners' equity 'Equity attributable to owners of the parent': that row is the equity, the
    'Total equity' of the statement total_equity (read as equity it was a second value, or the only one, with the
    minority's share in it), the non-controlling interests' row printed or not."""
    rows = [f"| {owners} | 1,000 | 940 |", minority, "| Total equity | 1,050 | 990 |"]
    got = _facts(_ifrs_sheet(*[r for r in rows if r]), ("equity", "total_equity"))
    assert got == {("equity", _NOW): {1_000_000.0}, ("equity", _BEFORE): {940_000.0},
                   ("total_equity", _NOW): {1_050_000.0}, ("total_equity", _BEFORE): {990_000.0}}


@pytest.mark.parametrize("below", [["| Regulated subsidiary: | | |", "| Loans to customers | 410 | 400 |",
                                    "| Total equity | 120 | 110 |"], ["| Net assets | 90 | 85 |"]])
def test_another_entitys_total_equity_below_the_owners_is_neither_equity_nor_the_total(below: list[str]):
    """A 'Total equity' (a subsidiary's) or 'Net assets' (a segment's) printed below the owners' equity and the
    non-controlling interests without adding them is no figure of the company's equity: it was made the group's
    total_equity by being near the owners' row."""
    got = _facts(_ifrs_sheet("| Equity attributable to owners of the parent | 1,000 | 940 |",
                             "| Non-controlling interests | 50 | 50 |", *below), ("equity", "total_equity"))
    assert got == {("equity", _NOW): {1_000_000.0}, ("equity", _BEFORE): {940_000.0}}


def test_ifrs_total_equity_with_no_owners_row_is_the_equity():
    """Near miss: an IFRS statement printing no owners' row (no non-controlling interests): 'Total equity' is the
    company's equity, as today."""
    got = _facts(_ifrs_sheet("| Total equity | 1,000 | 940 |"), ("equity", "total_equity"))
    assert got == {("equity", _NOW): {1_000_000.0}, ("equity", _BEFORE): {940_000.0}}


@pytest.fixture(scope="module")
def ifrs(tmp_path_factory: pytest.TempPathFactory):
    plain = _ifrs_sheet("| Total equity | 1,000 | 940 |").replace("Marrowgate Instruments Corp.", "Tallowmere Labs Inc.") \
        .replace("MGIC", "TLML")
    with engine_over(Path(tmp_path_factory.mktemp("ifrs")), {"marrowgate.md": _IFRS_NCI, "tallowmere.md": plain}) as eng:
        yield eng


@pytest.mark.parametrize("question, value", [
    ("Marrowgate equity at December 31, 2025", 1_000_000.0),  # the owners', not the total with the minority's share
    ("Marrowgate shareholders' equity at December 31, 2025", 1_000_000.0),
    ("Marrowgate total equity at December 31, 2025", 1_050_000.0),
    ("Tallowmere equity at December 31, 2025", 1_000_000.0),  # no owners' row printed: 'Total equity' is the equity
])
def test_an_ifrs_equity_question_is_answered_by_the_owners_row(ifrs, question: str, value: float):
    answer, _ = ifrs.ask(question)
    assert answer.status == "answered" and answer.value == value, answer.text


def test_a_parenthesised_note_mark_on_a_word_is_no_printed_figure():
    """'Closing net debt(6)   2,619.1  2,695.8' (a fixed-width wire copy): the (6) glued to the word is the label's
    note mark, never a figure of the row (the check counted it an unread statement cell, a negative six)."""
    from knowledge.check_rows import rows
    (row,) = rows(" Closing net debt(6)                           2,619.1  2,695.8   \n")
    assert (row.label, row.values) == ("Closing net debt", (2619.1, 2695.8))
    (row,) = rows("Net loss (6)   (2,619)  (2,695)\n")  # apart from the word: still a printed figure
    assert row.values[0] == -6.0
