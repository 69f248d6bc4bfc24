"""A word that makes another account of a term ("Accrued expenses", "Restricted cash", "Non-performing loans") is
no business line of the company: the amount is that printed account's, at the date its sentence names. One amount
said of two dates ("at both December 31, 2024 and 2023") the period reader does not read is left unread, never
dated by the paragraph's span."""
from __future__ import annotations

import pytest

from parsers.document import parse_text
from tests.built_releases import engine_over

RELEASE = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

Revenue was $120.0 million for the fourth quarter of 2024, compared with $100.0 million in the fourth quarter of 2023.
Accrued expenses were $7.7 million at December 31, 2024, compared with $6.1 million a year earlier.
Restricted cash was $2.1 million at December 31, 2024.
Prepaid expenses were $1.5 million at December 31, 2024.
Deferred revenue was $9.9 million at December 31, 2024.

For the twelve months ended December 31, 2024, net income was $0.8 million. Non-performing loans were $4.8 million
at both December 31, 2024 and 2023.
"""


def _figures() -> list[tuple]:
    doc = parse_text("a.txt", RELEASE)
    return [(f.label, f.value, f.period.label(doc.fye_month), f.segment, f.printed_term) for f in doc.figures]


def test_a_balance_mark_before_a_term_is_the_printed_accounts_name_never_a_segment():
    got = _figures()
    assert ("Accrued expenses", 7_700_000, "2024-12-31", "", True) in got
    assert ("Accrued expenses", 6_100_000, "2023-12-31", "", True) in got
    assert ("Restricted cash", 2_100_000, "2024-12-31", "", True) in got
    assert ("Prepaid expenses", 1_500_000, "2024-12-31", "", True) in got
    assert ("Deferred revenue", 9_900_000, "2024-12-31", "", False) in got  # the vocabulary's own metric, as before
    assert not [g for g in got if g[3]]  # no segment "Accrued", "Restricted", "Prepaid"


def test_one_amount_of_two_unread_dates_is_left_unread():
    got = _figures()
    assert not [g for g in got if g[1] == 4_800_000]  # never the year's flow of loans, nor "Non-performing" loans
    assert ("net income", 800_000, "FY 2024", "", False) in got


BANK = """ACME BANCORP REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Bancorp, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024. Net income was $5.0 million for the fourth quarter of 2024.

Non-performing loans totaled $4.8 million, or 1.58% of total loans, at December 31, 2024, compared to $5.1 million at
September 30, 2024. Nonperforming loans were $4.8 million as of December 31, 2024 compared with $5.1 million as of
December 31, 2023 and $4.9 million as of September 30, 2024. Restricted cash was $2.0 million, or 0.4% of total assets.
"""


def test_a_marked_accounts_comparisons_are_its_own_never_the_term_said_between():
    doc = parse_text("b.txt", BANK)
    got = [(f.label, f.value, f.period.label(doc.fye_month), f.segment) for f in doc.figures]
    assert ("Non-performing loans", 4_800_000, "2024-12-31", "") in got
    assert not [g for g in got if g[0] == "total loans"]  # never $5.1 million of total loans
    assert ("Nonperforming loans", 5_100_000, "2023-12-31", "") in got
    assert ("Nonperforming loans", 4_900_000, "2024-09-30", "") in got  # the second amount compared
    assert ("Restricted cash", 2_000_000, "2024-12-31", "") in got  # a balance named without a date: the quarter's end
    assert not [g for g in got if g[3]]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("marks"), {"acwd.txt": RELEASE}) as eng:
        yield eng


@pytest.mark.parametrize("question, amount", [("accrued expenses at December 31 2024", "7.7"),
                                              ("restricted cash at December 31 2024", "2.1")])
def test_the_printed_account_answers_a_question_naming_it(engine, question, amount):
    answer = engine.ask(question)[0]
    text = answer.text if hasattr(answer, "text") else str(answer)
    assert amount in text
    assert "I have" not in text


NEIGHBOURS = """ORCHARD TOOLS REPORTS 2025 SECOND QUARTER RESULTS

TOLEDO, Ohio, August 6, 2025 -- Orchard Tools, Inc. (NYSE: ORTL) today reported results for the second quarter
ended June 30, 2025.

Revenue was $62.0 million for the second quarter of 2025, compared with $58.0 million in the second quarter of 2024.

Balances at December 31, 2024

* Restricted cash was $3.3 million.

In 2024, revenue was $231.0 million. Restricted cash was $2.7 million.

In the first quarter of 2025, revenue was $57.0 million. Restricted cash was $2.9 million. Capitalized research and
development expenses were $1.2 million.
"""


def test_a_marked_account_is_never_dated_by_the_sentence_before_it():
    doc = parse_text("n.txt", NEIGHBOURS)
    got = {(f.label, f.value): f.period.label(doc.fye_month) for f in doc.figures}
    assert got.get(("Restricted cash", 3_300_000)) == "2024-12-31"  # the heading's date
    assert ("Restricted cash", 2_700_000) not in got  # never at the end of 2024's second quarter, nor of 2024
    assert ("Restricted cash", 2_900_000) not in got  # never at March 31, 2025
    assert not [k for k in got if k[0].startswith("Capitalized")]  # a flow: no balance at any date
