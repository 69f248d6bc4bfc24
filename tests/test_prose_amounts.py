"""Prose amounts by sentence shape (issue 19: prose amounts read): each class of sentence whose amounts the
reading missed or misread, on invented releases (benchmarks/prose_unread.py lists the unread ones)."""
from __future__ import annotations

from datetime import date

from knowledge.check_prose import score_prose
from parsers.document import parse_text
from parsers.periods import Period

HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 6, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

Revenue was $10.0 million for the fourth quarter of 2024.

"""


def _read(body: str):
    doc = parse_text("a.txt", HEAD + body + "\n")
    return doc, [(f.label, f.value, f.period.label(12), f.qualifier) for f in doc.figures if f.source == "narrative"]


def test_a_term_with_a_notes_mark_against_it_is_read():
    _, got = _read("In the fourth quarter of 2024, Acme reported gross profit of $405 million, EBITDA1 of $455 million "
                   "and free cash flow of $80 million.")
    assert ("EBITDA", 455_000_000, "Q4 2024", "") in got
    _, got = _read("Adjusted EBITDA2 increased 12% to $40.1 million in the fourth quarter of 2024.")
    assert any(v == 40_100_000 and p == "Q4 2024" and q == "adjusted" for _, v, p, q in got), got


def test_for_the_same_period_after_a_named_period_is_that_period_not_a_year_before():
    _, got = _read("Gross profit for the fourth quarter of $405 million was $51 million lower than the third quarter of "
                   "2024, while EBITDA of $455 million for the same period was $65 million lower.")
    assert ("EBITDA", 455_000_000, "Q4 2024", "") in got
    assert not any(v == 455_000_000 and p != "Q4 2024" for _, v, p, _ in got)


def test_compared_with_the_same_period_is_still_a_year_before():
    _, got = _read("Net income was $5.0 million in the fourth quarter, compared to $4.0 million for the same period.")
    assert ("Net income", 4_000_000, "Q4 2023", "") in got


def test_a_deals_size_is_no_figure_and_no_prose_amount():
    body = ("In the fourth quarter of 2024, the Company settled 3.7 million shares of outstanding forward equity for net "
            "proceeds of approximately $228 million.\n\n"
            "As of December 31, 2024, $351 million remains under the current share repurchase authorization, and the "
            "Company expanded its $750 million revolving credit facility during the fourth quarter of 2024.\n\n"
            "Net income was $2.5 million in the fourth quarter of 2024, and the Company sold eight properties for gross "
            "proceeds of approximately $32.0 million in the quarter.")
    doc, got = _read(body)
    assert not any(v in (228e6, 351e6, 750e6, 32e6) for _, v, _, _ in got), got  # never "equity" of $228 million
    assert ("Net income", 2_500_000, "Q4 2024", "") in got
    score = score_prose(doc)
    assert {d.split(": ")[1] for d in score.deals} == {"$228 million", "$351 million", "$750 million", "$32.0 million"}
    assert not any(u.endswith(("$228 million", "$351 million", "$750 million", "$32.0 million")) for u in score.unread)
    assert not any(d.endswith("$2.5 million") for d in score.deals)  # a figure of the period is counted


def test_a_list_of_a_term_and_its_adjusted_twin_pairs_each_with_its_own_basis():
    _, got = _read("Gross Profit and Adjusted Gross Profit were $390 million and $392 million, respectively, an increase "
                   "over prior year of 14% and 15%, respectively.")
    assert ("Gross Profit", 390_000_000, "Q4 2024", "") in got
    assert ("Gross Profit (adjusted)", 392_000_000, "Q4 2024", "adjusted") in got
    assert not any(v == 390_000_000 and q for _, v, _, q in got), got  # never $390 million as the adjusted figure


def test_a_basis_before_the_whole_list_is_every_terms():
    _, got = _read("Non-GAAP gross profit and operating income were $390 million and $92 million, respectively.")
    assert {(label, q) for label, _, _, q in got if label != "Revenue"} == {("gross profit (non-gaap)", "non-gaap"),
                                                                              ("operating income (non-gaap)", "non-gaap")}


def test_listed_amounts_compared_with_an_earlier_period_keep_the_releases_own():
    _, got = _read("Revenue and EBITDA were $390 million and $92 million, respectively, compared to $350 million and "
                   "$80 million in the fourth quarter of 2023.")
    assert ("EBITDA", 92_000_000, "Q4 2024", "") in got and ("EBITDA", 80_000_000, "Q4 2023", "") in got
    assert not any(v in (390e6, 92e6) and p != "Q4 2024" for _, v, p, _ in got), got


def test_a_comparison_naming_an_earlier_figures_term_is_that_figures_not_the_last_ones():
    _, got = _read("Adjusted net income1 was $4.6 million corresponding to an Adjusted EPS1, basic of $0.12 for the three "
                   "months ended December 31, 2024 compared to an Adjusted net income of $7.2 million corresponding to an "
                   "Adjusted EPS, basic, of $0.01 for the same period of last year.")
    assert ("net income (adjusted)", 4_600_000, "Q4 2024", "adjusted") in got  # never dropped as two net incomes of Q4
    assert not any(v == 7_200_000 and p == "Q4 2024" for _, v, p, _ in got), got


def test_eps_followed_by_basic_is_the_basic_figure():
    _, got = _read("Adjusted net income was $4.6 million corresponding to an Adjusted EPS, basic of $0.12 for the three "
                   "months ended December 31, 2024.")
    assert ("basic EPS (adjusted)", 0.12, "Q4 2024", "adjusted") in got
    assert not any(label.startswith("EPS") for label, *_ in got), got


SECTION = """Fourth-Quarter 2024 Results

Gross profit increased over prior year driven by cost savings initiatives and lower input costs.

* SG&A Expenses were $271 million, or 30.5% of net sales, an increase over prior year of 9% and 140 basis points, respectively.
* Operating Profit increased 27% to $120 million.

2025 Outlook

The company remains focused on its strategy and on paying down debt.

* Operating Profit of approximately $500 million.
"""


def test_bullets_under_a_plain_paragraph_take_the_sections_period_never_an_outlooks():
    _, got = _read(SECTION)
    assert ("SG&A Expenses", 271_000_000, "Q4 2024", "") in got
    assert ("Operating Profit", 120_000_000, "Q4 2024", "") in got
    assert not any(v == 500_000_000 and q != "guidance" and "guidance" not in q for _, v, _, q in got), got


def test_amounts_listed_after_listed_terms_without_respectively_are_not_read_one_by_one():
    _, got = _read("Net income and diluted EPS were $5.0 million and $0.10 in the fourth quarter of 2024.")
    assert not any(label.lower().endswith("eps") and v == 5_000_000 for label, v, _, _ in got), got
    _, got = _read("The company is able to quantify a full-year estimate of depreciation expense, interest expense and "
                   "amortization, which are expected to be approximately $165 million, $107 million, $65 million and 20 "
                   "to 22 percent, respectively.")
    assert not any(v == 165_000_000 for _, v, _, _ in got), got  # never "interest expense" of $165 million


def test_an_amount_of_a_noun_far_after_the_term_is_not_the_terms():
    _, got = _read("Cash and cash equivalents decreased $0.9 million, or 6.6%, to $12.5 million at December 31, 2024. The "
                   "decrease in cash and cash equivalents was primarily the result of cash used in financing activities of "
                   "$9.8 million exceeding cash provided by investing activities of $7.5 million.")
    assert not any(v == 9_800_000 for _, v, _, _ in got), got


def test_a_heading_comparing_with_vs_dot_dates_its_section_with_the_releases_own_period():
    _, got = _read("Fourth quarter 2024 results:\n\n(All comparisons vs. fourth quarter 2023, unless noted otherwise)\n\n"
                   "Net income was $50 million, led by commercial lines.")
    assert ("Net income", 50_000_000, "Q4 2024", "") in got
    assert not any(p == "Q4 2023" for *_, p, _ in got), got


LINES = """Video (52% of revenues)

First Half Video revenues were down by 6.4% to $309.2 million.

Second Quarter revenues stood at $157.4 million, down by 5.6% year-on-year.

Core FFO

Core FFO for the twelve months ended December 31, 2024 increased 10.7% to $416.7 million.

Later in the year, Core FFO for the three months ended December 31, 2024 was $107.6 million.
"""


def test_a_later_paragraph_under_a_business_lines_heading_is_never_the_companys_total():
    _, got = _read(LINES)
    assert not any(v == 157_400_000 and label.lower() == "revenues" for label, v, _, _ in got), got  # Video's, not the company's
    assert any(v == 107_600_000 for _, v, _, _ in got), got  # a heading naming a metric is no business line


def test_notes_by_principal_amount_and_a_swaps_notional_amount_are_deals():
    doc, got = _read("In the fourth quarter of 2024, the Company issued $500 million principal amount of 5.500% senior "
                     "unsecured notes due 2034, and a swap with a notional amount of $22 million was unwound.")
    assert not any(v in (500e6, 22e6) for _, v, _, _ in got), got
    assert {d.split(": ")[1] for d in score_prose(doc).deals} == {"$500 million", "$22 million"}


def test_amounts_compared_after_a_list_of_periods_are_each_periods_a_year_before():
    _, got = _read("Sales for the three and twelve month periods ended December 31, 2024 were $1.8 million and $3.0 million, "
                   "respectively, up from $1.4 million and $2.0 million for the three and twelve month periods ended "
                   "December 31, 2023.")
    assert ("Sales", 1_400_000, "Q4 2023", "") in got and ("Sales", 2_000_000, "FY 2023", "") in got
    assert ("Sales", 1_800_000, "Q4 2024", "") in got and ("Sales", 3_000_000, "FY 2024", "") in got


def test_a_list_of_more_terms_or_periods_than_amounts_reads_none_of_them():
    for sentence in ("Revenue, gross profit and net income were $12.1 million and $1.3 million, respectively, in the "
                     "fourth quarter of 2024.",
                     "Revenue, gross profit and net income for the three and twelve months ended December 31, 2024 were "
                     "$12.1 million and $1.3 million, respectively.",
                     "Net income for the three, six and twelve months ended December 31, 2024 was $12.1 million and "
                     "$1.3 million, respectively.",
                     "Revenue and net income were $12.1 million, $5.0 million and $1.3 million, respectively, in the "
                     "fourth quarter of 2024."):
        _, got = _read(sentence)
        assert not any(v in (12_100_000, 5_000_000, 1_300_000) for _, v, _, _ in got), (sentence, got)


def test_a_list_of_terms_beside_a_list_of_periods_reads_neither_way():
    _, got = _read("Gross profit and net income for the three and twelve months ended December 31, 2024 were $12.1 "
                   "million and $1.3 million, respectively.")
    assert not any(v in (12_100_000, 1_300_000) for _, v, _, _ in got), got


def test_listed_terms_or_periods_as_many_as_the_amounts_are_read_in_order():
    _, got = _read("In the fourth quarter of 2024, revenue and net income were $12.1 million and $1.3 million, "
                   "respectively.")
    assert ("revenue", 12_100_000, "Q4 2024", "") in got and ("net income", 1_300_000, "Q4 2024", "") in got
    _, got = _read("Diluted earnings per share for the fourth quarter and full year 2024 were $0.21 and $0.55, "
                   "respectively.")
    assert ("Diluted earnings per share", 0.21, "Q4 2024", "") in got
    assert ("Diluted earnings per share", 0.55, "FY 2024", "") in got


def test_listed_amounts_compared_after_a_per_share_amount_take_the_period_named_after_it():
    _, got = _read("In the fourth quarter of 2024, our revenues, EBITDA and net earnings per share were $1.0 billion, $61 "
                   "million and $0.47 per share, respectively, compared to $1.1 billion, $67 million and $0.59 per share "
                   "in the third quarter of 2024.")
    assert ("net earnings per share", 0.59, "Q3 2024", "") in got and ("EBITDA", 67_000_000, "Q3 2024", "") in got
    assert not any(p == "Q4 2023" for _, _, p, _ in got), got  # the third quarter named, never a year before


def test_a_second_list_compared_with_its_own_period_is_read_for_that_period():
    _, got = _read("In the fourth quarter of 2024, our revenues, EBITDA and net earnings per share were $1.0 billion, $61 "
                   "million and $0.47 per share, respectively compared to $1.0 billion, $82 million and $0.78 per share "
                   "in the fourth quarter of 2023 and $1.1 billion, $67 million and $0.59 per share in the third quarter "
                   "of 2024.")
    assert ("EBITDA", 82_000_000, "Q4 2023", "") in got and ("net earnings per share", 0.78, "Q4 2023", "") in got
    assert ("revenues", 1_100_000_000, "Q3 2024", "") in got and ("EBITDA", 67_000_000, "Q3 2024", "") in got
    assert ("net earnings per share", 0.59, "Q3 2024", "") in got
    _, got = _read("In the fourth quarter of 2024, revenues and EBITDA were $1.0 billion and $61 million, respectively, "
                   "compared to $1.1 billion and $67 million in the third quarter of 2024 and $0.9 billion and $50 "
                   "million.")  # the second list names no period: not read
    assert not any(v in (900_000_000, 50_000_000) for _, v, _, _ in got), got


def test_a_diluted_share_said_with_a_or_a_slash_keeps_its_basis():
    for sentence in ("Net income for the fourth quarter of 2024 was $4.2 million, or $0.42 a diluted share.",
                     "Net income for the fourth quarter of 2024 was $4.2 million ($0.42 / diluted share)."):
        _, got = _read(sentence)
        assert ("Net income per diluted share", 0.42, "Q4 2024", "") in got, (sentence, got)
        assert not any(label == "Net income per share" for label, *_ in got), got  # never the basic or plain EPS


def test_comparable_or_comprehensive_earnings_per_share_is_never_eps():
    from knowledge.vocabulary import canonical_metric
    _, got = _read("Comparable EPS for the fourth quarter of 2024 was $0.42.")
    assert [(label, q) for label, v, _, q in got if v == 0.42] == [("EPS (comparable)", "comparable")]
    for label in ("EPS (comparable)", "Comparable EPS", "comparable earnings per share", "income per share (comprehensive)",
                  "core earnings per share", "distributable earnings per share", "operating earnings per share"):
        assert canonical_metric(label, "", "USD/share") == "other", label
    assert canonical_metric("Net income per diluted share", "", "USD/share") == "eps_diluted"
    assert canonical_metric("Net income (loss) per share", "", "USD/share") == "eps"


def test_a_per_share_amount_naming_its_own_basis_is_of_that_basis():
    _, got = _read("In the fourth quarter of 2024, net earnings were $99 million ($0.12 earnings per share) and adjusted "
                   "earnings1 of $31 million ($0.04 adjusted earnings per share2).")
    assert ("earnings per share (adjusted)", 0.04, "Q4 2024", "adjusted") in got
    _, got = _read("In the fourth quarter of 2024, net income was $31 million ($0.04 adjusted earnings per share).")
    assert [(q, v) for _, v, _, q in got if v == 0.04] == [("adjusted", 0.04)]  # never the reported EPS


def _changes(got) -> list[tuple]:
    return [g for g in got if g[3] == "change"]


def test_a_change_amount_is_of_its_own_period_never_of_the_period_it_is_lower_than():
    _, got = _read("Gross profit for the fourth quarter of 2024 was $51 million lower than the fourth quarter of 2023.")
    assert _changes(got) == [("Gross profit (change)", -51_000_000, "Q4 2024", "change")]  # was dated Q4 2023; lower: negative


def test_a_change_from_another_quarter_than_a_year_before_is_no_change_of_the_period():
    """A change from the quarter before is never stored as the period's change (from a year before): when the sentence
    dates that quarter it is kept with it as its base (comp_period, answered only as the change from it); when it does
    not ("the prior quarter", "sequentially") it is not stored."""
    for body in ("Gross profit for the fourth quarter of 2024 was $51 million lower than the prior quarter.",
                 "Net income for the fourth quarter of 2024 was $12.0 million, down $3.2 million sequentially."):
        _, got = _read(body)
        assert not _changes(got), (body, got)
    for body in ("Gross profit for the fourth quarter of 2024 was $51 million lower than the third quarter of 2024.",
                 "Diluted EPS for the fourth quarter of 2024 was $0.52, up $0.12 from the third quarter of 2024.",
                 "Net income for the fourth quarter of 2024 increased $3.2 million to $12.0 million from $8.8 million "
                 "in the third quarter of 2024."):
        doc, got = _read(body)
        changes = [f for f in doc.figures if f.qualifier == "change"]
        assert all(f.comp_period == Period(date(2024, 9, 30), 3) and f.period == Period(date(2024, 12, 31), 3)
                   for f in changes), (body, got)
    assert ("Net income", 12_000_000, "Q4 2024", "") in got and ("Net income", 8_800_000, "Q3 2024", "") in got


def test_up_an_amount_after_a_figure_is_its_change_per_share_stays_per_share():
    doc, got = _read("Diluted EPS for the fourth quarter of 2024 was $0.52, up $0.12 per share from the prior-year "
                     "quarter.")
    assert _changes(got) == [("Diluted EPS (change)", 0.12, "Q4 2024", "change")]
    assert [f.unit for f in doc.figures if f.qualifier == "change"] == ["USD/share"]
    _, got = _read("Net income for the fourth quarter of 2024 was $12.0 million, up $3.2 million from $8.8 million in "
                   "the fourth quarter of 2023.")
    assert _changes(got) == [("Net income (change)", 3_200_000, "Q4 2024", "change")]
    doc, _ = _read("Net income for the fourth quarter of 2024 was $12.0 million, up $3.2 million from $8.8 million in "
                   "the fourth quarter of 2023.")
    [level] = [f for f in doc.figures if f.source == "narrative" and f.value == 12_000_000]
    assert (level.comp_value, level.comp_period.label(12)) == (8_800_000, "Q4 2023")  # the level's, not the change's
    _, got = _read("Revenue was $12.0 million in the fourth quarter of 2024, with costs up to $3.2 million.")
    assert not any(v == 3_200_000 for _, v, _, _ in got), got  # a bound, no change


def test_a_level_lower_than_another_amount_is_no_change():
    _, got = _read("The Company's inventories as of December 31, 2024 were $158.7 million, lower than $192.5 million "
                   "last quarter.")
    assert not _changes(got), got  # was "inventories (change)" of $158.7 million


def test_a_balances_change_since_a_date_keeps_that_date():
    doc, got = _read("Net loans decreased $10.5 million, or 3.3%, to $301.7 million at December 31, 2024 compared to "
                     "$312.2 million at September 30, 2024.")
    [change] = [f for f in doc.figures if f.qualifier == "change"]
    assert (change.value, change.period.label(12), change.comp_period.label(12)) == (-10_500_000, "2024-12-31",
                                                                                      "2024-09-30")


def test_an_amount_of_the_cause_of_a_change_is_no_earlier_figure():
    doc, got = _read("Income before income taxes of $23.5 million in the fourth quarter of 2024 improved $170.9 million "
                     "from a loss in the prior year primarily due to the cycling of a $160.7 million impairment charge "
                     "recorded in the prior year.")
    [level] = [f for f in doc.figures if f.source == "narrative" and f.value == 23_500_000]
    assert level.comp_value is None, level  # never "compared with a loss of $160.7 million"
    assert not any(abs(v) == 160_700_000 and q in ("", "before") for _, v, _, q in got), got


def test_income_tax_expense_is_income_taxes_never_income():
    from knowledge.vocabulary import canonical_metric
    for body, label in (("Income tax expense was $9 million in the fourth quarter of 2024.", "Income tax expense"),
                        ("Provision for income taxes was $9 million in the fourth quarter of 2024.",
                         "Provision for income taxes"),
                        ("Income taxes were $9 million in the fourth quarter of 2024.", "Income taxes")):
        _, got = _read(body)
        assert (label, 9_000_000, "Q4 2024", "") in got, got  # was "Income" $9 million
        assert canonical_metric(label, "", "USD") == "income_tax"
    doc, got = _read("Income taxes paid were $9 million in the fourth quarter of 2024.")
    paid = [f for f in doc.figures if f.source == "narrative" and f.value == 9_000_000]
    assert all(f.printed_term and f.label == "income taxes paid" for f in paid), got  # paid: cash, no income taxes
    # of the period; kept under its printed words alone (tests/test_prose_printed_terms.py)
    _, got = _read("Net income was $9 million in the fourth quarter of 2024.")
    assert ("Net income", 9_000_000, "Q4 2024", "") in got


def test_a_ranges_low_end_without_its_scale_takes_the_high_ends():
    doc, got = _read("The Company tightens fiscal 2025 revenue guidance to $186-$187 million.")
    assert ("revenue (guidance low)", 186_000_000, "FY 2025", "guidance low") in got
    score = score_prose(doc)
    assert not any(u.endswith("$186") for u in score.unread), score.unread  # counted as $186, read as $186 million
    doc, got = _read("Net income was $2.1 million in the fourth quarter of 2024, and EPS was $3.39 to $3.44 on a "
                     "pro forma basis for the fourth quarter of 2024.")
    assert not any(v in (3.39e6, 3.39e9) for _, v, _, _ in got)  # no scale after the high end: none borrowed


def test_depreciation_named_with_its_expense_is_depreciation():
    from knowledge.vocabulary import canonical_metric
    _, got = _read("Depreciation and amortization expense was $25 million in the fourth quarter of 2024.")
    assert ("Depreciation and amortization expense", 25_000_000, "Q4 2024", "") in got
    assert canonical_metric("Depreciation and amortization expense", "", "USD") == "depreciation"


def test_a_figure_excluding_a_named_business_or_place_is_no_company_total():
    for body in ("The full year 2025 depreciation expense excluding Coral Bay is expected to be between $700 million and "
                 "$750 million.", "Revenue excluding China was $5.0 million in the fourth quarter of 2024."):
        _, got = _read(body)
        assert not any(v in (700e6, 750e6, 5e6) for _, v, _, _ in got), got
    _, got = _read("Net income excluding special items was $5.0 million in the fourth quarter of 2024.")
    assert ("Net income (excluding)", 5_000_000, "Q4 2024", "excluding") in got  # a basis, no name: still read


def test_a_terms_figure_of_another_period_after_and_is_that_terms():
    _, got = _read("Net income was $649 million, or $0.40 per diluted share, for the quarter and $2.4 billion, or $1.45 "
                   "per diluted share, for the year.")
    assert ("Net income", 2_400_000_000, "FY 2024", "") in got
    assert ("Net income per diluted share", 1.45, "FY 2024", "") in got
    _, got = _read("Distributable earnings were $649 million for the quarter and $2.4 billion for the year.")
    assert ("earnings (distributable)", 2_400_000_000, "FY 2024", "distributable") in got  # the term's own basis
    _, got = _read("Revenue in Europe was $649 million for the quarter and $2.4 billion for the year.")
    assert ("Revenue", 2_400_000_000, "FY 2024", "") in got
    for body in ("Net income was $649 million for the quarter and $2.4 billion for the quarter.",  # one key, two values
                 "Net income was $649 million for the quarter and $2.4 billion last year.",
                 "Net income was $649 million for the quarter and $2.4 billion of cash for the year."):
        _, got = _read(body)
        assert not any(label == "Net income" and v == 2.4e9 for label, v, _, _ in got), (body, got)


def test_amounts_compared_after_a_list_of_two_periods_are_never_dated_by_the_one_before():
    _, got = _read("Net income was $649 million for the quarter and $2.4 billion for the year, compared with $500 million "
                   "and $2.0 billion in 2023.")
    assert not any(v in (500e6, 2.0e9) for _, v, _, _ in got), got  # $500 million was read as FY 2024's net income


def test_a_second_comparison_after_and_is_of_the_period_it_names():
    _, got = _read("Capital expenditures were $3.2 million in the fourth quarter of 2024, versus $2.6 million last quarter "
                   "and $15.1 million a year ago.")
    assert ("Capital expenditures", 2_600_000, "Q3 2024", "") in got
    assert ("Capital expenditures", 15_100_000, "Q4 2023", "") in got
    _, got = _read("Capital expenditures were $3.2 million in the fourth quarter of 2024, versus $2.6 million last quarter "
                   "and $15.1 million of cash a year ago.")
    assert not any(label == "Capital expenditures" and v == 15_100_000 for label, v, _, _ in got), got


def test_a_sum_of_several_named_before_an_amount_is_none_of_them():
    _, got = _read("Cash and cash equivalents, short-term and long-term deposits, and marketable securities, as of "
                   "December 31, 2024, were $501.2 million compared to $448.6 million as of December 31, 2023.")
    assert not any(v in (501_200_000, 448_600_000) for _, v, _, _ in got), got  # was "deposits" $501.2 million


def test_a_sentence_that_only_compares_compares_the_figure_before_of_its_term():
    doc, got = _read("For the fourth quarter of 2024, the Company's net income was $5.2 million, or 14 cents per diluted "
                     "share, on net sales of $544.2 million. This compares with net income of $35.8 million, or 97 cents "
                     "per diluted share, on net sales of $483.6 million for the quarter ended December 31, 2023.")
    assert ("net income", 35_800_000, "Q4 2023", "") in got and ("net sales", 483_600_000, "Q4 2023", "") in got
    assert ("net income per diluted share", 0.97, "Q4 2023", "") in got
    [level] = [f for f in doc.figures if f.source == "narrative" and f.value == 5_200_000]
    assert (level.comp_value, level.comp_period.label(12)) == (35_800_000, "Q4 2023")
    doc, _ = _read("Net income was $60 million in the fourth quarter of 2024. This compares to revenue of $18 million in "
                   "the fourth quarter of 2023.")
    [level] = [f for f in doc.figures if f.source == "narrative" and f.value == 60_000_000]
    assert level.comp_value is None  # another term: never net income's comparison


# Known classes of WRONG facts (found by metamorphic tests): each is a wrong number an analyst could be given.

def test_a_list_of_terms_before_its_amounts_pairs_them_respectively_or_reads_nothing():
    _, got = _read("Revenue, gross profit, and operating income were $5.0 million, $2.0 million and $0.5 million in the "
                   "fourth quarter of 2024.")
    assert not any(v == 5_000_000 and "operating" in label.lower() for label, v, _, _ in got), got
    assert not any(v == 500_000 and "operating" not in label.lower() for label, v, _, _ in got), got
    _, got = _read("Revenue, gross profit, and operating income were $5.0 million in the fourth quarter of 2024.")
    assert not any(v == 5_000_000 and "operating" in label.lower() for label, v, _, _ in got), got
    _, got = _read("Operating expenses were $59.6 million compared to $50.3 million in the prior year quarter. Revenue "
                   "and other income were $26.2 million compared to $22.6 million in the prior year quarter. Research "
                   "and development expenses were $12.0 million compared to $10.9 million in the prior year quarter.")
    assert not any(v in (26_200_000, 22_600_000) for _, v, _, _ in got), got  # the unread list's comparison too
    assert ("Research and development expenses", 12_000_000, "Q4 2024", "") in got  # and the next keeps its period


def test_a_change_is_dated_by_its_own_period_never_the_compared_one():
    _, got = _read("Net income was $5.2 million higher than the prior year.")
    assert not any(v == 5_200_000 and p != "Q4 2024" for _, v, p, _ in got), got
    _, got = _read("Net income for the fourth quarter of 2024 was $5.2 million higher than the fourth quarter of 2023.")
    assert not any(v == 5_200_000 and p != "Q4 2024" for _, v, p, _ in got), got
    for text in ("Revenue was $30.0 million in the fourth quarter of 2023. Net income was $5.2 million higher than "
                 "the prior year.",
                 "In the fourth quarter of 2023, revenue was $30.0 million. Net income was $5.2 million higher than "
                 "the fourth quarter of 2023."):  # the period the sentence before spoke of is not the change's
        _, got = _read(text)
        assert not any(v == 5_200_000 and p != "Q4 2024" for _, v, p, _ in got), (text, got)
        assert any(v == 30_000_000 and p == "Q4 2023" for _, v, p, _ in got), got


def test_a_balance_at_the_end_of_the_year_is_at_the_releases_year_end():
    _, got = _read("Net income was $3.0 million in the fourth quarter of 2023. The Company had $2.0 billion of cash at the "
                   "end of the year.")
    assert not any(v == 2_000_000_000 and p not in ("FY 2024", "Q4 2024", "2024-12-31") for _, v, p, _ in got), got
    assert ("cash", 2_000_000_000, "2024-12-31") in [(label, v, p) for label, v, p, _ in got], got  # at its last day


def test_a_pro_forma_per_share_figure_is_not_eps():
    for text in ("EPS pro forma for income taxes was $0.45 in the fourth quarter of 2024.",
                 "Net income per share, pro forma for income taxes, was $0.45 in the fourth quarter of 2024.",
                 "Pro forma net income per share was $0.45 in the fourth quarter of 2024.",
                 "Net income was $4.0 million, or $0.45 per diluted share, pro forma for income taxes, in the fourth "
                 "quarter of 2024."):
        _, got = _read(text)
        assert not any(v == 0.45 and (q == "" or "share" not in label.lower() and "eps" not in label.lower())
                       for label, v, _, q in got), (text, got)
        assert not any(v == 4_000_000 and q != "pro forma" for _, v, _, q in got), (text, got)


def test_an_amount_after_excluding_is_an_excluded_item_not_a_figure():
    for text in ("Free cash flow was €1.2 billion in the fourth quarter of 2024, excluding the €124m fine.",
                 "Free cash flow, excluding the €124m fine, was €1.2 billion in the fourth quarter of 2024."):
        _, got = _read(text)
        assert not any(v == 124_000_000 for _, v, _, _ in got), (text, got)
    _, got = _read("Full year 2024 revenue excluding €4.7 million of sales deductions related to prior years was ~€202 "
                   "million.")
    assert not any(v in (4_700_000, 202_000_000) for _, v, _, _ in got), got  # never "sales", the item's word
    _, got = _read("Excluding the $180 million release and related tax impact, non-GAAP diluted earnings per share for "
                   "the fourth quarter of 2024 would have been $1.04.")
    assert not any(v == 180_000_000 for _, v, _, _ in got) and any(v == 1.04 and q for _, v, _, q in got), got


def test_a_translation_in_parentheses_is_not_a_second_value():
    doc = parse_text("a.txt", HEAD + "Net income was $40.1 million (€37.0 million) in the fourth quarter of 2024.\n")
    got = [(f.label, f.value, f.unit) for f in doc.figures if f.source == "narrative"]
    assert not any(v == 37_000_000 for _, v, _ in got), got
    assert not any(v == 40_100_000 and u != "USD" for _, v, u in got), got
    doc = parse_text("a.txt", HEAD.replace("$10.0", "€10.0") + "Net income was €4.0 million ($4.4 million) in the "
                     "fourth quarter of 2024, and EBITDA was €6.0 million ($6.6 million).\n")
    assert doc.currency == "EUR"  # the first amount's currency, whichever it is


def test_a_percent_of_something_other_than_revenue_is_no_margin():
    for text in ("Capital expenditures were 13.5% of total assets in the fourth quarter of 2024.",
                 "Gross profit was 13.5% of total assets in the fourth quarter of 2024."):
        _, got = _read(text)
        assert not any(v == 13.5 for _, v, _, _ in got), (text, got)
    _, got = _read("Operating income was 13.5% of revenue in the fourth quarter of 2024.")
    assert any(v == 13.5 for _, v, _, _ in got), got


def test_years_run_before_a_label_are_column_headings_never_the_amounts_period():
    """A table's header flattened into a wire line ('2025 2024 Revenue £129.2m £120.0m', '| 2024 | 2023 |'):
    the years are column headings, so the first amount is never '2024 revenue'; a single year before the
    label ('2024 revenue was ...') still dates it."""
    for line in ("2024 2023 Revenue $129.2 million $120.0 million",
                 "Highlights | 2024 | 2023 | Revenue $129.2 million $120.0 million Operating profit $20.1 million",
                 "2023 2024 Net income $18.0 million $20.1 million",
                 "Net income 2023 2024 $18.0 million $20.1 million",  # the years between the label and its figures
                 "Revenue | 2023 | 2024 | $120.0 million | $129.2 million",
                 "In the fourth quarter, revenue 2023 2024 $120.0 million $129.2 million."):  # was 120.0 as Q4 2024
        _, got = _read(line)
        assert all(v not in (129_200_000, 120_000_000, 20_100_000, 18_000_000) for _, v, _, _ in got[1:]), (line, got)
    _, got = _read("2024 revenue was $129.2 million, up from $120.0 million.")
    assert ("revenue", 129_200_000, "FY 2024", "") in [(t.lower(), v, p, q) for t, v, p, q in got]


def test_ebit_and_ebitdax_are_terms_each_its_own_measure():
    doc, got = _read("EBIT from continuing operations (earnings before interest and income taxes) rose 41 percent to "
                     "$12.7 million from $9.0 million in the fourth quarter of 2023.\n\n"
                     "EBITDAX for the three months ended December 31, 2024 was $3.3\nmillion compared to $5.6 million "
                     "for the three months ended December\n31, 2023.")
    assert ("EBIT", 12_700_000, "Q4 2024", "") in got and ("EBIT", 9_000_000, "Q4 2023", "") in got
    assert ("EBITDAX", 3_300_000, "Q4 2024", "") in got and ("EBITDAX", 5_600_000, "Q4 2023", "") in got
    assert not score_prose(doc).unread
    from knowledge.vocabulary import canonical_metric
    assert canonical_metric("EBITDAX") == "other" and canonical_metric("EBITDA") == "ebitda"  # never asked as EBITDA
    assert canonical_metric("EBIT") == "other"  # nor EBIT as operating income: it takes in other income too


def test_a_comparison_naming_a_span_of_another_length_than_its_figures_is_not_read():
    _, got = _read("EBITDA for the six months ended December 31, 2024 was $4.1 million compared to $7.9 million for "
                   "the three months ended December 31, 2023.")
    assert ("EBITDA", 4_100_000, "6M to 2024-12", "") in got
    assert not any(v == 7_900_000 for _, v, _, _ in got), got  # a misprinted span: neither is trusted for it
    _, got = _read("Sales were $12.0 million in the fourth quarter of 2024, compared to $40.0 million for the year 2023.")
    assert ("Sales", 12_000_000, "Q4 2024", "") in got and not any(v == 40_000_000 for _, v, _, _ in got), got


def test_the_second_half_is_the_six_months_to_the_years_end_never_the_releases_quarter():
    _, got = _read("Net sales for the Second Half of FY 2024 stood at $88.4 million, up 6%.\n\n"
                   "Second half operating income was $9.1 million.")
    assert ("Net sales", 88_400_000, "6M to 2024-12", "") in got
    assert ("operating income", 9_100_000, "6M to 2024-12", "") in got
    assert not any(v in (88_400_000, 9_100_000) and p == "Q4 2024" for _, v, p, _ in got), got


def test_a_second_half_a_quarterly_release_cannot_place_is_not_read():
    doc = parse_text("a.txt", "WIDGETCO REPORTS THIRD QUARTER 2024 RESULTS\n\nDAYTON, Ohio, November 6, 2024 -- "
                     "Widgetco, Inc. today reported results for the quarter ended September 30, 2024.\n\n"
                     "Revenue was $9.0 million in the third quarter of 2024.\n\n"
                     "Second half revenue was $31.0 million.\n")
    assert not any(f.value == 31_000_000 for f in doc.figures if f.source == "narrative")


def test_basic_and_diluted_set_off_after_the_per_share_term_pair_with_their_amounts_and_the_compared_pair():
    _, got = _read("Earnings per share, basic and diluted, for the three months ended December 31, 2024 amounted to "
                   "$0.44 and $0.41, respectively, compared to loss per share, basic and diluted, of $0.07 and $0.07, "
                   "respectively, for the three months ended December 31, 2023.")
    assert ("basic Earnings per share", 0.44, "Q4 2024", "") in got and ("diluted Earnings per share", 0.41, "Q4 2024", "") in got
    assert ("basic loss per share", -0.07, "Q4 2023", "") in got and ("diluted loss per share", -0.07, "Q4 2023", "") in got
    _, got = _read("Basic and diluted earnings per share were $0.44 and $0.41, respectively, for the fourth quarter of "
                   "2024, compared to $0.39 and $0.38 in the third quarter of 2024.")
    assert ("basic earnings per share", 0.39, "Q3 2024", "") in got and ("diluted earnings per share", 0.38, "Q3 2024", "") in got


def test_a_compared_pair_of_another_span_or_basis_is_not_the_basic_and_diluted_figures():
    _, got = _read("Basic and diluted earnings per share were $0.44 and $0.41, respectively, for the fourth quarter of "
                   "2024, compared to $1.39 and $1.38 for the year 2023.")
    assert not any(v in (1.39, 1.38) for _, v, _, _ in got), got  # a year is no counterpart of a quarter
    _, got = _read("Basic and diluted earnings per share were $0.44 and $0.41, respectively, for the fourth quarter of "
                   "2024, compared to adjusted earnings per share of $0.39 and $0.38 in the fourth quarter of 2023.")
    assert not any(v in (0.39, 0.38) and not q for _, v, _, q in got), got  # never the adjusted ones as GAAP EPS


def test_two_amounts_each_with_its_per_share_amount_pair_with_the_two_periods_named_first():
    _, got = _read("For the three months ended December 31, 2024 and 2023, net investment income totaled $21.4 million, "
                   "or $0.31 per share and $19.9 million, or $0.29 per share.")
    assert ("net investment income", 21_400_000, "Q4 2024", "") in got and ("net investment income", 19_900_000, "Q4 2023", "") in got
    assert ("net investment income per share", 0.31, "Q4 2024", "") in got
    assert ("net investment income per share", 0.29, "Q4 2023", "") in got
    _, got = _read("For the years ended December 31, 2024 and 2023, net income was $48.2 million ($1.12 per diluted share) "
                   "and $40.5 million ($0.95 per diluted share), respectively.")
    assert ("net income", 48_200_000, "FY 2024", "") in got and ("net income per diluted share", 0.95, "FY 2023", "") in got


def test_a_list_of_years_or_quarters_ended_is_never_the_releases_own_quarter():
    _, got = _read("Net income for the years ended December 31, 2024 and 2023 was $48.2 million and $40.5 million, "
                   "respectively.")
    assert ("Net income", 48_200_000, "FY 2024", "") in got and ("Net income", 40_500_000, "FY 2023", "") in got
    _, got = _read("Sales for the quarters ended September 30, 2024 and 2023 were $6.1 million and $5.2 million, "
                   "respectively.")
    assert ("Sales", 6_100_000, "Q3 2024", "") in got and ("Sales", 5_200_000, "Q3 2023", "") in got
    assert not any(p == "Q4 2024" and v != 10_000_000 for _, v, p, _ in got), got


def test_pairs_of_amounts_with_other_words_between_or_after_them_are_not_paired_by_period():
    _, got = _read("For the years ended December 31, 2024 and 2023, net income was $48.2 million, or $1.12 per share, "
                   "and adjusted net income was $40.5 million, or $0.95 per share.")
    assert not any(v == 40_500_000 and p == "FY 2023" for _, v, p, _ in got), got


def test_the_quarter_and_year_of_a_fourth_quarters_release_pair_with_a_list_of_two():
    _, got = _read("Net sales for the quarter and the full year were $31.2 million and $118.7 million, respectively.")
    assert ("Net sales", 31_200_000, "Q4 2024", "") in got and ("Net sales", 118_700_000, "FY 2024", "") in got
    _, got = _read("Net sales and gross profit for the quarter and year were $31.2 million and $118.7 million, "
                   "respectively.")
    assert not any(v in (31_200_000, 118_700_000) for _, v, _, _ in got), got  # by term or by period? A guess
    doc = parse_text("a.txt", "WIDGETCO REPORTS THIRD QUARTER 2024 RESULTS\n\nDAYTON, Ohio, November 6, 2024 -- "
                     "Widgetco, Inc. today reported results for the quarter ended September 30, 2024.\n\n"
                     "Revenues for the quarter and year were $9.0 million and $25.0 million, respectively.\n")
    assert not any(f.value == 25_000_000 for f in doc.figures if f.source == "narrative")  # its year is not over


def test_the_longer_span_named_first_pairs_with_the_first_amount():
    _, got = _read("Revenue for the twelve months and quarter ended December 31, 2024 was $61.5 million and $16.2 "
                   "million, respectively.")
    assert ("Revenue", 61_500_000, "FY 2024", "") in got and ("Revenue", 16_200_000, "Q4 2024", "") in got


def test_a_list_of_changes_or_of_a_term_left_out_is_never_the_levels():
    for body in ("The results for the twelve months and quarter ended December 31, 2024 were impacted by increases in "
                 "revenue in the amount of $2.6 million and $0.9 million, respectively.",
                 "For the quarter and twelve months ended December 31, 2024, revenue increased by $0.9 million and $2.6 "
                 "million, respectively.",
                 "Net sales and operating income decreased $0.9 million and $2.6 million, respectively."):
        _, got = _read(body)
        assert not any(v in (900_000, 2_600_000) and not q for _, v, _, q in got), (body, got)
    _, got = _read("For the quarter and twelve months ended December 31, 2024, operating expenses, before depreciation "
                   "and amortization, were $4.4 million and $17.1 million, respectively.")
    assert not any(label.lower().startswith("depreciation") for label, _, _, _ in got), got


def test_a_line_of_business_named_before_a_term_other_than_revenue_is_whose_figure_it_is():
    doc = parse_text("a.txt", HEAD + "Gizmos operating income was $4.4 million in the fourth quarter of 2024.\n\n"
                     "Fasteners gross profit increased 11 percent to $27 million.\n\n"
                     "Underlying EBITDA was $6.1 million. Basic EPS was $0.52. Fourth quarter operating income was "
                     "$8.8 million.\n")
    got = {(f.label, f.value): f.product for f in doc.figures if f.source == "narrative"}
    assert got[("operating income", 4_400_000)] == "Gizmos" and got[("gross profit", 27_000_000)] == "Fasteners"
    assert got[("EBITDA (underlying)", 6_100_000)] == "" and got[("basic EPS", 0.52)] == ""  # a basis, no business
    assert got[("operating income", 8_800_000)] == ""  # the period's words name no business either
    doc = parse_text("a.txt", HEAD + "The charge included in research and development and selling, general and "
                     "administrative expenses in the fourth quarter of 2024 was $0.31 million.\n")
    assert all(f.product == "" for f in doc.figures if f.source == "narrative" and f.value == 310_000)  # a list of terms
    _, got = _read("Improving Gross Profit to $26.4M (+18%) and Adjusted EBITDA to $5.7M (+32%) Have Allowed for Further "
                   "Deleveraging.")
    assert ("Adjusted EBITDA (adjusted)", 5_700_000, "Q4 2024", "adjusted") in got  # a headline's verb names no business


def test_an_amount_in_cents_compared_with_the_per_share_figure_before_it_is_per_share():
    _, got = _read("Diluted earnings per share rose to 38 cents from 29 cents in the fourth quarter of 2023.")
    assert ("Diluted earnings per share", 0.38, "Q4 2024", "") in got
    assert ("Diluted earnings per share", 0.29, "Q4 2023", "") in got
    _, got = _read("Earnings per share were 38 cents, compared with 29 cents a year ago.")
    assert ("Earnings per share", 0.29, "Q4 2023", "") in got
    _, got = _read("Revenue rose to $12.0 million in the fourth quarter of 2024 from $11.0 million a year ago, and the "
                   "share price rose 38 cents.")
    assert not any(v == 0.38 for _, v, _, _ in got), got  # no per-share figure before it: no figure of a share


def test_a_per_share_amount_set_off_after_its_amounts_period_is_that_amounts():
    _, got = _read("Net loss was $8.3 million for the fourth quarter of 2024, or $0.27 per share, compared to a net loss "
                   "of $9.6 million for the fourth quarter of 2023, or $0.31 per share.")
    assert ("Net loss per share", -0.27, "Q4 2024", "") in got and ("net loss per share", -0.31, "Q4 2023", "") in got
    _, got = _read("Net income was $8.3 million for the year ended December 31, 2024, or $0.27 per diluted share.")
    assert ("Net income per diluted share", 0.27, "FY 2024", "") in got
    _, got = _read("Net income was $8.3 million in the fourth quarter of 2024, a record, or $0.27 per diluted share.")
    assert not any(v == 0.27 for _, v, _, _ in got), got  # other words between: not plainly the amount's


def test_last_quarter_after_a_compared_amounts_per_share_amount_dates_both():
    _, got = _read("Net income was $31.5 million, or $0.44 per diluted share, up from $27.2 million, or $0.38 per diluted "
                   "share, last quarter, and from $25.0 million, or $0.35 per diluted share, in the same period last year.")
    assert ("Net income", 27_200_000, "Q3 2024", "") in got and ("Net income per diluted share", 0.38, "Q3 2024", "") in got
    assert not any(v in (27_200_000, 0.38) and p != "Q3 2024" for _, v, p, _ in got), got


def test_a_period_after_an_amount_compared_over_is_never_the_figures_own():
    _, got = _read("Net sales totaled $48.3 million, a 7% increase over the $45.1 million reported in the fourth quarter "
                   "of 2023.")
    assert ("Net sales", 48_300_000, "Q4 2024", "") in got
    assert not any(v == 48_300_000 and p != "Q4 2024" for _, v, p, _ in got), got


def test_a_change_after_the_comparison_is_the_change_of_the_figures_period():
    _, got = _read("Net sales for the fourth quarter of 2024 were $48.3 million as compared to $45.1 million for the same "
                   "period in 2023, an increase of $3.2 million or 7%.")
    assert ("Net sales (change)", 3_200_000, "Q4 2024", "change") in got
    assert not any(v == 3_200_000 and p != "Q4 2024" for _, v, p, _ in got), got
    _, got = _read("Net sales decreased $3.2 million, or 6.6%, to $45.1 million in the fourth quarter of 2024 compared to "
                   "$48.3 million in the fourth quarter of 2023 primarily due to a decrease of $2.0 million in parts sales.")
    assert ("Net sales (change)", -3_200_000, "Q4 2024", "change") in got  # a part's change, after a cause: not the total's
    assert not any(v == 2_000_000 and p == "Q4 2024" for _, v, p, _ in got), got


def test_the_same_periods_of_a_year_date_a_compared_list_period_by_period():
    doc = parse_text("a.txt", "WIDGETCO REPORTS THIRD QUARTER 2024 RESULTS\n\nDAYTON, Ohio, November 6, 2024 -- "
                     "Widgetco, Inc. today reported results for the quarter ended September 30, 2024.\n\n"
                     "Revenue for the three and nine months ended September 30, 2024 was $10.2 million and $30.1 million, "
                     "respectively, compared to $9.5 million and $28.2 million for the same periods in 2023.\n")
    got = {(f.value, f.period.label(12)) for f in doc.figures if f.source == "narrative"}
    assert {(9_500_000, "Q3 2023"), (28_200_000, "9M 2023")} <= got


def test_a_span_of_several_periods_is_never_the_releases_own_period():
    for body in ("Revenue for the last two quarters was $24.1 million.",
                 "Revenue for the past three years grew to $61.0 million.",
                 "Over the last two quarters, net income was $3.3 million."):
        _, got = _read(body)
        assert not any(v in (24_100_000, 61_000_000, 3_300_000) for _, v, _, _ in got), (body, got)


def test_the_twelve_months_and_over_the_past_twelve_months_are_a_fourth_quarters_year():
    _, got = _read("Revenue for the twelve months was $45.3 million.")
    assert ("Revenue", 45_300_000, "FY 2024", "") in got
    _, got = _read("Over the past 12 months, revenue was $45.3 million.")
    assert ("revenue", 45_300_000, "FY 2024", "") in got
    assert not any(v == 45_300_000 and p == "Q4 2024" for _, v, p, _ in got), got


def test_compares_to_compares_as_compared_to_does():
    _, got = _read("Net income of $3.1 million for the quarter compares to $2.2 million for the prior year quarter.")
    assert ("Net income", 2_200_000, "Q4 2023", "") in got


def test_a_year_in_an_aside_dates_the_amount_compared_there_in_the_figures_span():
    _, got = _read("Net income totaled $186 million for the quarter (2023 - $95 million).")
    assert ("Net income", 186_000_000, "Q4 2024", "") in got and ("Net income", 95_000_000, "Q4 2023", "") in got
    _, got = _read("Revenue for the year was $186 million (2023: $95 million), and net income was $12 million "
                   "(2023: $9 million).")
    assert ("Revenue", 95_000_000, "FY 2023", "") in got and ("net income", 9_000_000, "FY 2023", "") in got
    _, got = _read("Revenue was $186 million for the quarter (2025 - $95 million).")
    assert not any(v == 95_000_000 for _, v, _, _ in got), got  # a later year compares nothing


def test_last_years_before_a_compared_amount_dates_it_a_year_before_its_figure():
    _, got = _read("Sales for the quarter were $51.2 million, up from last year's $48.3 million.")
    assert ("Sales", 48_300_000, "Q4 2023", "") in got
    _, got = _read("Sales were $51.2 million for the year, compared to the prior year\u2019s $48.3 million.")
    assert ("Sales", 48_300_000, "FY 2023", "") in got
    _, got = _read("Sales were $51.2 million, exceeding last year's $48.3 million.")
    assert ("Sales", 51_200_000, "Q4 2024", "") in got  # no comparison word: the figure keeps its own period


def test_a_span_no_pattern_dates_is_never_the_releases_own_period():
    for body in ("Revenue for the month of December was $5.3 million.", "Revenue for January 2025 was $5.3 million.",
                 "Revenue for the first two months of 2025 was $5.3 million.",
                 "Revenue for the holiday season was $5.3 million.", "Since inception, revenue totaled $5.3 million.",
                 "Revenue for the 53-week year was $5.3 million.", "Revenue for the week ended December 28 was $5.3 million."):
        _, got = _read(body)
        assert not any(v == 5_300_000 for _, v, _, _ in got), (body, got)
    _, got = _read("In February 2025, Acme reported revenue of $5.3 million for the fourth quarter of 2024.")
    assert ("revenue", 5_300_000, "Q4 2024", "") in got  # the figure's own period, named after it, dates it
    _, got = _read("Revenue for the third quarter, which ended in September, was $5.3 million.")
    assert ("Revenue", 5_300_000, "Q3 2024", "") in got  # a span dated dates it; the month stands only alone


def test_the_list_respectively_ends_after_a_comparison_is_the_compared_one():
    _, got = _read("Net sales and net income for the fourth quarter were $21.4 million and $2.3 million, compared to "
                   "$19.5 million and $2.1 million, respectively, for the third quarter of 2024.")
    assert ("Net sales", 21_400_000, "Q4 2024", "") in got and ("net income", 2_300_000, "Q4 2024", "") in got
    assert ("Net sales", 19_500_000, "Q3 2024", "") in got and ("net income", 2_100_000, "Q3 2024", "") in got
    assert not any(v in (19_500_000, 2_100_000) and p == "Q4 2024" for _, v, p, _ in got), got
    _, got = _read("Net sales and net income for the fourth quarter were $21.4 million and $2.3 million, compared to "
                   "$79.5 million and $8.1 million, respectively, for the year 2023.")
    assert not any(v in (79_500_000, 8_100_000) for _, v, _, _ in got), got  # a year is no quarter's counterpart


def test_pairs_with_their_per_share_amounts_pair_with_the_quarter_and_the_year():
    _, got = _read("Net income for the fourth quarter and full year 2024 was $5.4 million, or $0.12 per diluted share, "
                   "and $21.8 million, or $0.47 per diluted share, respectively.")
    assert ("Net income", 5_400_000, "Q4 2024", "") in got and ("Net income per diluted share", 0.47, "FY 2024", "") in got


def test_a_bound_is_no_figure_and_no_prose_amount():
    """'liquidity of over $2.0 billion', 'customers with $100,000 or more in annual recurring revenue': the exact
    figure is not printed, so the reader never takes the bound for it and check does not count it; an amount
    compared 'over' another, or followed by 'or' and a percent, is still a figure."""
    body = ("As of December 31, 2024, the Company had total liquidity of over $2.0 billion.\n\n"
            "The Company had 1,400 customers with $100,000 or more in annual recurring revenue at year end.\n\n"
            "Net income was $2.5 million in the fourth quarter of 2024, up $0.3 million or 13% over $2.2 million "
            "in the fourth quarter of 2023.")
    doc, got = _read(body)
    assert not any(v in (2e9, 100_000) for _, v, _, _ in got), got
    assert ("Net income", 2_500_000, "Q4 2024", "") in got
    score = score_prose(doc)
    assert sorted(d.split(": ")[1] for d in score.bounds) == ["$100,000", "$2.0 billion"]
    assert not any(u.endswith(("$2.0 billion", "$100,000")) for u in score.unread)
    assert not any(d.endswith(("$2.5 million", "$0.3 million", "$2.2 million")) for d in score.bounds)


def test_a_cause_set_off_by_a_comma_is_no_qualifier_of_the_amount_before_it():
    """'... to $16.8 million at December 31, 2024 from $18.8 million at December 31, 2023, due to calls' (a dev
    release): the cause of the sentence's move, set off by a comma, made the compared balance a 'due' figure (a
    printed subject's then left unread); with no comma 'due to' still qualifies the amount right before it."""
    _, got = _read("Total deposits decreased to $16.8 million at December 31, 2024 from $18.8 million at December 31, "
                   "2023, due to calls and maturities.")
    assert ("Total deposits", 18_800_000, "2023-12-31", "") in got, got
    _, got = _read("Total deposits decreased to $16.8 million at December 31, 2024 from $18.8 million at December 31, "
                   "2023 due to calls and maturities.")
    assert ("Total deposits", 18_800_000, "2023-12-31", "") not in got, got
