"""Prose amounts misread for their period or scale: a negative amount with its scale after the parenthesis
('€(29.2)m'), a comparison that names no period ('(vs. $90.0 million)', ', compared with $15.0 million'), a
comparison printed without the scale of the figure it compares with. Built releases, each failing before the fix."""
from __future__ import annotations

from datetime import date

from chat.engine import Context, Engine
from knowledge.doubts import find
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter ended December 31, 2024.

"""

Q4_24, Q4_23 = (date(2024, 12, 31), 3), (date(2023, 12, 31), 3)


def _figures(body: str) -> list[tuple]:
    doc = parse_text("acme.md", HEAD + body)
    return [(f.label.lower(), f.value, (f.period.end, f.period.months), f.comp_value,
             (f.comp_period.end, f.comp_period.months) if f.comp_period else None) for f in doc.figures]


def test_a_scale_after_the_parenthesis_of_a_negative_amount():
    got = _figures("Operating loss for the fourth quarter of 2024 was \u20ac(29.2)m, compared with \u20ac(10.1)m in the "
                   "fourth quarter of 2023. Free cash flow was $(1.2)bn in the fourth quarter of 2024.\n")
    values = {(label, v, p) for label, v, p, _, _ in got}
    assert ("operating loss", -29_200_000, Q4_24) in values and ("operating loss", -10_100_000, Q4_23) in values
    assert ("free cash flow", -1_200_000_000, Q4_24) in values
    assert not [v for _, v, _, _, _ in got if abs(v) < 1000]  # never -29.2 euros


def test_a_comparison_naming_no_period_is_the_same_span_a_year_before():
    got = _figures("Revenue was $100.0 million in the fourth quarter of 2024 (vs. $90.0 million). Operating income "
                   "was $20.0 million in the fourth quarter of 2024, compared with $15.0 million. Net income was $12.0 "
                   "million in the fourth quarter of 2024, compared to net income of $9.0 million.\n")
    assert ("revenue", 100_000_000, Q4_24, 90_000_000, Q4_23) in got
    assert ("revenue", 90_000_000, Q4_23, None, None) in got
    assert ("operating income", 15_000_000, Q4_23, None, None) in got
    assert ("net income", 9_000_000, Q4_23, None, None) in got


def test_a_comparison_naming_no_period_keeps_the_period_rule():
    """Earlier and of the same length (knowledge/doubts.py's period rule): no violation from the comparisons read."""
    doc = parse_text("acme.md", HEAD + "Revenue was $100.0 million in the fourth quarter of 2024 (vs. $90.0 million), "
                                       "and operating income was $20.0 million, compared with $15.0 million.\n")
    assert not [v for v in find(doc, []).violations if "compared with" in v.said]


def test_a_sequential_comparison_naming_no_period_is_not_read_as_a_year_before():
    got = _figures("Revenue was $100.0 million in the fourth quarter of 2024, up sequentially, compared with $95.0 "
                   "million.\n")
    assert not [f for f in got if f[2] == Q4_23]


def test_a_balance_compared_with_no_date_is_not_dated():
    got = _figures("Cash and cash equivalents were $50.0 million at December 31, 2024, compared with $40.0 million.\n")
    assert not [f for f in got if f[1] == 40_000_000]


def test_a_comparison_without_the_scale_of_its_figure_is_not_read():
    got = _figures("Income tax in the fourth quarter of 2024 was a charge of $(29.7)m (vs. $(27.4) in the fourth "
                   "quarter of 2023).\n")
    assert not [f for f in got if abs(f[1]) == 27.4]


def test_a_comparison_printed_in_full_keeps_its_value():
    got = _figures("Operating income was $5.2 million in the fourth quarter of 2024, compared with $480,000 in the "
                   "fourth quarter of 2023.\n")
    assert ("operating income", 480_000, Q4_23, None, None) in got


def test_the_year_before_is_answered_from_a_bare_comparison(tmp_path):
    release = tmp_path / "acme.md"
    release.write_text(HEAD + "Revenue was $100.0 million in the fourth quarter of 2024 (vs. $90.0 million).\n")
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    try:
        answer, _ = engine.ask("Acme revenue Q4 2023", Context())
    finally:
        engine.close()
    assert answer.status == "answered" and answer.value == 90_000_000


def test_a_comparison_with_a_forecast_is_no_figure_of_the_year_before():
    for sentence in ("Revenue was $100.0 million in the fourth quarter of 2024, compared with expectations of $95.0 million.",
                     "Revenue was $100.0 million in the fourth quarter of 2024, compared with $95.0 million expected by "
                     "analysts.",
                     "Revenue was $100.0 million in the fourth quarter of 2024, compared with the consensus estimate of "
                     "$95.0 million."):
        assert not [f for f in _figures(sentence + "\n") if f[1] == 95_000_000], sentence


def test_a_level_set_lower_than_another_amount_is_no_change():
    """'Inventories at <date> were $158.7 million, lower than $192.5 million ...': the amount's window ends at the
    next amount, right after 'than', so the comparison was read as '$158.7 million lower' (a change of 158.7)."""
    got = _figures("Inventories at December 31, 2024 were $158.7 million, lower than $192.5 million at the end of "
                   "last year. Net loans were $40.0 million higher than a year earlier at December 31, 2024.\n")
    assert ("inventories", 158_700_000, (date(2024, 12, 31), 0), 192_500_000, (date(2023, 12, 31), 0)) in got
    assert ("inventories", 192_500_000, (date(2023, 12, 31), 0), None, None) in got  # the level beside, at its own date
    assert not [f for f in got if f[0] == "inventories (change)"]
    assert [f for f in got if f[0].endswith("(change)") and f[1] == 40_000_000]  # a change stays a change


def test_a_line_of_business_before_a_listed_term_leaves_the_list_unread():
    """'Freight revenue and operating expenses ... were $8.5 million and $6.7 million, respectively': the list read
    whole made $8.5 million the company's revenue; alone, 'Freight revenue' is the freight line's. A list of the
    company's own terms is still read."""
    got = _figures("Freight revenue and operating expenses for the three months ended December 31, 2024 were $8.5 "
                   "million and $6.7 million, respectively.\n\nRevenue and operating expenses for the three months "
                   "ended December 31, 2024 were $9.5 million and $7.7 million, respectively.\n")
    assert not [f for f in got if f[1] in (8_500_000, 6_700_000)]
    assert ("revenue", 9_500_000, Q4_24, None, None) in got and ("operating expenses", 7_700_000, Q4_24, None, None) in got
    doc = parse_text("acme.md", HEAD + "Widget sales for the three and twelve months ended December 31, 2024 were "
                                       "$1.8 million and $6.0 million, respectively.\n")
    assert {(f.value, f.period.months, f.product) for f in doc.figures} == {(1_800_000, 3, "Widget"),
                                                                             (6_000_000, 12, "Widget")}


def test_a_cause_set_off_by_a_comma_is_no_qualifier_of_the_amount_before_it():
    """'... from $9.8 billion at December 31, 2023, primarily due to lower brokered deposits': the cause explains the
    sentence's change; it was read as the amount's own qualifier ('Total deposits (due)'), and a printed subject's
    compared amount was left unread. An amount right before 'related to'/'due to' is still a part."""
    got = _figures("Total deposits decreased to $9.5 billion at December 31, 2024, from $9.8 billion at December 31, "
                   "2023, primarily due to lower brokered deposits.\n\nTotal capital decreased to $9.5 billion at "
                   "December 31, 2024, from $9.8 billion at December 31, 2023, primarily due to lower retained "
                   "earnings.\n\nInterest expense for the fourth quarter of 2024 was $1.2 million related to the "
                   "early retirement of debt.\n")
    dec24, dec23 = (date(2024, 12, 31), 0), (date(2023, 12, 31), 0)
    assert ("total deposits", 9_800_000_000, dec23, None, None) in got
    assert ("total capital", 9_500_000_000, dec24, 9_800_000_000, dec23) in got
    assert ("total capital", 9_800_000_000, dec23, None, None) in got
    assert ("interest expense (related)", 1_200_000, Q4_24, None, None) in got


def test_markdown_bold_marks_are_no_words_of_the_sentence():
    """A wire copy's bold ('**Fourth** quarter net income of $1.21 per diluted share ...; full year net income of
    $2.39 ...') hid 'Fourth quarter' from the period reader (the $1.21 was dated the full year), and a bold subject
    ('**Total deposits** were ...') was no subject. A bullet's single '*' is still a bullet."""
    got = _figures("* **Fourth** quarter net income of $1.21 per diluted share; full year net income of $2.39 per "
                   "diluted share.\n\n**Total deposits** were $9.5 billion at December 31, 2024.\n")
    assert ("net income per diluted share", 1.21, Q4_24, None, None) in got
    assert ("net income per diluted share", 2.39, (date(2024, 12, 31), 12), None, None) in got
    assert not [f for f in got if f[1] == 1.21 and f[2] != Q4_24]
    assert ("total deposits", 9_500_000_000, (date(2024, 12, 31), 0), None, None) in got


def test_an_outlook_range_after_the_period_its_term_names_is_read():
    """'expects revenues for the first quarter of 2025 in the range of $118 million to $120 million': 'range of'
    was read as another noun the amounts are of (as 'derivative positions of $23.3 million'), the term too far back.
    A range a result is set against ('within the guidance range of') is still no outlook."""
    q1_25 = (date(2025, 3, 31), 3)
    got = _figures("Management expects revenues for the first quarter of 2025 in the range of $118 million to $120 "
                   "million.\n\nRevenues for the fourth quarter of 2024 were within the guidance range of $108 million "
                   "to $110 million.\n")
    assert ("revenues (guidance low)", 118_000_000, q1_25, None, None) in got
    assert ("revenues (guidance high)", 120_000_000, q1_25, None, None) in got
    assert not [f for f in got if f[1] in (108_000_000, 110_000_000)]


def test_a_range_whose_high_end_alone_prints_mark_and_scale_is_read_whole():
    """'expected at $500-600 million': the low end '$500' has the high end's scale and mark (as '$186-$187M'); it was
    left unread. A range that is no outlook ('Revenue ... was $118-120 million') stays unread, never $118."""
    fy25 = (date(2025, 12, 31), 12)
    got = _figures("Capital expenditures for the full year 2025 are now expected at $500-600 million.\n\nRevenue for "
                   "the fourth quarter of 2024 was $118-120 million.\n")
    assert ("capital expenditures (guidance low)", 500_000_000, fy25, None, None) in got
    assert ("capital expenditures (guidance high)", 600_000_000, fy25, None, None) in got
    assert not [f for f in got if f[1] in (118, 118_000_000, 120_000_000)]


def test_a_balance_compared_with_two_dates_is_no_flattened_table():
    """'... were $501.2 million as of December 31, 2024, compared to $448.6 million as of December 31, 2023, and
    $488.7 million as of September 30, 2024': each date's day and year counted as numbers, so the sentence was taken
    for a table flattened into a line and left unread. A row of figures is still a table."""
    got = _figures("Total deposits were $501.2 million as of December 31, 2024, compared to $448.6 million as of "
                   "December 31, 2023, and $488.7 million as of September 30, 2024.\n\nTotal deposits 2024 2023 "
                   "$501.2 $448.6 $488.7 $401.1 $388.0 $377.2 $366.1 $355.0 $344.9\n")
    assert ("total deposits", 501_200_000, (date(2024, 12, 31), 0), 448_600_000, (date(2023, 12, 31), 0)) in got
    assert ("total deposits", 488_700_000, (date(2024, 9, 30), 0), None, None) in got
    assert not [f for f in got if f[1] < 1000]


def test_two_amounts_with_their_shares_dated_before_and_after():
    """'Net income for the quarter ended December 31, 2024 was $122,212,000, or $0.61 per diluted share, and
    $123,751,000, or $0.63 per diluted share, for the prior year's quarter': the second pair is the period after it;
    left unread before. A period after it of another length ('for the full year 2024') leaves it unread."""
    got = _figures("Net income for the quarter ended December 31, 2024 was $122,212,000, or $0.61 per diluted share, "
                   "and $123,751,000, or $0.63 per diluted share, for the prior year's quarter.\n\nOperating income for "
                   "the fourth quarter of 2024 was $12.0 million, or $0.61 per diluted share, and $13.0 million, or "
                   "$0.65 per diluted share, for the full year 2024.\n")
    assert ("net income", 123_751_000, Q4_23, None, None) in got
    assert ("net income per diluted share", 0.63, Q4_23, None, None) in got
    assert ("net income", 122_212_000, Q4_24, None, None) in got
    assert not [f for f in got if f[1] in (13_000_000, 0.65)]


def test_over_after_a_determiner_or_with_is_a_bound_not_a_figure():
    """'which together contribute to our over $100 million equipment sales backlog', 'a manager with over $1 trillion
    of assets under management': more than the amount, never the figure (read as expected sales of $100 million, and
    assets under management of exactly $1 trillion). 'increased 12% over $35.8 million' still compares."""
    got = _figures("Looking forward, we expect to benefit from confirmed sales order contracts, which together "
                   "contribute to our over $100 million equipment sales backlog.\n\nAcme is a manager with over $1 "
                   "trillion of assets under management.\n\nRevenue for the fourth quarter of 2024 increased 12% over "
                   "$35.8 million in the fourth quarter of 2023.\n")
    assert not [f for f in got if f[1] in (100_000_000, 1_000_000_000_000)]
    assert ("revenue", 35_800_000, Q4_23, None, None) in got


def test_a_term_followed_by_tax_is_a_tax_never_the_term():
    """'we recorded a net income tax benefit of $2.3 billion': read as net income of $2.3 billion; 'operating income
    tax effects' as operating income. 'Net income was ...' and 'income tax expense was ...' are still read."""
    got = _figures("For the fourth quarter of 2024, we recorded a net income tax benefit of $2.3 billion.\n\nFor the "
                   "fourth quarter of 2024, operating income tax effects were $1.3 million.\n\nNet income was $4.0 "
                   "million for the fourth quarter of 2024.\n")
    assert not [f for f in got if f[0] in ("net income", "operating income") and f[1] in (2_300_000_000, 1_300_000)]
    assert ("net income", 4_000_000, Q4_24, None, None) in got


def test_an_item_under_a_bullet_after_a_bare_dash_is_never_dated_by_the_heading():
    """'* H1 2024-25 results in line with expectations / -- / Operating verticals revenues of EUR600m': an item of
    the half-year bullet (a wire copy's dash line, trailing spaces and all, opens a bullet) was dated the heading's
    quarter (EUR600m for the second quarter). A dash bullet with its own
    words ('-- Net income of $3.2 million for the fourth quarter of 2024') is still read."""
    doc = parse_text("orbital.md", "Orbital Links: Second Quarter and First Half 2024-25 Results\n\n"
                     "* H1 2024-25 results in line with expectations   \n   --   \n   Operating verticals revenues of "
                     "EUR600m up 3.9% like-for-like   \n   --   \n   Adjusted EBITDA margin of 55.2%\n\nPARIS, February "
                     "14, 2025 -- "
                     "Orbital Links SA today reported results for the half year ended December 31, 2024.\n\n"
                     "-- Net income of EUR3.2 million for the second quarter of 2024-25\n")
    got = [(f.value, f.period.months) for f in doc.figures if f.source == "narrative"]
    assert (600_000_000, 3) not in got
    assert (3_200_000, 3) in got


def test_an_amount_compared_as_an_outflow_is_negative():
    """'Operating cash flow was $35.4 million ..., compared to a cash outflow of $3.1 million in the third quarter':
    the third quarter's operating cash flow is -3.1 million (it was read +3.1). A subject that says outflow itself
    keeps its amount as printed."""
    got = _figures("Operating cash flow was $35.4 million for the fourth quarter of 2024, compared to a cash outflow of "
                   "$3.1 million in the fourth quarter of 2023.\n\nNet cash outflow for the fourth quarter of 2024 was "
                   "$2.1 million.\n")
    assert ("operating cash flow", -3_100_000, Q4_23, None, None) in got
    assert not [f for f in got if f[1] == 3_100_000]
    assert ("net cash outflow", 2_100_000, Q4_24, None, None) in got


def test_a_percent_change_compared_with_a_named_period_is_the_releases_own_change():
    """"Same-property NOI increased 3.8% over the fourth quarter of 2023" in the fourth quarter's release: the quarter
    it names is the base, and the change is of the release's quarter — it was stored as the base quarter's own change
    (asked of Q4 2023, 3.8%; of Q4 2024, refused). A change over the quarter before is no year-over-year change."""
    got = _figures("Same-property NOI increased 3.8% over the fourth quarter of 2023.\n\n"
                   "Comparable sales increased 2.9% compared with the prior year quarter.\n\n"
                   "Total revenues increased 6.0% compared with the fourth quarter of 2023.\n\n"
                   "Net income increased 2.0% over the third quarter of 2024.\n\n"
                   "In the fourth quarter of 2023, comparable sales increased 1.5%.\n")
    values = {(label, v, p) for label, v, p, _, _ in got}
    assert ("same-property noi", 3.8, Q4_24) in values and ("comparable sales", 2.9, Q4_24) in values
    assert ("total revenues", 6.0, Q4_24) in values
    assert not [g for g in got if g[1] in (3.8, 2.9) and g[2] != Q4_24], got
    assert not [g for g in got if g[0] == "net income"], got  # sequential: never the quarter's year-over-year change
    assert ("comparable sales", 1.5, Q4_23) in values  # near miss: the period the figure is said of
