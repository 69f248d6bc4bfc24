"""Classes of misreading met in never-tuned releases (a fiscal-quarter release, a packaging maker's
full year, a bank's and an oil producer's short releases), each on an invented release built here with
a near miss that must not be read that way."""
from __future__ import annotations

from datetime import date

from parsers.document import parse_text
from parsers.periods import Period

STATEMENT = """
Quillmarsh Devices Inc.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)

(In millions)

Three Months Ended
June 28, 2031 | June 29, 2030
Total net sales | 8,215 | 7,031
Net income | 1,902 | 1,644
"""


FORWARD = ("This press release contains forward-looking statements about future business plans. These statements "
           "involve risks and uncertainties, and actual results may differ materially from any future results. " * 8)


def _release(lead: str) -> str:
    return "Exhibit 99.1\n\nQuillmarsh reports third quarter results\n\n" + lead + "\n" + STATEMENT


def test_a_fiscal_year_named_before_its_quarter_is_the_quarters_year() -> None:
    """'its fiscal 2031 third quarter ended June 28, 2031' reports the quarter, never fiscal year 2031 as
    a period of its own (which would end after the quarter, in September)."""
    doc = parse_text("x.md", _release("SAN JOSE, CALIFORNIA — Quillmarsh Devices Inc. today announced financial "
                                      "results for its fiscal 2031 third quarter ended June 28, 2031. The Company "
                                      "posted quarterly revenue of $8.2 billion."))
    assert doc.period == Period(date(2031, 6, 28), 3)
    # near miss: a fiscal year's own results, named with its end, stay the year
    year = parse_text("x.md", _release("SAN JOSE, CALIFORNIA — Quillmarsh Devices Inc. today announced financial "
                                       "results for its fiscal 2031 year ended September 27, 2031."))
    assert year.period is not None and year.period.months == 12


def test_the_statements_owner_line_names_a_release_whose_prose_uses_only_its_brand() -> None:
    """'## EX-99.1 - ...' is no headline, and 'Quillmarsh ® today announced' no legal name: the line
    'Quillmarsh Devices Inc.' over 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' names the issuer."""
    text = ("## EX-99.1 - EX-99.1 (qd-ex991.htm)\n\nEX-99.1\n\nDocument\n\nExhibit 99.1\n\n"
            "Quillmarsh reports third quarter results\n\nSAN JOSE, CALIFORNIA — Quillmarsh ® today announced financial "
            "results for its fiscal 2031 third quarter ended June 28, 2031.\n\n" + FORWARD + "\n" + STATEMENT)
    doc = parse_text("x.md", text)
    assert doc.company == "Quillmarsh Devices Inc."
    assert not doc.headline.startswith("##")
    # near miss: the name on a line of its own over prose, not over a statement, names no one
    near = parse_text("x.md", text.replace("\nQuillmarsh Devices Inc.\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
                                           "\nQuillmarsh Devices Inc.\n\nThe figures below are unaudited."))
    assert near.company != "Quillmarsh Devices Inc."


def test_a_ticker_after_a_spaced_hyphen() -> None:
    """'(OTCQB - QMBK)' prints the ticker as '(OTCQB-QMBK)' does; '(OTC - Pink)' prints none."""
    lead = ("QUILLMARSH, N.Y., Feb. 11, 2025 (GLOBE NEWSWIRE) — Quillmarsh Bancorp, Inc. ({mark}) announced today net "
            "income for the year ended December 31, 2024 was $9,870,000 or $2.11 per share compared to $9,650,000 "
            "or $2.05 per share for the same period in 2023.\n")
    assert parse_text("x.md", lead.format(mark="OTCQB - QMBK")).ticker == "QMBK"
    assert parse_text("x.md", lead.format(mark="OTC - Pink")).ticker is None


PIPE_ROWS = """Quillmarsh Packaging Inc. Reports Fourth Quarter 2025 Results

CONSOLIDATED STATEMENTS OF INCOME

(In thousands, except share and per share data)

Three Months Ended December 31, | Year Ended December 31,
2025 | 2024 | 2025 | 2024
Net sales | 98,765 | 87,654 | 401,000 | 370,000
Net income | 6,103 | 5,002 | 27,500 | 25,100
Weighted average common shares outstanding, basic | 31,200,000 | 31,100,000 | 31,250,000 | 31,150,000
Weighted average common shares outstanding, diluted | 31,415,926 | 31,400,000 | 31,420,000 | 31,380,000
"""


def _diluted_shares(text: str) -> set[float]:
    return {f.value for f in parse_text("x.md", text).figures
            if f.unit == "shares" and "diluted" in f.label.lower()}


def test_a_page_number_under_a_table_printed_a_row_a_line_leaves_its_last_row_whole() -> None:
    """'5' alone below the table (an exhibit's page number) is no fifth cell of the diluted shares row."""
    assert 31_415_926.0 in _diluted_shares(PIPE_ROWS + "\n5\n\nQUILLMARSH PACKAGING INC.\n")
    assert 31_415_926.0 in _diluted_shares(PIPE_ROWS)
    # near miss: a table printed a cell a line keeps a bare number set apart by a blank line as its cell
    stream = ("CONSOLIDATED STATEMENTS OF INCOME\n\n(In thousands)\n\nThree Months Ended December 31,\n\n2025\n\n2024\n\n"
              "Net sales\n\n98,765\n\n87,654\n\nNet income\n\n6,103\n\n5,002\n\nDividends declared\n\n12\n\n11\n")
    got = {(f.label, f.value) for f in parse_text("x.md", "Quillmarsh Packaging Inc. Reports Fourth Quarter 2025 Results\n\n"
                                                           + stream).figures}
    assert ("Dividends declared", 11_000.0) in got


def test_a_basic_row_under_a_basic_and_diluted_heading_is_basic_eps() -> None:
    """'Basic and diluted earnings per share:' over 'Basic | 0.88' and 'Diluted | 0.87': 0.88 is basic EPS,
    never a second diluted EPS; near miss: one row 'Basic and diluted earnings per share | 0.87' is the
    diluted figure (as it says)."""
    from knowledge.vocabulary import canonical_metric
    rows = PIPE_ROWS.replace("Weighted average common shares outstanding, basic",
                             "Basic and diluted earnings per share:\nBasic | 0.19 | 0.16 | 0.88 | 0.81\n"
                             "Diluted | 0.19 | 0.16 | 0.87 | 0.80\nWeighted average common shares outstanding, basic")
    got = {(canonical_metric(f.label, f.section, f.unit), f.value) for f in parse_text("x.md", rows).figures
           if f.period.months == 12 and f.period.end.year == 2025 and f.unit.endswith("/share")}
    assert got == {("eps_basic", 0.88), ("eps_diluted", 0.87)}
    one = PIPE_ROWS.replace("Weighted average common shares outstanding, basic",
                            "Basic and diluted earnings per share | 0.19 | 0.16 | 0.87 | 0.80\n"
                            "Weighted average common shares outstanding, basic")
    got = {(canonical_metric(f.label, f.section, f.unit), f.value) for f in parse_text("x.md", one).figures
           if f.period.months == 12 and f.period.end.year == 2025 and f.unit.endswith("/share")}
    assert got == {("eps_diluted", 0.87)}


CATEGORIES = """Quillmarsh Packaging Inc. Reports Fourth Quarter 2025 Results

NET SALES BY CATEGORY (UNAUDITED)

(In thousands)

Three Months Ended December 31, | Year Ended December 31,
2025 | 2024 | 2025 | 2024
Chains and Distributors * | 80,000 | 70,000 | 320,000 | 296,000
Online | 14,455 | 13,534 | 63,000 | 57,000
Retail * | 4,310 | 4,120 | 18,000 | 17,000
{total}

* During the three months ended June 30, 2025, the Company reclassified one customer.
"""


def test_a_bare_line_of_figures_that_adds_up_the_rows_above_is_their_total() -> None:
    """A table printed a row a line whose last line prints only figures ('98,765 | 87,654 | ...'), each
    the sum of its column: the last labelled row ('Retail') keeps its own four figures and the line is the
    total; near miss: a line that adds up to nothing leaves the rows above it as they were, never a total."""
    q4 = Period(date(2025, 12, 31), 3)
    got = {(f.label, f.value) for f in parse_text("x.md", CATEGORIES.format(total="98,765 | 87,654 | 401,000 | 370,000")).figures
           if f.period == q4}
    assert ("Retail", 4_310_000.0) in got and ("Total", 98_765_000.0) in got
    near = {(f.label, f.value) for f in parse_text("x.md", CATEGORIES.format(total="98,766 | 87,654 | 401,000 | 370,000")).figures
            if f.period == q4}
    assert not any(label == "Total" for label, _ in near) and ("Retail", 98_766_000.0) not in near


def test_a_quarter_named_after_its_year_is_that_years_quarter() -> None:
    """'We expect 2025 first quarter revenues of approximately $1.2 million' in a release of 2024's results: the
    first quarter of 2025, never of 2024 (the release's own year); near miss: 'the first quarter' alone stays
    the release's year's."""
    lead = ("WEST PALM BEACH, FL - May 23, 2025 (NEWMEDIAWIRE) - Quillmarsh Health Corporation (OTCPINK: QMHC) "
            "reports its results for the year ended December 31, 2024.\n\nRevenue grew to $4.71 million for the year "
            "ended December 31, 2024 from $4.02 million.\n\n{sentence}\n")
    named = parse_text("x.md", lead.format(sentence="We expect 2025 first quarter revenues of approximately $1.2 million."))
    assert {f.period for f in named.figures if f.value == 1_200_000.0} == {Period(date(2025, 3, 31), 3)}
    bare = parse_text("x.md", lead.format(sentence="Revenues for the first quarter were approximately $1.2 million."))
    assert {f.period for f in bare.figures if f.value == 1_200_000.0} == {Period(date(2024, 3, 31), 3)}


def test_a_fiscal_year_named_before_its_quarter_dates_the_prose_figures_of_the_quarter() -> None:
    """'... for its fiscal 2031 third quarter ended June 28, 2031. ... Diluted earnings per share was $1.37': the
    quarter's EPS, never fiscal 2031's (a year not over); near miss: 'fiscal 2031' before a figure of its own
    ('For fiscal 2031, revenue was $33.0 billion') is the year."""
    q3 = parse_text("x.md", _release("SAN JOSE, CALIFORNIA — Quillmarsh Devices Inc. today announced financial results "
                                     "for its fiscal 2031 third quarter ended June 28, 2031. The Company posted quarterly "
                                     "revenue of $8.2 billion. Diluted earnings per share was $1.37, up 29 percent."))
    assert {f.period for f in q3.figures if f.value == 1.37} == {Period(date(2031, 6, 28), 3)}
    year = parse_text("x.md", _release("SAN JOSE, CALIFORNIA — Quillmarsh Devices Inc. today announced financial results "
                                       "for its fiscal 2031 third quarter ended June 28, 2031. The Company posted quarterly "
                                       "revenue of $8.2 billion.\n\nFor fiscal 2030, revenue was $33.0 billion."))
    assert {f.period.months for f in year.figures if f.value == 33_000_000_000.0} == {12}


def test_the_amounts_a_caused_change_of_the_subject_is_made_of_are_no_level_of_it() -> None:
    """'Lower sales were the result of $7.9 million in lower volume including $2.8 million lower sales': causes
    of a change, never net sales of $7.9 million; near miss: 'Net sales were $121.4 million, up 5% from the prior-year
    period' (the subject's own level, no change said to be caused) is read."""
    lead = ("MILWAUKEE, WI , May 7, 2031 — Quillmarsh Corp. (Nasdaq: QMC) today reported financial results for its third "
            "quarter of fiscal year 2031, which ended March 29, 2031.\n\n{s}\n")
    caused = parse_text("x.md", lead.format(s="Net sales were $121.4 million, down $5.2 million from the prior-year period. "
                                               "Lower sales were the result of $7.9 million in lower volume including "
                                               "$2.8 million lower sales related to program cancellations."))
    assert not any(f.value == 7_900_000.0 for f in caused.figures)
    assert any(f.value == 121_400_000.0 for f in caused.figures)
    level = parse_text("x.md", lead.format(s="Net sales were $121.4 million, up 5% from the prior-year period."))
    assert any(f.value == 121_400_000.0 and not f.qualifier for f in level.figures)
