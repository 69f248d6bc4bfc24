"""An outlook's range in prose (issue 19): "expects revenue in the range of $3.47 billion to $3.52 billion for the
full year 2020" is read as its two ends, each qualified as guidance (low, high), of the period the sentence names
— a period after the release's own. A range that is no outlook ("$3.0 million to $4.0 million"), an earlier
range ("from its previous range of"), one a result is set against ("above the guidance range of") or one whose
period the sentence does not name is not read. Invented companies and figures."""
from __future__ import annotations

from parsers.document import parse_text
from parsers.tables import normalize_basis

HEAD = """QUILLFEATHER LABS REPORTS 2019 FOURTH QUARTER RESULTS

AUSTIN, Texas, February 6, 2020 -- Quillfeather Labs, Inc. (NASDAQ: QFLB) today reported results for the
quarter and year ended December 31, 2019.

"""


def _read(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return [(f.label, f.value, f.unit, f.period.label(doc.fye_month), f.qualifier, f.segment) for f in doc.figures
            if f.source == "narrative"]


def test_an_outlook_range_is_its_two_ends_as_guidance():
    got = _read("For the full year 2020, Quillfeather expects revenue in the range of $3.47 billion to $3.52 billion.\n\n"
                "The company expects full-year 2020 revenue between $186 million and $187 million, and first quarter "
                "2020 revenue between $52.7 million and $53.7 million.\n")
    assert got == [("revenue (guidance low)", 3.47e9, "USD", "FY 2020", "guidance low", ""),
                   ("revenue (guidance high)", 3.52e9, "USD", "FY 2020", "guidance high", ""),
                   ("revenue (guidance low)", 186e6, "USD", "FY 2020", "guidance low", ""),
                   ("revenue (guidance high)", 187e6, "USD", "FY 2020", "guidance high", ""),
                   ("revenue (guidance low)", 52.7e6, "USD", "Q1 2020", "guidance low", ""),
                   ("revenue (guidance high)", 53.7e6, "USD", "Q1 2020", "guidance high", "")]
    assert {normalize_basis(g[4]) for g in got} == {"guidance"}


def test_a_per_share_range_and_a_low_end_without_its_scale():
    got = _read("For the first quarter of 2020, the Company expects net earnings of $1.97 to $2.02 per diluted share.\n\n"
                "Quillfeather raised its guidance for full year 2020 FFO to a range of $2.94 to $3.00 per share, from "
                "its previous range of $2.90 to $2.98.\n\n"
                "For the full year 2020, Quillfeather expects Adjusted EBITDA of $2,900 to $3,050 million.\n")
    assert ("net earnings per diluted share (guidance low)", 1.97, "USD/share", "Q1 2020", "guidance low", "") in got
    assert ("net earnings per diluted share (guidance high)", 2.02, "USD/share", "Q1 2020", "guidance high", "") in got
    assert {(g[1], g[3]) for g in got if g[0].startswith("FFO")} == {(2.94, "FY 2020"), (3.00, "FY 2020")}
    assert {(g[1], g[4]) for g in got if "EBITDA" in g[0]} == {(2.9e9, "adjusted, guidance low"),
                                                               (3.05e9, "adjusted, guidance high")}
    assert not [g for g in got if g[1] in (2.90, 2.98, 2900)]


def test_a_non_gaap_outlook_keeps_its_basis_beside_the_gaap_one():
    got = _read("For the full year 2020, Quillfeather expects GAAP operating expenses of $1.3 billion to $1.4 billion "
                "and non-GAAP operating expenses of $1.1 billion to $1.2 billion.\n")
    assert {g[4] for g in got if g[1] in (1.1e9, 1.2e9)} == {"non-gaap, guidance low", "non-gaap, guidance high"}
    assert {g[4] for g in got if g[1] in (1.3e9, 1.4e9)} == {"guidance low", "guidance high"}


def test_ranges_that_are_no_outlook_of_a_named_period_to_come_are_not_read():
    got = _read("Revenue was $3.0 million to $4.0 million in each quarter of 2019.\n\n"
                "Quillfeather expects revenue of $5 million to $6 million.\n\n"
                "Fourth quarter 2019 profit was $2.4 million, above the guidance range of $1.9 million to $2.1 million "
                "for the fourth quarter of 2019.\n\n"
                "For the fourth quarter of 2019, the company expected revenue of $7.0 million to $7.5 million.\n\n"
                "The company expects to end fiscal 2020 with cash and investments of $150 million to $175 million.\n\n"
                "Quillfeather expects full year 2020 revenue of $90 million to $80 million.\n")
    assert not [g for g in got if "guidance" in g[4]], got
    assert not [g for g in got if g[1] in (3e6, 4e6, 5e6, 6e6, 1.9e6, 2.1e6, 7e6, 7.5e6, 150e6, 175e6, 90e6, 80e6)]


def test_a_company_that_expects_is_no_line_of_business():
    got = _read("For the full year 2020, Quillfeather expects revenue of $3.47 billion to $3.52 billion.\n")
    assert {g[5] for g in got} == {""}


OUTLOOK_BULLETS = """Net sales were $900 million in the fourth quarter of 2019.

Full-Year 2020 Financial Outlook

For fiscal year 2020, the Company currently expects:

* Net sales of approximately $3.47 billion to $3.52 billion, which includes projected headwinds of approximately $60
  million from changes in foreign currency exchange rates.
* GAAP operating profit of approximately $420 million to $440 million.
* Adjusted operating profit of approximately $450 million to $465 million.
* GAAP and Adjusted Interest expense of approximately $190 million.
* Earnings per share from continuing operations of approximately $0.51 to $0.55.
* Free cash flow of approximately $300 million, an increase of $20 million.

Net income was $50 million for the year ended December 31, 2019.

* Operating income was $61 million for the year ended December 31, 2019.
"""


def test_bullets_under_an_outlooks_lead_in_are_guidance_of_its_period():
    got = _read(OUTLOOK_BULLETS)
    guidance = {(g[0], g[1], g[3]) for g in got if "guidance" in g[4]}
    assert guidance == {("Net sales (guidance low)", 3.47e9, "FY 2020"), ("Net sales (guidance high)", 3.52e9, "FY 2020"),
                        ("operating profit (guidance low)", 420e6, "FY 2020"),
                        ("operating profit (guidance high)", 440e6, "FY 2020"),
                        ("operating profit (adjusted, guidance low)", 450e6, "FY 2020"),
                        ("operating profit (adjusted, guidance high)", 465e6, "FY 2020"),
                        ("Interest expense (adjusted, guidance)", 190e6, "FY 2020"),
                        ("Earnings per share from continuing operations (guidance low)", 0.51, "FY 2020"),
                        ("Earnings per share from continuing operations (guidance high)", 0.55, "FY 2020"),
                        ("Free cash flow (guidance)", 300e6, "FY 2020")}
    assert not [g for g in got if g[1] in (60e6, 20e6)]  # a headwind, a change: no guidance of a metric
    actual = {(g[0], g[1], g[3]) for g in got if not g[4]}
    assert actual == {("Net sales", 900e6, "Q4 2019"), ("Net income", 50e6, "FY 2019"), ("Operating income", 61e6, "FY 2019")}


def test_bullets_under_a_lead_in_of_the_releases_own_period_are_no_guidance():
    got = _read("For the fourth quarter of 2019, the Company reported:\n\n* Net sales of $900 million.\n"
                "* Free cash flow of approximately $300 million.\n")
    assert {(g[0], g[1], g[3], g[4]) for g in got} == {("Net sales", 900e6, "Q4 2019", ""),
                                                      ("Free cash flow", 300e6, "Q4 2019", "")}


def test_what_an_outlook_includes_or_is_sensitive_to_is_no_outlook_of_the_metric():
    got = _read("For fiscal year 2020, the Company currently expects:\n\n"
                "* Adjusted operating profit of approximately $450 million. The operating profit outlook includes a "
                "projected headwind of approximately $8 million from changes in foreign currency exchange rates.\n"
                "* GAAP Other expenses of approximately $49 million.\n"
                "* Data Center revenue of approximately $50 million.\n"
                "* For every one JPY move against the USD, expect the following impact on our 2020 financials:\n"
                "  -- Revenue: $0.74 million\n"
                "  -- Operating Income: $0.23 million\n")
    assert {(g[0], g[1]) for g in got if "guidance" in g[4]} == {("operating profit (adjusted, guidance)", 450e6)}
    assert not [g for g in got if g[1] in (8e6, 49e6, 50e6, 0.74e6, 0.23e6) and g[3] == "FY 2020"]


def test_an_outlook_bullet_that_names_its_own_span_or_a_rate_per_quarter_is_not_the_lead_ins():
    got = _read("The Company expects the following for fiscal year 2020:\n\n"
                "* Widget sales of approximately $75 million to $125 million in the second half of 2020.\n"
                "* Adjusted EBITDA gain of approximately $5 million to $22.5 million per quarter.\n"
                "* Gadget sales of approximately $165 million to $175 million, representing growth of 9% to 15%.\n"
                "* Revenue in Xanadu of approximately $10 million to $12 million.\n")
    # the second half's range is dated by the bullet's own span alone (the six months to December 2020), never the
    # lead-in's year; a rate per quarter and a place's range are not read
    assert {(g[0], g[1], g[3], g[5]) for g in got} == {("sales (guidance low)", 165e6, "FY 2020", "Gadget"),
                                                      ("sales (guidance high)", 175e6, "FY 2020", "Gadget"),
                                                      ("sales (guidance low)", 75e6, "6M to 2020-12", "Widget"),
                                                      ("sales (guidance high)", 125e6, "6M to 2020-12", "Widget")}


def test_a_gaap_and_non_gaap_outlook_list_under_an_outlooks_lead_in():
    got = _read("Quillfeather's outlook for the first quarter of fiscal 2020 is as follows:\n\n"
                "* GAAP and non-GAAP operating expenses are expected to be approximately $5.9 billion and $4.2 billion, "
                "respectively.\n* Revenue is expected to be $54.0 billion, plus or minus 2%.\n\n"
                "GAAP and non-GAAP operating expenses are expected to be approximately $3.5 billion and $2.5 billion, "
                "respectively.\n")
    assert {(g[0], g[1], g[3], g[4]) for g in got} == {
        ("operating expenses (guidance)", 5.9e9, "Q1 2020", "guidance"),
        ("operating expenses (non-gaap, guidance)", 4.2e9, "Q1 2020", "non-gaap, guidance"),
        ("Revenue (guidance)", 54e9, "Q1 2020", "guidance")}


def test_the_date_an_outlooks_period_ends_is_no_balance_at_an_end():
    """"For the first quarter of 2020, ending March 31, 2020, ... expects": the period's own end, so the range is read;
    "expects to end fiscal 2020 with cash of" stays a balance at an end, not read."""
    got = _read("For the first quarter of 2020, ending March 31, 2020, Quillfeather expects total revenue of $216.0 "
                "million to $218.0 million.\n\n"
                "For fiscal 2020, ending December 31, 2020, Quillfeather expects to end the year with cash of $150 "
                "million to $175 million.\n")
    assert [(g[1], g[3], g[4]) for g in got] == [(216e6, "Q1 2020", "guidance low"), (218e6, "Q1 2020", "guidance high")]


def test_a_figure_said_in_the_future_tense_is_no_actual():
    """'Revenue for the full year 2019 will be approximately $181 million' and '... should come in at $48.2 million' in a
    release that pre-announces its results were stored as the actual revenue: a figure said with 'will', 'should' or
    'is likely to' is one to come, guidance."""
    got = _read("Revenue for the full year 2019 will be approximately $181 million.\n\n"
                "Revenue for the fourth quarter should come in at $48.2 million.\n\n"
                "Net income for the fourth quarter is likely to exceed $5.0 million.\n")
    assert got and {normalize_basis(g[4]) for g in got} == {"guidance"}
    # near misses: an actual said in the past tense, and 'will' only after the amount
    got = _read("Revenue for the fourth quarter was $48.2 million, which will be discussed on the call.\n")
    assert [(g[0], g[1], g[3], normalize_basis(g[4])) for g in got] == [("Revenue", 48.2e6, "Q4 2019", "")]
