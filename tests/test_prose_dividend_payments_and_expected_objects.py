"""Issue 19, dividends and outlooks: a quarterly dividend the release says "will pay ... on <date>" or whose payment date
the sentence after it gives is the dividend of the quarter that date falls in (the quarter after the release's own),
per share; the measure a company "expects ... to be" for a period to come that its sentence names is that measure's
guidance, under its printed words. Near misses: a payment date outside the coming quarter, a dividend paid already, a
record date at the quarter's end or none named, a special dividend; an expectation of a period over or of no period. Invented
companies and figures."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """MARROWBY INSTRUMENTS REPORTS 2024 FOURTH QUARTER RESULTS

TOLEDO, Ohio, February 6, 2025 -- Marrowby Instruments, Inc. (NASDAQ: MRWB) today reported results for the
quarter and year ended December 31, 2024.

Revenue for the fourth quarter of 2024 was $41.3 million.

"""


def _read(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return [(f.label, f.value, f.unit, f.period.label(doc.fye_month), f.qualifier, f.segment, f.printed_term)
            for f in doc.figures if f.source == "narrative" and f.value != 41.3e6]


def test_a_dividend_the_company_will_pay_on_a_date_of_the_coming_quarter():
    got = _read("Marrowby will pay its next quarterly cash dividend of $0.07 per share on March 27, 2025, to all "
                "shareholders of record on March 6, 2025.\n")
    assert got == [("quarterly cash dividend per share", 0.07, "USD/share", "Q1 2025", "", "", False)]


def test_a_dividend_whose_payment_date_the_next_sentence_gives():
    got = _read("The Board of Directors declared a quarterly cash dividend of $0.19 per share of outstanding common "
                "stock. This dividend will be paid to stockholders of record as of the close of business on March 9, "
                "2025, with a payment date of March 30, 2025.\n")
    assert got == [("quarterly cash dividend per share", 0.19, "USD/share", "Q1 2025", "", "", False)]
    got = _read("The Board declared a quarterly cash dividend of $0.21 per share. The dividend is payable on March 14, "
                "2025 to shareholders of record on February 28, 2025.\n")
    assert got == [("quarterly cash dividend per share", 0.21, "USD/share", "Q1 2025", "", "", False)]


def test_dividends_of_no_sure_quarter_are_not_read():
    got = _read("Marrowby will pay its next quarterly cash dividend of $0.05 per share on June 27, 2025, to all "
                "shareholders of record on June 6, 2025.\n\n"
                "Marrowby paid its quarterly cash dividend of $0.06 per share on January 27, 2025.\n\n"
                "The Board of Directors declared a quarterly cash dividend of $0.13 per share. This dividend was paid on "
                "March 30, 2025.\n\n"
                "The Board of Directors declared a quarterly cash dividend of $0.14 per share. This dividend will be paid "
                "to stockholders of record as of December 31, 2024, with a payment date of January 30, 2025.\n\n"
                "Marrowby will pay its next special cash dividend of $0.08 per share on March 27, 2025, to all "
                "shareholders of record on March 6, 2025.\n\n"
                "Marrowby will pay its next quarterly cash dividend of $0.09 per share on March 27, 2025.\n\n"
                "The Board of Directors declared a cash dividend of $0.15 per share. Revenue grew in every region, "
                "with a payment date of March 30, 2025.\n")
    assert got == []


def test_the_measure_a_company_expects_for_a_period_to_come_is_its_guidance():
    got = _read("Marrowby expects portfolio receipts for 2025 to be between $2,900 million and $3,050 million.\n\n"
                "We anticipate full year 2025 interest paid to be approximately $260 million.\n")
    assert got == [("portfolio receipts (guidance low)", 2.9e9, "USD", "FY 2025", "guidance low", "", True),
                   ("portfolio receipts (guidance high)", 3.05e9, "USD", "FY 2025", "guidance high", "", True),
                   ("interest paid (guidance)", 260e6, "USD", "FY 2025", "guidance", "", True)]


def test_an_expectation_of_no_period_to_come_is_not_read():
    got = _read("Marrowby expects portfolio receipts to be between $2,900 million and $3,050 million.\n\n"
                "In the fourth quarter of 2024, Marrowby expected interest paid to be between $30 million and $35 "
                "million.\n\n"
                "Marrowby expects the decline in interest paid for 2025 to be approximately $12 million.\n")
    assert got == []


def test_a_clause_after_another_amount_may_open_on_its_own_subjects_level():
    got = _read("Marrowby's cash and cash equivalents at December 31, 2024 were $64.4 million and total principal amount "
                "of notes outstanding at the end of the fourth quarter was $1.4 billion.\n\n"
                "Operating income for the fourth quarter of 2024 was $8.2 million and deferred contract costs at "
                "December 31, 2024 were $2.1 million.\n")
    assert ("total principal amount of notes outstanding", 1.4e9, "USD", "2024-12-31", "", "", True) in got
    assert ("deferred contract costs", 2.1e6, "USD", "2024-12-31", "", "", True) in got


def test_a_clause_after_another_amount_that_names_no_subject_of_its_own_is_not_read_so():
    got = _read("Operating income for the fourth quarter of 2024 was $8.2 million and the net change was $3.1 million.\n\n"
                "Operating income for the fourth quarter of 2024 was $8.3 million and it was $2.9 million in the third "
                "quarter of 2024.\n\n"
                "Operating income for the fourth quarter of 2024 was $8.4 million and the increase in the quarter was "
                "$1.1 million.\n\n"
                "Operating income for the fourth quarter of 2024 was $8.5 million and deferred contract costs were $2.3 "
                "million at December 31, 2024.\n")
    assert not [g for g in got if g[6]], got
    assert not [g for g in got if g[1] in (3.1e6, 1.1e6, 2.3e6)], got


def test_a_measures_guidance_named_as_the_subject_for_a_period_to_come():
    got = _read("The Company's disposition guidance for 2025 is between $10 million and $50 million.\n\n"
                "Our acquisition volume guidance for 2025 remains $1.1 billion to $1.3 billion.\n")
    assert got == [("disposition (guidance low)", 10e6, "USD", "FY 2025", "guidance low", "", True),
                   ("disposition (guidance high)", 50e6, "USD", "FY 2025", "guidance high", "", True),
                   ("acquisition volume (guidance low)", 1.1e9, "USD", "FY 2025", "guidance low", "", True),
                   ("acquisition volume (guidance high)", 1.3e9, "USD", "FY 2025", "guidance high", "", True)]


def test_a_guidance_of_a_period_over_or_of_none_is_not_read():
    got = _read("The Company's disposition guidance for 2024 is between $10 million and $50 million.\n\n"
                "The Company's disposition guidance is between $20 million and $60 million.\n\n"
                "The Company's disposition guidance for 2024 was $30 million.\n")
    assert got == []


def test_an_outlook_another_subject_expects_is_not_the_companys():
    got = _read("Harbor Optics expects portfolio receipts for 2025 to be between $900 million and $950 million.\n")
    assert got == []


def test_a_second_period_of_the_same_subject_is_no_subject_of_its_own():
    got = _read("Operating income in the third quarter of 2024 was $7.1 million and in the fourth quarter of 2024 was "
                "$8.2 million.\n")
    assert not [g for g in got if g[6]], got
