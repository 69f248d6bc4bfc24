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
