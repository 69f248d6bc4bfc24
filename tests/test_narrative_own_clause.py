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


def _read(sentence: str) -> dict[str, tuple[float, str]]:
    doc = parse_text("r.txt", _HEAD + sentence + "\n")
    return {f.label: (f.value, f.qualifier) for f in doc.figures if f.source != "table"}


def test_a_later_clause_after_a_basis_led_one_is_unread() -> None:
    """'Adjusted net income was $31.0 million, and diluted EPS was $0.61': the basis may or may not lead the second
    clause, so its amount is never taken as GAAP."""
    for sentence in ("Adjusted net income was $31.0 million, and diluted earnings per share was $0.61 for the third "
                     "quarter of 2023.",
                     "Non-GAAP gross profit was $70.2 million and operating income was $41.0 million for the third "
                     "quarter of 2023.",
                     "Adjusted operating income was $44.0 million and diluted EPS was $0.66 for the third quarter of 2023."):
        got = _read(sentence)
        assert len(got) == 1 and all(q in ("adjusted", "non-gaap") for _, q in got.values()), got


def test_a_later_clause_with_its_own_basis_or_after_a_defined_measure_is_read() -> None:
    """Near misses: 'and GAAP net income was' says its own basis; 'Adjusted EBITDA' is a measure of its own name, the
    net income after it plain."""
    got = _read("Adjusted net income was $31.0 million, and GAAP net income was $19.0 million for the third quarter "
                "of 2023.")
    assert got.get("net income") == (19_000_000.0, ""), got
    for measure in ("Adjusted EBITDA", "Pro forma EBITDA"):
        got = _read(measure + " was $14.5 million and net income was $8.2 million for the third quarter of 2023.")
        assert got.get("net income") == (8_200_000.0, ""), got
