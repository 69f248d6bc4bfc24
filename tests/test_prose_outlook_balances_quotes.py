"""Issue 19, three classes of prose amounts: outlooks (a year named bare, a year's guidance in a release of part of
it, plain paragraphs under an outlook's lead-in), balances at the end of the release's own period ("at quarter
end", "ended the quarter with", net debt at a date) and figures inside a quotation that names its period. Each is
read as a fact with a term and a period, or not at all; an outlook is never an actual. Invented companies and
figures; a built text read into facts, and one release ingested and asked."""
from __future__ import annotations

from datetime import date

import pytest

from chat.engine import Context
from parsers.document import parse_text
from tests.built_releases import engine_over

Q3_HEAD = """QUILLFEATHER LABS REPORTS 2025 THIRD QUARTER RESULTS

AUSTIN, Texas, November 6, 2025 -- Quillfeather Labs, Inc. (NASDAQ: QFLB) today reported results for the
quarter ended September 30, 2025.

"""
Q4_HEAD = """QUILLFEATHER LABS REPORTS 2025 FOURTH QUARTER RESULTS

AUSTIN, Texas, February 6, 2026 -- Quillfeather Labs, Inc. (NASDAQ: QFLB) today reported results for the
quarter and year ended December 31, 2025.

"""


def _read(head: str, body: str) -> list[tuple]:
    doc = parse_text("a.txt", head + body)
    return [(f.label, f.value, f.period.label(doc.fye_month), f.qualifier) for f in doc.figures
            if f.source == "narrative"]


def test_a_year_after_the_releases_own_is_the_whole_year_never_its_quarter():
    got = _read(Q3_HEAD, "Depreciation expense is expected to be $80 million in 2026.\n\n"
                         "For 2026, the Company expects revenue of $1.50 billion to $1.55 billion.\n")
    assert got == [("Depreciation expense (guidance)", 80e6, "FY 2026", "guidance"),
                   ("revenue (guidance low)", 1.50e9, "FY 2026", "guidance low"),
                   ("revenue (guidance high)", 1.55e9, "FY 2026", "guidance high")]


def test_an_outlook_of_the_releases_own_year_named_bare_is_the_whole_year():
    got = _read(Q3_HEAD, "For 2025, the Company expects revenue of $1.20 billion to $1.25 billion.\n\n"
                         "Revenue for 2025 is expected to be approximately $1.3 billion.\n")
    assert got == [("revenue (guidance low)", 1.20e9, "FY 2025", "guidance low"),
                   ("revenue (guidance high)", 1.25e9, "FY 2025", "guidance high"),
                   ("Revenue (guidance)", 1.3e9, "FY 2025", "guidance")]


def test_a_result_of_the_releases_own_year_is_never_made_the_whole_year():
    got = _read(Q3_HEAD, "For 2025, revenue was $900 million and the Company expects to grow.\n")
    assert not [g for g in got if g[2] == "FY 2025"], got


def test_an_outlook_of_a_subject_the_vocabulary_lacks_is_read_as_printed_of_a_named_period_to_come():
    got = _read(Q4_HEAD, "Revenue for the fourth quarter of 2025 was $100.0 million.\n\n"
                         "Capitalized interest is expected to be approximately $25 million for the full year 2026.\n\n"
                         "Cash outflow on interest paid is expected to be approximately $575 million to $600 million for "
                         "the full year 2026.\n\n"
                         "Legal costs are expected to be approximately $5 million.\n\n"
                         "Capitalized interest for 2025 is estimated to be $20 million.\n")
    assert got[1:] == [("capitalized interest (guidance)", 25e6, "FY 2026", "guidance"),
                       ("cash outflow on interest paid (guidance low)", 575e6, "FY 2026", "guidance low"),
                       ("cash outflow on interest paid (guidance high)", 600e6, "FY 2026", "guidance high")]


def test_an_initial_outlook_given_now_is_read_an_initial_range_raised_from_is_not():
    got = _read(Q4_HEAD, "Revenue for the fourth quarter of 2025 was $100.0 million.\n\n"
                         "The Company provides initial 2026 AFFO guidance of $4.26 to $4.30 per share.\n\n"
                         "Quillfeather raised its guidance for 2026 FFO to a range of $2.94 to $3.00 per share, from its "
                         "initial range of $2.90 to $2.98.\n")
    assert [(g[1], g[2], g[3]) for g in got[1:]] == [(4.26, "FY 2026", "guidance low"), (4.30, "FY 2026", "guidance high"),
                                                      (2.94, "FY 2026", "guidance low"), (3.00, "FY 2026", "guidance high")]


def test_a_title_case_per_share_is_per_share_never_the_measure_itself():
    got = _read(Q4_HEAD, "Revenue for the fourth quarter of 2025 was $100.0 million.\n\n"
                         "* Fourth Quarter 2025 AFFO Per Share of $1.04\n\n"
                         "* Provides Initial 2026 AFFO Per Share Guidance of $4.26 to $4.30\n")
    assert got[1:] == [("AFFO per share", 1.04, "Q4 2025", ""),  # it was AFFO itself, $1.04
                       ("AFFO per share (guidance low)", 4.26, "FY 2026", "guidance low"),
                       ("AFFO per share (guidance high)", 4.30, "FY 2026", "guidance high")]


def test_a_result_set_against_an_outlook_is_never_filed_as_guidance():
    got = _read(Q4_HEAD, "Net income for the fourth quarter of 2025 exceeded our outlook at $32.0 million.\n")
    assert not [g for g in got if g[3] == "guidance"], got


def test_a_year_before_full_year_is_that_years_never_the_releases():
    got = _read(Q4_HEAD, "We are confident in achieving the midpoint of our 2026 full year Adjusted EBITDA guidance "
                         "of $1.75 billion.\n\n"
                         "We reaffirm our 2026 full year revenue guidance of $4.1 billion.\n")
    assert not [g for g in got if g[2] == "FY 2025"], got  # it was read as the year 2025's adjusted EBITDA
    assert ("revenue (guidance)", 4.1e9, "FY 2026", "guidance") in got


OUTLOOK_PARAGRAPHS = """Outlook

Quillfeather's outlook for the first quarter of fiscal 2026 is as follows:

Revenue is expected to be $24.0 billion, plus or minus 2%.

GAAP and non-GAAP gross margins are expected to be 76.3% and 77.0%, respectively.

GAAP and non-GAAP operating expenses are expected to be approximately $3.5 billion and $2.5 billion, respectively.

Revenue for the fourth quarter was $20.1 billion, above the outlook of $19.5 billion.

Operating expenses were $3.1 billion.
"""


def test_plain_paragraphs_under_an_outlooks_lead_in_are_its_items():
    got = _read(Q4_HEAD, OUTLOOK_PARAGRAPHS)
    assert got == [("Revenue (guidance)", 24e9, "Q1 2026", "guidance"),
                   ("operating expenses (guidance)", 3.5e9, "Q1 2026", "guidance"),
                   ("operating expenses (non-gaap, guidance)", 2.5e9, "Q1 2026", "non-gaap, guidance"),
                   ("Revenue", 20.1e9, "Q4 2025", "")]  # a paragraph naming its own period ends the outlook


def test_a_balance_at_the_end_of_the_releases_own_period():
    got = _read(Q4_HEAD, "Total debt stood at $800 million at quarter end.\n\n"
                         "Cash and cash equivalents were $512.3 million as of the end of the quarter.\n\n"
                         "The Company ended the year with cash and cash equivalents of $420.5 million.\n\n"
                         "The Company ended the year with record revenue of $400.2 million.\n")
    assert got == [("Total debt", 800e6, "2025-12-31", ""), ("Cash and cash equivalents", 512.3e6, "2025-12-31", ""),
                   ("cash and cash equivalents", 420.5e6, "2025-12-31", "")]  # a flow has no level at an end
    later = _read(Q3_HEAD, "Revenue for the third quarter of 2025 was $300.0 million.\n\n"
                           "Total debt stood at $800 million at year end.\n")  # which year's end? Neither
    assert later == [("Revenue", 300e6, "Q3 2025", "")]


def test_an_end_to_come_or_a_target_by_an_end_is_no_balance():
    got = _read(Q4_HEAD, "Revenue for the fourth quarter of 2025 was $100.0 million.\n\n"
                         "The Company expects to hold cash and cash equivalents of $500 million at the end of the year.\n\n"
                         "We plan to reduce total debt to $700 million by the end of the year.\n")
    assert got == [("Revenue", 100e6, "Q4 2025", "")]  # the total debt target was read as the quarter's debt


def test_net_debt_at_dates_and_a_change_since_a_date_no_span_dates():
    got = _read(Q4_HEAD, "The Company's net debt increased from $8.3 million at June 30, 2025 to $24.0 million at "
                         "December 31, 2025.\n\n"
                         "Net debt stood at $2,695.8 million at December 31, 2025, up $151.8 million versus end of "
                         "June 2025.\n")
    assert ("net debt", 8.3e6, "2025-06-30", "") in got and ("net debt", 24e6, "2025-12-31", "") in got
    assert ("Net debt", 2695.8e6, "2025-12-31", "") in got
    assert not [g for g in got if g[1] == 151.8e6], got


def test_a_clause_opened_on_a_date_states_a_level_at_that_date_an_event_none():
    got = _read(Q4_HEAD, "Revenue for the fourth quarter of 2025 was $100.0 million.\n\n"
                         "On 31 December 2025, net debt stood at $2,695.8 million.\n\n"
                         "On January 8, 2026, the Company repaid $50 million of its total debt.\n\n"
                         "The charge, which resulted from the adoption of a standard on January 1, 2025, was $0.05 "
                         "million.\n")
    assert got == [("Revenue", 100e6, "Q4 2025", ""), ("net debt", 2695.8e6, "2025-12-31", "")]


def test_a_quotation_that_names_its_period_is_read_as_outside_quotes():
    got = _read(Q4_HEAD, "\u201cWe grew revenue to $40.1 million in the fourth quarter of 2025,\u201d said Jane Roe, "
                         "Chief Executive Officer. \u201cWe raised $1.1 billion of capital.\u201d\n\n"
                         "\u201cFor the full year 2025 we delivered revenue of $150 million and adjusted EBITDA of $30.2 "
                         "million,\u201d said the CFO.\n\n"
                         "Fourth Quarter 2025 Results\n\n"
                         "\"Our cloud business is approaching a run rate of $2 billion a year,\" said the CFO.\n")
    assert got == [("revenue", 40.1e6, "Q4 2025", ""),  # a speaker's year only on a basis said
                   ("adjusted EBITDA (adjusted)", 30.2e6, "FY 2025", "adjusted")]


def test_a_turnaround_is_neither_the_level_nor_its_change():
    assert not _read(Q4_HEAD, "Our packaging business experienced an operating earnings turnaround of about $1.3 "
                              "million for the quarter.\n")


RELEASE = Q3_HEAD + """Revenue for the third quarter of 2025 was $300.0 million, compared with $280.0 million for the
third quarter of 2024.

For 2025, the Company expects revenue of $1.20 billion to $1.25 billion.

Revenue for 2026 is expected to be approximately $1.5 billion.

Total debt stood at $800 million at quarter end.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("outlook"), {"quillfeather_q3_2025.txt": RELEASE}) as eng:
        yield eng


def test_the_years_outlook_is_asked_as_guidance_never_as_an_actual(engine):
    a = engine.ask("Quillfeather revenue guidance for 2025", Context())[0]
    assert (a.status, a.period) == ("answered", "FY 2025"), a.text
    assert "$1.20 billion to $1.25 billion" in a.text, a.text
    actual = engine.ask("Quillfeather revenue for 2025", Context())[0]
    assert "1.20" not in actual.text and "1.25" not in actual.text and "1,200" not in actual.text, actual.text
    nxt = engine.ask("Quillfeather revenue guidance 2026", Context())[0]
    assert (nxt.status, nxt.value, nxt.period) == ("answered", 1.5e9, "FY 2026"), nxt.text
    assert engine.ask("Quillfeather revenue 2026", Context())[0].status != "answered"


def test_a_balance_at_quarter_end_is_asked_at_that_date(engine):
    a = engine.ask("Quillfeather total debt at September 30, 2025", Context())[0]
    assert (a.status, a.value) == ("answered", 800e6), a.text
    assert date(2025, 9, 30).strftime("%Y") in a.text or "September 30" in a.text or a.period, a.text
