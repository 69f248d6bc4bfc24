"""Misreads found by review: a scale line, a subject or a change word given to the wrong figure.

Each test reads an invented release (parse → facts) and asserts the figure a reader would state, with a
near miss that must keep reading as before."""
from __future__ import annotations

import pytest

from knowledge.fact_rows import prepare
from parsers.document import parse_text


def _facts(text: str, fmt: str = "markdown", excerpt: bool = False) -> list[dict]:
    doc = parse_text("invented.md" if fmt == "markdown" else "invented.txt", text, fmt, excerpt=excerpt)
    cols = prepare(doc, "x", "invented").facts
    return [{k: cols[k][i] for k in cols} for i in range(len(cols["metric"]))]


def _values(facts: list[dict], label: str) -> set[float]:
    return {f["value"] for f in facts if f["label"] == label}


_HEAD = ("BOLT GADGETS REPORTS THIRD QUARTER 2031 RESULTS\n\nAUSTIN, Texas, November 1, 2031 -- Bolt Gadgets, Inc. "
         "(NYSE: BLTG) today reported results for the quarter ended September 30, 2031.\n\n")
_BUYBACK = ("Stock buybacks\n\n| | Q3 2031 | Q3 2030 |\n|---|---|---|\n| Shares bought back | 7,000 | 6,000 |\n"
            "| Total cost of buybacks | $ 1,234,500 | $ 998,000 |\n\n")
_STATEMENT = ("| | Q3 2031 | Q3 2030 |\n|---|---|---|\n| Revenue | 31,700 | 29,900 |\n| Net income | 4,100 | 3,800 |\n")


def test_a_scale_line_heading_the_next_tables_title_block_is_not_the_footer_of_the_table_above() -> None:
    text = _HEAD + _BUYBACK + "(In thousands, except per share data)\nCONDENSED STATEMENTS OF INCOME\n\n" + _STATEMENT
    facts = _facts(text)
    # whose scale the line states is unclear: the table above is left unread, never read in thousands (or in the
    # last scale stated before it)
    assert _values(facts, "Total cost of buybacks") == set()
    assert 31700000.0 in _values(facts, "Revenue")


def test_a_scale_line_under_a_table_and_then_prose_is_still_its_footer() -> None:
    text = (_HEAD + _BUYBACK.replace("$ 1,234,500 | $ 998,000", "$ 1,234 | $ 998") +
            "(In thousands, except per share data)\n\nThe company bought back shares all through the quarter.\n")
    assert _values(_facts(text), "Total cost of buybacks") == {1234000.0, 998000.0}


def _said(sentence: str) -> list[dict]:
    return [f for f in _facts(_HEAD + sentence + "\n") if f["source"] == "narrative"]


def test_a_change_noun_between_the_term_and_an_amount_set_beside_another_keeps_it_a_change() -> None:
    for sentence in ("Third quarter revenue decline was $2.0 million, less than $3.0 million in the second quarter.",
                     "Net income growth in the third quarter was $1.5 million, higher than $1.0 million last year."):
        assert not [f for f in _said(sentence) if f["metric"] in ("revenue", "net_income")], sentence


def test_a_level_set_beside_another_amount_is_still_the_level() -> None:
    for sentence in ("Third quarter revenue was $2.0 million, less than $3.0 million in the second quarter.",
                     # a change noun of another clause between the term and the amount governs no amount
                     "Third quarter revenue, despite an increase in returns, was $2.0 million, less than $3.0 million "
                     "in the second quarter."):
        facts = _said(sentence)
        assert [f["value"] for f in facts if f["metric"] == "revenue"][:1] == [2000000.0], sentence


def test_a_change_noun_heading_the_term_after_a_period_word_keeps_it_a_change() -> None:
    sentence = "Third quarter revenue year-over-year growth was $2.0 million, less than $3.0 million in the second quarter."
    assert not [f for f in _said(sentence) if f["metric"] == "revenue"]


def _note(title: str) -> str:
    return (f"{title}\n\nAmounts received in advance from customers for services not yet rendered.\n\n"
            "| | 2031 | 2030 |\n|---|---|---|\n| Current | 1,200 | 1,100 |\n| Non-current | 300 | 250 |\n"
            "| Total | 1,500 | 1,350 |\n")


def test_a_note_titled_by_a_flow_is_no_subject_of_current_and_non_current_rows() -> None:
    facts = _facts(_note("3. Revenue"), "text", excerpt=True)
    assert not [f for f in facts if f["metric"] == "revenue"]


def test_a_note_titled_by_a_balance_is_still_their_subject() -> None:
    facts = _facts(_note("3. Contract liabilities"), "text", excerpt=True)
    assert any("contract liabilities" in f["label"].lower() for f in facts)


def _interim(rows: list[tuple[str, str, str]]) -> str:
    body = "\n".join(f"{label:<43}{a:>8}{b:>19}" for label, a, b in rows)
    return ("KOPJE MINING LIMITED INTERIM RESULTS FOR THE SIX MONTHS ENDED 31 DECEMBER 2031\n\n"
            "CAPE TOWN, 20 February 2032 -- Kopje Mining Limited (JSE: KPJ) today announced its interim results.\n\n"
            "CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS\n"
            "                                           Six months ended   Six months ended\n"
            "                                             31 Dec 2031        31 Dec 2030\n"
            "                                                  Rm                 Rm\n" + body + "\n")


_PROFIT = [("Revenue", "21 406", "19 118"), ("Profit for the period", "2 700", "2 500")]
_EPS = [("Basic earnings per share (cents)", "212.5", "190.1"), ("Diluted earnings per share (cents)", "210.0", "188.0")]
_SHARES = [("Attributable to:", "", ""), ("Owners of the parent", "2 600", "2 420"),
           ("Non-controlling interests", "100", "80")]


def test_attributable_to_under_a_per_share_row_is_left_unread() -> None:
    facts = _facts(_interim(_PROFIT + _EPS + _SHARES), "text")
    assert not [f for f in facts if "attributable" in f["label"].lower()]
    assert {f["value"] for f in facts if f["metric"] == "eps_diluted"} == {2.1, 1.88}


def test_attributable_to_under_the_profit_row_still_divides_the_profit() -> None:
    facts = _facts(_interim(_PROFIT + _SHARES + _EPS), "text")
    owners = [f["value"] for f in facts if f["metric"] == "net_income" and "owners" in f["label"].lower()]
    assert sorted(owners) == [2420000000.0, 2600000000.0]


def test_a_total_of_amounts_falling_due_is_the_obligation_as_printed_never_the_balance() -> None:
    text = ("The following table summarizes our contractual obligations as of December 31, 2031 (in thousands):\n\n"
            "| | Total | Less than 1 year | 1-3 years | 3-5 years | More than 5 years |\n|---|---|---|---|---|---|\n"
            "| Long-term debt, including interest | 412,000 | 22,000 | 44,000 | 346,000 | — |\n"
            "| Operating leases | 35,300 | 8,100 | 15,200 | 7,000 | 5,000 |\n")
    facts = _facts(text, "text", excerpt=True)
    assert not [f for f in facts if f["metric"] in ("long_term_debt", "operating_lease_liabilities")]
    assert 412000000.0 in _values(facts, "Long-term debt, including interest")


def test_long_term_debt_at_two_dates_is_still_the_balance() -> None:
    text = ("Selected balance sheet data (in thousands):\n\n| | December 31, 2031 | December 31, 2030 |\n|---|---|---|\n"
            "| Cash and cash equivalents | 91,000 | 85,000 |\n| Long-term debt | 412,000 | 398,000 |\n")
    facts = _facts(text, "text", excerpt=True)
    assert 412000000.0 in {f["value"] for f in facts if f["metric"] == "long_term_debt"}


def test_figures_one_space_apart_under_years_one_space_apart_are_two_columns() -> None:
    text = (_HEAD + "CONSOLIDATED STATEMENTS OF INCOME\n(in millions, except per share data)\n"
            "Three Months Ended Year Ended\nSeptember 30, September 30,\n2031 2030 2031 2030\n"
            "Revenue 631.4 598.0 2,412.0 2,304.1\nDiluted weighted average shares 112 109 112 109\n"
            "Diluted EPS 0.82 0.77 3.04 2.94\n")
    facts = _facts(text, "text")
    assert {f["value"] for f in facts if f["metric"] == "weighted_shares_diluted"} == {112e6, 109e6}


def test_thousands_set_apart_by_one_space_under_columns_set_wide_apart_are_one_figure() -> None:
    facts = _facts(_interim(_PROFIT + _EPS), "text")
    assert {f["value"] for f in facts if f["metric"] == "revenue"} == {21406e6, 19118e6}


def test_the_company_itself_before_its_term_is_no_business_line() -> None:
    for subject in ("Company-wide", "Bolt"):
        facts = _said(f"{subject} revenue for the three and nine months ended September 30, 2031 was $5.0 million and "
                      "$14.0 million, respectively.")
        assert {(f["value"], f["product"]) for f in facts if f["metric"] == "revenue"} == {(5e6, ""), (14e6, "")}


def test_a_business_line_before_its_term_is_still_one() -> None:
    facts = _said("Gadgets revenue for the three and nine months ended September 30, 2031 was $5.0 million and "
                  "$14.0 million, respectively.")
    assert {f["product"] for f in facts if f["metric"] == "revenue"} == {"Gadgets"}


def _attributed_rows(eps_first: bool) -> str:
    eps = "| Diluted earnings per share (cents) | 210.0 | 188.0 |\n"
    shares = ("| Attributable to owners of the parent | 2,600 | 2,420 |\n"
              "| Attributable to non-controlling interests | 100 | 80 |\n")
    return ("KOPJE MINING LIMITED INTERIM RESULTS FOR THE SIX MONTHS ENDED 31 DECEMBER 2031\n\n"
            "CAPE TOWN, 20 February 2032 -- Kopje Mining Limited (JSE: KPJ) today announced its interim results.\n\n"
            "CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS (Rm)\n\n"
            "| | Six months ended 31 Dec 2031 | Six months ended 31 Dec 2030 |\n|---|---|---|\n"
            "| Revenue | 21,406 | 19,118 |\n| Profit for the period | 2,700 | 2,500 |\n" +
            (eps + shares if eps_first else shares + eps))


def test_attributable_to_rows_under_a_per_share_row_are_left_unread() -> None:
    facts = _facts(_attributed_rows(eps_first=True))
    assert not [f for f in facts if "attributable" in f["label"].lower()]
    assert {f["value"] for f in facts if f["metric"] == "eps_diluted"} == {2.1, 1.88}


def test_attributable_to_rows_under_the_profit_row_are_still_its_shares() -> None:
    facts = _facts(_attributed_rows(eps_first=False))
    assert {f["value"] for f in facts if f["metric"] == "net_income" and "owners" in f["label"]} == {2600e6, 2420e6}


def test_a_basis_word_before_one_term_over_a_list_of_periods_qualifies_each() -> None:
    facts = _said("Organic revenue for the three and nine months ended September 30, 2031 was $5.0 million and "
                  "$14.0 million, respectively.")
    assert not [f for f in facts if f["metric"] == "revenue"]
    assert {f["value"] for f in facts if f["basis"] == "part"} == {5e6, 14e6}


def test_a_term_over_a_list_of_periods_with_no_basis_word_is_the_plain_metric() -> None:
    facts = _said("Revenue for the three and nine months ended September 30, 2031 was $5.0 million and "
                  "$14.0 million, respectively.")
    assert {f["value"] for f in facts if f["metric"] == "revenue" and not f["basis"]} == {5e6, 14e6}


@pytest.mark.parametrize("label", ["Stores at end of period", "Restaurants at end of period", "Number of branches"])
def test_a_count_of_stores_under_a_money_scale_is_a_count(label: str) -> None:
    """'Stores at end of period 312' under '(in millions)' was stored as 312 million stores in no currency."""
    text = ("# Acme Stores Reports Fourth Quarter 2024 Results\n\nDALLAS, Feb. 10, 2025 -- Acme Stores, Inc. (NYSE: ACST) "
            "today reported results for the fourth quarter ended December 31, 2024.\n\n**Selected data**\n\n(in millions)\n\n"
            "| | December 31, 2024 | December 31, 2023 |\n|---|---|---|\n| Total assets | $ 900.0 | $ 850.0 |\n"
            f"| {label} | 312 | 298 |\n")
    got = {(f.value, f.unit) for f in parse_text("acst.md", text).figures if f.label == label}
    assert got == {(312.0, "count"), (298.0, "count")}, got


_UNCLEAR_SCALE = """# Acme Widgets Reports Second Quarter 2019 Results

DAYTON, Ohio, July 30, 2019 -- Acme Widgets, Inc. (NYSE: ACMW) today reported results for the second quarter ended
June 30, 2019.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)

| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
|---|---|---|
| Revenue | $ 120.5 | $ 110.2 |

SUPPLEMENTAL CASH FLOW DATA

| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
|---|---|---|
| Capital expenditures | $ 2,310 | $ 2,100 |

(In thousands)
CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions)

| | June 30, 2019 | December 31, 2018 |
|---|---|---|
| Total assets | 512.3 | 498.0 |
"""


def test_a_scale_line_between_two_tables_is_neither_tables_and_a_title_keeps_its_own() -> None:
    """'(In thousands)' under a table and over the next one's title: the table above fell back to the millions of
    the first table (capital expenditures $2.31 billion, not million) — it is left unread; the table below, whose
    title states '(In millions)' under it, took the thousands ($512,300 of total assets) — its own line wins."""
    got = {(f["label"], f["value"]) for f in _facts(_UNCLEAR_SCALE)}
    assert not [v for label, v in got if label == "Capital expenditures"], got
    assert ("Total assets", 512_300_000) in got and ("Revenue", 120_500_000) in got, got


@pytest.mark.parametrize("sentence, q2_2018", [
    ("Net cash flows from operating activities used $3.1 million in the second quarter of 2019, compared with $4.0 "
     "million in the second quarter of 2018 as the business generated lower margins.", None),
    ("Operating activities used cash of $3.1 million in the second quarter of 2019, compared with $4.0 million in the "
     "second quarter of 2018 when the company generated lower sales.", None),
    ("Operating activities used cash of $3.1 million in the second quarter of 2019, compared with $4.0 million provided "
     "in the second quarter of 2018.", 4_000_000.0),
])
def test_used_after_the_terms_name_is_an_outflow_and_a_later_clause_gives_no_sign(sentence: str, q2_2018) -> None:
    """'Net cash flows from operating activities used $3.1 million' was +3.1 (the verb after the term's name was not
    read); 'generated' in a later clause ('when the company generated …') signed the compared amount an inflow."""
    head = ("# Acme Reports Second Quarter 2019 Results\n\nDAYTON, Ohio, July 30, 2019 -- Acme Widgets, Inc. (NYSE: ACMW) "
            "today reported results for the second quarter ended June 30, 2019.\n\n")
    said = [f for f in _facts(head + sentence + "\n") if f["source"] == "narrative"]
    q2 = {f["value"] for f in said if f["period_end"].year == 2019}
    q2_prior = {f["value"] for f in said if f["period_end"].year == 2018}
    assert q2 == {-3_100_000.0}, said
    assert q2_prior == ({q2_2018} if q2_2018 is not None else set()), said


_PACIFIC = ("PACIFIC WIDGETS REPORTS THIRD QUARTER 2031 RESULTS\n\nPORTLAND, Oregon, November 1, 2031 -- Pacific Widgets, "
            "Inc. (NYSE: PWDG) today reported results for the quarter ended September 30, 2031.\n\n")


def _company_revenue(sentence: str, after: str = "") -> set[float]:
    facts = [f for f in _facts(_PACIFIC + sentence + "\n\n" + after) if f["source"] == "narrative"]
    return {f["value"] for f in facts if f["metric"] == "revenue" and not f["product"] and not f["geo"]}


def test_a_word_of_the_company_name_the_release_uses_for_a_region_is_no_company_figure() -> None:
    region = "Sales grew in the Pacific region on new widget lines.\n"
    assert _company_revenue("Pacific revenue was $40.1 million.", region) == set()
    assert _company_revenue("Pacific's revenue was $40.1 million.", region) == set()
    assert _company_revenue("Pacific reported revenue of $40.1 million.", region) == set()
    table = "| | Q3 2031 |\n|---|---|\n| Pacific | 40.1 |\n| Atlantic | 80.4 |\n"
    assert _company_revenue("Pacific revenue was $40.1 million.", table) == set()
    # one of a list of parts, even where the release says nothing else of it
    assert _company_revenue("Pacific revenue was $40.1 million and Atlantic revenue was $80.4 million.") == set()


def test_the_company_short_name_or_its_first_word_used_for_nothing_else_is_the_company() -> None:
    region = "Sales grew in the Pacific region on new widget lines.\n"
    assert _company_revenue("Pacific Widgets revenue was $120.5 million.", region) == {120.5e6}
    assert _company_revenue("Pacific revenue was $120.5 million.") == {120.5e6}


_HOLDINGS = _PACIFIC.replace("PACIFIC WIDGETS", "PACIFIC HOLDINGS").replace("Pacific Widgets, Inc.", "Pacific Holdings Inc.")


def test_a_one_word_short_name_the_release_uses_for_a_region_is_no_company_figure() -> None:
    """'Pacific Holdings Inc.' less its legal words is 'Pacific': where the release speaks of 'the Pacific region',
    'Pacific revenue' is that region's, even beside the company's total."""
    region = "The Pacific region added 12 stores during the quarter.\n"
    facts = [f for f in _facts(_HOLDINGS + "Total revenue for the third quarter was $512.0 million. Pacific revenue "
                               "was $40.1 million, and Atlantic revenue was $80.4 million.\n\n" + region)
             if f["source"] == "narrative" and f["metric"] == "revenue"]
    assert {f["value"] for f in facts if not f["product"]} == {512.0e6}
    assert {f["value"]: f["product"] for f in facts if f["product"]} == {40.1e6: "Pacific", 80.4e6: "Atlantic"}
    # near miss: the whole name, or the short name where the release uses the word for nothing else, is the company's
    assert {f["value"] for f in _facts(_HOLDINGS + "Pacific Holdings revenue was $120.5 million.\n\n" + region)
            if f["metric"] == "revenue" and not f["product"]} == {120.5e6}
    assert {f["value"] for f in _facts(_HOLDINGS + "Pacific revenue was $120.5 million.\n")
            if f["metric"] == "revenue" and not f["product"]} == {120.5e6}


def _tight(years: str, rows: list[tuple[str, str]]) -> str:
    body = "\n".join(f"{label:<40}{figures}" for label, figures in rows)
    return ("KOPJE MINING LIMITED INTERIM RESULTS FOR THE SIX MONTHS ENDED 31 DECEMBER 2031\n\n"
            "CAPE TOWN, 20 February 2032 -- Kopje Mining Limited (JSE: KPJ) today announced its interim results.\n\n"
            "CONDENSED CONSOLIDATED STATEMENT OF PROFIT OR LOSS\nSix months ended 31 December (Rm)\n"
            + " " * 51 + years + "\n" + body + "\n")


def test_thousands_set_apart_by_one_space_in_figures_set_wide_apart_under_tight_years_are_one_figure() -> None:
    text = _tight("2031 2030", [("Revenue", "    21 406    19 118"), ("Profit for the period", "     2 700     2 500")])
    assert {f["value"] for f in _facts(text, "text") if f["metric"] == "revenue"} == {21406e6, 19118e6}


def test_figures_one_space_apart_under_tight_years_after_a_padded_label_are_still_columns() -> None:
    text = (_HEAD + "CONSOLIDATED STATEMENTS OF INCOME\n(in millions, except per share data)\n"
            "Three Months Ended Year Ended\nSeptember 30, September 30,\n2031 2030 2031 2030\n"
            "Revenue 631.4 598.0 2,412.0 2,304.1\nDiluted weighted average shares      112 109 112 109\n"
            "Diluted EPS 0.82 0.77 3.04 2.94\n")
    facts = _facts(text, "text")
    assert {f["value"] for f in facts if f["metric"] == "weighted_shares_diluted"} == {112e6, 109e6}


def _cash_flows(sentence: str) -> dict[str, float]:
    return {f["period_label"]: f["value"] for f in _said(sentence) if f["metric"] == "operating_cash_flow"}


def test_a_compared_amount_operating_activities_provided_is_the_operating_cash_flow() -> None:
    got = _cash_flows("Operating activities used cash of $2.4 million in the third quarter of 2031 compared with $6.0 "
                      "million provided in the third quarter of 2030.")
    assert got == {"Q3 2031": -2.4e6, "Q3 2030": 6.0e6}


def test_net_cash_used_printed_unsigned_in_a_sentence_is_still_no_operating_cash_flow() -> None:
    assert _cash_flows("Net cash used in operating activities was $2.4 million in the third quarter of 2031.") == {}
    got = _cash_flows("Operating activities used cash of $2.4 million in the third quarter of 2031, down from $3.5 "
                      "million in the third quarter of 2030.")
    assert got == {"Q3 2031": -2.4e6}  # the near miss: a compared amount of no verb of its own stays unread


def test_a_region_the_vocabulary_does_not_name_leading_the_sentence_is_no_company_figure() -> None:
    for sentence in ("In the Atlantic region, revenue was $40.1 million.", "Atlantic region revenue was $40.1 million."):
        assert _company_revenue(sentence) == set(), sentence
        assert {f["product"] for f in _said(sentence) if f["metric"] == "revenue"} == {"Atlantic"}, sentence


def test_revenue_across_all_regions_is_still_the_company_figure() -> None:
    assert _company_revenue("Revenue was $90.1 million across all regions.") == {90.1e6}


_EURO_HEAD = ("EURO GADGETS REPORTS THIRD QUARTER 2031 RESULTS\n\nBERLIN, Germany, November 1, 2031 -- Euro Gadgets SE "
              "(NYSE: EGDT) today reported results for the quarter ended September 30, 2031.\n\n")


def _scaled_table(*rows: str) -> list[dict]:
    return _facts(_EURO_HEAD + "(EUR million)\n\n| | Q3 2031 | Q3 2030 |\n|---|---|---|\n| Revenue | 317.0 | 299.0 |\n"
                  + "".join(f"| {r} |\n" for r in rows) + "| Net income | 41.0 | 38.0 |\n")


def test_a_rate_or_a_multiple_in_a_scaled_table_never_takes_its_money_scale() -> None:
    """"EUR/USD exchange rate | 1.09" under "(EUR million)" was stored as EUR 1,090,000: a rate, a multiple or a
    coverage is neither money in the table's scale nor (without its "%") a percentage."""
    rates = ("EUR/USD exchange rate | 1.09 | 1.08", "Average rate | 1.09 | 1.08", "Average daily rate | 152.1 | 148.0",
             "Net debt to EBITDA | 2.1 | 1.8", "Net leverage (x) | 2.1 | 1.8", "Interest coverage ratio | 4.5 | 4.1",
             "Leverage multiple | 2.1 | 1.8")
    facts = _scaled_table(*rates)
    for row in rates:
        assert _values(facts, row.split(" |")[0]) == set(), row
    assert _values(facts, "Revenue") == {317_000_000.0, 299_000_000.0}
    # a rate of tax or interest is a percentage, printed without its "%" too
    facts = _scaled_table("Interest rate on the term loan | 5.1 | 4.8", "Effective tax rate | 21.0 | 20.5")
    assert {(f["value"], f["unit"]) for f in facts if f["label"].endswith(("loan", "rate"))} == {
        (5.1, "percent"), (4.8, "percent"), (21.0, "percent"), (20.5, "percent")}
    # near misses: an amount at a rate, an amount a rate makes, adjustments to a measure stay money in the scale; a rate
    # printed with its "%" is the percentage
    facts = _scaled_table("Revenue at constant exchange rates | 320.0 | 299.0", "Exchange rate effect on cash | 1.2 | 0.8",
                          "Adjustments to EBITDA | 3.0 | 2.0", "Effective tax rate | 21.0% | 20.5%",
                          "Amount computed using the statutory rate | 6.6 | 6.2")
    assert _values(facts, "Revenue at constant exchange rates") == {320_000_000.0, 299_000_000.0}
    assert _values(facts, "Exchange rate effect on cash") == {1_200_000.0, 800_000.0}
    assert _values(facts, "Adjustments to EBITDA") == {3_000_000.0, 2_000_000.0}
    assert _values(facts, "Amount computed using the statutory rate") == {6_600_000.0, 6_200_000.0}
    assert {(f["value"], f["unit"]) for f in facts if f["label"] == "Effective tax rate"} == {(21.0, "percent"),
                                                                                              (20.5, "percent")}


def test_a_leverage_ratio_is_a_multiple_and_a_banks_capital_ratio_a_percentage() -> None:
    """"Net leverage ratio | 2.1" (debt over EBITDA) was stored as 2.1%: a multiple, unread unless its cell prints "%";
    a bank's regulatory leverage or capital ratio is capital over assets, the percentage it prints."""
    facts = _scaled_table("Net leverage ratio | 2.1 | 1.8", "Leverage ratio | 2.3 | 2.0", "Tier 1 leverage ratio | 9.1 | 9.0",
                          "CET1 ratio | 12.1 | 12.0", "Total capital ratio | 14.1 | 14.0", "Efficiency ratio | 55.1 | 56.0")
    assert _values(facts, "Net leverage ratio") == set() and _values(facts, "Leverage ratio") == set()
    for label, value in (("Tier 1 leverage ratio", 9.1), ("CET1 ratio", 12.1), ("Total capital ratio", 14.1),
                         ("Efficiency ratio", 55.1)):
        assert (value, "percent") in {(f["value"], f["unit"]) for f in facts if f["label"] == label}, label
    facts = _scaled_table("Net leverage ratio | 2.1% | 1.8%")  # the near miss: a cell that prints its "%"
    assert {(f["value"], f["unit"]) for f in facts if f["label"] == "Net leverage ratio"} == {(2.1, "percent"),
                                                                                              (1.8, "percent")}


def _plain(sentence: str) -> set[tuple[str, float, str]]:
    return {(f["metric"], f["value"], f["period_label"]) for f in _said(sentence) if f["metric"] != "other"}


def test_results_including_an_amount_from_an_acquired_business_state_only_its_part() -> None:
    for tail in ("from the acquired Widget business", "contributed by acquisitions", "attributable to a business"):
        got = _plain(f"Third quarter results include revenue of $20.0 million {tail}.")
        assert ("revenue", 20.0e6, "Q3 2031") not in got, tail
    # the near miss: results that include the period's own figures state them
    got = _plain("Third quarter results include revenue of $20.0 million and net income of $2.0 million.")
    assert {("revenue", 20.0e6, "Q3 2031"), ("net_income", 2.0e6, "Q3 2031")} <= got


def test_previously_reported_governs_every_amount_of_its_list() -> None:
    got = _plain("Revenue was $50.0 million. The company previously reported second quarter revenue of $35.0 million "
                 "and net income of $4.0 million.")
    assert got == {("revenue", 50.0e6, "Q3 2031")}
    # the near miss: an amount with a verb of its own after the earlier report is the sentence's figure
    got = _plain("Net income, which was previously reported as $3.5 million, was $4.0 million for the third quarter.")
    assert ("net_income", 4.0e6, "Q3 2031") in got and ("net_income", 3.5e6, "Q3 2031") not in got
    # ... and one the company "now reports" after its earlier report is the figure (it was read as earlier too)
    got = _plain("For the third quarter, the company previously reported preliminary revenue of $35.0 million and now "
                 "reports final revenue of $36.0 million.")
    assert got == {("revenue", 36.0e6, "Q3 2031")}


def test_a_new_clause_after_a_comparison_takes_the_sentences_own_period() -> None:
    lead = "Operating income was $12.0 million for the quarter, compared with operating income for 2030 of $10.0 million"
    got = _plain(lead + ", and operating cash flow was $9.0 million.")
    assert ("operating_cash_flow", 9.0e6, "Q3 2031") in got and ("operating_cash_flow", 9.0e6, "Q3 2030") not in got
    # the near miss: an item of the comparison's own list (no verb of its own) is the comparison's
    got = _plain(lead + " and operating cash flow of $9.0 million.")
    assert ("operating_cash_flow", 9.0e6, "Q3 2031") not in got


def _capital_table(*rows: str) -> list[dict]:
    return _facts(_HEAD + "SELECTED FINANCIAL DATA\n\n| | September 30, 2031 | September 30, 2030 |\n|---|---|---|\n"
                  "| Net income (in thousands) | $ 4,100 | $ 3,800 |\n" + "".join(f"| {r} |\n" for r in rows))


def test_a_plain_leverage_ratio_under_a_capital_ratios_heading_is_the_capital_percentage() -> None:
    facts = _capital_table("Regulatory capital ratios: | | ", "Leverage ratio | 9.50 | 9.20", "Net leverage ratio | 2.10 | 1.80",
                           "Leverage ratio (x) | 2.30 | 2.00", "Total risk-based capital ratio | 14.20 | 13.90")
    assert {(f["value"], f["unit"]) for f in facts if f["label"] == "Leverage ratio"} == {(9.5, "percent"),
                                                                                         (9.2, "percent")}
    # the near misses: a net leverage ratio or one in "(x)" is a multiple (unread), even under that heading
    assert _values(facts, "Net leverage ratio") == set() and _values(facts, "Leverage ratio (x)") == set()
    # ... and a plain leverage ratio under no capital heading stays a multiple, as under a bare "Capital ratios:" any
    # company's selected data may print (its leverage ratio was read as 2.8%)
    facts = _capital_table("Leverage ratio | 2.30 | 2.00")
    assert _values(facts, "Leverage ratio") == set()
    facts = _capital_table("Capital ratios: | | ", "Leverage ratio | 2.80 | 3.10")
    assert _values(facts, "Leverage ratio") == set()
