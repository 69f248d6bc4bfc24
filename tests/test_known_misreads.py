"""Misreads found by the hand-checked wire questions (KNOWN_WRONG in test_wire_questions.py), each as the
smallest release built here that shows the class of failure. They are strict xfails: today's output is
wrong, and the test turns red the day a fix makes it right — then drop its marker and strike the lines
named in its reason from KNOWN_WRONG.
"""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2019 SECOND QUARTER RESULTS

SPRINGFIELD, Ohio, August 1, 2019 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and six months ended June 30, 2019.

"""


def _figures(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return [(f.label, f.value, f.period.label(12), f.qualifier, f.geo) for f in doc.figures]


def _engine(tmp_path, body: str) -> Engine:
    release = tmp_path / "acme.txt"
    release.write_text(HEAD + body)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    return Engine(tmp_path / "s.duckdb")


def test_a_one_letter_scale_is_millions():
    got = _figures("Revenue for the second quarter of 2019 was $47.3M, up 15% from $41M in the second quarter "
                   "of 2018.\n")
    values = {(v, p) for label, v, p, q, g in got if label.lower() == "revenue"}
    assert (47_300_000, "Q2 2019") in values and (41_000_000, "Q2 2018") in values


def test_decreased_an_amount_to_a_level_is_the_level():
    got = _figures("Net income for the second quarter of 2019 decreased $1,105,000 to $1,310,000 compared to net "
                   "income of $2,415,000 for the second quarter of 2018.\n")
    levels = {v for label, v, p, q, g in got if p == "Q2 2019" and not q}
    assert levels == {1_310_000}


def test_a_prior_year_comparative_under_another_term_is_not_this_quarters():
    got = _figures("Net loss for the quarter was $0.2 million, or $0.01 per share, compared to net income of "
                   "$4.3 million, or $0.14 per share, in the prior year.\n")
    this_quarter = {v for label, v, p, q, g in got if p == "Q2 2019"}
    assert 4_300_000 not in this_quarter and 0.14 not in this_quarter


def test_underlying_non_gaap_eps_is_qualified():
    got = _figures("Underlying (Non-GAAP) diluted EPS of $1.30 per share increased 9.2% in the second quarter "
                   "of 2019.\n")
    eps = [(v, q) for label, v, p, q, g in got if v == 1.30]
    assert eps and all(q for v, q in eps)


def test_us_gaap_is_no_place():
    got = _figures("U.S. GAAP net income attributable to Acme of $287.8 million, $1.39 per share on a diluted "
                   "basis, in the second quarter of 2019.\n")
    assert got and all(g == "" for label, v, p, q, g in got)


def test_a_change_asked_in_dollars_is_an_amount(tmp_path):
    engine = _engine(tmp_path, "Revenue was $12.0 million in the second quarter of 2019, compared with $10.0 "
                               "million in the second quarter of 2018.\n")
    try:
        answer, _ = engine.ask("Acme revenue change in dollars Q2 2019 vs Q2 2018", Context())
    finally:
        engine.close()
    assert answer.unit == "USD" and answer.value == 2_000_000


def test_net_income_of_a_loss_year_is_the_loss(tmp_path):
    engine = _engine(tmp_path, "Second Quarter 2019 Overview\n\n* Net sales of $49.0 million\n"
                               "* Net loss of $(20.2) million vs. Net income of $21.3 million year ago\n")
    try:
        answer, _ = engine.ask("Acme net income Q2 2019", Context())
    finally:
        engine.close()
    assert answer.value != 21_300_000


def test_a_heading_naming_the_comparison_period_does_not_date_its_bullets():
    got = _figures("Three-Month Results (compared to the three months ended June 30, 2018)\n\n"
                   "* Revenue increased 1% to a second quarter record of $92.7 million\n"
                   "* Net income was $1.1 million, or 1.2%, compared to $1.3 million, or 1.5%\n")
    assert ("Net income", 1_100_000, "Q2 2019", "", "") in got


def test_a_sentence_that_only_compares_keeps_the_basis_of_the_sentence_before():
    # "This is an increase of 45% compared to net income of $95.7 million in 2023": the earlier non-GAAP
    # figure, never the GAAP net income of that year
    got = _figures("Net income on a non-GAAP basis totaled $12.4 million, or $0.83 per diluted share. This is an "
                   "increase of 45% compared to net income of $8.6 million, or $0.57 per diluted share, in the "
                   "second quarter of 2018.\n")
    earlier = {(label, v, q) for label, v, p, q, g in got if p == "Q2 2018"}
    assert earlier == {("net income (non-gaap)", 8_600_000, "non-gaap"),
                       ("net income per diluted share (non-gaap)", 0.57, "non-gaap")}
    got = _figures("Net income totaled $12.4 million. This represents a 45% increase compared to net income of "
                   "$8.6 million in the second quarter of 2018.\n")
    assert ("net income", 8_600_000, "Q2 2018", "", "") in got


def test_a_table_no_table_reader_took_is_never_read_as_a_sentence():
    # columns that are not periods (as reported, currency impact, organic) under period groups: read as
    # prose, "Net sales $1,888 ..." became a figure of the prior year's quarter, in dollars, of a place
    got = _figures("""The following table presents net sales on an organic basis:

                Quarter Ended June 30, 2019        Quarter Ended June 30, 2018
        ----------------------------------------  ----------------------------
           As       Impact from     Organic          As            Organic
        Reported    Foreign          Constant      Reported
                    Currency         Currency
        --------  ---------------  ----------  ----------  ---------
Net
 sales  $1,888     $   (41)         $1,929      $1,850      $1,850

Revenue for the second quarter of 2019 was $1.9 million.
""")
    assert not any(v in (1_888, 1_888_000, 1_929, 1_850) for label, v, p, q, g in got)
    assert ("Revenue", 1_900_000, "Q2 2019", "", "") in got


Q4_HEAD = """ACME WIDGETS REPORTS 2019 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2020 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2019.

"""


def test_a_stated_change_compared_with_a_quarter_is_that_quarter_a_year_later():
    # under a full-year heading, "decreased 6 percent compared to fourth quarter 2018" of a Q4 release
    # is the fourth quarter's change, never the year's
    body = """ACME WIDGETS REPORTS 2019 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2020 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2019.

Full-Year 2019 Results

* Net income increased 5 percent to $12.2 million compared to $11.6 million for the prior year.

Widgets

* Operating income decreased 6 percent compared to fourth quarter 2018, or 5 percent on a constant currency basis.
* Revenue increased 3 percent compared to the third quarter of 2019.
"""
    doc = parse_text("a.txt", body)
    changes = {(f.label, f.period.label(12)) for f in doc.figures if f.qualifier == "stated-change"}
    assert ("Operating income", "Q4 2019") in changes
    assert ("Operating income", "FY 2019") not in changes
    assert ("Revenue", "Q3 2020") not in changes


SEGMENT_TABLE = """
                     Supplemental Financial Information
                          By Business Segment
                            (in thousands)

                   Quarters Ended                Six Months Ended
                   --------------------          --------------------
                   June 30,    June 30,          June 30,    June 30,
                   2019        2018              2019        2018
                   ---------  ---------          ---------   ---------
Segment net
sales:
   U.S.            $61,874    $60,073            $125,811    $120,665
   International    25,293     24,776              50,843      49,306
                    -------    -------            -------     -------
      Total
       segment
       net sales    87,167     84,849             176,654     169,971
Segment operating
profit:
   U.S.            $14,273    $10,693            $ 28,852    $ 20,427
   International     3,176      4,469               6,506       8,883
                    -------    -------            -------     -------
      Total
       segment
       operating
       profit       17,449     15,162              35,358      29,310
Amortization of
 intangibles          (387)      (470)               (740)       (921)
"""


def test_subject_rows_under_a_segment_metric_heading_are_that_metric_of_each_segment(tmp_path):
    # "Segment net sales:" over "U.S." / "International": each row is net sales of that segment, never a
    # metric named "International" (which no question finds) nor the company's net sales
    doc = parse_text("a.txt", HEAD + SEGMENT_TABLE)
    got = {(f.label, f.segment, f.period.label(12)): f.value for f in doc.figures}
    assert got[("Net sales", "International", "Q2 2019")] == 25_293_000
    assert got[("Net sales", "U.S.", "Q2 2019")] == 61_874_000
    assert got[("Operating profit", "International", "Q2 2019")] == 3_176_000
    assert not any(seg == "Amortization of intangibles" for _, seg, _ in got)  # after the total: no segment
    engine = _engine(tmp_path, SEGMENT_TABLE)
    try:
        answer, _ = engine.ask("Acme international net sales Q2 2019", Context())
    finally:
        engine.close()
    assert answer.value == 25_293_000


def test_a_vocabulary_term_attributable_to_common_shareholders_is_read():
    got = _figures('FUNDS FROM OPERATIONS ("FFO") attributable to common shareholders plus assumed conversions '
                   "(non-GAAP) for the quarter ended June 30, 2019 was $117,085,000, or $0.58 per diluted share, "
                   "compared to $121,105,000, or $0.62 per diluted share, for the prior year's quarter.\n")
    values = {(v, p) for label, v, p, q, g in got}
    assert {(117_085_000, "Q2 2019"), (0.58, "Q2 2019"), (121_105_000, "Q2 2018"), (0.62, "Q2 2018")} <= values


def test_a_bare_per_share_row_is_the_per_share_figure_of_the_row_above(tmp_path):
    table = """
| (Amounts in thousands, except per share amounts) | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
| --- | --- | --- |
| FFO attributable to common shareholders (non-GAAP) | $ 117,085 | $ 121,105 |
| Per diluted share (non-GAAP) | $ 0.58 | $ 0.62 |
"""
    doc = parse_text("a.md", HEAD + table)
    per_share = [f for f in doc.figures if f.value == 0.58]
    assert per_share and per_share[0].label.startswith("FFO attributable") and per_share[0].unit == "USD/share"
    engine = _engine(tmp_path, table)
    try:
        answer, _ = engine.ask("Acme FFO per share Q2 2019", Context())
    finally:
        engine.close()
    assert answer.value == 0.58


def test_a_figure_compared_with_a_full_year_is_the_full_year_a_year_later():
    # in a fourth-quarter release, "an operating loss of $16.3 million, a 7% decrease from the operating loss
    # of $17.5 million reported for the full year 2018" is the loss of the full year 2019, never the quarter's;
    # "U.S. generally accepted accounting principles" is a basis, no place
    sentence = ("The Company reported a U.S. generally accepted accounting principles (GAAP) operating loss of "
                "$16.3 million which is approximately a 7% decrease from the GAAP operating loss of $17.5 "
                "million reported for the full year 2018.\n")
    doc = parse_text("a.txt", Q4_HEAD + sentence)
    loss = {(f.value, f.period.label(12), f.geo) for f in doc.figures if f.label == "operating loss"}
    assert loss == {(-16_300_000, "FY 2019", ""), (-17_500_000, "FY 2018", "")}
    # in a second-quarter release the full year 2019 is not over: the figure is not read as it
    got = _figures(sentence)
    assert not any(p == "FY 2019" for label, v, p, q, g in got)


def test_the_comparison_of_a_balance_at_a_quarters_end_is_a_balance():
    got = _figures("Cash and cash equivalents at June 30, 2019, totaled $230.5 million, compared to $232.4 "
                   "million at the end of the second quarter of 2018.\n")
    cash = {(v, p) for label, v, p, q, g in got if v == 232_400_000}
    assert cash == {(232_400_000, "2018-06-30")}


def test_a_margin_in_parentheses_under_a_full_year_heading_is_the_years():
    # "Full Year ... Results Summary" over "Gross profit ... totaled $209.9 million (48.9% of revenues)": the
    # year's margin, never the fourth quarter's (a question for the quarter's margin would find two)
    body = ("Fourth Quarter 2019 Results\n\nGross profit totaled $58.1 million (49.6% of revenues) in the quarter.\n\n"
            "Full Year 2019 Results Summary\n\n"
            "Gross profit on a GAAP basis totaled $209.9 million (48.9% of revenues), a 42% increase compared to "
            "$147.6 million (46.8% of revenues) in 2018.\n\n"
            "Operating income on a GAAP basis totaled $108.1 million (25.2% of revenues), a 65% increase compared "
            "to operating income of $65.4 million (20.7% of revenues) in 2018.\n")
    doc = parse_text("a.txt", Q4_HEAD + body)
    percents = {(f.value, f.period.label(12)) for f in doc.figures if f.unit == "percent" and not f.qualifier}
    assert {(49.6, "Q4 2019"), (48.9, "FY 2019"), (46.8, "FY 2018"), (25.2, "FY 2019"), (20.7, "FY 2018")} <= percents
    assert not {(48.9, "Q4 2019"), (25.2, "Q4 2019")} & percents


@pytest.mark.parametrize("sentence", [
    "Net income for the year stood at €52.0 million (vs. €77.5 million in 2023).\n",
    "Net income for the fourth quarter was $52.0 million (Q4 2023: $77.5 million).\n",
    "In the fourth quarter, net income was $52.0 million (fourth quarter of 2023: $77.5 million).\n",
])
def test_a_comparative_in_parentheses_never_dates_the_figure_before_it(sentence):
    # "net income ... of €52.0 million (vs. €77.5 million in 2023)": the period in the aside is the
    # comparison's; the figure before it is the release's own
    got = _figures_q4(sentence)
    assert not any(v == 52_000_000 and p.endswith("2023") for label, v, p, q, g in got)
    assert any(v == 52_000_000 and p.endswith("2024") for label, v, p, q, g in got)
    assert not any(v == 77_500_000 and p.endswith("2024") for label, v, p, q, g in got)


@pytest.mark.parametrize("aside", ["(2023: $77.5 million)", "(prior year: $77.5 million)", "(vs. $77.5 million)"])
def test_an_aside_without_a_compare_word_is_never_the_releases_figure(aside):
    got = _figures_q4(f"Revenue for the full year was $52.0 million {aside}.\n")
    assert ("Revenue", 52_000_000, "FY 2024", "", "") in got
    assert not any(v == 77_500_000 and p == "FY 2024" for label, v, p, q, g in got)


def test_an_amount_line_ending_in_a_comparative_aside_dates_nothing_below_it():
    # a line without a full stop is read as a heading: its "(vs. €(27.2)m in 2023)" is the comparison's
    # year, never the period of the paragraphs under it
    got = _figures_q4("Income tax in the year represented a charge of €(29.2)m (vs. €(27.2)m in 2023)\n\n"
                      "As a result, net income in the year stood at €52.0 million (vs. €77.5 million in 2023).\n")
    net = {(v, p) for label, v, p, q, g in got if label.lower() == "net income"}
    assert (52_000_000, "FY 2024") in net and (52_000_000, "FY 2023") not in net


def _figures_q4(body: str) -> list[tuple]:
    doc = parse_text("a.txt", Q4_2024_HEAD + body)
    return [(f.label, f.value, f.period.label(12), f.qualifier, f.geo) for f in doc.figures]


Q4_2024_HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

"""


QUANTITY_TABLE_MD = """
| (in millions, except per share) | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
| --- | --- | --- |
| Net sales | $ 2,150.5 | $ 2,100.0 |
| Brand volume | 14.315 | 14.530 |
| Shipment volumes (hectoliters) | 13.9 | 14.7 |
| Subscribers | 1.2 | 1.1 |
| Gold sold (ounces) | 0.25 | 0.22 |
| Investment volume | $ 42.0 | $ 40.0 |
"""

QUANTITY_TABLE_FIXED = """
                          Supplemental Segment Information
                                  (in millions)

                                          Reported       FX        Constant
                  Q2 2019     Q2 2018     % Change     Impact     Currency % Change
                 ---------   ---------   ---------   --------   -----------------
Net sales        $ 2,150.5   $ 2,100.0       2.4      $ (8.4)        2.8
Underlying
 income          $   362.0   $   363.0      (0.3)     $ (2.7)        0.5
Financial
 volume(1)          13.904      14.773      (5.9)
Brand volume        14.215      14.531      (2.2)
Headcount            5,210       5,100       2.2
"""


@pytest.mark.parametrize("table", [QUANTITY_TABLE_MD, QUANTITY_TABLE_FIXED])
def test_a_row_naming_a_quantity_in_a_money_table_is_never_money(table):
    # "Brand volume" (hectolitres), subscribers, ounces, headcount in a table "(in millions)" of dollars: never
    # dollars scaled by millions; a volume printed with "$" stays money
    doc = parse_text("a.md", HEAD + table)
    rows = {f.label.split(" (")[0].lower(): f for f in doc.figures if f.period.label(12) == "Q2 2019"}
    assert rows["net sales"].unit == "USD" and rows["net sales"].value == 2_150_500_000
    quantities = [f for f in doc.figures if any(w in f.label.lower() for w in
                                                ("volume", "subscriber", "ounces", "headcount"))
                  and not f.label.lower().startswith("investment")]
    assert quantities and all(f.unit != "USD" and abs(f.value) < 10_000 for f in quantities)
    invested = [f for f in doc.figures if f.label.lower().startswith("investment volume")]
    assert all(f.unit == "USD" and f.value in (42_000_000, 40_000_000) for f in invested)


def _impact_table(impact_label: str, first: bool) -> str:
    ffo = ("| FFO attributable to common shareholders (non-GAAP) | $ 117,085 | $ 121,105 |\n"
           "| Per diluted share (non-GAAP) | $ 0.58 | $ 0.62 |\n")
    impact = ("| Certain items that impact FFO attributable to common shareholders: | | |\n"
              "| Credit losses on investments | 3,456 | 8,269 |\n"
              "| Other | 1,671 | (5,623) |\n"
              f"| {impact_label} | $ 5,127 | $ 2,646 |\n"
              "| Per diluted share (non-GAAP) | $ 0.03 | $ 0.01 |\n")
    head = ("| (Amounts in thousands, except per share amounts) | Three Months Ended June 30, 2019 | "
            "Three Months Ended June 30, 2018 |\n| --- | --- | --- |\n")
    return "\n" + head + (impact + ffo if first else ffo + impact)


@pytest.mark.parametrize("impact_label,first", [
    ("Total of certain expense (income) items that impact FFO attributable to common shareholders, net", False),
    ("Total items affecting FFO attributable to common shareholders", True),
    ("Net impact of adjustments on FFO attributable to common shareholders", False),
])
def test_items_that_impact_a_metric_per_share_are_not_that_metric_per_share(tmp_path, impact_label, first):
    # a reconciliation's "Total of items that impact FFO ... / Per diluted share": the items' effect
    # ($0.03), never FFO per share ($0.58)
    engine = _engine(tmp_path, _impact_table(impact_label, first))
    try:
        answer, _ = engine.ask("Acme FFO per diluted share Q2 2019", Context())
    finally:
        engine.close()
    assert answer.value == 0.58
    con = connect(tmp_path / "s.duckdb")
    try:
        rows = con.execute("select metric, value from facts where abs(value - 0.03) < 1e-9").fetchall()
    finally:
        con.close()
    assert rows and all(metric != "ffo_per_share" for metric, _ in rows)


@pytest.mark.parametrize("sentence", [
    "Certain items that impact FFO attributable to common shareholders totaled $5.1 million, or $0.03 per diluted "
    "share, in the second quarter of 2019.\n",
    "Items affecting FFO were $0.03 per diluted share in the second quarter of 2019.\n",
    "The net impact of adjustments on FFO was $0.03 per diluted share in the second quarter of 2019.\n",
])
def test_a_sentence_of_items_that_impact_a_metric_states_no_figure_of_it(sentence):
    got = _figures(sentence)
    assert not any(label.lower().startswith("ffo") for label, v, p, q, g in got)
    kept = _figures("FFO was $0.58 per diluted share in the second quarter of 2019, which was impacted by $0.03 "
                    "of items.\n")
    assert ("FFO per diluted share", 0.58, "Q2 2019", "", "") in kept


CAD_HEAD = """MAPLE WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

TORONTO, Ontario, February 1, 2025 -- Maple Widgets Inc. (TSX: MPW) today reported results for the
quarter and year ended December 31, 2024. All amounts are in Canadian dollars unless otherwise noted.

Revenue for the fourth quarter of 2024 was C$120.5 million, compared with C$110.0 million in the fourth quarter
of 2023.

CONSOLIDATED STATEMENTS OF INCOME
(in thousands of Canadian dollars)

| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |
| --- | --- | --- |
| Revenue | 120,500 | 110,000 |
| Net income | 20,100 | 18,000 |

"""


@pytest.mark.parametrize("sentence", [
    "Revenue of the U.S. business for the fourth quarter of 2024 was US$45.2 million, compared with US$40.0 million "
    "in the fourth quarter of 2023.\n",
    "Revenue of the U.S. business was USD 45.2 million in the fourth quarter of 2024.\n",
])
def test_an_amount_marked_us_dollars_in_a_canadian_release_is_us_dollars(sentence):
    doc = parse_text("a.md", CAD_HEAD + sentence)
    units = {(f.value, f.unit) for f in doc.figures}
    assert (45_200_000, "USD") in units and (45_200_000, "CAD") not in units
    assert (120_500_000, "CAD") in units and (120_500_000, "USD") not in units  # the release's own stay its own


def test_a_table_captioned_in_us_dollars_in_a_canadian_release_is_us_dollars():
    table = ("US OPERATIONS\n(in millions of US dollars)\n\n"
             "| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |\n| --- | --- | --- |\n"
             "| Gross profit | 15.1 | 14.2 |\n| Operating income | 9.9 | 9.1 |\n")
    doc = parse_text("a.md", CAD_HEAD + table)
    got = {(f.label, f.value, f.unit) for f in doc.figures if f.source == "table"}
    assert ("Gross profit", 15_100_000, "USD") in got and ("Operating income", 9_900_000, "USD") in got
    assert ("Net income", 20_100_000, "CAD") in got  # the table above keeps its caption's currency and scale


def test_an_amount_marked_us_dollars_in_a_euro_release_is_us_dollars():
    body = ("ACME EUROPA REPORTS FULL YEAR 2024 RESULTS\n\nPARIS, February 1, 2025 -- Acme Europa SA today reported "
            "results for the year ended December 31, 2024.\n\nRevenue for the year was €520.0 million, compared with "
            "€480.0 million in 2023. Revenue in North America was US$110.0 million for the year.\n")
    doc = parse_text("a.md", body)
    units = {(f.value, f.unit) for f in doc.figures}
    assert (520_000_000, "EUR") in units and (110_000_000, "USD") in units and (110_000_000, "EUR") not in units


def test_a_table_whose_scale_is_of_a_quantity_holds_no_money():
    # "(In millions of hectoliters)": every row is a quantity as printed ("Adjustment and other" too), never
    # dollars; the money table after it, "(in millions)", is money again
    body = """WORLDWIDE VOLUME
(In millions of
hectoliters)

| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
| --- | --- | --- |
| Shipments to retailers | 13.904 | 14.773 |
| Adjustment and other | 0.145 | 0.190 |

SEGMENT RESULTS
(in millions)

| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
| --- | --- | --- |
| Net sales | $ 2,150.5 | $ 2,100.0 |
"""
    doc = parse_text("a.md", HEAD + body)
    got = {(f.label, f.value, f.unit) for f in doc.figures if f.period.label(12) == "Q2 2019"}
    assert ("Adjustment and other", 0.145, "count") in got and ("Shipments to retailers", 13.904, "count") in got
    assert ("Net sales", 2_150_500_000, "USD") in got


_PERCENT_OF_SALES = """Rowan Optics, Inc. Reports Fourth Quarter 2024 Results

LAKEWOOD, Colo., February 20, 2025 -- Rowan Optics, Inc. (NASDAQ: RWNO) today reported results for the fourth
quarter ended December 31, 2024.

Consolidated Statements of Income
(in 000's except for per share data)

                                  Three Months Ended
                      ---------------------------------------------
                        % of     December     % of     December
                        Sales    31, 2024     Sales    31, 2023
                      ---------  ---------  ---------  ---------
Net sales             100.0 %    $ 61,240   100.0 %    $ 58,310
Cost of sales          28.4 %      17,392    27.9 %      16,269
Gross profit           71.6 %      43,848    72.1 %      42,041
"""


def test_a_figure_left_of_every_column_the_header_gives_is_no_part_of_the_label():
    """'% of Sales' over the first column was taken for the label column's heading, so 'Net sales   100.0 %' became
    a label and every amount of the row a percentage of the wrong column ($61,240 stored as 61,240 percent): a row
    printing a figure in its label column is not read (its columns can't be told), never read askew."""
    doc = parse_text("rowan.txt", _PERCENT_OF_SALES)
    rows = [f for f in doc.figures if f.source == "table"]
    assert not [f for f in rows if any(ch.isdigit() for ch in f.label)], [(f.label, f.value) for f in rows]
    assert not [f for f in rows if f.unit == "percent" and f.value > 100], [(f.label, f.value) for f in rows]
