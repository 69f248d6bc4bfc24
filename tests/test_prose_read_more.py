"""More prose amounts read (issue 19): sentence shapes and layouts whose money amounts were left unread although
they state a figure of a period, each on an invented release.

- A wire copy's fenced fixed-width table ends at its closing fence: the prose after it (bullets of the cash flow,
  a paragraph on the tax rate) is read as prose, never swallowed as more rows of the table.
- "First Half revenues", "for the first half" (no year) in a half-year release is the release's own half: its year
  to date, as "the nine months" of a third quarter's release is; never in a release of another span.
- A clause that opens with "while" after a comparison ("... up 5% compared to last year while non-GAAP earnings per
  share were $2.87") states its own term's figure, not the comparison's.
- A clause opening on a list whose last item is a term ("Net earned premiums, fees and other income totaled $2.99
  billion") states the sum of the list: never the last item's figure (unless "respectively" pairs items and amounts).
- A bullet's subject the vocabulary lacks ("* Franchise fees were $9.2 million") that names no period takes the
  heading's period only when the heading (or the section heading over a plain lead-in that names none) names exactly
  one period, the release's own, no outlook, and the subject names a flow (vocabulary flow_heads), never a balance.
- The same term's figure of a second period after "and": "Widget revenue for the fourth quarter of 2024 totaled $13.6
  million and $28.7 million for the full year 2024" (the first period named before the first amount), "grew 12% to
  $729 million in the fourth quarter and 13% to $2,771 million for full year 2024"; never a period compared with.
- A measure's name in capitals ending in "Flow" ("Portfolio Cash Flow was $678 million in the fourth quarter") is
  read as its printed words, as "Royalty Receipts" is (vocabulary title_case_measure_heads); a name's capitals
  ("Harborline Cash Flow") are not.
- A sentence that names a period the period patterns do not read ("For the 12M 24' period our net income was ...",
  "For the 2024 period, ...") is dated by it or by nothing: never by the paragraph's or the release's own period.
- "Quarterly revenue reached a record $25.0 million" naming no period of its own is a quarter's figure: never dated
  by a heading of the year ("Full Year 2024 Highlights"), a year it names or a year's release period."""
from __future__ import annotations

from knowledge.check_prose import score_prose
from parsers.document import parse_text

HEAD = """Zentrix Corp. Reports Fourth Quarter and Full Year 2024 Results

DENVER, Colorado, February 12, 2025 -- Zentrix Corp. (NYSE: ZNTX) today reported results for the fourth quarter and
year ended December 31, 2024.

"""


def _read(body: str, name: str = "a.md"):
    doc = parse_text(name, HEAD + body + "\n")
    return doc, [(f.label, f.value, f.period.label(12), f.qualifier) for f in doc.figures if f.source == "narrative"]


FENCED = """* Effective Tax Rate

```
  (Unaudited)                           For the years ended
  ---------------------------  -------------------------------------
                               December 31, 2024   December 31, 2023
                               ------------------  -----------------
  GAAP Effective Tax
   Rate                                     21.0%              22.6%
  Underlying Effective
   Tax Rate(1)                              20.5%              21.5%

  (1) See Appendix for definitions.
```

Our effective tax rate decreased when compared to the prior year in part due to a gain recognized in the fourth
quarter of 2024.

CASH FLOW HIGHLIGHTS

* Net cash provided by operating activities was $710.3 million for the year ended December 31, 2024, which decreased $18.7 million compared to the prior year.
* Free cash flow was $340.6 million for the year ended December 31, 2024, a decrease of $29.4 million from the prior year.
"""


def test_prose_after_a_fenced_tables_closing_fence_is_read():
    doc, got = _read(FENCED)
    assert ("Net cash provided by operating activities", 710_300_000, "FY 2024", "") in got, got
    assert ("Free cash flow", 340_600_000, "FY 2024", "") in got, got
    rates = [f for f in doc.figures if f.source == "table" and f.unit == "percent"]
    assert {f.value for f in rates} >= {21.0, 22.6}, rates  # the table itself is still read
    assert not any(f.source == "table" and f.line > 20 for f in doc.figures)  # no row of it past the fence
    assert not [u for u in score_prose(doc).unread if "710.3" in u or "340.6" in u]


HALF_HEAD = """Orvane Satellite Group: Second Quarter and First Half 2024-25 Results

PARIS--(BUSINESS WIRE)--February 14, 2025--

The Board of Directors of Orvane Satellite Group (Euronext Paris: ORVS) reviewed the financial results for the Half
Year ended 31 December 2024.

"""
HALF_BODY = """Revenues for the First Half of FY 2024-25 stood at EUR600.5 million.

First Half Broadcast revenues were down by 6.4% to EUR309.2 million, in line with the broader market decline.

Adjusted EBITDA for the first half stood at EUR334.9 million.
"""


def test_the_first_half_without_a_year_is_a_half_year_releases_own():
    doc = parse_text("h.md", HALF_HEAD + HALF_BODY)
    got = {(f.label, f.value, f.period.label(doc.fye_month, doc.fy_offset), f.product) for f in doc.figures
           if f.source == "narrative"}
    assert ("revenues", 309_200_000, "6M FY2025", "Broadcast") in got, got  # the business line's, never the company's
    assert ("Adjusted EBITDA (adjusted)", 334_900_000, "6M FY2025", "") in got, got


def test_the_first_half_without_a_year_dates_nothing_in_a_years_release():
    _, got = _read("Net income was $4.0 million for the year ended December 31, 2024.\n\n"
                   "Adjusted EBITDA for the first half stood at $33.9 million.")
    assert not any(v == 33_900_000 for _, v, _, _ in got), got  # which year's first half? not read


def test_a_while_clause_after_a_comparison_is_its_own_terms_figure():
    _, got = _read("For fiscal year 2024, total revenues were up 3% at $38.3 billion. GAAP earnings per share were $2.38, "
                   "up 5% compared to last year while non-GAAP earnings per share were $2.87, up 7%.")
    assert ("earnings per share (non-gaap)", 2.87, "FY 2024", "non-gaap") in got, got
    assert not any(v == 2.87 and p != "FY 2024" for _, v, p, _ in got), got


def test_a_list_ending_in_a_term_states_the_lists_sum_not_the_terms():
    for body in ("Net earned premiums, fees and other income totaled $2.99 billion in the fourth quarter of 2024.",
                 "Premiums, fees and net investment income were $2.99 billion in the fourth quarter of 2024.",
                 "Total revenue, including fees and other income, was $2.99 billion in the fourth quarter of 2024."):
        _, got = _read(body)
        assert not any(v == 2_990_000_000 and "income" in label.lower() for label, v, _, _ in got), (body, got)
    _, got = _read("Gross profit, operating income and net income were $9.1 million, $4.2 million and $3.3 million, "
                   "respectively, in the fourth quarter of 2024.")
    assert ("net income", 3_300_000, "Q4 2024", "") in got, got  # a list "respectively" pairs: read item by item
    _, got = _read("Notably, deposits, fees and other income totaled $2.99 billion in the fourth quarter of 2024.")
    assert not any(v == 2_990_000_000 for _, v, _, _ in got), got  # a lead-in adverb, then the list
    _, got = _read("As a result, other income totaled $2.99 billion in the fourth quarter of 2024.")
    assert ("other income", 2_990_000_000, "Q4 2024", "") in got, got  # a lead-in is no list


LEAD = "Revenue was $10.0 million for the fourth quarter of 2024.\n\n"


def test_a_bullets_printed_flow_takes_the_period_of_a_heading_naming_only_the_releases_own():
    _, got = _read(LEAD + "Fourth Quarter 2024 Highlights\n\n* Franchise fees were $9.2 million.\n"
                   "* Outstanding borrowings were $210.0 million.\n")
    assert ("franchise fees", 9_200_000, "Q4 2024", "") in got, got
    assert not any(v == 210_000_000 for _, v, _, _ in got), got  # a balance: which date? not the quarter's span
    _, got = _read(LEAD + "Fourth-Quarter 2024 Results\n\nOperating profit increased over the prior year.\n\n"
                   "* Franchise fees were $9.2 million.\n")
    assert ("franchise fees", 9_200_000, "Q4 2024", "") in got, got  # the section heading's, the lead-in naming none
    for heading in ("Fourth Quarter and Full Year 2024 Highlights", "2025 Outlook", "Recent Developments"):
        _, got = _read(LEAD + f"{heading}\n\n* Franchise fees were $9.2 million.\n")
        assert not any(v == 9_200_000 for _, v, _, _ in got), (heading, got)
    _, got = _read(LEAD + "The fourth quarter of 2024 saw strong demand.\n\n* Franchise fees were $9.2 million.\n")
    assert not any(v == 9_200_000 for _, v, _, _ in got), got  # a paragraph's period, not a heading's


def test_a_terms_figure_of_a_second_period_after_and():
    _, got = _read("Widget revenue for the fourth quarter of 2024 totaled $13.6 million and $28.7 million for the full "
                   "year 2024, as previously announced.")
    assert ("revenue", 28_700_000, "FY 2024", "") in got, got
    _, got = _read("Royalty receipts grew 12% to $729 million in the fourth quarter and 13% to $2,771 million for full "
                   "year 2024.")
    assert ("royalty receipts", 729_000_000, "Q4 2024", "") in got, got
    assert ("royalty receipts", 2_771_000_000, "FY 2024", "") in got, got
    _, got = _read("Net income for the fourth quarter of 2024 was $6.4 million and $2.4 million in the prior year quarter.")
    assert not any(v == 2_400_000 for _, v, _, _ in got), got  # a comparison with no word of one: not read
    _, got = _read("Net income was $649 million for the quarter and $2.4 billion for the year, compared with $500 "
                   "million and $2.0 billion in 2023.")
    assert not any(v in (500e6, 2.0e9) for _, v, _, _ in got), got  # after a comparison: which is whose? neither


def test_a_capitalised_cash_flow_measure_is_read_as_printed():
    _, got = _read("**Portfolio Cash Flow (non-GAAP)** was $678 million in the fourth quarter of 2024.")
    assert ("portfolio cash flow", 678_000_000, "Q4 2024", "") in got, got
    _, got = _read("Harborline Cash Flow was $9 million in the fourth quarter of 2024.")
    assert not any(v == 9_000_000 for _, v, _, _ in got), got  # a business's (or a fund's) name: never the company's


def test_a_period_named_but_not_read_dates_nothing():
    for body in ("For the 12M 24' period our net income was $50.2 million, while our operating cash flow amounted to "
                 "$77.7 million.", "For the 2024 period, net income was $50.2 million."):
        _, got = _read(body)
        assert not any(v in (50_200_000, 77_700_000) for _, v, _, _ in got), (body, got)
    _, got = _read("Net income for the three-month period ended December 31, 2024 was $5.0 million.")
    assert ("Net income", 5_000_000, "Q4 2024", "") in got, got


def test_a_quarterly_figure_is_never_dated_with_the_headings_year():
    _, got = _read(LEAD + "Full Year 2024 Highlights\n\n* Quarterly revenue reached a record $25.0 million.\n"
                   "* Record quarterly net income of $5.0 million.\n* Net income of $15.0 million.\n")
    assert not any(v in (25_000_000, 5_000_000) for _, v, _, _ in got), got
    assert ("Net income", 15_000_000, "FY 2024", "") in got, got
    _, got = _read(LEAD + "Fourth Quarter 2024 Highlights\n\n* Quarterly revenue reached a record $25.0 million.\n")
    assert ("revenue", 25_000_000, "Q4 2024", "") in got, got
    _, got = _read("Quarterly revenue grew 10% to $25.0 million in 2024.")
    assert not any(v == 25_000_000 for _, v, _, _ in got), got  # which quarter's? never the year's
