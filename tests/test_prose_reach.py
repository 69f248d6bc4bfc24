"""How far a word of prose reaches: a heading's period into the bullets of the next heading, a verb's future tense
into a later clause, "constant currency" into the next clause, a spelling of the issuer's own name as another
entity. Each class on an invented release, with a near miss that must still be read."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """ACME GADGETS REPORTS FOURTH QUARTER AND FULL YEAR 2024 RESULTS

SPRINGFIELD, Ohio, February 6, 2025 -- {name} (NYSE: ACGD) today reported results for the fourth
quarter and full year ended December 31, 2024.

"""


def _read(body: str, name: str = "Acme Gadgets, Inc.") -> list[tuple[str, float, str, str, str]]:
    doc = parse_text("a.txt", HEAD.format(name=name) + body + "\n")
    return [(f.label, f.value, f.period.label(12), f.qualifier, f.segment)
            for f in doc.figures if f.source == "narrative"]


def _of(got: list[tuple[str, float, str, str, str]], value: float) -> list[tuple[str, str, str]]:
    return [(p, q, s) for _, v, p, q, s in got if v == value]


def test_a_heading_naming_two_periods_ends_the_period_the_heading_above_carried():
    got = _read("Fourth Quarter 2024 Highlights\n\n- Revenue of $41.3 million\n\n"
                "Full Year and Fourth Quarter 2024 Summary\n\n- Net income of $17.5 million\n"
                "- Operating cash flow of $9.5 million\n")
    assert _of(got, 41_300_000) == [("Q4 2024", "", "")], got
    assert all(p != "Q4 2024" for p, _, _ in _of(got, 17_500_000) + _of(got, 9_500_000)), got  # either period's


def test_a_heading_naming_one_period_still_dates_its_bullets():
    got = _read("Fourth Quarter 2024 Highlights\n\n- Revenue of $41.3 million\n\n"
                "Full Year 2024 Summary\n\n- Net income of $17.5 million\n")
    assert _of(got, 17_500_000) == [("FY 2024", "", "")], got


def test_a_future_verb_of_another_clause_leaves_the_amount_the_actual():
    got = _read("The new warehouse will be open next spring, and full year 2024 net income was $8.4 million.")
    assert _of(got, 8_400_000) == [("FY 2024", "", "")], got


def test_the_amounts_own_future_verb_is_still_an_expectation():
    got = _read("Net income for the full year 2025 will be approximately $9.9 million. "
                "Revenue for the full year 2025 should come in at $61.0 million.")
    assert [q for _, q, _ in _of(got, 9_900_000)] == ["guidance"], got  # of a period to come: labelled as the store
    assert [q for _, q, _ in _of(got, 61_000_000)] == ["guidance"], got  # reads guidance ("net income (guidance)")


def test_would_have_been_is_a_hypothetical_never_the_actual():
    got = _read("Had the merger closed on January 1, 2024, revenue for the full year 2024 would have been "
                "$320.0 million.")
    assert all(q == "pro forma" for _, q, _ in _of(got, 320_000_000)), got


def test_constant_currency_words_of_the_next_clause_leave_the_amount_plain():
    got = _read("Operating income for the fourth quarter of 2024 was $27.0 million, constant currency growth of 5%.\n\n"
                "Net income for the fourth quarter of 2024 was $11.0 million; local currency results were strong.")
    assert _of(got, 27_000_000) == [("Q4 2024", "", "")], got
    assert _of(got, 11_000_000) == [("Q4 2024", "", "")], got


def test_constant_currency_words_right_after_the_amount_are_its_basis():
    got = _read("Revenue for the fourth quarter of 2024 was $190.0 million in constant currency.\n\n"
                "Operating income for the fourth quarter of 2024 was $27.0 million on a constant-currency basis.")
    assert [q for _, q, _ in _of(got, 190_000_000)] == ["constant currency"], got
    assert [q.replace("-", " ") for _, q, _ in _of(got, 27_000_000)] == ["constant currency"], got


def test_the_issuers_name_spelt_long_or_short_is_the_issuer_itself():
    got = _read("Acme Gadgets Manufacturing Inc. reported revenue of $44.2 million for the fourth quarter of 2024.",
                name="Acme Gadgets Mfg. Inc.")
    assert _of(got, 44_200_000) == [("Q4 2024", "", "")], got
    got = _read("Acme Gadgets Int'l Corporation reported revenue of $44.2 million for the fourth quarter of 2024.",
                name="Acme Gadgets International Corp.")
    assert _of(got, 44_200_000) == [("Q4 2024", "", "")], got


def test_an_entity_with_a_word_the_issuers_name_lacks_is_still_another():
    got = _read("Acme Gadgets Finance Inc. reported revenue of $44.2 million for the fourth quarter of 2024.",
                name="Acme Gadgets Mfg. Inc.")
    assert all(s for _, _, s in _of(got, 44_200_000)), got  # its own figure, never the issuer's
