"""`filings-chat check`: what must hold for any release, found without an answer key."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED, checked
from knowledge.check import check_document, format_report
from parsers.document import parse_text
from parsers.loading import loaded_from_bytes

FULL = SHARED / "corpus" / "full"
ALL = [SHARED / "seeds", SHARED / "corpus" / "releases", FULL]


def _releases() -> list[Path]:
    from knowledge.ingest import release_files
    return list(release_files([p for p in ALL if p.is_dir()]))


@pytest.mark.skipif(not FULL.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_every_shared_release_checks_clean():
    checks = [checked(p)[0] for p in _releases()]  # check_path, read once per run (conftest)
    report, ok = format_report(checks)
    assert ok, report
    for rc in checks:
        assert rc.error is None and rc.complete, rc.name
        if rc.name in {p.name for p in FULL.iterdir()} and rc.name.endswith((".htm", ".html", ".txt")):
            if rc.name == "southernco_2004q4_submission.txt":  # prints analyses of earnings, no statements
                assert rc.coverage is None
                continue
            assert rc.coverage is not None and rc.coverage >= 0.9, (rc.name, rc.coverage)


def _html(rows: str, title: str = "CONDENSED CONSOLIDATED BALANCE SHEETS", intro: str = "") -> bytes:
    return f"""<html><body>
<p>ACME WIDGETS REPORTS FOURTH QUARTER RESULTS</p>
<p>CITY, Ohio, February 10, 2025 -- Acme Widgets, Inc. (NYSE: ACMW) today reported results for the fourth quarter
ended December 31, 2024.</p>{intro}
<p>{title}</p><p>(In thousands)</p>
<table>
<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>
{rows}
</table></body></html>""".encode()


def _check(data: bytes):
    loaded = loaded_from_bytes(data, "t.htm", ".htm")
    doc = parse_text("t.htm", loaded.text, loaded.format, loaded.tables, loaded.header)
    return check_document(doc, loaded.tables)


BALANCED = """<tr><td>Cash</td><td>100</td><td>90</td></tr>
<tr><td>Inventory</td><td>50</td><td>40</td></tr>
<tr><td>Total current assets</td><td>150</td><td>130</td></tr>
<tr><td>Total assets</td><td>150</td><td>130</td></tr>
<tr><td>Accounts payable</td><td>60</td><td>50</td></tr>
<tr><td>Total liabilities</td><td>60</td><td>50</td></tr>
<tr><td>Total stockholders' equity</td><td>90</td><td>80</td></tr>
<tr><td>Total liabilities and stockholders' equity</td><td>150</td><td>130</td></tr>"""


def test_a_balanced_sheet_has_no_violation():
    rc = _check(_html(BALANCED))
    assert rc.violations == [] and rc.complete
    assert rc.coverage == 1.0


def test_a_subtotal_that_does_not_add_up_is_a_violation():
    rc = _check(_html(BALANCED.replace("<td>Total current assets</td><td>150</td>", "<td>Total current assets</td><td>160</td>")))
    assert any("Total current assets" in v for v in rc.violations)


COMPREHENSIVE = """<tr><td>Net income</td><td>(500)</td><td>(400)</td></tr>
<tr><td>Translation adjustment</td><td>30</td><td>(20)</td></tr>
<tr><td>Other comprehensive income</td><td>30</td><td>(20)</td></tr>
<tr><td>Total comprehensive income</td><td>{total}</td><td>(420)</td></tr>"""


@pytest.mark.parametrize("total, ok", [("(470)", True), ("(440)", False)])
def test_a_one_item_subtotal_restates_its_item_and_is_not_added_twice(total: str, ok: bool):
    """'Other comprehensive income' printed under its one item restates it: the total adds the net income
    and that item once (it is no violation), and a total that adds up to nothing is still one."""
    html = _html(COMPREHENSIVE.format(total=total), title="CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME").replace(
        b"December 31, 2024</td><td>December 31, 2023", b"Year Ended December 31, 2024</td><td>Year Ended December 31, 2023")
    rc = _check(html)
    assert any("Total comprehensive income" in v for v in rc.violations) is not ok, rc.violations


SELECTED = """<tr><td>Cash</td><td>100</td><td>90</td></tr>
<tr><td>Investments</td><td>{investments}</td><td>{investments}</td></tr>
<tr><td>Total assets</td><td>500</td><td>490</td></tr>
<tr><td>Long-term debt</td><td>100</td><td>90</td></tr>
<tr><td>Total liabilities</td><td>{liabilities}</td><td>150</td></tr>
<tr><td>Total stockholders' equity</td><td>250</td><td>250</td></tr>"""


@pytest.mark.parametrize("investments, violations", [("200", 0), ("400", 1)])  # 400: 100 + 400 and 90 + 400 add up
def test_selected_balance_sheet_rows_are_no_sums_to_check(investments: str, violations: int):
    """'Selected balance sheet data': total assets under cash and investments alone, no total adding up
    the rows printed above it — selected rows, not a statement's every part. Where one total does add up
    (total assets, the investments 400), the table prints its parts and the total that does not is a violation."""
    rc = _check(_html(SELECTED.format(investments=investments, liabilities=250), title="SELECTED BALANCE SHEET DATA"))
    assert len([v for v in rc.violations if "is not the sum" in v]) == violations, rc.violations


def test_assets_that_differ_from_liabilities_and_equity_are_a_violation():
    rc = _check(_html(BALANCED.replace("<td>Total liabilities and stockholders' equity</td><td>150</td>",
                                       "<td>Total liabilities and stockholders' equity</td><td>155</td>")))
    assert any("differ from total liabilities and equity" in v for v in rc.violations)


def test_a_figure_dated_after_the_release_is_never_an_actual():
    rows = "<tr><td>Cash</td><td>100</td><td>90</td></tr><tr><td>Total assets</td><td>100</td><td>90</td></tr>"
    data = _html(rows).replace(b"December 31, 2023</td>", b"December 31, 2025</td>")
    loaded = loaded_from_bytes(data, "t.htm", ".htm")
    doc = parse_text("t.htm", loaded.text, loaded.format, loaded.tables, loaded.header)
    assert {f.period.end.year for f in doc.figures if f.source == "table"} == {2024}


def test_check_command_exits_non_zero_on_a_violation(tmp_path):
    bad = tmp_path / "bad.htm"
    bad.write_bytes(_html(BALANCED.replace("<td>Total assets</td><td>150</td>", "<td>Total assets</td><td>160</td>")))
    good = tmp_path / "good.htm"
    good.write_bytes(_html(BALANCED))
    run = lambda *p: subprocess.run([sys.executable, "-m", "chat", "check", *map(str, p)], capture_output=True,
                                    text=True, timeout=60)
    ok, failed = run(good), run(good, bad)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert failed.returncode == 1 and "violation" in failed.stdout
    assert "2 releases" in failed.stdout.splitlines()[-8]  # the first of the eight total lines


INCOME = """<tr><td>Total revenues</td><td>1,000</td><td>900</td></tr>
<tr><td>Cost of revenues</td><td>600</td><td>500</td></tr>
<tr><td>Gross profit</td><td>400</td><td>400</td></tr>
<tr><td>Net income</td><td>100</td><td>80</td></tr>"""


def _income(intro: str = "") -> bytes:
    return _html(INCOME, "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", intro).replace(
        b"<td>December 31, 2024</td><td>December 31, 2023</td>",
        b"<td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td>")


def _parsed(data: bytes):
    loaded = loaded_from_bytes(data, "t.htm", ".htm")
    return parse_text("t.htm", loaded.text, loaded.format, loaded.tables, loaded.header), loaded.tables


def test_core_figures_count_a_printed_revenue_row_the_parser_missed():
    doc, tables = _parsed(_income())
    whole = check_document(doc, tables)
    assert whole.core.printed >= 4 and whole.core.found == whole.core.printed, whole.core.missed
    from knowledge.vocabulary import canonical_metric
    doc.figures = [f for f in doc.figures if canonical_metric(f.label, f.section, f.unit) != "revenue"]
    missed = check_document(doc, tables)
    assert missed.core.printed == whole.core.printed  # printed is read from the text, not from the parser
    assert missed.core.found == whole.core.found - 2 and any(m.startswith("top line") for m in missed.core.missed)


def test_a_prose_amount_with_no_term_counts_as_unread():
    intro = ("<p>During the quarter the company moved its headquarters and paid $2.7 million to the landlord of "
             "the old building in Ohio.</p>")
    doc, tables = _parsed(_income(intro))
    rc = check_document(doc, tables)
    assert rc.prose.found >= 1 and any("$2.7 million" in u for u in rc.prose.unread), rc.prose.unread
    assert rc.prose.read < rc.prose.found
    from knowledge.check_prose import score_prose
    from parsers.model import Figure
    line = next(n for n, l in enumerate(doc.lines, 1) if "$2.7 million" in l)
    termless = Figure("", 2_700_000.0, "USD", doc.period, line, "$2.7 million", "narrative")
    doc.figures.append(termless)
    assert any("$2.7 million" in u for u in score_prose(doc).unread)  # a value with no term is no fact
    doc.figures[-1] = Figure("payment to the landlord", 2_700_000.0, "USD", doc.period, line, "$2.7 million", "narrative")
    assert not any("$2.7 million" in u for u in score_prose(doc).unread)


def test_a_prose_figure_the_statement_prints_otherwise_is_listed():
    intro = "<p>Net income for the fourth quarter of 2024 was $150 thousand, compared with $80 thousand.</p>"
    rc = check_document(*_parsed(_income(intro)))
    assert any("Net income" in d and "150,000" in d and "100,000" in d for d in rc.disagreements), rc.disagreements
    agreeing = check_document(*_parsed(_income(intro.replace("$150 thousand", "$100 thousand"))))
    assert agreeing.disagreements == []


def test_identity_names_a_fragment_and_a_missing_name():
    from knowledge.check_identity import name_problem
    text = "Acme Marine, Inc. today reported results. Acme Marine, Inc. is a maker of boats."
    assert "fragment" in name_problem("Marine, Inc.", text)
    assert "fragment" in name_problem("Holdings Group, Inc.", "")
    assert name_problem("Acme Marine, Inc.", text) is None
    assert name_problem(None, text) == "no company name"
    assert "headline" in name_problem("Acme Marine Reports Record Fourth Quarter Results And Raises Outlook", text)


def test_check_totals_are_the_last_eight_lines_and_json_carries_them(tmp_path):
    import json
    good = tmp_path / "good.htm"
    good.write_bytes(_income())
    run = lambda *a: subprocess.run([sys.executable, "-m", "chat", "check", *a, str(good)], capture_output=True,
                                    text=True, timeout=60)
    text = run().stdout.splitlines()
    assert text[-8].startswith("1 releases") and text[-1].startswith("targets met:")
    assert any(l.startswith("core figures") and "(target 98%)" in l for l in text[-8:])
    data = json.loads(run("--format", "json").stdout)
    assert data["totals"]["core figures"]["target"] == 0.98 and data["releases"][0]["core"]["printed"] >= 4


def test_round_trip_asks_each_stored_fact_back_and_lists_what_fails():
    from chat.roundtrip import questions, round_trip
    from knowledge.store import prepare
    doc, _ = _parsed(_income())
    asked = questions(prepare(doc, "x", doc.name))
    assert any("revenue" in q and "Q4 2024" in q for q in asked), asked
    rt = round_trip(doc)
    assert rt.asked == len(asked) and rt.right == rt.asked, rt.failures
    doc.figures += [f for f in doc.figures if f.label == "Total revenues" and f.period.end.year == 2024]
    doc.figures[-1] = type(doc.figures[-1])(**{**doc.figures[-1].__dict__, "value": 1234.0, "line": 1})
    rt = round_trip(doc)  # two values for one figure: a clarify is right, a single answer is not
    assert rt.right == rt.asked, rt.failures


def test_a_heading_lends_its_meaning_only_to_a_bare_row():
    from knowledge.check_core import core_item
    from knowledge.check_rows import Row
    assert core_item(Row(1, "Diluted", "Net income per share", 2, (0.51, 0.42))) == ("eps", "eps_diluted")
    assert core_item(Row(1, "Diluted", "Weighted average shares outstanding", 2, (5100.0, 4900.0))) == \
        ("diluted shares", "weighted_shares_diluted")
    assert core_item(Row(1, "EBITDA (1)", "Net income per share", 2, (6379.0, 47.0))) is None


def test_a_range_of_an_estimate_is_no_printed_figure():
    """'Total Revenue | $163.1 - $164.1 million | $158.0 - $165.0 million' (preliminary results beside the
    guidance) prints two ranges, no figure: no core figure is counted as printed there; a row of figures is."""
    from knowledge.check_rows import rows
    text = "\n".join(["|  | Q4 2024 Preliminary Results | Prior Q4 2024 Guidance |", "| --- | --- | --- |",
                      "| Total Revenue | $163.1 - $164.1 million | $158.0 - $165.0 million |",
                      "| Net income | $ 12.5 | $ 11.0 |"])
    assert [r.label for r in rows(text) if r.line > 2] == ["Net income"]


def test_a_registered_name_the_text_always_prints_longer_is_a_fragment():
    from knowledge.check_identity import name_problem
    text = "Acme Bancorp, Inc. reported net income. Acme Bancorp, Inc. is the holding company of a bank."
    assert "fragment of 'Acme Bancorp, Inc.'" in name_problem("Bancorp, Inc.", text)


def test_a_reported_period_long_before_the_release_is_an_identity_problem():
    from datetime import date
    from knowledge.check_identity import identity
    doc, _ = _parsed(_income())
    assert not any("reported period" in p for p in identity(doc).problems)
    doc.release_date = date(2026, 2, 10)
    assert any("not in the 200 days before" in p for p in identity(doc).problems)


def test_a_bank_printing_two_top_lines_reads_each_as_one_value():
    rows = INCOME.replace("<tr><td>Cost of revenues", "<tr><td>Net interest income</td><td>500</td><td>450</td></tr>\n"
                                                       "<tr><td>Cost of revenues")
    data = _html(rows, "CONDENSED CONSOLIDATED STATEMENTS OF INCOME").replace(
        b"<td>December 31, 2024</td><td>December 31, 2023</td>",
        b"<td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td>")
    rc = check_document(*_parsed(data))
    assert not any(m.startswith("top line") for m in rc.core.missed), rc.core.missed


def test_a_qualified_row_is_not_the_as_reported_figure():
    from knowledge.check_core import core_item
    from knowledge.check_rows import Row, rows
    assert core_item(Row(1, "Net income", "", 2, (10.0, 9.0))) == ("net income", "net_income")
    assert core_item(Row(1, "GAAP net income", "", 2, (10.0, 9.0))) == ("net income", "net_income")
    for label in ("Non-GAAP net income", "Adjusted earnings per share", "Core FFO per share",
                  "Net interest income after provision for credit losses", "Q EPS"):
        assert core_item(Row(1, label, "", 2, (1.0, 2.0))) is None, label
    assert core_item(Row(1, "Diluted", "Reconciliation of non-GAAP net income per share", 2, (1.0, 2.0))) is None
    assert rows("* Net interest income for the year ended December 31, 2024 was up.") == []


def test_if_converted_diluted_eps_is_no_violation():
    """Diluted EPS between net income over diluted shares and over basic shares is the if-converted
    method (the convertible's interest added back), not a misread; a share count read as EPS is."""
    from knowledge.doubts import _per_share
    from parsers.model import Figure  # noqa: F401  (the figures come from a parsed statement)
    text = b"""ACME WIDGETS REPORTS FOURTH QUARTER RESULTS
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share data)
| | Year Ended December 31, | |
| | 2024 | 2023 |
| Net income | $ 24,523 | $ 29,332 |
| Basic | $ 0.59 | $ 0.71 |
| Diluted | $ 0.56 | $ 0.66 |
| Weighted average shares - basic | 41,539 | 41,369 |
| Weighted average shares - diluted | 51,282 | 51,072 |
"""
    loaded = loaded_from_bytes(text, "acme.txt", ".txt")
    doc = parse_text("acme.txt", loaded.text, loaded.format, loaded.tables, loaded.header)
    assert _per_share(doc) == []
    wrong = text.replace(b"$ 0.56 |", b"$ 51.28 |")
    loaded = loaded_from_bytes(wrong, "acme.txt", ".txt")
    doc = parse_text("acme.txt", loaded.text, loaded.format, loaded.tables, loaded.header)
    assert any("diluted EPS 51.28" in v.said for v in _per_share(doc))


def test_eps_is_checked_against_net_income_attributable_to_the_company():
    """Net income less the noncontrolling interests' share, over the company's shares: the EPS printed
    agrees with it, so no violation; EPS against the whole net income would be one."""
    rows = INCOME + """<tr><td>Less: net income attributable to noncontrolling interests</td><td>40</td><td>30</td></tr>
<tr><td>Net income attributable to Acme Widgets, Inc.</td><td>60</td><td>50</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 0.60</td><td>$ 0.50</td></tr>
<tr><td>Diluted weighted average shares outstanding</td><td>100</td><td>100</td></tr>"""
    data = _html(rows, "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS").replace(
        b"<td>December 31, 2024</td><td>December 31, 2023</td>",
        b"<td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td>")
    rc = _check(data)
    assert not [v for v in rc.violations if "eps" in v], rc.violations
    wrong = _check(data.replace(b"$ 0.60", b"$ 1.00"))
    assert [v for v in wrong.violations if "diluted EPS 1.0" in v], wrong.violations


def test_eps_is_checked_against_the_income_of_common_shareholders_its_own_table_prints():
    """Preferred dividends and a deemed dividend between net income (100) and the income of common
    shareholders (20), printed in an EPS table below the statement: basic EPS 0.20 over 100 shares is that
    table's numerator over the shares — no violation; 1.00 would still be one."""
    statement = INCOME + """<tr><td>Basic earnings per share</td><td>$ 0.20</td><td>$ 0.70</td></tr>
<tr><td>Basic weighted average shares outstanding</td><td>100</td><td>100</td></tr>"""
    data = _html(statement, "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS").replace(
        b"<td>December 31, 2024</td><td>December 31, 2023</td>",
        b"<td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td>")
    eps_table = b"""<p>EPS (in thousands)</p><table>
<tr><td></td><td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td></tr>
<tr><td>Net income</td><td>100</td><td>80</td></tr>
<tr><td>Less: Cumulative dividends on preferred shares</td><td>(10)</td><td>(10)</td></tr>
<tr><td>Less: Deemed dividend from the conversion of preferred shares</td><td>(70)</td><td>--</td></tr>
<tr><td>Net income attributable to common shareholders, basic</td><td>20</td><td>70</td></tr>
</table></body>"""
    data = data.replace(b"</body>", eps_table)
    rc = _check(data)
    assert not [v for v in rc.violations if "eps" in v], rc.violations
    wrong = _check(data.replace(b"$ 0.20", b"$ 1.00"))
    assert [v for v in wrong.violations if "basic EPS 1.0" in v], wrong.violations

def _agreement(prose: list[tuple], statement: list[tuple]):
    """agreement() of a document holding these prose and statement figures ((label, value) each, one quarter)."""
    from datetime import date
    from types import SimpleNamespace

    from knowledge.check_prose import agreement
    from parsers.model import Figure
    from parsers.periods import Period
    q = Period(date(2024, 12, 31), 3)
    figures = [Figure(label, value, "USD", q, 10 + n, quote, "narrative") for n, (label, value, quote) in enumerate(prose)]
    figures += [Figure(label, value, "USD", q, 100 + n, str(value), "table", table_class="income")
                for n, (label, value) in enumerate(statement)]
    return agreement(SimpleNamespace(figures=figures, fye_month=12, fy_offset=0))


def test_a_disagreement_the_statement_shows_the_cause_of_is_explained_not_counted():
    # the release calls the loss applicable to common stock "net loss": its own statement prints that value
    out, why = _agreement([("net loss", -520_000, "$0.52 million")],
                          [("Net loss", -394_000), ("Net loss applicable to common stockholders", -519_000)])
    assert out == [] and "Net loss applicable to common stockholders" in why[0]
    # "Interest income" in prose adds the statement's two interest income rows
    out, why = _agreement([("Interest income", 2_000_000, "$2.0 million")],
                          [("Interest income", 1_260_971), ("Interest income \u2013 related party", 743_640)])
    assert out == [] and why[0].endswith("'Interest income \u2013 related party' (line 101)")
    # a statement cell read without its "(in millions)"
    out, why = _agreement([("gross profit", 405_000_000, "$405 million")], [("Gross profit", 405)])
    assert out == [] and "without its scale" in why[0]
    # a value another metric's row happens to print explains nothing
    out, why = _agreement([("general and administrative expenses", 1_400_000, "$1.4 million")],
                          [("General and administrative expenses", 1_214_000), ("Other income", 1_400_000)])
    assert why == [] and len(out) == 1


def test_a_prose_figure_that_adds_a_kindred_row_is_explained_and_an_unlike_row_is_not():
    # "$1.7 million of general and administrative expenses": the statement's G&A 1,250 and its
    # administrative services expenses 500 (same noun, another shared word)
    statement = [("Interest and expenses on debt", 11_741_000), ("General and administrative expenses", 1_250_000),
                 ("Administrative services expenses", 500_000)]
    out, why = _agreement([("general and administrative expenses", 1_700_000, "$1.7 million")], statement)
    assert out == [] and why[0].endswith("'Administrative services expenses' (line 102)")
    # a row that shares only the noun ("Interest and expenses on debt") adds nothing it explains
    out, why = _agreement([("general and administrative expenses", 13_000_000, "$13.0 million")], statement)
    assert why == [] and len(out) == 1


def test_a_prose_figure_agrees_with_any_statement_row_of_its_metric():
    out, why = _agreement([("revenues", 1_000_000_000, "$1.0 billion")], [("Revenues", 1_039), ("Revenues", 1_039_200_000)])
    assert out == [] and why == []


def test_an_archive_copys_front_matter_is_no_prose_of_the_release():
    from knowledge.check_prose import score_prose
    front = ('---\ntitle: "Acme Widgets Reports Second Quarter 2019 Results"\ndate: "2019-08-01 05:05:00"\n'
             'summary: "(21:05 GMT) *Acme Widgets 2Q Rev $160.7M &gt;ACWD(21:05 GMT) Press Release: Acme Widgets '
             'reports revenue of $160.7 million for the quarter"\n---\n\n')
    body = ("ACME WIDGETS REPORTS 2019 SECOND QUARTER RESULTS\n\nSPRINGFIELD, Ohio, August 1, 2019 -- Acme Widgets, "
            "Inc. (NYSE: ACWD) today reported results for the quarter ended June 30, 2019.\n\nRevenue for the second "
            "quarter of 2019 was $160.7 million, compared with $150.2 million in the second quarter of 2018.\n")
    with_front, alone = score_prose(parse_text("a.md", front + body)), score_prose(parse_text("a.md", body))
    assert (with_front.found, with_front.read) == (alone.found, alone.read) == (2, 2)


def test_an_amount_whose_scale_wraps_to_the_next_line_is_read_at_its_scale():
    from knowledge.check_prose import amounts, score_prose
    assert amounts("For the nine months, revenues were $16.55", "million, compared with $13.33 million") == [
        ("$16.55", 16_550_000, 10_000)]
    assert amounts("revenues were $16.55 and", "million") == [("$16.55", 16.55, 0.01)]  # the scale must end the line
    body = ("ACME WIDGETS REPORTS 2019 SECOND QUARTER RESULTS\n\nSPRINGFIELD, Ohio, August 1, 2019 -- Acme Widgets, "
            "Inc. (NYSE: ACWD) today reported results for the quarter ended June 30, 2019.\n\n"
            "    For the second quarter of 2019, revenues of the company were $16.55\n"
            "million, compared with $13.33 million for the same period last year.\n")
    score = score_prose(parse_text("a.txt", body))
    assert (score.found, score.read) == (2, 2), score.unread


def test_a_note_to_a_table_is_no_prose_of_the_release():
    from knowledge.check_prose import note_lines, score_prose
    lines = ["Revenue was $5.0 million in the second quarter of 2019, compared with $4.0 million a year ago.", "",
             "(1) Intangible asset amortization of $4.7 million and $5.4 million are included in depreciation",
             "and amortization for the three months ended June 30, 2019 and 2018.",
             "(2) Includes a non-cash gain of $3.0 million recognized in operating income for the quarter.", "",
             "(in thousands) the company (1) reported revenue of $5.0 million during the second quarter of 2019."]
    assert note_lines(lines) == {2, 3, 4}
    body = ("ACME WIDGETS REPORTS 2019 SECOND QUARTER RESULTS\n\nSPRINGFIELD, Ohio, August 1, 2019 -- Acme Widgets, "
            "Inc. (NYSE: ACWD) today reported results for the quarter ended June 30, 2019.\n\n" + "\n".join(lines) + "\n")
    score = score_prose(parse_text("a.txt", body))
    assert score.found == 3 and not any("$4.7" in u or "$3.0" in u for u in score.unread), score.unread


SUMMARY_EQUITY = """<tr><td>Cash</td><td>100</td><td>90</td></tr>
<tr><td>Property, net</td><td>400</td><td>310</td></tr>
<tr><td>Total assets</td><td>500</td><td>400</td></tr>
<tr><td>Long-term debt</td><td>200</td><td>150</td></tr>
<tr><td>Other liabilities</td><td>100</td><td>90</td></tr>
<tr><td>Total equity</td><td>{equity}</td><td>160</td></tr>
<tr><td>Total liabilities and equity</td><td>500</td><td>400</td></tr>"""


@pytest.mark.parametrize("equity, violations", [("200", 0), ("250", 1)])
def test_a_total_a_later_total_adds_up_with_is_a_summary_line_not_a_sum(equity: str, violations: int):
    """'Total equity' printed alone under the liabilities: not the sum of the liabilities above it, but the
    total of liabilities and equity adds up with it, which bears its value out; a wrong one still fails."""
    rc = _check(_html(SUMMARY_EQUITY.format(equity=equity), title="BALANCE SHEET DATA"))
    assert len([v for v in rc.violations if "is not the sum" in v]) == violations, rc.violations


HIGHLIGHTS = """<tr><td>Sales revenues</td><td>1,256</td><td>1,218</td></tr>
<tr><td>Gross profit</td><td>405</td><td>87</td></tr>
<tr><td>Net earnings (loss) attributable to shareholders</td><td>99</td><td>(1,447)</td></tr>
<tr><td>Basic earnings (loss) per share</td><td>$0.12</td><td>($2.09)</td></tr>
<tr><td>Cash cost of production (per lb)</td><td>1.68</td><td>1.82</td></tr>
<tr><td>Total cost of production (per lb)</td><td>2.72</td><td>2.77</td></tr>
<tr><td>Adjustment for tax</td><td>(35)</td><td>20</td></tr>
<tr><td>Other adjustments</td><td>(3)</td><td>160</td></tr>
<tr><td>Total adjustments to EBITDA</td><td>(58)</td><td>1,031</td></tr>"""


@pytest.mark.parametrize("title, violations", [("CONSOLIDATED FINANCIAL HIGHLIGHTS", 0),
                                               ("CONSOLIDATED STATEMENTS OF INCOME", 1)])
def test_a_highlights_tables_one_total_is_no_sum_and_a_rate_is_no_total(title: str, violations: int):
    """A cost per pound named 'Total' is a rate, not a sum to check (it 'added up' within rounding); of a
    table of highlights, a selection, the one total checked that does not add up is no violation."""
    html = _html(HIGHLIGHTS, title=title).replace(
        b"December 31, 2024</td><td>December 31, 2023", b"Q4 2024</td><td>Q4 2023")
    rc = _check(html)
    assert len([v for v in rc.violations if "is not the sum" in v]) == violations, rc.violations


def test_a_ranges_low_end_takes_the_scale_of_a_high_end_in_another_currency():
    """'in the range of Yen109.9 to Yen122.1 billion': the low end is 109.9 billion as the reader reads it (it was
    counted as Yen 109.9, so the read figure was counted unread); a range's high end without scale lends none."""
    from knowledge.check_prose import amounts
    assert amounts("Expect revenue in the range of Yen109.9 to Yen122.1 billion, up 1%")[0][1] == 109_900_000_000
    assert amounts("Expect revenue in the range of EUR109.9 to EUR122.1m")[0][1] == 109_900_000
    assert amounts("from Yen109.9 to Yen122.1 per share")[0][1] == 109.9


def test_a_folders_notes_named_by_a_glob_are_left_out_of_the_score_and_said(tmp_path):
    """`check folder/*.md` names the folder's SOURCES.md beside its releases: a catalogue of releases (companies, periods,
    financial words) is no release, and scored as one it was a release of no company and no period (identity 97 of
    98). It is left out and said so; a release named like any other file is still scored."""
    good = tmp_path / "good.htm"
    good.write_bytes(_income())
    notes = tmp_path / "SOURCES.md"
    notes.write_text("# Releases\n\n| file | company | period |\n|---|---|---|\n| good.htm | Quillmere Tools, Inc. | "
                     "Q4 2024 and full year 2024; statements of operations, balance sheets |\n")
    sources = tmp_path / "sources_q4.md"  # a release's own name that merely holds the word: scored
    sources.write_bytes(good.read_bytes())
    out = subprocess.run([sys.executable, "-m", "chat", "check", str(good), str(notes), str(sources)],
                         capture_output=True, text=True, timeout=60).stdout.splitlines()
    assert out[0].startswith("note: SOURCES.md left out: the folder's notes")
    assert out[-8].startswith("2 releases") and not any(l.startswith("SOURCES.md") for l in out)
