"""An amount followed by "increase in" / "reduction in" is the change of what follows it. Where the reader could
not take the words after it as a term, it had fallen back to the term before — the previous item of a list: "a
$475,000 increase in other expenses, a $505,000 increase in occupancy and equipment costs" stored $505,000 as
part of other expenses. The amount is now that of what follows, or unread."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """Brackwater Bancorp Reports 2024 Results

ANNAPOLIS, Md., Feb. 19, 2025 -- Brackwater Bancorp, Inc. (OTC: BKWB) today reported results for the year ended
December 31, 2024.

"""


def _read(body: str) -> dict[float, str]:
    doc = parse_text("brackwater_2024.txt", HEAD + body + "\n")
    return {f.value: f.label for f in doc.figures if f.source == "narrative"}


def test_an_amount_of_increase_in_an_unknown_subject_is_never_the_list_items_before() -> None:
    found = _read("Noninterest expense was $2,118,420 higher in 2024 when compared to 2023, due primarily to a $612,904"
                  " increase in other expenses, a $733,018 increase in occupancy and furniture and equipment costs, and"
                  " a $401,266 increase in salaries and benefits.")
    assert not found.get(733_018, "").startswith("other expenses")
    assert found[401_266] == "salaries and benefits (change)"


def test_a_reduction_in_something_sold_is_no_part_of_the_revenue_before() -> None:
    found = _read("Revenue was $40.2 billion. Hardware revenue declined 3%, driven by a $2.6 billion reduction in legacy unit sales.")
    assert found[40_200_000_000] == "Revenue" and 2_600_000_000 not in found


def test_near_miss_an_increase_of_an_amount_in_a_term_is_still_read() -> None:
    found = _read("Noninterest expense increased $2,118,420 in 2024, due primarily to an increase of $733,018 in"
                  " salaries and benefits.")
    assert found[2_118_420] == "Noninterest expense (change)"
    assert found[733_018].startswith("salaries")
