"""Prose figures whose subject is not the company's total, basis or period as first read (issue 19):
each was a disagreement with the release's own statement. A figure whose subject cannot be read stays
out of the company total; a misread period or basis is read right."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2019 SECOND QUARTER RESULTS

SPRINGFIELD, Ohio, August 1, 2019 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and six months ended June 30, 2019.

"""


YEAR_HEAD = """ACME WIDGETS REPORTS 2019 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2020 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2019.

"""


def _figures(body: str, head: str = HEAD) -> list[tuple]:
    doc = parse_text("a.txt", head + body)
    return [(f.label, f.value, f.period.label(doc.fye_month), f.qualifier, f.segment) for f in doc.figures]


def _totals(got: list[tuple]) -> list[tuple]:
    """The figures stored as the company's own (no segment, product or place)."""
    return [g for g in got if not g[4]]


def test_a_line_of_business_named_before_the_term_is_its_figure():
    got = _figures("Widget Systems revenue for the second quarter was $41.1 billion, up 56% from a year ago.\n")
    assert ("revenue", 41_100_000_000, "Q2 2019", "", "Widget Systems") in got
    assert not _totals(got)


def test_lowercase_lines_of_business_are_not_total_revenue():
    got = _figures("In the second quarter of 2019, total revenues were up 3% to $11.3 billion. Cloud services and "
                   "license support revenues were up 4% to $8.9 billion. New software licenses revenues were unchanged "
                   "at $3.8 billion. Overall hardware systems revenues were up 2% to $1.5 billion.\n")
    assert [(label, v) for label, v, *_ in _totals(got)] == [("total revenues", 11_300_000_000)]
    assert {seg for *_, seg in got} == {"", "Cloud services and license support", "New software licenses",
                                       "hardware systems"}


def test_plain_and_net_revenue_stay_the_company_total():
    got = _figures("Net revenue for the second quarter of 2019 was $5.0 million. Second quarter revenue was "
                   "$5.0 million. Quarterly revenue was $5.0 million in the second quarter of 2019.\n")
    assert len(_totals(got)) == 3


def test_a_business_that_opens_the_sentence_owns_its_figures():
    got = _figures("The Building Materials business achieved revenues of $1.6 billion and gross profit of $472 "
                   "million in the second quarter of 2019.\nRKings delivered record revenue of $7.4 million in the "
                   "second quarter of 2019, up 14%.\n")
    assert not _totals(got)
    assert {seg for *_, seg in got} == {"Building Materials", "RKings"}


def test_the_company_that_opens_the_sentence_is_the_company():
    got = _figures("Acme reported revenue of $7.4 million in the second quarter of 2019.\nThe Company reported "
                   "net income of $1.2 million in the second quarter of 2019.\n")
    assert [(label, v) for label, v, *_ in _totals(got)] == [("revenue", 7_400_000), ("net income", 1_200_000)]


def test_another_legal_entity_sharing_the_issuers_first_word_is_not_the_company():
    """'Acme Operating LLC reported net income of $16.0 million' in Acme Widgets, Inc.'s release (its operating
    subsidiary) was stored as the company's net income: the subject shares the issuer's first word, but a legal
    entity named with words the issuer's name lacks is another company."""
    got = _figures("Acme Operating LLC reported net income of $16.0 million in the second quarter of 2019.\n"
                   "Acme Savings Bank reported net income of $15.2 million in the second quarter of 2019.\n")
    assert not _totals(got)
    assert {seg for *_, seg in got} == {"Acme Operating LLC", "Acme Savings Bank"}
    # near misses: the issuer named in full, with its form, or in part is the issuer
    got = _figures("Acme Widgets, Inc. reported net income of $12.4 million in the second quarter of 2019.\n"
                   "Acme Widgets reported revenue of $7.4 million in the second quarter of 2019.\n")
    assert [(label, v) for label, v, *_ in _totals(got)] == [("net income", 12_400_000), ("revenue", 7_400_000)]


def test_in_the_segment_is_a_part_unless_a_heading_names_it():
    got = _figures("Operating profit in the segment for the second quarter increased to $7.0 million, from $5.9 "
                   "million in the prior year period.\n")
    assert not got
    got = _figures("Overnight Cargo\n\n* Revenues for this segment increased 5% to $30.6 million in the quarter "
                   "ended June 30, 2019, compared to $29.0 million in the prior year's comparable quarter.\n")
    assert ("Revenues", 30_600_000, "Q2 2019", "", "Overnight Cargo") in got
    assert not _totals(got)


def test_the_amount_of_another_noun_is_not_the_term():
    got = _figures("The revenues were generated primarily from the completion of a pilot project with a vehicle "
                   "manufacturer in the amount of $60,000 in the second quarter of 2019.\n")
    assert not got
    got = _figures("The decrease is attributed to the net loss for the period in the amount of $18,410,000 in "
                   "the second quarter of 2019.\n")
    assert any(v == -18_410_000 for _, v, *_ in got)


def test_a_sum_of_several_terms_is_none_of_them():
    got = _figures("Cash totaled $15.7 million as of June 30, 2019, compared to $26.5 million in cash, restricted "
                   "cash, and short-term deposits as of December 31, 2018.\nAcme had $224.6 million of cash, cash "
                   "equivalents and other financial assets as of June 30, 2019.\n")
    assert [v for _, v, *_ in got] == [15_700_000]
    got = _figures("Liquidity was $1.2 billion at June 30, 2019, consisting of $215 million of cash and equivalents "
                   "and $1.0 billion of available capacity.\n")
    assert 215_000_000 in [v for _, v, *_ in got]


def test_per_another_unit_is_no_money_amount():
    got = _figures("2019 second quarter profit attributable to shareholders was $0.46 per fully diluted ADS.\n")
    assert not got


def test_per_weighted_average_common_share_is_per_share():
    got = _figures("The earnings per weighted average common share for the second quarter of 2019 were $0.28 "
                   "compared to earnings per weighted average common share of $0.52 for the second quarter of 2018.\n")
    assert [(v, p) for label, v, p, *_ in got if label == "earnings per share"] == [(0.28, "Q2 2019"), (0.52, "Q2 2018")]


def test_the_comparison_of_an_unread_amount_takes_no_other_term():
    got = _figures("The ACL on loans was $4.3 million, or 1.41% of total gross loans, at June 30, 2019 compared to "
                   "$4.4 million, or 1.38% of gross loans, at December 31, 2018.\nRevenue was $9.0 million in the "
                   "second quarter of 2019.\n")
    assert [v for _, v, *_ in got] == [9_000_000]


def test_in_the_prior_year_is_the_comparison():
    got = _figures("* Net loss from continuing operations for the quarter was $0.2 million, or $0.01 per share, "
                   "compared to net income of $4.3 million, or $0.14 per share, in the prior year\n")
    assert {(v, p) for _, v, p, *_ in got} == {(-200_000, "Q2 2019"), (-0.01, "Q2 2019"), (4_300_000, "Q2 2018"),
                                                 (0.14, "Q2 2018")}


def test_fiscal_year_then_quarter_token_is_the_quarter():
    got = _figures("Acme today announced fiscal 2019 Q2 results. Total quarterly revenues were up 5% to $11.8 billion.\n")
    assert got == [("revenues", 11_800_000_000, "Q2 2019", "", "")]


def test_a_capitalized_line_of_business_before_revenue_is_its_own():
    got = _figures("* Total Q2 Cloud Revenue (IaaS plus SaaS) $2.9 billion, up 19% in the second quarter of 2019\n")
    assert got and not _totals(got)


def test_a_bound_is_no_figure():
    got = _figures("Record revenues for the quarter were achieved although only one customer was invoiced for an "
                   "amount in excess of $1 million in the second quarter of 2019.\n")
    assert not got


def test_a_restricted_term_in_what_something_includes_is_a_part():
    got = _figures("The six months ended June 30, 2019 primarily includes $58 million of inventory write-offs and "
                   "$(4) million of interest expense on debt and amortization of debt issuance costs.\n")
    assert [q for _, v, _, q, _ in got if v == -4_000_000] == ["included"]
    got = _figures("Liquidity includes $919.9 million of forward equity, and $6.4 million of cash on hand at June 30, "
                   "2019.\n")
    assert [(label, v, q) for label, v, _, q, _ in got] == [("cash", 6_400_000, "")]


def test_a_section_heading_dates_a_comparison_that_names_no_own_period():
    got = _figures("Full Year 2019 Results Summary\n\nRevenues for 2019 were $429.2 million.\n\nGross profit on a GAAP "
                   "basis totaled $209.9 million (48.9% of revenues), a 42% increase compared to $147.6 million "
                   "(46.8% of revenues) in 2018.\n", head=YEAR_HEAD)
    assert ("Gross profit", 209_900_000, "FY 2019", "", "") in got
    assert ("Gross profit", 147_600_000, "FY 2018", "", "") in got


def test_a_bullet_comparison_naming_no_period_takes_the_period_its_heading_compares_with():
    got = _figures("Acme reports the following consolidated results for the second quarter 2019 compared with the "
                   "same period of 2018:\n\n* Net income attributable to Acme of $45.2 million, or $0.98 diluted "
                   "earnings per share, compared with $69.3 million, or $1.43 diluted earnings per share.\n")
    assert [(label, v, p) for label, v, p, *_ in got] == [
        ("Net income", 45_200_000, "Q2 2019"), ("Net income per diluted share", 0.98, "Q2 2019"),
        ("Net income", 69_300_000, "Q2 2018"), ("Net income per diluted share", 1.43, "Q2 2018")]


def test_the_prior_years_ordinal_quarter_is_the_comparison():
    got = _figures("* Revenue increased 41 percent to $159.4 million from $113.1 million in the prior year's second "
                   "quarter.\n")
    assert [(v, p) for _, v, p, *_ in got] == [(159_400_000, "Q2 2019"), (113_100_000, "Q2 2018")]


def test_up_from_the_prior_year_compares_it_never_dates_the_figure():
    got = _figures("Second Quarter 2019 Highlights\n\n* Gross profit reached $26.4M, representing a 56% margin, up 111 "
                   "basis points from the prior year\n* SG&A expenses were $271 million, an increase over prior year\n")
    assert [(v, p) for _, v, p, *_ in got] == [(26_400_000, "Q2 2019"), (271_000_000, "Q2 2019")]


def test_the_comparison_of_a_segments_amount_is_never_the_company_total():
    got = _figures('Revenue was $77.9 million in the second quarter of 2019.\n\nGround Equipment Sales ("GGS")\n\n'
                   "* Revenues for this segment totaled $11.8 million for the quarter ended June 30, 2019, up 40% when "
                   "compared to revenue of $8.4 million in the previous year's second fiscal quarter.\n")
    assert [v for _, v, *_ in _totals(got)] == [77_900_000]
    assert {(v, seg) for _, v, _, _, seg in got if seg} == {(11_800_000, "Ground Equipment Sales"),
                                                          (8_400_000, "Ground Equipment Sales")}


def test_a_comparison_naming_its_own_term_is_read_when_the_amount_before_was_not():
    got = _figures("* Adjusted net income was $4.6 million corresponding to an Adjusted EPS of $0.12 for the three "
                   "months ended June 30, 2019 compared to an Adjusted net income of $7.2 million for the same period "
                   "of 2018.\n")
    assert ("net income (adjusted)", 7_200_000, "Q2 2018", "adjusted", "") in got


def test_a_paragraph_under_a_titled_heading_takes_its_period():
    got = _figures("**Second Quarter 2019 Financial Results**\n\nNet income on a GAAP basis totaled $118.5 million, or "
                   "$2.42 per diluted share.\n")
    assert [(v, p) for _, v, p, *_ in got] == [(118_500_000, "Q2 2019"), (2.42, "Q2 2019")]


def test_an_outlook_for_a_year_to_come_never_takes_the_headings_period():
    got = _figures("**Second Quarter 2019 Financial Results**\n\nRevenue was $10.0 million.\n\nThe company announced 2020 "
                   "Core FFO guidance of $3.33 to $3.38 per share. The 2020 AFFO is estimated to be $3.39 to $3.44 per "
                   "share.\n\nLooking to 2020, management expects net income of approximately $5.0 million.\n")
    assert [(v, p) for _, v, p, *_ in got if p == "Q2 2019"] == [(10_000_000, "Q2 2019")]
    assert sorted((v, p, q) for _, v, p, q, *_ in got if p != "Q2 2019") == [  # the year named before the measure's
        (3.33, "FY 2020", "core, guidance low"), (3.38, "FY 2020", "core, guidance high"),  # name dates its outlook
        (3.39, "FY 2020", "guidance low"), (3.44, "FY 2020", "guidance high")]


def test_the_trailing_twelve_months_are_no_quarter():
    got = _figures("**Second Quarter 2019 Financial Results**\n\nOperating cash flow was $9.5 billion during the "
                   "trailing twelve months.\n")
    assert [(v, p) for _, v, p, *_ in got] == [(9_500_000_000, "12M to 2019-06")]


def test_a_range_is_no_figure_but_a_change_to_an_amount_is():
    got = _figures("Net income for the second quarter of 2019 decreased $1,105,000 to $1,310,000 compared to net income "
                   "of $2,415,000 for the second quarter of 2018. Earnings are expected to be in a range of $1.94 to "
                   "$1.97 per share for 2019.\n")
    assert {v for _, v, _, q, _ in got if "guidance" not in q} == {-1_105_000, 1_310_000, 2_415_000}  # the decrease: a
    # negative change; the range of the year to come is its outlook, of the whole year, never a figure of the quarter
    assert {(v, p, q) for _, v, p, q, _ in got if v in (1.94, 1.97)} == {(1.94, "FY 2019", "guidance low"),
                                                                         (1.97, "FY 2019", "guidance high")}


def test_the_issuer_named_before_a_term_is_no_line_of_business():
    got = _figures("**Second Quarter 2019 Financial Results**\n\nAcme net revenues registered $237.2 million, an "
                   "increase of 6.7% sequentially.\n")
    assert ("net revenues", 237_200_000, "Q2 2019", "", "") in got


def test_the_recognition_of_a_cost_associated_with_something_is_no_total_cost():
    got = _figures("**Second Quarter 2019 Financial Results**\n\nNet sales were $49.0 million for the second quarter of "
                   "2019.\n\nThe decrease in gross margin was due to the recognition of cost of sales of $3.9 million "
                   "associated with the $27.5 million in lenses shipped.\n")
    assert [(label, v) for label, v, *_ in got] == [("Net sales", 49_000_000)]


def test_revenue_from_a_product_line_is_that_lines():
    got = _figures("**Second Quarter 2019 Financial Results**\n\nRevenue from large display drivers came in at $25.0 "
                   "million, reflecting a 18.6% sequential decline.\n\nRevenue from continuing operations was $80.0 "
                   "million.\n")
    assert [(v, seg) for _, v, _, _, seg in got] == [(25_000_000, "large display drivers"), (80_000_000, "")]


def test_a_clause_with_its_own_subject_is_not_the_term_before_it():
    got = _figures("After adjusting for revenues that would have been recognized in 2019 had the contracts remained in "
                   "place, the adjusted gain for 2019 was $83 million. Revenue for the second quarter of 2019, the "
                   "highest in our history, was $5.0 million.\n")
    assert [v for _, v, *_ in got] == [5_000_000]


def test_a_quarter_over_quarter_change_is_never_the_years_change():
    got = _figures("* Q2 2019 revenues registered $237.2 million, an increase of 6.7% QoQ, and up 4.2% year-over-year\n"
                   "* Net income was $5.0 million, up 3% over the prior quarter\n")
    doc = parse_text("a.txt", HEAD + "* Q2 2019 revenues registered $237.2 million, an increase of 6.7% QoQ\n"
                     "* Net income was $5.0 million, up 3% over the prior quarter\n")
    assert got and all(f.change_pct is None for f in doc.figures)


def test_the_issuers_possessive_before_a_term_is_no_line_of_business():
    got = _figures("Acme\u2019s net revenues registered $237.2 million in the second quarter of 2019. Excluding the "
                   "charge, operating expenses were $5.0 million in the second quarter of 2019.\n")
    assert [(label, v, q, seg) for label, v, _, q, seg in got] == [
        ("net revenues", 237_200_000, "", ""), ("operating expenses (excluding)", 5_000_000, "excluding", "")]


def test_a_name_opening_a_bullet_before_a_dash_or_colon_is_the_bullets_subject():
    """"* Northwind - Revenue rose 26% YoY to $32.5M" was stored as the company's revenue: the name before the dash
    (a brand, subsidiary or business line) says whose figure it is."""
    for bullet in ("* Northwind - Revenue rose 26% YoY to $32.5M in the second quarter of 2019.\n",
                   "* Blue Harbor Foods: Revenue rose 26% to $32.5 million in the second quarter of 2019.\n",
                   "\u2022 Widget Division \u2013 Revenue of $32.5 million in the second quarter of 2019.\n"):
        got = _figures(bullet)
        assert got and not _totals(got), bullet
        assert {seg for *_, seg in got} == {bullet.split(" ", 1)[1].split(" -")[0].split(":")[0].split(" \u2013")[0]}
    got = _figures("* Europe - Revenue rose 26% to $32.5 million in the second quarter of 2019.\n")
    assert not _totals(got)
    # near misses: the company's own name, a metric, a period or a section of the release before the dash is no subject
    for bullet in ("* Acme Widgets - Revenue rose 26% to $32.5 million in the second quarter of 2019.\n",
                   "* Acme: Revenue rose 26% to $32.5 million in the second quarter of 2019.\n",
                   "* Net Revenue - $32.5 million in the second quarter of 2019, up 26%.\n",
                   "* Second Quarter - Revenue rose 26% to $32.5 million.\n",
                   "* Q2 2019: Revenue rose 26% to $32.5 million.\n",
                   "* Capital Expenditures: $32.5 million in the second quarter of 2019.\n",
                   "* Revenue rose 26% to $32.5 million in the second quarter of 2019 - a record.\n"):
        got = _figures(bullet)
        assert got and _totals(got) == got, bullet


def test_a_term_of_a_lowercase_part_of_the_business_is_not_the_company_total():
    """"Revenues of our broadband activities stood at EUR303.2 million": the term of a part the words after "of" name
    (an activity, a market, a product) is that part's figure, never the company's total, even standing alone."""
    for sentence in ("Revenues of our broadband activities stood at $303.2 million in the second quarter of 2019.\n",
                     "Revenues of the four core markets amounted to $303.2 million in the second quarter of 2019.\n",
                     "Net income of our insurance activities was $30.2 million in the second quarter of 2019.\n"):
        assert not _totals(_figures(sentence)), sentence
    # near misses: "of" a period, the company itself or a basis, and "of" the amount, stay the company's total
    for sentence in ("Revenues of the second quarter stood at $303.2 million.\n",
                     "Revenues of the current quarter amounted to $303.2 million.\n",
                     "Net income of continuing operations was $30.2 million in the second quarter of 2019.\n",
                     "Revenues of $303.2 million in the second quarter of 2019 were up 3%.\n"):
        got = _figures(sentence)
        assert got and _totals(got) == got, sentence
    # a product named after "sales of" stays that product's figure
    assert {seg for *_, seg in _figures("Sales of new homes were $303.2 million in the second quarter of 2019.\n")} \
        == {"new homes"}
