"""Issue 19: the core figures printed in the words of issuers unlike the ones the reading was tuned on (IFRS and UK
statements, Japanese, banks, insurers, REITs, investment companies, US forms), each read through parse -> facts as one
value a period, and their near misses left to other metrics. One release built for the module (an IFRS statement printed
one cell a line); the wordings themselves through the vocabulary, which the check and the reading share."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from knowledge.check import check_release
from knowledge.check_core import QUALIFIED, core_item
from knowledge.check_rows import Row as PrintedRow, rows
from knowledge.fact_rows import prepare
from knowledge.vocabulary import LANGUAGE, canonical_metric
from parsers.periods import Period

sys.path.insert(0, str(Path(__file__).parent))
from built_releases import Industry, Row, _cash, release  # noqa: E402

Q24, B24, FY24 = Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 0), Period(date(2024, 12, 31), 12)

IFRS = Industry(
    "ifrs", "Larkmoor Engineering plc", "LKME", "LSE", "LEEDS, England", "GBP", "£",
    "(£'000, except per share data)", "IFRS",
    (Row("Turnover", "revenue", 388_120, 352_660),
     Row("Cost of sales", "cost_of_revenue", 200_000, 190_000),
     Row("Profit for the period", "net_income", 46_000, 40_000),
     Row("Profit attributable to:"),
     Row("Owners of the parent", "net_income", 44_905, 39_118),
     Row("Non-controlling interests", "", 1_095, 882),
     Row("Earnings per share – diluted", "eps_diluted", 0.87, 0.76, True),
     Row("Diluted weighted average shares outstanding (in thousands)", "weighted_shares_diluted", 51_614, 51_470)),
    (Row("Cash and bank balances", "cash", 77_300, 70_000),
     Row("Total assets", "total_assets", 2_871_600, 2_700_000),
     Row("Total liabilities", "", 1_348_800, 1_300_000),
     Row("Equity attributable to owners of the parent", "equity", 1_500_000, 1_380_000),
     Row("Non-controlling interests", "", 22_800, 20_000),
     Row("Total equity", "total_equity", 1_522_800, 1_400_000),
     Row("Total liabilities and equity", "", 2_871_600, 2_700_000)),
    _cash(120_470, "Net cash (used in)/from operating activities"),
    ("Three months ended", "Year ended", "As at"))


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    text, _ = release(IFRS, "cell_per_line")  # one cell a line: the hardest of the text layouts for a label's unit
    path = tmp_path_factory.mktemp("ifrs") / "larkmoor.txt"
    path.write_text(text)
    rc, doc = check_release(path)
    facts = prepare(doc, "", doc.name).facts
    held = {}
    for i, metric in enumerate(facts["metric"]):
        if facts["source"][i] == "table" and not facts["basis"][i]:
            held.setdefault((metric, Period(facts["period_end"][i], facts["months"][i])), set()).add(facts["value"][i])
    return rc, held


def test_an_ifrs_statement_prints_every_core_figure_and_each_is_read_as_one_value(checked):
    rc, _ = checked
    assert (rc.core.found, rc.core.printed, rc.core.missed) == (16, 16, [])


@pytest.mark.parametrize("metric,period,value", [
    ("revenue", Q24, 388_120_000.0),  # 'Turnover'
    ("net_income", Q24, 44_905_000.0),  # the owners' share under 'Profit attributable to:', not the period's profit
    ("eps_diluted", Q24, 0.87),  # 'Earnings per share – diluted'
    ("weighted_shares_diluted", Q24, 51_614_000.0),  # its label's '(in thousands)' is no scale note of the table
    ("cash", B24, 77_300_000.0),  # 'Cash and bank balances'
    ("equity", B24, 1_500_000_000.0),  # 'Equity attributable to owners of the parent': the owners' equity
    ("total_equity", B24, 1_522_800_000.0),  # the 'Total equity' below the non-controlling interests adds them
    ("operating_cash_flow", FY24, 120_470_000.0),  # 'Net cash (used in)/from operating activities'
])
def test_each_core_figure_holds_its_own_value(checked, metric, period, value):
    _, held = checked
    assert held.get((metric, period)) == {value}


@pytest.mark.parametrize("label,metric", [
    ("Turnover", "revenue"), ("Group turnover", "revenue"), ("Revenues, net", "revenue"), ("Total revenues, net", "revenue"),
    ("Revenue from contracts with customers", "revenue"), ("Group revenue", "revenue"), ("Revenue (Note 4)", "revenue"),
    ("Total revenues net of interest expense", "revenue"), ("Operating revenues", "revenue"),
    ("Total net interest income", "net_interest_income"), ("Net premiums earned", "net_earned_premium"),
    ("Profit after taxation", "net_income"), ("Profit for the financial year", "net_income"),
    ("Group profit for the year", "net_income"),
    ("Profit for the period attributable to equity holders of the Company", "net_income"),
    ("Profit attributable to owners of parent", "net_income"),
    ("Net income available to common shareholders", "net_income_common"),
    ("Cash and bank balances", "cash"), ("Cash at bank and in hand", "cash"), ("Cash and short-term deposits", "cash"),
    ("Cash and balances with central banks", "cash"), ("Cash and cash equivalents, end of period", "cash"),
    ("Total cash and cash equivalents", "cash"),  # a bank's sum of its cash and due from banks and its deposits in banks
    ("Total Larkmoor plc shareholders' equity", "equity"), ("Shareholders' funds", "equity"),
    ("Total stockholders' deficit", "equity"),
    ("Equity attributable to owners of the parent", "equity"), ("Equity attributable to shareholders of the Company", "equity"),
    ("Total equity attributable to equity holders of the Company", "equity"),
    ("Equity attributable to controlling interest", "equity"),
    ("Net cash generated from operating activities", "operating_cash_flow"),
    ("Net cash from/(used in) operating activities", "operating_cash_flow"),
    ("Net cash inflow/(outflow) from operating activities", "operating_cash_flow"),
])
def test_a_core_label_reads_as_its_metric(label, metric):
    assert canonical_metric(label) == metric


@pytest.mark.parametrize("label", [
    "Total interest income",  # a bank's gross interest, never its net interest income
    "Revenue from discontinued operations",
    "Profit attributable to non-controlling interests",
    "Equity attributable to non-controlling interests",
    "Equity attributable to owners of the parent and non-controlling interests",
    "Total equity attributable to noncontrolling interests",
    "Deficit",  # an accumulated deficit, never the equity
    "Cash and due from banks",  # a bank's part of its cash, beside 'Total cash and cash equivalents'
    "Total cash, cash equivalents and restricted cash",
    "Profit for the period from continuing operations",
])
def test_a_near_miss_is_no_core_metric(label):
    assert canonical_metric(label) not in ("revenue", "net_interest_income", "net_income", "equity", "cash")


@pytest.mark.parametrize("label,unit,metric", [
    ("Net income per share – diluted (yen)", "USD/share", "eps_diluted"),
    ("Earnings per common share - assuming dilution", "USD/share", "eps_diluted"),
    ("Net increase in net assets resulting from operations per share", "USD/share", "eps"),  # an investment company's
    ("Net investment income per share", "USD/share", "other"),
    ("Weighted average shares, assuming dilution", "shares", "weighted_shares_diluted"),
    ("Weighted average number of ordinary shares – diluted", "shares", "weighted_shares_diluted"),
])
def test_per_share_and_share_count_wordings(label, unit, metric):
    assert canonical_metric(label, "", unit) == metric


def test_a_dash_inside_a_label_is_no_nil_figure_but_a_dash_in_a_cell_is():
    """'Earnings per share – diluted | 0.87 | 0.76': the label runs on after its dash; 'Other income | — | 12': nil."""
    got = rows("| Earnings per share – diluted | 0.87 | 0.76 |\n| Weighted average number of shares - diluted | 51,614 | 51,470 |\n"
               "| Other income | — | 12 |\n")
    assert [(r.label, r.values) for r in got] == [("Earnings per share – diluted", (0.87, 0.76)),
                                                  ("Weighted average number of shares - diluted", (51614.0, 51470.0)),
                                                  ("Other income", (12.0,))]


@pytest.mark.parametrize("label,section,item", [
    ("Diluted (in yen)", "Net income per share:", "eps"),
    ("Diluted (pence)", "Earnings per share", "eps"),
    ("Diluted (in thousands)", "Weighted average shares:", "diluted shares"),
    ("Profit after tax", "", "net income"),
])
def test_the_check_counts_a_bare_row_by_its_heading(label, section, item):
    value = 0.87 if item == "eps" else 51_614.0
    assert (core_item(PrintedRow(10, label, section, 2, (value, value))) or ("",))[0] == item


def test_the_checks_qualifiers_are_the_vocabularys():
    """Every as_reported_qualifiers word of vocabulary.toml makes a row another basis: the check keeps no list of its own."""
    for word in LANGUAGE["as_reported_qualifiers"]:
        assert QUALIFIED.search(f"{word} net income"), word
    assert not QUALIFIED.search("profit after tax")


@pytest.mark.parametrize("label,section,unit,metric", [
    ("Diluted (in thousands)", "Weighted average shares", "shares", "weighted_shares_diluted"),
    ("Diluted (in yen)", "Net income per share", "USD/share", "eps_diluted"),
    ("Assuming dilution", "Average common shares outstanding", "shares", "weighted_shares_diluted"),
])
def test_the_reading_carries_a_heading_to_a_bare_row_with_its_unit(label, section, unit, metric):
    """The parser's side of the same rows: 'Diluted (in thousands)' takes its heading's words as 'Diluted' does
    (a check counting the row while the reading left it unread was a miss of its own)."""
    from parsers.rows import full_label
    assert canonical_metric(full_label(label, section), "", unit) == metric
