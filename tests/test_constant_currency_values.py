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


LIKE_FOR_LIKE = """Velmoor Satellite Inc. Reports Fourth Quarter 2024 Results

DALLAS, Feb. 14, 2025 -- Velmoor Satellite Inc. (NYSE: VLMR) today reported results for the fourth quarter ended
December 31, 2024.

Total revenues for the fourth quarter of 2024 were $641.3 million, up by 2.1% year-on-year, reflecting the
contribution from new services.

| (In millions) | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |
| --- | --- | --- |
| Government Services revenue | 96.4 | 74.2 |
| Total revenues | 641.3 | 612.4 |
"""


def test_a_stated_change_its_figures_do_not_bear_out_is_not_given(tmp_path):
    """'up by 2.1% year-on-year' beside figures that rose 4.7% (the stated change like-for-like, its sentence not
    saying so) was given as the growth: both are said, neither given (analyst5's eu08: 21.9% like-for-like stated,
    29.9% reported, once the first half's prose was read)."""
    with engine_over(tmp_path, {"vlmr.md": LIKE_FOR_LIKE}) as eng:
        a = ask_in_turn(eng, "Velmoor total revenue growth Q4 2024")
        assert a.value is None and "2.1%" in a.text and "4.7%" in a.text, a.text
        near = ask_in_turn(eng, "Velmoor government services revenue growth Q4 2024")  # the near miss: none stated
        assert near.status == "answered" and near.value == pytest.approx(29.92, abs=0.01), near.text  # computed
