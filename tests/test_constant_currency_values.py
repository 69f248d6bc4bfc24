"""A statement that prints each row's change in US dollars and in constant currency beside the reported amounts
('Total revenues | 2,140 | 100% | 1,980 | 100% | 8% | 10%'): the store keeps the constant-currency change on a row
of its own basis, carrying the reported amount. "Revenue in constant currency" was answered with that reported
amount, labelled as in constant currency — a figure the release never prints. Every name and figure is invented."""
from __future__ import annotations

import pytest

from tests.built_releases import ask_in_turn, engine_over

RELEASE = """Quillmarsh Software Corporation Reports Fiscal 2025 Fourth Quarter Results

AUSTIN, Texas, June 18, 2025 -- Quillmarsh Software Corporation (NYSE: QLMS) today announced results for its fiscal
fourth quarter ended May 31, 2025.

QUILLMARSH SOFTWARE CORPORATION
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
($ in millions, except per share data)

| | Three Months Ended May 31, | | | | % Increase | % Increase (Decrease) |
| | 2025 | % of Revenues | 2024 | % of Revenues | (Decrease) in US $ | in Constant Currency (1) |
| --- | --- | --- | --- | --- | --- | --- |
| Total revenues | $ 2,140 | 100% | $ 1,980 | 100% | 8% | 10% |
| Total operating expenses | 1,500 | 70% | 1,420 | 72% | 6% | 7% |
| Net income | $ 480 | 22% | $ 430 | 22% | 12% | 14% |
| Diluted earnings per share | $ 1.20 | | $ 1.08 | | 11% | 13% |

(1) The constant currency growth rates are calculated using the exchange rates of the prior-year period.
"""


@pytest.fixture(scope="module")
def quillmarsh(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("quillmarsh"), {"qlms.md": RELEASE}) as eng:
        yield eng


@pytest.mark.parametrize("question", [
    "Quillmarsh revenue Q4 FY2025 in constant currency",
    "Quillmarsh constant currency net income Q4 FY2025",
    "Quillmarsh diluted EPS Q4 FY2025 in constant currency",
])
def test_an_amount_in_constant_currency_the_release_does_not_print_is_not_given(quillmarsh, question):
    a = ask_in_turn(quillmarsh, question)
    assert a.value is None and "only as a change" in a.text, a.text
    assert "2,140" not in a.text and "2.14" not in a.text and "480" not in a.text and "1.20" not in a.text, a.text


@pytest.mark.parametrize("question, value", [
    ("Quillmarsh revenue growth Q4 FY2025 in constant currency", 10),  # the change it prints in constant currency
    ("Quillmarsh revenue Q4 FY2025", 2_140e6),  # the near misses: as reported
    ("Quillmarsh net income Q4 FY2025", 480e6),
])
def test_the_change_in_constant_currency_and_the_reported_amounts_are_answered(quillmarsh, question, value):
    a = ask_in_turn(quillmarsh, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text


@pytest.mark.parametrize("question", [
    "Quillmarsh revenue in constant currency trend",
    "Quillmarsh net margin Q4 FY2025 in constant currency",
    "Quillmarsh revenue minus operating expenses Q4 FY2025 in constant currency",
    "Quillmarsh revenue in constant currency for Q4 FY2025 and Q4 FY2024",
])
def test_no_trend_margin_or_sum_in_constant_currency_is_made_of_the_reported_amounts(quillmarsh, question):
    """The value fix left the trend, the computed margin and the arithmetic taking the reported amounts the
    constant-currency rows carry (review11): $2.14 billion was the trend 'in constant currency'."""
    a = ask_in_turn(quillmarsh, question)
    assert a.value is None and "2.14" not in a.text and "2,140" not in a.text, a.text
    assert "don't hold revenue." not in a.text, a.text  # the basis asked is named, never "don't hold revenue" then its periods
