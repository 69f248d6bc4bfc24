"""Issue 19, outlooks said with "anticipated": "Interest paid is anticipated to be approximately $260 million in 2026"
is an outlook as "is expected to be" is (parsers/narrative_terms.py QUALIFIER_RE held "anticipates" and "expected",
never "anticipated", so the figure of a period to come had no outlook's qualifier and was left unread). Read as
guidance of the period named, never as an actual; "anticipated" of a result or a project's cost reads nothing new.
A two-way subject said to be "an income of" an amount ("Other income and expense is expected to be an income of
approximately $2.5 million") is that subject's outlook on its positive side, never a figure of a term "income".
A sentence that opens on a word in emphasis ("*De minimis* amounts are anticipated in the fourth quarter") ends the one
before, whose amount never takes its period. A balance of a subject joined to a term ("Undrawn credit lines and cash
stood at $1.24 billion") is the sum of both, never the term's own figure; a term's figure "by the subsidiary", "by the joint
venture" is another entity's; a level "higher than last year" after a comma is no change.
Invented company and figures: a built text read into facts, and the release ingested and asked."""
from __future__ import annotations

import pytest

from chat.engine import Context
from parsers.document import parse_text
from tests.built_releases import engine_over

HEAD = """MARROWDALE INSTRUMENTS REPORTS 2025 FOURTH QUARTER RESULTS

DENVER, Colorado, February 6, 2026 -- Marrowdale Instruments, Inc. (NASDAQ: MRWD) today reported results for the
quarter and year ended December 31, 2025.

Revenue for the fourth quarter of 2025 was $100.0 million.

Interest paid in 2025 was $40.0 million.

"""
OUTLOOK = """Interest paid is anticipated to be approximately $260 million in 2026.

Interest paid is anticipated to be approximately $138 million in the first quarter of 2026, which includes the first
interest payment on the notes.

Capital expenditures are anticipated to be approximately $75 million in 2026.

"""
LOOKALIKES = """During the fourth quarter, the Company commenced eight development projects, with total anticipated costs
of approximately $45.1 million.

Net income for 2025 was $30.0 million, as anticipated.

Operating income for the fourth quarter of 2025 of $12.0 million exceeded the anticipated $9.5 million.
"""
RELEASE = HEAD + OUTLOOK + LOOKALIKES


def _read(text: str) -> list[tuple]:
    doc = parse_text("marrowdale_q4_2025.txt", text)
    return [(f.label, f.value, f.period.label(doc.fye_month), f.qualifier) for f in doc.figures
            if f.source == "narrative"]


def test_an_anticipated_figure_of_a_period_to_come_is_its_guidance():
    got = _read(RELEASE)
    assert ("interest paid (guidance)", 260e6, "FY 2026", "guidance") in got
    assert ("interest paid (guidance)", 138e6, "Q1 2026", "guidance") in got
    assert ("Capital expenditures (guidance)", 75e6, "FY 2026", "guidance") in got


def test_anticipated_of_a_result_or_a_cost_reads_no_outlook_and_no_new_actual():
    got = _read(RELEASE)
    assert not [g for g in got if g[1] in (45.1e6, 9.5e6)], got  # a project's cost, an expectation a result beat
    assert ("Net income", 30e6, "FY 2025", "") in got  # "as anticipated" leaves the actual an actual
    assert ("Operating income", 12e6, "Q4 2025", "") in got
    assert not [g for g in got if "guidance" in g[3] and g[2] in ("FY 2025", "Q4 2025")], got
    assert [g for g in got if "guidance" in g[3]] == [g for g in got if g[2] in ("FY 2026", "Q1 2026")]


def test_the_outlook_answers_guidance_never_the_actual(tmp_path):
    with engine_over(tmp_path, {"marrowdale_q4_2025.txt": RELEASE}) as engine:
        actual = engine.ask("Marrowdale interest paid 2026", Context())[0]
        assert actual.status != "answered" or actual.value != 260e6, actual.text
        asked = engine.ask("Marrowdale capital expenditures guidance 2026", Context())[0]
        assert (asked.status, asked.value, asked.period) == ("answered", 75e6, "FY 2026"), asked.text
        last = engine.ask("Marrowdale net income 2025", Context())[0]
        assert (last.status, last.value) == ("answered", 30e6), last.text


TWO_WAY = """Outlook

Marrowdale's outlook for the first quarter of fiscal 2026 is as follows:

Revenue is expected to be $120.0 million, plus or minus 2%.

Other income and expense is expected to be an income of approximately $2.5 million, excluding gains and losses from
investments.

"""
TWO_WAY_LOOKALIKES = """Tax expense is expected to be an income of approximately $1.1 million.

Net income is expected to be $9.0 million.
"""


def test_a_two_way_subject_said_to_be_an_income_is_its_own_positive_outlook_never_an_income_term():
    got = _read(HEAD + TWO_WAY + TWO_WAY_LOOKALIKES)
    assert ("Other income and expense (guidance)", 2.5e6, "Q1 2026", "guidance") in got  # it was read as "income"
    assert not [g for g in got if g[1] == 2.5e6 and g[0] != "Other income and expense (guidance)"], got
    assert not [g for g in got if g[0].lower().startswith(("tax", "other income")) and g[1] == 1.1e6], got  # an
    # expense said to be an income: never the expense's figure with an income's sign
    assert not [g for g in got if "guidance" in g[3] and g[2] in ("FY 2025", "Q4 2025")], got


def test_a_sentence_opening_on_a_word_in_emphasis_is_its_own_and_never_dates_the_amount_before():
    got = _read(HEAD + "Interest paid in the third quarter of 2026 is anticipated to be $119 million. *De minimis* "
                       "amounts are anticipated in the second and fourth quarter of 2026.\n")
    assert ("interest paid (guidance)", 119e6, "Q3 2026", "guidance") in got  # it was the fourth quarter's
    assert not [g for g in got if g[1] == 119e6 and g[2] != "Q3 2026"], got


@pytest.mark.parametrize("scale", ["mln.", "mil.", "bil."])
def test_a_short_scale_words_dot_before_a_capital_ends_its_sentence(scale):
    """"$119 mln. *De minimis* amounts ... fourth quarter": the short scale word's dot is the sentence's end where a word
    opening in a capital follows ("$93 mil. and $186 mil." is one sentence); read as no end, the next sentence's
    fourth quarter dated the amount before it."""
    value = 119e9 if scale == "bil." else 119e6
    got = _read(HEAD + f"Interest paid in the third quarter of 2026 is anticipated to be $119 {scale} *De minimis* "
                       "amounts are anticipated in the second and fourth quarter of 2026.\n")
    assert not [g for g in got if g[1] == value and g[2] != "Q3 2026"], got


@pytest.mark.parametrize("scale", ["mln.", "mil.", "million."])
def test_a_short_scale_words_dot_before_a_numbered_footnote_ends_its_sentence(scale):
    """A footnote ending "... recognized a loss of $11.1 mln." over the next footnote "(5) During the third quarter of
    2025, ...": the "(5)" before the capital word marks a new sentence, as it does after "million."; read as no end,
    the next footnote's quarter dated the loss of the year before."""
    got = _read(HEAD + "(4)   During the third quarter of 2024, we sold our interest in a joint venture within our\n"
                       f"      Americas segment and recognized a\n      loss of $11.1 {scale}   \n"
                       "(5)   During the third quarter of 2025, we recorded a $36.6 million adjustment   \n"
                       "      to net loss attributable to noncontrolling interests.   \n")
    loss = [g for g in got if g[1] == -11.1e6]
    assert loss and all(g[2] == "Q3 2024" for g in loss), got
    near = _read(HEAD + f"Revenue was $93 {scale} and $186 {scale} for the third quarter and first nine months of 2025.\n")
    assert ("Revenue", 93e6, "Q3 2025", "") in near  # a dot before a lower-case word ends no sentence


JOINED = """Undrawn credit lines and cash stood at around $1.24 billion at December 31, 2025.

At December 31, 2025, borrowings and total debt were $910.0 million.

Demand remained strong and net income was $14.0 million for the fourth quarter of 2025.

Demand was strong and operating income increased to $16.0 million for the fourth quarter of 2025.

Cash and cash equivalents were $420.5 million at December 31, 2025.

Revenue and net income were $100.0 million and $14.0 million, respectively, for the fourth quarter of 2025.
"""


def test_a_balance_of_a_subject_joined_to_a_term_is_never_the_terms_own():
    got = _read(HEAD + JOINED)
    assert not [g for g in got if g[1] in (1.24e9, 910e6)], got  # read as the cash, as total debt
    assert ("Cash and cash equivalents", 420.5e6, "2025-12-31", "") in got
    assert ("net income", 14e6, "Q4 2025", "") in got  # a singular verb: the term's own clause
    assert ("operating income", 16e6, "Q4 2025", "") in got  # a clause of its own before "and": the term's own
    assert ("Revenue", 100e6, "Q4 2025", "") in got


def test_a_level_set_against_an_expectation_or_a_period_before_is_the_level_never_a_change():
    got = _read(HEAD.replace("was $100.0 million", "was $101.0 million, higher than anticipated")
                + "Operating income for the fourth quarter of 2025 was $12.0 million, lower than last year.\n\n"
                  "Operating expenses increased by $2.0 million, higher than expected.\n")
    assert ("Revenue", 101e6, "Q4 2025", "") in got  # it was "Revenue (change)" of $101.0 million
    assert ("Operating income", 12e6, "Q4 2025", "") in got
    assert ("Operating expenses (change)", 2e6, "Q4 2025", "change") in got  # a change said by its verb stays one
    assert not [g for g in got if g[3] == "change" and g[1] != 2e6], got


def test_a_terms_figure_by_another_entity_is_never_the_companys():
    got = _read(HEAD + "Share repurchases by the subsidiary were $20 million in the fourth quarter of 2025.\n\n"
                       "Capital expenditures by the joint venture were $21 million in the fourth quarter of 2025.\n\n"
                       "Revenue generated by the acquired business was $23 million in the fourth quarter of 2025.\n\n"
                       "Capital expenditures by the Company were $22 million in the fourth quarter of 2025.\n")
    assert not [g for g in got if g[1] in (20e6, 21e6, 23e6)], got  # each was read as the company's own
    assert ("Capital expenditures", 22e6, "Q4 2025", "") in got


TWO_SIDES = """Other income and expense was an income of $3.5 million in the fourth quarter of 2025, compared to an expense of
$1.5 million in the fourth quarter of 2024.

For 2026, other income and expense is expected to be an income of approximately $6 million, compared to a loss of
$2.5 million in 2025.

For the first quarter of 2026, interest and other income (expense) is expected to be an income of $2 million to an
expense of $2 million.

Net income or loss from affiliates was an income of $3.3 million in the fourth quarter of 2025.
"""


def test_a_two_way_subject_compared_to_its_other_side_takes_that_sides_sign():
    got = _read(HEAD + TWO_SIDES)
    assert ("Other income and expense", 3.5e6, "Q4 2025", "") in got
    assert ("Other income and expense", -1.5e6, "Q4 2024", "") in got, got  # it was +1.5 million, an income
    assert not [g for g in got if g[1] in (1.5e6, 2.5e6)], got  # an expense compared is never an income
    assert not [g for g in got if g[1] in (2e6, -2e6)], got  # a range across both sides: no one figure, unread
    assert not [g for g in got if g[1] in (3.3e6, -3.3e6)], got  # the subject's loss half said to be an income


EXPENSE_SIDE = """Interest income (expense), net was an expense of $2.4 million in the fourth quarter of 2025, compared to an
income of $1.7 million in the fourth quarter of 2024.

Foreign exchange gain (loss) was a loss of $0.6 million in the fourth quarter of 2025, compared to a gain of $0.3 million
in the fourth quarter of 2024.

Equity in earnings (losses) of investees was a loss of $1.3 million in the fourth quarter of 2025, compared to income of
$0.4 million in the fourth quarter of 2024.
"""


def test_a_two_way_subject_said_to_be_an_expense_is_negative_and_its_compared_income_positive():
    got = _read(HEAD + EXPENSE_SIDE)
    assert ("Interest income", -2.4e6, "Q4 2025", "") in got, got  # it was +2.4 million: an expense read as income
    assert ("Interest income", 1.7e6, "Q4 2024", "") in got, got
    assert not [g for g in got if g[1] in (2.4e6, -1.7e6, 0.6e6, 0.3e6, -0.3e6, 1.3e6, -1.3e6, 0.4e6, -0.4e6)
                or g[0].lower() in ("income", "loss", "earnings")], got  # never a bare 'loss' or 'earnings' figure


MARKET_VIEW = """Our Largest Distributor generated $31.0 million of revenue in the fourth quarter of 2025. Wall Street had $104.0
million of revenue in its estimates. Revenue of $100.0 million compared with consensus estimates of $97.5 million.
"""


def test_the_markets_estimate_is_never_a_figure_of_the_company_or_a_business():
    got = _read(HEAD + MARKET_VIEW)
    assert not [g for g in got if g[1] in (104e6, 97.5e6)], got  # analysts' figures, never revenue of 'Wall Street'
    assert ("Revenue", 100e6, "Q4 2025", "") in got
