"""Verbs of another clause, and amounts a sentence's lead verb or basis word does not govern (invented releases)."""
from parsers.document import parse_text

_HEAD = ("Northwind Gadgets Corp. Reports Third Quarter 2023 Results\n\nBOSTON, Nov. 2, 2023 -- Northwind Gadgets Corp. "
         "(NYSE: NWGC) today reported results for the third quarter ended September 30, 2023.\n\n")


def _prose(sentence: str) -> list[tuple[str, float, int, str]]:
    doc = parse_text("r.txt", _HEAD + sentence + "\n")
    return [(f.label, f.value, f.period.months if f.period else 0, f.qualifier)
            for f in doc.figures if f.source != "table"]


def test_a_future_verb_of_another_clause_leaves_the_actual_plain() -> None:
    """'will be operational next year, and the Company generated revenue of': the figure is the quarter's actual."""
    for said in ("the Company generated revenue of $42.0 million in the third quarter of 2023",
                 "the Company posted third quarter 2023 revenue of $42.0 million"):
        got = [f for f in _prose("The new warehouse will be open next spring, and " + said + ".") if f[0] == "revenue"]
        assert got and all(q == "" for *_, q in got), got
    got = _prose("The new warehouse will be open next spring; third quarter 2023 revenue has been $42.0 million.")
    assert [f for f in got if f[0] == "revenue"] and all(q == "" for *_, q in got), got


def test_a_future_verb_with_no_verb_between_stays_expected() -> None:
    """Near miss: 'revenue will be $42.0 million' is a figure to come."""
    got = [f for f in _prose("Third quarter 2024 revenue will be $42.0 million.") if f[0] == "revenue"]
    assert all(q != "" for *_, q in got), got


def _cash(sentence: str) -> dict[int, float]:
    doc = parse_text("r.txt", _HEAD + sentence + "\n")
    return {f.period.end.year: f.value for f in doc.figures if f.source != "table" and f.period}


def test_used_cash_signs_only_the_amount_it_governs() -> None:
    """'used cash of $2.4 million ... compared with $6.0 million provided': the compared amount is an inflow."""
    got = _cash("Operating activities used cash of $2.4 million in the third quarter of 2023 compared with $6.0 million "
                "provided in the third quarter of 2022.")
    assert got == {2023: -2_400_000.0, 2022: 6_000_000.0}, got
    got = _cash("Operating activities used cash of $2.4 million in the third quarter of 2023 compared with $6.0 million "
                "used in the third quarter of 2022.")
    assert got == {2023: -2_400_000.0, 2022: -6_000_000.0}, got


def test_a_compared_amount_without_a_verb_of_its_own_is_unread() -> None:
    """Near miss: 'down from $3.5 million' says no direction of its own: left unread, never signed by the lead verb."""
    got = _cash("Operating activities used cash of $2.4 million in the third quarter of 2023, down from $3.5 million in "
                "the third quarter of 2022.")
    assert got == {2023: -2_400_000.0}, got
